//! The report data format: a report holds measures, a measure holds programs (QPR fields in order).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use informe_plugin::model::{Contribution, FinancialResources, Footnote, Period, Program, Qualifier, Text};

/// One periodic report of a country on the 2005 Convention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Reporting party as the data names it. With a `country_code` CLDR knows, the report writes
    /// the party's name in the report's language instead, from CLDR.
    pub country: String,
    /// The reporting period; every other period in the file lies within it.
    pub period: Period,
    /// Title of the report; the template supplies the official one when absent.
    #[serde(default)]
    pub title: Option<Text>,
    /// A shipped institution (`informe institutions`) or a folder holding an `institution.toml` to
    /// issue the report as, with its logo, colours and template layer; `--institution` overrides
    /// it. When absent, the report is issued by `issuer`, or without one has a neutral title page
    /// for its country.
    #[serde(default)]
    pub institution: Option<String>,
    /// Who issues the report, when no institution is chosen: shown on the title page (name,
    /// address, contact, signatory, in neutral colours, without logo) and as the PDF's author.
    #[serde(default)]
    pub issuer: Option<Issuer>,
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
    /// The language the data is written in, kept by [`crate::data::localize::resolve`] when it
    /// makes another the report's: the one a text of a family's data falls back to.
    #[serde(skip)]
    #[schemars(skip)]
    pub source_language: String,
    /// The measures reported, in order.
    pub measures: Vec<Measure>,
}

impl Report {
    /// The locale figures follow: the resolved one, or the language before resolution.
    pub fn locale(&self) -> &str {
        if self.locale.is_empty() { &self.language } else { &self.locale }
    }
}

/// The body issuing a report, as the data names it: a ministry, an agency, a national commission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// Full name, e.g. `Ministry of Culture`; shown on the title page and as the PDF's author.
    pub name: Text,
    /// Acronym or short name, e.g. `MoC`, for the title page's footer; the name when absent.
    #[serde(default)]
    pub short_name: Option<Text>,
    /// Postal address, e.g. `12 Main Street, Capital City`.
    #[serde(default)]
    pub address: Option<Text>,
    /// How to reach the issuer: email, phone, website, as one text.
    #[serde(default)]
    pub contact: Option<Text>,
    /// Who signs the report for the issuer.
    #[serde(default)]
    pub signatory: Option<Signatory>,
}

/// The person or office signing a report for its issuer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Name of the person or office, e.g. `Directorate of International Affairs`.
    pub name: Text,
    /// Their role or title, e.g. `Director General`.
    #[serde(default)]
    pub role: Option<Text>,
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
