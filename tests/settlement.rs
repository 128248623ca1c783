//! The grant's life in numbers (docs/rules.md §11): Kiuruvesi's granted project of Appendix 1
//! (enintään 181 500 €, planned eligible costs 213 552,95 €) settled twice by hand — once paying a
//! last instalment, once asking for a return under valtionavustuslaki 20 § — and the settlement's
//! properties over many random ledgers.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::grant::claim::may_claim;
use hakemus::domain::grant::finding::{ClaimField, Message, Place};
use hakemus::domain::grant::ledger::{call_of, Accounts, Ledger};
use hakemus::domain::grant::model::{RawClaim, RawEntry, RawInterimReport};
use hakemus::domain::grant::periods::fill_default_periods;
use hakemus::domain::grant::report::{cumulative_by_month, interim_report, plan};
use hakemus::domain::grant::review::review;
use hakemus::domain::grant::settlement::{settle, Share};
use hakemus::domain::vocabulary::call::{self, CostCategory};
use hakemus::domain::vocabulary::grant_phase::{self, ShareSetting};
use hakemus::domain::vocabulary::money::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;
use time::macros::date;

mod common;

fn eur(cents: i64) -> Money {
    Money::from_cents(cents)
}

use common::grant::{case_a, case_b, entry, kiuruvesi};

#[test]
fn case_a_pays_a_last_instalment_computed_by_hand() {
    let g = case_a();
    let r = review(&g, date!(2021 - 12 - 01));
    let s = r.settlement.unwrap();
    // E = 80 000,00 + 70 000,03 + 50 000,01 = 200 000,04 (hardware out of the eligible sum).
    assert_eq!(s.eligible, eur(20_000_004));
    // floor(0,85 × 200 000,04 = 170 000,034) = 170 000,03 ≤ 181 500,00.
    assert_eq!(s.share_of_eligible, eur(17_000_003));
    assert_eq!(s.final_grant, eur(17_000_003));
    // P = 60 000,00 + 70 000,00; last = 170 000,03 − 130 000,00.
    assert_eq!(s.paid, eur(13_000_000));
    assert_eq!((s.last_instalment, s.to_return), (eur(4_000_003), Money::ZERO));
    // The last claim may ask exactly the last instalment; the others asked within their may.
    let last = r.claims.last().unwrap();
    assert_eq!(last.may_claim, eur(4_000_003));
    assert_eq!(last.asked, Some(eur(4_000_003)));
    // Claim 1 counts the costs to 31.10.2020: floor(0,85 × 150 000,03) = 127 500,02.
    assert_eq!(r.claims[0].may_claim, eur(12_750_002));
    assert_eq!(r.claims[1].may_claim, eur(17_000_003 - 6_000_000));
    assert_eq!(r.errors().count(), 0, "{:#?}", r.errors().collect::<Vec<_>>());
    assert_eq!(r.share.setting, ShareSetting::CallMaximum);
    assert!(r.share.assumed);
}

#[test]
fn case_b_asks_for_a_return_computed_by_hand() {
    let g = case_b();
    let r = review(&g, date!(2021 - 12 - 01));
    let s = r.settlement.unwrap();
    // E = 80 000,00 + 70 000,03 = 150 000,03; floor(0,85 × E = 127 500,0255) = 127 500,02.
    assert_eq!(s.eligible, eur(15_000_003));
    assert_eq!(s.final_grant, eur(12_750_002));
    // P = 130 000,00 > final: return 130 000,00 − 127 500,02 = 2 499,98 under VAL 20 §.
    assert_eq!((s.last_instalment, s.to_return), (Money::ZERO, eur(249_998)));
    assert_eq!(r.claims[2].may_claim, Money::ZERO);
    // The second claim, paid, asked more than the accounts now allow (127 500,02 − 60 000,00): a
    // warning settled by the return (§11.5), not an error holding back the final report.
    let second = &r.claims[1];
    let above: Vec<_> = second
        .findings
        .iter()
        .map(|f| (f.place, f.message.clone(), f.is_error()))
        .collect();
    assert_eq!(
        above,
        [(
            Place::Claim {
                id: second.id,
                field: ClaimField::Amount
            },
            Message::PaidClaimAboveMayNow {
                asked: eur(7_000_000),
                may: eur(6_750_002)
            },
            false
        )]
    );
    assert!(
        !r.all_findings().any(|f| f.is_error()),
        "case B has no error: {:?}",
        r.all_findings().filter(|f| f.is_error()).collect::<Vec<_>>()
    );
}

