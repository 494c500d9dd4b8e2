//! Stop signals while outputs are written: SIGINT, SIGTERM and SIGHUP end informe as they would
//! any program, but never leave a temporary file beside an output, nor one report's outputs half
//! replaced (a new PDF beside an old workbook).
//!
//! A big synthetic report (the fixture's programs cloned to 400) makes the writing last long
//! enough to be caught: the test watches the output folder and signals informe the moment a
//! temporary file appears.

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use informe_tests::{fixture, informe, profile_dir};

const OLD: &[u8] = b"last week's report";

/// The fixture with its programs cloned to `count`, in one measure.
fn big_data(dir: &Path, count: usize) -> PathBuf {
    let mut data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture()).expect("fixture")).expect("fixture is JSON");
    let programs: Vec<serde_json::Value> = data["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .flat_map(|m| m["programs"].as_array().expect("programs").clone())
        .collect();
    let cloned: Vec<serde_json::Value> = (0..count)
        .map(|i| {
            let mut program = programs[i % programs.len()].clone();
            program["id"] = format!("{}-{i}", program["id"].as_str().expect("id")).into();
            program
        })
        .collect();
    let mut measure = data["measures"][0].clone();
    measure["programs"] = cloned.into();
    data["measures"] = vec![measure].into();
    let path = dir.join("big.json");
    std::fs::write(&path, data.to_string()).expect("write data");
    path
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

/// Builds into `out` and sends `signal` as soon as a temporary file shows there. Returns whether
/// the signal caught informe while it was writing (it may have finished first).
fn stop_while_writing(data: &Path, out: &Path, signal: i32) -> bool {
    let (pdf, ods) = (out.join("report.pdf"), out.join("report.ods"));
    std::fs::write(&pdf, OLD).expect("old pdf");
    std::fs::write(&ods, OLD).expect("old ods");
    let mut child = informe()
        .arg("build")
        .arg(data)
        .arg("-o")
        .arg(&pdf)
        .arg("-o")
        .arg(&ods)
        .arg("--plugins")
        .arg(profile_dir())
        .stderr(Stdio::null())
        .spawn()
        .expect("start informe");
    let pid = i32::try_from(child.id()).expect("pid");
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut sent = false;
    while Instant::now() < deadline {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if !temporaries(out).is_empty() {
            // SAFETY: kill(2) on our own child, which has not been reaped yet.
            assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "signal sent");
            sent = true;
            break;
        }
    }
    let status = child.wait().expect("wait");
    assert!(temporaries(out).is_empty(), "signal {signal}: temporary files left: {:?}", temporaries(out));
    // Both outputs are old, or both new: never a mix.
    let replaced = [&pdf, &ods].map(|f| std::fs::read(f).expect("output") != OLD);
    assert!(replaced[0] == replaced[1], "signal {signal}: one output replaced, not the other: {replaced:?}");
    let caught = sent && status.signal() == Some(signal);
    if caught {
        assert!(!replaced[0], "signal {signal}: informe was stopped, yet replaced the outputs");
    }
    caught
}

#[test]
fn stop_signals_leave_no_temporary_file_and_no_half_written_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = big_data(dir.path(), 400);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("out");
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // Writing lasts milliseconds: a few tries catch it in the middle.
        let caught = (0..8).any(|_| stop_while_writing(&data, &out, signal));
        assert!(caught, "signal {signal} never arrived while the outputs were being written");
    }
}
