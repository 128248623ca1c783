//! localStorage and sessionStorage: small things whose loss costs little (the language, which draft
//! was open, in this tab and in the browser), the drafts and reviews of versions before IndexedDB (read once, to move them), and
//! recovery copies written while the page is being left (these APIs are synchronous, so a write
//! during `pagehide` completes).

use super::SaveError;
use crate::domain::formats::reader::from_json;
use crate::domain::formats::review::Reviewer;
use crate::domain::vocabulary::locale::Lang;
use gloo_storage::{LocalStorage, Storage};

/// Where drafts were kept before IndexedDB, one record per key (`<prefix><id>`).
const OLD_DRAFT_PREFIX: &str = "hakemus.drafts.v1/";
/// Where versions before multiple drafts kept their one draft.
const OLDEST_DRAFT_KEY: &str = "hakemus.draft.v1";
const CURRENT_KEY: &str = "hakemus.current";
const LANG_KEY: &str = "hakemus.lang";
/// Where versions before IndexedDB kept the reviewer's reviews, as one review file.
const REVIEWS_KEY: &str = "hakemus.reviews.v1";
/// Where those versions moved a reviews record they could not read.
const REVIEWS_UNREADABLE_KEY: &str = "hakemus.reviews.v1.unreadable";
/// Reviews not yet on disk when a tab was left, one per tab: `<prefix><tab>` (a review file's text).
const REVIEWS_RECOVERY_PREFIX: &str = "hakemus.reviews.recovery/";
/// Beside a tab's recovery copy of its reviews, the reviews as the tab last read them (its base):
/// the copy is merged three ways against it, as a save is (issue 28).
const REVIEWS_BASE_PREFIX: &str = "hakemus.reviews.base/";
/// The funding proposal not yet on disk when a tab was left, one per tab: `<prefix><tab>` (its
/// file's text).
pub(super) const PROPOSAL_RECOVERY_PREFIX: &str = "hakemus.proposal.recovery/";
/// The second decision's proposal not yet on disk when a tab was left, the same way (not in a
/// backup, as its stored proposal is not: assumed, see docs/rules.md §12.1.8).
pub(super) const SECOND_PROPOSAL_RECOVERY_PREFIX: &str = "hakemus.second-decision.recovery/";
/// Files opened (or loaded into the panel) in a tab left before they were on disk, per tab.
const FILES_RECOVERY_PREFIX: &str = "hakemus.files.recovery/";
/// Recovery copies, one per tab that left with unsaved changes: `<prefix><tab>`.
const RECOVERY_PREFIX: &str = "hakemus.recovery.v1/";

pub(super) fn local() -> Result<web_sys::Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(SaveError::Unavailable)
}

/// What the start found of a small record of its own in localStorage (the change decisions in
/// progress, the completion requests being written), read strictly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalRecord<T> {
    /// Nothing stored (or no storage here).
    Empty,
    Here(T),
    /// A record this version cannot read: left as it is, never written over.
    Unreadable,
}

