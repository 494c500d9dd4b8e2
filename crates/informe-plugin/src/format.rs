//! Formatting of figures for narrative text, shared by plugins and the host.
//!
//! Plugins must not hand-roll number formatting: they call a [`Formatter`] built from the
//! request's language, so every figure in a report reads the same way.

use rust_decimal::Decimal;

use crate::content::Figure;
use crate::metric::Quantity;
use crate::model::Qualifier;

/// Formats figures and qualifier words for one report language.
#[derive(Debug, Clone)]
pub struct Formatter {
    language: String,
}

impl Formatter {
    /// A formatter for a BCP 47 language tag such as `en`.
    pub fn new(language: &str) -> Self {
        Self { language: language.to_owned() }
    }

    /// The language this formatter writes.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// A decimal with grouped thousands, keeping the scale the source wrote (`560,229.00`).
    pub fn decimal(&self, value: &Decimal) -> String {
        let text = value.to_string();
        let (sign, digits) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = match digits.split_once('.') {
            Some((int, frac)) => (int, Some(frac)),
            None => (digits, None),
        };
        let mut out = String::from(sign);
        out.push_str(&group(int, ','));
        if let Some(frac) = frac {
            out.push('.');
            out.push_str(frac);
        }
        out
    }

    /// A whole count with grouped thousands.
    pub fn count(&self, value: u64) -> String {
        group(&value.to_string(), ',')
    }

    /// An amount with its ISO 4217 code: `USD 1,600,000`.
    pub fn money(&self, amount: &Decimal, currency: &str) -> String {
        format!("{currency} {}", self.decimal(amount))
    }

    /// A ratio to two decimals: `1.17`.
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

    /// The words that precede a qualified figure: `approximately`, `more than`, `at least`.
    pub fn qualifier(&self, qualifier: Qualifier) -> &'static str {
        match qualifier {
            Qualifier::Exact => "",
            Qualifier::Approximately => "approximately",
            Qualifier::MoreThan => "more than",
            Qualifier::AtLeast => "at least",
        }
    }

    /// A figure with its qualifier in words: `more than 40`, `approximately EUR 500,000`.
    pub fn figure(&self, figure: &Figure) -> String {
        self.qualified(figure.qualifier, &self.quantity(&figure.quantity))
    }

    /// Puts the qualifier words before an already formatted value.
    pub fn qualified(&self, qualifier: Qualifier, value: &str) -> String {
        match self.qualifier(qualifier) {
            "" => value.to_owned(),
            words => format!("{words} {value}"),
        }
    }

    /// Joins phrases as a list in prose: `a`, `a and b`, `a, b and c`.
    ///
    /// This is the language-dependent list join: it writes English now, whatever the language;
    /// other languages come with locale support. An empty slice gives an empty string.
    pub fn list(&self, items: &[impl AsRef<str>]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [head @ .., last] => {
                let head: Vec<&str> = head.iter().map(AsRef::as_ref).collect();
                format!("{} and {}", head.join(", "), last.as_ref())
            }
        }
    }
}

/// The text with its first character upper-cased: `mexican projects` → `Mexican projects`.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Inserts `sep` every three digits from the right.
fn group(int: &str, sep: char) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().expect("test decimal")
    }

    #[test]
    fn formats_figures_as_english_text() {
        let f = Formatter::new("en");
        let cases = [
            (f.decimal(&dec("560229.00")), "560,229.00"),
            (f.decimal(&dec("1600000")), "1,600,000"),
            (f.decimal(&dec("-1234.5")), "-1,234.5"),
            (f.count(40), "40"),
            (f.count(1000), "1,000"),
            (f.money(&dec("3365000"), "USD"), "USD 3,365,000"),
            (f.ratio(&dec("1.16714375")), "1.17"),
            (f.figure(&Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan)), "more than 40"),
            (
                f.figure(&Figure::new(
                    Quantity::Money { amount: dec("500000"), currency: "EUR".into() },
                    Qualifier::Approximately,
                )),
                "approximately EUR 500,000",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn lists_join_as_english_prose() {
        let f = Formatter::new("en");
        let cases: [(&[&str], &str); 5] = [
            (&[], ""),
            (&["training"], "training"),
            (&["training", "co-production"], "training and co-production"),
            (&["a", "b", "c"], "a, b and c"),
            (&["workshops", "seminars", "forums", "fairs"], "workshops, seminars, forums and fairs"),
        ];
        for (items, want) in cases {
            assert_eq!(f.list(items), want, "{items:?}");
        }
        let owned = vec!["cash".to_owned(), "in kind".to_owned()];
        assert_eq!(f.list(&owned), "cash and in kind");
    }

    #[test]
    fn capitalize_upper_cases_the_first_character() {
        let cases = [
            ("mexican projects", "Mexican projects"),
            ("Projects", "Projects"),
            ("", ""),
            ("é", "É"),
            ("ßx", "SSx"),
            ("1 project", "1 project"),
        ];
        for (text, want) in cases {
            assert_eq!(capitalize(text), want, "{text:?}");
        }
    }

    #[test]
    fn qualifiers_combine_as_documented() {
        use Qualifier::*;
        assert_eq!(Exact.combine(Exact), Exact);
        assert_eq!(Exact.combine(Approximately), Approximately);
        assert_eq!(MoreThan.combine(Exact), MoreThan);
        assert_eq!(AtLeast.combine(MoreThan), MoreThan);
        assert_eq!(MoreThan.combine(Approximately), Approximately);
        assert_eq!(AtLeast.combine(Exact), AtLeast);
    }
}
