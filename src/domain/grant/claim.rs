//! Payment claims (maksatushakemus, docs/rules.md §11.5). What a claim may ask for is the grant's
//! share of the eligible realised costs up to its day, capped by the grant, less what has been
//! paid before it:
//!
//! ```text
//! may_claim = max(0, min(G, floor_cent(s × E)) − P)
//! ```
//!
//! A claim above that is an error; the last claim before the final report is sent is an error
//! ("Viimeinen erä maksetaan loppuraportoinnin jälkeen"); more claims than the call's instalments is
//! a warning ("pääsääntöisesti kolmessa erässä"). The last claim counts every eligible cost; the
//! others the costs up to their `until` day. What was paid before a claim (`P`) is what the ministry
//! paid on the claims above it in the list, and for a claim above it that was sent but has no payment
//! recorded yet, what it asked (all it could ask where its amount is empty): two claims sent before
//! either is paid cannot ask for the same euros (assumed, docs/rules.md §11.5). The settlement's `P`
//! is what was paid only ([`paid_before_last`]).

use crate::domain::draft::LineId;
use crate::domain::grant::finding::{ClaimField, Finding, Message, Place, Rule, Source};
use crate::domain::grant::ledger::{typed_money, Accounts};
use crate::domain::grant::model::{RawClaim, RawGrant};
use crate::domain::grant::settlement::{capped_share, Share};
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::grant_phase::GrantPhase;
use crate::domain::vocabulary::money::Money;
use time::Date;

/// `max(0, min(G, floor_cent(s × E)) − P)`; `None` only where an amount no longer fits.
pub fn may_claim(share: &Share, grant: Money, eligible: Money, paid: Money) -> Option<Money> {
    let cap = capped_share(share, grant, eligible)?;
    Some(cap.checked_sub(paid)?.max(Money::ZERO))
}

/// The decision's grant as its file writes it (`181500.00`), or as typed.
pub fn granted_amount(grant: &RawGrant) -> Option<Money> {
    let typed = grant.granted.amount.trim();
    Money::parse_exchange(typed).or_else(|| Money::parse(typed).ok())
}

/// A claim as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimResult {
    pub id: LineId,
    pub last: bool,
    pub until: Option<Date>,
    /// `E`: the eligible realised costs the claim counts.
    pub eligible: Money,
    /// `min(G, floor_cent(s × E))`.
    pub cap: Money,
    /// `P`: paid on the claims before this one, and asked on those sent and not yet paid.
    pub paid_before: Money,
    /// What this claim may ask for.
    pub may_claim: Money,
    /// What it asks for: the typed amount, or all it may when none is typed (`None`: not an amount).
    pub asked: Option<Money>,
    /// What the ministry paid on it, where typed.
    pub paid: Option<Money>,
    pub findings: Vec<Finding>,
}

/// Checks the claims in their order. `granted` is the decision's amount ([`granted_amount`]).
pub fn check_claims(
    grant: &RawGrant,
    ledger: &Accounts,
    share: &Share,
    granted: Money,
    phase: &GrantPhase,
) -> Vec<ClaimResult> {
    let mut paid_before = Money::ZERO;
    let mut seen_last = false;
    let final_sent = !grant.final_report.sent_at.trim().is_empty();
    let mut out = Vec::with_capacity(grant.claims.len());
    for (n, c) in grant.claims.iter().enumerate() {
        let r = check_claim(
            c,
            grant,
            ledger,
            share,
            granted,
            paid_before,
            phase,
            |f: &mut Vec<Finding>| {
                let at = |field| Place::Claim { id: c.id, field };
                let cite = Source::Grant(phase.payment_citation);
                if c.last && !final_sent {
                    f.push(
                        Finding::error(Rule::Claim, at(ClaimField::Last), Message::LastClaimBeforeFinalReport)
                            .cite(cite),
                    );
                }
                if seen_last {
                    f.push(Finding::error(Rule::Claim, at(ClaimField::Last), Message::ClaimAfterLast).cite(cite));
                }
                if n as u64 >= u64::from(phase.instalments) {
                    f.push(
                        Finding::warning(
                            Rule::Claim,
                            at(ClaimField::Amount),
                            Message::MoreInstalments {
                                instalments: phase.instalments,
                            },
                        )
                        .cite(cite),
                    );
                }
            },
        );
        seen_last |= c.last;
        // What a later claim may ask counts this one's payment, or — sent and no payment recorded
        // yet — what it asked (all it could ask when empty), so that two claims sent before either
        // is paid do not ask for the same euros (§11.5, assumed).
        let counted = match r.paid {
            Some(p) => Some(p),
            None if !c.sent_at.trim().is_empty() => Some(r.asked.unwrap_or(r.may_claim)),
            None => None,
        };
        if let Some(p) = counted {
            paid_before = paid_before.checked_add(p).unwrap_or(paid_before);
        }
        out.push(r);
    }
    out
}

