//! A plugin for the `festival` family, built only by the tests to prove drop-in loading.
//!
//! A plain plugin, not on the SDK's family module: its data has fields of its own only, and it
//! proves such a plugin still reads its data through its derived schema and names its family.

use informe_plugin::prelude::*;
use serde::Deserialize;

/// The family `data` of a festival program.
// Derived through the SDK's re-export of schemars, as a dropped-in plugin depending on the SDK and
// serde only must; `validated` reads the data through this schema.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(crate = "informe_plugin::schemars")]
struct Data {
    /// Editions the festival held in the report period.
    editions: u64,
    /// Projects the festival selected: they count toward the beneficiary-projects indicator.
    selected_projects: u64,
}

/// The plugin's words, one Fluent catalogue per language (English is the fallback).
const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");

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
        family_name: Some(t.text("family-name")),
        ..Response::default()
    })
}

informe_plugin::declare_plugin! {
    name: "festival",
    version: env!("CARGO_PKG_VERSION"),
    families: ["festival"],
    process: process,
    schema: informe_plugin::family::schema::<Data>,
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

    #[test]
    fn names_its_family_and_refuses_unknown_fields_through_its_schema() {
        let response = process(&request_in(REPORT, "fest", "es-MX")).expect("processed");
        assert_eq!(response.family_name.as_deref(), Some("Festival"));
        let mut request = request_in(REPORT, "fest", "en");
        request.program.data.insert("edition".into(), 3.into());
        let response = process(&request).expect("processed");
        assert_eq!(response.problems[0].path, "data.edition");
        assert_eq!(response.problems[0].hint.as_deref(), Some("did you mean `editions`?"));
        let schema = informe_plugin::family::schema::<Data>();
        assert_eq!(schema["properties"]["selected_projects"]["type"], "integer");
    }
}
