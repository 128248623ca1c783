//! Opening the decision (issue 30, `formats::grant::granted_project`): Kiuruvesi's application of
//! Appendix 1 ("Sähköiset lomakkeet …", 181 520 € requested) and the decision that granted it at
//! most 181 500 € in the group of e-services, communication and participation projects become a
//! granted project; a decision of another application, or one that did not grant it, is refused
//! with the reason. The two files are committed under `tests/fixtures/grant/` for the browser tests.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::application::{self, fingerprint};
use hakemus::domain::formats::decision::{self, DecisionFile, Proposal, Status};
use hakemus::domain::formats::grant::{granted_project, read_decision, Refusal};
use hakemus::domain::reviewer::decision::{applied, grant, sync};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::locale::Lang;
use std::collections::BTreeMap;

mod common;
use common::{boundary_base, composed, Who};

const SEED: &str = include_str!("fixtures/seed-004-decision-2020-02-26.txt");
const CALL: &str = "vm-2019-yhteishankkeet";
const GROUP_1: &str = "Sähköisen asioinnin, viestinnän ja osallisuuden hankkeet";
const PROJECT: &str = "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä";
const PARTNERS: [&str; 8] = [
    "Iisalmi",
    "Tuusniemi",
    "Pielavesi",
    "Leppävirta",
    "Lapinlahti",
    "Rautavaara",
    "Vieremä",
    "Vesanto",
];

/// The group's conditions as the decision states them: the paragraph after its heading.
fn group_1_conditions() -> String {
    let mut lines = SEED.lines().skip_while(|l| l.trim() != GROUP_1).skip(1);
    lines.find(|l| !l.trim().is_empty()).unwrap().trim().to_string()
}

/// Kiuruvesi's application as it arrived (Appendix 1), its project from 1.3.2020 to the call's end.
fn kiuruvesi() -> RawDraft {
    let whos: Vec<Who> = std::iter::once("Kiuruvesi")
        .chain(PARTNERS)
        .map(Who::Municipality)
        .collect();
    let mut d = composed(&whos, 18_152_000, boundary_base(18_152_000));
    d.call = CALL.into();
    d.project.name_fi = PROJECT.into();
    d.project.start = "2020-03-01".into();
    d.project.end = "2021-11-30".into();
    d
}

/// The decision with `apps` in it, Kiuruvesi's (the first) granted as the 2019 decision did.
fn decision_of(apps: &[RawDraft], status: Status) -> Proposal {
    let mut p = Proposal::new(CALL, Lang::Fi);
    let open: Vec<_> = apps.iter().map(|d| applied(&fingerprint(d), d, &analyse(d))).collect();
    sync(&mut p, &open, &BTreeMap::new());
    let g1 = p.add_group(GROUP_1, &group_1_conditions());
    grant(&mut p, 0, Lang::Fi);
    p.entries[0].group = g1;
    p.entries[0].status = status;
    p
}

fn application_file(d: &RawDraft) -> String {
    application::to_json(&application::export(d, "2019-10-31T12:00:00Z"))
}

fn decision_file(p: &Proposal) -> DecisionFile {
    let text = decision::to_json(&decision::export(p, "2020-02-26T12:00:00Z"));
    read_decision(text.as_bytes()).unwrap()
}

fn opened(d: &RawDraft) -> application::Imported {
    application::import(application_file(d).as_bytes(), Lang::Fi).unwrap()
}

