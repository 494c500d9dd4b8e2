//! English words in a report written in another language, found as a reader's spell checker would.
//!
//! The words of the report's text that the language's hunspell dictionary does not know, and the
//! English one does, are English leaking into the report. Capitalised words (names, acronyms,
//! sentence starts) are left out: a proper name is not a foreign word.

use std::io::Write;
use std::path::Path;
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
pub fn english_words(pdf: &Path, language: &str) -> Vec<String> {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(pdf).arg("-").output().expect("run pdftotext");
    assert!(out.status.success(), "pdftotext failed on {}", pdf.display());
    // A word hyphenated at a line end is one word.
    let text = String::from_utf8_lossy(&out.stdout).replace("-\n", "").replace('\u{ad}', "");
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_lowercase))
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
