//! `informe build`: data → plugins → document → PDF, written atomically.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use informe_core::data::load;
use informe_core::institution::Institution;
use informe_core::ods::OdsOptions;
use informe_core::render::{DEFAULT_STANDARDS, RenderOptions, check_standards};
use informe_core::{Registry, Template, output, pipeline};

use crate::cli::{BuildArgs, LanguageArgs};
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

/// The output formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Pdf,
    Ods,
}

fn format_of(path: &Path) -> Result<Format, Failure> {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("pdf") => Ok(Format::Pdf),
        Some("ods") => Ok(Format::Ods),
        other => Err(Failure::new(
            exit::BAD_INPUT,
            format!(
                "error: cannot tell the output format of {} from its extension{}\n  hint: supported: .pdf, .ods",
                path.display(),
                other.map(|e| format!(" `.{e}`")).unwrap_or_default()
            ),
        )),
    }
}

pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    if args.outputs.iter().any(|o| matches!(format_of(o), Ok(Format::Pdf))) {
        // Typst's fonts and library load while the plugins and the data do.
        informe_core::render::warm_up();
    }
    let started = Instant::now();
    let registry = load_plugins(&args.plugins)?;
    build_after(args, &registry, vec![("loading plugins", started.elapsed())])
}

/// One build with already loaded plugins; `informe watch` calls it on every change.
pub fn build_with(args: &BuildArgs, registry: &Registry) -> Result<(), Failure> {
    build_after(args, registry, Vec::new())
}

