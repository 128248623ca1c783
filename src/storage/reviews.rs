//! The reviewer's reviews in IndexedDB: store `reviews`, one record under [`ALL`] holding the review
//! file's own text (what `review::export` writes; the same as an export of reviews).
//!
//! A save is one strict read-write transaction: it reads what is stored (another tab may have saved
//! since), merges this tab's changes in three ways against what the tab last read (per criterion:
//! two tabs scoring different criteria both keep their scores; the same criterion changed in both
//! is a clash, the stored one kept and the tab's returned) and writes. No clock decides: a review
//! file stamped ahead of this computer's clock cannot make later edits lose. A record this version cannot
//! read is never overwritten: a save refuses ([`SaveError::Damaged`]); at load it is set aside under
//! a key of its own ([`UNREADABLE`], never over other text) and offered for download.

use super::{classify, idb, local, tab_name, SaveError};
use crate::domain::formats::decision;
use crate::domain::formats::review::{self, Review};
use crate::domain::reviewer::assessment;
use crate::domain::vocabulary::locale::Lang;
use std::collections::BTreeMap;
use wasm_bindgen::JsValue;
use web_sys::IdbObjectStore;

/// The key of the reviews record.
pub(super) const ALL: &str = "all";
/// Where a record that cannot be read is set aside: the first free of `unreadable`, `unreadable.2`, …
pub(super) const UNREADABLE: &str = "unreadable";

type Reviews = BTreeMap<String, Review>;

fn read(text: &str) -> Option<Reviews> {
    review::import(text.as_bytes()).ok().map(assessment::by_application)
}

fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The number of a set-aside key (`unreadable` is 1), `None` for other keys.
pub(super) fn aside_number(key: &str) -> Option<u32> {
    match key.strip_prefix(UNREADABLE)? {
        "" => Some(1),
        n => n.strip_prefix('.')?.parse().ok(),
    }
}

/// Sets `text` aside under a free key, unless it already is (never over other text).
async fn set_aside(store: &IdbObjectStore, text: &str) -> Result<(), JsValue> {
    let named = idb::named_texts(store).await?;
    let aside: Vec<(u32, &str)> = named
        .iter()
        .filter_map(|(k, t)| Some((aside_number(k)?, t.as_str())))
        .collect();
    if aside.iter().any(|(_, t)| *t == text) {
        return Ok(());
    }
    let key = match aside.iter().map(|(n, _)| n).max() {
        None => UNREADABLE.to_string(),
        Some(n) => format!("{UNREADABLE}.{}", n + 1),
    };
    store.add_with_key(&JsValue::from_str(text), &JsValue::from_str(&key))?;
    Ok(())
}

/// One strict read-write transaction: reads the stored reviews, merges `reviews` in, sets `aside`
/// texts aside, and writes if anything changed. A stored record that cannot be read is refused, or
/// (`set_aside_damaged`, at load) set aside first.
async fn write(reviews: Vec<Review>, aside: &[String], set_aside_damaged: bool, now: &str) -> Result<(), SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    let stored = idb::get_text(&tx.store, ALL).await.map_err(classify)?;
    let mut changed = false;
    let mut all = match stored.as_deref().map(|text| (text, read(text))) {
        None => Reviews::new(),
        Some((_, Some(all))) => all,
        Some((_, None)) if !set_aside_damaged => return Err(SaveError::Damaged), // never overwrite it
        Some((text, None)) => {
            set_aside(&tx.store, text).await.map_err(classify)?;
            changed = true;
            Reviews::new()
        }
    };
    for text in aside {
        set_aside(&tx.store, text).await.map_err(classify)?;
    }
    let merged = assessment::merge(&mut all, reviews);
    if changed || merged.added + merged.updated > 0 {
        let text = review::export(all.values(), now);
        tx.store
            .put_with_key(&JsValue::from_str(&text), &JsValue::from_str(ALL))
            .map_err(classify)?;
    }
    tx.done().await.map_err(classify)
}

/// The stored reviews: `None` when they cannot be read (or storage cannot be).
async fn stored() -> Option<Reviews> {
    let tx = idb::begin(idb::REVIEWS, false).await.ok()?;
    match idb::get_text(&tx.store, ALL).await.ok()? {
        Some(text) => read(&text),
        None => Some(Reviews::new()),
    }
}

