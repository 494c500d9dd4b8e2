//! `cargo xtask bench`: informe against the Typst CLI on the same Typst project, at several scales,
//! plus the phases of a build, the cost of isolation (every plugin isolated, and the default
//! isolation of plugins that are not shipped), batch throughput, and the workbench's preview after an
//! edit against a full build.
//!
//! Each tool runs as a fresh process, alternately, several times; medians and min–max are reported,
//! never a single time. The Typst CLI compiles the project `informe build --emit-typst` wrote, with
//! the exact command informe prints for it (same fonts, date and PDF standards).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, bail};

use crate::measure::{self, Sample, spread};
use crate::{cargo, fixture, target_dir, workspace_root, write_synth};

/// What to run.
#[derive(Debug)]
pub struct Options {
    runs: usize,
    scales: Vec<usize>,
    batch: usize,
    typst: PathBuf,
    write: bool,
    /// `isolation`: only the cost of isolating plugins that are not shipped (no Typst CLI needed).
    only: Option<String>,
}

impl Options {
    pub fn parse(args: &[String]) -> anyhow::Result<Self> {
        let mut options = Self {
            runs: 5,
            scales: vec![6, 60, 600, 1000],
            batch: 100,
            typst: PathBuf::from("typst"),
            write: false,
            only: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--runs" => options.runs = value()?.parse().context("--runs")?,
                "--scales" => {
                    options.scales =
                        value()?.split(',').map(|s| s.trim().parse()).collect::<Result<_, _>>().context("--scales")?
                }
                "--batch" => options.batch = value()?.parse().context("--batch")?,
                "--typst" => options.typst = PathBuf::from(value()?),
                "--write" => options.write = true,
                "--only" => match value()?.as_str() {
                    "isolation" => options.only = Some("isolation".into()),
                    "workbench" => options.only = Some("workbench".into()),
                    other => bail!("--only takes `isolation` or `workbench`, not `{other}`"),
                },
                other => bail!("unknown bench option `{other}`"),
            }
        }
        if options.runs == 0 {
            bail!("--runs must be at least 1");
        }
        if options.only.is_some() && options.write {
            bail!("--write writes BENCHMARKS.md whole: leave out --only");
        }
        Ok(options)
    }
}

/// One scale's results.
struct Scale {
    programs: usize,
    pages: usize,
    informe: Vec<Sample>,
    typst: Vec<Sample>,
    isolated: Vec<Sample>,
    /// Phase timings reported by `informe build --timings` (median over runs), in order.
    phases: Vec<(String, Duration)>,
}

struct Batch {
    reports: usize,
    informe: Sample,
    single: Sample,
    typst_serial: Duration,
    typst_parallel: Duration,
    workers: usize,
}

