//! The first phase's pages in a real browser (headless Chromium via wasm-bindgen-test-runner): the
//! initiative form and the interest form mounted with `mount_to` on a browser storage holding one
//! draft, asserting on what a user sees and on what is stored.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::domain::initiative::model::{RawInitiative, RawInterest};
use hakemus::storage::initiative as kept;
use hakemus::ui::initiative::app::InitiativesApp;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Empties this origin's localStorage and keeps Finnish as the language.
fn fresh_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    hakemus::storage::save_lang(hakemus::domain::vocabulary::locale::Lang::Fi);
}

/// Mounts the first phase's app at `path` on the storage as it is.
async fn mount_at(path: &str, turn: Turn) -> Mounted {
    go_to(path);
    let app = mount_app(Some(turn), || view! { <InitiativesApp /> }.into_any());
    settle().await;
    app
}

async fn settle() {
    settle_for(40).await;
}

fn value_of(id: &str) -> String {
    let e = el(id);
    match e.clone().dyn_into::<HtmlTextAreaElement>() {
        Ok(area) => area.value(),
        Err(_) => e.unchecked_into::<HtmlInputElement>().value(),
    }
}

/// The error summary's text; "" while there is none (it is shown only once the user asks for the
/// checks, so its absence is a legitimate outcome here).
fn summary_text() -> String {
    text_if_present("error-summary").unwrap_or_default()
}

const GOALS: &str = "Ehdotuksen tavoitteet ja toivottu lopputulos";

/// Typing into a description updates the checks at once: the summary (asked for with "Check")
/// stops listing it on the keystroke, and the error count on the way.
#[wasm_bindgen_test]
async fn typing_updates_the_checks_on_every_keystroke() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("a-1")).unwrap();
    let _app = mount_at("/initiatives/initiative/a-1", turn).await;
    assert!(!summary_text().contains(GOALS), "no summary before asking");
    el("check").click();
    settle().await;
    assert!(summary_text().contains(&format!("{GOALS}: Kuvaa tämä: ehdotuksessa on kuvattava se.")));
    type_into("description-goals", "Y");
    settle().await;
    assert!(!summary_text().contains(GOALS), "{}", summary_text());
    type_into("description-goals", "");
    settle().await;
    assert!(summary_text().contains(GOALS));
    // The deadline's warning names the date (the browser's clock is past 5.9.2019).
    assert!(text("sent").contains("päättyi 5.9.2019"), "{}", text("sent"));
}

/// A field's message appears once the field is left, not while the user types.
#[wasm_bindgen_test]
async fn a_fields_message_appears_after_leaving_it() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("a-2")).unwrap();
    let _app = mount_at("/initiatives/initiative/a-2", turn).await;
    type_into("contact-email", "ei-osoite");
    settle().await;
    assert_eq!(text("contact-email-msg"), "", "not while typing");
    assert_eq!(el("contact-email").get_attribute("aria-invalid"), None);
    leave("contact-email");
    settle().await;
    assert!(
        text("contact-email-msg").contains("ei-osoite"),
        "{}",
        text("contact-email-msg")
    );
    assert_eq!(
        el("contact-email").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(el("contact-email")
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("contact-email-msg"));
    type_into("contact-email", "yhteys@kunta.fi");
    settle().await;
    assert_eq!(text("contact-email-msg"), "", "fixed: the message goes at once");
}

/// What was typed is stored on every change, as typed (an estimate not yet an amount too), and is
/// on the page again after a reload.
#[wasm_bindgen_test]
async fn nothing_typed_is_lost() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("a-3")).unwrap();
    let app = mount_at("/initiatives/initiative/a-3", turn).await;
    type_into("municipality", "Kiuruvesi");
    type_into("title", "Yhteiset lomakkeet");
    type_into("description-risks", "Aikataulu\nvenyy");
    type_into("cost-estimate", "12,5O");
    el("origin-earlier").click();
    settle().await;
    type_into("earlier-work", "Sähköinen asiointi 2018");
    el("targets-common-data-definitions").click();
    settle().await;
    let stored = kept::load_initiative("a-3").unwrap();
    assert_eq!(stored.municipality, "Kiuruvesi");
    assert_eq!(stored.title, "Yhteiset lomakkeet");
    assert_eq!(stored.descriptions.risks, "Aikataulu\nvenyy");
    assert_eq!(stored.descriptions.cost_estimate, "12,5O");
    assert_eq!(stored.earlier_work, "Sähköinen asiointi 2018");
    assert_eq!(stored.targets, vec!["common-data-definitions".to_string()]);
    let turn = {
        drop(app);
        my_turn().await
    };
    let _again = mount_at("/initiatives/initiative/a-3", turn).await;
    assert_eq!(value_of("title"), "Yhteiset lomakkeet");
    assert_eq!(value_of("cost-estimate"), "12,5O");
    assert_eq!(value_of("description-risks"), "Aikataulu\nvenyy");
    assert!(el("targets-common-data-definitions")
        .unchecked_into::<HtmlInputElement>()
        .checked());
    // The estimate's message names what was typed.
    leave("cost-estimate");
    settle().await;
    assert!(
        text("cost-estimate-msg").contains("12,5O"),
        "{}",
        text("cost-estimate-msg")
    );
}

