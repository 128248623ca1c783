//! The budget: parses the raw lines into checked values, applies the budget rules and computes the
//! totals (`check_budget`, called by `analysis::analyse` like every part's checks).

use crate::domain::draft::{AmountBasis, LineId, RawBudgetLine, RawDraft};
use crate::domain::rules::finding::{FieldPath, Finding, LineField, Message, RuleId};
use crate::domain::rules::project::Period;
use crate::domain::vocabulary::call::{Assumed, CallProfile, CostCategory, Eligibility};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::money::{Money, MoneyError};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};

/// A line as checked. Values that did not parse are `None`; the raw text stays in the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineResult {
    pub id: LineId,
    pub category: Option<CostCategory>,
    pub year: Option<i32>,
    /// VAT-free amount.
    pub net: Option<Money>,
    pub vat: Option<Money>,
    pub gross: Option<Money>,
    /// The VAT the rate gives, shown beside a typed VAT amount and as its placeholder.
    pub computed_vat: Option<Money>,
    /// Whether the line's net amount counts towards the eligible base.
    pub eligible: bool,
}

/// Net, VAT and eligible net of a group of lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sums {
    pub net: Money,
    pub vat: Money,
    pub eligible: Money,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    pub by_category: BTreeMap<CostCategory, Sums>,
    /// Keyed by the bearer: the applicant's id, as stored in the line.
    pub by_bearer: BTreeMap<String, Sums>,
    pub by_year: BTreeMap<i32, Sums>,
    /// Every line whose amounts parsed, eligible or not.
    pub all: Sums,
    /// The sum of the VAT-free amounts of the eligible lines: what the grant share applies to.
    pub eligible_base: Money,
    /// The call's share of the base, rounded down to the cent.
    pub max_grant: Money,
    pub requested_grant: Option<Money>,
    /// Eligible base minus the requested grant.
    pub own_financing: Option<Money>,
    /// Own financing as a share of the base (0..1), exact; `None` without a base or a request.
    pub own_share: Option<Decimal>,
}

/// Sums that cannot overflow silently: an overflow is remembered and reported as a finding.
#[derive(Default)]
struct Acc {
    overflow: bool,
}

impl Acc {
    fn add(&mut self, to: &mut Money, amount: Money) {
        match to.checked_add(amount) {
            Some(sum) => *to = sum,
            None => self.overflow = true,
        }
    }

    fn add_sums(&mut self, to: &mut Sums, net: Money, vat: Money, eligible: bool) {
        self.add(&mut to.net, net);
        self.add(&mut to.vat, vat);
        if eligible {
            self.add(&mut to.eligible, net);
        }
    }
}

/// Checks the budget against the call and the project's period, and computes the totals. Never
/// fails: problems are findings.
pub fn check_budget(
    draft: &RawDraft,
    call: &CallProfile,
    period: Period,
    findings: &mut Vec<Finding>,
) -> (Vec<LineResult>, Totals) {
    // A line's bearer is one of the applicants, by id.
    let bearers: HashSet<String> = draft.applicants.iter().map(|a| a.id.to_string()).collect();
    let lines: Vec<LineResult> = draft
        .budget
        .lines
        .iter()
        .map(|raw| check_line(raw, call, period, &bearers, findings))
        .collect();
    if lines.is_empty() {
        findings.push(
            Finding::error(RuleId::BudgetNotEmpty, FieldPath::Budget, Message::BudgetEmpty)
                .cite(Citation::DecisionEligibleCosts),
        );
    }

    let mut acc = Acc::default();
    let mut totals = Totals::default();
    for (line, raw) in lines.iter().zip(&draft.budget.lines) {
        let (Some(net), Some(vat)) = (line.net, line.vat) else {
            continue;
        };
        acc.add_sums(&mut totals.all, net, vat, line.eligible);
        if let Some(c) = line.category {
            acc.add_sums(totals.by_category.entry(c).or_default(), net, vat, line.eligible);
        }
        let bearer = raw.bearer.trim();
        if !bearer.is_empty() {
            acc.add_sums(
                totals.by_bearer.entry(bearer.to_string()).or_default(),
                net,
                vat,
                line.eligible,
            );
        }
        if let Some(y) = line.year {
            acc.add_sums(totals.by_year.entry(y).or_default(), net, vat, line.eligible);
        }
    }
    totals.eligible_base = totals.all.eligible;
    let share = call.max_grant_share;
    let exact_max = totals.eligible_base.checked_mul(share);
    totals.max_grant = exact_max.and_then(Money::floor).unwrap_or_else(|| {
        acc.overflow = true;
        Money::ZERO
    });

    let path = FieldPath::RequestedGrant;
    let typed = draft.budget.requested_grant.trim();
    if typed.is_empty() {
        findings.push(Finding::error(RuleId::GrantPositive, path, Message::GrantRequired));
    } else {
        match Money::parse(typed) {
            Err(reason) => findings.push(Finding::error(
                RuleId::AmountFormat,
                path,
                Message::GrantInvalid {
                    typed: typed.to_string(),
                    reason,
                },
            )),
            Ok(g) if g.is_zero() => {
                findings.push(Finding::error(RuleId::GrantPositive, path, Message::GrantNotPositive))
            }
            Ok(g) => {
                totals.requested_grant = Some(g);
                // Compared exactly: no rounding of 85 % of the base before the comparison.
                if exact_max.is_some_and(|max| g.as_decimal() > max) {
                    findings.push(
                        Finding::error(
                            RuleId::GrantMaxShare,
                            path,
                            Message::GrantExceedsMaximum {
                                requested: g,
                                maximum: totals.max_grant,
                                base: totals.eligible_base,
                            },
                        )
                        .cite(Citation::DecisionMaxShare)
                        .assumed_in(call, Assumed::MaxGrantShare),
                    );
                }
            }
        }
    }
    if let Some(g) = totals.requested_grant {
        totals.own_financing = totals.eligible_base.checked_sub(g);
        if !totals.eligible_base.is_zero() {
            totals.own_share = totals
                .own_financing
                .and_then(|own| own.as_decimal().checked_div(totals.eligible_base.as_decimal()));
        }
    }
    if acc.overflow {
        findings.push(Finding::error(
            RuleId::AmountFormat,
            FieldPath::Budget,
            Message::TotalTooLarge,
        ));
    }

    (lines, totals)
}

