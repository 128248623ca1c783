//! Many applications at once, for reviewers (issue 5): one summary row per application, the total,
//! and the table as CSV that opens correctly in Finnish Excel. Pure: the UI and `hakemus-check`
//! give it drafts already imported with `exchange::import`. The CSV can carry the reviewers'
//! panel's columns as the page shows them (`summary_csv_with_panel`).

use crate::domain::draft::RawDraft;
use crate::domain::reviewer::panel::{ApplicationPanel, Standing};
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::applicants::display_name;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use rust_decimal::{Decimal, RoundingStrategy};

/// One application as the summary table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    /// Where it came from (the file's name).
    pub source: String,
    /// The lead applicant (hankehallinnoija); empty when not given.
    pub lead: String,
    pub partners: Vec<String>,
    /// Each applicant's municipality code in the register (lead first, then the partners; `None`
    /// for an authority or a text that names no municipality), as the application file carries it.
    pub codes: Vec<Option<String>>,
    pub project: String,
    /// Ids of the targets the application pursues.
    pub targets: Vec<String>,
    pub requested: Option<Money>,
    pub eligible_base: Money,
    /// Requested grant as a percentage of the eligible base, rounded half away from zero to two
    /// decimals; `None` without a request or a base.
    pub grant_percent: Option<Decimal>,
    pub errors: usize,
    pub warnings: usize,
}

pub fn summary_row(source: &str, draft: &RawDraft, analysis: &Analysis, lang: Lang) -> SummaryRow {
    let mut names = draft
        .applicants
        .iter()
        .map(|a| display_name(a, lang).unwrap_or_default());
    let lead = names.next().unwrap_or_default();
    let totals = &analysis.totals;
    let grant_percent = match totals.requested_grant {
        Some(r) if !totals.eligible_base.is_zero() => r
            .as_decimal()
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(totals.eligible_base.as_decimal()))
            .map(|p| p.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)),
        _ => None,
    };
    SummaryRow {
        source: source.to_string(),
        lead,
        partners: names.collect(),
        codes: draft
            .applicants
            .iter()
            .map(|a| crate::domain::formats::application::resolved(a).map(|m| m.code))
            .collect(),
        project: draft.project.name().to_string(),
        targets: draft.targets.clone(),
        requested: totals.requested_grant,
        eligible_base: totals.eligible_base,
        grant_percent,
        errors: analysis.errors().count(),
        warnings: analysis.warnings().count(),
    }
}

impl SummaryRow {
    /// The lead as the table shows it: its name and, for a municipality, its code ("Vieremä (925)").
    pub fn lead_with_code(&self) -> String {
        with_code(&self.lead, self.code(0))
    }
    /// The partners as the table shows them, each with its code where it has one.
    pub fn partners_with_codes(&self) -> String {
        let named: Vec<String> = (self.partners.iter().enumerate())
            .map(|(i, name)| with_code(name, self.code(i + 1)))
            .collect();
        named.join(", ")
    }
    fn code(&self, applicant: usize) -> Option<&str> {
        self.codes.get(applicant)?.as_deref()
    }
}

fn with_code(name: &str, code: Option<&str>) -> String {
    match code {
        Some(code) if !name.is_empty() => format!("{name} ({code})"),
        _ => name.to_string(),
    }
}

/// The total row: sums of the requested grants and eligible bases, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SummaryTotal {
    pub applications: usize,
    pub requested: Money,
    pub eligible_base: Money,
}

/// Takes any rows by reference (a slice, or rows inside the caller's own records).
pub fn summary_total<'a, I>(rows: I) -> Option<SummaryTotal>
where
    I: IntoIterator<Item = &'a SummaryRow>,
    I::IntoIter: Clone,
{
    let rows = rows.into_iter();
    Some(SummaryTotal {
        applications: rows.clone().count(),
        requested: Money::sum(rows.clone().filter_map(|r| r.requested))?,
        eligible_base: Money::sum(rows.map(|r| r.eligible_base))?,
    })
}

/// The column headings of the CSV, in the language.
pub struct CsvHeadings<'a> {
    pub source: &'a str,
    pub lead: &'a str,
    pub partners: &'a str,
    pub project: &'a str,
    pub requested: &'a str,
    pub eligible_base: &'a str,
    pub grant_percent: &'a str,
    pub errors: &'a str,
    pub warnings: &'a str,
    pub total: &'a str,
}

/// The panel's columns of the CSV, as the table on the page has them: one per other member of the
/// panel, in the panel's order, the mean, the spread, then the reviewer's own assessment; and the
/// words a cell may hold.
pub struct PanelHeadings<'a> {
    /// The other members' names, in the panel's order (the reviewer's own is `own`).
    pub members: &'a [String],
    pub mean: &'a str,
    pub spread: &'a str,
    pub own: &'a str,
    pub not_reviewed: &'a str,
    pub stood_aside: &'a str,
    /// After a partial total: "12 / 39 (kesken)".
    pub incomplete: &'a str,
    /// The others' scores and the mean and spread in blind mode, before the own scoring is done.
    pub hidden: &'a str,
}