/// The other reading of the share: the decision's own ratio 181 500,00 ÷ 213 552,95.
#[test]
fn under_the_decision_ratio_the_same_ledgers_settle_by_hand_too() {
    let s = Share::decision_ratio(eur(18_150_000), eur(21_355_295), true).unwrap();
    // 181 500 × 200 000,04 ÷ 213 552,95 = 169 981,2962… → 169 981,29; last 39 981,29.
    let a = settle(&s, eur(18_150_000), eur(20_000_004), eur(13_000_000)).unwrap();
    assert_eq!((a.final_grant, a.last_instalment), (eur(16_998_129), eur(3_998_129)));
    // 181 500 × 150 000,03 ÷ 213 552,95 = 127 485,9721… → 127 485,97; return 2 514,03.
    let b = settle(&s, eur(18_150_000), eur(15_000_003), eur(13_000_000)).unwrap();
    assert_eq!((b.final_grant, b.to_return), (eur(12_748_597), eur(251_403)));
}

#[test]
fn the_last_claim_before_the_final_report_is_an_error_a_fourth_claim_a_warning() {
    let mut g = case_a();
    g.final_report.sent_at.clear();
    let id = g.take_id();
    g.claims.insert(
        2,
        RawClaim {
            id,
            until: "30.9.2021".into(),
            amount: "1,00".into(),
            ..RawClaim::default()
        },
    );
    let r = review(&g, date!(2021 - 10 - 01));
    let last = r.claims.last().unwrap();
    let m: Vec<_> = last
        .findings
        .iter()
        .map(|f| (f.is_error(), f.message.clone()))
        .collect();
    assert_eq!(
        m,
        [
            (true, Message::LastClaimBeforeFinalReport),
            (false, Message::MoreInstalments { instalments: 3 })
        ]
    );
}

#[test]
fn an_interim_report_gives_the_period_and_the_cumulative_costs_against_the_plan() {
    let mut g = case_a();
    fill_default_periods(&mut g, 4);
    let period = g.periods[1].id; // 1.7.–31.10.2020
    let indicator = g.application.indicators[0].id;
    let report = RawInterimReport {
        id: g.take_id(),
        period,
        progress: "Lomakkeet kartoitettu.".into(),
        impacts: String::new(),
        indicators: [(indicator, String::new())].into(),
        sent_at: String::new(),
    };
    let ledger = Accounts::of(&g, call_of(&g));
    let f = interim_report(&g, &ledger, &report, grant_phase::for_call(call::DEFAULT_CALL).unwrap());
    assert_eq!(f.period, Some((date!(2020 - 07 - 01), date!(2020 - 10 - 31))));
    assert_eq!(f.this_period.all.net, eur(7_000_003));
    assert_eq!(f.this_period.all.vat, eur(1_680_001));
    assert_eq!(f.cumulative.all.net, eur(15_000_003));
    let messages: Vec<_> = f.findings.iter().map(|f| f.message.clone()).collect();
    assert_eq!(
        messages,
        [
            Message::ImpactsRequired,
            Message::IndicatorValueAdvised {
                name: "Sähköisesti saapuvien lomakkeiden osuus".into()
            }
        ]
    );
    assert_eq!(f.indicators[0].baseline, "10 %");
    let p = plan(&g);
    let rows = f.by_category(&p);
    let personnel = rows.iter().find(|r| r.key == CostCategory::Personnel).unwrap();
    assert_eq!(
        (personnel.planned.net, personnel.realised.net),
        (eur(21_355_295), eur(8_000_000))
    );
    let services = rows.iter().find(|r| r.key == CostCategory::PurchasedServices).unwrap();
    assert_eq!(services.planned.net, Money::ZERO);
    let bearer = g.application.applicants[0].id.to_string();
    assert_eq!(
        f.by_bearer(&p).iter().find(|r| r.key == bearer).unwrap().realised.net,
        eur(15_000_003)
    );
    // The chart: 20 months, the plan (all in 2020's budget year) spread over 2020's ten months.
    let months = cumulative_by_month(&g, &p, &ledger);
    assert_eq!(months.len(), 20);
    assert_eq!(months[0].month, (2020, 3));
    assert_eq!(months[9].planned, eur(21_355_295));
    assert_eq!(months[19].planned, eur(21_355_295));
    assert_eq!(months[1].realised, eur(8_000_000));
    assert_eq!(months[19].realised, eur(20_500_004));
}

