//! The crafts plugin on its program of the fixture, on the least data a party may give, and on
//! malformed data, in the report's languages.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn iberartesanias() -> Request {
    request_for(FIXTURE, "iberartesanias")
}

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "iberartesanias", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

fn lists(response: &Response) -> Vec<Vec<String>> {
    let blocks = response.sections.iter().flat_map(|s| &s.blocks);
    blocks
        .filter_map(|b| match b {
            Block::List { items, .. } => Some(items.iter().map(|i| i[0].text.clone()).collect()),
            _ => None,
        })
        .collect()
}

#[test]
fn fixture_program_yields_its_metrics() {
    let response = run(&iberartesanias());
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    let got: Vec<(&str, &str, &Figure)> =
        response.metrics.iter().map(|m| (m.id.as_str(), m.label.as_str(), &m.figure)).collect();
    let count = |value| Figure::new(Quantity::Count { value }, Qualifier::Exact);
    let begun = Figure::new(Quantity::Text { text: "begun".into() }, Qualifier::Exact);
    assert_eq!(
        got,
        [
            ("meetings", "International meetings", &count(4)),
            ("alliances", "Formal alliances", &count(14)),
            ("observatory-status", "Creation of the Ibero-American Observatory of Crafts", &begun),
        ]
    );
    assert!(response.metrics.iter().all(|m| m.indicator.is_none() && m.period.is_none()));
    assert_eq!(response.family_name.as_deref(), Some("Crafts"));
}

#[test]
fn fixture_program_narrative_states_the_source_facts() {
    let response = run(&iberartesanias());
    assert_eq!(response.sections.len(), 1);
    assert_eq!(response.sections[0].title, "Results");
    let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else {
        panic!("the section opens with key figures");
    };
    assert_eq!(items.len(), 2, "the observatory's status is no figure");
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2015, 4 international meetings (workshops, seminars, and forums) were carried out.",
            "Discussions were carried out about:",
            "In 2012–2015, 14 formal alliances were executed with:",
            "The process for the creation of the Ibero-American Observatory of Crafts has begun.",
        ]
    );
    let lists = lists(&response);
    assert_eq!(lists.len(), 2);
    assert_eq!(lists[0][0], "the development of small and medium enterprises (SMEs) of handicrafts");
    assert_eq!(lists[0].len(), 4);
    assert_eq!(lists[1].first().map(String::as_str), Some("national ministries"));
    assert_eq!(lists[1].len(), 6);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERARTESANÍAS, 4 international meetings were carried out, 14 formal alliances were executed, \
             and the process for the creation of the Ibero-American Observatory of Crafts began."
        )
    );
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&request_in(FIXTURE, "iberartesanias", "es-MX"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.sections[0].title, "Resultados");
    assert_eq!(response.family_name.as_deref(), Some("Artesanías"));
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Encuentros internacionales", "Alianzas formales", "Creación del Observatorio Iberoamericano de la Artesanía"]
    );
    assert_eq!(response.metrics[2].figure.quantity, Quantity::Text { text: "iniciada".into() });
    // The formats, topics, partners and the observatory's name are the data's own Spanish texts.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, se realizaron 4 encuentros internacionales (talleres, seminarios y foros).",
            "Se llevaron a cabo debates sobre:",
            "En 2012–2015, se concretaron 14 alianzas formales con:",
            "Se inició el proceso de creación del Observatorio Iberoamericano de la Artesanía.",
        ]
    );
    assert_eq!(lists(&response)[1][0], "ministerios nacionales");
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERARTESANÍAS, se realizaron 4 encuentros internacionales, se concretaron 14 alianzas \
             formales y se inició el proceso de creación del Observatorio Iberoamericano de la Artesanía."
        )
    );
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        ("en", "In 2012–2015, 15 projects benefited from IBERARTESANÍAS.", "Crafts"),
        ("es", "En 2012–2015, se beneficiaron 15 proyectos de IBERARTESANÍAS.", "Artesanías"),
        ("pt", "Em 2012–2015, 15 projetos foram beneficiados pelo programa IBERARTESANÍAS.", "Artesanato"),
        ("fr", "En 2012–2015, 15 projets ont bénéficié du programme IBERARTESANÍAS.", "Artisanat"),
    ];
    for (locale, want, family_name) in cases {
        let empty = run(&with_data(locale, json!({})));
        assert!(empty.problems.is_empty(), "{locale}: {:?}", empty.problems);
        assert!(empty.sections.is_empty() && empty.metrics.is_empty() && empty.summary.is_none(), "{locale}");
        assert_eq!(empty.family_name.as_deref(), Some(family_name));

        let response = run(&with_data(locale, json!({"projects": 15})));
        assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
        assert_eq!(paragraphs(&response), [want], "{locale}");
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "{locale}");
    }
}

