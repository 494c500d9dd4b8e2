//! A `residencies` plugin written against SDK 0.1 (ABI 1.1) and built with its frozen copy.
//!
//! It uses what a plugin of that SDK used: `validated` data through its derived schema, the
//! common family data with the SDK's narrator, its own catalogue, the program's contributions,
//! the context's country, a metric feeding the indicator and the family's name.

use informe_plugin::family::{self, Common, Narrator};
use informe_plugin::prelude::*;
use serde::Deserialize;

/// The family `data` of an artists' residencies program.
#[derive(Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct Data {
    /// What every family reports: projects, calls, countries…
    #[serde(flatten)]
    common: Common,
    /// Artists hosted in residence during the period.
    residents: u64,
}

/// Its own words; the SDK's family catalogue gives the rest (the common data's sentences).
const MESSAGES: Sources = &[
    (
        "en",
        "family-name = Artists' residencies
section-title = Residencies
residents-label = Artists in residence
residents = { $country } hosted { STRONG($residents) } { $residents ->
        [one] artist
       *[other] artists
    } in residence, and paid { $paid } { $paid ->
        [one] contribution
       *[other] contributions
    } to { $program }.
",
    ),
    (
        "es",
        "family-name = Residencias artísticas
section-title = Residencias
residents-label = Artistas en residencia
residents = { $country } acogió a { STRONG($residents) } { $residents ->
        [one] artista
       *[other] artistas
    } en residencia y pagó { $paid } { $paid ->
        [one] contribución
       *[other] contribuciones
    } a { $program }.
",
    ),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    let (data, checked) = match request.validated::<Data>(|d| family::check(&d.common, &request.context)) {
        Ok(checked) => checked,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };
    let paid = request.program.financial_resources.paid.len() as u64;
    let residents =
        narrator.paragraph("residents", &[("residents", Arg::Count(data.residents)), ("paid", Arg::Count(paid))]);
    narrator.section(&mut response).blocks.push(residents);
    response.metrics.push(Metric::count("residents", &narrator.message("residents-label", &[]), data.residents));
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

informe_plugin::declare_plugin! {
    name: "residencies-0.1",
    version: env!("CARGO_PKG_VERSION"),
    families: ["residencies"],
    process: process,
    schema: family::schema::<Data>,
}
