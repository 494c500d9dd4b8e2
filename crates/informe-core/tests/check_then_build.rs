//! Whatever `check` accepts, `build` renders: generated reports go through the core's pipeline as
//! `check` runs it (load, localize, plugins and assembly), and each one it accepts must then give a PDF
//! (PDF/A-2b + PDF/UA-1, the defaults) and a workbook — never a template failure from data.
//!
//! The reports are small but hostile: texts of random Unicode (CJK, emoji, control characters,
//! bidirectional overrides, combining marks, soft hyphens), any language tag, odd ids, years far
//! from now, amounts with too many decimals, counts near `u64::MAX`, sometimes hundreds of
//! programs or names of thousands of characters. Rendering takes a while, so the default case
//! count is small; `PROPTEST_CASES=N` runs more. With `INFORME_PROPERTY_PLUGINS=DIR` the plugins
//! of DIR (a cargo target folder such as `target/debug`) run too, on programs of their families.

use std::path::{Path, PathBuf};

use informe_core::diagnostic::Kind;
use informe_core::host::{Origin, Registry, SearchPath};
use informe_core::pipeline::{self, Data, Format, Plan, Request};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::{Value, json};

/// `n` cases, unless `PROPTEST_CASES` asks for another number.
fn cases(n: u32) -> ProptestConfig {
    let config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_some() { config } else { ProptestConfig { cases: n, ..config } }
}

/// The plugins `INFORME_PROPERTY_PLUGINS` names, loaded once; none without it.
fn registry() -> &'static Registry {
    static REGISTRY: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    REGISTRY.get_or_init(|| match std::env::var_os("INFORME_PROPERTY_PLUGINS") {
        Some(dir) => {
            let search = SearchPath { dirs: vec![(PathBuf::from(&dir), Origin::CargoTarget)], install: Vec::new() };
            let registry = Registry::load(&search).unwrap_or_else(|errors| panic!("plugins: {errors:?}"));
            assert!(!registry.plugins().is_empty(), "no plugins in {}", Path::new(&dir).display());
            registry
        }
        None => Registry::default(),
    })
}

/// A character a party might write: Latin letters, accents, Greek, Cyrillic, typography.
fn clean_character() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => prop::char::range('a', 'z'),
        2 => Just(' '),
        2 => prop::sample::select(vec!['é', 'ñ', 'ç', 'Ã', 'ß', 'Ω', 'Ж', 'ő', '€', '–', '“', '\u{a0}', '\u{202f}']),
        1 => prop::sample::select(vec!['#', '[', ']', '$', '*', '_', '\\', '"', '<', '`', '=', '@', '\n', '\t']),
    ]
}

/// Any character, with every kind of trouble well represented.
fn hostile_character() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => clean_character(),
        1 => prop::sample::select(vec!['文', '化', '한', 'ア', 'ع', 'א', 'ह', '😀', '🎵', '\u{1f1f2}']),
        1 => prop::sample::select(vec!['\0', '\u{1b}', '\u{7}', '\u{7f}', '\u{85}', '\r']),
        1 => prop::sample::select(vec!['\u{202e}', '\u{200d}', '\u{ad}', '\u{301}', '\u{fe0f}', '\u{2028}', '\u{feff}']),
        1 => any::<char>(),
    ]
}

fn short_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec(clean_character(), 1..24).prop_map(String::from_iter),
        1 => prop::collection::vec(hostile_character(), 1..24).prop_map(String::from_iter),
    ]
}

/// A text of the data: mostly short, sometimes one word of thousands of characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        20 => short_text(),
        1 => (990usize..1010).prop_map(|n| "x".repeat(n)),
        1 => Just("w".repeat(20_000)),
    ]
}

/// A name: short, now and then about the most a name may be (1,000 characters) or more.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![40 => short_text(), 1 => (990usize..1010).prop_map(|n| "x".repeat(n))]
}

