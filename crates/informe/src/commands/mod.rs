//! One module per subcommand; shared helpers for loading plugins.

mod batch;
mod build;
mod check;
mod docs;
mod institutions;
mod new_plugin;
mod plugin_run;
mod plugins;
mod schema;
mod serve;
mod watch;
mod worker;

use std::path::PathBuf;
use std::time::Duration;

use informe_core::host::{Isolation, LoadOptions, Lock, Placement, Plugin, Policy, lock};
use informe_core::{Registry, SearchPath};

use crate::cli::{Cli, Command, PluginCommand, PluginDirs};
use crate::exit::{self, Failure};

pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Plugins(args) => plugins::run(&args),
        Command::Watch(args) => watch::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Institutions => institutions::run(),
        Command::Check(args) => check::run(&args),
        Command::NewPlugin(args) => new_plugin::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Completions { shell } => docs::completions(shell),
        Command::Man { dir } => docs::man(dir.as_deref()),
        Command::Plugin(PluginCommand::Run(args)) => plugin_run::run(&args),
        Command::Plugin(PluginCommand::Worker(args)) => worker::run(&args),
    }
}

/// The standard plugin search path for these `--plugins` folders.
pub(crate) fn search_path(dirs: &PluginDirs) -> SearchPath {
    let env = std::env::var_os("INFORME_PLUGIN_PATH");
    let exe = std::env::current_exe().ok();
    SearchPath::standard(&dirs.dirs, env.as_deref(), exe.as_deref())
}

/// Loads every plugin on the search path, enforcing the plugin lock if there is one, or fails
/// with all the reasons.
pub(crate) fn load_plugins(dirs: &PluginDirs) -> Result<Registry, Failure> {
    let lock = read_lock(dirs)?;
    load_plugins_with(dirs, lock)
}

/// Loads every plugin on the search path with `lock` (if any) in force.
pub(crate) fn load_plugins_with(dirs: &PluginDirs, lock: Option<Lock>) -> Result<Registry, Failure> {
    let options = LoadOptions { isolation: Some(isolation(dirs)?), policy: policy(dirs), lock };
    arm_guard();
    let search = search_path(dirs);
    for warning in search.warnings() {
        crate::terminal::diagnostic(&warning);
    }
    Registry::load_with(&search, &options).map_err(|errors| {
        informe_core::Diagnostics(errors.iter().map(informe_core::PluginError::diagnostic).collect()).into()
    })
}

/// Loads the one plugin file `file` under the same rules as a search path's plugins: the lock
/// in force (if any) must pin it, and it runs in process only if it is one of informe's own
/// shipped plugins, or trusted, or `--in-process-plugins` says so.
pub(crate) fn load_one_plugin(file: &std::path::Path, dirs: &PluginDirs) -> Result<Plugin, Failure> {
    let lock = read_lock(dirs)?;
    let isolation = isolation(dirs)?;
    arm_guard();
    let refused = Failure::from;
    let pin = lock.as_ref().map(|lock| lock.pin_for(file)).transpose().map_err(refused)?;
    let shipped = search_path(dirs).is_shipped(file);
    let placement = Placement::decide(policy(dirs), shipped, pin.is_some_and(|p| p.trusted));
    if placement.isolated {
        Plugin::launch(file, pin, &isolation, placement).and_then(|launched| launched.finish())
    } else {
        Plugin::in_process(file, pin, Some(isolation.timeout), placement)
    }
    .map_err(refused)
}

/// From now on, a plugin that crashes, aborts or hangs in informe's own process is reported
/// (plugin, program, signal or time limit) and ends informe with `exit::PLUGIN_FATAL`.
fn arm_guard() {
    if let Err(err) = informe_core::host::guard::arm(exit::PLUGIN_FATAL, crate::terminal::shown) {
        crate::terminal::diagnostic(
            &informe_core::Diagnostic::warning(format!(
                "cannot watch for plugin crashes ({err}); one in informe's process would end it by its signal"
            ))
            .of_kind(informe_core::diagnostic::Kind::Internal),
        );
    }
}

/// The lock file named by `--lock` (which must exist), else `./informe-plugins.lock` if present.
pub(crate) fn lock_path(dirs: &PluginDirs) -> PathBuf {
    dirs.lock.clone().unwrap_or_else(|| PathBuf::from(lock::DEFAULT_FILE))
}

fn read_lock(dirs: &PluginDirs) -> Result<Option<Lock>, Failure> {
    let path = lock_path(dirs);
    let lock = Lock::read(&path)?;
    if lock.is_none() && dirs.lock.is_some() {
        return Err(Failure::new(exit::PLUGIN, format!("the plugin lock {} does not exist", path.display()))
            .hint(format!("`informe plugins pin --lock {}` writes it", path.display())));
    }
    Ok(lock)
}

/// Which plugins run isolated, as the flags say.
fn policy(dirs: &PluginDirs) -> Policy {
    match (dirs.isolate_plugins, dirs.in_process_plugins) {
        (true, _) => Policy::Isolated,
        (false, true) => Policy::InProcess,
        (false, false) => Policy::Default,
    }
}

/// How to start plugin workers, and how long any plugin may take: `informe-worker` beside this
/// executable (as installed and as built), a small program that starts in a fraction of
/// informe's time and forks the workers loaded together from one start, else this executable
/// re-executed (`informe plugin worker`) once per plugin.
fn isolation(dirs: &PluginDirs) -> Result<Isolation, Failure> {
    let timeout = Duration::try_from_secs_f64(dirs.plugin_timeout).ok().filter(|t| !t.is_zero()).ok_or_else(|| {
        Failure::new(
            exit::BAD_INPUT,
            format!("--plugin-timeout must be a positive number of seconds, not {}", dirs.plugin_timeout),
        )
    })?;
    let program = std::env::current_exe()
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot find informe's own executable: {err}")))?;
    let worker = program.with_file_name(format!("informe-worker{}", std::env::consts::EXE_SUFFIX));
    Ok(if worker.is_file() {
        Isolation { program: worker, args: Vec::new(), timeout, forks: true }
    } else {
        Isolation { program, args: vec!["plugin".into(), "worker".into()], timeout, forks: false }
    })
}
