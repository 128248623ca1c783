//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner). They mount the
//! whole app with `mount_to` and assert on what a user sees: text, focus, ARIA state, storage.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use hakemus::domain::draft::{ApplicantKind, RawDraft};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `path` on a browser storage holding only `draft`, in Finnish (headless
/// Chromium prefers English, which the app would otherwise follow).
async fn mount_at(path: &str, draft: &RawDraft) -> Mounted {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    hakemus::storage::save_lang(hakemus::domain::vocabulary::locale::Lang::Fi);
    let stored = hakemus::storage::create(draft.clone(), "").await.unwrap();
    hakemus::storage::set_current(stored.id);
    go_to(path);
    let opened = hakemus::storage::open().await;
    mount_app(Some(turn), move || view! { <App opened /> }.into_any())
}

/// The id of the one applicant `mount` starts with (Kuopio), as a line's bearer stores it.
const KUOPIO: &str = "1";

/// The budget page of a draft whose only applicant is Kuopio.
async fn mount() -> Mounted {
    let mut draft = RawDraft::default();
    let id = draft.add_applicant(ApplicantKind::Municipality);
    assert_eq!(id.to_string(), KUOPIO);
    draft.applicant_mut(id).unwrap().municipality = "Kuopio".into();
    mount_at("/budget", &draft).await
}

async fn settle() {
    // One animation frame and a little more, for focus moves and debounced work.
    settle_for(40).await;
}

