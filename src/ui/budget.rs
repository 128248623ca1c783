//! The budget page: the lines as an editable table, the requested grant, the live totals, and the
//! findings beside their fields and in an error summary.

use crate::domain::draft::{AmountBasis, LineId};
use crate::domain::rules::finding::{FieldPath, Finding, LineField};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::call::Assumed;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::{self, T};
use crate::ui::applicants::{applicant_label, applicant_options};
use crate::ui::dom::{css_properties, css_string};
use crate::ui::field::{described_by, has_error, hint_id, revealed, FieldFrame, FieldMessages};
use crate::ui::form::{text, tr, Label};
use crate::ui::line_window::{
    blurred, gap_height, line_of_event, matching, next_hit, GapAt, LineWindow, Slot, BODY_ID, FIRST_LINES,
};
use crate::ui::list::{remove_with_undo, Undo, UndoNotice};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, ErrorSummary, SectionFooter};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::HashSet;
use wasm_bindgen::JsCast;

#[component]
pub fn BudgetPage() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let lines = LineWindow::start(store);
    provide_context(lines);

    page_title(Some(Section::Budget));

    view! {
        <h1>{text(lang, T::BudgetTitle)}</h1>
        <p class="lead">{text(lang, T::BudgetIntro)}</p>
        <Show when=move || store.analysis.with(|a| a.call.assumes(Assumed::CostCategories))>
            <p class="hint">{text(lang, T::AssumedCostCategoriesNote)}</p>
        </Show>
        <ErrorSummary section=Section::Budget />
        <CostLines lines />
        <RequestedGrant />
        <Totals />
        <Breakdowns />
        <SectionFooter section=Section::Budget />
    }
}

/// The cost lines: the table, the line count and progress, adding a line and undoing a removal.
/// On the budget page every applicant can bear a line; on a partner's page (`bearer`) a new line is
/// the partner's.
#[component]
pub fn CostLines(lines: LineWindow, #[prop(optional)] bearer: Option<LineId>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let add_line = move |_| {
        let added = store.draft.try_update(|d| {
            let id = d.add_line();
            if let (Some(bearer), Some(line)) = (bearer, d.line_mut(id)) {
                line.bearer = bearer.to_string();
            }
            id
        });
        if let Some(id) = added {
            lines.focus(
                id,
                FieldPath::BudgetLine {
                    id,
                    field: LineField::Category,
                }
                .dom_id(),
            );
        }
    };
    let undo = RwSignal::new(None::<Undo>);
    // What the budget's search found last (its line is marked in the table).
    let found = RwSignal::new(None::<Found>);
    // Long enough for lines not to be built (their own search then helps).
    let long = move || store.line_ids.with(Vec::len) > FIRST_LINES;
    view! {
        <section class="cost-lines">
            <h2 id="cost-lines-title">{text(lang, T::CostLines)}</h2>
            <Show
                when=move || store.line_ids.with(|ids| !ids.is_empty())
                fallback=move || view! { <p id="budget-lines" tabindex="-1" class="empty">{text(lang, T::NoLines)}</p> }
            >
                <p id="line-count" class="hint">{move || i18n::line_count(lang.get(), store.line_ids.with(Vec::len))}</p>
                <Show when=long>
                    <LineSearch lines found />
                </Show>
                <LinesTable lines undo found />
            </Show>
            <Show when=move || store.draft.with(|d| d.applicants.is_empty())>
                <p class="hint">
                    {text(lang, T::AddApplicantsFirst)} " "
                    <A href="/applicants">{text(lang, T::ApplicantsTitle)}</A>
                </p>
            </Show>
            <UndoNotice undo removed=T::LineRemoved />
            <button type="button" class="button secondary" id="add-line" on:click=add_line>
                "+ " {text(lang, T::AddLine)}
            </button>
        </section>
    }
}

/// What the budget's search found: the line with its place among the hits and their number, or the
/// query nothing matched.
type Found = Result<(LineId, usize, usize), String>;