fn check_claim(
    c: &RawClaim,
    grant: &RawGrant,
    ledger: &Accounts,
    share: &Share,
    granted: Money,
    paid_before: Money,
    phase: &GrantPhase,
    order: impl FnOnce(&mut Vec<Finding>),
) -> ClaimResult {
    let at = |field| Place::Claim { id: c.id, field };
    let mut findings = Vec::new();
    let typed = c.until.trim();
    let until = parse_date(typed);
    if !c.last {
        if typed.is_empty() {
            findings.push(Finding::error(
                Rule::Claim,
                at(ClaimField::Until),
                Message::ClaimUntilRequired,
            ));
        } else if until.is_none() {
            findings.push(Finding::error(
                Rule::Format,
                at(ClaimField::Until),
                Message::DateInvalid { typed: typed.into() },
            ));
        }
    }
    let eligible = if c.last {
        ledger.totals.eligible()
    } else {
        until.map_or(Money::ZERO, |u| ledger.between(grant, None, Some(u)).eligible())
    };
    let cap = capped_share(share, granted, eligible).unwrap_or(Money::ZERO);
    let may = cap.checked_sub(paid_before).unwrap_or(Money::ZERO).max(Money::ZERO);
    let asked = match c.amount.trim() {
        "" => Some(may),
        typed => typed_money(typed, &mut findings, at(ClaimField::Amount), |typed, reason| {
            Message::ClaimAmountInvalid { typed, reason }
        }),
    };
    if let Some(a) = asked.filter(|&a| a > may) {
        // A claim already paid is history, not a mistake to mend: when the accounts later allow less
        // (an entry found not eligible), the difference is settled in the settlement — a smaller last
        // instalment or a return under VAL 20 § (docs/rules.md §11.5) — so it is a warning, not an error that
        // would hold back the final report.
        let finding = if Money::parse(c.paid.trim()).is_ok() {
            Finding::warning(
                Rule::Claim,
                at(ClaimField::Amount),
                Message::PaidClaimAboveMayNow { asked: a, may },
            )
        } else {
            Finding::error(
                Rule::Claim,
                at(ClaimField::Amount),
                Message::ClaimAboveMay { asked: a, may },
            )
        };
        findings.push(finding.cite(Source::Grant(phase.payment_citation)));
    }
    order(&mut findings);
    let paid = match c.paid.trim() {
        "" => None,
        typed => typed_money(typed, &mut findings, at(ClaimField::Paid), |typed, reason| {
            Message::PaidInvalid { typed, reason }
        }),
    };
    if let (Some(p), Some(a)) = (paid, asked) {
        if p > a {
            findings.push(Finding::warning(
                Rule::Claim,
                at(ClaimField::Paid),
                Message::PaidAboveAsked { paid: p, asked: a },
            ));
        }
    }
    let typed = c.paid_on.trim();
    if !typed.is_empty() && parse_date(typed).is_none() {
        findings.push(Finding::error(
            Rule::Format,
            at(ClaimField::PaidOn),
            Message::PaidOnInvalid { typed: typed.into() },
        ));
    }
    ClaimResult {
        id: c.id,
        last: c.last,
        until,
        eligible,
        cap,
        paid_before,
        may_claim: may,
        asked,
        paid,
        findings,
    }
}

/// What has been paid on the claims that are not the last: the settlement's `P`.
pub fn paid_before_last(claims: &[ClaimResult]) -> Money {
    claims
        .iter()
        .filter(|c| !c.last)
        .filter_map(|c| c.paid)
        .fold(Money::ZERO, |s, p| s.checked_add(p).unwrap_or(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::call;

    fn eur(cents: i64) -> Money {
        Money::from_cents(cents)
    }

    #[test]
    fn may_claim_is_the_capped_share_less_what_was_paid_never_below_zero() {
        let s = Share::call_maximum(call::by_id(call::DEFAULT_CALL).unwrap(), true);
        assert_eq!(
            may_claim(&s, eur(18_150_000), eur(10_000_000), eur(0)),
            Some(eur(8_500_000))
        );
        assert_eq!(
            may_claim(&s, eur(18_150_000), eur(10_000_000), eur(6_000_000)),
            Some(eur(2_500_000))
        );
        assert_eq!(
            may_claim(&s, eur(18_150_000), eur(30_000_000), eur(6_000_000)),
            Some(eur(12_150_000))
        );
        assert_eq!(
            may_claim(&s, eur(18_150_000), eur(1_000_000), eur(6_000_000)),
            Some(Money::ZERO)
        );
    }
}
