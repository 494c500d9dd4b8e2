use informe_plugin::prelude::*;
use informe_plugin::serde_json::json;
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

#[test]
fn fixture_program_yields_its_metric_and_narrative() {
    let response = process(&request_for(FIXTURE, "iberbibliotecas")).expect("processed");
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.metrics.len(), 1);
    let projects = &response.metrics[0];
    assert_eq!(projects.id, "projects");
    assert_eq!(projects.label, "Projects Mexico profited from");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 7 }, Qualifier::Exact));
    assert_eq!(projects.period, None);
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));

    let blocks = &response.sections[0].blocks;
    assert!(matches!(&blocks[0], Block::KeyFigures { items } if items[0].figure == projects.figure));
    let Block::Paragraph { spans } = &blocks[1] else { panic!("a paragraph follows the key figure") };
    let text: String = spans.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(text, "In 2012–2015, Mexico profited from 7 projects.");
    assert_eq!(response.summary.as_deref(), Some("Through IBERBIBLIOTECAS, Mexico profited from 7 projects."));
}

#[test]
fn missing_or_negative_projects_are_errors() {
    let mut request = request_for(FIXTURE, "iberbibliotecas");
    request.program.data.remove("projects");
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].severity, Severity::Error);
    assert_eq!(response.problems[0].path, "data");
    assert!(response.problems[0].message.contains("projects"));
    assert!(response.metrics.is_empty() && response.summary.is_none());

    request.program.data.insert("projects".into(), json!(-7));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data.projects");
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    let schema = schema();
    assert_schema_describes(&schema, &request_for(FIXTURE, "iberbibliotecas"));
    assert_eq!(schema["required"], json!(["projects"]));
}

#[test]
fn narrative_and_labels_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "iberbibliotecas", "es-MX")).expect("processed");
    assert_eq!(response.sections[0].title, "Proyectos");
    assert_eq!(response.metrics[0].label, "Proyectos de los que se benefició Mexico");
    assert_eq!(paragraphs(&response), ["En 2012–2015, Mexico se benefició de 7 proyectos."]);
    assert_eq!(response.summary.as_deref(), Some("A través de IBERBIBLIOTECAS, Mexico se benefició de 7 proyectos."));
}

#[test]
fn one_project_is_singular_and_counts_follow_the_locale() {
    let mut request = request_in(FIXTURE, "iberbibliotecas", "fr");
    request.program.data.insert("projects".into(), json!(1));
    assert_eq!(paragraphs(&process(&request).expect("processed")), ["En 2012–2015, Mexico a bénéficié de 1 projet."]);
    request.program.data.insert("projects".into(), json!(1600));
    assert_eq!(
        paragraphs(&process(&request).expect("processed")),
        ["En 2012–2015, Mexico a bénéficié de 1\u{202f}600 projets."]
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}
