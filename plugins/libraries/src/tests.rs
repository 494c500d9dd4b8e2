use informe_plugin::prelude::*;
use informe_plugin::serde_json::json;
use informe_plugin::testing::{assert_schema_describes, request_for};

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
