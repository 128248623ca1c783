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
//! a tab for a transaction. What IndexedDB gives the application drafts (a revision checked in a
//! transaction across tabs, room for thousands of lines) these small records do not need: two tabs
//! editing the same initiative keep the last write, as a file saved twice would.
//!
//! A record is `{"created_at": <ms since 1970>, "value": <the raw draft as typed>}`; the lists are
//! in the order the records were made. A record that cannot be read (damaged, or written by a newer
//! version) is left as it is, never overwritten by a list or deleted by a save of another record.

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
    value: T,
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

fn load<T: DeserializeOwned>(shelf: Shelf, id: &str) -> Option<T> {
    let text = local()
        .ok()?
        .get_item(&format!("{}{id}", shelf.prefix()))
        .ok()
        .flatten()?;
    read(&text).map(|r: Record<T>| r.value)
}

/// Writes `value` under `id`, keeping when it was made; a record there that cannot be read is not
/// overwritten (`SaveError::Damaged`).
fn save<T: Serialize + DeserializeOwned>(shelf: Shelf, id: &str, value: &T) -> Result<(), SaveError> {
    let s = local()?;
    let key = format!("{}{id}", shelf.prefix());
    let created_at = match s.get_item(&key).map_err(classify)? {
        Some(text) => read::<serde_json::Value>(&text).ok_or(SaveError::Damaged)?.created_at,
        None => now(),
    };
    let text = serde_json::to_string(&Record { created_at, value }).map_err(|e| SaveError::Other(e.to_string()))?;
    s.set_item(&key, &text).map_err(classify)
}

/// Removes the record `id`; its text comes back for an undo.
pub fn remove(shelf: Shelf, id: &str) -> Option<Removed> {
    let s = local().ok()?;
    let key = format!("{}{id}", shelf.prefix());
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
        .set_item(&format!("{}{}", removed.shelf.prefix(), removed.id), &removed.text)
        .map_err(classify)
}

/// This browser's initiatives, oldest first.
pub fn initiatives() -> Vec<RawInitiative> {
    list::<RawInitiative>(Shelf::Initiatives)
        .into_iter()
        .map(|mut i| {
            i.repair_ids();
            i
        })
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
    load::<RawInitiative>(Shelf::Initiatives, id).map(|mut i| {
        i.repair_ids();
        i
    })
}

pub fn load_interest(id: &str) -> Option<RawInterest> {
    load(Shelf::Interests, id)
}

pub fn save_initiative(i: &RawInitiative) -> Result<(), SaveError> {
    save(Shelf::Initiatives, &i.id, i)
}

pub fn save_interest(x: &RawInterest) -> Result<(), SaveError> {
    save(Shelf::Interests, &x.id, x)
}

/// Keeps an initiative received as a file (a newer file of the same initiative replaces it).
pub fn keep_received(i: &RawInitiative) -> Result<(), SaveError> {
    save(Shelf::Received, &i.id, i)
}