fn button(label: &str) -> HtmlElement {
    let buttons = document().query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().trim().starts_with(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

/// Adds a line and fills it completely; returns its id.
async fn add_line(net: &str) -> u64 {
    button("+ Lisää kustannusrivi").click();
    settle().await;
    let id: u64 = focused()
        .strip_prefix("line-")
        .and_then(|s| s.strip_suffix("-category"))
        .expect("focus moves to the new line's category")
        .parse()
        .unwrap();
    choose(&format!("line-{id}-category"), "personnel");
    type_into(&format!("line-{id}-description"), "Projektipäällikkö");
    choose(&format!("line-{id}-bearer"), KUOPIO);
    type_into(&format!("line-{id}-year"), "2020");
    type_into(&format!("line-{id}-amount"), net);
    choose(&format!("line-{id}-vat_rate"), "0");
    settle().await;
    id
}

#[wasm_bindgen_test]
async fn an_empty_budget_in_finnish() {
    let _app = mount().await;
    settle().await;
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Talousarvio"
    );
    assert_eq!(text_spaced("eligible-base"), "0,00 €");
    assert_eq!(text_spaced("max-grant"), "0,00 €");
    assert!(text_spaced("budget-lines").contains("Talousarviossa ei ole vielä rivejä"));
}

#[wasm_bindgen_test]
async fn totals_follow_every_keystroke() {
    let _app = mount().await;
    settle().await;
    let id = add_line("1 000").await;
    assert_eq!(text_spaced("eligible-base"), "1 000,00 €");
    assert_eq!(text_spaced("max-grant"), "850,00 €");
    type_into(&format!("line-{id}-amount"), "1 000,5");
    settle().await;
    assert_eq!(
        text_spaced("max-grant"),
        "850,42 €",
        "85 % of 1 000,50 is 850,425, rounded down"
    );
    type_into("requested-grant", "850,43");
    settle().await;
    assert!(
        text_spaced("grant-status").contains("ylittää"),
        "{}",
        text_spaced("grant-status")
    );
    type_into("requested-grant", "850,42");
    settle().await;
    assert!(
        text_spaced("grant-status").contains("mahtuu"),
        "{}",
        text_spaced("grant-status")
    );
    assert_eq!(text_spaced("own-financing"), "150,08 € (15,00 %)");
}

#[wasm_bindgen_test]
async fn an_error_waits_until_the_user_leaves_the_field_and_keeps_what_was_typed() {
    let _app = mount().await;
    settle().await;
    let id = add_line("100").await;
    let amount = format!("line-{id}-amount");
    type_into(&amount, "12,5O");
    settle().await;
    assert!(text(&format!("{amount}-msg")).is_empty(), "no message mid-word");
    leave(&amount);
    settle().await;
    assert!(
        text_spaced(&format!("{amount}-msg")).contains("”12,5O” ei ole rahamäärä"),
        "{}",
        text_spaced(&format!("{amount}-msg"))
    );
    assert_eq!(el(&amount).get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(el(&amount)
        .get_attribute("aria-describedby")
        .unwrap()
        .contains(&format!("{amount}-msg")));
    assert_eq!(
        el(&amount).unchecked_into::<HtmlInputElement>().value(),
        "12,5O",
        "what was typed stays"
    );
}

#[wasm_bindgen_test]
async fn the_error_summary_links_move_focus_to_their_field() {
    let _app = mount().await;
    settle().await;
    let id = add_line("100").await;
    type_into(&format!("line-{id}-year"), "20x1");
    button("Tarkista talousarvio").click();
    settle().await;
    assert_eq!(focused(), "error-summary", "focus moves to the summary");
    assert!(document().title().starts_with("Virhe: "), "{}", document().title());
    let link = document()
        .query_selector(&format!("#error-summary a[href='#line-{id}-year']"))
        .unwrap()
        .expect("a link to the year field")
        .unchecked_into::<HtmlElement>();
    assert!(link
        .text_content()
        .unwrap()
        .starts_with("Rivi 1, Vuosi: ”20x1” ei ole vuosi"));
    link.click();
    settle().await;
    assert_eq!(focused(), format!("line-{id}-year"));
}

#[wasm_bindgen_test]
async fn remove_and_undo_restore_the_line_as_typed() {
    let _app = mount().await;
    settle().await;
    let id = add_line("123,45").await;
    button("Poista").click();
    settle().await;
    assert!(!exists(&format!("line-{id}")));
    assert_eq!(focused(), "undo-remove");
    assert_eq!(text_spaced("eligible-base"), "0,00 €");
    button("Peru poisto").click();
    settle().await;
    assert_eq!(
        el(&format!("line-{id}-amount"))
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "123,45"
    );
    assert_eq!(text_spaced("eligible-base"), "123,45 €");
}

/// A long budget builds only the lines near the view; the others wait in gaps, each line's
/// description there for find in page. The table states the whole budget's size.
#[wasm_bindgen_test]
async fn a_long_budget_builds_only_the_lines_near_the_view() {
    let mut draft = RawDraft::default();
    for _ in 0..400 {
        draft.add_line();
    }
    let _app = mount_at("/budget", &draft).await;
    settle().await;
    let count = |selector: &str| document().query_selector_all(selector).unwrap().length();
    let built = count("#budget-lines-body tr[id^='line-']");
    assert!((1..60).contains(&built), "{built} rows built");
    assert_eq!(built + count("#budget-lines-body [hidden='until-found']"), 400);
    assert_eq!(
        el("budget-lines").get_attribute("aria-rowcount").as_deref(),
        Some("401")
    );
    assert_eq!(text_spaced("line-count"), "400 kustannusriviä");
}

#[wasm_bindgen_test]
async fn duplicate_copies_the_line_below_it() {
    let _app = mount().await;
    settle().await;
    let _ = add_line("10").await;
    button("Monista").click();
    settle().await;
    assert_eq!(
        document()
            .query_selector_all("#budget-lines tbody tr")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(text_spaced("eligible-base"), "20,00 €");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text_and_the_html_lang() {
    let _app = mount().await;
    settle().await;
    let id = add_line("1200000,5").await;
    // Chosen after the line was created: the options written again in English still select it.
    choose(&format!("line-{id}-category"), "travel");
    choose(&format!("line-{id}-vat_rate"), "24");
    settle().await;
    // The wasm has Finnish built in and fetches the other languages' texts when one is chosen; the
    // test runner does not serve those files, so they are installed from the committed ones.
    for (lang, file) in [
        (Lang::Sv, include_str!("../src/i18n/data/texts-sv.json")),
        (Lang::En, include_str!("../src/i18n/data/texts-en.json")),
    ] {
        hakemus::i18n::catalogue::install(lang, file, &hakemus::i18n::TABLES).unwrap();
    }
    choose("lang", "en");
    settle().await;
    let category: HtmlSelectElement = el(&format!("line-{id}-category")).unchecked_into();
    assert_eq!(category.value(), "travel");
    let shown = category.selected_options().item(0).and_then(|o| o.text_content());
    assert_eq!(shown.as_deref(), Some("Travel costs"));
    let vat: HtmlSelectElement = el(&format!("line-{id}-vat_rate")).unchecked_into();
    assert_eq!(vat.value(), "24");
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Budget"
    );
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(text_spaced("eligible-base"), "€1,200,000.50");
    choose("lang", "sv");
    settle().await;
    assert_eq!(text_spaced("eligible-base"), "1 200 000,50 €");
    choose("lang", "fi");
    settle().await;
}

#[wasm_bindgen_test]
async fn the_draft_is_saved_as_typed() {
    let _app = mount().await;
    settle().await;
    let id = add_line("12,5O").await;
    // Saved once typing pauses, in a strict (on disk) transaction: on a loaded machine that can take
    // a while, so wait for it (up to 10 s) rather than a fixed time.
    let mut saved = None;
    for _ in 0..100 {
        sleep(100).await;
        let stored = hakemus::storage::open().await.draft.expect("a saved draft").draft;
        let typed = |l: &hakemus::domain::draft::RawBudgetLine| l.id == id && l.amount == "12,5O";
        if stored.budget.lines.iter().any(typed) {
            saved = Some(stored);
            break;
        }
    }
    let saved = saved.expect("the line was saved within 10 s");
    let line = saved.budget.lines.iter().find(|l| l.id == id).unwrap();
    assert_eq!(line.amount, "12,5O");
    assert_eq!(line.description, "Projektipäällikkö");
}

#[wasm_bindgen_test]
async fn inputs_under_a_toggle_come_back_with_what_was_typed() {
    let _app = mount().await;
    settle().await;
    let id = add_line("1000").await;
    let justification = format!("line-{id}-justification");
    choose(&format!("line-{id}-category"), "software-licence");
    settle().await;
    let textarea: web_sys::HtmlTextAreaElement = el(&justification).unchecked_into();
    textarea.set_value("Kehitysympäristön lisenssi");
    fire(&textarea, "input");
    settle().await;
    choose(&format!("line-{id}-category"), "personnel");
    settle().await;
    assert!(!exists(&justification), "the justification is only asked for licences");
    choose(&format!("line-{id}-category"), "software-licence");
    settle().await;
    let textarea: web_sys::HtmlTextAreaElement = el(&justification).unchecked_into();
    assert_eq!(textarea.value(), "Kehitysympäristön lisenssi");
    assert_eq!(text_spaced("eligible-base"), "1 000,00 €", "a justified licence counts");

    let internal: HtmlInputElement = el(&format!("line-{id}-internal_charge")).unchecked_into();
    internal.click();
    settle().await;
    assert_eq!(
        text_spaced("eligible-base"),
        "0,00 €",
        "an unconfirmed internal charge does not count"
    );
    let actual: HtmlInputElement = el(&format!("line-{id}-internal_charge_actual")).unchecked_into();
    actual.click();
    settle().await;
    assert_eq!(text_spaced("eligible-base"), "1 000,00 €");
    internal.click();
    settle().await;
    internal.click();
    settle().await;
    let actual: HtmlInputElement = el(&format!("line-{id}-internal_charge_actual")).unchecked_into();
    assert!(actual.checked(), "the confirmation is shown as given");
}

#[wasm_bindgen_test]
async fn an_applicant_is_found_by_its_swedish_name_and_its_business_id_checked() {
    let mut draft = RawDraft::default();
    let id = draft.add_applicant(ApplicantKind::Municipality);
    let _app = mount_at("/applicants", &draft).await;
    settle().await;
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Hakijat"
    );
    let municipality = format!("applicant-{id}-municipality");
    type_into(&municipality, "Helsingfors");
    leave(&municipality);
    settle().await;
    assert!(
        text_spaced(&format!("{municipality}-msg")).is_empty(),
        "{}",
        text_spaced(&format!("{municipality}-msg"))
    );
    assert!(
        text_spaced("main").contains("Helsinki (091) · Asukasluku 653 835"),
        "{}",
        text_spaced("main")
    );
    assert_eq!(text_spaced("population"), "653 835");

    let business_id = format!("applicant-{id}-business_id");
    type_into(&business_id, "0201256-7");
    leave(&business_id);
    settle().await;
    assert!(
        text_spaced(&format!("{business_id}-msg"))
            .contains("”0201256-7” ei ole Y-tunnus: tarkistenumero ei täsmää (numeroista laskettu tarkiste on 6)"),
        "{}",
        text_spaced(&format!("{business_id}-msg"))
    );
    type_into(&business_id, "0201256-6");
    settle().await;
    assert!(text_spaced(&format!("{business_id}-msg")).is_empty());

    button("Tarkista hakijat").click();
    settle().await;
    assert!(
        text_spaced("error-summary")
            .contains("Hakijoina on 1 kunta, mutta tässä haussa hankkeessa on oltava mukana vähintään 2 kuntaa."),
        "{}",
        text_spaced("error-summary")
    );
}

#[wasm_bindgen_test]
async fn the_overview_shows_each_part_with_its_status() {
    let mut draft = RawDraft::default();
    draft.add_applicant(ApplicantKind::Municipality);
    let _app = mount_at("/", &draft).await;
    settle().await;
    assert_eq!(text_spaced("status-applicants"), "Kesken");
    assert_eq!(text_spaced("status-budget"), "Ei aloitettu");
}

#[wasm_bindgen_test]
async fn declaring_an_excluded_area_is_a_blocking_error_with_its_source() {
    let _app = mount_at("/targets", &RawDraft::default()).await;
    settle().await;
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Kohteet ja rajaukset"
    );
    let yes: HtmlInputElement = el("exclusion-social-and-health-care").unchecked_into();
    yes.click();
    settle().await;
    let msg = text_spaced("exclusion-social-and-health-care-msg");
    assert!(
        msg.contains(
            "Tässä haussa avustusta ei voi hakea sosiaali- ja terveydenhuoltoon liittyviin kehittämishankkeisiin."
        ),
        "{msg}"
    );
    assert!(
        msg.contains("Lähde: VM:n päätös 26.2.2020, ei sosiaali- ja terveydenhuoltoa"),
        "{msg}"
    );
    let no: HtmlInputElement = el("exclusion-social-and-health-care-no").unchecked_into();
    no.click();
    settle().await;
    assert!(text_spaced("exclusion-social-and-health-care-msg").is_empty());
}

#[wasm_bindgen_test]
async fn the_project_period_follows_the_chosen_call() {
    let _app = mount_at("/project", &RawDraft::default()).await;
    settle().await;
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Haku ja hanke"
    );
    assert!(
        text_spaced("project-end-hint").contains("viimeistään 30.11.2021"),
        "{}",
        text_spaced("project-end-hint")
    );
    type_into("project-end", "2021-12-01");
    leave("project-end");
    settle().await;
    assert!(
        text_spaced("project-end-msg")
            .contains("Hankkeen on oltava toteutettu ja loppuraportoitu viimeistään 30.11.2021."),
        "{}",
        text_spaced("project-end-msg")
    );
    choose("call", "vm-2019-tiedolla-johtaminen");
    settle().await;
    assert!(
        text_spaced("project-end-msg").is_empty(),
        "the knowledge call sets no end"
    );
    assert!(
        text_spaced("project-end-hint").contains("ei aseta"),
        "{}",
        text_spaced("project-end-hint")
    );
    assert!(
        text_spaced("main").contains("laskelmassa käytetään oletuksena 85 %"),
        "the default share is said so"
    );
}

