//! `informe build`: data → plugins → document → PDF, written atomically.

use std::path::{Path, PathBuf};

use informe_core::data::load;
use informe_core::ods::OdsOptions;
use informe_core::render::{DEFAULT_STANDARDS, RenderOptions, check_standards};
use informe_core::{Registry, Template, output, pipeline};

use crate::cli::BuildArgs;
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
    let registry = load_plugins(&args.plugins)?;
    build_with(args, &registry)
}

/// One build with already loaded plugins; `informe watch` calls it on every change.
pub fn build_with(args: &BuildArgs, registry: &Registry) -> Result<(), Failure> {
    // Refuse unknown formats before any work, so nothing is half done.
    let outputs: Vec<(PathBuf, Format)> =
        args.outputs.iter().map(|o| format_of(o).map(|f| (o.clone(), f))).collect::<Result<_, _>>()?;
    for (path, _) in &outputs {
        output::check_folder(path)?;
    }
    let timestamp = source_date_epoch()?;
    let standards = pdf_standards(&args.pdf_standards);
    check_standards(&standards).map_err(|err| Failure::new(exit::BAD_INPUT, format!("error: {err}")))?;

    let loaded = load::load(&args.data).map_err(|d| Failure::new(exit::BAD_INPUT, d.to_string()))?;
    let prepared = pipeline::prepare(&loaded, &args.data, registry)?;
    for warning in &prepared.warnings.0 {
        eprintln!("{warning}");
    }

    let template = match &args.template {
        Some(dir) => Template::default().with_folder(dir).map_err(|err| {
            Failure::new(exit::BAD_INPUT, format!("error: cannot use the template folder {}: {err}", dir.display()))
        })?,
        None => Template::default(),
    };
    let report = &loaded.report;
    let options = RenderOptions {
        timestamp: timestamp.unwrap_or_else(|| end_of_period(report.period.to)),
        ident: format!("informe/{}/{}", report.country, report.period),
        standards,
    };

    // Every output is made in memory before any is written, so a failure in one leaves all
    // existing files as they were.
    let mut files = Vec::with_capacity(outputs.len());
    for (path, format) in outputs {
        let (bytes, note) = match format {
            Format::Pdf => {
                let built = pipeline::render_pdf(&prepared, template.clone(), &options)?;
                for warning in &built.template_warnings {
                    eprintln!("{warning}");
                }
                (built.pdf, format!(" ({} pages)", built.pages))
            }
            Format::Ods => {
                let title =
                    prepared.document.meta.title.clone().unwrap_or_else(|| {
                        format!("Quadrennial Periodic Report — {} {}", report.country, report.period)
                    });
                let source = args.data.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let ods_options = OdsOptions { timestamp: options.timestamp, title, source };
                (pipeline::render_ods(report, &prepared, &ods_options)?, String::new())
            }
        };
        files.push((path, bytes, note));
    }
    for (path, bytes, note) in files {
        output::write_atomic(&path, &bytes)?;
        eprintln!("wrote {}{note}", path.display());
    }
    Ok(())
}

/// The PDF standards asked for: the official defaults, or none with `--pdf-standard none`.
fn pdf_standards(asked: &[String]) -> Vec<String> {
    if asked.is_empty() {
        return DEFAULT_STANDARDS.iter().map(|s| (*s).to_owned()).collect();
    }
    asked.iter().filter(|s| s.as_str() != "none").cloned().collect()
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for a fixed build time.
fn source_date_epoch() -> Result<Option<i64>, Failure> {
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
fn end_of_period(year: i32) -> i64 {
    time::Date::from_calendar_date(year, time::Month::December, 31)
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .unwrap_or(0)
}
