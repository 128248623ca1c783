//! The targets and exclusions page: which of the call's targets the project pursues, the exclusion
//! self-check (answering "yes" blocks the application, with the decision's words), and the
//! confirmation that the work is a municipal task.

use crate::domain::draft::YesNo;
use crate::domain::rules::finding::FieldPath;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::call::Assumed;
use crate::domain::vocabulary::targets::{Exclusion, Target};
use crate::i18n::{self, T};
use crate::ui::field::{described_by, hint_id, revealed, FieldMessages};
use crate::ui::form::{field_findings, tr, ConfirmField};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;

#[component]
pub fn TargetsPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    page_title(Some(Section::Targets));
    let (targets, exclusions) = store
        .analysis
        .with_untracked(|a| (a.call.targets.clone(), a.call.exclusions.clone()));
    let initial = store.draft.with_untracked(Clone::clone);
    let has_exclusions = !exclusions.is_empty();

    // Targets: checkboxes; the first carries the group's id, so the error summary can focus it. A
    // target of another call the draft has chosen (a draft moved between calls) has its box too,
    // checked, so that the user can take it out (the rules warn that it does not count here).
    let targets_path = FieldPath::Targets;
    let targets_shown = revealed(targets_path, field_findings(targets_path), store.has_left(targets_path));
    let mut boxes = targets;
    for t in Target::ALL {
        if !boxes.contains(&t) && initial.targets.iter().any(|x| x == t.id()) {
            boxes.push(t);
        }
    }
    let target_boxes = boxes
        .into_iter()
        .enumerate()
        .map(|(i, target)| {
            let id = if i == 0 {
                targets_path.dom_id()
            } else {
                format!("target-{}", target.id())
            };
            let checked = initial.targets.iter().any(|x| x == target.id());
            view! {
                <label class="checkbox">
                    <input
                        type="checkbox"
                        id=id
                        value=target.id()
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            store.draft.update(|d| {
                                d.targets.retain(|x| x != target.id());
                                if on {
                                    d.targets.push(target.id().to_string());
                                }
                            });
                            store.touch(targets_path);
                        }
                    />
                    {move || i18n::target(lang.get(), target)}
                </label>
            }
        })
        .collect_view();

    // Exclusions: a yes/no question each; the "yes" radio carries the question's id.
    let questions = exclusions
        .into_iter()
        .map(|rule| {
            let exclusion: Exclusion = rule.exclusion;
            let path = FieldPath::Exclusion(exclusion);
            let shown = revealed(path, field_findings(path), store.has_left(path));
            let answer = initial.exclusions.get(exclusion.id()).copied().unwrap_or_default();
            let name = path.dom_id();
            let radio = move |value: YesNo, label: T, id: String| {
                let name = name.clone();
                view! {
                    <label class="checkbox">
                        <input
                            type="radio"
                            id=id
                            name=name
                            prop:checked=answer == value
                            on:change=move |_| {
                                store.draft.update(|d| {
                                    d.exclusions.insert(exclusion.id().to_string(), value);
                                });
                                store.touch(path);
                            }
                        />
                        {move || t(label)}
                    </label>
                }
            };
            // A hint where the question needs one to be answered as the decision means it.
            let hint = i18n::exclusion_hint(lang.get_untracked(), exclusion).map(|_| hint_id(&path.dom_id()));
            let hint_text = hint.clone().map(|id| {
                view! { <p class="hint" id=id>{move || i18n::exclusion_hint(lang.get(), exclusion)}</p> }
            });
            view! {
                <fieldset class="radios question" aria-describedby=described_by(path, hint, shown)>
                    <legend>{move || i18n::exclusion_question(lang.get(), exclusion)}</legend>
                    {hint_text}
                    {radio(YesNo::Yes, T::Yes, path.dom_id())}
                    {radio(YesNo::No, T::No, format!("{}-no", path.dom_id()))}
                    <FieldMessages path shown />
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <h1>{move || t(T::TargetsTitle)}</h1>
        <p class="lead">{move || t(T::TargetsIntro)}</p>
        <ErrorSummary section=Section::Targets />
        <fieldset class="checkboxes" aria-describedby=described_by(targets_path, None, targets_shown)>
            <legend>{move || t(T::TargetsLegend)}</legend>
            {target_boxes}
            <FieldMessages path=targets_path shown=targets_shown />
        </fieldset>
        // A call without exclusions (call I's slides state none) shows no heading for them.
        {has_exclusions.then(|| view! {
            <h2>{move || t(T::ExclusionsTitle)}</h2>
            <p>{move || t(T::ExclusionsIntro)}</p>
            {questions}
        })}
        <h2>{move || t(T::MunicipalTaskTitle)}</h2>
        <Show when=move || store.analysis.with(|a| a.call.assumes(Assumed::MunicipalTask))>
            <p class="hint">{move || t(T::AssumedMunicipalTaskNote)}</p>
        </Show>
        <ConfirmField
            path=FieldPath::MunicipalTask
            label=tr(T::MunicipalTaskLabel)
            value=initial.municipal_task
            on_change=move |on| store.draft.update(|d| d.municipal_task = on)
        />
        <SectionFooter section=Section::Targets />
    }
}
