//! Checks of the sub-periods serde cannot express: order, containment, overlap and unique metrics.

use std::collections::HashMap;

use informe_plugin::prelude::*;

use crate::{AudiovisualData, metric_id};

pub(crate) fn validate(data: &AudiovisualData, report: Period) -> Vec<Problem> {
    let mut problems = Vec::new();
    if data.sub_periods.is_empty() {
        problems.push(
            Problem::warning("data.sub_periods", "no sub-period is listed")
                .with_hint("split the report period where the support granted changed"),
        );
    }
    let mut ids: HashMap<String, String> = HashMap::new();
    for (i, sub) in data.sub_periods.iter().enumerate() {
        let path = format!("data.sub_periods[{i}]");
        let period = sub.period;
        if period.from > period.to {
            problems.push(Problem::error(format!("{path}.period"), format!("period {period} ends before it starts")));
        } else if !period.within(&report) {
            problems.push(Problem::error(
                format!("{path}.period"),
                format!("period {period} lies outside the report period {report}"),
            ));
        }
        // Report each overlap once, on the later sub-period, naming the earlier one by its path.
        if let Some(j) = data.sub_periods[..i].iter().position(|other| other.period.overlaps(&period)) {
            problems.push(
                Problem::error(
                    format!("{path}.period"),
                    format!("period {period} overlaps data.sub_periods[{j}].period ({})", data.sub_periods[j].period),
                )
                .with_hint("each year belongs to one sub-period, or its projects would be counted twice"),
            );
        }
        if sub.supported.is_empty() {
            problems.push(Problem::warning(format!("{path}.supported"), "nothing supported is listed"));
        }
        for (k, entry) in sub.supported.iter().enumerate() {
            let kind_path = format!("{path}.supported[{k}].kind");
            if entry.kind.trim().is_empty() {
                problems.push(Problem::error(kind_path, "kind is empty"));
                continue;
            }
            let id = metric_id(period, &entry.kind);
            if let Some(first) = ids.get(&id) {
                problems.push(
                    Problem::error(kind_path.clone(), format!("{:?} repeats {first} in {period}", entry.kind))
                        .with_hint("give each kind once per sub-period, with its total count"),
                );
            } else {
                ids.insert(id, kind_path);
            }
        }
    }
    problems
}