/// A draft saved in this browser before questions were merged opens with every answer kept: the
/// cost centre written in its own field is now in the project accounting answer, labelled.
#[wasm_bindgen_test]
async fn a_stored_draft_keeps_its_answers_to_merged_questions() {
    let mut draft = RawDraft::default();
    draft
        .answers
        .insert("commit-project-accounting".into(), "Oma projekti kirjanpidossa.".into());
    draft.answers.insert("cost-centre".into(), "KP 4410".into());
    let _app = mount_at("/commitments", &draft).await;
    settle().await;
    let area: web_sys::HtmlTextAreaElement = el("answer-commit-project-accounting").unchecked_into();
    assert_eq!(
        area.value(),
        "Miten hanke täyttää ehdon: hankkeella on erillinen projektikirjanpito?:\nOma projekti kirjanpidossa.\n\n\
         Hankkeen oma kustannuspaikka tai projektiseurannan tunnus:\nKP 4410"
    );
}

/// A target of another call the draft holds (a draft moved between calls) has its box, checked, so
/// that the user can take it out; then its warning is gone.
#[wasm_bindgen_test]
async fn a_target_of_another_call_can_be_taken_out() {
    let draft = RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        targets: vec!["finance-automation".into(), "knowledge-management".into()],
        ..RawDraft::default()
    };
    let _app = mount_at("/targets", &draft).await;
    settle().await;
    button("Tarkista kohteet ja rajaukset").click();
    settle().await;
    assert!(
        text_spaced("error-summary").contains("ei ole tämän haun avustuksen kohde"),
        "{}",
        text_spaced("error-summary")
    );
    let other: HtmlInputElement = el("target-knowledge-management").unchecked_into();
    assert!(other.checked());
    other.set_checked(false);
    fire(&other, "change");
    settle().await;
    assert!(
        !text_spaced("error-summary").contains("ei ole tämän haun avustuksen kohde"),
        "{}",
        text_spaced("error-summary")
    );
}

