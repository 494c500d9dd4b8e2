//! Who issues a report: each shipped institution (Mexico's example set) builds under its own
//! identity (name, colours, logo), an override of a single template file falls back to the default
//! for the rest, and mistakes are explained; a report naming none is issued by its data's `issuer`,
//! or has its country's neutral title page, never a shipped institution's.

use std::path::Path;
use std::process::Command;

use informe_tests::{fixture, fixture_with, informe, pdf_text, pixels_of_color, profile_dir, run, stderr};

/// Builds the fixture as `institution` in `lang` into `out`.
fn build(out: &Path, institution: &str, lang: &str) -> std::process::Output {
    run(informe()
        .arg("build")
        .arg(fixture())
        .arg("-o")
        .arg(out)
        .args(["--institution", institution, "--lang", lang])
        .arg("--plugins")
        .arg(profile_dir()))
}

/// A shipped institution as a report in `lang` shows it: its name, its primary colour on the title
/// page, the programs it reports on and those it does not.
struct Shipped {
    id: &'static str,
    lang: &'static str,
    name: &'static str,
    color: &'static str,
    shown: &'static [&'static str],
    hidden: &'static [&'static str],
}

const SHIPPED: &[Shipped] = &[
    Shipped {
        id: "mx-culture",
        lang: "es",
        name: "Secretaría de Cultura — Dirección General de Asuntos Internacionales",
        color: "#1f3a5f",
        shown: &["IBERMÚSICAS", "IBERMEDIA", "IBERESCENA"],
        hidden: &[],
    },
    Shipped {
        id: "inbal",
        lang: "es",
        name: "Instituto Nacional de Bellas Artes",
        color: "#6d1f3a",
        shown: &["IBERMÚSICAS", "IBERMUSEOS", "IBERESCENA"],
        hidden: &["IBERMEDIA", "IBERBIBLIOTECAS"],
    },
    Shipped {
        id: "imcine",
        lang: "en",
        name: "Mexican Institute for Cinematography",
        color: "#222222",
        shown: &["IBERMEDIA"],
        hidden: &["IBERMÚSICAS", "IBERESCENA"],
    },
    Shipped {
        id: "dgb",
        lang: "pt",
        name: "Direção-Geral de Bibliotecas",
        color: "#145a4a",
        shown: &["IBERBIBLIOTECAS"],
        hidden: &["IBERMEDIA"],
    },
    Shipped {
        id: "fonart",
        lang: "fr",
        name: "Fonds national pour la promotion de l’artisanat",
        color: "#8c3b1e",
        shown: &["IBERARTESANÍAS"],
        hidden: &["IBERMEDIA"],
    },
];

#[test]
fn every_shipped_institution_builds_with_its_name_colours_and_programs() {
    let dir = tempfile::tempdir().expect("temp dir");
    for Shipped { id, lang, name, color, shown, hidden } in SHIPPED {
        let pdf = dir.path().join(format!("{id}.pdf"));
        let output = build(&pdf, id, lang);
        assert!(output.status.success(), "{id}: {}", stderr(&output));
        let text = pdf_text(&pdf);
        assert!(text.contains(name), "{id}: name `{name}` missing");
        for program in *shown {
            assert!(text.contains(program), "{id}: {program} missing");
        }
        // Chapter headings carry the program name; the measure's main feature names all six once.
        // (`pdf_text` gives two renderings of the text; one is enough to count.)
        let once = text.lines().next().unwrap_or_default();
        let chapters = |program: &str| once.matches(program).count();
        for program in *hidden {
            assert!(
                chapters(program) <= 1,
                "{id}: {program} should not have a chapter ({} mentions)",
                chapters(program)
            );
        }
        let coloured = pixels_of_color(&pdf, 1, color);
        assert!(coloured > 200, "{id}: the title page shows {coloured} pixels of {color}");
    }
}

#[test]
fn an_institution_overriding_only_its_title_page_falls_back_for_everything_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("imcine.pdf");
    let output = build(&pdf, "imcine", "es");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    // Its own title page and title…
    assert!(text.contains("IBERMEDIA en el Informe Periódico Cuatrienal"), "institution title missing");
    // …and the rest of the default template, in Spanish.
    for default_part in ["Resumen ejecutivo", "Descripción de la medida", "Anexo: fuentes y método"] {
        assert!(text.contains(default_part), "`{default_part}` of the default template missing");
    }
    // The film band of its title page is near-black, a colour the default template never uses.
    assert!(pixels_of_color(&pdf, 1, "#222222") > 2000, "IMCINE's title page not used");
    // (Black text, anti-aliased, passes through that grey here and there.)
    assert!(pixels_of_color(&pdf, 2, "#222222") < 100, "the override leaks past the title page");
}

