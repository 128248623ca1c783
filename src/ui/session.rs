//! The life of the open draft: autosave, replacing it with another one, noticing another tab, and
//! keeping unsaved work when the page is left.
//!
//! Every change is written shortly after it is made (and at once when the page is hidden or
//! closed). A save is asynchronous (IndexedDB): the header says "saving" until the write is on
//! disk, then "saved". A save names the revision it started from; when another tab has saved
//! since, nothing is written and the user chooses (see `SaveProblem` in `ui::status`). A tab with
//! no unsaved changes simply follows the other tab's newer version.
//!
//! When the page is left with changes not yet on disk, they are kept at once as a recovery copy
//! (synchronous storage), and taken up again at the next start (see [`take_up_recovery`]); while a
//! save is failing (conflict, storage full), leaving asks first.

use crate::domain::draft::RawDraft;
use crate::storage::{self, DraftId, Loaded, Recovery, SaveError};
use crate::ui::dom;
use crate::ui::line_window::line_of;
use crate::ui::store::AppStore;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Calls `flush` when the page is hidden or closed, so that a waiting write is not lost. The
/// listeners stay until their handles are removed.
pub fn flush_on_leave(flush: impl Fn() + Clone + 'static) -> [WindowListenerHandle; 2] {
    let on_hide = flush.clone();
    [
        window_event_listener(ev::pagehide, move |_| on_hide()),
        window_event_listener(ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        }),
    ]
}

/// Removes a window listener when the current owner is cleaned up (the app unmounted, as in the
/// component tests, which mount one app after another in one page).
fn while_mounted(handle: WindowListenerHandle) {
    on_cleanup(move || handle.remove());
}

/// Whether the open draft has changes that are not on disk.
pub fn unsaved(store: AppStore) -> bool {
    store.edits.try_get_value() != store.saved_edits.try_get_value()
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
        store.edits.update_value(|e| *e += 1);
        if !store.unsaved.get_untracked() {
            store.unsaved.set(true); // once, not at every keystroke
        }
        store.writes.later(move || {
            save(store);
            // `try_`: the app may be gone when the timer fires (in tests).
            if asked_persistence.try_get_value() == Some(false) {
                asked_persistence.set_value(true);
                storage::ask_persistent();
            }
        });
    });
    flush_on_leave(move || flush(store)).into_iter().for_each(while_mounted);
    // Leaving with changes not on disk: keep them (synchronously) as a recovery copy; while a save
    // is failing, ask first. A pending save alone does not ask: the copy is taken up at the next start.
    while_mounted(window_event_listener(ev::pagehide, move |_| keep_unsaved(store)));
    while_mounted(window_event_listener(
        ev::beforeunload,
        move |e: web_sys::BeforeUnloadEvent| {
            if unsaved(store) {
                keep_unsaved(store);
                if store.save_error.try_with_untracked(Option::is_some) == Some(true) {
                    e.prevent_default();
                    e.set_return_value("unsaved");
                }
            }
        },
    ));
    // Another tab saved: follow it if this tab has nothing unsaved, else stop and let the user choose.
    on_other_tabs(move |id, revision| spawn_local(follow(store, id, Some(revision))));
    // A message can be missed (the tab was frozen): look again when the tab is shown.
    while_mounted(window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            if let Some(Some(id)) = store.draft_id.try_get_untracked() {
                spawn_local(follow(store, id, None));
            }
        }
    }));
}

/// Calls `f(id, revision)` whenever another tab writes a draft (revision 0: removed), while the
/// current owner lives (the app, or a page of the files app).
pub fn on_other_tabs(f: impl Fn(DraftId, u64) + 'static) {
    if let Some(channel) = storage::on_change(f) {
        let channel = send_wrapper::SendWrapper::new(channel);
        on_cleanup(move || channel.close());
    }
}

