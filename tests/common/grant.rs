//! Kiuruvesi's granted project of Appendix 1 (enintään 181 500 €) and the two ledgers settled by
//! hand in `tests/settlement.rs` (case A pays a last instalment, case B asks for a return), shared
//! with the report files' tests (`tests/grant_reports.rs`).

use hakemus::domain::draft::LineId;
use hakemus::domain::grant::model::{ChangeKind, Granted, MoveBy, RawClaim, RawEntry, RawGrant, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::grant::statement::{attach, PDF};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::grant_phase;

/// Kiuruvesi's granted project: the Appendix 1 application, 181 500,00 € at most.
pub fn kiuruvesi() -> RawGrant {
    let application = super::complete_application();
    RawGrant {
        id: "kiuruvesi".into(),
        granted: Granted {
            amount: "181500.00".into(),
            call: application.call.clone(),
            decided_on: "2020-02-26".into(),
            ..Granted::default()
        },
        application,
        ..RawGrant::default()
    }
}

pub fn entry(g: &RawGrant, date: &str, category: &str, net: &str, vat: &str) -> RawEntry {
    RawEntry {
        date: date.into(),
        voucher: format!("T-{date}"),
        category: category.into(),
        bearer: g.application.applicants[0].id.to_string(),
        description: "Hankkeen kustannus".into(),
        net: net.into(),
        vat: vat.into(),
        ..RawEntry::default()
    }
}

/// The accounts of case A, three claims (two paid), and the last claim after the final report.
pub fn case_a() -> RawGrant {
    let mut g = kiuruvesi();
    let entries = vec![
        entry(&g, "15.4.2020", "personnel", "80 000,00", ""),
        entry(&g, "15.9.2020", "purchased-services", "70 000,03", "16 800,01"),
        entry(&g, "15.3.2021", "personnel", "50 000,01", ""),
        entry(&g, "1.5.2021", "hardware", "5 000,00", "1 200,00"),
    ];
    g.append_entries(entries);
    for (until, amount, paid) in [
        ("31.10.2020", "60 000,00", "60 000,00"),
        ("30.6.2021", "70 000,00", "70 000,00"),
    ] {
        let id = g.take_id();
        g.claims.push(RawClaim {
            id,
            until: until.into(),
            amount: amount.into(),
            paid: paid.into(),
            paid_on: "2021-07-15".into(),
            ..RawClaim::default()
        });
    }
    let id = g.take_id();
    g.claims.push(RawClaim {
        id,
        last: true,
        ..RawClaim::default()
    });
    let f = &mut g.final_report;
    f.impact = "Lomakkeiden käsittelyaika puolittui.".into();
    f.ways_of_working = "Lomakkeet käsitellään sähköisesti.".into();
    f.usability = "Lomakepohjat ovat muiden kuntien käytettävissä.".into();
    f.work_and_results = "Kahdeksan kuntaa otti lomakkeet käyttöön.".into();
    f.indicators.insert(g.application.indicators[0].id, "85 %".into());
    let phase = grant_phase::for_call(call::DEFAULT_CALL).unwrap();
    let pdf = b"%PDF-1.7\nTilintarkastajan lausunto\n%%EOF\n";
    g.final_report.auditor_statement = Some(attach("lausunto.pdf", PDF, pdf, phase).unwrap());
    g.final_report.sent_at = "2021-11-25T10:00:00Z".into();
    g
}

/// Case B: as A, but the third entry is an internal charge not confirmed as booked actual costs.
pub fn case_b() -> RawGrant {
    let mut g = case_a();
    g.entries[2].internal_charge = true;
    g
}

/// Kiuruvesi (1.3.2020–31.10.2021) asking for a change, not yet sent: part 1 an end on 31.3.2022,
/// part 2 10 000,00 € moved from personnel to purchased services; the request's id.
pub fn asking_for_changes() -> (RawGrant, LineId) {
    let mut g = kiuruvesi();
    g.next_id = g.next_id.max(100);
    let r = g.add_change_request();
    let first = g.change_mut(r).unwrap().parts[0].id;
    let p = g.change_part_mut(r, first).unwrap();
    p.end = "31.3.2022".into();
    p.reason = "Ohjelmistotoimittajan toimitus viivästyi.".into();
    let second = g.add_change_part(r, ChangeKind::MoveMoney).unwrap();
    let p = g.change_part_mut(r, second).unwrap();
    p.by = MoveBy::Category;
    p.from = "personnel".into();
    p.to = "purchased-services".into();
    p.amount = "10 000,00".into();
    p.reason = "Pilotointi ostetaan palveluna.".into();
    (g, r)
}

/// Case A with its periods and one interim report (of the first period), as the follow-up's and
/// the completion's tests receive it.
pub fn case_a_reporting() -> RawGrant {
    let mut g = case_a();
    let periods = fill_default_periods(&mut g, 4);
    let id = g.take_id();
    g.reports.push(RawInterimReport {
        id,
        period: periods[0],
        progress: "Työ etenee suunnitellusti.".into(),
        impacts: "Lomakkeiden käsittelyaika on lyhentynyt.".into(),
        ..RawInterimReport::default()
    });
    g
}
