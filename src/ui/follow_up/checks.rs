//! A grant's reports received, each with its two checks (docs/rules.md §12.4): the report (kind,
//! day received, its SHA-256 shortened with the whole one a click away, its state), the content
//! check and the accounts check, each signed off by name and date with its verdict (pending,
//! accepted, completion requested) and a note; for the accounts check the report's entries one per
//! row, each accepted or left out with a reason, and below them the figures as the file counts them
//! beside the figures recomputed with the entries left out (`reviewer::follow_up::recompute`: `E`,
//! what the claim may ask, the final grant, paid, the last instalment or the amount to return),
//! updated on every keystroke.

use crate::domain::draft::LineId;
use crate::domain::formats::follow_up::{EntryDecision, Opened, ReceivedReport, ReportKind, Verdict};
use crate::domain::grant::review::GrantReview;
use crate::domain::reviewer::follow_up::{file_review, recompute, report_state_in};
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::money::Money;
use crate::i18n::follow_up::{self as fu_words, Fu};
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::i18n::{self, grant_reports::report_error};
use crate::ui::checked::{Checked, CheckedField};
use crate::ui::follow_up::grant::{shown_date, Here};
use crate::ui::follow_up::shown::Shown;
use crate::ui::form::text;
use leptos::prelude::*;

/// The reports received, oldest first.
#[component]
pub fn ReceivedReports() -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let ids = Memo::new(move |_| {
        here.with(|g| g.received.iter().map(|r| r.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="received-title">
            <h2 id="received-title">{text(lang, Fp::ReceivedTitle)}</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p>{text(lang, Fp::NoneReceived)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id let:id>
                <Report id />
            </For>
        </section>
    }
}

/// One report received and its checks.
#[component]
fn Report(id: LineId) -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let (kind, received_on, sha256) = here
        .with_untracked(|g| {
            g.received
                .iter()
                .find(|r| r.id == id)
                .map(|r| (r.kind, r.received_on.clone(), r.sha256.clone()))
        })
        .flatten()
        .unwrap_or_default();
    let state = move || {
        here.with(|g| g.received.iter().find(|r| r.id == id).map(|r| report_state_in(g, r)))
            .flatten()
            .map(|s| fu_words::state(lang.get(), s))
    };
    let unreadable = move || {
        here.opened(|o| match o.get(&id) {
            Some(Err(e)) => Some(format!(
                "{} {}",
                Fp::ReportUnreadable.get(lang.get()),
                report_error(lang.get(), e)
            )),
            _ => None,
        })
        .flatten()
    };
    let title = {
        let on = received_on.clone();
        move || {
            let l = lang.get();
            words::received_label(l, words::kind(l, kind), &shown_date(l, &on))
        }
    };
    let short = format!("{}\u{2026}", sha256.get(..12).unwrap_or(&sha256));
    let heading = format!("report-{id}");
    view! {
        // Named by its heading and its file's SHA-256: two claims received on the same day are two
        // landmarks of their own (WCAG 2.1: landmarks distinguishable).
        <section class="received-report" aria-labelledby=format!("{heading} report-{id}-sha")>
            <h3 id=heading.clone() tabindex="-1">{title}</h3>
            <p>
                "SHA-256: " <code id=format!("report-{id}-sha")>{short}</code>
                " \u{b7} " {text(lang, Fp::ColState)} ": " <span id=format!("report-{id}-state")>{state}</span>
            </p>
            <details class="full-hash">
                <summary>{text(lang, Fp::FullHash)}</summary>
                <code class="fingerprint">{sha256}</code>
            </details>
            {move || unreadable().map(|s| view! { <p class="field-error">{s}</p> })}
            <CheckFields id which=Which::Content />
            <CheckFields id which=Which::Accounts />
            <Entries id />
            <Recomputed id kind />
            <crate::ui::follow_up::completion::Completion report=id />
        </section>
    }
}

/// A check's signature and verdict, to change: by, on, verdict, note.
type CheckParts<'a> = (&'a mut String, &'a mut String, &'a mut Verdict, &'a mut String);

/// Which of a report's two checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Content,
    Accounts,
}

impl Which {
    /// Its part of the elements' ids, as `shown::dom_id` writes it.
    fn slug(self) -> &'static str {
        match self {
            Which::Content => "content",
            Which::Accounts => "accounts",
        }
    }

    fn title(self) -> Fp {
        match self {
            Which::Content => Fp::ContentCheck,
            Which::Accounts => Fp::AccountsCheck,
        }
    }

    /// Its signature and verdict: by, on, verdict, note.
    fn fields(self, r: &mut ReceivedReport) -> CheckParts<'_> {
        match self {
            Which::Content => {
                let c = &mut r.content_check;
                (&mut c.by, &mut c.on, &mut c.verdict, &mut c.note)
            }
            Which::Accounts => {
                let c = &mut r.accounts_check;
                (&mut c.by, &mut c.on, &mut c.verdict, &mut c.note)
            }
        }
    }
}

