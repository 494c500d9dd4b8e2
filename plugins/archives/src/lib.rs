//! The `archives` family plugin: IBERARCHIVOS, the Ibero-American archives programme first named
//! Programa ADAI (Apoyo al Desarrollo de los Archivos Iberoamericanos).
//!
//! The programme is a fund that supports archival projects through annual calls for aid: archives
//! and other institutions holding documentary heritage apply, and the projects approved work on
//! the access, organization, description, conservation and dissemination of documentary holdings,
//! under lines of action the programme's annual plan sets (citizen access to archives; organization,
//! description, conservation and dissemination of holdings; indigenous and Afro-descendant peoples;
//! women's rights; memory…). What the programme and the parties count, and so what this family's
//! data holds besides the common part: the projects supported (common `projects`, per call in
//! `calls` with the aid granted), the projects submitted, the institutions supported, the projects
//! by line of action, and the work done on holdings in the source's own unit (documents, linear
//! metres, images).
//!
//! Learnt from:
//! - <https://iberarchivos.org/?page_id=2887> (projects supported per member country and call since
//!   the first call of 1999, and the money granted)
//! - <http://www.iberarchivos.org/preguntas-frecuentes/> (who may apply: archives and other
//!   institutions holding documentary heritage; aid of at most 10,000 euros and 80% of a project)
//! - <http://zone.infosegib.org/es/pipa-bueno/programa-de-apoyo-al-desarrollo-de-los-archivos-iberoamericanos>
//!   (the lines of action of the annual plan)
//! - <https://iberarchivos.org/en/2016/07/xviii-meeting-of-the-iberarchives-intergovernmental-committee-iberarchivos-adai-programme-2>
//!   (a call's approved projects: 47 in the XVIII call)
//! - <https://arquivos.dglab.gov.pt/2016/07/18/programa-adai-xix-convocatoria-de-ajudas-ao-desenvolvimento-de-projetos-arquivisticos>
//!   (the calls for aid to archival projects and what they support)
//! - <https://webarchive.unesco.org/web/20210618072323/https://en.unesco.org/creativity/node/9680>
//!   (a party's 2016 periodic report, which lists the programme among its international cultural
//!   cooperation measures)

// `derive(JsonSchema)` writes paths through `schemars`: the SDK's re-export stands in for the crate.
use informe_plugin::family::{self, Common, FamilyData};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use informe_plugin::{Text, schemars};
use serde::Deserialize;

/// Programme data of the `archives` family (IBERARCHIVOS, Programa ADAI): the common results of
/// every family, and what archival cooperation counts.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the SDK refuses unknown fields: serde cannot with `flatten`
struct ArchivesData {
    #[serde(flatten)]
    common: Common,
    /// Archives and other institutions holding documentary heritage whose projects the programme
    /// supported.
    #[serde(default)]
    institutions: Option<Count>,
    /// Archival projects submitted to the programme's calls for aid, whether supported or not.
    #[serde(default)]
    submitted: Option<Count>,
    /// The lines of action the supported projects fall under, as the programme's annual plan names
    /// them (e.g. "citizen access to archives"), each with its projects when the source counts
    /// them. A project counts under one line only.
    #[serde(default)]
    lines: Vec<Line>,
    /// Work the supported projects did on documentary holdings: how much was organized,
    /// described, conserved or digitized, each in the unit the source counts in.
    #[serde(default)]
    holdings: Vec<Holdings>,
}

/// A line of action of the programme.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Line {
    /// The line as the source names it, e.g. "conservation and dissemination of holdings".
    name: Text,
    /// Supported projects under this line.
    #[serde(default)]
    projects: Option<Count>,
}

/// One kind of work on documentary holdings, and how much of them it covered.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Holdings {
    /// What was done: `organization`, `description`, `conservation` or `digitization`.
    work: Work,
    /// How much, in `unit`.
    count: Count,
    /// What is counted, in the plural as the source words it: "documents", "linear metres",
    /// "images".
    unit: Text,
}