/// Saves this tab's reviews (`mine`), changed since it read `base`, in one strict read-write
/// transaction: what is stored now (another tab may have saved since) is merged with them three
/// ways, per criterion ([`assessment::merge_three`]; no clock is trusted), and written. Returns,
/// once it is on disk, what is stored now (the tab's next base) and the parts both changed
/// differently (the stored version kept stored; the tab's returned).
pub async fn save_reviews(
    base: &Reviews,
    mine: &Reviews,
    now: &str,
) -> Result<(Reviews, Vec<assessment::Clash>), SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    let stored = match idb::get_text(&tx.store, ALL).await.map_err(classify)? {
        None => Reviews::new(),
        Some(text) => read(&text).ok_or(SaveError::Damaged)?, // never overwrite what we cannot read
    };
    let (merged, clashes) = assessment::merge_three(base, mine, &stored);
    if merged != stored {
        let text = review::export(merged.values(), now);
        tx.store
            .put_with_key(&JsValue::from_str(&text), &JsValue::from_str(ALL))
            .map_err(classify)?;
    }
    tx.done().await.map_err(classify)?;
    Ok((merged, clashes))
}

/// The reviews kept in this browser, by application fingerprint. A record this version cannot read
/// is set aside (see [`unreadable_reviews`]). The reviews of versions before IndexedDB and the
/// recovery copies of tabs left with reviews not on disk are moved in first; each is removed from
/// localStorage once it was written and read back. While they cannot be moved (storage full), they
/// stay where they are and are still returned.
pub async fn load_reviews() -> Reviews {
    load_reviews_and_clashes().await.0
}

/// [`load_reviews`], and the clashes of the recovery copies merged three ways against the base
/// kept beside them: parts the tab left changed that another tab changed differently since (the
/// stored version kept; the left tab's returned, for the page to offer).
pub async fn load_reviews_and_clashes() -> (Reviews, Vec<assessment::Clash>) {
    let mut clashes = Vec::new();
    let mut old = Vec::new();
    for (key, text) in local::old_reviews() {
        let based = local::reviews_base(&key).and_then(|(base_key, base)| Some((base_key, read(&base)?, base)));
        match (based, read(&text)) {
            (Some((base_key, base, base_text)), Some(mine)) => {
                // As a save: three ways, no clock. Removed once written.
                if let Ok((_, c)) = save_reviews(&base, &mine, &now()).await {
                    clashes.extend(c);
                    local::remove_if_unchanged(&key, &text);
                    local::remove_if_unchanged(&base_key, &base_text);
                    continue;
                }
                old.push((key, text));
            }
            _ => old.push((key, text)),
        }
    }
    (load_old(old).await, clashes)
}

async fn load_old(old: Vec<(String, String)>) -> Reviews {
    let (mut readable, mut unreadable) = (Vec::new(), Vec::new());
    for (_, text) in &old {
        match read(text) {
            Some(reviews) => readable.extend(reviews.into_values()),
            None => unreadable.push(text.clone()),
        }
    }
    let _ = write(readable.clone(), &unreadable, true, &now()).await;
    let stored = stored().await;
    let aside = aside_texts().await;
    for (key, text) in &old {
        let moved = match read(text) {
            Some(reviews) => stored.as_ref().is_some_and(|stored| {
                let merged = assessment::merge(&mut stored.clone(), reviews.into_values().collect());
                merged.added + merged.updated == 0
            }),
            None => aside.iter().any(|t| t == text),
        };
        if moved {
            local::remove_if_unchanged(key, text);
        }
    }
    let mut all = stored.unwrap_or_default();
    assessment::merge(&mut all, readable);
    all
}

/// The texts set aside, oldest first.
async fn aside_texts() -> Vec<String> {
    let Ok(tx) = idb::begin(idb::REVIEWS, false).await else {
        return Vec::new();
    };
    let mut aside: Vec<(u32, String)> = idb::named_texts(&tx.store)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, t)| Some((aside_number(&k)?, t)))
        .collect();
    aside.sort();
    aside.into_iter().map(|(_, t)| t).collect()
}

/// The text of the reviews record set aside last because this version cannot read it (for download).
pub async fn unreadable_reviews() -> Option<String> {
    aside_texts().await.pop()
}

