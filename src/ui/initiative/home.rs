//! The first phase's home page (`/initiatives`): what the phase is, with its dates from the call
//! profile's phase data (seed 000: proposals by 5.9.2019, the workshop on 27.9.2019); this
//! browser's initiatives and expressions of interest (title, municipality, whether the checks pass;
//! new, open, remove with undo); the initiatives received from other municipalities as files (each
//! refused file named with the reader's located error); and the way to the ministry's workshop page.

use crate::domain::formats::initiative::read_initiative;
use crate::domain::initiative::model::{RawInitiative, RawInterest};
use crate::domain::initiative::rules::{check_initiative, check_interest, Finding};
use crate::domain::initiative::workshop::Who;
use crate::domain::vocabulary::{call, initiative_phase};
use crate::i18n::initiative::{self as words, I};
use crate::i18n::T;
use crate::storage::initiative::{self as kept, Received, Removed, Shelf};
use crate::storage::SaveError;
use crate::ui::dom::new_uuid;
use crate::ui::files::{read_file, FileDrop};
use crate::ui::form::text;
use crate::ui::initiative::app::HOME;
use crate::ui::initiative::fields::{today, SaveProblem};
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// One draft of this browser as the home page lists it.
#[derive(Debug, Clone, PartialEq)]
struct Listed {
    shelf: Shelf,
    id: String,
    title: Option<String>,
    municipality: String,
    findings: Vec<Finding>,
}

fn listed_initiative(i: RawInitiative) -> Listed {
    let findings = check_initiative(&i, today());
    Listed {
        shelf: Shelf::Initiatives,
        title: Some(i.title.trim().to_string()).filter(|t| !t.is_empty()),
        municipality: i.municipality,
        id: i.id,
        findings,
    }
}

