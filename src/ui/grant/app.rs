//! The grant's app: mounts the pages in the shared frame and language switch. Its words are table
//! `G` (`i18n::grant`), installed beside the others' tables for Swedish and English
//! (`language::install_tables`); the other apps never install it.

use crate::i18n::files_app::Fa;
use crate::i18n::grant::G;
use crate::i18n::{self, T};
use crate::storage::grant as kept;
use crate::ui::form::text;
use crate::ui::frame::{applicant_links, Frame, NotFound};
use crate::ui::grant::changes::ChangesPage;
use crate::ui::grant::claims::ClaimsPage;
use crate::ui::grant::completion::CompletionPage;
use crate::ui::grant::final_report::FinalReportPage;
use crate::ui::grant::home::HomePage;
use crate::ui::grant::ledger::LedgerPage;
use crate::ui::grant::overview::OverviewPage;
use crate::ui::grant::partner_copy::PartnerOverviewPage;
use crate::ui::grant::partners::PartnersPage;
use crate::ui::grant::reports::ReportsPage;
use crate::ui::grant::settlement::SettlementPage;
use crate::ui::grant::state::{left_written, Open, Saving};
use crate::ui::language::{self, use_lang};
use leptos::prelude::*;
use leptos_router::components::{Router, A};
use leptos_router::hooks::use_location;

/// The app's home page.
pub const HOME: &str = "/grant";

/// A page of one granted project, by the last part of its path (`/grant/<id>/<part>`). A new page
/// (the interim reports, the claims, …) is a line in [`ProjectPage::ALL`] and an arm in
/// [`project_page`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectPage {
    /// `/grant/<id>`: the project's overview.
    Overview,
    /// `/grant/<id>/ledger`: the project's accounts.
    Ledger,
    /// `/grant/<id>/reports`: the periods and their interim reports.
    Reports,
    /// `/grant/<id>/claims`: the payment claims.
    Claims,
    /// `/grant/<id>/final`: the final report.
    Final,
    /// `/grant/<id>/settlement`: the settlement.
    Settlement,
    /// `/grant/<id>/partners`: the partners' entries requested and received.
    Partners,
    /// `/grant/<id>/changes`: the change requests and the ministry's decisions on them.
    Changes,
    /// `/grant/<id>/completion`: the ministry's completion requests and their answers.
    Completion,
}

impl ProjectPage {
    /// Each page with the part of the path that names it.
    pub const ALL: [(ProjectPage, &'static str); 9] = [
        (ProjectPage::Overview, ""),
        (ProjectPage::Ledger, "ledger"),
        (ProjectPage::Reports, "reports"),
        (ProjectPage::Claims, "claims"),
        (ProjectPage::Final, "final"),
        (ProjectPage::Settlement, "settlement"),
        (ProjectPage::Partners, "partners"),
        (ProjectPage::Changes, "changes"),
        (ProjectPage::Completion, "completion"),
    ];

    /// The path of this page of the project `id`.
    pub fn path(self, id: &str) -> String {
        let part = ProjectPage::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("", |(_, part)| part);
        if part.is_empty() {
            format!("{HOME}/{id}")
        } else {
            format!("{HOME}/{id}/{part}")
        }
    }
}

/// A page of the grant's app, as its path names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// `/grant`: opening the decision, this browser's granted projects.
    Home,
    /// A page of the project with this id.
    Project(String, ProjectPage),
    NotFound,
}

impl Page {
    /// The page at `path` (a trailing slash is the same page).
    pub fn of(path: &str) -> Page {
        let path = path.strip_suffix('/').unwrap_or(path);
        let Some(rest) = path.strip_prefix(HOME) else {
            return Page::NotFound;
        };
        let parts: Vec<&str> = rest.split('/').collect();
        match parts.as_slice() {
            [""] => Page::Home,
            ["", id, tail @ ..] if !id.is_empty() && tail.len() <= 1 => {
                let part = tail.first().copied().unwrap_or("");
                ProjectPage::ALL
                    .iter()
                    .find(|(_, p)| *p == part && !(part.is_empty() && !tail.is_empty()))
                    .map_or(Page::NotFound, |(page, _)| Page::Project(id.to_string(), *page))
            }
            _ => Page::NotFound,
        }
    }
}

