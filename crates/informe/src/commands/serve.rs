//! `informe serve`: the workbench, a local web server for writing, checking, previewing and
//! exporting a report in the browser, with `build`'s settings and every plugin isolated.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use informe_core::render::check_standards;
use informe_serve::{Config, Engine, Server, Settings};

use crate::cli::{PluginDirs, ServeArgs};
use crate::commands::build::{end_of_period, pdf_standards, source_date_epoch};
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

pub fn run(args: &ServeArgs) -> Result<(), Failure> {
    if args.plugins.in_process_plugins {
        return Err(Failure::new(
            exit::BAD_INPUT,
            "error: `informe serve` runs every plugin in a worker of its own, so that one that crashes \
             cannot stop the server\n  hint: leave out --in-process-plugins",
        ));
    }
    let (folder, open) = target(args.target.as_deref())?;
    let standards = pdf_standards(&args.pdf_standards)?;
    check_standards(&standards).map_err(|err| Failure::new(exit::BAD_INPUT, format!("error: {err}")))?;
    let settings = Settings {
        source_date_epoch: source_date_epoch()?,
        default_date: end_of_period,
        standards,
        template: args.template.clone(),
        compile_timeout: args.compile_timeout,
    };
    if let Some(dir) = &args.template
        && !dir.is_dir()
    {
        return Err(Failure::new(
            exit::BAD_INPUT,
            format!("error: the template folder {} does not exist", dir.display()),
        ));
    }
    informe_core::render::warm_up();
    let isolated = PluginDirs {
        dirs: args.plugins.dirs.clone(),
        isolate_plugins: true,
        in_process_plugins: false,
        plugin_timeout: args.plugins.plugin_timeout,
        lock: args.plugins.lock.clone(),
    };
    let registry = load_plugins(&isolated)?;
    let engine = Engine::new(registry, settings).map_err(|err| Failure::new(exit::PLUGIN, format!("error: {err}")))?;
    let config =
        Config { folder: folder.clone(), open, engine, body_limit: informe_serve::DEFAULT_BODY_LIMIT, workers: None };
    let server = Server::bind(SocketAddr::new(args.bind, args.port), config)
        .map_err(|err| Failure::new(exit::BAD_INPUT, format!("error: {err}")))?;
    // The first line of stdout, for whoever started the server (a person, a script, a test).
    outln!("{}", server.url());
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}, which other machines may reach: anyone who learns the token can read and \
             write the data files of {} and run the plugins on them\n  hint: leave out --bind to serve this machine only",
            args.bind,
            crate::terminal::clean(&folder.display().to_string())
        );
    }
    eprintln!(
        "{}",
        crate::terminal::clean(&format!(
            "serving {} — open the address above in a browser; Ctrl-C stops the server",
            folder.display()
        ))
    );
    server.run().map_err(|err| Failure::new(exit::INTERNAL, format!("error: {err}")))
}

/// The folder to serve and the data file to open first, relative to it.
fn target(given: Option<&Path>) -> Result<(PathBuf, Option<String>), Failure> {
    let Some(given) = given else { return Ok((PathBuf::from("."), None)) };
    if given.is_dir() {
        return Ok((given.to_path_buf(), None));
    }
    if !given.is_file() {
        return Err(Failure::new(
            exit::BAD_INPUT,
            format!(
                "error: {} is neither a data file nor a folder",
                crate::terminal::clean(&given.display().to_string())
            ),
        ));
    }
    let folder = match given.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = given.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok((folder, name))
}
