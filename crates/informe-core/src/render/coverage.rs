//! Which characters of the data the report can show: those the embedded fonts cover.
//!
//! The world sees only the fonts bundled with Typst (see [`super::world`]), and a PDF/A or PDF/UA
//! file may not hold text without a glyph. Typst finds that out only while exporting, naming a
//! font and no data; so every text of the data is checked here first, before a build or a
//! `check` says the data is good, and a character no embedded font has is a data error at the
//! path of its text.

use std::collections::HashMap;

use serde_json::Value;

use crate::data::model::Report;
use crate::diagnostic::Diagnostic;

/// How many distinct characters one diagnostic names before it only counts the rest.
const NAMED: usize = 3;

/// Whether some embedded font has a glyph for `c`, or the character needs none.
///
/// Line breaks and tabs are whitespace Typst lays out itself; default-ignorable characters
/// (soft hyphen, joiners, variation selectors) are never drawn. Other control characters, NUL
/// included, are nothing a report can show; nor are private-use characters and noncharacters
/// (U+FEFF as text, U+FFFE), which PDF/A and PDF/UA forbid as the text of a glyph whatever the
/// font draws for them.
pub fn showable(c: char) -> bool {
    if matches!(c, '\n' | '\r' | '\t') {
        return true;
    }
    let code = u32::from(c);
    let private = matches!(code, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    let noncharacter = code == 0xFEFF || (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE;
    if c.is_control() || private || noncharacter {
        return false;
    }
    if typst::text::is_default_ignorable(c) {
        return true;
    }
    let book = super::world::fonts().book();
    (0..).map_while(|index| book.info(index)).any(|info| info.coverage.contains(u32::from(c)))
}

/// One error per text of `report` holding characters the report cannot show, at the text's JSON
/// path, naming the characters.
///
/// The report is walked as it serializes, which after localization is the texts the report shows
/// in its language (a text by language has become its one string), at the paths they have in the
/// data file; a family's `data`, which its plugin resolves, is checked in every language. The
/// data's `institution` names a folder, never shown, and is left out.
pub fn unshowable(report: &Report) -> Vec<Diagnostic> {
    let Ok(value) = serde_json::to_value(report) else { return Vec::new() };
    let mut known = HashMap::new();
    let mut out = Vec::new();
    if let Value::Object(fields) = &value {
        for (key, value) in fields.iter().filter(|(key, _)| key.as_str() != "institution") {
            walk(value, key.clone(), &mut known, &mut out);
        }
    }
    out
}

fn walk(value: &Value, path: String, known: &mut HashMap<char, bool>, out: &mut Vec<Diagnostic>) {
    match value {
        Value::String(text) => {
            if let Some(diagnostic) = check_text(text, known) {
                out.push(diagnostic.at_path(path));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), known, out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                walk(item, format!("{path}.{key}"), known, out);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// The error for `text`, if it holds characters [`showable`] refuses.
fn check_text(text: &str, known: &mut HashMap<char, bool>) -> Option<Diagnostic> {
    let mut bad: Vec<char> = Vec::new();
    let mut previous = None;
    for c in text.chars() {
        let after = previous.replace(c);
        // Printable ASCII is in every embedded text font: the common case costs no lookup.
        if (' '..='~').contains(&c) {
            continue;
        }
        if !*known.entry(c).or_insert_with(|| showable(c)) && !bad.contains(&c) {
            bad.push(c);
        }
        // An invisible character opening a line (after a carriage return or a line or paragraph
        // separator, which Typst breaks at) is laid out alone, as text without a glyph, which
        // PDF/A and PDF/UA refuse.
        if after.is_some_and(|p| matches!(p, '\r' | '\n' | '\u{2028}' | '\u{2029}'))
            && typst::text::is_default_ignorable(c)
        {
            return Some(
                Diagnostic::error(format!(
                    "the text has the invisible character {} at the start of a line",
                    describe(c)
                ))
                .with_hint(
                    "remove it, or put it after the first letter of the line: alone it is text the PDF cannot hold",
                ),
            );
        }
    }
    let first = *bad.first()?;
    let named: Vec<String> = bad.iter().take(NAMED).map(|&c| describe(c)).collect();
    let more = bad.len().saturating_sub(NAMED);
    let list = if more > 0 { format!("{} and {more} more", named.join(", ")) } else { named.join(", ") };
    let (message, hint) = if first.is_control() && bad.iter().all(|c| c.is_control()) {
        (format!("the text holds the control character {list}"), "remove it: a report shows no control characters")
    } else {
        (
            format!("the text holds {list}, which the report's fonts cannot show"),
            "the embedded fonts cover Latin, Greek and Cyrillic scripts; write the text without these characters (emoji, CJK and control characters cannot be shown)",
        )
    };
    Some(Diagnostic::error(message).with_hint(hint))
}

/// A character as a diagnostic names it: visible ones quoted, with the code point.
fn describe(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("`{c}` (U+{:04X})", u32::from(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(results: &str) -> Report {
        serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en",
            "institution": "文化",
            "measures": [{"name": "M", "programs": [{"id": "p", "name": "P", "family": "f",
                "results_expected": results,
                "data": {"projects": [{"title": {"en": "ok", "es": "cafe\u{301} 🎵"}}]}}]}]
        }))
        .expect("report")
    }

    #[test]
    fn latin_greek_cyrillic_and_layout_characters_are_shown() {
        for c in ['é', 'ñ', 'ç', 'ß', 'Ω', 'Ж', '€', '\u{a0}', '\u{202f}', '\u{ad}', '\u{200d}', '\n', '\t', '–', '“']
        {
            assert!(showable(c), "{c:?} refused");
        }
        for c in ['\0', '\u{1b}', '\u{7f}', '中', '😀', '한', '\u{feff}', '\u{fffe}', '\u{e000}', '\u{10fffd}'] {
            assert!(!showable(c), "{c:?} accepted");
        }
    }

    #[test]
    fn each_text_with_characters_no_font_has_is_an_error_at_its_path() {
        let found = unshowable(&report("ok 文化合作 😀 and \0"));
        let mut paths: Vec<&str> = found.iter().filter_map(|d| d.path.as_deref()).collect();
        paths.sort_unstable();
        // The institution's folder name is no text of the report.
        assert_eq!(
            paths,
            ["measures[0].programs[0].data.projects[0].title.es", "measures[0].programs[0].results_expected"]
        );
        let message = |path: &str| found.iter().find(|d| d.path.as_deref() == Some(path)).expect(path).message.clone();
        let results = message("measures[0].programs[0].results_expected");
        assert!(results.contains("`文` (U+6587), `化` (U+5316), `合` (U+5408) and 3 more"), "{results}");
        let title = message("measures[0].programs[0].data.projects[0].title.es");
        assert!(title.contains("`🎵` (U+1F3B5)"), "{title}");
        assert!(found.iter().all(Diagnostic::is_error));
    }

    #[test]
    fn an_invisible_character_opening_a_line_is_an_error_and_within_one_is_not() {
        for text in ["a\r\u{202e}b", "a\r\n\u{ad}", "a\u{2028}\u{ad}", "x\n\u{200d}"] {
            let found = unshowable(&report(text));
            let message = &found.last().expect(text).message;
            assert!(message.contains("at the start of a line"), "{text:?}: {message}");
        }
        for text in ["a\u{202e}b", "Bi\u{ad}blio\u{ad}te\u{ad}ca", "\u{ad}a", "a\n b", "a\r\nb"] {
            let found = unshowable(&report(text));
            assert!(
                found.iter().all(|d| d.path.as_deref() != Some("measures[0].programs[0].results_expected")),
                "{text:?}: {found:?}"
            );
        }
    }

    #[test]
    fn a_nul_alone_is_named_as_a_control_character() {
        let found = unshowable(&report("a\0b"));
        let message = &found.last().expect("found").message;
        assert_eq!(message, "the text holds the control character U+0000");
    }
}
