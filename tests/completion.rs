//! Completion of a received report (docs/rules.md §12.4.1): Kiuruvesi's first interim report
//! (`tests/common/grant.rs`) received, the ministry's request to complete it (a question, and its
//! April entry asked about), the grantee's answer carrying the completed report; the two files
//! (committed schemas, read back equal, refused with their place), the follow-up taking the answer
//! (matched to its request, the completed report received and counted for its period, refusals
//! changing nothing), the request's state and findings, the follow-up file round trip,
//! `hakemus-check` on both files, and the requests being written kept as typed per grant and report.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::case_a_reporting;
use hakemus::domain::formats::completion::{
    answer, answer_file_name, answer_from_grant, answer_schema, format_of, read_answer, read_request, request,
    request_file_name, request_schema, to_json, AnswerError, AnswerFile, Asked, RequestFile, ANSWER_FORMAT,
    ANSWER_SCHEMA_JSON, REQUEST_FORMAT, REQUEST_SCHEMA_JSON,
};
use hakemus::domain::formats::follow_up::{
    self as fu, open_received, CompletionRefusal, RawFollowUp, ReportKind, TakeRefusal, Taken,
};
use hakemus::domain::formats::grant_reports::{self as reports, final_report, interim_report};
use hakemus::domain::formats::reader::{from_json, Problem};
use hakemus::domain::grant::model::RawGrant;
use hakemus::domain::reviewer::clarification::State;
use hakemus::domain::reviewer::follow_up::{
    completion_state, grant_status, report_state_in, CompletionDraft, CompletionDrafts, Message, ReportState, Rule,
};
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::vocabulary::locale::Lang;
use serde_json::Value;
use std::collections::BTreeMap;
use time::macros::date;

const ASKED_AT: &str = "2020-08-03T09:00:00Z";
const ON_TIME: &str = "2020-08-20T10:00:00Z";
const LATE: &str = "2020-09-02T10:00:00Z";

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        (REQUEST_FORMAT, request_schema(), REQUEST_SCHEMA_JSON),
        (ANSWER_FORMAT, answer_schema(), ANSWER_SCHEMA_JSON),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test completion");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
        assert_eq!(schema["additionalProperties"], false);
    }
}

fn interim_text(g: &RawGrant, at: &str) -> String {
    reports::to_json(&interim_report(g, g.reports[0].id, at).unwrap())
}

/// The follow-up with the first interim report received, and that report's id.
fn received() -> (RawFollowUp, u64) {
    let mut f = RawFollowUp::default();
    let r = f
        .receive(
            interim_text(&case_a_reporting(), "2020-07-10T09:00:00Z").as_bytes(),
            "2020-07-10",
            Lang::Fi,
        )
        .unwrap();
    (f, r.id)
}

/// The ministry's request about the interim report: a question, and the April entry asked about.
fn asked(f: &RawFollowUp, report: u64) -> Asked {
    let g = &f.grants[0];
    let opened = open_received(g, Lang::Fi);
    let o = opened[&report].as_ref().unwrap();
    let april = o.entries()[0].id;
    g.completion_asked(
        report,
        o,
        &g.next_completion_id(),
        ASKED_AT,
        "2020-08-31",
        &["Mitä työtä kaudella tehtiin?".into(), "  ".into()],
        &[
            (april, "Lähettäkää kirjauksen tosite.".into()),
            (999, "Ei raportissa.".into()),
        ],
    )
    .unwrap()
}

/// The grantee's completed report: the progress written out, made on `at`.
fn completed(at: &str) -> String {
    let mut g = case_a_reporting();
    g.reports[0].progress = "Työ etenee: lomakkeet on siirretty palveluun, tosite liitteenä.".into();
    interim_text(&g, at)
}

fn answers(first: &str, second: &str) -> BTreeMap<u64, String> {
    BTreeMap::from([(1, first.to_string()), (2, second.to_string())])
}

