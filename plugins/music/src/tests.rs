use informe_plugin::abi::{Descriptor, RawBuffer, status};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::{self, json};
use informe_plugin::testing::{
    assert_catalogues_complete, assert_schema_describes, paragraphs, request_for, request_in,
};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

fn metric<'a>(response: &'a Response, id: &str) -> &'a Metric {
    response.metrics.iter().find(|m| m.id == id).expect("metric present")
}

#[test]
fn fixture_program_yields_its_metrics() {
    let response = process(&request_for(FIXTURE, "ibermusicas")).expect("processed");
    assert!(response.problems.is_empty(), "{:?}", response.problems);

    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["mexican-projects-abroad", "region-artists-hosted", "support-per-unit-paid"]);

    let projects = metric(&response, "mexican-projects-abroad");
    assert_eq!(projects.label, "Mexican projects developed within the Ibero-American region");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 48 }, Qualifier::Exact));
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));

    let artists = metric(&response, "region-artists-hosted");
    assert_eq!(artists.label, "Ibero-American artists who developed their projects in Mexico");
    assert_eq!(artists.figure, Figure::new(Quantity::Count { value: 35 }, Qualifier::Exact));
    assert_eq!(artists.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));

    let ratio = metric(&response, "support-per-unit-paid");
    // 560,229.00 ÷ 480,000, kept exact; the host rounds it when it shows it.
    assert_eq!(ratio.figure, Figure::new(Quantity::Ratio { value: dec("1.16714375") }, Qualifier::Exact));
    assert_eq!(ratio.period, None, "the amounts cover the report period");
    assert_eq!(ratio.indicator, None, "a ratio is no beneficiary project");
}

#[test]
fn fixture_program_narrative_states_the_source_figures() {
    let response = process(&request_for(FIXTURE, "ibermusicas")).expect("processed");
    let text = paragraphs(&response);
    assert_eq!(
        text,
        [
            "In 2012–2015, 48 Mexican projects were developed within the Ibero-American region, and 35 Ibero-American \
             artists who developed their projects in Mexico were benefited.",
            "In 2012–2015, Mexico received USD\u{a0}560,229.00 as donations through calls and tenders for USD\u{a0}480,000 \
             paid in yearly fees: 1.17 received per unit paid.",
        ]
    );
    let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else {
        panic!("the section opens with key figures");
    };
    assert_eq!(items.len(), 3);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMÚSICAS, 48 Mexican projects were developed within the Ibero-American region and 35 \
             Ibero-American artists developed their projects in Mexico."
        )
    );
}

#[test]
fn fixture_program_in_spanish_for_mexico() {
    let response = process(&request_in(FIXTURE, "ibermusicas", "es-MX")).expect("processed");
    assert_eq!(response.sections[0].title, "Proyectos, artistas y apoyos");
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Proyectos mexicanos desarrollados en la región iberoamericana",
            "Artistas iberoamericanos que desarrollaron sus proyectos en México",
            "Apoyo recibido por unidad pagada",
        ]
    );
    let text = paragraphs(&response);
    assert_eq!(
        text[0],
        "En 2012–2015, se desarrollaron 48 proyectos mexicanos en la región iberoamericana, y se benefició a 35 \
         artistas iberoamericanos que desarrollaron sus proyectos en México."
    );
    // Figures as Mexico writes them; the modes are the source's words.
    assert!(text[1].starts_with("En 2012–2015, Mexico recibió USD\u{a0}560,229.00 como "), "{}", text[1]);
    assert!(text[1].ends_with(": 1.17 recibidos por unidad pagada."), "{}", text[1]);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMÚSICAS, se desarrollaron 48 proyectos mexicanos en la región iberoamericana y 35 \
             artistas iberoamericanos desarrollaron sus proyectos en México."
        )
    );
}

#[test]
fn figures_are_strong_wherever_the_translation_puts_them() {
    let response = process(&request_in(FIXTURE, "ibermusicas", "fr")).expect("processed");
    let Block::Paragraph { spans } = &response.sections[0].blocks[2] else { panic!("the ratio paragraph") };
    let strong: Vec<&str> = spans.iter().filter(|s| s.emphasis == Emphasis::Strong).map(|s| s.text.as_str()).collect();
    assert_eq!(strong, ["560\u{202f}229,00\u{a0}USD", "480\u{202f}000\u{a0}USD", "1,17"]);
    assert!(paragraphs(&response)[1].ends_with("\u{a0}: 1,17 reçu par unité versée."));
}

#[test]
fn one_of_each_is_singular_in_every_language() {
    let cases = [
        (
            "en",
            "In 2012–2015, 1 Mexican project was developed within the Ibero-American region, and 1 Ibero-American \
                artist who developed their project in Mexico was benefited.",
        ),
        (
            "es-MX",
            "En 2012–2015, se desarrolló 1 proyecto mexicano en la región iberoamericana, y se benefició a 1 \
                   artista iberoamericano que desarrolló su proyecto en México.",
        ),
        (
            "pt-BR",
            "Em 2012–2015, 1 projeto mexicano foi desenvolvido na região ibero-americana, e 1 artista \
                   ibero-americano que desenvolveu seu projeto no México foi beneficiado.",
        ),
        (
            "fr",
            "En 2012–2015, 1 projet mexicain a été réalisé dans la région ibéro-américaine, et 1 artiste \
                ibéro-américain ayant réalisé son projet au Mexique a bénéficié d'un soutien.",
        ),
    ];
    for (locale, want) in cases {
        let mut request = request_in(FIXTURE, "ibermusicas", locale);
        request.program.data.insert("mexican_projects_abroad".into(), json!(1));
        request.program.data.insert("region_artists_hosted".into(), json!(1));
        assert_eq!(paragraphs(&process(&request).expect("processed"))[0], want, "{locale}");
    }
}

