//! The `audiovisual` family plugin (IBERMEDIA): what was supported in each sub-period and in which areas.

mod narrative;
mod validate;

use informe_plugin::format::capitalize;
use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

/// The family `data` of an audiovisual program: the report period split where the support changed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AudiovisualData {
    sub_periods: Vec<SubPeriod>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubPeriod {
    period: Period,
    /// Areas support was granted in, e.g. "co-production".
    areas: Vec<String>,
    supported: Vec<Supported>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Supported {
    /// What was supported, plural as the source words it: "Mexican projects", "co-productions".
    kind: String,
    count: u64,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    // Overlapping or foreign sub-periods would count projects twice or outside the report: no figures then.
    // Malformed or invalid data is answered with its problems; warnings ride along in `response`.
    let (data, mut response) =
        match request.validated::<AudiovisualData>(|data| validate::validate(data, request.context.period)) {
            Ok(checked) => checked,
            Err(rejected) => return Ok(rejected),
        };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let fmt = Formatter::new(request.context.locale());
    let mut sub_periods: Vec<&SubPeriod> = data.sub_periods.iter().collect();
    sub_periods.sort_by_key(|s| s.period.from);

    let mut section =
        Section::new(t.text("section-title")).with(narrative::table(&t, &request.program.name, &sub_periods));
    for sub in &sub_periods {
        for entry in &sub.supported {
            response.metrics.push(
                Metric::count(
                    &metric_id(sub.period, &entry.kind),
                    &t.message("supported-label", &[("kind", capitalize(&entry.kind).into())]),
                    entry.count,
                )
                .during(sub.period)
                .feeds(BENEFICIARY_PROJECTS),
            );
        }
        if !sub.supported.is_empty() {
            section.blocks.push(narrative::paragraph(&t, &fmt, sub));
        }
    }
    response.sections.push(section);
    response.summary = narrative::summary(&t, &fmt, &request.program.name, &sub_periods);
    Ok(response)
}

/// `2012-2013-mexican-projects`: unique while sub-periods do not overlap and kinds differ.
fn metric_id(period: Period, kind: &str) -> String {
    let mut id =
        if period.from == period.to { period.from.to_string() } else { format!("{}-{}", period.from, period.to) };
    id.push('-');
    for c in kind.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

fn schema() -> Value {
    let period = json!({
        "description": "Whole years, inclusive.",
        "type": "object",
        "additionalProperties": false,
        "required": ["from", "to"],
        "properties": {
            "from": { "description": "First year.", "type": "integer" },
            "to": { "description": "Last year, not before `from`.", "type": "integer" }
        }
    });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERMEDIA program data (family `audiovisual`)",
        "description": "The report period split into sub-periods where the support granted changed.",
        "type": "object",
        "additionalProperties": false,
        "required": ["sub_periods"],
        "$defs": { "period": period },
        "properties": {
            "sub_periods": {
                "description": "Sub-periods within the report period; no two may share a year.",
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["period", "areas", "supported"],
                    "properties": {
                        "period": { "$ref": "#/$defs/period", "description": "The years of the sub-period." },
                        "areas": {
                            "description": "Areas support was granted in, e.g. \"co-production\".",
                            "type": "array",
                            "items": { "type": "string", "minLength": 1 }
                        },
                        "supported": {
                            "description": "What was supported; each entry counts toward the beneficiary-projects \
                                            indicator.",
                            "type": "array",
                            "items": {
                                "type": "object",
                                "additionalProperties": false,
                                "required": ["kind", "count"],
                                "properties": {
                                    "kind": {
                                        "description": "What was supported, plural, e.g. \"Mexican projects\"; \
                                                        unique within the sub-period.",
                                        "type": "string",
                                        "minLength": 1
                                    },
                                    "count": { "description": "How many were supported.", "type": "integer", "minimum": 0 }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
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