/// Keeps this tab's reviews in localStorage (synchronously: the page is being left before they are
/// on disk); the next load moves them in. `false` if they could not be kept.
pub fn keep_reviews_recovery(reviews: &Reviews) -> bool {
    local::keep_reviews_recovery(&tab_name(), &review::export(reviews.values(), &now()))
}

/// Keeps this tab's reviews as [`keep_reviews_recovery`] does, with the reviews as the tab last
/// read them beside them (its base), so that the next load merges them three ways, per criterion,
/// as a save does, and no clock decides.
pub fn keep_reviews_recovery_from(base: &Reviews, reviews: &Reviews) -> bool {
    local::keep_reviews_base(&tab_name(), &review::export(base.values(), &now())) && keep_reviews_recovery(reviews)
}

/// Forgets this tab's recovery copy of the reviews (everything it had is on disk).
pub fn discard_reviews_recovery() {
    local::discard_reviews_recovery(&tab_name());
}

/// The key of the copy of the reviewer's own reviews that an import of their own file replaced
/// (review file text), kept until restored or dismissed.
pub(super) const REPLACED: &str = "replaced";

/// The kept copy of reviews an import replaced (empty when there is none or it cannot be read).
pub async fn load_replaced() -> Reviews {
    let Ok(tx) = idb::begin(idb::REVIEWS, false).await else {
        return Reviews::new();
    };
    match idb::get_text(&tx.store, REPLACED).await {
        Ok(Some(text)) => read(&text).unwrap_or_default(),
        _ => Reviews::new(),
    }
}

/// Writes this tab's copy of replaced reviews, changed from `base` (the copy as the tab last read or
/// wrote it) to `copy`, merged in one transaction with what is stored now
/// (`assessment::merge_replaced`: what another tab, or a backup's restore, stored since is kept);
/// forgets the copy when nothing is left. Returns the copy as stored, once it is on disk.
pub async fn save_replaced(base: &Reviews, copy: &Reviews) -> Result<Reviews, SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    let key = JsValue::from_str(REPLACED);
    let stored = match idb::get_text(&tx.store, REPLACED).await.map_err(classify)? {
        None => Reviews::new(),
        Some(text) => read(&text).ok_or(SaveError::Damaged)?, // never overwrite what we cannot read
    };
    let merged = assessment::merge_replaced(base, copy, &stored);
    if merged.is_empty() {
        tx.store.delete(&key).map_err(classify)?;
    } else if merged != stored {
        let text = review::export(merged.values(), &now());
        tx.store
            .put_with_key(&JsValue::from_str(&text), &key)
            .map_err(classify)?;
    }
    tx.done().await.map_err(classify)?;
    Ok(merged)
}

/// The key of the funding proposal: the text of its file (`decision::export`), in the same store.
pub(super) const PROPOSAL: &str = "proposal";
/// The key of the second decision's proposal (docs/rules.md §12.1.5), beside the first's.
pub(super) const SECOND_PROPOSAL: &str = "second-decision";

/// Which decision's proposal is meant: the first (of the call's applications) or the second (of
/// the applications the first deferred, after further clarification). Each is kept under its own
/// keys, saved and recovered the same way; the one never touches the other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionKey {
    First,
    Second,
}

impl DecisionKey {
    fn key(self) -> &'static str {
        match self {
            DecisionKey::First => PROPOSAL,
            DecisionKey::Second => SECOND_PROPOSAL,
        }
    }

    fn aside_key(self) -> &'static str {
        match self {
            DecisionKey::First => PROPOSAL_ASIDE,
            DecisionKey::Second => SECOND_PROPOSAL_ASIDE,
        }
    }

    fn recovery_prefix(self) -> &'static str {
        match self {
            DecisionKey::First => local::PROPOSAL_RECOVERY_PREFIX,
            DecisionKey::Second => local::SECOND_PROPOSAL_RECOVERY_PREFIX,
        }
    }
}

/// Saves the funding proposal's file text; returns once it is on disk (one strict transaction).
/// `read` is the text this tab read or last saved (`None`: nothing was stored): when the stored
/// text is another (another tab saved since), nothing is written ([`SaveError::Conflict`]). No
/// clock decides: the texts are compared.
pub async fn save_proposal(which: DecisionKey, read: Option<&str>, text: &str) -> Result<(), SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    let stored = idb::get_text(&tx.store, which.key()).await.map_err(classify)?;
    if stored.as_deref() != read && stored.as_deref() != Some(text) {
        return Err(SaveError::Conflict);
    }
    tx.store
        .put_with_key(&JsValue::from_str(text), &JsValue::from_str(which.key()))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}

