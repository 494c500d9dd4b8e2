//! `informe plugins`: what was found where, and which families it serves.

use crate::cli::PluginArgs;
use crate::commands::load_plugins;
use crate::exit::Failure;

pub fn run(args: &PluginArgs) -> Result<(), Failure> {
    let registry = load_plugins(&args.plugins)?;
    if registry.plugins().is_empty() {
        println!("no plugins found");
        println!("hint: pass a folder with --plugins DIR or set INFORME_PLUGIN_PATH");
        return Ok(());
    }
    let rows: Vec<[String; 5]> = registry
        .plugins()
        .iter()
        .map(|p| {
            [
                p.name.clone(),
                p.version.clone(),
                p.families.join(","),
                format!("{}.{} (sdk {})", p.abi_major, p.abi_minor, p.sdk_version),
                p.path.display().to_string(),
            ]
        })
        .collect();
    let header = ["NAME", "VERSION", "FAMILIES", "ABI", "PATH"].map(String::from);
    let widths: Vec<usize> = (0..5)
        .map(|i| rows.iter().chain(std::iter::once(&header)).map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row.iter().zip(&widths).map(|(cell, w)| format!("{cell:<w$}")).collect();
        println!("{}", line.join("  ").trim_end());
    }
    Ok(())
}
