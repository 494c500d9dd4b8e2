//! In-process plugin calls that end the process: a plugin running inside informe that crashes,
//! aborts or hangs cannot be contained, so it is reported — which plugin, which program, what
//! happened — and informe exits with an exit code of its own, never by the signal.
//!
//! Once a program [`arm`]s the guard, every in-process call is entered with its report prepared
//! in advance ([`enter`]): a signal handler may not allocate or format, so it only writes bytes
//! prepared before the call. A watchdog thread ends a call that overstays its time limit the
//! same way, since a thread running a plugin's code cannot be stopped; and a plugin that calls
//! `exit` is reported from an `atexit` handler, which ends the process with the same code.
//!
//! Invariant: the signal handler only reads atomics and a constant-initialised thread-local and
//! calls write(2), unlink(2) (the temporary outputs, see `interrupt.rs`), sigaction(2) and
//! _exit(2), all async-signal-safe. A fault outside any plugin call is left to the handler that
//! was there before (Rust's stack-overflow report, or the default action).

use std::cell::Cell;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering::SeqCst};
use std::sync::{Arc, Condvar, Mutex, Once};
use std::time::{Duration, Instant};

use crate::diagnostic::{Diagnostic, Kind};

/// The exit code of a fatal plugin fault; negative until [`arm`]ed.
static EXIT_CODE: AtomicI32 = AtomicI32::new(-1);
/// Set once a handler or the watchdog reports: nothing a report reads is freed after that.
static FATAL: AtomicBool = AtomicBool::new(false);

/// Calls in progress, for the signal handler: each slot holds the report of one call or null.
/// A thread finds its own through [`MINE`]; more calls at once than slots go unguarded by it.
static SLOTS: [AtomicPtr<Prepared>; 64] = [const { AtomicPtr::new(null_mut()) }; 64];

thread_local! {
    /// The slot of this thread's call in progress, or `usize::MAX`. Constant-initialised and
    /// without a destructor, so reading it is a plain load, safe in a signal handler.
    static MINE: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// How the program that armed the guard shows a diagnostic (its one layout, or JSON), ending
/// with a line break; informe's own layout until it says.
static SHOW: std::sync::OnceLock<fn(&Diagnostic) -> String> = std::sync::OnceLock::new();

/// The diagnostics that would report one call, shown as bytes, prepared before the call.
#[derive(Debug)]
#[cfg_attr(not(unix), allow(dead_code, reason = "without signals, only the report of a hang is read"))]
struct Prepared {
    /// A crash of the call, as shown before and after the signal's name (`signal 6 (SIGABRT)`).
    crash: Split,
    /// What a fault on another thread says while this call is in progress, around the signal.
    elsewhere: Split,
    /// The report of a hang.
    hang: Box<[u8]>,
    /// The report of a call to `exit` by the plugin.
    exited: Box<[u8]>,
}

/// A shown diagnostic cut where the signal's name goes, which only the handler knows.
type Split = (Box<[u8]>, Box<[u8]>);

/// Where the signal's name goes in a message: characters neither informe's layout nor JSON
/// escape, so that the shown diagnostic can be cut there.
const SIGNAL: &str = "\u{27e8}signal\u{27e9}";

/// Who is called and on what, to be named if the call never returns.
pub(crate) struct Scene {
    /// `plugin `music`` or `plugin file /x/libm.so`.
    pub who: String,
    /// `on program `p``, `while loading`, `while giving its schema`.
    pub during: String,
    /// What to do about it (see `Placement::in_process_hint`).
    pub hint: &'static str,
    /// How long the call may take; `None`: as long as it takes.
    pub limit: Option<Duration>,
}

/// Makes every in-process plugin call from now on report a crash, an abort or a hang and end
/// the process with `exit_code`, each report a diagnostic as `show` shows it. A program that
/// loads plugins in process calls it once, before loading them; until then (and in a plugin's
/// worker, which is reported by its host) a fault in a plugin takes its default effect.
pub fn arm(exit_code: i32, show: fn(&Diagnostic) -> String) -> std::io::Result<()> {
    let _ = SHOW.set(show);
    static INSTALLED: Once = Once::new();
    let mut result = Ok(());
    INSTALLED.call_once(|| result = install());
    EXIT_CODE.store(exit_code, SeqCst);
    result
}

#[cfg(unix)]
fn install() -> std::io::Result<()> {
    signals::install()?;
    // SAFETY: registering a plain function; `on_exit` only reads atomics and writes.
    if unsafe { nix::libc::atexit(on_exit) } != 0 {
        return Err(std::io::Error::other("atexit refused a handler"));
    }
    Ok(())
}

/// Without signals, only the watchdog guards a call.
#[cfg(not(unix))]
fn install() -> std::io::Result<()> {
    Ok(())
}

/// A call in progress; dropping it ends the guard over it.
#[must_use]
pub(crate) struct Guard {
    report: Option<Arc<Prepared>>,
    slot: Option<usize>,
    watched: Option<u64>,
}

/// Enters a call described by `scene` (built only when the guard is armed).
pub(crate) fn enter(scene: impl FnOnce() -> Scene) -> Guard {
    let code = EXIT_CODE.load(SeqCst);
    if code < 0 {
        return Guard { report: None, slot: None, watched: None };
    }
    let scene = scene();
    let report = Arc::new(prepare(&scene, code, SHOW.get().copied()));
    let raw = Arc::as_ptr(&report).cast_mut();
    let slot = SLOTS.iter().position(|slot| slot.compare_exchange(null_mut(), raw, SeqCst, SeqCst).is_ok());
    if let Some(slot) = slot {
        MINE.with(|mine| mine.set(slot));
    }
    let watched = scene.limit.map(|limit| watchdog::watch(Instant::now() + limit, Arc::clone(&report)));
    Guard { report: Some(report), slot, watched }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(slot) = self.slot {
            MINE.with(|mine| mine.set(usize::MAX));
            SLOTS[slot].store(null_mut(), SeqCst);
        }
        if let Some(id) = self.watched {
            watchdog::unwatch(id);
        }
        // A handler on another thread may be reading the report: the process is ending anyway.
        if FATAL.load(SeqCst)
            && let Some(report) = self.report.take()
        {
            std::mem::forget(report);
        }
    }
}

