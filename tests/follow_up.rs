//! The ministry's follow-up of each grant (docs/rules.md §12.3–§12.6): Kiuruvesi's grant (enintään
//! 181 500 €, `tests/common/grant.rs`) received as the grantee's files, its reports checked, its
//! payments listed, its settlement decided, and the programme's totals — every amount computed by
//! hand here — and the `hakemus-follow-up` file: schema, strict reader, round trip, `hakemus-check`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::case_a_reporting;
use hakemus::domain::formats::follow_up::{
    self as fu, AccountsCheck, ContentCheck, EntryDecision, FollowUpError, RawFollowUp, RawGrantFollowUp,
    ReceiveRefusal, Verdict,
};
use hakemus::domain::formats::grant_reports::{final_report, interim_report, payment_claim, to_json};
use hakemus::domain::grant::model::{Granted, RawGrant, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::reviewer::follow_up::{
    appropriation, grant_status, payment_list, payment_list_csv, programme_totals, recompute, settlement_decision,
    Message, Outcome, PaymentHeadings, ReportState, Rule,
};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use serde_json::Value;
use time::macros::date;

const AT: &str = "2021-11-25T10:00:00Z";

fn eur(cents: i64) -> Money {
    Money::from_cents(cents)
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/hakemus-follow-up.schema.json");
    let text = fu::schema();
    common::committed(path, &text, "UPDATE_SCHEMA", "cargo test --test follow_up");
    assert_eq!(fu::SCHEMA_JSON, text, "the app offers the committed schema");
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["properties"]["format"]["const"], fu::FORMAT);
    assert_eq!(schema["properties"]["schema_version"]["const"], 1);
}

/// The ministry's follow-up of case A: the first interim report, the three claims and the final
/// report received; claims 1 and 2 paid (60 000,00 + 70 000,00).
fn followed() -> (RawFollowUp, RawGrant) {
    let g = case_a_reporting();
    let mut f = RawFollowUp::default();
    let interim = to_json(&interim_report(&g, g.reports[0].id, "2020-07-10T09:00:00Z").unwrap());
    let first = f.receive(interim.as_bytes(), "2020-07-10", Lang::Fi).unwrap();
    assert!(first.new_grant);
    for c in &g.claims {
        f.receive(
            to_json(&payment_claim(&g, c.id, AT).unwrap()).as_bytes(),
            "2021-11-26",
            Lang::Fi,
        )
        .unwrap();
    }
    f.receive(to_json(&final_report(&g, AT)).as_bytes(), "2021-11-26", Lang::Fi)
        .unwrap();
    let grant = &mut f.grants[0];
    grant.decision_reference = "VN/1234/2020".into();
    for (claim, amount, approved_on, paid_on) in [
        (1, "60 000,00", "20.11.2020", "30.11.2020"),
        (2, "70 000,00", "15.7.2021", "30.7.2021"),
    ] {
        let id = grant.add_payment(claim);
        let p = grant.payment_mut(id).unwrap();
        p.amount = amount.into();
        p.presenter = "Anna Virtanen".into();
        p.approver = "Olli Ojala".into();
        p.approved_on = approved_on.into();
        p.paid_on = paid_on.into();
    }
    (f, g)
}

fn final_id(f: &RawFollowUp) -> u64 {
    f.grants[0].received.last().unwrap().id
}

#[test]
fn files_received_make_the_grant_and_its_periods_and_the_same_file_twice_is_refused() {
    let (f, g) = followed();
    assert_eq!(f.grants.len(), 1);
    let grant = &f.grants[0];
    assert_eq!(grant.project_id, "kiuruvesi");
    assert_eq!(
        (grant.lead.as_str(), grant.lead_business_id.as_str()),
        ("Kiuruvesi", "0175542-1")
    );
    assert_eq!(grant.granted.amount, "181500.00");
    // 1.3.2020–31.10.2021 in four months: five periods (docs/rules.md §11.3).
    assert_eq!(grant.periods.len(), 5);
    assert_eq!(grant.received.len(), 5);
    let mut again = f.clone();
    let text = to_json(&final_report(&g, AT));
    assert_eq!(
        again.receive(text.as_bytes(), "2021-11-27", Lang::Fi),
        Err(ReceiveRefusal::AlreadyReceived { id: final_id(&f) })
    );
    assert_eq!(again, f, "a refusal changes nothing");
    let edited = text.replacen("\"net\": \"50000.01\"", "\"net\": \"50000.02\"", 1);
    assert!(matches!(
        again.receive(edited.as_bytes(), "2021-11-27", Lang::Fi),
        Err(ReceiveRefusal::Report(_))
    ));
    assert_eq!(again, f);
}