pub fn run(options: &Options) -> anyhow::Result<()> {
    match options.only.as_deref() {
        Some("workbench") => return only_workbench(options),
        Some(_) => return only_isolation(options),
        None => {}
    }
    let typst_version = version(&options.typst).with_context(|| {
        format!(
            "cannot run the Typst CLI `{}`\n  hint: cargo install typst-cli --version 0.15.1 --locked, or pass --typst PATH",
            options.typst.display()
        )
    })?;
    cargo(&["build", "--release", "--workspace"])?;
    let release = target_dir().join("release");
    let informe = release.join(format!("informe{}", std::env::consts::EXE_SUFFIX));
    let work = target_dir().join("bench");
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    std::fs::create_dir_all(&work)?;

    // Every binary the runs map, starting from the same state of the file cache.
    let mut binaries = vec![informe.clone()];
    binaries.extend(plugin_libraries(&release)?);
    binaries.extend(measure::resolve(&options.typst));
    measure::settle(&binaries)?;

    let mut scales = Vec::new();
    for &programs in &options.scales {
        // A small report takes a fifth of a second: differences of a few milliseconds need more
        // runs to stand out of the noise than a ten-second one does.
        let runs = match programs {
            0..=10 => options.runs * 10,
            11..=60 => options.runs * 5,
            _ => options.runs,
        };
        eprintln!("bench: {programs} programs, {runs} runs…");
        scales.push(scale(&informe, &release, &options.typst, &work, programs, runs)?);
    }
    eprintln!("bench: default isolation of the shipped plugins dropped in, {} runs…", options.runs * 10);
    let dropped = dropped_in(&informe, &release, &work, options.runs * 10)?;
    eprintln!("bench: batch of {} reports…", options.batch);
    let batch = batch(&informe, &release, &options.typst, &work, options.batch)?;

    let relocations = Relocations {
        informe: relocation_bytes(&informe),
        typst: measure::resolve(&options.typst).and_then(|typst| relocation_bytes(&typst)),
    };
    let mut report = render(&scales, &dropped, &batch, &typst_version, &relocations)?;
    report.push_str(&workbench(&informe, &work, options.runs * 10)?);
    println!("{report}");
    if options.write {
        let path = workspace_root().join("BENCHMARKS.md");
        std::fs::write(&path, report)?;
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// `--only isolation`: the default isolation of the shipped plugins dropped in, alone.
fn only_isolation(options: &Options) -> anyhow::Result<()> {
    cargo(&["build", "--release", "--workspace"])?;
    let release = target_dir().join("release");
    let informe = release.join(format!("informe{}", std::env::consts::EXE_SUFFIX));
    let work = target_dir().join("bench");
    std::fs::create_dir_all(&work)?;
    eprintln!("bench: default isolation of the shipped plugins dropped in, {} runs…", options.runs * 10);
    let dropped = dropped_in(&informe, &release, &work, options.runs * 10)?;
    let mut md = String::new();
    render_dropped_in(&mut md, &dropped)?;
    println!("- Machine: {}\n{md}", machine());
    Ok(())
}

/// The shipped plugin libraries the runs load from a cargo profile folder.
fn plugin_libraries(release: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let prefix = format!("{}informe_plugin_", std::env::consts::DLL_PREFIX);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(release)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with(&prefix) && path.extension().is_some_and(|e| e == std::env::consts::DLL_EXTENSION) {
            found.push(path);
        }
    }
    Ok(found)
}

/// The dynamic relocation tables of both executables, in bytes, when `readelf` can tell.
struct Relocations {
    informe: Option<u64>,
    typst: Option<u64>,
}

/// The size of an ELF file's dynamic relocation tables (`.rela.dyn` and `.relr.dyn`), which the
/// loader reads whole at every start, so they are resident in every run.
fn relocation_bytes(file: &Path) -> Option<u64> {
    let out = Command::new("readelf").arg("-SW").arg(file).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let sizes: Vec<u64> = text
        .lines()
        .filter_map(|line| {
            // `[ 9] .rela.dyn  RELA  <address> <offset> <size> …`, after the bracketed index.
            let fields: Vec<&str> = line.split_once(']')?.1.split_whitespace().collect();
            matches!(fields.first(), Some(&".rela.dyn" | &".relr.dyn"))
                .then(|| u64::from_str_radix(fields.get(4)?, 16).ok())?
        })
        .collect();
    (!sizes.is_empty()).then(|| sizes.iter().sum())
}

fn version(program: &Path) -> anyhow::Result<String> {
    let out = Command::new(program).arg("--version").output()?;
    if !out.status.success() {
        bail!("`{} --version` failed", program.display());
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn informe_build(informe: &Path, plugins: &Path, data: &Path, out: &Path) -> Command {
    let mut command = Command::new(informe);
    command.arg("build").arg(data).arg("-o").arg(out).arg("--plugins").arg(plugins);
    command.env_remove("INFORME_PLUGIN_PATH").env_remove("SOURCE_DATE_EPOCH");
    command
}

fn scale(
    informe: &Path,
    plugins: &Path,
    typst: &Path,
    work: &Path,
    programs: usize,
    runs: usize,
) -> anyhow::Result<Scale> {
    let dir = work.join(format!("programs-{programs}"));
    std::fs::create_dir_all(&dir)?;
    let data = if programs == 6 { fixture() } else { dir.join("data.json") };
    if programs != 6 {
        write_synth(programs, &data)?;
    }
    let project = dir.join("project");
    let informe_pdf = dir.join("informe.pdf");
    let typst_pdf = dir.join("typst.pdf");

    // Once, untimed: emits the project, says how to compile it, and warms the file cache.
    let out = informe_build(informe, plugins, &data, &informe_pdf).arg("--emit-typst").arg(&project).output()?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        bail!("informe build failed on {programs} programs:\n{stderr}");
    }
    let typst_args: Vec<String> = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("typst compile "))
        .context("informe did not print the typst command")?
        .split(' ')
        .map(|a| if a == "report.pdf" { typst_pdf.display().to_string() } else { a.to_owned() })
        .collect();
    let typst_command = || {
        let mut command = Command::new(typst);
        command.arg("compile").args(&typst_args);
        command
    };
    measure::run(&mut typst_command())?;
    let pages = pages(&stderr);

    let (mut ours, mut theirs, mut isolated, mut phase_runs) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(measure::run(&mut informe_build(informe, plugins, &data, &informe_pdf))?);
        theirs.push(measure::run(&mut typst_command())?);
        isolated.push(measure::run(informe_build(informe, plugins, &data, &informe_pdf).arg("--isolate-plugins"))?);
        let out = informe_build(informe, plugins, &data, &informe_pdf)
            .arg("-o")
            .arg(dir.join("informe.ods"))
            .arg("--timings")
            .output()?;
        phase_runs.push(phases(&String::from_utf8_lossy(&out.stderr)));
    }
    let phases = phase_runs
        .first()
        .map(|first| {
            first
                .iter()
                .enumerate()
                .map(|(i, (name, _))| {
                    let times: Vec<Duration> = phase_runs.iter().filter_map(|run| run.get(i).map(|p| p.1)).collect();
                    (name.clone(), spread(&times).map_or(Duration::ZERO, |s| s.0))
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Scale { programs, pages, informe: ours, typst: theirs, isolated, phases })
}

/// The fixture built by an informe that does not ship the plugins it is given: by default (every
/// plugin in a worker: `informe-worker` beside informe, or informe re-executed without it) and
/// with `--in-process-plugins`, in turn.
struct DroppedIn {
    plugins: usize,
    isolated: Vec<Sample>,
    reexecuted: Vec<Sample>,
    in_process: Vec<Sample>,
}

/// Each run of `isolated` less the in-process run beside it, in milliseconds: median, min, max.
fn extra_ms(isolated: &[Sample], in_process: &[Sample]) -> (f64, f64, f64) {
    let mut extra: Vec<f64> = isolated
        .iter()
        .zip(in_process)
        .map(|(iso, local)| (iso.wall.as_secs_f64() - local.wall.as_secs_f64()) * 1000.0)
        .collect();
    extra.sort_by(f64::total_cmp);
    match (extra.first(), extra.last()) {
        (Some(&low), Some(&high)) => (extra[extra.len() / 2], low, high),
        _ => (0.0, 0.0, 0.0),
    }
}

/// Links (or copies) `file` into `dir`.
fn install(file: &Path, dir: &Path) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let installed = dir.join(file.file_name().context("a file name")?);
    if !installed.exists() && std::fs::hard_link(file, &installed).is_err() {
        std::fs::copy(file, &installed)?;
    }
    Ok(installed)
}

/// Lays out two installations without plugins, as `cargo install` would (`bin/informe` and
/// `bin/informe-worker`, linked to the release build) and with informe alone, and a folder of
/// copies of the shipped plugins, which neither counts as its own; builds the fixture with them
/// `runs` times each way.
fn dropped_in(informe: &Path, release: &Path, work: &Path, runs: usize) -> anyhow::Result<DroppedIn> {
    let dir = work.join("dropped-in");
    let plugins = dir.join("plugins-of-mine");
    let exe = install(informe, &dir.join("bin"))?;
    install(&release.join(format!("informe-worker{}", std::env::consts::EXE_SUFFIX)), &dir.join("bin"))?;
    let bare = install(informe, &dir.join("informe-alone/bin"))?;
    std::fs::create_dir_all(&plugins)?;
    let libraries = plugin_libraries(release)?;
    for library in &libraries {
        std::fs::copy(library, plugins.join(library.file_name().context("plugin file name")?))?;
    }
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&plugins)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    files.extend([exe.clone(), exe.with_file_name(format!("informe-worker{}", std::env::consts::EXE_SUFFIX))]);
    measure::settle(&files)?;
    let pdf = dir.join("report.pdf");
    // Once, untimed: every way must build, and the default must isolate every plugin.
    let listed =
        Command::new(&exe).arg("plugins").arg("--plugins").arg(&plugins).env_remove("INFORME_PLUGIN_PATH").output()?;
    let listed = String::from_utf8_lossy(&listed.stdout);
    let isolated_count = listed.lines().filter(|l| l.contains("isolated (not shipped with informe)")).count();
    if isolated_count != libraries.len() {
        bail!("expected {} isolated plugins, `informe plugins` says:\n{listed}", libraries.len());
    }
    for (exe, extra) in [(&exe, &[][..]), (&bare, &[][..]), (&exe, &["--in-process-plugins"][..])] {
        let out = informe_build(exe, &plugins, &fixture(), &pdf).args(extra).output()?;
        if !out.status.success() {
            bail!("{} build {extra:?} failed:\n{}", exe.display(), String::from_utf8_lossy(&out.stderr));
        }
    }
    let (mut isolated, mut reexecuted, mut in_process) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        isolated.push(measure::run(&mut informe_build(&exe, &plugins, &fixture(), &pdf))?);
        in_process.push(measure::run(informe_build(&exe, &plugins, &fixture(), &pdf).arg("--in-process-plugins"))?);
        reexecuted.push(measure::run(&mut informe_build(&bare, &plugins, &fixture(), &pdf))?);
    }
    Ok(DroppedIn { plugins: libraries.len(), isolated, reexecuted, in_process })
}

