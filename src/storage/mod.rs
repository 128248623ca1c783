//! The only module that touches browser storage. Everything else goes through these functions.
//!
//! Drafts live in IndexedDB ([`idb`]): each is one record (the raw draft, a title, when it was
//! saved, and a revision that every save increments) stored as JSON text under the draft's id. A
//! save is one strict read-write transaction: it reads the stored revision, and writes only if it is
//! the one this tab started from; otherwise another tab has saved in between and the save is
//! refused ([`SaveError::Conflict`]). Browsers run read-write transactions on one store one at a
//! time, across tabs, so two tabs saving in the same millisecond cannot both win. "Saved" is said
//! only when the transaction has completed, which with strict durability means on disk.
//!
//! Every write that could replace a draft (save, rename, restore after a removal) goes through such
//! a transaction. A record that cannot be read is never overwritten or deleted by a save: it is
//! listed as unreadable, and its text can still be downloaded. Records are read leniently: fields
//! this version does not know (written by a newer one) are kept and written back.
//!
//! The reviewer's reviews are one record in IndexedDB too ([`reviews`]), saved in the same kind of
//! transaction (read, merge three ways with what another tab saved, per criterion, write); the
//! funding proposal's save is refused when another tab saved it since this tab read it.
//!
//! The applications the reviewer opened and the other reviewers' review files loaded into the panel
//! are kept as their files' own text ([`panel`]), so an application's fingerprint stays the same.
//!
//! The granted projects (after the decision) are records of their own store, saved the same way
//! ([`grant`], used by the grant's app only).
//!
//! Small things (the language, which draft was open, who the reviewer is, blind mode) and recovery
//! copies stay in localStorage ([`local`]), and so do the first phase's small drafts (initiatives,
//! expressions of interest, initiatives received: [`initiative`], which says why), and the
//! change requests the ministry's follow-up is deciding ([`change_decisions`]) and the completion
//! requests it is writing ([`completion_draft`]).

pub mod backup;
pub mod change_decisions;
pub mod clarification;
pub mod completion_draft;
pub mod follow_up;
pub mod grant;
mod idb;
pub mod initiative;
pub mod initiative_workshop;
mod local;
pub mod ministry_clarification;
mod panel;
mod reviews;

pub use local::{
    current, discard_recovery, leave_made_from, load_blind, load_lang, load_reviewer, recoveries, save_blind,
    save_lang, save_reviewer, set_current, tab_current, take_made_from, Kept as KeptRecovery, LocalRecord, Recovery,
};
pub use panel::{forget_file, keep_file, keep_files, keep_files_recovery, kept_files, KeptFile, Shelf, ToKeep};
pub use reviews::{
    discard_proposal_recovery, discard_reviews_recovery, keep_proposal_recovery, keep_reviews_recovery,
    keep_reviews_recovery_from, load_proposal, load_replaced, load_reviews, load_reviews_and_clashes, proposal_aside,
    save_proposal, save_proposal_over, save_replaced, save_reviews, set_proposal_aside, stored_proposal_text,
    unreadable_reviews, DecisionKey,
};

use crate::domain::draft::RawDraft;
use crate::domain::formats::application;
use crate::domain::formats::reader::from_json;
use crate::domain::formats::record::{read_lenient, write_keeping, Kept};
use crate::domain::formats::stored::{self, DraftRecord, MAX_ID};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
    /// The stored copy of this draft (or of the reviews) can no longer be read; it was left as it is.
    Damaged,
    /// Anything else, with the browser's words.
    Other(String),
}

/// A stored draft's record (the domain's shape, which the backup reads too).
type Record = DraftRecord;

/// A stored draft as the list of drafts shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftInfo {
    pub id: DraftId,
    pub title: String,
    pub project_name: String,
    pub saved_at: f64,
    /// `false` for a record that cannot be read; it is kept as it is.
    pub readable: bool,
    /// Fields this version does not know (saved by a newer one): kept, and written back.
    pub unknown_fields: Vec<String>,
}

/// A draft loaded for editing, with the revision its next save must name.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub id: DraftId,
    pub revision: u64,
    pub saved_at: f64,
    pub draft: RawDraft,
}

