//! Written answers and digital maturity (docs/rules.md §5), and which parts each call asks for.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use hakemus::domain::draft::RawDraft;
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::answers::check_answers;
use hakemus::domain::rules::finding::{FieldPath, Message, RuleId, Severity};
use hakemus::domain::rules::sections::{Section, Status};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::locale::Lang;
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

/// The joint call's decision requires the application to describe how the changes are carried out
/// and how the results are used and spread (004); the impact questions and current state and goals
/// are call I's (000), taken over as warnings that say so; the rest is advisory, the survey of prior
/// work (a duty before applying, 004) citing its passage (docs/rules.md §5.1).
#[test]
fn the_joint_call_requires_what_its_decision_does_and_the_knowledge_call_asks_fewer() {
    use Question::*;
    let joint = analyse(&RawDraft::default());
    let joint: Vec<_> = joint
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::QuestionAnswered)
        .collect();
    assert_eq!(joint.len(), 29);
    let required: Vec<_> = joint
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.path, f.citation))
        .collect();
    let at = FieldPath::Answer;
    assert_eq!(
        required,
        [
            (at(Measures), Some(Citation::DecisionChangePlan)),
            (at(ImpactScaling), Some(Citation::DecisionChangePlan)),
        ]
    );
    for q in [PriorWorkSurvey, PriorWorkReuse] {
        let f = joint.iter().find(|f| f.path == at(q)).unwrap();
        assert_eq!(
            (f.severity, &f.message, f.citation),
            (
                Severity::Warning,
                &Message::AnswerAdvised,
                Some(Citation::DecisionPriorWork)
            )
        );
    }
    for f in &joint {
        assert!(
            f.severity == Severity::Error
                || matches!(f.message, Message::AnswerAdvised | Message::AnswerTakenFrom { .. }),
            "{f:?}"
        );
    }
    let taken: Vec<_> = joint
        .iter()
        .filter(|f| {
            f.message
                == Message::AnswerTakenFrom {
                    call: "vm-2019-tiedolla-johtaminen".into(),
                }
        })
        .map(|f| f.path)
        .collect();
    assert_eq!(
        taken,
        [
            CurrentState,
            Goals,
            ConcreteGoals,
            ImpactOperatingMethods,
            ImpactWider,
            ImpactKnowledgeManagement,
            ImpactResidentServices,
            ImpactCosts,
            ImpactPermanence,
            ImpactMechanism,
            ImpactStrategy,
            ImpactRisks,
            ImpactMonitoring
        ]
        .map(at),
        "the eleven impact questions but the plan for spreading, and current state and goals"
    );
    // Why a group of municipalities is an outcome of the assessment (004), not a question to answer.
    let why = joint.iter().find(|f| f.path == at(WhyJoint)).unwrap();
    assert_eq!(
        (why.severity, &why.message, why.citation),
        (
            Severity::Warning,
            &Message::AnswerAdvised,
            Some(Citation::DecisionEvaluationNationalLevel)
        )
    );
    // The warning says where the question comes from, in every language.
    let taken_from = Message::AnswerTakenFrom {
        call: "vm-2019-tiedolla-johtaminen".into(),
    };
    assert!(hakemus::i18n::message(Lang::Fi, &taken_from).contains("Kunnan tiedolla johtamisen parantaminen"));
    assert!(hakemus::i18n::message(Lang::En, &taken_from).contains("Improving municipal knowledge-based management"));

    // Call I asks its own questions: the impact questions ("hakemuksessa kuvattava") are required
    // there, citing its slides; the state, goals and measures come from its evaluation criteria, not
    // from what the application must describe: advice.
    let knowledge = answer_findings(&RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        ..RawDraft::default()
    });
    assert_eq!(knowledge.len(), 15, "state and goals, and the eleven impact questions");
    let required = |q: Question| {
        knowledge
            .iter()
            .find(|(p, _)| *p == FieldPath::Answer(q))
            .map(|(_, m)| m.clone())
    };
    for q in [
        Question::CurrentState,
        Question::Goals,
        Question::ConcreteGoals,
        Question::Measures,
    ] {
        assert_eq!(required(q), Some(Message::AnswerAdvised), "{q:?}");
    }
    assert_eq!(required(Question::ImpactCosts), Some(Message::AnswerRequired));
    assert_eq!(
        knowledge.iter().filter(|(_, m)| *m == Message::AnswerRequired).count(),
        11,
        "the eleven impact questions"
    );
    assert_eq!(answer_findings(&answered(call::DEFAULT_CALL)), []);
}

