//! The ministry's side of further clarification (docs/rules.md §12.1): per deferred application
//! the requests sent and the answers received, the state of each request as fields (sent, answered
//! on a day, late, answered late; "today" is an argument), the clarified version kept beside the
//! original (both fingerprints), the deferred entries of a decision listed with their request's
//! state, and the **second decision**: a new proposal of the same call and appropriation, knowing
//! what the first one granted, whose entries are the first's deferred ones, each open to be decided
//! anew and naming the clarified version where an answer was received.

use crate::domain::formats::clarification::{AnswerFile, ReadAnswer, RequestFile};
use crate::domain::formats::decision::{Applied, Entry, Proposal, Status};
use crate::domain::reviewer::decision::{analyse, in_call, printed};
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

/// An answer received: the file as it came, and the clarified version's fingerprint as the reader
/// computed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Received {
    pub file: AnswerFile,
    pub clarified: String,
}

/// A request sent, and every answer received to it (the last one is the one in force).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    pub request: RequestFile,
    #[serde(default)]
    pub answers: Vec<Received>,
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Sent, not answered, the deadline not passed.
    Sent,
    /// Answered on the day, by the deadline.
    Answered { on: Date },
    /// Not answered, and the deadline has passed.
    Late,
    /// Answered on the day, after the deadline.
    AnsweredLate { on: Date },
}

impl State {
    pub fn id(self) -> &'static str {
        match self {
            State::Sent => "sent",
            State::Answered { .. } => "answered",
            State::Late => "late",
            State::AnsweredLate { .. } => "answered-late",
        }
    }
}

impl Sent {
    pub fn deadline(&self) -> Option<Date> {
        self.request.request.deadline_date()
    }

    /// The answer in force: the last received.
    pub fn answer(&self) -> Option<&Received> {
        self.answers.last()
    }

    /// The day the answer in force was made.
    pub fn answered_on(&self) -> Option<Date> {
        self.answer()
            .and_then(|r| r.file.answered_at.get(..10).and_then(parse_iso_date))
    }

    /// The state on `today`. A deadline is passed the day after it.
    pub fn state(&self, today: Date) -> State {
        state_on(self.deadline(), self.answered_on(), today)
    }
}

/// A request's state on `today` from its deadline and the day its answer in force was made (none:
/// not answered): a deadline is passed the day after it. A completion request of the follow-up
/// (`reviewer::follow_up::completion_state`) stands the same way.
pub fn state_on(deadline: Option<Date>, answered_on: Option<Date>, today: Date) -> State {
    let after_deadline = |d: Date| deadline.is_some_and(|deadline| d > deadline);
    match answered_on {
        Some(on) if after_deadline(on) => State::AnsweredLate { on },
        Some(on) => State::Answered { on },
        None if after_deadline(today) => State::Late,
        None => State::Sent,
    }
}

/// The clarification of one deferred application: the original's fingerprint and every request
/// sent about it, in the order sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clarification {
    pub original: String,
    #[serde(default)]
    pub requests: Vec<Sent>,
}

impl Clarification {
    /// The latest request.
    pub fn latest(&self) -> Option<&Sent> {
        self.requests.last()
    }

    /// The clarified version in force: the fingerprint of the latest request's answer.
    pub fn clarified(&self) -> Option<&str> {
        self.latest().and_then(Sent::answer).map(|r| r.clarified.as_str())
    }
}

/// Why an answer was not taken into the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No request of that id was sent about that application.
    UnknownRequest,
    /// It asks otherwise than the request sent (its questions, parts or deadline differ).
    NotAsSent,
    /// The same answer was received already.
    AlreadyReceived,
}

/// Records a request sent about its application (a second request about it is added after the
/// first). A request is the same only when it is the same request whole: two tabs, or two browsers
/// of the ministry, that each wrote a request under the same id both keep theirs, and an answer is
/// matched to the one it carries ([`receive`]).
pub fn record_request(record: &mut Vec<Clarification>, request: RequestFile) {
    let original = request.fingerprint.clone();
    let sent = Sent {
        request,
        answers: Vec::new(),
    };
    match record.iter_mut().find(|c| c.original == original) {
        Some(c) => {
            if !c.requests.iter().any(|s| s.request == sent.request) {
                c.requests.push(sent);
            }
        }
        None => record.push(Clarification {
            original,
            requests: vec![sent],
        }),
    }
}

