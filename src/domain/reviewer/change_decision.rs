//! The ministry deciding a grantee's change request (muutoshakemus, docs/rules.md §12.2), as its
//! follow-up page holds the work: the request's file as it came ([`ChangeRequestFile`]) and, per
//! part, the outcome chosen, the changed value and the reason **as typed** ([`RawDeciding`]), with
//! the decider and the decision's date. Pure and never failing: [`check_deciding`] gives what is
//! missing or not readable as [`DecidingFinding`]s (each at its field); [`decision_file`] writes the
//! `hakemus-change-decision` file only when there is none, with the dates and amounts as files
//! write them, so that the lead's `formats::grant_change::receive` takes it in.

use crate::domain::draft::LineId;
use crate::domain::formats::grant_change::{change_decision, ChangeDecisionFile, ChangeRequestFile};
use crate::domain::grant::model::{ChangeDecision, ChangeKind, Outcome, PartDecision};
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::money::{Money, MoneyError};
use serde::{Deserialize, Serialize};
use time::Date;

/// The decision on one part, as typed: nothing chosen until the ministry chooses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawPartDeciding {
    /// The part's id in the request.
    pub part: LineId,
    pub outcome: Option<Outcome>,
    /// With accepted-with-changes: the end accepted instead (of a later end) ...
    pub end: String,
    /// ... or the amount accepted instead (of money moved).
    pub amount: String,
    pub reason: String,
}

/// A change request being decided: the request as its file came, the decisions as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDeciding {
    /// The name of the file it was opened from (shown, not read).
    pub file_name: String,
    pub request: ChangeRequestFile,
    /// Who decides, and the decision's date as typed (`20.9.2021`).
    pub decider: String,
    pub decided_on: String,
    /// One per part of the request, in its order.
    pub parts: Vec<RawPartDeciding>,
    /// When the decision's file was last saved (RFC 3339); empty while not saved.
    #[serde(default)]
    pub saved_at: String,
}

impl RawDeciding {
    /// A request opened: a decision to make on each of its parts, dated `today` as Finns write it.
    pub fn open(file_name: &str, request: ChangeRequestFile, today: Date) -> RawDeciding {
        let parts = request
            .parts
            .iter()
            .map(|p| RawPartDeciding {
                part: p.id,
                ..RawPartDeciding::default()
            })
            .collect();
        RawDeciding {
            file_name: file_name.into(),
            request,
            decider: String::new(),
            decided_on: format!("{}.{}.{}", today.day(), u8::from(today.month()), today.year()),
            parts,
            saved_at: String::new(),
        }
    }

    /// Whether `other` is the same request (the same project and request id).
    pub fn same_request(&self, other: &ChangeRequestFile) -> bool {
        self.request.project.id == other.project.id && self.request.request_id == other.request_id
    }

    /// The decision typed on `part`.
    pub fn part_mut(&mut self, part: LineId) -> Option<&mut RawPartDeciding> {
        self.parts.iter_mut().find(|p| p.part == part)
    }
}

/// A field of the decision: the decider, the date, or a part's outcome, changed value or reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecidingField {
    Decider,
    DecidedOn,
    Outcome(LineId),
    End(LineId),
    Amount(LineId),
    Reason(LineId),
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecidingMessage {
    DeciderRequired,
    DateRequired,
    DateInvalid {
        typed: String,
    },
    /// No outcome chosen for the part.
    OutcomeRequired,
    ReasonRequired,
    /// Accepted with changes, without the new end or not a date.
    EndRequired,
    EndInvalid {
        typed: String,
    },
    /// Accepted with changes, without the new amount, or not an amount above zero.
    AmountRequired,
    AmountInvalid {
        typed: String,
        reason: MoneyError,
    },
    AmountNotPositive,
}

/// A finding of a decision being made: always an error (the file is not written while one
/// stands).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecidingFinding {
    pub field: DecidingField,
    pub message: DecidingMessage,
}

