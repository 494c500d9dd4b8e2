//! Reports assembled from several files: the main file's `include` resolved and read, each part
//! parsed and checked in its own file, and where each measure of the merged report was written.
//!
//! A national coordination writes the report-level sections; agencies contribute measure files.
//! Every diagnostic must still name the file and line the author can open, so the merged report
//! keeps, for each measure, the file it came from and its index there ([`Origins`]).

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::data::load::{self, located_duplicates};
use crate::data::locate::Locator;
use crate::data::model::{Measure, Report};
use crate::diagnostic::Diagnostic;

/// A part as read: the file as diagnostics name it (the main file's folder joined with the
/// entry, so it reads as the author wrote it) and its text.
#[derive(Debug, Clone)]
pub struct Part {
    pub file: PathBuf,
    pub text: String,
}

/// The lists of measures a report holds, in the order of [`Report::all_measures`]: the party's,
/// those of civil society organizations and those on transversal issues (2020 form). A part may
/// contribute to each.
pub const LISTS: [&str; 3] = ["measures", "civil_society_measures", "transversal_issues"];

/// Measures by list of [`LISTS`].
type Lists = [Vec<Measure>; 3];

/// The lists of measures of `report`, by name, in the order of [`LISTS`].
fn lists_mut(report: &mut Report) -> [&mut Vec<Measure>; 3] {
    [&mut report.measures, &mut report.civil_society_measures, &mut report.transversal_issues]
}

/// The parts of a report and the file each of its measures was written in.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    /// The parts, in the order of the main file's `include`.
    pub parts: Vec<Part>,
    /// For each list of [`LISTS`], for each of its measures in the merged report: the part it
    /// came from (its index in `parts`) and its index in that part's list; `None` for the main
    /// file's own.
    lists: [Vec<Option<(usize, usize)>>; 3],
    /// Once programs are selected (an institution reports on some), for each remaining measure of
    /// `measures`, the index each of its programs had before, as `(measure, program)`: later
    /// diagnostics speak of the selected report, the files of the whole one.
    selected: Option<Vec<Vec<(usize, usize)>>>,
}

impl Origins {
    /// Which file `path` (a JSON path of the merged report) is in, `0` for the main file and
    /// `i + 1` for part `i`, and the path there.
    pub fn place(&self, path: &str) -> (usize, String) {
        let unselected = self.unselect(path);
        let path = unselected.as_deref().unwrap_or(path);
        let Some((list, index, rest)) = measure_index(path) else { return (0, path.to_owned()) };
        match self.lists[list].get(index) {
            Some(Some((part, local))) => (part + 1, format!("{}[{local}]{rest}", LISTS[list])),
            _ => (0, path.to_owned()),
        }
    }

    /// Records a selection of programs: `kept` holds, for each measure of `measures` left, the
    /// `(measure, program)` index each of its programs had before.
    pub fn select(&mut self, kept: Vec<Vec<(usize, usize)>>) {
        // A second selection selects from the first: compose them.
        let kept = match &self.selected {
            Some(before) => kept.iter().map(|programs| programs.iter().map(|&(m, p)| before[m][p]).collect()).collect(),
            None => kept,
        };
        self.selected = Some(kept);
    }

    /// `path` of the selected report as a path of the report before the selection, when it names
    /// a measure of `measures` (and a program of it).
    fn unselect(&self, path: &str) -> Option<String> {
        let selected = self.selected.as_ref()?;
        let (0, m, rest) = measure_index(path)? else { return None };
        let programs = selected.get(m)?;
        if let Some(after) = rest.strip_prefix(".programs[")
            && let Some(close) = after.find(']')
            && let Ok(p) = after[..close].parse::<usize>()
        {
            let (m, p) = *programs.get(p)?;
            return Some(format!("measures[{m}].programs[{p}]{}", &after[close + 1..]));
        }
        // A measure keeps at least one program, and all of its programs come from one measure.
        let (m, _) = *programs.first()?;
        Some(format!("measures[{m}]{rest}"))
    }

    /// The file of `place(…).0`: `main` or a part's.
    pub fn file<'a>(&'a self, index: usize, main: &'a Path) -> &'a Path {
        index.checked_sub(1).and_then(|i| self.parts.get(i)).map_or(main, |part| part.file.as_path())
    }
}

/// `LIST[N]…` split into the list (its index in [`LISTS`]), `N` and what follows.
fn measure_index(path: &str) -> Option<(usize, usize, &str)> {
    let (list, rest) =
        LISTS.iter().enumerate().find_map(|(i, name)| Some((i, path.strip_prefix(name)?.strip_prefix('[')?)))?;
    let close = rest.find(']')?;
    Some((list, rest[..close].parse().ok()?, &rest[close + 1..]))
}

