//! What a build is asked to make ([`Request`]), checked before any work into a [`Plan`]: the
//! outputs' formats and folders, outputs that would overwrite an input, the PDF standards, the
//! build date from `SOURCE_DATE_EPOCH`, the language and locale chosen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics, Kind};
use crate::host::Registry;
use crate::output;
use crate::render::{DEFAULT_STANDARDS, check_standards};

/// The formats informe writes, chosen by an output's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Ods,
}

impl Format {
    /// The format of the output `path`, by its extension.
    pub fn of_path(path: &Path) -> Result<Self, Diagnostics> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("pdf") => Ok(Self::Pdf),
            Some("ods") => Ok(Self::Ods),
            other => Err(Diagnostics::one(
                input(format!(
                    "cannot tell the output format of {} from its extension{}",
                    path.display(),
                    other.map(|e| format!(" `.{e}`")).unwrap_or_default()
                ))
                .with_hint("supported: .pdf, .ods"),
            )),
        }
    }
}

/// Where the report's data comes from.
#[derive(Debug, Clone)]
pub enum Data {
    /// A data file, read (with the parts it includes) when the build runs.
    File(PathBuf),
    /// The text of the data file `file`, already in memory (the workbench's unsaved edits); the
    /// parts it includes are read beside `file`, and diagnostics name it.
    Text { text: String, file: PathBuf },
}

impl Data {
    /// The data file, as diagnostics name it.
    pub fn file(&self) -> &Path {
        match self {
            Self::File(file) | Self::Text { file, .. } => file,
        }
    }
}

/// What is chosen for one report besides its data: `--lang`, `--locale` and `--institution`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Choice {
    pub lang: Option<String>,
    pub locale: Option<String>,
    pub institution: Option<String>,
}

/// Where an institution's name is looked up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Institutions {
    /// A shipped institution by id, or any folder holding an `institution.toml`.
    #[default]
    Anywhere,
    /// A folder inside this one (never one a link leads out to), or a shipped institution: for
    /// a server that may show nothing outside the folder it serves.
    Within(PathBuf),
}

/// What a build is asked to make, as a command line, a batch manifest or the workbench asks it.
#[derive(Debug, Clone)]
pub struct Request {
    pub data: Data,
    /// The files to write, each in the format of its extension; none for a check, or when the
    /// caller takes the bytes from [`super::Ready::render`].
    pub outputs: Vec<PathBuf>,
    /// `--template DIR`, layered over the default template and the institution's folder.
    pub template: Option<PathBuf>,
    /// The PDF standards asked for, by Typst's names; the official defaults when empty, none
    /// with `none` alone.
    pub pdf_standards: Vec<String>,
    /// The value of `SOURCE_DATE_EPOCH`, if set: the date of the report and of its files.
    pub source_date_epoch: Option<String>,
    /// `--emit-typst DIR`: the Typst project is written there before compiling.
    pub emit_typst: Option<PathBuf>,
    /// How long the template may compile.
    pub compile_timeout: Duration,
    pub choice: Choice,
    pub institutions: Institutions,
}

impl Request {
    /// A request to check or build `data` with every setting at its default.
    pub fn new(data: Data) -> Self {
        Self {
            data,
            outputs: Vec::new(),
            template: None,
            pdf_standards: Vec::new(),
            source_date_epoch: None,
            emit_typst: None,
            compile_timeout: DEFAULT_COMPILE_TIMEOUT,
            choice: Choice::default(),
            institutions: Institutions::Anywhere,
        }
    }
}

/// How long a template may compile unless told otherwise.
pub const DEFAULT_COMPILE_TIMEOUT: Duration = Duration::from_secs(300);

/// A request checked against everything that can be known before reading the data: the only
/// input of [`super::check`], [`super::build`] and [`super::prepare`].
#[derive(Debug, Clone)]
pub struct Plan {
    pub(super) data: Data,
    pub(super) outputs: Vec<(PathBuf, Format)>,
    pub(super) template: Option<PathBuf>,
    pub(super) standards: Vec<String>,
    pub(super) timestamp: Option<i64>,
    pub(super) emit_typst: Option<PathBuf>,
    pub(super) compile_timeout: Duration,
    pub(super) choice: Choice,
    pub(super) institutions: Institutions,
}

