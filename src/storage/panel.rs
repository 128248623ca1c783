//! The reviewer's files kept in IndexedDB: the applications opened (store `opened`, key = the
//! fingerprint) and the other reviewers' review files loaded into the panel (store `panel`, key =
//! the member's key). Each record is `{source, text, kept_at}`: the file's name, its own text
//! (imported again at the next load, so an application's fingerprint stays identical) and when it
//! was kept (the order they are listed in). Writes are strict (on disk when they complete).

use super::{classify, idb, SaveError};
use crate::domain::formats::reader::from_json;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// Which of the two kinds of file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    /// Applications opened for review.
    Opened,
    /// Other reviewers' review files.
    Panel,
}

impl Shelf {
    fn store(self) -> &'static str {
        match self {
            Shelf::Opened => idb::OPENED,
            Shelf::Panel => idb::PANEL,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    source: String,
    text: String,
    /// Milliseconds since 1970 (the browser's clock).
    kept_at: f64,
}

/// A kept file.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptFile {
    pub key: String,
    pub source: String,
    pub text: String,
}

/// Keeps a file's text under `key` (replacing what was kept under it).
pub async fn keep_file(shelf: Shelf, key: &str, source: &str, text: &str) -> Result<(), SaveError> {
    let record = Record {
        source: source.to_string(),
        text: text.to_string(),
        kept_at: js_sys::Date::now(),
    };
    let value = serde_json::to_string(&record).map_err(|e| SaveError::Other(e.to_string()))?;
    let tx = idb::begin(shelf.store(), true).await.map_err(classify)?;
    tx.store
        .put_with_key(&JsValue::from_str(&value), &JsValue::from_str(key))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}

/// Forgets the file kept under `key`.
pub async fn forget_file(shelf: Shelf, key: &str) -> Result<(), SaveError> {
    let tx = idb::begin(shelf.store(), true).await.map_err(classify)?;
    tx.store.delete(&JsValue::from_str(key)).map_err(classify)?;
    tx.done().await.map_err(classify)
}

/// The files kept, in the order they were kept; a record that cannot be read is left out (and left
/// as it is).
pub async fn kept_files(shelf: Shelf) -> Vec<KeptFile> {
    let Ok(tx) = idb::begin(shelf.store(), false).await else {
        return Vec::new();
    };
    let mut files: Vec<(f64, KeptFile)> = idb::named_texts(&tx.store)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(key, value)| {
            let r: Record = from_json(&value).ok()?;
            Some((
                r.kept_at,
                KeptFile {
                    key,
                    source: r.source,
                    text: r.text,
                },
            ))
        })
        .collect();
    files.sort_by(|a, b| a.0.total_cmp(&b.0));
    files.into_iter().map(|(_, f)| f).collect()
}
