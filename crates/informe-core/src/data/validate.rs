//! Checks on a parsed report that serde cannot express: codes, ranges, references, uniqueness.

use std::collections::{HashMap, HashSet};

use informe_plugin::model::StatedMetric;
use rust_decimal::Decimal;

use crate::data::model::{Contribution, Indicator, Measure, Period, Program, Report, Text};
use crate::data::{messages, suggest};
use crate::diagnostic::Diagnostic;

/// Every problem of `report`, each with the JSON path it is at.
pub fn report(report: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(year) = outside_years(&report.period) {
        out.push(year_error(year, "period"));
    } else if report.period.from > report.period.to {
        out.push(
            Diagnostic::error(format!("the period starts in {} but ends in {}", report.period.from, report.period.to))
                .at_path("period"),
        );
    }
    check_names(report, &mut out);
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
    for (at, measure) in report.all_measures() {
        let mut indicator_ids = HashSet::new();
        for (i, indicator) in measure.indicators.iter().enumerate() {
            check_id("indicator", &indicator.id, &format!("{at}.indicators[{i}].id"), &mut out);
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
            check_metrics(program, &measure.indicators, &report.period, &at, &mut out);
        }
        check_indicator_sums(measure, &at, &mut out);
        check_allocated(measure, &at, &mut out);
    }
    check_sums(report, &mut out);
    check_general_information(report, &mut out);
    out
}

/// A measure's allocated resources (2020 form): money like any other, which the form asks in USD.
fn check_allocated(measure: &Measure, at: &str, out: &mut Vec<Diagnostic>) {
    let Some(money) = &measure.financial_resources else { return };
    let at = format!("{at}.financial_resources");
    if money.amount < Decimal::ZERO {
        out.push(
            Diagnostic::error(format!("the amount {} is negative", money.amount))
                .at_path(format!("{at}.amount"))
                .with_hint("the resources allocated to a measure are zero or more"),
        );
    }
    let before = out.len();
    check_currency(&money.currency, &format!("{at}.currency"), out);
    if out.len() == before && money.currency != "USD" {
        out.push(
            Diagnostic::warning(format!(
                "the form asks the financial resources allocated to the measure in USD; this amount is in {}",
                money.currency
            ))
            .at_path(format!("{at}.currency"))
            .with_hint("the amount is shown in its own currency; give it in USD if the source does"),
        );
    }
}

/// The form's general information: the contribution to the Fund is money like any other.
fn check_general_information(report: &Report, out: &mut Vec<Diagnostic>) {
    let Some(money) = report.general_information.as_ref().and_then(|g| g.ifcd_contribution.as_ref()) else { return };
    let at = "general_information.ifcd_contribution";
    if money.amount < Decimal::ZERO {
        out.push(
            Diagnostic::error(format!("the amount {} is negative", money.amount))
                .at_path(format!("{at}.amount"))
                .with_hint("a contribution is zero or more"),
        );
    }
    check_currency(&money.currency, &format!("{at}.currency"), out);
}

/// The counts the data states for one indicator of a measure, which must add up within 64 bits.
///
/// The indicator's total is their sum; like money sums (see [`check_sums`]), a file must not
/// pass validation and then overflow while the report is built.
fn check_indicator_sums(measure: &Measure, at: &str, out: &mut Vec<Diagnostic>) {
    let mut sums: HashMap<&str, Option<u64>> = HashMap::new();
    for (p, program) in measure.programs.iter().enumerate() {
        for (i, metric) in program.metrics.iter().enumerate() {
            let (Some(tag), Some(count)) = (&metric.indicator, metric.count) else { continue };
            let sum = sums.entry(tag.as_str()).or_insert(Some(0));
            let Some(so_far) = *sum else { continue };
            *sum = so_far.checked_add(count);
            if sum.is_none() {
                out.push(
                    Diagnostic::error(format!(
                        "the counts stated for the indicator `{tag}` add up to more than {}, the largest total that can be computed",
                        u64::MAX
                    ))
                    .at_path(format!("{at}.programs[{p}].metrics[{i}].count"))
                    .with_hint("check this count and the ones before it for extra digits"),
                );
            }
        }
    }
}

