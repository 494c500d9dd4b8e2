//! The report data format: a report holds the form's sections and its measures, a measure holds programs (QPR fields in order).

use std::fmt;

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
    /// Files of measures other bodies contribute (e.g. `["inbal.json", "imcine.json"]`), relative
    /// to this file's folder and inside it. A part holds `{"measures": […]}`, or is a whole report
    /// of the same party, period, form and language of which only the measures are taken; its
    /// measures follow this file's own, in this order. A part includes no further parts.
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

/// The eleven areas of monitoring of the 2019 monitoring framework, by goal.
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

/// The cultural domains a measure of the 2020 form is tagged with.
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
            error.hint.clone(),
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
    fn every_area_belongs_to_its_goal_of_the_framework() {
        let count = |goal: u8| {
            [
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
            ]
            .into_iter()
            .filter(|a| a.goal().number() == goal)
            .count()
        };
        assert_eq!([count(1), count(2), count(3), count(4)], [4, 3, 2, 2]);
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
        ] {
            let (at, line, said, _) = error_of(data(report, measure));
            assert_eq!(at, path, "{said}");
            assert!(line > 1, "{path}: not located");
            assert!(said.contains(message), "{path}: {said}");
        }
        // A misspelt part of the results gets its correction.
        let (_, _, _, hint) = error_of(data(serde_json::json!({"results_and_challenges": {"chalenges": "C"}}), no));
        assert!(hint.is_some_and(|h| h.contains("challenges")));
    }
}
