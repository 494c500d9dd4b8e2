//! The report data format: a report holds the form's sections and its measures, a measure holds programs (QPR fields in order).

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use informe_plugin::model::{
    Contribution, FinancialResources, Footnote, Period, Program, Qualifier, StatedAmount, Text,
};

/// One periodic report of a country on the 2005 Convention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Reporting party as the data names it. With a `country_code` CLDR knows, the report writes
    /// the party's name in the report's language instead, from CLDR.
    pub country: String,
    /// The reporting period; every other period in the file lies within it.
    pub period: Period,
    /// Title of the report; the template supplies the official one when absent.
    #[serde(default)]
    pub title: Option<Text>,
    /// A shipped institution (`informe institutions`) or a folder holding an `institution.toml` to
    /// issue the report as, with its logo, colours and template layer; `--institution` overrides
    /// it. When absent, the report is issued by `issuer`, or without one has a neutral title page
    /// for its country.
    #[serde(default)]
    pub institution: Option<String>,
    /// Who issues the report, when no institution is chosen: shown on the title page (name,
    /// address, contact, signatory, in neutral colours, without logo) and as the PDF's author.
    #[serde(default)]
    pub issuer: Option<Issuer>,
    /// BCP 47 language of the data's texts, e.g. `en`: the report's language unless another is
    /// asked for, and the one a text missing a translation falls back to.
    pub language: String,
    /// ISO 3166-1 alpha-2 code of the country, e.g. `MX`: with the language, the locale whose
    /// conventions figures follow (`es-MX`).
    #[serde(default)]
    pub country_code: Option<String>,
    /// The locale figures and dates follow, set by [`crate::data::localize::resolve`] (never read
    /// from the file): the language with the country's region, unless the user chose another.
    #[serde(skip)]
    #[schemars(skip)]
    pub locale: String,
    /// The language the data is written in, kept by [`crate::data::localize::resolve`] when it
    /// makes another the report's: the one a text of a family's data falls back to.
    #[serde(skip)]
    #[schemars(skip)]
    pub source_language: String,
    /// The periodic reporting form the report follows: `"2012"` (the 2012–2016 form, the
    /// default) or `"2020"` (the form of the 2019 operational guidelines).
    #[serde(default)]
    pub form: Form,
    /// The party's executive summary, at most 3,500 characters as the form asks; paragraphs are
    /// separated by a blank line. When absent, informe's summary of the key figures stands in
    /// for it, marked as generated.
    #[serde(default)]
    pub executive_summary: Option<Text>,
    /// The form's general information: ratification, contribution to the International Fund for
    /// Cultural Diversity, the official point of contact, who prepared the report.
    #[serde(default)]
    pub general_information: Option<GeneralInformation>,
    /// Awareness-raising and participation of civil society (2012 form).
    #[serde(default)]
    pub civil_society: Option<Text>,
    /// Main results achieved and challenges met in implementing the Convention: one text, or the
    /// form's parts `{"results", "challenges", "solutions", "next_steps"}`.
    #[serde(default)]
    pub results_and_challenges: Option<ResultsAndChallenges>,
    /// The report's annexes (sources, statistics, documents), listed in its last section.
    #[serde(default)]
    pub annexes: Vec<Annex>,
    /// The areas of monitoring of the 2020 form, keyed by area (`"media-diversity"`…), each with
    /// the key questions the form asks in it as the party answered them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub monitoring: BTreeMap<Area, AreaMonitoring>,
    /// Measures and initiatives reported by civil society organizations (2020 form), each naming
    /// the organization that reports it in `organization`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub civil_society_measures: Vec<Measure>,
    /// Measures answering the emerging transversal issues of the reporting cycle (2020 form).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transversal_issues: Vec<Measure>,
    /// Files of measures other bodies contribute (e.g. `["inbal.json", "imcine.json"]`), relative
    /// to this file's folder and inside it. A part holds `{"measures": […]}` (or
    /// `civil_society_measures`, `transversal_issues`), or is a whole report of the same party,
    /// period, form and language of which only the measures are taken; its measures follow this
    /// file's own, in this order. A part includes no further parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub include: Vec<String>,
    /// The measures reported, in order (`[]` when every measure comes from `include`).
    pub measures: Vec<Measure>,
}

impl Report {
    /// The locale figures follow: the resolved one, or the language before resolution.
    pub fn locale(&self) -> &str {
        if self.locale.is_empty() { &self.language } else { &self.locale }
    }

