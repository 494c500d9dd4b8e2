//! Rewords serde_json's messages for report authors and picks a hint for each.

use rust_decimal::Decimal;

use crate::data::suggest;

/// serde_json's nesting limit, named in the message that replaces its "recursion limit exceeded".
const NESTING_LIMIT: usize = 128;

/// serde's type names as a report author knows them (JSON words, not Rust types).
const TYPE_WORDS: [(&str, &str); 10] = [
    ("expected i32", "expected a whole number"),
    ("expected u64", "expected a whole number of zero or more"),
    ("expected u32", "expected a whole number of zero or more"),
    ("expected i64", "expected a whole number"),
    ("expected a sequence", "expected a list"),
    ("expected a map", "expected an object"),
    ("expected a Decimal type representing a fixed-point number", "expected an amount as a decimal string"),
    ("invalid type: map", "invalid type: object"),
    ("invalid type: sequence", "invalid type: list"),
    ("invalid type: unit value", "invalid type: null"),
];

/// The message for a data (shape) error at `path`, with its hint.
pub fn data_error(message: &str, path: &str) -> (String, Option<String>) {
    if path.ends_with("amount")
        && message.contains("a Decimal type")
        && let Some(value) = quoted_string(message)
    {
        return amount_error(value);
    }
    let mut message = message.to_owned();
    for (serde_words, ours) in TYPE_WORDS {
        message = message.replace(serde_words, ours);
    }
    // "expected struct Period" and the like: every struct of the format is a JSON object.
    if let Some(i) = message.find("expected struct ") {
        message.replace_range(i.., "expected an object");
    }
    let hint = data_hint(&message, path);
    (message, hint)
}

/// A hint for a data error: a did-you-mean for misspelt names, otherwise where to look.
fn data_hint(message: &str, path: &str) -> Option<String> {
    if message.starts_with("unknown field") {
        suggest::hint_for_unknown(message).or_else(|| Some("check the spelling against `informe schema`".to_owned()))
    } else if message.starts_with("unknown variant") {
        // The message already lists the allowed values; only a likely typo is worth adding.
        suggest::hint_for_unknown(message)
    } else if path.ends_with("period") && message.contains("invalid type") {
        Some("write a period as {\"from\": 2012, \"to\": 2015}".to_owned())
    } else if path.ends_with("amount") && message.contains("invalid type") {
        Some("write amounts as decimal strings, e.g. \"480000\" or \"560229.00\"".to_owned())
    } else if message.starts_with("missing field") {
        Some("every required field is listed by `informe schema`".to_owned())
    } else {
        None
    }
}

/// The string value quoted in a serde message such as `invalid value: string "4,5", expected …`.
fn quoted_string(message: &str) -> Option<&str> {
    let start = message.find("string \"")? + "string \"".len();
    let len = message[start..].find("\", expected")?;
    Some(&message[start..start + len])
}

/// Explains why an amount string is not a decimal, suggesting the corrected text when it can.
///
/// Amounts are strings so that no float ever touches money; authors pasting from spreadsheets
/// bring separators, decimal commas and exponents, each of which has a mechanical fix.
pub fn amount_error(value: &str) -> (String, Option<String>) {
    let message = format!("the amount \"{value}\" is not a decimal number");
    let hint = if value.trim().is_empty() {
        return ("the amount is empty".to_owned(), Some("write it as a decimal string, e.g. \"480000\"".to_owned()));
    } else if value.contains(char::is_whitespace) {
        format!("remove the spaces: \"{}\"", value.split_whitespace().collect::<String>())
    } else if let Some(fixed) = decimal_comma(value) {
        format!("use a point as the decimal separator: \"{fixed}\"")
    } else if value.contains(',') {
        format!("write amounts without thousands separators: \"{}\"", value.replace(',', ""))
    } else if let Ok(exact) = Decimal::from_scientific(value) {
        format!("write the amount without an exponent: \"{}\"", exact.normalize())
    } else {
        "write amounts as plain decimal strings, e.g. \"480000\" or \"560229.00\"".to_owned()
    };
    (message, Some(hint))
}

/// `value` with its comma read as a decimal separator, when that is the likely reading.
///
/// One comma followed by one or two digits ("4,5", "1200,50") is a decimal comma; three digits
/// after it ("330,000") is a thousands separator.
fn decimal_comma(value: &str) -> Option<String> {
    let (whole, fraction) = value.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(whole) && digits(fraction) && fraction.len() <= 2).then(|| format!("{whole}.{fraction}"))
}

/// The message and hint for a syntax error; `next` is the text from the error's position on.
pub fn syntax_error(message: &str, next: &str, at_start: bool) -> (String, Option<String>) {
    let (message, hint) = if next.starts_with("//") || next.starts_with("/*") {
        ("comments are not allowed in JSON", "remove the comment; put notes in a text field instead")
    } else if at_start && !next.starts_with(['{', '[']) {
        ("the file is not JSON", "a report file is a JSON object; see `informe schema`")
    } else if message == "recursion limit exceeded" {
        return (
            format!("the JSON nests more than {NESTING_LIMIT} levels deep"),
            Some("no report needs this depth; check that the file was generated correctly".to_owned()),
        );
    } else if let Some(inside) = message.strip_prefix("EOF while parsing ") {
        return (
            format!("the file ends in the middle of {inside}"),
            Some("the file looks truncated: check that every `{` and `[` is closed".to_owned()),
        );
    } else if message == "trailing comma" {
        ("trailing comma", "JSON allows no comma after the last item of an object or list")
    } else if message == "trailing characters" {
        ("unexpected text after the end of the report object", "remove it, or merge it into the object")
    } else if message.starts_with("expected `,` or") {
        (message, "a comma may be missing before this point")
    } else if message == "expected value" {
        ("expected a JSON value", "values are objects, lists, \"strings\", numbers, true, false or null")
    } else {
        return (message.to_owned(), None);
    };
    (message.to_owned(), Some(hint.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_get_a_corrected_suggestion() {
        let hint = |v: &str| amount_error(v).1.unwrap_or_default();
        assert_eq!(hint("330 000"), "remove the spaces: \"330000\"");
        assert_eq!(hint("4,50"), "use a point as the decimal separator: \"4.50\"");
        assert_eq!(hint("330,000"), "write amounts without thousands separators: \"330000\"");
        assert_eq!(hint("4.8e5"), "write the amount without an exponent: \"480000\"");
        assert_eq!(amount_error("").0, "the amount is empty");
    }

    #[test]
    fn serde_type_names_become_json_words() {
        let (message, _) = data_error("invalid type: string \"2012\", expected i32", "period.from");
        assert_eq!(message, "invalid type: string \"2012\", expected a whole number");
        let (message, _) = data_error("invalid type: map, expected a sequence", "measures");
        assert_eq!(message, "invalid type: object, expected a list");
    }
}
