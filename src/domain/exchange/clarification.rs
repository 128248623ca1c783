//! An answer to a request for further clarification checked against what was asked (docs/rules.md
//! §12.1). Rules never fail: what the answer does not meet is a finding with its place in the answer
//! file, its rule id and severity.
//!
//! - **Every question answered** (`clarification-answered`): a question the ministry asked and the
//!   answer leaves empty is an *error*.
//! - **Only the asked parts revised** (`clarification-parts`): the revised application compared
//!   with the original field by field ([`compare`]); a change in a part the request did not name is
//!   an *error* at the changed field (an item added or removed, at the item).
//! - **On time** (`clarification-on-time`): answered after the deadline is a *warning*; 004 states no
//!   consequence, it is the ministry's judgment (*assumed*).
//! - **Its own request** (`clarification-request`): an answer that names another request, asks
//!   otherwise than the request did, or answers about another application is an *error*, and
//!   nothing else is checked against that request.
//!
//! The checks apart ([`unanswered`], [`outside_parts`], [`late`]) serve the lead's page, which
//! checks the draft being revised against the original while it is typed.

use crate::domain::draft::{LineId, RawDraft};
use crate::domain::exchange::compare::{compare, Change, Place};
use crate::domain::formats::clarification::{Asked, ReadAnswer, ReadRequest};
use crate::domain::rules::finding::{FieldPath, Severity};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::dates::parse_iso_date;
use time::Date;

/// The rules, by stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Request,
    Answered,
    Parts,
    OnTime,
}

impl Rule {
    pub fn id(self) -> &'static str {
        match self {
            Rule::Request => "clarification-request",
            Rule::Answered => "clarification-answered",
            Rule::Parts => "clarification-parts",
            Rule::OnTime => "clarification-on-time",
        }
    }
}

/// What a finding says, with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The answer answers another request (its id, what it asks, or the original's fingerprint).
    OtherRequest,
    /// The question (by its id) has no answer.
    Unanswered { question: u64 },
    /// A change in a part the request did not ask to revise; `section` is the part it is in.
    OutsideParts { change: Change, section: Option<Section> },
    /// Answered on `answered`, after the deadline (*assumed*: a warning).
    Late { deadline: Date, answered: Date },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// The place in the answer file (`answers.2`, `application.application.budget.lines[1].amount`,
    /// `answered_at`, `request`).
    pub path: String,
    pub problem: Problem,
}

