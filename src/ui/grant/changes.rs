//! Changes during the project (`/grant/<id>/changes`, muutoshakemus, docs/rules.md §12.2): the
//! plan in force (the end, the money moved, the content changed by accepted changes), the lead's
//! change requests — each part a later end, money moved between categories or applicants, or a
//! change of content, with its reason; checked by `grant::change::check_changes`, each field's
//! messages once it is left or the user asks, an error summary — saved as the
//! `hakemus-change-request` file and marked sent (then read only), and the ministry's decision
//! opened from its file: refused with the reason, or taken in, each part's outcome and reason shown.
//! A decision taken in changes which costs are eligible (a later end), so it goes through
//! `Open::edit_entries`: the accounts are made again.

use crate::domain::draft::LineId;
use crate::domain::formats::grant_change::{
    self as files, change_request, file_name, read_change_decision, CHANGE_REQUEST_FORMAT,
};
use crate::domain::grant::change::{check_changes, plan_in_force, Applied, ChangeFinding, ChangePlace};
use crate::domain::grant::model::{ChangeKind, MoveBy, RawChangePart, RawChangeRequest, RawGrant};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::grant_changes::{self as words, Gc};
use crate::i18n::{self, T};
use crate::ui::applicants::applicant_label;
use crate::ui::checked::{Checked, CheckedField, CheckedSummary, Message, Messages, Placed, Reveal};
use crate::ui::dom::focus_after_render;
use crate::ui::files::{self as browser, local_date, FileDrop};
use crate::ui::form::text;
use crate::ui::grant::overview::{project_name, shown_date};
use crate::ui::grant::reporting::BackToProject;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;

const SUMMARY: &str = "change-summary";
const DECISION_INPUT: &str = "change-decision-file";
const DECISION_RESULT: &str = "change-decision-result";

/// Which findings are shown: a field's once it is left, all once the user asks (`ui::checked`, the
/// other grant pages' too).
#[derive(Clone, Copy)]
struct Shown {
    findings: Memo<Vec<ChangeFinding>>,
    reveal: Reveal,
}

impl Checked for Shown {
    type Finding = ChangeFinding;

    fn reveal(self) -> Reveal {
        self.reveal
    }

    fn at(self, id: &str) -> Vec<ChangeFinding> {
        self.findings
            .with(|f| f.iter().filter(|f| f.place.dom_id() == id).cloned().collect())
    }
}

impl Message for ChangeFinding {
    fn severity(&self) -> Severity {
        self.severity
    }

    fn sentence(&self, lang: Lang) -> String {
        sentence(lang, self)
    }
}

fn sentence(lang: Lang, f: &ChangeFinding) -> String {
    let said = words::message(lang, f);
    match f.source {
        Some(c) => format!("{said} ({}: {})", T::Source.get(lang), i18n::citation(lang, c)),
        None => said,
    }
}

