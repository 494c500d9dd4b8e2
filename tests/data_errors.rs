//! Bad data files: each `tests/data/errors/NAME.json` must fail with exit code 2, print exactly
//! `NAME.stderr` (the data path written as `$DATA`) and leave an existing output untouched; and
//! `informe check` must refuse it too, with the same diagnostics: what a build refuses, check
//! finds from the data.
//!
//! Set `UPDATE_EXPECT=1` to rewrite the `.stderr` files from the current behaviour, then review
//! the diff.

use std::path::Path;

use informe_tests::{informe, profile_dir, root, run, stderr};

#[test]
fn every_bad_data_file_fails_with_its_expected_diagnostics() {
    let dir = root().join("tests/data/errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("list cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "cases went missing: {} in {}", cases.len(), dir.display());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(message) = check(case, update) {
            failures.push(message);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn check(case: &Path, update: bool) -> Result<(), String> {
    let name = case.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
    let out_dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let pdf = out_dir.path().join("report.pdf");
    std::fs::write(&pdf, b"the previous report").map_err(|e| e.to_string())?;

    let output = run(informe().arg("build").arg(case).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir()));
    let got = stderr(&output).replace(&case.display().to_string(), "$DATA");
    let expected_file = case.with_extension("stderr");
    if update {
        std::fs::write(&expected_file, &got).map_err(|e| e.to_string())?;
    }
    let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
    let mut problems = Vec::new();
    if output.status.code() != Some(2) {
        problems.push(format!("exit code {:?}, expected 2", output.status.code()));
    }
    if got != expected {
        problems.push(format!("stderr differs\n--- expected\n{expected}--- got\n{got}"));
    }
    let checked = run(informe().arg("check").arg(case).arg("--plugins").arg(profile_dir()));
    let check_said = stderr(&checked).replace(&case.display().to_string(), "$DATA");
    if checked.status.code() != Some(2) {
        problems.push(format!("check: exit code {:?}, expected 2", checked.status.code()));
    }
    if !check_said.starts_with(got.trim_end()) {
        problems.push(format!("check says other than build\n--- build\n{got}--- check\n{check_said}"));
    }
    // As JSON, the same diagnostics, one object per line, each the human line's fields.
    let json = run(informe().args(["--message-format", "json", "check"]).arg(case).arg("--plugins").arg(profile_dir()));
    let human: Vec<&str> =
        check_said.lines().filter(|l| l.starts_with("error: ") || l.starts_with("warning: ")).collect();
    let objects: Vec<serde_json::Value> =
        stderr(&json).lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
    if objects.len() != stderr(&json).lines().count() || objects.len() != human.len() {
        problems.push(format!("check as JSON says otherwise\n--- human\n{check_said}--- json\n{}", stderr(&json)));
    }
    for (object, line) in objects.iter().zip(&human) {
        // JSON carries the text as written (its own escapes make it harmless); a terminal line
        // writes control characters and bidirectional overrides as escapes.
        let message: String = object["message"]
            .as_str()
            .unwrap_or_default()
            .chars()
            .map(|c| match c {
                c if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') => {
                    format!("\\u{{{:x}}}", u32::from(c))
                }
                c => c.to_string(),
            })
            .collect();
        let severity = object["severity"].as_str().unwrap_or_default();
        let at = object["line"].as_u64().map(|l| format!(":{l}:{}: ", object["column"])).unwrap_or_default();
        if !line.starts_with(severity) || !line.contains(&at) || !line.ends_with(&message) {
            problems.push(format!("the JSON diagnostic {object} is not the line {line}"));
        }
    }
    if std::fs::read(&pdf).map_err(|e| e.to_string())? != b"the previous report" {
        problems.push("the existing output was changed".to_owned());
    }
    if std::fs::read_dir(out_dir.path()).map_err(|e| e.to_string())?.count() != 1 {
        problems.push("stray files were left beside the output".to_owned());
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{name}: {}", problems.join("; "))) }
}

#[test]
fn a_data_file_past_the_size_limit_is_refused_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A sparse file one byte past 64 MiB takes no disk; /dev/zero never ends.
    let big = dir.path().join("big.json");
    std::fs::File::create(&big).expect("create").set_len((64 << 20) + 1).expect("grow");
    for data in [big.as_path(), Path::new("/dev/zero")] {
        let pdf = dir.path().join("report.pdf");
        let output = run(informe().arg("build").arg(data).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir()));
        assert_eq!(output.status.code(), Some(2), "{}: {}", data.display(), stderr(&output));
        let expected = format!("error: {}: the file is larger than 64 MiB, the most informe reads", data.display());
        assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
        assert!(!pdf.exists(), "a report was written");
    }
}
