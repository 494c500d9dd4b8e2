//! A plugin written in C against `informe_plugin.h` alone, built with the system C compiler, dropped in and serving its family.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use informe_tests::{dll_name, fixture_with_program, informe, pdf_text, root, run, stderr};

/// Both streams of a command, for assertion messages.
fn both(output: &Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&output.stdout), stderr(output))
}

/// Compiles `tests/c-plugin/poetry_festival.c` into a fresh plugin folder in `dir`, with the
/// permissions informe asks of a plugin: neither folder nor file writable by group or others.
fn build_c_plugin(dir: &Path) -> PathBuf {
    let plugins = dir.join("plugins");
    std::fs::create_dir(&plugins).expect("plugins dir");
    let library = plugins.join(dll_name("poetry_festival"));
    let output = Command::new("cc")
        // Warnings are errors: the example is what a C author copies.
        .args(["-std=c99", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-O2", "-shared", "-fPIC", "-I"])
        .arg(root().join("crates/informe-plugin/include"))
        .arg("-o")
        .arg(&library)
        .arg(root().join("tests/c-plugin/poetry_festival.c"))
        .output()
        .expect("run the system C compiler `cc`");
    assert!(output.status.success(), "the C plugin does not compile:\n{}", both(&output));
    std::fs::set_permissions(&plugins, std::fs::Permissions::from_mode(0o700)).expect("chmod folder");
    std::fs::set_permissions(&library, std::fs::Permissions::from_mode(0o755)).expect("chmod library");
    plugins
}

/// The fixture plus one program of the family `poetry-festival`, with `data`.
fn data_with_poetry(dir: &Path, name: &str, data: serde_json::Value) -> PathBuf {
    fixture_with_program(
        dir,
        name,
        serde_json::json!({
            "id": "poesia",
            "name": "FESTIVAL DE POESÍA",
            "family": "poetry-festival",
            "results_expected": {"en": "Poetry for every public.", "es": "Poesía para todos los públicos."},
            "data": data
        }),
    )
}

#[test]
fn a_plugin_written_in_c_serves_its_family_in_process_and_isolated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = build_c_plugin(dir.path());

    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", both(&output));
    let listing = String::from_utf8_lossy(&output.stdout);
    let line = listing
        .lines()
        .find(|l| l.starts_with("poetry-festival "))
        .unwrap_or_else(|| panic!("the C plugin is not listed:\n{listing}"));
    let columns: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(columns[..4], ["poetry-festival", "1.0.0", "poetry-festival", "1.2"], "{line}");

    // The schema it writes for its family's data reaches `informe schema`.
    let output = run(informe().arg("schema").arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", both(&output));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the schema is JSON");
    let rules = schema["$defs"]["Program"]["allOf"].as_array().expect("family rules");
    let rule = rules
        .iter()
        .find(|r| r["if"]["properties"]["family"]["const"] == "poetry-festival")
        .unwrap_or_else(|| panic!("no rule for poetry-festival in {rules:?}"));
    assert_eq!(rule["then"]["properties"]["data"]["properties"]["readings"]["type"], "array", "{rule}");

    // A field the plugin does not know (`venue`) is skipped, as the protocol asks of both sides.
    let readings =
        serde_json::json!({"readings": ["Opening night", {"title": "Young poets"}, "Closing"], "venue": "Guadalajara"});
    let data = data_with_poetry(dir.path(), "with-poetry.json", readings);
    for isolated in [false, true] {
        let pdf = dir.path().join(format!("out-{isolated}.pdf"));
        let mut command = informe();
        command.arg("build").arg(&data).arg("-o").arg(&pdf).arg("--plugins").arg(&plugins);
        // A dropped-in plugin runs in a worker unless asked otherwise.
        if !isolated {
            command.arg("--in-process-plugins");
        }
        let output = run(&mut command);
        assert!(output.status.success(), "isolated: {isolated}\n{}", both(&output));
        let text = pdf_text(&pdf);
        for phrase in [
            // Its section: the heading, the key figure's label and its paragraph.
            "Poetry readings",
            "Poetry readings held",
            "FESTIVAL DE POESÍA took poetry to the public of Mexico.",
            // Its summary sentence in the executive summary.
            "Through FESTIVAL DE POESÍA, 3 poetry readings were held in Mexico.",
            // The family named by the plugin's `family_name`.
            "Family: Poetry festivals",
            // 168 from the six shipped programs (one a lower bound) + its 3 readings.
            "more than 171",
        ] {
            assert!(text.contains(phrase), "isolated: {isolated}: the report lacks {phrase:?}");
        }
    }

    // The report's language chooses the plugin's words.
    let pdf = dir.path().join("es.pdf");
    let output = run(informe()
        .arg("build")
        .arg(&data)
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(&plugins)
        .args(["--lang", "es"]));
    assert!(output.status.success(), "{}", both(&output));
    let text = pdf_text(&pdf);
    for phrase in [
        "Lecturas de poesía realizadas",
        "FESTIVAL DE POESÍA llevó la poesía al público de México.",
        "A través de FESTIVAL DE POESÍA, se realizaron 3 lecturas de poesía en México.",
        "Festivales de poesía",
    ] {
        assert!(text.contains(phrase), "the Spanish report lacks {phrase:?}");
    }
}

#[test]
fn a_c_plugins_problem_is_located_in_the_data_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = build_c_plugin(dir.path());
    let data = data_with_poetry(dir.path(), "bad.json", serde_json::json!({"readings": "three"}));
    for isolated in [false, true] {
        let mut command = informe();
        command.arg("check").arg(&data).arg("--plugins").arg(&plugins);
        // A dropped-in plugin runs in a worker unless asked otherwise.
        if !isolated {
            command.arg("--in-process-plugins");
        }
        let output = run(&mut command);
        assert_eq!(output.status.code(), Some(2), "isolated: {isolated}\n{}", both(&output));
        let err = stderr(&output);
        assert!(
            err.contains("at `measures[0].programs[6].data.readings`: expected the list of the poetry readings held"),
            "isolated: {isolated}\n{err}"
        );
        assert!(err.contains("hint: for example \"readings\": [\"Opening night\"]"), "{err}");
    }
}
