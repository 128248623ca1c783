//! The grant's home page (`/grant`): opening the decision — the lead chooses (or drops) the
//! application file and the ministry's decision file; each is read with its strict reader as it
//! is chosen, and the two make a granted project (`formats::grant::granted_project`) or are
//! refused with the reason, next to the files and in the error summary — and this browser's granted
//! projects (name, lead, grant, open; removed with undo).

use crate::domain::draft::RawApplicant;
use crate::domain::formats::application::{self, Imported};
use crate::domain::formats::decision::DecisionFile;
use crate::domain::formats::grant::{granted_project, read_decision};
use crate::domain::formats::grant_partner::{format_of, LEDGER_REQUEST_FORMAT};
use crate::domain::formats::reader::ImportError;
use crate::domain::grant::model::LedgerPartnerOf;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::grant::{self as words, G};
use crate::i18n::grant_partners::Gp;
use crate::i18n::{self, T};
use crate::storage::grant::{self as kept, Listed, Removed};
use crate::ui::applicants::applicant_label;
use crate::ui::dom::{focus_after_render, focus_now, new_uuid};
use crate::ui::field::message_line;
use crate::ui::files::{read_file, FileDrop};
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::partner_copy::{copy_of_request, keep_copy};
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// A file chosen: its name, and what its reader made of it.
#[derive(Debug, Clone, PartialEq)]
struct Chosen<T> {
    name: String,
    read: Result<T, ImportError>,
}

/// The ids of the two file inputs (the error summary's links move focus to them).
pub const APPLICATION_INPUT: &str = "grant-application-file";
pub const DECISION_INPUT: &str = "grant-decision-file";

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| G::GrantsTitle.get(l).to_string(), || false);
    view! {
        <h1>{text(lang, G::GrantsTitle)}</h1>
        <p class="lead">{text(lang, G::GrantsIntro)}</p>
        <OpenDecision />
        <GrantList />
    }
}

/// The first file of a list, read. Taken from the list at once: the input is emptied after its
/// change event (so that the same file can be chosen again), and its list with it.
fn first_bytes(
    files: web_sys::FileList,
) -> impl std::future::Future<Output = Option<(String, Result<Vec<u8>, ImportError>)>> {
    let file = files.get(0);
    async move {
        let file = file?;
        Some((file.name(), read_file(&file).await))
    }
}

