//! The executive summary and the contributions chart of a measure, built from the same totals as
//! the financial table.

use informe_plugin::format::Formatter;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::aggregate::{FinanceTable, IndicatorValue, Total};
use crate::data::model::{Measure, Report};
use crate::diagnostic::Diagnostic;
use crate::process::ProgramOutput;

/// The QPR form limits the executive summary to this many characters.
pub const SUMMARY_LIMIT: usize = 3500;

/// One bar group of the chart: a program's paid and received amounts in one currency.
#[derive(Debug, Serialize)]
pub struct ChartRow {
    pub program: String,
    /// Share of the chart's largest amount, 0 to 1; for drawing only.
    pub paid: f64,
    pub received: f64,
    pub paid_display: Option<String>,
    pub received_display: Option<String>,
}

/// A chart of one currency: amounts of different currencies never share an axis.
#[derive(Debug, Serialize)]
pub struct ChartDoc {
    pub currency: String,
    pub max_display: String,
    pub rows: Vec<ChartRow>,
    /// The chart's content in words, for readers who cannot see it.
    pub alt: String,
}

fn totals_sentence(fmt: &Formatter, totals: &[Total]) -> String {
    let parts: Vec<String> =
        totals.iter().map(|t| fmt.qualified(t.qualifier, &fmt.money(&t.amount, &t.currency))).collect();
    if parts.is_empty() { "none reported".to_owned() } else { fmt.list(&parts) }
}

/// The summary's paragraphs, within [`SUMMARY_LIMIT`] characters; a warning when sentences had
/// to be left out.
pub fn executive_summary(
    fmt: &Formatter,
    report: &Report,
    measure: &Measure,
    table: &FinanceTable<'_>,
    indicators: &[IndicatorValue],
    outputs: &[ProgramOutput],
) -> (Vec<String>, Option<Diagnostic>) {
    let names: Vec<&str> = measure.programs.iter().map(|p| p.name.as_str()).collect();
    let mut paragraphs = vec![format!(
        "In {}, the measure “{}” of {} comprised {} programs: {}.",
        report.period,
        measure.name,
        report.country,
        names.len(),
        fmt.list(&names)
    )];
    paragraphs.push(format!(
        "Contributions paid: {}. Support received: {}.",
        totals_sentence(fmt, &table.totals.paid),
        totals_sentence(fmt, &table.totals.received)
    ));
    for indicator in indicators {
        paragraphs.push(format!(
            "{}: {}.",
            indicator.name,
            fmt.qualified(indicator.qualifier, &fmt.count(indicator.total))
        ));
    }
    let mut left_out = Vec::new();
    for (program, output) in measure.programs.iter().zip(outputs) {
        let Some(sentence) = &output.response.summary else { continue };
        let paragraph = format!("{}: {}", program.name, sentence.trim());
        let used: usize = paragraphs.iter().map(|p| p.chars().count() + 1).sum();
        if used + paragraph.chars().count() > SUMMARY_LIMIT {
            left_out.push(program.id.clone());
        } else {
            paragraphs.push(paragraph);
        }
    }
    let warning = (!left_out.is_empty()).then(|| {
        Diagnostic::warning(format!(
            "the executive summary would exceed {SUMMARY_LIMIT} characters: the summaries of {} are left out",
            left_out.join(", ")
        ))
    });
    (paragraphs, warning)
}

/// One chart per currency of the measure's contributions, bars scaled to the largest amount.
pub fn charts(fmt: &Formatter, table: &FinanceTable<'_>) -> Vec<ChartDoc> {
    let mut currencies: Vec<&str> =
        table.rows.iter().flat_map(|r| r.paid.iter().chain(r.received)).map(|c| c.currency.as_str()).collect();
    currencies.sort_unstable();
    currencies.dedup();
    currencies
        .into_iter()
        .map(|currency| {
            let sum = |entries: &[crate::data::model::Contribution]| {
                let matching: Vec<_> = entries.iter().filter(|c| c.currency == currency).collect();
                let total: Decimal = matching.iter().map(|c| c.amount).sum();
                let qualifier =
                    matching.iter().fold(crate::data::model::Qualifier::Exact, |q, c| q.combine(c.qualifier));
                (!matching.is_empty()).then_some((total, qualifier))
            };
            let amounts: Vec<_> = table.rows.iter().map(|r| (r.program_name, sum(r.paid), sum(r.received))).collect();
            let max = amounts
                .iter()
                .flat_map(|(_, p, r)| [p.map(|x| x.0), r.map(|x| x.0)])
                .flatten()
                .max()
                .unwrap_or(Decimal::ZERO);
            let share = |amount: Option<(Decimal, _)>| match amount {
                Some((value, _)) if max > Decimal::ZERO => (value / max).to_f64().unwrap_or(0.0),
                _ => 0.0,
            };
            let display = |amount: Option<(Decimal, crate::data::model::Qualifier)>| {
                amount.map(|(value, q)| fmt.qualified(q, &fmt.money(&value, currency)))
            };
            let rows: Vec<ChartRow> = amounts
                .iter()
                .filter(|(_, p, r)| p.is_some() || r.is_some())
                .map(|(program, paid, received)| ChartRow {
                    program: (*program).to_owned(),
                    paid: share(*paid),
                    received: share(*received),
                    paid_display: display(*paid),
                    received_display: display(*received),
                })
                .collect();
            let described: Vec<String> = rows
                .iter()
                .map(|r| {
                    format!(
                        "{}: paid {}, received {}",
                        r.program,
                        r.paid_display.as_deref().unwrap_or("nothing"),
                        r.received_display.as_deref().unwrap_or("nothing")
                    )
                })
                .collect();
            ChartDoc {
                currency: currency.to_owned(),
                max_display: fmt.money(&max, currency),
                alt: format!(
                    "Bar chart of contributions paid and support received in {currency}. {}.",
                    described.join("; ")
                ),
                rows,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use informe_plugin::{Program, Response};

    use super::*;
    use crate::aggregate;
    use crate::data::model::Period;

    fn program(i: usize) -> Program {
        serde_json::from_value(serde_json::json!({"id": format!("p{i}"), "name": format!("P{i}"), "family": "f"}))
            .expect("program")
    }

    #[test]
    fn the_summary_keeps_within_the_form_limit_and_says_what_it_left_out() {
        let measure = Measure {
            name: "M".into(),
            implementing_agencies: vec![],
            framework: None,
            key_objectives: None,
            scope: vec![],
            nature: vec![],
            main_feature: None,
            indicators: vec![],
            programs: (0..20).map(program).collect(),
        };
        let report = Report {
            country: "Mexico".into(),
            period: Period { from: 2012, to: 2015 },
            title: None,
            institution: None,
            language: "en".into(),
            measures: vec![measure.clone()],
        };
        let long = "x".repeat(300);
        let outputs: Vec<ProgramOutput> = (0..20)
            .map(|_| ProgramOutput {
                plugin: None,
                response: Response { summary: Some(long.clone()), ..Response::default() },
            })
            .collect();
        let fmt = Formatter::new("en");
        let table = aggregate::finance_table(&measure);
        let (paragraphs, warning) = executive_summary(&fmt, &report, &measure, &table, &[], &outputs);
        let length: usize = paragraphs.iter().map(|p| p.chars().count() + 1).sum();
        assert!(length <= SUMMARY_LIMIT, "{length} characters");
        assert!(paragraphs.len() > 3, "program sentences that fit are kept");
        let warning = warning.expect("a warning names what was left out");
        assert!(warning.message.contains("p19"), "{}", warning.message);
    }
}
