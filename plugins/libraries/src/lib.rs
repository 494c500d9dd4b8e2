//! The `libraries` family plugin (IBERBIBLIOTECAS): the projects the country profited from.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

/// The family `data` of a libraries program.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LibrariesData {
    /// Projects the reporting country profited from during the report period.
    projects: u64,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: LibrariesData = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        // Malformed data is answered with its problem, for the user to fix.
        Err(rejected) => return Ok(rejected),
    };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let args = [
        ("country", Arg::from(&request.context.country)),
        ("period", request.context.period.into()),
        ("program", (&request.program.name).into()),
        ("projects", data.projects.into()),
    ];

    let projects =
        Metric::count("projects", &t.message("projects-label", &args), data.projects).feeds(BENEFICIARY_PROJECTS);
    let section = Section::new(t.text("section-title"))
        .with(Block::KeyFigures {
            items: vec![KeyFigure { label: projects.label.clone(), figure: projects.figure.clone(), period: None }],
        })
        .with(t.paragraph("projects-paragraph", &args));
    Ok(Response {
        summary: Some(t.message("summary", &args)),
        metrics: vec![projects],
        sections: vec![section],
        problems: Vec::new(),
    })
}

fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERBIBLIOTECAS program data (family `libraries`)",
        "description": "What the conclusions of a libraries program count.",
        "type": "object",
        "additionalProperties": false,
        "required": ["projects"],
        "properties": {
            "projects": {
                "description": "Projects the reporting country profited from during the report period; counts \
                                toward the beneficiary-projects indicator.",
                "type": "integer",
                "minimum": 0
            }
        }
    })
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
