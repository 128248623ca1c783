//! The project's accounts (`/grant/<id>/ledger`, projektikirjanpito): the realised costs as a table
//! a keyboard user works in, a row per entry — date, voucher, category (the call's), who bore it
//! (the applicants), description, amount without VAT, VAT, internal charge and whether it rests on
//! booked actual costs, a licence's justification — added, removed with undo. Each cell is named by
//! its column's heading and its row's number (`aria-labelledby`), as the budget's lines are.
//!
//! A city's accounts are long: only the rows near the view are built (`line_window::LineWindow`,
//! the budget's window over 2 000 lines), the others stand as gaps, so a keystroke costs a
//! screenful of rows whatever the count. What the page shows of the entries comes from one memo
//! ([`figures`]): the seam where the ledger's rules (eligibility, findings) plug in.

use crate::domain::draft::LineId;
use crate::domain::grant::model::{RawEntry, RawGrant};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant::G;
use crate::i18n::{self, T};
use crate::ui::applicants::applicant_label;
use crate::ui::dom::focus_after_render;
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::overview::project_name;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::line_window::{line_of_event, LineWindow, Slot};
use crate::ui::summary::set_title;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

/// The table body's id (the window measures its rows).
pub const BODY_ID: &str = "ledger-body";
/// A row's height and so a gap's per entry, in rem (style/grant.css `table.ledger tbody tr`).
const ROW_REMS: usize = 4;

/// What the page shows of the entries: how many, the sums of the amounts without VAT and of the
/// VAT (an empty amount is none yet), and how many amounts cannot be read (left out of the sums,
/// never dropped from the entries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    pub count: usize,
    pub net: Money,
    pub vat: Money,
    pub unreadable: usize,
}

/// The figures of `entries` (the ledger's rules will add eligibility and findings here).
pub fn figures(entries: &[RawEntry]) -> Figures {
    let mut f = Figures {
        count: entries.len(),
        ..Figures::default()
    };
    for e in entries {
        let net = read(&e.net);
        let vat = read(&e.vat);
        match (net, vat) {
            (Some(net), Some(vat)) => {
                f.net = f.net.checked_add(net).unwrap_or(f.net);
                f.vat = f.vat.checked_add(vat).unwrap_or(f.vat);
            }
            _ => f.unreadable += 1,
        }
    }
    f
}

/// An amount as typed: empty is none yet (zero); `None` when it is not an amount.
fn read(typed: &str) -> Option<Money> {
    if typed.trim().is_empty() {
        Some(Money::ZERO)
    } else {
        Money::parse(typed).ok()
    }
}

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

/// The id of a cell's control: `line-{id}-{key}` (the window finds the row by it).
pub fn cell_id(id: LineId, key: &str) -> String {
    format!("line-{id}-{key}")
}

/// A removed entry and where it was, for the undo.
type Undone = Option<(usize, RawEntry)>;