    /// Every measure of the report with the JSON path of its list: the party's `measures`, then
    /// those of `civil_society_measures`, then those of `transversal_issues`. Plugins, checks and
    /// localization go through the three lists in this order; the plugins' outputs are indexed so.
    pub fn all_measures(&self) -> impl Iterator<Item = (String, &Measure)> {
        [
            ("measures", &self.measures),
            ("civil_society_measures", &self.civil_society_measures),
            ("transversal_issues", &self.transversal_issues),
        ]
        .into_iter()
        .flat_map(|(name, list)| list.iter().enumerate().map(move |(i, m)| (format!("{name}[{i}]"), m)))
    }

    /// Every measure of the report, mutable, with the JSON path of its list, in the order of
    /// [`Report::all_measures`].
    pub fn all_measures_mut(&mut self) -> impl Iterator<Item = (String, &mut Measure)> {
        [
            ("measures", &mut self.measures),
            ("civil_society_measures", &mut self.civil_society_measures),
            ("transversal_issues", &mut self.transversal_issues),
        ]
        .into_iter()
        .flat_map(|(name, list)| list.iter_mut().enumerate().map(move |(i, m)| (format!("{name}[{i}]"), m)))
    }
}

/// The key questions of one area of monitoring, as the party answered them (2020 form).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaMonitoring {
    /// The area's key questions, in the form's order, each with the party's answer.
    #[serde(default)]
    pub questions: Vec<KeyQuestion>,
}

/// One key question of an area of monitoring and the party's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyQuestion {
    /// The question as the form asks it in the area, copied from the form.
    pub question: Text,
    /// The party's answer; a question left unanswered shows as not reported.
    #[serde(default)]
    pub answer: Option<Text>,
}

/// The body issuing a report, as the data names it: a ministry, an agency, a national commission.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// Full name, e.g. `Ministry of Culture`; shown on the title page and as the PDF's author.
    pub name: Text,
    /// Acronym or short name, e.g. `MoC`, for the title page's footer; the name when absent.
    #[serde(default)]
    pub short_name: Option<Text>,
    /// Postal address, e.g. `12 Main Street, Capital City`.
    #[serde(default)]
    pub address: Option<Text>,
    /// How to reach the issuer: email, phone, website, as one text.
    #[serde(default)]
    pub contact: Option<Text>,
    /// Who signs the report for the issuer.
    #[serde(default)]
    pub signatory: Option<Signatory>,
}

/// The person or office signing a report for its issuer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Name of the person or office, e.g. `Directorate of International Affairs`.
    pub name: Text,
    /// Their role or title, e.g. `Director General`.
    #[serde(default)]
    pub role: Option<Text>,
}

/// A measure of the report, with the fields of the QPR form in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Name of the measure.
    pub name: Text,
    #[serde(default)]
    pub implementing_agencies: Vec<Text>,
    /// Framework or context of the measure.
    #[serde(default)]
    pub framework: Option<Text>,
    #[serde(default)]
    pub key_objectives: Option<Text>,
    /// Scope; empty when the source leaves it blank.
    #[serde(default)]
    pub scope: Vec<Scope>,
    /// Nature; empty when the source leaves it blank.
    #[serde(default)]
    pub nature: Vec<Nature>,
    #[serde(default)]
    pub main_feature: Option<Text>,
    /// Indicators used to determine impact; plugin metrics feed them by `id`.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The programs implementing the measure.
    #[serde(default)]
    pub programs: Vec<Program>,
    /// The chapter of the 2012 form the measure is reported under. When no measure of the report
    /// names one, every measure is reported under `international-cooperation`, the chapter of the
    /// cooperation programs informe's families serve.
    #[serde(default)]
    pub chapter: Option<Chapter>,
    /// The goals of the 2019 monitoring framework the measure serves, 1 to 4 (2020 form).
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The areas of monitoring the measure concerns (2020 form).
    #[serde(default)]
    pub areas: Vec<Area>,
    /// The cultural domains the measure concerns (2020 form).
    #[serde(default)]
    pub domains: Vec<Domain>,
    /// The measure's website (2020 form: "Website of the policy/measure, if available").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The results achieved so far through the measure's implementation (2020 form: "What are
    /// the results achieved so far through the implementation of the policy/measure?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_achieved: Option<Text>,
    /// The partners engaged in implementing the measure, each with the type of entity the form
    /// asks (2020 form: "Partner(s) engaged in the implementation of the measure").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Whether the measure's implementation was evaluated, and its main conclusions (2020 form:
    /// "Has the implementation of the policy/measure been evaluated?", "If yes, what are the
    /// main conclusions/recommendations?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Evaluation>,
    /// The financial resources allocated to the measure (2020 form: "Financial resources
    /// allocated to the policy/measure in USD"): another currency is accepted with a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_resources: Option<AllocatedResources>,
    /// The civil society organization that reports the measure, for a measure of
    /// `civil_society_measures` (2020 form: "This measure was reported by civil society").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Text>,
}