/// A rule the knowledge-management call's slides do not state is marked as borrowed beside it.
#[wasm_bindgen_test]
async fn the_knowledge_call_says_which_rules_it_borrows() {
    let draft = RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        ..RawDraft::default()
    };
    let _app = mount_at("/budget", &draft).await;
    settle().await;
    assert!(
        text_spaced("main").contains("Tämän haun lähteet eivät luettele hyväksyttäviä kustannuksia"),
        "{}",
        text_spaced("main")
    );
    drop(_app);
    let _app = mount_at("/targets", &draft).await;
    settle().await;
    assert!(
        text_spaced("main").contains("Tämän haun lähteet eivät mainitse tätä ehtoa"),
        "{}",
        text_spaced("main")
    );
    // Call I's own two targets, and no exclusions: no heading for them, no "answer each question".
    assert!(text_spaced("main").contains("Kunnan taloushallinnon prosessien automatisointi"));
    assert!(!text_spaced("main").contains("tietojohtamista tai tiedolla johtamista"));
    assert!(
        !text_spaced("main").contains("Haun rajaukset"),
        "{}",
        text_spaced("main")
    );
    assert!(!text_spaced("main").contains("Vastaa jokaiseen kysymykseen"));
    // The condition it assumes, unconfirmed and checked: a warning that says "assumed".
    document()
        .query_selector(".actions .button")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(
        text_spaced("municipal-task-msg").contains("Oletus:"),
        "{}",
        text_spaced("main")
    );
    drop(_app);
    // The joint call states its own rules: no such note; its exclusions have their heading, and the
    // hardware question its hint.
    let _app = mount_at("/targets", &RawDraft::default()).await;
    settle().await;
    assert!(
        !text_spaced("main").contains("Tämän haun lähteet eivät mainitse"),
        "{}",
        text_spaced("main")
    );
    assert!(text_spaced("main").contains("Haun rajaukset"));
    assert!(text_spaced("exclusion-hardware-procurement-hint")
        .starts_with("Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu."));
}

#[wasm_bindgen_test]
async fn an_answers_part_asks_its_questions_with_a_character_count() {
    let _app = mount_at("/impact", &RawDraft::default()).await;
    settle().await;
    assert_eq!(
        document()
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Vaikuttavuus"
    );
    assert_eq!(
        document().query_selector_all("main textarea").unwrap().length(),
        11,
        "the eleven impact questions"
    );
    let costs = "answer-impact-costs";
    assert!(text_spaced("main").contains("Kustannusvaikutukset"));
    let area: web_sys::HtmlTextAreaElement = el(costs).unchecked_into();
    area.set_value("Säästö 2 htv vuodessa.");
    fire(&area, "input");
    settle().await;
    assert!(text_spaced("main").contains("22 merkkiä"), "{}", text_spaced("main"));
    button("Tarkista vaikuttavuus").click();
    settle().await;
    assert!(
        !text_spaced("error-summary").contains("Kustannusvaikutukset: Vastaa"),
        "{}",
        text_spaced("error-summary")
    );
    // The joint call's decision requires the plan for using and spreading the results (an error);
    // the other impact questions are call I's, asked here as advice (a warning that says so).
    assert!(
        text_spaced("error-summary").contains("Suunnitelma työn skaalaamisesta ja levittämisestä: Vastaa kysymykseen."),
        "{}",
        text_spaced("error-summary")
    );
    assert!(
        text_spaced("error-summary").contains("Kertaluonteisuus vs. pysyvyys: Tämän haun päätös ei vaadi tätä"),
        "{}",
        text_spaced("error-summary")
    );
    assert!(!text_spaced("error-summary").contains("Kertaluonteisuus vs. pysyvyys: Vastaa"));
}

#[wasm_bindgen_test]
async fn a_risk_scores_likelihood_times_impact_and_is_owned_by_an_applicant() {
    let mut draft = RawDraft::default();
    let lead = draft.add_applicant(ApplicantKind::Municipality);
    draft.applicant_mut(lead).unwrap().municipality = "Kiuruvesi".into();
    let _app = mount_at("/risks", &draft).await;
    settle().await;
    button("+ Lisää riski").click();
    settle().await;
    let id: u64 = focused()
        .strip_prefix("risk-")
        .and_then(|s| s.strip_suffix("-description"))
        .expect("focus moves to the new risk's description")
        .parse()
        .unwrap();
    assert_eq!(text_spaced(&format!("risk-{id}-score")), "–");
    choose(&format!("risk-{id}-likelihood"), "4");
    choose(&format!("risk-{id}-impact"), "3");
    settle().await;
    assert_eq!(text_spaced(&format!("risk-{id}-score")), "12");
    let owner: HtmlSelectElement = el(&format!("risk-{id}-owner")).unchecked_into();
    let options = owner.query_selector_all("option").unwrap();
    assert_eq!(options.length(), 2, "choose, and the one applicant");
    assert_eq!(options.item(1).unwrap().text_content().unwrap(), "Kiuruvesi");
}

/// Runs `body` (JavaScript, given the app's open `reviews` store as `store` in a read-write
/// transaction, and `key` and `text`) and returns what it resolves `done` with once committed: the
/// test's own hands on IndexedDB, as another tab or an earlier version would write it.
async fn raw_reviews(body: &str, key: &str, text: &str) -> JsValue {
    let f = js_sys::Function::new_with_args(
        "key, text",
        &format!(
            "return new Promise((resolve, reject) => {{
                const open = indexedDB.open('hakemus');
                open.onerror = () => reject(open.error);
                open.onsuccess = () => {{
                    const db = open.result;
                    const tx = db.transaction('reviews', 'readwrite');
                    const store = tx.objectStore('reviews');
                    let result;
                    const done = (value) => {{ result = value; }};
                    {body}
                    tx.oncomplete = () => {{ db.close(); resolve(result); }};
                    tx.onabort = () => {{ db.close(); reject(tx.error); }};
                }};
            }})"
        ),
    );
    let promise: js_sys::Promise = f
        .call2(&JsValue::NULL, &key.into(), &text.into())
        .unwrap()
        .unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap()
}