#[component]
pub fn LedgerPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    set_title(
        move |l| {
            format!(
                "{} \u{2013} {}",
                G::LedgerTitle.get(l),
                grant.with(|g| project_name(l, g))
            )
        },
        || false,
    );
    let figures = Memo::new(move |_| grant.with(|g| figures(&g.entries)));
    let window = LineWindow::over(open.entry_ids, BODY_ID);
    let undo = RwSignal::new(None::<(usize, RawEntry)>);
    let id = grant.with_untracked(|g| g.id.clone());
    let add = move |_| {
        if let Some(entry) = open.edit_entries(RawGrant::add_entry) {
            window.focus(entry, cell_id(entry, "date"));
        }
    };
    let restore = move |_| {
        if let Some((index, entry)) = undo.get_untracked() {
            let back = entry.id;
            open.edit_entries(|g| g.restore_entry(index, entry));
            undo.set(None);
            window.focus(back, cell_id(back, "date"));
        }
    };
    let money = move |m: fn(&Figures) -> Money| move || figures.with(|f| m(f).format(lang.get()));
    view! {
        <p><A href=ProjectPage::Overview.path(&id)>{text(lang, G::BackToProject)}</A></p>
        <h1>{text(lang, G::LedgerTitle)}</h1>
        <p class="lead">{text(lang, G::LedgerIntro)}</p>
        <section class="totals" aria-labelledby="ledger-totals-title">
            <h2 id="ledger-totals-title">{text(lang, G::TotalsTitle)}</h2>
            <dl>
                <div>
                    <dt>{text(lang, G::TotalEntries)}</dt>
                    <dd id="ledger-count">{move || i18n::integer(lang.get(), figures.with(|f| f.count) as u64)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalNet)}</dt>
                    <dd id="ledger-net">{money(|f| f.net)}</dd>
                </div>
                <div>
                    <dt>{text(lang, G::TotalVat)}</dt>
                    <dd id="ledger-vat">{money(|f| f.vat)}</dd>
                </div>
                <Show when=move || figures.with(|f| f.unreadable > 0)>
                    <div>
                        <dt>{text(lang, G::NotCounted)}</dt>
                        <dd id="ledger-unreadable">{move || figures.with(|f| f.unreadable)}</dd>
                    </div>
                </Show>
            </dl>
        </section>
        <h2 id="ledger-entries-title">{text(lang, G::LedgerTitle)}</h2>
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
        <button type="button" id="add-entry" class="button secondary" on:click=add>"+ " {text(lang, G::AddEntry)}</button>
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
fn category_options(g: &RawGrant, lang: Lang) -> Vec<(String, String)> {
    call::by_id(&g.granted.call)
        .map(|c| {
            c.cost_categories
                .iter()
                .map(|r| {
                    (
                        r.category.id().to_string(),
                        i18n::category(lang, r.category).to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn bearer_options(g: &RawGrant, lang: Lang) -> Vec<(String, String)> {
    g.application
        .applicants
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.to_string(), applicant_label(a, i, lang)))
        .collect()
}

#[component]
fn EntryRow(id: LineId, undo: RwSignal<Undone>) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let initial = grant.with_untracked(|g| g.entries.iter().find(|e| e.id == id).cloned().unwrap_or_default());
    let number = Memo::new(move |_| {
        open.entry_ids
            .with(|ids| ids.iter().position(|x| *x == id).map_or(0, |i| i + 1))
    });
    let head = format!("line-{id}-head");
    let labelled = move |key: &str| format!("ledger-col-{key} line-{id}-head");
    let edit = move |set: fn(&mut RawEntry, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            open.edit(|g| {
                if let Some(e) = g.entry_mut(id) {
                    set(e, v);
                }
            });
        }
    };
    let input = move |key: &'static str, value: String, class: &'static str, set: fn(&mut RawEntry, String)| {
        view! {
            <td role="cell">
                <input type="text" id=cell_id(id, key) class=class autocomplete="off"
                    aria-labelledby=labelled(key) prop:value=value on:input=edit(set) />
            </td>
        }
    };
    let select = move |key: &'static str,
                       value: String,
                       choose: G,
                       options: fn(&RawGrant, Lang) -> Vec<(String, String)>,
                       set: fn(&mut RawEntry, String)| {
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
                <select id=cell_id(id, key) aria-labelledby=labelled(key) on:change=edit(set)>
                    <option value="">{text(lang, choose)}</option>
                    {options}
                </select>
            </td>
        }
    };
    let check = move |key: &'static str, value: bool, set: fn(&mut RawEntry, bool)| {
        view! {
            <td role="cell" class="check">
                <input type="checkbox" id=cell_id(id, key) aria-labelledby=labelled(key) prop:checked=value
                    on:change=move |ev| {
                        let v = event_target_checked(&ev);
                        open.edit(|g| {
                            if let Some(e) = g.entry_mut(id) {
                                set(e, v);
                            }
                        });
                    } />
            </td>
        }
    };
    let remove = move |_| {
        let removed = open.edit_entries(|g| g.remove_entry(id)).flatten();
        if let Some(removed) = removed {
            undo.set(Some(removed));
            focus_after_render("undo-remove".into());
        }
    };
    view! {
        <tr id=format!("line-{id}") role="row" aria-rowindex=move || number.get() + 1>
            <th scope="row" role="rowheader" id=head>
                <span class="visually-hidden">{text(lang, G::Entry)} " "</span>
                {number}
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(net: &str, vat: &str) -> RawEntry {
        RawEntry {
            net: net.into(),
            vat: vat.into(),
            ..RawEntry::default()
        }
    }

    #[test]
    fn the_sums_are_exact_and_an_amount_that_is_none_is_named_not_counted() {
        let f = figures(&[
            entry("1 200,50", "288,12"),
            entry("0,01", ""),
            entry("", ""),
            entry("12,5O", "3"),
            entry("99,99", "24,00"),
        ]);
        assert_eq!(f.count, 5);
        assert_eq!(f.net, Money::from_cents(120_050 + 1 + 9_999));
        assert_eq!(f.vat, Money::from_cents(28_812 + 2_400));
        assert_eq!(f.unreadable, 1);
        assert_eq!(figures(&[]), Figures::default());
    }
}
