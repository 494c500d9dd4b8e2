//! The JSON messages exchanged with the host: one [`Request`] in, one [`Response`] out.

use std::fmt;

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_path_to_error::Segment;

use crate::content::Section;
use crate::metric::Metric;
use crate::model::Period;
use crate::wire::Program;

/// What the host sends for each program.
///
/// Read leniently: a field a later host adds is ignored (see [`compat`](crate::compat)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The host's ABI minor, so a plugin knows which optional parts of the exchange the host
    /// understands (a response field, a kind of block); `0` from hosts before ABI 1.2, which did
    /// not send it and understand what ABI 1.1 defined.
    #[serde(default)]
    pub abi_minor: u16,
    pub context: Context,
    pub program: Program,
}

/// The report a program is processed for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// The reporting party's name in the report's language, e.g. `México` in a Spanish report:
    /// from CLDR's display name of `country_code` when the data gives one, else as the data
    /// names it. A plugin writes it where its sentences need the country, never a name of its own.
    pub country: String,
    /// ISO 3166-1 alpha-2 code of the reporting party, e.g. `MX`; absent from hosts of ABI 1.0
    /// and from data that gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// The reporting period of the whole report.
    pub period: Period,
    /// BCP 47 language the narrative must be written in, e.g. `en`.
    pub language: String,
    /// BCP 47 locale whose conventions figures and dates follow, e.g. `es-MX`: the language,
    /// with the region of the reporting country when known. Empty from hosts of ABI 1.0, in
    /// which case the language alone is the locale.
    #[serde(default)]
    pub locale: String,
    /// The language the data is written in, which a text of the data missing the report's
    /// language falls back to. Empty from hosts of ABI 1.0: the first language written is used.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_language: String,
}

impl Context {
    /// The locale to format with: `locale`, or the language when no locale was given.
    pub fn locale(&self) -> &str {
        if self.locale.is_empty() { &self.language } else { &self.locale }
    }
}

impl Request {
    /// Deserializes the family `data` object into the plugin's own type, as it is.
    ///
    /// On failure the problem names the offending path inside `data`, ready to return. Prefer
    /// [`validated`](Self::validated), which also writes the data's texts in the report's
    /// language and refuses fields the type does not declare.
    pub fn data<T: DeserializeOwned>(&self) -> Result<T, Problem> {
        deserialize(serde_json::Value::Object(self.program.data.clone()))
    }

    /// Parses `data` through the schema of `T`, then runs the plugin's own `check` on it.
    ///
    /// Every [`Text`](crate::Text) of the data is made plain in the report's language first (a
    /// text missing it falls back to the data's language, with a warning at its path), and a
    /// field `T`'s schema does not declare is an error with a did-you-mean hint.
    ///
    /// `Ok` holds the data and a response already carrying the warnings, to fill in. `Err` holds
    /// the response to return as it is: malformed data, or data `check` found an error in, is
    /// the user's to fix — a problem the host locates in the file — not a plugin failure.
    pub fn validated<T: DeserializeOwned + JsonSchema + 'static>(
        &self,
        check: impl FnOnce(&T) -> Vec<Problem>,
    ) -> Result<(T, Response), Response> {
        let mut value = serde_json::Value::Object(self.program.data.clone());
        let mut problems = crate::family::resolve(&mut value, &crate::family::schema_of::<T>(), &self.context);
        let rejected = |problems| Response { problems, ..Response::default() };
        if problems.iter().any(|p| p.severity == Severity::Error) {
            return Err(rejected(problems));
        }
        let data: T = match deserialize(value.clone()) {
            Ok(data) => data,
            Err(problem) => {
                // An error inside the flattened common data comes without its path: find it there.
                let located = if problem.path == "data" { crate::family::locate_in_common(&value) } else { None };
                problems.push(located.unwrap_or(problem));
                return Err(rejected(problems));
            }
        };
        problems.extend(check(&data));
        let response = rejected(problems);
        if response.has_errors() { Err(response) } else { Ok((data, response)) }
    }

    /// [`validated`](Self::validated) for a family plugin's data: the common part checked by
    /// [`family::check`](crate::family::check), then the family's own fields by
    /// [`FamilyData::check`](crate::family::FamilyData::check); `Ok` and `Err` as there.
    pub fn family_data<T: crate::family::FamilyData>(&self) -> Result<(T, Response), Response> {
        self.validated::<T>(|data| {
            let mut problems = crate::family::check(data.common(), &self.context);
            problems.extend(data.check(&self.context));
            problems
        })
    }

    /// Reads one field of `data`, for plugins that need only a few values.
    pub fn data_field<T: DeserializeOwned>(&self, key: &str) -> Result<T, PluginError> {
        let value = self.program.data.get(key).ok_or_else(|| PluginError::new(format!("`data.{key}` is missing")))?;
        serde_json::from_value(value.clone()).map_err(|err| PluginError::new(format!("`data.{key}`: {err}")))
    }
}