/// A field of a report's check set to what is typed.
fn set_field(
    here: Here,
    id: LineId,
    which: Which,
    pick: for<'a> fn(CheckParts<'a>) -> &'a mut String,
) -> Callback<String> {
    Callback::new(move |value: String| {
        here.edit(move |g| {
            if let Some(r) = g.received_mut(id) {
                *pick(which.fields(r)) = value;
            }
        })
    })
}

/// A check signed off: who, when, the verdict, a note.
#[component]
fn CheckFields(id: LineId, which: Which) -> impl IntoView {
    let here = expect_context::<Here>();
    let shown = expect_context::<Shown>();
    let lang = here.lang;
    let (by, on, verdict, note) = here
        .with_untracked(|g| {
            let mut r = g.received.iter().find(|r| r.id == id).cloned().unwrap_or_default();
            let (a, b, c, d) = which.fields(&mut r);
            (a.clone(), b.clone(), *c, d.clone())
        })
        .unwrap_or_default();
    let base = format!("report-{id}-{}", which.slug());
    let by_id = format!("{base}-by");
    let choose = {
        let by_id = by_id.clone();
        move |v: Verdict| {
            here.edit(move |g| {
                if let Some(r) = g.received_mut(id) {
                    *which.fields(r).2 = v;
                }
            });
            // A verdict given is the check's question answered: its sign-off is shown now.
            shown.leave(&by_id);
        }
    };
    let radios = [
        (Verdict::Pending, "pending", Fp::VerdictPending),
        (Verdict::Accepted, "accepted", Fp::VerdictAccepted),
        (
            Verdict::CompletionRequested,
            "completion-requested",
            Fp::VerdictCompletion,
        ),
    ]
    .into_iter()
    .map(|(v, slug, label)| {
        let radio = format!("{base}-verdict-{slug}");
        let choose = choose.clone();
        view! {
            <label class="checkbox" for=radio.clone()>
                <input type="radio" id=radio.clone() name=format!("{base}-verdict") value=slug
                    prop:checked=verdict == v on:change=move |_| choose(v) />
                {text(lang, label)}
            </label>
        }
    })
    .collect_view();
    view! {
        <fieldset class="check" id=base.clone()>
            <legend>{text(lang, which.title())}</legend>
            <CheckedField checks=shown id=by_id label=Fp::CheckedBy value=by set=set_field(here, id, which, |f| f.0) />
            <CheckedField checks=shown id=format!("{base}-on") label=Fp::CheckedOn hint=Fp::DateHint value=on
                set=set_field(here, id, which, |f| f.1) />
            <fieldset class="radios">
                <legend>{text(lang, Fp::Verdict)}</legend>
                {radios}
            </fieldset>
            <CheckedField checks=shown id=format!("{base}-note") label=Fp::Note value=note rows=3
                set=set_field(here, id, which, |f| f.3) />
        </fieldset>
    }
}

/// An entry of a report as its row shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    id: LineId,
    date: String,
    what: String,
    category: Option<CostCategory>,
    net: Option<Money>,
    /// As the file counted it.
    eligible: bool,
    internal_charge: bool,
}

