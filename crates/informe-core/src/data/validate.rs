//! Checks on a parsed report that serde cannot express: codes, ranges, references, uniqueness.

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use crate::data::messages;
use crate::data::model::{Contribution, Period, Program, Report};
use crate::diagnostic::Diagnostic;

/// Every problem of `report`, each with the JSON path it is at.
pub fn report(report: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if report.period.from > report.period.to {
        out.push(
            Diagnostic::error(format!("the period starts in {} but ends in {}", report.period.from, report.period.to))
                .at_path("period"),
        );
    }
    if report.language.trim().is_empty() {
        out.push(
            Diagnostic::error("the language is empty")
                .at_path("language")
                .with_hint("use a tag such as \"en\" or \"es\""),
        );
    }
    if let Some(code) = &report.country_code
        && !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
    {
        out.push(
            Diagnostic::error(format!("`{code}` is not an ISO 3166-1 country code"))
                .at_path("country_code")
                .with_hint("use two capital letters, such as \"MX\" for Mexico"),
        );
    }
    if report.measures.is_empty() {
        out.push(Diagnostic::warning("the report has no measures").at_path("measures"));
    }

    let mut program_ids = HashSet::new();
    for (m, measure) in report.measures.iter().enumerate() {
        let at = format!("measures[{m}]");
        let mut indicator_ids = HashSet::new();
        for (i, indicator) in measure.indicators.iter().enumerate() {
            if !indicator_ids.insert(indicator.id.as_str()) {
                out.push(
                    Diagnostic::error(format!("indicator id `{}` is used twice", indicator.id))
                        .at_path(format!("{at}.indicators[{i}].id")),
                );
            }
        }
        for (p, program) in measure.programs.iter().enumerate() {
            let at = format!("{at}.programs[{p}]");
            if !program_ids.insert(program.id.as_str()) {
                out.push(
                    Diagnostic::error(format!("program id `{}` is used twice", program.id))
                        .at_path(format!("{at}.id"))
                        .with_hint("each program needs its own id"),
                );
            }
            check_program(program, &report.period, &at, &mut out);
        }
    }
    check_sums(report, &mut out);
    out
}

/// Amounts of one currency whose sum a decimal cannot hold (about 7.9 × 10²⁸).
///
/// Totals, charts and plugins add amounts of a currency; rust_decimal panics when a sum
/// overflows, so a file must not pass validation and then stop the build half way. The sum of
/// every amount of a currency in the report bounds each sum any of them computes.
fn check_sums(report: &Report, out: &mut Vec<Diagnostic>) {
    let mut sums: HashMap<&str, Option<Decimal>> = HashMap::new();
    for (m, measure) in report.measures.iter().enumerate() {
        for (p, program) in measure.programs.iter().enumerate() {
            let money = &program.financial_resources;
            for (list, entries) in [("paid", &money.paid), ("received", &money.received)] {
                for (i, entry) in entries.iter().enumerate() {
                    let sum = sums.entry(entry.currency.as_str()).or_insert(Some(Decimal::ZERO));
                    let Some(so_far) = *sum else { continue };
                    *sum = so_far.checked_add(entry.amount.abs());
                    if sum.is_none() {
                        out.push(
                            Diagnostic::error(format!(
                                "the {} amounts add up to more than {}, the largest sum that can be computed exactly",
                                entry.currency,
                                Decimal::MAX
                            ))
                            .at_path(format!("measures[{m}].programs[{p}].financial_resources.{list}[{i}].amount"))
                            .with_hint("check this amount and the ones before it for extra digits"),
                        );
                    }
                }
            }
        }
    }
}

/// Amounts whose text is not a plain decimal, given `text_at` to read a string by JSON path.
///
/// rust_decimal accepts `"4.8e5"`, which the format forbids (the schema's pattern): amounts are
/// copied into the PDF as written, so they must read as plain figures. A leading minus is left to
/// the negative-amount check in [`report`], which has the better hint.
pub fn amount_texts<'t>(report: &Report, text_at: impl Fn(&str) -> Option<&'t str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (m, measure) in report.measures.iter().enumerate() {
        for (p, program) in measure.programs.iter().enumerate() {
            let money = &program.financial_resources;
            for (list, entries) in [("paid", &money.paid), ("received", &money.received)] {
                for i in 0..entries.len() {
                    let path = format!("measures[{m}].programs[{p}].financial_resources.{list}[{i}].amount");
                    if let Some(text) = text_at(&path)
                        && !is_plain_decimal(text.strip_prefix('-').unwrap_or(text))
                    {
                        let (message, hint) = messages::amount_error(text);
                        out.push(Diagnostic { hint, ..Diagnostic::error(message).at_path(path) });
                    }
                }
            }
        }
    }
    out
}

