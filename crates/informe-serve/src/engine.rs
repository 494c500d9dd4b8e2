//! The only module that calls informe's core: a report's data, as the page or an API client sends
//! it, checked as `informe check` checks a file, built as `informe build` builds one, and laid out
//! as preview pages; the schema, the institutions, and files written together.
//!
//! Every call follows the CLI's own sequence of the core's pipeline functions (`commands/check.rs`,
//! `commands/build.rs`'s `produce`), so a PDF or workbook made here is byte for byte the one
//! `informe build` writes from the same file with the same settings.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use informe_core::data::load::{self, Loaded};
use informe_core::diagnostic::{Diagnostic, Diagnostics, Severity};
use informe_core::institution::{self, Institution};
use informe_core::ods::OdsOptions;
use informe_core::pipeline::{self, Prepared};
use informe_core::render::{self, RenderError, RenderOptions, TemplateDiagnostic};
use informe_core::{Error, PluginError, Registry, Template};
use serde::Deserialize;

use crate::api::{Checked, Failed, Institutions, Preview, PreviewPage, Problem, Totals};
use crate::files::Root;

/// Typst's memoized work is kept while used by one of this many recent compiles (as `batch`
/// keeps it), so that the next edit of a report re-renders fast and memory stays bounded.
const CACHE_AGE: usize = 8;

/// How `informe build` would build, as its command line and environment say.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `SOURCE_DATE_EPOCH`, read by the CLI: the date of every report when set.
    pub source_date_epoch: Option<i64>,
    /// The date of a report without `SOURCE_DATE_EPOCH`, from the last year of its period:
    /// `informe build`'s own rule, handed over by the CLI.
    pub default_date: fn(i32) -> i64,
    /// PDF standards, by Typst's names (already checked by the CLI).
    pub standards: Vec<String>,
    /// `--template DIR`.
    pub template: Option<PathBuf>,
    /// `--compile-timeout`.
    pub compile_timeout: Duration,
}

/// What is chosen for one report besides its data: `build`'s `--lang`, `--locale` and
/// `--institution`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Choice {
    pub lang: Option<String>,
    pub locale: Option<String>,
    pub institution: Option<String>,
}

/// The formats `informe build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Ods,
}

/// The plugins, the build settings and the schema they make, shared by every request.
#[derive(Debug)]
pub struct Engine {
    registry: Registry,
    settings: Settings,
    schema: serde_json::Value,
}

/// The engine could not start.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("cannot ask the plugins for their schemas: {0}")]
    Schema(#[from] PluginError),
}

impl Engine {
    /// An engine over loaded plugins; asks each for the schema of its family's data once.
    pub fn new(registry: Registry, settings: Settings) -> Result<Arc<Self>, EngineError> {
        let schema = informe_core::schema::data_schema(&registry)?;
        Ok(Arc::new(Self { registry, settings, schema }))
    }

    /// The JSON Schema of the data, with each plugin's schema for its family's `data`, as
    /// `informe schema` prints it.
    pub fn schema(&self) -> &serde_json::Value {
        &self.schema
    }

    /// The template's words of the form in `lang` (its `labels/LANG.json`, `--template`'s if it
    /// has one), so that the page names each field as the report does.
    pub fn labels(&self, lang: &str) -> Option<Vec<u8>> {
        if !informe_core::data::localize::LANGUAGES.contains(&lang) {
            return None;
        }
        let mut template = Template::default();
        if let Some(dir) = &self.settings.template {
            template = template.with_folder(dir).ok()?;
        }
        template.files().ok()?.remove(&format!("labels/{lang}.json"))
    }

    /// Checks `text` as `informe check` checks the file `file` of `root` holding it: the data's own
    /// problems and the plugins', all at once, and the money totals when there is no error.
    pub fn check(&self, root: &Root, text: String, file: &Path, choice: &Choice) -> Result<Checked, Failed> {
        let choice = valid(choice)?;
        let mut loaded = match load::parse(text, file) {
            Ok(loaded) => loaded,
            Err(found) => return Ok(Checked::new(problems(root, &found, "data"), None)),
        };
        let institution = match self.institution(root, &choice, &loaded) {
            Ok(institution) => institution,
            Err(found) => return Ok(Checked::new(problems(root, &found, "data"), None)),
        };
        // `check` localizes before it selects an institution's programs.
        pipeline::localize(&mut loaded, file, choice.lang.as_deref(), choice.locale.as_deref());
        let selected = match &institution {
            Some(institution) => pipeline::select_programs(&mut loaded, institution),
            None => Ok(()),
        };
        match selected.and_then(|()| pipeline::prepare(&loaded, file, &self.registry, institution.as_ref())) {
            Ok(prepared) => Ok(Checked::new(problems(root, &prepared.warnings, "data"), Some(totals(&prepared)))),
            Err(Error::Data(found)) => Ok(Checked::new(problems(root, &found, "data"), None)),
            Err(Error::Plugins(errors)) => Ok(Checked::new(plugin_problems(root, &loaded, file, &errors), None)),
            Err(other) => Err(failed(root, &loaded, file, other)),
        }
    }

