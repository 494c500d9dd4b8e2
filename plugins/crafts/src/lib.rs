//! The `crafts` family plugin (IBERARTESANÍAS): the common family data (meetings, alliances…) in the crafts programmes' words, and the observatory being created.

use informe_plugin::Text;
use informe_plugin::family::{self, Common, FamilyData, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// # Program data of the `crafts` family (IBERARTESANÍAS…)
///
/// What a party reports of a crafts programme: the fields every family shares (most often the
/// meetings held and the formal alliances made) and the observatory of the crafts sector the
/// programme creates. Every field is optional.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct CraftsData {
    #[serde(flatten)]
    common: Common,
    /// The observatory of the crafts sector the programme is creating, and how far its creation
    /// has come.
    #[serde(default)]
    observatory: Option<Observatory>,
}

/// An observatory of the crafts sector.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(crate = "informe_plugin::schemars")]
struct Observatory {
    /// Its name, e.g. "Ibero-American Observatory of Crafts".
    name: Text,
    /// How far its creation has come; the report says it in its own language.
    status: Status,
}

/// How far the creation of an observatory has come.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[schemars(crate = "informe_plugin::schemars")]
enum Status {
    /// Its creation is planned.
    Planned,
    /// The process for its creation has begun.
    Begun,
    /// It was created.
    Created,
}

impl Status {
    /// The status as the catalogues select on it.
    fn code(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Begun => "begun",
            Status::Created => "created",
        }
    }
}

impl FamilyData for CraftsData {
    fn common(&self) -> &Common {
        &self.common
    }

    fn check(&self, _context: &Context) -> Vec<Problem> {
        validate(self)
    }
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback); they
/// override the SDK's family messages of the same id.
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<CraftsData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };

    if let Some(observatory) = &data.observatory {
        let args = [("name", Arg::from(observatory.name.as_str())), ("status", observatory.status.code().into())];
        response.metrics.push(Metric::text(
            "observatory-status",
            &narrator.message("observatory-label", &args),
            &narrator.message("observatory-status", &args),
        ));
        let paragraph = narrator.paragraph("observatory-paragraph", &args);
        narrator.section(&mut response).blocks.push(paragraph);
    }
    if response.summary.is_none() {
        response.summary = summary(&narrator, &data);
    }
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

/// The sentence of the executive summary when the data counts no projects: the meetings, the
/// alliances and the observatory, those given, in one sentence.
fn summary(narrator: &Narrator, data: &CraftsData) -> Option<String> {
    let mut clauses = Vec::new();
    if let Some(meetings) = &data.common.meetings {
        clauses.push(narrator.marked("summary-meetings", &narrator.counted(&meetings.count)));
    }
    if let Some(alliances) = &data.common.alliances {
        clauses.push(narrator.marked("summary-alliances", &narrator.counted(&alliances.count)));
    }
    if let Some(observatory) = &data.observatory {
        let args = [("name", Arg::from(observatory.name.as_str())), ("status", observatory.status.code().into())];
        clauses.push(narrator.marked("summary-observatory", &args));
    }
    if clauses.is_empty() {
        return None;
    }
    let clauses = narrator.formatter().list_marked(&clauses);
    Some(narrator.message("summary-crafts", &[("clauses", clauses.into())]))
}

/// The family's own check: an observatory without a name.
fn validate(data: &CraftsData) -> Vec<Problem> {
    let mut problems = Vec::new();
    if data.observatory.as_ref().is_some_and(|o| o.name.is_blank()) {
        problems.push(Problem::error("data.observatory.name", "the text is empty"));
    }
    problems
}

/// The schema of the family data, derived from [`CraftsData`].
fn schema() -> Value {
    family::schema::<CraftsData>()
}

informe_plugin::declare_plugin! {
    name: "crafts",
    version: env!("CARGO_PKG_VERSION"),
    families: ["crafts"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
