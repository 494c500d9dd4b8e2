//! The HTTP API of `informe serve`, against the command line it stands beside: the schema is
//! `informe schema`'s, a check finds what `informe check` finds (same lines, same places), a PDF
//! or workbook is byte for byte the file `informe build` writes from the same file, the preview's
//! pages follow the data, files are saved with their previous version kept, drafts are kept, and
//! a crashing plugin is an error while the server carries on.

#[path = "serve_common.rs"]
mod serve_common;

use serve_common::{Server, cli_build, fixture_text, folder_with_fixture};

#[test]
fn the_schema_is_the_one_informe_schema_prints() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let answer = server.get("/api/schema");
    assert_eq!(answer.status, 200);
    let printed = informe_tests::informe().arg("schema").output().expect("informe schema");
    let expected: serde_json::Value = serde_json::from_slice(&printed.stdout).expect("schema JSON");
    assert_eq!(answer.json(), expected);
    let session = server.get("/api/session").json();
    assert_eq!(session["open"], "mexico.json");
    drop(dir);
}

#[test]
fn the_schema_in_a_language_is_the_one_informe_schema_lang_prints() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let answer = server.get("/api/schema?lang=fr");
    assert_eq!(answer.status, 200);
    let printed = informe_tests::informe().args(["schema", "--lang", "fr"]).output().expect("informe schema");
    let expected: serde_json::Value = serde_json::from_slice(&printed.stdout).expect("schema JSON");
    let french = answer.json();
    assert_eq!(french, expected);
    assert_eq!(french["$defs"]["Measure"]["properties"]["name"]["description"], "Nom de la mesure.");
    assert_eq!(french["$defs"]["Measure"]["properties"]["name"].get("x-informe-lang"), None);
    // Titles as descriptions: the data format's in French, a plugin's in its author's English, marked.
    assert_eq!((french["title"].as_str(), french.get("x-informe-lang")), (Some("informe — données du rapport"), None));
    let crafts = |schema: &serde_json::Value| {
        schema["$defs"]["Program"]["allOf"]
            .as_array()
            .and_then(|rules| rules.iter().find(|rule| rule["if"]["properties"]["family"]["const"] == "crafts"))
            .map(|rule| rule["then"]["properties"]["data"].clone())
            .expect("the crafts family's data")
    };
    let (english, french) = (crafts(&server.get("/api/schema").json()), crafts(&french));
    assert!(english["title"].as_str().is_some_and(|title| !title.is_empty()), "{english}");
    assert_eq!((&french["title"], french["x-informe-lang"].as_str()), (&english["title"], Some("en")));
    assert_eq!(server.get("/api/schema?lang=en").json(), server.get("/api/schema").json());
    assert_eq!(server.get("/api/schema?lang=de").status, 404, "no help is written in German");
    drop(dir);
}

#[test]
fn a_check_finds_what_informe_check_finds_at_the_same_places() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let clean = server.post("/api/check?path=mexico.json", &std::fs::read(&file).expect("read"));
    assert_eq!(clean.status, 200);
    let clean = clean.json();
    assert_eq!((clean["ok"].clone(), clean["errors"].clone()), (true.into(), 0.into()), "{clean}");
    // Figures keep the locale's no-break spaces.
    let totals = clean["totals"]["report"].to_string().replace(['\u{a0}', '\u{202f}'], " ");
    assert!(totals.contains("approximately USD 3,365,000") && totals.contains("USD 560,229.00"), "{totals}");

    // A bad currency; then texts missing a translation into French: the lines `informe check` prints.
    let bad = fixture_text(|report| {
        report["measures"][0]["programs"][0]["financial_resources"]["paid"][0]["currency"] = "XYZ".into();
    });
    std::fs::write(dir.path().join("bad.json"), &bad).expect("write");
    let answer = server.post("/api/check?path=bad.json", &bad);
    assert_eq!(answer.status, 200);
    let answer = answer.json();
    assert_eq!(answer["ok"], false);
    let found = answer["diagnostics"].as_array().expect("diagnostics");
    let currency = found
        .iter()
        .find(|d| d["path"] == "measures[0].programs[0].financial_resources.paid[0].currency")
        .unwrap_or_else(|| panic!("no diagnostic on the currency: {answer}"));
    assert_eq!(currency["severity"], "error");
    assert!(currency["message"].as_str().is_some_and(|m| m.contains("XYZ")), "{currency}");
    assert!(currency["line"].as_u64().is_some() && currency["hints"][0].is_string(), "{currency}");
    assert_same_as_check(dir.path(), &["bad.json"], found, 2);

    let answer = server.post("/api/check?path=mexico.json&lang=fr", &std::fs::read(&file).expect("read")).json();
    assert_eq!(answer["ok"], true, "{answer}");
    let found = answer["diagnostics"].as_array().expect("diagnostics");
    assert!(found.len() > 3 && found.iter().all(|d| d["severity"] == "warning"), "{answer}");
    assert_same_as_check(dir.path(), &["mexico.json", "--lang", "fr"], found, 0);
}

