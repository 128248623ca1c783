//! Export: the application as a JSON file or on the clipboard, for the submission channel; and the
//! JSON Schema that describes the file.

use crate::domain::formats::application;
use crate::i18n::{self, T};
use crate::ui::files;
use crate::ui::status::FilesLink;
use crate::ui::store::{use_store, AppStore};
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

/// The file name and text of the current draft's export, as of now, with the draft's `title` in its
/// working copy (with the partner requests: what another browser needs to go on with the draft).
fn export_text(store: AppStore, title: &str) -> (String, String) {
    store.draft.with_untracked(|d| {
        let envelope = application::export_titled(d, &files::now_rfc3339(), title);
        (
            application::file_name(d, &files::today()),
            application::to_json(&envelope),
        )
    })
}

/// Downloads the current draft as an export file (also the "download a copy" of a failed save).
pub async fn download_export(store: AppStore) -> Result<(), JsValue> {
    let title = stored_title(store).await;
    let (name, text) = export_text(store, &title);
    files::download(&name, &text, "application/json")
}

/// The open draft's title as stored (empty if none, or nothing is stored).
async fn stored_title(store: AppStore) -> String {
    let Some(id) = store.draft_id.get_untracked() else {
        return String::new();
    };
    crate::storage::title(id).await.unwrap_or_default()
}

#[component]
pub fn ExportPage() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::ExportTitle);
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        spawn_local(async move {
            let (_, text) = export_text(store, &stored_title(store).await);
            copied.set(Some(files::copy(&text).await.is_ok()));
        });
    };
    // The schema is a file of the build (schema/, precached for offline), not text inside the wasm;
    // fetched through the service worker, then saved like the export.
    let schema_failed = RwSignal::new(false);
    let download_schema = move |_| {
        spawn_local(async move {
            let name = "hakemus-application.schema.json";
            let saved = match files::fetch_text(&format!("/schema/{name}")).await {
                Ok(text) => files::download(name, &text, "application/schema+json").is_ok(),
                Err(_) => false,
            };
            schema_failed.set(!saved);
        });
    };
    let errors = Memo::new(move |_| store.analysis.with(|a| a.errors().count()));
    let unreadable = Memo::new(move |_| store.draft.with(|d| application::export(d, "").unreadable));
    view! {
        <h1>{move || t(T::ExportTitle)}</h1>
        <p class="lead">{move || t(T::ExportIntro)}</p>
        <p id="export-status" class=move || if errors.get() == 0 { "banner good" } else { "banner warn" }>
            {move || i18n::export_errors(store.lang.get(), errors.get())}
            " "
            <FilesLink href="/review">{move || t(T::ReviewTitle)}</FilesLink>
        </p>
        <Show when=move || unreadable.with(|u| !u.is_empty())>
            <div class="banner warn">
                <p>{move || t(T::ExportUnreadable)}</p>
                <ul>
                    {move || unreadable.get().into_iter().map(|(path, text)| view! {
                        <li><code>{path}</code> ": " <q>{text}</q></li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
        <p class="actions">
            <button type="button" class="button" id="download-export" on:click=move |_| spawn_local(async move { let _ = download_export(store).await; })>
                {move || t(T::DownloadFile)}
            </button>
            <button type="button" class="button secondary" id="copy-export" on:click=copy>
                {move || t(T::CopyToClipboard)}
            </button>
        </p>
        <p role="status" id="copy-result">
            {move || copied.get().map(|ok| t(if ok { T::Copied } else { T::CopyFailed }))}
        </p>
        <h2>{move || t(T::DownloadSchema)}</h2>
        <p>{move || t(T::SchemaNote)}</p>
        <p>
            <button type="button" class="button secondary" id="download-schema" on:click=download_schema>
                {move || t(T::DownloadSchema)}
            </button>
        </p>
        <p role="status" id="schema-result">
            {move || schema_failed.get().then(|| t(T::SchemaUnavailable))}
        </p>
        <h2>{move || t(T::ImportTitle)}</h2>
        <p><FilesLink href="/drafts#import">{move || t(T::ImportTitle)}</FilesLink></p>
    }
}