/// An interest names a received initiative by ticking it; unticking stops naming it.
#[wasm_bindgen_test]
async fn an_interest_names_a_received_initiative() {
    let turn = my_turn().await;
    fresh_storage();
    let mut other = RawInitiative::new("b-1");
    other.title = "Yhteiset lomakkeet".into();
    other.municipality = "Kiuruvesi".into();
    kept::keep_received(&other, "2019-09-04T12:00:00Z").unwrap();
    kept::save_interest(&RawInterest::new("x-1")).unwrap();
    let _app = mount_at("/initiatives/interest/x-1", turn).await;
    assert!(text("initiatives").contains("Yhteiset lomakkeet (Kiuruvesi)"));
    el("initiative-b-1").click();
    settle().await;
    let stored = kept::load_interest("x-1").unwrap();
    assert_eq!(stored.initiatives.len(), 1);
    assert_eq!(stored.initiatives[0].initiative, "b-1");
    assert_eq!(stored.initiatives[0].title, "Yhteiset lomakkeet");
    type_into("need", "Lomakkeet uusiksi");
    settle().await;
    assert_eq!(kept::load_interest("x-1").unwrap().need, "Lomakkeet uusiksi");
    el("initiative-b-1").click();
    settle().await;
    assert!(kept::load_interest("x-1").unwrap().initiatives.is_empty());
}

/// The home page lists this browser's drafts with their checks, and a removal can be undone.
#[wasm_bindgen_test]
async fn the_home_page_lists_removes_and_undoes() {
    let turn = my_turn().await;
    fresh_storage();
    let mut mine = RawInitiative::new("a-4");
    mine.title = "Yhteiset lomakkeet".into();
    kept::save_initiative(&mine).unwrap();
    let _app = mount_at("/initiatives", turn).await;
    let own = text("main");
    assert!(own.contains("Yhteiset lomakkeet"), "{own}");
    assert!(own.contains("viimeistään 5.9.2019"), "{own}");
    assert!(own.contains("Yhteinen työpaja 27.9.2019"), "{own}");
    let remove = document()
        .query_selector("table.drafts button")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>();
    remove.click();
    settle().await;
    assert!(kept::load_initiative("a-4").is_none());
    assert!(text("main").contains("Ehdotus poistettu."));
    el("undo-remove").click();
    settle().await;
    assert_eq!(kept::load_initiative("a-4").unwrap().title, "Yhteiset lomakkeet");
    assert!(text("main").contains("Yhteiset lomakkeet"));
}

/// Storage full: the write that fails is said on the page (role=alert), what was typed stays in
/// the field, and the next change once there is room stores all of it and the banner goes.
#[wasm_bindgen_test]
async fn a_failed_write_is_said_and_nothing_typed_is_lost() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("a-5")).unwrap();
    let app = mount_at("/initiatives/initiative/a-5", turn).await;
    // Fill this origin's localStorage until the browser refuses more.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let block = "x".repeat(256 * 1024);
    let mut filled = 0;
    while storage.set_item(&format!("filler-{filled}"), &block).is_ok() {
        filled += 1;
        assert!(filled < 400, "localStorage took 100 MB: no quota to meet");
    }
    let mut small = 0;
    while storage
        .set_item(&format!("filler-small-{small}"), &"x".repeat(64))
        .is_ok()
    {
        small += 1;
    }
    let long = "Lomakkeet ".repeat(2000);
    type_into("description-goals", &long);
    settle().await;
    let banner = el("save-problem");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert!(banner
        .text_content()
        .unwrap_or_default()
        .contains("tallennustila on täynnä"));
    assert_eq!(value_of("description-goals"), long, "what was typed stays on the page");
    // The next keystroke fails the same way: nothing in the alert changes, so it is not said again.
    js_sys::eval(
        "window.__alerted = 0; new MutationObserver(r => { window.__alerted += r.length; })
           .observe(document.getElementById('save-problem'),
             { subtree: true, childList: true, characterData: true, attributes: true });",
    )
    .unwrap();
    type_into("description-goals", &format!("{long}!"));
    settle().await;
    assert!(el("save-problem").is_same_node(Some(&banner)));
    assert_eq!(
        js_sys::eval("window.__alerted").unwrap().as_f64(),
        Some(0.0),
        "the alert is said once, not at every keystroke"
    );
    type_into("description-goals", &long);
    settle().await;
    assert_ne!(kept::load_initiative("a-5").unwrap().descriptions.goals, long);
    // Room again: the next change stores everything typed, and the banner goes.
    for i in 0..filled {
        storage.remove_item(&format!("filler-{i}")).unwrap();
    }
    for i in 0..small {
        storage.remove_item(&format!("filler-small-{i}")).unwrap();
    }
    type_into("title", "Yhteiset lomakkeet");
    settle().await;
    assert!(document().get_element_by_id("save-problem").is_none());
    let stored = kept::load_initiative("a-5").unwrap();
    assert_eq!(stored.descriptions.goals, long);
    assert_eq!(stored.title, "Yhteiset lomakkeet");
    drop(app);
}

