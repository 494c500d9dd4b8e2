//! The Measures sheet: the report-level table of measures, one row per measure and currency.
//!
//! Its amounts paid and received are live formulas over the measure's own rows of the Programs sheet.
//! The rows come from [`measures_table::rows`], as the PDF's table does; the amounts are the
//! `SUMIF` of the Programs sheet over the rows of the measure's programs, with the combined
//! qualifier, so editing a program's figure recomputes its measure's line as it does the Totals.
//! The resources a measure states as allocated to it (2020 form) are data, not sums: they are
//! written as values, in their own column present only when some measure states them. The 2020
//! form's other lists (civil society's measures, transversal issues) follow with a column naming
//! each row's list; their programs are not on the Programs sheet, so their money is written as
//! values.

use rust_decimal::prelude::ToPrimitive;
use spreadsheet_ods::formula::{fcellrefa, frangerefa_table};
use spreadsheet_ods::{Sheet, Value};

use crate::aggregate::Total;
use crate::data::model::{Form, Report};
use crate::measures_table::{self, List};
use crate::ods::form_words::FormWords;
use crate::ods::sheets::{ProgramRows, col, count, qualifier_formula, sheet_with_header};
use crate::ods::styles::Styles;
use crate::words::Words;

/// Where the Measures sheet holds the party's allocated resources, for the Totals sheet's formulas.
#[derive(Debug)]
pub struct Allocated {
    /// The sheet's name, in the report's language.
    pub sheet: String,
    pub currency_col: u32,
    /// The amounts' column; their qualifiers are in the next.
    pub amount_col: u32,
    /// The first and last rows of the party's own measures (the other lists follow them).
    pub rows: (u32, u32),
    /// The currencies the party's measures state resources in.
    pub currencies: Vec<String>,
}

