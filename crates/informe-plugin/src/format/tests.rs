//! Golden figures per locale: what CLDR specifies for each, as ICU4X writes it.
//!
//! `·` in the expected strings stands for U+00A0 (no-break space) and `‧` for U+202F (narrow
//! no-break space), so the table shows where CLDR wants spaces that never break a figure.

use super::*;

fn dec(s: &str) -> Decimal {
    s.parse().expect("test decimal")
}

/// The locales of the reports: Mexico's and Spain's Spanish, Brazil's Portuguese, French and English.
const LOCALES: [&str; 5] = ["en", "es-MX", "es-ES", "pt-BR", "fr"];

/// One formatting call and what each of [`LOCALES`] writes for it.
struct Golden {
    call: &'static str,
    run: fn(&Formatter) -> String,
    expected: [&'static str; 5],
}

fn usd(f: &Formatter, amount: &str) -> String {
    f.money(&dec(amount), "USD")
}

const GOLDEN: &[Golden] = &[
    Golden {
        call: "money(1600000, USD)",
        run: |f| usd(f, "1600000"),
        expected: ["USD·1,600,000", "USD·1,600,000", "1.600.000·USD", "USD·1.600.000", "1‧600‧000·USD"],
    },
    Golden {
        call: "money(16000, EUR)",
        run: |f| f.money(&dec("16000"), "EUR"),
        expected: ["EUR·16,000", "EUR·16,000", "16.000·EUR", "EUR·16.000", "16‧000·EUR"],
    },
    Golden {
        call: "money(560229.00, MXN)",
        run: |f| f.money(&dec("560229.00"), "MXN"),
        expected: ["MXN·560,229.00", "MXN·560,229.00", "560.229,00·MXN", "MXN·560.229,00", "560‧229,00·MXN"],
    },
    Golden {
        call: "money(1600, USD)",
        run: |f| usd(f, "1600"),
        expected: ["USD·1,600", "USD·1,600", "1600·USD", "USD·1.600", "1‧600·USD"],
    },
    Golden {
        call: "money(0.5, USD)",
        run: |f| usd(f, "0.5"),
        expected: ["USD·0.5", "USD·0.5", "0,5·USD", "USD·0,5", "0,5·USD"],
    },
    Golden {
        call: "money(-1234.5, USD)",
        run: |f| usd(f, "-1234.5"),
        expected: ["-USD·1,234.5", "-USD·1,234.5", "-1234,5·USD", "-USD·1.234,5", "-1‧234,5·USD"],
    },
    Golden { call: "count(0)", run: |f| f.count(0), expected: ["0", "0", "0", "0", "0"] },
    Golden { call: "count(999)", run: |f| f.count(999), expected: ["999", "999", "999", "999", "999"] },
    Golden { call: "count(1600)", run: |f| f.count(1600), expected: ["1,600", "1,600", "1600", "1.600", "1‧600"] },
    Golden {
        call: "count(16000)",
        run: |f| f.count(16000),
        expected: ["16,000", "16,000", "16.000", "16.000", "16‧000"],
    },
    Golden {
        call: "count(1600000)",
        run: |f| f.count(1_600_000),
        expected: ["1,600,000", "1,600,000", "1.600.000", "1.600.000", "1‧600‧000"],
    },
    Golden {
        call: "decimal(560229.00)",
        run: |f| f.decimal(&dec("560229.00")),
        expected: ["560,229.00", "560,229.00", "560.229,00", "560.229,00", "560‧229,00"],
    },
    Golden {
        call: "decimal(-1234.5)",
        run: |f| f.decimal(&dec("-1234.5")),
        expected: ["-1,234.5", "-1,234.5", "-1234,5", "-1.234,5", "-1‧234,5"],
    },
    Golden {
        call: "ratio(1.16714375)",
        run: |f| f.ratio(&dec("1.16714375")),
        expected: ["1.17", "1.17", "1,17", "1,17", "1,17"],
    },
    Golden {
        call: "qualified(approximately, money(500000, EUR))",
        run: |f| {
            f.figure(&Figure::new(
                Quantity::Money { amount: dec("500000"), currency: "EUR".into() },
                Qualifier::Approximately,
            ))
        },
        expected: [
            "approximately EUR·500,000",
            "aproximadamente EUR·500,000",
            "aproximadamente 500.000·EUR",
            "aproximadamente EUR·500.000",
            "environ 500‧000·EUR",
        ],
    },
    Golden {
        call: "qualified(more-than, count(40))",
        run: |f| f.figure(&Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan)),
        expected: ["more than 40", "más de 40", "más de 40", "mais de 40", "plus de 40"],
    },
    Golden {
        call: "qualified(at-least, count(1600))",
        run: |f| f.qualified(Qualifier::AtLeast, &f.count(1600)),
        expected: ["at least 1,600", "al menos 1,600", "al menos 1600", "pelo menos 1.600", "au moins 1‧600"],
    },
    Golden {
        call: "qualified(exact, 7)",
        run: |f| f.qualified(Qualifier::Exact, "7"),
        expected: ["7", "7", "7", "7", "7"],
    },
    Golden { call: "list()", run: |f| f.list(&[] as &[&str]), expected: ["", "", "", "", ""] },
    Golden { call: "list(a)", run: |f| f.list(&["a"]), expected: ["a", "a", "a", "a", "a"] },
    Golden {
        call: "list(a, b)",
        run: |f| f.list(&["a", "b"]),
        expected: ["a and b", "a y b", "a y b", "a e b", "a et b"],
    },
    Golden {
        call: "list(a, b, c)",
        run: |f| f.list(&["a", "b", "c"]),
        expected: ["a, b, and c", "a, b y c", "a, b y c", "a, b e c", "a, b et c"],
    },
    Golden {
        // Spanish writes "e" before a word sounding /i/, as CLDR's list patterns encode.
        call: "list(padres, hijos)",
        run: |f| f.list(&["padres", "hijos"]),
        expected: ["padres and hijos", "padres e hijos", "padres e hijos", "padres e hijos", "padres et hijos"],
    },
    Golden {
        call: "date(2015, 12, 31)",
        run: |f| f.date(2015, 12, 31).expect("a day"),
        expected: [
            "December 31, 2015",
            "31 de diciembre de 2015",
            "31 de diciembre de 2015",
            "31 de dezembro de 2015",
            "31 décembre 2015",
        ],
    },
    Golden {
        call: "date(2012, 1, 1)",
        run: |f| f.date(2012, 1, 1).expect("a day"),
        expected: [
            "January 1, 2012",
            "1 de enero de 2012",
            "1 de enero de 2012",
            "1 de janeiro de 2012",
            "1 janvier 2012",
        ],
    },
];

