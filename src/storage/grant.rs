//! The granted projects of this browser (`ui::grant`), in the `grants` store of the app's IndexedDB:
//! one record per project under its id, `{"revision": n, "saved_at": <ms since 1970>, "grant": <the
//! project as typed>}` as JSON text. A ledger of 10 000 entries is one record of a few megabytes:
//! it is written only when typing pauses (`ui::writes`), never per keystroke.
//!
//! As the drafts' (`storage`): a save is one strict read-write transaction that reads the stored
//! revision and writes only if it is the one this tab read or last wrote, else nothing is written
//! ([`SaveError::Conflict`]); "saved" is said once the transaction has completed (on disk). A record
//! is read with the strict reader (`from_json`): one this version cannot read (damaged, or written
//! by a newer version) is listed as unreadable and never written over or removed by a save.

use super::{classify, idb, SaveError};
use crate::domain::formats::reader::from_json;
use crate::domain::grant::model::RawGrant;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    revision: u64,
    saved_at: f64,
    grant: RawGrant,
}

/// A project as stored, with the revision its next [`save`] names and when it was saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub revision: u64,
    pub saved_at: f64,
    pub grant: RawGrant,
}

/// A stored project as the home page lists it: readable, or its key only.
#[derive(Debug, Clone, PartialEq)]
pub enum Listed {
    Readable(Stored),
    Unreadable(String),
}

fn read(text: &str) -> Option<Stored> {
    let r: Record = from_json(text).ok()?;
    let mut grant = r.grant;
    grant.repair_ids();
    Some(Stored {
        revision: r.revision,
        saved_at: r.saved_at,
        grant,
    })
}

/// The record's text. Made in a buffer of its exact length (counted by a first pass that keeps
/// nothing): a ledger of 10 000 entries is megabytes, and a buffer that doubles as it grows would
/// hold up to twice that, and the old and the new buffer at once while it moves — a peak the
/// wasm memory keeps, since it never shrinks.
fn text(revision: u64, saved_at: f64, grant: &RawGrant) -> Result<String, SaveError> {
    #[derive(Serialize)]
    struct Writing<'a> {
        revision: u64,
        saved_at: f64,
        grant: &'a RawGrant,
    }
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let writing = Writing {
        revision,
        saved_at,
        grant,
    };
    let failed = |e: serde_json::Error| SaveError::Other(e.to_string());
    let mut count = Count(0);
    serde_json::to_writer(&mut count, &writing).map_err(failed)?;
    let mut out = Vec::with_capacity(count.0);
    serde_json::to_writer(&mut out, &writing).map_err(failed)?;
    String::from_utf8(out).map_err(|e| SaveError::Other(e.to_string()))
}

/// The revision a stored record names, read from its text's start without copying the record
/// into the app's memory (a ledger of 10 000 entries is megabytes): `{"revision":N,` as every
/// record is written ([`text`]). `None` where the text does not start so.
fn leading_revision(stored: &JsValue) -> Option<u64> {
    const HEAD: &str = "{\"revision\":";
    let start: String = stored.dyn_ref::<js_sys::JsString>()?.slice(0, 40).into();
    let digits = start.strip_prefix(HEAD)?.split_once(',')?.0;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Every stored project, the most recently saved first (the unreadable ones last).
pub async fn list() -> Vec<Listed> {
    let texts = async {
        let tx = idb::begin(idb::GRANTS, false).await?;
        idb::named_texts(&tx.store).await
    }
    .await
    .unwrap_or_default();
    let mut listed: Vec<Listed> = texts
        .into_iter()
        .map(|(key, text)| read(&text).map_or(Listed::Unreadable(key), Listed::Readable))
        .collect();
    let at = |l: &Listed| match l {
        Listed::Readable(s) => s.saved_at,
        Listed::Unreadable(_) => f64::NEG_INFINITY,
    };
    listed.sort_by(|a, b| at(b).total_cmp(&at(a)));
    listed
}

/// The project `id`: `None` when there is none, `Some(Err(()))` when it cannot be read.
pub async fn load(id: &str) -> Option<Result<Stored, ()>> {
    let tx = idb::begin(idb::GRANTS, false).await.ok()?;
    let text = idb::get_text(&tx.store, id).await.ok()??;
    Some(read(&text).ok_or(()))
}

/// Stores a new project under its id (never over another: the write is an `add`).
pub async fn create(grant: RawGrant) -> Result<Stored, SaveError> {
    let saved_at = js_sys::Date::now();
    let tx = idb::begin(idb::GRANTS, true).await.map_err(classify)?;
    tx.store
        .add_with_key(
            &JsValue::from_str(&text(1, saved_at, &grant)?),
            &JsValue::from_str(&grant.id),
        )
        .map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(Stored {
        revision: 1,
        saved_at,
        grant,
    })
}

/// A save done: the new revision and when (ms since 1970), once it is on disk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Saved {
    pub revision: u64,
    pub at: f64,
}