#[test]
fn leaving_out_case_a_s_march_entry_gives_case_b_s_settlement() {
    let (mut f, g) = followed();
    let march = g.entries[2].id;
    let hardware = g.entries[3].id;
    let id = final_id(&f);
    let opened = fu::open_received(&f.grants[0], Lang::Fi);
    let o = opened[&id].as_ref().unwrap();
    // Nothing left out: E = 80 000,00 + 70 000,03 + 50 000,01 = 200 000,04 (hardware not eligible).
    let none = recompute(o, &AccountsCheck::default());
    assert_eq!(
        (none.eligible_stated, none.eligible),
        (eur(20_000_004), eur(20_000_004))
    );
    // The hardware entry was not counted as eligible: leaving it out changes nothing.
    let mut check = AccountsCheck::default();
    check.entries.insert(
        hardware,
        EntryDecision::LeaveOut {
            reason: "Laitehankinta".into(),
        },
    );
    assert_eq!(recompute(o, &check).eligible, eur(20_000_004));
    // Without a leave-out, the settlement is case A's: floor(0,85 × 200 000,04) = 170 000,03,
    // P = 130 000,00 paid, last instalment 40 000,03.
    let s = settlement_decision(&f.grants[0], &opened).unwrap();
    assert_eq!(s.outcome, Outcome::LastInstalment(eur(4_000_003)));
    // The March internal charge left out: E = 200 000,04 − 50 000,01 = 150 000,03 (case B);
    // final = floor(0,85 × 150 000,03 = 127 500,0255) = 127 500,02; return 130 000,00 − 127 500,02
    // = 2 499,98 under VAL 20 §.
    check.entries.insert(
        march,
        EntryDecision::LeaveOut {
            reason: "Sisäistä veloitusta ei ole vahvistettu kirjanpidon toteutuneisiin kustannuksiin perustuvaksi."
                .into(),
        },
    );
    let re = recompute(o, &check);
    assert_eq!(re.left_out, [march, hardware]);
    assert_eq!(re.eligible, eur(15_000_003));
    f.grants[0].received_mut(id).unwrap().accounts_check = check;
    let s = settlement_decision(&f.grants[0], &opened).unwrap();
    assert_eq!(
        (
            s.settlement.final_grant,
            s.settlement.paid,
            s.settlement.last_instalment,
            s.settlement.to_return
        ),
        (eur(12_750_002), eur(13_000_000), Money::ZERO, eur(249_998))
    );
    assert_eq!(
        s.outcome,
        Outcome::Recovery {
            amount: eur(249_998),
            due: None
        }
    );
    assert!(!s.decided);
    // Decided without a due date: an error (well-formedness); with one, the outcome carries it.
    f.grants[0].settlement.decider = "Olli Ojala".into();
    f.grants[0].settlement.decided_on = "15.12.2021".into();
    let status = grant_status(&f.grants[0], &opened, date!(2021 - 12 - 15));
    let errors: Vec<_> = status.findings.iter().filter(|f| f.is_error()).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].rule, errors[0].path.as_str()),
        (Rule::Settlement, "settlement.recovery_due")
    );
    assert_eq!(errors[0].message, Message::RecoveryDueMissing { amount: eur(249_998) });
    f.grants[0].settlement.recovery_due = "15.1.2022".into();
    let s = settlement_decision(&f.grants[0], &opened).unwrap();
    assert!(s.decided);
    assert_eq!(
        s.outcome,
        Outcome::Recovery {
            amount: eur(249_998),
            due: Some(date!(2022 - 01 - 15))
        }
    );
}

