//! The grant's reporting pages in a real browser (headless Chromium via wasm-bindgen-test-runner),
//! mounted with `mount_to` on a project stored first: Kiuruvesi's ledgers settled by hand in
//! `tests/settlement.rs` (`common::grant`). What a user sees: a claim's may-claim figure, the
//! settlement's last instalment (case A) and return under VAL 20 § (case B) to the cent, an
//! auditor's statement above the limit refused with the limit stated (and one within it shown with
//! its SHA-256), and an interim report's figures against the plan with its chart.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use common::grant::{case_a, case_b, kiuruvesi};
use hakemus::domain::grant::model::{RawGrant, RawInterimReport, RawPeriod};
use hakemus::domain::vocabulary::call::CostCategory;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use hakemus::storage::grant as kept;
use hakemus::ui::grant::app::GrantApp;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

/// `g` stored (alone) under its own id, and the grant's app mounted at its page `part`, in Finnish.
async fn open_at(mut g: RawGrant, id: &str, part: &str) -> Mounted {
    let turn = my_turn().await;
    hakemus::storage::clear().await;
    g.id = id.into();
    kept::create(g).await.unwrap();
    hakemus::storage::save_lang(Lang::Fi);
    go_to(&format!("/grant/{id}/{part}"));
    let app = mount_app(Some(turn), || view! { <GrantApp /> }.into_any());
    settle_for(60).await;
    app
}

fn eur(cents: i64) -> String {
    Money::from_cents(cents).format(Lang::Fi)
}

#[wasm_bindgen_test]
async fn a_claim_shows_what_it_may_ask_for_and_its_computation() {
    // Claim 1 not yet paid: asking too much is an error (a paid one is settled, §11.5).
    let mut g = case_a();
    g.claims[0].paid.clear();
    let first = g.claims[0].id;
    let _app = open_at(g, "claims-a", "claims").await;
    until("the claims", || exists(&format!("claim-{first}-may"))).await;
    // Claim 1 counts the costs to 31.10.2020: E = 150 000,03, floor(0,85 × E) = 127 500,02.
    assert_eq!(text(&format!("claim-{first}-may")), eur(12_750_002));
    let computation = text(&format!("claim-{first}-computation"));
    assert!(computation.contains(&eur(15_000_003)), "{computation}");
    assert!(computation.contains("min(G, ⌊s × E⌋)"), "{computation}");
    // The share in force is named, and said to be assumed.
    let share = text("claims-share");
    assert!(share.contains("85") && share.contains("oletus"), "{share}");
    // Typing an amount above it: the error next to the field once it is left, and in the summary.
    let amount = format!("claim-{first}-amount");
    let input = el(&amount).unchecked_into::<HtmlInputElement>();
    input.set_value("200 000,00");
    typed(&input);
    sleep(30).await;
    assert!(text(&format!("{amount}-messages")).is_empty(), "not mid-word");
    input.dispatch_event(&web_sys::Event::new("blur").unwrap()).unwrap();
    until("the error next to the amount", || {
        text(&format!("{amount}-messages")).contains(&eur(12_750_002))
    })
    .await;
    el(&format!("claim-{first}-save")).click();
    until("the summary", || {
        text_if_present("grant-summary")
            .unwrap_or_default()
            .contains(&eur(12_750_002))
    })
    .await;
    assert!(text(&format!("claim-{first}-status")).contains("korjaa"));
}

/// The claim `id`'s heading number ("Maksatushakemus 2" → 2) as a user reads it.
fn claim_number(id: u64) -> String {
    text(&format!("claim-{id}-title"))
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_string()
}

