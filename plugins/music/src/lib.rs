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

const PROJECTS_LABEL: &str = "Mexican projects developed within the Ibero-American region";
const ARTISTS_LABEL: &str = "Ibero-American artists who developed their projects in Mexico";
const RATIO_LABEL: &str = "Support received per unit paid";

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or invalid data is answered with its problems; warnings ride along in `response`.
    let (data, mut response) = match request.validated::<MusicData>(|_| Vec::new()) {
        Ok(checked) => checked,
        Err(rejected) => return Ok(rejected),
    };
    let fmt = Formatter::new(&request.context.language);

    let projects = Metric::count("mexican-projects-abroad", PROJECTS_LABEL, data.mexican_projects_abroad)
        .feeds(BENEFICIARY_PROJECTS);
    let artists =
        Metric::count("region-artists-hosted", ARTISTS_LABEL, data.region_artists_hosted).feeds(BENEFICIARY_PROJECTS);

    let mut section = Section::new("Projects, artists and support");
    section.blocks.push(Block::Paragraph {
        spans: vec![
            Span::plain(format!("In {}, ", request.context.period)),
            Span::strong(fmt.count(data.mexican_projects_abroad)),
            Span::plain(" Mexican projects were developed within the Ibero-American region, and "),
            Span::strong(fmt.count(data.region_artists_hosted)),
            Span::plain(" Ibero-American artists who developed their projects in Mexico were benefited."),
        ],
    });
    response.metrics.extend([projects, artists]);

    match support::support_per_unit_paid(&request.program.financial_resources, request.context.period) {
        Outcome::Ratio { received, paid, value, qualifier, period } => {
            let mut ratio = Metric::ratio("support-per-unit-paid", RATIO_LABEL, value).qualified(qualifier);
            // The report period is every metric's default: name other years only.
            if let Some(period) = period.filter(|p| *p != request.context.period) {
                ratio = ratio.during(period);
            }
            let amounts = (&received, &paid);
            section.blocks.push(ratio_paragraph(&fmt, request, amounts, period, &ratio));
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
    response.summary = Some(format!(
        "Through {}, {} Mexican projects were developed within the Ibero-American region and {} Ibero-American \
         artists developed their projects in Mexico.",
        request.program.name,
        fmt.count(data.mexican_projects_abroad),
        fmt.count(data.region_artists_hosted),
    ));
    Ok(response)
}

/// "In 2012–2015, Mexico received USD 560,229.00 as … for USD 480,000 paid in …: 1.17 received per unit paid."
fn ratio_paragraph(
    fmt: &Formatter,
    request: &Request,
    (received, paid): (&Total, &Total),
    period: Option<Period>,
    ratio: &Metric,
) -> Block {
    let mut spans = Vec::new();
    let opening = match period {
        Some(period) => format!("In {period}, {} received ", request.context.country),
        None => format!("{} received ", request.context.country),
    };
    spans.push(Span::plain(opening));
    spans.push(Span::strong(fmt.qualified(received.qualifier, &fmt.money(&received.amount, &received.currency))));
    if !received.modes.is_empty() {
        spans.push(Span::plain(format!(" as {}", fmt.list(&received.modes))));
    }
    spans.push(Span::plain(" for "));
    spans.push(Span::strong(fmt.qualified(paid.qualifier, &fmt.money(&paid.amount, &paid.currency))));
    spans.push(Span::plain(" paid"));
    if !paid.modes.is_empty() {
        spans.push(Span::plain(format!(" in {}", fmt.list(&paid.modes))));
    }
    spans.push(Span::plain(": "));
    spans.push(Span::strong(fmt.figure(&ratio.figure)));
    spans.push(Span::plain(" received per unit paid."));
    Block::Paragraph { spans }
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
