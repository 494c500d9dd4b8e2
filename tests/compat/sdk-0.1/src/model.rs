//! The program record every plugin receives: the common QPR fields of one program.
//!
//! These types are also the data format of the report files (the core embeds them), so their
//! serde shape is the documented contract; `data` is the family-specific part only the family's
//! plugin interprets.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use crate::text::Text;

/// How a figure relates to the true value, exactly as the source words it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// The figure is the value.
    #[default]
    Exact,
    /// "approximately": the value is near the figure.
    Approximately,
    /// "more than": the value is strictly above the figure.
    MoreThan,
    /// "at least": the value is the figure or above.
    AtLeast,
}

impl Qualifier {
    /// The qualifier of a sum of figures with these qualifiers.
    ///
    /// An approximate part makes the sum approximate; otherwise a strict lower bound makes it a
    /// strict lower bound ("more than 40" + 8 is more than 48); otherwise an inclusive one.
    pub fn combine(self, other: Qualifier) -> Qualifier {
        use Qualifier::*;
        match (self, other) {
            (Approximately, _) | (_, Approximately) => Approximately,
            (MoreThan, _) | (_, MoreThan) => MoreThan,
            (AtLeast, _) | (_, AtLeast) => AtLeast,
            (Exact, Exact) => Exact,
        }
    }

    /// Whether the figure is the value itself.
    pub fn is_exact(self) -> bool {
        self == Qualifier::Exact
    }
}

/// A span of whole years, inclusive: `{"from": 2012, "to": 2015}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: i32,
    pub to: i32,
}

impl Period {
    /// Number of calendar years covered.
    pub fn years(&self) -> i32 {
        self.to - self.from + 1
    }

    /// Whether `self` lies within `outer`.
    pub fn within(&self, outer: &Period) -> bool {
        self.from >= outer.from && self.to <= outer.to
    }

    /// Whether the two periods share a year.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to { write!(f, "{}", self.from) } else { write!(f, "{}–{}", self.from, self.to) }
    }
}

/// One program of a measure, with the fields every program shares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Program {
    /// Stable identifier, unique within the report (e.g. `ibermusicas`).
    pub id: String,
    /// Name as the source writes it (e.g. `IBERMÚSICAS`).
    pub name: String,
    /// Program family; selects the plugin (e.g. `music`).
    pub family: String,
    /// "Results expected through the implementation of the measure" for this program.
    #[serde(default)]
    pub results_expected: Option<Text>,
    /// "Financial resources allocated to implement the measure" for this program.
    #[serde(default)]
    pub financial_resources: FinancialResources,
    /// "Main conclusions of the evaluation of the measure" for this program.
    #[serde(default)]
    pub conclusions: Option<Text>,
    /// Footnotes the source attaches to this program, referenced by id.
    #[serde(default)]
    pub footnotes: Vec<Footnote>,
    /// Family-specific data; only the family's plugin interprets it.
    #[serde(default)]
    pub data: serde_json::Map<String, serde_json::Value>,
    /// Figures the data states for the program itself, shown and counted like a plugin's
    /// metrics (after them), so a program whose family has no plugin still counts.
    // Left out when empty: a plugin built before the field denies unknown fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<StatedMetric>,
}

/// A figure the data states for its program: exactly one of `count` or `money`, e.g.
/// `{"id": "projects", "label": "Beneficiary projects", "count": 27, "indicator": "beneficiary-projects"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["count"]}, {"required": ["money"]}]))]
pub struct StatedMetric {
    /// Identifier unique within the program, e.g. `projects`; a plugin's metric may not use it too.
    pub id: String,
    /// What the figure counts or measures, e.g. `Beneficiary projects`.
    pub label: Text,
    /// A number of things, a whole number of zero or more. Exactly one of `count` or `money`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// An amount of money. Exactly one of `count` or `money`; money never feeds an indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<StatedAmount>,
    /// How the source qualifies the figure; `exact` when absent.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Years the figure covers, within the report period; the report period when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Id of one of the measure's `indicators` the count adds to, e.g. `beneficiary-projects`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
}

/// The amount of a stated money figure: `{"amount": "12000.50", "currency": "EUR"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedAmount {
    /// A decimal string such as `"12000.50"`: never a float, never with separators.
    #[serde(with = "rust_decimal::serde::str")]
    #[schemars(with = "String", extend("pattern" = "^[0-9]+(\\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// ISO 4217 code, e.g. `USD`, `EUR`.
    pub currency: String,
}

/// Money flows of one program: what the country paid and what it received.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// A decimal string such as `"560229.00"`: never a float, never with separators.
    #[serde(with = "rust_decimal::serde::str")]
    #[schemars(with = "String", extend("pattern" = "^[0-9]+(\\.[0-9]+)?$"))]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    pub id: String,
    pub text: Text,
}
