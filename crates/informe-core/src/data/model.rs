//! The report data format: a report holds measures, a measure holds programs (QPR fields in order).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use informe_plugin::model::{Contribution, FinancialResources, Footnote, Period, Program, Qualifier, Text};

/// One periodic report of a country on the 2005 Convention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Reporting country, e.g. `Mexico`.
    pub country: String,
    /// The reporting period; every other period in the file lies within it.
    pub period: Period,
    /// Title of the report; the template supplies the official one when absent.
    #[serde(default)]
    pub title: Option<Text>,
    /// Institution issuing the report; the national report when absent.
    #[serde(default)]
    pub institution: Option<String>,
    /// BCP 47 language of the data's texts, e.g. `en`: the report's language unless another is
    /// asked for, and the one a text missing a translation falls back to.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country, e.g. `MX`: with the language, the locale whose
    /// conventions figures follow (`es-MX`).
    #[serde(default)]
    pub country_code: Option<String>,
    /// The locale figures and dates follow, set by [`crate::data::localize::resolve`] (never read
    /// from the file): the language with the country's region, unless the user chose another.
    #[serde(skip)]
    #[schemars(skip)]
    pub locale: String,
    /// The measures reported, in order.
    pub measures: Vec<Measure>,
}

impl Report {
    /// The locale figures follow: the resolved one, or the language before resolution.
    pub fn locale(&self) -> &str {
        if self.locale.is_empty() { &self.language } else { &self.locale }
    }
}

/// A measure of the report, with the fields of the QPR form in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Name of the measure.
    pub name: Text,
    #[serde(default)]
    pub implementing_agencies: Vec<Text>,
    /// Framework or context of the measure.
    #[serde(default)]
    pub framework: Option<Text>,
    #[serde(default)]
    pub key_objectives: Option<Text>,
    /// Scope; empty when the source leaves it blank.
    #[serde(default)]
    pub scope: Vec<Scope>,
    /// Nature; empty when the source leaves it blank.
    #[serde(default)]
    pub nature: Vec<Nature>,
    #[serde(default)]
    pub main_feature: Option<Text>,
    /// Indicators used to determine impact; plugin metrics feed them by `id`.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The programs implementing the measure.
    #[serde(default)]
    pub programs: Vec<Program>,
}

/// Scope of a measure, as the QPR form lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Local,
    Regional,
    National,
    International,
}

/// Nature of a measure, as the QPR form lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Nature {
    Legislative,
    Regulatory,
    Financial,
    Institutional,
}

/// An indicator of impact; metrics tagged with its `id` count toward it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
}
