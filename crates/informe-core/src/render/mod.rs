//! Typst rendering, in-process: document model + template → PDF bytes.

pub mod template;
pub mod world;

use typst::World;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::diagnostic::LineCol;
pub use template::Template;
pub use world::ReportWorld;

/// A problem Typst found in the template, located in the template's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateDiagnostic {
    pub error: bool,
    /// The file, named by the layer that served it.
    pub file: Option<String>,
    pub position: Option<LineCol>,
    pub message: String,
    pub hints: Vec<String>,
}

impl std::fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.error { "error" } else { "warning" })?;
        match (&self.file, self.position) {
            (Some(file), Some(p)) => write!(f, ": {file}:{}:{}", p.line, p.col)?,
            (Some(file), None) => write!(f, ": {file}")?,
            _ => {}
        }
        write!(f, ": {}", self.message)?;
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the template failed:\n{}", list(.0))]
    Template(Vec<TemplateDiagnostic>),
    #[error("the PDF could not be written:\n{}", list(.0))]
    Pdf(Vec<TemplateDiagnostic>),
}

fn list(diagnostics: &[TemplateDiagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// What a successful render produced.
#[derive(Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Template warnings (never fatal).
    pub warnings: Vec<TemplateDiagnostic>,
}

/// Settings of one render.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The report's date and the PDF's creation time, in seconds since the Unix epoch (UTC).
    pub timestamp: i64,
    /// A stable identifier of the document (e.g. country and period), hashed into the PDF id.
    pub ident: String,
}

/// Compiles the template in `world`'s layers over the JSON document model into a PDF.
pub fn pdf(template: Template, model: Vec<u8>, options: &RenderOptions) -> Result<Rendered, RenderError> {
    let moment =
        time::OffsetDateTime::from_unix_timestamp(options.timestamp).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let datetime = Datetime::from_ymd_hms(
        moment.year(),
        u8::from(moment.month()),
        moment.day(),
        moment.hour(),
        moment.minute(),
        moment.second(),
    )
    .unwrap_or_else(|| unreachable!("an OffsetDateTime is always a valid date"));
    let world = ReportWorld::new(template, model, datetime);

    let warned = typst::compile::<PagedDocument>(&world);
    let warnings = convert(&world, &warned.warnings);
    let document = warned.output.map_err(|errors| RenderError::Template(convert(&world, &errors)))?;

    let pdf_options = PdfOptions {
        ident: Smart::Custom(options.ident.clone()),
        creator: Smart::Custom(Some(format!("informe {} (Typst)", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(datetime)),
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &pdf_options).map_err(|errors| RenderError::Pdf(convert(&world, &errors)))?;
    Ok(Rendered { pdf, pages: document.pages().len(), warnings })
}

/// Locates Typst's diagnostics in the template files.
fn convert(world: &ReportWorld, diagnostics: &[SourceDiagnostic]) -> Vec<TemplateDiagnostic> {
    diagnostics
        .iter()
        .map(|d| {
            let id = d.span.id();
            let file = id.map(|id| world.template().describe(id.vpath()));
            let position = id.and_then(|id| {
                let range = world.range(d.span)?;
                let source = world.source(id).ok()?;
                Some(LineCol::of_offset(source.text(), range.start))
            });
            TemplateDiagnostic {
                error: d.severity == TypstSeverity::Error,
                file,
                position,
                message: d.message.to_string(),
                hints: d.hints.iter().map(|h| h.v.to_string()).collect(),
            }
        })
        .collect()
}