/// Amounts of one currency whose sum a decimal cannot hold (about 7.9 × 10²⁸).
///
/// Totals, charts and plugins add amounts of a currency; rust_decimal panics when a sum
/// overflows, so a file must not pass validation and then stop the build half way. The sum of
/// every amount of a currency in the report bounds each sum any of them computes.
fn check_sums(report: &Report, out: &mut Vec<Diagnostic>) {
    let mut sums: HashMap<&str, Option<Decimal>> = HashMap::new();
    for (at_measure, measure) in report.all_measures() {
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
                            .at_path(format!("{at_measure}.programs[{p}].financial_resources.{list}[{i}].amount"))
                            .with_hint("check this amount and the ones before it for extra digits"),
                        );
                    }
                }
            }
        }
    }
}

/// Amounts (of contributions and of stated money figures) whose text is not a plain decimal,
/// given `text_at` to read a string by JSON path.
///
/// rust_decimal accepts `"4.8e5"`, which the format forbids (the schema's pattern): amounts are
/// copied into the PDF as written, so they must read as plain figures. A leading minus is left to
/// the negative-amount check in [`report`], which has the better hint.
pub fn amount_texts<'t>(report: &Report, text_at: impl Fn(&str) -> Option<&'t str>) -> Vec<Diagnostic> {
    let mut paths = Vec::new();
    if report.general_information.as_ref().is_some_and(|g| g.ifcd_contribution.is_some()) {
        paths.push("general_information.ifcd_contribution.amount".to_owned());
    }
    for (at_measure, measure) in report.all_measures() {
        if measure.financial_resources.is_some() {
            paths.push(format!("{at_measure}.financial_resources.amount"));
        }
        for (p, program) in measure.programs.iter().enumerate() {
            let at = format!("{at_measure}.programs[{p}]");
            let money = &program.financial_resources;
            for (list, entries) in [("paid", &money.paid), ("received", &money.received)] {
                paths.extend((0..entries.len()).map(|i| format!("{at}.financial_resources.{list}[{i}].amount")));
            }
            for (i, metric) in program.metrics.iter().enumerate() {
                if metric.money.is_some() {
                    paths.push(format!("{at}.metrics[{i}].money.amount"));
                }
            }
        }
    }
    let mut out = Vec::new();
    for path in paths {
        let Some(text) = text_at(&path) else { continue };
        if !is_plain_decimal(text.strip_prefix('-').unwrap_or(text)) {
            let (message, hint) = messages::amount_error(text);
            out.push(Diagnostic { hints: hint.into_iter().collect(), ..Diagnostic::error(message).at_path(path) });
        } else if Decimal::from_str_exact(text).is_err() {
            // rust_decimal keeps 28 decimals and about 28 significant digits; reading more
            // rounds, and a report must show the amount its source wrote.
            out.push(
                Diagnostic::error(format!(
                    "the amount {text} has more digits than informe keeps exactly (at most 28 decimals and 28 significant digits)"
                ))
                .at_path(path)
                .with_hint("write the amount with the decimals the source gives, such as \"560229.00\""),
            );
        }
    }
    out
}

/// The years a period may name. A report is dated from its period's end and figures are
/// reported per year, so a year such as 99999 would date the documents wrongly (no calendar
/// library takes it) or not at all; no report of the Convention (2005) names such years.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The first year of `p` outside [`YEARS`].
fn outside_years(p: &Period) -> Option<i32> {
    [p.from, p.to].into_iter().find(|year| !YEARS.contains(year))
}

fn year_error(year: i32, at: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "the year {year} is outside {}–{}, the years a report can cover",
        YEARS.start(),
        YEARS.end()
    ))
    .at_path(at)
    .with_hint("check the year for a typo or extra digits")
}

/// The longest id: ids name things in diagnostics, the workbook and file-like keys, and are
/// short words such as `ibermusicas`.
pub const MAX_ID_CHARS: usize = 100;

