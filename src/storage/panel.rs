//! The reviewer's files kept in IndexedDB: the applications opened (store `opened`, key = the
//! fingerprint) and the other reviewers' review files loaded into the panel (store `panel`, key =
//! the member's key). Each record is `{source, text, kept_at}`: the file's name, its own text
//! (imported again at the next load, so an application's fingerprint stays identical) and when it
//! was kept (the order they are listed in). Writes are strict (on disk when they complete).
//!
//! Files chosen together are written in one transaction, all requests placed at once: a page
//! loaded right after choosing them lost the ones still waiting for their turn (issue 28, item 2).
//! A tab left before its files are on disk keeps them in localStorage ([`keep_files_recovery`]);
//! the next load writes them in first ([`kept_files`]).

use super::{classify, idb, local, tab_name, SaveError};
use crate::domain::formats::reader::from_json;
use crate::domain::formats::stored::{KeptFileRecord, PendingFile};
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

type Record = KeptFileRecord;

/// A kept file.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptFile {
    pub key: String,
    pub source: String,
    pub text: String,
}

/// A file to keep: `(shelf, key, source, text)`.
pub type ToKeep = (Shelf, String, String, String);

fn record_value(source: &str, text: &str, kept_at: f64) -> Result<String, SaveError> {
    let record = Record {
        source: source.to_string(),
        text: text.to_string(),
        kept_at,
    };
    serde_json::to_string(&record).map_err(|e| SaveError::Other(e.to_string()))
}

/// Keeps a file's text under `key` (replacing what was kept under it).
pub async fn keep_file(shelf: Shelf, key: &str, source: &str, text: &str) -> Result<(), SaveError> {
    keep_files(&[(shelf, key.to_string(), source.to_string(), text.to_string())]).await
}

/// Keeps files of one shelf in one strict transaction: every put is placed before the first wait,
/// so a page left meanwhile has asked for all of them or none; returns once all are on disk.
pub async fn keep_files(files: &[ToKeep]) -> Result<(), SaveError> {
    let Some((shelf, ..)) = files.first() else {
        return Ok(());
    };
    let tx = idb::begin(shelf.store(), true).await.map_err(classify)?;
    let now = js_sys::Date::now();
    for (i, (_, key, source, text)) in files.iter().enumerate() {
        // In the order chosen (the list's order after a reload).
        let value = record_value(source, text, now + i as f64 / 1000.0)?;
        tx.store
            .put_with_key(&JsValue::from_str(&value), &JsValue::from_str(key))
            .map_err(classify)?;
    }
    tx.done().await.map_err(classify)
}

type Pending = PendingFile;

/// Keeps files not on disk yet in localStorage, synchronously (the tab is being left); `false` if
/// they could not be kept.
pub fn keep_files_recovery(files: &[ToKeep]) -> bool {
    let pending: Vec<Pending> = files
        .iter()
        .map(|(shelf, key, source, text)| Pending {
            opened: *shelf == Shelf::Opened,
            key: key.clone(),
            source: source.clone(),
            text: text.clone(),
        })
        .collect();
    serde_json::to_string(&pending).is_ok_and(|text| local::keep_files_recovery(&tab_name(), &text))
}

/// Writes the files kept by tabs left before they were on disk; each copy is removed once written.
async fn take_files_recoveries() {
    for (key, text) in local::files_recoveries() {
        let Ok(pending) = from_json::<Vec<Pending>>(&text) else {
            continue;
        };
        let mut written = true;
        for shelf in [Shelf::Opened, Shelf::Panel] {
            let files: Vec<ToKeep> = pending
                .iter()
                .filter(|p| p.opened == (shelf == Shelf::Opened))
                .map(|p| (shelf, p.key.clone(), p.source.clone(), p.text.clone()))
                .collect();
            written &= keep_files(&files).await.is_ok();
        }
        if written {
            local::remove_if_unchanged(&key, &text);
        }
    }
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
    take_files_recoveries().await;
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
