//! The museums plugin on its program of the fixture, on the least data a party may give, and on
//! malformed data, in the report's languages.

use informe_plugin::prelude::*;
use informe_plugin::serde_json::{Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn museums() -> Request {
    request_for(FIXTURE, "ibermuseos")
}

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "ibermuseos", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

/// The items of the first list of the response.
fn list(response: &Response) -> Vec<String> {
    let blocks = response.sections.iter().flat_map(|s| &s.blocks);
    let items = blocks.filter_map(|b| match b {
        Block::List { items, .. } => Some(items.iter().map(|i| i.iter().map(|s| s.text.as_str()).collect())),
        _ => None,
    });
    items.into_iter().next().map(Iterator::collect).unwrap_or_default()
}

const AGREEMENT: &str = "The annual fee times the 4 years of 2012–2015 (4 × USD\u{a0}60,000 = USD\u{a0}240,000) agrees \
                         with the approximately USD\u{a0}240,000 reported as paid in total.";

#[test]
fn fixture_program_yields_its_metrics() {
    let response = run(&museums());
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["partners", "annual-fee"]);

    let partners = &response.metrics[0];
    assert_eq!(partners.figure, Figure::new(Quantity::Count { value: 6 }, Qualifier::Exact));
    assert_eq!(partners.indicator, None);

    let fee = &response.metrics[1];
    let amount = "60000".parse().expect("decimal");
    assert_eq!(fee.figure, Figure::new(Quantity::Money { amount, currency: "USD".into() }, Qualifier::Exact));
    assert_eq!(fee.indicator, None);
    assert_eq!(response.family_name.as_deref(), Some("Museums"));
}

#[test]
fn fixture_program_narrative_lists_partners_and_backs_the_approximate_total() {
    let response = run(&museums());
    let titles: Vec<&str> = response.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Results", "Annual fee"]);
    assert_eq!(
        list(&response),
        [
            "UNESCO",
            "International Council of Museums (ICOM)",
            "International Movement for a New Museology (MINOM)",
            "International Council of African Museums (AFRICOM)",
            "American Alliance of Museums (AAM)",
            "Network of European Museum Organizations (NEMO)",
        ]
    );
    assert_eq!(
        paragraphs(&response),
        [
            "IBERMUSEOS strengthened international dialogue with these networks and organizations in the area of \
             museums:",
            "The strengthening of public policies at the international level was accomplished with the momentum in \
             favor of a regulatory tool for the protection and promotion of the museums and collections in UNESCO.",
            "The annual fee was USD\u{a0}60,000.",
            AGREEMENT,
        ]
    );
    // The fee is a key figure of its own section, not a headline of the results.
    let Some(Block::KeyFigures { items }) = response.sections[1].blocks.first() else { panic!("fee key figure") };
    assert_eq!(items.len(), 1);
    let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else { panic!("key figures") };
    assert_eq!(items.iter().map(|i| i.label.as_str()).collect::<Vec<_>>(), ["Partner networks and organizations"]);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMUSEOS, international dialogue was strengthened with 6 networks and organizations in the \
             area of museums."
        )
    );
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&request_in(FIXTURE, "ibermuseos", "es-MX"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    let titles: Vec<&str> = response.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Resultados", "Cuota anual"]);
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Redes y organizaciones asociadas", "Cuota anual"]);
    assert_eq!(response.family_name.as_deref(), Some("Museos"));
    // The partners' names and the achievement are the data's own Spanish texts.
    assert_eq!(list(&response)[1], "Consejo Internacional de Museos (ICOM)");
    assert_eq!(
        paragraphs(&response),
        [
            "IBERMUSEOS fortaleció el diálogo internacional con estas redes y organizaciones del ámbito de los museos:",
            "El fortalecimiento de las políticas públicas en el plano internacional se logró con el impulso a favor de \
             un instrumento normativo para la protección y promoción de los museos y las colecciones en la UNESCO.",
            "La cuota anual fue de USD\u{a0}60,000.",
            "La cuota anual multiplicada por los 4 años de 2012–2015 (4 × USD\u{a0}60,000 = USD\u{a0}240,000) concuerda \
             con los aproximadamente USD\u{a0}240,000 informados como pagados en total.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMUSEOS, se fortaleció el diálogo internacional con 6 redes y organizaciones del ámbito \
             de los museos."
        )
    );
    // The achievement is the source's phrase, in italics.
    let Block::Paragraph { spans } = &response.sections[0].blocks[3] else { panic!("the policy paragraph") };
    assert_eq!(spans[1].emphasis, Emphasis::Emph);
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        ("en", "In 2012–2015, 15 projects benefited from IBERMUSEOS.", "Museums"),
        ("es", "En 2012–2015, se beneficiaron 15 proyectos de IBERMUSEOS.", "Museos"),
        ("pt", "Em 2012–2015, 15 projetos foram beneficiados pelo programa IBERMUSEOS.", "Museus"),
        ("fr", "En 2012–2015, 15 projets ont bénéficié du programme IBERMUSEOS.", "Musées"),
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
        assert!(response.summary.is_some(), "{locale}");
    }
}

