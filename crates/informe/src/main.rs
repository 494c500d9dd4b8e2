//! `informe`: the command line. The only part of the project that talks to the terminal.

// First, so that its `outln!` is known to every module after it.
#[macro_use]
mod terminal;

mod cli;
mod commands;
mod exit;
mod malloc;

use clap::Parser;

fn main() {
    malloc::tune();
    let cli = cli::Cli::parse();
    terminal::set_format(cli.message_format);
    // A build stopped by Ctrl-C, a hang-up or `kill` leaves no temporary output file behind.
    #[cfg(unix)]
    if let Err(err) = informe_core::interrupt::install() {
        terminal::diagnostic(
            &informe_core::Diagnostic::warning(format!(
                "cannot watch for stop signals ({err}); one could leave a temporary file beside an output"
            ))
            .of_kind(informe_core::diagnostic::Kind::Internal),
        );
    }
    let code = match commands::run(cli) {
        Ok(()) => exit::OK,
        Err(failure) => {
            for diagnostic in &failure.diagnostics {
                terminal::diagnostic(diagnostic);
            }
            for line in &failure.after {
                terminal::note(line);
            }
            failure.code
        }
    };
    std::process::exit(code);
}
