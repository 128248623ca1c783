//! The ministry's workshop pages in a real browser (headless Chromium): the committed fixtures
//! (tests/fixtures/initiative/) and files made from them are chosen in the page's own file input, read
//! by its own path; the tests assert what the ministry sees, what the exported candidate's file
//! holds (read back with the strict reader) and what a reload keeps.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::domain::formats::initiative::read_joint_project;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::initiative_workshop::{load_workshop, save_workshop, KeptWorkshop, WorkshopFile};
use hakemus::ui::initiative::workshop::{WorkshopPage, WorkshopPrintPage};
use hakemus::ui::language::Language;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const INITIATIVE: &str = include_str!("fixtures/initiative/initiative.json");
const INTEREST: &str = include_str!("fixtures/initiative/interest.json");

#[derive(Clone, Copy)]
enum Page {
    Workshop,
    Print,
}

/// Mounts a page on what the browser holds, in Finnish.
async fn mount(page: Page) -> Mounted {
    let mounted = mount_app(None, move || {
        provide_context(Language(RwSignal::new(Lang::Fi)));
        match page {
            Page::Workshop => view! { <WorkshopPage /> }.into_any(),
            Page::Print => view! { <WorkshopPrintPage /> }.into_any(),
        }
    });
    settle().await;
    mounted
}

async fn settle() {
    settle_for(150).await;
}

fn texts(selector: &str) -> Vec<String> {
    all(selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().replace('\u{a0}', " "))
        .collect()
}

/// Chooses JSON files (name, text) in the file input `id`, and lets the app read them.
async fn choose_json_files(id: &str, files: &[(&str, String)]) {
    choose_files(id, "application/json", files);
    settle().await;
}

/// Downloads are caught instead of saved: each is `{name, href}` in `window.__downloads`.
fn catch_downloads() {
    js_sys::eval(
        "window.__downloads = [];
         HTMLAnchorElement.prototype.click = function () {
           if (this.download) { window.__downloads.push({ name: this.download, href: this.href }); }
         };",
    )
    .unwrap();
}

/// The last download caught: its name and text.
async fn last_download() -> (String, String) {
    let list: js_sys::Array = js_sys::eval("window.__downloads").unwrap().unchecked_into();
    let last = list.pop();
    assert!(!last.is_undefined(), "a file was downloaded");
    let get = |k: &str| js_sys::Reflect::get(&last, &k.into()).unwrap().as_string().unwrap();
    let (name, href) = (get("name"), get("href"));
    let response: web_sys::Response = JsFuture::from(web_sys::window().unwrap().fetch_with_str(&href))
        .await
        .unwrap()
        .unchecked_into();
    let text = JsFuture::from(response.text().unwrap())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    (name, text)
}

/// The committed initiative, changed.
fn initiative(id: &str, municipality: &str, title: &str, target: &str) -> String {
    let mut v: Value = serde_json::from_str(INITIATIVE).unwrap();
    let i = &mut v["initiative"];
    i["id"] = id.into();
    i["municipality"] = municipality.into();
    i["title"] = title.into();
    i["targets"] = serde_json::json!([target]);
    i["contact"]["name"] = format!("Yhteyshenkilö {municipality}").into();
    i["descriptions"]["goals"] = format!("{title}: tavoitteet").into();
    serde_json::to_string_pretty(&v).unwrap()
}

/// An interest in the target only.
fn interest_in_target(id: &str, municipality: &str, target: &str) -> String {
    let mut v: Value = serde_json::from_str(INTEREST).unwrap();
    let x = &mut v["interest"];
    x["id"] = id.into();
    x["municipality"] = municipality.into();
    x["contact"]["name"] = format!("Yhteyshenkilö {municipality}").into();
    x["initiatives"] = serde_json::json!([]);
    x["targets"] = serde_json::json!([target]);
    serde_json::to_string_pretty(&v).unwrap()
}

const TARGET: &str = "customer-oriented-processes";