fn now() -> f64 {
    js_sys::Date::now()
}

pub(crate) fn classify(error: JsValue) -> SaveError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(e) => kind(&e.name(), &e.message(), e.code()),
        Err(other) => SaveError::Other(other.as_string().unwrap_or_else(|| format!("{other:?}"))),
    }
}

/// Why a write failed, from the browser's error (its name, message and legacy code).
fn kind(name: &str, message: &str, code: u16) -> SaveError {
    // Chromium and Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED
    // (code 1014). A disk that is full under a site's quota: Chromium's IndexedDB says
    // "UnknownError: Internal error." or "DataError: Failed to write blobs (IOError)" (seen with a
    // real full disk, issue 28): it is the same for the user, storage that takes nothing more.
    let disk = name == "UnknownError" || (name == "DataError" && message.contains("IOError"));
    if name.to_ascii_lowercase().contains("quota") || matches!(code, 22 | 1014) || disk {
        SaveError::Quota
    } else if matches!(name, "SecurityError" | "InvalidStateError") {
        SaveError::Unavailable
    } else {
        SaveError::Other(format!("{name}: {message}"))
    }
}

/// A record read leniently: the record and the text to write it back with (unknown fields kept).
fn parse(text: &str) -> Option<(Record, Vec<Kept>)> {
    read_lenient::<Record>(text).ok().map(|l| (l.value, l.kept))
}

/// The text of a record.
fn record_text(record: &Record, kept: &[Kept]) -> Result<String, SaveError> {
    write_keeping(record, kept).map_err(|e| SaveError::Other(e.to_string()))
}

/// A save done: the new revision, when (ms since 1970), and, for a draft larger than a file the app
/// can import again (`MAX_FILE_BYTES`), its export's size. Such a draft is stored all the same: what
/// was typed is never kept only in a tab, which a closed page loses (issue 28); the user is told to
/// shorten it before it goes out as a file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Saved {
    pub revision: u64,
    pub at: f64,
    pub too_large: Option<usize>,
}

fn key(id: DraftId) -> f64 {
    id as f64
}

/// A free id (see `stored::free_id`). Never an id in use: the write is an `add`, which fails rather
/// than overwrite.
fn free_id(taken: &[f64]) -> DraftId {
    stored::free_id(&taken.iter().map(|k| *k as DraftId).collect::<Vec<_>>())
}

/// Tells other tabs that a draft was written (see [`on_change`]).
fn announce(id: DraftId, revision: u64) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let message = format!("{}:{id}:{revision}", tab_name());
        let _ = channel.post_message(&JsValue::from_str(&message));
        channel.close();
    }
}

const CHANNEL: &str = "hakemus.drafts";

/// Calls `f(id, revision)` whenever another tab writes a draft (revision 0: removed), until the
/// returned channel is closed. This tab's own writes are left out (every channel object of a page
/// hears the others).
pub fn on_change(f: impl Fn(DraftId, u64) + 'static) -> Option<web_sys::BroadcastChannel> {
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
    let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let mut parts = text.split(':');
        let (Some(tab), Some(id), Some(revision)) = (parts.next(), parts.next(), parts.next()) else {
            return;
        };
        if tab == tab_name() {
            return;
        }
        if let (Ok(id), Ok(revision)) = (id.parse(), revision.parse()) {
            f(id, revision);
        }
    });
    channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    listener.forget(); // small, and called from the channel until it is closed
    Some(channel)
}

/// Moves the drafts of versions before IndexedDB over, once. An old record is removed only after
/// its copy was committed and read back identical; until then it stays where it was.
async fn move_old_drafts() {
    for old in local::old_drafts() {
        // A bare draft of the first versions becomes a record; one that cannot be read is kept as
        // it is, and listed as unreadable.
        let record = old
            .bare
            .then(|| from_json::<RawDraft>(&old.text).ok())
            .flatten()
            .and_then(|draft| {
                let record = Record {
                    revision: 1,
                    saved_at: 0.0,
                    title: String::new(),
                    draft,
                };
                record_text(&record, &[]).ok()
            });
        let text = record.unwrap_or(old.text);
        let Ok(id) = add_text(old.id, &text).await else {
            continue;
        };
        let verified = async {
            let tx = idb::begin(idb::DRAFTS, false).await.ok()?;
            idb::get_text(&tx.store, key(id)).await.ok().flatten()
        }
        .await;
        if verified.as_deref() == Some(text.as_str()) {
            local::remove(&old.key);
        }
    }
}

