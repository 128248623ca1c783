//! The drafts kept in this browser: open, create, rename, copy, delete (with undo); and import of an
//! exported file (file picker, drag and drop, or paste), always as a new draft.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application;
use crate::domain::formats::reader::ImportError;
use crate::i18n::{self, T};
use crate::storage::{self, DraftId, DraftInfo, Removed};
use crate::ui::dom::focus_after_render;
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::session;
use crate::ui::store::use_store;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// What the last import did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Refused(String),
    Imported {
        id: DraftId,
        name: String,
        notes: Vec<String>,
    },
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::DraftsTitle);
    session::flush(store);
    let drafts = RwSignal::new(storage::list());
    let refresh = move || drafts.set(storage::list());
    let renaming = RwSignal::new(None::<DraftId>);
    let removed = RwSignal::new(None::<Removed>);
    let outcome = RwSignal::new(None::<Outcome>);
    let navigate = use_navigate();

    let display_name = move |d: &DraftInfo| -> String {
        if !d.title.trim().is_empty() {
            d.title.clone()
        } else if !d.project_name.trim().is_empty() {
            d.project_name.clone()
        } else {
            t(T::UntitledDraft).to_string()
        }
    };
    let go_home = {
        let navigate = navigate.clone();
        move || navigate("/", Default::default())
    };
    let open = {
        let go_home = go_home.clone();
        move |id: DraftId| {
            if session::open(store, id) {
                go_home();
            }
        }
    };
    let new_draft = {
        let go_home = go_home.clone();
        move |_| match session::open_new(store, RawDraft::default(), "") {
            Ok(()) => go_home(),
            Err(e) => store.save_error.set(Some(e)),
        }
    };
    let duplicate = move |d: DraftInfo| {
        if let Some(loaded) = storage::load(d.id) {
            let title = format!("{} {}", display_name(&d), t(T::CopySuffix));
            match storage::create(loaded.draft, &title) {
                Ok(copy) => {
                    refresh();
                    focus_after_render(format!("draft-{}-open", copy.id));
                }
                Err(e) => store.save_error.set(Some(e)),
            }
        }
    };
    let delete = move |id: DraftId| {
        if let Some(r) = storage::remove(id) {
            removed.set(Some(r));
            refresh();
            focus_after_render("undo-remove".into());
        }
    };
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            match storage::restore(&r) {
                Ok(()) => {
                    removed.set(None);
                    refresh();
                }
                Err(e) => store.save_error.set(Some(e)),
            }
        }
    };
    let rename = move |id: DraftId, title: String| match storage::rename(id, &title) {
        Ok(()) => {
            renaming.set(None);
            refresh();
            focus_after_render(format!("draft-{id}-rename"));
        }
        Err(e) => store.save_error.set(Some(e)),
    };

    let open_imported = open.clone();
    let row = move |d: DraftInfo| {
        let id = d.id;
        let name = display_name(&d);
        let is_open = store.draft_id.get_untracked() == Some(id);
        let saved = (d.saved_at > 0.0).then(|| files::local_date_time_ms(store.lang.get(), d.saved_at));
        let open = open.clone();
        let d_copy = d.clone();
        let name_input = NodeRef::<leptos::html::Input>::new();
        let actions = if !d.readable {
            view! {
                <p>{t(T::UnreadableDraft)}</p>
                <button type="button" class="button small secondary" on:click=move |_| {
                    if let Some(text) = storage::raw_text(id) {
                        let _ = files::download(&format!("hakemus-luonnos-{id}.txt"), &text, "text/plain");
                    }
                }>{t(T::DownloadStored)}</button>
            }
            .into_any()
        } else if renaming.get() == Some(id) {
            let input_id = format!("draft-{id}-name");
            let value = name.clone();
            view! {
                <form class="rename" on:submit=move |ev| {
                    ev.prevent_default();
                    if let Some(input) = name_input.get() {
                        rename(id, input.value());
                    }
                }>
                    <FieldFrame id=input_id.clone() label=tr(T::DraftName) bare=true>
                        <input type="text" id=input_id class="input" node_ref=name_input value=value />
                    </FieldFrame>
                    <button type="submit" class="button small">{t(T::SaveName)}</button>
                    <button type="button" class="button small secondary" on:click=move |_| {
                        renaming.set(None);
                        focus_after_render(format!("draft-{id}-rename"));
                    }>{t(T::Cancel)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                {if is_open {
                    view! { <strong class="tag status-complete">{t(T::OpenNow)}</strong> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button small" id=format!("draft-{id}-open")
                            aria-describedby=format!("draft-{id}-name-text") on:click=move |_| open(id)>
                            {t(T::OpenDraft)}
                        </button>
                    }.into_any()
                }}
                <button type="button" class="button small secondary" id=format!("draft-{id}-rename")
                    aria-describedby=format!("draft-{id}-name-text") on:click=move |_| {
                        renaming.set(Some(id));
                        focus_after_render(format!("draft-{id}-name"));
                    }>{t(T::RenameDraft)}</button>
                <button type="button" class="button small secondary"
                    aria-describedby=format!("draft-{id}-name-text") on:click=move |_| duplicate(d_copy.clone())>
                    {t(T::DuplicateDraft)}
                </button>
                {(!is_open).then(|| view! {
                    <button type="button" class="button small secondary"
                        aria-describedby=format!("draft-{id}-name-text") on:click=move |_| delete(id)>
                        {t(T::DeleteDraft)}
                    </button>
                })}
            }
            .into_any()
        };
        view! {
            <tr>
                <th scope="row" id=format!("draft-{id}-name-text")>{name.clone()}</th>
                <td>{saved}</td>
                <td class="draft-actions">{actions}</td>
            </tr>
        }
    };

    // Import: whatever the source, the file goes through the same strict reader.
    let show_import = move |result: Result<application::Imported, ImportError>| {
        let lang = store.lang.get_untracked();
        let next = match result {
            Err(e) => Outcome::Refused(i18n::import_error(lang, &e)),
            Ok(imported) => match storage::create(imported.draft, "") {
                Ok(loaded) => {
                    let name = loaded.draft.project.name_fi.trim().to_string();
                    let notes = imported.notes.iter().map(|n| i18n::import_note(lang, n)).collect();
                    refresh();
                    Outcome::Imported {
                        id: loaded.id,
                        name,
                        notes,
                    }
                }
                Err(e) => {
                    store.save_error.set(Some(e));
                    return;
                }
            },
        };
        outcome.set(Some(next));
        focus_after_render("import-result".into());
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            let lang = store.lang.get_untracked();
            spawn_local(async move { show_import(files::import_file(&file, lang).await) });
        }
    });
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let on_paste_import = move |_| {
        if let Some(area) = pasted.get() {
            show_import(application::import(area.value().as_bytes(), store.lang.get_untracked()));
        }
    };
    let result = move || {
        outcome.get().map(|o| match o {
            Outcome::Refused(message) => view! {
                <div class="error-summary" id="import-result" tabindex="-1" role="alert">
                    <h2>{t(T::ImportFailed)}</h2>
                    <p class="error-message">{message}</p>
                    <p>{t(T::ImportUnchanged)}</p>
                </div>
            }
            .into_any(),
            Outcome::Imported { id, name, notes } => {
                let open = open_imported.clone();
                view! {
                    <div class="banner good" id="import-result" tabindex="-1" role="status">
                        <p>{t(T::ImportDone)} ": " <strong>{if name.is_empty() { t(T::UntitledDraft).to_string() } else { name }}</strong></p>
                        {(!notes.is_empty()).then(|| view! {
                            <p>{t(T::ImportNotes)}</p>
                            <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        })}
                        <button type="button" class="button small" id="open-imported" on:click=move |_| open(id)>
                            {t(T::OpenDraft)}
                        </button>
                    </div>
                }
                .into_any()
            }
        })
    };

    view! {
        <h1>{text(lang, T::DraftsTitle)}</h1>
        <p class="lead">{text(lang, T::DraftsIntro)}</p>
        <p><button type="button" class="button secondary" id="new-draft" on:click=new_draft>"+ " {text(lang, T::NewDraft)}</button></p>
        <Show when=move || removed.with(Option::is_some)>
            <p class="undo" role="status">
                {text(lang, T::DraftRemoved)} " "
                <button type="button" id="undo-remove" class="button small" on:click=undo>{text(lang, T::UndoRemoval)}</button>
            </p>
        </Show>
        <table class="drafts">
            <caption class="visually-hidden">{text(lang, T::DraftsTitle)}</caption>
            <thead>
                <tr>
                    <th scope="col">{text(lang, T::DraftLabel)}</th>
                    <th scope="col">{text(lang, T::LastSaved)}</th>
                    <th scope="col">{text(lang, T::ColActions)}</th>
                </tr>
            </thead>
            <tbody>{move || drafts.get().into_iter().map(&row).collect_view()}</tbody>
        </table>

        <h2 id="import">{text(lang, T::ImportTitle)}</h2>
        <p>{text(lang, T::ImportIntro)}</p>
        {result}
        <FileDrop id="import-file" label=T::ChooseFile hint=T::DropHint on_files=on_files />
        <FieldFrame id="import-text" label=tr(T::PasteLabel) label_class="label">
            <textarea id="import-text" class="input" rows="6" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="import-pasted" on:click=on_paste_import>{text(lang, T::ImportPasted)}</button></p>
    }
}
