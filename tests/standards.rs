//! The official PDF: PDF/A-2b and PDF/UA-1 by default, metadata, bookmarks, embedded fonts, a clean
//! file structure, the executive summary, the chart and the annex — checked with poppler and qpdf.

use std::path::{Path, PathBuf};
use std::process::Command;

use informe_tests::{fixture, informe, pdf_text, profile_dir, run, stderr};

fn build(dir: &Path, name: &str, data: &Path, extra: &[&str]) -> (PathBuf, std::process::Output) {
    let pdf = dir.join(name);
    let output =
        run(informe().arg("build").arg(data).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir()).args(extra));
    (pdf, output)
}

fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(program).args(args).arg(pdf).output().unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(out.status.success(), "{program} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn the_default_pdf_is_pdf_a_2b_and_pdf_ua_1_with_its_metadata() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, output) = build(dir.path(), "r.pdf", &fixture(), &[]);
    assert!(output.status.success(), "{}", stderr(&output));

    let info = tool("pdfinfo", &[], &pdf);
    for line in [
        "Title:           Quadrennial Periodic Report — Mexico 2012–2015",
        "Subject:         Regional Programs of cultural cooperation between Ibero-American region",
        "Keywords:        IBERMÚSICAS, IBERMUSEOS, IBERMEDIA, IBERARTESANÍAS, IBERBIBLIOTECAS, IBERESCENA",
        // The fixture names no institution nor issuer: the country is the author.
        "Author:          Mexico",
        "Tagged:          yes",
    ] {
        assert!(info.lines().any(|l| l == line), "pdfinfo lacks `{line}`:\n{info}");
    }

    // The XMP metadata stream declares both standards and the language.
    let bytes = std::fs::read(&pdf).expect("read pdf");
    for claim in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "<dc:language><rdf:Bag><rdf:li>en</rdf:li>",
    ] {
        assert!(contains(&bytes, claim), "XMP lacks {claim}");
    }

    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "no fonts listed");
    for row in rows {
        // Columns: name, type, encoding, emb, sub, uni — emb is the fourth from the end.
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[cells.len() - 5], "yes", "font not embedded: {row}");
    }

    let check = tool("qpdf", &["--check"], &pdf);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");

    // Bookmarks follow the headings.
    let outline = tool("qpdf", &["--json", "--json-key=outlines"], &pdf);
    for title in
        ["Executive summary", "IBERMÚSICAS", "Indicators used to determine impact", "Annex: sources and method"]
    {
        assert!(
            outline.contains(&format!("\"title\": \"{title}")) || outline.contains(title),
            "bookmark {title} missing"
        );
    }
}

#[test]
fn the_report_opens_with_an_executive_summary_and_shows_the_chart_and_the_annex() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, output) = build(dir.path(), "r.pdf", &fixture(), &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    let summary = text.split("Executive summary").nth(2).and_then(|s| s.split("1 Measure:").next()).expect("summary");
    for phrase in [
        "comprised 6 programs: IBERMÚSICAS, IBERMUSEOS, IBERMEDIA, IBERARTESANÍAS, IBERBIBLIOTECAS, and IBERESCENA.",
        "Contributions paid: approximately USD 3,365,000. Support received: approximately EUR 500,000 and USD 560,229.00.",
        "The total number of beneficiary projects: more than 168.",
        "IBERESCENA:",
    ] {
        assert!(summary.contains(phrase), "summary lacks `{phrase}`:\n{summary}");
    }
    assert!(summary.chars().count() <= 3500, "summary has {} characters", summary.chars().count());

    assert!(text.contains("Contributions paid and support received per program (USD)"), "USD chart missing");
    assert!(text.contains("Contributions paid and support received per program (EUR)"), "EUR chart missing");
    assert!(text.contains("Annex: sources and method"), "annex missing");
    assert!(text.contains("IBERESCENA — Projects benefited (more than 40)"), "annex lacks the indicator's parts");

    // The chart's alternative text is in the tagged structure.
    let qdf = dir.path().join("qdf.pdf");
    let status =
        Command::new("qpdf").args(["--qdf", "--object-streams=disable"]).arg(&pdf).arg(&qdf).status().expect("qpdf");
    assert!(status.success());
    let bytes = std::fs::read(&qdf).expect("read qdf");
    // The amounts carry a no-break space (CLDR), so the text is stored as UTF-16 in hex.
    let alt = "Bar chart of contributions paid and support received in EUR. IBERESCENA: paid nothing, received approximately EUR\u{a0}500,000.";
    let hex: String = std::iter::once(0xfeff).chain(alt.encode_utf16()).map(|unit| format!("{unit:04X}")).collect();
    let text = String::from_utf8_lossy(&bytes).to_uppercase();
    assert!(text.contains(&format!("/ALT <{hex}>")), "chart alt text missing");
}

#[test]
fn other_standards_or_none_can_be_chosen_and_unknown_ones_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, output) = build(dir.path(), "none.pdf", &fixture(), &["--pdf-standard", "none"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!contains(&std::fs::read(&pdf).expect("read"), "pdfaid:part"), "none still claims PDF/A");

    let (pdf, output) = build(dir.path(), "a3.pdf", &fixture(), &["--pdf-standard", "a-3b"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = std::fs::read(&pdf).expect("read");
    assert!(
        contains(&bytes, "<pdfaid:part>3</pdfaid:part>") && !contains(&bytes, "pdfuaid:part"),
        "a-3b alone not honoured"
    );

    let (_, output) = build(dir.path(), "x.pdf", &fixture(), &["--pdf-standard", "a-9z"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("unknown PDF standard `a-9z`"), "{}", stderr(&output));

    // Two archival standards cannot hold at once.
    let (_, output) = build(dir.path(), "y.pdf", &fixture(), &["--pdf-standard", "a-2b", "--pdf-standard", "a-3b"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("choose at most one PDF/A standard"), "{}", stderr(&output));
}

#[test]
fn text_the_fonts_cannot_show_is_a_clear_error_not_a_silently_broken_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture()).expect("fixture")).expect("json");
    report["measures"][0]["programs"][0]["conclusions"] = serde_json::json!("Concluded in 漢字.");
    let data = dir.path().join("cjk.json");
    std::fs::write(&data, serde_json::to_vec(&report).expect("encode")).expect("write");
    let (pdf, output) = build(dir.path(), "r.pdf", &data, &[]);
    // Found from the data, before any rendering: a located data error, as `check` finds it too.
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("at `measures[0].programs[0].conclusions`: the text holds `漢` (U+6F22)"), "{err}");
    assert!(!pdf.exists(), "a non-conforming file was written");
}