/// Stores a record text under `wanted` if that id is free, else under a free id; returns the id.
async fn add_text(wanted: Option<DraftId>, text: &str) -> Result<DraftId, SaveError> {
    let tx = idb::begin(idb::DRAFTS, true).await.map_err(classify)?;
    let taken = idb::keys(&tx.store).await.map_err(classify)?;
    let id = match wanted {
        Some(id) if (1..=MAX_ID).contains(&id) && !taken.contains(&key(id)) => id,
        _ => free_id(&taken),
    };
    tx.store
        .add_with_key(&JsValue::from_str(text), &key(id).into())
        .map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(id)
}

/// What opening the app found.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The draft to edit, or why none could be opened or created.
    pub draft: Result<Loaded, SaveError>,
    /// The draft open last could not be read (it is kept; the drafts page offers its text).
    pub last_unreadable: bool,
}

/// Opens the database (creating or upgrading it) and moves the drafts of older versions over: what
/// an app that lists or opens drafts does first (the drafter's start, the files app's).
pub async fn prepare() -> Result<(), SaveError> {
    idb::database().await.map_err(classify)?;
    move_old_drafts().await;
    Ok(())
}

/// The draft to open at start: the one open last in this tab (else in this browser), else the most
/// recent readable one, else a new one. Moves the drafts of older versions over first.
pub async fn open() -> Opened {
    if let Err(e) = prepare().await {
        return Opened {
            draft: Err(e),
            last_unreadable: false,
        };
    }
    let mut last_unreadable = false;
    if let Some(id) = local::current() {
        match load_or_unreadable(id).await {
            Some(Ok(loaded)) => {
                // The tab keeps it (sessionStorage): the id may have come from the browser's last
                // one, which another tab can change before this one loads the files app's pages.
                set_current(loaded.id);
                return Opened {
                    draft: Ok(loaded),
                    last_unreadable,
                };
            }
            Some(Err(())) => last_unreadable = true,
            None => {}
        }
    }
    for info in list().await.into_iter().filter(|d| d.readable) {
        if let Some(loaded) = load(info.id).await {
            set_current(loaded.id);
            return Opened {
                draft: Ok(loaded),
                last_unreadable,
            };
        }
    }
    let draft = create(RawDraft::default(), "").await;
    if let Ok(loaded) = &draft {
        set_current(loaded.id);
    }
    Opened { draft, last_unreadable }
}

/// Every stored draft, the most recently saved first.
pub async fn list() -> Vec<DraftInfo> {
    let entries = async {
        let tx = idb::begin(idb::DRAFTS, false).await?;
        idb::entries(&tx.store).await
    }
    .await
    .unwrap_or_default();
    let mut drafts: Vec<DraftInfo> = entries
        .into_iter()
        .map(|(k, value)| {
            let id = k as DraftId;
            match read_lenient::<Record>(&idb::as_text(&value)).ok() {
                Some(l) => DraftInfo {
                    id,
                    title: l.value.title,
                    project_name: l.value.draft.project.name().to_string(),
                    saved_at: l.value.saved_at,
                    readable: true,
                    unknown_fields: l.kept.iter().map(|k| k.path()).collect(),
                },
                None => DraftInfo {
                    id,
                    title: String::new(),
                    project_name: String::new(),
                    saved_at: 0.0,
                    readable: false,
                    unknown_fields: Vec::new(),
                },
            }
        })
        .collect();
    drafts.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at).then(b.id.cmp(&a.id)));
    drafts
}

/// The title the drafts page gives draft `id` (`None` when there is none or it cannot be read):
/// reads that one record, not every draft as [`list`] does.
pub async fn title(id: DraftId) -> Option<String> {
    let text = raw_text(id).await?;
    parse(&text).map(|(record, _)| record.title)
}

