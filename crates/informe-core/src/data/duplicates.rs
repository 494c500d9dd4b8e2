//! Finds keys written twice in one JSON object, which serde_json would silently collapse, and
//! program ids used twice in a report, which may be written in two files of it.

use std::collections::HashMap;

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};

use crate::data::model::Report;

/// A key repeated in an object: where the repeat is and where the key first appeared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// JSON path of the repeated property, e.g. `measures[0].name`.
    pub path: String,
    pub key: String,
    /// Byte offset of the repeated key's name.
    pub at: usize,
    /// Byte offset of the first occurrence's name.
    pub first: usize,
}

/// A program id used again: the JSON paths (of the merged report) of the repeat and of its
/// first use, which may lie in another file of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatedId {
    /// Path of the repeated id, e.g. `measures[1].programs[0].id`.
    pub at: String,
    /// Path of the id's first use.
    pub first: String,
}

/// Every program id of `report` used again, in order: ids name programs across the report
/// (institutions select them, the workbook keys its rows by them), so measures of two agencies'
/// files may not share one.
pub fn program_ids(report: &Report) -> Vec<RepeatedId> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    let mut out = Vec::new();
    for (at_measure, measure) in report.all_measures() {
        for (p, program) in measure.programs.iter().enumerate() {
            let at = format!("{at_measure}.programs[{p}].id");
            match seen.get(program.id.as_str()) {
                Some(first) => out.push(RepeatedId { at, first: first.clone() }),
                None => {
                    seen.insert(&program.id, at);
                }
            }
        }
    }
    out
}

/// Every repeated key of `text`, in document order; a text that does not parse has none.
///
/// serde_json keeps the last value of a repeated key in maps (the family `data`) and fails on
/// the first repeat in structs, so neither shows the user every repeat; the syntax tree does.
pub fn find(text: &str) -> Vec<Duplicate> {
    let parsed = jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default());
    parsed.ok().and_then(|r| r.value).map(|root| in_tree(&root)).unwrap_or_default()
}

/// Every repeated key under `root`, in document order.
pub fn in_tree(root: &Value<'_>) -> Vec<Duplicate> {
    let mut out = Vec::new();
    walk(root, &mut Vec::new(), &mut out);
    out
}

/// One step from the root to a value.
#[derive(Clone, Copy)]
enum Step<'t> {
    Key(&'t str),
    Index(usize),
}

/// Depth-first walk; depth is bounded by the parser's nesting limit, so recursion is safe.
/// The path is kept as steps and written out only for a repeat: most files have none.
fn walk<'t>(value: &'t Value<'_>, path: &mut Vec<Step<'t>>, out: &mut Vec<Duplicate>) {
    match value {
        Value::Object(object) => {
            let mut seen: HashMap<&str, usize> = HashMap::with_capacity(object.properties.len());
            for prop in &object.properties {
                let key = prop.name.as_str();
                let at = prop.name.range().start;
                path.push(Step::Key(key));
                match seen.get(key) {
                    Some(&first) => out.push(Duplicate { path: written(path), key: key.to_owned(), at, first }),
                    None => {
                        seen.insert(key, at);
                    }
                }
                walk(&prop.value, path, out);
                path.pop();
            }
        }
        Value::Array(array) => {
            for (i, element) in array.elements.iter().enumerate() {
                path.push(Step::Index(i));
                walk(element, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The steps as a JSON path: `measures[0].name`, or `key` at the root.
fn written(steps: &[Step<'_>]) -> String {
    let mut path = String::new();
    for step in steps {
        match step {
            Step::Key(key) if path.is_empty() => path.push_str(key),
            Step::Key(key) => {
                path.push('.');
                path.push_str(key);
            }
            Step::Index(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_repeat_with_its_path() {
        let text = r#"{"a": 1, "b": [{"x": 1, "x": 2}], "a": 3, "a": 4}"#;
        let found = find(text);
        let summary: Vec<_> = found.iter().map(|d| (d.path.as_str(), d.at, d.first)).collect();
        assert_eq!(summary, [("b[0].x", 24, 16), ("a", 34, 1), ("a", 42, 1)]);
    }

    #[test]
    fn same_key_in_sibling_objects_is_fine() {
        assert!(find(r#"[{"id": 1}, {"id": 2}]"#).is_empty());
        assert!(find("not json").is_empty());
    }
}
