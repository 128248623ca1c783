//! The two files of a change during the project (muutoshakemus, docs/rules.md §12.2; the rules are
//! `grant::change`):
//!
//! - `hakemus-change-request`: what the lead sends the ministry: the project as the report files
//!   name it (`grant_reports::Project`), the request's id, its parts (a later end, money moved
//!   between categories or applicants, a change of content; each with its reason) and when it was
//!   sent. Only a request without errors is written, and each part carries the fields of its kind
//!   only, as files write them (an end ISO 8601, an amount a decimal string).
//! - `hakemus-change-decision`: the ministry's answer: the project's and the request's ids, and per
//!   part the outcome (accepted, accepted with changes — a new end or a new amount —, rejected) with
//!   its reason, the decision's date and the decider.
//!
//! Both version 1, with committed JSON Schemas (`schema/`), read by the one strict reader and then
//! checked, every refusal at its place. A decision is taken into the project by [`receive`]: it is
//! refused when it names another project, a request the project does not hold, or a part the
//! request does not have, or leaves one of its parts undecided.

use crate::domain::draft::LineId;
use crate::domain::formats::grant_reports::{canonical_part, project_of, Project};
use crate::domain::formats::partner::schema_text_of;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::formats::slug::{slug, Other};
use crate::domain::grant::change::{check_changes, ready_to_send};
use crate::domain::grant::model::{ChangeDecision, ChangeKind, MoveBy, Outcome, RawChangePart, RawGrant};
use crate::domain::grant::review::review;
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::money::Money;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

pub const CHANGE_REQUEST_FORMAT: &str = "hakemus-change-request";
pub const CHANGE_DECISION_FORMAT: &str = "hakemus-change-decision";
pub const CHANGE_REQUEST_VERSION: u64 = 1;
pub const CHANGE_DECISION_VERSION: u64 = 1;
/// The committed JSON Schemas, equal to [`request_schema`] and [`decision_schema`] (tested).
pub const CHANGE_REQUEST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-change-request.schema.json");
pub const CHANGE_DECISION_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-change-decision.schema.json");

/// A change request's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus change request", extend("additionalProperties" = false))]
pub struct ChangeRequestFile {
    #[schemars(extend("const" = "hakemus-change-request"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the lead sent it, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub sent_at: String,
    pub project: Project,
    /// Names the request (from the project's counter); the decision names it back.
    #[schemars(range(min = 1))]
    pub request_id: LineId,
    /// At least one.
    #[schemars(length(min = 1))]
    pub parts: Vec<RawChangePart>,
}

/// The ministry's decision's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus change decision", extend("additionalProperties" = false))]
pub struct ChangeDecisionFile {
    #[schemars(extend("const" = "hakemus-change-decision"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the file was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    /// The project's id (`project.id` of the request).
    #[schemars(length(min = 1))]
    pub project_id: String,
    #[schemars(range(min = 1))]
    pub request_id: LineId,
    pub decision: ChangeDecision,
}

pub fn request_schema() -> String {
    schema_text_of(schemars::schema_for!(ChangeRequestFile))
}

pub fn decision_schema() -> String {
    schema_text_of(schemars::schema_for!(ChangeDecisionFile))
}

/// A file as text: pretty-printed UTF-8 with a final newline.
pub fn to_json<T: Serialize>(file: &T) -> String {
    crate::domain::formats::partner::to_json(file)
}

/// Which of these two files a text is, by its `format`; `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    let format = super::reader::format_name(bytes)?;
    [CHANGE_REQUEST_FORMAT, CHANGE_DECISION_FORMAT]
        .into_iter()
        .find(|f| *f == format)
}

/// `hakemus-change-request-<project>-<request id>.json`, `hakemus-change-decision-…` (ASCII).
pub fn file_name(format: &str, project: &str, request_id: LineId) -> String {
    let project = slug(project, Other::Separates);
    if project.is_empty() {
        format!("{format}-{request_id}.json")
    } else {
        format!("{format}-{project}-{request_id}.json")
    }
}

// ---- Writing ----------------------------------------------------------------------------------

/// The file of the request `request_id`, sent at `sent_at`; `None` without that request, or while
/// it has an error (`grant::change::check_changes`).
pub fn change_request(grant: &RawGrant, request_id: LineId, sent_at: &str) -> Option<ChangeRequestFile> {
    let r = grant.changes.iter().find(|c| c.id == request_id)?;
    if !ready_to_send(&check_changes(grant), request_id) {
        return None;
    }
    let parts = r.parts.iter().map(canonical_part).collect::<Option<Vec<_>>>()?;
    let day = sent_at.get(..10).and_then(parse_iso_date).unwrap_or(Date::MIN);
    Some(ChangeRequestFile {
        format: CHANGE_REQUEST_FORMAT.into(),
        schema_version: CHANGE_REQUEST_VERSION,
        sent_at: sent_at.into(),
        project: project_of(grant, &review(grant, day)),
        request_id,
        parts,
    })
}

