//! The files app, a bundle of its own (`files.html`, the `hakemus-files` binary): the drafts page
//! (`/drafts`: the drafts of this browser, import, the comparison of two files, the storage the
//! browser gives them) and check your answers (`/review`). The drafter's first load does not carry
//! them (ARCHITECTURE.md, "Three apps"); and the lead's answer to a request for further clarification
//! (`/clarification`, `ui::clarification`).
//!
//! It has no draft store: its pages read and write the stored drafts through `storage`, and the
//! draft being edited is the drafter's. Opening or creating a draft here makes it this tab's
//! (`storage::set_current`) and loads the drafter's app, which opens it at start; check your
//! answers reads the tab's draft as the drafter would open it. The links to the drafter's pages
//! are page loads, as the drafter's links here are.

use crate::domain::draft::RawDraft;
use crate::domain::rules::analysis::analyse;
use crate::i18n::files_app::Fa;
use crate::i18n::{self, T};
use crate::storage::{self, SaveError};
use crate::ui::check::CheckAnswersPage;
use crate::ui::clarification::ClarificationPage;
use crate::ui::drafts::DraftsPage;
use crate::ui::form::text;
use crate::ui::frame::{applicant_links, Frame, NotFound};
use crate::ui::language::{self, use_lang};
use crate::ui::routes::Page;
use crate::ui::session;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;
use leptos_router::components::Router;

/// Mounts the files app on the page's body (the entry point its `main` calls), once the drafts'
/// database is open and the drafts of versions before it are moved over (`storage::prepare`). Its
/// drafts page opens the first phase's files (`ui::initiative::open`) and requests for further
/// clarification, whose words it installs.
pub fn run() {
    language::install_tables(&i18n::WITH_FILES_APP_TABLES);
    wasm_bindgen_futures::spawn_local(async {
        let texts = language::prepare();
        // Where storage cannot be opened, the page says so when it lists nothing and a write fails.
        let _ = storage::prepare().await;
        texts.await;
        crate::ui::mount(FilesApp);
    });
}

/// The files app.
#[component]
pub fn FilesApp() -> impl IntoView {
    language::provide();
    // A field's message waits for a click that left the field to land (`dom::after_press`).
    crate::ui::dom::follow_presses();
    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, in the files app's frame.
#[component]
fn Pages() -> impl IntoView {
    let page = crate::ui::provide_page();
    // A link from the drafter to a place on the page (`/drafts#import`) is a page load: the page
    // is built after the browser looked for the place, so it is brought into view here.
    crate::ui::dom::reveal_hash();
    let links = applicant_links(false);
    let lang = use_lang();
    // `/clarification` is this app's alone: the drafter's routes (`ui::routes`) do not name it, so
    // that its bundle does not grow; every load of it is a page load.
    let clarification = window()
        .location()
        .pathname()
        .is_ok_and(|p| p.trim_end_matches('/') == "/clarification");
    // Back to the application, and on to the grant's pages (after the decision: a bundle of their
    // own), in this app's words: the footer's are the drafter's, shared by every app.
    let status = view! {
        <p class="draft-status">
            <a href="/" rel="external">{text(lang, Fa::BackToApplication)}</a>
            " · "
            <a href="/grant" rel="external">{text(lang, Fa::GrantsLink)}</a>
        </p>
    };
    view! {
        <Frame status=status.into_any() notices=().into_any() note=T::AutosaveNote links>
            {move || match page.get() {
                _ if clarification => view! { <ClarificationPage /> }.into_any(),
                Page::Drafts => view! { <DraftsPage /> }.into_any(),
                Page::Review => view! { <ReviewPage /> }.into_any(),
                _ => view! { <NotFound home="/drafts" home_text=T::DraftsTitle /> }.into_any(),
            }}
        </Frame>
    }
}

/// Check your answers on the tab's draft as the drafter would open it at start: the stored one, or
/// the unsaved version kept when the drafter's page was left while a save failed (its own rule,
/// `session::take_up_recovery`); read again when another tab writes it. Nothing is shown before it
/// is read.
#[component]
fn ReviewPage() -> impl IntoView {
    let draft = RwSignal::new(RawDraft::default());
    let analysis = Memo::new(move |_| draft.with(analyse));
    let read = RwSignal::new(false);
    // The tab's draft is not there to check: deleted (in another tab), or storage cannot be read.
    let missing = RwSignal::new(false);
    let current = storage::current();
    let load = move || {
        leptos::task::spawn_local(async move {
            let stored = match current {
                Some(id) => storage::load(id).await.ok_or(SaveError::Unavailable),
                None => Err(SaveError::Unavailable),
            };
            let taken = session::take_up_recovery(&stored, storage::recoveries());
            let shown = match (taken.draft, stored) {
                (Some((unsaved, _)), _) => Some(unsaved),
                (None, Ok(loaded)) => Some(loaded.draft),
                (None, Err(_)) => None,
            };
            // A tab with no draft yet checks an empty one, as the drafter would start one; a tab
            // whose draft is gone is told so.
            missing.try_set(shown.is_none() && current.is_some());
            draft.try_set(shown.unwrap_or_default());
            if read.try_get_untracked() == Some(false) {
                read.set(true);
            }
        })
    };
    load();
    session::on_other_tabs(move |id, _| {
        if Some(id) == current {
            load();
        }
    });
    move || {
        read.get().then(|| {
            // A partner returns its part from its own page; the whole application, and checking it
            // before it is sent, are the lead's.
            if missing.get() {
                view! { <NoDraftHere /> }.into_any()
            } else if draft.with(|d| d.partner_of.is_some()) {
                view! { <PartnerDraftHere /> }.into_any()
            } else {
                view! { <CheckAnswersPage draft analysis /> }.into_any()
            }
        })
    }
}

/// What check your answers says when the tab has no draft to check (an empty form would read as a
/// draft that lost everything typed into it).
#[component]
fn NoDraftHere() -> impl IntoView {
    let lang = use_lang();
    plain_page_title(T::ReviewTitle);
    view! {
        <h1>{text(lang, T::ReviewTitle)}</h1>
        <p id="no-draft-here">{text(lang, Fa::NoDraftHere)}</p>
        <p><a href="/drafts">{text(lang, T::DraftsTitle)}</a></p>
    }
}

/// What check your answers says in a partner's draft: where the partner's part is returned from.
#[component]
fn PartnerDraftHere() -> impl IntoView {
    let lang = use_lang();
    plain_page_title(T::ReviewTitle);
    view! {
        <h1>{text(lang, T::ReviewTitle)}</h1>
        <p id="partner-draft-here">{text(lang, Fa::PartnerDraftNoReview)}</p>
        <p><a href="/#return-title" rel="external">{text(lang, T::PartReturn)}</a></p>
    }
}