/// The parts of `report` (its `include`, written in `main`) read, parsed and merged: their
/// measures appended to the report's own, in order, and `include` emptied, so the merged report
/// is the one a single file holding every measure gives.
///
/// Returns where each measure came from and every problem found, located in its file: an entry
/// that cannot name a part (in the main file, at `include[i]`), a part's syntax, shape and
/// repeated keys, a whole report of another party, period, form or language. When any is an
/// error the report is left unmerged.
pub fn assemble(report: &mut Report, main: &Path, main_locator: &Locator<'_>) -> (Origins, Vec<Diagnostic>) {
    let own = lists_mut(report).map(|list| vec![None; list.len()]);
    let mut origins = Origins { parts: Vec::new(), lists: own, selected: None };
    let mut found = Vec::new();
    let mut contributed: Lists = Default::default();
    // The main file, then each part read so far: a file named twice would count its measures twice.
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    if let Ok(real) = main.canonicalize() {
        seen.push((real, "the main file itself".to_owned()));
    }
    for (i, entry) in std::mem::take(&mut report.include).iter().enumerate() {
        let at = format!("include[{i}]");
        let entry_error = |message: String, hint: &str| Diagnostic {
            file: Some(main.to_path_buf()),
            position: main_locator.locate(&at),
            ..Diagnostic::error(message).at_path(&at).with_hint(hint)
        };
        let (shown, real) = match resolve(main, entry) {
            Ok(resolved) => resolved,
            Err(refusal) => {
                found.push(entry_error(
                    refusal,
                    "name a part by its path relative to the main file's folder, inside it",
                ));
                continue;
            }
        };
        if let Some((_, first)) = seen.iter().find(|(file, _)| *file == real) {
            found.push(entry_error(format!("`{entry}` names {first}"), "include each part once"));
            continue;
        }
        seen.push((real.clone(), format!("the same file as `{at}`")));
        let bytes = match load::read_limited(&real) {
            Ok(bytes) => bytes,
            Err(err) => {
                let reason = match err {
                    load::ReadError::Io(err) => err.to_string(),
                    too_large => too_large.to_string(),
                };
                let message = format!("cannot read the part {}: {reason}", shown.display());
                found.push(entry_error(message, "check the path, relative to the main file's folder"));
                continue;
            }
        };
        let text = match load::decode(bytes, &shown) {
            Ok(text) => text,
            Err(refusal) => {
                // Not UTF-8: a problem of the part's bytes, located in the part.
                found.extend(refusal.0);
                continue;
            }
        };
        let part_found = match read_part(&text, report) {
            Ok((part_lists, warnings)) => {
                let part = origins.parts.len();
                for ((from, merged), measures) in origins.lists.iter_mut().zip(&mut contributed).zip(part_lists) {
                    from.extend((0..measures.len()).map(|m| Some((part, m))));
                    merged.extend(measures);
                }
                warnings
            }
            Err(problems) => problems,
        };
        found.extend(part_found.into_iter().map(|d| Diagnostic { file: Some(shown.clone()), ..d }));
        origins.parts.push(Part { file: shown, text });
    }
    if !found.iter().any(Diagnostic::is_error) {
        for (list, measures) in lists_mut(report).into_iter().zip(contributed) {
            list.extend(measures);
        }
    }
    (origins, found)
}

/// A part holding measures alone, in any of the lists of [`LISTS`] (and optionally the `$schema`
/// an editor validates it with).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasuresPart {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    #[serde(default)]
    measures: Vec<Measure>,
    #[serde(default)]
    civil_society_measures: Vec<Measure>,
    #[serde(default)]
    transversal_issues: Vec<Measure>,
}

/// The fields that make a part a whole report, whose identity must agree with the main file's.
const WHOLE_REPORT_KEYS: [&str; 3] = ["country", "period", "language"];

/// The fields of a whole report that name it (compared with the main file's) or that it
/// contributes (its measures): never warned about as left out.
const TAKEN_KEYS: [&str; 6] = ["country", "country_code", "period", "form", "language", "include"];

