//! One example of each file the granted project writes — the interim report, the payment claim, the
//! final report (`formats::grant_reports`), a partner's ledger request and contribution
//! (`formats::grant_partner`), and a change request with the ministry's decision on it
//! (`formats::grant_change`; the reports carry the decided request) — written by the domain's own writers from Kiuruvesi's granted project
//! at fixed times, committed under `tests/fixtures/grant/examples/` (named `<format>.json`, beside
//! `schema/<format>.schema.json`) and read back by each file's reader. The end-to-end schema test
//! (`tests/e2e/schema.test.js`) validates them with a real validator (Ajv) against the committed
//! schemas. Written again with `UPDATE_FIXTURES=1 cargo test --test grant_examples`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::{case_a, entry};
use hakemus::domain::exchange::ledger::make_request;
use hakemus::domain::formats::grant_change::{
    self, apply, change_decision, change_request, read_change_decision, read_change_request, CHANGE_DECISION_FORMAT,
    CHANGE_REQUEST_FORMAT,
};
use hakemus::domain::formats::grant_partner::{
    self, contribution, read_contribution, read_request, LEDGER_CONTRIBUTION_FORMAT, LEDGER_REQUEST_FORMAT,
};
use hakemus::domain::formats::grant_reports::{
    self, final_report, interim_report, payment_claim, read_final_report, read_interim_report, read_payment_claim,
    to_json, FINAL_REPORT_FORMAT, INTERIM_REPORT_FORMAT, PAYMENT_CLAIM_FORMAT,
};
use hakemus::domain::formats::partner;
use hakemus::domain::grant::model::{ChangeDecision, ChangeKind, Outcome, PartDecision};
use hakemus::domain::grant::model::{Origin, RawGrant, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::vocabulary::locale::Lang;
use serde_json::Value;

/// When the lead asks Iisalmi for its entries, when Iisalmi answers, and when the reports are made.
const REQUESTED_AT: &str = "2020-11-02T08:00:00Z";
const CONTRIBUTED_AT: &str = "2020-11-09T12:30:00Z";
const AT: &str = "2021-11-25T10:00:00Z";
/// When the lead asks for a change, and when the ministry decides it.
const CHANGE_SENT: &str = "2021-05-03T09:00:00Z";
const CHANGE_DECIDED: &str = "2021-05-20T13:00:00Z";

/// Case A (`tests/common/grant.rs`: three claims, two paid, the final report with the auditor's
/// statement) with its four-month periods, the second period's interim report, one of Iisalmi's
/// entries, and one of the lead's whose amount is not one yet (it travels in `unreadable`).
fn the_grant() -> RawGrant {
    let mut g = case_a();
    let periods = fill_default_periods(&mut g, 4);
    let indicator = g.application.indicators[0].id;
    let id = g.take_id();
    g.reports.push(RawInterimReport {
        id,
        period: periods[1],
        progress: "Lomakkeet on pilotoitu kahdessa kunnassa.".into(),
        impacts: "Lomakkeiden käsittelyaika on lyhentynyt.".into(),
        indicators: [(indicator, "50 %".into())].into(),
        ..RawInterimReport::default()
    });
    let iisalmi = g.application.applicants[1].id.to_string();
    let mut theirs = entry(&g, "10.9.2020", "personnel", "3 100,00", "");
    theirs.bearer = iisalmi;
    theirs.description = "Pilotoinnin työ".into();
    let mut unreadable = entry(&g, "1.8.2020", "personnel", "12,5O", "");
    unreadable.description = "Kesäkuun palkka".into();
    g.append_entries([theirs, unreadable]);
    g
}

struct Example {
    format: &'static str,
    text: String,
}

/// The five files: the reports made after the lead asked Iisalmi for its entries.
fn examples() -> Vec<Example> {
    let mut g = the_grant();
    let iisalmi = g.application.applicants[1].id;
    let request = make_request(&mut g, iisalmi, "pyynto-1", REQUESTED_AT, ("1.3.2020", "31.10.2020"))
        .expect("Iisalmi is a partner");
    let request_text = partner::to_json(&request);

    // Iisalmi's side: its copy from the request, one entry corrected and a credit added.
    let mut copy = read_request(request_text.as_bytes(), Lang::Fi).unwrap().partner_grant();
    copy.entries[0].net = "3 150,00".into();
    let id = copy.add_entry();
    let credit = copy.entry_mut(id).unwrap();
    credit.date = "20.10.2020".into();
    credit.category = "personnel".into();
    credit.description = "Hyvitys".into();
    credit.net = "-120,00".into();
    credit.origin = Origin::Imported {
        file: "iisalmi.csv".into(),
        row: 3,
    };
    let contribution_text = partner::to_json(&contribution(&copy, CONTRIBUTED_AT).expect("a partner's copy"));

    // A change asked for: the content (accepted) and 5 000,00 € from personnel to travel (rejected),
    // so the reports carry the decided request and their figures stay as before.
    let r = g.add_change_request();
    let first = g.changes[0].parts[0].id;
    let part = g.change_part_mut(r, first).unwrap();
    part.kind = ChangeKind::Content;
    part.text = "Lomakkeiden lisäksi pilotoidaan chat-palvelu.".into();
    part.reason = "Asukaskysely osoitti tarpeen.".into();
    let second = g.add_change_part(r, ChangeKind::MoveMoney).unwrap();
    let part = g.change_part_mut(r, second).unwrap();
    part.from = "personnel".into();
    part.to = "travel".into();
    part.amount = "5 000,00".into();
    part.reason = "Pilotointi vaatii matkoja.".into();
    let request_file = change_request(&g, r, CHANGE_SENT).expect("a request without errors");
    g.change_mut(r).unwrap().sent_at = CHANGE_SENT.into();
    let decision = change_decision(
        &g.id,
        r,
        ChangeDecision {
            decided_on: "2021-05-20".into(),
            decider: "Erityisasiantuntija Maija Virtanen".into(),
            parts: vec![
                PartDecision {
                    part: first,
                    outcome: Outcome::Accepted,
                    reason: "Muutos tukee hankkeen tavoitteita.".into(),
                    ..PartDecision::default()
                },
                PartDecision {
                    part: second,
                    outcome: Outcome::Rejected,
                    reason: "Matkakustannukset mahtuvat nykyiseen suunnitelmaan.".into(),
                    ..PartDecision::default()
                },
            ],
        },
        CHANGE_DECIDED,
    );
    apply(&mut g, &decision, CHANGE_DECIDED).expect("the decision of the request");

    let report = interim_report(&g, g.reports[0].id, AT).expect("the report and its period");
    let claim = payment_claim(&g, g.claims[1].id, AT).expect("the second claim");
    vec![
        Example {
            format: INTERIM_REPORT_FORMAT,
            text: to_json(&report),
        },
        Example {
            format: PAYMENT_CLAIM_FORMAT,
            text: to_json(&claim),
        },
        Example {
            format: FINAL_REPORT_FORMAT,
            text: to_json(&final_report(&g, AT)),
        },
        Example {
            format: LEDGER_REQUEST_FORMAT,
            text: request_text,
        },
        Example {
            format: LEDGER_CONTRIBUTION_FORMAT,
            text: contribution_text,
        },
        Example {
            format: CHANGE_REQUEST_FORMAT,
            text: grant_change::to_json(&request_file),
        },
        Example {
            format: CHANGE_DECISION_FORMAT,
            text: grant_change::to_json(&decision),
        },
    ]
}

fn path_of(format: &str) -> String {
    format!(
        "{}/tests/fixtures/grant/examples/{format}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn the_committed_examples_are_what_this_build_writes() {
    let files = examples();
    assert_eq!(files.len(), 7);
    for f in &files {
        common::committed(
            &path_of(f.format),
            &f.text,
            "UPDATE_FIXTURES",
            "cargo test --test grant_examples",
        );
        let v: Value = serde_json::from_str(&f.text).unwrap();
        assert_eq!(v["format"], f.format);
        let schema = format!("{}/schema/{}.schema.json", env!("CARGO_MANIFEST_DIR"), f.format);
        assert!(std::path::Path::new(&schema).exists(), "{schema}: the example's schema");
    }
}

#[test]
fn each_example_reads_back_with_its_reader() {
    let files = examples();
    let text = |format: &str| files.iter().find(|f| f.format == format).unwrap().text.as_bytes();

    let bytes = text(INTERIM_REPORT_FORMAT);
    assert_eq!(grant_reports::format_of(bytes), Some(INTERIM_REPORT_FORMAT));
    let read = read_interim_report(bytes, Lang::Fi).unwrap();
    assert_eq!(to_json(&read.file), String::from_utf8_lossy(bytes), "read back equal");
    assert!(
        read.file.unreadable.values().any(|t| t == "12,5O"),
        "the amount not yet one travels by its path"
    );
    assert!(
        read.grant.entries.iter().any(|e| e.net == "12,5O"),
        "and is read back as typed"
    );

    let bytes = text(PAYMENT_CLAIM_FORMAT);
    assert_eq!(grant_reports::format_of(bytes), Some(PAYMENT_CLAIM_FORMAT));
    let read = read_payment_claim(bytes, Lang::Sv).unwrap();
    assert_eq!(to_json(&read.file), String::from_utf8_lossy(bytes), "read back equal");
    assert_eq!(read.file.number, 2);
    assert_eq!(read.file.earlier_claims.len(), 1);

    let bytes = text(FINAL_REPORT_FORMAT);
    assert_eq!(grant_reports::format_of(bytes), Some(FINAL_REPORT_FORMAT));
    let read = read_final_report(bytes, Lang::En).unwrap();
    assert_eq!(to_json(&read.file), String::from_utf8_lossy(bytes), "read back equal");
    assert!(read.file.final_report.auditor_statement.is_some());

    let bytes = text(LEDGER_REQUEST_FORMAT);
    assert_eq!(grant_partner::format_of(bytes), Some(LEDGER_REQUEST_FORMAT));
    let read = read_request(bytes, Lang::Fi).unwrap();
    assert_eq!(read.file.request_id, "pyynto-1");
    assert_eq!(read.file.partner.name, "Iisalmi");
    assert_eq!(
        (read.file.period.start.as_str(), read.file.period.end.as_str()),
        ("2020-03-01", "2020-10-31")
    );
    let nets: Vec<&str> = read.file.entries.iter().map(|e| e.net.as_str()).collect();
    assert_eq!(
        nets,
        ["3 100,00"],
        "Iisalmi's entry of the period alone, as Finnish writes it"
    );

    let bytes = text(LEDGER_CONTRIBUTION_FORMAT);
    assert_eq!(grant_partner::format_of(bytes), Some(LEDGER_CONTRIBUTION_FORMAT));
    let read = read_contribution(bytes, Lang::Fi).unwrap();
    assert_eq!(read.file.request_id, "pyynto-1");
    let nets: Vec<&str> = read.file.entries.iter().map(|e| e.net.as_str()).collect();
    assert_eq!(nets, ["3 150,00", "-120,00"], "the corrected entry and the credit");
    assert_eq!(
        read_contribution(bytes, Lang::Fi).unwrap().fingerprint,
        read.fingerprint
    );

    let bytes = text(CHANGE_REQUEST_FORMAT);
    assert_eq!(grant_change::format_of(bytes), Some(CHANGE_REQUEST_FORMAT));
    let read = read_change_request(bytes).unwrap();
    assert_eq!(
        grant_change::to_json(&read.file),
        String::from_utf8_lossy(bytes),
        "read back equal"
    );
    assert_eq!(read.file.parts[1].amount, "5000.00");

    let bytes = text(CHANGE_DECISION_FORMAT);
    assert_eq!(grant_change::format_of(bytes), Some(CHANGE_DECISION_FORMAT));
    let read = read_change_decision(bytes).unwrap();
    assert_eq!(
        grant_change::to_json(&read.file),
        String::from_utf8_lossy(bytes),
        "read back equal"
    );
    assert_eq!(read.file.decision.parts[1].outcome, Outcome::Rejected);

    // The reports carry the decided request.
    let read = read_final_report(text(FINAL_REPORT_FORMAT), Lang::Fi).unwrap();
    assert_eq!(read.file.changes.len(), 1);
    assert_eq!(read.file.schema_version, 2);
}
