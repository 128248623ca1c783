//! What every page of the three apps sits in: the skip link, the header (the app's name, the
//! language switch, the app's own status line), the main region and the footer with its links. The
//! drafter's, the files app's and the reviewer's apps are separate bundles (ARCHITECTURE.md, "Three
//! apps"): a link from one to another is an ordinary navigation (`rel="external"`, which the router
//! leaves to the browser).

use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{self, T};
use crate::ui::dom::focus_now;
use crate::ui::form::text;
use crate::ui::language::{self, use_lang};
use crate::ui::summary;
use leptos::prelude::*;
use leptos_router::components::A;

/// A footer link: in this app (the router's) or to the other app (a page load).
pub struct FooterLink {
    pub href: &'static str,
    pub text: T,
    pub other_app: bool,
}

/// The footer links of the applicant's side (the drafter's app, the files app, the first phase's):
/// the first phase's app (initiatives for joint projects), the reviewer's app, and the
/// accessibility statement, a page of the drafter's (`statement_here` there).
pub fn applicant_links(statement_here: bool) -> Vec<FooterLink> {
    vec![
        FooterLink {
            href: "/initiatives",
            text: T::InitiativesLink,
            other_app: true,
        },
        FooterLink {
            href: "/reviewer",
            text: T::ReviewerTitle,
            other_app: true,
        },
        FooterLink {
            href: "/accessibility",
            text: T::StatementLink,
            other_app: !statement_here,
        },
    ]
}

/// The page's frame: `status` under the header's first row, `notices` at the top of main.
#[component]
pub fn Frame(
    status: AnyView,
    notices: AnyView,
    /// The footer's note (how the app keeps what is done in it).
    note: T,
    links: Vec<FooterLink>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let t = move |which: T| text(lang, which);
    let links = links
        .into_iter()
        .map(|FooterLink { href, text, other_app }| {
            if other_app {
                view! { <li><a href=href rel="external">{t(text)}</a></li> }.into_any()
            } else {
                view! { <li><A href=href>{t(text)}</A></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        // Focus moves to main (`tabindex="-1"`), not only the address: the next Tab goes on from there.
        // The router still takes the click (the address gets #main).
        <a class="skip-link" href="#main" on:click=|_| focus_now("main")>{t(T::SkipToContent)}</a>
        <header class="site-header">
            <div class="container header-row">
                <div>
                    <p class="app-name">{t(T::AppName)}</p>
                    <p class="tagline">{t(T::AppTagline)}</p>
                </div>
                <LangSwitch />
            </div>
            <div class="container">{status}</div>
        </header>
        <main id="main" class="container" tabindex="-1">
            {notices}
            {children()}
        </main>
        <footer class="site-footer">
            <div class="container">
                <p>{t(note)}</p>
                <ul class="footer-links">{links}</ul>
            </div>
        </footer>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    // The texts of a language other than Finnish are fetched when it is chosen; if that fails, the
    // pages stay as they are, the select shows their language again and the status says why.
    let failed = RwSignal::new(language::started_without_preferred());
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        if failed.get() {
            if let Some(select) = select.get_untracked() {
                select.set_value(lang.get_untracked().code());
            }
        }
    });
    view! {
        <div class="lang-switch">
            <label for="lang">{text(lang, T::LanguageLabel)}</label>
            <select
                id="lang"
                node_ref=select
                aria-describedby="lang-status"
                on:change=move |ev| {
                    if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                        language::choose(lang, l, failed);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || lang.get() == l>
                                {i18n::language_name(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <span id="lang-status" class="lang-status" role="status">
                {move || failed.get().then(|| T::LanguageUnavailable.get(lang.get()))}
            </span>
        </div>
    }
}

/// A path no app has: a link to the app's first page (`home`, in this app; its name of any table).
#[component]
pub fn NotFound<L: i18n::Text>(home: &'static str, home_text: L) -> impl IntoView {
    let lang = use_lang();
    summary::plain_page_title(T::PageNotFound);
    view! {
        <h1>{text(lang, T::PageNotFound)}</h1>
        <p><A href=home>{text(lang, home_text)}</A></p>
    }
}
