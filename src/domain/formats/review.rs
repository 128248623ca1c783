//! The review file, `{format: "hakemus-review", schema_version, exported_at, reviewer, reviews}`: a
//! reviewer's marks per application, read as strictly as an application (the same reader). The
//! browser keeps its reviews in the same form. A review names its application by the fingerprint of
//! its export, so it always refers to exactly the version that was read.
//!
//! Format 2 (the reviewers' panel) added who reviewed (`reviewer`: name, organisation as typed, the
//! municipality's register code when the organisation is one) and, per review, a declared conflict
//! of interest (esteellisyys) with its reason. A review with a conflict carries no scores: import
//! refuses one that has both. Files of format 1 open as they are (no reviewer, no conflicts); newer
//! formats are refused. The JSON Schema is generated with schemars and committed in `schema/`.

use crate::domain::formats::application::check_fingerprint;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Problem};
use crate::domain::rules::applicants::resolve_municipality;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::criteria::{Criterion, Score};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` of a review file.
pub const FORMAT: &str = "hakemus-review";
/// The version this build writes: 1 the marks; 2 the reviewer and conflicts of interest.
pub const SCHEMA_VERSION: u64 = 2;

/// The committed JSON Schema, equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-review.schema.json");

/// One criterion of one review: the score (none yet) and the reviewer's note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Mark {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<u8>", range(min = 0, max = 3))]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Who reviewed: as the reviewer states it. The organisation is free text; when it names a
/// municipality of the register, `municipality` is its code, so the app can point out the
/// applications that municipality takes part in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Reviewer {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    /// Statistics Finland's three-digit code of the reviewer's municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{3}$"))]
    pub municipality: Option<String>,
}

impl Reviewer {
    /// A reviewer as typed: the organisation's municipality found in the register by its code or its
    /// Finnish or Swedish name (none for any other organisation).
    pub fn typed(name: &str, organisation: &str) -> Reviewer {
        Reviewer {
            name: name.trim().to_string(),
            organisation: organisation.trim().to_string(),
            municipality: resolve_municipality(organisation).map(|m| m.code.clone()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.organisation.is_empty() && self.municipality.is_none()
    }
}

/// A declared conflict of interest (esteellisyys): the reviewer stands aside from an application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Conflict {
    /// Why, in the reviewer's words (say, "my municipality is an applicant").
    #[serde(default)]
    pub reason: String,
}

impl Mark {
    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.note.is_empty()
    }
}

/// Which application a review is of: the fingerprint identifies it; the rest is for people reading
/// the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ApplicationRef {
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    pub call: String,
    #[serde(default)]
    pub lead: String,
    #[serde(default)]
    pub project: String,
    /// The name of the file the reviewer opened.
    #[serde(default)]
    pub source: String,
}

/// A reviewer's assessment of one application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Review {
    pub application: ApplicationRef,
    /// By criterion id (kept as text so a refusal can name the place; import checks each id).
    #[serde(default)]
    pub marks: BTreeMap<String, Mark>,
    /// The reviewer's overall note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// A declared conflict of interest (format 2 on): the review then carries no scores.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Conflict>,
    /// When it was last changed, RFC 3339 in UTC (the caller has the clock).
    #[schemars(extend("format" = "date-time"))]
    pub updated_at: String,
}

impl Review {
    pub fn new(application: ApplicationRef) -> Review {
        Review {
            application,
            ..Review::default()
        }
    }

    pub fn mark(&self, c: Criterion) -> Mark {
        self.marks.get(&c.id()).cloned().unwrap_or_default()
    }

    /// Sets a criterion's mark; an empty mark is removed, so an untouched criterion stays unscored.
    /// While a conflict is declared, a score is not taken (the note is).
    pub fn set_mark(&mut self, c: Criterion, mut mark: Mark, now: &str) {
        if self.conflict.is_some() {
            mark.score = None;
        }
        if mark.is_empty() {
            self.marks.remove(&c.id());
        } else {
            self.marks.insert(c.id(), mark);
        }
        self.updated_at = now.to_string();
    }

    pub fn set_summary(&mut self, text: String, now: &str) {
        self.summary = text;
        self.updated_at = now.to_string();
    }

    /// Declares a conflict of interest, or changes its reason: the scores given are removed (a review
    /// with a conflict carries none); the notes stay.
    pub fn declare_conflict(&mut self, reason: String, now: &str) {
        for mark in self.marks.values_mut() {
            mark.score = None;
        }
        self.marks.retain(|_, m| !m.is_empty());
        self.conflict = Some(Conflict { reason });
        self.updated_at = now.to_string();
    }

    /// Withdraws a declared conflict: the application can be scored again.
    pub fn withdraw_conflict(&mut self, now: &str) {
        self.conflict = None;
        self.updated_at = now.to_string();
    }

    /// Whether any criterion has a score.
    pub fn has_scores(&self) -> bool {
        self.marks.values().any(|m| m.score.is_some())
    }
}

/// A file of reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus review", extend("additionalProperties" = false))]
pub struct ReviewFile {
    #[schemars(extend("const" = "hakemus-review"))]
    pub format: String,
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    /// Who reviewed (format 2 on; none in a file of format 1 or when the reviewer has not said).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Reviewer>,
    pub reviews: Vec<Review>,
}

/// The JSON Schema of the review file, as committed under `schema/`.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(ReviewFile)).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The reviews as a file's text: pretty-printed UTF-8 with a final newline, ordered by fingerprint.
/// No reviewer named (the browser's own record); see [`export_by`].
pub fn export<'a>(reviews: impl IntoIterator<Item = &'a Review>, exported_at: &str) -> String {
    export_by(None, reviews, exported_at)
}

/// The reviews as a file's text, naming who reviewed (an empty reviewer is left out).
pub fn export_by<'a>(
    reviewer: Option<&Reviewer>,
    reviews: impl IntoIterator<Item = &'a Review>,
    exported_at: &str,
) -> String {
    let mut reviews: Vec<Review> = reviews.into_iter().cloned().collect();
    reviews.sort_by(|a, b| a.application.fingerprint.cmp(&b.application.fingerprint));
    let file = ReviewFile {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        reviewer: reviewer.filter(|r| !r.is_empty()).cloned(),
        reviews,
    };
    let mut text = serde_json::to_string_pretty(&file).expect("reviews are plain JSON");
    text.push('\n');
    text
}

/// The file name of an export of reviews, carrying the reviewer's name so that a panel's files can
/// be told apart in a folder: `arviot-maija-meikalainen-2020-05-04.json`; `arviot-2020-05-04.json`
/// when no name is given (or nothing of it is left in the slug).
pub fn file_name(reviewer_name: &str, date: &str) -> String {
    let slug = name_slug(reviewer_name);
    if slug.is_empty() {
        format!("arviot-{date}.json")
    } else {
        format!("arviot-{slug}-{date}.json")
    }
}

pub use crate::domain::formats::slug::{name_slug, SLUG_MAX};

/// A review file as read: who reviewed (if the file says) and the reviews.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub reviewer: Option<Reviewer>,
    pub reviews: Vec<Review>,
}

/// Reads a file of reviews, strictly; the reviews only (see [`import_file`]).
pub fn import(bytes: &[u8]) -> Result<Vec<Review>, ImportError> {
    import_file(bytes).map(|f| f.reviews)
}

/// Reads a file of reviews, strictly: as an application file is read, then each review must name a
/// known call and a well-formed fingerprint, at most once, and a review that declares a conflict of
/// interest must carry no score. A file of format 1 is migrated (no reviewer, no conflicts; the
/// fields format 2 added are unknown in it).
pub fn import_file(bytes: &[u8]) -> Result<Imported, ImportError> {
    let (text, _, version) = open(bytes, FORMAT, SCHEMA_VERSION)?;
    let file: ReviewFile = from_json(text).map_err(shape_error)?;
    if version == 1 {
        if file.reviewer.is_some() {
            return Err(ImportError::at("reviewer", Problem::UnknownField));
        }
        if let Some(i) = file.reviews.iter().position(|r| r.conflict.is_some()) {
            return Err(ImportError::at(format!("reviews[{i}].conflict"), Problem::UnknownField));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for (i, r) in file.reviews.iter().enumerate() {
        if r.conflict.is_some() {
            if let Some(key) = r.marks.iter().find(|(_, m)| m.score.is_some()).map(|(k, _)| k) {
                return Err(ImportError::at(
                    format!("reviews[{i}].marks.{key}.score"),
                    Problem::Invalid {
                        detail: "a review that declares a conflict of interest carries no scores".into(),
                    },
                ));
            }
        }
        let at = |field: &str| format!("reviews[{i}].application.{field}");
        let fp = &r.application.fingerprint;
        check_fingerprint(fp, || at("fingerprint"))?;
        if !seen.insert(fp.clone()) {
            return Err(ImportError::at(
                at("fingerprint"),
                Problem::Invalid {
                    detail: "a second review of the same application".into(),
                },
            ));
        }
        if let Some(key) = r.marks.keys().find(|k| Criterion::from_id(k).is_none()) {
            return Err(ImportError::at(
                format!("reviews[{i}].marks.{key}"),
                Problem::Invalid {
                    detail: "not an evaluation criterion".into(),
                },
            ));
        }
        if call::by_id(&r.application.call).is_none() {
            return Err(ImportError::at(
                at("call"),
                Problem::UnknownCall {
                    id: r.application.call.clone(),
                },
            ));
        }
    }
    if let Some(code) = file.reviewer.as_ref().and_then(|r| r.municipality.as_ref()) {
        if crate::domain::vocabulary::register::by_code(code).is_none() {
            return Err(ImportError::at(
                "reviewer.municipality",
                Problem::Invalid {
                    detail: "not a municipality code of the register".into(),
                },
            ));
        }
    }
    Ok(Imported {
        reviewer: file.reviewer,
        reviews: file.reviews,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_outside_the_scale_are_refused() {
        assert!(Score::new(3).is_some());
        assert!(Score::new(4).is_none());
        assert!(serde_json::from_str::<Mark>(r#"{"score": 4}"#).is_err());
        assert!(serde_json::from_str::<Mark>(r#"{"score": -1}"#).is_err());
        assert!(serde_json::from_str::<Mark>(r#"{"score": 2}"#).is_ok());
    }
}
