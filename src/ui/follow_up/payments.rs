//! The payment list (`/follow-up/payments`, "Maksulista", docs/rules.md §12.5): the instalments
//! approved for payment across all grants (`reviewer::follow_up::payment_list`) — the payee (the
//! lead, hankehallinnoija) and its business ID, the amount, the decision, the instalment (the
//! claim's number), presenter, approver and when approved —, their total and the list's findings,
//! each naming the grant and the payment. The list is downloaded as CSV for Finnish Excel (the
//! domain writes it, [`csv`] gives it the headings in the reader's language) and printed on A4:
//! everything but the list is `no-print` (style/main.css), as the reviewer's printed decision.

use crate::domain::formats::follow_up::RawFollowUp;
use crate::domain::reviewer::follow_up::{payment_list, payment_list_csv, PaymentHeadings, PaymentList};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n;
use crate::i18n::follow_up::message;
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::ui::field::message_line;
use crate::ui::files::download;
use crate::ui::follow_up::app::HOME;
use crate::ui::follow_up::state::FollowUp;
use crate::ui::form::text;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The payment list as the CSV button downloads it: the domain's bytes, with the headings in
/// `lang`.
pub fn csv(lang: Lang, list: &PaymentList) -> String {
    let h = |k: Fp| k.get(lang);
    payment_list_csv(
        list,
        &PaymentHeadings {
            payee: h(Fp::ColPayee),
            business_id: h(Fp::ColBusinessId),
            project: h(Fp::ColProject),
            amount: h(Fp::ColAmount),
            decided_on: h(Fp::ColDecidedOn),
            decision_reference: h(Fp::ColDecisionReference),
            instalment: h(Fp::ColInstalment),
            presenter: h(Fp::ColPresenter),
            approver: h(Fp::ColApprover),
            approved_on: h(Fp::ColApprovedOn),
            paid_on: h(Fp::ColPaidOn),
            total: h(Fp::PaymentsTotal),
        },
    )
}

/// The CSV's file name, with the day it was made (ISO): `hakemus-payment-list-2021-06-15.csv`.
pub fn csv_file_name(today: &str) -> String {
    format!("hakemus-payment-list-{today}.csv")
}

/// Each finding of the list, said with the grant and the payment it is about.
fn findings(lang: Lang, record: &RawFollowUp, list: &PaymentList) -> Vec<(bool, String)> {
    list.findings
        .iter()
        .map(|f| {
            // The row whose payment the path names: `follow_up.grants[i].payments[j].…`.
            let row = list.rows.iter().find(|r| {
                record.grants.get(r.grant).is_some_and(|g| {
                    g.payments.iter().position(|p| p.id == r.payment).is_some_and(|j| {
                        f.path
                            .starts_with(&format!("follow_up.grants[{}].payments[{j}].", r.grant))
                    })
                })
            });
            let said = message(lang, f);
            let said = match row {
                Some(r) => words::payment_finding(lang, &project_name(lang, &r.project), r.instalment, &said),
                None => said,
            };
            (f.is_error(), said)
        })
        .collect()
}

fn project_name(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        Fp::Untitled.get(lang).to_string()
    } else {
        name.to_string()
    }
}

#[component]
pub fn PaymentsPage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| Fp::PaymentsTitle.get(l).to_string(), || false);
    let f = expect_context::<FollowUp>();
    let list = Memo::new(move |_| f.record.with(|r| f.opened.with(|o| payment_list(r, o))));
    let download_csv = move |_| {
        let text = list.with_untracked(|l| csv(lang.get_untracked(), l));
        let _ = download(
            &csv_file_name(&crate::ui::files::today()),
            &text,
            "text/csv;charset=utf-8",
        );
    };
    let th = move |key: Fp| view! { <th scope="col">{text(lang, key)}</th> };
    let num = move |key: Fp| view! { <th scope="col" class="num">{text(lang, key)}</th> };
    let rows = move || {
        let l = lang.get();
        list.with(|list| {
            list.rows
                .iter()
                .map(|r| {
                    let decision = {
                        let on = parse_iso_date(&r.decided_on)
                            .map(|d| i18n::date(l, d))
                            .unwrap_or_default();
                        [r.decision_reference.trim(), on.as_str()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    view! {
                        <tr>
                            <th scope="row">{r.payee.clone()}</th>
                            <td>{r.business_id.clone()}</td>
                            <td>{project_name(l, &r.project)}</td>
                            <td class="num">{r.amount.map(|m| m.format(l)).unwrap_or_default()}</td>
                            <td>{decision}</td>
                            <td class="num">{r.instalment}</td>
                            <td>{r.presenter.clone()}</td>
                            <td>{r.approver.clone()}</td>
                            <td>{r.approved_on.map(|d| i18n::date(l, d)).unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let said = move || {
        let l = lang.get();
        f.record.with(|r| list.with(|list| findings(l, r, list)))
    };
    let empty = move || list.with(|l| l.rows.is_empty());
    view! {
        <p class="no-print"><A href=HOME>{text(lang, Fp::BackToFollowUp)}</A></p>
        <h1>{text(lang, Fp::PaymentsTitle)}</h1>
        <p class="lead no-print">{text(lang, Fp::PaymentsIntro)}</p>
        <p class="no-print payment-actions">
            <button type="button" class="button" id="payments-csv" on:click=download_csv>{text(lang, Fp::DownloadCsv)}</button>
            " "
            <button type="button" class="button secondary" id="payments-print" on:click=move |_| { let _ = window().print(); }>{text(lang, Fp::PrintList)}</button>
        </p>
        <section class="no-print payment-findings" aria-labelledby="payment-findings-title">
            <h2 id="payment-findings-title">{text(lang, Fp::PaymentFindingsTitle)}</h2>
            <Show when=move || !said().is_empty() fallback=move || view! { <p id="payment-findings-none">{text(lang, Fp::NoPaymentFindings)}</p> }>
                <ul id="payment-findings">
                    {move || {
                        let l = lang.get();
                        said()
                            .into_iter()
                            .map(|(error, s)| {
                                let severity = if error { Severity::Error } else { Severity::Warning };
                                view! { <li>{message_line(l, severity, s, None::<()>)}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
        <section class="payment-list">
            <h2 id="payments-title">{text(lang, Fp::PaymentsTableTitle)}</h2>
            <Show when=move || !empty() fallback=move || view! { <p class="empty" id="payments-empty">{text(lang, Fp::NoPayments)}</p> }>
                <div class="table-scroll" role="region" aria-labelledby="payments-title" tabindex="0">
                    <table class="grants payments" id="payments">
                        <thead>
                            <tr>
                                {th(Fp::ColPayee)}
                                {th(Fp::ColBusinessId)}
                                {th(Fp::ColProject)}
                                {num(Fp::ColAmount)}
                                {th(Fp::ColDecisionReference)}
                                {num(Fp::ColInstalment)}
                                {th(Fp::ColPresenter)}
                                {th(Fp::ColApprover)}
                                {th(Fp::ColApprovedOn)}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row" colspan="3">{text(lang, Fp::PaymentsTotal)}</th>
                                <td class="num" id="payments-total">{move || list.with(|l| l.total.format(lang.get()))}</td>
                                <td colspan="5"></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            </Show>
        </section>
    }
}
