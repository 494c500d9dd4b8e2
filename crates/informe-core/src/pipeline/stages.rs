//! The stages of a build, in order: localize, select, prepare (plugins and the document model),
//! date, then render; [`super`] runs them for every command.

use std::path::Path;

use crate::assemble::{self, Document};
use crate::data::load::Loaded;
use crate::data::model::Report;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::host::Registry;
use crate::institution::{Institution, InstitutionDoc};
use crate::ods::{self, OdsOptions};
use crate::process::Processed;
use crate::render::{self, RenderOptions, Template};
use crate::{Error, process};

/// The document model of a report, ready to render.
#[derive(Debug)]
pub struct Prepared {
    pub document: Document,
    /// The plugins' output, for outputs that need the typed figures (the workbook).
    pub processed: Processed,
    /// Warnings of the data, the plugins and the host, located in the data file.
    pub warnings: Diagnostics,
}

/// Puts the report in `language` (default: the data's own) and `locale`: every text written in
/// several languages becomes the one text to show, and each missing translation becomes a
/// warning located in the file, added to the loaded report's warnings.
pub fn localize(loaded: &mut Loaded, file: &Path, language: Option<&str>, locale: Option<&str>) {
    let language = language.map_or_else(|| loaded.report.language.clone(), str::to_owned);
    let found = crate::data::localize::resolve(&mut loaded.report, &language, locale);
    let located = locate_in(loaded, file, found);
    loaded.warnings.0.extend(located);
}

/// Keeps the programs `institution` reports on; an id the data lacks is a data error.
pub fn select_programs(loaded: &mut Loaded, institution: &Institution) -> Result<(), Error> {
    loaded.select(|report| institution.select_programs(report)).map_err(Error::Data)
}

/// Runs the plugins and assembles the document; data errors the plugins find stop here.
///
/// The report is issued by `institution` when one is chosen, else by the data's `issuer`; with
/// neither, the document names no issuer and the template gives the country's neutral title page.
pub fn prepare(
    loaded: &Loaded,
    file: &Path,
    registry: &Registry,
    institution: Option<&Institution>,
) -> Result<Prepared, Error> {
    // An error of localizing (a language no report is written in) leaves texts unresolved:
    // nothing further may run on them, plugins included.
    if loaded.warnings.has_errors() {
        return Err(Error::Data(loaded.warnings.clone()));
    }
    let processed = process::run(&loaded.report, registry)?;
    let (mut document, mut found) = assemble::document(&loaded.report, &processed);
    // What the data holds that the template could only fail on is found here, from the data, so
    // `check` refuses it at its path as surely as a build would fail on it.
    found.extend(render::coverage::unshowable(&loaded.report));
    if let Some(institution) = institution {
        let report = &loaded.report;
        let (doc, title, warnings) = institution.document(&report.language, &report.language);
        document.meta.institution = Some(doc);
        if document.meta.title.is_none() {
            document.meta.title = title;
        }
        found.extend(warnings);
    } else if let Some(issuer) = &loaded.report.issuer {
        document.meta.institution = Some(InstitutionDoc::of_issuer(issuer));
    }
    let plugin_found = locate_in(loaded, file, processed.diagnostics.iter().cloned().chain(found));
    let mut all = Diagnostics(loaded.warnings.0.iter().cloned().chain(plugin_found).collect());
    if all.has_errors() {
        return Err(Error::Data(all));
    }
    // The form's own rules (areas under their goals, each form's fields, the fields it requires
    // of a measure) are looked at once the data is sound: a refused file is told its errors alone.
    all.0.extend(locate_in(loaded, file, crate::data::form::report(&loaded.report)));
    Ok(Prepared { document, processed, warnings: all })
}

/// `diagnostics` of the data file `file` (or of the part their measure was written in) with their
/// line and column: at the key ending the path when the problem is the key, else at the value.
pub fn locate_in(loaded: &Loaded, file: &Path, diagnostics: impl IntoIterator<Item = Diagnostic>) -> Vec<Diagnostic> {
    let locators = loaded.locators();
    let locate = |d: Diagnostic| {
        let (mut d, locator) = loaded.place(d, file, &locators);
        if let Some(path) = &d.path {
            d.position = if d.on_key { locator.locate_key(path) } else { locator.locate(path) };
        }
        d
    };
    diagnostics.into_iter().map(locate).collect()
}

