//! `informe batch` and `informe build --emit-typst`: many reports in one process, and the Typst
//! project of a build written out for the Typst CLI.

use std::path::Path;

use informe_tests::{fixture, informe, profile_dir, root, run, stderr};

/// A copy of the fixture at `dir/name`.
fn copy_fixture(dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::copy(fixture(), &path).expect("copy fixture");
    path
}

#[test]
fn a_batch_builds_every_good_report_identically_to_build_and_names_the_failures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (copy_fixture(dir.path(), "alpha.json"), copy_fixture(dir.path(), "beta.json"));
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"country\": \"Mexico\",\n  \"period\": }").expect("write");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("out dir");

    let output = run(informe()
        .arg("batch")
        .args([&a, &broken, &b])
        .arg("--out-dir")
        .arg(&out)
        .args(["--format", "pdf", "--format", "ods", "--jobs", "2"])
        .arg("--plugins")
        .arg(profile_dir()));
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(6), "{err}");
    assert!(err.contains("built 2 of 3 reports in "), "{err}");
    assert!(err.contains("; 1 failed"), "{err}");
    assert!(err.contains(&format!("FAILED {}", broken.display())), "{err}");
    assert!(err.contains("broken.json:2:13: at `period`: expected a JSON value"), "the failure's error: {err}");
    // Not a terminal: one plain line per report, no progress bar.
    assert_eq!(err.lines().filter(|l| l.starts_with('[') && l.contains("/3] ")).count(), 3, "{err}");

    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    assert_eq!(names, ["alpha.ods", "alpha.pdf", "beta.ods", "beta.pdf"]);

    // Sharing plugins, fonts and Typst's cache across threads changes nothing in the output.
    let single = dir.path().join("single.pdf");
    let output = run(informe().arg("build").arg(&a).arg("-o").arg(&single).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let single = std::fs::read(&single).expect("single");
    assert!(std::fs::read(out.join("alpha.pdf")).expect("alpha") == single, "batch PDF differs from build's");
    assert!(std::fs::read(out.join("beta.pdf")).expect("beta") == single, "batch PDF differs from build's");
}

#[test]
fn as_json_a_batch_says_only_diagnostics_the_failure_located_in_its_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = copy_fixture(dir.path(), "good.json");
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"country\": \"Mexico\",\n  \"period\": }").expect("write");
    let output = run(informe()
        .args(["--message-format", "json", "batch"])
        .args([&good, &broken])
        .arg("--out-dir")
        .arg(dir.path())
        .arg("--plugins")
        .arg(profile_dir()));
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(6), "{err}");
    let found: Vec<serde_json::Value> = err
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let error = found.iter().find(|d| d["severity"] == "error").unwrap_or_else(|| panic!("no error: {err}"));
    assert_eq!(error["file"], broken.display().to_string(), "{error}");
    assert_eq!(
        (&error["kind"], &error["path"], &error["line"], &error["column"]),
        (&"data".into(), &"period".into(), &2.into(), &13.into())
    );
    assert!(dir.path().join("good.pdf").is_file(), "the good report is built");
}

#[test]
fn a_manifest_lists_reports_with_paths_from_its_folder_and_a_bad_one_is_located() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_fixture(dir.path(), "data.json");
    let layer = dir.path().join("cover");
    std::fs::create_dir(&layer).expect("layer");
    std::fs::write(layer.join("title-page.typ"), "#let title-page(meta, L, title) = page[Cover for #meta.country]\n")
        .expect("override");
    let manifest = dir.path().join("reports.json");
    std::fs::write(
        &manifest,
        r#"{"reports": [
            {"data": "data.json", "outputs": ["plain.pdf"]},
            {"data": "data.json", "outputs": ["covered.pdf", "covered.ods"], "template": "cover"}
        ]}"#,
    )
    .expect("manifest");
    let output = run(informe().arg("batch").arg("--manifest").arg(&manifest).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("built 2 of 2 reports"), "{}", stderr(&output));
    let covered = informe_tests::pdf_text(&dir.path().join("covered.pdf"));
    assert!(covered.contains("Cover for Mexico"), "the entry's template was not used");
    assert!(!informe_tests::pdf_text(&dir.path().join("plain.pdf")).contains("Cover for Mexico"));
    assert!(dir.path().join("covered.ods").is_file());

    std::fs::write(&manifest, "{\"reports\": [\n  {\"data\": \"data.json\", \"output\": []}]}").expect("bad manifest");
    let output = run(informe().arg("batch").arg("--manifest").arg(&manifest));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("reports.json:2:"), "{}", stderr(&output));
    assert!(stderr(&output).contains("unknown field `output`"), "{}", stderr(&output));
}

