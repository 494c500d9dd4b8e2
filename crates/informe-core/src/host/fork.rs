//! Starting many workers at the cost of one: a fork server.
//!
//! Executing a program is most of a worker's start-up (the loader, the runtime), and it would be
//! paid once per isolated plugin. Instead the host starts `informe-worker --fork …` once; that
//! small, single-threaded process forks one child per plugin, and each child loads its plugin and
//! serves it exactly as a worker executed on its own would (`serve::serve_stdio`), on pipes the
//! host made for it. The server then reaps its children and tells the host how each ended, so a
//! crash is still reported by its signal or exit status.
//!
//! Host and server speak frames (`frame.rs`) on the server's stdout: `F` (a child was forked: its
//! index in the status field, its pid in the body), `X` (a child ended: index, raw wait status),
//! `N` (a child could not be forked: index, the error).
//!
//! Invariants: a child holds its own pipes alone (every other child's, and the server's status
//! channel, are closed in it), so the host sees the end of a child's output when that child ends;
//! a pid is signalled only until its end is reported, since the server reaps it only then.

use std::ffi::OsString;
use std::fs::File;
use std::io::BufReader;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use nix::libc;

use crate::host::frame;
use crate::host::lock::Pin;

/// Server → host: a child was forked.
const FORKED: u8 = b'F';
/// Server → host: a child ended.
const EXITED: u8 = b'X';
/// Server → host: a child could not be forked.
const NOT_FORKED: u8 = b'N';

/// One child the server is to fork: its pipes (inherited from the host) and its plugin.
#[derive(Debug)]
pub struct Spec {
    pub input: RawFd,
    pub output: RawFd,
    pub plugin: PathBuf,
    pub pin: Option<(String, PathBuf)>,
}

/// The arguments after `--fork` that describe `specs`: five per child, `IN OUT PLUGIN SHA256
/// LOCK`, the last two empty for a plugin without pin.
pub fn args(specs: &[Spec]) -> Vec<OsString> {
    let mut args = Vec::with_capacity(specs.len() * 5);
    for spec in specs {
        let (sha256, lock) = spec.pin.clone().unwrap_or_default();
        args.extend([
            spec.input.to_string().into(),
            spec.output.to_string().into(),
            spec.plugin.clone().into_os_string(),
            sha256.into(),
            lock.into_os_string(),
        ]);
    }
    args
}

/// The children the arguments after `--fork` describe, or what is wrong with them.
pub fn parse(args: &[OsString]) -> Result<Vec<Spec>, String> {
    if args.is_empty() || !args.len().is_multiple_of(5) {
        return Err("--fork takes IN OUT PLUGIN SHA256 LOCK for each plugin".into());
    }
    let fd = |arg: &OsString| arg.to_str().and_then(|s| s.parse::<RawFd>().ok()).filter(|fd| *fd > 2);
    args.chunks(5)
        .map(|chunk| {
            let (Some(input), Some(output)) = (fd(&chunk[0]), fd(&chunk[1])) else {
                return Err(format!("not a pipe's descriptor: {:?} {:?}", chunk[0], chunk[1]));
            };
            let pin = match (chunk[3].is_empty(), chunk[4].is_empty()) {
                (true, true) => None,
                (false, false) => Some((
                    chunk[3].clone().into_string().map_err(|_| "a SHA-256 that is not text")?,
                    PathBuf::from(&chunk[4]),
                )),
                _ => return Err("a SHA-256 without its lock, or a lock without its SHA-256".into()),
            };
            Ok(Spec { input, output, plugin: PathBuf::from(&chunk[2]), pin })
        })
        .collect()
}