/// A decision's file (the ministry's side writes it; the tests and examples use it).
pub fn change_decision(
    project_id: &str,
    request_id: LineId,
    decision: ChangeDecision,
    exported_at: &str,
) -> ChangeDecisionFile {
    ChangeDecisionFile {
        format: CHANGE_DECISION_FORMAT.into(),
        schema_version: CHANGE_DECISION_VERSION,
        exported_at: exported_at.into(),
        project_id: project_id.into(),
        request_id,
        decision,
    }
}

// ---- Reading ----------------------------------------------------------------------------------

/// A file read, with what the strict reader noted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<F> {
    pub file: F,
    pub notes: Vec<Note>,
}

fn invalid(path: String, detail: &str) -> ImportError {
    ImportError::at(path, Problem::Invalid { detail: detail.into() })
}

fn check_time(path: &str, t: &str) -> Result<(), ImportError> {
    if t.get(..10).and_then(parse_iso_date).is_none() {
        return Err(ImportError::at(path, Problem::NotADate { text: t.into() }));
    }
    Ok(())
}

fn check_iso(path: String, t: &str) -> Result<Date, ImportError> {
    if t.len() != 10 {
        return Err(ImportError::at(path, Problem::NotADate { text: t.into() }));
    }
    parse_iso_date(t).ok_or_else(|| ImportError::at(path, Problem::NotADate { text: t.into() }))
}

fn check_amount(path: String, t: &str) -> Result<Money, ImportError> {
    match Money::parse_exchange(t) {
        Some(m) if !m.is_zero() => Ok(m),
        Some(_) => Err(invalid(path, "not a positive amount")),
        None => Err(ImportError::at(path, Problem::NotAnAmount { text: t.into() })),
    }
}

/// The checks of a part as a request file carries it.
fn check_part(at: &str, p: &RawChangePart) -> Result<(), ImportError> {
    let path = |f: &str| format!("{at}.{f}");
    if p.id == 0 {
        return Err(ImportError::at(path("id"), Problem::MissingId));
    }
    if p.reason.trim().is_empty() {
        return Err(invalid(path("reason"), "a part without a reason"));
    }
    let empty = |f: &str, v: &str| {
        if v.is_empty() {
            Ok(())
        } else {
            Err(invalid(path(f), "not a field of this kind of change"))
        }
    };
    match p.kind {
        ChangeKind::EndDate => {
            check_iso(path("end"), &p.end)?;
            empty("amount", &p.amount)?;
            empty("from", &p.from)?;
            empty("to", &p.to)?;
            empty("text", &p.text)?;
        }
        ChangeKind::MoveMoney => {
            if p.from.trim().is_empty() {
                return Err(invalid(path("from"), "empty"));
            }
            if p.to.trim().is_empty() || p.to == p.from {
                return Err(invalid(path("to"), "empty, or the same as from"));
            }
            check_amount(path("amount"), &p.amount)?;
            empty("end", &p.end)?;
            empty("text", &p.text)?;
        }
        ChangeKind::Content => {
            if p.text.trim().is_empty() {
                return Err(invalid(path("text"), "empty"));
            }
            empty("end", &p.end)?;
            empty("amount", &p.amount)?;
            empty("from", &p.from)?;
            empty("to", &p.to)?;
            if p.by != MoveBy::default() {
                return Err(invalid(path("by"), "not a field of this kind of change"));
            }
        }
    }
    Ok(())
}

/// Reads a change request's file.
pub fn read_change_request(bytes: &[u8]) -> Result<Read<ChangeRequestFile>, ImportError> {
    let (text, scan, _version) = open(bytes, CHANGE_REQUEST_FORMAT, CHANGE_REQUEST_VERSION)?;
    let file: ChangeRequestFile = from_json(text).map_err(shape_error)?;
    check_time("sent_at", &file.sent_at)?;
    if file.project.id.trim().is_empty() {
        return Err(ImportError::at("project.id", Problem::MissingId));
    }
    if file.request_id == 0 {
        return Err(ImportError::at("request_id", Problem::MissingId));
    }
    if file.parts.is_empty() {
        return Err(invalid("parts".into(), "a request without parts"));
    }
    for (i, p) in file.parts.iter().enumerate() {
        if file.parts[..i].iter().any(|o| o.id == p.id) {
            return Err(ImportError::at(format!("parts[{i}].id"), Problem::MissingId));
        }
        check_part(&format!("parts[{i}]"), p)?;
    }
    Ok(Read {
        file,
        notes: scan.notes,
    })
}

