//! The risk register page: each risk with likelihood × impact, mitigation and owner.

use crate::domain::draft::{LineId, RawRisk};
use crate::domain::rules::finding::{FieldPath, RiskField};
use crate::domain::rules::risks::score;
use crate::domain::rules::sections::Section;
use crate::i18n::T;
use crate::ui::applicants::applicant_options;
use crate::ui::form::{tr, Label, SelectField, TextField};
use crate::ui::list::{edit_item, numbered, remove_with_undo, ListPage, Undo};
use crate::ui::store::use_store;
use leptos::prelude::*;

#[component]
pub fn RisksPage() -> impl IntoView {
    view! {
        <ListPage
            section=Section::Risks
            intro=T::RisksIntro
            path=FieldPath::Risks
            ids=|d| d.risks.iter().map(|r| r.id).collect()
            add_item=|d| FieldPath::Risk { id: d.add_risk(), field: RiskField::Description }.dom_id()
            empty=T::NoRisks
            add=T::AddRisk
            removed=T::RiskRemoved
            card=|id, undo| view! { <RiskCard id undo /> }
        />
    }
}

/// The scale 1–5 as options.
pub fn scale_options() -> Vec<(String, Label)> {
    (1..=5u8)
        .map(|n| (n.to_string(), Box::new(move |_| n.to_string()) as Label))
        .collect()
}

#[component]
fn RiskCard(id: LineId, undo: RwSignal<Option<Undo>>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let initial = store
        .draft
        .with_untracked(|d| d.risks.iter().find(|r| r.id == id).cloned())
        .unwrap_or_default();
    let risk_score = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.risks.iter().find(|r| r.id == id).and_then(score))
    });
    let at = move |field| FieldPath::Risk { id, field };
    let edit = move |set: fn(&mut RawRisk, String)| edit_item(|d| &mut d.risks, id, set);
    let heading = numbered(id, T::Risk, |d| &d.risks);
    let remove = move |_| remove_with_undo(undo, id, |d| &mut d.risks, at(RiskField::Description).dom_id());
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
                    options=scale_options()
                    on_change=edit(|r, v| r.likelihood = v)
                />
                <SelectField
                    path=at(RiskField::Impact)
                    label=tr(T::FieldImpact)
                    value=initial.impact.clone()
                    options=scale_options()
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
                options=applicant_options()
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
