//! The first phase's app: mounts the pages in the shared frame and language switch. Its words are
//! table `I` (`i18n::initiative`), installed beside the others' tables for Swedish and English
//! (`language::install_tables`); the other apps never install it.

use crate::i18n::files_app::Fa;
use crate::i18n::initiative::I;
use crate::i18n::{self, T};
use crate::ui::form::text;
use crate::ui::frame::{applicant_links, Frame, NotFound};
use crate::ui::initiative::home::HomePage;
use crate::ui::initiative::initiative_form::InitiativePage;
use crate::ui::initiative::interest_form::InterestPage;
use crate::ui::initiative::workshop;
use crate::ui::language::{self, use_lang};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

/// The app's home page.
pub const HOME: &str = "/initiatives";

/// A page of the first phase's app, as its path names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/initiatives`: what the phase is, this browser's drafts, the initiatives received.
    Home,
    /// `/initiatives/initiative/<id>`: an initiative of this browser.
    Initiative(String),
    /// `/initiatives/interest/<id>`: an expression of interest of this browser.
    Interest(String),
    /// `/initiatives/workshop`: the ministry's table of initiatives (`workshop::WorkshopPage`).
    Workshop,
    /// `/initiatives/workshop/print`: the printable workshop list (`workshop::WorkshopPrintPage`).
    WorkshopPrint,
    NotFound,
}

impl Page {
    /// The page at `path` (a trailing slash is the same page).
    pub fn of(path: &str) -> Page {
        let path = path.strip_suffix('/').unwrap_or(path);
        let Some(rest) = path.strip_prefix(HOME) else {
            return Page::NotFound;
        };
        match rest.split('/').collect::<Vec<_>>().as_slice() {
            [""] => Page::Home,
            ["", "workshop"] => Page::Workshop,
            ["", "workshop", "print"] => Page::WorkshopPrint,
            ["", "initiative", id] if !id.is_empty() => Page::Initiative(id.to_string()),
            ["", "interest", id] if !id.is_empty() => Page::Interest(id.to_string()),
            _ => Page::NotFound,
        }
    }
}

/// Mounts the app on the page's body (the entry point its `main` calls), once the preferred
/// language's texts, with the phase's table, are installed.
pub fn run() {
    language::install_tables(&i18n::WITH_INITIATIVE_TABLES);
    wasm_bindgen_futures::spawn_local(async {
        language::prepare().await;
        crate::ui::mount(InitiativesApp);
    });
}

/// The first phase's app.
#[component]
pub fn InitiativesApp() -> impl IntoView {
    language::provide();
    // A field's message waits for a click that left the field to land (`dom::after_press`).
    crate::ui::dom::follow_presses();
    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, in the app's frame.
#[component]
fn Pages() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| Page::of(&location.pathname.get()));
    crate::ui::complete_navigations();
    // The workshop's state outlives its pages, so that its page and its printed list share it.
    workshop::state::provide_workshop();
    let lang = use_lang();
    // The footer's link to this app's home is this app's (the router's), not a page load.
    let mut links = applicant_links(false);
    links
        .iter_mut()
        .filter(|l| l.href == HOME)
        .for_each(|l| l.other_app = false);
    let status = view! {
        <p class="draft-status"><a href="/" rel="external">{text(lang, Fa::BackToApplication)}</a></p>
    };
    view! {
        <Frame status=status.into_any() notices=().into_any() note=T::AutosaveNote links>
            {move || match page.get() {
                Page::Home => view! { <HomePage /> }.into_any(),
                Page::Initiative(id) => view! { <InitiativePage id /> }.into_any(),
                Page::Interest(id) => view! { <InterestPage id /> }.into_any(),
                // The ministry's pages (src/ui/initiative/workshop.rs) are wired in at the merge:
                Page::Workshop => view! { <workshop::WorkshopPage /> }.into_any(),
                Page::WorkshopPrint => view! { <workshop::WorkshopPrintPage /> }.into_any(),
                Page::NotFound => {
                    view! { <NotFound home=HOME home_text=I::InitiativesTitle /> }.into_any()
                }
            }}
        </Frame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_names_its_page_and_nothing_else_matches() {
        assert_eq!(Page::of("/initiatives"), Page::Home);
        assert_eq!(Page::of("/initiatives/"), Page::Home);
        assert_eq!(
            Page::of("/initiatives/initiative/ab-12"),
            Page::Initiative("ab-12".into())
        );
        assert_eq!(Page::of("/initiatives/interest/cd"), Page::Interest("cd".into()));
        assert_eq!(Page::of("/initiatives/workshop"), Page::Workshop);
        assert_eq!(Page::of("/initiatives/workshop/print/"), Page::WorkshopPrint);
        for unknown in [
            "/",
            "/initiativesx",
            "/initiatives/initiative",
            "/initiatives/initiative/",
            "/initiatives/initiative/a/b",
            "/initiatives/other",
            "/drafts",
        ] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }
}