async fn put_review_record(key: &str, text: &str) {
    raw_reviews("store.put(text, key);", key, text).await;
}

async fn review_record(key: &str) -> Option<String> {
    raw_reviews("const r = store.get(key); r.onsuccess = () => done(r.result);", key, "")
        .await
        .as_string()
}

/// Reviews in storage (IndexedDB): a record this version cannot read is set aside, never
/// overwritten, and can be downloaded; a save merges what another tab stored meanwhile; the record
/// of versions before IndexedDB and a tab's recovery copy in localStorage are moved in once.
#[wasm_bindgen_test]
async fn reviews_storage_sets_aside_what_it_cannot_read_and_merges_other_tabs() {
    use hakemus::domain::formats::review::{self, ApplicationRef, Mark, Review};
    use hakemus::domain::reviewer::assessment;
    use hakemus::domain::vocabulary::criteria::{Criterion, Score};
    use hakemus::storage::{self, SaveError};
    let _turn = my_turn().await;
    let local = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage::clear().await; // also opens (creates) the database

    let broken = "{\"format\": \"hakemus-review\", broken";
    put_review_record("all", broken).await;
    assert!(storage::load_reviews().await.is_empty());
    assert_eq!(
        storage::unreadable_reviews().await.as_deref(),
        Some(broken),
        "the unreadable record is kept for download"
    );
    assert_eq!(review_record("unreadable").await.as_deref(), Some(broken));

    let review = |c: char, at: &str| {
        let mut r = Review::new(ApplicationRef {
            fingerprint: std::iter::repeat_n(c, 64).collect(),
            call: hakemus::domain::vocabulary::call::DEFAULT_CALL.into(),
            ..ApplicationRef::default()
        });
        r.set_mark(
            Criterion::Feasibility,
            Mark {
                score: Score::new(2),
                note: String::new(),
            },
            at,
        );
        r
    };
    // Another tab stored a review of application a; this tab saves its review of b.
    let theirs = review('a', "2026-11-23T10:00:00Z");
    put_review_record("all", &review::export([&theirs], "2026-11-23T10:00:00Z")).await;
    let mine = assessment::by_application(vec![review('b', "2026-11-23T11:00:00Z")]);
    let (after, clashes) = storage::save_reviews(&std::collections::BTreeMap::new(), &mine, "2026-11-23T11:00:00Z")
        .await
        .unwrap();
    assert!(clashes.is_empty());
    let stored = storage::load_reviews().await;
    assert_eq!(stored.len(), 2, "both tabs' reviews are kept");
    assert_eq!(stored[&theirs.application.fingerprint], theirs);
    assert_eq!(after, stored, "the save returns what is stored (the tab's next base)");

    // A record that cannot be read is never overwritten by a save; the next load sets it aside
    // beside the first one, which stays.
    put_review_record("all", "not json").await;
    assert_eq!(
        storage::save_reviews(&std::collections::BTreeMap::new(), &mine, "2026-11-23T12:00:00Z").await,
        Err(SaveError::Damaged)
    );
    assert_eq!(review_record("all").await.as_deref(), Some("not json"));
    assert!(storage::load_reviews().await.is_empty());
    assert_eq!(storage::unreadable_reviews().await.as_deref(), Some("not json"));
    assert_eq!(review_record("unreadable").await.as_deref(), Some(broken));
    assert_eq!(review_record("unreadable.2").await.as_deref(), Some("not json"));

    // An earlier version's reviews (and the record it set aside) in localStorage, and a tab's
    // recovery copy: moved in at the next load, then removed from localStorage.
    let older = review('a', "2026-11-24T10:00:00Z");
    local
        .set_item("hakemus.reviews.v1", &review::export([&older], "2026-11-24T10:00:00Z"))
        .unwrap();
    local
        .set_item("hakemus.reviews.v1.unreadable", "old and broken")
        .unwrap();
    let left = assessment::by_application(vec![review('c', "2026-11-24T11:00:00Z")]);
    assert!(storage::keep_reviews_recovery(&left));
    let loaded = storage::load_reviews().await;
    assert_eq!(loaded.len(), 2, "a from the old record, c from the recovery copy");
    assert_eq!(loaded[&older.application.fingerprint], older);
    let stored = review::import(review_record("all").await.unwrap().as_bytes()).unwrap();
    assert_eq!(assessment::by_application(stored), loaded, "they are in IndexedDB");
    assert_eq!(review_record("unreadable.3").await.as_deref(), Some("old and broken"));
    let keys: Vec<String> = (0..local.length().unwrap())
        .filter_map(|i| local.key(i).unwrap())
        .filter(|k| k.starts_with("hakemus.reviews"))
        .collect();
    assert_eq!(keys, Vec::<String>::new(), "moved, so removed from localStorage");
    storage::clear().await;
}

/// The backup's storage (`storage::backup`): what `gather` reads is everything the app keeps, a
/// backup restored into a cleared browser gives the same back (ids, records byte for byte, recovery
/// copies, the reviewer's settings), restoring it again or into the browser it came from writes
/// nothing, and an older backup over newer work keeps both.
mod backup {
    use super::my_turn;
    use hakemus::domain::draft::RawDraft;
    use hakemus::domain::formats::backup::{self, Contents, Kind};
    use hakemus::domain::formats::decision::{self, Proposal};
    use hakemus::domain::formats::initiative::{export_initiative, to_json};
    use hakemus::domain::formats::review::{ApplicationRef, Mark, Review, Reviewer};
    use hakemus::domain::initiative::model::{RawInitiative, RawInterest};
    use hakemus::domain::initiative::workshop::Workshop;
    use hakemus::domain::vocabulary::call;
    use hakemus::domain::vocabulary::criteria::{Criterion, Score};
    use hakemus::domain::vocabulary::locale::Lang;
    use hakemus::storage::initiative as first_phase;
    use hakemus::storage::initiative_workshop::{load_workshop, save_workshop, KeptWorkshop, WorkshopFile};
    use hakemus::storage::{self, backup as store, Recovery, Shelf};
    use std::collections::BTreeMap;
    use wasm_bindgen_test::*;