#[component]
fn OpenDecision() -> impl IntoView {
    let lang = use_lang();
    let app = RwSignal::new(None::<Chosen<Imported>>);
    let decision = RwSignal::new(None::<Chosen<DecisionFile>>);
    // What the last try to open said: the problems (each with the input it is about), or nothing.
    let problems = RwSignal::new(Vec::<(&'static str, String)>::new());
    let asked = RwSignal::new(false);
    let navigate = use_navigate();
    let forget = move |input: &'static str| {
        problems.try_update(|p| p.retain(|(i, _)| *i != input));
    };
    // A partner's request for entries, chosen in either input, opens the partner's copy.
    let opened_request = {
        let navigate = navigate.clone();
        move |input: &'static str, bytes: &Result<Vec<u8>, ImportError>| -> bool {
            let Some(bytes) = bytes
                .as_ref()
                .ok()
                .filter(|b| format_of(b) == Some(LEDGER_REQUEST_FORMAT))
            else {
                return false;
            };
            let l = lang.get_untracked();
            let copy = copy_of_request(bytes, l);
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                let message = match copy {
                    Ok(grant) => match keep_copy(grant).await {
                        Ok(id) => {
                            navigate(&ProjectPage::Overview.path(&id), Default::default());
                            return;
                        }
                        Err(_) => G::SaveFailed.get(l).to_string(),
                    },
                    Err(e) => i18n::import_error(l, &e),
                };
                problems.try_set(vec![(input, message)]);
                asked.try_set(true);
                focus_after_render(SUMMARY_ID.into());
            });
            true
        }
    };
    let on_app = Callback::new({
        let opened_request = opened_request.clone();
        move |files: web_sys::FileList| {
            let reading = first_bytes(files);
            let opened_request = opened_request.clone();
            leptos::task::spawn_local(async move {
                if let Some((name, bytes)) = reading.await {
                    if opened_request(APPLICATION_INPUT, &bytes) {
                        return;
                    }
                    let read = bytes.and_then(|b| application::import(&b, lang.get_untracked()));
                    app.try_set(Some(Chosen { name, read }));
                    // What the last try said of the file this one replaces is no longer true of it.
                    forget(APPLICATION_INPUT);
                    asked.try_set(false);
                }
            })
        }
    });
    let on_decision = Callback::new(move |files: web_sys::FileList| {
        let reading = first_bytes(files);
        let opened_request = opened_request.clone();
        leptos::task::spawn_local(async move {
            if let Some((name, bytes)) = reading.await {
                if opened_request(DECISION_INPUT, &bytes) {
                    return;
                }
                let read = bytes.and_then(|b| read_decision(&b));
                decision.try_set(Some(Chosen { name, read }));
                // What the last try said of the file this one replaces is no longer true of it.
                forget(DECISION_INPUT);
                asked.try_set(false);
            }
        })
    });
    let open = move |_| {
        let l = lang.get_untracked();
        let mut found = Vec::new();
        let file_error = |e: &ImportError| i18n::import_error(l, e);
        let a = app.get_untracked();
        let d = decision.get_untracked();
        match &a {
            None => found.push((APPLICATION_INPUT, G::ChooseBoth.get(l).to_string())),
            Some(Chosen { read: Err(e), .. }) => found.push((APPLICATION_INPUT, file_error(e))),
            _ => {}
        }
        match &d {
            None => found.push((DECISION_INPUT, G::ChooseBoth.get(l).to_string())),
            Some(Chosen { read: Err(e), .. }) => found.push((DECISION_INPUT, file_error(e))),
            _ => {}
        }
        if let (Some(Chosen { read: Ok(a), .. }), Some(Chosen { read: Ok(d), .. })) = (&a, &d) {
            match granted_project(a, d, new_uuid()) {
                Ok(grant) => {
                    let navigate = navigate.clone();
                    leptos::task::spawn_local(async move {
                        match kept::create(grant).await {
                            Ok(stored) => navigate(&ProjectPage::Overview.path(&stored.grant.id), Default::default()),
                            Err(_) => {
                                problems.try_set(vec![(DECISION_INPUT, G::SaveFailed.get(l).to_string())]);
                                asked.try_set(true);
                                focus_after_render(SUMMARY_ID.into());
                            }
                        }
                    });
                    return;
                }
                Err(r) => found.push((
                    DECISION_INPUT,
                    format!("{} {}", G::NotOpened.get(l), words::refusal(l, &r)),
                )),
            }
        }
        problems.set(found);
        asked.set(true);
        focus_after_render(SUMMARY_ID.into());
    };
    let here = move |input: &'static str| {
        Memo::new(move |_| {
            problems.with(|p| {
                p.iter()
                    .filter(|(i, _)| *i == input)
                    .map(|(_, m)| m.clone())
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section aria-labelledby="open-title" class="open-decision">
            <h2 id="open-title">{text(lang, G::OpenTitle)}</h2>
            <p>{text(lang, G::OpenIntro)}</p>
            <Show when=move || asked.get() && !problems.with(Vec::is_empty)>
                <div id=SUMMARY_ID class="error-summary" tabindex="-1" role="alert">
                    <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                    <ul>
                        {move || {
                            problems
                                .get()
                                .into_iter()
                                .map(|(input, message)| {
                                    view! {
                                        <li>
                                            <a href=format!("#{input}") on:click=move |ev| { ev.prevent_default(); focus_now(input); }>
                                                {message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <ChosenFile id=APPLICATION_INPUT label=G::ApplicationFile name=Signal::derive(move || app.with(|c| c.as_ref().map(|c| c.name.clone()))) problems=here(APPLICATION_INPUT) on_files=on_app />
            <ChosenFile id=DECISION_INPUT label=G::DecisionFile name=Signal::derive(move || decision.with(|c| c.as_ref().map(|c| c.name.clone()))) problems=here(DECISION_INPUT) on_files=on_decision />
            <button type="button" id="open-grant" class="button" on:click=open>{text(lang, G::OpenButton)}</button>
        </section>
    }
}

/// The error summary's id (the page's one).
const SUMMARY_ID: &str = "error-summary";

/// A file input with the name of the file chosen and what is wrong with it, next to it.
#[component]
fn ChosenFile(
    id: &'static str,
    label: G,
    name: Signal<Option<String>>,
    problems: Memo<Vec<String>>,
    on_files: Callback<web_sys::FileList>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="field">
            <FileDrop id=id label hint=T::DropHint described_by=format!("{id}-chosen {id}-msg") on_files />
            <p class="chosen-file" id=format!("{id}-chosen")>
                {move || name.get().map(|n| format!("{} {n}", G::FileChosen.get(lang.get())))}
            </p>
            <div id=format!("{id}-msg")>
                {move || {
                    let l = lang.get();
                    problems.get().into_iter().map(|m| message_line(l, Severity::Error, m, None::<()>)).collect_view()
                }}
            </div>
        </div>
    }
}

/// A project as the list shows it.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: String,
    name: String,
    lead: RawApplicant,
    amount: String,
    /// A partner's copy: the request it answers.
    partner_of: Option<LedgerPartnerOf>,
}

fn row(s: &kept::Stored) -> Row {
    let g = &s.grant;
    Row {
        id: g.id.clone(),
        name: match &g.partner_of {
            Some(of) => of.project_name.clone(),
            None => g.application.project.name().to_string(),
        },
        lead: g.application.applicants.first().cloned().unwrap_or_default(),
        amount: g.granted.amount.clone(),
        partner_of: g.partner_of.clone(),
    }
}

#[component]
fn GrantList() -> impl IntoView {
    let lang = use_lang();
    let rows = RwSignal::new(Vec::<Row>::new());
    let unreadable = RwSignal::new(0usize);
    let removed = RwSignal::new(None::<Removed>);
    let refresh = move || {
        leptos::task::spawn_local(async move {
            let listed = kept::list().await;
            unreadable.try_set(listed.iter().filter(|l| matches!(l, Listed::Unreadable(_))).count());
            rows.try_set(
                listed
                    .iter()
                    .filter_map(|l| match l {
                        Listed::Readable(s) => Some(row(s)),
                        Listed::Unreadable(_) => None,
                    })
                    .collect(),
            );
        })
    };
    refresh();
    let remove = move |id: String| {
        leptos::task::spawn_local(async move {
            // A project left a moment ago may still be writing what was typed last: removed
            // before that lands, the write would put it back.
            crate::ui::grant::state::left_written(&id).await;
            if let Some(r) = kept::remove(&id).await {
                removed.try_set(Some(r));
                refresh();
                focus_after_render(UNDO_ID.into());
            }
        })
    };
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            leptos::task::spawn_local(async move {
                if kept::restore(&r).await.is_ok() {
                    removed.try_set(None);
                    refresh();
                    focus_after_render(format!("open-{}", r.id));
                }
            })
        }
    };
    let amount = move |l: Lang, a: &str| words::at_most(l, a);
    view! {
        <section class="grants-list">
            <h2 id="grants-list-title">{text(lang, G::ListTitle)}</h2>
            <div role="status" class="undo-notice">
                <Show when=move || removed.with(Option::is_some)>
                    <span>{text(lang, G::ProjectRemoved)}</span> " "
                    <button type="button" id=UNDO_ID class="button small" on:click=undo>{text(lang, T::UndoRemoval)}</button>
                </Show>
            </div>
            <Show when=move || { unreadable.get() > 0 }>
                <p class="banner warn">{text(lang, G::Unreadable)}</p>
            </Show>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="empty">{text(lang, G::NoGrants)}</p> }>
                <div class="table-scroll" role="region" aria-labelledby="grants-list-title" tabindex="0">
                    <table class="grants">
                        <thead>
                            <tr>
                                <th scope="col">{text(lang, G::ColProject)}</th>
                                <th scope="col">{text(lang, G::ColLead)}</th>
                                <th scope="col" class="num">{text(lang, G::ColGrant)}</th>
                                <th scope="col">{text(lang, T::ColActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| r.id.clone() let:r>
                                {
                                    let Row { id, name, lead, amount: a, partner_of } = r;
                                    let copy = partner_of.clone();
                                    let shown_name = if name.is_empty() { None } else { Some(name.clone()) };
                                    let remove_id = id.clone();
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <A href=ProjectPage::Overview.path(&id) attr:id=format!("open-{id}")>
                                                    {move || shown_name.clone().unwrap_or_else(|| G::Untitled.get(lang.get()).to_string())}
                                                </A>
                                            </th>
                                            <td>{move || match &partner_of {
                                                Some(of) => of.lead_name.clone(),
                                                None => applicant_label(&lead, 0, lang.get()),
                                            }}</td>
                                            <td class="num">{move || match &copy {
                                                Some(of) => format!("{}: {}", Gp::PartnerCopy.get(lang.get()), of.partner_name),
                                                None => amount(lang.get(), &a),
                                            }}</td>
                                            <td>
                                                <button type="button" class="button small secondary" on:click=move |_| remove(remove_id.clone())>
                                                    {text(lang, G::RemoveProject)}
                                                    <span class="visually-hidden">" " {name.clone()}</span>
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

const UNDO_ID: &str = "undo-remove";
