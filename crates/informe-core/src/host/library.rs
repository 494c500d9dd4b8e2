//! One loaded plugin library: the handshake on load and JSON calls through its C entry points.
//!
//! Invariants: the descriptor's header is checked (magic, ABI major, size) before any of its
//! function pointers is read or called; a library, once loaded, is never unloaded, because
//! buffers, strings and threads of the plugin may outlive any single call.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use informe_plugin::abi::{self, Descriptor, DescriptorHeader, EntryFn, RawBuffer, StrRef};

use crate::host::error::PluginError;
use crate::host::frame;
use crate::host::guard::{self, Scene};
use crate::host::lock::{Pin, sha256_hex};
use crate::host::placement::{Placement, Reason};
use crate::host::verified;
use crate::host::worker::{Hello, Isolation, Worker};

/// A loaded, handshaken plugin.
#[derive(Debug)]
pub struct Plugin {
    pub name: String,
    pub version: String,
    pub sdk_version: String,
    pub families: Vec<String>,
    pub abi_major: u16,
    pub abi_minor: u16,
    pub path: PathBuf,
    /// Where it runs, and why (see `placement.rs`).
    pub placement: Placement,
    backend: Backend,
}

/// Where the plugin's code runs.
#[derive(Debug)]
enum Backend {
    /// Loaded into this process; each call bounded by `limit` when the guard is armed.
    Local { descriptor: &'static Descriptor, limit: Option<Duration> },
    /// Loaded into a worker process of its own.
    Worker(Box<Mutex<Worker>>),
}

/// A plugin to start a worker for: its file, the pin it must match, and why it runs isolated.
pub type ToLaunch<'a> = (PathBuf, Option<Pin<'a>>, Placement);

/// A plugin whose worker was started and has yet to answer its handshake.
#[derive(Debug)]
pub struct Launched {
    path: PathBuf,
    worker: Worker,
    placement: Placement,
}

impl Launched {
    /// Waits for the worker's handshake: the plugin, loaded and checked in its worker.
    pub fn finish(mut self) -> Result<Plugin, PluginError> {
        let hello = self.worker.handshake()?;
        Ok(Plugin {
            name: hello.name,
            version: hello.version,
            sdk_version: hello.sdk_version,
            families: hello.families,
            abi_major: hello.abi_major,
            abi_minor: hello.abi_minor,
            path: self.path,
            placement: self.placement,
            backend: Backend::Worker(Box::new(Mutex::new(self.worker))),
        })
    }
}

/// Requests sent to a plugin, whose answers [`Submitted::outcomes`] collects.
#[derive(Debug)]
pub struct Submitted<'a> {
    plugin: &'a Plugin,
    calls: Vec<(String, Vec<u8>)>,
    /// The plugin's worker, held from sending to the last answer; `Err` when sending failed.
    worker: Option<Result<MutexGuard<'a, Worker>, CallOutcome>>,
}

impl Submitted<'_> {
    /// The outcome of each request, in order. After a crash or a timeout the list ends with
    /// that request's outcome: the requests after it were not run.
    pub fn outcomes(self) -> Vec<CallOutcome> {
        let requests: Vec<&[u8]> = self.calls.iter().map(|(_, request)| &request[..]).collect();
        match self.worker {
            None => self.calls.iter().map(|(program, request)| self.plugin.process_program(program, request)).collect(),
            Some(Err(outcome)) => vec![outcome],
            Some(Ok(mut worker)) => worker.receive(&requests),
        }
    }
}

/// How a call into a plugin ended.
#[derive(Debug)]
pub enum CallOutcome {
    Ok(Vec<u8>),
    /// The plugin refused cleanly, with its message.
    Error(String),
    /// The plugin panicked; the SDK caught it.
    Panic(String),
    /// The plugin's worker process died (signal, abort, exit); only with isolation.
    Crashed(String),
    /// The plugin's worker did not answer in time and was killed; only with isolation.
    TimedOut(Duration),
}

