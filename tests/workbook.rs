//! The ODS workbook of the fixture, read back through LibreOffice itself and through the ODS crate.
//!
//! `expected/ods/SHEET.txt` holds each sheet as LibreOffice shows it (cells joined by ` | `),
//! formula results included. `UPDATE_EXPECT=1` rewrites them from the current behaviour.

use std::path::{Path, PathBuf};

use informe_tests::{fixture, informe, libreoffice_sheets, profile_dir, root, run, stderr};
use spreadsheet_ods::sheet::SplitMode;
use spreadsheet_ods::{Value, read_ods, write_ods};

fn build(outputs: &[&Path]) -> std::process::Output {
    let mut command = informe();
    command.arg("build").arg(fixture()).arg("--plugins").arg(profile_dir());
    for out in outputs {
        command.arg("-o").arg(out);
    }
    run(&mut command)
}

fn fixture_workbook(dir: &Path) -> PathBuf {
    let ods = dir.join("report.ods");
    let output = build(&[&ods]);
    assert!(output.status.success(), "{}", stderr(&output));
    ods
}

fn render(rows: &[Vec<String>]) -> String {
    rows.iter().map(|r| format!("{}\n", r.join(" | ").trim_end_matches([' ', '|']))).collect()
}

#[test]
fn libreoffice_reads_the_typed_values_and_recomputes_the_totals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheets = libreoffice_sheets(&fixture_workbook(dir.path()));
    assert_eq!(
        sheets.keys().map(String::as_str).collect::<Vec<_>>(),
        ["Measures", "Metrics", "Notes", "Programs", "Tables", "Totals"]
    );

    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut differ = Vec::new();
    for (name, rows) in &sheets {
        let file = root().join(format!("tests/expected/ods/{name}.txt"));
        let got = render(rows);
        if update {
            std::fs::write(&file, &got).expect("write expectation");
        }
        let expected = std::fs::read_to_string(&file).unwrap_or_default();
        if got != expected {
            differ.push(format!("sheet {name} differs\n--- expected\n{expected}--- got\n{got}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    // The headline figures, stated plainly besides the golden files.
    let totals = render(&sheets["Totals"]);
    assert!(totals.contains("USD | USD 3,365,000.00 | approximately | USD 560,229.00 | exact"), "{totals}");
    // Nothing paid in EUR: the cell stays empty, as the PDF states no EUR paid.
    assert!(totals.contains("EUR |  |  | EUR 500,000.00 | approximately"), "{totals}");
    assert!(totals.contains("The total number of beneficiary projects | 168 | more-than"), "{totals}");
    // The measure's line per currency, the same sums over its own programs' rows.
    let measures = render(&sheets["Measures"]);
    assert!(measures.contains("| 6 | EUR |  |  | EUR 500,000.00 | approximately"), "{measures}");
    assert!(measures.contains("| USD | USD 3,365,000.00 | approximately | USD 560,229.00 | exact"), "{measures}");
}

#[test]
fn editing_a_figure_in_the_workbook_recomputes_its_totals() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ods = fixture_workbook(dir.path());
    let mut book = read_ods(&ods).expect("read workbook");
    let programs = book.sheet_mut(0);
    assert_eq!(programs.value(1, 0), &Value::Text("ibermusicas".into()));
    // IBERMÚSICAS paid 500,000 instead of 480,000, and hosted 7 more projects.
    programs.set_value(1, 3, Value::Currency(500_000.0, "USD".into()));
    programs.set_value(1, 11, Value::Number(90.0));
    let edited = dir.path().join("edited.ods");
    write_ods(&mut book, &edited).expect("write edited workbook");

    let sheets = libreoffice_sheets(&edited);
    let totals = render(&sheets["Totals"]);
    assert!(totals.contains("USD | USD 3,385,000.00 | approximately"), "{totals}");
    let measures = render(&sheets["Measures"]);
    assert!(measures.contains("| USD | USD 3,385,000.00 | approximately"), "the measure's line recomputes: {measures}");
    assert!(totals.contains("The total number of beneficiary projects | 175 | more-than"), "{totals}");
}

#[test]
fn cells_are_typed_and_the_document_has_its_metadata() {
    let dir = tempfile::tempdir().expect("temp dir");
    let book = read_ods(fixture_workbook(dir.path())).expect("read workbook");
    let programs = book.sheet(0);
    assert_eq!(programs.name(), "Programs");
    assert_eq!(programs.value(1, 3), &Value::Currency(480_000.0, "USD".into()), "paid amount is a USD currency cell");
    assert_eq!(programs.value(1, 7), &Value::Currency(560_229.0, "USD".into()));
    assert_eq!(programs.value(6, 7), &Value::Currency(500_000.0, "EUR".into()), "EUR stays EUR");
    assert_eq!(programs.value(1, 11), &Value::Number(83.0), "beneficiary projects is a number");
    assert_eq!(programs.value(6, 12), &Value::Text("more-than".into()), "qualifier in its own column");
    assert_eq!(programs.value(1, 6), &Value::Text("2012–2015".into()), "period as text");
    // The header row stays in view while scrolling.
    assert!(matches!(programs.config().vert_split_mode, SplitMode::Heading), "header row not frozen");
    assert_eq!(programs.config().vert_split_pos, 1);

    let totals = book.sheet(2);
    assert_eq!(totals.name(), "Totals");
    let formula = totals.formula(2, 1).expect("USD total is a formula");
    assert!(formula.contains("SUMIF([$Programs.$E$2:.$E$7];[.$A$3];[$Programs.$D$2:.$D$7])"), "{formula}");
    let measures = book.sheet(3);
    assert_eq!(measures.name(), "Measures");
    let formula = measures.formula(2, 5).expect("the measure's USD paid is a formula");
    assert!(formula.contains("SUMIF([$Programs.$E$2:.$E$7];[.$E$3];[$Programs.$D$2:.$D$7])"), "{formula}");

    let meta = book.metadata();
    assert_eq!(meta.title, "Quadrennial Periodic Report — Mexico 2012–2015");
    assert_eq!(meta.language, "en");
}

#[test]
fn one_run_writes_pdf_and_workbook_and_workbooks_are_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, a, b) = (dir.path().join("r.pdf"), dir.path().join("a.ods"), dir.path().join("b.ods"));
    let output = build(&[&pdf, &a]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF-"));
    // Zip entries carry dates to the second: let a second pass before building again.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    assert!(build(&[&b]).status.success());
    assert_eq!(std::fs::read(&a).expect("a"), std::fs::read(&b).expect("b"), "two workbooks differ");
}

#[test]
fn an_output_in_a_missing_or_unwritable_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("r.pdf");
    let missing = dir.path().join("no/such/folder/r.ods");
    let output = build(&[&pdf, &missing]);
    assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
    assert!(stderr(&output).contains("does not exist"), "{}", stderr(&output));
    assert!(!pdf.exists(), "nothing is written when one output cannot be");

    // /proc refuses new files even to root.
    let output = build(&[Path::new("/proc/informe-report.ods")]);
    assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
    assert!(stderr(&output).contains("error: /proc/informe-report.ods: cannot be written: "), "{}", stderr(&output));
}

