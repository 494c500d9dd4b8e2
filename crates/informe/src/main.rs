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
    // A build stopped by Ctrl-C, a hang-up or `kill` leaves no temporary output file behind.
    #[cfg(unix)]
    if let Err(err) = informe_core::interrupt::install() {
        eprintln!("warning: cannot watch for stop signals ({err}); one could leave a temporary file beside an output");
    }
    let cli = cli::Cli::parse();
    terminal::set_format(cli.message_format);
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
