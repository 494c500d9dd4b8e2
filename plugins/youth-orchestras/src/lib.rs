//! The `youth-orchestras` family plugin: IBERORQUESTAS JUVENILES, the Ibero-American programme
//! of support for children's and youth orchestras and choirs.
//!
//! The programme promotes music education and orchestral and choral practice among children and
//! young people, many in situations of social risk, and strengthens the systems of youth music
//! ensembles of its member countries. Each year it funds binational, multinational and common
//! projects (common ones involve every member: a multinational luthier workshop, a youth
//! orchestra of all members, a composition contest), with exchanges of teachers, training
//! workshops and concerts. What the programme and the parties count, and so what this family's
//! data holds besides the common part: the projects supported (common `projects`, `calls` with
//! their money), the children and young musicians taking part, the orchestras and choirs, the
//! concerts, the music teachers trained, the training workshops, and the projects by kind.
//!
//! Learnt from:
//! - <https://segib.org/en/iberorquestas-juveniles-transformando-las-vidas-de-ninas-ninos-y-jovenes>
//!   (objectives; thousands of children and young people trained; the gender-equality project and
//!   the youth orchestra of all members)
//! - <https://issuu.com/segibpdf/docs/segib_esp_pipa_baja_web/s/13343375> (the strategic
//!   objectives: music education, orchestral and choral practice, systems of ensembles)
//! - <https://fdocumento.com/document/memoria-anual2017-segib.html> (the programme's annual report:
//!   performance indicators, activities, project sheets)
//! - <https://www.iberorquestasjuveniles.org/-/iberorquestas-celebra-su-xxvii-consejo-en-la-habana>
//!   (binational, multinational and common projects, and their funding)
//! - <https://www.iberorquestasjuveniles.org/-/un-ano-mas-el-taller-internacional-de-lutheria-visita-montevideo->
//!   (a common project: the multinational luthier workshop)
//! - <https://webarchive.unesco.org/web/20210618072323/https://en.unesco.org/creativity/node/9680>
//!   (a party's 2016 periodic report, which lists the programme among its international cultural
//!   cooperation measures)

use informe_plugin::family::{self, Common, FamilyData};
use informe_plugin::prelude::*;
// `derive(JsonSchema)` writes paths through `schemars`: the SDK's re-export stands in for the crate.
use informe_plugin::schemars;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// Programme data of the `youth-orchestras` family (IBERORQUESTAS JUVENILES): the common results
/// of every family, and what the practice of children's and youth music counts.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the SDK refuses unknown fields: serde cannot with `flatten`
struct YouthOrchestrasData {
    #[serde(flatten)]
    common: Common,
    /// Children and young people who took part in the orchestral and choral practice the
    /// programme supported: players and singers.
    #[serde(default)]
    young_musicians: Option<Count>,
    /// Children's and youth orchestras (symphonic, string, band…) that took part.
    #[serde(default)]
    orchestras: Option<Count>,
    /// Children's and youth choirs that took part.
    #[serde(default)]
    choirs: Option<Count>,
    /// Concerts given within the supported projects.
    #[serde(default)]
    concerts: Option<Count>,
    /// Music teachers, conductors and tutors trained, for instance through exchanges of teachers.
    #[serde(default)]
    teachers_trained: Option<Count>,
    /// Training workshops held: workshops, master classes, orchestral camps and residencies.
    #[serde(default)]
    workshops: Option<Count>,
    /// The supported projects by kind, as the programme classes them: binational, multinational,
    /// and common (every member country takes part).
    #[serde(default)]
    project_kinds: Option<ProjectKinds>,
}

/// Projects by kind; each kind optional.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct ProjectKinds {
    /// Projects of two member countries.
    #[serde(default)]
    binational: Option<Count>,
    /// Projects of several member countries.
    #[serde(default)]
    multinational: Option<Count>,
    /// Common projects, in which every member country takes part.
    #[serde(default)]
    common: Option<Count>,
}

impl ProjectKinds {
    /// The kinds given, with their catalogue selector.
    fn given(&self) -> Vec<(&'static str, &Count)> {
        [("binational", &self.binational), ("multinational", &self.multinational), ("common", &self.common)]
            .into_iter()
            .filter_map(|(kind, count)| Some((kind, count.as_ref()?)))
            .collect()
    }
}

impl FamilyData for YouthOrchestrasData {
    fn common(&self) -> &Common {
        &self.common
    }

    fn check(&self, _context: &Context) -> Vec<Problem> {
        check(self)
    }
}

