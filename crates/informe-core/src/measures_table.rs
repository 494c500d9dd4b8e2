//! The report-level table of measures, one row per measure, and the report's totals.
//!
//! A row holds the measure's place in the form, its agencies, how many programs implement it,
//! the resources the measure states as allocated to it (2020 form) and its programs' money per
//! currency. A measure's money is the per-currency totals of its financial table
//! ([`aggregate::totals`]), and the report's totals sum every program's amounts of the party's
//! measures the same way, so the table can never disagree with the measures' own tables;
//! allocated resources are totalled apart, per currency, never with what programs paid or
//! received. The 2020 form's other lists (civil society's measures, transversal issues) follow
//! the party's measures and its totals, each row knowing its [`List`]: what civil society
//! reports is shown, never added to the party's money. The PDF's table ([`TableDoc`]) and the workbook's Measures sheet both
//! come from [`rows`].

use informe_plugin::format::Formatter;
use serde::Serialize;

use crate::aggregate::{self, Total, Totals};
use crate::data::model::{Chapter, Form, Measure, Report, Text};

/// The chapter of the 2012 form a measure is reported under: its own, else international
/// cooperation, the chapter of the cooperation programs informe's families serve (a measure
/// without one among others that name theirs is warned about where the form is assembled).
pub fn reported_chapter(measure: &Measure) -> Chapter {
    measure.chapter.unwrap_or(Chapter::InternationalCooperation)
}

/// The list of the report a measure belongs to, in the order the report presents them
/// ([`Report::all_measures`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    /// The party's own measures (`measures`).
    Measures,
    /// Measures and initiatives reported by civil society organizations (2020 form).
    CivilSociety,
    /// Emerging transversal issues (2020 form).
    Transversal,
}

impl List {
    /// The list's field in the data, which is also the template's label naming it.
    pub fn key(self) -> &'static str {
        match self {
            List::Measures => "measures",
            List::CivilSociety => "civil_society_measures",
            List::Transversal => "transversal_issues",
        }
    }

    /// The template's label naming the list in the table.
    pub fn label(self) -> &'static str {
        match self {
            List::Measures => "measures_table_party",
            other => other.key(),
        }
    }
}

/// One measure's line of the table, before formatting.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The list the measure belongs to.
    pub list: List,
    /// The measure's index in its list (for the party's measures, in the document's measures).
    pub index: usize,
    pub measure: &'a Measure,
    pub chapter: Chapter,
    /// Paid and received per currency, in currency-code order.
    pub totals: Totals,
}

impl Row<'_> {
    /// Every currency of the measure's money, allocated, paid or received, in code order.
    pub fn currencies(&self) -> Vec<&str> {
        let allocated = self.measure.financial_resources.as_ref().map(|a| a.currency.as_str());
        let mut codes: Vec<&str> = self
            .totals
            .paid
            .iter()
            .chain(&self.totals.received)
            .map(|t| t.currency.as_str())
            .chain(allocated)
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

/// The lowest goal a measure serves; a measure tagged with none comes after every goal.
fn first_goal(measure: &Measure) -> u8 {
    measure.goals.iter().map(|g| g.number()).min().unwrap_or(u8::MAX)
}

/// The table's rows: the party's measures, then civil society's, then the transversal issues';
/// within each list in the order the form presents the measures (the 2012 form's chapters in its
/// order, the 2020 form's goals in theirs), the data's order within each.
pub fn rows(report: &Report) -> Vec<Row<'_>> {
    let lists = [
        (List::Measures, &report.measures),
        (List::CivilSociety, &report.civil_society_measures),
        (List::Transversal, &report.transversal_issues),
    ];
    let mut rows: Vec<Row<'_>> = lists
        .into_iter()
        .flat_map(|(list, measures)| {
            measures.iter().enumerate().map(move |(index, measure)| Row {
                list,
                index,
                measure,
                chapter: reported_chapter(measure),
                totals: aggregate::totals(measure),
            })
        })
        .collect();
    // The sort is stable: the data's order stays within a chapter or goal.
    match report.form {
        Form::Form2012 => rows.sort_by_key(|r| (r.list, r.chapter)),
        Form::Form2020 => rows.sort_by_key(|r| (r.list, first_goal(r.measure))),
    }
    rows
}

