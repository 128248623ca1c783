//! Changes during the project (muutoshakemus, docs/rules.md §12.2): a change request's checks, and
//! the plan in force — an accepted later end makes later costs eligible and raises what may be
//! claimed, a rejected part changes nothing, money moved keeps the plan's total.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, LineId, RawDraft};
use hakemus::domain::grant::change::*;
use hakemus::domain::grant::claim::may_claim;
use hakemus::domain::grant::ledger::{call_of as ledger_call, check_entry, EntryContext};
use hakemus::domain::grant::model::{ChangeDecision, ChangeKind, MoveBy, Outcome, PartDecision, RawEntry, RawGrant};
use hakemus::domain::grant::review::review;
use hakemus::domain::rules::budget::Sums;
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::vocabulary::call::{self, CostCategory};
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::money::Money;
use time::Date;
/// A project of two municipalities, 1.3.2020–31.10.2021, planning 50 000,00 € of personnel
/// (applicant 1) and 20 000,00 € of purchased services (applicant 2), no VAT; granted 59 500 €.
fn grant() -> RawGrant {
    let mut d = RawDraft {
        call: call::DEFAULT_CALL.into(),
        ..RawDraft::default()
    };
    d.project.start = "1.3.2020".into();
    d.project.end = "31.10.2021".into();
    let a = d.add_applicant(ApplicantKind::Municipality);
    let b = d.add_applicant(ApplicantKind::Municipality);
    for (category, bearer, amount) in [("personnel", a, "50000"), ("purchased-services", b, "20000")] {
        let id = d.add_line();
        let l = d.budget.lines.iter_mut().find(|l| l.id == id).unwrap();
        l.category = category.into();
        l.bearer = bearer.to_string();
        l.description = "Työ".into();
        l.year = "2021".into();
        l.amount = amount.into();
        l.vat_rate = "0".into();
    }
    let mut g = RawGrant {
        id: "g".into(),
        application: d,
        ..RawGrant::default()
    };
    g.granted.amount = "59500.00".into();
    g.granted.call = call::DEFAULT_CALL.into();
    g.next_id = 100;
    g
}

fn decide(g: &mut RawGrant, request: LineId, outcomes: &[(Outcome, &str, &str)]) {
    let r = g.change_mut(request).unwrap();
    let parts = r
        .parts
        .iter()
        .zip(outcomes)
        .map(|(p, (outcome, end, amount))| PartDecision {
            part: p.id,
            outcome: *outcome,
            end: end.to_string(),
            amount: amount.to_string(),
            reason: "Perusteltu".into(),
        })
        .collect();
    r.decision = Some(ChangeDecision {
        decided_on: "2021-10-15".into(),
        decider: "Erityisasiantuntija".into(),
        parts,
    });
}

fn extension(g: &mut RawGrant, end: &str) -> LineId {
    let r = g.add_change_request();
    let p = g.change_mut(r).unwrap().parts[0].id;
    let part = g.change_part_mut(r, p).unwrap();
    part.end = end.into();
    part.reason = "Toimittajan viive".into();
    r
}

fn entry(g: &RawGrant, date: &str) -> RawEntry {
    RawEntry {
        id: 1,
        date: date.into(),
        voucher: "T-1".into(),
        category: "personnel".into(),
        bearer: g.application.applicants[0].id.to_string(),
        description: "Palkka".into(),
        net: "10000,00".into(),
        ..RawEntry::default()
    }
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
}

fn messages(g: &RawGrant) -> Vec<(Severity, ChangeMessage)> {
    check_changes(g).into_iter().map(|f| (f.severity, f.message)).collect()
}

