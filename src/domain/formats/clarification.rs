//! Further clarification of a deferred application (lisäselvitys, docs/rules.md §12.1): decision 004
//! defers six applications ("päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen.
//! Valtiovarainministeriö on kuntiin tarkemmin yhteydessä lisäselvitysten suhteen"). Two files,
//! each version 1 with a committed JSON Schema (`schema/`), read by the one strict reader:
//!
//! - `hakemus-clarification-request`: what the ministry asks ([`Asked`]: the request's id, when it
//!   was asked, the deadline, free questions and the parts of the application to be revised, by
//!   their `rules::sections::Section` slugs), which application it is about (its fingerprint, the
//!   project, the lead and its business ID) and that application whole, as its own file writes it
//!   (an `hakemus-application` envelope), so that the request stands alone: the lead opens it as a
//!   new draft.
//! - `hakemus-clarification`: the lead's answer: the request as it was asked (so that the answer,
//!   too, shows what was asked), the original's fingerprint, when it was answered, an answer per
//!   question and the revised application, whose fingerprint the reader computes.
//!
//! The reader checks what one file can show: ids, dates, the parts named once and known, something
//! asked, the carried application through its own reader (refusals placed under `application`),
//! the request's fingerprint that of the application it carries, and an answer only to a question
//! asked. What the answer must meet against its request (every question answered, nothing changed
//! outside the asked parts, on time) are findings, not refusals: `exchange::clarification`, which
//! compares the two versions.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application::{self, check_fingerprint, Envelope};
use crate::domain::formats::grant_partner::name_of;
use crate::domain::formats::partner::schema_text_of;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::formats::slug::{slug, Other};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

pub const REQUEST_FORMAT: &str = "hakemus-clarification-request";
pub const ANSWER_FORMAT: &str = "hakemus-clarification";
/// The version this build writes and reads (both files).
pub const VERSION: u64 = 1;
/// The committed JSON Schemas, equal to [`request_schema`] and [`answer_schema`] (tested).
pub const REQUEST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-clarification-request.schema.json");
pub const ANSWER_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-clarification.schema.json");

/// A question the ministry asks, in its own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Question {
    /// From the ministry's counter: the answer names the question by it.
    #[schemars(range(min = 1))]
    pub id: u64,
    #[schemars(length(min = 1))]
    pub text: String,
}

/// What the ministry asks: both files carry it, the answer as the request asked it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Asked {
    /// The request's id, given by the ministry's pages (from a counter).
    #[schemars(length(min = 1))]
    pub id: String,
    /// When the request was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub asked_at: String,
    /// The last day to answer (ISO 8601).
    #[schemars(extend("format" = "date"))]
    pub deadline: String,
    /// Free questions (none, where only parts are to be revised).
    pub questions: Vec<Question>,
    /// The parts of the application to be revised, by their slugs (none, where only questions are
    /// asked). Nothing outside them may change.
    #[schemars(extend("items" = {"type": "string", "enum": [
        "project", "applicants", "targets", "state-and-goals", "impact", "prior-work",
        "commitments", "schedule", "budget", "risks", "monitoring"
    ]}))]
    pub parts: Vec<String>,
}

impl Asked {
    /// The parts as sections, in the form's order; unknown slugs (which the reader refuses) left out.
    pub fn sections(&self) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| self.parts.iter().any(|p| p == s.slug()))
            .collect()
    }

    /// The deadline as a date (the reader refuses a file without one).
    pub fn deadline_date(&self) -> Option<Date> {
        parse_iso_date(&self.deadline)
    }
}

/// The ministry's request for further clarification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus clarification request", extend("additionalProperties" = false))]
pub struct RequestFile {
    #[schemars(extend("const" = "hakemus-clarification-request"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    pub request: Asked,
    /// The deferred application's fingerprint, as the decision names it: that of `application`.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    /// The project's name, the lead's name and business ID, as the application gives them.
    pub project: String,
    pub lead: String,
    pub lead_business_id: String,
    /// The application as submitted, as its own file (`hakemus-application`) writes it.
    pub application: Envelope,
}

/// The lead's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus clarification", extend("additionalProperties" = false))]
pub struct AnswerFile {
    #[schemars(extend("const" = "hakemus-clarification"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// The request as it was asked.
    pub request: Asked,
    /// The fingerprint of the application the request was about (the original).
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub original: String,
    /// When the answer was made, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub answered_at: String,
    /// The answer to each question, by the question's id (empty: not answered).
    pub answers: BTreeMap<u64, String>,
    /// The application as revised, as its own file writes it.
    pub application: Envelope,
}

/// The JSON Schemas as committed under `schema/`.
pub fn request_schema() -> String {
    schema_text_of(schemars::schema_for!(RequestFile))
}
pub fn answer_schema() -> String {
    schema_text_of(schemars::schema_for!(AnswerFile))
}

