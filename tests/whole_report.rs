//! The whole periodic report in the 2012 form's layout: section order in the text and the bookmarks, sections the data lacks "Not reported", the party's summary beside the generated key figures, the summary's 3,500 characters.

use std::path::Path;

use informe_tests::{bookmark_lines, fixture, fixture_with, informe, pdf_text, profile_dir, run, stderr};

/// The form's parts and chapters, in its order, as the English report titles them.
const ORDER: [&str; 11] = [
    "Executive summary",
    "1 General information",
    "2 Measures",
    "2.1 Cultural policies and measures",
    "2.2 International cooperation",
    "2.3 Preferential treatment",
    "2.4 Integration of culture in sustainable development policies",
    "2.5 Protecting cultural expressions under threat",
    "3 Awareness-raising and participation of civil society",
    "4 Main results and challenges",
    "Annexes",
];

fn build(data: &Path, pdf: &Path) -> String {
    let output = run(informe().arg("build").arg(data).arg("-o").arg(pdf).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "build failed:\n{}", stderr(&output));
    stderr(&output)
}

/// The body of the report (after the contents), on one line.
fn body(pdf: &Path) -> String {
    let text = pdf_text(pdf);
    let first = text.lines().next().unwrap_or_default().to_owned();
    // The contents list the headings first; the body opens with the executive summary's.
    let start = first.match_indices("Executive summary").nth(1).map_or(0, |(i, _)| i);
    first[start..].to_owned()
}

/// The positions of `phrases` in `text`, each searched after the previous one.
fn in_order(text: &str, phrases: &[&str]) -> Result<(), String> {
    let mut from = 0;
    for phrase in phrases {
        match text[from..].find(phrase) {
            Some(i) => from += i + phrase.len(),
            None => return Err(format!("`{phrase}` is missing or out of order")),
        }
    }
    Ok(())
}

#[test]
fn a_measure_only_file_is_a_whole_2012_report_with_its_other_sections_not_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("mexico.pdf");
    let warnings = build(&fixture(), &pdf);
    assert!(!warnings.contains("chapter"), "a file naming no chapter is not warned about:\n{warnings}");
    let body = body(&pdf);
    in_order(&body, &ORDER).unwrap_or_else(|e| panic!("{e}\n{body}"));
    // Each section the data lacks says so, in order; the measure lies in international cooperation.
    in_order(
        &body,
        &[
            "The party has not written an executive summary: this one is generated from the data of its measures.",
            "In 2012–2015, the measure",
            "Date of ratification Not reported",
            "Ratification process Not reported",
            "Total contribution to the International Fund for Cultural Diversity Not reported",
            "Officially designated point of contact Not reported",
            "Preparation of the report Not reported",
            "2.1 Cultural policies and measures Not reported",
            "2.2 International cooperation 2.2.1 Measure: Regional Programs",
            "IBERESCENA",
            "2.3 Preferential treatment Not reported",
            "2.4 Integration of culture in sustainable development policies Not reported",
            "2.5 Protecting cultural expressions under threat Not reported",
            "civil society Not reported",
            "Main results achieved Not reported",
            "Main challenges encountered Not reported",
            "Solutions found or envisaged Not reported",
            "Next steps Not reported",
            "Annexes Not reported",
            "Annex: sources and method",
        ],
    )
    .unwrap_or_else(|e| panic!("{e}\n{body}"));
    assert!(!body.contains("Key figures"), "no key figures block without the party's summary");

    let marks = bookmark_lines(&pdf);
    let top: Vec<&str> = marks.iter().filter(|m| !m.starts_with(' ')).map(String::as_str).collect();
    assert_eq!(
        top,
        [
            "Executive summary",
            "1 General information",
            "2 Measures",
            "3 Awareness-raising and participation of civil society",
            "4 Main results and challenges",
            "Annexes"
        ],
        "{marks:#?}"
    );
    let chapter = marks.iter().position(|m| m == "  2.2 International cooperation").expect("chapter bookmark");
    assert!(marks[chapter + 1].starts_with("    2.2.1 Measure: Regional Programs"), "{marks:#?}");
    assert!(marks.iter().any(|m| m.trim() == "IBERMÚSICAS"), "programs are bookmarked: {marks:#?}");
    assert_eq!(marks.iter().filter(|m| m.starts_with("  2.") && !m.starts_with("   ")).count(), 5, "{marks:#?}");
}

