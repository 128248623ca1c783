//! A granted project's overview (`/grant/<id>`): its name and lead, the grant "at most" with the
//! group's and its own conditions, the decision's date, the project period and the final report's
//! deadline (the grant phase's `final_report_by`: 30.11.2021), the reporting periods with their due
//! dates and whether their report was sent, and what is due next: the first period whose report is
//! not sent, else the final report — and what may be claimed now; the links to every page of the
//! project; what was sent and when.

use crate::domain::draft::LineId;
use crate::domain::grant::change::schedule_in_force;
use crate::domain::grant::ledger::call_of;
use crate::domain::grant::model::RawGrant;
use crate::domain::grant::review::GrantReview;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::grant_phase;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::grant::{self as words, G};
use crate::i18n::grant_changes::Gc;
use crate::i18n::grant_completion::Gq;
use crate::i18n::grant_partners::Gp;
use crate::i18n::grant_reporting::Gt;
use crate::ui::applicants::applicant_label;
use crate::ui::files::local_date;
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::reporting::use_review;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// A date as typed or as a file writes it, as the language writes it (as it is if it is none).
pub fn shown_date(lang: Lang, typed: &str) -> String {
    parse_date(typed).map_or_else(|| typed.to_string(), |d| crate::i18n::date(lang, d))
}

/// "1.3.2020–30.11.2021".
fn span(lang: Lang, start: &str, end: &str) -> String {
    format!("{}\u{2013}{}", shown_date(lang, start), shown_date(lang, end))
}

/// The project's name, or "untitled".
pub fn project_name(lang: Lang, g: &RawGrant) -> String {
    match g.application.project.name() {
        "" => G::Untitled.get(lang).to_string(),
        name => name.to_string(),
    }
}

/// What is due next, in words: the first period whose report is not sent, else the final report.
fn next_due(lang: Lang, g: &RawGrant) -> String {
    let sent = |period| g.reports.iter().any(|r| r.period == period && !r.sent_at.is_empty());
    match g.periods.iter().find(|p| !sent(p.id)) {
        Some(p) => {
            let due = if p.due.is_empty() {
                G::Announced.get(lang).to_string()
            } else {
                shown_date(lang, &p.due)
            };
            format!(
                "{} {} ({}: {due})",
                G::NextInterim.get(lang),
                span(lang, &p.start, &p.end),
                G::ColDue.get(lang)
            )
        }
        None => format!(
            "{} ({}: {})",
            G::NextFinal.get(lang),
            G::FinalReportDue.get(lang),
            final_due(lang, g)
        ),
    }
}

/// The final report's deadline: the grant phase's of the call the rules read (004: "30.11.2021
/// mennessä"), or an accepted later end (docs/rules.md §12.2), the date the final report's rule
/// checks.
fn final_due(lang: Lang, g: &RawGrant) -> String {
    grant_phase::for_call(&call_of(g).id)
        .map(|p| schedule_in_force(g).final_report_by(p.final_report_by))
        .map_or_else(|| G::NotKnown.get(lang).to_string(), |d| crate::i18n::date(lang, d))
}

/// What may be claimed now: the grant's share of every eligible cost so far, capped, less what was
/// paid (`grant::claim::may_claim`).
fn claim_due(lang: Lang, r: &GrantReview) -> String {
    use crate::domain::grant::claim::{may_claim, paid_before_last};
    let may = may_claim(
        &r.share,
        r.granted,
        r.ledger.totals.eligible(),
        paid_before_last(&r.claims),
    )
    .unwrap_or_default();
    format!("{}: {}", Gt::ClaimDue.get(lang), may.format(lang))
}

