//! The sheets of the workbook, each built from the report model and the plugins' output.

use std::collections::BTreeSet;

use informe_plugin::{Block, Cell, Quantity};
use rust_decimal::prelude::ToPrimitive;
use spreadsheet_ods::{Length, Sheet, Value};

use crate::aggregate::{self, IndicatorValue};
use crate::data::model::{Contribution, Measure, Period, Qualifier, Report};
use crate::ods::OdsOptions;
use crate::ods::styles::Styles;
use crate::process::{Processed, ProgramOutput};
use crate::words::Words;

/// Every currency of the report and of the plugins' money metrics.
pub fn currencies(report: &Report, processed: &Processed) -> BTreeSet<String> {
    // Every list's measures: the Measures sheet shows them all, with what they state as allocated.
    let measures = || report.all_measures().map(|(_, m)| m);
    let contributions = measures()
        .flat_map(|m| &m.programs)
        .flat_map(|p| p.financial_resources.paid.iter().chain(&p.financial_resources.received))
        .map(|c| c.currency.clone())
        .chain(measures().filter_map(|m| m.financial_resources.as_ref()).map(|r| r.currency.clone()));
    let metrics =
        processed.outputs.iter().flatten().flat_map(|o| &o.response.metrics).filter_map(|m| match &m.figure.quantity {
            Quantity::Money { currency, .. } => Some(currency.clone()),
            _ => None,
        });
    contributions.chain(metrics).collect()
}

/// The key of a qualifier as the data format writes it; formulas compare against these.
fn qualifier_key(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approximately => "approximately",
        Qualifier::MoreThan => "more-than",
        Qualifier::AtLeast => "at-least",
    }
}

/// A sheet with a styled, frozen header row and column widths in centimetres.
pub(super) fn sheet_with_header(name: &str, columns: &[(String, f64)], styles: &Styles) -> Sheet {
    let mut sheet = Sheet::new(name);
    for (col, (title, width)) in (0u32..).zip(columns) {
        sheet.set_styled_value(0, col, title.as_str(), &styles.header);
        sheet.set_col_width(col, Length::Cm(*width));
    }
    sheet.split_row_header(0);
    sheet
}

fn money(sheet: &mut Sheet, row: u32, col: u32, amount: &rust_decimal::Decimal, currency: &str, styles: &Styles) {
    // Spreadsheet numbers are doubles; the exact decimal stays in the data and the PDF.
    let value = Value::Currency(amount.to_f64().unwrap_or_default(), currency.into());
    match styles.money(currency) {
        Some(style) => sheet.set_styled_value(row, col, value, style),
        None => sheet.set_value(row, col, value),
    }
}

pub(super) fn count(sheet: &mut Sheet, row: u32, col: u32, value: u64, styles: &Styles) {
    sheet.set_styled_value(row, col, Value::Number(value as f64), &styles.count);
}

fn period_text(period: Option<Period>, report: &Report) -> String {
    period.unwrap_or(report.period).to_string()
}

/// Rows of the Programs sheet, counted from 1 (row 0 is the header); formulas refer to them.
pub struct ProgramRows {
    /// The sheet's name, in the report's language.
    pub sheet: String,
    pub first: u32,
    pub last: u32,
    /// Each measure's first and last rows, by its index in the report; `None` for a measure
    /// without programs.
    pub measures: Vec<Option<(u32, u32)>>,
}

/// Programs, Metrics, Totals, Measures, Tables and Notes, in that order.
pub fn all(report: &Report, processed: &Processed, styles: &Styles, options: &OdsOptions) -> Vec<Sheet> {
    let indicators: Vec<Vec<IndicatorValue>> = report
        .measures
        .iter()
        .zip(&processed.outputs)
        .enumerate()
        .map(|(m, (measure, outputs))| aggregate::indicators(measure, outputs, &format!("measures[{m}]")).0)
        .collect();
    let words = Words::new(report.locale());
    let (programs, rows) = programs_sheet(report, processed, &indicators, styles, &words);
    let (measures, allocated) = super::measures::sheet(report, &rows, styles, &words);
    vec![
        programs,
        metrics_sheet(report, processed, styles, &words),
        totals_sheet(report, &rows, allocated.as_ref(), &indicators, styles, &words),
        measures,
        tables_sheet(report, processed, styles, &words),
        notes_sheet(report, &indicators, styles, options, &words),
    ]
}

