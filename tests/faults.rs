//! Faulty plugins, one per way a third-party plugin can fail: each is reported naming the plugin,
//! the program and the cause, an existing report is left as it was, and informe never ends by a
//! signal.
//!
//! A dropped-in plugin runs in a worker by default, where every fault is contained and the build
//! ends with exit code 3. In informe's own process (`--in-process-plugins`, or a lock that trusts
//! the plugin) the SDK contains panics and the host checks every answer (exit code 3 too); a
//! segfault, an abort, an `exit` or a hang cannot be survived there, so informe reports it and
//! stops at once with exit code 7.

use std::path::{Path, PathBuf};

use informe_tests::{fixture, fixture_with_program, informe, plugins_folder, profile_dir, run, stderr};

/// A faulty plugin, the family it claims, and what each way of running it must report.
struct Fault {
    package: &'static str,
    family: &'static str,
    /// Reported when the plugin runs in a worker.
    isolated: &'static [&'static str],
    /// Reported when it runs in informe's own process, for a fault that ends the process it
    /// runs in (exit code 7 then); `None`: reported as isolated, with exit code 3.
    in_process: Option<&'static [&'static str]>,
}

const FAULTS: &[Fault] = &[
    Fault {
        package: "informe-testplugin-panics",
        family: "fault-panics",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-panics` panicked on program `faulty`",
            "index out of range while reading program `faulty` (at tests/plugins/panics/src/lib.rs:",
        ],
        in_process: None,
    },
    Fault {
        package: "informe-testplugin-bad-json",
        family: "fault-bad-json",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-bad-json` broke the output contract on program `faulty`: invalid response: expected value at line 1 column 16",
        ],
        in_process: None,
    },
    Fault {
        package: "informe-testplugin-bad-contract",
        family: "fault-bad-contract",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-bad-contract` broke the output contract on program `faulty`: metric id `events` is empty or used twice",
        ],
        in_process: None,
    },
    Fault {
        package: "informe-testplugin-segfault",
        family: "fault-segfault",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-segfault` crashed on program `faulty`: its worker was killed by signal 11 (SIGSEGV)",
        ],
        in_process: Some(&[
            "error: plugin `fault-segfault` crashed on program `faulty` in informe's own process: signal 11 (SIGSEGV); informe stopped at once (exit code 7)",
        ]),
    },
    Fault {
        package: "informe-testplugin-abort",
        family: "fault-abort",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-abort` crashed on program `faulty`: its worker was killed by signal 6 (SIGABRT)",
        ],
        in_process: Some(&[
            "error: plugin `fault-abort` crashed on program `faulty` in informe's own process: signal 6 (SIGABRT); informe stopped at once (exit code 7)",
        ]),
    },
    Fault {
        package: "informe-testplugin-exit",
        family: "fault-exit",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-exit` crashed on program `faulty`: its worker exited with status 42",
        ],
        in_process: Some(&[
            "error: plugin `fault-exit` called exit on program `faulty` in informe's own process; informe stopped at once (exit code 7)",
        ]),
    },
    Fault {
        package: "informe-testplugin-hang",
        family: "fault-hang",
        isolated: &[
            "at `measures[0].programs[6]`: plugin `fault-hang` did not answer within 1.5 s on program `faulty` and was stopped",
            "hint: if it is only slow, raise the limit with --plugin-timeout SECONDS",
        ],
        in_process: Some(&[
            "error: plugin `fault-hang` did not answer within 1.5 s on program `faulty` in informe's own process, where it cannot be stopped; informe stopped at once (exit code 7)",
            "hint: if it is only slow, raise the limit with --plugin-timeout SECONDS",
        ]),
    },
];

/// How the build is asked to run plugins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// No flag: the dropped-in plugin in a worker, the shipped ones in process.
    Default,
    /// `--in-process-plugins`.
    InProcess,
    /// `--isolate-plugins`: every plugin in a worker, the shipped ones too.
    IsolateAll,
}

impl Mode {
    fn args(self) -> &'static [&'static str] {
        match self {
            Mode::Default => &[],
            Mode::InProcess => &["--in-process-plugins"],
            Mode::IsolateAll => &["--isolate-plugins"],
        }
    }
}

/// The fixture plus a program `faulty` of `family`.
fn data_with(dir: &Path, family: &str) -> PathBuf {
    let program = serde_json::json!({
        "id": "faulty", "name": "FAULTY PROGRAM", "family": family,
        "results_expected": "A program served by a faulty plugin."
    });
    fixture_with_program(dir, "with-fault.json", program)
}

/// Builds with `fault`'s plugin dropped in (plus the shipped ones) over an existing report, with
/// `extra` arguments, in `dir`; returns the output after checking the report was left alone.
fn build_over_a_report(dir: &Path, fault: &Fault, extra: &[&str]) -> std::process::Output {
    let plugins = plugins_folder(dir, &[fault.package]);
    let data = data_with(dir, fault.family);
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, b"last week's report").expect("existing report");
    let output = run(informe()
        .current_dir(dir)
        .arg("build")
        .arg(&data)
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(&plugins)
        .arg("--plugins")
        .arg(profile_dir())
        .args(["--plugin-timeout", "1.5"])
        .args(extra));
    assert_eq!(std::fs::read(&pdf).expect("report"), b"last week's report", "{}: report touched", fault.package);
    let stray: Vec<_> = std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{}: temporary files left: {stray:?}", fault.package);
    output
}

