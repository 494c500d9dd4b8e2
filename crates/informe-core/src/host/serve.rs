//! Isolated plugins, worker side: load one plugin, answer the host's framed requests until its
//! input closes.
//!
//! The worker is informe itself re-executed, so it loads the plugin with exactly the checks of
//! an in-process load (permissions, pin, handshake).

use std::io::{Read, Write};
use std::path::Path;

use crate::host::frame;
use crate::host::library::Plugin;
use crate::host::lock::Pin;

/// Serves the plugin at `path` on `input`/`output` until `input` ends.
///
/// `output` must be the protocol channel alone: the caller keeps the plugin's own prints away
/// from it (the CLI points the process's stdout at stderr before calling this).
pub fn serve(path: &Path, pin: Option<Pin<'_>>, mut input: impl Read, mut output: impl Write) -> std::io::Result<()> {
    let plugin = match Plugin::load(path, pin) {
        Ok(plugin) => plugin,
        Err(err) => return frame::write(&mut output, frame::REFUSED, 0, err.to_string().as_bytes()),
    };
    let hello = serde_json::to_vec(&plugin.hello()).map_err(std::io::Error::other)?;
    frame::write(&mut output, frame::HELLO, 0, &hello)?;
    while let Some(request) = frame::read(&mut input)? {
        let outcome = match request.tag {
            frame::PROCESS => plugin.process(&request.body),
            frame::SCHEMA => plugin.schema(),
            other => crate::host::CallOutcome::Error(format!("unknown request `{}`", other as char)),
        };
        let (status, body) = outcome.into_status();
        frame::write(&mut output, frame::REPLY, status, &body)?;
    }
    Ok(())
}