/// Another tab wrote draft `id` (at `revision`, 0 when it removed it; `None`: look it up).
async fn follow(store: AppStore, id: DraftId, revision: Option<u64>) {
    if store.draft_id.try_get_untracked().flatten() != Some(id) {
        return;
    }
    let revision = match revision {
        Some(r) => r,
        None => match storage::revision(id).await {
            Some(r) => r,
            None => return,
        },
    };
    // Removed elsewhere: this tab's next save writes it back (nothing to follow).
    if revision == 0 || Some(revision) == store.revision.try_get_value() {
        return;
    }
    if unsaved(store) || store.writes.in_flight.get_untracked() {
        store.save_error.set(Some(SaveError::Conflict));
        return;
    }
    if let Some(newer) = storage::load(id).await {
        if newer.revision != store.revision.get_value() && !unsaved(store) {
            replace(store, newer);
        }
    }
}

/// Keeps the open draft's unsaved version as this tab's recovery copy.
fn keep_unsaved(store: AppStore) {
    if !unsaved(store) {
        return;
    }
    let Some(draft) = store.draft.try_get_untracked() else {
        return;
    };
    let recovery = Recovery {
        draft_id: store.draft_id.get_untracked(),
        base_revision: store.revision.get_value(),
        kept_at: js_sys::Date::now(),
        draft,
    };
    storage::keep_recovery(&recovery);
}

/// Starts writing the draft now (or, when a write is in flight, once more after it).
pub fn save(store: AppStore) {
    store.writes.start(
        move || write_once(store),
        move || {
            store.unsaved.try_set(unsaved(store));
        },
    );
}

/// Writes the draft as it is now; `false` if the write failed (the banner says why) or the app is
/// gone or another draft was opened meanwhile.
async fn write_once(store: AppStore) -> bool {
    // `try_`: the app may be unmounted while a write is in flight (in tests).
    let (Some(edits), Some(generation), Some(draft)) = (
        store.edits.try_get_value(),
        store.generation.try_get_untracked(),
        store.draft.try_get_untracked(),
    ) else {
        return false;
    };
    let result = match store.draft_id.get_untracked() {
        Some(id) => storage::save(id, store.revision.get_value(), &draft).await,
        // Nothing could be stored yet (storage full or unavailable at start): try to now.
        None => storage::create(draft, "").await.map(|loaded| {
            storage::set_current(loaded.id);
            store.draft_id.try_set(Some(loaded.id));
            // (A first save this large is said at the next one.)
            storage::Saved {
                revision: loaded.revision,
                at: loaded.saved_at,
                too_large: None,
            }
        }),
    };
    if store.generation.try_get_untracked() != Some(generation) {
        return false; // another draft was opened meanwhile; this result is not about it
    }
    match result {
        Ok(storage::Saved {
            revision,
            at,
            too_large,
        }) => {
            store.revision.set_value(revision);
            store.saved_edits.set_value(edits);
            store.saved_at.set(Some(at));
            if store.too_large.get_untracked() != too_large {
                store.too_large.set(too_large);
            }
            if store.save_error.get_untracked().is_some() {
                store.save_error.set(None);
            }
            storage::discard_recovery(&storage::recovery_key());
            if let Some(key) = store.recovered_from.get_value() {
                store.recovered_from.set_value(None);
                storage::discard_recovery(&key);
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
    store.writes.now(|| save(store));
}

/// Saves what is pending and waits until no write is in flight; `true` if nothing is left unsaved.
pub async fn settle(store: AppStore) -> bool {
    flush(store);
    store.writes.idle().await;
    !unsaved(store) && store.save_error.try_with_untracked(Option::is_none) == Some(true)
}

/// Makes a stored draft the one this tab saves to (its id and revision), with nothing unsaved.
fn adopt(store: AppStore, loaded: &Loaded) {
    storage::set_current(loaded.id);
    store.draft_id.set(Some(loaded.id));
    store.revision.set_value(loaded.revision);
    store.saved_at.set(Some(loaded.saved_at));
    store.saved_edits.set_value(store.edits.get_value());
    store.unsaved.set(false);
    store.save_error.set(None);
}

/// Shows another stored draft (or a newer version of this one) in place of the current one. Focus
/// stays on the field it was in when that field is still there after the pages are built again (a
/// budget line far from the view is built first: `line_window::LineWindow`).
pub fn replace(store: AppStore, loaded: Loaded) {
    // Leave the focused field first, while its component still exists: its handlers run now, not
    // after the component is gone.
    let focused = document().active_element().filter(|el| !el.id().is_empty()).map(|el| {
        if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
            let _ = el.blur();
        }
        el.id()
    });
    adopt(store, &loaded);
    store.replacing.set_value(true);
    store.touched.set(Default::default());
    store.show_all.set(false);
    store.notices.set(Vec::new());
    store.draft.set(loaded.draft);
    store.generation.update(|g| *g += 1);
    if focused.is_some() {
        store.refocus.set_value(focused);
        request_animation_frame(move || {
            if let Some(Some(id)) = store.refocus.try_update_value(Option::take) {
                dom::focus_now(&id);
            }
        });
    }
}

/// A page load whose address names a field (`/applicants#applicant-2-email`: an error linked from
/// check your answers, which is a page of the files app): every message is shown and the field is
/// focused once its page is built; a budget line's is built first, wherever it is in a long budget
/// (`LineWindow::start` takes it from `refocus`). An address naming anything else (a heading) is
/// only brought into view.
pub fn arrive_at_field(store: AppStore) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()).map(str::to_owned) else {
        return;
    };
    if line_of(&id).is_some() {
        store.show_all.set(true);
        store.refocus.set_value(Some(id));
    } else {
        focus_field_when_built(store, id, 30);
    }
}

