//! The `crafts` family plugin (IBERARTESANÍAS): meetings, discussion topics, formal alliances and the observatory.

use informe_plugin::format::capitalize;
use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

/// The family `data` of a crafts program.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CraftsData {
    international_meetings: u64,
    /// What the meetings were, e.g. "workshops".
    meeting_formats: Vec<String>,
    /// What the discussions were about.
    discussion_topics: Vec<String>,
    formal_alliances: u64,
    /// Who the alliances were executed with, e.g. "national ministries".
    alliance_partners: Vec<String>,
    observatory: Observatory,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Observatory {
    name: String,
    /// Completes "the process for the creation of the … has …", e.g. "begun".
    status: String,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or invalid data is answered with its problems; warnings ride along in `response`.
    let (data, mut response) = match request.validated::<CraftsData>(validate) {
        Ok(checked) => checked,
        Err(rejected) => return Ok(rejected),
    };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let fmt = Formatter::new(request.context.locale());
    let yes_no = |yes: bool| Arg::from(if yes { "yes" } else { "no" });
    let name = [("name", Arg::from(&data.observatory.name))];
    let observatory = t.message("observatory", &[name[0].clone(), ("status", (&data.observatory.status).into())]);

    let meetings = Metric::count("international-meetings", &t.text("meetings-label"), data.international_meetings);
    let alliances = Metric::count("formal-alliances", &t.text("alliances-label"), data.formal_alliances);
    let status = Metric::text("observatory-status", &t.message("observatory-label", &name), &data.observatory.status);

    let mut meetings_section = Section::new(t.text("meetings-title")).with(Block::KeyFigures {
        items: [&meetings, &alliances]
            .map(|m| KeyFigure { label: m.label.clone(), figure: m.figure.clone(), period: m.period })
            .to_vec(),
    });
    meetings_section.blocks.push(t.paragraph(
        "meetings-paragraph",
        &[
            ("period", request.context.period.into()),
            ("meetings", data.international_meetings.into()),
            ("with-formats", yes_no(!data.meeting_formats.is_empty())),
            ("formats", fmt.list(&data.meeting_formats).into()),
        ],
    ));
    if !data.discussion_topics.is_empty() {
        meetings_section.blocks.push(Block::text(t.text("topics-intro")));
        meetings_section.blocks.push(Block::bullets(&data.discussion_topics));
    }

    let mut alliances_section = Section::new(t.text("alliances-title"));
    alliances_section.blocks.push(t.paragraph(
        "alliances-paragraph",
        &[
            ("period", request.context.period.into()),
            ("alliances", data.formal_alliances.into()),
            ("with-partners", yes_no(!data.alliance_partners.is_empty())),
        ],
    ));
    if !data.alliance_partners.is_empty() {
        alliances_section.blocks.push(Block::bullets(&data.alliance_partners));
    }

    let observatory_section =
        Section::new(data.observatory.name.as_str()).with(Block::text(format!("{}.", capitalize(&observatory))));

    response.summary = Some(t.message(
        "summary",
        &[
            ("program", (&request.program.name).into()),
            ("meetings", data.international_meetings.into()),
            ("alliances", data.formal_alliances.into()),
            ("observatory", observatory.into()),
        ],
    ));
    response.metrics.extend([meetings, alliances, status]);
    response.sections.extend([meetings_section, alliances_section, observatory_section]);
    Ok(response)
}

/// Checks serde cannot express.
fn validate(data: &CraftsData) -> Vec<Problem> {
    let mut problems = Vec::new();
    if data.observatory.name.trim().is_empty() {
        problems.push(Problem::error("data.observatory.name", "observatory name is empty"));
    }
    if data.observatory.status.trim().is_empty() {
        problems.push(
            Problem::error("data.observatory.status", "observatory status is empty")
                .with_hint("complete \"the process for the creation of the observatory has …\", e.g. begun"),
        );
    }
    // Details of things the counts say did not happen contradict the counts.
    if data.international_meetings == 0 && !data.meeting_formats.is_empty() {
        problems.push(
            Problem::warning(
                "data.meeting_formats",
                "meeting formats are listed but no international meeting is counted",
            )
            .with_hint("check data.international_meetings"),
        );
    }
    if data.formal_alliances == 0 && !data.alliance_partners.is_empty() {
        problems.push(
            Problem::warning(
                "data.alliance_partners",
                "alliance partners are listed but no formal alliance is counted",
            )
            .with_hint("check data.formal_alliances"),
        );
    }
    problems
}

fn schema() -> Value {
    let phrases = |description: &str| json!({ "description": description, "type": "array", "items": { "type": "string", "minLength": 1 } });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERARTESANÍAS program data (family `crafts`)",
        "description": "Meetings, discussions, formal alliances and the observatory of a crafts program.",
        "type": "object",
        "additionalProperties": false,
        "required": [
            "international_meetings", "meeting_formats", "discussion_topics",
            "formal_alliances", "alliance_partners", "observatory"
        ],
        "properties": {
            "international_meetings": {
                "description": "International meetings carried out during the report period.",
                "type": "integer",
                "minimum": 0
            },
            "meeting_formats": phrases("What the meetings were, plural and lower-case, e.g. \"workshops\"."),
            "discussion_topics": phrases("What the discussions were about, each completing \"discussions were carried out about …\"."),
            "formal_alliances": {
                "description": "Formal alliances executed during the report period.",
                "type": "integer",
                "minimum": 0
            },
            "alliance_partners": phrases("Kinds of partners the alliances were executed with, e.g. \"national ministries\"."),
            "observatory": {
                "description": "The observatory being created.",
                "type": "object",
                "additionalProperties": false,
                "required": ["name", "status"],
                "properties": {
                    "name": { "description": "Its name, e.g. Ibero-American Observatory of Crafts.", "type": "string", "minLength": 1 },
                    "status": {
                        "description": "Completes \"the process for the creation of the <name> has …\", e.g. \"begun\".",
                        "type": "string",
                        "minLength": 1
                    }
                }
            }
        }
    })
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
