//! The call and the project: which call the application answers, the project's name (in Finnish or
//! Swedish, or both; English optional), a summary, and the project period, which must end by the
//! call's deadline for finishing (30.11.2021 in the joint projects call).

use crate::domain::draft::RawDraft;
use crate::domain::rules::finding::{FieldPath, Finding, Message, ProjectField, RuleId};
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::dates::parse_date;
use time::Date;

/// The project period as far as it could be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Period {
    /// The period as its first and last day, where both are given and the end is not before the
    /// start (an end before the start is the project's own error, not every date's in it).
    pub fn range(self) -> Option<(Date, Date)> {
        match (self.start, self.end) {
            (Some(start), Some(end)) if start <= end => Some((start, end)),
            _ => None,
        }
    }
}

pub fn check_project(draft: &RawDraft, call: &CallProfile, findings: &mut Vec<Finding>) -> Period {
    let p = &draft.project;
    let at = FieldPath::Project;
    // A name in Finnish or in Swedish: the 2019 decision granted Pargas' "Den it-smarta kommunen",
    // named in Swedish only (docs/rules.md §5.5).
    if p.name().is_empty() {
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
        // The limit is for the work and the final report alike: ending on it leaves no day to report.
        let finding = match e.cmp(&limit) {
            std::cmp::Ordering::Greater => Some(Finding::error(
                RuleId::ProjectPeriod,
                at(ProjectField::End),
                Message::EndAfterLimit { limit },
            )),
            std::cmp::Ordering::Equal => Some(Finding::warning(
                RuleId::ProjectPeriod,
                at(ProjectField::End),
                Message::EndOnReportDeadline { limit },
            )),
            std::cmp::Ordering::Less => None,
        };
        findings.extend(finding.map(|f| f.cite(Citation::DecisionSchedule)));
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
