//! Whether the draft is safe: "saved at 9.05" under the header, and a persistent warning with a way
//! out ("download a copy") whenever a save failed or another tab changed the draft.

use crate::i18n::{self, T};
use crate::storage::SaveError;
use crate::ui::export::download_export;
use crate::ui::files;
use crate::ui::session;
use crate::ui::store::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

/// The open draft's name, when it was saved, and the way to the other drafts.
#[component]
pub fn DraftStatus() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let name = move || {
        store.draft.with(|d| {
            let name = d.project.name_fi.trim();
            if name.is_empty() {
                t(T::UntitledDraft).to_string()
            } else {
                name.to_string()
            }
        })
    };
    let saved = move || match (store.saved_at.get(), store.save_error.with(Option::is_some)) {
        (Some(at), false) => i18n::saved_at(store.lang.get(), files::time_of_day(at)),
        _ => t(T::NotSavedYet).to_string(),
    };
    view! {
        <p class="draft-status">
            <span>{move || t(T::DraftLabel)} ": " <span class="draft-name">{name}</span></span>
            " · "
            <span id="saved-at">{saved}</span>
            " · "
            <A href="/drafts">{move || t(T::DraftsTitle)}</A>
            " · "
            <A href="/export">{move || t(T::ExportTitle)}</A>
        </p>
    }
}

/// Shown while the draft is not safely stored; stays until a save succeeds or the user chooses.
#[component]
pub fn SaveProblem() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let download = move |_| {
        let _ = download_export(store);
    };
    let retry = move |_| {
        session::save(store);
    };
    let load_theirs = move |_| {
        if let Some(id) = store.draft_id.get_untracked() {
            session::open(store, id);
        }
    };
    let keep_mine = move |_| {
        let title = store
            .draft
            .with_untracked(|d| format!("{} {}", d.project.name_fi.trim(), t(T::CopySuffix)));
        if let Err(e) = session::keep_mine_as_copy(store, title.trim()) {
            store.save_error.set(Some(e));
        }
    };
    move || {
        let error = store.save_error.get()?;
        let message = match &error {
            SaveError::Quota => T::SaveQuota,
            SaveError::Unavailable => T::SaveUnavailable,
            SaveError::Conflict => T::SaveConflict,
            SaveError::Other(_) => T::SaveOther,
        };
        let detail = match &error {
            SaveError::Other(detail) => Some(view! { <p class="detail">{detail.clone()}</p> }),
            _ => None,
        };
        let conflict = error == SaveError::Conflict;
        let can_retry = matches!(error, SaveError::Quota | SaveError::Other(_));
        Some(view! {
            <div class="banner bad save-problem" role="alert" id="save-problem">
                <p>{t(message)}</p>
                {detail}
                <p class="actions">
                    <button type="button" class="button" on:click=download>{move || t(T::DownloadCopy)}</button>
                    {can_retry.then(|| view! {
                        <button type="button" class="button secondary" on:click=retry>{move || t(T::RetrySave)}</button>
                    })}
                    {conflict.then(|| view! {
                        <button type="button" class="button secondary" on:click=keep_mine>{move || t(T::ConflictKeepMine)}</button>
                        <button type="button" class="button secondary" on:click=load_theirs>{move || t(T::ConflictLoadTheirs)}</button>
                    })}
                </p>
            </div>
        })
    }
}