/// A file as text: pretty-printed UTF-8 with a final newline.
pub fn to_json<T: Serialize>(file: &T) -> String {
    crate::domain::formats::partner::to_json(file)
}

/// Which of the two files a text is, by its `format`; `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    super::reader::format_among(bytes, &[REQUEST_FORMAT, ANSWER_FORMAT])
}

/// `hakemus-clarification-request-<project>-<deadline>.json` (ASCII).
pub fn request_file_name(file: &RequestFile) -> String {
    name(REQUEST_FORMAT, &file.project, &file.request.deadline)
}

/// `hakemus-clarification-<project>-<day answered>.json` (ASCII).
pub fn answer_file_name(file: &AnswerFile, project: &str) -> String {
    name(ANSWER_FORMAT, project, file.answered_at.get(..10).unwrap_or(""))
}

pub(crate) fn name(format: &str, project: &str, tail: &str) -> String {
    let parts: Vec<String> = [slug(project, Other::Separates), slug(tail, Other::Separates)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        format!("{format}.json")
    } else {
        format!("{format}-{}.json", parts.join("-"))
    }
}

// ---- Writing ----------------------------------------------------------------------------------

/// The request about `draft` (the application as the ministry opened it), which it carries as
/// `application::export` writes it; its fingerprint is `application::fingerprint(draft)`.
pub fn request(asked: Asked, draft: &RawDraft) -> RequestFile {
    let envelope = application::export(draft, &asked.asked_at);
    request_carrying(asked, draft, application::fingerprint(draft), envelope)
}

/// The request carrying the application's file as it was received (`envelope`, read into `draft`
/// with the fingerprint `fingerprint`): a file of an older format keeps the fingerprint the
/// decision names it by.
pub fn request_carrying(asked: Asked, draft: &RawDraft, fingerprint: String, envelope: Envelope) -> RequestFile {
    let lead = draft.applicants.first();
    RequestFile {
        format: REQUEST_FORMAT.into(),
        schema_version: VERSION,
        request: asked,
        fingerprint,
        project: draft.project.name().to_string(),
        lead: lead.map(name_of).unwrap_or_default(),
        lead_business_id: lead.map(|a| a.business_id.clone()).unwrap_or_default(),
        application: envelope,
    }
}

/// The answer to `request`: an answer per question asked (`answers` by question id; a question
/// without one is written empty, unanswered, and an id not asked is left out), and the revised
/// application.
pub fn answer(
    request: &RequestFile,
    answers: &BTreeMap<u64, String>,
    revised: &RawDraft,
    answered_at: &str,
) -> AnswerFile {
    let answers = request
        .request
        .questions
        .iter()
        .map(|q| (q.id, answers.get(&q.id).cloned().unwrap_or_default()))
        .collect();
    AnswerFile {
        format: ANSWER_FORMAT.into(),
        schema_version: VERSION,
        request: request.request.clone(),
        original: request.fingerprint.clone(),
        answered_at: answered_at.into(),
        answers,
        application: application::export(revised, answered_at),
    }
}

// ---- Reading ----------------------------------------------------------------------------------

/// A request read: the file, the application it carries (amounts and dates as `lang` writes them)
/// and the parts asked as sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    pub file: RequestFile,
    pub draft: RawDraft,
    pub parts: Vec<Section>,
    pub notes: Vec<Note>,
}

/// An answer read: the file, the revised application and its fingerprint (computed here), the
/// parts asked as sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadAnswer {
    pub file: AnswerFile,
    pub draft: RawDraft,
    /// The clarified version's fingerprint, as `application::fingerprint` gives it.
    pub fingerprint: String,
    pub parts: Vec<Section>,
    pub notes: Vec<Note>,
}

fn invalid(path: impl Into<String>, detail: &str) -> ImportError {
    ImportError::at(path, Problem::Invalid { detail: detail.into() })
}

/// RFC 3339: a real date, then a time (the day is what the rules read).
pub(crate) fn check_time(path: &str, text: &str) -> Result<Date, ImportError> {
    let day = text.get(..10).and_then(parse_iso_date);
    match day {
        Some(d) if text.len() > 10 && text.as_bytes()[10] == b'T' => Ok(d),
        _ => Err(ImportError::at(path, Problem::NotADate { text: text.into() })),
    }
}

