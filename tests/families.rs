//! The families added to the shipped plugins (archives, youth orchestras, migration routes,
//! community culture), end to end: a report with one program of each, built by the real binary
//! with the real plugins, read back from the PDF in two languages.

use std::path::Path;

use informe_tests::words::english_words;
use informe_tests::{informe, pdf_text, profile_dir, run, stderr};

/// A report of one program of each new family, its data in Spanish. IBERORQUESTAS JUVENILES gives
/// its projects by kind only, and IBERCULTURA VIVA a lower bound, so the indicator shows both rules.
fn data() -> serde_json::Value {
    serde_json::json!({
        "country": "Uruguay",
        "country_code": "UY",
        "period": {"from": 2016, "to": 2019},
        "language": "es",
        "measures": [{
            "name": "Programas de cooperación cultural iberoamericana",
            "implementing_agencies": ["Ministerio de Educación y Cultura"],
            "key_objectives": "Fortalecer la cooperación cultural iberoamericana.",
            "scope": ["international"],
            "nature": ["financial"],
            "main_feature": "Participación en cuatro programas iberoamericanos.",
            "indicators": [{"id": "beneficiary-projects", "name": {
                "es": "Número total de proyectos beneficiados", "en": "The total number of beneficiary projects",
                "pt": "Número total de projetos beneficiados", "fr": "Nombre total de projets bénéficiaires"}}],
            "programs": [
                {"id": "iberarchivos", "name": "IBERARCHIVOS", "family": "archives", "data": {
                    "projects": 9, "institutions": 7, "submitted": 21,
                    "holdings": [{"work": "description", "count": 12000, "unit": {
                        "es": "documentos", "en": "documents", "pt": "documentos", "fr": "documents"}}],
                    "lines": [{"name": "Acceso de la ciudadanía a los archivos", "projects": 4}]
                }},
                {"id": "iberorquestas", "name": "IBERORQUESTAS JUVENILES", "family": "youth-orchestras", "data": {
                    "young_musicians": {"count": 1200, "qualifier": "approximately"},
                    "orchestras": 14, "choirs": 3, "concerts": 22,
                    "project_kinds": {"binational": 3, "multinational": 2, "common": 1}
                }},
                {"id": "iber-rutas", "name": "IBER-RUTAS", "family": "routes", "data": {
                    "projects": 4, "aids": 6,
                    "contests": [{"name": "Miradas de Iberoamérica", "entries": 870, "awarded": 3}]
                }},
                {"id": "ibercultura-viva", "name": "IBERCULTURA VIVA", "family": "community-culture", "data": {
                    "projects": {"count": 5, "qualifier": "at-least"},
                    "organizations": 27, "culture_points": {"count": 30, "qualifier": "more-than"}
                }}
            ]
        }]
    })
}

/// The text of the report built in `lang`, what the build said on stderr, and the English words of
/// a report in another language.
fn report_text(dir: &Path, lang: &str) -> (String, String, Vec<String>) {
    let input = dir.join("families.json");
    std::fs::write(&input, serde_json::to_vec_pretty(&data()).expect("json")).expect("write data");
    let pdf = dir.join(format!("families.{lang}.pdf"));
    let output = run(informe()
        .arg("build")
        .arg(&input)
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(profile_dir())
        .args(["--lang", lang]));
    assert!(output.status.success(), "build failed:\n{}", stderr(&output));
    let english = if lang == "en" { Vec::new() } else { english_words(&pdf, lang, &input) };
    (pdf_text(&pdf), stderr(&output), english)
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    let lacking: Vec<&&str> = expected.iter().filter(|e| !text.contains(**e)).collect();
    assert!(lacking.is_empty(), "the report lacks:\n  {lacking:?}");
}

