//! The files of a change during the project (`formats::grant_change`, docs/rules.md §12.2): the
//! committed schemas, a request and a decision read back equal, every refusal at its place, a
//! decision taken into the project or refused (another project, a request not held, a part the
//! request lacks, a part left undecided), the report files of version 2 carrying the decided
//! changes so that their figures are recomputed with the plan in force, the committed version 1
//! report files still opening, and `hakemus-check` on both new files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::{asking_for_changes as asking, entry};
use hakemus::domain::draft::LineId;
use hakemus::domain::formats::grant_change::{
    apply, change_decision, change_request, decision_schema, format_of, read_change_decision, read_change_request,
    receive, request_schema, to_json, Refusal, CHANGE_DECISION_FORMAT, CHANGE_DECISION_SCHEMA_JSON,
    CHANGE_REQUEST_FORMAT, CHANGE_REQUEST_SCHEMA_JSON,
};
use hakemus::domain::formats::grant_reports::{
    self, payment_claim, read_final_report, read_interim_report, read_payment_claim,
};
use hakemus::domain::formats::reader::Problem;
use hakemus::domain::grant::change::schedule_in_force;
use hakemus::domain::grant::model::{ChangeDecision, Outcome, PartDecision, RawClaim, RawGrant};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use serde_json::Value;
use time::macros::date;

const SENT: &str = "2021-09-01T08:00:00Z";
const DECIDED: &str = "2021-09-20T12:00:00Z";

fn decision(g: &RawGrant, r: LineId, outcomes: [Outcome; 2]) -> ChangeDecision {
    let parts = &g.changes.iter().find(|c| c.id == r).unwrap().parts;
    ChangeDecision {
        decided_on: "2021-09-20".into(),
        decider: "Erityisasiantuntija Maija Virtanen".into(),
        parts: parts
            .iter()
            .zip(outcomes)
            .map(|(p, outcome)| PartDecision {
                part: p.id,
                outcome,
                reason: "Perusteltu muutos.".into(),
                ..PartDecision::default()
            })
            .collect(),
    }
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        (CHANGE_REQUEST_FORMAT, request_schema(), CHANGE_REQUEST_SCHEMA_JSON),
        (CHANGE_DECISION_FORMAT, decision_schema(), CHANGE_DECISION_SCHEMA_JSON),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test grant_change_files");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
    }
}

#[test]
fn a_request_is_written_as_files_write_it_and_reads_back_equal() {
    let (g, r) = asking();
    let file = change_request(&g, r, SENT).expect("a request without errors");
    assert_eq!(file.parts[0].end, "2022-03-31");
    assert_eq!(file.parts[1].amount, "10000.00");
    assert_eq!(file.project.id, "kiuruvesi");
    let text = to_json(&file);
    assert_eq!(format_of(text.as_bytes()), Some(CHANGE_REQUEST_FORMAT));
    assert_eq!(read_change_request(text.as_bytes()).unwrap().file, file);
    // A request with an error makes no file: a part without its reason.
    let mut bad = g.clone();
    let p = bad.changes[0].parts[1].id;
    bad.change_part_mut(r, p).unwrap().reason.clear();
    assert_eq!(change_request(&bad, r, SENT), None);
}

