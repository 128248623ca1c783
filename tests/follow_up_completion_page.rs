//! The ministry's completion request on the grant's page, in a real browser (headless Chromium via
//! wasm-bindgen-test-runner), mounted with `mount_to`, on case A as the ministry follows it
//! (`tests/fixtures/follow-up/`): the interim report's content check asks for completion, the form
//! says what is missing (nothing asked, no deadline, an entry chosen with nothing asked of it) at
//! the field and in its summary, the request downloads as a file that its reader takes and is listed
//! as sent; the grantee's answer taken on the home page shows beside it as answered, the completed
//! report received (docs/rules.md §12.4.1). The request being written is kept in this browser on
//! every change (`storage::completion_draft`): mounted again, the form shows it as typed; once
//! downloaded it is gone; a stored record this version cannot read is never written over, and the
//! form says so.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::case_a_reporting;
use hakemus::domain::formats::completion::{answer, read_request, to_json};
use hakemus::domain::formats::follow_up::Verdict;
use hakemus::domain::formats::grant_reports::{interim_report, to_json as report_json};
use hakemus::domain::reviewer::follow_up::CompletionDraft;
use hakemus::storage::completion_draft::{self as drafts, Loaded};
use hakemus::storage::SaveError;
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FOLLOW_UP: &str = include_str!("fixtures/follow-up/hakemus-follow-up.json");

/// The interim report's id in the follow-up.
const INTERIM: u64 = 6;

/// Case A's follow-up stored, and the app mounted at `path`, in Finnish.
async fn mount(turn: Turn, path: &str) -> Mounted {
    mount_follow_up(turn, path, FOLLOW_UP).await
}

/// What a text area or input holds.
fn el_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    match el(id).dyn_into::<web_sys::HtmlTextAreaElement>() {
        Ok(t) => t.value(),
        Err(e) => e.unchecked_into::<web_sys::HtmlInputElement>().value(),
    }
}

fn id(tail: &str) -> String {
    format!("completion-{INTERIM}-{tail}")
}

/// The completion requests' record as this browser holds it (localStorage), as text.
const RECORD: &str = "hakemus.follow-up.completion-drafts.v1";

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The grant's page mounted again on what this browser holds (a reload: nothing cleared), once
/// the form is there.
async fn mount_again(turn: Turn) -> Mounted {
    go_to(GRANT);
    let app = mount_app(Some(turn), || {
        view! { <hakemus::ui::follow_up::app::FollowUpApp /> }.into_any()
    });
    settle_for(60).await;
    until("the form", || exists(&id("questions"))).await;
    app
}

const GRANT: &str = "/follow-up/grant/kiuruvesi";

/// The interim report's content check set to ask for completion, and that choice on disk (the
/// follow-up is written once changes pause).
async fn ask_for_completion() {
    use hakemus::storage::follow_up::{load, Loaded};
    el(&format!("report-{INTERIM}-content-verdict-completion-requested")).click();
    until("the form", || exists(&id("questions"))).await;
    for _ in 0..150 {
        if let Loaded::Here(s) = load().await {
            let asks = (s.follow_up.grants[0].received.iter())
                .any(|r| r.id == INTERIM && r.content_check.verdict == Verdict::CompletionRequested);
            if asks {
                return;
            }
        }
        sleep(20).await;
    }
    panic!("the verdict was never stored");
}

