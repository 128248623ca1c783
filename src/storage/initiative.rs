//! The first phase's drafts in this browser (ui::initiative): the initiatives and expressions of
//! interest written here, and the initiatives received from other municipalities as files (kept
//! read-only, so that an interest can name them).
//!
//! Kept in **localStorage**, one record per key (`hakemus.initiative.v1/<id>`,
//! `hakemus.interest.v1/<id>`, `hakemus.received.v1/<id>`), not in the drafts' IndexedDB: a record
//! is a few kilobytes of text (no budget lines, no files inside), written whole on every change.
//! localStorage's write is synchronous, so a write that fails (storage full or disabled) is known
//! at once, on the keystroke that caused it, and the page says so while what was typed stays in
//! the page and in its download; and a write during `pagehide` completes, so nothing typed waits in
//! a tab for a transaction.
//!
//! Two tabs: a record carries a revision that every write increments. A form writes with
//! [`save_at`], naming the revision it last read or wrote: where another tab wrote since, or
//! removed the record, nothing is written ([`Written::Newer`], [`Written::Removed`]). The read,
//! the compare and the write run in one task, and localStorage is one synchronous store for all
//! of a browser's tabs, so nothing else writes in between. The other tabs hear the write (the
//! browser's `storage` event, [`key`] names the record) and follow it (`ui::initiative::fields`).
//!
//! A record is `{"created_at": <ms since 1970>, "revision": <n>, "value": <the raw draft as
//! typed>}` (a received initiative's also `"exported_at"`, its file's time); a record of a version
//! before revisions has none and reads as revision 0. The lists are in the order the records were
//! made. A record that cannot be read (damaged, or written by a newer version) is left as it is,
//! never overwritten by a list or deleted by a save of another record.

use super::local::local;
use super::{classify, SaveError};
use crate::domain::initiative::model::{RawInitiative, RawInterest};
use crate::domain::vocabulary::objects;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Which records: this browser's own initiatives, its own interests, the initiatives received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shelf {
    Initiatives,
    Interests,
    Received,
}

impl Shelf {
    /// The key prefix of its records (a backup reads and restores them by it, as text).
    pub(super) fn prefix(self) -> &'static str {
        match self {
            Shelf::Initiatives => "hakemus.initiative.v1/",
            Shelf::Interests => "hakemus.interest.v1/",
            Shelf::Received => "hakemus.received.v1/",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Record<T> {
    created_at: f64,
    #[serde(default)]
    revision: u64,
    /// A received initiative's file's `exported_at` (to tell a newer file from an older one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported_at: Option<String>,
    value: T,
}

/// A draft of the phase kept on a shelf of its own (an initiative, an interest).
pub trait Shelved: Serialize + DeserializeOwned + Clone {
    const SHELF: Shelf;
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
    /// The draft as read, repaired where an older version left it incomplete.
    fn repaired(self) -> Self {
        self
    }
}

/// `id` and `set_id` of a draft named by its field `id`.
macro_rules! named_by_id {
    () => {
        fn id(&self) -> &str {
            &self.id
        }
        fn set_id(&mut self, id: String) {
            self.id = id;
        }
    };
}

impl Shelved for RawInitiative {
    const SHELF: Shelf = Shelf::Initiatives;
    named_by_id!();
    fn repaired(mut self) -> Self {
        self.repair_ids();
        self
    }
}

impl Shelved for RawInterest {
    const SHELF: Shelf = Shelf::Interests;
    named_by_id!();
}

/// A stored draft and the revision its next [`save_at`] names.
#[derive(Debug, Clone, PartialEq)]
pub struct Revised<T> {
    pub value: T,
    pub revision: u64,
}

/// What a [`save_at`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Written; the record's new revision.
    Saved(u64),
    /// Another tab wrote the record since the revision named: nothing was written.
    Newer,
    /// Another tab removed the record: nothing was written (it is not brought back unasked).
    Removed,
}

/// The localStorage key of the draft `id` on `shelf` (the `storage` event names it).
pub fn key(shelf: Shelf, id: &str) -> String {
    format!("{}{id}", shelf.prefix())
}

/// The record's text as stored, to put back after a removal ([`put_back`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub shelf: Shelf,
    pub id: String,
    pub text: String,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn read<T: DeserializeOwned>(text: &str) -> Option<Record<T>> {
    objects::from_str(text).ok()
}

fn list<T: DeserializeOwned>(shelf: Shelf) -> Vec<T> {
    let Ok(s) = local() else { return Vec::new() };
    let mut found: Vec<Record<T>> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(shelf.prefix()))
        .filter_map(|k| read(&s.get_item(&k).ok().flatten()?))
        .collect();
    found.sort_by(|a, b| a.created_at.total_cmp(&b.created_at));
    found.into_iter().map(|r| r.value).collect()
}

fn load_record<T: DeserializeOwned>(shelf: Shelf, id: &str) -> Option<Record<T>> {
    let text = local().ok()?.get_item(&key(shelf, id)).ok().flatten()?;
    read(&text)
}

/// The stored record under `key`, as far as a save needs it: `None` where there is none;
/// `Damaged` where it cannot be read (never overwritten).
fn stored(s: &web_sys::Storage, key: &str) -> Result<Option<Record<serde_json::Value>>, SaveError> {
    match s.get_item(key).map_err(classify)? {
        Some(text) => read(&text).map(Some).ok_or(SaveError::Damaged),
        None => Ok(None),
    }
}

