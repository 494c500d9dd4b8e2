use informe_plugin::prelude::*;
use informe_plugin::serde_json::{self, json};
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn iberescena() -> Request {
    request_for(FIXTURE, "iberescena")
}

const COUNTRIES: [&str; 10] =
    ["Argentina", "Brazil", "Colombia", "Chile", "Costa Rica", "Ecuador", "Panama", "Paraguay", "Peru", "Uruguay"];

#[test]
fn fixture_program_yields_its_metrics() {
    let response = process(&iberescena()).expect("processed");
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.metrics.len(), 2);

    let projects = &response.metrics[0];
    assert_eq!(projects.id, "projects-benefited");
    assert_eq!(projects.label, "Projects benefited");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan));
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
    assert_eq!(Formatter::new("en").figure(&projects.figure), "more than 40");

    let countries = &response.metrics[1];
    assert_eq!(countries.id, "participating-countries");
    assert_eq!(countries.figure, Figure::new(Quantity::Count { value: 10 }, Qualifier::Exact));
    assert_eq!(countries.indicator, None);
}

#[test]
fn fixture_program_narrative_keeps_the_qualifier_and_lists_the_countries() {
    let response = process(&iberescena()).expect("processed");
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2015, more than 40 projects were benefited.",
            "The 10 countries that participated in the reference period were:",
        ]
    );
    let blocks = &response.sections[0].blocks;
    let Some(Block::List { items, ordered: false }) = blocks.last() else { panic!("the section ends with the list") };
    let listed: Vec<&str> = items.iter().map(|i| i[0].text.as_str()).collect();
    assert_eq!(listed, COUNTRIES);
    let Some(Block::KeyFigures { items }) = blocks.first() else { panic!("the section opens with key figures") };
    assert_eq!(items[0].figure.qualifier, Qualifier::MoreThan);
    assert_eq!(
        response.summary.as_deref(),
        Some("Through IBERESCENA, more than 40 projects were benefited, with 10 participating countries.")
    );
}

#[test]
fn fixture_program_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "iberescena", "es-MX")).expect("processed");
    assert_eq!(response.sections[0].title, "Proyectos y países participantes");
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Proyectos beneficiados", "Países participantes"]);
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, se beneficiaron más de 40 proyectos.",
            "Los 10 países que participaron en el periodo de referencia fueron:",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some("A través de IBERESCENA, se beneficiaron más de 40 proyectos, con 10 países participantes.")
    );
}

#[test]
fn the_qualified_figure_is_strong_and_one_project_is_singular() {
    let mut request = request_in(FIXTURE, "iberescena", "pt-BR");
    request.program.data.insert("projects".into(), json!({ "count": 1, "qualifier": "at-least" }));
    request.program.data.insert("participating_countries".into(), json!(["Peru"]));
    let response = process(&request).expect("processed");
    let Block::Paragraph { spans } = &response.sections[0].blocks[1] else { panic!("the projects paragraph") };
    assert_eq!(spans[1], Span::strong("pelo menos 1"));
    assert_eq!(
        paragraphs(&response),
        ["Em 2012–2015, pelo menos 1 projeto foi beneficiado.", "O país que participou no período de referência foi:"]
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn repeated_country_is_a_warning_and_counted_once() {
    let mut request = iberescena();
    let mut countries = COUNTRIES.to_vec();
    countries.push("peru ");
    request.program.data.insert("participating_countries".into(), json!(countries));
    let response = process(&request).expect("processed");

    assert_eq!(response.problems.len(), 1);
    let problem = &response.problems[0];
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(problem.path, "data.participating_countries[10]");
    assert_eq!(problem.message, "peru is listed twice, first as data.participating_countries[8]");
    assert_eq!(response.metrics[1].figure.quantity, Quantity::Count { value: 10 });
}

#[test]
fn qualifier_defaults_to_exact_and_rejects_unknown_words() {
    let mut request = iberescena();
    request.program.data.insert("projects".into(), json!({ "count": 40 }));
    let response = process(&request).expect("processed");
    assert_eq!(response.metrics[0].figure.qualifier, Qualifier::Exact);

    request.program.data.insert("projects".into(), json!({ "count": 40, "qualifier": "over" }));
    let response = process(&request).expect("processed");
    assert!(response.has_errors() && response.metrics.is_empty());
    assert_eq!(response.problems[0].path, "data.projects.qualifier");
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    let schema = schema();
    assert_schema_describes(&schema, &iberescena());
    let properties = &schema["properties"];
    // The schema's qualifier words are the SDK's serde names.
    for word in properties["projects"]["properties"]["qualifier"]["enum"].as_array().expect("enum") {
        serde_json::from_value::<Qualifier>(word.clone()).expect("an SDK qualifier");
    }
}
