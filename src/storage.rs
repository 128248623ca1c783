//! The only module that touches browser storage. Everything else goes through these functions.
//!
//! Each draft is one record under `hakemus.drafts.v1/<id>`: the raw draft, a title, when it was
//! saved and a revision that every save increments. A save names the revision it started from; if
//! the stored one differs, another tab has saved in between and the save is refused
//! ([`SaveError::Conflict`]) instead of silently overwriting newer work.
//!
//! A stored record that cannot be read (a damaged or newer format) is never overwritten or
//! deleted: it is listed as unreadable, and its text can still be downloaded.

use crate::domain::draft::RawDraft;
// The exchange format's reader: one compiled reader for files and storage (see `from_json`).
use crate::domain::formats::reader::from_json;
use crate::domain::formats::review::{self, Review};
use crate::domain::reviewer::assessment;
use crate::domain::vocabulary::locale::Lang;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const PREFIX: &str = "hakemus.drafts.v1/";
/// Where versions before multiple drafts kept their one draft; moved to a record on first load.
const LEGACY_KEY: &str = "hakemus.draft.v1";
const CURRENT_KEY: &str = "hakemus.current";
const LANG_KEY: &str = "hakemus.lang";
/// The reviewer's reviews, as one review file (the same format as an export of reviews).
const REVIEWS_KEY: &str = "hakemus.reviews.v1";
/// Where a reviews record that cannot be read is moved, so that nothing is overwritten.
const REVIEWS_UNREADABLE_KEY: &str = "hakemus.reviews.v1.unreadable";

pub type DraftId = u64;

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full (the error's name differs by browser).
    Quota,
    /// Storage is disabled or unavailable (a privacy setting, some private modes).
    Unavailable,
    /// Another tab saved this draft after this tab loaded it; nothing was written.
    Conflict,
    /// Anything else, with the browser's words.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Record {
    revision: u64,
    /// Milliseconds since 1970 (the browser's clock).
    saved_at: f64,
    #[serde(default)]
    title: String,
    draft: RawDraft,
}

/// A stored draft as the list of drafts shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftInfo {
    pub id: DraftId,
    pub title: String,
    pub project_name: String,
    pub saved_at: f64,
    /// `false` for a record that cannot be read; it is kept as it is.
    pub readable: bool,
}

/// A draft loaded for editing, with the revision its next save must name.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub id: DraftId,
    pub revision: u64,
    pub saved_at: f64,
    pub draft: RawDraft,
}

fn key(id: DraftId) -> String {
    format!("{PREFIX}{id}")
}

/// The id a storage key names, if it is a draft's key (for storage events from other tabs).
pub fn draft_id_of_key(key: &str) -> Option<DraftId> {
    key.strip_prefix(PREFIX)?.parse().ok()
}

fn storage() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(SaveError::Unavailable)
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn classify(error: wasm_bindgen::JsValue) -> SaveError {
    use wasm_bindgen::JsCast;
    match error.dyn_into::<web_sys::DomException>() {
        // Chromium and Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED
        // (code 1014).
        Ok(e) if e.name().contains("QUOTA") || e.name().contains("Quota") || matches!(e.code(), 22 | 1014) => {
            SaveError::Quota
        }
        Ok(e) if e.name() == "SecurityError" => SaveError::Unavailable,
        Ok(e) => SaveError::Other(format!("{}: {}", e.name(), e.message())),
        Err(other) => SaveError::Other(format!("{other:?}")),
    }
}

fn write(id: DraftId, record: &Record) -> Result<(), SaveError> {
    let text = serde_json::to_string(record).map_err(|e| SaveError::Other(e.to_string()))?;
    storage()?.set_item(&key(id), &text).map_err(classify)
}

fn read(id: DraftId) -> Option<Result<Record, String>> {
    let text = storage().ok()?.get_item(&key(id)).ok().flatten()?;
    Some(from_json::<Record>(&text).map_err(|_| text))
}

/// The ids of every stored draft, readable or not, in creation order.
fn ids() -> Vec<DraftId> {
    let Ok(s) = storage() else { return Vec::new() };
    let mut ids: Vec<DraftId> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| draft_id_of_key(&k))
        .collect();
    ids.sort_unstable();
    ids
}

