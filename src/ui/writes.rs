//! Writing to storage once changes pause, one write at a time: the mechanism the draft's autosave
//! (`session`) and the reviewer's reviews (`reviewer::state`) share.
//!
//! A change schedules a write for when typing pauses ([`Writes::later`]), and typing that never
//! pauses is written at least every [`MOST`]; leaving the page runs a scheduled write at once
//! ([`Writes::now`]). A write is asynchronous (IndexedDB) and only one is in flight: a write asked
//! for meanwhile is made once more after it, with what is then current.

use crate::ui::dom;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::time::Duration;

/// How long typing may pause before what changed is written to storage.
const DELAY: Duration = Duration::from_millis(300);
/// The longest a change waits while typing goes on without a pause (a key every 150–260 ms, as a
/// fast typist's, restarted the pause's wait for ever: a crash then lost all of it).
const MOST: Duration = Duration::from_millis(2_000);

/// How long a write asked for now waits, when the first change it writes was made `waited` ago: a
/// pause's wait, but never past `MOST` from that first change.
fn wait(waited: Duration) -> Duration {
    DELAY.min(MOST.saturating_sub(waited))
}

#[derive(Clone, Copy)]
pub struct Writes {
    /// A write waiting for typing to pause, and when the first change it writes was made (ms,
    /// the page's clock).
    waiting: StoredValue<Option<TimeoutHandle>>,
    since: StoredValue<f64>,
    /// A write is in flight (the header says "saving" meanwhile).
    pub in_flight: RwSignal<bool>,
    /// A write was asked for while one was in flight: make one more after it.
    again: StoredValue<bool>,
}

impl Writes {
    pub fn new() -> Writes {
        let writes = Writes {
            waiting: StoredValue::new(None),
            since: StoredValue::new(0.0),
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

    /// Runs `write` once changes pause, instead of the write waiting now; while they go on without
    /// a pause, once the first of them has waited `MOST`.
    pub fn later(self, write: impl FnOnce() + 'static) {
        let now = js_sys::Date::now();
        let waited = match self.waiting.get_value() {
            Some(handle) => {
                handle.clear();
                Duration::from_millis((now - self.since.get_value()).max(0.0) as u64)
            }
            None => {
                self.since.set_value(now);
                Duration::ZERO
            }
        };
        let waiting = self.waiting;
        let write = move || {
            waiting.try_set_value(None);
            write();
        };
        self.waiting
            .set_value(set_timeout_with_handle(write, wait(waited)).ok());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_waits_for_a_pause_but_never_past_the_most_from_the_first_change() {
        let ms = Duration::from_millis;
        assert_eq!(wait(ms(0)), ms(300), "the first change: a pause's wait");
        assert_eq!(wait(ms(1_500)), ms(300), "typing goes on: still a pause's wait");
        assert_eq!(wait(ms(1_800)), ms(200), "but not past 2 s from the first change");
        assert_eq!(wait(ms(2_000)), ms(0));
        assert_eq!(wait(ms(9_000)), ms(0), "overdue: at once");
    }
}
