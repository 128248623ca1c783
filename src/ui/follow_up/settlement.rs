//! The settlement decision to print (`/follow-up/grant/<key>/settlement`, selvityspäätös, docs/rules.md
//! §12.6), from `reviewer::follow_up::settlement_decision`: the grantee, the project and the grant
//! decision, the grant at most, the final grant and what was paid, and either the last instalment to
//! pay or the amount to recover under valtionavustuslaki 20 § with its due date — never both. The
//! words are decision 004's where it has them ("viimeinen erä", "toteutuneet kustannukset",
//! "valtionavustuslain 20 §:n mukaisesti"); the passages themselves are ours, not a form the ministry
//! has published. Printed as the reviewer's decision is (its `decision-print` classes; the frame's
//! chrome and the buttons are hidden in print by the shared stylesheet); what is missing (no final
//! report, not decided, a recovery without a due date) is said on the screen only.

use crate::domain::reviewer::follow_up::{settlement_decision, Outcome};
use crate::i18n::follow_up::Fu;
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::i18n::{self};
use crate::ui::follow_up::grant::{path, shown_date, Here};
use crate::ui::form::text;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SettlementPrint(grant_key: String) -> impl IntoView {
    let back = path(&grant_key);
    let here = Here::new(grant_key);
    let lang = here.lang;
    set_title(move |l| Fp::SettlementTitle.get(l).to_string(), || false);
    let decision = Memo::new(move |_| {
        let i = here.index.get()?;
        here.f.record.with(|r| {
            here.f.opened.with(|o| {
                r.grants
                    .get(i)
                    .zip(o.get(i))
                    .and_then(|(g, o)| settlement_decision(g, o))
            })
        })
    });
    // Said on the screen, not printed.
    let missing = move || {
        let l = lang.get();
        let mut said = Vec::new();
        match decision.get() {
            None => said.push(Fp::NoFinalReportYet.get(l)),
            Some(d) => {
                if !d.decided {
                    said.push(Fp::PrintNotDecided.get(l));
                }
                if matches!(d.outcome, Outcome::Recovery { due: None, .. }) {
                    said.push(Fp::PrintRecoveryNoDue.get(l));
                }
            }
        }
        (!said.is_empty()).then(|| {
            view! {
                <div class="notice" id="settlement-missing">
                    <ul>{said.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let facts = move || {
        let l = lang.get();
        here.with(|g| {
            let decision = [
                g.decision_reference.trim().to_string(),
                shown_date(l, &g.granted.decided_on),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            [
                (Fp::PrintGrantee, format!("{} ({})", g.lead, g.lead_business_id)),
                (Fp::PrintProject, g.project_name.clone()),
                (Fp::PrintGrantDecision, decision),
            ]
            .into_iter()
            .map(|(label, value)| view! { <div><dt>{label.get(l)}</dt><dd>{value}</dd></div> })
            .collect_view()
        })
    };
    let body = move || {
        let l = lang.get();
        decision.get().map(|d| {
            let s = d.settlement;
            let passage = match d.outcome {
                Outcome::LastInstalment(m) => {
                    view! { <p id="settlement-last-instalment">{words::last_instalment_passage(l, &m.format(l))}</p> }
                        .into_any()
                }
                Outcome::Recovery { amount, due } => {
                    let due = due.map(|d| i18n::date(l, d)).unwrap_or_else(|| "\u{2026}".into());
                    view! { <p id="settlement-recovery">{words::recovery_passage(l, &amount.format(l), &due)}</p> }
                        .into_any()
                }
                Outcome::Nothing => view! { <p id="settlement-nothing">{Fp::PrintNothing.get(l)}</p> }.into_any(),
            };
            let figures = [
                ("print-grant", Fu::Grant.get(l), s.grant),
                ("print-final-grant", Fu::FinalGrant.get(l), s.final_grant),
                ("print-paid", Fu::Paid.get(l), s.paid),
            ]
            .into_iter()
            .map(|(id, label, m)| view! { <tr><th scope="row">{label}</th><td class="num" id=id>{m.format(l)}</td></tr> })
            .collect_view();
            let date = d.decided_on.map(|d| i18n::date(l, d));
            view! {
                {date.map(|d| view! { <p class="decision-date" id="settlement-date">{d}</p> })}
                <h2>{Fp::PrintFigures.get(l)}</h2>
                <p>{Fp::PrintGrounds.get(l)}</p>
                <table class="appendix">
                    <tbody>{figures}</tbody>
                </table>
                <h2>{Fp::PrintDecisionHeading.get(l)}</h2>
                {passage}
                <div class="signatures">
                    <p class="signature" id="settlement-signature">{d.decider.clone()}<br />{Fp::PrintSigned.get(l)}</p>
                </div>
            }
        })
    };
    view! {
        <p class="no-print">
            <A href=back>{text(lang, Fp::BackToGrant)}</A>
            " "
            <button type="button" class="button secondary" id="print" on:click=move |_| { let _ = window().print(); }>{text(lang, Fp::Print)}</button>
        </p>
        <div class="no-print">{missing}</div>
        <article class="decision-print" id="settlement-print">
            <h1>{text(lang, Fp::SettlementTitle)}</h1>
            <dl class="facts">{facts}</dl>
            {body}
        </article>
    }
}