/// A partner engaged in implementing a measure (2020 form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Name of the partner, e.g. `Film Center Serbia`.
    pub name: Text,
    /// The type of entity the partner is, as the form asks it; absent when the source does not
    /// say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PartnerKind>,
}

/// The type of entity of a partner, as the 2020 form's "Type of entity" column lists it.
///
/// The form's 2019 edition types the entities it asks about as public sector, private sector or
/// civil society organizations ("SECTEUR PUBLIC", "SECTEUR PRIVÉ", "OSC" for the stakeholders of its
/// general information, in the French offline form "Formulaire électronique des rapports
/// périodiques à la Convention de 2005 … Édition 2019",
/// `https://pdfslide.fr/documents/formulaire-lectronique-des-rapports-priodiques-la-convention-2020-01-28.html`),
/// and the measures it published fill the partners' column so, e.g. "Public Sector"
/// (`https://es.unesco.org/creativity/policy-monitoring-platform/3-evaluation-development-plan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerKind {
    /// Public sector: a ministry, an agency, a public body of any level.
    PublicSector,
    /// Private sector: a company or a trade body.
    PrivateSector,
    /// A civil society organization: a non-governmental or non-profit organization, a
    /// professional association, a group supporting artists or cultural communities.
    CivilSociety,
}

/// Whether a measure's implementation was evaluated, and what the evaluation concluded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// Whether the implementation of the measure has been evaluated.
    pub evaluated: bool,
    /// The main conclusions and recommendations of the evaluation, or how it is to be evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub findings: Option<Text>,
}

/// The financial resources allocated to a measure: an amount, as the form asks it in USD.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AllocatedResources {
    /// A decimal string such as `"242840"`: never a float, never with separators.
    #[serde(with = "rust_decimal::serde::str")]
    #[schemars(with = "String", extend("pattern" = "^[0-9]+(\\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// ISO 4217 code: `USD`, as the form asks; another is accepted with a warning.
    pub currency: String,
    /// How the source qualifies the amount; `exact` when absent.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The source's own sentence about the resources, kept verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<Text>,
}

/// Scope of a measure, as the QPR form lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    Local,
    Regional,
    National,
    International,
}

/// Nature of a measure, as the QPR form lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Nature {
    Legislative,
    Regulatory,
    Financial,
    Institutional,
}

/// An indicator of impact; metrics tagged with its `id` count toward it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
}

/// The periodic reporting form a report follows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Form {
    /// The 2012–2016 form: executive summary, general information, measures by chapter, civil
    /// society, main results and challenges, annexes.
    #[default]
    #[serde(rename = "2012")]
    Form2012,
    /// The form of the 2019 operational guidelines: measures by goal and area of monitoring.
    #[serde(rename = "2020")]
    Form2020,
}

/// The general information the form opens with.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GeneralInformation {
    /// The date the party ratified (or accepted, approved, acceded to) the Convention,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub ratification_date: Option<Date>,
    /// How the party became a party: ratification, acceptance, approval or accession, in its
    /// own words.
    #[serde(default)]
    pub ratification_process: Option<Text>,
    /// The party's total contribution to the International Fund for Cultural Diversity, e.g.
    /// `{"amount": "150000", "currency": "USD"}`.
    #[serde(default)]
    pub ifcd_contribution: Option<StatedAmount>,
    /// The officially designated point of contact.
    #[serde(default)]
    pub point_of_contact: Option<Contact>,
    /// Who prepared the report: the bodies and civil society organizations that took part, and
    /// how they were consulted.
    #[serde(default)]
    pub prepared_by: Option<Text>,
}

