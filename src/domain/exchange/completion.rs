//! The lead's side of a completion request (täydennyspyyntö, docs/rules.md §12.4.1): the ministry's
//! `hakemus-completion-request` opened in the grant's app and kept with the project
//! ([`take`]: `RawGrant::completions`, the file whole, with the answers as typed), answered question
//! by question, and the answer made ([`answer_of`]: `formats::completion::answer_from_grant`, the
//! completed report made from the accounts as they are then). Rules never fail: what the answer
//! does not yet meet is a finding at its place ([`check`]).
//!
//! - **Its own project** (refused when opened, [`Refusal`]): a request naming another project id,
//!   or another granted application (its fingerprint, where the request names one), is not taken.
//! - **Every question answered** (`completion-answered`): a question left empty is a *warning* at
//!   `answers.<id>` — as the ministry reads the answer (§12.4.1, *assumed*: 004 says nothing of
//!   completion; an answer with a question left open may still be sent).
//! - **On time** (`completion-on-time`): today after the deadline is a *warning* at `deadline`
//!   (*assumed*, as above).
//! - **The report asked about is here** (`completion-report`): the completed report is the
//!   project's interim report of that period, its claim of that number or its final report
//!   (`formats::completion::source_in`); where the project has none, an *error* at `report`: no
//!   answer can be made until it is.

use crate::domain::draft::LineId;
use crate::domain::formats::completion::{
    answer_from_grant, read_request, source_in, unanswered, AnswerFile, Asked, RequestFile,
};
use crate::domain::formats::grant_reports::ReportKind;
use crate::domain::grant::model::{RawCompletion, RawGrant};
use crate::domain::rules::finding::Severity;
use std::collections::BTreeMap;
use time::Date;

/// The rules, by stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Answered,
    OnTime,
    Report,
}

impl Rule {
    pub fn id(self) -> &'static str {
        match self {
            Rule::Answered => "completion-answered",
            Rule::OnTime => "completion-on-time",
            Rule::Report => "completion-report",
        }
    }
}

/// What a finding says, with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The question (by its id) has no answer yet.
    Unanswered { question: u64 },
    /// Today is after the deadline.
    Late { deadline: Date },
    /// The project has no report of what was asked about (of this kind, period or claim number).
    NoReport { kind: ReportKind },
}

/// A finding on an answer being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// Its place: `answers.<question id>`, `deadline` or `report`.
    pub path: String,
    pub problem: Problem,
}

impl Finding {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Why a request is not taken into this project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It asks about another project (the id it names).
    OtherProject { named: String },
    /// It names this project's id but another granted application (fingerprint).
    OtherApplication,
}

/// What opening a request did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// Kept as a new request, under this id.
    New(LineId),
    /// The same request was here already (this id): nothing changed, its answers kept.
    Again(LineId),
}

/// The request a kept completion holds, read again by its strict reader (`None`: this build cannot
/// read it, e.g. a record written by a later one).
pub fn request_of(kept: &RawCompletion) -> Option<RequestFile> {
    read_request(kept.request.as_bytes()).ok().map(|r| r.file)
}

/// Takes the request `file` (read from `text`) into `grant`: refused where it names another
/// project or application; the same request again changes nothing (what was typed stays).
pub fn take(grant: &mut RawGrant, text: &str, file: &RequestFile) -> Result<Taken, Refusal> {
    let named = &file.request.grant;
    if named.project_id != grant.id {
        return Err(Refusal::OtherProject {
            named: named.project_id.clone(),
        });
    }
    if !named.fingerprint.is_empty() && named.fingerprint != grant.fingerprint {
        return Err(Refusal::OtherApplication);
    }
    let again = (grant.completions.iter())
        .find(|c| request_of(c).is_some_and(|r| r.request == file.request))
        .map(|c| c.id);
    if let Some(id) = again {
        return Ok(Taken::Again(id));
    }
    let id = grant.take_id();
    grant.completions.push(RawCompletion {
        id,
        request: text.to_string(),
        answers: BTreeMap::new(),
        answered_at: String::new(),
    });
    Ok(Taken::New(id))
}

/// What the answer to `asked` does not yet meet on `today`: each question left empty, the deadline
/// passed, the report asked about missing from the project.
pub fn check(grant: &RawGrant, asked: &Asked, answers: &BTreeMap<u64, String>, today: Date) -> Vec<Finding> {
    let mut out: Vec<Finding> = (unanswered(asked, answers).into_iter())
        .map(|question| Finding {
            rule: Rule::Answered,
            severity: Severity::Warning,
            path: format!("answers.{question}"),
            problem: Problem::Unanswered { question },
        })
        .collect();
    if let Some(deadline) = asked.deadline_date().filter(|d| today > *d) {
        out.push(Finding {
            rule: Rule::OnTime,
            severity: Severity::Warning,
            path: "deadline".into(),
            problem: Problem::Late { deadline },
        });
    }
    if source_in(grant, &asked.report).is_none() {
        out.push(Finding {
            rule: Rule::Report,
            severity: Severity::Error,
            path: "report".into(),
            problem: Problem::NoReport {
                kind: asked.report.kind,
            },
        });
    }
    out
}

/// The answer to the kept request `id` made at `answered_at` (RFC 3339), its completed report from
/// the project's accounts now; `None` where the request is not here, cannot be read, or asks
/// about a report the project does not have.
pub fn answer_of(grant: &RawGrant, id: LineId, answered_at: &str) -> Option<AnswerFile> {
    let kept = grant.completions.iter().find(|c| c.id == id)?;
    answer_from_grant(&request_of(kept)?, &kept.answers, grant, answered_at)
}
