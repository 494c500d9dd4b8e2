//! The `community-culture` plugin on small programs: every language, the family's own fields,
//! qualified counts, texts in several languages, and malformed data located by path.

use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, one_program, paragraphs};

use super::*;

/// The request for one IBERCULTURA VIVA program with `data` (absent when `None`). The reporting party is
/// given by its code only: the plugin writes its name as the host gives it.
fn request(data: Option<&str>, locale: &str) -> Request {
    one_program("community-culture", "IBERCULTURA VIVA", "PE", data, locale)
}

fn run(data: &str, locale: &str) -> Response {
    process(&request(Some(data), locale)).expect("processed")
}

/// `sentence` with `{country}` replaced by the reporting party's name in `locale`.
fn with_country(sentence: &str, locale: &str) -> String {
    sentence.replace("{country}", &request(None, locale).context.country)
}

#[test]
fn every_catalogue_has_the_messages_of_the_en_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn absent_or_empty_data_says_nothing_but_the_family_name() {
    for response in [process(&request(None, "en")).expect("processed"), run("{}", "en")] {
        assert!(response.problems.is_empty(), "{:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty() && response.summary.is_none());
        assert_eq!(response.family_name.as_deref(), Some("Community culture"));
    }
}

#[test]
fn the_projects_alone_are_one_sentence_in_each_language_and_count_toward_the_indicator() {
    let cases = [
        (
            "en",
            "In 2016–2019, IBERCULTURA VIVA supported 15 community culture projects in {country}.",
            "Community culture",
        ),
        (
            "es",
            "En 2016–2019, IBERCULTURA VIVA apoyó 15 proyectos de cultura comunitaria en {country}.",
            "Cultura comunitaria",
        ),
        (
            "pt",
            "Em 2016–2019, o programa IBERCULTURA VIVA apoiou 15 projetos de cultura comunitária no país.",
            "Cultura comunitária",
        ),
        (
            "fr",
            "En 2016–2019, le programme IBERCULTURA VIVA a soutenu 15 projets de culture communautaire dans le pays.",
            "Culture communautaire",
        ),
    ];
    for (locale, sentence, family) in cases {
        let response = run(r#"{"projects": 15}"#, locale);
        assert_eq!(paragraphs(&response), [with_country(sentence, locale)], "{locale}");
        assert_eq!(response.family_name.as_deref(), Some(family));
        assert_eq!(response.metrics.len(), 1);
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
    }
}

#[test]
fn a_qualified_count_keeps_its_qualifier_in_words_metric_and_summary() {
    let response = run(r#"{"projects": {"count": 40, "qualifier": "more-than"}}"#, "fr");
    assert_eq!(
        paragraphs(&response),
        [
            "En 2016–2019, le programme IBERCULTURA VIVA a soutenu plus de 40 projets de culture communautaire dans le pays."
        ]
    );
    assert_eq!(response.metrics[0].figure.qualifier, Qualifier::MoreThan);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Grâce au programme IBERCULTURA VIVA, plus de 40 projets de culture communautaire ont été soutenus dans le pays."
        )
    );
}

const OWN: &str = r#"{
    "projects": 5,
    "organizations": 27,
    "culture_points": {"count": 30, "qualifier": "more-than"},
    "networks": 4,
    "scholarships": 12,
    "mobility": 3,
    "local_governments": 1,
    "exchanges": 2
}"#;

