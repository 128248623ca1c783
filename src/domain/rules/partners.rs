//! Drafting together, as the lead sees it: where each partner's part stands (not requested,
//! requested, returned, merged, changed since merged), and a warning while a part asked for has not
//! come back, or has been changed since it was merged (docs/rules.md §2.7). The flow itself is
//! `exchange::partner`.

use crate::domain::draft::{LineId, PartnerRequest, RawDraft};
use crate::domain::rules::finding::{ApplicantField, FieldPath, Finding, Message, RuleId};

/// Where a partner's part stands; each with the time it got there (RFC 3339).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartnerStatus {
    NotRequested,
    Requested { at: String },
    Returned { at: String },
    Merged { at: String },
    ChangedSinceMerged { at: String },
}

/// The latest request to the applicant `id`, if any.
pub fn latest_request(draft: &RawDraft, id: LineId) -> Option<&PartnerRequest> {
    draft.partner_requests.iter().rev().find(|r| r.applicant == id)
}

/// Where the part of the applicant `id` stands, by its latest request and the latest contribution
/// received for it.
pub fn partner_status(draft: &RawDraft, id: LineId) -> PartnerStatus {
    let Some(request) = latest_request(draft, id) else {
        return PartnerStatus::NotRequested;
    };
    let Some(last) = request.returns.last() else {
        return PartnerStatus::Requested {
            at: request.requested_at.clone(),
        };
    };
    if last.merged_at.is_empty() {
        return PartnerStatus::Returned {
            at: last.received_at.clone(),
        };
    }
    let at = last.merged_at.clone();
    if last.after.as_ref() == draft.partner_part(id).as_ref() {
        PartnerStatus::Merged { at }
    } else {
        PartnerStatus::ChangedSinceMerged { at }
    }
}

/// Warns about each partner asked for its part whose part has not come back, waits to be merged, or
/// has been changed since it was merged.
pub fn check_partners(draft: &RawDraft, findings: &mut Vec<Finding>) {
    for a in draft.applicants.iter().skip(1) {
        let message = match partner_status(draft, a.id) {
            PartnerStatus::NotRequested | PartnerStatus::Merged { .. } => continue,
            PartnerStatus::Requested { at } => Message::PartnerNotReturned { requested_at: at },
            PartnerStatus::Returned { at } => Message::PartnerNotMerged { received_at: at },
            PartnerStatus::ChangedSinceMerged { at } => Message::PartnerChangedSinceMerged { merged_at: at },
        };
        findings.push(Finding::warning(
            RuleId::PartnerReturned,
            FieldPath::Applicant {
                id: a.id,
                field: ApplicantField::Exchange,
            },
            message,
        ));
    }
}

/// Whether a finding is about a partner's own part (its applicant entry or a budget line): what a
/// partner's page and a check of a partner's file show.
pub fn in_part(f: &Finding) -> bool {
    matches!(f.path, FieldPath::BudgetLine { .. } | FieldPath::Applicant { .. })
        && !matches!(
            f.path,
            FieldPath::Applicant {
                field: ApplicantField::Exchange,
                ..
            }
        )
}