/// The table as CSV for Excel in Finland: UTF-8 with a byte-order mark, `;` between fields, CRLF
/// line ends, decimal comma, no thousands separators (so cells are numbers), and a total row.
/// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a
/// leading apostrophe: the files come from outside, and a cell must never become a formula.
pub fn summary_csv<'a, I>(rows: I, h: &CsvHeadings<'_>) -> String
where
    I: IntoIterator<Item = &'a SummaryRow>,
    I::IntoIter: Clone,
{
    csv(rows.into_iter().map(|r| (r, Vec::new())), h, Vec::new())
}

/// [`summary_csv`] with the panel's columns after the others, as the page shows them: per
/// application its panel (`panel::application`, the reviewer's own member first) and whether the
/// other members' scores show (blind mode's rule, `panel::others_visible`). A complete total is a
/// number cell, a partial one "12 / 39 (kesken)"; the mean has two decimals; no mean or spread is
/// an empty cell.
pub fn summary_csv_with_panel<'a, I>(rows: I, h: &CsvHeadings<'_>, p: &PanelHeadings<'_>) -> String
where
    I: IntoIterator<Item = (&'a SummaryRow, &'a ApplicationPanel, bool)>,
    I::IntoIter: Clone,
{
    let mut extra = p.members.to_vec();
    extra.extend([p.mean, p.spread, p.own].map(String::from));
    csv(
        rows.into_iter().map(|(r, a, shown)| (r, panel_cells(p, a, shown))),
        h,
        extra,
    )
}

/// The table with `extra` columns after the summary's own: their headings, and per row its cells.
fn csv<'a, I>(rows: I, h: &CsvHeadings<'_>, extra: Vec<String>) -> String
where
    I: Iterator<Item = (&'a SummaryRow, Vec<String>)> + Clone,
{
    let mut out = String::from("\u{FEFF}");
    let mut line = |cells: &[String]| csv_line(&mut out, cells);
    let mut headings = [
        h.source,
        h.lead,
        h.partners,
        h.project,
        h.requested,
        h.eligible_base,
        h.grant_percent,
        h.errors,
        h.warnings,
    ]
    .map(String::from)
    .to_vec();
    let width = extra.len();
    headings.extend(extra);
    line(&headings);
    let amount = csv_amount;
    for (r, extra_cells) in rows.clone() {
        let mut cells = vec![
            r.source.clone(),
            r.lead.clone(),
            r.partners.join(", "),
            r.project.clone(),
            amount(r.requested),
            amount(Some(r.eligible_base)),
            r.grant_percent
                .map(|p| format!("{p:.2}").replace('.', ","))
                .unwrap_or_default(),
            r.errors.to_string(),
            r.warnings.to_string(),
        ];
        cells.extend(extra_cells);
        line(&cells);
    }
    if let Some(t) = summary_total(rows.map(|(r, _)| r)) {
        let mut cells = vec![
            format!("{} ({})", h.total, t.applications),
            String::new(),
            String::new(),
            String::new(),
            amount(Some(t.requested)),
            amount(Some(t.eligible_base)),
            String::new(),
            String::new(),
            String::new(),
        ];
        cells.resize(cells.len() + width, String::new());
        line(&cells);
    }
    out
}

/// One application's panel cells: the other members', the mean, the spread, the own.
fn panel_cells(p: &PanelHeadings<'_>, a: &ApplicationPanel, shown: bool) -> Vec<String> {
    let standing = |s: Option<&Standing>| match s {
        None | Some(Standing::NotReviewed) => p.not_reviewed.to_string(),
        Some(Standing::StoodAside { .. }) => p.stood_aside.to_string(),
        Some(Standing::Scored(t)) if t.is_complete() => t.points.to_string(),
        Some(Standing::Scored(t)) => format!("{} / {} ({})", t.points, t.max, p.incomplete),
    };
    let hidden = || p.hidden.to_string();
    let mut cells: Vec<String> = (1..=p.members.len())
        .map(|i| if shown { standing(a.standings.get(i)) } else { hidden() })
        .collect();
    if shown {
        cells.push(
            a.mean
                .map(|m| {
                    format!(
                        "{:.2}",
                        m.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                    )
                    .replace('.', ",")
                })
                .unwrap_or_default(),
        );
        cells.push(a.spread.map(|s| s.to_string()).unwrap_or_default());
    } else {
        cells.extend([hidden(), hidden()]);
    }
    cells.push(standing(a.standings.first()));
    cells
}

/// One CSV line: the cells guarded and quoted, `;` between them, CRLF at the end.
pub(crate) fn csv_line(out: &mut String, cells: &[String]) {
    let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
    out.push_str(&cells.join(";"));
    out.push_str("\r\n");
}

/// An amount as a number cell: decimal comma, no thousands separators; empty for none.
pub(crate) fn csv_amount(m: Option<Money>) -> String {
    m.map(|m| m.format_plain().replace('.', ",")).unwrap_or_default()
}

fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}
