//! `informe plugin run`: one plugin, one program, its JSON answer on stdout — the plugin author's debugger.

use informe_core::data::load;
use informe_core::{pipeline, process};

use crate::cli::PluginRunArgs;
use crate::commands::load_one_plugin;
use crate::exit::{self, Failure};

pub fn run(args: &PluginRunArgs) -> Result<(), Failure> {
    // The plugin lock binds this command as it binds `build`: a debugger is no way around it.
    let plugin = load_one_plugin(&args.plugin, &args.loading())?;
    let mut loaded = load::load(&args.data).map_err(|d| Failure::new(exit::BAD_INPUT, d.to_string()))?;
    let institution = crate::commands::build::institution_of(&args.language, &loaded)?;
    // The plugin sees what it would see in `build`: texts in the report's language (or `--lang`),
    // the party named in it, the locale of its figures.
    pipeline::localize(&mut loaded, &args.data, args.language.lang.as_deref(), args.language.locale.as_deref());
    if loaded.warnings.has_errors() {
        return Err(Failure::new(exit::BAD_INPUT, loaded.warnings.to_string()));
    }
    // Where the program is in the report, before an institution's selection renumbers the
    // programs; and where it is written, for its localizing warnings, which name the file (the
    // data file, or a part it includes) and the path there.
    let position = |report: &informe_core::data::model::Report| {
        report.measures.iter().enumerate().find_map(|(m, measure)| {
            let p = measure.programs.iter().position(|p| p.id == args.program)?;
            Some(format!("measures[{m}].programs[{p}]"))
        })
    };
    let at = position(&loaded.report);
    let written = at.as_deref().map(|at| {
        let (file, path) = loaded.origins.place(at);
        (loaded.origins.file(file, &args.data).to_path_buf(), path)
    });
    if let Some(institution) = &institution {
        pipeline::select_programs(&mut loaded, institution).map_err(Failure::from)?;
    }
    let report = &loaded.report;
    let programs = report.measures.iter().flat_map(|m| &m.programs);
    let Some(program) = programs.clone().find(|p| p.id == args.program) else {
        let ids: Vec<&str> = programs.map(|p| p.id.as_str()).collect();
        let message = match (&institution, &at) {
            // The data has it, but the institution the report is issued by does not report on it.
            (Some(institution), Some(_)) => format!(
                "error: the institution `{}` does not report on the program `{}`\n  hint: its programs are {}",
                institution.id,
                args.program,
                ids.join(", ")
            ),
            _ => format!(
                "error: {} has no program `{}`\n  hint: its programs are {}",
                args.data.display(),
                args.program,
                ids.join(", ")
            ),
        };
        return Err(Failure::new(exit::BAD_INPUT, message));
    };
    // The path ends in `]`, so `programs[1]` is no prefix of `programs[12]`.
    let own = |warning: &&informe_core::Diagnostic| {
        written.as_ref().is_some_and(|(file, at)| {
            warning.file.as_deref() == Some(file.as_path())
                && warning.path.as_deref().is_some_and(|p| p.starts_with(at))
        })
    };
    for warning in loaded.warnings.0.iter().filter(own) {
        eprintln!("{warning}");
    }
    if !plugin.families.contains(&program.family) {
        let warning = format!(
            "warning: plugin `{}` serves {} but program `{}` is of the family `{}`",
            plugin.name,
            plugin.families.join(", "),
            program.id,
            program.family
        );
        eprintln!("{}", crate::terminal::clean(&warning));
    }
    let response = process::call(&plugin, &process::context_of(report), program)
        .map_err(|err| Failure::new(exit::PLUGIN, format!("error: {err}")))?;
    let json = serde_json::to_string_pretty(&response)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("error: cannot print the answer: {err}")))?;
    outln!("{json}");
    // Each problem as `build` shows it: in the data file, at its line and column.
    // Problems speak of the program where it is now: locating them undoes the selection.
    let now = position(report);
    let problems = process::problems_of(&response, &plugin.name, now.as_deref().unwrap_or_default());
    for diagnostic in pipeline::locate_in(&loaded, &args.data, problems) {
        eprintln!("{diagnostic}");
    }
    eprintln!(
        "{}: {} sections, {} metrics, {} problems",
        crate::terminal::clean(&plugin.name),
        response.sections.len(),
        response.metrics.len(),
        response.problems.len()
    );
    if response.has_errors() { Err(Failure::new(exit::BAD_INPUT, String::new())) } else { Ok(()) }
}
