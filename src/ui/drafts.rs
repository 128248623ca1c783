//! The drafts kept in this browser (`/drafts`, a page of the files app, `ui::files_app`): open,
//! create, rename, copy, delete (with undo); import of an exported file or a partner's request
//! (file picker, drag and drop, or paste), always as a new draft; a candidate joint project or an
//! initiative of the first phase made into a new application draft (`ui::initiative::open`), which
//! the drafter then opens; the comparison of two files; and what the browser promises of its
//! storage (issue 28, item 11).
//!
//! The drafts are edited in the drafter's app: opening or creating one makes it this tab's draft
//! (`storage::set_current`) and loads the drafter, which opens it at start.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application;
use crate::domain::formats::clarification;
use crate::domain::formats::partner;
use crate::domain::formats::reader::{ImportError, Note};
use crate::i18n::files_app::Fa;
use crate::i18n::{self, T};
use crate::storage::{self, DraftId, DraftInfo, Removed, SaveError, Space};
use crate::ui::backup::BackupSection;
use crate::ui::compare::CompareFiles;
use crate::ui::dom::focus_after_render;
use crate::ui::field::FieldFrame;
use crate::ui::files::{self, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::initiative::open::{self as first_phase, OpensFirstPhase};
use crate::ui::language::use_lang;
use crate::ui::session;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos::task::spawn_local;

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
        /// Made of a first phase's file: what was made (the drafter says it too).
        made: Option<String>,
    },
}

/// A file read for import: the new draft, what the reader noted, the title it keeps (empty: named
/// here), and what was made of a first phase's file.
struct Taken {
    draft: RawDraft,
    notes: Vec<Note>,
    title: String,
    made: Option<String>,
    /// A request for further clarification's file (docs/rules.md §12.1): kept beside the new draft
    /// made of the application it carries, which then opens on `/clarification`.
    clarification: Option<String>,
}

impl Taken {
    fn of(draft: RawDraft, notes: Vec<Note>, title: String) -> Taken {
        Taken {
            draft,
            notes,
            title,
            made: None,
            clarification: None,
        }
    }
}

/// Makes draft `id` this tab's and loads the drafter's app on it. The draft open until now is
/// removed if nothing was ever typed into it (the first visit's empty draft, so that it does not
/// stay in the list for ever), unless a recovery copy of it is kept.
fn open_in_drafter(id: DraftId, before: Option<DraftId>) {
    // Only the tab's own first draft: one shown here because another tab opened it last is that
    // tab's, open there.
    let own = before.filter(|&b| b != id && storage::tab_current() == Some(b));
    storage::set_current(id);
    spawn_local(async move {
        if let Some(empty) = own {
            if !storage::recoveries().iter().any(|k| k.recovery.draft_id == Some(empty)) {
                storage::remove_if_untouched(empty).await;
            }
        }
        let _ = window().location().assign("/");
    });
}

