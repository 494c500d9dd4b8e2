//! The workbench in a real browser (Debian's headless Chromium, driven over WebDriver): open the
//! served page, load the fixture, change a figure and see the total and the preview change, type
//! a bad currency and see the error on that field, switch the language of the page (its fields'
//! help and its choices' tooltips too, each marked with its language) and of the report, find the
//! unsaved work offered back after the tab is closed, save, and download the PDF, whose text is the
//! edited report's and whose bytes are `informe build`'s.
//!
//! Screenshots of each step are left in the cargo target's temporary folder (`workbench/`), for a
//! person to look at.

#[path = "serve_common.rs"]
mod serve_common;
#[path = "workbench_driver.rs"]
mod workbench_driver;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::json;
use serve_common::{Server, cli_build, folder_with_fixture};
use workbench_driver::Browser;

const AMOUNT: &str = r#"[data-path="measures[0].programs[0].financial_resources.paid[0].amount"] input"#;
const CURRENCY: &str = r#"[data-path="measures[0].programs[0].financial_resources.paid[0].currency"]"#;
const WAIT: Duration = Duration::from_secs(60);
/// A choice of the data format (how the source qualifies an amount) and one of a plugin's (how far
/// the crafts observatory's creation has come), each option's tooltip its value's description.
const QUALIFIER: &str = r#"[data-path="measures[0].programs[0].financial_resources.paid[0].qualifier"] select"#;
const OBSERVATORY_STATUS: &str = r#"[data-path="measures[0].programs[3].data.observatory.status"] select"#;

fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("workbench");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// The keys of the preview's pages, in order.
fn page_keys(browser: &Browser) -> Vec<String> {
    let keys = browser.js("return [...document.querySelectorAll('#pages figure')].map(f => f.dataset.key)", json!([]));
    serde_json::from_value(keys).expect("keys")
}

/// The options of the select at `selector`: each one's `lang`, name and tooltip.
fn options(browser: &Browser, selector: &str) -> Vec<[String; 3]> {
    let found = browser.js(
        "const select = document.querySelector(arguments[0]);
         return select ? [...select.options].map(o => [o.lang, o.textContent, o.title]) : [];",
        json!([selector]),
    );
    serde_json::from_value(found).expect("options")
}

fn option(lang: &str, name: &str, tooltip: &str) -> [String; 3] {
    [lang.to_owned(), name.to_owned(), tooltip.to_owned()]
}

fn totals(browser: &Browser) -> String {
    browser
        .js("return document.getElementById('totals').innerText", json!([]))
        .as_str()
        .unwrap_or_default()
        .replace('\u{a0}', " ")
}

/// Waits for the preview to hold pages other than `before` (all of them laid out: one per key).
fn wait_for_new_preview(browser: &Browser, before: &[String], what: &str) -> Vec<String> {
    browser.wait_for(
        what,
        WAIT,
        "const keys = [...document.querySelectorAll('#pages figure')].map(f => f.dataset.key);
         const images = [...document.querySelectorAll('#pages img')];
         return keys.length > 0 && keys.join() !== arguments[0].join() && images.every(i => i.complete && i.naturalWidth > 0);",
        json!([before]),
    );
    page_keys(browser)
}