/// The four files of the workshop's theme: the committed initiative (Kiuruvesi) and interest
/// (Lapinlahti, naming it), a second initiative on the same target (Iisalmi), and an interest in
/// the target only (Sonkajärvi).
fn theme() -> Vec<(&'static str, String)> {
    vec![
        ("initiative.json", INITIATIVE.to_string()),
        ("iisalmi.json", initiative("b", "Iisalmi", "Lomakkeet verkkoon", TARGET)),
        ("interest.json", INTEREST.to_string()),
        (
            "sonkajarvi.json",
            interest_in_target("x-sonkajarvi", "Sonkajärvi", TARGET),
        ),
    ]
}

/// The table's row whose heading cell starts with `title`.
fn row(title: &str) -> HtmlElement {
    all(".workshop-table tbody tr")
        .into_iter()
        .find(|r| {
            r.query_selector("th")
                .unwrap()
                .and_then(|th| th.text_content())
                .is_some_and(|t| t.starts_with(title))
        })
        .unwrap_or_else(|| panic!("no row {title:?}"))
}

/// Ticks the rows' checkboxes, as a user does.
fn select_rows(titles: &[&str]) {
    for title in titles {
        let check: HtmlInputElement = row(title)
            .query_selector("input.workshop-select")
            .unwrap()
            .unwrap()
            .unchecked_into();
        check.set_checked(true);
        fire(&check, "change");
    }
}

fn in_row(row: &HtmlElement, selector: &str) -> String {
    row.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .replace('\u{a0}', " ")
}

#[wasm_bindgen_test]
async fn files_are_read_listed_and_shown_by_target_with_filters() {
    let _turn = my_turn().await;
    hakemus::storage::clear().await;
    let page = mount(Page::Workshop).await;
    assert!(text_spaced("workshop-no-files").contains("Yhtään ehdotusta"));

    let mut files = theme();
    files.push((
        "tiedolla.json",
        initiative("c", "Kuopio", "Tiedolla johtaminen", "knowledge-management"),
    ));
    files.push(("rikki.json", "{\"format\": \"hakemus-initiative\"".to_string()));
    choose_json_files("workshop-files", &files).await;

    let outcomes = text_spaced("workshop-outcomes");
    assert_eq!(all("#workshop-outcomes li.read").len(), 5, "{outcomes}");
    let refused = texts("#workshop-outcomes li.refused");
    assert_eq!(refused.len(), 1);
    assert!(
        refused[0].starts_with("rikki.json: Tiedostoa ei voitu lukea:") && refused[0].len() > 40,
        "the reader's error is said: {refused:?}"
    );
    assert_eq!(all("#workshop-opened li").len(), 5);

    // Under the target: Kiuruvesi's initiative with Lapinlahti (named it) and Sonkajärvi (the
    // target only) as a candidate.
    let a = row("Sähköiset lomakkeet");
    assert!(in_row(&a, "td:nth-child(3)").contains("Kiuruvesi (ehdottaja)"));
    let interested = in_row(&a, "td:nth-child(4)");
    assert!(interested.contains("Lapinlahti"), "{interested}");
    assert!(
        interested.contains("Sonkajärvi (ehdokas: kiinnostunut kohteesta)"),
        "{interested}"
    );
    assert_eq!(in_row(&a, "td.count"), "2 (ehdokkaiden kanssa 3)");
    let b = row("Lomakkeet verkkoon");
    assert_eq!(in_row(&b, "td.count"), "1 (ehdokkaiden kanssa 2)");
    assert_eq!(text_spaced("workshop-shown"), "Näytetään 3 / 3 riviä.");

    // Filters, each saying how many rows they show.
    choose("workshop-filter-target", "knowledge-management");
    settle().await;
    assert_eq!(text_spaced("workshop-shown"), "Näytetään 1 / 3 riviä.");
    assert_eq!(all(".workshop-table tbody tr").len(), 1);
    choose("workshop-filter-target", "");
    // The register's code names Lapinlahti; the filter offers it by name.
    let options = texts("#workshop-filter-municipality option");
    assert!(options.iter().any(|o| o == "Lapinlahti"), "{options:?}");
    let lapinlahti: HtmlSelectElement = el("workshop-filter-municipality").unchecked_into();
    let value = (0..lapinlahti.length())
        .filter_map(|i| lapinlahti.item(i))
        .map(|o| o.unchecked_into::<web_sys::HtmlOptionElement>())
        .find(|o| o.text() == "Lapinlahti")
        .unwrap()
        .value();
    choose("workshop-filter-municipality", &value);
    settle().await;
    assert_eq!(text_spaced("workshop-shown"), "Näytetään 1 / 3 riviä.");
    choose("workshop-filter-municipality", "");
    let search: HtmlInputElement = el("workshop-filter-text").unchecked_into();
    search.set_value("VERKKOON: TAVOITTEET");
    fire(&search, "input");
    settle().await;
    assert_eq!(text_spaced("workshop-shown"), "Näytetään 1 / 3 riviä.");
    assert!(row("Lomakkeet verkkoon").is_connected());

    // The same initiative again, newer: it replaces the one open, and the page says so.
    let mut newer: Value = serde_json::from_str(INITIATIVE).unwrap();
    newer["exported_at"] = "2019-09-05T08:00:00Z".into();
    newer["initiative"]["title"] = "Sähköiset lomakkeet 2".into();
    choose_json_files("workshop-files", &[("uudempi.json", newer.to_string())]).await;
    assert!(text_spaced("workshop-outcomes").contains("tämä uudempi versio korvasi sen"));
    assert_eq!(all("#workshop-opened li").len(), 5, "kept once");
    // An older one is left out, and said so.
    choose_json_files("workshop-files", &[("vanha.json", INITIATIVE.to_string())]).await;
    assert!(text_spaced("workshop-outcomes").contains("se pidettiin, ja tämä tiedosto jätettiin pois"));
    assert!(texts("#workshop-opened li")
        .iter()
        .any(|t| t.contains("Sähköiset lomakkeet 2")));

    // A remove per file.
    let before = all("#workshop-opened li").len();
    all("#workshop-opened li button.remove-file")[0].click();
    settle().await;
    assert_eq!(all("#workshop-opened li").len(), before - 1);
    drop(page);
}

