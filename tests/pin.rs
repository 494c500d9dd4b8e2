//! The plugin lock: `plugins pin` records a SHA-256 per plugin file; while the lock exists, a
//! plugin it does not list, or whose bytes changed, is refused before any of its code runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

use informe_tests::{dll_name, fixture_with_program, informe, plugins_folder, run, stderr};

/// A working folder with a plugins folder holding the `festival` test plugin, and data using it.
///
/// Run from the cargo target folder, informe also finds the shipped plugins there, so the lock pins
/// those as well: `pin` and `build` search the same folders.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &["informe-testplugin-festival"]);
    let program = serde_json::json!({
        "id": "festival-test", "name": "TEST FESTIVAL", "family": "festival",
        "results_expected": "A pinned drop-in plugin.", "data": { "editions": 3, "selected_projects": 12 }
    });
    let data = fixture_with_program(dir.path(), "data.json", program);
    (dir, plugins, data)
}

/// Runs informe in `dir` (where the default lock lives) with `plugins` on the search path.
fn informe_in(dir: &Path, plugins: &Path, args: &[&str]) -> Output {
    run(informe().current_dir(dir).args(args).arg("--plugins").arg(plugins))
}

fn build(dir: &Path, plugins: &Path, data: &Path, extra: &[&str]) -> Output {
    let pdf = dir.join("r.pdf");
    let mut command = informe();
    command.current_dir(dir).arg("build").arg(data).arg("-o").arg(&pdf).arg("--plugins").arg(plugins).args(extra);
    run(&mut command)
}

#[test]
fn pin_writes_a_lock_of_every_plugin_file_and_build_honours_it() {
    let (dir, plugins, data) = setup();
    let output = informe_in(dir.path(), &plugins, &["plugins", "pin"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("pinned 11 plugins in informe-plugins.lock"),
        "the ten shipped and festival"
    );

    let lock: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("informe-plugins.lock")).expect("lock")).expect("json");
    let festival =
        lock["plugins"].as_array().expect("plugins").iter().find(|p| p["name"] == "festival").expect("festival pinned");
    let file = plugins.join(dll_name("informe_testplugin_festival"));
    assert_eq!(festival["sha256"].as_str(), Some(sha256sum(&file).as_str()), "the lock's hash is sha256sum's");

    let output = build(dir.path(), &plugins, &data, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = informe_in(dir.path(), &plugins, &["plugins"]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("all pinned by informe-plugins.lock"));
}

#[test]
fn a_changed_plugin_is_refused_in_process_and_isolated() {
    let (dir, plugins, data) = setup();
    assert!(informe_in(dir.path(), &plugins, &["plugins", "pin"]).status.success());
    // Trailing bytes keep the library loadable: only the hash can tell it changed.
    let file = plugins.join(dll_name("informe_testplugin_festival"));
    std::fs::OpenOptions::new().append(true).open(&file).expect("open").write_all(b"tampered").expect("append");

    // The dropped-in plugin runs in a worker by default; in process when asked.
    for extra in [&[][..], &["--in-process-plugins"][..], &["--isolate-plugins"][..]] {
        let output = build(dir.path(), &plugins, &data, extra);
        assert_eq!(output.status.code(), Some(3), "{extra:?}: {}", stderr(&output));
        let err = stderr(&output);
        assert!(
            err.contains(&format!(
                "refusing to load {}: it changed since it was pinned in informe-plugins.lock",
                file.display()
            )),
            "{extra:?}: {err}"
        );
        assert!(err.contains(&format!("(sha256 {}, pinned ", sha256sum(&file))), "{extra:?}: {err}");
        assert!(err.contains("hint: if the new build is trusted, run `informe plugins pin` again"), "{err}");
        assert!(!dir.path().join("r.pdf").exists(), "a report was written");
    }

    // Pinning again accepts the new bytes.
    assert!(informe_in(dir.path(), &plugins, &["plugins", "pin"]).status.success());
    assert!(build(dir.path(), &plugins, &data, &[]).status.success());
}

