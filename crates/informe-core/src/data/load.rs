//! Parsing report files: strict JSON into the model, every problem located by path and line:col.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::data::duplicates;
use crate::data::include::{self, Origins};
use crate::data::locate::Locator;
use crate::data::messages;
use crate::data::model::Report;
use crate::data::validate;
use crate::diagnostic::{Diagnostic, Diagnostics, LineCol};

/// A report parsed from its file (and the parts it includes), with the texts kept for locating
/// later problems.
#[derive(Debug)]
pub struct Loaded {
    pub report: Report,
    /// The main file's text.
    pub text: String,
    /// Warnings found while loading.
    pub warnings: Diagnostics,
    /// The parts the main file includes, and the file each measure was written in.
    pub origins: Origins,
}

impl Loaded {
    /// A locator per file of the report: the main file's, then each part's, in the order
    /// [`Origins::place`] numbers them.
    pub fn locators(&self) -> Vec<Locator<'_>> {
        let texts = std::iter::once(&self.text).chain(self.origins.parts.iter().map(|part| &part.text));
        texts.map(|text| Locator::new(without_bom(text))).collect()
    }

    /// `diagnostic`, about the merged report, moved to the file it is in (`main` or a part) with
    /// its path there, and the locator of that file to locate it with. A diagnostic already
    /// naming a file stays as it is, with the main file's locator.
    pub fn place<'l, 't>(
        &self,
        mut diagnostic: Diagnostic,
        main: &Path,
        locators: &'l [Locator<'t>],
    ) -> (Diagnostic, &'l Locator<'t>) {
        if diagnostic.file.is_some() {
            return (diagnostic, &locators[0]);
        }
        let (index, path) = match diagnostic.path.take() {
            Some(path) => {
                let (index, path) = self.origins.place(&path);
                (index, Some(path))
            }
            None => (0, None),
        };
        // A key named "" at the root has the empty path, which names nothing: it goes.
        diagnostic.path = path.filter(|path| !path.is_empty());
        diagnostic.file = Some(self.origins.file(index, main).to_path_buf());
        (diagnostic, locators.get(index).unwrap_or(&locators[0]))
    }

    /// Keeps of the report's `measures` the programs `select` keeps (an institution's), so that
    /// later diagnostics, which speak of the programs kept, are still placed where they were
    /// written.
    pub fn select<E>(&mut self, select: impl FnOnce(&mut Report) -> Result<(), E>) -> Result<(), E> {
        // Program ids are unique in a loaded report: each kept program is found by its id.
        let mut before = std::collections::HashMap::new();
        for (m, measure) in self.report.measures.iter().enumerate() {
            for (p, program) in measure.programs.iter().enumerate() {
                before.insert(program.id.clone(), (m, p));
            }
        }
        select(&mut self.report)?;
        let kept = self
            .report
            .measures
            .iter()
            .map(|measure| measure.programs.iter().filter_map(|p| before.get(&p.id).copied()).collect());
        self.origins.select(kept.collect());
        Ok(())
    }

    /// The files of the parts, as diagnostics name them: inputs of the build like the main file.
    pub fn part_files(&self) -> impl Iterator<Item = &Path> {
        self.origins.parts.iter().map(|part| part.file.as_path())
    }
}

/// `text` without a leading UTF-8 byte-order mark: it carries no meaning in JSON (editors on
/// some systems add it) and is invisible in editors too, so positions are counted after it.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// `diagnostics` of the file `file`.
fn in_file(diagnostics: Vec<Diagnostic>, file: &Path) -> Diagnostics {
    // A key named "" at the root has the empty path, which names nothing: it goes.
    let with_file = diagnostics.into_iter().map(|d| Diagnostic {
        file: Some(file.to_path_buf()),
        path: d.path.filter(|path| !path.is_empty()),
        ..d
    });
    Diagnostics(with_file.collect())
}