/// `data` as `T`, or the problem at the path inside `data` where it is not.
fn deserialize<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Problem> {
    serde_path_to_error::deserialize(&value).map_err(|err| {
        let mut segments: Vec<Segment> = err.path().iter().cloned().collect();
        let message = err.into_inner().to_string();
        // serde names `?` a key of a map it could not read as a string (an enum, a number), both
        // when the key is wrong and when its value is: find the key in the data by trial.
        let Some(unknown) = segments.iter().position(|s| matches!(s, Segment::Unknown)) else {
            return Problem::error(data_path(&segments), message);
        };
        let Some(key) = failing_key::<T>(&value, &segments[..unknown]) else {
            return Problem::error(data_path(&segments), message);
        };
        // The key itself is wrong when the error is last at it and quotes it, as serde quotes
        // what it could not read ("unknown variant `binacional`").
        let on_key = unknown + 1 == segments.len() && message.contains(&format!("`{key}`"));
        segments[unknown] = Segment::Map { key };
        let problem = Problem::error(data_path(&segments), message);
        if on_key { problem.on_key() } else { problem }
    })
}

/// The path inside the program of the value `segments` lead to from `data`.
fn data_path(segments: &[Segment]) -> String {
    use std::fmt::Write as _;
    let mut path = "data".to_owned();
    for segment in segments {
        // Writing to a String cannot fail.
        let _ = match segment {
            Segment::Seq { index } => write!(path, "[{index}]"),
            Segment::Map { key } | Segment::Enum { variant: key } => write!(path, ".{key}"),
            Segment::Unknown => write!(path, ".?"),
        };
    }
    path
}

/// The key of the map at `parent` under which `T` cannot be read: the first whose map, holding
/// it alone, fails there again. Only run on an error, so a good build never pays for it.
fn failing_key<T: DeserializeOwned>(value: &serde_json::Value, parent: &[Segment]) -> Option<String> {
    let map = walk(value, parent)?.as_object()?;
    map.keys().find_map(|key| {
        let mut alone = value.clone();
        let single = serde_json::Map::from_iter([(key.clone(), map[key].clone())]);
        *walk_mut(&mut alone, parent)? = serde_json::Value::Object(single);
        let err = serde_path_to_error::deserialize::<_, T>(&alone).err()?;
        let at = err.path().iter().nth(parent.len());
        matches!(at, Some(Segment::Unknown)).then(|| key.clone())
    })
}

fn walk<'v>(value: &'v serde_json::Value, segments: &[Segment]) -> Option<&'v serde_json::Value> {
    segments.iter().try_fold(value, |node, segment| match segment {
        Segment::Seq { index } => node.get(index),
        Segment::Map { key } | Segment::Enum { variant: key } => node.get(key),
        Segment::Unknown => None,
    })
}

fn walk_mut<'v>(value: &'v mut serde_json::Value, segments: &[Segment]) -> Option<&'v mut serde_json::Value> {
    segments.iter().try_fold(value, |node, segment| match segment {
        Segment::Seq { index } => node.get_mut(index),
        Segment::Map { key } | Segment::Enum { variant: key } => node.get_mut(key),
        Segment::Unknown => None,
    })
}

/// What a plugin answers for one program.
///
/// Read leniently by the host (a field a later SDK adds is ignored), then held to the output
/// contract: metric ids, currencies, what may feed an indicator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// Problems found in the program, chiefly in its family `data`.
    #[serde(default)]
    pub problems: Vec<Problem>,
    /// Narrative sections added to the program's chapter, in order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Typed figures derived from the program.
    #[serde(default)]
    pub metrics: Vec<Metric>,
    /// One sentence summing the program up, for the executive summary.
    #[serde(default)]
    pub summary: Option<String>,
    /// The family's name in the report's language ("Música", "Museums"), shown to readers
    /// instead of the family's id. Absent from plugins of ABI 1.0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
}

