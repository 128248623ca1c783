//! The browser shell: Leptos components, thin. Three apps from this one library (ARCHITECTURE.md):
//! the drafter's (`run`, `App`), the files app's (`files_app::run`: the drafts page) and the
//! reviewer's (`reviewer::run`). The drafter's state lives in `store::AppStore`, provided by context;
//! rules and numbers come from `crate::domain`; words from `crate::i18n`; storage from `crate::storage`.

pub mod answers;
pub mod applicants;
pub mod backup;
pub mod budget;
pub mod check;
pub mod checked;
pub mod clarification;
pub mod compare;
pub mod dom;
pub mod drafts;
pub mod export;
pub mod field;
pub mod files;
pub mod files_app;
pub mod follow_up;
pub mod form;
pub mod frame;
pub mod grant;
pub mod initiative;
pub mod language;
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

use crate::i18n::T;
use crate::storage;
use frame::{Frame, NotFound};
use language::Language;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use store::{use_store, AppStore};

/// Opens storage, then mounts the drafter's app on the page's body (the entry point `main` calls).
pub fn run() {
    // Leptos' executor is set up by the mount; until then, wasm-bindgen's runs the opening.
    wasm_bindgen_futures::spawn_local(async {
        let texts = language::prepare();
        let opened = storage::open().await;
        texts.await;
        mount(move || view! { <App opened /> });
    });
}

/// Mounts `app` on the body in place of the static shell that index.html painted while the wasm
/// loaded, in one task.
pub fn mount<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(app);
}

/// The drafter's app, for the draft storage opened (see `storage::open`).
#[component]
pub fn App(opened: storage::Opened) -> impl IntoView {
    let mut start = session::take_up_recovery(&opened.draft, storage::recoveries());
    start.drop.iter().for_each(|key| storage::discard_recovery(key));
    if opened.last_unreadable {
        start.notices.push(session::StartNotice::LastUnreadable);
    }
    if let Some(said) = opened.draft.as_ref().ok().and_then(|d| storage::take_made_from(d.id)) {
        start.notices.insert(0, session::StartNotice::MadeFrom(said));
    }
    let store = AppStore::new(opened.draft, start.draft, start.notices, language::initial_lang());
    provide_context(store);
    provide_context(Language(store.lang));
    // A field's message waits for a click that left the field to land (`dom::after_press`).
    dom::follow_presses();
    session::start(store);
    // An error linked from check your answers (the files app's page) names its field.
    session::arrive_at_field(store);
    if store.unsaved.get_untracked() {
        session::save(store); // the recovered changes
    }
    // Each page sets its own title (`summary::set_title`).
    language::follow_in_document(store.lang);

    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, for `routes::use_page` (every app).
pub fn provide_page() -> Memo<routes::Page> {
    let location = use_location();
    let page = Memo::new(move |_| routes::Page::of(&location.pathname.get()));
    provide_context(page);
    complete_navigations();
    page
}

/// The router writes a navigation into the history (and scrolls to its #fragment) once the routes
/// say the new view is ready; an app's view by `match` is ready as soon as the location has changed.
pub fn complete_navigations() {
    if let Some(browser) = use_context::<BrowserUrl>() {
        let url = browser.as_url().clone();
        Effect::new(move |_| {
            url.track();
            browser.ready_to_complete();
        });
    }
}

/// The page the location names, in the drafter's frame.
#[component]
fn Pages() -> impl IntoView {
    let store = use_store();
    let page = provide_page();
    let links = frame::applicant_links(true);
    let notices = view! {
        <status::SaveProblem />
        <status::TooLarge />
        <status::StartNotices />
    }
    .into_any();
    view! {
        <Frame status=view! { <status::DraftStatus /> }.into_any() notices note=T::AutosaveNote links>
            // Built again when the whole draft is replaced: inputs take their value when created.
            {move || {
                store.generation.track();
                let page = page.get();
                // A partner's draft has one page, the partner's own (the overview shows it): the
                // application's parts and its export are the lead's, whose file a partner could not use.
                let partner = store.draft.with_untracked(|d| d.partner_of.is_some());
                use routes::Page as P;
                let lead_only = matches!(
                    page,
                    P::Export | P::Project | P::Applicants | P::Partners | P::Targets | P::Answers(_)
                        | P::Schedule | P::Budget | P::Risks | P::Monitoring
                );
                page_view(if partner && lead_only { P::Overview } else { page })
            }}
        </Frame>
    }
}

/// A page's view, type-erased once here rather than per route. The drafts page and check your
/// answers are the files app's (`files_app::run`) and the reviewer's pages the reviewer's
/// (`reviewer::run`); served this one, they are not found here.
fn page_view(page: routes::Page) -> AnyView {
    use routes::Page as P;
    match page {
        P::Overview => view! { <overview::Overview /> }.into_any(),
        P::Export => view! { <export::ExportPage /> }.into_any(),
        P::Accessibility => view! { <statement::StatementPage /> }.into_any(),
        P::Project => view! { <project::ProjectPage /> }.into_any(),
        P::Applicants => view! { <applicants::ApplicantsPage /> }.into_any(),
        P::Partners => view! { <partners::PartnersPage /> }.into_any(),
        P::Targets => view! { <targets::TargetsPage /> }.into_any(),
        P::Answers(group) => view! { <answers::AnswersPage group /> }.into_any(),
        P::Schedule => view! { <plan::SchedulePage /> }.into_any(),
        P::Budget => view! { <budget::BudgetPage /> }.into_any(),
        P::Risks => view! { <risks::RisksPage /> }.into_any(),
        P::Monitoring => view! { <plan::MonitoringPage /> }.into_any(),
        P::Drafts
        | P::Review
        | P::Reviewer
        | P::Decision
        | P::DecisionPrint
        | P::Application(_)
        | P::Assessment(_)
        | P::NotFound => view! { <NotFound home="/" home_text=T::OverviewTitle /> }.into_any(),
    }
}
