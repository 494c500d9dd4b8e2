//! Checks of the common family data that serde cannot express: periods, codes, currencies, and
//! figures that contradict each other.

use crate::exchange::{Context, Problem};
use crate::format::Formatter;
use crate::model::{Period, Qualifier, Text};

use super::{Common, Count, Money};

/// The problems of `common`, with paths inside the program (`data.sub_periods[1].period`).
pub fn check(common: &Common, context: &Context) -> Vec<Problem> {
    let mut problems = Vec::new();
    let report = context.period;
    let mut period = |period: &Period, at: String| problems.extend(check_period(period, report, &at));
    for (i, sub) in common.sub_periods.iter().enumerate() {
        period(&sub.period, format!("data.sub_periods[{i}].period"));
    }
    for (i, call) in common.calls.iter().enumerate() {
        if let Some(p) = &call.period {
            period(p, format!("data.calls[{i}].period"));
        }
    }
    for (i, group) in common.beneficiaries.iter().enumerate() {
        if let Some(p) = &group.period {
            period(p, format!("data.beneficiaries[{i}].period"));
        }
    }
    // A total over other years ends within the report: "in total, as of 2019".
    if let Some(over) = common.projects.and_then(|p| p.period) {
        if over.from > over.to {
            problems.push(Problem::error(
                "data.projects.period",
                format!("the period ends ({}) before it starts ({})", over.to, over.from),
            ));
        } else if !(report.from..=report.to).contains(&over.to) {
            problems.push(
                Problem::error(
                    "data.projects.period",
                    format!("a total as of {} is not a figure of the report period {report}", over.to),
                )
                .with_hint("the period's last year must be one of the report's"),
            );
        }
    }
    overlaps(common, &mut problems);
    texts(common, &mut problems);
    for (i, call) in common.calls.iter().enumerate() {
        if call.name.is_none() && call.period.is_none() {
            problems.push(
                Problem::error(format!("data.calls[{i}]"), "a call needs a `name` or a `period`")
                    .with_hint("the report names each call by its name, else by its years"),
            );
        }
    }
    let english = Formatter::new("en");
    for (i, code) in common.countries.iter().enumerate() {
        if english.country(code).is_none() || code.len() != 2 {
            problems.push(
                Problem::error(format!("data.countries[{i}]"), format!("`{code}` is not an ISO 3166-1 country code"))
                    .with_hint("write each country by its two-letter code, e.g. AR, BR, PT"),
            );
        } else if let Some(first) = common.countries[..i].iter().position(|c| c.eq_ignore_ascii_case(code)) {
            problems.push(
                Problem::warning(
                    format!("data.countries[{i}]"),
                    format!("`{code}` is listed twice, first as data.countries[{first}]"),
                )
                .with_hint("list each country once; the repeat is left out of the count"),
            );
        }
    }
    for (at, money) in amounts(common) {
        problems.extend(check_money(money, &at));
    }
    contradictions(common, &mut problems);
    problems
}

/// Two sub-periods sharing a year would count its support twice.
fn overlaps(common: &Common, problems: &mut Vec<Problem>) {
    for (i, a) in common.sub_periods.iter().enumerate() {
        if let Some(j) = common.sub_periods[..i].iter().position(|b| b.period.overlaps(&a.period)) {
            problems.push(
                Problem::error(
                    format!("data.sub_periods[{i}].period"),
                    format!(
                        "the sub-period {} shares years with sub-period {j} ({})",
                        a.period, common.sub_periods[j].period
                    ),
                )
                .with_hint("sub-periods split the report period: each year belongs to one"),
            );
        }
    }
}

