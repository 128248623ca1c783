//! The lead's completion requests page (`/grant/<id>/completion`, docs/rules.md §12.4.1) in a real
//! browser (headless Chromium via wasm-bindgen-test-runner), mounted with `mount_to` on case A's
//! granted project stored first (`tests/common/grant.rs`). What a user sees: another project's
//! request refused with the reason; its own opened, showing the report asked about, the deadline,
//! the questions and the entry as the report said it and as the accounts say it now; a question
//! left empty said next to it once left and in the summary when saving — a warning, so the answer
//! is still saved, as a file that carries the answers and the completed claim; the answers kept
//! across a remount. A request about a claim the project does not have is an error: no file, and
//! the overview says the request is due.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::case_a;
use hakemus::domain::formats::clarification::Question;
use hakemus::domain::formats::completion::{read_answer, request, to_json, Asked, AskedEntry, GrantNamed, ReportNamed};
use hakemus::domain::formats::grant_reports::ReportKind;
use hakemus::domain::grant::model::RawGrant;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::grant as kept;
use hakemus::ui::grant::app::GrantApp;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn open_page(mut g: RawGrant, id: &str, clear: bool) -> Mounted {
    let turn = my_turn().await;
    if clear {
        hakemus::storage::clear().await;
        g.id = id.into();
        kept::create(g).await.unwrap();
    }
    hakemus::storage::save_lang(Lang::Fi);
    go_to(&format!("/grant/{id}/completion"));
    let app = mount_app(Some(turn), || view! { <GrantApp /> }.into_any());
    settle_for(60).await;
    app
}

/// What a textarea holds.
fn value(id: &str) -> String {
    el(id).unchecked_into::<web_sys::HtmlTextAreaElement>().value()
}

/// The ministry's request about claim `claim` of the project `project`: a question, and the
/// project's first entry asked about.
fn request_text(g: &RawGrant, project: &str, claim: u64) -> String {
    let e = &g.entries[0];
    let asked = Asked {
        id: "1".into(),
        asked_at: "2020-11-10T09:00:00Z".into(),
        deadline: "2099-11-30".into(),
        grant: GrantNamed {
            project_id: project.into(),
            project_name: "Sähköiset lomakkeet".into(),
            lead: "Kiuruvesi".into(),
            lead_business_id: "0175542-1".into(),
            ..GrantNamed::default()
        },
        report: ReportNamed {
            kind: ReportKind::PaymentClaim,
            sha256: "a".repeat(64),
            exported_at: "2020-11-02T10:00:00Z".into(),
            claim_number: claim,
            ..ReportNamed::default()
        },
        questions: vec![Question {
            id: 1,
            text: "Mihin henkilöstökulut perustuvat?".into(),
        }],
        entries: vec![AskedEntry {
            id: 2,
            entry: e.id,
            text: "Lähettäkää palkkalaskelma.".into(),
            date: "2020-04-15".into(),
            voucher: e.voucher.clone(),
            description: e.description.clone(),
            net: "80000.00".into(),
        }],
    };
    to_json(&request(asked))
}