/// A point of contact: a person or an office, and how to reach it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name of the person or office.
    pub name: Text,
    /// Their title or role, e.g. `Director of International Affairs`.
    #[serde(default)]
    pub role: Option<Text>,
    /// The organization they belong to, e.g. `Ministry of Culture`.
    #[serde(default)]
    pub organization: Option<Text>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<Text>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number, as written.
    #[serde(default)]
    pub phone: Option<String>,
    /// Website.
    #[serde(default)]
    pub website: Option<String>,
}

/// Main results and challenges: one text, or the parts the form asks for.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum ResultsAndChallenges {
    Text(Text),
    Parts(ResultsParts),
}

impl<'de> Deserialize<'de> for ResultsAndChallenges {
    /// A text by language is an object too: an object whose keys are all language tags is a
    /// text, any other is the parts, so a misspelt part is refused as an unknown field of the
    /// parts (with its did-you-mean), never taken for a language.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let parts = value
            .as_object()
            .is_some_and(|fields| !fields.keys().all(|key| informe_plugin::text::is_language_tag(key)));
        if parts {
            ResultsParts::deserialize(value).map(ResultsAndChallenges::Parts).map_err(de::Error::custom)
        } else {
            Text::deserialize(value).map(ResultsAndChallenges::Text).map_err(de::Error::custom)
        }
    }
}

/// The parts of the main results and challenges the form asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResultsParts {
    /// The main results achieved in implementing the Convention.
    #[serde(default)]
    pub results: Option<Text>,
    /// The main challenges met.
    #[serde(default)]
    pub challenges: Option<Text>,
    /// The solutions found or envisaged to meet them.
    #[serde(default)]
    pub solutions: Option<Text>,
    /// The steps planned for the next reporting period.
    #[serde(default)]
    pub next_steps: Option<Text>,
}

/// An annex of the report: a source, statistics or a document attached to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Annex {
    /// Title of the annex, e.g. `Cultural statistics 2012–2015`.
    pub title: Text,
    /// What the annex is.
    pub kind: AnnexKind,
    /// The file or address where the annex is found, as the report cites it (never read).
    #[serde(default)]
    pub file: Option<String>,
}

/// What an annex is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnnexKind {
    /// A source of the report's information.
    Source,
    /// Statistical data.
    Statistics,
    /// A law, policy, agreement, regulation, strategy or study.
    Document,
}

/// The chapters of measures of the 2012 form, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Chapter {
    /// Cultural policies and measures.
    CulturalPolicies,
    /// International cooperation.
    InternationalCooperation,
    /// Preferential treatment for developing countries.
    PreferentialTreatment,
    /// Integration of culture in sustainable development policies.
    SustainableDevelopment,
    /// Protecting cultural expressions under threat.
    ProtectingExpressionsUnderThreat,
}

impl Chapter {
    /// Every chapter, in the form's order.
    pub const ALL: [Chapter; 5] = [
        Chapter::CulturalPolicies,
        Chapter::InternationalCooperation,
        Chapter::PreferentialTreatment,
        Chapter::SustainableDevelopment,
        Chapter::ProtectingExpressionsUnderThreat,
    ];

    /// The chapter's key, as the data writes it and the template's labels name it.
    pub fn key(self) -> &'static str {
        match self {
            Chapter::CulturalPolicies => "cultural-policies",
            Chapter::InternationalCooperation => "international-cooperation",
            Chapter::PreferentialTreatment => "preferential-treatment",
            Chapter::SustainableDevelopment => "sustainable-development",
            Chapter::ProtectingExpressionsUnderThreat => "protecting-expressions-under-threat",
        }
    }
}

/// A goal of the 2019 monitoring framework, 1 to 4: (1) sustainable systems of governance for
/// culture, (2) balanced flow of cultural goods and services and mobility of artists and cultural
/// professionals, (3) culture in sustainable development frameworks, (4) human rights and
/// fundamental freedoms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Goal(u8);

impl Goal {
    /// Every goal, in order.
    pub const ALL: [Goal; 4] = [Goal(1), Goal(2), Goal(3), Goal(4)];

    /// The goal numbered `number`, if the framework has it.
    pub fn new(number: u8) -> Option<Goal> {
        (1..=4).contains(&number).then_some(Goal(number))
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

impl Serialize for Goal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Goal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct GoalVisitor;
        impl Visitor<'_> for GoalVisitor {
            type Value = Goal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a goal of the monitoring framework, 1 to 4")
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Goal, E> {
                u8::try_from(value).ok().and_then(Goal::new).ok_or_else(|| {
                    E::custom(format!("there is no goal {value}: the monitoring framework has goals 1 to 4"))
                })
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Goal, E> {
                Err(E::custom(format!("there is no goal {value}: the monitoring framework has goals 1 to 4")))
            }
        }
        deserializer.deserialize_u8(GoalVisitor)
    }
}

