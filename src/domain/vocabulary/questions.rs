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
}

/// The parts of the form that consist of written answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionGroup {
    StateAndGoals,
    Impact,
    PriorWork,
    Commitments,
}

impl Question {
    pub const ALL: [Question; 29] = [
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
            CommitOpenOutputs
            | CommitInteroperability
            | CommitGovernanceModel
            | CommitOpenSource
            | CommitServiceCatalogue
            | CommitAccessibility
            | CommitSharedServices
            | CommitInformationManagement
            | CommitProjectAccounting
            | CommitCooperation => QuestionGroup::Commitments,
        }
    }
}

/// A question an earlier version asked that is now part of another, because the two asked the same
/// thing (docs/rules.md §5.1). Answers to it are moved into the other, each under the label its writer
/// saw (in Finnish, the language of the sources).
pub struct Merged {
    /// The retired question's id, as drafts and files of format 1 store it.
    pub id: &'static str,
    /// Its Finnish label, as format 1 asked it.
    pub label_fi: &'static str,
    /// The question it is now part of.
    pub into: Question,
    /// That question's Finnish label, as format 1 asked it.
    pub into_label_fi: &'static str,
}

pub const MERGED: [Merged; 5] = [
    Merged {
        id: "governance-model",
        label_fi: "Uusien palvelujen tai sovellusten hallintamalli",
        into: Question::CommitGovernanceModel,
        into_label_fi: "Miten hanke täyttää ehdon: uusien palvelujen tai sovellusten tuleva hallintamalli kehitetään \
                        hankkeen aikana?",
    },
    Merged {
        id: "cost-centre",
        label_fi: "Hankkeen oma kustannuspaikka tai projektiseurannan tunnus",
        into: Question::CommitProjectAccounting,
        into_label_fi: "Miten hanke täyttää ehdon: hankkeella on erillinen projektikirjanpito?",
    },
    Merged {
        id: "open-licence",
        label_fi: "Millä avoimella lisenssillä hankkeen tuotokset julkaistaan?",
        into: Question::CommitOpenOutputs,
        into_label_fi: "Miten hanke täyttää ehdon: avoimesti hyödynnettäväksi soveltuvat tuotokset ovat vapaasti \
                        käytettävissä, muokattavissa, levitettävissä ja edelleen kehitettävissä ja ymmärrettäviä myös \
                        oman organisaation ulkopuolella?",
    },
    Merged {
        id: "dissemination",
        label_fi: "Suunnitelma työn skaalaamisesta ja levittämisestä",
        into: Question::ImpactScaling,
        into_label_fi: "Työn skaalautuvuus ja levittäminen muihin kuntiin",
    },
    Merged {
        id: "commit-sharing",
        label_fi: "Miten kokemuksia jaetaan hankkeen aikana ja miten tulokset ovat muiden kuntien hyödynnettävissä?",
        into: Question::ImpactScaling,
        into_label_fi: "Työn skaalautuvuus ja levittäminen muihin kuntiin",
    },
];

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
