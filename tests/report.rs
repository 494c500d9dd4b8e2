//! The report of the shipped fixture, end to end: real binary, real plugins, text read back from the PDF.

use std::path::Path;

use informe_tests::{Watching, expectations, fixture, informe, missing, pdf_text, profile_dir, root, run, stderr};

fn build(out: &Path, extra: &[&str]) -> std::process::Output {
    run(informe().arg("build").arg(fixture()).arg("-o").arg(out).arg("--plugins").arg(profile_dir()).args(extra))
}

#[test]
fn fixture_report_shows_every_seed_fact_and_computed_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("report.pdf");
    let output = build(&pdf, &[]);
    assert!(output.status.success(), "build failed:\n{}", stderr(&output));
    let text = pdf_text(&pdf);

    let expected = expectations(&root().join("tests/expected/mexico-2012-2015.en.txt"));
    let lacking = missing(&text, &expected);
    assert!(lacking.is_empty(), "the report lacks:\n  {}", lacking.join("\n  "));

    // The seed's own list of facts, when the shared checks are beside the checkout.
    let seed_facts = root().join("../shared/checks/seed-facts.txt");
    if seed_facts.is_file() {
        let lacking = missing(&text, &expectations(&seed_facts));
        assert!(lacking.is_empty(), "the report lacks seed facts:\n  {}", lacking.join("\n  "));
    }
}

#[test]
fn same_input_gives_byte_identical_pdf_and_source_date_epoch_sets_the_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"), dir.path().join("c.pdf"));
    assert!(build(&a, &[]).status.success());
    assert!(build(&b, &[]).status.success());
    let first = std::fs::read(&a).expect("read a");
    assert_eq!(first, std::fs::read(&b).expect("read b"), "two builds differ");
    // Without SOURCE_DATE_EPOCH the date is the end of the reporting period.
    assert!(contains(&first, b"D:20151231000000"), "default creation date missing");

    let output = run(informe()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(&c)
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(contains(&std::fs::read(&c).expect("read c"), b"D:20231114221320"), "SOURCE_DATE_EPOCH not honoured");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_template_layer_overrides_one_file_and_the_rest_falls_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer dir");
    std::fs::write(
        layer.join("title-page.typ"),
        "#let title-page(meta, L, title) = page[Institutional cover of #meta.country]\n",
    )
    .expect("write override");
    let pdf = dir.path().join("r.pdf");
    let output = build(&pdf, &["--template", layer.to_str().expect("utf-8 path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(text.contains("Institutional cover of Mexico"), "override not used");
    assert!(!text.contains("Reporting period: 2012–2015"), "default title page still shown");
    assert!(text.contains("Indicators used to determine impact"), "default main.typ not used");
}

#[test]
fn a_template_error_names_file_line_and_column_and_keeps_the_old_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer dir");
    std::fs::write(layer.join("title-page.typ"), "#let title-page(meta, L, title) = {\n  undefined-thing\n}\n")
        .expect("write broken");
    let pdf = dir.path().join("r.pdf");
    std::fs::write(&pdf, b"previous report").expect("seed output");
    let output = build(&pdf, &["--template", layer.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("title-page.typ:2:3: unknown variable: undefined-thing"), "{err}");
    assert_eq!(std::fs::read(&pdf).expect("read"), b"previous report");
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 2, "stray files left");
}

/// Waits for a stderr line of the watch containing `needle`; the bound only guards a hung test.

#[test]
fn watch_rebuilds_on_data_changes_and_survives_bad_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data.json");
    let original = std::fs::read_to_string(fixture()).expect("fixture");
    std::fs::write(&data, &original).expect("write data");
    let pdf = dir.path().join("out").join("report.pdf");
    std::fs::create_dir(pdf.parent().expect("parent")).expect("out dir");

    let watch = Watching::start([data.as_os_str(), "-o".as_ref(), pdf.as_os_str()]);

    watch.wait_for("watching");
    assert!(pdf_text(&pdf).contains("more than 168"));

    std::fs::write(&data, original.replace("\"projects\": 7", "\"projects\": \"seven\"")).expect("break data");
    let error = watch.wait_for("error:");
    assert!(error.contains("data.projects"), "{error}");
    watch.wait_for("build failed; watching for the next change");

    std::fs::write(&data, original.replace("\"projects\": 7", "\"projects\": 9")).expect("fix data");
    watch.wait_for("wrote");
    assert!(pdf_text(&pdf).contains("more than 170"), "the rebuilt report lacks the new total");
}

#[test]
fn a_template_that_never_ends_is_stopped_at_its_budget_and_watch_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer");
    let main = layer.join("main.typ");
    // 10^10 steps: hours of work, the budget being a second.
    std::fs::write(&main, "#let n = 0\n#for i in range(10000000000) { n += 1 }\n#n\n").expect("main.typ");
    let pdf = dir.path().join("report.pdf");

    let started = std::time::Instant::now();
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(profile_dir())
        .arg("--template")
        .arg(&layer)
        .args(["--compile-timeout", "1"]));
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(4), "{err}");
    assert!(err.contains("main.typ: the template did not finish compiling within 1 s"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "the budget did not stop the build");
    assert!(!pdf.exists(), "a report was written");

    let watch = Watching::start([
        fixture().as_os_str(),
        "-o".as_ref(),
        pdf.as_os_str(),
        "--template".as_ref(),
        layer.as_os_str(),
        "--compile-timeout".as_ref(),
        "0.5".as_ref(),
    ]);
    watch.wait_for("did not finish compiling within 0.5 s");
    watch.wait_for("build failed; watching for the next change");
    // The layer no longer overrides main.typ: the next build uses the default template.
    std::fs::remove_file(&main).expect("remove main.typ");
    watch.wait_for("wrote");
    assert!(pdf_text(&pdf).contains("IBERMÚSICAS"), "the rebuilt report is not the fixture's");
}

#[test]
fn watch_does_not_rebuild_on_what_its_build_writes_inside_the_template_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let layer = dir.path().join("layer");
    std::fs::create_dir(&layer).expect("layer");
    std::fs::write(layer.join("notes.txt"), "a layer overriding nothing").expect("notes");
    let pdf = dir.path().join("report.pdf");
    let project = layer.join("project");

    let watch = Watching::start([
        fixture().as_os_str(),
        "-o".as_ref(),
        pdf.as_os_str(),
        "--template".as_ref(),
        layer.as_os_str(),
        "--emit-typst".as_ref(),
        project.as_os_str(),
    ]);
    watch.wait_for("watching");
    // The first build wrote the project inside the watched folder; a watch reacting to it would
    // build again, and again.
    let rebuilt = watch.lines_within(std::time::Duration::from_secs(3));
    assert!(!rebuilt.iter().any(|line| line.contains("wrote")), "rebuilt without a change: {rebuilt:?}");
    // A real change still rebuilds.
    std::fs::write(layer.join("notes.txt"), "changed").expect("notes");
    watch.wait_for("wrote");
}
