//! The `museums` family plugin (IBERMUSEOS): partner networks, the annual fee and the policy achievement.

mod fee;

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use serde::Deserialize;

use crate::fee::{AnnualFee, FeeCheck};

/// The family `data` of a museums program.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MuseumsData {
    annual_fee: AnnualFee,
    /// Networks and international organizations international dialogue was strengthened with.
    partners: Vec<Partner>,
    /// Completes "the strengthening of public policies at the international level was accomplished with …".
    policy_achievement: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Partner {
    name: String,
    #[serde(default)]
    acronym: Option<String>,
}

impl Partner {
    /// "International Council of Museums (ICOM)", or the bare name when it has no acronym.
    fn display(&self) -> String {
        match &self.acronym {
            Some(acronym) => format!("{} ({acronym})", self.name),
            None => self.name.clone(),
        }
    }
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
    let (data, mut response) = match request.validated::<MuseumsData>(validate) {
        Ok(checked) => checked,
        Err(rejected) => return Ok(rejected),
    };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let fmt = Formatter::new(request.context.locale());
    let achievement = data.policy_achievement.trim().trim_end_matches('.');
    let fee_text = fmt.money(&data.annual_fee.amount, &data.annual_fee.currency);

    let partners = Metric::count("partners", &t.text("partners-label"), data.partners.len() as u64);
    let fee = Metric::money("annual-fee", &t.text("fee-label"), data.annual_fee.amount, &data.annual_fee.currency);

    let mut dialogue =
        Section::new(t.text("dialogue-title")).with(Block::KeyFigures { items: vec![key_figure(&partners)] });
    if !data.partners.is_empty() {
        dialogue.blocks.push(Block::text(t.text("partners-intro")));
        dialogue.blocks.push(Block::bullets(data.partners.iter().map(Partner::display)));
    }
    dialogue.blocks.push(t.paragraph("policy-paragraph", &[("achievement", achievement.into())]));

    let mut fee_section = Section::new(t.text("fee-title"))
        .with(Block::KeyFigures { items: vec![key_figure(&fee)] })
        .with(t.paragraph("fee-paragraph", &[("fee", fee_text.into())]));
    match fee::check(&data.annual_fee, &request.program.financial_resources.paid, request.context.period) {
        // An exact total needs no backing; an approximate one is corroborated by the fee times the years.
        FeeCheck::Agrees(agreement) if !agreement.qualifier.is_exact() => {
            fee_section.blocks.push(Block::text(agreement.sentence(&t, &fmt, &data.annual_fee)));
        }
        FeeCheck::Agrees(_) => {}
        FeeCheck::Problem(problem) => response.problems.push(problem),
    }

    response.summary = Some(t.message(
        "summary",
        &[("program", (&request.program.name).into()), ("partners", (data.partners.len() as u64).into())],
    ));
    response.metrics.extend([partners, fee]);
    response.sections.extend([dialogue, fee_section]);
    Ok(response)
}

fn key_figure(metric: &Metric) -> KeyFigure {
    KeyFigure { label: metric.label.clone(), figure: metric.figure.clone(), period: metric.period }
}

/// Checks serde cannot express.
fn validate(data: &MuseumsData) -> Vec<Problem> {
    let mut problems = fee::validate(&data.annual_fee);
    if data.partners.is_empty() {
        problems.push(
            Problem::warning("data.partners", "no partner network or organization is listed")
                .with_hint("list the networks and organizations the conclusions name"),
        );
    }
    for (i, partner) in data.partners.iter().enumerate() {
        if partner.name.trim().is_empty() {
            problems.push(Problem::error(format!("data.partners[{i}].name"), "partner name is empty"));
        }
    }
    if data.policy_achievement.trim().is_empty() {
        problems.push(
            Problem::error("data.policy_achievement", "policy achievement is empty")
                .with_hint("give what the strengthening of public policies was accomplished with"),
        );
    }
    problems
}

fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "IBERMUSEOS program data (family `museums`)",
        "description": "Partners of the international dialogue, the annual fee behind the amount paid, and the \
                        achievement in public policies of a museums program.",
        "type": "object",
        "additionalProperties": false,
        "required": ["annual_fee", "partners", "policy_achievement"],
        "properties": {
            "annual_fee": {
                "description": "The yearly fee; times the years paid it must equal the amount paid in its currency.",
                "type": "object",
                "additionalProperties": false,
                "required": ["amount", "currency"],
                "properties": {
                    "amount": {
                        "description": "A positive decimal string such as \"60000\": no float, no separators.",
                        "type": "string",
                        "pattern": "^[0-9]+(\\.[0-9]+)?$"
                    },
                    "currency": {
                        "description": "ISO 4217 code of the fee, e.g. USD.",
                        "type": "string",
                        "pattern": "^[A-Z]{3}$"
                    }
                }
            },
            "partners": {
                "description": "Networks and international organizations in the area of museums that international \
                                dialogue was strengthened with, in the source's order.",
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["name"],
                    "properties": {
                        "name": { "description": "Full name, e.g. International Council of Museums.", "type": "string", "minLength": 1 },
                        "acronym": { "description": "Acronym the source gives, e.g. ICOM; omit when none.", "type": "string" }
                    }
                }
            },
            "policy_achievement": {
                "description": "Completes the sentence \"the strengthening of public policies at the international \
                                level was accomplished with …\", lower-case, without a final period.",
                "type": "string",
                "minLength": 1
            }
        }
    })
}

informe_plugin::declare_plugin! {
    name: "museums",
    version: env!("CARGO_PKG_VERSION"),
    families: ["museums"],
    process: process,
    schema: schema,
}

#[cfg(test)]
mod tests;
