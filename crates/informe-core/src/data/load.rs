//! Parsing report files: strict JSON into the model, every problem located by path and line:col.

use std::path::Path;

use crate::data::locate::Locator;
use crate::data::model::Report;
use crate::data::validate;
use crate::diagnostic::{Diagnostic, Diagnostics, LineCol};

/// A report parsed from a file, with the text kept for locating later problems.
#[derive(Debug)]
pub struct Loaded {
    pub report: Report,
    pub text: String,
    /// Warnings found while loading.
    pub warnings: Diagnostics,
}

/// Parses and validates the text of a report file named `file`.
///
/// Returns every problem at once when there is any error.
pub fn parse(text: String, file: &Path) -> Result<Loaded, Diagnostics> {
    // A UTF-8 byte-order mark carries no meaning in JSON; editors on some systems add it.
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let offset = text.len() - body.len();
    let in_file = |mut d: Diagnostic| {
        d.file = Some(file.to_path_buf());
        d
    };

    if body.trim().is_empty() {
        return Err(Diagnostics(vec![in_file(
            Diagnostic::error("the file is empty").with_hint("a report file is a JSON object; see `informe schema`"),
        )]));
    }

    let mut deserializer = serde_json::Deserializer::from_str(body);
    let parsed = serde_path_to_error::deserialize(&mut deserializer)
        // serde_path_to_error marks a position it could not name with `?`; drop that segment.
        .map_err(|err| (err.path().to_string().trim_end_matches(".?").to_owned(), err.into_inner()))
        .and_then(|report| deserializer.end().map(|()| report).map_err(|err| (".".to_owned(), err)));
    let report: Report = match parsed {
        Ok(report) => report,
        Err((path, err)) => return Err(Diagnostics(vec![in_file(serde_diagnostic(&path, &err, offset))])),
    };

    let locator = Locator::new(body);
    let diagnostics: Vec<Diagnostic> = validate::report(&report)
        .into_iter()
        .map(|mut d| {
            if let Some(path) = &d.path {
                d.position = locator.locate(path);
            }
            in_file(d)
        })
        .collect();
    let diagnostics = Diagnostics(diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Loaded { report, text, warnings: diagnostics })
}

/// Reads and parses a report file.
pub fn load(file: &Path) -> Result<Loaded, Diagnostics> {
    let bytes = std::fs::read(file).map_err(|err| {
        Diagnostics(vec![Diagnostic {
            file: Some(file.to_path_buf()),
            ..Diagnostic::error(format!("cannot read the file: {err}"))
        }])
    })?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&err.as_bytes()[..at]).into_owned();
        Diagnostics(vec![Diagnostic {
            file: Some(file.to_path_buf()),
            position: Some(LineCol::of_offset(&text, at)),
            ..Diagnostic::error("the file is not valid UTF-8").with_hint("save it as UTF-8")
        }])
    })?;
    parse(text, file)
}

/// Turns a serde_json error into a diagnostic; `bom` is the length of a skipped byte-order mark.
fn serde_diagnostic(path: &str, err: &serde_json::Error, bom: usize) -> Diagnostic {
    // serde_json appends the position to its message; it is shown in its own place instead.
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let full = err.to_string();
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
    let mut d = Diagnostic::error(message);
    if err.line() > 0 {
        let skipped = if err.line() == 1 { bom.min(1) } else { 0 };
        d.position = Some(LineCol { line: err.line(), col: err.column().saturating_sub(skipped).max(1) });
    }
    if path != "." {
        d.path = Some(path.to_owned());
    }
    d.hint = hint_for(&d.message);
    d
}

/// A hint for the serde messages users meet most.
fn hint_for(message: &str) -> Option<String> {
    if message.contains("unknown field") {
        Some("check the spelling against `informe schema`".to_owned())
    } else if message.contains("invalid type: floating point") || message.contains("invalid type: integer") {
        Some("write amounts as decimal strings, e.g. \"480000\" or \"560229.00\"".to_owned())
    } else if message.to_ascii_lowercase().contains("decimal") {
        Some("write amounts as plain decimal strings without thousands separators, e.g. \"330000\"".to_owned())
    } else if message.contains("missing field") {
        Some("every required field is listed by `informe schema`".to_owned())
    } else {
        None
    }
}
