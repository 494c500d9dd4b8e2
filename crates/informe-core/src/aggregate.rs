//! Totals of a measure: money per currency and the indicators fed by plugin metrics.
//!
//! Invariants: amounts in different currencies are never added together, and a total carries
//! the combined qualifier of its parts (see [`Qualifier::combine`]).

use std::collections::BTreeMap;

use informe_plugin::Quantity;
use rust_decimal::Decimal;

use crate::data::model::{AllocatedResources, Contribution, Measure, Period, Qualifier};
use crate::diagnostic::Diagnostic;
use crate::process::ProgramOutput;

/// The sum of the amounts of one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    pub currency: String,
    pub amount: Decimal,
    pub qualifier: Qualifier,
    /// How many amounts were added.
    pub parts: usize,
}

/// Money paid and received by a measure's programs, one total per currency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub paid: Vec<Total>,
    pub received: Vec<Total>,
}

/// An amount of money as the data gives it: what [`sum_by_currency`] adds.
pub trait Amount {
    /// ISO 4217 code.
    fn currency(&self) -> &str;
    fn amount(&self) -> Decimal;
    /// How the source qualifies the amount.
    fn qualifier(&self) -> Qualifier;
}

// A program's money paid or received, and the resources a measure states as allocated to it:
// both carry the amount as the data gives it, in the same three fields.
macro_rules! amount {
    ($($money:ty),+) => {$(
        impl Amount for $money {
            fn currency(&self) -> &str {
                &self.currency
            }
            fn amount(&self) -> Decimal {
                self.amount
            }
            fn qualifier(&self) -> Qualifier {
                self.qualifier
            }
        }
    )+};
}

amount!(Contribution, AllocatedResources);

/// Sums `entries` per currency, in currency-code order, each total with the combined qualifier
/// of its parts.
pub fn sum_by_currency<'a, A: Amount + 'a>(entries: impl IntoIterator<Item = &'a A>) -> Vec<Total> {
    let mut by: BTreeMap<&str, Total> = BTreeMap::new();
    for entry in entries {
        let total = by.entry(entry.currency()).or_insert_with(|| Total {
            currency: entry.currency().to_owned(),
            amount: Decimal::ZERO,
            qualifier: Qualifier::Exact,
            parts: 0,
        });
        // Validation refuses data whose amounts of a currency could overflow (`validate::check_sums`);
        // a sum here still never panics, whatever calls it.
        total.amount = total.amount.saturating_add(entry.amount());
        total.qualifier = total.qualifier.combine(entry.qualifier());
        total.parts += 1;
    }
    by.into_values().collect()
}

/// Money totals of a measure.
pub fn totals(measure: &Measure) -> Totals {
    let programs = &measure.programs;
    Totals {
        paid: sum_by_currency(programs.iter().flat_map(|p| &p.financial_resources.paid)),
        received: sum_by_currency(programs.iter().flat_map(|p| &p.financial_resources.received)),
    }
}

/// One program's line of the financial table.
#[derive(Debug, Clone, PartialEq)]
pub struct FinanceRow<'a> {
    pub program_id: &'a str,
    pub program_name: &'a str,
    pub paid: &'a [Contribution],
    pub received: &'a [Contribution],
}

/// The financial table of a measure: the one model behind the PDF's table and the ODS sheets,
/// so the two can never disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct FinanceTable<'a> {
    pub rows: Vec<FinanceRow<'a>>,
    pub totals: Totals,
}

/// The financial table of `measure`.
pub fn finance_table(measure: &Measure) -> FinanceTable<'_> {
    FinanceTable {
        rows: measure
            .programs
            .iter()
            .map(|p| FinanceRow {
                program_id: &p.id,
                program_name: &p.name,
                paid: &p.financial_resources.paid,
                received: &p.financial_resources.received,
            })
            .collect(),
        totals: totals(measure),
    }
}

/// One metric counted toward an indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorEntry {
    pub program_id: String,
    pub program_name: String,
    pub metric_id: String,
    pub label: String,
    pub value: u64,
    pub qualifier: Qualifier,
    pub period: Option<Period>,
}

/// An indicator with its value and the metrics it is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorValue {
    pub id: String,
    pub name: String,
    pub total: u64,
    pub qualifier: Qualifier,
    pub entries: Vec<IndicatorEntry>,
}