fn listed_interest(x: RawInterest) -> Listed {
    let findings = check_interest(&x, today());
    Listed {
        shelf: Shelf::Interests,
        // An interest is known by what it would join.
        title: Some(
            x.initiatives
                .iter()
                .map(|i| i.title.trim())
                .collect::<Vec<_>>()
                .join(", "),
        )
        .filter(|t| !t.is_empty()),
        municipality: x.municipality,
        id: x.id,
        findings,
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| I::InitiativesTitle.get(l).to_string(), || false);
    let initiatives = RwSignal::new(Vec::new());
    let interests = RwSignal::new(Vec::new());
    let received = RwSignal::new(Vec::new());
    let refresh = move || {
        initiatives.set(
            kept::initiatives()
                .into_iter()
                .map(listed_initiative)
                .collect::<Vec<_>>(),
        );
        interests.set(kept::interests().into_iter().map(listed_interest).collect::<Vec<_>>());
        received.set(kept::received());
    };
    refresh();
    let problem = RwSignal::new(None::<SaveError>);
    let undo = RwSignal::new(None::<Removed>);
    let navigate = use_navigate();
    let create = move |shelf: Shelf| {
        let id = new_uuid();
        let saved = match shelf {
            Shelf::Interests => kept::save_interest(&RawInterest::new(&id)),
            _ => kept::save_initiative(&RawInitiative::new(&id)),
        };
        match saved {
            Ok(()) => {
                let kind = if shelf == Shelf::Interests {
                    "interest"
                } else {
                    "initiative"
                };
                navigate(&format!("{HOME}/{kind}/{id}"), Default::default());
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let create_initiative = {
        let create = create.clone();
        move |_| create(Shelf::Initiatives)
    };
    let create_interest = move |_| create(Shelf::Interests);
    let remove = move |shelf: Shelf, id: String| {
        if let Some(removed) = kept::remove(shelf, &id) {
            undo.set(Some(removed));
            refresh();
            crate::ui::dom::focus_after_render("undo-remove".into());
        }
    };
    let on_undo = move |_| {
        if let Some(removed) = undo.get_untracked() {
            match kept::put_back(&removed) {
                Ok(()) => undo.set(None),
                Err(e) => problem.set(Some(e)),
            }
            refresh();
        }
    };
    let table = move |rows: RwSignal<Vec<Listed>>, empty: I, caption: I| {
        move || {
            let l = lang.get();
            let list = rows.get();
            if list.is_empty() {
                return view! { <p class="empty">{empty.get(l)}</p> }.into_any();
            }
            view! {
                <table class="drafts">
                    <caption class="visually-hidden">{caption.get(l)}</caption>
                    <thead><tr>
                        <th scope="col">{I::ColTitle.get(l)}</th>
                        <th scope="col">{I::FieldMunicipality.get(l)}</th>
                        <th scope="col">{I::ColChecks.get(l)}</th>
                        <th scope="col">{T::ColActions.get(l)}</th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().map(|r| {
                            let kind = if r.shelf == Shelf::Interests { "interest" } else { "initiative" };
                            let title = r.title.clone().unwrap_or_else(|| I::Untitled.get(l).to_string());
                            let errors = r.findings.iter().filter(|f| f.is_error()).count();
                            let (shelf, id) = (r.shelf, r.id.clone());
                            let named = title.clone();
                            view! {
                                <tr>
                                    <th scope="row"><A href=format!("{HOME}/{kind}/{}", r.id)>{title.clone()}</A></th>
                                    <td>{Who::of(&r.municipality).name(l).to_string()}</td>
                                    <td>{words::check_counts(l, errors, r.findings.len() - errors)}</td>
                                    <td>
                                        <button type="button" class="button secondary small" on:click=move |_| remove(shelf, id.clone())>
                                            {T::Remove.get(l)} <span class="visually-hidden">" " {named}</span>
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }
    };
    let opened = RwSignal::new(Vec::<String>::new());
    let on_files = Callback::new(move |list: web_sys::FileList| {
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let mut said = Vec::new();
            for file in files {
                said.push(receive(l, &file).await);
            }
            opened.set(said);
            refresh();
        });
    });
    let dates = initiative_phase::for_call(call::DEFAULT_CALL);
    view! {
        <h1>{text(lang, I::InitiativesTitle)}</h1>
        <p class="lead">{text(lang, I::InitiativesIntro)}</p>
        {dates.map(|p| view! { <p id="phase-dates">{move || words::phase_dates(lang.get(), p.deadline, p.workshop)}</p> })}
        <SaveProblem problem />
        <div role="status" class="undo-notice">
            <Show when=move || undo.with(Option::is_some)>
                <span>{move || {
                    let interest = undo.with(|u| u.as_ref().is_some_and(|r| r.shelf == Shelf::Interests));
                    (if interest { I::InterestRemoved } else { I::InitiativeRemoved }).get(lang.get())
                }}</span> " "
                <button type="button" id="undo-remove" class="button small" on:click=on_undo>{text(lang, T::UndoRemoval)}</button>
            </Show>
        </div>
        <h2 id="own-initiatives">{text(lang, I::OwnInitiatives)}</h2>
        {table(initiatives, I::NoInitiatives, I::OwnInitiatives)}
        <p><button type="button" class="button" id="new-initiative" on:click=create_initiative>{text(lang, I::NewInitiative)}</button></p>
        <h2 id="own-interests">{text(lang, I::OwnInterests)}</h2>
        {table(interests, I::NoInterests, I::OwnInterests)}
        <p><button type="button" class="button" id="new-interest" on:click=create_interest>{text(lang, I::NewInterest)}</button></p>
        <h2 id="received">{text(lang, I::ReceivedTitle)}</h2>
        <p>{text(lang, I::ReceivedIntro)}</p>
        <FileDrop id="received-file" label=I::ChooseInitiativeFile hint=T::DropHint multiple=true on_files />
        <div role="status" id="received-status">
            {move || opened.get().into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
        </div>
        {move || {
            let l = lang.get();
            let list = received.get();
            if list.is_empty() {
                return view! { <p class="empty">{I::NoReceived.get(l)}</p> }.into_any();
            }
            view! {
                <ul id="received-list">
                    {list.into_iter().map(|i| {
                        let title = Some(i.title.trim().to_string()).filter(|t| !t.is_empty())
                            .unwrap_or_else(|| I::Untitled.get(l).to_string());
                        view! { <li>{title} " (" {Who::of(&i.municipality).name(l).to_string()} ")"</li> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>{text(lang, I::WorkshopLink)}</h2>
        <p><A href=format!("{HOME}/workshop")>{text(lang, I::WorkshopLink)}</A></p>
    }
}

/// Reads one received file and keeps its initiative; what happened, in words.
async fn receive(lang: crate::domain::vocabulary::locale::Lang, file: &web_sys::File) -> String {
    let name = file.name();
    let read = match read_file(file).await {
        Ok(bytes) => read_initiative(&bytes, lang),
        Err(e) => Err(e),
    };
    let (initiative, exported_at) = match read {
        Ok(read) => (read.file.initiative, read.file.exported_at),
        Err(e) => return words::file_refused(lang, &name, &e),
    };
    if kept::load_initiative(&initiative.id).is_some() {
        return I::ReceivedOwn.get(lang).to_string();
    }
    let opened = words::file_opened(lang, &initiative);
    match kept::keep_received(&initiative, &exported_at) {
        Ok(Received::New) => opened,
        Ok(Received::Replaced) => format!("{opened} {}", I::ReceivedAlready.get(lang)),
        Ok(Received::OlderLeft) => format!("{opened} {}", I::ReceivedOlderLeft.get(lang)),
        Err(_) => I::SaveFailed.get(lang).to_string(),
    }
}
