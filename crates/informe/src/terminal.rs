//! What informe shows on the terminal: text others wrote made harmless, and stdout written so that
//! a reader going away (`informe schema | head`) ends informe quietly, as it ends `cat`.

use std::borrow::Cow;
use std::io::Write;

/// `text` to print on stderr: every control character escaped but the line breaks and tabs of
/// informe's own layout, so that data, plugin answers and file names cannot drive the terminal.
pub fn clean(text: &str) -> Cow<'_, str> {
    informe_core::diagnostic::escape_controls(text, &['\n', '\t'])
}

/// How diagnostics are shown: `error: FILE:LINE:COL: at `PATH`: MESSAGE` with hints below, or
/// one JSON object per line for programs reading informe's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum MessageFormat {
    #[default]
    Human,
    Json,
}

static FORMAT: std::sync::OnceLock<MessageFormat> = std::sync::OnceLock::new();

/// Chooses how every diagnostic of this run is shown; set once, before any is.
pub fn set_format(format: MessageFormat) {
    let _ = FORMAT.set(format);
}

/// Whether diagnostics are shown as JSON lines.
pub fn json() -> bool {
    FORMAT.get().copied().unwrap_or_default() == MessageFormat::Json
}

/// Shows one diagnostic on stderr: the only place informe prints one.
pub fn diagnostic(d: &informe_core::Diagnostic) {
    eprintln!("{}", shown(d));
}

/// A diagnostic as it is shown, in the chosen format. JSON escapes every control character.
pub fn shown(d: &informe_core::Diagnostic) -> String {
    if json() {
        serde_json::to_string(d).unwrap_or_else(|err| format!("{{\"message\": \"cannot encode a diagnostic: {err}\"}}"))
    } else {
        clean(&d.to_string()).into_owned()
    }
}

/// Shows a line of progress or summary (`wrote …`, `built …`): on stderr, made harmless; as JSON
/// output goes, such lines are left out, so that stderr holds only diagnostics.
pub fn note(text: &str) {
    if !json() {
        eprintln!("{}", clean(text));
    }
}

/// Writes `bytes` to stdout. When the reader has gone (a closed pipe) there is no one to tell:
/// informe ends as a program killed by SIGPIPE does, silently; any other failure is returned.
pub fn write_out(bytes: &[u8]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => reader_gone(),
        other => other,
    }
}

/// Ends informe the way the default action of SIGPIPE would (Rust ignores SIGPIPE, so writes fail
/// with an error instead, which would otherwise become a panic in `println!`).
fn reader_gone() -> ! {
    #[cfg(unix)]
    {
        use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, raise, sigaction};
        let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
        // SAFETY: restoring the default disposition of SIGPIPE, with no handler involved.
        let _ = unsafe { sigaction(Signal::SIGPIPE, &default) };
        let _ = raise(Signal::SIGPIPE);
    }
    std::process::exit(crate::exit::OK)
}

/// `println!` for stdout that ends informe quietly when the reader has gone.
macro_rules! outln {
    () => {
        $crate::terminal::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::terminal::line(format_args!($($arg)*))
    };
}

/// One line on stdout (see [`outln!`]); a failure other than a closed pipe is ignored, as
/// `println!` would have panicked on it with nothing more useful to say.
pub fn line(args: std::fmt::Arguments<'_>) {
    let mut text = args.to_string();
    text.push('\n');
    let _ = write_out(text.as_bytes());
}
