//! The whole periodic report in the 2020 form's layout, in English and Spanish: its parts in the
//! form's order (text and bookmarks), measures under their goal and first area and referenced
//! from their other areas, key questions answered or not reported, the sections the data lacks
//! not reported, and the form's rules warned where the data breaks them.
//!
//! The reports are built from the shipped fixture's one real measure, split and tagged for the
//! form as `tests/data/form2020*.json` say (a test's input, not a claim about Mexico's report).
//! The bookmarks are kept in `tests/expected/form2020/*.bookmarks`, the phrases each report holds
//! in order in `tests/expected/form2020/*.txt`; `UPDATE_EXPECT=1` rewrites the bookmarks.

use std::path::{Path, PathBuf};

use informe_tests::{bookmark_lines, fixture_with, informe, pdf_text, profile_dir, root, run, stderr};

fn update() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// The shipped fixture as the overlay `tests/data/NAME.json` makes it: its `report` fields set,
/// and its one measure split into the `measures` listed, each keeping the programs named and
/// taking the fields of `set`.
fn data(dir: &Path, name: &str) -> PathBuf {
    let path = root().join(format!("tests/data/{name}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let overlay: serde_json::Value = serde_json::from_str(&text).expect("an overlay is JSON");
    fixture_with(dir, &format!("{name}.json"), |report| {
        for (key, value) in overlay["report"].as_object().into_iter().flatten() {
            report[key] = value.clone();
        }
        let Some(parts) = overlay["measures"].as_array() else { return };
        let measure = report["measures"][0].clone();
        let split = parts
            .iter()
            .map(|part| {
                let mut copy = measure.clone();
                let keep: Vec<&str> =
                    part["programs"].as_array().into_iter().flatten().filter_map(|p| p.as_str()).collect();
                let programs = measure["programs"].as_array().expect("programs");
                copy["programs"] =
                    programs.iter().filter(|p| keep.contains(&p["id"].as_str().unwrap_or_default())).cloned().collect();
                assert_eq!(
                    copy["programs"].as_array().map(Vec::len),
                    Some(keep.len()),
                    "{name}: a program is not the fixture's"
                );
                for (key, value) in part["set"].as_object().into_iter().flatten() {
                    copy[key] = value.clone();
                }
                copy
            })
            .collect();
        report["measures"] = serde_json::Value::Array(split);
    })
}

/// Builds `data` in `lang` into `dir`, returning the PDF and the diagnostics.
fn build(data: &Path, lang: &str, dir: &Path) -> (PathBuf, String) {
    let pdf = dir.join(format!("{}.{lang}.pdf", data.file_stem().and_then(|s| s.to_str()).unwrap_or("report")));
    let output = run(informe()
        .arg("build")
        .arg(data)
        .arg("-o")
        .arg(&pdf)
        .args(["--lang", lang])
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "build failed:\n{}", stderr(&output));
    (pdf, stderr(&output))
}

/// The report's body (after its contents) on one line: the second occurrence of `first` on.
fn body(pdf: &Path, first: &str) -> String {
    let text = pdf_text(pdf);
    let line = text.lines().next().unwrap_or_default().to_owned();
    let start = line.match_indices(first).nth(1).map_or(0, |(i, _)| i);
    line[start..].to_owned()
}

/// Whether `phrases` occur in `text` in this order.
fn in_order(text: &str, phrases: &[String]) -> Result<(), String> {
    let mut from = 0;
    for phrase in phrases {
        match text[from..].find(phrase.as_str()) {
            Some(i) => from += i + phrase.len(),
            None => return Err(format!("`{phrase}` is missing or out of order")),
        }
    }
    Ok(())
}

/// The phrases of `tests/expected/form2020/NAME.txt`, one a line (blank lines and `#` comments
/// skipped).
fn phrases(name: &str) -> Vec<String> {
    let path = root().join(format!("tests/expected/form2020/{name}.txt"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The bookmarks of `pdf` against `tests/expected/form2020/NAME.bookmarks`, rewritten under
/// `UPDATE_EXPECT`.
fn expect_bookmarks(pdf: &Path, name: &str) {
    let got = bookmark_lines(pdf).iter().map(|line| format!("{line}\n")).collect::<String>();
    let path = root().join(format!("tests/expected/form2020/{name}.bookmarks"));
    if update() {
        std::fs::write(&path, &got).expect("write bookmarks");
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(want == got, "{} differs\n--- expected\n{want}--- got\n{got}", path.display());
}

#[test]
fn a_2020_report_lays_out_the_form_s_parts_goals_areas_and_measures_in_english_and_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data(dir.path(), "form2020");
    for (lang, first) in [("en", "General information"), ("es", "Información general")] {
        let (pdf, warnings) = build(&data, lang, dir.path());
        assert!(!warnings.contains("required by the"), "{lang}: a complete report is not warned:\n{warnings}");
        let body = body(&pdf, first);
        in_order(&body, &phrases(lang)).unwrap_or_else(|e| panic!("{lang}: {e}\n{body}"));
        expect_bookmarks(&pdf, lang);

        // Each measure is laid out once, under its first area (or its goal): a multi-area
        // measure's other areas reference it.
        let marks = bookmark_lines(&pdf).join("\n");
        for part in ["A", "B", "C"] {
            let heading = marks.lines().filter(|m| m.contains(&format!(" {part}: "))).count();
            assert_eq!(heading, 1, "{lang}: measure {part} bookmarked {heading} times:\n{marks}");
        }
    }
}

#[test]
fn a_file_of_measures_in_the_2020_form_shows_every_part_it_lacks_as_not_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = fixture_with(dir.path(), "untagged.json", |report| report["form"] = serde_json::json!("2020"));
    let (pdf, warnings) = build(&data, "en", dir.path());
    // Tagged with no goal, the measure lies among the untagged ones, and the form's requirement
    // is warned at it.
    assert!(
        warnings.contains("at `measures[0]`: required by the 2020 form, missing: at least one goal of the Convention it serves (`goals`)"),
        "{warnings}"
    );
    let body = body(&pdf, "General information");
    in_order(&body, &phrases("untagged")).unwrap_or_else(|e| panic!("{e}\n{body}"));
    // Eleven areas, none with key questions or measures.
    assert_eq!(body.matches("Key questions Not reported").count(), 11, "{body}");
    assert_eq!(body.matches("Measures Not reported").count(), 11, "{body}");
    expect_bookmarks(&pdf, "untagged");
}

#[test]
fn the_form_s_rules_are_warned_where_the_data_breaks_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data(dir.path(), "form2020-rules");
    let output = run(informe().arg("check").arg(&data).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "warnings do not fail a check:\n{}", stderr(&output));
    let warnings = stderr(&output);
    let text = std::fs::read_to_string(&data).expect("data");
    // Each warning names its path and the line of the data it points at.
    for (path, needle, said) in [
        (
            "measures[0].areas[1]",
            "\"gender-equality\"",
            "the area `gender-equality` belongs to goal 4, which the measure does not list among its goals (2)",
        ),
        ("measures[0].chapter", "\"chapter\"", "`chapter` belongs to the 2012 form"),
        (
            "measures[0].financial_resources.currency",
            "\"CAD\"",
            "the form asks the financial resources allocated to the measure in USD; this amount is in CAD",
        ),
        ("civil_society", "\"civil_society\"", "`civil_society` belongs to the 2012 form"),
    ] {
        let line = warnings
            .lines()
            .find(|l| l.contains(&format!("at `{path}`")))
            .unwrap_or_else(|| panic!("no warning at {path}:\n{warnings}"));
        assert!(line.starts_with("warning:") && line.contains(said), "{line}");
        let row = text.lines().position(|l| l.contains(needle)).expect("needle in data") + 1;
        assert!(line.contains(&format!(".json:{row}:")), "{path}: not at line {row}: {line}");
    }
    assert!(
        warnings.contains(
            "at `civil_society_measures[0]`: required by the 2020 form, missing: the civil society organization that reports it (`organization`)"
        ),
        "{warnings}"
    );
}
