//! The browser shell: Leptos components, thin. State lives in `store::AppStore`, provided by context;
//! rules and numbers come from `crate::domain`; words from `crate::i18n`; storage from `crate::storage`.

pub mod answers;
pub mod applicants;
pub mod budget;
pub mod check;
pub mod compare;
pub mod dom;
pub mod drafts;
pub mod export;
pub mod field;
pub mod files;
pub mod form;
pub mod line_window;
pub mod list;
pub mod overview;
pub mod partner;
pub mod partners;
pub mod plan;
pub mod project;
pub mod reviewer;
pub mod risks;
pub mod routes;
pub mod session;
pub mod statement;
pub mod status;
pub mod store;
pub mod summary;
pub mod targets;
pub mod writes;

use crate::domain::vocabulary::locale::Lang;
use crate::i18n::T;
use crate::storage;
use leptos::prelude::*;
use leptos_router::components::{Router, A};
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use store::{use_store, AppStore};

/// The language to start in: the one chosen before, else the browser's preference, else Finnish.
fn initial_lang() -> Lang {
    storage::load_lang()
        .or_else(|| {
            let languages = window().navigator().languages();
            languages
                .iter()
                .filter_map(|l| l.as_string())
                .find_map(|l: String| Lang::from_tag(&l))
        })
        .unwrap_or_default()
}

/// Opens storage, then mounts the app on the page's body (the entry point `main` calls).
pub fn run() {
    // Leptos' executor is set up by the mount; until then, wasm-bindgen's runs the opening.
    wasm_bindgen_futures::spawn_local(async {
        let opened = storage::open().await;
        // The static shell index.html painted while the wasm loaded gives way to the app, in one task.
        if let Some(shell) = document().get_element_by_id("shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(move || view! { <App opened /> });
    });
}

/// The whole app, for the draft storage opened (see `storage::open`).
#[component]
pub fn App(opened: storage::Opened) -> impl IntoView {
    let mut start = session::take_up_recovery(&opened.draft, storage::recoveries());
    start.drop.iter().for_each(|key| storage::discard_recovery(key));
    if opened.last_unreadable {
        start.notices.push(session::StartNotice::LastUnreadable);
    }
    let store = AppStore::new(opened.draft, start.draft, start.notices, initial_lang());
    provide_context(store);
    provide_context(reviewer::state::ReviewerState::new());
    provide_context(reviewer::decision::ProposalState::new());
    session::start(store);
    if store.unsaved.get_untracked() {
        session::save(store); // the recovered changes
    }

    // <html lang> follows the language. Each page sets its own title (`summary::set_title`).
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", store.lang.get().code());
        }
    });

    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, in the shell.
#[component]
fn Pages() -> impl IntoView {
    let store = use_store();
    let location = use_location();
    let page = Memo::new(move |_| routes::Page::of(&location.pathname.get()));
    provide_context(page);
    // The router writes a navigation into the history (and scrolls to its #fragment) once the
    // routes say the new view is ready; this view is ready as soon as the location has changed.
    if let Some(browser) = use_context::<BrowserUrl>() {
        let url = browser.as_url().clone();
        Effect::new(move |_| {
            url.track();
            browser.ready_to_complete();
        });
    }
    view! {
        <Shell>
            // Built again when the whole draft is replaced: inputs take their value when created.
            {move || {
                store.generation.track();
                page_view(page.get())
            }}
        </Shell>
    }
}

/// A page's view, type-erased once here rather than per route.
fn page_view(page: routes::Page) -> AnyView {
    use routes::Page as P;
    match page {
        P::Overview => view! { <overview::Overview /> }.into_any(),
        P::Drafts => view! { <drafts::DraftsPage /> }.into_any(),
        P::Export => view! { <export::ExportPage /> }.into_any(),
        P::Accessibility => view! { <statement::StatementPage /> }.into_any(),
        P::Review => view! { <check::CheckAnswersPage /> }.into_any(),
        P::Project => view! { <project::ProjectPage /> }.into_any(),
        P::Applicants => view! { <applicants::ApplicantsPage /> }.into_any(),
        P::Partners => view! { <partners::PartnersPage /> }.into_any(),
        P::Targets => view! { <targets::TargetsPage /> }.into_any(),
        P::Answers(group) => view! { <answers::AnswersPage group /> }.into_any(),
        P::Schedule => view! { <plan::SchedulePage /> }.into_any(),
        P::Budget => view! { <budget::BudgetPage /> }.into_any(),
        P::Risks => view! { <risks::RisksPage /> }.into_any(),
        P::Monitoring => view! { <plan::MonitoringPage /> }.into_any(),
        P::Reviewer => view! { <reviewer::list::ReviewerPage /> }.into_any(),
        P::Decision => view! { <reviewer::decision::DecisionPage /> }.into_any(),
        P::DecisionPrint => view! { <reviewer::decision::PrintPage /> }.into_any(),
        P::Application(_) => view! { <reviewer::application::ApplicationView /> }.into_any(),
        P::Assessment(_) => view! { <reviewer::application::AssessmentPage /> }.into_any(),
        P::NotFound => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn Shell(children: Children) -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    view! {
        <a class="skip-link" href="#main">{move || t(T::SkipToContent)}</a>
        <header class="site-header">
            <div class="container header-row">
                <div>
                    <p class="app-name">{move || t(T::AppName)}</p>
                    <p class="tagline">{move || t(T::AppTagline)}</p>
                </div>
                <LangSwitch />
            </div>
            <div class="container">
                <status::DraftStatus />
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">
            <status::SaveProblem />
            <status::StartNotices />
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{move || t(T::AutosaveNote)}</p>
                <ul class="footer-links">
                    <li><A href="/reviewer">{move || t(T::ReviewerTitle)}</A></li>
                    <li><A href="/accessibility">{move || t(T::StatementLink)}</A></li>
                </ul>
            </div>
        </footer>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="lang-switch">
            <label for="lang">{move || T::LanguageLabel.get(store.lang.get())}</label>
            <select
                id="lang"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        store.lang.set(lang);
                        storage::save_lang(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || store.lang.get() == l>
                                {T::LanguageName.get(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let store = use_store();
    summary::plain_page_title(T::PageNotFound);
    let t = move |text: T| text.get(store.lang.get());
    view! {
        <h1>{move || t(T::PageNotFound)}</h1>
        <p><A href="/">{move || t(T::OverviewTitle)}</A></p>
    }
}
