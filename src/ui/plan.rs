//! The schedule page (work packages and milestones) and the monitoring page (indicators).

use crate::domain::draft::{LineId, RawIndicator, RawWorkPackage};
use crate::domain::rules::finding::{FieldPath, IndicatorField, PackageField};
use crate::domain::rules::sections::Section;
use crate::i18n::T;
use crate::ui::applicants::applicant_options;
use crate::ui::form::{tr, SelectField, TextField};
use crate::ui::list::{edit_item, numbered, remove_with_undo, ListPage, Undo};
use crate::ui::store::use_store;
use leptos::prelude::*;

#[component]
pub fn SchedulePage() -> impl IntoView {
    view! {
        <ListPage
            section=Section::Schedule
            intro=T::ScheduleIntro
            path=FieldPath::Schedule
            ids=|d| d.schedule.iter().map(|w| w.id).collect()
            add_item=|d| {
                let id = d.take_id();
                d.schedule.push(RawWorkPackage { id, ..Default::default() });
                FieldPath::WorkPackage { id, field: PackageField::Name }.dom_id()
            }
            empty=T::NoPackages
            add=T::AddPackage
            removed=T::PackageRemoved
            card=|id, undo| view! { <PackageCard id undo /> }
        />
    }
}

#[component]
fn PackageCard(id: LineId, undo: RwSignal<Option<Undo>>) -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let initial = store
        .draft
        .with_untracked(|d| d.schedule.iter().find(|w| w.id == id).cloned())
        .unwrap_or_default();
    let at = move |field| FieldPath::WorkPackage { id, field };
    let edit = move |set: fn(&mut RawWorkPackage, String)| edit_item(|d| &mut d.schedule, id, set);
    let heading = numbered(id, T::WorkPackage, |d| &d.schedule);
    let remove = move |_| remove_with_undo(undo, id, |d| &mut d.schedule, at(PackageField::Name).dom_id());
    view! {
        <section class="applicant" aria-labelledby=format!("package-{id}-heading")>
            <h2 id=format!("package-{id}-heading")>{heading}</h2>
            <TextField
                path=at(PackageField::Name)
                label=tr(T::FieldPackageName)
                value=initial.name.clone()
                on_input=edit(|w, v| w.name = v)
            />
            <div class="scales">
                <TextField
                    path=at(PackageField::Start)
                    label=tr(T::FieldStart)
                    value=initial.start.clone()
                    on_input=edit(|w, v| w.start = v)
                    input_type="date"
                />
                <TextField
                    path=at(PackageField::End)
                    label=tr(T::FieldEnd)
                    value=initial.end.clone()
                    on_input=edit(|w, v| w.end = v)
                    input_type="date"
                />
            </div>
            <SelectField
                path=at(PackageField::Responsible)
                label=tr(T::FieldResponsible)
                value=initial.responsible.clone()
                options=applicant_options()
                on_change=edit(|w, v| w.responsible = v)
            />
            <div class="card-actions">
                <button type="button" class="button small secondary" on:click=remove>
                    {move || t(T::RemovePackage)}
                    <span class="visually-hidden">" " {heading}</span>
                </button>
            </div>
        </section>
    }
}

#[component]
pub fn MonitoringPage() -> impl IntoView {
    view! {
        <ListPage
            section=Section::Monitoring
            intro=T::MonitoringIntro
            path=FieldPath::Indicators
            ids=|d| d.indicators.iter().map(|i| i.id).collect()
            add_item=|d| {
                let id = d.take_id();
                d.indicators.push(RawIndicator { id, ..Default::default() });
                FieldPath::Indicator { id, field: IndicatorField::Name }.dom_id()
            }
            empty=T::NoIndicators
            add=T::AddIndicator
            removed=T::IndicatorRemoved
            card=|id, undo| view! { <IndicatorCard id undo /> }
        />
    }
}

#[component]
fn IndicatorCard(id: LineId, undo: RwSignal<Option<Undo>>) -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let initial = store
        .draft
        .with_untracked(|d| d.indicators.iter().find(|i| i.id == id).cloned())
        .unwrap_or_default();
    let at = move |field| FieldPath::Indicator { id, field };
    let edit = move |set: fn(&mut RawIndicator, String)| edit_item(|d| &mut d.indicators, id, set);
    let heading = numbered(id, T::Indicator, |d| &d.indicators);
    let remove = move |_| remove_with_undo(undo, id, |d| &mut d.indicators, at(IndicatorField::Name).dom_id());
    view! {
        <section class="applicant" aria-labelledby=format!("indicator-{id}-heading")>
            <h2 id=format!("indicator-{id}-heading")>{heading}</h2>
            <TextField path=at(IndicatorField::Name) label=tr(T::FieldIndicatorName) value=initial.name.clone() on_input=edit(|i, v| i.name = v) />
            <div class="scales">
                <TextField path=at(IndicatorField::Baseline) label=tr(T::FieldBaseline) value=initial.baseline.clone() on_input=edit(|i, v| i.baseline = v) />
                <TextField path=at(IndicatorField::Target) label=tr(T::FieldTargetValue) value=initial.target.clone() on_input=edit(|i, v| i.target = v) />
            </div>
            <TextField path=at(IndicatorField::Method) label=tr(T::FieldMethod) value=initial.method.clone() on_input=edit(|i, v| i.method = v) />
            <TextField path=at(IndicatorField::Timing) label=tr(T::FieldTiming) value=initial.timing.clone() on_input=edit(|i, v| i.timing = v) />
            <div class="card-actions">
                <button type="button" class="button small secondary" on:click=remove>
                    {move || t(T::RemoveIndicator)}
                    <span class="visually-hidden">" " {heading}</span>
                </button>
            </div>
        </section>
    }
}
