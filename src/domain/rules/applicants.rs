//! The applicants: the lead (hankehallinnoija, first in the list) and the partners. Each is a
//! municipality from the official register or a joint municipal authority by name, with a business ID
//! and a contact person; partners also state their role and commitment. The call sets the minimum.

use crate::domain::draft::{ApplicantKind, LineId, RawApplicant, RawDraft};
use crate::domain::rules::finding::{ApplicantField, FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::business_id::BusinessId;
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::contact::{email_ok, phone_ok};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::register::{self, Municipality};
use std::collections::HashSet;

/// What the rest of the application needs to know about the applicants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicantsSummary {
    /// Population at the end of 2019 of the municipalities taking part (authorities not counted).
    pub population: u64,
    pub municipalities: usize,
}

/// The municipality a typed text names: its code, or its Finnish or Swedish name (any case).
pub fn resolve_municipality(typed: &str) -> Option<&'static Municipality> {
    let t = typed.trim();
    if t.is_empty() {
        return None;
    }
    register::by_code(t).or_else(|| register::by_name(t))
}

/// The applicant's name as the user sees it: the municipality's name in the language, or the
/// authority's name as typed; `None` when not given yet.
pub fn display_name(applicant: &RawApplicant, lang: Lang) -> Option<String> {
    match applicant.kind {
        ApplicantKind::Municipality => resolve_municipality(&applicant.municipality).map(|m| m.name(lang).to_string()),
        ApplicantKind::Authority => Some(applicant.name.trim().to_string()).filter(|n| !n.is_empty()),
    }
}

pub fn check_applicants(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) -> ApplicantsSummary {
    let count = draft.applicants.len();
    if count < call.min_applicants as usize {
        let mut f = Finding::error(
            RuleId::MinApplicants,
            FieldPath::Applicants,
            Message::TooFewApplicants {
                min: call.min_applicants,
                count,
            },
        );
        f.citation = call.min_applicants_citation;
        findings.push(f);
    }
    let mut summary = ApplicantsSummary::default();
    let mut seen = HashSet::new();
    for (index, a) in draft.applicants.iter().enumerate() {
        let at = |field| FieldPath::Applicant { id: a.id, field };
        match a.kind {
            ApplicantKind::Municipality => match check_municipality(a, at(ApplicantField::Municipality), findings) {
                Some(m) if !seen.insert(m.code.as_str()) => findings.push(Finding::error(
                    RuleId::ApplicantUnique,
                    at(ApplicantField::Municipality),
                    Message::DuplicateApplicant,
                )),
                Some(m) => {
                    summary.population += u64::from(m.population);
                    summary.municipalities += 1;
                }
                None => {}
            },
            ApplicantKind::Authority => {
                if a.name.trim().is_empty() {
                    findings.push(Finding::error(
                        RuleId::ApplicantIdentified,
                        at(ApplicantField::Name),
                        Message::AuthorityNameRequired,
                    ));
                }
            }
        }
        check_business_id(a, at(ApplicantField::BusinessId), findings);
        check_contact(a, a.id, findings);
        if index > 0 {
            if a.role.trim().is_empty() {
                findings.push(Finding::error(
                    RuleId::PartnerCommitted,
                    at(ApplicantField::Role),
                    Message::RoleRequired,
                ));
            }
            if a.commitment.trim().is_empty() {
                findings.push(Finding::error(
                    RuleId::PartnerCommitted,
                    at(ApplicantField::Commitment),
                    Message::CommitmentRequired,
                ));
            }
        }
    }
    summary
}

fn check_municipality(a: &RawApplicant, path: FieldPath, findings: &mut Vec<Finding>) -> Option<&'static Municipality> {
    let typed = a.municipality.trim();
    if typed.is_empty() {
        findings.push(Finding::error(
            RuleId::ApplicantIdentified,
            path,
            Message::MunicipalityRequired,
        ));
        return None;
    }
    let found = resolve_municipality(typed);
    if found.is_none() {
        findings.push(Finding::error(
            RuleId::ApplicantIdentified,
            path,
            Message::MunicipalityUnknown {
                typed: typed.to_string(),
            },
        ));
    }
    found
}

fn check_business_id(a: &RawApplicant, path: FieldPath, findings: &mut Vec<Finding>) {
    let typed = a.business_id.trim();
    if typed.is_empty() {
        findings.push(Finding::error(
            RuleId::BusinessIdValid,
            path,
            Message::BusinessIdRequired,
        ));
    } else if let Err(reason) = BusinessId::parse(typed) {
        findings.push(Finding::error(
            RuleId::BusinessIdValid,
            path,
            Message::BusinessIdInvalid {
                typed: typed.to_string(),
                reason,
            },
        ));
    }
}

fn check_contact(a: &RawApplicant, id: LineId, findings: &mut Vec<Finding>) {
    let at = |field| FieldPath::Applicant { id, field };
    if a.contact_name.trim().is_empty() {
        findings.push(Finding::error(
            RuleId::ContactValid,
            at(ApplicantField::ContactName),
            Message::ContactNameRequired,
        ));
    }
    let email = a.contact_email.trim();
    if email.is_empty() {
        findings.push(Finding::error(
            RuleId::ContactValid,
            at(ApplicantField::ContactEmail),
            Message::EmailRequired,
        ));
    } else if !email_ok(email) {
        findings.push(Finding::error(
            RuleId::ContactValid,
            at(ApplicantField::ContactEmail),
            Message::EmailInvalid {
                typed: email.to_string(),
            },
        ));
    }
    let phone = a.contact_phone.trim();
    if phone.is_empty() {
        findings.push(Finding::error(
            RuleId::ContactValid,
            at(ApplicantField::ContactPhone),
            Message::PhoneRequired,
        ));
    } else if !phone_ok(phone) {
        findings.push(Finding::error(
            RuleId::ContactValid,
            at(ApplicantField::ContactPhone),
            Message::PhoneInvalid {
                typed: phone.to_string(),
            },
        ));
    }
}
