//! The lead's partners page (`/grant/<id>/partners`): each partner keeps its own entries and
//! returns them by file, as partners return their parts of the application (`ui::partners`). A
//! fieldset per partner municipality of the granted application (not the lead) with the period
//! asked for and "Pyydä kirjaukset", which records the request (`exchange::ledger::make_request`)
//! and downloads its file; the contribution file received is read (`read_contribution`) and
//! checked (`receive`): refused with the reason next to the input, or kept (`keep`) and compared —
//! added, changed field by field (before → after), removed, with counts — then merged into the
//! ledger (`merge`, the entries borne by the partner, `Origin::Partner`) and undone while `undo`
//! allows. Every request made and contribution received is listed. The flow and its rules are the
//! domain's; this page only shows them.

use crate::domain::draft::LineId;
use crate::domain::exchange::ledger::EntryField;
use crate::domain::exchange::ledger::{self, Incoming, Item, Kind, MergeError, PeriodProblem, UndoRefusal};
use crate::domain::formats::grant_partner::read_contribution;
use crate::domain::formats::partner::{file_name, to_json};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant::G;
use crate::i18n::grant_partners::{self as words, Gp};
use crate::i18n::grant_reporting::Gt;
use crate::i18n::{self, T};
use crate::ui::applicants::applicant_label;
use crate::ui::dom::{focus_after_render, new_uuid};
use crate::ui::field::{message_line, FieldFrame};
use crate::ui::files::{self, local_date_time, FileDrop};
use crate::ui::form::{text, tr};
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::overview::{project_name, shown_date};
use crate::ui::grant::partner_copy::period_text;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The contribution's file input (its messages are `{CONTRIBUTION_INPUT}-msg`).
pub const CONTRIBUTION_INPUT: &str = "ledger-contribution-file";

/// What the last action on the contribution said.
#[derive(Clone, PartialEq)]
enum Said {
    Refused(String),
    NothingChanged,
    /// Merged: the request and the return, for the undo.
    Merged(usize, usize),
    Undone,
    UndoRefused,
    Stale,
}

/// A contribution kept and compared, waiting for the lead to merge it.
#[derive(Clone, PartialEq)]
struct Pending {
    incoming: Incoming,
    /// Its index among its request's returns.
    index: usize,
    partner: String,
}

/// The name of applicant `id` of the granted application, as the pages label applicants.
fn partner_name(g: &crate::domain::grant::model::RawGrant, id: LineId, lang: Lang) -> String {
    let applicants = &g.application.applicants;
    applicants
        .iter()
        .position(|a| a.id == id)
        .map(|i| applicant_label(&applicants[i], i, lang))
        .unwrap_or_default()
}

/// A compared value as the ledger shows it: an amount and a date as the language writes them, a
/// category by its name, a flag as yes or no; anything else as written.
fn value(lang: Lang, field: EntryField, v: &str) -> String {
    match field {
        EntryField::Net | EntryField::Vat => Money::parse_signed(v).map_or_else(|_| v.to_string(), |m| m.format(lang)),
        EntryField::Date => shown_date(lang, v),
        EntryField::Category => {
            CostCategory::from_id(v).map_or_else(|| v.to_string(), |c| i18n::category(lang, c).to_string())
        }
        EntryField::InternalCharge | EntryField::InternalChargeActual => match v {
            "true" => T::Yes.get(lang).to_string(),
            "false" => T::No.get(lang).to_string(),
            other => other.to_string(),
        },
        _ => v.to_string(),
    }
}