/// The Measures sheet of `report`, whose programs lie in `rows` of the Programs sheet, and where
/// it holds the party's allocated resources when some measure of the party states them.
pub fn sheet(report: &Report, rows: &ProgramRows, styles: &Styles, words: &Words) -> (Sheet, Option<Allocated>) {
    let form = FormWords::new(&report.language);
    let form2020 = report.form == Form::Form2020;
    let lines = measures_table::rows(report);
    let grouped = lines.iter().any(|l| l.list != List::Measures);
    let allocated = lines.iter().any(|l| l.measure.financial_resources.is_some());
    let mut columns = vec![(words.text("ods-measure"), 6.0)];
    if grouped {
        columns.push((form.label("measures_table_list"), 6.0));
    }
    let list_columns = columns.len() as u32 - 1;
    // The form's place of a measure: the 2012 form's chapter, or the 2020 form's goals and areas.
    if form2020 {
        columns.extend([(words.text("ods-goals"), 2.4), (words.text("ods-areas"), 6.0)]);
    } else {
        columns.push((words.text("ods-chapter"), 5.0));
    }
    let place_columns = columns.len() as u32 - 1 - list_columns;
    columns.extend([
        (words.text("ods-agencies"), 6.0),
        (words.text("ods-programs"), 2.4),
        (words.text("ods-currency"), 2.2),
    ]);
    if allocated {
        columns.extend([(form.label("measures_table_allocated"), 4.2), (words.text("ods-qualifier"), 3.2)]);
    }
    columns.extend([
        (words.text("ods-paid"), 4.2),
        (words.text("ods-qualifier"), 3.2),
        (words.text("ods-received"), 4.2),
        (words.text("ods-qualifier"), 3.2),
    ]);
    let mut sheet = sheet_with_header(&words.text("ods-sheet-measures"), &columns, styles);
    let agencies_col = 1 + list_columns + place_columns;
    let (programs_col, currency_col) = (agencies_col + 1, agencies_col + 2);
    let allocated_col = currency_col + 1;
    let paid_col = if allocated { allocated_col + 2 } else { allocated_col };

    let mut row = 1;
    let mut party_rows = None;
    for line in lines {
        let measure = line.measure;
        if line.list == List::Measures {
            party_rows = Some((party_rows.map_or(row, |(first, _)| first), row));
        }
        let place: Vec<String> = if form2020 {
            vec![
                measure.goals.iter().map(|g| g.number().to_string()).collect::<Vec<_>>().join("; "),
                measure.areas.iter().map(|a| form.area(&measures_table::key(a))).collect::<Vec<_>>().join("; "),
            ]
        } else {
            vec![form.chapter(line.chapter.key())]
        };
        let agencies: Vec<String> = measure.implementing_agencies.iter().map(ToString::to_string).collect();
        let currencies = line.currencies();
        // A measure without money still has its line, with no currency.
        let lines: Vec<Option<&str>> =
            if currencies.is_empty() { vec![None] } else { currencies.into_iter().map(Some).collect() };
        // Only the party's measures have their programs on the Programs sheet.
        let program_rows =
            if line.list == List::Measures { rows.measures.get(line.index).copied().flatten() } else { None };
        for (i, currency) in lines.into_iter().enumerate() {
            sheet.set_value(row, 0, measure.name.to_string());
            if grouped {
                sheet.set_value(row, 1, form.label(line.list.label()));
            }
            for (at, text) in (1 + list_columns..).zip(&place) {
                sheet.set_value(row, at, text.as_str());
            }
            sheet.set_value(row, agencies_col, agencies.join("; "));
            // The count goes on the measure's first line only, so a sum of the column counts it once.
            if i == 0 {
                count(&mut sheet, row, programs_col, measure.programs.len() as u64, styles);
            }
            let Some(currency) = currency else {
                row += 1;
                continue;
            };
            sheet.set_value(row, currency_col, currency);
            let resources = measure.financial_resources.as_ref().filter(|r| r.currency == currency);
            if let Some(resources) = resources {
                money(&mut sheet, row, allocated_col, &resources.amount, currency, styles);
                sheet.set_value(row, allocated_col + 1, measures_table::key(&resources.qualifier));
            }
            if let Some((first, last)) = program_rows {
                let key = fcellrefa(row, currency_col);
                let range = |c: u32| frangerefa_table(&rows.sheet, first, c, last, c);
                let sides = [
                    (paid_col, col::PAID, col::PAID_CURRENCY, col::PAID_QUALIFIER),
                    (paid_col + 2, col::RECEIVED, col::RECEIVED_CURRENCY, col::RECEIVED_QUALIFIER),
                ];
                for (at, amount_col, code_col, qualifier_col) in sides {
                    let (amounts, codes, qualifiers) = (range(amount_col), range(code_col), range(qualifier_col));
                    // A side with no amount of this currency stays empty, as the PDF shows a dash.
                    let none = format!("COUNTIF({codes};{key})=0");
                    sheet.set_formula(row, at, format!("of:=IF({none};\"\";SUMIF({codes};{key};{amounts}))"));
                    if let Some(style) = styles.money(currency) {
                        sheet.set_cellstyle(row, at, style);
                    }
                    let qualifier = qualifier_formula(&codes, &qualifiers, &key);
                    let qualifier = qualifier.trim_start_matches("of:=");
                    sheet.set_formula(row, at + 1, format!("of:=IF({none};\"\";{qualifier})"));
                }
            } else {
                // Programs off the Programs sheet: their totals as values, as the PDF shows them.
                for (at, totals) in [(paid_col, &line.totals.paid), (paid_col + 2, &line.totals.received)] {
                    if let Some(total) = totals.iter().find(|t: &&Total| t.currency == currency) {
                        money(&mut sheet, row, at, &total.amount, currency, styles);
                        sheet.set_value(row, at + 1, measures_table::key(&total.qualifier));
                    }
                }
            }
            row += 1;
        }
        if line.list == List::Measures {
            party_rows = party_rows.map(|(first, _)| (first, row - 1));
        }
    }
    let currencies: std::collections::BTreeSet<String> =
        report.measures.iter().filter_map(|m| m.financial_resources.as_ref()).map(|r| r.currency.clone()).collect();
    let allocated = party_rows.filter(|_| allocated && !currencies.is_empty()).map(|rows| Allocated {
        sheet: words.text("ods-sheet-measures"),
        currency_col,
        amount_col: allocated_col,
        rows,
        currencies: currencies.into_iter().collect(),
    });
    (sheet, allocated)
}

/// An amount as a currency value, in the currency's style when the workbook has one.
fn money(sheet: &mut Sheet, row: u32, col: u32, amount: &rust_decimal::Decimal, currency: &str, styles: &Styles) {
    // Spreadsheet numbers are doubles; the exact decimal stays in the data and the PDF.
    let value = Value::Currency(amount.to_f64().unwrap_or_default(), currency.into());
    match styles.money(currency) {
        Some(style) => sheet.set_styled_value(row, col, value, style),
        None => sheet.set_value(row, col, value),
    }
}