#[wasm_bindgen_test]
async fn a_request_is_opened_answered_and_its_answer_saved_with_the_completed_claim() {
    let g = case_a();
    let (other, ours) = (request_text(&g, "espoo", 2), request_text(&g, "compl-a", 2));
    let entry = g.entries[0].id;
    let app = open_page(g, "compl-a", true).await;
    until("the page", || exists("completion-file")).await;
    assert!(text("no-completions").contains("ei ole avattu"));
    catch_downloads();

    choose_file("completion-file", "toinen.json", "application/json", other.as_bytes());
    until("the refusal", || {
        text_if_present("completion-file-result")
            .unwrap_or_default()
            .contains("toista hanketta (espoo)")
    })
    .await;
    assert!(exists("no-completions"), "nothing kept of it");

    choose_file("completion-file", "pyynto.json", "application/json", ours.as_bytes());
    until("the request", || !all("section.completion").is_empty()).await;
    assert!(text("completion-file-result").contains("on avattu"));
    let row = all("section.completion")[0].id();
    let at = |tail: &str| format!("{row}-{tail}");
    assert_eq!(text(&at("title")), "Täydennyspyyntö 1");
    let about = text_spaced(&at("about"));
    assert!(about.starts_with("Maksatushakemus 2, laadittu 2.11.2020"), "{about}");
    assert!(text(&at("deadline")).contains("30.11.2099"));
    assert_eq!(text(&at("state")), "Vastausta ei ole vielä tallennettu");
    let reported = text_spaced(&format!("{row}-entry-{entry}-reported"));
    assert!(
        reported.contains("15.4.2020") && reported.contains("80 000,00 €"),
        "{reported}"
    );
    let now = text_spaced(&format!("{row}-entry-{entry}-now"));
    assert!(now.starts_with("Kirjanpidossa nyt: 15.4.2020"), "{now}");

    // Left empty: a warning next to the question once left, not before.
    let first = at("answer-1");
    assert_eq!(text(&format!("{first}-messages")), "");
    leave(&first);
    until("the warning", || {
        text(&format!("{first}-messages")).contains("Kysymykseen 1 ei ole vastattu")
    })
    .await;
    type_into(&first, "Toteutuneisiin palkkoihin.");
    until("the warning gone", || text(&format!("{first}-messages")).is_empty()).await;

    // The entry's question left open: said in the summary, and the answer saved all the same.
    el(&at("save")).click();
    until("the summary", || {
        text_if_present(&at("summary"))
            .unwrap_or_default()
            .contains("Kysymykseen 2 ei ole vastattu")
    })
    .await;
    until("saved", || text(&at("status")).contains("tallennettu tiedostoksi")).await;
    assert!(text(&at("state")).starts_with("Vastaus tallennettu"));
    let (name, bytes) = last_download_bytes().await;
    assert!(name.starts_with("hakemus-completion-"), "{name}");
    let read = read_answer(&bytes, Lang::Fi).unwrap();
    assert_eq!(
        read.file.answers.get(&1).map(String::as_str),
        Some("Toteutuneisiin palkkoihin.")
    );
    assert_eq!(read.file.answers.get(&2).map(String::as_str), Some(""));
    assert_eq!(read.report.kind(), ReportKind::PaymentClaim, "the completed claim");

    // What was typed is kept with the project.
    settle_for(1500).await;
    drop(app);
    let _app = open_page(RawGrant::default(), "compl-a", false).await;
    until("the page again", || exists(&format!("{row}-answer-1"))).await;
    assert_eq!(value(&first), "Toteutuneisiin palkkoihin.");
}

#[wasm_bindgen_test]
async fn a_request_about_a_claim_the_project_has_not_is_an_error_and_makes_no_file() {
    let g = case_a();
    let ours = request_text(&g, "compl-b", 9);
    let _app = open_page(g, "compl-b", true).await;
    until("the page", || exists("completion-file")).await;
    catch_downloads();
    choose_file("completion-file", "pyynto.json", "application/json", ours.as_bytes());
    until("the request", || !all("section.completion").is_empty()).await;
    let row = all("section.completion")[0].id();
    el(&format!("{row}-save")).click();
    until("the error", || {
        text_if_present(&format!("{row}-summary"))
            .unwrap_or_default()
            .contains("Hankkeessa ei ole raporttia, jota pyyntö koskee (Maksatushakemus)")
    })
    .await;
    assert!(text(&format!("{row}-report-messages")).contains("Tee se ensin"));
    assert_eq!(focused(), format!("{row}-summary"));
    assert_eq!(text(&format!("{row}-state")), "Vastausta ei ole vielä tallennettu");
    let downloads = js_sys::eval("window.__downloads.length").unwrap().as_f64();
    assert_eq!(downloads, Some(0.0), "no file");
    // Not answered: the overview says it is due, with the way to it.
    let back = all("a")
        .into_iter()
        .find(|a| a.text_content().unwrap_or_default() == "Takaisin hankkeen yleiskuvaan")
        .expect("the way back");
    back.click();
    let due = format!("grant-completion-due-{}", row.trim_start_matches("completion-"));
    until("the overview", || exists(&due)).await;
    assert_eq!(
        text_spaced(&due),
        "Täydennyspyyntö 1 · Vastattava viimeistään 30.11.2099"
    );
}
