//! The grant's pages in a real browser (headless Chromium via wasm-bindgen-test-runner), mounted
//! with `mount_to`: the lead chooses Kiuruvesi's application and the decision (the files of
//! `tests/fixtures/grant/`, written by `tests/grant_open.rs`), sees the grant and the overview,
//! types an entry into the accounts and sees the totals on the keystroke, and finds it stored; a
//! decision of another application is refused with the reason, next to the file and in the error
//! summary.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::storage::grant as kept;
use hakemus::ui::grant::app::GrantApp;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const APPLICATION: &str = include_str!("fixtures/grant/kiuruvesi-application.json");
const DECISION: &str = include_str!("fixtures/grant/kiuruvesi-decision.json");
const OTHER_DECISION: &str = include_str!("fixtures/grant/other-decision.json");

/// A clean browser (no projects stored), in Finnish, with the grant's app mounted at `/grant`.
async fn fresh_app(turn: Turn) -> Mounted {
    hakemus::storage::clear().await;
    mount_at("/grant", turn).await
}

/// The grant's app mounted at `path`, in Finnish, on the storage as it is.
async fn mount_at(path: &str, turn: Turn) -> Mounted {
    hakemus::storage::save_lang(hakemus::domain::vocabulary::locale::Lang::Fi);
    go_to(path);
    let app = mount_app(Some(turn), || view! { <GrantApp /> }.into_any());
    settle().await;
    app
}

async fn settle() {
    settle_for(60).await;
}

/// Chooses a JSON file named `name` holding `content` in the file input `id`.
fn choose_json(id: &str, name: &str, content: &str) {
    choose_file(id, name, "application/json", content.as_bytes());
}

const NBSP: char = '\u{a0}';

#[wasm_bindgen_test]
async fn the_decision_opens_the_grant_and_an_entry_typed_is_summed_and_stored() {
    let turn = my_turn().await;
    let _app = fresh_app(turn).await;
    assert!(text("grants-list-title").contains("Tämän selaimen avustetut hankkeet"));
    assert_eq!(
        el("grant-decision-file").get_attribute("accept").as_deref(),
        Some(".json,application/json"),
        "the app's own files: JSON"
    );
    choose_json("grant-application-file", "kiuruvesi.json", APPLICATION);
    choose_json("grant-decision-file", "rahoitusesitys.json", DECISION);
    until("both files read", || {
        text_if_present("grant-application-file-chosen")
            .unwrap_or_default()
            .contains("kiuruvesi.json")
            && text_if_present("grant-decision-file-chosen")
                .unwrap_or_default()
                .contains("rahoitusesitys.json")
    })
    .await;
    el("open-grant").click();
    until("the overview", || {
        document().get_element_by_id("project-name").is_some()
    })
    .await;
    assert_eq!(
        text("project-name"),
        "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä"
    );
    assert_eq!(text("grant-lead"), "Kiuruvesi");
    assert_eq!(text("grant-amount"), format!("enintään 181{NBSP}500,00{NBSP}€"));
    assert_eq!(
        text("grant-group"),
        "Sähköisen asioinnin, viestinnän ja osallisuuden hankkeet"
    );
    assert_eq!(text("grant-condition"), "Ei ehtoa.");
    assert_eq!(text("grant-decided-on"), "26.2.2020");
    assert_eq!(text("grant-period"), "1.3.2020\u{2013}30.11.2021");
    assert_eq!(text("grant-final-due"), "30.11.2021");
    assert!(
        text("grant-next").starts_with("Väliraportti kaudelta 1.3.2020\u{2013}30.6.2020"),
        "{}",
        text("grant-next")
    );
    let periods = document().query_selector_all("#grant-periods tbody tr").unwrap();
    assert_eq!(periods.length(), 6);
    let id = web_sys::window().unwrap().location().pathname().unwrap();
    let id = id.strip_prefix("/grant/").unwrap().to_string();
    assert_eq!(id.len(), 36, "a UUID: {id}");

    // The accounts: an entry added and typed into; the totals follow every keystroke.
    el("ledger-link").click();
    until("the ledger", || document().get_element_by_id("add-entry").is_some()).await;
    assert_eq!(text("ledger-count"), "0");
    el("add-entry").click();
    settle().await;
    let net = document()
        .query_selector("#ledger-body input[id$='-net']")
        .unwrap()
        .expect("the new entry's amount")
        .id();
    let vat = net.replace("-net", "-vat");
    assert_eq!(focused(), net.replace("-net", "-date"), "focus is in the new entry");
    assert_eq!(text("ledger-count"), "1");
    type_into(&net, "1 200,5");
    settle().await;
    assert_eq!(text("ledger-net"), format!("1{NBSP}200,50{NBSP}€"));
    type_into(&vat, "288,12");
    settle().await;
    assert_eq!(text("ledger-vat"), format!("288,12{NBSP}€"));
    // Not an amount yet: kept as typed, named and left out of the sum.
    type_into(&net, "1 200,5O");
    settle().await;
    assert_eq!(text("ledger-net"), format!("0,00{NBSP}€"));
    assert_eq!(text("ledger-unreadable"), "1");
    // The cells are named by their column and their row.
    assert_eq!(
        el(&net).get_attribute("aria-labelledby").unwrap(),
        format!("ledger-col-net {}", net.replace("-net", "-head"))
    );
    // Stored once typing pauses, as typed; the header says so once it is on disk.
    until("saved", || {
        text_if_present("save-status")
            .unwrap_or_default()
            .starts_with("Tallennettu")
    })
    .await;
    let stored = kept::load(&id).await.unwrap().unwrap();
    assert_eq!(stored.grant.entries.len(), 1);
    assert_eq!(stored.grant.entries[0].net, "1 200,5O");
    assert_eq!(stored.grant.entries[0].vat, "288,12");
    assert_eq!(stored.grant.granted.amount, "181500.00");
}