/// A text as data writes it: plain, or by language (some the report's, some not).
fn data_text<S: Strategy<Value = String>>(words: impl Fn() -> S) -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => words().prop_map(Value::String),
        1 => (words(), words()).prop_map(|(en, other)| json!({"en": en, "es": other})),
        1 => words().prop_map(|zh| json!({"zh": zh})),
    ]
}

fn language() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["en", "es", "pt", "fr", "en", "es", "en", "fr", "pt-BR", "zh", "xx-YY"])
        .prop_map(str::to_owned)
}

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![24 => 2005..2030i32, 1 => Just(1899), 1 => Just(1900), 1 => Just(2096), 1 => Just(99_999), 1 => Just(-5)]
}

fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        16 => "[a-z][a-z0-9-]{0,12}",
        1 => short_text(),
        1 => (95usize..105).prop_map(|n| "i".repeat(n)),
    ]
}

fn amount() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => (0u64..10_000_000).prop_map(|n| n.to_string()),
        2 => (0u64..10_000_000, 0u32..30).prop_map(|(n, decimals)| format!("{n}.{}", "7".repeat(decimals as usize + 1))),
        1 => Just("79228162514264337593543950335".to_owned()),
    ]
}

fn count() -> impl Strategy<Value = u64> {
    prop_oneof![8 => 0u64..1000, 1 => (u64::MAX - 10)..=u64::MAX]
}

/// One program: of a family with a shipped plugin (`libraries`, whose data is common) or none.
fn program() -> impl Strategy<Value = Value> {
    (
        id(),
        name(),
        prop::sample::select(vec!["libraries", "film", "music"]),
        prop::option::of(data_text(text)),
        prop::collection::vec((amount(), prop::sample::select(vec!["USD", "EUR", "MXN"])), 0..3),
        prop::option::of(count()),
        prop::option::of(short_text()),
    )
        .prop_map(|(id, name, family, results, paid, stated, partner)| {
            let mut program = json!({"id": id, "name": name, "family": family});
            if let Some(results) = results {
                program["results_expected"] = results;
            }
            let paid: Vec<Value> = paid.into_iter().map(|(a, c)| json!({"amount": a, "currency": c})).collect();
            program["financial_resources"] = json!({"paid": paid});
            if let Some(count) = stated {
                program["metrics"] = json!([{"id": "projects", "label": {"en": "Projects", "es": "Proyectos"},
                    "count": count, "indicator": "beneficiary-projects"}]);
            }
            if family != "film" {
                let mut data = json!({"projects": 3});
                if let Some(partner) = partner {
                    data["partners"] = json!([{"name": partner}]);
                }
                program["data"] = data;
            }
            program
        })
}

/// A report of one or two measures, of a few programs or, now and then, hundreds.
fn report() -> impl Strategy<Value = (Value, Option<&'static str>)> {
    let programs = prop_oneof![24 => prop::collection::vec(program(), 0..5), 1 => program().prop_map(|p| {
        // Many programs, each its own id, so only their number matters.
        (0..650).map(|i| { let mut p = p.clone(); p["id"] = json!(format!("p{i}")); p }).collect::<Vec<_>>()
    })];
    (
        name(),
        year(),
        0..5i32,
        language(),
        prop::option::of(prop::sample::select(vec!["MX", "GH", "BR", "ZZ"])),
        prop::option::of(prop::sample::select(vec!["en", "es", "pt", "fr"])),
        data_text(name),
        prop::option::of(data_text(name)),
        programs,
        prop::collection::vec(program(), 0..2),
    )
        .prop_map(|(country, from, span, language, code, lang, measure, title, programs, second)| {
            let indicators = json!([{"id": "beneficiary-projects", "name": {"en": "Projects", "es": "Proyectos"}}]);
            let mut measures = vec![json!({"name": measure, "indicators": indicators, "programs": programs})];
            if !second.is_empty() {
                measures.push(json!({"name": "Second", "indicators": indicators, "programs": second}));
            }
            let mut report = json!({
                "country": country, "period": {"from": from, "to": from.saturating_add(span)},
                "language": language, "measures": measures,
            });
            if let Some(code) = code {
                report["country_code"] = json!(code);
            }
            if let Some(title) = title {
                report["title"] = title;
            }
            (report, lang)
        })
}

