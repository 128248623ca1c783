//! Every written question the programme's calls ask, by stable id, and the part of the form each
//! belongs to. Which questions a call asks is in its profile.

use serde::{Deserialize, Serialize};

/// Every question the programme's calls ask, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    // Current state and goals (000: joint-project proposals; 004: evaluation).
    CurrentState,
    Goals,
    ConcreteGoals,
    Measures,
    // Impact (000: "Haetaan vaikuttavuutta, hakemuksessa kuvattava").
    ImpactOperatingMethods,
    ImpactWider,
    ImpactKnowledgeManagement,
    ImpactResidentServices,
    ImpactCosts,
    ImpactPermanence,
    ImpactMechanism,
    ImpactStrategy,
    ImpactRisks,
    ImpactMonitoring,
    ImpactScaling,
    // Prior work (004: survey similar work in other municipalities first).
    PriorWorkSurvey,
    PriorWorkReuse,
    OtherFunding,
    /// Why the work is for a group of municipalities rather than national-level studies or development (004).
    WhyJoint,
    // How each condition of the grant is met (004: "Avustuksen käytön ehdot").
    CommitSharing,
    CommitOpenOutputs,
    CommitInteroperability,
    CommitGovernanceModel,
    CommitOpenSource,
    CommitServiceCatalogue,
    CommitAccessibility,
    CommitSharedServices,
    CommitInformationManagement,
    CommitProjectAccounting,
    CommitCooperation,
    CostCentre,
    // Dissemination and what follows the project.
    Dissemination,
    GovernanceModel,
    OpenLicence,
}

/// The parts of the form that consist of written answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionGroup {
    StateAndGoals,
    Impact,
    PriorWork,
    Commitments,
    Dissemination,
}

impl Question {
    pub const ALL: [Question; 34] = [
        Question::CurrentState,
        Question::Goals,
        Question::ConcreteGoals,
        Question::Measures,
        Question::ImpactOperatingMethods,
        Question::ImpactWider,
        Question::ImpactKnowledgeManagement,
        Question::ImpactResidentServices,
        Question::ImpactCosts,
        Question::ImpactPermanence,
        Question::ImpactMechanism,
        Question::ImpactStrategy,
        Question::ImpactRisks,
        Question::ImpactMonitoring,
        Question::ImpactScaling,
        Question::PriorWorkSurvey,
        Question::PriorWorkReuse,
        Question::OtherFunding,
        Question::WhyJoint,
        Question::CommitSharing,
        Question::CommitOpenOutputs,
        Question::CommitInteroperability,
        Question::CommitGovernanceModel,
        Question::CommitOpenSource,
        Question::CommitServiceCatalogue,
        Question::CommitAccessibility,
        Question::CommitSharedServices,
        Question::CommitInformationManagement,
        Question::CommitProjectAccounting,
        Question::CommitCooperation,
        Question::CostCentre,
        Question::Dissemination,
        Question::GovernanceModel,
        Question::OpenLicence,
    ];

    /// The identifier stored in drafts, exports and call profiles (the serde name).
    pub fn id(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    pub fn group(self) -> QuestionGroup {
        use Question::*;
        match self {
            CurrentState | Goals | ConcreteGoals | Measures => QuestionGroup::StateAndGoals,
            ImpactOperatingMethods
            | ImpactWider
            | ImpactKnowledgeManagement
            | ImpactResidentServices
            | ImpactCosts
            | ImpactPermanence
            | ImpactMechanism
            | ImpactStrategy
            | ImpactRisks
            | ImpactMonitoring
            | ImpactScaling => QuestionGroup::Impact,
            PriorWorkSurvey | PriorWorkReuse | OtherFunding | WhyJoint => QuestionGroup::PriorWork,
            CommitSharing
            | CommitOpenOutputs
            | CommitInteroperability
            | CommitGovernanceModel
            | CommitOpenSource
            | CommitServiceCatalogue
            | CommitAccessibility
            | CommitSharedServices
            | CommitInformationManagement
            | CommitProjectAccounting
            | CommitCooperation
            | CostCentre => QuestionGroup::Commitments,
            Dissemination | GovernanceModel | OpenLicence => QuestionGroup::Dissemination,
        }
    }

    /// A short answer (one line) rather than a text.
    pub fn is_short(self) -> bool {
        matches!(self, Question::CostCentre)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        let mut ids: Vec<String> = Question::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(ids[0], "current-state");
        for q in Question::ALL {
            assert_eq!(
                serde_json::from_value::<Question>(serde_json::Value::String(q.id())).unwrap(),
                q
            );
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), Question::ALL.len());
    }
}