impl JsonSchema for Goal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Goal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A goal of the 2019 monitoring framework: 1 sustainable systems of governance for culture; 2 balanced flow of cultural goods and services and mobility of artists and cultural professionals; 3 culture in sustainable development frameworks; 4 human rights and fundamental freedoms.",
            "type": "integer",
            "minimum": 1,
            "maximum": 4
        })
    }
}

/// The eleven areas of monitoring of the 2019 monitoring framework, by goal, in the framework's
/// order: the 2020 form asks goal 1 over four of its pages, goal 2 over three, goals 3 and 4 over
/// two each, one per area (`https://unesco.tfaforms.net/3`, "Structure of the online form"), and
/// the framework names them so (`https://en.unesco.org/creativity/policy-monitoring-platform`
/// filters, the Global Report 2022's sections).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// Goal 1: cultural and creative sectors.
    CulturalAndCreativeSectors,
    /// Goal 1: media diversity.
    MediaDiversity,
    /// Goal 1: digital environment.
    DigitalEnvironment,
    /// Goal 1: partnering with civil society.
    PartneringWithCivilSociety,
    /// Goal 2: mobility of artists and cultural professionals.
    MobilityOfArtists,
    /// Goal 2: flow of cultural goods and services.
    FlowOfCulturalGoodsAndServices,
    /// Goal 2: treaties and agreements.
    TreatiesAndAgreements,
    /// Goal 3: national sustainable development policies and plans.
    NationalSustainableDevelopment,
    /// Goal 3: international cooperation for sustainable development.
    InternationalCooperationForSustainableDevelopment,
    /// Goal 4: gender equality.
    GenderEquality,
    /// Goal 4: artistic freedom.
    ArtisticFreedom,
}

impl Area {
    /// Every area, in the framework's order (goal by goal).
    pub const ALL: [Area; 11] = [
        Area::CulturalAndCreativeSectors,
        Area::MediaDiversity,
        Area::DigitalEnvironment,
        Area::PartneringWithCivilSociety,
        Area::MobilityOfArtists,
        Area::FlowOfCulturalGoodsAndServices,
        Area::TreatiesAndAgreements,
        Area::NationalSustainableDevelopment,
        Area::InternationalCooperationForSustainableDevelopment,
        Area::GenderEquality,
        Area::ArtisticFreedom,
    ];

    /// The area's key, as the data writes it and the template's labels name it.
    pub fn key(self) -> &'static str {
        match self {
            Area::CulturalAndCreativeSectors => "cultural-and-creative-sectors",
            Area::MediaDiversity => "media-diversity",
            Area::DigitalEnvironment => "digital-environment",
            Area::PartneringWithCivilSociety => "partnering-with-civil-society",
            Area::MobilityOfArtists => "mobility-of-artists",
            Area::FlowOfCulturalGoodsAndServices => "flow-of-cultural-goods-and-services",
            Area::TreatiesAndAgreements => "treaties-and-agreements",
            Area::NationalSustainableDevelopment => "national-sustainable-development",
            Area::InternationalCooperationForSustainableDevelopment => {
                "international-cooperation-for-sustainable-development"
            }
            Area::GenderEquality => "gender-equality",
            Area::ArtisticFreedom => "artistic-freedom",
        }
    }

    /// The goal the area of monitoring belongs to.
    pub fn goal(self) -> Goal {
        Goal(match self {
            Area::CulturalAndCreativeSectors
            | Area::MediaDiversity
            | Area::DigitalEnvironment
            | Area::PartneringWithCivilSociety => 1,
            Area::MobilityOfArtists | Area::FlowOfCulturalGoodsAndServices | Area::TreatiesAndAgreements => 2,
            Area::NationalSustainableDevelopment | Area::InternationalCooperationForSustainableDevelopment => 3,
            Area::GenderEquality | Area::ArtisticFreedom => 4,
        })
    }
}

