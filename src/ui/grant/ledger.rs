//! The project's accounts (`/grant/<id>/ledger`, projektikirjanpito): the realised costs as a table
//! a keyboard user works in, a row per entry — date, voucher, category (the call's), who bore it
//! (the applicants), description, amount without VAT, VAT, internal charge and whether it rests on
//! booked actual costs, a licence's justification — added, removed with undo. Each cell is named by
//! its column's heading and its row's number (`aria-labelledby`), as the budget's lines are.
//!
//! A city's accounts are long: only the rows near the view are built (`line_window::LineWindow`,
//! the budget's window over 2 000 lines), the others stand as gaps, so a keystroke costs a
//! screenful of rows whatever the count. The ledger's rules are checked per entry and summed
//! incrementally (`entry_checks`): the totals (net, VAT, eligible and not), the sums by category
//! against the plan, each cell's messages once left, the error summary, and a not-eligible entry
//! marked in its row. The CSV import is `ledger_import`'s section of the page.

use crate::domain::draft::LineId;
use crate::domain::grant::finding::{Finding, Place};
use crate::domain::grant::ledger::call_of;
use crate::domain::grant::model::{RawEntry, RawGrant};
use crate::domain::grant::report::plan;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant::G;
use crate::i18n::{self, grant_rules, T};
use crate::ui::applicants::applicant_label;
use crate::ui::dom::focus_after_render;
use crate::ui::field::{message_line, Cite};
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
pub use crate::ui::grant::entry_checks::cell_id;
use crate::ui::grant::entry_checks::{column_of, use_entry_checks, EntryChecks, Figures};
use crate::ui::grant::ledger_import::CsvImport;
use crate::ui::grant::overview::project_name;
use crate::ui::grant::partner_copy::PartnerCopyFacts;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::line_window::{blurred, line_of_event, LineWindow, Slot};
use crate::ui::summary::{place_and_message, set_title};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

/// The table body's id (the window measures its rows).
pub const BODY_ID: &str = "ledger-body";
/// A row's height and so a gap's per entry, in rem (style/grant.css `table.ledger tbody tr`).
const ROW_REMS: usize = 4;

/// The cells of a row, in the columns' order: (the field's key, its heading).
const COLUMNS: [(&str, G); 10] = [
    ("date", G::ColDate),
    ("voucher", G::ColVoucher),
    ("category", G::ColCategory),
    ("bearer", G::ColBearer),
    ("description", G::ColDescription),
    ("net", G::ColNet),
    ("vat", G::ColVat),
    ("internal", G::ColInternal),
    ("actual", G::ColActual),
    ("justification", G::ColJustification),
];

/// A removed entry and where it was, for the undo.
type Undone = Option<(usize, RawEntry)>;

/// The error summary's id (focused when the user asks to check).
pub const SUMMARY_ID: &str = "ledger-summary";
/// The most findings the summary lists of each kind (the rest are counted): a city's accounts may
/// have thousands, and each is also under its cell.
const LISTED: usize = 100;