/// The budget's own search: a long budget builds only the lines near the view, and a browser whose
/// find in page does not look into `hidden="until-found"` (Safari) would not find the others. Enter
/// (or the button) brings the next line whose description matches into view and says which it is,
/// with a link that moves focus to it; focus stays in the search box for the next one.
#[component]
fn LineSearch(lines: LineWindow, found: RwSignal<Option<Found>>) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let query = RwSignal::new(String::new());
    // A budget made short again has no search, and so no line found.
    on_cleanup(move || {
        found.try_set(None);
    });
    let last = StoredValue::new(None::<(String, LineId)>);
    let next = move || {
        let q = query.get_untracked();
        // The draft's lines are the table's, in its order (`AppStore::line_ids`).
        let hits = store
            .draft
            .with_untracked(|d| matching(d.budget.lines.iter().map(|l| (l.id, l.description.as_str())), &q));
        // The same query again: the next hit; a new one: from the first.
        let current = last.get_value().filter(|(asked, _)| *asked == q).map(|(_, line)| line);
        match next_hit(&hits, current) {
            Some((line, nth)) => {
                last.set_value(Some((q, line)));
                found.set(Some(Ok((line, nth, hits.len()))));
                lines.reveal(line);
            }
            None if q.trim().is_empty() => found.set(None),
            None => found.set(Some(Err(q.trim().to_string()))),
        }
    };
    let status = move || {
        let l = lang.get();
        match found.get() {
            None => None,
            Some(Err(q)) => Some(view! { <span>{i18n::no_line_found(l, &q)}</span> }.into_any()),
            Some(Ok((line, nth, of))) => {
                let number = store.line_numbers.with(|m| m.get(&line).copied().unwrap_or(0));
                let description = store
                    .draft
                    .with(|d| {
                        d.budget
                            .lines
                            .iter()
                            .find(|x| x.id == line)
                            .map(|x| x.description.clone())
                    })
                    .unwrap_or_default();
                let field = FieldPath::BudgetLine {
                    id: line,
                    field: LineField::Description,
                }
                .dom_id();
                let href = format!("#{field}");
                Some(
                    view! {
                        <span>{i18n::line_found(l, number, nth, of, &description)}</span> " "
                        <a href=href on:click=move |ev| {
                            ev.prevent_default();
                            lines.focus(line, field.clone());
                        }>{i18n::go_to_line(l, number)}</a>
                    }
                    .into_any(),
                )
            }
        }
    };
    view! {
        <div class="line-search" role="search" aria-labelledby="line-search-label">
            <FieldFrame id="line-search" label=tr(T::LineSearchLabel) hint=Some(tr(T::LineSearchHint))>
                <div class="line-search-row">
                    <input
                        type="search"
                        id="line-search"
                        aria-describedby=format!("{} line-search-status", hint_id("line-search"))
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                next();
                            }
                        }
                    />
                    <button type="button" class="button secondary" id="line-search-next" on:click=move |_| next()>
                        {text(lang, T::LineSearchNext)}
                    </button>
                </div>
            </FieldFrame>
            <p id="line-search-status" role="status">{status}</p>
        </div>
    }
}

