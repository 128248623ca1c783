//! The ministry's record of further clarification (docs/rules.md §12.1): every request sent about
//! a deferred application and every answer received, `reviewer::clarification::Clarification`s
//! as JSON text, one record of the reviewer's IndexedDB store (`reviews`, key
//! [`CLARIFICATIONS`]), beside the funding proposal. Read when the reviewer's app starts; written
//! once it changes, joined in the same transaction with what is stored (`reviewer::clarification::
//! merge`: the record only grows), so a tab never writes over a request or an answer another tab
//! added since it read. A record this version cannot read is never overwritten: the save refuses
//! ([`SaveError::Damaged`]) and the page says so.

use super::{classify, idb, SaveError};
use crate::domain::formats::reader::from_json;
use crate::domain::reviewer::clarification::{merge, Clarification};
use wasm_bindgen::JsValue;

/// The key of the record in the reviewer's store.
pub(super) const CLARIFICATIONS: &str = "clarifications";

/// What is stored: the record, or `Err(text)` where it cannot be read (kept as it is).
pub async fn load_clarifications() -> Result<Vec<Clarification>, String> {
    let Ok(tx) = idb::begin(idb::REVIEWS, false).await else {
        return Ok(Vec::new());
    };
    match idb::get_text(&tx.store, CLARIFICATIONS).await {
        Ok(Some(text)) => from_json(&text).map_err(|_| text),
        _ => Ok(Vec::new()),
    }
}

/// Writes the record joined with what is stored (read in the same strict transaction); returns the
/// record as written once it is on disk. Never over a stored record this version cannot read.
pub async fn save_clarifications(record: &[Clarification]) -> Result<Vec<Clarification>, SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    let joined = match idb::get_text(&tx.store, CLARIFICATIONS).await.map_err(classify)? {
        Some(stored) => match from_json::<Vec<Clarification>>(&stored) {
            Ok(stored) => merge(&stored, record),
            Err(_) => return Err(SaveError::Damaged),
        },
        None => record.to_vec(),
    };
    let text = serde_json::to_string(&joined).map_err(|e| SaveError::Other(e.to_string()))?;
    tx.store
        .put_with_key(&JsValue::from_str(&text), &JsValue::from_str(CLARIFICATIONS))
        .map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(joined)
}
