//! The grant's rules that no other suite names, as a table (docs/rules.md §11): each row changes
//! Kiuruvesi's case A (`tests/common/grant.rs`, with its periods and one complete interim report)
//! in one way, and the review must then say exactly one thing of that kind — its rule, severity,
//! place on the page and path in the record — where case A says nothing of it. The share's two
//! readings (`Share::of`) follow: the decision's own ratio, and the fallback without a planned base.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::grant::finding::{ClaimField, FinalField, Finding, Message, Place, ReportField, Rule, Source};
use hakemus::domain::grant::model::{RawClaim, RawGrant, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::grant::review::review;
use hakemus::domain::grant::settlement::Share;
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::grant_phase::{self, GrantPhase, ShareSetting};
use hakemus::domain::vocabulary::money::{Money, MoneyError};
use rust_decimal::Decimal;
use std::str::FromStr;
use time::macros::date;
use time::Date;

mod common;

use common::grant::case_a;

/// A day after the call's final report date (30.11.2021): a report still unsent is late on it.
const AFTER: Date = date!(2021 - 12 - 01);

fn phase() -> &'static GrantPhase {
    grant_phase::for_call(call::DEFAULT_CALL).unwrap()
}

/// Case A with the project's default periods and a complete interim report on the first one.
fn base() -> RawGrant {
    let mut g = case_a();
    let periods = fill_default_periods(&mut g, phase().report_every_months);
    assert_eq!(periods.len(), 5, "1.3.2020–31.10.2021 in four-month periods");
    let id = g.take_id();
    let indicators = g
        .application
        .indicators
        .iter()
        .map(|i| (i.id, "40 %".to_string()))
        .collect();
    g.reports.push(RawInterimReport {
        id,
        period: periods[0],
        progress: "Lomakkeet on kartoitettu.".into(),
        impacts: "Käsittelyaikoja mitataan.".into(),
        indicators,
        sent_at: String::new(),
    });
    g
}

/// One row: what changes, on which day the review is made, and what it must then say.
struct Row {
    name: &'static str,
    change: fn(&mut RawGrant),
    today: Date,
    rule: Rule,
    severity: Severity,
    place: fn(&RawGrant) -> Place,
    path: &'static str,
    /// The message exactly, from the changed project (no message of its kind may be in the base).
    message: fn(&RawGrant) -> Message,
}