/// A draft by id: `None` when there is none, `Err` when it cannot be read.
async fn load_or_unreadable(id: DraftId) -> Option<Result<Loaded, ()>> {
    let text = raw_text(id).await?;
    let Some((record, _)) = parse(&text) else {
        return Some(Err(()));
    };
    let mut draft = record.draft;
    draft.repair_ids();
    draft.merge_retired_answers();
    Some(Ok(Loaded {
        id,
        revision: record.revision,
        saved_at: record.saved_at,
        draft,
    }))
}

/// Loads a draft for editing.
pub async fn load(id: DraftId) -> Option<Loaded> {
    load_or_unreadable(id).await?.ok()
}

/// Stores a new draft under a new id (an import, a copy, a new draft); never touches another.
pub async fn create(draft: RawDraft, title: &str) -> Result<Loaded, SaveError> {
    let record = Record {
        revision: 1,
        saved_at: now(),
        title: title.trim().into(),
        draft,
    };
    let id = add_text(None, &record_text(&record, &[])?).await?;
    announce(id, 1);
    Ok(Loaded {
        id,
        revision: 1,
        saved_at: record.saved_at,
        draft: record.draft,
    })
}

/// Saves an edited draft. `revision` is the one this tab loaded or last saved; returns the new one
/// and when it was saved, once the write is on disk.
pub async fn save(id: DraftId, revision: u64, draft: &RawDraft) -> Result<Saved, SaveError> {
    let tx = idb::begin(idb::DRAFTS, true).await.map_err(classify)?;
    let stored = idb::get_text(&tx.store, key(id)).await.map_err(classify)?;
    let (title, kept) = match stored.as_deref().map(parse) {
        Some(Some((stored, _))) if stored.revision != revision => return Err(SaveError::Conflict),
        Some(Some((stored, kept))) => (stored.title, kept),
        Some(None) => return Err(SaveError::Damaged), // never overwrite what we cannot read
        None => (String::new(), Vec::new()),          // removed in another tab: writing it back loses nothing
    };
    let record = Record {
        revision: revision + 1,
        saved_at: now(),
        title,
        draft: draft.clone(),
    };
    let bytes = write_record(tx, id, &record, &kept).await?;
    Ok(Saved {
        revision: record.revision,
        at: record.saved_at,
        too_large: application::fits_in_a_file(&record.draft, bytes).err(),
    })
}

/// Ends a save or a rename: puts the record (with the fields kept from the stored one), waits for
/// the commit, and tells the other tabs. Returns the record's size.
async fn write_record(tx: idb::Tx, id: DraftId, record: &Record, kept: &[Kept]) -> Result<usize, SaveError> {
    let text = record_text(record, kept)?;
    tx.store
        .put_with_key(&JsValue::from_str(&text), &key(id).into())
        .map_err(classify)?;
    tx.done().await.map_err(classify)?;
    announce(id, record.revision);
    Ok(text.len())
}

/// The stored revision of a draft (to tell whether another tab saved a newer one).
pub async fn revision(id: DraftId) -> Option<u64> {
    Some(parse(&raw_text(id).await?)?.0.revision)
}

/// Renames a draft, in the same kind of transaction as a save (the revision is not changed: a name
/// is not an edit of the application).
pub async fn rename(id: DraftId, title: &str) -> Result<(), SaveError> {
    let tx = idb::begin(idb::DRAFTS, true).await.map_err(classify)?;
    let stored = idb::get_text(&tx.store, key(id)).await.map_err(classify)?;
    let Some((mut record, kept)) = stored.as_deref().and_then(parse) else {
        return Err(SaveError::Damaged);
    };
    record.title = title.trim().into();
    write_record(tx, id, &record, &kept).await.map(drop)
}

/// A removed draft, kept in memory so that the removal can be undone.
#[derive(Debug, Clone)]
pub struct Removed {
    id: DraftId,
    text: String,
}

pub async fn remove(id: DraftId) -> Option<Removed> {
    let tx = idb::begin(idb::DRAFTS, true).await.ok()?;
    let text = idb::get_text(&tx.store, key(id)).await.ok()??;
    tx.store.delete(&key(id).into()).ok()?;
    tx.done().await.ok()?;
    announce(id, 0);
    Some(Removed { id, text })
}