    const NOW: &str = "2026-12-06T10:00:00.000Z";

    fn copy_title(name: &str) -> String {
        format!("{name} (varmuuskopiosta 6.12.2026)")
    }

    fn draft(name: &str) -> RawDraft {
        let mut d = RawDraft::default();
        d.project.name_fi = name.into();
        d
    }

    fn review(c: char, score: u8) -> Review {
        let mut r = Review::new(ApplicationRef {
            fingerprint: std::iter::repeat_n(c, 64).collect(),
            call: call::DEFAULT_CALL.into(),
            lead: "Kiuruvesi".into(),
            project: format!("Hanke {c}"),
            source: "hakemus.json".into(),
        });
        let mark = Mark {
            score: Score::new(score),
            note: "Perustelu.".into(),
        };
        r.set_mark(Criterion::Feasibility, mark, NOW);
        r
    }

    fn proposal(appropriation: &str) -> String {
        let mut p = Proposal::new(call::DEFAULT_CALL, Lang::Fi);
        p.appropriation = appropriation.into();
        decision::to_json(&decision::export(&p, NOW))
    }

    fn initiative(id: &str, title: &str) -> RawInitiative {
        let mut i = RawInitiative::new(id);
        i.municipality = "Kiuruvesi".into();
        i.title = title.into();
        i.descriptions.goals = "Yhteinen sähköinen palvelu.".into();
        i
    }

    fn interest() -> RawInterest {
        let mut x = RawInterest::new("x-1");
        x.municipality = "Iisalmi".into();
        x.need = "Asiointi verkossa.".into();
        x
    }

    /// The ministry's workshop: the two initiatives' files opened and joined.
    fn workshop() -> KeptWorkshop {
        let file = |i: &RawInitiative| WorkshopFile {
            source: format!("{}.json", i.id),
            text: to_json(&export_initiative(i, NOW)),
        };
        let mut choices = Workshop::default();
        choices.join(&["i-1", "i-2"], "297", "").unwrap();
        KeptWorkshop {
            files: vec![
                file(&initiative("i-1", "Sähköinen asiointi")),
                file(&initiative("i-2", "Asiointi yhdessä")),
            ],
            workshop: choices,
        }
    }

    /// A granted project (the grant's app), with an entry in its accounts.
    fn granted() -> hakemus::domain::grant::model::RawGrant {
        let mut g = hakemus::domain::grant::model::RawGrant {
            id: "g-1".into(),
            ..Default::default()
        };
        g.application.project.name_fi = "Sähköiset lomakkeet".into();
        let e = g.add_entry();
        g.entry_mut(e).unwrap().net = "1 200,50".into();
        g
    }

    /// A browser holding something of every kind the app keeps; returns the lead draft's id.
    async fn fill() -> u64 {
        first_phase::save_initiative(&initiative("i-1", "Sähköinen asiointi")).unwrap();
        first_phase::save_interest(&interest()).unwrap();
        first_phase::keep_received(&initiative("i-2", "Asiointi yhdessä"), NOW).unwrap();
        save_workshop(&KeptWorkshop::default(), &workshop()).await.unwrap();
        hakemus::storage::grant::create(granted()).await.unwrap();
        let lead = storage::create(draft("Sähköiset lomakkeet"), "Yhteishanke")
            .await
            .unwrap();
        let other = storage::create(draft("Toinen hanke"), "").await.unwrap();
        assert!(storage::keep_recovery(&Recovery {
            draft_id: Some(other.id),
            base_revision: other.revision,
            kept_at: 1.0,
            draft: draft("Toinen hanke, tallentamaton"),
        }));
        let mine: BTreeMap<String, Review> = [review('a', 3), review('b', 2), review('c', 1)]
            .into_iter()
            .map(|r| (r.application.fingerprint.clone(), r))
            .collect();
        storage::save_reviews(&BTreeMap::new(), &mine, NOW).await.unwrap();
        let replaced: BTreeMap<String, Review> = [review('a', 0)]
            .into_iter()
            .map(|r| (r.application.fingerprint.clone(), r))
            .collect();
        storage::save_replaced(&BTreeMap::new(), &replaced).await.unwrap();
        storage::save_proposal(storage::DecisionKey::First, None, &proposal("30000000.00"))
            .await
            .unwrap();
        storage::set_proposal_aside(storage::DecisionKey::First, &proposal("1.00"))
            .await
            .unwrap();
        let fp: String = std::iter::repeat_n('a', 64).collect();
        storage::keep_file(
            Shelf::Opened,
            &fp,
            "lomakkeet.json",
            "{\"format\":\"hakemus-application\"}",
        )
        .await
        .unwrap();
        storage::keep_file(
            Shelf::Panel,
            "name:ville",
            "arviot-ville.json",
            "{\"format\":\"hakemus-review\"}",
        )
        .await
        .unwrap();
        storage::save_reviewer(&Reviewer {
            name: "Maija Meikäläinen".into(),
            ..Reviewer::default()
        });
        storage::save_blind(true);
        // Further clarification and the follow-up (backup version 4): the lead's answers beside the
        // draft made from the request, the ministry's record, its follow-up.
        hakemus::storage::clarification::keep(
            other.id,
            &hakemus::storage::clarification::Kept {
                request: "{\"format\":\"hakemus-clarification-request\"}".into(),
                answers: BTreeMap::from([(1, "Vastaus.".to_string())]),
            },
        )
        .unwrap();
        hakemus::storage::ministry_clarification::save_clarifications(&[
            hakemus::domain::reviewer::clarification::Clarification {
                original: fp.clone(),
                requests: Vec::new(),
            },
        ])
        .await
        .unwrap();
        hakemus::storage::follow_up::save(&followed(), 0).await.unwrap();
        // A completion request being written on the follow-up's grant page.
        let asking = hakemus::domain::reviewer::follow_up::CompletionDraft {
            questions: "Mitä työtä kaudella tehtiin?".into(),
            entries: vec![(3, String::new())],
            deadline: "31.12.20".into(),
        };
        hakemus::storage::completion_draft::keep("kiuruvesi", 6, &asking).unwrap();
        lead.id
    }

