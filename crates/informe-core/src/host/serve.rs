//! Isolated plugins, worker side: load one plugin, answer the host's framed requests until its
//! input closes.
//!
//! The worker is `informe-worker` (a small executable, cheap to start once per plugin) or
//! informe itself re-executed (`informe plugin worker`); either loads the plugin with exactly the
//! checks of an in-process load (permissions, pin, handshake).

use std::io::{Read, Write};
use std::path::Path;

use crate::host::frame;
use crate::host::library::{CallOutcome, Plugin};
use crate::host::lock::Pin;

/// Serves the plugin at `path` over the process's stdin and stdout, as a worker started by a
/// host does ([`crate::host::Isolation`]): stdout is taken over as the protocol channel and then
/// pointed at stderr, so whatever the plugin prints reaches the user and cannot corrupt the
/// protocol.
pub fn serve_stdio(path: &Path, pin: Option<Pin<'_>>) -> std::io::Result<()> {
    let channel = protocol_channel()?;
    serve(path, pin, std::io::stdin().lock(), std::io::BufWriter::new(channel))
}

#[cfg(unix)]
fn protocol_channel() -> std::io::Result<std::fs::File> {
    use nix::unistd::{dup, dup2_stdout};

    let channel = dup(std::io::stdout())?;
    dup2_stdout(std::io::stderr())?;
    Ok(std::fs::File::from(channel))
}

#[cfg(not(unix))]
fn protocol_channel() -> std::io::Result<std::fs::File> {
    Err(std::io::Error::other("isolated plugins need a Unix system"))
}

/// Serves the plugin at `path` on `input`/`output` until `input` ends.
///
/// `output` must be the protocol channel alone: the caller keeps the plugin's own prints away
/// from it (the CLI points the process's stdout at stderr before calling this).
pub fn serve(path: &Path, pin: Option<Pin<'_>>, mut input: impl Read, mut output: impl Write) -> std::io::Result<()> {
    let plugin = match Plugin::load(path, pin) {
        Ok(plugin) => plugin,
        Err(err) => {
            let refusal = frame::Refusal { message: err.to_string(), hint: err.hint() };
            return frame::write(&mut output, frame::REFUSED, 0, &refusal.to_bytes());
        }
    };
    let hello = serde_json::to_vec(&plugin.hello()).map_err(std::io::Error::other)?;
    frame::write(&mut output, frame::HELLO, 0, &hello)?;
    while let Some(request) = frame::read(&mut input)? {
        let outcome = match request.tag {
            frame::PROCESS => plugin.process(&request.body),
            frame::SCHEMA => plugin.schema(),
            frame::BATCH => {
                // How many answers the host waits for is unknown: only ending can tell it.
                let requests = frame::unbatch(&request.body).ok_or_else(|| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, "a batch of requests cut short")
                })?;
                // Each answer goes as soon as it is ready: were the plugin to crash, the host
                // knows which program it was on.
                for request in requests {
                    let (status, body) = plugin.process(request).into_status();
                    frame::write(&mut output, frame::REPLY, status, &body)?;
                }
                continue;
            }
            other => CallOutcome::Error(format!("unknown request `{}`", other as char)),
        };
        let (status, body) = outcome.into_status();
        frame::write(&mut output, frame::REPLY, status, &body)?;
    }
    Ok(())
}
