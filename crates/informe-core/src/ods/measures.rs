//! The Measures sheet: the report-level table of measures, one row per measure and currency.
//!
//! Its amounts are live formulas over the measure's own rows of the Programs sheet.
//! The rows come from [`measures_table::rows`], as the PDF's table does; the amounts are the
//! `SUMIF` of the Programs sheet over the rows of the measure's programs, with the combined
//! qualifier, so editing a program's figure recomputes its measure's line as it does the Totals.

use spreadsheet_ods::Sheet;
use spreadsheet_ods::formula::{fcellrefa, frangerefa_table};

use crate::data::model::{Form, Report};
use crate::measures_table;
use crate::ods::form_words::FormWords;
use crate::ods::sheets::{ProgramRows, col, count, qualifier_formula, sheet_with_header};
use crate::ods::styles::Styles;
use crate::words::Words;

/// The Measures sheet of `report`, whose programs lie in `rows` of the Programs sheet.
pub fn sheet(report: &Report, rows: &ProgramRows, styles: &Styles, words: &Words) -> Sheet {
    let form = FormWords::new(&report.language);
    let form2020 = report.form == Form::Form2020;
    // The form's place of a measure: the 2012 form's chapter, or the 2020 form's goals and areas.
    let mut columns = vec![(words.text("ods-measure"), 6.0)];
    if form2020 {
        columns.extend([(words.text("ods-goals"), 2.4), (words.text("ods-areas"), 6.0)]);
    } else {
        columns.push((words.text("ods-chapter"), 5.0));
    }
    let place_columns = columns.len() as u32 - 1;
    columns.extend([
        (words.text("ods-agencies"), 6.0),
        (words.text("ods-programs"), 2.4),
        (words.text("ods-currency"), 2.2),
        (words.text("ods-paid"), 4.2),
        (words.text("ods-qualifier"), 3.2),
        (words.text("ods-received"), 4.2),
        (words.text("ods-qualifier"), 3.2),
    ]);
    let mut sheet = sheet_with_header(&words.text("ods-sheet-measures"), &columns, styles);
    let agencies_col = 1 + place_columns;
    let (programs_col, currency_col) = (agencies_col + 1, agencies_col + 2);

    let mut row = 1;
    for line in measures_table::rows(report) {
        let measure = line.measure;
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
        for (i, currency) in lines.into_iter().enumerate() {
            sheet.set_value(row, 0, measure.name.to_string());
            for (at, text) in (1u32..).zip(&place) {
                sheet.set_value(row, at, text.as_str());
            }
            sheet.set_value(row, agencies_col, agencies.join("; "));
            // The count goes on the measure's first line only, so a sum of the column counts it once.
            if i == 0 {
                count(&mut sheet, row, programs_col, measure.programs.len() as u64, styles);
            }
            if let (Some(currency), Some((first, last))) = (currency, rows.measures.get(line.index).copied().flatten())
            {
                sheet.set_value(row, currency_col, currency);
                let key = fcellrefa(row, currency_col);
                let range = |c: u32| frangerefa_table(&rows.sheet, first, c, last, c);
                let sides = [
                    (currency_col + 1, col::PAID, col::PAID_CURRENCY, col::PAID_QUALIFIER),
                    (currency_col + 3, col::RECEIVED, col::RECEIVED_CURRENCY, col::RECEIVED_QUALIFIER),
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
            }
            row += 1;
        }
    }
    sheet
}
