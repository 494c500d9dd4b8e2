//! Runs each program through its family's plugin and checks what comes back.

use informe_plugin::model::StatedMetric;
use informe_plugin::{Context, Figure, Metric, Quantity, Request, Response};

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

/// The report with the plugins' output for each program, by measure then program; the measures
/// in the order of [`Report::all_measures`], the party's own first.
#[derive(Debug)]
pub struct Processed {
    pub outputs: Vec<Vec<ProgramOutput>>,
    /// Validation problems the plugins found and warnings of the host, each with its JSON path.
    pub diagnostics: Vec<Diagnostic>,
}

/// Calls the plugin of every program. Plugin failures stop the run; data problems are collected.
pub fn run(report: &Report, registry: &Registry) -> Result<Processed, PluginError> {
    let context = context_of(report);
    let mut answers = answers(report, registry, &context)?.into_iter();
    let mut outputs = Vec::with_capacity(report.measures.len());
    let mut diagnostics = Vec::new();
    for (at_measure, measure) in report.all_measures() {
        let mut programs = Vec::with_capacity(measure.programs.len());
        for (p, program) in measure.programs.iter().enumerate() {
            let at = format!("{at_measure}.programs[{p}]");
            let (served_by, mut response) = match registry.for_family(&program.family) {
                None => {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "no plugin serves the family `{}`: program `{}` shows its common fields and the figures its data states",
                            program.family, program.id
                        ))
                        .at_path(format!("{at}.family"))
                        .with_hint(
                            "add the family's plugin to a folder given with --plugins; `informe plugins` lists those found",
                        ),
                    );
                    (None, Response::default())
                }
                Some(plugin) => {
                    let response = answers.next().unwrap_or_default();
                    diagnostics.extend(problems_of(&response, &plugin.name, &at));
                    (Some((plugin.name.clone(), plugin.version.clone())), response)
                }
            };
            let plugin_name = served_by.as_ref().map(|(name, _)| name.as_str());
            diagnostics.extend(merge_stated(program, plugin_name, &mut response, &at));
            programs.push(ProgramOutput { plugin: served_by, response });
        }
        outputs.push(programs);
    }
    Ok(Processed { outputs, diagnostics })
}

/// One request to a plugin: the id of its program and its bytes.
type Call = (String, Vec<u8>);

/// The answer of each program that has a plugin, in the report's order ([`Report::all_measures`]).
///
/// Each plugin gets its programs in one batch, and every batch is sent before any answer is
/// awaited: isolated plugins work at once, each for one round trip. Of several failures, the
/// one of the first program in the report's order is returned, whichever plugin answered first.
fn answers(report: &Report, registry: &Registry, context: &Context) -> Result<Vec<Response>, PluginError> {
    let plugins = registry.plugins();
    let served: Vec<(usize, &Program)> = report
        .all_measures()
        .flat_map(|(_, measure)| &measure.programs)
        .filter_map(|program| {
            let plugin = registry.for_family(&program.family)?;
            Some((plugins.iter().position(|p| std::ptr::eq(p, plugin))?, program))
        })
        .collect();
    let mut answers: Vec<Option<Result<Response, PluginError>>> = served.iter().map(|_| None).collect();
    // Per plugin: each request's place in `served`, and the request (its program's id, its bytes).
    let mut batches: Vec<Vec<(usize, Call)>> = plugins.iter().map(|_| Vec::new()).collect();
    for (at, &(index, program)) in served.iter().enumerate() {
        let plugin = &plugins[index];
        match encode_request(&request_for(context, program), plugin.abi_minor) {
            Ok(bytes) => batches[index].push((at, (program.id.clone(), bytes))),
            Err(err) => answers[at] = Some(Err(unencodable(plugin, program, &err))),
        }
    }
    // In the registry's order, which every thread of a batch of reports follows too.
    let submitted: Vec<(&Plugin, Vec<usize>, _)> = batches
        .into_iter()
        .zip(plugins)
        .filter(|(batch, _)| !batch.is_empty())
        .map(|(batch, plugin)| {
            let (ats, calls): (Vec<usize>, Vec<Call>) = batch.into_iter().unzip();
            (plugin, ats, plugin.submit(calls))
        })
        .collect();
    for (plugin, ats, submitted) in submitted {
        for (at, outcome) in ats.into_iter().zip(submitted.outcomes()) {
            answers[at] = Some(answer(outcome, plugin, served[at].1));
        }
    }
    answers
        .into_iter()
        .zip(&served)
        .map(|(answer, (index, program))| {
            // A program left without an answer follows one whose worker died or hung: that one
            // comes first in the report's order and is the error returned.
            answer.unwrap_or_else(|| {
                Err(PluginError::Crashed {
                    plugin: plugins[*index].name.clone(),
                    program: program.id.clone(),
                    how: "was not asked: the plugin's worker was lost on an earlier program".into(),
                })
            })
        })
        .collect()
}

