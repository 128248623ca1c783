//! The written answers the call asks for (docs/rules.md §5): current state and goals, the eleven impact
//! questions, prior work, how each condition of the grant is met, and dissemination. Which questions
//! a call asks is in its profile; the answers are kept as typed, by question id.

use crate::domain::draft::RawDraft;
use crate::domain::rules::finding::{FieldPath, Finding, Message, RuleId};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::questions::QuestionGroup;

/// The longest answer the form takes, in characters.
pub const MAX_CHARS: usize = 4000;

pub fn check_answers(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) {
    for &q in &call.questions {
        let answer = draft.answers.get(&q.id()).map(|a| a.trim()).unwrap_or("");
        let path = FieldPath::Answer(q);
        if answer.is_empty() {
            findings.push(Finding::error(RuleId::QuestionAnswered, path, Message::AnswerRequired));
        } else {
            let chars = answer.chars().count();
            if chars > MAX_CHARS {
                findings.push(Finding::error(
                    RuleId::QuestionAnswered,
                    path,
                    Message::AnswerTooLong { max: MAX_CHARS, chars },
                ));
            }
        }
    }
}

/// The digital maturity levels of VTT's model (000), as stored: "1" to "5".
pub const MATURITY_LEVELS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// Current and targeted digital maturity: both given, and a project should raise it.
pub fn check_maturity(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) {
    if !call.questions.iter().any(|q| q.group() == QuestionGroup::StateAndGoals) {
        return;
    }
    let level = |s: &str| MATURITY_LEVELS.iter().position(|l| *l == s.trim());
    let now = level(&draft.maturity_now);
    let target = level(&draft.maturity_target);
    if now.is_none() {
        findings.push(Finding::error(
            RuleId::Maturity,
            FieldPath::MaturityNow,
            Message::MaturityRequired,
        ));
    }
    if target.is_none() {
        findings.push(Finding::error(
            RuleId::Maturity,
            FieldPath::MaturityTarget,
            Message::MaturityRequired,
        ));
    }
    if let (Some(n), Some(t)) = (now, target) {
        if t <= n {
            findings.push(Finding::warning(
                RuleId::Maturity,
                FieldPath::MaturityTarget,
                Message::MaturityNotRaised,
            ));
        }
    }
}