/// The money of the party's own measures, one total per currency: what their programs paid and
/// received. The other lists of the 2020 form (measures civil society reports, transversal
/// issues) are shown beside them, not added to the party's money; the workbook's Totals sheet
/// adds up the same programs.
pub fn report_totals(report: &Report) -> Totals {
    let programs = || report.measures.iter().flat_map(|m| &m.programs);
    Totals {
        paid: aggregate::sum_by_currency(programs().flat_map(|p| &p.financial_resources.paid)),
        received: aggregate::sum_by_currency(programs().flat_map(|p| &p.financial_resources.received)),
    }
}

/// The table as the template reads it; the template words the keys.
#[derive(Debug, Serialize)]
pub struct TableDoc {
    pub rows: Vec<RowDoc>,
    /// The totals of the party's own measures, one per currency, with the columns side by side.
    pub totals: Vec<CurrencyDoc>,
    /// Whether some measure states the resources allocated to it: the table then has their column.
    pub allocated: bool,
    /// Whether measures of other lists than the party's are in the table: each list then opens
    /// with a row naming it.
    pub grouped: bool,
}

#[derive(Debug, Serialize)]
pub struct RowDoc {
    /// The list the measure belongs to, by its field in the data (`civil_society_measures`).
    pub list: &'static str,
    /// The measure's index in its list (in the document's measures for the party's).
    pub measure: usize,
    pub name: String,
    /// The 2012 form's chapter it is reported under, e.g. `international-cooperation`.
    pub chapter: &'static str,
    /// The 2020 form's goals (1 to 4), areas of monitoring and cultural domains, by key.
    pub goals: Vec<u8>,
    pub areas: Vec<String>,
    pub domains: Vec<String>,
    /// The goals with the measure's areas under each, in the framework's order: the goals it
    /// lists, and the goal of any area it tags.
    pub places: Vec<PlaceDoc>,
    pub agencies: Vec<String>,
    pub programs: usize,
    /// One entry per currency of the measure's money, allocated, paid or received.
    pub money: Vec<CurrencyDoc>,
}

#[derive(Debug, Serialize)]
pub struct PlaceDoc {
    pub goal: u8,
    pub areas: Vec<String>,
}

/// The goals of `measure` with its areas under each.
fn places(measure: &Measure) -> Vec<PlaceDoc> {
    let mut goals: Vec<u8> =
        measure.goals.iter().map(|g| g.number()).chain(measure.areas.iter().map(|a| a.goal().number())).collect();
    goals.sort_unstable();
    goals.dedup();
    goals
        .into_iter()
        .map(|goal| PlaceDoc {
            goal,
            areas: measure.areas.iter().filter(|a| a.goal().number() == goal).map(key).collect(),
        })
        .collect()
}

/// Allocated, paid and received in one currency, each qualified and formatted; `None` when the
/// measure has no amount of that currency on that side.
#[derive(Debug, Serialize)]
pub struct CurrencyDoc {
    pub currency: String,
    pub allocated: Option<String>,
    pub paid: Option<String>,
    pub received: Option<String>,
}

/// A total as every figure of the report shows it: qualifier and money in the report's locale.
pub fn display(fmt: &Formatter, total: &Total) -> String {
    fmt.qualified(total.qualifier, &fmt.money(&total.amount, &total.currency))
}