/// Reads a decision's file (its own checks: the date, the decider, a reason for every part, a
/// changed value where the outcome is accepted with changes, each part once).
pub fn read_change_decision(bytes: &[u8]) -> Result<Read<ChangeDecisionFile>, ImportError> {
    let (text, scan, _version) = open(bytes, CHANGE_DECISION_FORMAT, CHANGE_DECISION_VERSION)?;
    let file: ChangeDecisionFile = from_json(text).map_err(shape_error)?;
    check_time("exported_at", &file.exported_at)?;
    if file.project_id.trim().is_empty() {
        return Err(ImportError::at("project_id", Problem::MissingId));
    }
    if file.request_id == 0 {
        return Err(ImportError::at("request_id", Problem::MissingId));
    }
    let d = &file.decision;
    check_iso("decision.decided_on".into(), &d.decided_on)?;
    if d.decider.trim().is_empty() {
        return Err(invalid("decision.decider".into(), "empty"));
    }
    for (i, p) in d.parts.iter().enumerate() {
        let path = |f: &str| format!("decision.parts[{i}].{f}");
        if p.part == 0 || d.parts[..i].iter().any(|o| o.part == p.part) {
            return Err(ImportError::at(path("part"), Problem::MissingId));
        }
        if p.reason.trim().is_empty() {
            return Err(invalid(path("reason"), "a decision without a reason"));
        }
        if !p.end.is_empty() {
            check_iso(path("end"), &p.end)?;
        }
        if !p.amount.is_empty() {
            check_amount(path("amount"), &p.amount)?;
        }
        if p.outcome != Outcome::AcceptedWithChanges && !(p.end.is_empty() && p.amount.is_empty()) {
            return Err(invalid(
                path("outcome"),
                "a changed value without accepted-with-changes",
            ));
        }
    }
    Ok(Read {
        file,
        notes: scan.notes,
    })
}

/// Why a decision read was not taken into the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It names another project (its `project_id`).
    OtherProject { named: String },
    /// It names a request this project does not hold.
    UnknownRequest { id: LineId },
    /// It decides a part the request does not have (the path in the file).
    UnknownPart { path: String, part: LineId },
    /// It leaves a part of the request undecided.
    PartUndecided { part: LineId },
    /// Accepted with changes, without the changed value the part's kind needs (a new end for an
    /// end date, a new amount for a move of money), at the path in the file.
    ChangedValueMissing { path: String },
    /// The request has another decision already (the same one again is not refused).
    AlreadyDecided,
}

/// Whether the decision read may be taken into `grant` (nothing changes here): `Ok(false)` when
/// the request already holds this very decision.
pub fn receive(grant: &RawGrant, file: &ChangeDecisionFile) -> Result<bool, Refusal> {
    if file.project_id != grant.id {
        return Err(Refusal::OtherProject {
            named: file.project_id.clone(),
        });
    }
    let Some(r) = grant.changes.iter().find(|c| c.id == file.request_id) else {
        return Err(Refusal::UnknownRequest { id: file.request_id });
    };
    for (i, d) in file.decision.parts.iter().enumerate() {
        let Some(p) = r.parts.iter().find(|p| p.id == d.part) else {
            return Err(Refusal::UnknownPart {
                path: format!("decision.parts[{i}].part"),
                part: d.part,
            });
        };
        if d.outcome == Outcome::AcceptedWithChanges {
            let missing = match p.kind {
                ChangeKind::EndDate => d.end.is_empty().then_some("end"),
                ChangeKind::MoveMoney => d.amount.is_empty().then_some("amount"),
                ChangeKind::Content => None,
            };
            if let Some(f) = missing {
                return Err(Refusal::ChangedValueMissing {
                    path: format!("decision.parts[{i}].{f}"),
                });
            }
        }
    }
    if let Some(p) = r
        .parts
        .iter()
        .find(|p| !file.decision.parts.iter().any(|d| d.part == p.id))
    {
        return Err(Refusal::PartUndecided { part: p.id });
    }
    match &r.decision {
        Some(d) if *d == file.decision => Ok(false),
        Some(_) => Err(Refusal::AlreadyDecided),
        None => Ok(true),
    }
}

/// Takes the decision into the project ([`receive`] first): kept with the request, read at
/// `received_at`. The plan in force changes with it (`grant::change::plan_in_force`).
pub fn apply(grant: &mut RawGrant, file: &ChangeDecisionFile, received_at: &str) -> Result<bool, Refusal> {
    let new = receive(grant, file)?;
    if new {
        if let Some(r) = grant.change_mut(file.request_id) {
            r.decision = Some(file.decision.clone());
            r.decided_received_at = received_at.into();
        }
    }
    Ok(new)
}
