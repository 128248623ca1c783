//! The applicants: the lead (hankehallinnoija, first in the list) and the partners. Each is a
//! municipality from the official register or a joint municipal authority by name, with a business ID
//! and a contact person; partners also state their role and commitment. The call sets the minimum.

use crate::domain::draft::{ApplicantKind, LineId, RawApplicant, RawDraft};
use crate::domain::rules::finding::{ApplicantField, FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::business_id::BusinessId;
use crate::domain::vocabulary::call::{Assumed, CallProfile};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::contact::{email_ok, phone_ok};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::register::{self, Municipality};
use std::collections::HashMap;

/// What the rest of the application needs to know about the applicants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicantsSummary {
    /// Population at the end of 2019 of the municipalities taking part (authorities not counted).
    pub population: u64,
    pub municipalities: usize,
    /// The codes of the Åland municipalities among them, in the applicants' order.
    pub aland: Vec<String>,
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

/// The applicants' rules (docs/rules.md §2): each identified, each organisation once, several
/// municipalities where the call needs them, and the partners' part.
pub fn check_applicants(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) -> ApplicantsSummary {
    let mut summary = ApplicantsSummary::default();
    // Who was entered first under each identity: (municipality code | business ID | authority name).
    let mut first: HashMap<Identity, usize> = HashMap::new();
    let mut duplicate =
        |identity: Identity, number: usize, path: FieldPath, findings: &mut Vec<Finding>| match first.get(&identity) {
            Some(&first) => {
                findings.push(Finding::error(
                    RuleId::ApplicantUnique,
                    path,
                    Message::DuplicateApplicant { first },
                ));
                true
            }
            None => {
                first.insert(identity, number);
                false
            }
        };
    for (index, a) in draft.applicants.iter().enumerate() {
        let number = index + 1;
        let at = |field| FieldPath::Applicant { id: a.id, field };
        match a.kind {
            ApplicantKind::Municipality => {
                if let Some(m) = check_municipality(a, at(ApplicantField::Municipality), findings) {
                    let path = at(ApplicantField::Municipality);
                    if !duplicate(Identity::Municipality(m.code.as_str()), number, path, findings) {
                        summary.population += u64::from(m.population);
                        summary.municipalities += 1;
                        if m.is_aland() {
                            summary.aland.push(m.code.clone());
                        }
                    }
                }
            }
            ApplicantKind::Authority => {
                let name = authority_key(&a.name);
                if name.is_empty() {
                    findings.push(Finding::error(
                        RuleId::ApplicantIdentified,
                        at(ApplicantField::Name),
                        Message::AuthorityNameRequired,
                    ));
                } else {
                    duplicate(Identity::Authority(name), number, at(ApplicantField::Name), findings);
                }
            }
        }
        if let Some(id) = check_business_id(a, at(ApplicantField::BusinessId), findings) {
            duplicate(
                Identity::BusinessId(id),
                number,
                at(ApplicantField::BusinessId),
                findings,
            );
        }
        check_contact(a, a.id, findings);
        check_part_values(a, findings);
        if index > 0 || draft.partner_of.is_some() {
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
    // The lead answers for the use of the grant in the whole project (004), and says so.
    if !draft.applicants.is_empty() && !draft.lead_responsible {
        findings.push(
            Finding::error(
                RuleId::LeadResponsible,
                FieldPath::LeadResponsible,
                Message::LeadResponsibilityUnconfirmed,
            )
            .cite(Citation::DecisionLeadResponsible)
            .assumed_in(call, Assumed::LeadResponsible),
        );
    }
    // Distinct municipalities: an authority may lead or take part, but is not a municipality.
    if summary.municipalities < call.min_municipalities as usize {
        let mut f = Finding::error(
            RuleId::MinMunicipalities,
            FieldPath::Applicants,
            Message::TooFewMunicipalities {
                min: call.min_municipalities,
                count: summary.municipalities,
            },
        );
        f.citation = call.min_municipalities_citation;
        findings.push(f.assumed_in(call, Assumed::MinMunicipalities));
    }
    summary
}

/// What makes two applicants the same organisation.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Identity {
    Municipality(&'static str),
    BusinessId(BusinessId),
    Authority(String),
}

/// An authority's name as compared: letters in lower case, runs of spaces as one.
fn authority_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
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

/// The business ID, when it is one.
fn check_business_id(a: &RawApplicant, path: FieldPath, findings: &mut Vec<Finding>) -> Option<BusinessId> {
    let typed = a.business_id.trim();
    if typed.is_empty() {
        findings.push(Finding::error(
            RuleId::BusinessIdValid,
            path,
            Message::BusinessIdRequired,
        ));
        return None;
    }
    BusinessId::parse(typed)
        .map_err(|reason| {
            findings.push(Finding::error(
                RuleId::BusinessIdValid,
                path,
                Message::BusinessIdInvalid {
                    typed: typed.to_string(),
                    reason,
                },
            ))
        })
        .ok()
}

/// What a partner's part adds, where given: the own financing is an amount, the decision's date a
/// real date. Neither is required (the call does not ask for them; docs/rules.md §2.7).
fn check_part_values(a: &RawApplicant, findings: &mut Vec<Finding>) {
    let at = |field| FieldPath::Applicant { id: a.id, field };
    let typed = a.own_financing.trim();
    if !typed.is_empty() {
        if let Err(reason) = crate::domain::vocabulary::money::Money::parse(typed) {
            findings.push(Finding::error(
                RuleId::AmountFormat,
                at(ApplicantField::OwnFinancing),
                Message::FinancingInvalid {
                    typed: typed.to_string(),
                    reason,
                },
            ));
        }
    }
    let typed = a.decision_date.trim();
    if !typed.is_empty() && crate::domain::vocabulary::dates::parse_date(typed).is_none() {
        findings.push(Finding::error(
            RuleId::DecisionDate,
            at(ApplicantField::DecisionDate),
            Message::DateInvalid {
                typed: typed.to_string(),
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
