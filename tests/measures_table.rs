//! The table of measures in the PDF and the workbook, the 2012 form's page budget, empty sections.
//!
//! The table is read from the PDF's tagged structure (header cells, rows, spans) and from the
//! workbook's Measures sheet as LibreOffice recomputes it; the annex and indicators are checked as
//! the form wants them when there is nothing to show.
//!
//! Inputs: the shipped fixture (one measure, USD and EUR), Switzerland's 2012–2015 report (two
//! measures, CHF, in French, programs without plugin, a measure without indicators), and
//! `data/measures-table-2012.json`: Mexico's six programs, every figure as the fixture gives it,
//! regrouped into one measure per implementing agency as the shipped institutions divide them
//! (INBAL, IMCINE, DGB with FONART) under chapters the test chooses; the grouping is the test's,
//! not Mexico's report; `data/measures-table-2020.json` tags the same measures with goals and
//! areas for a 2020-form report; Mexico's 2016–2019 report (2020 form: measures stating the
//! resources allocated to them, a civil society organization's measure). `expected/measures-table/NAME.pdf.txt` and `NAME.ods.txt` hold the table
//! and the sheet; `UPDATE_EXPECT=1` rewrites them.

use std::path::{Path, PathBuf};
use std::process::Command;

use informe_tests::{fixture, fixture_with, informe, libreoffice_sheets, pdf_text, profile_dir, root, run, stderr};

/// Builds `data` into the given outputs; returns stderr.
fn build(data: &Path, outputs: &[&Path]) -> String {
    let mut command = informe();
    command.arg("build").arg(data).arg("--plugins").arg(profile_dir());
    for out in outputs {
        command.arg("-o").arg(out);
    }
    let output = run(&mut command);
    assert!(output.status.success(), "build of {} failed:\n{}", data.display(), stderr(&output));
    stderr(&output)
}

/// A word of the template's catalogue of `lang`.
fn label(lang: &str, key: &str) -> String {
    let read = |l: &str| -> serde_json::Value {
        let file = root().join(format!("templates/default/labels/{l}.json"));
        serde_json::from_slice(&std::fs::read(file).expect("labels")).expect("labels are JSON")
    };
    let (own, english) = (read(lang), read("en"));
    own[key].as_str().or_else(|| english[key].as_str()).expect("a label").to_owned()
}

/// The text pieces of a cell joined as a reader reads them: a line broken after a hyphen joins
/// without a space.
fn join(pieces: &[String]) -> String {
    let mut text = String::new();
    // Typst writes no-break spaces in figures (`USD 445,000`); a reader reads spaces.
    let pieces: Vec<String> = pieces.iter().map(|p| p.replace(['\u{a0}', '\u{202f}'], " ")).collect();
    for piece in pieces.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !text.is_empty() && !text.ends_with('-') {
            text.push(' ');
        }
        text.push_str(piece);
    }
    text
}

/// The PDF's structure tree with its texts as the tags carry them (what a screen reader reads).
fn structure(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").arg("-struct-text").arg(pdf).output().expect("run pdfinfo (poppler-utils)");
    assert!(out.status.success(), "pdfinfo failed on {}", pdf.display());
    // pdfinfo writes the bytes of some strings as the PDF holds them; the report's texts are UTF-8.
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The table following the heading `title` in the PDF's structure tree (`pdfinfo -struct-text`),
/// one line per row: `TH` or `TD`, then its cells joined by ` | `, a spanning cell marked
/// `[rows N]` or `[cols N]`.
fn tagged_table(pdf: &Path, title: &str) -> Vec<String> {
    let tree = structure(pdf);
    let lines: Vec<&str> = tree.lines().collect();
    let heading = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("H2 \"{title}\"")))
        .unwrap_or_else(|| panic!("no heading `{title}` in the structure of {}", pdf.display()));
    let start = heading
        + lines[heading..].iter().position(|l| l.trim_start().starts_with("Table")).expect("a table after the heading");
    let depth = |l: &str| l.len() - l.trim_start().len();
    let table_depth = depth(lines[start]);
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut pieces: Vec<String> = Vec::new();
    let mut span = String::new();
    let finish = |rows: &mut Vec<(String, Vec<String>)>, pieces: &mut Vec<String>, span: &mut String| {
        if let Some((_, cells)) = rows.last_mut()
            && !pieces.is_empty()
        {
            cells.push(format!("{}{span}", join(pieces)));
        }
        pieces.clear();
        span.clear();
    };
    for line in lines[start + 1..].iter().take_while(|l| depth(l) > table_depth) {
        let item = line.trim();
        if item == "TR" {
            finish(&mut rows, &mut pieces, &mut span);
            rows.push((String::new(), Vec::new()));
        } else if let Some(kind) = ["TH", "TD"].into_iter().find(|k| item.starts_with(k)) {
            finish(&mut rows, &mut pieces, &mut span);
            if let Some((row_kind, _)) = rows.last_mut() {
                *row_kind = kind.to_owned();
            }
            // A cell without text still counts as a cell.
            pieces.push(String::new());
        } else if let Some(n) = item.strip_prefix("/RowSpan ") {
            span = format!(" [rows {n}]");
        } else if let Some(n) = item.strip_prefix("/ColSpan ") {
            span = format!(" [cols {n}]");
        } else if let Some(text) = item.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            pieces.push(text.to_owned());
        }
    }
    finish(&mut rows, &mut pieces, &mut span);
    rows.into_iter().map(|(kind, cells)| format!("{kind} {}", cells.join(" | "))).collect()
}