/// The id of the next request written in this record: one more than the requests it holds (an
/// answer is matched to its request within its application, and a request is the same only when it
/// is the same whole, so two browsers' equal ids are both kept: [`record_request`]).
pub fn next_request_id(record: &[Clarification]) -> String {
    let count: usize = record.iter().map(|c| c.requests.len()).sum();
    (count + 1).to_string()
}

/// Takes an answer into the record, beside its request: the original stays, the clarified version
/// is kept by its fingerprint. Every answer received is kept; a later one is in force.
pub fn receive(record: &mut [Clarification], answer: &ReadAnswer) -> Result<(), Refusal> {
    let f = &answer.file;
    let mut same_id = record
        .iter_mut()
        .filter(|c| c.original == f.original)
        .flat_map(|c| c.requests.iter_mut())
        .filter(|s| s.request.request.id == f.request.id)
        .peekable();
    if same_id.peek().is_none() {
        return Err(Refusal::UnknownRequest);
    }
    let sent = same_id
        .find(|s| s.request.request == f.request)
        .ok_or(Refusal::NotAsSent)?;
    if sent.answers.iter().any(|r| r.file == *f) {
        return Err(Refusal::AlreadyReceived);
    }
    sent.answers.push(Received {
        file: f.clone(),
        clarified: answer.fingerprint.clone(),
    });
    Ok(())
}

/// The record as two writers left it, joined (a save reads the stored record and writes this, so a
/// tab never writes over what another tab added since it read): `stored`'s requests and answers,
/// then those of `mine` it lacks. The record only grows (requests and answers are added, never
/// changed or removed), so nothing either holds is lost.
pub fn merge(stored: &[Clarification], mine: &[Clarification]) -> Vec<Clarification> {
    let mut out = stored.to_vec();
    for c in mine {
        for s in &c.requests {
            record_request(&mut out, s.request.clone());
            let Some(there) = out
                .iter_mut()
                .filter(|x| x.original == c.original)
                .flat_map(|x| x.requests.iter_mut())
                .find(|x| x.request == s.request)
            else {
                continue;
            };
            for a in &s.answers {
                if !there.answers.contains(a) {
                    there.answers.push(a.clone());
                }
            }
        }
    }
    out
}

/// A deferred entry of a decision with its clarification's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeferredRow {
    /// The entry's index in the proposal.
    pub entry: usize,
    pub original: String,
    /// The latest request about it: its id, deadline, state on `today`, the day answered and the
    /// clarified version's fingerprint. `None`: nothing asked yet.
    pub request: Option<RequestRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRow {
    pub id: String,
    pub asked_at: String,
    pub deadline: Option<Date>,
    pub state: State,
    pub answered_on: Option<Date>,
    pub clarified: Option<String>,
    /// How many requests were sent about the application.
    pub count: usize,
}

/// The deferred entries of `proposal` (of its call), as the printed decision lists them (by the
/// lead's name), each with the state of its latest request on `today`.
pub fn deferred(proposal: &Proposal, record: &[Clarification], today: Date) -> Vec<DeferredRow> {
    let a = analyse(proposal);
    printed(proposal, &a)
        .deferred
        .into_iter()
        .map(|entry| {
            let original = proposal.entries[entry].application.fingerprint.clone();
            let c = record.iter().find(|c| c.original == original);
            let request = c.and_then(|c| {
                let s = c.latest()?;
                Some(RequestRow {
                    id: s.request.request.id.clone(),
                    asked_at: s.request.request.asked_at.clone(),
                    deadline: s.deadline(),
                    state: s.state(today),
                    answered_on: s.answered_on(),
                    clarified: s.answer().map(|r| r.clarified.clone()),
                    count: c.requests.len(),
                })
            });
            DeferredRow {
                entry,
                original,
                request,
            }
        })
        .collect()
}

/// What a decision granted: the printed total (the grants its checks accept).
pub fn granted_by(proposal: &Proposal) -> Money {
    printed(proposal, &analyse(proposal)).total
}

