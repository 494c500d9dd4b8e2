//! The `routes` plugin on small programs: every language, the family's own fields, qualified
//! counts, texts in several languages, and malformed data located by path.

use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, one_program, paragraphs, problems};

use super::*;

/// The request for one IBER-RUTAS program with `data` (absent when `None`). The reporting party is
/// given by its code only: the plugin writes its name as the host gives it.
fn request(data: Option<&str>, locale: &str) -> Request {
    one_program("routes", "IBER-RUTAS", "PY", data, locale)
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
    for response in [process(&request(None, "fr")).expect("processed"), run("{}", "fr")] {
        assert!(response.problems.is_empty(), "{:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty() && response.summary.is_none());
        assert_eq!(response.family_name.as_deref(), Some("Migration et interculturalité"));
    }
}

#[test]
fn the_projects_alone_are_one_sentence_in_each_language_and_count_toward_the_indicator() {
    let cases = [
        ("en", "In 2016–2019, IBER-RUTAS supported 15 projects on migration and interculturality in {country}."),
        ("es", "En 2016–2019, IBER-RUTAS apoyó 15 proyectos sobre migración e interculturalidad en {country}."),
        ("pt", "Em 2016–2019, o programa IBER-RUTAS apoiou 15 projetos sobre migração e interculturalidade no país."),
        (
            "fr",
            "En 2016–2019, le programme IBER-RUTAS a soutenu 15 projets sur la migration et l’interculturalité dans \
             le pays.",
        ),
    ];
    for (locale, sentence) in cases {
        let response = run(r#"{"projects": 15}"#, locale);
        assert_eq!(paragraphs(&response), [with_country(sentence, locale)], "{locale}");
        assert_eq!(response.metrics.len(), 1);
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
    }
    assert_eq!(run("{}", "es").family_name.as_deref(), Some("Migración e interculturalidad"));
}

#[test]
fn a_qualified_count_keeps_its_qualifier_in_words_metric_and_summary() {
    let response = run(r#"{"projects": {"count": 40, "qualifier": "more-than"}}"#, "pt");
    assert_eq!(
        paragraphs(&response),
        ["Em 2016–2019, o programa IBER-RUTAS apoiou mais de 40 projetos sobre migração e interculturalidade no país."]
    );
    assert_eq!(response.metrics[0].figure.qualifier, Qualifier::MoreThan);
    assert_eq!(
        response.summary.as_deref(),
        Some(
            "Por meio do programa IBER-RUTAS, foram apoiados mais de 40 projetos sobre migração e interculturalidade no país."
        )
    );
}

const OWN: &str = r#"{
    "contests": [
        {"name": {"en": "Miradas de Iberoamérica (photography)", "es": "Miradas de Iberoamérica (fotografía)"},
         "period": {"from": 2018, "to": 2018}, "entries": 870, "awarded": 3},
        {"name": "Pensamiento y Cultura Migrante", "entries": {"count": 120, "qualifier": "more-than"}, "awarded": 10}
    ],
    "aids": 6,
    "migrant_actions": {"count": 12, "qualifier": "at-least"},
    "studies": 1,
    "audience": 1800
}"#;

#[test]
fn the_family_fields_are_narrated_with_their_metrics_and_the_contests_table() {
    let es = run(OWN, "es-PY");
    assert!(es.problems.is_empty(), "{:?}", es.problems);
    assert_eq!(
        paragraphs(&es),
        [
            "Se presentaron más de 990 obras a los concursos de IBER-RUTAS.",
            "Se premiaron 13 obras.",
            "Se otorgaron 6 ayudas del fondo a acciones culturales con comunidades migrantes.",
            "Se realizaron al menos 12 acciones culturales con comunidades migrantes.",
            "Se realizó 1 investigación sobre los procesos migratorios.",
            "Las exposiciones y actividades reunieron a 1.800 personas.",
        ]
    );
    let ids: Vec<&str> = es.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "contest-entries",
            "contest-awarded",
            "aids",
            "migrant-actions",
            "studies",
            "audience",
            "contest-1-entries",
            "contest-1-awarded",
            "contest-2-entries",
            "contest-2-awarded"
        ]
    );
    assert!(es.metrics.iter().all(|m| m.indicator.is_none()), "none of them are projects");
    assert_eq!(es.metrics[0].figure.qualifier, Qualifier::MoreThan, "a lower bound makes the total one");
    assert_eq!(es.metrics[6].label, "Obras recibidas: Miradas de Iberoamérica (fotografía)");
    assert_eq!(es.metrics[6].period, Some(Period { from: 2018, to: 2018 }));
    let Some(Block::KeyFigures { items }) = es.sections[0].blocks.first() else { panic!("key figures first") };
    assert_eq!(items.len(), 6, "each contest's figures stay in its table");
    let Some(Block::Table { caption, columns, rows }) =
        es.sections[0].blocks.iter().find(|b| matches!(b, Block::Table { .. }))
    else {
        panic!("a table of contests")
    };
    assert_eq!(caption.as_deref(), Some("Concursos y premios de IBER-RUTAS"));
    assert_eq!(columns, &["Concurso", "Periodo", "Obras recibidas", "Obras premiadas"]);
    assert_eq!(rows[1][1], Cell::Text(String::new()), "a contest without years");
    assert_eq!(
        es.summary.as_deref(),
        Some("A través de IBER-RUTAS, se otorgaron 6 ayudas a acciones culturales con comunidades migrantes.")
    );

    let en = run(OWN, "en");
    assert_eq!(
        paragraphs(&en),
        [
            "More than 990 works were entered in the contests of IBER-RUTAS.",
            "13 works were awarded.",
            "6 grants of the aid fund were awarded to cultural actions with migrant communities.",
            "At least 12 cultural actions with migrant communities were carried out.",
            "1 study of migratory processes was carried out.",
            "The exhibitions and events drew 1,800 people.",
        ]
    );
}

