//! The data format's help in the report's languages: each English text of the schema, its titles and descriptions, turned into its translation from a catalogue per language.
//!
//! The texts are the model types' doc comments and the schema's own title, in English;
//! `help/LANG.json` maps each of them, exactly as the schema has it, to its translation. A schema
//! node's texts are in one language: all of them translated, or, when one of them is a text no
//! catalogue knows (a plugin's schema for its family `data`, in its author's words), all kept as
//! they are and the node marked `"x-informe-lang": "en"`, so that a form gives each text it shows
//! of that node, a field's help or a choice's name or tooltip, the language it is written in.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

/// The keyword marking a node whose texts are left in English; JSON Schema ignores unknown keywords.
pub const LANG_MARK: &str = "x-informe-lang";

/// The keywords whose strings are texts for people: what a form shows as a name, a help or a tooltip.
const TEXT_KEYWORDS: [&str; 2] = ["title", "description"];

/// The catalogues, English text → translation, one per language besides English.
pub(crate) const CATALOGUES: [(&str, &str); 3] =
    [("es", include_str!("help/es.json")), ("pt", include_str!("help/pt.json")), ("fr", include_str!("help/fr.json"))];

/// Keywords whose values are data, not schemas: a title or description inside one is data too.
const DATA_KEYWORDS: [&str; 4] = ["const", "default", "enum", "examples"];

/// A language the help is not written in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the data format's help is not written in `{0}`: it is in {languages}", languages = crate::data::localize::LANGUAGES.join(", "))]
pub struct UnknownLanguage(pub String);

type Catalogue = HashMap<String, String>;

static PARSED: LazyLock<Vec<(&'static str, Catalogue)>> = LazyLock::new(|| {
    CATALOGUES
        .iter()
        .map(|(lang, text)| {
            // The catalogues are part of the binary and read by the tests below.
            let catalogue = serde_json::from_str(text)
                .unwrap_or_else(|err| unreachable!("the help catalogue help/{lang}.json is broken: {err}"));
            (*lang, catalogue)
        })
        .collect()
});

/// The catalogue of `lang`, or `None` for English and languages without one.
pub(crate) fn catalogue(lang: &str) -> Option<&'static Catalogue> {
    PARSED.iter().find(|(code, _)| *code == lang).map(|(_, catalogue)| catalogue)
}

/// Writes every title and description of `schema` in `lang`: a node whose texts the catalogue
/// all knows has each replaced by its translation; a node with any other keeps them all and is
/// marked `"x-informe-lang": "en"`. English leaves the schema as it is.
pub fn localize(schema: &mut Value, lang: &str) -> Result<(), UnknownLanguage> {
    if lang == "en" {
        return Ok(());
    }
    let catalogue = catalogue(lang).ok_or_else(|| UnknownLanguage(lang.to_owned()))?;
    translate(schema, catalogue);
    Ok(())
}