/// Dates the report: `timestamp` (seconds since the epoch, UTC), written out in its locale.
pub fn set_date(prepared: &mut Prepared, timestamp: i64) {
    let moment = time::OffsetDateTime::from_unix_timestamp(timestamp).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let fmt = informe_plugin::format::Formatter::new(&prepared.document.meta.locale);
    prepared.document.meta.date = fmt.date(moment.year(), u8::from(moment.month()), moment.day());
}

/// A built PDF.
#[derive(Debug)]
pub struct BuiltPdf {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub template_warnings: Vec<Diagnostic>,
    /// Typst's compile (layout) and PDF export times.
    pub compile_time: std::time::Duration,
    pub export_time: std::time::Duration,
}

/// The document model as the JSON the template reads from `/data/report.json`.
pub fn model_json(prepared: &Prepared) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(&prepared.document).map_err(|err| {
        Error::Data(Diagnostics(vec![Diagnostic::error(format!("cannot encode the document model: {err}"))]))
    })
}

/// Renders a prepared document with `template`.
pub fn render_pdf(prepared: &Prepared, template: Template, options: &RenderOptions) -> Result<BuiltPdf, Error> {
    let rendered = render::pdf(template, model_json(prepared)?, options)?;
    Ok(BuiltPdf {
        pdf: rendered.pdf,
        pages: rendered.pages,
        template_warnings: rendered.warnings,
        compile_time: rendered.compile_time,
        export_time: rendered.export_time,
    })
}

/// Writes the Typst project `render_pdf` compiles into `dir`: the template's files as its layers
/// resolve them, and the document model at `data/report.json`.
pub fn emit_typst(prepared: &Prepared, template: &Template, dir: &Path) -> Result<(), Error> {
    let files = render::project(template, &model_json(prepared)?)
        .map_err(|source| Error::Output { path: dir.to_path_buf(), source })?;
    std::fs::create_dir_all(dir).map_err(|source| Error::Output { path: dir.to_path_buf(), source })?;
    crate::output::write_tree(dir, &files)
}

/// Writes the workbook of a prepared report.
pub fn render_ods(report: &Report, prepared: &Prepared, options: &OdsOptions) -> Result<Vec<u8>, Error> {
    ods::workbook(report, &prepared.processed, options).map_err(Error::Ods)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load;

    /// A report of one program without plugin, with `extra` fields at its top level.
    fn loaded(extra: serde_json::Value) -> Loaded {
        let mut report = serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en",
            "measures": [{"name": "m", "programs": [{"id": "p", "name": "P", "family": "film"}]}]
        });
        report.as_object_mut().expect("object").extend(extra.as_object().expect("object").clone());
        let file = Path::new("r.json");
        let mut loaded = load::parse(report.to_string(), file).expect("loads");
        localize(&mut loaded, file, Some("fr"), None);
        loaded
    }

    #[test]
    fn a_report_naming_no_institution_and_no_issuer_is_issued_by_none() {
        let prepared =
            prepare(&loaded(serde_json::json!({})), Path::new("r.json"), &Registry::default(), None).expect("prepared");
        assert!(prepared.document.meta.institution.is_none());
        assert_eq!(prepared.document.meta.country, "Ghana");
    }

    #[test]
    fn the_data_s_issuer_issues_the_report_in_its_language_unless_an_institution_is_chosen() {
        let issuer = serde_json::json!({"issuer": {
            "name": {"en": "Ministry of Tourism, Arts and Culture", "fr": "Ministère du Tourisme, des Arts et de la Culture"},
            "short_name": "MoTAC"
        }});
        let data = loaded(issuer);
        let prepared = prepare(&data, Path::new("r.json"), &Registry::default(), None).expect("prepared");
        let shown = prepared.document.meta.institution.expect("issuer shown");
        assert_eq!(shown.name, "Ministère du Tourisme, des Arts et de la Culture");
        assert_eq!((shown.short_name.as_str(), shown.id), ("MoTAC", None));

        let chosen = Institution::find("dgb").expect("shipped");
        let prepared = prepare(&data, Path::new("r.json"), &Registry::default(), Some(&chosen)).expect("prepared");
        let shown = prepared.document.meta.institution.expect("institution shown");
        assert_eq!((shown.id.as_deref(), shown.name.as_str()), (Some("dgb"), "Direction générale des bibliothèques"));
    }
}