#[wasm_bindgen_test]
async fn initiatives_are_joined_taken_in_exported_kept_and_undone() {
    let _turn = my_turn().await;
    hakemus::storage::clear().await;
    catch_downloads();
    let page = mount(Page::Workshop).await;
    choose_json_files("workshop-files", &theme()).await;
    assert_eq!(all(".workshop-candidate").len(), 2);

    // Fewer than two: refused next to the button, nothing joined.
    el("workshop-join").click();
    settle().await;
    assert!(text_spaced("workshop-join-error").contains("vähintään kaksi"));
    assert_eq!(all(".workshop-candidate").len(), 2);

    select_rows(&["Sähköiset lomakkeet", "Lomakkeet verkkoon"]);
    settle().await;
    let leads = texts("#workshop-join-lead option");
    assert_eq!(leads, ["Kiuruvesi", "Lapinlahti", "Iisalmi"]);
    let lead: HtmlSelectElement = el("workshop-join-lead").unchecked_into();
    lead.set_selected_index(2);
    fire(&lead, "change");
    // Ticking rows again rebuilds the lead's options: the lead chosen stays chosen.
    let first: HtmlInputElement = row("Sähköiset lomakkeet")
        .query_selector("input.workshop-select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    first.set_checked(false);
    fire(&first, "change");
    settle().await;
    select_rows(&["Sähköiset lomakkeet"]);
    settle().await;
    let lead: HtmlSelectElement = el("workshop-join-lead").unchecked_into();
    assert_eq!(lead.selected_index(), 2, "{:?}", texts("#workshop-join-lead option"));
    let title: HtmlInputElement = el("workshop-join-title-input").unchecked_into();
    title.set_value("Yhteiset sähköiset lomakkeet");
    el("workshop-join").click();
    settle().await;
    assert_eq!(
        text_spaced("workshop-join-status"),
        "Ehdotukset yhdistettiin; hankehallinnoija on Iisalmi."
    );
    assert!(!document().get_element_by_id("workshop-join-error").is_some());

    // One candidate, led by Iisalmi, with both proposers and Lapinlahti; the originals whole.
    assert_eq!(all(".workshop-candidate").len(), 1);
    assert_eq!(texts(".workshop-candidate h3"), ["Yhteiset sähköiset lomakkeet"]);
    assert_eq!(texts(".candidate-lead"), ["Iisalmi"]);
    let members = texts(".candidate-members li");
    assert!(
        members[0].starts_with("Iisalmi (ehdottaja) – Yhteyshenkilö Iisalmi"),
        "{members:?}"
    );
    assert_eq!(members.len(), 3, "{members:?}");
    let joined = row("Yhteiset sähköiset lomakkeet");
    assert!(in_row(&joined, "th").contains("Sähköiset lomakkeet"));
    assert!(in_row(&joined, "th").contains("Lomakkeet verkkoon"));
    assert_eq!(in_row(&joined, "td.count"), "3 (ehdokkaiden kanssa 4)");

    // Sonkajärvi, interested in the target only, taken into the group.
    let take = joined
        .query_selector("button.take-in")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>();
    assert!(take.text_content().unwrap().contains("Sonkajärvi"));
    take.click();
    settle().await;
    let joined = row("Yhteiset sähköiset lomakkeet");
    assert_eq!(in_row(&joined, "td.count"), "4");
    assert!(in_row(&joined, "td:nth-child(4)").contains("Sonkajärvi (otettu mukaan kohteen perusteella)"));

    // The candidate's file for its lead reads back with the strict reader.
    all("button.export-candidate")[0].click();
    settle().await;
    let (name, file) = last_download().await;
    assert_eq!(name, "yhteishanke-yhteiset-sahkoiset-lomakkeet.json");
    assert!(text_spaced("workshop-export-status").contains(&name));
    let read = read_joint_project(file.as_bytes(), Lang::Fi).expect("the exported file reads back");
    let project = read.file.project;
    assert_eq!(project.title, "Yhteiset sähköiset lomakkeet");
    assert_eq!(project.lead, "Iisalmi");
    let ids: Vec<&str> = project.initiatives.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let interests: Vec<&str> = project.interests.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(interests, ["x-lapinlahti", "x-sonkajarvi"]);
    assert!(project.candidates.is_empty());
    assert_eq!(project.initiatives[0].descriptions.cost_estimate, "120 000,00");

    // A reload keeps the files and the workshop's choices.
    sleep(200).await;
    drop(page);
    let page = mount(Page::Workshop).await;
    sleep(200).await;
    assert_eq!(all("#workshop-opened li").len(), 4);
    assert_eq!(texts(".workshop-candidate h3"), ["Yhteiset sähköiset lomakkeet"]);
    assert_eq!(texts(".candidate-lead"), ["Iisalmi"]);
    assert_eq!(in_row(&row("Yhteiset sähköiset lomakkeet"), "td.count"), "4");

    // The lead and title changed, then the join undone: the two initiatives apart again as they were.
    let id = all(".workshop-candidate select")[0].id();
    choose(&id, &{
        let s: HtmlSelectElement = el(&id).unchecked_into();
        s.item(1)
            .unwrap()
            .unchecked_into::<web_sys::HtmlOptionElement>()
            .value()
    });
    settle().await;
    assert_eq!(texts(".candidate-lead"), ["Kiuruvesi"]);
    all("button.undo-join")[0].click();
    settle().await;
    assert_eq!(text_spaced("workshop-export-status"), "Yhdistäminen peruttiin.");
    let titles = texts(".workshop-candidate h3");
    assert_eq!(titles, ["Sähköiset lomakkeet", "Lomakkeet verkkoon"]);
    // Sonkajärvi was taken in by its initiative, and stays with it.
    assert_eq!(in_row(&row("Sähköiset lomakkeet"), "td.count"), "3");
    assert_eq!(
        in_row(&row("Lomakkeet verkkoon"), "td.count"),
        "1 (ehdokkaiden kanssa 2)"
    );
    drop(page);
}

/// The workshop page on the theme's four files, Kiuruvesi's and Iisalmi's initiatives joined.
async fn joined_theme() -> Mounted {
    hakemus::storage::clear().await;
    let page = mount(Page::Workshop).await;
    choose_json_files("workshop-files", &theme()).await;
    select_rows(&["Sähköiset lomakkeet", "Lomakkeet verkkoon"]);
    settle().await;
    el("workshop-join").click();
    settle().await;
    page
}

#[wasm_bindgen_test]
async fn the_printed_list_shows_each_candidate_with_the_descriptions_side_by_side() {
    let _turn = my_turn().await;
    let page = joined_theme().await;
    assert_eq!(
        el("to-workshop-print").get_attribute("href").as_deref(),
        Some("/initiatives/workshop/print")
    );
    sleep(200).await;
    drop(page);

    let page = mount(Page::Print).await;
    sleep(200).await;
    assert_eq!(text_spaced("workshop-print-title"), "Työpajan lista 27.9.2019");
    assert_eq!(
        el("workshop-back").get_attribute("href").as_deref(),
        Some("/initiatives/workshop")
    );
    assert_eq!(text_spaced("workshop-print"), "Tulosta");
    assert_eq!(all(".workshop-sheet").len(), 1);
    // No title chosen: the lead's (the first proposer's) initiative's.
    assert_eq!(texts(".workshop-sheet h2"), ["Sähköiset lomakkeet"]);
    assert_eq!(
        texts(".sheet-lead"),
        ["Kiuruvesi – Yhteyshenkilö Kiuruvesi, kirjaamo@example.fi, 040 123 4567"]
    );
    assert!(texts(".sheet-targets")[0].starts_with("Kehitetään entistä asiakaslähtöisempiä"));
    let proposers = texts(".sheet-proposers li");
    assert_eq!(proposers.len(), 2, "{proposers:?}");
    assert!(proposers[1].starts_with("Iisalmi (ehdottaja)"));
    let interested = texts(".sheet-interested li");
    assert!(interested[0].starts_with("Lapinlahti (ilmoittautui ehdotukseen) – Yhteyshenkilö Lapinlahti"));
    assert!(interested[0].contains("Lomakkeet ovat yhä paperilla."));
    assert!(interested[1].starts_with("Sonkajärvi (ehdokas: kiinnostunut kohteesta)"));
    // The descriptions side by side: a column per initiative, a row per description.
    let head = texts(".sheet-descriptions thead th");
    assert_eq!(head.len(), 3);
    assert!(head[1].starts_with("Sähköiset lomakkeet") && head[2].starts_with("Lomakkeet verkkoon"));
    let goals = texts(".sheet-descriptions tbody tr:nth-child(2) td");
    assert_eq!(
        goals,
        [
            "Sähköiset lomakkeet: yhteinen palvelu kaikille kunnille vuoteen 2021 mennessä.",
            "Lomakkeet verkkoon: tavoitteet"
        ]
    );
    let estimate = texts(".sheet-descriptions tbody tr:nth-child(6) td");
    assert_eq!(estimate[0], "120 000,00 €");
    drop(page);
}

/// Another tab's workshop write, as that tab makes it: read what is stored, change, write.
async fn other_tab(change: impl FnOnce(&mut KeptWorkshop)) {
    let base = load_workshop().await.unwrap();
    let mut mine = base.clone();
    change(&mut mine);
    save_workshop(&base, &mine).await.unwrap();
}

fn file(source: &str, text: String) -> WorkshopFile {
    WorkshopFile {
        source: source.into(),
        text,
    }
}

/// Two workshop tabs: this tab's writes are merged with what the other wrote since (its file and
/// its join kept), and the page shows the merged workshop; a file this tab removes goes.
#[wasm_bindgen_test]
async fn two_workshop_tabs_keep_each_others_files_and_joins() {
    let _turn = my_turn().await;
    hakemus::storage::clear().await;
    let page = mount(Page::Workshop).await;
    choose_json_files("workshop-files", &theme()[..2]).await;
    other_tab(|w| {
        w.files.push(file(
            "vierema.json",
            initiative("c", "Vieremä", "Lomakkeet yhteen", TARGET),
        ));
        w.workshop
            .join(&["a", "c"], "Vieremä", "Lomakkeet kolmen kunnan")
            .unwrap();
    })
    .await;
    choose_json_files("workshop-files", &theme()[2..3]).await;
    sleep(200).await;
    let stored = load_workshop().await.unwrap();
    let sources: Vec<&str> = stored.files.iter().map(|f| f.source.as_str()).collect();
    assert_eq!(
        sources,
        ["initiative.json", "iisalmi.json", "interest.json", "vierema.json"]
    );
    assert_eq!(stored.workshop.joins.len(), 1);
    assert_eq!(stored.workshop.joins[0].initiatives, ["a", "c"]);
    // The page shows it all.
    assert_eq!(all("#workshop-opened li").len(), 4);
    let mut titles = texts(".workshop-candidate h3");
    titles.sort();
    assert_eq!(titles, ["Lomakkeet kolmen kunnan", "Lomakkeet verkkoon"]);
    // This tab removes Iisalmi's file: gone from storage, the other tab's file stays.
    let iisalmi = all("#workshop-opened li")
        .into_iter()
        .position(|li| li.text_content().unwrap_or_default().contains("iisalmi.json"))
        .unwrap();
    all("button.remove-file")[iisalmi].click();
    sleep(300).await;
    let stored = load_workshop().await.unwrap();
    let sources: Vec<&str> = stored.files.iter().map(|f| f.source.as_str()).collect();
    assert_eq!(sources, ["initiative.json", "interest.json", "vierema.json"]);
    assert_eq!(stored.workshop.joins.len(), 1);
    drop(page);
}

/// A kept file this version cannot read (a newer version's) is written back unchanged.
#[wasm_bindgen_test]
async fn a_kept_file_that_cannot_be_read_is_not_deleted() {
    let _turn = my_turn().await;
    hakemus::storage::clear().await;
    let newer = r#"{"format": "hakemus-initiative", "version": 99, "initiative": {}}"#.to_string();
    other_tab(|w| w.files.push(file("newer.json", newer.clone()))).await;
    let page = mount(Page::Workshop).await;
    sleep(200).await;
    choose_json_files("workshop-files", &theme()[..1]).await;
    sleep(200).await;
    assert_eq!(all("#workshop-opened li").len(), 1, "the newer file is not read");
    let stored = load_workshop().await.unwrap();
    assert!(
        stored.files.iter().any(|f| f.source == "newer.json" && f.text == newer),
        "{:?}",
        stored.files.iter().map(|f| &f.source).collect::<Vec<_>>()
    );
    assert!(stored.files.iter().any(|f| f.source == "initiative.json"));
    drop(page);
}

/// A file removed from the workshop comes back with an undo (focused at once), where it was, with
/// the join it was in.
#[wasm_bindgen_test]
async fn a_removed_file_comes_back_with_its_join() {
    let _turn = my_turn().await;
    let page = joined_theme().await;
    assert_eq!(all(".workshop-candidate").len(), 1);
    all("button.remove-file")[0].click();
    settle().await;
    assert_eq!(all("#workshop-opened li").len(), 3);
    assert!(
        text_spaced("workshop-removed").contains("initiative.json"),
        "{}",
        text_spaced("workshop-removed")
    );
    let undo = el("workshop-undo-remove");
    assert!(
        document().active_element().unwrap().is_same_node(Some(&undo)),
        "the undo is focused"
    );
    undo.click();
    settle().await;
    sleep(200).await;
    let opened = texts("#workshop-opened li");
    assert_eq!(opened.len(), 4);
    assert!(opened[0].contains("initiative.json"), "{opened:?}");
    assert_eq!(all(".workshop-candidate").len(), 1, "the join is whole again");
    assert!(document().get_element_by_id("workshop-undo-remove").is_none());
    let stored = load_workshop().await.unwrap();
    assert_eq!(stored.files.len(), 4);
    drop(page);
}
