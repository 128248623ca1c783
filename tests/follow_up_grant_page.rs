//! The ministry's page of one grant in a real browser (headless Chromium via wasm-bindgen-test-runner),
//! mounted with `mount_to`, on case A as the ministry follows it (`tests/fixtures/follow-up/`,
//! written by `tests/follow_up.rs`: Kiuruvesi's interim report, three claims and final report
//! received, claims 1 and 2 paid 60 000,00 + 70 000,00). Leaving out the unconfirmed internal charge
//! of 15.3.2021 from the final report: without a reason an error at the reason once it is left and in
//! the summary; with one, the figures recomputed are case B's (E 150 000,03 €, final grant
//! 127 500,02 €, 2 499,98 € to return, docs/rules.md §12.4). A verdict without a name is not signed
//! off; a payment above what its claim may ask is an error (§12.5); the settlement decision printed
//! says the recovery and its due date, and no last instalment (§12.6).
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const FOLLOW_UP: &str = include_str!("fixtures/follow-up/hakemus-follow-up.json");

const NBSP: char = '\u{a0}';

/// The final report's id in the follow-up, and the March entry's id in the report.
const FINAL: u64 = 10;
const MARCH: u64 = 3;

/// Case A's follow-up stored, and the app mounted at `path`, in Finnish.
async fn mount(turn: Turn, path: &str) -> Mounted {
    mount_follow_up(turn, path, FOLLOW_UP).await
}

fn plain(id: &str) -> String {
    text(id).replace(NBSP, " ")
}

fn click(id: &str) {
    el(id).click();
}

#[wasm_bindgen_test]
async fn leaving_out_the_march_entry_gives_case_b_and_the_print_recovers_it() {
    let turn = my_turn().await;
    let _app = mount(turn, "/follow-up").await;
    // The home page's row leads to the grant's page, by its project id.
    until("the grants' table", || !all("#grants tbody a").is_empty()).await;
    let link = all("#grants tbody a").remove(0);
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/follow-up/grant/kiuruvesi")
    );
    link.click();
    until("the grant's page", || exists("grant-title")).await;
    assert!(text("grant-title").starts_with("Sähköiset lomakkeet"));
    assert_eq!(plain("grant-granted"), "181 500,00 €");
    assert_eq!(plain("grant-paid"), "130 000,00 €");
    assert_eq!(plain("grant-available"), "51 500,00 €");

    // Nothing left out: the file's figures and the checked ones are case A's.
    let e = format!("report-{FINAL}-eligible");
    assert_eq!(plain(&e), "200 000,04 €");
    assert_eq!(plain(&format!("report-{FINAL}-last-instalment")), "40 000,03 €");

    // Left out, no reason typed: nothing said while the reason has not been left.
    let entry = format!("report-{FINAL}-accounts-entry-{MARCH}");
    let reason = format!("{entry}-reason");
    click(&format!("{entry}-leave-out"));
    until("the reason field", || exists(&reason)).await;
    settle_for(50).await;
    assert_eq!(text(&format!("{reason}-messages")), "");
    assert!(!exists("error-summary"));
    let said = "Kirjaus 3 jätetään pois hyväksyttävistä kustannuksista: kirjoita peruste.";
    leave(&reason);
    until("the reason's error", || {
        text(&format!("{reason}-messages")).contains(said)
    })
    .await;
    assert_eq!(el(&reason).get_attribute("aria-invalid").as_deref(), Some("true"));
    let summary = text("error-summary");
    assert!(summary.contains(said), "{summary}");
    assert_eq!(
        all("#summary-errors a")[0].get_attribute("href"),
        Some(format!("#{reason}"))
    );

    // With its reason: the error goes, and the figures are case B's, the file's beside them.
    type_into(
        &reason,
        "Sisäistä veloitusta ei ole vahvistettu toteutuneisiin kustannuksiin perustuvaksi.",
    );
    until("the error gone", || text(&format!("{reason}-messages")).is_empty()).await;
    assert_eq!(plain(&e), "150 000,03 €");
    assert_eq!(plain(&format!("{e}-filed")), "200 000,04 €");
    assert_eq!(plain(&format!("report-{FINAL}-final-grant")), "127 500,02 €");
    assert_eq!(plain(&format!("report-{FINAL}-final-grant-filed")), "170 000,03 €");
    assert_eq!(plain(&format!("report-{FINAL}-to-return")), "2 499,98 €");
    assert_eq!(plain(&format!("report-{FINAL}-last-instalment")), "0,00 €");
    assert_eq!(plain("settlement-recovery"), "2 499,98 €");
    assert!(!exists("settlement-last-instalment"));

    // A verdict without a name: the check is not signed off, at the name and in the summary.
    click(&format!("report-{FINAL}-content-verdict-accepted"));
    let by = format!("report-{FINAL}-content-by");
    let not_signed = "Tarkastusta ei ole kuitattu: anna tarkastajan nimi ja päivämäärä.";
    until("the sign-off's message", || {
        text(&format!("{by}-messages")).contains(not_signed)
    })
    .await;
    assert!(text("summary-warnings").contains(not_signed));
    type_into(&by, "Olli Ojala");
    type_into(&format!("report-{FINAL}-content-on"), "15.12.2021");
    until("signed off", || text(&format!("{by}-messages")).is_empty()).await;

    // A payment of claim 1 above what it may ask: 0,85 × 150 000,03 = 127 500,02 less the 60 000,00
    // approved on it before = 67 500,02.
    click("add-payment");
    until("the new payment", || exists("payment-13-claim")).await;
    choose("payment-13-claim", "1");
    type_into("payment-13-amount", "100 000,00");
    leave("payment-13-amount");
    let above = "on enemmän kuin maksatushakemuksella voi hakea (67 500,02 €).";
    until("the payment's error", || {
        plain("payment-13-amount-messages").contains(above)
    })
    .await;
    assert!(text("error-summary").replace(NBSP, " ").contains(above));
    click("payment-13-remove");
    until("the payment removed", || !exists("payment-13-claim")).await;
    // Nothing else was wrong and the check button was not pressed: the summary is gone with it.
    assert!(!exists("error-summary"));

    // The settlement decided, its recovery due: the print says the recovery, not a last instalment.
    type_into("settlement-decided-on", "15.12.2021");
    type_into("settlement-decider", "Olli Ojala");
    type_into("settlement-recovery-due", "15.1.2022");
    click("settlement-print-link");
    until("the settlement to print", || exists("settlement-print")).await;
    let recovery = plain("settlement-recovery");
    assert!(recovery.contains("2 499,98 €"), "{recovery}");
    assert!(recovery.contains("valtionavustuslain 20 §:n mukaisesti"), "{recovery}");
    assert!(recovery.contains("15.1.2022"), "{recovery}");
    assert!(!exists("settlement-last-instalment"));
    assert!(!plain("settlement-print").contains("Viimeinen erä"));
    assert_eq!(plain("print-final-grant"), "127 500,02 €");
    assert_eq!(plain("print-paid"), "130 000,00 €");
    assert_eq!(text("settlement-date"), "15.12.2021");
    assert!(text("settlement-signature").contains("Olli Ojala"));
    assert!(!exists("settlement-missing"), "nothing missing");
    assert!(exists("print"), "a print button");
}

#[wasm_bindgen_test]
async fn a_grant_not_followed_here_says_so() {
    let turn = my_turn().await;
    let _app = mount(turn, "/follow-up/grant/muu-hanke").await;
    until("the page", || exists("grant-not-followed")).await;
    assert!(text("grant-not-followed").contains("Tätä avustusta ei ole"));
}
