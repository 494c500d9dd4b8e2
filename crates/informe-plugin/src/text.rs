//! Text of the data that may be written in several languages: a plain string, or an object of
//! strings by BCP 47 language (`{"en": "…", "es": "…"}`).
//!
//! The host resolves every text to the report's language before anything reads it (see
//! [`Text::resolve`]), so plugins and templates only ever see plain strings.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A text of the data: one string, or one string per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    /// Strings by language, e.g. `en`, `es`, `pt-BR`; never empty.
    Translated(BTreeMap<String, String>),
}

/// How [`Text::resolve`] found the text for a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// The text was plain, or had the language asked for.
    Found,
    /// The language was missing; the text of this other language is used instead.
    FellBack { used: String },
}

impl Text {
    /// The text as a string: the plain text, or (before resolution) the first translation.
    pub fn as_str(&self) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translated(map) => map.values().next().map_or("", String::as_str),
        }
    }

    /// Whether there is nothing but white space to show.
    pub fn is_blank(&self) -> bool {
        match self {
            Text::Plain(text) => text.trim().is_empty(),
            Text::Translated(map) => map.values().all(|t| t.trim().is_empty()),
        }
    }

    /// Whether two texts are the same words, case and spacing aside: the data naming one thing
    /// twice ("Call  2014" and "call 2014").
    pub fn same_words(&self, other: &Text) -> bool {
        let words = |t: &Text| t.as_str().split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
        words(self) == words(other)
    }

    /// The languages a translated text is written in (none for a plain one).
    pub fn languages(&self) -> Vec<&str> {
        match self {
            Text::Plain(_) => Vec::new(),
            Text::Translated(map) => map.keys().map(String::as_str).collect(),
        }
    }

    /// Makes the text plain in `language`, falling back to `fallback` (the data's own language),
    /// then to the first language written, and says whether it had to.
    pub fn resolve(&mut self, language: &str, fallback: &str) -> Resolved {
        let Text::Translated(map) = self else { return Resolved::Found };
        let pick = |wanted: &str| {
            map.keys().find(|k| k.eq_ignore_ascii_case(wanted)).or_else(|| {
                // `es` serves `es-MX` and the reverse: same language, another region.
                let base = |tag: &str| tag.split('-').next().unwrap_or(tag).to_ascii_lowercase();
                map.keys().find(|k| base(k) == base(wanted))
            })
        };
        let (key, resolved) = match pick(language) {
            Some(key) => (key.clone(), Resolved::Found),
            None => {
                let key = pick(fallback).or_else(|| map.keys().next()).cloned().unwrap_or_default();
                (key.clone(), Resolved::FellBack { used: key })
            }
        };
        *self = Text::Plain(map.get(&key).cloned().unwrap_or_default());
        resolved
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_owned())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Plain(text)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Translated(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, or an object of strings by language")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::Plain(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::Plain(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
        let mut map = BTreeMap::new();
        while let Some(language) = access.next_key::<String>()? {
            if !is_language_tag(&language) {
                return Err(de::Error::custom(format!(
                    "`{language}` is not a language tag such as `en`, `es` or `pt-BR`"
                )));
            }
            let text: String = access.next_value()?;
            map.insert(language, text);
        }
        if map.is_empty() {
            return Err(de::Error::custom("a text by language needs at least one language"));
        }
        Ok(Text::Translated(map))
    }
}

/// A BCP 47 tag of the simple kind data files use: a 2–3 letter language, then subtags.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text: one string, or one string per BCP 47 language ({\"en\": \"…\", \"es\": \"…\"}); a missing language falls back to the data's own, with a warning.",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
                    "additionalProperties": { "type": "string" }
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_and_translated_texts_and_refuses_what_is_neither() {
        let plain: Text = serde_json::from_str(r#""Hola""#).expect("plain");
        assert_eq!(plain, Text::from("Hola"));
        let translated: Text = serde_json::from_str(r#"{"en": "Hello", "es-MX": "Hola"}"#).expect("map");
        assert_eq!(translated.languages(), ["en", "es-MX"]);
        for (bad, message) in [
            ("3", "expected a string, or an object of strings by language"),
            ("{}", "needs at least one language"),
            (r#"{"English": "Hello"}"#, "`English` is not a language tag"),
            (r#"{"en": 3}"#, "expected a string"),
        ] {
            let err = serde_json::from_str::<Text>(bad).expect_err(bad).to_string();
            assert!(err.contains(message), "{bad}: {err}");
        }
    }

    #[test]
    fn resolves_to_the_language_then_the_fallback_saying_so() {
        let text = || Text::Translated([("en".into(), "Hello".into()), ("es".into(), "Hola".into())].into());
        let mut es = text();
        assert_eq!(es.resolve("es", "en"), Resolved::Found);
        assert_eq!(es, Text::from("Hola"));
        let mut es_mx = text();
        assert_eq!(es_mx.resolve("es-MX", "en"), Resolved::Found, "a regional tag is served by its language");
        let mut fr = text();
        assert_eq!(fr.resolve("fr", "en"), Resolved::FellBack { used: "en".into() });
        assert_eq!(fr.as_str(), "Hello");
        let mut plain = Text::from("Hi");
        assert_eq!(plain.resolve("fr", "en"), Resolved::Found, "a plain text is the data's own language");
    }

    #[test]
    fn the_same_words_ignore_case_and_spacing_only() {
        let same = |a: &str, b: &str| Text::from(a).same_words(&Text::from(b));
        assert!(same("Call 2014", "  call\t2014 "));
        assert!(same("CONVOCATORIA", "convocatoria"));
        assert!(!same("Call 2014", "Call 2015"));
        assert!(!same("Call 2014", "Call2014"), "words run together are other words");
    }
}
