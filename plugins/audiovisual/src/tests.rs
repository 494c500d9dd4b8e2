//! The audiovisual plugin on its program of the fixture, on the least data a party may give, and
//! on malformed data, in the report's languages.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn ibermedia() -> Request {
    request_for(FIXTURE, "ibermedia")
}

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "ibermedia", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

/// Edits `data.sub_periods` as JSON, the way a user would.
fn with_sub_periods(edit: impl FnOnce(&mut Vec<Value>)) -> Request {
    let mut request = ibermedia();
    let Some(Value::Array(subs)) = request.program.data.get_mut("sub_periods") else {
        panic!("fixture has sub_periods");
    };
    edit(subs);
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

fn count(value: u64) -> Figure {
    Figure::new(Quantity::Count { value }, Qualifier::Exact)
}

#[test]
fn fixture_program_yields_one_indicator_metric_per_supported_entry() {
    let response = run(&ibermedia());
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    type Row<'a> = (&'a str, &'a str, &'a Figure, Option<Period>, Option<&'a str>);
    let got: Vec<Row> = response
        .metrics
        .iter()
        .map(|m| (m.id.as_str(), m.label.as_str(), &m.figure, m.period, m.indicator.as_deref()))
        .collect();
    let (early, late) = (Period { from: 2012, to: 2013 }, Period { from: 2014, to: 2015 });
    let indicator = Some(BENEFICIARY_PROJECTS);
    assert_eq!(
        got,
        [
            ("2012-2013-supported-1", "Mexican projects supported", &count(25), Some(early), indicator),
            ("2014-2015-supported-1", "Projects supported", &count(8), Some(late), indicator),
            ("2014-2015-supported-2", "Co-productions supported", &count(5), Some(late), indicator),
        ]
    );
    assert_eq!(response.family_name.as_deref(), Some("Audiovisual"));
}

#[test]
fn fixture_program_table_and_narrative() {
    let response = run(&ibermedia());
    assert_eq!(response.sections.len(), 1);
    assert_eq!(response.sections[0].title, "Support by sub-period");
    let Some(Block::Table { caption, columns, rows }) = response.sections[0].blocks.first() else {
        panic!("the section opens with the table: its figures are no headline");
    };
    assert_eq!(caption.as_deref(), Some("Support granted through IBERMEDIA, by period"));
    assert_eq!(columns, &["Period", "Areas", "What was supported", "Number"]);
    let text = |s: &str| Cell::Text(s.to_owned());
    assert_eq!(
        rows,
        &[
            vec![
                text("2012–2013"),
                text("training, project development, co-production"),
                text("Mexican projects"),
                Cell::Figure(count(25)),
            ],
            vec![
                text("2014–2015"),
                text("project development, co-production"),
                text("projects"),
                Cell::Figure(count(8)),
            ],
            vec![text(""), text(""), text("co-productions"), Cell::Figure(count(5))],
        ]
    );
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2013, support went to 25 Mexican projects in the areas of training, project development, and \
             co-production.",
            "In 2014–2015, support went to 8 projects and 5 co-productions in the areas of project development and \
             co-production.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMEDIA, support went to 25 Mexican projects in 2012–2013, and to 8 projects and 5 \
             co-productions in 2014–2015."
        )
    );
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&request_in(FIXTURE, "ibermedia", "es-MX"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.sections[0].title, "Apoyos por subperiodo");
    assert_eq!(response.family_name.as_deref(), Some("Audiovisual"));
    let Some(Block::Table { caption, columns, .. }) = response.sections[0].blocks.first() else {
        panic!("the section opens with the table");
    };
    assert_eq!(caption.as_deref(), Some("Apoyos otorgados por IBERMEDIA, por periodo"));
    assert_eq!(columns, &["Periodo", "Áreas", "Objeto del apoyo", "Número"]);
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Proyectos mexicanos con apoyo", "Proyectos con apoyo", "Coproducciones con apoyo"]);
    // The kinds and areas are the data's own Spanish texts.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2013, el apoyo se destinó a 25 proyectos mexicanos en las áreas de formación, desarrollo de \
             proyectos y coproducción.",
            "En 2014–2015, el apoyo se destinó a 8 proyectos y 5 coproducciones en las áreas de desarrollo de \
             proyectos y coproducción.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMEDIA, el apoyo se destinó a 25 proyectos mexicanos en 2012–2013, y a 8 proyectos y 5 \
             coproducciones en 2014–2015."
        )
    );
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        ("en", "Support granted", "In 2012–2015, 15 projects received support from IBERMEDIA."),
        ("es", "Apoyos otorgados", "En 2012–2015, 15 proyectos recibieron apoyo de IBERMEDIA."),
        ("pt", "Apoios concedidos", "Em 2012–2015, 15 projetos receberam apoio do programa IBERMEDIA."),
        ("fr", "Soutiens accordés", "En 2012–2015, 15 projets ont reçu le soutien du programme IBERMEDIA."),
    ];
    for (locale, title, want) in cases {
        let empty = run(&with_data(locale, json!({})));
        assert!(empty.problems.is_empty(), "{locale}: {:?}", empty.problems);
        assert!(empty.sections.is_empty() && empty.metrics.is_empty() && empty.summary.is_none(), "{locale}");

        let response = run(&with_data(locale, json!({"projects": 15})));
        assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
        assert_eq!(response.sections[0].title, title, "{locale}");
        assert_eq!(paragraphs(&response), [want], "{locale}");
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "{locale}");
    }
}