/// Removes draft `id` if, as stored, nothing was ever typed into it and it has no title; in one
/// transaction, so a tab that types into it meanwhile keeps it. Whether it was removed.
pub async fn remove_if_untouched(id: DraftId) -> bool {
    let removed = async {
        let tx = idb::begin(idb::DRAFTS, true).await.ok()?;
        let text = idb::get_text(&tx.store, key(id)).await.ok()??;
        let (record, _) = parse(&text)?;
        if record.draft != RawDraft::default() || !record.title.trim().is_empty() {
            return None;
        }
        tx.store.delete(&key(id).into()).ok()?;
        tx.done().await.ok()
    };
    let removed = removed.await.is_some();
    if removed {
        announce(id, 0);
    }
    removed
}

/// Where an undone removal put the draft back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restored {
    /// Under its old id, as it was.
    AsItWas(DraftId),
    /// Another tab saved the draft again meanwhile: the removed version is a new draft beside it.
    AsCopy(DraftId),
}

/// Puts a removed draft back, never over a draft saved since (see [`Restored`]).
pub async fn restore(removed: &Removed) -> Result<Restored, SaveError> {
    let id = add_text(Some(removed.id), &removed.text).await?;
    let revision = parse(&removed.text).map_or(1, |(r, _)| r.revision);
    announce(id, revision);
    Ok(if id == removed.id {
        Restored::AsItWas(id)
    } else {
        Restored::AsCopy(id)
    })
}

/// The stored text of a draft as it is (for a record that cannot be read: "download what is kept").
pub async fn raw_text(id: DraftId) -> Option<String> {
    let tx = idb::begin(idb::DRAFTS, false).await.ok()?;
    idb::get_text(&tx.store, key(id)).await.ok().flatten()
}

/// Asks the browser to keep this site's storage under storage pressure (once per session is
/// enough; the browser may decide silently). The answer is not awaited here: the drafts page asks
/// where things stand ([`space`]) and says it.
pub fn ask_persistent() {
    if let Some(w) = web_sys::window() {
        if let Ok(promise) = w.navigator().storage().persist() {
            let _ = promise;
        }
    }
}

/// What the browser says of this site's storage (issue 28, item 11). Each part is `None` where the
/// browser does not say (no Storage API: an old browser, a page not served over HTTPS).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Space {
    /// Whether the browser has promised to keep the site's data under storage pressure
    /// (`navigator.storage.persisted()`).
    pub persistent: Option<bool>,
    /// The bytes the site uses, and the most it may use (`navigator.storage.estimate()`).
    pub used: Option<u64>,
    pub quota: Option<u64>,
}

/// Less free than this share of the quota (per cent), or than [`LOW_BYTES`], and the drafts page
/// warns (README, "What 'saved' means").
pub const LOW_PERCENT: u64 = 10;
pub const LOW_BYTES: u64 = 50 * 1024 * 1024;

impl Space {
    /// The bytes still free for the site, where the browser says both its use and its quota.
    pub fn free(&self) -> Option<u64> {
        Some(self.quota?.saturating_sub(self.used?))
    }

    /// Whether the space left is low enough to warn before it runs out: under [`LOW_PERCENT`] of
    /// the quota or under [`LOW_BYTES`]. Never where the browser gives no estimate.
    pub fn running_low(&self) -> bool {
        match (self.free(), self.quota) {
            (Some(free), Some(quota)) => {
                free < LOW_BYTES || free.saturating_mul(100) < quota.saturating_mul(LOW_PERCENT)
            }
            _ => false,
        }
    }
}

