//! The annual fee and its consistency with the amounts the program reports as paid.

use informe_plugin::family::{Money, Narrator};
use informe_plugin::prelude::*;

/// Checks of the fee itself, before it is compared with anything.
pub(crate) fn validate(fee: &Money) -> Vec<Problem> {
    let mut problems = Vec::new();
    if fee.amount.is_zero() || fee.amount.is_sign_negative() {
        problems.push(
            Problem::error(
                "data.annual_fee.amount",
                format!("the annual fee must be more than zero, not {}", fee.amount),
            )
            .with_hint("leave `annual_fee` out when the source gives none"),
        );
    }
    if !(fee.currency.len() == 3 && fee.currency.bytes().all(|b| b.is_ascii_uppercase())) {
        problems.push(
            Problem::error("data.annual_fee.currency", format!("{:?} is not a currency code", fee.currency))
                .with_hint("use an ISO 4217 code such as USD"),
        );
    }
    problems
}

/// The fee times the years agrees with what was paid.
#[derive(Debug)]
pub(crate) struct Agreement {
    pub(crate) years: u64,
    pub(crate) expected: Decimal,
    /// How the source qualifies the total paid.
    pub(crate) qualifier: Qualifier,
    /// The years the payments cover, when they all cover the same span.
    pub(crate) period: Option<Period>,
}

impl Agreement {
    /// "The annual fee times the 4 years of 2012–2015 (4 × USD 60,000 = USD 240,000) agrees with …"
    pub(crate) fn sentence(&self, narrator: &Narrator, fee: &Money) -> String {
        let fmt = narrator.formatter();
        let total = fmt.money(&self.expected, &fee.currency);
        narrator.message(
            "agreement",
            &[
                ("dated", if self.period.is_some() { "yes" } else { "no" }.into()),
                ("period", self.period.map(|p| p.to_string()).unwrap_or_default().into()),
                ("years", self.years.into()),
                ("fee", fmt.money(&fee.amount, &fee.currency).into()),
                ("paid", fmt.qualified(self.qualifier, &total).into()),
                ("total", total.into()),
            ],
        )
    }
}

#[derive(Debug)]
pub(crate) enum FeeCheck {
    Agrees(Agreement),
    /// The fee is not exact and differs from the total: nothing to say either way.
    Inconclusive,
    Problem(Problem),
}

/// Compares the fee times the years covered with the total paid in the fee's currency.
///
/// A contribution without a period covers the report period, as the SDK documents. The problems
/// are diagnostics of the data, which informe writes in English: their figures are English too.
pub(crate) fn check(fee: &Money, paid: &[Contribution], report: Period) -> FeeCheck {
    let fmt = Formatter::new("en");
    let paid: Vec<&Contribution> = paid.iter().filter(|c| c.currency == fee.currency).collect();
    if paid.is_empty() {
        return FeeCheck::Problem(
            Problem::warning(
                "financial_resources.paid",
                format!("no amount is paid in {}, the currency of the annual fee", fee.currency),
            )
            .with_hint("the annual fee cannot be checked against the amounts paid"),
        );
    }
    let periods: Vec<Period> = paid.iter().map(|c| c.period.unwrap_or(report)).collect();
    let period = periods.iter().all(|p| *p == periods[0]).then_some(periods[0]);
    let years = years_covered(periods);
    let qualifier = paid.iter().fold(Qualifier::Exact, |q, c| q.combine(c.qualifier));
    let sums = paid.iter().try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.amount));
    let expected = fee.amount.checked_mul(Decimal::from(years));
    let (Some(total), Some(expected)) = (sums, expected) else {
        return FeeCheck::Problem(Problem::warning(
            "data.annual_fee",
            "annual fee cannot be checked: the amounts overflow",
        ));
    };
    if total == expected {
        return FeeCheck::Agrees(Agreement { years, expected, qualifier, period });
    }
    if !fee.qualifier.is_exact() {
        // A fee the source gives as approximate (or as a bound) cannot contradict a total.
        return FeeCheck::Inconclusive;
    }
    let span = period.map_or_else(|| "the years paid".to_owned(), |p| p.to_string());
    FeeCheck::Problem(
        Problem::warning(
            "data.annual_fee",
            format!(
                "annual fee × {} years ({}) differs from the {} paid",
                fmt.count(years),
                fmt.money(&expected, &fee.currency),
                fmt.qualified(qualifier, &fmt.money(&total, &fee.currency)),
            ),
        )
        .with_hint(format!(
            "check data.annual_fee against financial_resources.paid, which covers {span} in {}",
            fee.currency
        )),
    )
}

/// Distinct calendar years in the union of the periods; a reversed period covers none.
fn years_covered(mut periods: Vec<Period>) -> u64 {
    periods.retain(|p| p.from <= p.to);
    periods.sort_by_key(|p| p.from);
    let mut years = 0;
    let mut current: Option<(i64, i64)> = None;
    for p in periods {
        let (from, to) = (i64::from(p.from), i64::from(p.to));
        current = match current {
            Some((start, end)) if from <= end => Some((start, end.max(to))),
            Some((start, end)) => {
                years += end - start + 1;
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    if let Some((start, end)) = current {
        years += end - start + 1;
    }
    years.unsigned_abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_periods_count_each_year_once() {
        let p = |from, to| Period { from, to };
        assert_eq!(years_covered(vec![p(2012, 2015)]), 4);
        assert_eq!(years_covered(vec![p(2014, 2015), p(2012, 2013), p(2013, 2014)]), 4);
        assert_eq!(years_covered(vec![p(2012, 2012), p(2015, 2015), p(2016, 2015)]), 2);
        assert_eq!(years_covered(Vec::new()), 0);
    }
}