/// The family of a program by the name its plugin gives in the report's language, else as the
/// data writes it (no plugin names it then).
fn family_name<'a>(measure: &'a Measure, outputs: &'a [ProgramOutput], program_id: &str) -> &'a str {
    let Some(p) = measure.programs.iter().position(|p| p.id == program_id) else { return "" };
    outputs.get(p).and_then(|o| o.response.family_name.as_deref()).unwrap_or(&measure.programs[p].family)
}

/// Column letters of the Programs sheet, used by the Totals formulas.
pub(super) mod col {
    pub const PAID: u32 = 3;
    pub const PAID_CURRENCY: u32 = 4;
    pub const PAID_QUALIFIER: u32 = 5;
    pub const RECEIVED: u32 = 7;
    pub const RECEIVED_CURRENCY: u32 = 8;
    pub const RECEIVED_QUALIFIER: u32 = 9;
    pub const PROJECTS: u32 = 11;
    pub const PROJECTS_QUALIFIER: u32 = 12;
}

fn programs_sheet(
    report: &Report,
    processed: &Processed,
    indicators: &[Vec<IndicatorValue>],
    styles: &Styles,
    words: &Words,
) -> (Sheet, ProgramRows) {
    let mut sheet = sheet_with_header(
        &words.text("ods-sheet-programs"),
        &[
            (words.text("ods-id"), 3.5),
            (words.text("ods-program"), 4.0),
            (words.text("ods-family"), 3.2),
            (words.text("ods-paid"), 4.2),
            (words.text("ods-currency"), 2.2),
            (words.text("ods-qualifier"), 3.2),
            (words.text("ods-period"), 2.4),
            (words.text("ods-received"), 4.2),
            (words.text("ods-currency"), 2.2),
            (words.text("ods-qualifier"), 3.2),
            (words.text("ods-period"), 2.4),
            (words.text("ods-projects"), 3.6),
            (words.text("ods-qualifier"), 3.2),
        ],
        styles,
    );
    let mut row = 1;
    let mut measures = Vec::with_capacity(report.measures.len());
    for ((measure, outputs), measure_indicators) in report.measures.iter().zip(&processed.outputs).zip(indicators) {
        let start = row;
        let table = aggregate::finance_table(measure);
        let projects = measure_indicators.iter().find(|i| i.id == informe_plugin::BENEFICIARY_PROJECTS);
        for line in &table.rows {
            let lines = line.paid.len().max(line.received.len()).max(1);
            for i in 0..lines {
                sheet.set_value(row, 0, line.program_id);
                sheet.set_value(row, 1, line.program_name);
                sheet.set_value(row, 2, family_name(measure, outputs, line.program_id));
                let mut contribution = |c: Option<&Contribution>, at: u32| {
                    if let Some(c) = c {
                        money(&mut sheet, row, at, &c.amount, &c.currency, styles);
                        sheet.set_value(row, at + 1, c.currency.as_str());
                        sheet.set_value(row, at + 2, qualifier_key(c.qualifier));
                        sheet.set_value(row, at + 3, period_text(c.period, report));
                    }
                };
                contribution(line.paid.get(i), col::PAID);
                contribution(line.received.get(i), col::RECEIVED);
                // The program's beneficiary projects go on its first line only, so sums count them once.
                if i == 0
                    && let Some(indicator) = projects
                {
                    let entries = indicator.entries.iter().filter(|e| e.program_id == line.program_id);
                    let (total, qualifier, any) = entries
                        .fold((0, Qualifier::Exact, false), |(t, q, _), e| (t + e.value, q.combine(e.qualifier), true));
                    if any {
                        count(&mut sheet, row, col::PROJECTS, total, styles);
                        sheet.set_value(row, col::PROJECTS_QUALIFIER, qualifier_key(qualifier));
                    }
                }
                row += 1;
            }
        }
        measures.push((row > start).then(|| (start, row - 1)));
    }
    let name = words.text("ods-sheet-programs");
    (sheet, ProgramRows { sheet: name, first: 1, last: row.saturating_sub(1).max(1), measures })
}