#[test]
fn a_leave_out_without_a_reason_is_an_error_and_the_check_is_not_accepted() {
    let (mut f, g) = followed();
    let id = final_id(&f);
    let r = f.grants[0].received_mut(id).unwrap();
    r.accounts_check = AccountsCheck {
        by: "Olli Ojala".into(),
        on: "1.12.2021".into(),
        verdict: Verdict::Accepted,
        entries: [
            (g.entries[2].id, EntryDecision::LeaveOut { reason: " ".into() }),
            (999, EntryDecision::Accept),
        ]
        .into(),
        ..AccountsCheck::default()
    };
    r.content_check = ContentCheck {
        by: "Anna Virtanen".into(),
        on: "1.12.2021".into(),
        verdict: Verdict::Accepted,
        ..ContentCheck::default()
    };
    let opened = fu::open_received(&f.grants[0], Lang::Fi);
    let s = grant_status(&f.grants[0], &opened, date!(2021 - 12 - 01));
    let found: Vec<_> = s
        .findings
        .iter()
        .map(|f| (f.rule, f.path.as_str(), f.is_error()))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::AccountsCheck, "received[4].accounts_check.entries.3.reason", true),
            (Rule::AccountsCheck, "received[4].accounts_check.entries.999", true),
        ]
    );
    assert_eq!(
        s.final_state,
        ReportState::Received,
        "not accepted while a reason is missing"
    );
    let r = f.grants[0].received_mut(id).unwrap();
    r.accounts_check.entries.clear();
    let s = grant_status(&f.grants[0], &opened, date!(2021 - 12 - 01));
    assert_eq!(s.final_state, ReportState::Accepted);
    // A check without a name is not signed off.
    f.grants[0].received_mut(id).unwrap().content_check.by.clear();
    let s = grant_status(&f.grants[0], &opened, date!(2021 - 12 - 01));
    assert_eq!(s.final_state, ReportState::Received);
    assert!(s
        .findings
        .iter()
        .any(|f| f.rule == Rule::SignOff && f.path == "received[4].content_check.by" && !f.is_error()));
}

#[test]
fn the_grant_s_figures_and_reports_by_period_with_what_is_late() {
    let (mut f, _) = followed();
    let grant = &mut f.grants[0];
    for (p, due) in grant
        .periods
        .iter_mut()
        .zip(["15.7.2020", "15.11.2020", "15.3.2021", "", ""])
    {
        p.due = due.into();
    }
    // The first interim report accepted by both checks.
    let first = grant.received[0].id;
    let r = grant.received_mut(first).unwrap();
    r.content_check = ContentCheck {
        by: "Anna Virtanen".into(),
        on: "20.7.2020".into(),
        verdict: Verdict::Accepted,
        ..ContentCheck::default()
    };
    r.accounts_check = AccountsCheck {
        by: "Olli Ojala".into(),
        on: "21.7.2020".into(),
        verdict: Verdict::Accepted,
        ..AccountsCheck::default()
    };
    let mut without_final = f.grants[0].clone();
    without_final.received.pop();
    let opened = fu::open_received(&without_final, Lang::Fi);
    let s = grant_status(&without_final, &opened, date!(2021 - 12 - 01));
    assert_eq!(s.granted, Some(eur(18_150_000)));
    // Claimed: 60 000,00 + 70 000,00 + the last, empty, all it may: 170 000,03 − 130 000,00.
    assert_eq!(s.claimed, eur(17_000_003));
    assert_eq!(s.paid, eur(13_000_000));
    // Still available: 181 500,00 − 130 000,00.
    assert_eq!(s.available, eur(5_150_000));
    let states: Vec<_> = s.periods.iter().map(|p| (p.state, p.late)).collect();
    assert_eq!(
        states,
        [
            (ReportState::Accepted, false),
            (ReportState::Missing, true),
            (ReportState::Missing, true),
            (ReportState::Missing, false),
            (ReportState::Missing, false),
        ]
    );
    // No final report after 30.11.2021, the call's last day: late; on that day not yet.
    assert_eq!((s.final_state, s.final_late), (ReportState::Missing, true));
    assert!(!grant_status(&without_final, &opened, date!(2021 - 11 - 30)).final_late);
    assert_eq!(s.settlement, None);
}