#[test]
fn every_catalogue_has_the_messages_of_the_english_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn mixed_currencies_give_no_ratio_but_a_warning() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.financial_resources.received[0].currency = "EUR".into();
    let response = process(&request).expect("processed");

    assert!(response.metrics.iter().all(|m| m.id != "support-per-unit-paid"));
    assert_eq!(response.problems.len(), 1);
    let problem = &response.problems[0];
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(problem.path, "financial_resources");
    assert_eq!(problem.message, "support received per unit paid is not computed: the amounts are in USD and EUR");
    assert!(paragraphs(&response).iter().all(|p| !p.contains("per unit paid")));
}

#[test]
fn ratio_qualifier_combines_every_amount() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    let resources = &mut request.program.financial_resources;
    resources.received[0].qualifier = Qualifier::Approximately;
    resources.received.push(resources.received[0].clone());
    resources.received[1].amount = dec("39771.00");
    resources.received[1].qualifier = Qualifier::Exact;
    let response = process(&request).expect("processed");

    let ratio = metric(&response, "support-per-unit-paid");
    assert_eq!(ratio.figure, Figure::new(Quantity::Ratio { value: dec("1.25") }, Qualifier::Approximately));
    assert!(
        paragraphs(&response)[1]
            .ends_with("USD\u{a0}480,000 paid in yearly fees: approximately 1.25 received per unit paid.")
    );
}

#[test]
fn ratio_names_its_years_when_they_are_not_the_report_period() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    let resources = &mut request.program.financial_resources;
    for c in resources.paid.iter_mut().chain(&mut resources.received) {
        c.period = Some(Period { from: 2013, to: 2014 });
    }
    let response = process(&request).expect("processed");
    assert_eq!(metric(&response, "support-per-unit-paid").period, Some(Period { from: 2013, to: 2014 }));
    assert!(paragraphs(&response)[1].starts_with("In 2013–2014, Mexico received USD\u{a0}560,229.00"));
}

#[test]
fn lower_bound_on_paid_amount_gives_no_ratio() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.financial_resources.paid[0].qualifier = Qualifier::MoreThan;
    let response = process(&request).expect("processed");
    assert!(response.metrics.iter().all(|m| m.id != "support-per-unit-paid"));
    assert_eq!(response.problems[0].severity, Severity::Warning);
}

#[test]
fn nothing_received_means_no_ratio_and_no_problem() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.financial_resources.received.clear();
    let response = process(&request).expect("processed");
    assert_eq!(response.metrics.len(), 2);
    assert!(response.problems.is_empty());
}

#[test]
fn wrong_type_is_reported_at_its_path() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.data.insert("mexican_projects_abroad".into(), json!("48"));
    let response = process(&request).expect("processed");
    assert!(response.metrics.is_empty() && response.sections.is_empty());
    assert_eq!(response.problems.len(), 1);
    assert_eq!(response.problems[0].severity, Severity::Error);
    assert_eq!(response.problems[0].path, "data.mexican_projects_abroad");
}

#[test]
fn missing_and_unknown_fields_are_errors() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.data.remove("region_artists_hosted");
    let response = process(&request).expect("processed");
    assert_eq!(response.problems[0].path, "data");
    assert!(response.problems[0].message.contains("region_artists_hosted"));

    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.data.insert("artists".into(), json!(35));
    let response = process(&request).expect("processed");
    assert!(response.has_errors());
}

#[test]
fn schema_describes_exactly_the_fixture_fields() {
    assert_schema_describes(&schema(), &request_for(FIXTURE, "ibermusicas"));
}

// The descriptor function lives in an unnameable `const _` block of `declare_plugin!`; reach it by symbol.
unsafe extern "C" {
    safe fn informe_plugin_descriptor() -> *const Descriptor;
}

#[test]
fn process_round_trips_through_the_c_entry_point() {
    // SAFETY: the descriptor is a static of this library.
    let descriptor = unsafe { &*informe_plugin_descriptor() };
    assert_eq!(descriptor.header.magic, informe_plugin::abi::MAGIC);
    // SAFETY: the name points at static string data of this library.
    assert_eq!(unsafe { descriptor.name.to_str() }.expect("utf-8"), "music");

    let input = serde_json::to_vec(&request_for(FIXTURE, "ibermusicas")).expect("encode request");
    let mut out = RawBuffer::empty();
    // SAFETY: `input` is a live buffer of `len` bytes and `out` a writable buffer.
    let code = unsafe { (descriptor.process)(input.as_ptr(), input.len(), &mut out) };
    // SAFETY: the plugin filled `out` with `len` initialised bytes.
    let bytes = unsafe { std::slice::from_raw_parts(out.ptr, out.len) }.to_vec();
    // SAFETY: `out` was produced by this plugin's `process` and is released once.
    unsafe { (descriptor.free)(out) };

    assert_eq!(code, status::OK);
    let response: Response = serde_json::from_slice(&bytes).expect("response JSON");
    assert_eq!(response, process(&request_for(FIXTURE, "ibermusicas")).expect("processed"));
}
