//! What every section page shares: the error summary (GOV.UK pattern), the page title, and the
//! check button with previous/next links.

use crate::domain::finding::{FieldPath, Finding};
use crate::domain::sections::Section;
use crate::i18n::{self, T};
use crate::ui::dom::{focus_after_render, focus_now};
use crate::ui::store::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

pub const SUMMARY_ID: &str = "error-summary";

/// The page's heading text, for the title and the navigation.
pub fn section_title(section: Section) -> T {
    match section {
        Section::Project => T::ProjectTitle,
        Section::Applicants => T::ApplicantsTitle,
        Section::Targets => T::TargetsTitle,
        Section::Budget => T::BudgetTitle,
    }
}

/// The document title follows the page and the language, prefixed "Virhe:" while errors are shown.
pub fn page_title(title: T, section: Option<Section>) {
    let store = use_store();
    Effect::new(move |_| {
        let lang = store.lang.get();
        let errors = store.show_all.get()
            && store.analysis.with(|a| match section {
                Some(s) => s.findings(a).any(Finding::is_error),
                None => a.errors().next().is_some(),
            });
        let title = format!("{} – {}", title.get(lang), T::AppName.get(lang));
        document().set_title(&if errors {
            format!("{}: {title}", T::ErrorPrefix.get(lang))
        } else {
            title
        });
    });
}

/// The section's errors, then its warnings, each a link that moves focus to its field. Shown once
/// the user asks to check.
#[component]
pub fn ErrorSummary(section: Section) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let item = move |f: Finding| {
        let l = lang.get();
        let number = match f.path {
            FieldPath::BudgetLine { id, .. } => store.line_numbers.with(|m| m.get(&id).copied()),
            FieldPath::Applicant { id, .. } => store
                .draft
                .with(|d| d.applicants.iter().position(|a| a.id == id))
                .map(|i| i + 1),
            _ => None,
        };
        let target = f.path.dom_id();
        let href = format!("#{target}");
        view! {
            <li>
                <a href=href on:click=move |ev| {
                    ev.prevent_default();
                    focus_now(&target);
                }>
                    {i18n::place(l, f.path, number)} ": " {i18n::message(l, &f.message)}
                </a>
            </li>
        }
    };
    // Collected only while the summary is shown.
    let collect = move |errors: bool| {
        Memo::new(move |_| {
            if !store.show_all.get() {
                return Vec::new();
            }
            store.analysis.with(|a| {
                section
                    .findings(a)
                    .filter(|f| f.is_error() == errors)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let errors = collect(true);
    let warnings = collect(false);
    view! {
        <Show when=move || store.show_all.get()>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" class:clean=move || errors.with(Vec::is_empty)>
                <Show
                    when=move || !errors.with(Vec::is_empty)
                    fallback=move || view! { <p class="ok">{move || t(T::NoErrors)}</p> }
                >
                    <h2>{move || t(T::ErrorSummaryTitle)}</h2>
                    <ul>{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </Show>
                <Show when=move || !warnings.with(Vec::is_empty)>
                    <h2 class="warnings-title">{move || t(T::WarningSummaryTitle)}</h2>
                    <ul>{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </Show>
            </div>
        </Show>
    }
}

/// "Check" and the links to the previous and next parts and to the overview.
#[component]
pub fn SectionFooter(section: Section, check: T) -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let on_check = move |_| {
        store.show_all.set(true);
        focus_after_render(SUMMARY_ID.into());
    };
    let link = move |s: Section, label: T| {
        view! {
            <A href=format!("/{}", s.slug())>
                {move || t(label)} ": " {move || t(section_title(s))}
            </A>
        }
    };
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=on_check>{move || t(check)}</button>
        </div>
        <nav class="pager" aria-label=move || t(T::Sections)>
            {section.previous().map(|s| link(s, T::Previous))}
            <A href="/">{move || t(T::OverviewTitle)}</A>
            {section.next().map(|s| link(s, T::Next))}
        </nav>
    }
}
