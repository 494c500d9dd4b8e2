//! Reports in Spanish, English, Portuguese and French: the template's words from its catalogues,
//! the data's texts in the language (or a reported fallback), figures and dates by CLDR.

use std::path::Path;

use informe_tests::{expectations, fixture, informe, missing, pdf_text, profile_dir, root, run, stderr};

const LANGUAGES: [&str; 4] = ["en", "es", "pt", "fr"];

/// The catalogue keys whose words every report shows (the fixture leaves scope and nature empty,
/// so "not reported" shows too).
const SHOWN: &[&str] = &[
    "contents",
    "executive_summary",
    "measure_fields",
    "implementing_agencies",
    "key_objectives",
    "main_feature",
    "results_expected",
    "financial_resources",
    "conclusions",
    "indicators",
    "not_reported",
    "annex",
    "reporting_period",
];

fn labels(lang: &str) -> serde_json::Map<String, serde_json::Value> {
    let path = root().join(format!("templates/default/labels/{lang}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text).expect("a catalogue is JSON") {
        serde_json::Value::Object(map) => map,
        other => panic!("{} is not an object: {other}", path.display()),
    }
}

/// Every key of a catalogue, nested keys as `a.b`.
fn keys(map: &serde_json::Map<String, serde_json::Value>, prefix: &str) -> Vec<String> {
    map.iter()
        .flat_map(|(k, v)| match v {
            serde_json::Value::Object(inner) => keys(inner, &format!("{prefix}{k}.")),
            _ => vec![format!("{prefix}{k}")],
        })
        .collect()
}

#[test]
fn every_label_catalogue_has_every_english_key_and_no_other() {
    let english = keys(&labels("en"), "");
    for lang in LANGUAGES {
        let mut theirs = keys(&labels(lang), "");
        let mut ours = english.clone();
        theirs.sort();
        ours.sort();
        assert_eq!(theirs, ours, "catalogue {lang} differs from English");
    }
}

fn build(out: &Path, lang: &str) -> std::process::Output {
    run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(out)
        .args(["--lang", lang])
        .arg("--plugins")
        .arg(profile_dir()))
}

#[test]
fn a_report_per_language_has_its_labels_data_texts_and_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in LANGUAGES {
        let pdf = dir.path().join(format!("{lang}.pdf"));
        let output = build(&pdf, lang);
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
        let text = pdf_text(&pdf);
        let catalogue = labels(lang);
        for key in SHOWN {
            // The PDF's text has its no-break spaces as plain ones (`pdf_text`).
            let label = catalogue[*key].as_str().expect("a string label").replace(['\u{202f}', '\u{a0}'], " ");
            assert!(text.contains(&label), "{lang}: label `{key}` (“{label}”) missing");
        }
        let expected = expectations(&root().join(format!("tests/expected/languages/{lang}.txt")));
        let lacking = missing(&text, &expected);
        assert!(lacking.is_empty(), "{lang}: the report lacks:\n  {}", lacking.join("\n  "));

        // The fixture has English and Spanish texts: other languages fall back, never silently.
        let err = stderr(&output);
        let fallbacks = err.matches("text here: the").count();
        match lang {
            "en" | "es" => assert!(!err.contains("text here: the"), "{lang}: unexpected fallback:\n{err}"),
            _ => {
                assert!(err.contains(&format!("no `{lang}` text here: the `en` text is used")), "{lang}: {err}");
                assert!(err.contains("at `measures[0].programs[2].results_expected`"), "{lang}: {err}");
                assert!(fallbacks >= 20, "{lang}: only {fallbacks} fallbacks reported");
            }
        }
    }
}

/// Every string of `value`, walking arrays and objects.
fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => out.push(text.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// French typography: a no-break space before a colon and within guillemets, a narrow one before
/// a semicolon, a question or an exclamation mark; never a plain space, which a line may break at.
#[test]
fn a_french_report_never_breaks_a_line_before_a_colon_or_inside_guillemets() {
    let breakable = [" :", " ;", " ?", " !", "« ", " »"];
    let mut found = Vec::new();
    strings(&serde_json::Value::Object(labels("fr")), &mut found);
    // The words of the catalogues (the generated summary, the plugins' narrative), as the
    // template receives them in the document model.
    let dir = tempfile::tempdir().expect("temp dir");
    let emitted = dir.path().join("typst");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .args(["--lang", "fr", "-o"])
        .arg(dir.path().join("r.pdf"))
        .arg("--emit-typst")
        .arg(&emitted)
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let model = std::fs::read_to_string(emitted.join("data/report.json")).expect("model");
    strings(&serde_json::from_str(&model).expect("JSON"), &mut found);
    let bad: Vec<&String> = found.iter().filter(|text| breakable.iter().any(|b| text.contains(b))).collect();
    assert!(bad.is_empty(), "plain spaces before French marks: {bad:#?}");
    assert!(model.contains("\u{a0}:"), "the model's French words were looked at");
}

#[test]
fn check_reports_the_texts_a_language_lacks() {
    let output = run(informe().arg("check").arg(fixture()).args(["--lang", "pt"]).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("no `pt` text here: the `en` text is used"), "{err}");
    assert!(err.contains("hint: the text is written in en, es; add a `pt` entry to translate it"), "{err}");
}

#[test]
fn a_chosen_locale_changes_the_figures_not_the_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("es-ES.pdf");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(&pdf)
        .args(["--lang", "es", "--locale", "es-ES"])
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    // es-ES puts the code after the amount and groups with a dot (CLDR).
    assert!(text.contains("Contribuciones aportadas: aproximadamente 3.365.000 USD."), "es-ES figures missing");
    assert!(text.contains("Resumen ejecutivo"), "Spanish words missing");

    let output = run(informe().arg("build").arg(fixture()).arg("-o").arg(&pdf).args(["--locale", "Spanish"]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("expected a locale such as es-MX, pt-BR or fr"), "{}", stderr(&output));
}

#[test]
fn a_locale_or_language_informe_has_no_words_for_is_refused_by_check_and_build_alike() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("report.pdf");
    for command in ["check", "build"] {
        for (args, said) in [
            (
                ["--locale", "xx-YY"],
                "informe has no conventions for `xx`: the locale's language must be one of es, en, pt, fr",
            ),
            (["--lang", "xx"], "invalid value 'xx' for '--lang <LANG>'"),
        ] {
            let mut cmd = informe();
            cmd.arg(command).arg(fixture()).args(args).arg("--plugins").arg(profile_dir());
            if command == "build" {
                cmd.arg("-o").arg(&pdf);
            }
            let output = run(&mut cmd);
            assert_eq!(output.status.code(), Some(2), "{command} {args:?}: {}", stderr(&output));
            assert!(stderr(&output).contains(said), "{command} {args:?}: {}", stderr(&output));
            assert!(!pdf.exists(), "{command} {args:?} wrote a report");
        }
    }
}
