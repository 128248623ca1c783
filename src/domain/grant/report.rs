//! The reports (docs/rules.md §11.4, §11.6). An interim report's figures for its period
//! ([`interim_report`]): the period's and the cumulative realised costs by category and by
//! applicant, VAT-free and VAT apart ("Kustannuksista on erikseen käytävä ilmi arvonlisäverottomat
//! kustannukset sekä arvonlisäveron määrä"), against the plan — the granted application's budget as
//! `rules::analysis` computes it ([`plan`]) — and each indicator's baseline and target (from the
//! application) with its value now (typed). Its findings are what decision 004 asks a report to say:
//! the progress and the stage of the intended impacts. [`against_plan`] and [`cumulative_by_month`]
//! are the series a chart of planned against realised needs, as plain data (the page draws them and
//! shows the same figures as a table). The final report's checks are [`check_final_report`].

use crate::domain::draft::LineId;
use crate::domain::grant::change::{plan_in_force, schedule_in_force};
use crate::domain::grant::finding::{FinalField, Finding, Message, Place, ReportField, Rule, Source};
use crate::domain::grant::ledger::{Accounts, Ledger, Month, Totals};
use crate::domain::grant::model::{RawGrant, RawInterimReport};
use crate::domain::grant::periods::period_range;
use crate::domain::grant::statement;
use crate::domain::rules::budget::{Sums, Totals as Plan};
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::grant_phase::{GrantCitation, GrantPhase};
use crate::domain::vocabulary::money::Money;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

/// The plan: the granted application's budget totals (by category, by bearer, by year), with the
/// money the accepted changes moved (the plan in force, docs/rules.md §12.2).
pub fn plan(grant: &RawGrant) -> Plan {
    plan_in_force(grant).budget
}

/// An indicator followed by the reports: from the application, with the value typed now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorRow {
    pub id: LineId,
    pub name: String,
    pub baseline: String,
    pub target: String,
    pub now: String,
}

/// A row of planned against realised (a category, or a bearer by the applicant's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow<K> {
    pub key: K,
    pub planned: Sums,
    pub realised: Sums,
}

/// An interim report's figures and findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterimFigures {
    pub report: LineId,
    /// The period's first and last day, where the report's period is one of the project's and its
    /// dates are in order.
    pub period: Option<(Date, Date)>,
    pub this_period: Totals,
    /// From the first entry to the period's last day.
    pub cumulative: Totals,
    pub indicators: Vec<IndicatorRow>,
    pub findings: Vec<Finding>,
}

impl InterimFigures {
    /// The cumulative realised costs by category against the plan.
    pub fn by_category(&self, plan: &Plan) -> Vec<PlanRow<CostCategory>> {
        against_plan(&plan.by_category, &self.cumulative.by_category)
    }

    /// The cumulative realised costs by applicant against the plan.
    pub fn by_bearer(&self, plan: &Plan) -> Vec<PlanRow<String>> {
        against_plan(&plan.by_bearer, &self.cumulative.by_bearer)
    }
}

/// Every key of the plan and of the realised sums, in order, with both (zero where one has none).
pub fn against_plan<K: Ord + Clone>(planned: &BTreeMap<K, Sums>, realised: &BTreeMap<K, Sums>) -> Vec<PlanRow<K>> {
    let keys: BTreeSet<&K> = planned.keys().chain(realised.keys()).collect();
    keys.into_iter()
        .map(|k| PlanRow {
            key: k.clone(),
            planned: planned.get(k).copied().unwrap_or_default(),
            realised: realised.get(k).copied().unwrap_or_default(),
        })
        .collect()
}

/// An interim report's figures for its period, and what it lacks.
pub fn interim_report(
    grant: &RawGrant,
    ledger: &Accounts,
    report: &RawInterimReport,
    phase: &GrantPhase,
) -> InterimFigures {
    let at = |field| Place::Report { id: report.id, field };
    let cite = Source::Grant(phase.reports_citation);
    let mut findings = Vec::new();
    let period = grant
        .periods
        .iter()
        .find(|p| p.id == report.period)
        .and_then(period_range);
    if period.is_none() {
        findings.push(Finding::error(
            Rule::InterimReportContent,
            at(ReportField::Period),
            Message::ReportPeriodUnknown,
        ));
    }
    if report.progress.trim().is_empty() {
        findings.push(
            Finding::error(
                Rule::InterimReportContent,
                at(ReportField::Progress),
                Message::ProgressRequired,
            )
            .cite(cite),
        );
    }
    if report.impacts.trim().is_empty() {
        findings.push(
            Finding::error(
                Rule::InterimReportContent,
                at(ReportField::Impacts),
                Message::ImpactsRequired,
            )
            .cite(cite),
        );
    }
    let indicators = indicator_rows(grant, &report.indicators);
    for row in indicators.iter().filter(|r| r.now.trim().is_empty()) {
        findings.push(
            Finding::warning(
                Rule::InterimReportContent,
                at(ReportField::Indicator(row.id)),
                Message::IndicatorValueAdvised { name: row.name.clone() },
            )
            .cite(cite),
        );
    }
    let (this_period, cumulative) = match period {
        Some((s, e)) => (
            ledger.between(grant, Some(s), Some(e)),
            ledger.between(grant, None, Some(e)),
        ),
        None => (Totals::default(), Totals::default()),
    };
    if this_period.overflow || cumulative.overflow {
        findings.push(Finding::error(Rule::TotalsFit, Place::Ledger, Message::TotalTooLarge));
    }
    InterimFigures {
        report: report.id,
        period,
        this_period,
        cumulative,
        indicators,
        findings,
    }
}

