//! The only module that touches browser storage. Everything else goes through these functions.
//!
//! A draft that is stored but cannot be read (a newer or damaged format) is never overwritten: it is
//! copied aside under a backup key before the app starts a new draft.

use crate::domain::draft::RawDraft;
use crate::domain::locale::Lang;
use gloo_storage::{LocalStorage, Storage};

const DRAFT_KEY: &str = "hakemus.draft.v1";
const LANG_KEY: &str = "hakemus.lang";

/// Why a save did not happen (quota exceeded, storage disabled, private mode...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError(pub String);

/// Loads the draft saved in this browser, if any.
pub fn load_draft() -> Option<RawDraft> {
    let raw = LocalStorage::raw().get_item(DRAFT_KEY).ok().flatten()?;
    match serde_json::from_str::<RawDraft>(&raw) {
        Ok(mut draft) => {
            draft.repair_ids();
            Some(draft)
        }
        Err(_) => {
            // Keep what cannot be read; never drop a user's work.
            let backup = format!("{DRAFT_KEY}.unreadable.{}", raw.len());
            let _ = LocalStorage::raw().set_item(&backup, &raw);
            None
        }
    }
}

pub fn save_draft(draft: &RawDraft) -> Result<(), SaveError> {
    LocalStorage::set(DRAFT_KEY, draft).map_err(|e| SaveError(e.to_string()))
}

pub fn load_lang() -> Option<Lang> {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|s| Lang::from_tag(&s))
}

pub fn save_lang(lang: Lang) {
    // The language is a preference: losing it is harmless, so a failure is not reported.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

/// Clears what this app stored (used by tests to start from a clean browser).
pub fn clear() {
    LocalStorage::delete(DRAFT_KEY);
    LocalStorage::delete(LANG_KEY);
}
