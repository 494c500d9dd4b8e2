//! Synthetic report data at scale, for benchmarks: the fixture's six programs cloned N times.
//!
//! Deterministic: the same N always gives the same bytes. Each clone keeps its original's texts,
//! amounts and family data, so text lengths, figures and plugin work are those of real programs;
//! only ids and names change, and programs are grouped into measures of at most 60.

use std::path::Path;

use anyhow::{Context, bail};
use serde_json::{Value, json};

/// Programs per measure: a report's measures are groups of programs, not one list of a thousand.
const PER_MEASURE: usize = 60;

/// The fixture grown to `programs` programs.
pub fn generate(fixture: &Path, programs: usize) -> anyhow::Result<Value> {
    if programs == 0 {
        bail!("a report needs at least one program");
    }
    let text = std::fs::read_to_string(fixture).with_context(|| format!("reading {}", fixture.display()))?;
    let mut report: Value = serde_json::from_str(&text).context("parsing the fixture")?;
    let template = report["measures"][0].clone();
    let originals = template["programs"].as_array().cloned().unwrap_or_default();
    if originals.is_empty() {
        bail!("the fixture's first measure has no programs");
    }
    let mut measures = Vec::new();
    for (m, start) in (0..programs).step_by(PER_MEASURE).enumerate() {
        let mut measure = template.clone();
        measure["name"] = json!(format!("{} — group {}", template["name"].as_str().unwrap_or("Measure"), m + 1));
        let list: Vec<Value> = (start..programs.min(start + PER_MEASURE))
            .map(|i| {
                let mut program = originals[i % originals.len()].clone();
                let round = i / originals.len() + 1;
                let id = program["id"].as_str().unwrap_or("program").to_owned();
                let name = program["name"].as_str().unwrap_or("PROGRAM").to_owned();
                program["id"] = json!(format!("{id}-{round:04}"));
                program["name"] = json!(format!("{name} {round}"));
                program
            })
            .collect();
        measure["programs"] = json!(list);
        measures.push(measure);
    }
    report["measures"] = json!(measures);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/mexico-2012-2015.json")
    }

    #[test]
    fn grows_deterministically_with_unique_ids_in_measures_of_sixty() {
        let report = generate(&fixture(), 130).expect("generate");
        assert_eq!(report, generate(&fixture(), 130).expect("again"), "not deterministic");
        let measures = report["measures"].as_array().expect("measures");
        let sizes: Vec<usize> = measures.iter().map(|m| m["programs"].as_array().map_or(0, Vec::len)).collect();
        assert_eq!(sizes, [60, 60, 10]);
        let mut ids: Vec<&str> = measures
            .iter()
            .flat_map(|m| m["programs"].as_array().into_iter().flatten())
            .filter_map(|p| p["id"].as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 130, "ids are not unique");
        assert!(ids.contains(&"ibermedia-0022"), "{ids:?}");
    }
}
