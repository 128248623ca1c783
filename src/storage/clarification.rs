//! A request for further clarification opened as a draft (docs/rules.md §12.1): the request's file
//! kept beside the draft made from the application it carries, with the answers typed so far. Its
//! own localStorage record per draft (`hakemus.clarification/<draft id>`), not a field of the
//! draft: a field of `RawDraft` would grow the drafter, which never shows it.

use super::local::local;
use super::SaveError;
use crate::domain::formats::reader::from_json;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub(super) const PREFIX: &str = "hakemus.clarification/";

/// What is kept beside the draft: the request's file as it came, and the answers as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kept {
    pub request: String,
    #[serde(default)]
    pub answers: BTreeMap<u64, String>,
}

fn key(draft: u64) -> String {
    format!("{PREFIX}{draft}")
}

/// Writes the record of draft `draft` (synchronously: a failure is known at once).
pub fn keep(draft: u64, kept: &Kept) -> Result<(), SaveError> {
    let text = serde_json::to_string(kept).map_err(|e| SaveError::Other(e.to_string()))?;
    local()?.set_item(&key(draft), &text).map_err(|_| SaveError::Quota)
}

/// The record of draft `draft`; `None` where there is none (or it cannot be read: it is left as it
/// is).
pub fn kept(draft: u64) -> Option<Kept> {
    let text = local().ok()?.get_item(&key(draft)).ok()??;
    from_json(&text).ok()
}