    /// The ministry's follow-up of one grant, as typed.
    fn followed() -> hakemus::domain::formats::follow_up::RawFollowUp {
        hakemus::domain::formats::follow_up::RawFollowUp {
            grants: vec![hakemus::domain::formats::follow_up::RawGrantFollowUp {
                lead: "Kiuruveden kaupunki".into(),
                project_name: "Sähköiset lomakkeet".into(),
                next_id: 1,
                ..Default::default()
            }],
        }
    }

    /// A backup's text made from this browser, read back as the file.
    async fn made() -> (Contents, backup::Backup) {
        let here = store::gather().await.unwrap();
        let file = backup::import(backup::export(&here, NOW).as_bytes()).unwrap();
        (here, file)
    }

    #[wasm_bindgen_test]
    async fn a_cleared_browser_gets_everything_back_as_it_was() {
        let _turn = my_turn().await;
        storage::clear().await;
        fill().await;
        let (before, file) = made().await;
        assert_eq!(before.drafter.drafts.len(), 2);
        assert_eq!(before.drafter.recoveries.len(), 1);
        assert!(before.reviewer.reviews.is_some() && before.reviewer.replaced.is_some());
        assert!(before.reviewer.proposal.is_some() && before.reviewer.proposal_aside.is_some());
        assert_eq!((before.reviewer.opened.len(), before.reviewer.panel.len()), (1, 1));
        assert_eq!(before.reviewer.blind, Some(true));
        let f = &before.first_phase;
        assert_eq!((f.initiatives.len(), f.interests.len(), f.received.len()), (1, 1, 1));
        assert!(f.workshop.is_some());
        assert_eq!(before.grant.projects.len(), 1);
        assert_eq!(before.drafter.clarifications.len(), 1);
        assert!(before.reviewer.clarifications.is_some() && before.follow_up.record.is_some());
        assert!(before.follow_up.completion_drafts.is_some());

        storage::clear().await;
        assert_eq!(store::gather().await.unwrap(), Contents::default());
        let summary = store::restore(&file, NOW, &copy_title).await.unwrap();
        assert_eq!(summary.added.iter().filter(|i| i.kind == Kind::Draft).count(), 2);
        assert_eq!(summary.added.iter().filter(|i| i.kind == Kind::Review).count(), 3);
        assert!(
            summary.kept_both.is_empty() && summary.skipped.is_empty(),
            "{summary:?}"
        );
        // Every record as it was, under the same ids and keys.
        assert_eq!(store::gather().await.unwrap(), before);
        // The app reads them: the drafts listed, the reviewer's reviews and settings.
        let titles: Vec<String> = storage::list().await.into_iter().map(|d| d.title).collect();
        assert!(titles.contains(&"Yhteishanke".to_string()));
        assert_eq!(storage::load_reviews().await.len(), 3);
        let hakemus::storage::completion_draft::Loaded::Here(asking) = hakemus::storage::completion_draft::load()
        else {
            panic!("the completion request being written is back");
        };
        assert_eq!(asking.of("kiuruvesi", 6).questions, "Mitä työtä kaudella tehtiin?");
        assert_eq!(storage::load_reviewer().name, "Maija Meikäläinen");
        assert!(storage::load_blind());
        assert_eq!(storage::recoveries().len(), 1);
        // And the first phase's pages read theirs.
        assert_eq!(first_phase::initiatives(), [initiative("i-1", "Sähköinen asiointi")]);
        assert_eq!(first_phase::interests(), [interest()]);
        assert_eq!(first_phase::received(), [initiative("i-2", "Asiointi yhdessä")]);
        assert_eq!(load_workshop().await.unwrap(), workshop());
        // And the grant's pages theirs.
        let kept = hakemus::storage::grant::load("g-1").await.unwrap().unwrap();
        assert_eq!(kept.grant, granted());
        // And the clarification's and the follow-up's pages theirs.
        let drafts = storage::list().await;
        let other = drafts
            .iter()
            .find(|d| d.title.is_empty() || d.title.contains("Toinen"))
            .unwrap();
        let answers = hakemus::storage::clarification::kept(other.id).unwrap().answers;
        assert_eq!(answers.get(&1).map(String::as_str), Some("Vastaus."));
        assert_eq!(
            hakemus::storage::ministry_clarification::load_clarifications()
                .await
                .unwrap()
                .len(),
            1
        );
        match hakemus::storage::follow_up::load().await {
            hakemus::storage::follow_up::Loaded::Here(s) => assert_eq!(s.follow_up, followed()),
            other => panic!("{other:?}"),
        }
        let kinds = |kind: Kind| summary.added.iter().filter(|i| i.kind == kind).count();
        assert_eq!(
            [
                Kind::Initiative,
                Kind::Interest,
                Kind::ReceivedInitiative,
                Kind::WorkshopFile,
                Kind::Workshop,
                Kind::GrantedProject,
                Kind::Clarification,
                Kind::MinistryClarifications,
                Kind::FollowUp,
            ]
            .map(kinds),
            [1, 1, 1, 2, 1, 1, 1, 1, 1]
        );

        // The same backup again writes nothing.
        let again = store::restore(&file, NOW, &copy_title).await.unwrap();
        assert!(!again.changes(), "{again:?}");
        assert_eq!(store::gather().await.unwrap(), before);
    }