/// Moves the single draft of earlier versions into a record (once; the old key is then removed).
fn migrate_legacy() {
    let Ok(s) = storage() else { return };
    let Some(text) = s.get_item(LEGACY_KEY).ok().flatten() else {
        return;
    };
    let id = ids().last().map_or(1, |last| last + 1);
    let written = match from_json::<RawDraft>(&text) {
        Ok(draft) => write(
            id,
            &Record {
                revision: 1,
                saved_at: now(),
                title: String::new(),
                draft,
            },
        )
        .is_ok(),
        // Unreadable: keep the text under a draft key, where it is listed and can be downloaded.
        Err(_) => s.set_item(&key(id), &text).is_ok(),
    };
    if written {
        let _ = s.remove_item(LEGACY_KEY);
    }
}

/// Every stored draft, the most recently saved first.
pub fn list() -> Vec<DraftInfo> {
    migrate_legacy();
    let mut drafts: Vec<DraftInfo> = ids()
        .into_iter()
        .filter_map(|id| {
            Some(match read(id)? {
                Ok(r) => DraftInfo {
                    id,
                    title: r.title,
                    project_name: r.draft.project.name_fi,
                    saved_at: r.saved_at,
                    readable: true,
                },
                Err(_) => DraftInfo {
                    id,
                    title: String::new(),
                    project_name: String::new(),
                    saved_at: 0.0,
                    readable: false,
                },
            })
        })
        .collect();
    drafts.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at).then(b.id.cmp(&a.id)));
    drafts
}

/// Loads a draft for editing.
pub fn load(id: DraftId) -> Option<Loaded> {
    let record = read(id)?.ok()?;
    let mut draft = record.draft;
    draft.repair_ids();
    draft.merge_retired_answers();
    Some(Loaded {
        id,
        revision: record.revision,
        saved_at: record.saved_at,
        draft,
    })
}

/// The draft to open at start: the one open last, else the most recent readable one, else a new
/// one (created only when storage works; `None` otherwise).
pub fn load_current() -> Option<Loaded> {
    storage().ok()?; // gloo's calls below assume storage exists
    let current = LocalStorage::get::<DraftId>(CURRENT_KEY).ok();
    let drafts = list();
    current
        .and_then(load)
        .or_else(|| drafts.iter().filter(|d| d.readable).find_map(|d| load(d.id)))
        .or_else(|| create(RawDraft::default(), "").ok())
}

/// Remembers which draft this browser opened last.
pub fn set_current(id: DraftId) {
    if storage().is_err() {
        return;
    }
    let _ = LocalStorage::set(CURRENT_KEY, id);
}

/// Stores a new draft under a new id (an import, a copy, a new draft); never touches another.
pub fn create(draft: RawDraft, title: &str) -> Result<Loaded, SaveError> {
    let id = ids().last().map_or(1, |last| last + 1);
    let record = Record {
        revision: 1,
        saved_at: now(),
        title: title.into(),
        draft,
    };
    write(id, &record)?;
    Ok(Loaded {
        id,
        revision: 1,
        saved_at: record.saved_at,
        draft: record.draft,
    })
}

/// Saves an edited draft. `revision` is the one this tab loaded or last saved; returns the new one.
pub fn save(id: DraftId, revision: u64, draft: &RawDraft) -> Result<(u64, f64), SaveError> {
    let title = match read(id) {
        Some(Ok(stored)) if stored.revision != revision => return Err(SaveError::Conflict),
        Some(Ok(stored)) => stored.title,
        Some(Err(_)) => return Err(SaveError::Conflict), // never overwrite what we cannot read
        None => String::new(),                           // deleted in another tab: writing it back loses nothing
    };
    let record = Record {
        revision: revision + 1,
        saved_at: now(),
        title,
        draft: draft.clone(),
    };
    write(id, &record)?;
    Ok((record.revision, record.saved_at))
}

/// The stored revision of a draft (to tell whether another tab saved a newer one).
pub fn revision(id: DraftId) -> Option<u64> {
    read(id)?.ok().map(|r| r.revision)
}

