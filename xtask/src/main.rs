//! Project tasks run with `cargo xtask <task>`; see `cargo xtask help`.

mod bench;
mod dist;
mod measure;
mod synth;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

const USAGE: &str = "usage: cargo xtask <task>

  report [OUT.pdf]            build informe and its ten plugins, then the report of
                              fixtures/mexico-2012-2015.json (default output: mexico-2012-2015.pdf)
  synth N [OUT.json]          write synthetic data of N programs, grown from the fixture
                              (default output: target/synth/programs-N.json)
  bench [--runs N] [--scales 6,60,600,1000] [--batch N] [--typst PATH] [--write] [--only isolation|workbench]
                              release-build informe, then time it against `typst compile` on the
                              same Typst project at each scale; --write rewrites BENCHMARKS.md
                              (needs the Typst CLI: cargo install typst-cli --version 0.15.1 --locked);
                              --only isolation: only the cost of isolating plugins that are not
                              shipped; --only workbench: only `informe serve`'s changed figure to
                              updated preview against a full build (neither needs the Typst CLI)
  dist [--profile release|dev] [--out DIR]
                              build informe and the shipped plugins, then write the release archive
                              informe-VERSION-TARGET.tar.gz (and its folder, and its .sha256) into
                              DIR (default: target/dist/PROFILE); dates from SOURCE_DATE_EPOCH, else
                              the commit";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("report") => report(args.get(1).map(PathBuf::from).unwrap_or_else(|| "mexico-2012-2015.pdf".into())),
        Some("synth") => {
            let n: usize = args.get(1).context("synth needs a number of programs")?.parse().context("N")?;
            let out =
                args.get(2).map(PathBuf::from).unwrap_or_else(|| target_dir().join(format!("synth/programs-{n}.json")));
            write_synth(n, &out)?;
            println!("wrote {} ({n} programs)", out.display());
            Ok(())
        }
        Some("bench") => bench::run(&bench::Options::parse(&args[1..])?),
        Some("dist") => dist::run(&dist::Options::parse(&args[1..])?),
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

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| workspace_root().join("target"))
}

fn fixture() -> PathBuf {
    workspace_root().join("fixtures/mexico-2012-2015.json")
}

/// Writes synthetic data of `programs` programs to `out`.
fn write_synth(programs: usize, out: &Path) -> anyhow::Result<()> {
    let report = synth::generate(&fixture(), programs)?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, serde_json::to_vec_pretty(&report)?).with_context(|| format!("writing {}", out.display()))
}

/// Runs `cargo` with `args` in the workspace.
fn cargo(args: &[&str]) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo).current_dir(workspace_root()).args(args).status().context("running cargo")?;
    if !status.success() {
        bail!("cargo {} failed", args.join(" "));
    }
    Ok(())
}

fn report(out: PathBuf) -> anyhow::Result<()> {
    // The whole workspace, exactly as the tests build it, so both share one set of compiled
    // dependencies (another package selection can unify features differently and rebuild Typst).
    cargo(&["build", "--workspace"])?;
    let profile_dir = target_dir().join("debug");
    let informe = profile_dir.join(format!("informe{}", std::env::consts::EXE_SUFFIX));
    let status = Command::new(&informe)
        .arg("build")
        .arg(fixture())
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