fn answer_of(req: &RequestFile, first: &str, second: &str, at: &str) -> AnswerFile {
    let report: Value = serde_json::from_str(&completed(at)).unwrap();
    answer(req, &answers(first, second), &report, at)
}

#[test]
fn a_request_names_the_grant_the_report_and_what_is_asked_and_stands_alone() {
    let (f, report) = received();
    let a = asked(&f, report);
    assert_eq!(a.id, "1");
    assert_eq!(
        (a.grant.project_id.as_str(), a.grant.lead_business_id.as_str()),
        ("kiuruvesi", "0175542-1")
    );
    assert_eq!(a.report.kind, ReportKind::InterimReport);
    assert_eq!(a.report.sha256, f.grants[0].received[0].sha256);
    assert_eq!(
        (a.report.period_start.as_str(), a.report.period_end.as_str()),
        ("2020-03-01", "2020-06-30")
    );
    // A blank question left out; the entry numbered after the questions, as the file writes it; an
    // entry the report does not count left out.
    assert_eq!(a.questions.len(), 1);
    assert_eq!(a.entries.len(), 1);
    let e = &a.entries[0];
    assert_eq!(
        (e.id, e.date.as_str(), e.net.as_str(), e.voucher.as_str()),
        (2, "2020-04-15", "80000.00", "T-15.4.2020")
    );
    let req = request(a.clone());
    let text = to_json(&req);
    assert_eq!(format_of(text.as_bytes()), Some(REQUEST_FORMAT));
    let read = read_request(text.as_bytes()).unwrap();
    assert_eq!(read.file, req);
    assert_eq!(
        request_file_name(&req),
        "hakemus-completion-request-sahkoiset-lomakkeet-ja-niiden-kasittelyn-prosessit-haltuun-2020-08-31.json"
    );
}

#[test]
fn an_answer_carries_the_completed_report_as_its_own_format_writes_it() {
    let (f, report) = received();
    let req = request(asked(&f, report));
    let ans = answer_of(&req, "Siirsimme lomakkeet.", "Liitteenä.", ON_TIME);
    let text = to_json(&ans);
    assert_eq!(format_of(text.as_bytes()), Some(ANSWER_FORMAT));
    let read = read_answer(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file, ans);
    assert_eq!(read.report.kind(), ReportKind::InterimReport);
    assert_eq!(
        read.report_text,
        completed(ON_TIME),
        "the report's text as the grantee's app writes it"
    );
    assert_eq!(
        answer_file_name(&ans),
        "hakemus-completion-sahkoiset-lomakkeet-ja-niiden-kasittelyn-prosessit-haltuun-2020-08-20.json"
    );
    // An answer to a question not asked is written without it.
    let extra = BTreeMap::from([(1, "a".to_string()), (9, "b".to_string())]);
    let report: Value = serde_json::from_str(&completed(ON_TIME)).unwrap();
    assert_eq!(
        answer(&req, &extra, &report, ON_TIME)
            .answers
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        [1, 2]
    );
}