/// Mounts the app on the page's body (the entry point its `main` calls), once the preferred
/// language's texts, with the grant's table, are installed.
pub fn run() {
    language::install_tables(&i18n::WITH_GRANT_TABLES);
    wasm_bindgen_futures::spawn_local(async {
        language::prepare().await;
        crate::ui::mount(GrantApp);
    });
}

/// The grant's app.
#[component]
pub fn GrantApp() -> impl IntoView {
    language::provide();
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
    let lang = use_lang();
    let links = applicant_links(false);
    // The way home and back to the application, under the header (the footer's links are the
    // drafter's words, shared by every app; this app's own words are not among them).
    let status = view! {
        <p class="draft-status">
            <A href=HOME>{text(lang, G::GrantsTitle)}</A>
            " · "
            <a href="/" rel="external">{text(lang, Fa::BackToApplication)}</a>
        </p>
    };
    // The project stays loaded while its pages change (overview ⇄ ledger): it is read again only
    // when another project is asked for.
    // The open project's values outlive its pages (`Open::new`): what was typed is written when
    // the project is left.
    let keeper = Owner::current().expect("a component has an owner");
    let shown = Memo::new(move |_| match page.get() {
        Page::Home => Shown::Home,
        Page::Project(id, _) => Shown::Project(id),
        Page::NotFound => Shown::NotFound,
    });
    view! {
        <Frame status=status.into_any() notices=().into_any() note=T::AutosaveNote links>
            {move || match shown.get() {
                Shown::Home => view! { <HomePage /> }.into_any(),
                Shown::NotFound => view! { <NotFound home=HOME home_text=G::GrantsTitle /> }.into_any(),
                Shown::Project(id) => {
                    let part = Memo::new(move |_| match page.get() {
                        Page::Project(_, p) => Some(p),
                        _ => None,
                    });
                    view! { <Project id part keeper=keeper.clone() /> }.into_any()
                }
            }}
        </Frame>
    }
}

/// What the frame shows: a project's pages stay one view while the page among them changes.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Home,
    Project(String),
    NotFound,
}

/// What reading the project found.
#[derive(Clone)]
enum Read {
    Reading,
    Here(Open),
    Missing,
    Unreadable,
}

/// A project's pages: the project read from storage, then the page asked for.
#[component]
fn Project(id: String, part: Memo<Option<ProjectPage>>, keeper: Owner) -> impl IntoView {
    let read = RwSignal::new(Read::Reading);
    let owner = Owner::current().expect("a component has an owner");
    leptos::task::spawn_local({
        let id = id.clone();
        async move {
            // Left a moment ago with changes not on disk: read once they are.
            left_written(&id).await;
            let found = kept::load(&id).await;
            // Left before it was read: nothing is opened for pages that are gone.
            if read.is_disposed() {
                return;
            }
            owner.with(|| {
                read.try_set(match found {
                    Some(Ok(stored)) => {
                        let open = Open::new(stored, &keeper);
                        provide_context(open);
                        Read::Here(open)
                    }
                    Some(Err(())) => Read::Unreadable,
                    None => Read::Missing,
                });
            });
        }
    });
    move || match read.get() {
        Read::Reading => ().into_any(),
        Read::Missing => view! { <NotHere text=G::NotHere /> }.into_any(),
        Read::Unreadable => view! { <NotHere text=G::Unreadable /> }.into_any(),
        Read::Here(open) => view! {
            <SaveStatus open />
            {move || project_page(part.get(), open.grant.with_untracked(|g| g.partner_of.is_some()))}
        }
        .into_any(),
    }
}

