//! The performing-arts plugin on its program of the fixture, on the least data a party may give,
//! and on malformed data, in the report's languages.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn iberescena() -> Request {
    request_for(FIXTURE, "iberescena")
}

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "iberescena", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

#[test]
fn fixture_program_yields_its_metrics() {
    let response = run(&iberescena());
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["projects", "countries"]);

    let projects = &response.metrics[0];
    assert_eq!(projects.label, "Projects benefited");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan));
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
    assert_eq!(Formatter::new("en").figure(&projects.figure), "more than 40");

    let countries = &response.metrics[1];
    assert_eq!(countries.label, "Participating countries");
    assert_eq!(countries.figure, Figure::new(Quantity::Count { value: 10 }, Qualifier::Exact));
    assert_eq!(countries.indicator, None);
    assert_eq!(response.family_name.as_deref(), Some("Performing arts"));
}

#[test]
fn fixture_program_narrative_keeps_the_qualifier_and_names_the_countries() {
    for locale in ["en", "en-MX"] {
        let response = run(&request_in(FIXTURE, "iberescena", locale));
        assert_eq!(response.sections[0].title, "Results");
        assert_eq!(
            paragraphs(&response),
            [
                "In 2012–2015, more than 40 projects were benefited.",
                "The 10 countries that participated in 2012–2015 were: Argentina, Brazil, Colombia, Chile, Costa Rica, \
                 Ecuador, Panama, Paraguay, Peru, and Uruguay.",
            ],
            "{locale}"
        );
        let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else { panic!("key figures") };
        assert_eq!(items[0].figure.qualifier, Qualifier::MoreThan);
        assert_eq!(
            response.summary.as_deref(),
            Some("Through IBERESCENA, more than 40 projects were benefited, with 10 participating countries.")
        );
    }
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&request_in(FIXTURE, "iberescena", "es-MX"));
    assert_eq!(response.sections[0].title, "Resultados");
    assert_eq!(response.family_name.as_deref(), Some("Artes escénicas"));
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Proyectos beneficiados", "Países participantes"]);
    // The countries are named from their codes in the report's language.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, se beneficiaron más de 40 proyectos.",
            "Los 10 países que participaron en 2012–2015 fueron: Argentina, Brasil, Colombia, Chile, Costa Rica, \
             Ecuador, Panamá, Paraguay, Perú y Uruguay.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some("A través de IBERESCENA, se beneficiaron más de 40 proyectos, con 10 países participantes.")
    );
}

#[test]
fn the_countries_in_portuguese_and_french() {
    let pt = run(&request_in(FIXTURE, "iberescena", "pt"));
    assert_eq!(
        paragraphs(&pt)[1],
        "Os 10 países que participaram em 2012–2015 foram: Argentina, Brasil, Colômbia, Chile, Costa Rica, Equador, \
         Panamá, Paraguai, Peru e Uruguai."
    );
    let fr = run(&request_in(FIXTURE, "iberescena", "fr"));
    assert_eq!(
        paragraphs(&fr),
        [
            "En 2012–2015, plus de 40 projets ont bénéficié d’un soutien.",
            "Les 10 pays ayant participé en 2012–2015 sont les suivants\u{a0}: Argentine, Brésil, Colombie, Chili, \
             Costa Rica, Équateur, Panama, Paraguay, Pérou et Uruguay.",
        ]
    );
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        ("en", "In 2012–2015, 15 projects were benefited.", "Through IBERESCENA, 15 projects were benefited."),
        ("es", "En 2012–2015, se beneficiaron 15 proyectos.", "A través de IBERESCENA, se beneficiaron 15 proyectos."),
        (
            "pt",
            "Em 2012–2015, 15 projetos foram beneficiados.",
            "Por meio do programa IBERESCENA, 15 projetos foram beneficiados.",
        ),
        (
            "fr",
            "En 2012–2015, 15 projets ont bénéficié d’un soutien.",
            "Grâce au programme IBERESCENA, 15 projets ont bénéficié d’un soutien.",
        ),
    ];
    for (locale, paragraph, summary) in cases {
        let empty = run(&with_data(locale, json!({})));
        assert!(empty.problems.is_empty(), "{locale}: {:?}", empty.problems);
        assert!(empty.sections.is_empty() && empty.metrics.is_empty() && empty.summary.is_none(), "{locale}");

        // No countries given: none is counted, and the narrative says nothing of them.
        let response = run(&with_data(locale, json!({"projects": 15})));
        assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
        assert_eq!(paragraphs(&response), [paragraph], "{locale}");
        assert_eq!(response.summary.as_deref(), Some(summary), "{locale}");
        assert_eq!(response.metrics.len(), 1, "{locale}");
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "{locale}");
    }
}

#[test]
fn the_qualified_figure_is_strong_and_one_of_each_is_singular() {
    let data = json!({"projects": {"count": 1, "qualifier": "at-least"}, "countries": ["UY"]});
    let response = run(&with_data("pt", data));
    let Block::Paragraph { spans } = &response.sections[0].blocks[1] else { panic!("the projects paragraph") };
    assert_eq!(spans[1], Span::strong("pelo menos 1"));
    assert_eq!(
        paragraphs(&response),
        ["Em 2012–2015, pelo menos 1 projeto foi beneficiado.", "O país que participou em 2012–2015 foi: Uruguai."]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some("Por meio do programa IBERESCENA, pelo menos 1 projeto foi beneficiado, com 1 país participante.")
    );
}

#[test]
fn a_repeated_country_is_a_warning_and_counted_once() {
    let data = json!({"projects": 40, "countries": ["AR", "PE", "pe"]});
    let response = run(&with_data("en", data));
    assert_eq!(response.problems.len(), 1);
    assert_eq!(
        (response.problems[0].severity, response.problems[0].path.as_str()),
        (Severity::Warning, "data.countries[2]")
    );
    assert_eq!(response.metrics[1].figure.quantity, Quantity::Count { value: 2 });
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (json!({"projects": {"count": 40, "qualifier": "over"}}), "data.projects.qualifier"),
        (json!({"projects": {"value": 40}}), "data.projects.value"),
        (json!({"countries": ["AR", "Brazil"]}), "data.countries[1]"),
        (json!({"participating_countries": ["Argentina"]}), "data.participating_countries"),
    ];
    for (data, path) in cases {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert!(response.metrics.is_empty() && response.sections.is_empty(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
    }
}

#[test]
fn the_schema_is_derived_from_the_data_type() {
    let schema = schema();
    assert_eq!(schema["title"], "Program data of the `performing-arts` family (IBERESCENA…)");
    let fixture = iberescena();
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
}
