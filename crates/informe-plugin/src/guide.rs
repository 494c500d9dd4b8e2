//! The plugin author's guide: from an empty folder to a program family in the official report.
//!
//! This module holds no code, only this guide; every example in it is compiled and run by
//! `cargo test -p informe-plugin --doc`, so it stays true to the SDK.
//!
//! - [The plugin lifecycle](#the-plugin-lifecycle): descriptor, handshake, JSON in and out
//! - [A complete plugin](#a-complete-plugin)
//! - [Content blocks](#content-blocks): headings, paragraphs, lists, tables, key figures
//! - [Metrics and indicators](#metrics-and-indicators)
//! - [Qualifiers](#qualifiers): exact, approximately, more than, at least, and totals
//! - [Locales and message catalogues](#locales-and-message-catalogues): words from the
//!   [`Catalog`](crate::catalog::Catalog), figures from the [`Formatter`](crate::format::Formatter)
//! - [Validation messages](#validation-messages): problems, not failures
//! - [Testing a plugin](#testing-a-plugin): unit tests, then the real library in a plugin folder
//!
//! The quickest start is `informe new-plugin NAME --family FAMILY`: it writes a crate that builds,
//! passes its tests and serves the family as generated, using everything this guide describes.
//! The smallest real plugin is `plugins/libraries/` of the informe repository.
//!
//! # The plugin lifecycle
//!
//! A plugin is a Rust `cdylib` crate that depends on this crate only (and on `serde` for its own
//! data type). Its `Cargo.toml` asks for both library kinds: `cdylib` is what informe loads,
//! `rlib` lets `cargo test` link the unit tests.
//!
//! ```toml
//! [lib]
//! crate-type = ["cdylib", "rlib"]
//!
//! [dependencies]
//! informe-plugin = "0.1"
//! serde = { version = "1", features = ["derive"] }
//! ```
//!
//! What happens, in order:
//!
//! 1. **Descriptor.** [`declare_plugin!`](crate::declare_plugin) exports one C function,
//!    `informe_plugin_descriptor`, that returns a static [`Descriptor`](crate::abi::Descriptor): the
//!    magic bytes `INFORME\0`, the ABI version the plugin was built for, the SDK version, the
//!    plugin's name and version, the families it serves, and its entry points (`process`, `schema`,
//!    `free`).
//! 2. **Discovery.** informe looks for shared libraries in every `--plugins DIR`, then the folders
//!    of `INFORME_PLUGIN_PATH`, then `plugins/` beside its executable. `informe plugins` lists what
//!    it found. Two plugins claiming one family is an error, never a silent choice.
//! 3. **Handshake.** informe reads the magic and the ABI *major* before anything else of the
//!    descriptor: a library that is not a plugin, or that was built for another major, is refused
//!    by name with the versions involved. A newer ABI *minor* only appends fields, so a plugin
//!    keeps working with later informe releases of the same major. Loaded libraries are never
//!    unloaded.
//! 4. **One call per program.** For every program whose `family` the plugin serves, informe sends
//!    a [`Request`](crate::Request) as JSON: the report [`Context`](crate::Context) (country,
//!    period, language and locale) and the [`Program`](crate::Program) with its common fields and its family
//!    `data`. The SDK decodes it and calls your `process` function, then encodes your
//!    [`Response`](crate::Response) as JSON: problems, sections, metrics and a summary sentence.
//!    Buffers are freed by the plugin's own allocator; no Rust type crosses the boundary, so a
//!    plugin built with another compiler version keeps working.
//! 5. **Failures stay contained.** `process` returning `Err(PluginError)` means the plugin cannot
//!    do its job at all; a panic is caught by the SDK before it reaches the C boundary. Both stop
//!    the build with the plugin's name and message (exit code 3). Problems in the *data* are not
//!    failures: see [validation messages](#validation-messages).
//! 6. **Output contract.** informe then checks the answer: metric ids are non-empty and unique
//!    within the program, money uses ISO 4217 codes, and only counts may feed an indicator. It
//!    formats and places everything itself: a plugin never writes markup or layout.
//!
//! The optional `schema` entry returns the JSON Schema of the family `data`, so that authors of
//! data files and their editors know what the plugin reads; without it the schema is "any object".
//!
//! # A complete plugin
//!
//! The whole plugin of a family `festival`: its data type, its words in two languages, `process`,
//! `schema` and the declaration. Everything else in this guide elaborates on one of these parts.
//!
//! ```rust,standalone_crate
//! use informe_plugin::prelude::*;
//! use informe_plugin::serde_json::{Value, json};
//! use serde::Deserialize;
//!
//! /// The family `data` of a festival program.
//! #[derive(Deserialize, JsonSchema)] // the schema is derived: `validated` reads the data through it
//! #[serde(deny_unknown_fields)] // a misspelt field is the user's mistake: report it
//! struct Data {
//!     editions: u64,
//!     selected_projects: u64,
//! }
//!
//! /// The plugin's words, one Fluent catalogue per language. In a plugin's crate they are files,
//! /// `("en", include_str!("../messages/en.ftl"))`; here they are inline to keep the example whole.
//! const MESSAGES: Sources = &[
//!     ("en", "
//! editions-title = Festival editions
//! editions = The festival held { STRONG($editions) } { $editions ->
//!         [one] edition
//!        *[other] editions
//!     } in the period.
//! selected-label = Projects selected by the festival
//! summary = The festival held { $editions } { $editions ->
//!         [one] edition
//!        *[other] editions
//!     }.
//! "),
//!     ("es", "
//! editions-title = Ediciones del festival
//! editions = El festival celebró { STRONG($editions) } { $editions ->
//!         [one] edición
//!        *[other] ediciones
//!     } en el periodo.
//! selected-label = Proyectos seleccionados por el festival
//! summary = El festival celebró { $editions } { $editions ->
//!         [one] edición
//!        *[other] ediciones
//!     }.
//! "),
//! ];
//!
//! fn process(request: &Request) -> Result<Response, PluginError> {
//!     // Bad data is a problem for the user to fix, not a plugin failure: `validated` answers
//!     // with the problem, which the host locates in the data file.
//!     let data: Data = match request.validated(|_| Vec::new()) {
//!         Ok((data, _)) => data,
//!         Err(rejected) => return Ok(rejected),
//!     };
//!     // The words of the report's language; counts are written as its locale writes them.
//!     let t = Catalog::new(MESSAGES, request.context.locale())?;
//!     let editions = [("editions", Arg::Count(data.editions))];
//!     let section = Section::new(t.text("editions-title")).with(t.paragraph("editions", &editions));
//!     Ok(Response {
//!         sections: vec![section],
//!         metrics: vec![
//!             Metric::count("selected-projects", &t.text("selected-label"), data.selected_projects)
//!                 .feeds(BENEFICIARY_PROJECTS),
//!         ],
//!         summary: Some(t.message("summary", &editions)),
//!         ..Response::default()
//!     })
//! }
//!
//! fn schema() -> Value {
//!     json!({
//!         "type": "object",
//!         "additionalProperties": false,
//!         "required": ["editions", "selected_projects"],
//!         "properties": {
//!             "editions": { "type": "integer", "minimum": 0 },
//!             "selected_projects": { "type": "integer", "minimum": 0 }
//!         }
//!     })
//! }
//!
//! informe_plugin::declare_plugin! {
//!     name: "festival",
//!     version: env!("CARGO_PKG_VERSION"),
//!     families: ["festival"],
//!     process: process,
//!     schema: schema, // optional
//! }
//!
//! fn main() {
//!     use informe_plugin::testing::{assert_catalogues_complete, paragraphs, request_for, request_in};
//!
//!     let report = r#"{"country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en",
//!         "measures": [{"programs": [{"id": "fest", "name": "FEST", "family": "festival",
//!             "data": {"editions": 3, "selected_projects": 12}}]}]}"#;
//!     let response = process(&request_for(report, "fest")).unwrap();
//!     assert_eq!(response.summary.as_deref(), Some("The festival held 3 editions."));
//!     let response = process(&request_in(report, "fest", "es-MX")).unwrap();
//!     assert_eq!(paragraphs(&response), ["El festival celebró 3 ediciones en el periodo."]);
//!     assert_eq!(response.sections[0].title, "Ediciones del festival");
//!     assert_catalogues_complete(MESSAGES);
//! }
//! ```
//!
//! # Content blocks
//!
//! A [`Section`](crate::Section) is a titled part of the program's chapter; it holds
//! [`Block`](crate::Block)s. Blocks say *what* the content is, the report's template decides how it
//! looks, and text is always shown literally (whatever characters it contains, it is never read as
//! markup).
//!
//! - [`Block::Heading`](crate::Block::Heading): a sub-heading inside the section.
//! - [`Block::Paragraph`](crate::Block::Paragraph): a run of [`Span`](crate::Span)s, each plain,
//!   [`emph`](crate::Span::emph)asised or [`strong`](crate::Span::strong). [`Block::text`] makes a
//!   paragraph of one plain span.
//! - [`Block::List`](crate::Block::List): bulleted or `ordered` items, each a run of spans;
//!   [`Block::bullets`] makes one of plain items.
//! - [`Block::Table`](crate::Block::Table): column headers and rows of [`Cell`](crate::Cell)s.
//!   A cell is text or a typed [`Figure`](crate::Figure) (a quantity and its qualifier): give
//!   figures as figures, not as text, and the host formats them for the report, aligns them, and
//!   the workbook keeps them as numbers.
//! - [`Block::KeyFigures`](crate::Block::KeyFigures): a few headline [`KeyFigure`](crate::KeyFigure)s,
//!   each a label, a figure and optionally the [`Period`](crate::Period) it covers.
//!
//! [`Block::text`]: crate::Block::text
//! [`Block::bullets`]: crate::Block::bullets
//!
//! ```rust
//! use informe_plugin::prelude::*;
//!
//! let fmt = Formatter::new("en");
//! let usd = |amount: &str| Quantity::Money { amount: amount.parse().unwrap(), currency: "USD".into() };
//!
//! let section = Section::new("Co-productions")
//!     .with(Block::KeyFigures {
//!         items: vec![KeyFigure {
//!             label: "Co-productions supported".into(),
//!             figure: Figure::new(Quantity::Count { value: 40 }, Qualifier::MoreThan),
//!             period: Some(Period { from: 2012, to: 2015 }),
//!         }],
//!     })
//!     .with(Block::Heading { text: "Support by period".into() })
//!     .with(Block::Paragraph {
//!         spans: vec![
//!             Span::plain("Support went to "),
//!             Span::strong(fmt.count(40)),
//!             Span::plain(" co-productions, including "),
//!             Span::emph("Heli"),
//!             Span::plain("."),
//!         ],
//!     })
//!     .with(Block::bullets(["development", "co-production", "distribution"]))
//!     .with(Block::Table {
//!         caption: Some("Support received".into()),
//!         columns: vec!["Period".into(), "Amount".into()],
//!         rows: vec![
//!             vec!["2012–2013".into(), Figure::new(usd("1600000"), Qualifier::Exact).into()],
//!             vec!["2014–2015".into(), Figure::new(usd("1765000"), Qualifier::Approximately).into()],
//!         ],
//!     });
//!
//! // The JSON the host receives: blocks are tagged by `type`, figures by `kind`.
//! let json = informe_plugin::serde_json::to_value(&section).unwrap();
//! assert_eq!(json["blocks"][0]["type"], "key-figures");
//! assert_eq!(json["blocks"][4]["rows"][1][1]["kind"], "money");
//! assert_eq!(json["blocks"][4]["rows"][1][1]["amount"], "1765000");
//! assert_eq!(json["blocks"][4]["rows"][1][1]["qualifier"], "approximately");
//! ```
//!
//! Keep narrative short and factual: the report is an official form, and the program's common
//! fields (results expected, financial resources, conclusions) are already shown by the host.
//! [`Response::summary`](crate::Response::summary) is one sentence for the executive summary, which
//! the form limits to 3,500 characters for the whole report.
//!
//! # Metrics and indicators
//!
//! A [`Metric`](crate::Metric) is a typed figure derived from the program: a
//! [`count`](crate::Metric::count), [`money`](crate::Metric::money) (a [`Decimal`](crate::Decimal)
//! and an ISO 4217 code: never a float), a [`ratio`](crate::Metric::ratio) or a
//! [`text`](crate::Metric::text) state. Each has an `id` unique within the program and a label in
//! the report's language. Metrics are listed in the program's chapter and in the workbook's
//! Metrics sheet.
//!
//! A metric can *feed* an indicator of the measure, such as [`BENEFICIARY_PROJECTS`](crate::BENEFICIARY_PROJECTS)
//! ("The total number of beneficiary projects"): informe sums every metric tagged for it across the
//! measure's programs, combining their qualifiers, and the report's annex says which metrics were
//! counted. Only counts may feed an indicator, and the tag must be the `id` of one of the measure's
//! `indicators` in the data file (informe warns otherwise). Tag only what truly answers the
//! indicator's question, or the total counts things twice.
//!
//! ```rust
//! use informe_plugin::prelude::*;
//!
//! let metrics = vec![
//!     Metric::count("projects", "Projects Mexico profited from", 40)
//!         .qualified(Qualifier::MoreThan)
//!         .feeds(BENEFICIARY_PROJECTS),
//!     Metric::money("support", "Support received", "1765000".parse().unwrap(), "USD")
//!         .during(Period { from: 2014, to: 2015 }),
//!     Metric::ratio("return", "Support received per dollar paid", "1.17".parse().unwrap()),
//!     Metric::text("network", "Network of festivals", "begun"),
//! ];
//! assert_eq!(metrics[0].indicator.as_deref(), Some("beneficiary-projects"));
//! assert_eq!(metrics[1].period, Some(Period { from: 2014, to: 2015 }));
//! ```
//!
//! # Qualifiers
//!
//! Sources qualify figures, and the report must say so exactly as the source does. A
//! [`Qualifier`](crate::Qualifier) travels with every figure, contribution and metric:
//!
//! | qualifier | in data | the value is… | written |
//! |---|---|---|---|
//! | [`Exact`](crate::Qualifier::Exact) | `exact` (the default) | the figure | `40` |
//! | [`Approximately`](crate::Qualifier::Approximately) | `approximately` | near the figure | `approximately 40` |
//! | [`MoreThan`](crate::Qualifier::MoreThan) | `more-than` | strictly above it | `more than 40` |
//! | [`AtLeast`](crate::Qualifier::AtLeast) | `at-least` | the figure or above | `at least 40` |
//!
//! Totals combine them with [`Qualifier::combine`](crate::Qualifier::combine): an approximate part
//! makes the sum approximate; otherwise a strict lower bound makes it a strict lower bound ("more
//! than 40" and exactly 8 make "more than 48"); otherwise an inclusive one. informe applies this to
//! money totals (per currency, never across currencies) and to indicators; apply it too when a
//! plugin sums figures itself.
//!
//! ```rust
//! use informe_plugin::prelude::*;
//!
//! let parts = [(40, Qualifier::MoreThan), (8, Qualifier::Exact), (120, Qualifier::AtLeast)];
//! let (total, qualifier) = parts
//!     .iter()
//!     .fold((0, Qualifier::Exact), |(sum, q), &(value, qualifier)| (sum + value, q.combine(qualifier)));
//! let fmt = Formatter::new("en");
//! assert_eq!(fmt.figure(&Figure::new(Quantity::Count { value: total }, qualifier)), "more than 168");
//! assert_eq!(Qualifier::MoreThan.combine(Qualifier::Approximately), Qualifier::Approximately);
//! assert_eq!(Qualifier::AtLeast.combine(Qualifier::Exact), Qualifier::AtLeast);
//! ```
//!
//! # Locales and message catalogues
//!
//! A report is written in one language and follows the conventions of one locale: the request's
//! [`context.language`](crate::Context::language) (`es`) and
//! [`context.locale()`](crate::Context::locale) (`es-MX`: the language with the region of the
//! reporting country; the language alone from hosts that send no locale). A plugin writes nothing
//! in a language of its own: its **words** come from its message catalogues, its **figures** from
//! the SDK's [`Formatter`](crate::format::Formatter), both built for `request.context.locale()`.
//! Names and phrases taken from the program's data are the data author's and are shown as written.
//!
//! ## Message catalogues
//!
//! A catalogue is a [Fluent](https://projectfluent.org/fluent/guide/) file per language in the
//! crate's `messages/` folder: `en.ftl`, which is required (it is the fallback), then `es.ftl`,
//! `pt.ftl`, `fr.ftl`… The library embeds them, so the plugin stays one file to install:
//!
//! ```rust,ignore
//! const MESSAGES: Sources = &[
//!     ("en", include_str!("../messages/en.ftl")),
//!     ("es", include_str!("../messages/es.ftl")),
//!     ("pt", include_str!("../messages/pt.ftl")),
//!     ("fr", include_str!("../messages/fr.ftl")),
//! ];
//! ```
//!
//! [`Catalog::new`](crate::catalog::Catalog::new)`(MESSAGES, request.context.locale())` takes the
//! file tagged with the whole locale (`pt-PT`) if there is one, else the one of its language
//! (`pt`), else English; a message a translation lacks is taken from English. Its error (a syntax
//! error in a file) converts into a `PluginError`, so `?` answers it. It is built once per locale
//! in a process and then shared, like [`Formatter::new`](crate::format::Formatter::new)'s
//! formatter: asking for them in every call of `process` costs nothing after the first program.
//! Fluent in brief:
//!
//! ```ftl
//! # A comment, for translators too.
//! projects-title = Projects
//! projects = In { $period }, { $country } profited from { STRONG($projects) } { $projects ->
//!         [one] project
//!        *[other] projects
//!     }.
//! ```
//!
//! - `{ $name }` places an argument. Arguments are [`Arg`](crate::catalog::Arg)s: text (`&str`,
//!   `String`, a [`Period`](crate::Period)), figures included once the formatter wrote them, or a
//!   count (`Arg::Count`, or a `u64` with `.into()`), written in the locale's digits.
//! - `{ $n -> [one] … *[other] … }` chooses a form by the language's plural rules (CLDR's: French
//!   says `0 projet` and `1 projet`, Spanish `1 proyecto`); `*` marks the default form. Only a
//!   count selects plural forms.
//! - `STRONG(…)` and `EMPH(…)` mark what the report shows in bold or italics, wherever the
//!   translation puts it. [`Catalog::paragraph`](crate::catalog::Catalog::paragraph) and
//!   [`spans`](crate::catalog::Catalog::spans) turn the marks into spans;
//!   [`message`](crate::catalog::Catalog::message) (headings, labels, the summary sentence) and
//!   [`text`](crate::catalog::Catalog::text) (a message without arguments) drop them.
//!   A sentence built of pieces keeps their marks when each piece is written with
//!   [`Catalog::marked`](crate::catalog::Catalog::marked) and passed on as an argument, the
//!   pieces joined by [`Formatter::list_marked`](crate::format::Formatter::list_marked):
//!   "In 2014–2015, **8** projects and **5** co-productions were supported".
//! - A wording that depends on whether the data gives something is a selector the plugin passes
//!   as text: `{ $with-areas -> [yes] {" "}in the areas of { $areas } *[no] {""} }`.
//! - Placeables carry no Unicode isolation marks: the SDK turns Fluent's off, since they would be
//!   invisible characters in the PDF's text.
//!
//! Asking for a message no catalogue has, or leaving out one of its arguments, is a bug of the
//! plugin: it panics, and the host reports the plugin's failure rather than print a wrong report.
//!
//! ## Figures
//!
//! Never hand-format a number (`format!("{n}")`, your own separators): the
//! [`Formatter`](crate::format::Formatter) writes every figure from CLDR's data for the locale.
//!
//! | locale | [`money`](crate::format::Formatter::money) | [`count`](crate::format::Formatter::count) | [`list`](crate::format::Formatter::list) | [`date`](crate::format::Formatter::date) |
//! |---|---|---|---|---|
//! | `en` | `USD 1,600,000` | `1,600` | `a, b, and c` | `December 31, 2015` |
//! | `es-MX` | `USD 1,600,000` | `1,600` | `a, b y c` | `31 de diciembre de 2015` |
//! | `es-ES` | `1.600.000 USD` | `1600` (but `16.000`) | `a, b y c` | `31 de diciembre de 2015` |
//! | `pt-BR` | `USD 1.600.000` | `1.600` | `a, b e c` | `31 de dezembro de 2015` |
//! | `fr` | `1 600 000 USD` | `1 600` | `a, b et c` | `31 décembre 2015` |
//!
//! Amounts keep the scale the source wrote (`USD 560,229.00`, but `USD 1,600,000`); the space
//! between a code and its amount is a no-break space, and French groups digits with a narrow
//! no-break space, as CLDR has them. [`qualified`](crate::format::Formatter::qualified) and
//! [`figure`](crate::format::Formatter::figure) put the qualifier's words (`more than`, `más de`,
//! `plus de`…, from the SDK's own catalogue) where the language puts them. The formatter also
//! writes [`decimal`](crate::format::Formatter::decimal)s and
//! [`ratio`](crate::format::Formatter::ratio)s. Figures in tables and key figures need no
//! formatting at all: give them as [`Figure`](crate::Figure)s and the host writes them.
//!
//! ```rust
//! use informe_plugin::prelude::*;
//! use informe_plugin::testing::{request_for, request_in};
//!
//! const MESSAGES: Sources = &[
//!     ("en", "paid = { $country } paid { STRONG($paid) } for { $activities }.\n"),
//!     ("es", "paid = { $country } pagó { STRONG($paid) } por { $activities }.\n"),
//! ];
//!
//! fn paragraph(request: &Request, paid: Decimal, activities: &[&str]) -> Result<Block, PluginError> {
//!     let t = Catalog::new(MESSAGES, request.context.locale())?;
//!     let fmt = Formatter::new(request.context.locale());
//!     Ok(t.paragraph("paid", &[
//!         ("country", request.context.country.as_str().into()),
//!         ("paid", fmt.qualified(Qualifier::Approximately, &fmt.money(&paid, "USD")).into()),
//!         ("activities", fmt.list(activities).into()),
//!     ]))
//! }
//!
//! let report = r#"{"country": "México", "period": {"from": 2012, "to": 2015}, "language": "en",
//!     "measures": [{"programs": [{"id": "p", "name": "P", "family": "f"}]}]}"#;
//! let paid = "560229.00".parse().unwrap();
//! let text = |block: Block| match block {
//!     Block::Paragraph { spans } => spans.iter().map(|s| s.text.as_str()).collect::<String>(),
//!     _ => unreachable!(),
//! };
//! let en = paragraph(&request_for(report, "p"), paid, &["training", "co-production", "distribution"]).unwrap();
//! assert_eq!(text(en), "México paid approximately USD\u{a0}560,229.00 for training, co-production, and distribution.");
//! let es = paragraph(&request_in(report, "p", "es-ES"), paid, &["formación", "coproducción", "distribución"]).unwrap();
//! let Block::Paragraph { spans } = &es else { unreachable!() };
//! assert_eq!(spans[1], Span::strong("aproximadamente 560.229,00\u{a0}USD"));
//! assert_eq!(text(es), "México pagó aproximadamente 560.229,00\u{a0}USD por formación, coproducción y distribución.");
//! ```
//!
//! ## Testing translations
//!
//! [`testing::assert_catalogues_complete`](crate::testing::assert_catalogues_complete)`(MESSAGES)`
//! in a unit test fails when a translation lacks a message English has (or has one English
//! lacks), or uses other `$variables`; [`testing::request_in`](crate::testing::request_in) builds
//! the request of a report in another locale, to test the narrative in each language.
//!
//! # Validation messages
//!
//! The family `data` is the user's input, and mistakes in it are the user's to fix. Report them as
//! [`Problem`](crate::Problem)s in the response, never as a `PluginError` or a panic: informe then
//! shows each with the data file, the line and column, the JSON path and your hint, all problems
//! of every program at once, and exits with the code for bad input (2). An error stops the build; a
//! [`warning`](crate::Problem::warning) is shown and the report is built.
//!
//! - **Paths are relative to the program**: `data.sub_periods[1].period`, not the path in the
//!   file; informe prefixes the program's own (`measures[0].programs[2].`).
//! - **Messages are lower-case, without a trailing period**, and say what is wrong with the
//!   values involved: `12 projects cannot have been selected from 8 applications`.
//! - **Hints say how to fix it**, when that is not obvious from the message.
//!
//! Deserialize `data` with [`Request::data`](crate::Request::data) into a type with
//! `#[serde(deny_unknown_fields)]`: its errors come as a problem with the path already set. Then
//! check the rules serde cannot express.
//!
//! ```rust
//! use informe_plugin::prelude::*;
//! use serde::Deserialize;
//!
//! #[derive(Deserialize, JsonSchema)]
//! #[serde(deny_unknown_fields)]
//! struct Data {
//!     projects: u64,
//!     applications: u64,
//! }
//!
//! fn process(request: &Request) -> Result<Response, PluginError> {
//!     // `check` runs after serde; an error in what it returns also rejects the data.
//!     let check = |data: &Data| {
//!         let mut problems = Vec::new();
//!         if data.projects > data.applications {
//!             problems.push(
//!                 Problem::error(
//!                     "data.projects",
//!                     format!("{} projects cannot have been selected from {} applications", data.projects, data.applications),
//!                 )
//!                 .with_hint("`projects` counts selected applications: it is at most `applications`"),
//!             );
//!         }
//!         problems
//!     };
//!     let (_data, response) = match request.validated(check) {
//!         Ok(checked) => checked,
//!         Err(rejected) => return Ok(rejected),
//!     };
//!     Ok(response) // sections, metrics, summary…
//! }
//!
//! let report = r#"{"country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en",
//!     "measures": [{"programs": [{"id": "p", "name": "P", "family": "f",
//!         "data": {"projects": 12, "applications": 8, "edition": 3}}]}]}"#;
//! let mut request = informe_plugin::testing::request_for(report, "p");
//!
//! // An unknown field: serde's message, with the path inside the program.
//! let response = process(&request).unwrap();
//! assert_eq!(response.problems[0].path, "data.edition");
//! assert!(response.problems[0].message.starts_with("unknown field `edition`"));
//!
//! // A rule of the plugin's own, with a hint.
//! request.program.data.remove("edition");
//! let problem = &process(&request).unwrap().problems[0];
//! assert_eq!((problem.severity, problem.path.as_str()), (Severity::Error, "data.projects"));
//! assert_eq!(problem.message, "12 projects cannot have been selected from 8 applications");
//! assert!(problem.hint.is_some());
//! ```
//!
//! Keep `PluginError` for the plugin's own trouble (a resource it cannot read, a case it does not
//! implement); [`Request::data_field`](crate::Request::data_field) returns one, so use it only for
//! data the program's validation has already guaranteed.
//!
//! # Testing a plugin
//!
//! **Unit tests** call `process` directly, as an ordinary function: no library loading involved.
//! [`testing::request_for`](crate::testing::request_for) builds the request informe would send
//! for one program of a report's JSON (an `include_str!` of a real data file, or a small inline
//! report), and [`testing::paragraphs`](crate::testing::paragraphs) reads the narrative back as
//! plain text. Test the happy path, each problem (path, message, hint) and the schema, the
//! narrative in another language with [`testing::request_in`](crate::testing::request_in), and
//! the catalogues with [`testing::assert_catalogues_complete`](crate::testing::assert_catalogues_complete).
//! (This example writes its sentence in code only to stay short; a plugin takes it from its
//! catalogue.)
//!
//! ```rust
//! use informe_plugin::prelude::*;
//! use informe_plugin::testing::{paragraphs, request_for};
//!
//! fn process(request: &Request) -> Result<Response, PluginError> {
//!     let fmt = Formatter::new(request.context.locale());
//!     let projects: u64 = request.data_field("projects")?;
//!     let section = Section::new("Projects").with(Block::Paragraph {
//!         spans: vec![
//!             Span::plain(format!("{} profited from ", request.context.country)),
//!             Span::strong(fmt.count(projects)),
//!             Span::plain(" projects."),
//!         ],
//!     });
//!     Ok(Response { sections: vec![section], ..Response::default() })
//! }
//!
//! // In a plugin: `#[cfg(test)] mod tests { … #[test] fn … }` at the end of `src/lib.rs`.
//! const REPORT: &str = r#"{"country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en",
//!     "measures": [{"programs": [{"id": "fest", "name": "FEST", "family": "festival",
//!         "data": {"projects": 1200}}]}]}"#;
//! let response = process(&request_for(REPORT, "fest")).unwrap();
//! assert_eq!(paragraphs(&response), ["Mexico profited from 1,200 projects."]);
//! ```
//!
//! **Then the real thing**: build the library and drop it into a plugin folder, exactly as a user
//! installs it; informe needs no rebuild.
//!
//! ```sh
//! cargo build --release
//! mkdir -p plugins && cp target/release/libinforme_plugin_festival.so plugins/   # .dylib on macOS, .dll on Windows
//! informe plugins --plugins plugins                       # name, version, families, ABI, path
//! informe build DATA.json -o report.pdf --plugins plugins
//! ```
//!
//! `informe plugins` proves the handshake: the plugin is listed with its families and the ABI it
//! was built for, or refused with the reason. The build then shows the plugin's sections and
//! metrics in the program's chapter, its summary sentence in the executive summary, and any
//! problems with their line and column in the data file. To see a plugin's raw answer for one
//! program, `informe plugin run LIBRARY DATA.json --program ID` prints its JSON response.
