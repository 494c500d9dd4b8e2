//! Cell styles of the workbook: a header style, and a number format per currency and for counts.

use std::collections::BTreeMap;

use spreadsheet_ods::color::Rgb;
use spreadsheet_ods::{CellStyle, CellStyleRef, ValueFormatCurrency, ValueFormatNumber, WorkBook};

/// The styles the sheets use.
#[derive(Debug)]
pub struct Styles {
    pub header: CellStyleRef,
    pub title: CellStyleRef,
    pub count: CellStyleRef,
    /// A currency style per ISO 4217 code that appears in the report.
    money: BTreeMap<String, CellStyleRef>,
}

impl Styles {
    /// Registers the styles with `book`, one money style per currency in `currencies`.
    pub fn register(book: &mut WorkBook, currencies: &std::collections::BTreeSet<String>) -> Self {
        let mut header = CellStyle::new_empty();
        header.set_name("informe-header");
        header.set_font_bold();
        header.set_background_color(Rgb::new(0xdd, 0xe6, 0xf0));
        let mut title = CellStyle::new_empty();
        title.set_name("informe-title");
        title.set_font_bold();

        let mut count_format = ValueFormatNumber::new_named("informe-count-format");
        count_format.part_number().decimal_places(0).min_integer_digits(1).grouping().build();
        let count_format = book.add_number_format(count_format);
        let count = CellStyle::new("informe-count", &count_format);

        let mut money = BTreeMap::new();
        for code in currencies {
            let mut format = ValueFormatCurrency::new_named(format!("informe-money-{code}-format"));
            format.part_currency().symbol(code.clone()).build();
            format.part_text(" ").build();
            format.part_number().fixed_decimal_places(2).min_integer_digits(1).grouping().build();
            let format = book.add_currency_format(format);
            let style = book.add_cellstyle(CellStyle::new(format!("informe-money-{code}"), &format));
            money.insert(code.clone(), style);
        }
        Self {
            header: book.add_cellstyle(header),
            title: book.add_cellstyle(title),
            count: book.add_cellstyle(count),
            money,
        }
    }

    /// The style for amounts in `currency` (registered for every currency of the report).
    pub fn money(&self, currency: &str) -> Option<&CellStyleRef> {
        self.money.get(currency)
    }
}
