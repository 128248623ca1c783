//! The ministry reviewer's app, a bundle of its own (`reviewer.html`, the `hakemus-reviewer` binary):
//! the list of opened applications with the summary table (`/reviewer`), one application read only
//! and its assessment (`/reviewer/:fp`, `/reviewer/:fp/assessment`), the funding proposal and the
//! printable decision (`/reviewer/decision`, `/reviewer/decision/print`), the second decision on
//! the applications the first deferred and its print (`/reviewer/second-decision`,
//! `/reviewer/second-decision/print`), further clarification's pages, and the state they share
//! for the tab's life. It has no draft store: the language is its own signal (`Language`), and links
//! to the drafter's pages load that app.
pub mod application;
pub mod clarification;
pub mod decision;
pub mod list;
pub mod state;

use crate::i18n::reviewer_app::Ra;
use crate::i18n::T;
use crate::storage::DecisionKey;
use crate::ui::frame::{FooterLink, Frame, NotFound};
use crate::ui::language;
use crate::ui::routes::Page;
use leptos::prelude::*;
use leptos_router::components::Router;

/// Mounts the reviewer's app on the page's body (the entry point the reviewer's `main` calls).
pub fn run() {
    language::install_tables(&crate::i18n::WITH_REVIEWER_APP_TABLES);
    wasm_bindgen_futures::spawn_local(async {
        language::prepare().await;
        crate::ui::mount(ReviewerApp);
    });
}

/// The reviewer's app.
#[component]
pub fn ReviewerApp() -> impl IntoView {
    language::provide();
    provide_context(state::ReviewerState::new());
    // The first decision's proposal and the second's (on the deferred), each under its own key.
    provide_context(decision::Proposals::new());
    provide_context(clarification::ClarificationState::start());
    // A field's message waits for a click that left the field to land (`dom::after_press`).
    crate::ui::dom::follow_presses();
    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, in the reviewer's frame.
#[component]
fn Pages() -> impl IntoView {
    let page = crate::ui::provide_page();
    // Further clarification's pages are named apart (`clarification::ClPage`).
    let location = leptos_router::hooks::use_location();
    let cl_page = Memo::new(move |_| clarification::ClPage::of(&location.pathname.get()));
    let second = Memo::new(move |_| SecondPage::of(&location.pathname.get()));
    let links = vec![
        FooterLink {
            href: "/",
            text: T::DrafterLink,
            other_app: true,
        },
        FooterLink {
            href: "/accessibility",
            text: T::StatementLink,
            other_app: true,
        },
    ];
    // On to the ministry's follow-up of the grants after the decision (`/follow-up`, a bundle of its
    // own), in the reviewer's words: the footer's are the drafter's, shared by every app.
    let lang = language::use_lang();
    let status = view! {
        <p class="draft-status">
            <a href="/follow-up" rel="external" id="follow-up-link">{crate::ui::form::text(lang, Ra::FollowUpLink)}</a>
        </p>
    };
    view! {
        <Frame status=status.into_any() notices=().into_any() note=T::ReviewsAutosaveNote links>
            {move || match (cl_page.get(), second.get()) {
                (Some(p), _) => clarification::page_view(p),
                (None, Some(p)) => p.view(),
                (None, None) => page_view(page.get()),
            }}
        </Frame>
    }
}

/// A page of the second decision, on the applications the first deferred (docs/rules.md §12.1.8),
/// as its path names it. Named here and not in `ui::routes`, as further clarification's pages are
/// (`clarification::ClPage`): `ui::routes` is in the drafter's bundle, which never shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SecondPage {
    /// `/reviewer/second-decision`: its proposal.
    Proposal,
    /// `/reviewer/second-decision/print`: the decision printed.
    Print,
}

impl SecondPage {
    /// The second decision's page at `path` (a trailing slash is the same page), if it names one.
    fn of(path: &str) -> Option<SecondPage> {
        match path.strip_suffix('/').unwrap_or(path) {
            "/reviewer/second-decision" => Some(SecondPage::Proposal),
            "/reviewer/second-decision/print" => Some(SecondPage::Print),
            _ => None,
        }
    }

    /// The page's view: the first decision's pages, for the second's proposal.
    fn view(self) -> AnyView {
        match self {
            SecondPage::Proposal => view! { <decision::DecisionPage which=DecisionKey::Second /> }.into_any(),
            SecondPage::Print => view! { <decision::PrintPage which=DecisionKey::Second /> }.into_any(),
        }
    }
}

/// A reviewer's page; the drafter's pages are another app's.
fn page_view(page: Page) -> AnyView {
    match page {
        Page::Reviewer => view! { <list::ReviewerPage /> }.into_any(),
        Page::Decision => view! { <decision::DecisionPage which=DecisionKey::First /> }.into_any(),
        Page::DecisionPrint => view! { <decision::PrintPage which=DecisionKey::First /> }.into_any(),
        Page::Application(_) => view! { <application::ApplicationView /> }.into_any(),
        Page::Assessment(_) => view! { <application::AssessmentPage /> }.into_any(),
        _ => view! { <NotFound home="/reviewer" home_text=T::ReviewerTitle /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_decisions_paths_name_its_pages_and_nothing_else() {
        assert_eq!(SecondPage::of("/reviewer/second-decision"), Some(SecondPage::Proposal));
        assert_eq!(SecondPage::of("/reviewer/second-decision/"), Some(SecondPage::Proposal));
        assert_eq!(
            SecondPage::of("/reviewer/second-decision/print"),
            Some(SecondPage::Print)
        );
        assert_eq!(
            SecondPage::of("/reviewer/second-decision/print/"),
            Some(SecondPage::Print)
        );
        for other in [
            "/reviewer",
            "/reviewer/decision",
            "/reviewer/decision/print",
            "/reviewer/second-decision/other",
            "/reviewer/second-decisions",
            "/second-decision",
        ] {
            assert_eq!(SecondPage::of(other), None, "{other}");
        }
    }
}