#[test]
fn a_request_file_is_refused_at_its_place() {
    let (g, r) = asking();
    let good: Value = serde_json::to_value(change_request(&g, r, SENT).unwrap()).unwrap();
    for (change, path) in [
        (
            Box::new(|v: &mut Value| v["parts"][0]["reason"] = "".into()) as Box<dyn Fn(&mut Value)>,
            "parts[0].reason",
        ),
        (
            Box::new(|v: &mut Value| v["parts"][0]["end"] = "31.3.2022".into()),
            "parts[0].end",
        ),
        (
            Box::new(|v: &mut Value| v["parts"][1]["amount"] = "10 000,00".into()),
            "parts[1].amount",
        ),
        (
            Box::new(|v: &mut Value| v["parts"][1]["amount"] = "0.00".into()),
            "parts[1].amount",
        ),
        (
            Box::new(|v: &mut Value| v["parts"][1]["to"] = "personnel".into()),
            "parts[1].to",
        ),
        (Box::new(|v: &mut Value| v["parts"] = Value::Array(vec![])), "parts"),
        (Box::new(|v: &mut Value| v["request_id"] = 0.into()), "request_id"),
        (
            Box::new(|v: &mut Value| v["parts"][0]["colour"] = "red".into()),
            "parts[0].colour",
        ),
    ] {
        let mut v = good.clone();
        change(&mut v);
        let e = read_change_request(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(e.path.as_deref(), Some(path), "{e:?}");
    }
}

#[test]
fn a_decision_reads_back_and_is_taken_in_or_refused_with_its_reason() {
    let (mut g, r) = asking();
    let d = decision(&g, r, [Outcome::Accepted, Outcome::Rejected]);
    let file = change_decision("kiuruvesi", r, d.clone(), DECIDED);
    let text = to_json(&file);
    assert_eq!(format_of(text.as_bytes()), Some(CHANGE_DECISION_FORMAT));
    let read = read_change_decision(text.as_bytes()).unwrap().file;
    assert_eq!(read, file);

    // Refusals: nothing changes.
    let before = g.clone();
    let other = change_decision("toinen", r, d.clone(), DECIDED);
    assert_eq!(
        receive(&g, &other),
        Err(Refusal::OtherProject { named: "toinen".into() })
    );
    let unknown = change_decision("kiuruvesi", 999, d.clone(), DECIDED);
    assert_eq!(receive(&g, &unknown), Err(Refusal::UnknownRequest { id: 999 }));
    let mut extra = d.clone();
    extra.parts[1].part = 77;
    assert_eq!(
        apply(&mut g, &change_decision("kiuruvesi", r, extra, DECIDED), DECIDED),
        Err(Refusal::UnknownPart {
            path: "decision.parts[1].part".into(),
            part: 77
        })
    );
    let mut half = d.clone();
    half.parts.pop();
    let second = g.changes[0].parts[1].id;
    assert_eq!(
        receive(&g, &change_decision("kiuruvesi", r, half, DECIDED)),
        Err(Refusal::PartUndecided { part: second })
    );
    let mut no_value = d.clone();
    no_value.parts[0].outcome = Outcome::AcceptedWithChanges;
    assert_eq!(
        receive(&g, &change_decision("kiuruvesi", r, no_value, DECIDED)),
        Err(Refusal::ChangedValueMissing {
            path: "decision.parts[0].end".into()
        })
    );
    assert_eq!(g, before);

    // Taken in: the end accepted is in force, the move rejected is not.
    assert_eq!(apply(&mut g, &read, DECIDED), Ok(true));
    assert_eq!(schedule_in_force(&g).end, Some(date!(2022 - 03 - 31)));
    assert_eq!(apply(&mut g, &read, DECIDED), Ok(false), "the same decision again");
    let mut another = d;
    another.parts[1].outcome = Outcome::Accepted;
    assert_eq!(
        receive(&g, &change_decision("kiuruvesi", r, another, DECIDED)),
        Err(Refusal::AlreadyDecided)
    );
}

#[test]
fn a_decision_file_is_refused_at_its_place() {
    let (g, r) = asking();
    let good = serde_json::to_value(change_decision(
        "kiuruvesi",
        r,
        decision(&g, r, [Outcome::Accepted, Outcome::Rejected]),
        DECIDED,
    ))
    .unwrap();
    for (change, path) in [
        (
            Box::new(|v: &mut Value| v["decision"]["parts"][0]["reason"] = " ".into()) as Box<dyn Fn(&mut Value)>,
            "decision.parts[0].reason",
        ),
        (
            Box::new(|v: &mut Value| v["decision"]["decided_on"] = "20.9.2021".into()),
            "decision.decided_on",
        ),
        (
            Box::new(|v: &mut Value| v["decision"]["decider"] = "".into()),
            "decision.decider",
        ),
        (
            Box::new(|v: &mut Value| v["decision"]["parts"][1]["amount"] = "5000.00".into()),
            "decision.parts[1].outcome",
        ),
        (
            Box::new(|v: &mut Value| v["decision"]["parts"][1]["outcome"] = "maybe".into()),
            "decision.parts[1].outcome",
        ),
        (
            Box::new(|v: &mut Value| v["decision"]["parts"][1]["part"] = v["decision"]["parts"][0]["part"].clone()),
            "decision.parts[1].part",
        ),
        (Box::new(|v: &mut Value| v["project_id"] = "".into()), "project_id"),
    ] {
        let mut v = good.clone();
        change(&mut v);
        let e = read_change_decision(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(e.path.as_deref(), Some(path), "{e:?}");
    }
    let mut newer = good.clone();
    newer["schema_version"] = 2.into();
    assert!(matches!(
        read_change_decision(newer.to_string().as_bytes()).unwrap_err().problem,
        Problem::NewerVersion { found: 2, reads: 1 }
    ));
}

#[test]
fn a_claim_file_carries_the_accepted_change_and_recomputes_with_it() {
    let (mut g, r) = asking();
    // A cost of 15.12.2021: outside 1.3.2020–31.10.2021, inside once the end 31.3.2022 is accepted.
    let mut e = entry(&g, "15.12.2021", "personnel", "10 000,00", "");
    e.id = 0;
    g.append_entries([e]);
    let id = g.take_id();
    g.claims.push(RawClaim {
        id,
        until: "31.12.2021".into(),
        ..RawClaim::default()
    });
    let before = payment_claim(&g, id, DECIDED).unwrap();
    assert_eq!(before.figures.eligible, "0.00");
    assert!(before.changes.is_empty(), "a request not decided is not carried");
    let d = decision(&g, r, [Outcome::Accepted, Outcome::Rejected]);
    apply(&mut g, &change_decision("kiuruvesi", r, d, DECIDED), DECIDED).unwrap();
    let after = payment_claim(&g, id, DECIDED).unwrap();
    // E = 10 000,00; floor(0,85 × 10 000,00) = 8 500,00 ≤ G = 181 500,00; P = 0: 8 500,00.
    assert_eq!(after.figures.eligible, "10000.00");
    assert_eq!(after.figures.may_claim, "8500.00");
    assert_eq!(after.changes.len(), 1);
    assert_eq!(after.changes[0].parts[1].amount, "10000.00", "as a file writes it");
    let text = grant_reports::to_json(&after);
    assert!(text.contains("\"schema_version\": 2"));
    let read = read_payment_claim(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file, after);
    assert_eq!(read.review.claims[0].may_claim, Money::from_cents(850_000));
    // hakemus-check recomputes the same figures and names the change in force.
    let (code, out) = check("claim-v2", &text);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("May be claimed: €8,500.00"), "{out}");
    assert!(
        out.contains("The plan in force: The project ends: 31 March 2022"),
        "{out}"
    );
    // Without the change the file's figures are not what the rules compute.
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v.as_object_mut().unwrap().remove("changes");
    assert!(read_payment_claim(v.to_string().as_bytes(), Lang::Fi).is_err());
}

#[test]
fn the_committed_version_1_report_files_still_open() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/grant/v1");
    let read = |name: &str| std::fs::read(format!("{dir}/{name}.json")).unwrap();
    let interim = read_interim_report(&read("hakemus-interim-report"), Lang::Fi).unwrap();
    assert_eq!(interim.file.schema_version, 1);
    assert!(interim.grant.changes.is_empty());
    let claim = read_payment_claim(&read("hakemus-payment-claim"), Lang::Fi).unwrap();
    assert_eq!(claim.file.schema_version, 1);
    let last = read_final_report(&read("hakemus-final-report"), Lang::Fi).unwrap();
    assert_eq!(last.file.schema_version, 1);
}

