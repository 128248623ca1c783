//! Completion of a received report (täydennyspyyntö, docs/rules.md §12.4.1): the ministry's check of
//! a report's content or accounts may ask the grantee to complete it. Two files, each version 1 with
//! a committed JSON Schema (`schema/`), read by the one strict reader, modelled on further
//! clarification (`formats::clarification`, whose [`Question`] they share):
//!
//! - `hakemus-completion-request`: what the ministry asks ([`Asked`]: the request's id, when it was
//!   asked, the deadline, which grant — the project id, fingerprint, name, lead and business ID as the
//!   follow-up knows them — and which received report — its kind, its SHA-256, when it was made,
//!   its period or claim number — free questions, and the accounts' entries asked about, each by its
//!   id in the report's file with what is asked and what the file says of it: date, voucher,
//!   description, amount). It stands alone: the grantee sees what was asked without the report.
//! - `hakemus-completion`: the grantee's answer: the request as it was asked, when it was answered,
//!   an answer per question (an entry's question among them, by the same counter) and the completed
//!   report, the grantee's new report file carried whole as its own format writes it
//!   (`formats::grant_reports`), read by its own reader (refusals placed under `report`).
//!
//! The reader refuses what one file shows to be wrong: ids, dates, each question once with a text,
//! something asked, an answer to a question not asked, a completed report that its reader refuses,
//! of another kind than the report asked about, or of another project. A question asked and left
//! unanswered is not a refusal but a finding ([`unanswered`], `reviewer::follow_up`), as with
//! clarification; so is an answer after the deadline.

use crate::domain::draft::LineId;
use crate::domain::formats::clarification::{check_time, name, Question};
use crate::domain::formats::grant_reports::{self as reports, open_report, Opened, ReportError, ReportKind};
use crate::domain::formats::partner::schema_text_of;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::grant::model::{RawEntry, RawGrant};
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::locale::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

pub const REQUEST_FORMAT: &str = "hakemus-completion-request";
pub const ANSWER_FORMAT: &str = "hakemus-completion";
/// The version this build writes and reads (both files).
pub const VERSION: u64 = 1;
/// The committed JSON Schemas, equal to [`request_schema`] and [`answer_schema`] (tested).
pub const REQUEST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-completion-request.schema.json");
pub const ANSWER_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-completion.schema.json");

/// The grant a request is about, as the ministry's follow-up names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct GrantNamed {
    /// The project id the grantee's files carry.
    #[schemars(length(min = 1))]
    pub project_id: String,
    /// The granted application's fingerprint (empty where not known).
    #[schemars(regex(pattern = r"^$|^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    pub project_name: String,
    pub lead: String,
    pub lead_business_id: String,
}

/// The received report a request is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ReportNamed {
    pub kind: ReportKind,
    /// The SHA-256 of the file as received (lowercase hex).
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    /// When the grantee made it (the file's `exported_at`).
    pub exported_at: String,
    /// An interim report's period, ISO 8601 (empty for the other two).
    pub period_start: String,
    pub period_end: String,
    /// A payment claim's number (0 for the other two).
    pub claim_number: u64,
}

/// An entry of the report's accounts asked about: the question (its id from the same counter as the
/// free questions) and what the report's file says of the entry, so that the request stands alone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct AskedEntry {
    /// The question's id: the answer names it by this.
    #[schemars(range(min = 1))]
    pub id: u64,
    /// The entry's id in the report's file.
    #[schemars(range(min = 1))]
    pub entry: LineId,
    /// What is asked about it.
    #[schemars(length(min = 1))]
    pub text: String,
    /// The entry as the report's file writes it (ISO date, decimal amount without VAT).
    pub date: String,
    pub voucher: String,
    pub description: String,
    pub net: String,
}

