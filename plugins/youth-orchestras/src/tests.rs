//! The `youth-orchestras` plugin on small programs: every language, the family's own fields,
//! qualified counts, texts in several languages, and malformed data located by path.

use informe_plugin::testing::{assert_catalogues_complete, assert_family_schema, one_program, paragraphs, problems};

use super::*;

/// The request for one IBERORQUESTAS JUVENILES program with `data` (absent when `None`). The reporting party is
/// given by its code only: the plugin writes its name as the host gives it.
fn request(data: Option<&str>, locale: &str) -> Request {
    one_program("youth-orchestras", "IBERORQUESTAS JUVENILES", "CR", data, locale)
}

fn run(data: &str, locale: &str) -> Response {
    process(&request(Some(data), locale)).expect("processed")
}

/// `sentence` with `{country}` replaced by the reporting party's name in `locale`.
fn with_country(sentence: &str, locale: &str) -> String {
    sentence.replace("{country}", &request(None, locale).context.country)
}

fn feeding(response: &Response) -> Vec<&str> {
    response.metrics.iter().filter(|m| m.indicator.is_some()).map(|m| m.id.as_str()).collect()
}

#[test]
fn every_catalogue_has_the_messages_of_the_en_one() {
    assert_catalogues_complete(MESSAGES);
}

#[test]
fn absent_or_empty_data_says_nothing_but_the_family_name() {
    for response in [process(&request(None, "pt")).expect("processed"), run("{}", "pt")] {
        assert!(response.problems.is_empty(), "{:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty() && response.summary.is_none());
        assert_eq!(response.family_name.as_deref(), Some("Orquestras juvenis"));
    }
}

#[test]
fn the_projects_alone_are_one_sentence_in_each_language_and_count_toward_the_indicator() {
    let cases = [
        (
            "en",
            "In 2016–2019, IBERORQUESTAS JUVENILES supported 15 youth music projects of {country}.",
            "Youth orchestras",
        ),
        (
            "es",
            "En 2016–2019, IBERORQUESTAS JUVENILES apoyó 15 proyectos de música infantil y juvenil de {country}.",
            "Orquestas juveniles",
        ),
        (
            "pt",
            "Em 2016–2019, o programa IBERORQUESTAS JUVENILES apoiou 15 projetos de música infantil e juvenil do país.",
            "Orquestras juvenis",
        ),
        (
            "fr",
            "En 2016–2019, le programme IBERORQUESTAS JUVENILES a soutenu 15 projets de musique pour l’enfance et la \
             jeunesse du pays.",
            "Orchestres de jeunes",
        ),
    ];
    for (locale, sentence, family) in cases {
        let response = run(r#"{"projects": 15}"#, locale);
        assert_eq!(paragraphs(&response), [with_country(sentence, locale)], "{locale}");
        assert_eq!(response.family_name.as_deref(), Some(family));
        assert_eq!(feeding(&response), ["projects"]);
    }
}

#[test]
fn a_qualified_count_keeps_its_qualifier_in_words_metric_and_summary() {
    let response = run(r#"{"projects": {"count": 40, "qualifier": "more-than"}}"#, "en");
    assert_eq!(
        paragraphs(&response),
        [with_country(
            "In 2016–2019, IBERORQUESTAS JUVENILES supported more than 40 youth music projects of {country}.",
            "en"
        )]
    );
    assert_eq!(response.metrics[0].figure.qualifier, Qualifier::MoreThan);
    assert_eq!(
        response.summary,
        Some(with_country(
            "Through IBERORQUESTAS JUVENILES, more than 40 youth music projects of {country} were supported.",
            "en"
        ))
    );
}

const OWN: &str = r#"{
    "projects": 6,
    "young_musicians": {"count": 1200, "qualifier": "approximately"},
    "orchestras": 14,
    "choirs": 3,
    "concerts": 22,
    "teachers_trained": 35,
    "workshops": 1,
    "project_kinds": {"binational": 3, "multinational": 2, "common": 1}
}"#;

#[test]
fn the_family_fields_are_narrated_after_the_projects_with_their_metrics() {
    let es = run(OWN, "es-CR");
    assert!(es.problems.is_empty(), "{:?}", es.problems);
    assert_eq!(
        paragraphs(&es)[1..],
        [
            "Aproximadamente 1\u{a0}200 niñas, niños y jóvenes participaron en la práctica orquestal y coral de IBERORQUESTAS \
             JUVENILES.",
            "14 orquestas y 3 coros participaron en IBERORQUESTAS JUVENILES.",
            "Se ofrecieron 22 conciertos.",
            "Se capacitó a 35 docentes de música.",
            "Se realizó 1 taller de formación.",
            "Por tipo: 3 proyectos binacionales, 2 proyectos multinacionales y 1 proyecto común.",
        ]
    );
    let ids: Vec<&str> = es.metrics.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "projects",
            "young-musicians",
            "orchestras",
            "choirs",
            "concerts",
            "teachers-trained",
            "workshops",
            "binational-projects",
            "multinational-projects",
            "common-projects"
        ]
    );
    assert_eq!(feeding(&es), ["projects"], "the kinds detail the total, never count it again");
    assert_eq!(es.metrics[8].label, "Proyectos multinacionales");
    let Some(Block::KeyFigures { items }) = es.sections[0].blocks.first() else { panic!("key figures first") };
    assert_eq!(items[1].label, "Niñas, niños y jóvenes músicos");

    let fr = run(OWN, "fr");
    assert_eq!(
        paragraphs(&fr)[1..],
        [
            "Environ 1\u{202f}200 enfants et jeunes ont participé à la pratique orchestrale et chorale du programme \
             IBERORQUESTAS JUVENILES.",
            "14 orchestres et 3 chœurs ont participé au programme IBERORQUESTAS JUVENILES.",
            "22 concerts ont été donnés.",
            "35 professeurs de musique ont suivi une formation.",
            "1 atelier de formation a été organisé.",
            "Par type\u{a0}: 3 projets binationaux, 2 projets multinationaux et 1 projet commun.",
        ]
    );
}