#[test]
fn the_family_fields_are_narrated_after_the_projects_with_their_metrics() {
    let es = run(OWN, "es-PE");
    assert!(es.problems.is_empty(), "{:?}", es.problems);
    assert_eq!(
        paragraphs(&es)[1..],
        [
            "IBERCULTURA VIVA apoyó a 27 organizaciones culturales comunitarias.",
            "Participaron más de 30 puntos de cultura en IBERCULTURA VIVA.",
            "Se apoyó a 4 redes de cultura comunitaria.",
            "Se otorgaron 12 becas de formación en políticas culturales de base comunitaria.",
            "3 personas recibieron apoyo de movilidad para asistir a congresos y encuentros de cultura comunitaria.",
            "1 gobierno local participó en la red de ciudades y gobiernos locales de IBERCULTURA VIVA.",
            "Se realizaron 2 intercambios de experiencias y saberes entre comunidades.",
        ]
    );
    let ids: Vec<&str> = es.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "projects",
            "organizations",
            "culture-points",
            "networks",
            "scholarships",
            "mobility",
            "local-governments",
            "exchanges"
        ]
    );
    let feeding: Vec<&str> = es.metrics.iter().filter(|m| m.indicator.is_some()).map(|m| m.id.as_str()).collect();
    assert_eq!(feeding, ["projects"], "only projects count toward the indicator");
    assert_eq!(es.metrics[2].figure.qualifier, Qualifier::MoreThan);
    let Some(Block::KeyFigures { items }) = es.sections[0].blocks.first() else { panic!("key figures first") };
    assert_eq!(items.len(), 8);

    let en = run(OWN, "en");
    assert_eq!(
        paragraphs(&en)[1..],
        [
            "IBERCULTURA VIVA supported 27 community cultural organizations.",
            "More than 30 points of culture took part in IBERCULTURA VIVA.",
            "4 community culture networks were supported.",
            "12 scholarships were awarded for training in community-based cultural policies.",
            "3 people received mobility support to attend community culture congresses and meetings.",
            "1 local government took part in the network of cities and local governments of IBERCULTURA VIVA.",
            "2 exchanges of experiences and knowledge between communities were held.",
        ]
    );
}

#[test]
fn the_family_figures_follow_the_projects_and_precede_the_common_details() {
    let response = run(r#"{"projects": 2, "countries": ["AR", "BR"], "organizations": 3}"#, "en");
    let ids: Vec<&str> = response.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["projects", "organizations", "countries"]);
    assert_eq!(paragraphs(&response)[1], "IBERCULTURA VIVA supported 3 community cultural organizations.");
}

#[test]
fn the_organizations_alone_make_the_summary() {
    let response = run(r#"{"organizations": {"count": 17, "qualifier": "approximately"}}"#, "pt");
    assert_eq!(
        paragraphs(&response),
        ["O programa IBERCULTURA VIVA apoiou aproximadamente 17 organizações culturais comunitárias."]
    );
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Por meio do programa IBERCULTURA VIVA, foram apoiadas aproximadamente 17 organizações culturais comunitárias."
        )
    );
}

#[test]
fn texts_follow_the_report_language_and_a_missing_translation_is_a_located_warning() {
    let data = r#"{"calls": [{"name": {"es": "Apoyo a redes 2018", "en": "Support for networks 2018"}, "projects": 2},
                             {"name": {"es": "Movilidad 2019"}, "projects": 1}]}"#;
    let es = run(data, "es");
    assert!(es.problems.is_empty());
    assert_eq!(es.metrics[0].label, "Proyectos: Apoyo a redes 2018");
    let en = run(data, "en");
    assert_eq!(en.metrics[0].label, "Projects: Support for networks 2018");
    let found: Vec<(&str, &str)> = en.problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect();
    assert_eq!(found, [("data.calls[1].name", "no `en` text here: the `es` text is used")]);
    assert_eq!(
        en.summary,
        Some(with_country("Through IBERCULTURA VIVA, 3 community culture projects were supported in {country}.", "en"))
    );
}

#[test]
fn malformed_data_is_refused_with_its_path() {
    let cases = [
        (r#"{"organizations": -1}"#, "data.organizations"),
        (r#"{"scholarships": [3]}"#, "data.scholarships"),
        (r#"{"networks": {"count": 3, "qualifier": "roughly"}}"#, "data.networks.qualifier"),
        (r#"{"points_of_culture": 3}"#, "data.points_of_culture"),
    ];
    for (data, path) in cases {
        let response = run(data, "en");
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty(), "{data}");
    }
    let typo = run(r#"{"organisations": 3}"#, "en");
    assert_eq!(typo.problems[0].hint.as_deref(), Some("did you mean `organizations`?"));
}

#[test]
fn the_schema_is_derived_and_documents_every_field() {
    assert_family_schema(
        &schema(),
        [
            "projects",
            "organizations",
            "culture_points",
            "networks",
            "scholarships",
            "mobility",
            "local_governments",
            "exchanges",
        ],
    );
}