/// What the ministry asks: both files carry it, the answer as the request asked it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Asked {
    /// The request's id, from the grant's follow-up.
    #[schemars(length(min = 1))]
    pub id: String,
    /// When the request was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub asked_at: String,
    /// The last day to answer (ISO 8601).
    #[schemars(extend("format" = "date"))]
    pub deadline: String,
    pub grant: GrantNamed,
    pub report: ReportNamed,
    /// Free questions.
    pub questions: Vec<Question>,
    /// The accounts' entries asked about.
    pub entries: Vec<AskedEntry>,
}

impl Asked {
    /// The deadline as a date (the reader refuses a file without one).
    pub fn deadline_date(&self) -> Option<Date> {
        parse_iso_date(&self.deadline)
    }

    /// Every question's id: the free questions, then the entries'.
    pub fn question_ids(&self) -> impl Iterator<Item = u64> + '_ {
        (self.questions.iter().map(|q| q.id)).chain(self.entries.iter().map(|e| e.id))
    }
}

/// The ministry's request for completion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus completion request", extend("additionalProperties" = false))]
pub struct RequestFile {
    #[schemars(extend("const" = "hakemus-completion-request"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    pub request: Asked,
}

/// The grantee's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus completion", extend("additionalProperties" = false))]
pub struct AnswerFile {
    #[schemars(extend("const" = "hakemus-completion"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// The request as it was asked.
    pub request: Asked,
    /// When the answer was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub answered_at: String,
    /// The answer to each question (free or of an entry), by the question's id (empty: not
    /// answered).
    pub answers: BTreeMap<u64, String>,
    /// The completed report: an `hakemus-interim-report`, `hakemus-payment-claim` or
    /// `hakemus-final-report` file whole, of the kind asked about, as its own schema describes it.
    #[schemars(extend(
        "type" = "object",
        "properties" = {
            "format": {"enum": ["hakemus-interim-report", "hakemus-payment-claim", "hakemus-final-report"]},
            "schema_version": {"type": "integer", "minimum": 1}
        },
        "required" = ["format", "schema_version"]
    ))]
    pub report: serde_json::Value,
}

/// The JSON Schemas as committed under `schema/`.
pub fn request_schema() -> String {
    schema_text_of(schemars::schema_for!(RequestFile))
}
pub fn answer_schema() -> String {
    schema_text_of(schemars::schema_for!(AnswerFile))
}

/// A file as text: pretty-printed UTF-8 with a final newline (as every file of ours).
pub use crate::domain::formats::partner::to_json;

/// Which of the two files a text is, by its `format`; `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    super::reader::format_among(bytes, &[REQUEST_FORMAT, ANSWER_FORMAT])
}

/// `hakemus-completion-request-<project>-<deadline>.json` (ASCII).
pub fn request_file_name(file: &RequestFile) -> String {
    name(REQUEST_FORMAT, &file.request.grant.project_name, &file.request.deadline)
}

/// `hakemus-completion-<project>-<day answered>.json` (ASCII).
pub fn answer_file_name(file: &AnswerFile) -> String {
    name(
        ANSWER_FORMAT,
        &file.request.grant.project_name,
        file.answered_at.get(..10).unwrap_or(""),
    )
}

// ---- Writing ----------------------------------------------------------------------------------

impl ReportNamed {
    /// The report `opened` (received as the file of SHA-256 `sha256`), named.
    pub fn of(opened: &Opened, sha256: &str) -> ReportNamed {
        let (period_start, period_end, claim_number) = match opened {
            Opened::Interim(r) => (r.file.period.start.clone(), r.file.period.end.clone(), 0),
            Opened::Claim(r) => (String::new(), String::new(), r.file.number),
            Opened::Final(_) => (String::new(), String::new(), 0),
        };
        ReportNamed {
            kind: opened.kind(),
            sha256: sha256.into(),
            exported_at: opened.exported_at().into(),
            period_start,
            period_end,
            claim_number,
        }
    }
}

