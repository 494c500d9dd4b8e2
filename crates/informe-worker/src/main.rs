//! `informe-worker PLUGIN [--sha256 HEX --lock FILE]`: serves one plugin to an informe host over
//! stdin and stdout (see `informe_core::host::serve`). `informe-worker --fork IN OUT PLUGIN SHA256
//! LOCK …`: a fork server, forking one such worker per plugin on the pipes the host made (see
//! `informe_core::host::fork`). informe uses this program when it lies beside it, else
//! re-executes itself (`informe plugin worker`), which serves one plugin at several times the
//! start-up cost of this small program.
//!
//! Its arguments come from informe alone, so they are read plainly, without a parser's cost.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use informe_core::Diagnostic;
use informe_core::diagnostic::Kind;
use informe_core::host::Pin;
use informe_core::host::serve::serve_stdio;

/// Shows a problem in informe's one layout: this program runs without informe's CLI, started by it.
fn show(diagnostic: Diagnostic) {
    eprintln!("{diagnostic}");
}

/// What the host asks for: the plugin, and the hash and lock that pin it.
struct Args {
    plugin: PathBuf,
    pin: Option<(String, PathBuf)>,
}

fn parse(mut args: impl Iterator<Item = OsString>) -> Result<Args, String> {
    let plugin = args.next().ok_or("expected the plugin's file")?;
    let (mut sha256, mut lock) = (None, None);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{} needs a value", flag.to_string_lossy()))?;
        match flag.to_str() {
            Some("--sha256") => sha256 = Some(value.into_string().map_err(|_| "--sha256 is not text")?),
            Some("--lock") => lock = Some(PathBuf::from(value)),
            _ => return Err(format!("unexpected argument {}", flag.to_string_lossy())),
        }
    }
    let pin = match (sha256, lock) {
        (Some(sha256), Some(lock)) => Some((sha256, lock)),
        (None, None) => None,
        _ => return Err("--sha256 and --lock go together".into()),
    };
    Ok(Args { plugin: PathBuf::from(plugin), pin })
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).peekable();
    if args.peek().is_some_and(|first| first == "--fork") {
        return fork_server(&args.skip(1).collect::<Vec<_>>());
    }
    let args = match parse(args) {
        Ok(args) => args,
        Err(message) => {
            show(
                Diagnostic::error(message)
                    .of_kind(Kind::Input)
                    .with_hint("informe-worker is started by informe, for an isolated plugin"),
            );
            return ExitCode::from(2);
        }
    };
    // Trust only decides where a plugin runs, and this one runs here.
    let pin = args.pin.as_ref().map(|(sha256, lock)| Pin { sha256, lock, trusted: false });
    match serve_stdio(&args.plugin, pin) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            show(Diagnostic::error(format!("the worker lost its host: {err}")).of_kind(Kind::Internal));
            ExitCode::FAILURE
        }
    }
}

#[cfg(unix)]
fn fork_server(args: &[OsString]) -> ExitCode {
    use informe_core::host::fork;
    let specs = match fork::parse(args) {
        Ok(specs) => specs,
        Err(message) => {
            show(
                Diagnostic::error(message)
                    .of_kind(Kind::Input)
                    .with_hint("informe-worker --fork is started by informe, for isolated plugins"),
            );
            return ExitCode::from(2);
        }
    };
    match fork::serve_forks(&specs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            show(Diagnostic::error(format!("the fork server of plugin workers failed: {err}")).of_kind(Kind::Internal));
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(unix))]
fn fork_server(_: &[OsString]) -> ExitCode {
    show(Diagnostic::error("--fork needs a Unix system").of_kind(Kind::Input));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args, String> {
        parse(list.iter().map(OsString::from))
    }

    #[test]
    fn reads_a_plugin_and_its_pin_and_refuses_anything_else() {
        let plain = args(&["/p/libx.so"]).expect("plain");
        assert_eq!((plain.plugin, plain.pin), (PathBuf::from("/p/libx.so"), None));
        let pinned = args(&["x.so", "--sha256", "ab", "--lock", "l.lock"]).expect("pinned");
        assert_eq!(pinned.pin, Some(("ab".to_owned(), PathBuf::from("l.lock"))));
        for (bad, message) in [
            (&[][..], "expected the plugin's file"),
            (&["x.so", "--sha256"][..], "--sha256 needs a value"),
            (&["x.so", "--sha256", "ab"][..], "--sha256 and --lock go together"),
            (&["x.so", "--fast", "1"][..], "unexpected argument --fast"),
        ] {
            assert_eq!(args(bad).err().as_deref(), Some(message), "{bad:?}");
        }
    }
}
