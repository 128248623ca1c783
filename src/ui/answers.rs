//! A part of written answers (current state and goals, impact, prior work, commitments,
//! dissemination): the questions of that part that the call asks, each with guidance and a
//! character count. The state-and-goals part also asks for the digital maturity now and targeted.

use crate::domain::rules::answers::MATURITY_LEVELS;
use crate::domain::rules::finding::FieldPath;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::questions::QuestionGroup;
use crate::i18n::{self, questions, T};
use crate::ui::field::{described_by, has_error, hint_id, revealed, FieldFrame};
use crate::ui::form::{field_findings, tr, TextField};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, section_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;

#[component]
pub fn AnswersPage(group: QuestionGroup) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let section = Section::Answers(group);
    page_title(Some(section));
    let asked = Memo::new(move |_| {
        store.analysis.with(|a| {
            a.call
                .questions
                .iter()
                .filter(|q| q.group() == group)
                .copied()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h1>{move || section_title(lang.get(), section)}</h1>
        <p class="lead">{move || questions::group_intro(lang.get(), group)}</p>
        <ErrorSummary section />
        {(group == QuestionGroup::StateAndGoals).then(MaturityFields)}
        <For each=move || asked.get() key=|q| *q let:q>
            {
                let id = q.id();
                let value = store.draft.with_untracked(|d| d.answers.get(&id).cloned().unwrap_or_default());
                view! {
                    <TextField
                        path=FieldPath::Answer(q)
                        label=Signal::derive(move || questions::label(lang.get(), q).to_string())
                        hint=Signal::derive(move || questions::guidance(lang.get(), q).to_string())
                        value
                        on_input=Callback::new(move |v: String| store.draft.update(|d| {
                            d.answers.insert(id.clone(), v);
                        }))
                        multiline=true
                        count_chars=true
                        max_chars=store.analysis.with_untracked(|a| a.call.max_answer_chars)
                    />
                }
            }
        </For>
        <SectionFooter section />
    }
}

/// Digital maturity now and targeted, on VTT's scale of 1.0–5.0.
#[component]
fn MaturityFields() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let select = move |path: FieldPath, label: T, now: bool| {
        let shown = revealed(path, field_findings(path), store.has_left(path));
        let initial = store.draft.with_untracked(|d| {
            if now {
                d.maturity_now.clone()
            } else {
                d.maturity_target.clone()
            }
        });
        let id = path.dom_id();
        view! {
            <FieldFrame id=id.clone() label=tr(label) hint=tr(T::MaturityHint) messages=(path, shown)>
                <select
                    id=id.clone()
                    aria-describedby=described_by(path, Some(hint_id(&id)), shown)
                    aria-invalid=has_error(shown)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        store.draft.update(|d| if now { d.maturity_now = v } else { d.maturity_target = v });
                        store.touch(path);
                    }
                >
                    <option value="" selected=initial.is_empty()>{tr(T::ChooseOption)}</option>
                    {MATURITY_LEVELS
                        .iter()
                        .map(|&level| view! {
                            <option value=level selected=initial == level>
                                {move || i18n::maturity_level(lang.get(), level)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </FieldFrame>
        }
    };
    view! {
        {select(FieldPath::MaturityNow, T::MaturityNow, true)}
        {select(FieldPath::MaturityTarget, T::MaturityTarget, false)}
    }
}
