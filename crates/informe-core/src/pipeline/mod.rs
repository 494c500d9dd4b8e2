//! The one pipeline every command runs: a checked [`Plan`] in, outputs and [`Diagnostic`]s out.
//!
//! `build`, `check`, `watch`, `batch`, `plugin run` and the workbench all call [`prepare`] (or
//! [`check`] and [`build`], made of it), so they load, choose the institution, select its
//! programs, localize, run the plugins and assemble in one order, and find the same problems.
//! Nothing here prints or exits: what went wrong is a list of diagnostics of every kind, warnings
//! found before an error included, and the caller shows them.

mod plan;
mod stages;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use plan::{Choice, DEFAULT_COMPILE_TIMEOUT, Data, Format, Institutions, Plan, Request};
pub use stages::{
    BuiltPdf, Prepared, emit_typst, localize, locate_in, model_json, render_ods, render_pdf, select_programs, set_date,
};

use crate::data::load::{self, Loaded};
use crate::diagnostic::{Diagnostic, Diagnostics, Kind};
use crate::host::{PluginError, Registry};
use crate::institution::Institution;
use crate::ods::OdsOptions;
use crate::render::{RenderOptions, Template};
use crate::{Error, output};

/// What a check or a build ended with.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Every problem found, warnings and errors, in the order found.
    pub diagnostics: Diagnostics,
    /// The outputs made, in the plan's order; none when anything failed.
    pub files: Vec<Made>,
    /// How long each phase took, in order.
    pub timings: Vec<(&'static str, Duration)>,
    /// Where `--emit-typst` wrote the Typst project, and the arguments of `typst` compiling it.
    pub emitted: Option<(PathBuf, Vec<String>)>,
}

impl Outcome {
    /// Whether the check or build failed: some diagnostic is an error.
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// Writes every output, or none: one report's files are committed together.
    pub fn write(&self) -> Result<(), Diagnostics> {
        let files: Vec<(&Path, &[u8])> = self.files.iter().map(|m| (m.path.as_path(), &m.bytes[..])).collect();
        output::write_together(&files).map_err(Error::into_diagnostics)
    }