/// An entry named as the domain names it (`exchange::ledger::entry_summary`: date · voucher ·
/// description · net), each field as the language writes it.
fn summary_text(lang: Lang, summary: &[(EntryField, String)]) -> String {
    summary
        .iter()
        .map(|(field, v)| value(lang, *field, v))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[component]
pub fn PartnersPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    set_title(
        move |l| {
            format!(
                "{} \u{2013} {}",
                Gp::PartnersTitle.get(l),
                grant.with(|g| project_name(l, g))
            )
        },
        || false,
    );
    let id = grant.with_untracked(|g| g.id.clone());
    let partners = Memo::new(move |_| {
        grant.with(|g| {
            g.application
                .applicants
                .iter()
                .skip(1)
                .map(|a| a.id)
                .collect::<Vec<LineId>>()
        })
    });
    let said = RwSignal::new(None::<Said>);
    let pending = RwSignal::new(None::<Pending>);
    let request_said = RwSignal::new(None::<String>);

    let show = move |s: Said| {
        said.set(Some(s));
        focus_after_render("ledger-contribution-result".into());
    };
    let on_files = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        let l = lang.get_untracked();
        leptos::task::spawn_local(async move {
            let read = files::read_file(&file).await.and_then(|b| read_contribution(&b, l));
            let c = match read {
                Ok(c) => c,
                Err(e) => {
                    pending.try_set(None);
                    show(Said::Refused(i18n::import_error(l, &e)));
                    return;
                }
            };
            let Some(received) = grant.try_with_untracked(|g| ledger::receive(g, &c)) else {
                return;
            };
            let incoming = match received {
                Ok(incoming) => incoming,
                Err(r) => {
                    pending.try_set(None);
                    show(Said::Refused(words::refusal(l, &r, |at| local_date_time(l, at))));
                    return;
                }
            };
            let now = files::now_rfc3339();
            let mut index = 0;
            open.edit(|g| index = ledger::keep(g, &incoming, &c, &now));
            if incoming.items.is_empty() {
                let merged = open.edit_entries(|g| ledger::merge(g, incoming.request, index, &now));
                pending.try_set(None);
                show(match merged {
                    Some(Ok(())) => Said::NothingChanged,
                    _ => Said::Stale,
                });
                return;
            }
            let partner = grant.with_untracked(|g| partner_name(g, incoming.applicant, l));
            said.try_set(None);
            pending.try_set(Some(Pending {
                incoming,
                index,
                partner,
            }));
            focus_after_render("ledger-compare-title".into());
        });
    });
    let merge = Callback::new(move |()| {
        let Some(p) = pending.get_untracked() else { return };
        let now = files::now_rfc3339();
        let request = p.incoming.request;
        let result = open.edit_entries(|g| ledger::merge(g, request, p.index, &now));
        pending.set(None);
        show(match result {
            Some(Ok(())) => Said::Merged(request, p.index),
            Some(Err(MergeError::AlreadyMerged)) => Said::Refused(words::refusal(
                lang.get_untracked(),
                &ledger::Refusal::AlreadyMerged { at: now.clone() },
                |at| local_date_time(lang.get_untracked(), at),
            )),
            _ => Said::Stale,
        });
    });
    let undo = Callback::new(move |(request, index): (usize, usize)| {
        let result = open.edit_entries(|g| ledger::undo(g, request, index));
        show(match result {
            Some(Ok(())) => Said::Undone,
            Some(Err(UndoRefusal::ChangedSince)) => Said::UndoRefused,
            _ => Said::Stale,
        });
    });

    let result = move || {
        said.get().map(|s| {
            let l = lang.get();
            match s {
                Said::Refused(reason) => view! {
                    <div class="error-summary" id="ledger-contribution-result" tabindex="-1">
                        <h2>{T::ContributionRefused.get(l)}</h2>
                        <p class="error-message">{format!("{} {reason}", Gp::NotMerged.get(l))}</p>
                        <p>{T::ImportUnchanged.get(l)}</p>
                    </div>
                }
                .into_any(),
                Said::Merged(request, index) => view! {
                    <div class="banner good" id="ledger-contribution-result" tabindex="-1">
                        <p>{Gp::Merged.get(l)}</p>
                        <button type="button" class="button small secondary" id="ledger-undo"
                            on:click=move |_| undo.run((request, index))>{Gp::Undo.get(l)}</button>
                    </div>
                }
                .into_any(),
                other => {
                    let (class, said) = match other {
                        Said::NothingChanged => ("banner good", Gp::NothingChanged),
                        Said::Undone => ("banner good", Gp::Undone),
                        Said::UndoRefused => ("banner warn", Gp::UndoRefused),
                        _ => ("banner warn", Gp::Stale),
                    };
                    view! { <p class=class id="ledger-contribution-result" tabindex="-1">{said.get(l)}</p> }.into_any()
                }
            }
        })
    };
    view! {
        <p><A href=ProjectPage::Overview.path(&id)>{text(lang, G::BackToProject)}</A></p>
        <h1>{text(lang, Gp::PartnersTitle)}</h1>
        <p class="lead">{text(lang, Gp::PartnersIntro)}</p>
        <Show when=move || partners.with(|p| !p.is_empty()) fallback=move || view! { <p class="empty" id="no-partners">{text(lang, Gp::NoPartners)}</p> }>
            <For each=move || partners.get() key=|id| *id let:applicant>
                <RequestFieldset applicant said=request_said />
            </For>
        </Show>
        <div role="status" id="ledger-request-status">
            {move || request_said.get().map(|partner| view! {
                <p class="banner good"><strong>{partner}</strong> ": " {text(lang, Gp::RequestMade)}</p>
            })}
        </div>

        <section aria-labelledby="ledger-receive-title">
            <h2 id="ledger-receive-title">{text(lang, T::ImportContributionTitle)}</h2>
            <FileDrop id=CONTRIBUTION_INPUT label=Gp::ContributionFile hint=T::DropHint
                described_by=format!("{CONTRIBUTION_INPUT}-msg") on_files />
            <div id=format!("{CONTRIBUTION_INPUT}-msg") role="status">{result}</div>
        </section>
        {move || pending.get().map(|p| view! { <Comparison pending=p on_merge=merge /> })}
        <Requests undo />
    }
}