/// The cultural domains a measure of the 2020 form is tagged with ("Cultural Domain(s)").
///
/// The measures of the 2020 form published on the policy monitoring platform name them in words
/// such as "Cinema/ Audiovisual Arts"
/// (`https://en.unesco.org/creativity/policy-monitoring-platform/media-pluralism-monitor`) and
/// "Multi-dominio", the Spanish interface's multidomain
/// (`https://es.unesco.org/creativity/policy-monitoring-platform/3-evaluation-development-plan`);
/// the others are the platform's cultural domains filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    /// Cinema and audiovisual arts.
    AudiovisualArts,
    Design,
    MediaArts,
    Music,
    PerformingArts,
    Publishing,
    VisualArts,
    /// Several domains at once.
    Multidomain,
}

impl Domain {
    /// The domain's key, as the data writes it and the template's labels name it.
    pub fn key(self) -> &'static str {
        match self {
            Domain::AudiovisualArts => "audiovisual-arts",
            Domain::Design => "design",
            Domain::MediaArts => "media-arts",
            Domain::Music => "music",
            Domain::PerformingArts => "performing-arts",
            Domain::Publishing => "publishing",
            Domain::VisualArts => "visual-arts",
            Domain::Multidomain => "multidomain",
        }
    }
}

impl PartnerKind {
    /// The kind's key, as the data writes it and the template's labels name it.
    pub fn key(self) -> &'static str {
        match self {
            PartnerKind::PublicSector => "public-sector",
            PartnerKind::PrivateSector => "private-sector",
            PartnerKind::CivilSociety => "civil-society",
        }
    }
}