/// The measures of a part's text, by list of [`LISTS`], with its warnings; or its problems,
/// located in its text (the caller names the file). `main` is the report the part belongs to.
fn read_part(text: &str, main: &Report) -> Result<(Lists, Vec<Diagnostic>), Vec<Diagnostic>> {
    let body = load::without_bom(text);
    let locator = Locator::new(body);
    let keys: Vec<&str> = match locator.tree() {
        Some(jsonc_parser::ast::Value::Object(root)) => root.properties.iter().map(|p| p.name.as_str()).collect(),
        _ => Vec::new(),
    };
    if keys.contains(&"include") {
        // Said plainly rather than as an unknown field: nesting is refused by design, one level
        // of parts keeps every file of the report listed in one place and cycles impossible.
        return Err(vec![Diagnostic {
            position: locator.locate_key("include"),
            ..Diagnostic::error("a part cannot include further parts")
                .at_path("include")
                .with_hint("list every part in the main file's `include`")
        }]);
    }
    let mut found = located_duplicates(body, &locator);
    let measures = if keys.iter().any(|key| WHOLE_REPORT_KEYS.contains(key)) {
        let whole: Report = load::parse_text(body)?;
        found.extend(disagreements(&whole, main, &locator));
        found.extend(left_out(&keys, body, &locator));
        [whole.measures, whole.civil_society_measures, whole.transversal_issues]
    } else {
        let part: MeasuresPart = load::parse_text(body)?;
        [part.measures, part.civil_society_measures, part.transversal_issues]
    };
    if found.iter().any(Diagnostic::is_error) { Err(found) } else { Ok((measures, found)) }
}

/// Where a whole report given as a part names another report than the main file's: each an
/// error at the part's field, naming the main file's value.
fn disagreements(part: &Report, main: &Report, locator: &Locator<'_>) -> Vec<Diagnostic> {
    let shown = |value: Option<&str>| value.map_or_else(|| "absent".to_owned(), |v| format!("`{v}`"));
    let form = |report: &Report| serde_json::to_value(report.form).ok().and_then(|v| v.as_str().map(str::to_owned));
    let compared = [
        ("country", Some(part.country.clone()), Some(main.country.clone())),
        ("country_code", part.country_code.clone(), main.country_code.clone()),
        ("period", Some(part.period.to_string()), Some(main.period.to_string())),
        ("form", form(part), form(main)),
        ("language", Some(part.language.clone()), Some(main.language.clone())),
    ];
    compared
        .into_iter()
        .filter(|(_, part, main)| part != main)
        .map(|(field, part, main)| Diagnostic {
            position: locator.locate(field),
            ..Diagnostic::error(format!(
                "the part's `{field}` is {}, but the main file's is {}",
                shown(part.as_deref()),
                shown(main.as_deref())
            ))
            .at_path(field)
            .with_hint("a whole report given as a part must be of the main file's party, period, form and language")
        })
        .collect()
}

/// A whole report's sections other than its measures, which the merged report does not take:
/// a warning at each, so nobody expects them in the report.
fn left_out(keys: &[&str], body: &str, locator: &Locator<'_>) -> Vec<Diagnostic> {
    keys.iter()
        .filter(|key| !TAKEN_KEYS.contains(key) && !LISTS.contains(key))
        .filter(|key| locator.value_at(key).is_some_and(|(range, _)| !body.get(range).is_some_and(is_empty_value)))
        .map(|key| Diagnostic {
            position: locator.locate_key(key),
            ..Diagnostic::warning(format!("only a part's measures are taken: its `{key}` is left out"))
                .at_path(*key)
                .on_key(true)
                .with_hint("the report's own sections are the main file's")
        })
        .collect()
}

/// `null`, `[]`, `{}` or `""`: a field written but saying nothing.
fn is_empty_value(text: &str) -> bool {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(squeezed.as_str(), "null" | "[]" | "{}" | "\"\"")
}

/// The part `entry` of the main file `main`: the path diagnostics show, and the file itself with
/// every link resolved. Refused when it could lead outside the main file's folder: absolute, with
/// a `..` that climbs out, or a link that resolves out of it.
pub fn resolve(main: &Path, entry: &str) -> Result<(PathBuf, PathBuf), String> {
    let folder = main.parent().unwrap_or(Path::new(""));
    let relative = Path::new(entry);
    if entry.trim().is_empty() {
        return Err("the part's path is empty".to_owned());
    }
    let mut depth = 0usize;
    for component in relative.components() {
        match component {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir if depth > 0 => depth -= 1,
            Component::ParentDir => return Err(format!("`{entry}` leads out of the main file's folder")),
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!(
                    "`{entry}` is an absolute path; a part is named relative to the main file's folder"
                ));
            }
        }
    }
    let shown = folder.join(relative);
    let base = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    let base = base.canonicalize().map_err(|err| format!("cannot resolve the main file's folder: {err}"))?;
    match shown.canonicalize() {
        Ok(real) if real.starts_with(&base) => Ok((shown, real)),
        Ok(real) => Err(format!("`{entry}` is a link to {}, outside the main file's folder", real.display())),
        // Missing: reported when read, naming the path.
        Err(_) => Ok((shown.clone(), shown)),
    }
}