#[wasm_bindgen_test]
async fn a_completion_request_is_checked_downloaded_listed_and_its_answer_shown() {
    let turn = my_turn().await;
    let _app = mount(turn, "/follow-up/grant/kiuruvesi").await;
    catch_downloads();
    until("the grant's page", || exists("grant-title")).await;
    assert!(!exists(&id("questions")), "no form while no check asks for completion");
    el(&format!("report-{INTERIM}-content-verdict-completion-requested")).click();
    until("the form", || exists(&id("questions"))).await;

    // Nothing typed: the download says what is missing, at the fields and in the form's summary.
    el(&id("download")).click();
    until("the form's summary", || exists(&id("summary"))).await;
    settle_for(30).await;
    let summary = text(&id("summary"));
    assert!(
        summary.contains("Kirjoita kysymys tai valitse kirjaus, josta kysytään."),
        "{summary}"
    );
    assert!(summary.contains("ei ole päivämäärä"), "{summary}");
    let links: Vec<_> = all(&format!("#{} a", id("summary")))
        .into_iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert!(links.contains(&format!("#{}", id("questions"))), "{links:?}");
    assert!(links.contains(&format!("#{}", id("deadline"))), "{links:?}");
    assert_eq!(
        el(&id("deadline")).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );

    // A question, an entry chosen with nothing asked of it: the error is at the entry.
    type_into(&id("questions"), "Mitä työtä kaudella tehtiin?");
    type_into(&id("deadline"), "31.12.2099");
    let options = all(&format!("#{} option", id("choose")));
    let entry = options[1].get_attribute("value").unwrap();
    assert!(options[1].text_content().unwrap().contains("15.4.2020"));
    choose(&id("choose"), &entry);
    el(&id("add")).click();
    let asked = id(&format!("entry-{entry}"));
    until("the entry's question", || exists(&asked)).await;
    el(&id("download")).click();
    let unasked = format!("Kirjoita, mitä kirjauksesta {entry} kysytään.");
    until("the entry's error", || {
        text(&format!("{asked}-messages")).contains(&unasked)
    })
    .await;
    assert!(!text(&id("summary")).contains("ei ole päivämäärä"));

    // All given: the file downloads, its reader takes it, and it is listed as sent.
    type_into(&asked, "Lähettäkää kirjauksen tosite.");
    until("the entry's error gone", || {
        text(&format!("{asked}-messages")).is_empty()
    })
    .await;
    el(&id("download")).click();
    until("the request listed", || exists(&id("1-state"))).await;
    let (name, bytes) = last_download_bytes().await;
    assert!(name.starts_with("hakemus-completion-request-"), "{name}");
    assert!(name.ends_with("-2099-12-31.json"), "{name}");
    let request = read_request(&bytes).unwrap().file;
    assert_eq!(request.request.questions[0].text, "Mitä työtä kaudella tehtiin?");
    assert_eq!(request.request.entries[0].entry.to_string(), entry);
    assert_eq!(request.request.entries[0].text, "Lähettäkää kirjauksen tosite.");
    assert_eq!(request.request.deadline, "2099-12-31");
    assert_eq!(text(&id("1-state")), "lähetetty");
    until("a new, empty form", || {
        exists(&id("questions")) && !exists(&asked) && el_value(&id("questions")).is_empty()
    })
    .await;

    // The grantee's answer, opened on the home page, shows beside the request.
    let mut g = case_a_reporting();
    g.reports[0].progress = "Lomakkeet on siirretty palveluun.".into();
    let completed = interim_report(&g, g.reports[0].id, "2026-01-10T09:00:00Z").unwrap();
    let report: serde_json::Value = serde_json::from_str(&report_json(&completed)).unwrap();
    let answers = BTreeMap::from([(1, "Siirsimme lomakkeet palveluun.".to_string())]);
    let file = to_json(&answer(&request, &answers, &report, "2026-01-10T10:00:00Z"));
    all("p.no-print a")[0].click();
    until("the home page", || exists("follow-up-files")).await;
    choose_files(
        "follow-up-files",
        "application/json",
        &[("taydennys.json", file.as_bytes())],
    );
    until("the file's outcome", || !all("#file-outcomes li").is_empty()).await;
    let outcome = text_spaced("file-outcomes");
    assert!(
        outcome.contains("vastaanotettu täydennys: väliraportti, Sähköiset lomakkeet"),
        "{outcome}"
    );
    all("#grants tbody a")[0].click();
    until("the grant's page", || exists(&id("1-state"))).await;
    assert_eq!(text(&id("1-state")), "vastattu 10.1.2026");
    assert_eq!(text(&id("1-answer-1")), "Siirsimme lomakkeet palveluun.");
    assert_eq!(text(&id("1-answer-2")), "(ei vastausta)");
    assert!(text(&id("1-completed")).contains("Täydennetty raportti vastaanotettu"));
}