/// A city's accounts: 10 000 entries of varied amounts, categories (hardware out of the eligible
/// sum), bearers and months. The ledger's sums equal a plain sum in cents computed here, in total
/// and by category, bearer and month; and one entry changed and re-summed in constant time (its old
/// result taken back, its new one added, as a keystroke does) gives the full re-sum's figures.
#[test]
fn ten_thousand_entries_are_checked_and_summed_in_one_pass() {
    use hakemus::domain::grant::ledger::{check_entry, EntryContext, Totals};
    use hakemus::domain::rules::budget::Sums;
    use std::collections::BTreeMap;

    let mut g = kiuruvesi();
    let bearers: Vec<String> = g.application.applicants.iter().map(|a| a.id.to_string()).collect();
    let categories = ["personnel", "purchased-services", "travel", "hardware"];
    // (net, vat) in cents, category, bearer, (year, month) of each entry.
    let mut expected_rows = Vec::new();
    let entries: Vec<RawEntry> = (0..10_000i64)
        .map(|i| {
            let net = 1 + (i * 7_919) % 250_000;
            let vat = if i % 3 == 0 { 0 } else { net * 24 / 100 };
            let category = categories[(i % 4) as usize];
            let bearer = &bearers[(i % 3) as usize];
            let (day, month, year) = (1 + i % 28, 1 + (i / 7) % 12, if i % 2 == 0 { 2020 } else { 2021 });
            // The project runs 1.3.2020–31.10.2021: outside it, a cost is kept and not eligible.
            let within = (year, month) >= (2020, 3) && (year, month) <= (2021, 10);
            expected_rows.push((net, vat, category, bearer.clone(), (year as i32, month as u8), within));
            RawEntry {
                bearer: bearer.clone(),
                ..entry(
                    &g,
                    &format!("{day}.{month}.{year}"),
                    category,
                    &eur(net).format_plain(),
                    &if vat == 0 {
                        String::new()
                    } else {
                        eur(vat).format_plain()
                    },
                )
            }
        })
        .collect();
    g.append_entries(entries);
    let started = std::time::Instant::now();
    let ledger = Ledger::of(&g, call_of(&g));
    eprintln!("10 000 entries checked and summed in {:?}", started.elapsed());

    // The plain sum, in cents.
    let mut all = (0i64, 0i64, 0i64);
    let mut by_category: BTreeMap<&str, (i64, i64, i64)> = BTreeMap::new();
    let mut by_bearer: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    let mut by_month: BTreeMap<(i32, u8), (i64, i64, i64)> = BTreeMap::new();
    for (net, vat, category, bearer, month, within) in &expected_rows {
        let eligible = if *category != "hardware" && *within { *net } else { 0 };
        for s in [
            &mut all,
            by_category.entry(category).or_default(),
            by_bearer.entry(bearer.clone()).or_default(),
            by_month.entry(*month).or_default(),
        ] {
            s.0 += net;
            s.1 += vat;
            s.2 += eligible;
        }
    }
    let sums = |(net, vat, eligible): (i64, i64, i64)| Sums {
        net: eur(net),
        vat: eur(vat),
        eligible: eur(eligible),
    };
    let t = &ledger.totals;
    assert!(!t.overflow);
    assert_eq!(t.all, sums(all));
    assert!(all.2 < all.0, "some entries are out of the eligible sum");
    let ids: BTreeMap<CostCategory, Sums> = by_category
        .iter()
        .map(|(c, s)| (CostCategory::from_id(c).unwrap(), sums(*s)))
        .collect();
    assert_eq!(t.by_category, ids);
    assert_eq!(t.by_bearer, by_bearer.into_iter().map(|(b, s)| (b, sums(s))).collect());
    assert_eq!(t.by_month, by_month.into_iter().map(|(m, s)| (m, sums(s))).collect());
    // Every entry is read: the only findings are one warning per hardware cost and one per cost
    // outside the project's period.
    let outside = expected_rows.iter().filter(|r| !r.5).count();
    let hardware = expected_rows.iter().filter(|r| r.2 == "hardware").count();
    assert!(outside > 0 && hardware > 0);
    assert_eq!(ledger.all_findings().count(), outside + hardware);
    assert!(ledger.all_findings().all(|f| !f.is_error()));

    // One entry changed: its old result taken back and its new one added, as a keystroke does.
    let ctx = EntryContext::new(&g, call_of(&g));
    let i = 5_000;
    let mut totals: Totals = ledger.totals.clone();
    assert!(totals.take_back(g.entries[i].bearer.trim(), &ledger.entries[i]));
    g.entries[i].net = "123 456,78".into();
    g.entries[i].category = "hardware".into();
    let new = check_entry(&g.entries[i], &ctx);
    totals.add_one(g.entries[i].bearer.trim(), &new);
    let fresh = Ledger::of(&g, call_of(&g)).totals;
    assert_ne!(fresh.all, ledger.totals.all, "the change shows in the sums");
    assert_eq!(totals.all, fresh.all);
    // A group left at zero by the take-back stays; every group of the fresh pass is equal.
    for (c, s) in &fresh.by_category {
        assert_eq!(totals.by_category.get(c), Some(s), "{c:?}");
    }
    assert_eq!(totals.by_bearer, fresh.by_bearer);
    assert_eq!(totals.by_month, fresh.by_month);
}

