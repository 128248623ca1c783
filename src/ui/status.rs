//! Whether the draft is safe: "saved at 9.05" under the header, and a persistent warning with a way
//! out ("download a copy") whenever a save failed or another tab changed the draft; and the way to
//! the drafts page and check your answers, which are another app's (`FilesLink`).

use crate::i18n::{self, T};
use crate::storage::SaveError;
use crate::ui::export::download_export;
use crate::ui::files;
use crate::ui::session::{self, StartNotice};
use crate::ui::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The open draft's name, when it was saved, and the way to the other drafts.
#[component]
pub fn DraftStatus() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let name = move || {
        store.draft.with(|d| {
            let name = d.project.name();
            if name.is_empty() {
                t(T::UntitledDraft).to_string()
            } else {
                name.to_string()
            }
        })
    };
    // "saved" only once the write is on disk. A memo: typing changes the state once, not at every
    // keystroke.
    let state = Memo::new(move |_| {
        if store.save_error.with(Option::is_some) || store.draft_id.with(Option::is_none) {
            SaveState::NotSaved
        } else if store.writes.in_flight.get() {
            SaveState::Saving
        } else if store.unsaved.get() {
            SaveState::Waiting
        } else {
            store.saved_at.get().map_or(SaveState::NotSaved, SaveState::Saved)
        }
    });
    let saved = move || match state.get() {
        SaveState::Saved(at) => i18n::saved_at(store.lang.get(), files::time_of_day(at)),
        SaveState::Saving | SaveState::Waiting => t(T::Saving).to_string(),
        SaveState::NotSaved => t(T::NotSavedYet).to_string(),
    };
    view! {
        <p class="draft-status">
            <span>{move || t(T::DraftLabel)} ": " <span class="draft-name">{name}</span></span>
            " · "
            <span id="saved-at" data-state=move || state.get().name()>{saved}</span>
            " · "
            <FilesLink href="/drafts">{move || t(T::DraftsTitle)}</FilesLink>
            " · "
            // A partner sends back its part (the contribution, on its own page), never the whole
            // application, which the lead could not use.
            {move || if store.draft.with(|d| d.partner_of.is_some()) {
                view! { <a href="/#return-title">{t(T::PartReturn)}</a> }.into_any()
            } else {
                view! { <a href="/export">{t(T::ExportTitle)}</a> }.into_any()
            }}
        </p>
    }
}

/// Where the open draft stands, as `#saved-at` says it (and names it in `data-state`).
#[derive(Debug, Clone, Copy, PartialEq)]
enum SaveState {
    /// On disk, since this time (ms since 1970).
    Saved(f64),
    /// A write is in flight.
    Saving,
    /// Changes wait for typing to pause (the user reads "saving" for both).
    Waiting,
    /// A save failed, or nothing could be stored yet.
    NotSaved,
}

impl SaveState {
    fn name(self) -> &'static str {
        match self {
            SaveState::Saved(_) => "saved",
            SaveState::Saving => "saving",
            SaveState::Waiting | SaveState::NotSaved => "unsaved",
        }
    }
}

