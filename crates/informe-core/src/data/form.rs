//! The forms' own rules on a report: areas of monitoring under their goals, each form's fields in
//! its own report only, and the fields each form requires of a measure — warnings, so a report
//! still being written builds.
//!
//! Which fields a form requires: the 2020 form publishes every measure on the policy monitoring
//! platform with its title, the agency responsible, "Describe the main features of the
//! policy/measure" and its goals, while website, results, resources, partners and evaluation are
//! left empty on many (e.g. `https://es.unesco.org/creativity/policy-monitoring-platform/reorganisation-de-societe-civile-culturelle`,
//! `…/3-evaluation-development-plan`); a measure reported by civil society names its
//! organization first ("This measure was reported by civil society", `…/european-agenda-music-2018`).
//! The 2012 form asks of every measure first its name, its key objectives and the agencies
//! responsible for implementing it (the measures of the 2012–2016 reports on the same platform,
//! e.g. `https://en.unesco.org/creativity/policy-monitoring-platform/iber-rutas`).

use crate::data::model::{Form, Measure, Report, Text};
use crate::diagnostic::Diagnostic;

/// Every warning of the forms' rules on `report`, each at its JSON path.
pub fn report(report: &Report) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (at, measure) in report.all_measures() {
        areas_under_goals(measure, &at, &mut out);
    }
    match report.form {
        Form::Form2012 => fields_of_2020_in_2012(report, &mut out),
        Form::Form2020 => fields_of_2012_in_2020(report, &mut out),
    }
    required(report, &mut out);
    out
}

/// An area tagged on a measure whose goal the measure does not list. A measure listing no goal
/// is left to [`required`] (the 2020 form asks at least one).
fn areas_under_goals(measure: &Measure, at: &str, out: &mut Vec<Diagnostic>) {
    if measure.goals.is_empty() {
        return;
    }
    let listed = measure.goals.iter().map(|g| g.number().to_string()).collect::<Vec<_>>().join(", ");
    for (i, area) in measure.areas.iter().enumerate() {
        let goal = area.goal();
        if measure.goals.contains(&goal) {
            continue;
        }
        out.push(
            Diagnostic::warning(format!(
                "the area `{}` belongs to goal {}, which the measure does not list among its goals ({listed})",
                area.key(),
                goal.number()
            ))
            .at_path(format!("{at}.areas[{i}]"))
            .with_hint(format!(
                "add {} to `goals`, or tag the measure with an area of goal {listed} instead",
                goal.number()
            )),
        );
    }
}

/// The warning for `field` at `at`, which the report's form does not show.
fn other_form(field: &str, at: String, form: &str, hint: &str) -> Diagnostic {
    Diagnostic::warning(format!("`{field}` belongs to the {form} form: a report in the other form does not show it"))
        .at_path(at)
        .with_hint(hint)
}

/// The 2020 form's sections and measure fields in a report laid out as the 2012 form.
fn fields_of_2020_in_2012(report: &Report, out: &mut Vec<Diagnostic>) {
    let hint = "set \"form\": \"2020\" to lay the report out as the 2020 form, or remove the field";
    for (field, present) in [
        ("monitoring", !report.monitoring.is_empty()),
        ("civil_society_measures", !report.civil_society_measures.is_empty()),
        ("transversal_issues", !report.transversal_issues.is_empty()),
    ] {
        if present {
            out.push(other_form(field, field.to_owned(), "2020", hint));
        }
    }
    // The other lists are warned about as a whole above.
    for (m, measure) in report.measures.iter().enumerate() {
        for (field, present) in [
            ("goals", !measure.goals.is_empty()),
            ("areas", !measure.areas.is_empty()),
            ("domains", !measure.domains.is_empty()),
            ("website", measure.website.is_some()),
            ("results_achieved", measure.results_achieved.is_some()),
            ("partners", !measure.partners.is_empty()),
            ("evaluation", measure.evaluation.is_some()),
            ("financial_resources", measure.financial_resources.is_some()),
            ("organization", measure.organization.is_some()),
        ] {
            if present {
                out.push(other_form(field, format!("measures[{m}].{field}"), "2020", hint));
            }
        }
    }
}

