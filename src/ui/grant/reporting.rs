//! What the reporting pages (`reports`, `claims`, `final_report`, `settlement`) share: the rules'
//! review of the project as a memo ([`use_review`]), which fields' findings are shown
//! ([`Checks`]: once the user leaves the field or asks to check, never mid-word; its fields are
//! `ui::checked::CheckedField`, with their messages next to them), the error summary whose links
//! move focus to the field ([`FindingSummary`]), a figure list, the page's start ([`start_page`]), a report's
//! file made and offered for download ([`save_file`]), and a claim or report removed with an undo
//! ([`Removal`], [`RemovedNotice`]).

use crate::domain::grant::finding::{Finding, Place};
use crate::domain::grant::ledger::{call_of, Accounts};
use crate::domain::grant::model::RawGrant;
use crate::domain::grant::review::{review_with, GrantReview};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant::G;
use crate::i18n::grant_reporting::Gt;
use crate::i18n::grant_rules;
use crate::ui::checked::{Checked, Message, Reveal};
use crate::ui::dom::{focus_after_render, focus_now};
use crate::ui::files::{local_date, local_day};
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::overview::project_name;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;
use time::Date;

/// Today in the browser's time zone (the final report's lateness).
pub fn today() -> Date {
    local_day(js_sys::Date::now()).unwrap_or(Date::MIN)
}

/// What the rules say of the project open, recomputed as it changes. Its accounts (every entry
/// checked, the sums) are made again only when the entries change (`Open::entries_edited`): a
/// keystroke in a report's text reviews the rest against the accounts kept, whatever their length.
pub fn use_review(open: Open) -> Memo<GrantReview> {
    let day = today();
    let accounts = Memo::new(move |_| {
        open.entries_edited.track();
        open.grant.with_untracked(|g| Arc::new(Accounts::of(g, call_of(g))))
    });
    Memo::new(move |_| {
        let accounts = accounts.get();
        open.grant.with(|g| review_with(g, accounts, day))
    })
}

/// Which findings a page shows: a field's once it has been left, all once the user asks
/// (`ui::checked`, the follow-up's page's too).
#[derive(Clone, Copy)]
pub struct Checks {
    pub review: Memo<GrantReview>,
    pub reveal: Reveal,
}

impl Checked for Checks {
    type Finding = Finding;

    fn reveal(self) -> Reveal {
        self.reveal
    }

    /// The findings of the field shown as `id` (`Place::dom_id`). Not an entry's (the accounts
    /// page shows those): no place's id is made for each of a city's thousands of entries' findings
    /// at every keystroke.
    fn at(self, id: &str) -> Vec<Finding> {
        self.review.with(|r| {
            r.all_findings()
                .filter(|f| !matches!(f.place, Place::Entry { .. }) && f.place.dom_id() == id)
                .cloned()
                .collect()
        })
    }
}

impl Checks {
    pub fn new(review: Memo<GrantReview>) -> Checks {
        Checks {
            review,
            reveal: Reveal::new(),
        }
    }

    /// Shows every finding of the places `on` picks; whether any of them is an error.
    pub fn check(self, on: impl Fn(&Place) -> bool) -> bool {
        self.reveal.all.set(true);
        let errors = self.review.with_untracked(|r| r.errors().any(|f| on(&f.place)));
        if errors {
            // The summary is built once shown: focused after it is.
            focus_after_render(SUMMARY_ID.to_string());
        }
        errors
    }
}

/// The error summary's id.
pub const SUMMARY_ID: &str = "grant-summary";

/// A finding's sentence with the passage it rests on.
fn sentence(lang: Lang, f: &Finding) -> String {
    let said = grant_rules::message(lang, f);
    match f.source {
        Some(s) => format!(
            "{said} ({}: {})",
            crate::i18n::T::Source.get(lang),
            grant_rules::source(lang, s)
        ),
        None => said,
    }
}

impl Message for Finding {
    fn severity(&self) -> Severity {
        self.severity
    }

    fn sentence(&self, lang: Lang) -> String {
        sentence(lang, self)
    }
}

