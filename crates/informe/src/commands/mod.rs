//! One module per subcommand; shared helpers for loading plugins.

mod build;
mod plugins;

use informe_core::{Registry, SearchPath};

use crate::cli::{Cli, Command, PluginDirs};
use crate::exit::{self, Failure};

pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Plugins(args) => plugins::run(&args),
    }
}

/// The standard plugin search path for these `--plugins` folders.
fn search_path(dirs: &PluginDirs) -> SearchPath {
    let env = std::env::var_os("INFORME_PLUGIN_PATH");
    let exe = std::env::current_exe().ok();
    SearchPath::standard(&dirs.dirs, env.as_deref(), exe.as_deref())
}

/// Loads every plugin on the search path, or fails with all the reasons.
fn load_plugins(dirs: &PluginDirs) -> Result<Registry, Failure> {
    Registry::load(&search_path(dirs)).map_err(|errors| {
        let message = errors.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n");
        Failure::new(exit::PLUGIN, message)
    })
}
