//! The granted project's three report files (`formats::grant_reports`): the committed schemas,
//! each file read back equal, every stated figure recomputed (one cent off is refused at its path,
//! by the reader and by `hakemus-check`), the auditor's statement checked, and the settlement in
//! the final report equal to the two settlements computed by hand in `tests/settlement.rs`
//! (Kiuruvesi, enintään 181 500 €).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::grant::{case_a, case_b};
use hakemus::domain::formats::grant_reports::{
    final_report, final_report_file_name, final_report_schema, format_of, interim_report, interim_report_file_name,
    interim_report_schema, payment_claim, payment_claim_file_name, payment_claim_schema, read_final_report,
    read_interim_report, read_payment_claim, to_json, ReportError, FINAL_REPORT_FORMAT, FINAL_REPORT_SCHEMA_JSON,
    INTERIM_REPORT_FORMAT, INTERIM_REPORT_SCHEMA_JSON, PAYMENT_CLAIM_FORMAT, PAYMENT_CLAIM_SCHEMA_JSON,
};
use hakemus::domain::grant::finding::Message;
use hakemus::domain::grant::model::{RawGrant, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::grant::statement::{base64_encode, sha256_hex, PDF};
use hakemus::domain::vocabulary::grant_phase;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::i18n::grant_reports::report_error;
use serde_json::Value;

const AT: &str = "2021-11-25T10:00:00Z";

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        (
            INTERIM_REPORT_FORMAT,
            interim_report_schema(),
            INTERIM_REPORT_SCHEMA_JSON,
        ),
        (PAYMENT_CLAIM_FORMAT, payment_claim_schema(), PAYMENT_CLAIM_SCHEMA_JSON),
        (FINAL_REPORT_FORMAT, final_report_schema(), FINAL_REPORT_SCHEMA_JSON),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test grant_reports");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 2);
    }
}

/// Case A with its four-month periods and three interim reports (the third with an entry whose
/// amount is not yet one, which travels in `unreadable` and counts nowhere).
fn with_reports(mut g: RawGrant) -> RawGrant {
    let periods = fill_default_periods(&mut g, 4);
    let indicator = g.application.indicators[0].id;
    for (i, &period) in periods.iter().take(3).enumerate() {
        let id = g.take_id();
        g.reports.push(RawInterimReport {
            id,
            period,
            progress: format!("Kausi {}: työ etenee suunnitellusti.", i + 1),
            impacts: "Lomakkeiden käsittelyaika on lyhentynyt.".into(),
            indicators: [(indicator, format!("{} %", 40 + 10 * i))].into(),
            ..RawInterimReport::default()
        });
    }
    let bearer = g.application.applicants[0].id.to_string();
    let id = g.add_entry();
    let e = g.entry_mut(id).unwrap();
    e.date = "1.8.2020".into();
    e.net = "12,5O".into();
    e.category = "personnel".into();
    e.bearer = bearer;
    g
}

fn the_grant() -> RawGrant {
    with_reports(case_a())
}

