//! What the HTTP API answers, as JSON: diagnostics, checks, previews, failures.

use std::collections::BTreeMap;

use informe_core::Diagnostic;
use informe_core::diagnostic::Kind;
use serde::Serialize;

/// One problem: the core's one diagnostic, as `informe --message-format json check` prints it
/// (severity, kind, file, path, line, column, message, hints), its file named relative to the
/// served folder.
pub type Problem = Diagnostic;

/// A problem of the request itself (a bad parameter, a path refused).
pub fn request(message: impl Into<String>) -> Problem {
    Diagnostic::error(message).of_kind(Kind::Input)
}

/// The answer of a check: every problem, and the money totals when the data has no error.
#[derive(Debug, Serialize)]
pub struct Checked {
    /// No error (warnings do not count).
    pub ok: bool,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<Problem>,
    pub totals: Option<Totals>,
}

impl Checked {
    pub fn new(diagnostics: Vec<Problem>, totals: Option<Totals>) -> Self {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Self { ok: errors == 0, errors, warnings: diagnostics.len() - errors, diagnostics, totals }
    }
}

/// Money totals as the report states them, formatted in its language: per measure (in the
/// document's order) and for the whole report, one per currency.
#[derive(Debug, Serialize)]
pub struct Totals {
    pub measures: Vec<serde_json::Value>,
    pub report: serde_json::Value,
}

/// The pages of the report as SVG images.
#[derive(Debug, Serialize)]
pub struct Preview {
    pub pages: Vec<PreviewPage>,
    /// Warnings of the data, the plugins and the template.
    pub diagnostics: Vec<Problem>,
    pub totals: Totals,
    /// Time Typst took laying out, then writing the images.
    pub compile_ms: f64,
    pub export_ms: f64,
}

/// One page of a preview.
#[derive(Debug, Serialize)]
pub struct PreviewPage {
    /// The page's key: the same key, the same image.
    pub key: String,
    /// The page as an SVG document; `null` when the request said it had the page's key.
    pub svg: Option<String>,
}

/// Why a build or a preview gave no output, by the kind of its first error.
#[derive(Debug)]
pub enum Failed {
    /// The data has errors (HTTP 422).
    Data(Vec<Problem>),
    /// A plugin failed or crashed (HTTP 502: the plugin, not the server, is at fault).
    Plugins(Vec<Problem>),
    /// The template failed (HTTP 500).
    Template(Vec<Problem>),
    /// The request cannot be served as asked (HTTP 400).
    Request(Vec<Problem>),
    /// Something else failed (HTTP 500).
    Internal(Vec<Problem>),
}

impl Failed {
    /// The failure `found` stands for, by the kind of its first error.
    pub fn of(found: Vec<Problem>) -> Self {
        match found.iter().find(|d| d.is_error()).map(|d| d.kind) {
            Some(Kind::Data) => Failed::Data(found),
            Some(Kind::Plugin) => Failed::Plugins(found),
            Some(Kind::Template) => Failed::Template(found),
            Some(Kind::Input) => Failed::Request(found),
            Some(Kind::Output | Kind::Internal) | None => Failed::Internal(found),
        }
    }

    /// The problems, whatever the kind.
    pub fn problems(self) -> Vec<Problem> {
        match self {
            Failed::Data(found)
            | Failed::Plugins(found)
            | Failed::Template(found)
            | Failed::Request(found)
            | Failed::Internal(found) => found,
        }
    }
}

/// A shipped institution, for the page's choice.
#[derive(Debug, Serialize)]
pub struct Institution {
    pub id: String,
    pub short_name: String,
    /// Its name by language; the key is empty for a name in no particular language.
    pub names: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
pub struct Institutions {
    pub institutions: Vec<Institution>,
}
