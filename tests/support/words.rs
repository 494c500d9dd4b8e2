//! English words in a report written in another language, found as a reader's spell checker would.
//!
//! The words of the report's text that the language's hunspell dictionary does not know, and the
//! English one does, are English leaking into the report. Capitalised words (names, acronyms,
//! sentence starts) are left out: a proper name is not a foreign word.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use serde_json::Value;
use std::process::{Command, Stdio};

/// The hunspell dictionary of a report language.
fn dictionary(language: &str) -> &'static str {
    match language {
        "es" => "es_MX",
        "pt" => "pt_BR",
        "fr" => "fr_FR",
        "en" => "en_US",
        other => panic!("no dictionary for the language `{other}`"),
    }
}

/// The words of the data file's strings the report may show as written: plain strings, the entry
/// in `language` of a text given by language (`{"en": …, "es": …}`), or all its entries when it
/// lacks `language`.
fn data_words(data: &Path, language: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(data).unwrap_or_else(|e| panic!("{}: {e}", data.display()));
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", data.display()));
    let mut strings = Vec::new();
    collect(&value, language, &mut strings);
    strings.iter().flat_map(|s| s.split(|c: char| !c.is_alphabetic())).map(str::to_owned).collect()
}

/// Pushes the strings of `value` the report may show in `language`.
fn collect<'a>(value: &'a Value, language: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter().for_each(|v| collect(v, language, out)),
        Value::Object(map) => {
            // A text by language that has the report's language: only that entry is the data's
            // word there. One that lacks it falls back (with a warning) to another language.
            let by_language = !map.is_empty() && map.iter().all(|(k, v)| v.is_string() && is_language_tag(k));
            let has = |k: &String| k.split('-').next() == Some(language);
            let translated = by_language && map.keys().any(has);
            for (key, v) in map {
                // Identifiers and codes are never words of the report.
                let code =
                    ["id", "family", "indicator", "footnote", "currency", "qualifier", "language", "country_code"]
                        .contains(&key.as_str());
                if !code && (!translated || has(key)) {
                    collect(v, language, out);
                }
            }
        }
        _ => {}
    }
}

/// `en`, `es`, `pt-BR`: the keys of a text given by language.
fn is_language_tag(key: &str) -> bool {
    let primary = key.split('-').next().unwrap_or_default();
    (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase())
}

/// Runs hunspell with `args` on one word a line; returns its output lines.
fn hunspell(args: &[&str], words: &[String]) -> Vec<String> {
    let mut child = Command::new("hunspell")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run hunspell (install hunspell hunspell-es hunspell-en-us hunspell-fr hunspell-pt-br)");
    let mut stdin = child.stdin.take().expect("hunspell's stdin");
    stdin.write_all(words.join("\n").as_bytes()).expect("write to hunspell");
    drop(stdin);
    let out = child.wait_with_output().expect("hunspell's output");
    assert!(out.status.success(), "hunspell {args:?} failed");
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect();
    lines.sort();
    lines.dedup();
    lines
}

/// The English words of the PDF report `pdf`, written in `language` (`es`, `pt`, `fr`), sorted.
///
/// The words of the report's data file `data` that the report may show as written are left out:
/// its texts in `language`, its plain strings (names), and the texts that lack `language`, which
/// the report shows in another with a fallback warning. What remains is what informe and its
/// plugins wrote, plus the other languages of texts the data does give in `language`, which the
/// report must not show.
pub fn english_words(pdf: &Path, language: &str, data: &Path) -> Vec<String> {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed on {}", pdf.display());
    // A word hyphenated at a line end, by a hyphen or a soft hyphen, is one word.
    let text = String::from_utf8_lossy(&out.stdout).replace("-\n", "").replace("\u{ad}\n", "").replace('\u{ad}', "");
    let own = data_words(data, language);
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| !own.contains(*w))
        .map(str::to_owned)
        .collect();
    words.sort();
    words.dedup();
    let unknown = hunspell(&["-d", dictionary(language), "-l"], &words);
    if unknown.is_empty() {
        return unknown;
    }
    // `-G` prints the words the dictionary accepts.
    hunspell(&["-d", dictionary("en"), "-G"], &unknown)
}