#[test]
fn the_payment_list_flags_an_amount_above_the_claim_and_one_person_in_both_roles() {
    let (mut f, _) = followed();
    let grant = &mut f.grants[0];
    let id = grant.add_payment(3);
    let p = grant.payment_mut(id).unwrap();
    // The last claim may ask 170 000,03 − 130 000,00 = 40 000,03: one cent more is an error.
    p.amount = "40 000,04".into();
    p.presenter = "Olli Ojala".into();
    p.approver = "olli ojala ".into();
    p.approved_on = "10.12.2021".into();
    let opened = vec![fu::open_received(&f.grants[0], Lang::Fi)];
    let list = payment_list(&f, &opened);
    assert_eq!(list.rows.len(), 3);
    // 60 000,00 + 70 000,00 + 40 000,04.
    assert_eq!(list.total, eur(17_000_004));
    let found: Vec<_> = list
        .findings
        .iter()
        .map(|f| (f.rule, f.path.as_str(), f.is_error(), f.assumed, f.message.clone()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Rule::Payment,
                "follow_up.grants[0].payments[2].amount",
                true,
                false,
                Message::AboveMayClaim {
                    approved: eur(4_000_004),
                    may: eur(4_000_003)
                }
            ),
            (
                Rule::Duties,
                "follow_up.grants[0].payments[2].approver",
                false,
                true,
                Message::SamePerson {
                    name: "olli ojala".into()
                }
            ),
        ]
    );
    let h = PaymentHeadings {
        payee: "Payee",
        business_id: "Business ID",
        project: "Project",
        amount: "Amount",
        decided_on: "Decision",
        decision_reference: "Reference",
        instalment: "Instalment",
        presenter: "Presenter",
        approver: "Approver",
        approved_on: "Approved",
        paid_on: "Paid",
        total: "Total",
    };
    let project = "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun";
    let expected = format!(
        "\u{FEFF}Payee;Business ID;Project;Amount;Decision;Reference;Instalment;Presenter;Approver;Approved;Paid\r\n\
         Kiuruvesi;0175542-1;{project};60000,00;26.2.2020;VN/1234/2020;1;Anna Virtanen;Olli Ojala;20.11.2020;30.11.2020\r\n\
         Kiuruvesi;0175542-1;{project};70000,00;26.2.2020;VN/1234/2020;2;Anna Virtanen;Olli Ojala;15.7.2021;30.7.2021\r\n\
         Kiuruvesi;0175542-1;{project};40000,04;26.2.2020;VN/1234/2020;3;Olli Ojala;olli ojala;10.12.2021;\r\n\
         Total;;;170000,04;;;;;;;\r\n"
    );
    assert_eq!(payment_list_csv(&list, &h), expected);
    // Not approved (no approver): not listed.
    f.grants[0].payments[2].approver.clear();
    assert_eq!(payment_list(&f, &opened).rows.len(), 2);
}

#[test]
fn the_programme_s_totals_against_the_appropriation_computed_by_hand() {
    // Grant 1: case A settled with a recovery (the March entry left out): final 127 500,02, paid
    // 130 000,00, recovered 2 499,98.
    let (mut f, g) = followed();
    let id = final_id(&f);
    let r = f.grants[0].received_mut(id).unwrap();
    r.accounts_check.entries.insert(
        g.entries[2].id,
        EntryDecision::LeaveOut {
            reason: "Vahvistamaton sisäinen veloitus".into(),
        },
    );
    let s = &mut f.grants[0].settlement;
    s.decider = "Olli Ojala".into();
    s.decided_on = "15.12.2021".into();
    s.recovery_due = "15.1.2022".into();
    // Grant 2: 100 000,00 granted, nothing paid. Grant 3: 50 000,50 granted, 20 000,25 paid.
    for (fp, amount) in [("a", "100000.00"), ("b", "50000.50")] {
        f.grants.push(RawGrantFollowUp {
            fingerprint: fp.repeat(64),
            granted: Granted {
                amount: amount.into(),
                call: call::DEFAULT_CALL.into(),
                ..Granted::default()
            },
            ..RawGrantFollowUp::default()
        });
    }
    let id = f.grants[2].add_payment(1);
    let p = f.grants[2].payment_mut(id).unwrap();
    (p.amount, p.approver, p.approved_on, p.paid_on) = (
        "20 000,25".into(),
        "Olli Ojala".into(),
        "1.6.2020".into(),
        "5.6.2020".into(),
    );
    let statuses: Vec<_> = f
        .grants
        .iter()
        .map(|g| grant_status(g, &fu::open_received(g, Lang::Fi), date!(2021 - 12 - 15)))
        .collect();
    let appropriation = appropriation(call::DEFAULT_CALL);
    assert_eq!(appropriation, eur(3_000_000_000), "the call profile's 30 000 000 €");
    let t = programme_totals(&statuses, appropriation);
    // Granted: 127 500,02 + 100 000,00 + 50 000,50 = 277 500,52.
    assert_eq!(t.granted, eur(27_750_052));
    // Paid: 130 000,00 + 0 + 20 000,25 = 150 000,25. Recovered: 2 499,98.
    assert_eq!((t.paid, t.recovered), (eur(15_000_025), eur(249_998)));
    // Still committed: 277 500,52 − 150 000,25 + 2 499,98 = 130 000,25 (grant 1: 0; grant 2:
    // 100 000,00; grant 3: 30 000,25).
    assert_eq!(t.committed, eur(13_000_025));
    // Not granted: 30 000 000,00 − 277 500,52.
    assert_eq!(t.not_granted, eur(2_972_249_948));
    // Grant 3's payment of a claim never received is an error (004: paid on a claim).
    assert!(statuses[2]
        .findings
        .iter()
        .any(|f| f.message == Message::NoSuchClaim { number: 1 } && f.is_error()));
}