#[component]
pub fn LedgerPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let checks = EntryChecks::new(open);
    set_title(
        move |l| {
            format!(
                "{} \u{2013} {}",
                G::LedgerTitle.get(l),
                grant.with(|g| project_name(l, g))
            )
        },
        move || checks.show_all.get() && checks.figures.with(|f| f.errors > 0),
    );
    let window = LineWindow::over(open.entry_ids, BODY_ID);
    let undo = RwSignal::new(None::<(usize, RawEntry)>);
    let id = grant.with_untracked(|g| g.id.clone());
    let add = move |_| {
        checks.touch_all();
        if let Some(entry) = open.edit_entries(RawGrant::add_entry) {
            window.focus(entry, cell_id(entry, "date"));
        }
    };
    let restore = move |_| {
        if let Some((index, entry)) = undo.get_untracked() {
            let back = entry.id;
            checks.touch_all();
            open.edit_entries(|g| g.restore_entry(index, entry));
            undo.set(None);
            window.focus(back, cell_id(back, "date"));
        }
    };
    let check = move |_| {
        checks.show_all.set(true);
        focus_after_render(SUMMARY_ID.into());
    };
    view! {
        <p><A href=ProjectPage::Overview.path(&id)>{text(lang, G::BackToProject)}</A></p>
        <h1>{text(lang, G::LedgerTitle)}</h1>
        {grant.with_untracked(|g| g.partner_of.is_some()).then(|| view! { <PartnerCopyFacts /> })}
        <p class="lead">{text(lang, G::LedgerIntro)}</p>
        <LedgerTotals figures=checks.figures />
        <ByCategory figures=checks.figures />
        <CsvImport checks />
        <h2 id="ledger-entries-title">{text(lang, G::LedgerTitle)}</h2>
        <LedgerSummary window />
        <Show when=move || open.entry_ids.with(Vec::is_empty)>
            <p class="empty">{text(lang, G::NoEntries)}</p>
        </Show>
        <EntriesTable window undo />
        <div role="status" class="undo-notice">
            <Show when=move || undo.with(Option::is_some)>
                <span>{text(lang, G::EntryRemoved)}</span> " "
                <button type="button" id="undo-remove" class="button small" on:click=restore>{text(lang, T::UndoRemoval)}</button>
            </Show>
        </div>
        <div class="actions">
            <button type="button" id="add-entry" class="button secondary" on:click=add>"+ " {text(lang, G::AddEntry)}</button>
            " "
            <button type="button" id="check-entries" class="button" on:click=check>{text(lang, G::CheckEntries)}</button>
        </div>
    }
}

/// The totals: entries, net, VAT, eligible and not, and the entries that count in no sum.
#[component]
fn LedgerTotals(figures: Memo<Figures>) -> impl IntoView {
    let lang = use_lang();
    let money = move |m: fn(&Figures) -> Money| move || figures.with(|f| m(f).format(lang.get()));
    view! {
        <section class="totals" aria-labelledby="ledger-totals-title" data-rechecked=move || figures.with(|f| f.rechecked)>
            <h2 id="ledger-totals-title">{text(lang, G::TotalsTitle)}</h2>
            <dl>
                <div>
                    <dt>{text(lang, G::TotalEntries)}</dt>
                    <dd id="ledger-count">{move || i18n::integer(lang.get(), figures.with(|f| f.count) as u64)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalNet)}</dt>
                    <dd id="ledger-net">{money(|f| f.totals.all.net)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalVat)}</dt>
                    <dd id="ledger-vat">{money(|f| f.totals.all.vat)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalEligible)}</dt>
                    <dd id="ledger-eligible">{money(|f| f.totals.all.eligible)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalNotEligible)}</dt>
                    <dd id="ledger-not-eligible">
                        {money(|f| f.totals.all.net.checked_sub(f.totals.all.eligible).unwrap_or_default())}
                        " ("
                        {move || crate::i18n::grant::entries_count(lang.get(), figures.with(|f| f.not_eligible))}
                        ")"
                    </dd>
                </div>
                <Show when=move || figures.with(|f| f.unreadable > 0)>
                    <div>
                        <dt>{text(lang, G::NotCounted)}</dt>
                        <dd id="ledger-unreadable">{move || figures.with(|f| f.unreadable)}</dd>
                    </div>
                </Show>
            </dl>
        </section>
    }
}

