//! Parsing report files: strict JSON into the model, every problem located by path and line:col.

use std::path::Path;

use crate::data::locate::Locator;
use crate::data::model::Report;
use crate::data::validate;
use crate::data::{duplicates, messages};
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
    // A UTF-8 byte-order mark carries no meaning in JSON; editors on some systems add it. It is
    // invisible in editors too, so positions are counted in the text after it.
    let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let in_file = |diagnostics: Vec<Diagnostic>| {
        // A key named "" at the root has the empty path, which names nothing: it goes.
        let with_file = diagnostics.into_iter().map(|d| Diagnostic {
            file: Some(file.to_path_buf()),
            path: d.path.filter(|path| !path.is_empty()),
            ..d
        });
        Diagnostics(with_file.collect())
    };

    if body.trim().is_empty() {
        return Err(in_file(vec![
            Diagnostic::error("the file is empty").with_hint("a report file is a JSON object; see `informe schema`"),
        ]));
    }

    let report = match deserialize(body) {
        Ok(report) => report,
        Err((path, err)) if err.is_data() => {
            // A repeated field makes serde fail with "duplicate field"; the repeats say more.
            let duplicates = duplicate_keys(body);
            let diagnostics = if duplicates.is_empty() { vec![data_diagnostic(body, &path, &err)] } else { duplicates };
            return Err(in_file(diagnostics));
        }
        Err((path, err)) => {
            let misread = (serde_message(&err) == "expected value").then(|| misread_choice(body, &path)).flatten();
            let diagnostic = misread.unwrap_or_else(|| syntax_diagnostic(body, &path, &err));
            return Err(in_file(vec![diagnostic]));
        }
    };

    // One syntax tree serves the repeated keys and the amounts' texts.
    let locator = Locator::new(body);
    let mut diagnostics = locator.tree().map(|tree| located(body, duplicates::in_tree(tree))).unwrap_or_default();
    let mut found = validate::amount_texts(&report, |path| locator.string_at(path));
    found.extend(validate::report(&report));
    diagnostics.extend(found.into_iter().map(|mut d| {
        if let Some(path) = &d.path {
            d.position = locator.locate(path);
        }
        d
    }));
    let diagnostics = in_file(diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(Loaded { report, text, warnings: diagnostics })
}

/// Deserializes the whole text, keeping the JSON path of a failure.
fn deserialize(body: &str) -> Result<Report, (String, serde_json::Error)> {
    let mut deserializer = serde_json::Deserializer::from_str(body);
    let report = serde_path_to_error::deserialize(&mut deserializer)
        // serde_path_to_error marks a position it could not name with `?`; drop that segment.
        .map_err(|err| (err.path().to_string().trim_end_matches(".?").to_owned(), err.into_inner()))?;
    deserializer.end().map_err(|err| (".".to_owned(), err))?;
    Ok(report)
}

/// Every repeated key of the text, each located at its repeat.
fn duplicate_keys(body: &str) -> Vec<Diagnostic> {
    located(body, duplicates::find(body))
}

/// Repeated keys as errors, each at its repeat with a hint naming the first.
fn located(body: &str, found: Vec<duplicates::Duplicate>) -> Vec<Diagnostic> {
    found
        .into_iter()
        .map(|dup| {
            let first = LineCol::of_offset(body, dup.first);
            Diagnostic {
                position: Some(LineCol::of_offset(body, dup.at)),
                ..Diagnostic::error(format!("the key `{}` is repeated in this object", dup.key))
                    .at_path(dup.path)
                    .with_hint(format!("it first appears at {}:{}; keep one of the two", first.line, first.col))
            }
        })
        .collect()
}

/// A shape error (wrong type, missing or unknown field), pointed at the value it is about.
///
/// serde_json places these at the end of the offending value, or for a missing field after the
/// object's closing brace; the syntax tree gives the start of the value or object instead.
fn data_diagnostic(body: &str, path: &str, err: &serde_json::Error) -> Diagnostic {
    let (message, hint) = messages::data_error(&serde_message(err), path);
    let locator = Locator::new(body);
    let located = if message.starts_with("unknown field") { locator.locate_key(path) } else { locator.locate(path) };
    Diagnostic {
        position: located.or_else(|| serde_position(body, err)),
        path: (path != ".").then(|| path.to_owned()),
        hint,
        ..Diagnostic::error(message)
    }
}

