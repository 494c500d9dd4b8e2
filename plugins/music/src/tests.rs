//! The music plugin on its program of the fixture, on the least data a party may give, and on
//! malformed data, in the report's languages.

use informe_plugin::abi::{Descriptor, RawBuffer, status};
use informe_plugin::prelude::*;
use informe_plugin::serde_json::{self, Value, json};
use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, paragraphs, request_for, request_in};

use super::*;

const FIXTURE: &str = include_str!("../../../fixtures/mexico-2012-2015.json");

fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

fn metric<'a>(response: &'a Response, id: &str) -> &'a Metric {
    response.metrics.iter().find(|m| m.id == id).expect("metric present")
}

/// The fixture's program in `locale`, with `data` as its family data.
fn with_data(locale: &str, data: Value) -> Request {
    let mut request = request_in(FIXTURE, "ibermusicas", locale);
    let Value::Object(data) = data else { panic!("family data is an object") };
    request.program.data = data;
    request
}

/// As [`with_data`], without financial resources: only the family data speaks.
fn only_data(locale: &str, data: Value) -> Request {
    let mut request = with_data(locale, data);
    request.program.financial_resources = Default::default();
    request
}

fn run(request: &Request) -> Response {
    process(request).expect("processed")
}

#[test]
fn fixture_program_yields_its_metrics() {
    let response = run(&request_for(FIXTURE, "ibermusicas"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);

    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["projects", "artists-hosted", "support-per-unit-paid"]);

    let projects = metric(&response, "projects");
    assert_eq!(projects.figure, Figure::new(Quantity::Count { value: 48 }, Qualifier::Exact));
    assert_eq!(projects.indicator.as_deref(), Some(BENEFICIARY_PROJECTS));

    let artists = metric(&response, "artists-hosted");
    assert_eq!(artists.label, "Artists from other member states hosted");
    assert_eq!(artists.figure, Figure::new(Quantity::Count { value: 35 }, Qualifier::Exact));
    assert_eq!(artists.indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "artists hosted count, as they did");

    let ratio = metric(&response, "support-per-unit-paid");
    // 560,229.00 ÷ 480,000, kept exact; the host rounds it when it shows it.
    assert_eq!(ratio.figure, Figure::new(Quantity::Ratio { value: dec("1.16714375") }, Qualifier::Exact));
    assert_eq!(ratio.period, None, "the amounts cover the report period");
    assert_eq!(ratio.indicator, None, "a ratio is no beneficiary project");
    assert_eq!(response.family_name.as_deref(), Some("Music"));
}

#[test]
fn fixture_program_narrative_states_the_source_figures() {
    let response = run(&request_for(FIXTURE, "ibermusicas"));
    assert_eq!(response.sections.len(), 1);
    assert_eq!(response.sections[0].title, "Projects, artists and support");
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2015, 48 projects from Mexico were developed with the support of IBERMÚSICAS.",
            "In 2012–2015, 35 artists from other member states developed their projects in Mexico with the support \
             of IBERMÚSICAS.",
            "In 2012–2015, Mexico received USD\u{a0}560,229.00 as donations through calls and tenders for \
             USD\u{a0}480,000 paid in yearly fees: 1.17 received per unit paid.",
        ]
    );
    let Some(Block::KeyFigures { items }) = response.sections[0].blocks.first() else {
        panic!("the section opens with key figures");
    };
    let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Beneficiary projects", "Artists from other member states hosted", "Support received per unit paid"]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Through IBERMÚSICAS, 48 projects from Mexico were developed, and 35 artists from other member states \
             developed their projects in Mexico."
        )
    );
}

/// The fixture's program as a host sends it in `locale`: the host writes the program's own texts
/// (here the modes of the money) in the report's language before the plugin sees them.
fn resolved(locale: &str) -> Request {
    let mut request = request_in(FIXTURE, "ibermusicas", locale);
    let resources = &mut request.program.financial_resources;
    for mode in resources.paid.iter_mut().chain(&mut resources.received).filter_map(|c| c.mode.as_mut()) {
        mode.resolve(&request.context.language, "en");
    }
    request
}

