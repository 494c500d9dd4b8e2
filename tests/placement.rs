//! Where plugins run: informe's own shipped plugins in its process, every other plugin in a
//! worker process of its own, unless the user asks otherwise (`--in-process-plugins`,
//! `--isolate-plugins`, a lock that trusts a plugin); `informe plugins` says which and why.
//!
//! "Shipped" is where a file lies, not what it is called: an installation laid out as the
//! release archive (`bin/informe`, `plugins/`) is built here from the binary and plugins of the
//! workspace, and a copy of a shipped plugin anywhere else is not shipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use informe_tests::{dll_name, fixture, plugins_folder, profile_dir, run, stderr};

/// `root/bin/informe`, the workspace's binary (hard-linked when the file system allows: it is
/// large), with the libraries of `shipped` packages in `root/plugins/`; returns the executable.
/// Without `informe-worker` beside it, informe starts its workers by re-executing itself.
fn installation(root: &Path, shipped: &[&str]) -> PathBuf {
    let bin = root.join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let exe = install(&bin, "informe");
    plugins_folder(root, shipped);
    exe
}

/// Links (or copies) the workspace's executable `name` into `bin`.
fn install(bin: &Path, name: &str) -> PathBuf {
    informe_tests::ensure_built();
    let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let (built, installed) = (profile_dir().join(&file), bin.join(&file));
    if std::fs::hard_link(&built, &installed).is_err() {
        std::fs::copy(&built, &installed).expect("copy the executable");
    }
    installed
}

fn informe_at(exe: &Path) -> Command {
    let mut command = Command::new(exe);
    command.env_remove("INFORME_PLUGIN_PATH").env_remove("SOURCE_DATE_EPOCH").env_remove("INFORME_PLUGIN_LOCK");
    command
}

/// `informe plugins`' table: plugin name → how it runs (the RUNS column).
fn runs(stdout: &str) -> BTreeMap<String, String> {
    let mut lines = stdout.lines();
    let header = lines.next().expect("header");
    let (start, end) = (header.find("RUNS").expect("RUNS column"), header.find("PATH").expect("PATH column"));
    lines
        .take_while(|line| !line.is_empty())
        .map(|line| {
            let name = line.split_whitespace().next().expect("name").to_owned();
            (name, line[start..end].trim().to_owned())
        })
        .collect()
}

/// A temporary folder inside the target folder, so the binary can be hard-linked into it.
fn temp_root() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir")
}

#[test]
fn shipped_plugins_run_in_process_and_every_other_plugin_in_a_worker() {
    let root = temp_root();
    // Installed: a shipped plugin, and a drop-in plugin put in the installation's own folder.
    let exe = installation(root.path(), &["informe-plugin-music", "informe-testplugin-festival"]);
    // Elsewhere, copies of shipped plugins keep their names: from --plugins and from the environment.
    let mine = plugins_folder(&root.path().join("mine"), &["informe-plugin-museums"]);
    let env = plugins_folder(&root.path().join("env"), &["informe-plugin-crafts"]);

    let list = |extra: &[&str]| {
        let output = run(informe_at(&exe)
            .arg("plugins")
            .arg("--plugins")
            .arg(&mine)
            .env("INFORME_PLUGIN_PATH", &env)
            .args(extra));
        assert!(output.status.success(), "{extra:?}: {}", stderr(&output));
        String::from_utf8(output.stdout).expect("utf-8")
    };
    let stdout = list(&[]);
    let expected = [
        ("crafts", "isolated (not shipped with informe)"),
        ("festival", "isolated (not shipped with informe)"),
        ("museums", "isolated (not shipped with informe)"),
        ("music", "in process (shipped with informe)"),
    ];
    let expected: BTreeMap<String, String> = expected.iter().map(|(n, r)| (n.to_string(), r.to_string())).collect();
    assert_eq!(runs(&stdout), expected, "{stdout}");
    assert!(stdout.contains("hint: `informe plugins pin --trust NAME` runs a plugin you trust in process"), "{stdout}");

    let every = |how: &str| expected.keys().map(|name| (name.clone(), how.to_owned())).collect::<BTreeMap<_, _>>();
    assert_eq!(runs(&list(&["--isolate-plugins"])), every("isolated (--isolate-plugins)"));
    let stdout = list(&["--in-process-plugins"]);
    assert_eq!(runs(&stdout), every("in process (--in-process-plugins)"));
    assert!(!stdout.contains("isolated:"), "no isolated plugin, no word about it:\n{stdout}");
}

#[test]
fn the_development_build_runs_its_own_plugins_in_process() {
    // The cargo target folder of the running binary is its installation in development.
    let output = run(informe_tests::informe().arg("plugins").arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    let runs = runs(&stdout);
    assert_eq!(runs.len(), 10, "{stdout}");
    assert!(runs.values().all(|how| how == "in process (shipped with informe)"), "{stdout}");
}

#[test]
fn the_shipped_plugins_dropped_in_elsewhere_run_isolated_and_give_the_same_report() {
    let root = temp_root();
    let exe = installation(root.path(), &[]);
    let shipped = [
        "informe-plugin-archives",
        "informe-plugin-audiovisual",
        "informe-plugin-community-culture",
        "informe-plugin-crafts",
        "informe-plugin-libraries",
        "informe-plugin-museums",
        "informe-plugin-music",
        "informe-plugin-performing-arts",
        "informe-plugin-routes",
        "informe-plugin-youth-orchestras",
    ];
    let dropped = plugins_folder(&root.path().join("dropped"), &shipped);
    assert!(dropped.join(dll_name("informe_plugin_music")).is_file());
    let stdout = run(informe_at(&exe).arg("plugins").arg("--plugins").arg(&dropped)).stdout;
    let stdout = String::from_utf8(stdout).expect("utf-8");
    assert!(runs(&stdout).values().all(|how| how == "isolated (not shipped with informe)"), "{stdout}");

    let build = |name: &str, extra: &[&str]| {
        let pdf = root.path().join(name);
        let output = run(informe_at(&exe)
            .arg("build")
            .arg(fixture())
            .arg("-o")
            .arg(&pdf)
            .arg("--plugins")
            .arg(&dropped)
            .args(extra));
        assert!(output.status.success(), "{extra:?}: {}", stderr(&output));
        std::fs::read(&pdf).expect("pdf")
    };
    // Workers are informe re-executed, then `informe-worker` once it is installed beside informe.
    let isolated = build("isolated.pdf", &[]);
    assert!(isolated == build("in-process.pdf", &["--in-process-plugins"]), "isolation changed the report");
    install(&root.path().join("bin"), "informe-worker");
    assert!(isolated == build("informe-worker.pdf", &[]), "the worker program changed the report");
    // And the installation's binary gives the development build's report.
    let reference = root.path().join("reference.pdf");
    let output = run(informe_tests::informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(&reference)
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(isolated == std::fs::read(&reference).expect("pdf"), "the dropped-in plugins changed the report");
}
