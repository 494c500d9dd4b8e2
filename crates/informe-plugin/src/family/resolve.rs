//! Family `data` read through the plugin's own schema: every [`Text`] made plain in the report's
//! language (a fallback is a located warning), and every field the schema does not declare refused.
//!
//! The host resolves the texts of the common program fields, whose types it knows; the texts of a
//! family's `data` are known only to the family's plugin. Its data type derives its JSON Schema,
//! where every text is a reference to the `Text` definition, so the SDK walks the data along that
//! schema before deserializing: plugins only ever see texts in the report's language, and a plugin
//! author writes no code for it.
//!
//! The walk also enforces `additionalProperties: false`, because serde cannot deny unknown fields
//! of a struct that flattens another (every family type flattens [`Common`](super::Common)).

use serde_json::{Map, Value};

use crate::exchange::{Context, Problem};
use crate::text::{Resolved, Text};

/// The name of [`Text`]'s schema definition.
const TEXT: &str = "Text";
/// The name of [`Count`](super::Count)'s schema definition.
const COUNT: &str = "Count";
/// Where a count may carry its own period.
const PROJECTS: &str = "data.projects";

/// Resolves the texts of `data` in place and checks its fields against `schema` (a whole schema,
/// with its `$defs`). Returns a warning per text that fell back and an error per unknown field,
/// with paths inside the program (`data.partners[2].name`).
pub(crate) fn resolve(data: &mut Value, schema: &Value, context: &Context) -> Vec<Problem> {
    let mut walk = Walk { root: schema, context, problems: Vec::new() };
    walk.value(data, schema, "data".to_owned(), 0);
    walk.problems
}

struct Walk<'a> {
    root: &'a Value,
    context: &'a Context,
    problems: Vec<Problem>,
}

/// Deeper than any family type nests; bounds a schema that refers to itself.
const MAX_DEPTH: usize = 64;

impl<'a> Walk<'a> {
    fn value(&mut self, value: &mut Value, schema: &Value, path: String, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or_default();
            if name == TEXT {
                self.text(value, &path);
                return;
            }
            // Only the party's projects may be a total over other years ("as of 2019"): a
            // period anywhere else would be a figure the narrative could not place.
            if name == COUNT && path != PROJECTS && value.get("period").is_some() {
                self.problems.push(
                    Problem::error(format!("{path}.period"), "a count takes its own period only at `projects`")
                        .with_hint("give the years of other figures where the data has a `period` for them"),
                );
            }
            if let Some(target) = self.definition(reference) {
                self.value(value, target, path.clone(), depth + 1);
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            for branch in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                if fits(value, branch) {
                    self.value(value, branch, path.clone(), depth + 1);
                }
            }
        }
        match value {
            Value::Object(object) => self.object(object, schema, &path, depth),
            Value::Array(items) => {
                if let Some(item) = schema.get("items") {
                    for (i, value) in items.iter_mut().enumerate() {
                        self.value(value, item, format!("{path}[{i}]"), depth + 1);
                    }
                }
            }
            _ => {}
        }
    }

    fn object(&mut self, object: &mut Map<String, Value>, schema: &Value, path: &str, depth: usize) {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else { return };
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (key, value) in object.iter_mut() {
            let at = format!("{path}.{key}");
            match properties.get(key) {
                Some(property) => self.value(value, property, at, depth + 1),
                None if closed => {
                    let known: Vec<&str> = properties.keys().map(String::as_str).collect();
                    let hint = match crate::family::suggest(key, &known) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None => format!("the fields here are: {}", known.join(", ")),
                    };
                    self.problems.push(Problem::error(at, format!("unknown field `{key}`")).with_hint(hint).on_key());
                }
                None => {}
            }
        }
    }

    fn definition(&self, reference: &str) -> Option<&'a Value> {
        let pointer = reference.strip_prefix('#')?;
        let root: &'a Value = self.root;
        root.pointer(pointer)
    }

    /// Makes a text of the data plain in the report's language.
    fn text(&mut self, value: &mut Value, path: &str) {
        if !value.is_object() {
            return;
        }
        let Ok(mut text) = serde_json::from_value::<Text>(value.clone()) else {
            // Deserializing reports the malformed text with its path.
            return;
        };
        let languages = text.languages().join(", ");
        let language = &self.context.language;
        if let Resolved::FellBack { used } = text.resolve(language, &self.context.source_language) {
            self.problems.push(
                Problem::warning(path, format!("no `{language}` text here: the `{used}` text is used"))
                    .with_hint(format!("the text is written in {languages}; add a `{language}` entry to translate it")),
            );
        }
        *value = Value::String(text.as_str().to_owned());
    }
}

/// Whether a branch of `anyOf`/`oneOf` may describe the value: by its `type` when it states one.
fn fits(value: &Value, branch: &Value) -> bool {
    let Some(kind) = branch.get("type") else { return true };
    let names: Vec<&str> = match kind {
        Value::String(name) => vec![name.as_str()],
        Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
        _ => return true,
    };
    names.iter().any(|name| match *name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" | "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use schemars::JsonSchema;
    use serde::Deserialize;

    use super::*;
    use crate::model::Period;

    #[derive(Debug, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        name: Text,
        #[serde(default)]
        acronym: Option<String>,
    }

    #[derive(Debug, Deserialize, JsonSchema)]
    #[schemars(deny_unknown_fields)]
    struct Data {
        #[serde(default)]
        partners: Vec<Inner>,
        #[serde(default)]
        topic: Option<Text>,
        #[serde(flatten)]
        more: More,
    }

    #[derive(Debug, Default, Deserialize, JsonSchema)]
    #[serde(default)]
    struct More {
        areas: Vec<Text>,
        period: Option<Period>,
    }

    fn context(language: &str) -> Context {
        Context {
            country: String::new(),
            period: Period { from: 2012, to: 2015 },
            language: language.into(),
            locale: String::new(),
            country_code: None,
            source_language: "en".into(),
        }
    }

    #[test]
    fn texts_at_any_depth_are_resolved_and_fallbacks_and_unknown_fields_are_located() {
        let schema = schemars::schema_for!(Data).to_value();
        let mut data = serde_json::json!({
            "partners": [{"name": {"en": "Network", "es": "Red"}}, {"name": "UNESCO", "acronim": "U"}],
            "topic": {"en": "Heritage"},
            "areas": [{"en": "training", "es": "formación"}, "co-production"],
            "period": {"from": 2012, "to": 2013},
            "colour": "red"
        });
        let problems = resolve(&mut data, &schema, &context("es"));
        assert_eq!(data["partners"][0]["name"], "Red");
        assert_eq!(data["topic"], "Heritage");
        assert_eq!(data["areas"], serde_json::json!(["formación", "co-production"]));
        let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
        assert_eq!(
            found,
            [
                ("data.colour", "unknown field `colour`"),
                ("data.partners[1].acronim", "unknown field `acronim`"),
                ("data.topic", "no `es` text here: the `en` text is used"),
            ]
        );
        assert_eq!(problems[1].hint.as_deref(), Some("did you mean `acronym`?"));
        data.as_object_mut().expect("object").remove("colour");
        data["partners"][1].as_object_mut().expect("object").remove("acronim");
        let data: Data = serde_json::from_value(data).expect("resolved data deserializes");
        assert_eq!((data.partners[0].name.as_str(), data.partners[1].acronym.as_deref()), ("Red", None));
        assert_eq!((data.topic.map(|t| t.to_string()), data.more.areas.len()), (Some("Heritage".into()), 2));
    }
}
