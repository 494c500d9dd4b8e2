//! Figures, lists and dates written as the report's locale writes them, from CLDR data (ICU4X).
//!
//! Plugins must not hand-roll number formatting: they call a [`Formatter`] built from the
//! request's locale ([`Context::locale`](crate::Context::locale)), so every figure in a report
//! reads the same way, in the conventions of the report's language and country:
//!
//! | locale | `money(1600000, "USD")` | `count(1600)` | `list(a, b, c)` | `date(2015, 12, 31)` |
//! |---|---|---|---|---|
//! | `en` | `USD 1,600,000` | `1,600` | `a, b, and c` | `December 31, 2015` |
//! | `es-MX` | `USD 1,600,000` | `1,600` | `a, b y c` | `31 de diciembre de 2015` |
//! | `es-ES` | `1.600.000 USD` | `1600` | `a, b y c` | `31 de diciembre de 2015` |
//! | `pt-BR` | `USD 1.600.000` | `1.600` | `a, b e c` | `31 de dezembro de 2015` |
//! | `fr` | `1 600 000 USD` | `1 600` | `a, b et c` | `31 décembre 2015` |
//!
//! The space between a currency code and its amount is a no-break space (U+00A0), and French
//! groups digits with a narrow no-break space (U+202F), as CLDR specifies. A locale ICU4X has
//! no data for falls back as ICU4X does (`es-AR` → `es-419` → `es`, an unknown language → the
//! root locale); qualifier words come from the SDK's catalogue, in English when the language
//! has none.
//!
//! Where the ISO code goes is CLDR's currency pattern, which ICU4X ships only in its
//! experimental crate; its `CurrencyFormatter` also rounds or pads every amount to the
//! currency's minor units (`USD 1,600,000.00`), while a report keeps the scale its source wrote.
//! So the amount is written by ICU4X's decimal formatter, and placed with the code in the
//! pattern CLDR gives the locale for an ISO code (its "alphaNextToNumber" form), read from the
//! same experimental data through its public provider types.

use std::convert::Infallible;
use std::fmt;
use std::sync::{Arc, OnceLock};

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::provider::currency::essentials::CurrencyEssentialsV1;
use icu_experimental::displaynames::provider::LocaleNamesRegionV0;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use icu_provider::prelude::*;
use rust_decimal::Decimal;

use crate::catalog::{Catalog, Marked, Sources};
use crate::content::Figure;
use crate::memo::Memo;
use crate::metric::Quantity;
use crate::model::Qualifier;

/// The SDK's own words: the qualifiers, in every language of the reports.
pub const SDK_MESSAGES: Sources = &[
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("pt", include_str!("../messages/pt.ftl")),
    ("fr", include_str!("../messages/fr.ftl")),
];

/// Formats figures, lists, dates and qualifier words for one locale.
///
/// Cheap to clone, and shareable across threads.
#[derive(Clone)]
pub struct Formatter {
    inner: Arc<Inner>,
}

/// The formatter's state. Each ICU4X formatter is built on first use: besides the time, that
/// keeps a plugin's library small, as the linker leaves out the CLDR data (for every locale) of
/// the formatters a plugin never calls (none of the shipped plugins writes a date), and every
/// plugin's library is resident in the same process as the others'.
struct Inner {
    /// The locale as ICU4X understood the tag asked for.
    locale: Locale,
    decimal: OnceLock<DecimalFormatter>,
    list: OnceLock<ListFormatter>,
    date: OnceLock<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    /// CLDR's currency patterns for the locale (or the one it falls back to).
    currency: OnceLock<DataPayload<CurrencyEssentialsV1>>,
    /// CLDR's names of countries and regions in the locale's language.
    regions: OnceLock<DataPayload<LocaleNamesRegionV0>>,
    words: Catalog,
    /// The qualifier words alone, in the order of [`Qualifier`]'s inexact variants.
    qualifiers: [String; 3],
}

impl Formatter {
    /// A formatter for a BCP 47 locale such as `es-MX`, or a bare language such as `en`.
    ///
    /// Never fails: a tag that is not BCP 47 is read as its language, else as the root locale,
    /// and data missing for a locale falls back as ICU4X does.
    ///
    /// One formatter per locale is built in a process and then shared, with the ICU4X
    /// formatters it has built so far.
    pub fn new(locale: &str) -> Self {
        static FORMATTERS: Memo<String, Formatter> = Memo::new();
        let Ok(formatter) =
            crate::memo::shared(&FORMATTERS, locale.to_owned(), || Ok::<_, Infallible>(Self::build(locale)));
        formatter
    }