impl CallOutcome {
    /// The outcome an ABI status and body stand for.
    pub(crate) fn from_status(status: i32, bytes: Vec<u8>) -> Self {
        let message = || {
            serde_json::from_slice::<informe_plugin::PluginError>(&bytes)
                .map(|e| e.error)
                .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned())
        };
        match status {
            abi::status::OK => CallOutcome::Ok(bytes),
            abi::status::PANIC => CallOutcome::Panic(message()),
            abi::status::ERROR => CallOutcome::Error(message()),
            other => CallOutcome::Error(format!("unknown status {other}: {}", message())),
        }
    }

    /// The ABI status and body that stand for this outcome, as a worker sends them back.
    pub(crate) fn into_status(self) -> (i32, Vec<u8>) {
        let error =
            |message: String| serde_json::to_vec(&informe_plugin::PluginError::new(message)).unwrap_or_default();
        match self {
            CallOutcome::Ok(bytes) => (abi::status::OK, bytes),
            CallOutcome::Error(message) => (abi::status::ERROR, error(message)),
            CallOutcome::Panic(message) => (abi::status::PANIC, error(message)),
            CallOutcome::Crashed(how) => (abi::status::ERROR, error(how)),
            CallOutcome::TimedOut(limit) => (abi::status::ERROR, error(format!("no answer within {limit:?}"))),
        }
    }
}

impl Plugin {
    /// Loads the library at `path` into this process and checks that it is a compatible plugin.
    /// With a `pin`, the bytes loaded are the bytes whose hash matched it.
    pub fn load(path: &Path, pin: Option<Pin<'_>>) -> Result<Self, PluginError> {
        Self::in_process(path, pin, None, Placement { isolated: false, reason: Reason::Direct })
    }

    /// Loads the plugin at `path` into this process, as [`Plugin::load`] does, placed there for
    /// `placement`'s reason; once the guard is armed (`guard::arm`), loading it and each of its
    /// calls may take `limit` at most, and a crash or a hang is reported before the process ends.
    pub fn in_process(
        path: &Path,
        pin: Option<Pin<'_>>,
        limit: Option<Duration>,
        placement: Placement,
    ) -> Result<Self, PluginError> {
        check_permissions(path)?;
        // Loading runs the library's initialisers and its entry point: plugin code already.
        let _guard = guard::enter(|| Scene {
            who: format!("plugin file {}", path.display()),
            during: "while loading".into(),
            hint: placement.in_process_hint(),
            limit,
        });
        let path_buf = path.to_path_buf();
        let library = open(path, pin)?;
        // SAFETY: the symbol's type is fixed by the ABI; a foreign library without it fails here.
        let entry: libloading::Symbol<'static, EntryFn> = unsafe { library.get(abi::ENTRY_SYMBOL.as_bytes()) }
            .map_err(|_| PluginError::NoEntry { path: path_buf.clone(), symbol: abi::ENTRY_SYMBOL })?;
        // SAFETY: the entry point takes no arguments and returns a pointer to static data.
        let raw = unsafe { entry() };
        if raw.is_null() {
            return Err(bad(path, "a null pointer"));
        }

        // Only the fixed header is read until it proves the rest has the layout we expect.
        // SAFETY: every ABI version starts with this header; the pointer is non-null and static.
        let header: DescriptorHeader = unsafe { raw.cast::<DescriptorHeader>().read_unaligned() };
        if header.magic != abi::MAGIC {
            return Err(bad(path, "missing the informe magic bytes"));
        }
        if header.abi_major != abi::ABI_MAJOR {
            return Err(PluginError::IncompatibleAbi {
                path: path_buf,
                found_major: header.abi_major,
                found_minor: header.abi_minor,
                major: abi::ABI_MAJOR,
                sdk: informe_plugin::SDK_VERSION,
            });
        }
        if (header.size as usize) < size_of::<Descriptor>() {
            return Err(bad(
                path,
                &format!("{} bytes long, expected at least {}", header.size, size_of::<Descriptor>()),
            ));
        }
        // SAFETY: magic, major and size match this ABI's `Descriptor`, which is static data.
        let descriptor: &'static Descriptor = unsafe { &*raw };

        let text = |s: StrRef, what: &str| -> Result<String, PluginError> {
            // SAFETY: descriptor strings point at static data of the (never unloaded) library.
            unsafe { s.to_str() }
                .map(str::to_owned)
                .map_err(|_| bad(path, &format!("carrying a {what} that is not UTF-8")))
        };
        let families = if descriptor.families.is_null() || descriptor.families_len == 0 {
            return Err(bad(path, "declaring no family"));
        } else {
            // SAFETY: pointer and length come from a static slice in the plugin.
            unsafe { std::slice::from_raw_parts(descriptor.families, descriptor.families_len) }
                .iter()
                .map(|f| text(*f, "family"))
                .collect::<Result<Vec<_>, _>>()?
        };
        Ok(Self {
            name: text(descriptor.name, "name")?,
            version: text(descriptor.version, "version")?,
            sdk_version: text(descriptor.sdk_version, "SDK version")?,
            families,
            abi_major: header.abi_major,
            abi_minor: header.abi_minor,
            path: path_buf,
            placement,
            backend: Backend::Local { descriptor, limit },
        })
    }