/// Tries at each animation frame, at most `frames` times, until the element `id` is built.
fn focus_field_when_built(store: AppStore, id: String, frames: u32) {
    request_animation_frame(move || match document().get_element_by_id(&id) {
        // A form control, or a list's own place for its messages (`list.rs`, tabindex="-1").
        Some(el)
            if id != "main"
                && (matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                    || el.has_attribute("tabindex")) =>
        {
            store.show_all.set(true);
            dom::focus_now(&id);
        }
        Some(el) => el.scroll_into_view(),
        None if frames > 0 => focus_field_when_built(store, id, frames - 1),
        None => {}
    });
}

/// Replaces this tab's version by the stored one (the user chose the other tab's). This tab's
/// version is kept as a recovery copy, which the drafts page offers.
pub async fn take_theirs(store: AppStore) {
    keep_unsaved(store);
    let Some(id) = store.draft_id.get_untracked() else {
        return;
    };
    if let Some(loaded) = storage::load(id).await {
        replace(store, loaded);
    }
}

/// Resolves a conflict (or a damaged stored copy) by keeping this tab's version as a new draft; the
/// other stays as it is.
pub async fn keep_mine_as_copy(store: AppStore, title: &str) -> Result<(), SaveError> {
    let loaded = storage::create(store.draft.get_untracked(), title).await?;
    adopt(store, &loaded);
    Ok(())
}

/// What the start found besides the draft, for the notice under the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartNotice {
    /// What the drafts page made this draft of, as it said it (`storage::take_made_from`).
    MadeFrom(String),
    /// The changes not saved when the page was last left are back in the open draft.
    Recovered,
    /// An unsaved version of some draft is kept; the drafts page offers it.
    RecoveryKept,
    /// The draft open last could not be read; it is kept and listed on the drafts page.
    LastUnreadable,
}

/// What the start does with the recovery copies it found (see [`take_up_recovery`]).
#[derive(Debug, Default, PartialEq)]
pub struct TakenUp {
    /// The unsaved version to show in place of the opened draft, and its copy's key (discarded once
    /// it is saved).
    pub draft: Option<(RawDraft, String)>,
    pub notices: Vec<StartNotice>,
    /// Copies identical to what is stored: nothing to keep.
    pub drop: Vec<String>,
}

