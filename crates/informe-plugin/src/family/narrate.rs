//! The narrative of the common family data: metrics, sections and the summary sentence, in the
//! report's language, saying only what the data gives.
//!
//! The words are the SDK's family catalogue (`messages/family/*.ftl`); a plugin's own catalogue
//! overrides any message by defining the same id, so a family speaks in its own voice where it
//! wants ("projects-paragraph") and gets every other sentence for free.

use crate::catalog::{Arg, Catalog, Marked, Sources};
use crate::content::{Block, Cell, KeyFigure, Section};
use crate::exchange::{PluginError, Request, Response};
use crate::format::{Formatter, capitalize};
use crate::metric::{BENEFICIARY_PROJECTS, Metric, Quantity};
use crate::model::Period;

use super::{Call, Common, Count, SubPeriod};

/// The SDK's words for the common family data, in every language of the reports.
pub const FAMILY_MESSAGES: Sources = &[
    ("en", include_str!("../../messages/family/en.ftl")),
    ("es", include_str!("../../messages/family/es.ftl")),
    ("pt", include_str!("../../messages/family/pt.ftl")),
    ("fr", include_str!("../../messages/family/fr.ftl")),
];

/// Writes a family's narrative: the common data's, and the plugin's own through the same words.
#[derive(Debug)]
pub struct Narrator<'a> {
    request: &'a Request,
    own: Catalog,
    base: Catalog,
    fmt: Formatter,
    /// The party as running text writes it.
    country: String,
}

impl<'a> Narrator<'a> {
    /// A narrator for `request` with the plugin's catalogue `messages`, which should define
    /// `family-name` (the family's name for readers) and may override any message of the SDK's.
    pub fn new(request: &'a Request, messages: Sources) -> Result<Self, PluginError> {
        let context = &request.context;
        let locale = context.locale();
        let fmt = Formatter::new(locale);
        let country = fmt.country_in_text(&context.country, context.country_code.as_deref());
        Ok(Self {
            request,
            own: Catalog::new(messages, locale)?,
            base: Catalog::new(FAMILY_MESSAGES, locale)?,
            fmt,
            country,
        })
    }

    /// The formatter of the report's locale.
    pub fn formatter(&self) -> &Formatter {
        &self.fmt
    }

    /// The catalogue that has `id`: the plugin's, else the SDK's.
    ///
    /// A message in the report's language wins over one in English: a plugin that overrides a
    /// message in English only must not turn the SDK's translation of it into English.
    fn catalog(&self, id: &str) -> &Catalog {
        // The plugin's catalogue for the report's language, not its English fallback.
        let native = self.own.language() == self.base.language() && self.own.has_in_language(id);
        if native || (self.own.has(id) && !self.base.has_in_language(id)) { &self.own } else { &self.base }
    }

