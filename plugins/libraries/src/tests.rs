//! The libraries plugin on its program of the fixture, on the least data a party may give, and
//! on malformed data, in the report's languages.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "iberbibliotecas", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

#[test]
fn fixture_program_yields_its_metric_and_narrative() {
    let response = run(&request_for(FIXTURE, "iberbibliotecas"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.metrics.len(), 1);
    let projects = &response.metrics[0];
    assert_eq!(projects.id, "projects");
    assert_eq!(projects.label, "Projects Mexico profited from");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 7 }, Qualifier::Exact));
    assert_eq!(projects.period, None);
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));

    assert_eq!(response.sections.len(), 1);
    assert_eq!(response.sections[0].title, "Results");
    let blocks = &response.sections[0].blocks;
    assert!(matches!(&blocks[0], Block::KeyFigures { items } if items[0].figure == projects.figure));
    assert_eq!(paragraphs(&response), ["In 2012–2015, Mexico profited from 7 projects."]);
    assert_eq!(response.summary.as_deref(), Some("Through IBERBIBLIOTECAS, Mexico profited from 7 projects."));
    assert_eq!(response.family_name.as_deref(), Some("Libraries"));
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&request_in(FIXTURE, "iberbibliotecas", "es-MX"));
    assert_eq!(response.sections[0].title, "Resultados");
    assert_eq!(response.metrics[0].label, "Proyectos de los que se benefició México");
    assert_eq!(paragraphs(&response), ["En 2012–2015, México se benefició de 7 proyectos."]);
    assert_eq!(response.summary.as_deref(), Some("A través de IBERBIBLIOTECAS, México se benefició de 7 proyectos."));
    assert_eq!(response.family_name.as_deref(), Some("Bibliotecas"));
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        (
            "en",
            "In 2012–2015, Mexico profited from 15 projects.",
            "Through IBERBIBLIOTECAS, Mexico profited from 15 projects.",
        ),
        (
            "es",
            "En 2012–2015, México se benefició de 15 proyectos.",
            "A través de IBERBIBLIOTECAS, México se benefició de 15 proyectos.",
        ),
        (
            "pt",
            "Em 2012–2015, o país se beneficiou de 15 projetos.",
            "Por meio do programa IBERBIBLIOTECAS, o país se beneficiou de 15 projetos.",
        ),
        (
            "fr",
            "En 2012–2015, le pays a bénéficié de 15 projets.",
            "Grâce au programme IBERBIBLIOTECAS, le pays a bénéficié de 15 projets.",
        ),
    ];
    for (locale, paragraph, summary) in cases {
        let empty = run(&with_data(locale, json!({})));
        assert!(empty.problems.is_empty(), "{locale}: {:?}", empty.problems);
        assert!(empty.sections.is_empty() && empty.metrics.is_empty() && empty.summary.is_none(), "{locale}");

        let response = run(&with_data(locale, json!({"projects": 15})));
        assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
        assert_eq!(paragraphs(&response), [paragraph], "{locale}");
        assert_eq!(response.summary.as_deref(), Some(summary), "{locale}");
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "{locale}");
    }
}

#[test]
fn a_qualified_count_one_project_and_counts_in_the_locale() {
    let response = run(&with_data("en", json!({"projects": {"count": 40, "qualifier": "more-than"}})));
    assert_eq!(paragraphs(&response), ["In 2012–2015, Mexico profited from more than 40 projects."]);
    assert_eq!(response.metrics[0].figure, Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan));

    let one = run(&with_data("fr", json!({"projects": 1})));
    assert_eq!(paragraphs(&one), ["En 2012–2015, le pays a bénéficié de 1 projet."]);
    let many = run(&with_data("fr", json!({"projects": 1600})));
    assert_eq!(paragraphs(&many), ["En 2012–2015, le pays a bénéficié de 1\u{202f}600 projets."]);
}

#[test]
fn other_common_fields_are_narrated_too() {
    let data = json!({"projects": 7, "countries": ["MX", "CO"], "achievements": [{"en": "A network of public libraries was formed.", "es": "Se formó una red de bibliotecas públicas."}]});
    let response = run(&with_data("es", data));
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, México se benefició de 7 proyectos.",
            "2 países participaron en IBERBIBLIOTECAS: México y Colombia.",
            "Otros resultados:",
        ]
    );
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (json!({"projects": 7, "project": 7}), "data.project", Some("did you mean `projects`?")),
        (json!({"countries": ["MX", "Colombia"]}), "data.countries[1]", None),
        (json!({"beneficiaries": [{"who": "", "count": 3}]}), "data.beneficiaries[0].who", None),
    ];
    for (data, path, hint) in cases {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert!(response.metrics.is_empty() && response.summary.is_none(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
        if hint.is_some() {
            assert_eq!(response.problems[0].hint.as_deref(), hint);
        }
    }
    for (data, path) in [(json!({"projects": "seven"}), "data.projects"), (json!({"projects": -7}), "data.projects")] {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
    }
}

#[test]
fn the_schema_is_derived_from_the_data_type() {
    let schema = schema();
    assert_eq!(schema["title"], "Program data of the `libraries` family (IBERBIBLIOTECAS…)");
    let fixture = request_for(FIXTURE, "iberbibliotecas");
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}
