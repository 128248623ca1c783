//! The budget rules of docs/rules.md §6, data-driven: each case is a draft and the findings the rules must
//! give for it (rule, severity, field), plus the totals a user sees.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{AmountBasis, ApplicantKind, RawBudgetLine, RawDraft};
use hakemus::domain::rules::analysis::{analyse, Analysis};
use hakemus::domain::rules::finding::{FieldPath, LineField, Message, RuleId, Severity};
use hakemus::domain::rules::sections::Section;
use hakemus::domain::vocabulary::call::CostCategory;
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::money::{Money, MoneyError};
use proptest::prelude::*;

mod common;

fn m(s: &str) -> Money {
    Money::parse(s).unwrap()
}

/// A complete, eligible personnel line of `net` euros at 0 % VAT, in 2020, borne by Kuopio.
fn line(net: &str) -> RawBudgetLine {
    RawBudgetLine {
        category: "personnel".into(),
        description: "Projektipäällikkö".into(),
        bearer: "Kuopio".into(),
        year: "2020".into(),
        amount: net.into(),
        vat_rate: "0".into(),
        ..Default::default()
    }
}

/// A draft with the lines and the grant. Each bearer name in the lines becomes an applicant (the
/// municipality of that name) and the lines refer to it by id, as the budget page does.
fn draft(lines: Vec<RawBudgetLine>, grant: &str) -> RawDraft {
    let mut d = RawDraft::default();
    // Applicants first, in name order, so that their ids do not depend on the order of the lines.
    let mut names: Vec<String> = lines
        .iter()
        .map(|l| l.bearer.clone())
        .filter(|b| !b.is_empty())
        .collect();
    names.sort();
    names.dedup();
    for name in names {
        bearer_id(&mut d, &name);
    }
    for mut l in lines {
        if !l.bearer.is_empty() {
            l.bearer = bearer_id(&mut d, &l.bearer);
        }
        let id = d.add_line();
        l.id = id;
        *d.line_mut(id).unwrap() = l;
    }
    d.budget.requested_grant = grant.into();
    d
}

/// The id (as a line stores it) of the applicant for the municipality `name`, added if need be.
fn bearer_id(d: &mut RawDraft, name: &str) -> String {
    let id = match d.applicants.iter().find(|a| a.municipality == name) {
        Some(a) => a.id,
        None => {
            let id = d.add_applicant(ApplicantKind::Municipality);
            d.applicant_mut(id).unwrap().municipality = name.into();
            id
        }
    };
    id.to_string()
}

/// (rule, severity, field) of every budget finding, and of the draft as a whole (the other parts'
/// findings are not the subject here), for comparing with a case's expectation.
fn found(a: &Analysis) -> Vec<(RuleId, Severity, Option<LineField>)> {
    a.findings
        .iter()
        .filter(|f| Section::of(f.path) == Some(Section::Budget) || f.path == FieldPath::Call)
        .map(|f| {
            let field = match f.path {
                FieldPath::BudgetLine { field, .. } => Some(field),
                _ => None,
            };
            (f.rule, f.severity, field)
        })
        .collect()
}

use LineField as F;
use RuleId as R;
use Severity::{Error as E, Warning as W};

