//! The second decision on the applications the first deferred (the reviewer's app,
//! `/reviewer/second-decision` and its print; docs/rules.md §12.1.8) in a real browser (headless
//! Chromium via wasm-bindgen-test-runner): made from the stored first decision, it lists only the
//! deferred — one by the clarified version its answer brought — and knows what the first granted;
//! granting one says exactly what is left of the appropriation; the print has its own title and
//! only the second decision's grants and refusals; the first decision's stored proposal is the same
//! after the second is edited.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::{boundary_base, composed, Who::Municipality as M};
use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::application;
use hakemus::domain::formats::clarification::{answer, read_answer, request, to_json, Asked};
use hakemus::domain::formats::decision::{self, Proposal, Status};
use hakemus::domain::reviewer::clarification::{receive, record_request, second_proposal, Clarification};
use hakemus::domain::reviewer::decision::{applied, grant, sync};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::call::DEFAULT_CALL;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::{self, ministry_clarification, DecisionKey, Shelf};
use hakemus::ui::reviewer::ReviewerApp;
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2020-03-10T09:00:00Z";

/// An application of the joint call by `lead` and `partner`, named `project`, requesting `cents`
/// at the 85 % boundary (no errors of its own).
fn application_of(lead: &'static str, partner: &'static str, project: &str, cents: i64) -> RawDraft {
    let mut d = composed(&[M(lead), M(partner)], cents, boundary_base(cents));
    d.call = DEFAULT_CALL.into();
    d.project.name_fi = project.into();
    d
}

/// Opens `draft` in the reviewer's app (kept as its file's text); its fingerprint.
async fn open(draft: &RawDraft) -> String {
    let text = application::to_json(&application::export(draft, NOW));
    let fp = application::import(text.as_bytes(), Lang::Fi).unwrap().fingerprint;
    storage::keep_file(Shelf::Opened, &fp, "hakemus.json", &text)
        .await
        .unwrap();
    fp
}

/// The first decision, stored: 8 000 000 € granted before it from the 30 000 000 € appropriation,
/// Kiuruvesi's project granted 268 000 €, Espoo's and Paimio's deferred. Returns the proposal, its
/// stored text and the drafts of Espoo's and Paimio's applications.
async fn first_decision() -> (Proposal, String, RawDraft, RawDraft) {
    storage::clear().await;
    storage::save_lang(Lang::Fi);
    let kiuruvesi = application_of("Kiuruvesi", "Iisalmi", "Hanke Kiuruvesi", 26_800_000);
    let espoo = application_of("Espoo", "Vantaa", "Hanke Espoo", 312_500_000);
    let paimio = application_of("Paimio", "Sauvo", "Hanke Paimio", 10_000_000);
    let mut open_here = Vec::new();
    for d in [&kiuruvesi, &espoo, &paimio] {
        let fp = open(d).await;
        open_here.push(applied(&fp, d, &analyse(d)));
    }
    let mut p = Proposal::new(DEFAULT_CALL, Lang::Fi);
    p.appropriation = "30 000 000".into();
    p.granted_before = "8 000 000".into();
    sync(&mut p, &open_here, &BTreeMap::new());
    grant(&mut p, 0, Lang::Fi);
    p.entries[1].status = Status::Defer;
    p.entries[2].status = Status::Defer;
    let text = decision::to_json(&decision::export(&p, NOW));
    storage::save_proposal(DecisionKey::First, None, &text).await.unwrap();
    (p, text, espoo, paimio)
}

/// Paimio's application clarified: asked about its budget, answered with 90 000 € requested
/// instead of 100 000 €; the answer is in the ministry's record and its version open here.
async fn paimio_clarified(paimio: &RawDraft) -> String {
    let asked = Asked {
        id: "1".into(),
        asked_at: "2020-03-16T09:00:00Z".into(),
        deadline: "2020-04-30".into(),
        questions: vec![],
        parts: vec!["budget".into()],
    };
    let req = request(asked, paimio);
    let mut record: Vec<Clarification> = Vec::new();
    record_request(&mut record, req.clone());
    let mut revised = application_of("Paimio", "Sauvo", "Hanke Paimio", 9_000_000);
    revised.call = paimio.call.clone();
    let file = answer(&req, &BTreeMap::new(), &revised, "2020-04-20T10:00:00Z");
    let read = read_answer(to_json(&file).as_bytes(), Lang::Fi).unwrap();
    receive(&mut record, &read).unwrap();
    ministry_clarification::save_clarifications(&record).await.unwrap();
    let text = application::to_json(&read.file.application);
    storage::keep_file(Shelf::Opened, &read.fingerprint, "lisaselvitys.json", &text)
        .await
        .unwrap();
    read.fingerprint
}