#[test]
fn the_grantee_answers_with_the_report_made_from_its_current_accounts() {
    let (f, report) = received();
    let req = request(asked(&f, report));
    let mut g = case_a_reporting();
    g.reports[0].progress = "Työ etenee: lomakkeet on siirretty palveluun, tosite liitteenä.".into();
    let ans = answer_from_grant(&req, &answers("Siirsimme.", "Liitteenä."), &g, ON_TIME).unwrap();
    let read = read_answer(to_json(&ans).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(
        read.report_text,
        completed(ON_TIME),
        "the interim report of the period asked about"
    );
    // A grant without a report of that period has nothing to answer with.
    g.reports.clear();
    assert!(answer_from_grant(&req, &answers("a", "b"), &g, ON_TIME).is_none());
}

/// The lead's side (`exchange::completion`): the request opened in its project and kept whole,
/// the same request again changing nothing, another project's or application's refused; the
/// answer's findings (each question left empty and the deadline passed are warnings, the report
/// asked about missing an error); the answer made from the project and taken by the follow-up.
#[test]
fn the_lead_opens_the_request_in_its_project_answers_it_and_the_follow_up_takes_the_answer() {
    use hakemus::domain::exchange::completion::{self as lead, Problem as P, Refusal};
    let (mut f, report) = received();
    let a = asked(&f, report);
    assert!(f.grants[0].record_completion(report, a.clone()));
    let check = &mut f.grants[0].received[0].accounts_check;
    (check.by, check.on, check.verdict) = (
        "Maija Virtanen".into(),
        "2020-08-03".into(),
        fu::Verdict::CompletionRequested,
    );
    let state = |f: &RawFollowUp| report_state_in(&f.grants[0], &f.grants[0].received[0]);
    assert_eq!(state(&f), ReportState::CompletionRequested);
    let req = request(a);
    let text = to_json(&req);
    let mut g = case_a_reporting();
    let Ok(lead::Taken::New(row)) = lead::take(&mut g, &text, &req) else {
        panic!("taken")
    };
    assert_eq!(g.completions[0].request, text, "kept as it came");
    assert_eq!(lead::take(&mut g, &text, &req), Ok(lead::Taken::Again(row)));
    assert_eq!(g.completions.len(), 1);
    let mut other = req.clone();
    other.request.grant.project_id = "espoo".into();
    assert_eq!(
        lead::take(&mut g, &to_json(&other), &other),
        Err(Refusal::OtherProject { named: "espoo".into() })
    );
    let mut version = req.clone();
    version.request.grant.fingerprint = "0".repeat(64);
    assert_eq!(
        lead::take(&mut g, &to_json(&version), &version),
        Err(Refusal::OtherApplication)
    );
    assert_eq!(g.completions.len(), 1, "nothing taken of the refused");

    let said = |g: &RawGrant, day| {
        (lead::check(g, &req.request, &g.completions[0].answers, day).into_iter())
            .map(|x| (x.severity, x.path, x.problem))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        said(&g, date!(2020 - 08 - 20)),
        [
            (Severity::Warning, "answers.1".into(), P::Unanswered { question: 1 }),
            (Severity::Warning, "answers.2".into(), P::Unanswered { question: 2 }),
        ]
    );
    g.completions[0].answers = answers("Siirsimme lomakkeet.", "Tosite liitteenä.");
    assert_eq!(said(&g, date!(2020 - 08 - 31)), [], "answered on the deadline's day");
    assert_eq!(
        said(&g, date!(2020 - 09 - 01)),
        [(
            Severity::Warning,
            "deadline".into(),
            P::Late {
                deadline: date!(2020 - 08 - 31)
            }
        )]
    );
    let mut without = g.clone();
    without.reports.clear();
    assert_eq!(
        said(&without, date!(2020 - 08 - 20)),
        [(
            Severity::Error,
            "report".into(),
            P::NoReport {
                kind: ReportKind::InterimReport
            }
        )]
    );
    assert_eq!(
        lead::answer_of(&without, row, ON_TIME),
        None,
        "no answer without the report"
    );

    // The answer made from the project, read by the ministry's follow-up.
    g.reports[0].progress = "Työ etenee: lomakkeet on siirretty palveluun, tosite liitteenä.".into();
    let ans = lead::answer_of(&g, row, ON_TIME).unwrap();
    assert_eq!(ans.answers, answers("Siirsimme lomakkeet.", "Tosite liitteenä."));
    let taken = f.take(to_json(&ans).as_bytes(), "2020-08-21", Lang::Fi).unwrap();
    assert!(matches!(taken, Taken::Completion(_)), "{taken:?}");
    assert_eq!(f.grants[0].received[1].text, completed(ON_TIME));
    assert_eq!(
        state(&f),
        ReportState::Completed,
        "the original, once its completion came"
    );
}

/// `text` changed as `change` says, read, and the refusal's place.
fn refused_at(text: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(text).unwrap();
    change(&mut v);
    let changed = serde_json::to_string_pretty(&v).unwrap();
    let e = read_answer(changed.as_bytes(), Lang::Fi).unwrap_err();
    e.path().unwrap_or("(whole)").to_string()
}

#[test]
fn the_readers_refuse_with_the_place() {
    let (f, report) = received();
    let req = request(asked(&f, report));
    let text = to_json(&answer_of(&req, "a", "b", ON_TIME));
    assert_eq!(refused_at(&text, |v| v["colour"] = "red".into()), "colour");
    assert_eq!(refused_at(&text, |v| v["schema_version"] = 2.into()), "schema_version");
    assert_eq!(refused_at(&text, |v| v["answers"]["9"] = "c".into()), "answers.9");
    assert_eq!(
        refused_at(&text, |v| v["answered_at"] = "20.8.2020".into()),
        "answered_at"
    );
    assert_eq!(
        refused_at(&text, |v| v["request"]["deadline"] = "".into()),
        "request.deadline"
    );
    // The completed report through its own reader: an edited figure refused under `report`.
    let e = {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        v["report"]["figures"]["cumulative"]["all"]["net"] = "1.00".into();
        read_answer(serde_json::to_string(&v).unwrap().as_bytes(), Lang::Fi).unwrap_err()
    };
    assert!(matches!(e, AnswerError::Report(_)), "{e:?}");
    assert_eq!(e.path(), Some("report.figures.cumulative.all.net"));
    // Another kind of report than the one asked about.
    let final_text = reports::to_json(&final_report(&case_a_reporting(), ON_TIME));
    assert_eq!(
        refused_at(&text, |v| v["report"] = serde_json::from_str(&final_text).unwrap()),
        "report.format"
    );
    assert_eq!(refused_at(&text, |v| v["report"] = "text".into()), "report");
    // A request asking nothing.
    let mut nothing = req.clone();
    nothing.request.questions.clear();
    nothing.request.entries.clear();
    let e = read_request(to_json(&nothing).as_bytes()).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("request"));
    assert!(matches!(e.problem, Problem::Invalid { .. }));
}

