//! `informe new-plugin`: scaffolds a plugin crate that builds, passes its tests and serves its family as generated.

use std::env::consts::{DLL_PREFIX, DLL_SUFFIX};
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, DirEntry, include_dir};

use crate::cli::NewPluginArgs;
use crate::exit::{self, Failure};

/// The SDK's source as this informe was built with it: a plugin created without `--sdk-path`
/// gets a copy, so that it builds as generated with no checkout of informe and no registry entry.
/// (`build.rs` reruns the build when a file of it changes that the SDK's own build does not read.)
static SDK: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../informe-plugin");

/// The workspace manifest the SDK's manifest inherits its package fields and dependencies from.
const WORKSPACE_MANIFEST: &str = include_str!("../../../../Cargo.toml");

/// Where the SDK is vendored inside the new crate.
const VENDORED: &str = "vendor/informe-plugin";

/// The files of the crate: path inside it, and template.
///
/// The templates are kept as files beside this module so that they read, and diff, as the code they
/// generate; `{{name}}`-style placeholders are all the templating they need.
const FILES: [(&str, &str); 8] = [
    ("Cargo.toml", include_str!("scaffold/Cargo.toml.in")),
    ("src/lib.rs", include_str!("scaffold/lib.rs.in")),
    ("messages/en.ftl", include_str!("scaffold/en.ftl.in")),
    ("messages/es.ftl", include_str!("scaffold/es.ftl.in")),
    ("messages/pt.ftl", include_str!("scaffold/pt.ftl.in")),
    ("messages/fr.ftl", include_str!("scaffold/fr.ftl.in")),
    ("README.md", include_str!("scaffold/README.md.in")),
    (".gitignore", include_str!("scaffold/gitignore.in")),
];

pub fn run(args: &NewPluginArgs) -> Result<(), Failure> {
    check_word("plugin name", &args.name)?;
    check_word("family", &args.family)?;
    let sdk_dependency = sdk_dependency(args.sdk_path.as_deref())?;
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from(&args.name));
    check_free(&dir)?;

    // The library's file stem: cargo turns the package's '-' into '_'.
    let crate_ident = args.name.replace('-', "_");
    let family_name = family_name(&args.family);
    let vars = [
        ("name", args.name.as_str()),
        ("family", args.family.as_str()),
        ("family_name", family_name.as_str()),
        ("crate_ident", crate_ident.as_str()),
        ("sdk_dependency", sdk_dependency.as_str()),
    ];
    let vendored = if args.sdk_path.is_none() { Some(sdk_files()?) } else { None };
    write_crate(&dir, &vars, vendored.as_deref())?;

    outln!("created informe-plugin-{} for the family `{}` in {}", args.name, args.family, dir.display());
    for (file, _) in FILES {
        outln!("  {}", dir.join(file).display());
    }
    if args.sdk_path.is_none() {
        outln!("  {}/", dir.join(VENDORED).display());
        outln!(
            "note: Cargo.toml takes the SDK, informe-plugin {}, from its copy in {VENDORED}; its own dependencies \
             come from crates.io",
            informe_plugin::SDK_VERSION
        );
    }
    if let Some(workspace) = enclosing_workspace(&dir) {
        outln!(
            "note: the crate is inside the cargo workspace of {}; it is a workspace of its own, so if that \
             workspace's `members` match {}, list the folder in its `exclude`",
            workspace.join("Cargo.toml").display(),
            dir.display()
        );
    }
    let library = format!("{DLL_PREFIX}informe_plugin_{crate_ident}{DLL_SUFFIX}");
    outln!();
    outln!("next:");
    outln!("  cd {}", dir.display());
    outln!("  cargo test                                 # the plugin's unit tests, in src/lib.rs");
    outln!("  cargo build --release                      # builds target/release/{library}");
    outln!("  informe plugins --plugins target/release   # lists `{}`", args.name);
    outln!("then copy target/release/{library} into a plugin folder (see README.md)");
    Ok(())
}

/// Refuses anything but lower-case ASCII letters, digits and inner '-': the value becomes part of a
/// crate name, a library file name and a family that data files spell exactly.
fn check_word(what: &str, value: &str) -> Result<(), Failure> {
    let valid = !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    if valid {
        return Ok(());
    }
    let suggestion = suggest(value);
    let hint = if suggestion.is_empty() || suggestion == value {
        "for example `festivals` or `street-art`".to_owned()
    } else {
        format!("did you mean `{suggestion}`?")
    };
    Err(Failure::new(
        exit::BAD_INPUT,
        format!("the {what} `{value}` may only contain lower-case ASCII letters, digits and '-' (not at either end)"),
    )
    .hint(hint))
}