#[test]
fn each_new_family_shows_its_name_and_figures_and_its_projects_count_toward_the_indicator() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (text, said, english) = report_text(dir.path(), "es");
    assert!(english.is_empty(), "English words in the report: {english:?}");
    // A family without a plugin, or data a plugin finds fault with, would be a warning.
    assert!(!said.contains("warning"), "the build warned:\n{said}");
    assert_contains_all(
        &text,
        &[
            // The family names, as each plugin gives them.
            "Archivos",
            "Orquestas juveniles",
            "Migración e interculturalidad",
            "Cultura comunitaria",
            // IBERARCHIVOS
            "En 2016–2019, IBERARCHIVOS apoyó 9 proyectos archivísticos de Uruguay.",
            "Instituciones archivísticas apoyadas",
            "IBERARCHIVOS apoyó a 7 instituciones archivísticas.",
            "Se presentaron 21 proyectos a las convocatorias de IBERARCHIVOS.",
            "Trabajo sobre los fondos documentales: descripción de 12.000 documentos.",
            "Proyectos apoyados por línea de actuación",
            // IBERORQUESTAS JUVENILES
            "Niñas, niños y jóvenes músicos",
            "Aproximadamente 1.200 niñas, niños y jóvenes participaron en la práctica orquestal y coral",
            "14 orquestas y 3 coros participaron en IBERORQUESTAS JUVENILES.",
            "Se ofrecieron 22 conciertos.",
            "Por tipo: 3 proyectos binacionales, 2 proyectos multinacionales y 1 proyecto común.",
            // IBER-RUTAS
            "En 2016–2019, IBER-RUTAS apoyó 4 proyectos sobre migración e interculturalidad en Uruguay.",
            "Se presentaron 870 obras a los concursos de IBER-RUTAS.",
            "Se otorgaron 6 ayudas del fondo a acciones culturales con comunidades migrantes.",
            "Concursos y premios de IBER-RUTAS",
            // IBERCULTURA VIVA
            "En 2016–2019, IBERCULTURA VIVA apoyó al menos 5 proyectos de cultura comunitaria en Uruguay.",
            "IBERCULTURA VIVA apoyó a 27 organizaciones culturales comunitarias.",
            "Participaron más de 30 puntos de cultura en IBERCULTURA VIVA.",
            // 9 + (3 + 2 + 1, by kind) + 4 + at least 5: a lower bound.
            "Número total de proyectos beneficiados: al menos 24.",
            "Número total de proyectos beneficiados al menos 24",
        ],
    );
}

#[test]
fn the_same_data_reads_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (text, _, _) = report_text(dir.path(), "en");
    assert_contains_all(
        &text,
        &[
            "Archives",
            "Youth orchestras",
            "Migration and interculturality",
            "Community culture",
            "IBERARCHIVOS supported 7 archival institutions.",
            "Work on documentary holdings: description of 12,000 documents.",
            "14 orchestras and 3 choirs were involved in IBERORQUESTAS JUVENILES.",
            "By kind: 3 binational projects, 2 multinational projects, and 1 common project.",
            "6 grants of the aid fund were awarded to cultural actions with migrant communities.",
            "More than 30 points of culture took part in IBERCULTURA VIVA.",
            "The total number of beneficiary projects: at least 24.",
        ],
    );
}

#[test]
fn the_same_data_reads_in_portuguese_and_french_without_english_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&str, &[&str]); 2] = [
        (
            "pt",
            &[
                "Arquivos",
                "Orquestras juvenis",
                "Migração e interculturalidade",
                "Cultura comunitária",
                "O programa IBERARCHIVOS apoiou 7 instituições arquivísticas.",
                "14 orquestras e 3 coros participaram do programa IBERORQUESTAS JUVENILES.",
                "Foram concedidos 6 apoios do fundo de ajuda a ações culturais com comunidades migrantes.",
                "Mais de 30 pontos de cultura participaram do programa IBERCULTURA VIVA.",
            ],
        ),
        (
            "fr",
            &[
                "Archives",
                "Orchestres de jeunes",
                "Migration et interculturalité",
                "Culture communautaire",
                "Le programme IBERARCHIVOS a soutenu 7 institutions d’archives.",
                "14 orchestres et 3 chœurs ont participé au programme IBERORQUESTAS JUVENILES.",
                "6 aides du fonds ont été accordées à des actions culturelles avec des communautés migrantes.",
                "Plus de 30 points de culture ont participé au programme IBERCULTURA VIVA.",
            ],
        ),
    ];
    for (lang, expected) in cases {
        let (text, _, english) = report_text(dir.path(), lang);
        assert_contains_all(&text, expected);
        assert!(english.is_empty(), "English words in the {lang} report: {english:?}");
    }
}
