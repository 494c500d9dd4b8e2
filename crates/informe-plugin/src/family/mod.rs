//! What the programs of every family report, across parties: the common part of family `data`,
//! its checks and its narrative, so a family plugin writes only what is its family's own.
//!
//! Real reports of the same programme differ from party to party: one gives a number of projects,
//! another the projects per call and the money of each, another the artists benefited, the
//! countries taking part or the networks it worked with. Every field of [`Common`] is optional,
//! and the narrative ([`Narrator`]) says only what the data gives.
//!
//! A family plugin's data type flattens [`Common`] and adds its own fields, deriving its schema:
//!
//! ```
//! use informe_plugin::family::{Common, Count, FamilyData};
//! use informe_plugin::schemars::JsonSchema;
//! use informe_plugin::{Context, Problem};
//! use serde::Deserialize;
//!
//! /// Programme data of the `music` family.
//! #[derive(Debug, Deserialize, JsonSchema)]
//! // The derive goes through the SDK's re-export, so a plugin depends on the SDK and serde only;
//! // `deny_unknown_fields` is schemars', not serde's: the SDK refuses unknown fields, serde cannot
//! // through `flatten`.
//! #[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
//! struct MusicData {
//!     #[serde(flatten)]
//!     common: Common,
//!     /// Artists of other member states who developed their projects in the reporting country.
//!     #[serde(default)]
//!     artists_hosted: Option<Count>,
//! }
//!
//! impl FamilyData for MusicData {
//!     fn common(&self) -> &Common {
//!         &self.common
//!     }
//!
//!     fn check(&self, _context: &Context) -> Vec<Problem> {
//!         match &self.artists_hosted {
//!             Some(hosted) if hosted.value == 0 => {
//!                 vec![Problem::warning("data.artists_hosted", "no artist hosted: leave the field out")]
//!             }
//!             _ => Vec::new(),
//!         }
//!     }
//! }
//! # let schema = informe_plugin::family::schema::<MusicData>();
//! # assert!(schema["properties"]["projects"].is_object() && schema["properties"]["artists_hosted"].is_object());
//! ```
//!
//! Implementing [`FamilyData`] for it lets [`Request::family_data`](crate::Request::family_data)
//! read it through its schema (texts in the report's language, unknown fields refused) and run
//! both checks that find what serde cannot: [`check`] on the common part, and the family's own.

mod check;
mod figures;
mod narrate;
mod resolve;

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use check::{check, check_money, check_period};
pub use figures::{Count, Money};
pub use narrate::Narrator;
pub(crate) use resolve::resolve;

use crate::exchange::{Context, Problem};
use crate::model::{Period, Text};

/// A family plugin's data type: [`Common`] flattened in, and the fields of the family's own.
///
/// [`Request::family_data`](crate::Request::family_data) reads `data` as this type and checks
/// it, so that a plugin's `process` opens the same way in every family.
pub trait FamilyData: DeserializeOwned + JsonSchema + 'static {
    /// The part every family shares.
    fn common(&self) -> &Common;

    /// What serde cannot find in the family's own fields (a part larger than its whole, a name
    /// given twice); the common part is checked apart. Nothing, unless the family says so.
    fn check(&self, _context: &Context) -> Vec<Problem> {
        Vec::new()
    }
}

/// The part of family `data` every family shares; each field optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Common {
    /// Projects of the reporting party the programme benefited in the report period: the figure
    /// counted toward the beneficiary-projects indicator. Without it, the projects of the
    /// sub-periods count, else those of the calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<Count>,
    /// The report period split where the support changed: each sub-period's years, areas and
    /// what was supported.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sub_periods: Vec<SubPeriod>,
    /// Calls, editions or actions of the programme, each with its projects and money.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub calls: Vec<Call>,
    /// People benefited: artists, professionals, young musicians…, each kind with its number.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub beneficiaries: Vec<Beneficiaries>,
    /// Countries taking part, by ISO 3166-1 alpha-2 code (`AR`, `BR`…): the report writes their
    /// names in its language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// Networks and organizations the programme worked with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Meetings held: how many, of what kinds, on what topics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meetings: Option<Meetings>,
    /// Formal alliances made: how many, and with whom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alliances: Option<Alliances>,
    /// Other results the source states, one sentence each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Text>,
}

