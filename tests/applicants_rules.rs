//! The applicant rules (RULES.md §2) and the task-list status of the sections, data-driven.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawApplicant, RawDraft};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{ApplicantField, FieldPath, Message, RuleId, Severity};
use hakemus::domain::rules::sections::{Section, Status};
use hakemus::domain::vocabulary::business_id::BusinessIdError;
use hakemus::domain::vocabulary::citation::Citation;

/// A complete municipal applicant: Helsinki's real business ID and a reachable contact person.
fn municipality(name: &str) -> RawApplicant {
    RawApplicant {
        kind: ApplicantKind::Municipality,
        municipality: name.into(),
        business_id: "0201256-6".into(),
        contact_name: "Maija Meikäläinen".into(),
        contact_email: "maija.meikalainen@hel.fi".into(),
        contact_phone: "+358 9 310 1691".into(),
        role: "Pilotoi palvelun".into(),
        commitment: "Työpanos 0,5 htv ja omarahoitus".into(),
        ..Default::default()
    }
}

fn draft(applicants: Vec<RawApplicant>) -> RawDraft {
    let mut d = RawDraft::default();
    for a in applicants {
        let id = d.add_applicant(a.kind);
        *d.applicant_mut(id).unwrap() = RawApplicant { id, ..a };
    }
    d
}

/// A finding as the table states it: rule, severity and field.
type Found = (RuleId, Severity, Option<ApplicantField>);

/// The applicants' findings.
fn found(d: &RawDraft) -> Vec<Found> {
    analyse(d)
        .findings
        .iter()
        .filter(|f| Section::of(f.path) == Some(Section::Applicants))
        .map(|f| {
            let field = match f.path {
                FieldPath::Applicant { field, .. } => Some(field),
                _ => None,
            };
            (f.rule, f.severity, field)
        })
        .collect()
}

use ApplicantField as F;
use RuleId as R;
use Severity::Error as E;

#[test]
fn applicant_rules_table() {
    let cases: Vec<(&str, RawDraft, Vec<Found>)> = vec![
        (
            "two complete municipalities",
            draft(vec![municipality("Kiuruvesi"), municipality("Iisalmi")]),
            vec![],
        ),
        (
            "by Swedish name and by code",
            draft(vec![municipality("Pargas"), municipality("091")]),
            vec![],
        ),
        (
            "a single municipality is not a joint project",
            draft(vec![municipality("Kiuruvesi")]),
            vec![(R::MinApplicants, E, None)],
        ),
        ("no applicants", draft(vec![]), vec![(R::MinApplicants, E, None)]),
        (
            "a municipality twice",
            draft(vec![municipality("Kiuruvesi"), municipality("kiuruvesi")]),
            vec![(R::ApplicantUnique, E, Some(F::Municipality))],
        ),
        (
            "a name not in the register, and none at all",
            draft(vec![
                municipality("Kiuruvesi"),
                municipality("Helsinkii"),
                municipality(""),
            ]),
            vec![
                (R::ApplicantIdentified, E, Some(F::Municipality)),
                (R::ApplicantIdentified, E, Some(F::Municipality)),
            ],
        ),
        (
            "a joint municipal authority by name, and one without",
            draft(vec![
                municipality("Kiuruvesi"),
                RawApplicant {
                    kind: ApplicantKind::Authority,
                    name: "Ylä-Savon SOTE kuntayhtymä".into(),
                    ..municipality("")
                },
                RawApplicant {
                    kind: ApplicantKind::Authority,
                    ..municipality("")
                },
            ]),
            vec![(R::ApplicantIdentified, E, Some(F::Name))],
        ),
        (
            "a wrong check digit, a wrong form, none",
            draft(vec![
                RawApplicant {
                    business_id: "0201256-7".into(),
                    ..municipality("Kiuruvesi")
                },
                RawApplicant {
                    business_id: "201256-6".into(),
                    ..municipality("Iisalmi")
                },
                RawApplicant {
                    business_id: " ".into(),
                    ..municipality("Vieremä")
                },
            ]),
            vec![
                (R::BusinessIdValid, E, Some(F::BusinessId)),
                (R::BusinessIdValid, E, Some(F::BusinessId)),
                (R::BusinessIdValid, E, Some(F::BusinessId)),
            ],
        ),
        (
            "contact details that cannot reach anyone",
            draft(vec![
                RawApplicant {
                    contact_email: "maija.hel.fi".into(),
                    contact_phone: "puhelin".into(),
                    ..municipality("Kiuruvesi")
                },
                RawApplicant {
                    contact_name: "".into(),
                    ..municipality("Iisalmi")
                },
            ]),
            vec![
                (R::ContactValid, E, Some(F::ContactEmail)),
                (R::ContactValid, E, Some(F::ContactPhone)),
                (R::ContactValid, E, Some(F::ContactName)),
            ],
        ),
        (
            "partners state role and commitment; the lead need not",
            draft(vec![
                RawApplicant {
                    role: "".into(),
                    commitment: "".into(),
                    ..municipality("Kiuruvesi")
                },
                RawApplicant {
                    role: "".into(),
                    commitment: "".into(),
                    ..municipality("Iisalmi")
                },
            ]),
            vec![
                (R::PartnerCommitted, E, Some(F::Role)),
                (R::PartnerCommitted, E, Some(F::Commitment)),
            ],
        ),
    ];
    for (name, d, expected) in cases {
        assert_eq!(found(&d), expected, "case: {name}");
    }
}

