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
use crate::words::Words;

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

fn totals_sentence(fmt: &Formatter, words: &Words, totals: &[Total]) -> String {
    let parts: Vec<String> =
        totals.iter().map(|t| fmt.qualified(t.qualifier, &fmt.money(&t.amount, &t.currency))).collect();
    if parts.is_empty() { words.text("summary-none") } else { fmt.list(&parts) }
}

/// The summary's paragraphs, within [`SUMMARY_LIMIT`] characters; a warning when sentences had
/// to be left out.
pub fn executive_summary(
    fmt: &Formatter,
    words: &Words,
    report: &Report,
    measure: &Measure,
    table: &FinanceTable<'_>,
    indicators: &[IndicatorValue],
    outputs: &[ProgramOutput],
) -> (Vec<String>, Option<Diagnostic>) {
    let names: Vec<&str> = measure.programs.iter().map(|p| p.name.as_str()).collect();
    let intro = if names.is_empty() { "summary-intro-empty" } else { "summary-intro" };
    let mut paragraphs = vec![words.message(
        intro,
        &[
            ("period", report.period.to_string().into()),
            ("measure", measure.name.to_string().into()),
            ("country", fmt.country_in_text(&report.country, report.country_code.as_deref()).into()),
            ("count", (names.len() as u64).into()),
            ("programs", fmt.list(&names).into()),
        ],
    )];
    // The programs' money, when there are programs to have it; a measure of the 2020 form may
    // state its own resources instead, which are said as the data gives them (and then programs
    // with no money of their own are not said to have none).
    let has_money = !table.totals.paid.is_empty() || !table.totals.received.is_empty();
    if !names.is_empty() && (has_money || measure.financial_resources.is_none()) {
        paragraphs.push(words.message(
            "summary-money",
            &[
                ("paid", totals_sentence(fmt, words, &table.totals.paid).into()),
                ("received", totals_sentence(fmt, words, &table.totals.received).into()),
            ],
        ));
    }
    if let Some(resources) = &measure.financial_resources {
        let amount = fmt.qualified(resources.qualifier, &fmt.money(&resources.amount, &resources.currency));
        paragraphs.push(words.message("summary-allocated", &[("amount", amount.into())]));
    }
    for indicator in indicators {
        paragraphs.push(words.message(
            "summary-indicator",
            &[
                ("indicator", indicator.name.as_str().into()),
                ("value", fmt.qualified(indicator.qualifier, &fmt.count(indicator.total)).into()),
            ],
        ));
    }
    let mut left_out = Vec::new();
    for (program, output) in measure.programs.iter().zip(outputs) {
        let Some(sentence) = &output.response.summary else { continue };
        let paragraph = words.message(
            "summary-program",
            &[("program", program.name.as_str().into()), ("sentence", sentence.trim().into())],
        );
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

/// A warning at `executive_summary` when the party's own summary passes [`SUMMARY_LIMIT`]
/// characters: the form would not take it, but the report prints it whole, as written.
pub fn party_summary_length(report: &Report) -> Option<Diagnostic> {
    let length = report.executive_summary.as_ref()?.as_str().trim().chars().count();
    (length > SUMMARY_LIMIT).then(|| {
        Diagnostic::warning(format!(
            "the executive summary has {length} characters: the form takes at most {SUMMARY_LIMIT}"
        ))
        .at_path("executive_summary")
        .with_hint(format!("shorten it by {} characters", length - SUMMARY_LIMIT))
    })
}

/// The most characters of a chart's description the rows take. The description is a PDF string,
/// which PDF/A caps at 32,767 bytes (a character may take four in the file); names are at most
/// 1,000 characters (see `validate`), so the rows are described up to this budget and the rest
/// are counted, as the financial table beside the chart lists them all.
pub const ALT_ROWS_CHARS: usize = 6000;

/// The rows' descriptions joined, as many as fit in [`ALT_ROWS_CHARS`], then how many are left.
fn within_alt(words: &Words, described: &[String]) -> String {
    let mut used = 0;
    let mut shown = Vec::new();
    for row in described {
        used += row.chars().count() + 2;
        if used > ALT_ROWS_CHARS {
            break;
        }
        shown.push(row.as_str());
    }
    let left = described.len() - shown.len();
    let mut text = shown.join("; ");
    if left > 0 {
        let more = words.message("chart-more", &[("count", (left as u64).into())]);
        text = if text.is_empty() { more } else { format!("{text}; {more}") };
    }
    text
}

/// One chart per currency of the measure's contributions, bars scaled to the largest amount.
pub fn charts(fmt: &Formatter, words: &Words, table: &FinanceTable<'_>) -> Vec<ChartDoc> {
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
            let nothing = words.text("chart-nothing");
            let described: Vec<String> = rows
                .iter()
                .map(|r| {
                    words.message(
                        "chart-row",
                        &[
                            ("program", r.program.as_str().into()),
                            ("paid", r.paid_display.as_deref().unwrap_or(&nothing).into()),
                            ("received", r.received_display.as_deref().unwrap_or(&nothing).into()),
                        ],
                    )
                })
                .collect();
            ChartDoc {
                currency: currency.to_owned(),
                max_display: fmt.money(&max, currency),
                alt: words.message(
                    "chart-alt",
                    &[("currency", currency.into()), ("rows", within_alt(words, &described).into())],
                ),
                rows,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use informe_plugin::Response;
    use informe_plugin::model::Program;

    use super::*;
    use crate::aggregate;
    use crate::data::model::Period;

    fn program(i: usize) -> Program {
        serde_json::from_value(serde_json::json!({"id": format!("p{i}"), "name": format!("P{i}"), "family": "f"}))
            .expect("program")
    }

    #[test]
    fn a_chart_of_many_programs_is_described_within_the_pdf_string_limit() {
        for (locale, more) in [("en", "more programs"), ("es", "programas más"), ("pt", "mais"), ("fr", "autres")] {
            let words = Words::new(locale);
            let rows: Vec<String> =
                (0..650).map(|i| format!("Programa Iberoamericano de Cooperación {i}: paid USD 1,000")).collect();
            let alt = within_alt(&words, &rows);
            assert!(alt.chars().count() <= ALT_ROWS_CHARS + 200, "{locale}: {} characters", alt.chars().count());
            assert!(alt.starts_with("Programa Iberoamericano de Cooperación 0: paid"), "{locale}: {alt}");
            let shown = alt.matches("Programa Iberoamericano").count();
            assert!(alt.contains(&(650 - shown).to_string()) && alt.contains(more), "{locale}: {alt}");
            // A few rows are all described, with nothing counted.
            assert_eq!(within_alt(&words, &rows[..2]), rows[..2].join("; "));
        }
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
            chapter: None,
            goals: vec![],
            areas: vec![],
            domains: vec![],
            website: None,
            results_achieved: None,
            partners: vec![],
            evaluation: None,
            financial_resources: None,
            organization: None,
        };
        let report = Report {
            country: "Mexico".into(),
            period: Period { from: 2012, to: 2015 },
            title: None,
            institution: None,
            issuer: None,
            language: "en".into(),
            country_code: None,
            locale: String::new(),
            source_language: String::new(),
            form: crate::data::model::Form::default(),
            executive_summary: None,
            general_information: None,
            civil_society: None,
            results_and_challenges: None,
            annexes: vec![],
            monitoring: Default::default(),
            civil_society_measures: vec![],
            transversal_issues: vec![],
            include: vec![],
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
        let (paragraphs, warning) =
            executive_summary(&fmt, &Words::new("en"), &report, &measure, &table, &[], &outputs);
        let length: usize = paragraphs.iter().map(|p| p.chars().count() + 1).sum();
        assert!(length <= SUMMARY_LIMIT, "{length} characters");
        assert!(paragraphs.len() > 3, "program sentences that fit are kept");
        let warning = warning.expect("a warning names what was left out");
        assert!(warning.message.contains("p19"), "{}", warning.message);

        // The party as running English writes it, when CLDR named it from its code.
        let party = Report { country: "Netherlands".into(), country_code: Some("NL".into()), ..report };
        let (paragraphs, _) = executive_summary(&fmt, &Words::new("en"), &party, &measure, &table, &[], &outputs);
        assert!(
            paragraphs[0].starts_with("In 2012–2015, the measure “M” of the Netherlands comprised"),
            "{}",
            paragraphs[0]
        );
        // In Spanish, with the article contracted with the preposition before it.
        let party = Report { country: "Reino Unido".into(), country_code: Some("GB".into()), ..party };
        let es = Formatter::new("es");
        let (paragraphs, _) = executive_summary(&es, &Words::new("es"), &party, &measure, &table, &[], &outputs);
        assert!(
            paragraphs[0].starts_with("En 2012–2015, la medida «M» del Reino Unido comprendió"),
            "{}",
            paragraphs[0]
        );
    }
}