#[test]
fn the_file_reads_back_equal_and_every_refusal_is_placed() {
    let (mut f, _) = followed();
    f.grants[0].received[0].content_check.note = "Hyvä raportti.".into();
    let file = fu::export(&f, "2021-12-15T12:00:00Z");
    let text = fu::to_json(&file);
    assert_eq!(fu::file_name(&file), "hakemus-follow-up-2021-12-15.json");
    let read = fu::read(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file, file);
    assert_eq!(read.opened.len(), 1);
    assert_eq!(read.opened[0], fu::open_received(&f.grants[0], Lang::Fi));

    // A received text edited (a cent on an entry): its own reader refuses it, placed under it.
    let mut edited = f.clone();
    let t = &mut edited.grants[0].received[4];
    t.text = t.text.replacen("\"net\": \"50000.01\"", "\"net\": \"50000.02\"", 1);
    let e = fu::read(fu::to_json(&fu::export(&edited, AT)).as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path(), Some("follow_up.grants[0].received[4].sha256"));
    let t = &mut edited.grants[0].received[4];
    t.sha256 = hakemus::domain::grant::statement::sha256_hex(t.text.as_bytes());
    let e = fu::read(fu::to_json(&fu::export(&edited, AT)).as_bytes(), Lang::Fi).unwrap_err();
    match e {
        FollowUpError::Report { path, error } => {
            assert_eq!(path, "follow_up.grants[0].received[4].text");
            assert_eq!(error.path(), Some("figures.realised.eligible"));
        }
        other => panic!("{other:?}"),
    }
    // An id given twice, an unknown field, a leave-out without its reason's field.
    let mut twice = f.clone();
    twice.grants[0].payments[1].id = twice.grants[0].payments[0].id;
    let e = fu::read(fu::to_json(&fu::export(&twice, AT)).as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path(), Some("follow_up.grants[0].payments[1].id"));
    let unknown = text.replacen("\"decision_reference\"", "\"extra\": 1, \"decision_reference\"", 1);
    let e = fu::read(unknown.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path(), Some("follow_up.grants[0].extra"));
    let newer = text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert_eq!(
        fu::read(newer.as_bytes(), Lang::Fi).unwrap_err().path(),
        Some("schema_version")
    );
}

/// The committed example `tests/fixtures/follow-up/hakemus-follow-up.json`, as this build writes it:
/// case A received (five files), two payments, and the due dates as the ministry types them. The
/// end-to-end schema test (`tests/e2e/schema.test.js`) validates it with Ajv against the committed
/// schema; the periods' start and end are ISO (made from the application's file), the due dates as
/// typed — the grant's `RawPeriod` schema refused both `1.3.2020` and `15.7.2020` here.
#[test]
fn the_committed_example_is_what_this_build_writes_with_iso_periods_and_typed_due_dates() {
    let (mut f, _) = followed();
    for (p, due) in f.grants[0].periods.iter_mut().zip(["15.7.2020", "2020-11-15"]) {
        p.due = due.into();
    }
    let periods: Vec<_> = (f.grants[0].periods.iter())
        .map(|p| (p.start.as_str(), p.end.as_str()))
        .collect();
    // 1.3.2020–31.10.2021 every four months, the last cut at the end (docs/rules.md §11.3).
    assert_eq!(
        periods,
        [
            ("2020-03-01", "2020-06-30"),
            ("2020-07-01", "2020-10-31"),
            ("2020-11-01", "2021-02-28"),
            ("2021-03-01", "2021-06-30"),
            ("2021-07-01", "2021-10-31"),
        ]
    );
    let text = fu::to_json(&fu::export(&f, "2021-12-15T12:00:00Z"));
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/follow-up/hakemus-follow-up.json"
    );
    common::committed(path, &text, "UPDATE_FIXTURES", "cargo test --test follow_up");
    let read = fu::read(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file.follow_up, f);
    // The typed due date is read as a date: the first period's report came, the second is late.
    let s = grant_status(&f.grants[0], &read.opened[0], date!(2021 - 12 - 15));
    let rows: Vec<_> = s.periods.iter().take(2).map(|p| (p.due, p.state, p.late)).collect();
    assert_eq!(
        rows,
        [
            (Some(date!(2020 - 07 - 15)), ReportState::Received, false),
            (Some(date!(2020 - 11 - 15)), ReportState::Missing, true),
        ]
    );
}