/// A joint application with no risks, no work packages and no indicators, answering only what the
/// decision requires it to describe (how the changes are carried out, how the results are used and
/// spread), has warnings and no errors; a malformed risk or a package ending before it starts is
/// still an error.
#[test]
fn a_joint_application_with_only_what_the_decision_requires_has_no_errors() {
    use Question::*;
    let mut d = common::complete_application();
    d.risks.clear();
    d.schedule.clear();
    d.indicators.clear();
    d.answers.clear();
    for q in [Measures, ImpactScaling] {
        d.answers.insert(q.id(), "Kuvattu hankesuunnitelmassa.".into());
    }
    let a = analyse(&d);
    assert_eq!(a.errors().count(), 0, "{:?}", a.errors().collect::<Vec<_>>());
    let warned: Vec<_> = a.findings.iter().filter(|f| !f.is_error()).map(|f| f.path).collect();
    for path in [
        FieldPath::Risks,
        FieldPath::Schedule,
        FieldPath::Indicators,
        FieldPath::Answer(ImpactCosts),
        FieldPath::Answer(PriorWorkSurvey),
        FieldPath::Answer(WhyJoint),
    ] {
        assert!(warned.contains(&path), "{path:?}");
    }
    // Without the change plan or the spreading: an error, as the decision requires them.
    for q in [Measures, ImpactScaling] {
        let mut without = d.clone();
        without.answers.remove(&q.id());
        let a = analyse(&without);
        assert_eq!(a.errors().map(|f| f.path).collect::<Vec<_>>(), [FieldPath::Answer(q)]);
    }
    // A malformed entry stays an error.
    let mut seven = d.clone();
    let owner = seven.applicants[0].id.to_string();
    let id = seven.add_risk();
    let r = hakemus::domain::draft::item_mut(&mut seven.risks, id).unwrap();
    r.description = "Toimittaja viivästyy".into();
    r.likelihood = "7".into();
    r.impact = "3".into();
    r.mitigation = "Varatoimittaja".into();
    r.owner = owner.clone();
    let errors: Vec<_> = analyse(&seven).errors().map(|f| (f.path, f.message.clone())).collect();
    assert_eq!(
        errors,
        [(
            FieldPath::Risk {
                id,
                field: hakemus::domain::rules::finding::RiskField::Likelihood
            },
            Message::ScaleRequired
        )]
    );
    let mut backwards = d.clone();
    let id = backwards.take_id();
    backwards.schedule.push(hakemus::domain::draft::RawWorkPackage {
        id,
        name: "Pilotti".into(),
        start: "1.6.2021".into(),
        end: "1.5.2021".into(),
        responsible: owner,
    });
    let errors: Vec<_> = analyse(&backwards)
        .errors()
        .map(|f| (f.path, f.message.clone()))
        .collect();
    assert_eq!(
        errors,
        [(
            FieldPath::WorkPackage {
                id,
                field: hakemus::domain::rules::finding::PackageField::End
            },
            Message::EndBeforeStart
        )]
    );
}

#[test]
fn no_length_limit_unless_the_call_states_one_and_a_blank_answer_is_missing() {
    let mut d = answered(call::DEFAULT_CALL);
    d.answers.insert(Question::ImpactCosts.id(), "å".repeat(20_000));
    d.answers.insert(Question::Measures.id(), "   ".into());
    assert_eq!(
        answer_findings(&d),
        [(FieldPath::Answer(Question::Measures), Message::AnswerRequired)],
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
    d.answers.insert(Question::Measures.id(), "Toimenpiteet.".into());
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
