//! Exit codes, documented in the README; each kind of failure has its own.

use informe_core::diagnostic::Kind;
use informe_core::{Diagnostic, Diagnostics, PluginError};

/// The build succeeded.
pub const OK: i32 = 0;
/// An unexpected failure of informe itself.
pub const INTERNAL: i32 = 1;
/// Bad input: the data file or the command line (clap also uses 2 for usage errors).
pub const BAD_INPUT: i32 = 2;
/// A plugin could not be loaded or failed.
pub const PLUGIN: i32 = 3;
/// The template failed to compile.
pub const TEMPLATE: i32 = 4;
/// An output could not be written.
pub const OUTPUT: i32 = 5;
/// `informe batch`: some reports failed (the others were built); the summary lists them.
pub const SOME_FAILED: i32 = 6;
/// A plugin running in informe's own process (shipped, trusted, or `--in-process-plugins`)
/// crashed, aborted or overstayed `--plugin-timeout`: informe reported the plugin, the program and
/// the cause, and stopped at once, removing its temporary files; outputs it had not written are
/// left as they were. Isolated, the same fault is a plugin failure (`PLUGIN`).
pub const PLUGIN_FATAL: i32 = 7;

/// The exit code of a failure of this kind.
pub fn code_of(kind: Kind) -> i32 {
    match kind {
        Kind::Data | Kind::Input => BAD_INPUT,
        Kind::Plugin => PLUGIN,
        Kind::Template => TEMPLATE,
        Kind::Output => OUTPUT,
        Kind::Internal => INTERNAL,
    }
}

/// The kind of failure an exit code stands for.
fn kind_of(code: i32) -> Kind {
    match code {
        BAD_INPUT | SOME_FAILED => Kind::Input,
        PLUGIN | PLUGIN_FATAL => Kind::Plugin,
        TEMPLATE => Kind::Template,
        OUTPUT => Kind::Output,
        _ => Kind::Internal,
    }
}

/// A failed command: the problems to show, and how to exit.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    /// Shown before exiting; none when the command has shown everything itself.
    pub diagnostics: Vec<Diagnostic>,
    /// Lines shown after the problems (a count, a summary).
    pub after: Vec<String>,
}

impl Failure {
    /// One error, `message`, of the kind of `code`.
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Self { code, diagnostics: vec![Diagnostic::error(message).of_kind(kind_of(code))], after: Vec::new() }
    }

    /// Adds a hint to the last problem.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        if let Some(last) = self.diagnostics.last_mut() {
            last.hints.push(hint.into());
        }
        self
    }

    /// Exits with `code` and nothing more to show.
    pub fn quiet(code: i32) -> Self {
        Self { code, diagnostics: Vec::new(), after: Vec::new() }
    }
}

impl From<Diagnostics> for Failure {
    /// The problems of a failed stage, the exit code chosen by the kind of the first error.
    fn from(found: Diagnostics) -> Self {
        let code = found.errors().next().map_or(INTERNAL, |d| code_of(d.kind));
        Self { code, diagnostics: found.0, after: Vec::new() }
    }
}

impl From<informe_core::Error> for Failure {
    fn from(err: informe_core::Error) -> Self {
        err.into_diagnostics().into()
    }
}

impl From<PluginError> for Failure {
    fn from(err: PluginError) -> Self {
        Self { code: PLUGIN, diagnostics: vec![err.diagnostic()], after: Vec::new() }
    }
}

impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        Failure::new(INTERNAL, format!("{err:#}"))
    }
}