    /// The arguments every message may use: `$program`, `$country` (as running text writes it:
    /// "the Netherlands") and `$period` (the report's).
    fn args<'b>(&'b self, more: &[(&'b str, Arg<'b>)]) -> Vec<(&'b str, Arg<'b>)> {
        let mut args = vec![
            ("program", Arg::from(self.request.program.name.as_str())),
            ("country", Arg::from(self.country.as_str())),
            ("period", Arg::from(self.request.context.period)),
        ];
        // A later argument of the same name wins: a message about a sub-period gets its years.
        args.retain(|(name, _)| !more.iter().any(|(m, _)| m == name));
        args.extend(more.iter().cloned());
        args
    }

    /// The message `id`, with the common arguments and `args`.
    pub fn message(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog(id).message(id, &self.args(args))
    }

    /// The message `id` as a paragraph, its strong and emphasised parts kept.
    ///
    /// A sentence opens with a capital even when a qualified figure opens it ("More than 4 …").
    pub fn paragraph(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Block {
        let mut block = self.catalog(id).paragraph(id, &self.args(args));
        if let Block::Paragraph { spans } = &mut block
            && let Some(first) = spans.iter_mut().find(|s| !s.text.is_empty())
        {
            first.text = capitalize(&first.text);
        }
        block
    }

    /// The message `id` with its marks, to place inside another message.
    pub fn marked(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Marked {
        self.catalog(id).marked(id, &self.args(args))
    }

    /// The arguments of a counted figure: `$figure` as written with its qualifier ("more than
    /// 40"), `$count` for the plural form.
    pub fn counted(&self, count: &Count) -> [(&'static str, Arg<'static>); 2] {
        [("figure", self.fmt.figure(&count.figure()).into()), ("count", count.value.into())]
    }

    /// The metric `id` of a counted figure, labelled with the message `label` and carrying the
    /// figure's qualifier ("more than 40" stays a lower bound in the workbook).
    pub fn count_metric(&self, id: &str, label: &str, count: &Count) -> Metric {
        Metric::count(id, &self.message(label, &[]), count.value).qualified(count.qualifier)
    }

    /// Everything the common data says: one section, its metrics and, when the data gives
    /// projects, the summary sentence. Call [`finish`](Self::finish) once the plugin has added
    /// its own.
    pub fn narrate(&self, common: &Common) -> Response {
        let mut response = Response::default();
        let mut blocks = Vec::new();
        let feeds = Feeds::of(common);

        if let Some(projects) = &common.projects {
            let mut metric = Metric::count("projects", &self.message("projects-label", &[]), projects.value)
                .qualified(projects.qualifier);
            if feeds == Feeds::Total {
                metric = metric.feeds(BENEFICIARY_PROJECTS);
            }
            // A total the source counts over other years says them ("In 1998–2019, …").
            let mut args = self.counted(projects).to_vec();
            if let Some(period) = projects.period {
                metric = metric.during(period);
                args.push(("period", period.into()));
            }
            response.metrics.push(metric);
            blocks.push(self.paragraph("projects-paragraph", &args));
        }
        self.sub_periods(common, feeds == Feeds::SubPeriods, &mut blocks, &mut response.metrics);
        self.calls(common, feeds == Feeds::Calls, &mut blocks, &mut response.metrics);
        self.beneficiaries(common, &mut blocks, &mut response.metrics);
        self.countries(common, &mut blocks, &mut response.metrics);
        self.partners(common, &mut blocks, &mut response.metrics);
        self.meetings(common, &mut blocks, &mut response.metrics);
        if !common.achievements.is_empty() {
            blocks.push(Block::text(self.message("achievements-intro", &[])));
            blocks.push(Block::bullets(common.achievements.iter().map(ToString::to_string)));
        }
        if !blocks.is_empty() {
            response.sections.push(Section { title: self.message("section-title", &[]), blocks });
        }
        response.summary = self.summary(common);
        response
    }

    /// Puts the headline figures first in the first section, names the family, and keeps the
    /// plugin's summary or the common one.
    pub fn finish(&self, response: &mut Response, common: &Common) {
        let details = detail_ids(common);
        let items: Vec<KeyFigure> = response
            .metrics
            .iter()
            .filter(|m| !details.contains(&m.id) && !matches!(m.figure.quantity, Quantity::Text { .. }))
            .map(|m| KeyFigure { label: m.label.clone(), figure: m.figure.clone(), period: m.period })
            .collect();
        if !items.is_empty() {
            self.section(response).blocks.insert(0, Block::KeyFigures { items });
        }
        if self.own.has("family-name") {
            response.family_name = Some(self.own.text("family-name"));
        }
    }

    /// The first section of `response`, where a plugin adds its own blocks after the common
    /// ones: opened with the family's `section-title` when the common data gave nothing to say.
    pub fn section<'r>(&self, response: &'r mut Response) -> &'r mut Section {
        if response.sections.is_empty() {
            response.sections.push(Section::new(self.message("section-title", &[])));
        }
        &mut response.sections[0]
    }

    /// Puts a family's own blocks and figures right after the common projects sentence and
    /// figure, before the common tables and lists: a section reads from the programme's own
    /// results to the detail.
    pub fn place(&self, response: &mut Response, common: &Common, blocks: Vec<Block>, metrics: Vec<Metric>) {
        let after_projects = usize::from(common.projects.is_some());
        let at = after_projects.min(response.metrics.len());
        response.metrics.splice(at..at, metrics);
        if blocks.is_empty() {
            return;
        }
        let section = self.section(response);
        let at = after_projects.min(section.blocks.len());
        section.blocks.splice(at..at, blocks);
    }

    fn sub_periods(&self, common: &Common, feed: bool, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        let mut subs: Vec<&SubPeriod> = common.sub_periods.iter().collect();
        if subs.is_empty() {
            return;
        }
        subs.sort_by_key(|s| s.period.from);
        let mut rows = Vec::new();
        let mut paragraphs = Vec::new();
        for sub in &subs {
            let areas = sub.areas.iter().map(ToString::to_string).collect::<Vec<_>>();
            for (k, entry) in sub.supported.iter().enumerate() {
                let label = self.message("supported-label", &[("kind", capitalize(entry.kind.as_str()).into())]);
                let mut metric =
                    Metric::count(&format!("{}-supported-{}", slug(sub.period), k + 1), &label, entry.count.value)
                        .qualified(entry.count.qualifier)
                        .during(sub.period);
                if feed {
                    metric = metric.feeds(BENEFICIARY_PROJECTS);
                }
                metrics.push(metric);
                // Only a sub-period's first row names it, so its rows read as a group.
                let (period, listed) =
                    if k == 0 { (sub.period.to_string(), areas.join(", ")) } else { Default::default() };
                rows.push(vec![
                    period.into(),
                    listed.into(),
                    entry.kind.to_string().into(),
                    entry.count.figure().into(),
                ]);
            }
            if sub.supported.is_empty() {
                rows.push(vec![sub.period.to_string().into(), areas.join(", ").into(), "".into(), "".into()]);
            }
            if let Some(amount) = &sub.amount {
                let label = self.message("amount-label", &[]);
                metrics.push(
                    Metric::money(&format!("{}-amount", slug(sub.period)), &label, amount.amount, &amount.currency)
                        .qualified(amount.qualifier)
                        .during(sub.period),
                );
            }
            paragraphs.push(self.sub_period_paragraph(sub, &areas));
        }
        blocks.push(Block::Table {
            caption: Some(self.message("sub-periods-caption", &[])),
            columns: ["column-period", "column-areas", "column-supported", "column-number"]
                .map(|id| self.message(id, &[]))
                .to_vec(),
            rows,
        });
        blocks.extend(paragraphs);
    }

    fn sub_period_paragraph(&self, sub: &SubPeriod, areas: &[String]) -> Block {
        let with_areas: Arg = if areas.is_empty() { "no" } else { "yes" }.into();
        let mut args =
            vec![("period", Arg::from(sub.period)), ("with-areas", with_areas), ("areas", self.fmt.list(areas).into())];
        args.push(("with-amount", if sub.amount.is_some() { "yes" } else { "no" }.into()));
        args.push(("amount", sub.amount.as_ref().map(|a| self.fmt.figure(&a.figure())).unwrap_or_default().into()));
        if sub.supported.is_empty() {
            return self.paragraph("sub-period-areas", &args);
        }
        let total = Count::sum(sub.supported.iter().map(|s| &s.count)).unwrap_or_default();
        args.push(("supported", self.supported(sub).into()));
        args.push(("count", total.value.into()));
        self.paragraph("sub-period-paragraph", &args)
    }

    /// "**25** projects", one per supported entry, joined as a list.
    fn supported(&self, sub: &SubPeriod) -> Marked {
        let entries: Vec<Marked> = sub
            .supported
            .iter()
            .map(|e| {
                let [figure, count] = self.counted(&e.count);
                self.marked("counted", &[figure, count, ("kind", e.kind.as_str().into())])
            })
            .collect();
        self.fmt.list_marked(&entries)
    }

    fn calls(&self, common: &Common, feed: bool, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        if common.calls.is_empty() {
            return;
        }
        let mut rows = Vec::new();
        for (i, call) in common.calls.iter().enumerate() {
            let name = self.call_name(call);
            if let Some(projects) = &call.projects {
                let label = self.message("call-projects-label", &[("call", name.as_str().into())]);
                let mut metric = Metric::count(&format!("call-{}-projects", i + 1), &label, projects.value)
                    .qualified(projects.qualifier);
                if let Some(period) = call.period {
                    metric = metric.during(period);
                }
                if feed {
                    metric = metric.feeds(BENEFICIARY_PROJECTS);
                }
                metrics.push(metric);
            }
            if let Some(amount) = &call.amount {
                let label = self.message("call-amount-label", &[("call", name.as_str().into())]);
                let mut metric =
                    Metric::money(&format!("call-{}-amount", i + 1), &label, amount.amount, &amount.currency)
                        .qualified(amount.qualifier);
                if let Some(period) = call.period {
                    metric = metric.during(period);
                }
                metrics.push(metric);
            }
            let years = call.period.map(|p| p.to_string()).unwrap_or_default();
            let projects: Cell = call.projects.map_or_else(|| "".into(), |p| p.figure().into());
            let amount: Cell = call.amount.as_ref().map_or_else(|| "".into(), |a| a.figure().into());
            let name = call.name.as_ref().map(ToString::to_string).unwrap_or_default();
            rows.push(vec![name.into(), years.into(), projects, amount]);
        }
        blocks.push(Block::Table {
            caption: Some(self.message("calls-caption", &[])),
            columns: ["column-call", "column-period", "column-projects", "column-amount"]
                .map(|id| self.message(id, &[]))
                .to_vec(),
            rows,
        });
    }

    /// A call's name, else its years.
    fn call_name(&self, call: &Call) -> String {
        match (&call.name, call.period) {
            (Some(name), _) => name.to_string(),
            (None, Some(period)) => period.to_string(),
            (None, None) => String::new(),
        }
    }

    fn beneficiaries(&self, common: &Common, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        let mut groups = Vec::new();
        for (i, group) in common.beneficiaries.iter().enumerate() {
            let mut metric =
                Metric::count(&format!("beneficiaries-{}", i + 1), &capitalize(group.who.as_str()), group.count.value)
                    .qualified(group.count.qualifier);
            if let Some(period) = group.period {
                metric = metric.during(period);
            }
            metrics.push(metric);
            let [figure, count] = self.counted(&group.count);
            let dated = group.period.filter(|p| *p != self.request.context.period);
            groups.push(self.marked(
                "beneficiaries-group",
                &[
                    figure,
                    count,
                    ("who", group.who.as_str().into()),
                    ("dated", if dated.is_some() { "yes" } else { "no" }.into()),
                    ("years", dated.map(|p| p.to_string()).unwrap_or_default().into()),
                ],
            ));
        }
        if !groups.is_empty() {
            let total = Count::sum(common.beneficiaries.iter().map(|g| &g.count)).unwrap_or_default();
            blocks.push(self.paragraph(
                "beneficiaries-paragraph",
                &[("groups", self.fmt.list_marked(&groups).into()), ("count", total.value.into())],
            ));
        }
    }

    fn countries(&self, common: &Common, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        if common.countries.is_empty() {
            return;
        }
        let mut names: Vec<String> = Vec::new();
        // A country listed twice takes part once (`check` warns of the repeat).
        for (i, code) in common.countries.iter().enumerate() {
            if !common.countries[..i].iter().any(|c| c.eq_ignore_ascii_case(code)) {
                let name = self.fmt.country(code).unwrap_or_else(|| code.clone());
                names.push(self.fmt.country_in_text(&name, Some(code)));
            }
        }
        let count = names.len() as u64;
        metrics.push(Metric::count("countries", &self.message("countries-label", &[]), count));
        blocks.push(
            self.paragraph(
                "countries-paragraph",
                &[("count", count.into()), ("countries", self.fmt.list(&names).into())],
            ),
        );
    }

    fn partners(&self, common: &Common, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        if common.partners.is_empty() {
            return;
        }
        let count = common.partners.len() as u64;
        metrics.push(Metric::count("partners", &self.message("partners-label", &[]), count));
        blocks.push(self.paragraph("partners-intro", &[("count", count.into())]));
        blocks.push(Block::bullets(common.partners.iter().map(super::Partner::display)));
    }

    fn meetings(&self, common: &Common, blocks: &mut Vec<Block>, metrics: &mut Vec<Metric>) {
        if let Some(meetings) = &common.meetings {
            metrics.push(
                Metric::count("meetings", &self.message("meetings-label", &[]), meetings.count.value)
                    .qualified(meetings.count.qualifier),
            );
            let formats: Vec<String> = meetings.formats.iter().map(ToString::to_string).collect();
            let [figure, count] = self.counted(&meetings.count);
            blocks.push(self.paragraph(
                "meetings-paragraph",
                &[
                    figure,
                    count,
                    ("with-formats", if formats.is_empty() { "no" } else { "yes" }.into()),
                    ("formats", self.fmt.list(&formats).into()),
                ],
            ));
            if !meetings.topics.is_empty() {
                blocks.push(Block::text(self.message("topics-intro", &[("count", meetings.count.value.into())])));
                blocks.push(Block::bullets(meetings.topics.iter().map(ToString::to_string)));
            }
        }
        if let Some(alliances) = &common.alliances {
            metrics.push(
                Metric::count("alliances", &self.message("alliances-label", &[]), alliances.count.value)
                    .qualified(alliances.count.qualifier),
            );
            let [figure, count] = self.counted(&alliances.count);
            let with_partners = if alliances.partners.is_empty() { "no" } else { "yes" };
            blocks
                .push(self.paragraph("alliances-paragraph", &[figure, count, ("with-partners", with_partners.into())]));
            if !alliances.partners.is_empty() {
                blocks.push(Block::bullets(alliances.partners.iter().map(ToString::to_string)));
            }
        }
    }

    /// The sentence of the executive summary: the projects, else the support by sub-period, else
    /// the people benefited; `None` when the data counts none of them.
    fn summary(&self, common: &Common) -> Option<String> {
        let projects = match Feeds::of(common) {
            Feeds::Total => common.projects,
            Feeds::Calls => Count::sum(common.calls.iter().filter_map(|c| c.projects.as_ref())),
            Feeds::SubPeriods => return self.sub_periods_summary(common),
            Feeds::Nothing => None,
        };
        if let Some(projects) = projects {
            return Some(self.message("summary-projects", &self.counted(&projects)));
        }
        let groups: Vec<Marked> = common
            .beneficiaries
            .iter()
            .map(|g| {
                let [figure, count] = self.counted(&g.count);
                self.marked(
                    "beneficiaries-group",
                    &[figure, count, ("who", g.who.as_str().into()), ("dated", "no".into()), ("years", "".into())],
                )
            })
            .collect();
        let total = Count::sum(common.beneficiaries.iter().map(|g| &g.count))?;
        (!groups.is_empty()).then(|| {
            self.message(
                "summary-beneficiaries",
                &[("groups", self.fmt.list_marked(&groups).into()), ("count", total.value.into())],
            )
        })
    }

    /// "Through IBERMEDIA, 25 projects were supported in 2012–2013, and 8 projects … in 2014–2015."
    fn sub_periods_summary(&self, common: &Common) -> Option<String> {
        let mut subs: Vec<&SubPeriod> = common.sub_periods.iter().filter(|s| !s.supported.is_empty()).collect();
        subs.sort_by_key(|s| s.period.from);
        let clauses: Vec<Marked> = subs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let id = if i == 0 { "summary-first" } else { "summary-next" };
                let total = Count::sum(s.supported.iter().map(|e| &e.count)).unwrap_or_default();
                self.marked(
                    id,
                    &[
                        ("supported", self.supported(s).into()),
                        ("period", s.period.into()),
                        ("count", total.value.into()),
                    ],
                )
            })
            .collect();
        // Clauses are joined by the catalogue, not as a list: each already holds a list of its own.
        let mut clauses = clauses.into_iter();
        let first = clauses.next()?;
        let rest: Vec<Marked> = clauses.collect();
        let clauses = match rest.split_last() {
            None => first,
            Some((last, middle)) => {
                let join = |head: Marked, next: &Marked| {
                    self.marked("summary-join", &[("head", head.into()), ("next", next.clone().into())])
                };
                let head = middle.iter().fold(first, join);
                self.marked("summary-join-last", &[("head", head.into()), ("last", last.clone().into())])
            }
        };
        Some(self.message("summary-supported", &[("clauses", clauses.into())]))
    }
}