/// Compares `got` with the expectation file `name`, or rewrites it under `UPDATE_EXPECT=1`.
fn expect(name: &str, got: &str) -> Result<(), String> {
    let file = root().join("tests/expected/measures-table").join(name);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(file.parent().expect("folder")).expect("expected folder");
        std::fs::write(&file, got).expect("write expectation");
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    (got == expected).then_some(()).ok_or_else(|| format!("{name} differs\n--- expected\n{expected}--- got\n{got}"))
}

/// The reports of the test: a name, its data and its language.
fn cases() -> Vec<(&'static str, PathBuf, &'static str)> {
    vec![
        ("mexico", fixture(), "en"),
        ("regrouped", root().join("tests/data/measures-table-2012.json"), "en"),
        // The same measures tagged with goals and areas for a 2020-form report.
        ("regrouped-2020", root().join("tests/data/measures-table-2020.json"), "en"),
        ("switzerland", root().join("fixtures/switzerland-2012-2015.json"), "fr"),
        ("mexico-2020", root().join("fixtures/mexico-2016-2019.json"), "en"),
    ]
}

#[test]
fn the_table_of_measures_in_the_pdf_and_the_workbook_reads_as_expected() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut differ = Vec::new();
    for (name, data, lang) in cases() {
        let (pdf, ods) = (dir.path().join(format!("{name}.pdf")), dir.path().join(format!("{name}.ods")));
        build(&data, &[&pdf, &ods]);
        let rows = tagged_table(&pdf, &label(lang, "measures_table"));
        // The header row is tagged as header cells, for PDF/UA readers.
        assert!(rows[0].starts_with("TH "), "{name}: {rows:?}");
        differ.extend(expect(&format!("{name}.pdf.txt"), &(rows.join("\n") + "\n")).err());
        let sheets = libreoffice_sheets(&ods);
        let sheet_name = match lang {
            "fr" => "Mesures",
            _ => "Measures",
        };
        let sheet = sheets.get(sheet_name).unwrap_or_else(|| panic!("{name}: no sheet {sheet_name}"));
        let text: String = sheet.iter().map(|r| format!("{}\n", r.join(" | ").trim_end_matches([' ', '|']))).collect();
        differ.extend(expect(&format!("{name}.ods.txt"), &text).err());
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn each_measure_s_money_is_its_programs_totals_per_currency_and_the_report_s_add_them_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, ods) = (dir.path().join("r.pdf"), dir.path().join("r.ods"));
    build(&root().join("tests/data/measures-table-2012.json"), &[&pdf, &ods]);
    let rows = tagged_table(&pdf, "Table of measures");
    // The 2012 form's chapters in order: cultural policies before international cooperation.
    assert!(rows[1].starts_with("TD IBERBIBLIOTECAS and IBERARTESANÍAS | Cultural policies and measures"), "{rows:#?}");
    let row =
        |start: &str| rows.iter().position(|r| r.starts_with(start)).unwrap_or_else(|| panic!("{start}: {rows:#?}"));
    // USD 115,000 + approximately USD 330,000.
    assert!(rows[row("TD IBERBIBLIOTECAS")].ends_with("| 2 | approximately USD 445,000 | —"), "{rows:#?}");
    // INBAL's programs: EUR received only, then USD 480,000 + approximately 240,000 + 600,000
    // paid and USD 560,229.00 received.
    let inbal = row("TD IBERMÚSICAS, IBERMUSEOS and IBERESCENA");
    assert!(rows[inbal].ends_with("| 3 [rows 2] | — | approximately EUR 500,000"), "{rows:#?}");
    assert_eq!(rows[inbal + 1], "TD approximately USD 1,320,000 | USD 560,229.00");
    assert!(rows[row("TD IBERMEDIA")].ends_with("| 1 | USD 1,600,000 | —"), "{rows:#?}");
    // The report's totals are the fixture's single measure's: the same programs, summed once.
    assert_eq!(rows[row("TD Total (EUR)")], "TD Total (EUR) [cols 4] | — | approximately EUR 500,000");
    assert_eq!(rows[row("TD Total (USD)")], "TD Total (USD) [cols 4] | approximately USD 3,365,000 | USD 560,229.00");

    // The workbook's lines, computed by LibreOffice from the Programs sheet.
    let sheet = &libreoffice_sheets(&ods)["Measures"];
    let line = |measure: &str, currency: &str| {
        sheet
            .iter()
            .find(|r| r[0] == measure && r[4] == currency)
            .unwrap_or_else(|| panic!("{measure} {currency}: {sheet:?}"))
            .clone()
    };
    let inbal_usd = line("IBERMÚSICAS, IBERMUSEOS and IBERESCENA", "USD");
    assert_eq!(inbal_usd[5..], ["USD 1,320,000.00", "approximately", "USD 560,229.00", "exact"]);
    let inbal_eur = line("IBERMÚSICAS, IBERMUSEOS and IBERESCENA", "EUR");
    assert_eq!(inbal_eur[3..], ["3", "EUR", "", "", "EUR 500,000.00", "approximately"], "paid: none in EUR");
    assert_eq!(inbal_usd[3], "", "the count is on the measure's first line only");
    assert_eq!(line("IBERMEDIA", "USD")[5..7], ["USD 1,600,000.00", "exact"]);
    assert_eq!(line("IBERBIBLIOTECAS and IBERARTESANÍAS", "USD")[5..7], ["USD 445,000.00", "approximately"]);
}

