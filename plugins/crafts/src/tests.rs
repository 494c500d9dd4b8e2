use informe_plugin::prelude::*;
use informe_plugin::serde_json::json;
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn iberartesanias() -> Request {
    request_for(FIXTURE, "iberartesanias")
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
    let response = process(&iberartesanias()).expect("processed");
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    let got: Vec<(&str, &str, &Figure)> =
        response.metrics.iter().map(|m| (m.id.as_str(), m.label.as_str(), &m.figure)).collect();
    let count = |value| Figure::new(Quantity::Count { value }, Qualifier::Exact);
    let begun = Figure::new(Quantity::Text { text: "begun".into() }, Qualifier::Exact);
    assert_eq!(
        got,
        [
            ("international-meetings", "International meetings", &count(4)),
            ("formal-alliances", "Formal alliances", &count(14)),
            ("observatory-status", "Process for the creation of the Ibero-American Observatory of Crafts", &begun),
        ]
    );
    assert!(response.metrics.iter().all(|m| m.indicator.is_none() && m.period.is_none()));
}

#[test]
fn fixture_program_narrative_states_the_source_facts() {
    let response = process(&iberartesanias()).expect("processed");
    let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else {
        panic!("the first section opens with key figures");
    };
    assert_eq!(items.len(), 2);
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
    assert_eq!(response.sections[2].title, "Ibero-American Observatory of Crafts");
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERARTESANÍAS, 4 international meetings were carried out and 14 formal alliances were executed; \
             the process for the creation of the Ibero-American Observatory of Crafts has begun."
        )
    );
}

#[test]
fn fixture_program_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "iberartesanias", "es-MX")).expect("processed");
    let titles: Vec<&str> = response.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Reuniones y debates", "Alianzas formales", "Ibero-American Observatory of Crafts"]);
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Reuniones internacionales",
            "Alianzas formales",
            "Proceso de creación del Ibero-American Observatory of Crafts"
        ]
    );
    // The formats, topics, partners and the observatory's name and status are the source's words.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, se realizaron 4 reuniones internacionales (workshops, seminars y forums).",
            "Se llevaron a cabo debates sobre:",
            "En 2012–2015, se concretaron 14 alianzas formales con:",
            "El proceso de creación del Ibero-American Observatory of Crafts ha begun.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERARTESANÍAS, se realizaron 4 reuniones internacionales y se concretaron 14 alianzas \
             formales; el proceso de creación del Ibero-American Observatory of Crafts ha begun."
        )
    );
}

#[test]
fn one_meeting_without_formats_and_no_partners_in_french() {
    let mut request = request_in(FIXTURE, "iberartesanias", "fr");
    request.program.data.insert("international_meetings".into(), json!(1));
    request.program.data.insert("meeting_formats".into(), json!([]));
    request.program.data.insert("alliance_partners".into(), json!([]));
    let response = process(&request).expect("processed");
    let text = paragraphs(&response);
    assert_eq!(text[0], "En 2012–2015, 1 réunion internationale a été organisée.");
    assert_eq!(text[2], "En 2012–2015, 14 alliances formelles ont été conclues.");
    assert!(response.summary.expect("summary").ends_with(
        "ont été conclues\u{202f}; Ibero-American Observatory of Crafts\u{a0}: le processus de création a begun."
    ));
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn details_of_uncounted_alliances_are_a_warning() {
    let mut request = iberartesanias();
    request.program.data.insert("formal_alliances".into(), json!(0));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].severity, Severity::Warning);
    assert_eq!(response.problems[0].path, "data.alliance_partners");
    assert_eq!(response.metrics.len(), 3, "a warning keeps the figures");
}

#[test]
fn empty_observatory_status_is_an_error() {
    let mut request = iberartesanias();
    request
        .program
        .data
        .insert("observatory".into(), json!({ "name": "Ibero-American Observatory of Crafts", "status": " " }));
    let response = process(&request).expect("processed");
    assert!(response.has_errors() && response.metrics.is_empty());
    assert_eq!(response.problems[0].path, "data.observatory.status");
}

#[test]
fn wrong_type_and_unknown_field_are_reported_at_their_path() {
    let mut request = iberartesanias();
    request.program.data.insert("international_meetings".into(), json!("four"));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].path, "data.international_meetings");

    let mut request = iberartesanias();
    request.program.data.insert("observatory".into(), json!({ "name": "X", "status": "begun", "year": 2015 }));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data.observatory.year");
    assert!(response.problems[0].message.contains("year"));
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    assert_schema_describes(&schema(), &iberartesanias());
}
