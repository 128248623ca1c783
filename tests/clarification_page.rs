//! The lead's answer to a request for further clarification (`/clarification`, the files app) in a
//! real browser (headless Chromium via wasm-bindgen-test-runner): the request kept beside a draft
//! copied from its application, what the page shows of it, and the errors said on saving.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::domain::formats::clarification::{request, to_json, Asked, Question};
use hakemus::storage::{self, clarification::Kept};
use hakemus::ui::files_app::FilesApp;
use leptos::prelude::*;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlTextAreaElement;

wasm_bindgen_test_configure!(run_in_browser);

fn asked() -> Asked {
    Asked {
        id: "lisaselvitys-1".into(),
        asked_at: "2020-03-16T09:00:00Z".into(),
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

#[wasm_bindgen_test]
async fn the_lead_answers_what_was_asked_and_a_change_outside_the_asked_parts_is_an_error() {
    let turn = my_turn().await;
    storage::clear().await;
    storage::save_lang(hakemus::domain::vocabulary::locale::Lang::Fi);
    let original = common::complete_application();
    let req = request(asked(), &original);
    // The copy, revised where nothing was asked: the summary (the project's part).
    let mut revised = original.clone();
    revised.project.summary.push_str(" Lisätty.");
    let stored = storage::create(revised, "Lisäselvitys").await.unwrap();
    let kept = Kept {
        request: to_json(&req),
        answers: BTreeMap::from([(1, "Avoimena lähdekoodina.".to_string())]),
    };
    storage::clarification::keep(stored.id, &kept).unwrap();
    storage::set_current(stored.id);
    go_to("/clarification");
    let app = mount_app(Some(turn), || view! { <FilesApp /> }.into_any());
    until("the clarification page", || exists("save-clarification")).await;

    // The questions with the answer typed so far, the parts to revise linked into the drafter.
    let answer = |id: &str| el(id).unchecked_into::<HtmlTextAreaElement>().value();
    assert_eq!(answer("answer-1"), "Avoimena lähdekoodina.");
    assert_eq!(answer("answer-2"), "");
    assert!(text("answer-2-label").contains("Perustelkaa ohjelmistolisenssien tarve."));
    let links: Vec<String> = all("#clarification-parts a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap())
        .collect();
    assert_eq!(links, ["/schedule", "/budget"]);
    assert_eq!(text("clarification-deadline"), "30.4.2020");
    // The change outside the asked parts, in the comparison with its error.
    assert_eq!(all("tr.outside").len(), 1);
    assert!(!exists("clarification-summary"), "nothing said before saving");

    // Saving says both errors in the summary, and makes no file.
    el("save-clarification").click();
    settle_for(40).await;
    let summary = text("clarification-summary");
    assert!(summary.contains("Kysymys 2: Kysymykseen ei ole vastattu."), "{summary}");
    assert!(
        summary.contains("muutettu osassa, jota ei pyydetty korjaamaan (Haku ja hanke)"),
        "{summary}"
    );
    assert_eq!(text("clarification-saved"), "");
    assert_eq!(el("answer-2").get_attribute("aria-invalid").as_deref(), Some("true"));

    // Answered: that error is gone, and the answer is kept beside the draft as typed.
    type_into("answer-2", "Lisenssit ovat välttämättömiä.");
    settle_for(40).await;
    let summary = text("clarification-summary");
    assert!(!summary.contains("Kysymys 2"), "{summary}");
    assert_eq!(
        storage::clarification::kept(stored.id).unwrap().answers[&2],
        "Lisenssit ovat välttämättömiä."
    );
    drop(app);
}
