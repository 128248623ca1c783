//! The follow-up app's payment list and change requests in a real browser (headless Chromium via
//! wasm-bindgen-test-runner), mounted with `mount_to`. The payment list: Kiuruvesi's decision and
//! two payment claims received (`tests/fixtures/`), two instalments approved — the payee, its
//! business ID and the amounts as a Finnish reader reads them, the total, the warning of one person
//! presenting and approving; the CSV downloaded is the domain's bytes; an empty list says so. The
//! change requests: Kiuruvesi's request opened (another file refused with its reason next to the
//! input and in the error summary), shown part by part; saved undecided it says every missing field
//! at its place and in the summary; one part accepted and one rejected, with reasons, makes a
//! decision file the lead's project takes in; a reload finds the work as it was.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::asking_for_changes;
use hakemus::domain::formats::follow_up::{open_received, RawFollowUp};
use hakemus::domain::formats::grant_change::{apply, change_request, read_change_decision, to_json};
use hakemus::domain::grant::model::Outcome;
use hakemus::domain::reviewer::follow_up::payment_list;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::follow_up as kept;
use hakemus::ui::follow_up::app::FollowUpApp;
use hakemus::ui::follow_up::payments::{csv, csv_file_name};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

const DECISION: &str = include_str!("fixtures/grant/kiuruvesi-decision.json");
const APPLICATION: &str = include_str!("fixtures/grant/kiuruvesi-application.json");
const CLAIM_1: &str = include_str!("fixtures/follow-up/kiuruvesi-payment-claim-1.json");
const CLAIM_2: &str = include_str!("fixtures/follow-up/kiuruvesi-payment-claim-2.json");

/// The follow-up app mounted at `path`, in Finnish, on the storage as it is, once `ready` is shown.
async fn mount(turn: Turn, path: &str, ready: &str) -> Mounted {
    hakemus::storage::save_lang(Lang::Fi);
    go_to(path);
    let app = mount_app(Some(turn), || view! { <FollowUpApp /> }.into_any());
    settle_for(60).await;
    until(ready, || exists(ready)).await;
    app
}

/// Kiuruvesi's decision and claims 1 and 2 received; 12 345,67 € approved on claim 1 and
/// 20 000,00 € on claim 2, the second presented and approved by one person.
fn followed() -> RawFollowUp {
    let mut f = RawFollowUp::default();
    for file in [DECISION, CLAIM_1, CLAIM_2] {
        f.take(file.as_bytes(), "2021-07-01", Lang::Fi).unwrap();
    }
    let g = &mut f.grants[0];
    g.decision_reference = "VN/1234/2020".into();
    for (claim, amount, presenter) in [(1, "12 345,67", "Anna Virtanen"), (2, "20 000,00", "Olli Ojala")] {
        let id = g.add_payment(claim);
        let p = g.payment_mut(id).unwrap();
        p.amount = amount.into();
        p.presenter = presenter.into();
        p.approver = "Olli Ojala".into();
        p.approved_on = "20.7.2021".into();
    }
    f
}

#[wasm_bindgen_test]
async fn the_payment_list_shows_each_instalment_its_total_and_its_warnings_and_downloads_the_csv() {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    let record = followed();
    kept::save(&record, 0).await.unwrap();
    catch_downloads();
    let _app = mount(turn, "/follow-up/payments", "payments").await;
    assert!(text("payments-title").contains("Maksettavaksi hyväksytyt erät"));
    let shown = table_rows("payments");
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert_eq!(shown[0][0], "Kiuruvesi", "the payee: the lead");
    assert_eq!(shown[0][1], "6872472-6", "its business ID, as the lead's files give it");
    assert_eq!(shown[0][3], "12 345,67 €");
    assert_eq!(shown[0][4], "VN/1234/2020, 26.2.2020");
    assert_eq!(shown[0][5], "1");
    assert_eq!(shown[0][6], "Anna Virtanen");
    assert_eq!(shown[0][7], "Olli Ojala");
    assert_eq!(shown[0][8], "20.7.2021");
    assert_eq!(shown[1][3], "20 000,00 €");
    // 12 345,67 + 20 000,00.
    assert_eq!(text_spaced("payments-total"), "32 345,67 €");
    let said = text_spaced("payment-findings");
    assert!(
        said.contains("maksatushakemuksen 2 erä: Olli Ojala sekä esittelee että hyväksyy maksun."),
        "{said}"
    );
    assert!(said.contains("Sähköiset lomakkeet"), "the grant is named: {said}");

    // The CSV: the domain's bytes, headings in Finnish, named with the day.
    el("payments-csv").click();
    settle_for(20).await;
    let (name, bytes) = last_download_bytes().await;
    assert_eq!(name, csv_file_name(&hakemus::ui::files::today()));
    let opened: Vec<_> = record.grants.iter().map(|g| open_received(g, Lang::Fi)).collect();
    let expected = csv(Lang::Fi, &payment_list(&record, &opened));
    assert_eq!(String::from_utf8(bytes).unwrap(), expected);
    assert!(expected.starts_with("\u{FEFF}Maksunsaaja (hankehallinnoija);Y-tunnus;"));
    assert!(expected.contains("Kiuruvesi;6872472-6;"));
    assert!(expected.contains(";12345,67;"));
    assert!(expected.contains("Yhteensä;;;32345,67;"));
    assert!(exists("payments-print"), "a print button");
}