/// The reports of the call `scene`, shown by `show` (else in informe's layout).
fn prepare(scene: &Scene, code: i32, show: Option<fn(&Diagnostic) -> String>) -> Prepared {
    let (who, during, hint) = (&scene.who, &scene.during, scene.hint);
    let show = |message: String, hint: String| {
        let diagnostic = Diagnostic::error(message).of_kind(Kind::Plugin).with_hint(hint);
        let mut text = show.map_or_else(|| diagnostic.to_string(), |show| show(&diagnostic));
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text
    };
    let bytes = |text: &str| text.as_bytes().to_vec().into_boxed_slice();
    // Cut at the mark standing where the signal goes; `who` and `during` (a program's id, which
    // data writes) stand after it or before it, so the mark is looked for from the other side.
    let split = |text: String, from_end: bool| -> Split {
        let at = if from_end { text.rfind(SIGNAL) } else { text.find(SIGNAL) };
        match at {
            Some(at) => (bytes(&text[..at]), bytes(&text[at + SIGNAL.len()..])),
            None => (bytes(&text), bytes("")),
        }
    };
    let stopped = format!("informe stopped at once (exit code {code})");
    let limit = scene.limit.map(|l| format!("{} s", l.as_secs_f64())).unwrap_or_default();
    Prepared {
        crash: split(
            show(format!("{who} crashed {during} in informe's own process: {SIGNAL}; {stopped}"), hint.to_owned()),
            true,
        ),
        elsewhere: split(
            show(
                format!(
                    "informe received {SIGNAL} outside the plugin call in progress ({who}, {during}) and \
                     stopped at once (exit code {code})"
                ),
                format!("a thread the plugin started may be at fault; {hint}"),
            ),
            false,
        ),
        hang: bytes(&show(
            format!(
                "{who} did not answer within {limit} {during} in informe's own process, where it cannot be stopped; {stopped}"
            ),
            format!("if it is only slow, raise the limit with --plugin-timeout SECONDS; {hint}"),
        )),
        exited: bytes(&show(
            format!("{who} called exit {during} in informe's own process; {stopped}"),
            hint.to_owned(),
        )),
    }
}

/// Run by exit(3): a plugin that calls `exit` during an in-process call on this thread would
/// otherwise end informe silently, with a status of its own.
#[cfg(unix)]
extern "C" fn on_exit() {
    let report = SLOTS.get(MINE.with(|mine| mine.get())).map(|s| s.load(SeqCst)).filter(|p| !p.is_null());
    if let Some(report) = report
        && EXIT_CODE.load(SeqCst) >= 0
    {
        // SAFETY: a slot's report stays allocated while published.
        let report: &Prepared = unsafe { &*report };
        die(&[&report.exited]);
    }
}

