//! The grant's files. For now the first step: the lead opens the ministry's decision
//! (`hakemus-decision`) with the application it granted (`hakemus-application`), and the application
//! becomes a granted project ([`granted_project`]): the amount "at most", the group's and its own
//! conditions, the call and its decision date, the application as the plan, and the reporting
//! periods every four months from the project's start (`grant::periods`). A decision that does not
//! grant this application is refused with the reason ([`Refusal`]).

use crate::domain::formats::application::Imported;
use crate::domain::formats::decision::{self, DecisionFile, Status};
use crate::domain::formats::reader::ImportError;
use crate::domain::grant::model::{Granted, RawGrant};
use crate::domain::grant::periods::fill_default_periods;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::grant_phase;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use time::Date;

/// Why a decision does not make the application a granted project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The decision has no entry for this application: it decides other applications (or another
    /// version of this one: the fingerprint differs).
    NotInDecision,
    /// Not decided yet (open).
    Open,
    /// Decided later, after further clarification (jatkoselvitys).
    Deferred,
    /// No grant.
    Refused,
    /// The applicant withdrew the application.
    Withdrawn,
    /// A grant without an amount.
    AmountMissing,
    /// A grant whose amount is not one (the text as the file carries it).
    AmountUnreadable { text: String },
}

/// A date as a file writes it (ISO 8601).
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Reads a decision file with the strict reader (`formats::decision::import`) and gives it back as
/// its file: the amounts as the file writes them, text that is not an amount in `unreadable`.
pub fn read_decision(bytes: &[u8]) -> Result<DecisionFile, ImportError> {
    let read = decision::import(bytes, Lang::Fi)?;
    Ok(decision::export(&read.proposal, &read.exported_at))
}

/// The application `application` as the project `decision` granted, named `id`; or why not.
pub fn granted_project(application: &Imported, decision: &DecisionFile, id: String) -> Result<RawGrant, Refusal> {
    let proposal = &decision.proposal;
    let index = proposal.entry(&application.fingerprint).ok_or(Refusal::NotInDecision)?;
    let entry = &proposal.entries[index];
    match entry.status {
        Status::Grant => {}
        Status::Open => return Err(Refusal::Open),
        Status::Defer => return Err(Refusal::Deferred),
        Status::Refuse => return Err(Refusal::Refused),
        Status::Withdrawn => return Err(Refusal::Withdrawn),
    }
    let amount = if entry.amount.trim().is_empty() {
        let typed = decision.unreadable.get(&format!("proposal.entries[{index}].amount"));
        return Err(typed.map_or(Refusal::AmountMissing, |text| Refusal::AmountUnreadable {
            text: text.clone(),
        }));
    } else {
        Money::parse_exchange(&entry.amount)
            .or_else(|| Money::parse(&entry.amount).ok())
            .filter(|m| !m.is_negative() && !m.is_zero())
            .ok_or_else(|| Refusal::AmountUnreadable {
                text: entry.amount.clone(),
            })?
    };
    let group = proposal.groups.iter().find(|g| g.id == entry.group);
    let call_id = if entry.application.call.is_empty() {
        proposal.call.clone()
    } else {
        entry.application.call.clone()
    };
    let profile = call::by_id(&call_id);
    // The plan is the application, not the lead's working copy: the partners' requests and what
    // they returned (the import puts the file's `working_copy` into the draft) stay in the
    // drafter's browser, or every report file would carry them to the ministry.
    let mut plan = application.draft.clone();
    plan.partner_requests.clear();
    plan.partner_of = None;
    let mut grant = RawGrant {
        id,
        fingerprint: application.fingerprint.clone(),
        granted: Granted {
            amount: amount.format_plain(),
            group: group.map(|g| g.name.clone()).unwrap_or_default(),
            group_conditions: group.map(|g| g.conditions.clone()).unwrap_or_default(),
            condition: entry.condition.clone(),
            call: call_id,
            decided_on: profile.and_then(|p| p.decision_date).map(iso).unwrap_or_default(),
        },
        application: plan,
        ..RawGrant::default()
    };
    // Every four months from the project's start, as the call's grant phase says; the ministry
    // announces when each report is due, so the due dates are left empty.
    let months = grant_phase::for_call(&grant.granted.call).map_or(4, |p| p.report_every_months);
    fill_default_periods(&mut grant, months);
    Ok(grant)
}
