use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn ibermedia() -> Request {
    request_for(FIXTURE, "ibermedia")
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

fn count(value: u64) -> Figure {
    Figure::new(Quantity::Count { value }, Qualifier::Exact)
}

#[test]
fn fixture_program_yields_one_indicator_metric_per_supported_entry() {
    let response = process(&ibermedia()).expect("processed");
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
            ("2012-2013-mexican-projects", "Mexican projects supported", &count(25), Some(early), indicator),
            ("2014-2015-projects", "Projects supported", &count(8), Some(late), indicator),
            ("2014-2015-co-productions", "Co-productions supported", &count(5), Some(late), indicator),
        ]
    );
}

#[test]
fn fixture_program_table_and_narrative() {
    let response = process(&ibermedia()).expect("processed");
    let Some(Block::Table { columns, rows, .. }) = response.sections[0].blocks.first() else {
        panic!("the section opens with the table");
    };
    assert_eq!(columns, &["Period", "Areas", "Supported", "Number"]);
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
            "In 2012–2013, 25 Mexican projects were supported in the areas of training, project development, and \
             co-production.",
            "In 2014–2015, 8 projects and 5 co-productions were supported in the areas of project development and \
             co-production.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMEDIA, 25 Mexican projects were supported in 2012–2013, and 8 projects and 5 co-productions in 2014–2015."
        )
    );
}

#[test]
fn fixture_program_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "ibermedia", "es-MX")).expect("processed");
    assert_eq!(response.sections[0].title, "Apoyos por subperiodo");
    let Some(Block::Table { caption, columns, .. }) = response.sections[0].blocks.first() else {
        panic!("the section opens with the table");
    };
    assert_eq!(caption.as_deref(), Some("Apoyos otorgados a través de IBERMEDIA"));
    assert_eq!(columns, &["Periodo", "Áreas", "Objeto del apoyo", "Número"]);
    assert_eq!(response.metrics[2].label, "Co-productions con apoyo");
    // The kinds and areas are the source's words; the sentences around them are Spanish.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2013, se apoyaron 25 Mexican projects en las áreas de training, project development y \
             co-production.",
            "En 2014–2015, se apoyaron 8 projects y 5 co-productions en las áreas de project development y \
             co-production.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMEDIA, se apoyaron 25 Mexican projects en 2012–2013, y 8 projects y 5 co-productions en 2014–2015."
        )
    );
}

#[test]
fn counts_are_strong_and_three_sub_periods_join_with_commas() {
    let request = with_sub_periods(|subs| {
        subs[1]["period"] = json!({ "from": 2014, "to": 2014 });
        subs.push(json!({ "period": { "from": 2015, "to": 2015 }, "areas": [], "supported": [{ "kind": "films", "count": 1600 }] }));
    });
    let response = process(&request).expect("processed");
    let Block::Paragraph { spans } = &response.sections[0].blocks[3] else {
        panic!("the third sub-period's paragraph")
    };
    assert_eq!(spans, &[Span::plain("In 2015, "), Span::strong("1,600"), Span::plain(" films were supported.")]);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMEDIA, 25 Mexican projects were supported in 2012–2013, 8 projects and 5 co-productions in \
             2014, and 1,600 films in 2015."
        )
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn overlapping_sub_periods_are_an_error() {
    let request = with_sub_periods(|subs| subs[1]["period"] = json!({ "from": 2013, "to": 2015 }));
    let response = process(&request).expect("processed");
    assert!(response.metrics.is_empty() && response.sections.is_empty());
    assert_eq!(response.problems.len(), 1);
    let problem = &response.problems[0];
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(problem.path, "data.sub_periods[1].period");
    assert_eq!(problem.message, "period 2013–2015 overlaps data.sub_periods[0].period (2012–2013)");
}

#[test]
fn sub_period_outside_the_report_or_reversed_is_an_error() {
    let request = with_sub_periods(|subs| subs[1]["period"] = json!({ "from": 2014, "to": 2016 }));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data.sub_periods[1].period");
    assert_eq!(response.problems[0].message, "period 2014–2016 lies outside the report period 2012–2015");

    let request = with_sub_periods(|subs| subs[0]["period"] = json!({ "from": 2013, "to": 2012 }));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data.sub_periods[0].period");
    assert!(response.has_errors());
}

#[test]
fn repeated_kind_in_a_sub_period_is_an_error() {
    let request = with_sub_periods(|subs| subs[1]["supported"][1]["kind"] = json!("Projects"));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].path, "data.sub_periods[1].supported[1].kind");
    assert!(response.metrics.is_empty());
}

#[test]
fn wrong_type_is_reported_at_its_path() {
    let request = with_sub_periods(|subs| subs[1]["supported"][0]["count"] = json!("8"));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].severity, Severity::Error);
    assert_eq!(response.problems[0].path, "data.sub_periods[1].supported[0].count");
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    let schema = schema();
    assert_schema_describes(&schema, &ibermedia());
    let sub = &schema["properties"]["sub_periods"]["items"]["properties"];
    assert_eq!(sub.as_object().expect("sub-period properties").len(), 3);
}