/// Stores `second` as the second decision's proposal, as its page saves it.
async fn store_second(second: &Proposal) {
    storage::save_proposal(
        DecisionKey::Second,
        None,
        &decision::to_json(&decision::export(second, NOW)),
    )
    .await
    .unwrap();
}

/// An amount as the page shows it, with plain spaces.
fn plain(s: String) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The row (entry index) of the second decision whose lead cell names `project`.
fn row_of(project: &str) -> usize {
    (0..10)
        .find(|i| text_if_present(&format!("proposal-{i}-lead")).is_some_and(|t| t.contains(project)))
        .unwrap_or_else(|| panic!("no row for {project}"))
}

#[wasm_bindgen_test]
async fn the_second_decision_lists_only_the_deferred_and_says_exactly_what_is_left() {
    let turn = my_turn().await;
    let (_, first_text, _, paimio) = first_decision().await;
    let clarified = paimio_clarified(&paimio).await;
    go_to("/reviewer/second-decision");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the deferred listed", || all("#proposal tbody tr").len() == 2).await;
    let table = text("proposal");
    assert!(
        table.contains("Hanke Espoo") && table.contains("Hanke Paimio"),
        "{table}"
    );
    assert!(
        !table.contains("Hanke Kiuruvesi"),
        "the first decision's grant is not in it"
    );
    // Paimio is decided on its clarified version: 90 000 € requested.
    until("the clarified version", || {
        plain(text("proposal")).contains("90 000,00 €")
    })
    .await;
    assert!(!exists("proposal-call"), "the second decision is of the first's call");
    assert_eq!(plain(text("total-appropriation")), "30 000 000,00 €");
    // 8 000 000,00 before the first + 268 000,00 granted by it.
    assert_eq!(plain(text("total-granted-before")), "8 268 000,00 €");
    assert_eq!(plain(text("total-left")), "21 732 000,00 €");

    // Espoo's project granted: 3 125 000,00 € (its request, rounded down to the hundred).
    choose(&format!("proposal-{}-status", row_of("Hanke Espoo")), "grant");
    until("the money left", || plain(text("total-left")) == "18 607 000,00 €").await;
    // 30 000 000,00 − 8 268 000,00 − 3 125 000,00 = 18 607 000,00
    assert_eq!(plain(text("total-granted")), "3 125 000,00 €");
    assert_eq!(plain(text("sticky-left")), "18 607 000,00 €");

    // Saved under its own key, as a decision file of version 3 naming Paimio's clarified version
    // and its original; the first decision's stored proposal is as it was.
    let mut saved = None;
    for _ in 0..100 {
        saved = storage::stored_proposal_text(DecisionKey::Second).await;
        if saved.as_deref().is_some_and(|t| t.contains("\"grant\"")) {
            break;
        }
        sleep(50).await;
    }
    let saved = saved.expect("the second decision saved");
    let second = decision::import(saved.as_bytes(), Lang::Fi).unwrap().proposal;
    assert_eq!(second.entries.len(), 2);
    let p = &second.entries[second.entry(&clarified).expect("the clarified version")];
    assert!(!p.application.original.is_empty());
    assert!(saved.contains("\"schema_version\": 3"));
    assert_eq!(
        storage::stored_proposal_text(DecisionKey::First).await.as_deref(),
        Some(first_text.as_str()),
        "the first decision untouched"
    );
    drop(app);

    // The first decision's page links to the second.
    let turn = my_turn().await;
    go_to("/reviewer/decision");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the link to the second decision", || exists("to-second-decision")).await;
    assert!(text("to-second-decision").contains("Jatkoselvitystä edellyttäneiden hankkeiden päätös"));
    drop(app);
}

