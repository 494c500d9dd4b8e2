//! The 2020 form's layout of a report, as the template reads it: the party's measures under the
//! four goals and their eleven areas of monitoring, each area with its key questions answered;
//! the measures of civil society and of the transversal issues; and each measure's fields of the
//! form (agency, website, results, resources, partners, evaluation, tags).
//!
//! A measure tagged with several areas is laid out once, under its first area, and referenced
//! from the others; one with goals but no area lies under its first goal, referenced from the
//! others; one with neither lies among the untagged measures, which [`crate::data::form`] warns
//! about. Measures are named by their index in [`crate::assemble::Document::measures`].

use informe_plugin::format::Formatter;
use serde::Serialize;

use crate::assemble::{MeasureDoc, paragraphs};
use crate::data::model::{Area, Goal, Measure, Report, Text};

/// The 2020 form's part of the document.
#[derive(Debug, Serialize)]
pub struct Form2020Doc {
    /// The four goals, in order, each with its areas in the framework's order.
    pub goals: Vec<GoalDoc>,
    /// The party's measures tagged with no goal and no area.
    pub untagged: Vec<usize>,
    /// Measures reported by civil society organizations.
    pub civil_society_measures: Vec<MeasureDoc>,
    /// Measures answering the emerging transversal issues.
    pub transversal_issues: Vec<MeasureDoc>,
}

