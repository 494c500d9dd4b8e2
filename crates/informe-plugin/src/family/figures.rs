//! Figures as the sources give them: a count or an amount of money, exact or qualified.

use std::fmt;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::content::Figure;
use crate::metric::Quantity;
use crate::model::{Period, Qualifier};

/// A number of things as the source gives it: `15`, or `{"count": 40, "qualifier": "more-than"}`
/// for "more than 40", or `{"count": 131, "period": {"from": 1998, "to": 2019}}` for a total the
/// source counts over other years than the report's ("in total, as of 2019").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    pub value: u64,
    pub qualifier: Qualifier,
    /// The years the source counts over, when not the report period's; see [`check`](super::check)
    /// for where a count may carry them.
    pub period: Option<Period>,
}

impl Count {
    /// An exact count.
    pub fn exact(value: u64) -> Self {
        Self { value, qualifier: Qualifier::Exact, period: None }
    }

    /// The count as a typed figure, for a metric or a key figure.
    pub fn figure(&self) -> Figure {
        Figure::new(Quantity::Count { value: self.value }, self.qualifier)
    }

    /// The sum of counts, its qualifier combined; `None` when it would not fit in 64 bits.
    pub fn sum<'a>(counts: impl IntoIterator<Item = &'a Count>) -> Option<Count> {
        counts.into_iter().try_fold(Count::exact(0), |total, c| {
            Some(Count {
                value: total.value.checked_add(c.value)?,
                qualifier: total.qualifier.combine(c.qualifier),
                period: None,
            })
        })
    }
}

/// The object form of a [`Count`].
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct QualifiedCount {
    count: u64,
    #[serde(default, skip_serializing_if = "is_exact")]
    qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
}

/// For `skip_serializing_if`, which passes a reference.
fn is_exact(qualifier: &Qualifier) -> bool {
    qualifier.is_exact()
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.qualifier.is_exact() && self.period.is_none() {
            serializer.serialize_u64(self.value)
        } else {
            QualifiedCount { count: self.value, qualifier: self.qualifier, period: self.period }.serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CountVisitor)
    }
}

struct CountVisitor;

impl<'de> Visitor<'de> for CountVisitor {
    type Value = Count;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number of 0 or more, or {\"count\": N, \"qualifier\": \"more-than\"}")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Count, E> {
        Ok(Count::exact(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Count, E> {
        u64::try_from(value).map(Count::exact).map_err(|_| E::custom(format!("a count cannot be negative: {value}")))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Count, E> {
        Err(E::custom(format!("a count is a whole number, not {value}")))
    }

    fn visit_map<A: MapAccess<'de>>(self, access: A) -> Result<Count, A::Error> {
        let q = QualifiedCount::deserialize(de::value::MapAccessDeserializer::new(access))?;
        Ok(Count { value: q.count, qualifier: q.qualifier, period: q.period })
    }
}

impl JsonSchema for Count {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Count".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let qualifier = generator.subschema_for::<Qualifier>();
        let period = generator.subschema_for::<Period>();
        schemars::json_schema!({
            "description": "A number of things: a whole number, or {\"count\": 40, \"qualifier\": \"more-than\"} when the source qualifies it (exact, approximately, more-than, at-least), with a \"period\" when the source counts over other years than the report's (a total \"as of\" its last year; only for `projects`).",
            "oneOf": [
                { "type": "integer", "minimum": 0 },
                {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["count"],
                    "properties": {
                        "count": { "type": "integer", "minimum": 0, "description": "The figure the source gives." },
                        "qualifier": qualifier,
                        "period": period
                    }
                }
            ]
        })
    }
}

/// An amount of money of family data: `{"amount": "60000", "currency": "USD"}`, with an optional
/// `qualifier` ("approximately").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// A decimal string such as `"560229.00"`: never a float, never with separators.
    #[serde(serialize_with = "rust_decimal::serde::str::serialize", deserialize_with = "amount_as_written")]
    #[schemars(with = "String", extend("pattern" = "^[0-9]+(\\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// ISO 4217 code, e.g. `USD`, `EUR`.
    pub currency: String,
    /// How the source qualifies the amount; exact when absent.
    #[serde(default)]
    pub qualifier: Qualifier,
}

/// An amount exactly as the schema's pattern writes it: digits, then a point and digits. Rust's
/// decimal parser would also take `"60_000"`, `"6e4"` or `"-5"`, which no source writes.
fn amount_as_written<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let text = String::deserialize(deserializer)?;
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) {
        return Err(de::Error::custom(format!(
            "`{text}` is not an amount such as \"60000\" or \"560229.00\": digits, a point, digits"
        )));
    }
    text.parse().map_err(|_| de::Error::custom(format!("`{text}` is too large or too precise an amount")))
}

impl Money {
    /// The amount as a typed figure.
    pub fn figure(&self) -> Figure {
        Figure::new(Quantity::Money { amount: self.amount, currency: self.currency.clone() }, self.qualifier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_a_number_or_a_qualified_object_and_nothing_else() {
        let plain: Count = serde_json::from_str("15").expect("plain");
        assert_eq!(plain, Count::exact(15));
        let qualified: Count = serde_json::from_str(r#"{"count": 40, "qualifier": "more-than"}"#).expect("object");
        assert_eq!(qualified, Count { value: 40, qualifier: Qualifier::MoreThan, period: None });
        let cumulative: Count =
            serde_json::from_str(r#"{"count": 131, "period": {"from": 1998, "to": 2019}}"#).expect("over years");
        assert_eq!(cumulative.period, Some(Period { from: 1998, to: 2019 }));
        assert_eq!(
            serde_json::to_string(&cumulative).expect("json"),
            r#"{"count":131,"period":{"from":1998,"to":2019}}"#
        );
        for (bad, message) in [
            ("-3", "cannot be negative"),
            ("2.5", "whole number"),
            (r#""7""#, "a whole number of 0 or more"),
            (r#"{"count": 4, "qualifer": "exact"}"#, "unknown field `qualifer`"),
            (r#"{"qualifier": "exact"}"#, "missing field `count`"),
        ] {
            let err = serde_json::from_str::<Count>(bad).expect_err(bad).to_string();
            assert!(err.contains(message), "{bad}: {err}");
        }
        assert_eq!(serde_json::to_string(&qualified).expect("json"), r#"{"count":40,"qualifier":"more-than"}"#);
        assert_eq!(serde_json::to_string(&plain).expect("json"), "15");
    }

    #[test]
    fn sums_combine_qualifiers_and_refuse_overflow() {
        let sum = Count::sum(&[Count::exact(8), Count { value: 40, qualifier: Qualifier::MoreThan, period: None }]);
        assert_eq!(sum, Some(Count { value: 48, qualifier: Qualifier::MoreThan, period: None }));
        assert_eq!(Count::sum(&[Count::exact(u64::MAX), Count::exact(1)]), None);
    }

    #[test]
    fn an_amount_is_read_only_as_the_sources_write_it() {
        let money: Money = serde_json::from_str(r#"{"amount": "560229.00", "currency": "USD"}"#).expect("amount");
        assert_eq!(money.amount.to_string(), "560229.00");
        for bad in ["60_000", "6e4", "-5", "1,000", ".5", "5.", ""] {
            let json = format!(r#"{{"amount": "{bad}", "currency": "USD"}}"#);
            let err = serde_json::from_str::<Money>(&json).expect_err(bad).to_string();
            assert!(err.contains("is not an amount"), "{bad}: {err}");
        }
    }
}