/// The parts `main` names, as files the watch should follow: those of its `include` that resolve
/// inside its folder, read leniently (a main file that does not parse names none).
pub fn listed(main: &Path) -> Vec<PathBuf> {
    #[derive(Deserialize)]
    struct Includes {
        #[serde(default)]
        include: Vec<serde_json::Value>,
    }
    let Some(text) = load::read_limited(main).ok().and_then(|bytes| String::from_utf8(bytes).ok()) else {
        return Vec::new();
    };
    let Ok(found) = serde_json::from_str::<Includes>(load::without_bom(&text)) else { return Vec::new() };
    found.include.iter().filter_map(|entry| resolve(main, entry.as_str()?).ok()).map(|(shown, _)| shown).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_of_the_merged_report_is_placed_in_its_part() {
        let origins = Origins {
            parts: vec![Part { file: "a.json".into(), text: String::new() }],
            lists: [vec![None, Some((0, 0)), Some((0, 1))], vec![Some((0, 0))], vec![]],
            selected: None,
        };
        assert_eq!(origins.place("civil_society_measures[0].name"), (1, "civil_society_measures[0].name".to_owned()));
        assert_eq!(origins.place("transversal_issues[0]"), (0, "transversal_issues[0]".to_owned()));
        assert_eq!(origins.place("measures[2].programs[0].id"), (1, "measures[1].programs[0].id".to_owned()));
        assert_eq!(origins.place("measures[1]"), (1, "measures[0]".to_owned()));
        assert_eq!(origins.place("measures[0].name"), (0, "measures[0].name".to_owned()));
        assert_eq!(origins.place("general_information"), (0, "general_information".to_owned()));
        assert_eq!(origins.file(1, Path::new("r.json")), Path::new("a.json"));
        assert_eq!(origins.file(0, Path::new("r.json")), Path::new("r.json"));
    }

    #[test]
    fn a_path_of_a_selection_is_placed_where_its_program_was_written() {
        let mut origins = Origins {
            parts: vec![Part { file: "a.json".into(), text: String::new() }],
            lists: [vec![None, Some((0, 0))], vec![], vec![]],
            selected: None,
        };
        // Kept: the second program of the first measure, then the third of the second.
        origins.select(vec![vec![(0, 1)], vec![(1, 2)]]);
        assert_eq!(origins.place("measures[0].programs[0].data"), (0, "measures[0].programs[1].data".to_owned()));
        assert_eq!(origins.place("measures[1].programs[0].id"), (1, "measures[0].programs[2].id".to_owned()));
        assert_eq!(origins.place("measures[1].name"), (1, "measures[0].name".to_owned()));
        // A selection of the selection.
        origins.select(vec![vec![(1, 0)]]);
        assert_eq!(origins.place("measures[0].programs[0]"), (1, "measures[0].programs[2]".to_owned()));
    }

    #[test]
    fn the_lists_a_part_contributes_to_are_the_report_s_lists_of_measures() {
        let measure = serde_json::json!([{"name": "m"}]);
        let report: Report = serde_json::from_value(serde_json::json!({
            "country": "X", "period": {"from": 2016, "to": 2019}, "language": "en",
            "measures": measure, "civil_society_measures": measure, "transversal_issues": measure
        }))
        .expect("a report");
        let paths: Vec<String> = report.all_measures().map(|(at, _)| at).collect();
        let named: Vec<String> = LISTS.iter().map(|list| format!("{list}[0]")).collect();
        assert_eq!(paths, named, "a list of measures the parts do not know");
    }

    #[test]
    fn entries_leading_out_of_the_folder_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let main = dir.path().join("report.json");
        for (entry, refusal) in [
            ("../x.json", "leads out of the main file's folder"),
            ("a/../../x.json", "leads out of the main file's folder"),
            ("/etc/passwd", "is an absolute path"),
            ("", "the part's path is empty"),
        ] {
            let err = resolve(&main, entry).expect_err(entry);
            assert!(err.contains(refusal), "{entry}: {err}");
        }
        let (shown, _) = resolve(&main, "a/../x.json").expect("stays inside");
        assert_eq!(shown, dir.path().join("a/../x.json"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().expect("temp dir");
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(outside.path().join("x.json"), "{}").expect("write");
        std::os::unix::fs::symlink(outside.path().join("x.json"), dir.path().join("x.json")).expect("link");
        let err = resolve(&dir.path().join("report.json"), "x.json").expect_err("refused");
        assert!(err.contains("outside the main file's folder"), "{err}");
    }

    #[test]
    fn empty_values_are_told_from_written_ones() {
        for empty in ["null", "[ ]", "{\n}", "\"\""] {
            assert!(is_empty_value(empty), "{empty}");
        }
        assert!(!is_empty_value("\"x\""));
    }
}