/// Writes `parts` to stderr with write(2) alone, then removes the temporary outputs and ends
/// the process with the armed exit code. Async-signal-safe.
fn die(parts: &[&[u8]]) -> ! {
    FATAL.store(true, SeqCst);
    for part in parts {
        write_all(part);
    }
    #[cfg(unix)]
    {
        crate::interrupt::remove_temporaries();
        // SAFETY: _exit(2) ends the process at once, without running anything of this one.
        unsafe { nix::libc::_exit(EXIT_CODE.load(SeqCst)) }
    }
    #[cfg(not(unix))]
    std::process::exit(EXIT_CODE.load(SeqCst))
}

#[cfg(unix)]
fn write_all(mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: write(2) on stderr from a live slice.
        let written = unsafe { nix::libc::write(2, bytes.as_ptr().cast(), bytes.len()) };
        if written <= 0 {
            return;
        }
        bytes = &bytes[written as usize..];
    }
}

#[cfg(not(unix))]
fn write_all(bytes: &[u8]) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(bytes);
}

#[cfg(unix)]
mod signals {
    use std::ffi::c_int;
    use std::sync::OnceLock;
    use std::sync::atomic::Ordering::SeqCst;

    use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, sigaction};

    use super::{EXIT_CODE, MINE, Prepared, SLOTS, die};

    /// The signals a faulty plugin ends a process with.
    const FAULTS: [Signal; 5] = [Signal::SIGSEGV, Signal::SIGBUS, Signal::SIGILL, Signal::SIGFPE, Signal::SIGABRT];

    /// What each signal is called in a report (`signal 6 (SIGABRT)`), and the handler that was
    /// there before ours, for faults outside plugin calls.
    static NAMES: OnceLock<[Box<[u8]>; 5]> = OnceLock::new();
    static PREVIOUS: [OnceLock<SigAction>; 5] = [const { OnceLock::new() }; 5];

    pub(super) fn install() -> std::io::Result<()> {
        NAMES.get_or_init(|| FAULTS.map(|s| format!("signal {} ({})", s as c_int, s.as_str()).into_bytes().into()));
        // On the alternate stack Rust gives every thread, so a plugin that overflows its stack
        // is reported too.
        let action = SigAction::new(SigHandler::Handler(on_fault), SaFlags::SA_ONSTACK, SigSet::empty());
        for (signal, previous) in FAULTS.iter().zip(&PREVIOUS) {
            // SAFETY: `on_fault` keeps to async-signal-safe calls (see the module invariant).
            let old = unsafe { sigaction(*signal, &action) }.map_err(std::io::Error::from)?;
            let _ = previous.set(old);
        }
        Ok(())
    }

    extern "C" fn on_fault(number: c_int) {
        let Some(index) = FAULTS.iter().position(|s| *s as c_int == number) else { return };
        let busy = |slot: usize| SLOTS.get(slot).map(|s| s.load(SeqCst)).filter(|p| !p.is_null());
        let own = busy(MINE.with(|mine| mine.get()));
        let other = || (0..SLOTS.len()).find_map(busy);
        let (Some(names), true) = (NAMES.get(), EXIT_CODE.load(SeqCst) >= 0) else { return chain(index) };
        let name: &[u8] = &names[index];
        match (own, own.or_else(other)) {
            (Some(report), _) => {
                // SAFETY: a slot's report stays allocated while published (and for good once FATAL is set).
                let report: &Prepared = unsafe { &*report };
                die(&[&report.crash.0, name, &report.crash.1])
            }
            (None, Some(report)) => {
                // SAFETY: as above.
                let report: &Prepared = unsafe { &*report };
                die(&[&report.elsewhere.0, name, &report.elsewhere.1])
            }
            (None, None) => chain(index),
        }
    }

    /// Puts back the handler that was there before and returns: the faulting instruction runs
    /// again and faults into it (an abort raises again once its handler returns).
    fn chain(index: usize) {
        if let Some(previous) = PREVIOUS[index].get() {
            // SAFETY: sigaction(2) is async-signal-safe; `previous` is what the kernel gave us.
            let _ = unsafe { sigaction(FAULTS[index], previous) };
        }
    }
}

mod watchdog {
    use super::*;

    /// Calls with a deadline, each with its report, and the next call id.
    struct Watched {
        next: u64,
        calls: Vec<(u64, Instant, Arc<Prepared>)>,
    }

    static WATCHED: Mutex<Watched> = Mutex::new(Watched { next: 0, calls: Vec::new() });
    static CHANGED: Condvar = Condvar::new();