fn by_currency(fmt: &Formatter, allocated: &[Total], totals: &Totals) -> Vec<CurrencyDoc> {
    let mut codes: Vec<&str> =
        allocated.iter().chain(&totals.paid).chain(&totals.received).map(|t| t.currency.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    let find = |list: &[Total], code: &str| list.iter().find(|t| t.currency == code).map(|t| display(fmt, t));
    codes
        .into_iter()
        .map(|code| CurrencyDoc {
            currency: code.to_owned(),
            allocated: find(allocated, code),
            paid: find(&totals.paid, code),
            received: find(&totals.received, code),
        })
        .collect()
}

/// A key of the data format (`media-diversity`), as serde writes the value.
pub fn key<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The table of `report`'s measures for the template.
pub fn document(fmt: &Formatter, report: &Report) -> TableDoc {
    let rows = rows(report);
    // A column for allocated resources when any row states them; totals of the party's own.
    let any_allocated = rows.iter().any(|r| r.measure.financial_resources.is_some());
    let allocated = aggregate::sum_by_currency(report.measures.iter().filter_map(|m| m.financial_resources.as_ref()));
    let grouped = rows.iter().any(|r| r.list != List::Measures);
    let totals = by_currency(fmt, &allocated, &report_totals(report));
    let rows = rows
        .into_iter()
        .map(|row| RowDoc {
            list: row.list.key(),
            measure: row.index,
            name: row.measure.name.to_string(),
            chapter: row.chapter.key(),
            goals: row.measure.goals.iter().map(|g| g.number()).collect(),
            areas: row.measure.areas.iter().map(key).collect(),
            domains: row.measure.domains.iter().map(key).collect(),
            places: places(row.measure),
            agencies: row.measure.implementing_agencies.iter().map(Text::to_string).collect(),
            programs: row.measure.programs.len(),
            money: by_currency(fmt, &aggregate::sum_by_currency(row.measure.financial_resources.as_ref()), &row.totals),
        })
        .collect();
    TableDoc { rows, totals, allocated: any_allocated, grouped }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(form: &str, measures: serde_json::Value) -> Report {
        serde_json::from_value(serde_json::json!({
            "country": "Ghana", "period": {"from": 2016, "to": 2019}, "language": "en", "form": form,
            "measures": measures,
        }))
        .expect("report")
    }

    fn program(id: &str, paid: serde_json::Value, received: serde_json::Value) -> serde_json::Value {
        serde_json::json!({"id": id, "name": id, "family": "film",
            "financial_resources": {"paid": paid, "received": received}})
    }

    #[test]
    fn rows_follow_the_form_and_sum_per_currency_with_qualifiers() {
        let measures = serde_json::json!([
            {"name": "Cooperation", "programs": [
                program("a", serde_json::json!([{"amount": "100", "currency": "USD"}]), serde_json::json!([])),
                program("b", serde_json::json!([{"amount": "50.5", "currency": "USD", "qualifier": "approximately"},
                                                {"amount": "10", "currency": "EUR"}]),
                        serde_json::json!([{"amount": "7", "currency": "EUR", "qualifier": "more-than"}])),
            ]},
            {"name": "Policy", "chapter": "cultural-policies", "implementing_agencies": ["Ministry"], "programs": [
                program("c", serde_json::json!([{"amount": "1", "currency": "USD"}]), serde_json::json!([])),
            ]},
        ]);
        let report = report("2012", measures);
        let doc = document(&Formatter::new("en"), &report);
        let names: Vec<&str> = doc.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Policy", "Cooperation"], "the chapters' order");
        assert_eq!((doc.rows[0].chapter, doc.rows[1].chapter), ("cultural-policies", "international-cooperation"));
        assert_eq!((doc.rows[0].measure, doc.rows[1].programs), (1, 2));
        let money: Vec<(&str, Option<&str>, Option<&str>)> =
            doc.rows[1].money.iter().map(|c| (c.currency.as_str(), c.paid.as_deref(), c.received.as_deref())).collect();
        assert_eq!(
            money,
            [
                ("EUR", Some("EUR\u{a0}10"), Some("more than EUR\u{a0}7")),
                ("USD", Some("approximately USD\u{a0}150.5"), None)
            ]
        );
        let totals: Vec<(&str, Option<&str>)> =
            doc.totals.iter().map(|c| (c.currency.as_str(), c.paid.as_deref())).collect();
        assert_eq!(totals, [("EUR", Some("EUR\u{a0}10")), ("USD", Some("approximately USD\u{a0}151.5"))]);
    }

    #[test]
    fn the_2020_form_orders_by_goal_and_keys_the_areas() {
        let report = report(
            "2020",
            serde_json::json!([
                {"name": "Untagged"},
                {"name": "Mobility", "goals": [2], "areas": ["mobility-of-artists"], "domains": ["music"]},
                {"name": "Sectors", "goals": [3, 1], "areas": ["cultural-and-creative-sectors"]},
            ]),
        );
        let doc = document(&Formatter::new("en"), &report);
        let rows: Vec<(&str, &[u8], &[String])> =
            doc.rows.iter().map(|r| (r.name.as_str(), r.goals.as_slice(), r.areas.as_slice())).collect();
        assert_eq!(rows[0].0, "Sectors");
        assert_eq!((rows[1].1, rows[1].2), (&[2u8][..], &["mobility-of-artists".to_owned()][..]));
        assert_eq!(rows[2].0, "Untagged");
        assert_eq!(doc.rows[1].domains, ["music"]);
        let places: Vec<(u8, &[String])> = doc.rows[0].places.iter().map(|p| (p.goal, p.areas.as_slice())).collect();
        assert_eq!(places, [(1, &["cultural-and-creative-sectors".to_owned()][..]), (3, &[][..])]);
        assert!(doc.rows[2].money.is_empty() && doc.totals.is_empty(), "no money, no currency");
    }

    #[test]
    fn allocated_resources_and_the_other_lists_follow_the_party_s_measures() {
        let mut data = report(
            "2020",
            serde_json::json!([
                {"name": "Fund", "goals": [2], "financial_resources": {"amount": "480000.00", "currency": "USD"},
                 "programs": [program("a", serde_json::json!([{"amount": "5", "currency": "EUR"}]), serde_json::json!([]))]},
                {"name": "Mobility", "goals": [1], "financial_resources":
                    {"amount": "27000", "currency": "USD", "qualifier": "approximately"}},
                {"name": "Law", "goals": [1]},
            ]),
        );
        let other = |name: &str, resources: serde_json::Value| -> Measure {
            serde_json::from_value(serde_json::json!({"name": name, "financial_resources": resources}))
                .expect("measure")
        };
        data.transversal_issues.push(other("Issue", serde_json::json!({"amount": "10", "currency": "MXN"})));
        data.civil_society_measures.push(other("Civil", serde_json::Value::Null));
        let doc = document(&Formatter::new("en"), &data);
        let rows: Vec<(&str, &str, usize)> = doc.rows.iter().map(|r| (r.list, r.name.as_str(), r.measure)).collect();
        assert_eq!(
            rows,
            [
                ("measures", "Mobility", 1),
                ("measures", "Law", 2),
                ("measures", "Fund", 0),
                ("civil_society_measures", "Civil", 0),
                ("transversal_issues", "Issue", 0)
            ]
        );
        assert!(doc.allocated && doc.grouped);
        let money = |c: &CurrencyDoc| (c.currency.clone(), c.allocated.clone(), c.paid.clone(), c.received.clone());
        let s = |t: &str| Some(t.to_owned());
        // The measure's own resources share its currency's line; its programs' money keeps its own.
        assert_eq!(
            doc.rows[2].money.iter().map(money).collect::<Vec<_>>(),
            [("EUR".to_owned(), None, s("EUR\u{a0}5"), None), ("USD".to_owned(), s("USD\u{a0}480,000.00"), None, None)]
        );
        assert!(doc.rows[1].money.is_empty() && doc.rows[3].money.is_empty());
        // Allocated totals per currency, qualifiers combined, never added to what programs paid;
        // the party's own: a transversal issue's resources are shown on its row, not totalled.
        assert_eq!(
            doc.totals.iter().map(money).collect::<Vec<_>>(),
            [
                ("EUR".to_owned(), None, s("EUR\u{a0}5"), None),
                ("USD".to_owned(), s("approximately USD\u{a0}507,000.00"), None, None)
            ]
        );
        assert_eq!(
            doc.rows[4].money.iter().map(money).collect::<Vec<_>>(),
            [("MXN".to_owned(), s("MXN\u{a0}10"), None, None)]
        );
        // Without other lists or allocated resources, the table stays as the 2012 form's.
        let plain = report("2012", serde_json::json!([{"name": "Cooperation"}]));
        let doc = document(&Formatter::new("en"), &plain);
        assert!(!doc.allocated && !doc.grouped);
    }
}