#[test]
fn a_single_municipality_is_blocked_with_the_decisions_words() {
    let a = analyse(&draft(vec![municipality("Kiuruvesi")]));
    let f = a.findings.iter().find(|f| f.rule == R::MinApplicants).unwrap();
    assert_eq!(f.message, Message::TooFewApplicants { min: 2, count: 1 });
    assert_eq!(f.citation, Some(Citation::DecisionJointOnly));
}

#[test]
fn the_knowledge_management_call_takes_one_municipality() {
    let mut d = draft(vec![municipality("Kiuruvesi")]);
    d.call = "vm-2019-tiedolla-johtaminen".into();
    assert_eq!(found(&d), []);
}

#[test]
fn the_reason_a_business_id_is_rejected_is_kept() {
    let a = analyse(&draft(vec![RawApplicant {
        business_id: "0201256-7".into(),
        ..municipality("Kiuruvesi")
    }]));
    let f = a.findings.iter().find(|f| f.rule == R::BusinessIdValid).unwrap();
    assert_eq!(
        f.message,
        Message::BusinessIdInvalid {
            typed: "0201256-7".into(),
            reason: BusinessIdError::CheckDigit { expected: '6' }
        }
    );
}

#[test]
fn the_population_covered_counts_municipalities_once_and_authorities_not() {
    let a = analyse(&draft(vec![
        municipality("Helsinki"),
        municipality("Espoo"),
        RawApplicant {
            kind: ApplicantKind::Authority,
            name: "Omnia".into(),
            ..municipality("")
        },
    ]));
    assert_eq!(a.applicants.municipalities, 2);
    assert_eq!(a.applicants.population, 653_835 + 289_731);
}

#[test]
fn section_status_follows_the_findings() {
    let status = |d: &RawDraft| Section::Applicants.status(d, &analyse(d));
    assert_eq!(status(&draft(vec![])), Status::NotStarted);
    assert_eq!(
        status(&draft(vec![RawApplicant::default()])),
        Status::InProgress,
        "only answers missing"
    );
    assert_eq!(
        status(&draft(vec![municipality("Kiuruvesi")])),
        Status::InProgress,
        "a partner is missing"
    );
    assert_eq!(
        status(&draft(vec![
            municipality("Kiuruvesi"),
            RawApplicant {
                business_id: "123".into(),
                ..municipality("Iisalmi")
            }
        ])),
        Status::HasErrors
    );
    assert_eq!(
        status(&draft(vec![municipality("Kiuruvesi"), municipality("Iisalmi")])),
        Status::Complete
    );
    assert_eq!(
        Section::Budget.status(&RawDraft::default(), &analyse(&RawDraft::default())),
        Status::NotStarted
    );
}