#[test]
fn an_unknown_institution_lists_those_that_exist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = build(&dir.path().join("r.pdf"), "imcinee", "en");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("there is no institution `imcinee`"), "{err}");
    assert!(
        err.contains("did you mean `imcine`? the shipped institutions are dgb, fonart, imcine, inbal, mx-culture"),
        "{err}"
    );
}

#[test]
fn a_bad_institution_file_is_located_and_the_old_report_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("ministry");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(
        folder.join("institution.toml"),
        "short_name = \"MIN\"\nname = \"Ministry\"\n\n[colors]\nprimary = \"navy\"\naccent = \"#123456\"\n",
    )
    .expect("write");
    let pdf = dir.path().join("r.pdf");
    std::fs::write(&pdf, b"old").expect("old report");
    let output = build(&pdf, folder.to_str().expect("utf-8"), "en");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("institution.toml:5:11: at `colors.primary`: `navy` is not a colour"), "{err}");
    assert!(err.contains("hint: write colours as #RRGGBB"), "{err}");
    assert_eq!(std::fs::read(&pdf).expect("read"), b"old");

    std::fs::write(
        folder.join("institution.toml"),
        "short_name = \"MIN\"\nname = \"Ministry\"\nprograms = [\"ibermusica\"]\n",
    )
    .expect("write");
    let output = build(&pdf, folder.to_str().expect("utf-8"), "en");
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("reports on the program `ibermusica`, which the data does not have"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("did you mean `ibermusicas`?"), "{}", stderr(&output));
}

#[test]
fn an_institution_folder_on_disk_gets_its_logo_and_a_missing_template_file_is_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("ministry");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(
        folder.join("institution.toml"),
        "short_name = \"MIN\"\nname = { en = \"Ministry of Culture\", es = \"Ministerio de Cultura\" }\nlogo = \"mark.svg\"\n[colors]\nprimary = \"#0a7d2c\"\naccent = \"#123456\"\n",
    )
    .expect("write");
    std::fs::write(folder.join("mark.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#0a7d2c\"/></svg>").expect("logo");
    let pdf = dir.path().join("r.pdf");
    let output = build(&pdf, folder.to_str().expect("utf-8"), "fr");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("no `fr` text here: the `en` text is used"), "{}", stderr(&output));
    assert!(pdf_text(&pdf).contains("Ministry of Culture"));
    assert!(pixels_of_color(&pdf, 1, "#0a7d2c") > 400, "logo and colour missing");

    // A layer asking for a file no layer holds.
    std::fs::write(
        folder.join("title-page.typ"),
        "#import \"cover-art.typ\": art\n#let title-page(meta, L, title) = art\n",
    )
    .expect("override");
    let output = build(&pdf, folder.to_str().expect("utf-8"), "en");
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("file not found"), "{err}");
    assert!(err.contains("the template's files are blocks.typ, chart.typ,"), "{err}");
}

/// Builds `data` into `out` with the real plugins and `extra` arguments.
fn build_data(data: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    run(informe().arg("build").arg(data).arg("-o").arg(out).arg("--plugins").arg(profile_dir()).args(extra))
}

