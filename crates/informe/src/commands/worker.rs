//! `informe plugin worker` (hidden): serves one plugin to an isolated build over stdin/stdout.

use std::fs::File;

use informe_core::host::Pin;
use informe_core::host::serve::serve;

use crate::cli::WorkerArgs;
use crate::exit::{self, Failure};

pub fn run(args: &WorkerArgs) -> Result<(), Failure> {
    let channel = protocol_channel()
        .map_err(|err| Failure::new(exit::INTERNAL, format!("error: cannot set up the worker's pipes: {err}")))?;
    let pin = match (&args.sha256, &args.lock) {
        (Some(sha256), Some(lock)) => Some(Pin { sha256, lock }),
        _ => None,
    };
    serve(&args.plugin, pin, std::io::stdin().lock(), std::io::BufWriter::new(channel))
        .map_err(|err| Failure::new(exit::INTERNAL, format!("error: the worker lost its host: {err}")))
}

/// The host's pipe, taken over from stdout, which is then pointed at stderr: whatever the plugin
/// prints reaches the user, and cannot corrupt the protocol.
#[cfg(unix)]
fn protocol_channel() -> std::io::Result<File> {
    use nix::unistd::{dup, dup2_stdout};

    let channel = dup(std::io::stdout())?;
    dup2_stdout(std::io::stderr())?;
    Ok(File::from(channel))
}

#[cfg(not(unix))]
fn protocol_channel() -> std::io::Result<File> {
    Err(std::io::Error::other("isolated plugins need a Unix system"))
}