#[test]
fn fixture_program_in_spanish() {
    let response = run(&resolved("es-MX"));
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.sections[0].title, "Proyectos, artistas y apoyos");
    assert_eq!(response.family_name.as_deref(), Some("Música"));
    let labels: Vec<&str> = response.metrics.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Proyectos beneficiados", "Artistas de otros Estados miembros acogidos", "Apoyo recibido por unidad pagada"]
    );
    // Figures as the reporting party writes them; the modes are the source's words in Spanish.
    assert_eq!(
        paragraphs(&response),
        [
            "En 2012–2015, se desarrollaron 48 proyectos de México con el apoyo de IBERMÚSICAS.",
            "En 2012–2015, 35 artistas de otros Estados miembros desarrollaron sus proyectos en México con el apoyo \
             de IBERMÚSICAS.",
            "En 2012–2015, México recibió USD\u{a0}560,229.00 como donativos a través de convocatorias y concursos \
             por USD\u{a0}480,000 pagados en cuotas anuales: 1.17 recibidos por unidad pagada.",
        ]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "A través de IBERMÚSICAS, se desarrollaron 48 proyectos de México, y 35 artistas de otros Estados \
             miembros desarrollaron sus proyectos en México."
        )
    );
}

#[test]
fn the_least_data_says_only_what_it_gives_in_every_language() {
    let cases = [
        ("en", "In 2012–2015, 15 projects from Mexico were developed with the support of IBERMÚSICAS."),
        ("es", "En 2012–2015, se desarrollaron 15 proyectos de México con el apoyo de IBERMÚSICAS."),
        ("pt", "Em 2012–2015, 15 projetos nacionais foram desenvolvidos com o apoio do programa IBERMÚSICAS."),
        ("fr", "En 2012–2015, 15 projets nationaux ont été réalisés avec le soutien du programme IBERMÚSICAS."),
    ];
    for (locale, want) in cases {
        // No data at all, and an empty object: nothing to say, nothing counted.
        for empty in [only_data(locale, json!({})), request_without_data(locale)] {
            let response = run(&empty);
            assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
            assert!(response.sections.is_empty() && response.metrics.is_empty(), "{locale}: {response:?}");
            assert_eq!(response.summary, None, "{locale}");
        }
        let response = run(&only_data(locale, json!({"projects": 15})));
        assert!(response.problems.is_empty(), "{locale}: {:?}", response.problems);
        assert_eq!(paragraphs(&response), [want], "{locale}");
        assert_eq!(response.metrics.len(), 1, "{locale}");
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS), "{locale}");
    }
    let summaries = ["pt", "fr"].map(|l| run(&only_data(l, json!({"projects": 15}))).summary.expect("summary"));
    assert_eq!(
        summaries,
        [
            "Por meio do programa IBERMÚSICAS, 15 projetos nacionais foram desenvolvidos.",
            "Grâce au programme IBERMÚSICAS, 15 projets nationaux ont été réalisés.",
        ]
    );
}

/// The fixture's program with no `data` member at all and no financial resources.
fn request_without_data(locale: &str) -> Request {
    let mut request = only_data(locale, json!({}));
    let mut program = serde_json::to_value(&request.program).expect("encode program");
    program.as_object_mut().expect("object").remove("data");
    request.program = serde_json::from_value(program).expect("a program without data");
    request
}

