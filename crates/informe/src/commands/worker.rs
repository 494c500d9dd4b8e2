//! `informe plugin worker` (hidden): serves one plugin to an isolated build over stdin/stdout,
//! when the smaller `informe-worker` is not installed beside informe.

use informe_core::host::Pin;
use informe_core::host::serve::serve_stdio;

use crate::cli::WorkerArgs;
use crate::exit::{self, Failure};

pub fn run(args: &WorkerArgs) -> Result<(), Failure> {
    let pin = match (&args.sha256, &args.lock) {
        // Trust only decides where a plugin runs, and this one runs here.
        (Some(sha256), Some(lock)) => Some(Pin { sha256, lock, trusted: false }),
        _ => None,
    };
    serve_stdio(&args.plugin, pin)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("the worker lost its host: {err}")))
}