#[wasm_bindgen_test]
async fn the_printed_second_decision_has_its_title_and_only_its_own_grants_and_refusals() {
    let turn = my_turn().await;
    let (first, first_text, _, _) = first_decision().await;
    let mut second = second_proposal(&first, &BTreeMap::new(), Lang::Fi);
    grant(&mut second, 0, Lang::Fi);
    second.entries[1].status = Status::Refuse;
    second.entries[1].reason = "Hanke ei täytä haun ehtoja.".into();
    store_second(&second).await;
    go_to("/reviewer/second-decision/print");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("the printed decision", || {
        text_if_present("decision-print").is_some_and(|t| t.contains("Hanke Espoo"))
    })
    .await;
    assert_eq!(
        all("#decision-print h1")[0].inner_text(),
        "Päätös jatkoselvitystä edellyttäneistä hankkeista"
    );
    let print = plain(text("decision-print"));
    // What the first decided and granted, with its date.
    assert!(print.contains("26.2.2020"), "{print}");
    assert!(print.contains("yhteensä 268 000 euroa"), "{print}");
    // One grant, numbered; one refusal by name; nothing of the first decision's grants.
    let grants: Vec<String> = all("#decision-print p.numbered")
        .iter()
        .map(|p| plain(p.inner_text()))
        .collect();
    assert_eq!(grants.len(), 1, "{grants:?}");
    assert!(
        grants[0].contains("3 125 000 euroa") && grants[0].contains("Hanke Espoo"),
        "{grants:?}"
    );
    let refused: Vec<String> = all("#decision-print li").iter().map(|p| p.inner_text()).collect();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(refused[0].contains("Hanke Paimio"), "{refused:?}");
    assert!(!print.contains("Hanke Kiuruvesi"), "{print}");
    assert!(
        print.contains("Myönnettävien avustusten kokonaismäärä on 3 125 000 euroa."),
        "{print}"
    );
    assert_eq!(
        storage::stored_proposal_text(DecisionKey::First).await.as_deref(),
        Some(first_text.as_str())
    );
    drop(app);
}

/// The second decision follows the first after it was made (docs/rules.md §12.1.8): stored with
/// Espoo's granted and Paimio's open, the first then defers Kiuruvesi's too and no longer defers
/// Paimio's. The page lists Espoo's (decided here, kept) and Kiuruvesi's (added), not Paimio's
/// (nothing decided of it here).
#[wasm_bindgen_test]
async fn the_second_decision_follows_what_the_first_defers_since() {
    let turn = my_turn().await;
    let (mut first, _, _, _) = first_decision().await;
    let mut second = second_proposal(&first, &BTreeMap::new(), Lang::Fi);
    grant(&mut second, 0, Lang::Fi);
    store_second(&second).await;
    first.entries[0].status = Status::Defer;
    first.entries[0].amount.clear();
    first.entries[2].status = Status::Refuse;
    first.entries[2].reason = "Hanke ei täytä haun ehtoja.".into();
    let read = storage::stored_proposal_text(DecisionKey::First).await;
    storage::save_proposal(
        DecisionKey::First,
        read.as_deref(),
        &decision::to_json(&decision::export(&first, NOW)),
    )
    .await
    .unwrap();
    go_to("/reviewer/second-decision");
    let app = mount_app(Some(turn), || view! { <ReviewerApp /> }.into_any());
    until("Kiuruvesi's added", || {
        text_if_present("proposal").is_some_and(|t| t.contains("Hanke Kiuruvesi"))
    })
    .await;
    let table = text("proposal");
    assert_eq!(all("#proposal tbody tr").len(), 2, "{table}");
    assert!(table.contains("Hanke Espoo"), "{table}");
    assert!(!table.contains("Hanke Paimio"), "{table}");
    let status = el(&format!("proposal-{}-status", row_of("Hanke Espoo")));
    assert_eq!(
        status.unchecked_into::<web_sys::HtmlSelectElement>().value(),
        "grant",
        "what was decided here stays"
    );
    drop(app);
}