#[wasm_bindgen_test]
async fn a_decision_of_another_application_is_refused_with_the_reason() {
    let turn = my_turn().await;
    let _app = fresh_app(turn).await;
    el("open-grant").click();
    settle().await;
    assert!(
        text("error-summary").contains("Valitse ensin sekä hakemustiedosto että päätöstiedosto."),
        "{}",
        text("error-summary")
    );
    choose_json("grant-application-file", "kiuruvesi.json", APPLICATION);
    choose_json("grant-decision-file", "toinen.json", OTHER_DECISION);
    until("both files read", || {
        text_if_present("grant-decision-file-chosen")
            .unwrap_or_default()
            .contains("toinen.json")
    })
    .await;
    el("open-grant").click();
    settle().await;
    let said = "Hanketta ei avattu: päätöstiedostossa ei ole tätä hakemusta.";
    assert!(text("error-summary").contains(said), "{}", text("error-summary"));
    assert!(
        text("grant-decision-file-msg").contains(said),
        "{}",
        text("grant-decision-file-msg")
    );
    assert_eq!(text("grant-application-file-msg"), "");
    assert_eq!(focused(), "error-summary");
    assert!(kept::list().await.is_empty(), "nothing stored");
    // Not a file of the app: the reader's own words, next to the file.
    choose_json("grant-decision-file", "muu.json", "{\"format\": \"muu\"}");
    until("the file read", || {
        text_if_present("grant-decision-file-chosen")
            .unwrap_or_default()
            .contains("muu.json")
    })
    .await;
    // Another file chosen: what was said of the one it replaces is gone.
    assert_eq!(text("grant-decision-file-msg"), "", "the old message goes");
    // Each input is described by its hint, the file chosen and its messages.
    assert_eq!(
        el("grant-decision-file").get_attribute("aria-describedby").as_deref(),
        Some("grant-decision-file-hint grant-decision-file-chosen grant-decision-file-msg")
    );
    el("open-grant").click();
    settle().await;
    assert!(!text("grant-decision-file-msg").is_empty());
    assert!(!text("grant-decision-file-msg").contains(said));
}

#[wasm_bindgen_test]
async fn the_home_lists_the_projects_and_a_removal_is_undone() {
    let turn = my_turn().await;
    let _app = fresh_app(turn).await;
    choose_json("grant-application-file", "kiuruvesi.json", APPLICATION);
    choose_json("grant-decision-file", "rahoitusesitys.json", DECISION);
    until("both files read", || {
        text_if_present("grant-decision-file-chosen")
            .unwrap_or_default()
            .contains("rahoitusesitys.json")
    })
    .await;
    el("open-grant").click();
    until("the overview", || {
        document().get_element_by_id("project-name").is_some()
    })
    .await;
    // Home again through the link under the header (the router's).
    document()
        .query_selector("header a[href='/grant']")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    until("the list", || {
        document().query_selector("table.grants tbody tr").unwrap().is_some()
    })
    .await;
    let row = document().query_selector("table.grants tbody tr").unwrap().unwrap();
    let row_text = row.text_content().unwrap();
    assert!(row_text.contains("Sähköiset lomakkeet"), "{row_text}");
    assert!(row_text.contains("Kiuruvesi"), "{row_text}");
    assert!(
        row_text.contains(&format!("enintään 181{NBSP}500,00{NBSP}€")),
        "{row_text}"
    );
    row.query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    until("removed", || {
        text_if_present("undo-remove")
            .unwrap_or_default()
            .contains("Peru poisto")
    })
    .await;
    // The list is read again after the removal (a storage read): it goes once that is done.
    until("the list without it", || {
        document().query_selector("table.grants").unwrap().is_none()
    })
    .await;
    assert!(kept::list().await.is_empty());
    el("undo-remove").click();
    until("back", || {
        document().query_selector("table.grants tbody tr").unwrap().is_some()
    })
    .await;
    assert_eq!(kept::list().await.len(), 1);
}

