//! The drafts kept in this browser: open, create, rename, copy, delete (with undo); and import of an
//! exported file (file picker, drag and drop, or paste), always as a new draft.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application;
use crate::domain::formats::partner;
use crate::domain::formats::reader::{ImportError, Note};
use crate::i18n::{self, T};
use crate::storage::{self, DraftId, DraftInfo, Removed};
use crate::ui::backup::BackupSection;
use crate::ui::compare::CompareFiles;
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
        /// A partner request (opened as the partner's own draft), not an application.
        request: bool,
    },
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::DraftsTitle);
    session::flush(store);
    store.notices.set(Vec::new()); // the user is where the notices pointed
    let drafts = RwSignal::new(Vec::<DraftInfo>::new());
    let refresh = move || spawn_local(async move { drafts.set(storage::list().await) });
    refresh();
    // Another tab wrote a draft: the list follows.
    if let Some(channel) = storage::on_change(move |_, _| refresh()) {
        let channel = send_wrapper::SendWrapper::new(channel);
        on_cleanup(move || channel.close());
    }
    let recoveries = RwSignal::new(storage::recoveries());
    let renaming = RwSignal::new(None::<DraftId>);
    let removed = RwSignal::new(None::<Removed>);
    let restored_as_copy = RwSignal::new(false);
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
            let go_home = go_home.clone();
            spawn_local(async move {
                if session::open(store, id).await {
                    go_home();
                }
            })
        }
    };
    let open_new = {
        let go_home = go_home.clone();
        move |draft: RawDraft, title: String, then: Box<dyn FnOnce()>| {
            let go_home = go_home.clone();
            spawn_local(async move {
                match session::open_new(store, draft, &title).await {
                    Ok(()) => {
                        then();
                        go_home();
                    }
                    Err(e) => store.save_error.set(Some(e)),
                }
            })
        }
    };
    let new_draft = {
        let open_new = open_new.clone();
        move |_| open_new(RawDraft::default(), String::new(), Box::new(|| ()))
    };
    let duplicate = move |d: DraftInfo| {
        let title = format!("{} {}", display_name(&d), t(T::CopySuffix));
        spawn_local(async move {
            let Some(loaded) = storage::load(d.id).await else {
                return;
            };
            match storage::create(loaded.draft, &title).await {
                Ok(copy) => {
                    drafts.set(storage::list().await);
                    focus_after_render(format!("draft-{}-open", copy.id));
                }
                Err(e) => store.save_error.set(Some(e)),
            }
        })
    };
    let delete = move |id: DraftId| {
        spawn_local(async move {
            if let Some(r) = storage::remove(id).await {
                removed.set(Some(r));
                restored_as_copy.set(false);
                drafts.set(storage::list().await);
                focus_after_render("undo-remove".into());
            }
        })
    };
    let undo = move |_| {
        let Some(r) = removed.get_untracked() else { return };
        spawn_local(async move {
            match storage::restore(&r).await {
                Ok(restored) => {
                    removed.set(None);
                    drafts.set(storage::list().await);
                    let id = match restored {
                        storage::Restored::AsItWas(id) => id,
                        storage::Restored::AsCopy(id) => {
                            restored_as_copy.set(true);
                            id
                        }
                    };
                    focus_after_render(format!("draft-{id}-open"));
                }
                Err(e) => store.save_error.set(Some(e)),
            }
        })
    };
    let rename = move |id: DraftId, title: String| {
        spawn_local(async move {
            match storage::rename(id, &title).await {
                Ok(()) => {
                    renaming.set(None);
                    drafts.set(storage::list().await);
                    focus_after_render(format!("draft-{id}-rename"));
                }
                Err(e) => store.save_error.set(Some(e)),
            }
        })
    };

    let open_imported = open.clone();
    let row = move |d: DraftInfo| {
        let id = d.id;
        let name = display_name(&d);
        let is_open = store.draft_id.get_untracked() == Some(id);
        let saved = (d.saved_at > 0.0).then(|| files::local_date_time_ms(store.lang.get(), d.saved_at));
        let unknown = (!d.unknown_fields.is_empty()).then(|| {
            view! { <p class="hint" title=d.unknown_fields.join(", ")>{t(T::UnknownFieldsKept)}</p> }
        });
        let open = open.clone();
        let d_copy = d.clone();
        let name_input = NodeRef::<leptos::html::Input>::new();
        let actions = if !d.readable {
            view! {
                <p>{t(T::UnreadableDraft)}</p>
                <button type="button" class="button small secondary" on:click=move |_| {
                    spawn_local(async move {
                        if let Some(text) = storage::raw_text(id).await {
                            let _ = files::download(&format!("hakemus-luonnos-{id}.txt"), &text, "text/plain");
                        }
                    })
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
                <th scope="row" id=format!("draft-{id}-name-text")>{name.clone()} {unknown}</th>
                <td>{saved}</td>
                <td class="draft-actions">{actions}</td>
            </tr>
        }
    };

    // Import: whatever the source, the file goes through the same strict reader. A partner's request
    // opens as the partner's own draft; a contribution belongs on the lead's partners page.
    let show_import = move |result: Result<(RawDraft, Vec<Note>, String), String>| {
        let lang = store.lang.get_untracked();
        let next = match result {
            Err(message) => Outcome::Refused(message),
            Ok((draft, notes, kept_title)) => {
                // A partner's draft is named as such: it carries the lead's project name. An imported
                // application keeps the title its working copy carries (taken up in another browser);
                // without one it is named apart from the original it copies: "Nimi (tuotu 6.12.)".
                let request = draft.partner_of.is_some();
                let title = if request {
                    format!("{}: {}", T::PartnerExchange.get(lang), draft.project.name())
                } else if !kept_title.trim().is_empty() {
                    kept_title
                } else {
                    let name = draft.project.name();
                    let name = if name.trim().is_empty() {
                        T::UntitledDraft.get(lang)
                    } else {
                        name
                    };
                    let (_, month, day) = files::date_of(js_sys::Date::now());
                    format!("{name} ({} {day}.{month}.)", T::ImportedOn.get(lang))
                };
                spawn_local(async move {
                    match storage::create(draft, &title).await {
                        Ok(loaded) => {
                            let name = title;
                            let notes = notes.iter().map(|n| i18n::import_note(lang, n)).collect();
                            drafts.set(storage::list().await);
                            outcome.set(Some(Outcome::Imported {
                                id: loaded.id,
                                name,
                                notes,
                                request,
                            }));
                            focus_after_render("import-result".into());
                        }
                        Err(e) => store.save_error.set(Some(e)),
                    }
                });
                return;
            }
        };
        outcome.set(Some(next));
        focus_after_render("import-result".into());
    };
    let import = move |bytes: &[u8]| -> Result<(RawDraft, Vec<Note>, String), String> {
        let lang = store.lang.get_untracked();
        let refused = |e: ImportError| i18n::import_error(lang, &e);
        match partner::format_of(bytes) {
            Some(partner::REQUEST_FORMAT) => partner::read_request(bytes, lang)
                .map(|r| (r.partner_draft(), r.notes, String::new()))
                .map_err(refused),
            Some(partner::CONTRIBUTION_FORMAT) => Err(T::ContributionOnDraftsPage.get(lang).into()),
            _ => application::import(bytes, lang)
                .map(|i| (i.draft, i.notes, i.title))
                .map_err(refused),
        }
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            let lang = store.lang.get_untracked();
            spawn_local(async move {
                show_import(match files::read_file(&file).await {
                    Ok(bytes) => import(&bytes),
                    Err(e) => Err(i18n::import_error(lang, &e)),
                })
            });
        }
    });
    let pasted = NodeRef::<leptos::html::Textarea>::new();
    let on_paste_import = move |_| {
        if let Some(area) = pasted.get() {
            show_import(import(area.value().as_bytes()));
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
            Outcome::Imported {
                id,
                name,
                notes,
                request,
            } => {
                let open = open_imported.clone();
                view! {
                    <div class="banner good" id="import-result" tabindex="-1" role="status">
                        <p>{t(if request { T::RequestOpened } else { T::ImportDone })} ": " <strong>{name}</strong></p>
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
        <Show when=move || restored_as_copy.get()>
            <p class="undo" role="status">{text(lang, T::RestoredAsCopy)}</p>
        </Show>
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

        {move || {
            let kept = recoveries.get();
            (!kept.is_empty()).then(|| {
                let open_new = open_new.clone();
                view! {
                    <h2 id="recoveries">{text(lang, T::RecoveriesTitle)}</h2>
                    <p>{text(lang, T::RecoveriesIntro)}</p>
                    <table class="drafts">
                        <caption class="visually-hidden">{text(lang, T::RecoveriesTitle)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{text(lang, T::DraftLabel)}</th>
                                <th scope="col">{text(lang, T::KeptAt)}</th>
                                <th scope="col">{text(lang, T::ColActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {kept.into_iter().enumerate().map(|(i, k)| {
                                let name = k.recovery.draft.project.name().to_string();
                                let name = if name.is_empty() { t(T::UntitledDraft).to_string() } else { name };
                                let when = files::local_date_time_ms(store.lang.get_untracked(), k.recovery.kept_at);
                                let key = k.key.clone();
                                let discard_key = k.key.clone();
                                let draft = k.recovery.draft.clone();
                                let open_new = open_new.clone();
                                let name_id = format!("recovery-{i}-name");
                                view! {
                                    <tr>
                                        <th scope="row" id=name_id.clone()>{name}</th>
                                        <td>{when}</td>
                                        <td class="draft-actions">
                                            <button type="button" class="button small" id=format!("recovery-{i}-open")
                                                aria-describedby=name_id.clone() on:click=move |_| {
                                                    let key = key.clone();
                                                    open_new(draft.clone(), String::new(), Box::new(move || storage::discard_recovery(&key)))
                                                }>{t(T::OpenAsNewDraft)}</button>
                                            <button type="button" class="button small secondary"
                                                aria-describedby=name_id on:click=move |_| {
                                                    storage::discard_recovery(&discard_key);
                                                    recoveries.set(storage::recoveries());
                                                    focus_after_render("new-draft".into());
                                                }>{t(T::DiscardRecovery)}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            })
        }}

        // The partner's way in: a request from the lead opens as the partner's own draft.
        <section class="partner-way-in" aria-labelledby="open-request">
            <h2 id="open-request">{text(lang, T::PartnerWayInTitle)}</h2>
            <p>{text(lang, T::PartnerWayInIntro)}</p>
            <FileDrop id="request-file" label=T::OpenPartnerRequest hint=T::DropHint on_files=on_files />
        </section>
        <h2 id="import">{text(lang, T::ImportTitle)}</h2>
        <p>{text(lang, T::ImportIntro)}</p>
        {result}
        <FileDrop id="import-file" label=T::ChooseFile hint=T::DropHint on_files=on_files />
        <FieldFrame id="import-text" label=tr(T::PasteLabel) label_class="label">
            <textarea id="import-text" class="input" rows="6" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="import-pasted" on:click=on_paste_import>{text(lang, T::ImportPasted)}</button></p>

        <CompareFiles id_prefix="compare" />
        <BackupSection on_restored=Callback::new(move |_| { refresh(); recoveries.set(storage::recoveries()) }) />
    }
}