#[test]
fn an_accepted_extension_makes_a_later_cost_eligible_and_raises_what_may_be_claimed() {
    let mut g = grant();
    let e = entry(&g, "15.12.2021");
    g.entries.push(e.clone());
    let before = check_entry(&e, &EntryContext::new(&g, ledger_call(&g)));
    assert!(!before.eligible, "outside 1.3.2020–31.10.2021");
    let r = extension(&mut g, "31.3.2022");
    // Asked, not yet decided: nothing changes.
    assert!(!check_entry(&e, &EntryContext::new(&g, ledger_call(&g))).eligible);
    let asked = review(&g, day(2022, 1, 1));
    decide(&mut g, r, &[(Outcome::Accepted, "", "")]);
    assert_eq!(schedule_in_force(&g).end, Some(day(2022, 3, 31)));
    let after = check_entry(&e, &EntryContext::new(&g, ledger_call(&g)));
    assert!(after.eligible, "{:?}", after.findings);
    // The claim: s = 85 %, G = 59 500,00, P = 0. Before: E = 0, may = 0. After: E = 10 000,00,
    // floor(0,85 × 10 000,00) = 8 500,00 ≤ G, may = 8 500,00.
    let g_amount = Money::from_cents(5_950_000);
    assert_eq!(asked.ledger.totals.eligible(), Money::ZERO);
    assert_eq!(
        may_claim(&asked.share, g_amount, asked.ledger.totals.eligible(), Money::ZERO),
        Some(Money::ZERO)
    );
    let r = review(&g, day(2022, 1, 1));
    let share = r.share;
    assert_eq!(r.ledger.totals.eligible(), Money::from_cents(1_000_000));
    assert_eq!(
        may_claim(&share, g_amount, r.ledger.totals.eligible(), Money::ZERO),
        Some(Money::from_cents(850_000))
    );
}

#[test]
fn a_rejected_part_changes_nothing() {
    let mut g = grant();
    let r = extension(&mut g, "31.3.2022");
    let plan = plan_in_force(&g);
    decide(&mut g, r, &[(Outcome::Rejected, "", "")]);
    assert_eq!(plan_in_force(&g), plan);
    assert_eq!(schedule_in_force(&g).end, Some(day(2021, 10, 31)));
    g.entries.push(entry(&g, "15.12.2021"));
    assert_eq!(review(&g, day(2022, 1, 1)).ledger.totals.eligible(), Money::ZERO);
}

#[test]
fn accepted_with_changes_puts_the_decisions_value_in_force() {
    let mut g = grant();
    let r = extension(&mut g, "31.3.2022");
    decide(&mut g, r, &[(Outcome::AcceptedWithChanges, "2022-01-31", "")]);
    assert_eq!(schedule_in_force(&g).end, Some(day(2022, 1, 31)));
    // The final report's deadline follows the later end (assumed); the call's date otherwise.
    assert_eq!(
        schedule_in_force(&g).final_report_by(day(2021, 11, 30)),
        day(2022, 1, 31)
    );
    assert_eq!(
        schedule_in_force(&grant()).final_report_by(day(2021, 11, 30)),
        day(2021, 11, 30)
    );
}

#[test]
fn moving_ten_thousand_between_categories_keeps_the_total() {
    let mut g = grant();
    let r = g.add_change_request();
    let p = g.change_mut(r).unwrap().parts[0].id;
    let part = g.change_part_mut(r, p).unwrap();
    part.kind = ChangeKind::MoveMoney;
    part.from = "personnel".into();
    part.to = "travel".into();
    part.amount = "10 000,00".into();
    part.reason = "Matkoja enemmän".into();
    assert_eq!(messages(&g), []);
    decide(&mut g, r, &[(Outcome::Accepted, "", "")]);
    let plan = plan_in_force(&g);
    let cat = |c| plan.budget.by_category.get(&c).map(|s: &Sums| s.net);
    // 50 000,00 − 10 000,00 = 40 000,00; 0 + 10 000,00; the total 70 000,00 as before.
    assert_eq!(cat(CostCategory::Personnel), Some(Money::from_cents(4_000_000)));
    assert_eq!(cat(CostCategory::Travel), Some(Money::from_cents(1_000_000)));
    assert_eq!(plan.budget.all.net, Money::from_cents(7_000_000));
    assert_eq!(plan.budget.eligible_base, Money::from_cents(7_000_000));
    let sum: Money = Money::sum(plan.budget.by_category.values().map(|s| s.net)).unwrap();
    assert_eq!(sum, Money::from_cents(7_000_000));
    // The interim report's plan columns read it.
    assert_eq!(hakemus::domain::grant::report::plan(&g), plan.budget);
}