#[test]
fn a_qualified_count_of_projects_leads_the_summary() {
    let data = json!({"projects": {"count": 40, "qualifier": "more-than"}, "meetings": {"count": 4}});
    let response = run(&with_data("en", data));
    assert_eq!(response.metrics[0].figure, Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan));
    assert_eq!(response.summary.as_deref(), Some("Through IBERARTESANÍAS, more than 40 projects benefited."));
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2015, more than 40 projects benefited from IBERARTESANÍAS.",
            "In 2012–2015, 4 international meetings were carried out.",
        ]
    );
}

#[test]
fn each_status_of_the_observatory_in_every_language() {
    let name = json!({"en": "Observatory of Crafts", "es": "Observatorio de la Artesanía",
        "pt": "Observatório do Artesanato", "fr": "Observatoire de l’artisanat"});
    let cases = [
        ("en", "planned", "The creation of the Observatory of Crafts is planned.", "planned"),
        ("en", "created", "The Observatory of Crafts was created.", "completed"),
        ("es", "planned", "Está prevista la creación del Observatorio de la Artesanía.", "prevista"),
        ("es", "created", "Se creó el Observatorio de la Artesanía.", "concluida"),
        ("pt", "begun", "Teve início o processo de criação do Observatório do Artesanato.", "iniciada"),
        ("pt", "created", "Foi criado o Observatório do Artesanato.", "concluída"),
        ("fr", "begun", "Observatoire de l’artisanat\u{a0}: le processus de création a été engagé.", "engagée"),
        ("fr", "planned", "Observatoire de l’artisanat\u{a0}: la création est prévue.", "prévue"),
    ];
    for (locale, status, paragraph, word) in cases {
        let response = run(&with_data(locale, json!({"observatory": {"name": name, "status": status}})));
        assert_eq!(paragraphs(&response), [paragraph], "{locale} {status}");
        assert_eq!(response.metrics[0].figure.quantity, Quantity::Text { text: word.into() }, "{locale} {status}");
    }
    let fr = run(&with_data("fr", json!({"meetings": {"count": 1}, "observatory": {"name": name, "status": "begun"}})));
    assert_eq!(
        fr.summary.as_deref(),
        Some(
            "Grâce au programme IBERARTESANÍAS, 1 rencontre internationale a été organisée et le processus de \
             création d’un observatoire a été engagé (Observatoire de l’artisanat)."
        )
    );
}

#[test]
fn one_meeting_without_formats_and_alliances_without_partners_in_portuguese() {
    let data = json!({"meetings": {"count": 1}, "alliances": {"count": 14}});
    let response = run(&with_data("pt", data));
    assert_eq!(
        paragraphs(&response),
        ["Em 2012–2015, foi realizado 1 encontro internacional.", "Em 2012–2015, foram firmadas 14 alianças formais."]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Por meio do programa IBERARTESANÍAS, foi realizado 1 encontro internacional e foram firmadas 14 \
             alianças formais."
        )
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn details_of_uncounted_alliances_are_a_warning() {
    let data = json!({"alliances": {"count": 0, "partners": ["national ministries"]}});
    let response = run(&with_data("en", data));
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].severity, Severity::Warning);
    assert_eq!(response.problems[0].path, "data.alliances");
    assert_eq!(response.metrics.len(), 1, "a warning keeps the figures");
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (json!({"observatory": {"name": "X", "status": "started"}}), "data.observatory.status"),
        (json!({"observatory": {"name": " ", "status": "begun"}}), "data.observatory.name"),
        (json!({"observatory": {"name": "X", "status": "begun", "year": 2015}}), "data.observatory.year"),
        (json!({"observatory": {"status": "begun"}}), "data.observatory"),
        (json!({"meetings": {"count": 4, "format": ["workshops"]}}), "data.meetings.format"),
        (json!({"international_meetings": 4}), "data.international_meetings"),
    ];
    for (data, path) in cases {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert!(response.metrics.is_empty() && response.sections.is_empty(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
    }
    let response = run(&with_data("en", json!({"meetings": {"count": 4, "format": ["workshops"]}})));
    assert_eq!(response.problems[0].hint.as_deref(), Some("did you mean `formats`?"));
}

#[test]
fn the_schema_is_derived_from_the_data_type() {
    let schema = schema();
    assert_eq!(schema["title"], "Program data of the `crafts` family (IBERARTESANÍAS…)");
    let fixture = iberartesanias();
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
    let statuses = informe_plugin::serde_json::to_string(&schema["$defs"]["Status"]).expect("json");
    for status in ["planned", "begun", "created"] {
        assert!(statuses.contains(&format!("\"{status}\"")), "{statuses}");
    }
}
