//! Everything the rules say of a granted project in one step ([`review`]), as `rules::analysis`
//! is for an application: the accounts, the periods, each interim report's figures, each claim,
//! the final report and the settlement, with every finding. The pages, `hakemus-check` and the
//! tests see the same `GrantReview`. "Today" is an argument (the final report's date).

use crate::domain::grant::claim::{check_claims, granted_amount, paid_before_last, ClaimResult};
use crate::domain::grant::finding::{Finding, Message, Place, Rule};
use crate::domain::grant::ledger::{call_of, Accounts};
use crate::domain::grant::model::RawGrant;
use crate::domain::grant::periods::check_periods;
use crate::domain::grant::report::{check_final_report, interim_report, InterimFigures};
use crate::domain::grant::settlement::{settle, Settlement, Share};
use crate::domain::vocabulary::call::{self, CallProfile};
use crate::domain::vocabulary::grant_phase::{self, GrantPhase};
use crate::domain::vocabulary::money::Money;
use std::sync::Arc;
use time::Date;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantReview {
    pub call: &'static CallProfile,
    pub phase: &'static GrantPhase,
    /// The decision's grant, `G` (zero where not an amount: a finding).
    pub granted: Money,
    pub share: Share,
    /// The accounts (a `Ledger` by `Deref`), shared with the page that keeps them ([`review_with`]).
    pub ledger: Arc<Accounts>,
    pub periods: Vec<Finding>,
    /// In the reports' order.
    pub reports: Vec<InterimFigures>,
    pub claims: Vec<ClaimResult>,
    pub final_report: Vec<Finding>,
    /// With `P` what was paid on the claims before the last (`None` only where amounts overflow).
    pub settlement: Option<Settlement>,
    /// The project's own (the call, the decision's amount, the share).
    pub findings: Vec<Finding>,
}

impl GrantReview {
    /// Every finding: the project's, the accounts', the periods', the reports', the claims', the
    /// final report's.
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .chain(self.ledger.all_findings())
            .chain(&self.periods)
            .chain(self.reports.iter().flat_map(|r| &r.findings))
            .chain(self.claims.iter().flat_map(|c| &c.findings))
            .chain(&self.final_report)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.all_findings().filter(|f| f.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.all_findings().filter(|f| !f.is_error())
    }
}

/// Checks a granted project on `today`. Never fails.
pub fn review(grant: &RawGrant, today: Date) -> GrantReview {
    review_with(grant, Arc::new(Accounts::of(grant, call_of(grant))), today)
}

/// [`review`] over accounts already made of this project's entries as they are now
/// (`Accounts::of`): a page keeps them while the entries do not change, so that a keystroke in a
/// report, a claim or the final report does not check and sum every entry again.
pub fn review_with(grant: &RawGrant, accounts: Arc<Accounts>, today: Date) -> GrantReview {
    let mut findings = Vec::new();
    let call = call_of(grant);
    let phase = match grant_phase::for_call(&call.id) {
        Some(p) => p,
        None => {
            findings.push(Finding::error(
                Rule::GrantKnown,
                Place::Granted,
                Message::UnknownCall { id: call.id.clone() },
            ));
            grant_phase::for_call(call::DEFAULT_CALL).expect("the default call's grant phase is compiled in")
        }
    };
    let granted = granted_amount(grant).unwrap_or_else(|| {
        findings.push(Finding::error(
            Rule::GrantKnown,
            Place::Granted,
            Message::GrantInvalid {
                typed: grant.granted.amount.clone(),
            },
        ));
        Money::ZERO
    });
    let (share, share_finding) = Share::of(grant, granted, call, phase);
    findings.extend(share_finding);
    let ledger = accounts;
    let reports = grant
        .reports
        .iter()
        .map(|r| interim_report(grant, &ledger, r, phase))
        .collect();
    let claims = check_claims(grant, &ledger, &share, granted, phase);
    let settlement = settle(&share, granted, ledger.totals.eligible(), paid_before_last(&claims));
    GrantReview {
        call,
        phase,
        granted,
        share,
        periods: check_periods(&grant.periods, phase),
        reports,
        claims,
        final_report: check_final_report(grant, phase, today),
        settlement,
        ledger,
        findings,
    }
}