#[component]
fn LinesTable(lines: LineWindow, undo: RwSignal<Option<Undo>>, found: RwSignal<Option<Found>>) -> impl IntoView {
    let store = use_store();
    // The line the search found, marked for the eye (a row reads only this, not the search's status).
    let marked = Memo::new(move |_| {
        found.with(|f| match f {
            Some(Ok((line, ..))) => Some(*line),
            _ => None,
        })
    });
    let t = move |text: T| text.get(store.lang.get());
    let header = move |id: &'static str, text: T, class: &'static str| {
        view! { <th scope="col" role="columnheader" id=id class=class>{move || t(text)}</th> }
    };
    // The whole budget's size for a screen reader, and each row's position (the header is row 1).
    let row_count = move || store.line_ids.with(Vec::len) + 1;
    // The row focus is in stays built.
    let focusin = move |ev: web_sys::FocusEvent| {
        if let Some(line) = line_of_event(&ev) {
            lines.focused(line);
        }
    };
    // Focus gone to nowhere (an element removed or moved): `LineWindow` brings it back to a moved row.
    let focusout = move |ev: web_sys::FocusEvent| {
        if ev.related_target().is_none() {
            lines.focus_lost(&ev);
        }
    };
    // The headings a narrow screen shows beside each cell (style/main.css).
    let table = NodeRef::<leptos::html::Table>::new();
    css_properties(table, move || column_labels(store.lang.get()));
    view! {
        <div class="table-scroll" role="region" aria-labelledby="cost-lines-title" aria-describedby="line-count" tabindex="0">
            // Laid out as a grid, not as a table (style/main.css: a keystroke lays out its own row,
            // not the table), so the table's roles are stated: a browser may drop them when a
            // table's display changes.
            <table class="lines" id="budget-lines" role="table" aria-rowcount=row_count node_ref=table>
                <thead role="rowgroup">
                    <tr role="row" aria-rowindex="1">
                        {header("col-line", T::ColLine, "narrow")}
                        {header("col-category", T::ColCategory, "")}
                        {header("col-description", T::ColDescription, "wide")}
                        {header("col-bearer", T::ColBearer, "")}
                        {header("col-year", T::ColYear, "narrow")}
                        {header("col-amount", T::ColAmount, "num")}
                        {header("col-vat_rate", T::ColVatRate, "")}
                        {header("col-vat_override", T::ColVat, "num")}
                        {header("col-net", T::ColNet, "num")}
                        {header("col-actions", T::ColActions, "")}
                    </tr>
                </thead>
                <tbody role="rowgroup" id=BODY_ID on:focusin=focusin on:focusout=focusout>
                    // The lines near the view as rows, the lines between them as gaps (`LineWindow`).
                    <For each=move || lines.layout.with(|l| l.slots.clone()) key=|slot| *slot let:slot>
                        {match slot {
                            Slot::Row(id) => Either::Left(view! { <LineRow id undo lines marked /> }),
                            Slot::Gap(at) => Either::Right(view! { <Gap at lines /> }),
                        }}
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// The headings of the columns after the line's number as CSS strings, `--c2` to `--c9`: on a narrow
/// screen a line's cells are stacked, each under its heading, and the table's header is out of sight.
///
/// The layout (style/main.css): a line is two rows of five columns beside its number, what it is
/// (kind, description, bearer, year) over its money (amount, VAT rate, VAT, without VAT with the "not
/// eligible" badge, the row's buttons), so that all of it is on a 1280 px screen; the headings are
/// laid out the same. A column is at least 10rem there, as wide as the longest word of the year's,
/// amount's and VAT's messages ("rahamäärään."), so a message wraps between words. Below 48em the
/// cells stack two a row. The order of the cells, and so of Tab, is the columns' order.
fn column_labels(lang: Lang) -> Vec<(&'static str, String)> {
    const NAMES: [&str; 8] = ["--c2", "--c3", "--c4", "--c5", "--c6", "--c7", "--c8", "--c9"];
    NAMES
        .into_iter()
        .zip(COLUMN_HEADINGS)
        .map(|(name, t)| (name, css_string(t.get(lang))))
        .collect()
}

const COLUMN_HEADINGS: [T; 8] = [
    T::ColCategory,
    T::ColDescription,
    T::ColBearer,
    T::ColYear,
    T::ColAmount,
    T::ColVatRate,
    T::ColVat,
    T::ColNet,
];

/// One budget line. Its inputs keep what was typed; values flow one way, from input to draft.
#[component]
fn LineRow(
    id: LineId,
    undo: RwSignal<Option<Undo>>,
    lines: LineWindow,
    /// The line the budget's search found last (marked so that the eye finds it too).
    marked: Memo<Option<LineId>>,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    // The line as it is now in the draft. Inputs take their value from it when they are created: the
    // row's once, and the ones under a toggle (<Show>) each time they are shown again.
    let current = move || {
        store
            .draft
            .with_untracked(|d| d.line_index(id).map(|i| d.budget.lines[i].clone()))
            .unwrap_or_default()
    };
    let initial = current();
    let current_value = move |field: LineField| {
        let line = current();
        match field {
            LineField::Category => line.category,
            LineField::VatRate => line.vat_rate,
            LineField::Bearer => line.bearer,
            _ => String::new(),
        }
    };
    // This row's own view: it changes only when this line's values or findings do.
    let row = store.row_view(id);
    let row_findings: Signal<Vec<Finding>> = Memo::new(move |_| row.with(|r| r.findings.clone())).into();
    let result = Memo::new(move |_| row.with(|r| r.result.clone()));
    // The fields of this line the user has left (their messages are shown from then on).
    let left = RwSignal::new(HashSet::<LineField>::new());
    let has_left = move |field: LineField| Signal::derive(move || left.with(|l| l.contains(&field)));
    // `try_`: a blur can come after the row is gone (its input removed while focused, as when
    // another tab's version replaces the draft); there is nothing left to mark then.
    let leave = move |field: LineField| {
        if left.try_with_untracked(|l| l.contains(&field)) == Some(false) {
            left.try_update(|l| {
                l.insert(field);
            });
        }
    };
    let number = Memo::new(move |_| store.line_numbers.with(|m| m.get(&id).copied().unwrap_or(0)));
    let internal = RwSignal::new(initial.internal_charge);
    let head_id = format!("line-{id}-head");
    let at = move |field| FieldPath::BudgetLine { id, field };
    let labelled = move |field: LineField| format!("col-{} line-{id}-head", field.key());

    // The VAT rate a line of `category` starts with, if the call gives its category one.
    let start_rate = move |category: &str| {
        store.analysis.with_untracked(|a| {
            CostCategory::from_id(category)
                .and_then(|c| a.call.category_rule(c))
                .and_then(|r| r.vat_rate.clone())
        })
    };
    // A text input bound to one field of the line, after its messages: a `FieldFrame`'s order without
    // the frame (a cell has no label, being named by its column heading and row, and its control is
    // not erased into a frame's children in each of 2 000 lines).
    let text_input = move |field: LineField, value: String, inputmode: &'static str, hint: Option<String>| {
        let path = at(field);
        let shown = revealed(path, row_findings, has_left(field));
        view! {
            <FieldMessages path shown />
            <input
                type="text"
                id=path.dom_id()
                class=if inputmode == "text" { "" } else { "num" }
                inputmode=inputmode
                autocomplete="off"
                aria-labelledby=labelled(field)
                aria-describedby=described_by(path, hint, shown)
                aria-invalid=has_error(shown)
                prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    store.edit_line(id, |l| match field {
                        LineField::Description => l.description = v,
                        LineField::Bearer => l.bearer = v,
                        LineField::Year => l.year = v,
                        LineField::Amount => l.amount = v,
                        LineField::VatOverride => l.vat_override = v,
                        _ => {}
                    });
                }
                on:blur=move |ev| blurred(&ev, move || leave(field))
            />
        }
    };

    // A select bound to one field of the line, after its messages; option labels follow the language.
    let select_input = move |field: LineField, options: Vec<(String, Label)>| {
        let path = at(field);
        let shown = revealed(path, row_findings, has_left(field));
        view! {
            <FieldMessages path shown />
            <select
                id=path.dom_id()
                aria-labelledby=labelled(field)
                aria-describedby=described_by(path, None, shown)
                aria-invalid=has_error(shown)
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    // A category chosen for a line without a VAT rate starts it at the category's rate
                    // where the call has one (salaries carry no VAT), shown in the rate's select.
                    let rate = (field == LineField::Category && current().vat_rate.trim().is_empty())
                        .then(|| start_rate(&v))
                        .flatten();
                    if let Some(rate) = &rate {
                        if let Some(select) = document()
                            .get_element_by_id(&at(LineField::VatRate).dom_id())
                            .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
                        {
                            select.set_value(rate);
                        }
                    }
                    store.edit_line(id, |l| match field {
                        LineField::Category => {
                            l.category = v;
                            if let Some(rate) = rate {
                                l.vat_rate = rate;
                            }
                        }
                        LineField::VatRate => l.vat_rate = v,
                        LineField::Bearer => l.bearer = v,
                        _ => {}
                    });
                    leave(field);
                }
                on:blur=move |ev| blurred(&ev, move || leave(field))
            >
                // The options are written again only when the language changes, as one effect per
                // select (not one per option: ~20 fewer reactive nodes a line, which at 2 000 lines
                // is memory and time to open the budget). They select what the line holds then.
                {move || {
                    let l = lang.get();
                    let now = current_value(field);
                    let choose = view! { <option value="" selected=now.is_empty()>{T::ChooseOption.get(l)}</option> };
                    let rest = options
                        .iter()
                        .map(|(option, label)| {
                            view! { <option value=option.clone() selected=*option == now>{label(l)}</option> }
                        })
                        .collect_view();
                    (choose, rest)
                }}
            </select>
        }
    };
    // The amount without VAT, or why the line is left out of the totals (none could be worked out):
    // said on the line, in place of the amount.
    let net_or_why = move || {
        if let Some(net) = result.with(|r| r.as_ref().and_then(|r| r.net)) {
            return net.format(lang.get());
        }
        let on = |field: LineField| row_findings.with(|f| f.iter().any(|x| x.is_error() && x.path == at(field)));
        let why = if on(LineField::Amount) {
            T::NotCountedAmount
        } else if on(LineField::VatRate) {
            T::NotCountedVatRate
        } else {
            T::NotCountedVat
        };
        why.get(lang.get()).to_string()
    };
    let categories = store.analysis.with_untracked(|a| {
        a.call
            .cost_categories
            .iter()
            .map(|r| {
                let c = r.category;
                let label: Label = Box::new(move |l| i18n::category(l, c).into());
                (c.id().to_string(), label)
            })
            .collect()
    });
    // The applicants, by id; their names follow the language.
    let bearers = applicant_options();
    let vat_rates = store.analysis.with_untracked(|a| {
        a.call
            .vat_rates
            .iter()
            .map(|r| {
                let rate = r.clone();
                let label: Label = Box::new(move |l| i18n::vat_rate(l, &rate));
                (r.clone(), label)
            })
            .collect()
    });
    let computed_vat_hint = format!("line-{id}-vat-computed");
    let is_licence =
        move || result.with(|r| r.as_ref().and_then(|r| r.category) == Some(CostCategory::SoftwareLicence));
    let money = move |m: Option<Money>| m.map(|m| m.format(lang.get())).unwrap_or_else(|| "–".into());

    let remove = move |_| {
        let focus = FieldPath::BudgetLine {
            id,
            field: LineField::Category,
        }
        .dom_id();
        remove_with_undo(undo, id, |d| &mut d.budget.lines, focus);
    };
    let duplicate = move |_| {
        if let Some(Some(copy)) = store.draft.try_update(|d| d.duplicate_line(id)) {
            lines.focus(
                copy,
                FieldPath::BudgetLine {
                    id: copy,
                    field: LineField::Description,
                }
                .dom_id(),
            );
        }
    };

    view! {
        <tr id=format!("line-{id}") role="row" aria-rowindex=move || number.get() + 1 class:excluded=move || result.with(|r| r.as_ref().is_some_and(|r| !r.eligible))
            class:found=move || marked.get() == Some(id)
        >
            <th scope="row" role="rowheader" id=head_id class="narrow">
                <span class="visually-hidden">{text(lang, T::Line)} " "</span>
                {number}
            </th>
            <td role="cell" class="category">
                {select_input(LineField::Category, categories)}
            </td>
            <td role="cell" class="wide">
                {text_input(LineField::Description, initial.description.clone(), "text", None)}
                <div class="line-options">
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            id=format!("line-{id}-internal_charge")
                            prop:checked=initial.internal_charge
                            on:change=move |ev| {
                                let v = event_target_checked(&ev);
                                internal.set(v);
                                store.edit_line(id, |l| l.internal_charge = v);
                            }
                        />
                        {text(lang, T::InternalCharge)}
                    </label>
                    <Show when=move || internal.get()>
                        {
                            let path = at(LineField::InternalChargeActual);
                            let shown = revealed(path, row_findings, has_left(LineField::InternalChargeActual));
                            view! {
                                <label class="checkbox nested">
                                    <input
                                        type="checkbox"
                                        id=path.dom_id()
                                        aria-describedby=described_by(path, None, shown)
                                        prop:checked=current().internal_charge_actual
                                        on:change=move |ev| {
                                            let v = event_target_checked(&ev);
                                            store.edit_line(id, |l| l.internal_charge_actual = v);
                                            leave(LineField::InternalChargeActual);
                                        }
                                    />
                                    {text(lang, T::InternalChargeActual)}
                                </label>
                                <FieldMessages path shown />
                            }
                        }
                    </Show>
                    <Show when=is_licence>
                        {
                            let path = at(LineField::Justification);
                            let shown = revealed(path, row_findings, has_left(LineField::Justification));
                            view! {
                                <FieldFrame
                                    id=path.dom_id()
                                    label=tr(T::LicenceJustification)
                                    label_class="block"
                                    messages=(path, shown)
                                    bare=true
                                >
                                    <textarea
                                        id=path.dom_id()
                                        rows="2"
                                        aria-describedby=described_by(path, None, shown)
                                        aria-invalid=has_error(shown)
                                        prop:value=current().justification
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            store.edit_line(id, |l| l.justification = v);
                                        }
                                        on:blur=move |ev| blurred(&ev, move || leave(LineField::Justification))
                                    ></textarea>
                                </FieldFrame>
                            }
                        }
                    </Show>
                </div>
            </td>
            <td role="cell">{select_input(LineField::Bearer, bearers)}</td>
            <td role="cell" class="narrow">{text_input(LineField::Year, initial.year.clone(), "numeric", None)}</td>
            <td role="cell" class="num">
                {text_input(LineField::Amount, initial.amount.clone(), "decimal", None)}
                <label class="checkbox small">
                    <input
                        type="checkbox"
                        id=format!("line-{id}-basis")
                        prop:checked=initial.basis == AmountBasis::Gross
                        on:change=move |ev| {
                            let gross = event_target_checked(&ev);
                            store.edit_line(id, |l| l.basis = if gross { AmountBasis::Gross } else { AmountBasis::Net });
                        }
                    />
                    {text(lang, T::ColIncludesVat)}
                </label>
            </td>
            <td role="cell" class="rate">
                {select_input(LineField::VatRate, vat_rates)}
            </td>
            <td role="cell" class="num">
                {text_input(LineField::VatOverride, initial.vat_override.clone(), "decimal", Some(computed_vat_hint.clone()))}
                <p class="hint small" id=computed_vat_hint>
                    {text(lang, T::VatComputedHint)} " "
                    {move || money(result.with(|r| r.as_ref().and_then(|r| r.computed_vat)))}
                </p>
            </td>
            <td role="cell" class="num computed">
                {net_or_why}
                <Show when=move || result.with(|r| r.as_ref().is_some_and(|r| !r.eligible && r.net.is_some()))>
                    <span class="tag">{text(lang, T::Excluded)}</span>
                </Show>
            </td>
            <td role="cell" class="row-actions">
                <button type="button" class="button small secondary" on:click=duplicate>
                    {text(lang, T::Duplicate)}
                    <span class="visually-hidden">" " {text(lang, T::Line)} " " {number}</span>
                </button>
                <button type="button" class="button small secondary" on:click=remove>
                    {text(lang, T::Remove)}
                    <span class="visually-hidden">" " {text(lang, T::Line)} " " {number}</span>
                </button>
            </td>
        </tr>
    }
}