#[test]
fn kiuruvesi_s_application_and_the_decision_become_a_granted_project() {
    let d = kiuruvesi();
    let p = decision_of(&[d.clone()], Status::Grant);
    let g = granted_project(&opened(&d), &decision_file(&p), "g-1".into()).unwrap();
    assert_eq!(g.id, "g-1");
    assert_eq!(g.fingerprint, fingerprint(&d));
    // "Kiuruvesi … enintään 181 500 euroa", in group 1 with its conditions, no condition of its own.
    assert_eq!(g.granted.amount, "181500.00");
    assert_eq!(g.granted.group, GROUP_1);
    assert!(g
        .granted
        .group_conditions
        .starts_with("Valtiovarainministeriön myöntämän avustuksen ehtona"));
    assert_eq!(g.granted.group_conditions, group_1_conditions());
    assert_eq!(g.granted.condition, "");
    assert_eq!(g.granted.call, CALL);
    assert_eq!(g.granted.decided_on, "2020-02-26");
    // The application is the plan: its lead, partners and budget as typed.
    assert_eq!(g.application.project.name(), PROJECT);
    assert_eq!(g.application.applicants[0].municipality, "Kiuruvesi");
    assert_eq!(g.application.applicants.len(), 9);
    assert_eq!(g.application.budget.lines, d.budget.lines);
    // Every four months from 1.3.2020, written as a date field shows them (the ministry announces
    // the dates, so they are typed rows); the last period ends with the project, 30.11.2021.
    let periods: Vec<_> = g.periods.iter().map(|p| (p.start.as_str(), p.end.as_str())).collect();
    assert_eq!(
        periods,
        [
            ("1.3.2020", "30.6.2020"),
            ("1.7.2020", "31.10.2020"),
            ("1.11.2020", "28.2.2021"),
            ("1.3.2021", "30.6.2021"),
            ("1.7.2021", "31.10.2021"),
            ("1.11.2021", "30.11.2021"),
        ]
    );
    assert!(
        g.periods.iter().all(|p| p.due.is_empty()),
        "the ministry announces the due dates"
    );
    // Ids from the project's counter: the next one is after the periods'.
    assert_eq!(g.periods.iter().map(|p| p.id).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
    assert_eq!(g.next_id, 7);
    assert!(g.entries.is_empty() && g.reports.is_empty() && g.claims.is_empty());
}

#[test]
fn a_decision_of_other_applications_is_refused_by_fingerprint() {
    let d = kiuruvesi();
    let mut other = kiuruvesi();
    other.project.name_fi.push_str(" (muutettu)");
    let p = decision_of(&[other], Status::Grant);
    assert_eq!(
        granted_project(&opened(&d), &decision_file(&p), "g".into()),
        Err(Refusal::NotInDecision)
    );
}

#[test]
fn a_decision_that_did_not_grant_it_says_what_it_did() {
    let d = kiuruvesi();
    for (status, refusal) in [
        (Status::Open, Refusal::Open),
        (Status::Defer, Refusal::Deferred),
        (Status::Refuse, Refusal::Refused),
        (Status::Withdrawn, Refusal::Withdrawn),
    ] {
        let p = decision_of(&[d.clone()], status);
        assert_eq!(
            granted_project(&opened(&d), &decision_file(&p), "g".into()),
            Err(refusal)
        );
    }
    // A grant with no amount, or with text that is not one yet (kept in the file's `unreadable`).
    let mut p = decision_of(&[d.clone()], Status::Grant);
    p.entries[0].amount.clear();
    assert_eq!(
        granted_project(&opened(&d), &decision_file(&p), "g".into()),
        Err(Refusal::AmountMissing)
    );
    p.entries[0].amount = "181 5OO".into();
    assert_eq!(
        granted_project(&opened(&d), &decision_file(&p), "g".into()),
        Err(Refusal::AmountUnreadable { text: "181 5OO".into() })
    );
}

/// The two files the browser tests open (`tests/grant_pages.rs`, `tests/e2e/grant.test.js`).
#[test]
fn the_fixtures_are_kiuruvesi_s_files() {
    let d = kiuruvesi();
    let p = decision_of(&[d.clone()], Status::Grant);
    let dir = format!("{}/tests/fixtures/grant", env!("CARGO_MANIFEST_DIR"));
    let command = "cargo test --test grant_open";
    common::committed(
        &format!("{dir}/kiuruvesi-application.json"),
        &application_file(&d),
        "UPDATE_FIXTURES",
        command,
    );
    common::committed(
        &format!("{dir}/kiuruvesi-decision.json"),
        &decision::to_json(&decision::export(&p, "2020-02-26T12:00:00Z")),
        "UPDATE_FIXTURES",
        command,
    );
    // A decision of another version of the application (its name changed): refused by fingerprint.
    let mut changed = kiuruvesi();
    changed.project.name_fi.push_str(" (muutettu)");
    let other = decision_of(&[changed], Status::Grant);
    common::committed(
        &format!("{dir}/other-decision.json"),
        &decision::to_json(&decision::export(&other, "2020-02-26T12:00:00Z")),
        "UPDATE_FIXTURES",
        command,
    );
}

#[test]
fn an_application_without_readable_dates_has_no_periods_until_they_are_given() {
    let mut d = kiuruvesi();
    d.project.end = "syksyllä".into();
    let p = decision_of(&[d.clone()], Status::Grant);
    let g = granted_project(&opened(&d), &decision_file(&p), "g".into()).unwrap();
    assert!(g.periods.is_empty());
    assert_eq!(g.application.project.end, "syksyllä", "kept as typed");
    assert_eq!(g.granted.amount, "181500.00");
}

/// The lead's partner requests (and what the partners returned) are its working record in the
/// drafter's browser: an application file carries them in its `working_copy`, the import puts them
/// into the draft, but the granted project's plan holds none of them and no report file sends them.
#[test]
fn the_lead_s_partner_records_stay_out_of_the_granted_project_and_its_files() {
    use hakemus::domain::exchange::partner::make_request;
    use hakemus::domain::formats::grant_reports::{self, final_report, interim_report, payment_claim};
    use hakemus::domain::grant::model::{RawClaim, RawInterimReport};

    let mut d = kiuruvesi();
    let partner = d.applicants[1].id;
    make_request(
        &mut d,
        partner,
        "project-1",
        "request-1",
        "2019-10-01T12:00:00Z",
        "Täydennä osuutenne.",
    )
    .unwrap();
    let text = application::to_json(&application::export_titled(&d, "2019-10-31T12:00:00Z", "Lomakkeet"));
    assert!(text.contains("\"working_copy\"") && text.contains("request-1"));
    let opened = application::import(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(
        opened.draft.partner_requests.len(),
        1,
        "the import keeps the working copy"
    );
    let p = decision_of(&[d.clone()], Status::Grant);

    let mut g = granted_project(&opened, &decision_file(&p), "g".into()).unwrap();
    assert!(g.application.partner_requests.is_empty());
    assert_eq!(g.application.partner_of, None);
    assert_eq!(
        g.application.project_id, "project-1",
        "the application's own field is kept"
    );

    let id = g.take_id();
    let period = g.periods[0].id;
    g.reports.push(RawInterimReport {
        id,
        period,
        ..RawInterimReport::default()
    });
    let claim = g.take_id();
    g.claims.push(RawClaim {
        id: claim,
        until: "30.6.2020".into(),
        ..RawClaim::default()
    });
    // A project opened before the plan was cleared: its files still carry no working copy.
    let mut old = g.clone();
    old.application.partner_requests = opened.draft.partner_requests.clone();
    for g in [&g, &old] {
        let at = "2020-07-01T12:00:00Z";
        let files = [
            grant_reports::to_json(&interim_report(g, id, at).unwrap()),
            grant_reports::to_json(&payment_claim(g, claim, at).unwrap()),
            grant_reports::to_json(&final_report(g, at)),
        ];
        for f in files {
            assert!(!f.contains("working_copy"), "{f}");
            assert!(!f.contains("request-1") && !f.contains("Täydennä osuutenne."));
        }
    }
}
