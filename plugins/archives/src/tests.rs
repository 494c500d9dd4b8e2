//! The `archives` plugin on small programs: every language, the family's own fields, qualified
//! counts, texts in several languages, and malformed data located by path.

use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, one_program, paragraphs, problems};

use super::*;

/// The request for one IBERARCHIVOS program with `data` (absent when `None`). The reporting party is
/// given by its code only: the plugin writes its name as the host gives it.
fn request(data: Option<&str>, locale: &str) -> Request {
    one_program("archives", "IBERARCHIVOS", "CL", data, locale)
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
    for response in [process(&request(None, "es")).expect("processed"), run("{}", "es")] {
        assert!(response.problems.is_empty(), "{:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty() && response.summary.is_none());
        assert_eq!(response.family_name.as_deref(), Some("Archivos"));
    }
}

#[test]
fn the_projects_alone_are_one_sentence_in_each_language_and_count_toward_the_indicator() {
    let cases = [
        ("en", "In 2016–2019, IBERARCHIVOS supported 15 archival projects of {country}.", "Archives"),
        ("es", "En 2016–2019, IBERARCHIVOS apoyó 15 proyectos archivísticos de {country}.", "Archivos"),
        ("pt", "Em 2016–2019, o programa IBERARCHIVOS apoiou 15 projetos arquivísticos do país.", "Arquivos"),
        ("fr", "En 2016–2019, le programme IBERARCHIVOS a soutenu 15 projets archivistiques du pays.", "Archives"),
    ];
    for (locale, sentence, family) in cases {
        let response = run(r#"{"projects": 15}"#, locale);
        assert_eq!(paragraphs(&response), [with_country(sentence, locale)], "{locale}");
        assert_eq!(response.family_name.as_deref(), Some(family));
        assert_eq!(response.metrics.len(), 1);
        assert_eq!(response.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
    }
    let one = run(r#"{"projects": 1}"#, "es");
    assert_eq!(
        paragraphs(&one),
        [with_country("En 2016–2019, IBERARCHIVOS apoyó 1 proyecto archivístico de {country}.", "es")]
    );
}

#[test]
fn a_qualified_count_keeps_its_qualifier_in_words_metric_and_summary() {
    let response = run(r#"{"projects": {"count": 40, "qualifier": "more-than"}}"#, "es");
    assert_eq!(
        paragraphs(&response),
        [with_country("En 2016–2019, IBERARCHIVOS apoyó más de 40 proyectos archivísticos de {country}.", "es")]
    );
    assert_eq!(response.metrics[0].figure.qualifier, Qualifier::MoreThan);
    assert_eq!(
        response.summary,
        Some(with_country(
            "A través de IBERARCHIVOS, se apoyaron más de 40 proyectos archivísticos de {country}.",
            "es"
        ))
    );
    let fr = run(r#"{"projects": {"count": 12, "qualifier": "approximately"}}"#, "fr");
    assert_eq!(
        fr.summary.as_deref(),
        Some("Grâce au programme IBERARCHIVOS, environ 12 projets archivistiques du pays ont été soutenus.")
    );
}

const OWN: &str = r#"{
    "projects": 9,
    "institutions": 7,
    "submitted": 21,
    "holdings": [
        {"work": "description", "count": 12000, "unit": {"en": "documents", "es": "documentos"}},
        {"work": "digitization", "count": {"count": 3500, "qualifier": "approximately"}, "unit": {"en": "images", "es": "imágenes"}}
    ],
    "lines": [
        {"name": {"en": "Citizen access to archives", "es": "Acceso de la ciudadanía a los archivos"}, "projects": 4},
        {"name": {"en": "Indigenous and Afro-descendant peoples", "es": "Pueblos indígenas y afrodescendientes"}, "projects": 5}
    ]
}"#;

#[test]
fn the_family_fields_are_narrated_after_the_projects_with_their_metrics() {
    let es = run(OWN, "es-CL");
    assert!(es.problems.is_empty(), "{:?}", es.problems);
    assert_eq!(
        paragraphs(&es),
        [
            with_country("En 2016–2019, IBERARCHIVOS apoyó 9 proyectos archivísticos de {country}.", "es"),
            "IBERARCHIVOS apoyó a 7 instituciones archivísticas.".to_owned(),
            "Se presentaron 21 proyectos a las convocatorias de IBERARCHIVOS.".to_owned(),
            "Trabajo sobre los fondos documentales: descripción de 12.000 documentos y digitalización de aproximadamente 3.500 imágenes."
                .to_owned(),
        ]
    );
    let ids: Vec<&str> = es.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        ["projects", "institutions", "submitted", "holdings-1", "holdings-2", "line-1-projects", "line-2-projects"]
    );
    assert_eq!(es.metrics[3].label, "Descripción (documentos)");
    assert_eq!(es.metrics[4].figure.qualifier, Qualifier::Approximately);
    let feeding: Vec<&str> = es.metrics.iter().filter(|m| m.indicator.is_some()).map(|m| m.id.as_str()).collect();
    assert_eq!(feeding, ["projects"], "the lines detail the total, never count it again");

    let blocks = &es.sections[0].blocks;
    let Block::KeyFigures { items } = &blocks[0] else { panic!("key figures first: {blocks:?}") };
    assert_eq!(items.len(), 5, "the lines stay in their table");
    let Some(Block::Table { caption, rows, .. }) = blocks.iter().find(|b| matches!(b, Block::Table { .. })) else {
        panic!("a table of lines")
    };
    assert_eq!(caption.as_deref(), Some("Proyectos apoyados por línea de actuación"));
    assert_eq!(rows[1][0], Cell::Text("Pueblos indígenas y afrodescendientes".into()));

    let en = run(OWN, "en");
    assert_eq!(
        paragraphs(&en)[1..],
        [
            "IBERARCHIVOS supported 7 archival institutions.",
            "21 projects were submitted to the calls of IBERARCHIVOS.",
            "Work on documentary holdings: description of 12,000 documents and digitization of approximately 3,500 images.",
        ]
    );
}

#[test]
fn lines_count_toward_the_indicator_when_nothing_else_counts_the_projects() {
    let data = r#"{"lines": [{"name": "Acceso", "projects": 2}, {"name": "Memoria", "projects": {"count": 3, "qualifier": "at-least"}}]}"#;
    let response = run(data, "pt");
    let feeding: Vec<&str> = response.metrics.iter().filter(|m| m.indicator.is_some()).map(|m| m.id.as_str()).collect();
    assert_eq!(feeding, ["line-1-projects", "line-2-projects"]);
    assert_eq!(
        response.summary.as_deref(),
        Some("Por meio do programa IBERARCHIVOS, foram apoiados pelo menos 5 projetos arquivísticos do país.")
    );

    let listed = run(r#"{"lines": ["Acceso", "Memoria"]}"#, "es");
    assert_eq!(problems(&listed)[0].0, "data.lines[0]", "a line is an object");
    let listed = run(r#"{"lines": [{"name": "Acceso"}, {"name": "Memoria"}]}"#, "fr");
    assert_eq!(paragraphs(&listed), ["Les projets soutenus ont suivi ces lignes d’action\u{a0}:"]);
    assert!(listed.metrics.is_empty() && listed.summary.is_none());
}

#[test]
fn the_institutions_alone_make_the_summary() {
    let response = run(r#"{"institutions": 1}"#, "fr");
    assert_eq!(paragraphs(&response), ["Le programme IBERARCHIVOS a soutenu 1 institution d’archives."]);
    assert_eq!(
        response.summary.as_deref(),
        Some("Grâce au programme IBERARCHIVOS, 1 institution d’archives a été soutenue.")
    );
    // A sentence opening on a qualified figure still opens with a capital.
    let submitted = run(r#"{"submitted": {"count": 30, "qualifier": "more-than"}}"#, "en");
    assert_eq!(paragraphs(&submitted), ["More than 30 projects were submitted to the calls of IBERARCHIVOS."]);
}

#[test]
fn texts_follow_the_report_language_and_a_missing_translation_is_a_located_warning() {
    let data = r#"{"holdings": [{"work": "conservation", "count": 80, "unit": {"es": "metros lineales", "en": "linear metres"}},
                              {"work": "organization", "count": 4, "unit": {"es": "fondos"}}]}"#;
    let en = run(data, "en");
    assert_eq!(
        paragraphs(&en),
        ["Work on documentary holdings: conservation of 80 linear metres and organization of 4 fondos."]
    );
    assert_eq!(problems(&en), [("data.holdings[1].unit", "no `en` text here: the `es` text is used")]);
    assert_eq!(en.problems[0].severity, Severity::Warning);
    let es = run(data, "es");
    assert_eq!(
        paragraphs(&es),
        ["Trabajo sobre los fondos documentales: conservación de 80 metros lineales y organización de 4 fondos."]
    );
    assert!(es.problems.is_empty());
}

#[test]
fn malformed_data_is_refused_with_its_path() {
    let cases = [
        (r#"{"institutions": -2}"#, "data.institutions"),
        (r#"{"holdings": [{"work": "scanning", "count": 3, "unit": "images"}]}"#, "data.holdings[0].work"),
        (r#"{"holdings": [{"work": "description", "count": 3}]}"#, "data.holdings[0]"),
        (r#"{"lines": [{"name": "  ", "projects": 1}]}"#, "data.lines[0].name"),
        (r#"{"lines": [{"name": "Acceso"}, {"name": "acceso "}]}"#, "data.lines[1].name"),
        (r#"{"institutes": 3}"#, "data.institutes"),
    ];
    for (data, path) in cases {
        let response = run(data, "en");
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty(), "{data}");
    }
    let typo = run(r#"{"institutions": 3, "submited": 4}"#, "en");
    assert_eq!(typo.problems[0].hint.as_deref(), Some("did you mean `submitted`?"));
}

#[test]
fn figures_that_contradict_each_other_are_warned_about() {
    let response = run(
        r#"{"projects": 9, "submitted": 5, "lines": [{"name": "A", "projects": 6}, {"name": "B", "projects": 4}]}"#,
        "en",
    );
    assert!(!response.has_errors());
    assert_eq!(
        problems(&response),
        [
            ("data.submitted", "5 projects submitted, fewer than the 9 supported"),
            ("data.lines", "the projects of the lines add up to 10, more than the 9 projects given"),
        ]
    );
    assert!(!response.sections.is_empty(), "a warning does not stop the narrative");
}

#[test]
fn the_schema_is_derived_and_documents_every_field() {
    assert_family_schema(&schema(), ["projects", "calls", "institutions", "submitted", "lines", "holdings"]);
}
