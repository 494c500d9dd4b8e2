//! What a terminating signal (SIGINT, SIGTERM, SIGHUP) must not leave behind: the temporary files
//! of outputs being written, and a half-committed set of outputs.
//!
//! Temporary files are registered here while they exist; [`install`] sets handlers that remove
//! them, then let the signal end the process as it would have. Renaming a report's temporary
//! files onto their targets ([`commit`]) is never cut in half: the committing thread blocks the
//! signals, and a handler on another thread waits for the renames to finish.
//!
//! Invariant: a handler only reads atomics and calls unlink(2), sigaction(2) and raise(3), which
//! are async-signal-safe; a registered path is freed only when no handler can be reading it.

use std::ffi::{CString, c_char};
use std::path::Path;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering::SeqCst};

/// One slot of the registry: a path or null. Slots are never freed, only reused.
struct Slot {
    path: AtomicPtr<c_char>,
    next: *mut Slot,
}

/// The registry: a lock-free list of slots, pushed at the head.
static HEAD: AtomicPtr<Slot> = AtomicPtr::new(null_mut());
/// Set by a handler before it reads the registry; after that, nothing is freed or committed.
static STOPPING: AtomicBool = AtomicBool::new(false);
/// Commits in progress; a handler waits for none before removing files.
static COMMITTING: AtomicUsize = AtomicUsize::new(0);

/// A registered temporary file; dropping it unregisters the path (the file is the caller's).
#[derive(Debug)]
pub struct Registered {
    slot: &'static Slot,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Slot")
    }
}

// SAFETY: a slot's `next` is written once before the slot is published and never changes; its
// path is an atomic.
unsafe impl Sync for Slot {}
unsafe impl Send for Slot {}

/// Registers `path` for removal on a terminating signal; `None` for a path with a NUL byte, which
/// no file system can hold anyway.
pub fn register(path: &Path) -> Option<Registered> {
    use std::os::unix::ffi::OsStrExt;
    let raw = CString::new(path.as_os_str().as_bytes()).ok()?.into_raw();
    // A free slot is reused; otherwise a new one is pushed (and kept for the process's life).
    let mut at = HEAD.load(SeqCst);
    while let Some(slot) = unsafe { at.as_ref() } {
        if slot.path.compare_exchange(null_mut(), raw, SeqCst, SeqCst).is_ok() {
            return Some(Registered { slot });
        }
        at = slot.next;
    }
    let slot: &'static mut Slot = Box::leak(Box::new(Slot { path: AtomicPtr::new(raw), next: null_mut() }));
    loop {
        let head = HEAD.load(SeqCst);
        slot.next = head;
        if HEAD.compare_exchange(head, slot, SeqCst, SeqCst).is_ok() {
            return Some(Registered { slot });
        }
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        let raw = self.slot.path.swap(null_mut(), SeqCst);
        // A handler marks STOPPING before reading any slot, so if it is not marked after the
        // swap, no handler holds this pointer; otherwise it stays allocated (the process is ending).
        if !raw.is_null() && !STOPPING.load(SeqCst) {
            // SAFETY: `raw` came from `CString::into_raw` in `register` and is freed once.
            drop(unsafe { CString::from_raw(raw) });
        }
    }
}

/// A commit in progress: the signals are blocked on this thread until it is dropped.
#[derive(Debug)]
pub struct Commit {
    previous: Option<nix::sys::signal::SigSet>,
}

/// Starts a commit, or `None` when a signal is already ending the process (commit nothing then).
pub fn commit() -> Option<Commit> {
    use nix::sys::signal::{SigmaskHow, pthread_sigmask};
    let mut previous = nix::sys::signal::SigSet::empty();
    let blocked = pthread_sigmask(SigmaskHow::SIG_BLOCK, Some(&signals()), Some(&mut previous)).is_ok();
    let guard = Commit { previous: blocked.then_some(previous) };
    COMMITTING.fetch_add(1, SeqCst);
    if STOPPING.load(SeqCst) {
        drop(guard);
        return None;
    }
    Some(guard)
}

