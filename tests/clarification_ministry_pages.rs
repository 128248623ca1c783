//! The ministry's pages of further clarification (the reviewer's app, `ui::reviewer::clarification`)
//! in a real browser (headless Chromium via wasm-bindgen-test-runner): a request written for a
//! deferred application, its errors, and the request recorded listed as "Lähetetty" with its
//! deadline on the decision page; the list of the deferred with a late request, and an answer read
//! whose change outside the asked parts is marked in its comparison.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::application;
use hakemus::domain::formats::clarification::{answer, request, to_json, Asked, Question};
use hakemus::domain::formats::decision::{self, Proposal, Status};
use hakemus::domain::reviewer::clarification::{record_request, Clarification};
use hakemus::domain::reviewer::decision::{applied, sync};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::{self, ministry_clarification, Shelf};
use hakemus::ui::reviewer::ReviewerApp;
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2020-03-10T09:00:00Z";

/// The application opened in the reviewer's app (kept as its file's text) and deferred in the
/// stored proposal; returns the application and its fingerprint.
async fn deferred_application() -> (RawDraft, String) {
    storage::clear().await;
    storage::save_lang(Lang::Fi);
    let draft = common::complete_application();
    let text = application::to_json(&application::export(&draft, NOW));
    let fp = application::import(text.as_bytes(), Lang::Fi).unwrap().fingerprint;
    storage::keep_file(Shelf::Opened, &fp, "lomakkeet.json", &text)
        .await
        .unwrap();
    let mut p = Proposal::new(&draft.call, Lang::Fi);
    p.appropriation = "30 000 000".into();
    sync(&mut p, &[applied(&fp, &draft, &analyse(&draft))], &BTreeMap::new());
    p.entries[0].status = Status::Defer;
    storage::save_proposal(
        storage::DecisionKey::First,
        None,
        &decision::to_json(&decision::export(&p, NOW)),
    )
    .await
    .unwrap();
    (draft, fp)
}

#[wasm_bindgen_test]
async fn a_request_is_checked_then_recorded_and_listed_as_sent_with_its_deadline() {
    let turn = my_turn().await;
    let (_, fp) = deferred_application().await;
    go_to(&format!("/reviewer/clarification/{fp}"));
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the request page", || exists("save-request")).await;
    assert_eq!(
        text("request-project"),
        "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun"
    );
    settle_for(100).await;
    assert!(!exists("not-deferred"), "the proposal defers it");

    // Nothing asked and no deadline: both errors in the summary and at their fields.
    el("save-request").click();
    settle_for(40).await;
    let summary = text("request-summary");
    assert!(
        summary.contains("Kirjoita kysymys tai valitse korjattava hakemuksen osa"),
        "{summary}"
    );
    assert!(summary.contains("Anna määräaika"), "{summary}");
    assert_eq!(
        el("request-deadline").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );

    // A deadline that is no date is said at its field once the field is left.
    type_into("question-1", "Miksi ohjelmistolisenssien osuus on näin suuri?");
    el("part-budget").click();
    type_into("request-deadline", "31.4.2099");
    leave("request-deadline");
    settle_for(60).await;
    assert!(text("request-deadline-msg").contains("Anna määräaika päivämääränä"));
    assert!(!text("request-summary").contains("Kirjoita kysymys"));

    type_into("request-deadline", "30.4.2099");
    el("save-request").click();
    until("the request recorded", || text("request-saved").contains(".json")).await;
    assert!(text("request-saved").contains("hakemus-clarification-request-"));
    assert!(!exists("request-summary"));
    let record = ministry_clarification::load_clarifications().await.unwrap();
    assert_eq!(record.len(), 1);
    let asked = &record[0].requests[0].request.request;
    assert_eq!(asked.deadline, "2099-04-30");
    assert_eq!(asked.parts, ["budget"]);
    assert_eq!(record[0].original, fp);
    drop(app);

    // The decision page lists it as sent, with its deadline.
    let turn = my_turn().await;
    go_to("/reviewer/decision");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the deferred listed", || exists("deferred")).await;
    until("the request's state", || text("deferred").contains("Lähetetty")).await;
    assert!(text("deferred").contains("Määräaika 30.4.2099"), "{}", text("deferred"));
    drop(app);
}