    /// The PDF or workbook `informe build` writes from the file `file` of `root` holding `text`,
    /// and the warnings it prints.
    pub fn build(
        &self,
        root: &Root,
        text: String,
        file: &Path,
        choice: &Choice,
        format: Format,
    ) -> Result<(Vec<u8>, Vec<Problem>), Failed> {
        let built = self.prepare(root, text, file, choice)?;
        let Built { loaded, mut prepared, template, options, mut warnings } = built;
        pipeline::set_date(&mut prepared, options.timestamp);
        let bytes = match format {
            Format::Pdf => {
                let pdf = pipeline::render_pdf(&prepared, template, &options);
                render::trim_cache(CACHE_AGE);
                let pdf = pdf.map_err(|err| failed(root, &loaded, file, err))?;
                warnings.extend(pdf.template_warnings.iter().map(template_problem));
                pdf.pdf
            }
            Format::Ods => {
                let report = &loaded.report;
                let title = prepared.document.meta.title.clone().unwrap_or_else(|| {
                    informe_core::words::Words::new(report.locale()).message(
                        "report-title",
                        &[("country", report.country.as_str().into()), ("period", report.period.to_string().into())],
                    )
                });
                let source = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let ods = OdsOptions { timestamp: options.timestamp, title, source };
                pipeline::render_ods(report, &prepared, &ods).map_err(|err| failed(root, &loaded, file, err))?
            }
        };
        Ok((bytes, warnings))
    }

    /// The pages the PDF of `text` will have, as SVG images, with the warnings of the build.
    ///
    /// Pages whose key is in `known` (the caller has them from an earlier preview) come without
    /// their image.
    pub fn preview(
        &self,
        root: &Root,
        text: String,
        file: &Path,
        choice: &Choice,
        known: &[String],
    ) -> Result<Preview, Failed> {
        let Built { loaded, mut prepared, template, options, mut warnings } = self.prepare(root, text, file, choice)?;
        pipeline::set_date(&mut prepared, options.timestamp);
        let model = pipeline::model_json(&prepared).map_err(|err| failed(root, &loaded, file, err))?;
        let known: Vec<u128> = known.iter().filter_map(|key| u128::from_str_radix(key, 16).ok()).collect();
        let pages = render::svg::svg(template, model, &options, &known)
            .map_err(|err| failed(root, &loaded, file, Error::Render(err)))?;
        // Recent work stays memoized for the next edit; older work goes, as in `watch` and `batch`.
        render::trim_cache(CACHE_AGE);
        warnings.extend(pages.warnings.iter().map(template_problem));
        Ok(Preview {
            pages: pages
                .pages
                .into_iter()
                .map(|page| PreviewPage { key: format!("{:032x}", page.key), svg: page.svg })
                .collect(),
            diagnostics: warnings,
            totals: totals(&prepared),
            compile_ms: pages.compile_time.as_secs_f64() * 1000.0,
            export_ms: pages.export_time.as_secs_f64() * 1000.0,
        })
    }