struct Case {
    name: &'static str,
    draft: RawDraft,
    findings: Vec<(RuleId, Severity, Option<LineField>)>,
    base: &'static str,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a complete budget within 85 % has no findings",
            draft: draft(vec![line("100 000,00")], "85 000"),
            findings: vec![],
            base: "100000",
        },
        Case {
            name: "docs/rules.md §6.5: 181 520,00 € fits a base of 213 552,95 €",
            draft: draft(vec![line("213 552,95")], "181 520,00"),
            findings: vec![],
            base: "213552.95",
        },
        Case {
            name: "docs/rules.md §6.5: 181 520,00 € does not fit 213 552,94 € (85 % is 181 519,999 €)",
            draft: draft(vec![line("213 552,94")], "181 520,00"),
            findings: vec![(R::GrantMaxShare, E, None)],
            base: "213552.94",
        },
        Case {
            name: "an empty budget is an error, and so is a missing grant",
            draft: draft(vec![], ""),
            findings: vec![(R::BudgetNotEmpty, E, None), (R::GrantPositive, E, None)],
            base: "0",
        },
        Case {
            name: "a zero grant is not a grant",
            draft: draft(vec![line("1000")], "0,00"),
            findings: vec![(R::GrantPositive, E, None)],
            base: "1000",
        },
        Case {
            name: "a grant that is not an amount",
            draft: draft(vec![line("1000")], "85O"),
            findings: vec![(R::AmountFormat, E, None)],
            base: "1000",
        },
        Case {
            name: "a negative amount, three decimals and a typo are each an error, and count nowhere",
            draft: draft(vec![line("-5"), line("1,005"), line("12,5O"), line("1000")], "850"),
            findings: vec![(R::AmountFormat, E, Some(F::Amount)); 3],
            base: "1000",
        },
        Case {
            name: "VAT never enters the base: 1 000 € + 24 % counts as 1 000 €",
            draft: draft(
                vec![RawBudgetLine {
                    vat_rate: "24".into(),
                    ..line("1000")
                }],
                "850",
            ),
            findings: vec![],
            base: "1000",
        },
        Case {
            name: "an amount typed with VAT is converted: 1 240 € at 24 % is 1 000 € net",
            draft: draft(
                vec![RawBudgetLine {
                    vat_rate: "24".into(),
                    basis: AmountBasis::Gross,
                    ..line("1 240")
                }],
                "850",
            ),
            findings: vec![],
            base: "1000",
        },
        Case {
            name: "hardware and tangible investments are excluded with a warning",
            draft: draft(
                vec![
                    line("1000"),
                    RawBudgetLine {
                        category: "hardware".into(),
                        ..line("500")
                    },
                    RawBudgetLine {
                        category: "tangible-investment".into(),
                        ..line("700")
                    },
                ],
                "850",
            ),
            findings: vec![(R::EligibleCategory, W, Some(F::Category)); 2],
            base: "1000",
        },
        Case {
            name: "a licence without a justification is excluded; grant over 85 % of the rest",
            draft: draft(
                vec![
                    line("1000"),
                    RawBudgetLine {
                        category: "software-licence".into(),
                        ..line("1000")
                    },
                ],
                "1700",
            ),
            findings: vec![
                (R::LicenceJustification, W, Some(F::Justification)),
                (R::GrantMaxShare, E, None),
            ],
            base: "1000",
        },
        Case {
            name: "a justified licence counts",
            draft: draft(
                vec![
                    line("1000"),
                    RawBudgetLine {
                        category: "software-licence".into(),
                        justification: "Kehitysympäristön lisenssi hankkeen ajaksi".into(),
                        ..line("1000")
                    },
                ],
                "1700",
            ),
            findings: vec![],
            base: "2000",
        },
        Case {
            name: "an internal charge counts only when based on booked actual costs",
            draft: draft(
                vec![
                    RawBudgetLine {
                        internal_charge: true,
                        ..line("1000")
                    },
                    RawBudgetLine {
                        internal_charge: true,
                        internal_charge_actual: true,
                        ..line("2000")
                    },
                ],
                "1700",
            ),
            findings: vec![(R::InternalCharge, W, Some(F::InternalChargeActual))],
            base: "2000",
        },
        Case {
            name: "a new empty line asks for every field",
            draft: draft(vec![RawBudgetLine::default()], "1"),
            findings: vec![
                (R::LineComplete, E, Some(F::Category)),
                (R::LineComplete, E, Some(F::Description)),
                (R::LineComplete, E, Some(F::Bearer)),
                (R::LineComplete, E, Some(F::Year)),
                (R::LineComplete, E, Some(F::Amount)),
                (R::VatAmount, E, Some(F::VatRate)),
                (R::GrantMaxShare, E, None),
            ],
            base: "0",
        },
        Case {
            name: "costs after the project end (30.11.2021) are an error; a malformed year too",
            draft: draft(
                vec![
                    RawBudgetLine {
                        year: "2022".into(),
                        ..line("1000")
                    },
                    RawBudgetLine {
                        year: "20x1".into(),
                        ..line("1000")
                    },
                ],
                "1",
            ),
            findings: vec![
                (R::ProjectPeriod, E, Some(F::Year)),
                (R::LineComplete, E, Some(F::Year)),
            ],
            base: "2000",
        },
        Case {
            name: "a typed VAT amount that differs from the rate is a warning",
            draft: draft(
                vec![RawBudgetLine {
                    vat_rate: "24".into(),
                    vat_override: "200".into(),
                    ..line("1000")
                }],
                "850",
            ),
            findings: vec![(R::VatAmount, W, Some(F::VatOverride))],
            base: "1000",
        },
        Case {
            name: "VAT larger than a VAT-inclusive amount is an error and the line counts nowhere",
            draft: draft(
                vec![
                    line("1000"),
                    RawBudgetLine {
                        vat_rate: "24".into(),
                        basis: AmountBasis::Gross,
                        vat_override: "2000".into(),
                        ..line("1000")
                    },
                ],
                "850",
            ),
            findings: vec![(R::VatAmount, E, Some(F::VatOverride))],
            base: "1000",
        },
        Case {
            name: "an unknown call is reported and the default call's rules still apply",
            draft: RawDraft {
                call: "no-such-call".into(),
                ..draft(vec![line("1000")], "850")
            },
            findings: vec![(R::CallKnown, E, None)],
            base: "1000",
        },
    ]
}