fn claim(g: &RawGrant, i: usize, field: ClaimField) -> Place {
    Place::Claim {
        id: g.claims[i].id,
        field,
    }
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "a claim that is not the last needs its day",
            change: |g| g.claims[0].until = "  ".into(),
            today: AFTER,
            rule: Rule::Claim,
            severity: Severity::Error,
            place: |g| claim(g, 0, ClaimField::Until),
            path: "claims[0].until",
            message: |_| Message::ClaimUntilRequired,
        },
        Row {
            name: "a claim's amount that is not one",
            change: |g| g.claims[1].amount = "70 000,001".into(),
            today: AFTER,
            rule: Rule::Format,
            severity: Severity::Error,
            place: |g| claim(g, 1, ClaimField::Amount),
            path: "claims[1].amount",
            message: |_| Message::ClaimAmountInvalid {
                typed: "70 000,001".into(),
                reason: MoneyError::TooManyDecimals,
            },
        },
        Row {
            name: "a claim after the last one",
            change: |g| {
                let id = g.take_id();
                g.claims.push(RawClaim {
                    id,
                    until: "31.10.2021".into(),
                    ..RawClaim::default()
                });
            },
            today: AFTER,
            rule: Rule::Claim,
            severity: Severity::Error,
            place: |g| claim(g, 3, ClaimField::Last),
            path: "claims[3].last",
            message: |_| Message::ClaimAfterLast,
        },
        Row {
            name: "what was paid is not an amount",
            change: |g| g.claims[0].paid = "60 000,00 €€".into(),
            today: AFTER,
            rule: Rule::Format,
            severity: Severity::Error,
            place: |g| claim(g, 0, ClaimField::Paid),
            path: "claims[0].paid",
            message: |g| Message::PaidInvalid {
                typed: g.claims[0].paid.clone(),
                reason: Money::parse(&g.claims[0].paid).unwrap_err(),
            },
        },
        Row {
            name: "when it was paid is not a date",
            change: |g| g.claims[1].paid_on = "31.2.2021".into(),
            today: AFTER,
            rule: Rule::Format,
            severity: Severity::Error,
            place: |g| claim(g, 1, ClaimField::PaidOn),
            path: "claims[1].paid_on",
            message: |_| Message::PaidOnInvalid {
                typed: "31.2.2021".into(),
            },
        },
        Row {
            name: "the ministry paid a cent more than the claim asked",
            change: |g| g.claims[0].paid = "60 000,01".into(),
            today: AFTER,
            rule: Rule::Claim,
            severity: Severity::Warning,
            place: |g| claim(g, 0, ClaimField::Paid),
            path: "claims[0].paid",
            message: |_| Message::PaidAboveAsked {
                paid: Money::from_cents(6_000_001),
                asked: Money::from_cents(6_000_000),
            },
        },
        Row {
            name: "the final report sent a day after the call's date",
            change: |g| g.final_report.sent_at = "2021-12-01T08:00:00Z".into(),
            today: date!(2021 - 12 - 02),
            rule: Rule::FinalReportOnTime,
            severity: Severity::Warning,
            place: |_| Place::Final(FinalField::Sent),
            path: "final_report.sent_at",
            message: |_| Message::FinalReportLate {
                by: date!(2021 - 11 - 30),
            },
        },
        Row {
            name: "the final report still unsent a day after the call's date",
            change: |g| g.final_report.sent_at.clear(),
            today: AFTER,
            rule: Rule::FinalReportOnTime,
            severity: Severity::Warning,
            place: |_| Place::Final(FinalField::Sent),
            path: "final_report.sent_at",
            message: |_| Message::FinalReportLate {
                by: date!(2021 - 11 - 30),
            },
        },
        Row {
            name: "the final report without the auditor's statement",
            change: |g| g.final_report.auditor_statement = None,
            today: AFTER,
            rule: Rule::FinalReportContent,
            severity: Severity::Error,
            place: |_| Place::Final(FinalField::AuditorStatement),
            path: "final_report.auditor_statement",
            message: |_| Message::StatementRequired,
        },
        Row {
            name: "the final report without its impact",
            change: |g| g.final_report.impact = " \n".into(),
            today: AFTER,
            rule: Rule::FinalReportContent,
            severity: Severity::Error,
            place: |_| Place::Final(FinalField::Impact),
            path: "final_report.impact",
            message: |_| Message::ImpactRequired,
        },
        Row {
            name: "the final report without the changed ways of working",
            change: |g| g.final_report.ways_of_working.clear(),
            today: AFTER,
            rule: Rule::FinalReportContent,
            severity: Severity::Error,
            place: |_| Place::Final(FinalField::WaysOfWorking),
            path: "final_report.ways_of_working",
            message: |_| Message::WaysOfWorkingRequired,
        },
        Row {
            name: "the final report without the results' usability elsewhere",
            change: |g| g.final_report.usability.clear(),
            today: AFTER,
            rule: Rule::FinalReportContent,
            severity: Severity::Error,
            place: |_| Place::Final(FinalField::Usability),
            path: "final_report.usability",
            message: |_| Message::UsabilityRequired,
        },
        Row {
            name: "the final report without the work done and its results",
            change: |g| g.final_report.work_and_results = "\t".into(),
            today: AFTER,
            rule: Rule::FinalReportContent,
            severity: Severity::Error,
            place: |_| Place::Final(FinalField::WorkAndResults),
            path: "final_report.work_and_results",
            message: |_| Message::WorkAndResultsRequired,
        },
        Row {
            name: "an interim report whose period is gone",
            change: |g| {
                let gone = g.reports[0].period;
                g.periods.retain(|p| p.id != gone);
            },
            today: AFTER,
            rule: Rule::InterimReportContent,
            severity: Severity::Error,
            place: |g| Place::Report {
                id: g.reports[0].id,
                field: ReportField::Period,
            },
            path: "reports[0].period",
            message: |_| Message::ReportPeriodUnknown,
        },
        Row {
            name: "an interim report whose period's dates are out of order",
            change: |g| {
                let p = g.reports[0].period;
                let p = g.periods.iter_mut().find(|r| r.id == p).unwrap();
                p.end = "29.2.2020".into();
            },
            today: AFTER,
            rule: Rule::InterimReportContent,
            severity: Severity::Error,
            place: |g| Place::Report {
                id: g.reports[0].id,
                field: ReportField::Period,
            },
            path: "reports[0].period",
            message: |_| Message::ReportPeriodUnknown,
        },
        Row {
            name: "an interim report without its progress",
            change: |g| g.reports[0].progress = "   ".into(),
            today: AFTER,
            rule: Rule::InterimReportContent,
            severity: Severity::Error,
            place: |g| Place::Report {
                id: g.reports[0].id,
                field: ReportField::Progress,
            },
            path: "reports[0].progress",
            message: |_| Message::ProgressRequired,
        },
        Row {
            name: "an interim report without the impacts' stage",
            change: |g| g.reports[0].impacts.clear(),
            today: AFTER,
            rule: Rule::InterimReportContent,
            severity: Severity::Error,
            place: |g| Place::Report {
                id: g.reports[0].id,
                field: ReportField::Impacts,
            },
            path: "reports[0].impacts",
            message: |_| Message::ImpactsRequired,
        },
        Row {
            name: "a decision of a call whose grant phase we do not know",
            change: |g| g.granted.call = "vm-2019-tiedolla-johtaminen".into(),
            today: AFTER,
            rule: Rule::GrantKnown,
            severity: Severity::Error,
            place: |_| Place::Granted,
            path: "granted.amount",
            message: |_| Message::UnknownCall {
                id: "vm-2019-tiedolla-johtaminen".into(),
            },
        },
        Row {
            name: "a decision whose amount is not one",
            change: |g| g.granted.amount = "181 500 euroa".into(),
            today: AFTER,
            rule: Rule::GrantKnown,
            severity: Severity::Error,
            place: |_| Place::Granted,
            path: "granted.amount",
            message: |_| Message::GrantInvalid {
                typed: "181 500 euroa".into(),
            },
        },
    ]
}

