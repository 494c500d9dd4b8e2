//! Outputs, one case per way a command line can endanger files: all outputs of one report are
//! written together or none, no file is written twice, no output is an input of the build, and
//! an existing output keeps its permission bits.
//!
//! Each case runs in a fresh folder holding a copy of the fixture (`data.json`), an earlier report
//! (`old.pdf`, `old.ods`) and an `out/` folder; after the run, every file the case names as kept
//! must hold its bytes of before, and no temporary file may be left anywhere.

use std::path::{Path, PathBuf};
use std::process::Output;

use informe_tests::{fixture, informe, library, profile_dir, run, stderr};

/// What an earlier build left: these bytes stand for last week's report.
const OLD: &[u8] = b"last week's report";

struct Case {
    name: &'static str,
    /// Prepares the folder beyond the common setup; returns the arguments after `informe`.
    setup: fn(&Path) -> Vec<String>,
    code: i32,
    /// A line that stderr must contain.
    says: &'static str,
    /// Files (relative to the folder) that must be as they were before the run.
    kept: &'static [&'static str],
}

fn s(path: &Path) -> String {
    path.display().to_string()
}

fn build(dir: &Path, outputs: &[&str]) -> Vec<String> {
    let mut args = vec!["build".to_owned(), s(&dir.join("data.json"))];
    for out in outputs {
        args.extend(["-o".to_owned(), s(&dir.join(out))]);
    }
    args
}

const CASES: &[Case] = &[
    Case {
        name: "one output cannot be written: the other is not replaced",
        setup: |dir| {
            std::fs::create_dir(dir.join("out/b.ods")).expect("a folder in the way");
            build(dir, &["old.pdf", "out/b.ods"])
        },
        code: 5,
        says: "b.ods: cannot be written: it is a folder",
        kept: &["old.pdf"],
    },
    Case {
        name: "the last output cannot be written: the first is not replaced",
        setup: |dir| {
            std::fs::create_dir(dir.join("out/b.pdf")).expect("a folder in the way");
            build(dir, &["old.ods", "old.pdf", "out/b.pdf"])
        },
        code: 5,
        says: "b.pdf: cannot be written: it is a folder",
        kept: &["old.pdf", "old.ods"],
    },
    Case {
        name: "one file named twice",
        setup: |dir| build(dir, &["old.pdf", "old.pdf"]),
        code: 2,
        says: "is the same file as the output",
        kept: &["old.pdf"],
    },
    Case {
        name: "one file named twice through `..`",
        setup: |dir| build(dir, &["out/../old.pdf", "old.pdf"]),
        code: 2,
        says: "is the same file as the output",
        kept: &["old.pdf"],
    },
    Case {
        name: "one file named twice through a linked folder",
        setup: |dir| {
            std::os::unix::fs::symlink(dir, dir.join("out/again")).expect("link");
            build(dir, &["old.pdf", "out/again/old.pdf"])
        },
        code: 2,
        says: "is the same file as the output",
        kept: &["old.pdf"],
    },
    Case {
        name: "the output is the data file",
        setup: |dir| {
            std::fs::copy(dir.join("data.json"), dir.join("data.pdf")).expect("copy");
            vec!["build".into(), s(&dir.join("data.pdf")), "-o".into(), s(&dir.join("out/../data.pdf"))]
        },
        code: 2,
        says: "is the data file",
        kept: &["data.pdf"],
    },
    Case {
        name: "the output is a hard link to the data file",
        setup: |dir| {
            std::fs::hard_link(dir.join("data.json"), dir.join("out/linked.pdf")).expect("link");
            build(dir, &["old.pdf", "out/linked.pdf"])
        },
        code: 2,
        says: "is the data file",
        kept: &["data.json", "old.pdf"],
    },
    Case {
        name: "the output is a plugin",
        setup: |dir| {
            let plugins = dir.join("plugins");
            std::fs::create_dir(&plugins).expect("plugins");
            let file = plugins.join(informe_tests::dll_name("festival"));
            std::fs::copy(library("informe-testplugin-festival"), &file).expect("copy plugin");
            std::fs::hard_link(&file, dir.join("out/plugin.pdf")).expect("link");
            let mut args = build(dir, &["out/plugin.pdf"]);
            args.extend(["--plugins".into(), s(&plugins)]);
            args
        },
        code: 2,
        says: "is the plugin",
        kept: &["out/plugin.pdf"],
    },
    Case {
        name: "the output lies in the template folder",
        setup: |dir| {
            std::fs::create_dir(dir.join("template")).expect("template");
            let mut args = build(dir, &["template/report.pdf"]);
            args.extend(["--template".into(), s(&dir.join("template"))]);
            args
        },
        code: 2,
        says: "lies in the template folder",
        kept: &[],
    },
    Case {
        name: "`none` with another PDF standard",
        setup: |dir| {
            let mut args = build(dir, &["old.pdf"]);
            args.extend(["--pdf-standard", "none", "--pdf-standard", "a-2b"].map(String::from));
            args
        },
        code: 2,
        says: "error: --pdf-standard none cannot go with --pdf-standard a-2b",
        kept: &["old.pdf"],
    },
    Case {
        name: "batch: one output named twice through `..`",
        setup: |dir| {
            let manifest = serde_json::json!({"reports": [
                {"data": "data.json", "outputs": ["out/a.pdf"]},
                {"data": "data.json", "outputs": ["out/../out/a.pdf"]},
            ]});
            std::fs::write(dir.join("reports.json"), manifest.to_string()).expect("manifest");
            vec!["batch".into(), "--manifest".into(), s(&dir.join("reports.json"))]
        },
        code: 2,
        says: "two reports of the batch would write",
        kept: &[],
    },
    Case {
        name: "batch: one output of a report cannot be written",
        setup: |dir| {
            std::fs::create_dir(dir.join("out/b.ods")).expect("a folder in the way");
            std::fs::copy(dir.join("old.pdf"), dir.join("out/b.pdf")).expect("earlier report");
            let manifest =
                serde_json::json!({"reports": [{"data": "data.json", "outputs": ["out/b.pdf", "out/b.ods"]}]});
            std::fs::write(dir.join("reports.json"), manifest.to_string()).expect("manifest");
            vec!["batch".into(), "--manifest".into(), s(&dir.join("reports.json"))]
        },
        code: 6,
        says: "b.ods: cannot be written: it is a folder",
        kept: &["out/b.pdf"],
    },
];

