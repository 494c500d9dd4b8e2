//! The plugin host: discovery, loading with an ABI handshake, and JSON calls, in process or in
//! isolated worker processes, optionally against a lock of pinned hashes.

pub mod discover;
pub mod error;
#[cfg(unix)]
pub mod fork;
mod frame;
pub mod guard;
pub mod library;
pub mod lock;
pub mod placement;
pub mod serve;
mod verified;
pub mod worker;

pub use discover::{LoadOptions, Origin, Registry, SearchPath};
pub use error::PluginError;
pub use library::{CallOutcome, Launched, Plugin, Submitted};
pub use lock::{Lock, Pin};
pub use placement::{Placement, Policy, Reason};
pub use worker::Isolation;