/// Computes each indicator of `measure` from the metrics its programs' plugins tagged for it.
///
/// Returns the problems found: a warning for a metric tagged with an indicator the measure does
/// not define, and an error where an indicator's counts add up to more than a count can hold —
/// a report must never show a total that wrapped around.
pub fn indicators(measure: &Measure, outputs: &[ProgramOutput], at: &str) -> (Vec<IndicatorValue>, Vec<Diagnostic>) {
    let mut values: Vec<IndicatorValue> = measure
        .indicators
        .iter()
        .map(|i| IndicatorValue {
            id: i.id.clone(),
            name: i.name.to_string(),
            total: 0,
            qualifier: Qualifier::Exact,
            entries: Vec::new(),
        })
        .collect();
    let mut warnings = Vec::new();
    let mut overflowed: Vec<String> = Vec::new();
    for (p, (program, output)) in measure.programs.iter().zip(outputs).enumerate() {
        for metric in &output.response.metrics {
            let (Some(tag), Quantity::Count { value }) = (&metric.indicator, &metric.figure.quantity) else { continue };
            let Some(indicator) = values.iter_mut().find(|i| &i.id == tag) else {
                warnings.push(
                    Diagnostic::warning(format!(
                        "metric `{}` of program `{}` feeds the indicator `{tag}`, which the measure does not define",
                        metric.id, program.id
                    ))
                    .at_path(format!("{at}.programs[{p}]"))
                    .with_hint(format!(
                        "add {{\"id\": \"{tag}\", \"name\": …}} to the measure's indicators to count it"
                    )),
                );
                continue;
            };
            let Some(total) = indicator.total.checked_add(*value) else {
                if !overflowed.contains(&indicator.id) {
                    overflowed.push(indicator.id.clone());
                    warnings.push(
                        Diagnostic::error(format!(
                            "the counts feeding the indicator `{tag}` add up to more than {}, the largest total that can be computed; metric `{}` of program `{}` passes it",
                            u64::MAX,
                            metric.id,
                            program.id
                        ))
                        .at_path(format!("{at}.programs[{p}]"))
                        .with_hint("check the counts of this program and of the ones before it for extra digits"),
                    );
                }
                continue;
            };
            indicator.total = total;
            indicator.qualifier = indicator.qualifier.combine(metric.figure.qualifier);
            indicator.entries.push(IndicatorEntry {
                program_id: program.id.clone(),
                program_name: program.name.clone(),
                metric_id: metric.id.clone(),
                label: metric.label.clone(),
                value: *value,
                qualifier: metric.figure.qualifier,
                period: metric.period,
            });
        }
    }
    (values, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(amount: &str, currency: &str, qualifier: Qualifier) -> Contribution {
        Contribution {
            amount: amount.parse().expect("test amount"),
            currency: currency.to_owned(),
            qualifier,
            period: None,
            mode: None,
            footnote: None,
        }
    }

    #[test]
    fn sums_per_currency_and_propagates_qualifiers() {
        let entries = [
            money("480000", "USD", Qualifier::Exact),
            money("240000", "USD", Qualifier::Approximately),
            money("500000", "EUR", Qualifier::Approximately),
            money("1600000", "USD", Qualifier::Exact),
        ];
        let totals = sum_by_currency(&entries);
        assert_eq!(totals.len(), 2);
        assert_eq!(
            (totals[0].currency.as_str(), totals[0].amount.to_string(), totals[0].parts),
            ("EUR", "500000".into(), 1)
        );
        assert_eq!((totals[1].currency.as_str(), totals[1].amount.to_string()), ("USD", "2320000".into()));
        assert_eq!(totals[1].qualifier, Qualifier::Approximately);
        let exact = sum_by_currency(&entries[..1]);
        assert_eq!(exact[0].qualifier, Qualifier::Exact);
    }

    #[test]
    fn a_sum_past_the_largest_decimal_does_not_panic() {
        // Validation refuses such data; whoever sums it anyway gets no panic.
        let most = Decimal::MAX.to_string();
        let entries = [money(&most, "USD", Qualifier::Exact), money(&most, "USD", Qualifier::Exact)];
        assert_eq!(sum_by_currency(&entries)[0].amount, Decimal::MAX);
    }

    #[test]
    fn allocated_resources_are_summed_as_contributions_are() {
        let allocated = |amount: &str, currency: &str, qualifier| AllocatedResources {
            amount: amount.parse().expect("test amount"),
            currency: currency.to_owned(),
            qualifier,
            statement: None,
        };
        let resources = [
            allocated("1000000", "USD", Qualifier::Exact),
            allocated("21800.92", "USD", Qualifier::MoreThan),
            allocated("300", "CHF", Qualifier::Exact),
        ];
        let totals = sum_by_currency(&resources);
        let seen: Vec<_> = totals.iter().map(|t| (t.currency.as_str(), t.amount.to_string(), t.qualifier)).collect();
        assert_eq!(seen, [("CHF", "300".into(), Qualifier::Exact), ("USD", "1021800.92".into(), Qualifier::MoreThan)]);
    }
}