#[test]
fn the_party_s_sections_are_printed_in_the_form_s_order_with_the_generated_summary_marked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = fixture_with(dir.path(), "whole.json", |report| {
        report["executive_summary"] = serde_json::json!({"en": "Synthetic test summary, first paragraph.\n\nSynthetic test summary, second paragraph."});
        report["general_information"] = serde_json::json!({
            "ratification_date": "2006-12-18",
            "ratification_process": {"en": "Synthetic test ratification process."},
            "ifcd_contribution": {"amount": "12345.67", "currency": "USD"},
            "point_of_contact": {"name": "Synthetic Test Contact", "organization": {"en": "Synthetic test organization"},
                                 "email": "contact@example.org"},
            "prepared_by": {"en": "Synthetic test preparation."}
        });
        report["civil_society"] = serde_json::json!({"en": "Synthetic test civil society."});
        report["results_and_challenges"] = serde_json::json!({"results": {"en": "Synthetic test results."}, "next_steps": {"en": "Synthetic test steps."}});
        report["annexes"] = serde_json::json!([{"title": {"en": "Synthetic test statistics"}, "kind": "statistics", "file": "test.ods"}]);
    });
    let pdf = dir.path().join("whole.pdf");
    let warnings = build(&data, &pdf);
    assert!(!warnings.contains("executive_summary"), "{warnings}");
    let body = body(&pdf);
    in_order(&body, &ORDER).unwrap_or_else(|e| panic!("{e}\n{body}"));
    in_order(
        &body,
        &[
            "Executive summary Synthetic test summary, first paragraph. Synthetic test summary, second paragraph.",
            "Key figures Generated from the data of the measures: totals, indicators and highlights of each program.",
            "In 2012–2015, the measure",
            "Date of ratification December 18, 2006",
            "Ratification process Synthetic test ratification process.",
            "Total contribution to the International Fund for Cultural Diversity USD 12,345.67",
            "Officially designated point of contact Synthetic Test Contact Synthetic test organization contact@example.org",
            "Preparation of the report Synthetic test preparation.",
            "2.2.1 Measure: Regional Programs",
            "civil society Synthetic test civil society.",
            "Main results achieved Synthetic test results.",
            "Main challenges encountered Not reported",
            "Next steps Synthetic test steps.",
            "Annexes Title Kind File Synthetic test statistics Statistics test.ods",
        ],
    )
    .unwrap_or_else(|e| panic!("{e}\n{body}"));
    assert!(!body.contains("The party has not written"), "the party's summary is not marked as missing");

    // A summary past the form's 3,500 characters is printed, with a warning where it is.
    let long = fixture_with(dir.path(), "long.json", |report| {
        report["executive_summary"] = serde_json::json!({"en": "Synthetic test sentence. ".repeat(150)});
    });
    let warnings = build(&long, &dir.path().join("long.pdf"));
    let warning =
        warnings.lines().find(|l| l.contains("at `executive_summary`")).unwrap_or_else(|| panic!("{warnings}"));
    assert!(
        warning.starts_with("warning:") && warning.contains("3749 characters: the form takes at most 3500"),
        "{warning}"
    );
}

#[test]
fn a_measure_without_a_chapter_among_measures_with_one_is_placed_and_warned_about() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = fixture_with(dir.path(), "chapters.json", |report| {
        let mut second = report["measures"][0].clone();
        second["name"] = serde_json::json!("Synthetic test measure");
        second["programs"] = serde_json::json!([]);
        second["chapter"] = serde_json::json!("cultural-policies");
        report["measures"].as_array_mut().expect("measures").push(second);
    });
    let pdf = dir.path().join("chapters.pdf");
    let warnings = build(&data, &pdf);
    assert!(
        warnings.contains("at `measures[0]`: the measure `Regional Programs of cultural cooperation between Ibero-American region` names no chapter while others do: it is reported under international cooperation"),
        "{warnings}"
    );
    let body = body(&pdf);
    in_order(
        &body,
        &[
            "2.1 Cultural policies and measures 2.1.1 Measure: Synthetic test measure",
            "2.2 International cooperation 2.2.1 Measure: Regional Programs",
            "2.3 Preferential treatment Not reported",
        ],
    )
    .unwrap_or_else(|e| panic!("{e}\n{body}"));
}

#[test]
fn a_report_with_no_measure_yet_builds_in_either_form_with_its_sections_not_reported() {
    // Where a report officer starts: a party, a period, a language, nothing else.
    let dir = tempfile::tempdir().expect("temp dir");
    for form in ["2012", "2020"] {
        let data = dir.path().join(format!("blank-{form}.json"));
        let text = format!(
            r#"{{"country": "Ghana", "country_code": "GH", "period": {{"from": 2016, "to": 2019}},
                "language": "en", "form": "{form}", "measures": []}}"#
        );
        std::fs::write(&data, text).expect("write");
        let pdf = dir.path().join(format!("blank-{form}.pdf"));
        let said = build(&data, &pdf);
        assert!(said.contains("the report has no measures"), "{said}");
        let text = pdf_text(&pdf);
        assert!(text.contains("Ghana"), "{text}");
        assert!(text.matches("Not reported").count() >= 5, "form {form}: {text}");
    }
}