#[wasm_bindgen_test]
async fn a_claim_removed_is_said_removed_and_put_back_by_undo_with_its_figures() {
    let g = case_a();
    let (first, second) = (g.claims[0].id, g.claims[1].id);
    let _app = open_at(g, "claims-remove", "claims").await;
    until("the claims", || exists(&format!("claim-{second}-may"))).await;
    // Claim 2 counts what claim 1 was paid: 170 000,03 − 60 000,00.
    assert_eq!(text(&format!("claim-{second}-may")), eur(11_000_003));
    el(&format!("claim-{first}-remove")).click();
    until("claim 1 gone", || !exists(&format!("claim-{first}-may"))).await;
    // Said, focus on the undo; claim 2 is now the first, and nothing paid before it counts.
    assert!(text("undo-remove").contains("Peru poisto"));
    until("focus on the undo", || focused() == "undo-remove").await;
    assert!(document()
        .body()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Maksatushakemus poistettu."));
    assert_eq!(claim_number(second), "1");
    assert_eq!(text(&format!("claim-{second}-may")), eur(17_000_003));
    // Undo: back where it was, with what it was paid, focus on its first field.
    el("undo-remove").click();
    until("claim 1 back", || exists(&format!("claim-{first}-may"))).await;
    assert_eq!(
        (claim_number(first), claim_number(second)),
        ("1".to_string(), "2".to_string())
    );
    assert_eq!(text(&format!("claim-{second}-may")), eur(11_000_003));
    until("focus on its day", || focused() == format!("claim-{first}-until")).await;
    assert!(!exists("undo-remove"));
}

#[wasm_bindgen_test]
async fn the_settlement_pays_the_last_instalment_computed_by_hand() {
    let _app = open_at(case_a(), "settle-a", "settlement").await;
    until("the settlement", || exists("settlement-final")).await;
    assert_eq!(text("settlement-grant"), eur(18_150_000));
    assert_eq!(text("settlement-eligible"), eur(20_000_004));
    assert_eq!(text("settlement-final"), eur(17_000_003));
    assert_eq!(text("settlement-paid"), eur(13_000_000));
    // 170 000,03 − 130 000,00.
    assert_eq!(text("settlement-last"), eur(4_000_003));
    assert!(!exists("settlement-return"));
    assert!(exists("settlement-print"));
}

#[wasm_bindgen_test]
async fn the_settlement_asks_for_a_return_under_val_20_computed_by_hand() {
    let _app = open_at(case_b(), "settle-b", "settlement").await;
    until("the settlement", || exists("settlement-final")).await;
    assert_eq!(text("settlement-final"), eur(12_750_002));
    // 130 000,00 − 127 500,02 = 2 499,98 to return.
    assert_eq!(text("settlement-return"), eur(249_998));
    assert!(!exists("settlement-last"));
    assert!(el("settlement-return")
        .parent_element()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("20 §"));
}

#[wasm_bindgen_test]
async fn a_statement_above_the_limit_is_refused_with_the_limit_and_one_within_it_shown() {
    let _app = open_at(kiuruvesi(), "final-k", "final").await;
    until("the final report", || exists("final-auditor-statement")).await;
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(5 * 1024 * 1024 + 1, b'x');
    choose_file("final-auditor-statement", "iso.pdf", "application/pdf", &big);
    until("the refusal", || exists("final-statement-refused")).await;
    let said = text("final-statement-refused");
    assert!(said.contains("Lausuntoa ei liitetty"), "{said}");
    assert!(
        said.contains(&hakemus::i18n::bytes(Lang::Fi, 5 * 1024 * 1024)),
        "the limit stated: {said}"
    );
    assert!(!exists("final-statement"), "nothing attached");
    let pdf = b"%PDF-1.7\nTilintarkastajan lausunto\n%%EOF\n";
    choose_file("final-auditor-statement", "lausunto.pdf", "application/pdf", pdf);
    until("the statement", || exists("final-statement-sha256")).await;
    assert!(!exists("final-statement-refused"));
    assert_eq!(text("final-statement-name"), "lausunto.pdf");
    assert_eq!(
        text("final-statement-sha256"),
        hakemus::domain::grant::statement::sha256_hex(pdf)
    );
    until("the statement stored", || exists("final-statement")).await;
    // Stored: the record's statement is the one chosen (the page's list is drawn from the
    // project in memory, so it says nothing of storage).
    let want = hakemus::domain::grant::statement::sha256_hex(pdf);
    let mut stored = None;
    for _ in 0..150 {
        stored = kept::load("final-k")
            .await
            .and_then(Result::ok)
            .and_then(|s| s.grant.final_report.auditor_statement)
            .map(|a| a.sha256);
        if stored.as_deref() == Some(want.as_str()) {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(stored, Some(want), "the statement stored");
}

/// A statement the browser cannot read (gone or changed since it was chosen) is refused with the
/// reason, not passed over in silence; the input is described by its hint, the refusal and its
/// messages.
#[wasm_bindgen_test]
async fn a_statement_that_cannot_be_read_is_refused_with_the_reason() {
    let _app = open_at(kiuruvesi(), "final-unread", "final").await;
    until("the final report", || exists("final-auditor-statement")).await;
    assert_eq!(
        el("final-auditor-statement")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("final-statement-hint final-statement-refused final-auditor-statement-messages")
    );
    let failing = js_sys::Function::new_no_args(
        "const f = File.prototype.arrayBuffer; \
         File.prototype.arrayBuffer = function () { return Promise.reject(new DOMException('gone', 'NotReadableError')); }; \
         return f;",
    );
    let kept_fn = failing.call0(&JsValue::NULL).unwrap();
    choose_file(
        "final-auditor-statement",
        "lausunto.pdf",
        "application/pdf",
        b"%PDF-1.7\n%%EOF\n",
    );
    until("the refusal", || exists("final-statement-refused")).await;
    js_sys::Reflect::set(
        &js_sys::eval("File.prototype").unwrap(),
        &"arrayBuffer".into(),
        &kept_fn,
    )
    .unwrap();
    let said = text("final-statement-refused");
    let l = Lang::Fi;
    let why = hakemus::i18n::import_error(
        l,
        &hakemus::domain::formats::reader::ImportError {
            path: None,
            problem: hakemus::domain::formats::reader::Problem::CouldNotRead,
        },
    );
    assert!(said.contains("Lausuntoa ei liitetty"), "{said}");
    assert!(said.contains(&why), "the reason: {said}");
    assert!(!exists("final-statement"), "nothing attached");
}

#[wasm_bindgen_test]
async fn an_interim_report_shows_the_costs_against_the_plan_as_tables_and_a_chart() {
    let mut g = case_a();
    let period = g.take_id();
    g.periods.push(RawPeriod {
        id: period,
        start: "2020-03-01".into(),
        end: "2020-09-30".into(),
        due: "2020-10-31".into(),
    });
    let report = g.take_id();
    g.reports.push(RawInterimReport {
        id: report,
        period,
        ..RawInterimReport::default()
    });
    let _app = open_at(g, "report-a", "reports").await;
    let table = format!("report-{report}-by-category");
    until("the figures", || exists(&table)).await;
    let figures = text(&table);
    // To 30.9.2020: personnel 80 000,00 and purchased services 70 000,03 (VAT 16 800,01).
    assert!(
        figures.contains(hakemus::i18n::category(Lang::Fi, CostCategory::Personnel)),
        "{figures}"
    );
    for cents in [8_000_000, 7_000_003, 1_680_001, 15_000_003] {
        assert!(figures.contains(&eur(cents)), "{} in {figures}", eur(cents));
    }
    let chart = el(&format!("report-{report}-chart-category"));
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    let desc = text(&format!("report-{report}-chart-category-desc"));
    assert!(desc.contains(&eur(8_000_000)), "the chart's summary: {desc}");
    assert!(exists(&format!("report-{report}-chart-month-table")));
    // The progress, typed, is kept.
    let progress = el(&format!("report-{report}-progress")).unchecked_into::<web_sys::HtmlTextAreaElement>();
    progress.set_value("Lomakkeet on otettu käyttöön.");
    typed(&progress);
    let mut stored = String::new();
    for _ in 0..150 {
        stored = kept::load("report-a").await.unwrap().unwrap().grant.reports[0]
            .progress
            .clone();
        if !stored.is_empty() {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(stored, "Lomakkeet on otettu käyttöön.");

    // Removed: the period offers to start its report again; undone: the report is back as typed.
    el(&format!("report-{report}-remove")).click();
    until("the report gone", || !exists(&format!("report-{report}-progress"))).await;
    assert!(exists(&format!("period-{period}-start-report")));
    assert!(document()
        .body()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Väliraportti poistettu."));
    el("undo-remove").click();
    until("the report back", || exists(&format!("report-{report}-progress"))).await;
    let back = el(&format!("report-{report}-progress")).unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert_eq!(back.value(), "Lomakkeet on otettu käyttöön.");
    assert!(!exists(&format!("period-{period}-start-report")));
}
