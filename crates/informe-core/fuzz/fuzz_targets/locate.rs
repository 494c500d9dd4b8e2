//! Fuzzes the JSON path → line:col locator: every value of a JSON text must be found where it is written.
//!
//! Input: `PATH\0TEXT` probes one arbitrary path; a plain TEXT (e.g. a report file of the seed
//! corpus) probes every path of the document that serde_json reads from it.

#![no_main]

use informe_core::LineCol;
use informe_core::data::locate::Locator;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|bytes: &[u8]| {
    let Ok(input) = std::str::from_utf8(bytes) else { return };
    let (probe, text) = match input.split_once('\0') {
        Some((path, text)) => (Some(path), text),
        None => (None, input),
    };
    let locator = Locator::new(text);
    if let Some(path) = probe {
        // Any path, however odd, is answered with a place in the text or nothing.
        for at in [locator.locate(path), locator.locate_key(path)].into_iter().flatten() {
            offset_of(text, at);
        }
    }
    let Ok(root) = serde_json::from_str::<Value>(text) else { return };
    let mut paths = Vec::new();
    walk(&root, String::new(), None, &mut paths);
    for (path, key, value) in paths {
        let at = locator.locate(&path).unwrap_or_else(|| panic!("`{path}` not located in {text:?}"));
        let offset = offset_of(text, at);
        // The value read from the located place is the value at the path, so the place is its start.
        let found = serde_json::Deserializer::from_str(&text[offset..]).into_iter::<Value>().next();
        assert!(matches!(&found, Some(Ok(v)) if v == value), "`{path}` at {at:?} reads {found:?}, not {value}");
        assert_eq!(locator.string_at(&path), value.as_str(), "string at `{path}`");
        if let Some(key) = key {
            let at = locator.locate_key(&path).unwrap_or_else(|| panic!("key of `{path}` not located"));
            let found = serde_json::Deserializer::from_str(&text[offset_of(text, at)..]).into_iter::<String>().next();
            assert!(matches!(&found, Some(Ok(k)) if k == key), "key of `{path}` at {at:?} reads {found:?}");
        }
    }
});

/// Every value under `value` with its path, and its key when it is an object member.
///
/// Keys that the path syntax cannot spell (empty, or holding `.`, `[` or `]`) are not descended.
fn walk<'v>(value: &'v Value, path: String, key: Option<&'v str>, out: &mut Vec<(String, Option<&'v str>, &'v Value)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if !k.is_empty() && !k.contains(['.', '[', ']']) {
                    let child = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    walk(v, child, Some(k), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}[{i}]"), None, out);
            }
        }
        _ => {}
    }
    out.push((path, key, value));
}

/// The byte offset of `at` in `text`, asserting that it is a place in the text.
fn offset_of(text: &str, at: LineCol) -> usize {
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(at.line >= 1 && at.line <= lines.len(), "line {} of {}", at.line, lines.len());
    assert!(at.col >= 1, "{at:?}");
    let start: usize = lines[..at.line - 1].iter().map(|l| l.len() + 1).sum();
    let line = lines[at.line - 1];
    let chars = line.chars().count();
    assert!(at.col <= chars + 1, "col {} of a {chars}-character line", at.col);
    start + line.char_indices().nth(at.col - 1).map_or(line.len(), |(i, _)| i)
}