/// Writes `text` as the record of `key` in the grants' store, as another version of the app might.
async fn put_raw(key: &str, text: &str) {
    let put = js_sys::Function::new_with_args(
        "key, text",
        "return new Promise((ok, fail) => { const r = indexedDB.open('hakemus'); r.onerror = fail; \
         r.onsuccess = () => { const db = r.result; const tx = db.transaction('grants', 'readwrite'); \
         tx.objectStore('grants').put(text, key); tx.oncomplete = () => { db.close(); ok(); }; tx.onerror = fail; }; });",
    );
    let promise: js_sys::Promise = put
        .call2(&JsValue::NULL, &key.into(), &text.into())
        .unwrap()
        .unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Two tabs: a save names the revision it read; another tab's save since is a conflict and nothing
/// is written. A record this version cannot read is listed as unreadable and never written over.
#[wasm_bindgen_test]
async fn a_save_over_another_tab_s_or_over_an_unreadable_record_writes_nothing() {
    use hakemus::domain::grant::model::RawGrant;
    use hakemus::storage::SaveError;
    let _turn = my_turn().await;
    hakemus::storage::clear().await;
    let mut g = RawGrant {
        id: "g-two-tabs".into(),
        ..RawGrant::default()
    };
    let made = kept::create(g.clone()).await.unwrap();
    assert_eq!(made.revision, 1);
    assert!(kept::create(g.clone()).await.is_err(), "never over a stored one");
    g.add_entry();
    let first = kept::save(&g, 1).await.unwrap();
    assert_eq!(first.revision, 2);
    // A tab that read revision 1 and saves now: refused, the stored one stays.
    let other = RawGrant {
        id: "g-two-tabs".into(),
        ..RawGrant::default()
    };
    assert_eq!(kept::save(&other, 1).await, Err(SaveError::Conflict));
    let stored = kept::load("g-two-tabs").await.unwrap().unwrap();
    assert_eq!((stored.revision, stored.grant.entries.len()), (2, 1));
    // A record of a newer version (a field this one does not know): unreadable, kept as it is.
    let newer = r#"{"revision":3,"saved_at":0,"grant":{"id":"g-newer","later":true}}"#;
    put_raw("g-newer", newer).await;
    assert_eq!(kept::load("g-newer").await, Some(Err(())));
    // Only a tab that read it could name its revision, and it could not read it: a tab that read
    // an earlier one is refused, and it stays as it is.
    let g2 = RawGrant {
        id: "g-newer".into(),
        ..RawGrant::default()
    };
    assert_eq!(kept::save(&g2, 2).await, Err(SaveError::Conflict));
    // A record whose revision cannot be read at all is never written over.
    put_raw("g-damaged", "{\"revision\": \"drei\"").await;
    let g3 = RawGrant {
        id: "g-damaged".into(),
        ..RawGrant::default()
    };
    assert_eq!(kept::save(&g3, 1).await, Err(SaveError::Damaged));
    assert_eq!(kept::load("g-damaged").await, Some(Err(())));
    let listed = kept::list().await;
    assert!(
        listed.contains(&kept::Listed::Unreadable("g-newer".into())),
        "{listed:?}"
    );
    assert_eq!(listed.len(), 3);
}

/// A city's accounts: 10 000 entries. Only the rows near the view are built; the totals count
/// every entry, and a keystroke updates them.
#[wasm_bindgen_test]
async fn a_ledger_of_ten_thousand_entries_builds_only_the_rows_in_view() {
    use hakemus::domain::grant::model::{RawEntry, RawGrant};
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    let mut g = RawGrant {
        id: "g-city".into(),
        ..RawGrant::default()
    };
    g.append_entries((0..10_000).map(|i| RawEntry {
        date: "1.3.2020".into(),
        voucher: format!("KP-{i}"),
        net: "1,00".into(),
        vat: "0,24".into(),
        ..RawEntry::default()
    }));
    kept::create(g).await.unwrap();
    let _app = mount_at("/grant/g-city/ledger", turn).await;
    until("the ledger", || document().get_element_by_id("ledger-count").is_some()).await;
    assert_eq!(text("ledger-count"), format!("10{NBSP}000"));
    assert_eq!(text("ledger-net"), format!("10{NBSP}000,00{NBSP}€"));
    assert_eq!(text("ledger-vat"), format!("2{NBSP}400,00{NBSP}€"));
    let built = document()
        .query_selector_all("#ledger-body tr:not(.gap)")
        .unwrap()
        .length();
    assert!(built > 0 && built < 100, "{built} rows built");
    assert_eq!(el("ledger").get_attribute("aria-rowcount").as_deref(), Some("10001"));
    let rechecked = || {
        document()
            .query_selector("section.totals")
            .unwrap()
            .unwrap()
            .get_attribute("data-rechecked")
    };
    assert_eq!(
        rechecked().as_deref(),
        Some("10000"),
        "the page opened checks every entry once"
    );
    let start = js_sys::Date::now();
    type_into("line-1-net", "2,00");
    let took = js_sys::Date::now() - start;
    settle().await;
    assert_eq!(text("ledger-net"), format!("10{NBSP}001,00{NBSP}€"));
    assert_eq!(rechecked().as_deref(), Some("1"), "a keystroke re-checks its row only");
    web_sys::console::log_1(&format!("a keystroke in a ledger of 10 000 entries: {took} ms (debug build)").into());
}

const KIURUVESI_CSV: &[u8] = include_bytes!("fixtures/grant/kirjanpito-kiuruvesi.csv");

/// Kiuruvesi's granted project (the application and the decision of `tests/fixtures/grant/`) with
/// `entries` (each given its bearer: the lead), stored as `id`; the entries' ids.
async fn kiuruvesi_with(id: &str, entries: Vec<hakemus::domain::grant::model::RawEntry>) -> Vec<u64> {
    use hakemus::domain::formats::{application, grant};
    use hakemus::domain::vocabulary::locale::Lang;
    let a = application::import(APPLICATION.as_bytes(), Lang::Fi).unwrap();
    let d = grant::read_decision(DECISION.as_bytes()).unwrap();
    let mut g = grant::granted_project(&a, &d, id.into()).unwrap();
    let lead = g.application.applicants[0].id.to_string();
    let ids = g.append_entries(entries.into_iter().map(|mut e| {
        e.bearer = lead.clone();
        e
    }));
    hakemus::storage::clear().await;
    kept::create(g).await.unwrap();
    ids
}

fn entry(
    date: &str,
    category: &str,
    description: &str,
    net: &str,
    vat: &str,
) -> hakemus::domain::grant::model::RawEntry {
    hakemus::domain::grant::model::RawEntry {
        date: date.into(),
        voucher: "T-1".into(),
        category: category.into(),
        description: description.into(),
        net: net.into(),
        vat: vat.into(),
        ..Default::default()
    }
}

#[wasm_bindgen_test]
async fn a_not_eligible_entry_is_marked_and_left_out_and_a_cell_s_message_shows_once_left() {
    let turn = my_turn().await;
    let ids = kiuruvesi_with(
        "g-rules",
        vec![
            entry("2.3.2020", "personnel", "Projektipäällikön palkka", "1 000,00", ""),
            entry("3.3.2020", "hardware", "Kannettavat tietokoneet", "500,00", "120,00"),
            entry("4.3.2020", "travel", "Matka Kuopioon", "", ""),
        ],
    )
    .await;
    let _app = mount_at("/grant/g-rules/ledger", turn).await;
    let (first, second, third) = (ids[0], ids[1], ids[2]);
    let cell = |id: u64, key: &str| format!("line-{id}-{key}");
    until("the ledger", || {
        document().get_element_by_id(&cell(third, "net")).is_some()
    })
    .await;
    assert_eq!(text("ledger-net"), format!("1{NBSP}500,00{NBSP}€"));
    assert_eq!(text("ledger-eligible"), format!("1{NBSP}000,00{NBSP}€"));
    assert!(
        text("ledger-not-eligible").starts_with(&format!("500,00{NBSP}€")),
        "{}",
        text("ledger-not-eligible")
    );
    // The hardware is kept, marked in words in its row, and not in the eligible sum.
    let row = el(&format!("line-{second}"));
    assert!(row.class_list().contains("not-eligible"));
    assert_eq!(text(&cell(second, "mark")), "ei hyväksyttävä");
    assert!(document().get_element_by_id(&cell(first, "mark")).is_none());
    let cells = document().query_selector_all("#ledger-category-hardware td").unwrap();
    let sum = |i| cells.item(i).unwrap().text_content().unwrap();
    assert_eq!(
        [sum(0), sum(1), sum(2)],
        [
            format!("500,00{NBSP}€"),
            format!("120,00{NBSP}€"),
            format!("0,00{NBSP}€")
        ],
        "by category: net, VAT, eligible"
    );
    // No message before the cell is left, nor while typing; once left, next to the cell.
    assert_eq!(text(&cell(third, "net-msg")), "");
    el(&cell(third, "net")).focus().unwrap();
    type_into(&cell(third, "net"), "12,5");
    type_into(&cell(third, "net"), "12,5O");
    settle().await;
    assert_eq!(text(&cell(third, "net-msg")), "", "no message mid-word");
    assert_eq!(text("ledger-net"), format!("1{NBSP}500,00{NBSP}€"));
    el(&cell(third, "vat")).focus().unwrap();
    until("the message after leaving", || {
        !text_if_present(&cell(third, "net-msg")).unwrap_or_default().is_empty()
    })
    .await;
    assert!(
        text(&cell(third, "net-msg")).contains("12,5O"),
        "{}",
        text(&cell(third, "net-msg"))
    );
    assert_eq!(
        el(&cell(third, "net")).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(
        el(&cell(third, "net")).get_attribute("aria-describedby").as_deref(),
        Some(cell(third, "net-msg").as_str())
    );
    // Checking shows the summary, focused; its link moves focus to the cell.
    el("check-entries").click();
    until("the summary", || focused() == "ledger-summary").await;
    let link = document()
        .query_selector(&format!("#ledger-summary a[href='#line-{third}-net']"))
        .unwrap()
        .expect("a link to the amount's cell");
    assert!(
        link.text_content()
            .unwrap()
            .starts_with("Kirjaus 3, summa ilman arvonlisäveroa"),
        "{:?}",
        link.text_content()
    );
    assert!(
        text("ledger-summary")
            .contains("Kirjaus 2, kustannuslaji: Laitteistohankinnat eivät ole hyväksyttäviä kustannuksia."),
        "the hardware's warning: {}",
        text("ledger-summary")
    );
    el(&cell(first, "date")).focus().unwrap();
    link.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(focused(), cell(third, "net"));
    // Fixed: the message goes and the amount counts.
    type_into(&cell(third, "net"), "12,50");
    settle().await;
    assert_eq!(text(&cell(third, "net-msg")), "");
    assert_eq!(text("ledger-eligible"), format!("1{NBSP}012,50{NBSP}€"));
}

#[wasm_bindgen_test]
async fn a_csv_in_windows_1252_is_previewed_as_read_and_imported_whole() {
    let turn = my_turn().await;
    kiuruvesi_with("g-csv", vec![]).await;
    let _app = mount_at("/grant/g-csv/ledger", turn).await;
    until("the ledger", || document().get_element_by_id("csv-file").is_some()).await;
    // The picker offers CSV files (not the app's JSON files).
    assert_eq!(
        el("csv-file").get_attribute("accept").as_deref(),
        Some(".csv,text/csv,text/plain")
    );
    assert!(
        KIURUVESI_CSV.contains(&0xE4),
        "the fixture is Windows-1252: ä is one byte"
    );
    choose_file("csv-file", "kirjanpito-kiuruvesi.csv", "text/csv", KIURUVESI_CSV);
    until("the preview", || {
        document().get_element_by_id("csv-preview").is_some()
            && !text_if_present("csv-encoding").unwrap_or_default().is_empty()
    })
    .await;
    assert_eq!(text("csv-encoding"), "Windows-1252 (Latin-1)");
    assert_eq!(text("csv-delimiter"), "puolipiste (;)");
    assert_eq!(text("csv-rows"), "7");
    let preview = text("csv-preview");
    assert!(preview.contains("Henkilöstökustannukset"), "{preview}");
    assert!(preview.contains("Projektipäällikön palkka"), "{preview}");
    // The guess is preselected and each select has its visible label.
    let net = el("csv-map-net").unchecked_into::<web_sys::HtmlSelectElement>();
    assert_eq!(
        net.selected_options().item(0).unwrap().text_content().unwrap(),
        "Summa (veroton)"
    );
    assert!(document().query_selector("label[for='csv-map-net']").unwrap().is_some());
    el("csv-import").click();
    until("the status", || {
        text_if_present("csv-status").unwrap_or_default().contains("Tuotiin")
    })
    .await;
    assert_eq!(text("csv-status"), "Tuotiin 7 kirjausta kirjanpitoon.");
    assert_eq!(focused(), "csv-status");
    assert_eq!(text("ledger-count"), "7");
    let described = document()
        .query_selector_all("#ledger-body input[id$='-description']")
        .unwrap();
    let first = described.item(0).unwrap().unchecked_into::<HtmlInputElement>();
    assert_eq!(first.value(), "Projektipäällikön palkka sivukuluineen, helmikuu");
    until("saved", || {
        text_if_present("save-status")
            .unwrap_or_default()
            .starts_with("Tallennettu")
    })
    .await;
    let stored = kept::load("g-csv").await.unwrap().unwrap().grant;
    assert_eq!(stored.entries.len(), 7);
    assert_eq!(
        stored.csv_mapping.columns.get("net").map(String::as_str),
        Some("Summa (veroton)")
    );
}

#[wasm_bindgen_test]
async fn a_csv_with_an_unreadable_row_is_refused_whole_until_the_readable_rows_are_chosen() {
    let turn = my_turn().await;
    kiuruvesi_with("g-refused", vec![]).await;
    let _app = mount_at("/grant/g-refused/ledger", turn).await;
    until("the ledger", || document().get_element_by_id("csv-file").is_some()).await;
    // Windows-1252: ä is 0xE4.
    let mut csv = b"P\xe4iv\xe4m\xe4\xe4r\xe4;Tosite;Selite;Summa (veroton);ALV\r\n".to_vec();
    csv.extend_from_slice(b"2.3.2020;T1;Palkka;100,00;\r\n");
    csv.extend_from_slice(b"31.2.2020;T2;Matka;12,5O;\r\n");
    csv.extend_from_slice(b"4.3.2020;T3;Koulutus;50,00;12,00\r\n");
    choose_file("csv-file", "huono.csv", "text/csv", &csv);
    until("the preview", || document().get_element_by_id("csv-import").is_some()).await;
    assert!(text("csv-preview").contains("Päivämäärä"), "{}", text("csv-preview"));
    el("csv-import").click();
    until("the refusal", || focused() == "csv-summary").await;
    let summary = text("csv-summary");
    assert!(summary.starts_with("Mitään ei tuotu"), "{summary}");
    assert!(
        summary.contains(
            "Rivi 3: ”31.2.2020” ei ole päivämäärä; Summa ilman arvonlisäveroa (€): ”12,5O” ei ole rahamäärä."
        ),
        "{summary}"
    );
    assert_eq!(text("ledger-count"), "0", "nothing imported half");
    assert_eq!(text("csv-import-readable"), "Tuo vain luettavat 2 riviä");
    el("csv-import-readable").click();
    until("the status", || {
        text_if_present("csv-status").unwrap_or_default().contains("Tuotiin")
    })
    .await;
    assert_eq!(text("csv-status"), "Tuotiin 2 kirjausta kirjanpitoon.");
    assert_eq!(focused(), "csv-status");
    assert_eq!(text("ledger-count"), "2");
    assert_eq!(text("ledger-net"), format!("150,00{NBSP}€"));
    assert!(document().get_element_by_id("csv-summary").is_none());
    // Another file: its own headers in the selects, its own guess chosen.
    choose_file("csv-file", "kirjanpito-kiuruvesi.csv", "text/csv", KIURUVESI_CSV);
    until("the second preview", || {
        text_if_present("csv-rows").unwrap_or_default() == "7"
    })
    .await;
    let net = el("csv-map-net").unchecked_into::<web_sys::HtmlSelectElement>();
    assert_eq!(
        net.selected_options().item(0).unwrap().text_content().unwrap(),
        "Summa (veroton)"
    );
    let date = el("csv-map-date").unchecked_into::<web_sys::HtmlSelectElement>();
    assert_eq!(
        date.selected_options().item(0).unwrap().text_content().unwrap(),
        "Kirjauspvm"
    );
}

/// Clicks the way home under the header (the router's link).
fn go_home() {
    document()
        .query_selector("header a[href='/grant']")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
}

/// An amount typed and the project left at once, before typing pauses: what was typed is written
/// (the project's pages are gone, its write is not), and the project read again has it.
#[wasm_bindgen_test]
async fn what_was_typed_just_before_leaving_the_project_is_stored() {
    let turn = my_turn().await;
    let ids = kiuruvesi_with(
        "g-leave",
        vec![entry("2.3.2020", "personnel", "Palkka", "1 000,00", "")],
    )
    .await;
    let _app = mount_at("/grant/g-leave/ledger", turn).await;
    let net = format!("line-{}-net", ids[0]);
    until("the ledger", || document().get_element_by_id(&net).is_some()).await;
    type_into(&net, "1 234,5O");
    go_home();
    until("the list", || {
        document().query_selector("table.grants tbody tr").unwrap().is_some()
    })
    .await;
    assert_eq!(
        stored_net("g-leave", "1 234,5O").await,
        "1 234,5O",
        "stored as typed after leaving"
    );
    // Back in the project: the amount as typed, and it saves on (its revision is the one written).
    document()
        .query_selector("table.grants tbody tr a")
        .unwrap()
        .expect("the project's link")
        .unchecked_into::<HtmlElement>()
        .click();
    until("the overview", || document().get_element_by_id("ledger-link").is_some()).await;
    el("ledger-link").click();
    until("the ledger", || document().get_element_by_id(&net).is_some()).await;
    assert_eq!(el(&net).unchecked_into::<HtmlInputElement>().value(), "1 234,5O");
    type_into(&net, "1 234,50");
    assert_eq!(stored_net("g-leave", "1 234,50").await, "1 234,50");
    assert!(!text("save-status").contains("toisessa"), "{}", text("save-status"));
}

/// The first entry's amount as stored, once it is `want` (or after about three seconds).
async fn stored_net(id: &str, want: &str) -> String {
    let mut stored = String::new();
    for _ in 0..150 {
        stored = kept::load(id).await.unwrap().unwrap().grant.entries[0].net.clone();
        if stored == want {
            break;
        }
        sleep(20).await;
    }
    stored
}

/// Whether a `beforeunload` now would ask first (its default prevented).
fn leaving_asks() -> bool {
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let e = web_sys::Event::new_with_event_init_dict("beforeunload", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&e).unwrap();
    e.default_prevented()
}

/// Saved: leaving does not ask. Another tab's save since (a conflict): what is typed here is not
/// on disk, and leaving asks first.
#[wasm_bindgen_test]
async fn leaving_asks_first_only_while_a_save_has_failed_with_changes_not_on_disk() {
    let turn = my_turn().await;
    let ids = kiuruvesi_with("g-ask", vec![entry("2.3.2020", "personnel", "Palkka", "1 000,00", "")]).await;
    let _app = mount_at("/grant/g-ask/ledger", turn).await;
    let net = format!("line-{}-net", ids[0]);
    until("the ledger", || document().get_element_by_id(&net).is_some()).await;
    type_into(&net, "1 100,00");
    until("saved", || {
        text_if_present("save-status")
            .unwrap_or_default()
            .starts_with("Tallennettu")
    })
    .await;
    assert!(!leaving_asks(), "all on disk: leaving does not ask");
    // Another tab saves the project (a later revision).
    let mut other = kept::load("g-ask").await.unwrap().unwrap();
    other.grant.entries[0].description = "Toisen välilehden".into();
    kept::save(&other.grant, other.revision).await.unwrap();
    type_into(&net, "1 200,00");
    until("the conflict", || el("save-status").class_list().contains("error")).await;
    assert!(leaving_asks(), "changes not on disk while saving fails: leaving asks");
    let stored = kept::load("g-ask").await.unwrap().unwrap();
    assert_eq!(
        stored.grant.entries[0].description, "Toisen välilehden",
        "not written over"
    );
}

/// More errors than the summary lists: the first hundred are listed, the rest counted.
#[wasm_bindgen_test]
async fn the_summary_lists_a_hundred_errors_and_counts_the_rest() {
    let turn = my_turn().await;
    kiuruvesi_with(
        "g-many",
        (0..105)
            .map(|_| entry("2.3.2020", "personnel", "Palkka", "12,5O", ""))
            .collect(),
    )
    .await;
    let _app = mount_at("/grant/g-many/ledger", turn).await;
    until("the ledger", || document().get_element_by_id("check-entries").is_some()).await;
    el("check-entries").click();
    until("the summary", || focused() == "ledger-summary").await;
    let listed = document()
        .query_selector_all("#ledger-summary > ul:not(.warnings) > li:not(.more)")
        .unwrap()
        .length();
    assert_eq!(listed, 100);
    assert_eq!(
        document()
            .query_selector("#ledger-summary > ul:not(.warnings) > li.more")
            .unwrap()
            .and_then(|e| e.text_content())
            .as_deref(),
        Some("… ja 5 muuta. Ne näkyvät kirjausten kohdalla.")
    );
}

/// A project whose decision names no call reads the application's, as the rules do: the final
/// report's deadline is the grant phase's, and an entry's categories are the call's.
#[wasm_bindgen_test]
async fn a_project_whose_decision_names_no_call_reads_the_application_s() {
    use hakemus::domain::formats::{application, grant};
    use hakemus::domain::vocabulary::locale::Lang;
    let turn = my_turn().await;
    let a = application::import(APPLICATION.as_bytes(), Lang::Fi).unwrap();
    let d = grant::read_decision(DECISION.as_bytes()).unwrap();
    let mut g = grant::granted_project(&a, &d, "g-no-call".into()).unwrap();
    g.granted.call = String::new();
    let lead = g.application.applicants[0].id.to_string();
    let ids = g.append_entries([entry("2.3.2020", "", "Palkka", "1,00", "")].into_iter().map(|mut e| {
        e.bearer = lead.clone();
        e
    }));
    hakemus::storage::clear().await;
    kept::create(g).await.unwrap();
    let _app = mount_at("/grant/g-no-call", turn).await;
    until("the overview", || {
        document().get_element_by_id("grant-final-due").is_some()
    })
    .await;
    assert_eq!(text("grant-final-due"), "30.11.2021");
    el("ledger-link").click();
    let select = format!("line-{}-category", ids[0]);
    until("the ledger", || document().get_element_by_id(&select).is_some()).await;
    let options = el(&select).unchecked_into::<web_sys::HtmlSelectElement>().length();
    assert!(options > 1, "the call's categories are offered: {options} options");
}

#[wasm_bindgen_test]
async fn a_request_for_entries_opens_on_the_home_page_as_the_partner_s_copy() {
    use hakemus::domain::exchange::ledger::make_request;
    use hakemus::domain::formats::partner::to_json;
    use hakemus::domain::formats::{application, grant};
    use hakemus::domain::vocabulary::locale::Lang;
    let a = application::import(APPLICATION.as_bytes(), Lang::Fi).unwrap();
    let d = grant::read_decision(DECISION.as_bytes()).unwrap();
    let mut g = grant::granted_project(&a, &d, "kiuru-lead".into()).unwrap();
    let iisalmi = g.application.applicants[1].id;
    let file = make_request(
        &mut g,
        iisalmi,
        "req-1",
        "2020-07-01T08:00:00Z",
        ("1.3.2020", "30.6.2020"),
    )
    .unwrap();
    let turn = my_turn().await;
    let _app = fresh_app(turn).await;
    choose_json("grant-application-file", "kirjauspyynto.json", &to_json(&file));
    until("the partner's copy", || {
        document().get_element_by_id("partner-copy-facts").is_some()
    })
    .await;
    assert_eq!(
        web_sys::window().unwrap().location().pathname().unwrap(),
        "/grant/req-1"
    );
    assert_eq!(text("partner-copy-lead"), "Kiuruvesi");
    assert_eq!(text("partner-copy-partner"), "Iisalmi");
    assert_eq!(text("partner-copy-period"), "1.3.2020–30.6.2020");
    // The lead's pages are not the partner's.
    for lead_only in [
        "reports-link",
        "claims-link",
        "final-link",
        "settlement-link",
        "partners-link",
    ] {
        assert!(document().get_element_by_id(lead_only).is_none(), "{lead_only}");
    }
    el("ledger-link").click();
    until("the ledger", || document().get_element_by_id("add-entry").is_some()).await;
    el("add-entry").click();
    settle().await;
    let bearer = document()
        .query_selector("#ledger-body select[id$='-bearer']")
        .unwrap()
        .expect("a bearer cell")
        .unchecked_into::<web_sys::HtmlSelectElement>();
    assert_eq!(bearer.value(), iisalmi.to_string(), "a new entry is the partner's own");
    // Kept as typed (and written before the next test clears the storage).
    for _ in 0..150 {
        let stored = kept::load("req-1").await.unwrap().unwrap().grant;
        if stored.entries.len() == 1 && text("save-status").starts_with("Tallennettu") {
            assert_eq!(stored.partner_of.unwrap().partner, iisalmi);
            assert_eq!(stored.entries[0].bearer, iisalmi.to_string());
            return;
        }
        sleep(20).await;
    }
    panic!("the partner's copy was not stored with its new entry");
}