const KIURUVESI_APPLICATION: &str = include_str!("fixtures/grant/kiuruvesi-application.json");
const KIURUVESI_DECISION: &str = include_str!("fixtures/grant/kiuruvesi-decision.json");

/// Kiuruvesi's grant opened from the committed application and decision (as the grant's app opens
/// it: the decision's fingerprint), its accounts, its first period's interim report and two claims.
fn kiuruvesi_opened() -> RawGrant {
    use hakemus::domain::formats::application;
    use hakemus::domain::formats::grant::{granted_project, read_decision};
    let app = application::import(KIURUVESI_APPLICATION.as_bytes(), Lang::Fi).unwrap();
    let decision = read_decision(KIURUVESI_DECISION.as_bytes()).unwrap();
    let mut g = granted_project(&app, &decision, "kiuruvesi-2020".into()).unwrap();
    let bearer = g.application.applicants[0].id.to_string();
    let entries: Vec<_> = [
        ("15.4.2020", "80 000,00"),
        ("15.9.2020", "70 000,03"),
        ("15.3.2021", "50 000,01"),
    ]
    .into_iter()
    .map(|(date, net)| hakemus::domain::grant::model::RawEntry {
        date: date.into(),
        voucher: format!("T-{date}"),
        category: "personnel".into(),
        bearer: bearer.clone(),
        description: "Hankkeen henkilöstökulut".into(),
        net: net.into(),
        ..Default::default()
    })
    .collect();
    g.append_entries(entries);
    let periods = fill_default_periods(&mut g, 4);
    let id = g.take_id();
    g.reports.push(RawInterimReport {
        id,
        period: periods[0],
        progress: "Lomakkeiden kartoitus on tehty.".into(),
        impacts: "Ei vielä vaikutuksia.".into(),
        ..RawInterimReport::default()
    });
    for (until, amount) in [("31.10.2020", "60 000,00"), ("30.6.2021", "70 000,00")] {
        let id = g.take_id();
        g.claims.push(hakemus::domain::grant::model::RawClaim {
            id,
            until: until.into(),
            amount: amount.into(),
            ..Default::default()
        });
    }
    g.claims[0].paid = "60 000,00".into();
    g.claims[0].paid_on = "30.11.2020".into();
    g
}

/// The grantee's files the follow-up's pages are tested with (`tests/follow_up_pages.rs`, and
/// `tests/e2e/follow-up.test.js` beside the decision of `tests/fixtures/grant/`), committed under
/// `tests/fixtures/follow-up/`: Kiuruvesi's first interim report and two payment claims, of the
/// project the decision granted (its fingerprint), so that they follow the decision's grant.
#[test]
fn kiuruvesi_s_report_files_follow_the_decision_s_grant_with_figures_computed_by_hand() {
    let g = kiuruvesi_opened();
    let files = [
        (
            "kiuruvesi-interim-report-1.json",
            to_json(&interim_report(&g, g.reports[0].id, "2020-07-10T09:00:00Z").unwrap()),
        ),
        (
            "kiuruvesi-payment-claim-1.json",
            to_json(&payment_claim(&g, g.claims[0].id, "2020-11-02T09:00:00Z").unwrap()),
        ),
        (
            "kiuruvesi-payment-claim-2.json",
            to_json(&payment_claim(&g, g.claims[1].id, "2021-07-01T09:00:00Z").unwrap()),
        ),
    ];
    for (name, text) in &files {
        let path = format!("{}/tests/fixtures/follow-up/{name}", env!("CARGO_MANIFEST_DIR"));
        common::committed(&path, text, "UPDATE_FIXTURES", "cargo test --test follow_up");
    }
    // As the home page takes them: the decision, then the three files.
    let mut f = RawFollowUp::default();
    assert_eq!(
        f.take(KIURUVESI_DECISION.as_bytes(), "2021-07-02", Lang::Fi),
        Ok(fu::Taken::Decision { added: 1 })
    );
    assert_eq!(
        f.take(KIURUVESI_DECISION.as_bytes(), "2021-07-02", Lang::Fi),
        Err(fu::TakeRefusal::DecisionKnown)
    );
    for (_, text) in &files {
        let taken = f.take(text.as_bytes(), "2021-07-02", Lang::Fi).unwrap();
        assert!(matches!(taken, fu::Taken::Report(r) if r.grant == 0 && !r.new_grant));
    }
    assert!(matches!(
        f.take(files[1].1.as_bytes(), "2021-07-02", Lang::Fi),
        Err(fu::TakeRefusal::Report(ReceiveRefusal::AlreadyReceived { .. }))
    ));
    assert_eq!(
        f.take(b"{\"format\": \"hakemus-application\"}", "2021-07-02", Lang::Fi),
        Err(fu::TakeRefusal::NotAFile)
    );
    assert_eq!(f.grants.len(), 1, "the reports follow the decision's grant");
    let grant = &f.grants[0];
    assert_eq!(grant.project_id, "kiuruvesi-2020");
    let s = grant_status(grant, &fu::open_received(grant, Lang::Fi), date!(2021 - 12 - 15));
    // G 181 500,00; claimed 60 000,00 + 70 000,00 = 130 000,00; nothing paid by the ministry yet,
    // so 181 500,00 still available; one interim report of six periods (1.3.2020–30.11.2021 every
    // four months: Mar–Jun 2020, Jul–Oct, Nov–Feb, Mar–Jun 2021, Jul–Oct, and November cut at the
    // end); no due dates typed, so no period is late, but no final report after 30.11.2021 is.
    assert_eq!(s.granted, Some(eur(18_150_000)));
    assert_eq!(s.claimed, eur(13_000_000));
    assert_eq!((s.paid, s.available), (eur(0), eur(18_150_000)));
    let received = s.periods.iter().filter(|p| p.state != ReportState::Missing).count();
    assert_eq!((received, s.periods.len()), (1, 6));
    assert_eq!(s.late().count(), 0);
    assert!(s.final_late);
}

