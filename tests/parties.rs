//! Every party's fixture, in its own language and in English: its figures, totals and indicator as
//! the source gives them, no English in a report of another language, no word of another party.
//!
//! Data-driven: each `tests/expected/parties/<fixture>.<lang>.txt` names a fixture of `fixtures/`
//! and a report language. Its lines are phrases the report must show (`a|b` = either form), or,
//! after `!`, phrases it must not show (another party's name, say).

use std::path::{Path, PathBuf};

use informe_tests::words::english_words;
use informe_tests::{expectations, informe, pdf_text, profile_dir, root, run, stderr};

/// The expectation files, with the fixture and language each names.
fn cases() -> Vec<(PathBuf, PathBuf, String)> {
    let dir = root().join("tests/expected/parties");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let stem = path.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 name").to_owned();
            let (fixture, language) = stem.rsplit_once('.').expect("<fixture>.<lang>.txt");
            (path.clone(), root().join(format!("fixtures/{fixture}.json")), language.to_owned())
        })
        .collect();
    cases.sort();
    cases
}

fn build(fixture: &Path, language: &str, pdf: &Path) -> String {
    let output = run(informe()
        .arg("build")
        .arg(fixture)
        .arg("-o")
        .arg(pdf)
        .args(["--lang", language])
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{} in {language}: {}", fixture.display(), stderr(&output));
    pdf_text(pdf)
}

#[test]
fn each_party_report_shows_its_figures_in_its_language_and_nothing_foreign() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = cases();
    assert!(!cases.is_empty(), "no expectation files");
    let mut failures = Vec::new();
    for (expected, fixture, language) in cases {
        let name = expected.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let pdf = dir.path().join(format!("{name}.pdf"));
        let text = build(&fixture, &language, &pdf);
        for alternatives in expectations(&expected) {
            match alternatives[0].strip_prefix('!') {
                Some(absent) if text.contains(absent) => failures.push(format!("{name}: shows “{absent}”")),
                Some(_) => {}
                None if !alternatives.iter().any(|a| text.contains(a.as_str())) => {
                    failures.push(format!("{name}: lacks “{}”", alternatives[0]));
                }
                None => {}
            }
        }
        if language != "en" {
            let english = english_words(&pdf, &language, &fixture);
            if !english.is_empty() {
                failures.push(format!("{name}: English words in the {language} report: {}", english.join(" ")));
            }
        }
    }
    assert!(failures.is_empty(), "\n  {}", failures.join("\n  "));
}

/// The language check can fail: an English report read as Spanish is full of English words.
#[test]
fn the_language_check_finds_english_in_a_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("en.pdf");
    build(&root().join("fixtures/mexico-2012-2015.json"), "en", &pdf);
    let english = english_words(&pdf, "es", &root().join("fixtures/mexico-2012-2015.json"));
    for word in ["projects", "benefited", "through"] {
        assert!(english.iter().any(|w| w == word), "`{word}` not found among {english:?}");
    }
}