#[test]
fn the_workbook_is_in_the_reports_language_and_its_formulas_follow_the_sheet_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ods = dir.path().join("informe.ods");
    let output = run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(&ods)
        .args(["--lang", "fr"])
        .arg("--plugins")
        .arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let sheets = libreoffice_sheets(&ods);
    let names: Vec<&str> = sheets.keys().map(String::as_str).collect();
    assert_eq!(names, ["Chiffres", "Mesures", "Notes", "Programmes", "Tableaux", "Totaux"]);
    let totals = &sheets["Totaux"];
    assert_eq!(totals[0][..2], ["Devise".to_owned(), "Contributions versées".to_owned()], "{totals:?}");
    // The totals are formulas over the French-named Programs sheet: LibreOffice computes them.
    let usd = totals.iter().find(|row| row[0] == "USD").expect("a USD row");
    let digits: String = usd[1].chars().filter(char::is_ascii_digit).collect();
    assert!(digits.starts_with("3365000"), "{usd:?}");
}

#[test]
fn the_measures_sheet_of_a_2020_report_holds_each_measure_s_allocated_resources_and_its_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ods = dir.path().join("mexico-2020.ods");
    let mut command = informe();
    command.arg("build").arg(root().join("fixtures/mexico-2016-2019.json")).arg("--plugins").arg(profile_dir());
    let output = run(command.arg("-o").arg(&ods));
    assert!(output.status.success(), "{}", stderr(&output));
    let sheet = &libreoffice_sheets(&ods)["Measures"];
    let header: Vec<&str> = sheet[0].iter().map(String::as_str).collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("{name}: {header:?}"));
    let (list, allocated) = (at("Part of the report"), at("Resources allocated"));
    // The amounts as the fixture states them, typed as currency values; exact, as none is qualified.
    let lines: Vec<(&str, &str, &str, &str)> = sheet[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[list].as_str(), r[allocated].as_str(), r[allocated + 1].as_str()))
        .collect();
    let party = "Measures reported by the Party";
    assert_eq!(
        lines[..5],
        [
            ("IBERMUSICAS", party, "USD 480,000.00", "exact"),
            ("IBERMUSEOS", party, "USD 60,000.00", "exact"),
            (
                "International cultural promotion actions – Support for international mobility",
                party,
                "USD 454,800.92",
                "exact"
            ),
            ("International mobility program for independent artists", party, "USD 27,000.00", "exact"),
            ("Artistic Residency Program", party, "", ""),
        ]
    );
    assert_eq!(
        lines.last().map(|l| (l.0, l.1)),
        Some(("PROArtes México", "Measures and initiatives reported by civil society organizations"))
    );
}
