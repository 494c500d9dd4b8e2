//! One module per subcommand; shared helpers for loading plugins.

mod build;
mod check;
mod docs;
mod new_plugin;
mod plugin_run;
mod plugins;
mod schema;
mod watch;

use informe_core::{Registry, SearchPath};

use crate::cli::{Cli, Command, PluginCommand, PluginDirs};
use crate::exit::{self, Failure};

pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Plugins(args) => plugins::run(&args),
        Command::Watch(args) => watch::run(&args),
        Command::Check(args) => check::run(&args),
        Command::NewPlugin(args) => new_plugin::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Completions { shell } => docs::completions(shell),
        Command::Man { dir } => docs::man(dir.as_deref()),
        Command::Plugin(PluginCommand::Run(args)) => plugin_run::run(&args),
    }
}

/// The standard plugin search path for these `--plugins` folders.
pub(crate) fn search_path(dirs: &PluginDirs) -> SearchPath {
    let env = std::env::var_os("INFORME_PLUGIN_PATH");
    let exe = std::env::current_exe().ok();
    SearchPath::standard(&dirs.dirs, env.as_deref(), exe.as_deref())
}

/// Loads every plugin on the search path, or fails with all the reasons.
pub(crate) fn load_plugins(dirs: &PluginDirs) -> Result<Registry, Failure> {
    Registry::load(&search_path(dirs)).map_err(|errors| {
        let message = errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n");
        Failure::new(exit::PLUGIN, message)
    })
}