#[test]
fn hakemus_check_prints_the_follow_up_and_its_findings() {
    let (mut f, _) = followed();
    for (p, due) in f.grants[0].periods.iter_mut().zip(["15.7.2020", "15.11.2020"]) {
        p.due = due.into();
    }
    let id = f.grants[0].add_payment(3);
    let p = f.grants[0].payment_mut(id).unwrap();
    (p.amount, p.presenter, p.approver, p.approved_on) = (
        "40 000,04".into(),
        "Olli Ojala".into(),
        "Olli Ojala".into(),
        "10.12.2021".into(),
    );
    let text = fu::to_json(&fu::export(&f, "2021-12-15T12:00:00Z"));
    let dir = std::env::temp_dir().join(format!("hakemus-check-follow-up-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("follow-up.json");
    std::fs::write(&path, &text).unwrap();
    let (code, out) = common::hakemus_check(&[path.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    for line in [
        "Grant at most: €181,500.00\n",
        "Paid: €130,000.00\n",
        "Still available: €51,500.00\n",
        "Reporting period: 1.3.2020 – 30.6.2020: received\n",
        "Reporting period: 1.7.2020 – 31.10.2020: missing (late)\n",
        "Final report: received\n",
        "Last instalment: €40,000.03\n",
        "Payment list: €170,000.04 (3)\n",
        "Appropriation: €30,000,000.00\n",
        "error payment: follow_up.grants[0].payments[2].amount: €40,000.04 approved is more than the claim may ask (€40,000.03).",
        "warning duties: follow_up.grants[0].payments[2].approver: Olli Ojala both presents and approves the payment. (assumed, not the decision's words)",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    // The same file with the received text edited is refused at its place.
    let bad = text.replacen(&f.grants[0].received[0].sha256, &"0".repeat(64), 1);
    std::fs::write(&path, &bad).unwrap();
    let (code, out) = common::hakemus_check(&[path.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("follow_up.grants[0].received[0].sha256"), "{out}");
}

/// The final report is due by a later end the ministry accepted (docs/rules.md §12.2, §12.3), as the
/// latest file received carries the decided changes: case A extended to 31.3.2022, one claim
/// received, no final report.
#[test]
fn an_accepted_later_end_moves_when_the_final_report_is_late() {
    use hakemus::domain::grant::model::Outcome;
    let mut g = case_a_reporting();
    let request = g.add_change_request();
    let part = g.change_mut(request).unwrap().parts[0].id;
    let p = g.change_part_mut(request, part).unwrap();
    p.end = "31.3.2022".into();
    p.reason = "Toimitus viivästyi.".into();
    let claim = g.claims[0].id;
    let followed_with = |g: &RawGrant| {
        let mut f = RawFollowUp::default();
        let file = to_json(&payment_claim(g, claim, AT).unwrap());
        f.receive(file.as_bytes(), "2021-11-26", Lang::Fi).unwrap();
        let opened = fu::open_received(&f.grants[0], Lang::Fi);
        let late = |day| grant_status(&f.grants[0], &opened, day).final_late;
        (
            late(date!(2021 - 12 - 01)),
            late(date!(2022 - 03 - 31)),
            late(date!(2022 - 04 - 01)),
        )
    };
    // Asked, not decided: the call's 30.11.2021 holds.
    assert_eq!(followed_with(&g), (true, true, true));
    accept_end(&mut g, request, part);
    // Accepted: late only after 31.3.2022.
    assert_eq!(followed_with(&g), (false, false, true));
    // Rejected: the call's date again.
    g.change_mut(request).unwrap().decision.as_mut().unwrap().parts[0].outcome = Outcome::Rejected;
    assert_eq!(followed_with(&g), (true, true, true));
}

/// The reporting periods follow an accepted later end (docs/rules.md §11.3, §12.2): the ministry's
/// periods were proposed from the first claim, before the change (1.3.2020–31.10.2021 in four
/// months: five, the last 1.7.–31.10.2021, its due date typed). A later claim carries the change
/// accepted (end 31.3.2022): the periods after the last are added, 1.11.2021–28.2.2022 and
/// 1.3.–31.3.2022 (1.7.–31.10.2021 is already a full four months, so it stays), and the typed due
/// date stays.
#[test]
fn the_reporting_periods_follow_an_accepted_later_end() {
    use hakemus::domain::grant::model::Outcome;
    let mut g = case_a_reporting();
    let mut f = RawFollowUp::default();
    let first = to_json(&payment_claim(&g, g.claims[0].id, AT).unwrap());
    f.receive(first.as_bytes(), "2020-11-05", Lang::Fi).unwrap();
    let days = |f: &RawFollowUp| -> Vec<(String, String)> {
        f.grants[0]
            .periods
            .iter()
            .map(|p| (p.start.clone(), p.end.clone()))
            .collect()
    };
    assert_eq!(days(&f).len(), 5);
    assert_eq!(days(&f)[4], ("2021-07-01".into(), "2021-10-31".into()));
    f.grants[0].periods[4].due = "15.11.2021".into();
    let before = f.clone();

    let request = g.add_change_request();
    let part = g.change_mut(request).unwrap().parts[0].id;
    let p = g.change_part_mut(request, part).unwrap();
    p.end = "31.3.2022".into();
    p.reason = "Toimitus viivästyi.".into();
    accept_end(&mut g, request, part);
    let later = to_json(&payment_claim(&g, g.claims[1].id, AT).unwrap());
    f.receive(later.as_bytes(), "2021-11-26", Lang::Fi).unwrap();
    let now = days(&f);
    assert_eq!(now[..5], days(&before)[..]);
    assert_eq!(
        now[5..],
        [
            ("2021-11-01".to_string(), "2022-02-28".to_string()),
            ("2022-03-01".to_string(), "2022-03-31".to_string()),
        ]
    );
    assert_eq!(f.grants[0].periods[4].due, "15.11.2021");
    let ids: std::collections::BTreeSet<_> = f.grants[0].periods.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), 7, "each period its own id");

    // A rejected later end changes no period; a period the ministry cut short at the last day
    // (30.9.2021) runs on to its four months when the end in force is later.
    let mut cut = before.clone();
    cut.grants[0].periods[4].end = "2021-09-30".into();
    let mut g2 = g.clone();
    g2.change_mut(request).unwrap().decision.as_mut().unwrap().parts[0].outcome = Outcome::Rejected;
    let rejected = to_json(&payment_claim(&g2, g2.claims[1].id, AT).unwrap());
    let mut same = before.clone();
    same.receive(rejected.as_bytes(), "2021-11-26", Lang::Fi).unwrap();
    assert_eq!(days(&same), days(&before), "a rejected later end changes no period");
    cut.receive(later.as_bytes(), "2021-11-26", Lang::Fi).unwrap();
    assert_eq!(
        days(&cut)[4],
        ("2021-07-01".into(), "2021-10-31".into()),
        "the period cut at the old end runs on"
    );
    assert_eq!(days(&cut).len(), 7);
}

/// The ministry's decision on the later end asked in `request`'s `part`: accepted, as 15.10.2021.
fn accept_end(g: &mut RawGrant, request: u64, part: u64) {
    use hakemus::domain::grant::model::{ChangeDecision, Outcome, PartDecision};
    g.change_mut(request).unwrap().decision = Some(ChangeDecision {
        decided_on: "2021-10-15".into(),
        decider: "Maija Virtanen".into(),
        parts: vec![PartDecision {
            part,
            outcome: Outcome::Accepted,
            reason: "Viive on perusteltu.".into(),
            ..PartDecision::default()
        }],
    });
}