/// Part of the report period, where the support granted changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubPeriod {
    /// The years of the sub-period, within the report period; no two sub-periods share a year.
    pub period: Period,
    /// Areas support was granted in, e.g. "co-production".
    #[serde(default)]
    pub areas: Vec<Text>,
    /// What was supported, each kind with its number.
    #[serde(default)]
    pub supported: Vec<Supported>,
    /// Money received or granted in the sub-period.
    #[serde(default)]
    pub amount: Option<Money>,
}

/// A kind of thing supported and how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supported {
    /// What was supported, in the plural as the source words it: "projects", "co-productions".
    pub kind: Text,
    pub count: Count,
}

/// A call, edition or action of the programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// Its name, e.g. "Call for musical creation 2014"; the years name it when absent.
    #[serde(default)]
    pub name: Option<Text>,
    /// The years it covers.
    #[serde(default)]
    pub period: Option<Period>,
    /// Projects of the reporting party it benefited.
    #[serde(default)]
    pub projects: Option<Count>,
    /// Money it brought the reporting party, or that the party gave to it.
    #[serde(default)]
    pub amount: Option<Money>,
}

/// People of one kind benefited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Beneficiaries {
    /// Who, in the plural: "artists", "museum professionals".
    pub who: Text,
    pub count: Count,
    /// The years, when not the report period.
    #[serde(default)]
    pub period: Option<Period>,
}

/// A network or organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub name: Text,
    /// Its acronym, e.g. `ICOM`.
    #[serde(default)]
    pub acronym: Option<String>,
}

impl Partner {
    /// "International Council of Museums (ICOM)", or the bare name.
    pub fn display(&self) -> String {
        match &self.acronym {
            Some(acronym) if !self.name.as_str().contains(acronym.as_str()) => format!("{} ({acronym})", self.name),
            _ => self.name.to_string(),
        }
    }
}

/// Meetings held: workshops, seminars, forums…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    pub count: Count,
    /// Their kinds, e.g. "workshops".
    #[serde(default)]
    pub formats: Vec<Text>,
    /// What they discussed.
    #[serde(default)]
    pub topics: Vec<Text>,
}

/// Formal alliances made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alliances {
    pub count: Count,
    /// With whom, e.g. "national ministries".
    #[serde(default)]
    pub partners: Vec<Text>,
}

/// The JSON Schema (2020-12) of a family's `data` type, derived from it: what a plugin's
/// `schema` entry answers. Its doc comment gives the schema's title and description.
pub fn schema<T: JsonSchema + 'static>() -> Value {
    (*schema_of::<T>()).clone()
}

/// The schema of `T`, built once per type in a process.
pub(crate) fn schema_of<T: JsonSchema + 'static>() -> Arc<Value> {
    static SCHEMAS: Mutex<Option<HashMap<TypeId, Arc<Value>>>> = Mutex::new(None);
    let mut schemas = SCHEMAS.lock().unwrap_or_else(PoisonError::into_inner);
    let schemas = schemas.get_or_insert_with(HashMap::new);
    Arc::clone(schemas.entry(TypeId::of::<T>()).or_insert_with(|| Arc::new(schemars::schema_for!(T).to_value())))
}

/// The error in the common part of `data`, at its path (`data.sub_periods[0].period`): serde
/// reports an error inside a flattened struct at the root of `data`, and every family type
/// flattens [`Common`], so the common part is read again alone to locate it.
pub(crate) fn locate_in_common(data: &Value) -> Option<Problem> {
    let err = serde_path_to_error::deserialize::<_, Common>(data).err()?;
    let inner = err.path().to_string();
    (inner != ".").then(|| Problem::error(format!("data.{inner}"), err.into_inner().to_string()))
}

/// The known name nearest to `name`, when near enough to be a slip: `acronim` → `acronym`.
pub(crate) fn suggest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let best = known.iter().map(|k| (distance(name, k), *k)).min()?;
    (best.0 <= (name.chars().count() / 3).max(1)).then_some(best.1)
}

/// Levenshtein distance, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