/// Builds with `fault`'s plugin in `mode` and checks exit code and messages.
fn assert_reported(fault: &Fault, mode: Mode) {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = build_over_a_report(dir.path(), fault, mode.args());
    let err = stderr(&output);
    let in_process = mode == Mode::InProcess;
    let (code, expected) = match (in_process, fault.in_process) {
        (true, Some(expected)) => (7, expected),
        _ => (3, fault.isolated),
    };
    assert!(
        output.status.code().is_some(),
        "{} {mode:?}: ended by a signal ({:?}):\n{err}",
        fault.package,
        output.status
    );
    assert_eq!(output.status.code(), Some(code), "{} {mode:?}: {err}", fault.package);
    for line in expected {
        assert!(err.contains(line), "{} {mode:?}: `{line}` missing from:\n{err}", fault.package);
    }
}

#[test]
fn a_dropped_in_plugin_runs_isolated_by_default_so_every_fault_is_contained() {
    for fault in FAULTS {
        assert_reported(fault, Mode::Default);
    }
}

#[test]
fn isolate_plugins_contains_every_fault_too() {
    for fault in FAULTS {
        assert_reported(fault, Mode::IsolateAll);
    }
}

#[test]
fn in_process_every_fault_is_reported_and_none_ends_informe_by_a_signal() {
    for fault in FAULTS {
        assert_reported(fault, Mode::InProcess);
    }
}

#[test]
fn with_message_format_json_every_fault_is_one_json_diagnostic_contained_or_not() {
    let segfault = FAULTS.iter().find(|f| f.package == "informe-testplugin-segfault").expect("segfault");
    for (mode, code) in [(Mode::Default, 3), (Mode::InProcess, 7)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let extra = [&["--message-format", "json"][..], mode.args()].concat();
        let output = build_over_a_report(dir.path(), segfault, &extra);
        assert_eq!(output.status.code(), Some(code), "{mode:?}: {}", stderr(&output));
        let lines: Vec<serde_json::Value> = stderr(&output)
            .lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|err| panic!("{mode:?}: not JSON ({err}): {line}")))
            .collect();
        let fault = lines.iter().find(|d| d["severity"] == "error").expect("an error");
        assert_eq!(fault["kind"], "plugin", "{mode:?}: {fault}");
        let message = fault["message"].as_str().unwrap_or_default();
        assert!(message.contains("crashed on program `faulty`"), "{mode:?}: {fault}");
        assert!(message.contains("signal 11 (SIGSEGV)"), "{mode:?}: {fault}");
        if mode == Mode::Default {
            // Contained, it is placed on the program in the data.
            assert_eq!(fault["path"], "measures[0].programs[6]", "{fault}");
            assert!(fault["line"].as_u64().is_some(), "{fault}");
        } else {
            assert!(message.ends_with("informe stopped at once (exit code 7)"), "{fault}");
            assert!(fault["hints"][0].is_string(), "{fault}");
        }
    }
}

#[test]
fn a_plugin_the_lock_trusts_runs_in_process() {
    let abort = FAULTS.iter().find(|f| f.package == "informe-testplugin-abort").expect("abort");
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &[abort.package]);
    let pin = |trust: &[&str]| {
        let output = run(informe()
            .current_dir(dir.path())
            .args(["plugins", "pin"])
            .args(trust)
            .arg("--plugins")
            .arg(&plugins)
            .arg("--plugins")
            .arg(profile_dir()));
        assert!(output.status.success(), "{}", stderr(&output));
    };
    // Pinned without trust: still a worker, so the abort is contained (exit code 3).
    pin(&[]);
    let output = build_over_a_report(dir.path(), abort, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains(abort.isolated[0]), "{}", stderr(&output));
    // Trusted: in informe's own process, where the abort ends informe, reported, with exit code 7.
    pin(&["--trust", "fault-abort"]);
    let output = build_over_a_report(dir.path(), abort, &[]);
    assert_eq!(output.status.code(), Some(7), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains(abort.in_process.expect("fatal")[0]), "{err}");
    assert!(err.contains("hint: the plugin lock trusts this plugin to run in informe's process"), "{err}");
}