#[test]
fn a_report_officer_edits_checks_previews_and_downloads_the_report_in_a_browser() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(dir.path(), &[]);
    let browser = Browser::start();
    let shots = shots();

    // The address printed at start opens the page; the data file is picked from the folder's.
    browser.go(&server.url);
    browser.wait_for("the page", WAIT, "return document.body.dataset.ready === 'true'", json!([]));
    assert_eq!(browser.js("return location.search", json!([])), "", "the token stays in the address");
    assert_eq!(browser.js("return document.documentElement.lang", json!([])), "en");
    // From the keyboard: the first Tab reaches the link past the toolbar, and the focus shows.
    browser.press("\u{E004}");
    let focused = browser.js(
        "const e = document.activeElement; const style = getComputedStyle(e);
         return [e.className, style.outlineStyle, e.getBoundingClientRect().left >= 0];",
        json!([]),
    );
    assert_eq!(focused, json!(["skip", "solid", true]), "the first Tab's focus");
    browser.choose("#file-picker", "mexico.json");
    browser.click(&browser.find("#open"));
    browser.wait_for(
        "the form",
        WAIT,
        &format!("return !!document.querySelector('{}')", AMOUNT.replace('\'', "\\'")),
        json!([]),
    );
    let first = wait_for_new_preview(&browser, &[], "the first preview");
    assert_eq!(first.len(), 15, "the fixture's report has 15 pages");
    assert!(totals(&browser).contains("Paid: approximately USD 3,365,000"), "{}", totals(&browser));
    browser.screenshot(&shots.join("1-opened.png"));

    // Every control has a label, and the page is in one language.
    let unlabelled = browser.js(
        "return [...document.querySelectorAll('input, select, textarea')].filter(e => !e.labels || !e.labels.length).map(e => e.id || e.outerHTML.slice(0, 60))",
        json!([]),
    );
    assert_eq!(unlabelled, json!([]), "controls without a label");
    let qualifiers = options(&browser, QUALIFIER);
    assert!(
        qualifiers.contains(&option("en", "approximately", "\"approximately\": the value is near the figure.")),
        "{qualifiers:?}"
    );

    // A changed figure: the total and the pages that show it change.
    let amount = browser.find(AMOUNT);
    browser.clear(&amount);
    browser.type_in(&amount, "480001");
    browser.wait_for(
        "the new total",
        WAIT,
        "return document.getElementById('totals').innerText.replace(/\\u00a0/g, ' ').includes('USD 3,365,001')",
        json!([]),
    );
    let measure_total = browser.text(&browser.find(".measure-totals")).replace('\u{a0}', " ");
    assert!(measure_total.contains("USD 3,365,001"), "{measure_total}");
    let second = wait_for_new_preview(&browser, &first, "the preview of the new figure");
    let changed = first.iter().zip(&second).filter(|(a, b)| a != b).count();
    assert!(changed > 0 && changed < first.len(), "{changed} pages changed");
    browser.screenshot(&shots.join("2-figure-changed.png"));

    // A bad currency: the error is on that field, announced, and the preview waits for a fix.
    let currency = browser.find(&format!("{CURRENCY} input"));
    browser.clear(&currency);
    browser.type_in(&currency, "XYZ");
    browser.wait_for(
        "the error on the currency",
        WAIT,
        "const box = document.querySelector(arguments[0]);
         return box.querySelector('.problem.error') && box.querySelector('input').getAttribute('aria-invalid') === 'true';",
        json!([CURRENCY]),
    );
    let on_field = browser.text(&browser.find(&format!("{CURRENCY} .problems")));
    assert!(on_field.contains("XYZ") && on_field.contains("ISO 4217"), "{on_field}");
    let count = browser.text(&browser.find("#problem-count"));
    assert_eq!(count, "1 error, 0 warnings");
    let announced = browser.js("return document.getElementById('announce').textContent", json!([]));
    assert!(announced.as_str().is_some_and(|a| a.contains("XYZ")), "{announced}");
    let described = browser.js(
        "const input = document.querySelector(arguments[0] + ' input');
         return input.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent).join(' ');",
        json!([CURRENCY]),
    );
    assert!(described.as_str().is_some_and(|d| d.contains("XYZ")), "the error is not read with the field: {described}");
    browser.js("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", json!([CURRENCY]));
    browser.screenshot(&shots.join("3-bad-currency.png"));
    browser.clear(&currency);
    browser.type_in(&currency, "USD");
    browser.wait_for(
        "no error",
        WAIT,
        "return document.getElementById('problem-count').textContent === 'No problems found.'",
        json!([]),
    );

    // Closing the tab with unsaved work: the draft is offered back on the next visit.
    browser.wait_for("the draft", WAIT, "return !!localStorage.getItem('informe:draft:mexico.json')", json!([]));
    browser.js("window.onbeforeunload = null", json!([]));
    browser.go(&server.url);
    browser.wait_for("the page again", WAIT, "return document.body.dataset.ready === 'true'", json!([]));
    browser.choose("#file-picker", "mexico.json");
    browser.click(&browser.find("#open"));
    browser.wait_for("the offer of the draft", WAIT, "return !document.getElementById('restore').hidden", json!([]));
    browser.screenshot(&shots.join("4-draft-offered.png"));
    browser.click(&browser.find("#restore-yes"));
    browser.wait_for(
        "the restored figure",
        WAIT,
        "const input = document.querySelector(arguments[0]); return input && input.value === '480001'",
        json!([AMOUNT]),
    );

    // The page in Spanish, then the report in Spanish.
    browser.choose("#ui-lang", "es");
    browser.wait_for("the page in Spanish", WAIT, "return document.documentElement.lang === 'es'", json!([]));
    assert_eq!(browser.text(&browser.find("#save")), "Guardar");
    // The fields' help in Spanish too; a plugin's words for its family data stay English, and say so.
    browser.wait_for(
        "the help in Spanish",
        WAIT,
        "const help = document.querySelector('[data-path=\"measures[0].name\"] > .help');
         return !!help && help.lang === 'es' && help.textContent === 'Nombre de la medida.';",
        json!([]),
    );
    let plugin_help = browser.js(
        "const help = document.querySelector('[data-path^=\"measures[0].programs[0].data.\"] .help');
         return help ? [help.lang, help.textContent] : null;",
        json!([]),
    );
    assert_eq!(plugin_help[0], "en", "a plugin's help: {plugin_help}");
    // The choices' tooltips too, each option in its tooltip's language: the data format's in
    // Spanish, a plugin's in its author's English, named as the author wrote the value.
    let qualifiers = options(&browser, QUALIFIER);
    assert!(
        qualifiers.contains(&option("es", "aproximadamente", "«aproximadamente»: el valor está cerca de la cifra.")),
        "{qualifiers:?}"
    );
    let statuses = options(&browser, OBSERVATORY_STATUS);
    assert!(statuses.contains(&option("en", "begun", "The process for its creation has begun.")), "{statuses:?}");
    let before = page_keys(&browser);
    browser.choose("#report-lang", "es");
    wait_for_new_preview(&browser, &before, "the preview in Spanish");
    browser.screenshot(&shots.join("5-in-spanish.png"));

    // Saved: the file holds the edit, its previous version is kept.
    browser.click(&browser.find("#save"));
    browser.wait_for("the save", WAIT, "return document.getElementById('dirty').textContent === 'Guardado'", json!([]));
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("JSON");
    assert_eq!(saved["measures"][0]["programs"][0]["financial_resources"]["paid"][0]["amount"], "480001");
    assert!(dir.path().join("mexico.json~").is_file(), "the previous version is not kept");

    // The PDF downloads as informe build writes it, in Spanish, with the new figure.
    browser.click(&browser.find("#download-pdf"));
    let pdf = browser.downloads.join("mexico.pdf");
    let started = std::time::Instant::now();
    while !pdf.is_file() {
        assert!(
            started.elapsed() < WAIT,
            "no PDF downloaded: {:?}",
            std::fs::read_dir(&browser.downloads).map(|d| d.count())
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(300));
    let text = informe_tests::pdf_text(&pdf);
    assert!(text.contains("Informe Periódico Cuatrienal"), "{text}");
    assert!(text.contains("3,365,001"), "the new total is not in the PDF");
    let built = cli_build(dir.path(), "mexico.json", "cli.pdf", &["--lang", "es"]);
    assert!(std::fs::read(&pdf).expect("read") == built, "the downloaded PDF is not informe build's");
    browser.screenshot(&shots.join("6-downloaded.png"));
}
