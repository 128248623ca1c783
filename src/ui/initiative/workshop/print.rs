//! The printable workshop list (`/initiatives/workshop/print`): per candidate project its title,
//! targets, lead, proposers, the municipalities interested with their contacts, and the five
//! descriptions side by side (`JointProject::sheet`). A4 print rules in `style/workshop.css`.

use super::state::use_workshop;
use super::{contact_line, member_item};
use crate::domain::initiative::model::{Description, Origin};
use crate::domain::initiative::workshop::Sheet;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::initiative::{self as words, I};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;

/// The printable workshop list.
#[component]
pub fn WorkshopPrintPage() -> impl IntoView {
    let lang = use_lang();
    let state = use_workshop();
    let day = Memo::new(move |_| {
        state
            .table
            .with(|t| t.candidates.iter().find_map(|c| c.project.sheet().workshop))
    });
    set_title(move |l| words::workshop_list_title(l, day.get()), || false);
    view! {
        <div class="no-print workshop-print-actions">
            <p><a href="/initiatives/workshop" id="workshop-back">{text(lang, I::WorkshopBack)}</a></p>
            <p><button type="button" class="button" id="workshop-print" on:click=|_| { let _ = window().print(); }>{text(lang, I::WorkshopPrint)}</button></p>
        </div>
        <h1 id="workshop-print-title">{move || words::workshop_list_title(lang.get(), day.get())}</h1>
        {move || {
            let l = lang.get();
            state.table.with(|t| {
                if t.candidates.is_empty() {
                    return view! { <p>{I::WorkshopNoCandidates.get(l)}</p> }.into_any();
                }
                t.candidates
                    .iter()
                    .enumerate()
                    .map(|(k, c)| sheet_view(l, k, &c.project.sheet()))
                    .collect_view()
                    .into_any()
            })
        }}
    }
}

fn sheet_view(l: Lang, k: usize, s: &Sheet) -> AnyView {
    let heading = format!("sheet-{k}");
    let heading_h2 = heading.clone();
    let targets = s
        .targets
        .iter()
        .map(|&t| crate::i18n::target(l, t))
        .collect::<Vec<_>>()
        .join("; ");
    let lead = s.lead.as_ref().map(|m| {
        let contact = contact_line(&m.contact);
        if contact.is_empty() {
            m.who.name(l).to_string()
        } else {
            format!("{} – {contact}", m.who.name(l))
        }
    });
    let proposers = s.proposers.iter().map(|m| member_item(l, m)).collect_view();
    let interested = s
        .interested
        .iter()
        .map(|x| {
            let note = if x.named {
                I::WorkshopInterestedNamed
            } else if x.in_group {
                I::WorkshopTaken
            } else {
                I::WorkshopByTarget
            };
            let contact = contact_line(&x.contact);
            let contact = (!contact.is_empty()).then(|| format!(" – {contact}"));
            let need = (!x.need.trim().is_empty()).then(|| view! { <br /><span class="need">{x.need.clone()}</span> });
            view! { <li>{x.who.name(l).to_string()} " (" {note.get(l)} ")" {contact} {need}</li> }
        })
        .collect_view();
    let head = s
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.title.clone()} <span class="who">" (" {c.who.name(l).to_string()} ")"</span></th> })
        .collect_view();
    let rows = Description::ALL
        .into_iter()
        .map(|d| {
            let cells = s
                .row(d)
                .into_iter()
                .map(|t| view! { <td>{t.to_string()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{words::description(l, d)}</th>{cells}</tr> }
        })
        .collect_view();
    let estimates = s
        .columns
        .iter()
        .map(|c| {
            let typed = c.descriptions.cost_estimate.clone();
            view! { <td class="num">{c.estimate.map_or(typed, |m| m.format(l))}</td> }
        })
        .collect_view();
    let origins = s
        .columns
        .iter()
        .map(|c| {
            let origin = match c.origin {
                Origin::New => I::OriginNew.get(l).to_string(),
                Origin::Earlier if c.earlier_work.trim().is_empty() => I::OriginEarlier.get(l).to_string(),
                Origin::Earlier => format!("{}: {}", I::OriginEarlier.get(l), c.earlier_work.trim()),
                Origin::Unanswered => String::new(),
            };
            view! { <td>{origin}</td> }
        })
        .collect_view();
    view! {
        <section class="workshop-sheet" aria-labelledby=heading>
            <h2 id=heading_h2>{s.title.clone()}</h2>
            <dl class="sheet-facts">
                <dt>{I::FieldTargets.get(l)}</dt><dd class="sheet-targets">{targets}</dd>
                <dt>{I::WorkshopLead.get(l)}</dt><dd class="sheet-lead">{lead}</dd>
            </dl>
            <h3>{I::WorkshopColProposers.get(l)}</h3>
            <ul class="sheet-proposers">{proposers}</ul>
            <h3>{I::WorkshopColInterested.get(l)}</h3>
            <ul class="sheet-interested">{interested}</ul>
            <h3>{I::WorkshopDescriptions.get(l)}</h3>
            <div class="table-scroll">
                <table class="sheet-descriptions">
                    <thead><tr><th scope="col">{I::WorkshopDescription.get(l)}</th>{head}</tr></thead>
                    <tbody>
                        {rows}
                        <tr><th scope="row">{I::FieldCostEstimate.get(l)}</th>{estimates}</tr>
                        <tr><th scope="row">{I::FieldOrigin.get(l)}</th>{origins}</tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
