//! `informe completions` and `informe man`: generated from the clap definitions, never by hand.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::{self, Failure};

pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "informe", &mut script);
    crate::terminal::write_out(&script)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot print the completions: {err}")))
}

pub fn man(dir: Option<&std::path::Path>) -> Result<(), Failure> {
    if let Some(dir) = dir {
        clap_mangen::generate_to(Cli::command(), dir).map_err(|err| {
            Failure::new(exit::OUTPUT, format!("cannot write the manual pages into {}: {err}", dir.display()))
        })?;
        crate::terminal::note(&format!("wrote the manual pages into {}", dir.display()));
        return Ok(());
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot render the manual page: {err}")))?;
    crate::terminal::write_out(&page)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot print the manual page: {err}")))
}
