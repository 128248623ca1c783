//! The review file, `{format: "hakemus-review", schema_version, exported_at, reviews}`: a reviewer's
//! marks per application, read as strictly as an application (the same reader). The browser keeps
//! its reviews in the same form. A review names its application by the fingerprint of its export,
//! so it always refers to exactly the version that was read.

use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Problem};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::criteria::{Criterion, Score};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` of a review file.
pub const FORMAT: &str = "hakemus-review";
/// The version this build writes.
pub const SCHEMA_VERSION: u64 = 1;

/// One criterion of one review: the score (none yet) and the reviewer's note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Mark {
    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.note.is_empty()
    }
}

/// Which application a review is of: the fingerprint identifies it; the rest is for people reading
/// the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApplicationRef {
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub application: ApplicationRef,
    /// By criterion id (kept as text so a refusal can name the place; import checks each id).
    #[serde(default)]
    pub marks: BTreeMap<String, Mark>,
    /// The reviewer's overall note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// When it was last changed, RFC 3339 in UTC (the caller has the clock).
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
    pub fn set_mark(&mut self, c: Criterion, mark: Mark, now: &str) {
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
}

/// A file of reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub format: String,
    pub schema_version: u64,
    pub exported_at: String,
    pub reviews: Vec<Review>,
}

/// The reviews as a file's text: pretty-printed UTF-8 with a final newline, ordered by fingerprint.
pub fn export<'a>(reviews: impl IntoIterator<Item = &'a Review>, exported_at: &str) -> String {
    let mut reviews: Vec<Review> = reviews.into_iter().cloned().collect();
    reviews.sort_by(|a, b| a.application.fingerprint.cmp(&b.application.fingerprint));
    let file = ReviewFile {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        reviews,
    };
    let mut text = serde_json::to_string_pretty(&file).expect("reviews are plain JSON");
    text.push('\n');
    text
}

/// The file name of an export of reviews.
pub fn file_name(date: &str) -> String {
    format!("arviot-{date}.json")
}

/// Reads a file of reviews, strictly: as an application file is read, then each review must name a
/// known call and a well-formed fingerprint, at most once.
pub fn import(bytes: &[u8]) -> Result<Vec<Review>, ImportError> {
    let (text, _, _) = open(bytes, FORMAT, SCHEMA_VERSION)?;
    let file: ReviewFile = from_json(text).map_err(shape_error)?;
    let mut seen = std::collections::HashSet::new();
    for (i, r) in file.reviews.iter().enumerate() {
        let at = |field: &str| format!("reviews[{i}].application.{field}");
        let fp = &r.application.fingerprint;
        let well_formed = fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !well_formed {
            return Err(ImportError::at(
                at("fingerprint"),
                Problem::Invalid {
                    detail: "a fingerprint is 64 lowercase hexadecimal digits".into(),
                },
            ));
        }
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
    Ok(file.reviews)
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
