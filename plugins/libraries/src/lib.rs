//! The `libraries` family plugin (IBERBIBLIOTECAS): the common family data, chiefly the projects the reporting party profited from.

use informe_plugin::family::{self, Common, FamilyData, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// # Program data of the `libraries` family (IBERBIBLIOTECAS…)
///
/// What a party reports of a libraries programme: the fields every family shares, most often the
/// number of projects it profited from. Every field is optional.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct LibrariesData {
    #[serde(flatten)]
    common: Common,
}

impl FamilyData for LibrariesData {
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
    let (data, checked) = match request.family_data::<LibrariesData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

/// The schema of the family data, derived from [`LibrariesData`].
fn schema() -> Value {
    family::schema::<LibrariesData>()
}

informe_plugin::declare_plugin! {
    name: "libraries",
    version: env!("CARGO_PKG_VERSION"),
    families: ["libraries"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
