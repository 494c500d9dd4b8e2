//! Isolated plugins, host side: each plugin runs in a worker process of its own and is called
//! over pipes, so a crash, abort or hang kills the worker, never the host. Workers loaded together
//! are forked by one fork server when the worker program is one (see `fork.rs`), else each is
//! executed on its own.
//!
//! Invariant: every wait for the worker is bounded by the timeout; a worker that overstays it is
//! killed. A dead worker is started again on the next call, so one crash does not disable a plugin
//! for the rest of a `watch` session.

use std::ffi::OsString;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::host::error::PluginError;
use crate::host::frame::{self, Frame};
use crate::host::library::CallOutcome;
use crate::host::lock::Pin;

/// How to start a worker: the executable and arguments that make it serve one plugin (`PATH`,
/// and `--sha256 HEX --lock FILE` for a pinned one, are appended), and how long any answer may
/// take. The same limit bounds in-process calls (see `guard.rs`).
#[derive(Debug, Clone)]
pub struct Isolation {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub timeout: Duration,
    /// The program is also a fork server (`--fork`, see `fork.rs`): workers started together
    /// cost one process start.
    pub forks: bool,
}

/// What a worker says about its plugin once loaded: the descriptor, as JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hello {
    pub name: String,
    pub version: String,
    pub sdk_version: String,
    pub families: Vec<String>,
    pub abi_major: u16,
    pub abi_minor: u16,
    /// The framing protocol the worker speaks (`frame::PROTOCOL`); 1 when a worker does not say.
    #[serde(default = "protocol_1")]
    pub protocol: u16,
}

fn protocol_1() -> u16 {
    1
}

/// A running worker.
struct Running {
    process: Process,
    input: BufWriter<Box<dyn Write + Send>>,
    replies: Receiver<std::io::Result<Option<Frame>>>,
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running").field("process", &self.process).finish_non_exhaustive()
    }
}

/// A worker's process: started by this one, or forked by a fork server.
#[derive(Debug)]
enum Process {
    Own(Child),
    #[cfg(unix)]
    Forked(crate::host::fork::Handle),
}

impl Process {
    fn has_ended(&mut self) -> bool {
        match self {
            Process::Own(child) => child.try_wait().ok().flatten().is_some(),
            #[cfg(unix)]
            Process::Forked(handle) => handle.has_ended(),
        }
    }

    fn kill(&mut self, limit: Duration) {
        match self {
            Process::Own(child) => {
                let _ = child.kill();
            }
            #[cfg(unix)]
            Process::Forked(handle) => handle.kill(limit),
        }
        let _ = limit;
    }

    /// How the process ended, waiting at most `limit` (then killing it); `None` when it cannot
    /// be told.
    fn wait(&mut self, limit: Duration) -> Option<ExitStatus> {
        match self {
            Process::Own(child) => {
                let deadline = Instant::now() + limit;
                while Instant::now() < deadline {
                    match child.try_wait() {
                        Ok(Some(status)) => return Some(status),
                        Ok(None) => std::thread::sleep(Duration::from_millis(1)),
                        Err(_) => return None,
                    }
                }
                let _ = child.kill();
                child.wait().ok()
            }
            #[cfg(unix)]
            Process::Forked(handle) => handle.wait(limit).or_else(|| {
                handle.kill(limit);
                handle.wait(limit)
            }),
        }
    }
}

/// Turns a worker's output into a channel that can be waited on with a timeout.
fn listen(mut output: impl Read + Send + 'static) -> Receiver<std::io::Result<Option<Frame>>> {
    let (send, replies) = mpsc::channel();
    std::thread::spawn(move || {
        loop {
            let next = frame::read(&mut output);
            let done = !matches!(next, Ok(Some(_)));
            if send.send(next).is_err() || done {
                break;
            }
        }
    });
    replies
}

/// One plugin's worker, started on load and again after it dies.
#[derive(Debug)]
pub struct Worker {
    path: PathBuf,
    /// The pinned hash and the lock that pins it.
    pin: Option<(String, PathBuf)>,
    isolation: Isolation,
    running: Option<Running>,
    /// The protocol of the worker's last handshake.
    protocol: u16,
}

/// Why a wait for the worker ended without an answer.
enum Lost {
    Died(String),
    TimedOut,
}

impl Worker {
    /// Starts the worker of the plugin at `path` without waiting for it: [`Worker::handshake`]
    /// does, so many workers start at once.
    pub fn launch(path: &Path, pin: Option<Pin<'_>>, isolation: &Isolation) -> Result<Self, PluginError> {
        let mut worker = Self {
            path: path.to_path_buf(),
            pin: pin.map(|p| (p.sha256.to_owned(), p.lock.to_path_buf())),
            isolation: isolation.clone(),
            running: None,
            protocol: 1,
        };
        worker.launch_process()?;
        Ok(worker)
    }