/// Lines not built (`LineWindow`): as tall as their rows would be about, hidden from assistive
/// technology (the table states its size, and the rows built their positions). Each line's
/// description is there for find in page, `hidden="until-found"`; when it is found, the line is built
/// in its place and scrolled into view. Contained: typing in a row does not lay out or paint a gap.
#[component]
fn Gap(at: GapAt, lines: LineWindow) -> impl IntoView {
    let store = use_store();
    // As tall as its lines' rows; stacked on a narrow screen, `--lines` rows of that height (main.css).
    // Properties, not a `style` attribute (the site's CSP refuses one: `dom::css_properties`).
    let n = move || lines.layout.with(|l| l.gap_lines(at).len());
    view! {
        <tr class="gap" aria-hidden="true" style:height=move || gap_height(n()) style=("--lines", move || n().to_string())>
            <td>
                <For each=move || lines.layout.with(|l| l.gap_lines(at).to_vec()) key=|id| *id let:id>
                    {
                        let description = store
                            .draft
                            .with_untracked(|d| d.line_index(id).map(|i| d.budget.lines[i].description.clone()));
                        view! { <div hidden="until-found" data-line=id>{description}</div> }
                    }
                </For>
            </td>
        </tr>
    }
}

#[component]
fn RequestedGrant() -> impl IntoView {
    let store = use_store();
    let path = FieldPath::RequestedGrant;
    let all: Signal<Vec<Finding>> =
        Memo::new(move |_| store.by_field.with(|m| m.get(&path).cloned().unwrap_or_default())).into();
    let shown = revealed(path, all, store.has_left(path));
    let id = path.dom_id();
    let hint = hint_id(&id);
    // A region named by the field's label (the frame's `{id}-label`).
    view! {
        <section class="field grant" aria-labelledby="requested-grant-label">
            <FieldFrame
                id=id.clone()
                label=tr(T::RequestedGrant)
                label_class="label-large"
                hint=tr(T::RequestedGrantHint)
                messages=(path, shown)
                bare=true
            >
                <input
                    type="text"
                    id=id
                    class="num"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-describedby=described_by(path, Some(hint), shown)
                    aria-invalid=has_error(shown)
                    prop:value=store.draft.with_untracked(|d| d.budget.requested_grant.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        store.draft.update(|d| d.budget.requested_grant = v);
                    }
                    on:blur=move |_| store.leave(path)
                />
            </FieldFrame>
        </section>
    }
}

