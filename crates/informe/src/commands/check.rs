//! `informe check`: the build's pipeline up to rendering — the data's own checks, the
//! institution's and each plugin's — writing nothing; every problem at once, and a count.

use informe_core::Diagnostics;
use informe_core::pipeline::{self, Data, Plan};

use crate::cli::CheckArgs;
use crate::commands::build::base_request;
use crate::commands::load_plugins;
use crate::exit::Failure;

pub fn run(args: &CheckArgs) -> Result<(), Failure> {
    let registry = load_plugins(&args.plugins)?;
    let plan = Plan::new(base_request(Data::File(args.data.clone()), &args.language), &registry)?;
    let outcome = pipeline::check(&plan, &registry);
    let found = &outcome.diagnostics;
    let line = format!("{}: {}", args.data.display(), summary(found));
    if outcome.failed() {
        let mut failure = Failure::from(found.clone());
        // The count comes last, after every problem.
        failure.after.push(line);
        return Err(failure);
    }
    for warning in &found.0 {
        crate::terminal::diagnostic(warning);
    }
    crate::terminal::note(&line);
    Ok(())
}

fn summary(found: &Diagnostics) -> String {
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    format!("{}, {}", plural(found.errors().count(), "error"), plural(found.warnings().count(), "warning"))
}