#[test]
fn the_follow_up_takes_the_answer_beside_its_request_and_the_completed_report_counts_for_its_period() {
    let (mut f, report) = received();
    let a = asked(&f, report);
    let unrecorded = f.clone();
    assert!(f.grants[0].record_completion(report, a.clone()));
    assert!(
        f.grants[0].record_completion(report, a.clone()),
        "the same request twice"
    );
    assert_eq!(f.grants[0].received[0].completions.len(), 1, "kept once");
    assert_eq!(f.grants[0].next_completion_id(), "2");
    let req = request(a.clone());
    let sent = &f.grants[0].received[0].completions[0];
    assert_eq!(completion_state(sent, date!(2020 - 08 - 31)), State::Sent);
    assert_eq!(completion_state(sent, date!(2020 - 09 - 01)), State::Late);

    let ans = to_json(&answer_of(&req, "Siirsimme lomakkeet.", "", ON_TIME));
    let taken = f.take(ans.as_bytes(), "2020-08-21", Lang::Fi).unwrap();
    let Taken::Completion(r) = taken else {
        panic!("{taken:?}")
    };
    let g = &f.grants[0];
    assert_eq!(g.received.len(), 2);
    let new = &g.received[1];
    assert_eq!(
        (new.id, new.completes, new.kind),
        (r.id, report, ReportKind::InterimReport)
    );
    assert_eq!(new.text, completed(ON_TIME));
    let sent = &g.received[0].completions[0];
    assert_eq!(sent.answers.len(), 1);
    assert_eq!(sent.answers[0].report, new.id);
    assert_eq!(
        completion_state(sent, date!(2020 - 09 - 30)),
        State::Answered {
            on: date!(2020 - 08 - 20)
        }
    );
    // The period's report is now the completed one, received, to be checked again.
    let status = grant_status(g, &open_received(g, Lang::Fi), date!(2020 - 09 - 30));
    assert_eq!(status.periods[0].report, Some(new.id));
    assert_eq!(status.periods[0].state, ReportState::Received);
    // The entry's question left unanswered: a warning at its place.
    let unanswered: Vec<_> = (status.findings.iter())
        .filter(|x| x.rule == Rule::Completion)
        .map(|x| (x.severity, x.path.as_str(), x.message.clone()))
        .collect();
    assert_eq!(
        unanswered,
        [(
            Severity::Warning,
            "received[0].completions[0].answers[0].answers.2",
            Message::CompletionUnanswered { question: 2 }
        )]
    );

    // The same answer again, an answer to a request asked otherwise, to one never sent: refused,
    // nothing changed.
    let after = f.clone();
    assert_eq!(
        f.take(ans.as_bytes(), "2020-08-22", Lang::Fi),
        Err(TakeRefusal::Completion(CompletionRefusal::AlreadyReceived))
    );
    let mut otherwise = req.clone();
    otherwise.request.deadline = "2020-09-30".into();
    let other = to_json(&answer_of(&otherwise, "a", "b", ON_TIME));
    assert_eq!(
        f.take(other.as_bytes(), "2020-08-22", Lang::Fi),
        Err(TakeRefusal::Completion(CompletionRefusal::NotAsSent))
    );
    let mut never = req.clone();
    never.request.id = "7".into();
    let never = to_json(&answer_of(&never, "a", "b", ON_TIME));
    assert_eq!(
        f.take(never.as_bytes(), "2020-08-22", Lang::Fi),
        Err(TakeRefusal::Completion(CompletionRefusal::UnknownRequest))
    );
    assert_eq!(f, after);
    let mut unsent = unrecorded;
    assert_eq!(
        unsent.take(ans.as_bytes(), "2020-08-22", Lang::Fi),
        Err(TakeRefusal::Completion(CompletionRefusal::UnknownRequest)),
        "no request recorded"
    );
}

