//! Fuzzes loading a report file: arbitrary bytes through the CLI's loader, with invariants on the answer.
//!
//! Not panicking is not enough: a diagnostic pointing past the end of the file, an error answer
//! with no error in it, or an accepted report that does not survive being written out again are
//! bugs a user would meet, so each is asserted.

#![no_main]

use std::path::Path;

use informe_core::data::load;
use informe_core::diagnostic::{Diagnostic, Diagnostics};
use informe_core::{aggregate, pipeline};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| check(bytes));

fn check(bytes: &[u8]) {
    let file = Path::new("fuzz.json");
    // Positions count characters after a byte-order mark; for a file that is not UTF-8 they point
    // into its valid beginning, which the lossy text keeps unchanged.
    let lossy = String::from_utf8_lossy(bytes);
    let body = lossy.strip_prefix('\u{feff}').unwrap_or(&lossy);
    match load::parse_bytes(bytes.to_vec(), file) {
        Ok(mut loaded) => {
            assert_eq!(loaded.text.as_bytes(), bytes, "the loaded text is the file's");
            assert!(!loaded.warnings.has_errors(), "accepted with errors: {}", loaded.warnings);
            check_all(&loaded.warnings, body, file);

            // What was accepted is accepted again once written out, as the same report: nothing of
            // it depends on how the file happened to be spelt.
            let json = serde_json::to_string_pretty(&loaded.report).expect("an accepted report serialises");
            match load::parse(json.clone(), file) {
                Ok(again) => {
                    let (a, b) = (serde_json::to_value(&again.report), serde_json::to_value(&loaded.report));
                    assert!(a.expect("value") == b.expect("value"), "the report changed when written out:\n{json}");
                }
                Err(diagnostics) => panic!("written out, the report is refused:\n{diagnostics}\n{json}"),
            }
            // An accepted report can be totalled (sums of decimals can overflow).
            for measure in &loaded.report.measures {
                aggregate::totals(measure);
            }
            // Then `build` puts it in a language, with a located warning per missing translation.
            let language = ["en", "es", "pt", "fr"][bytes.len() % 4];
            pipeline::localize(&mut loaded, file, Some(language), None);
            assert!(!loaded.warnings.has_errors(), "errors from localizing: {}", loaded.warnings);
            check_all(&loaded.warnings, body, file);
        }
        Err(diagnostics) => {
            assert!(diagnostics.has_errors(), "refused without an error: {diagnostics:?}");
            check_all(&diagnostics, body, file);
        }
    }
}

fn check_all(diagnostics: &Diagnostics, body: &str, file: &Path) {
    for diagnostic in &diagnostics.0 {
        check_one(diagnostic, body, file);
    }
}

/// A diagnostic names the file, says something, and its line:col is a place in the text (one past
/// the last character of a line included, where a missing `}` would go).
fn check_one(diagnostic: &Diagnostic, body: &str, file: &Path) {
    assert_eq!(diagnostic.file.as_deref(), Some(file), "{diagnostic}");
    assert!(!diagnostic.message.trim().is_empty(), "{diagnostic:?}");
    if let Some(path) = &diagnostic.path {
        assert!(!path.is_empty() && path != ".", "{diagnostic:?}");
    }
    if let Some(at) = diagnostic.position {
        let lines: Vec<&str> = body.split('\n').collect();
        assert!(at.line >= 1 && at.line <= lines.len(), "line {} of {}: {diagnostic}", at.line, lines.len());
        let chars = lines[at.line - 1].chars().count();
        assert!(at.col >= 1 && at.col <= chars + 1, "col {} of a {chars}-character line: {diagnostic}", at.col);
    }
}
