//! Message catalogues: the words of a plugin (or of the SDK) in each language, kept in Fluent files.
//!
//! A plugin embeds one [Fluent](https://projectfluent.org) file per language with `include_str!`
//! and builds a [`Catalog`] for the request's locale; every heading, label and sentence it writes
//! comes from there, so a translation is a file to add, never code to change. Fluent does the
//! grammar: placeables (`{ $country }`), plural forms chosen by CLDR rules
//! (`{ $projects -> [one] … *[other] … }`) and references between messages. Two functions mark
//! what the report shows in bold or italics, wherever the translation puts it:
//! `{ STRONG($projects) }` and `{ EMPH($title) }`; [`Catalog::spans`] turns the marks into
//! [`Span`]s, and [`Catalog::message`] drops them.
//!
//! ```
//! use informe_plugin::catalog::{Catalog, Sources};
//!
//! // In a plugin: `("es", include_str!("../messages/es.ftl"))`, one line per language.
//! const MESSAGES: Sources = &[
//!     ("en", "projects = { $country } profited from { $count ->\n    [one] one project\n   *[other] { $count } projects\n}."),
//!     ("es", "projects = { $country } se benefició de { $count ->\n    [one] un proyecto\n   *[other] { $count } proyectos\n}."),
//! ];
//!
//! let es = Catalog::new(MESSAGES, "es-MX").unwrap();
//! assert_eq!(es.message("projects", &[("country", "México".into()), ("count", 1600.into())]), "México se benefició de 1,600 proyectos.");
//! assert_eq!(es.message("projects", &[("country", "México".into()), ("count", 1.into())]), "México se benefició de un proyecto.");
//!
//! // A language without a catalogue is written in English; figures keep the locale's conventions.
//! let de = Catalog::new(MESSAGES, "de-DE").unwrap();
//! assert_eq!(de.language(), "en");
//! assert_eq!(de.message("projects", &[("country", "Mexico".into()), ("count", 7.into())]), "Mexico profited from 7 projects.");
//! ```

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::content::{Block, Span};
use crate::exchange::PluginError;
use crate::format;
use crate::model::Period;

/// The catalogue files of a plugin: a BCP 47 language tag (`en`, `es`, `pt-PT`…) and the Fluent
/// source for it, English included (it is the fallback).
pub type Sources = &'static [(&'static str, &'static str)];

/// The catalogue files of a plugin, one `LANG.ftl` per language in a folder given relative to the
/// file that names them, as `include_str!` takes it:
///
/// ```ignore
/// const MESSAGES: Sources = informe_plugin::catalogues!("../messages", "en", "es", "pt", "fr");
/// ```
///
/// expands to `&[("en", include_str!("../messages/en.ftl")), …]`: every plugin's catalogues the
/// same way, a language a word added.
#[macro_export]
macro_rules! catalogues {
    ($folder:literal, $($language:literal),+ $(,)?) => {
        &[$(($language, include_str!(concat!($folder, "/", $language, ".ftl")))),+]
    };
}

/// The language every catalogue must have, and the one used when the report's has none.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Private-use characters around what `STRONG(…)` and `EMPH(…)` mark in a formatted message:
/// never in the text of a report, and removed from arguments before formatting, so data cannot
/// forge them.
const STRONG: (char, char) = ('\u{E000}', '\u{E001}');
const EMPH: (char, char) = ('\u{E002}', '\u{E003}');

fn is_mark(c: char) -> bool {
    ('\u{E000}'..='\u{E003}').contains(&c)
}

/// The messages of one plugin in the language of one report.
///
/// A message missing from the report's language is taken from English, so an incomplete
/// translation degrades to English words rather than failing; the plugin's tests catch it with
/// [`assert_catalogues_complete`](crate::testing::assert_catalogues_complete).
#[derive(Clone)]
pub struct Catalog {
    /// The catalogue language chosen for the locale, e.g. `es` for `es-MX`.
    language: String,
    bundle: Arc<Bundle>,
    /// English, when the chosen language is not.
    fallback: Option<Arc<Bundle>>,
}

