//! The program as it crosses the wire: the request's own types, lenient where the data file is strict.
//!
//! The data file's [`model`] refuses unknown fields, so a typo in a report is caught.
//! Were the request to reuse those types, every optional field informe adds to a program would
//! make every plugin compiled before it refuse every request. These twins ignore what they do not
//! know; the host converts the data's program into them, resolving its texts first.
//!
//! Plugins built with an SDK before ABI 1.2 decode the program strictly. The host therefore sends
//! them only the fields ABI 1.1 knew ([`fit_for`]); see [`compat`](crate::compat).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::{self, Period, Qualifier};
use crate::text::Text;

/// The first ABI minor whose plugins ignore unknown fields in every part of a request.
pub const LENIENT_SINCE_MINOR: u16 = 2;

/// One program of the report, as its plugin receives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    /// Stable identifier, unique within the report (e.g. `ibermusicas`).
    pub id: String,
    /// Name as the source writes it (e.g. `IBERMÚSICAS`).
    pub name: String,
    /// Program family; selects the plugin (e.g. `music`).
    pub family: String,
    /// "Results expected through the implementation of the measure", in the report's language.
    #[serde(default)]
    pub results_expected: Option<Text>,
    /// "Financial resources allocated to implement the measure".
    #[serde(default)]
    pub financial_resources: FinancialResources,
    /// "Main conclusions of the evaluation of the measure".
    #[serde(default)]
    pub conclusions: Option<Text>,
    /// Footnotes the source attaches to this program, referenced by id.
    #[serde(default)]
    pub footnotes: Vec<Footnote>,
    /// Family-specific data; only the family's plugin interprets it.
    #[serde(default)]
    pub data: serde_json::Map<String, Value>,
}

/// Money flows of one program: what the country paid and what it received.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FinancialResources {
    /// The source's own sentence, kept verbatim.
    #[serde(default)]
    pub statement: Option<Text>,
    /// Contributions paid by the country.
    #[serde(default)]
    pub paid: Vec<Contribution>,
    /// Support received by the country.
    #[serde(default)]
    pub received: Vec<Contribution>,
}

/// An amount of money with its currency and how the source qualifies it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// A decimal string such as `"560229.00"`.
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    /// ISO 4217 code, e.g. `USD`, `EUR`.
    pub currency: String,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Years the amount covers; the report period when absent.
    #[serde(default)]
    pub period: Option<Period>,
    /// How it was paid or received, e.g. `yearly fees`.
    #[serde(default)]
    pub mode: Option<Text>,
    /// Id of a footnote of the program that annotates this amount.
    #[serde(default)]
    pub footnote: Option<String>,
}

/// A footnote of the source document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    pub id: String,
    pub text: Text,
}

impl From<&model::Program> for Program {
    /// The program as its plugin sees it. The figures the data states (`metrics`) are the host's
    /// to merge after the plugin's, so they are not sent.
    fn from(program: &model::Program) -> Self {
        let resources = &program.financial_resources;
        Self {
            id: program.id.clone(),
            name: program.name.clone(),
            family: program.family.clone(),
            results_expected: program.results_expected.clone(),
            financial_resources: FinancialResources {
                statement: resources.statement.clone(),
                paid: resources.paid.iter().map(Contribution::from).collect(),
                received: resources.received.iter().map(Contribution::from).collect(),
            },
            conclusions: program.conclusions.clone(),
            footnotes: program.footnotes.iter().map(|f| Footnote { id: f.id.clone(), text: f.text.clone() }).collect(),
            data: program.data.clone(),
        }
    }
}

impl From<&model::Contribution> for Contribution {
    fn from(c: &model::Contribution) -> Self {
        Self {
            amount: c.amount,
            currency: c.currency.clone(),
            qualifier: c.qualifier,
            period: c.period,
            mode: c.mode.clone(),
            footnote: c.footnote.clone(),
        }
    }
}

/// The fields each strictly decoded object of a request had in ABI 1.1, the last minor whose SDK
/// refused unknown fields there. Never extended: fields added later are for lenient plugins only.
const PROGRAM_1_1: &[&str] =
    &["id", "name", "family", "results_expected", "financial_resources", "conclusions", "footnotes", "data"];
const RESOURCES_1_1: &[&str] = &["statement", "paid", "received"];
const CONTRIBUTION_1_1: &[&str] = &["amount", "currency", "qualifier", "period", "mode", "footnote"];
const FOOTNOTE_1_1: &[&str] = &["id", "text"];

