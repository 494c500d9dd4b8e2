//! The plugin author's guide: from an empty folder to a program family in the official report.
//!
//! This module holds no code, only this guide; every example in it is compiled and run by
//! `cargo test -p informe-plugin --doc`, so it stays true to the SDK.
//!
//! - [The plugin lifecycle](#the-plugin-lifecycle): descriptor, handshake, JSON in and out
//! - [A complete plugin](#a-complete-plugin)
//! - [Family data](#family-data): what every family reports, read, checked and narrated by the SDK
//! - [Content blocks](#content-blocks): headings, paragraphs, lists, tables, key figures
//! - [Metrics and indicators](#metrics-and-indicators)
//! - [Qualifiers](#qualifiers): exact, approximately, more than, at least, and totals
//! - [Locales and message catalogues](#locales-and-message-catalogues): words from the
//!   [`Catalog`](crate::catalog::Catalog), figures from the [`Formatter`](crate::format::Formatter)
//! - [Validation messages](#validation-messages): problems, not failures
//! - [Testing a plugin](#testing-a-plugin): unit tests, then the real library in a plugin folder
//! - [Writing a plugin in another language](#writing-a-plugin-in-another-language): the C header
//!   and the JSON contract, for plugins in C or any language that can export a C function
//!
//! The quickest start is `informe new-plugin NAME --family FAMILY`: it writes a family plugin (see
//! [Family data](#family-data)) that builds, passes its tests and serves the family as generated,
//! using everything this guide describes. The shipped plugins, `plugins/` of the informe
//! repository, are family plugins of real programmes.
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
//! # `Deserialize` for the data type. Its `JsonSchema` derive goes through this crate's re-export of
//! # schemars, `#[schemars(crate = "informe_plugin::schemars")]`: no schemars dependency needed.
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
//!    a [`Request`](crate::Request) as JSON: the report [`Context`](crate::Context) (the reporting
//!    party's name, already in the report's language, and its ISO code; the period; the language
//!    and locale; the language the data is written in) and the [`Program`](crate::Program) with its
//!    common fields and its family `data`. The SDK decodes it and calls your `process` function,
//!    then encodes your [`Response`](crate::Response) as JSON: problems, sections, metrics, a
//!    summary sentence and the family's name for readers.
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
//! data files and their editors know what the plugin reads (`informe schema` shows it); without
//! it the schema is "any object". Derive it from the data type rather than write it:
//! `schema: informe_plugin::family::schema::<Data>` (see [deriving the schema](#deriving-the-schema)).
//!
//! # A complete plugin
//!
//! The whole plugin of a family `festival`: its data type, its words in two languages, `process`,
//! and the declaration with the schema derived from the data type. Everything else in this guide
//! elaborates on one of these parts.
//!
//! Its data has only fields of the festival's own, so it is a plain plugin. When a family's
//! programs report what every family reports (projects, sub-periods, calls, beneficiaries,
//! countries, partners, meetings, alliances, achievements), build it on the family module
//! instead, as `informe new-plugin` does: the SDK then reads, checks and narrates all of that,
//! counts the right figure toward the indicator, and the plugin writes only what is its family's
//! own (see [Family data](#family-data)).
//!
//! ```rust,standalone_crate
//! use informe_plugin::prelude::*;
//! use serde::Deserialize;
//!
//! /// The family `data` of a festival program.
//! // `validated` reads the data through the schema derived here; `crate = …` derives it through
//! // the SDK's re-export of schemars, so the plugin depends on the SDK and serde only.
//! #[derive(Deserialize, JsonSchema)]
//! #[serde(deny_unknown_fields)] // a misspelt field is the user's mistake: report it
//! #[schemars(crate = "informe_plugin::schemars")]
//! struct Data {
//!     /// Editions the festival held in the report period.
//!     editions: u64,
//!     /// Projects the festival selected: they count toward the beneficiary-projects indicator.
//!     selected_projects: u64,
//! }
//!
//! /// The plugin's words, one Fluent catalogue per language. In a plugin's crate they are files,
//! /// `("en", include_str!("../messages/en.ftl"))`; here they are inline to keep the example whole.
//! const MESSAGES: Sources = &[
//!     ("en", "
//! family-name = Festivals
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
//! family-name = Festivales
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
//!         // Readers see this name, never the family's id.
//!         family_name: Some(t.text("family-name")),
//!         ..Response::default()
//!     })
//! }
//!
//! informe_plugin::declare_plugin! {
//!     name: "festival",
//!     version: env!("CARGO_PKG_VERSION"),
//!     families: ["festival"],
//!     process: process,
//!     schema: informe_plugin::family::schema::<Data>, // optional
//! }
//!
//! fn main() {
//!     use informe_plugin::testing::{assert_catalogues_complete, paragraphs, request_for, request_in};
//!
//!     let report = r#"{"country": "Chile", "country_code": "CL", "period": {"from": 2016, "to": 2019},
//!         "language": "en", "measures": [{"programs": [{"id": "fest", "name": "FEST", "family": "festival",
//!             "data": {"editions": 3, "selected_projects": 12}}]}]}"#;
//!     let response = process(&request_for(report, "fest")).unwrap();
//!     assert_eq!(response.summary.as_deref(), Some("The festival held 3 editions."));
//!     let response = process(&request_in(report, "fest", "es-CL")).unwrap();
//!     assert_eq!(paragraphs(&response), ["El festival celebró 3 ediciones en el periodo."]);
//!     assert_eq!(response.sections[0].title, "Ediciones del festival");
//!     assert_eq!(response.family_name.as_deref(), Some("Festivales"));
//!     assert_catalogues_complete(MESSAGES);
//!
//!     let schema = informe_plugin::family::schema::<Data>();
//!     assert_eq!(schema["properties"]["editions"]["description"], "Editions the festival held in the report period.");
//! }
//! ```
//!
//! # Family data
//!
//! Reports of the same programme differ from party to party: one gives a number of projects,
//! another the projects of each call and their money, another the artists benefited, the
//! countries taking part or the networks it worked with. The family module
//! ([`informe_plugin::family`](crate::family)) holds what every family reports, so that a plugin
//! reads, checks and narrates all of it without code of its own, in every language of the
//! reports, and writes only what is its family's own.
//!
//! ## `Common` and flattening
//!
//! [`Common`](crate::family::Common) is that shared part of the family `data`. Every field is
//! optional, and the narrative says only what the data gives:
//!
//! | field | in data |
//! |---|---|
//! | `projects` | a [`Count`](crate::family::Count): `15`, or `{"count": 40, "qualifier": "more-than"}` |
//! | `sub_periods` | the report period split where the support changed: each part's `period`, `areas`, what was `supported` (a `kind` and a `count` each) and `amount` |
//! | `calls` | calls, editions or actions: each one's `name` or `period`, its `projects` and `amount` |
//! | `beneficiaries` | people benefited: `who` (in the plural, "artists") and `count`, with a `period` when not the report's |
//! | `countries` | countries taking part, by ISO 3166-1 code (`AR`, `UY`): the report names them in its language |
//! | `partners` | networks and organizations: a `name` each, and an `acronym` |
//! | `meetings`, `alliances` | how many were held or made, with their `formats` and `topics`, or `partners` |
//! | `achievements` | other results, one sentence each |
//!
//! A family's data type flattens it and adds its own fields:
//!
//! ```rust
//! use informe_plugin::family::{Common, Count};
//! use informe_plugin::prelude::*;
//! use serde::Deserialize;
//!
//! /// # Program data of the `festivals` family
//! ///
//! /// What every family reports, and the festivals' own fields.
//! #[derive(Deserialize, JsonSchema)]
//! #[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
//! struct Data {
//!     #[serde(flatten)]
//!     common: Common,
//!     /// Editions held in the report period.
//!     #[serde(default)]
//!     editions: Option<Count>,
//! }
//! # let schema = informe_plugin::family::schema::<Data>();
//! # assert!(schema["properties"]["calls"].is_object() && schema["properties"]["editions"].is_object());
//! ```
//!
//! - `#[serde(flatten)]` puts `Common`'s fields beside the family's own in the data file:
//!   `{"projects": 12, "editions": 3}`, not `{"common": {…}}`.
//! - `deny_unknown_fields` is schemars', not serde's: serde cannot refuse unknown fields of a
//!   struct that flattens another, so the SDK refuses every field the derived schema does not
//!   declare.
//! - `crate = "informe_plugin::schemars"` derives through the SDK's re-export of schemars: the
//!   plugin depends on the SDK and serde only, and on no other schemars version than the one the
//!   SDK reads schemas with. Without it, the derive needs a `schemars` dependency of its own.
//! - Every field of the family's own is optional too (`Option`, or a `Vec` with
//!   `#[serde(default)]`), unless no report of the family could do without it.
//!
//! ## What counts toward the indicator
//!
//! Many parties give the same projects more than once: a total, and the projects of each
//! sub-period or call. **One figure of the common data feeds the beneficiary-projects indicator**:
//! the total `projects` when the data gives it, else the projects `supported` in the sub-periods,
//! else the `projects` of the calls; never two of them, which would count the same projects twice.
//! [`family::check`](crate::family::check) warns when the parts add up to more than an exact total.
//! A family's own fields must not feed the indicator with projects the common data may already
//! count: tag a metric of your own only when it counts projects nothing in `Common` does.
//!
//! ## Texts in several languages, and unknown fields
//!
//! Any text of the data, `Common`'s or a field of the family's own typed [`Text`](crate::Text), is
//! a string or one string per language: `"artists"` or `{"en": "artists", "es": "artistas"}`.
//! [`Request::family_data`](crate::Request::family_data) reads `data` through the type's derived
//! schema before deserializing it, so:
//!
//! - every text reaches the plugin plain, in the report's language. A text without it falls back
//!   to the language the data is written in ([`Context::source_language`](crate::Context::source_language)),
//!   with a warning at its path (`data.hosts[1]`) that the user sees with its line and column;
//! - a field the type does not declare is an error at its path with a did-you-mean hint: a
//!   misspelt `host` is refused at `data.host`, with "did you mean `hosts`?".
//!
//! It then runs [`family::check`](crate::family::check), the checks of the common data serde
//! cannot express (periods within the report's and not overlapping, country and currency codes,
//! empty texts, contradicting counts), and the family's own rules: the type implements
//! [`FamilyData`](crate::family::FamilyData), whose `common` gives the common part and whose
//! `check` (nothing by default) the rules of the family's own fields.
//!
//! ## The narrator
//!
//! [`Narrator::new`](crate::family::Narrator::new)`(request, MESSAGES)` writes in the report's
//! language with the SDK's catalogue of the common data and the plugin's own, `MESSAGES`.
//! [`narrate`](crate::family::Narrator::narrate)`(&common)` answers a [`Response`](crate::Response)
//! with one section of what the common data gives (paragraphs, tables of sub-periods and calls,
//! lists), its metrics (the indicator's figure tagged as above) and a summary sentence. The plugin
//! then adds its own through the same narrator: [`message`](crate::family::Narrator::message),
//! [`paragraph`](crate::family::Narrator::paragraph) and [`marked`](crate::family::Narrator::marked)
//! give every message `$program`, `$country` (the reporting party, in the report's language) and
//! `$period`; [`counted`](crate::family::Narrator::counted) gives a [`Count`](crate::family::Count)
//! as `$figure` ("more than 40") and `$count` (for the plural form); and
//! [`formatter`](crate::family::Narrator::formatter) writes every other figure. Last,
//! [`finish`](crate::family::Narrator::finish)`(&mut response, &common)` puts the headline figures
//! first and names the family.
//!
//! - **`family-name`**, a message of the plugin's catalogues, is the family's name as readers see
//!   it in the report and the workbook ("Artist residencies", "Residencias artísticas"), never
//!   its id.
//! - **Overriding a message**: any message of the SDK's catalogue (`messages/family/*.ftl` of the
//!   SDK: `projects-paragraph`, `section-title`, `countries-paragraph`…) is the plugin's own when
//!   its catalogue defines the same id, with the same variables: the family speaks in its own
//!   voice there and gets every other sentence for free. Define it in every language: a message
//!   only the English file has is taken from English in every report, which
//!   [`assert_catalogues_complete`](crate::testing::assert_catalogues_complete) catches.
//! - A sentence names no country of its own: the reporting party is `$country`, other countries
//!   come as ISO codes that [`Formatter::country`](crate::format::Formatter::country) names.
//!
//! ## Deriving the schema
//!
//! [`family::schema::<Data>()`](crate::family::schema) is the JSON Schema (2020-12) of the data
//! type, the one `family_data` reads with: `schema: family::schema::<Data>` in
//! [`declare_plugin!`](crate::declare_plugin) gives it to `informe schema` and to the editors of
//! data files. Doc comments make it: a field's is its description, and the type's first line,
//! written as a `# heading`, its title. Write no schema by hand: it would drift from the type.
//!
//! ## A family plugin
//!
//! The whole plugin of a family of artist residencies: the common data, one field of its own
//! (the institutions that hosted the residencies, texts in several languages), the projects
//! sentence in its own voice, and its tests.
//!
//! ```rust,standalone_crate
//! use informe_plugin::family::{self, Common, FamilyData};
//! use informe_plugin::prelude::*;
//! use informe_plugin::Text;
//! use serde::Deserialize;
//!
//! /// # Program data of the `residencies` family
//! ///
//! /// What every family reports, and the residencies' own fields.
//! #[derive(Deserialize, JsonSchema)]
//! #[schemars(crate = "informe_plugin::schemars", deny_unknown_fields)]
//! struct Data {
//!     #[serde(flatten)]
//!     common: Common,
//!     /// Institutions that hosted the residencies, each in one language or several.
//!     #[serde(default)]
//!     hosts: Vec<Text>,
//! }
//!
//! impl FamilyData for Data {
//!     fn common(&self) -> &Common {
//!         &self.common
//!     }
//!
//!     // A host named twice is the data's slip: a warning at the second.
//!     fn check(&self, _context: &Context) -> Vec<Problem> {
//!         let mut problems = Vec::new();
//!         for (i, host) in self.hosts.iter().enumerate() {
//!             if self.hosts[..i].iter().any(|h| h.same_words(host)) {
//!                 problems.push(Problem::warning(format!("data.hosts[{i}]"), "this host is already listed"));
//!             }
//!         }
//!         problems
//!     }
//! }
//!
//! const MESSAGES: Sources = &[
//!     ("en", "
//! family-name = Artist residencies
//! ## The SDK's sentence, in the family's words (`##`: rustdoc's escape of a leading `#`).
//! projects-paragraph = In { $period }, { STRONG($figure) } residency { $count ->
//!         [one] project
//!        *[other] projects
//!     } benefited from { $program }.
//! hosts-paragraph = The residencies were hosted by { $hosts }.
//! "),
//!     ("es", "
//! family-name = Residencias artísticas
//! projects-paragraph = En { $period }, { $count ->
//!         [one] se benefició { STRONG($figure) } proyecto
//!        *[other] se beneficiaron { STRONG($figure) } proyectos
//!     } de residencia de { $program }.
//! hosts-paragraph = Las residencias fueron acogidas por { $hosts }.
//! "),
//! ];
//!
//! fn process(request: &Request) -> Result<Response, PluginError> {
//!     let (data, checked) = match request.family_data::<Data>() {
//!         Ok(checked) => checked,
//!         Err(rejected) => return Ok(rejected),
//!     };
//!     let narrator = Narrator::new(request, MESSAGES)?;
//!     // The common data's section, metrics and summary; the check's warnings kept.
//!     let mut response = Response { problems: checked.problems, ..narrator.narrate(&data.common) };
//!     // The family's own, in the same section.
//!     if !data.hosts.is_empty() {
//!         let hosts: Vec<&str> = data.hosts.iter().map(Text::as_str).collect();
//!         let list = narrator.formatter().list(&hosts);
//!         let paragraph = narrator.paragraph("hosts-paragraph", &[("hosts", list.into())]);
//!         match response.sections.first_mut() {
//!             Some(section) => section.blocks.push(paragraph),
//!             None => response.sections.push(Section::new(narrator.message("section-title", &[])).with(paragraph)),
//!         }
//!     }
//!     narrator.finish(&mut response, &data.common);
//!     Ok(response)
//! }
//!
//! informe_plugin::declare_plugin! {
//!     name: "residencies",
//!     version: env!("CARGO_PKG_VERSION"),
//!     families: ["residencies"],
//!     process: process,
//!     schema: family::schema::<Data>,
//! }
//!
//! fn main() {
//!     use informe_plugin::testing::{assert_catalogues_complete, paragraphs, request_in};
//!
//!     let run = |data: &str, locale: &str| {
//!         let report = format!(
//!             r#"{{"country": "Chile", "country_code": "CL", "period": {{"from": 2016, "to": 2019}}, "language": "en",
//!                 "measures": [{{"programs": [{{"id": "r", "name": "RESIDENCIES", "family": "residencies", "data": {data}}}]}}]}}"#
//!         );
//!         process(&request_in(&report, "r", locale)).unwrap()
//!     };
//!     let data = r#"{"projects": {"count": 40, "qualifier": "more-than"}, "countries": ["AR", "UY"],
//!         "hosts": [{"en": "a municipal theatre", "es": "un teatro municipal"}, {"en": "two art schools", "es": "dos escuelas de arte"}]}"#;
//!
//!     let en = run(data, "en");
//!     assert_eq!(paragraphs(&en), [
//!         "In 2016–2019, more than 40 residency projects benefited from RESIDENCIES.",
//!         "2 countries took part in RESIDENCIES: Argentina and Uruguay.",
//!         "The residencies were hosted by a municipal theatre and two art schools.",
//!     ]);
//!     assert_eq!(en.summary.as_deref(), Some("Through RESIDENCIES, more than 40 projects benefited."));
//!     assert_eq!(en.metrics[0].indicator.as_deref(), Some(BENEFICIARY_PROJECTS));
//!     assert_eq!(en.family_name.as_deref(), Some("Artist residencies"));
//!
//!     let es = run(data, "es");
//!     assert_eq!(paragraphs(&es), [
//!         "En 2016–2019, se beneficiaron más de 40 proyectos de residencia de RESIDENCIES.",
//!         "2 países participaron en RESIDENCIES: Argentina y Uruguay.",
//!         "Las residencias fueron acogidas por un teatro municipal y dos escuelas de arte.",
//!     ]);
//!     assert_eq!(es.family_name.as_deref(), Some("Residencias artísticas"));
//!
//!     // Without a total, the calls' projects count toward the indicator; with one, only the total.
//!     let calls = r#"[{"name": "2017", "projects": 3}, {"name": "2018", "projects": 5}]"#;
//!     let feeding = |r: &Response| r.metrics.iter().filter(|m| m.indicator.is_some()).count();
//!     assert_eq!(feeding(&run(&format!(r#"{{"calls": {calls}}}"#), "en")), 2);
//!     assert_eq!(feeding(&run(&format!(r#"{{"projects": 8, "calls": {calls}}}"#), "en")), 1);
//!
//!     // A text without the report's language falls back, with a warning at its path.
//!     let fallback = run(r#"{"hosts": [{"en": "a municipal theatre"}]}"#, "es");
//!     assert_eq!(paragraphs(&fallback), ["Las residencias fueron acogidas por a municipal theatre."]);
//!     assert_eq!((fallback.problems[0].severity, fallback.problems[0].path.as_str()), (Severity::Warning, "data.hosts[0]"));
//!
//!     // A misspelt field is an error at its path, with a did-you-mean hint.
//!     let misspelt = run(r#"{"host": ["a municipal theatre"]}"#, "en");
//!     assert_eq!((misspelt.problems[0].path.as_str(), misspelt.problems[0].message.as_str()), ("data.host", "unknown field `host`"));
//!     assert_eq!(misspelt.problems[0].hint.as_deref(), Some("did you mean `hosts`?"));
//!
//!     // The family's own check: a host given twice is a warning at the second.
//!     let twice = run(r#"{"hosts": ["a municipal theatre", "A  municipal theatre"]}"#, "en");
//!     assert_eq!((twice.problems[0].severity, twice.problems[0].path.as_str()), (Severity::Warning, "data.hosts[1]"));
//!
//!     assert_catalogues_complete(MESSAGES);
//!     let schema = family::schema::<Data>();
//!     assert_eq!(schema["title"], "Program data of the `residencies` family");
//!     assert!(schema["properties"]["hosts"]["description"].is_string());
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
//! indicator's question, or the total counts things twice. A family plugin leaves the common
//! data's figures to the SDK, which tags one of them (see
//! [what counts toward the indicator](#what-counts-toward-the-indicator)).
//!
//! ```rust
//! use informe_plugin::prelude::*;
//!
//! let metrics = vec![
//!     Metric::count("projects", "Beneficiary projects", 40)
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
//! [`context.locale()`](crate::Context::locale) (`es-CL`: the language with the region of the
//! reporting party; the language alone from hosts that send no locale). A plugin writes nothing
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
//! let report = r#"{"country": "Chile", "country_code": "CL", "period": {"from": 2016, "to": 2019}, "language": "en",
//!     "measures": [{"programs": [{"id": "p", "name": "P", "family": "f"}]}]}"#;
//! let paid = "560229.00".parse().unwrap();
//! let text = |block: Block| match block {
//!     Block::Paragraph { spans } => spans.iter().map(|s| s.text.as_str()).collect::<String>(),
//!     _ => unreachable!(),
//! };
//! let en = paragraph(&request_for(report, "p"), paid, &["training", "co-production", "distribution"]).unwrap();
//! assert_eq!(text(en), "Chile paid approximately USD\u{a0}560,229.00 for training, co-production, and distribution.");
//! let es = paragraph(&request_in(report, "p", "es-ES"), paid, &["formación", "coproducción", "distribución"]).unwrap();
//! let Block::Paragraph { spans } = &es else { unreachable!() };
//! assert_eq!(spans[1], Span::strong("aproximadamente 560.229,00\u{a0}USD"));
//! assert_eq!(text(es), "Chile pagó aproximadamente 560.229,00\u{a0}USD por formación, coproducción y distribución.");
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
//! - **A problem of a key points at the key**: [`Problem::on_key`](crate::Problem::on_key) says
//!   the key ending the path is what is wrong (a field or map key that may not be there), so
//!   informe shows the key's line and column, not its value's. `validated` sets it for undeclared
//!   fields and for map keys serde cannot read (a misspelt variant of an enum-keyed map).
//!
//! Read `data` with [`Request::validated`](crate::Request::validated): it reads the data through
//! the type's derived schema, so a field the type does not declare is an error at its path with
//! a did-you-mean hint, and serde's own errors (a missing field, a string for a number) come as a
//! problem with the path already set. Its argument then checks the rules serde cannot express; a
//! family plugin begins with [`family::check`](crate::family::check) of the common data (see
//! [Family data](#family-data)).
//!
//! ```rust
//! use informe_plugin::prelude::*;
//! use serde::Deserialize;
//!
//! #[derive(Deserialize, JsonSchema)]
//! #[serde(deny_unknown_fields)]
//! #[schemars(crate = "informe_plugin::schemars")]
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
//! let report = r#"{"country": "Chile", "country_code": "CL", "period": {"from": 2016, "to": 2019}, "language": "en",
//!     "measures": [{"programs": [{"id": "p", "name": "P", "family": "f",
//!         "data": {"projects": 12, "aplications": 8}}]}]}"#;
//! let mut request = informe_plugin::testing::request_for(report, "p");
//!
//! // A misspelt field: refused at its path inside the program, with the field meant.
//! let problem = &process(&request).unwrap().problems[0];
//! assert_eq!((problem.path.as_str(), problem.message.as_str()), ("data.aplications", "unknown field `aplications`"));
//! assert_eq!(problem.hint.as_deref(), Some("did you mean `applications`?"));
//!
//! // A rule of the plugin's own, with a hint.
//! let applications = request.program.data.remove("aplications").unwrap();
//! request.program.data.insert("applications".into(), applications);
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
//! A family plugin tests, as `informe new-plugin`'s tests do, empty `{}` data (nothing is said,
//! the family is named), the common figures with the exact sentences in two languages, each field
//! of its own, a text in several languages and a misspelt field with its hint.
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
//! const REPORT: &str = r#"{"country": "Chile", "country_code": "CL", "period": {"from": 2016, "to": 2019},
//!     "language": "en", "measures": [{"programs": [{"id": "fest", "name": "FEST", "family": "festival",
//!         "data": {"projects": 1200}}]}]}"#;
//! let response = process(&request_for(REPORT, "fest")).unwrap();
//! assert_eq!(paragraphs(&response), ["Chile profited from 1,200 projects."]);
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
//!
//! # Writing a plugin in another language
//!
//! The boundary is C: any language that can build a shared library exporting a C function can
//! write a plugin, with no Rust and no SDK. `include/informe_plugin.h` in this crate declares it
//! (checked against these Rust types by the SDK's tests), and `tests/c-plugin/poetry_festival.c` of
//! the informe repository is a whole plugin in C for a family `poetry-festival`, built by informe's
//! tests with the system compiler and serving its programs in a real report:
//!
//! ```sh
//! cc -std=c99 -shared -fPIC -I informe-plugin/include -o plugins/libpoetry_festival.so poetry_festival.c
//! chmod go-w plugins plugins/libpoetry_festival.so   # informe refuses what others could replace
//! informe plugins --plugins plugins
//! ```
//!
//! **The descriptor.** The library exports `informe_plugin_descriptor` (`INFORME_ENTRY_SYMBOL`),
//! a function taking nothing and returning a pointer to a static `informe_descriptor` that lives
//! as long as the library: the header (the 8 bytes `INFORME\0`, `INFORME_ABI_MAJOR`,
//! `INFORME_ABI_MINOR` and `sizeof(informe_descriptor)`), then `sdk_version` (with no SDK, say
//! what the plugin was written against, e.g. `C header 1.2`), `name`, `version`, the families
//! served, and the three entry points. Its strings are `informe_str`s: UTF-8, a pointer and a
//! length, no terminating NUL. The minor in the header is a promise: a plugin of minor 2 or
//! later is sent every field of the request and must skip those it does not know (a plugin of
//! minor 0 or 1 is sent only the fields of ABI 1.1; see [`compat`](crate::compat)).
//!
//! **Calls.** `process(input, len, out)` receives one request: `len` bytes of UTF-8 JSON, not
//! NUL-terminated, valid only during the call. It writes the answer into `*out` and returns a
//! status: `INFORME_STATUS_OK` (0) with a response as the body; `INFORME_STATUS_ERROR` (1) with
//! `{"error": "…"}` when the plugin cannot do its job at all; `INFORME_STATUS_PANIC` (2), the same
//! body, for its own unexpected failure. Both refusals stop the build naming the plugin, the
//! program and the message (exit code 3). `schema(out)` writes the JSON Schema of the family's
//! `data` (status 0), or `{"type": "object"}` when the plugin describes nothing. A plugin must be
//! reentrant: `informe batch` may call `process` from several threads at once. A crash in a
//! plugin takes informe with it unless the user runs plugins with `--isolate-plugins`.
//!
//! **Buffers.** Every `informe_buffer` the plugin writes into `out` is memory it allocated, with
//! `ptr` and `len` the bytes of the body and `cap` the plugin's own bookkeeping (never read by
//! informe). informe reads the body, then hands the buffer back, once, to the descriptor's
//! `free`, which releases it with the plugin's own allocator (in C, `malloc` in the entry point
//! and `free(buffer.ptr)` in `free`): the two sides may use different allocators, so neither ever
//! frees the other's memory. The request's bytes stay informe's.
//!
//! **The request** (a [`Request`](crate::Request)):
//!
//! | field | |
//! |---|---|
//! | `abi_minor` | the host's ABI minor: `0` (or absent) from hosts before 1.2; send an optional response field only to a host whose minor knows it |
//! | `context.country` | the reporting party's name in the report's language, to write where a sentence needs it |
//! | `context.country_code` | its ISO 3166-1 code; may be absent |
//! | `context.period` | `{"from": 2012, "to": 2015}`, the report's years |
//! | `context.language` | the language to write in, e.g. `es`; a plugin without it writes its fallback language |
//! | `context.locale` | the locale of figures, e.g. `es-MX` (empty from old hosts: use the language) |
//! | `context.source_language` | the language the data is written in; may be absent |
//! | `program.id`, `.name`, `.family` | the program; `family` is one the descriptor lists |
//! | `program.results_expected`, `.conclusions` | the form's texts, already in the report's language (plain strings); may be absent |
//! | `program.financial_resources` | `statement`, and `paid` and `received`: lists of `{"amount": "330000", "currency": "USD", "qualifier", "period", "mode", "footnote"}`, amounts as decimal strings |
//! | `program.footnotes` | `[{"id", "text"}]` |
//! | `program.data` | the family's own object, as the data file writes it (its texts may still be one string per language) |
//!
//! **The response** (a [`Response`](crate::Response)); every field may be left out:
//!
//! | field | |
//! |---|---|
//! | `problems` | `[{"severity": "error" \| "warning", "path": "data.readings", "message", "hint", "on_key": true}]`: the data's faults, located by informe in the file (at the key ending `path` when `on_key` is true, else at its value); any error stops the build (exit 2) |
//! | `sections` | `[{"title", "blocks": [...]}]`; a block is `{"type": "paragraph", "spans": [{"text", "emphasis": "emph" \| "strong"}]}`, `{"type": "heading", "text"}`, `{"type": "list", "ordered", "items": [[span…]…]}`, `{"type": "table", "caption", "columns", "rows"}` (a cell is a string or a figure) or `{"type": "key-figures", "items": [{"label", "figure", "period"}]}` |
//! | `metrics` | `[{"id", "label", "kind": "count", "value": 3, "qualifier": "exact", "period", "indicator": "beneficiary-projects"}]`; `kind` is also `money` (`amount`, `currency`), `ratio` (`value` as a decimal string) or `text` (`text`) |
//! | `summary` | one sentence for the executive summary |
//! | `family_name` | the family's name for readers, in the report's language (ABI 1.1) |
//!
//! A figure is `{"kind", …, "qualifier"}` as in a metric; informe writes it as the report's locale
//! does, so give counts and amounts as figures rather than text where you can. Identifiers,
//! currencies (ISO 4217) and the rule that only counts feed an indicator are checked as for any
//! plugin (see [the lifecycle](#the-plugin-lifecycle)).
//!
//! **Reading leniently, both sides.** informe ignores response fields it does not know, and a
//! plugin must ignore request fields it does not know: new optional fields are how the protocol
//! grows within a major (see [`compat`](crate::compat)). Read only what you need, by name, and
//! skip the rest, whatever it holds; the C example does this with a small scanner of its own.
//!
//! These are the JSON shapes the SDK itself reads and writes; the example below is compiled with
//! the SDK's tests, so it stays true:
//!
//! ```rust
//! use informe_plugin::{Request, Response};
//!
//! let request: Request = informe_plugin::serde_json::from_str(r#"{
//!     "abi_minor": 2,
//!     "context": {"country": "México", "country_code": "MX", "period": {"from": 2012, "to": 2015},
//!                 "language": "es", "locale": "es-MX", "source_language": "en", "added_later": true},
//!     "program": {"id": "poesia", "name": "FESTIVAL DE POESÍA", "family": "poetry-festival",
//!                 "data": {"readings": ["Opening night", "Young poets", "Closing"]}}
//! }"#).unwrap();
//! assert_eq!(request.program.data["readings"].as_array().map(Vec::len), Some(3));
//!
//! let response: Response = informe_plugin::serde_json::from_str(r#"{
//!     "sections": [{"title": "Lecturas de poesía", "blocks": [
//!         {"type": "key-figures", "items": [{"label": "Lecturas de poesía realizadas",
//!                                            "figure": {"kind": "count", "value": 3, "qualifier": "exact"}}]},
//!         {"type": "paragraph", "spans": [{"text": "FESTIVAL DE POESÍA llevó la poesía al público de México."}]}]}],
//!     "metrics": [{"id": "readings", "label": "Lecturas de poesía", "kind": "count", "value": 3,
//!                  "qualifier": "exact", "indicator": "beneficiary-projects"}],
//!     "summary": "A través de FESTIVAL DE POESÍA, se realizaron 3 lecturas de poesía en México.",
//!     "family_name": "Festivales de poesía",
//!     "added_later": {}
//! }"#).unwrap();
//! assert_eq!(response.metrics[0].indicator.as_deref(), Some(informe_plugin::BENEFICIARY_PROJECTS));
//!
//! let problem: Response = informe_plugin::serde_json::from_str(r#"{"problems": [{"severity": "error",
//!     "path": "data.readings", "message": "expected the list of the poetry readings held"}]}"#).unwrap();
//! assert!(problem.has_errors());
//! ```
