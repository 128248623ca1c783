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
pub mod list;
pub mod overview;
pub mod partner;
pub mod partners;
pub mod plan;
pub mod project;
pub mod reviewer;
pub mod risks;
pub mod session;
pub mod statement;
pub mod status;
pub mod store;
pub mod summary;
pub mod targets;
pub mod writes;

use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::questions::QuestionGroup;
use crate::i18n::T;
use crate::storage;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router, A};
use leptos_router::path;
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
            <Shell>
                // Built again when the whole draft is replaced: inputs take their value when created.
                {move || {
                store.generation.track();
                view! {
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/drafts") view=drafts::DraftsPage />
                    <Route path=path!("/export") view=export::ExportPage />
                    <Route path=path!("/accessibility") view=statement::StatementPage />
                    <Route path=path!("/reviewer") view=reviewer::list::ReviewerPage />
                    <Route path=path!("/reviewer/decision") view=reviewer::decision::DecisionPage />
                    <Route path=path!("/reviewer/decision/print") view=reviewer::decision::PrintPage />
                    <Route path=path!("/reviewer/:fp") view=reviewer::application::ApplicationView />
                    <Route path=path!("/reviewer/:fp/assessment") view=reviewer::application::AssessmentPage />
                    <Route path=path!("/") view=overview::Overview />
                    <Route path=path!("/review") view=check::CheckAnswersPage />
                    <Route path=path!("/project") view=project::ProjectPage />
                    <Route path=path!("/applicants") view=applicants::ApplicantsPage />
                    <Route path=path!("/partners") view=partners::PartnersPage />
                    <Route path=path!("/targets") view=targets::TargetsPage />
                    <Route path=path!("/state-and-goals") view=|| view! { <answers::AnswersPage group=QuestionGroup::StateAndGoals /> } />
                    <Route path=path!("/impact") view=|| view! { <answers::AnswersPage group=QuestionGroup::Impact /> } />
                    <Route path=path!("/prior-work") view=|| view! { <answers::AnswersPage group=QuestionGroup::PriorWork /> } />
                    <Route path=path!("/commitments") view=|| view! { <answers::AnswersPage group=QuestionGroup::Commitments /> } />
                    <Route path=path!("/schedule") view=plan::SchedulePage />
                    <Route path=path!("/budget") view=budget::BudgetPage />
                    <Route path=path!("/risks") view=risks::RisksPage />
                    <Route path=path!("/monitoring") view=plan::MonitoringPage />
                </FlatRoutes>
                }
                }}
            </Shell>
        </Router>
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