#[test]
fn a_qualified_count_and_partners_in_french_and_portuguese() {
    let data = json!({
        "projects": {"count": 40, "qualifier": "more-than"},
        "partners": [{"name": "UNESCO"}, {"name": {"en": "International Council of Museums"}, "acronym": "ICOM"}]
    });
    let fr = run(&with_data("fr", data.clone()));
    assert_eq!(
        paragraphs(&fr),
        [
            "En 2012–2015, plus de 40 projets ont bénéficié du programme IBERMUSEOS.",
            "Le programme IBERMUSEOS a renforcé le dialogue international avec ces réseaux et organisations du \
             domaine des musées\u{a0}:",
        ]
    );
    // A name without French falls back to the data's language, with a warning at its path.
    assert_eq!(fr.problems.len(), 1);
    assert_eq!((fr.problems[0].severity, fr.problems[0].path.as_str()), (Severity::Warning, "data.partners[1].name"));
    assert_eq!(fr.metrics[0].figure.qualifier, Qualifier::MoreThan);
    let pt = run(&with_data("pt", data));
    assert_eq!(pt.summary.as_deref(), Some("Por meio do programa IBERMUSEOS, mais de 40 projetos foram beneficiados."));
}

#[test]
fn agreement_in_french_and_portuguese_follows_their_grammar_and_figures() {
    let agreement = |locale: &str| {
        let text = paragraphs(&run(&request_in(FIXTURE, "ibermuseos", locale)));
        text.last().cloned().expect("a paragraph")
    };
    assert_eq!(
        agreement("fr"),
        "La cotisation annuelle multipliée par les 4 années de la période 2012–2015 (4 × 60\u{202f}000\u{a0}USD = \
         240\u{202f}000\u{a0}USD) concorde avec le total déclaré comme versé, soit environ 240\u{202f}000\u{a0}USD."
    );
    assert_eq!(
        agreement("pt-BR"),
        "A cota anual multiplicada pelos 4 anos de 2012–2015 (4 × USD\u{a0}60.000 = USD\u{a0}240.000) coincide com os \
         aproximadamente USD\u{a0}240.000 informados como pagos no total."
    );
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn fee_that_does_not_add_up_is_a_warning() {
    let mut request = museums();
    request.program.data.insert("annual_fee".into(), json!({ "amount": "50000", "currency": "USD" }));
    let response = run(&request);

    assert_eq!(response.problems.len(), 1);
    let problem = &response.problems[0];
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(problem.path, "data.annual_fee");
    assert_eq!(
        problem.message,
        "annual fee × 4 years (USD\u{a0}200,000) differs from the approximately USD\u{a0}240,000 paid"
    );
    assert!(problem.hint.as_deref().expect("hint").contains("2012–2015"));
    assert!(!paragraphs(&response).iter().any(|p| p.contains("agrees")));
}

#[test]
fn an_approximate_fee_cannot_contradict_the_total() {
    let mut request = museums();
    let fee = json!({ "amount": "50000", "currency": "USD", "qualifier": "approximately" });
    request.program.data.insert("annual_fee".into(), fee);
    let response = run(&request);
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert!(paragraphs(&response).contains(&"The annual fee was approximately USD\u{a0}50,000.".to_owned()));
}

#[test]
fn contribution_period_sets_the_years() {
    let mut request = museums();
    request.program.financial_resources.paid[0].period = Some(Period { from: 2012, to: 2013 });
    let response = run(&request);
    assert_eq!(
        response.problems[0].message,
        "annual fee × 2 years (USD\u{a0}120,000) differs from the approximately USD\u{a0}240,000 paid"
    );
}

#[test]
fn exact_total_needs_no_backing_sentence() {
    let mut request = museums();
    request.program.financial_resources.paid[0].qualifier = Qualifier::Exact;
    let response = run(&request);
    assert!(response.problems.is_empty());
    assert!(!paragraphs(&response).iter().any(|p| p.contains("agrees")));
}

#[test]
fn fee_in_a_currency_never_paid_cannot_be_checked() {
    let mut request = museums();
    request.program.financial_resources.paid[0].currency = "EUR".into();
    let response = run(&request);
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].path, "financial_resources.paid");
    assert_eq!(response.problems[0].severity, Severity::Warning);
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (json!({"annual_fee": {"amount": 60000, "currency": "USD"}}), "data.annual_fee.amount"),
        (json!({"annual_fee": {"amount": "60,000", "currency": "USD"}}), "data.annual_fee.amount"),
        (json!({"annual_fee": {"amount": "-60000", "currency": "USD"}}), "data.annual_fee.amount"),
        (json!({"annual_fee": {"amount": "0", "currency": "USD"}}), "data.annual_fee.amount"),
        (json!({"annual_fee": {"amount": "60000", "currency": "dollars"}}), "data.annual_fee.currency"),
        (json!({"annual_fee": {"amount": "60000"}}), "data.annual_fee"),
        (json!({"partners": [{"acronym": "ICOM"}]}), "data.partners[0]"),
        (json!({"partners": [{"name": "ICOM", "acronim": "ICOM"}]}), "data.partners[0].acronim"),
        (json!({"policy_achievement": "  "}), "data.policy_achievement"),
        (json!({"policy_achievement": 7}), "data.policy_achievement"),
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
    assert_eq!(schema["title"], "Program data of the `museums` family (IBERMUSEOS…)");
    let fixture = museums();
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
}