/// One build, after phases (`earlier`) whose timings are reported with its own.
fn build_after(args: &BuildArgs, registry: &Registry, earlier: Vec<(&'static str, Duration)>) -> Result<(), Failure> {
    let mut messages = Vec::new();
    let made = produce(&Job::from(args), registry, &mut messages);
    for message in &messages {
        eprintln!("{}", crate::terminal::clean(message));
    }
    let made = made?;
    let started = Instant::now();
    made.write()?;
    for (path, _, note) in &made.files {
        eprintln!("{}", crate::terminal::clean(&format!("wrote {}{note}", path.display())));
    }
    if args.timings {
        let mut timings = earlier;
        timings.extend(made.timings);
        timings.push(("writing", started.elapsed()));
        eprintln!("timings:");
        for (phase, time) in timings {
            eprintln!("  {phase}: {}", ms(time));
        }
    }
    Ok(())
}

/// What one report is built from and into: the part of `build`'s arguments a batch varies.
#[derive(Debug, Clone)]
pub struct Job {
    pub data: PathBuf,
    pub outputs: Vec<PathBuf>,
    pub template: Option<PathBuf>,
    pub pdf_standards: Vec<String>,
    pub emit_typst: Option<PathBuf>,
    /// How long the template may compile.
    pub compile_timeout: Duration,
    pub language: LanguageArgs,
}

impl From<&BuildArgs> for Job {
    fn from(args: &BuildArgs) -> Self {
        Self {
            data: args.data.clone(),
            outputs: args.outputs.clone(),
            template: args.template.clone(),
            pdf_standards: args.pdf_standards.clone(),
            emit_typst: args.emit_typst.clone(),
            compile_timeout: args.compile_timeout,
            language: args.language.clone(),
        }
    }
}

/// Outputs of one build, made in memory and not yet written.
#[derive(Debug)]
pub struct Made {
    /// Each output's path, bytes, and a note for the `wrote` line.
    pub files: Vec<(PathBuf, Vec<u8>, String)>,
    /// How long each phase took, in order.
    pub timings: Vec<(&'static str, Duration)>,
}

impl Made {
    /// Writes every output, or none: one report's files are committed together.
    pub fn write(&self) -> Result<(), Failure> {
        let files: Vec<(&Path, &[u8])> =
            self.files.iter().map(|(path, bytes, _)| (path.as_path(), &bytes[..])).collect();
        output::write_together(&files)?;
        Ok(())
    }
}

/// A command line naming outputs that cannot be written as asked.
fn clash(err: output::Clash) -> Failure {
    Failure::new(exit::BAD_INPUT, format!("error: {err}"))
}

/// Runs one build up to the bytes of every output, writing nothing but `--emit-typst`'s project.
/// Warnings go to `messages` whether the build succeeds or not.
pub fn produce(args: &Job, registry: &Registry, messages: &mut Vec<String>) -> Result<Made, Failure> {
    // Refuse unknown formats before any work, so nothing is half done.
    let outputs: Vec<(PathBuf, Format)> =
        args.outputs.iter().map(|o| format_of(o).map(|f| (o.clone(), f))).collect::<Result<_, _>>()?;
    for (path, _) in &outputs {
        output::check_folder(path)?;
    }
    // No output may be written twice, nor be anything the build reads.
    output::check_distinct(&args.outputs).map_err(clash)?;
    let plugin_files: Vec<&Path> = registry.plugins().iter().map(|p| p.path.as_path()).collect();
    let mut inputs = vec![output::Input::File("data file", &args.data)];
    inputs.extend(args.template.as_deref().map(|dir| output::Input::Folder("template folder", dir)));
    inputs.extend(plugin_files.iter().map(|file| output::Input::File("plugin", file)));
    output::check_not_inputs(&args.outputs, &inputs).map_err(clash)?;
    let timestamp = source_date_epoch()?;
    let standards = pdf_standards(&args.pdf_standards)?;
    check_standards(&standards).map_err(|err| Failure::new(exit::BAD_INPUT, format!("error: {err}")))?;
    let mut timings = Vec::new();

    let started = Instant::now();
    let mut loaded = load::load(&args.data).map_err(|d| Failure::new(exit::BAD_INPUT, d.to_string()))?;
    // The parts the data file includes are inputs like it, known once it is read.
    let parts: Vec<output::Input> =
        loaded.part_files().map(|part| output::Input::File("part of the data", part)).collect();
    output::check_not_inputs(&args.outputs, &parts).map_err(clash)?;
    let institution = institution_of(&args.language, &loaded)?;
    if let Some(institution) = &institution {
        if let Some(folder) = institution.folder() {
            output::check_not_inputs(&args.outputs, &[output::Input::Folder("institution folder", folder)])
                .map_err(clash)?;
        }
        pipeline::select_programs(&mut loaded, institution)?;
    }
    pipeline::localize(&mut loaded, &args.data, args.language.lang.as_deref(), args.language.locale.as_deref());
    timings.push(("reading and validating the data", started.elapsed()));
    let started = Instant::now();
    let mut prepared = pipeline::prepare(&loaded, &args.data, registry, institution.as_ref())?;
    timings.push(("plugins and assembly", started.elapsed()));
    messages.extend(prepared.warnings.0.iter().map(ToString::to_string));

    // Layers, last on top: the default template, the institution's folder if one is chosen, then
    // --template.
    let template = match &institution {
        Some(institution) => institution.layer(Template::default()).map_err(|err| {
            Failure::new(
                exit::BAD_INPUT,
                format!("error: cannot use the folder of institution `{}`: {err}", institution.id),
            )
        })?,
        None => Template::default(),
    };
    let template = match &args.template {
        Some(dir) => template.with_folder(dir).map_err(|err| {
            Failure::new(exit::BAD_INPUT, format!("error: cannot use the template folder {}: {err}", dir.display()))
        })?,
        None => template,
    };
    let report = &loaded.report;
    let options = RenderOptions {
        timestamp: timestamp.unwrap_or_else(|| end_of_period(report.period.to)),
        ident: format!("informe/{}/{}", report.country, report.period),
        standards,
        compile_budget: args.compile_timeout,
    };
    pipeline::set_date(&mut prepared, options.timestamp);
    // Emitted before compiling, so a template that fails can be debugged with the Typst CLI.
    if let Some(dir) = &args.emit_typst {
        pipeline::emit_typst(&prepared, &template, dir)?;
        let root = dir.display().to_string();
        let command = informe_core::render::typst_compile_args(&root, "report.pdf", &options).join(" ");
        messages.push(format!("wrote the Typst project to {root}; compile it with:\n  typst {command}"));
    }

    // Every output is made in memory before any is written, so a failure in one leaves all
    // existing files as they were.
    let mut files = Vec::with_capacity(outputs.len());
    for (path, format) in outputs {
        let (bytes, note) = match format {
            Format::Pdf => {
                let built = pipeline::render_pdf(&prepared, template.clone(), &options)?;
                messages.extend(built.template_warnings.iter().map(ToString::to_string));
                timings.push(("typst compile", built.compile_time));
                timings.push(("pdf export", built.export_time));
                (built.pdf, format!(" ({} pages)", built.pages))
            }
            Format::Ods => {
                let started = Instant::now();
                let title = prepared.document.meta.title.clone().unwrap_or_else(|| {
                    informe_core::words::Words::new(report.locale()).message(
                        "report-title",
                        &[("country", report.country.as_str().into()), ("period", report.period.to_string().into())],
                    )
                });
                let source = args.data.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let ods_options = OdsOptions { timestamp: options.timestamp, title, source };
                let bytes = pipeline::render_ods(report, &prepared, &ods_options)?;
                timings.push(("ods workbook", started.elapsed()));
                (bytes, String::new())
            }
        };
        files.push((path, bytes, note));
    }
    Ok(Made { files, timings })
}

/// The institution named by `--institution`, else by the data's `institution`. None otherwise: the
/// report is then issued by the data's `issuer`, or has its country's neutral title page, since
/// no shipped institution belongs to every party.
pub fn institution_of(language: &LanguageArgs, loaded: &load::Loaded) -> Result<Option<Institution>, Failure> {
    let Some(name) = language.institution.as_deref().or(loaded.report.institution.as_deref()) else {
        return Ok(None);
    };
    Institution::find(name).map(Some).map_err(|d| Failure::new(exit::BAD_INPUT, d.to_string()))
}

fn ms(time: Duration) -> String {
    format!("{:.1} ms", time.as_secs_f64() * 1000.0)
}

/// The PDF standards asked for: the official defaults, or none with `--pdf-standard none`, which
/// contradicts any other standard asked for with it.
pub(crate) fn pdf_standards(asked: &[String]) -> Result<Vec<String>, Failure> {
    if asked.is_empty() {
        return Ok(DEFAULT_STANDARDS.iter().map(|s| (*s).to_owned()).collect());
    }
    let others: Vec<String> = asked.iter().filter(|s| s.as_str() != "none").cloned().collect();
    if others.len() < asked.len() && !others.is_empty() {
        return Err(Failure::new(
            exit::BAD_INPUT,
            format!(
                "error: --pdf-standard none cannot go with --pdf-standard {}\n  hint: give `none` alone for a plain PDF, or only the standards wanted",
                others.join(", ")
            ),
        ));
    }
    Ok(others)
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for a fixed build time.
pub(crate) fn source_date_epoch() -> Result<Option<i64>, Failure> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value.trim().parse().map(Some).map_err(|_| {
            Failure::new(
                exit::BAD_INPUT,
                format!("error: SOURCE_DATE_EPOCH `{value}` is not a whole number of seconds"),
            )
        }),
        Err(_) => Ok(None),
    }
}

/// 31 December of `year`, midnight UTC: the default date of a report on a period ending then.
pub(crate) fn end_of_period(year: i32) -> i64 {
    time::Date::from_calendar_date(year, time::Month::December, 31)
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .unwrap_or(0)
}