/// Runs `check`'s pipeline on `text`; when it accepts, renders what `build` renders and fails the
/// case on any error. Whether check accepted, for counting.
fn check_then_build(text: String, lang: Option<&str>) -> Result<bool, TestCaseError> {
    let mut request = Request::new(Data::Text { text, file: PathBuf::from("generated.json") });
    request.choice.lang = lang.map(str::to_owned);
    request.compile_timeout = std::time::Duration::from_secs(600);
    // A language informe has no words for is refused before the data is read, as `build` does.
    let Ok(plan) = Plan::new(request, registry()) else { return Ok(false) };
    let checked = pipeline::check(&plan, registry());
    if checked.failed() {
        if let Some(other) = checked.diagnostics.errors().find(|d| d.kind != Kind::Data) {
            return Err(TestCaseError::fail(format!("check failed without a data error: {other}")));
        }
        return Ok(false);
    }
    let ready = pipeline::prepare(&plan, registry())
        .map_err(|found| TestCaseError::fail(format!("check accepted, the build refused:\n{found}")))?;
    let report = &ready.loaded.report;
    let date = ready.prepared.document.meta.date.clone().unwrap_or_default();
    prop_assert!(date.contains(&report.period.to.to_string()), "dated {date}, not in {}", report.period.to);
    let rendered = ready.render(Format::Pdf);
    // Typst memoizes every compile; a run of thousands keeps what `batch` keeps, the last few.
    informe_core::render::trim_cache(2);
    if let Err(found) = rendered {
        return Err(TestCaseError::fail(format!("check accepted, the PDF failed:\n{found}")));
    }
    if let Err(found) = ready.render(Format::Ods) {
        return Err(TestCaseError::fail(format!("check accepted, the workbook failed:\n{found}")));
    }
    Ok(true)
}

/// No data that `check` accepts makes `build` fail; and enough of the generated data is
/// accepted for that to say something.
#[test]
fn whatever_check_accepts_build_renders() {
    // Failing cases are kept beside this file and replayed first, as proptest! does.
    let persistence = FileFailurePersistence::Direct("tests/check_then_build.proptest-regressions");
    let config = ProptestConfig { failure_persistence: Some(Box::new(persistence)), ..cases(64) };
    let total = config.cases;
    let mut runner = proptest::test_runner::TestRunner::new(config);
    let accepted = std::sync::atomic::AtomicU32::new(0);
    let tried = std::sync::atomic::AtomicU32::new(0);
    let started = std::time::Instant::now();
    let result = runner.run(&report(), |(report, lang)| {
        let n = tried.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        // A long run says how far it is; shrinking a failure tries many more cases.
        if n.is_multiple_of(1000) {
            let so_far = accepted.load(std::sync::atomic::Ordering::Relaxed);
            eprintln!("{n} cases tried, {so_far} accepted and built, {:.0?}", started.elapsed());
        }
        match check_then_build(serde_json::to_string_pretty(&report).expect("json"), lang) {
            Ok(true) => {
                accepted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Ok(())
            }
            Ok(false) => Ok(()),
            Err(failure) => {
                eprintln!("case {n} failed (shrinking follows): {failure}");
                Err(failure)
            }
        }
    });
    let accepted = accepted.into_inner();
    eprintln!(
        "{total} reports generated, {accepted} accepted by check and built, with {} plugins, in {:.1?}",
        registry().plugins().len(),
        started.elapsed()
    );
    if let Err(failure) = result {
        panic!("{failure}");
    }
    assert!(
        accepted >= total / 5,
        "only {accepted} of {total} generated reports passed check: the generator tests little"
    );
}