/// The treatments of documentary holdings the programme's projects carry out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
enum Work {
    Organization,
    Description,
    Conservation,
    Digitization,
}

impl Work {
    /// The selector the catalogues choose the work's words by.
    fn key(self) -> &'static str {
        match self {
            Work::Organization => "organization",
            Work::Description => "description",
            Work::Conservation => "conservation",
            Work::Digitization => "digitization",
        }
    }
}

impl FamilyData for ArchivesData {
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
    let (data, checked) = match request.family_data::<ArchivesData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = narrator.narrate(&data.common);
    let mut blocks = Vec::new();
    let mut metrics = Vec::new();

    if let Some(institutions) = &data.institutions {
        metrics.push(narrator.count_metric("institutions", "institutions-label", institutions));
        blocks.push(narrator.paragraph("institutions-paragraph", &narrator.counted(institutions)));
    }
    if let Some(submitted) = &data.submitted {
        metrics.push(narrator.count_metric("submitted", "submitted-label", submitted));
        blocks.push(narrator.paragraph("submitted-paragraph", &narrator.counted(submitted)));
    }
    holdings(&narrator, &data.holdings, &mut blocks, &mut metrics);
    // Line metrics detail the projects: they go in after `finish`, so they stay out of the
    // headline figures, and count toward the indicator only when nothing else of the data does.
    let line_metrics = lines(&narrator, &data, &mut blocks);

    narrator.place(&mut response, &data.common, blocks, metrics);
    if response.summary.is_none() {
        response.summary = summary(&narrator, &data);
    }
    narrator.finish(&mut response, &data.common);
    response.metrics.extend(line_metrics);
    response.problems.extend(checked.problems);
    Ok(response)
}

/// "Work on documentary holdings: description of **12,000** documents and digitization of…"
fn holdings(narrator: &Narrator<'_>, holdings: &[Holdings], blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
    let mut works = Vec::new();
    for (i, entry) in holdings.iter().enumerate() {
        let work: Arg = entry.work.key().into();
        let unit: Arg = entry.unit.as_str().into();
        let label = narrator.message("holdings-label", &[("work", work.clone()), ("unit", unit.clone())]);
        metrics.push(
            Metric::count(&format!("holdings-{}", i + 1), &label, entry.count.value).qualified(entry.count.qualifier),
        );
        let [figure, count] = narrator.counted(&entry.count);
        works.push(narrator.marked("holdings-work", &[figure, count, ("work", work), ("unit", unit)]));
    }
    if !works.is_empty() {
        let works = narrator.formatter().list_marked(&works);
        blocks.push(narrator.paragraph("holdings-paragraph", &[("works", works.into())]));
    }
}

/// The projects by line of action: a table when the source counts them, else the lines listed.
fn lines(narrator: &Narrator<'_>, data: &ArchivesData, blocks: &mut Vec<Block>) -> Vec<Metric> {
    if data.lines.is_empty() {
        return Vec::new();
    }
    if data.lines.iter().all(|l| l.projects.is_none()) {
        blocks.push(narrator.paragraph("lines-intro", &[("count", (data.lines.len() as u64).into())]));
        blocks.push(Block::bullets(data.lines.iter().map(|l| l.name.to_string())));
        return Vec::new();
    }
    let feed = !counts_projects(&data.common);
    let mut metrics = Vec::new();
    let mut rows = Vec::new();
    for (i, line) in data.lines.iter().enumerate() {
        let projects: Cell = match &line.projects {
            Some(projects) => {
                let label = narrator.message("line-projects-label", &[("line", line.name.as_str().into())]);
                let mut metric = Metric::count(&format!("line-{}-projects", i + 1), &label, projects.value)
                    .qualified(projects.qualifier);
                if feed {
                    metric = metric.feeds(BENEFICIARY_PROJECTS);
                }
                metrics.push(metric);
                projects.figure().into()
            }
            None => "".into(),
        };
        rows.push(vec![line.name.to_string().into(), projects]);
    }
    blocks.push(Block::Table {
        caption: Some(narrator.message("lines-caption", &[])),
        columns: vec![narrator.message("column-line", &[]), narrator.message("column-line-projects", &[])],
        rows,
    });
    metrics
}