/// The stored record's revision, read without reading the project again (a ledger of 10 000
/// entries is megabytes): what a save compares.
#[derive(Deserialize)]
struct StoredRevision {
    revision: u64,
}

/// A save made ready: the record's text, written before the transaction so that no copy of the
/// project is held while it runs, and handed to the browser at once (a JS string: the app's own
/// copy is let go before the transaction starts).
pub struct Prepared {
    id: String,
    revision: u64,
    at: f64,
    text: JsValue,
}

/// Writes the record of `grant` as the revision after `revision` (see [`write`]).
pub fn prepare(grant: &RawGrant, revision: u64) -> Result<Prepared, SaveError> {
    let at = js_sys::Date::now();
    Ok(Prepared {
        id: grant.id.clone(),
        revision,
        at,
        text: JsValue::from_str(&text(revision + 1, at, grant)?),
    })
}

/// Writes the project over the stored one if that is still the revision this tab read or last
/// wrote, in one read-write transaction. A stored revision that differs is another tab's save
/// ([`SaveError::Conflict`]); a record whose revision cannot be read is never written over
/// ([`SaveError::Damaged`]). The stored revision equal to this tab's is the record this tab read
/// or wrote, which it can read: the project itself is not read again. A project removed in another
/// tab is written back: nothing is lost.
pub async fn write(prepared: Prepared) -> Result<Saved, SaveError> {
    let Prepared { id, revision, at, text } = prepared;
    let tx = idb::begin(idb::GRANTS, true).await.map_err(classify)?;
    let key = JsValue::from_str(&id);
    let stored = idb::request(&tx.store.get(&key).map_err(classify)?)
        .await
        .map_err(classify)?;
    if !stored.is_undefined() {
        // The revision from the record's start; a record that does not start as this app writes
        // one is read whole, as before, and not written over unless it can be.
        let read = match leading_revision(&stored) {
            Some(r) => Ok(r),
            None => from_json::<StoredRevision>(&idb::as_text(&stored)).map(|r| r.revision),
        };
        match read {
            Ok(r) if r != revision => return Err(SaveError::Conflict),
            Err(_) => return Err(SaveError::Damaged),
            _ => {}
        }
    }
    drop(stored);
    tx.store.put_with_key(&text, &key).map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(Saved {
        revision: revision + 1,
        at,
    })
}

/// Saves `grant` over the revision this tab read or last wrote ([`prepare`] then [`write`]). The app
/// itself writes through `prepare`/`write` (`ui::grant::state`); this is kept for the tests
/// (tests/grant_pages.rs: two tabs, a conflict), which call it as another tab would.
pub async fn save(grant: &RawGrant, revision: u64) -> Result<Saved, SaveError> {
    write(prepare(grant, revision)?).await
}

/// A removed project's record as it was stored, to put back ([`restore`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub id: String,
    text: String,
}

pub async fn remove(id: &str) -> Option<Removed> {
    let tx = idb::begin(idb::GRANTS, true).await.ok()?;
    let text = idb::get_text(&tx.store, id).await.ok()??;
    tx.store.delete(&JsValue::from_str(id)).ok()?;
    tx.done().await.ok()?;
    Some(Removed {
        id: id.to_string(),
        text,
    })
}

/// Puts a removed project back as it was; never over one stored under its id since (an `add`).
pub async fn restore(removed: &Removed) -> Result<(), SaveError> {
    let tx = idb::begin(idb::GRANTS, true).await.map_err(classify)?;
    tx.store
        .add_with_key(&JsValue::from_str(&removed.text), &JsValue::from_str(&removed.id))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}