/// The 2012 form's section and chapters in a report laid out as the 2020 form, and the
/// organization of a civil society measure on a measure of another list.
fn fields_of_2012_in_2020(report: &Report, out: &mut Vec<Diagnostic>) {
    if report.civil_society.is_some() {
        out.push(other_form(
            "civil_society",
            "civil_society".into(),
            "2012",
            "the 2020 form reports civil society through the area `partnering-with-civil-society` and `civil_society_measures`",
        ));
    }
    for (at, measure) in report.all_measures() {
        if measure.chapter.is_some() {
            out.push(other_form(
                "chapter",
                format!("{at}.chapter"),
                "2012",
                "the 2020 form groups measures by their `goals` and `areas`",
            ));
        }
        if measure.organization.is_some() && !at.starts_with("civil_society_measures") {
            out.push(
                Diagnostic::warning(
                    "`organization` names the civil society organization reporting a measure of `civil_society_measures`: this measure does not show it",
                )
                .at_path(format!("{at}.organization"))
                .with_hint("move the measure to `civil_society_measures` if civil society reports it"),
            );
        }
    }
}

/// What a form requires of a measure that the measure lacks: the field's name in the data and
/// what the form calls it.
fn missing(measure: &Measure, form: Form, list: &str) -> Vec<(&'static str, &'static str)> {
    let blank = |text: &Option<Text>| text.as_ref().is_none_or(Text::is_blank);
    let mut lacks = Vec::new();
    if measure.name.is_blank() {
        lacks.push(("name", "the name of the measure"));
    }
    let civil_society = list == "civil_society_measures";
    if civil_society && blank(&measure.organization) {
        lacks.push(("organization", "the civil society organization that reports it"));
    }
    let agencies = measure.implementing_agencies.iter().all(Text::is_blank);
    match form {
        Form::Form2012 => {
            if blank(&measure.key_objectives) {
                lacks.push(("key_objectives", "the key objectives of the measure"));
            }
            if agencies {
                lacks.push(("implementing_agencies", "the agencies responsible for implementing it"));
            }
        }
        Form::Form2020 => {
            if blank(&measure.main_feature) && blank(&measure.key_objectives) {
                lacks.push(("main_feature", "the description of its main features (or `key_objectives`)"));
            }
            if agencies && list == "measures" {
                lacks.push(("implementing_agencies", "the agency responsible for it (the first of the list)"));
            }
            if measure.goals.is_empty() && list != "transversal_issues" {
                lacks.push(("goals", "at least one goal of the Convention it serves"));
            }
        }
    }
    lacks
}