#[test]
fn an_answer_after_the_deadline_is_late_and_a_warning() {
    let (mut f, report) = received();
    let a = asked(&f, report);
    f.grants[0].record_completion(report, a.clone());
    let ans = to_json(&answer_of(&request(a), "a", "b", LATE));
    f.take(ans.as_bytes(), "2020-09-02", Lang::Fi).unwrap();
    let g = &f.grants[0];
    assert_eq!(
        completion_state(&g.received[0].completions[0], date!(2020 - 09 - 30)),
        State::AnsweredLate {
            on: date!(2020 - 09 - 02)
        }
    );
    let status = grant_status(g, &open_received(g, Lang::Fi), date!(2020 - 09 - 30));
    let late: Vec<_> = status.findings.iter().filter(|x| x.rule == Rule::Completion).collect();
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0].path, "received[0].completions[0].answers[0].answered_at");
    assert!(late[0].assumed);
}

#[test]
fn the_follow_up_file_keeps_the_requests_and_answers_and_older_files_have_none() {
    let (mut f, report) = received();
    let plain = fu::to_json(&fu::export(&f, ON_TIME));
    assert!(
        !plain.contains("completions") && !plain.contains("completes"),
        "as before"
    );
    let a = asked(&f, report);
    f.grants[0].record_completion(report, a.clone());
    let ans = to_json(&answer_of(&request(a), "a", "b", ON_TIME));
    f.take(ans.as_bytes(), "2020-08-21", Lang::Fi).unwrap();
    let text = fu::to_json(&fu::export(&f, ON_TIME));
    let read = fu::read(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file.follow_up, f);
    // An answer naming a report the grant does not hold is refused at its place.
    let new = f.grants[0].received[1].id;
    let broken = text.replacen(&format!("\"report\": {new}"), "\"report\": 99", 1);
    assert_ne!(broken, text);
    let e = fu::read(broken.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(
        e.path(),
        Some("follow_up.grants[0].received[0].completions[0].answers[0].report")
    );
}

fn write(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("hakemus-check-completion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, text).unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn hakemus_check_reads_both_files_and_the_committed_examples_are_the_writers() {
    let (f, report) = received();
    let req = request(asked(&f, report));
    let ans = answer_of(&req, "Siirsimme lomakkeet.", "", ON_TIME);
    let (req_file, ans_file) = (write("request", &to_json(&req)), write("answer", &to_json(&ans)));
    let (code, out) = common::hakemus_check(&[&req_file]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Deadline: 31 August 2020"), "{out}");
    assert!(out.contains("Questions: 2"), "{out}");
    let (code, out) = common::hakemus_check(&[&ans_file]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("completion: answers.2: The completion does not answer question 2."),
        "{out}"
    );
    let mut v: Value = serde_json::from_str(&to_json(&ans)).unwrap();
    v["report"]["figures"]["cumulative"]["all"]["net"] = "1.00".into();
    let (code, out) = common::hakemus_check(&[&write("edited", &serde_json::to_string(&v).unwrap())]);
    assert_eq!(code, 1, "{out}");

    // The examples the schema test (tests/e2e/schema.test.js) validates.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/completion");
    for (name, text) in [(REQUEST_FORMAT, to_json(&req)), (ANSWER_FORMAT, to_json(&ans))] {
        let path = format!("{dir}/{name}.json");
        common::committed(&path, &text, "UPDATE_FIXTURES", "cargo test --test completion");
    }
}

/// The requests being written, kept per grant and report as typed: a draft wrong in every field
/// (no date, an entry asked nothing, spaces) is kept whole; another report's and another grant's
/// stay apart and in their place; a draft emptied (its request sent) is taken out, and nothing
/// empty is ever added. The stored text reads back equal with the strict reader, and a field this
/// version does not know is refused.
#[test]
fn the_requests_being_written_are_kept_per_grant_and_report_as_typed() {
    let wrong = CompletionDraft {
        questions: "  ".into(),
        entries: vec![(3, String::new()), (5, "Tosite?".into())],
        deadline: "31.13.2020".into(),
    };
    let other = CompletionDraft {
        questions: "Mitä työtä tehtiin?".into(),
        ..CompletionDraft::default()
    };
    let mut kept = CompletionDrafts::default();
    kept.set("kiuruvesi", 6, CompletionDraft::default());
    assert!(kept.is_empty(), "nothing typed: nothing kept");
    kept.set("kiuruvesi", 6, wrong.clone());
    kept.set("kiuruvesi", 7, other.clone());
    kept.set("iisalmi", 6, other.clone());
    assert_eq!(kept.of("kiuruvesi", 6), wrong);
    assert_eq!(kept.of("kiuruvesi", 7), other);
    assert_eq!(kept.of("iisalmi", 6), other);
    assert_eq!(kept.of("iisalmi", 7), CompletionDraft::default());
    // Typing on changes the report's own draft in its place.
    let mut typed = wrong.clone();
    typed.deadline = "31.12.2020".into();
    kept.set("kiuruvesi", 6, typed.clone());
    let places: Vec<(&str, u64)> = kept.0.iter().map(|k| (k.grant.as_str(), k.report)).collect();
    assert_eq!(places, [("kiuruvesi", 6), ("kiuruvesi", 7), ("iisalmi", 6)]);
    assert_eq!(kept.of("kiuruvesi", 6), typed);
    // As stored: read back equal, strictly.
    let text = serde_json::to_string(&kept).unwrap();
    assert_eq!(from_json::<CompletionDrafts>(&text).unwrap(), kept);
    let mut extra: Value = serde_json::from_str(&text).unwrap();
    extra[0]["draft"]["colour"] = "red".into();
    assert!(from_json::<CompletionDrafts>(&extra.to_string()).is_err());
    // Sent: the report's draft taken out, the others kept.
    kept.set("kiuruvesi", 6, CompletionDraft::default());
    assert_eq!(kept.of("kiuruvesi", 6), CompletionDraft::default());
    assert_eq!(kept.0.len(), 2);
    kept.set("kiuruvesi", 7, CompletionDraft::default());
    kept.set("iisalmi", 6, CompletionDraft::default());
    assert!(kept.is_empty());
}
