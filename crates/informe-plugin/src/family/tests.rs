//! The common family data end to end: read through the schema, checked, and narrated in each language.

use super::*;
use crate::catalog::Sources;
use crate::exchange::{Request, Response};
use crate::model::Period;
use crate::testing::{assert_catalogues_complete, paragraphs, request_in};

/// A family type as a plugin declares one.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Data {
    #[serde(flatten)]
    common: Common,
}

const OWN: Sources = &[("en", "family-name = Examples\n"), ("es", "family-name = Ejemplos\n")];

fn report(data: &str) -> String {
    format!(
        r#"{{"country": "Uruguay", "country_code": "UY", "period": {{"from": 2010, "to": 2014}}, "language": "es",
            "measures": [{{"programs": [{{"id": "p", "name": "IBERESCENA", "family": "f", "data": {data}}}]}}]}}"#
    )
}

fn run(data: &str, locale: &str) -> Result<Response, Response> {
    let request: Request = request_in(&report(data), "p", locale);
    let (data, mut response) = request.validated::<Data>(|d| check(&d.common, &request.context))?;
    let narrator = Narrator::new(&request, OWN).expect("catalogues");
    let narrated = narrator.narrate(&data.common);
    response.sections = narrated.sections;
    response.metrics = narrated.metrics;
    response.summary = narrated.summary;
    narrator.finish(&mut response, &data.common);
    Ok(response)
}

#[test]
fn the_sdk_catalogues_are_complete() {
    assert_catalogues_complete(narrate::FAMILY_MESSAGES);
}