impl AskedEntry {
    /// The question `id` about `entry` as the report's file writes it.
    pub fn of(id: u64, entry: &RawEntry, text: &str) -> AskedEntry {
        AskedEntry {
            id,
            entry: entry.id,
            text: text.into(),
            date: entry.date.clone(),
            voucher: entry.voucher.clone(),
            description: entry.description.clone(),
            net: entry.net.clone(),
        }
    }
}

/// The request file of `asked`.
pub fn request(asked: Asked) -> RequestFile {
    RequestFile {
        format: REQUEST_FORMAT.into(),
        schema_version: VERSION,
        request: asked,
    }
}

/// The answer to `request`: an answer per question asked (`answers` by question id; a question
/// without one is written empty, unanswered, and an id not asked is left out), and the completed
/// report (one of the grantee's three files, as `formats::grant_reports` writes it).
pub fn answer<R: Serialize>(
    request: &RequestFile,
    answers: &BTreeMap<u64, String>,
    report: &R,
    answered_at: &str,
) -> AnswerFile {
    let answers = (request.request.question_ids())
        .map(|id| (id, answers.get(&id).cloned().unwrap_or_default()))
        .collect();
    AnswerFile {
        format: ANSWER_FORMAT.into(),
        schema_version: VERSION,
        request: request.request.clone(),
        answered_at: answered_at.into(),
        answers,
        report: serde_json::to_value(report).expect("a report file is plain JSON"),
    }
}

/// Which of the grant's reports `asked` names: the interim report of the same period, the claim
/// of the same number, or the final report (the grant always has one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Interim(LineId),
    Claim(LineId),
    Final,
}

/// The grant's report that `asked` names, `None` where the grant has no such report or claim.
pub fn source_in(grant: &RawGrant, asked: &ReportNamed) -> Option<Source> {
    match asked.kind {
        ReportKind::InterimReport => {
            let (start, end) = (parse_iso_date(&asked.period_start)?, parse_iso_date(&asked.period_end)?);
            let period = (grant.periods.iter())
                .find(|p| parse_date(&p.start) == Some(start) && parse_date(&p.end) == Some(end))?;
            let report = grant.reports.iter().find(|r| r.period == period.id)?;
            Some(Source::Interim(report.id))
        }
        ReportKind::PaymentClaim => {
            let n = usize::try_from(asked.claim_number).ok()?.checked_sub(1)?;
            grant.claims.get(n).map(|c| Source::Claim(c.id))
        }
        ReportKind::FinalReport => Some(Source::Final),
    }
}

/// The grantee's completed report for what `asked` names ([`source_in`]), made from the grant's
/// current accounts as the reports page makes it (`formats::grant_reports`) on `exported_at`.
/// `None` where the grant has no such report or claim.
pub fn completed_report(grant: &RawGrant, asked: &ReportNamed, exported_at: &str) -> Option<serde_json::Value> {
    let value = |v: Result<serde_json::Value, serde_json::Error>| v.ok();
    match source_in(grant, asked)? {
        Source::Interim(id) => value(serde_json::to_value(reports::interim_report(grant, id, exported_at)?)),
        Source::Claim(id) => value(serde_json::to_value(reports::payment_claim(grant, id, exported_at)?)),
        Source::Final => value(serde_json::to_value(reports::final_report(grant, exported_at))),
    }
}

/// The answer to `request` made from the grant's current accounts ([`completed_report`]), on
/// `answered_at`; `None` where the grant has no report of what was asked about.
pub fn answer_from_grant(
    request: &RequestFile,
    answers: &BTreeMap<u64, String>,
    grant: &RawGrant,
    answered_at: &str,
) -> Option<AnswerFile> {
    let report = completed_report(grant, &request.request.report, answered_at)?;
    Some(answer(request, answers, &report, answered_at))
}

/// The questions asked (free or of an entry) that `answers` leaves empty or without an answer, by
/// id: a finding of the ministry's, not a refusal (docs/rules.md §12.4.1).
pub fn unanswered(asked: &Asked, answers: &BTreeMap<u64, String>) -> Vec<u64> {
    asked
        .question_ids()
        .filter(|id| answers.get(id).is_none_or(|a| a.trim().is_empty()))
        .collect()
}

