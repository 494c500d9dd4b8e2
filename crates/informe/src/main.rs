//! `informe`: the command line. The only part of the project that talks to the terminal.

mod cli;
mod commands;
mod exit;
mod malloc;

use clap::Parser;

fn main() {
    malloc::tune();
    let cli = cli::Cli::parse();
    let code = match commands::run(cli) {
        Ok(()) => exit::OK,
        Err(failure) => {
            if !failure.message.is_empty() {
                eprintln!("{}", failure.message);
            }
            failure.code
        }
    };
    std::process::exit(code);
}