/// The second decision on the deferred applications of `first`: the same call, appropriation,
/// rounding step and groups; what was granted before it is the first's own `granted_before` and
/// what the first granted; its entries are the first's deferred ones (of its call), open, each with
/// nothing decided yet. Where a clarified version is given (`clarified`, by the original's
/// fingerprint: the clarified version's entry as `reviewer::decision::applied` makes it), the entry
/// names it and keeps the original's fingerprint in `original`; the panel's score stays the
/// first's. `granted_before` is written as `lang` writes an amount in a field.
pub fn second_proposal(first: &Proposal, clarified: &BTreeMap<String, Applied>, lang: Lang) -> Proposal {
    let before = if first.granted_before.trim().is_empty() {
        Some(Money::ZERO)
    } else {
        Money::parse(&first.granted_before).ok()
    };
    let granted_before = before
        .and_then(|b| b.checked_add(granted_by(first)))
        .map(|m| m.format_input(lang))
        .unwrap_or_else(|| first.granted_before.clone());
    let entries = first
        .entries
        .iter()
        .filter(|e| e.status == Status::Defer && in_call(first, e))
        .map(|e| {
            let original = &e.application;
            let application = match clarified.get(&original.fingerprint) {
                Some(c) => Applied {
                    original: original.fingerprint.clone(),
                    score: original.score.clone(),
                    ..c.clone()
                },
                None => original.clone(),
            };
            Entry {
                application,
                ..Entry::default()
            }
        })
        .collect();
    Proposal {
        call: first.call.clone(),
        appropriation: first.appropriation.clone(),
        granted_before,
        step: first.step,
        groups: first.groups.clone(),
        entries,
        next_group: first.next_group,
    }
}

/// The clarified versions in force, by the original's fingerprint, with their fingerprints.
pub fn clarified_versions(record: &[Clarification]) -> BTreeMap<String, String> {
    record
        .iter()
        .filter_map(|c| Some((c.original.clone(), c.clarified()?.to_string())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::application::Envelope;
    use crate::domain::formats::clarification::{Asked, ANSWER_FORMAT, REQUEST_FORMAT};
    use time::macros::date;

    fn envelope() -> Envelope {
        crate::domain::formats::application::export(&Default::default(), "")
    }

    fn sent(deadline: &str, answered_at: Option<&str>) -> Sent {
        let asked = Asked {
            id: "r1".into(),
            asked_at: "2020-03-16T09:00:00Z".into(),
            deadline: deadline.into(),
            questions: vec![],
            parts: vec!["budget".into()],
        };
        let request = RequestFile {
            format: REQUEST_FORMAT.into(),
            schema_version: 1,
            request: asked.clone(),
            fingerprint: "a".repeat(64),
            project: String::new(),
            lead: String::new(),
            lead_business_id: String::new(),
            application: envelope(),
        };
        let answers = answered_at
            .map(|at| Received {
                file: AnswerFile {
                    format: ANSWER_FORMAT.into(),
                    schema_version: 1,
                    request: asked,
                    original: "a".repeat(64),
                    answered_at: at.into(),
                    answers: BTreeMap::new(),
                    application: envelope(),
                },
                clarified: "b".repeat(64),
            })
            .into_iter()
            .collect();
        Sent { request, answers }
    }

    #[test]
    fn the_state_of_a_request_is_its_deadline_and_its_answer_against_today() {
        let today = date!(2020 - 05 - 04);
        assert_eq!(sent("2020-05-04", None).state(today), State::Sent, "on the day");
        assert_eq!(sent("2020-05-03", None).state(today), State::Late);
        assert_eq!(
            sent("2020-04-30", Some("2020-04-30T15:00:00Z")).state(today),
            State::Answered {
                on: date!(2020 - 04 - 30)
            }
        );
        assert_eq!(
            sent("2020-04-30", Some("2020-05-02T08:00:00Z")).state(today),
            State::AnsweredLate {
                on: date!(2020 - 05 - 02)
            }
        );
        assert_eq!(State::AnsweredLate { on: today }.id(), "answered-late");
    }

    #[test]
    fn the_clarified_version_is_kept_beside_the_original() {
        let mut record = Vec::new();
        let s = sent("2020-04-30", Some("2020-04-30T15:00:00Z"));
        record_request(&mut record, s.request.clone());
        assert_eq!(clarified_versions(&record), BTreeMap::new());
        record[0].requests[0].answers = s.answers;
        assert_eq!(record[0].original, "a".repeat(64));
        assert_eq!(
            clarified_versions(&record),
            BTreeMap::from([("a".repeat(64), "b".repeat(64))])
        );
    }
}
