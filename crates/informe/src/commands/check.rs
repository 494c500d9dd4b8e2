//! `informe check`: the build's validation — the data's own checks and each plugin's — without
//! rendering or writing anything.

use informe_core::data::load;
use informe_core::{Error, pipeline};

use crate::cli::CheckArgs;
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

pub fn run(args: &CheckArgs) -> Result<(), Failure> {
    let mut loaded = load::load(&args.data).map_err(|d| {
        let summary = summary(d.errors().count(), d.warnings().count());
        Failure::new(exit::BAD_INPUT, format!("{d}\n{}: {summary}", args.data.display()))
    })?;
    let institution = crate::commands::build::institution_of(&args.language, &loaded)?;
    // With --lang, the texts missing a translation into that language are reported too.
    pipeline::localize(&mut loaded, &args.data, args.language.lang.as_deref(), args.language.locale.as_deref());
    let registry = load_plugins(&args.plugins)?;
    let selected = match &institution {
        Some(institution) => pipeline::select_programs(&mut loaded, institution),
        None => Ok(()),
    };
    match selected.and_then(|()| pipeline::prepare(&loaded, &args.data, &registry, institution.as_ref())) {
        Ok(prepared) => {
            for warning in &prepared.warnings.0 {
                eprintln!("{warning}");
            }
            let line = format!("{}: {}", args.data.display(), summary(0, prepared.warnings.0.len()));
            eprintln!("{}", crate::terminal::clean(&line));
            Ok(())
        }
        Err(Error::Data(diagnostics)) => {
            let summary = summary(diagnostics.errors().count(), diagnostics.warnings().count());
            Err(Failure::new(exit::BAD_INPUT, format!("{diagnostics}\n{}: {summary}", args.data.display())))
        }
        Err(other) => Err(other.into()),
    }
}

fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    format!("{}, {}", plural(errors, "error"), plural(warnings, "warning"))
}