/// `N pages` from informe's `wrote X (N pages)` line.
fn pages(stderr: &str) -> usize {
    stderr.lines().find_map(|l| l.rsplit_once(" (")?.1.strip_suffix(" pages)")?.parse().ok()).unwrap_or(0)
}

/// The `  phase: X ms` lines of `--timings`.
fn phases(stderr: &str) -> Vec<(String, Duration)> {
    stderr
        .lines()
        .skip_while(|l| *l != "timings:")
        .skip(1)
        .filter_map(|l| {
            let (name, value) = l.trim().rsplit_once(": ")?;
            let ms: f64 = value.strip_suffix(" ms")?.parse().ok()?;
            Some((name.to_owned(), Duration::from_secs_f64(ms / 1000.0)))
        })
        .collect()
}

fn batch(informe: &Path, plugins: &Path, typst: &Path, work: &Path, reports: usize) -> anyhow::Result<Batch> {
    let dir = work.join("batch");
    let inputs = dir.join("data");
    let outputs = dir.join("out");
    std::fs::create_dir_all(&inputs)?;
    std::fs::create_dir_all(&outputs)?;
    let files: Vec<PathBuf> = (1..=reports).map(|i| inputs.join(format!("report-{i:03}.json"))).collect();
    for file in &files {
        std::fs::copy(fixture(), file)?;
    }
    let mut command = Command::new(informe);
    command.arg("batch").args(&files).arg("--out-dir").arg(&outputs).arg("--plugins").arg(plugins);
    let ours = measure::run(&mut command)?;
    let single = measure::run(&mut informe_build(informe, plugins, &fixture(), &dir.join("single.pdf")))?;

    // The same reports through the Typst CLI: one process per report, as a script would run it.
    let project = work.join("programs-6/project");
    let project = if project.is_dir() {
        project
    } else {
        let out = informe_build(informe, plugins, &fixture(), &dir.join("single.pdf"))
            .arg("--emit-typst")
            .arg(dir.join("project"))
            .output()?;
        if !out.status.success() {
            bail!("informe build failed");
        }
        dir.join("project")
    };
    let typst_one = |i: usize| {
        let mut command = Command::new(typst);
        command
            .arg("compile")
            .arg("--root")
            .arg(&project)
            .arg("--ignore-system-fonts")
            .args(["--pdf-standard", "a-2b", "--pdf-standard", "ua-1"])
            .arg(project.join("main.typ"))
            .arg(outputs.join(format!("typst-{i:03}.pdf")));
        command
    };
    let started = std::time::Instant::now();
    for i in 0..reports {
        measure::run(&mut typst_one(i))?;
    }
    let typst_serial = started.elapsed();
    // And with as many Typst processes at once as there are cores, the best a script can do.
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let started = std::time::Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<()> {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= reports {
                            return Ok(());
                        }
                        measure::run(&mut typst_one(i))?;
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().map_err(|_| anyhow::anyhow!("a Typst worker panicked"))??;
        }
        Ok(())
    })?;
    let typst_parallel = started.elapsed();
    Ok(Batch { reports, informe: ours, single, typst_serial, typst_parallel, workers })
}