#[test]
fn a_move_between_applicants_and_its_limits() {
    let mut g = grant();
    let (a, b) = (
        g.application.applicants[0].id.to_string(),
        g.application.applicants[1].id.to_string(),
    );
    let r = g.add_change_request();
    let p = g.change_mut(r).unwrap().parts[0].id;
    {
        let part = g.change_part_mut(r, p).unwrap();
        part.kind = ChangeKind::MoveMoney;
        part.by = MoveBy::Applicant;
        part.from = b.clone();
        part.to = a.clone();
        // Applicant 2 plans 20 000,00: 20 000,01 is more than it holds.
        part.amount = "20000,01".into();
    }
    assert_eq!(
        messages(&g),
        [
            (
                Severity::Error,
                ChangeMessage::AmountAboveHeld {
                    amount: Money::from_cents(2_000_001),
                    held: Money::from_cents(2_000_000)
                }
            ),
            (Severity::Error, ChangeMessage::ReasonRequired),
        ]
    );
    let part = g.change_part_mut(r, p).unwrap();
    part.amount = "5000".into();
    part.reason = "Työnjako muuttui".into();
    part.to = b.clone();
    assert_eq!(messages(&g), [(Severity::Error, ChangeMessage::FromIsTo)]);
    let part = g.change_part_mut(r, p).unwrap();
    part.to = "99".into();
    part.amount = "0".into();
    assert_eq!(
        messages(&g),
        [
            (Severity::Error, ChangeMessage::ToUnknown { typed: "99".into() }),
            (Severity::Error, ChangeMessage::AmountNotPositive)
        ]
    );
    let part = g.change_part_mut(r, p).unwrap();
    part.to = a.clone();
    part.amount = "5000".into();
    decide(&mut g, r, &[(Outcome::AcceptedWithChanges, "", "4000.00")]);
    let plan = plan_in_force(&g);
    // 50 000,00 + 4 000,00 and 20 000,00 − 4 000,00: the total 70 000,00 unchanged.
    assert_eq!(plan.budget.by_bearer[&a].net, Money::from_cents(5_400_000));
    assert_eq!(plan.budget.by_bearer[&b].net, Money::from_cents(1_600_000));
    assert_eq!(plan.budget.all.net, Money::from_cents(7_000_000));
}

#[test]
fn an_end_must_be_a_later_date_and_past_the_call_is_a_warning() {
    let mut g = grant();
    let r = extension(&mut g, "31.13.2021");
    assert_eq!(
        messages(&g),
        [(
            Severity::Error,
            ChangeMessage::EndInvalid {
                typed: "31.13.2021".into()
            }
        )]
    );
    let p = g.changes[0].parts[0].id;
    g.change_part_mut(r, p).unwrap().end = "31.10.2021".into();
    assert_eq!(
        messages(&g),
        [(
            Severity::Error,
            ChangeMessage::EndNotLater {
                end: day(2021, 10, 31),
                current: day(2021, 10, 31)
            }
        )]
    );
    g.change_part_mut(r, p).unwrap().end = "30.11.2021".into();
    assert_eq!(messages(&g), []);
    g.change_part_mut(r, p).unwrap().end = "1.12.2021".into();
    let f = check_changes(&g);
    assert_eq!(
        (f[0].severity, &f[0].message, f[0].source),
        (
            Severity::Warning,
            &ChangeMessage::EndAfterCall {
                end: day(2021, 12, 1),
                by: day(2021, 11, 30)
            },
            Some(Citation::DecisionSchedule)
        )
    );
    assert_eq!(f[0].place.dom_id(), format!("change-{r}-part-{p}-end"));
    assert_eq!(f[0].place.json_path(&g), "changes[0].parts[0].end");
    // A later request is checked against the end the earlier one put in force.
    decide(&mut g, r, &[(Outcome::Accepted, "", "")]);
    extension(&mut g, "30.11.2021");
    assert!(matches!(
        messages(&g)[..],
        [_, (Severity::Error, ChangeMessage::EndNotLater { .. })]
    ));
}

#[test]
fn a_part_without_reason_and_a_request_without_parts_are_errors() {
    let mut g = grant();
    let r = g.add_change_request();
    let part = &mut g.change_mut(r).unwrap().parts[0];
    part.kind = ChangeKind::Content;
    assert_eq!(
        messages(&g),
        [
            (Severity::Error, ChangeMessage::TextRequired),
            (Severity::Error, ChangeMessage::ReasonRequired)
        ]
    );
    g.change_mut(r).unwrap().parts.clear();
    assert_eq!(messages(&g), [(Severity::Error, ChangeMessage::NoParts)]);
    assert!(!ready_to_send(&check_changes(&g), r));
}

#[test]
fn a_stored_project_without_changes_still_opens() {
    let g = grant();
    let mut v: serde_json::Value = serde_json::to_value(&g).unwrap();
    v.as_object_mut().unwrap().remove("changes");
    let back: RawGrant = hakemus::domain::vocabulary::objects::from_str(&v.to_string()).unwrap();
    assert_eq!(back, g);
}
