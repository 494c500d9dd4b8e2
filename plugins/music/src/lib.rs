//! The `music` family plugin (IBERMÚSICAS): the common family data, the artists of other member states hosted, and the support received per unit paid.

mod support;

use informe_plugin::family::{self, Common, Count, FamilyData, Narrator};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::Value;
use serde::Deserialize;

use crate::support::{Outcome, Total};

/// # Program data of the `music` family (IBERMÚSICAS…)
///
/// What a party reports of a music programme: the fields every family shares, and the artists of
/// other member states it hosted. Every field is optional; the support received per unit paid is
/// derived from the programme's financial resources, not from this object.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
struct MusicData {
    #[serde(flatten)]
    common: Common,
    /// Artists of other member states who developed their projects in the reporting country
    /// during the report period; counts toward the beneficiary-projects indicator.
    #[serde(default)]
    artists_hosted: Option<Count>,
}

impl FamilyData for MusicData {
    fn common(&self) -> &Common {
        &self.common
    }
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback); they
/// override the SDK's family messages of the same id.
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

fn process(request: &Request) -> Result<Response, PluginError> {
    // Malformed or contradictory data is answered with its problems, for the user to fix;
    // warnings ride along.
    let (data, checked) = match request.family_data::<MusicData>() {
        Ok(valid) => valid,
        Err(rejected) => return Ok(rejected),
    };
    let narrator = Narrator::new(request, MESSAGES)?;
    let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };

    if let Some(artists) = &data.artists_hosted {
        response
            .metrics
            .push(narrator.count_metric("artists-hosted", "artists-label", artists).feeds(BENEFICIARY_PROJECTS));
        let paragraph = narrator.paragraph("artists-paragraph", &narrator.counted(artists));
        narrator.section(&mut response).blocks.push(paragraph);
    }

    match support::support_per_unit_paid(&request.program.financial_resources, request.context.period) {
        Outcome::Ratio { received, paid, value, qualifier, period } => {
            let mut ratio = Metric::ratio("support-per-unit-paid", &narrator.message("ratio-label", &[]), value)
                .qualified(qualifier);
            // The report period is every metric's default: name other years only.
            if let Some(period) = period.filter(|p| *p != request.context.period) {
                ratio = ratio.during(period);
            }
            let paragraph = ratio_paragraph(&narrator, (&received, &paid), period, &ratio);
            narrator.section(&mut response).blocks.push(paragraph);
            response.metrics.push(ratio);
        }
        Outcome::NotApplicable => {}
        Outcome::Refused(problem) => response.problems.push(problem),
    }

    response.summary = summary(&narrator, &data, response.summary.take());
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

/// The sentence of the executive summary: the projects and the artists hosted in one sentence
/// when both are given; else the common data's sentence, followed by the artists' when given.
fn summary(narrator: &Narrator, data: &MusicData, common: Option<String>) -> Option<String> {
    let Some(artists) = &data.artists_hosted else { return common };
    let fmt = narrator.formatter();
    if let Some(projects) = &data.common.projects {
        let [figure, count] = narrator.counted(projects);
        let both =
            [figure, count, ("artists", fmt.figure(&artists.figure()).into()), ("artists-count", artists.value.into())];
        return Some(narrator.message("summary-projects-artists", &both));
    }
    let sentence = narrator.message("summary-artists", &narrator.counted(artists));
    Some(common.map_or_else(|| sentence.clone(), |common| format!("{common} {sentence}")))
}

/// "In 2012–2015, the party received USD 560,229.00 as … for USD 480,000 paid in …: 1.17 received per unit paid."
fn ratio_paragraph(
    narrator: &Narrator,
    (received, paid): (&Total, &Total),
    period: Option<Period>,
    ratio: &Metric,
) -> Block {
    let fmt = narrator.formatter();
    let amount = |total: &Total| fmt.qualified(total.qualifier, &fmt.money(&total.amount, &total.currency));
    // The catalogue leaves out the modes when the source gives none: "no" selects that wording.
    let given = |total: &Total| if total.modes.is_empty() { "no" } else { "yes" };
    narrator.paragraph(
        "ratio-paragraph",
        &[
            ("dated", if period.is_some() { "yes" } else { "no" }.into()),
            ("period", period.map(|p| p.to_string()).unwrap_or_default().into()),
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

/// The schema of the family data, derived from [`MusicData`].
fn schema() -> Value {
    family::schema::<MusicData>()
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
