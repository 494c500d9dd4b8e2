//! Errors of the plugin host, each naming the plugin file or plugin at fault.

use std::path::PathBuf;

/// A plugin could not be loaded, or misbehaved when called.
#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error("plugin folder {path} does not exist")]
    MissingDir { path: PathBuf },

    #[error(
        "plugin folder {path} is not a folder\n  hint: --plugins names a folder of plugin libraries; `informe plugin run FILE …` runs one file"
    )]
    NotADir { path: PathBuf },

    #[error("cannot read plugin folder {path}: {source}")]
    ReadDir { path: PathBuf, source: std::io::Error },

    #[error(
        "cannot load {path}: {reason}\n  hint: a plugin is a shared library built for this platform with the informe-plugin SDK"
    )]
    NotALibrary { path: PathBuf, reason: String },

    #[error(
        "refusing to load {path}: its {what} {dir} is writable by others than its owner (mode {mode:o})\n  hint: `chmod go-w {dir}`; anyone who can replace a plugin runs code as you"
    )]
    Insecure { path: PathBuf, what: &'static str, dir: String, mode: u32 },

    #[error(
        "{path} is not an informe plugin: it exports no `{symbol}` symbol\n  hint: plugins declare themselves with `informe_plugin::declare_plugin!`"
    )]
    NoEntry { path: PathBuf, symbol: &'static str },

    #[error("{path} is not an informe plugin: its descriptor is {reason}")]
    BadDescriptor { path: PathBuf, reason: String },

    #[error(
        "{path} was built for plugin ABI {found_major}.{found_minor}, but this informe speaks ABI {major}.x\n  hint: rebuild the plugin against informe-plugin {sdk}"
    )]
    IncompatibleAbi { path: PathBuf, found_major: u16, found_minor: u16, major: u16, sdk: &'static str },

    #[error(
        "plugins {first} and {second} both claim the family `{family}`\n  hint: remove one of them from the plugin folders"
    )]
    FamilyConflict { family: String, first: PathBuf, second: PathBuf },

    #[error("plugin `{plugin}` failed on program `{program}`: {message}")]
    Failed { plugin: String, program: String, message: String },

    #[error("plugin `{plugin}` panicked on program `{program}`: {message}")]
    Panicked { plugin: String, program: String, message: String },

    #[error("plugin `{plugin}` broke the output contract on program `{program}`: {message}")]
    Contract { plugin: String, program: String, message: String },

    #[error(
        "plugin `{plugin}` crashed on program `{program}`: its worker {how}\n  hint: the plugin has a bug; its author needs the data of this program to reproduce it"
    )]
    Crashed { plugin: String, program: String, how: String },

    #[error(
        "plugin `{plugin}` did not answer within {seconds} s on program `{program}` and was stopped\n  hint: if it is only slow, raise the limit with --plugin-timeout SECONDS"
    )]
    TimedOut { plugin: String, program: String, seconds: f64 },

    #[error("{path}: {message}")]
    Isolation { path: PathBuf, message: String },

    #[error(
        "refusing to load {path}: it is not in the plugin lock {lock}\n  hint: if you trust it, run `informe plugins pin` to pin the plugins as they are now"
    )]
    Unpinned { path: PathBuf, lock: PathBuf },

    #[error(
        "refusing to load {path}: it changed since it was pinned in {lock} (sha256 {found}, pinned {pinned})\n  hint: if the new build is trusted, run `informe plugins pin` again"
    )]
    Changed { path: PathBuf, lock: PathBuf, pinned: String, found: String },

    #[error("cannot read the plugin lock {path}: {message}")]
    BadLock { path: PathBuf, message: String },
}