/// At start: takes up this browser's recovery copy of the opened draft when nobody saved that draft
/// since (the edit simply never reached the disk); a copy identical to what is stored is dropped;
/// any other copy stays for the drafts page, and the start says so.
pub fn take_up_recovery(opened: &Result<Loaded, SaveError>, kept: Vec<storage::KeptRecovery>) -> TakenUp {
    let mut taken = None;
    let mut notices = Vec::new();
    let mut drop = Vec::new();
    for k in kept {
        let r = &k.recovery;
        let applies = match opened {
            Ok(loaded) => {
                r.draft_id == Some(loaded.id) || (r.draft_id.is_none() && loaded.draft == RawDraft::default())
            }
            Err(_) => r.draft_id.is_none(),
        };
        let same_as_stored = matches!(opened, Ok(l) if Some(l.id) == r.draft_id && l.draft == r.draft);
        let base_is_stored = match opened {
            Ok(l) => r.draft_id.is_none() || r.base_revision == l.revision,
            Err(_) => true,
        };
        if same_as_stored {
            drop.push(k.key);
        } else if applies && base_is_stored && taken.is_none() {
            taken = Some((k.recovery.draft, k.key));
            notices.push(StartNotice::Recovered);
        } else if !notices.contains(&StartNotice::RecoveryKept) {
            notices.push(StartNotice::RecoveryKept);
        }
    }
    TakenUp {
        draft: taken,
        notices,
        drop,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::KeptRecovery;

    fn draft(name: &str) -> RawDraft {
        let mut d = RawDraft::default();
        d.project.name_fi = name.into();
        d
    }

    fn opened(id: DraftId, revision: u64, name: &str) -> Result<Loaded, SaveError> {
        Ok(Loaded {
            id,
            revision,
            saved_at: 0.0,
            draft: draft(name),
        })
    }

    fn copy(key: &str, draft_id: Option<DraftId>, base_revision: u64, name: &str) -> KeptRecovery {
        KeptRecovery {
            key: key.into(),
            recovery: Recovery {
                draft_id,
                base_revision,
                kept_at: 0.0,
                draft: draft(name),
            },
        }
    }

    #[test]
    fn an_edit_that_never_reached_the_disk_is_taken_up() {
        let up = take_up_recovery(&opened(3, 7, "Tallennettu"), vec![copy("k", Some(3), 7, "Kirjoitettu")]);
        assert_eq!(up.draft, Some((draft("Kirjoitettu"), "k".into())));
        assert_eq!(up.notices, [StartNotice::Recovered]);
        assert!(up.drop.is_empty());
    }

    #[test]
    fn a_copy_of_a_draft_saved_since_or_of_another_draft_stays_for_the_drafts_page() {
        let up = take_up_recovery(
            &opened(3, 8, "Toinen välilehti"),
            vec![
                copy("a", Some(3), 7, "Tämä välilehti"),
                copy("b", Some(4), 1, "Muu luonnos"),
            ],
        );
        assert_eq!(up.draft, None);
        assert_eq!(up.notices, [StartNotice::RecoveryKept], "said once");
        assert!(up.drop.is_empty());
    }

    #[test]
    fn a_copy_identical_to_what_is_stored_is_dropped_without_a_word() {
        let up = take_up_recovery(&opened(3, 8, "Sama"), vec![copy("k", Some(3), 7, "Sama")]);
        assert_eq!(
            up,
            TakenUp {
                drop: vec!["k".into()],
                ..TakenUp::default()
            }
        );
    }

    #[test]
    fn typing_from_a_visit_that_could_store_nothing_comes_back() {
        // Storage full at the first visit: no draft yet, the copy names none.
        let up = take_up_recovery(&Err(SaveError::Quota), vec![copy("k", None, 0, "Ensikäynti")]);
        assert_eq!(up.draft, Some((draft("Ensikäynti"), "k".into())));
        // Space freed meanwhile: the start made a new, empty draft; the typing goes into it.
        let up = take_up_recovery(&opened(1, 1, ""), vec![copy("k", None, 0, "Ensikäynti")]);
        assert_eq!(up.draft, Some((draft("Ensikäynti"), "k".into())));
        // But never over a draft that has something in it.
        let up = take_up_recovery(&opened(1, 1, "Olemassa"), vec![copy("k", None, 0, "Ensikäynti")]);
        assert_eq!((up.draft, up.notices), (None, vec![StartNotice::RecoveryKept]));
    }
}
