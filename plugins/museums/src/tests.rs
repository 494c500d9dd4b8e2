use informe_plugin::prelude::*;
use informe_plugin::serde_json::json;
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn museums() -> Request {
    request_for(FIXTURE, "ibermuseos")
}

const AGREEMENT: &str = "The annual fee times the 4 years of 2012–2015 (4 × USD\u{a0}60,000 = USD\u{a0}240,000) agrees \
                         with the approximately USD\u{a0}240,000 reported as paid in total.";

#[test]
fn fixture_program_yields_its_metrics() {
    let response = process(&museums()).expect("processed");
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.metrics.len(), 2);

    let partners = &response.metrics[0];
    assert_eq!(partners.id, "partners");
    assert_eq!(partners.figure, Figure::new(Quantity::Count { value: 6 }, Qualifier::Exact));
    assert_eq!(partners.indicator, None);

    let fee = &response.metrics[1];
    assert_eq!(fee.id, "annual-fee");
    let amount = "60000".parse().expect("decimal");
    assert_eq!(fee.figure, Figure::new(Quantity::Money { amount, currency: "USD".into() }, Qualifier::Exact));
    assert_eq!(fee.indicator, None);
}

#[test]
fn fixture_program_narrative_lists_partners_and_backs_the_approximate_total() {
    let response = process(&museums()).expect("processed");
    let list = response.sections[0].blocks.iter().find_map(|b| match b {
        Block::List { items, .. } => Some(items.iter().map(|i| i[0].text.clone()).collect::<Vec<_>>()),
        _ => None,
    });
    assert_eq!(
        list.expect("partner list"),
        [
            "UNESCO",
            "International Council of Museums (ICOM)",
            "International Movement for a New Museology (MINOM)",
            "International Council of African Museums (AFRICOM)",
            "American Alliance of Museums (AAM)",
            "Network of European Museum Organizations (NEMO)",
        ]
    );
    let text = paragraphs(&response);
    assert!(
        text.contains(
            &"The strengthening of public policies at the international level was accomplished with the momentum in \
          favor of a regulatory tool for the protection and promotion of the museums and collections in UNESCO."
                .to_owned()
        )
    );
    assert!(text.contains(&"The annual fee was USD\u{a0}60,000.".to_owned()));
    assert!(text.contains(&AGREEMENT.to_owned()), "{text:#?}");
    assert!(response.summary.expect("summary").contains("6 named networks"));
}

#[test]
fn fixture_program_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "ibermuseos", "es-MX")).expect("processed");
    let titles: Vec<&str> = response.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Diálogo internacional y políticas públicas", "Cuota anual"]);
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Redes de museos y organizaciones internacionales mencionadas", "Cuota anual"]);
    let text = paragraphs(&response);
    assert_eq!(
        text,
        [
            "Se fortaleció el diálogo internacional con las principales redes y organizaciones internacionales en el \
             ámbito de los museos, tales como:",
            "El fortalecimiento de las políticas públicas en el plano internacional se logró con the momentum in favor \
             of a regulatory tool for the protection and promotion of the museums and collections in UNESCO.",
            "La cuota anual fue de USD\u{a0}60,000.",
            "La cuota anual multiplicada por los 4 años de 2012–2015 (4 × USD\u{a0}60,000 = USD\u{a0}240,000) concuerda \
             con los aproximadamente USD\u{a0}240,000 reportados como pagados en total.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMUSEOS, se fortaleció el diálogo internacional con 6 redes y organizaciones \
             internacionales mencionadas en el ámbito de los museos."
        )
    );
    // The achievement is the source's phrase, in italics.
    let Block::Paragraph { spans } = &response.sections[0].blocks[3] else { panic!("the policy paragraph") };
    assert_eq!(spans[1].emphasis, Emphasis::Emph);
}

#[test]
fn agreement_in_french_and_portuguese_follows_their_grammar_and_figures() {
    let agreement = |locale: &str| {
        let text = paragraphs(&process(&request_in(FIXTURE, "ibermuseos", locale)).expect("processed"));
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
    let response = process(&request).expect("processed");

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
fn contribution_period_sets_the_years() {
    let mut request = museums();
    request.program.financial_resources.paid[0].period = Some(Period { from: 2012, to: 2013 });
    let response = process(&request).expect("processed");
    assert_eq!(
        response.problems[0].message,
        "annual fee × 2 years (USD\u{a0}120,000) differs from the approximately USD\u{a0}240,000 paid"
    );
}

#[test]
fn exact_total_needs_no_backing_sentence() {
    let mut request = museums();
    request.program.financial_resources.paid[0].qualifier = Qualifier::Exact;
    let response = process(&request).expect("processed");
    assert!(response.problems.is_empty());
    assert!(!paragraphs(&response).iter().any(|p| p.contains("agrees")));
}

#[test]
fn fee_in_a_currency_never_paid_cannot_be_checked() {
    let mut request = museums();
    request.program.financial_resources.paid[0].currency = "EUR".into();
    let response = process(&request).expect("processed");
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].path, "financial_resources.paid");
    assert_eq!(response.problems[0].severity, Severity::Warning);
}

#[test]
fn fee_amount_must_be_a_plain_decimal_string() {
    for amount in [json!(60000), json!("60,000"), json!("60_000"), json!("-60000")] {
        let mut request = museums();
        request.program.data.insert("annual_fee".into(), json!({ "amount": amount, "currency": "USD" }));
        let response = process(&request).expect("processed");
        assert!(response.metrics.is_empty(), "{amount} accepted");
        assert_eq!(response.problems.len(), 1);
        assert_eq!(response.problems[0].severity, Severity::Error);
        assert_eq!(response.problems[0].path, "data.annual_fee.amount");
    }
}

#[test]
fn invalid_currency_and_missing_name_are_errors() {
    let mut request = museums();
    request.program.data.insert("annual_fee".into(), json!({ "amount": "60000", "currency": "dollars" }));
    let response = process(&request).expect("processed");
    assert!(response.has_errors() && response.metrics.is_empty());
    assert_eq!(response.problems[0].path, "data.annual_fee.currency");

    let mut request = museums();
    request.program.data.insert("partners".into(), json!([{ "acronym": "ICOM" }]));
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data.partners[0]");
    assert!(response.problems[0].message.contains("name"));
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    assert_schema_describes(&schema(), &museums());
}