fn metrics_sheet(report: &Report, processed: &Processed, styles: &Styles, words: &Words) -> Sheet {
    let mut sheet = sheet_with_header(
        &words.text("ods-sheet-metrics"),
        &[
            (words.text("ods-program"), 4.0),
            (words.text("ods-key"), 5.0),
            (words.text("ods-label"), 8.0),
            (words.text("ods-value"), 3.6),
            (words.text("ods-unit"), 3.2),
            (words.text("ods-qualifier"), 3.2),
            (words.text("ods-period"), 2.4),
            (words.text("ods-indicator"), 4.5),
        ],
        styles,
    );
    let mut row = 1;
    for (measure, outputs) in report.measures.iter().zip(&processed.outputs) {
        for (program, output) in measure.programs.iter().zip(outputs) {
            for metric in &output.response.metrics {
                sheet.set_value(row, 0, program.name.as_str());
                sheet.set_value(row, 1, metric.id.as_str());
                sheet.set_value(row, 2, metric.label.as_str());
                let unit = match &metric.figure.quantity {
                    Quantity::Money { amount, currency } => {
                        money(&mut sheet, row, 3, amount, currency, styles);
                        currency.clone()
                    }
                    Quantity::Count { value } => {
                        count(&mut sheet, row, 3, *value, styles);
                        "count".to_owned()
                    }
                    Quantity::Ratio { value } => {
                        sheet.set_value(row, 3, Value::Number(value.to_f64().unwrap_or_default()));
                        "ratio".to_owned()
                    }
                    Quantity::Text { text } => {
                        sheet.set_value(row, 3, text.as_str());
                        String::new()
                    }
                };
                sheet.set_value(row, 4, unit);
                sheet.set_value(row, 5, qualifier_key(metric.figure.qualifier));
                sheet.set_value(row, 6, period_text(metric.period, report));
                sheet.set_value(row, 7, metric.indicator.clone().unwrap_or_default());
                row += 1;
            }
        }
    }
    sheet
}

/// An absolute reference to one column of the Programs rows.
fn programs_range(col: u32, rows: &ProgramRows) -> String {
    spreadsheet_ods::formula::frangerefa_table(&rows.sheet, rows.first, col, rows.last, col)
}

/// A formula giving the combined qualifier of the rows of `currency_cell`'s currency, mirroring
/// `Qualifier::combine`: approximate wins, then strict lower bounds, then inclusive ones.
pub(super) fn qualifier_formula(currencies: &str, qualifiers: &str, key: &str) -> String {
    let any = |q: &str| format!("COUNTIFS({currencies};{key};{qualifiers};\"{q}\")>0");
    format!(
        "of:=IF({};\"approximately\";IF({};\"more-than\";IF({};\"at-least\";\"exact\")))",
        any("approximately"),
        any("more-than"),
        any("at-least")
    )
}