/// Ticking a target or choosing the origin keeps the focus on the box (the boxes are not built
/// again by a change), so a keyboard user goes on from there.
#[wasm_bindgen_test]
async fn a_choice_keeps_the_focus() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("a-6")).unwrap();
    let _app = mount_at("/initiatives/initiative/a-6", turn).await;
    for id in ["targets-new-technologies", "origin-new"] {
        let choice = el(id);
        choice.focus().unwrap();
        choice.click();
        settle().await;
        type_into("title", "x");
        settle().await;
        assert!(
            document().get_element_by_id(id).unwrap().is_same_node(Some(&choice)),
            "{id} built again"
        );
        assert!(choice.unchecked_ref::<HtmlInputElement>().checked(), "{id}");
    }
    let stored = kept::load_initiative("a-6").unwrap();
    assert_eq!(stored.targets, vec!["new-technologies".to_string()]);
    assert_eq!(stored.origin, hakemus::domain::initiative::model::Origin::New);
}

/// Another tab's write, as this tab's browser says it: a `storage` event naming the record's key.
fn other_tab_wrote(key: &str) {
    js_sys::Function::new_with_args("k", "window.dispatchEvent(new StorageEvent('storage', { key: k }))")
        .call1(&JsValue::NULL, &JsValue::from_str(key))
        .unwrap();
}

fn pathname() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

/// An idle tab follows another tab's write (the form shows it, and this tab's next keystroke
/// writes over that version, not over its own older one).
#[wasm_bindgen_test]
async fn an_idle_tab_follows_the_other_tabs_write() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("t-1")).unwrap();
    let _app = mount_at("/initiatives/initiative/t-1", turn).await;
    // The other tab types the title.
    let mut theirs = kept::load_initiative("t-1").unwrap();
    theirs.title = "Toisen välilehden otsikko".into();
    kept::save_initiative(&theirs).unwrap();
    other_tab_wrote(&kept::key(kept::Shelf::Initiatives, "t-1"));
    settle().await;
    assert_eq!(value_of("title"), "Toisen välilehden otsikko");
    assert!(
        text("followed").contains("välilehdellä tehdyt muutokset"),
        "{}",
        text("followed")
    );
    // This tab then types the goals: both are kept.
    type_into("description-goals", "Tavoitteet");
    settle().await;
    let stored = kept::load_initiative("t-1").unwrap();
    assert_eq!(stored.title, "Toisen välilehden otsikko");
    assert_eq!(stored.descriptions.goals, "Tavoitteet");
}

/// Two tabs both changed the initiative: this tab's keystroke does not overwrite the other's
/// version; this tab's version is kept as a copy, which the page then edits, and the page says so.
#[wasm_bindgen_test]
async fn an_edited_tab_never_overwrites_the_other_tabs_write() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_initiative(&RawInitiative::new("t-2")).unwrap();
    let _app = mount_at("/initiatives/initiative/t-2", turn).await;
    type_into("title", "Tämän välilehden otsikko");
    settle().await;
    // The other tab, open on the version before, writes the descriptions; its event is not here yet.
    let mut theirs = RawInitiative::new("t-2");
    theirs.descriptions.goals = "Toisen välilehden tavoitteet".into();
    kept::save_initiative(&theirs).unwrap();
    el("description-risks").focus().unwrap();
    type_into("description-risks", "Riskit");
    settle().await;
    sleep(40).await;
    let stored = kept::load_initiative("t-2").unwrap();
    assert_eq!(
        stored.descriptions.goals, "Toisen välilehden tavoitteet",
        "the other tab's text stays"
    );
    assert_eq!(stored.descriptions.risks, "");
    let copy = kept::initiatives()
        .into_iter()
        .find(|i| i.id != "t-2")
        .expect("this tab's version kept as a copy");
    assert_eq!(copy.title, "Tämän välilehden otsikko");
    assert_eq!(copy.descriptions.risks, "Riskit");
    assert_eq!(copy.descriptions.goals, "");
    assert_eq!(pathname(), format!("/initiatives/initiative/{}", copy.id));
    assert_eq!(el("clash").get_attribute("role").as_deref(), Some("alert"));
    assert!(text("clash").contains("tallennettiin kopioksi"), "{}", text("clash"));
    assert_eq!(value_of("description-risks"), "Riskit");
    // The page edits the copy now; the original is one link away.
    type_into("description-risks", "Riskit ja aikataulu");
    settle().await;
    assert_eq!(
        kept::load_initiative(&copy.id).unwrap().descriptions.risks,
        "Riskit ja aikataulu"
    );
    assert_eq!(kept::load_initiative("t-2").unwrap().descriptions.risks, "");
    assert!(el("clash")
        .query_selector("a")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap()
        .ends_with("/initiatives/initiative/t-2"));
}

