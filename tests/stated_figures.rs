//! Figures a program's data states (`metrics`): a program whose family has no plugin still counts
//! toward the indicator, in the PDF and in the workbook, with the figures in the report's language.

use std::path::{Path, PathBuf};

use informe_tests::{fixture_with_program, libreoffice_sheets, pdf_text, profile_dir, run, stderr};
use spreadsheet_ods::{Value, read_ods};

/// The fixture plus a program of the `residencies` family, which no plugin serves, stating a
/// count that feeds `beneficiary-projects` and an amount of money.
fn data_with_residencies(dir: &Path) -> PathBuf {
    fixture_with_program(
        dir,
        "with-residencies.json",
        serde_json::json!({
            "id": "residencies",
            "name": "ARTIST RESIDENCIES",
            "family": "residencies",
            "results_expected": {"en": "Residencies for artists of the region.", "es": "Residencias para artistas de la región."},
            "metrics": [
                {"id": "projects", "label": {"es": "Proyectos beneficiados", "en": "Beneficiary projects"},
                 "count": 27, "qualifier": "exact", "period": {"from": 2012, "to": 2014},
                 "indicator": "beneficiary-projects"},
                {"id": "grants", "label": {"es": "Becas otorgadas", "en": "Grants awarded"},
                 "money": {"amount": "12000.50", "currency": "EUR"}, "qualifier": "approximately"}
            ]
        }),
    )
}

fn build(data: &Path, outputs: &[&Path], extra: &[&str]) -> std::process::Output {
    let mut command = informe_tests::informe();
    command.arg("build").arg(data).arg("--plugins").arg(profile_dir()).args(extra);
    for out in outputs {
        command.arg("-o").arg(out);
    }
    run(&mut command)
}

#[test]
fn a_program_without_plugin_counts_its_stated_figures_in_the_pdf_and_the_workbook() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_residencies(dir.path());
    let (pdf, ods) = (dir.path().join("r.pdf"), dir.path().join("r.ods"));
    let output = build(&data, &[&pdf, &ods], &[]);
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    assert!(
        err.contains(
            "no plugin serves the family `residencies`: program `residencies` shows its common fields and the figures its data states"
        ),
        "{err}"
    );

    let text = pdf_text(&pdf);
    for phrase in [
        // The indicator: 168 of the six programs (one a lower bound) + 27 stated.
        "more than 195",
        // The executive summary states the same total.
        "The total number of beneficiary projects: more than 195",
        // The program's own section: its figures (pdftotext reads a table's cells out of
        // order), with periods and what they count toward.
        "Figures of the program",
        "27 2012–2014 The total number of beneficiary projects",
        "Grants awarded",
        "approximately EUR 12,000.50 2012–2015 —",
        // The indicator's breakdown in the annex.
        "ARTIST RESIDENCIES — Beneficiary projects (27)",
        // Its readers are told why it has no family sections.
        "No plugin is installed for the family of this program; it shows the fields common to all programs and the figures its data states.",
    ] {
        assert!(text.contains(phrase), "missing `{phrase}` in:\n{text}");
    }
    assert!(!text.contains("more than 168"), "the stated count is not in the indicator");

    // The Metrics sheet lists the stated figures, typed, after the plugins' ones.
    let book = read_ods(&ods).expect("read workbook");
    let metrics = (0..book.num_sheets()).map(|i| book.sheet(i)).find(|s| s.name() == "Metrics").expect("Metrics sheet");
    let (rows, _) = metrics.used_grid_size();
    let stated: Vec<u32> =
        (1..rows).filter(|&r| metrics.value(r, 0) == &Value::Text("ARTIST RESIDENCIES".into())).collect();
    assert_eq!(stated.len(), 2, "stated figures in the Metrics sheet: rows {stated:?}");
    assert_eq!(stated[1], rows - 1, "the stated figures are the last rows");
    let row = |r: u32| (0..8).map(|c| metrics.value(r, c).clone()).collect::<Vec<_>>();
    let text = |s: &str| Value::Text(s.into());
    assert_eq!(
        row(stated[0]),
        [
            text("ARTIST RESIDENCIES"),
            text("projects"),
            text("Beneficiary projects"),
            Value::Number(27.0),
            text("count"),
            text("exact"),
            text("2012–2014"),
            text("beneficiary-projects"),
        ]
    );
    assert_eq!(
        row(stated[1])[..7],
        [
            text("ARTIST RESIDENCIES"),
            text("grants"),
            text("Grants awarded"),
            Value::Currency(12_000.5, "EUR".into()),
            text("EUR"),
            text("approximately"),
            text("2012–2015"),
        ]
    );
    assert!(matches!(metrics.value(stated[1], 7), Value::Empty) || metrics.value(stated[1], 7) == &text(""));

    // LibreOffice recomputes the indicator's total from the Programs sheet, where the program's
    // stated count stands in its projects column.
    let sheets = libreoffice_sheets(&ods);
    let programs = &sheets["Programs"];
    let line = programs.iter().find(|r| r.first().is_some_and(|id| id == "residencies")).expect("program row");
    assert_eq!(line.get(11).map(String::as_str), Some("27"), "{line:?}");
    let totals: Vec<String> = sheets["Totals"].iter().map(|r| r.join(" | ")).collect();
    assert!(
        totals.iter().any(|r| r.starts_with("The total number of beneficiary projects | 195 | more-than")),
        "{totals:#?}"
    );
}

#[test]
fn stated_figures_are_labelled_in_the_reports_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_residencies(dir.path());
    let pdf = dir.path().join("r.pdf");
    let output = build(&data, &[&pdf], &["--lang", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(text.contains("Proyectos beneficiados"), "{text}");
    assert!(text.contains("Becas otorgadas"), "{text}");
    assert!(!text.contains("Grants awarded"), "{text}");
}