/// The party's totals per currency, each a live formula: what its programs paid and received
/// (`SUMIF` over the Programs sheet) and, when its measures state them, the resources allocated
/// to them (over the party's rows of the Measures sheet, `allocated`), as the PDF's table of
/// measures totals them; then the indicator.
fn totals_sheet(
    report: &Report,
    rows: &ProgramRows,
    allocated: Option<&super::measures::Allocated>,
    indicators: &[Vec<IndicatorValue>],
    styles: &Styles,
    words: &Words,
) -> Sheet {
    let mut columns = vec![
        (words.text("ods-currency"), 4.5),
        (words.text("ods-paid"), 4.5),
        (words.text("ods-qualifier"), 3.2),
        (words.text("ods-received"), 4.5),
        (words.text("ods-qualifier"), 3.2),
    ];
    if allocated.is_some() {
        let form = super::form_words::FormWords::new(&report.language);
        columns.extend([(form.label("measures_table_allocated"), 4.5), (words.text("ods-qualifier"), 3.2)]);
    }
    let mut sheet = sheet_with_header(&words.text("ods-sheet-totals"), &columns, styles);
    let mut currencies: BTreeSet<&str> = report
        .measures
        .iter()
        .flat_map(|m| &m.programs)
        .flat_map(|p| p.financial_resources.paid.iter().chain(&p.financial_resources.received))
        .map(|c| c.currency.as_str())
        .collect();
    currencies.extend(allocated.iter().flat_map(|a| a.currencies.iter().map(String::as_str)));
    let mut row = 1;
    for currency in currencies {
        let key = spreadsheet_ods::formula::fcellrefa(row, 0);
        sheet.set_value(row, 0, currency);
        let columns = [
            (1, col::PAID, col::PAID_CURRENCY, col::PAID_QUALIFIER),
            (3, col::RECEIVED, col::RECEIVED_CURRENCY, col::RECEIVED_QUALIFIER),
        ];
        for (at, amount_col, currency_col, qualifier_col) in columns {
            let (amounts, codes, qualifiers) = (
                programs_range(amount_col, rows),
                programs_range(currency_col, rows),
                programs_range(qualifier_col, rows),
            );
            // A side with no amount of this currency stays empty, as the PDF shows a dash.
            let none = format!("COUNTIF({codes};{key})=0");
            sheet.set_formula(row, at, format!("of:=IF({none};\"\";SUMIF({codes};{key};{amounts}))"));
            if let Some(style) = styles.money(currency) {
                sheet.set_cellstyle(row, at, style);
            }
            let qualifier = qualifier_formula(&codes, &qualifiers, &key);
            sheet.set_formula(row, at + 1, format!("of:=IF({none};\"\";{})", qualifier.trim_start_matches("of:=")));
        }
        if let Some(allocated) = allocated {
            let (first, last) = allocated.rows;
            let range = |c: u32| spreadsheet_ods::formula::frangerefa_table(&allocated.sheet, first, c, last, c);
            let (codes, amounts, qualifiers) =
                (range(allocated.currency_col), range(allocated.amount_col), range(allocated.amount_col + 1));
            // A currency no measure states resources in stays empty, as the PDF shows a dash.
            let none = format!("COUNTIFS({codes};{key};{amounts};\"<>\")=0");
            sheet.set_formula(row, 5, format!("of:=IF({none};\"\";SUMIF({codes};{key};{amounts}))"));
            if let Some(style) = styles.money(currency) {
                sheet.set_cellstyle(row, 5, style);
            }
            let qualifier = qualifier_formula(&codes, &qualifiers, &key);
            sheet.set_formula(row, 6, format!("of:=IF({none};\"\";{})", qualifier.trim_start_matches("of:=")));
        }
        row += 1;
    }

    row += 1;
    for title in
        [words.text("ods-indicator"), words.text("ods-total"), words.text("ods-qualifier")].into_iter().enumerate()
    {
        sheet.set_styled_value(row, title.0 as u32, title.1, &styles.header);
    }
    row += 1;
    for indicator in indicators.iter().flatten().filter(|i| i.id == informe_plugin::BENEFICIARY_PROJECTS) {
        let (projects, qualifiers) =
            (programs_range(col::PROJECTS, rows), programs_range(col::PROJECTS_QUALIFIER, rows));
        sheet.set_value(row, 0, indicator.name.as_str());
        sheet.set_formula(row, 1, format!("of:=SUM({projects})"));
        sheet.set_cellstyle(row, 1, &styles.count);
        let any = |q: &str| format!("COUNTIF({qualifiers};\"{q}\")>0");
        sheet.set_formula(
            row,
            2,
            format!(
                "of:=IF({};\"approximately\";IF({};\"more-than\";IF({};\"at-least\";\"exact\")))",
                any("approximately"),
                any("more-than"),
                any("at-least")
            ),
        );
        row += 1;
    }
    sheet
}

