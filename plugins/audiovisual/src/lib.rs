//! The `audiovisual` family plugin (IBERMEDIA): the common family data, chiefly the support granted by sub-period, in the audiovisual programmes' words.

use informe_plugin::family::{self, Common, FamilyData, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// # Program data of the `audiovisual` family (IBERMEDIA…)
///
/// What a party reports of an audiovisual programme: the fields every family shares, most often
/// the report period split into sub-periods where the support granted changed (the areas, e.g.
/// co-production, and what was supported). Every field is optional.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct AudiovisualData {
    #[serde(flatten)]
    common: Common,
}

impl FamilyData for AudiovisualData {
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
    let (data, checked) = match request.family_data::<AudiovisualData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };
    // The section is the support by sub-period when the data splits the period; else the
    // family's general title.
    if !data.common.sub_periods.is_empty() {
        narrator.section(&mut response).title = narrator.message("sub-periods-title", &[]);
    }
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

/// The schema of the family data, derived from [`AudiovisualData`].
fn schema() -> Value {
    family::schema::<AudiovisualData>()
}

informe_plugin::declare_plugin! {
    name: "audiovisual",
    version: env!("CARGO_PKG_VERSION"),
    families: ["audiovisual"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