/// The fields each form requires of a measure, each missing one a warning at the measure.
fn required(report: &Report, out: &mut Vec<Diagnostic>) {
    let form = match report.form {
        Form::Form2012 => "2012",
        Form::Form2020 => "2020",
    };
    for (at, measure) in report.all_measures() {
        let list = at.split('[').next().unwrap_or_default();
        // A 2012 report's other lists are not shown; they are warned about as a whole.
        if report.form == Form::Form2012 && list != "measures" {
            continue;
        }
        for (field, what) in missing(measure, report.form, list) {
            out.push(
                Diagnostic::warning(format!("required by the {form} form, missing: {what} (`{field}`)"))
                    .at_path(at.clone())
                    .with_hint(format!("add `{field}` to the measure; the report shows it as not reported until then")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The warnings of a report built from `value`: path and message of each, in order.
    fn warnings(value: serde_json::Value) -> Vec<(String, String)> {
        let mut base = serde_json::json!({"country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en"});
        for (key, field) in value.as_object().expect("object") {
            base[key] = field.clone();
        }
        let report: Report = serde_json::from_value(base).expect("a report");
        let found = super::report(&report);
        assert!(found.iter().all(|d| !d.is_error()), "{found:?}");
        found.into_iter().map(|d| (d.path.unwrap_or_default(), d.message)).collect()
    }

    /// A 2020 measure with every required field, and `extra` merged in.
    fn complete(extra: serde_json::Value) -> serde_json::Value {
        let mut measure = serde_json::json!({
            "name": "M", "implementing_agencies": ["Ministry"], "main_feature": {"en": "What it does"}, "goals": [1],
            "areas": ["media-diversity"]
        });
        for (key, field) in extra.as_object().expect("object") {
            measure[key] = field.clone();
        }
        measure
    }

    #[test]
    fn a_complete_2020_report_has_no_warning() {
        let found = warnings(serde_json::json!({
            "form": "2020",
            "measures": [complete(serde_json::json!({"goals": [1, 2], "areas": ["media-diversity", "mobility-of-artists"]}))],
            "civil_society_measures": [complete(serde_json::json!({"organization": "Music Council", "implementing_agencies": []}))],
            "transversal_issues": [{"name": "T", "key_objectives": "K"}]
        }));
        assert_eq!(found, []);
    }

    #[test]
    fn an_area_whose_goal_is_not_listed_is_warned_naming_both() {
        let found = warnings(serde_json::json!({
            "form": "2020",
            "measures": [complete(serde_json::json!({"goals": [1, 3], "areas": ["media-diversity", "gender-equality"]}))]
        }));
        assert_eq!(
            found,
            [(
                "measures[0].areas[1]".to_owned(),
                "the area `gender-equality` belongs to goal 4, which the measure does not list among its goals (1, 3)"
                    .to_owned()
            )]
        );
    }

    #[test]
    fn each_form_s_fields_in_the_other_form_are_warned_where_they_are() {
        let found = warnings(serde_json::json!({
            "measures": [{"name": "M", "implementing_agencies": ["A"], "key_objectives": "K", "chapter": "cultural-policies",
                          "goals": [1], "website": "https://example.org", "evaluation": {"evaluated": false}}],
            "monitoring": {"media-diversity": {"questions": []}},
            "transversal_issues": [{"name": "T"}]
        }));
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["monitoring", "transversal_issues", "measures[0].goals", "measures[0].website", "measures[0].evaluation"]
        );
        assert!(found[2].1.contains("`goals` belongs to the 2020 form"), "{found:?}");

        let found = warnings(serde_json::json!({
            "form": "2020", "civil_society": "Consultations",
            "measures": [complete(serde_json::json!({"chapter": "cultural-policies", "organization": "NGO"}))]
        }));
        let paths: Vec<&str> = found.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["civil_society", "measures[0].chapter", "measures[0].organization"]);
        assert!(found[1].1.contains("`chapter` belongs to the 2012 form"), "{found:?}");
    }

    #[test]
    fn the_fields_a_form_requires_are_warned_at_the_measure() {
        let found = warnings(serde_json::json!({
            "form": "2020",
            "measures": [{"name": " "}, complete(serde_json::json!({}))],
            "civil_society_measures": [{"name": "C", "main_feature": "D", "goals": [4]}],
            "transversal_issues": [{"name": "T"}]
        }));
        let said: Vec<(&str, &str)> = found
            .iter()
            .map(|(p, m)| (p.as_str(), m.split(" (`").nth(1).and_then(|f| f.split('`').next()).unwrap_or(m)))
            .collect();
        assert_eq!(
            said,
            [
                ("measures[0]", "name"),
                ("measures[0]", "main_feature"),
                ("measures[0]", "implementing_agencies"),
                ("measures[0]", "goals"),
                ("civil_society_measures[0]", "organization"),
                ("transversal_issues[0]", "main_feature"),
            ]
        );
        assert!(found[0].1.starts_with("required by the 2020 form, missing: the name of the measure"), "{found:?}");

        // The 2012 form asks key objectives and agencies; a measure-only file of the 2012 form
        // that has them is not warned.
        let found = warnings(
            serde_json::json!({"measures": [{"name": "M"}, {"name": "N", "key_objectives": "K", "implementing_agencies": ["A"]}]}),
        );
        assert_eq!(
            found,
            [
                (
                    "measures[0]".to_owned(),
                    "required by the 2012 form, missing: the key objectives of the measure (`key_objectives`)".to_owned()
                ),
                (
                    "measures[0]".to_owned(),
                    "required by the 2012 form, missing: the agencies responsible for implementing it (`implementing_agencies`)"
                        .to_owned()
                ),
            ]
        );
    }
}