fn prepare() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture(), dir.path().join("data.json")).expect("copy fixture");
    std::fs::write(dir.path().join("old.pdf"), OLD).expect("old pdf");
    std::fs::write(dir.path().join("old.ods"), OLD).expect("old ods");
    std::fs::create_dir(dir.path().join("out")).expect("out");
    dir
}

/// Every file under `dir` whose name ends in `.tmp`.
fn temporaries(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list").filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            found.extend(temporaries(&path));
        } else if path.to_string_lossy().ends_with(".tmp") {
            found.push(path);
        }
    }
    found
}

fn check(case: &Case) -> Result<(), String> {
    let dir = prepare();
    let args = (case.setup)(dir.path());
    let before: Vec<Vec<u8>> =
        case.kept.iter().map(|f| std::fs::read(dir.path().join(f)).expect("a kept file exists")).collect();
    let output: Output = run(informe().args(&args).arg("--plugins").arg(profile_dir()));
    let err = stderr(&output);
    let mut problems = Vec::new();
    if output.status.code() != Some(case.code) {
        problems.push(format!("exit code {:?}, expected {}", output.status.code(), case.code));
    }
    if !err.contains(case.says) {
        problems.push(format!("stderr lacks `{}`", case.says));
    }
    for (file, bytes) in case.kept.iter().zip(&before) {
        if std::fs::read(dir.path().join(file)).ok().as_ref() != Some(bytes) {
            problems.push(format!("{file} was changed"));
        }
    }
    let stray = temporaries(dir.path());
    if !stray.is_empty() {
        problems.push(format!("temporary files left: {stray:?}"));
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("{}: {}\n{err}", case.name, problems.join("; "))) }
}

#[test]
fn no_command_line_breaks_an_output_promise() {
    let failures: Vec<String> = CASES.iter().filter_map(|case| check(case).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn all_outputs_are_replaced_together_and_keep_their_permission_bits() {
    use std::os::unix::fs::PermissionsExt;

    let dir = prepare();
    let (pdf, ods) = (dir.path().join("old.pdf"), dir.path().join("old.ods"));
    std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    std::fs::set_permissions(&ods, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let output = run(informe().args(build(dir.path(), &["old.pdf", "old.ods"])).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    for (file, mode) in [(&pdf, 0o600), (&ods, 0o640)] {
        let meta = std::fs::metadata(file).expect("output");
        assert_eq!(meta.permissions().mode() & 0o777, mode, "{} lost its mode", file.display());
        assert_ne!(std::fs::read(file).expect("read"), OLD, "{} was not replaced", file.display());
    }
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn a_reader_that_goes_away_ends_informe_quietly() {
    use std::os::unix::process::ExitStatusExt;

    let dir = tempfile::tempdir().expect("temp dir");
    let commands: [Vec<String>; 3] = [
        vec!["schema".into(), "--plugins".into(), s(&profile_dir())],
        vec![
            "new-plugin".into(),
            "zines".into(),
            "--family".into(),
            "zines".into(),
            "--dir".into(),
            s(&dir.path().join("zines")),
        ],
        vec!["completions".into(), "bash".into()],
    ];
    for args in &commands {
        let mut child = informe()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start informe");
        // The reader goes before informe writes a byte, as `| head` does after its lines.
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("wait");
        let err = stderr(&output);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(
            output.status.success() || output.status.signal() == Some(libc::SIGPIPE),
            "{args:?}: {:?} {err}",
            output.status
        );
    }
}