#[test]
fn absent_data_says_nothing_and_the_minimal_data_counts_toward_the_indicator() {
    let empty = run("{}", "es").expect("empty data is valid");
    assert!(empty.sections.is_empty() && empty.metrics.is_empty() && empty.summary.is_none(), "{empty:?}");
    assert_eq!(empty.family_name.as_deref(), Some("Ejemplos"));

    let plain = run(r#"{"projects": 15}"#, "es").expect("valid");
    assert_eq!(plain.metrics[0].indicator.as_deref(), Some(crate::BENEFICIARY_PROJECTS));
    assert_eq!(paragraphs(&plain), ["En 2010–2014, se beneficiaron 15 proyectos de IBERESCENA."]);

    let qualified = run(r#"{"projects": {"count": 40, "qualifier": "more-than"}}"#, "en").expect("valid");
    assert_eq!(paragraphs(&qualified), ["In 2010–2014, more than 40 projects benefited from IBERESCENA."]);
    assert_eq!(qualified.summary.as_deref(), Some("Through IBERESCENA, more than 40 projects benefited."));
}

#[test]
fn a_total_over_other_years_says_them_and_nothing_else_takes_a_period() {
    let data = r#"{"projects": {"count": 131, "period": {"from": 1998, "to": 2014}}}"#;
    let en = run(data, "en").expect("valid");
    assert_eq!(paragraphs(&en), ["In 1998–2014, 131 projects benefited from IBERESCENA."]);
    assert_eq!(en.metrics[0].period, Some(Period { from: 1998, to: 2014 }));
    let after = run(r#"{"projects": {"count": 3, "period": {"from": 1998, "to": 2019}}}"#, "en").expect_err("after");
    assert_eq!(after.problems[0].path, "data.projects.period");
    let elsewhere = run(
        r#"{"beneficiaries": [{"who": "artists", "count": {"count": 3, "period": {"from": 2010, "to": 2011}}}]}"#,
        "en",
    )
    .expect_err("not at projects");
    assert_eq!(elsewhere.problems[0].path, "data.beneficiaries[0].count.period");
}

#[test]
fn countries_are_named_in_the_report_language_from_their_codes() {
    let data = r#"{"countries": ["AR", "BR", "MX"]}"#;
    let es = run(data, "es-UY").expect("valid");
    assert_eq!(paragraphs(&es), ["3 países participaron en IBERESCENA: Argentina, Brasil y México."]);
    let fr = run(data, "fr").expect("valid");
    assert_eq!(paragraphs(&fr), ["3 pays ont participé au programme IBERESCENA\u{a0}: Argentine, Brésil et Mexique."]);
    let bad = run(r#"{"countries": ["AR", "Brasil"]}"#, "es").expect_err("not a code");
    assert_eq!(bad.problems[0].path, "data.countries[1]");
    let repeated = run(r#"{"countries": ["AR", "BR", "ar"]}"#, "en").expect("a repeat is a warning");
    assert_eq!(repeated.problems[0].path, "data.countries[2]");
    assert_eq!(paragraphs(&repeated), ["2 countries took part in IBERESCENA: Argentina and Brazil."]);
    // Running English text gives the names that take it their article.
    let with_article = run(r#"{"countries": ["PH", "DO", "NL"]}"#, "en").expect("valid");
    assert_eq!(
        paragraphs(&with_article),
        ["3 countries took part in IBERESCENA: the Philippines, the Dominican Republic, and the Netherlands."]
    );
}

#[test]
fn the_party_is_written_as_running_text_writes_it() {
    const SAYS: Sources = &[
        ("en", "family-name = Examples\nreach = { $country } took part in { $program }.\n"),
        ("es", "family-name = Ejemplos\nreach = Proyectos de { $country } en { $program }.\n"),
    ];
    let said = |code: &str, locale: &str| {
        let mut request: Request = request_in(&report("{}"), "p", locale);
        request.context.country_code = Some(code.to_owned());
        request.context.country = crate::format::Formatter::new(locale).country(code).expect("named");
        let narrator = Narrator::new(&request, SAYS).expect("catalogues");
        (narrator.message("reach", &[]), paragraphs_of(&narrator.paragraph("reach", &[])))
    };
    // Mid-sentence with its article; opening a sentence with a capital.
    let (message, paragraph) = said("NL", "en");
    assert_eq!(message, "the Netherlands took part in IBERESCENA.");
    assert_eq!(paragraph, "The Netherlands took part in IBERESCENA.");
    assert_eq!(said("UY", "en").0, "Uruguay took part in IBERESCENA.");
    // Spanish: the article, contracted with the preposition before it.
    assert_eq!(said("GB", "es").0, "Proyectos del Reino Unido en IBERESCENA.");
    assert_eq!(said("NL", "es").0, "Proyectos de los Países Bajos en IBERESCENA.");
    assert_eq!(said("SV", "es").0, "Proyectos de El Salvador en IBERESCENA.");
}

fn paragraphs_of(block: &crate::content::Block) -> String {
    match block {
        crate::content::Block::Paragraph { spans } => spans.iter().map(|s| s.text.as_str()).collect(),
        other => panic!("not a paragraph: {other:?}"),
    }
}

#[test]
fn texts_of_the_data_follow_the_report_language_and_fallbacks_are_reported() {
    let data = r#"{"sub_periods": [{"period": {"from": 2010, "to": 2012},
        "areas": [{"en": "training", "es": "formación"}, {"en": "co-production"}],
        "supported": [{"kind": {"en": "projects", "es": "proyectos"}, "count": 12}]}]}"#;
    let es = run(data, "es").expect("valid");
    assert_eq!(
        paragraphs(&es),
        ["En 2010–2012, el apoyo se destinó a 12 proyectos en las áreas de formación y co-production."]
    );
    let warnings: Vec<&str> = es.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(warnings, ["data.sub_periods[0].areas[1]"]);
    assert_eq!(
        es.metrics[0].indicator.as_deref(),
        Some(crate::BENEFICIARY_PROJECTS),
        "sub-periods count without a total"
    );
}

#[test]
fn unknown_fields_and_contradictions_are_located() {
    let typo = run(r#"{"projets": 4}"#, "en").expect_err("unknown field");
    assert_eq!(
        (typo.problems[0].path.as_str(), typo.problems[0].hint.as_deref()),
        ("data.projets", Some("did you mean `projects`?"))
    );
    let overlap = run(
        r#"{"sub_periods": [{"period": {"from": 2010, "to": 2012}}, {"period": {"from": 2012, "to": 2014}}]}"#,
        "en",
    )
    .expect_err("overlap");
    assert_eq!(overlap.problems[0].path, "data.sub_periods[1].period");
    let outside =
        run(r#"{"calls": [{"period": {"from": 2009, "to": 2010}, "projects": 2}]}"#, "en").expect_err("outside");
    assert_eq!(outside.problems[0].path, "data.calls[0].period");
    let currency =
        run(r#"{"calls": [{"name": "A", "amount": {"amount": "5", "currency": "XXY"}}]}"#, "en").expect_err("currency");
    assert_eq!(currency.problems[0].path, "data.calls[0].amount.currency");
    // Serde reports errors inside the flattened common data at the root: they are located again.
    for (data, path) in [
        (r#"{"projects": -4}"#, "data.projects"),
        (r#"{"partners": [{"acronym": "ICOM"}]}"#, "data.partners[0]"),
        (
            r#"{"sub_periods": [{"period": {"from": 2010, "to": 2011}, "supported": [{"kind": "films", "count": "3"}]}]}"#,
            "data.sub_periods[0].supported[0].count",
        ),
    ] {
        let malformed = run(data, "en").expect_err(data);
        assert_eq!(malformed.problems[0].path, path, "{data}");
    }
}

#[test]
fn every_common_field_is_narrated_with_its_metrics() {
    let data = r#"{
        "calls": [{"name": "Ayudas 2013", "period": {"from": 2013, "to": 2013}, "projects": 3,
                   "amount": {"amount": "45000", "currency": "EUR", "qualifier": "approximately"}}],
        "beneficiaries": [{"who": "artists", "count": 35}],
        "partners": [{"name": "International Council of Museums", "acronym": "ICOM"}],
        "meetings": {"count": 4, "formats": ["workshops", "forums"], "topics": ["crafts"]},
        "alliances": {"count": 14, "partners": ["research centers"]},
        "achievements": ["An observatory was created."]
    }"#;
    let en = run(data, "en").expect("valid");
    let ids: Vec<&str> = en.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["call-1-projects", "call-1-amount", "beneficiaries-1", "partners", "meetings", "alliances"]);
    assert_eq!(en.metrics[0].indicator.as_deref(), Some(crate::BENEFICIARY_PROJECTS), "calls count without a total");
    let Some(crate::Block::KeyFigures { items }) = en.sections[0].blocks.first() else { panic!("key figures first") };
    assert_eq!(items.len(), 4, "the call's figures stay in its table");
    assert_eq!(
        paragraphs(&en),
        [
            "35 artists were benefited by IBERESCENA.",
            "IBERESCENA worked with this network or organization:",
            "4 meetings were held (workshops and forums).",
            "They discussed:",
            "14 formal alliances were made, with:",
            "Other results:",
        ]
    );
    assert_eq!(en.summary.as_deref(), Some("Through IBERESCENA, 3 projects benefited."));
}

/// A family type with a field of its own and a check of it.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
struct Hosting {
    #[serde(flatten)]
    common: Common,
    #[serde(default)]
    hosted: Option<Count>,
}

impl FamilyData for Hosting {
    fn common(&self) -> &Common {
        &self.common
    }

    fn check(&self, _context: &Context) -> Vec<Problem> {
        match (&self.hosted, &self.common.projects) {
            (Some(hosted), Some(projects)) if hosted.value > projects.value => {
                vec![Problem::warning("data.hosted", "more hosted than projects")]
            }
            _ => Vec::new(),
        }
    }
}

#[test]
fn family_data_runs_the_common_check_then_the_familys_own() {
    let checked = |data: &str| {
        let request: Request = request_in(&report(data), "p", "en");
        request.family_data::<Hosting>().map(|(data, response)| (data.hosted, response.problems))
    };
    let (hosted, problems) = checked(r#"{"projects": 2, "hosted": 3}"#).expect("a warning only");
    assert_eq!(hosted.map(|h| h.value), Some(3));
    assert_eq!(problems.iter().map(|p| p.path.as_str()).collect::<Vec<_>>(), ["data.hosted"]);

    let both = checked(r#"{"projects": 2, "hosted": 3, "calls": [{"period": {"from": 2009, "to": 2010}}]}"#)
        .expect_err("a call outside the report period");
    let paths: Vec<&str> = both.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["data.calls[0].period", "data.hosted"], "the common problem first, then the family's");

    let unknown = checked(r#"{"hostd": 3}"#).expect_err("an undeclared field");
    assert_eq!(unknown.problems[0].hint.as_deref(), Some("did you mean `hosted`?"));
}