/// Saves the proposal's text over whatever is stored (the user chose it, or a recovery copy).
pub async fn save_proposal_over(which: DecisionKey, text: &str) -> Result<(), SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    tx.store
        .put_with_key(&JsValue::from_str(text), &JsValue::from_str(which.key()))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}

/// Where the version of the proposal a conflict's choice left is kept (its file's text), until
/// another choice replaces it.
pub(super) const PROPOSAL_ASIDE: &str = "proposal.aside";
/// The same for the second decision's proposal.
pub(super) const SECOND_PROPOSAL_ASIDE: &str = "second-decision.aside";

/// Keeps `text` as the proposal version set aside; returns once it is on disk.
pub async fn set_proposal_aside(which: DecisionKey, text: &str) -> Result<(), SaveError> {
    let tx = idb::begin(idb::REVIEWS, true).await.map_err(classify)?;
    tx.store
        .put_with_key(&JsValue::from_str(text), &JsValue::from_str(which.aside_key()))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}

/// The proposal version set aside by a conflict's choice, if any.
pub async fn proposal_aside(which: DecisionKey) -> Option<String> {
    let tx = idb::begin(idb::REVIEWS, false).await.ok()?;
    idb::get_text(&tx.store, which.aside_key()).await.ok()?
}

/// The stored proposal's text as it is now (after a conflict: the other tab's).
pub async fn stored_proposal_text(which: DecisionKey) -> Option<String> {
    stored_proposal(which).await
}

/// The funding proposal's file text, if one was saved. A tab left before its proposal was on disk
/// kept a recovery copy (`keep_proposal_recovery`): the latest of the stored proposal and those
/// copies (by the time each was written, its `exported_at`) is the proposal, stored first if it is a
/// copy. A copy is removed once what it holds is on disk or a later proposal is; while it cannot be
/// stored (storage full), it stays and is still returned; one this version cannot read stays.
pub async fn load_proposal(which: DecisionKey) -> Option<String> {
    // When a proposal's text was written (its `exported_at`); `None` if this version cannot read it.
    let written = |text: &str| decision::import(text.as_bytes(), Lang::Fi).ok().map(|i| i.exported_at);
    let stored = stored_proposal(which).await;
    let stored_at = match stored.as_deref().map(written) {
        // Never over a stored proposal this version cannot read: it stays as it is (the page says so).
        Some(None) => return stored,
        Some(at) => at,
        None => None,
    };
    let copies: Vec<(String, String, String)> = local::proposal_recoveries(which.recovery_prefix())
        .into_iter()
        .filter_map(|(key, text)| Some((written(&text)?, key, text)))
        .collect();
    let latest = copies
        .iter()
        .filter(|(at, _, _)| stored_at.as_ref().is_none_or(|s| at > s))
        .max_by(|a, b| a.0.cmp(&b.0));
    let (chosen, on_disk_at) = match latest {
        None => (stored, stored_at),
        Some((at, _, text)) => {
            if save_proposal_over(which, text).await.is_err() {
                return Some(text.clone());
            }
            (Some(text.clone()), Some(at.clone()))
        }
    };
    for (at, key, text) in &copies {
        if on_disk_at.as_ref().is_some_and(|d| at <= d) {
            local::remove_if_unchanged(key, text);
        }
    }
    chosen
}

async fn stored_proposal(which: DecisionKey) -> Option<String> {
    let tx = idb::begin(idb::REVIEWS, false).await.ok()?;
    idb::get_text(&tx.store, which.key()).await.ok()?
}

/// Keeps this tab's proposal (its file's text) in localStorage, synchronously: the page is being
/// left before it is on disk; the next load takes it up (`load_proposal`). `false` if it could not be
/// kept.
pub fn keep_proposal_recovery(which: DecisionKey, text: &str) -> bool {
    local::keep_proposal_recovery(which.recovery_prefix(), &tab_name(), text)
}

/// Forgets this tab's recovery copy of the proposal (it is on disk).
pub fn discard_proposal_recovery(which: DecisionKey) {
    local::discard_proposal_recovery(which.recovery_prefix(), &tab_name());
}