fn place(request: LineId, part: LineId, field: crate::domain::grant::change::ChangeField) -> String {
    ChangePlace {
        request,
        part: Some(part),
        field,
    }
    .dom_id()
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    set_title(
        move |l| format!("{} \u{2013} {}", Gc::Title.get(l), grant.with(|g| project_name(l, g))),
        || false,
    );
    let id = grant.with_untracked(|g| g.id.clone());
    let shown = Shown {
        findings: Memo::new(move |_| grant.with(check_changes)),
        reveal: Reveal::new(),
    };
    provide_context(shown);
    let ids = Memo::new(move |_| grant.with(|g| g.changes.iter().map(|c| c.id).collect::<Vec<_>>()));
    let add = move |_| {
        let mut first = None;
        open.edit(|g| {
            let r = g.add_change_request();
            first = g.change_mut(r).map(|r| (r.id, r.parts[0].id));
        });
        if let Some((r, p)) = first {
            focus_after_render(format!("change-{r}-part-{p}-kind"));
        }
    };
    let said = RwSignal::new(None::<(bool, String)>);
    let on_files = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        let l = lang.get_untracked();
        leptos::task::spawn_local(async move {
            let read = browser::read_file(&file).await.and_then(|b| read_change_decision(&b));
            let outcome = match read {
                Err(e) => (
                    false,
                    format!("{} {}", Gc::DecisionRefused.get(l), i18n::import_error(l, &e)),
                ),
                Ok(read) => match grant.try_with_untracked(|g| files::receive(g, &read.file)) {
                    None => return,
                    Some(Err(r)) => (
                        false,
                        format!("{} {}", Gc::DecisionRefused.get(l), words::refusal(l, &r)),
                    ),
                    Some(Ok(false)) => (true, Gc::DecisionAgain.get(l).to_string()),
                    Some(Ok(true)) => {
                        let now = browser::now_rfc3339();
                        // A decision changes what is eligible (a later end): the accounts are made
                        // again, as after an entry's change.
                        open.edit_entries(|g| files::apply(g, &read.file, &now));
                        (true, Gc::DecisionTaken.get(l).to_string())
                    }
                },
            };
            said.try_set(Some(outcome));
            focus_after_render(DECISION_RESULT.into());
        });
    });
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gc::Title)}</h1>
        <p class="lead">{text(lang, Gc::Intro)}</p>
        <PlanInForce />
        <CheckedSummary id=SUMMARY title=Gc::SummaryTitle reveal=shown.reveal findings=Signal::derive(move || {
            shown.findings.with(|f| {
                (f.iter().map(|f| Placed { id: f.place.dom_id(), finding: f.clone() })).collect::<Vec<_>>()
            })
        }) />
        <Show when=move || ids.with(Vec::is_empty)>
            <p id="no-changes">{text(lang, Gc::NoRequests)}</p>
        </Show>
        <For each=move || ids.get().into_iter().enumerate() key=|row| *row let:row>
            <Request id=row.1 number=row.0 + 1 />
        </For>
        <button type="button" id="add-change" class="button secondary" on:click=add>"+ " {text(lang, Gc::NewRequest)}</button>
        <section aria-labelledby="change-decision-title">
            <h2 id="change-decision-title">{text(lang, Gc::Decision)}</h2>
            <FileDrop id=DECISION_INPUT label=Gc::DecisionFile hint=T::DropHint
                described_by=format!("{DECISION_INPUT}-msg") on_files />
            <div id=format!("{DECISION_INPUT}-msg") role="status">
                {move || said.get().map(|(good, s)| {
                    let class = if good { "banner good" } else { "error-summary" };
                    view! { <p class=class id=DECISION_RESULT tabindex="-1">{s}</p> }
                })}
            </div>
        </section>
    }
}

/// The plan in force: the end (and the end granted where it moved), and what accepted changes
/// moved or changed.
#[component]
fn PlanInForce() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let plan = Memo::new(move |_| grant.with(plan_in_force));
    let rows = move || {
        let l = lang.get();
        plan.with(|p| {
            grant.with(|g| {
                p.applied
                    .iter()
                    .map(|a| {
                        let said = match a {
                            Applied::End { end, .. } => format!("{}: {}", Gc::PlanEnd.get(l), i18n::date(l, *end)),
                            Applied::Move {
                                by, from, to, amount, ..
                            } => {
                                let name = |x: &str| side_name(Some(g), l, *by, x);
                                format!(
                                    "{}: {} \u{2192} {}, {}",
                                    Gc::PlanMoved.get(l),
                                    name(from),
                                    name(to),
                                    amount.format(l)
                                )
                            }
                            Applied::Content { text, .. } => format!("{}: {text}", Gc::PlanContent.get(l)),
                        };
                        view! { <li>{said}</li> }
                    })
                    .collect_view()
            })
        })
    };
    let end = move || {
        let l = lang.get();
        plan.with(|p| {
            let end = p.schedule.end.map_or_else(String::new, |d| i18n::date(l, d));
            match p.schedule.granted_end {
                Some(g) if p.schedule.end != Some(g) => {
                    format!("{end} ({} {})", Gc::PlanGrantedEnd.get(l), i18n::date(l, g))
                }
                _ => end,
            }
        })
    };
    view! {
        <section aria-labelledby="plan-title" class="grant-plan">
            <h2 id="plan-title">{text(lang, Gc::PlanTitle)}</h2>
            <dl class="grant-facts">
                <dt>{text(lang, Gc::PlanEnd)}</dt>
                <dd id="plan-end">{end}</dd>
            </dl>
            <Show when=move || !plan.with(|p| p.applied.is_empty())
                fallback=move || view! { <p id="plan-unchanged">{text(lang, Gc::PlanNoChanges)}</p> }>
                <ul id="plan-applied">{rows}</ul>
            </Show>
            <PlanTable id="plan-by-category" caption=Gc::PlanByCategory head=Gc::PlanCategory rows=Signal::derive(move || {
                let l = lang.get();
                plan.with(|p| p.budget.by_category.iter().map(|(c, s)| (i18n::category(l, *c).to_string(), s.net)).collect())
            }) total=Signal::derive(move || plan.with(|p| p.budget.all.net)) />
            <PlanTable id="plan-by-applicant" caption=Gc::PlanByApplicant head=Gc::PlanApplicant rows=Signal::derive(move || {
                let l = lang.get();
                plan.with(|p| grant.with(|g| {
                    (p.budget.by_bearer.iter())
                        .map(|(b, s)| (side_name(Some(g), l, MoveBy::Applicant, b), s.net))
                        .collect()
                }))
            }) total=Signal::derive(move || plan.with(|p| p.budget.all.net)) />
        </section>
    }
}

