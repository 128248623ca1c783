//! The applicants page: the lead and the partners, each a municipality from the 2020 register
//! (searchable by Finnish or Swedish name or code) or a joint municipal authority by name.

use crate::domain::draft::{ApplicantKind, LineId, RawApplicant};
use crate::domain::rules::applicants::{display_name, resolve_municipality};
use crate::domain::rules::finding::{ApplicantField, FieldPath};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::register;
use crate::i18n::{self, T};
use crate::ui::dom::focus_after_render;
use crate::ui::field::{revealed, FieldMessages};
use crate::ui::form::{field_findings, tr, ConfirmField, TextField};
use crate::ui::list::{edit_item, remove_with_undo, Undo, UndoNotice};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;
use leptos_router::components::A;

const MUNICIPALITIES: &str = "municipality-names";

#[component]
pub fn ApplicantsPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    page_title(Some(Section::Applicants));
    let ids = Memo::new(move |_| {
        store
            .draft
            .with(|d| d.applicants.iter().map(|a| a.id).collect::<Vec<_>>())
    });
    let add = move |_| {
        if let Some(id) = store.draft.try_update(|d| d.add_applicant(ApplicantKind::Municipality)) {
            focus_after_render(
                FieldPath::Applicant {
                    id,
                    field: ApplicantField::Municipality,
                }
                .dom_id(),
            );
        }
    };
    let undo = RwSignal::new(None::<Undo>);
    let list_path = FieldPath::Applicants;
    let list_shown = revealed(list_path, field_findings(list_path), Signal::derive(|| false));
    let population = Memo::new(move |_| store.analysis.with(|a| a.applicants.population));
    view! {
        <h1>{move || t(T::ApplicantsTitle)}</h1>
        <p class="lead">{move || t(T::ApplicantsIntro)}</p>
        <ErrorSummary section=Section::Applicants />
        // The register in the user's language, for the municipality fields' suggestions.
        <datalist id=MUNICIPALITIES>
            {move || {
                let l = lang.get();
                register::all()
                    .iter()
                    .map(|m| view! { <option value=m.name(l).to_string()>{format!("{} · {}", m.code, other_name(m, l))}</option> })
                    .collect_view()
            }}
        </datalist>
        <div id="applicants" tabindex="-1">
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{move || t(T::NoApplicants)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:id>
                <ApplicantCard id undo />
            </For>
            <FieldMessages path=list_path shown=list_shown />
        </div>
        <UndoNotice undo removed=T::ApplicantRemoved />
        <button type="button" class="button secondary" on:click=add>"+ " {move || t(T::AddApplicant)}</button>
        <p class="population">
            {move || t(T::PopulationCovered)} ": "
            <strong id="population">{move || i18n::integer(lang.get(), population.get())}</strong>
        </p>
        // The lead's commitment (004: the grant is paid to the applicant that answers for its use).
        <ConfirmField
            path=FieldPath::LeadResponsible
            label=tr(T::LeadResponsibleLabel)
            hint=tr(T::LeadResponsibleHint)
            value=store.draft.with_untracked(|d| d.lead_responsible)
            on_change=move |on| store.draft.update(|d| d.lead_responsible = on)
        />
        <SectionFooter section=Section::Applicants />
    }
}

/// How an applicant is named in lists: its name, or "Hankehallinnoija" / "Osatoteuttaja 3" before it
/// has one.
pub fn applicant_label(applicant: &RawApplicant, index: usize, lang: Lang) -> String {
    display_name(applicant, lang).unwrap_or_else(|| match index {
        0 => T::Lead.get(lang).to_string(),
        i => format!("{} {}", T::Partner.get(lang), i + 1),
    })
}

/// The applicants as options of a select (value: the applicant's id), named in the user's language.
pub fn applicant_options() -> Vec<(String, crate::ui::form::Label)> {
    use_store().draft.with_untracked(|d| {
        d.applicants
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let applicant = a.clone();
                let label: crate::ui::form::Label = Box::new(move |l| applicant_label(&applicant, i, l));
                (a.id.to_string(), label)
            })
            .collect()
    })
}

/// The name in the other national language, when it differs ("Helsingfors" beside "Helsinki").
fn other_name(m: &register::Municipality, lang: Lang) -> String {
    let other = if m.name(lang) == m.name_fi {
        &m.name_sv
    } else {
        &m.name_fi
    };
    if other == m.name(lang) {
        String::new()
    } else {
        other.clone()
    }
}

