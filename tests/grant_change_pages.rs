//! The change requests page (`/grant/<id>/changes`, docs/rules.md §12.2) in a real browser
//! (headless Chromium via wasm-bindgen-test-runner), mounted with `mount_to` on Kiuruvesi's granted
//! project stored first. What a user sees: a part without its reason said next to the field once
//! left and in the summary when saving, no file while it is there; the ministry's decision of
//! another project refused with the reason; the decision taken in, each part's outcome and reason
//! shown, and the plan in force with the later end.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::kiuruvesi;
use hakemus::domain::formats::grant_change::{change_decision, to_json};
use hakemus::domain::grant::model::{ChangeDecision, Outcome, PartDecision, RawGrant};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::grant as kept;
use hakemus::ui::grant::app::GrantApp;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn open_changes(mut g: RawGrant, id: &str) -> Mounted {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    g.id = id.into();
    kept::create(g).await.unwrap();
    hakemus::storage::save_lang(Lang::Fi);
    go_to(&format!("/grant/{id}/changes"));
    let app = mount_app(Some(turn), || view! { <GrantApp /> }.into_any());
    settle_for(60).await;
    app
}

#[wasm_bindgen_test]
async fn a_part_without_its_reason_is_said_and_makes_no_file() {
    let g = kiuruvesi();
    let _app = open_changes(g, "changes-a").await;
    until("the page", || exists("add-change")).await;
    assert!(text("plan-unchanged").contains("myönnetty hakemus"));
    el("add-change").click();
    until("a request", || !all(".change-part").is_empty()).await;
    let part = all(".change-part")[0].id();
    let end = format!("{part}-end");
    type_into(&end, "31.3.2022");
    leave(&end);
    // After the call's last day: a warning citing decision 004, next to the field.
    until("the warning", || {
        text(&format!("{end}-messages")).contains("30.11.2021")
    })
    .await;
    let reason = format!("{part}-reason");
    leave(&reason);
    until("the reason's error", || {
        text(&format!("{reason}-messages")).contains("perustelu")
    })
    .await;
    let save = all("button")
        .into_iter()
        .find(|b| b.id().ends_with("-save"))
        .expect("the save button");
    save.click();
    until("the summary", || {
        text_if_present("change-summary")
            .unwrap_or_default()
            .contains("Kirjoita muutokselle perustelu.")
    })
    .await;
    let status = all("[role=status]")
        .into_iter()
        .find(|s| s.id().starts_with("change-"))
        .map(|s| s.text_content().unwrap_or_default())
        .unwrap_or_default();
    assert!(status.contains("korjaa"), "{status}");
}

#[wasm_bindgen_test]
async fn the_ministrys_decision_is_refused_or_taken_in_with_the_plan_in_force() {
    let mut g = kiuruvesi();
    g.next_id = g.next_id.max(100);
    let r = g.add_change_request();
    let p = g.changes[0].parts[0].id;
    let part = g.change_part_mut(r, p).unwrap();
    part.end = "31.3.2022".into();
    part.reason = "Toimitus viivästyi.".into();
    g.change_mut(r).unwrap().sent_at = "2021-09-01T08:00:00Z".into();
    let decision = ChangeDecision {
        decided_on: "2021-09-20".into(),
        decider: "Maija Virtanen".into(),
        parts: vec![PartDecision {
            part: p,
            outcome: Outcome::Accepted,
            reason: "Viive on perusteltu.".into(),
            ..PartDecision::default()
        }],
    };
    let _app = open_changes(g, "changes-b").await;
    until("the page", || exists("change-decision-file")).await;
    assert!(text(&format!("change-{r}-part-{p}-outcome")).contains("Odottaa päätöstä"));

    let other = to_json(&change_decision("toinen", r, decision.clone(), "2021-09-20T12:00:00Z"));
    choose_file(
        "change-decision-file",
        "toinen.json",
        "application/json",
        other.as_bytes(),
    );
    until("the refusal", || {
        text_if_present("change-decision-result")
            .unwrap_or_default()
            .contains("toista hanketta")
    })
    .await;
    assert!(text("plan-unchanged").contains("myönnetty hakemus"));

    let ours = to_json(&change_decision("changes-b", r, decision, "2021-09-20T12:00:00Z"));
    choose_file(
        "change-decision-file",
        "paatos.json",
        "application/json",
        ours.as_bytes(),
    );
    until("the decision taken in", || {
        text_if_present("change-decision-result")
            .unwrap_or_default()
            .contains("otettu käyttöön")
    })
    .await;
    until("the part's outcome", || {
        text(&format!("change-{r}-part-{p}-outcome")) == "Hyväksytty"
    })
    .await;
    assert_eq!(
        text(&format!("change-{r}-part-{p}-decision-reason")),
        "Viive on perusteltu."
    );
    let end = text("plan-end");
    assert!(end.contains("31.3.2022") && end.contains("31.10.2021"), "{end}");
}
