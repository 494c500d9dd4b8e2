//! Property tests of data loading, the locator, money totals and qualifiers, on generated inputs.
//!
//! The bad-data corpus (`tests/data/errors`) pins what users see for known mistakes; these
//! properties cover the mistakes nobody wrote down: any bytes, any value in any place of the
//! fixture. Case counts are kept small so that `cargo test --workspace` stays quick; the fuzzer
//! (`crates/informe-core/fuzz`) runs the loader for as long as one wants.

use std::path::{Path, PathBuf};

use informe_core::aggregate;
use informe_core::data::load;
use informe_core::data::locate::Locator;
use informe_core::data::model::{Contribution, Measure, Program, Qualifier};
use informe_core::{Diagnostic, Diagnostics, LineCol};
use proptest::prelude::*;
use proptest::sample::Index;
use rust_decimal::Decimal;
use serde_json::Value;

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/mexico-2012-2015.json")
}

fn fixture() -> String {
    std::fs::read_to_string(fixture_path()).expect("read the shipped fixture")
}

/// `n` cases, unless `PROPTEST_CASES` asks for another number (e.g. a long run before a release).
fn cases(n: u32) -> ProptestConfig {
    let config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_some() { config } else { ProptestConfig { cases: n, ..config } }
}

// ---- Shared checks -------------------------------------------------------------------------------

/// The byte offset of `at` in `text`, failing unless `at` is a place in the text: a line of it,
/// and a column from the first character to one past the last (where a missing `}` would go).
fn offset_of(text: &str, at: LineCol) -> Result<usize, TestCaseError> {
    let lines: Vec<&str> = text.split('\n').collect();
    prop_assert!(at.line >= 1 && at.line <= lines.len(), "line {} of {}", at.line, lines.len());
    let line = lines[at.line - 1];
    let chars = line.chars().count();
    prop_assert!(at.col >= 1 && at.col <= chars + 1, "column {} of a {chars}-character line", at.col);
    let start: usize = lines[..at.line - 1].iter().map(|l| l.len() + 1).sum();
    Ok(start + line.char_indices().nth(at.col - 1).map_or(line.len(), |(i, _)| i))
}

/// What every answer of the loader must be: an accepted report has no error and survives being
/// written out and read again; a refusal has at least one error; every diagnostic names the file
/// and, when it has a position, points into the text (after a byte-order mark, which is invisible).
fn check_answer(answer: &Result<load::Loaded, Diagnostics>, bytes: &[u8], file: &Path) -> Result<(), TestCaseError> {
    let lossy = String::from_utf8_lossy(bytes);
    let body = lossy.strip_prefix('\u{feff}').unwrap_or(&lossy);
    let diagnostics = match answer {
        Ok(loaded) => {
            prop_assert!(!loaded.warnings.has_errors(), "accepted with errors: {}", loaded.warnings);
            prop_assert_eq!(loaded.text.as_bytes(), bytes, "the loaded text is the file's");
            let json = serde_json::to_string_pretty(&loaded.report).expect("an accepted report serialises");
            match load::parse(json, file) {
                Ok(again) => {
                    let (a, b) = (serde_json::to_value(&again.report), serde_json::to_value(&loaded.report));
                    prop_assert!(a.expect("value") == b.expect("value"), "changed once written out");
                }
                Err(refused) => return Err(TestCaseError::fail(format!("refused once written out: {refused}"))),
            }
            &loaded.warnings
        }
        Err(diagnostics) => {
            prop_assert!(diagnostics.has_errors(), "refused without an error: {diagnostics:?}");
            diagnostics
        }
    };
    for d in &diagnostics.0 {
        prop_assert_eq!(d.file.as_deref(), Some(file));
        prop_assert!(!d.message.trim().is_empty());
        if let Some(at) = d.position {
            offset_of(body, at)?;
        }
    }
    Ok(())
}

// ---- Any bytes -----------------------------------------------------------------------------------