/// What the decision lacks before its file can be written: the decider and a date (docs/rules.md
/// §12.2: "with the decision's date and the decider"), every part decided with its reason, and the
/// changed value a part accepted with changes needs (a new end of a later end, a new amount of
/// money moved), readable.
pub fn check_deciding(d: &RawDeciding) -> Vec<DecidingFinding> {
    let mut out = Vec::new();
    let mut push = |field, message| out.push(DecidingFinding { field, message });
    if d.decider.trim().is_empty() {
        push(DecidingField::Decider, DecidingMessage::DeciderRequired);
    }
    match d.decided_on.trim() {
        "" => push(DecidingField::DecidedOn, DecidingMessage::DateRequired),
        t if parse_date(t).is_none() => push(
            DecidingField::DecidedOn,
            DecidingMessage::DateInvalid { typed: t.into() },
        ),
        _ => {}
    }
    let empty = RawPartDeciding::default();
    for p in &d.request.parts {
        let t = d.parts.iter().find(|x| x.part == p.id).unwrap_or(&empty);
        if t.outcome.is_none() {
            push(DecidingField::Outcome(p.id), DecidingMessage::OutcomeRequired);
        }
        if t.outcome == Some(Outcome::AcceptedWithChanges) {
            match p.kind {
                ChangeKind::EndDate => match t.end.trim() {
                    "" => push(DecidingField::End(p.id), DecidingMessage::EndRequired),
                    e if parse_date(e).is_none() => push(
                        DecidingField::End(p.id),
                        DecidingMessage::EndInvalid { typed: e.into() },
                    ),
                    _ => {}
                },
                ChangeKind::MoveMoney => match Money::parse(t.amount.trim()) {
                    Err(MoneyError::Empty) => push(DecidingField::Amount(p.id), DecidingMessage::AmountRequired),
                    Err(reason) => push(
                        DecidingField::Amount(p.id),
                        DecidingMessage::AmountInvalid {
                            typed: t.amount.trim().into(),
                            reason,
                        },
                    ),
                    Ok(m) if m.is_zero() => push(DecidingField::Amount(p.id), DecidingMessage::AmountNotPositive),
                    Ok(_) => {}
                },
                // A change of content accepted with changes says the changes in its reason.
                ChangeKind::Content => {}
            }
        }
        if t.reason.trim().is_empty() {
            push(DecidingField::Reason(p.id), DecidingMessage::ReasonRequired);
        }
    }
    out
}

/// An ISO 8601 date as files write it.
fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The decision's file, made at `exported_at`; `None` while [`check_deciding`] finds anything.
/// Only the changed value of the part's own kind is written, and only with accepted-with-changes
/// (what is typed for another outcome is kept on the page, not sent).
pub fn decision_file(d: &RawDeciding, exported_at: &str) -> Option<ChangeDecisionFile> {
    if !check_deciding(d).is_empty() {
        return None;
    }
    let parts = d
        .request
        .parts
        .iter()
        .map(|p| {
            let t = d.parts.iter().find(|x| x.part == p.id)?;
            let outcome = t.outcome?;
            let changed = outcome == Outcome::AcceptedWithChanges;
            let (end, amount) = match p.kind {
                ChangeKind::EndDate if changed => (iso(parse_date(&t.end)?), String::new()),
                ChangeKind::MoveMoney if changed => (String::new(), Money::parse(t.amount.trim()).ok()?.format_plain()),
                _ => (String::new(), String::new()),
            };
            Some(PartDecision {
                part: p.id,
                outcome,
                end,
                amount,
                reason: t.reason.trim().into(),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let decision = ChangeDecision {
        decided_on: iso(parse_date(&d.decided_on)?),
        decider: d.decider.trim().into(),
        parts,
    };
    Some(change_decision(
        &d.request.project.id,
        d.request.request_id,
        decision,
        exported_at,
    ))
}