fn asked(deadline: &str) -> Asked {
    Asked {
        id: "1".into(),
        asked_at: "2020-03-16T09:00:00Z".into(),
        deadline: deadline.into(),
        questions: vec![Question {
            id: 1,
            text: "Perustelkaa ohjelmistolisenssien tarve.".into(),
        }],
        parts: vec!["budget".into()],
    }
}

#[wasm_bindgen_test]
async fn a_late_request_is_listed_late_and_an_answer_changing_an_unasked_part_is_marked() {
    let turn = my_turn().await;
    let (draft, fp) = deferred_application().await;
    // Asked with a deadline long passed, not answered.
    let req = request(asked("2020-04-30"), &draft);
    assert_eq!(req.fingerprint, fp);
    let mut record: Vec<Clarification> = Vec::new();
    record_request(&mut record, req.clone());
    ministry_clarification::save_clarifications(&record).await.unwrap();
    go_to("/reviewer/clarifications");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the list", || exists("clarifications")).await;
    until("the request's state", || text("clarifications").contains("Myöhässä")).await;
    assert!(text("clarifications").contains("30.4.2020"));

    // Another application's answer is refused, at the input and in the summary.
    let mut other = draft.clone();
    other.project.name_fi = "Toinen hanke".into();
    let stranger = answer(
        &request(asked("2020-04-30"), &other),
        &BTreeMap::new(),
        &other,
        "2020-04-20T10:00:00Z",
    );
    choose_file(
        "open-answer",
        "vieras.json",
        "application/json",
        to_json(&stranger).as_bytes(),
    );
    until("the refusal", || exists("answer-summary")).await;
    assert!(
        text("answer-summary").contains("ei vastaa mihinkään"),
        "{}",
        text("answer-summary")
    );

    // The answer, on time, revising the summary (the project's part, not asked) too.
    let mut revised = draft.clone();
    revised.project.summary.push_str(" Lisätty.");
    let answers = BTreeMap::from([(1, "Lisenssit ovat välttämättömiä.".to_string())]);
    let file = answer(&req, &answers, &revised, "2020-04-20T10:00:00Z");
    choose_file(
        "open-answer",
        "lisaselvitys.json",
        "application/json",
        to_json(&file).as_bytes(),
    );
    until("the answer read", || {
        text("answer-received").contains("Sähköiset lomakkeet")
    })
    .await;
    until("the answer shown", || !all(".clarification-answer").is_empty()).await;
    let shown = all(".clarification-answer")[0].inner_text();
    assert!(shown.contains("Lisenssit ovat välttämättömiä."), "{shown}");
    assert_eq!(
        all(".clarification-answer tr.outside").len(),
        1,
        "the summary changed, not asked"
    );
    assert!(
        shown.contains("muutettu osassa, jota ei pyydetty korjaamaan"),
        "{shown}"
    );
    assert_eq!(all(".clarification-answer code.original")[0].inner_text(), fp);
    assert!(
        text("clarifications").contains("Vastattu 20.4.2020"),
        "{}",
        text("clarifications")
    );
    drop(app);
}

/// Two tabs each record a request, the second from a record read before the first was saved: the
/// second save joins what the first stored, so both requests are kept and listed.
#[wasm_bindgen_test]
async fn a_second_tab_does_not_write_over_the_first_tabs_request() {
    let _turn = my_turn().await;
    let (draft, _) = deferred_application().await;
    let mut tab_a: Vec<Clarification> = Vec::new();
    record_request(&mut tab_a, request(asked("2020-04-30"), &draft));
    let mut later = asked("2020-05-15");
    later.questions[0].text = "Miten hanke jatkuu?".into();
    let mut tab_b: Vec<Clarification> = Vec::new();
    record_request(&mut tab_b, request(later, &draft));
    ministry_clarification::save_clarifications(&tab_a).await.unwrap();
    let written = ministry_clarification::save_clarifications(&tab_b).await.unwrap();
    let stored = ministry_clarification::load_clarifications().await.unwrap();
    assert_eq!(stored, written);
    let deadlines: Vec<&str> = stored[0]
        .requests
        .iter()
        .map(|s| s.request.request.deadline.as_str())
        .collect();
    assert_eq!(deadlines, ["2020-04-30", "2020-05-15"]);
}