/// Makes an encoded request (`{"abi_minor", "context", "program"}`) fit a plugin of ABI minor
/// `plugin_minor`: for a plugin before [`LENIENT_SINCE_MINOR`], the program and the objects in it
/// keep only the fields ABI 1.1 knew (its SDK refuses any other); a lenient plugin gets it all.
///
/// The request's top level and its context were lenient from ABI 1.0, so they are left whole;
/// `data` is the family's own and is never touched; a period is closed (`from`, `to`) in every
/// minor, so it needs no fitting.
pub fn fit_for(request: &mut Value, plugin_minor: u16) {
    if plugin_minor >= LENIENT_SINCE_MINOR {
        return;
    }
    let Some(program) = request.get_mut("program") else { return };
    keep(program, PROGRAM_1_1);
    if let Some(resources) = program.get_mut("financial_resources") {
        keep(resources, RESOURCES_1_1);
        for side in ["paid", "received"] {
            for contribution in resources.get_mut(side).and_then(Value::as_array_mut).into_iter().flatten() {
                keep(contribution, CONTRIBUTION_1_1);
            }
        }
    }
    for footnote in program.get_mut("footnotes").and_then(Value::as_array_mut).into_iter().flatten() {
        keep(footnote, FOOTNOTE_1_1);
    }
}

/// Drops every field of `object` not named in `known`.
fn keep(object: &mut Value, known: &[&str]) {
    if let Value::Object(map) = object {
        map.retain(|key, _| known.contains(&key.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request as a later host might send it: a field unknown to ABI 1.1 in every object.
    fn future_request() -> Value {
        serde_json::json!({
            "abi_minor": 9,
            "context": {"country": "Chile", "period": {"from": 2012, "to": 2015}, "language": "en",
                        "channel": "web"},
            "program": {
                "id": "p", "name": "P", "family": "f", "venue": "Valparaíso",
                "financial_resources": {"paid": [{"amount": "10", "currency": "USD", "iban": "x",
                                                  "period": {"from": 2012, "to": 2013}}],
                                        "received": [], "audited": true},
                "footnotes": [{"id": "a", "text": "note", "page": 4}],
                "data": {"projects": 3, "venue": "kept: the family's own"}
            }
        })
    }

    #[test]
    fn a_lenient_plugin_reads_fields_it_does_not_know() {
        let request: crate::Request = serde_json::from_value(future_request()).expect("lenient request");
        assert_eq!(request.abi_minor, 9);
        assert_eq!(request.program.financial_resources.paid[0].currency, "USD");
        let mut fitted = future_request();
        fit_for(&mut fitted, LENIENT_SINCE_MINOR);
        assert_eq!(fitted, future_request(), "a lenient plugin gets every field");
    }

    #[test]
    fn a_strict_plugin_gets_only_the_fields_of_abi_1_1() {
        let mut fitted = future_request();
        fit_for(&mut fitted, 1);
        let program = &fitted["program"];
        assert!(program.get("venue").is_none());
        assert!(program["financial_resources"].get("audited").is_none());
        assert_eq!(program["financial_resources"]["paid"][0].as_object().map(|o| o.len()), Some(3), "{fitted}");
        assert!(program["footnotes"][0].get("page").is_none());
        // What is not the SDK's to police stays: the family's data and the lenient context.
        assert_eq!(program["data"]["venue"], "kept: the family's own");
        assert_eq!(fitted["context"]["channel"], "web");
        // Every field ABI 1.1 knew is still there, so nothing a strict plugin needs is lost.
        let current = serde_json::to_value(crate::testing::request_for(
            r#"{"country": "Chile", "period": {"from": 2012, "to": 2015}, "language": "en", "measures": [{"programs": [
                {"id": "p", "name": "P", "family": "f", "results_expected": "r", "conclusions": "c",
                 "financial_resources": {"statement": "s", "paid": [{"amount": "1", "currency": "USD",
                   "qualifier": "at-least", "period": {"from": 2012, "to": 2012}, "mode": "m", "footnote": "a"}]},
                 "footnotes": [{"id": "a", "text": "t"}], "data": {}}]}]}"#,
            "p",
        ))
        .expect("encode");
        let mut fitted = current.clone();
        fit_for(&mut fitted, 1);
        assert_eq!(fitted["program"], current["program"], "today's program fields are all ABI 1.1's");
    }
}