#[component]
fn ApplicantCard(id: LineId, undo: RwSignal<Option<Undo>>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let current = move || {
        store
            .draft
            .with_untracked(|d| d.applicants.iter().find(|a| a.id == id).cloned())
            .unwrap_or_default()
    };
    let initial = current();
    let position = Memo::new(move |_| store.draft.with(|d| d.applicants.iter().position(|a| a.id == id)));
    let kind = Memo::new(move |_| {
        store.draft.with(|d| {
            d.applicants
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.kind)
                .unwrap_or_default()
        })
    });
    let municipality = Memo::new(move |_| {
        store.draft.with(|d| {
            d.applicants
                .iter()
                .find(|a| a.id == id)
                .and_then(|a| resolve_municipality(&a.municipality))
                .cloned()
        })
    });
    let at = move |field| FieldPath::Applicant { id, field };
    let edit = move |set: fn(&mut RawApplicant, String)| edit_item(|d| &mut d.applicants, id, set);
    let set_kind = move |k: ApplicantKind| {
        store.draft.update(|d| {
            if let Some(a) = d.applicant_mut(id) {
                a.kind = k;
            }
        })
    };
    let remove = move |_| remove_with_undo(undo, id, |d| &mut d.applicants, format!("applicant-{id}-legend"));
    let make_lead = move |_| {
        store.draft.update(|d| d.make_lead(id));
        focus_after_render(format!("applicant-{id}-legend"));
    };
    let legend = move || match position.get() {
        Some(0) | None => t(T::Lead).to_string(),
        Some(i) => format!("{} {}", t(T::Partner), i + 1),
    };
    let is_partner = move || position.get().is_some_and(|i| i > 0);
    // A memo: worked out once per change of the draft, and the status line told only when it changes.
    let exchange = Memo::new(move |_| {
        store
            .draft
            .with(|d| crate::domain::rules::partners::partner_status(d, id))
    });
    let exchange_status = move || exchange.get();
    let kind_name = format!("applicant-{id}-kind");
    let radio = move |k: ApplicantKind, label: T| {
        let name = kind_name.clone();
        view! {
            <label class="checkbox">
                <input
                    type="radio"
                    name=name
                    value=if k == ApplicantKind::Municipality { "municipality" } else { "authority" }
                    prop:checked=initial.kind == k
                    on:change=move |_| set_kind(k)
                />
                {move || t(label)}
            </label>
        }
    };
    view! {
        <section class="applicant" aria-labelledby=format!("applicant-{id}-legend")>
            <h2 id=format!("applicant-{id}-legend") tabindex="-1">{legend}</h2>
            <fieldset class="radios">
                <legend>{move || t(T::ApplicantKind)}</legend>
                {radio(ApplicantKind::Municipality, T::KindMunicipality)}
                {radio(ApplicantKind::Authority, T::KindAuthority)}
            </fieldset>
            <Show
                when=move || kind.get() == ApplicantKind::Municipality
                fallback=move || view! {
                    <TextField
                        path=at(ApplicantField::Name)
                        label=tr(T::FieldAuthorityName)
                        value=current().name
                        on_input=edit(|a, v| a.name = v)
                    />
                }
            >
                <TextField
                    path=at(ApplicantField::Municipality)
                    label=tr(T::FieldMunicipality)
                    hint=tr(T::FieldMunicipalityHint)
                    value=current().municipality
                    on_input=edit(|a, v| a.municipality = v)
                    list=MUNICIPALITIES
                />
                {move || municipality.get().map(|m| view! {
                    <p class="found">
                        {m.name(lang.get()).to_string()} " (" {m.code.clone()} ") · "
                        {move || t(T::Population)} " " {i18n::integer(lang.get(), u64::from(m.population))}
                    </p>
                })}
            </Show>
            <TextField
                path=at(ApplicantField::BusinessId)
                label=tr(T::FieldBusinessId)
                hint=tr(T::FieldBusinessIdHint)
                value=initial.business_id.clone()
                on_input=edit(|a, v| a.business_id = v)
            />
            <TextField
                path=at(ApplicantField::ContactName)
                label=tr(T::FieldContactName)
                value=initial.contact_name.clone()
                on_input=edit(|a, v| a.contact_name = v)
                autocomplete="name"
            />
            <TextField
                path=at(ApplicantField::ContactEmail)
                label=tr(T::FieldContactEmail)
                value=initial.contact_email.clone()
                on_input=edit(|a, v| a.contact_email = v)
                input_type="email"
                autocomplete="email"
            />
            <TextField
                path=at(ApplicantField::ContactPhone)
                label=tr(T::FieldContactPhone)
                value=initial.contact_phone.clone()
                on_input=edit(|a, v| a.contact_phone = v)
                input_type="tel"
                autocomplete="tel"
            />
            <Show when=is_partner>
                <p class="exchange" id=format!("applicant-{id}-exchange") tabindex="-1">
                    {move || t(T::PartnerExchange)} ": "
                    <strong class=move || crate::ui::partners::status_class(&exchange_status())>
                        {move || crate::ui::partners::status_text(lang.get(), &exchange_status())}
                    </strong>
                    " · "
                    <A href="/partners">{move || t(T::PartnersLink)}</A>
                </p>
                <TextField
                    path=at(ApplicantField::Role)
                    label=tr(T::FieldRole)
                    value=current().role
                    on_input=edit(|a, v| a.role = v)
                    multiline=true
                />
                <TextField
                    path=at(ApplicantField::Commitment)
                    label=tr(T::FieldCommitment)
                    hint=tr(T::FieldCommitmentHint)
                    value=current().commitment
                    on_input=edit(|a, v| a.commitment = v)
                    multiline=true
                />
            </Show>
            // A partner fills these in on its own page and the lead merges them; the lead has them too.
            {signatory_fields(id, &initial)}
            {financing_field(id, &initial)}
            {decision_fields(id, &initial)}
            <div class="card-actions">
                <Show when=is_partner>
                    <button type="button" class="button small secondary" on:click=make_lead
                        aria-label=move || format!("{}: {}", t(T::MakeLead), legend())>
                        {move || t(T::MakeLead)}
                    </button>
                </Show>
                <button type="button" class="button small secondary" on:click=remove
                    aria-label=move || format!("{}: {}", t(T::RemoveApplicant), legend())>
                    {move || t(T::RemoveApplicant)}
                </button>
            </div>
        </section>
    }
}

