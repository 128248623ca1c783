//! The payment claims (`/grant/<id>/claims`, maksatushakemus, docs/rules.md §11.5): each claim as
//! typed — the day its costs run to, the amount asked (empty: all that may be asked), whether it
//! is the last, what the ministry paid and when — and its computation in words and figures from
//! `grant::claim`: the eligible realised costs to date E, the share s in force (and that it is
//! assumed), the cap min(G, ⌊s × E⌋), what was paid before P, and what may be claimed. "Tallenna
//! maksatushakemus tiedostoksi" downloads the `hakemus-payment-claim` file and marks it sent.

use crate::domain::draft::LineId;
use crate::domain::formats::grant_reports::{payment_claim, payment_claim_file_name, to_json};
use crate::domain::grant::finding::Place;
use crate::domain::grant::model::{RawClaim, RawGrant};
use crate::i18n::grant_reporting::Gt;
use crate::i18n::grant_reports::{label, Label};
use crate::ui::checked::{Checked, CheckedField, Messages};
use crate::ui::form::text;
use crate::ui::grant::reporting::{
    figure_list, save_file, sent_said, start_page, BackToProject, Checks, FindingSummary, Removal, RemovedNotice,
};
use crate::ui::grant::settlement::share_in_force;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use leptos::prelude::*;

fn is_claim(p: &Place) -> bool {
    matches!(p, Place::Claim { .. })
}

#[component]
pub fn ClaimsPage() -> impl IntoView {
    let (open, lang, checks, id) = start_page(Gt::ClaimsTitle);
    let grant = open.grant;
    let ids = Memo::new(move |_| grant.with(|g| g.claims.iter().map(|c| c.id).collect::<Vec<_>>()));
    let removal = Removal::new();
    let add = move |_| {
        let new = open.grant.with_untracked(|g| g.next_id.max(1));
        open.edit(|g| {
            let id = g.take_id();
            g.claims.push(RawClaim {
                id,
                ..RawClaim::default()
            });
        });
        crate::ui::dom::focus_after_render(format!("claim-{new}-until"));
    };
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gt::ClaimsTitle)}</h1>
        <p class="lead">{text(lang, Gt::ClaimsIntro)}</p>
        <p id="claims-formula">{text(lang, Gt::Formula)}</p>
        <p id="claims-share">{move || checks.review.with(|r| share_in_force(lang.get(), &r.share))}</p>
        <FindingSummary checks on=is_claim />
        <Show when=move || ids.with(Vec::is_empty)>
            <p id="no-claims">{text(lang, Gt::NoClaims)}</p>
        </Show>
        <For each=move || ids.get().into_iter().enumerate() key=|row| *row let:row>
            <Claim id=row.1 number=row.0 + 1 checks removal />
        </For>
        <RemovedNotice removal />
        <button type="button" id="add-claim" class="button secondary" on:click=add>"+ " {text(lang, Gt::AddClaim)}</button>
    }
}

#[component]
fn Claim(id: LineId, number: usize, checks: Checks, removal: Removal) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let remove = move |_| {
        removal.remove(
            open,
            Gt::ClaimRemoved,
            id,
            |g| &mut g.claims,
            format!("claim-{id}-until"),
        );
    };
    let initial = grant.with_untracked(|g| g.claims.iter().find(|c| c.id == id).cloned().unwrap_or_default());
    let setter = move |set: fn(&mut RawClaim, String)| {
        Callback::new(move |v: String| {
            open.edit(|g: &mut RawGrant| {
                if let Some(c) = g.claims.iter_mut().find(|c| c.id == id) {
                    set(c, v);
                }
            })
        })
    };
    let status = RwSignal::new(String::new());
    let computed = move || {
        let l = lang.get();
        checks.review.with(|r| {
            r.claims.iter().find(|c| c.id == id).map(|c| {
                figure_list(
                    l,
                    vec![
                        ("", label(l, Label::Eligible).to_string() + " (E)", c.eligible),
                        (
                            "",
                            label(l, Label::Cap).to_string() + " min(G, \u{230a}s \u{d7} E\u{230b})",
                            c.cap,
                        ),
                        ("", label(l, Label::PaidBefore).to_string() + " (P)", c.paid_before),
                        ("", label(l, Label::MayClaim).to_string(), c.may_claim),
                    ],
                )
            })
        })
    };
    let save = move |_| {
        save_file(
            open,
            checks,
            status,
            lang.get_untracked(),
            move |p| matches!(p, Place::Claim { id: c, .. } if *c == id),
            |g, at| payment_claim(g, id, at).map(|f| (payment_claim_file_name(&f), to_json(&f))),
            move |g, at| {
                if let Some(c) = g.claims.iter_mut().find(|c| c.id == id) {
                    c.sent_at = at;
                }
            },
        )
    };
    let sent = move || {
        grant.with(|g| {
            sent_said(
                lang.get(),
                g.claims.iter().find(|c| c.id == id).map(|c| c.sent_at.as_str()),
            )
        })
    };
    let last_id = format!("claim-{id}-last");
    view! {
        <section class="claim" aria-labelledby=format!("claim-{id}-title")>
            <h2 id=format!("claim-{id}-title")>{text(lang, Gt::ClaimN)} " " {number}</h2>
            <CheckedField id=format!("claim-{id}-until") label=Gt::Until hint=Gt::DateHint value=initial.until.clone() checks set=setter(|c, v| c.until = v) />
            <CheckedField id=format!("claim-{id}-amount") label=Gt::AmountAsked value=initial.amount.clone() checks set=setter(|c, v| c.amount = v) />
            <div class="field checkbox">
                <input type="checkbox" id=last_id.clone() prop:checked=initial.last on:change=move |ev| {
                    let v = event_target_checked(&ev);
                    open.edit(|g| if let Some(c) = g.claims.iter_mut().find(|c| c.id == id) { c.last = v; });
                } />
                <label for=last_id.clone()>{text(lang, Gt::LastClaim)}</label>
                <Messages id=last_id.clone() shown=checks.shown(last_id.clone()) />
            </div>
            <h3>{text(lang, Gt::Computation)}</h3>
            <div id=format!("claim-{id}-computation")>{computed}</div>
            <p>{move || label(lang.get(), Label::MayClaim)} ": " <strong id=format!("claim-{id}-may")>{move || checks.review.with(|r| r.claims.iter().find(|c| c.id == id).map(|c| c.may_claim.format(lang.get())).unwrap_or_default())}</strong></p>
            <CheckedField id=format!("claim-{id}-paid") label=Gt::PaidAmount value=initial.paid.clone() checks set=setter(|c, v| c.paid = v) />
            <CheckedField id=format!("claim-{id}-paid-on") label=Gt::PaidOn hint=Gt::DateHint value=initial.paid_on.clone() checks set=setter(|c, v| c.paid_on = v) />
            <p id=format!("claim-{id}-sent")>{sent}</p>
            <button type="button" class="button" id=format!("claim-{id}-save") on:click=save>{text(lang, Gt::SaveClaim)}</button>
            <p role="status" id=format!("claim-{id}-status")>{move || status.get()}</p>
            <button type="button" class="button secondary small" id=format!("claim-{id}-remove") on:click=remove>
                {text(lang, Gt::RemoveClaim)} <span class="visually-hidden">" " {number}</span>
            </button>
        </section>
    }
}