/// An edit of a byte string: overwrite, insert or delete at a position.
#[derive(Debug, Clone)]
enum Edit {
    Set(Index, u8),
    Insert(Index, u8),
    Delete(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to JSON and UTF-8 more often than others.
    let byte = prop_oneof![
        3 => prop::sample::select(b"{}[]:,\"\\0123456789.-eE \n\ttfn\xef\xbb\xbf\xc3\xa9\xff".to_vec()),
        1 => any::<u8>(),
    ];
    prop_oneof![
        (any::<Index>(), byte.clone()).prop_map(|(i, b)| Edit::Set(i, b)),
        (any::<Index>(), byte).prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<Index>().prop_map(Edit::Delete),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len();
        match *edit {
            _ if len == 0 => bytes.push(b'{'),
            Edit::Set(i, b) => bytes[i.index(len)] = b,
            Edit::Insert(i, b) => bytes.insert(i.index(len + 1), b),
            Edit::Delete(i) => {
                bytes.remove(i.index(len));
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(cases(256))]

    /// Arbitrary bytes never panic the loader, and its answer keeps the invariants of `check_answer`.
    #[test]
    fn any_bytes_get_a_report_or_located_errors(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let file = Path::new("any.json");
        check_answer(&load::parse_bytes(bytes.clone(), file), &bytes, file)?;
    }
}

proptest! {
    #![proptest_config(cases(96))]

    /// The fixture with a few bytes changed: mostly broken JSON, in every place of a real file.
    #[test]
    fn edited_fixture_bytes_get_a_report_or_located_errors(edits in prop::collection::vec(edit(), 1..4)) {
        let bytes = apply(fixture().into_bytes(), &edits);
        let file = Path::new("edited.json");
        check_answer(&load::parse_bytes(bytes.clone(), file), &bytes, file)?;
    }
}

// ---- The fixture with one value replaced ---------------------------------------------------------

/// One step of a JSON path as the diagnostics write it (`measures[0].programs[2].id`).
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// The steps of a diagnostic's path; the keys of the fixture and of generated values are plain
/// words, so splitting on `.` and `[` is unambiguous here.
fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Step::Key(key.to_owned()));
        }
        for index in pieces {
            out.push(Step::Index(
                index.trim_end_matches(']').parse().unwrap_or_else(|_| panic!("an index in `{path}`")),
            ));
        }
    }
    out
}

fn get<'v>(value: &'v Value, steps: &[Step]) -> Option<&'v Value> {
    steps.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

fn get_mut<'v>(value: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    steps.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(i),
    })
}

/// Every place of `value`, root excluded, as steps.
fn places(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    let children: Vec<(Step, &Value)> = match value {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (Step::Index(i), v)).collect(),
        _ => Vec::new(),
    };
    for (step, child) in children {
        at.push(step);
        out.push(at.clone());
        places(child, at, out);
        at.pop();
    }
}

