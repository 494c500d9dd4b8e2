//! Choosing the report's language in texts written in several: every [`Text`] of the report is
//! made plain, and each one that lacks the language is reported — a fallback is never silent.

use informe_plugin::format::Formatter;

use crate::data::model::{Measure, Report, ResultsAndChallenges, Text};
use crate::diagnostic::Diagnostic;

/// The languages a report can be written in: those of the template's label catalogues, the
/// host's messages and the SDK's words. A report in any other would mix languages, so the data's
/// `language` must be one of them unless another report language is chosen (`--lang`).
pub const LANGUAGES: &[&str] = &["es", "en", "pt", "fr"];

/// Why `language` cannot be a report's, with a hint; `None` when it can.
///
/// A tag with a region (`pt-BR`) names its language first: the hint says to write that language
/// and to give the region through `country_code`, which already makes the locale.
pub fn unsupported_language(language: &str) -> Option<Diagnostic> {
    if LANGUAGES.contains(&language) {
        return None;
    }
    let primary = language.split('-').next().unwrap_or_default();
    let supported = LANGUAGES.join(", ");
    let hint = if LANGUAGES.contains(&primary) {
        format!("write \"{primary}\": the region of the figures comes from `country_code` (or --locale)")
    } else {
        format!("write the report in one of {supported} (--lang picks one for data written in another language)")
    };
    Some(
        Diagnostic::error(format!("a report cannot be written in `{language}`: informe writes reports in {supported}"))
            .at_path("language")
            .with_hint(hint),
    )
}

/// The locale of a report in `language`: the language with the region of the country's code
/// (`es` + `MX` → `es-MX`), or the language alone.
pub fn locale_of(language: &str, country_code: Option<&str>) -> String {
    match country_code {
        Some(code) if !language.contains('-') => format!("{language}-{code}"),
        _ => language.to_owned(),
    }
}

/// Resolves every text of `report` to `language`, falling back to the data's own language, and
/// makes `language` the report's, and `locale` (or the one [`locale_of`] makes) its locale.
/// Returns a warning, with its JSON path, per text that fell back; or, for a `language` no
/// report can be written in ([`LANGUAGES`]), that error alone, leaving the report as it was.
pub fn resolve(report: &mut Report, language: &str, locale: Option<&str>) -> Vec<Diagnostic> {
    if let Some(error) = unsupported_language(language) {
        return vec![error];
    }
    let source = report.language.clone();
    let mut warnings = Vec::new();
    let mut visit = |text: &mut Text, path: String| {
        let languages = text.languages().join(", ");
        if let informe_plugin::text::Resolved::FellBack { used } = text.resolve(language, &source) {
            warnings.push(
                Diagnostic::warning(format!("no `{language}` text here: the `{used}` text is used"))
                    .at_path(path)
                    .with_hint(format!("the text is written in {languages}; add a `{language}` entry to translate it")),
            );
        }
    };
    if let Some(title) = &mut report.title {
        visit(title, "title".into());
    }
    if let Some(issuer) = &mut report.issuer {
        visit(&mut issuer.name, "issuer.name".into());
        for (field, text) in
            [("short_name", &mut issuer.short_name), ("address", &mut issuer.address), ("contact", &mut issuer.contact)]
        {
            if let Some(text) = text {
                visit(text, format!("issuer.{field}"));
            }
        }
        if let Some(signatory) = &mut issuer.signatory {
            visit(&mut signatory.name, "issuer.signatory.name".into());
            if let Some(role) = &mut signatory.role {
                visit(role, "issuer.signatory.role".into());
            }
        }
    }
    resolve_sections(report, &mut visit);
    for (at, measure) in report.all_measures_mut() {
        resolve_measure(measure, &at, &mut visit);
    }
    if report.source_language.is_empty() {
        report.source_language = source;
    }
    report.language = language.to_owned();
    report.locale = locale.map_or_else(|| locale_of(language, report.country_code.as_deref()), str::to_owned);
    // The party is named in the report's language wherever the report names it.
    if let Some(name) = report.country_code.as_deref().and_then(|code| Formatter::new(&report.locale).country(code)) {
        report.country = name;
    }
    warnings
}

