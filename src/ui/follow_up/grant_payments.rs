//! A grant's payments and its settlement decision's fields (docs/rules.md §12.5–§12.6). A payment is
//! of a claim received (chosen from the claims), with the amount approved, the presenter, the
//! approver, the day approved and the day paid; its findings (`PaymentCheck`: an amount above what
//! the claim may ask, recomputed, is an error; the presenter as approver a warning) at the fields
//! and in the page's summary; a payment can be removed. The settlement decision: the final grant,
//! paid, and the last instalment or the amount to recover (`settlement_decision`), its date, decider
//! and a recovery's due date, and the link to the decision to print.

use crate::domain::draft::LineId;
use crate::domain::formats::follow_up::RawPayment;
use crate::domain::reviewer::follow_up::Outcome;
use crate::i18n::follow_up::Fu;
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::ui::checked::{Checked, CheckedField, Messages};
use crate::ui::dom::focus_after_render;
use crate::ui::follow_up::grant::{settlement_path, Here};
use crate::ui::follow_up::shown::Shown;
use crate::ui::form::text;
use leptos::prelude::*;
use leptos_router::components::A;

/// The payments, with a button to add one.
#[component]
pub fn Payments() -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let ids = Memo::new(move |_| {
        here.with(|g| g.payments.iter().map(|p| p.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let add = move |_| {
        let mut added = None;
        here.edit(|g| added = Some(g.add_payment(0)));
        if let Some(id) = added {
            focus_after_render(format!("payment-{id}-claim"));
        }
    };
    view! {
        <section aria-labelledby="payments-title" id="payments">
            <h2 id="payments-title">{text(lang, Fp::GrantPaymentsTitle)}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p>{text(lang, Fp::NoGrantPayments)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:id>
                <Payment id />
            </For>
            <button type="button" class="button secondary" id="add-payment" on:click=add>"+ " {text(lang, Fp::AddPayment)}</button>
        </section>
    }
}

/// A field of a payment set to what is typed.
fn set_payment(here: Here, id: LineId, pick: fn(&mut RawPayment) -> &mut String) -> Callback<String> {
    Callback::new(move |value: String| {
        here.edit(move |g| {
            if let Some(p) = g.payment_mut(id) {
                *pick(p) = value;
            }
        })
    })
}

/// One payment.
#[component]
fn Payment(id: LineId) -> impl IntoView {
    let here = expect_context::<Here>();
    let shown = expect_context::<Shown>();
    let lang = here.lang;
    let p = here
        .with_untracked(|g| g.payments.iter().find(|p| p.id == id).cloned())
        .flatten()
        .unwrap_or_default();
    let number = Memo::new(move |_| {
        here.with(|g| g.payments.iter().position(|p| p.id == id))
            .flatten()
            .map_or(0, |i| i + 1)
    });
    let base = format!("payment-{id}");
    let claim_id = format!("{base}-claim");
    let claim_shown = shown.shown(claim_id.clone());
    let claims = Memo::new(move |_| {
        here.status
            .get()
            .map(|s| s.claims.iter().map(|c| (c.number, c.last)).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let chosen = p.claim;
    let options = move || {
        let l = lang.get();
        claims
            .get()
            .into_iter()
            .map(|(n, last)| {
                view! { <option value=n.to_string() selected=n == chosen>{words::claim_option(l, n, last)}</option> }
            })
            .collect_view()
    };
    let choose = {
        let claim_id = claim_id.clone();
        move |ev: leptos::ev::Event| {
            let n = event_target_value(&ev).parse().unwrap_or(0);
            here.edit(move |g| {
                if let Some(p) = g.payment_mut(id) {
                    p.claim = n;
                }
            });
            shown.leave(&claim_id);
        }
    };
    let leave_claim = {
        let claim_id = claim_id.clone();
        move |_| shown.leave(&claim_id)
    };
    let remove = move |_| {
        here.edit(|g| g.payments.retain(|p| p.id != id));
        focus_after_render("add-payment".into());
    };
    let invalid = move || claim_shown.with(|s| s.iter().any(|f| f.is_error())).then_some("true");
    view! {
        <fieldset class="payment" id=base.clone()>
            <legend>{move || words::payment_legend(lang.get(), number.get())}</legend>
            <div class="field">
                <label for=claim_id.clone()>{text(lang, Fp::PaymentClaim)}</label>
                <Messages id=claim_id.clone() shown=claim_shown />
                <select id=claim_id.clone() aria-describedby=format!("{claim_id}-messages") aria-invalid=invalid
                    on:change=choose on:blur=leave_claim>
                    <option value="0" selected=chosen == 0>{text(lang, Fp::ChooseClaim)}</option>
                    {options}
                </select>
            </div>
            <CheckedField checks=shown id=format!("{base}-amount") label=Fp::PaymentAmount value=p.amount.clone()
                set=set_payment(here, id, |p| &mut p.amount) />
            <CheckedField checks=shown id=format!("{base}-presenter") label=Fp::Presenter value=p.presenter.clone()
                set=set_payment(here, id, |p| &mut p.presenter) />
            <CheckedField checks=shown id=format!("{base}-approver") label=Fp::Approver value=p.approver.clone()
                set=set_payment(here, id, |p| &mut p.approver) />
            <CheckedField checks=shown id=format!("{base}-approved-on") label=Fp::ApprovedOn hint=Fp::DateHint value=p.approved_on.clone()
                set=set_payment(here, id, |p| &mut p.approved_on) />
            <CheckedField checks=shown id=format!("{base}-paid-on") label=Fp::PaidOn hint=Fp::DateHint value=p.paid_on.clone()
                set=set_payment(here, id, |p| &mut p.paid_on) />
            <button type="button" class="button secondary small" id=format!("{base}-remove") on:click=remove>
                {text(lang, Fp::RemovePayment)}
                <span class="visually-hidden">" " {move || words::payment_legend(lang.get(), number.get())}</span>
            </button>
        </fieldset>
    }
}

/// The settlement decision: its figures, its date, decider and a recovery's due date, and the link
/// to print it.
#[component]
pub fn SettlementFields() -> impl IntoView {
    let here = expect_context::<Here>();
    let shown = expect_context::<Shown>();
    let lang = here.lang;
    let s = here.with_untracked(|g| g.settlement.clone()).unwrap_or_default();
    let set = |pick: fn(&mut crate::domain::formats::follow_up::RawSettlementDecision) -> &mut String| {
        Callback::new(move |value: String| here.edit(move |g| *pick(&mut g.settlement) = value))
    };
    let figures = move || {
        let l = lang.get();
        let Some(d) = here.status.get().and_then(|s| s.settlement) else {
            return view! { <p id="settlement-none">{Fp::NoFinalReportYet.get(l)}</p> }.into_any();
        };
        let outcome = match d.outcome {
            Outcome::LastInstalment(m) => Some(("settlement-last-instalment", Fu::LastInstalment.get(l), m)),
            Outcome::Recovery { amount, .. } => Some(("settlement-recovery", Fu::Recovery.get(l), amount)),
            Outcome::Nothing => None,
        };
        let rows = [
            (
                "settlement-final-grant",
                Fu::FinalGrant.get(l),
                d.settlement.final_grant,
            ),
            ("settlement-paid", Fu::Paid.get(l), d.settlement.paid),
        ]
        .into_iter()
        .chain(outcome)
        .map(|(id, label, m)| view! { <div><dt>{label}</dt><dd id=id class="num">{m.format(l)}</dd></div> })
        .collect_view();
        view! { <dl class="figures">{rows}</dl> }.into_any()
    };
    let key = here.key();
    view! {
        <section aria-labelledby="settlement-title" id="settlement">
            <h2 id="settlement-title">{text(lang, Fp::SettlementTitle)}</h2>
            {figures}
            <CheckedField checks=shown id="settlement-decided-on" label=Fp::SettlementDecidedOn hint=Fp::DateHint value=s.decided_on
                set=set(|s| &mut s.decided_on) />
            <CheckedField checks=shown id="settlement-decider" label=Fp::SettlementDecider value=s.decider set=set(|s| &mut s.decider) />
            <CheckedField checks=shown id="settlement-recovery-due" label=Fp::RecoveryDue hint=Fp::RecoveryDueHint value=s.recovery_due
                set=set(|s| &mut s.recovery_due) />
            <p><A href=settlement_path(&key) attr:id="settlement-print-link">{text(lang, Fp::PrintLink)}</A></p>
        </section>
    }
}