    fn failure(diagnostics: Diagnostics, timings: Vec<(&'static str, Duration)>) -> Self {
        Self { diagnostics, timings, ..Self::default() }
    }
}

/// One output made in memory, not yet written.
#[derive(Debug)]
pub struct Made {
    pub path: PathBuf,
    pub format: Format,
    pub bytes: Vec<u8>,
    /// The PDF's number of pages.
    pub pages: Option<usize>,
}

/// A report ready to render: its data through the plugins, its template layered, its date set.
#[derive(Debug)]
pub struct Ready {
    pub loaded: Loaded,
    pub prepared: Prepared,
    pub template: Template,
    pub options: RenderOptions,
    /// How long loading and the plugins took.
    pub timings: Vec<(&'static str, Duration)>,
    file: PathBuf,
}

/// One output rendered.
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: Option<usize>,
    /// The template's warnings, and the body's pages past its form's budget.
    pub diagnostics: Vec<Diagnostic>,
    pub timings: Vec<(&'static str, Duration)>,
}

/// Runs every check of a build without rendering: the data's own, the institution's, the
/// plugins', the form's.
pub fn check(plan: &Plan, registry: &Registry) -> Outcome {
    match prepare(plan, registry) {
        Ok(ready) => Outcome { diagnostics: ready.prepared.warnings, timings: ready.timings, ..Outcome::default() },
        Err(found) => Outcome::failure(found, Vec::new()),
    }
}

/// Builds every output of the plan in memory (writing only `--emit-typst`'s project); a failure
/// in one leaves no output made.
pub fn build(plan: &Plan, registry: &Registry) -> Outcome {
    let ready = match prepare(plan, registry) {
        Ok(ready) => ready,
        Err(found) => return Outcome::failure(found, Vec::new()),
    };
    let mut diagnostics = ready.prepared.warnings.clone();
    let mut timings = ready.timings.clone();
    let mut emitted = None;
    // Emitted before compiling, so a template that fails can be debugged with the Typst CLI.
    if let Some(dir) = &plan.emit_typst {
        match emit_typst(&ready.prepared, &ready.template, dir) {
            Ok(()) => {
                let root = dir.display().to_string();
                let args = crate::render::typst_compile_args(&root, "report.pdf", &ready.options);
                emitted = Some((dir.clone(), args));
            }
            Err(err) => {
                diagnostics.0.extend(err.into_diagnostics().0);
                return Outcome::failure(diagnostics, timings);
            }
        }
    }
    let mut files = Vec::with_capacity(plan.outputs.len());
    for (path, format) in &plan.outputs {
        match ready.render(*format) {
            Ok(rendered) => {
                diagnostics.0.extend(rendered.diagnostics);
                timings.extend(rendered.timings);
                files.push(Made { path: path.clone(), format: *format, bytes: rendered.bytes, pages: rendered.pages });
            }
            Err(found) => {
                diagnostics.0.extend(found.0);
                return Outcome { emitted, ..Outcome::failure(diagnostics, timings) };
            }
        }
    }
    Outcome { diagnostics, files, timings, emitted }
}

/// The data as every stage after it sees it.
#[derive(Debug)]
pub struct Read {
    pub loaded: Loaded,
    /// The institution issuing the report, when one is chosen or named by the data.
    pub institution: Option<Institution>,
    /// The programs of the data its institution does not report on, left out of the report.
    pub left_out: Vec<String>,
}

/// The first stages: the data loaded, the institution found and its programs selected, the
/// texts localized. An error of localizing (a language no report is written in) stops here, as
/// it leaves texts unresolved that nothing further may run on.
pub fn read(plan: &Plan) -> Result<Read, Diagnostics> {
    let file = plan.file();
    let mut loaded = match &plan.data {
        Data::File(file) => load::load(file)?,
        Data::Text { text, file } => load::parse(text.clone(), file)?,
    };
    // The parts the data file includes are inputs like it, known once it is read.
    let parts: Vec<output::Input> =
        loaded.part_files().map(|part| output::Input::File("part of the data", part)).collect();
    clash(output::check_not_inputs(&outputs(plan), &parts))?;
    let institution = institution(plan, &loaded, file)?;
    let mut left_out = Vec::new();
    if let Some(institution) = &institution {
        if let Some(folder) = institution.folder() {
            clash(output::check_not_inputs(&outputs(plan), &[output::Input::Folder("institution folder", folder)]))?;
        }
        let ids = |report: &crate::data::model::Report| -> Vec<String> {
            report.measures.iter().flat_map(|m| &m.programs).map(|p| p.id.clone()).collect()
        };
        let before = ids(&loaded.report);
        // Selected before localizing, so that only the programs reported on are asked to be
        // translated.
        select_programs(&mut loaded, institution).map_err(Error::into_diagnostics)?;
        let kept = ids(&loaded.report);
        left_out = before.into_iter().filter(|id| !kept.contains(id)).collect();
    }
    localize(&mut loaded, file, plan.choice.lang.as_deref(), plan.choice.locale.as_deref());
    if loaded.warnings.has_errors() {
        return Err(loaded.warnings);
    }
    Ok(Read { loaded, institution, left_out })
}

/// The stages up to rendering: [`read`], then the plugins run and the document assembled, the
/// template layered, the date set. On failure, every problem found, warnings before the error
/// included.
pub fn prepare(plan: &Plan, registry: &Registry) -> Result<Ready, Diagnostics> {
    let file = plan.file().to_path_buf();
    let mut timings = Vec::new();
    let started = Instant::now();
    let Read { loaded, institution, .. } = read(plan)?;
    timings.push(("reading and validating the data", started.elapsed()));

    let started = Instant::now();
    let mut prepared = stages::prepare(&loaded, &file, registry, institution.as_ref()).map_err(|err| match err {
        // Warnings found before the plugins failed are worth as much as in a check.
        Error::Plugins(errors) => {
            let mut found = loaded.warnings.clone();
            found.0.extend(placed(&loaded, &file, &errors));
            found
        }
        other => other.into_diagnostics(),
    })?;
    timings.push(("plugins and assembly", started.elapsed()));

    let template = template(plan, institution.as_ref())?;
    let report = &loaded.report;
    let options = RenderOptions {
        timestamp: plan.timestamp.unwrap_or_else(|| end_of_period(report.period.to)),
        ident: format!("informe/{}/{}", report.country, report.period),
        standards: plan.standards.clone(),
        compile_budget: plan.compile_timeout,
    };
    set_date(&mut prepared, options.timestamp);
    Ok(Ready { loaded, prepared, template, options, timings, file })
}

impl Ready {
    /// The output of `format`, in memory.
    pub fn render(&self, format: Format) -> Result<Rendered, Diagnostics> {
        match format {
            Format::Pdf => {
                let built = render_pdf(&self.prepared, self.template.clone(), &self.options)
                    .map_err(Error::into_diagnostics)?;
                Ok(Rendered {
                    bytes: built.pdf,
                    pages: Some(built.pages),
                    diagnostics: built.template_warnings,
                    timings: vec![("typst compile", built.compile_time), ("pdf export", built.export_time)],
                })
            }
            Format::Ods => {
                let started = Instant::now();
                let bytes = render_ods(&self.loaded.report, &self.prepared, &self.ods_options())
                    .map_err(Error::into_diagnostics)?;
                Ok(Rendered {
                    bytes,
                    pages: None,
                    diagnostics: Vec::new(),
                    timings: vec![("ods workbook", started.elapsed())],
                })
            }
        }
    }