/// Digits with an optional fraction: `^[0-9]+(\.[0-9]+)?$`, the schema's pattern.
fn is_plain_decimal(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match text.split_once('.') {
        Some((whole, fraction)) => digits(whole) && digits(fraction),
        None => digits(text),
    }
}

fn check_program(program: &Program, period: &Period, at: &str, out: &mut Vec<Diagnostic>) {
    for (field, value) in [("id", &program.id), ("name", &program.name), ("family", &program.family)] {
        if value.trim().is_empty() {
            out.push(Diagnostic::error(format!("the program {field} is empty")).at_path(format!("{at}.{field}")));
        }
    }
    let mut footnote_ids = HashSet::new();
    for (i, footnote) in program.footnotes.iter().enumerate() {
        if !footnote_ids.insert(footnote.id.as_str()) {
            out.push(
                Diagnostic::error(format!("footnote id `{}` is used twice", footnote.id))
                    .at_path(format!("{at}.footnotes[{i}].id")),
            );
        }
    }
    let money = &program.financial_resources;
    for (list, entries) in [("paid", &money.paid), ("received", &money.received)] {
        for (i, entry) in entries.iter().enumerate() {
            let at = format!("{at}.financial_resources.{list}[{i}]");
            check_contribution(entry, period, &footnote_ids, &at, out);
        }
    }
}

fn check_contribution(
    entry: &Contribution,
    period: &Period,
    footnotes: &HashSet<&str>,
    at: &str,
    out: &mut Vec<Diagnostic>,
) {
    if entry.amount < Decimal::ZERO {
        out.push(
            Diagnostic::error(format!("the amount {} is negative", entry.amount))
                .at_path(format!("{at}.amount"))
                .with_hint("record money received under `received`, not as a negative payment"),
        );
    }
    if iso_currency::Currency::from_code(&entry.currency).is_none() {
        let upper = entry.currency.to_ascii_uppercase();
        let hint = if upper != entry.currency && iso_currency::Currency::from_code(&upper).is_some() {
            format!("ISO 4217 codes are upper-case: `{upper}`")
        } else {
            "use an ISO 4217 code such as USD, EUR or MXN".to_owned()
        };
        out.push(
            Diagnostic::error(format!("`{}` is not an ISO 4217 currency code", entry.currency))
                .at_path(format!("{at}.currency"))
                .with_hint(hint),
        );
    }
    if let Some(p) = &entry.period {
        if p.from > p.to {
            out.push(
                Diagnostic::error(format!("the period starts in {} but ends in {}", p.from, p.to))
                    .at_path(format!("{at}.period")),
            );
        } else if !p.within(period) {
            out.push(
                Diagnostic::error(format!("the period {p} lies outside the report period {period}"))
                    .at_path(format!("{at}.period")),
            );
        }
    }
    if let Some(id) = &entry.footnote
        && !footnotes.contains(id.as_str())
    {
        out.push(
            Diagnostic::error(format!("footnote `{id}` is not defined"))
                .at_path(format!("{at}.footnote"))
                .with_hint("add it to the program's `footnotes`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_beyond_a_decimal_are_refused_at_the_amount_that_overflows() {
        // USD amounts as given, and one EUR amount as large as a decimal goes, which alone is fine.
        let with_usd = |amounts: &[&str]| -> Report {
            let paid: Vec<_> = amounts
                .iter()
                .map(|a| serde_json::json!({"amount": a, "currency": "USD"}))
                .chain([serde_json::json!({"amount": Decimal::MAX.to_string(), "currency": "EUR"})])
                .collect();
            serde_json::from_value(serde_json::json!({
                "country": "X", "period": {"from": 2012, "to": 2015}, "language": "en",
                "measures": [{"name": "m", "programs": [{"id": "p", "name": "P", "family": "music",
                    "financial_resources": {"paid": paid}}]}],
            }))
            .expect("a report")
        };
        let max = Decimal::MAX.to_string();
        assert!(report(&with_usd(&[&max])).is_empty());
        let found = report(&with_usd(&[&max, "1", "2"]));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path.as_deref(), Some("measures[0].programs[0].financial_resources.paid[1].amount"));
        assert!(found[0].message.starts_with("the USD amounts add up to more than 79228162514264337593543950335"));
    }

    #[test]
    fn plain_decimals_only() {
        assert!(is_plain_decimal("480000") && is_plain_decimal("560229.00"));
        assert!(!is_plain_decimal("4.8e5") && !is_plain_decimal("1.") && !is_plain_decimal(".5"));
        assert!(!is_plain_decimal("") && !is_plain_decimal("+5"));
    }
}