/// Asks the browser where this site's storage stands (see [`Space`]); asks nothing of the user.
pub async fn space() -> Space {
    use wasm_bindgen_futures::JsFuture;
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return Space::default();
    };
    // `undefined` where the API is missing: each call then fails, and that part is not known.
    let persistent = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let estimate = match manager.estimate() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    let bytes = |n: Option<f64>| n.filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as u64);
    // The estimate's two numbers, read as properties: web-sys's `StorageEstimate` reads the same,
    // but turning that feature on alone moved the drafter's wasm (which never calls this) by
    // 1.3 KB brotli, its code laid out anew.
    let field = |name: &str| {
        let value = estimate.as_ref().filter(|e| e.is_object())?;
        bytes(js_sys::Reflect::get(value, &JsValue::from_str(name)).ok()?.as_f64())
    };
    let (used, quota) = (field("usage"), field("quota"));
    Space {
        persistent,
        used,
        quota,
    }
}

/// Clears what this app stored (tests start from a clean browser with it).
pub async fn clear() {
    // A write an earlier page asked for (the previous test's app) lands before the clean start, not after.
    idb::writes_done().await;
    local::clear();
    for store in [
        idb::DRAFTS,
        idb::REVIEWS,
        idb::OPENED,
        idb::PANEL,
        idb::WORKSHOP,
        idb::GRANTS,
        idb::FOLLOW_UP,
    ] {
        if let Ok(tx) = idb::begin(store, true).await {
            let _ = tx.store.clear();
            let _ = tx.done().await;
        }
    }
}

/// The key of this tab's recovery copy.
pub fn recovery_key() -> String {
    local::recovery_key(&tab_name())
}

/// Keeps this tab's unsaved version of a draft as its recovery copy (synchronously: the page is
/// being left); `false` if it could not be kept.
pub fn keep_recovery(recovery: &Recovery) -> bool {
    local::keep_recovery(&recovery_key(), recovery)
}

/// A name for this tab, for its recovery copy and its messages to other tabs (unique enough: the
/// time it started and a random part).
pub fn tab_name() -> String {
    thread_local! {
        static NAME: String = format!("{:x}-{:x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e12) as u64);
    }
    NAME.with(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_runs_low_under_a_tenth_of_the_quota_or_50_mb_and_never_without_an_estimate() {
        const MB: u64 = 1024 * 1024;
        let space = |used, quota| Space {
            persistent: Some(false),
            used: Some(used),
            quota: Some(quota),
        };
        assert_eq!(space(3 * MB, 10_000 * MB).free(), Some(9_997 * MB));
        assert!(!space(3 * MB, 10_000 * MB).running_low());
        // A tenth of the quota left, exactly: not yet; a byte less: low.
        assert!(!space(9_000 * MB, 10_000 * MB).running_low());
        assert!(space(9_000 * MB + 1, 10_000 * MB).running_low());
        // A small quota: 50 MB left is enough, a byte less is not, whatever its share.
        assert!(!space(10 * MB, 60 * MB).running_low());
        assert!(space(10 * MB + 1, 60 * MB).running_low());
        // More used than the quota (browsers round): nothing free, and low.
        assert_eq!(space(70 * MB, 60 * MB).free(), Some(0));
        assert!(space(70 * MB, 60 * MB).running_low());
        // No estimate, or half of one: nothing is said.
        assert!(!Space::default().running_low());
        assert_eq!(
            Space {
                used: Some(0),
                ..Space::default()
            }
            .free(),
            None
        );
        assert!(!Space {
            quota: Some(10 * MB),
            ..Space::default()
        }
        .running_low());
    }

    #[test]
    fn a_full_disk_is_said_as_full_storage_whatever_words_the_browser_uses() {
        assert_eq!(
            kind("QuotaExceededError", "The quota has been exceeded.", 22),
            SaveError::Quota
        );
        assert_eq!(kind("NS_ERROR_DOM_QUOTA_REACHED", "", 1014), SaveError::Quota);
        // Chromium's IndexedDB on a full disk (issue 28: shown to the user in the browser's words).
        assert_eq!(kind("UnknownError", "Internal error.", 0), SaveError::Quota);
        assert_eq!(
            kind("DataError", "Failed to write blobs (IOError)", 0),
            SaveError::Quota
        );
        // Other errors keep their words; a DataError of another kind is not a full disk.
        assert_eq!(kind("SecurityError", "", 18), SaveError::Unavailable);
        assert_eq!(
            kind("DataError", "The parameter is not a valid key.", 0),
            SaveError::Other("DataError: The parameter is not a valid key.".into())
        );
    }
}