/// An id (of a program, footnote, figure or indicator) that cannot serve as one: with a control
/// character (a NUL breaks the workbook's XML), a slash or backslash (ids are path-like keys),
/// or longer than [`MAX_ID_CHARS`].
fn check_id(kind: &str, id: &str, at: &str, out: &mut Vec<Diagnostic>) {
    let problem = if let Some(c) = id.chars().find(|c| c.is_control()) {
        format!("holds the control character U+{:04X}", u32::from(c))
    } else if let Some(c) = id.chars().find(|c| matches!(c, '/' | '\\')) {
        format!("holds `{c}`")
    } else if id.chars().count() > MAX_ID_CHARS {
        format!("is {} characters long, more than the {MAX_ID_CHARS} an id may have", id.chars().count())
    } else {
        return;
    };
    let shown: String = id.chars().take(40).collect();
    let shown = if shown.len() < id.len() { format!("{shown}…") } else { shown };
    out.push(
        Diagnostic::error(format!("the {kind} id `{shown}` {problem}"))
            .at_path(at)
            .with_hint("an id is a short word of letters, digits and dashes, such as \"ibermusicas\""),
    );
}

/// The longest name: names (of the report, the party, the issuer, measures, programs and
/// indicators) become the PDF's title, author, keywords, bookmarks and chart descriptions,
/// strings PDF/A caps at 32,767 bytes; a name is a line, not a page.
pub const MAX_NAME_CHARS: usize = 1000;

