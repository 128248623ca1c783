//! The ministry's follow-up app in a real browser (headless Chromium via wasm-bindgen-test-runner),
//! mounted with `mount_to`: the ministry chooses Kiuruvesi's decision (`tests/fixtures/grant/`) and
//! the grantee's interim report and two payment claims (`tests/fixtures/follow-up/`, written by
//! `tests/follow_up.rs`) at once, sees the grant's row and the programme's totals as a user reads
//! them, finds the follow-up stored and read again at the next start; a file that is none of those,
//! and the same claim chosen again, are refused with the reason next to the input and in the error
//! summary.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::storage::follow_up::{self as kept, Loaded};
use hakemus::ui::follow_up::app::FollowUpApp;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DECISION: &str = include_str!("fixtures/grant/kiuruvesi-decision.json");
const APPLICATION: &str = include_str!("fixtures/grant/kiuruvesi-application.json");
const INTERIM: &str = include_str!("fixtures/follow-up/kiuruvesi-interim-report-1.json");
const CLAIM_1: &str = include_str!("fixtures/follow-up/kiuruvesi-payment-claim-1.json");
const CLAIM_2: &str = include_str!("fixtures/follow-up/kiuruvesi-payment-claim-2.json");

const NBSP: char = '\u{a0}';

/// The follow-up app mounted at `/follow-up`, in Finnish, on the storage as it is.
async fn mount(turn: Turn) -> Mounted {
    hakemus::storage::save_lang(hakemus::domain::vocabulary::locale::Lang::Fi);
    go_to("/follow-up");
    let app = mount_app(Some(turn), || view! { <FollowUpApp /> }.into_any());
    settle_for(60).await;
    until("the home page", || exists("follow-up-files")).await;
    app
}

fn plain(id: &str) -> String {
    text(id).replace(NBSP, " ")
}

#[wasm_bindgen_test]
async fn the_decision_and_the_reports_chosen_at_once_make_the_grant_s_row_and_the_totals() {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    let app = mount(turn).await;
    let label = all("label[for='follow-up-files']");
    assert_eq!(label.len(), 1, "a visible label");
    assert!(label[0]
        .text_content()
        .unwrap_or_default()
        .contains("Päätös- ja raporttitiedostot"));
    assert!(el("follow-up-files").has_attribute("multiple"), "several files at once");
    assert!(text("grants-title").contains("Seurattavat avustukset"));
    choose_files(
        "follow-up-files",
        "application/json",
        &[
            ("paatos.json", DECISION),
            ("valiraportti-1.json", INTERIM),
            ("maksatus-1.json", CLAIM_1),
            ("maksatus-2.json", CLAIM_2),
            ("hakemus.json", APPLICATION),
        ],
    );
    until("the files' outcomes", || all("#file-outcomes li").len() == 5).await;
    let outcomes = text_spaced("file-outcomes");
    assert!(
        outcomes.contains("paatos.json: päätöksestä lisättiin seurantaan 1 avustus."),
        "{outcomes}"
    );
    assert!(
        outcomes.contains("maksatus-2.json: vastaanotettu: maksatushakemus, Sähköiset lomakkeet"),
        "{outcomes}"
    );
    assert!(
        outcomes.contains(
            "hakemus.json ei otettu vastaan: tiedosto ei ole avustuspäätös, väliraportti, maksatushakemus, loppuraportti eikä täydennys."
        ),
        "{outcomes}"
    );
    // The refusal is the error summary's too, linked to the input.
    let summary = text("error-summary");
    assert!(
        summary.contains("hakemus.json: tiedosto ei ole avustuspäätös"),
        "{summary}"
    );
    assert_eq!(
        all("#error-summary a")[0].get_attribute("href").as_deref(),
        Some("#follow-up-files")
    );
    // One grant (the reports follow the decision's, by its fingerprint): G 181 500,00 €; claimed
    // 60 000,00 + 70 000,00 = 130 000,00 €; nothing paid yet; one interim report of six periods; no
    // final report after 30.11.2021 (the browser's today is later).
    assert_eq!(
        table_rows("grants"),
        vec![vec![
            "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä".to_string(),
            "Kiuruvesi".into(),
            "181 500,00 €".into(),
            "130 000,00 €".into(),
            "0,00 €".into(),
            "181 500,00 €".into(),
            "1 / 6".into(),
            "loppuraportti".into(),
        ]]
    );
    // The programme: 30 000 000,00 € − 181 500,00 € = 29 818 500,00 € not granted.
    assert_eq!(plain("total-appropriation"), "30 000 000,00 €");
    assert_eq!(plain("total-granted"), "181 500,00 €");
    assert_eq!(plain("total-paid"), "0,00 €");
    assert_eq!(plain("total-committed"), "181 500,00 €");
    assert_eq!(plain("total-not-granted"), "29 818 500,00 €");

    // The same claim again: refused, and the grant's figures do not change.
    choose_files(
        "follow-up-files",
        "application/json",
        &[("maksatus-1-uudelleen.json", CLAIM_1)],
    );
    until("the second choice's outcome", || {
        text_if_present("file-outcomes")
            .unwrap_or_default()
            .contains("maksatus-1-uudelleen.json")
    })
    .await;
    assert!(text_spaced("file-outcomes").contains("sama tiedosto on jo vastaanotettu."));
    assert_eq!(table_rows("grants")[0][3], "130 000,00 €");

    // Stored: read again at the next start, strictly.
    until("saved", || text("save-status").contains("Tallennettu tähän selaimeen")).await;
    match kept::load().await {
        Loaded::Here(s) => {
            assert_eq!(s.follow_up.grants.len(), 1);
            assert_eq!(s.follow_up.grants[0].received.len(), 3);
        }
        other => panic!("{other:?}"),
    }
    drop(app);
    let turn = my_turn().await;
    let _again = mount(turn).await;
    until("the grant read again", || table_rows("grants").len() == 1).await;
    assert_eq!(table_rows("grants")[0][6], "1 / 6");
}
