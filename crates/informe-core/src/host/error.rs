//! Errors of the plugin host, each naming the plugin file or plugin at fault.

use std::path::PathBuf;

/// A plugin could not be loaded, or misbehaved when called.
#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error("plugin folder {path} does not exist")]
    MissingDir { path: PathBuf },

    #[error("plugin folder {path} is not a folder")]
    NotADir { path: PathBuf },

    #[error("cannot read plugin folder {path}: {source}")]
    ReadDir { path: PathBuf, source: std::io::Error },

    #[error("cannot load {path}: {reason}")]
    NotALibrary { path: PathBuf, reason: String },

    #[error("refusing to load {path}: its {what} {dir} is writable by others than its owner (mode {mode:o})")]
    Insecure { path: PathBuf, what: &'static str, dir: String, mode: u32 },

    #[error("{path} is not an informe plugin: it exports no `{symbol}` symbol")]
    NoEntry { path: PathBuf, symbol: &'static str },

    #[error("{path} is not an informe plugin: its descriptor is {reason}")]
    BadDescriptor { path: PathBuf, reason: String },

    #[error("{path} was built for plugin ABI {found_major}.{found_minor}, but this informe speaks ABI {major}.x")]
    IncompatibleAbi { path: PathBuf, found_major: u16, found_minor: u16, major: u16, sdk: &'static str },

    #[error("plugins {first} and {second} both claim the family `{family}`")]
    FamilyConflict { family: String, first: PathBuf, second: PathBuf },

    #[error("plugin `{plugin}` failed on program `{program}`: {message}")]
    Failed { plugin: String, program: String, message: String },

    #[error("plugin `{plugin}` panicked on program `{program}`: {message}")]
    Panicked { plugin: String, program: String, message: String },

    #[error("plugin `{plugin}` broke the output contract on program `{program}`: {message}")]
    Contract { plugin: String, program: String, message: String },

    #[error("plugin `{plugin}` crashed on program `{program}`: its worker {how}")]
    Crashed { plugin: String, program: String, how: String },

    #[error("plugin `{plugin}` did not answer within {seconds} s on program `{program}` and was stopped")]
    TimedOut { plugin: String, program: String, seconds: f64 },

    #[error("{path}: {message}")]
    Isolation { path: PathBuf, message: String },

    /// The worker refused to load the plugin, for the reason (and with the hint) it gave.
    #[error("{path}: {message}")]
    Refused { path: PathBuf, message: String, hint: Option<String> },

    #[error("refusing to load {path}: it is not in the plugin lock {lock}")]
    Unpinned { path: PathBuf, lock: PathBuf },

    #[error("refusing to load {path}: it changed since it was pinned in {lock} (sha256 {found}, pinned {pinned})")]
    Changed { path: PathBuf, lock: PathBuf, pinned: String, found: String },

    #[error("cannot read the plugin lock {path}: {message}")]
    BadLock { path: PathBuf, message: String },
}

impl PluginError {
    /// What the user can do about it, when there is something to say.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Self::NotADir { .. } => {
                "--plugins names a folder of plugin libraries; `informe plugin run FILE …` runs one file".to_owned()
            }
            Self::NotALibrary { .. } => {
                "a plugin is a shared library built for this platform with the informe-plugin SDK".to_owned()
            }
            Self::Insecure { dir, .. } => {
                format!("`chmod go-w {dir}`; anyone who can replace a plugin runs code as you")
            }
            Self::NoEntry { .. } => "plugins declare themselves with `informe_plugin::declare_plugin!`".to_owned(),
            Self::IncompatibleAbi { sdk, .. } => format!("rebuild the plugin against informe-plugin {sdk}"),
            Self::FamilyConflict { .. } => "remove one of them from the plugin folders".to_owned(),
            Self::Crashed { .. } => {
                "the plugin has a bug; its author needs the data of this program to reproduce it".to_owned()
            }
            Self::TimedOut { .. } => "if it is only slow, raise the limit with --plugin-timeout SECONDS".to_owned(),
            Self::Unpinned { .. } => {
                "if you trust it, run `informe plugins pin` to pin the plugins as they are now".to_owned()
            }
            Self::Changed { .. } => "if the new build is trusted, run `informe plugins pin` again".to_owned(),
            Self::Refused { hint, .. } => return hint.clone(),
            _ => return None,
        })
    }

    /// The program the plugin failed on, when it failed on one.
    pub fn program(&self) -> Option<&str> {
        match self {
            Self::Failed { program, .. }
            | Self::Panicked { program, .. }
            | Self::Contract { program, .. }
            | Self::Crashed { program, .. }
            | Self::TimedOut { program, .. } => Some(program),
            _ => None,
        }
    }

    /// The error as informe's one kind of diagnostic, not yet placed in the data.
    pub fn diagnostic(&self) -> crate::Diagnostic {
        let d = crate::Diagnostic::error(self.to_string()).of_kind(crate::diagnostic::Kind::Plugin);
        match self.hint() {
            Some(hint) => d.with_hint(hint),
            None => d,
        }
    }
}
