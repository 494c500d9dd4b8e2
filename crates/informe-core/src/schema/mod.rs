//! The JSON Schema of the data format, with each plugin's schema for its family's `data`.
//!
//! Editors validate data files against it as they are typed; `informe schema` prints it, and
//! the workbench makes its form from it. Its descriptions are the field help and its titles the
//! names of its shapes, in English as the model's doc comments and `data_schema` write them, or in
//! the report's other languages through `help`.

mod help;

use serde_json::{Value, json};

pub use help::{LANG_MARK, UnknownLanguage, localize};

use crate::data::model::Report;
use crate::host::{CallOutcome, PluginError, Registry};

/// The schema of report files, with a rule per family served by a plugin in `registry`.
pub fn data_schema(registry: &Registry) -> Result<Value, PluginError> {
    let mut root = serde_json::to_value(schemars::schema_for!(Report)).unwrap_or_else(|_| json!({}));
    root["title"] = json!("informe report data");
    let mut rules = Vec::new();
    for plugin in registry.plugins() {
        let failed = |message: String| PluginError::Contract {
            plugin: plugin.name.clone(),
            program: "(schema)".to_owned(),
            message,
        };
        let schema: Value = match plugin.schema() {
            CallOutcome::Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|err| failed(format!("its schema is not JSON: {err}")))?
            }
            CallOutcome::Error(message) | CallOutcome::Panic(message) | CallOutcome::Crashed(message) => {
                return Err(failed(message));
            }
            CallOutcome::TimedOut(limit) => return Err(failed(format!("no answer within {limit:?}"))),
        };
        for family in &plugin.families {
            // An `$id` makes the plugin's schema its own resource, so its `#/$defs/…`
            // references resolve inside it and not against the whole document.
            let mut schema = schema.clone();
            if let Some(object) = schema.as_object_mut() {
                object.entry("$id").or_insert_with(|| json!(format!("urn:informe:family:{family}")));
            }
            rules.push(json!({
                "if": { "properties": { "family": { "const": family } }, "required": ["family"] },
                "then": { "properties": { "data": schema } }
            }));
        }
    }
    if let Some(program) = root.pointer_mut("/$defs/Program") {
        program["allOf"] = Value::Array(rules);
    }
    Ok(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_describes_reports_and_refuses_float_amounts() {
        let schema = data_schema(&Registry::default()).expect("schema");
        assert_eq!(schema["title"], "informe report data");
        let required = schema["required"].as_array().expect("required");
        for field in ["country", "period", "language", "measures"] {
            assert!(required.contains(&json!(field)), "{field} not required");
        }
        let amount = &schema["$defs"]["Contribution"]["properties"]["amount"];
        assert_eq!(amount["type"], "string", "{amount}");
        assert!(amount["pattern"].is_string(), "{amount}");
        assert_eq!(schema["$defs"]["Program"]["allOf"], json!([]));
    }

    #[test]
    fn the_schema_documents_the_figures_a_program_states() {
        let schema = data_schema(&Registry::default()).expect("schema");
        let described = |value: &Value| value["description"].as_str().is_some_and(|d| !d.is_empty());
        let metrics = &schema["$defs"]["Program"]["properties"]["metrics"];
        assert!(described(metrics), "{metrics}");
        assert_eq!(metrics["items"]["$ref"], "#/$defs/StatedMetric", "{metrics}");
        let metric = &schema["$defs"]["StatedMetric"];
        assert_eq!(metric["required"], json!(["id", "label"]), "{metric}");
        assert_eq!(metric["additionalProperties"], json!(false), "{metric}");
        // Exactly one of a count or money, as validation holds it.
        assert_eq!(metric["oneOf"], json!([{"required": ["count"]}, {"required": ["money"]}]), "{metric}");
        for field in ["id", "label", "count", "money", "qualifier", "period", "indicator"] {
            assert!(described(&metric["properties"][field]), "metrics[].{field} undescribed: {metric}");
        }
        assert_eq!(metric["properties"]["count"]["minimum"], 0, "{metric}");
        let amount = &schema["$defs"]["StatedAmount"]["properties"]["amount"];
        assert_eq!(amount["type"], "string", "{amount}");
        assert_eq!(amount["pattern"], schema["$defs"]["Contribution"]["properties"]["amount"]["pattern"]);
    }

    #[test]
    fn the_schema_documents_the_issuer() {
        let schema = data_schema(&Registry::default()).expect("schema");
        let described = |value: &Value| value["description"].as_str().is_some_and(|d| !d.is_empty());
        assert!(described(&schema["properties"]["issuer"]), "{}", schema["properties"]["issuer"]);
        let issuer = &schema["$defs"]["Issuer"];
        assert_eq!(issuer["required"], json!(["name"]), "{issuer}");
        assert_eq!(issuer["additionalProperties"], json!(false), "{issuer}");
        for field in ["name", "short_name", "address", "contact", "signatory"] {
            assert!(described(&issuer["properties"][field]), "issuer.{field} undescribed: {issuer}");
        }
        let signatory = &schema["$defs"]["Signatory"];
        assert_eq!(signatory["required"], json!(["name"]), "{signatory}");
        assert!(described(&signatory["properties"]["role"]), "{signatory}");
    }

    #[test]
    fn the_schema_documents_the_form_s_sections_and_tags() {
        let schema = data_schema(&Registry::default()).expect("schema");
        let described = |value: &Value| value["description"].as_str().is_some_and(|d| !d.is_empty());
        let properties = &schema["properties"];
        for field in
            ["form", "executive_summary", "general_information", "civil_society", "results_and_challenges", "annexes"]
        {
            assert!(described(&properties[field]), "{field} undescribed: {}", properties[field]);
            let required = schema["required"].as_array().expect("required");
            assert!(!required.contains(&json!(field)), "{field} is required: old files would be refused");
        }
        let consts = |name: &str| -> Vec<Value> {
            let def = &schema["$defs"][name];
            let listed = def["oneOf"].as_array().map(|v| v.iter().map(|c| c["const"].clone()).collect());
            listed.or_else(|| def["enum"].as_array().cloned()).unwrap_or_default()
        };
        assert_eq!(consts("Form"), [json!("2012"), json!("2020")]);
        let general = &schema["$defs"]["GeneralInformation"];
        for field in
            ["ratification_date", "ratification_process", "ifcd_contribution", "point_of_contact", "prepared_by"]
        {
            assert!(described(&general["properties"][field]), "general_information.{field} undescribed: {general}");
        }
        assert_eq!(schema["$defs"]["Date"]["format"], "date");
        assert_eq!(schema["$defs"]["Contact"]["required"], json!(["name"]));
        // One text, or the form's parts.
        let results = schema["$defs"]["ResultsAndChallenges"].to_string();
        assert!(results.contains("#/$defs/Text") && results.contains("#/$defs/ResultsParts"), "{results}");
        assert_eq!(schema["$defs"]["Annex"]["required"], json!(["title", "kind"]));
        let measure = &schema["$defs"]["Measure"]["properties"];
        for field in ["chapter", "goals", "areas", "domains"] {
            assert!(described(&measure[field]), "measures[].{field} undescribed: {}", measure[field]);
        }
        assert_eq!(
            (schema["$defs"]["Goal"]["minimum"].clone(), schema["$defs"]["Goal"]["maximum"].clone()),
            (json!(1), json!(4))
        );
        assert_eq!(consts("Area").len(), 11);
        assert_eq!(consts("Chapter")[1], json!("international-cooperation"));
        assert!(consts("Domain").contains(&json!("multidomain")));
    }

    #[test]
    fn the_schema_documents_the_2020_form_s_fields() {
        let schema = data_schema(&Registry::default()).expect("schema");
        let described = |value: &Value| value["description"].as_str().is_some_and(|d| !d.is_empty());
        let properties = &schema["properties"];
        for field in ["monitoring", "civil_society_measures", "transversal_issues"] {
            assert!(described(&properties[field]), "{field} undescribed: {}", properties[field]);
        }
        assert_eq!(properties["civil_society_measures"]["items"]["$ref"], "#/$defs/Measure");
        // Keyed by area: a key outside the framework is refused by the schema too.
        let monitoring = properties["monitoring"].to_string();
        assert!(monitoring.contains("#/$defs/Area") && monitoring.contains("#/$defs/AreaMonitoring"), "{monitoring}");
        let measure = &schema["$defs"]["Measure"]["properties"];
        for field in ["website", "results_achieved", "partners", "evaluation", "financial_resources", "organization"] {
            assert!(described(&measure[field]), "measures[].{field} undescribed: {}", measure[field]);
        }
        assert_eq!(schema["$defs"]["Partner"]["required"], json!(["name"]));
        assert_eq!(schema["$defs"]["Evaluation"]["required"], json!(["evaluated"]));
        let resources = &schema["$defs"]["AllocatedResources"];
        assert_eq!(resources["required"], json!(["amount", "currency"]));
        assert_eq!(resources["properties"]["amount"]["type"], "string");
        let kinds = schema["$defs"]["PartnerKind"].to_string();
        for kind in ["public-sector", "private-sector", "civil-society"] {
            assert!(kinds.contains(kind), "{kinds}");
        }
        assert_eq!(schema["$defs"]["KeyQuestion"]["required"], json!(["question"]));
    }
}