#[test]
fn every_command_that_runs_plugins_isolates_a_dropped_in_one_unless_asked() {
    let abort = FAULTS.iter().find(|f| f.package == "informe-testplugin-abort").expect("abort");
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &[abort.package]);
    let data = data_with(dir.path(), abort.family);
    let file = plugins.join(informe_tests::dll_name("informe_testplugin_abort"));
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    let folders: Vec<std::ffi::OsString> =
        vec!["--plugins".into(), plugins.clone().into(), "--plugins".into(), profile_dir().into()];
    // Each command (`plugin run` names its plugin's file, the others search folders), and its
    // exit code when the isolated plugin's fault is contained.
    let commands: [(&str, Vec<std::ffi::OsString>, i32); 3] = [
        ("check", [vec!["check".into(), data.clone().into()], folders.clone()].concat(), 3),
        ("batch", [vec!["batch".into(), data.clone().into(), "-d".into(), out.into()], folders].concat(), 6),
        (
            "plugin run",
            vec!["plugin".into(), "run".into(), file.into(), data.clone().into(), "--program".into(), "faulty".into()],
            3,
        ),
    ];
    for (name, args, contained) in commands {
        for (mode, code, expected) in
            [(Mode::Default, contained, abort.isolated), (Mode::InProcess, 7, abort.in_process.expect("fatal"))]
        {
            let output = run(informe().args(&args).args(mode.args()));
            let err = stderr(&output);
            assert_eq!(output.status.code(), Some(code), "{name} {mode:?}: {err}");
            assert!(err.contains(expected[0]), "{name} {mode:?}: `{}` missing from:\n{err}", expected[0]);
        }
    }
}

#[test]
fn isolated_plugins_give_the_same_report_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let build = |name: &str, extra: &[&str]| {
        let pdf = dir.path().join(name);
        let output = run(informe()
            .arg("build")
            .arg(fixture())
            .arg("-o")
            .arg(&pdf)
            .arg("--plugins")
            .arg(profile_dir())
            .args(extra));
        assert!(output.status.success(), "{}", stderr(&output));
        std::fs::read(&pdf).expect("pdf")
    };
    assert!(
        build("isolated.pdf", &["--isolate-plugins"]) == build("in-process.pdf", &[]),
        "isolation changed the report"
    );
}

#[test]
fn isolated_loading_refuses_what_in_process_loading_refuses() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &["informe-testplugin-no-entry", "informe-testplugin-wrong-abi"]);
    for mode in [Mode::Default, Mode::InProcess] {
        let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins).args(mode.args()));
        assert_eq!(output.status.code(), Some(3), "{mode:?}: {}", stderr(&output));
        let err = stderr(&output);
        assert!(err.contains("exports no `informe_plugin_descriptor` symbol"), "{mode:?}: {err}");
        assert!(err.contains("was built for plugin ABI 99.0"), "{mode:?}: {err}");
    }
}

#[test]
fn a_timeout_that_is_not_a_positive_number_is_refused() {
    for extra in [&[][..], &["--isolate-plugins"][..], &["--in-process-plugins"][..]] {
        let output = run(informe().arg("plugins").args(extra).args(["--plugin-timeout", "0"]));
        assert_eq!(output.status.code(), Some(2), "{extra:?}: {}", stderr(&output));
        let err = stderr(&output);
        assert!(err.contains("--plugin-timeout must be a positive number of seconds"), "{extra:?}: {err}");
    }
}

#[test]
fn in_process_and_isolate_plugins_exclude_each_other() {
    let output = run(informe().args(["plugins", "--in-process-plugins", "--isolate-plugins"]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("cannot be used with"), "{}", stderr(&output));
}

#[test]
fn a_forked_worker_that_crashed_is_started_again_and_its_neighbours_carry_on() {
    use informe_core::host::{CallOutcome, Isolation, Placement, Plugin, Reason};
    let packages = ["informe-testplugin-segfault", "informe-testplugin-festival"];
    let files: Vec<_> = packages.iter().map(|p| informe_tests::library(p)).collect();
    let isolation = Isolation {
        program: profile_dir().join(format!("informe-worker{}", std::env::consts::EXE_SUFFIX)),
        args: Vec::new(),
        timeout: std::time::Duration::from_secs(30),
        forks: true,
    };
    let placement = Placement { isolated: true, reason: Reason::AskedIsolated };
    let plugins: Vec<Plugin> =
        Plugin::launch_all(&files.iter().map(|f| (f.clone(), None, placement)).collect::<Vec<_>>(), &isolation)
            .into_iter()
            .map(|launched| launched.and_then(|l| l.finish()).expect("a forked worker"))
            .collect();
    let request = |family: &str| {
        let report = serde_json::json!({"country": "Mexico", "country_code": "MX", "period": {"from": 2012, "to": 2015},
            "language": "en", "measures": [{"programs": [{"id": "p", "name": "P", "family": family,
            "data": {"editions": 1, "selected_projects": 2}}]}]});
        serde_json::to_vec(&informe_plugin::testing::request_for(&report.to_string(), "p")).expect("encode")
    };
    // Forked by the server, the crash is told by the signal, and told again by the worker
    // started in its place.
    for _ in 0..2 {
        match plugins[0].process(&request("fault-segfault")) {
            CallOutcome::Crashed(how) => assert_eq!(how, "was killed by signal 11 (SIGSEGV)"),
            other => panic!("not a crash: {other:?}"),
        }
    }
    assert!(matches!(plugins[1].process(&request("festival")), CallOutcome::Ok(_)), "the neighbour fell with it");
}