#[derive(Debug, Serialize)]
pub struct GoalDoc {
    /// 1 to 4; the template words it.
    pub number: u8,
    pub areas: Vec<AreaDoc>,
    /// Measures with this goal first and no area, laid out here.
    pub measures: Vec<usize>,
    /// Measures laid out elsewhere that list this goal without any area of it.
    pub references: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct AreaDoc {
    /// `media-diversity`…; the template words it.
    pub key: &'static str,
    /// The key questions as the party answered them; empty when the data has none.
    pub questions: Vec<QuestionDoc>,
    /// Measures whose first area this is, laid out here.
    pub measures: Vec<usize>,
    /// Measures laid out under another area that are tagged with this one too.
    pub references: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct QuestionDoc {
    pub question: Vec<String>,
    /// Empty when unanswered.
    pub answer: Vec<String>,
}

/// A measure's fields of the 2020 form; empty values are what the template shows as not reported.
#[derive(Debug, Default, Serialize)]
pub struct MeasureFields {
    pub website: Option<String>,
    pub results_achieved: Vec<String>,
    pub partners: Vec<PartnerDoc>,
    pub evaluation: Option<EvaluationDoc>,
    /// Qualifier and amount, `approximately USD 242,840`.
    pub financial_resources: Option<String>,
    /// The source's own sentence about the resources.
    pub financial_statement: Option<String>,
    /// The civil society organization that reports the measure.
    pub organization: Option<String>,
    pub goals: Vec<u8>,
    /// Keys; the template words them.
    pub areas: Vec<&'static str>,
    pub domains: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct PartnerDoc {
    pub name: String,
    /// `public-sector`…, or `None` when the data does not say; the template words it.
    pub kind: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct EvaluationDoc {
    pub evaluated: bool,
    pub findings: Vec<String>,
}

/// The 2020 form's fields of `measure`, formatted.
pub fn measure_fields(fmt: &Formatter, measure: &Measure) -> MeasureFields {
    let resources = measure.financial_resources.as_ref();
    MeasureFields {
        website: measure.website.clone().filter(|w| !w.trim().is_empty()),
        results_achieved: paragraphs(measure.results_achieved.as_ref()),
        partners: measure
            .partners
            .iter()
            .map(|p| PartnerDoc { name: p.name.to_string(), kind: p.kind.map(|k| k.key()) })
            .collect(),
        evaluation: measure
            .evaluation
            .as_ref()
            .map(|e| EvaluationDoc { evaluated: e.evaluated, findings: paragraphs(e.findings.as_ref()) }),
        financial_resources: resources.map(|r| fmt.qualified(r.qualifier, &fmt.money(&r.amount, &r.currency))),
        financial_statement: resources.and_then(|r| r.statement.as_ref()).map(Text::to_string),
        organization: measure.organization.as_ref().map(Text::to_string).filter(|o| !o.trim().is_empty()),
        goals: measure.goals.iter().map(|g| g.number()).collect(),
        areas: measure.areas.iter().map(|a| a.key()).collect(),
        domains: measure.domains.iter().map(|d| d.key()).collect(),
    }
}

/// Where a measure of the party is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Area(Area),
    Goal(Goal),
    Untagged,
}

/// Where `measure` is laid out, and where it is referenced from.
fn placement(measure: &Measure) -> (Place, Vec<Place>) {
    let mut areas: Vec<Area> = Vec::new();
    for area in &measure.areas {
        if !areas.contains(area) {
            areas.push(*area);
        }
    }
    let place = match (areas.first(), measure.goals.first()) {
        (Some(area), _) => Place::Area(*area),
        (None, Some(goal)) => Place::Goal(*goal),
        (None, None) => Place::Untagged,
    };
    let mut references: Vec<Place> = areas.iter().skip(1).map(|a| Place::Area(*a)).collect();
    // A goal the measure lists without any of its areas: referenced from the goal itself.
    for goal in &measure.goals {
        let covered = areas.iter().any(|a| a.goal() == *goal);
        let reference = Place::Goal(*goal);
        if !covered && place != reference && !references.contains(&reference) {
            references.push(reference);
        }
    }
    (place, references)
}

/// The 2020 form's grouping of `report`'s measures, with the measures of civil society and of
/// the transversal issues already assembled.
pub fn document(
    report: &Report,
    civil_society_measures: Vec<MeasureDoc>,
    transversal_issues: Vec<MeasureDoc>,
) -> Form2020Doc {
    let placed: Vec<(Place, Vec<Place>)> = report.measures.iter().map(placement).collect();
    let at = |place: Place| -> Vec<usize> { (0..placed.len()).filter(|&i| placed[i].0 == place).collect() };
    let referenced =
        |place: Place| -> Vec<usize> { (0..placed.len()).filter(|&i| placed[i].1.contains(&place)).collect() };
    let goals = Goal::ALL
        .into_iter()
        .map(|goal| GoalDoc {
            number: goal.number(),
            areas: Area::ALL
                .into_iter()
                .filter(|area| area.goal() == goal)
                .map(|area| AreaDoc {
                    key: area.key(),
                    questions: report
                        .monitoring
                        .get(&area)
                        .map(|m| {
                            m.questions
                                .iter()
                                .map(|q| QuestionDoc {
                                    question: paragraphs(Some(&q.question)),
                                    answer: paragraphs(q.answer.as_ref()),
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                    measures: at(Place::Area(area)),
                    references: referenced(Place::Area(area)),
                })
                .collect(),
            measures: at(Place::Goal(goal)),
            references: referenced(Place::Goal(goal)),
        })
        .collect();
    Form2020Doc { goals, untagged: at(Place::Untagged), civil_society_measures, transversal_issues }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(measures: serde_json::Value) -> Report {
        serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en", "form": "2020",
            "monitoring": {"media-diversity": {"questions": [{"question": "Q", "answer": "A\n\nB"}, {"question": "R"}]}},
            "measures": measures
        }))
        .expect("a report")
    }

    /// Each goal's and area's placed and referenced measures, in words, for the non-empty ones.
    fn grouping(doc: &Form2020Doc) -> Vec<String> {
        let mut out = Vec::new();
        for goal in &doc.goals {
            if !goal.measures.is_empty() || !goal.references.is_empty() {
                out.push(format!("goal {}: {:?} see {:?}", goal.number, goal.measures, goal.references));
            }
            for area in &goal.areas {
                if !area.measures.is_empty() || !area.references.is_empty() {
                    out.push(format!("{}: {:?} see {:?}", area.key, area.measures, area.references));
                }
            }
        }
        out.push(format!("untagged: {:?}", doc.untagged));
        out
    }

    #[test]
    fn measures_lie_under_their_first_area_and_are_referenced_from_the_others() {
        let doc = document(
            &report(serde_json::json!([
                {"name": "A", "goals": [1, 2], "areas": ["digital-environment", "mobility-of-artists", "media-diversity"]},
                {"name": "B", "goals": [2], "areas": ["mobility-of-artists"]},
                {"name": "C", "goals": [3, 4]},
                {"name": "D"},
                {"name": "E", "goals": [4, 1], "areas": ["gender-equality"]}
            ])),
            vec![],
            vec![],
        );
        assert_eq!(
            grouping(&doc),
            [
                "goal 1: [] see [4]",
                "media-diversity: [] see [0]",
                "digital-environment: [0] see []",
                "mobility-of-artists: [1] see [0]",
                "goal 3: [2] see []",
                "goal 4: [] see [2]",
                "gender-equality: [4] see []",
                "untagged: [3]",
            ]
        );
        // Every area of the framework is there, in its order, under its goal.
        let areas: Vec<usize> = doc.goals.iter().map(|g| g.areas.len()).collect();
        assert_eq!(areas, [4, 3, 2, 2]);
        assert_eq!(doc.goals[0].areas[0].key, "cultural-and-creative-sectors");
        // The key questions of an area, answered or not.
        let questions = &doc.goals[0].areas[1].questions;
        assert_eq!(questions[0].answer, ["A", "B"]);
        assert!(questions[1].answer.is_empty());
        assert!(doc.goals[0].areas[0].questions.is_empty());
    }

    #[test]
    fn a_measure_s_fields_of_the_form_are_formatted() {
        let report = report(serde_json::json!([{
            "name": "A", "website": " ", "results_achieved": "R",
            "partners": [{"name": "P", "kind": "private-sector"}, {"name": "Q"}],
            "evaluation": {"evaluated": false},
            "financial_resources": {"amount": "242840", "currency": "USD", "qualifier": "approximately", "statement": "S"},
            "goals": [2], "areas": ["treaties-and-agreements"], "domains": ["music"]
        }]));
        let fields = measure_fields(&Formatter::new("en"), &report.measures[0]);
        assert_eq!(fields.website, None);
        assert_eq!(fields.results_achieved, ["R"]);
        assert_eq!(fields.partners[0].kind, Some("private-sector"));
        assert_eq!(fields.partners[1].kind, None);
        assert!(fields.evaluation.as_ref().is_some_and(|e| !e.evaluated && e.findings.is_empty()));
        let money = fields.financial_resources.expect("money");
        assert!(money.contains("242,840") && money.contains("USD"), "{money}");
        assert_eq!(fields.financial_statement.as_deref(), Some("S"));
        assert_eq!(
            (fields.goals, fields.areas, fields.domains),
            (vec![2], vec!["treaties-and-agreements"], vec!["music"])
        );
    }
}