#[test]
fn a_qualified_count_in_words_metric_and_summary() {
    let response = run(&with_data("en", json!({"projects": {"count": 40, "qualifier": "more-than"}})));
    assert_eq!(paragraphs(&response), ["In 2012–2015, more than 40 projects received support from IBERMEDIA."]);
    assert_eq!(response.metrics[0].figure, Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan));
    assert_eq!(response.summary.as_deref(), Some("Through IBERMEDIA, more than 40 projects received support."));
}

#[test]
fn feminine_kinds_read_right_in_portuguese_and_french() {
    let data = json!({"sub_periods": [{"period": {"from": 2014, "to": 2015},
        "supported": [{"kind": {"en": "co-productions", "pt": "coproduções", "fr": "coproductions"}, "count": 5}]}]});
    let pt = run(&with_data("pt", data.clone()));
    assert_eq!(paragraphs(&pt), ["Em 2014–2015, o apoio foi destinado a 5 coproduções."]);
    assert_eq!(pt.metrics[0].label, "Coproduções com apoio");
    let fr = run(&with_data("fr", data));
    assert_eq!(paragraphs(&fr), ["En 2014–2015, le soutien a porté sur 5 coproductions."]);
    assert_eq!(
        fr.summary.as_deref(),
        Some("Grâce au programme IBERMEDIA, le soutien a porté sur 5 coproductions en 2014–2015.")
    );
}

#[test]
fn counts_are_strong_and_three_sub_periods_join_with_commas() {
    let request = with_sub_periods(|subs| {
        subs[1]["period"] = json!({ "from": 2014, "to": 2014 });
        subs.push(json!({ "period": { "from": 2015, "to": 2015 }, "supported": [{ "kind": "films", "count": 1600 }] }));
    });
    let response = run(&request);
    let Block::Paragraph { spans } = &response.sections[0].blocks[3] else {
        panic!("the third sub-period's paragraph")
    };
    assert_eq!(spans, &[Span::plain("In 2015, support went to "), Span::strong("1,600"), Span::plain(" films.")]);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMEDIA, support went to 25 Mexican projects in 2012–2013, to 8 projects and 5 co-productions \
             in 2014, and to 1,600 films in 2015."
        )
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn overlapping_outside_or_reversed_sub_periods_are_errors_at_their_path() {
    for (at, period) in [
        (1, json!({"from": 2013, "to": 2015})),
        (1, json!({"from": 2014, "to": 2016})),
        (0, json!({"from": 2013, "to": 2012})),
    ] {
        let request = with_sub_periods(|subs| subs[at]["period"] = period.clone());
        let response = run(&request);
        assert!(response.metrics.is_empty() && response.sections.is_empty(), "{period}");
        assert_eq!(response.problems[0].severity, Severity::Error);
        assert_eq!(response.problems[0].path, format!("data.sub_periods[{at}].period"), "{period}");
    }
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (
            json!({"sub_periods": [{"period": {"from": 2012, "to": 2013}, "area": ["training"]}]}),
            "data.sub_periods[0].area",
        ),
        (
            json!({"sub_periods": [{"period": {"from": 2012, "to": 2013}, "areas": [""]}]}),
            "data.sub_periods[0].areas[0]",
        ),
        (json!({"coproductions": 5}), "data.coproductions"),
        (json!({"calls": [{"projects": 3}]}), "data.calls[0]"),
    ];
    for (data, path) in cases {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
    }
}

#[test]
fn the_schema_is_derived_from_the_data_type() {
    let schema = schema();
    assert_eq!(schema["title"], "Program data of the `audiovisual` family (IBERMEDIA…)");
    let fixture = ibermedia();
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
}