    /// `build`'s sequence up to the rendering: the data loaded, its institution's programs
    /// selected, localized, run through the plugins and assembled; the template layered and the
    /// render's settings.
    fn prepare(&self, root: &Root, text: String, file: &Path, choice: &Choice) -> Result<Built, Failed> {
        let choice = valid(choice)?;
        let mut loaded = load::parse(text, file).map_err(|found| Failed::Data(problems(root, &found, "data")))?;
        let institution =
            self.institution(root, &choice, &loaded).map_err(|found| Failed::Data(problems(root, &found, "data")))?;
        if let Some(institution) = &institution {
            pipeline::select_programs(&mut loaded, institution).map_err(|err| failed(root, &loaded, file, err))?;
        }
        pipeline::localize(&mut loaded, file, choice.lang.as_deref(), choice.locale.as_deref());
        let prepared = pipeline::prepare(&loaded, file, &self.registry, institution.as_ref())
            .map_err(|err| failed(root, &loaded, file, err))?;
        let warnings = problems(root, &prepared.warnings, "data");
        // Layers, last on top: the default template, the institution's folder, then --template.
        let mut template = Template::default();
        if let Some(institution) = &institution {
            template = institution.layer(template).map_err(|err| {
                Failed::Request(format!("cannot use the folder of institution `{}`: {err}", institution.id))
            })?;
        }
        if let Some(dir) = &self.settings.template {
            template = template
                .with_folder(dir)
                .map_err(|err| Failed::Internal(format!("cannot use the template folder {}: {err}", dir.display())))?;
        }
        let report = &loaded.report;
        let options = RenderOptions {
            timestamp: self
                .settings
                .source_date_epoch
                .unwrap_or_else(|| (self.settings.default_date)(report.period.to)),
            ident: format!("informe/{}/{}", report.country, report.period),
            standards: self.settings.standards.clone(),
            compile_budget: self.settings.compile_timeout,
        };
        Ok(Built { loaded, prepared, template, options, warnings })
    }

    /// The institution chosen, else the one the data names, as `build` finds it; in the served
    /// folder or shipped, never a folder elsewhere.
    fn institution(&self, root: &Root, choice: &Choice, loaded: &Loaded) -> Result<Option<Institution>, Diagnostics> {
        let Some(name) = choice.institution.as_deref().or(loaded.report.institution.as_deref()) else {
            return Ok(None);
        };
        let folder = root.resolve(name).ok().filter(|folder| folder.join("institution.toml").is_file());
        match folder {
            Some(folder) => Institution::find(&folder.to_string_lossy()).map(Some),
            None if Path::new(name).components().count() == 1 && !Path::new(name).exists() => {
                Institution::find(name).map(Some)
            }
            None => Err(Diagnostics(vec![
                Diagnostic::error(format!("there is no institution `{name}` in the served folder"))
                    .at_path("institution")
                    .with_hint(format!(
                        "the shipped institutions are {}; or name a folder of the served folder holding an institution.toml",
                        institution::shipped_ids().join(", ")
                    )),
            ])),
        }
    }
}

/// A report ready to render, with what it is rendered with.
struct Built {
    loaded: Loaded,
    prepared: Prepared,
    template: Template,
    options: RenderOptions,
    warnings: Vec<Problem>,
}

/// The choice, refused as `build`'s command line refuses a language or locale it has no words for.
fn valid(choice: &Choice) -> Result<Choice, Failed> {
    let languages = informe_core::data::localize::LANGUAGES;
    let blank = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
    let choice =
        Choice { lang: blank(&choice.lang), locale: blank(&choice.locale), institution: blank(&choice.institution) };
    if let Some(lang) = &choice.lang
        && !languages.contains(&lang.as_str())
    {
        return Err(Failed::Request(format!("there is no report language `{lang}`: use {}", languages.join(", "))));
    }
    if let Some(locale) = &choice.locale {
        let language = locale.split('-').next().unwrap_or_default();
        let tag = locale
            .split('-')
            .all(|part| !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric()));
        if !tag || !languages.contains(&language) {
            return Err(Failed::Request(format!(
                "`{locale}` is not a locale of a report language: use a tag such as es-MX, pt-BR or fr"
            )));
        }
    }
    Ok(choice)
}

/// The list of the shipped institutions with their names by language.
pub fn institutions() -> Institutions {
    let list = institution::shipped_ids()
        .into_iter()
        .filter_map(|id| Institution::find(&id).ok())
        .map(|found| crate::api::Institution {
            short_name: found.identity.short_name.clone(),
            names: institution::names(&found),
            id: found.id,
        })
        .collect();
    Institutions { institutions: list }
}

/// The money totals of the report, as the PDF states them: each measure's per currency, and
/// the report's.
fn totals(prepared: &Prepared) -> Totals {
    let document = &prepared.document;
    let value = |v: Result<serde_json::Value, serde_json::Error>| v.unwrap_or(serde_json::Value::Null);
    Totals {
        measures: document
            .measures
            .iter()
            .map(|measure| {
                serde_json::json!({
                    "name": measure.name,
                    "paid": value(serde_json::to_value(&measure.finances.paid_totals)),
                    "received": value(serde_json::to_value(&measure.finances.received_totals)),
                })
            })
            .collect(),
        report: value(serde_json::to_value(&document.measures_table.totals)),
    }
}