/// Visits every text of one measure, at `at` (`measures[0]`, `civil_society_measures[1]`…).
fn resolve_measure(measure: &mut Measure, at: &str, visit: &mut impl FnMut(&mut Text, String)) {
    visit(&mut measure.name, format!("{at}.name"));
    for (i, agency) in measure.implementing_agencies.iter_mut().enumerate() {
        visit(agency, format!("{at}.implementing_agencies[{i}]"));
    }
    for (field, text) in [
        ("framework", &mut measure.framework),
        ("key_objectives", &mut measure.key_objectives),
        ("main_feature", &mut measure.main_feature),
    ] {
        if let Some(text) = text {
            visit(text, format!("{at}.{field}"));
        }
    }
    for (i, indicator) in measure.indicators.iter_mut().enumerate() {
        visit(&mut indicator.name, format!("{at}.indicators[{i}].name"));
    }
    for (p, program) in measure.programs.iter_mut().enumerate() {
        let at = format!("{at}.programs[{p}]");
        for (field, text) in
            [("results_expected", &mut program.results_expected), ("conclusions", &mut program.conclusions)]
        {
            if let Some(text) = text {
                visit(text, format!("{at}.{field}"));
            }
        }
        let money = &mut program.financial_resources;
        if let Some(statement) = &mut money.statement {
            visit(statement, format!("{at}.financial_resources.statement"));
        }
        for (side, list) in [("paid", &mut money.paid), ("received", &mut money.received)] {
            for (i, contribution) in list.iter_mut().enumerate() {
                if let Some(mode) = &mut contribution.mode {
                    visit(mode, format!("{at}.financial_resources.{side}[{i}].mode"));
                }
            }
        }
        for (i, footnote) in program.footnotes.iter_mut().enumerate() {
            visit(&mut footnote.text, format!("{at}.footnotes[{i}].text"));
        }
        for (i, metric) in program.metrics.iter_mut().enumerate() {
            visit(&mut metric.label, format!("{at}.metrics[{i}].label"));
        }
    }
    for (field, text) in
        [("results_achieved", &mut measure.results_achieved), ("organization", &mut measure.organization)]
    {
        if let Some(text) = text {
            visit(text, format!("{at}.{field}"));
        }
    }
    for (i, partner) in measure.partners.iter_mut().enumerate() {
        visit(&mut partner.name, format!("{at}.partners[{i}].name"));
    }
    if let Some(findings) = measure.evaluation.as_mut().and_then(|e| e.findings.as_mut()) {
        visit(findings, format!("{at}.evaluation.findings"));
    }
    if let Some(statement) = measure.financial_resources.as_mut().and_then(|r| r.statement.as_mut()) {
        visit(statement, format!("{at}.financial_resources.statement"));
    }
}