/// The server: forks a child per spec, each serving its plugin on its pipes, then reports every
/// child's end on stdout until none is left. Runs in a single-threaded process (forking is safe
/// only there), which it never returns to for a child.
pub fn serve_forks(specs: &[Spec]) -> std::io::Result<()> {
    // The status channel, apart from fd 1, which each child takes over for its own output.
    // SAFETY: duplicating this process's stdout into a descriptor owned by `status`.
    let mut status = File::from(unsafe { OwnedFd::from_raw_fd(check(libc::dup(1))?) });
    let mut children: Vec<(libc::pid_t, usize)> = Vec::with_capacity(specs.len());
    for (index, spec) in specs.iter().enumerate() {
        // SAFETY: this process has one thread; the child only closes and duplicates descriptors
        // before serving, as a freshly executed worker would.
        match unsafe { libc::fork() } {
            -1 => {
                let err = std::io::Error::last_os_error().to_string();
                report(&mut status, NOT_FORKED, index, err.as_bytes());
            }
            0 => {
                // Later children's pipes are still open here: this child must not hold them.
                for other in &specs[index + 1..] {
                    // SAFETY: closing descriptors this process inherited and no one else uses here.
                    unsafe {
                        libc::close(other.input);
                        libc::close(other.output);
                    }
                }
                let serving = (|| -> std::io::Result<()> {
                    // SAFETY: plain descriptor operations on this child's own pipes.
                    unsafe {
                        check(libc::dup2(spec.input, 0))?;
                        check(libc::dup2(spec.output, 1))?;
                        libc::close(spec.input);
                        libc::close(spec.output);
                        libc::close(status.as_raw_fd());
                    }
                    let pin = spec.pin.as_ref().map(|(sha256, lock)| Pin { sha256, lock, trusted: false });
                    crate::host::serve::serve_stdio(&spec.plugin, pin)
                })();
                let code = match serving {
                    Ok(()) => 0,
                    Err(err) => {
                        // A forked worker is a process of its own, with no CLI to print for it.
                        let lost = crate::Diagnostic::error(format!("the worker lost its host: {err}"))
                            .of_kind(crate::diagnostic::Kind::Internal);
                        eprintln!("{lost}");
                        1
                    }
                };
                std::process::exit(code);
            }
            pid => {
                // SAFETY: the child has its copies; the server needs none.
                unsafe {
                    libc::close(spec.input);
                    libc::close(spec.output);
                }
                children.push((pid, index));
                report(&mut status, FORKED, index, &pid.to_le_bytes());
            }
        }
    }
    while !children.is_empty() {
        let mut raw = 0;
        // SAFETY: waiting for any child of this process into a local.
        let pid = unsafe { libc::waitpid(-1, &mut raw, 0) };
        if pid == -1 {
            match std::io::Error::last_os_error() {
                err if err.kind() == std::io::ErrorKind::Interrupted => continue,
                err => return Err(err),
            }
        }
        if let Some(at) = children.iter().position(|(child, _)| *child == pid) {
            let (_, index) = children.swap_remove(at);
            report(&mut status, EXITED, index, &raw.to_le_bytes());
        }
    }
    Ok(())
}

/// Tells the host about child `index`; a host that is gone is no reason to stop reaping.
fn report(status: &mut File, tag: u8, index: usize, body: &[u8]) {
    let _ = frame::write(status, tag, i32::try_from(index).unwrap_or(i32::MAX), body);
}

fn check(result: libc::c_int) -> std::io::Result<libc::c_int> {
    if result == -1 { Err(std::io::Error::last_os_error()) } else { Ok(result) }
}

/// What the host knows of one forked child.
#[derive(Debug, Default, Clone, Copy)]
struct Known {
    pid: Option<libc::pid_t>,
    /// How it ended, once reported; `None` inside when the server could not say.
    ended: Option<Option<ExitStatus>>,
}

/// The host's view of a fork server and its children.
#[derive(Debug)]
pub struct Server {
    children: Mutex<Vec<Known>>,
    changed: Condvar,
}

/// One forked child, as its worker holds it.
#[derive(Debug)]
pub struct Handle {
    index: usize,
    server: Arc<Server>,
}

/// A forked child's end of the pipes, host side: where to write requests, where to read answers.
#[derive(Debug)]
pub struct Pipes {
    pub input: File,
    pub output: File,
    pub handle: Handle,
}

/// Starts a fork server (`program` with `args`, then `--fork` and the children) for the plugins
/// `plugins`, without waiting for any of them; every child's pipes are made here and inherited.
pub fn launch(
    program: &Path,
    args: &[OsString],
    plugins: &[(PathBuf, Option<(String, PathBuf)>)],
) -> std::io::Result<Vec<Pipes>> {
    let mut specs = Vec::with_capacity(plugins.len());
    let mut kept = Vec::with_capacity(plugins.len());
    // The child ends: inherited by the server, so made inheritable, and closed here once it runs.
    let mut given: Vec<OwnedFd> = Vec::with_capacity(plugins.len() * 2);
    for (plugin, pin) in plugins {
        let (child_in, host_in) = std::io::pipe()?;
        let (host_out, child_out) = std::io::pipe()?;
        let (child_in, child_out) = (OwnedFd::from(child_in), OwnedFd::from(child_out));
        for fd in [&child_in, &child_out] {
            // SAFETY: clearing close-on-exec on a descriptor this process owns. Until they are
            // closed below, a process another thread started would inherit them too: informe
            // starts processes from this thread alone while it loads plugins.
            check(unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, 0) })?;
        }
        specs.push(Spec {
            input: child_in.as_raw_fd(),
            output: child_out.as_raw_fd(),
            plugin: plugin.clone(),
            pin: pin.clone(),
        });
        given.extend([child_in, child_out]);
        kept.push((File::from(OwnedFd::from(host_in)), File::from(OwnedFd::from(host_out))));
    }
    let mut command = Command::new(program);
    command.args(args).arg("--fork").args(self::args(&specs));
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::inherit());
    let mut child = command.spawn()?;
    drop(given);
    let stdout = child.stdout.take().ok_or_else(|| std::io::Error::other("no pipe from the fork server"))?;
    let server =
        Arc::new(Server { children: Mutex::new(vec![Known::default(); plugins.len()]), changed: Condvar::new() });
    let listening = Arc::clone(&server);
    std::thread::spawn(move || listening.listen(child, stdout));
    Ok(kept
        .into_iter()
        .enumerate()
        .map(|(index, (input, output))| Pipes { input, output, handle: Handle { index, server: Arc::clone(&server) } })
        .collect())
}