/// The plugin's words, one Fluent catalogue per language (`en` is the fallback).
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<YouthOrchestrasData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = narrator.narrate(&data.common);
    let mut blocks = Vec::new();
    let mut metrics = Vec::new();

    if let Some(young) = &data.young_musicians {
        metrics.push(narrator.count_metric("young-musicians", "young-musicians-label", young));
        blocks.push(narrator.paragraph("young-musicians-paragraph", &narrator.counted(young)));
    }
    ensembles(&narrator, &data, &mut blocks, &mut metrics);
    for (id, count) in
        [("concerts", &data.concerts), ("teachers-trained", &data.teachers_trained), ("workshops", &data.workshops)]
    {
        if let Some(count) = count {
            metrics.push(narrator.count_metric(id, &format!("{id}-label"), count));
            blocks.push(narrator.paragraph(&format!("{id}-paragraph"), &narrator.counted(count)));
        }
    }
    kinds(&narrator, &data, &mut blocks, &mut metrics);

    narrator.place(&mut response, &data.common, blocks, metrics);
    if response.summary.is_none() {
        response.summary = summary(&narrator, &data);
    }
    narrator.finish(&mut response, &data.common);
    response.problems.extend(checked.problems);
    Ok(response)
}

/// "**12** orchestras and **3** choirs were involved in IBERORQUESTAS JUVENILES."
fn ensembles(narrator: &Narrator<'_>, data: &YouthOrchestrasData, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
    let given: Vec<(&str, &Count)> = [("orchestras", &data.orchestras), ("choirs", &data.choirs)]
        .into_iter()
        .filter_map(|(id, count)| Some((id, count.as_ref()?)))
        .collect();
    if given.is_empty() {
        return;
    }
    let mut counted = Vec::new();
    for (id, count) in &given {
        metrics.push(narrator.count_metric(id, &format!("{id}-label"), count));
        counted.push(narrator.marked(&format!("{id}-counted"), &narrator.counted(count)));
    }
    let total = Count::sum(given.iter().map(|(_, c)| *c)).unwrap_or_default();
    blocks.push(narrator.paragraph(
        "ensembles-paragraph",
        &[("ensembles", narrator.formatter().list_marked(&counted).into()), ("count", total.value.into())],
    ));
}

/// "Projects by kind: **3** binational, **2** multinational and **1** common." The kinds count
/// toward the indicator only when nothing of the common data counts the projects already.
fn kinds(narrator: &Narrator<'_>, data: &YouthOrchestrasData, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
    let Some(kinds) = &data.project_kinds else { return };
    let feed = !counts_projects(&data.common);
    let mut counted = Vec::new();
    for (kind, count) in kinds.given() {
        let label = narrator.message("kind-label", &[("kind", kind.into())]);
        let mut metric = Metric::count(&format!("{kind}-projects"), &label, count.value).qualified(count.qualifier);
        if feed {
            metric = metric.feeds(BENEFICIARY_PROJECTS);
        }
        metrics.push(metric);
        let [figure, value] = narrator.counted(count);
        counted.push(narrator.marked("kind-counted", &[figure, value, ("kind", kind.into())]));
    }
    if !counted.is_empty() {
        blocks.push(
            narrator.paragraph("kinds-paragraph", &[("kinds", narrator.formatter().list_marked(&counted).into())]),
        );
    }
}

/// Whether the common data already counts the projects toward the indicator (its total, its
/// sub-periods or its calls): the kinds then only detail them, and must not count them again.
fn counts_projects(common: &Common) -> bool {
    common.projects.is_some()
        || common.sub_periods.iter().any(|s| !s.supported.is_empty())
        || common.calls.iter().any(|c| c.projects.is_some())
}

/// The summary sentence when the common data gives none: the projects by kind, else the young
/// musicians.
fn summary(narrator: &Narrator<'_>, data: &YouthOrchestrasData) -> Option<String> {
    let kinds = data.project_kinds.as_ref().map(ProjectKinds::given).unwrap_or_default();
    if !kinds.is_empty()
        && let Some(projects) = Count::sum(kinds.iter().map(|(_, c)| *c))
    {
        return Some(narrator.message("summary-projects", &narrator.counted(&projects)));
    }
    let young = data.young_musicians.as_ref()?;
    Some(narrator.message("summary-young-musicians", &narrator.counted(young)))
}

/// The problems of the family's own fields, with paths inside the program.
fn check(data: &YouthOrchestrasData) -> Vec<Problem> {
    let mut problems = Vec::new();
    let kinds = data.project_kinds.as_ref().map(ProjectKinds::given).unwrap_or_default();
    if let Some(total) = data.common.projects.filter(|p| p.qualifier.is_exact())
        && let Some(sum) = Count::sum(kinds.iter().map(|(_, c)| *c))
        && !kinds.is_empty()
        && sum.qualifier.is_exact()
        && sum.value > total.value
    {
        problems.push(
            Problem::warning(
                "data.project_kinds",
                format!("the projects by kind add up to {}, more than the {} projects given", sum.value, total.value),
            )
            .with_hint("each project is of one kind: binational, multinational or common"),
        );
    }
    if let Some(kinds) = &data.project_kinds
        && kinds.given().is_empty()
    {
        problems.push(
            Problem::warning("data.project_kinds", "no kind of project is counted")
                .with_hint("give `binational`, `multinational` or `common`, or leave `project_kinds` out"),
        );
    }
    problems
}

fn schema() -> Value {
    family::schema::<YouthOrchestrasData>()
}

informe_plugin::declare_plugin! {
    name: "youth-orchestras",
    version: env!("CARGO_PKG_VERSION"),
    families: ["youth-orchestras"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