/// Writes `text` to a file of its own and runs `hakemus-check --lang en` on it.
fn check(name: &str, text: &str) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("hakemus-check-grant-changes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, text).unwrap();
    common::hakemus_check(&[file.to_str().unwrap()])
}

#[test]
fn hakemus_check_reads_both_files() {
    let (g, r) = asking();
    let (code, out) = check("request", &to_json(&change_request(&g, r, SENT).unwrap()));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("parts[0]: A later end date: 2022-03-31"), "{out}");
    // 31.3.2022 is after the call's last day 30.11.2021: a warning citing decision 004.
    assert!(out.contains("warning change-end-date: parts[0].end: "), "{out}");
    assert!(out.contains("30 November 2021"), "{out}");
    assert!(
        out.contains("parts[1]: Reason: Pilotointi ostetaan palveluna."),
        "{out}"
    );

    let d = decision(&g, r, [Outcome::Accepted, Outcome::Rejected]);
    let (code, out) = check("decision", &to_json(&change_decision("kiuruvesi", r, d, DECIDED)));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("decision.parts[0]: Accepted: Perusteltu muutos."), "{out}");
    assert!(out.contains("decision.parts[1]: Rejected: "), "{out}");

    let (code, out) = check(
        "broken",
        "{\"format\": \"hakemus-change-decision\", \"schema_version\": 1}",
    );
    assert_eq!(code, 1, "{out}");
}
