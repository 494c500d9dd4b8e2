//! The `community-culture` family plugin: IBERCULTURA VIVA, the Ibero-American programme for
//! community-based cultural policies ("cultura viva comunitaria").
//!
//! The programme supports both the member countries' community-based cultural policies and the
//! community cultural organizations, collectives, indigenous peoples and Afro-descendant
//! communities working in their territories, through public calls: support for networks and
//! collaborative projects; scholarships for an international postgraduate course on community-based
//! cultural policies; mobility calls to attend the Latin American congresses of community living
//! culture; exchanges of experiences and knowledge between communities; a network of cities and
//! local governments. Its reference is the "points of culture" of national community-culture
//! policies. What the programme and the parties count, and so what this family's data holds
//! besides the common part: the projects supported (common `projects`, the calls with their money
//! in `calls`), the organizations supported, the points of culture, the networks, the
//! scholarships, the people given mobility support, the local governments in the network and the
//! exchanges.
//!
//! Learnt from:
//! - <https://iberculturaviva.org/es/acciones> (the actions: calls for networks and collaborative
//!   projects, scholarships, exchanges, mobility calls, contests, network meetings, local
//!   governments, publications)
//! - <https://iberculturaviva.org/es/el-programa> (the programme, its members, support by public
//!   calls)
//! - <https://es.unesco.org/creativity/policy-monitoring-platform/ibercultura-viva-program> (a
//!   party's periodic report on the programme: mobility calls and the representatives of points of
//!   culture they supported)
//! - <http://culturaviva.gov.br/17-projetos-sao-selecionados-no-edital-ibercultura-viva-de-apoio-a-redes-2018>
//!   (a call for networks: projects entered, eligible and selected per member, money per project)
//! - <https://leviatan.mx/2024/08/19/ibercultura-viva-lanza-iberentrelazando-experiencias-convocatoria-para-el-intercambio-cultural>
//!   (exchanges between communities, the bank of training proposals, the network of cities and
//!   local governments)
//! - <https://webarchive.unesco.org/web/20210618072323/https://en.unesco.org/creativity/node/9680>
//!   (a party's 2016 periodic report, which lists the programme among its measures)

use informe_plugin::family::{self, Common, FamilyData};
use informe_plugin::prelude::*;
// `derive(JsonSchema)` writes paths through `schemars`: the SDK's re-export stands in for the crate.
use informe_plugin::schemars;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

/// Programme data of the `community-culture` family (IBERCULTURA VIVA): the common results of
/// every family, and what the support of community-based culture counts.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)] // the SDK refuses unknown fields: serde cannot with `flatten`
struct CommunityCultureData {
    #[serde(flatten)]
    common: Common,
    /// Community cultural organizations, collectives, indigenous peoples and Afro-descendant
    /// communities the programme supported.
    #[serde(default)]
    organizations: Option<Count>,
    /// Points of culture (community cultural organizations a national community-culture policy
    /// recognises) that took part in the programme.
    #[serde(default)]
    culture_points: Option<Count>,
    /// Networks of community cultural organizations supported, e.g. through the calls for
    /// networks and collaborative projects (the projects themselves go in `projects`).
    #[serde(default)]
    networks: Option<Count>,
    /// Scholarships awarded for training in community-based cultural policies, e.g. for the
    /// programme's international postgraduate course.
    #[serde(default)]
    scholarships: Option<Count>,
    /// People of community cultural organizations given mobility support to attend community
    /// culture congresses and meetings.
    #[serde(default)]
    mobility: Option<Count>,
    /// Local governments that took part in the programme's network of cities and local
    /// governments.
    #[serde(default)]
    local_governments: Option<Count>,
    /// Exchanges of experiences and knowledge between communities held, e.g. a training proposal
    /// of one community hosted by another.
    #[serde(default)]
    exchanges: Option<Count>,
}

impl FamilyData for CommunityCultureData {
    fn common(&self) -> &Common {
        &self.common
    }
}

/// The plugin's words, one Fluent catalogue per language (`en` is the fallback).
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<CommunityCultureData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = narrator.narrate(&data.common);
    let mut blocks = Vec::new();
    let mut metrics = Vec::new();
    for (id, count) in [
        ("organizations", &data.organizations),
        ("culture-points", &data.culture_points),
        ("networks", &data.networks),
        ("scholarships", &data.scholarships),
        ("mobility", &data.mobility),
        ("local-governments", &data.local_governments),
        ("exchanges", &data.exchanges),
    ] {
        if let Some(count) = count {
            let label = narrator.message(&format!("{id}-label"), &[]);
            metrics.push(Metric::count(id, &label, count.value).qualified(count.qualifier));
            blocks.push(narrator.paragraph(&format!("{id}-paragraph"), &narrator.counted(count)));
        }
    }

    narrator.place(&mut response, &data.common, blocks, metrics);
    if response.summary.is_none()
        && let Some(organizations) = &data.organizations
    {
        response.summary = Some(narrator.message("summary-organizations", &narrator.counted(organizations)));
    }
    narrator.finish(&mut response, &data.common);
    response.problems.extend(checked.problems);
    Ok(response)
}

fn schema() -> Value {
    family::schema::<CommunityCultureData>()
}

informe_plugin::declare_plugin! {
    name: "community-culture",
    version: env!("CARGO_PKG_VERSION"),
    families: ["community-culture"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