/// The view of a project's page. A partner's copy has the accounts only: its overview says whose
/// request it answers, and the lead's other pages are not its own (its overview stands for them).
fn project_page(page: Option<ProjectPage>, partner_copy: bool) -> AnyView {
    if partner_copy {
        return match page {
            Some(ProjectPage::Ledger) => view! { <LedgerPage /> }.into_any(),
            Some(_) => view! { <PartnerOverviewPage /> }.into_any(),
            None => ().into_any(),
        };
    }
    match page {
        Some(ProjectPage::Overview) => view! { <OverviewPage /> }.into_any(),
        Some(ProjectPage::Ledger) => view! { <LedgerPage /> }.into_any(),
        Some(ProjectPage::Reports) => view! { <ReportsPage /> }.into_any(),
        Some(ProjectPage::Claims) => view! { <ClaimsPage /> }.into_any(),
        Some(ProjectPage::Final) => view! { <FinalReportPage /> }.into_any(),
        Some(ProjectPage::Settlement) => view! { <SettlementPage /> }.into_any(),
        Some(ProjectPage::Partners) => view! { <PartnersPage /> }.into_any(),
        Some(ProjectPage::Changes) => view! { <ChangesPage /> }.into_any(),
        Some(ProjectPage::Completion) => view! { <CompletionPage /> }.into_any(),
        None => ().into_any(),
    }
}

/// A project that is not here to show, with the way home.
#[component]
fn NotHere(text: G) -> impl IntoView {
    let lang = use_lang();
    set_heading_title(text);
    view! {
        <h1>{crate::ui::form::text(lang, text)}</h1>
        <p><A href=HOME>{crate::ui::form::text(lang, G::GrantsTitle)}</A></p>
    }
}

fn set_heading_title(text: G) {
    crate::ui::summary::set_title(move |l| text.get(l).to_string(), || false);
}

/// Where saving stands (a status message: read out when it changes).
#[component]
fn SaveStatus(open: Open) -> impl IntoView {
    let lang = use_lang();
    let said = move || {
        let l = lang.get();
        match open.saving.get() {
            Saving::Saved(at) => format!("{} {}", G::Saved.get(l), crate::ui::files::local_date_time_ms(l, at)),
            Saving::Pending => T::Saving.get(l).to_string(),
            Saving::Failed(crate::storage::SaveError::Conflict) => G::SaveConflict.get(l).to_string(),
            Saving::Failed(_) => G::SaveFailed.get(l).to_string(),
        }
    };
    let failed = move || matches!(open.saving.get(), Saving::Failed(_));
    view! { <p id="save-status" class="save-status" class:error=failed role="status">{said}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_names_its_page_and_nothing_else_matches() {
        assert_eq!(Page::of("/grant"), Page::Home);
        assert_eq!(Page::of("/grant/"), Page::Home);
        assert_eq!(
            Page::of("/grant/ab-12"),
            Page::Project("ab-12".into(), ProjectPage::Overview)
        );
        assert_eq!(
            Page::of("/grant/ab-12/"),
            Page::Project("ab-12".into(), ProjectPage::Overview)
        );
        assert_eq!(
            Page::of("/grant/ab/ledger"),
            Page::Project("ab".into(), ProjectPage::Ledger)
        );
        assert_eq!(
            Page::of("/grant/ab/ledger/"),
            Page::Project("ab".into(), ProjectPage::Ledger)
        );
        for unknown in [
            "/",
            "/grants",
            "/grant//ledger",
            "/grant/ab/other",
            "/grant/ab/ledger/x",
            "/grant/ab/settlement/x",
            "/grant/ab/claim",
            "/drafts",
        ] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }

    #[test]
    fn a_project_page_s_path_is_the_one_that_names_it() {
        for (page, _) in ProjectPage::ALL {
            assert_eq!(Page::of(&page.path("x1")), Page::Project("x1".into(), page));
        }
        assert_eq!(ProjectPage::Ledger.path("x1"), "/grant/x1/ledger");
        assert_eq!(ProjectPage::Reports.path("x1"), "/grant/x1/reports");
        assert_eq!(ProjectPage::Claims.path("x1"), "/grant/x1/claims");
        assert_eq!(ProjectPage::Final.path("x1"), "/grant/x1/final");
        assert_eq!(ProjectPage::Settlement.path("x1"), "/grant/x1/settlement");
        assert_eq!(ProjectPage::Partners.path("x1"), "/grant/x1/partners");
        assert_eq!(ProjectPage::Changes.path("x1"), "/grant/x1/changes");
        assert_eq!(ProjectPage::Completion.path("x1"), "/grant/x1/completion");
    }
}