pub fn indicator_rows(grant: &RawGrant, values: &BTreeMap<LineId, String>) -> Vec<IndicatorRow> {
    grant
        .application
        .indicators
        .iter()
        .map(|i| IndicatorRow {
            id: i.id,
            name: i.name.clone(),
            baseline: i.baseline.clone(),
            target: i.target.clone(),
            now: values.get(&i.id).cloned().unwrap_or_default(),
        })
        .collect()
}

/// A month of the chart of planned against realised, both cumulative and VAT-free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthPoint {
    pub month: Month,
    pub planned: Money,
    pub realised: Money,
}

/// The months of the project's period, each with the planned and the realised VAT-free costs up to
/// its end. The plan is by year (a budget line's year): each year's planned amount is spread evenly
/// over the project's months in that year (rounded to the cent, each year's last month exact), an
/// assumption of the chart's, not a rule. Realised: every entry's net, eligible or not, by the
/// month it was booked (entries before the period count in its first month). Empty without a
/// period in order.
pub fn cumulative_by_month(grant: &RawGrant, plan: &Plan, ledger: &Ledger) -> Vec<MonthPoint> {
    let Some((start, end)) = schedule_in_force(grant).period() else {
        return Vec::new();
    };
    let mut months = Vec::new();
    let mut m: Month = (start.year(), u8::from(start.month()));
    let last: Month = (end.year(), u8::from(end.month()));
    while m <= last {
        months.push(m);
        m = if m.1 == 12 { (m.0 + 1, 1) } else { (m.0, m.1 + 1) };
    }
    let in_year = |y: i32| months.iter().filter(|m| m.0 == y).count() as i64;
    let mut before_year = Decimal::ZERO;
    let mut realised = Money::ZERO;
    let mut by_month = ledger.totals.by_month.iter().peekable();
    let mut out = Vec::with_capacity(months.len());
    let mut k = 0i64;
    for (i, &m) in months.iter().enumerate() {
        if i > 0 && months[i - 1].0 != m.0 {
            before_year += plan
                .by_year
                .get(&months[i - 1].0)
                .map_or(Decimal::ZERO, |s| s.net.as_decimal());
            k = 0;
        }
        k += 1;
        let year = plan.by_year.get(&m.0).map_or(Decimal::ZERO, |s| s.net.as_decimal());
        let spread = year * Decimal::from(k) / Decimal::from(in_year(m.0));
        let planned = Money::round(before_year + spread).unwrap_or(Money::ZERO);
        while let Some((_, s)) = by_month.next_if(|(bm, _)| **bm <= m) {
            realised = realised.checked_add(s.net).unwrap_or(realised);
        }
        out.push(MonthPoint {
            month: m,
            planned,
            realised,
        });
    }
    out
}

/// The final report's findings: the four descriptions decision 004 asks for, each indicator's final
/// value (a warning), the auditor's statement (required, a PDF within the call's limit by its size
/// and media type: `statement::check`; its content is verified where it comes in, not here on every
/// keystroke), and the date: sent after the call's date, or still unsent after it on `today`, is a warning.
pub fn check_final_report(grant: &RawGrant, phase: &GrantPhase, today: Date) -> Vec<Finding> {
    let r = &grant.final_report;
    let mut findings = Vec::new();
    let final_cite = Source::Grant(phase.final_report_citation);
    for (text, field, message, cite) in [
        (&r.impact, FinalField::Impact, Message::ImpactRequired, final_cite),
        (
            &r.ways_of_working,
            FinalField::WaysOfWorking,
            Message::WaysOfWorkingRequired,
            final_cite,
        ),
        (
            &r.usability,
            FinalField::Usability,
            Message::UsabilityRequired,
            Source::Grant(GrantCitation::ReportOfResults),
        ),
        (
            &r.work_and_results,
            FinalField::WorkAndResults,
            Message::WorkAndResultsRequired,
            final_cite,
        ),
    ] {
        if text.trim().is_empty() {
            findings.push(Finding::error(Rule::FinalReportContent, Place::Final(field), message).cite(cite));
        }
    }
    for row in indicator_rows(grant, &r.indicators)
        .iter()
        .filter(|r| r.now.trim().is_empty())
    {
        findings.push(Finding::warning(
            Rule::FinalReportContent,
            Place::Final(FinalField::Indicator(row.id)),
            Message::IndicatorValueAdvised { name: row.name.clone() },
        ));
    }
    let statement = match &r.auditor_statement {
        None => Some(Message::StatementRequired),
        Some(a) => statement::check(a, phase).err(),
    };
    if let Some(m) = statement {
        findings.push(
            Finding::error(Rule::FinalReportContent, Place::Final(FinalField::AuditorStatement), m).cite(final_cite),
        );
    }
    // The call's date, or an accepted later end (docs/rules.md §12.2, assumed).
    let by = schedule_in_force(grant).final_report_by(phase.final_report_by);
    let sent = r.sent_at.get(..10).and_then(parse_date);
    let late = match sent {
        Some(d) => d > by,
        None => today > by,
    };
    if late {
        findings.push(
            Finding::warning(
                Rule::FinalReportOnTime,
                Place::Final(FinalField::Sent),
                Message::FinalReportLate { by },
            )
            .cite(Source::Call(Citation::DecisionSchedule)),
        );
    }
    findings
}