#[test]
fn each_file_reads_back_equal_with_its_figures_recomputed() {
    let g = the_grant();
    assert_eq!(g.reports.len(), 3);
    for r in &g.reports {
        let file = interim_report(&g, r.id, AT).unwrap();
        let text = to_json(&file);
        assert_eq!(format_of(text.as_bytes()), Some(INTERIM_REPORT_FORMAT));
        let read = read_interim_report(text.as_bytes(), Lang::Fi).unwrap();
        assert_eq!(read.file, file);
        assert!(interim_report_file_name(&file).starts_with("hakemus-interim-report-sahkoiset-lomakkeet"));
        assert!(interim_report_file_name(&file).is_ascii());
    }
    // The first period (1.3.–30.6.2020): the personnel cost of 15.4.2020 only.
    let first = interim_report(&g, g.reports[0].id, AT).unwrap();
    assert_eq!(first.figures.this_period.all.net, "80000.00");
    assert_eq!(first.figures.cumulative.by_category["personnel"].eligible, "80000.00");
    assert_eq!(first.figures.plan.all.net, "213552.95");
    assert_eq!(first.figures.indicators[0].now, "40 %");
    // The second (1.7.–31.10.2020): the services of 15.9.2020, VAT apart; the unreadable entry is
    // carried by its path and counted nowhere.
    let second = interim_report(&g, g.reports[1].id, AT).unwrap();
    let s = &second.figures.this_period.by_category["purchased-services"];
    assert_eq!((s.net.as_str(), s.vat.as_str()), ("70000.03", "16800.01"));
    assert_eq!(second.figures.cumulative.all.net, "150000.03");
    assert_eq!(
        second
            .unreadable
            .get(&format!("entries[{}].net", second.entries.len() - 1)),
        Some(&"12,5O".to_string())
    );
    let read = read_interim_report(to_json(&second).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.grant.entries.last().unwrap().net, "12,5O", "kept as typed");

    for (n, c) in g.claims.iter().enumerate() {
        let file = payment_claim(&g, c.id, AT).unwrap();
        assert_eq!(file.number, n as u64 + 1);
        let text = to_json(&file);
        assert_eq!(format_of(text.as_bytes()), Some(PAYMENT_CLAIM_FORMAT));
        assert_eq!(read_payment_claim(text.as_bytes(), Lang::Sv).unwrap().file, file);
        assert!(payment_claim_file_name(&file).ends_with(&format!("-{}.json", n + 1)));
    }
    // Claim 1: floor(0,85 × 150 000,03) = 127 500,02 (as tests/settlement.rs computes by hand).
    let first = payment_claim(&g, g.claims[0].id, AT).unwrap();
    assert_eq!(
        (
            first.figures.eligible.as_str(),
            first.figures.cap.as_str(),
            first.figures.may_claim.as_str(),
            first.figures.asked.as_str()
        ),
        ("150000.03", "127500.02", "127500.02", "60000.00")
    );
    assert_eq!(first.project.share.setting, "call-maximum");
    assert!(first.project.share.assumed);
    assert_eq!(
        (
            first.project.share.numerator.as_str(),
            first.project.share.denominator.as_str()
        ),
        ("0.85", "1")
    );
    let second = payment_claim(&g, g.claims[1].id, AT).unwrap();
    assert_eq!(second.figures.paid_before, "60000.00");
    assert_eq!(second.earlier_claims[0].paid, "60000.00");

    let file = final_report(&g, AT);
    let text = to_json(&file);
    assert_eq!(format_of(text.as_bytes()), Some(FINAL_REPORT_FORMAT));
    assert_eq!(read_final_report(text.as_bytes(), Lang::En).unwrap().file, file);
    assert_eq!(
        final_report_file_name(&file),
        "hakemus-final-report-sahkoiset-lomakkeet-ja-niiden-kasittelyn-prosessit-haltuun-2021-11-25.json"
    );
    assert_eq!(
        file.figures.realised.net, "205000.04",
        "every entry's net, eligible or not"
    );
    assert_eq!(file.figures.indicators[0].now, "85 %");
    assert_eq!(file.project.lead, "Kiuruvesi");
    assert_eq!(format_of(b"{\"format\": \"hakemus-ledger-request\"}"), None);
}

