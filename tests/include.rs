//! Reports assembled from several files: Mexico's complete 2012-form report, whose measure is a
//! part it includes, in English and Spanish (the form's sections in order, "Not reported" where
//! the sources say nothing, the measure's figures, the bookmarks); the same PDF and workbook as a
//! single file holding the measures; `check`, `build`, `batch` and `watch` on parts; and bad
//! parts, each case a folder `tests/data/include/NAME/` (`report.json`, its parts, optional extra
//! arguments in `args`) with `check`'s stderr in `tests/expected/include/NAME.stderr`.
//!
//! Set `UPDATE_EXPECT=1` to rewrite the `.stderr` and `.bookmarks` files from the current
//! behaviour, then review the diff.

use std::path::{Path, PathBuf};

use informe_tests::{
    Watching, bookmark_lines, expectations, informe, missing, pdf_text, profile_dir, root, run, stderr,
};

/// The complete report of the fixtures, which includes `mexico-2012-2015.json`.
fn complete_report() -> PathBuf {
    root().join("fixtures/mexico-2012-2015-report.json")
}

fn update() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some()
}

/// `expected` compared with `got`, or rewritten from it with `UPDATE_EXPECT`.
fn expect_file(expected: &Path, got: &str) -> Result<(), String> {
    if update() {
        std::fs::write(expected, got).map_err(|e| e.to_string())?;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    if want == got {
        Ok(())
    } else {
        Err(format!("{} differs\n--- expected\n{want}--- got\n{got}", expected.display()))
    }
}

fn build(data: &Path, outputs: &[&Path], extra: &[&str]) -> std::process::Output {
    let mut command = informe();
    command.env("SOURCE_DATE_EPOCH", "1700000000").arg("build").arg(data);
    for output in outputs {
        command.arg("-o").arg(output);
    }
    run(command.arg("--plugins").arg(profile_dir()).args(extra))
}

/// The body of the report (after the contents, which list `opening`, the first heading, first),
/// on one line.
fn body(pdf: &Path, opening: &str) -> String {
    let text = pdf_text(pdf);
    let first = text.lines().next().unwrap_or_default().to_owned();
    let start = first.match_indices(opening).nth(1).map_or(0, |(i, _)| i);
    first[start..].to_owned()
}

/// Fails naming the first of `phrases` that `text` lacks after the ones before it.
fn in_order(text: &str, phrases: &[Vec<String>]) -> Result<(), String> {
    let mut from = 0;
    for alternatives in phrases {
        let found = alternatives.iter().filter_map(|p| text[from..].find(p.as_str()).map(|i| i + p.len())).min();
        match found {
            Some(end) => from += end,
            None => return Err(format!("`{}` is missing or out of order", alternatives[0])),
        }
    }
    Ok(())
}

#[test]
fn mexico_s_complete_report_lays_out_the_2012_form_with_its_measure_from_a_part_in_english_and_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = root().join("tests/expected/include");
    let mut failures = Vec::new();
    for (lang, opening) in [("en", "Executive summary"), ("es", "Resumen ejecutivo")] {
        let pdf = dir.path().join(format!("mexico.{lang}.pdf"));
        let output = build(&complete_report(), &[&pdf], &["--lang", lang]);
        assert!(output.status.success(), "{lang}: build failed:\n{}", stderr(&output));
        // The part is a whole report of the same party, period, form and language: nothing to say.
        assert!(!stderr(&output).contains("warning"), "{lang}: {}", stderr(&output));
        let body = body(&pdf, opening);
        let order = expectations(&expected.join(format!("mexico-2012-2015-report.{lang}.order.txt")));
        if let Err(e) = in_order(&body, &order) {
            failures.push(format!("{lang}: {e}\n{body}"));
        }
        if let Err(e) = expect_file(
            &expected.join(format!("mexico-2012-2015-report.{lang}.bookmarks")),
            &bookmark_lines(&pdf).iter().map(|line| format!("{line}\n")).collect::<String>(),
        ) {
            failures.push(e);
        }
        if lang == "en" {
            // The seed's facts, all from the included part, when the shared checks are beside the checkout.
            let seed_facts = root().join("../shared/checks/seed-facts.txt");
            if seed_facts.is_file() {
                let lacking = missing(&pdf_text(&pdf), &expectations(&seed_facts));
                if !lacking.is_empty() {
                    failures.push(format!("the report lacks seed facts:\n  {}", lacking.join("\n  ")));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_report_of_parts_gives_the_very_pdf_and_workbook_of_one_file_holding_their_measures() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The single file has the main file's name, in a folder of its own: the workbook names its data file.
    let single_dir = dir.path().join("single");
    std::fs::create_dir(&single_dir).expect("single dir");
    let read = |path: &Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("JSON")
    };
    let mut single = read(&complete_report());
    let part = read(&root().join("fixtures/mexico-2012-2015.json"));
    single.as_object_mut().expect("object").remove("include");
    single["measures"] = part["measures"].clone();
    let single_data = single_dir.join("mexico-2012-2015-report.json");
    std::fs::write(&single_data, serde_json::to_vec_pretty(&single).expect("encode")).expect("write");

    let outputs = |folder: &Path| (folder.join("r.pdf"), folder.join("r.ods"));
    let (parts_pdf, parts_ods) = outputs(dir.path());
    let (single_pdf, single_ods) = outputs(&single_dir);
    for (data, pdf, ods) in [(complete_report(), &parts_pdf, &parts_ods), (single_data, &single_pdf, &single_ods)] {
        let output = build(&data, &[pdf, ods], &[]);
        assert!(output.status.success(), "{}: {}", data.display(), stderr(&output));
    }
    let bytes = |path: &Path| std::fs::read(path).expect("read output");
    assert!(bytes(&parts_pdf) == bytes(&single_pdf), "the PDFs differ");
    assert!(bytes(&parts_ods) == bytes(&single_ods), "the workbooks differ");
}

/// The extra arguments of a case, one per line of its `args` file.
fn case_args(case: &Path) -> Vec<String> {
    std::fs::read_to_string(case.join("args")).map(|a| a.lines().map(str::to_owned).collect()).unwrap_or_default()
}

#[test]
fn every_part_is_checked_in_its_own_file_by_check_and_build_alike() {
    let dir = root().join("tests/data/include");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("list cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("report.json").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "cases went missing: {} in {}", cases.len(), dir.display());
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(message) = check_case(case) {
            failures.push(format!("{}: {message}", case.file_name().unwrap_or_default().to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// One case: `check` run in the case's folder (so files are named as their authors know them)
/// says what is expected; `build` says the same, exits alike, and writes nothing on an error.
fn check_case(case: &Path) -> Result<(), String> {
    let name = case.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let args = case_args(case);
    let checked = run(informe()
        .current_dir(case)
        .arg("check")
        .arg("report.json")
        .arg("--plugins")
        .arg(profile_dir())
        .args(&args));
    let said = stderr(&checked);
    expect_file(&root().join(format!("tests/expected/include/{name}.stderr")), &said)?;
    let failing = said.lines().any(|line| line.starts_with("error"));
    let code = if failing { 2 } else { 0 };
    if checked.status.code() != Some(code) {
        return Err(format!("check: exit code {:?}, expected {code}", checked.status.code()));
    }

    let out = tempfile::tempdir().map_err(|e| e.to_string())?;
    let pdf = out.path().join("report.pdf");
    let built = run(informe()
        .current_dir(case)
        .arg("build")
        .arg("report.json")
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(profile_dir())
        .args(&args));
    if built.status.code() != Some(code) {
        return Err(format!("build: exit code {:?}, expected {code}\n{}", built.status.code(), stderr(&built)));
    }
    // Every diagnostic of check's (its last line is its count), as build tells it.
    let told = stderr(&built);
    let diagnostics = said.lines().count().saturating_sub(1);
    if let Some(line) = said.lines().take(diagnostics).find(|line| !told.contains(line)) {
        return Err(format!("build does not say `{line}`:\n{told}"));
    }
    if failing == pdf.exists() {
        return Err(format!("a failing build wrote a report, or a passing one none: {}", pdf.exists()));
    }
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_part_that_is_a_link_out_of_the_main_file_s_folder_is_refused_at_its_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("report");
    std::fs::create_dir(&folder).expect("report folder");
    std::fs::copy(root().join("tests/data/include/outside.json"), dir.path().join("outside.json")).expect("copy");
    std::os::unix::fs::symlink("../outside.json", folder.join("inbal.json")).expect("link");
    std::fs::copy(root().join("tests/data/include/escape-parent/report.json"), folder.join("report.json"))
        .expect("copy");
    let data = folder.join("report.json");
    let text = std::fs::read_to_string(&data).expect("read").replace("../outside.json", "inbal.json");
    std::fs::write(&data, text).expect("write");

    let output =
        run(informe().current_dir(&folder).arg("check").arg("report.json").arg("--plugins").arg(profile_dir()));
    let said = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{said}");
    let outside = dir.path().canonicalize().expect("resolve").join("outside.json");
    let expected = format!(
        "error: report.json:7:15: at `include[0]`: `inbal.json` is a link to {}, outside the main file's folder",
        outside.display()
    );
    assert!(said.starts_with(&expected), "{said}");
}

#[test]
fn batch_builds_a_report_of_parts_as_build_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let built = dir.path().join("built.pdf");
    let output = build(&complete_report(), &[&built], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = run(informe()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .arg("batch")
        .arg(complete_report())
        .arg("-d")
        .arg(dir.path())
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let batched = dir.path().join("mexico-2012-2015-report.pdf");
    assert!(std::fs::read(&batched).expect("batch output") == std::fs::read(&built).expect("build output"));
}

/// Waits for a stderr line of the watch containing `needle`; the bound only guards a hung test.

#[test]
fn watch_rebuilds_when_a_part_changes_even_in_a_folder_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let agencies = dir.path().join("agencies");
    std::fs::create_dir(&agencies).expect("agencies folder");
    let part = agencies.join("mexico-2012-2015.json");
    let original = std::fs::read_to_string(root().join("fixtures/mexico-2012-2015.json")).expect("fixture");
    std::fs::write(&part, &original).expect("write part");
    let main = std::fs::read_to_string(complete_report()).expect("complete report");
    let data = dir.path().join("report.json");
    std::fs::write(&data, main.replace("\"mexico-2012-2015.json\"", "\"agencies/mexico-2012-2015.json\""))
        .expect("write main");
    let pdf = dir.path().join("out").join("report.pdf");
    std::fs::create_dir(pdf.parent().expect("parent")).expect("out dir");

    let watch = Watching::start([data.as_os_str(), "-o".as_ref(), pdf.as_os_str()]);

    watch.wait_for("watching");
    assert!(pdf_text(&pdf).contains("more than 168"));

    std::fs::write(&part, original.replace("\"projects\": 7", "\"projects\": \"seven\"")).expect("break the part");
    let error = watch.wait_for("error:");
    assert!(error.contains("agencies/mexico-2012-2015.json:") && error.contains("data.projects"), "{error}");
    watch.wait_for("build failed; watching for the next change");

    std::fs::write(&part, original.replace("\"projects\": 7", "\"projects\": 9")).expect("fix the part");
    watch.wait_for("wrote");
    assert!(pdf_text(&pdf).contains("more than 170"), "the rebuilt report lacks the new total");
}

#[test]
fn an_institution_s_programs_taken_from_a_report_of_parts_are_still_located_in_their_part() {
    // imcine reports on IBERMEDIA alone, the first program of the second part but the only one
    // left once selected: its problem is still where it is written.
    let case = root().join("tests/data/include/plugin-error-in-part");
    let expected = "error: imcine.json:14:21: at `measures[0].programs[0].data.projectz`: unknown field `projectz` (plugin `audiovisual`)";
    let out = tempfile::tempdir().expect("temp dir");
    let built = run(informe()
        .current_dir(&case)
        .args(["build", "report.json", "--institution", "imcine", "-o"])
        .arg(out.path().join("imcine.pdf"))
        .arg("--plugins")
        .arg(profile_dir()));
    assert_eq!(built.status.code(), Some(2), "{}", stderr(&built));
    assert!(stderr(&built).starts_with(expected), "{}", stderr(&built));
    let plugin = informe_tests::library("informe-plugin-audiovisual");
    let ran = run(informe().current_dir(&case).args(["plugin", "run"]).arg(&plugin).args([
        "report.json",
        "--program",
        "ibermedia",
        "--institution",
        "imcine",
    ]));
    assert!(stderr(&ran).starts_with(expected), "{}", stderr(&ran));
}