/// The closest valid word: lower-cased, other characters turned into '-', runs of '-' merged; none
/// for non-ASCII text, whose transliteration is the author's call.
fn suggest(value: &str) -> String {
    if !value.is_ascii() {
        return String::new();
    }
    let mapped: String =
        value.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    mapped.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-")
}

/// The family's name for readers as the catalogues start it, `Street art` for `street-art`: the
/// author's own word, for them to translate in each catalogue.
fn family_name(family: &str) -> String {
    let words = family.replace('-', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The `informe-plugin` line of the new Cargo.toml: a path to a local SDK, or to the vendored copy.
fn sdk_dependency(sdk_path: Option<&Path>) -> Result<String, Failure> {
    let Some(path) = sdk_path else {
        return Ok(format!("informe-plugin = {{ path = {} }}", toml_string(VENDORED)));
    };
    let refuse = |reason: String| {
        Failure::new(exit::BAD_INPUT, format!("--sdk-path {}: {reason}", path.display()))
            .hint("give the folder of the SDK crate, `crates/informe-plugin` of an informe checkout")
    };
    // Absolute, so the crate builds from wherever it is moved or called.
    let absolute = fs::canonicalize(path).map_err(|err| refuse(format!("cannot open it: {err}")))?;
    let manifest = fs::read_to_string(absolute.join("Cargo.toml"))
        .map_err(|err| refuse(format!("cannot read its Cargo.toml: {err}")))?;
    let is_sdk = manifest.lines().any(|line| line.split_whitespace().collect::<String>() == r#"name="informe-plugin""#);
    if !is_sdk {
        return Err(refuse("its Cargo.toml is not the one of the informe-plugin crate".to_owned()));
    }
    let text = absolute.to_str().ok_or_else(|| refuse("the path is not valid UTF-8".to_owned()))?;
    Ok(format!("informe-plugin = {{ path = {} }}", toml_string(text)))
}

/// A TOML basic string holding `text` (paths may contain '\' or '"').
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Refuses a target that is a file or a non-empty folder: scaffolding never overwrites anything.
fn check_free(dir: &Path) -> Result<(), Failure> {
    let refuse = |problem: String, hint: &str| {
        Failure::new(exit::BAD_INPUT, format!("cannot create the plugin in {}: {problem}", dir.display())).hint(hint)
    };
    if !dir.exists() {
        return Ok(());
    }
    if !dir.is_dir() {
        return Err(refuse("it exists and is not a folder".to_owned(), "choose another folder with --dir PATH"));
    }
    let mut entries =
        fs::read_dir(dir).map_err(|err| refuse(format!("cannot read it: {err}"), "check its permissions"))?;
    if entries.next().is_some() {
        return Err(refuse(
            "the folder exists and is not empty".to_owned(),
            "choose another folder with --dir PATH, or empty this one",
        ));
    }
    Ok(())
}

/// The folder of the nearest cargo workspace above `dir`, if any.
///
/// The new crate declares a workspace of its own, so that it builds wherever it is; a crate cannot
/// belong to two workspaces, so an enclosing one whose `members` match it must exclude it.
fn enclosing_workspace(dir: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(dir).ok()?;
    let is_workspace = |folder: &Path| {
        fs::read_to_string(folder.join("Cargo.toml")).is_ok_and(|text| text.lines().any(|l| l.trim() == "[workspace]"))
    };
    absolute.ancestors().skip(1).find(|folder| is_workspace(folder)).map(Path::to_path_buf)
}

/// `template` with every `{{key}}` replaced by its value.
fn render(template: &str, vars: &[(&str, &str)]) -> String {
    vars.iter().fold(template.to_owned(), |text, (key, value)| text.replace(&format!("{{{{{key}}}}}"), value))
}

/// The files of the vendored SDK (path inside the crate, contents): the crate as this informe was
/// built with it, without its tests, and with a manifest that no longer needs informe's workspace.
fn sdk_files() -> Result<Vec<(PathBuf, Vec<u8>)>, Failure> {
    let mut files = Vec::new();
    let mut pending: Vec<&Dir<'static>> = vec![&SDK];
    while let Some(folder) = pending.pop() {
        for entry in folder.entries() {
            // The tests check the SDK against informe's own tree; a build folder is nobody's source.
            if entry.path().starts_with("tests") || entry.path().starts_with("target") {
                continue;
            }
            match entry {
                DirEntry::Dir(inner) => pending.push(inner),
                DirEntry::File(file) => {
                    let contents = if file.path() == Path::new("Cargo.toml") {
                        let manifest = file.contents_utf8().unwrap_or_default();
                        standalone_manifest(manifest, WORKSPACE_MANIFEST)
                            .map_err(|err| {
                                Failure::new(exit::INTERNAL, format!("cannot vendor the plugin SDK: {err}"))
                            })?
                            .into_bytes()
                    } else {
                        file.contents().to_vec()
                    };
                    files.push((Path::new(VENDORED).join(file.path()), contents));
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The SDK's manifest with every `KEY.workspace = true` replaced by the value informe's workspace
/// gives KEY, and its `[lints]` (informe's own policy) left out, so that it builds on its own.
///
/// Line by line, so the manifest's comments stay with the lines they explain.
fn standalone_manifest(sdk: &str, workspace: &str) -> Result<String, String> {
    let workspace: toml::Table = workspace.parse().map_err(|err| format!("informe's Cargo.toml: {err}"))?;
    let inherited = |table: &str| workspace.get("workspace").and_then(|w| w.get(table)).and_then(toml::Value::as_table);
    let (package, dependencies) = (inherited("package"), inherited("dependencies"));
    let mut out = String::with_capacity(sdk.len());
    let mut section = String::new();
    for line in sdk.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_owned();
        }
        if section == "[lints]" {
            continue;
        }
        let Some(key) = trimmed.strip_suffix(".workspace = true") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let table = if section == "[package]" { package } else { dependencies };
        let value = table
            .and_then(|t| t.get(key))
            .ok_or_else(|| format!("the workspace gives no `{key}` for the SDK's {section}"))?;
        if value.get("path").is_some() {
            return Err(format!("the SDK's dependency `{key}` is a path inside informe's workspace"));
        }
        out.push_str(&format!("{key} = {value}\n"));
    }
    Ok(out)
}

/// Writes every file (the templates, then the vendored SDK if any); on failure removes what it
/// wrote, so a retry finds the folder as it was.
fn write_crate(dir: &Path, vars: &[(&str, &str)], vendored: Option<&[(PathBuf, Vec<u8>)]>) -> Result<(), Failure> {
    let existed = dir.exists();
    let rendered = FILES.iter().map(|(file, template)| (PathBuf::from(file), render(template, vars).into_bytes()));
    let copied = vendored.unwrap_or_default().iter().cloned();
    let result = rendered.chain(copied).try_for_each(|(file, contents)| {
        let path = dir.join(file);
        let write = |path: &Path| -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(path, contents)
        };
        write(&path).map_err(|err| Failure::new(exit::OUTPUT, format!("cannot write {}: {err}", path.display())))
    });
    if result.is_err() {
        // Best effort: the folder was absent or empty before, so everything in it is ours.
        if existed {
            for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                let _ = if path.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
            }
        } else {
            let _ = fs::remove_dir_all(dir);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(dir: &Path, sdk_path: Option<PathBuf>) -> NewPluginArgs {
        NewPluginArgs { name: "street-art".into(), family: "street-art".into(), dir: Some(dir.to_path_buf()), sdk_path }
    }

    fn sdk() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../informe-plugin")
    }

    #[test]
    fn names_and_families_are_lower_case_words_with_inner_dashes() {
        for good in ["festivals", "street-art", "3d", "a"] {
            assert!(check_word("family", good).is_ok(), "{good}");
        }
        let cases = [
            ("Festivals", "did you mean `festivals`?"),
            ("street_art", "did you mean `street-art`?"),
            ("-art", "did you mean `art`?"),
            ("art-", "did you mean `art`?"),
            ("", "for example"),
            ("música", "for example"),
            ("--", "for example"),
        ];
        for (bad, hint) in cases {
            let failure = check_word("family", bad).expect_err(bad);
            assert_eq!(failure.code, exit::BAD_INPUT);
            let shown = &failure.diagnostics[0];
            assert!(shown.message.starts_with(&format!("the family `{bad}` may only contain")), "{bad}");
            assert!(shown.hints.iter().any(|h| h.starts_with(hint)), "{shown}");
        }
    }

    #[test]
    fn the_family_name_starts_from_the_family_in_words() {
        assert_eq!(family_name("street-art"), "Street art");
        assert_eq!(family_name("festivals"), "Festivals");
        assert_eq!(family_name("3d"), "3d");
    }

    #[test]
    fn toml_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(toml_string(r#"C:\sdk "x""#), r#""C:\\sdk \"x\"""#);
        assert_eq!(toml_string("a\tb"), r#""a\u0009b""#);
    }

    #[test]
    fn every_placeholder_is_filled_for_both_kinds_of_sdk_dependency() {
        for sdk in [sdk_dependency(None).expect("version"), sdk_dependency(Some(&sdk())).expect("path")] {
            let vars = [
                ("name", "n"),
                ("family", "f"),
                ("family_name", "F"),
                ("crate_ident", "n"),
                ("sdk_dependency", sdk.as_str()),
            ];
            for (file, template) in FILES {
                assert!(!render(template, &vars).contains("{{"), "{file} keeps a placeholder");
            }
        }
        assert_eq!(sdk_dependency(None).expect("vendored"), r#"informe-plugin = { path = "vendor/informe-plugin" }"#);
        let path = sdk_dependency(Some(&sdk())).expect("path");
        assert!(path.starts_with("informe-plugin = { path = \"") && !path.contains(".."), "{path}");
    }

    #[test]
    fn the_vendored_sdk_is_this_sdk_without_its_tests_and_with_a_standalone_manifest() {
        let files = sdk_files().expect("vendored");
        let names: Vec<String> = files.iter().map(|(path, _)| path.display().to_string()).collect();
        for wanted in ["vendor/informe-plugin/src/lib.rs", "vendor/informe-plugin/include/informe_plugin.h"] {
            assert!(names.iter().any(|n| n == wanted), "{wanted} not in {names:?}");
        }
        assert!(!names.iter().any(|n| n.starts_with("vendor/informe-plugin/tests/")), "{names:?}");
        let (_, manifest) = files.iter().find(|(path, _)| path.ends_with("Cargo.toml")).expect("manifest");
        let manifest: toml::Table = std::str::from_utf8(manifest).expect("utf-8").parse().expect("TOML");
        assert_eq!(manifest["package"]["version"].as_str(), Some(informe_plugin::SDK_VERSION));
        assert!(manifest.get("lints").is_none());
        // A dependency keeps the features the workspace gives it.
        assert_eq!(manifest["dependencies"]["serde_json"]["features"][0].as_str(), Some("float_roundtrip"));
    }

    #[test]
    fn a_manifest_the_workspace_cannot_complete_is_not_vendored() {
        let workspace =
            "[workspace.package]\nversion = \"1.0.0\"\n[workspace.dependencies]\nlocal = { path = \"x\" }\n";
        let sdk = "[package]\n# the version\nversion.workspace = true\n[dependencies]\n";
        assert_eq!(
            standalone_manifest(sdk, workspace).expect("complete"),
            "[package]\n# the version\nversion = \"1.0.0\"\n[dependencies]\n"
        );
        let missing = standalone_manifest(&format!("{sdk}serde.workspace = true\n"), workspace).expect_err("missing");
        assert!(missing.contains("gives no `serde` for the SDK's [dependencies]"), "{missing}");
        let local = standalone_manifest(&format!("{sdk}local.workspace = true\n"), workspace).expect_err("a path");
        assert!(local.contains("is a path inside informe's workspace"), "{local}");
    }

    #[test]
    fn an_enclosing_workspace_is_found_above_the_new_folder() {
        let inside = Path::new(env!("CARGO_MANIFEST_DIR")).join("new-plugin");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let found = enclosing_workspace(&inside).expect("the informe workspace");
        assert_eq!(fs::canonicalize(found).expect("found"), fs::canonicalize(root).expect("root"));
    }

    #[test]
    fn a_folder_that_is_not_the_sdk_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let failure = sdk_dependency(Some(dir.path())).expect_err("no Cargo.toml");
        assert_eq!(failure.code, exit::BAD_INPUT);
        assert!(
            failure.diagnostics[0].message.contains("cannot read its Cargo.toml"),
            "{}",
            failure.diagnostics[0].message
        );
        fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"other\"\n").expect("write");
        let failure = sdk_dependency(Some(dir.path())).expect_err("another crate");
        assert!(
            failure.diagnostics[0].message.contains("is not the one of the informe-plugin crate"),
            "{}",
            failure.diagnostics[0].message
        );
    }

    #[test]
    fn scaffolds_into_an_absent_or_empty_folder_and_never_over_files() {
        let root = tempfile::tempdir().expect("temp dir");
        let fresh = root.path().join("a/b/street-art");
        run(&args(&fresh, Some(sdk()))).expect("scaffolded");
        for (file, _) in FILES {
            assert!(fresh.join(file).is_file(), "{file} missing");
        }
        let manifest = fs::read_to_string(fresh.join("Cargo.toml")).expect("manifest");
        assert!(manifest.contains("name = \"informe-plugin-street-art\""), "{manifest}");
        let lib = fs::read_to_string(fresh.join("src/lib.rs")).expect("lib.rs");
        assert!(lib.contains("families: [\"street-art\"]"), "{lib}");

        let failure = run(&args(&fresh, None)).expect_err("not empty");
        assert_eq!(failure.code, exit::BAD_INPUT);
        assert!(
            failure.diagnostics[0].message.contains("the folder exists and is not empty"),
            "{}",
            failure.diagnostics[0].message
        );

        let empty = root.path().join("empty");
        fs::create_dir(&empty).expect("dir");
        run(&args(&empty, None)).expect("an empty folder is fine");

        let file = root.path().join("file");
        fs::write(&file, "").expect("file");
        let failure = run(&args(&file, None)).expect_err("a file");
        assert!(
            failure.diagnostics[0].message.contains("it exists and is not a folder"),
            "{}",
            failure.diagnostics[0].message
        );
    }
}
