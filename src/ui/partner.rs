//! A partner's own page: the draft made from a lead's request (`RawDraft::partner_of`). One guided
//! page of the partner's part only (contact, signatory, role and commitment, costs with the same
//! live rules and totals as the lead's budget, own financing, the council's or board's decision),
//! autosaved like any draft, and returned to the lead as a contribution file or text.

use crate::domain::draft::LineId;
use crate::domain::formats::partner::{contribution, file_name, to_json};
use crate::domain::rules::applicants::display_name;
use crate::domain::rules::finding::{ApplicantField, FieldPath};
use crate::domain::rules::partners::in_part;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::money::Money;
use crate::i18n::{self, T};
use crate::ui::applicants::{decision_fields, financing_field, part_field, signatory_fields};
use crate::ui::budget::CostLines;
use crate::ui::dom::focus_after_render;
use crate::ui::files;
use crate::ui::form::{text, tr, TextField};
use crate::ui::line_window::LineWindow;
use crate::ui::list::edit_item;
use crate::ui::store::use_store;
use crate::ui::summary::{set_title, ErrorSummary, SUMMARY_ID};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let lines = LineWindow::start(store);
    provide_context(lines);
    let of = store.draft.with_untracked(|d| d.partner_of.clone()).unwrap_or_default();
    let id: LineId = of.sent.applicant.id;
    let errors = Memo::new(move |_| {
        store
            .analysis
            .with(|a| a.findings.iter().filter(|f| in_part(f) && f.is_error()).count())
    });
    set_title(
        move |l| {
            let name = store.draft.with_untracked(|d| d.project.name().to_string());
            format!("{}: {name}", T::PartnerExchange.get(l))
        },
        move || store.show_all.get() && errors.get() > 0,
    );
    let initial = store
        .draft
        .with_untracked(|d| d.applicants.iter().find(|a| a.id == id).cloned())
        .unwrap_or_default();
    let at = move |field| FieldPath::Applicant { id, field };
    let edit =
        move |set: fn(&mut crate::domain::draft::RawApplicant, String)| edit_item(|d| &mut d.applicants, id, set);
    let project = store.draft.with_untracked(|d| d.project.clone());
    let project_name = project.name().to_string();
    let period = move || {
        let l = lang.get();
        let d = |s: &str| parse_date(s).map(|d| i18n::date(l, d)).unwrap_or_default();
        format!("{} – {}", d(&project.start), d(&project.end))
    };
    let lead = of.lead.clone();
    let lead_name = move || display_name(&lead, lang.get()).unwrap_or_default();
    let lead_contact = [
        of.lead.contact_name.clone(),
        of.lead.contact_email.clone(),
        of.lead.contact_phone.clone(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    let own = initial.clone();
    let own_name = move || display_name(&own, lang.get()).unwrap_or_default();
    let requested_at = of.requested_at.clone();
    let message = of.message.clone();
    let totals = Memo::new(move |_| {
        store
            .analysis
            .with(|a| (a.totals.all.net, a.totals.all.vat, a.totals.eligible_base))
    });
    let money = move |m: Money| m.format(lang.get());

    let copied = RwSignal::new(None::<bool>);
    let export = move || {
        store.draft.with_untracked(|d| {
            contribution(d, &files::now_rfc3339()).map(|c| {
                let name = d
                    .applicants
                    .first()
                    .and_then(|a| display_name(a, crate::domain::vocabulary::locale::Lang::Fi))
                    .unwrap_or_default();
                (file_name("osuus", &name, &files::today()), to_json(&c))
            })
        })
    };
    let download = move |_| {
        if let Some((name, text)) = export() {
            let _ = files::download(&name, &text, "application/json");
        }
    };
    let copy = move |_| {
        if let Some((_, text)) = export() {
            spawn_local(async move { copied.set(Some(files::copy(&text).await.is_ok())) });
        }
    };
    let check = move |_| {
        store.show_all.set(true);
        focus_after_render(SUMMARY_ID.into());
    };

    view! {
        <h1>{move || t(T::PartnerExchange)} ": " {project_name.clone()}</h1>
        <p class="lead">{move || t(T::PartnerPageIntro)}</p>
        <ErrorSummary section=Section::Applicants part=true />
        <section aria-labelledby="request-title" class="request-info">
            <h2 id="request-title">{move || t(T::RequestFrom)}</h2>
            <dl>
                <div><dt>{move || t(T::ProjectTitle)}</dt><dd id="request-project">{project_name}</dd></div>
                <div><dt>{move || t(T::FieldSummary)}</dt><dd>{project.summary.clone()}</dd></div>
                <div><dt>{move || t(T::ProjectPeriod)}</dt><dd>{period}</dd></div>
                <div><dt>{move || t(T::Lead)}</dt><dd id="request-lead">{lead_name} " · " {lead_contact}</dd></div>
                <div><dt>{move || t(T::StatusRequested)}</dt><dd>{move || files::local_date_time(lang.get(), &requested_at)}</dd></div>
                {(!message.trim().is_empty()).then(|| view! {
                    <div><dt>{move || t(T::MessageFromLead)}</dt><dd id="request-message">{message.clone()}</dd></div>
                })}
                <div><dt>{move || t(T::YourOrganisation)}</dt><dd id="own-organisation">{own_name}</dd></div>
            </dl>
        </section>

        <h2>{move || t(T::PartContact)}</h2>
        {part_field(id, ApplicantField::ContactName, T::FieldContactName, None, initial.contact_name.clone(), |a, v| a.contact_name = v)}
        <TextField path=at(ApplicantField::ContactEmail) label=tr(T::FieldContactEmail) value=initial.contact_email.clone()
            on_input=edit(|a, v| a.contact_email = v) input_type="email" autocomplete="email" />
        <TextField path=at(ApplicantField::ContactPhone) label=tr(T::FieldContactPhone) value=initial.contact_phone.clone()
            on_input=edit(|a, v| a.contact_phone = v) input_type="tel" autocomplete="tel" />

        <h2>{move || t(T::PartSignatory)}</h2>
        {signatory_fields(id, &initial)}

        <h2>{move || t(T::PartRole)}</h2>
        <TextField path=at(ApplicantField::Role) label=tr(T::FieldRole) value=initial.role.clone()
            on_input=edit(|a, v| a.role = v) multiline=true />
        <TextField path=at(ApplicantField::Commitment) label=tr(T::FieldCommitment) hint=tr(T::FieldCommitmentHint)
            value=initial.commitment.clone() on_input=edit(|a, v| a.commitment = v) multiline=true />

        <h2>{move || t(T::PartCosts)}</h2>
        <p>{move || t(T::PartCostsIntro)}</p>
        <CostLines lines bearer=id />
        <section class="totals" aria-labelledby="part-totals-title">
            <h3 id="part-totals-title">{text(lang, T::Summary)}</h3>
            <dl>
                <div><dt>{text(lang, T::TotalCosts)}</dt><dd id="total-net">{move || money(totals.get().0)}</dd></div>
                <div><dt>{text(lang, T::TotalVat)}</dt><dd id="total-vat">{move || money(totals.get().1)}</dd></div>
                <div class="strong"><dt>{text(lang, T::EligibleBase)}</dt><dd id="eligible-base">{move || money(totals.get().2)}</dd></div>
            </dl>
        </section>

        <h2>{move || t(T::PartFinancing)}</h2>
        {financing_field(id, &initial)}

        <h2>{move || t(T::PartDecision)}</h2>
        {decision_fields(id, &initial)}

        <h2 id="return-title">{move || t(T::PartReturn)}</h2>
        <p id="part-status" class=move || if errors.get() == 0 { "banner good" } else { "banner warn" }>
            {move || i18n::part_errors(lang.get(), errors.get())}
        </p>
        <p class="actions">
            <button type="button" class="button secondary" id="check-part" on:click=check>{move || t(T::CheckPart)}</button>
            <button type="button" class="button" id="download-contribution" on:click=download>{move || t(T::DownloadContribution)}</button>
            <button type="button" class="button secondary" id="copy-contribution" on:click=copy>{move || t(T::CopyContribution)}</button>
        </p>
        <p role="status" id="copy-result">
            {move || copied.get().map(|ok| t(if ok { T::Copied } else { T::CopyFailed }))}
        </p>
    }
}