impl Finding {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The part of the application a change is in.
pub fn section_of(place: &Place) -> Option<Section> {
    match place {
        Place::Field(path) => Section::of(*path),
        Place::Applicant(_) => Some(Section::Applicants),
        Place::Line(_) => Some(Section::Budget),
        Place::Risk(_) => Some(Section::Risks),
        Place::Package(_) => Some(Section::Schedule),
        Place::Indicator(_) => Some(Section::Monitoring),
    }
}

/// The questions asked that `answers` leaves empty (or without an answer at all), as errors at
/// `answers.<id>`.
pub fn unanswered(asked: &Asked, answer: impl Fn(u64) -> Option<String>) -> Vec<Finding> {
    asked
        .questions
        .iter()
        .filter(|q| answer(q.id).is_none_or(|a| a.trim().is_empty()))
        .map(|q| Finding {
            rule: Rule::Answered,
            severity: Severity::Error,
            path: format!("answers.{}", q.id),
            problem: Problem::Unanswered { question: q.id },
        })
        .collect()
}

/// Where a change is in the answer file: the revised application sits at `application` and its
/// fields under that envelope's own `application`. An item removed is placed where it was.
fn change_path(change: &Change, before: &RawDraft, after: &RawDraft) -> String {
    let item = |list: &str, i: Option<usize>, id: LineId| match i {
        Some(i) => format!("application.application.{list}[{i}]"),
        None => format!("application.application.{list}[id={id}]"),
    };
    let pick = |in_after: Option<usize>, in_before: Option<usize>| in_after.or(in_before);
    match &change.place {
        Place::Field(path) => {
            let draft = if field_in(after, *path) { after } else { before };
            format!("application.{}", path.json_path(draft))
        }
        Place::Applicant(id) => {
            let at = |d: &RawDraft| d.applicants.iter().position(|a| a.id == *id);
            item("applicants", pick(at(after), at(before)), *id)
        }
        Place::Line(id) => item("budget.lines", pick(after.line_index(*id), before.line_index(*id)), *id),
        Place::Risk(id) => {
            let at = |d: &RawDraft| d.risks.iter().position(|r| r.id == *id);
            item("risks", pick(at(after), at(before)), *id)
        }
        Place::Package(id) => {
            let at = |d: &RawDraft| d.schedule.iter().position(|w| w.id == *id);
            item("schedule", pick(at(after), at(before)), *id)
        }
        Place::Indicator(id) => {
            let at = |d: &RawDraft| d.indicators.iter().position(|x| x.id == *id);
            item("indicators", pick(at(after), at(before)), *id)
        }
    }
}

/// Whether the item a field belongs to is in `draft` (a field of no item always is).
fn field_in(draft: &RawDraft, path: FieldPath) -> bool {
    match path {
        FieldPath::Applicant { id, .. } => draft.applicants.iter().any(|a| a.id == id),
        FieldPath::BudgetLine { id, .. } => draft.line_index(id).is_some(),
        FieldPath::Risk { id, .. } => draft.risks.iter().any(|r| r.id == id),
        FieldPath::WorkPackage { id, .. } => draft.schedule.iter().any(|w| w.id == id),
        FieldPath::Indicator { id, .. } => draft.indicators.iter().any(|x| x.id == id),
        _ => true,
    }
}

/// Every change from `before` (the original) to `after` (the revised) outside `parts`, each an
/// error at its place in the answer file.
pub fn outside_parts(parts: &[Section], before: &RawDraft, after: &RawDraft) -> Vec<Finding> {
    compare(before, after)
        .into_iter()
        .filter_map(|change| {
            let section = section_of(&change.place);
            if section.is_some_and(|s| parts.contains(&s)) {
                return None;
            }
            Some(Finding {
                rule: Rule::Parts,
                severity: Severity::Error,
                path: change_path(&change, before, after),
                problem: Problem::OutsideParts { change, section },
            })
        })
        .collect()
}

/// Answered after the deadline: a warning at `answered_at` (*assumed*: 004 states no consequence).
/// `answered` is the day of the answer.
pub fn late(asked: &Asked, answered: Date) -> Option<Finding> {
    let deadline = parse_iso_date(&asked.deadline)?;
    (answered > deadline).then(|| Finding {
        rule: Rule::OnTime,
        severity: Severity::Warning,
        path: "answered_at".into(),
        problem: Problem::Late { deadline, answered },
    })
}

/// What the answer file alone shows: every question answered, on time.
pub fn check_answer_alone(answer: &ReadAnswer) -> Vec<Finding> {
    let f = &answer.file;
    let mut out = unanswered(&f.request, |id| f.answers.get(&id).cloned());
    let day = f.answered_at.get(..10).and_then(parse_iso_date);
    out.extend(day.and_then(|d| late(&f.request, d)));
    out
}

/// The answer checked against its request: the same request, then every question answered, nothing
/// changed outside the asked parts, on time.
pub fn check_answer(request: &ReadRequest, answer: &ReadAnswer) -> Vec<Finding> {
    let same = answer.file.request == request.file.request && answer.file.original == request.file.fingerprint;
    if !same {
        return vec![Finding {
            rule: Rule::Request,
            severity: Severity::Error,
            path: "request".into(),
            problem: Problem::OtherRequest,
        }];
    }
    let mut out = check_answer_alone(answer);
    let parts_at = out.iter().position(|f| f.rule == Rule::OnTime).unwrap_or(out.len());
    let outside = outside_parts(&request.parts, &request.draft, &answer.draft);
    out.splice(parts_at..parts_at, outside);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::clarification::Question;
    use time::macros::date;

    fn asked() -> Asked {
        Asked {
            id: "r1".into(),
            asked_at: "2020-03-16T09:00:00Z".into(),
            deadline: "2020-04-30".into(),
            questions: vec![
                Question {
                    id: 1,
                    text: "Miten hanke jatkuu rahoituksen jälkeen?".into(),
                },
                Question {
                    id: 2,
                    text: "Ketkä osallistuvat?".into(),
                },
            ],
            parts: vec!["budget".into()],
        }
    }

    #[test]
    fn an_empty_or_missing_answer_is_an_error_at_its_question() {
        let a = asked();
        let found = unanswered(&a, |id| (id == 1).then(|| "  ".to_string()));
        let paths: Vec<_> = found.iter().map(|f| (f.path.as_str(), f.is_error())).collect();
        assert_eq!(paths, [("answers.1", true), ("answers.2", true)]);
        assert!(unanswered(&a, |_| Some("Kyllä.".into())).is_empty());
    }

    #[test]
    fn late_is_a_warning_after_the_deadline_day_only() {
        let a = asked();
        assert_eq!(late(&a, date!(2020 - 04 - 30)), None, "on the day is on time");
        let f = late(&a, date!(2020 - 05 - 01)).unwrap();
        assert_eq!(
            (f.rule.id(), f.severity, f.path.as_str()),
            ("clarification-on-time", Severity::Warning, "answered_at")
        );
    }

    #[test]
    fn a_change_outside_the_asked_parts_is_an_error_at_the_changed_field() {
        let mut before = RawDraft::default();
        let line = before.add_line();
        before.project.name_fi = "Hanke".into();
        let mut after = before.clone();
        after.budget.lines[0].amount = "1 000".into();
        after.project.name_fi = "Hanke 2".into();
        let found = outside_parts(&[Section::Budget], &before, &after);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "application.application.project.name_fi");
        assert!(matches!(
            &found[0].problem,
            Problem::OutsideParts {
                section: Some(Section::Project),
                ..
            }
        ));
        // Asked for the project instead: the line's amount is the change outside.
        let found = outside_parts(&[Section::Project], &before, &after);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].path, "application.application.budget.lines[0].amount");
        let _ = line;
        // A line removed is placed where it was.
        let mut removed = before.clone();
        removed.budget.lines.clear();
        let found = outside_parts(&[], &before, &removed);
        assert_eq!(found[0].path, "application.application.budget.lines[0]");
    }
}