    /// Starts the worker of the plugin at `path` and waits for its handshake.
    pub fn start(path: &Path, pin: Option<Pin<'_>>, isolation: &Isolation) -> Result<(Self, Hello), PluginError> {
        let mut worker = Self::launch(path, pin, isolation)?;
        let hello = worker.handshake()?;
        Ok((worker, hello))
    }

    fn spawn(&mut self) -> Result<Hello, PluginError> {
        self.launch_process()?;
        self.handshake()
    }

    /// Starts the workers of all `plugins` without waiting for any: forked by one fork server
    /// when the worker program is one (and there is more than one), else executed one by one.
    pub fn launch_all(plugins: &[(PathBuf, Option<Pin<'_>>)], isolation: &Isolation) -> Vec<Result<Self, PluginError>> {
        let workers = plugins.iter().map(|(path, pin)| Self {
            path: path.clone(),
            pin: pin.map(|p| (p.sha256.to_owned(), p.lock.to_path_buf())),
            isolation: isolation.clone(),
            running: None,
            protocol: 1,
        });
        #[cfg(unix)]
        if isolation.forks && plugins.len() > 1 {
            let specs: Vec<(PathBuf, Option<(String, PathBuf)>)> =
                workers.clone().map(|w| (w.path.clone(), w.pin.clone())).collect();
            // A server that cannot start leaves each worker to be executed on its own.
            if let Ok(forked) = crate::host::fork::launch(&isolation.program, &isolation.args, &specs) {
                return workers
                    .zip(forked)
                    .map(|(mut worker, pipes)| {
                        worker.running = Some(Running {
                            process: Process::Forked(pipes.handle),
                            input: BufWriter::new(Box::new(pipes.input)),
                            replies: listen(pipes.output),
                        });
                        Ok(worker)
                    })
                    .collect();
            }
        }
        workers
            .map(|mut worker| {
                worker.launch_process()?;
                Ok(worker)
            })
            .collect()
    }

    fn launch_process(&mut self) -> Result<(), PluginError> {
        let mut command = Command::new(&self.isolation.program);
        command.args(&self.isolation.args).arg(&self.path);
        if let Some((sha256, lock)) = &self.pin {
            command.arg("--sha256").arg(sha256).arg("--lock").arg(lock);
        }
        // The plugin's own prints reach the user's terminal through stderr; stdout is the protocol.
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        let start_failed = |err: std::io::Error| PluginError::Isolation {
            path: self.path.clone(),
            message: format!("cannot start a worker ({}): {err}", self.isolation.program.display()),
        };
        let mut child = command.spawn().map_err(start_failed)?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(start_failed(std::io::Error::other("no pipes")));
        };
        self.running = Some(Running {
            process: Process::Own(child),
            input: BufWriter::new(Box::new(stdin)),
            replies: listen(stdout),
        });
        Ok(())
    }

    /// Waits for the handshake of the worker just launched: the plugin it loaded, or why not.
    pub fn handshake(&mut self) -> Result<Hello, PluginError> {
        let lost = |how: Lost, worker: &Self| PluginError::Isolation {
            path: worker.path.clone(),
            message: match how {
                Lost::Died(how) => format!("the worker loading it {how}"),
                Lost::TimedOut => format!("the worker loading it did not answer within {:?}", worker.isolation.timeout),
            },
        };
        match self.next_frame() {
            Ok(Frame { tag: frame::HELLO, body, .. }) => {
                let hello: Hello = serde_json::from_slice(&body).map_err(|err| PluginError::Isolation {
                    path: self.path.clone(),
                    message: format!("garbled handshake: {err}"),
                })?;
                self.protocol = hello.protocol;
                Ok(hello)
            }
            Ok(Frame { tag: frame::REFUSED, body, .. }) => {
                self.stop();
                let refusal = frame::Refusal::from_bytes(&body);
                Err(PluginError::Refused { path: self.path.clone(), message: refusal.message, hint: refusal.hint })
            }
            Ok(other) => {
                self.stop();
                Err(lost(Lost::Died(format!("sent an unexpected message `{}`", other.tag as char)), self))
            }
            Err(how) => Err(lost(how, self)),
        }
    }

    /// Starts the worker again if it died since the last call.
    fn revive(&mut self) -> Result<(), CallOutcome> {
        if self.running.as_mut().is_none_or(|r| r.process.has_ended()) {
            self.spawn().map_err(|err| CallOutcome::Crashed(err.to_string()))?;
        }
        Ok(())
    }

    /// Sends a plugin's `process` requests in one frame, each answered as soon as it is done;
    /// [`Worker::receive`] collects the answers. Fails with the outcome of the first request
    /// when the worker could not take them.
    ///
    /// A worker of protocol 1 knows no batch: its requests are sent one by one by `receive`.
    pub fn send_batch(&mut self, requests: &[&[u8]]) -> Result<(), CallOutcome> {
        self.revive()?;
        if self.protocol < 2 {
            return Ok(());
        }
        let body = frame::batch(requests.iter().copied())
            .map_err(|err| CallOutcome::Error(format!("cannot send the requests: {err}")))?;
        let Some(running) = self.running.as_mut() else {
            return Err(CallOutcome::Crashed("the worker is not running".into()));
        };
        if frame::write(&mut running.input, frame::BATCH, 0, &body).is_err() {
            return Err(self.lost_before_reading());
        }
        Ok(())
    }

    /// The answers to a batch [`Worker::send_batch`] sent, in order. A worker that dies or
    /// overstays the timeout on a request ends the list with that request's outcome: the
    /// requests after it were not run.
    pub fn receive(&mut self, requests: &[&[u8]]) -> Vec<CallOutcome> {
        let mut outcomes = Vec::with_capacity(requests.len());
        for request in requests {
            let outcome = if self.protocol < 2 { self.call(frame::PROCESS, request) } else { self.reply() };
            let last = matches!(outcome, CallOutcome::Crashed(_) | CallOutcome::TimedOut(_));
            outcomes.push(outcome);
            if last {
                break;
            }
        }
        outcomes
    }

    /// Sends one request (`frame::PROCESS` or `frame::SCHEMA`) and waits for the answer.
    pub fn call(&mut self, tag: u8, body: &[u8]) -> CallOutcome {
        if let Err(outcome) = self.revive() {
            return outcome;
        }
        let Some(running) = self.running.as_mut() else {
            return CallOutcome::Crashed("the worker is not running".into());
        };
        if frame::write(&mut running.input, tag, 0, body).is_err() {
            return self.lost_before_reading();
        }
        self.reply()
    }

    /// The worker died before reading a request: its exit status says how.
    fn lost_before_reading(&mut self) -> CallOutcome {
        match self.next_frame() {
            Err(Lost::Died(how)) => CallOutcome::Crashed(how),
            _ => {
                self.stop();
                CallOutcome::Crashed("the worker closed its input".into())
            }
        }
    }

    /// The answer to the next request, or how the worker was lost on it.
    fn reply(&mut self) -> CallOutcome {
        match self.next_frame() {
            Ok(Frame { tag: frame::REPLY, status, body }) => CallOutcome::from_status(status, body),
            Ok(other) => {
                self.stop();
                CallOutcome::Crashed(format!("the worker sent an unexpected message `{}`", other.tag as char))
            }
            Err(Lost::Died(how)) => CallOutcome::Crashed(how),
            Err(Lost::TimedOut) => CallOutcome::TimedOut(self.isolation.timeout),
        }
    }

    /// The next frame, or how the worker was lost (after which it is reaped or killed).
    fn next_frame(&mut self) -> Result<Frame, Lost> {
        let Some(running) = self.running.as_mut() else { return Err(Lost::Died("is not running".into())) };
        match running.replies.recv_timeout(self.isolation.timeout) {
            Ok(Ok(Some(frame))) => Ok(frame),
            Ok(Ok(None) | Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                let status = running.process.wait(self.isolation.timeout);
                self.running = None;
                Err(Lost::Died(match status {
                    Some(status) => describe(status),
                    None => "vanished, its end unknown".into(),
                }))
            }
            Err(RecvTimeoutError::Timeout) => {
                self.stop();
                Err(Lost::TimedOut)
            }
        }
    }

    /// Kills and reaps the worker, if running.
    fn stop(&mut self) {
        if let Some(mut running) = self.running.take() {
            running.process.kill(self.isolation.timeout);
            let _ = running.process.wait(self.isolation.timeout);
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing its input ends a worker between calls, which is where every worker is once no
        // call holds it: it is not waited for, since the host is done with it (most often, it is
        // exiting), and each wait would cost a round trip through the scheduler.
        if let Some(mut running) = self.running.take() {
            drop(running.input);
            if running.process.has_ended() {
                let _ = running.process.wait(Duration::ZERO);
            }
        }
    }
}

/// How a worker process ended, in words: the signal's name when it was killed by one.
fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = nix::sys::signal::Signal::try_from(signal).map(|s| s.as_str()).unwrap_or("unknown signal");
            return format!("was killed by signal {signal} ({name})");
        }
    }
    match status.code() {
        Some(code) => format!("exited with status {code}"),
        None => format!("ended ({status})"),
    }
}
