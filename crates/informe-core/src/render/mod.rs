//! Typst rendering, in-process: document model + template → PDF bytes.

pub mod budget;
pub mod coverage;
pub mod svg;
pub mod template;
pub mod world;

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::diagnostic::{Diagnostic, Diagnostics, Kind, LineCol, Severity};
pub use template::{MAIN, Template};
pub use world::{ReportWorld, warm_up};

/// Rendering failed; each variant holds its diagnostics, of kind `Template` (the template's files
/// named by the layer that served them) or `Input` (the standards asked for).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the template failed:\n{}", Diagnostics(.0.clone()))]
    Template(Vec<Diagnostic>),
    #[error("the PDF could not be written:\n{}", Diagnostics(.0.clone()))]
    Pdf(Vec<Diagnostic>),
    #[error("{0}")]
    Standard(Box<Diagnostic>),
}

impl RenderError {
    /// Every problem, in order.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        match self {
            Self::Template(found) | Self::Pdf(found) => found,
            Self::Standard(found) => vec![*found],
        }
    }
}

/// A problem of the template, in its `file` as its layer names it.
fn template_problem(error: bool, file: Option<String>, message: String, hints: Vec<String>) -> Diagnostic {
    Diagnostic {
        severity: if error { Severity::Error } else { Severity::Warning },
        kind: Kind::Template,
        file: file.map(std::path::PathBuf::from),
        hints,
        ..Diagnostic::error(message)
    }
}

/// What a successful render produced.
#[derive(Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Template warnings (never fatal), and the body's pages past its form's budget.
    pub warnings: Vec<Diagnostic>,
    /// The body of the report as the template marks it, if it does.
    pub body: Option<budget::Body>,
    /// Time spent by Typst compiling and laying out, then exporting the PDF.
    pub compile_time: std::time::Duration,
    pub export_time: std::time::Duration,
}

/// Settings of one render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The report's date and the PDF's creation time, in seconds since the Unix epoch (UTC).
    pub timestamp: i64,
    /// A stable identifier of the document (e.g. country and period), hashed into the PDF id.
    pub ident: String,
    /// PDF standards to conform to, by their Typst names (`a-2b`, `ua-1`, `1.7`…); none when empty.
    pub standards: Vec<String>,
    /// How long Typst may compile before the render gives up with a template error.
    pub compile_budget: std::time::Duration,
}

/// The standards an official report conforms to unless told otherwise: archivable and accessible.
pub const DEFAULT_STANDARDS: &[&str] = &["a-2b", "ua-1"];

/// Checks that `names` form a set of standards a PDF can conform to at once.
pub fn check_standards(names: &[String]) -> Result<(), RenderError> {
    standards(names).map(drop)
}

