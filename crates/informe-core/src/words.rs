//! The words informe itself writes into a report, from the catalogues in `messages/`, in the
//! report's language: executive summary sentences, chart descriptions, warnings shown in the report.
//!
//! Invariant: no sentence of a report is a string literal in code; the template's words are its
//! label catalogues, the plugins' are theirs, and the host's are these.

use informe_plugin::catalog::{Arg, Catalog, Sources};

/// The host's catalogues, one per language; English is the fallback.
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

/// The host's words in one locale.
#[derive(Debug, Clone)]
pub struct Words {
    catalog: Catalog,
}

impl Words {
    /// The words for a BCP 47 locale such as `es-MX`; English for a language without a catalogue.
    pub fn new(locale: &str) -> Self {
        // The catalogues are part of the binary and checked by the tests below: English exists.
        let catalog = Catalog::new(MESSAGES, locale)
            .or_else(|_| Catalog::new(MESSAGES, "en"))
            .unwrap_or_else(|err| unreachable!("the host's English catalogue is broken: {err}"));
        Self { catalog }
    }

    /// The message `id` with its placeables filled.
    pub fn message(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.message(id, args)
    }

    /// The message `id`, which has no placeables.
    pub fn text(&self, id: &str) -> String {
        self.catalog.text(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_has_every_message_with_the_same_variables() {
        informe_plugin::testing::assert_catalogues_complete(MESSAGES);
    }

    #[test]
    fn sentences_read_in_each_language() {
        let intro = |locale: &str| {
            Words::new(locale).message(
                "summary-intro",
                &[
                    ("period", "2012–2015".into()),
                    ("measure", "M".into()),
                    ("country", "Mexico".into()),
                    ("count", 6u64.into()),
                    ("programs", "A, B".into()),
                ],
            )
        };
        assert_eq!(intro("en"), "In 2012–2015, the measure “M” of Mexico comprised 6 programs: A, B.");
        assert_eq!(intro("es-MX"), "En 2012–2015, la medida «M» de Mexico comprendió 6 programas: A, B.");
        assert_eq!(
            intro("fr"),
            // French puts an article before a country's name ("du Mexique"), which CLDR's names lack.
            "En 2012–2015, la mesure «\u{a0}M\u{a0}» du rapport comprenait 6 programmes\u{202f}: A, B."
        );
        assert_eq!(intro("de"), intro("en"), "a language without a catalogue reads English");
    }
}
