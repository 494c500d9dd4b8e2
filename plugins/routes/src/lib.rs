//! The `routes` family plugin: IBER-RUTAS, the Ibero-American programme "Strengthening of rights
//! routes and interculturality in Ibero-American migration".
//!
//! The programme promotes cultural diversity through a common space for the protection of
//! migrants' rights from an intercultural standpoint. Its lines of action: the "Miradas de
//! Iberoamérica" contests (photography, essays, an audiovisual prize), whose works are awarded,
//! exhibited and published; an aid fund ("Maleta Abierta") for cultural actions that involve
//! migrant communities; and research on migratory processes. What the programme and the parties
//! count, and so what this family's data holds besides the common part: the projects supported
//! (common `projects`; the money of each contest or edition of the fund in `calls`), the contests
//! with the works received and awarded, the grants of the aid fund, the cultural actions with
//! migrant communities, the studies, and the audience of the exhibitions and events.
//!
//! Learnt from:
//! - <https://en.unesco.org/creativity/policy-monitoring-platform/iber-rutas-programme> and
//!   <https://fr.unesco.org/creativity/policy-monitoring-platform/iber-rutas> (two parties'
//!   periodic reports on the programme: three studies, three photography contests with the
//!   images received and the audience of their exhibitions, essay contests)
//! - <https://mna.gub.uy/mecweb/imprimir.jsp?channel=mecweb&contentid=105755&site=1> (the three
//!   lines of action: the contests, the aid fund for cultural actions, research)
//! - <http://museohistorico.gub.uy/innovaportal/v/89337/2/mecweb/convocatorias-iber---rutas?parentid=79771>
//!   (the photography contest and the aid fund, called together)
//! - <http://academiadeletras.gub.uy/innovaportal/v/51459/2/mec/una-mirada-a-la-migracion?parentid=44653>
//!   (an essay contest: ten works published, three prizes)
//! - <https://unidosenred.org/uer_othrs/fondo-de-ayuda-maleta-abierta-desde-casa-2021> (the aid
//!   fund's aims: cultural activities involving migrant communities)
//! - <https://www.segib.org/pt-br/programa/iber-rutas/iber-rutas/> (objectives and members)

use informe_plugin::family::{self, Common, FamilyData};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
// `derive(JsonSchema)` writes paths through `schemars`: the SDK's re-export stands in for the crate.
use informe_plugin::{Text, schemars};
use serde::Deserialize;

/// Programme data of the `routes` family (IBER-RUTAS): the common results of every family, and
/// what the programme on migration and interculturality counts.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the SDK refuses unknown fields: serde cannot with `flatten`
struct RoutesData {
    #[serde(flatten)]
    common: Common,
    /// The programme's contests and awards (photography, essays, audiovisual works…), each with
    /// the works received and awarded. Their prize money goes in `calls`.
    #[serde(default)]
    contests: Vec<Contest>,
    /// Grants of the programme's aid fund awarded to cultural actions that involve migrant
    /// communities. The money of each edition of the fund goes in `calls`.
    #[serde(default)]
    aids: Option<Count>,
    /// Cultural actions carried out with migrant communities.
    #[serde(default)]
    migrant_actions: Option<Count>,
    /// Studies of migratory processes and cultural diversity carried out.
    #[serde(default)]
    studies: Option<Count>,
    /// People who attended the exhibitions and events of the programme (e.g. of the awarded
    /// works).
    #[serde(default)]
    audience: Option<Count>,
}

/// A contest or award of the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Contest {
    /// Its name as the source gives it, e.g. "Miradas de Iberoamérica 2018 (photography)".
    name: Text,
    /// The years of the edition, within the report period.
    #[serde(default)]
    period: Option<Period>,
    /// Works received: photographs, essays, audiovisual works…
    #[serde(default)]
    entries: Option<Count>,
    /// Works awarded a prize or an honourable mention.
    #[serde(default)]
    awarded: Option<Count>,
}

impl FamilyData for RoutesData {
    fn common(&self) -> &Common {
        &self.common
    }

    fn check(&self, context: &Context) -> Vec<Problem> {
        check(self, context.period)
    }
}

