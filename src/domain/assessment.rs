//! The reviewer's assessment (issue 5): the call's evaluation criteria as a rubric, a score of 0–3
//! and a note per criterion, and the total. Reviews live apart from the applications, which are
//! never modified: a review names its application by [`exchange::fingerprint`], so it always refers
//! to exactly the version that was read.
//!
//! Reviews travel as their own file, `{format: "hakemus-review", schema_version, exported_at,
//! reviews}`, read as strictly as an application (the same size cap, syntax, duplicate-key and shape
//! checks, each refusal naming its place). The browser keeps its reviews in the same form.

use crate::domain::call::{self, CallProfile};
use crate::domain::citation::Citation;
use crate::domain::exchange::{self, from_json, ImportError, Problem};
use crate::domain::questions::Question;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` of a review file.
pub const FORMAT: &str = "hakemus-review";
/// The version this build writes.
pub const SCHEMA_VERSION: u64 = 1;
/// The highest score (the state's grant system scores each criterion 0–3).
pub const MAX_SCORE: u8 = 3;

/// An evaluation criterion (RULES §5, "Evaluation criteria reviewers use"), as the sources word it.
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
}

impl Criterion {
    pub const ALL: [Criterion; 15] = [
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

    /// Where the criterion is published.
    pub fn citation(self) -> Citation {
        use Criterion::*;
        match self {
            SocialEconomicImpact | GeneralSignificance => Citation::DecisionEvaluationImpact,
            KnowledgeManagement | ResidentServices | ConcreteGoals | Measures | WiderEffects | ChangeMonitoring
            | UsabilityAndSharing | StrategyLink => Citation::SlidesEvaluationCriteria,
            CostEffects => Citation::DecisionEvaluationRenewal,
            SharedServices => Citation::DecisionEvaluationSharedServices,
            SharedSolutions => Citation::DecisionEvaluationSharedSolutions,
            Feasibility => Citation::DecisionEvaluationFeasibility,
            NoOtherGrant => Citation::DecisionEvaluationNoOtherGrant,
        }
    }

    /// The answers a reviewer reads to score the criterion (those the call asks are shown).
    pub fn related_questions(self) -> &'static [Question] {
        use Criterion::*;
        use Question as Q;
        match self {
            SocialEconomicImpact => &[Q::ImpactOperatingMethods, Q::ImpactWider, Q::ImpactCosts],
            GeneralSignificance => &[Q::ImpactWider, Q::ImpactScaling, Q::Dissemination],
            KnowledgeManagement => &[Q::ImpactKnowledgeManagement],
            ResidentServices => &[Q::ImpactResidentServices],
            ConcreteGoals => &[Q::CurrentState, Q::Goals, Q::ConcreteGoals],
            Measures => &[Q::Measures, Q::ImpactMechanism],
            WiderEffects => &[Q::ImpactWider],
            ChangeMonitoring => &[Q::ImpactMonitoring],
            UsabilityAndSharing => &[Q::ImpactScaling, Q::CommitSharing, Q::CommitOpenOutputs],
            StrategyLink => &[Q::ImpactStrategy],
            CostEffects => &[Q::ImpactCosts, Q::ImpactPermanence],
            SharedServices => &[Q::CommitSharedServices],
            SharedSolutions => &[Q::CommitInteroperability, Q::PriorWorkSurvey, Q::PriorWorkReuse],
            Feasibility => &[Q::ImpactRisks, Q::ImpactMechanism],
            NoOtherGrant => &[Q::OtherFunding],
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

/// One criterion of one review: the score (none yet) and the reviewer's note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Mark {
    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.note.is_empty()
    }
}

/// Which application a review is of: the fingerprint identifies it; the rest is for people reading
/// the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationRef {
    pub fingerprint: String,
    pub call: String,
    #[serde(default)]
    pub lead: String,
    #[serde(default)]
    pub project: String,
    /// The name of the file the reviewer opened.
    #[serde(default)]
    pub source: String,
}

/// A reviewer's assessment of one application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub application: ApplicationRef,
    /// By criterion id (kept as text so a refusal can name the place; import checks each id).
    #[serde(default)]
    pub marks: BTreeMap<String, Mark>,
    /// The reviewer's overall note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// When it was last changed, RFC 3339 in UTC (the caller has the clock).
    pub updated_at: String,
}

impl Review {
    pub fn new(application: ApplicationRef) -> Review {
        Review {
            application,
            ..Review::default()
        }
    }

    pub fn mark(&self, c: Criterion) -> Mark {
        self.marks.get(&c.id()).cloned().unwrap_or_default()
    }

    /// Sets a criterion's mark; an empty mark is removed, so an untouched criterion stays unscored.
    pub fn set_mark(&mut self, c: Criterion, mark: Mark, now: &str) {
        if mark.is_empty() {
            self.marks.remove(&c.id());
        } else {
            self.marks.insert(c.id(), mark);
        }
        self.updated_at = now.to_string();
    }

    pub fn set_summary(&mut self, text: String, now: &str) {
        self.summary = text;
        self.updated_at = now.to_string();
    }
}

/// A review's total over the criteria of the application's call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    /// The sum of the scores given.
    pub points: u32,
    /// The most the criteria could give (3 per criterion).
    pub max: u32,
    pub scored: usize,
    pub criteria: usize,
}

impl Total {
    pub fn is_complete(&self) -> bool {
        self.scored == self.criteria
    }
}

/// The total of a review over its call's criteria. Marks for criteria the call does not list (a file
/// from elsewhere) are kept in the review but not counted.
pub fn total(review: &Review, call: &CallProfile) -> Total {
    let scores: Vec<u8> = call
        .criteria
        .iter()
        .filter_map(|c| review.marks.get(&c.id()).and_then(|m| m.score))
        .map(Score::value)
        .collect();
    Total {
        points: scores.iter().map(|&s| u32::from(s)).sum(),
        max: u32::from(MAX_SCORE) * call.criteria.len() as u32,
        scored: scores.len(),
        criteria: call.criteria.len(),
    }
}

/// A file of reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub format: String,
    pub schema_version: u64,
    pub exported_at: String,
    pub reviews: Vec<Review>,
}

/// The reviews as a file's text: pretty-printed UTF-8 with a final newline, ordered by fingerprint.
pub fn export<'a>(reviews: impl IntoIterator<Item = &'a Review>, exported_at: &str) -> String {
    let mut reviews: Vec<Review> = reviews.into_iter().cloned().collect();
    reviews.sort_by(|a, b| a.application.fingerprint.cmp(&b.application.fingerprint));
    let file = ReviewFile {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        reviews,
    };
    let mut text = serde_json::to_string_pretty(&file).expect("reviews are plain JSON");
    text.push('\n');
    text
}

/// The file name of an export of reviews.
pub fn file_name(date: &str) -> String {
    format!("arviot-{date}.json")
}

/// Reads a file of reviews, strictly: as an application file is read, then each review must name a
/// known call and a well-formed fingerprint, at most once.
pub fn import(bytes: &[u8]) -> Result<Vec<Review>, ImportError> {
    let (text, _, _) = exchange::open(bytes, FORMAT, SCHEMA_VERSION)?;
    let file: ReviewFile = from_json(text).map_err(exchange::shape_error)?;
    let mut seen = std::collections::HashSet::new();
    for (i, r) in file.reviews.iter().enumerate() {
        let at = |field: &str| format!("reviews[{i}].application.{field}");
        let fp = &r.application.fingerprint;
        let well_formed = fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !well_formed {
            return Err(ImportError::at(
                at("fingerprint"),
                Problem::Invalid {
                    detail: "a fingerprint is 64 lowercase hexadecimal digits".into(),
                },
            ));
        }
        if !seen.insert(fp.clone()) {
            return Err(ImportError::at(
                at("fingerprint"),
                Problem::Invalid {
                    detail: "a second review of the same application".into(),
                },
            ));
        }
        if let Some(key) = r.marks.keys().find(|k| Criterion::from_id(k).is_none()) {
            return Err(ImportError::at(
                format!("reviews[{i}].marks.{key}"),
                Problem::Invalid {
                    detail: "not an evaluation criterion".into(),
                },
            ));
        }
        if call::by_id(&r.application.call).is_none() {
            return Err(ImportError::at(
                at("call"),
                Problem::UnknownCall {
                    id: r.application.call.clone(),
                },
            ));
        }
    }
    Ok(file.reviews)
}

/// Reviews by the fingerprint of their application.
pub fn by_application(reviews: Vec<Review>) -> BTreeMap<String, Review> {
    reviews
        .into_iter()
        .map(|r| (r.application.fingerprint.clone(), r))
        .collect()
}

/// What merging imported reviews did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Reviews of applications this browser had no review of.
    pub added: usize,
    /// Reviews that replaced an older one here.
    pub updated: usize,
    /// Imported reviews identical to, or older than, the one here (which is kept).
    pub kept: usize,
}

/// Merges imported reviews into the browser's, by application: a review is taken when there is none
/// here or it was changed later than the one here; otherwise the one here stays. Timestamps compare
/// as text, which orders RFC 3339 times in UTC correctly.
pub fn merge(here: &mut BTreeMap<String, Review>, imported: Vec<Review>) -> Merged {
    let mut merged = Merged::default();
    for review in imported {
        let key = review.application.fingerprint.clone();
        match here.get(&key) {
            None => {
                merged.added += 1;
                here.insert(key, review);
            }
            Some(mine) if mine != &review && review.updated_at > mine.updated_at => {
                merged.updated += 1;
                here.insert(key, review);
            }
            Some(_) => merged.kept += 1,
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_call_lists_criteria_the_sources_publish() {
        for c in call::all() {
            assert!(!c.criteria.is_empty(), "{} has no criteria", c.id);
        }
        let joint = call::by_id(call::DEFAULT_CALL).unwrap();
        assert_eq!(joint.criteria, Criterion::ALL.to_vec());
    }

    #[test]
    fn scores_outside_the_scale_are_refused() {
        assert!(Score::new(3).is_some());
        assert!(Score::new(4).is_none());
        assert!(serde_json::from_str::<Mark>(r#"{"score": 4}"#).is_err());
        assert!(serde_json::from_str::<Mark>(r#"{"score": -1}"#).is_err());
        assert!(serde_json::from_str::<Mark>(r#"{"score": 2}"#).is_ok());
    }
}