/// One partner: the period asked for and the button that makes the request and downloads its file.
#[component]
fn RequestFieldset(applicant: LineId, said: RwSignal<Option<String>>) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let name = move || grant.with(|g| partner_name(g, applicant, lang.get()));
    // The project period by default, written as the hint says (d.m.yyyy in every language).
    let (start0, end0) = grant.with_untracked(|g| {
        let p = &g.application.project;
        let typed = |d: &str| parse_date(d).map_or_else(|| d.to_string(), |d| i18n::date(Lang::Fi, d));
        (typed(&p.start), typed(&p.end))
    });
    let start = RwSignal::new(start0);
    let end = RwSignal::new(end0);
    let left = [RwSignal::new(false), RwSignal::new(false)];
    // The period's problem (`exchange::ledger::check_request_period`), and which field says it.
    let problem = move || start.with(|s| end.with(|e| ledger::check_request_period(s, e)));
    let on_field = |p: PeriodProblem| match p {
        PeriodProblem::NotADate { end } => usize::from(end),
        PeriodProblem::EndBeforeStart => 1,
    };
    let ids = [
        format!("ledger-request-{applicant}-start"),
        format!("ledger-request-{applicant}-end"),
    ];
    let make = {
        let ids = ids.clone();
        move |_| {
            left.iter().for_each(|l| l.set(true));
            if let Some(p) = problem() {
                focus_after_render(ids[on_field(p)].clone());
                return;
            }
            let now = files::now_rfc3339();
            let (s, e) = (start.get_untracked(), end.get_untracked());
            let made = open
                .edit_entries(|g| ledger::make_request(g, applicant, &new_uuid(), &now, (&s, &e)))
                .flatten();
            if let Some(file) = made {
                let partner = grant.with_untracked(|g| partner_name(g, applicant, lang.get_untracked()));
                let name = file_name("kirjauspyynto", &file.partner.name, &files::today());
                if files::download(&name, &to_json(&file), "application/json").is_ok() {
                    said.set(Some(partner));
                }
            }
        }
    };
    let date = move |n: usize, label: Gp, value: RwSignal<String>| {
        let id = ids[n].clone();
        let msg = format!("{id}-msg");
        let said = move || problem().filter(|p| left[n].get() && on_field(*p) == n);
        let shown = move || said().is_some();
        view! {
            <FieldFrame id=id.clone() label=tr(label) label_class="label" hint=tr(Gt::DateHint)>
                <input type="text" class="input date" id=id.clone() autocomplete="off"
                    aria-describedby=format!("{} {msg}", crate::ui::field::hint_id(&id))
                    aria-invalid=move || shown().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:blur=move |_| crate::ui::dom::after_press(move || left[n].set(true)) />
                <div id=msg.clone()>
                    {move || said().map(|p| {
                        let words = match p {
                            PeriodProblem::NotADate { .. } => Gp::NotADate,
                            PeriodProblem::EndBeforeStart => Gp::EndBeforeStart,
                        };
                        message_line(lang.get(), Severity::Error, words.get(lang.get()).to_string(), None::<()>)
                    })}
                </div>
            </FieldFrame>
        }
    };
    view! {
        <fieldset class="ledger-request" id=format!("ledger-request-{applicant}")>
            <legend id=format!("ledger-request-{applicant}-name")>{name}</legend>
            {date(0, Gp::PeriodStart, start)}
            {date(1, Gp::PeriodEnd, end)}
            <button type="button" class="button" id=format!("ledger-request-{applicant}-make") on:click=make>
                {text(lang, Gp::RequestEntries)}
                <span class="visually-hidden">" " {name}</span>
            </button>
        </fieldset>
    }
}