/// A value that is not a string where the format wants one of a list of words (a qualifier, a
/// scope, a nature), which serde_json reports as a syntax error ("expected value") although the
/// text is well-formed JSON; told as the wrong type it is, with the words allowed.
///
/// The words come from serde's own message for an empty string in the same place.
fn misread_choice(body: &str, path: &str) -> Option<Diagnostic> {
    serde_json::from_str::<serde::de::IgnoredAny>(body).ok()?;
    let (range, found) = Locator::new(body).value_at(path)?;
    let with_empty = format!("{}\"\"{}", &body[..range.start], &body[range.end..]);
    let expected = match deserialize(&with_empty) {
        Err((at, err)) if at == path => {
            serde_message(&err).strip_prefix("unknown variant ``, expected ").map(str::to_owned)
        }
        _ => None,
    };
    Some(Diagnostic {
        position: Some(LineCol::of_offset(body, range.start)),
        ..Diagnostic::error(format!("invalid type: {found}, expected {}", expected.as_deref().unwrap_or("a string")))
            .at_path(path)
    })
}

/// A syntax error, at serde_json's position, which is where the text stops making sense.
fn syntax_diagnostic(body: &str, path: &str, err: &serde_json::Error) -> Diagnostic {
    let position = serde_position(body, err);
    let mut offset = position.map_or(0, |at| offset_of(body, at));
    // serde_json stops at the bracket after a trailing comma; the comma is what to remove.
    if err.to_string().starts_with("trailing comma")
        && let Some(comma) = body[..offset].rfind(',')
    {
        offset = comma;
    }
    let position = position.map(|_| LineCol::of_offset(body, offset));
    let next = body[offset..].trim_start();
    let at_start = body[..offset].trim().is_empty();
    let (message, hint) = messages::syntax_error(&serde_message(err), next, at_start);
    Diagnostic { position, path: shorten(path), hint, ..Diagnostic::error(message) }
}

/// serde_json's message without the position it appends (shown in its own place instead).
fn serde_message(err: &serde_json::Error) -> String {
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let full = err.to_string();
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// serde_json's position in characters: it counts columns in bytes, which differ on lines with
/// accented letters, and names the character it stopped at or just after.
fn serde_position(body: &str, err: &serde_json::Error) -> Option<LineCol> {
    if err.line() == 0 {
        return None;
    }
    let line_start: usize = body.split_inclusive('\n').take(err.line() - 1).map(str::len).sum();
    Some(LineCol::of_offset(body, line_start + err.column().saturating_sub(1)))
}

/// The byte offset of a position computed by `LineCol::of_offset`.
fn offset_of(body: &str, at: LineCol) -> usize {
    let line_start: usize = body.split_inclusive('\n').take(at.line - 1).map(str::len).sum();
    let in_line = body[line_start..].char_indices().nth(at.col - 1).map_or(body.len() - line_start, |(i, _)| i);
    line_start + in_line
}

/// The path to show: none for the root or an unnamed place, and a very deep one cut short.
///
/// A file nested thousands of levels deep would otherwise print a path of thousands of `[0]`;
/// the cut falls before a `[` or `.` so no segment is shown half.
fn shorten(path: &str) -> Option<String> {
    const MAX: usize = 60;
    let path = path.trim_end_matches(".?").trim_end_matches('?');
    match path {
        "." | "" => None,
        _ if path.len() > MAX => {
            let cut = path[..MAX].rfind(['[', '.']).unwrap_or(MAX);
            Some(format!("{}…", &path[..cut]))
        }
        _ => Some(path.to_owned()),
    }
}

/// The largest data file informe reads: 64 MiB, a thousand times the size of a party's real
/// report, so that a wrong path (`/dev/zero`, a video) is refused instead of filling memory.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Reads and parses a report file of at most [`MAX_FILE_BYTES`].
pub fn load(file: &Path) -> Result<Loaded, Diagnostics> {
    use std::io::Read;
    let fail = |message: String| {
        Diagnostics(vec![Diagnostic { file: Some(file.to_path_buf()), ..Diagnostic::error(message) }])
    };
    let cannot_read = |err: std::io::Error| fail(format!("cannot read the file: {err}"));
    let opened = std::fs::File::open(file).map_err(cannot_read)?;
    // One byte past the limit tells a file at the limit from a longer one, without reading more.
    let mut bytes = Vec::new();
    opened.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let mut refused = fail(format!("the file is larger than {} MiB, the most informe reads", MAX_FILE_BYTES >> 20));
        refused.0[0].hint = Some("is this the data file? a report's data is a JSON file of some kilobytes".to_owned());
        return Err(refused);
    }
    parse_bytes(bytes, file)
}