fn check_line(
    raw: &RawBudgetLine,
    call: &CallProfile,
    period: Period,
    bearers: &HashSet<String>,
    findings: &mut Vec<Finding>,
) -> LineResult {
    let at = |field| FieldPath::BudgetLine { id: raw.id, field };
    let mut eligible = true;

    // Category.
    let category = CostCategory::from_id(raw.category.trim());
    let rule = category.and_then(|c| call.category_rule(c));
    if rule.is_none() {
        eligible = false;
        findings.push(Finding::error(
            RuleId::LineComplete,
            at(LineField::Category),
            Message::CategoryRequired,
        ));
    }

    // What, who, when.
    if raw.description.trim().is_empty() {
        findings.push(Finding::error(
            RuleId::LineComplete,
            at(LineField::Description),
            Message::DescriptionRequired,
        ));
    }
    let bearer = raw.bearer.trim();
    if bearer.is_empty() {
        findings.push(Finding::error(
            RuleId::LineComplete,
            at(LineField::Bearer),
            Message::BearerRequired,
        ));
    } else if !bearers.contains(bearer) {
        findings.push(Finding::error(
            RuleId::LineComplete,
            at(LineField::Bearer),
            Message::BearerUnknown {
                typed: bearer.to_string(),
            },
        ));
    }
    let year = check_year(raw, call, period, at(LineField::Year), findings);

    // Amount and VAT.
    let amount = match parse_amount(&raw.amount) {
        Ok(a) => a,
        Err(message) => {
            let rule = if message == Message::AmountRequired {
                RuleId::LineComplete
            } else {
                RuleId::AmountFormat
            };
            findings.push(Finding::error(rule, at(LineField::Amount), message));
            None
        }
    };
    let rate = call.vat_rate(&raw.vat_rate);
    if rate.is_none() {
        findings.push(Finding::error(
            RuleId::VatAmount,
            at(LineField::VatRate),
            Message::VatRateRequired,
        ));
    }
    let typed_vat = match raw.vat_override.trim() {
        "" => None,
        t => match Money::parse(t) {
            Ok(v) => Some(v),
            Err(reason) => {
                findings.push(Finding::error(
                    RuleId::AmountFormat,
                    at(LineField::VatOverride),
                    Message::VatOverrideInvalid {
                        typed: t.to_string(),
                        reason,
                    },
                ));
                None
            }
        },
    };
    let vat_failed = !raw.vat_override.trim().is_empty() && typed_vat.is_none();
    let split = match (amount, rate) {
        (Some(amount), Some(rate)) if !vat_failed => split_vat(amount, raw.basis, rate, typed_vat),
        _ => None,
    };
    let (mut net, mut vat, mut gross, computed_vat) = match split {
        Some(s) => (Some(s.net), Some(s.vat), Some(s.gross), Some(s.computed_vat)),
        None => (None, None, None, None),
    };
    if let (Some(v), Some(computed), Some(amount)) = (typed_vat, computed_vat, amount) {
        if raw.basis == AmountBasis::Gross && v > amount {
            findings.push(Finding::error(
                RuleId::VatAmount,
                at(LineField::VatOverride),
                Message::VatExceedsAmount { vat: v, amount },
            ));
            (net, vat, gross) = (None, None, None);
        } else if v != computed {
            findings.push(Finding::warning(
                RuleId::VatAmount,
                at(LineField::VatOverride),
                Message::VatDiffersFromRate { vat: v, computed },
            ));
        }
    }
    if net.is_none() {
        eligible = false;
    }

    // Eligibility, in the order: category, licence justification, internal charge.
    if let (Some(category), Some(rule)) = (category, rule) {
        match rule.eligibility {
            Eligibility::Eligible => {}
            Eligibility::Ineligible => {
                eligible = false;
                findings.push(
                    Finding::warning(
                        RuleId::EligibleCategory,
                        at(LineField::Category),
                        Message::CategoryIneligible { category },
                    )
                    .cite(rule.citation)
                    .assumed_in(call, Assumed::CostCategories),
                );
            }
            Eligibility::NeedsJustification => {
                if raw.justification.trim().is_empty() {
                    eligible = false;
                    findings.push(
                        Finding::warning(
                            RuleId::LicenceJustification,
                            at(LineField::Justification),
                            Message::LicenceWithoutJustification,
                        )
                        .cite(rule.citation)
                        .assumed_in(call, Assumed::CostCategories),
                    );
                }
            }
        }
    }
    if raw.internal_charge && !raw.internal_charge_actual {
        eligible = false;
        findings.push(
            Finding::warning(
                RuleId::InternalCharge,
                at(LineField::InternalChargeActual),
                Message::InternalChargeNotConfirmed,
            )
            .cite(Citation::DecisionInternalCharges)
            .assumed_in(call, Assumed::CostCategories),
        );
    }

    LineResult {
        id: raw.id,
        category,
        year,
        net,
        vat,
        gross,
        computed_vat,
        eligible,
    }
}