impl Server {
    fn known(&self) -> std::sync::MutexGuard<'_, Vec<Known>> {
        self.children.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Records what the server reports, until it ends; then every child it did not report on
    /// has ended in a way no one can tell.
    fn listen(&self, mut server: std::process::Child, stdout: std::process::ChildStdout) {
        let mut reader = BufReader::new(stdout);
        while let Ok(Some(frame)) = frame::read(&mut reader) {
            let mut known = self.known();
            let Some(child) = usize::try_from(frame.status).ok().and_then(|i| known.get_mut(i)) else { continue };
            let raw = frame.body.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map(i32::from_le_bytes);
            match (frame.tag, raw) {
                (FORKED, Some(pid)) => child.pid = Some(pid),
                (EXITED, Some(raw)) => child.ended = Some(Some(ExitStatus::from_raw(raw))),
                (NOT_FORKED, _) => child.ended = Some(None),
                _ => {}
            }
            drop(known);
            self.changed.notify_all();
        }
        let _ = server.wait();
        for child in self.known().iter_mut().filter(|c| c.ended.is_none()) {
            child.ended = Some(None);
        }
        self.changed.notify_all();
    }

    /// Waits until `ready` holds for child `index`, or `limit` passes.
    fn wait_for(&self, index: usize, limit: Duration, ready: impl Fn(&Known) -> bool) -> Known {
        let deadline = Instant::now() + limit;
        let mut known = self.known();
        loop {
            let child = known[index];
            let left = deadline.saturating_duration_since(Instant::now());
            if ready(&child) || left.is_zero() {
                return child;
            }
            known = self.changed.wait_timeout(known, left).unwrap_or_else(std::sync::PoisonError::into_inner).0;
        }
    }
}

impl Handle {
    /// Whether the child has ended.
    pub fn has_ended(&self) -> bool {
        self.server.known()[self.index].ended.is_some()
    }

    /// Kills the child, if it runs (its pid is reported first, within `limit`).
    pub fn kill(&self, limit: Duration) {
        let child = self.server.wait_for(self.index, limit, |c| c.pid.is_some() || c.ended.is_some());
        if let (Some(pid), None) = (child.pid, child.ended) {
            // SAFETY: signalling a pid the server has not reaped, so still this child's.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }

    /// How the child ended, waiting at most `limit` for the server to say; `None` when it cannot.
    pub fn wait(&self, limit: Duration) -> Option<ExitStatus> {
        self.server.wait_for(self.index, limit, |c| c.ended.is_some()).ended.flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_go_to_the_server_as_five_arguments_each() {
        let specs = [
            Spec { input: 5, output: 6, plugin: "/p/liba.so".into(), pin: None },
            Spec { input: 7, output: 8, plugin: "/p/libb.so".into(), pin: Some(("ab".into(), "x.lock".into())) },
        ];
        let args = args(&specs);
        assert_eq!(args, ["5", "6", "/p/liba.so", "", "", "7", "8", "/p/libb.so", "ab", "x.lock"]);
        let read = parse(&args).expect("parse");
        assert_eq!(read.len(), 2);
        assert_eq!((read[1].input, read[1].output, &read[1].pin), (7, 8, &specs[1].pin));
        assert!(parse(&args[..4]).is_err(), "a child short of arguments");
        let mut stdio = args.clone();
        stdio[0] = "0".into();
        assert!(parse(&stdio).is_err(), "the server's own stdin is no child's pipe");
        let mut half = args;
        half[9] = "".into();
        assert!(parse(&half).is_err(), "a SHA-256 without its lock");
    }
}