impl Drop for Commit {
    fn drop(&mut self) {
        COMMITTING.fetch_sub(1, SeqCst);
        if let Some(previous) = &self.previous {
            // A signal that came meanwhile is delivered here, with the commit complete.
            let _ = nix::sys::signal::pthread_sigmask(nix::sys::signal::SigmaskHow::SIG_SETMASK, Some(previous), None);
        }
    }
}

fn signals() -> nix::sys::signal::SigSet {
    use nix::sys::signal::Signal;
    let mut set = nix::sys::signal::SigSet::empty();
    for signal in [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP] {
        set.add(signal);
    }
    set
}

/// Installs the handlers of SIGINT, SIGTERM and SIGHUP that remove registered temporary files
/// before the signal takes its default effect. A program that writes outputs calls it once.
pub fn install() -> Result<(), std::io::Error> {
    use nix::sys::signal::{SaFlags, SigAction, SigHandler, sigaction};
    // The three signals are masked while one is handled, so handlers never nest.
    let action = SigAction::new(SigHandler::Handler(on_signal), SaFlags::SA_RESTART, signals());
    for signal in signals().iter() {
        // SAFETY: `on_signal` only does async-signal-safe things (see the module invariant).
        unsafe { sigaction(signal, &action) }.map_err(std::io::Error::from)?;
    }
    Ok(())
}

extern "C" fn on_signal(number: std::ffi::c_int) {
    use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, raise, sigaction};
    remove_temporaries();
    // The signal's own effect, as if informe had not caught it: its default action, delivered
    // when this handler returns (the signal is masked until then).
    if let Ok(signal) = Signal::try_from(number) {
        let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
        // SAFETY: restoring the default disposition is async-signal-safe.
        let _ = unsafe { sigaction(signal, &default) };
        let _ = raise(signal);
    }
}

/// Removes every registered temporary file, after the renames in flight, and lets no other be
/// committed: for a process about to end, from a signal handler too (async-signal-safe).
pub(crate) fn remove_temporaries() {
    STOPPING.store(true, SeqCst);
    // Renames in flight finish first: a report's outputs are all replaced or none.
    while COMMITTING.load(SeqCst) > 0 {
        std::hint::spin_loop();
    }
    let mut at = HEAD.load(SeqCst);
    // SAFETY: slots are never freed, and no path is freed once STOPPING is set.
    while let Some(slot) = unsafe { at.as_ref() } {
        let raw = slot.path.load(SeqCst);
        if !raw.is_null() {
            // SAFETY: a NUL-terminated string from `CString::into_raw`, still allocated.
            let _ = nix::unistd::unlink(unsafe { std::ffi::CStr::from_ptr(raw) });
        }
        at = slot.next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paths registered now.
    fn registered() -> Vec<String> {
        let mut found = Vec::new();
        let mut at = HEAD.load(SeqCst);
        while let Some(slot) = unsafe { at.as_ref() } {
            let raw = slot.path.load(SeqCst);
            if !raw.is_null() {
                found.push(unsafe { std::ffi::CStr::from_ptr(raw) }.to_string_lossy().into_owned());
            }
            at = slot.next;
        }
        found
    }

    #[test]
    fn registered_paths_are_listed_until_dropped_and_slots_are_reused() {
        let a = register(Path::new("/tmp/informe-test-a.tmp")).expect("register");
        let b = register(Path::new("/tmp/informe-test-b.tmp")).expect("register");
        assert!(registered().contains(&"/tmp/informe-test-a.tmp".to_owned()));
        drop(a);
        assert!(!registered().contains(&"/tmp/informe-test-a.tmp".to_owned()));
        let c = register(Path::new("/tmp/informe-test-c.tmp")).expect("register");
        assert!(registered().contains(&"/tmp/informe-test-c.tmp".to_owned()));
        drop((b, c));
        assert!(registered().iter().all(|p| !p.starts_with("/tmp/informe-test-")));
    }
}