/// One text field of an applicant's part, with its label and hint.
pub fn part_field(
    id: LineId,
    field: ApplicantField,
    label: T,
    hint: Option<T>,
    value: String,
    set: fn(&mut RawApplicant, String),
) -> impl IntoView {
    let path = FieldPath::Applicant { id, field };
    let on_input = edit_item(|d| &mut d.applicants, id, set);
    view! { <TextField path label=tr(label) hint=hint.map(tr) value on_input /> }
}

/// The person with signing authority and their position: on every applicant's card, and under a
/// heading of their own on a partner's page.
pub fn signatory_fields(id: LineId, a: &RawApplicant) -> impl IntoView {
    (
        part_field(
            id,
            ApplicantField::SignatoryName,
            T::FieldSignatoryName,
            None,
            a.signatory_name.clone(),
            |a, v| a.signatory_name = v,
        ),
        part_field(
            id,
            ApplicantField::SignatoryTitle,
            T::FieldSignatoryTitle,
            None,
            a.signatory_title.clone(),
            |a, v| a.signatory_title = v,
        ),
    )
}

/// The applicant's own financing.
pub fn financing_field(id: LineId, a: &RawApplicant) -> impl IntoView {
    part_field(
        id,
        ApplicantField::OwnFinancing,
        T::FieldOwnFinancing,
        Some(T::FieldOwnFinancingHint),
        a.own_financing.clone(),
        |a, v| a.own_financing = v,
    )
}

/// The decision of the applicant's council or board: body, date, section, or when it will be made.
pub fn decision_fields(id: LineId, a: &RawApplicant) -> impl IntoView {
    (
        part_field(
            id,
            ApplicantField::DecisionBody,
            T::FieldDecisionBody,
            Some(T::FieldDecisionBodyHint),
            a.decision_body.clone(),
            |a, v| a.decision_body = v,
        ),
        part_field(
            id,
            ApplicantField::DecisionDate,
            T::FieldDecisionDate,
            Some(T::FieldDecisionDateHint),
            a.decision_date.clone(),
            |a, v| a.decision_date = v,
        ),
        part_field(
            id,
            ApplicantField::DecisionSection,
            T::FieldDecisionSection,
            None,
            a.decision_section.clone(),
            |a, v| a.decision_section = v,
        ),
        part_field(
            id,
            ApplicantField::DecisionPlanned,
            T::FieldDecisionPlanned,
            None,
            a.decision_planned.clone(),
            |a, v| a.decision_planned = v,
        ),
    )
}
