//! Writing to storage once changes pause, one write at a time: the mechanism the draft's autosave
//! (`session`) and the reviewer's reviews (`reviewer::state`) share.
//!
//! A change schedules a write for when typing pauses ([`Writes::later`]); leaving the page runs a
//! scheduled write at once ([`Writes::now`]). A write is asynchronous (IndexedDB) and only one is
//! in flight: a write asked for meanwhile is made once more after it, with what is then current.

use crate::ui::dom;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::time::Duration;

/// How long typing may pause before what changed is written to storage.
const DELAY: Duration = Duration::from_millis(300);

#[derive(Clone, Copy)]
pub struct Writes {
    /// A write waiting for typing to pause.
    waiting: StoredValue<Option<TimeoutHandle>>,
    /// A write is in flight (the header says "saving" meanwhile).
    pub in_flight: RwSignal<bool>,
    /// A write was asked for while one was in flight: make one more after it.
    again: StoredValue<bool>,
}

impl Writes {
    pub fn new() -> Writes {
        let writes = Writes {
            waiting: StoredValue::new(None),
            in_flight: RwSignal::new(false),
            again: StoredValue::new(false),
        };
        // The app unmounted (the component tests mount one app after another): a write waiting for
        // a pause is not made for an app that is gone.
        let waiting = writes.waiting;
        on_cleanup(move || {
            if let Some(Some(handle)) = waiting.try_get_value() {
                handle.clear();
            }
        });
        writes
    }

    /// Runs `write` once changes pause, instead of the write waiting now.
    pub fn later(self, write: impl FnOnce() + 'static) {
        if let Some(handle) = self.waiting.get_value() {
            handle.clear();
        }
        self.waiting.set_value(set_timeout_with_handle(write, DELAY).ok());
    }

    /// Runs the write waiting for a pause now, if there is one (the page is being hidden or left).
    pub fn now(self, write: impl FnOnce()) {
        if let Some(handle) = self.waiting.try_get_value().flatten() {
            handle.clear();
            self.waiting.set_value(None);
            write();
        }
    }

    /// Starts writing now (a write waiting for a pause is no longer needed): `write_once` is called
    /// until it fails (`false`) or no write was asked for during it; then `settled`. When a write is
    /// in flight already, only asks it for one more.
    pub fn start<F>(self, write_once: impl Fn() -> F + 'static, settled: impl FnOnce() + 'static)
    where
        F: Future<Output = bool> + 'static,
    {
        if let Some(Some(handle)) = self.waiting.try_get_value() {
            handle.clear();
        }
        self.waiting.try_set_value(None);
        if self.in_flight.try_get_untracked() != Some(false) {
            self.again.try_set_value(true);
            return;
        }
        self.in_flight.set(true);
        spawn_local(async move {
            // `try_`: the app may be unmounted while a write is in flight (in tests).
            while write_once().await && self.again.try_get_value() == Some(true) {
                self.again.set_value(false);
            }
            self.again.try_set_value(false);
            self.in_flight.try_set(false);
            settled();
        });
    }

    /// Whether something is not written yet: a write waiting for a pause or in flight.
    pub fn busy(self) -> bool {
        self.waiting.try_with_value(Option::is_some) == Some(true) || self.in_flight.try_get_untracked() == Some(true)
    }

    /// Waits until no write is in flight.
    pub async fn idle(self) {
        while self.in_flight.try_get_untracked() == Some(true) {
            dom::sleep(20).await;
        }
    }
}

impl Default for Writes {
    fn default() -> Self {
        Self::new()
    }
}
