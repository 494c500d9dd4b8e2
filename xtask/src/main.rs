//! Project tasks run with `cargo xtask <task>`; see `cargo xtask help`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

const USAGE: &str = "usage: cargo xtask report [OUT.pdf]\n\n  report   build informe and its six plugins, then the report of fixtures/mexico-2012-2015.json\n           (default output: mexico-2012-2015.pdf)";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("report") => report(args.get(1).map(PathBuf::from).unwrap_or_else(|| "mexico-2012-2015.pdf".into())),
        Some("help") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown task `{other}`\n{USAGE}"),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

fn report(out: PathBuf) -> anyhow::Result<()> {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // The whole workspace, exactly as the tests build it, so both share one set of compiled
    // dependencies (another package selection can unify features differently and rebuild Typst).
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["build", "--workspace"])
        .status()
        .context("running cargo build")?;
    if !status.success() {
        bail!("cargo build failed");
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
    let profile_dir = target.join("debug");
    let informe = profile_dir.join(format!("informe{}", std::env::consts::EXE_SUFFIX));
    let status = Command::new(&informe)
        .arg("build")
        .arg(root.join("fixtures/mexico-2012-2015.json"))
        .arg("-o")
        .arg(&out)
        .arg("--plugins")
        .arg(&profile_dir)
        .status()
        .with_context(|| format!("running {}", informe.display()))?;
    if !status.success() {
        bail!("informe build failed");
    }
    Ok(())
}