#[test]
fn a_2020_report_shows_each_measure_s_allocated_resources_and_civil_society_s_measures_after_the_party_s() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, ods) = (dir.path().join("r.pdf"), dir.path().join("r.ods"));
    build(&root().join("fixtures/mexico-2016-2019.json"), &[&pdf, &ods]);
    let rows = tagged_table(&pdf, "Table of measures");
    assert_eq!(
        rows[0],
        "TH Measure | Goals and areas of monitoring | Implementing agencies | Programs | Resources allocated | \
         Contributions paid | Support received"
    );
    // Each list opens with a header cell across the table.
    assert_eq!(rows[1], "TH Measures reported by the Party [cols 7]");
    let row =
        |start: &str| rows.iter().position(|r| r.starts_with(start)).unwrap_or_else(|| panic!("{start}: {rows:#?}"));
    // The amounts as the fixture states them ("$480,000.00 USD", "$ 60,000 USD", ...).
    assert!(rows[row("TD IBERMUSICAS")].ends_with("| 1 | USD 480,000.00 | — | —"), "{rows:#?}");
    assert!(rows[row("TD IBERMUSEOS")].ends_with("| 1 | USD 60,000 | — | —"), "{rows:#?}");
    assert!(rows[row("TD International cultural promotion")].ends_with("| 1 | USD 454,800.92 | — | —"), "{rows:#?}");
    assert!(rows[row("TD International mobility program")].ends_with("| 1 | USD 27,000 | — | —"), "{rows:#?}");
    assert!(rows[row("TD Artistic Residency Program")].ends_with("| 1 | — | — | —"), "{rows:#?}");
    // The party's totals close its own measures: 480,000.00 + 60,000 + 454,800.92 + 27,000; the
    // programs state no money.
    let total = row("TD Total (USD)");
    assert_eq!(rows[total], "TD Total (USD) [cols 4] | USD 1,021,800.92 | — | —");
    assert!(total > row("TD National regulatory frameworks"), "after the party's measures: {rows:#?}");
    // Civil society's measures follow, shown and not added to the party's money.
    let civil = row("TH Measures and initiatives reported by civil society organizations [cols 7]");
    assert_eq!(civil, total + 1, "{rows:#?}");
    assert!(rows[civil + 1].starts_with("TD PROArtes México"), "{rows:#?}");

    let sheet = &libreoffice_sheets(&ods)["Measures"];
    assert_eq!(
        sheet[0][..8],
        [
            "Measure",
            "Part of the report",
            "Goals",
            "Areas of monitoring",
            "Implementing agencies",
            "Programs",
            "Currency",
            "Resources allocated"
        ]
    );
    let line = |measure: &str| sheet.iter().find(|r| r[0] == measure).unwrap_or_else(|| panic!("{measure}: {sheet:?}"));
    assert_eq!(line("IBERMUSICAS")[6..9], ["USD", "USD 480,000.00", "exact"]);
    assert_eq!(line("International mobility program for independent artists")[6..9], ["USD", "USD 27,000.00", "exact"]);
    assert_eq!(
        line("PROArtes México")[1],
        "Measures and initiatives reported by civil society organizations",
        "the list it belongs to"
    );

    // The Totals sheet totals the party's allocated resources as the PDF's table does, recomputed
    // by LibreOffice from the Measures sheet; no program states money, so those cells stay empty.
    let sheets = libreoffice_sheets(&ods);
    let totals = &sheets["Totals"];
    assert_eq!(totals[0][5], "Resources allocated", "{totals:?}");
    assert_eq!(totals[1][..7], ["USD", "", "", "", "", "USD 1,021,800.92", "exact"], "{totals:?}");
}