    fn watched() -> std::sync::MutexGuard<'static, Watched> {
        WATCHED.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Watches a call until `deadline`; returns its id for [`unwatch`].
    pub(super) fn watch(deadline: Instant, report: Arc<Prepared>) -> u64 {
        static STARTED: Once = Once::new();
        STARTED.call_once(|| {
            // Without its watchdog a hang would only last: the call itself still runs.
            let _ = std::thread::Builder::new().name("informe-plugin-watchdog".into()).spawn(run);
        });
        let mut watched = watched();
        let id = watched.next;
        watched.next += 1;
        // The watchdog sleeps until the earliest deadline: it must hear of an earlier one.
        let earlier = watched.calls.iter().all(|(_, other, _)| deadline < *other);
        watched.calls.push((id, deadline, report));
        drop(watched);
        if earlier {
            CHANGED.notify_one();
        }
        id
    }

    pub(super) fn unwatch(id: u64) {
        let mut watched = watched();
        if let Some(at) = watched.calls.iter().position(|(other, ..)| *other == id) {
            watched.calls.swap_remove(at);
        }
    }

    fn run() {
        let mut watched = watched();
        loop {
            let now = Instant::now();
            let earliest = watched.calls.iter().min_by_key(|(_, deadline, _)| *deadline);
            watched = match earliest {
                None => CHANGED.wait(watched).unwrap_or_else(std::sync::PoisonError::into_inner),
                Some((_, deadline, report)) if *deadline <= now => die(&[&report.hang]),
                Some((_, deadline, _)) => {
                    let wait = *deadline - now;
                    CHANGED.wait_timeout(watched, wait).unwrap_or_else(std::sync::PoisonError::into_inner).0
                }
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(parts: &[&[u8]]) -> String {
        parts.iter().map(|p| String::from_utf8_lossy(p)).collect()
    }

    #[test]
    fn a_report_names_plugin_program_and_cause_with_the_data_escaped() {
        let scene = Scene {
            who: "plugin `music`".into(),
            during: "on program `p\u{1b}[31m`".into(),
            hint: "run it in a worker",
            limit: Some(Duration::from_millis(1500)),
        };
        let report = prepare(&scene, 7, None);
        assert_eq!(
            text(&[&report.crash.0, b"signal 6 (SIGABRT)", &report.crash.1]),
            "error: plugin `music` crashed on program `p\\u{1b}[31m` in informe's own process: signal 6 (SIGABRT); \
             informe stopped at once (exit code 7)\n  hint: run it in a worker\n"
        );
        let hang = text(&[&report.hang]);
        assert!(
            hang.starts_with("error: plugin `music` did not answer within 1.5 s on program `p\\u{1b}[31m`"),
            "{hang}"
        );
        assert!(hang.contains("(exit code 7)\n  hint: if it is only slow, raise the limit"), "{hang}");
        let exited = text(&[&report.exited]);
        assert!(exited.starts_with("error: plugin `music` called exit on program"), "{exited}");
        let elsewhere = text(&[&report.elsewhere.0, b"signal 11 (SIGSEGV)", &report.elsewhere.1]);
        assert!(
            elsewhere.starts_with("error: informe received signal 11 (SIGSEGV) outside the plugin call"),
            "{elsewhere}"
        );
    }

    #[test]
    fn shown_as_json_a_report_is_one_object_even_when_the_program_id_holds_the_signal_s_mark() {
        let scene = Scene {
            who: "plugin `music`".into(),
            during: format!("on program `a{SIGNAL}b`"),
            hint: "run it in a worker",
            limit: None,
        };
        let json: fn(&Diagnostic) -> String = |d| serde_json::to_string(d).expect("JSON");
        let report = prepare(&scene, 7, Some(json));
        for (parts, signal) in [(&report.crash, "signal 11 (SIGSEGV)"), (&report.elsewhere, "signal 6 (SIGABRT)")] {
            let shown = text(&[&parts.0, signal.as_bytes(), &parts.1]);
            let value: serde_json::Value = serde_json::from_str(shown.trim_end()).expect("one JSON object");
            let message = value["message"].as_str().expect("message");
            assert!(message.contains(signal) && message.contains(&format!("`a{SIGNAL}b`")), "{message}");
            assert_eq!(value["kind"], "plugin");
        }
    }

    #[test]
    fn an_unarmed_guard_prepares_nothing_and_holds_no_slot() {
        // Not armed in this test process: entering costs a load and builds no report.
        let guard = enter(|| panic!("the scene is built only when armed"));
        assert!(guard.report.is_none() && guard.slot.is_none() && guard.watched.is_none());
    }
}