#[test]
fn budget_rules_table() {
    for case in cases() {
        let a = analyse(&case.draft);
        assert_eq!(found(&a), case.findings, "case: {}", case.name);
        assert_eq!(
            a.totals.eligible_base.as_decimal(),
            case.base.parse().unwrap(),
            "base in case: {}",
            case.name
        );
    }
}

#[test]
fn the_boundary_of_rules_6_in_figures() {
    let a = analyse(&draft(vec![line("213 552,94")], "181 520,00"));
    assert_eq!(a.totals.max_grant, m("181 519,99"), "85 % rounded down, not up");
    let f = a.findings.iter().find(|f| f.rule == R::GrantMaxShare).unwrap();
    assert_eq!(f.citation, Some(Citation::DecisionMaxShare));
    assert_eq!(
        f.message,
        Message::GrantExceedsMaximum {
            requested: m("181 520"),
            maximum: m("181 519,99"),
            base: m("213 552,94")
        }
    );
    let ok = analyse(&draft(vec![line("213 552,95")], "181 520,00"));
    assert_eq!(ok.totals.max_grant, m("181 520,00"));
    assert!(ok.grant_fits());
    assert!(!a.grant_fits());
}

/// Call I's slides state no share and no eligible costs; its profile assumes the joint call's (004):
/// above 85 % and an ineligible line are warnings that say "assumed", in the app and in
/// `hakemus-check` (docs/rules.md §1, §6).
#[test]
fn the_knowledge_calls_assumed_share_and_costs_are_warnings_that_say_so() {
    use hakemus::domain::vocabulary::call::Assumed;
    let mut d = draft(
        vec![
            line("213 552,94"),
            RawBudgetLine {
                category: "hardware".into(),
                ..line("1 000")
            },
        ],
        "181 520,00",
    );
    d.call = "vm-2019-tiedolla-johtaminen".into();
    let a = analyse(&d);
    let share = a.findings.iter().find(|f| f.rule == R::GrantMaxShare).unwrap();
    assert_eq!((share.severity, share.assumed), (W, Some(Assumed::MaxGrantShare)));
    assert!(!a.grant_fits(), "above the assumed share is still above it");
    let hardware = a.findings.iter().find(|f| f.rule == R::EligibleCategory).unwrap();
    assert_eq!(
        (hardware.severity, hardware.assumed),
        (W, Some(Assumed::CostCategories))
    );
    assert_eq!(a.totals.eligible_base, m("213 552,94"), "still left out of the base");
    let words = hakemus::i18n::finding_message(hakemus::domain::vocabulary::locale::Lang::En, share);
    assert!(
        words.starts_with("The grant requested") && words.contains("Assumed:"),
        "{words}"
    );
    // The joint call states both: the share is an error there, and not marked.
    d.call = hakemus::domain::vocabulary::call::DEFAULT_CALL.into();
    let joint = analyse(&d);
    let share = joint.findings.iter().find(|f| f.rule == R::GrantMaxShare).unwrap();
    assert_eq!((share.severity, share.assumed), (E, None));

    // hakemus-check prints the same text.
    d.call = "vm-2019-tiedolla-johtaminen".into();
    let dir = std::env::temp_dir().join(format!("hakemus-check-assumed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("call-i.json");
    let export = hakemus::domain::formats::application::export(&d, "2019-09-01T10:00:00Z");
    std::fs::write(&file, hakemus::domain::formats::application::to_json(&export)).unwrap();
    let (_, out) = common::hakemus_check(&[file.to_str().unwrap()]);
    let line = out
        .lines()
        .find(|l| l.contains("grant-max-share"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("warning") && line.contains("Assumed:"), "{line}");
    let line = out
        .lines()
        .find(|l| l.contains("eligible-category"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("Assumed:"), "{line}");
}

/// A budget year inside the project period (docs/rules.md §6.3): after the call's last year, an
/// error (the call excludes it); outside the years of the project's own period, a warning.
#[test]
fn a_budget_year_inside_the_project_period() {
    let year_findings = |year: &str, start: &str, end: &str| {
        let mut d = draft(
            vec![RawBudgetLine {
                year: year.into(),
                ..line("1000")
            }],
            "850",
        );
        d.project.start = start.into();
        d.project.end = end.into();
        let a = analyse(&d);
        let found: Vec<_> = a
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.path,
                    FieldPath::BudgetLine {
                        field: LineField::Year,
                        ..
                    }
                )
            })
            .map(|f| (f.severity, f.message.clone()))
            .collect();
        (found, a.totals.eligible_base)
    };
    let date = |y, m, d| time::Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap();
    let (start, end) = (date(2020, 3, 1), date(2021, 10, 31));
    assert_eq!(year_findings("2020", "1.3.2020", "31.10.2021").0, []);
    assert_eq!(year_findings("2021", "1.3.2020", "31.10.2021").0, []);
    let (found, base) = year_findings("2019", "1.3.2020", "31.10.2021");
    assert_eq!(found, [(W, Message::YearOutsidePeriod { year: 2019, start, end })]);
    assert_eq!(base, m("1000"), "a warning: the line still counts");
    assert_eq!(
        year_findings("2021", "1.3.2020", "31.12.2020").0,
        [(
            W,
            Message::YearOutsidePeriod {
                year: 2021,
                start,
                end: date(2020, 12, 31)
            }
        )]
    );
    // After the call's last year: the call excludes it, an error (and only that).
    assert_eq!(
        year_findings("2022", "1.3.2020", "31.10.2021").0,
        [(
            E,
            Message::YearAfterProjectEnd {
                year: 2022,
                end: date(2021, 11, 30)
            }
        )]
    );
    // Without a period, or one that ends before it starts, nothing to compare with.
    assert_eq!(year_findings("2019", "", "").0, []);
    assert_eq!(year_findings("2019", "1.3.2021", "1.3.2020").0, []);
}

#[test]
fn the_reason_an_amount_is_rejected_is_kept() {
    let a = analyse(&draft(vec![line("12,5O")], "1"));
    let f = a.findings.iter().find(|f| f.rule == R::AmountFormat).unwrap();
    assert_eq!(
        f.message,
        Message::AmountInvalid {
            typed: "12,5O".into(),
            reason: MoneyError::InvalidCharacter { ch: 'O' }
        }
    );
}

#[test]
fn ineligible_findings_cite_the_decision() {
    let a = analyse(&draft(
        vec![
            RawBudgetLine {
                category: "hardware".into(),
                ..line("1")
            },
            RawBudgetLine {
                internal_charge: true,
                ..line("1")
            },
        ],
        "1",
    ));
    let cites: Vec<_> = a
        .warnings()
        .filter(|f| Section::of(f.path) == Some(Section::Budget))
        .map(|f| f.citation)
        .collect();
    assert_eq!(
        cites,
        [
            Some(Citation::DecisionIneligibleCosts),
            Some(Citation::DecisionInternalCharges)
        ]
    );
}

#[test]
fn totals_by_category_bearer_and_year() {
    let a_draft = draft(
        vec![
            RawBudgetLine {
                vat_rate: "24".into(),
                ..line("1000")
            },
            RawBudgetLine {
                bearer: "Siilinjärvi".into(),
                year: "2021".into(),
                ..line("500,50")
            },
            RawBudgetLine {
                category: "hardware".into(),
                bearer: "Siilinjärvi".into(),
                vat_rate: "24".into(),
                ..line("100")
            },
            RawBudgetLine {
                category: "travel".into(),
                vat_rate: "10".into(),
                ..line("200")
            },
        ],
        "1000",
    );
    let a = analyse(&a_draft);
    let t = &a.totals;
    assert_eq!(t.all.net, m("1800,50"));
    assert_eq!(t.all.vat, m("284"), "240 + 24 + 20");
    assert_eq!(t.eligible_base, m("1700,50"), "hardware excluded");
    assert_eq!(t.max_grant, m("1445,42"), "0,85 × 1 700,50 = 1 445,425 rounded down");
    assert_eq!(t.own_financing, Some(m("700,50")));
    assert_eq!(
        t.own_share.map(|s| s.round_dp(4)),
        Some("0.4119".parse().unwrap()),
        "700,50 / 1 700,50"
    );
    let p = t.by_category[&CostCategory::Personnel];
    assert_eq!((p.net, p.vat, p.eligible), (m("1500,50"), m("240"), m("1500,50")));
    let hw = t.by_category[&CostCategory::Hardware];
    assert_eq!((hw.net, hw.eligible), (m("100"), Money::ZERO));
    let mut d = a_draft;
    let (kuopio, siilinjarvi) = (bearer_id(&mut d, "Kuopio"), bearer_id(&mut d, "Siilinjärvi"));
    assert_eq!(t.by_bearer[&kuopio].eligible, m("1200"));
    assert_eq!(t.by_bearer[&siilinjarvi].net, m("600,50"));
    assert_eq!(t.by_bearer[&siilinjarvi].eligible, m("500,50"));
    assert_eq!(t.by_year[&2020].net, m("1300"));
    assert_eq!(t.by_year[&2021].net, m("500,50"));
}

#[test]
fn gross_entry_rounds_half_away_from_zero() {
    // 100,00 € incl. 24 % VAT: net 80,645… → 80,65; VAT 19,35.
    let a = analyse(&draft(
        vec![RawBudgetLine {
            vat_rate: "24".into(),
            basis: AmountBasis::Gross,
            ..line("100")
        }],
        "1",
    ));
    let l = &a.lines[0];
    assert_eq!(
        (l.net, l.vat, l.gross),
        (Some(m("80,65")), Some(m("19,35")), Some(m("100")))
    );
}

#[test]
fn what_was_typed_is_shown_back_as_typed() {
    let a = analyse(&draft(vec![line("12,5O"), RawBudgetLine::default()], "abc"));
    let typed: Vec<&str> = a
        .findings
        .iter()
        .filter_map(|f| match &f.message {
            Message::AmountInvalid { typed, .. } | Message::GrantInvalid { typed, .. } => Some(typed.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(typed, ["12,5O", "abc"]);
}

fn arb_line() -> impl Strategy<Value = RawBudgetLine> {
    (
        prop::sample::select(vec!["personnel", "travel", "hardware", "software-licence", ""]),
        prop::sample::select(vec!["Kuopio", "Siilinjärvi", ""]),
        prop::sample::select(vec!["2020", "2021", "2022", ""]),
        0i64..1_000_000_000,
        prop::sample::select(vec!["24", "14", "10", "0", ""]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(cat, bearer, year, cents, rate, gross, internal)| RawBudgetLine {
            category: cat.into(),
            description: "x".into(),
            bearer: bearer.into(),
            year: year.into(),
            amount: Money::from_cents(cents).format_plain(),
            basis: if gross { AmountBasis::Gross } else { AmountBasis::Net },
            vat_rate: rate.into(),
            internal_charge: internal,
            ..Default::default()
        })
}

proptest! {
    #[test]
    fn totals_do_not_depend_on_line_order(lines in prop::collection::vec(arb_line(), 0..30), seed in any::<u64>()) {
        let d = draft(lines.clone(), "1000");
        let mut shuffled = lines;
        // A deterministic permutation from the seed (no rand needed).
        let n = shuffled.len();
        if n > 1 {
            let mut s = seed;
            for i in (1..n).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (s >> 33) as usize % (i + 1));
            }
        }
        let e = draft(shuffled, "1000");
        prop_assert_eq!(analyse(&d).totals, analyse(&e).totals);
    }

    #[test]
    fn max_grant_is_the_largest_cent_amount_that_fits(cents in 0i64..100_000_000_000) {
        let base = Money::from_cents(cents);
        let a = analyse(&draft(vec![line(&base.format_plain())], &base.format_plain()));
        let max = a.totals.max_grant;
        let fits = |g: Money| analyse(&draft(vec![line(&base.format_plain())], &g.format_plain()))
            .findings.iter().all(|f| f.rule != R::GrantMaxShare);
        prop_assert!(max.is_zero() || fits(max));
        prop_assert!(!fits(max.checked_add(Money::from_cents(1)).unwrap()));
    }

    #[test]
    fn vat_is_never_in_the_base(cents in 0i64..1_000_000_000, rate in prop::sample::select(vec!["24", "14", "10", "0"])) {
        let net = Money::from_cents(cents);
        let zero = analyse(&draft(vec![line(&net.format_plain())], "1"));
        let taxed = analyse(&draft(vec![RawBudgetLine { vat_rate: rate.into(), ..line(&net.format_plain()) }], "1"));
        prop_assert_eq!(zero.totals.eligible_base, taxed.totals.eligible_base);
    }
}

#[test]
fn a_bearer_that_is_not_an_applicant_is_an_error() {
    let mut d = draft(vec![line("1000")], "850");
    d.budget.lines[0].bearer = "999".into();
    let a = analyse(&d);
    assert_eq!(found(&a), [(R::LineComplete, E, Some(F::Bearer))]);
    assert_eq!(
        a.findings.iter().find(|f| f.rule == R::LineComplete).unwrap().message,
        Message::BearerUnknown { typed: "999".into() }
    );
}
