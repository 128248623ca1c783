//! The settlement (`/grant/<id>/settlement`, docs/rules.md §11.5): the grant at most, the eligible
//! realised costs, the grant's share of them (the setting in force, and whether it is assumed),
//! the final grant, what was paid, and the last instalment or the amount to return under
//! valtionavustuslaki 20 § — exact to the cent, as `grant::settlement::settle` computes them.
//! Printable on A4 (`style/grant.css`, `@media print`).

use crate::i18n::grant_reporting::Gt;
use crate::i18n::grant_reports::{label, Label};
use crate::i18n::grant_rules::share_setting;
use crate::ui::form::text;
use crate::ui::grant::overview::project_name;
use crate::ui::grant::reporting::{figure_list, start_page, today, BackToProject};
use leptos::prelude::*;

/// "Avustuksen osuus: haun enimmäisosuus 85 % (oletus, ei haun sanamuoto)".
pub fn share_in_force(
    lang: crate::domain::vocabulary::locale::Lang,
    share: &crate::domain::grant::settlement::Share,
) -> String {
    let assumed = if share.assumed {
        format!(" ({})", label(lang, Label::Assumed))
    } else {
        String::new()
    };
    format!(
        "{}: {}{assumed}",
        Gt::ShareInForce.get(lang),
        share_setting(lang, share.setting)
    )
}

#[component]
pub fn SettlementPage() -> impl IntoView {
    let (open, lang, checks, id) = start_page(Gt::SettlementTitle);
    let grant = open.grant;
    let review = checks.review;
    let figures = move || {
        let l = lang.get();
        review.with(|r| match r.settlement {
            None => view! { <p id="settlement-none" class="field-error">{Gt::NoSettlement.get(l)}</p> }.into_any(),
            Some(s) => {
                let mut rows = vec![
                    ("settlement-grant", label(l, Label::Grant).to_string(), s.grant),
                    ("settlement-eligible", label(l, Label::Eligible).to_string(), s.eligible),
                    (
                        "settlement-share",
                        label(l, Label::Share).to_string(),
                        s.share_of_eligible,
                    ),
                    (
                        "settlement-final",
                        label(l, Label::FinalGrant).to_string(),
                        s.final_grant,
                    ),
                    ("settlement-paid", label(l, Label::Paid).to_string(), s.paid),
                ];
                if s.to_return.is_zero() {
                    rows.push((
                        "settlement-last",
                        label(l, Label::LastInstalment).to_string(),
                        s.last_instalment,
                    ));
                } else {
                    rows.push(("settlement-return", label(l, Label::ToReturn).to_string(), s.to_return));
                }
                figure_list(l, rows).into_any()
            }
        })
    };
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gt::SettlementTitle)}</h1>
        <p class="print-only">{move || grant.with(|g| project_name(lang.get(), g))}</p>
        <p class="lead">{text(lang, Gt::SettlementIntro)}</p>
        <p id="settlement-share-setting">{move || review.with(|r| share_in_force(lang.get(), &r.share))}</p>
        <section class="settlement" aria-labelledby="settlement-figures-title">
            <h2 id="settlement-figures-title">{move || grant.with(|g| project_name(lang.get(), g))}</h2>
            {figures}
            <p>{text(lang, Gt::PrintedOn)} " " {move || crate::i18n::date(lang.get(), today())}</p>
        </section>
        <p class="no-print">
            <button type="button" class="button" id="settlement-print" on:click=|_| { let _ = window().print(); }>{text(lang, Gt::Print)}</button>
        </p>
    }
}