/// What was sent and when: each interim report, claim and the final report whose file was made.
fn sent_list(lang: Lang, g: &RawGrant) -> AnyView {
    let mut sent: Vec<(String, String)> = Vec::new();
    for (i, p) in g.periods.iter().enumerate() {
        if let Some(r) = g.reports.iter().find(|r| r.period == p.id && !r.sent_at.is_empty()) {
            sent.push((format!("{} {}", Gt::ReportOf.get(lang), i + 1), r.sent_at.clone()));
        }
    }
    for (i, c) in g.claims.iter().enumerate().filter(|(_, c)| !c.sent_at.is_empty()) {
        sent.push((format!("{} {}", Gt::ClaimN.get(lang), i + 1), c.sent_at.clone()));
    }
    if !g.final_report.sent_at.is_empty() {
        sent.push((Gt::FinalTitle.get(lang).to_string(), g.final_report.sent_at.clone()));
    }
    if sent.is_empty() {
        return view! { <li>{Gt::NothingSent.get(lang)}</li> }.into_any();
    }
    sent.into_iter()
        .map(|(what, at)| view! { <li>{what} ": " {local_date(lang, &at)}</li> })
        .collect_view()
        .into_any()
}

/// The ministry's completion requests not answered yet, each with its deadline and the way to it
/// ("Täydennyspyyntö 1 · Vastattava viimeistään 30.4.2022").
fn completions_due(lang: Lang, id: &str, grant: RwSignal<RawGrant>) -> AnyView {
    use crate::domain::exchange::completion::request_of;
    let due: Vec<(LineId, String)> = grant.with(|g| {
        (g.completions.iter().filter(|c| c.answered_at.is_empty()))
            .filter_map(|c| request_of(c).map(|r| (c.id, r.request)))
            .map(|(row, asked)| {
                let said = format!(
                    "{} {} \u{b7} {} {}",
                    Gq::Request.get(lang),
                    asked.id,
                    Gq::Deadline.get(lang),
                    shown_date(lang, &asked.deadline)
                );
                (row, said)
            })
            .collect()
    });
    let path = ProjectPage::Completion.path(id);
    due.into_iter()
        .map(|(row, said)| {
            view! { <li><A href=path.clone() attr:id=format!("grant-completion-due-{row}")>{said}</A></li> }
        })
        .collect_view()
        .into_any()
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    // The rules' review, as the reporting pages read it (one memo, not a second review).
    let review = use_review(open);
    set_title(move |l| grant.with(|g| project_name(l, g)), || false);
    let with = move |f: fn(Lang, &RawGrant) -> String| move || grant.with(|g| f(lang.get(), g));
    let condition = |f: fn(&RawGrant) -> &str| {
        move || {
            grant.with(|g| match f(g).trim() {
                "" => G::NoCondition.get(lang.get()).to_string(),
                c => c.to_string(),
            })
        }
    };
    let id = grant.with_untracked(|g| g.id.clone());
    let periods = move || {
        grant.with(|g| {
            let l = lang.get();
            g.periods
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let sent = g
                        .reports
                        .iter()
                        .find(|r| r.period == p.id && !r.sent_at.is_empty())
                        .map_or_else(|| G::NotSent.get(l).to_string(), |r| local_date(l, &r.sent_at));
                    let due = if p.due.is_empty() {
                        G::Announced.get(l).to_string()
                    } else {
                        shown_date(l, &p.due)
                    };
                    view! {
                        <tr>
                            <th scope="row">{i + 1}</th>
                            <td>{shown_date(l, &p.start)}</td>
                            <td>{shown_date(l, &p.end)}</td>
                            <td>{due}</td>
                            <td>{sent}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let has_periods = move || grant.with(|g| !g.periods.is_empty());
    let id_for_due = id.clone();
    view! {
        <h1 id="project-name">{with(project_name)}</h1>
        <dl class="grant-facts">
            <dt>{text(lang, G::ColLead)}</dt>
            <dd id="grant-lead">{with(|l, g| g.application.applicants.first().map(|a| applicant_label(a, 0, l)).unwrap_or_default())}</dd>
            <dt>{text(lang, G::GrantedTitle)}</dt>
            <dd id="grant-amount">{with(|l, g| words::at_most(l, &g.granted.amount))}</dd>
            <dt>{text(lang, G::Group)}</dt>
            <dd id="grant-group">{with(|_, g| g.granted.group.clone())}</dd>
            <dt>{text(lang, G::GroupConditions)}</dt>
            <dd id="grant-group-conditions">{condition(|g| &g.granted.group_conditions)}</dd>
            <dt>{text(lang, G::OwnCondition)}</dt>
            <dd id="grant-condition">{condition(|g| &g.granted.condition)}</dd>
            <dt>{text(lang, G::DecidedOn)}</dt>
            <dd id="grant-decided-on">{with(|l, g| if g.granted.decided_on.is_empty() { G::NotKnown.get(l).to_string() } else { shown_date(l, &g.granted.decided_on) })}</dd>
            <dt>{text(lang, G::ProjectPeriod)}</dt>
            <dd id="grant-period">{with(|l, g| match schedule_in_force(g) {
                // An accepted later end is the period in force (docs/rules.md §12.2).
                s if s.end != s.granted_end => format!("{}\u{2013}{}", shown_date(l, &g.application.project.start), s.end.map(|e| crate::i18n::date(l, e)).unwrap_or_default()),
                _ => span(l, &g.application.project.start, &g.application.project.end),
            })}</dd>
            <dt>{text(lang, G::FinalReportDue)}</dt>
            <dd id="grant-final-due">{with(final_due)}</dd>
        </dl>
        <section aria-labelledby="next-title" class="grant-next">
            <h2 id="next-title">{text(lang, G::NextTitle)}</h2>
            <p id="grant-next">{with(next_due)}</p>
            <p id="grant-claim-due">{move || review.with(|r| claim_due(lang.get(), r))}</p>
            <ul id="grant-completions-due" class="links">{move || completions_due(lang.get(), &id_for_due, grant)}</ul>
        </section>
        <nav aria-labelledby="pages-title" class="grant-pages">
            <h2 id="pages-title">{text(lang, Gt::PagesTitle)}</h2>
            <ul>
                <li><A href=ProjectPage::Ledger.path(&id) attr:id="ledger-link">{text(lang, G::LedgerTitle)}</A></li>
                <li><A href=ProjectPage::Reports.path(&id) attr:id="reports-link">{text(lang, Gt::ReportsTitle)}</A></li>
                <li><A href=ProjectPage::Claims.path(&id) attr:id="claims-link">{text(lang, Gt::ClaimsTitle)}</A></li>
                <li><A href=ProjectPage::Final.path(&id) attr:id="final-link">{text(lang, Gt::FinalTitle)}</A></li>
                <li><A href=ProjectPage::Settlement.path(&id) attr:id="settlement-link">{text(lang, Gt::SettlementTitle)}</A></li>
                <li><A href=ProjectPage::Partners.path(&id) attr:id="partners-link">{text(lang, Gp::PartnersTitle)}</A></li>
                <li><A href=ProjectPage::Changes.path(&id) attr:id="changes-link">{text(lang, Gc::NavLink)}</A></li>
                <li><A href=ProjectPage::Completion.path(&id) attr:id="completion-link">{text(lang, Gq::NavLink)}</A></li>
            </ul>
        </nav>
        <section aria-labelledby="sent-title">
            <h2 id="sent-title">{text(lang, Gt::SentTitle)}</h2>
            <ul id="grant-sent">{move || grant.with(|g| sent_list(lang.get(), g))}</ul>
        </section>
        <section class="grant-periods">
            <h2 id="periods-title">{text(lang, G::PeriodsTitle)}</h2>
            <p>{text(lang, G::PeriodsIntro)}</p>
            <Show when=has_periods fallback=move || view! { <p id="no-periods">{text(lang, G::NoPeriods)}</p> }>
                <div class="table-scroll" role="region" aria-labelledby="periods-title" tabindex="0">
                    <table id="grant-periods">
                        <thead>
                            <tr>
                                <th scope="col">{text(lang, G::ColPeriod)}</th>
                                <th scope="col">{text(lang, G::ColStart)}</th>
                                <th scope="col">{text(lang, G::ColEnd)}</th>
                                <th scope="col">{text(lang, G::ColDue)}</th>
                                <th scope="col">{text(lang, G::ColSent)}</th>
                            </tr>
                        </thead>
                        <tbody>{periods}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