/// `informe --message-format json check ARGS` in `dir` exits with `code` and prints exactly
/// `found`, one JSON object per line: the API and the command line share one diagnostic type.
fn assert_same_as_check(dir: &std::path::Path, args: &[&str], found: &[serde_json::Value], code: i32) {
    let cli = informe_tests::informe()
        .current_dir(dir)
        .args(["--message-format", "json", "check"])
        .args(args)
        .output()
        .expect("informe check");
    assert_eq!(cli.status.code(), Some(code));
    let printed: Vec<serde_json::Value> = String::from_utf8_lossy(&cli.stderr)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|err| panic!("not JSON ({err}): {line}")))
        .collect();
    assert_eq!(printed, found, "informe check printed otherwise than the API answered");

    // And as a person reads them: one `error:` or `warning:` line each.
    let cli = informe_tests::informe().current_dir(dir).arg("check").args(args).output().expect("informe check");
    let text = String::from_utf8_lossy(&cli.stderr);
    let counted = text.lines().filter(|l| l.starts_with("error: ") || l.starts_with("warning: ")).count();
    assert_eq!(counted, found.len(), "informe check printed\n{text}");
}

#[test]
fn pdf_and_workbook_are_byte_for_byte_those_of_informe_build() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let text = std::fs::read(&file).expect("read");
    for (query, args) in
        [("", &[][..]), ("&lang=es&institution=imcine", &["--lang", "es", "--institution", "imcine"][..])]
    {
        for format in ["pdf", "ods"] {
            let answer = server.post(&format!("/api/build?path=mexico.json&format={format}{query}"), &text);
            assert_eq!(answer.status, 200, "{format}{query}: {}", answer.text());
            let disposition = answer.header("content-disposition").unwrap_or_default();
            assert_eq!(disposition, format!("attachment; filename=\"mexico.{format}\""));
            let built = cli_build(dir.path(), "mexico.json", &format!("cli.{format}"), args);
            assert!(answer.body == built, "{format}{query}: the server's file differs from informe build's");
        }
    }
}

#[test]
fn data_with_errors_builds_nothing_and_says_why() {
    let (_dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let bad = fixture_text(|report| report["period"]["to"] = 1800.into());
    for format in ["pdf", "ods"] {
        let answer = server.post(&format!("/api/build?path=mexico.json&format={format}"), &bad);
        assert_eq!(answer.status, 422, "{}", answer.text());
        let body = answer.json();
        assert!(body["diagnostics"].as_array().is_some_and(|d| d.iter().any(|d| d["path"] == "period")), "{body}");
    }
    let answer = server.post("/api/build?path=mexico.json", &bad);
    assert_eq!(answer.status, 400, "a format must be named: {}", answer.text());
    let answer = server.post("/api/check?path=mexico.json&lang=de", &bad);
    assert_eq!(answer.status, 400, "a language without catalogues is refused: {}", answer.text());
}

#[test]
fn preview_pages_follow_the_data_and_only_changed_ones_come_again() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let text = std::fs::read(&file).expect("read");
    let first = server.post("/api/preview?path=mexico.json", &text);
    assert_eq!(first.status, 200, "{}", first.text());
    let first = first.json();
    let pages = first["pages"].as_array().expect("pages");
    let pdf = cli_build(dir.path(), "mexico.json", "cli.pdf", &[]);
    let info = std::process::Command::new("pdfinfo").arg(dir.path().join("cli.pdf")).output().expect("pdfinfo");
    let count = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse::<usize>().expect("pages")))
        .expect("page count");
    assert!(!pdf.is_empty());
    assert_eq!(pages.len(), count, "the preview has the PDF's pages");
    for page in pages {
        let svg = page["svg"].as_str().expect("an image");
        assert!(svg.starts_with("<svg") && svg.contains("viewBox"), "{}", &svg[..svg.len().min(200)]);
    }
    let keys: Vec<&str> = pages.iter().map(|p| p["key"].as_str().expect("key")).collect();

    // The client has every page: none comes again.
    let again = server.post(&format!("/api/preview?path=mexico.json&known={}", keys.join(",")), &text).json();
    assert!(again["pages"].as_array().expect("pages").iter().all(|p| p["svg"].is_null()), "pages sent again");

    // A changed figure: the pages that show it, and only they, come again.
    let changed = fixture_text(|report| {
        report["measures"][0]["programs"][0]["financial_resources"]["paid"][0]["amount"] = "480001".into();
    });
    let after = server.post(&format!("/api/preview?path=mexico.json&known={}", keys.join(",")), &changed).json();
    let after = after["pages"].as_array().expect("pages");
    let sent = after.iter().filter(|p| p["svg"].is_string()).count();
    assert!(sent > 0 && sent < after.len(), "{sent} of {} pages sent after one figure changed", after.len());
    for page in after {
        assert_eq!(page["svg"].is_null(), keys.contains(&page["key"].as_str().expect("key")));
    }
}