/// Removed on the home page of another tab: the open form does not write it back; it says so, and
/// keeps it again (with what was typed) only when asked.
#[wasm_bindgen_test]
async fn a_form_left_open_does_not_bring_back_a_removed_draft() {
    let turn = my_turn().await;
    fresh_storage();
    kept::save_interest(&RawInterest::new("t-3")).unwrap();
    let _app = mount_at("/initiatives/interest/t-3", turn).await;
    kept::remove(kept::Shelf::Interests, "t-3").unwrap();
    other_tab_wrote(&kept::key(kept::Shelf::Interests, "t-3"));
    settle().await;
    assert!(
        text("clash").contains("poistettiin toisella välilehdellä"),
        "{}",
        text("clash")
    );
    type_into("need", "Lomakkeet");
    settle().await;
    assert!(kept::load_interest("t-3").is_none(), "not written back");
    el("keep-again").click();
    settle().await;
    assert_eq!(kept::load_interest("t-3").unwrap().need, "Lomakkeet");
    assert!(document().get_element_by_id("clash").is_none());
    type_into("need", "Lomakkeet uusiksi");
    settle().await;
    assert_eq!(kept::load_interest("t-3").unwrap().need, "Lomakkeet uusiksi");
}

/// A record of a version before revisions (no `revision`) opens and is written as before.
#[wasm_bindgen_test]
async fn an_old_record_without_a_revision_opens() {
    let turn = my_turn().await;
    fresh_storage();
    let old = serde_json::json!({ "created_at": 1.0, "value": RawInitiative::new("t-4") });
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(&kept::key(kept::Shelf::Initiatives, "t-4"), &old.to_string())
        .unwrap();
    let _app = mount_at("/initiatives/initiative/t-4", turn).await;
    type_into("title", "Vanha");
    settle().await;
    assert_eq!(kept::load_initiative("t-4").unwrap().title, "Vanha");
}

/// Chooses JSON files (name, text) in the file input `id`, and lets the app read them.
async fn choose_json_files(id: &str, files: &[(&str, String)]) {
    choose_files(id, "application/json", files);
    settle().await;
    sleep(100).await;
}

/// A received initiative's file older than the one kept does not replace it, and the page says
/// which was kept; a newer one replaces it.
#[wasm_bindgen_test]
async fn an_older_received_file_does_not_replace_a_newer_one() {
    const FILE: &str = include_str!("fixtures/initiative/initiative.json");
    let version = |title: &str, at: &str| {
        FILE.replacen("Sähköiset lomakkeet", title, 1)
            .replacen("2019-09-04T12:00:00Z", at, 1)
    };
    let turn = my_turn().await;
    fresh_storage();
    let _app = mount_at("/initiatives", turn).await;
    choose_json_files(
        "received-file",
        &[("uusi.json", version("Uusi versio", "2019-09-04T12:00:00Z"))],
    )
    .await;
    assert!(text("received-list").contains("Uusi versio"));
    choose_json_files(
        "received-file",
        &[("vanha.json", version("Vanha versio", "2019-08-01T12:00:00Z"))],
    )
    .await;
    assert!(
        text("received-list").contains("Uusi versio"),
        "{}",
        text("received-list")
    );
    assert!(!text("received-list").contains("Vanha versio"));
    assert!(
        text("received-status").contains("uudempi versio; se pidettiin"),
        "{}",
        text("received-status")
    );
    choose_json_files(
        "received-file",
        &[("uusin.json", version("Uusin versio", "2019-09-05T08:00:00Z"))],
    )
    .await;
    assert!(
        text("received-list").contains("Uusin versio"),
        "{}",
        text("received-list")
    );
    assert!(text("received-status").contains("korvattiin tiedoston versiolla"));
}
