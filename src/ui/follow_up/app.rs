//! The follow-up app: mounts its pages in the shared frame and language switch. Its words are table
//! `Fp` (`i18n::follow_up_pages`), installed beside the others' tables for Swedish and English
//! (`language::install_tables`); the other apps never install it. The follow-up is read from
//! storage once at start and provided to every page (`state::FollowUp`).

use crate::i18n::follow_up_pages::Fp;
use crate::i18n::{self, T};
use crate::storage::follow_up as kept;
use crate::ui::follow_up::changes::ChangesPage;
use crate::ui::follow_up::grant::{self, GrantPage};
use crate::ui::follow_up::home::HomePage;
use crate::ui::follow_up::payments::PaymentsPage;
use crate::ui::follow_up::settlement::SettlementPrint;
use crate::ui::follow_up::state::FollowUp;
use crate::ui::form::text;
use crate::ui::frame::{FooterLink, Frame, NotFound};
use crate::ui::language::{self, use_lang};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

/// The app's home page.
pub const HOME: &str = "/follow-up";
/// The payment list.
pub const PAYMENTS: &str = "/follow-up/payments";
/// The change requests being decided.
pub const CHANGES: &str = "/follow-up/changes";

/// A page of the follow-up app, as its path names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/follow-up`: the files opened, the grants followed, the programme's totals.
    Home,
    /// `/follow-up/payments`: the instalments approved for payment, as CSV and printed.
    Payments,
    /// `/follow-up/changes`: the grantees' change requests decided.
    Changes,
    /// `/follow-up/grant/<key>`: one grant followed (its key: `grant::key`).
    Grant(String),
    /// `/follow-up/grant/<key>/settlement`: its settlement decision to print.
    Settlement(String),
    NotFound,
}

impl Page {
    /// The page at `path` (a trailing slash is the same page).
    pub fn of(path: &str) -> Page {
        match path.strip_suffix('/').unwrap_or(path) {
            HOME => Page::Home,
            PAYMENTS => Page::Payments,
            CHANGES => Page::Changes,
            other => grant::page_of(other).unwrap_or(Page::NotFound),
        }
    }
}

/// Mounts the app on the page's body (the entry point its `main` calls), once the preferred
/// language's texts, with the follow-up's table, are installed.
pub fn run() {
    language::install_tables(&i18n::WITH_FOLLOW_UP_TABLES);
    wasm_bindgen_futures::spawn_local(async {
        language::prepare().await;
        crate::ui::mount(FollowUpApp);
    });
}

/// The follow-up app.
#[component]
pub fn FollowUpApp() -> impl IntoView {
    language::provide();
    crate::ui::dom::follow_presses();
    view! {
        <Router>
            <Pages />
        </Router>
    }
}

/// The page the location names, in the app's frame, once the follow-up is read.
#[component]
fn Pages() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| Page::of(&location.pathname.get()));
    crate::ui::complete_navigations();
    let lang = use_lang();
    let links = vec![
        FooterLink {
            href: "/reviewer",
            text: T::ReviewerTitle,
            other_app: true,
        },
        FooterLink {
            href: "/accessibility",
            text: T::StatementLink,
            other_app: true,
        },
    ];
    // Back to the reviewer's app (the decision is made there), under the header.
    let status = view! {
        <p class="draft-status">
            <a href="/reviewer" rel="external" id="reviewer-link">{text(lang, T::ReviewerTitle)}</a>
        </p>
    };
    let held = RwSignal::new(None::<FollowUp>);
    let owner = Owner::current().expect("a component has an owner");
    leptos::task::spawn_local(async move {
        let loaded = kept::load().await;
        if held.is_disposed() {
            return;
        }
        owner.with(|| {
            let f = FollowUp::new(loaded, lang.get_untracked());
            provide_context(f);
            held.set(Some(f));
        });
    });
    view! {
        <Frame status=status.into_any() notices=().into_any() note=T::AutosaveNote links>
            {move || match (page.get(), held.get()) {
                (Page::NotFound, _) => view! { <NotFound home=HOME home_text=Fp::FollowUpTitle /> }.into_any(),
                (Page::Home, Some(_)) => view! { <HomePage /> }.into_any(),
                (Page::Payments, Some(_)) => view! { <PaymentsPage /> }.into_any(),
                (Page::Changes, _) => view! { <ChangesPage /> }.into_any(),
                (Page::Grant(key), Some(_)) => view! { <GrantPage grant_key=key /> }.into_any(),
                (Page::Settlement(key), Some(_)) => view! { <SettlementPrint grant_key=key /> }.into_any(),
                (Page::Home | Page::Payments | Page::Grant(_) | Page::Settlement(_), None) => ().into_any(),
            }}
        </Frame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_path_names_the_home_and_nothing_else_matches() {
        assert_eq!(Page::of("/follow-up"), Page::Home);
        assert_eq!(Page::of("/follow-up/"), Page::Home);
        for unknown in ["/", "/follow-ups", "/follow-up/x", "/grant", "/reviewer"] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }

    #[test]
    fn the_payment_list_and_the_change_requests_have_their_paths() {
        assert_eq!(Page::of("/follow-up/payments"), Page::Payments);
        assert_eq!(Page::of("/follow-up/payments/"), Page::Payments);
        assert_eq!(Page::of("/follow-up/changes"), Page::Changes);
        assert_eq!(Page::of("/follow-up/changes/"), Page::Changes);
        for unknown in [
            "/follow-up/payment",
            "/follow-up/payments/1",
            "/follow-up/change",
            "/payments",
            "/changes",
        ] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }

    #[test]
    fn a_grant_s_path_names_its_key_and_its_settlement_and_nothing_else() {
        assert_eq!(Page::of("/follow-up/grant/kiuruvesi"), Page::Grant("kiuruvesi".into()));
        assert_eq!(Page::of("/follow-up/grant/kiuruvesi/"), Page::Grant("kiuruvesi".into()));
        assert_eq!(
            Page::of("/follow-up/grant/kiuruvesi/settlement"),
            Page::Settlement("kiuruvesi".into())
        );
        // A key is written url-safe and read back as it was.
        let key = "hanke ä/1";
        assert_eq!(Page::of(&grant::path(key)), Page::Grant(key.into()));
        assert_eq!(Page::of(&grant::settlement_path(key)), Page::Settlement(key.into()));
        for unknown in [
            "/follow-up/grant",
            "/follow-up/grant/",
            "/follow-up/grant/kiuruvesi/x",
            "/follow-up/grant/kiuruvesi/settlement/x",
            "/follow-up/grant/%zz",
            "/follow-up/grants/kiuruvesi",
        ] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }
}
