//! The `music` family plugin (IBERMÚSICAS): projects abroad, artists hosted and support per unit paid.

mod support;

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

use crate::support::{Outcome, Total};

/// The family `data` of a music program, as the conclusions of the source count it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MusicData {
    /// Mexican projects developed within the Ibero-American region.
    mexican_projects_abroad: u64,
    /// Ibero-American artists who developed their projects in Mexico.
    region_artists_hosted: u64,
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
    let (data, mut response) = match request.validated::<MusicData>(|_| Vec::new()) {
        Ok(checked) => checked,
        Err(rejected) => return Ok(rejected),
    };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let fmt = Formatter::new(request.context.locale());
    let counts = [
        ("period", Arg::from(request.context.period)),
        ("program", (&request.program.name).into()),
        ("projects", data.mexican_projects_abroad.into()),
        ("artists", data.region_artists_hosted.into()),
    ];

    let projects = Metric::count("mexican-projects-abroad", &t.text("projects-label"), data.mexican_projects_abroad)
        .feeds(BENEFICIARY_PROJECTS);
    let artists = Metric::count("region-artists-hosted", &t.text("artists-label"), data.region_artists_hosted)
        .feeds(BENEFICIARY_PROJECTS);

    let mut section = Section::new(t.text("section-title"));
    section.blocks.push(t.paragraph("projects-paragraph", &counts));
    response.metrics.extend([projects, artists]);

    match support::support_per_unit_paid(&request.program.financial_resources, request.context.period) {
        Outcome::Ratio { received, paid, value, qualifier, period } => {
            let mut ratio = Metric::ratio("support-per-unit-paid", &t.text("ratio-label"), value).qualified(qualifier);
            // The report period is every metric's default: name other years only.
            if let Some(period) = period.filter(|p| *p != request.context.period) {
                ratio = ratio.during(period);
            }
            let amounts = (&received, &paid);
            section.blocks.push(ratio_paragraph(&t, &fmt, request, amounts, period, &ratio));
            response.metrics.push(ratio);
        }
        Outcome::NotApplicable => {}
        Outcome::Refused(problem) => response.problems.push(problem),
    }

    let key_figures = response
        .metrics
        .iter()
        .map(|m| KeyFigure { label: m.label.clone(), figure: m.figure.clone(), period: m.period })
        .collect();
    section.blocks.insert(0, Block::KeyFigures { items: key_figures });
    response.sections.push(section);
    response.summary = Some(t.message("summary", &counts));
    Ok(response)
}

/// "In 2012–2015, Mexico received USD 560,229.00 as … for USD 480,000 paid in …: 1.17 received per unit paid."
fn ratio_paragraph(
    t: &Catalog,
    fmt: &Formatter,
    request: &Request,
    (received, paid): (&Total, &Total),
    period: Option<Period>,
    ratio: &Metric,
) -> Block {
    let amount = |total: &Total| fmt.qualified(total.qualifier, &fmt.money(&total.amount, &total.currency));
    // The catalogue leaves out the modes when the source gives none: "no" selects that wording.
    let given = |total: &Total| if total.modes.is_empty() { "no" } else { "yes" };
    t.paragraph(
        "ratio-paragraph",
        &[
            ("dated", if period.is_some() { "yes" } else { "no" }.into()),
            ("period", period.map(|p| p.to_string()).unwrap_or_default().into()),
            ("country", (&request.context.country).into()),
            ("received", amount(received).into()),
            ("with-received-modes", given(received).into()),
            ("received-modes", fmt.list(&received.modes).into()),
            ("paid", amount(paid).into()),
            ("with-paid-modes", given(paid).into()),
            ("paid-modes", fmt.list(&paid.modes).into()),
            ("ratio", fmt.figure(&ratio.figure).into()),
        ],
    )
}

fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERMÚSICAS program data (family `music`)",
        "description": "What the conclusions of a music program count. The support received per unit paid is \
                        derived from the program's financial resources, not from this object.",
        "type": "object",
        "additionalProperties": false,
        "required": ["mexican_projects_abroad", "region_artists_hosted"],
        "properties": {
            "mexican_projects_abroad": {
                "description": "Mexican projects developed within the Ibero-American region during the report \
                                period; counts toward the beneficiary-projects indicator.",
                "type": "integer",
                "minimum": 0
            },
            "region_artists_hosted": {
                "description": "Ibero-American artists who developed their projects in Mexico and were benefited \
                                during the report period; counts toward the beneficiary-projects indicator.",
                "type": "integer",
                "minimum": 0
            }
        }
    })
}

informe_plugin::declare_plugin! {
    name: "music",
    version: env!("CARGO_PKG_VERSION"),
    families: ["music"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