/// Parses and validates the text of a report file named `file`, with the parts it includes
/// (read from `file`'s folder).
///
/// Returns every problem at once when there is any error.
pub fn parse(text: String, file: &Path) -> Result<Loaded, Diagnostics> {
    let body = without_bom(&text);
    let mut report: Report = parse_text(body).map_err(|found| in_file(found, file))?;

    // One syntax tree serves the repeated keys, the include entries and the amounts' texts.
    let locator = Locator::new(body);
    let mut diagnostics = in_file(located_duplicates(body, &locator), file).0;
    let (origins, found) = include::assemble(&mut report, file, &locator);
    // Parts that cannot be read or merged leave nothing to validate as one report.
    if found.iter().any(Diagnostic::is_error) {
        diagnostics.extend(found);
        return Err(Diagnostics(diagnostics));
    }
    diagnostics.extend(found);
    drop(locator);
    let mut loaded = Loaded { report, text, warnings: Diagnostics::default(), origins };

    let locators = loaded.locators();
    let text_at = |path: &str| {
        let (index, path) = loaded.origins.place(path);
        locators[index].string_at(&path)
    };
    let mut found = validate::amount_texts(&loaded.report, text_at);
    found.extend(validate::report(&loaded.report));
    let first_uses = duplicates::program_ids(&loaded.report);
    let mut located: Vec<Diagnostic> = found
        .into_iter()
        .map(|d| {
            let repeat =
                first_uses.iter().find(|r| d.path.as_ref() == Some(&r.at) && d.message.ends_with("is used twice"));
            let hint = repeat.map(|r| first_use_hint(&loaded, file, &locators, &r.first));
            let (mut d, locator) = loaded.place(d, file, &locators);
            d.position = d.path.as_deref().and_then(|path| locator.locate(path));
            if let Some(hint) = hint {
                d.hints = vec![hint];
            }
            d
        })
        .collect();
    drop(locators);
    diagnostics.append(&mut located);
    let diagnostics = Diagnostics(diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    loaded.warnings = diagnostics;
    Ok(loaded)
}

/// Where a repeated program id is first used, for the repeat's hint: the report may be
/// assembled from several files, so the place names its file.
fn first_use_hint(loaded: &Loaded, main: &Path, locators: &[Locator<'_>], first: &str) -> String {
    let (place, locator) = loaded.place(Diagnostic::error("").at_path(first), main, locators);
    let file = place.file.as_deref().unwrap_or(main).display();
    let path = place.path.unwrap_or_default();
    match locator.locate(&path) {
        Some(at) => {
            format!("it is first used at {file}:{}:{} (`{path}`); each program needs its own id", at.line, at.col)
        }
        None => format!("it is first used in {file} (`{path}`); each program needs its own id"),
    }
}

/// Deserializes the text of one file as `T`: every problem of its syntax or shape located in it
/// (the caller names the file), repeated keys told where serde would only fail on one.
pub(crate) fn parse_text<T: DeserializeOwned>(body: &str) -> Result<T, Vec<Diagnostic>> {
    if body.trim().is_empty() {
        return Err(vec![
            Diagnostic::error("the file is empty").with_hint("a report file is a JSON object; see `informe schema`"),
        ]);
    }
    match deserialize::<T>(body) {
        Ok(value) => Ok(value),
        Err((path, err)) if err.is_data() => {
            // A repeated field makes serde fail with "duplicate field"; the repeats say more.
            let duplicates = duplicate_keys(body);
            Err(if duplicates.is_empty() { vec![data_diagnostic(body, &path, &err)] } else { duplicates })
        }
        Err((path, err)) => {
            let misread = (serde_message(&err) == "expected value").then(|| misread_choice::<T>(body, &path)).flatten();
            Err(vec![misread.unwrap_or_else(|| syntax_diagnostic(body, &path, &err))])
        }
    }
}

/// Every repeated key of a text that deserialized (serde_json keeps the last of a map's), each
/// located at its repeat.
pub(crate) fn located_duplicates(body: &str, locator: &Locator<'_>) -> Vec<Diagnostic> {
    locator.tree().map(|tree| located(body, duplicates::in_tree(tree))).unwrap_or_default()
}

/// Deserializes the whole text, keeping the JSON path of a failure.
fn deserialize<T: DeserializeOwned>(body: &str) -> Result<T, (String, serde_json::Error)> {
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
        hints: hint.into_iter().collect(),
        ..Diagnostic::error(message)
    }
}

/// A value that is not a string where the format wants one of a list of words (a qualifier, a
/// scope, a nature), which serde_json reports as a syntax error ("expected value") although the
/// text is well-formed JSON; told as the wrong type it is, with the words allowed.
///
/// The words come from serde's own message for an empty string in the same place.
fn misread_choice<T: DeserializeOwned>(body: &str, path: &str) -> Option<Diagnostic> {
    serde_json::from_str::<serde::de::IgnoredAny>(body).ok()?;
    let (range, found) = Locator::new(body).value_at(path)?;
    let with_empty = format!("{}\"\"{}", &body[..range.start], &body[range.end..]);
    let expected = match deserialize::<T>(&with_empty) {
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
    Diagnostic { position, path: shorten(path), hints: hint.into_iter().collect(), ..Diagnostic::error(message) }
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

/// Reads and parses a report file of at most [`MAX_FILE_BYTES`], with the parts it includes.
pub fn load(file: &Path) -> Result<Loaded, Diagnostics> {
    let bytes = read_limited(file).map_err(|err| {
        let refused = Diagnostic::error(err.to_string()).in_file(file);
        Diagnostics(vec![match err {
            ReadError::TooLarge => {
                refused.with_hint("is this the data file? a report's data is a JSON file of some kilobytes")
            }
            ReadError::Io(_) => refused,
        }])
    })?;
    parse_bytes(bytes, file)
}

/// Why a file of the report could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file is larger than {} MiB, the most informe reads", MAX_FILE_BYTES >> 20)]
    TooLarge,
}

/// The bytes of `file`, refused past [`MAX_FILE_BYTES`].
pub(crate) fn read_limited(file: &Path) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let opened = std::fs::File::open(file)?;
    // One byte past the limit tells a file at the limit from a longer one, without reading more.
    let mut bytes = Vec::new();
    opened.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Parses the bytes of a report file named `file`: what [`load`] does once the file is read.
///
/// Kept apart from the reading so that the fuzzer and property tests reach the encoding checks
/// without touching the file system (a file that includes parts reads them, though).
pub fn parse_bytes(bytes: Vec<u8>, file: &Path) -> Result<Loaded, Diagnostics> {
    let text = decode(bytes, file)?;
    parse(text, file)
}

/// The text of the bytes of `file`, which must be UTF-8; a refusal is located in the file.
pub(crate) fn decode(bytes: Vec<u8>, file: &Path) -> Result<String, Diagnostics> {
    String::from_utf8(bytes).map_err(|err| {
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
    })
}

/// The length of a leading byte-order mark, which positions do not count.
fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A main file in a fresh folder with `parts` beside it (name, text); returns the folder and
    /// the main file's path.
    fn with_parts(
        main: serde_json::Value,
        parts: &[(&str, serde_json::Value)],
    ) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in parts {
            std::fs::write(dir.path().join(name), serde_json::to_string_pretty(text).expect("JSON"))
                .expect("write part");
        }
        let file = dir.path().join("report.json");
        std::fs::write(&file, serde_json::to_string_pretty(&main).expect("JSON")).expect("write main");
        (dir, file)
    }

    fn measure(name: &str, program: &str) -> serde_json::Value {
        serde_json::json!({"name": name, "programs": [{"id": program, "name": program, "family": "music"}]})
    }

    #[test]
    fn parts_merge_into_the_report_one_file_of_the_same_measures_gives() {
        let head =
            serde_json::json!({"country": "X", "period": {"from": 2016, "to": 2019}, "language": "en", "form": "2020"});
        let mut main = head.clone();
        main["include"] = serde_json::json!(["a.json", "b.json"]);
        main["measures"] = serde_json::json!([measure("own", "p0")]);
        let mut whole = head.clone();
        whole["measures"] = serde_json::json!([measure("b", "p2")]);
        let (_dir, file) = with_parts(
            main,
            &[
                (
                    "a.json",
                    serde_json::json!({"measures": [measure("a", "p1")], "civil_society_measures": [measure("c", "p3")]}),
                ),
                ("b.json", whole),
            ],
        );
        let loaded = load(&file).unwrap_or_else(|e| panic!("{e}"));
        let mut single = head;
        single["measures"] = serde_json::json!([measure("own", "p0"), measure("a", "p1"), measure("b", "p2")]);
        single["civil_society_measures"] = serde_json::json!([measure("c", "p3")]);
        let single = parse(single.to_string(), Path::new("single.json")).expect("loads");
        assert_eq!(loaded.report, single.report);
        let parts: Vec<_> = loaded.part_files().map(|p| p.file_name().expect("name").to_owned()).collect();
        assert_eq!(parts, ["a.json", "b.json"]);
        let placed = |path: &str| loaded.origins.place(path);
        assert_eq!(placed("measures[0].name"), (0, "measures[0].name".to_owned()));
        assert_eq!(placed("measures[2].programs[0]"), (2, "measures[0].programs[0]".to_owned()));
        assert_eq!(placed("civil_society_measures[0]"), (1, "civil_society_measures[0]".to_owned()));
    }

    #[test]
    fn a_problem_of_a_part_s_measure_is_located_in_the_part() {
        let main = serde_json::json!({"country": "X", "period": {"from": 2016, "to": 2019}, "language": "en",
                                      "include": ["a.json"], "measures": [measure("own", "p")]});
        let mut program = measure("a", "p");
        program["programs"][0]["financial_resources"] =
            serde_json::json!({"paid": [{"amount": "1", "currency": "usd"}]});
        let (dir, file) = with_parts(main, &[("a.json", serde_json::json!({"measures": [program]}))]);
        let errors = load(&file).expect_err("refused");
        let placed = |e: &Diagnostic| {
            let file = e.file.as_ref().and_then(|f| f.file_name()).expect("file").to_string_lossy().into_owned();
            format!("{file}:{}: {}", e.position.map_or(0, |p| p.line), e.path.as_deref().unwrap_or_default())
        };
        let mut found: Vec<String> = errors.errors().map(placed).collect();
        found.sort();
        assert_eq!(
            found,
            [
                "a.json:12: measures[0].programs[0].financial_resources.paid[0].currency",
                "a.json:16: measures[0].programs[0].id"
            ],
            "{errors}"
        );
        // The repeated id, in the part, names its first use in the main file.
        let repeat = errors.errors().find(|e| e.message.contains("used twice")).expect("the repeat");
        let first = format!(
            "it is first used at {}:13:17 (`measures[0].programs[0].id`)",
            dir.path().join("report.json").display()
        );
        assert!(repeat.hints.iter().any(|h| h.starts_with(&first)), "{repeat}");
    }

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
