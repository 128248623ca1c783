//! The schedule inside the project period, and the indicators (docs/rules.md §7.2: mechanism, schedule,
//! monitoring the change in operations).
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawDraft, RawIndicator, RawProject, RawWorkPackage};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{FieldPath, Finding, IndicatorField, Message, PackageField, RuleId, Severity};

/// A draft with a project period 1.3.2020–30.11.2021, one applicant and the given work packages.
fn schedule(packages: Vec<(&str, &str)>) -> RawDraft {
    let mut d = RawDraft {
        project: RawProject {
            start: "2020-03-01".into(),
            end: "2021-11-30".into(),
            ..RawProject::default()
        },
        ..RawDraft::default()
    };
    let lead = d.add_applicant(ApplicantKind::Municipality).to_string();
    for (start, end) in packages {
        let id = d.take_id();
        d.schedule.push(RawWorkPackage {
            id,
            name: "Nykytilan kartoitus".into(),
            start: start.into(),
            end: end.into(),
            responsible: lead.clone(),
        });
    }
    d
}

/// The rule's findings.
fn of(d: &RawDraft, rule: RuleId) -> Vec<Finding> {
    analyse(d).findings.into_iter().filter(|f| f.rule == rule).collect()
}

/// The rule's findings with their severity.
fn severities(d: &RawDraft, rule: RuleId) -> Vec<(FieldPath, Severity)> {
    of(d, rule).into_iter().map(|f| (f.path, f.severity)).collect()
}

fn found(d: &RawDraft, rule: RuleId) -> Vec<(FieldPath, Message)> {
    of(d, rule).into_iter().map(|f| (f.path, f.message)).collect()
}

#[test]
fn work_packages_lie_inside_the_project_period() {
    assert_eq!(
        found(
            &schedule(vec![("2020-03-01", "2020-06-30"), ("1.7.2020", "30.11.2021")]),
            RuleId::ScheduleSet
        ),
        []
    );
    let d = schedule(vec![("2020-02-01", "2021-12-31")]);
    let id = d.schedule[0].id;
    let (start, end) = (time::macros::date!(2020 - 03 - 01), time::macros::date!(2021 - 11 - 30));
    assert_eq!(
        found(&d, RuleId::ScheduleSet),
        [
            (
                FieldPath::WorkPackage {
                    id,
                    field: PackageField::Start
                },
                Message::OutsidePeriod { start, end }
            ),
            (
                FieldPath::WorkPackage {
                    id,
                    field: PackageField::End
                },
                Message::OutsidePeriod { start, end }
            ),
        ]
    );
}

/// No work package is a warning (the schedule is asked as a description, docs/rules.md §7.2); a
/// package ending before it starts is an error.
#[test]
fn a_package_has_dates_in_order_and_a_responsible_applicant_and_none_is_a_warning() {
    assert_eq!(
        found(&schedule(vec![]), RuleId::ScheduleSet),
        [(FieldPath::Schedule, Message::PackagesRequired)]
    );
    assert_eq!(
        severities(&schedule(vec![]), RuleId::ScheduleSet),
        [(FieldPath::Schedule, Severity::Warning)]
    );
    let backwards = schedule(vec![("2021-01-01", "2020-06-01")]);
    let id = backwards.schedule[0].id;
    assert_eq!(
        severities(&backwards, RuleId::ScheduleSet),
        [(
            FieldPath::WorkPackage {
                id,
                field: PackageField::End
            },
            Severity::Error
        )]
    );
    let mut d = schedule(vec![("2021-01-01", "2020-06-01")]);
    d.schedule[0].responsible = "42".into();
    let id = d.schedule[0].id;
    assert_eq!(
        found(&d, RuleId::ScheduleSet),
        [
            (
                FieldPath::WorkPackage {
                    id,
                    field: PackageField::End
                },
                Message::EndBeforeStart
            ),
            (
                FieldPath::WorkPackage {
                    id,
                    field: PackageField::Responsible
                },
                Message::ResponsibleUnknown { typed: "42".into() }
            ),
        ]
    );
}

#[test]
fn an_indicator_has_a_baseline_a_target_a_method_and_a_timing() {
    let mut d = RawDraft::default();
    assert_eq!(
        found(&d, RuleId::ChangeMonitored),
        [(FieldPath::Indicators, Message::IndicatorsRequired)]
    );
    assert_eq!(
        severities(&d, RuleId::ChangeMonitored),
        [(FieldPath::Indicators, Severity::Warning)],
        "none yet: a warning"
    );
    let id = d.take_id();
    d.indicators.push(RawIndicator {
        id,
        name: "Sähköisten lomakkeiden osuus".into(),
        baseline: "20 %".into(),
        ..RawIndicator::default()
    });
    assert_eq!(
        found(&d, RuleId::ChangeMonitored),
        [
            (
                FieldPath::Indicator {
                    id,
                    field: IndicatorField::Target
                },
                Message::FieldRequired
            ),
            (
                FieldPath::Indicator {
                    id,
                    field: IndicatorField::Method
                },
                Message::FieldRequired
            ),
            (
                FieldPath::Indicator {
                    id,
                    field: IndicatorField::Timing
                },
                Message::FieldRequired
            ),
        ]
    );
}
