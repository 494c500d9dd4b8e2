//! Exit codes, documented in the README; each kind of failure has its own.

use informe_core::Error;

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

/// A failed command: what to print and how to exit.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    pub fn new(code: i32, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        let code = match &err {
            Error::Data(_) => BAD_INPUT,
            Error::Plugins(_) => PLUGIN,
            Error::Render(_) => TEMPLATE,
            Error::Output { .. } => OUTPUT,
            Error::Ods(_) => INTERNAL,
        };
        let message = match &err {
            // Data and plugin errors already read `error: …` line by line.
            Error::Data(_) | Error::Plugins(_) => err.to_string(),
            _ => format!("error: {err}"),
        };
        Failure::new(code, message)
    }
}

impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Self {
        Failure::new(INTERNAL, format!("error: {err:#}"))
    }
}