/// Why a new draft or a change to one could not be stored.
fn not_stored(error: &SaveError) -> Fa {
    match error {
        SaveError::Quota => Fa::NotStoredQuota,
        SaveError::Unavailable => Fa::NotStoredUnavailable,
        _ => Fa::NotStoredOther,
    }
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let lang = use_lang();
    let t = move |text: T| text.get(lang.get());
    let f = move |text: Fa| text.get(lang.get());
    plain_page_title(T::DraftsTitle);
    let drafts = RwSignal::new(Vec::<DraftInfo>::new());
    // This tab's draft (the one the drafter opens): it is marked open, and cannot be deleted here.
    let current = RwSignal::new(storage::current());
    let refresh = move || {
        spawn_local(async move {
            let list = storage::list().await;
            current.set(storage::current());
            drafts.set(list);
        })
    };
    refresh();
    // Another tab wrote a draft: the list follows.
    session::on_other_tabs(move |_, _| refresh());
    let recoveries = RwSignal::new(storage::recoveries());
    let renaming = RwSignal::new(None::<DraftId>);
    let removed = RwSignal::new(None::<Removed>);
    let restored_as_copy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let error = RwSignal::new(None::<SaveError>);
    let failed = move |e: SaveError| error.set(Some(e));

    let display_name = move |d: &DraftInfo| -> String {
        if !d.title.trim().is_empty() {
            d.title.clone()
        } else if !d.project_name.trim().is_empty() {
            d.project_name.clone()
        } else {
            t(T::UntitledDraft).to_string()
        }
    };
    let open = move |id: DraftId| open_in_drafter(id, current.get_untracked());
    let open_new = move |draft: RawDraft, title: String, then: Box<dyn FnOnce()>| {
        spawn_local(async move {
            match storage::create(draft, &title).await {
                Ok(loaded) => {
                    then();
                    open_in_drafter(loaded.id, current.get_untracked());
                }
                Err(e) => failed(e),
            }
        })
    };
    let new_draft = move |_| open_new(RawDraft::default(), String::new(), Box::new(|| ()));
    let duplicate = move |d: DraftInfo| {
        let title = format!("{} {}", display_name(&d), t(T::CopySuffix));
        spawn_local(async move {
            let Some(loaded) = storage::load(d.id).await else {
                return;
            };
            match storage::create(loaded.draft, &title).await {
                Ok(copy) => {
                    error.set(None);
                    drafts.set(storage::list().await);
                    focus_after_render(format!("draft-{}-open", copy.id));
                }
                Err(e) => failed(e),
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
                    error.set(None);
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
                Err(e) => failed(e),
            }
        })
    };
    let rename = move |id: DraftId, title: String| {
        spawn_local(async move {
            match storage::rename(id, &title).await {
                Ok(()) => {
                    error.set(None);
                    renaming.set(None);
                    drafts.set(storage::list().await);
                    focus_after_render(format!("draft-{id}-rename"));
                }
                Err(e) => failed(e),
            }
        })
    };

    let row = move |d: DraftInfo| {
        let id = d.id;
        let name = display_name(&d);
        let is_open = current.get() == Some(id);
        let saved = (d.saved_at > 0.0).then(|| files::local_date_time_ms(lang.get(), d.saved_at));
        let unknown = (!d.unknown_fields.is_empty()).then(|| {
            view! { <p class="hint" title=d.unknown_fields.join(", ")>{f(Fa::UnknownFieldsKept)}</p> }
        });
        let d_copy = d.clone();
        let name_input = NodeRef::<leptos::html::Input>::new();
        let actions = if !d.readable {
            view! {
                <p>{f(Fa::UnreadableDraft)}</p>
                <button type="button" class="button small secondary" on:click=move |_| {
                    spawn_local(async move {
                        if let Some(text) = storage::raw_text(id).await {
                            let _ = files::download(&format!("hakemus-luonnos-{id}.txt"), &text, "text/plain");
                        }
                    })
                }>{f(Fa::DownloadStored)}</button>
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
                    <FieldFrame id=input_id.clone() label=tr(Fa::DraftName) bare=true>
                        <input type="text" id=input_id class="input" node_ref=name_input value=value />
                    </FieldFrame>
                    <button type="submit" class="button small">{f(Fa::SaveName)}</button>
                    <button type="button" class="button small secondary" on:click=move |_| {
                        renaming.set(None);
                        focus_after_render(format!("draft-{id}-rename"));
                    }>{f(Fa::Cancel)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                {if is_open {
                    view! { <strong class="tag status-complete">{f(Fa::OpenNow)}</strong> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button small" id=format!("draft-{id}-open")
                            aria-describedby=format!("draft-{id}-name-text") on:click=move |_| open(id)>
                            {f(Fa::OpenDraft)}
                        </button>
                    }.into_any()
                }}
                // A draft answering a request for further clarification: back to its page.
                {storage::clarification::kept(id).is_some().then(|| view! {
                    <button type="button" class="button small secondary" id=format!("draft-{id}-clarification")
                        aria-describedby=format!("draft-{id}-name-text") on:click=move |_| {
                            storage::set_current(id);
                            let _ = window().location().assign("/clarification");
                        }>
                        {move || crate::i18n::clarification::Cl::AnswerTitle.get(lang.get())}
                    </button>
                })}
                <button type="button" class="button small secondary" id=format!("draft-{id}-rename")
                    aria-describedby=format!("draft-{id}-name-text") on:click=move |_| {
                        renaming.set(Some(id));
                        focus_after_render(format!("draft-{id}-name"));
                    }>{f(Fa::RenameDraft)}</button>
                <button type="button" class="button small secondary"
                    aria-describedby=format!("draft-{id}-name-text") on:click=move |_| duplicate(d_copy.clone())>
                    {f(Fa::DuplicateDraft)}
                </button>
                {(!is_open).then(|| view! {
                    <button type="button" class="button small secondary"
                        aria-describedby=format!("draft-{id}-name-text") on:click=move |_| delete(id)>
                        {f(Fa::DeleteDraft)}
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
    let show_import = move |result: Result<Taken, String>| {
        let lang = lang.get_untracked();
        let next = match result {
            Err(message) => Outcome::Refused(message),
            Ok(Taken {
                draft,
                notes,
                title: kept_title,
                made,
                clarification,
            }) => {
                // A partner's draft is named as such: it carries the lead's project name. An imported
                // application keeps the title its working copy carries (taken up in another browser);
                // without one it is named apart from the original it copies: "Nimi (tuotu 6.12.)".
                let request = draft.partner_of.is_some();
                let title = if request {
                    format!("{}: {}", T::PartnerExchange.get(lang), draft.project.name())
                } else if clarification.is_some() {
                    let answer = crate::i18n::clarification::Cl::AnswerTitle.get(lang);
                    format!("{answer}: {}", draft.project.name())
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
                    format!("{name} ({} {day}.{month}.)", Fa::ImportedOn.get(lang))
                };
                spawn_local(async move {
                    match storage::create(draft, &title).await {
                        Ok(loaded) => {
                            error.set(None);
                            let name = title;
                            let notes: Vec<String> = notes.iter().map(|n| i18n::import_note(lang, n)).collect();
                            drafts.set(storage::list().await);
                            // A clarification request: its file beside the copy of the
                            // application, then its page, where the questions are answered.
                            if let Some(request) = clarification {
                                let kept = storage::clarification::Kept {
                                    request,
                                    ..Default::default()
                                };
                                match storage::clarification::keep(loaded.id, &kept) {
                                    Ok(()) => {
                                        storage::set_current(loaded.id);
                                        let _ = window().location().assign("/clarification");
                                        return;
                                    }
                                    Err(e) => return failed(e),
                                }
                            }
                            // A draft made of a first phase's file is opened at once, as a new draft
                            // is, and the drafter says what was made of it; unless the file held
                            // something to tell first (the notes), which this page shows with its
                            // button to open the draft.
                            if let Some(said) = &made {
                                storage::leave_made_from(loaded.id, said);
                                if notes.is_empty() {
                                    open_in_drafter(loaded.id, current.get_untracked());
                                }
                            }
                            outcome.set(Some(Outcome::Imported {
                                id: loaded.id,
                                name,
                                notes,
                                request,
                                made,
                            }));
                            focus_after_render("import-result".into());
                        }
                        Err(e) => failed(e),
                    }
                });
                return;
            }
        };
        outcome.set(Some(next));
        focus_after_render("import-result".into());
    };
    let import = move |bytes: &[u8]| -> Result<Taken, String> {
        let lang = lang.get_untracked();
        let refused = |e: ImportError| i18n::import_error(lang, &e);
        if let Some(read) = first_phase::read(bytes, lang) {
            return read.map(|m| Taken {
                made: Some(m.said),
                ..Taken::of(m.draft, m.notes, m.title)
            });
        }
        if clarification::format_of(bytes) == Some(clarification::REQUEST_FORMAT) {
            return clarification::read_request(bytes, lang)
                .map(|r| Taken {
                    clarification: std::str::from_utf8(bytes).ok().map(str::to_string),
                    ..Taken::of(r.draft, r.notes, String::new())
                })
                .map_err(refused);
        }
        match partner::format_of(bytes) {
            Some(partner::REQUEST_FORMAT) => partner::read_request(bytes, lang)
                .map(|r| Taken::of(r.partner_draft(), r.notes, String::new()))
                .map_err(refused),
            Some(partner::CONTRIBUTION_FORMAT) => Err(Fa::ContributionOnDraftsPage.get(lang).into()),
            _ => application::import(bytes, lang)
                .map(|i| Taken::of(i.draft, i.notes, i.title))
                .map_err(refused),
        }
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        if let Some(file) = list.get(0) {
            let lang = lang.get_untracked();
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
                    <h2>{f(Fa::ImportFailed)}</h2>
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
                made,
            } => view! {
                <div class="banner good" id="import-result" tabindex="-1" role="status">
                    {match made {
                        Some(said) => view! { <p>{said}</p> }.into_any(),
                        None => view! {
                            <p>{f(if request { Fa::RequestOpened } else { Fa::ImportDone })} ": " <strong>{name}</strong></p>
                        }.into_any(),
                    }}
                    {(!notes.is_empty()).then(|| view! {
                        <p>{f(Fa::ImportNotes)}</p>
                        <ul>{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    })}
                    <button type="button" class="button small" id="open-imported" on:click=move |_| open(id)>
                        {f(Fa::OpenDraft)}
                    </button>
                </div>
            }
            .into_any(),
        })
    };

    view! {
        <h1>{text(lang, T::DraftsTitle)}</h1>
        <p class="lead">{text(lang, Fa::DraftsIntro)}</p>
        <p><button type="button" class="button secondary" id="new-draft" on:click=new_draft>"+ " {text(lang, Fa::NewDraft)}</button></p>
        {move || error.get().map(|e| view! {
            <div class="banner bad" id="drafts-problem" role="alert">
                <p>{f(not_stored(&e))}</p>
                {match e {
                    SaveError::Other(detail) => Some(view! { <p class="detail">{detail}</p> }),
                    _ => None,
                }}
            </div>
        })}
        <Show when=move || restored_as_copy.get()>
            <p class="undo" role="status">{text(lang, Fa::RestoredAsCopy)}</p>
        </Show>
        <Show when=move || removed.with(Option::is_some)>
            <p class="undo" role="status">
                {text(lang, Fa::DraftRemoved)} " "
                <button type="button" id="undo-remove" class="button small" on:click=undo>{text(lang, T::UndoRemoval)}</button>
            </p>
        </Show>
        <table class="drafts">
            <caption class="visually-hidden">{text(lang, T::DraftsTitle)}</caption>
            <thead>
                <tr>
                    <th scope="col">{text(lang, T::DraftLabel)}</th>
                    <th scope="col">{text(lang, Fa::LastSaved)}</th>
                    <th scope="col">{text(lang, T::ColActions)}</th>
                </tr>
            </thead>
            <tbody>{move || drafts.get().into_iter().map(&row).collect_view()}</tbody>
        </table>

        {move || {
            let kept = recoveries.get();
            (!kept.is_empty()).then(|| {
                view! {
                    <h2 id="recoveries">{text(lang, Fa::RecoveriesTitle)}</h2>
                    <p>{text(lang, Fa::RecoveriesIntro)}</p>
                    <table class="drafts">
                        <caption class="visually-hidden">{text(lang, Fa::RecoveriesTitle)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{text(lang, T::DraftLabel)}</th>
                                <th scope="col">{text(lang, Fa::KeptAt)}</th>
                                <th scope="col">{text(lang, T::ColActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {kept.into_iter().enumerate().map(|(i, k)| {
                                let name = k.recovery.draft.project.name().to_string();
                                let name = if name.is_empty() { t(T::UntitledDraft).to_string() } else { name };
                                let when = files::local_date_time_ms(lang.get_untracked(), k.recovery.kept_at);
                                let key = k.key.clone();
                                let discard_key = k.key.clone();
                                let draft = k.recovery.draft.clone();
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
                                                }>{f(Fa::OpenAsNewDraft)}</button>
                                            <button type="button" class="button small secondary"
                                                aria-describedby=name_id on:click=move |_| {
                                                    storage::discard_recovery(&discard_key);
                                                    recoveries.set(storage::recoveries());
                                                    focus_after_render("new-draft".into());
                                                }>{f(Fa::DiscardRecovery)}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            })
        }}

        <StorageSpace />

        // The partner's way in: a request from the lead opens as the partner's own draft.
        <section class="partner-way-in" aria-labelledby="open-request">
            <h2 id="open-request">{text(lang, T::PartnerWayInTitle)}</h2>
            <p>{text(lang, T::PartnerWayInIntro)}</p>
            <FileDrop id="request-file" label=T::OpenPartnerRequest hint=T::DropHint on_files=on_files />
        </section>
        <h2 id="import">{text(lang, T::ImportTitle)}</h2>
        <p>{text(lang, Fa::ImportIntro)}</p>
        <OpensFirstPhase />
        {result}
        <FileDrop id="import-file" label=T::ChooseFile hint=T::DropHint on_files=on_files />
        <FieldFrame id="import-text" label=tr(T::PasteLabel) label_class="label">
            <textarea id="import-text" class="input" rows="6" spellcheck="false" node_ref=pasted></textarea>
        </FieldFrame>
        <p><button type="button" class="button secondary" id="import-pasted" on:click=on_paste_import>{text(lang, Fa::ImportPasted)}</button></p>

        <CompareFiles id_prefix="compare" />
        <BackupSection on_restored=Callback::new(move |_| { refresh(); recoveries.set(storage::recoveries()) }) />
    }
}

/// What the browser promises of the drafts' storage, and how much of it there is (issue 28, item
/// 11): kept for good or not promised (then what that means, and the way to a backup), the space
/// used and free, and a warning before it runs out (`Space::running_low`, role=status: said once,
/// not an alert). Nothing is said that the browser did not say: without an estimate, no sizes.
#[component]
fn StorageSpace() -> impl IntoView {
    let lang = use_lang();
    let space = RwSignal::new(None::<Space>);
    spawn_local(async move {
        let found = storage::space().await;
        space.try_set(Some(found));
    });
    let low = move || {
        let free = space.get().filter(Space::running_low)?.free()?;
        Some(view! { <p class="banner warn">{i18n::storage_low(lang.get(), free)}</p> })
    };
    view! {
        <section class="storage-space" aria-labelledby="storage-title">
            <h2 id="storage-title">{text(lang, Fa::StorageTitle)}</h2>
            <div role="status" id="storage-low">{low}</div>
            {move || space.get().map(|s| {
                let l = lang.get();
                let (said, promised) = match s.persistent {
                    Some(true) => (Fa::StoragePersistent, "yes"),
                    Some(false) => (Fa::StorageNotPersistent, "no"),
                    None => (Fa::StoragePersistenceUnknown, "unknown"),
                };
                view! {
                    <p id="storage-persistence" data-persistent=promised>{said.get(l)}</p>
                    {(s.persistent != Some(true)).then(|| view! {
                        <p><a href="#backup">{Fa::MakeBackup.get(l)}</a></p>
                    })}
                    {s.used.zip(s.free()).map(|(used, free)| view! {
                        <p id="storage-used">{i18n::storage_used(l, used, free)}</p>
                    })}
                }
            })}
        </section>
    }
}
