//! The change requests page (`/grant/<id>/changes`, docs/rules.md §12.2) in a real browser
//! (headless Chromium via wasm-bindgen-test-runner), mounted with `mount_to` on Kiuruvesi's granted
//! project stored first. What a user sees: a part without its reason said next to the field once
//! left and in the summary when saving, no file while it is there; the ministry's decision of
//! another project refused with the reason; the decision taken in, each part's outcome and reason
//! shown, and the plan in force with the later end.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::{asking_for_changes, kiuruvesi};
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

/// An accepted move of 10 000,00 € from personnel to purchased services shows in the plan's money
/// by category on the page: personnel 10 000,00 less, purchased services 10 000,00 more, the total
/// as granted; by applicant nothing moved.
#[wasm_bindgen_test]
async fn an_accepted_move_shows_in_the_plan_by_category() {
    use hakemus::domain::grant::report::plan;
    use hakemus::domain::vocabulary::call::CostCategory;
    let (mut g, r) = asking_for_changes();
    let granted = plan(&g);
    let parts: Vec<_> = g.changes[0].parts.iter().map(|p| p.id).collect();
    g.change_mut(r).unwrap().sent_at = "2021-09-01T08:00:00Z".into();
    g.change_mut(r).unwrap().decision = Some(ChangeDecision {
        decided_on: "2021-09-20".into(),
        decider: "Maija Virtanen".into(),
        parts: parts
            .iter()
            .map(|&part| PartDecision {
                part,
                outcome: Outcome::Accepted,
                reason: "Perusteltu.".into(),
                ..PartDecision::default()
            })
            .collect(),
    });
    let _app = open_changes(g, "changes-c").await;
    until("the plan", || exists("plan-by-category")).await;
    let fi = |m: hakemus::domain::vocabulary::money::Money| m.format(Lang::Fi).replace('\u{a0}', " ");
    let ten = hakemus::domain::vocabulary::money::Money::parse("10 000,00").unwrap();
    let net = |c: CostCategory| granted.by_category.get(&c).map(|s| s.net).unwrap_or_default();
    let rows = table_rows("plan-by-category");
    let row = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("{name} in {rows:?}"))[1]
            .clone()
    };
    assert_eq!(
        row("Henkilöstökustannukset"),
        fi(net(CostCategory::Personnel).checked_sub(ten).unwrap())
    );
    assert_eq!(
        row("Ostopalvelut yksinomaan hanketta varten (tutkimus, tietämys, konsultointi)"),
        fi(net(CostCategory::PurchasedServices).checked_add(ten).unwrap())
    );
    let total = text("plan-by-category").replace('\u{a0}', " ");
    assert!(total.ends_with(&fi(granted.all.net)), "the total as granted: {total}");
    assert_eq!(table_rows("plan-by-applicant").len(), granted.by_bearer.len());
}