    fn build(locale: &str) -> Self {
        let locale = parse_locale(locale);
        let words = Catalog::new(SDK_MESSAGES, &locale.to_string())
            .unwrap_or_else(|error| panic!("the SDK's own catalogue is broken: {error}"));
        let qualifiers =
            ["qualifier-approximately", "qualifier-more-than", "qualifier-at-least"].map(|id| words.text(id));
        Self {
            inner: Arc::new(Inner {
                locale,
                decimal: OnceLock::new(),
                list: OnceLock::new(),
                date: OnceLock::new(),
                currency: OnceLock::new(),
                regions: OnceLock::new(),
                words,
                qualifiers,
            }),
        }
    }

    // The compiled data always has the root locale, which every locale falls back to: the
    // panics below are unreachable, not error handling a caller could do better.

    fn decimal_formatter(&self) -> &DecimalFormatter {
        self.inner.decimal.get_or_init(|| decimal_for(&self.inner.locale))
    }

    fn list_formatter(&self) -> &ListFormatter {
        let locale = &self.inner.locale;
        self.inner.list.get_or_init(|| {
            ListFormatter::try_new_and(locale.into(), ListFormatterOptions::default().with_length(ListLength::Wide))
                .unwrap_or_else(|error| panic!("no list data for {locale}: {error}"))
        })
    }