#[test]
fn empty_data_still_relates_the_money_in_a_section_of_its_own() {
    let response = run(&with_data("en", json!({})));
    assert_eq!(response.sections.len(), 1);
    assert_eq!(response.sections[0].title, "Projects, artists and support");
    assert_eq!(
        paragraphs(&response),
        ["In 2012–2015, Mexico received USD\u{a0}560,229.00 as donations through calls and tenders for \
          USD\u{a0}480,000 paid in yearly fees: 1.17 received per unit paid."]
    );
    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["support-per-unit-paid"]);
    assert!(matches!(response.sections[0].blocks[0], Block::KeyFigures { .. }));
    assert_eq!(response.summary, None, "a ratio is no summary of a programme");
}

#[test]
fn qualified_counts_keep_their_qualifier_in_words_and_metrics() {
    let data = json!({
        "projects": {"count": 40, "qualifier": "more-than"},
        "artists_hosted": {"count": 30, "qualifier": "approximately"}
    });
    let response = run(&only_data("en", data.clone()));
    assert_eq!(
        paragraphs(&response),
        [
            "In 2012–2015, more than 40 projects from Mexico were developed with the support of IBERMÚSICAS.",
            "In 2012–2015, approximately 30 artists from other member states developed their projects in Mexico \
             with the support of IBERMÚSICAS.",
        ]
    );
    assert_eq!(metric(&response, "projects").figure.qualifier, Qualifier::MoreThan);
    assert_eq!(metric(&response, "artists-hosted").figure.qualifier, Qualifier::Approximately);
    assert_eq!(
        run(&only_data("es", data)).summary.as_deref(),
        Some(
            "A través de IBERMÚSICAS, se desarrollaron más de 40 proyectos de México, y aproximadamente 30 artistas \
             de otros Estados miembros desarrollaron sus proyectos en México."
        )
    );
}

#[test]
fn artists_alone_follow_the_common_summary() {
    let response = run(&only_data("fr", json!({"artists_hosted": 35})));
    assert_eq!(
        paragraphs(&response),
        ["En 2012–2015, 35 artistes d’autres États membres ont réalisé leurs projets dans le pays avec le soutien \
          du programme IBERMÚSICAS."]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Grâce au programme IBERMÚSICAS, 35 artistes d’autres États membres ont réalisé leurs projets dans le pays."
        )
    );
    let with_beneficiaries = json!({"artists_hosted": 35, "beneficiaries": [{"who": "musicians", "count": 120}]});
    assert_eq!(
        run(&only_data("en", with_beneficiaries)).summary.as_deref(),
        Some(
            "Through IBERMÚSICAS, 120 musicians were benefited. Through IBERMÚSICAS, 35 artists from other member \
             states developed their projects in Mexico."
        )
    );
}

#[test]
fn figures_are_strong_wherever_the_translation_puts_them() {
    let response = run(&request_in(FIXTURE, "ibermusicas", "fr"));
    let Block::Paragraph { spans } = &response.sections[0].blocks[3] else { panic!("the ratio paragraph") };
    let strong: Vec<&str> = spans.iter().filter(|s| s.emphasis == Emphasis::Strong).map(|s| s.text.as_str()).collect();
    assert_eq!(strong, ["560\u{202f}229,00\u{a0}USD", "480\u{202f}000\u{a0}USD", "1,17"]);
    assert!(paragraphs(&response)[2].ends_with("\u{a0}: 1,17 reçu par unité versée."));
    assert!(
        paragraphs(&response)[2].starts_with("En 2012–2015, 560\u{202f}229,00\u{a0}USD ont été reçus sous forme de ")
    );
}