/// JSON values that hit the format's checks: its own field names and words, amounts written in the
/// ways spreadsheets write them, currency codes right and wrong, years near and far, and the
/// largest amount a decimal holds.
fn json_value() -> impl Strategy<Value = Value> {
    let word = prop::sample::select(vec![
        "country",
        "period",
        "from",
        "to",
        "language",
        "measures",
        "name",
        "programs",
        "id",
        "family",
        "paid",
        "received",
        "amount",
        "currency",
        "qualifier",
        "footnote",
        "footnotes",
        "text",
        "data",
        "scope",
        "nature",
        "indicators",
        "financial_resources",
        "x",
    ]);
    let text = prop_oneof![
        prop::sample::select(vec![
            "",
            " ",
            "en",
            "USD",
            "usd",
            "EUR",
            "XYZ",
            "480000",
            "560229.00",
            "4,5",
            "330,000",
            "4.8e5",
            "-5",
            "-0",
            "1.",
            ".5",
            "0.0000000000000000000000000001",
            "79228162514264337593543950335",
            "exact",
            "approximately",
            "more-than",
            "at-least",
            "international",
            "financial",
            "music",
            "annual-fee",
            "ñandú",
        ])
        .prop_map(str::to_owned),
        "[ -~]{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(vec![0i64, 1, 2011, 2012, 2015, 2016, -1, i64::from(i32::MAX) + 1, i64::MIN])
            .prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text.prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((word.clone(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

/// What to do at the chosen place of the fixture.
#[derive(Debug, Clone)]
enum Change {
    Replace(Value),
    /// Remove it: an object member or a list item.
    Remove,
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![4 => json_value().prop_map(Change::Replace), 1 => Just(Change::Remove)]
}

proptest! {
    #![proptest_config(cases(192))]

    /// The fixture with one value replaced or removed is accepted, or refused with errors each
    /// pointing at the start of its path's value (or key) in the file; an accepted one can be totalled.
    #[test]
    fn fixture_with_one_value_changed_gets_a_report_or_located_errors(place in any::<Index>(), change in change()) {
        let mut document: Value = serde_json::from_str(&fixture()).expect("the fixture is JSON");
        let mut all = Vec::new();
        places(&document, &mut Vec::new(), &mut all);
        let steps_to = &all[place.index(all.len())];
        let (last, parent) = steps_to.split_last().expect("not the root");
        match change {
            Change::Replace(value) => *get_mut(&mut document, steps_to).expect("the place exists") = value,
            Change::Remove => match (get_mut(&mut document, parent).expect("the parent exists"), last) {
                (Value::Object(map), Step::Key(key)) => {
                    map.remove(key);
                }
                (Value::Array(items), Step::Index(i)) => {
                    items.remove(*i);
                }
                _ => unreachable!("a step matches its container"),
            },
        }
        let text = serde_json::to_string_pretty(&document).expect("serialise");
        let file = Path::new("changed.json");
        let answer = load::parse(text.clone(), file);
        check_answer(&answer, text.as_bytes(), file)?;
        let diagnostics = match &answer {
            Ok(loaded) => {
                for measure in &loaded.report.measures {
                    aggregate::totals(measure);
                }
                &loaded.warnings
            }
            Err(diagnostics) => diagnostics,
        };
        for d in &diagnostics.0 {
            check_points_at_its_path(d, &text, &document)?;
        }
    }
}

/// Amounts anywhere in a decimal's range, small ones more often, written as plain decimals.
fn amount_text() -> impl Strategy<Value = String> {
    let huge = (any::<u32>(), any::<u32>(), any::<u32>(), 0u32..=28)
        .prop_map(|(lo, mid, hi, scale)| Decimal::from_parts(lo, mid, hi, false, scale));
    let small = (any::<u32>(), 0u32..=4).prop_map(|(n, scale)| Decimal::new(i64::from(n), scale));
    prop_oneof![small, huge].prop_map(|d| d.to_string())
}

proptest! {
    #![proptest_config(cases(128))]

    /// Every amount of the fixture replaced by one of any size: the report is refused at an amount
    /// whose sum would not fit a decimal, or accepted and then totalled without a panic.
    #[test]
    fn amounts_of_any_size_are_totalled_or_refused(amounts in prop::collection::vec(amount_text(), 16)) {
        let mut document: Value = serde_json::from_str(&fixture()).expect("the fixture is JSON");
        let mut amounts = amounts.into_iter().cycle();
        for program in document["measures"][0]["programs"].as_array_mut().expect("programs") {
            for list in ["paid", "received"] {
                for entry in program["financial_resources"][list].as_array_mut().expect("a list") {
                    entry["amount"] = Value::String(amounts.next().expect("cycles"));
                }
            }
        }
        let text = serde_json::to_string_pretty(&document).expect("serialise");
        match load::parse(text, Path::new("amounts.json")) {
            Ok(loaded) => {
                for measure in &loaded.report.measures {
                    aggregate::totals(measure);
                }
            }
            Err(errors) => {
                for e in errors.errors() {
                    prop_assert!(e.path.as_deref().is_some_and(|p| p.ends_with(".amount")), "{}", e);
                    prop_assert!(e.message.contains("add up to more than"), "{}", e);
                }
            }
        }
    }
}

/// A diagnostic of a well-formed file names a path that exists in it, and its position is where
/// that value (or, for a problem of a name, that key) is written.
fn check_points_at_its_path(d: &Diagnostic, text: &str, document: &Value) -> Result<(), TestCaseError> {
    let Some(path) = &d.path else { return Ok(()) };
    let steps = steps(path);
    let value = get(document, &steps);
    prop_assert!(value.is_some(), "`{path}` is not in the file: {d}");
    let at = d.position.ok_or_else(|| TestCaseError::fail(format!("no position: {d}")))?;
    let rest = &text[offset_of(text, at)?..];
    let read = serde_json::Deserializer::from_str(rest).into_iter::<Value>().next().and_then(Result::ok);
    let is_value = read.as_ref() == value;
    let is_key = matches!((&read, steps.last()), (Some(Value::String(s)), Some(Step::Key(k))) if s == k);
    prop_assert!(is_value || is_key, "{d}\npoints at {:?}", rest.chars().take(40).collect::<String>());
    Ok(())
}

// ---- Money totals --------------------------------------------------------------------------------

const SCALE: u32 = 4;

fn contribution() -> impl Strategy<Value = Contribution> {
    let qualifier =
        prop::sample::select(vec![Qualifier::Exact, Qualifier::Approximately, Qualifier::MoreThan, Qualifier::AtLeast]);
    (0i64..1_000_000_000_000, 0..=SCALE, prop::sample::select(vec!["USD", "EUR", "MXN"]), qualifier).prop_map(
        |(mantissa, scale, currency, qualifier)| {
            let amount = Decimal::new(mantissa, scale).to_string();
            let json = serde_json::json!({"amount": amount, "currency": currency, "qualifier": qualifier});
            serde_json::from_value(json).expect("a contribution")
        },
    )
}

/// A program of the music family with these contributions; built from JSON, as a file would be,
/// so that fields added to the format later need no change here.
fn program(n: usize, paid: Vec<Contribution>, received: Vec<Contribution>) -> Program {
    serde_json::from_value(serde_json::json!({
        "id": format!("p{n}"), "name": format!("Program {n}"), "family": "music",
        "financial_resources": {"paid": paid, "received": received},
    }))
    .expect("a program")
}

fn measure(programs: Vec<Program>) -> Measure {
    serde_json::from_value(serde_json::json!({"name": "m", "programs": programs})).expect("a measure")
}

/// Programs, and the same programs in another order.
fn programs_twice() -> impl Strategy<Value = (Vec<Program>, Vec<Program>)> {
    let one = (prop::collection::vec(contribution(), 0..4), prop::collection::vec(contribution(), 0..3));
    prop::collection::vec(one, 0..6)
        .prop_map(|lists| {
            lists.into_iter().enumerate().map(|(n, (paid, received))| program(n, paid, received)).collect()
        })
        .prop_flat_map(|programs: Vec<Program>| (Just(programs.clone()), Just(programs).prop_shuffle()))
}

/// The expected totals, worked out apart from `aggregate`: integers at a common scale, and the
/// qualifier as the strongest of the parts (approximately > more than > at least > exact).
fn expected(entries: &[&Contribution]) -> Vec<(String, Decimal, Qualifier, usize)> {
    let rank = |q: Qualifier| {
        [Qualifier::Exact, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::Approximately]
            .iter()
            .position(|&r| r == q)
            .expect("every qualifier is ranked")
    };
    let mut currencies: Vec<&str> = entries.iter().map(|c| c.currency.as_str()).collect();
    currencies.sort_unstable();
    currencies.dedup();
    currencies
        .into_iter()
        .map(|currency| {
            let parts: Vec<_> = entries.iter().filter(|c| c.currency == currency).collect();
            let sum: i128 = parts.iter().map(|c| c.amount.mantissa() * 10i128.pow(SCALE - c.amount.scale())).sum();
            let qualifier = parts.iter().map(|c| c.qualifier).max_by_key(|&q| rank(q)).unwrap_or_default();
            (currency.to_owned(), Decimal::from_i128_with_scale(sum, SCALE), qualifier, parts.len())
        })
        .collect()
}

proptest! {
    #![proptest_config(cases(128))]

    /// Totals are per currency, in code order, the exact decimal sum with the strongest qualifier,
    /// and the same whatever the order of the programs.
    #[test]
    fn totals_are_exact_per_currency_sums_independent_of_order((programs, shuffled) in programs_twice()) {
        let paid: Vec<&Contribution> = programs.iter().flat_map(|p| &p.financial_resources.paid).collect();
        let received: Vec<&Contribution> = programs.iter().flat_map(|p| &p.financial_resources.received).collect();
        let totals = aggregate::totals(&measure(programs.clone()));
        let as_tuples = |totals: &[aggregate::Total]| -> Vec<(String, Decimal, Qualifier, usize)> {
            totals.iter().map(|t| (t.currency.clone(), t.amount, t.qualifier, t.parts)).collect()
        };
        prop_assert_eq!(as_tuples(&totals.paid), expected(&paid));
        prop_assert_eq!(as_tuples(&totals.received), expected(&received));
        prop_assert_eq!(aggregate::totals(&measure(shuffled)), totals);
    }

    /// Combining qualifiers in any order gives one answer, so a total's qualifier does not
    /// depend on the order of the programs or of their amounts.
    #[test]
    fn combined_qualifier_ignores_order(
        (qualifiers, shuffled) in prop::collection::vec(any_qualifier(), 0..8)
            .prop_flat_map(|q| (Just(q.clone()), Just(q).prop_shuffle()))
    ) {
        let fold = |qs: &[Qualifier]| qs.iter().fold(Qualifier::Exact, |acc, &q| acc.combine(q));
        prop_assert_eq!(fold(&qualifiers), fold(&shuffled));
    }
}

fn any_qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(vec![Qualifier::Exact, Qualifier::Approximately, Qualifier::MoreThan, Qualifier::AtLeast])
}

/// The laws `combine` is designed to have (it takes the strongest of two qualifiers), over all
/// 64 triples: four values are few enough to check every case rather than sample them.
#[test]
fn qualifier_combination_is_a_commutative_monoid() {
    use Qualifier::*;
    let all = [Exact, Approximately, MoreThan, AtLeast];
    for a in all {
        assert_eq!(a.combine(Exact), a, "exact is neutral");
        assert_eq!(a.combine(a), a, "idempotent");
        assert_eq!(a.combine(Approximately), Approximately, "approximate absorbs");
        for b in all {
            assert_eq!(a.combine(b), b.combine(a), "commutative: {a:?} {b:?}");
            for c in all {
                assert_eq!(a.combine(b).combine(c), a.combine(b.combine(c)), "associative: {a:?} {b:?} {c:?}");
            }
        }
    }
}

// ---- The locator ---------------------------------------------------------------------------------

/// JSON documents with keys the path syntax can spell, and text with multi-byte characters and
/// escapes, where counting columns in bytes instead of characters would show.
fn document() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        r#"[a-zñ€😀 "\\\n\t]{0,8}"#.prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-zé_]{1,6}", inner, 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Every path of `value` as the diagnostics write it, with the key it ends in and the value there.
fn paths<'v>(
    value: &'v Value,
    path: String,
    key: Option<&'v str>,
    out: &mut Vec<(String, Option<&'v str>, &'v Value)>,
) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                paths(v, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, Some(k), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                paths(v, format!("{path}[{i}]"), None, out);
            }
        }
        _ => {}
    }
    out.push((path, key, value));
}