/// What is asked, as both files carry it: an id, the dates, questions with ids once each and a
/// text, parts known and named once, and something asked.
fn check_asked(a: &Asked) -> Result<Vec<Section>, ImportError> {
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
    let mut ids = BTreeSet::new();
    for (i, q) in a.questions.iter().enumerate() {
        if q.id == 0 || !ids.insert(q.id) {
            return Err(ImportError::at(
                format!("request.questions[{i}].id"),
                Problem::MissingId,
            ));
        }
        if q.text.trim().is_empty() {
            return Err(invalid(
                format!("request.questions[{i}].text"),
                "a question has its text",
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, p) in a.parts.iter().enumerate() {
        if Section::from_slug(p).is_none() {
            return Err(invalid(format!("request.parts[{i}]"), "not a part of the application"));
        }
        if !seen.insert(p.as_str()) {
            return Err(invalid(format!("request.parts[{i}]"), "the same part twice"));
        }
    }
    if a.questions.is_empty() && a.parts.is_empty() {
        return Err(invalid("request", "nothing asked: no question and no part to revise"));
    }
    Ok(a.sections())
}

/// The carried application through its own reader, refusals placed under `application`.
fn carried(envelope: &Envelope, lang: Lang) -> Result<application::Imported, ImportError> {
    application::import(application::to_json(envelope).as_bytes(), lang).map_err(|e| ImportError {
        path: Some(match e.path {
            Some(p) => format!("application.{p}"),
            None => "application".into(),
        }),
        problem: e.problem,
    })
}

/// Reads a request, strictly.
pub fn read_request(bytes: &[u8], lang: Lang) -> Result<ReadRequest, ImportError> {
    let (text, scan, _version) = open(bytes, REQUEST_FORMAT, VERSION)?;
    let file: RequestFile = from_json(text).map_err(shape_error)?;
    let parts = check_asked(&file.request)?;
    check_fingerprint(&file.fingerprint, || "fingerprint".into())?;
    let imported = carried(&file.application, lang)?;
    if imported.fingerprint != file.fingerprint {
        return Err(invalid(
            "fingerprint",
            "not the fingerprint of the application the file carries",
        ));
    }
    let mut notes = scan.notes;
    notes.extend(imported.notes.into_iter().map(|n| Note {
        path: format!("application.{}", n.path),
        code: n.code,
    }));
    Ok(ReadRequest {
        file,
        draft: imported.draft,
        parts,
        notes,
    })
}

/// Reads an answer, strictly: an answer only to a question the request asked.
pub fn read_answer(bytes: &[u8], lang: Lang) -> Result<ReadAnswer, ImportError> {
    let (text, scan, _version) = open(bytes, ANSWER_FORMAT, VERSION)?;
    let file: AnswerFile = from_json(text).map_err(shape_error)?;
    let parts = check_asked(&file.request)?;
    check_fingerprint(&file.original, || "original".into())?;
    check_time("answered_at", &file.answered_at)?;
    if let Some(id) = file
        .answers
        .keys()
        .find(|id| !file.request.questions.iter().any(|q| q.id == **id))
    {
        return Err(invalid(format!("answers.{id}"), "not a question of the request"));
    }
    let imported = carried(&file.application, lang)?;
    let mut notes = scan.notes;
    notes.extend(imported.notes.into_iter().map(|n| Note {
        path: format!("application.{}", n.path),
        code: n.code,
    }));
    Ok(ReadAnswer {
        file,
        draft: imported.draft,
        fingerprint: imported.fingerprint,
        parts,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            name(REQUEST_FORMAT, "Kaupunki omadata-operaattorina -hanke", "2020-04-30"),
            "hakemus-clarification-request-kaupunki-omadata-operaattorina-hanke-2020-04-30.json"
        );
        assert_eq!(name(ANSWER_FORMAT, "", ""), "hakemus-clarification.json");
    }

    #[test]
    fn a_time_is_a_date_then_a_time() {
        assert!(check_time("t", "2020-03-16T09:00:00Z").is_ok());
        for bad in ["2020-03-16", "16.3.2020 9:00", "2020-02-30T09:00:00Z", ""] {
            assert!(check_time("t", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn something_must_be_asked_and_each_thing_once() {
        let asked = Asked {
            id: "r1".into(),
            asked_at: "2020-03-16T09:00:00Z".into(),
            deadline: "2020-04-30".into(),
            questions: vec![],
            parts: vec![],
        };
        let path = |a: &Asked| check_asked(a).unwrap_err().path.unwrap();
        assert_eq!(path(&asked), "request");
        let budget = Asked {
            parts: vec!["budget".into()],
            ..asked.clone()
        };
        assert_eq!(check_asked(&budget).unwrap(), vec![Section::Budget]);
        let twice = Asked {
            parts: vec!["budget".into(), "budget".into()],
            ..asked.clone()
        };
        assert_eq!(path(&twice), "request.parts[1]");
        let unknown = Asked {
            parts: vec!["budjetti".into()],
            ..asked.clone()
        };
        assert_eq!(path(&unknown), "request.parts[0]");
        let q = |id, text: &str| Question { id, text: text.into() };
        let same_id = Asked {
            questions: vec![q(1, "Miksi?"), q(1, "Miten?")],
            ..asked.clone()
        };
        assert_eq!(path(&same_id), "request.questions[1].id");
        let empty = Asked {
            questions: vec![q(1, "  ")],
            ..asked.clone()
        };
        assert_eq!(path(&empty), "request.questions[0].text");
        let no_deadline = Asked {
            deadline: "30.4.2020".into(),
            ..budget
        };
        assert_eq!(path(&no_deadline), "request.deadline");
    }
}
