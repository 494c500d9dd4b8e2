//! `informe batch`: many reports in one process, built in parallel with the plugins, fonts and
//! Typst's memoized work shared; one failure does not stop the others.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use informe_core::pipeline::{self, Data, Plan, Request};
use informe_core::{Diagnostic, Registry, output};
use serde::Deserialize;

use crate::cli::{BatchArgs, LanguageArgs};
use crate::commands::build::{base_request, finish_quietly};
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

/// How many compilations Typst's memoized results survive unused: enough for the reports in
/// flight to share work (fonts shaped, template parsed), few enough to keep memory bounded.
const CACHE_AGE: usize = 8;

/// The manifest file: the reports to build.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    reports: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    data: PathBuf,
    outputs: Vec<PathBuf>,
    #[serde(default)]
    template: Option<PathBuf>,
    #[serde(default)]
    institution: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    locale: Option<String>,
}

/// How one report ended.
#[derive(Debug)]
struct Outcome {
    /// The data file and the first output, which tells variants of one data file apart.
    label: String,
    /// The warnings and `wrote` lines of a report built.
    result: Result<(Vec<Diagnostic>, Vec<String>), Failure>,
}

pub fn run(args: &BatchArgs) -> Result<(), Failure> {
    let jobs = jobs(args)?;
    informe_core::render::warm_up();
    let registry = load_plugins(&args.plugins)?;
    let workers = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from)).max(1);

    let progress = Progress::new(jobs.len());
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let outcomes = Mutex::new(Vec::with_capacity(jobs.len()));
    std::thread::scope(|scope| {
        for _ in 0..workers.min(jobs.len()) {
            scope.spawn(|| {
                while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let label = match job.outputs.first() {
                        Some(out) => format!("{} → {}", job.data.file().display(), out.display()),
                        None => job.data.file().display().to_string(),
                    };
                    let outcome = Outcome { label, result: build_one(job, &registry) };
                    informe_core::render::trim_cache(CACHE_AGE);
                    progress.finished(&outcome);
                    outcomes.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(outcome);
                }
            });
        }
    });
    progress.done();
    summarize(&outcomes.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner), started.elapsed())
}

/// The jobs of the manifest, or one per data file; every output folder is checked before any work.
fn jobs(args: &BatchArgs) -> Result<Vec<Request>, Failure> {
    let jobs = match &args.manifest {
        Some(file) => from_manifest(file, args)?,
        None => from_files(args)?,
    };
    let mut seen = std::collections::HashSet::new();
    for job in &jobs {
        for out in &job.outputs {
            output::check_folder(out).map_err(|err| Failure::from(err.into_diagnostics()))?;
            // The same file however spelt: `out/../out/a.pdf`, or through a linked folder.
            if !seen.insert(output::identity(out)) {
                return Err(Failure::new(
                    exit::BAD_INPUT,
                    format!("two reports of the batch would write {}", out.display()),
                ));
            }
        }
    }
    Ok(jobs)
}

fn from_files(args: &BatchArgs) -> Result<Vec<Request>, Failure> {
    for format in &args.formats {
        if !matches!(format.as_str(), "pdf" | "ods") {
            return Err(Failure::new(exit::BAD_INPUT, format!("unknown format `{format}`")).hint("supported: pdf, ods"));
        }
    }
    // One report per data file, institution and language; names carry the variant only when
    // there are several, so a plain batch writes NAME.pdf.
    let institutions: Vec<Option<&String>> =
        if args.institutions.is_empty() { vec![None] } else { args.institutions.iter().map(Some).collect() };
    let languages: Vec<Option<&String>> =
        if args.languages.is_empty() { vec![None] } else { args.languages.iter().map(Some).collect() };
    let mut jobs = Vec::new();
    for data in &args.data {
        let stem = data.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
        for institution in &institutions {
            for lang in &languages {
                let mut name = stem.clone();
                if institutions.len() > 1
                    && let Some(institution) = institution
                {
                    let short = Path::new(institution.as_str())
                        .file_name()
                        .map_or_else(|| institution.to_string(), |n| n.to_string_lossy().into_owned());
                    name = format!("{name}.{short}");
                }
                if languages.len() > 1
                    && let Some(lang) = lang
                {
                    name = format!("{name}.{lang}");
                }
                let language = LanguageArgs { institution: institution.cloned(), lang: lang.cloned(), locale: None };
                jobs.push(Request {
                    outputs: args.formats.iter().map(|f| args.out_dir.join(format!("{name}.{f}"))).collect(),
                    template: args.template.clone(),
                    pdf_standards: args.pdf_standards.clone(),
                    compile_timeout: args.compile_timeout,
                    ..base_request(Data::File(data.clone()), &language)
                });
            }
        }
    }
    Ok(jobs)
}