/// Parses the bytes of a report file named `file`: what [`load`] does once the file is read.
///
/// Kept apart from the reading so that the fuzzer and property tests reach the encoding checks
/// without touching the file system.
pub fn parse_bytes(bytes: Vec<u8>, file: &Path) -> Result<Loaded, Diagnostics> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&err.as_bytes()[..at]).into_owned();
        let byte = err.as_bytes()[at];
        // The usual culprit is a file saved by a spreadsheet or editor in a legacy encoding.
        Diagnostics(vec![Diagnostic {
            file: Some(file.to_path_buf()),
            position: Some(LineCol::of_offset(&text[bom_len(&text)..], at - bom_len(&text))),
            ..Diagnostic::error(format!("the file is not valid UTF-8 (byte 0x{byte:02X})"))
                .with_hint("save it as UTF-8; it may be in Latin-1 or Windows-1252")
        }])
    })?;
    parse(text, file)
}

/// The length of a leading byte-order mark, which positions do not count.
fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_field_with_brackets_in_its_name_is_located() {
        // Found by the fuzzer: the path `x[0]]` made the locator slice an inverted range.
        let errors = parse("{\n  \"x[0]]\": 1\n}".to_owned(), Path::new("r.json")).expect_err("refused");
        let [error] = errors.0.as_slice() else { panic!("one error: {errors}") };
        assert!(error.message.starts_with("unknown field `x[0]]`"), "{error}");
        // The path cannot spell such a key, so it points at the object that holds it.
        assert_eq!(error.position, Some(LineCol { line: 1, col: 1 }), "{error}");
    }

    /// The text of a report whose one contribution has `value` written as its qualifier.
    fn with_qualifier(value: &str) -> String {
        format!(
            r#"{{"country": "X", "period": {{"from": 2012, "to": 2015}}, "language": "en", "measures": [{{"name": "m",
  "programs": [{{"id": "p", "name": "P", "family": "music", "financial_resources": {{"paid": [
    {{"amount": "1", "currency": "USD", "qualifier": {value}}}]}}}}]}}]}}"#
        )
    }

    #[test]
    fn a_choice_given_another_type_is_a_type_error_not_a_syntax_error() {
        // serde_json calls `"qualifier": null` "expected value", a syntax error, though it is JSON.
        for (value, found) in
            [("null", "null"), ("4", "number `4`"), ("[\"exact\"]", "list"), ("true", "boolean `true`")]
        {
            let errors = parse(with_qualifier(value), Path::new("r.json")).expect_err("refused");
            let [error] = errors.0.as_slice() else { panic!("one error: {errors}") };
            assert_eq!(error.path.as_deref(), Some("measures[0].programs[0].financial_resources.paid[0].qualifier"));
            assert_eq!(
                error.message,
                format!("invalid type: {found}, expected one of `exact`, `approximately`, `more-than`, `at-least`")
            );
            assert_eq!(error.position, Some(LineCol { line: 3, col: 53 }), "{error}");
        }
        // Real syntax errors stay syntax errors, as does a number too large for a double, which
        // is well-formed but which serde_json refuses (found by the fuzzer).
        let errors = parse(with_qualifier("nul"), Path::new("r.json")).expect_err("refused");
        assert_eq!(errors.0[0].message, "expected a JSON value", "{errors}");
        for text in ["1e400", r#"{"country": 1e400}"#] {
            let errors = parse(text.to_owned(), Path::new("r.json")).expect_err("refused");
            assert_eq!(errors.0[0].message, "number out of range", "{errors}");
        }
    }

    #[test]
    fn a_field_named_nothing_at_the_root_has_no_path() {
        // Both found by the fuzzer, which read "at ``: …".
        let errors = parse("{\"\": 1,\n \"\": 2}".to_owned(), Path::new("r.json")).expect_err("refused");
        let [error] = errors.0.as_slice() else { panic!("one error: {errors}") };
        assert_eq!(error.message, "the key `` is repeated in this object", "{error}");
        assert_eq!((error.path.as_deref(), error.position), (None, Some(LineCol { line: 2, col: 2 })), "{error}");
        let errors = parse(r#"{"": 1}"#.to_owned(), Path::new("r.json")).expect_err("refused");
        let [error] = errors.0.as_slice() else { panic!("one error: {errors}") };
        assert!(error.message.starts_with("unknown field ``"), "{error}");
        // The path cannot name the key, so serde_json's place stands: the key's closing quote.
        assert_eq!((error.path.as_deref(), error.position), (None, Some(LineCol { line: 1, col: 3 })), "{error}");
    }
}