/// The problems `plugin` found in the program at `at` (e.g. `measures[0].programs[2]`), as
/// diagnostics at their paths in the data file, still to be located.
pub fn problems_of(response: &Response, plugin: &str, at: &str) -> Vec<Diagnostic> {
    let diagnostic = |problem: &informe_plugin::Problem| {
        let mut d = Diagnostic::error(format!("{} (plugin `{plugin}`)", problem.message))
            .at_path(format!("{at}.{}", problem.path))
            .on_key(problem.on_key);
        d.severity = problem.severity;
        d.hints.extend(problem.hint.clone());
        d
    };
    response.problems.iter().map(diagnostic).collect()
}

/// Appends the figures the data states for `program` (its `metrics`) to the plugin's metrics,
/// which come first. A stated id the plugin also used is a data error at the stated figure, and
/// that figure is left out.
fn merge_stated(program: &Program, plugin: Option<&str>, response: &mut Response, at: &str) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let from_plugin = response.metrics.len();
    for (i, stated) in program.metrics.iter().enumerate() {
        if let Some(plugin) = plugin
            && response.metrics[..from_plugin].iter().any(|m| m.id == stated.id)
        {
            errors.push(
                Diagnostic::error(format!("figure id `{}` is also the id of a metric of plugin `{plugin}`", stated.id))
                    .at_path(format!("{at}.metrics[{i}].id"))
                    .with_hint("give the stated figure another id"),
            );
            continue;
        }
        response.metrics.extend(stated_metric(stated));
    }
    errors
}

/// A figure the data states as the metric a plugin would give for it; `None` when it has not
/// exactly one of `count` or `money`, which validation refuses before any plugin runs.
pub fn stated_metric(stated: &StatedMetric) -> Option<Metric> {
    let quantity = match (stated.count, &stated.money) {
        (Some(value), None) => Quantity::Count { value },
        (None, Some(money)) => Quantity::Money { amount: money.amount, currency: money.currency.clone() },
        _ => return None,
    };
    Some(Metric {
        id: stated.id.clone(),
        label: stated.label.to_string(),
        figure: Figure::new(quantity, stated.qualifier),
        period: stated.period,
        indicator: stated.indicator.clone(),
    })
}

/// The report context every plugin call carries.
pub fn context_of(report: &Report) -> Context {
    Context {
        // Already the party's name in the report's language (see `localize::resolve`).
        country: report.country.clone(),
        country_code: report.country_code.clone(),
        period: report.period,
        language: report.language.clone(),
        locale: report.locale.clone(),
        source_language: report.source_language.clone(),
    }
}

/// The request for one program, in the wire's own types: its texts already in the report's
/// language, without the figures its data states (see `merge_stated`).
fn request_for(context: &Context, program: &Program) -> Request {
    Request { abi_minor: informe_plugin::abi::ABI_MINOR, context: context.clone(), program: program.into() }
}

/// The bytes of the request for a plugin of ABI minor `plugin_minor`: a plugin of an SDK that
/// refused unknown fields gets only those it knew (see `informe_plugin::compat`).
pub fn encode_request(request: &Request, plugin_minor: u16) -> serde_json::Result<Vec<u8>> {
    let mut value = serde_json::to_value(request)?;
    informe_plugin::wire::fit_for(&mut value, plugin_minor);
    serde_json::to_vec(&value)
}