/// Diagnostics of the core as the API gives them, files named relative to the served folder.
fn problems(root: &Root, found: &Diagnostics, kind: &'static str) -> Vec<Problem> {
    found.0.iter().map(|d| problem(root, d, kind)).collect()
}

fn problem(root: &Root, d: &Diagnostic, kind: &'static str) -> Problem {
    // Shown as `informe check` run in the served folder shows it: the file relative to the folder.
    let shown = Diagnostic { file: d.file.as_deref().map(|file| PathBuf::from(root.show(file))), ..d.clone() };
    Problem {
        severity: if d.severity == Severity::Error { "error" } else { "warning" },
        kind,
        file: d.file.as_deref().map(|file| root.show(file)),
        path: d.path.clone(),
        line: d.position.map(|p| p.line),
        column: d.position.map(|p| p.col),
        message: d.message.clone(),
        hint: d.hint.clone(),
        text: shown.to_string(),
    }
}

fn template_problem(d: &TemplateDiagnostic) -> Problem {
    Problem {
        severity: if d.error { "error" } else { "warning" },
        kind: "template",
        file: d.file.clone(),
        path: None,
        line: d.position.map(|p| p.line),
        column: d.position.map(|p| p.col),
        message: d.message.clone(),
        hint: (!d.hints.is_empty()).then(|| d.hints.join("; ")),
        text: d.to_string(),
    }
}

/// Plugin failures, each placed on its program in the data when it names one.
fn plugin_problems(root: &Root, loaded: &Loaded, file: &Path, errors: &[PluginError]) -> Vec<Problem> {
    errors
        .iter()
        .map(|err| {
            let mut found = Diagnostic::error(err.to_string());
            if let Some(path) = program_of(err).and_then(|id| program_path(loaded, id)) {
                found = found.at_path(path);
            }
            let located = pipeline::locate_in(loaded, file, [found]);
            let mut shown = problem(root, &located[0], "plugin");
            // The message carries the hint after a line break, as the terminal shows it.
            if let Some((message, hint)) = shown.message.split_once("\n  hint: ") {
                (shown.message, shown.hint) = (message.to_owned(), Some(hint.to_owned()));
            }
            shown
        })
        .collect()
}

fn program_of(err: &PluginError) -> Option<&str> {
    match err {
        PluginError::Failed { program, .. }
        | PluginError::Panicked { program, .. }
        | PluginError::Contract { program, .. }
        | PluginError::Crashed { program, .. }
        | PluginError::TimedOut { program, .. } => Some(program),
        _ => None,
    }
}

/// The JSON path of the program `id` in the loaded report.
fn program_path(loaded: &Loaded, id: &str) -> Option<String> {
    loaded.report.all_measures().find_map(|(at, measure)| {
        measure.programs.iter().position(|p| p.id == id).map(|i| format!("{at}.programs[{i}]"))
    })
}

/// A failure of the core, by kind.
fn failed(root: &Root, loaded: &Loaded, file: &Path, err: Error) -> Failed {
    match err {
        Error::Data(found) => Failed::Data(problems(root, &found, "data")),
        Error::Plugins(errors) => Failed::Plugins(plugin_problems(root, loaded, file, &errors)),
        Error::Render(RenderError::Template(found) | RenderError::Pdf(found)) => {
            Failed::Template(found.iter().map(template_problem).collect())
        }
        Error::Render(RenderError::Standard(message)) => Failed::Internal(message),
        Error::Ods(err) => Failed::Internal(err.to_string()),
        Error::Output { path, source } => Failed::Internal(format!("cannot write {}: {source}", path.display())),
    }
}

/// Writes `files` together, as `build` writes a report's outputs: each to a temporary file
/// beside its target, then all renamed, or none.
pub fn write_together(files: &[(&Path, &[u8])]) -> Result<(), String> {
    informe_core::output::write_together(files).map_err(|err| err.to_string())
}

/// The largest data file `informe build` reads.
pub const MAX_FILE_BYTES: u64 = load::MAX_FILE_BYTES;

/// Whether `problems` hold an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == "error")
}