/// Writes `value`'s record under `key`: made at `created_at`, at `revision`; its new revision.
fn write<T: Serialize>(
    s: &web_sys::Storage,
    key: &str,
    (created_at, revision): (f64, u64),
    exported_at: Option<String>,
    value: &T,
) -> Result<u64, SaveError> {
    let record = Record {
        created_at,
        revision,
        exported_at,
        value,
    };
    let text = serde_json::to_string(&record).map_err(|e| SaveError::Other(e.to_string()))?;
    s.set_item(key, &text).map_err(classify)?;
    Ok(revision)
}

/// Writes `value` under `id` whatever was there (the next revision), keeping when it was made; a
/// record there that cannot be read is not overwritten (`SaveError::Damaged`).
fn save<T: Serialize>(shelf: Shelf, id: &str, value: &T, exported_at: Option<String>) -> Result<u64, SaveError> {
    let s = local()?;
    let key = key(shelf, id);
    let made = match stored(&s, &key)? {
        Some(r) => (r.created_at, r.revision + 1),
        None => (now(), 1),
    };
    write(&s, &key, made, exported_at, value)
}

/// The draft `id` as stored, with its revision.
pub fn open<T: Shelved>(id: &str) -> Option<Revised<T>> {
    load_record::<T>(T::SHELF, id).map(|r| Revised {
        value: r.value.repaired(),
        revision: r.revision,
    })
}

/// Writes `value` if the stored record is still at `revision` (this tab's last read or write);
/// else writes nothing and says why. A record that cannot be read is not overwritten.
pub fn save_at<T: Shelved>(value: &T, revision: u64) -> Result<Written, SaveError> {
    let s = local()?;
    let key = key(T::SHELF, value.id());
    let Some(record) = stored(&s, &key)? else {
        return Ok(Written::Removed);
    };
    if record.revision != revision {
        return Ok(Written::Newer);
    }
    write(&s, &key, (record.created_at, revision + 1), None, value).map(Written::Saved)
}

/// Writes `value` whatever is stored under its id (a new draft, a copy, one kept again after
/// another tab removed it); its new revision.
pub fn save_any<T: Shelved>(value: &T) -> Result<u64, SaveError> {
    save(T::SHELF, value.id(), value, None)
}

/// Removes the record `id`; its text comes back for an undo.
pub fn remove(shelf: Shelf, id: &str) -> Option<Removed> {
    let s = local().ok()?;
    let key = key(shelf, id);
    let text = s.get_item(&key).ok().flatten()?;
    s.remove_item(&key).ok()?;
    Some(Removed {
        shelf,
        id: id.to_string(),
        text,
    })
}

/// Puts a removed record back as it was (where it was in its list).
pub fn put_back(removed: &Removed) -> Result<(), SaveError> {
    local()?
        .set_item(&key(removed.shelf, &removed.id), &removed.text)
        .map_err(classify)
}

/// This browser's initiatives, oldest first.
pub fn initiatives() -> Vec<RawInitiative> {
    list::<RawInitiative>(Shelf::Initiatives)
        .into_iter()
        .map(Shelved::repaired)
        .collect()
}

/// The initiatives received from other municipalities, oldest first.
pub fn received() -> Vec<RawInitiative> {
    list(Shelf::Received)
}

/// This browser's expressions of interest, oldest first.
pub fn interests() -> Vec<RawInterest> {
    list(Shelf::Interests)
}

pub fn load_initiative(id: &str) -> Option<RawInitiative> {
    open(id).map(|r| r.value)
}

pub fn load_interest(id: &str) -> Option<RawInterest> {
    open(id).map(|r| r.value)
}

/// Writes an initiative whatever is stored under its id (see [`save_any`]).
pub fn save_initiative(i: &RawInitiative) -> Result<(), SaveError> {
    save_any(i).map(drop)
}

/// Writes an interest whatever is stored under its id (see [`save_any`]).
pub fn save_interest(x: &RawInterest) -> Result<(), SaveError> {
    save_any(x).map(drop)
}

/// What keeping a received initiative did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Received {
    /// Not here before: kept.
    New,
    /// Here before from a file exported no later: this file's version replaced it.
    Replaced,
    /// Here before from a file exported later: that version was kept, this file's left out.
    OlderLeft,
}

/// Whether the time `a` is not before `b` (RFC 3339; a time that is not one counts as the oldest).
pub fn not_older(a: &str, b: &str) -> bool {
    let (a, b) = (js_sys::Date::parse(a), js_sys::Date::parse(b));
    match (a.is_nan(), b.is_nan()) {
        (false, false) => a >= b,
        (false, true) | (true, true) => true,
        (true, false) => false,
    }
}

/// Keeps an initiative received as a file exported at `exported_at`: a file of the same initiative
/// exported no earlier than the one kept replaces it; an older one is left out (a record kept
/// before the time was kept counts as the oldest).
pub fn keep_received(i: &RawInitiative, exported_at: &str) -> Result<Received, SaveError> {
    let kept = load_record::<serde_json::Value>(Shelf::Received, &i.id);
    let said = match kept {
        None => Received::New,
        Some(r) if not_older(exported_at, r.exported_at.as_deref().unwrap_or("")) => Received::Replaced,
        Some(_) => return Ok(Received::OlderLeft),
    };
    save(Shelf::Received, &i.id, i, Some(exported_at.to_string()))?;
    Ok(said)
}