    /// The pages the PDF will have, as SVG images but those whose key is in `known`.
    pub fn preview(&self, known: &[u128]) -> Result<crate::render::svg::Pages, Diagnostics> {
        let model = model_json(&self.prepared).map_err(Error::into_diagnostics)?;
        crate::render::svg::svg(self.template.clone(), model, &self.options, known)
            .map_err(|err| Diagnostics(err.into_diagnostics()))
    }

    /// The workbook's title (the document's, else the report's standard title) and the data
    /// file's name for its notes.
    fn ods_options(&self) -> OdsOptions {
        let report = &self.loaded.report;
        let title = self.prepared.document.meta.title.clone().unwrap_or_else(|| {
            crate::words::Words::new(report.locale()).message(
                "report-title",
                &[("country", report.country.as_str().into()), ("period", report.period.to_string().into())],
            )
        });
        let source = self.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        OdsOptions { timestamp: self.options.timestamp, title, source }
    }
}

/// The plan's output paths.
fn outputs(plan: &Plan) -> Vec<PathBuf> {
    plan.outputs.iter().map(|(path, _)| path.clone()).collect()
}

fn clash(checked: Result<(), output::Clash>) -> Result<(), Diagnostics> {
    checked.map_err(|clash| Diagnostics::one(clash.diagnostic()))
}

/// The institution chosen, else the one the data names (a problem with it is then placed at
/// the data's `institution`). None otherwise: the report is then issued by the data's `issuer`,
/// or has its country's neutral title page, since no shipped institution belongs to every party.
fn institution(plan: &Plan, loaded: &Loaded, file: &Path) -> Result<Option<Institution>, Diagnostics> {
    let chosen = plan.choice.institution.as_deref();
    let Some(name) = chosen.or(loaded.report.institution.as_deref()) else {
        return Ok(None);
    };
    let found = match &plan.institutions {
        Institutions::Anywhere => Institution::find(name),
        Institutions::Within(base) => Institution::find_within(name, base),
    };
    found.map(Some).map_err(|found| {
        if chosen.is_some() {
            return Diagnostics(found.0.into_iter().map(|d| Diagnostic { kind: Kind::Input, ..d }).collect());
        }
        let at_data = found.0.into_iter().map(|d| if d.file.is_none() { d.at_path("institution") } else { d });
        Diagnostics(locate_in(loaded, file, at_data))
    })
}

/// The template's layers, last on top: the default template, the institution's folder if one
/// is chosen, then `--template`.
fn template(plan: &Plan, institution: Option<&Institution>) -> Result<Template, Diagnostics> {
    let mut template = Template::default();
    if let Some(institution) = institution {
        template = institution.layer(template).map_err(|err| {
            Diagnostics::one(
                Diagnostic::error(format!("cannot use the folder of institution `{}`: {err}", institution.id))
                    .of_kind(Kind::Input),
            )
        })?;
    }
    if let Some(dir) = &plan.template {
        template = template.with_folder(dir).map_err(|err| {
            Diagnostics::one(
                Diagnostic::error(format!("cannot use the template folder {}: {err}", dir.display()))
                    .of_kind(Kind::Input),
            )
        })?;
    }
    Ok(template)
}

/// Plugin failures, each placed on its program in the data (or the part it is written in) when
/// it names one.
fn placed(loaded: &Loaded, file: &Path, errors: &[PluginError]) -> Vec<Diagnostic> {
    let diagnostics = errors.iter().map(|err| {
        let d = err.diagnostic();
        match err.program().and_then(|id| program_path(loaded, id)) {
            Some(path) => d.at_path(path),
            None => d,
        }
    });
    locate_in(loaded, file, diagnostics)
}

/// The JSON path of the program `id` in the loaded report.
fn program_path(loaded: &Loaded, id: &str) -> Option<String> {
    loaded.report.all_measures().find_map(|(at, measure)| {
        measure.programs.iter().position(|p| p.id == id).map(|i| format!("{at}.programs[{i}]"))
    })
}

/// 31 December of `year`, midnight UTC: the date of a report on a period ending then, unless
/// `SOURCE_DATE_EPOCH` says otherwise.
pub fn end_of_period(year: i32) -> i64 {
    time::Date::from_calendar_date(year, time::Month::December, 31)
        .map(|d| d.midnight().assume_utc().unix_timestamp())
        .unwrap_or(0)
}