#[wasm_bindgen_test]
async fn the_request_being_written_is_kept_through_a_reload_and_gone_once_downloaded() {
    let turn = my_turn().await;
    let app = mount(turn, GRANT).await;
    catch_downloads();
    until("the grant's page", || exists("grant-title")).await;
    ask_for_completion().await;
    assert_eq!(drafts::load(), Loaded::Empty, "nothing typed: nothing stored");

    // A question, an entry chosen with its question, a deadline not yet a date (kept as typed).
    type_into(&id("questions"), "Mitä työtä kaudella tehtiin?\nKuka teki sen?");
    let options = all(&format!("#{} option", id("choose")));
    let entry = options[1].get_attribute("value").unwrap();
    choose(&id("choose"), &entry);
    el(&id("add")).click();
    let asked = id(&format!("entry-{entry}"));
    until("the entry's question", || exists(&asked)).await;
    type_into(&asked, "Lähettäkää kirjauksen tosite.");
    type_into(&id("deadline"), "31.12.20");
    let Loaded::Here(kept) = drafts::load() else {
        panic!("the request is stored at once: {:?}", drafts::load());
    };
    let draft = kept.of("kiuruvesi", INTERIM);
    assert_eq!(draft.questions, "Mitä työtä kaudella tehtiin?\nKuka teki sen?");
    assert_eq!(
        draft.entries,
        [(entry.parse().unwrap(), "Lähettäkää kirjauksen tosite.".to_string())]
    );
    assert_eq!(draft.deadline, "31.12.20");

    // Mounted again: the same values in the fields, the entry named.
    drop(app);
    let turn = my_turn().await;
    let app = mount_again(turn).await;
    assert_eq!(
        el_value(&id("questions")),
        "Mitä työtä kaudella tehtiin?\nKuka teki sen?"
    );
    assert_eq!(el_value(&asked), "Lähettäkää kirjauksen tosite.");
    assert!(text(&format!("{asked}-named")).contains("15.4.2020"));
    assert_eq!(el_value(&id("deadline")), "31.12.20");
    assert!(!exists(&id("storage")), "nothing said of storage while it works");

    // The deadline made a date and the request downloaded: the form is empty and the draft gone.
    catch_downloads();
    type_into(&id("deadline"), "31.12.2099");
    el(&id("download")).click();
    until("the request listed", || exists(&id("1-state"))).await;
    let (name, _) = last_download_bytes().await;
    assert!(name.ends_with("-2099-12-31.json"), "{name}");
    until("a new, empty form", || {
        exists(&id("questions")) && !exists(&asked) && el_value(&id("questions")).is_empty()
    })
    .await;
    assert_eq!(el_value(&id("deadline")), "");
    assert_eq!(drafts::load(), Loaded::Empty);
    assert_eq!(local().get_item(RECORD).unwrap(), None, "no record left");

    // And mounted again, it stays empty.
    drop(app);
    let turn = my_turn().await;
    let _again = mount_again(turn).await;
    assert_eq!(el_value(&id("questions")), "");
    assert_eq!(el_value(&id("deadline")), "");
    assert!(all(".completion-entry").is_empty(), "no entry chosen");
}

#[wasm_bindgen_test]
async fn a_stored_record_this_version_cannot_read_is_never_written_over_and_the_form_says_so() {
    let turn = my_turn().await;
    let app = mount(turn, GRANT).await;
    until("the grant's page", || exists("grant-title")).await;
    ask_for_completion().await;
    // Another report's draft kept by another form stays as the report's own is written.
    let other = CompletionDraft {
        questions: "Missä loppuraportti on?".into(),
        ..CompletionDraft::default()
    };
    drafts::keep("kiuruvesi", 99, &other).unwrap();
    type_into(&id("questions"), "Mitä työtä kaudella tehtiin?");
    let Loaded::Here(kept) = drafts::load() else {
        panic!("{:?}", drafts::load())
    };
    assert_eq!(kept.of("kiuruvesi", 99), other);
    assert_eq!(kept.of("kiuruvesi", INTERIM).questions, "Mitä työtä kaudella tehtiin?");

    // A record written by a newer version: read as unreadable, and kept as it is.
    drop(app);
    let newer = r#"[{"grant":"kiuruvesi","report":6,"draft":{"questions":"","entries":[],"deadline":"","by":"uusi"}}]"#;
    local().set_item(RECORD, newer).unwrap();
    assert_eq!(drafts::load(), Loaded::Unreadable);
    assert_eq!(drafts::keep("kiuruvesi", INTERIM, &other), Err(SaveError::Damaged));
    let turn = my_turn().await;
    let _again = mount_again(turn).await;
    assert!(
        text(&id("storage")).contains("ei voi lukea tällä sovelluksen versiolla"),
        "{}",
        text(&id("storage"))
    );
    assert_eq!(el_value(&id("questions")), "", "the form starts empty");
    type_into(&id("questions"), "Kuka teki työn?");
    settle_for(20).await;
    assert_eq!(
        local().get_item(RECORD).unwrap().as_deref(),
        Some(newer),
        "not written over"
    );
    assert!(exists(&id("storage")));
}
