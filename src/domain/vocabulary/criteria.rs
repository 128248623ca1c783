//! The evaluation criteria reviewers score, as the sources word them, and the scale of a score.

use crate::domain::vocabulary::questions::Question;
use serde::{Deserialize, Serialize};

/// The highest score. The scale 0–3 per criterion is this app's: the sources publish the criteria
/// but no scale or scoring (docs/rules.md §8).
pub const MAX_SCORE: u8 = 3;

/// An evaluation criterion (docs/rules.md §8), as the sources word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    SocialEconomicImpact,
    GeneralSignificance,
    KnowledgeManagement,
    ResidentServices,
    ConcreteGoals,
    Measures,
    WiderEffects,
    ChangeMonitoring,
    UsabilityAndSharing,
    StrategyLink,
    CostEffects,
    SharedServices,
    SharedSolutions,
    Feasibility,
    NoOtherGrant,
    // The joint call's grounds that call I does not have (004).
    Renewal,
    BestPractices,
    DataDefinitions,
    Accessibility,
    Replicable,
    NationalLevel,
}

impl Criterion {
    pub const ALL: [Criterion; 21] = [
        Criterion::SocialEconomicImpact,
        Criterion::GeneralSignificance,
        Criterion::KnowledgeManagement,
        Criterion::ResidentServices,
        Criterion::ConcreteGoals,
        Criterion::Measures,
        Criterion::WiderEffects,
        Criterion::ChangeMonitoring,
        Criterion::UsabilityAndSharing,
        Criterion::StrategyLink,
        Criterion::CostEffects,
        Criterion::SharedServices,
        Criterion::SharedSolutions,
        Criterion::Feasibility,
        Criterion::NoOtherGrant,
        Criterion::Renewal,
        Criterion::BestPractices,
        Criterion::DataDefinitions,
        Criterion::Accessibility,
        Criterion::Replicable,
        Criterion::NationalLevel,
    ];

    /// The identifier in call profiles and review files (the serde name).
    pub fn id(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    pub fn from_id(id: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The answers a reviewer reads to score the criterion (those the call asks are shown).
    pub fn related_questions(self) -> &'static [Question] {
        use Criterion::*;
        use Question as Q;
        match self {
            SocialEconomicImpact => &[Q::ImpactOperatingMethods, Q::ImpactWider, Q::ImpactCosts],
            GeneralSignificance => &[Q::ImpactWider, Q::ImpactScaling],
            KnowledgeManagement => &[Q::ImpactKnowledgeManagement],
            ResidentServices => &[Q::ImpactResidentServices],
            ConcreteGoals => &[Q::CurrentState, Q::Goals, Q::ConcreteGoals],
            Measures => &[Q::Measures, Q::ImpactMechanism],
            WiderEffects => &[Q::ImpactWider],
            ChangeMonitoring => &[Q::ImpactMonitoring],
            UsabilityAndSharing => &[Q::ImpactScaling, Q::CommitOpenOutputs],
            StrategyLink => &[Q::ImpactStrategy],
            CostEffects => &[Q::ImpactCosts, Q::ImpactPermanence],
            SharedServices => &[Q::CommitSharedServices],
            SharedSolutions => &[Q::CommitInteroperability, Q::PriorWorkSurvey, Q::PriorWorkReuse],
            Feasibility => &[Q::ImpactRisks, Q::ImpactMechanism],
            NoOtherGrant => &[Q::OtherFunding],
            Renewal => &[Q::CurrentState, Q::Goals, Q::ImpactOperatingMethods],
            BestPractices => &[Q::ImpactScaling],
            DataDefinitions => &[Q::CommitInteroperability],
            Accessibility => &[Q::CommitAccessibility],
            Replicable => &[Q::ImpactScaling, Q::CommitOpenOutputs, Q::PriorWorkReuse],
            NationalLevel => &[Q::WhyJoint, Q::PriorWorkSurvey],
        }
    }
}

/// A score of 0 to [`MAX_SCORE`]; any other number is refused when a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Score(u8);

impl Score {
    pub fn new(n: u8) -> Option<Score> {
        (n <= MAX_SCORE).then_some(Score(n))
    }
    pub fn value(self) -> u8 {
        self.0
    }
    /// All scores, lowest first.
    pub fn all() -> impl Iterator<Item = Score> {
        (0..=MAX_SCORE).map(Score)
    }
}

impl TryFrom<u8> for Score {
    type Error = String;
    fn try_from(n: u8) -> Result<Score, String> {
        Score::new(n).ok_or_else(|| format!("a score is 0 to {MAX_SCORE}, not {n}"))
    }
}

impl From<Score> for u8 {
    fn from(s: Score) -> u8 {
        s.0
    }
}

/// A criterion of a call and the passage that publishes it for that call (the two calls word some
/// criteria alike, each in its own document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionRule {
    pub criterion: Criterion,
    pub citation: crate::domain::vocabulary::citation::Citation,
}