fn from_manifest(file: &Path, args: &BatchArgs) -> Result<Vec<Request>, Failure> {
    let bad = |message: String| Failure::new(exit::BAD_INPUT, format!("{}{message}", file.display()));
    let text = std::fs::read_to_string(file).map_err(|err| bad(format!(": {err}")))?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|err| bad(format!(":{}:{}: {err}", err.line(), err.column())))?;
    if manifest.reports.is_empty() {
        return Err(bad(": the manifest lists no reports".into()));
    }
    let base = file.parent().unwrap_or(Path::new(""));
    Ok(manifest
        .reports
        .into_iter()
        .map(|entry| {
            let language = LanguageArgs {
                // A folder named in the manifest is relative to it, like every other path.
                institution: entry.institution.map(|i| {
                    if base.join(&i).join(informe_core::institution::FILE).is_file() {
                        base.join(i).display().to_string()
                    } else {
                        i
                    }
                }),
                lang: entry.lang,
                locale: entry.locale,
            };
            Request {
                outputs: entry.outputs.into_iter().map(|o| base.join(o)).collect(),
                template: entry.template.map(|t| base.join(t)).or_else(|| args.template.clone()),
                pdf_standards: args.pdf_standards.clone(),
                compile_timeout: args.compile_timeout,
                ..base_request(Data::File(base.join(entry.data)), &language)
            }
        })
        .collect())
}

/// Builds and writes one report: the pipeline every build runs; its warnings and `wrote` lines.
fn build_one(job: &Request, registry: &Registry) -> Result<(Vec<Diagnostic>, Vec<String>), Failure> {
    let plan = Plan::new(job.clone(), registry)?;
    finish_quietly(&pipeline::build(&plan, registry))
}

/// A progress bar on a terminal; plain lines otherwise.
struct Progress {
    bar: Option<ProgressBar>,
    total: usize,
    count: AtomicUsize,
}

impl Progress {
    fn new(total: usize) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{bar:40}] {pos}/{len} reports, {elapsed} (eta {eta}) {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self { bar, total, count: AtomicUsize::new(0) }
    }

    fn finished(&self, outcome: &Outcome) {
        let n = self.count.fetch_add(1, Ordering::Relaxed) + 1;
        // As JSON, stderr holds the diagnostics alone, each on its line.
        if crate::terminal::json() {
            if let Ok((warnings, _)) = &outcome.result {
                warnings.iter().for_each(crate::terminal::diagnostic);
            }
            return;
        }
        let mut line = match &outcome.result {
            Ok(_) => format!("[{n}/{}] built {}", self.total, outcome.label),
            Err(_) => format!("[{n}/{}] FAILED {}", self.total, outcome.label),
        };
        // Warnings are worth seeing as they come; failures are detailed in the summary.
        if let Ok((warnings, _)) = &outcome.result {
            for warning in warnings {
                line.push_str(&format!("\n  {}", crate::terminal::shown(warning).replace('\n', "\n  ")));
            }
        }
        // Labels and warnings quote file names and data.
        let line = crate::terminal::clean(&line).into_owned();
        match &self.bar {
            Some(bar) => {
                if outcome.result.is_err() || line.contains('\n') {
                    bar.println(line);
                }
                bar.inc(1);
            }
            None => eprintln!("{line}"),
        }
    }

    fn done(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Prints what failed and why, and the totals; fails when any report failed.
fn summarize(outcomes: &[Outcome], elapsed: Duration) -> Result<(), Failure> {
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    for outcome in &failed {
        if let Err(failure) = &outcome.result {
            crate::terminal::note(&format!("\n{}:", outcome.label));
            for diagnostic in &failure.diagnostics {
                crate::terminal::diagnostic(diagnostic);
            }
        }
    }
    let built = outcomes.len() - failed.len();
    let seconds = elapsed.as_secs_f64();
    crate::terminal::note(&format!(
        "\nbuilt {built} of {} reports in {seconds:.1} s ({:.1} reports/s){}",
        outcomes.len(),
        built as f64 / seconds.max(1e-9),
        if failed.is_empty() { String::new() } else { format!("; {} failed", failed.len()) }
    ));
    if failed.is_empty() { Ok(()) } else { Err(Failure::quiet(exit::SOME_FAILED)) }
}