/// Calls `plugin` on one program and checks its answer against the output contract.
pub fn call(plugin: &Plugin, context: &Context, program: &Program) -> Result<Response, PluginError> {
    let bytes = encode_request(&request_for(context, program), plugin.abi_minor)
        .map_err(|err| unencodable(plugin, program, &err))?;
    answer(plugin.process_program(&program.id, &bytes), plugin, program)
}

fn unencodable(plugin: &Plugin, program: &Program, err: &serde_json::Error) -> PluginError {
    PluginError::Failed {
        plugin: plugin.name.clone(),
        program: program.id.clone(),
        message: format!("cannot encode the request: {err}"),
    }
}

/// The response a call's outcome holds, checked against the output contract, or the failure.
fn answer(outcome: CallOutcome, plugin: &Plugin, program: &Program) -> Result<Response, PluginError> {
    match outcome {
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

/// Parses a plugin's response, ignoring fields a later SDK may add, and holds it to the output
/// contract.
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

#[cfg(test)]
mod tests {
    use informe_plugin::{Decimal, Period, Qualifier};

    use super::*;

    fn program(metrics: serde_json::Value) -> Program {
        serde_json::from_value(serde_json::json!({"id": "p", "name": "P", "family": "residencies", "metrics": metrics}))
            .expect("program")
    }

    #[test]
    fn stated_figures_follow_the_plugins_metrics_as_typed_metrics() {
        let program = program(serde_json::json!([
            {"id": "projects", "label": "Beneficiary projects", "count": 27, "qualifier": "more-than",
             "period": {"from": 2012, "to": 2014}, "indicator": "beneficiary-projects"},
            {"id": "grants", "label": "Grants", "money": {"amount": "12000.50", "currency": "EUR"}}
        ]));
        let mut response = Response { metrics: vec![Metric::count("calls", "Calls", 2)], ..Response::default() };
        assert!(merge_stated(&program, Some("residencies"), &mut response, "measures[0].programs[0]").is_empty());
        let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["calls", "projects", "grants"]);
        let expected = Metric::count("projects", "Beneficiary projects", 27)
            .qualified(Qualifier::MoreThan)
            .during(Period { from: 2012, to: 2014 })
            .feeds("beneficiary-projects");
        assert_eq!(response.metrics[1], expected);
        let amount: Decimal = "12000.50".parse().expect("decimal");
        assert_eq!(response.metrics[2], Metric::money("grants", "Grants", amount, "EUR"));
        // The request leaves them out: they are the host's to merge.
        let report: Report = serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2012, "to": 2015}, "language": "en", "measures": []
        }))
        .expect("report");
        let request = serde_json::to_value(request_for(&context_of(&report), &program)).expect("request");
        assert!(request["program"].get("metrics").is_none(), "{request}");
        assert_eq!(request["program"]["id"], "p");
    }

    #[test]
    fn a_stated_id_a_plugin_metric_has_is_a_data_error_at_the_stated_figure() {
        let program = program(serde_json::json!([
            {"id": "grants", "label": "Grants", "count": 4},
            {"id": "projects", "label": "Beneficiary projects", "count": 27}
        ]));
        let mut response = Response { metrics: vec![Metric::count("projects", "Projects", 9)], ..Response::default() };
        let errors = merge_stated(&program, Some("music"), &mut response, "measures[1].programs[2]");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].is_error());
        assert_eq!(errors[0].path.as_deref(), Some("measures[1].programs[2].metrics[1].id"));
        assert_eq!(errors[0].message, "figure id `projects` is also the id of a metric of plugin `music`");
        // The plugin's figure stands; the stated one that clashes is left out.
        let values: Vec<_> = response.metrics.iter().map(|m| (m.id.as_str(), &m.figure.quantity)).collect();
        assert_eq!(values, [("projects", &Quantity::Count { value: 9 }), ("grants", &Quantity::Count { value: 4 })]);
    }
}
