//! What the grant is for and what it is not for (docs/rules.md §3–§4): the targets the project pursues
//! (at least one), the exclusion self-check (declaring an excluded area blocks the application) and
//! the confirmation that the work is a municipal task (kuntalaki 410/2015 § 7).

use crate::domain::draft::{RawDraft, YesNo};
use crate::domain::rules::applicants::ApplicantsSummary;
use crate::domain::rules::finding::{FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::targets::Target;

pub fn check_targets(
    draft: &RawDraft,
    call: &CallProfile,
    applicants: &ApplicantsSummary,
    findings: &mut Vec<Finding>,
) {
    let chosen = draft
        .targets
        .iter()
        .filter_map(|t| Target::from_id(t))
        .filter(|t| call.targets.contains(t));
    if chosen.count() == 0 {
        findings.push(
            Finding::error(RuleId::TargetChosen, FieldPath::Targets, Message::TargetRequired)
                .cite(Citation::DecisionTargets),
        );
    }
    for rule in &call.exclusions {
        let path = FieldPath::Exclusion(rule.exclusion);
        match draft.exclusions.get(rule.exclusion.id()).copied().unwrap_or_default() {
            YesNo::Unanswered => findings.push(Finding::error(RuleId::NotExcluded, path, Message::ExclusionUnanswered)),
            YesNo::Yes => findings.push(
                Finding::error(
                    RuleId::NotExcluded,
                    path,
                    Message::ExcludedArea {
                        exclusion: rule.exclusion,
                    },
                )
                .cite(rule.citation),
            ),
            YesNo::No => {}
        }
    }
    if !draft.municipal_task {
        findings.push(
            Finding::error(
                RuleId::MunicipalTask,
                FieldPath::MunicipalTask,
                Message::MunicipalTaskUnconfirmed,
            )
            .cite(Citation::DecisionMunicipalTask),
        );
    }
    // Åland's municipalities have their own municipal law; the confirmation asks about Finland's.
    if !applicants.aland.is_empty() {
        findings.push(Finding::warning(
            RuleId::MunicipalTask,
            FieldPath::MunicipalTask,
            Message::AlandMunicipalLaw {
                codes: applicants.aland.clone(),
            },
        ));
    }
}