proptest! {
    #![proptest_config(cases(128))]

    /// The locator finds every value of a document where it is written: reading JSON from the
    /// position it gives yields that very value, and `locate_key` gives the member's key.
    #[test]
    fn locator_finds_every_path(document in document(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&document) } else { serde_json::to_string(&document) }
            .expect("serialise");
        // As written: serde_json may read a float back one unit in the last place off.
        let document: Value = serde_json::from_str(&text).expect("reads back");
        let locator = Locator::new(&text);
        let mut all = Vec::new();
        paths(&document, String::new(), None, &mut all);
        for (path, key, value) in all {
            let at = locator.locate(&path).ok_or_else(|| TestCaseError::fail(format!("`{path}` not found")))?;
            let rest = &text[offset_of(&text, at)?..];
            let read = serde_json::Deserializer::from_str(rest).into_iter::<Value>().next().and_then(Result::ok);
            prop_assert_eq!(read.as_ref(), Some(value), "`{}` at {:?}", path, at);
            prop_assert_eq!(locator.string_at(&path), value.as_str(), "string at `{}`", path);
            if let Some(key) = key {
                let at = locator.locate_key(&path).ok_or_else(|| TestCaseError::fail(format!("key of `{path}`")))?;
                let rest = &text[offset_of(&text, at)?..];
                let read = serde_json::Deserializer::from_str(rest).into_iter::<String>().next().and_then(Result::ok);
                prop_assert_eq!(read.as_deref(), Some(key), "key of `{}` at {:?}", path, at);
            }
        }
    }
}
