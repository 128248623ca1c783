//! What the grant is for and what it is not for (docs/rules.md §3–§4): the targets the project pursues
//! (at least one), the exclusion self-check (declaring an excluded area blocks the application) and
//! the confirmation that the work is a municipal task (kuntalaki 410/2015 § 7).

use crate::domain::draft::{RawDraft, YesNo};
use crate::domain::rules::applicants::ApplicantsSummary;
use crate::domain::rules::finding::{FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::call::{Assumed, CallProfile};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::targets::Target;

pub fn check_targets(
    draft: &RawDraft,
    call: &CallProfile,
    applicants: &ApplicantsSummary,
    findings: &mut Vec<Finding>,
) {
    let known = draft.targets.iter().filter_map(|t| Target::from_id(t));
    let (chosen, other): (Vec<Target>, Vec<Target>) = known.partition(|t| call.targets.contains(t));
    if chosen.is_empty() {
        findings.push(
            Finding::error(RuleId::TargetChosen, FieldPath::Targets, Message::TargetRequired)
                .cite(call.targets_citation),
        );
    }
    // A target of another call, chosen under it (or offered to call I before it had its own): kept
    // in the draft as chosen, and said, as it does not count here.
    for target in other {
        findings.push(
            Finding::warning(
                RuleId::TargetChosen,
                FieldPath::Targets,
                Message::TargetNotOffered { target },
            )
            .cite(call.targets_citation),
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
            .cite(Citation::DecisionMunicipalTask)
            .assumed_in(call, Assumed::MunicipalTask),
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
