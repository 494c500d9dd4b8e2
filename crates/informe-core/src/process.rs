//! Runs each program through its family's plugin and checks what comes back.

use informe_plugin::{Context, Quantity, Request, Response};

use crate::data::model::{Program, Report};
use crate::diagnostic::Diagnostic;
use crate::host::{CallOutcome, Plugin, PluginError, Registry};

/// What the plugins made of one program.
#[derive(Debug, Clone)]
pub struct ProgramOutput {
    /// `name version` of the plugin that served the program; `None` when no plugin serves its family.
    pub plugin: Option<(String, String)>,
    pub response: Response,
}

/// The report with the plugins' output for each program, by measure then program.
#[derive(Debug)]
pub struct Processed {
    pub outputs: Vec<Vec<ProgramOutput>>,
    /// Validation problems the plugins found and warnings of the host, each with its JSON path.
    pub diagnostics: Vec<Diagnostic>,
}

/// Calls the plugin of every program. Plugin failures stop the run; data problems are collected.
pub fn run(report: &Report, registry: &Registry) -> Result<Processed, PluginError> {
    let context = context_of(report);
    let mut outputs = Vec::with_capacity(report.measures.len());
    let mut diagnostics = Vec::new();
    for (m, measure) in report.measures.iter().enumerate() {
        let mut programs = Vec::with_capacity(measure.programs.len());
        for (p, program) in measure.programs.iter().enumerate() {
            let at = format!("measures[{m}].programs[{p}]");
            let Some(plugin) = registry.for_family(&program.family) else {
                diagnostics.push(
                    Diagnostic::warning(format!(
                        "no plugin serves the family `{}`: program `{}` shows its common fields only",
                        program.family, program.id
                    ))
                    .at_path(format!("{at}.family"))
                    .with_hint(
                        "add the family's plugin to a folder given with --plugins; `informe plugins` lists those found",
                    ),
                );
                programs.push(ProgramOutput { plugin: None, response: Response::default() });
                continue;
            };
            let response = call(plugin, &context, program)?;
            for problem in &response.problems {
                let mut d = Diagnostic::error(format!("{} (plugin `{}`)", problem.message, plugin.name))
                    .at_path(format!("{at}.{}", problem.path));
                d.severity = problem.severity;
                d.hint = problem.hint.clone();
                diagnostics.push(d);
            }
            programs.push(ProgramOutput { plugin: Some((plugin.name.clone(), plugin.version.clone())), response });
        }
        outputs.push(programs);
    }
    Ok(Processed { outputs, diagnostics })
}

/// The report context every plugin call carries.
pub fn context_of(report: &Report) -> Context {
    Context {
        country: report.country.clone(),
        period: report.period,
        language: report.language.clone(),
        locale: report.locale.clone(),
    }
}

/// Calls `plugin` on one program and checks its answer against the output contract.
pub fn call(plugin: &Plugin, context: &Context, program: &Program) -> Result<Response, PluginError> {
    let request = Request { context: context.clone(), program: program.clone() };
    let bytes = serde_json::to_vec(&request).map_err(|err| PluginError::Failed {
        plugin: plugin.name.clone(),
        program: program.id.clone(),
        message: format!("cannot encode the request: {err}"),
    })?;
    match plugin.process(&bytes) {
        CallOutcome::Ok(body) => decode(&body, &plugin.name, &program.id),
        CallOutcome::Error(message) => {
            Err(PluginError::Failed { plugin: plugin.name.clone(), program: program.id.clone(), message })
        }
        CallOutcome::Panic(message) => {
            Err(PluginError::Panicked { plugin: plugin.name.clone(), program: program.id.clone(), message })
        }
        CallOutcome::Crashed(how) => {
            Err(PluginError::Crashed { plugin: plugin.name.clone(), program: program.id.clone(), how })
        }
        CallOutcome::TimedOut(limit) => Err(PluginError::TimedOut {
            plugin: plugin.name.clone(),
            program: program.id.clone(),
            seconds: limit.as_secs_f64(),
        }),
    }
}

/// Parses a plugin's response and holds it to the output contract.
fn decode(body: &[u8], plugin: &str, program: &str) -> Result<Response, PluginError> {
    let contract =
        |message: String| PluginError::Contract { plugin: plugin.to_owned(), program: program.to_owned(), message };
    let response: Response =
        serde_json::from_slice(body).map_err(|err| contract(format!("invalid response: {err}")))?;
    let mut ids = std::collections::HashSet::new();
    for metric in &response.metrics {
        if metric.id.trim().is_empty() || !ids.insert(metric.id.as_str()) {
            return Err(contract(format!("metric id `{}` is empty or used twice", metric.id)));
        }
        if let Quantity::Money { currency, .. } = &metric.figure.quantity
            && iso_currency::Currency::from_code(currency).is_none()
        {
            return Err(contract(format!("metric `{}` has the unknown currency `{currency}`", metric.id)));
        }
        if metric.indicator.is_some() && !matches!(metric.figure.quantity, Quantity::Count { .. }) {
            return Err(contract(format!("metric `{}` feeds an indicator but is not a count", metric.id)));
        }
    }
    Ok(response)
}