#[test]
fn one_ensemble_and_the_kinds_alone_count_toward_the_indicator() {
    let response = run(r#"{"choirs": 1, "project_kinds": {"common": 1, "binational": 2}}"#, "en");
    assert_eq!(
        paragraphs(&response),
        ["1 choir was involved in IBERORQUESTAS JUVENILES.", "By kind: 2 binational projects and 1 common project."]
    );
    assert_eq!(feeding(&response), ["binational-projects", "common-projects"]);
    assert_eq!(
        response.summary,
        Some(with_country(
            "Through IBERORQUESTAS JUVENILES, 3 youth music projects of {country} were supported.",
            "en"
        ))
    );
    let young = run(r#"{"young_musicians": 26}"#, "pt");
    assert_eq!(
        young.summary.as_deref(),
        Some(
            "Por meio do programa IBERORQUESTAS JUVENILES, 26 crianças e jovens participaram da prática orquestral e coral."
        )
    );
}

#[test]
fn texts_of_the_common_data_follow_the_report_language_and_a_missing_translation_is_a_located_warning() {
    let data = r#"{"beneficiaries": [{"who": {"en": "luthiers trained", "es": "lutieres formados"}, "count": 12},
                                     {"who": {"es": "directores de coro"}, "count": 4}]}"#;
    let es = run(data, "es");
    assert_eq!(paragraphs(&es), ["IBERORQUESTAS JUVENILES benefició a 12 lutieres formados y 4 directores de coro."]);
    assert!(es.problems.is_empty());
    let en = run(data, "en");
    assert_eq!(problems(&en), [("data.beneficiaries[1].who", "no `en` text here: the `es` text is used")]);
    assert_eq!(en.problems[0].severity, Severity::Warning);
}

#[test]
fn malformed_data_is_refused_with_its_path() {
    let cases = [
        (r#"{"concerts": 2.5}"#, "data.concerts"),
        (r#"{"orchestras": {"count": 4, "qualifier": "nearly"}}"#, "data.orchestras.qualifier"),
        (r#"{"project_kinds": {"bilateral": 2}}"#, "data.project_kinds.bilateral"),
        (r#"{"teachers": 3}"#, "data.teachers"),
    ];
    for (data, path) in cases {
        let response = run(data, "en");
        assert!(response.has_errors(), "{data}");
        assert_eq!(response.problems[0].path, path, "{data}: {:?}", response.problems);
        assert!(response.sections.is_empty() && response.metrics.is_empty(), "{data}");
    }
    let typo = run(r#"{"young_musician": 3}"#, "en");
    assert_eq!(typo.problems[0].hint.as_deref(), Some("did you mean `young_musicians`?"));
}

#[test]
fn figures_that_contradict_each_other_are_warned_about() {
    let response = run(r#"{"projects": 4, "project_kinds": {"binational": 3, "common": 2}}"#, "en");
    assert!(!response.has_errors());
    assert_eq!(
        problems(&response),
        [("data.project_kinds", "the projects by kind add up to 5, more than the 4 projects given")]
    );
    let empty = run(r#"{"project_kinds": {}}"#, "en");
    assert_eq!(problems(&empty), [("data.project_kinds", "no kind of project is counted")]);
    assert!(empty.sections.is_empty());
}

#[test]
fn the_schema_is_derived_and_documents_every_field() {
    assert_family_schema(
        &schema(),
        [
            "projects",
            "young_musicians",
            "orchestras",
            "choirs",
            "concerts",
            "teachers_trained",
            "workshops",
            "project_kinds",
        ],
    );
}
