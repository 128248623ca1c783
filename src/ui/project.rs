//! The call and project page: the call the application answers (its rules follow from its profile),
//! the project's names, summary and period.

use crate::domain::draft::RawProject;
use crate::domain::rules::finding::{FieldPath, ProjectField};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::call::Assumed;
use crate::i18n::{self, T};
use crate::ui::field::{described_by, revealed, FieldFrame};
use crate::ui::form::{field_findings, text, tr, TextField};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;

#[component]
pub fn ProjectPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    page_title(Some(Section::Project));
    let initial = store.draft.with_untracked(|d| d.project.clone());
    let initial_call = store.draft.with_untracked(|d| d.call.clone());
    let edit = move |set: fn(&mut RawProject, String)| {
        Callback::new(move |v: String| store.draft.update(|d| set(&mut d.project, v)))
    };
    let at = FieldPath::Project;
    let call_path = FieldPath::Call;
    let call_shown = revealed(call_path, field_findings(call_path), store.has_left(call_path));
    let default_share = Memo::new(move |_| store.analysis.with(|a| a.call.assumes(Assumed::MaxGrantShare)));
    let end_limit = Memo::new(move |_| store.analysis.with(|a| a.call.project_end));
    view! {
        <h1>{text(lang, T::ProjectTitle)}</h1>
        <p class="lead">{text(lang, T::ProjectIntro)}</p>
        <ErrorSummary section=Section::Project />
        <FieldFrame id=call_path.dom_id() label=tr(T::FieldCall) messages=(call_path, call_shown)>
            <select
                id=call_path.dom_id()
                aria-describedby=described_by(call_path, None, call_shown)
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.draft.update(|d| d.call = v);
                    store.touch(call_path);
                }
            >
                {call::all()
                    .iter()
                    .map(|c| {
                        view! {
                            <option value=c.id.clone() selected=c.id == initial_call>
                                {move || c.name(lang.get()).to_string()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <Show when=move || default_share.get()>
                <p class="hint">{text(lang, T::DefaultShareNote)}</p>
            </Show>
        </FieldFrame>
        <TextField
            path=at(ProjectField::NameFi)
            label=tr(T::FieldNameFi)
            hint=tr(T::FieldNameHint)
            value=initial.name_fi.clone()
            on_input=edit(|p, v| p.name_fi = v)
        />
        <TextField
            path=at(ProjectField::NameSv)
            label=tr(T::FieldNameSv)
            value=initial.name_sv.clone()
            on_input=edit(|p, v| p.name_sv = v)
        />
        <TextField
            path=at(ProjectField::NameEn)
            label=tr(T::FieldNameEn)
            value=initial.name_en.clone()
            on_input=edit(|p, v| p.name_en = v)
        />
        <TextField
            path=at(ProjectField::Summary)
            label=tr(T::FieldSummary)
            hint=tr(T::FieldSummaryHint)
            value=initial.summary.clone()
            on_input=edit(|p, v| p.summary = v)
            multiline=true
        />
        <TextField
            path=at(ProjectField::Start)
            label=tr(T::FieldStart)
            value=initial.start.clone()
            on_input=edit(|p, v| p.start = v)
            input_type="date"
        />
        <TextField
            path=at(ProjectField::End)
            label=tr(T::FieldEnd)
            hint=Signal::derive(move || i18n::end_hint(lang.get(), end_limit.get()))
            value=initial.end.clone()
            on_input=edit(|p, v| p.end = v)
            input_type="date"
        />
        <SectionFooter section=Section::Project />
    }
}
