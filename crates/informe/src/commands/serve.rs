//! `informe serve`: the workbench, a local web server for writing, checking, previewing and
//! exporting a report in the browser, with `build`'s settings and every plugin isolated.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use informe_core::diagnostic::Kind;
use informe_core::pipeline::{Data, Institutions, Plan};
use informe_core::{Diagnostic, Registry};
use informe_serve::{Config, Engine, Server};

use crate::cli::{LanguageArgs, PluginDirs, ServeArgs};
use crate::commands::build::base_request;
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

pub fn run(args: &ServeArgs) -> Result<(), Failure> {
    if args.plugins.in_process_plugins {
        return Err(Failure::new(
            exit::BAD_INPUT,
            "`informe serve` runs every plugin in a worker of its own, so that one that crashes cannot stop the server",
        )
        .hint("leave out --in-process-plugins"));
    }
    let (folder, open) = target(args.target.as_deref())?;
    // Every request is checked as `build` checks its command line: the settings are checked
    // once here, with the data the page will send.
    let mut settings = base_request(Data::File(folder.join("report.json")), &LanguageArgs::default());
    settings.template = args.template.clone();
    settings.pdf_standards = args.pdf_standards.clone();
    settings.compile_timeout = args.compile_timeout;
    settings.institutions = Institutions::Within(folder.clone());
    Plan::new(settings.clone(), &Registry::default())?;
    informe_core::render::warm_up();
    let isolated = PluginDirs {
        dirs: args.plugins.dirs.clone(),
        isolate_plugins: true,
        in_process_plugins: false,
        plugin_timeout: args.plugins.plugin_timeout,
        lock: args.plugins.lock.clone(),
    };
    let registry = load_plugins(&isolated)?;
    let engine = Engine::new(registry, settings)?;
    let config =
        Config { folder: folder.clone(), open, engine, body_limit: informe_serve::DEFAULT_BODY_LIMIT, workers: None };
    let server = Server::bind(SocketAddr::new(args.bind, args.port), config)
        .map_err(|err| Failure::new(exit::BAD_INPUT, err.to_string()))?;
    // The first line of stdout, for whoever started the server (a person, a script, a test).
    outln!("{}", server.url());
    if !args.bind.is_loopback() {
        crate::terminal::diagnostic(
            &Diagnostic::warning(format!(
                "listening on {}, which other machines may reach: anyone who learns the token can read and write \
                 the data files of {} and run the plugins on them",
                args.bind,
                folder.display()
            ))
            .of_kind(Kind::Input)
            .with_hint("leave out --bind to serve this machine only"),
        );
    }
    crate::terminal::note(&format!(
        "serving {} — open the address above in a browser; Ctrl-C stops the server",
        folder.display()
    ));
    server.run().map_err(|err| Failure::new(exit::INTERNAL, err.to_string()))
}

/// The folder to serve and the data file to open first, relative to it.
fn target(given: Option<&Path>) -> Result<(PathBuf, Option<String>), Failure> {
    let Some(given) = given else { return Ok((PathBuf::from("."), None)) };
    if given.is_dir() {
        return Ok((given.to_path_buf(), None));
    }
    if !given.is_file() {
        return Err(Failure::new(exit::BAD_INPUT, format!("{} is neither a data file nor a folder", given.display())));
    }
    let folder = match given.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = given.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok((folder, name))
}
