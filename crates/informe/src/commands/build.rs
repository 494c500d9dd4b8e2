//! `informe build`: the core's pipeline on the command line's request, its outputs written
//! together, its problems shown.

use std::time::{Duration, Instant};

use informe_core::pipeline::{self, Data, Format, Outcome, Plan, Request};
use informe_core::{Diagnostic, Registry};

use crate::cli::{BuildArgs, LanguageArgs};
use crate::commands::load_plugins;
use crate::exit::Failure;

pub fn run(args: &BuildArgs) -> Result<(), Failure> {
    if args.outputs.iter().any(|o| matches!(Format::of_path(o), Ok(Format::Pdf))) {
        // Typst's fonts and library load while the plugins and the data do.
        informe_core::render::warm_up();
    }
    let started = Instant::now();
    let registry = load_plugins(&args.plugins)?;
    build_after(args, &registry, vec![("loading plugins", started.elapsed())])
}

/// One build with already loaded plugins; `informe watch` calls it on every change.
pub fn build_with(args: &BuildArgs, registry: &Registry) -> Result<(), Failure> {
    build_after(args, registry, Vec::new())
}

/// One build, after phases (`earlier`) whose timings are reported with its own.
fn build_after(args: &BuildArgs, registry: &Registry, earlier: Vec<(&'static str, Duration)>) -> Result<(), Failure> {
    let plan = Plan::new(request(args), registry)?;
    let outcome = pipeline::build(&plan, registry);
    let started = Instant::now();
    let wrote = finish(&outcome)?;
    for line in wrote {
        crate::terminal::note(&line);
    }
    if args.timings {
        let mut timings = earlier;
        timings.extend(outcome.timings);
        timings.push(("writing", started.elapsed()));
        crate::terminal::note("timings:");
        for (phase, time) in timings {
            crate::terminal::note(&format!("  {phase}: {:.1} ms", time.as_secs_f64() * 1000.0));
        }
    }
    Ok(())
}

/// Writes a build's outputs, its warnings and `wrote` lines kept for the caller to show (a batch
/// shows them with the report's name); on failure every problem is in the `Failure`.
pub fn finish_quietly(outcome: &Outcome) -> Result<(Vec<Diagnostic>, Vec<String>), Failure> {
    if outcome.failed() {
        return Err(outcome.diagnostics.clone().into());
    }
    outcome.write()?;
    Ok((outcome.diagnostics.0.clone(), wrote(outcome)))
}

/// A `wrote` line per output.
fn wrote(outcome: &Outcome) -> Vec<String> {
    outcome
        .files
        .iter()
        .map(|made| match made.pages {
            Some(pages) => format!("wrote {} ({pages} pages)", made.path.display()),
            None => format!("wrote {}", made.path.display()),
        })
        .collect()
}

/// Writes a build's outputs after showing its warnings and notes; the `wrote` lines on success.
/// On failure, every problem, warnings included, is in the `Failure`, in the order found.
pub fn finish(outcome: &Outcome) -> Result<Vec<String>, Failure> {
    if !outcome.failed() {
        for warning in &outcome.diagnostics.0 {
            crate::terminal::diagnostic(warning);
        }
    }
    // Emitted before compiling: shown even when the template then failed, to debug it.
    if let Some((dir, args)) = &outcome.emitted {
        crate::terminal::note(&format!(
            "wrote the Typst project to {}; compile it with:\n  typst {}",
            dir.display(),
            args.join(" ")
        ));
    }
    finish_quietly(outcome).map(|(_, wrote)| wrote)
}

/// The request of `build`'s command line and environment.
pub fn request(args: &BuildArgs) -> Request {
    Request {
        outputs: args.outputs.clone(),
        template: args.template.clone(),
        pdf_standards: args.pdf_standards.clone(),
        emit_typst: args.emit_typst.clone(),
        compile_timeout: args.compile_timeout,
        ..base_request(Data::File(args.data.clone()), &args.language)
    }
}

/// A request for `data` with the choices of `language`, dated by `SOURCE_DATE_EPOCH` if set (the
/// reproducible-builds convention for a fixed build time).
pub fn base_request(data: Data, language: &LanguageArgs) -> Request {
    let mut request = Request::new(data);
    request.choice = pipeline::Choice {
        lang: language.lang.clone(),
        locale: language.locale.clone(),
        institution: language.institution.clone(),
    };
    request.source_date_epoch = source_date_epoch();
    request
}

/// `SOURCE_DATE_EPOCH` as set, even if not a number: the plan refuses it then.
pub fn source_date_epoch() -> Option<String> {
    std::env::var_os("SOURCE_DATE_EPOCH").map(|value| value.to_string_lossy().into_owned())
}