/// Visits every text of the form's report-level sections with its JSON path.
fn resolve_sections(report: &mut Report, visit: &mut impl FnMut(&mut Text, String)) {
    for (field, text) in
        [("executive_summary", &mut report.executive_summary), ("civil_society", &mut report.civil_society)]
    {
        if let Some(text) = text {
            visit(text, field.into());
        }
    }
    if let Some(general) = &mut report.general_information {
        for (field, text) in
            [("ratification_process", &mut general.ratification_process), ("prepared_by", &mut general.prepared_by)]
        {
            if let Some(text) = text {
                visit(text, format!("general_information.{field}"));
            }
        }
        if let Some(contact) = &mut general.point_of_contact {
            visit(&mut contact.name, "general_information.point_of_contact.name".into());
            for (field, text) in [
                ("role", &mut contact.role),
                ("organization", &mut contact.organization),
                ("address", &mut contact.address),
            ] {
                if let Some(text) = text {
                    visit(text, format!("general_information.point_of_contact.{field}"));
                }
            }
        }
    }
    match &mut report.results_and_challenges {
        Some(ResultsAndChallenges::Text(text)) => visit(text, "results_and_challenges".into()),
        Some(ResultsAndChallenges::Parts(parts)) => {
            for (field, text) in [
                ("results", &mut parts.results),
                ("challenges", &mut parts.challenges),
                ("solutions", &mut parts.solutions),
                ("next_steps", &mut parts.next_steps),
            ] {
                if let Some(text) = text {
                    visit(text, format!("results_and_challenges.{field}"));
                }
            }
        }
        None => {}
    }
    for (i, annex) in report.annexes.iter_mut().enumerate() {
        visit(&mut annex.title, format!("annexes[{i}].title"));
    }
    for (area, monitoring) in &mut report.monitoring {
        let at = format!("monitoring.{}", area.key());
        for (i, question) in monitoring.questions.iter_mut().enumerate() {
            visit(&mut question.question, format!("{at}.questions[{i}].question"));
            if let Some(answer) = &mut question.answer {
                visit(answer, format!("{at}.questions[{i}].answer"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_made_plain_and_each_fallback_is_reported_at_its_path() {
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en",
            "title": {"en": "Report", "es": "Informe"},
            "measures": [{
                "name": {"en": "Regional programs"},
                "implementing_agencies": ["INBAL", {"en": "Fund", "es": "Fondo"}],
                "programs": [{"id": "p", "name": "P", "family": "f",
                              "conclusions": {"en": "Done", "pt": "Feito"}}]
            }]
        }))
        .expect("report");
        let warnings = resolve(&mut report, "es", None);
        assert_eq!((report.language.as_str(), report.locale.as_str()), ("es", "es"));
        assert_eq!(report.title.as_ref().map(Text::as_str), Some("Informe"));
        assert_eq!(report.measures[0].implementing_agencies[1].as_str(), "Fondo");
        assert_eq!(report.measures[0].programs[0].conclusions.as_ref().map(Text::as_str), Some("Done"));
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        assert_eq!(paths, ["measures[0].name", "measures[0].programs[0].conclusions"]);
        assert!(warnings[1].message.contains("no `es` text here: the `en` text is used"), "{}", warnings[1].message);
        assert!(warnings[1].hints.iter().any(|h| h.contains("written in en, pt")), "{:?}", warnings[1].hints);
    }

    #[test]
    fn the_issuer_is_put_in_the_language_and_its_fallbacks_are_reported_at_their_paths() {
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Chile", "period": {"from": 2016, "to": 2019}, "language": "es",
            "issuer": {
                "name": {"es": "Ministerio de las Culturas", "en": "Ministry of Cultures"},
                "short_name": "MINCAP",
                "address": "Santiago",
                "contact": {"es": "Correo: qpr@example.org"},
                "signatory": {"name": "Ana Pérez", "role": {"es": "Jefa de Asuntos Internacionales", "en": "Head of International Affairs"}}
            },
            "measures": []
        }))
        .expect("report");
        let warnings = resolve(&mut report, "en", None);
        let issuer = report.issuer.as_ref().expect("issuer");
        assert_eq!(issuer.name.as_str(), "Ministry of Cultures");
        assert_eq!(issuer.contact.as_ref().map(Text::as_str), Some("Correo: qpr@example.org"));
        let signatory = issuer.signatory.as_ref().expect("signatory");
        assert_eq!(signatory.role.as_ref().map(Text::as_str), Some("Head of International Affairs"));
        // Plain strings are every language's; only the contact lacks English.
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        assert_eq!(paths, ["issuer.contact"]);
    }

    #[test]
    fn the_labels_of_stated_figures_are_put_in_the_language_and_fallbacks_reported_at_their_paths() {
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2012, "to": 2015}, "language": "en",
            "measures": [{"name": "M", "programs": [{"id": "p", "name": "P", "family": "residencies",
                "metrics": [
                    {"id": "projects", "label": {"es": "Proyectos beneficiados", "en": "Beneficiary projects"}, "count": 27},
                    {"id": "grants", "label": {"en": "Grants"}, "money": {"amount": "12000.50", "currency": "EUR"}}
                ]}]}]
        }))
        .expect("report");
        let warnings = resolve(&mut report, "es", None);
        let metrics = &report.measures[0].programs[0].metrics;
        assert_eq!(metrics[0].label, Text::Plain("Proyectos beneficiados".into()));
        assert_eq!(metrics[1].label, Text::Plain("Grants".into()));
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        assert_eq!(paths, ["measures[0].programs[0].metrics[1].label"]);
    }

    #[test]
    fn the_form_s_sections_are_put_in_the_language_and_their_fallbacks_reported_at_their_paths() {
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en",
            "executive_summary": {"en": "Summary", "fr": "Résumé"},
            "general_information": {
                "ratification_date": "2006-12-18",
                "ratification_process": {"en": "Accession"},
                "point_of_contact": {"name": "Desk", "organization": {"en": "Ministry", "fr": "Ministère"},
                                     "address": {"en": "Accra"}, "email": "qpr@example.org"},
                "prepared_by": {"fr": "Le ministère", "en": "The ministry"}
            },
            "civil_society": {"en": "Consultations"},
            "results_and_challenges": {"results": {"fr": "Résultats"}, "next_steps": {"en": "Next"}},
            "annexes": [{"title": {"en": "Statistics", "fr": "Statistiques"}, "kind": "statistics"},
                        {"title": {"en": "Law"}, "kind": "document", "file": "law.pdf"}],
            "measures": []
        }))
        .expect("report");
        let warnings = resolve(&mut report, "fr", None);
        assert_eq!(report.executive_summary.as_ref().map(Text::as_str), Some("Résumé"));
        let general = report.general_information.as_ref().expect("general information");
        assert_eq!(general.prepared_by.as_ref().map(Text::as_str), Some("Le ministère"));
        let contact = general.point_of_contact.as_ref().expect("contact");
        assert_eq!(contact.organization.as_ref().map(Text::as_str), Some("Ministère"));
        let Some(ResultsAndChallenges::Parts(parts)) = &report.results_and_challenges else { panic!("parts") };
        assert_eq!(parts.results.as_ref().map(Text::as_str), Some("Résultats"));
        assert_eq!(report.annexes[0].title.as_str(), "Statistiques");
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        assert_eq!(
            paths,
            [
                "civil_society",
                "general_information.ratification_process",
                "general_information.point_of_contact.address",
                "results_and_challenges.next_steps",
                "annexes[1].title"
            ]
        );
    }

    #[test]
    fn the_2020_form_s_texts_are_put_in_the_language_and_their_fallbacks_reported_at_their_paths() {
        let measure = |organization: serde_json::Value| {
            serde_json::json!({
                "name": {"en": "M", "es": "M"},
                "results_achieved": {"en": "Results"},
                "partners": [{"name": {"en": "Fund", "es": "Fondo"}, "kind": "public-sector"}, {"name": {"en": "Council"}}],
                "evaluation": {"evaluated": true, "findings": {"en": "Findings"}},
                "financial_resources": {"amount": "100", "currency": "USD", "statement": {"en": "One hundred"}},
                "organization": organization
            })
        };
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en", "form": "2020",
            "monitoring": {"gender-equality": {"questions": [{"question": {"en": "Q", "es": "P"}, "answer": {"en": "A"}}]}},
            "measures": [measure(serde_json::Value::Null)],
            "civil_society_measures": [measure(serde_json::json!({"en": "NGO"}))],
            "transversal_issues": [{"name": {"en": "T"}}]
        }))
        .expect("report");
        let warnings = resolve(&mut report, "es", None);
        assert_eq!(report.monitoring[&crate::data::model::Area::GenderEquality].questions[0].question.as_str(), "P");
        assert_eq!(report.measures[0].partners[0].name.as_str(), "Fondo");
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        let each = |at: &str| {
            [
                format!("{at}.results_achieved"),
                format!("{at}.partners[1].name"),
                format!("{at}.evaluation.findings"),
                format!("{at}.financial_resources.statement"),
            ]
        };
        let mut expected = vec!["monitoring.gender-equality.questions[0].answer".to_owned()];
        expected.extend(each("measures[0]"));
        expected.push("civil_society_measures[0].results_achieved".into());
        expected.push("civil_society_measures[0].organization".into());
        expected.extend(each("civil_society_measures[0]").into_iter().skip(1));
        expected.push("transversal_issues[0].name".into());
        assert_eq!(paths, expected);
    }

    #[test]
    fn results_and_challenges_in_one_text_fall_back_at_their_path() {
        let mut report: Report = serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en",
            "results_and_challenges": {"en": "All of it"}, "measures": []
        }))
        .expect("report");
        let warnings = resolve(&mut report, "es", None);
        assert_eq!(report.results_and_challenges, Some(ResultsAndChallenges::Text("All of it".into())));
        let paths: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
        assert_eq!(paths, ["results_and_challenges"]);
    }

    #[test]
    fn a_report_language_without_catalogues_is_refused_at_the_data_s_language() {
        for (language, hint) in [("pt-BR", "write \"pt\""), ("zh", "one of es, en, pt, fr"), ("xx-YY", "--lang")] {
            let mut report: Report = serde_json::from_value(serde_json::json!({
                "country": "Brazil", "period": {"from": 2016, "to": 2019}, "language": language,
                "country_code": "BR", "measures": []
            }))
            .expect("report");
            let found = resolve(&mut report, language, None);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(found[0].is_error() && found[0].path.as_deref() == Some("language"), "{found:?}");
            assert!(found[0].hints.iter().any(|h| h.contains(hint)), "{language}: {:?}", found[0].hints);
            // Nothing was resolved in a language that has no words.
            assert_eq!((report.locale.as_str(), report.country.as_str()), ("", "Brazil"));
        }
    }

    #[test]
    fn the_locale_is_the_language_in_the_country_unless_chosen() {
        assert_eq!(locale_of("es", Some("MX")), "es-MX");
        assert_eq!(locale_of("fr", None), "fr");
        assert_eq!(locale_of("pt-BR", Some("MX")), "pt-BR");
    }
}