#[test]
fn a_part_the_data_includes_is_read_beside_it_in_the_served_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["mexico-2012-2015.json", "mexico-2012-2015-report.json"] {
        std::fs::copy(informe_tests::root().join("fixtures").join(name), dir.path().join(name)).expect("copy");
    }
    let server = Server::start(dir.path(), &[]);
    let text = std::fs::read(dir.path().join("mexico-2012-2015-report.json")).expect("read");
    let answer = server.post("/api/check?path=mexico-2012-2015-report.json", &text).json();
    assert_eq!(answer["ok"], true, "{answer}");
    let pdf = server.post("/api/build?path=mexico-2012-2015-report.json&format=pdf", &text);
    assert_eq!(pdf.status, 200);
    assert!(pdf.body == cli_build(dir.path(), "mexico-2012-2015-report.json", "cli.pdf", &[]));
    // A problem in the part is named in the part's file.
    let part = std::fs::read_to_string(dir.path().join("mexico-2012-2015.json")).expect("read");
    std::fs::write(dir.path().join("mexico-2012-2015.json"), part.replacen("\"USD\"", "\"XYZ\"", 1)).expect("write");
    let answer = server.post("/api/check?path=mexico-2012-2015-report.json", &text).json();
    let found = answer["diagnostics"].as_array().expect("diagnostics");
    assert!(found.iter().any(|d| d["file"] == "mexico-2012-2015.json" && d["severity"] == "error"), "{answer}");
}

#[test]
fn files_are_saved_with_their_previous_version_kept_and_drafts_kept_until_then() {
    let (dir, file) = folder_with_fixture();
    std::fs::create_dir(dir.path().join("parts")).expect("mkdir");
    std::fs::write(dir.path().join("parts/inbal.json"), "{\"measures\": []}").expect("write");
    let server = Server::start(dir.path(), &[]);
    assert_eq!(server.get("/api/files").json()["files"], serde_json::json!(["mexico.json", "parts/inbal.json"]));
    let original = std::fs::read(&file).expect("read");
    let opened = server.get("/api/file?path=mexico.json");
    assert_eq!((opened.status, &opened.body), (200, &original));

    // A draft is kept while the edits are unsaved.
    let edited = fixture_text(|report| report["country"] = "México".into());
    assert_eq!(server.put("/api/draft?path=mexico.json", &edited).status, 204);
    assert_eq!(std::fs::read(dir.path().join(".informe/drafts/mexico.json")).expect("draft"), edited);
    let draft = server.get("/api/draft?path=mexico.json").json();
    assert_eq!(draft["text"].as_str().map(str::as_bytes), Some(&edited[..]));
    assert_eq!(std::fs::read(&file).expect("read"), original, "a draft does not touch the file");

    // Saving: the new text, the old one kept as NAME.json~, the draft gone.
    let saved = server.put("/api/file?path=mexico.json", &edited);
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(saved.json()["previous"], "mexico.json~");
    assert_eq!(std::fs::read(&file).expect("read"), edited);
    assert_eq!(std::fs::read(dir.path().join("mexico.json~")).expect("previous"), original);
    assert!(!dir.path().join(".informe/drafts/mexico.json").exists(), "the draft outlived the save");
    assert_eq!(server.get("/api/draft?path=mexico.json").status, 404);

    // What is not JSON is not saved; a new file has no previous version.
    let refused = server.put("/api/file?path=mexico.json", b"{\"country\": ");
    assert_eq!(refused.status, 422);
    assert_eq!(std::fs::read(&file).expect("read"), edited);
    let new = server.put("/api/file?path=parts/new.json", b"{\"measures\": []}\n");
    assert_eq!((new.status, new.json()["previous"].clone()), (200, serde_json::Value::Null));
    assert!(dir.path().join("parts/new.json").is_file());
    assert_eq!(server.put("/api/file?path=notes.txt", b"{}").status, 400, "only data files are written");
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_crashing_plugin_is_an_error_on_its_program_and_the_server_stays_up() {
    let (dir, file) = folder_with_fixture();
    let plugins = informe_tests::plugins_folder(dir.path(), &["informe-testplugin-segfault"]);
    let plugins = plugins.to_str().expect("path").to_owned();
    let mut server = Server::start(&file, &["--plugins", &plugins]);
    let with_fault = fixture_text(|report| {
        let program = serde_json::json!({"id": "faulty", "name": "FAULTY", "family": "fault-segfault"});
        report["measures"][0]["programs"].as_array_mut().expect("programs").push(program);
    });
    for _ in 0..2 {
        let answer = server.post("/api/check?path=mexico.json", &with_fault).json();
        let found = answer["diagnostics"].as_array().expect("diagnostics");
        let crash = found.iter().find(|d| d["kind"] == "plugin").unwrap_or_else(|| panic!("no plugin error: {answer}"));
        assert!(crash["message"].as_str().is_some_and(|m| m.contains("crashed") && m.contains("SIGSEGV")), "{crash}");
        assert_eq!(crash["path"], "measures[0].programs[6]", "{crash}");
        let build = server.post("/api/build?path=mexico.json&format=pdf", &with_fault);
        assert_eq!(build.status, 502, "{}", build.text());
        assert!(server.running(), "the server died with the plugin");
        let healthy = server.post("/api/check?path=mexico.json", &std::fs::read(&file).expect("read")).json();
        assert_eq!(healthy["ok"], true, "{healthy}");
    }
}