/// The grant, the share and the ledger of a random project: eligible and ineligible nets.
fn any_case() -> impl Strategy<Value = (i64, Option<i64>, Vec<(i64, bool)>, Vec<i64>)> {
    (
        1i64..100_000_000_00,
        prop::option::of(1i64..200_000_000_00),
        prop::collection::vec((0i64..10_000_000_00, any::<bool>()), 0..40),
        prop::collection::vec(0i64..100_000_000_00, 0..5),
    )
}

proptest! {
    #[test]
    fn the_settlement_never_pays_more_than_the_grant_or_the_share_and_adds_up(
        (g, planned, nets, payments) in any_case()
    ) {
        let profile = call::by_id(call::DEFAULT_CALL).unwrap();
        let share = match planned {
            Some(p) => Share::decision_ratio(eur(g), eur(p), true).unwrap(),
            None => Share::call_maximum(profile, true),
        };
        let mut grant = kiuruvesi();
        let entries: Vec<RawEntry> = nets
            .iter()
            .map(|&(net, eligible)| {
                let category = if eligible { "personnel" } else { "hardware" };
                entry(&grant, "1.6.2020", category, &eur(net).format_plain(), "")
            })
            .collect();
        grant.append_entries(entries);
        let ledger = Ledger::of(&grant, profile);
        let e: i64 = nets.iter().filter(|(_, ok)| *ok).map(|(n, _)| n).sum();
        prop_assert_eq!(ledger.totals.eligible(), eur(e));
        let paid = eur(payments.iter().sum());
        let s = settle(&share, eur(g), eur(e), paid).unwrap();
        prop_assert!(s.final_grant <= eur(g));
        let exact = eur(e).as_decimal() * share.numerator / share.denominator;
        prop_assert!(s.final_grant.as_decimal() <= exact);
        prop_assert!(exact - s.share_of_eligible.as_decimal() < Decimal::new(1, 2));
        prop_assert!(!(s.last_instalment.as_decimal() > Decimal::ZERO && s.to_return.as_decimal() > Decimal::ZERO));
        prop_assert_eq!(
            s.paid.as_decimal() + s.last_instalment.as_decimal() - s.to_return.as_decimal(),
            s.final_grant.as_decimal()
        );
        let may = may_claim(&share, eur(g), eur(e), paid).unwrap();
        prop_assert_eq!(may, s.last_instalment);
    }
}

/// Two claims sent before either is paid cannot ask for the same euros (§11.5, assumed): an earlier
/// claim sent and not yet paid counts in a later claim's `P` by what it asked (all it could ask when
/// empty); unsent, it counts nothing; paid, what was paid counts.
#[test]
fn a_claim_sent_and_not_yet_paid_counts_in_the_next_claim_s_p() {
    let claims = |first: (&str, &str, &str), second_amount: &str| {
        let mut g = case_a();
        g.claims.truncate(1);
        let (amount, sent_at, paid) = first;
        let c = &mut g.claims[0];
        (c.amount, c.sent_at, c.paid) = (amount.into(), sent_at.into(), paid.into());
        let id = g.take_id();
        g.claims.push(RawClaim {
            id,
            until: "31.10.2020".into(),
            amount: second_amount.into(),
            ..RawClaim::default()
        });
        review(&g, date!(2020 - 11 - 15)).claims
    };
    const SENT: &str = "2020-11-01T10:00:00Z";
    // E to 31.10.2020 = 150 000,03; floor(0,85 × E) = 127 500,02 for both claims.
    let r = claims(("", SENT, ""), "");
    assert_eq!(r[0].asked, Some(eur(12_750_002)));
    assert_eq!((r[1].paid_before, r[1].may_claim), (eur(12_750_002), Money::ZERO));
    let r = claims(("60 000,00", SENT, ""), "");
    assert_eq!((r[1].paid_before, r[1].may_claim), (eur(6_000_000), eur(6_750_002)));
    // Asking the same euros again is the error it would be after the payment.
    let r = claims(("60 000,00", SENT, ""), "70 000,00");
    let m: Vec<_> = r[1].findings.iter().map(|f| f.message.clone()).collect();
    assert_eq!(
        m,
        [Message::ClaimAboveMay {
            asked: eur(7_000_000),
            may: eur(6_750_002)
        }]
    );
    // Not sent: nothing counts yet; paid: what was paid counts, not what was asked.
    let r = claims(("60 000,00", "", ""), "");
    assert_eq!((r[1].paid_before, r[1].may_claim), (Money::ZERO, eur(12_750_002)));
    let r = claims(("60 000,00", SENT, "55 000,00"), "");
    assert_eq!((r[1].paid_before, r[1].may_claim), (eur(5_500_000), eur(7_250_002)));
}
