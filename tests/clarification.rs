//! Further clarification of a deferred application (docs/rules.md §12.1): the request and the answer
//! files (committed schemas, read back equal, refused with their place), the answer checked against
//! its request (a question unanswered, a change outside the asked parts at its field, late), the
//! ministry's record, and `hakemus-check` on both files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use hakemus::domain::draft::RawDraft;
use hakemus::domain::exchange::clarification::{check_answer, check_answer_alone, Problem, Rule};
use hakemus::domain::formats::application::fingerprint;
use hakemus::domain::formats::clarification::{
    answer, answer_file_name, answer_schema, format_of, read_answer, read_request, request, request_file_name,
    request_schema, to_json, Asked, Question, ANSWER_FORMAT, ANSWER_SCHEMA_JSON, REQUEST_FORMAT, REQUEST_SCHEMA_JSON,
};
use hakemus::domain::formats::reader::Problem as ReadProblem;
use hakemus::domain::reviewer::clarification::{merge, next_request_id, receive, record_request, Refusal, State};
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::rules::sections::Section;
use hakemus::domain::vocabulary::locale::Lang;
use serde_json::Value;
use std::collections::BTreeMap;
use time::macros::date;

const ASKED_AT: &str = "2020-03-16T09:00:00Z";
const ON_TIME: &str = "2020-04-29T14:30:00Z";
const LATE: &str = "2020-05-04T08:00:00Z";

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        (REQUEST_FORMAT, request_schema(), REQUEST_SCHEMA_JSON),
        (ANSWER_FORMAT, answer_schema(), ANSWER_SCHEMA_JSON),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test clarification");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
    }
}

/// The deferred application: the complete example, its budget and schedule to be revised.
fn original() -> RawDraft {
    common::complete_application()
}

fn asked() -> Asked {
    Asked {
        id: "lisaselvitys-1".into(),
        asked_at: ASKED_AT.into(),
        deadline: "2020-04-30".into(),
        questions: vec![
            Question {
                id: 1,
                text: "Miten hankkeen tulokset otetaan käyttöön muissa kunnissa?".into(),
            },
            Question {
                id: 2,
                text: "Perustelkaa ohjelmistolisenssien tarve.".into(),
            },
        ],
        parts: vec!["budget".into(), "schedule".into()],
    }
}

fn answers(first: &str, second: &str) -> BTreeMap<u64, String> {
    BTreeMap::from([(1, first.to_string()), (2, second.to_string())])
}

#[test]
fn both_files_read_back_equal_and_name_the_two_versions() {
    let d = original();
    let req = request(asked(), &d);
    assert_eq!(req.fingerprint, fingerprint(&d));
    let text = to_json(&req);
    assert_eq!(format_of(text.as_bytes()), Some(REQUEST_FORMAT));
    let read = read_request(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file, req);
    assert_eq!(
        fingerprint(&read.draft),
        fingerprint(&d),
        "the application carried whole"
    );
    assert_eq!(read.parts, [Section::Schedule, Section::Budget], "in the form's order");
    let name = request_file_name(&req);
    assert!(
        name.starts_with("hakemus-clarification-request-") && name.ends_with("-2020-04-30.json") && name.is_ascii()
    );

    // The lead revises the budget: one line's amount.
    let mut revised = read.draft.clone();
    revised.budget.lines[0].amount = "1 000".into();
    let ans = answer(
        &req,
        &answers("Avoimena lähdekoodina.", "Lisenssit ovat välttämättömiä."),
        &revised,
        ON_TIME,
    );
    let text = to_json(&ans);
    assert_eq!(format_of(text.as_bytes()), Some(ANSWER_FORMAT));
    let back = read_answer(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.file, ans);
    assert_eq!(fingerprint(&back.draft), fingerprint(&revised));
    assert_eq!(back.fingerprint, fingerprint(&revised), "the clarified version's own");
    assert_ne!(
        back.fingerprint, back.file.original,
        "both versions, each by its fingerprint"
    );
    assert!(answer_file_name(&ans, &req.project).ends_with("-2020-04-29.json"));
    assert_eq!(check_answer(&read, &back), []);
}

#[test]
fn the_answer_is_checked_against_what_was_asked() {
    let d = original();
    let req = request(asked(), &d);
    let read = read_request(to_json(&req).as_bytes(), Lang::Fi).unwrap();
    let mut revised = read.draft.clone();
    revised.budget.lines[0].amount = "1 000".into(); // asked: the budget
    revised.project.summary.push_str(" Lisätty."); // not asked
    let ans = answer(&req, &answers("Avoimena lähdekoodina.", " "), &revised, LATE);
    let back = read_answer(to_json(&ans).as_bytes(), Lang::Fi).unwrap();
    let found: Vec<(Rule, Severity, String)> = check_answer(&read, &back)
        .into_iter()
        .map(|f| (f.rule, f.severity, f.path))
        .collect();
    assert_eq!(
        found,
        [
            (Rule::Answered, Severity::Error, "answers.2".to_string()),
            (
                Rule::Parts,
                Severity::Error,
                "application.application.project.summary".to_string()
            ),
            (Rule::OnTime, Severity::Warning, "answered_at".to_string()),
        ]
    );
    // The answer alone cannot tell the parts: what it can tell stays.
    let alone: Vec<Rule> = check_answer_alone(&back).into_iter().map(|f| f.rule).collect();
    assert_eq!(alone, [Rule::Answered, Rule::OnTime]);

    // An answer to another request (here: the deadline moved) is that error alone.
    let mut other = asked();
    other.deadline = "2020-05-31".into();
    let other = answer(&request(other, &d), &answers("a", "b"), &revised, ON_TIME);
    let other = read_answer(to_json(&other).as_bytes(), Lang::Fi).unwrap();
    let found = check_answer(&read, &other);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].problem, Problem::OtherRequest);
}