    fn date_formatter(&self) -> &FixedCalendarDateTimeFormatter<Gregorian, YMD> {
        let locale = &self.inner.locale;
        self.inner.date.get_or_init(|| {
            FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long())
                .unwrap_or_else(|error| panic!("no date data for {locale}: {error}"))
        })
    }

    fn currency_patterns(&self) -> &DataPayload<CurrencyEssentialsV1> {
        let locale = &self.inner.locale;
        self.inner.currency.get_or_init(|| {
            CurrencyData
                .load(DataRequest {
                    id: DataIdentifierBorrowed::for_locale(&DataLocale::from(locale)),
                    ..Default::default()
                })
                .unwrap_or_else(|error| panic!("no currency data for {locale}: {error}"))
                .payload
        })
    }

    fn region_names(&self) -> &DataPayload<LocaleNamesRegionV0> {
        let locale = &self.inner.locale;
        self.inner.regions.get_or_init(|| {
            RegionData
                .load(DataRequest {
                    id: DataIdentifierBorrowed::for_locale(&DataLocale::from(locale)),
                    ..Default::default()
                })
                .unwrap_or_else(|error| panic!("no region names for {locale}: {error}"))
                .payload
        })
    }

    /// The name of a country (or region) in the locale's language, from its ISO 3166-1 alpha-2
    /// code: `MX` is `Mexico` (en), `México` (es), `Mexique` (fr); `None` for a code CLDR does not
    /// name. Reports name countries only this way, so every name follows the report's language.
    pub fn country(&self, code: &str) -> Option<String> {
        let code = code.trim();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let region = icu_locale_core::subtags::Region::try_from_str(&code.to_ascii_uppercase()).ok()?;
        self.region_names().get().names.get(&region.to_tinystr().to_unvalidated()).map(str::to_owned)
    }

    /// The party `name` as running text writes it, with the definite article its name takes in
    /// the language, when `name` is CLDR's own name of `code` in it: English "the Netherlands",
    /// "the United States", "the European Union"; Spanish "los Países Bajos", "el Reino Unido",
    /// "la Unión Europea" (which "de" and "a" before it contract with, see the catalogues). Any
    /// other name, or language, as it is.
    ///
    /// French and Portuguese put an article before nearly every country and contract it with
    /// most prepositions (`du Mexique`, `do Brasil`): their sentences write the country themselves.
    pub fn country_in_text(&self, name: &str, code: Option<&str>) -> String {
        /// The parties whose English name takes "the" in running text (CLDR's short names).
        const ENGLISH: &[&str] = &[
            "AE", "BS", "CF", "CK", "DO", "EU", "FK", "FO", "GB", "GM", "KM", "KY", "MH", "MP", "MV", "NL", "PH", "SB",
            "TC", "US", "VG", "VI",
        ];
        /// The parties whose Spanish name takes an article, with it.
        const SPANISH: &[(&str, &str)] = &[
            ("AE", "los"),
            ("BS", "las"),
            ("CF", "la"),
            ("CK", "las"),
            ("DO", "la"),
            ("EU", "la"),
            ("FK", "las"),
            ("FO", "las"),
            ("GB", "el"),
            ("KY", "las"),
            ("MH", "las"),
            ("MP", "las"),
            ("NL", "los"),
            ("SB", "las"),
            ("TC", "las"),
            ("VG", "las"),
            ("VI", "las"),
        ];
        let Some(code) = code.map(|code| code.trim().to_ascii_uppercase()) else { return name.to_owned() };
        if self.country(&code).as_deref() != Some(name) {
            return name.to_owned();
        }
        let article = match self.language() {
            "en" => ENGLISH.contains(&code.as_str()).then_some("the"),
            "es" => SPANISH.iter().find(|(c, _)| *c == code).map(|(_, article)| *article),
            _ => None,
        };
        match article {
            Some(article) => format!("{article} {name}"),
            None => name.to_owned(),
        }
    }

    /// The BCP 47 locale this formatter writes, as understood: `es-MX`, `en`, `und`.
    pub fn locale(&self) -> String {
        self.inner.locale.to_string()
    }

    /// The language of the locale: `es` for `es-MX`.
    pub fn language(&self) -> &str {
        self.inner.locale.id.language.as_str()
    }

    /// A decimal, keeping the scale the source wrote: `560,229.00` (en), `560.229,00` (es-ES).
    pub fn decimal(&self, value: &Decimal) -> String {
        self.decimal_formatter().format(&fixed(value)).to_string()
    }

    /// A whole count, grouped as the locale groups: `1,600` (en), `1600` but `16.000` (es-ES).
    pub fn count(&self, value: u64) -> String {
        count_with(self.decimal_formatter(), value)
    }

    /// An amount with its ISO 4217 code where the locale puts it: `USD 1,600,000` (en, es-MX),
    /// `1.600.000 USD` (es-ES), keeping the scale the source wrote (`USD 560,229.00`).
    pub fn money(&self, amount: &Decimal, currency: &str) -> String {
        let essentials = self.currency_patterns().get();
        // An ISO code begins and ends with letters: CLDR then asks for the pattern that keeps
        // them apart from the digits ("alphaNextToNumber").
        let digits = self.decimal(&amount.abs());
        if amount.is_sign_negative() && !amount.is_zero() {
            if let Some(pattern) = essentials.get_negative(true, true) {
                return pattern.interpolate((digits.as_str(), currency)).to_string();
            }
            // Without a negative pattern, CLDR puts the locale's minus sign before the whole.
            let positive = essentials.get_positive(true, true).interpolate((digits.as_str(), currency)).to_string();
            return format!("{}{positive}", self.minus_sign());
        }
        essentials.get_positive(true, true).interpolate((digits.as_str(), currency)).to_string()
    }

    /// A ratio to two decimals at most: `1.17` (en), `1,17` (es-ES).
    pub fn ratio(&self, value: &Decimal) -> String {
        self.decimal(&value.round_dp(2))
    }

    /// A quantity without its qualifier.
    pub fn quantity(&self, quantity: &Quantity) -> String {
        match quantity {
            Quantity::Money { amount, currency } => self.money(amount, currency),
            Quantity::Count { value } => self.count(*value),
            Quantity::Ratio { value } => self.ratio(value),
            Quantity::Text { text } => text.clone(),
        }
    }

    /// The words of a qualifier alone: `approximately`, `más de`, `au moins`; empty for exact.
    pub fn qualifier(&self, qualifier: Qualifier) -> &str {
        match qualifier {
            Qualifier::Exact => "",
            Qualifier::Approximately => &self.inner.qualifiers[0],
            Qualifier::MoreThan => &self.inner.qualifiers[1],
            Qualifier::AtLeast => &self.inner.qualifiers[2],
        }
    }

    /// A figure with its qualifier in words: `more than 40`, `aproximadamente USD 500,000`.
    pub fn figure(&self, figure: &Figure) -> String {
        self.qualified(figure.qualifier, &self.quantity(&figure.quantity))
    }

    /// An already formatted value with its qualifier, placed as the language places it.
    pub fn qualified(&self, qualifier: Qualifier, value: &str) -> String {
        let id = match qualifier {
            Qualifier::Exact => return value.to_owned(),
            Qualifier::Approximately => "qualified-approximately",
            Qualifier::MoreThan => "qualified-more-than",
            Qualifier::AtLeast => "qualified-at-least",
        };
        self.inner.words.message(id, &[("value", value.into())])
    }

    /// Joins phrases as a list in prose: `a, b, and c` (en), `a, b y c`, `a e hijos` (es),
    /// `a, b e c` (pt), `a, b et c` (fr). An empty slice gives an empty string.
    pub fn list(&self, items: &[impl AsRef<str>]) -> String {
        self.list_formatter().format(items.iter().map(AsRef::as_ref)).to_string()
    }

    /// Joins pieces of messages as [`list`](Self::list) does, keeping their strong and
    /// emphasised parts: "**8** projects and **5** co-productions".
    pub fn list_marked(&self, items: &[Marked]) -> Marked {
        Marked::from_marked(self.list_formatter().format(items.iter().map(Marked::as_marked_str)).to_string())
    }

    /// A date of the Gregorian calendar in the locale's long form: `December 31, 2015` (en),
    /// `31 de diciembre de 2015` (es), `31 décembre 2015` (fr); `None` when there is no such day.
    pub fn date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        Some(self.date_formatter().format(&date).to_string())
    }

    /// What the locale writes before a negative number's digits.
    fn minus_sign(&self) -> String {
        let minus_one = self.decimal_formatter().format(&fixed_decimal::Decimal::from(-1)).to_string();
        minus_one.chars().take_while(|c| !c.is_numeric()).collect()
    }
}

