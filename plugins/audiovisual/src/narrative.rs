//! The narrative of the sub-periods: a table, one paragraph each and the summary sentence.

use informe_plugin::prelude::*;

use crate::SubPeriod;

/// Period | Areas | Supported | Number, one row per supported entry, figures typed for the host.
pub(crate) fn table(program: &str, sub_periods: &[&SubPeriod]) -> Block {
    let mut rows = Vec::new();
    for sub in sub_periods {
        let areas = sub.areas.join(", ");
        if sub.supported.is_empty() {
            rows.push(vec![sub.period.to_string().into(), areas.clone().into(), "".into(), "".into()]);
        }
        for (k, entry) in sub.supported.iter().enumerate() {
            // Only a sub-period's first row names it, so the rows of one sub-period read as a group.
            let (period, areas) = if k == 0 { (sub.period.to_string(), areas.clone()) } else { Default::default() };
            let figure = Figure::new(Quantity::Count { value: entry.count }, Qualifier::Exact);
            rows.push(vec![period.into(), areas.into(), entry.kind.as_str().into(), figure.into()]);
        }
    }
    Block::Table {
        caption: Some(format!("Support granted through {program}")),
        columns: ["Period", "Areas", "Supported", "Number"].map(String::from).to_vec(),
        rows,
    }
}

/// "Through IBERMEDIA, 25 Mexican projects were supported in 2012–2013, and 8 projects … in 2014–2015."
pub(crate) fn summary(fmt: &Formatter, program: &str, sub_periods: &[&SubPeriod]) -> Option<String> {
    let clauses: Vec<String> = sub_periods
        .iter()
        .filter(|s| !s.supported.is_empty())
        .enumerate()
        .map(|(i, s)| {
            let verb = if i == 0 { " were supported" } else { "" };
            format!("{}{verb} in {}", fmt.list(&counted(fmt, s)), s.period)
        })
        .collect();
    let clauses = match clauses.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [head @ .., last] => format!("{}, and {last}", head.join(", ")),
    };
    Some(format!("Through {program}, {clauses}."))
}

/// "In 2014–2015, 8 projects and 5 co-productions were supported in the areas of …".
pub(crate) fn paragraph(fmt: &Formatter, sub: &SubPeriod) -> Block {
    let mut spans = vec![Span::plain(format!("In {}, ", sub.period))];
    let last = sub.supported.len().saturating_sub(1);
    for (k, entry) in sub.supported.iter().enumerate() {
        if k > 0 {
            spans.push(Span::plain(if k == last { " and " } else { ", " }));
        }
        spans.push(Span::strong(fmt.count(entry.count)));
        spans.push(Span::plain(format!(" {}", entry.kind)));
    }
    spans.push(Span::plain(" were supported"));
    if !sub.areas.is_empty() {
        spans.push(Span::plain(format!(" in the areas of {}", fmt.list(&sub.areas))));
    }
    spans.push(Span::plain("."));
    Block::Paragraph { spans }
}

/// "25 Mexican projects", one per supported entry.
fn counted(fmt: &Formatter, sub: &SubPeriod) -> Vec<String> {
    sub.supported.iter().map(|e| format!("{} {}", fmt.count(e.count), e.kind)).collect()
}