/// The rows of a report's entries, with what its own reading said of each.
fn rows(o: &Opened) -> Vec<Row> {
    let review = file_review(o);
    o.grant()
        .entries
        .iter()
        .zip(&review.ledger.entries)
        .map(|(e, r)| Row {
            id: e.id,
            date: e.date.clone(),
            what: [e.voucher.trim(), e.description.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            category: r.category,
            net: r.net,
            eligible: r.eligible,
            internal_charge: e.internal_charge,
        })
        .collect()
}

/// The report's entries, each accepted or left out with a reason.
#[component]
fn Entries(id: LineId) -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let rows = Memo::new(move |_| {
        here.opened(|o| match o.get(&id) {
            Some(Ok(o)) => rows(o),
            _ => Vec::new(),
        })
        .unwrap_or_default()
    });
    let th = move |key: Fp| view! { <th scope="col">{text(lang, key)}</th> };
    view! {
        <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{text(lang, Fp::NoEntries)}</p> }>
            <div class="table-scroll" role="region" aria-labelledby=format!("report-{id}-entries-caption report-{id} report-{id}-sha") tabindex="0">
                <table class="entries-check" id=format!("report-{id}-entries")>
                    <caption id=format!("report-{id}-entries-caption")>{text(lang, Fp::EntriesCaption)}</caption>
                    <thead><tr>
                        {th(Fp::ColEntryDate)}{th(Fp::ColWhat)}
                        <th scope="col">{move || i18n::T::ColCategory.get(lang.get())}</th>
                        <th scope="col" class="num">{text(lang, Fp::ColEntryAmount)}</th>
                        {th(Fp::ColInReport)}{th(Fp::ColCheck)}
                    </tr></thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.id let:row>
                            <EntryRow report=id row />
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// One entry: what it is, what the report counted it as, and the check's decision on it.
#[component]
fn EntryRow(report: LineId, row: Row) -> impl IntoView {
    let here = expect_context::<Here>();
    let shown = expect_context::<Shown>();
    let lang = here.lang;
    let entry = row.id;
    let decided = here
        .with_untracked(|g| {
            g.received
                .iter()
                .find(|r| r.id == report)
                .and_then(|r| r.accounts_check.entries.get(&entry).cloned())
        })
        .flatten();
    let reason = match &decided {
        Some(EntryDecision::LeaveOut { reason }) => reason.clone(),
        _ => String::new(),
    };
    let leaving = RwSignal::new(matches!(decided, Some(EntryDecision::LeaveOut { .. })));
    let base = format!("report-{report}-accounts-entry-{entry}");
    let decide = move |leave: bool, reason: Option<String>| {
        leaving.set(leave);
        here.edit(move |g| {
            if let Some(r) = g.received_mut(report) {
                let entries = &mut r.accounts_check.entries;
                match (leave, reason) {
                    // An entry not named is accepted as the file counts it.
                    (false, _) => {
                        entries.remove(&entry);
                    }
                    (true, Some(reason)) => {
                        entries.insert(entry, EntryDecision::LeaveOut { reason });
                    }
                    (true, None) => {
                        let kept = match entries.get(&entry) {
                            Some(EntryDecision::LeaveOut { reason }) => reason.clone(),
                            _ => String::new(),
                        };
                        entries.insert(entry, EntryDecision::LeaveOut { reason: kept });
                    }
                }
            }
        });
    };
    let in_report = move || {
        let l = lang.get();
        let counted = if row.eligible {
            Fp::CountedEligible.get(l)
        } else {
            Fp::NotEligible.get(l)
        };
        if row.internal_charge {
            format!("{counted}, {}", Fp::InternalCharge.get(l))
        } else {
            counted.to_string()
        }
    };
    let leave_out_id = format!("{base}-leave-out");
    let group = format!("{base}-decision");
    let reason_field = {
        let base = base.clone();
        move || {
            leaving.get().then(|| {
                view! {
                    <CheckedField checks=shown id=format!("{base}-reason") label=Fp::Reason value=reason.clone()
                        set=Callback::new(move |r: String| decide(true, Some(r))) />
                }
            })
        }
    };
    view! {
        <tr>
            <td>{move || shown_date(lang.get(), &row.date)}</td>
            <td>{row.what.clone()}</td>
            <td>{move || row.category.map(|c| i18n::category(lang.get(), c))}</td>
            <td class="num">{move || row.net.map(|m| m.format(lang.get()))}</td>
            <td>{in_report}</td>
            <td>
                <fieldset class="radios inline">
                    <legend class="visually-hidden">{move || words::entry_legend(lang.get(), entry)}</legend>
                    <label class="checkbox" for=base.clone()>
                        <input type="radio" id=base.clone() name=group.clone() value="accept"
                            prop:checked=move || !leaving.get() on:change=move |_| decide(false, None) />
                        {text(lang, Fp::Accept)}
                    </label>
                    <label class="checkbox" for=leave_out_id.clone()>
                        <input type="radio" id=leave_out_id.clone() name=group value="leave-out"
                            prop:checked=move || leaving.get() on:change=move |_| decide(true, None) />
                        {text(lang, Fp::LeaveOut)}
                    </label>
                </fieldset>
                {reason_field}
            </td>
        </tr>
    }
}

/// A report's figures: `E`, what its claim may ask, and its settlement.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Figures {
    eligible: Money,
    may_claim: Option<Money>,
    final_grant: Option<Money>,
    paid: Option<Money>,
    last_instalment: Option<Money>,
    to_return: Option<Money>,
}