impl fmt::Debug for Formatter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Formatter").field("locale", &self.locale()).finish_non_exhaustive()
    }
}

/// The locale of a tag: as BCP 47 (a POSIX `es_MX` too), else its language, else the root locale.
fn parse_locale(tag: &str) -> Locale {
    let tag = tag.trim().replace('_', "-");
    tag.parse().or_else(|_| tag.split('-').next().unwrap_or_default().parse()).unwrap_or(Locale::UNKNOWN)
}

/// The decimal formatter of a locale, for the catalogues' counts.
pub(crate) fn decimal_formatter(locale: &str) -> DecimalFormatter {
    decimal_for(&parse_locale(locale))
}

fn decimal_for(locale: &Locale) -> DecimalFormatter {
    // The compiled data always has the root locale, which every locale falls back to.
    DecimalFormatter::try_new(locale.into(), Default::default())
        .unwrap_or_else(|error| panic!("no decimal data for {locale}: {error}"))
}

/// A count written by `decimal`, as [`Formatter::count`] writes it.
pub(crate) fn count_with(decimal: &DecimalFormatter, value: u64) -> String {
    decimal.format(&fixed_decimal::Decimal::from(value)).to_string()
}

/// The decimal as ICU4X's, digit for digit: its text keeps the scale (`560229.00`).
fn fixed(value: &Decimal) -> fixed_decimal::Decimal {
    value
        .to_string()
        .parse()
        .unwrap_or_else(|error| panic!("a decimal's own text {value} is not a decimal to ICU4X: {error:?}"))
}

/// The text with its first character upper-cased: `co-productions` → `Co-productions`.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// CLDR's currency patterns, compiled in from ICU4X's experimental data crate.
///
/// Only this one data set is baked: `icu_experimental`'s own compiled data would build every
/// experimental data set (units, transliteration, person names…) into every plugin.
#[derive(Debug)]
struct CurrencyData;

const _: () = {
    // The data macros name the component crate through an `icu` module, as the `icu` meta-crate
    // would provide it.
    mod icu {
        pub use icu_experimental as experimental;
    }
    use icu_experimental_data::{impl_currency_essentials_v1, make_provider};
    make_provider!(CurrencyData);
    impl_currency_essentials_v1!(CurrencyData);
};

/// CLDR's names of countries and regions, baked in alone for the same reason.
#[derive(Debug)]
struct RegionData;

const _: () = {
    mod icu {
        pub use icu_experimental as experimental;
    }
    use icu_experimental_data::{impl_locale_names_region_v0, make_provider};
    make_provider!(RegionData);
    impl_locale_names_region_v0!(RegionData);
};

#[cfg(test)]
mod tests;
