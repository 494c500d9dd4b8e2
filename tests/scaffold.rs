//! `informe new-plugin` as a plugin author meets it: scaffold, build and test with plain cargo, drop in, report.

use std::path::{Path, PathBuf};
use std::process::Output;

use informe_tests::{cargo, dll_name, fixture_with_program, informe, pdf_text, profile_dir, root, run, stderr};

/// Both streams of a failed command, for assertion messages.
fn both(output: &Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&output.stdout), stderr(output))
}

/// The fixture plus one program of the family `festivals`, with data the generated plugin accepts.
fn data_with_festivals(dir: &Path) -> PathBuf {
    fixture_with_program(
        dir,
        "with-festivals.json",
        serde_json::json!({
            "id": "festivals-test",
            "name": "TEST FESTIVALS",
            "family": "festivals",
            "results_expected": "A program served by a freshly scaffolded plugin.",
            "data": { "projects": 12, "applications": 30 }
        }),
    )
}

/// Every file under `dir` that mentions `text`.
fn files_mentioning(dir: &Path, text: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if std::fs::read_to_string(&path).is_ok_and(|contents| contents.contains(text)) {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn a_scaffolded_plugin_builds_as_generated_passes_its_tests_and_serves_its_family() {
    // A temporary folder outside the workspace, as a plugin author's own would be; no --sdk-path:
    // the crate must build from what informe wrote, the SDK's copy included.
    let dir = tempfile::tempdir().expect("temp dir");
    let crate_dir = dir.path().join("festivals");
    // Kept across runs beside the workspace's own builds, so the SDK's dependencies (ICU4X) are
    // compiled once, not by every run; a folder of its own, so no build waits on the workspace's lock.
    let target = profile_dir().parent().expect("the target folder").join("scaffold");

    let output = run(informe().args(["new-plugin", "festivals", "--family", "festivals", "--dir"]).arg(&crate_dir));
    assert!(output.status.success(), "{}", both(&output));
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(printed.contains("created informe-plugin-festivals for the family `festivals`"), "{printed}");
    assert!(printed.contains("from its copy in vendor/informe-plugin"), "{printed}");
    assert!(printed.contains("cargo build --release"), "next steps missing: {printed}");
    // Nothing points back at the informe checkout the binary was built from.
    let root = root().display().to_string();
    assert_eq!(files_mentioning(&crate_dir, &root), Vec::<PathBuf>::new(), "files naming {root}");

    // Offline: the workspace's build has fetched every dependency of the SDK, and the test should
    // not hang on the network; a user online resolves the same crates from crates.io.
    let build = |command: &str| {
        let output = cargo(&crate_dir, &target).arg(command).env("CARGO_NET_OFFLINE", "true").output();
        output.unwrap_or_else(|err| panic!("run cargo {command}: {err}"))
    };
    let output = build("build");
    assert!(output.status.success(), "the scaffolded plugin does not build:\n{}", both(&output));
    let output = build("test");
    assert!(output.status.success(), "the scaffolded plugin's tests fail:\n{}", both(&output));
    let tests = String::from_utf8_lossy(&output.stdout);
    assert!(tests.contains("test result: ok. 6 passed"), "the generated tests did not all run:\n{tests}");

    let plugins = dir.path().join("plugins");
    std::fs::create_dir(&plugins).expect("plugins dir");
    let library = dll_name("informe_plugin_festivals");
    std::fs::copy(target.join("debug").join(&library), plugins.join(&library)).expect("copy the built plugin");

    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", both(&output));
    let listing = String::from_utf8_lossy(&output.stdout);
    let line =
        listing.lines().find(|l| l.starts_with("festivals ")).unwrap_or_else(|| panic!("not listed:\n{listing}"));
    let columns: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(columns[..3], ["festivals", "0.1.0", "festivals"], "{line}");
    assert!(line.contains(&library), "{line}");

    let data = data_with_festivals(dir.path());
    let pdf = dir.path().join("out.pdf");
    let output = run(informe().arg("build").arg(&data).arg("-o").arg(&pdf).arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", both(&output));
    let text = pdf_text(&pdf);
    for phrase in [
        // The SDK's sentences of the common data, and the family's own through the same narrator.
        "In 2012–2015, 12 projects benefited from TEST FESTIVALS.",
        "TEST FESTIVALS received 30 applications in 2012–2015.",
        "Through TEST FESTIVALS, 12 projects benefited.",
        // The family named for readers by its catalogue's `family-name`, not by its id.
        "Family: Festivals",
        // 168 from the six shipped programs (one a lower bound) + 12 from the generated plugin.
        "more than 180",
    ] {
        assert!(text.contains(phrase), "the report lacks {phrase:?}");
    }
}

#[test]
fn scaffolding_creates_name_in_the_working_folder_and_never_writes_over_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(informe().current_dir(dir.path()).args(["new-plugin", "street-art", "--family", "street-art"]));
    assert!(output.status.success(), "{}", both(&output));
    let manifest = std::fs::read_to_string(dir.path().join("street-art/Cargo.toml")).expect("Cargo.toml in ./NAME");
    assert!(manifest.contains("name = \"informe-plugin-street-art\""), "{manifest}");
    // Without --sdk-path the SDK is the copy informe carries, of the version it was built with,
    // with a manifest of its own: nothing inherited from informe's workspace.
    assert!(manifest.contains("informe-plugin = { path = \"vendor/informe-plugin\" }"), "{manifest}");
    let vendored =
        std::fs::read_to_string(dir.path().join("street-art/vendor/informe-plugin/Cargo.toml")).expect("SDK");
    assert!(vendored.contains("name = \"informe-plugin\"\ndescription"), "{vendored}");
    assert!(vendored.contains("version = \"0.1.0\""), "{vendored}");
    assert!(!vendored.contains("workspace"), "{vendored}");
    assert!(dir.path().join("street-art/vendor/informe-plugin/include/informe_plugin.h").is_file());
    assert!(!dir.path().join("street-art/vendor/informe-plugin/tests").exists(), "the SDK's tests are informe's");

    // A folder with anything in it is refused, and left as it was.
    let taken = dir.path().join("taken");
    std::fs::create_dir(&taken).expect("dir");
    std::fs::write(taken.join("notes.txt"), "mine").expect("write");
    let output = run(informe().args(["new-plugin", "festivals", "--family", "festivals", "--dir"]).arg(&taken));
    assert_eq!(output.status.code(), Some(2), "{}", both(&output));
    let err = stderr(&output);
    assert!(
        err.starts_with(&format!(
            "error: cannot create the plugin in {}: the folder exists and is not empty",
            taken.display()
        )),
        "{err}"
    );
    assert!(err.contains("\n  hint: choose another folder with --dir PATH"), "{err}");
    let left: Vec<_> = std::fs::read_dir(&taken).expect("list").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(left, ["notes.txt"]);
    assert_eq!(std::fs::read_to_string(taken.join("notes.txt")).expect("read"), "mine");

    // The same for the default folder, now that it exists.
    let output = run(informe().current_dir(dir.path()).args(["new-plugin", "street-art", "--family", "street-art"]));
    assert_eq!(output.status.code(), Some(2), "{}", both(&output));
    assert!(stderr(&output).contains("the folder exists and is not empty"), "{}", stderr(&output));
}
