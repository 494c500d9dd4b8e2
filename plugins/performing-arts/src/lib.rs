//! The `performing-arts` family plugin (IBERESCENA): the common family data, chiefly the projects benefited and the participating countries.

use informe_plugin::family::{self, Common, FamilyData, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// # Program data of the `performing-arts` family (IBERESCENA…)
///
/// What a party reports of a performing-arts programme: the fields every family shares, most
/// often the projects benefited (`{"count": 40, "qualifier": "more-than"}` for "more than 40")
/// and the countries that took part. Every field is optional.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct PerformingArtsData {
    #[serde(flatten)]
    common: Common,
}

impl FamilyData for PerformingArtsData {
    fn common(&self) -> &Common {
        &self.common
    }
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback); they
/// override the SDK's family messages of the same id.
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<PerformingArtsData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };
    // The projects and the countries taking part in one sentence, when the data gives both; the
    // countries as the common data's metric counts them (each once), so summary and figure agree.
    let countries = response.metrics.iter().find(|m| m.id == "countries").map(|m| m.figure.clone());
    if let (Some(projects), Some(Figure { quantity: Quantity::Count { value: countries }, .. })) =
        (&data.common.projects, countries)
    {
        let [figure, count] = narrator.counted(projects);
        let args = [figure, count, ("countries", countries.into())];
        response.summary = Some(narrator.message("summary-projects-countries", &args));
    }
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

/// The schema of the family data, derived from [`PerformingArtsData`].
fn schema() -> Value {
    family::schema::<PerformingArtsData>()
}

informe_plugin::declare_plugin! {
    name: "performing-arts",
    version: env!("CARGO_PKG_VERSION"),
    families: ["performing-arts"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