fn parse_amount(typed: &str) -> Result<Option<Money>, Message> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(Message::AmountRequired);
    }
    match Money::parse(t) {
        Ok(m) => Ok(Some(m)),
        Err(MoneyError::Empty) => Err(Message::AmountRequired),
        Err(reason) => Err(Message::AmountInvalid {
            typed: t.to_string(),
            reason,
        }),
    }
}

/// The year a cost falls in (docs/rules.md §6.3): four digits; after the year by which the call's
/// projects must be finished, an error (the call excludes it); outside the years of the project's own
/// period, a warning (the sources say nothing of it, but the two disagree).
fn check_year(
    raw: &RawBudgetLine,
    call: &CallProfile,
    period: Period,
    path: FieldPath,
    findings: &mut Vec<Finding>,
) -> Option<i32> {
    let t = raw.year.trim();
    if t.is_empty() {
        findings.push(Finding::error(RuleId::LineComplete, path, Message::YearRequired));
        return None;
    }
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        findings.push(Finding::error(
            RuleId::LineComplete,
            path,
            Message::YearInvalid { typed: t.to_string() },
        ));
        return None;
    }
    let year: i32 = t.parse().ok()?;
    if let Some(end) = call.project_end {
        if year > end.year() {
            findings.push(
                Finding::error(RuleId::ProjectPeriod, path, Message::YearAfterProjectEnd { year, end })
                    .cite(Citation::DecisionSchedule),
            );
            return Some(year);
        }
    }
    if let Some((start, end)) = period.range() {
        if year < start.year() || year > end.year() {
            findings.push(Finding::warning(
                RuleId::ProjectPeriod,
                path,
                Message::YearOutsidePeriod { year, start, end },
            ));
        }
    }
    Some(year)
}

/// A line's amount split into VAT-free part and VAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VatSplit {
    pub net: Money,
    pub vat: Money,
    pub gross: Money,
    /// The VAT the rate gives (what is used when no VAT amount is typed).
    pub computed_vat: Money,
}

/// Splits an amount into net and VAT at `rate_percent`. With `basis` Gross the amount includes VAT and
/// the net is derived (rounded half away from zero to the cent). A typed VAT amount replaces the
/// computed one. `None` only on arithmetic overflow.
pub fn split_vat(
    amount: Money,
    basis: AmountBasis,
    rate_percent: Decimal,
    typed_vat: Option<Money>,
) -> Option<VatSplit> {
    let hundred = Decimal::ONE_HUNDRED;
    match basis {
        AmountBasis::Net => {
            let computed_vat = Money::round(amount.checked_mul(rate_percent)?.checked_div(hundred)?)?;
            let vat = typed_vat.unwrap_or(computed_vat);
            Some(VatSplit {
                net: amount,
                vat,
                gross: amount.checked_add(vat)?,
                computed_vat,
            })
        }
        AmountBasis::Gross => {
            let net_computed = Money::round(
                amount
                    .checked_mul(hundred)?
                    .checked_div(hundred.checked_add(rate_percent)?)?,
            )?;
            let computed_vat = amount.checked_sub(net_computed)?;
            let vat = typed_vat.unwrap_or(computed_vat);
            Some(VatSplit {
                net: amount.checked_sub(vat)?,
                vat,
                gross: amount,
                computed_vat,
            })
        }
    }
}
