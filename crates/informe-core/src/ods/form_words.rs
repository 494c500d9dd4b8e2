//! The form's own words in the workbook (its chapters and areas of monitoring), from the template.
//!
//! They are read from the default template's label catalogues, so the workbook names them exactly
//! as the PDF does.

use serde_json::{Map, Value};

/// The default template's labels in one language: English, overridden key by key by the
/// language's catalogue, as `labels.typ` merges them.
#[derive(Debug)]
pub struct FormWords {
    labels: Map<String, Value>,
}

fn catalogue(language: &str) -> Map<String, Value> {
    crate::render::template::shipped("default")
        .and_then(|dir| dir.get_file(format!("default/labels/{language}.json")))
        .and_then(|file| serde_json::from_slice::<Value>(file.contents()).ok())
        .and_then(|value| match value {
            Value::Object(map) => Some(map),
            _ => None,
        })
        .unwrap_or_default()
}

impl FormWords {
    /// The words of `language` (`es`, or `es-MX`: its base language is used).
    pub fn new(language: &str) -> Self {
        let mut labels = catalogue("en");
        let base = language.split('-').next().unwrap_or("en");
        if base != "en" {
            labels.extend(catalogue(base));
        }
        Self { labels }
    }

    /// The entry `key` of the catalogue `group`, else the key as the data writes it (a catalogue
    /// lacking it fails the catalogue tests first).
    fn entry(&self, group: &str, key: &str) -> String {
        self.labels.get(group).and_then(|g| g.get(key)).and_then(Value::as_str).unwrap_or(key).to_owned()
    }

    /// A chapter of the 2012 form, by key.
    pub fn chapter(&self, key: &str) -> String {
        self.entry("chapters", key)
    }

    /// An area of monitoring of the 2020 form, by key.
    pub fn area(&self, key: &str) -> String {
        self.entry("areas", key)
    }

    /// A label of the template outside any group (`civil_society_measures`), else the key.
    pub fn label(&self, key: &str) -> String {
        self.labels.get(key).and_then(Value::as_str).unwrap_or(key).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_are_named_in_the_report_s_language() {
        assert_eq!(FormWords::new("en").chapter("international-cooperation"), "International cooperation");
        assert_eq!(FormWords::new("es-MX").chapter("international-cooperation"), "Cooperación internacional");
        assert_eq!(FormWords::new("fr").chapter("cultural-policies"), "Politiques et mesures culturelles");
        assert_eq!(FormWords::new("pt").label("measures_table_allocated"), "Recursos alocados");
    }
}
