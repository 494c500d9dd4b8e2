//! Faulty plugins, one per way a third-party plugin can fail: each is reported naming the plugin
//! and the program, with exit code 3, and an existing report is left as it was.
//!
//! In process, the SDK contains panics and the host checks every answer; `--isolate-plugins`
//! also contains what no in-process host can survive: a segfault, an abort, a plugin that hangs.

use std::path::{Path, PathBuf};

use informe_tests::{fixture, fixture_with_program, informe, plugins_folder, profile_dir, run, stderr};

/// A faulty plugin, the family it claims, and the error each mode must report.
struct Fault {
    package: &'static str,
    family: &'static str,
    /// Survivable in process (a crash, an abort or a hang takes the host with it).
    in_process: bool,
    expected: &'static [&'static str],
}

const FAULTS: &[Fault] = &[
    Fault {
        package: "informe-testplugin-panics",
        family: "fault-panics",
        in_process: true,
        expected: &[
            "error: plugin `fault-panics` panicked on program `faulty`",
            "index out of range while reading program `faulty` (at tests/plugins/panics/src/lib.rs:",
        ],
    },
    Fault {
        package: "informe-testplugin-bad-json",
        family: "fault-bad-json",
        in_process: true,
        expected: &[
            "error: plugin `fault-bad-json` broke the output contract on program `faulty`: invalid response: expected value at line 1 column 16",
        ],
    },
    Fault {
        package: "informe-testplugin-bad-contract",
        family: "fault-bad-contract",
        in_process: true,
        expected: &[
            "error: plugin `fault-bad-contract` broke the output contract on program `faulty`: metric id `events` is empty or used twice",
        ],
    },
    Fault {
        package: "informe-testplugin-segfault",
        family: "fault-segfault",
        in_process: false,
        expected: &[
            "error: plugin `fault-segfault` crashed on program `faulty`: its worker was killed by signal 11 (SIGSEGV)",
        ],
    },
    Fault {
        package: "informe-testplugin-abort",
        family: "fault-abort",
        in_process: false,
        expected: &[
            "error: plugin `fault-abort` crashed on program `faulty`: its worker was killed by signal 6 (SIGABRT)",
        ],
    },
    Fault {
        package: "informe-testplugin-hang",
        family: "fault-hang",
        in_process: false,
        expected: &[
            "error: plugin `fault-hang` did not answer within 1.5 s on program `faulty` and was stopped",
            "hint: if it is only slow, raise the limit with --plugin-timeout SECONDS",
        ],
    },
];

/// The fixture plus a program `faulty` of `family`.
fn data_with(dir: &Path, family: &str) -> PathBuf {
    let program = serde_json::json!({
        "id": "faulty", "name": "FAULTY PROGRAM", "family": family,
        "results_expected": "A program served by a faulty plugin."
    });
    fixture_with_program(dir, "with-fault.json", program)
}

/// Builds with `fault`'s plugin (plus the shipped ones) over an existing report, and checks the failure.
fn assert_reported(fault: &Fault, isolated: bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &[fault.package]);
    let data = data_with(dir.path(), fault.family);
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, b"last week's report").expect("existing report");

    let mut command = informe();
    command
        .arg("build")
        .arg(&data)
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(&plugins)
        .arg("--plugins")
        .arg(profile_dir());
    if isolated {
        command.args(["--isolate-plugins", "--plugin-timeout", "1.5"]);
    }
    let output = run(&mut command);
    let err = stderr(&output);
    let mode = if isolated { "isolated" } else { "in process" };
    assert_eq!(output.status.code(), Some(3), "{} {mode}: {err}", fault.package);
    for line in fault.expected {
        assert!(err.contains(line), "{} {mode}: `{line}` missing from:\n{err}", fault.package);
    }
    assert_eq!(std::fs::read(&pdf).expect("report"), b"last week's report", "{} {mode}: report touched", fault.package);
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{} {mode}: temporary files left: {stray:?}", fault.package);
}

#[test]
fn faults_a_host_survives_in_process_are_reported_by_plugin_and_program() {
    for fault in FAULTS.iter().filter(|f| f.in_process) {
        assert_reported(fault, false);
    }
}

#[test]
fn isolated_plugins_contain_every_runtime_fault() {
    for fault in FAULTS {
        assert_reported(fault, true);
    }
}

#[test]
fn isolated_plugins_give_the_same_report_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let build = |name: &str, isolated: bool| {
        let pdf = dir.path().join(name);
        let mut command = informe();
        command.arg("build").arg(fixture()).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir());
        if isolated {
            command.arg("--isolate-plugins");
        }
        let output = run(&mut command);
        assert!(output.status.success(), "{}", stderr(&output));
        std::fs::read(&pdf).expect("pdf")
    };
    assert!(build("isolated.pdf", true) == build("in-process.pdf", false), "isolation changed the report");
}

#[test]
fn isolated_loading_refuses_what_in_process_loading_refuses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &["informe-testplugin-no-entry", "informe-testplugin-wrong-abi"]);
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins).arg("--isolate-plugins"));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("exports no `informe_plugin_descriptor` symbol"), "{err}");
    assert!(err.contains("was built for plugin ABI 99.0"), "{err}");
}

#[test]
fn a_timeout_that_is_not_a_positive_number_is_refused() {
    let output = run(informe().arg("plugins").args(["--isolate-plugins", "--plugin-timeout", "0"]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--plugin-timeout must be a positive number of seconds"), "{}", stderr(&output));
}
