//! The `performing-arts` family plugin (IBERESCENA): projects benefited and the participating countries.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

/// The family `data` of a performing-arts program.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PerformingArtsData {
    /// Countries that participated in the program during the report period, in the source's order.
    participating_countries: Vec<String>,
    projects: Projects,
}

/// Projects benefited, with how the source qualifies the figure ("more than 40").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Projects {
    count: u64,
    #[serde(default)]
    qualifier: Qualifier,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: PerformingArtsData = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        // Malformed data is answered with its problem, for the user to fix.
        Err(rejected) => return Ok(rejected),
    };
    let (countries, problems) = distinct_countries(&data.participating_countries);
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let fmt = Formatter::new(request.context.locale());

    let projects = Metric::count("projects-benefited", &t.text("projects-label"), data.projects.count)
        .qualified(data.projects.qualifier)
        .feeds(BENEFICIARY_PROJECTS);
    let participating = Metric::count("participating-countries", &t.text("countries-label"), countries.len() as u64);
    let args = [
        ("period", Arg::from(request.context.period)),
        ("program", (&request.program.name).into()),
        // The figure with its qualifier ("more than 40") to show, the count for the plural form.
        ("projects", fmt.figure(&projects.figure).into()),
        ("count", data.projects.count.into()),
        ("countries", (countries.len() as u64).into()),
    ];

    let mut section = Section::new(t.text("section-title"))
        .with(Block::KeyFigures {
            items: [&projects, &participating]
                .map(|m| KeyFigure { label: m.label.clone(), figure: m.figure.clone(), period: m.period })
                .to_vec(),
        })
        .with(t.paragraph("projects-paragraph", &args));
    if !countries.is_empty() {
        section.blocks.push(t.paragraph("countries-intro", &args));
        section.blocks.push(Block::bullets(countries.iter().copied()));
    }

    Ok(Response {
        summary: Some(t.message("summary", &args)),
        metrics: vec![projects, participating],
        sections: vec![section],
        problems,
    })
}

/// The countries without repeats, and a warning for each repeat: a country participates once.
fn distinct_countries(countries: &[String]) -> (Vec<&str>, Vec<Problem>) {
    let mut distinct: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for (i, country) in countries.iter().enumerate() {
        let name = country.trim();
        // Compare case-insensitively: "Peru" and "peru" are one country, whatever the typing.
        if let Some(first) = distinct.iter().position(|d| d.to_lowercase() == name.to_lowercase()) {
            problems.push(
                Problem::warning(
                    format!("data.participating_countries[{i}]"),
                    format!("{name} is listed twice, first as data.participating_countries[{first}]"),
                )
                .with_hint("list each country once; the repeat is left out of the count"),
            );
        } else if name.is_empty() {
            problems.push(Problem::warning(format!("data.participating_countries[{i}]"), "country name is empty"));
        } else {
            distinct.push(name);
        }
    }
    (distinct, problems)
}

fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERESCENA program data (family `performing-arts`)",
        "description": "Projects benefited and the countries that participated in a performing-arts program.",
        "type": "object",
        "additionalProperties": false,
        "required": ["participating_countries", "projects"],
        "properties": {
            "participating_countries": {
                "description": "Countries that participated during the report period, each once, in the source's order.",
                "type": "array",
                "items": { "type": "string", "minLength": 1 },
                "uniqueItems": true
            },
            "projects": {
                "description": "Projects benefited during the report period; counts toward the beneficiary-projects \
                                indicator.",
                "type": "object",
                "additionalProperties": false,
                "required": ["count"],
                "properties": {
                    "count": { "description": "The figure the source gives, e.g. 40.", "type": "integer", "minimum": 0 },
                    "qualifier": {
                        "description": "How the source qualifies the figure; \"more-than\" for \"more than 40\". \
                                        Defaults to exact.",
                        "enum": ["exact", "approximately", "more-than", "at-least"],
                        "default": "exact"
                    }
                }
            }
        }
    })
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