fn translate(node: &mut Value, catalogue: &'static Catalogue) {
    match node {
        Value::Object(object) => {
            // In a `properties` map, a field named `title` or `description` is a schema, never a
            // string. One text unknown keeps the node's others English too: a form shows them
            // together, and its mark says the language of them all.
            let translations: Option<Vec<(&str, &String)>> = TEXT_KEYWORDS
                .iter()
                .filter_map(|key| object.get(*key).and_then(Value::as_str).map(|text| (*key, text)))
                .map(|(key, text)| catalogue.get(text).map(|translation| (key, translation)))
                .collect();
            match translations {
                Some(translations) => {
                    for (key, translation) in translations {
                        object.insert(key.to_owned(), Value::from(translation.as_str()));
                    }
                }
                None => {
                    object.insert(LANG_MARK.to_owned(), Value::from("en"));
                }
            }
            for (key, value) in object.iter_mut() {
                if !DATA_KEYWORDS.contains(&key.as_str()) {
                    translate(value, catalogue);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| translate(item, catalogue)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::json;

    use super::*;
    use crate::host::Registry;
    use crate::schema::data_schema;

    /// How each language says that a field belongs to one form only, as `(2020 form)` or
    /// `(2020 form: "…")` does: the workbench reads these marks to set such fields apart.
    const FORM_MARKS: [(&str, &str); 4] =
        [("en", "{} form"), ("es", "formulario de {}"), ("pt", "formulário de {}"), ("fr", "formulaire de {}")];

    /// Every text (title or description) in a schema, as `localize` walks it.
    fn texts(node: &Value, found: &mut BTreeSet<String>) {
        match node {
            Value::Object(object) => {
                for key in TEXT_KEYWORDS {
                    if let Some(Value::String(text)) = object.get(key) {
                        found.insert(text.clone());
                    }
                }
                for (key, value) in object {
                    if !DATA_KEYWORDS.contains(&key.as_str()) {
                        texts(value, found);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| texts(item, found)),
            _ => {}
        }
    }

    fn core_texts() -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        texts(&data_schema(&Registry::default()).expect("schema"), &mut found);
        found
    }

    fn listed<'a>(texts: impl IntoIterator<Item = &'a String>) -> String {
        texts
            .into_iter()
            .map(|text| format!("  {}", serde_json::to_string(text).unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_title_and_description_of_the_core_schema_has_a_translation_in_every_language() {
        let english = core_texts();
        assert!(english.len() > 100, "the schema lost its descriptions: {english:?}");
        let title = data_schema(&Registry::default()).expect("schema")["title"].as_str().map(str::to_owned);
        assert!(title.is_some_and(|title| english.contains(&title)), "the schema's title is not among its texts");
        for (lang, _) in CATALOGUES {
            let catalogue = catalogue(lang).expect("catalogue");
            let missing: Vec<&String> = english.iter().filter(|text| !catalogue.contains_key(*text)).collect();
            assert!(
                missing.is_empty(),
                "help/{lang}.json has no translation of {} title(s) or description(s) of the schema (a doc comment \
                 or the schema's title was added or changed); add each, keyed by its English text exactly as \
                 below:\n{}",
                missing.len(),
                listed(missing)
            );
        }
    }

    #[test]
    fn no_catalogue_translates_a_text_the_schema_no_longer_has() {
        let english = core_texts();
        for (lang, _) in CATALOGUES {
            let stale: Vec<&String> =
                catalogue(lang).expect("catalogue").keys().filter(|key| !english.contains(*key)).collect();
            assert!(
                stale.is_empty(),
                "help/{lang}.json translates {} text(s) no title or description of the schema has any more:\n{}",
                stale.len(),
                listed(stale)
            );
        }
    }

    #[test]
    fn translations_keep_the_code_marks_and_the_form_marks() {
        let form_mark = |lang: &str, text: &str, year: &str| {
            let (_, phrase) = FORM_MARKS.iter().find(|(code, _)| *code == lang).expect("form mark");
            let phrase = format!("({}", phrase.replace("{}", year));
            // French sets a narrow no-break space before a colon.
            [")", ":", "\u{202f}:"].iter().any(|end| text.contains(&format!("{phrase}{end}")))
        };
        for (lang, _) in CATALOGUES {
            for (english, translation) in catalogue(lang).expect("catalogue") {
                let quoted = serde_json::to_string(english).unwrap_or_default();
                assert!(
                    !translation.trim().is_empty() && translation != english && translation.trim() == translation,
                    "help/{lang}.json: {quoted} → {translation:?}"
                );
                assert_eq!(
                    translation.matches('`').count(),
                    english.matches('`').count(),
                    "help/{lang}.json: the code marks of {quoted} differ in {translation:?}"
                );
                for year in ["2012", "2020"] {
                    assert_eq!(
                        form_mark(lang, translation, year),
                        form_mark("en", english, year),
                        "help/{lang}.json: {quoted} and {translation:?} differ in saying \"({year} form)\""
                    );
                }
            }
        }
    }

    #[test]
    fn localize_translates_what_the_catalogue_knows_and_marks_the_rest() {
        let text = "A footnote of the source document.";
        let mut schema = json!({
            "title": "informe report data",
            "description": text,
            "properties": {
                "description": { "type": "string", "description": text },
                "title": { "title": "informe report data" },
                "data": { "title": "A plugin's", "description": "What a plugin's author wrote." },
                "mixed": { "title": "A plugin's", "description": text },
            },
            "default": { "description": text, "title": "informe report data" },
            "oneOf": [{ "const": "x", "description": text }],
        });
        localize(&mut schema, "es").expect("es");
        assert_eq!(
            schema,
            json!({
                "title": "informe — datos del informe",
                "description": "Una nota al pie del documento fuente.",
                "properties": {
                    "description": { "type": "string", "description": "Una nota al pie del documento fuente." },
                    "title": { "title": "informe — datos del informe" },
                    "data": { "title": "A plugin's", "description": "What a plugin's author wrote.", "x-informe-lang": "en" },
                    // A node's texts are in one language, the one its mark says.
                    "mixed": { "title": "A plugin's", "description": text, "x-informe-lang": "en" },
                },
                "default": { "description": text, "title": "informe report data" },
                "oneOf": [{ "const": "x", "description": "Una nota al pie del documento fuente." }],
            })
        );
    }

    #[test]
    fn english_is_the_schema_as_it_is_and_other_languages_are_refused() {
        let schema = data_schema(&Registry::default()).expect("schema");
        let mut english = schema.clone();
        localize(&mut english, "en").expect("en");
        assert_eq!(english, schema);
        let mut german = schema.clone();
        assert_eq!(localize(&mut german, "de"), Err(UnknownLanguage("de".to_owned())));
        assert_eq!(german, schema, "a refused language changes nothing");
        for (lang, _) in CATALOGUES {
            let mut localized = schema.clone();
            localize(&mut localized, lang).expect(lang);
            assert!(!localized.to_string().contains(LANG_MARK), "{lang}: a core text is marked English");
            assert_ne!(localized["description"], schema["description"], "{lang}");
            assert_ne!(localized["title"], schema["title"], "{lang}");
        }
    }
}