/// The table's stand-ins for the no-break spaces, made real.
fn spaces(expected: &str) -> String {
    expected.replace('·', "\u{a0}").replace('‧', "\u{202f}")
}

#[test]
fn golden_figures_per_locale() {
    let formatters = LOCALES.map(Formatter::new);
    let mut wrong = Vec::new();
    for golden in GOLDEN {
        for (f, expected) in formatters.iter().zip(golden.expected) {
            let got = (golden.run)(f);
            if got != spaces(expected) {
                wrong.push(format!("{} {}: got {got:?}, want {:?}", f.locale(), golden.call, spaces(expected)));
            }
        }
    }
    assert!(wrong.is_empty(), "{} differences:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn locales_fall_back_as_icu4x_does() {
    let cases = [
        // A region with data of its own: Argentina groups with dots, unlike Mexico.
        ("es-AR", "USD·1.600.000", "1.600"),
        // The bare language is Spain's Spanish in CLDR.
        ("es", "1.600.000·USD", "1600"),
        // pt is Brazil's Portuguese; Portugal groups with spaces and puts the code after.
        ("pt", "USD·1.600.000", "1.600"),
        ("pt-PT", "1·600·000·USD", "1600"),
        // `_` is read as `-`; an unknown language is written as the root locale.
        ("es_MX", "USD·1,600,000", "1,600"),
        ("zz", "USD·1,600,000", "1,600"),
        ("not a locale!", "USD·1,600,000", "1,600"),
    ];
    for (locale, money, count) in cases {
        let f = Formatter::new(locale);
        assert_eq!((usd(&f, "1600000"), f.count(1600)), (spaces(money), spaces(count).to_owned()), "{locale}");
    }
    assert_eq!(Formatter::new("es_MX").locale(), "es-MX");
    assert_eq!(Formatter::new("not a locale!").locale(), "und");
    // Words fall back to English where the SDK has no catalogue for the language.
    assert_eq!(Formatter::new("de").qualified(Qualifier::MoreThan, "40"), "more than 40");
}

#[test]
fn qualifier_words_come_from_the_catalogue() {
    let cases = [
        ("en", ["", "approximately", "more than", "at least"]),
        ("es-MX", ["", "aproximadamente", "más de", "al menos"]),
        ("pt-BR", ["", "aproximadamente", "mais de", "pelo menos"]),
        ("fr", ["", "environ", "plus de", "au moins"]),
    ];
    let qualifiers = [Qualifier::Exact, Qualifier::Approximately, Qualifier::MoreThan, Qualifier::AtLeast];
    for (locale, words) in cases {
        let f = Formatter::new(locale);
        assert_eq!(qualifiers.map(|q| f.qualifier(q).to_owned()), words, "{locale}");
    }
}

#[test]
fn the_sdk_catalogues_are_complete() {
    crate::testing::assert_catalogues_complete(SDK_MESSAGES);
}

#[test]
fn a_day_that_does_not_exist_has_no_date() {
    let f = Formatter::new("en");
    assert_eq!(f.date(2015, 2, 29), None);
    assert_eq!(f.date(2016, 2, 29).as_deref(), Some("February 29, 2016"));
    assert_eq!(f.date(2015, 13, 1), None);
}

#[test]
fn lists_take_owned_strings_too() {
    let owned = vec!["cash".to_owned(), "in kind".to_owned()];
    assert_eq!(Formatter::new("en").list(&owned), "cash and in kind");
    let owned = vec!["efectivo".to_owned(), "en especie".to_owned()];
    assert_eq!(Formatter::new("es").list(&owned), "efectivo y en especie");
}

#[test]
fn formatters_are_shared_across_threads() {
    fn shareable<T: Send + Sync + Clone>() {}
    shareable::<Formatter>();
    shareable::<Catalog>();
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

#[test]
fn one_formatter_per_locale_is_built_and_shared() {
    let first = Formatter::new("pt-BR");
    assert!(Arc::ptr_eq(&first.inner, &Formatter::new("pt-BR").inner));
    assert!(!Arc::ptr_eq(&first.inner, &Formatter::new("pt-PT").inner));
}

#[test]
fn running_text_gives_the_names_that_take_it_their_article() {
    let cases = [
        ("en", "NL", "the Netherlands"),
        ("en", "US", "the United States"),
        ("en", "EU", "the European Union"),
        ("en", "MX", "Mexico"),
        ("en-GB", "PH", "the Philippines"),
        ("es", "NL", "los Países Bajos"),
        ("es-MX", "GB", "el Reino Unido"),
        ("es", "EU", "la Unión Europea"),
        ("es", "MX", "México"),
        ("es", "US", "Estados Unidos"),
        ("fr", "US", "États-Unis"),
    ];
    for (locale, code, expected) in cases {
        let fmt = Formatter::new(locale);
        let name = fmt.country(code).expect("CLDR names it");
        assert_eq!(fmt.country_in_text(&name, Some(code)), expected, "{locale} {code}");
    }
    // A name the data writes itself is its writer's choice, and so is one without a code.
    let en = Formatter::new("en");
    assert_eq!(en.country_in_text("Kingdom of the Netherlands", Some("NL")), "Kingdom of the Netherlands");
    assert_eq!(en.country_in_text("Netherlands", None), "Netherlands");
}