type Bundle = FluentBundle<FluentResource>;

/// The catalogues built so far, by the address and length of their sources and the locale.
static CATALOGUES: crate::memo::Memo<(usize, usize, String), Catalog> = crate::memo::Memo::new();

/// A value for a placeable of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text shown as it is: a name, or a figure the [`Formatter`](crate::format::Formatter) already wrote.
    Text(Cow<'a, str>),
    /// A count: it selects the plural form (`[one]`, `*[other]`) and is shown as
    /// [`Formatter::count`](crate::format::Formatter::count) writes it in the report's locale.
    Count(u64),
    /// A piece of text another message wrote, its strong and emphasised parts kept.
    Marked(Marked),
}

/// Text a message wrote with its `STRONG(…)` and `EMPH(…)` parts kept, to become part of
/// another message (see [`Catalog::marked`]): "**8** projects and **5** co-productions".
///
/// It has no `AsRef<str>`, so its marks never leak into plain text: [`plain`](Marked::plain)
/// drops them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked(String);

impl Marked {
    /// The text without its marks.
    pub fn plain(&self) -> String {
        self.0.chars().filter(|c| !is_mark(*c)).collect()
    }

    /// The marked text itself, for the SDK's list join.
    pub(crate) fn as_marked_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn from_marked(text: String) -> Self {
        Marked(text)
    }
}

