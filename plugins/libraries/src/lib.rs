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

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: LibrariesData = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        // Malformed data is answered with its problem, for the user to fix.
        Err(rejected) => return Ok(rejected),
    };
    let fmt = Formatter::new(&request.context.language);
    let country = &request.context.country;

    let projects = Metric::count("projects", &format!("Projects {country} profited from"), data.projects)
        .feeds(BENEFICIARY_PROJECTS);
    let section = Section::new("Projects")
        .with(Block::KeyFigures {
            items: vec![KeyFigure { label: projects.label.clone(), figure: projects.figure.clone(), period: None }],
        })
        .with(Block::Paragraph {
            spans: vec![
                Span::plain(format!("In {}, {country} profited from ", request.context.period)),
                Span::strong(fmt.count(data.projects)),
                Span::plain(" projects."),
            ],
        });
    Ok(Response {
        summary: Some(format!(
            "Through {}, {country} profited from {} projects.",
            request.program.name,
            fmt.count(data.projects)
        )),
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