fn secs(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64())
}

fn mib(kib: u64) -> String {
    format!("{:.1}", kib as f64 / 1024.0)
}

/// Median (min–max) of wall times, in seconds, and of peak memory, in MiB.
fn summary(samples: &[Sample]) -> (Duration, String, u64, String) {
    let walls: Vec<Duration> = samples.iter().map(|s| s.wall).collect();
    let peaks: Vec<u64> = samples.iter().map(|s| s.peak_kib).collect();
    let (wm, wlo, whi) = spread(&walls).unwrap_or_default();
    let (pm, plo, phi) = spread(&peaks).unwrap_or_default();
    (wm, format!("{} ({}–{})", secs(wm), secs(wlo), secs(whi)), pm, format!("{} ({}–{})", mib(pm), mib(plo), mib(phi)))
}

fn machine() -> String {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpu = read("/proc/cpuinfo")
        .lines()
        .find_map(|l| l.strip_prefix("model name")?.split_once(':').map(|x| x.1.trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".into());
    let memory = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:").map(|m| m.trim().to_owned()))
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_owned();
    format!("{cpu}, {cores} cores available, {memory} of memory; Linux {kernel}; {rustc}")
}

fn render(
    scales: &[Scale],
    dropped: &DroppedIn,
    batch: &Batch,
    typst_version: &str,
    relocations: &Relocations,
) -> anyhow::Result<String> {
    let mut md = String::new();
    writeln!(md, "# Benchmarks\n")?;
    writeln!(
        md,
        "Written by `cargo xtask bench --write` (see `cargo xtask help`); numbers from one run of the harness.\n"
    )?;
    writeln!(md, "- Machine: {}", machine())?;
    writeln!(
        md,
        "- informe: release profile; Typst CLI: {typst_version}, `cargo install typst-cli --version 0.15.1 --locked`"
    )?;
    let runs: Vec<String> = scales.iter().map(|s| format!("{} at {}", s.informe.len(), s.programs)).collect();
    writeln!(
        md,
        "- Each cell: median (min–max) of several runs ({}); each run is a fresh process; the tools alternate.",
        runs.join(", ")
    )?;
    writeln!(
        md,
        "- The Typst CLI compiles the project `informe build --emit-typst` wrote, with the command informe prints"
    )?;
    writeln!(md, "  (`--ignore-system-fonts`, same creation timestamp, PDF/A-2b + PDF/UA-1). informe's time includes")?;
    writeln!(md, "  everything a user waits for: loading the plugins, validating the data, running the plugins,")?;
    writeln!(md, "  compiling, exporting and writing the PDF.")?;
    writeln!(
        md,
        "- Before the first run, both tools' binaries and the plugins are dropped from the file cache, so both"
    )?;
    writeln!(md, "  map files the kernel read from disk the same way (a file just written maps larger).\n")?;
    writeln!(md, "## One report, by size\n")?;
    writeln!(
        md,
        "| programs | pages | informe wall (s) | typst wall (s) | ratio | informe peak (MiB) | typst peak (MiB) | ratio |"
    )?;
    writeln!(md, "|---:|---:|---|---|---:|---|---|---:|")?;
    for s in scales {
        let (iw, iws, ip, ips) = summary(&s.informe);
        let (tw, tws, tp, tps) = summary(&s.typst);
        writeln!(
            md,
            "| {} | {} | {iws} | {tws} | {:.2} | {ips} | {tps} | {:.2} |",
            s.programs,
            s.pages,
            iw.as_secs_f64() / tw.as_secs_f64().max(1e-9),
            ip as f64 / (tp as f64).max(1.0)
        )?;
    }
    writeln!(md, "\nTime per program at the largest scales (linearity): ")?;
    for s in scales.iter().filter(|s| s.programs >= 60) {
        let (iw, ..) = summary(&s.informe);
        writeln!(md, "- {} programs: {:.2} ms per program", s.programs, iw.as_secs_f64() * 1000.0 / s.programs as f64)?;
    }
    writeln!(md, "\n## Where the time goes (`informe build --timings`, PDF + ODS, medians)\n")?;
    let names: Vec<&str> = scales.first().map(|s| s.phases.iter().map(|p| p.0.as_str()).collect()).unwrap_or_default();
    writeln!(md, "| programs | {} | `--isolate-plugins` extra |", names.join(" | "))?;
    writeln!(md, "|---:|{}---:|", "---:|".repeat(names.len()))?;
    for s in scales {
        let cells: Vec<String> = s.phases.iter().map(|(_, d)| format!("{:.1} ms", d.as_secs_f64() * 1000.0)).collect();
        let (plain, ..) = summary(&s.informe);
        let (isolated, ..) = summary(&s.isolated);
        let extra = isolated.as_secs_f64() - plain.as_secs_f64();
        writeln!(md, "| {} | {} | {:+.1} ms |", s.programs, cells.join(" | "), extra * 1000.0)?;
    }
    render_dropped_in(&mut md, dropped)?;
    writeln!(md, "\n## Many reports\n")?;
    let b = batch;
    let rate = |d: Duration| b.reports as f64 / d.as_secs_f64().max(1e-9);
    writeln!(md, "{} copies of the fixture's report.\n", b.reports)?;
    writeln!(md, "| how | wall (s) | reports/s | vs `informe batch` |")?;
    writeln!(md, "|---|---:|---:|---:|")?;
    writeln!(
        md,
        "| `informe batch` (one process, all cores) | {} | {:.1} | 1.00 |",
        secs(b.informe.wall),
        rate(b.informe.wall)
    )?;
    for (how, d) in [
        ("`typst compile`, one process after another".to_owned(), b.typst_serial),
        (format!("`typst compile`, {} processes at a time", b.workers), b.typst_parallel),
    ] {
        writeln!(
            md,
            "| {how} | {} | {:.1} | {:.2}× slower |",
            secs(d),
            rate(d),
            d.as_secs_f64() / b.informe.wall.as_secs_f64().max(1e-9)
        )?;
    }
    writeln!(
        md,
        "\nPeak memory of the batch: {} MiB, {:.2}× a single `informe build` ({} MiB).",
        mib(b.informe.peak_kib),
        b.informe.peak_kib as f64 / (b.single.peak_kib as f64).max(1.0),
        mib(b.single.peak_kib)
    )?;
    writeln!(md, "\n## Reading the numbers\n")?;
    writeln!(md, "- Typst's compile and export are nearly all of a build; everything informe adds (plugins, data,")?;
    writeln!(md, "  assembly, ODS) is in the phases table. An isolated plugin costs a process start, all of them")?;
    writeln!(md, "  started at once while the rest loads, and one pipe round trip for all of its programs.")?;
    writeln!(md, "- Fixed costs: informe parses Typst's embedded fonts and builds its library on a second thread")?;
    writeln!(md, "  while the plugins and the data load, and keeps 8 MiB of slack in glibc's heaps, which spares")?;
    writeln!(md, "  Typst's worker threads growing theirs in small steps (`crates/informe/src/malloc.rs`).")?;
    writeln!(md, "  The Typst CLI does neither.")?;
    writeln!(md, "- Memory: informe holds ten plugin libraries, each mapping its own copy of the Rust standard")?;
    writeln!(md, "  library, serde_json, Fluent and the CLDR data of the formatters it calls. That is what shows")?;
    writeln!(md, "  at the smallest report; from 60 programs on, Typst's own memory dominates.")?;
    if let (Some(ours), Some(theirs)) = (relocations.informe, relocations.typst) {
        writeln!(
            md,
            "- Relocations: the loader reads an executable's relocation table whole at every start. informe's"
        )?;
        writeln!(
            md,
            "  is packed (`-z pack-relative-relocs`, `crates/informe-build`): {} KiB; the Typst CLI's is not: {} MiB.",
            ours / 1024,
            mib(theirs / 1024)
        )?;
        writeln!(md, "  Most of both tables is Typst's own. With the Typst CLI linked the same way, the smallest")?;
        if let Some(first) = scales.first() {
            let (_, _, ip, _) = summary(&first.informe);
            let (_, _, tp, _) = summary(&first.typst);
            let equal = ip as f64 / (tp.saturating_sub(theirs / 1024) as f64).max(1.0);
            writeln!(
                md,
                "  report's memory ratio would be about {equal:.2} (its peak less its table), the cost of the plugins."
            )?;
        }
    }
    writeln!(md, "- A batch shares the plugins, the fonts and Typst's memoized layout of the template across")?;
    writeln!(md, "  reports, and runs one report per core; separate `typst compile` processes start from nothing.")?;
    Ok(md)
}

/// The section on plugins that are not shipped, isolated by default.
fn render_dropped_in(md: &mut String, dropped: &DroppedIn) -> anyhow::Result<()> {
    writeln!(md, "\n## Plugins that are not shipped: isolated by default\n")?;
    writeln!(
        md,
        "The fixture ({} runs each way, in turn), built by an informe that ships no plugin, with copies of the",
        dropped.in_process.len()
    )?;
    writeln!(
        md,
        "{} shipped plugins in a `--plugins` folder: by default each runs in a worker of its own.\n",
        dropped.plugins
    )?;
    writeln!(md, "| how | wall (s) | added to the build: median (min–max) |")?;
    writeln!(md, "|---|---|---|")?;
    writeln!(md, "| `--in-process-plugins` | {} | |", summary(&dropped.in_process).1)?;
    for (how, samples) in [
        (format!("default: {} workers, `informe-worker` beside informe", dropped.plugins), &dropped.isolated),
        (
            format!("default: {} workers, informe re-executed (no `informe-worker`)", dropped.plugins),
            &dropped.reexecuted,
        ),
    ] {
        let (median, low, high) = extra_ms(samples, &dropped.in_process);
        writeln!(md, "| {how} | {} | {median:+.1} ms ({low:+.1} to {high:+.1} ms) |", summary(samples).1)?;
    }
    writeln!(md, "\nEach run's addition is its wall time less that of the in-process run beside it.")?;
    Ok(())
}

/// `--only workbench`: the workbench's preview after an edit against a full build, alone.
fn only_workbench(options: &Options) -> anyhow::Result<()> {
    cargo(&["build", "--release", "--workspace"])?;
    let informe = target_dir().join("release").join(format!("informe{}", std::env::consts::EXE_SUFFIX));
    let work = target_dir().join("bench");
    std::fs::create_dir_all(&work)?;
    println!("- Machine: {}\n{}", machine(), workbench(&informe, &work, options.runs * 10)?);
    Ok(())
}

/// The workbench (`informe serve`, warm, plugins isolated as it runs them): from a changed figure
/// of the fixture to the updated preview, as the page asks it (a check, then the pages it lacks),
/// against a full `informe build` of the same file in a fresh process. The target is 300 ms.
fn workbench(informe: &Path, work: &Path, runs: usize) -> anyhow::Result<String> {
    use std::io::{BufRead, BufReader};
    eprintln!("bench: the workbench's preview after an edit, {runs} runs…");
    let dir = work.join("workbench");
    std::fs::create_dir_all(&dir)?;
    let data = dir.join("mexico.json");
    std::fs::copy(fixture(), &data)?;
    let mut server = Command::new(informe)
        .arg("serve")
        .arg(&data)
        .args(["--port", "0"])
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let mut line = String::new();
    BufReader::new(server.stdout.take().context("stdout")?).read_line(&mut line)?;
    let measured = (|| {
        let (base, token) = line.trim().split_once("/?token=").context("informe serve printed no address")?;
        let addr = base.trim_start_matches("http://").to_owned();
        let original: serde_json::Value = serde_json::from_slice(&std::fs::read(&data)?)?;
        let post = |path: &str, body: &[u8]| http_post(&addr, token, path, body);
        let cold = std::time::Instant::now();
        let first: serde_json::Value =
            serde_json::from_slice(&post("/api/preview?path=mexico.json", &serde_json::to_vec_pretty(&original)?)?)?;
        let cold = cold.elapsed();
        let mut keys: Vec<String> = first["pages"]
            .as_array()
            .context("pages")?
            .iter()
            .filter_map(|p| p["key"].as_str().map(str::to_owned))
            .collect();
        let (mut checks, mut previews, mut totals, mut sent) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for i in 1..=runs {
            let mut edited = original.clone();
            edited["measures"][0]["programs"][0]["financial_resources"]["paid"][0]["amount"] =
                format!("{}", 480_000 + i).into();
            let text = serde_json::to_vec_pretty(&edited)?;
            let started = std::time::Instant::now();
            let checked: serde_json::Value = serde_json::from_slice(&post("/api/check?path=mexico.json", &text)?)?;
            let checked_at = started.elapsed();
            if checked["ok"] != true {
                bail!("the edited fixture does not check: {checked}");
            }
            let answer = post(&format!("/api/preview?path=mexico.json&known={}", keys.join(",")), &text)?;
            let total = started.elapsed();
            let preview: serde_json::Value = serde_json::from_slice(&answer)?;
            let pages = preview["pages"].as_array().context("pages")?;
            sent.push(pages.iter().filter(|p| p["svg"].is_string()).count());
            keys = pages.iter().filter_map(|p| p["key"].as_str().map(str::to_owned)).collect();
            checks.push(checked_at);
            previews.push(total - checked_at);
            totals.push(total);
        }
        Ok::<_, anyhow::Error>((cold, checks, previews, totals, sent, keys.len()))
    })();
    let _ = server.kill();
    let _ = server.wait();
    let (cold, checks, previews, totals, sent, pages) = measured?;
    let mut builds = Vec::new();
    for _ in 0..runs.min(20) {
        let mut command = Command::new(informe);
        command.arg("build").arg(&data).arg("-o").arg(dir.join("full.pdf")).env_remove("SOURCE_DATE_EPOCH");
        builds.push(measure::run(&mut command)?.wall);
    }
    let ms = |d: Duration| format!("{:.0}", d.as_secs_f64() * 1000.0);
    let cell = |times: &[Duration]| {
        let (median, low, high) = spread(times).unwrap_or_default();
        format!("{} ({}–{})", ms(median), ms(low), ms(high))
    };
    let (median_total, _, _) = spread(&totals).unwrap_or_default();
    let mut md = String::new();
    writeln!(md, "\n## The workbench: a changed figure to the updated preview\n")?;
    writeln!(
        md,
        "`informe serve` on the fixture ({pages} pages), warm, its plugins isolated as it runs them; each run \
         changes one amount and asks what the page asks: a check, then the preview of the pages it lacks \
         (median {} of {pages} pages sent again). Target: 300 ms.\n",
        spread(&sent).map_or(0, |s| s.0)
    )?;
    writeln!(md, "| step | ms, median (min–max) of {runs} runs |\n|---|---|")?;
    writeln!(md, "| check | {} |", cell(&checks))?;
    writeln!(md, "| preview (layout and the changed pages as SVG) | {} |", cell(&previews))?;
    writeln!(md, "| **changed figure to updated preview** | **{}** |", cell(&totals))?;
    writeln!(md, "| first preview of a cold server | {} |", ms(cold))?;
    writeln!(md, "| full `informe build` to PDF, fresh process | {} |", cell(&builds))?;
    writeln!(
        md,
        "\nThe updated preview takes {:.0}% of a full build{}.",
        median_total.as_secs_f64() / spread(&builds).map_or(1.0, |b| b.0.as_secs_f64()) * 100.0,
        if median_total <= Duration::from_millis(300) { ", within the target" } else { ", over the 300 ms target" }
    )?;
    Ok(md)
}

/// One POST on the loopback address with the workbench's token, over a connection of its own:
/// the answer's body, refused unless its status is 200.
fn http_post(addr: &str, token: &str, path: &str, body: &[u8]) -> anyhow::Result<Vec<u8>> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr)?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").context("no end of headers")?;
    let headers = String::from_utf8_lossy(&answer[..split]).into_owned();
    if !headers.starts_with("HTTP/1.1 200") {
        bail!("POST {path}: {}", headers.lines().next().unwrap_or_default());
    }
    if headers.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        return Ok(unchunk(&answer[split + 4..]));
    }
    Ok(answer[split + 4..].to_vec())
}

/// A chunked body, joined.
fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 || body.len() < end + 2 + size {
            break;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[(end + 4 + size).min(body.len())..];
    }
    out
}