#[test]
fn the_files_are_read_strictly_with_the_place_of_each_refusal() {
    let d = original();
    let req = to_json(&request(asked(), &d));
    let refused = |text: &str| read_request(text.as_bytes(), Lang::Fi).unwrap_err();
    let at = |text: &str| refused(text).path;

    let nothing = req.replacen("\"budget\",", "", 1).replacen("\"schedule\"", "", 1);
    let value: Value = serde_json::from_str(&nothing).unwrap();
    let mut value = value;
    value["request"]["questions"] = Value::Array(vec![]);
    assert_eq!(at(&to_json(&value)).as_deref(), Some("request"), "nothing asked");
    let deadline = req.replacen("\"2020-04-30\"", "\"30.4.2020\"", 1);
    assert!(matches!(refused(&deadline).problem, ReadProblem::NotADate { .. }));
    assert_eq!(at(&deadline).as_deref(), Some("request.deadline"));
    let part = req.replacen("\"schedule\"", "\"aikataulu\"", 1);
    assert_eq!(at(&part).as_deref(), Some("request.parts[1]"));
    let fp = fingerprint(&d);
    let other_fp = req.replacen(&fp, &"0".repeat(64), 1);
    assert_eq!(
        at(&other_fp).as_deref(),
        Some("fingerprint"),
        "not the carried application's"
    );
    let bad_amount = req.replacen("\"requested_grant\": \"", "\"requested_grant\": \"x", 1);
    assert!(at(&bad_amount).unwrap().starts_with("application."));
    let extra = req.replacen("\"deadline\"", "\"colour\": \"red\", \"deadline\"", 1);
    assert!(matches!(refused(&extra).problem, ReadProblem::UnknownField));
    let newer = req.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert!(matches!(
        refused(&newer).problem,
        ReadProblem::NewerVersion { found: 2, reads: 1 }
    ));

    // An answer to a question not asked.
    let ans = to_json(&answer(&request(asked(), &d), &answers("a", "b"), &d, ON_TIME));
    let unknown = ans.replacen("\"2\": \"b\"", "\"3\": \"b\"", 1);
    assert_ne!(unknown, ans);
    assert_eq!(
        read_answer(unknown.as_bytes(), Lang::Fi).unwrap_err().path.as_deref(),
        Some("answers.3")
    );
    let not_a_time = ans.replacen(ON_TIME, "29.4.2020", 1);
    assert_eq!(
        read_answer(not_a_time.as_bytes(), Lang::Fi)
            .unwrap_err()
            .path
            .as_deref(),
        Some("answered_at")
    );
}

#[test]
fn the_ministry_keeps_each_request_its_answers_and_their_state() {
    let d = original();
    let req = request(asked(), &d);
    let mut record = Vec::new();
    record_request(&mut record, req.clone());
    assert_eq!(record[0].latest().unwrap().state(date!(2020 - 04 - 30)), State::Sent);
    assert_eq!(record[0].latest().unwrap().state(date!(2020 - 05 - 01)), State::Late);

    let mut revised = d.clone();
    revised.budget.lines[0].amount = "1 000".into();
    let late = read_answer(
        to_json(&answer(&req, &answers("a", "b"), &revised, LATE)).as_bytes(),
        Lang::Fi,
    )
    .unwrap();
    receive(&mut record, &late).unwrap();
    assert_eq!(receive(&mut record, &late), Err(Refusal::AlreadyReceived));
    let sent = record[0].latest().unwrap();
    assert_eq!(
        sent.state(date!(2020 - 05 - 05)),
        State::AnsweredLate {
            on: date!(2020 - 05 - 04)
        }
    );
    assert_eq!(record[0].original, fingerprint(&d));
    assert_eq!(record[0].clarified(), Some(fingerprint(&revised).as_str()));

    // An answer to a request never sent about that application is not taken.
    let mut other = asked();
    other.id = "lisaselvitys-9".into();
    let stray = read_answer(
        to_json(&answer(&request(other, &d), &answers("a", "b"), &d, ON_TIME)).as_bytes(),
        Lang::Fi,
    )
    .unwrap();
    assert_eq!(receive(&mut record, &stray), Err(Refusal::UnknownRequest));
}