impl From<Marked> for Arg<'_> {
    fn from(marked: Marked) -> Self {
        Arg::Marked(marked)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<u64> for Arg<'_> {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<Period> for Arg<'_> {
    fn from(period: Period) -> Self {
        Arg::Text(Cow::Owned(period.to_string()))
    }
}

/// A catalogue that cannot be used: a syntax error in a file, or no English file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub message: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CatalogError {}

impl From<CatalogError> for PluginError {
    fn from(error: CatalogError) -> Self {
        PluginError::new(error.message)
    }
}

impl Catalog {
    /// The catalogue of `sources` for a BCP 47 locale such as `es-MX`.
    ///
    /// The language is the source tagged with the whole locale (`pt-PT`), else with its language
    /// (`pt`), else English. Counts in messages follow the locale's conventions.
    ///
    /// Built once per sources and locale in a process, then shared: a plugin asks for the same
    /// catalogue for every program of a report, and parsing Fluent files was most of a call.
    pub fn new(sources: Sources, locale: &str) -> Result<Catalog, CatalogError> {
        // Sources are `'static` and immutable, so their address names their content for the
        // life of the process (a plugin library is never unloaded).
        let key = (sources.as_ptr() as usize, sources.len(), locale.to_owned());
        crate::memo::shared(&CATALOGUES, key, || Self::build(sources, locale))
    }

    fn build(sources: Sources, locale: &str) -> Result<Catalog, CatalogError> {
        let find = |tag: &str| sources.iter().find(|(language, _)| language.eq_ignore_ascii_case(tag));
        let language_of_locale = primary_language(locale);
        let (language, source) = find(locale)
            .or_else(|| find(&language_of_locale))
            .or_else(|| find(FALLBACK_LANGUAGE))
            .ok_or_else(|| CatalogError { message: "the messages have no English catalogue".to_owned() })?;
        // Counts follow the report's locale when the words are in its language; English words
        // written for another language (no catalogue for it) get English figures too.
        let figures_locale = if primary_language(language) == language_of_locale { locale } else { language };
        let bundle = Arc::new(new_bundle(language, source, figures_locale)?);
        let fallback = if language.eq_ignore_ascii_case(FALLBACK_LANGUAGE) {
            None
        } else {
            let (language, source) = find(FALLBACK_LANGUAGE)
                .ok_or_else(|| CatalogError { message: "the messages have no English catalogue".to_owned() })?;
            Some(Arc::new(new_bundle(language, source, language)?))
        };
        Ok(Catalog { language: (*language).to_owned(), bundle, fallback })
    }

    /// The language of the catalogue in use, as its source is tagged: `es` for `es-MX`.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Whether the message exists in the language in use or in English.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.as_ref().is_some_and(|b| b.has_message(id))
    }

    /// Whether the message exists in the language in use itself, English fallback aside.
    pub fn has_in_language(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with its placeables filled from `args`.
    ///
    /// # Panics
    ///
    /// When no catalogue, English included, has the message, or the message refers to a
    /// variable `args` lacks: both are mistakes of the plugin its unit tests show, and the SDK
    /// reports a panic in `process` as a failure of the plugin, never as wrong text in a report.
    pub fn message(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.formatted(id, args).chars().filter(|c| !is_mark(*c)).collect()
    }

    /// The message `id` as spans: plain text, and what the message marks with `STRONG(…)` or
    /// `EMPH(…)` as strong or emphasised spans.
    ///
    /// # Panics
    ///
    /// As [`message`](Self::message).
    pub fn spans(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut current = String::new();
        let mut kind: fn(String) -> Span = Span::plain;
        for c in self.formatted(id, args).chars() {
            let next: Option<fn(String) -> Span> = match c {
                c if c == STRONG.0 => Some(Span::strong),
                c if c == EMPH.0 => Some(Span::emph),
                c if c == STRONG.1 || c == EMPH.1 => Some(Span::plain),
                _ => None,
            };
            match next {
                Some(next) => {
                    if !current.is_empty() {
                        spans.push(kind(std::mem::take(&mut current)));
                    }
                    kind = next;
                }
                None => current.push(c),
            }
        }
        if !current.is_empty() {
            spans.push(kind(current));
        }
        spans
    }

    /// The message `id` with its marks kept, to place in another message as an [`Arg::Marked`]
    /// (directly, or joined with others by
    /// [`Formatter::list_marked`](crate::format::Formatter::list_marked)).
    ///
    /// # Panics
    ///
    /// As [`message`](Self::message).
    pub fn marked(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Marked {
        Marked(self.formatted(id, args))
    }

    /// The message `id` as a paragraph of [`spans`](Self::spans).
    ///
    /// # Panics
    ///
    /// As [`message`](Self::message).
    pub fn paragraph(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Block {
        Block::Paragraph { spans: self.spans(id, args) }
    }

    /// The message with the marks of `STRONG` and `EMPH` in it.
    fn formatted(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = match &self.fallback {
            Some(fallback) if !self.bundle.has_message(id) => fallback,
            _ => &self.bundle,
        };
        let pattern = bundle
            .get_message(id)
            .and_then(|message| message.value())
            .unwrap_or_else(|| panic!("no catalogue has the message `{id}`"));
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) if text.contains(is_mark) => FluentValue::String(text.replace(is_mark, "").into()),
                Arg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
                Arg::Marked(Marked(text)) => FluentValue::String(Cow::Borrowed(text.as_str())),
                // Only for plural selection: the bundle's formatter writes it with the locale's digits.
                #[allow(clippy::cast_precision_loss)] // exact below 2^53, far beyond any count
                Arg::Count(count) => {
                    FluentValue::Number(FluentNumber::new(*count as f64, FluentNumberOptions::default()))
                }
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if let Some(error) = errors.first() {
            panic!("message `{id}` of the `{}` catalogue: {error}", self.language);
        }
        let spanish = std::ptr::eq(bundle, &self.bundle) && primary_language(&self.language) == "es";
        if spanish { spanish_contractions(&text) } else { text.into_owned() }
    }

    /// The message `id`, which has no placeables.
    ///
    /// # Panics
    ///
    /// As [`message`](Self::message).
    pub fn text(&self, id: &str) -> String {
        self.message(id, &[])
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog").field("language", &self.language).finish_non_exhaustive()
    }
}

/// The language subtag of a BCP 47 tag, lower-cased: `es` for `es-MX` or `es_MX`.
fn primary_language(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

/// A bundle of one catalogue file, its plural rules and counts in `figures_locale`.
fn new_bundle(language: &str, source: &str, figures_locale: &str) -> Result<Bundle, CatalogError> {
    let resource = parse(language, source)?;
    let locale: LanguageIdentifier =
        figures_locale.parse().or_else(|_| primary_language(figures_locale).parse()).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Fluent wraps placeables in Unicode isolation marks (U+2068…U+2069) for right-to-left
    // text; in a PDF they would be invisible characters inside the words, found by search
    // and copied with the text. The report's languages are left-to-right.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_count));
    // Fluent functions get no locale: each carries the formatter of the bundle's figures.
    let figures = Arc::new(format::decimal_formatter(figures_locale));
    for (name, (open, close)) in [("STRONG", STRONG), ("EMPH", EMPH)] {
        let mark = marker(Arc::clone(&figures), open, close);
        bundle.add_function(name, mark).map_err(|error| CatalogError {
            message: format!("the `{language}` catalogue cannot have the function {name}: {error}"),
        })?;
    }
    bundle.add_resource(resource).map_err(|errors| CatalogError {
        message: format!(
            "the `{language}` catalogue defines a message twice: {}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
        ),
    })?;
    Ok(bundle)
}

/// Parses one catalogue file; a syntax error names the language, the line and the text.
fn parse(language: &str, source: &str) -> Result<FluentResource, CatalogError> {
    let source = if primary_language(language) == "fr" { french_spacing(source) } else { source.to_owned() };
    let source = source.as_str();
    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
        let first = &errors[0];
        let line = source[..first.pos.start.min(source.len())].lines().count().max(1);
        CatalogError {
            message: format!("the `{language}` catalogue has a syntax error at line {line}: {}", first.kind),
        }
    })
}

/// `text` with Spanish's contractions of a preposition and the article `el` that a value placed
/// after it brings ("de { $country }" with "el Reino Unido"): `de el` is `del`, `a el` is `al`.
/// The article of a proper name (`El Salvador`) is capitalized and never contracts.
pub(crate) fn spanish_contractions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" el ") {
        let before = &rest[..at];
        // The word standing before ` el `: `de` or `a` alone contract with it.
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
        out.push_str(before);
        out.push_str(if matches!(word, "de" | "De" | "a" | "A") { "l" } else { " el" });
        rest = &rest[at + " el".len()..];
    }
    out.push_str(rest);
    out
}

