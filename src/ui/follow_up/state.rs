//! The ministry's follow-up as the app holds it: the record as typed in one signal, each grant's
//! received reports opened by their own readers (kept beside it: the texts never change once
//! received, so they are read again only when a file is received or another follow-up is opened),
//! and its saving. A change schedules a write for when changes pause (`ui::writes`, at once when the
//! page is hidden); the write names the revision this tab read or last wrote (`storage::follow_up`),
//! so another tab's save since stops saving here and the page says so. A stored record this version
//! cannot read is never written over: nothing is saved then, and the page says so.

use crate::domain::formats::follow_up::{open_received, OpenedReports, RawFollowUp};
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::storage::follow_up::{self as kept, Loaded};
use crate::storage::{LocalRecord, SaveError};
use crate::ui::session::flush_on_leave;
use crate::ui::writes::Writes;
use leptos::prelude::*;
use time::Date;

/// Where saving stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Saving {
    /// Nothing stored yet and nothing changed.
    Nothing,
    /// On disk, at this time (ms since 1970).
    Saved(f64),
    Pending,
    Failed(SaveError),
    /// The stored record cannot be read by this version: nothing is written over it.
    Unreadable,
}

/// Whether what is typed reaches a small record of its own in this browser (the change decisions in
/// progress, a completion request being written), written synchronously on every change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storing {
    Fine,
    Failed,
    /// The stored record cannot be read by this version: nothing is written over it.
    Unreadable,
}

impl Storing {
    /// What a page starts from: the record found (or nothing), and where storing stands.
    pub fn start<T: Default>(found: LocalRecord<T>) -> (T, Storing) {
        match found {
            LocalRecord::Here(kept) => (kept, Storing::Fine),
            LocalRecord::Empty => (T::default(), Storing::Fine),
            LocalRecord::Unreadable => (T::default(), Storing::Unreadable),
        }
    }

    /// Where storing stands after a write.
    pub fn after(written: Result<(), SaveError>) -> Storing {
        match written {
            Ok(()) => Storing::Fine,
            Err(SaveError::Damaged) => Storing::Unreadable,
            Err(_) => Storing::Failed,
        }
    }
}

/// The follow-up open in this tab (provided by context).
#[derive(Clone, Copy)]
pub struct FollowUp {
    pub record: RwSignal<RawFollowUp>,
    /// Each grant's received reports opened, in the grants' order.
    pub opened: RwSignal<Vec<OpenedReports>>,
    pub saving: RwSignal<Saving>,
    revision: StoredValue<u64>,
    edits: StoredValue<u64>,
    saved_edits: StoredValue<u64>,
    writes: Writes,
}

/// Today's date in the browser (local), which the pure domain is given.
pub fn today() -> Date {
    parse_iso_date(&crate::ui::files::today()).unwrap_or(Date::MIN)
}

/// Every grant's reports opened.
pub fn open_all(f: &RawFollowUp, lang: Lang) -> Vec<OpenedReports> {
    f.grants.iter().map(|g| open_received(g, lang)).collect()
}

impl FollowUp {
    /// The follow-up as the start found it, saved from now on as it changes.
    pub fn new(loaded: Loaded, lang: Lang) -> FollowUp {
        let (record, revision, saving) = match loaded {
            Loaded::Here(s) => (s.follow_up, s.revision, Saving::Saved(s.saved_at)),
            Loaded::Empty => (RawFollowUp::default(), 0, Saving::Nothing),
            Loaded::Unreadable => (RawFollowUp::default(), 0, Saving::Unreadable),
            Loaded::Failed(e) => (RawFollowUp::default(), 0, Saving::Failed(e)),
        };
        let f = FollowUp {
            opened: RwSignal::new(open_all(&record, lang)),
            record: RwSignal::new(record),
            saving: RwSignal::new(saving),
            revision: StoredValue::new(revision),
            edits: StoredValue::new(0),
            saved_edits: StoredValue::new(0),
            writes: Writes::new(),
        };
        let [hide, hidden] = flush_on_leave(move || f.writes.now(|| f.save()));
        on_cleanup(move || [hide, hidden].into_iter().for_each(|h| h.remove()));
        f
    }

    /// Whether changes can be stored here (no unreadable record in the way).
    pub fn storable(self) -> bool {
        !matches!(self.saving.get_untracked(), Saving::Unreadable)
    }

    /// Changes the record; a grant whose received files changed has its reports read again.
    /// Written once changes pause.
    pub fn edit<R>(self, lang: Lang, change: impl FnOnce(&mut RawFollowUp) -> R) -> R {
        let out = self
            .record
            .try_update(change)
            .expect("the follow-up lives as long as the app");
        self.reopen(lang);
        self.changed();
        out
    }

    /// Replaces the record (a follow-up file opened, or the previous one put back), with its reports
    /// opened already.
    pub fn replace(self, record: RawFollowUp, opened: Vec<OpenedReports>) {
        self.record.set(record);
        self.opened.set(opened);
        self.changed();
    }

    /// Opens again the reports of the grants whose received files are not the ones opened.
    fn reopen(self, lang: Lang) {
        let record = self.record.read_untracked();
        let stale = self.opened.with_untracked(|o| {
            o.len() != record.grants.len()
                || record
                    .grants
                    .iter()
                    .zip(o)
                    .any(|(g, o)| o.len() != g.received.len() || g.received.iter().any(|r| !o.contains_key(&r.id)))
        });
        if stale {
            let mut opened = self.opened.get_untracked();
            opened.resize_with(record.grants.len(), OpenedReports::new);
            for (g, o) in record.grants.iter().zip(opened.iter_mut()) {
                if o.len() != g.received.len() || g.received.iter().any(|r| !o.contains_key(&r.id)) {
                    *o = open_received(g, lang);
                }
            }
            drop(record);
            self.opened.set(opened);
        }
    }

    fn changed(self) {
        self.edits.update_value(|e| *e += 1);
        if !self.storable() {
            return;
        }
        if !matches!(self.saving.get_untracked(), Saving::Failed(SaveError::Conflict)) {
            self.saving.set(Saving::Pending);
        }
        self.writes.later(move || self.save());
    }

    fn save(self) {
        self.writes.start(move || self.write_once(), || {});
    }

    async fn write_once(self) -> bool {
        let (Some(edits), Some(revision)) = (self.edits.try_get_value(), self.revision.try_get_value()) else {
            return false;
        };
        if matches!(
            self.saving.try_get_untracked(),
            Some(Saving::Failed(SaveError::Conflict) | Saving::Unreadable)
        ) {
            return false;
        }
        let Some(record) = self.record.try_get_untracked() else {
            return false;
        };
        match kept::save(&record, revision).await {
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

    /// Whether everything changed is on disk.
    pub fn all_saved(self) -> bool {
        self.edits.try_get_value() == self.saved_edits.try_get_value() && !self.writes.busy()
    }
}