    /// Starts a worker process that loads the plugin at `path` (permissions, pin and handshake are
    /// checked there, by [`Plugin::load`]) and is called over pipes; [`Launched::finish`] waits
    /// for it, so many workers start at once.
    pub fn launch(
        path: &Path,
        pin: Option<Pin<'_>>,
        isolation: &Isolation,
        placement: Placement,
    ) -> Result<Launched, PluginError> {
        let mut launched = Self::launch_all(&[(path.to_path_buf(), pin, placement)], isolation);
        launched
            .pop()
            .unwrap_or_else(|| Err(PluginError::Isolation { path: path.into(), message: "not started".into() }))
    }

    /// Starts the workers of `plugins` together (one process start for all of them when the
    /// worker program forks them, see `fork.rs`), without waiting for any.
    pub fn launch_all(
        plugins: &[(PathBuf, Option<Pin<'_>>, Placement)],
        isolation: &Isolation,
    ) -> Vec<Result<Launched, PluginError>> {
        let checked: Vec<Result<(), PluginError>> = plugins.iter().map(|(path, ..)| check_permissions(path)).collect();
        let allowed: Vec<(PathBuf, Option<Pin<'_>>)> = plugins
            .iter()
            .zip(&checked)
            .filter(|(_, checked)| checked.is_ok())
            .map(|((path, pin, _), _)| (path.clone(), *pin))
            .collect();
        let mut workers = Worker::launch_all(&allowed, isolation).into_iter();
        plugins
            .iter()
            .zip(checked)
            .map(|((path, _, placement), checked)| {
                checked?;
                let worker = workers.next().unwrap_or_else(|| {
                    Err(PluginError::Isolation { path: path.clone(), message: "no worker was started".into() })
                })?;
                Ok(Launched { path: path.clone(), worker, placement: *placement })
            })
            .collect()
    }

    /// What a worker tells its host about the plugin it loaded.
    pub fn hello(&self) -> Hello {
        Hello {
            name: self.name.clone(),
            version: self.version.clone(),
            sdk_version: self.sdk_version.clone(),
            families: self.families.clone(),
            abi_major: self.abi_major,
            abi_minor: self.abi_minor,
            protocol: frame::PROTOCOL,
        }
    }

    /// Whether the plugin runs in a worker process.
    pub fn is_isolated(&self) -> bool {
        matches!(self.backend, Backend::Worker(_))
    }

    /// Runs the plugin's `process` entry point on a JSON request.
    pub fn process(&self, request: &[u8]) -> CallOutcome {
        self.process_as(|| program_of(request), request)
    }

    /// Runs the plugin's `process` entry point on the JSON request for `program` (its id, which a
    /// crash or a hang in process is reported with).
    pub fn process_program(&self, program: &str, request: &[u8]) -> CallOutcome {
        self.process_as(|| program.to_owned(), request)
    }

    fn process_as(&self, program: impl FnOnce() -> String, request: &[u8]) -> CallOutcome {
        match &self.backend {
            Backend::Local { descriptor, limit } => {
                let _guard = self.enter(|| format!("on program `{}`", program()), *limit);
                let mut out = RawBuffer::empty();
                // SAFETY: `request` is a live slice; `out` is a valid buffer for the plugin to fill.
                let status = unsafe { (descriptor.process)(request.as_ptr(), request.len(), &mut out) };
                finish(descriptor, status, out)
            }
            Backend::Worker(worker) => lock(worker).call(frame::PROCESS, request),
        }
    }

    /// Sends the `process` requests of many programs (each with its program's id) at once: to a
    /// worker in one frame, answered while the caller goes on to other plugins; in process, they
    /// run when [`Submitted::outcomes`] is called. The worker stays held until then, so callers
    /// on several threads submit to plugins in one order (the registry's) to never wait in a circle.
    pub fn submit(&self, calls: Vec<(String, Vec<u8>)>) -> Submitted<'_> {
        let worker = match &self.backend {
            Backend::Local { .. } => None,
            Backend::Worker(worker) => {
                let mut worker = lock(worker);
                let requests: Vec<&[u8]> = calls.iter().map(|(_, request)| &request[..]).collect();
                Some(worker.send_batch(&requests).map(|()| worker))
            }
        };
        Submitted { plugin: self, calls, worker }
    }

    /// Runs the plugin's `schema` entry point: the JSON Schema of its family `data`.
    pub fn schema(&self) -> CallOutcome {
        match &self.backend {
            Backend::Local { descriptor, limit } => {
                let _guard = self.enter(|| "while giving the schema of its family data".into(), *limit);
                let mut out = RawBuffer::empty();
                // SAFETY: `out` is a valid buffer for the plugin to fill.
                let status = unsafe { (descriptor.schema)(&mut out) };
                finish(descriptor, status, out)
            }
            Backend::Worker(worker) => lock(worker).call(frame::SCHEMA, &[]),
        }
    }

    /// Guards an in-process call: a crash or a hang during it is reported, naming the plugin and `during`.
    fn enter(&self, during: impl FnOnce() -> String, limit: Option<Duration>) -> guard::Guard {
        guard::enter(|| Scene {
            who: format!("plugin `{}`", self.name),
            during: during(),
            hint: self.placement.in_process_hint(),
            limit,
        })
    }
}

/// The id of the program a JSON request is for, to name it in a report; `?` if it has none.
fn program_of(request: &[u8]) -> String {
    #[derive(serde::Deserialize)]
    struct Request {
        program: Program,
    }
    #[derive(serde::Deserialize)]
    struct Program {
        id: String,
    }
    serde_json::from_slice::<Request>(request).map_or_else(|_| "?".to_owned(), |r| r.program.id)
}

/// The worker, even if a thread panicked while holding it (its state is only a process handle).
fn lock(worker: &Mutex<Worker>) -> MutexGuard<'_, Worker> {
    worker.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Copies the plugin's answer out and hands the buffer back to the plugin's allocator.
fn finish(descriptor: &Descriptor, status: i32, out: RawBuffer) -> CallOutcome {
    let bytes = if out.ptr.is_null() {
        Vec::new()
    } else {
        // SAFETY: the plugin filled `out` with `len` initialised bytes it owns.
        unsafe { std::slice::from_raw_parts(out.ptr, out.len) }.to_vec()
    };
    // SAFETY: `out` came from this plugin and is returned exactly once.
    unsafe { (descriptor.free)(out) };
    CallOutcome::from_status(status, bytes)
}

/// Opens the library, from the file or, with a pin, from a private copy of the bytes just hashed;
/// the library is leaked (see the module invariants).
fn open(path: &Path, pin: Option<Pin<'_>>) -> Result<&'static libloading::Library, PluginError> {
    let not_a_library = |reason: String| PluginError::NotALibrary { path: path.to_path_buf(), reason };
    // SAFETY (both loads): loading runs the library's initialisers; plugin folders are trusted
    // locations chosen by the user (they are the extension mechanism), and pinned when it matters.
    let library = match pin {
        None => unsafe { libloading::Library::new(path) }.map_err(|err| not_a_library(err.to_string()))?,
        Some(pin) => {
            let bytes = std::fs::read(path).map_err(|err| not_a_library(err.to_string()))?;
            let found = sha256_hex(&bytes);
            if found != pin.sha256 {
                return Err(PluginError::Changed {
                    path: path.to_path_buf(),
                    lock: pin.lock.to_path_buf(),
                    pinned: pin.sha256.to_owned(),
                    found,
                });
            }
            let copy = verified::copy(&bytes).map_err(|err| not_a_library(format!("cannot stage the file: {err}")))?;
            let library =
                unsafe { libloading::Library::new(copy.path()) }.map_err(|err| not_a_library(err.to_string()))?;
            copy.keep();
            library
        }
    };
    Ok(Box::leak(Box::new(library)))
}

/// Refuses a plugin that others than its owner could have replaced or planted, as sudo does for
/// its plugins: the file and its folder must not be writable by group or others.
///
/// The sticky bit (mode 1777, like /tmp) is no excuse: it stops others replacing a file, but
/// anyone may still add one, and every library in a plugin folder is loaded.
#[cfg(unix)]
fn check_permissions(path: &Path) -> Result<(), PluginError> {
    use std::os::unix::fs::PermissionsExt;

    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    for (what, target) in [("file", path), ("folder", folder)] {
        // Missing files are reported by the loader with its own message.
        let Ok(meta) = std::fs::metadata(target) else { continue };
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o022 != 0 {
            return Err(PluginError::Insecure {
                path: path.to_path_buf(),
                what,
                dir: target.display().to_string(),
                mode,
            });
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_permissions(_path: &Path) -> Result<(), PluginError> {
    Ok(())
}

fn bad(path: &Path, reason: &str) -> PluginError {
    PluginError::BadDescriptor { path: path.to_path_buf(), reason: reason.to_owned() }
}
