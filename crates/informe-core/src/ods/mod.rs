//! The ODS workbook: the same report model as the PDF, as typed cells and live formulas.
//!
//! Sheets: Programs (one row per program and contribution), Metrics (every plugin metric, long
//! form), Totals (SUMIF formulas over Programs, so edits recompute), Measures (the report-level
//! table of measures, its amounts formulas over each measure's Programs rows), Tables (plugin
//! tables) and Notes (footnotes, sources, what counts toward each indicator).

mod canonical;
mod form_words;
mod measures;
mod meta;
mod sheets;
mod styles;
mod zip_dates;

use spreadsheet_ods::WorkBook;

use crate::data::model::Report;
use crate::process::Processed;

/// Settings of one workbook.
#[derive(Debug, Clone)]
pub struct OdsOptions {
    /// Creation date of the document, seconds since the Unix epoch (UTC).
    pub timestamp: i64,
    /// Title for the document metadata.
    pub title: String,
    /// Name of the data file, for the Notes sheet.
    pub source: String,
}

/// Writing the workbook failed.
#[derive(Debug, thiserror::Error)]
#[error("cannot write the ODS workbook: {0}")]
pub struct OdsError(String);

/// Builds the workbook of `report` and returns the bytes of the `.ods` file.
pub fn workbook(report: &Report, processed: &Processed, options: &OdsOptions) -> Result<Vec<u8>, OdsError> {
    let mut book = WorkBook::new_empty();
    let styles = styles::Styles::register(&mut book, &sheets::currencies(report, processed));
    for sheet in sheets::all(report, processed, &styles, options) {
        book.push_sheet(sheet);
    }

    let created = chrono::DateTime::from_timestamp(options.timestamp, 0).unwrap_or_default().naive_utc();
    let meta = book.metadata_mut();
    meta.title = options.title.clone();
    meta.language = report.language.clone();
    meta.subject = report.measures.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join("; ");
    meta.keyword =
        report.measures.iter().flat_map(|m| &m.programs).map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    meta.initial_creator = report.institution.clone().unwrap_or_else(|| report.country.clone());
    meta.creation_date = Some(created);
    meta.date = Some(created);

    let bytes = spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).map_err(|e| OdsError(e.to_string()))?;
    // The ODS writer stamps zip entries with the current time; reports must be reproducible.
    zip_dates::fix(&bytes, options.timestamp).map_err(|e| OdsError(e.to_string()))
}