/// Every name of the report longer than [`MAX_NAME_CHARS`], in any of its languages.
fn check_names(report: &Report, out: &mut Vec<Diagnostic>) {
    let mut names: Vec<(String, &Text)> = Vec::new();
    let country = Text::Plain(report.country.clone());
    names.push(("country".into(), &country));
    names.extend(report.title.as_ref().map(|t| ("title".to_owned(), t)));
    if let Some(issuer) = &report.issuer {
        names.push(("issuer.name".into(), &issuer.name));
        names.extend(issuer.short_name.as_ref().map(|t| ("issuer.short_name".to_owned(), t)));
    }
    let mut plain = Vec::new();
    for (at, measure) in report.all_measures() {
        names.push((format!("{at}.name"), &measure.name));
        for (i, indicator) in measure.indicators.iter().enumerate() {
            names.push((format!("{at}.indicators[{i}].name"), &indicator.name));
        }
        for (p, program) in measure.programs.iter().enumerate() {
            plain.push((format!("{at}.programs[{p}].name"), Text::Plain(program.name.clone())));
        }
    }
    let strings = names.iter().map(|(at, text)| (at, *text)).chain(plain.iter().map(|(at, text)| (at, text)));
    for (at, text) in strings {
        let each: Vec<(String, &str)> = match text {
            Text::Plain(s) => vec![(at.clone(), s.as_str())],
            Text::Translated(map) => map.iter().map(|(lang, s)| (format!("{at}.{lang}"), s.as_str())).collect(),
        };
        for (at, s) in each {
            let chars = s.chars().count();
            if chars > MAX_NAME_CHARS {
                out.push(
                    Diagnostic::error(format!(
                        "the name is {chars} characters long, more than the {MAX_NAME_CHARS} a name may have"
                    ))
                    .at_path(at)
                    .with_hint("a name is shown in the PDF's title, bookmarks and descriptions; put the rest in a text such as `main_feature`"),
                );
            }
        }
    }
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
    check_id("program", &program.id, &format!("{at}.id"), out);
    let mut footnote_ids = HashSet::new();
    for (i, footnote) in program.footnotes.iter().enumerate() {
        check_id("footnote", &footnote.id, &format!("{at}.footnotes[{i}].id"), out);
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
    check_currency(&entry.currency, &format!("{at}.currency"), out);
    if let Some(p) = &entry.period {
        check_period(p, period, &format!("{at}.period"), out);
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

/// A currency code, at `at`, that ISO 4217 does not know.
fn check_currency(code: &str, at: &str, out: &mut Vec<Diagnostic>) {
    if iso_currency::Currency::from_code(code).is_some() {
        return;
    }
    let upper = code.to_ascii_uppercase();
    let hint = if upper != code && iso_currency::Currency::from_code(&upper).is_some() {
        format!("ISO 4217 codes are upper-case: `{upper}`")
    } else {
        "use an ISO 4217 code such as USD, EUR or MXN".to_owned()
    };
    out.push(Diagnostic::error(format!("`{code}` is not an ISO 4217 currency code")).at_path(at).with_hint(hint));
}

/// A period, at `at`, outside the years a report can speak of, that runs backwards or leaves the
/// report's.
fn check_period(p: &Period, report: &Period, at: &str, out: &mut Vec<Diagnostic>) {
    if let Some(year) = outside_years(p) {
        out.push(year_error(year, at));
    } else if p.from > p.to {
        out.push(Diagnostic::error(format!("the period starts in {} but ends in {}", p.from, p.to)).at_path(at));
    } else if !p.within(report) {
        out.push(Diagnostic::error(format!("the period {p} lies outside the report period {report}")).at_path(at));
    }
}

/// The figures a program's data states (`metrics`): ids, the one value each, and what it feeds.
fn check_metrics(program: &Program, indicators: &[Indicator], period: &Period, at: &str, out: &mut Vec<Diagnostic>) {
    let mut ids = HashSet::new();
    for (i, metric) in program.metrics.iter().enumerate() {
        let at = format!("{at}.metrics[{i}]");
        check_id("figure", &metric.id, &format!("{at}.id"), out);
        if metric.id.trim().is_empty() {
            out.push(
                Diagnostic::error("the figure's id is empty")
                    .at_path(format!("{at}.id"))
                    .with_hint("give it a short id of its own, such as \"projects\""),
            );
        } else if !ids.insert(metric.id.as_str()) {
            out.push(
                Diagnostic::error(format!("figure id `{}` is used twice in the program", metric.id))
                    .at_path(format!("{at}.id"))
                    .with_hint("each figure of a program needs its own id"),
            );
        }
        if metric.label.is_blank() {
            out.push(
                Diagnostic::error(format!("the label of figure `{}` is empty", metric.id))
                    .at_path(format!("{at}.label")),
            );
        }
        check_stated_value(metric, &at, out);
        if let Some(p) = &metric.period {
            check_period(p, period, &format!("{at}.period"), out);
        }
        if let Some(tag) = &metric.indicator {
            check_stated_indicator(metric, tag, indicators, &at, out);
        }
    }
}

/// Exactly one of `count` or `money`, the money in a known currency and not below zero.
fn check_stated_value(metric: &StatedMetric, at: &str, out: &mut Vec<Diagnostic>) {
    match (&metric.count, &metric.money) {
        (Some(_), Some(_)) => out.push(
            Diagnostic::error(format!("figure `{}` has both a count and money", metric.id))
                .at_path(format!("{at}.money"))
                .with_hint("a figure is one value: state the amount as a figure of its own"),
        ),
        (None, None) => out.push(
            Diagnostic::error(format!("figure `{}` has neither a count nor money", metric.id))
                .at_path(at)
                .with_hint("add \"count\": 27, or \"money\": {\"amount\": \"12000.50\", \"currency\": \"EUR\"}"),
        ),
        _ => {}
    }
    if let Some(money) = &metric.money {
        if money.amount < Decimal::ZERO {
            out.push(
                Diagnostic::error(format!("the amount {} is negative", money.amount))
                    .at_path(format!("{at}.money.amount"))
                    .with_hint("a stated amount is zero or more"),
            );
        }
        check_currency(&money.currency, &format!("{at}.money.currency"), out);
    }
}

/// The indicator a stated figure feeds: one of the measure's, and fed by a count only.
fn check_stated_indicator(
    metric: &StatedMetric,
    tag: &str,
    indicators: &[Indicator],
    at: &str,
    out: &mut Vec<Diagnostic>,
) {
    let at = format!("{at}.indicator");
    if metric.money.is_some() {
        out.push(
            Diagnostic::error(format!("figure `{}` is money and cannot feed the indicator `{tag}`", metric.id))
                .at_path(at)
                .with_hint("only counts add to an indicator; remove `indicator` from this figure"),
        );
        return;
    }
    if indicators.iter().any(|i| i.id == tag) {
        return;
    }
    let ids = || indicators.iter().map(|i| i.id.as_str());
    let hint = match suggest::did_you_mean(tag, ids()) {
        Some(best) => format!("did you mean `{best}`?"),
        None if indicators.is_empty() => {
            format!("the measure has no indicators; add {{\"id\": \"{tag}\", \"name\": …}} to its `indicators`")
        }
        None => {
            format!("the measure's indicators are {}", ids().map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", "))
        }
    };
    out.push(
        Diagnostic::error(format!("the measure has no indicator `{tag}` for figure `{}` to feed", metric.id))
            .at_path(at)
            .with_hint(hint),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::LineCol;

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

    /// A report whose one program states `metrics` (JSON written on one line each), loaded as
    /// `informe build` loads it, with the errors found.
    fn loaded_with_metrics(metrics: &[&str]) -> (String, Vec<Diagnostic>) {
        let text = format!(
            r#"{{
  "country": "Ghana", "period": {{"from": 2012, "to": 2015}}, "language": "en",
  "measures": [{{
    "name": "Cultural cooperation",
    "indicators": [{{"id": "beneficiary-projects", "name": "Beneficiary projects"}},
                   {{"id": "artists-trained", "name": "Artists trained"}}],
    "programs": [{{"id": "residencies", "name": "Residencies", "family": "residencies",
      "metrics": [
        {}
      ]}}]
  }}]
}}"#,
            metrics.join(",\n        ")
        );
        let found = match crate::data::load::parse(text.clone(), std::path::Path::new("data.json")) {
            Ok(loaded) => loaded.warnings.0,
            Err(diagnostics) => diagnostics.0,
        };
        (text, found.into_iter().filter(Diagnostic::is_error).collect())
    }

    #[test]
    fn stated_figures_that_are_well_formed_pass() {
        let (_, errors) = loaded_with_metrics(&[
            r#"{"id": "projects", "label": {"es": "Proyectos beneficiados", "en": "Beneficiary projects"}, "count": 27, "qualifier": "exact", "period": {"from": 2012, "to": 2014}, "indicator": "beneficiary-projects"}"#,
            r#"{"id": "grants", "label": "Grants", "money": {"amount": "12000.50", "currency": "EUR"}, "qualifier": "approximately"}"#,
            r#"{"id": "artists", "label": "Artists trained", "count": 0, "indicator": "artists-trained"}"#,
        ]);
        assert!(errors.is_empty(), "{errors:?}");
    }

    /// A faulty `metrics` list: the path under it of the one error, the text the error points at
    /// and which of its occurrences after `"metrics"`, the message's start, a part of the hint.
    type Case<'a> = (&'a [&'a str], &'a str, (&'a str, usize), &'a str, &'a str);

    #[test]
    fn each_fault_of_a_stated_figure_is_an_error_located_at_its_value() {
        let cases: &[Case] = &[
            (
                &[r#"{"id": "a", "label": "A", "count": 1, "money": {"amount": "5", "currency": "EUR"}}"#],
                "[0].money",
                (r#"{"amount""#, 0),
                "figure `a` has both a count and money",
                "a figure is one value",
            ),
            (
                &[r#"{"id": "a", "label": "A", "qualifier": "approximately"}"#],
                "[0]",
                (r#"{"id": "a""#, 0),
                "figure `a` has neither a count nor money",
                r#""count": 27"#,
            ),
            (
                &[r#"{"id": "a", "label": "A", "money": {"amount": "5", "currency": "XYZ"}}"#],
                "[0].money.currency",
                (r#""XYZ""#, 0),
                "`XYZ` is not an ISO 4217 currency code",
                "such as USD, EUR or MXN",
            ),
            (
                &[r#"{"id": "a", "label": "A", "money": {"amount": "5", "currency": "eur"}}"#],
                "[0].money.currency",
                (r#""eur""#, 0),
                "`eur` is not an ISO 4217 currency code",
                "upper-case: `EUR`",
            ),
            (
                &[r#"{"id": "a", "label": "A", "money": {"amount": "-5", "currency": "EUR"}}"#],
                "[0].money.amount",
                (r#""-5""#, 0),
                "the amount -5 is negative",
                "zero or more",
            ),
            (
                &[r#"{"id": "a", "label": "A", "money": {"amount": "4.8e5", "currency": "EUR"}}"#],
                "[0].money.amount",
                (r#""4.8e5""#, 0),
                "the amount \"4.8e5\" is not a decimal number",
                "without an exponent: \"480000\"",
            ),
            (
                &[r#"{"id": "a", "label": "A", "count": 3, "period": {"from": 2010, "to": 2014}}"#],
                "[0].period",
                (r#"{"from": 2010"#, 0),
                "the period 2010–2014 lies outside the report period 2012–2015",
                "",
            ),
            (
                &[r#"{"id": "a", "label": "A", "count": 3, "period": {"from": 2014, "to": 2013}}"#],
                "[0].period",
                (r#"{"from": 2014"#, 0),
                "the period starts in 2014 but ends in 2013",
                "",
            ),
            (
                &[r#"{"id": " ", "label": "A", "count": 3}"#],
                "[0].id",
                (r#"" ""#, 0),
                "the figure's id is empty",
                "a short id of its own",
            ),
            (
                &[r#"{"id": "a", "label": "A", "count": 3}"#, r#"{"id": "a", "label": "B", "count": 4}"#],
                "[1].id",
                (r#""a""#, 1),
                "figure id `a` is used twice in the program",
                "its own id",
            ),
            (
                &[r#"{"id": "a", "label": {"en": " "}, "count": 3}"#],
                "[0].label",
                (r#"{"en""#, 0),
                "the label of figure `a` is empty",
                "",
            ),
            (
                &[r#"{"id": "a", "label": "A", "count": 3, "indicator": "beneficiary-project"}"#],
                "[0].indicator",
                (r#""beneficiary-project""#, 0),
                "the measure has no indicator `beneficiary-project` for figure `a` to feed",
                "did you mean `beneficiary-projects`?",
            ),
            (
                &[r#"{"id": "a", "label": "A", "count": 3, "indicator": "budget"}"#],
                "[0].indicator",
                (r#""budget""#, 0),
                "the measure has no indicator `budget` for figure `a` to feed",
                "the measure's indicators are `beneficiary-projects`, `artists-trained`",
            ),
            (
                &[
                    r#"{"id": "a", "label": "A", "money": {"amount": "5", "currency": "EUR"}, "indicator": "beneficiary-projects"}"#,
                ],
                "[0].indicator",
                (r#""beneficiary-projects""#, 0),
                "figure `a` is money and cannot feed the indicator `beneficiary-projects`",
                "only counts add to an indicator",
            ),
            (
                &[
                    r#"{"id": "a", "label": "A", "count": 18446744073709551615, "indicator": "artists-trained"}"#,
                    r#"{"id": "b", "label": "B", "count": 1, "indicator": "beneficiary-projects"}"#,
                    r#"{"id": "c", "label": "C", "count": 1, "indicator": "artists-trained"}"#,
                ],
                "[2].count",
                (r#"1, "indicator": "artists-trained""#, 0),
                "the counts stated for the indicator `artists-trained` add up to more than 18446744073709551615",
                "extra digits",
            ),
        ];
        for (metrics, path, (needle, nth), message, hint) in cases {
            let (text, errors) = loaded_with_metrics(metrics);
            let want_path = format!("measures[0].programs[0].metrics{path}");
            assert_eq!(errors.len(), 1, "{want_path}: {errors:#?}");
            let error = &errors[0];
            assert_eq!(error.path.as_deref(), Some(want_path.as_str()), "{error:?}");
            assert!(error.message.starts_with(message), "{want_path}: {}", error.message);
            assert!(hint.is_empty() || error.hints.iter().any(|h| h.contains(hint)), "{want_path}: {:?}", error.hints);
            let from = text.find("\"metrics\"").expect("metrics in the text");
            let (at, _) =
                text[from..].match_indices(needle).nth(*nth).unwrap_or_else(|| panic!("{needle} #{nth} not in {text}"));
            assert_eq!(error.position, Some(LineCol::of_offset(&text, from + at)), "{want_path}: {error:?}");
        }
    }

    #[test]
    fn plain_decimals_only() {
        assert!(is_plain_decimal("480000") && is_plain_decimal("560229.00"));
        assert!(!is_plain_decimal("4.8e5") && !is_plain_decimal("1.") && !is_plain_decimal(".5"));
        assert!(!is_plain_decimal("") && !is_plain_decimal("+5"));
    }
}