/// Which figures of the common data count toward the beneficiary-projects indicator: the total
/// when given, else the sub-periods' supported entries, else the calls' projects — never two of
/// them, which would count the same projects twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feeds {
    Total,
    SubPeriods,
    Calls,
    Nothing,
}

impl Feeds {
    fn of(common: &Common) -> Feeds {
        if common.projects.is_some() {
            Feeds::Total
        } else if common.sub_periods.iter().any(|s| !s.supported.is_empty()) {
            Feeds::SubPeriods
        } else if common.calls.iter().any(|c| c.projects.is_some()) {
            Feeds::Calls
        } else {
            Feeds::Nothing
        }
    }
}

/// The ids of the metrics that detail a sub-period or a call: shown in their tables, not as
/// headline figures.
fn detail_ids(common: &Common) -> Vec<String> {
    let mut ids = Vec::new();
    for sub in &common.sub_periods {
        ids.extend((1..=sub.supported.len()).map(|k| format!("{}-supported-{k}", slug(sub.period))));
        ids.push(format!("{}-amount", slug(sub.period)));
    }
    for i in 1..=common.calls.len() {
        ids.extend([format!("call-{i}-projects"), format!("call-{i}-amount")]);
    }
    ids
}

/// `2012-2013`, or `2014` for a single year: the stem of a sub-period's metric ids.
fn slug(period: Period) -> String {
    if period.from == period.to { period.from.to_string() } else { format!("{}-{}", period.from, period.to) }
}