fn tables_sheet(report: &Report, processed: &Processed, styles: &Styles, words: &Words) -> Sheet {
    let mut sheet = Sheet::new(words.text("ods-sheet-tables"));
    sheet.set_col_width(0, Length::Cm(4.0));
    for col in 1..6 {
        sheet.set_col_width(col, Length::Cm(4.5));
    }
    let mut row = 0;
    for (measure, outputs) in report.measures.iter().zip(&processed.outputs) {
        for (program, output) in measure.programs.iter().zip(outputs) {
            for section in &output.response.sections {
                for block in &section.blocks {
                    let Block::Table { caption, columns, rows } = block else { continue };
                    let title = caption.clone().unwrap_or_else(|| section.title.clone());
                    sheet.set_styled_value(row, 0, format!("{} — {title}", program.name), &styles.title);
                    row += 1;
                    for (col, name) in (0u32..).zip(columns) {
                        sheet.set_styled_value(row, col, name.as_str(), &styles.header);
                    }
                    row += 1;
                    for cells in rows {
                        for (col, cell) in (0u32..).zip(cells) {
                            match cell {
                                Cell::Text(text) => sheet.set_value(row, col, text.as_str()),
                                Cell::Figure(figure) => match &figure.quantity {
                                    Quantity::Money { amount, currency } => {
                                        money(&mut sheet, row, col, amount, currency, styles)
                                    }
                                    Quantity::Count { value } => count(&mut sheet, row, col, *value, styles),
                                    Quantity::Ratio { value } => {
                                        sheet.set_value(row, col, Value::Number(value.to_f64().unwrap_or_default()))
                                    }
                                    Quantity::Text { text } => sheet.set_value(row, col, text.as_str()),
                                },
                            }
                        }
                        row += 1;
                    }
                    row += 1;
                }
            }
        }
    }
    sheet
}

fn notes_sheet(
    report: &Report,
    indicators: &[Vec<IndicatorValue>],
    styles: &Styles,
    options: &OdsOptions,
    words: &Words,
) -> Sheet {
    let mut sheet = Sheet::new(words.text("ods-sheet-notes"));
    sheet.set_col_width(0, Length::Cm(4.0));
    sheet.set_col_width(1, Length::Cm(6.0));
    sheet.set_col_width(2, Length::Cm(9.0));
    sheet.set_col_width(3, Length::Cm(3.0));
    let mut row = 0;
    let heading = |sheet: &mut Sheet, row: &mut u32, text: &str| {
        sheet.set_styled_value(*row, 0, text, &styles.title);
        *row += 1;
    };

    heading(&mut sheet, &mut row, &words.text("ods-sources"));
    sheet.set_value(row, 0, words.text("ods-data-file"));
    sheet.set_value(row, 1, options.source.as_str());
    row += 1;
    sheet.set_value(row, 0, words.text("ods-generated"));
    sheet.set_value(row, 1, format!("informe {}", env!("CARGO_PKG_VERSION")));
    row += 2;

    heading(&mut sheet, &mut row, &words.text("ods-footnotes"));
    for program in report.measures.iter().flat_map(|m| &m.programs) {
        for footnote in &program.footnotes {
            sheet.set_value(row, 0, program.name.as_str());
            sheet.set_value(row, 1, footnote.id.as_str());
            sheet.set_value(row, 2, footnote.text.as_str());
            row += 1;
        }
    }
    row += 1;

    for indicator in indicators.iter().flatten() {
        heading(
            &mut sheet,
            &mut row,
            &words.message("ods-counts-toward", &[("indicator", indicator.name.as_str().into())]),
        );
        for entry in &indicator.entries {
            sheet.set_value(row, 0, entry.program_name.as_str());
            sheet.set_value(row, 1, entry.metric_id.as_str());
            sheet.set_value(row, 2, entry.label.as_str());
            count(&mut sheet, row, 3, entry.value, styles);
            sheet.set_value(row, 4, qualifier_key(entry.qualifier));
            row += 1;
        }
        row += 1;
    }
    sheet
}