    #[wasm_bindgen_test]
    async fn the_browser_it_came_from_is_not_changed() {
        let _turn = my_turn().await;
        storage::clear().await;
        fill().await;
        let (before, file) = made().await;
        let summary = store::restore(&file, NOW, &copy_title).await.unwrap();
        assert!(!summary.changes(), "{summary:?}");
        assert_eq!(store::gather().await.unwrap(), before);
    }

    #[wasm_bindgen_test]
    async fn an_older_backup_over_newer_work_keeps_both() {
        let _turn = my_turn().await;
        storage::clear().await;
        let lead = fill().await;
        let (_, old) = made().await;
        // Newer work: the lead draft edited and saved, a review changed.
        let loaded = storage::load(lead).await.unwrap();
        let mut edited = loaded.draft.clone();
        edited.project.summary = "Uusi tiivistelmä".into();
        storage::save(lead, loaded.revision, &edited).await.unwrap();
        let newer = storage::raw_text(lead).await.unwrap();
        let base = storage::load_reviews().await;
        let mut mine = base.clone();
        let changed = review('b', 0);
        mine.insert(changed.application.fingerprint.clone(), changed);
        storage::save_reviews(&base, &mine, NOW).await.unwrap();

        let summary = store::restore(&old, NOW, &copy_title).await.unwrap();
        let kinds: Vec<(Kind, String)> = summary.kept_both.iter().map(|i| (i.kind, i.name.clone())).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Draft, "Yhteishanke".to_string()),
                (Kind::Review, "Hanke b".to_string())
            ]
        );
        // The newer draft is untouched; the backup's is beside it under a title that says so.
        assert_eq!(storage::raw_text(lead).await.as_deref(), Some(newer.as_str()));
        let drafts = storage::list().await;
        let copy = drafts
            .iter()
            .find(|d| d.title == "Yhteishanke (varmuuskopiosta 6.12.2026)")
            .expect("the backup's version added");
        assert_eq!(storage::load(copy.id).await.unwrap().draft.project.summary, "");
        // The newer review stays; the backup's is among the replaced, to be put back by choice.
        assert_eq!(
            storage::load_reviews().await[&review('b', 0).application.fingerprint],
            mine[&review('b', 0).application.fingerprint]
        );
        let replaced = storage::load_replaced().await;
        assert!(replaced.contains_key(&review('b', 0).application.fingerprint));
        // A reviewer's tab open during the restore, which read no replaced reviews before it, keeps
        // one of its own afterwards: the restored one stays beside it.
        let own: BTreeMap<String, Review> = [review('c', 0)]
            .into_iter()
            .map(|r| (r.application.fingerprint.clone(), r))
            .collect();
        let stored = storage::save_replaced(&BTreeMap::new(), &own).await.unwrap();
        assert_eq!(stored, storage::load_replaced().await);
        assert!(stored.contains_key(&review('b', 0).application.fingerprint));
        assert!(stored.contains_key(&review('c', 0).application.fingerprint));
    }

    /// Newer work in the first phase: the initiative edited here stays, and the backup's is beside it
    /// under an id and a title of its own; the workshop here keeps its own choices and gets the
    /// backup's files.
    #[wasm_bindgen_test]
    async fn the_first_phases_newer_work_is_kept_and_the_backups_beside_it() {
        let _turn = my_turn().await;
        storage::clear().await;
        fill().await;
        let (_, old) = made().await;
        let mut edited = initiative("i-1", "Sähköinen asiointi");
        edited.descriptions.goals = "Tarkennettu tavoite.".into();
        first_phase::save_initiative(&edited).unwrap();
        let mut own = workshop();
        own.files.truncate(1);
        own.workshop = Workshop::default();
        own.workshop.join(&["i-1", "i-3"], "140", "Oma nimi").unwrap();
        // The workshop here is only `own`: what the tab read is removed first (a save merges with
        // what is stored), then `own` is kept.
        let read = load_workshop().await.unwrap();
        let empty = save_workshop(&read, &KeptWorkshop::default()).await.unwrap();
        assert_eq!(save_workshop(&empty, &own).await.unwrap(), own);

        let summary = store::restore(&old, NOW, &copy_title).await.unwrap();
        let mut all = first_phase::initiatives();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0], edited, "the newer initiative is untouched");
        assert_eq!(all[1].id, "i-1-2");
        assert_eq!(all[1].title, "Sähköinen asiointi (varmuuskopiosta 6.12.2026)");
        assert_eq!(all[1].descriptions.goals, "Yhteinen sähköinen palvelu.");
        assert_eq!(first_phase::load_initiative("i-1-2").as_ref(), Some(&all[1]));
        let kept = load_workshop().await.unwrap();
        assert_eq!(kept.workshop, own.workshop, "the workshop's own choices stay");
        assert_eq!(kept.files.len(), 2, "the backup's other file is added");
        assert_eq!(kept.files[..1], own.files[..]);
        let both: Vec<(Kind, String)> = summary.kept_both.iter().map(|i| (i.kind, i.name.clone())).collect();
        assert_eq!(both, [(Kind::Initiative, "Sähköinen asiointi".to_string())]);
        let left: Vec<Kind> = summary.skipped.iter().map(|(i, _)| i.kind).collect();
        assert_eq!(left, [Kind::Workshop]);

        // Again: nothing more.
        let before = store::gather().await.unwrap();
        let again = store::restore(&old, NOW, &copy_title).await.unwrap();
        assert!(!again.changes(), "{again:?}");
        assert_eq!(store::gather().await.unwrap(), before);
    }

    #[wasm_bindgen_test]
    async fn the_last_backup_is_remembered() {
        let _turn = my_turn().await;
        storage::clear().await;
        assert_eq!(store::last_backup(), None);
        store::note_backup(NOW);
        assert_eq!(store::last_backup().as_deref(), Some(NOW));
    }
}