/// The findings of the places `on` picks, errors then warnings, each a link to its field; shown
/// once the user asks to check.
#[component]
pub fn FindingSummary(checks: Checks, on: fn(&Place) -> bool) -> impl IntoView {
    let lang = use_lang();
    let collect = move |errors: bool| {
        Memo::new(move |_| {
            if !checks.reveal.all.get() {
                return Vec::new();
            }
            checks.review.with(|r| {
                r.all_findings()
                    .filter(|f| f.is_error() == errors && on(&f.place))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let (errors, warnings) = (collect(true), collect(false));
    let item = move |f: Finding| {
        let target = f.place.dom_id();
        let l = lang.get();
        let said = sentence(l, &f);
        view! {
            <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_now(&target); }>{said}</a></li>
        }
    };
    view! {
        <Show when=move || checks.reveal.all.get()>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" class:clean=move || errors.with(Vec::is_empty)>
                <Show when=move || !errors.with(Vec::is_empty) fallback=move || view! { <p class="ok">{move || Gt::NoErrors.get(lang.get())}</p> }>
                    <h2>{move || Gt::ErrorsTitle.get(lang.get())}</h2>
                    <ul>{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </Show>
                <Show when=move || !warnings.with(Vec::is_empty)>
                    <h2 class="warnings-title">{move || Gt::WarningsTitle.get(lang.get())}</h2>
                    <ul class="warnings">{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </Show>
            </div>
        </Show>
    }
}

/// A list of figures: (the element's id, its label, the amount).
pub fn figure_list(lang: Lang, rows: Vec<(&'static str, String, Money)>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(id, label, m)| {
            view! {
                <div>
                    <dt>{label}</dt>
                    <dd id=(!id.is_empty()).then_some(id) class="num">{m.format(lang)}</dd>
                </div>
            }
        })
        .collect_view();
    view! { <dl class="figures">{rows}</dl> }
}

/// A reporting page's start: its title ("Page – project") set, the project open, its review's
/// checks, and the project's id (for the way back).
pub fn start_page(title: Gt) -> (Open, RwSignal<Lang>, Checks, String) {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    set_title(
        move |l| format!("{} \u{2013} {}", title.get(l), grant.with(|g| project_name(l, g))),
        || false,
    );
    let id = grant.with_untracked(|g| g.id.clone());
    (open, lang, Checks::new(use_review(open)), id)
}

/// The way back to the project's overview.
#[component]
pub fn BackToProject(id: String) -> impl IntoView {
    let lang = use_lang();
    view! { <p class="no-print"><A href=ProjectPage::Overview.path(&id)>{move || G::BackToProject.get(lang.get())}</A></p> }
}

/// "Tiedosto tehty lähetettäväksi: 1.3.2021", or "not sent yet".
pub fn sent_said(lang: Lang, sent_at: Option<&str>) -> String {
    match sent_at {
        Some(at) if !at.is_empty() => format!("{}: {}", Gt::SentOn.get(lang), local_date(lang, at)),
        _ => Gt::NotSentYet.get(lang).to_string(),
    }
}

/// Saves a report's file: the findings of the places `on` picks are shown, and with an error among
/// them no file is made (the status says so); else `make` makes the file (its name and JSON) at
/// this moment, it is offered for download, and `mark` marks it sent at that moment.
pub fn save_file(
    open: Open,
    checks: Checks,
    status: RwSignal<String>,
    lang: Lang,
    on: impl Fn(&Place) -> bool,
    make: impl FnOnce(&RawGrant, &str) -> Option<(String, String)>,
    mark: impl FnOnce(&mut RawGrant, String),
) {
    if checks.check(on) {
        status.set(Gt::FixFirst.get(lang).to_string());
        return;
    }
    let at = crate::ui::files::now_rfc3339();
    let Some((name, json)) = open.grant.with_untracked(|g| make(g, &at)) else {
        return;
    };
    if crate::ui::files::download(&name, &json, "application/json").is_ok() {
        open.edit(|g| mark(g, at));
        status.set(format!("{} {name}", Gt::FileMade.get(lang)));
    }
}

/// Puts a removed claim or report back; returns the id of the element to focus.
type PutBack = Arc<dyn Fn(&mut RawGrant) -> String + Send + Sync>;

/// The last claim or report removed on a page: what the notice says, and how to put it back.
#[derive(Clone, Copy)]
pub struct Removal(RwSignal<Option<(Gt, PutBack)>>);

/// The id of the undo button, focused after a removal.
const UNDO_ID: &str = "undo-remove";

impl Removal {
    pub fn new() -> Removal {
        Removal(RwSignal::new(None))
    }

    /// Removes the item `id` of the list `list` picks, says `said`, and offers to put it back where
    /// it was; focus moves to the undo, and after an undo to `focus_after_undo`.
    pub fn remove<T: crate::domain::draft::Item + Clone + Send + Sync + 'static>(
        self,
        open: Open,
        said: Gt,
        id: crate::domain::draft::LineId,
        list: fn(&mut RawGrant) -> &mut Vec<T>,
        focus_after_undo: String,
    ) {
        use crate::domain::draft::{remove_item, restore_item};
        let mut removed = None;
        open.edit(|g| removed = remove_item(list(g), id));
        if let Some((index, item)) = removed {
            let put_back: PutBack = Arc::new(move |g: &mut RawGrant| {
                restore_item(list(g), index, item.clone());
                focus_after_undo.clone()
            });
            self.0.set(Some((said, put_back)));
            focus_after_render(UNDO_ID.into());
        }
    }
}

/// "Maksatushakemus poistettu. Peru poisto", after a removal (a status message).
#[component]
pub fn RemovedNotice(removal: Removal) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let undo = move |_| {
        if let Some((_, put_back)) = removal.0.get_untracked() {
            let mut focus = String::new();
            open.edit(|g| focus = put_back(g));
            removal.0.set(None);
            focus_after_render(focus);
        }
    };
    view! {
        <div role="status" class="undo-notice">
            {move || removal.0.with(|r| r.as_ref().map(|(said, _)| *said)).map(|said| view! {
                <span>{move || said.get(lang.get())}</span> " "
                <button type="button" id=UNDO_ID class="button small" on:click=undo>{move || crate::i18n::T::UndoRemoval.get(lang.get())}</button>
            })}
        </div>
    }
}