// ---- Reading ----------------------------------------------------------------------------------

/// A request read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    pub file: RequestFile,
    pub notes: Vec<Note>,
}

/// An answer read: the file, and the completed report read by its own reader (its figures
/// recomputed) with its text as its own format writes it (what the follow-up keeps and names by
/// its SHA-256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadAnswer {
    pub file: AnswerFile,
    pub report: Opened,
    pub report_text: String,
    pub notes: Vec<Note>,
}

fn invalid(path: impl Into<String>, detail: &str) -> ImportError {
    ImportError::at(path, Problem::Invalid { detail: detail.into() })
}

/// What is asked, as both files carry it: an id, the dates, the grant and the report named, each
/// question once (free and entries' from one counter) with a text, an entry once, something asked.
fn check_asked(a: &Asked) -> Result<(), ImportError> {
    if a.id.trim().is_empty() {
        return Err(ImportError::at("request.id", Problem::MissingId));
    }
    check_time("request.asked_at", &a.asked_at)?;
    if parse_iso_date(&a.deadline).is_none() {
        return Err(ImportError::at(
            "request.deadline",
            Problem::NotADate {
                text: a.deadline.clone(),
            },
        ));
    }
    if a.grant.project_id.trim().is_empty() {
        return Err(ImportError::at("request.grant.project_id", Problem::MissingId));
    }
    let hex64 = |s: &str| s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !hex64(&a.report.sha256) {
        return Err(invalid("request.report.sha256", "not a SHA-256 in lowercase hex"));
    }
    let mut ids = BTreeSet::new();
    let texts = (a.questions.iter().enumerate())
        .map(|(i, q)| (format!("request.questions[{i}]"), q.id, &q.text))
        .chain((a.entries.iter().enumerate()).map(|(i, e)| (format!("request.entries[{i}]"), e.id, &e.text)));
    for (at, id, text) in texts {
        if id == 0 || !ids.insert(id) {
            return Err(ImportError::at(format!("{at}.id"), Problem::MissingId));
        }
        if text.trim().is_empty() {
            return Err(invalid(format!("{at}.text"), "a question has its text"));
        }
    }
    let mut entries = BTreeSet::new();
    for (i, e) in a.entries.iter().enumerate() {
        if e.entry == 0 || !entries.insert(e.entry) {
            return Err(invalid(
                format!("request.entries[{i}].entry"),
                "an entry asked about once",
            ));
        }
    }
    if ids.is_empty() {
        return Err(invalid("request", "nothing asked: no question and no entry"));
    }
    Ok(())
}

/// Reads a request, strictly.
pub fn read_request(bytes: &[u8]) -> Result<ReadRequest, ImportError> {
    let (text, scan, _version) = open(bytes, REQUEST_FORMAT, VERSION)?;
    let file: RequestFile = from_json(text).map_err(shape_error)?;
    check_asked(&file.request)?;
    Ok(ReadRequest {
        file,
        notes: scan.notes,
    })
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// By the strict reader or a check of the file's own, with its place.
    Read(ImportError),
    /// The completed report's own reader refused it; its place is under `report`.
    Report(ReportError),
}

impl From<ImportError> for AnswerError {
    fn from(e: ImportError) -> AnswerError {
        AnswerError::Read(e)
    }
}

impl AnswerError {
    pub fn path(&self) -> Option<&str> {
        match self {
            AnswerError::Read(e) => e.path.as_deref(),
            AnswerError::Report(e) => e.path(),
        }
    }
}

