//! The plugin host: discovery, loading with an ABI handshake, and JSON calls.

pub mod discover;
pub mod error;
pub mod library;

pub use discover::{Origin, Registry, SearchPath};
pub use error::PluginError;
pub use library::{CallOutcome, Plugin};