/// The text of the title page alone, its whitespace collapsed.
fn title_page(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed on {}", pdf.display());
    let text = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8").replace(['\u{202f}', '\u{a0}'], " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF's author, as pdfinfo reads it from the document information.
fn author(pdf: &Path) -> String {
    let out = Command::new("pdfinfo").args(["-enc", "UTF-8"]).arg(pdf).output().expect("run pdfinfo");
    assert!(out.status.success(), "pdfinfo failed on {}", pdf.display());
    let info = String::from_utf8(out.stdout).expect("pdfinfo writes UTF-8");
    let line = info.lines().find_map(|l| l.strip_prefix("Author:")).unwrap_or_else(|| panic!("no author:\n{info}"));
    line.trim().to_owned()
}

/// Words of the example set's national coordination that must not reach a report not naming it.
const MEXICAN_MINISTRY: &[&str] = &[
    "Ministry of Culture",
    "Secretaría de Cultura",
    "General Directorate of International Affairs",
    "SC-DGAI",
    "National coordination of the periodic report",
    "Mexico City",
];

#[test]
fn a_report_naming_no_institution_nor_issuer_has_its_country_s_neutral_title_page() {
    let dir = tempfile::tempdir().expect("temp dir");

    // The shipped fixture is Mexico's, and names no institution: its country, no ministry.
    let pdf = dir.path().join("mexico.pdf");
    let output = build_data(&fixture(), &pdf, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = title_page(&pdf);
    for shown in ["MEXICO", "National report", "Quadrennial Periodic Report", "Reporting period: 2012–2015"] {
        assert!(page.contains(shown), "`{shown}` missing from the title page: {page}");
    }
    for mexican in MEXICAN_MINISTRY {
        assert!(!page.contains(mexican), "`{mexican}` on a title page naming no institution: {page}");
    }
    assert_eq!(author(&pdf), "Mexico");

    // Another party's report shows nothing of Mexico's: its own country, in neutral colours.
    let data = fixture_with(dir.path(), "ghana.json", |report| {
        report["country"] = "Ghana".into();
        report["country_code"] = "GH".into();
    });
    let pdf = dir.path().join("ghana.pdf");
    let output = build_data(&data, &pdf, &["--lang", "es"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = title_page(&pdf);
    for shown in ["GHANA", "Informe nacional", "Informe Periódico Cuatrienal", "2012–2015", "Informe nacional — Ghana"]
    {
        assert!(page.contains(shown), "`{shown}` missing from the title page: {page}");
    }
    for mexican in MEXICAN_MINISTRY.iter().chain(&["Mexico", "México", "Ciudad de México"]) {
        assert!(!page.contains(mexican), "`{mexican}` on Ghana's title page: {page}");
    }
    assert_eq!(author(&pdf), "Ghana");
    // The default template's neutral blue, and no shipped institution's colour.
    assert!(pixels_of_color(&pdf, 1, "#1f4e79") > 150, "the neutral colour is missing from the title page");
    // (A grey such as IMCINE's #222222 is left out: black text, anti-aliased, passes through it.)
    let grey = |color: &str| color[1..3] == color[3..5] && color[3..5] == color[5..7];
    for Shipped { id, color, .. } in SHIPPED.iter().filter(|s| !grey(s.color)) {
        assert!(pixels_of_color(&pdf, 1, color) < 20, "{id}'s colour {color} on a neutral title page");
    }
}

#[test]
fn the_data_s_issuer_is_on_the_title_page_in_the_report_s_language_and_is_the_pdf_s_author() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = fixture_with(dir.path(), "ghana.json", |report| {
        report["country"] = "Ghana".into();
        report["country_code"] = "GH".into();
        report["issuer"] = serde_json::json!({
            "name": {"en": "Ministry of Tourism, Arts and Culture", "fr": "Ministère du Tourisme, des Arts et de la Culture"},
            "short_name": "MoTAC",
            "address": "PO Box 1627, Accra",
            "contact": {"en": "Email: qpr@motac.example"},
            "signatory": {"name": "Ama Owusu", "role": {"en": "Director of International Affairs", "fr": "Directrice des affaires internationales"}}
        });
    });
    let pdf = dir.path().join("ghana.fr.pdf");
    let output = build_data(&data, &pdf, &["--lang", "fr"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = title_page(&pdf);
    for shown in [
        "GHANA Ministère du Tourisme, des Arts et de la Culture",
        "Rapport périodique quadriennal",
        "Ama Owusu Directrice des affaires internationales PO Box 1627, Accra Email: qpr@motac.example",
        "MoTAC — Ghana",
    ] {
        assert!(page.contains(shown), "`{shown}` missing from the title page: {page}");
    }
    for mexican in MEXICAN_MINISTRY {
        assert!(!page.contains(mexican), "`{mexican}` on an issuer's title page: {page}");
    }
    assert_eq!(author(&pdf), "Ministère du Tourisme, des Arts et de la Culture");
    // The contact has no French text: said, at its place in the file.
    let err = stderr(&output);
    assert!(
        err.contains("ghana.json:") && err.contains("at `issuer.contact`: no `fr` text here: the `en` text is used"),
        "{err}"
    );

    // An institution chosen on the command line issues the report instead.
    let pdf = dir.path().join("ghana.inbal.pdf");
    let output = build_data(&data, &pdf, &["--lang", "fr", "--institution", "inbal"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = title_page(&pdf);
    assert!(page.contains("Institut national des beaux-arts"), "{page}");
    assert!(!page.contains("Ministère du Tourisme"), "{page}");
    assert_eq!(author(&pdf), "Institut national des beaux-arts");
}