/// `source` with French typography's spaces: a no-break space before a colon and inside
/// guillemets, a narrow no-break space before a semicolon, a question or an exclamation mark, so
/// that no line of a French report opens with the mark. Catalogues are written with plain
/// spaces, which read the same in an editor; the only colons, semicolons and marks after a
/// space in Fluent's syntax are in text.
pub(crate) fn french_spacing(source: &str) -> String {
    source
        .replace(" :", "\u{a0}:")
        .replace(" ;", "\u{202f};")
        .replace(" ?", "\u{202f}?")
        .replace(" !", "\u{202f}!")
        .replace("« ", "«\u{a0}")
        .replace(" »", "\u{a0}»")
}

/// The Fluent function that writes its one argument (a count in the bundle's locale) between marks.
fn marker(
    figures: Arc<icu_decimal::DecimalFormatter>,
    open: char,
    close: char,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs<'_>) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional, _| {
        let text = match positional {
            [FluentValue::String(text)] => text.to_string(),
            [FluentValue::Number(number)] => whole(number.value)
                .map_or_else(|| number.as_string().into_owned(), |count| format::count_with(&figures, count)),
            _ => return FluentValue::Error,
        };
        FluentValue::String(format!("{open}{text}{close}").into())
    }
}

/// Writes a count passed as [`Arg::Count`] as the report's locale writes it.
fn format_count<M: MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let count = whole(number.value)?;
    memoizer.with_try_get_threadsafe::<Counts, _, _>((), |counts| format::count_with(&counts.0, count)).ok()
}

/// The count a Fluent number stands for; `None` for a fraction (a number written in a file
/// itself, which Fluent writes).
fn whole(value: f64) -> Option<u64> {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // whole and in range, checked
    (value.fract() == 0.0 && (0.0..9.0e15).contains(&value)).then_some(value as u64)
}

