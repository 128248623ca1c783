//! The share applied to realised costs and the settlement (docs/rules.md §11.5). With the share `s`
//! (the call's setting, [`Share`]), the grant "at most" `G`, the eligible realised VAT-free costs of
//! the whole project `E` and what has been paid `P`:
//!
//! ```text
//! final          = min(G, floor_cent(s × E))
//! last instalment = final − P   when positive
//! return (VAL 20 §) = P − final  when positive
//! ```
//!
//! so that `P + last − return = final`, never both positive. Exact to the cent: `s × E` is computed
//! exactly (`decision-ratio` as `G × E ÷ B`, multiplied first) and rounded down once.

use crate::domain::grant::finding::{Finding, Message, Place, Rule, Source};
use crate::domain::grant::model::RawGrant;
use crate::domain::rules::analysis::analyse;
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::grant_phase::{GrantPhase, ShareSetting};
use crate::domain::vocabulary::money::Money;
use rust_decimal::Decimal;

/// The share in force: `numerator ÷ denominator` (the call's 0.85 ÷ 1, or the grant ÷ the planned
/// eligible costs), kept as a fraction so that it is applied exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// The setting in force (where `decision-ratio` has no planned base, the call's maximum is
    /// applied and this says `CallMaximum`).
    pub setting: ShareSetting,
    /// Our reading, not the call's words: the pages say so.
    pub assumed: bool,
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl Share {
    /// The call's maximum share (85 %).
    pub fn call_maximum(call: &CallProfile, assumed: bool) -> Share {
        Share {
            setting: ShareSetting::CallMaximum,
            assumed,
            numerator: call.max_grant_share,
            denominator: Decimal::ONE,
        }
    }

    /// The decision's ratio `grant ÷ planned`; `None` without a planned base.
    pub fn decision_ratio(grant: Money, planned: Money, assumed: bool) -> Option<Share> {
        (!planned.is_zero()).then_some(Share {
            setting: ShareSetting::DecisionRatio,
            assumed,
            numerator: grant.as_decimal(),
            denominator: planned.as_decimal(),
        })
    }

    /// The share the project's phase sets: for `decision-ratio` the grant over the application's
    /// planned eligible costs (`rules::analysis`), and where there are none the call's maximum with
    /// a finding that says so.
    pub fn of(grant: &RawGrant, granted: Money, call: &CallProfile, phase: &GrantPhase) -> (Share, Option<Finding>) {
        let fallback = Share::call_maximum(call, phase.share_assumed);
        match phase.share {
            ShareSetting::CallMaximum => (fallback, None),
            ShareSetting::DecisionRatio => {
                let planned = analyse(&grant.application).totals.eligible_base;
                match Share::decision_ratio(granted, planned, phase.share_assumed) {
                    Some(s) => (s, None),
                    None => (
                        fallback,
                        Some(
                            Finding::warning(Rule::Share, Place::Granted, Message::NoPlannedBase)
                                .cite(Source::Grant(phase.payment_citation)),
                        ),
                    ),
                }
            }
        }
    }

    /// The share as one number (for showing it: 0.85, 0.8499…).
    pub fn as_decimal(&self) -> Option<Decimal> {
        self.numerator.checked_div(self.denominator)
    }

    /// `floor_cent(s × amount)`, exact: multiplied first, divided once, rounded down once.
    pub fn apply(&self, amount: Money) -> Option<Money> {
        let product = amount.as_decimal().checked_mul(self.numerator)?;
        Money::floor(product.checked_div(self.denominator)?)
    }
}

/// The grant's share of the eligible costs, capped by the grant: `min(G, floor_cent(s × E))`.
pub fn capped_share(share: &Share, grant: Money, eligible: Money) -> Option<Money> {
    Some(share.apply(eligible)?.min(grant))
}

/// The settlement of a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settlement {
    /// `G`, the grant at most.
    pub grant: Money,
    /// `E`, the eligible realised VAT-free costs.
    pub eligible: Money,
    /// `floor_cent(s × E)`.
    pub share_of_eligible: Money,
    /// `min(G, floor_cent(s × E))`.
    pub final_grant: Money,
    /// `P`, paid before the last instalment.
    pub paid: Money,
    /// `final − P` when positive, else zero.
    pub last_instalment: Money,
    /// `P − final` when positive, else zero: to be returned under valtionavustuslaki 20 §.
    pub to_return: Money,
}

/// Settles a grant; `None` only where an amount no longer fits (never in practice: amounts are
/// capped far below what a `Decimal` holds).
pub fn settle(share: &Share, grant: Money, eligible: Money, paid: Money) -> Option<Settlement> {
    let share_of_eligible = share.apply(eligible)?;
    // Credits can leave the eligible sum below zero: then nothing is due, and all that was paid
    // is returned.
    let final_grant = share_of_eligible.max(Money::ZERO).min(grant);
    let (last_instalment, to_return) = if final_grant >= paid {
        (final_grant.checked_sub(paid)?, Money::ZERO)
    } else {
        (Money::ZERO, paid.checked_sub(final_grant)?)
    };
    Some(Settlement {
        grant,
        eligible,
        share_of_eligible,
        final_grant,
        paid,
        last_instalment,
        to_return,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::call;

    fn eur(cents: i64) -> Money {
        Money::from_cents(cents)
    }

    /// Credits may leave the eligible sum below zero: nothing is due then, and all that was paid
    /// is returned.
    #[test]
    fn below_zero_eligible_costs_return_all_that_was_paid() {
        let s = Share::call_maximum(call::by_id(call::DEFAULT_CALL).unwrap(), true);
        let st = settle(&s, eur(18_150_000), eur(-100), eur(5_000_000)).unwrap();
        assert_eq!(
            (st.final_grant, st.last_instalment, st.to_return),
            (Money::ZERO, Money::ZERO, eur(5_000_000))
        );
    }

    #[test]
    fn the_call_maximum_floors_once_and_the_grant_caps() {
        let s = Share::call_maximum(call::by_id(call::DEFAULT_CALL).unwrap(), true);
        // 85 % of 100,01 € is 85,0085 €: 85,00 €.
        assert_eq!(s.apply(eur(10_001)), Some(eur(8_500)));
        let st = settle(&s, eur(18_150_000), eur(30_000_000), eur(10_000_000)).unwrap();
        assert_eq!(st.share_of_eligible, eur(25_500_000));
        assert_eq!(
            (st.final_grant, st.last_instalment, st.to_return),
            (eur(18_150_000), eur(8_150_000), Money::ZERO)
        );
        let st = settle(&s, eur(18_150_000), eur(10_000_000), eur(10_000_000)).unwrap();
        assert_eq!(
            (st.final_grant, st.last_instalment, st.to_return),
            (eur(8_500_000), Money::ZERO, eur(1_500_000))
        );
    }

    /// The decision ratio applied to the whole plan gives the grant exactly, not a cent less (a
    /// ratio divided first, 181 500 ÷ 213 552,95 × 213 552,95, would come out at 181 499,99 €).
    #[test]
    fn the_decision_ratio_of_the_whole_plan_is_the_grant() {
        let s = Share::decision_ratio(eur(18_150_000), eur(21_355_295), true).unwrap();
        assert_eq!(s.apply(eur(21_355_295)), Some(eur(18_150_000)));
        assert_eq!(Share::decision_ratio(eur(1), Money::ZERO, true), None);
    }
}
