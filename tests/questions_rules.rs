//! Written answers and digital maturity (docs/rules.md §5), and which parts each call asks for.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::answers::check_answers;
use hakemus::domain::rules::finding::{FieldPath, Message, RuleId, Severity};
use hakemus::domain::rules::sections::{Section, Status};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::questions::{Question, QuestionGroup};

fn answer_findings(d: &RawDraft) -> Vec<(FieldPath, Message)> {
    analyse(d)
        .findings
        .into_iter()
        .filter(|f| f.rule == RuleId::QuestionAnswered)
        .map(|f| (f.path, f.message))
        .collect()
}

fn answered(call: &str) -> RawDraft {
    let profile = call::by_id(call).unwrap();
    RawDraft {
        call: call.into(),
        answers: profile
            .questions
            .iter()
            .map(|q| (q.id(), "Vastaus.".to_string()))
            .collect(),
        maturity_now: "2".into(),
        maturity_target: "4".into(),
        ..RawDraft::default()
    }
}

#[test]
fn the_joint_call_asks_every_question_and_the_knowledge_call_fewer() {
    let joint = answer_findings(&RawDraft::default());
    assert_eq!(joint.len(), 29);
    let profile = call::by_id(call::DEFAULT_CALL).unwrap();
    for (path, message) in &joint {
        let FieldPath::Answer(q) = path else { panic!("{path:?}") };
        let expected = if profile.advisory.contains(q) {
            Message::AnswerAdvised
        } else {
            Message::AnswerRequired
        };
        assert_eq!(message, &expected, "{q:?}");
    }
    assert_eq!(joint.iter().filter(|(_, m)| *m == Message::AnswerRequired).count(), 18);
    let knowledge = answer_findings(&RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        ..RawDraft::default()
    });
    assert_eq!(knowledge.len(), 15, "state and goals, and the eleven impact questions");
    assert_eq!(answer_findings(&answered(call::DEFAULT_CALL)), []);
}

#[test]
fn no_length_limit_unless_the_call_states_one_and_a_blank_answer_is_missing() {
    let mut d = answered(call::DEFAULT_CALL);
    d.answers.insert(Question::ImpactCosts.id(), "å".repeat(20_000));
    d.answers.insert(Question::Goals.id(), "   ".into());
    assert_eq!(
        answer_findings(&d),
        [(FieldPath::Answer(Question::Goals), Message::AnswerRequired)],
        "neither 2019 call limits the length of an answer"
    );
    // A call that states a limit: counted in characters, not bytes.
    let mut limited = call::by_id(call::DEFAULT_CALL).unwrap().clone();
    limited.max_answer_chars = Some(4000);
    let findings = |d: &RawDraft| {
        let mut out = Vec::new();
        check_answers(d, &limited, &mut out);
        out.into_iter().map(|f| (f.path, f.message)).collect::<Vec<_>>()
    };
    d.answers.insert(Question::Goals.id(), "Tavoite.".into());
    assert_eq!(
        findings(&d),
        [(
            FieldPath::Answer(Question::ImpactCosts),
            Message::AnswerTooLong {
                max: 4000,
                chars: 20_000
            }
        )]
    );
    d.answers.insert(Question::ImpactCosts.id(), "å".repeat(4000));
    assert_eq!(findings(&d), []);
}

#[test]
fn the_conditions_of_use_unanswered_are_a_warning_never_an_error() {
    let mut d = answered(call::DEFAULT_CALL);
    d.answers.remove(&Question::CommitOpenSource.id());
    let a = analyse(&d);
    let f = a
        .findings
        .iter()
        .find(|f| f.path == FieldPath::Answer(Question::CommitOpenSource))
        .unwrap();
    assert_eq!((f.severity, &f.message), (Severity::Warning, &Message::AnswerAdvised));
    assert_eq!(
        a.errors().count(),
        a.errors().filter(|f| f.rule != RuleId::QuestionAnswered).count()
    );
}

#[test]
fn maturity_is_optional_and_a_target_not_above_now_is_a_warning() {
    let maturity = |now: &str, target: &str| {
        let d = RawDraft {
            maturity_now: now.into(),
            maturity_target: target.into(),
            ..answered(call::DEFAULT_CALL)
        };
        analyse(&d)
            .findings
            .into_iter()
            .filter(|f| f.rule == RuleId::Maturity)
            .map(|f| (f.path, f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(maturity("2", "4"), []);
    assert_eq!(maturity("3", "3"), [(FieldPath::MaturityTarget, Severity::Warning)]);
    assert_eq!(maturity("4", "2"), [(FieldPath::MaturityTarget, Severity::Warning)]);
    assert_eq!(
        maturity("", ""),
        [],
        "VTT's model is a frame of reference, not a requirement"
    );
    assert_eq!(maturity("", "4"), []);
    assert_eq!(maturity("2", "6"), []);
}

#[test]
fn the_parts_follow_the_call() {
    let joint = call::by_id(call::DEFAULT_CALL).unwrap();
    let knowledge = call::by_id("vm-2019-tiedolla-johtaminen").unwrap();
    let impact = Section::Answers(QuestionGroup::Impact);
    assert_eq!(
        impact.next_asked(joint),
        Some(Section::Answers(QuestionGroup::PriorWork))
    );
    assert_eq!(
        impact.next_asked(knowledge),
        Some(Section::Schedule),
        "no prior-work or commitment questions"
    );
    // Monitoring is the last part: dissemination is asked in the impact part (the slides' plan for
    // scaling and spreading the work), no longer a part of its own.
    assert_eq!(Section::Monitoring.next_asked(knowledge), None);
    assert_eq!(Section::Monitoring.next_asked(joint), None);
    assert_eq!(Section::Schedule.previous_asked(knowledge), Some(impact));
    assert_eq!(Section::ALL.iter().filter(|s| s.asked_by(joint)).count(), 11);
    assert_eq!(Section::ALL.iter().filter(|s| s.asked_by(knowledge)).count(), 9);
}

#[test]
fn an_answers_part_is_complete_when_its_questions_are_answered() {
    let impact = Section::Answers(QuestionGroup::Impact);
    let status = |d: &RawDraft| impact.status(d, &analyse(d));
    assert_eq!(status(&RawDraft::default()), Status::NotStarted);
    let mut d = RawDraft::default();
    d.answers
        .insert(Question::ImpactCosts.id(), "Säästö 2 htv vuodessa.".into());
    assert_eq!(status(&d), Status::InProgress);
    assert_eq!(status(&answered(call::DEFAULT_CALL)), Status::Complete);
}