/// Two tabs (or two of the ministry's browsers) each wrote a request under the same id about the
/// same application, and one of them received its answer: joined, both requests stay, the answer
/// stays with the request it carries, and an answer to the other is taken by that one.
#[test]
fn two_writers_records_are_joined_and_nothing_is_lost() {
    let d = original();
    let first = request(asked(), &d);
    let mut other_asked = asked();
    other_asked.questions[0].text = "Toinen kysymys?".into();
    let second = request(other_asked, &d);
    assert_eq!(first.request.id, second.request.id);
    let (mut tab_a, mut tab_b) = (Vec::new(), Vec::new());
    record_request(&mut tab_a, first.clone());
    record_request(&mut tab_b, second.clone());
    let answered = read_answer(
        to_json(&answer(&first, &answers("a", "b"), &d, ON_TIME)).as_bytes(),
        Lang::Fi,
    )
    .unwrap();
    receive(&mut tab_a, &answered).unwrap();

    assert_eq!(next_request_id(&[]), "1");
    assert_eq!(next_request_id(&tab_a), "2");
    let joined = merge(&tab_a, &tab_b);
    assert_eq!(next_request_id(&joined), "3", "both tabs' requests counted");
    assert_eq!(joined.len(), 1, "one application");
    let requests = &joined[0].requests;
    assert_eq!(requests.len(), 2);
    assert_eq!((&requests[0].request, requests[0].answers.len()), (&first, 1));
    assert_eq!((&requests[1].request, requests[1].answers.len()), (&second, 0));
    // Joining again, either way round, changes nothing more.
    assert_eq!(merge(&joined, &tab_b), joined);
    assert_eq!(merge(&joined, &tab_a), joined);
    // An answer to the second request is taken by the second, not refused as not as sent.
    let mut record = joined;
    let to_second = read_answer(
        to_json(&answer(&second, &answers("c", "d"), &d, ON_TIME)).as_bytes(),
        Lang::Fi,
    )
    .unwrap();
    receive(&mut record, &to_second).unwrap();
    assert_eq!(record[0].requests[1].answers.len(), 1);
    assert_eq!(record[0].requests[0].answers.len(), 1);
}

/// Writes `text` to a file of its own in this run's directory.
fn write(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("hakemus-check-clarification-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, text).unwrap();
    file.to_str().unwrap().to_string()
}

#[test]
fn hakemus_check_reads_both_files_and_checks_an_answer_against_its_request_when_given_both() {
    let d = original();
    let req = request(asked(), &d);
    let mut revised = d.clone();
    revised.project.summary.push_str(" Lisätty.");
    let ans = answer(&req, &answers("Avoimena lähdekoodina.", ""), &revised, ON_TIME);
    let (req_file, ans_file) = (write("request", &to_json(&req)), write("answer", &to_json(&ans)));

    let (code, out) = common::hakemus_check(&[&req_file]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Deadline: 30 April 2020"), "{out}");
    assert!(
        out.contains("Parts of the application to revise: Schedule, Budget"),
        "{out}"
    );

    // Alone: the unanswered question, and a word that the parts were not checked.
    let (code, out) = common::hakemus_check(&[&ans_file]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error clarification-answered: answers.2: The question is not answered."),
        "{out}"
    );
    assert!(
        out.contains("Changes outside the parts asked were not checked"),
        "{out}"
    );
    assert!(!out.contains("clarification-parts"), "{out}");

    // With its request: the summary changed outside the asked parts, at its field.
    let (code, out) = common::hakemus_check(&[&ans_file, &req_file]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error clarification-parts: application.application.project.summary: "),
        "{out}"
    );
    assert!(
        out.contains("changed in a part not asked to be revised (Call and project)."),
        "{out}"
    );

    // A refused file names its place.
    let broken = write("broken", &to_json(&req).replacen("\"2020-04-30\"", "\"30.4.2020\"", 1));
    let (code, out) = common::hakemus_check(&[&broken]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("request.deadline"), "{out}");
}

/// The example request and answer (`tests/fixtures/clarification/`), which the end-to-end schema
/// test (tests/e2e/schema.test.js) validates with a real validator: what the build writes.
#[test]
fn the_example_files_are_what_the_build_writes() {
    let d = original();
    let req = request(asked(), &d);
    let mut revised = d.clone();
    revised.budget.lines[0].amount = "1 000".into();
    let ans = answer(
        &req,
        &answers("Avoimena lähdekoodina.", "Lisenssit ovat välttämättömiä."),
        &revised,
        ON_TIME,
    );
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/clarification");
    for (name, text) in [(REQUEST_FORMAT, to_json(&req)), (ANSWER_FORMAT, to_json(&ans))] {
        let path = format!("{dir}/{name}.json");
        common::committed(&path, &text, "UPDATE_FIXTURES", "cargo test --test clarification");
    }
    assert!(read_request(to_json(&req).as_bytes(), Lang::Fi).is_ok());
    assert!(read_answer(to_json(&ans).as_bytes(), Lang::Fi).is_ok());
}