/// The settlement the final report's file states, and `hakemus-check`'s exit code and output on it.
fn settled(g: &RawGrant) -> ([String; 4], i32, String) {
    let file = final_report(g, AT);
    let read = read_final_report(to_json(&file).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(read.file, file);
    let s = &file.figures.settlement;
    let (code, out) = check(&format!("final-{}", g.entries[2].internal_charge), &to_json(&file));
    (
        [
            s.final_grant.clone(),
            s.paid.clone(),
            s.last_instalment.clone(),
            s.to_return.clone(),
        ],
        code,
        out,
    )
}

#[test]
fn the_final_report_settles_as_computed_by_hand_and_hakemus_check_agrees() {
    // Case A: E = 200 000,04; floor(0,85 × E) = 170 000,03; P = 130 000,00; last 40 000,03.
    let (a, code, out) = settled(&case_a());
    assert_eq!(a, ["170000.03", "130000.00", "40000.03", "0.00"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Last instalment: €40,000.03"), "{out}");
    assert!(out.contains("Final grant: €170,000.03"), "{out}");
    // Case B: E = 150 000,03; final 127 500,02; P = 130 000,00; return 2 499,98 (VAL 20 §).
    let (b, code, out) = settled(&case_b());
    assert_eq!(b, ["127500.02", "130000.00", "0.00", "2499.98"]);
    assert!(out.contains("20 §): €2,499.98"), "{out}");
    // Its second claim, paid, asked more than its accounts now allow: a warning by its place in the
    // file, settled by the return (docs/rules.md §11.5), so the final report passes.
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("warning claim: claims[1].amount: "), "{out}");
}

/// Writes `text` to a file of its own and runs `hakemus-check --lang en` on it.
fn check(name: &str, text: &str) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("hakemus-check-grant-reports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, text).unwrap();
    common::hakemus_check(&[file.to_str().unwrap()])
}

fn figure_error(e: ReportError) -> (String, String, String) {
    match e {
        ReportError::FigureDiffers {
            path,
            stated,
            recomputed,
        } => (path, stated, recomputed),
        other => panic!("not a figure: {other:?}"),
    }
}

#[test]
fn a_figure_one_cent_off_is_refused_at_its_path_by_the_reader_and_by_hakemus_check() {
    let a = case_a();
    let claim = to_json(&payment_claim(&a, a.claims[0].id, AT).unwrap());
    let (code, out) = check("claim-good", &claim);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("May be claimed: €127,500.02\n"), "{out}");
    let edited = claim.replacen("\"may_claim\": \"127500.02\"", "\"may_claim\": \"127500.03\"", 1);
    assert_ne!(edited, claim);
    let e = read_payment_claim(edited.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path(), Some("figures.may_claim"));
    assert_eq!(
        figure_error(e),
        (
            "figures.may_claim".to_string(),
            "127500.03".to_string(),
            "127500.02".to_string()
        )
    );
    let (code, out) = check("claim-edited", &edited);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "figures.may_claim: the file states €127,500.03, but computed from its contents it is €127,500.02."
        ),
        "{out}"
    );

    // An interim report's cumulative sum, and the share in force.
    let g = the_grant();
    let report = to_json(&interim_report(&g, g.reports[1].id, AT).unwrap());
    let stated = "\"net\": \"150000.03\"";
    assert!(report.contains(stated));
    let edited = report.replacen(stated, "\"net\": \"150000.04\"", 1);
    let e = read_interim_report(edited.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(
        figure_error(e),
        (
            "figures.cumulative.all.net".to_string(),
            "150000.04".to_string(),
            "150000.03".to_string()
        )
    );
    let edited = report.replacen("\"assumed\": true", "\"assumed\": false", 1);
    let e = read_interim_report(edited.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path(), Some("project.share.assumed"));

    // An entry's amount edited by a cent changes what the figures must say.
    let final_text = to_json(&final_report(&g, AT));
    let edited = final_text.replacen("\"net\": \"50000.01\"", "\"net\": \"50000.02\"", 1);
    assert_ne!(edited, final_text);
    let e = read_final_report(edited.as_bytes(), Lang::Fi).unwrap_err();
    let (path, _, _) = figure_error(e);
    assert_eq!(path, "figures.realised.eligible");
    let (code, out) = check("final-edited", &edited);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("figures.realised.eligible: the file states €200,000.04"),
        "{out}"
    );
}