/// Parses standard names into a set Typst can enforce.
fn standards(names: &[String]) -> Result<PdfStandards, RenderError> {
    let list = names
        .iter()
        .map(|name| {
            serde_json::from_value::<PdfStandard>(serde_json::Value::String(name.clone())).map_err(|_| {
                standard_problem(format!("unknown PDF standard `{name}`"), vec![
                    "use a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1 or a PDF version such as 1.7"
                        .to_owned(),
                ])
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    PdfStandards::new(&list).map_err(|err| {
        standard_problem(err.message().to_string(), err.hints().iter().map(ToString::to_string).collect())
    })
}

/// A set of standards that cannot be asked for: a problem of what was asked, not of the template.
fn standard_problem(message: String, hints: Vec<String>) -> RenderError {
    RenderError::Standard(Box::new(Diagnostic { kind: Kind::Input, hints, ..Diagnostic::error(message) }))
}

/// Compiles the template in `world`'s layers over the JSON document model into a PDF.
pub fn pdf(template: Template, model: Vec<u8>, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let standards = standards(&options.standards)?;
    let datetime = datetime(options.timestamp);
    let world = std::sync::Arc::new(ReportWorld::new(template, model, datetime));

    let started = std::time::Instant::now();
    let warned = compile_within(&world, options.compile_budget)?;
    let compile_time = started.elapsed();
    let mut warnings = convert(&world, &warned.warnings);
    let document = warned.output.map_err(|errors| RenderError::Template(convert(&world, &errors)))?;
    let body = budget::body(&document);
    warnings.extend(body.as_ref().and_then(budget::check));

    let pdf_options = PdfOptions {
        ident: Smart::Custom(options.ident.clone()),
        creator: Smart::Custom(Some(format!("informe {} (Typst)", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    let started = std::time::Instant::now();
    let pdf = typst_pdf::pdf(&document, &pdf_options).map_err(|errors| RenderError::Pdf(convert(&world, &errors)))?;
    let export_time = started.elapsed();
    Ok(Rendered { pdf, pages: document.pages().len(), warnings, body, compile_time, export_time })
}

/// The report's date and the PDF's timestamps as Typst takes them: `timestamp` in UTC.
fn datetime(timestamp: i64) -> Datetime {
    let moment = time::OffsetDateTime::from_unix_timestamp(timestamp).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    Datetime::from_ymd_hms(
        moment.year(),
        u8::from(moment.month()),
        moment.day(),
        moment.hour(),
        moment.minute(),
        moment.second(),
    )
    .unwrap_or_else(|| unreachable!("an OffsetDateTime is always a valid date"))
}

/// Stack of the compile thread: Typst recurses as deep as a template's markup nests, and the
/// main thread it would otherwise run on has 8 MiB; this is only reserved address space.
const COMPILE_STACK: usize = 64 << 20;

/// Compiles on a thread of its own and waits at most `budget` for it.
///
/// Typst cannot be interrupted: a template that loops for ever (`for i in range(1e10) {}`) keeps
/// its thread busy. Past the budget the render gives up with a template error naming the main
/// file (where the loop is, Typst does not say) and the thread is left to run: the CLI then
/// exits, which ends it; a long-running process (`informe watch`) carries on and pays one busy
/// core per runaway compile until it exits.
fn compile_within(
    world: &std::sync::Arc<ReportWorld>,
    budget: std::time::Duration,
) -> Result<typst::diag::Warned<typst::diag::SourceResult<PagedDocument>>, RenderError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let shared = std::sync::Arc::clone(world);
    let spawned = std::thread::Builder::new().name("typst compile".into()).stack_size(COMPILE_STACK).spawn(move || {
        // The receiver may have given up already; then the result goes nowhere.
        let _ = tx.send(typst::compile::<PagedDocument>(&*shared));
    });
    let main_file = || {
        let vpath = typst::syntax::VirtualPath::new(MAIN).ok();
        vpath.map(|v| world.template().describe(&v))
    };
    let failed = |message: String, hints: Vec<String>| {
        RenderError::Template(vec![template_problem(true, main_file(), message, hints)])
    };
    if let Err(err) = spawned {
        return Err(failed(format!("cannot start compiling: {err}"), Vec::new()));
    }
    match rx.recv_timeout(budget) {
        Ok(warned) => Ok(warned),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(failed(
            format!("the template did not finish compiling within {}: the build was stopped", seconds(budget)),
            vec![
                "a loop that never ends, or work that grows with the data far too fast, is the likely cause".to_owned(),
                "a template that needs longer may be given it with --compile-timeout SECONDS".to_owned(),
            ],
        )),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            Err(failed("Typst stopped while compiling the template (it panicked)".to_owned(), Vec::new()))
        }
    }
}

/// A budget as a message says it: `300 s`, `0.5 s`.
fn seconds(budget: std::time::Duration) -> String {
    format!("{} s", budget.as_secs_f64())
}

/// The Typst project a render compiles: the template's files as its layers resolve them, and the
/// document model at `data/report.json`, by path relative to the project root.
pub fn project(template: &Template, model: &[u8]) -> std::io::Result<std::collections::BTreeMap<String, Vec<u8>>> {
    let mut files = template.files()?;
    files.insert(world::DATA_PATH.trim_start_matches('/').to_owned(), model.to_vec());
    Ok(files)
}

/// The arguments of `typst compile` that compile an emitted project in `root` as [`pdf`] does:
/// the same fonts (Typst's own), date and standards.
pub fn typst_compile_args(root: &str, output: &str, options: &RenderOptions) -> Vec<String> {
    let mut args = vec!["compile".to_owned(), "--root".to_owned(), root.to_owned(), "--ignore-system-fonts".to_owned()];
    args.extend(["--creation-timestamp".to_owned(), options.timestamp.to_string()]);
    for standard in &options.standards {
        args.extend(["--pdf-standard".to_owned(), standard.clone()]);
    }
    args.push(format!("{root}/{MAIN}"));
    args.push(output.to_owned());
    args
}

/// Drops Typst's memoized results not used in the last `max_age` compilations.
///
/// A long-running process (`informe watch`) keeps recent work warm for fast rebuilds without
/// letting the cache grow without bound.
pub fn trim_cache(max_age: usize) {
    typst::comemo::evict(max_age);
}

/// Locates Typst's diagnostics in the template files, each reported once.
fn convert(world: &ReportWorld, diagnostics: &[SourceDiagnostic]) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    let all = diagnostics.iter().map(|d| {
        let id = d.span.id();
        let file = id.map(|id| world.template().describe(id.vpath()));
        let position = id.and_then(|id| {
            let range = world.range(d.span)?;
            let source = world.source(id).ok()?;
            Some(LineCol::of_offset(source.text(), range.start))
        });
        let mut hints: Vec<String> = d.hints.iter().map(|h| h.v.to_string()).collect();
        // A file the template asks for but no layer holds: say what the layers do hold.
        if d.message.starts_with("file not found") {
            let names: Vec<String> = world
                .template()
                .files()
                .map(|files| {
                    files.into_keys().filter(|name| name.ends_with(".typ") || name.ends_with(".json")).collect()
                })
                .unwrap_or_default();
            hints.push(format!("the template's files are {}", names.join(", ")));
        }
        template_problem(d.severity == TypstSeverity::Error, file, d.message.to_string(), hints).at(position)
    });
    for diagnostic in all {
        if !out.contains(&diagnostic) {
            out.push(diagnostic);
        }
    }
    out
}
