//! The risk register page: each risk with likelihood × impact, mitigation and owner.

use crate::domain::draft::{LineId, RawRisk};
use crate::domain::finding::{FieldPath, RiskField};
use crate::domain::risks::score;
use crate::domain::sections::Section;
use crate::i18n::T;
use crate::ui::applicants::applicant_label;
use crate::ui::dom::focus_after_render;
use crate::ui::field::{revealed, FieldMessages};
use crate::ui::form::{field_findings, tr, Label, SelectField, TextField};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;

const UNDO_ID: &str = "undo-remove-risk";

#[component]
pub fn RisksPage() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    page_title(Some(Section::Risks));
    let ids = Memo::new(move |_| store.draft.with(|d| d.risks.iter().map(|r| r.id).collect::<Vec<_>>()));
    let add = move |_| {
        if let Some(id) = store.draft.try_update(|d| d.add_risk()) {
            focus_after_render(
                FieldPath::Risk {
                    id,
                    field: RiskField::Description,
                }
                .dom_id(),
            );
        }
    };
    let undo = move |_| {
        if let Some((index, risk)) = store.removed_risk.get_untracked() {
            let id = risk.id;
            store.draft.update(|d| d.restore_risk(index, risk));
            store.removed_risk.set(None);
            focus_after_render(
                FieldPath::Risk {
                    id,
                    field: RiskField::Description,
                }
                .dom_id(),
            );
        }
    };
    let list = FieldPath::Risks;
    let list_shown = revealed(list, field_findings(list), Signal::derive(|| false));
    view! {
        <h1>{move || t(T::RisksTitle)}</h1>
        <p class="lead">{move || t(T::RisksIntro)}</p>
        <ErrorSummary section=Section::Risks />
        <div id="risks" tabindex="-1">
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{move || t(T::NoRisks)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:id>
                <RiskCard id />
            </For>
            <FieldMessages path=list shown=list_shown />
        </div>
        <div role="status" class="undo-notice">
            <Show when=move || store.removed_risk.with(Option::is_some)>
                <span>{move || t(T::RiskRemoved)}</span> " "
                <button type="button" id=UNDO_ID class="button small" on:click=undo>{move || t(T::UndoRisk)}</button>
            </Show>
        </div>
        <button type="button" class="button secondary" on:click=add>"+ " {move || t(T::AddRisk)}</button>
        <SectionFooter section=Section::Risks />
    }
}

#[component]
fn RiskCard(id: LineId) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let initial = store
        .draft
        .with_untracked(|d| d.risks.iter().find(|r| r.id == id).cloned())
        .unwrap_or_default();
    let number = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.risks.iter().position(|r| r.id == id))
            .map_or(0, |i| i + 1)
    });
    let risk_score = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.risks.iter().find(|r| r.id == id).and_then(score))
    });
    let at = move |field| FieldPath::Risk { id, field };
    let edit = move |set: fn(&mut RawRisk, String)| {
        Callback::new(move |v: String| {
            store.draft.update(|d| {
                if let Some(r) = d.risk_mut(id) {
                    set(r, v);
                }
            })
        })
    };
    let scale = || -> Vec<(String, Label)> {
        (1..=5)
            .map(|n: u8| (n.to_string(), Box::new(move |_| n.to_string()) as Label))
            .collect()
    };
    let owners: Vec<(String, Label)> = store.draft.with_untracked(|d| {
        d.applicants
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let applicant = a.clone();
                (
                    a.id.to_string(),
                    Box::new(move |l| applicant_label(&applicant, i, l)) as Label,
                )
            })
            .collect()
    });
    let remove = move |_| {
        let mut removed = None;
        store.draft.update(|d| removed = d.remove_risk(id));
        if removed.is_some() {
            store.removed_risk.set(removed);
            focus_after_render(UNDO_ID.into());
        }
    };
    let heading = move || format!("{} {}", t(T::Risk), number.get());
    view! {
        <section class="applicant" aria-labelledby=format!("risk-{id}-heading")>
            <h2 id=format!("risk-{id}-heading")>{heading}</h2>
            <TextField
                path=at(RiskField::Description)
                label=tr(T::FieldRiskDescription)
                value=initial.description.clone()
                on_input=edit(|r, v| r.description = v)
                multiline=true
            />
            <div class="scales">
                <SelectField
                    path=at(RiskField::Likelihood)
                    label=tr(T::FieldLikelihood)
                    value=initial.likelihood.clone()
                    options=scale()
                    on_change=edit(|r, v| r.likelihood = v)
                />
                <SelectField
                    path=at(RiskField::Impact)
                    label=tr(T::FieldImpact)
                    value=initial.impact.clone()
                    options=scale()
                    on_change=edit(|r, v| r.impact = v)
                />
                <p class="score">
                    {move || t(T::RiskScore)} ": "
                    <strong id=format!("risk-{id}-score")>
                        {move || risk_score.get().map_or("–".to_string(), |s| s.to_string())}
                    </strong>
                </p>
            </div>
            <TextField
                path=at(RiskField::Mitigation)
                label=tr(T::FieldMitigation)
                value=initial.mitigation.clone()
                on_input=edit(|r, v| r.mitigation = v)
                multiline=true
            />
            <SelectField
                path=at(RiskField::Owner)
                label=tr(T::FieldOwner)
                value=initial.owner.clone()
                options=owners
                on_change=edit(|r, v| r.owner = v)
            />
            <div class="card-actions">
                <button type="button" class="button small secondary" on:click=remove>
                    {move || t(T::RemoveRisk)}
                    <span class="visually-hidden">" " {heading}</span>
                </button>
            </div>
        </section>
    }
}