/// Whether the common data already counts the projects toward the indicator (its total, its
/// sub-periods or its calls): the lines then only detail them, and must not count them again.
fn counts_projects(common: &Common) -> bool {
    common.projects.is_some()
        || common.sub_periods.iter().any(|s| !s.supported.is_empty())
        || common.calls.iter().any(|c| c.projects.is_some())
}

/// The summary sentence when the common data gives none: the projects by line, else the
/// institutions supported.
fn summary(narrator: &Narrator<'_>, data: &ArchivesData) -> Option<String> {
    if let Some(projects) = Count::sum(data.lines.iter().filter_map(|l| l.projects.as_ref()))
        && data.lines.iter().any(|l| l.projects.is_some())
    {
        return Some(narrator.message("summary-projects", &narrator.counted(&projects)));
    }
    let institutions = data.institutions.as_ref()?;
    Some(narrator.message("summary-institutions", &narrator.counted(institutions)))
}

/// The problems of the family's own fields, with paths inside the program.
fn check(data: &ArchivesData) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, line) in data.lines.iter().enumerate() {
        let at = format!("data.lines[{i}].name");
        if line.name.is_blank() {
            problems.push(Problem::error(at, "the text is empty"));
        } else if let Some(j) = data.lines[..i].iter().position(|l| l.name.same_words(&line.name)) {
            problems.push(
                Problem::error(at, format!("the line `{}` is already listed (lines[{j}])", line.name))
                    .with_hint("give each line once, with all its projects"),
            );
        }
    }
    for (i, entry) in data.holdings.iter().enumerate() {
        let at = format!("data.holdings[{i}].unit");
        if entry.unit.is_blank() {
            problems.push(Problem::error(at, "the text is empty"));
        } else if let Some(j) =
            data.holdings[..i].iter().position(|h| h.work == entry.work && h.unit.same_words(&entry.unit))
        {
            problems.push(
                Problem::error(
                    format!("data.holdings[{i}]"),
                    format!("the {} of {} is already given (holdings[{j}])", entry.work.key(), entry.unit),
                )
                .with_hint("give each kind of work once per unit, with its whole figure"),
            );
        }
    }
    let exact = |count: &Option<Count>| count.filter(|c| c.qualifier.is_exact());
    if let (Some(submitted), Some(supported)) = (exact(&data.submitted), exact(&data.common.projects))
        && submitted.value < supported.value
    {
        problems.push(
            Problem::warning(
                "data.submitted",
                format!("{} projects submitted, fewer than the {} supported", submitted.value, supported.value),
            )
            .with_hint("`submitted` counts every project presented to the calls, supported or not"),
        );
    }
    let by_line: Vec<&Count> = data.lines.iter().filter_map(|l| l.projects.as_ref()).collect();
    if let (Some(sum), Some(total)) = (Count::sum(by_line.iter().copied()), exact(&data.common.projects))
        && !by_line.is_empty()
        && sum.qualifier.is_exact()
        && sum.value > total.value
    {
        problems.push(
            Problem::warning(
                "data.lines",
                format!(
                    "the projects of the lines add up to {}, more than the {} projects given",
                    sum.value, total.value
                ),
            )
            .with_hint("a project counts under one line only"),
        );
    }
    problems
}

fn schema() -> Value {
    family::schema::<ArchivesData>()
}

informe_plugin::declare_plugin! {
    name: "archives",
    version: env!("CARGO_PKG_VERSION"),
    families: ["archives"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
