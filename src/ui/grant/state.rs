//! The granted project open on a page, and its saving: one signal holds the project as typed; a
//! change schedules a write for when typing pauses (`ui::writes`, the draft's mechanism: at once
//! when the page is hidden, one write in flight), and the write serialises the project then, not
//! at every keystroke. A write names the revision this tab read or last wrote (`storage::grant`):
//! another tab's save since stops saving here and the page says so; "saved" is said only once the
//! write is on disk.
//!
//! The project and its saving live under an owner of the app's, not the page's: leaving the project
//! inside the app (home, another project) disposes its pages, and what is not on disk yet is
//! written first ([`Open::new`]); the project is let go once it is, and is read again only after.
//! While a save is failing and changes are not on disk, leaving the page asks first.

use crate::domain::draft::LineId;
use crate::domain::grant::model::{RawEntry, RawGrant};
use crate::storage::grant::{self as kept, Stored};
use crate::storage::SaveError;
use crate::ui::session::flush_on_leave;
use crate::ui::writes::Writes;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// The projects left with changes not on disk, by id, while their last writes are made.
    static LEAVING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Waits until what was typed in project `id` before it was left is written: read before, the
/// project would be missing it and name a revision that write replaces.
pub async fn left_written(id: &str) {
    while LEAVING.with(|l| l.borrow().iter().any(|x| x == id)) {
        crate::ui::dom::sleep(20).await;
    }
}

/// Where saving stands, as the page's header says it.
#[derive(Debug, Clone, PartialEq)]
pub enum Saving {
    /// On disk, at this time (ms since 1970).
    Saved(f64),
    /// A change waits for typing to pause, or is being written.
    Pending,
    Failed(SaveError),
}

/// The project open on the page (provided by context while the page lives).
#[derive(Clone, Copy)]
pub struct Open {
    pub grant: RwSignal<RawGrant>,
    /// The entries' ids in order: changed when an entry is added, removed or put back, not at
    /// every keystroke (the ledger's window of rows follows it).
    pub entry_ids: RwSignal<Vec<LineId>>,
    /// Counts the changes of the entries (a keystroke in one; one added, removed, put back,
    /// imported) and of nothing else: what the reporting pages' accounts follow, so that a
    /// keystroke in a report's text does not check and sum the entries again
    /// (`reporting::use_review`).
    pub entries_edited: RwSignal<u64>,
    pub saving: RwSignal<Saving>,
    revision: StoredValue<u64>,
    /// Changes made, and the count the last write on disk had written.
    edits: StoredValue<u64>,
    saved_edits: StoredValue<u64>,
    writes: Writes,
}

fn ids(g: &RawGrant) -> Vec<LineId> {
    g.entries.iter().map(|e| e.id).collect()
}

impl Open {
    /// The project as read from storage, saved from now on as it changes, for the life of the
    /// current owner (the project's pages). Its values live under a child of `keeper` (an owner
    /// that outlives the pages: the app's), so that when the pages go with changes not on disk
    /// (a write waiting for a pause, in flight, or failed) they are written first, then let go.
    pub fn new(stored: Stored, keeper: &Owner) -> Open {
        let own = keeper.child();
        let open = own.with(|| {
            let open = Open {
                entry_ids: RwSignal::new(ids(&stored.grant)),
                entries_edited: RwSignal::new(0),
                grant: RwSignal::new(stored.grant),
                saving: RwSignal::new(Saving::Saved(stored.saved_at)),
                revision: StoredValue::new(stored.revision),
                edits: StoredValue::new(0),
                saved_edits: StoredValue::new(0),
                writes: Writes::new(),
            };
            let [hide, hidden] = flush_on_leave(move || open.writes.now(|| open.save()));
            // Leaving the page while a save is failing (another tab's version, storage full) and
            // changes are not on disk: ask first, as the drafter does.
            let ask = window_event_listener(leptos::ev::beforeunload, move |e: web_sys::BeforeUnloadEvent| {
                if open.asks_before_leaving() {
                    e.prevent_default();
                    e.set_return_value("unsaved");
                }
            });
            on_cleanup(move || [hide, hidden, ask].into_iter().for_each(|h| h.remove()));
            open
        });
        on_cleanup(move || open.leave(own));
        open
    }

