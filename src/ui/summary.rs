//! What every section page shares: the error summary (GOV.UK pattern), the page title, and the
//! check button with previous/next links.

use crate::domain::rules::finding::{FieldPath, Finding};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{self, questions, T};
use crate::ui::dom::{focus_after_render, focus_now};
use crate::ui::language::use_lang;
use crate::ui::line_window::LineWindow;
use crate::ui::status::FilesLink;
use crate::ui::store::use_store;
use leptos::prelude::*;
use leptos_router::components::A;

pub const SUMMARY_ID: &str = "error-summary";

/// The part's heading, for its page, the document title and the navigation.
pub fn section_title(lang: Lang, section: Section) -> &'static str {
    match section {
        Section::Project => T::ProjectTitle.get(lang),
        Section::Applicants => T::ApplicantsTitle.get(lang),
        Section::Targets => T::TargetsTitle.get(lang),
        Section::Answers(group) => questions::group_title(lang, group),
        Section::Budget => T::BudgetTitle.get(lang),
        Section::Risks => T::RisksTitle.get(lang),
        Section::Schedule => T::ScheduleTitle.get(lang),
        Section::Monitoring => T::MonitoringTitle.get(lang),
    }
}

/// The text of the part's check button.
fn section_check(lang: Lang, section: Section) -> &'static str {
    match section {
        Section::Project => T::CheckProject.get(lang),
        Section::Applicants => T::CheckApplicants.get(lang),
        Section::Targets => T::CheckTargets.get(lang),
        Section::Answers(group) => questions::group_check(lang, group),
        Section::Budget => T::Check.get(lang),
        Section::Risks => T::CheckRisks.get(lang),
        Section::Schedule => T::CheckSchedule.get(lang),
        Section::Monitoring => T::CheckMonitoring.get(lang),
    }
}

/// The document title of a part of the application (`None`: the overview), prefixed "Virhe:" while
/// the user has asked to check and the part has errors.
pub fn page_title(section: Option<Section>) {
    let store = use_store();
    set_title(
        move |lang| match section {
            Some(s) => section_title(lang, s).to_string(),
            None => T::OverviewTitle.get(lang).to_string(),
        },
        move || {
            store.show_all.get()
                && store.analysis.with(|a| match section {
                    Some(s) => s.findings(a).any(Finding::is_error),
                    None => a.errors().next().is_some(),
                })
        },
    );
}

/// The section's errors, then its warnings, each a link that moves focus to its field. Shown once
/// the user asks to check. On a partner's page (`part`), those about the partner's own part.
#[component]
pub fn ErrorSummary(section: Section, #[prop(optional)] part: bool) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    // On the budget page: a line's field may not be built (it is far from the view).
    let lines = use_context::<LineWindow>();
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
                    match (lines, f.path) {
                        (Some(lines), FieldPath::BudgetLine { id, .. }) => lines.focus(id, target.clone()),
                        _ => focus_now(&target),
                    }
                }>
                    {place_and_message(&i18n::place(l, f.path, number), &i18n::finding_message(l, &f))}
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
                let findings: Box<dyn Iterator<Item = &Finding>> = if part {
                    Box::new(a.findings.iter().filter(|f| crate::domain::rules::partners::in_part(f)))
                } else {
                    Box::new(section.findings(a))
                };
                findings.filter(|f| f.is_error() == errors).cloned().collect::<Vec<_>>()
            })
        })
    };
    let errors = collect(true);
    let warnings = collect(false);
    // One message per part, naming it; a partner's page speaks of its part.
    let no_errors = move |l: Lang| {
        if part {
            T::PartNoErrors.get(l).to_string()
        } else {
            i18n::no_errors_in(l, section_title(l, section))
        }
    };
    view! {
        <Show when=move || store.show_all.get()>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" class:clean=move || errors.with(Vec::is_empty)>
                <Show
                    when=move || !errors.with(Vec::is_empty)
                    fallback=move || view! { <p class="ok">{move || no_errors(lang.get())}</p> }
                >
                    <h2>{move || t(T::ErrorSummaryTitle)}</h2>
                    <ul>{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </Show>
                <Show when=move || !warnings.with(Vec::is_empty)>
                    <h2 class="warnings-title">{move || t(T::WarningSummaryTitle)}</h2>
                    // Advice, not errors: links in the ordinary link colour.
                    <ul class="warnings">{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </Show>
            </div>
        </Show>
    }
}

/// A finding as a summary lists it: "Place: message", and a place that is a question ("Miten …?")
/// followed by the message without a colon after its question mark.
pub fn place_and_message(place: &str, message: &str) -> String {
    if place.ends_with(['?', '!', '.']) {
        format!("{place} {message}")
    } else {
        format!("{place}: {message}")
    }
}

/// "Check" and the links to the previous and next parts the call asks for, and to the overview.
#[component]
pub fn SectionFooter(section: Section) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let on_check = move |_| {
        store.show_all.set(true);
        focus_after_render(SUMMARY_ID.into());
    };
    let link = move |s: Section, label: T| {
        view! {
            <A href=format!("/{}", s.slug())>
                {move || t(label)} ": " {move || section_title(lang.get(), s)}
            </A>
        }
    };
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=on_check>{move || section_check(lang.get(), section)}</button>
        </div>
        <nav class="pager" aria-label=move || t(T::Sections)>
            {move || store.analysis.with(|a| section.previous_asked(a.call)).map(|s| link(s, T::Previous))}
            <A href="/">{move || t(T::OverviewTitle)}</A>
            // The last part leads on to check your answers.
            {move || match store.analysis.with(|a| section.next_asked(a.call)) {
                Some(s) => link(s, T::Next).into_any(),
                None => view! {
                    <FilesLink href="/review">{t(T::Next)} ": " {t(T::ReviewTitle)}</FilesLink>
                }.into_any(),
            }}
        </nav>
    }
}

/// Sets the title of a page outside the application's parts (drafts, export): "Luonnokset – Hakemus".
pub fn plain_page_title(text: T) {
    set_title(move |lang| text.get(lang).to_string(), || false);
}

/// The one way a page sets the document title: "<title> – Hakemus" in the current language, prefixed
/// "Virhe:" while `errors` is true; kept up to date with whatever the two closures read. Each page
/// calls this (or one of the two above) once; nothing else writes the title.
pub fn set_title(
    title: impl Fn(Lang) -> String + Send + Sync + 'static,
    errors: impl Fn() -> bool + Send + Sync + 'static,
) {
    let lang = use_lang();
    Effect::new(move |_| {
        let lang = lang.get();
        let title = format!("{} – {}", title(lang), T::AppName.get(lang));
        document().set_title(&if errors() {
            format!("{}: {title}", T::ErrorPrefix.get(lang))
        } else {
            title
        });
    });
}
