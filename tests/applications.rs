//! The reviewer's summary table (issue 5): rows, exact totals, and CSV for Finnish Excel.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use hakemus::domain::reviewer::summary::{summary_csv, summary_row, summary_total, CsvHeadings, SummaryRow};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use rust_decimal::Decimal;

const HEADINGS: CsvHeadings<'static> = CsvHeadings {
    source: "Tiedosto",
    lead: "Hankehallinnoija",
    partners: "Osatoteuttajat",
    project: "Hanke",
    requested: "Haettu avustus (€)",
    eligible_base: "Hyväksyttävät kustannukset (€)",
    grant_percent: "Avustusosuus (%)",
    errors: "Virheet",
    warnings: "Huomiot",
    total: "Yhteensä",
};

fn row(source: &str, requested: &str, amount: &str) -> SummaryRow {
    let mut d = common::complete_application();
    d.budget.lines[0].amount = amount.into();
    d.budget.requested_grant = requested.into();
    summary_row(source, &d, &analyse(&d), Lang::Sv)
}

#[test]
fn a_row_shows_lead_partners_project_amounts_share_and_findings() {
    let r = row("a.json", "181 520,00", "213 552,95");
    assert_eq!(r.lead, "Kiuruvesi");
    assert_eq!(
        r.partners,
        ["Idensalmi", "Vieremä"],
        "names in the language (Iisalmi is Idensalmi in Swedish)"
    );
    // The table shows each municipality with its code in the register, as the file carries it.
    assert_eq!(r.lead_with_code(), "Kiuruvesi (263)");
    assert_eq!(r.partners_with_codes(), "Idensalmi (140), Vieremä (925)");
    assert_eq!(r.project, "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun");
    assert_eq!(r.requested, Some(Money::from_cents(18_152_000)));
    assert_eq!(r.eligible_base, Money::from_cents(21_355_295));
    assert_eq!(r.grant_percent, Some(Decimal::new(8500, 2)));
    assert_eq!((r.errors, r.warnings), (0, 0));
    let over = row("b.json", "181 520,01", "213 552,95");
    assert_eq!(over.errors, 1);
}

#[test]
fn totals_are_exact_to_the_cent() {
    let rows: Vec<_> = (0..51).map(|i| row(&format!("{i}.json"), "0,01", "0,03")).collect();
    let t = summary_total(&rows).unwrap();
    assert_eq!(t.applications, 51);
    assert_eq!(t.requested, Money::from_cents(51));
    assert_eq!(t.eligible_base, Money::from_cents(153));
}

#[test]
fn csv_opens_in_finnish_excel_and_never_becomes_a_formula() {
    let mut a = row("a.json", "181 520,00", "213 552,95");
    a.project = "=HYPERLINK(\"http://x\";\"klikkaa\")".into();
    let mut b = row("b;2.json", "1 000,50", "2 000,00");
    b.lead = "-1+1".into();
    let csv = summary_csv(&[a, b], &HEADINGS);
    assert!(csv.starts_with('\u{FEFF}'), "UTF-8 byte-order mark");
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert_eq!(
        lines,
        [
            "Tiedosto;Hankehallinnoija;Osatoteuttajat;Hanke;Haettu avustus (€);Hyväksyttävät kustannukset (€);Avustusosuus (%);Virheet;Huomiot",
            "a.json;Kiuruvesi;Idensalmi, Vieremä;\"'=HYPERLINK(\"\"http://x\"\";\"\"klikkaa\"\")\";181520,00;213552,95;85,00;0;0",
            "\"b;2.json\";'-1+1;Idensalmi, Vieremä;Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun;1000,50;2000,00;50,03;0;0",
            "Yhteensä (2);;;;182520,50;215552,95;;;",
            "",
        ]
    );
}