/// The plan's money by `head` (a category or an applicant), without VAT, with its total: what the
/// reports and claims are checked against, moves accepted included (docs/rules.md §12.2).
#[component]
fn PlanTable(
    id: &'static str,
    caption: Gc,
    head: Gc,
    rows: Signal<Vec<(String, crate::domain::vocabulary::money::Money)>>,
    total: Signal<crate::domain::vocabulary::money::Money>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <table id=id class="figures-table">
            <caption>{text(lang, caption)}</caption>
            <thead><tr><th scope="col">{text(lang, head)}</th><th scope="col" class="num">{text(lang, Gc::PlanNet)}</th></tr></thead>
            <tbody>
                {move || {
                    let l = lang.get();
                    rows.get().into_iter().map(|(name, net)| view! {
                        <tr><th scope="row">{name}</th><td class="num">{net.format(l)}</td></tr>
                    }).collect_view()
                }}
            </tbody>
            <tfoot><tr><th scope="row">{text(lang, Gc::PlanTotal)}</th><td class="num">{move || total.get().format(lang.get())}</td></tr></tfoot>
        </table>
    }
}

#[component]
fn Request(id: LineId, number: usize) -> impl IntoView {
    let open = expect_context::<Open>();
    let shown = expect_context::<Shown>();
    let lang = use_lang();
    let grant = open.grant;
    let request = Memo::new(move |_| grant.with(|g| g.changes.iter().find(|c| c.id == id).cloned()));
    let sent = Memo::new(move |_| request.with(|r| r.as_ref().is_some_and(|r| !r.sent_at.is_empty())));
    let parts = Memo::new(move |_| {
        request.with(|r| {
            r.as_ref()
                .map(|r| r.parts.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let status = RwSignal::new(String::new());
    let add_part = move |_| {
        let mut new = None;
        open.edit(|g| new = g.add_change_part(id, ChangeKind::MoveMoney));
        if let Some(p) = new {
            focus_after_render(format!("change-{id}-part-{p}-kind"));
        }
    };
    let save = move |_| {
        let l = lang.get_untracked();
        shown.reveal.all.set(true);
        let errors = shown
            .findings
            .with_untracked(|f| f.iter().any(|f| f.place.request == id && f.is_error()));
        if errors {
            status.set(Gc::HasErrors.get(l).to_string());
            focus_after_render(SUMMARY.into());
            return;
        }
        let at = browser::now_rfc3339();
        let Some(file) = grant.with_untracked(|g| change_request(g, id, &at)) else {
            status.set(Gc::HasErrors.get(l).to_string());
            return;
        };
        let name = file_name(CHANGE_REQUEST_FORMAT, &file.project.name, id);
        if browser::download(&name, &files::to_json(&file), "application/json").is_ok() {
            open.edit(|g| {
                if let Some(r) = g.change_mut(id) {
                    r.sent_at = at;
                }
            });
            status.set(format!("{} {name}", Gc::Sent.get(l)));
        }
    };
    let state = move || {
        let l = lang.get();
        request.with(|r| {
            let Some(r) = r else { return String::new() };
            let sent = if r.sent_at.is_empty() {
                Gc::NotSent.get(l).to_string()
            } else {
                format!("{}: {}", Gc::SentOn.get(l), local_date(l, &r.sent_at))
            };
            match &r.decision {
                Some(d) => format!(
                    "{sent}. {}: {} ({})",
                    Gc::DecidedOn.get(l),
                    shown_date(l, &d.decided_on),
                    d.decider
                ),
                None if !r.sent_at.is_empty() => format!("{sent}. {}", Gc::Pending.get(l)),
                None => sent,
            }
        })
    };
    view! {
        <section class="change-request" aria-labelledby=format!("change-{id}-title")>
            <h2 id=format!("change-{id}-title")>{text(lang, Gc::RequestHeading)} " " {number}</h2>
            <p id=format!("change-{id}-state")>{state}</p>
            <Messages id=format!("change-{id}-parts") shown=shown.shown(format!("change-{id}-parts")) />
            <For each=move || parts.get().into_iter().enumerate() key=|row| *row let:row>
                {move || if sent.get() {
                    view! { <SentPart request=id part=row.1 number=row.0 + 1 /> }.into_any()
                } else {
                    view! { <EditPart request=id part=row.1 number=row.0 + 1 /> }.into_any()
                }}
            </For>
            <Show when=move || !sent.get()>
                <button type="button" class="button secondary" id=format!("change-{id}-add-part") on:click=add_part>"+ " {text(lang, Gc::AddPart)}</button>
                <button type="button" class="button" id=format!("change-{id}-save") on:click=save>{text(lang, Gc::Send)}</button>
            </Show>
            <p role="status" id=format!("change-{id}-status")>{move || status.get()}</p>
        </section>
    }
}

fn part_of(g: &RawGrant, request: LineId, part: LineId) -> Option<RawChangePart> {
    g.changes
        .iter()
        .find(|r| r.id == request)?
        .parts
        .iter()
        .find(|p| p.id == part)
        .cloned()
}

/// A choice of a part (the kind, between what, from, to): a select whose options are
/// `(value, label)`; the first option is "choose" when `choose`.
#[component]
fn PartSelect(
    id: String,
    label: Gc,
    options: Signal<Vec<(String, String)>>,
    value: String,
    choose: bool,
    on_change: Callback<String>,
) -> impl IntoView {
    let shown = expect_context::<Shown>();
    let lang = use_lang();
    let found = shown.shown(id.clone());
    let invalid = move || found.with(|f| f.iter().any(ChangeFinding::is_error)).then_some("true");
    let leave = {
        let id = id.clone();
        move |_| shown.leave(&id)
    };
    let selected = StoredValue::new(value);
    view! {
        <div class="field">
            <label for=id.clone()>{text(lang, label)}</label>
            <Messages id=id.clone() shown=found />
            <select id=id.clone() aria-describedby=format!("{id}-messages") aria-invalid=invalid
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    selected.set_value(v.clone());
                    on_change.run(v);
                }
                on:blur=leave>
                {choose.then(|| view! { <option value="">{text(lang, Gc::Choose)}</option> })}
                {move || options.get().into_iter().map(|(v, l)| {
                    let is = selected.with_value(|s| *s == v);
                    view! { <option value=v selected=is>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn EditPart(request: LineId, part: LineId, number: usize) -> impl IntoView {
    use crate::domain::grant::change::ChangeField as F;
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let initial = grant.with_untracked(|g| part_of(g, request, part)).unwrap_or_default();
    let kind = RwSignal::new(initial.kind);
    let by = RwSignal::new(initial.by);
    let edit = move |f: Box<dyn FnOnce(&mut RawChangePart)>| {
        open.edit(|g| {
            if let Some(p) = g.change_part_mut(request, part) {
                f(p);
            }
        });
    };
    // The part's text fields (`ui::checked::CheckedField`), named by their place; what is typed is
    // kept as typed.
    let checks = expect_context::<Shown>();
    let id = move |field: F| place(request, part, field);
    let set =
        move |pick: fn(&mut RawChangePart, String)| Callback::new(move |v: String| edit(Box::new(move |p| pick(p, v))));
    let kinds = Signal::derive(move || {
        let l = lang.get();
        [ChangeKind::EndDate, ChangeKind::MoveMoney, ChangeKind::Content]
            .map(|k| (kind_id(k).to_string(), words::kind(l, k).to_string()))
            .to_vec()
    });
    let bys = Signal::derive(move || {
        let l = lang.get();
        [MoveBy::Category, MoveBy::Applicant]
            .map(|b| (by_id(b).to_string(), words::by(l, b).to_string()))
            .to_vec()
    });
    // The categories of the project's call, or the applicants, as `from` and `to` offer them.
    let ends = Signal::derive(move || {
        let l = lang.get();
        grant.with(|g| match by.get() {
            MoveBy::Category => crate::domain::grant::ledger::call_of(g)
                .cost_categories
                .iter()
                .map(|r| (r.category.id().to_string(), i18n::category(l, r.category).to_string()))
                .collect(),
            MoveBy::Applicant => g
                .application
                .applicants
                .iter()
                .enumerate()
                .map(|(i, a)| (a.id.to_string(), applicant_label(a, i, l)))
                .collect(),
        })
    });
    let remove = move |_| {
        open.edit(|g| {
            if let Some(r) = g.change_mut(request) {
                r.parts.retain(|p| p.id != part);
            }
        });
        focus_after_render(format!("change-{request}-add-part"));
    };
    let fields = move || {
        let now = grant.with_untracked(|g| part_of(g, request, part)).unwrap_or_default();
        match kind.get() {
            ChangeKind::EndDate => view! {
                <CheckedField id=id(F::End) label=Gc::End hint=Gc::EndHint value=now.end checks set=set(|p, v| p.end = v) />
            }
            .into_any(),
            ChangeKind::MoveMoney => view! {
                <PartSelect id=format!("change-{request}-part-{part}-by") label=Gc::By options=bys value=by_id(now.by).to_string() choose=false
                    on_change=Callback::new(move |v: String| {
                        let b = if v == by_id(MoveBy::Applicant) { MoveBy::Applicant } else { MoveBy::Category };
                        by.set(b);
                        edit(Box::new(move |p| p.by = b));
                    }) />
                {move || {
                    by.track();
                    let now = grant.with_untracked(|g| part_of(g, request, part)).unwrap_or_default();
                    view! {
                        <PartSelect id=place(request, part, F::From) label=Gc::From options=ends value=now.from choose=true
                            on_change=Callback::new(move |v: String| edit(Box::new(move |p| p.from = v)))/>
                        <PartSelect id=place(request, part, F::To) label=Gc::To options=ends value=now.to choose=true
                            on_change=Callback::new(move |v: String| edit(Box::new(move |p| p.to = v)))/>
                    }
                }}
                <CheckedField id=id(F::Amount) label=Gc::Amount hint=Gc::AmountHint value=now.amount checks set=set(|p, v| p.amount = v) />
            }
            .into_any(),
            ChangeKind::Content => view! {
                <CheckedField id=id(F::Text) label=Gc::Text rows=4 value=now.text checks set=set(|p, v| p.text = v) />
            }
            .into_any(),
        }
    };
    view! {
        <fieldset class="change-part" id=format!("change-{request}-part-{part}")>
            <legend>{text(lang, Gc::PartHeading)} " " {number}</legend>
            <PartSelect id=format!("change-{request}-part-{part}-kind") label=Gc::Kind options=kinds value=kind_id(initial.kind).to_string() choose=false
                on_change=Callback::new(move |v: String| {
                    let k = kind_of(&v);
                    kind.set(k);
                    edit(Box::new(move |p| p.kind = k));
                }) />
            {fields}
            <CheckedField id=id(F::Reason) label=Gc::Reason hint=Gc::ReasonHint rows=4 value=initial.reason.clone() checks set=set(|p, v| p.reason = v) />
            <button type="button" class="button secondary small" id=format!("change-{request}-part-{part}-remove") on:click=remove>
                {text(lang, Gc::RemovePart)} <span class="visually-hidden">" " {number}</span>
            </button>
        </fieldset>
    }
}

/// A part sent: what it asks, its reason, and the ministry's outcome and reason once decided.
#[component]
fn SentPart(request: LineId, part: LineId, number: usize) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let shown = move || {
        let l = lang.get();
        grant.with(|g| {
            let r: Option<&RawChangeRequest> = g.changes.iter().find(|r| r.id == request);
            let p = part_of(g, request, part).unwrap_or_default();
            let what = match p.kind {
                ChangeKind::EndDate => shown_date(l, &p.end),
                ChangeKind::MoveMoney => format!(
                    "{} \u{2192} {}: {}",
                    side_name(Some(g), l, p.by, &p.from),
                    side_name(Some(g), l, p.by, &p.to),
                    shown_amount(l, &p.amount)
                ),
                ChangeKind::Content => p.text.clone(),
            };
            let decided = r
                .and_then(|r| r.decision.as_ref())
                .and_then(|d| d.parts.iter().find(|d| d.part == part));
            let outcome = words::outcome(l, decided.map(|d| d.outcome));
            let value = decided
                .map(|d| {
                    [d.end.as_str(), d.amount.as_str()]
                        .into_iter()
                        .filter(|v| !v.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|v| !v.is_empty())
                .map(|v| {
                    let v = match p.kind {
                        ChangeKind::MoveMoney => shown_amount(l, &v),
                        _ => shown_date(l, &v),
                    };
                    format!(" ({}: {v})", Gc::AcceptedValue.get(l))
                });
            view! {
                <dl class="grant-facts">
                    <dt>{words::kind(l, p.kind)}</dt>
                    <dd>{what}</dd>
                    <dt>{Gc::Reason.get(l)}</dt>
                    <dd>{p.reason.clone()}</dd>
                    <dt>{Gc::Decision.get(l)}</dt>
                    <dd id=format!("change-{request}-part-{part}-outcome")>{outcome}{value}</dd>
                    {decided.map(|d| view! {
                        <dt>{Gc::DecisionReason.get(l)}</dt>
                        <dd id=format!("change-{request}-part-{part}-decision-reason")>{d.reason.clone()}</dd>
                    })}
                </dl>
            }
        })
    };
    view! {
        <section class="change-part" aria-labelledby=format!("change-{request}-part-{part}-title")>
            <h3 id=format!("change-{request}-part-{part}-title")>{text(lang, Gc::PartHeading)} " " {number}</h3>
            {shown}
        </section>
    }
}

/// A side of a move of money as a page names it: the category's name, or the applicant's in the
/// grant `g` (by its id where the grant is not known: the ministry's page before a file of it came).
pub(crate) fn side_name(g: Option<&RawGrant>, l: Lang, by: MoveBy, x: &str) -> String {
    match by {
        MoveBy::Category => {
            CostCategory::from_id(x).map_or_else(|| x.to_string(), |c| i18n::category(l, c).to_string())
        }
        MoveBy::Applicant => g
            .and_then(|g| {
                g.application
                    .applicants
                    .iter()
                    .enumerate()
                    .find(|(_, a)| a.id.to_string() == x)
            })
            .map_or_else(|| x.to_string(), |(i, a)| applicant_label(a, i, l)),
    }
}

/// An amount as typed or as a file writes it, as the language writes it (as it is if it is none).
fn shown_amount(l: Lang, typed: &str) -> String {
    use crate::domain::vocabulary::money::Money;
    let t = typed.trim();
    Money::parse_exchange(t)
        .or_else(|| Money::parse(t).ok())
        .map_or_else(|| typed.to_string(), |m| m.format(l))
}

fn kind_id(k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::EndDate => "end-date",
        ChangeKind::MoveMoney => "move-money",
        ChangeKind::Content => "content",
    }
}

fn kind_of(v: &str) -> ChangeKind {
    match v {
        "move-money" => ChangeKind::MoveMoney,
        "content" => ChangeKind::Content,
        _ => ChangeKind::EndDate,
    }
}

fn by_id(b: MoveBy) -> &'static str {
    match b {
        MoveBy::Category => "category",
        MoveBy::Applicant => "applicant",
    }
}
