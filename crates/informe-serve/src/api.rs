//! What the HTTP API answers, as JSON: diagnostics, checks, previews, failures.

use std::collections::BTreeMap;

use serde::Serialize;

/// One problem, located as `informe check` locates it: the file (relative to the served
/// folder), the JSON path in it and its line:col, with the message and hint.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What it concerns: `data`, `plugin`, `template` or `request`.
    pub kind: &'static str,
    pub file: Option<String>,
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub hint: Option<String>,
    /// The problem as `informe check` prints it.
    pub text: String,
}

impl Problem {
    /// A problem of the request itself (a bad parameter, a path refused).
    pub fn request(message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            severity: "error",
            kind: "request",
            file: None,
            path: None,
            line: None,
            column: None,
            text: format!("error: {message}"),
            message,
            hint: None,
        }
    }
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
        let errors = diagnostics.iter().filter(|d| d.severity == "error").count();
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

/// Why a build or a preview gave no output.
#[derive(Debug)]
pub enum Failed {
    /// The data has errors (HTTP 422).
    Data(Vec<Problem>),
    /// A plugin failed or crashed (HTTP 502: the plugin, not the server, is at fault).
    Plugins(Vec<Problem>),
    /// The template failed (HTTP 500).
    Template(Vec<Problem>),
    /// The request cannot be served as asked (HTTP 400).
    Request(String),
    /// Something else failed (HTTP 500).
    Internal(String),
}

impl Failed {
    /// The problems, whatever the kind.
    pub fn problems(self) -> Vec<Problem> {
        match self {
            Failed::Data(found) | Failed::Plugins(found) | Failed::Template(found) => found,
            Failed::Request(message) => vec![Problem::request(message)],
            Failed::Internal(message) => vec![Problem { kind: "internal", ..Problem::request(message) }],
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
