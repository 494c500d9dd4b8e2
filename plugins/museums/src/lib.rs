//! The `museums` family plugin (IBERMUSEOS): the common family data, the policy achievement, and the annual fee checked against the amounts paid.

mod fee;

use informe_plugin::Text;
use informe_plugin::family::{self, Common, FamilyData, Money, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

use crate::fee::FeeCheck;

/// # Program data of the `museums` family (IBERMUSEOS…)
///
/// What a party reports of a museums programme: the fields every family shares (the networks and
/// organizations it worked with are its `partners`), the yearly fee it pays and what the
/// strengthening of public policies was accomplished with. Every field is optional.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct MuseumsData {
    #[serde(flatten)]
    common: Common,
    /// The yearly fee the reporting party pays to the programme, e.g. `{"amount": "60000",
    /// "currency": "USD"}`: times the years paid, it is checked against the amounts the
    /// programme's financial resources report as paid in its currency.
    #[serde(default)]
    annual_fee: Option<Money>,
    /// What the strengthening of public policies at the international level was accomplished
    /// with, completing "… was accomplished with": lower-case, without a final period.
    #[serde(default)]
    policy_achievement: Option<Text>,
}

impl FamilyData for MuseumsData {
    fn common(&self) -> &Common {
        &self.common
    }

    fn check(&self, _context: &Context) -> Vec<Problem> {
        validate(self)
    }
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback); they
/// override the SDK's family messages of the same id.
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<MuseumsData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };

    if let Some(achievement) = &data.policy_achievement {
        let achievement = achievement.as_str().trim().trim_end_matches('.');
        let paragraph = narrator.paragraph("policy-paragraph", &[("achievement", achievement.into())]);
        narrator.section(&mut response).blocks.push(paragraph);
    }
    if response.summary.is_none() && !data.common.partners.is_empty() {
        let count = data.common.partners.len() as u64;
        response.summary = Some(narrator.message("summary-partners", &[("count", count.into())]));
    }
    narrator.finish(&mut response, &data.common);

    // The fee is a section of its own, after the results: a figure of the money, not a result.
    if let Some(annual_fee) = &data.annual_fee {
        let fmt = narrator.formatter();
        let metric =
            Metric::money("annual-fee", &narrator.message("fee-label", &[]), annual_fee.amount, &annual_fee.currency)
                .qualified(annual_fee.qualifier);
        let key_figure = KeyFigure { label: metric.label.clone(), figure: metric.figure.clone(), period: None };
        let mut section = Section::new(narrator.message("fee-title", &[]))
            .with(Block::KeyFigures { items: vec![key_figure] })
            .with(narrator.paragraph("fee-paragraph", &[("fee", fmt.figure(&annual_fee.figure()).into())]));
        match fee::check(annual_fee, &request.program.financial_resources.paid, request.context.period) {
            // An exact total needs no backing; an approximate one is corroborated by the fee times the years.
            FeeCheck::Agrees(agreement) if !agreement.qualifier.is_exact() => {
                section.blocks.push(Block::text(agreement.sentence(&narrator, annual_fee)));
            }
            FeeCheck::Agrees(_) | FeeCheck::Inconclusive => {}
            FeeCheck::Problem(problem) => response.problems.push(problem),
        }
        response.metrics.push(metric);
        response.sections.push(section);
    }
    Ok(response)
}

/// The family's own checks: the fee's, and a policy achievement that says nothing.
fn validate(data: &MuseumsData) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(annual_fee) = &data.annual_fee {
        problems.extend(fee::validate(annual_fee));
    }
    if data.policy_achievement.as_ref().is_some_and(Text::is_blank) {
        problems.push(
            Problem::error("data.policy_achievement", "the text is empty")
                .with_hint("give what the strengthening of public policies was accomplished with, or leave it out"),
        );
    }
    problems
}

/// The schema of the family data, derived from [`MuseumsData`].
fn schema() -> Value {
    family::schema::<MuseumsData>()
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
