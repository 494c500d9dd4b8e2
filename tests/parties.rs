//! Every party's fixture, in its own language and in English: its figures, totals and indicator as
//! the source gives them, no English in a report of another language, no word of another party.
//!
//! Data-driven: each `tests/expected/parties/<fixture>.<lang>.txt` names a fixture of `fixtures/`
//! and a report language. Its lines are phrases the report must show (`a|b` = either form), or,
//! after `!`, phrases it must not show (another party's name, say).
//!
//! Mexico's 2020-form report is also checked for the form's layout, by its bookmarks.

use std::path::{Path, PathBuf};

use informe_tests::words::english_words;
use informe_tests::{bookmarks, expectations, informe, pdf_text, profile_dir, root, run, stderr};

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

/// The titles of the bookmarks directly under the one titled `parent`.
fn children<'a>(marks: &'a [(usize, String)], parent: &str) -> Vec<&'a str> {
    let Some(at) = marks.iter().position(|(_, title)| title == parent) else {
        panic!("no bookmark `{parent}` among {marks:?}");
    };
    let depth = marks[at].0;
    marks[at + 1..]
        .iter()
        .take_while(|(d, _)| *d > depth)
        .filter(|(d, _)| *d == depth + 1)
        .map(|(_, title)| title.as_str())
        .collect()
}

/// The English names of the measures of `list` in a fixture, in its order.
fn measure_names(fixture: &Path, list: &str) -> Vec<String> {
    let text = std::fs::read_to_string(fixture).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let data: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    data[list]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| m["name"]["en"].as_str().expect("an English name").to_owned())
        .collect()
}

/// Mexico's report in the 2020 form: the form's parts in its order, the four goals with their areas,
/// its measures (whose goals no source gives) under the part for measures placed under no goal, in
/// the data's order, and the civil society organization's measure in its own part.
#[test]
fn mexico_s_2020_form_report_has_the_form_s_parts_and_places_each_measure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture = root().join("fixtures/mexico-2016-2019.json");
    let pdf = dir.path().join("mexico-2016-2019.pdf");
    build(&fixture, "en", &pdf);
    let marks = bookmarks(&pdf);
    let parts: Vec<&str> = marks.iter().filter(|(d, _)| *d == 0).map(|(_, title)| title.as_str()).collect();
    assert_eq!(
        parts,
        [
            "1 General information",
            "2 Policies and measures",
            "3 Measures and initiatives reported by civil society organizations",
            "4 Emerging transversal issues",
            "5 Achievements and challenges",
            "Annexes",
        ]
    );
    let goals = children(&marks, "2 Policies and measures");
    let prefixes = ["2.1 Goal 1: ", "2.2 Goal 2: ", "2.3 Goal 3: ", "2.4 Goal 4: ", "2.5 Measures without a goal"];
    assert_eq!(goals.len(), prefixes.len(), "{goals:?}");
    for (goal, prefix) in goals.iter().zip(prefixes) {
        assert!(goal.starts_with(prefix), "`{goal}` where `{prefix}` belongs");
    }
    let areas: Vec<usize> = goals[..4].iter().map(|goal| children(&marks, goal).len()).collect();
    assert_eq!(areas, [4, 3, 2, 2], "the areas of monitoring under each goal");
    let placed = |part: &str, number: &str, list: &str| {
        let expected: Vec<String> = measure_names(&fixture, list)
            .iter()
            .enumerate()
            .map(|(i, name)| format!("{number}.{} Measure: {name}", i + 1))
            .collect();
        assert!(!expected.is_empty(), "no measure in `{list}`");
        assert_eq!(children(&marks, part), expected);
    };
    placed("2.5 Measures without a goal", "2.5", "measures");
    placed("3 Measures and initiatives reported by civil society organizations", "3", "civil_society_measures");
}