/// A text that says nothing cannot stand in a sentence.
fn texts(common: &Common, problems: &mut Vec<Problem>) {
    let mut blank = |text: &Text, at: String| {
        if text.is_blank() {
            problems.push(Problem::error(at, "the text is empty"));
        }
    };
    for (i, sub) in common.sub_periods.iter().enumerate() {
        for (j, area) in sub.areas.iter().enumerate() {
            blank(area, format!("data.sub_periods[{i}].areas[{j}]"));
        }
        for (j, supported) in sub.supported.iter().enumerate() {
            blank(&supported.kind, format!("data.sub_periods[{i}].supported[{j}].kind"));
        }
    }
    for (i, call) in common.calls.iter().enumerate() {
        if let Some(name) = &call.name {
            blank(name, format!("data.calls[{i}].name"));
        }
    }
    for (i, group) in common.beneficiaries.iter().enumerate() {
        blank(&group.who, format!("data.beneficiaries[{i}].who"));
    }
    for (i, partner) in common.partners.iter().enumerate() {
        blank(&partner.name, format!("data.partners[{i}].name"));
    }
    if let Some(meetings) = &common.meetings {
        for (j, format) in meetings.formats.iter().enumerate() {
            blank(format, format!("data.meetings.formats[{j}]"));
        }
        for (j, topic) in meetings.topics.iter().enumerate() {
            blank(topic, format!("data.meetings.topics[{j}]"));
        }
    }
    if let Some(alliances) = &common.alliances {
        for (j, partner) in alliances.partners.iter().enumerate() {
            blank(partner, format!("data.alliances.partners[{j}]"));
        }
    }
    for (i, achievement) in common.achievements.iter().enumerate() {
        blank(achievement, format!("data.achievements[{i}]"));
    }
}

/// Every amount of money of the common data, with its path.
fn amounts(common: &Common) -> Vec<(String, &Money)> {
    let subs = common.sub_periods.iter().enumerate();
    let subs = subs.filter_map(|(i, s)| Some((format!("data.sub_periods[{i}].amount"), s.amount.as_ref()?)));
    let calls = common.calls.iter().enumerate();
    let calls = calls.filter_map(|(i, c)| Some((format!("data.calls[{i}].amount"), c.amount.as_ref()?)));
    subs.chain(calls).collect()
}

/// The problem of a period of family data at path `at`, if any: it must start before it ends and
/// lie within the report period. For a family's own periods; the common ones are checked by
/// [`check`].
pub fn check_period(period: &Period, report: Period, at: &str) -> Option<Problem> {
    if period.from > period.to {
        Some(Problem::error(at, format!("the period ends ({}) before it starts ({})", period.to, period.from)))
    } else if !period.within(&report) {
        Some(
            Problem::error(at, format!("the period {period} is not within the report period {report}"))
                .with_hint("the report covers only its own years"),
        )
    } else {
        None
    }
}

/// The problems of one amount of family data at path `at` (`data.annual_fee`): its currency must
/// be one a report can name. For a family's own money fields; the common ones are checked by
/// [`check`].
pub fn check_money(money: &Money, at: &str) -> Vec<Problem> {
    if iso_currency::Currency::from_code(&money.currency).is_some() {
        return Vec::new();
    }
    vec![
        Problem::error(format!("{at}.currency"), format!("`{}` is not an ISO 4217 currency code", money.currency))
            .with_hint("write the currency by its three-letter code, e.g. USD, EUR"),
    ]
}

/// Details of things the counts say did not happen, and totals that their parts contradict.
fn contradictions(common: &Common, problems: &mut Vec<Problem>) {
    if let Some(meetings) = &common.meetings
        && meetings.count.value == 0
        && meetings.count.qualifier.is_exact()
        && !(meetings.formats.is_empty() && meetings.topics.is_empty())
    {
        problems.push(Problem::warning(
            "data.meetings",
            "kinds or topics of meetings are listed but no meeting is counted",
        ));
    }
    if let Some(alliances) = &common.alliances
        && alliances.count.value == 0
        && alliances.count.qualifier.is_exact()
        && !alliances.partners.is_empty()
    {
        problems.push(Problem::warning("data.alliances", "alliance partners are listed but no alliance is counted"));
    }
    let Some(total) = common.projects.filter(|p| p.qualifier.is_exact()) else { return };
    let breakdowns: [(&str, Vec<&Count>); 2] = [
        ("sub_periods", common.sub_periods.iter().flat_map(|s| &s.supported).map(|s| &s.count).collect()),
        ("calls", common.calls.iter().filter_map(|c| c.projects.as_ref()).collect()),
    ];
    for (field, counts) in breakdowns {
        if let Some(sum) = Count::sum(counts.iter().copied())
            && !counts.is_empty()
            && sum.qualifier == Qualifier::Exact
            && sum.value > total.value
        {
            problems.push(
                Problem::warning(
                    "data.projects",
                    format!(
                        "the projects of `{field}` add up to {}, more than the {} projects given",
                        sum.value, total.value
                    ),
                )
                .with_hint("`projects` is the programme's total for the reporting party"),
            );
        }
    }
}
