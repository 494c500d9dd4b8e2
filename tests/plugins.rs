//! Plugins as users meet them: listed, dropped in without a rebuild, and refused when unfit.

use std::path::{Path, PathBuf};

use informe_tests::{fixture, fixture_with_program, informe, library, pdf_text, profile_dir, root, run, stderr};

/// A fresh plugins folder holding copies of `libraries`.
fn folder_with(dir: &Path, libraries: &[(&Path, &str)]) -> PathBuf {
    let plugins = dir.join("plugins");
    std::fs::create_dir_all(&plugins).expect("plugins dir");
    for (from, name) in libraries {
        std::fs::copy(from, plugins.join(name)).expect("copy plugin");
    }
    plugins
}

fn lib_name(stem: &str) -> String {
    format!("{}{stem}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX)
}

/// The fixture plus one program of the `festival` family, which none of the six plugins serves.
fn data_with_festival(dir: &Path) -> PathBuf {
    fixture_with_program(
        dir,
        "with-festival.json",
        serde_json::json!({
            "id": "festival-test",
            "name": "TEST FESTIVAL",
            "family": "festival",
            "results_expected": "A program added by the drop-in test.",
            "data": { "editions": 3, "selected_projects": 12 }
        }),
    )
}

#[test]
fn plugins_lists_the_shipped_families_with_version_abi_and_path() {
    let output = run(informe().arg("plugins").arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let listing = String::from_utf8_lossy(&output.stdout);
    for family in [
        "music",
        "museums",
        "audiovisual",
        "crafts",
        "libraries",
        "performing-arts",
        "archives",
        "youth-orchestras",
        "routes",
        "community-culture",
    ] {
        let line = listing
            .lines()
            .find(|l| l.split_whitespace().nth(2) == Some(family))
            .unwrap_or_else(|| panic!("no plugin for {family} in:\n{listing}"));
        let abi = format!("{}.{} (sdk", informe_plugin::abi::ABI_MAJOR, informe_plugin::abi::ABI_MINOR);
        assert!(line.contains(&abi), "ABI missing: {line}");
        assert!(
            line.contains(&lib_name(&format!("informe_plugin_{}", family.replace('-', "_")))),
            "path missing: {line}"
        );
    }
}

#[test]
fn a_dropped_in_plugin_is_listed_and_adds_its_section_and_metrics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let festival = library("informe-testplugin-festival");
    let plugins = folder_with(dir.path(), &[(&festival, &lib_name("festival"))]);

    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", stderr(&output));
    let listing = String::from_utf8_lossy(&output.stdout);
    assert!(listing.lines().any(|l| l.starts_with("festival") && l.contains("0.3.0")), "{listing}");

    let data = data_with_festival(dir.path());
    let pdf = dir.path().join("r.pdf");
    let output = run(informe().arg("build").arg(&data).arg("-o").arg(&pdf).arg("--plugins").arg(&plugins));
    assert!(output.status.success(), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(text.contains("TEST FESTIVAL"), "program missing");
    assert!(text.contains("The festival held 3 editions in the period."), "plugin narrative missing");
    assert!(text.contains("Projects selected by the festival"), "plugin metric missing");
    // 168 from the six programs (one a lower bound) + 12 from the festival.
    assert!(text.contains("more than 180"), "indicator does not count the drop-in plugin");
}

#[test]
fn plugins_are_found_through_informe_plugin_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let festival = library("informe-testplugin-festival");
    let plugins = folder_with(dir.path(), &[(&festival, &lib_name("festival"))]);
    let output = run(informe().env("INFORME_PLUGIN_PATH", &plugins).arg("plugins"));
    assert!(output.status.success(), "{}", stderr(&output));
    let listing = String::from_utf8_lossy(&output.stdout);
    assert!(listing.lines().any(|l| l.starts_with("festival ")), "{listing}");
    // Run from the cargo target folder, the six workspace plugins are found too.
    assert!(listing.lines().any(|l| l.starts_with("music ")), "{listing}");
}

#[test]
fn a_family_without_plugin_shows_its_common_fields_and_a_visible_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_festival(dir.path());
    let pdf = dir.path().join("r.pdf");
    let output = run(informe().arg("build").arg(&data).arg("-o").arg(&pdf).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("warning:"), "{}", stderr(&output));
    assert!(stderr(&output).contains("no plugin serves the family `festival`"), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(text.contains("A program added by the drop-in test."), "common fields missing");
    assert!(text.contains("No plugin is installed for the family of this program"), "warning missing in report");
    assert!(text.contains("more than 168"), "indicator of the six plugins changed");
}

#[test]
fn a_plugin_for_another_abi_major_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = library("informe-testplugin-wrong-abi");
    let plugins = folder_with(dir.path(), &[(&wrong, &lib_name("future"))]);
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains(&lib_name("future")), "{err}");
    assert!(err.contains("was built for plugin ABI 99.0, but this informe speaks ABI 1.x"), "{err}");
}