    /// The project's pages are gone: what is not on disk is written, then the project let go.
    fn leave(self, own: Owner) {
        if self.all_saved() {
            own.cleanup();
            return;
        }
        let id = self.grant.with_untracked(|g| g.id.clone());
        LEAVING.with(|l| l.borrow_mut().push(id.clone()));
        // At once (a write waiting for a pause), or once more after the one in flight.
        self.save();
        leptos::task::spawn_local(async move {
            self.writes.idle().await;
            LEAVING.with(|l| {
                let mut l = l.borrow_mut();
                if let Some(i) = l.iter().position(|x| *x == id) {
                    l.remove(i);
                }
            });
            own.cleanup();
        });
    }

    /// Whether leaving the page asks first: a save has failed and changes are not on disk.
    pub fn asks_before_leaving(self) -> bool {
        matches!(self.saving.try_get_untracked(), Some(Saving::Failed(_))) && !self.all_saved()
    }

    /// Changes the project but not its entries (a keystroke in a report): written once typing
    /// pauses. The entries change through [`Open::edit_entry`] or [`Open::edit_entries`] only (a
    /// debug build checks it).
    pub fn edit(self, change: impl FnOnce(&mut RawGrant)) {
        #[cfg(debug_assertions)]
        let before = self.grant.with_untracked(|g| g.entries.clone());
        self.grant.update(change);
        #[cfg(debug_assertions)]
        debug_assert!(
            self.grant.with_untracked(|g| g.entries == before),
            "an entry changed through Open::edit: use edit_entry or edit_entries"
        );
        self.changed();
    }

    /// Changes the entry `id` (a keystroke in its row).
    pub fn edit_entry(self, id: LineId, change: impl FnOnce(&mut RawEntry)) {
        self.grant.update(|g| {
            if let Some(e) = g.entry_mut(id) {
                change(e);
            }
        });
        self.entries_edited.update(|n| *n += 1);
        self.changed();
    }

    /// Changes the project's list of entries (added, removed, put back): the rows follow.
    pub fn edit_entries<R>(self, change: impl FnOnce(&mut RawGrant) -> R) -> Option<R> {
        let result = self.grant.try_update(change);
        self.entry_ids.set(self.grant.with_untracked(ids));
        self.entries_edited.update(|n| *n += 1);
        self.changed();
        result
    }

    fn changed(self) {
        self.edits.update_value(|e| *e += 1);
        if !matches!(self.saving.get_untracked(), Saving::Failed(SaveError::Conflict)) {
            self.saving.set(Saving::Pending);
        }
        self.writes.later(move || self.save());
    }

    /// Starts writing now (or once more after the write in flight).
    fn save(self) {
        self.writes.start(move || self.write_once(), || {});
    }

    async fn write_once(self) -> bool {
        let (Some(edits), Some(revision)) = (self.edits.try_get_value(), self.revision.try_get_value()) else {
            return false;
        };
        // Another tab's version won: nothing more is written over it from here.
        if matches!(
            self.saving.try_get_untracked(),
            Some(Saving::Failed(SaveError::Conflict))
        ) {
            return false;
        }
        // The record's text is written from the project in place (a ledger of 10 000 entries is
        // megabytes: no copy of it is held while the transaction runs).
        let prepared = match self.grant.try_with_untracked(|g| kept::prepare(g, revision)) {
            Some(Ok(p)) => p,
            Some(Err(e)) => {
                self.saving.try_set(Saving::Failed(e));
                return false;
            }
            None => return false,
        };
        match kept::write(prepared).await {
            Ok(saved) => {
                self.revision.try_set_value(saved.revision);
                self.saved_edits.try_set_value(edits);
                if self.edits.try_get_value() == Some(edits) {
                    self.saving.try_set(Saving::Saved(saved.at));
                }
                true
            }
            Err(e) => {
                self.saving.try_set(Saving::Failed(e));
                false
            }
        }
    }

    /// Whether everything typed is on disk.
    pub fn all_saved(self) -> bool {
        self.edits.try_get_value() == self.saved_edits.try_get_value() && !self.writes.busy()
    }
}