/// The findings whose message is of the same kind (variant) as `message`.
fn of_kind<'a>(findings: impl Iterator<Item = &'a Finding>, message: &Message) -> Vec<&'a Finding> {
    let kind = std::mem::discriminant(message);
    findings
        .filter(|f| std::mem::discriminant(&f.message) == kind)
        .collect()
}

#[test]
fn case_a_with_its_report_has_no_error() {
    let g = base();
    let r = review(&g, AFTER);
    assert_eq!(r.errors().count(), 0, "{:#?}", r.errors().collect::<Vec<_>>());
    assert_eq!(r.reports.len(), 1);
    assert!(r.reports[0].period.is_some());
}

#[test]
fn each_change_of_case_a_is_found_by_its_rule_at_its_field() {
    let rows = rows();
    let mut failed = Vec::new();
    for row in &rows {
        let mut g = base();
        (row.change)(&mut g);
        let message = (row.message)(&g);
        let none = review(&base(), row.today);
        let there = of_kind(none.all_findings(), &message);
        if !there.is_empty() {
            failed.push(format!("{}: case A already says {there:#?}", row.name));
            continue;
        }
        let r = review(&g, row.today);
        let found = of_kind(r.all_findings(), &message);
        let [f] = found.as_slice() else {
            failed.push(format!("{}: expected one finding, got {found:#?}", row.name));
            continue;
        };
        let want = (row.rule, row.severity, (row.place)(&g), row.path.to_string(), message);
        let got = (f.rule, f.severity, f.place, f.place.json_path(&g), f.message.clone());
        if got != want {
            failed.push(format!("{}: expected {want:?}, got {got:?}", row.name));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} rows:\n{}",
        failed.len(),
        rows.len(),
        failed.join("\n")
    );
}

