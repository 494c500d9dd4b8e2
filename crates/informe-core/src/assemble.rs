//! Assembles the document model the template reads: every text from data, every figure formatted.
//!
//! The template receives this model as a JSON file and shows its strings as text; nothing here
//! is markup, so data can contain any character without changing the document's structure.

use informe_plugin::format::Formatter;
use informe_plugin::{Block, Cell, Emphasis, Figure, Section};
use serde::Serialize;

use crate::aggregate::{self, FinanceTable, IndicatorValue, Total};
use crate::data::model::{
    AnnexKind, Chapter, Contribution, Form, Measure, Nature, Period, Program, Report, ResultsAndChallenges, Scope, Text,
};
use crate::diagnostic::Diagnostic;
use crate::process::{Processed, ProgramOutput};
use crate::summary::{self, ChartDoc};
use crate::words::Words;

/// Version of the document model; templates may check it.
pub const MODEL_VERSION: u32 = 1;

/// Everything the template shows.
#[derive(Debug, Serialize)]
pub struct Document {
    pub model_version: u32,
    pub meta: Meta,
    /// The form's sections besides the measures, and the measures' grouping under its chapters.
    pub form: FormDoc,
    pub measures: Vec<MeasureDoc>,
    /// Every measure in one table: its place in the form, agencies, programs and money.
    pub measures_table: crate::measures_table::TableDoc,
    /// Warnings shown in the report itself (e.g. a family without plugin).
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Meta {
    pub country: String,
    pub period: String,
    pub period_from: i32,
    pub period_to: i32,
    pub title: Option<String>,
    /// The issuing institution: identity, colours, logo, signatory.
    pub institution: Option<crate::institution::InstitutionDoc>,
    /// The report's date, written out in the report's language.
    pub date: Option<String>,
    pub language: String,
    /// BCP 47 locale of figures and dates, e.g. `es-MX`.
    pub locale: String,
    /// `informe` and its version, for the colophon.
    pub generator: String,
    /// Names of the programs, for the document keywords: as many as fit in [`KEYWORDS_CHARS`].
    pub programs: Vec<String>,
}

/// The report as the form lays it out. Texts are in paragraphs (split at blank lines); an empty
/// list or `None` is a section the data lacks, which the template shows as not reported.
#[derive(Debug, Serialize)]
pub struct FormDoc {
    /// The form the report follows, `2012` or `2020`.
    pub form: &'static str,
    /// The party's own executive summary; empty when it wrote none, and informe's summary of
    /// each measure (`MeasureDoc::summary`) stands in for it, marked as generated.
    pub executive_summary: Vec<String>,
    pub general_information: GeneralDoc,
    /// The chapters of measures, in the form's order, each with the indices of its measures in
    /// [`Document::measures`].
    pub chapters: Vec<ChapterDoc>,
    pub civil_society: Vec<String>,
    pub results_and_challenges: ResultsDoc,
    pub annexes: Vec<AnnexDoc>,
    /// The 2020 form's grouping under goals and areas and its other lists of measures; `None`
    /// in a report of the 2012 form.
    pub form2020: Option<crate::form2020::Form2020Doc>,
}

#[derive(Debug, Serialize)]
pub struct GeneralDoc {
    /// Written out in the report's language.
    pub ratification_date: Option<String>,
    pub ratification_process: Vec<String>,
    /// Formatted money.
    pub ifcd_contribution: Option<String>,
    pub point_of_contact: Option<ContactDoc>,
    pub prepared_by: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ContactDoc {
    pub name: String,
    /// Role, organization, address, email, phone and website, those given, in that order.
    pub details: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ChapterDoc {
    /// `cultural-policies`…; the template words it.
    pub key: &'static str,
    pub measures: Vec<usize>,
}

/// Main results and challenges: the party's one text, or the form's parts.
#[derive(Debug, Serialize)]
pub struct ResultsDoc {
    pub text: Vec<String>,
    pub results: Vec<String>,
    pub challenges: Vec<String>,
    pub solutions: Vec<String>,
    pub next_steps: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct AnnexDoc {
    pub title: String,
    /// `source`, `statistics` or `document`; the template words it.
    pub kind: &'static str,
    pub file: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct MeasureDoc {
    pub name: String,
    pub implementing_agencies: Vec<String>,
    pub framework: Option<String>,
    pub key_objectives: Option<String>,
    /// Keys (`local`, `regional`…); the template words them.
    pub scope: Vec<&'static str>,
    pub nature: Vec<&'static str>,
    pub main_feature: Option<String>,
    pub programs: Vec<ProgramDoc>,
    pub finances: FinanceDoc,
    pub indicators: Vec<IndicatorDoc>,
    /// Paragraphs of the executive summary, within the form's character limit.
    pub summary: Vec<String>,
    /// Contributions paid vs support received, one chart per currency.
    pub charts: Vec<ChartDoc>,
    /// The measure's fields of the 2020 form, which its layout shows.
    pub form2020: crate::form2020::MeasureFields,
}

#[derive(Debug, Serialize)]
pub struct ProgramDoc {
    pub id: String,
    pub name: String,
    /// The family's name in the report's language, as its plugin gives it; `None` without one
    /// (readers never see a family's id).
    pub family: Option<String>,
    /// The family's name (or, from a plugin that gives none, the plugin's) and the plugin's
    /// version; `None` when no plugin serves the family.
    pub plugin: Option<String>,
    pub results_expected: Option<String>,
    pub financial_statement: Option<String>,
    pub paid: Vec<AmountDoc>,
    pub received: Vec<AmountDoc>,
    pub conclusions: Option<String>,
    /// Footnotes not attached to an amount.
    pub notes: Vec<String>,
    pub sections: Vec<SectionDoc>,
    pub metrics: Vec<MetricDoc>,
    pub summary: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct AmountDoc {
    /// Qualifier and value: `approximately USD 240,000`.
    pub display: String,
    pub period: Option<String>,
    pub mode: Option<String>,
    /// Text of the footnote attached to the amount.
    pub footnote: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SectionDoc {
    pub title: String,
    pub blocks: Vec<BlockDoc>,
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum BlockDoc {
    Heading { text: String },
    Paragraph { spans: Vec<SpanDoc> },
    List { ordered: bool, items: Vec<Vec<SpanDoc>> },
    Table { caption: Option<String>, columns: Vec<String>, rows: Vec<Vec<CellDoc>> },
    KeyFigures { items: Vec<KeyFigureDoc> },
}

#[derive(Debug, Serialize)]
pub struct SpanDoc {
    pub text: String,
    /// `none`, `emph` or `strong`.
    pub emphasis: &'static str,
}

#[derive(Debug, Serialize)]
pub struct CellDoc {
    pub text: String,
    /// Figures align to the end of their column.
    pub figure: bool,
}

#[derive(Debug, Serialize)]
pub struct KeyFigureDoc {
    pub label: String,
    pub value: String,
    pub period: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct MetricDoc {
    pub label: String,
    pub value: String,
    pub period: Option<String>,
    /// Name of the indicator the metric counts toward.
    pub indicator: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FinanceDoc {
    pub rows: Vec<FinanceRow>,
    pub paid_totals: Vec<TotalDoc>,
    pub received_totals: Vec<TotalDoc>,
}

#[derive(Debug, Serialize)]
pub struct FinanceRow {
    pub program: String,
    pub paid: Vec<String>,
    pub received: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TotalDoc {
    pub currency: String,
    pub display: String,
    pub parts: usize,
}

#[derive(Debug, Serialize)]
pub struct IndicatorDoc {
    pub id: String,
    pub name: String,
    pub total: String,
    pub entries: Vec<IndicatorEntryDoc>,
}

#[derive(Debug, Serialize)]
pub struct IndicatorEntryDoc {
    pub program: String,
    pub label: String,
    pub value: String,
    pub period: Option<String>,
}

/// Builds the document of `report` from the plugins' output.
///
/// Returns the warnings found on the way (indicator tags the measure does not define).
pub fn document(report: &Report, processed: &Processed) -> (Document, Vec<Diagnostic>) {
    let fmt = Formatter::new(report.locale());
    let words = Words::new(report.locale());
    let mut warnings = Vec::new();
    // Every measure of the report, in the order of the plugins' outputs: the party's, then
    // those of civil society, then those of the transversal issues.
    let mut all: Vec<MeasureDoc> = report
        .all_measures()
        .zip(&processed.outputs)
        .map(|((at, measure), outputs)| {
            let (indicators, found) = aggregate::indicators(measure, outputs, &at);
            warnings.extend(found);
            let table = aggregate::finance_table(measure);
            let mut doc = measure_doc(&fmt, measure, &table, outputs, &indicators);
            let (summary, too_long) =
                summary::executive_summary(&fmt, &words, report, measure, &table, &indicators, outputs);
            warnings.extend(too_long);
            doc.summary = summary;
            doc.charts = summary::charts(&fmt, &words, &table);
            doc
        })
        .collect();
    let transversal = all.split_off((report.measures.len() + report.civil_society_measures.len()).min(all.len()));
    let civil_society = all.split_off(report.measures.len().min(all.len()));
    let measures = all;
    // The report itself shows only what is written in its language: the host's notice of a
    // program no plugin serves (unless the data states its figures). Every other warning (the
    // diagnostics of data, plugins and totals, in the tool's words) goes to the user, not to
    // the readers of the official document.
    let mut shown: Vec<String> = Vec::new();
    for ((_, measure), outputs) in report.all_measures().zip(&processed.outputs) {
        for (program, output) in measure.programs.iter().zip(outputs) {
            if output.plugin.is_none() && program.metrics.is_empty() {
                shown.push(words.message(
                    "warning-no-plugin",
                    &[("family", program.family.as_str().into()), ("program", program.name.as_str().into())],
                ));
            }
        }
    }
    let (mut form, found) = form_doc(&fmt, report);
    warnings.extend(found);
    if report.form == Form::Form2020 {
        form.form2020 = Some(crate::form2020::document(report, civil_society, transversal));
    }
    warnings.extend(summary::party_summary_length(report));
    let meta = Meta {
        country: report.country.clone(),
        period: report.period.to_string(),
        period_from: report.period.from,
        period_to: report.period.to,
        title: report.title.as_ref().map(Text::to_string),
        institution: None,
        date: None,
        language: report.language.clone(),
        locale: report.locale().to_owned(),
        generator: format!("informe {}", env!("CARGO_PKG_VERSION")),
        programs: keywords(report.measures.iter().flat_map(|m| &m.programs).map(|p| p.name.clone())),
    };
    let measures_table = crate::measures_table::document(&fmt, report);
    (Document { model_version: MODEL_VERSION, meta, form, measures, measures_table, warnings: shown }, warnings)
}

/// A text of the data in paragraphs: split at blank lines, each trimmed, none empty.
pub(crate) fn paragraphs(text: Option<&Text>) -> Vec<String> {
    let Some(text) = text else { return Vec::new() };
    let text = text.as_str().replace("\r\n", "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    out
}

/// The form's sections of `report`, and the warnings of its layout: a measure without a chapter
/// among measures with one (2012 form). The 2020 form's grouping is added by the caller.
fn form_doc(fmt: &Formatter, report: &Report) -> (FormDoc, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    // A file of measures alone names no chapter: its measures are informe's cooperation
    // programs, which the form reports under international cooperation. Once the data names
    // chapters, a measure left without one is placed there too, but not silently.
    let any_chapter = report.form == Form::Form2012 && report.measures.iter().any(|m| m.chapter.is_some());
    let chapter_of = crate::measures_table::reported_chapter;
    if any_chapter {
        for (i, measure) in report.measures.iter().enumerate().filter(|(_, m)| m.chapter.is_none()) {
            warnings.push(
                Diagnostic::warning(format!(
                    "the measure `{}` names no chapter while others do: it is reported under international cooperation",
                    measure.name
                ))
                .at_path(format!("measures[{i}]"))
                .with_hint(format!(
                    "add \"chapter\": one of {}",
                    Chapter::ALL.map(|c| format!("`{}`", c.key())).join(", ")
                )),
            );
        }
    }
    let chapters = Chapter::ALL
        .into_iter()
        .map(|chapter| ChapterDoc {
            key: chapter.key(),
            measures: (0..report.measures.len()).filter(|&i| chapter_of(&report.measures[i]) == chapter).collect(),
        })
        .collect();
    let general = report.general_information.as_ref();
    let contact = general.and_then(|g| g.point_of_contact.as_ref()).map(|c| ContactDoc {
        name: c.name.to_string(),
        details: [&c.role, &c.organization, &c.address]
            .into_iter()
            .flatten()
            .map(Text::to_string)
            .chain([&c.email, &c.phone, &c.website].into_iter().flatten().cloned())
            .filter(|line| !line.trim().is_empty())
            .collect(),
    });
    let general_information = GeneralDoc {
        ratification_date: general
            .and_then(|g| g.ratification_date)
            .map(|d| fmt.date(d.year, d.month, d.day).unwrap_or_else(|| d.to_string())),
        ratification_process: paragraphs(general.and_then(|g| g.ratification_process.as_ref())),
        ifcd_contribution: general
            .and_then(|g| g.ifcd_contribution.as_ref())
            .map(|money| fmt.money(&money.amount, &money.currency)),
        point_of_contact: contact,
        prepared_by: paragraphs(general.and_then(|g| g.prepared_by.as_ref())),
    };
    let results_and_challenges = match &report.results_and_challenges {
        Some(ResultsAndChallenges::Text(text)) => ResultsDoc {
            text: paragraphs(Some(text)),
            results: Vec::new(),
            challenges: Vec::new(),
            solutions: Vec::new(),
            next_steps: Vec::new(),
        },
        parts => {
            let part = |pick: fn(&crate::data::model::ResultsParts) -> Option<&Text>| match parts {
                Some(ResultsAndChallenges::Parts(parts)) => paragraphs(pick(parts)),
                _ => Vec::new(),
            };
            ResultsDoc {
                text: Vec::new(),
                results: part(|p| p.results.as_ref()),
                challenges: part(|p| p.challenges.as_ref()),
                solutions: part(|p| p.solutions.as_ref()),
                next_steps: part(|p| p.next_steps.as_ref()),
            }
        }
    };
    let doc = FormDoc {
        form: match report.form {
            Form::Form2012 => "2012",
            Form::Form2020 => "2020",
        },
        executive_summary: paragraphs(report.executive_summary.as_ref()),
        general_information,
        chapters,
        civil_society: paragraphs(report.civil_society.as_ref()),
        results_and_challenges,
        annexes: report
            .annexes
            .iter()
            .map(|a| AnnexDoc {
                title: a.title.to_string(),
                kind: match a.kind {
                    AnnexKind::Source => "source",
                    AnnexKind::Statistics => "statistics",
                    AnnexKind::Document => "document",
                },
                file: a.file.clone(),
            })
            .collect(),
        form2020: None,
    };
    (doc, warnings)
}

/// The most characters the PDF's keywords take: they are written as one PDF string, which PDF/A
/// caps at 32,767 bytes (a character may take four), so a report of many programs names as many
/// as fit.
pub const KEYWORDS_CHARS: usize = 6000;

/// The program names that fit in [`KEYWORDS_CHARS`], joined by `, ` as the PDF joins them.
fn keywords(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut used = 0;
    names
        .take_while(|name| {
            used += name.chars().count() + 2;
            used <= KEYWORDS_CHARS
        })
        .collect()
}

fn measure_doc(
    fmt: &Formatter,
    measure: &Measure,
    table: &FinanceTable<'_>,
    outputs: &[ProgramOutput],
    indicators: &[IndicatorValue],
) -> MeasureDoc {
    let total_doc = |t: &Total| TotalDoc {
        currency: t.currency.clone(),
        display: fmt.qualified(t.qualifier, &fmt.money(&t.amount, &t.currency)),
        parts: t.parts,
    };
    let amount = |c: &Contribution| fmt.qualified(c.qualifier, &fmt.money(&c.amount, &c.currency));
    MeasureDoc {
        name: measure.name.to_string(),
        implementing_agencies: measure.implementing_agencies.iter().map(Text::to_string).collect(),
        framework: measure.framework.as_ref().map(Text::to_string),
        key_objectives: measure.key_objectives.as_ref().map(Text::to_string),
        scope: measure.scope.iter().map(|s| scope_key(*s)).collect(),
        nature: measure.nature.iter().map(|n| nature_key(*n)).collect(),
        main_feature: measure.main_feature.as_ref().map(Text::to_string),
        programs: measure.programs.iter().zip(outputs).map(|(p, o)| program_doc(fmt, p, o, indicators)).collect(),
        finances: FinanceDoc {
            rows: table
                .rows
                .iter()
                .map(|r| FinanceRow {
                    program: r.program_name.to_owned(),
                    paid: r.paid.iter().map(amount).collect(),
                    received: r.received.iter().map(amount).collect(),
                })
                .collect(),
            paid_totals: table.totals.paid.iter().map(total_doc).collect(),
            received_totals: table.totals.received.iter().map(total_doc).collect(),
        },
        indicators: indicators
            .iter()
            .map(|i| IndicatorDoc {
                id: i.id.clone(),
                name: i.name.clone(),
                total: fmt.qualified(i.qualifier, &fmt.count(i.total)),
                entries: i
                    .entries
                    .iter()
                    .map(|e| IndicatorEntryDoc {
                        program: e.program_name.clone(),
                        label: e.label.clone(),
                        value: fmt.qualified(e.qualifier, &fmt.count(e.value)),
                        period: e.period.map(|p| p.to_string()),
                    })
                    .collect(),
            })
            .collect(),
        summary: Vec::new(),
        charts: Vec::new(),
        form2020: crate::form2020::measure_fields(fmt, measure),
    }
}

fn program_doc(
    fmt: &Formatter,
    program: &Program,
    output: &ProgramOutput,
    indicators: &[IndicatorValue],
) -> ProgramDoc {
    let footnote = |id: &Option<String>| {
        id.as_ref().and_then(|id| program.footnotes.iter().find(|f| &f.id == id)).map(|f| f.text.to_string())
    };
    let amount_doc = |c: &Contribution| AmountDoc {
        display: fmt.qualified(c.qualifier, &fmt.money(&c.amount, &c.currency)),
        period: c.period.map(|p| p.to_string()),
        mode: c.mode.as_ref().map(Text::to_string),
        footnote: footnote(&c.footnote),
    };
    let money = &program.financial_resources;
    let referenced: Vec<&str> =
        money.paid.iter().chain(&money.received).filter_map(|c| c.footnote.as_deref()).collect();
    let response = &output.response;
    ProgramDoc {
        id: program.id.clone(),
        name: program.name.clone(),
        family: response.family_name.clone(),
        plugin: output
            .plugin
            .as_ref()
            .map(|(name, version)| format!("{} {version}", response.family_name.as_deref().unwrap_or(name))),
        results_expected: program.results_expected.as_ref().map(Text::to_string),
        financial_statement: money.statement.as_ref().map(Text::to_string),
        paid: money.paid.iter().map(amount_doc).collect(),
        received: money.received.iter().map(amount_doc).collect(),
        conclusions: program.conclusions.as_ref().map(Text::to_string),
        notes: program
            .footnotes
            .iter()
            .filter(|f| !referenced.contains(&f.id.as_str()))
            .map(|f| f.text.to_string())
            .collect(),
        sections: response.sections.iter().map(|s| section_doc(fmt, s)).collect(),
        metrics: response
            .metrics
            .iter()
            .map(|m| MetricDoc {
                label: m.label.clone(),
                value: fmt.figure(&m.figure),
                period: m.period.map(|p: Period| p.to_string()),
                indicator: m.indicator.as_ref().map(|tag| {
                    indicators.iter().find(|i| &i.id == tag).map_or_else(|| tag.clone(), |i| i.name.clone())
                }),
            })
            .collect(),
        summary: response.summary.clone(),
    }
}

fn section_doc(fmt: &Formatter, section: &Section) -> SectionDoc {
    let spans = |spans: &[informe_plugin::Span]| {
        spans
            .iter()
            .map(|s| SpanDoc {
                text: s.text.clone(),
                emphasis: match s.emphasis {
                    Emphasis::None => "none",
                    Emphasis::Emph => "emph",
                    Emphasis::Strong => "strong",
                },
            })
            .collect::<Vec<_>>()
    };
    let cell = |c: &Cell| match c {
        Cell::Text(text) => CellDoc { text: text.clone(), figure: false },
        Cell::Figure(figure) => CellDoc { text: fmt.figure(figure), figure: true },
    };
    let blocks = section
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading { text } => BlockDoc::Heading { text: text.clone() },
            Block::Paragraph { spans: s } => BlockDoc::Paragraph { spans: spans(s) },
            Block::List { ordered, items } => {
                BlockDoc::List { ordered: *ordered, items: items.iter().map(|item| spans(item)).collect() }
            }
            Block::Table { caption, columns, rows } => BlockDoc::Table {
                caption: caption.clone(),
                columns: columns.clone(),
                rows: rows.iter().map(|row| row.iter().map(cell).collect()).collect(),
            },
            Block::KeyFigures { items } => BlockDoc::KeyFigures {
                items: items
                    .iter()
                    .map(|k| KeyFigureDoc {
                        label: k.label.clone(),
                        value: fmt.figure(&k.figure as &Figure),
                        period: k.period.map(|p| p.to_string()),
                    })
                    .collect(),
            },
        })
        .collect();
    SectionDoc { title: section.title.clone(), blocks }
}

fn scope_key(scope: Scope) -> &'static str {
    match scope {
        Scope::Local => "local",
        Scope::Regional => "regional",
        Scope::National => "national",
        Scope::International => "international",
    }
}

fn nature_key(nature: Nature) -> &'static str {
    match nature {
        Nature::Legislative => "legislative",
        Nature::Regulatory => "regulatory",
        Nature::Financial => "financial",
        Nature::Institutional => "institutional",
    }
}
