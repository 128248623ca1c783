//! The call and project part: name, summary and period against the call's deadline (docs/rules.md §1, §7.1).
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{RawDraft, RawProject};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{FieldPath, Message, ProjectField, RuleId, Severity};
use hakemus::domain::rules::sections::Section;
use hakemus::domain::vocabulary::citation::Citation;
use hakemus::domain::vocabulary::locale::Lang;

fn project(start: &str, end: &str) -> RawDraft {
    RawDraft {
        project: RawProject {
            name_fi: "Sähköiset lomakkeet haltuun".into(),
            summary: "Yhteiset sähköiset lomakkeet ja niiden käsittelyprosessit.".into(),
            start: start.into(),
            end: end.into(),
            ..RawProject::default()
        },
        ..RawDraft::default()
    }
}

fn found(d: &RawDraft) -> Vec<(RuleId, FieldPath)> {
    analyse(d)
        .findings
        .iter()
        .filter(|f| Section::of(f.path) == Some(Section::Project))
        .map(|f| (f.rule, f.path))
        .collect()
}

const END: FieldPath = FieldPath::Project(ProjectField::End);

#[test]
fn project_period_table() {
    let cases = [
        (
            "inside the joint call's period",
            project("2020-03-01", "2021-10-31"),
            vec![],
        ),
        ("Finnish date format", project("1.3.2020", "31.10.2021"), vec![]),
        (
            "ending on the day the final report is due: a warning",
            project("2020-03-01", "2021-11-30"),
            vec![(RuleId::ProjectPeriod, END)],
        ),
        (
            "one day too late",
            project("2020-03-01", "2021-12-01"),
            vec![(RuleId::ProjectPeriod, END)],
        ),
        (
            "ends before it starts",
            project("2021-03-01", "2020-03-01"),
            vec![(RuleId::ProjectPeriod, END)],
        ),
        (
            "no dates",
            project("", ""),
            vec![
                (RuleId::ProjectPeriod, FieldPath::Project(ProjectField::Start)),
                (RuleId::ProjectPeriod, END),
            ],
        ),
        (
            "not a date",
            project("31.2.2020", "2021-10-31"),
            vec![(RuleId::ProjectPeriod, FieldPath::Project(ProjectField::Start))],
        ),
    ];
    for (name, d, expected) in cases {
        assert_eq!(found(&d), expected, "case: {name}");
    }
}

#[test]
fn ending_on_the_limit_warns_that_the_final_report_is_due_the_same_day() {
    let a = analyse(&project("1.3.2020", "30.11.2021"));
    let f = a.findings.iter().find(|f| f.path == END).unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        f.message,
        Message::EndOnReportDeadline {
            limit: time::macros::date!(2021 - 11 - 30)
        }
    );
    assert_eq!(f.citation, Some(Citation::DecisionSchedule));
    assert_eq!(
        hakemus::i18n::message(Lang::Fi, &f.message),
        "Hanke päättyy samana päivänä, jona sen on oltava myös loppuraportoitu (30.11.2021). \
         Varaa aikaa loppuraportille ja tilintarkastajan lausunnolle."
    );
    assert!(!a.errors().any(|f| f.path == END), "a warning, never an error");
}

#[test]
fn the_end_limit_comes_from_the_call_and_is_cited() {
    let late = project("2020-03-01", "2022-06-30");
    let a = analyse(&late);
    let f = a.findings.iter().find(|f| f.path == END).unwrap();
    assert_eq!(
        f.message,
        Message::EndAfterLimit {
            limit: time::macros::date!(2021 - 11 - 30)
        }
    );
    assert_eq!(f.citation, Some(Citation::DecisionSchedule));
    // The knowledge-management call sets no end: the same dates pass.
    let knowledge = RawDraft {
        call: "vm-2019-tiedolla-johtaminen".into(),
        ..late
    };
    assert_eq!(found(&knowledge), []);
}

#[test]
fn a_name_in_finnish_and_a_summary_are_required() {
    let d = RawDraft {
        project: RawProject {
            start: "2020-03-01".into(),
            end: "2021-10-31".into(),
            ..RawProject::default()
        },
        ..RawDraft::default()
    };
    assert_eq!(
        found(&d),
        [
            (RuleId::ProjectDescribed, FieldPath::Project(ProjectField::NameFi)),
            (RuleId::ProjectDescribed, FieldPath::Project(ProjectField::Summary)),
        ]
    );
}

/// A name in Finnish or in Swedish (docs/rules.md §5.5): the 2019 decision granted Pargas' "Den
/// it-smarta kommunen", named in Swedish only; without either, the Finnish field says so.
#[test]
fn a_name_in_finnish_or_swedish() {
    let name_findings = |fi: &str, sv: &str, en: &str| {
        let mut d = project("2020-03-01", "2021-10-31");
        d.project.name_fi = fi.into();
        d.project.name_sv = sv.into();
        d.project.name_en = en.into();
        analyse(&d)
            .findings
            .into_iter()
            .filter(|f| f.message == Message::ProjectNameRequired)
            .map(|f| (f.severity, f.path))
            .collect::<Vec<_>>()
    };
    assert_eq!(name_findings("", "Den it-smarta kommunen", ""), []);
    assert_eq!(name_findings("Sähköiset lomakkeet", "", ""), []);
    let missing = [(Severity::Error, FieldPath::Project(ProjectField::NameFi))];
    assert_eq!(
        name_findings("", "  ", "The IT-smart municipality"),
        missing,
        "English alone is not enough"
    );
    assert_eq!(name_findings(" ", "", ""), missing);
    // Shown by the name it has: the Swedish one where there is no Finnish.
    let mut d = project("2020-03-01", "2021-10-31");
    d.project.name_fi = " ".into();
    d.project.name_sv = " Den it-smarta kommunen ".into();
    assert_eq!(d.project.name(), "Den it-smarta kommunen");
    assert!(hakemus::domain::formats::application::file_name(&d, "2020-01-01").contains("den-it-smarta-kommunen"));
    assert!(hakemus::i18n::message(Lang::Fi, &Message::ProjectNameRequired).contains("ruotsiksi"));
}