impl Plan {
    /// Checks `request` with the plugins that will run on it; every problem found, at once.
    pub fn new(request: Request, registry: &Registry) -> Result<Self, Diagnostics> {
        let mut found = Vec::new();
        let mut outputs = Vec::with_capacity(request.outputs.len());
        for path in &request.outputs {
            match Format::of_path(path) {
                Ok(format) => outputs.push((path.clone(), format)),
                Err(problem) => found.extend(problem.0),
            }
            if let Err(err) = output::check_folder(path) {
                found.extend(err.into_diagnostics().0);
            }
        }
        // No output may be written twice, nor be anything the build reads.
        if let Err(clash) = output::check_distinct(&request.outputs) {
            found.push(clash.diagnostic());
        }
        let plugin_files: Vec<&Path> = registry.plugins().iter().map(|p| p.path.as_path()).collect();
        let mut inputs = vec![output::Input::File("data file", request.data.file())];
        inputs.extend(request.template.as_deref().map(|dir| output::Input::Folder("template folder", dir)));
        inputs.extend(plugin_files.iter().map(|file| output::Input::File("plugin", file)));
        if let Err(clash) = output::check_not_inputs(&request.outputs, &inputs) {
            found.push(clash.diagnostic());
        }
        if let Some(dir) = &request.template
            && !dir.is_dir()
        {
            found.push(input(format!("the template folder {} does not exist", dir.display())));
        }
        let standards = match standards(&request.pdf_standards) {
            Ok(standards) => standards,
            Err(problem) => {
                found.extend(problem.0);
                Vec::new()
            }
        };
        let timestamp = match request.source_date_epoch.as_deref().map(str::trim).map(str::parse::<i64>) {
            None => None,
            Some(Ok(seconds)) => Some(seconds),
            Some(Err(_)) => {
                let value = request.source_date_epoch.clone().unwrap_or_default();
                found.push(input(format!("SOURCE_DATE_EPOCH `{value}` is not a whole number of seconds")));
                None
            }
        };
        let choice = choice(&request.choice, &mut found);
        if !found.is_empty() {
            return Err(Diagnostics(found));
        }
        Ok(Self {
            data: request.data,
            outputs,
            template: request.template,
            standards,
            timestamp,
            emit_typst: request.emit_typst,
            compile_timeout: request.compile_timeout,
            choice,
            institutions: request.institutions,
        })
    }

    /// The data file, as diagnostics name it.
    pub fn file(&self) -> &Path {
        self.data.file()
    }
}

/// A problem of what was asked.
fn input(message: String) -> Diagnostic {
    Diagnostic::error(message).of_kind(Kind::Input)
}

/// The PDF standards asked for: the official defaults, or none with `none`, which contradicts
/// any other standard asked for with it.
fn standards(asked: &[String]) -> Result<Vec<String>, Diagnostics> {
    if asked.is_empty() {
        return Ok(DEFAULT_STANDARDS.iter().map(|s| (*s).to_owned()).collect());
    }
    let others: Vec<String> = asked.iter().filter(|s| s.as_str() != "none").cloned().collect();
    if others.len() < asked.len() && !others.is_empty() {
        return Err(Diagnostics::one(
            input(format!("--pdf-standard none cannot go with --pdf-standard {}", others.join(", ")))
                .with_hint("give `none` alone for a plain PDF, or only the standards wanted"),
        ));
    }
    check_standards(&others).map_err(|err| Diagnostics(err.into_diagnostics()))?;
    Ok(others)
}

/// The choice with blank values dropped; a language or locale informe has no words for is refused.
fn choice(asked: &Choice, found: &mut Vec<Diagnostic>) -> Choice {
    let languages = crate::data::localize::LANGUAGES;
    let blank = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
    let choice =
        Choice { lang: blank(&asked.lang), locale: blank(&asked.locale), institution: blank(&asked.institution) };
    if let Some(lang) = &choice.lang
        && !languages.contains(&lang.as_str())
    {
        found.push(input(format!("there is no report language `{lang}`: use {}", languages.join(", "))));
    }
    if let Some(locale) = &choice.locale {
        let language = locale.split('-').next().unwrap_or_default();
        if !informe_plugin::text::is_language_tag(locale) || !languages.contains(&language) {
            found.push(input(format!(
                "`{locale}` is not a locale of a report language: use a tag such as es-MX, pt-BR or fr"
            )));
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(edit: impl FnOnce(&mut Request)) -> Result<Plan, Vec<String>> {
        let mut request = Request::new(Data::File(PathBuf::from("data.json")));
        edit(&mut request);
        Plan::new(request, &Registry::default()).map_err(|found| found.0.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn every_problem_of_a_request_is_found_at_once() {
        let found = plan(|r| {
            r.outputs = vec![PathBuf::from("report.docx"), PathBuf::from("data.json")];
            r.pdf_standards = vec!["none".into(), "a-2b".into()];
            r.source_date_epoch = Some("yesterday".into());
            r.choice.lang = Some("de".into());
            r.choice.locale = Some("xx-YY".into());
        })
        .expect_err("refused");
        let expected = [
            "cannot tell the output format of report.docx from its extension `.docx`",
            "cannot tell the output format of data.json",
            "--pdf-standard none cannot go with --pdf-standard a-2b",
            "SOURCE_DATE_EPOCH `yesterday`",
            "there is no report language `de`",
            "`xx-YY` is not a locale",
        ];
        for (shown, want) in found.iter().zip(expected) {
            assert!(shown.contains(want), "{shown:?} should say {want:?}");
        }
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn a_sound_request_is_planned_with_the_official_standards_and_its_date() {
        let planned = plan(|r| {
            r.outputs = vec![PathBuf::from("out.PDF"), PathBuf::from("out.ods")];
            r.source_date_epoch = Some(" 1700000000 ".into());
            r.choice.lang = Some(" ".into());
        })
        .expect("planned");
        assert_eq!(planned.outputs.iter().map(|(_, f)| *f).collect::<Vec<_>>(), [Format::Pdf, Format::Ods]);
        assert_eq!(planned.standards, ["a-2b", "ua-1"]);
        assert_eq!((planned.timestamp, planned.choice.lang), (Some(1_700_000_000), None));
        assert!(plan(|r| r.pdf_standards = vec!["none".into()]).expect("plain").standards.is_empty());
    }
}