impl Response {
    /// Whether any problem is an error (the host then refuses to build the report).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The report cannot be built until it is fixed.
    Error,
    /// The report is built; the user is told.
    Warning,
}

/// A validation problem in a program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    /// Path inside the program, e.g. `data.sub_periods[1].period`.
    pub path: String,
    /// Lower-case, no trailing period.
    pub message: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// The problem is the key that ends `path` (a field or map key that may not be there), not
    /// its value: the host points at the key. Absent from SDKs before ABI 1.2.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_key: bool,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, path: path.into(), message: message.into(), hint: None, on_key: false }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(path, message) }
    }

    /// Points the problem at the key ending its path rather than at the key's value.
    pub fn on_key(mut self) -> Self {
        self.on_key = true;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// A plugin's clean refusal to process a program; the host reports it with the plugin's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluginError {
    pub error: String,
}

impl PluginError {
    pub fn new(message: impl Into<String>) -> Self {
        Self { error: message.into() }
    }
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.error)
    }
}

impl std::error::Error for PluginError {}

impl From<Problem> for PluginError {
    fn from(problem: Problem) -> Self {
        PluginError::new(format!("{}: {}", problem.path, problem.message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
    struct Data {
        projects: u64,
    }

    fn request(data: &str) -> Request {
        let report = format!(
            r#"{{"country": "Mexico", "period": {{"from": 2012, "to": 2015}}, "language": "en",
                "measures": [{{"programs": [{{"id": "p", "name": "P", "family": "f", "data": {data}}}]}}]}}"#
        );
        crate::testing::request_for(&report, "p")
    }

    fn check(data: &Data) -> Vec<Problem> {
        match data.projects {
            0 => vec![Problem::error("data.projects", "no projects")],
            1 => vec![Problem::warning("data.projects", "a single project")],
            _ => Vec::new(),
        }
    }

    #[test]
    fn validated_answers_bad_data_with_its_problems_and_keeps_warnings() {
        let rejected = request(r#"{"projects": "x"}"#).validated(check).expect_err("malformed");
        assert_eq!(rejected.problems[0].path, "data.projects");
        let rejected = request(r#"{"projects": 0}"#).validated(check).expect_err("invalid");
        assert_eq!(rejected.problems[0].message, "no projects");
        let (data, response) = request(r#"{"projects": 1}"#).validated(check).expect("valid");
        assert_eq!((data.projects, response.problems[0].severity), (1, Severity::Warning));
    }
}

#[cfg(test)]
mod keys {
    use std::collections::BTreeMap;

    use super::*;

    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "kebab-case")]
    enum Kind {
        Binational,
        Multinational,
    }

    #[derive(Debug, serde::Deserialize, schemars::JsonSchema)]
    struct Kinds {
        kinds: Vec<BTreeMap<Kind, u32>>,
    }

    #[test]
    fn a_map_key_serde_cannot_read_is_named_and_pointed_at() {
        let value = serde_json::json!({"kinds": [{}, {"binational": 2, "binacional": 3, "multinational": 1}]});
        let problem = deserialize::<Kinds>(value).expect_err("a bad key");
        assert_eq!(problem.path, "data.kinds[1].binacional");
        assert!(problem.on_key);
        assert!(problem.message.contains("unknown variant `binacional`"), "{}", problem.message);
    }

    #[test]
    fn a_bad_value_under_a_good_key_stays_at_the_value() {
        let value = serde_json::json!({"kinds": [{"multinational": 1, "binational": "two"}]});
        let problem = deserialize::<Kinds>(value).expect_err("a bad value");
        assert_eq!((problem.path.as_str(), problem.on_key), ("data.kinds[0].binational", false));
        let good = serde_json::json!({"kinds": [{"multinational": 1}]});
        assert_eq!(deserialize::<Kinds>(good).expect("reads").kinds[0][&Kind::Multinational], 1);
    }

    #[test]
    fn on_key_crosses_the_wire_only_when_set() {
        let plain = serde_json::to_value(Problem::error("data.x", "m")).expect("encodes");
        assert!(plain.get("on_key").is_none(), "older hosts read exactly what they read before");
        let keyed = serde_json::to_value(Problem::error("data.x", "m").on_key()).expect("encodes");
        assert_eq!(keyed["on_key"], true);
        let old: Problem =
            serde_json::from_str(r#"{"severity":"error","path":"data.x","message":"m"}"#).expect("reads");
        assert!(!old.on_key);
    }
}
