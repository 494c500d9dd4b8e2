//! A plugin for the `festival` family, built only by the tests to prove drop-in loading.

use informe_plugin::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    editions: u64,
    selected_projects: u64,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

fn process(request: &Request) -> Result<Response, PluginError> {
    let data: Data = match request.validated(|_| Vec::new()) {
        Ok((data, _)) => data,
        Err(rejected) => return Ok(rejected),
    };
    let t = Catalog::new(MESSAGES, request.context.locale())?;
    let editions = [("editions", Arg::Count(data.editions))];
    let section = Section::new(t.text("section-title")).with(t.paragraph("editions-paragraph", &editions));
    Ok(Response {
        sections: vec![section],
        metrics: vec![
            Metric::count("editions", &t.text("editions-label"), data.editions),
            Metric::count("selected-projects", &t.text("selected-label"), data.selected_projects)
                .feeds(BENEFICIARY_PROJECTS),
        ],
        summary: Some(t.message("summary", &editions)),
        ..Response::default()
    })
}

informe_plugin::declare_plugin! {
    name: "festival",
    version: env!("CARGO_PKG_VERSION"),
    families: ["festival"],
    process: process,
}

#[cfg(test)]
mod tests {
    use informe_plugin::testing::{assert_catalogues_complete, paragraphs, request_in};

    use super::*;

    const REPORT: &str = r#"{"country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en",
        "measures": [{"programs": [{"id": "fest", "name": "FEST", "family": "festival",
            "data": {"editions": 3, "selected_projects": 12}}]}]}"#;

    #[test]
    fn writes_each_language() {
        let cases = [
            ("en", "The festival held 3 editions in the period."),
            ("es-MX", "El festival celebró 3 ediciones en el periodo."),
            ("pt-BR", "O festival realizou 3 edições no período."),
            ("fr", "Le festival a tenu 3 éditions au cours de la période."),
        ];
        for (locale, want) in cases {
            assert_eq!(paragraphs(&process(&request_in(REPORT, "fest", locale)).expect("processed")), [want]);
        }
        assert_catalogues_complete(MESSAGES);
    }
}