/// The decimal formatter of a bundle's locale, built once per bundle by Fluent's memoizer.
struct Counts(icu_decimal::DecimalFormatter);

impl Memoizable for Counts {
    type Args = ();
    type Error = ();

    fn construct(locale: LanguageIdentifier, (): ()) -> Result<Self, ()> {
        Ok(Counts(format::decimal_formatter(&locale.to_string())))
    }
}

/// How the catalogues of `sources` differ from the English one: for each other language, the
/// messages missing or extra, and those whose variables differ; one line each, empty when complete.
pub(crate) fn differences(sources: &[(&str, &str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for (language, source) in sources {
        match parse(language, source) {
            Ok(resource) => parsed.push((*language, messages(&resource))),
            Err(error) => problems.push(error.message),
        }
    }
    let Some((_, english)) = parsed.iter().find(|(language, _)| language.eq_ignore_ascii_case(FALLBACK_LANGUAGE))
    else {
        problems.push("the messages have no English catalogue".to_owned());
        return problems;
    };
    for (language, messages) in &parsed {
        for (id, variables) in english {
            match messages.get(id) {
                None => problems.push(format!("`{language}` lacks the message `{id}`")),
                // A language whose grammar wants an article before a country's name ("le
                // Mexique") may say "the country" instead, and one whose sentence needs no plural
                // form may leave out the count that only chooses it: `$country` and `$count`
                // alone may be left out, never a figure.
                Some(theirs) if !same_variables(theirs, variables) => problems.push(format!(
                    "`{language}` message `{id}` uses {} where English uses {}",
                    names(theirs),
                    names(variables)
                )),
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("`{language}` has the message `{id}`, which English lacks"));
        }
    }
    problems
}

/// Whether a translation uses English's variables, `$country` and `$count` aside (see [`differences`]).
fn same_variables(theirs: &BTreeSet<String>, english: &BTreeSet<String>) -> bool {
    let optional = |v: &&String| *v != "country" && *v != "count";
    let without = |set: &BTreeSet<String>| set.iter().filter(optional).cloned().collect::<BTreeSet<_>>();
    without(theirs) == without(english) && theirs.iter().all(|v| english.contains(v))
}

/// `$a, $b`, or `no variable`.
fn names(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "no variable".to_owned();
    }
    variables.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

/// Every message and term of a resource (terms as `-id`), with the variables it refers to.
fn messages(resource: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut variables = BTreeSet::new();
        value.into_iter().chain(attributes.iter().map(|a| &a.value)).for_each(|p| pattern_variables(p, &mut variables));
        found.insert(id, variables);
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            variants.iter().for_each(|v| pattern_variables(&v.value, out));
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => call_variables(arguments, out),
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => call_variables(arguments, out),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)).for_each(|i| inline_variables(i, out));
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCES: Sources = &[
        (
            "en",
            "title = Projects\ncount = { $n ->\n    [one] one project\n   *[other] { $n } projects\n}\nonly-en = English only\n",
        ),
        ("es", "title = Proyectos\ncount = { $n ->\n    [one] un proyecto\n   *[other] { $n } proyectos\n}\n"),
        ("pt-PT", "title = Projetos (PT)\n"),
        ("pt", "title = Projetos\n"),
    ];

    #[test]
    fn spanish_contracts_a_preposition_with_the_article_a_value_brings() {
        let cases = [
            ("los proyectos de el Reino Unido", "los proyectos del Reino Unido"),
            ("De el Reino Unido y a el Perú", "Del Reino Unido y al Perú"),
            ("de El Salvador", "de El Salvador"),
            ("desde el año, para el Reino Unido", "desde el año, para el Reino Unido"),
            ("ciudad el lunes", "ciudad el lunes"),
            ("el Reino Unido de los Países Bajos", "el Reino Unido de los Países Bajos"),
        ];
        for (written, read) in cases {
            assert_eq!(spanish_contractions(written), read, "{written}");
        }
        const SPANISH: Sources = &[("en", "of = Projects of { $c }.\n"), ("es", "of = Proyectos de { $c }.\n")];
        let es = Catalog::new(SPANISH, "es").expect("catalogue");
        assert_eq!(es.message("of", &[("c", "el Reino Unido".into())]), "Proyectos del Reino Unido.");
        let en = Catalog::new(SPANISH, "en").expect("catalogue");
        assert_eq!(en.message("of", &[("c", "the United Kingdom".into())]), "Projects of the United Kingdom.");
    }

    #[test]
    fn french_marks_keep_their_no_break_space_before_them_and_within_guillemets() {
        const FRENCH: Sources = &[
            ("en", "note = Totals: by currency; { $n } projects?\n"),
            ("fr", "note = Totaux : par devise ; « { $n } » projets ? Oui !\n"),
        ];
        let fr = Catalog::new(FRENCH, "fr-CH").expect("catalogue").message("note", &[("n", 3.into())]);
        assert_eq!(fr, "Totaux\u{a0}: par devise\u{202f}; «\u{a0}3\u{a0}» projets\u{202f}? Oui\u{202f}!");
        let en = Catalog::new(FRENCH, "en").expect("catalogue").message("note", &[("n", 3.into())]);
        assert_eq!(en, "Totals: by currency; 3 projects?");
    }

    #[test]
    fn picks_the_locale_then_its_language_then_english() {
        let cases = [
            ("es-MX", "es"),
            ("es", "es"),
            ("ES-es", "es"),
            ("pt-PT", "pt-PT"),
            ("pt-BR", "pt"),
            ("de", "en"),
            ("", "en"),
        ];
        for (locale, language) in cases {
            assert_eq!(Catalog::new(SOURCES, locale).expect("catalogue").language(), language, "{locale}");
        }
    }

    #[test]
    fn counts_select_plural_forms_and_follow_the_locale() {
        let count = |locale: &str, n: u64| {
            Catalog::new(SOURCES, locale).expect("catalogue").message("count", &[("n", n.into())])
        };
        assert_eq!(count("en", 1), "one project");
        assert_eq!(count("en", 1600), "1,600 projects");
        assert_eq!(count("es-MX", 1), "un proyecto");
        assert_eq!(count("es-MX", 1600), "1,600 proyectos");
        assert_eq!(count("es-ES", 1600), "1600 proyectos");
        assert_eq!(count("es-ES", 16000), "16.000 proyectos");
        // No German catalogue: English words, and English figures with them.
        assert_eq!(count("de", 1600), "1,600 projects");
    }

    #[test]
    fn a_message_missing_in_the_language_is_taken_from_english() {
        let es = Catalog::new(SOURCES, "es").expect("catalogue");
        assert_eq!(es.text("title"), "Proyectos");
        assert_eq!(es.text("only-en"), "English only");
        assert!(es.has("only-en") && !es.has("nowhere"));
    }

    #[test]
    fn placeables_carry_no_isolation_marks() {
        const ISOLATED: Sources = &[("en", "hello = Hello, { $name }!\n")];
        let text = Catalog::new(ISOLATED, "en").expect("catalogue").message("hello", &[("name", "Ana".into())]);
        assert_eq!(text, "Hello, Ana!");
    }

    #[test]
    fn strong_and_emph_marks_become_spans_and_nothing_in_plain_text() {
        const MARKED: Sources = &[
            ("en", "done = { STRONG($n) } projects with { EMPH($who) }, { STRONG($amount) }.\n"),
            ("es", "done = { STRONG($n) } proyectos con { EMPH($who) }, { STRONG($amount) }.\n"),
        ];
        let args =
            |who: &'static str| [("n", Arg::Count(1600)), ("who", who.into()), ("amount", "USD\u{a0}240.000".into())];
        let es = Catalog::new(MARKED, "es-ES").expect("catalogue");
        assert_eq!(
            es.spans("done", &args("ICOM")),
            [
                Span::strong("1600"),
                Span::plain(" proyectos con "),
                Span::emph("ICOM"),
                Span::plain(", "),
                Span::strong("USD\u{a0}240.000"),
                Span::plain("."),
            ]
        );
        assert_eq!(es.message("done", &args("ICOM")), "1600 proyectos con ICOM, USD\u{a0}240.000.");
        // Data cannot forge a mark.
        let forged = es.spans("done", &args("\u{E001}ICOM\u{E000}"));
        assert_eq!(forged[2], Span::emph("ICOM"));
    }

    #[test]
    fn marked_pieces_keep_their_marks_inside_other_messages() {
        const PIECES: Sources =
            &[("en", "item = { STRONG($n) } { $kind }\nsentence = In 2014–2015, { $items } were supported.\n")];
        let t = Catalog::new(PIECES, "en").expect("catalogue");
        let items: Vec<Marked> = [(8, "projects"), (5, "co-productions")]
            .into_iter()
            .map(|(n, kind)| t.marked("item", &[("n", Arg::Count(n)), ("kind", kind.into())]))
            .collect();
        assert_eq!(items[0].plain(), "8 projects");
        let items = format::Formatter::new("en").list_marked(&items);
        assert_eq!(
            t.spans("sentence", &[("items", items.into())]),
            [
                Span::plain("In 2014–2015, "),
                Span::strong("8"),
                Span::plain(" projects and "),
                Span::strong("5"),
                Span::plain(" co-productions were supported."),
            ]
        );
    }

    #[test]
    #[should_panic(expected = "no catalogue has the message `nowhere`")]
    fn a_message_in_no_catalogue_is_a_bug_of_the_plugin() {
        Catalog::new(SOURCES, "es").expect("catalogue").text("nowhere");
    }

    #[test]
    #[should_panic(expected = "message `count` of the `es` catalogue: ")]
    fn a_missing_argument_is_a_bug_of_the_plugin() {
        Catalog::new(SOURCES, "es").expect("catalogue").text("count");
    }

    #[test]
    fn a_catalogue_is_built_once_per_sources_and_locale() {
        let first = Catalog::new(SOURCES, "es-MX").expect("catalogue");
        let again = Catalog::new(SOURCES, "es-MX").expect("catalogue");
        assert!(Arc::ptr_eq(&first.bundle, &again.bundle));
        // Another locale of the same language writes counts its own way: a bundle of its own.
        let spain = Catalog::new(SOURCES, "es-ES").expect("catalogue");
        assert!(!Arc::ptr_eq(&first.bundle, &spain.bundle));
        let other: Sources = &[("en", "count = { $n }\n"), ("es", "count = { $n }\n")];
        assert!(!Arc::ptr_eq(&first.bundle, &Catalog::new(other, "es-MX").expect("catalogue").bundle));
    }

    #[test]
    fn broken_or_incomplete_sources_are_refused() {
        let broken: Sources = &[("en", "title = Projects\nthis is not fluent\n")];
        let error = Catalog::new(broken, "en").expect_err("syntax error");
        assert!(error.message.starts_with("the `en` catalogue has a syntax error at line 2: "), "{}", error.message);
        let no_english: Sources = &[("es", "title = Proyectos\n")];
        assert_eq!(
            Catalog::new(no_english, "es").expect_err("no English").message,
            "the messages have no English catalogue"
        );
    }

    #[test]
    fn differences_name_missing_extra_and_mismatched_messages() {
        let sources: Sources = &[
            ("en", "a = A\nb = B { $x }\nc = C\n-brand = Informe\n"),
            ("fr", "a = A\nb = B { $y }\nd = D\n-brand = Informe\n"),
        ];
        assert_eq!(
            differences(sources),
            [
                "`fr` message `b` uses $y where English uses $x",
                "`fr` lacks the message `c`",
                "`fr` has the message `d`, which English lacks",
            ]
        );
        assert!(differences(&SOURCES[..2]).contains(&"`es` lacks the message `only-en`".to_owned()));
    }
}
