//! Targets, exclusions and the municipal task (docs/rules.md §3–§4), data-driven.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawDraft, YesNo};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{FieldPath, Message, RuleId, Severity};
use hakemus::domain::rules::sections::{Section, Status};
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::targets::{Exclusion, Target};

/// A draft that pursues one target, answers "no" to every exclusion and confirms the municipal task.
fn clean() -> RawDraft {
    RawDraft {
        targets: vec![Target::KnowledgeManagement.id().into()],
        exclusions: Exclusion::ALL
            .into_iter()
            .map(|e| (e.id().to_string(), YesNo::No))
            .collect(),
        municipal_task: true,
        ..RawDraft::default()
    }
}

/// A finding as the table states it: the rule and the field.
type Found = (RuleId, FieldPath);

fn found(d: &RawDraft) -> Vec<Found> {
    analyse(d)
        .findings
        .iter()
        .filter(|f| Section::of(f.path) == Some(Section::Targets))
        .map(|f| (f.rule, f.path))
        .collect()
}

#[test]
fn targets_and_exclusions_table() {
    let with = |f: fn(&mut RawDraft)| {
        let mut d = clean();
        f(&mut d);
        d
    };
    let cases: Vec<(&str, RawDraft, Vec<Found>)> = vec![
        ("a clean answer", clean(), vec![]),
        (
            "no target",
            with(|d| d.targets.clear()),
            vec![(RuleId::TargetChosen, FieldPath::Targets)],
        ),
        (
            "an unknown target id only",
            with(|d| d.targets = vec!["space-travel".into()]),
            vec![(RuleId::TargetChosen, FieldPath::Targets)],
        ),
        (
            "social and health care declared",
            with(|d| {
                d.exclusions
                    .insert(Exclusion::SocialAndHealthCare.id().into(), YesNo::Yes);
            }),
            vec![(
                RuleId::NotExcluded,
                FieldPath::Exclusion(Exclusion::SocialAndHealthCare),
            )],
        ),
        (
            "an unanswered question",
            with(|d| {
                d.exclusions.remove(Exclusion::BuiltEnvironment.id());
            }),
            vec![(RuleId::NotExcluded, FieldPath::Exclusion(Exclusion::BuiltEnvironment))],
        ),
        (
            "not a municipal task",
            with(|d| d.municipal_task = false),
            vec![(RuleId::MunicipalTask, FieldPath::MunicipalTask)],
        ),
    ];
    for (name, d, expected) in cases {
        assert_eq!(found(&d), expected, "case: {name}");
    }
}

#[test]
fn an_excluded_area_blocks_with_its_citation() {
    for (exclusion, citation) in [
        (Exclusion::SocialAndHealthCare, Citation::DecisionNoSocialHealth),
        (Exclusion::BuiltEnvironment, Citation::DecisionNoBuiltEnvironment),
        (Exclusion::CaseManagementOrArchiving, Citation::DecisionNoCaseManagement),
        (Exclusion::SystemProcurementOnly, Citation::DecisionNoProcurementOnly),
        (Exclusion::HardwareProcurement, Citation::DecisionNoHardware),
    ] {
        let mut d = clean();
        d.exclusions.insert(exclusion.id().into(), YesNo::Yes);
        let a = analyse(&d);
        let f = a.findings.iter().find(|f| f.rule == RuleId::NotExcluded).unwrap();
        assert!(f.is_error());
        assert_eq!(f.message, Message::ExcludedArea { exclusion });
        assert_eq!(f.citation, Some(citation));
        assert_eq!(
            Section::Targets.status(&d, &a),
            Status::HasErrors,
            "declaring an excluded area is an error, not a gap"
        );
    }
}

#[test]
fn an_aland_municipality_gets_a_warning_beside_the_local_government_act() {
    let mut d = clean();
    for name in ["Kiuruvesi", "Mariehamn", "jomala"] {
        let id = d.add_applicant(ApplicantKind::Municipality);
        d.applicant_mut(id).unwrap().municipality = name.into();
    }
    let a = analyse(&d);
    let at_task: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.path == FieldPath::MunicipalTask)
        .collect();
    assert_eq!(at_task.len(), 1, "{at_task:#?}");
    assert_eq!(at_task[0].severity, Severity::Warning);
    assert_eq!(
        at_task[0].message,
        Message::AlandMunicipalLaw {
            codes: vec!["478".into(), "170".into()]
        }
    );
    let words = |lang| hakemus::i18n::message(lang, &at_task[0].message);
    assert!(words(Lang::Fi).starts_with("Maarianhamina ja Jomala ovat Ahvenanmaalla. Kuntalaki (410/2015) ei koske"));
    assert!(words(Lang::Sv).starts_with("Mariehamn och Jomala ligger på Åland."));
    assert!(words(Lang::En).starts_with("Mariehamn and Jomala are in Åland."));
    // Without an Åland applicant there is nothing to say.
    assert!(found(&clean()).is_empty());
}