/// A calendar date written `YYYY-MM-DD`, with a year in 1900–2100 as every year of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The date `text` writes as `YYYY-MM-DD`, if it is one of the calendar.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes.get(range.clone()).filter(|b| b.iter().all(u8::is_ascii_digit)).map(|_| &text[range])
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year: i32 = digits(0..4)?.parse().ok()?;
        let month: u8 = digits(5..7)?.parse().ok()?;
        let day: u8 = digits(8..10)?.parse().ok()?;
        let month_of = time::Month::try_from(month).ok()?;
        let valid = (1900..=2100).contains(&year) && time::Date::from_calendar_date(year, month_of, day).is_ok();
        valid.then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| {
                    E::custom(format!(
                        "`{text}` is not a date written YYYY-MM-DD (a day of the calendar, in 1900–2100), such as 2006-12-18"
                    ))
                })
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar date written YYYY-MM-DD, in 1900–2100.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::data::load;

    /// A report of one measure with `report` and `measure` fields added, as a data file's text.
    fn data(report: serde_json::Value, measure: serde_json::Value) -> String {
        let mut value = serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en",
            "measures": [{"name": "M"}]
        });
        for (key, field) in report.as_object().into_iter().flatten() {
            value[key] = field.clone();
        }
        for (key, field) in measure.as_object().into_iter().flatten() {
            value["measures"][0][key] = field.clone();
        }
        serde_json::to_string_pretty(&value).expect("encode")
    }

    /// The one error of loading `text`: its path, line and message.
    fn error_of(text: String) -> (String, usize, String, Option<String>) {
        let found = load::parse(text, Path::new("d.json")).expect_err("refused");
        let errors: Vec<_> = found.errors().collect();
        assert_eq!(errors.len(), 1, "{found}");
        let error = errors[0];
        (
            error.path.clone().unwrap_or_default(),
            error.position.map_or(0, |p| p.line),
            error.message.clone(),
            error.hints.first().cloned(),
        )
    }

    #[test]
    fn a_measure_only_file_is_a_2012_report_whose_sections_are_not_reported() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/mexico-2012-2015.json"))
                .expect("fixture");
        let report = load::parse(text, Path::new("mexico.json")).expect("loads").report;
        assert_eq!(report.form, Form::Form2012);
        assert!(report.executive_summary.is_none() && report.general_information.is_none());
        assert!(report.civil_society.is_none() && report.results_and_challenges.is_none());
        assert!(report.annexes.is_empty());
        assert!(report.measures.iter().all(|m| m.chapter.is_none() && m.goals.is_empty() && m.areas.is_empty()));
    }

    #[test]
    fn the_whole_report_s_fields_are_read() {
        let text = data(
            serde_json::json!({
                "form": "2020",
                "executive_summary": {"en": "Summary"},
                "general_information": {
                    "ratification_date": "2006-12-18",
                    "ifcd_contribution": {"amount": "15000.00", "currency": "USD"},
                    "point_of_contact": {"name": "Desk", "phone": "+233 30 000 0000"}
                },
                "results_and_challenges": {"results": "R", "next_steps": {"en": "N"}},
                "annexes": [{"title": "Statistics", "kind": "statistics", "file": "stats.ods"}]
            }),
            serde_json::json!({
                "chapter": "preferential-treatment", "goals": [2, 4],
                "areas": ["mobility-of-artists", "artistic-freedom"], "domains": ["music", "audiovisual-arts"]
            }),
        );
        let report = load::parse(text, Path::new("d.json")).expect("loads").report;
        assert_eq!(report.form, Form::Form2020);
        let general = report.general_information.expect("general information");
        assert_eq!(general.ratification_date, Some(Date { year: 2006, month: 12, day: 18 }));
        assert_eq!(general.ifcd_contribution.map(|m| m.amount.to_string()).as_deref(), Some("15000.00"));
        let Some(ResultsAndChallenges::Parts(parts)) = report.results_and_challenges else { panic!("parts") };
        assert_eq!((parts.results, parts.challenges), (Some(Text::from("R")), None));
        assert_eq!(report.annexes[0].kind, AnnexKind::Statistics);
        let measure = &report.measures[0];
        assert_eq!(measure.chapter, Some(Chapter::PreferentialTreatment));
        assert_eq!(measure.goals, [Goal(2), Goal(4)]);
        assert_eq!(measure.areas.iter().map(|a| a.goal().number()).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(measure.domains, [Domain::Music, Domain::AudiovisualArts]);
        assert_eq!(Chapter::ALL.map(Chapter::key)[4], "protecting-expressions-under-threat");
    }

    #[test]
    fn the_2020_form_s_fields_are_read() {
        let text = data(
            serde_json::json!({
                "form": "2020",
                "monitoring": {"media-diversity": {"questions": [
                    {"question": {"en": "Q1"}, "answer": {"en": "A1"}}, {"question": "Q2"}
                ]}},
                "civil_society_measures": [{"name": "C", "organization": {"en": "Music Council"}}],
                "transversal_issues": [{"name": "T"}]
            }),
            serde_json::json!({
                "website": "https://example.org",
                "results_achieved": {"en": "R"},
                "partners": [{"name": "Film Center", "kind": "public-sector"}, {"name": {"en": "A fund"}}],
                "evaluation": {"evaluated": true, "findings": {"en": "F"}},
                "financial_resources": {"amount": "242840", "currency": "USD", "qualifier": "approximately"}
            }),
        );
        let report = load::parse(text, Path::new("d.json")).expect("loads").report;
        let questions = &report.monitoring[&Area::MediaDiversity].questions;
        assert_eq!((questions.len(), questions[1].answer.is_none()), (2, true));
        assert_eq!(report.civil_society_measures[0].organization.as_ref().map(Text::as_str), Some("Music Council"));
        assert_eq!(report.transversal_issues[0].name, Text::from("T"));
        let measure = &report.measures[0];
        assert_eq!(measure.partners[0].kind, Some(PartnerKind::PublicSector));
        assert_eq!(measure.partners[1].kind, None);
        assert_eq!(measure.evaluation.as_ref().map(|e| e.evaluated), Some(true));
        let money = measure.financial_resources.as_ref().expect("resources");
        assert_eq!((money.amount.to_string(), money.qualifier), ("242840".to_owned(), Qualifier::Approximately));
        let paths: Vec<String> = report.all_measures().map(|(at, _)| at).collect();
        assert_eq!(paths, ["measures[0]", "civil_society_measures[0]", "transversal_issues[0]"]);
    }

    #[test]
    fn every_area_belongs_to_its_goal_of_the_framework() {
        let count = |goal: u8| Area::ALL.into_iter().filter(|a| a.goal().number() == goal).count();
        assert_eq!([count(1), count(2), count(3), count(4)], [4, 3, 2, 2]);
        // The keys are serde's, and the framework's order is the enumeration's.
        for area in Area::ALL {
            assert_eq!(serde_json::to_value(area).expect("key"), serde_json::json!(area.key()));
        }
        assert!(Area::ALL.windows(2).all(|w| w[0] < w[1] && w[0].goal() <= w[1].goal()));
        for domain in [Domain::AudiovisualArts, Domain::Multidomain] {
            assert_eq!(serde_json::to_value(domain).expect("key"), serde_json::json!(domain.key()));
        }
        for kind in [PartnerKind::PublicSector, PartnerKind::PrivateSector, PartnerKind::CivilSociety] {
            assert_eq!(serde_json::to_value(kind).expect("key"), serde_json::json!(kind.key()));
        }
    }

    #[test]
    fn values_outside_the_form_s_enumerations_are_refused_where_they_are() {
        let no = serde_json::json!({});
        for (report, measure, path, message) in [
            (
                serde_json::json!({"form": "2016"}),
                no.clone(),
                "form",
                "unknown variant `2016`, expected `2012` or `2020`",
            ),
            (no.clone(), serde_json::json!({"goals": [1, 5]}), "measures[0].goals[1]", "there is no goal 5"),
            (
                no.clone(),
                serde_json::json!({"goals": ["1"]}),
                "measures[0].goals[0]",
                "expected a goal of the monitoring framework, 1 to 4",
            ),
            (no.clone(), serde_json::json!({"areas": ["gender"]}), "measures[0].areas[0]", "unknown variant `gender`"),
            (
                no.clone(),
                serde_json::json!({"domains": ["cinema"]}),
                "measures[0].domains[0]",
                "unknown variant `cinema`",
            ),
            (
                no.clone(),
                serde_json::json!({"chapter": "cooperation"}),
                "measures[0].chapter",
                "unknown variant `cooperation`",
            ),
            (
                serde_json::json!({"general_information": {"ratification_date": "2006-02-30"}}),
                no.clone(),
                "general_information.ratification_date",
                "`2006-02-30` is not a date written YYYY-MM-DD",
            ),
            (
                serde_json::json!({"annexes": [{"title": "T", "kind": "law"}]}),
                no.clone(),
                "annexes[0].kind",
                "unknown variant `law`, expected one of `source`, `statistics`, `document`",
            ),
            (
                serde_json::json!({"results_and_challenges": {"results": "R", "chalenges": "C"}}),
                no.clone(),
                "results_and_challenges",
                "unknown field `chalenges`",
            ),
            (
                serde_json::json!({"general_information": {"ifcd_contribution": {"amount": "100", "currency": "usd"}}}),
                no.clone(),
                "general_information.ifcd_contribution.currency",
                "`usd` is not an ISO 4217 currency code",
            ),
            (
                serde_json::json!({"general_information": {"ifcd_contribution": {"amount": "1e5", "currency": "USD"}}}),
                no.clone(),
                "general_information.ifcd_contribution.amount",
                "is not a decimal number",
            ),
            (
                serde_json::json!({"monitoring": {"gender": {"questions": []}}}),
                no.clone(),
                "monitoring",
                "unknown variant `gender`",
            ),
            (
                no.clone(),
                serde_json::json!({"partners": [{"name": "P", "kind": "ngo"}]}),
                "measures[0].partners[0].kind",
                "unknown variant `ngo`, expected one of `public-sector`, `private-sector`, `civil-society`",
            ),
            (
                no.clone(),
                serde_json::json!({"evaluation": {"findings": "F"}}),
                "measures[0].evaluation",
                "missing field `evaluated`",
            ),
            (
                no.clone(),
                serde_json::json!({"financial_resources": {"amount": 1000, "currency": "USD"}}),
                "measures[0].financial_resources.amount",
                "invalid type",
            ),
        ] {
            let (at, line, said, _) = error_of(data(report, measure));
            assert_eq!(at, path, "{said}");
            assert!(line > 1, "{path}: not located");
            assert!(said.contains(message), "{path}: {said}");
        }
        // A misspelt field of the 2020 form gets its correction.
        let (at, _, said, hint) =
            error_of(data(no.clone(), serde_json::json!({"partners": [{"name": "P", "knd": "public-sector"}]})));
        assert_eq!(at, "measures[0].partners[0].knd", "{said}");
        assert!(hint.is_some_and(|h| h.contains("`kind`")), "{said}");
        let (_, _, said, hint) = error_of(data(no.clone(), serde_json::json!({"results_achived": "R"})));
        assert!(hint.as_deref().is_some_and(|h| h.contains("`results_achieved`")), "{said}: {hint:?}");
        // A misspelt part of the results gets its correction.
        let (_, _, _, hint) = error_of(data(serde_json::json!({"results_and_challenges": {"chalenges": "C"}}), no));
        assert!(hint.is_some_and(|h| h.contains("challenges")));
    }
}
