//! A plugin built against the frozen SDK 0.1 (ABI 1.1) keeps working with the current informe.
//!
//! `tests/compat/sdk-0.1` is the SDK as released, never edited; `tests/plugins/compat-0.1` a
//! plugin written against it. The data gives its program every field the format has, texts in
//! two languages, stated figures, and a field its SDK's program type refused.

use std::path::{Path, PathBuf};

use informe_plugin::Request;
use informe_tests::{fixture_with_program, informe, pdf_text, plugins_folder, profile_dir, run, stderr};

const PACKAGE: &str = "informe-testplugin-compat";

/// The program of the old plugin's family, with every field the data format has today.
fn program() -> serde_json::Value {
    serde_json::json!({
        "id": "residencias", "name": "RESIDENCIAS", "family": "residencies",
        "results_expected": {"en": "Artists of the region work side by side.", "es": "Artistas de la región trabajan juntos."},
        "conclusions": "The residencies met their aims.",
        "financial_resources": {
            "statement": {"en": "Mexico paid its fee.", "es": "México pagó su cuota."},
            "paid": [{"amount": "1500.00", "currency": "USD", "qualifier": "at-least",
                      "period": {"from": 2013, "to": 2014}, "mode": "yearly fee", "footnote": "fee"}]
        },
        "footnotes": [{"id": "fee", "text": "Paid in two instalments."}],
        "data": {"projects": 12, "countries": ["CL", "PE"], "residents": 31},
        // Stated figures came after SDK 0.1's program type: the host merges them itself.
        "metrics": [{"id": "stays", "label": {"en": "Stays hosted", "es": "Estancias"}, "count": 44}]
    })
}

fn build(dir: &Path, data: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let plugins = plugins_folder(dir, &[PACKAGE]);
    let pdf = dir.join(name);
    let output = run(informe()
        .arg("build")
        .arg(data)
        .arg("-o")
        .arg(&pdf)
        .arg("--plugins")
        .arg(&plugins)
        .arg("--plugins")
        .arg(profile_dir())
        .args(extra));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("residencies-0.1"), "the old plugin found problems: {}", stderr(&output));
    pdf
}

#[test]
fn a_plugin_of_sdk_0_1_serves_its_programs_in_process_and_isolated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = fixture_with_program(dir.path(), "with-residencies.json", program());
    // A dropped-in plugin runs in a worker unless asked otherwise.
    for (name, extra) in [("in-process.pdf", &["--in-process-plugins"][..]), ("isolated.pdf", &[][..])] {
        let text = pdf_text(&build(dir.path(), &data, name, extra)).split_whitespace().collect::<Vec<_>>().join(" ");
        for want in [
            "Artists' residencies",
            "Mexico hosted 31 artists in residence, and paid 1 contribution to RESIDENCIAS.",
            "Artists in residence",
            "Stays hosted",
        ] {
            assert!(text.contains(want), "{name}: `{want}` missing from:\n{text}");
        }
    }
    // In Spanish, with the texts the host resolved before the old plugin saw them.
    let text = pdf_text(&build(dir.path(), &data, "es.pdf", &["--lang", "es"]));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("México acogió a 31 artistas en residencia y pagó 1 contribución a RESIDENCIAS."), "{text}");
}

#[test]
fn the_host_lists_it_with_its_sdk_and_abi() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = plugins_folder(dir.path(), &[PACKAGE]);
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", stderr(&output));
    let listing = String::from_utf8_lossy(&output.stdout).into_owned();
    let line = listing.lines().find(|l| l.contains("residencies-0.1")).unwrap_or_else(|| panic!("{listing}"));
    assert!(line.contains("1.1"), "the plugin's ABI is 1.1: {line}");
}

/// The request the current host makes for the program, with a field no SDK yet knows added to
/// the program, as a later informe would send it.
fn request_with_future_field() -> Request {
    let mut request = informe_plugin::testing::request_for(
        &serde_json::json!({"country": "Mexico", "country_code": "MX", "period": {"from": 2012, "to": 2015},
            "language": "en", "measures": [{"programs": [program()]}]})
        .to_string(),
        "residencias",
    );
    request.program.results_expected = Some("Artists work side by side.".into());
    request.program.financial_resources.statement = None;
    request
}

#[test]
fn fields_the_old_sdk_refuses_are_left_out_for_it_and_only_for_it() {
    let plugin = informe_core::host::Plugin::load(&informe_tests::library(PACKAGE), None).expect("load");
    assert_eq!((plugin.abi_major, plugin.abi_minor, plugin.sdk_version.as_str()), (1, 1, "0.1.0"));
    let mut value = serde_json::to_value(request_with_future_field()).expect("encode");
    value["program"]["venue"] = "Valparaíso".into();
    value["program"]["financial_resources"]["paid"][0]["receipt"] = "R-12".into();

    // Sent whole, the old SDK refuses the request: this is what the host must never do.
    let whole = serde_json::to_vec(&value).expect("encode");
    match plugin.process(&whole) {
        informe_core::host::CallOutcome::Error(message) => {
            assert!(message.contains("unknown field `receipt`"), "{message}")
        }
        other => panic!("the frozen SDK accepted an unknown program field: {other:?}"),
    }
    // Fitted to the plugin's minor, as the host sends it, it is served.
    let mut fitted = value.clone();
    informe_plugin::wire::fit_for(&mut fitted, plugin.abi_minor);
    let bytes = serde_json::to_vec(&fitted).expect("encode");
    let body = match plugin.process(&bytes) {
        informe_core::host::CallOutcome::Ok(body) => body,
        other => panic!("not served: {other:?}"),
    };
    let response: informe_plugin::Response = serde_json::from_slice(&body).expect("response");
    assert!(response.problems.is_empty(), "{:?}", response.problems);
    assert_eq!(response.family_name.as_deref(), Some("Artists' residencies"));
    // The current SDK's own request type reads the whole of it.
    let read: Request = serde_json::from_value(value).expect("a current plugin reads unknown fields");
    assert_eq!(read.program.id, "residencias");
}

#[test]
fn the_host_encodes_requests_for_old_plugins_through_the_fitting() {
    let request = request_with_future_field();
    let old = informe_core::process::encode_request(&request, 1).expect("encode");
    let new = informe_core::process::encode_request(&request, informe_plugin::abi::ABI_MINOR).expect("encode");
    let old: serde_json::Value = serde_json::from_slice(&old).expect("json");
    let new: serde_json::Value = serde_json::from_slice(&new).expect("json");
    // Both carry the host's minor, which an old plugin ignores.
    assert_eq!(new["abi_minor"], informe_plugin::abi::ABI_MINOR);
    assert_eq!(old["abi_minor"], new["abi_minor"]);
    assert_eq!(old["program"], new["program"], "today every program field is one ABI 1.1 knew");
}
