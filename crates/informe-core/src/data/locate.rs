//! Maps a JSON path such as `measures[0].programs[2].data` to its line and column in the text.
//!
//! serde_json reports positions only for syntax and type errors; checks that run on the parsed
//! model know the path but not the position, so the text is parsed once more into a syntax tree
//! with byte ranges and the path is walked there.

use std::cell::OnceCell;

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};

use crate::diagnostic::LineCol;

/// One step of a JSON path.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `a.b[2].c` into steps; `.` alone or the empty string is the root.
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some(close) = rest.find(']') {
            // A key may hold brackets (`"x[0]]"` as an unknown field's name): skip what is no index.
            if let Some(Ok(index)) = rest.get(1..close).map(str::parse) {
                out.push(Step::Index(index));
            }
            rest = &rest[close + 1..];
        }
    }
    out
}

/// A JSON text that can answer "where is this path?".
///
/// The syntax tree is built on the first question: most builds have nothing to locate, and a
/// large data file's tree costs as much as deserializing it.
#[derive(Debug)]
pub struct Locator<'a> {
    text: &'a str,
    tree: OnceCell<Option<Value<'a>>>,
}

impl<'a> Locator<'a> {
    /// A locator over `text`; a text that does not parse locates nothing.
    pub fn new(text: &'a str) -> Self {
        Self { text, tree: OnceCell::new() }
    }

    /// The syntax tree of the text, parsed on first use.
    pub fn tree(&self) -> Option<&Value<'a>> {
        self.tree
            .get_or_init(|| {
                jsonc_parser::parse_to_ast(self.text, &CollectOptions::default(), &ParseOptions::default())
                    .ok()
                    .and_then(|result| result.value)
            })
            .as_ref()
    }

    /// The position of the deepest existing value along `path`.
    ///
    /// A path to a missing field therefore points at the object that lacks it.
    pub fn locate(&self, path: &str) -> Option<LineCol> {
        let mut node = self.tree()?;
        for step in steps(path) {
            match child(node, step) {
                Some(prop) => node = prop.value,
                None => break,
            }
        }
        Some(LineCol::of_offset(self.text, node.range().start))
    }

    /// The string literal at `path` exactly as written (escapes decoded), if there is one.
    ///
    /// Some checks need the text, not the parsed value: `"4.8e5"` parses to a valid decimal.
    pub fn string_at(&self, path: &str) -> Option<&str> {
        let mut node = self.tree()?;
        for step in steps(path) {
            node = child(node, step)?.value;
        }
        match node {
            Value::StringLit(lit) => Some(lit.value.as_ref()),
            _ => None,
        }
    }

    /// The byte range of the value at `path` exactly, and what it is in the words of serde's
    /// messages (`null`, ``boolean `true` ``, ``number `5` ``, `list`, `object`, `string`).
    ///
    /// For a check that must quote or replace the value itself rather than point at it.
    pub fn value_at(&self, path: &str) -> Option<(std::ops::Range<usize>, String)> {
        let mut node = self.tree()?;
        for step in steps(path) {
            node = child(node, step)?.value;
        }
        let what = match node {
            Value::NullKeyword(_) => "null".to_owned(),
            Value::BooleanLit(lit) => format!("boolean `{}`", lit.value),
            Value::NumberLit(lit) => format!("number `{}`", lit.value),
            Value::Array(_) => "list".to_owned(),
            Value::Object(_) => "object".to_owned(),
            Value::StringLit(_) => "string".to_owned(),
        };
        let range = node.range();
        Some((range.start..range.end, what))
    }

    /// The position of the key that ends `path` (e.g. an unknown field's name), else as `locate`.
    ///
    /// An unknown or repeated field is a problem of its name, so the name is what to point at.
    pub fn locate_key(&self, path: &str) -> Option<LineCol> {
        let mut node = self.tree()?;
        let steps = steps(path);
        let last = steps.len().checked_sub(1)?;
        for (i, step) in steps.into_iter().enumerate() {
            match child(node, step) {
                Some(Child { key: Some(key), .. }) if i == last => return Some(LineCol::of_offset(self.text, key)),
                Some(prop) => node = prop.value,
                None => break,
            }
        }
        Some(LineCol::of_offset(self.text, node.range().start))
    }
}

/// A child value, with the offset of its key when it is an object property.
struct Child<'n, 'a> {
    value: &'n Value<'a>,
    key: Option<usize>,
}

/// The child of `node` at `step`; of repeated keys the last, as serde_json keeps it.
fn child<'n, 'a>(node: &'n Value<'a>, step: Step<'_>) -> Option<Child<'n, 'a>> {
    match (node, step) {
        (Value::Object(object), Step::Key(key)) => object
            .properties
            .iter()
            .rev()
            .find(|p| p.name.as_str() == key)
            .map(|p| Child { value: &p.value, key: Some(p.name.range().start) }),
        (Value::Array(array), Step::Index(index)) => array.elements.get(index).map(|value| Child { value, key: None }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_keys_and_indices() {
        let text = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"b\": 2, \"c\": true}\n  ]\n}";
        let at = Locator::new(text);
        assert_eq!(at.locate("a[1].c"), Some(LineCol { line: 4, col: 19 }));
        assert_eq!(at.locate("a[0]"), Some(LineCol { line: 3, col: 5 }));
        // A missing key points at the object that should hold it.
        assert_eq!(at.locate("a[1].missing"), Some(LineCol { line: 4, col: 5 }));
        assert_eq!(at.locate(""), Some(LineCol { line: 1, col: 1 }));
        assert_eq!(Locator::new(r#"{"a": ["x"]}"#).string_at("a[0]"), Some("x"));
        assert_eq!(at.string_at("a[1].c"), None);
        assert_eq!(at.locate_key("a[1].c"), Some(LineCol { line: 4, col: 14 }));
        let (range, what) = at.value_at("a[1].c").expect("a[1].c exists");
        assert_eq!((&text[range], what.as_str()), ("true", "boolean `true`"));
        assert_eq!(at.value_at("a[1].missing"), None);
    }

    #[test]
    fn splits_paths() {
        assert_eq!(
            steps("m[0].p[12].data"),
            vec![Step::Key("m"), Step::Index(0), Step::Key("p"), Step::Index(12), Step::Key("data")]
        );
        assert!(steps(".").is_empty());
        // Found by the fuzzer: a `]` right after an index made an inverted range and a panic.
        assert_eq!(steps("x[0]]"), vec![Step::Key("x"), Step::Index(0)]);
    }
}