#[test]
fn the_projects_come_first_and_the_actions_alone_make_the_summary() {
    let data = r#"{"projects": 4, "migrant_actions": 1}"#;
    let fr = run(data, "fr");
    assert_eq!(
        paragraphs(&fr),
        [
            "En 2016–2019, le programme IBER-RUTAS a soutenu 4 projets sur la migration et l’interculturalité dans le pays.",
            "1 action culturelle a été menée avec des communautés migrantes.",
        ]
    );
    let actions = run(r#"{"migrant_actions": 1}"#, "fr");
    assert_eq!(
        actions.summary.as_deref(),
        Some("Grâce au programme IBER-RUTAS, 1 action culturelle a été menée avec des communautés migrantes.")
    );
}

#[test]
fn texts_follow_the_report_language_and_a_missing_translation_is_a_located_warning() {
    let data = r#"{"contests": [{"name": {"es": "Concurso de ensayos", "en": "Essay contest"}, "awarded": 3},
                                {"name": {"es": "Concurso de fotografía"}, "awarded": 2}]}"#;
    let es = run(data, "es");
    assert!(es.problems.is_empty());
    assert_eq!(es.metrics[1].label, "Obras premiadas: Concurso de ensayos");
    let en = run(data, "en");
    assert_eq!(en.metrics[1].label, "Works awarded: Essay contest");
    assert_eq!(problems(&en), [("data.contests[1].name", "no `en` text here: the `es` text is used")]);
    assert_eq!(en.problems[0].severity, Severity::Warning);
}

#[test]
fn malformed_data_is_refused_with_its_path() {
    let cases = [
        (r#"{"aids": "six"}"#, "data.aids"),
        (r#"{"contests": [{"entries": 3}]}"#, "data.contests[0]"),
        (r#"{"contests": [{"name": "A", "winners": 3}]}"#, "data.contests[0].winners"),
        (r#"{"contests": [{"name": "", "entries": 3}]}"#, "data.contests[0].name"),
        (r#"{"contests": [{"name": "A", "period": {"from": 2012, "to": 2013}}]}"#, "data.contests[0].period"),
        (r#"{"contests": [{"name": "A"}, {"name": " a"}]}"#, "data.contests[1]"),
    ];
    for (data, path) in cases {
        let response = run(data, "en");
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty(), "{data}");
    }
    let typo = run(r#"{"studys": 3}"#, "en");
    assert_eq!(typo.problems[0].hint.as_deref(), Some("did you mean `studies`?"));
}

#[test]
fn more_works_awarded_than_received_is_warned_about() {
    let response = run(r#"{"contests": [{"name": "A", "entries": 2, "awarded": 3}]}"#, "en");
    assert!(!response.has_errors());
    assert_eq!(problems(&response), [("data.contests[0].awarded", "3 works awarded, more than the 2 received")]);
}

#[test]
fn the_schema_is_derived_and_documents_every_field() {
    assert_family_schema(
        &schema(),
        ["projects", "calls", "contests", "aids", "migrant_actions", "studies", "audience"],
    );
}
