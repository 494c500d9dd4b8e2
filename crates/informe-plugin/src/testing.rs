//! Helpers for plugin authors' unit tests: a [`Request`] from a report's JSON (in any locale), the
//! text of a [`Response`], and the completeness of a plugin's message catalogues.

use serde_json::Value;

use crate::catalog;
use crate::content::Block;
use crate::exchange::{Context, Request, Response};
use crate::format::Formatter;

/// The request the host would send for program `program_id` of the report `report_json`.
///
/// `report_json` is the text of a whole report file (for instance an `include_str!` of a fixture):
/// the context comes from its `country_code` (the country's name in the report's language, as the
/// host writes it; else its `country`), `period` and `language`, the program from the one with
/// this `id` in any measure's `programs`.
///
/// It panics with a clear message on malformed input, as a test wants: never call it from a
/// plugin's `process`.
///
/// ```
/// use informe_plugin::prelude::*;
/// use informe_plugin::testing::{paragraphs, request_for};
///
/// const REPORT: &str = r#"{
///     "country": "Chile",
///     "period": { "from": 2012, "to": 2015 },
///     "language": "en",
///     "measures": [
///         { "programs": [{ "id": "example", "name": "EXAMPLE", "family": "example", "data": { "projects": 7 } }] }
///     ]
/// }"#;
///
/// let request = request_for(REPORT, "example");
/// assert_eq!(request.context.country, "Chile");
/// assert_eq!(request.program.name, "EXAMPLE");
///
/// let mut response = Response::default();
/// response.sections.push(Section::new("Results").with(Block::Paragraph {
///     spans: vec![Span::plain("Chile profited from "), Span::strong("7"), Span::plain(" projects.")],
/// }));
/// assert_eq!(paragraphs(&response), ["Chile profited from 7 projects."]);
/// ```
///
/// # Panics
///
/// When the text is not JSON, a context field is missing or malformed, or no program has this id.
pub fn request_for(report_json: &str, program_id: &str) -> Request {
    let report: Value =
        serde_json::from_str(report_json).unwrap_or_else(|e| panic!("the report is not valid JSON: {e}"));
    let text = |key: &str| -> String {
        report[key].as_str().unwrap_or_else(|| panic!("the report has no string `{key}`")).to_owned()
    };
    let language = text("language");
    let country_code = report["country_code"].as_str().map(str::to_owned);
    let context = Context {
        country: country_name(&report, country_code.as_deref(), &language),
        country_code,
        period: serde_json::from_value(report["period"].clone())
            .unwrap_or_else(|e| panic!("the report's `period` is malformed: {e}")),
        source_language: language.clone(),
        language,
        locale: String::new(),
    };
    let program = report["measures"]
        .as_array()
        .expect("the report has no `measures` array")
        .iter()
        .flat_map(|m| m["programs"].as_array().expect("a measure has no `programs` array"))
        .find(|p| p["id"] == program_id)
        .unwrap_or_else(|| panic!("the report has no program with id `{program_id}`"))
        .clone();
    let program =
        serde_json::from_value(program).unwrap_or_else(|e| panic!("program `{program_id}` does not deserialize: {e}"));
    Request { abi_minor: crate::abi::ABI_MINOR, context, program }
}

/// The request of [`request_for`], for a report written in `locale` (BCP 47, e.g. `es-MX`): its
/// context's `locale`, and its `language` (`es`), as a host of that report sends them.
///
/// ```
/// use informe_plugin::testing::request_in;
///
/// const REPORT: &str = r#"{"country": "Peru", "country_code": "PE", "period": {"from": 2012, "to": 2015},
///     "language": "en", "measures": [{"programs": [{"id": "p", "name": "P", "family": "f"}]}]}"#;
/// let request = request_in(REPORT, "p", "es-PE");
/// assert_eq!((request.context.language.as_str(), request.context.locale()), ("es", "es-PE"));
/// assert_eq!(request.context.country, "Perú", "the country as the host names it, in the report's language");
/// ```
///
/// # Panics
///
/// As [`request_for`].
pub fn request_in(report_json: &str, program_id: &str, locale: &str) -> Request {
    let mut request = request_for(report_json, program_id);
    request.context.language = locale.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    request.context.locale = locale.to_owned();
    if let Some(name) = request.context.country_code.as_deref().and_then(|code| Formatter::new(locale).country(code)) {
        request.context.country = name;
    }
    request
}

