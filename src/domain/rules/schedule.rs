//! The schedule: work packages and milestones, each inside the project period and with a responsible
//! applicant; and the indicators that follow the change in operations (baseline, target, method,
//! timing). The sources ask for the schedule and the monitoring as descriptions, which the written
//! answers ask; an empty list is a warning, a malformed item an error (docs/rules.md §7.2).

use crate::domain::draft::RawDraft;
use crate::domain::rules::finding::{FieldPath, Finding, IndicatorField, Message, PackageField, RuleId};
use crate::domain::rules::project::Period;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::dates::parse_date;
use std::collections::HashSet;

pub fn check_schedule(draft: &RawDraft, period: Period, findings: &mut Vec<Finding>) {
    // "Mekanismi, aikataulu, seuranta" (000) is a description; the work packages are the app's way
    // of writing it down, advised, not required.
    if draft.schedule.is_empty() {
        findings.push(
            Finding::warning(RuleId::ScheduleSet, FieldPath::Schedule, Message::PackagesRequired)
                .cite(Citation::SlidesImpactQuestions),
        );
    }
    let applicants: HashSet<String> = draft.applicants.iter().map(|a| a.id.to_string()).collect();
    for w in &draft.schedule {
        let at = |field| FieldPath::WorkPackage { id: w.id, field };
        if w.name.trim().is_empty() {
            findings.push(Finding::error(
                RuleId::ScheduleSet,
                at(PackageField::Name),
                Message::FieldRequired,
            ));
        }
        let date = |typed: &str, field, missing: Message, findings: &mut Vec<Finding>| {
            let t = typed.trim();
            if t.is_empty() {
                findings.push(Finding::error(RuleId::ScheduleSet, at(field), missing));
                return None;
            }
            let d = parse_date(t);
            if d.is_none() {
                findings.push(Finding::error(
                    RuleId::ScheduleSet,
                    at(field),
                    Message::DateInvalid { typed: t.into() },
                ));
            }
            d
        };
        let start = date(&w.start, PackageField::Start, Message::StartRequired, findings);
        let end = date(&w.end, PackageField::End, Message::EndRequired, findings);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                findings.push(Finding::error(
                    RuleId::ScheduleSet,
                    at(PackageField::End),
                    Message::EndBeforeStart,
                ));
            }
        }
        if let (Some(s), Some((ps, pe))) = (start, period.range()) {
            if s < ps || s > pe {
                findings.push(Finding::error(
                    RuleId::ScheduleSet,
                    at(PackageField::Start),
                    Message::OutsidePeriod { start: ps, end: pe },
                ));
            }
        }
        if let (Some(e), Some((ps, pe))) = (end, period.range()) {
            if e < ps || e > pe {
                findings.push(Finding::error(
                    RuleId::ScheduleSet,
                    at(PackageField::End),
                    Message::OutsidePeriod { start: ps, end: pe },
                ));
            }
        }
        let responsible = w.responsible.trim();
        if responsible.is_empty() {
            findings.push(Finding::error(
                RuleId::ScheduleSet,
                at(PackageField::Responsible),
                Message::ResponsibleRequired,
            ));
        } else if !applicants.contains(responsible) {
            findings.push(Finding::error(
                RuleId::ScheduleSet,
                at(PackageField::Responsible),
                Message::ResponsibleUnknown {
                    typed: responsible.into(),
                },
            ));
        }
    }
}

pub fn check_indicators(draft: &RawDraft, findings: &mut Vec<Finding>) {
    // "Toiminnan muutoksen seuranta" (000) is a description; indicators are advised, not required.
    if draft.indicators.is_empty() {
        findings.push(
            Finding::warning(
                RuleId::ChangeMonitored,
                FieldPath::Indicators,
                Message::IndicatorsRequired,
            )
            .cite(Citation::SlidesImpactQuestions),
        );
    }
    for i in &draft.indicators {
        for (field, value) in [
            (IndicatorField::Name, &i.name),
            (IndicatorField::Baseline, &i.baseline),
            (IndicatorField::Target, &i.target),
            (IndicatorField::Method, &i.method),
            (IndicatorField::Timing, &i.timing),
        ] {
            if value.trim().is_empty() {
                findings.push(Finding::error(
                    RuleId::ChangeMonitored,
                    FieldPath::Indicator { id: i.id, field },
                    Message::FieldRequired,
                ));
            }
        }
    }
}
