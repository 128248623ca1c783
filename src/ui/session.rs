//! The life of the open draft: autosave, replacing it with another one, and noticing another tab.
//!
//! Every change is written shortly after it is made (and at once when the page is hidden or
//! closed). A save names the revision it started from; when another tab has saved since, nothing is
//! written and the user chooses (see `SaveProblem` in `ui::status`). A tab with no unsaved changes
//! simply follows the other tab's newer version.

use crate::domain::draft::RawDraft;
use crate::storage::{self, Loaded, SaveError};
use crate::ui::store::AppStore;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing may pause before the draft (or a review) is written to storage.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Runs `write` once changes pause for `SAVE_DELAY`, instead of the write still waiting in `pending`.
pub fn save_later(pending: StoredValue<Option<TimeoutHandle>>, write: impl FnOnce() + 'static) {
    if let Some(handle) = pending.get_value() {
        handle.clear();
    }
    pending.set_value(set_timeout_with_handle(write, SAVE_DELAY).ok());
}

/// Runs the write waiting in `pending` now, if there is one (the page is being hidden or closed).
pub fn save_now(pending: StoredValue<Option<TimeoutHandle>>, write: impl FnOnce()) {
    if let Some(handle) = pending.try_get_value().flatten() {
        handle.clear();
        pending.set_value(None);
        write();
    }
}

/// Calls `flush` when the page is hidden or closed, so that a waiting write is not lost.
pub fn flush_on_leave(flush: impl Fn() + Clone + 'static) {
    let on_hide = flush.clone();
    window_event_listener(ev::pagehide, move |_| on_hide());
    window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
}

pub fn start(store: AppStore) {
    let asked_persistence = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        store.draft.track();
        if previous.is_none() {
            return; // the first run is the load itself, not a change
        }
        if store.replacing.try_get_value() == Some(true) {
            store.replacing.set_value(false);
            return;
        }
        store.dirty.set_value(true);
        save_later(store.pending, move || {
            if save(store) && !asked_persistence.get_value() {
                asked_persistence.set_value(true);
                storage::ask_persistent();
            }
        });
    });
    flush_on_leave(move || flush(store));
    // Another tab saved: follow it if this tab has nothing unsaved, else stop and let the user choose.
    window_event_listener(ev::storage, move |e| {
        let Some(id) = store.draft_id.try_get_untracked().flatten() else {
            return;
        };
        if e.key().as_deref().and_then(storage::draft_id_of_key) != Some(id) {
            return;
        }
        let stored = storage::revision(id);
        if stored.is_none() || stored == store.revision.try_get_value() {
            return;
        }
        if store.dirty.get_value() {
            store.save_error.set(Some(SaveError::Conflict));
        } else if let Some(newer) = storage::load(id) {
            replace(store, newer);
        }
    });
}

/// Writes the draft now; `true` if it was saved.
pub fn save(store: AppStore) -> bool {
    store.pending.try_set_value(None);
    // `try_`: a timer may fire after the app is unmounted (in tests); there is nothing to save then.
    let Some(Some(id)) = store.draft_id.try_get_untracked() else {
        store.save_error.try_set(Some(SaveError::Unavailable));
        return false;
    };
    let revision = store.revision.get_value();
    let Some(result) = store.draft.try_with_untracked(|d| storage::save(id, revision, d)) else {
        return false;
    };
    match result {
        Ok((revision, at)) => {
            store.revision.set_value(revision);
            store.dirty.set_value(false);
            store.saved_at.set(Some(at));
            if store.save_error.get_untracked().is_some() {
                store.save_error.set(None);
            }
            true
        }
        Err(e) => {
            store.save_error.set(Some(e));
            false
        }
    }
}

/// Saves a pending change at once (the page is being hidden or another draft opened).
pub fn flush(store: AppStore) {
    save_now(store.pending, || {
        save(store);
    });
}

/// Makes a stored draft the one this tab saves to (its id and revision), with nothing unsaved.
fn adopt(store: AppStore, loaded: &Loaded) {
    storage::set_current(loaded.id);
    store.draft_id.set(Some(loaded.id));
    store.revision.set_value(loaded.revision);
    store.saved_at.set(Some(loaded.saved_at));
    store.dirty.set_value(false);
    store.save_error.set(None);
}

/// Shows another stored draft (or a newer version of this one) in place of the current one.
pub fn replace(store: AppStore, loaded: Loaded) {
    adopt(store, &loaded);
    store.replacing.set_value(true);
    store.touched.set(Default::default());
    store.show_all.set(false);
    store.draft.set(loaded.draft);
    store.generation.update(|g| *g += 1);
}

/// Opens a stored draft for editing, after saving what is pending in the current one.
pub fn open(store: AppStore, id: storage::DraftId) -> bool {
    flush(store);
    match storage::load(id) {
        Some(loaded) => {
            replace(store, loaded);
            true
        }
        None => false,
    }
}

/// Stores `draft` as a new draft and opens it. The current one is saved first and left as it is.
pub fn open_new(store: AppStore, draft: RawDraft, title: &str) -> Result<(), SaveError> {
    flush(store);
    let loaded = storage::create(draft, title)?;
    replace(store, loaded);
    Ok(())
}

/// Resolves a conflict by keeping this tab's version as a new draft (the other tab's stays).
pub fn keep_mine_as_copy(store: AppStore, title: &str) -> Result<(), SaveError> {
    let loaded = storage::create(store.draft.get_untracked(), title)?;
    adopt(store, &loaded);
    Ok(())
}
