//! The applicant rules (docs/rules.md §2) and the task-list status of the sections, data-driven.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawApplicant, RawDraft};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{ApplicantField, FieldPath, Message, RuleId, Severity};
use hakemus::domain::rules::sections::{Section, Status};
use hakemus::domain::vocabulary::business_id::BusinessIdError;
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::locale::Lang;

mod common;
use common::business_id_for;

/// A complete municipal applicant: a business ID of its own and a reachable contact person.
fn municipality(name: &str) -> RawApplicant {
    RawApplicant {
        kind: ApplicantKind::Municipality,
        municipality: name.into(),
        business_id: business_id_for(name),
        contact_name: "Maija Meikäläinen".into(),
        contact_email: "maija.meikalainen@hel.fi".into(),
        contact_phone: "+358 9 310 1691".into(),
        role: "Pilotoi palvelun".into(),
        commitment: "Työpanos 0,5 htv ja omarahoitus".into(),
        ..Default::default()
    }
}

/// A complete joint municipal authority.
fn authority(name: &str) -> RawApplicant {
    RawApplicant {
        kind: ApplicantKind::Authority,
        name: name.into(),
        business_id: business_id_for(name),
        ..municipality("")
    }
}

fn draft(applicants: Vec<RawApplicant>) -> RawDraft {
    let mut d = RawDraft {
        lead_responsible: true,
        ..RawDraft::default()
    };
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
            vec![(R::MinMunicipalities, E, None)],
        ),
        ("no applicants", draft(vec![]), vec![(R::MinMunicipalities, E, None)]),
        (
            "two joint municipal authorities and no municipality",
            draft(vec![authority("Omnia"), authority("Etelä-Karjalan sote-kuntayhtymä")]),
            vec![(R::MinMunicipalities, E, None)],
        ),
        (
            "an authority and one municipality",
            draft(vec![authority("Omnia"), municipality("Espoo")]),
            vec![(R::MinMunicipalities, E, None)],
        ),
        (
            "an authority leading two municipalities",
            draft(vec![
                authority("Omnia"),
                municipality("Espoo"),
                municipality("Kirkkonummi"),
            ]),
            vec![],
        ),
        (
            "one organisation under two business IDs",
            draft(vec![
                municipality("Kiuruvesi"),
                RawApplicant {
                    business_id: "0175542-1".into(),
                    ..municipality("Kiuruvesi")
                },
            ]),
            vec![
                (R::ApplicantUnique, E, Some(F::Municipality)),
                (R::MinMunicipalities, E, None),
            ],
        ),
        (
            "the same business ID twice",
            draft(vec![
                municipality("Kiuruvesi"),
                RawApplicant {
                    business_id: business_id_for("Kiuruvesi"),
                    ..municipality("Iisalmi")
                },
            ]),
            vec![(R::ApplicantUnique, E, Some(F::BusinessId))],
        ),
        (
            "the same authority twice, written differently",
            draft(vec![
                municipality("Kiuruvesi"),
                municipality("Iisalmi"),
                authority("Ylä-Savon SOTE kuntayhtymä"),
                RawApplicant {
                    name: " ylä-savon  sote KUNTAYHTYMÄ".into(),
                    ..authority("other")
                },
            ]),
            vec![(R::ApplicantUnique, E, Some(F::Name))],
        ),
        (
            "a municipality twice",
            draft(vec![municipality("Kiuruvesi"), municipality("kiuruvesi")]),
            vec![
                (R::ApplicantUnique, E, Some(F::Municipality)),
                (R::MinMunicipalities, E, None),
            ],
        ),
        (
            "a name not in the register, and none at all",
            draft(vec![
                municipality("Kiuruvesi"),
                municipality("Helsinkii"),
                municipality(""),
            ]),
            // Until the names are in the register, only one municipality counts.
            vec![
                (R::ApplicantIdentified, E, Some(F::Municipality)),
                (R::ApplicantIdentified, E, Some(F::Municipality)),
                (R::MinMunicipalities, E, None),
            ],
        ),
        (
            "a joint municipal authority by name, and one without",
            draft(vec![
                municipality("Kiuruvesi"),
                municipality("Iisalmi"),
                authority("Ylä-Savon SOTE kuntayhtymä"),
                RawApplicant {
                    name: "".into(),
                    ..authority("x")
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
    let a = analyse(&draft(vec![municipality("Kiuruvesi"), authority("Omnia")]));
    let f = a.findings.iter().find(|f| f.rule == R::MinMunicipalities).unwrap();
    assert_eq!(f.message, Message::TooFewMunicipalities { min: 2, count: 1 });
    assert_eq!(f.citation, Some(Citation::DecisionJointOnly));
    let words = |lang| hakemus::i18n::message(lang, &f.message);
    assert_eq!(
        words(Lang::Fi),
        "Hakijoina on 1 kunta, mutta tässä haussa hankkeessa on oltava mukana vähintään 2 kuntaa. \
         Kuntayhtymä voi olla hakija, mutta sitä ei lasketa kunnaksi."
    );
    assert!(
        words(Lang::Sv).starts_with("Bland de sökande finns 1 kommun, men "),
        "{}",
        words(Lang::Sv)
    );
    assert!(
        words(Lang::En).starts_with("The applicants include 1 municipality, but "),
        "{}",
        words(Lang::En)
    );
    let none = hakemus::i18n::message(Lang::En, &Message::TooFewMunicipalities { min: 2, count: 0 });
    assert!(
        none.starts_with("The applicants include 0 municipalities, but in this call at least 2 municipalities"),
        "{none}"
    );
}

#[test]
fn the_lead_confirms_it_answers_for_the_grant_in_the_whole_project() {
    let mut d = draft(vec![municipality("Kiuruvesi"), municipality("Iisalmi")]);
    assert_eq!(found(&d), []);
    d.lead_responsible = false;
    assert_eq!(found(&d), [(R::LeadResponsible, E, None)]);
    let a = analyse(&d);
    let f = a.findings.iter().find(|f| f.rule == R::LeadResponsible).unwrap();
    assert_eq!(f.path, FieldPath::LeadResponsible);
    assert_eq!(f.citation, Some(Citation::DecisionLeadResponsible));
    // Nothing to confirm before there is a lead.
    assert_eq!(found(&RawDraft::default()), [(R::MinMunicipalities, E, None)]);
}

#[test]
fn a_duplicate_names_the_applicant_it_repeats() {
    let a = analyse(&draft(vec![
        municipality("Kiuruvesi"),
        municipality("Iisalmi"),
        municipality("Kiuruvesi"),
    ]));
    let f = a.findings.iter().find(|f| f.rule == R::ApplicantUnique).unwrap();
    assert_eq!(f.message, Message::DuplicateApplicant { first: 1 });
    assert_eq!(
        hakemus::i18n::message(Lang::Fi, &f.message),
        "Sama organisaatio on jo hakijana 1. Kukin hakija merkitään kerran."
    );
}

/// Call I's slides set no minimum of municipalities; its profile assumes one, so an authority alone
/// is a warning that says "assumed", not an error (docs/rules.md §1, §2.3).
#[test]
fn the_knowledge_management_call_assumes_one_municipality_a_warning() {
    let mut d = draft(vec![authority("Omnia")]);
    d.call = "vm-2019-tiedolla-johtaminen".into();
    assert_eq!(found(&d), [(R::MinMunicipalities, Severity::Warning, None)]);
    let a = analyse(&d);
    let f = a.findings.iter().find(|f| f.rule == R::MinMunicipalities).unwrap();
    assert_eq!(
        f.assumed,
        Some(hakemus::domain::vocabulary::call::Assumed::MinMunicipalities)
    );
    let words = hakemus::i18n::finding_message(Lang::En, f);
    assert!(
        words.contains("at least 1 municipality") && words.contains("Assumed:"),
        "{words}"
    );
    // The joint call states its minimum: an error, not marked as assumed.
    let joint = analyse(&draft(vec![authority("Omnia")]));
    let f = joint.findings.iter().find(|f| f.rule == R::MinMunicipalities).unwrap();
    assert_eq!((f.severity, f.assumed), (E, None));

    // The lead's confirmation is 004's too: unconfirmed in call I, a warning marked assumed; in the
    // joint call, an error.
    d.lead_responsible = false;
    let f = analyse(&d)
        .findings
        .into_iter()
        .find(|f| f.rule == R::LeadResponsible)
        .unwrap();
    assert_eq!(
        (f.severity, f.assumed),
        (
            Severity::Warning,
            Some(hakemus::domain::vocabulary::call::Assumed::LeadResponsible)
        )
    );
    d.call = "vm-2019-yhteishankkeet".into();
    let f = analyse(&d)
        .findings
        .into_iter()
        .find(|f| f.rule == R::LeadResponsible)
        .unwrap();
    assert_eq!((f.severity, f.assumed), (E, None));
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
        authority("Omnia"),
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