pub fn rename(id: DraftId, title: &str) -> Result<(), SaveError> {
    match read(id) {
        Some(Ok(mut record)) => {
            record.title = title.trim().into();
            write(id, &record)
        }
        _ => Err(SaveError::Other("not found".into())),
    }
}

/// A removed draft, kept in memory so that the removal can be undone.
#[derive(Debug, Clone)]
pub struct Removed {
    id: DraftId,
    text: String,
}

pub fn remove(id: DraftId) -> Option<Removed> {
    let s = storage().ok()?;
    let text = s.get_item(&key(id)).ok().flatten()?;
    s.remove_item(&key(id)).ok()?;
    Some(Removed { id, text })
}

pub fn restore(removed: &Removed) -> Result<(), SaveError> {
    storage()?.set_item(&key(removed.id), &removed.text).map_err(classify)
}

/// The stored text of a draft as it is (for a record that cannot be read: "download what is kept").
pub fn raw_text(id: DraftId) -> Option<String> {
    storage().ok()?.get_item(&key(id)).ok().flatten()
}

/// Asks the browser to keep this site's storage under storage pressure (once per session is
/// enough; the browser may decide silently).
pub fn ask_persistent() {
    if let Some(w) = web_sys::window() {
        if let Ok(promise) = w.navigator().storage().persist() {
            let _ = promise; // the answer changes nothing here; the request is what matters
        }
    }
}

pub fn load_lang() -> Option<Lang> {
    storage().ok()?;
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|s| Lang::from_tag(&s))
}

pub fn save_lang(lang: Lang) {
    if storage().is_err() {
        return;
    }
    // The language is a preference: losing it is harmless, so a failure is not reported.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Clears what this app stored (used by tests to start from a clean browser).
pub fn clear() {
    if storage().is_err() {
        return;
    }
    for id in ids() {
        LocalStorage::delete(key(id));
    }
    LocalStorage::delete(LEGACY_KEY);
    LocalStorage::delete(CURRENT_KEY);
    LocalStorage::delete(LANG_KEY);
    LocalStorage::delete(REVIEWS_KEY);
    LocalStorage::delete(REVIEWS_UNREADABLE_KEY);
}

/// The stored reviews record: `None` when there is none, `Err` with its text when this version
/// cannot read it.
fn stored_reviews(storage: &web_sys::Storage) -> Option<Result<BTreeMap<String, Review>, String>> {
    let text = storage.get_item(REVIEWS_KEY).ok().flatten()?;
    Some(
        review::import(text.as_bytes())
            .map(assessment::by_application)
            .map_err(|_| text),
    )
}

/// The reviews kept in this browser, by application fingerprint. A record this version cannot read
/// is moved aside under its own key (and stays there) so that saving never overwrites it.
pub fn load_reviews() -> BTreeMap<String, Review> {
    let Ok(storage) = storage() else {
        return BTreeMap::new();
    };
    match stored_reviews(&storage) {
        None => BTreeMap::new(),
        Some(Ok(reviews)) => reviews,
        Some(Err(text)) => {
            if storage.set_item(REVIEWS_UNREADABLE_KEY, &text).is_ok() {
                let _ = storage.remove_item(REVIEWS_KEY);
            }
            BTreeMap::new()
        }
    }
}

/// Whether a reviews record was found unreadable and set aside (its text, for download).
pub fn unreadable_reviews() -> Option<String> {
    storage().ok()?.get_item(REVIEWS_UNREADABLE_KEY).ok().flatten()
}

/// Saves the reviews. What another tab saved meanwhile is merged in first (the later review of each
/// application wins), so two tabs reviewing different applications do not undo each other.
pub fn save_reviews(reviews: &BTreeMap<String, Review>, now: &str) -> Result<(), SaveError> {
    let storage = storage()?;
    let mut all = match stored_reviews(&storage) {
        None => BTreeMap::new(),
        Some(Ok(stored)) => stored,
        Some(Err(_)) => return Err(SaveError::Conflict), // never overwrite what we cannot read
    };
    assessment::merge(&mut all, reviews.values().cloned().collect());
    storage
        .set_item(REVIEWS_KEY, &review::export(all.values(), now))
        .map_err(classify)
}