#[test]
fn a_file_that_is_not_a_plugin_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plugins = dir.path().join("plugins");
    std::fs::create_dir(&plugins).expect("dir");
    std::fs::write(plugins.join(lib_name("notes")), "these are meeting notes, not a library").expect("write");
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains(&format!("cannot load {}", plugins.join(lib_name("notes")).display())), "{err}");
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn a_library_without_the_entry_symbol_is_not_a_plugin() {
    // A real shared library for this platform, but not an informe plugin.
    let dir = tempfile::tempdir().expect("temp dir");
    let foreign = library("informe-testplugin-no-entry");
    let plugins = folder_with(dir.path(), &[(&foreign, &lib_name("foreign"))]);
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("is not an informe plugin: it exports no `informe_plugin_descriptor` symbol"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn two_plugins_claiming_one_family_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let music = library("informe-plugin-music");
    let plugins = folder_with(dir.path(), &[(&music, &lib_name("music_a")), (&music, &lib_name("music_b"))]);
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("both claim the family `music`"), "{}", stderr(&output));
}

#[test]
fn plugin_run_prints_one_plugins_answer_for_one_program() {
    let libraries = library("informe-plugin-libraries");
    let output =
        run(informe().args(["plugin", "run"]).arg(&libraries).arg(fixture()).args(["--program", "iberbibliotecas"]));
    assert!(output.status.success(), "{}", stderr(&output));
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the answer is JSON");
    let metric = &answer["metrics"][0];
    assert_eq!((metric["id"].as_str(), metric["value"].as_u64()), (Some("projects"), Some(7)), "{answer}");
    assert_eq!(metric["indicator"], "beneficiary-projects");
    assert!(stderr(&output).contains("libraries: 1 sections, 1 metrics, 0 problems"), "{}", stderr(&output));

    let output = run(informe().args(["plugin", "run"]).arg(&libraries).arg(fixture()).args(["--program", "nope"]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("has no program `nope`"), "{}", stderr(&output));
    assert!(stderr(&output).contains("its programs are ibermusicas, ibermuseos"), "{}", stderr(&output));
}

#[test]
fn plugin_run_locates_the_plugins_problems_in_the_data_file_as_build_does() {
    let libraries = library("informe-plugin-libraries");
    let data = root().join("tests/data/errors/plugin-unknown-field.json");
    let output =
        run(informe().args(["plugin", "run"]).arg(&libraries).arg(&data).args(["--program", "iberbibliotecas"]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    // A misspelt field is the key's fault: its line and column are the key's, not its value's.
    let expected = std::fs::read_to_string(data.with_extension("stderr")).expect("the build's expectation");
    let said = stderr(&output).replace(&data.display().to_string(), "$DATA");
    assert!(said.starts_with(&expected), "plugin run says other than build\n{said}\n---\n{expected}");
}

#[test]
fn plugin_run_asks_the_plugin_in_the_language_and_locale_build_would() {
    let libraries = library("informe-plugin-libraries");
    let plugin_run = |extra: &[&str]| {
        run(informe()
            .args(["plugin", "run"])
            .arg(&libraries)
            .arg(fixture())
            .args(["--program", "iberbibliotecas"])
            .args(extra))
    };
    let answer = |output: &std::process::Output| -> serde_json::Value {
        assert!(output.status.success(), "{}", stderr(output));
        serde_json::from_slice(&output.stdout).expect("the answer is JSON")
    };

    // The party is named by CLDR in the language asked for, and the plugin answers in it.
    let spanish = answer(&plugin_run(&["--lang", "es"]));
    assert_eq!(spanish["summary"], "A través de IBERBIBLIOTECAS, México se benefició de 7 proyectos.", "{spanish}");
    assert_eq!(spanish["family_name"], "Bibliotecas");
    let english = answer(&plugin_run(&[]));
    assert_eq!(english["summary"], "Through IBERBIBLIOTECAS, Mexico profited from 7 projects.", "{english}");

    // A language the data's texts lack: the program's own fallbacks are reported, located; the
    // other programs' are not this command's business.
    let output = plugin_run(&["--lang", "pt", "--locale", "pt-BR"]);
    assert_eq!(answer(&output)["family_name"], "Bibliotecas", "Portuguese has the same word");
    let err = stderr(&output);
    assert!(err.contains("at `measures[0].programs[4].results_expected`: no `pt` text here"), "{err}");
    assert!(!err.contains("programs[0]"), "{err}");

    // An institution's report covers its programs only, as `build` does.
    let output = plugin_run(&["--institution", "imcine"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("the institution `imcine` does not report on the program `iberbibliotecas`"),
        "{}",
        stderr(&output)
    );
    let output = plugin_run(&["--lang", "xx"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}

#[test]
fn schema_describes_the_data_format_and_each_plugins_family_data() {
    let output = run(informe().arg("schema").arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("the schema is JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let rules = schema["$defs"]["Program"]["allOf"].as_array().expect("family rules");
    let families: Vec<&str> = rules.iter().filter_map(|r| r["if"]["properties"]["family"]["const"].as_str()).collect();
    assert_eq!(
        families,
        [
            "archives",
            "audiovisual",
            "community-culture",
            "crafts",
            "libraries",
            "museums",
            "music",
            "performing-arts",
            "routes",
            "youth-orchestras"
        ]
    );
    let data_of = |family: &str| {
        let rule = rules.iter().find(|r| r["if"]["properties"]["family"]["const"] == family);
        &rule.unwrap_or_else(|| panic!("no rule for the family `{family}`"))["then"]["properties"]["data"]
    };
    for family in ["audiovisual", "crafts", "libraries", "museums", "music", "performing-arts"] {
        let data = data_of(family);
        assert_eq!(data["$id"], format!("urn:informe:family:{family}"));
        // Derived from the plugin's type: the common family data, every field optional.
        assert_eq!(data["additionalProperties"], false, "{family}");
        assert!(data.get("required").is_none(), "{family}: every field is optional");
        assert!(data["properties"]["countries"]["description"].is_string(), "{family}");
    }
    // A count is a whole number or a qualified one ({"count": 40, "qualifier": "more-than"}).
    let libraries = data_of("libraries");
    assert_eq!(libraries["properties"]["projects"]["anyOf"][0]["$ref"], "#/$defs/Count");
    assert_eq!(libraries["$defs"]["Count"]["oneOf"][0]["type"], "integer");
    assert!(data_of("music")["properties"]["artists_hosted"]["description"].is_string());
    assert_eq!(schema["$defs"]["Contribution"]["properties"]["amount"]["type"], "string", "amounts are strings");
}

/// Where `informe schema --lang L` is read, and what it must say there in each language.
const SCHEMA_HELP: [(&str, &str, &str); 6] = [
    (
        "es",
        "/properties/measures",
        "Las medidas notificadas, en orden (`[]` cuando todas las medidas vienen de `include`).",
    ),
    (
        "es",
        "/$defs/Measure/properties/website",
        "El sitio web de la medida (formulario de 2020: «Sitio web de la política/medida, si existe»).",
    ),
    ("pt", "/properties/measures", "As medidas relatadas, em ordem (`[]` quando todas as medidas vêm de `include`)."),
    ("pt", "/$defs/Contribution/properties/currency", "Código ISO 4217, por exemplo `USD`, `EUR`."),
    (
        "fr",
        "/properties/measures",
        "Les mesures rapportées, dans l’ordre (`[]` quand toutes les mesures viennent de `include`).",
    ),
    (
        "fr",
        "/$defs/Program/properties/family",
        "Famille du programme\u{202f}; choisit le module (par exemple `music`).",
    ),
];

/// The JSON pointer of every object in `node` with a `description`, and that object.
fn described<'a>(node: &'a serde_json::Value, at: String, found: &mut Vec<(String, &'a serde_json::Value)>) {
    match node {
        serde_json::Value::Object(object) => {
            if object.get("description").is_some_and(serde_json::Value::is_string) {
                found.push((at.clone(), node));
            }
            for (key, value) in object {
                if !["const", "default", "enum", "examples"].contains(&key.as_str()) {
                    described(value, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), found);
                }
            }
        }
        serde_json::Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, item)| described(item, format!("{at}/{i}"), found));
        }
        _ => {}
    }
}

#[test]
fn schema_lang_writes_the_data_format_s_help_in_that_language_and_marks_the_plugins_english() {
    let schema_in = |lang: &str| -> serde_json::Value {
        let output = run(informe().args(["schema", "--lang", lang, "--plugins"]).arg(profile_dir()));
        assert!(output.status.success(), "{lang}: {}", stderr(&output));
        serde_json::from_slice(&output.stdout).expect("the schema is JSON")
    };
    let english = schema_in("en");
    let mut english_help = Vec::new();
    described(&english, String::new(), &mut english_help);
    assert!(english_help.iter().all(|(_, node)| node.get("x-informe-lang").is_none()), "English is marked nowhere");
    let english_of = |at: &str| english.pointer(&format!("{at}/description")).cloned().unwrap_or_default();
    for lang in ["es", "pt", "fr"] {
        let schema = schema_in(lang);
        for (_, at, expected) in SCHEMA_HELP.iter().filter(|(l, _, _)| *l == lang) {
            assert_eq!(
                schema.pointer(&format!("{at}/description")).and_then(|d| d.as_str()),
                Some(*expected),
                "{lang}: {at}"
            );
        }
        let mut help = Vec::new();
        described(&schema, String::new(), &mut help);
        assert_eq!(help.len(), english_help.len(), "{lang}: every description is kept");
        let (marked, translated): (Vec<_>, Vec<_>) =
            help.iter().partition(|(_, node)| node.get("x-informe-lang").is_some());
        // Only the plugins' family schemas, in their authors' words, stay English, and say so.
        for (at, node) in &marked {
            assert_eq!(node["x-informe-lang"], "en", "{lang}: {at}");
            assert!(
                at.starts_with("/$defs/Program/allOf/"),
                "{lang}: a description of the data format is English at {at}"
            );
            assert_eq!(node["description"], english_of(at), "{lang}: {at}");
        }
        for (at, node) in &translated {
            assert_ne!(node["description"], english_of(at), "{lang}: {at} is English and unmarked");
        }
        let music = schema["$defs"]["Program"]["allOf"]
            .as_array()
            .and_then(|rules| rules.iter().find(|r| r["if"]["properties"]["family"]["const"] == "music"))
            .map(|rule| &rule["then"]["properties"]["data"]["properties"]["artists_hosted"])
            .expect("music's data");
        assert_eq!(music["x-informe-lang"], "en", "{lang}: {music}");
        assert!(
            marked.len() > 10 && translated.len() > 150,
            "{lang}: {} marked, {} translated",
            marked.len(),
            translated.len()
        );
    }
}

#[test]
fn completions_and_the_manual_page_come_from_the_command_definitions() {
    let output = run(informe().args(["completions", "bash"]));
    assert!(output.status.success(), "{}", stderr(&output));
    let script = String::from_utf8_lossy(&output.stdout);
    assert!(
        script.contains("informe__subcmd__build") && script.contains("--pdf-standard"),
        "bash completion incomplete"
    );
    let output = run(informe().arg("man"));
    assert!(output.status.success(), "{}", stderr(&output));
    let page = String::from_utf8_lossy(&output.stdout);
    assert!(page.contains(".TH informe 1") && page.contains("new\\-plugin"), "manual page incomplete");
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(informe().arg("man").arg("--dir").arg(dir.path()));
    assert!(output.status.success(), "{}", stderr(&output));
    for page in ["informe.1", "informe-build.1", "informe-plugin-run.1"] {
        assert!(dir.path().join(page).is_file(), "{page} not written");
    }
}

#[cfg(unix)]
#[test]
fn a_plugin_others_could_replace_is_refused() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().expect("temp dir");
    let festival = library("informe-testplugin-festival");
    let plugins = folder_with(dir.path(), &[(&festival, &lib_name("festival"))]);
    let file = plugins.join(lib_name("festival"));
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).expect("chmod file");
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("is writable by others than its owner (mode 666)"), "{}", stderr(&output));

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o755)).expect("chmod file back");
    std::fs::set_permissions(&plugins, std::fs::Permissions::from_mode(0o777)).expect("chmod folder");
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("its folder"), "{}", stderr(&output));

    // The sticky bit stops others replacing the file, not planting another one beside it.
    std::fs::set_permissions(&plugins, std::fs::Permissions::from_mode(0o1777)).expect("chmod folder");
    let output = run(informe().arg("plugins").arg("--plugins").arg(&plugins));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("is writable by others than its owner (mode 1777)"), "{}", stderr(&output));
}

