//! The only module that calls informe's core: a report's data, as the page or an API client sends
//! it, run through the core's one pipeline (`informe_core::pipeline`) that `informe check` and
//! `informe build` run, so a check here finds what `check` finds and a PDF or workbook made here is
//! byte for byte the one `build` writes from the same file with the same settings; also the
//! schema, the institutions, and files written together.

use std::path::Path;
use std::sync::Arc;

use informe_core::data::load;
use informe_core::institution::{self, Institution};
use informe_core::pipeline::{self, Data, Plan, Ready, Request};
use informe_core::{Diagnostic, Diagnostics, PluginError, Registry, Template};

pub use informe_core::pipeline::{Choice, Format};

use crate::api::{Checked, Failed, Institutions, Preview, PreviewPage, Problem, Totals};
use crate::files::Root;

/// Typst's memoized work is kept while used by one of this many recent compiles (as `batch`
/// keeps it), so that the next edit of a report re-renders fast and memory stays bounded.
const CACHE_AGE: usize = 8;

/// How `informe build` would build, as its command line and environment say: a request whose
/// data and choice each call replaces. Institutions are looked up inside the served folder.
pub type Settings = Request;

/// The plugins, the build settings and the schema they make, shared by every request.
#[derive(Debug)]
pub struct Engine {
    registry: Registry,
    settings: Settings,
    /// The schema with its descriptions in each language a report is written in, by language.
    schemas: Vec<(&'static str, serde_json::Value)>,
}

impl Engine {
    /// An engine over loaded plugins; asks each for the schema of its family's data once.
    pub fn new(registry: Registry, settings: Settings) -> Result<Arc<Self>, PluginError> {
        let schema = informe_core::schema::data_schema(&registry)?;
        // Each language's schema is made once here, so that a request only writes one out. Every
        // language a report is written in has its catalogue (the core's tests hold them complete).
        let schemas = informe_core::data::localize::LANGUAGES
            .iter()
            .filter_map(|lang| {
                let mut localized = schema.clone();
                informe_core::schema::localize(&mut localized, lang).ok().map(|()| (*lang, localized))
            })
            .collect();
        Ok(Arc::new(Self { registry, settings, schemas }))
    }

    /// The JSON Schema of the data, with each plugin's schema for its family's `data`, as
    /// `informe schema --lang LANG` prints it; `None` for a language informe does not write.
    pub fn schema(&self, lang: &str) -> Option<&serde_json::Value> {
        self.schemas.iter().find(|(code, _)| *code == lang).map(|(_, schema)| schema)
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

    /// Checks `text` as `informe check` checks the file `file` of `root` holding it: every
    /// problem at once, and the money totals when there is no error. The data's problems and the
    /// plugins' are the check's answer; others fail the request.
    pub fn check(&self, root: &Root, text: String, file: &Path, choice: &Choice) -> Result<Checked, Failed> {
        let plan = self.plan(root, text, file, choice)?;
        match pipeline::prepare(&plan, &self.registry) {
            Ok(ready) => Ok(Checked::new(problems(root, ready.prepared.warnings.clone()), Some(totals(&ready)))),
            Err(found) => match Failed::of(problems(root, found)) {
                Failed::Data(found) | Failed::Plugins(found) => Ok(Checked::new(found, None)),
                other => Err(other),
            },
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
        let ready = self.prepare(root, text, file, choice)?;
        let rendered = ready.render(format);
        if format == Format::Pdf {
            render_done();
        }
        let rendered = rendered.map_err(|found| failed(root, found))?;
        let mut warnings = ready.prepared.warnings;
        warnings.0.extend(rendered.diagnostics);
        Ok((rendered.bytes, problems(root, warnings)))
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
        let ready = self.prepare(root, text, file, choice)?;
        let known: Vec<u128> = known.iter().filter_map(|key| u128::from_str_radix(key, 16).ok()).collect();
        let pages = ready.preview(&known);
        render_done();
        let pages = pages.map_err(|found| failed(root, found))?;
        let mut warnings = ready.prepared.warnings.clone();
        warnings.0.extend(pages.warnings);
        Ok(Preview {
            pages: pages
                .pages
                .into_iter()
                .map(|page| PreviewPage { key: format!("{:032x}", page.key), svg: page.svg })
                .collect(),
            diagnostics: problems(root, warnings),
            totals: totals(&ready),
            compile_ms: pages.compile_time.as_secs_f64() * 1000.0,
            export_ms: pages.export_time.as_secs_f64() * 1000.0,
        })
    }

    /// The plan of `build` for the text of `file` and `choice`, with the server's settings.
    fn plan(&self, root: &Root, text: String, file: &Path, choice: &Choice) -> Result<Plan, Failed> {
        let request = Request {
            data: Data::Text { text, file: file.to_path_buf() },
            choice: choice.clone(),
            ..self.settings.clone()
        };
        Plan::new(request, &self.registry).map_err(|found| failed(root, found))
    }

    /// `build`'s pipeline up to the rendering.
    fn prepare(&self, root: &Root, text: String, file: &Path, choice: &Choice) -> Result<Ready, Failed> {
        let plan = self.plan(root, text, file, choice)?;
        pipeline::prepare(&plan, &self.registry).map_err(|found| failed(root, found))
    }
}

/// After a render: recent work stays memoized for the next edit; older work goes, as in `watch`
/// and `batch`.
fn render_done() {
    informe_core::render::trim_cache(CACHE_AGE);
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
fn totals(ready: &Ready) -> Totals {
    let document = &ready.prepared.document;
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

/// Diagnostics of the core as the API gives them: files named as `informe check` run in the
/// served folder names them, relative to the folder.
fn problems(root: &Root, found: Diagnostics) -> Vec<Problem> {
    found
        .0
        .into_iter()
        .map(|d| Diagnostic { file: d.file.as_deref().map(|file| root.show(file).into()), ..d })
        .collect()
}

/// A failure of the core, by the kind of its first error.
fn failed(root: &Root, found: Diagnostics) -> Failed {
    Failed::of(problems(root, found))
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
    problems.iter().any(Diagnostic::is_error)
}