#[test]
fn a_statement_whose_content_is_not_its_sha256_is_refused() {
    let g = case_a();
    let mut file = final_report(&g, AT);
    let a = file.final_report.auditor_statement.as_mut().unwrap();
    let other = b"%PDF-1.7\nToinen lausunto\n%%EOF\n";
    a.base64 = base64_encode(other);
    a.size = other.len() as u64;
    let text = to_json(&file);
    let e = read_final_report(text.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(
        e,
        ReportError::Statement {
            path: "final_report.auditor_statement".into(),
            message: Message::StatementDamaged
        }
    );
    let (code, out) = check("final-damaged", &text);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("final_report.auditor_statement: "), "{out}");
}

#[test]
fn a_statement_above_the_limit_is_refused_with_the_limit_in_the_message() {
    let phase = grant_phase::for_call(&case_a().granted.call).unwrap();
    let limit = phase.max_statement_bytes;
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(limit as usize + 1, b' ');
    let mut g = case_a();
    let a = g.final_report.auditor_statement.as_mut().unwrap();
    a.size = pdf.len() as u64;
    a.sha256 = sha256_hex(&pdf);
    a.base64 = base64_encode(&pdf);
    assert_eq!(a.media_type, PDF);
    let text = to_json(&final_report(&g, AT));
    let e = read_final_report(text.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(
        e,
        ReportError::Statement {
            path: "final_report.auditor_statement".into(),
            message: Message::StatementTooLarge { size: limit + 1, limit }
        }
    );
    let words = report_error(Lang::En, &e);
    assert!(
        words.contains("more than the 5.0\u{a0}MB") || words.contains("more than the 5.0 MB"),
        "{words}"
    );
}

/// The files name the lead as the register does (in Finnish), not as typed: the municipality typed
/// by its code or in another case is still Kiuruvesi; a name the register does not know is kept.
#[test]
fn the_lead_is_named_as_the_register_names_it() {
    let lead = |typed: &str| {
        let mut g = case_a();
        g.application.applicants[0].municipality = typed.into();
        final_report(&g, AT).project.lead
    };
    assert_eq!(lead(" kiuruvesi "), "Kiuruvesi");
    assert_eq!(lead("263"), "Kiuruvesi");
    assert_eq!(lead("Kiurujärvi"), "Kiurujärvi");
}

/// A page keeps the accounts while only the reports' words change (`review_with`, the reporting
/// pages' memo): the review over them is the one made afresh, with the same accounts, and each
/// period's sums (summed once, then kept) are the ledger's.
#[test]
fn a_review_over_accounts_kept_is_the_review_made_afresh() {
    use hakemus::domain::grant::ledger::{call_of, Accounts, Ledger};
    use hakemus::domain::grant::periods::period_range;
    use hakemus::domain::grant::review::{review, review_with};
    use std::sync::Arc;
    let mut g = with_reports(case_a());
    let day = time::macros::date!(2021 - 11 - 25);
    let accounts = Arc::new(Accounts::of(&g, call_of(&g)));
    assert_eq!(review_with(&g, accounts.clone(), day), review(&g, day));
    g.reports[0].progress.push_str(" Lisäksi");
    g.final_report.impact.clear();
    let kept = review_with(&g, accounts.clone(), day);
    assert!(Arc::ptr_eq(&kept.ledger, &accounts));
    assert_eq!(kept, review(&g, day));
    assert!(kept.reports[1].cumulative.all.net > kept.reports[0].cumulative.all.net);
    let ledger = Ledger::of(&g, call_of(&g));
    for p in &g.periods {
        let (s, e) = period_range(p).unwrap();
        for span in [(Some(s), Some(e)), (None, Some(e)), (Some(s), None)] {
            let fresh = ledger.between(&g, span.0, span.1);
            assert_eq!(accounts.between(&g, span.0, span.1), fresh);
            assert_eq!(accounts.between(&g, span.0, span.1), fresh, "kept");
        }
    }
}