#[test]
fn two_reports_writing_one_file_are_refused_before_any_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("sub");
    let (a, b) = (copy_fixture(dir.path(), "same.json"), copy_fixture(&sub, "same.json"));
    let output = run(informe().arg("batch").arg(&a).arg(&b).arg("--out-dir").arg(dir.path()));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("two reports of the batch would write"), "{}", stderr(&output));
    assert!(!dir.path().join("same.pdf").exists());
}

#[test]
fn emit_typst_writes_the_compiled_project_and_the_command_to_compile_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer");
    let cover = "#let title-page(meta, L, title) = page[Emitted cover]\n";
    std::fs::write(layer.join("title-page.typ"), cover).expect("override");
    let project = dir.path().join("project");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(dir.path().join("r.pdf"))
        .arg("--plugins")
        .arg(profile_dir())
        .arg("--template")
        .arg(&layer)
        .arg("--emit-typst")
        .arg(&project));
    assert!(output.status.success(), "{}", stderr(&output));

    // The override from its layer, everything else from the default template.
    assert_eq!(std::fs::read_to_string(project.join("title-page.typ")).expect("cover"), cover);
    for file in ["main.typ", "blocks.typ", "style.typ"] {
        let default = std::fs::read(root().join("templates/default").join(file)).expect("default file");
        assert_eq!(std::fs::read(project.join(file)).expect("emitted file"), default, "{file}");
    }
    let model: serde_json::Value =
        serde_json::from_slice(&std::fs::read(project.join("data/report.json")).expect("model")).expect("json");
    assert_eq!(model["meta"]["country"], "Mexico", "{model}");
    assert!(model.to_string().contains("IBERESCENA"));

    let err = stderr(&output);
    let expected = format!(
        "typst compile --root {p} --ignore-system-fonts --creation-timestamp 1451520000 --pdf-standard a-2b --pdf-standard ua-1 {p}/main.typ report.pdf",
        p = project.display()
    );
    assert!(err.contains(&expected), "{err}");
}

#[test]
fn a_failing_template_is_still_emitted_for_debugging() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer");
    std::fs::write(layer.join("title-page.typ"), "#let title-page(meta, L, title) = { broken-call() }\n").expect("w");
    let project = dir.path().join("project");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(dir.path().join("r.pdf"))
        .arg("--plugins")
        .arg(profile_dir())
        .arg("--template")
        .arg(&layer)
        .arg("--emit-typst")
        .arg(&project));
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(project.join("title-page.typ").is_file() && project.join("data/report.json").is_file());
    assert!(!dir.path().join("r.pdf").exists());
}

#[test]
fn institutions_times_languages_give_one_named_report_each() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = copy_fixture(dir.path(), "mexico.json");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("out dir");
    let output = run(informe()
        .arg("batch")
        .arg(&data)
        .arg("--out-dir")
        .arg(&out)
        .args(["--institution", "imcine", "--institution", "dgb", "--lang", "es", "--lang", "fr"])
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    assert_eq!(names, ["mexico.dgb.es.pdf", "mexico.dgb.fr.pdf", "mexico.imcine.es.pdf", "mexico.imcine.fr.pdf"]);
    let text = informe_tests::pdf_text(&out.join("mexico.imcine.fr.pdf"));
    assert!(text.contains("Institut mexicain de la cinématographie"), "institution or language not applied");
    assert!(text.contains("Résumé analytique"), "language not applied");
}