/// The plugin's words, one Fluent catalogue per language (`en` is the fallback).
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<RoutesData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = narrator.narrate(&data.common);
    let mut blocks = Vec::new();
    let mut metrics = Vec::new();

    // The contests' totals are headline figures; each contest's own figures are in its table.
    let entries = Count::sum(data.contests.iter().filter_map(|c| c.entries.as_ref()));
    let awarded = Count::sum(data.contests.iter().filter_map(|c| c.awarded.as_ref()));
    for (id, total, given) in [
        ("entries", entries, data.contests.iter().any(|c| c.entries.is_some())),
        ("awarded", awarded, data.contests.iter().any(|c| c.awarded.is_some())),
    ] {
        if let (Some(total), true) = (total, given) {
            metrics.push(narrator.count_metric(&format!("contest-{id}"), &format!("{id}-label"), &total));
            blocks.push(narrator.paragraph(&format!("{id}-paragraph"), &narrator.counted(&total)));
        }
    }
    let contest_metrics = contests(&narrator, &data.contests, &mut blocks);
    for (id, count) in [
        ("aids", &data.aids),
        ("migrant-actions", &data.migrant_actions),
        ("studies", &data.studies),
        ("audience", &data.audience),
    ] {
        if let Some(count) = count {
            metrics.push(narrator.count_metric(id, &format!("{id}-label"), count));
            blocks.push(narrator.paragraph(&format!("{id}-paragraph"), &narrator.counted(count)));
        }
    }

    narrator.place(&mut response, &data.common, blocks, metrics);
    if response.summary.is_none() {
        response.summary = summary(&narrator, &data);
    }
    narrator.finish(&mut response, &data.common);
    // Each contest's figures detail the totals: they go in after `finish`, out of the headline.
    response.metrics.extend(contest_metrics);
    response.problems.extend(checked.problems);
    Ok(response)
}

/// The contests' table, and the metrics of each contest's figures.
fn contests(narrator: &Narrator<'_>, contests: &[Contest], blocks: &mut Vec<Block>) -> Vec<Metric> {
    if contests.is_empty() {
        return Vec::new();
    }
    let mut metrics = Vec::new();
    let mut rows = Vec::new();
    for (i, contest) in contests.iter().enumerate() {
        let name: Arg = contest.name.as_str().into();
        let mut cells: Vec<Cell> =
            vec![contest.name.to_string().into(), contest.period.map(|p| p.to_string()).unwrap_or_default().into()];
        for (id, count) in [("entries", &contest.entries), ("awarded", &contest.awarded)] {
            let Some(count) = count else {
                cells.push("".into());
                continue;
            };
            let label = narrator.message(&format!("contest-{id}-label"), &[("contest", name.clone())]);
            let mut metric =
                Metric::count(&format!("contest-{}-{id}", i + 1), &label, count.value).qualified(count.qualifier);
            if let Some(period) = contest.period {
                metric = metric.during(period);
            }
            metrics.push(metric);
            cells.push(count.figure().into());
        }
        rows.push(cells);
    }
    blocks.push(Block::Table {
        caption: Some(narrator.message("contests-caption", &[])),
        columns: ["column-contest", "column-period", "column-entries", "column-awarded"]
            .map(|id| narrator.message(id, &[]))
            .to_vec(),
        rows,
    });
    metrics
}

/// The summary sentence when the common data gives none: the grants of the aid fund, else the
/// cultural actions with migrant communities.
fn summary(narrator: &Narrator<'_>, data: &RoutesData) -> Option<String> {
    if let Some(aids) = &data.aids {
        return Some(narrator.message("summary-aids", &narrator.counted(aids)));
    }
    let actions = data.migrant_actions.as_ref()?;
    Some(narrator.message("summary-migrant-actions", &narrator.counted(actions)))
}

/// The problems of the family's own fields, with paths inside the program.
fn check(data: &RoutesData, report: Period) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, contest) in data.contests.iter().enumerate() {
        if contest.name.is_blank() {
            problems.push(Problem::error(format!("data.contests[{i}].name"), "the text is empty"));
        } else if let Some(j) =
            data.contests[..i].iter().position(|c| c.name.same_words(&contest.name) && c.period == contest.period)
        {
            problems.push(
                Problem::error(
                    format!("data.contests[{i}]"),
                    format!("the contest `{}` is already listed (contests[{j}])", contest.name),
                )
                .with_hint("give each contest or edition once, with all its figures"),
            );
        }
        if let Some(period) = &contest.period {
            problems.extend(family::check_period(period, report, &format!("data.contests[{i}].period")));
        }
        if let (Some(entries), Some(awarded)) = (contest.entries, contest.awarded)
            && entries.qualifier.is_exact()
            && awarded.qualifier.is_exact()
            && awarded.value > entries.value
        {
            problems.push(Problem::warning(
                format!("data.contests[{i}].awarded"),
                format!("{} works awarded, more than the {} received", awarded.value, entries.value),
            ));
        }
    }
    problems
}

fn schema() -> Value {
    family::schema::<RoutesData>()
}

informe_plugin::declare_plugin! {
    name: "routes",
    version: env!("CARGO_PKG_VERSION"),
    families: ["routes"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