fn figures(kind: ReportKind, eligible: Money, r: &GrantReview) -> Figures {
    let claim = r.claims.last().filter(|_| kind == ReportKind::PaymentClaim);
    let settled = r.settlement.filter(|_| kind == ReportKind::FinalReport);
    Figures {
        eligible,
        may_claim: claim.map(|c| c.may_claim),
        final_grant: settled.map(|s| s.final_grant),
        paid: settled.map(|s| s.paid),
        last_instalment: settled.map(|s| s.last_instalment),
        to_return: settled.map(|s| s.to_return),
    }
}

/// The figures as the file counts them beside the figures with the entries left out.
#[component]
fn Recomputed(id: LineId, kind: ReportKind) -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let check = Memo::new(move |_| {
        here.with(|g| g.received.iter().find(|r| r.id == id).map(|r| r.accounts_check.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let both = Memo::new(move |_| {
        let check = check.get();
        here.opened(|o| match o.get(&id) {
            Some(Ok(o)) => {
                let re = recompute(o, &check);
                Some((
                    figures(kind, re.eligible_stated, file_review(o)),
                    figures(kind, re.eligible, &re.review),
                ))
            }
            _ => None,
        })
        .flatten()
    });
    let rows = move || {
        let l = lang.get();
        both.get().map(|(filed, checked)| {
            let lines: [(&str, String, Option<Money>, Option<Money>); 6] = [
                (
                    "eligible",
                    Fp::Eligible.get(l).into(),
                    Some(filed.eligible),
                    Some(checked.eligible),
                ),
                (
                    "may-claim",
                    Fp::MayClaim.get(l).into(),
                    filed.may_claim,
                    checked.may_claim,
                ),
                (
                    "final-grant",
                    Fu::FinalGrant.get(l).into(),
                    filed.final_grant,
                    checked.final_grant,
                ),
                ("paid", Fu::Paid.get(l).into(), filed.paid, checked.paid),
                (
                    "last-instalment",
                    Fu::LastInstalment.get(l).into(),
                    filed.last_instalment,
                    checked.last_instalment,
                ),
                (
                    "to-return",
                    Fp::ToReturn.get(l).into(),
                    filed.to_return,
                    checked.to_return,
                ),
            ];
            lines
                .into_iter()
                .filter(|(_, _, a, b)| a.is_some() || b.is_some())
                .map(|(slug, label, a, b)| {
                    let cell = |m: Option<Money>| m.map(|m| m.format(l)).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td class="num" id=format!("report-{id}-{slug}-filed")>{cell(a)}</td>
                            <td class="num" id=format!("report-{id}-{slug}")>{cell(b)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let th = move |key: Fp| view! { <th scope="col" class="num">{text(lang, key)}</th> };
    view! {
        <Show when=move || both.with(Option::is_some)>
            <table class="totals recomputed" id=format!("report-{id}-figures") aria-live="polite">
                <caption>{text(lang, Fp::RecomputedCaption)}</caption>
                <thead><tr>
                    <th scope="col">{text(lang, Fp::ColFigure)}</th>
                    {th(Fp::ColAsFiled)}{th(Fp::ColAsChecked)}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </Show>
    }
}