/// Call I offers its own two targets (000: "Avustuksen kohteena voivat olla") and asks no exclusion
/// questions; the joint call's target chosen there does not count and is said (docs/rules.md §3.1).
#[test]
fn the_knowledge_call_offers_its_own_targets_and_asks_no_exclusion_questions() {
    let knowledge = hakemus::domain::vocabulary::call::by_id("vm-2019-tiedolla-johtaminen").unwrap();
    assert_eq!(knowledge.targets, [Target::FinanceAutomation, Target::DataCapability]);
    assert_eq!(knowledge.targets_citation, Citation::SlidesTargets);
    assert!(knowledge.exclusions.is_empty());
    for target in [Target::FinanceAutomation, Target::DataCapability] {
        let mut d = RawDraft {
            call: "vm-2019-tiedolla-johtaminen".into(),
            ..RawDraft::default()
        };
        d.targets = vec![target.id().into()];
        d.municipal_task = true;
        assert_eq!(found(&d), [], "{target:?}");
    }
    // The joint call's "tietojohtamista/tiedolla johtamista", chosen before call I had its own: kept
    // as chosen, a warning that it does not count, and no target chosen is an error citing the slides.
    let mut d = RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        targets: vec![Target::KnowledgeManagement.id().into()],
        municipal_task: true,
        ..RawDraft::default()
    };
    let a = analyse(&d);
    let targets: Vec<_> = a
        .findings
        .iter()
        .filter(|f| f.path == FieldPath::Targets)
        .map(|f| (f.severity, f.message.clone(), f.citation))
        .collect();
    assert_eq!(
        targets,
        [
            (Severity::Error, Message::TargetRequired, Some(Citation::SlidesTargets)),
            (
                Severity::Warning,
                Message::TargetNotOffered {
                    target: Target::KnowledgeManagement
                },
                Some(Citation::SlidesTargets)
            ),
        ]
    );
    assert!(hakemus::i18n::message(
        Lang::Fi,
        &Message::TargetNotOffered {
            target: Target::KnowledgeManagement
        }
    )
    .contains("ei ole tämän haun avustuksen kohde"));
    d.targets.push(Target::FinanceAutomation.id().into());
    assert_eq!(
        found(&d),
        [(RuleId::TargetChosen, FieldPath::Targets)],
        "only the warning"
    );
}

/// The municipal-task condition is the joint call's (004); call I's profile assumes it: unconfirmed,
/// a warning that says "assumed" (docs/rules.md §3.2).
#[test]
fn the_municipal_task_is_an_assumed_warning_in_the_knowledge_call() {
    let d = RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        targets: vec![Target::DataCapability.id().into()],
        ..RawDraft::default()
    };
    let a = analyse(&d);
    let f = a.findings.iter().find(|f| f.path == FieldPath::MunicipalTask).unwrap();
    assert_eq!(
        (f.severity, f.assumed),
        (
            Severity::Warning,
            Some(hakemus::domain::vocabulary::call::Assumed::MunicipalTask)
        )
    );
    assert!(hakemus::i18n::finding_message(Lang::En, f).contains("Assumed"));
    assert!(hakemus::i18n::finding_message(Lang::Fi, f).contains("Oletus"));
    // In the joint call, its own rule: an error, not marked.
    let joint = analyse(&clean_unconfirmed());
    let f = joint
        .findings
        .iter()
        .find(|f| f.path == FieldPath::MunicipalTask)
        .unwrap();
    assert_eq!((f.severity, f.assumed), (Severity::Error, None));
    assert!(!hakemus::i18n::finding_message(Lang::En, f).contains("Assumed"));
}

fn clean_unconfirmed() -> RawDraft {
    RawDraft {
        municipal_task: false,
        ..clean()
    }
}

#[test]
fn status_of_the_targets_part() {
    let status = |d: &RawDraft| Section::Targets.status(d, &analyse(d));
    assert_eq!(status(&RawDraft::default()), Status::NotStarted);
    assert_eq!(
        status(&RawDraft {
            municipal_task: true,
            ..RawDraft::default()
        }),
        Status::InProgress
    );
    assert_eq!(status(&clean()), Status::Complete);
}

/// The hardware question asks whether buying hardware is the project's object (004: "Laitteisto-
/// hankintoja ja niistä syntyviä kustannuksia ei ole tuettu"); hardware costs in a development
/// project are a budget matter, so its hint says to answer "no" and enter them there (docs/rules.md §4).
#[test]
fn the_hardware_question_asks_about_the_projects_object_and_its_hint_says_so() {
    let e = Exclusion::HardwareProcurement;
    assert_eq!(
        hakemus::i18n::exclusion_question(Lang::Fi, e),
        "Onko hankkeen kohteena laitteiden hankkiminen?"
    );
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        let hint = hakemus::i18n::exclusion_hint(lang, e).unwrap();
        assert!(!hint.is_empty());
    }
    let hint = hakemus::i18n::exclusion_hint(Lang::Fi, e).unwrap();
    assert!(hint.starts_with("Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu."));
    assert!(hint.contains("vastaa ”ei”") && hint.contains("talousarvioon"), "{hint}");
    for other in Exclusion::ALL.into_iter().filter(|x| *x != e) {
        assert_eq!(hakemus::i18n::exclusion_hint(Lang::Fi, other), None, "{other:?}");
    }
    // "Yes" blocks, with the decision's words; a development project with a hardware line answers
    // "no": no exclusion error, and the line is a warning, left out of the base.
    let mut yes = clean();
    yes.exclusions.insert(e.id().into(), YesNo::Yes);
    let a = analyse(&yes);
    let f = a.findings.iter().find(|f| f.path == FieldPath::Exclusion(e)).unwrap();
    assert_eq!(
        (f.severity, f.citation),
        (Severity::Error, Some(Citation::DecisionNoHardware))
    );
    assert!(hakemus::i18n::message(Lang::Fi, &f.message).contains("laitteiden hankkiminen"));
    let mut d = clean();
    let id = d.add_line();
    let l = d.line_mut(id).unwrap();
    l.category = "hardware".into();
    let a = analyse(&d);
    assert!(a.findings.iter().all(|f| f.path != FieldPath::Exclusion(e)));
    let f = a.findings.iter().find(|f| f.rule == RuleId::EligibleCategory).unwrap();
    assert_eq!(f.severity, Severity::Warning);
}
