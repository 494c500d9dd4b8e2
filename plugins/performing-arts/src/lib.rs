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

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: PerformingArtsData = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        // Malformed data is answered with its problem, for the user to fix.
        Err(rejected) => return Ok(rejected),
    };
    let (countries, problems) = distinct_countries(&data.participating_countries);
    let fmt = Formatter::new(&request.context.language);

    let projects = Metric::count("projects-benefited", "Projects benefited", data.projects.count)
        .qualified(data.projects.qualifier)
        .feeds(BENEFICIARY_PROJECTS);
    let participating = Metric::count("participating-countries", "Participating countries", countries.len() as u64);
    let projects_text = fmt.figure(&projects.figure);

    let mut section = Section::new("Projects and participating countries")
        .with(Block::KeyFigures {
            items: [&projects, &participating]
                .map(|m| KeyFigure { label: m.label.clone(), figure: m.figure.clone(), period: m.period })
                .to_vec(),
        })
        .with(Block::Paragraph {
            spans: vec![
                Span::plain(format!("In {}, ", request.context.period)),
                Span::strong(projects_text.clone()),
                Span::plain(" projects were benefited."),
            ],
        });
    if !countries.is_empty() {
        section.blocks.push(Block::Paragraph {
            spans: vec![
                Span::plain("The "),
                Span::strong(fmt.count(countries.len() as u64)),
                Span::plain(" countries that participated in the reference period were:"),
            ],
        });
        section.blocks.push(Block::bullets(countries.iter().copied()));
    }

    Ok(Response {
        summary: Some(format!(
            "Through {}, {projects_text} projects were benefited, with {} participating countries.",
            request.program.name,
            fmt.count(countries.len() as u64),
        )),
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
