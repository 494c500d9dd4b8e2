//! Typed metrics a plugin reports, and the indicator tags that aggregate them.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::content::Figure;
use crate::model::{Period, Qualifier};

/// Tag of the measure indicator "The total number of beneficiary projects".
pub const BENEFICIARY_PROJECTS: &str = "beneficiary-projects";

/// The value of a metric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Quantity {
    /// An amount of money; `amount` is a decimal string, `currency` an ISO 4217 code.
    Money {
        #[serde(with = "rust_decimal::serde::str")]
        amount: Decimal,
        currency: String,
    },
    /// A number of things (projects, meetings, alliances…).
    Count { value: u64 },
    /// A dimensionless ratio, e.g. received ÷ paid; a decimal string.
    Ratio {
        #[serde(with = "rust_decimal::serde::str")]
        value: Decimal,
    },
    /// A state that is not a number ("begun").
    Text { text: String },
}

/// One typed figure a plugin derives from its program.
// No `deny_unknown_fields`: serde cannot combine it with `flatten`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    /// Identifier unique within the program, e.g. `projects` or `2012-2013-supported-1`.
    pub id: String,
    /// Human label in the report's language.
    pub label: String,
    #[serde(flatten)]
    pub figure: Figure,
    /// Years the figure covers; the report period when absent.
    #[serde(default)]
    pub period: Option<Period>,
    /// The report indicator this metric counts toward, e.g. [`BENEFICIARY_PROJECTS`].
    #[serde(default)]
    pub indicator: Option<String>,
}

impl Metric {
    fn new(id: &str, label: &str, quantity: Quantity) -> Self {
        Self {
            id: id.to_owned(),
            label: label.to_owned(),
            figure: Figure::new(quantity, Qualifier::Exact),
            period: None,
            indicator: None,
        }
    }

    pub fn count(id: &str, label: &str, value: u64) -> Self {
        Self::new(id, label, Quantity::Count { value })
    }

    pub fn money(id: &str, label: &str, amount: Decimal, currency: &str) -> Self {
        Self::new(id, label, Quantity::Money { amount, currency: currency.to_owned() })
    }

    pub fn ratio(id: &str, label: &str, value: Decimal) -> Self {
        Self::new(id, label, Quantity::Ratio { value })
    }

    pub fn text(id: &str, label: &str, text: &str) -> Self {
        Self::new(id, label, Quantity::Text { text: text.to_owned() })
    }

    /// Sets how the source qualifies the figure.
    pub fn qualified(mut self, qualifier: Qualifier) -> Self {
        self.figure.qualifier = qualifier;
        self
    }

    /// Sets the years the figure covers.
    pub fn during(mut self, period: Period) -> Self {
        self.period = Some(period);
        self
    }

    /// Marks the metric as counting toward a report indicator.
    pub fn feeds(mut self, indicator: &str) -> Self {
        self.indicator = Some(indicator.to_owned());
        self
    }
}
