//! The written answers the call asks for (docs/rules.md §5): current state and goals, the eleven impact
//! questions, prior work, how each condition of the grant is met, and dissemination. Which questions
//! a call asks, which it requires and where each comes from is in its profile; the answers are kept
//! as typed, by question id.

use crate::domain::draft::RawDraft;
use crate::domain::rules::finding::{FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::questions::QuestionGroup;

/// Each question the call asks (docs/rules.md §5): a required one unanswered is an error, an advisory
/// one (the conditions of use, other funding, why a group of municipalities) a warning, and one taken
/// from another call's document a warning that says so; each cites the passage that asks it, where
/// the profile names one. An answer over the call's length limit, if it states one, is an error.
pub fn check_answers(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) {
    for &q in &call.questions {
        let answer = draft.answers.get(&q.id()).map(|a| a.trim()).unwrap_or("");
        let path = FieldPath::Answer(q);
        let source = call.question_source(q);
        if answer.is_empty() {
            let finding = if call.advisory.contains(&q) {
                Finding::warning(RuleId::QuestionAnswered, path, Message::AnswerAdvised)
            } else if let Some(from) = source.and_then(|s| s.taken_from.clone()) {
                Finding::warning(RuleId::QuestionAnswered, path, Message::AnswerTakenFrom { call: from })
            } else {
                Finding::error(RuleId::QuestionAnswered, path, Message::AnswerRequired)
            };
            findings.push(match source {
                Some(s) => finding.cite(s.citation),
                None => finding,
            });
            continue;
        }
        if let Some(max) = call.max_answer_chars {
            let chars = answer.chars().count();
            if chars > max {
                findings.push(Finding::error(
                    RuleId::QuestionAnswered,
                    path,
                    Message::AnswerTooLong { max, chars },
                ));
            }
        }
    }
}

/// The digital maturity levels of VTT's model (000), as stored: "1" to "5".
pub const MATURITY_LEVELS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// Digital maturity (docs/rules.md §5.4): optional, as VTT's model is only a frame of reference in the
/// slides; a target that is not above the current level is worth a second look.
pub fn check_maturity(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) {
    if !call.questions.iter().any(|q| q.group() == QuestionGroup::StateAndGoals) {
        return;
    }
    let level = |s: &str| MATURITY_LEVELS.iter().position(|l| *l == s.trim());
    if let (Some(n), Some(t)) = (level(&draft.maturity_now), level(&draft.maturity_target)) {
        if t <= n {
            findings.push(Finding::warning(
                RuleId::Maturity,
                FieldPath::MaturityTarget,
                Message::MaturityNotRaised,
            ));
        }
    }
}