/// The record under `key`, read strictly (`from_json`).
pub(super) fn read_record<T: serde::de::DeserializeOwned>(key: &str) -> LocalRecord<T> {
    match get(key) {
        None => LocalRecord::Empty,
        Some(text) => from_json(&text).map_or(LocalRecord::Unreadable, LocalRecord::Here),
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

fn get(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

fn keys_with_prefix(storage: &web_sys::Storage, prefix: &str) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// A draft stored by a version before IndexedDB.
pub(super) struct OldDraft {
    /// Its id then (`None` for the one draft of the first versions).
    pub id: Option<u64>,
    pub key: String,
    pub text: String,
    /// The first versions stored a bare draft, not a record.
    pub bare: bool,
}

/// The drafts stored by versions before IndexedDB, by their old id.
pub(super) fn old_drafts() -> Vec<OldDraft> {
    let Ok(s) = local() else { return Vec::new() };
    let mut found: Vec<OldDraft> = keys_with_prefix(&s, OLD_DRAFT_PREFIX)
        .into_iter()
        .filter_map(|key| {
            let id = key.strip_prefix(OLD_DRAFT_PREFIX)?.parse().ok();
            let text = s.get_item(&key).ok().flatten()?;
            Some(OldDraft {
                id,
                key,
                text,
                bare: false,
            })
        })
        .collect();
    if let Some(text) = get(OLDEST_DRAFT_KEY) {
        found.push(OldDraft {
            id: None,
            key: OLDEST_DRAFT_KEY.to_string(),
            text,
            bare: true,
        });
    }
    found.sort_by_key(|old| old.id);
    found
}

pub(super) fn remove(key: &str) {
    if let Ok(s) = local() {
        let _ = s.remove_item(key);
    }
}

// The two settings go through gloo-storage (JSON values); its calls assume storage exists.

/// The draft this tab had open (kept through the page loads between the drafter's and the files
/// app's pages, and a reload), else the one this browser opened last.
pub fn current() -> Option<u64> {
    let in_tab = session().and_then(|s| s.get_item(CURRENT_KEY).ok().flatten());
    in_tab.and_then(|id| id.parse().ok()).or_else(|| {
        local().ok()?;
        LocalStorage::get::<u64>(CURRENT_KEY).ok()
    })
}

/// The draft this tab opened itself (sessionStorage), without the browser's last one as a fallback:
/// a draft that only another tab has open is not this tab's to tidy away.
pub fn tab_current() -> Option<u64> {
    session()
        .and_then(|s| s.get_item(CURRENT_KEY).ok().flatten())
        .and_then(|id| id.parse().ok())
}

/// What a new draft was made of (a first phase's file on the drafts page), for the drafter to say
/// once when this tab opens it: `<draft id>\n<the sentence>`, in the tab (sessionStorage).
const MADE_FROM_KEY: &str = "hakemus.made-from";

/// Leaves `said` for the drafter to say when this tab opens draft `id`.
pub fn leave_made_from(id: u64, said: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(MADE_FROM_KEY, &format!("{id}\n{said}"));
    }
}

/// What was left for draft `id` ([`leave_made_from`]), once: it is taken, whichever draft opens.
pub fn take_made_from(id: u64) -> Option<String> {
    let s = session()?;
    let left = s.get_item(MADE_FROM_KEY).ok().flatten()?;
    let _ = s.remove_item(MADE_FROM_KEY);
    let (of, said) = left.split_once('\n')?;
    (of.parse() == Ok(id)).then(|| said.to_string())
}

/// Remembers which draft this tab has open, and that this browser opened it last.
pub fn set_current(id: u64) {
    if local().is_ok() {
        let _ = LocalStorage::set(CURRENT_KEY, id);
    }
    if let Some(s) = session() {
        let _ = s.set_item(CURRENT_KEY, &id.to_string());
    }
}

/// Who the reviewer says they are (kept as JSON), and whether blind mode is on: preferences, so a
/// failure to keep them is not reported.
const REVIEWER_KEY: &str = "hakemus.reviewer";
const BLIND_KEY: &str = "hakemus.reviewer.blind";

pub fn load_reviewer() -> Reviewer {
    local()
        .ok()
        .and_then(|s| s.get_item(REVIEWER_KEY).ok().flatten())
        .and_then(|text| from_json::<Reviewer>(&text).ok())
        .unwrap_or_default()
}

pub fn save_reviewer(reviewer: &Reviewer) {
    if let (Ok(s), Ok(text)) = (local(), serde_json::to_string(reviewer)) {
        let _ = s.set_item(REVIEWER_KEY, &text);
    }
}

pub fn load_blind() -> bool {
    local()
        .ok()
        .and_then(|s| s.get_item(BLIND_KEY).ok().flatten())
        .is_some_and(|v| v == "true")
}

pub fn save_blind(blind: bool) {
    if let Ok(s) = local() {
        let _ = s.set_item(BLIND_KEY, if blind { "true" } else { "false" });
    }
}

pub fn load_lang() -> Option<Lang> {
    local().ok()?;
    Lang::from_tag(&LocalStorage::get::<String>(LANG_KEY).ok()?)
}

pub fn save_lang(lang: Lang) {
    // The language is a preference: losing it is harmless, so a failure is not reported.
    if local().is_ok() {
        let _ = LocalStorage::set(LANG_KEY, lang.code());
    }
}

pub use crate::domain::formats::stored::Recovery;

/// A recovery copy found at start, with the key to discard it by.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub key: String,
    pub recovery: Recovery,
}

/// The key of tab `tab`'s recovery copy.
pub(super) fn recovery_key(tab: &str) -> String {
    format!("{RECOVERY_PREFIX}{tab}")
}

/// Keeps an unsaved version under `key` (one per tab; a later call replaces it). Tries
/// localStorage, then sessionStorage (which outlives a reload of this tab even when the other is
/// full).
pub(super) fn keep_recovery(key: &str, recovery: &Recovery) -> bool {
    let Ok(text) = serde_json::to_string(recovery) else {
        return false;
    };
    let in_local = local().is_ok_and(|s| s.set_item(key, &text).is_ok());
    in_local || session().is_some_and(|s| s.set_item(key, &text).is_ok())
}

/// Forgets a recovery copy (taken up, discarded, or its tab saved after all).
pub fn discard_recovery(key: &str) {
    for s in [local().ok(), session()].into_iter().flatten() {
        let _ = s.remove_item(key);
    }
}

/// Every recovery copy kept in this browser (and this tab's session), oldest first.
pub fn recoveries() -> Vec<Kept> {
    let mut found = Vec::new();
    for s in [local().ok(), session()].into_iter().flatten() {
        for key in keys_with_prefix(&s, RECOVERY_PREFIX) {
            let Some(text) = s.get_item(&key).ok().flatten() else {
                continue;
            };
            match from_json::<Recovery>(&text) {
                Ok(recovery) if !found.iter().any(|k: &Kept| k.key == key) => found.push(Kept { key, recovery }),
                _ => {}
            }
        }
    }
    found.sort_by(|a, b| a.recovery.kept_at.total_cmp(&b.recovery.kept_at));
    found
}

/// Clears what this app stored here (tests start from a clean browser with it).
pub(super) fn clear() {
    let Ok(s) = local() else { return };
    for key in keys_with_prefix(&s, "hakemus.") {
        let _ = s.remove_item(&key);
    }
    if let Some(s) = session() {
        for key in keys_with_prefix(&s, "hakemus.") {
            let _ = s.remove_item(&key);
        }
    }
}

/// The reviews records of versions before IndexedDB and the reviews recovery copies: (key, text),
/// to move into IndexedDB (see `reviews::load`). Each is removed only once what it holds is stored.
pub(super) fn old_reviews() -> Vec<(String, String)> {
    let Ok(s) = local() else { return Vec::new() };
    let mut keys = vec![REVIEWS_KEY.to_string(), REVIEWS_UNREADABLE_KEY.to_string()];
    keys.extend(keys_with_prefix(&s, REVIEWS_RECOVERY_PREFIX));
    keys.into_iter()
        .filter_map(|key| Some((key.clone(), s.get_item(&key).ok().flatten()?)))
        .collect()
}

/// Removes `key` if it still holds `text` (nobody wrote it again meanwhile).
pub(super) fn remove_if_unchanged(key: &str, text: &str) {
    if get(key).as_deref() == Some(text) {
        remove(key);
    }
}

/// Keeps this tab's reviews (the review file's text) when it is left before they are on disk.
pub(super) fn keep_reviews_recovery(tab: &str, text: &str) -> bool {
    local().is_ok_and(|s| s.set_item(&format!("{REVIEWS_RECOVERY_PREFIX}{tab}"), text).is_ok())
}

pub(super) fn discard_reviews_recovery(tab: &str) {
    remove(&format!("{REVIEWS_RECOVERY_PREFIX}{tab}"));
    remove(&format!("{REVIEWS_BASE_PREFIX}{tab}"));
}

/// Keeps the base of this tab's recovery copy (the reviews as it last read them).
pub(super) fn keep_reviews_base(tab: &str, text: &str) -> bool {
    local().is_ok_and(|s| s.set_item(&format!("{REVIEWS_BASE_PREFIX}{tab}"), text).is_ok())
}

/// The base kept beside the recovery copy under `recovery_key`, with its own key.
pub(super) fn reviews_base(recovery_key: &str) -> Option<(String, String)> {
    let tab = recovery_key.strip_prefix(REVIEWS_RECOVERY_PREFIX)?;
    let key = format!("{REVIEWS_BASE_PREFIX}{tab}");
    Some((key.clone(), get(&key)?))
}

/// Keeps this tab's recovery copy of a proposal, under `prefix` (the first's or the second's).
pub(super) fn keep_proposal_recovery(prefix: &str, tab: &str, text: &str) -> bool {
    local().is_ok_and(|s| s.set_item(&format!("{prefix}{tab}"), text).is_ok())
}

pub(super) fn discard_proposal_recovery(prefix: &str, tab: &str) {
    remove(&format!("{prefix}{tab}"));
}

/// The recovery copies of a proposal under `prefix`, as (key, text).
pub(super) fn proposal_recoveries(prefix: &str) -> Vec<(String, String)> {
    let Ok(s) = local() else {
        return Vec::new();
    };
    keys_with_prefix(&s, prefix)
        .into_iter()
        .filter_map(|key| Some((key.clone(), s.get_item(&key).ok().flatten()?)))
        .collect()
}

/// Keeps the files of a tab left before they were on disk (JSON text of the files' records).
pub(super) fn keep_files_recovery(tab: &str, text: &str) -> bool {
    local().is_ok_and(|s| s.set_item(&format!("{FILES_RECOVERY_PREFIX}{tab}"), text).is_ok())
}

/// The recovery copies of files not on disk when their tab was left, as (key, text).
pub(super) fn files_recoveries() -> Vec<(String, String)> {
    let Ok(s) = local() else {
        return Vec::new();
    };
    keys_with_prefix(&s, FILES_RECOVERY_PREFIX)
        .into_iter()
        .filter_map(|key| Some((key.clone(), s.get_item(&key).ok().flatten()?)))
        .collect()
}

// What a backup reads and a restore writes here (`storage::backup`).

/// The texts of every draft recovery copy, as kept (localStorage, then this tab's session).
pub(super) fn recovery_texts() -> Vec<String> {
    let mut found: Vec<(String, String)> = Vec::new();
    for s in [local().ok(), session()].into_iter().flatten() {
        for key in keys_with_prefix(&s, RECOVERY_PREFIX) {
            if let Some(text) = s.get_item(&key).ok().flatten() {
                if !found.iter().any(|(k, _)| *k == key) {
                    found.push((key, text));
                }
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, text)| text).collect()
}

/// Keeps a recovery copy a restore brings (its text as the backup carries it) under a key of its
/// own; `false` if it could not be kept.
pub(super) fn keep_restored_recovery(n: usize, text: &str) -> bool {
    let stamp = js_sys::Date::now() as u64;
    let key = format!("{RECOVERY_PREFIX}restored-{stamp:x}-{n}");
    let in_local = local().is_ok_and(|s| s.set_item(&key, text).is_ok());
    in_local || session().is_some_and(|s| s.set_item(&key, text).is_ok())
}

/// The reviews not yet moved into IndexedDB: the record of versions before it and the recovery
/// copies (review file texts), by key; and the record those versions set aside as unreadable.
pub(super) fn waiting_reviews() -> (Vec<String>, Option<String>) {
    let Ok(s) = local() else { return (Vec::new(), None) };
    let mut keys = vec![REVIEWS_KEY.to_string()];
    let mut copies = keys_with_prefix(&s, REVIEWS_RECOVERY_PREFIX);
    copies.sort();
    keys.extend(copies);
    let texts = keys.iter().filter_map(|k| s.get_item(k).ok().flatten()).collect();
    (texts, get(REVIEWS_UNREADABLE_KEY))
}

/// Who the reviewer is, as stored (JSON text), and blind mode when it was set.
pub(super) fn reviewer_settings() -> (Option<String>, Option<bool>) {
    let blind = get(BLIND_KEY).map(|v| v == "true");
    (get(REVIEWER_KEY), blind)
}

/// Sets who the reviewer is (the stored JSON text) and blind mode, as a restore brings them.
pub(super) fn set_reviewer_settings(identity: Option<&str>, blind: Option<bool>) {
    let Ok(s) = local() else { return };
    if let Some(text) = identity {
        let _ = s.set_item(REVIEWER_KEY, text);
    }
    if let Some(blind) = blind {
        save_blind(blind);
    }
}

/// When this browser last made a backup (its `made_at`).
const LAST_BACKUP_KEY: &str = "hakemus.backup.last";

pub(super) fn last_backup() -> Option<String> {
    get(LAST_BACKUP_KEY)
}

pub(super) fn note_backup(made_at: &str) {
    if let Ok(s) = local() {
        let _ = s.set_item(LAST_BACKUP_KEY, made_at);
    }
}

/// Every record under `prefix`, as (the rest of its key, its text), by key (a backup of the first
/// phase's records).
pub(super) fn texts_under(prefix: &str) -> Vec<(String, String)> {
    let Ok(s) = local() else { return Vec::new() };
    let mut found: Vec<(String, String)> = keys_with_prefix(&s, prefix)
        .into_iter()
        .filter_map(|key| {
            let text = s.get_item(&key).ok().flatten()?;
            Some((key[prefix.len()..].to_string(), text))
        })
        .collect();
    found.sort();
    found
}

/// The text under `key`, if any.
pub(super) fn text_of(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Writes `text` under `key` if nothing is there (a restore only adds); whether `key` holds it after.
pub(super) fn add_text(key: &str, text: &str) -> bool {
    let Ok(s) = local() else { return false };
    match s.get_item(key) {
        Ok(None) => s.set_item(key, text).is_ok(),
        Ok(Some(there)) => there == text,
        Err(_) => false,
    }
}