/// The fixture with its programs three times over (new ids): a report whose body is long.
fn long_report(dir: &Path, form: &str) -> PathBuf {
    fixture_with(dir, &format!("long-{form}.json"), |report| {
        report["form"] = serde_json::json!(form);
        let programs = report["measures"][0]["programs"].as_array().expect("programs").clone();
        let grown: Vec<serde_json::Value> = (1..=3)
            .flat_map(|round| {
                programs.iter().map(move |p| {
                    let mut p = p.clone();
                    p["id"] = serde_json::json!(format!("{}-{round}", p["id"].as_str().expect("id")));
                    p
                })
            })
            .collect();
        report["measures"][0]["programs"] = serde_json::json!(grown);
    })
}

/// The page that opens with `heading` (after the contents), counted from 1.
fn page_of(pdf: &Path, heading: &str) -> usize {
    let pages = Command::new("pdfinfo").arg(pdf).output().expect("run pdfinfo");
    let info = String::from_utf8_lossy(&pages.stdout).into_owned();
    let count: usize =
        info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).expect("a page count");
    (3..=count)
        .find(|page| {
            let out = Command::new("pdftotext")
                .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout"])
                .arg(pdf)
                .arg("-")
                .output()
                .expect("run pdftotext");
            // The running header comes first; the page's first heading follows it.
            String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.trim().is_empty()).nth(1).map(str::trim)
                == Some(heading)
        })
        .unwrap_or_else(|| panic!("no page opens with {heading}"))
}

#[test]
fn a_body_past_the_2012_form_s_twenty_pages_is_warned_about_and_the_fixture_s_is_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("long.pdf");
    let warnings = build(&long_report(dir.path(), "2012"), &[&pdf]);
    // The count is the document's own: from the executive summary's page to the page before the annexes.
    let (first, annexes) = (page_of(&pdf, "Executive summary"), page_of(&pdf, "Annexes"));
    let pages = annexes - first;
    assert!(pages > 20, "the long report's body takes {pages} pages");
    let expected = format!(
        "warning: the body of the report takes {pages} pages (pages {first} to {}): the 2012 form allows 20, annexes aside",
        annexes - 1
    );
    assert!(warnings.contains(&expected), "expected `{expected}` in:\n{warnings}");
    assert!(warnings.contains(&format!("hint: {} pages over", pages - 20)), "{warnings}");

    let short = dir.path().join("fixture.pdf");
    let warnings = build(&fixture(), &[&short]);
    assert!(!warnings.contains("body of the report"), "the fixture's body fits:\n{warnings}");
    // The 2020 form's guidelines set no page budget.
    let warnings = build(&long_report(dir.path(), "2020"), &[&dir.path().join("long-2020.pdf")]);
    assert!(!warnings.contains("body of the report"), "{warnings}");
}

#[test]
fn an_empty_indicators_section_and_a_program_without_plugin_say_what_they_are_in_the_report_s_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("switzerland.pdf");
    build(&root().join("fixtures/switzerland-2012-2015.json"), &[&pdf]);
    let text = pdf_text(&pdf);
    let text = text.lines().next().expect("text");
    // The FIDC measure states no indicator: its heading is followed by "not reported".
    let fidc =
        text.rfind("Mesure : Soutien au Fonds international pour la diversité culturelle FIDC").expect("the measure");
    assert!(text[fidc..].contains("Indicateurs utilisés pour déterminer l’impact Non renseigné"), "{}", &text[fidc..]);
    // The annex names what a program without plugin shows, after a French colon: a narrow
    // no-break space before it, as the tags read it.
    let tree = structure(&pdf);
    let line = "Quatre festivals de cinéma\u{202f}: aucun module (les champs communs à tous les programmes";
    assert!(tree.contains(line), "{}", &tree[tree.find("Modules utilisés").unwrap_or(0)..]);
    assert!(!text[text.rfind("Modules utilisés").expect("annex")..].contains("Non renseigné"), "{text}");
}