/// Shown while the draft is not safely stored; stays until a save succeeds or the user chooses.
#[component]
pub fn SaveProblem() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let download = move |_| {
        spawn_local(async move {
            let _ = download_export(store).await;
        });
    };
    let retry = move |_| {
        session::save(store);
    };
    let load_theirs = move |_| spawn_local(session::take_theirs(store));
    let keep_mine = move |_| {
        let title = store
            .draft
            .with_untracked(|d| format!("{} {}", d.project.name(), t(T::CopySuffix)));
        spawn_local(async move {
            if let Err(e) = session::keep_mine_as_copy(store, title.trim()).await {
                store.save_error.set(Some(e));
            }
        });
    };
    move || {
        let error = store.save_error.get()?;
        let message = match &error {
            SaveError::Quota => t(T::SaveQuota).to_string(),
            SaveError::Unavailable => t(T::SaveUnavailable).to_string(),
            SaveError::Conflict => t(T::SaveConflict).to_string(),
            SaveError::Damaged => t(T::SaveDamaged).to_string(),
            SaveError::Other(_) => t(T::SaveOther).to_string(),
        };
        let detail = match &error {
            SaveError::Other(detail) => Some(view! { <p class="detail">{detail.clone()}</p> }),
            _ => None,
        };
        let conflict = error == SaveError::Conflict;
        let keep_as_copy = matches!(error, SaveError::Conflict | SaveError::Damaged);
        let can_retry = matches!(error, SaveError::Quota | SaveError::Other(_));
        Some(view! {
            <div class="banner bad save-problem" role="alert" id="save-problem">
                <p>{message}</p>
                {detail}
                <p class="actions">
                    <button type="button" class="button" on:click=download>{move || t(T::DownloadCopy)}</button>
                    {can_retry.then(|| view! {
                        <button type="button" class="button secondary" on:click=retry>{move || t(T::RetrySave)}</button>
                    })}
                    {keep_as_copy.then(|| view! {
                        <button type="button" class="button secondary" on:click=keep_mine>{move || t(T::ConflictKeepMine)}</button>
                    })}
                    {conflict.then(|| view! {
                        <button type="button" class="button secondary" on:click=load_theirs>{move || t(T::ConflictLoadTheirs)}</button>
                    })}
                </p>
            </div>
        })
    }
}

/// The draft is saved, but too large for a file the app can import again: said until it is not.
#[component]
pub fn TooLarge() -> impl IntoView {
    let store = use_store();
    move || {
        store.too_large.get().map(|bytes| {
            view! {
                <div class="banner warn" role="status" id="too-large">
                    <p>{i18n::save_too_large(store.lang.get(), bytes)}</p>
                </div>
            }
        })
    }
}

/// What the start found, under the header until the user moves on: what the drafts page made the
/// draft of (said as it said it there), recovered changes, an unsaved version kept for the drafts
/// page, or a draft that could not be read.
#[component]
pub fn StartNotices() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    move || {
        let notices = store.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="banner start-notice" role="status" id="start-notice">
                    {notices.into_iter().map(|n| {
                        let (text, link) = match n {
                            // What the drafts page made the draft of, said as it said it there.
                            StartNotice::MadeFrom(said) => return view! { <p>{said}</p> }.into_any(),
                            StartNotice::Recovered => (T::NoticeRecovered, false),
                            StartNotice::RecoveryKept => (T::NoticeRecoveryKept, true),
                            StartNotice::LastUnreadable => (T::NoticeLastUnreadable, true),
                        };
                        view! {
                            <p>
                                {move || t(text)}
                                {link.then(|| view! { " " <FilesLink href="/drafts">{move || t(T::DraftsTitle)}</FilesLink> })}
                            </p>
                        }
                        .into_any()
                    }).collect_view()}
                </div>
            }
        })
    }
}

/// A link to a page of the files app (the drafts page, check your answers: `ui::files_app`), a
/// bundle of its own: a page load (`rel="external"`, which the router leaves to the browser), made
/// once what is pending in the draft is on disk, so that the page there shows it. Were the save to
/// fail, leaving keeps the changes as a recovery copy, as any page load does (check your answers
/// shows that version). A click that opens another tab or window is the browser's.
#[component]
pub fn FilesLink(
    href: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let store = use_store();
    let follow = move |ev: leptos::ev::MouseEvent| {
        let elsewhere = ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key();
        if elsewhere || !(session::unsaved(store) || store.writes.busy()) {
            return;
        }
        ev.prevent_default();
        spawn_local(async move {
            session::settle(store).await;
            let _ = window().location().assign(href);
        });
    };
    view! { <a href=href rel="external" id=id class=class on:click=follow>{children()}</a> }
}
