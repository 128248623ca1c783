//! The ministry's follow-up of its grants (`ui::follow_up`), in the `follow-up` store of the app's
//! IndexedDB: one record under `"all"`, `{"revision": n, "saved_at": <ms since 1970>, "follow_up":
//! <the follow-up as typed>}` as JSON text. The reports received are kept in it as their text (a final
//! report with its statement is megabytes), so it is written only when changes pause
//! (`ui::writes`), never per keystroke.
//!
//! As the granted projects' (`storage::grant`): a save is one strict read-write transaction that reads
//! the stored revision and writes only if it is the one this tab read or last wrote, else nothing is
//! written ([`SaveError::Conflict`]); "saved" is said once the transaction has completed (on disk).
//! The record is read with the strict reader (`from_json`) at start: one this version cannot read
//! (damaged, or written by a newer version) is [`Loaded::Unreadable`] and never written over.

use super::{classify, idb, SaveError};
use crate::domain::formats::follow_up::RawFollowUp;
use crate::domain::formats::reader::from_json;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// The record's key: the ministry's one follow-up.
pub(super) const KEY: &str = "all";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    revision: u64,
    saved_at: f64,
    follow_up: RawFollowUp,
}

/// The follow-up as stored, with the revision its next save names and when it was saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub revision: u64,
    pub saved_at: f64,
    pub follow_up: RawFollowUp,
}

/// What the start found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: the first save is revision 1.
    Empty,
    Here(Stored),
    /// A record this version cannot read: left as it is.
    Unreadable,
    /// Storage could not be opened.
    Failed(SaveError),
}

fn read(text: &str) -> Option<Stored> {
    let r: Record = from_json(text).ok()?;
    let mut follow_up = r.follow_up;
    follow_up.grants.iter_mut().for_each(|g| g.repair_ids());
    Some(Stored {
        revision: r.revision,
        saved_at: r.saved_at,
        follow_up,
    })
}

/// Reads the stored follow-up, strictly.
pub async fn load() -> Loaded {
    let tx = match idb::begin(idb::FOLLOW_UP, false).await {
        Ok(tx) => tx,
        Err(e) => return Loaded::Failed(classify(e)),
    };
    match idb::get_text(&tx.store, KEY).await {
        Ok(None) => Loaded::Empty,
        Ok(Some(text)) => read(&text).map_or(Loaded::Unreadable, Loaded::Here),
        Err(e) => Loaded::Failed(classify(e)),
    }
}

/// The record's text (`{"revision":N,…}` first: [`leading_revision`] reads it from there).
fn text(revision: u64, saved_at: f64, follow_up: &RawFollowUp) -> Result<String, SaveError> {
    #[derive(Serialize)]
    struct Writing<'a> {
        revision: u64,
        saved_at: f64,
        follow_up: &'a RawFollowUp,
    }
    serde_json::to_string(&Writing {
        revision,
        saved_at,
        follow_up,
    })
    .map_err(|e| SaveError::Other(e.to_string()))
}

/// The revision a stored record names, read from its text's start without reading the record.
fn leading_revision(stored: &JsValue) -> Option<u64> {
    const HEAD: &str = "{\"revision\":";
    let start: String = stored.dyn_ref::<js_sys::JsString>()?.slice(0, 40).into();
    let digits = start.strip_prefix(HEAD)?.split_once(',')?.0;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A save done: the new revision and when (ms since 1970), once it is on disk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Saved {
    pub revision: u64,
    pub at: f64,
}

/// Writes `follow_up` as the revision after `revision` (0: nothing was stored when this tab read),
/// only if the stored record is still that revision: another tab's save since is
/// [`SaveError::Conflict`], a record whose revision cannot be read [`SaveError::Damaged`]; nothing
/// is written then.
pub async fn save(follow_up: &RawFollowUp, revision: u64) -> Result<Saved, SaveError> {
    let at = js_sys::Date::now();
    let record = JsValue::from_str(&text(revision + 1, at, follow_up)?);
    let tx = idb::begin(idb::FOLLOW_UP, true).await.map_err(classify)?;
    let key = JsValue::from_str(KEY);
    let stored = idb::request(&tx.store.get(&key).map_err(classify)?)
        .await
        .map_err(classify)?;
    let stored_revision = if stored.is_undefined() {
        Some(0)
    } else {
        leading_revision(&stored)
    };
    match stored_revision {
        Some(r) if r != revision => return Err(SaveError::Conflict),
        None => return Err(SaveError::Damaged),
        _ => {}
    }
    tx.store.put_with_key(&record, &key).map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(Saved {
        revision: revision + 1,
        at,
    })
}