#[test]
fn one_of_each_is_singular_in_every_language() {
    let cases = [
        (
            "en",
            [
                "In 2012–2015, 1 project from Mexico was developed with the support of IBERMÚSICAS.",
                "In 2012–2015, 1 artist from another member state developed their project in Mexico with the support \
                 of IBERMÚSICAS.",
            ],
        ),
        (
            "es-MX",
            [
                "En 2012–2015, se desarrolló 1 proyecto de México con el apoyo de IBERMÚSICAS.",
                "En 2012–2015, 1 artista de otro Estado miembro desarrolló su proyecto en México con el apoyo de \
                 IBERMÚSICAS.",
            ],
        ),
        (
            "pt-BR",
            [
                "Em 2012–2015, 1 projeto nacional foi desenvolvido com o apoio do programa IBERMÚSICAS.",
                "Em 2012–2015, 1 artista de outro Estado-membro desenvolveu seu projeto no país com o apoio do \
                 programa IBERMÚSICAS.",
            ],
        ),
        (
            "fr",
            [
                "En 2012–2015, 1 projet national a été réalisé avec le soutien du programme IBERMÚSICAS.",
                "En 2012–2015, 1 artiste d’un autre État membre a réalisé son projet dans le pays avec le soutien du \
                 programme IBERMÚSICAS.",
            ],
        ),
    ];
    for (locale, want) in cases {
        let response = run(&only_data(locale, json!({"projects": 1, "artists_hosted": 1})));
        assert_eq!(paragraphs(&response), want, "{locale}");
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
    let response = run(&request);

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
    let response = run(&request);

    let ratio = metric(&response, "support-per-unit-paid");
    assert_eq!(ratio.figure, Figure::new(Quantity::Ratio { value: dec("1.25") }, Qualifier::Approximately));
    assert!(
        paragraphs(&response)[2]
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
    let response = run(&request);
    assert_eq!(metric(&response, "support-per-unit-paid").period, Some(Period { from: 2013, to: 2014 }));
    assert!(paragraphs(&response)[2].starts_with("In 2013–2014, Mexico received USD\u{a0}560,229.00"));
}

#[test]
fn lower_bound_on_paid_amount_gives_no_ratio() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.financial_resources.paid[0].qualifier = Qualifier::MoreThan;
    let response = run(&request);
    assert!(response.metrics.iter().all(|m| m.id != "support-per-unit-paid"));
    assert_eq!(response.problems[0].severity, Severity::Warning);
}

#[test]
fn nothing_received_means_no_ratio_and_no_problem() {
    let mut request = request_for(FIXTURE, "ibermusicas");
    request.program.financial_resources.received.clear();
    let response = run(&request);
    assert_eq!(response.metrics.len(), 2);
    assert!(response.problems.is_empty());
}

#[test]
fn malformed_data_is_located_by_its_path() {
    let cases = [
        (json!({"projects": 48, "artists_hosted": "35"}), "data.artists_hosted"),
        (json!({"artists_hosted": -35}), "data.artists_hosted"),
        (json!({"projects": -48}), "data.projects"),
        (json!({"artists_hosted": {"count": 35, "qualifier": "roughly"}}), "data.artists_hosted.qualifier"),
        (json!({"countries": ["AR", "Brasil"]}), "data.countries[1]"),
    ];
    for (data, path) in cases {
        let response = run(&with_data("en", data.clone()));
        assert!(response.has_errors(), "{data}");
        assert!(response.metrics.is_empty() && response.sections.is_empty(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
    }
    // A field of the old, one-country shape is refused with the field it should be.
    let response = run(&with_data("en", json!({"projects": 48, "artist_hosted": 35})));
    assert_eq!(response.problems[0].path, "data.artist_hosted");
    assert_eq!(response.problems[0].hint.as_deref(), Some("did you mean `artists_hosted`?"));
}

#[test]
fn the_schema_is_derived_from_the_data_type() {
    let schema = schema();
    assert_eq!(schema["title"], "Program data of the `music` family (IBERMÚSICAS…)");
    let fixture = request_for(FIXTURE, "ibermusicas");
    assert_family_schema(&schema, fixture.program.data.keys().map(String::as_str));
    let properties = schema["properties"].as_object().expect("properties");
    let artists = properties["artists_hosted"]["description"].as_str().expect("description");
    assert!(artists.starts_with("Artists of other member states"), "{artists}");
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
    assert_eq!(response, run(&request_for(FIXTURE, "ibermusicas")));
}