#[wasm_bindgen_test]
async fn an_empty_payment_list_says_so_and_is_linked_from_the_home_page() {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    let _app = mount(turn, "/follow-up", "follow-up-files").await;
    let link = el("payments-link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/follow-up/payments"));
    assert_eq!(
        el("changes-link").get_attribute("href").as_deref(),
        Some("/follow-up/changes")
    );
    link.click();
    until("the payment list", || exists("payments-empty")).await;
    assert_eq!(text("payments-empty"), "Maksettavaksi hyväksyttyjä eriä ei ole.");
    assert!(!exists("payments"), "no table");
}

fn click(id: &str) {
    el(id).click();
}

fn value(id: &str) -> String {
    el(id).unchecked_into::<HtmlInputElement>().value()
}

#[wasm_bindgen_test]
async fn a_change_request_is_opened_decided_part_by_part_and_saved_as_a_file_the_lead_takes_in() {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    catch_downloads();
    // The grant followed, its claims received (the project as they name it): the page knows the
    // end in force.
    let record = followed();
    kept::save(&record, 0).await.unwrap();
    let (mut lead, r) = asking_for_changes();
    lead.id = record.grants[0].project_id.clone();
    let request = change_request(&lead, r, "2021-09-01T08:00:00Z").unwrap();
    lead.change_mut(r).unwrap().sent_at = "2021-09-01T08:00:00Z".into();
    let (a, b) = (request.parts[0].id, request.parts[1].id);
    let app = mount(turn, "/follow-up/changes", "change-request-file").await;
    assert!(text("no-change-requests").contains("Avattuja muutoshakemuksia ei ole."));
    let label = all("label[for='change-request-file']");
    assert_eq!(label.len(), 1, "a visible label");

    choose_files(
        "change-request-file",
        "application/json",
        &[
            ("muutos.json", to_json(&request).as_str()),
            ("hakemus.json", APPLICATION),
        ],
    );
    until("the request opened", || exists("deciding-0")).await;
    until("the outcomes", || all("#change-request-outcomes li").len() == 2).await;
    let outcomes = text_spaced("change-request-outcomes");
    assert!(
        outcomes.contains(&format!("muutos.json: avattu: muutoshakemus {r}, ")),
        "{outcomes}"
    );
    assert!(outcomes.contains("hakemus.json ei avattu:"), "{outcomes}");
    // The refusal is the error summary's too, linked to the input.
    assert!(text("error-summary").contains("hakemus.json:"));
    assert_eq!(
        all("#error-summary a")[0].get_attribute("href").as_deref(),
        Some("#change-request-file")
    );

    // Part by part: what is asked, with the lead's reason.
    let first = text_spaced(&format!("deciding-0-part-{a}-asked"));
    assert!(first.contains("Päättymispäivä nyt30.11.2021"), "{first}");
    assert!(first.contains("Haettu päättymispäivä31.3.2022"), "{first}");
    assert!(first.contains("Ohjelmistotoimittajan toimitus viivästyi."), "{first}");
    let second = text_spaced(&format!("deciding-0-part-{b}-asked"));
    assert!(second.contains("10 000,00 €"), "{second}");
    assert!(second.contains("Pilotointi ostetaan palveluna."), "{second}");

    // The decider left empty: its message at the field, before any press.
    leave("deciding-0-decider");
    settle_for(50).await;
    assert!(text("deciding-0-decider-messages").contains("Kirjoita päättäjän nimi."));

    // Saved undecided: every missing outcome and reason at its field and in the summary; no file.
    click("deciding-0-save");
    settle_for(50).await;
    let outcome_a = format!("deciding-0-part-{a}-outcome");
    assert!(text(&format!("{outcome_a}-messages")).contains("Valitse päätös."));
    assert!(text(&format!("deciding-0-part-{b}-reason-messages")).contains("Kirjoita päätöksen perustelu."));
    let summary = text("error-summary");
    assert!(
        summary.contains(&format!("Muutoshakemus {r}, Muutos 1: Valitse päätös.")),
        "{summary}"
    );
    assert!(
        summary.contains(&format!("Muutoshakemus {r}, Muutos 2: Kirjoita päätöksen perustelu.")),
        "{summary}"
    );
    assert!(
        all("#error-summary a")
            .iter()
            .any(|x| x.get_attribute("href").as_deref() == Some(&format!("#{outcome_a}-accepted"))),
        "the summary links to the first radio button"
    );
    assert!(text("deciding-0-status").contains("Päätöstä ei tallennettu"));
    let none: js_sys::Array = js_sys::eval("window.__downloads").unwrap().unchecked_into();
    assert_eq!(none.length(), 0, "no file while errors stand");

    // Part 1 accepted, part 2 rejected, each with its reason; the decider named.
    click(&format!("{outcome_a}-accepted"));
    type_into(&format!("deciding-0-part-{a}-reason"), "Viivästys on perusteltu.");
    click(&format!("deciding-0-part-{b}-outcome-rejected"));
    type_into(
        &format!("deciding-0-part-{b}-reason"),
        "Henkilöstökulut ovat hankkeen ydin.",
    );
    type_into("deciding-0-decider", "Erityisasiantuntija Maija Virtanen");
    type_into("deciding-0-decided-on", "20.9.2021");
    settle_for(50).await;
    assert!(text(&format!("{outcome_a}-messages")).is_empty(), "chosen: no message");
    click("deciding-0-save");
    settle_for(50).await;
    let (name, bytes) = last_download_bytes().await;
    assert!(name.starts_with("hakemus-change-decision-"), "{name}");
    assert!(text("deciding-0-status").contains(&name));
    let file = read_change_decision(&bytes).expect("the strict reader takes it").file;
    assert_eq!(file.decision.decided_on, "2021-09-20");
    assert_eq!(
        apply(&mut lead, &file, "2021-09-21T08:00:00Z"),
        Ok(true),
        "the lead takes it in"
    );
    let decided = lead.changes[0].decision.as_ref().unwrap();
    assert_eq!(
        decided
            .parts
            .iter()
            .map(|p| (p.part, p.outcome, p.reason.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (a, Outcome::Accepted, "Viivästys on perusteltu."),
            (b, Outcome::Rejected, "Henkilöstökulut ovat hankkeen ydin."),
        ]
    );

    // A reload finds the request and the decision as typed.
    drop(app);
    let turn = my_turn().await;
    let _again = mount(turn, "/follow-up/changes", "deciding-0").await;
    assert_eq!(value("deciding-0-decider"), "Erityisasiantuntija Maija Virtanen");
    assert!(el(&format!("{outcome_a}-accepted"))
        .unchecked_into::<HtmlInputElement>()
        .checked());
    assert!(el(&format!("deciding-0-part-{b}-outcome-rejected"))
        .unchecked_into::<HtmlInputElement>()
        .checked());
    assert_eq!(
        el(&format!("deciding-0-part-{b}-reason"))
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value(),
        "Henkilöstökulut ovat hankkeen ydin."
    );
    assert!(!exists("change-request-outcomes"), "the files' outcomes are not kept");
}

#[wasm_bindgen_test]
async fn the_same_request_opened_again_is_refused() {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    let (lead, r) = asking_for_changes();
    let request = to_json(&change_request(&lead, r, "2021-09-01T08:00:00Z").unwrap());
    let _app = mount(turn, "/follow-up/changes", "change-request-file").await;
    choose_files(
        "change-request-file",
        "application/json",
        &[("muutos.json", request.as_str())],
    );
    until("the request opened", || exists("deciding-0")).await;
    choose_files(
        "change-request-file",
        "application/json",
        &[("uudelleen.json", request.as_str())],
    );
    until("the second choice's outcome", || {
        text_if_present("change-request-outcomes")
            .unwrap_or_default()
            .contains("uudelleen.json")
    })
    .await;
    assert!(text_spaced("change-request-outcomes").contains("sama muutoshakemus on jo avattu."));
    assert!(!exists("deciding-1"), "listed once");
}