/// The live totals: what the budget comes to and whether the grant fits.
#[component]
fn Totals() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let totals = Memo::new(move |_| store.analysis.with(|a| a.totals.clone()));
    let share = store.analysis.with_untracked(|a| a.call.max_grant_share);
    let money = move |m: Money| m.format(lang.get());
    let excluded = move || totals.with(|t| t.all.net.checked_sub(t.eligible_base).unwrap_or(Money::ZERO));
    let status = Memo::new(move |_| {
        store.analysis.with(|a| match a.totals.requested_grant {
            None => (T::GrantNotGiven, "status neutral"),
            Some(_) if a.grant_fits() => (T::GrantFits, "status ok"),
            Some(_) => (T::GrantDoesNotFit, "status bad"),
        })
    });
    view! {
        <section class="totals" aria-labelledby="totals-title">
            <h2 id="totals-title">{text(lang, T::Summary)}</h2>
            <dl>
                <div><dt>{text(lang, T::TotalCosts)}</dt><dd id="total-net">{move || money(totals.with(|t| t.all.net))}</dd></div>
                <div><dt>{text(lang, T::TotalVat)}</dt><dd id="total-vat">{move || money(totals.with(|t| t.all.vat))}</dd></div>
                <div><dt>{text(lang, T::ExcludedCosts)}</dt><dd id="total-excluded">{move || money(excluded())}</dd></div>
                <div class="strong"><dt>{text(lang, T::EligibleBase)}</dt><dd id="eligible-base">{move || money(totals.with(|t| t.eligible_base))}</dd></div>
                <div class="strong">
                    <dt>{text(lang, T::MaxGrant)} " (" {move || i18n::percent(lang.get(), share)} ")"</dt>
                    <dd id="max-grant">{move || money(totals.with(|t| t.max_grant))}</dd>
                </div>
                <div><dt>{text(lang, T::RequestedGrant)}</dt><dd id="requested-total">{move || totals.with(|t| t.requested_grant).map(money).unwrap_or_else(|| "–".into())}</dd></div>
                <div>
                    <dt>{text(lang, T::OwnFinancing)}</dt>
                    <dd id="own-financing">
                        {move || totals.with(|t| t.own_financing).map(money).unwrap_or_else(|| "–".into())}
                        {move || totals.with(|t| t.own_share).map(|s| format!(" ({})", i18n::percent(lang.get(), s)))}
                    </dd>
                </div>
            </dl>
            <p id="grant-status" class=move || status.get().1>{move || t(status.get().0)}</p>
        </section>
    }
}