/// Each branch of the final report's date is exclusive at the call's date: sent on 30.11.2021, or
/// unsent on that day, is on time.
#[test]
fn the_final_report_is_on_time_up_to_the_calls_date_itself() {
    let late = |g: &RawGrant, today| {
        review(g, today)
            .all_findings()
            .filter(|f| matches!(f.message, Message::FinalReportLate { .. }))
            .count()
    };
    let mut g = base();
    g.final_report.sent_at = "2021-11-30T23:59:00Z".into();
    assert_eq!(late(&g, date!(2022 - 01 - 01)), 0, "sent on the day");
    g.final_report.sent_at.clear();
    assert_eq!(late(&g, date!(2021 - 11 - 30)), 0, "unsent on the day");
    assert_eq!(late(&g, AFTER), 1, "unsent the day after");
    // A report sent in time stays in time however late the review is made.
    g.final_report.sent_at = "2021-11-25T10:00:00Z".into();
    assert_eq!(late(&g, date!(2030 - 01 - 01)), 0);
}

fn decision_ratio_phase() -> GrantPhase {
    GrantPhase {
        share: ShareSetting::DecisionRatio,
        share_assumed: false,
        ..phase().clone()
    }
}

/// Under the decision's own ratio the share is the grant over the application's planned eligible
/// costs (213 552,95 €), applied exactly: the whole plan gives the whole grant.
#[test]
fn the_decision_ratio_is_the_grant_over_the_planned_eligible_costs() {
    let g = case_a();
    let profile = call::by_id(call::DEFAULT_CALL).unwrap();
    let granted = Money::from_cents(18_150_000);
    let (share, finding) = Share::of(&g, granted, profile, &decision_ratio_phase());
    assert_eq!(finding, None);
    assert_eq!(share.setting, ShareSetting::DecisionRatio);
    assert!(!share.assumed, "the phase's own word");
    assert_eq!(share.numerator, Decimal::from_str("181500.00").unwrap());
    assert_eq!(share.denominator, Decimal::from_str("213552.95").unwrap());
    assert_eq!(share.apply(Money::from_cents(21_355_295)), Some(granted));
    // 181 500 × 200 000,04 ÷ 213 552,95 = 169 981,2962… → 169 981,29 (case A's eligible costs).
    assert_eq!(
        share.apply(Money::from_cents(20_000_004)),
        Some(Money::from_cents(16_998_129))
    );
    // The call's setting gives the call's 85 %, without a finding.
    let (share, finding) = Share::of(&g, granted, profile, phase());
    assert_eq!(finding, None);
    assert_eq!(share.setting, ShareSetting::CallMaximum);
    assert_eq!(share.as_decimal(), Some(Decimal::from_str("0.85").unwrap()));
}

/// Without planned eligible costs the ratio cannot be computed: the call's maximum is applied and
/// a warning says so, citing the payment passage.
#[test]
fn the_decision_ratio_without_a_planned_base_falls_back_to_the_calls_maximum_and_says_so() {
    let mut g = case_a();
    g.application.budget.lines.clear();
    let profile = call::by_id(call::DEFAULT_CALL).unwrap();
    let p = decision_ratio_phase();
    let (share, finding) = Share::of(&g, Money::from_cents(18_150_000), profile, &p);
    assert_eq!(share, Share::call_maximum(profile, false));
    assert_eq!(
        finding,
        Some(
            Finding::warning(Rule::Share, Place::Granted, Message::NoPlannedBase)
                .cite(Source::Grant(p.payment_citation))
        )
    );
    assert_eq!(finding.unwrap().place.json_path(&g), "granted.amount");
}
