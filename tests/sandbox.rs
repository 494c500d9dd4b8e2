//! Templates cannot reach outside their folders or the network, and text from data is never markup.

use std::path::Path;

use informe_tests::{fixture, informe, pdf_text, profile_dir, run, stderr};

/// Builds the fixture with a template layer whose `main.typ` is `main`; returns exit code and stderr.
fn build_with_main(dir: &Path, main: &str) -> (Option<i32>, String) {
    let layer = dir.join("layer");
    std::fs::create_dir_all(&layer).expect("layer");
    std::fs::write(layer.join("main.typ"), main).expect("main.typ");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(dir.join("r.pdf"))
        .arg("--plugins")
        .arg(profile_dir())
        .arg("--template")
        .arg(&layer));
    (output.status.code(), stderr(&output))
}

#[test]
fn a_template_cannot_read_above_its_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("secret.txt"), "do not leak").expect("secret");
    let (code, err) = build_with_main(dir.path(), "#read(\"../secret.txt\")\n");
    assert_eq!(code, Some(4), "{err}");
    assert!(err.contains("main.typ:1:7"), "{err}");
    assert!(!dir.path().join("r.pdf").exists());
}

#[test]
fn absolute_paths_stay_inside_the_template() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, err) = build_with_main(dir.path(), "#read(\"/etc/hostname\")\n");
    assert_eq!(code, Some(4), "{err}");
    assert!(err.contains("file not found"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_leaving_the_template_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("outside.txt"), "do not leak").expect("outside");
    std::fs::create_dir_all(dir.path().join("layer")).expect("layer");
    std::os::unix::fs::symlink(dir.path().join("outside.txt"), dir.path().join("layer/leak.txt")).expect("symlink");
    let (code, err) = build_with_main(dir.path(), "#read(\"leak.txt\")\n");
    assert_eq!(code, Some(4), "{err}");
    assert!(err.contains("main.typ:1:7") && err.contains("access denied"), "{err}");
}

#[test]
fn packages_are_never_fetched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, err) = build_with_main(dir.path(), "#import \"@preview/example:0.1.0\": *\n");
    assert_eq!(code, Some(4), "{err}");
    assert!(err.contains("are not available: templates must be self-contained"), "{err}");
}

#[test]
fn typst_syntax_in_data_appears_literally() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tricky = r#"#strong[x] $x^2$ *bold* _it_ [link] @ref <label> back\slash // not a comment #let y = 1"#;
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture()).expect("fixture")).expect("json");
    report["measures"][0]["programs"][0]["conclusions"] = serde_json::json!(tricky);
    report["measures"][0]["name"] = serde_json::json!("Measure #1 with _under_ and *stars*");
    let data = dir.path().join("tricky.json");
    std::fs::write(&data, serde_json::to_vec(&report).expect("encode")).expect("write");
    let pdf = dir.path().join("r.pdf");
    let output = run(informe().arg("build").arg(&data).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(text.contains(tricky), "data text was interpreted:\n{text}");
    assert!(text.contains("Measure #1 with _under_ and *stars*"), "measure name was interpreted");
}
