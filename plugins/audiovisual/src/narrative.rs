//! The narrative of the sub-periods: a table, one paragraph each and the summary sentence.

use informe_plugin::prelude::*;

use crate::SubPeriod;

/// Period | Areas | Supported | Number, one row per supported entry, figures typed for the host.
pub(crate) fn table(t: &Catalog, program: &str, sub_periods: &[&SubPeriod]) -> Block {
    let mut rows = Vec::new();
    for sub in sub_periods {
        // A table cell lists the source's areas as they are, without the prose list's conjunction.
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
        caption: Some(t.message("table-caption", &[("program", program.into())])),
        columns: ["column-period", "column-areas", "column-supported", "column-number"].map(|id| t.text(id)).to_vec(),
        rows,
    }
}

/// "Through IBERMEDIA, 25 Mexican projects were supported in 2012–2013, and 8 projects … in 2014–2015."
pub(crate) fn summary(t: &Catalog, fmt: &Formatter, program: &str, sub_periods: &[&SubPeriod]) -> Option<String> {
    let clauses: Vec<Marked> = sub_periods
        .iter()
        .filter(|s| !s.supported.is_empty())
        .enumerate()
        .map(|(i, s)| {
            let id = if i == 0 { "summary-first" } else { "summary-next" };
            t.marked(id, &[("supported", counted(t, fmt, s).into()), ("period", s.period.into())])
        })
        .collect();
    // Clauses are joined by the catalogue, not as a list: each already holds a list of its own.
    let mut clauses = clauses.into_iter();
    let first = clauses.next()?;
    let rest: Vec<Marked> = clauses.collect();
    let clauses = match rest.split_last() {
        None => first,
        Some((last, middle)) => {
            let join = |head: Marked, next: &Marked| {
                t.marked("summary-join", &[("head", head.into()), ("next", next.clone().into())])
            };
            let head = middle.iter().fold(first, join);
            t.marked("summary-join-last", &[("head", head.into()), ("last", last.clone().into())])
        }
    };
    Some(t.message("summary", &[("program", program.into()), ("clauses", clauses.into())]))
}

/// "In 2014–2015, 8 projects and 5 co-productions were supported in the areas of …".
pub(crate) fn paragraph(t: &Catalog, fmt: &Formatter, sub: &SubPeriod) -> Block {
    t.paragraph(
        "sub-period-paragraph",
        &[
            ("period", sub.period.into()),
            ("supported", counted(t, fmt, sub).into()),
            ("with-areas", if sub.areas.is_empty() { "no" } else { "yes" }.into()),
            ("areas", fmt.list(&sub.areas).into()),
        ],
    )
}

/// "**25** Mexican projects", one per supported entry, joined as a list.
fn counted(t: &Catalog, fmt: &Formatter, sub: &SubPeriod) -> Marked {
    let entries: Vec<Marked> = sub
        .supported
        .iter()
        .map(|e| t.marked("counted", &[("count", e.count.into()), ("kind", e.kind.as_str().into())]))
        .collect();
    fmt.list_marked(&entries)
}
