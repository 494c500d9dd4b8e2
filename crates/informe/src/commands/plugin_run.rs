//! `informe plugin run`: one plugin, one program, its JSON answer on stdout — the plugin author's debugger.

use informe_core::diagnostic::Kind;
use informe_core::pipeline::{self, Data, Plan, Read};
use informe_core::{Diagnostic, Diagnostics, Registry, process};

use crate::cli::PluginRunArgs;
use crate::commands::build::base_request;
use crate::commands::load_one_plugin;
use crate::exit::{self, Failure};

pub fn run(args: &PluginRunArgs) -> Result<(), Failure> {
    // The plugin lock binds this command as it binds `build`: a debugger is no way around it.
    let plugin = load_one_plugin(&args.plugin, &args.loading())?;
    // The plugin sees what it would see in `build`, read by the same stages: its institution's
    // programs, texts in the report's language (or `--lang`), the party named in it, the locale
    // of its figures.
    let plan = Plan::new(base_request(Data::File(args.data.clone()), &args.language), &Registry::default())?;
    let Read { loaded, institution, left_out } = pipeline::read(&plan)?;
    let report = &loaded.report;
    // Where the program is in the report now, and where it is written, for its localizing
    // warnings, which name the file (the data file, or a part it includes) and the path there.
    let now = report.measures.iter().enumerate().find_map(|(m, measure)| {
        let p = measure.programs.iter().position(|p| p.id == args.program)?;
        Some(format!("measures[{m}].programs[{p}]"))
    });
    let written = now.as_deref().map(|at| {
        let placed = pipeline::locate_in(&loaded, &args.data, [Diagnostic::warning("").at_path(at)]);
        (placed[0].file.clone().unwrap_or_default(), placed[0].path.clone().unwrap_or_default())
    });
    let programs = report.measures.iter().flat_map(|m| &m.programs);
    let Some(program) = programs.clone().find(|p| p.id == args.program) else {
        let ids: Vec<&str> = programs.map(|p| p.id.as_str()).collect();
        let failure = match &institution {
            // The data has it, but the institution the report is issued by does not report on it.
            Some(institution) if left_out.contains(&args.program) => Failure::new(
                exit::BAD_INPUT,
                format!("the institution `{}` does not report on the program `{}`", institution.id, args.program),
            ),
            _ => Failure::new(exit::BAD_INPUT, format!("{} has no program `{}`", args.data.display(), args.program)),
        };
        return Err(failure.hint(format!("its programs are {}", ids.join(", "))));
    };
    // The path ends in `]`, so `programs[1]` is no prefix of `programs[12]`.
    let own = |warning: &&Diagnostic| {
        written.as_ref().is_some_and(|(file, at)| {
            warning.file.as_deref() == Some(file.as_path())
                && warning.path.as_deref().is_some_and(|p| p.starts_with(at))
        })
    };
    for warning in loaded.warnings.0.iter().filter(own) {
        crate::terminal::diagnostic(warning);
    }
    if !plugin.families.contains(&program.family) {
        crate::terminal::diagnostic(
            &Diagnostic::warning(format!(
                "plugin `{}` serves {} but program `{}` is of the family `{}`",
                plugin.name,
                plugin.families.join(", "),
                program.id,
                program.family
            ))
            .of_kind(Kind::Plugin),
        );
    }
    // A failure is placed on the program in the data, as `build` places it.
    let response = process::call(&plugin, &process::context_of(report), program).map_err(|err| {
        let found = err.diagnostic();
        let found = match &now {
            Some(at) => found.at_path(at.clone()),
            None => found,
        };
        Failure::from(Diagnostics(pipeline::locate_in(&loaded, &args.data, [found])))
    })?;
    let json = serde_json::to_string_pretty(&response)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot print the answer: {err}")))?;
    outln!("{json}");
    // Each problem as `build` shows it: in the data file, at its line and column.
    // Problems speak of the program where it is now: locating them undoes the selection.
    let problems = process::problems_of(&response, &plugin.name, now.as_deref().unwrap_or_default());
    for diagnostic in pipeline::locate_in(&loaded, &args.data, problems) {
        crate::terminal::diagnostic(&diagnostic);
    }
    crate::terminal::note(&format!(
        "{}: {} sections, {} metrics, {} problems",
        plugin.name,
        response.sections.len(),
        response.metrics.len(),
        response.problems.len()
    ));
    if response.has_errors() { Err(Failure::quiet(exit::BAD_INPUT)) } else { Ok(()) }
}
