//! The ratio of support received to fees paid, computed only when the amounts are comparable.

use informe_plugin::FinancialResources;
use informe_plugin::prelude::*;

/// One side of the ratio (paid or received), summed in its single currency.
#[derive(Debug)]
pub(crate) struct Total {
    pub(crate) amount: Decimal,
    pub(crate) currency: String,
    pub(crate) qualifier: Qualifier,
    /// Distinct `mode`s of the contributions, in source order.
    pub(crate) modes: Vec<String>,
}

#[derive(Debug)]
pub(crate) enum Outcome {
    Ratio {
        received: Total,
        paid: Total,
        value: Decimal,
        qualifier: Qualifier,
        /// The years every contribution covers, when they all cover the same ones.
        period: Option<Period>,
    },
    /// Nothing to relate: the country paid or received nothing.
    NotApplicable,
    /// The amounts exist but a ratio of them would be wrong; the problem says why.
    Refused(Problem),
}

const PATH: &str = "financial_resources";

/// Received ÷ paid, when every amount is in one currency and both totals are positive.
pub(crate) fn support_per_unit_paid(resources: &FinancialResources, report: Period) -> Outcome {
    let (paid, received) = (&resources.paid, &resources.received);
    if paid.is_empty() || received.is_empty() {
        return Outcome::NotApplicable;
    }

    let mut currencies: Vec<&str> = Vec::new();
    for c in paid.iter().chain(received) {
        if !currencies.contains(&c.currency.as_str()) {
            currencies.push(&c.currency);
        }
    }
    if currencies.len() > 1 {
        // Converting would need an exchange rate the source does not give: no figure beats an invented one.
        return Outcome::Refused(
            Problem::warning(
                PATH,
                format!(
                    "support received per unit paid is not computed: the amounts are in {}",
                    currencies.join(" and ")
                ),
            )
            .with_hint("the ratio needs every paid and received amount in one currency"),
        );
    }

    // A lower bound on what was paid bounds the ratio from above, which no qualifier can say.
    if paid.iter().any(|c| matches!(c.qualifier, Qualifier::MoreThan | Qualifier::AtLeast)) {
        return Outcome::Refused(
            Problem::warning(
                PATH,
                "support received per unit paid is not computed: a paid amount is only a lower bound",
            )
            .with_hint("give the paid amounts exactly or approximately to obtain the ratio"),
        );
    }

    let (Some(paid), Some(received)) = (total(paid), total(received)) else {
        return Outcome::Refused(Problem::warning(
            PATH,
            "support received per unit paid is not computed: the amounts are too large to add up",
        ));
    };
    if !is_positive(&paid.amount) || !is_positive(&received.amount) {
        return Outcome::NotApplicable;
    }
    let Some(value) = received.amount.checked_div(paid.amount) else {
        return Outcome::Refused(Problem::warning(
            PATH,
            "support received per unit paid is not computed: the ratio overflows",
        ));
    };

    let qualifier =
        resources.paid.iter().chain(&resources.received).fold(Qualifier::Exact, |q, c| q.combine(c.qualifier));
    let mut periods = resources.paid.iter().chain(&resources.received).map(|c| c.period.unwrap_or(report));
    let first = periods.next();
    let period = first.filter(|p| periods.all(|q| q == *p));
    Outcome::Ratio { received, paid, value: value.normalize(), qualifier, period }
}

fn is_positive(amount: &Decimal) -> bool {
    amount.is_sign_positive() && !amount.is_zero()
}

/// Sums contributions already known to share one currency; `None` on overflow.
fn total(contributions: &[Contribution]) -> Option<Total> {
    let first = contributions.first()?;
    let mut total = Total {
        amount: Decimal::ZERO,
        currency: first.currency.clone(),
        qualifier: Qualifier::Exact,
        modes: Vec::new(),
    };
    for c in contributions {
        total.amount = total.amount.checked_add(c.amount)?;
        total.qualifier = total.qualifier.combine(c.qualifier);
        if let Some(mode) = c.mode.as_ref().map(ToString::to_string)
            && !total.modes.contains(&mode)
        {
            total.modes.push(mode);
        }
    }
    Some(total)
}
