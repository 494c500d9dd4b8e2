//! `informe plugins`: what was found where, which families it serves and how it runs; `plugins pin`
//! writes the lock.

use std::path::Path;

use informe_core::host::{Plugin, lock};
use informe_core::output;

use crate::cli::{PinArgs, PluginsAction, PluginsArgs};
use crate::commands::{load_plugins, load_plugins_with, lock_path};
use crate::exit::{self, Failure};

pub fn run(args: &PluginsArgs) -> Result<(), Failure> {
    match &args.action {
        None => list(args),
        Some(PluginsAction::Pin(pin_args)) => pin(args, pin_args),
    }
}

fn list(args: &PluginsArgs) -> Result<(), Failure> {
    let registry = load_plugins(&args.plugins)?;
    if registry.plugins().is_empty() {
        outln!("no plugins found");
        outln!("hint: pass a folder with --plugins DIR or set INFORME_PLUGIN_PATH");
        return Ok(());
    }
    let rows: Vec<[String; 6]> = registry
        .plugins()
        .iter()
        .map(|p| {
            [
                p.name.clone(),
                p.version.clone(),
                p.families.join(","),
                format!("{}.{} (sdk {})", p.abi_major, p.abi_minor, p.sdk_version),
                p.placement.to_string(),
                p.path.display().to_string(),
            ]
        })
        .collect();
    table(["NAME", "VERSION", "FAMILIES", "ABI", "RUNS", "PATH"], &rows);
    let lock = lock_path(&args.plugins);
    if lock.is_file() {
        outln!("\nall pinned by {}", lock.display());
    }
    if registry.plugins().iter().any(|p| p.placement.isolated) {
        outln!(
            "\nisolated: in a worker process of its own, where a crash or a hang is stopped and reported\n\
             hint: `informe plugins pin --trust NAME` runs a plugin you trust in process, as shipped ones run"
        );
    }
    Ok(())
}

/// Loads the plugins as they are now (the old lock, if any, is not enforced) and pins them,
/// trusting those `--trust` names.
fn pin(args: &PluginsArgs, pin_args: &PinArgs) -> Result<(), Failure> {
    let registry = load_plugins_with(&args.plugins, None)?;
    if registry.plugins().is_empty() {
        return Err(Failure::new(exit::PLUGIN, "no plugins found to pin")
            .hint("pass a folder with --plugins DIR or set INFORME_PLUGIN_PATH"));
    }
    let names = |plugin: &Plugin, wanted: &str| {
        plugin.name == wanted
            || Path::new(wanted).canonicalize().ok().is_some_and(|w| plugin.path.canonicalize().ok() == Some(w))
    };
    if let Some(unknown) = pin_args.trust.iter().find(|w| !registry.plugins().iter().any(|p| names(p, w))) {
        let found: Vec<&str> = registry.plugins().iter().map(|p| p.name.as_str()).collect();
        return Err(Failure::new(
            exit::BAD_INPUT,
            format!("--trust {unknown}: no plugin found is named so or lies there; nothing was pinned"),
        )
        .hint(format!("the plugins found are {}", found.join(", "))));
    }
    let trusted = |plugin: &Plugin| pin_args.trust.iter().any(|w| names(plugin, w));
    let entries = lock::pin(registry.plugins(), trusted)?;
    let rows: Vec<[String; 4]> = entries
        .iter()
        .map(|e| {
            let trust = if e.trusted { "trusted: in process" } else { "" };
            [e.name.clone(), format!("{}…", &e.sha256[..16]), trust.to_owned(), e.file.display().to_string()]
        })
        .collect();
    let path = lock_path(&args.plugins);
    output::write_atomic(&path, &lock::to_bytes(entries))?;
    table(["NAME", "SHA-256", "TRUST", "PATH"], &rows);
    outln!("\npinned {} plugins in {}", rows.len(), path.display());
    Ok(())
}

/// Prints `rows` under `header` in aligned columns; cells (a plugin's own name and version among
/// them) are shown with their control characters escaped.
fn table<const N: usize>(header: [&str; N], rows: &[[String; N]]) {
    let header = header.map(String::from);
    let rows: Vec<[String; N]> = rows
        .iter()
        .map(|row| row.clone().map(|cell| crate::terminal::clean(&cell).replace(['\n', '\t'], " ")))
        .collect();
    let rows = &rows[..];
    let widths: Vec<usize> = (0..N)
        .map(|i| rows.iter().chain(std::iter::once(&header)).map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in std::iter::once(&header).chain(rows) {
        let line: Vec<String> = row.iter().zip(&widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
        outln!("{}", line.join("  ").trim_end());
    }
}