/// What a contribution would do: the counts, then each entry added, changed (field by field) or
/// removed; nothing changes until the lead merges.
#[component]
fn Comparison(pending: Pending, on_merge: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let items = pending.incoming.items.clone();
    let count = |k: Kind| items.iter().filter(|i| i.kind == k).count();
    let counts = [
        ("ledger-count-added", Gp::CountAdded, count(Kind::Add)),
        ("ledger-count-changed", Gp::CountChanged, count(Kind::Change)),
        ("ledger-count-removed", Gp::CountRemoved, count(Kind::Remove)),
    ];
    let item_view = move |(n, item): (usize, Item)| {
        let kind = match item.kind {
            Kind::Add => Gp::KindAdd,
            Kind::Change => Gp::KindChange,
            Kind::Remove => Gp::KindRemove,
        };
        let changes = (!item.changes.is_empty()).then(|| {
            let rows = item
                .changes
                .iter()
                .enumerate()
                .map(|(c, ch)| {
                    let ch = ch.clone();
                    view! {
                        <tr id=format!("ledger-item-{n}-change-{c}")>
                            <th scope="row">{move || words::field(lang.get(), ch.field)}</th>
                            <td class="before">{let b = ch.before.clone(); move || value(lang.get(), ch.field, &b)}</td>
                            <td class="theirs">{let a = ch.after.clone(); move || value(lang.get(), ch.field, &a)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="compare">
                    <thead>
                        <tr>
                            <th scope="col">{text(lang, Gp::ColField)}</th>
                            <th scope="col">{text(lang, Gp::ColBefore)}</th>
                            <th scope="col">{text(lang, Gp::ColAfter)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        });
        view! {
            <li class="merge-item" id=format!("ledger-item-{n}") data-kind=format!("{:?}", item.kind).to_lowercase()>
                <h3>{text(lang, kind)} ": " {let s = item.summary.clone(); move || summary_text(lang.get(), &s)}</h3>
                {changes}
            </li>
        }
    };
    view! {
        <section class="merge" id="ledger-compare" aria-labelledby="ledger-compare-title">
            <h2 id="ledger-compare-title" tabindex="-1">{text(lang, Gp::CompareTitle)} ": " {pending.partner.clone()}</h2>
            <p>{text(lang, Gp::CompareIntro)}</p>
            <ul class="compare-counts">
                {counts.into_iter().map(|(id, label, n)| view! { <li id=id>{text(lang, label)} ": " <strong>{n}</strong></li> }).collect_view()}
            </ul>
            <ul class="merge-items">{items.clone().into_iter().enumerate().map(item_view).collect_view()}</ul>
            <p class="actions">
                <button type="button" class="button" id="ledger-merge" on:click=move |_| on_merge.run(())>{text(lang, Gp::Merge)}</button>
            </p>
        </section>
    }
}

/// Every request made, newest last: the partner, when, the period, and each contribution received
/// (when, merged or not), with the undo of the request's latest merge.
#[component]
fn Requests(undo: Callback<(usize, usize)>) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let rows = move || {
        let l = lang.get();
        grant.with(|g| {
            g.ledger_requests
                .iter()
                .enumerate()
                .map(|(r, req)| {
                    let latest = req.returns.iter().rposition(|x| !x.merged_at.is_empty());
                    let returns = if req.returns.is_empty() {
                        view! { <span>{Gp::NoReturns.get(l)}</span> }.into_any()
                    } else {
                        req.returns
                            .iter()
                            .enumerate()
                            .map(|(i, x)| {
                                let state = if x.merged_at.is_empty() {
                                    Gp::ReturnNotMerged.get(l).to_string()
                                } else {
                                    format!("{} {}", Gp::ReturnMerged.get(l), local_date_time(l, &x.merged_at))
                                };
                                view! {
                                    <p id=format!("ledger-return-{r}-{i}")>
                                        {format!("{} {}, {state}", Gp::ReturnReceived.get(l), local_date_time(l, &x.received_at))}
                                        {(latest == Some(i)).then(|| view! {
                                            " "
                                            <button type="button" class="button small secondary" id=format!("ledger-undo-{r}-{i}")
                                                aria-describedby=format!("ledger-requested-{r}")
                                                on:click=move |_| undo.run((r, i))>{Gp::Undo.get(l)}</button>
                                        })}
                                    </p>
                                }
                            })
                            .collect_view()
                            .into_any()
                    };
                    view! {
                        <tr id=format!("ledger-requested-{r}-row")>
                            <th scope="row" id=format!("ledger-requested-{r}")>{partner_name(g, req.applicant, l)}</th>
                            <td>{local_date_time(l, &req.requested_at)}</td>
                            <td>{period_text(l, &req.start, &req.end)}</td>
                            <td>{returns}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section>
            <h2 id="ledger-requests-title">{text(lang, Gp::RequestsTitle)}</h2>
            <Show when=move || grant.with(|g| !g.ledger_requests.is_empty())
                fallback=move || view! { <p class="empty" id="no-ledger-requests">{text(lang, Gp::NoRequests)}</p> }>
                <div class="table-scroll" role="region" aria-labelledby="ledger-requests-title" tabindex="0">
                    <table id="ledger-requests">
                        <thead>
                            <tr>
                                <th scope="col">{text(lang, T::ColPartner)}</th>
                                <th scope="col">{text(lang, Gp::ColRequested)}</th>
                                <th scope="col">{text(lang, Gp::RequestedPeriod)}</th>
                                <th scope="col">{text(lang, Gp::ColReturns)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
