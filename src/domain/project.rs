//! The call and the project: which call the application answers, the project's name (Finnish
//! required; Swedish and English optional), a summary, and the project period, which must end by the
//! call's deadline for finishing (30.11.2021 in the joint projects call).

use crate::domain::call::{parse_iso_date, CallProfile};
use crate::domain::citation::Citation;
use crate::domain::draft::RawDraft;
use crate::domain::finding::{FieldPath, Finding, Message, ProjectField, RuleId};
use time::Date;

/// Reads a date as a date field gives it (`2021-11-30`) or as Finns write it (`30.11.2021`).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    parse_iso_date(s).or_else(|| {
        let mut parts = s.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 {
            return None;
        }
        let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
    })
}

/// The project period as far as it could be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub start: Option<Date>,
    pub end: Option<Date>,
}

pub fn check_project(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) -> Period {
    let p = &draft.project;
    let at = FieldPath::Project;
    if p.name_fi.trim().is_empty() {
        findings.push(Finding::error(
            RuleId::ProjectDescribed,
            at(ProjectField::NameFi),
            Message::ProjectNameRequired,
        ));
    }
    if p.summary.trim().is_empty() {
        findings.push(Finding::error(
            RuleId::ProjectDescribed,
            at(ProjectField::Summary),
            Message::SummaryRequired,
        ));
    }
    let start = date(&p.start, at(ProjectField::Start), Message::StartRequired, findings);
    let end = date(&p.end, at(ProjectField::End), Message::EndRequired, findings);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            findings.push(Finding::error(
                RuleId::ProjectPeriod,
                at(ProjectField::End),
                Message::EndBeforeStart,
            ));
        }
    }
    if let (Some(e), Some(limit)) = (end, call.project_end) {
        if e > limit {
            findings.push(
                Finding::error(
                    RuleId::ProjectPeriod,
                    at(ProjectField::End),
                    Message::EndAfterLimit { limit },
                )
                .cite(Citation::DecisionSchedule),
            );
        }
    }
    Period { start, end }
}

fn date(typed: &str, path: FieldPath, missing: Message, findings: &mut Vec<Finding>) -> Option<Date> {
    let t = typed.trim();
    if t.is_empty() {
        findings.push(Finding::error(RuleId::ProjectPeriod, path, missing));
        return None;
    }
    let d = parse_date(t);
    if d.is_none() {
        findings.push(Finding::error(
            RuleId::ProjectPeriod,
            path,
            Message::DateInvalid { typed: t.to_string() },
        ));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_as_fields_give_them_and_as_finns_write_them() {
        assert_eq!(parse_date("2021-11-30"), Some(date!(2021 - 11 - 30)));
        assert_eq!(parse_date(" 30.11.2021 "), Some(date!(2021 - 11 - 30)));
        assert_eq!(parse_date("1.3.2020"), Some(date!(2020 - 03 - 01)));
        for bad in ["31.11.2021", "30.11.21", "30/11/2021", "2021-11", "", "1.2.3.2020"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
