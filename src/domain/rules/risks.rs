//! The risk register (docs/rules.md §7.2, "riskiarviointi"): each risk with its likelihood and impact on a
//! scale of 1–5, their product as the risk score, how it is mitigated and which applicant owns it.
//! The sources ask for a risk assessment as a description ("Riskiarviointi", 000), which the written
//! answers ask: an empty register is a warning; a malformed risk (a likelihood of 7) is an error.

use crate::domain::draft::{RawDraft, RawRisk};
use crate::domain::rules::finding::{FieldPath, Finding, Message, RiskField, RuleId};
use crate::domain::vocabulary::citation::Citation;
use std::collections::HashSet;

/// A likelihood or impact as stored ("1".."5"), as a number.
pub fn scale(raw: &str) -> Option<u8> {
    match raw.trim() {
        s @ ("1" | "2" | "3" | "4" | "5") => s.parse().ok(),
        _ => None,
    }
}

/// Likelihood × impact (1–25), once both are given.
pub fn score(risk: &RawRisk) -> Option<u8> {
    Some(scale(&risk.likelihood)? * scale(&risk.impact)?)
}

pub fn check_risks(draft: &RawDraft, findings: &mut Vec<Finding>) {
    if draft.risks.is_empty() {
        findings.push(
            Finding::warning(RuleId::RisksAssessed, FieldPath::Risks, Message::RisksRequired)
                .cite(Citation::SlidesImpactQuestions),
        );
    }
    let owners: HashSet<String> = draft.applicants.iter().map(|a| a.id.to_string()).collect();
    for r in &draft.risks {
        let at = |field| FieldPath::Risk { id: r.id, field };
        let mut require = |empty: bool, field, message| {
            if empty {
                findings.push(Finding::error(RuleId::RisksAssessed, at(field), message));
            }
        };
        require(
            r.description.trim().is_empty(),
            RiskField::Description,
            Message::RiskDescriptionRequired,
        );
        require(
            scale(&r.likelihood).is_none(),
            RiskField::Likelihood,
            Message::ScaleRequired,
        );
        require(scale(&r.impact).is_none(), RiskField::Impact, Message::ScaleRequired);
        require(
            r.mitigation.trim().is_empty(),
            RiskField::Mitigation,
            Message::MitigationRequired,
        );
        let owner = r.owner.trim();
        if owner.is_empty() {
            findings.push(Finding::error(
                RuleId::RisksAssessed,
                at(RiskField::Owner),
                Message::OwnerRequired,
            ));
        } else if !owners.contains(owner) {
            findings.push(Finding::error(
                RuleId::RisksAssessed,
                at(RiskField::Owner),
                Message::OwnerUnknown {
                    typed: owner.to_string(),
                },
            ));
        }
    }
}