#[test]
fn an_unknown_plugin_is_refused_while_a_lock_exists() {
    let (dir, plugins, data) = setup();
    let lock = dir.path().join("elsewhere.lock");
    let output = run(informe().arg("plugins").arg("pin").arg("--lock").arg(&lock).arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", stderr(&output));
    let newcomer = informe_tests::library("informe-testplugin-bad-contract");
    let dropped = plugins.join(dll_name("newcomer"));
    std::fs::copy(&newcomer, &dropped).expect("drop in");

    let output = build(dir.path(), &plugins, &data, &["--lock", lock.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains(&format!("refusing to load {}: it is not in the plugin lock", dropped.display())), "{err}");

    // The lock can also come from the environment.
    let output = run(informe().env("INFORME_PLUGIN_LOCK", &lock).arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
}

#[test]
fn plugin_run_obeys_the_lock_as_build_does() {
    let (dir, plugins, data) = setup();
    assert!(informe_in(dir.path(), &plugins, &["plugins", "pin"]).status.success());
    let festival = plugins.join(dll_name("informe_testplugin_festival"));
    let plugin_run = |file: &Path, extra: &[&str]| {
        let mut command = informe();
        command.current_dir(dir.path()).args(["plugin", "run"]).arg(file).arg(&data);
        run(command.args(["--program", "festival-test"]).args(extra))
    };
    let output = plugin_run(&festival, &[]);
    assert!(output.status.success(), "a pinned plugin runs: {}", stderr(&output));

    // A library the lock does not list is refused before any of its code runs, in process or not.
    let newcomer = plugins.join(dll_name("newcomer"));
    std::fs::copy(informe_tests::library("informe-testplugin-abort"), &newcomer).expect("drop in");
    for extra in [&[][..], &["--in-process-plugins"][..], &["--isolate-plugins"][..]] {
        let output = plugin_run(&newcomer, extra);
        assert_eq!(output.status.code(), Some(3), "{extra:?}: {}", stderr(&output));
        let err = stderr(&output);
        assert!(
            err.contains(&format!("refusing to load {}: it is not in the plugin lock", newcomer.display())),
            "{err}"
        );
        assert!(output.stdout.is_empty(), "{extra:?}: the plugin answered");
    }

    // A pinned plugin whose bytes changed is refused too.
    std::fs::OpenOptions::new().append(true).open(&festival).expect("open").write_all(b"tampered").expect("append");
    let output = plugin_run(&festival, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("it changed since it was pinned in informe-plugins.lock"), "{}", stderr(&output));
}

#[test]
fn a_trusted_entry_runs_in_process_only_while_the_file_matches_it() {
    let (dir, plugins, data) = setup();
    let output = informe_in(dir.path(), &plugins, &["plugins", "pin", "--trust", "festival"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lock: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("informe-plugins.lock")).expect("lock")).expect("json");
    let trusted: Vec<&str> = lock["plugins"]
        .as_array()
        .expect("plugins")
        .iter()
        .filter(|p| p["trusted"] == true)
        .map(|p| p["name"].as_str().expect("name"))
        .collect();
    assert_eq!(trusted, ["festival"], "only the plugin named is trusted, and only it says so");

    let listed = String::from_utf8(informe_in(dir.path(), &plugins, &["plugins"]).stdout).expect("utf-8");
    let festival = listed.lines().find(|l| l.starts_with("festival ")).expect("festival listed");
    assert!(festival.contains("in process (trusted by the lock)"), "{listed}");
    assert!(build(dir.path(), &plugins, &data, &[]).status.success());

    // Trust is in the bytes pinned: a changed file is refused, trusted or not.
    let file = plugins.join(dll_name("informe_testplugin_festival"));
    std::fs::OpenOptions::new().append(true).open(&file).expect("open").write_all(b"tampered").expect("append");
    let output = build(dir.path(), &plugins, &data, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("it changed since it was pinned in informe-plugins.lock"), "{}", stderr(&output));

    // Pinned again without --trust, the plugin is back in a worker.
    assert!(informe_in(dir.path(), &plugins, &["plugins", "pin"]).status.success());
    let listed = String::from_utf8(informe_in(dir.path(), &plugins, &["plugins"]).stdout).expect("utf-8");
    let festival = listed.lines().find(|l| l.starts_with("festival ")).expect("festival listed");
    assert!(festival.contains("isolated (not shipped with informe)"), "{listed}");
}

#[test]
fn trust_must_name_a_plugin_found() {
    let (dir, plugins, _) = setup();
    let output = informe_in(dir.path(), &plugins, &["plugins", "pin", "--trust", "festivall"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("error: --trust festivall: no plugin found is named so or lies there; nothing was pinned"),
        "{err}"
    );
    assert!(err.contains("festival"), "the hint lists the plugins found: {err}");
    assert!(!dir.path().join("informe-plugins.lock").exists(), "a lock was written");

    // A file names a plugin too.
    let file = plugins.join(dll_name("informe_testplugin_festival"));
    let output = informe_in(dir.path(), &plugins, &["plugins", "pin", "--trust", file.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("trusted: in process"),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn a_named_lock_must_exist_and_a_broken_one_is_reported_with_its_line() {
    let (dir, plugins, _) = setup();
    let output = informe_in(dir.path(), &plugins, &["plugins", "--lock", "missing.lock"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("the plugin lock missing.lock does not exist"), "{}", stderr(&output));

    std::fs::write(dir.path().join("informe-plugins.lock"), "{\"format\": 1,\n\"plugins\": [}").expect("write");
    let output = informe_in(dir.path(), &plugins, &["plugins"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("cannot read the plugin lock informe-plugins.lock:"), "{}", stderr(&output));
    assert!(stderr(&output).contains("line 2"), "{}", stderr(&output));
}

/// The hash of `file` as the system's `sha256sum` computes it.
fn sha256sum(file: &Path) -> String {
    let out = std::process::Command::new("sha256sum").arg(file).output().expect("run sha256sum");
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().expect("hash").to_owned()
}