/// The sums by category against the plan (the granted application's budget), VAT-free.
#[component]
fn ByCategory(figures: Memo<Figures>) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let (categories, planned) = open.grant.with_untracked(|g| {
        let plan = plan(g);
        let categories: Vec<CostCategory> = call_of(g).cost_categories.iter().map(|r| r.category).collect();
        (categories, plan.by_category)
    });
    let rows = categories
        .into_iter()
        .map(|c| {
            let planned = planned.get(&c).map(|s| s.net).unwrap_or_default();
            let sum = move |m: fn(&crate::domain::rules::budget::Sums) -> Money| {
                move || {
                    figures.with(|f| m(&f.totals.by_category.get(&c).copied().unwrap_or_default()).format(lang.get()))
                }
            };
            view! {
                <tr id=format!("ledger-category-{}", c.id())>
                    <th scope="row">{move || i18n::category(lang.get(), c)}</th>
                    <td class="num">{sum(|s| s.net)}</td>
                    <td class="num">{sum(|s| s.vat)}</td>
                    <td class="num">{sum(|s| s.eligible)}</td>
                    <td class="num">{move || planned.format(lang.get())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="ledger-by-category-title" tabindex="0">
            <table id="ledger-by-category" class="sums">
                <caption id="ledger-by-category-title">{text(lang, G::ByCategoryTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text(lang, G::ColCategory)}</th>
                        <th scope="col">{text(lang, G::TotalNet)}</th>
                        <th scope="col">{text(lang, G::TotalVat)}</th>
                        <th scope="col">{text(lang, G::TotalEligible)}</th>
                        <th scope="col">{text(lang, G::ColPlanned)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The error summary, once the user asks to check: each finding a link to its cell (through the
/// line window: the row may not be built).
#[component]
fn LedgerSummary(window: LineWindow) -> impl IntoView {
    let checks = use_entry_checks();
    let lang = use_lang();
    let item = move |(number, f): (Option<usize>, Finding)| {
        let l = lang.get();
        let message = grant_rules::message(l, &f);
        match f.place {
            Place::Entry { id, field } => {
                let key = column_of(field);
                let heading = COLUMNS.iter().find(|(k, _)| *k == key).map_or("", |(_, h)| h.get(l));
                let place = format!(
                    "{} {}, {}",
                    G::Entry.get(l),
                    number.unwrap_or(0),
                    heading.to_lowercase()
                );
                let target = cell_id(id, key);
                let to = target.clone();
                Either::Left(view! {
                    <li>
                        <a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); window.focus(id, to.clone()); }>
                            {place_and_message(&place, &message)}
                        </a>
                    </li>
                })
            }
            _ => Either::Right(view! { <li>{message}</li> }),
        }
    };
    let list = move |errors: bool| {
        move || {
            checks.figures.track();
            let (listed, more) = checks.findings(errors, LISTED);
            let more = (more > 0)
                .then(|| view! { <li class="more">{crate::i18n::grant::more_findings(lang.get(), more)}</li> });
            view! { {listed.into_iter().map(item).collect_view()} {more} }
        }
    };
    let errors = move || checks.figures.with(|f| f.errors > 0);
    let warnings = move || checks.figures.with(|f| f.warnings > 0);
    view! {
        <Show when=move || checks.show_all.get()>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" class:clean=move || !errors()>
                <Show when=errors
                    fallback=move || view! { <p class="ok">{text(lang, G::NoEntryErrors)}</p> }>
                    <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                    <ul>{list(true)}</ul>
                </Show>
                <Show when=warnings>
                    <h2 class="warnings-title">{text(lang, T::WarningSummaryTitle)}</h2>
                    <ul class="warnings">{list(false)}</ul>
                </Show>
            </div>
        </Show>
    }
}

#[component]
fn EntriesTable(window: LineWindow, undo: RwSignal<Undone>) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let row_count = move || open.entry_ids.with(Vec::len) + 1;
    let focusin = move |ev: web_sys::FocusEvent| {
        if let Some(line) = line_of_event(&ev) {
            window.focused(line);
        }
    };
    let focusout = move |ev: web_sys::FocusEvent| {
        if ev.related_target().is_none() {
            window.focus_lost(&ev);
        }
    };
    let headers = COLUMNS
        .iter()
        .map(|&(key, heading)| {
            view! { <th scope="col" role="columnheader" id=format!("ledger-col-{key}")>{text(lang, heading)}</th> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-labelledby="ledger-entries-title" tabindex="0">
            <table class="ledger" id="ledger" role="table" aria-rowcount=row_count>
                <thead role="rowgroup">
                    <tr role="row" aria-rowindex="1">
                        <th scope="col" role="columnheader" id="ledger-col-entry">{text(lang, G::Entry)}</th>
                        {headers}
                        <th scope="col" role="columnheader">{text(lang, T::ColActions)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup" id=BODY_ID on:focusin=focusin on:focusout=focusout>
                    <For each=move || window.layout.with(|l| l.slots.clone()) key=|slot| *slot let:slot>
                        {match slot {
                            Slot::Row(id) => Either::Left(view! { <EntryRow id undo /> }),
                            Slot::Gap(at) => Either::Right({
                                let n = move || window.layout.with(|l| l.gap_lines(at).len());
                                view! { <tr class="gap" aria-hidden="true" style:height=move || format!("{}rem", n() * ROW_REMS)></tr> }
                            }),
                        }}
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// The options of a row's selects: (value, its name in a language).
pub(crate) fn category_options(g: &RawGrant, lang: Lang) -> Vec<(String, String)> {
    // The call the rules read (`call_of`: the decision's, else the application's, else the default).
    call_of(g)
        .cost_categories
        .iter()
        .map(|r| {
            (
                r.category.id().to_string(),
                i18n::category(lang, r.category).to_string(),
            )
        })
        .collect()
}

pub(crate) fn bearer_options(g: &RawGrant, lang: Lang) -> Vec<(String, String)> {
    // A partner's copy: its entries are the partner's own.
    if let Some(of) = &g.partner_of {
        return vec![(of.partner.to_string(), of.partner_name.clone())];
    }
    g.application
        .applicants
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.to_string(), applicant_label(a, i, lang)))
        .collect()
}

/// A cell's messages (`{cell}-msg`), each with the passage it rests on.
fn cell_messages(lang: RwSignal<Lang>, cell: &str, shown: Memo<Vec<Finding>>) -> impl IntoView {
    view! {
        <div id=format!("{cell}-msg") class="field-messages">
            {move || {
                let l = lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| {
                        let cite = f.source.map(|s| view! { <Cite citation=s /> });
                        message_line(l, f.severity, grant_rules::message(l, &f), cite)
                    })
                    .collect_view()
            }}
        </div>
    }
}

#[component]
fn EntryRow(id: LineId, undo: RwSignal<Undone>) -> impl IntoView {
    let open = expect_context::<Open>();
    let checks = use_entry_checks();
    let lang = use_lang();
    let grant = open.grant;
    let initial = grant.with_untracked(|g| g.entries.iter().find(|e| e.id == id).cloned().unwrap_or_default());
    let number = Memo::new(move |_| {
        open.entry_ids
            .with(|ids| ids.iter().position(|x| *x == id).map_or(0, |i| i + 1))
    });
    let result = checks.result(id);
    let not_eligible = Memo::new(move |_| {
        result.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.net.is_some() && r.vat.is_some() && !r.eligible)
        })
    });
    let head = format!("line-{id}-head");
    let labelled = move |key: &str| format!("ledger-col-{key} line-{id}-head");
    let change = move |f: Box<dyn FnOnce(&mut RawEntry)>| {
        checks.touch(id);
        open.edit_entry(id, f);
    };
    let edit = move |set: fn(&mut RawEntry, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            change(Box::new(move |e| set(e, v)));
        }
    };
    // A cell's messages once left (or checked), and what its control says of them.
    let cell = move |key: &'static str| {
        let dom = cell_id(id, key);
        let shown = checks.shown(id, key, result);
        let msg = format!("{dom}-msg");
        let described = Signal::derive(move || shown.with(|s| !s.is_empty()).then(|| msg.clone()));
        let invalid = Signal::derive(move || shown.with(|s| s.iter().any(Finding::is_error)).then_some("true"));
        let leave = {
            let dom = dom.clone();
            move |ev: web_sys::FocusEvent| {
                let dom = dom.clone();
                blurred(&ev, move || checks.leave(dom));
            }
        };
        (dom, shown, described, invalid, leave)
    };
    let input = move |key: &'static str, value: String, class: &'static str, set: fn(&mut RawEntry, String)| {
        let (dom, shown, described, invalid, leave) = cell(key);
        view! {
            <td role="cell">
                <input type="text" id=dom.clone() class=class autocomplete="off"
                    aria-labelledby=labelled(key) aria-describedby=described aria-invalid=invalid
                    prop:value=value on:input=edit(set) on:blur=leave />
                {cell_messages(lang, &dom, shown)}
            </td>
        }
    };
    let select = move |key: &'static str,
                       value: String,
                       choose: G,
                       options: fn(&RawGrant, Lang) -> Vec<(String, String)>,
                       set: fn(&mut RawEntry, String)| {
        let (dom, shown, described, invalid, leave) = cell(key);
        let options = move || {
            let l = lang.get();
            let chosen = value.clone();
            grant
                .with_untracked(|g| options(g, l))
                .into_iter()
                .map(|(v, name)| {
                    let selected = v == chosen;
                    view! { <option value=v selected=selected>{name}</option> }
                })
                .collect_view()
        };
        view! {
            <td role="cell">
                <select id=dom.clone() aria-labelledby=labelled(key) aria-describedby=described aria-invalid=invalid
                    on:change=edit(set) on:blur=leave>
                    <option value="">{text(lang, choose)}</option>
                    {options}
                </select>
                {cell_messages(lang, &dom, shown)}
            </td>
        }
    };
    let check = move |key: &'static str, value: bool, set: fn(&mut RawEntry, bool)| {
        let (dom, shown, described, _, leave) = cell(key);
        view! {
            <td role="cell" class="check">
                <input type="checkbox" id=dom.clone() aria-labelledby=labelled(key) aria-describedby=described
                    prop:checked=value on:blur=leave
                    on:change=move |ev| {
                        let v = event_target_checked(&ev);
                        change(Box::new(move |e| set(e, v)));
                    } />
                {cell_messages(lang, &dom, shown)}
            </td>
        }
    };
    let remove = move |_| {
        checks.touch_all();
        let removed = open.edit_entries(|g| g.remove_entry(id)).flatten();
        if let Some(removed) = removed {
            undo.set(Some(removed));
            focus_after_render("undo-remove".into());
        }
    };
    view! {
        <tr id=format!("line-{id}") role="row" aria-rowindex=move || number.get() + 1 class:not-eligible=not_eligible>
            <th scope="row" role="rowheader" id=head>
                <span class="visually-hidden">{text(lang, G::Entry)} " "</span>
                {number}
                <Show when=move || not_eligible.get()>
                    <span class="entry-mark" id=format!("line-{id}-mark")>{text(lang, G::NotEligibleMark)}</span>
                </Show>
            </th>
            {input("date", initial.date.clone(), "date", |e, v| e.date = v)}
            {input("voucher", initial.voucher.clone(), "", |e, v| e.voucher = v)}
            {select("category", initial.category.clone(), G::ChooseCategory, category_options, |e, v| e.category = v)}
            {select("bearer", initial.bearer.clone(), G::ChooseBearer, bearer_options, |e, v| e.bearer = v)}
            {input("description", initial.description.clone(), "wide", |e, v| e.description = v)}
            {input("net", initial.net.clone(), "num", |e, v| e.net = v)}
            {input("vat", initial.vat.clone(), "num", |e, v| e.vat = v)}
            {check("internal", initial.internal_charge, |e, v| e.internal_charge = v)}
            {check("actual", initial.internal_charge_actual, |e, v| e.internal_charge_actual = v)}
            {input("justification", initial.justification.clone(), "", |e, v| e.justification = v)}
            <td role="cell">
                <button type="button" id=cell_id(id, "remove") class="button small secondary" on:click=remove>
                    {text(lang, G::RemoveEntry)}
                    <span class="visually-hidden">" " {number}</span>
                </button>
            </td>
        </tr>
    }
}