/// The request for the one program `name` of `family` (id `p`) in a 2016–2019 report of the
/// party `country_code`, with the family `data` given as JSON text (none when `None`), in
/// `locale`: what a plugin's tests build to try the family on data of their own. The party is
/// named as the host names it, from its code, in the locale's language.
///
/// ```
/// use informe_plugin::testing::one_program;
///
/// let request = one_program("festivals", "IBERFESTIVALES", "PE", Some(r#"{"projects": 3}"#), "es");
/// assert_eq!((request.context.country.as_str(), request.program.id.as_str()), ("Perú", "p"));
/// assert_eq!(request.program.data["projects"], 3);
/// ```
///
/// # Panics
///
/// When `data` is not JSON, or `country_code` no code CLDR names.
pub fn one_program(family: &str, name: &str, country_code: &str, data: Option<&str>, locale: &str) -> Request {
    let mut program = serde_json::json!({ "id": "p", "name": name, "family": family });
    if let Some(data) = data {
        program["data"] =
            serde_json::from_str(data).unwrap_or_else(|err| panic!("the data is not JSON ({err}): {data}"));
    }
    let report = serde_json::json!({
        "country_code": country_code,
        "period": { "from": 2016, "to": 2019 },
        "language": "es",
        "measures": [{ "programs": [program] }],
    });
    request_in(&report.to_string(), "p", locale)
}

/// Each problem of `response` as its path and message, in order.
pub fn problems(response: &Response) -> Vec<(&str, &str)> {
    response.problems.iter().map(|p| (p.path.as_str(), p.message.as_str())).collect()
}

/// The country as a host names it: CLDR's name of its code in `language`, else the data's name.
fn country_name(report: &Value, code: Option<&str>, language: &str) -> String {
    code.and_then(|code| Formatter::new(language).country(code))
        .or_else(|| report["country"].as_str().map(str::to_owned))
        .unwrap_or_else(|| panic!("the report has neither a known `country_code` nor a `country`"))
}

/// Asserts that every catalogue of `sources` has exactly the messages of the English one, each
/// using the same variables (a translation may leave out `$country`, for languages that put an
/// article before a country's name, and `$count`, which only chooses a plural form), and that
/// every file parses.
///
/// Call it from a unit test with the plugin's own catalogues, so a message added in English and
/// forgotten in a translation (or a misspelt `$variable`) fails the tests, not the report:
///
/// ```should_panic
/// use informe_plugin::testing::assert_catalogues_complete;
///
/// assert_catalogues_complete(&[
///     ("en", "title = Projects\nsummary = { $country } took part.\n"),
///     ("es", "title = Proyectos\n"),
/// ]); // panics: `es` lacks the message `summary`
/// ```
///
/// # Panics
///
/// With one line per difference found.
pub fn assert_catalogues_complete(sources: &[(&str, &str)]) {
    let differences = catalog::differences(sources);
    assert!(
        differences.is_empty(),
        "the message catalogues differ from the English one:\n  {}",
        differences.join("\n  ")
    );
}

/// The plain text of every paragraph of every section, in order, each paragraph's spans concatenated.
pub fn paragraphs(response: &Response) -> Vec<String> {
    let blocks = response.sections.iter().flat_map(|s| &s.blocks);
    blocks
        .filter_map(|b| match b {
            Block::Paragraph { spans } => Some(spans.iter().map(|s| s.text.as_str()).collect()),
            _ => None,
        })
        .collect()
}

/// Asserts that a plugin's `data` schema is a 2020-12 JSON Schema declaring exactly the fields
/// `request` carries, each with a description, so editors offer and explain every field.
pub fn assert_schema_describes(schema: &Value, request: &Request) {
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "not a 2020-12 schema");
    let properties = schema["properties"].as_object().expect("the schema declares no `properties`");
    let mut expected: Vec<&String> = request.program.data.keys().collect();
    let mut declared: Vec<&String> = properties.keys().collect();
    expected.sort();
    declared.sort();
    assert_eq!(declared, expected, "the schema's fields differ from the data's");
    for (name, property) in properties {
        assert!(property["description"].is_string(), "`{name}` has no description");
    }
}

/// Asserts that a family plugin's `data` schema is a 2020-12 JSON Schema that refuses unknown
/// fields, requires none (a party reports what it has), declares each of `fields` (for instance
/// the keys of a fixture's `data`) and describes every field it declares.
///
/// # Panics
///
/// Naming the first field or keyword that is not so.
pub fn assert_family_schema<'a>(schema: &Value, fields: impl IntoIterator<Item = &'a str>) {
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "not a 2020-12 schema");
    assert_eq!(schema["additionalProperties"], false, "the schema lets unknown fields through");
    assert!(schema.get("required").is_none(), "a family's fields are all optional: {}", schema["required"]);
    let properties = schema["properties"].as_object().expect("the schema declares no `properties`");
    for field in fields {
        assert!(properties.contains_key(field), "`{field}` is not declared");
    }
    for (name, property) in properties {
        assert!(property["description"].is_string(), "`{name}` has no description");
    }
}