/// Totals by category, by applicant and by year.
#[component]
fn Breakdowns() -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let t = move |text: T| text.get(lang.get());
    let totals = Memo::new(move |_| store.analysis.with(|a| a.totals.clone()));
    let table = move |caption: T,
                      dimension: T,
                      id: &'static str,
                      rows: Signal<Vec<(String, crate::domain::rules::budget::Sums)>>| {
        let caption_id = format!("{id}-caption");
        let region_label = caption_id.clone();
        view! {
            <div class="table-scroll" role="region" aria-labelledby=region_label tabindex="0">
            <table class="breakdown" id=id>
                <caption id=caption_id>{move || t(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t(dimension)}</th>
                        <th scope="col" class="num">{text(lang, T::ColNet)}</th>
                        <th scope="col" class="num">{text(lang, T::ColVat)}</th>
                        <th scope="col" class="num">{text(lang, T::ColEligible)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let l = lang.get();
                        rows.get()
                            .into_iter()
                            .map(|(name, s)| view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{s.net.format(l)}</td>
                                    <td class="num">{s.vat.format(l)}</td>
                                    <td class="num">{s.eligible.format(l)}</td>
                                </tr>
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
            </div>
        }
    };
    let by_category = Signal::derive(move || {
        let l = lang.get();
        totals.with(|t| {
            t.by_category
                .iter()
                .map(|(c, s)| (i18n::category(l, *c).to_string(), *s))
                .collect()
        })
    });
    let by_bearer = Signal::derive(move || {
        let l = lang.get();
        store.draft.with(|d| {
            totals.with(|t| {
                t.by_bearer
                    .iter()
                    .map(|(bearer, s)| {
                        let name = d
                            .applicants
                            .iter()
                            .position(|a| a.id.to_string() == *bearer)
                            .map(|i| applicant_label(&d.applicants[i], i, l))
                            .unwrap_or_else(|| bearer.clone());
                        (name, *s)
                    })
                    .collect()
            })
        })
    });
    let by_year = Signal::derive(move || totals.with(|t| t.by_year.iter().map(|(y, s)| (y.to_string(), *s)).collect()));
    view! {
        <section class="breakdowns">
            {table(T::ByCategory, T::ColCategory, "by-category", by_category)}
            {table(T::ByBearer, T::ColBearer, "by-bearer", by_bearer)}
            {table(T::ByYear, T::ColYear, "by-year", by_year)}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stacked_lines_headings_are_css_strings_as_written() {
        for lang in Lang::ALL {
            for t in COLUMN_HEADINGS {
                assert!(!t.get(lang).contains(['"', '\\', '\n']), "{:?}", t.get(lang));
            }
            assert_eq!(column_labels(lang).len(), 8);
        }
        let sv: Vec<String> = column_labels(Lang::Sv)
            .into_iter()
            .map(|(n, v)| format!("{n}:{v}"))
            .collect();
        assert_eq!(
            sv.join(";"),
            "--c2:\"Kostnadsslag\";--c3:\"Beskrivning\";--c4:\"Kostnaden bärs av\";--c5:\"År\";\
             --c6:\"Belopp (€)\";--c7:\"Momssats\";--c8:\"Moms (€)\";--c9:\"Exkl. moms (€)\""
        );
    }
}