#[test]
fn check_reports_every_problem_and_writes_nothing() {
    let output = run(informe().arg("check").arg(fixture()).arg("--plugins").arg(profile_dir()));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("0 errors, 0 warnings"), "{}", stderr(&output));

    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_festival(dir.path());
    let text = std::fs::read_to_string(&data).expect("read").replace("\"projects\": 7", "\"projects\": -7");
    std::fs::write(&data, text).expect("write");
    let output = run(informe().arg("check").arg(&data).arg("--plugins").arg(profile_dir()));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("data.projects"), "{err}");
    assert!(err.contains("no plugin serves the family `festival`"), "the warning is reported too: {err}");
    assert!(err.contains("1 error, 1 warning"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 1, "check wrote something");
}

#[test]
fn a_plugin_folder_that_is_a_file_or_missing_is_named_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "").expect("file");
    let output = run(informe().arg("plugins").arg("--plugins").arg(&file));
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("plugin folder {} is not a folder", file.display())),
        "{}",
        stderr(&output)
    );

    let missing = dir.path().join("nope");
    let env = std::env::join_paths([&missing, &file]).expect("path list");
    let output = run(informe().env("INFORME_PLUGIN_PATH", env).arg("plugins"));
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains(&format!("plugin folder {} of INFORME_PLUGIN_PATH does not exist", missing.display())),
        "{err}"
    );
    assert!(err.contains(&format!("plugin folder {} of INFORME_PLUGIN_PATH is not a folder", file.display())), "{err}");
}
