//! The ministry deciding a change request (`reviewer::change_decision`, docs/rules.md §12.2): what
//! a decision lacks is found at its field, no file is written while anything is, and the file
//! written is one the lead's `formats::grant_change::receive` takes in, with the outcomes chosen
//! and the changed values as files write them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::asking_for_changes;
use hakemus::domain::draft::LineId;
use hakemus::domain::formats::grant_change::{apply, change_request, read_change_decision, to_json, ChangeRequestFile};
use hakemus::domain::grant::change::schedule_in_force;
use hakemus::domain::grant::model::{Outcome, RawGrant};
use hakemus::domain::reviewer::change_decision::{
    check_deciding, decision_file, DecidingField as F, DecidingMessage as M, RawDeciding,
};
use time::macros::date;

const SENT: &str = "2021-09-01T08:00:00Z";
const DECIDED: &str = "2021-09-20T12:00:00Z";

/// Kiuruvesi's change request sent: the lead's project and the request's file.
fn asking() -> (RawGrant, ChangeRequestFile) {
    let (mut g, r) = asking_for_changes();
    let file = change_request(&g, r, SENT).unwrap();
    g.change_mut(r).unwrap().sent_at = SENT.into();
    (g, file)
}

fn ids(d: &RawDeciding) -> (LineId, LineId) {
    (d.parts[0].part, d.parts[1].part)
}

#[test]
fn a_request_opened_lacks_a_decider_and_every_part_s_outcome_and_reason() {
    let (_, file) = asking();
    let d = RawDeciding::open("muutos.json", file, date!(2021 - 09 - 20));
    assert_eq!(d.decided_on, "20.9.2021", "today, as Finns write it");
    let (a, b) = ids(&d);
    let found: Vec<(F, M)> = check_deciding(&d).into_iter().map(|f| (f.field, f.message)).collect();
    assert_eq!(
        found,
        vec![
            (F::Decider, M::DeciderRequired),
            (F::Outcome(a), M::OutcomeRequired),
            (F::Reason(a), M::ReasonRequired),
            (F::Outcome(b), M::OutcomeRequired),
            (F::Reason(b), M::ReasonRequired),
        ]
    );
    assert_eq!(decision_file(&d, DECIDED), None, "no file while anything is missing");
}

#[test]
fn accepted_with_changes_needs_the_changed_value_of_its_part_s_kind() {
    let (_, file) = asking();
    let mut d = RawDeciding::open("muutos.json", file, date!(2021 - 09 - 20));
    let (a, b) = ids(&d);
    d.decider = "Maija Virtanen".into();
    d.decided_on = "20.9.2O21".into();
    for p in &mut d.parts {
        p.outcome = Some(Outcome::AcceptedWithChanges);
        p.reason = "Osittain.".into();
    }
    d.part_mut(b).unwrap().amount = "0,00".into();
    let found: Vec<(F, M)> = check_deciding(&d).into_iter().map(|f| (f.field, f.message)).collect();
    assert_eq!(
        found,
        vec![
            (
                F::DecidedOn,
                M::DateInvalid {
                    typed: "20.9.2O21".into()
                }
            ),
            (F::End(a), M::EndRequired),
            (F::Amount(b), M::AmountNotPositive),
        ]
    );
    d.decided_on = "20.9.2021".into();
    d.part_mut(a).unwrap().end = "28.2.2022".into();
    d.part_mut(b).unwrap().amount = "5 000,00".into();
    assert!(check_deciding(&d).is_empty());
    let file = decision_file(&d, DECIDED).unwrap();
    assert_eq!(file.decision.decided_on, "2021-09-20");
    assert_eq!(file.decision.parts[0].end, "2022-02-28", "as files write a date");
    assert_eq!(file.decision.parts[1].amount, "5000.00", "as files write an amount");
}

#[test]
fn one_part_accepted_and_one_rejected_makes_a_file_the_lead_takes_in() {
    let (mut g, file) = asking();
    let mut d = RawDeciding::open("muutos.json", file, date!(2021 - 09 - 20));
    let (a, b) = ids(&d);
    d.decider = "Erityisasiantuntija Maija Virtanen".into();
    let p = d.part_mut(a).unwrap();
    p.outcome = Some(Outcome::Accepted);
    p.reason = "Viivästys on perusteltu.".into();
    // A new amount typed and then the outcome changed to rejected: not sent.
    let p = d.part_mut(b).unwrap();
    p.amount = "5 000,00".into();
    p.outcome = Some(Outcome::Rejected);
    p.reason = "Henkilöstökulut ovat hankkeen ydin.".into();
    let out = decision_file(&d, DECIDED).unwrap();
    assert_eq!(out.project_id, "kiuruvesi");
    assert_eq!(out.decision.parts[1].amount, "");
    let text = to_json(&out);
    let read = read_change_decision(text.as_bytes())
        .expect("the strict reader takes it")
        .file;
    assert_eq!(apply(&mut g, &read, DECIDED), Ok(true));
    let decided = g.changes[0].decision.as_ref().unwrap();
    assert_eq!(
        decided.parts.iter().map(|p| (p.part, p.outcome)).collect::<Vec<_>>(),
        vec![(a, Outcome::Accepted), (b, Outcome::Rejected)]
    );
    assert_eq!(schedule_in_force(&g).end, Some(date!(2022 - 03 - 31)));
}