/// A report reader's refusal placed under `report`.
fn under_report(e: ReportError) -> ReportError {
    let place = |p: Option<String>| Some(p.map_or_else(|| "report".into(), |p| format!("report.{p}")));
    match e {
        ReportError::Read(ImportError { path, problem }) => ReportError::Read(ImportError {
            path: place(path),
            problem,
        }),
        ReportError::FigureDiffers {
            path,
            stated,
            recomputed,
        } => ReportError::FigureDiffers {
            path: format!("report.{path}"),
            stated,
            recomputed,
        },
        ReportError::Statement { path, message } => ReportError::Statement {
            path: format!("report.{path}"),
            message,
        },
    }
}

/// Reads an answer, strictly: an answer only to a question the request asked; the completed report
/// through its own reader, of the kind asked about and of the grant's project.
pub fn read_answer(bytes: &[u8], lang: Lang) -> Result<ReadAnswer, AnswerError> {
    let (text, scan, _version) = open(bytes, ANSWER_FORMAT, VERSION)?;
    let file: AnswerFile = from_json(text).map_err(shape_error)?;
    check_asked(&file.request)?;
    check_time("answered_at", &file.answered_at)?;
    let asked: BTreeSet<u64> = file.request.question_ids().collect();
    if let Some(id) = file.answers.keys().find(|id| !asked.contains(id)) {
        return Err(invalid(format!("answers.{id}"), "not a question of the request").into());
    }
    if !file.report.is_object() {
        return Err(invalid("report", "a report's file, as an object").into());
    }
    let carried = serde_json::to_string(&file.report).expect("a JSON value writes");
    let report = open_report(carried.as_bytes(), lang).map_err(|e| AnswerError::Report(under_report(e)))?;
    if report.kind() != file.request.report.kind {
        return Err(invalid("report.format", "not the kind of report asked about").into());
    }
    if report.project().id != file.request.grant.project_id {
        return Err(invalid("report.project.id", "a report of another project").into());
    }
    let report_text = report.to_json();
    Ok(ReadAnswer {
        file,
        report,
        report_text,
        notes: scan.notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked() -> Asked {
        Asked {
            id: "1".into(),
            asked_at: "2020-08-03T09:00:00Z".into(),
            deadline: "2020-08-31".into(),
            grant: GrantNamed {
                project_id: "kiuruvesi".into(),
                ..GrantNamed::default()
            },
            report: ReportNamed {
                sha256: "a".repeat(64),
                ..ReportNamed::default()
            },
            questions: vec![Question {
                id: 1,
                text: "Mitä hankittiin?".into(),
            }],
            entries: vec![],
        }
    }

    #[test]
    fn questions_and_entries_share_one_counter_and_each_is_asked_once() {
        let path = |a: &Asked| check_asked(a).unwrap_err().path.unwrap();
        assert!(check_asked(&asked()).is_ok());
        let entry = |id, entry| AskedEntry {
            id,
            entry,
            text: "Tosite?".into(),
            ..AskedEntry::default()
        };
        let same_id = Asked {
            entries: vec![entry(1, 7)],
            ..asked()
        };
        assert_eq!(path(&same_id), "request.entries[0].id");
        let twice = Asked {
            entries: vec![entry(2, 7), entry(3, 7)],
            ..asked()
        };
        assert_eq!(path(&twice), "request.entries[1].entry");
        let nothing = Asked {
            questions: vec![],
            ..asked()
        };
        assert_eq!(path(&nothing), "request");
        let no_sha = Asked {
            report: ReportNamed::default(),
            ..asked()
        };
        assert_eq!(path(&no_sha), "request.report.sha256");
    }

    #[test]
    fn an_empty_answer_is_unanswered_and_every_question_counts() {
        let a = Asked {
            entries: vec![AskedEntry {
                id: 2,
                entry: 7,
                text: "Tosite?".into(),
                ..AskedEntry::default()
            }],
            ..asked()
        };
        let answers = BTreeMap::from([(1, "  ".to_string())]);
        assert_eq!(unanswered(&a, &answers), [1, 2]);
        let answers = BTreeMap::from([(1, "Laitteet.".to_string()), (2, "Liitteenä.".to_string())]);
        assert!(unanswered(&a, &answers).is_empty());
    }
}
