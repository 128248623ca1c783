//! The overview: the parts of the application as a task list, each with its status.

use crate::domain::rules::sections::{Section, Status};
use crate::i18n::T;
use crate::ui::status::FilesLink;
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, section_title};
use leptos::prelude::*;
use leptos_router::components::A;

/// The task list; for a partner's draft, the partner's own page instead.
#[component]
pub fn Overview() -> impl IntoView {
    let store = use_store();
    if store.draft.with_untracked(|d| d.partner_of.is_some()) {
        return view! { <crate::ui::partner::PartnerPage /> }.into_any();
    }
    TaskList().into_any()
}

#[component]
fn TaskList() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    page_title(None);
    let row = move |section: Section| {
        let status = Memo::new(move |_| store.draft.with(|d| store.analysis.with(|a| section.status(d, a))));
        let status_id = format!("status-{}", section.slug());
        view! {
            <li class="task">
                <A href=format!("/{}", section.slug()) attr:aria-describedby=status_id.clone()>
                    {move || section_title(store.lang.get(), section)}
                </A>
                <strong id=status_id class=move || format!("tag status-{:?}", status.get()).to_lowercase()>
                    {move || t(match status.get() {
                        Status::NotStarted => T::StatusNotStarted,
                        Status::InProgress => T::StatusInProgress,
                        Status::HasErrors => T::StatusHasErrors,
                        Status::Complete => T::StatusComplete,
                    })}
                </strong>
            </li>
        }
    };
    view! {
        <h1>{move || t(T::OverviewTitle)}</h1>
        <p class="lead">{move || t(T::OverviewIntro)}</p>
        <h2>{move || t(T::Sections)}</h2>
        <ol class="task-list">
            {move || {
                let call = store.analysis.with(|a| a.call);
                Section::ALL.into_iter().filter(|s| s.asked_by(call)).map(row).collect_view()
            }}
        </ol>
        <PartnersStatus />
        // The partner's way in, while the draft has no applicants (a lead adds them first).
        <Show when=move || store.draft.with(|d| d.applicants.is_empty())>
            <section class="partner-way-in" aria-labelledby="partner-way-in-title">
                <h2 id="partner-way-in-title">{move || t(T::PartnerWayInTitle)}</h2>
                <p>{move || t(T::PartnerWayInIntro)}</p>
                <p><FilesLink href="/drafts#open-request" class="button secondary" id="open-partner-request">{move || t(T::OpenPartnerRequest)}</FilesLink></p>
            </section>
        </Show>
        <p class="actions">
            <FilesLink href="/review" class="button">{move || t(T::ReviewTitle)}</FilesLink>
            " "
            <A href="/export" attr:class="button secondary">{move || t(T::ExportTitle)}</A>
        </p>
    }
}

/// Where each partner's part stands, with the way to the partners page (when there are partners).
#[component]
fn PartnersStatus() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let partners = crate::ui::partners::partner_statuses(store);
    view! {
        <Show when=move || partners.with(|p| !p.is_empty())>
            <h2 id="partners-status">{move || t(T::PartnersTitle)}</h2>
            <ul class="task-list">
                {move || partners.get().into_iter().map(|(id, name, status)| view! {
                    // Not a part of the application: its own class, apart from the parts' `.task`.
                    <li class="partner-status">
                        <span>{name}</span>
                        <strong id=format!("overview-partner-{id}") class=crate::ui::partners::status_class(&status)>
                            {crate::ui::partners::status_text(store.lang.get(), &status)}
                        </strong>
                    </li>
                }).collect_view()}
            </ul>
            <p><A href="/partners">{move || t(T::PartnersLink)}</A></p>
        </Show>
    }
}
