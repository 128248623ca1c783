//! A part made of a list of cards (risks, work packages, indicators): the cards, the messages about the
//! list as a whole, "removed — undo", and the add button. Undo is a closure that puts the removed item
//! back where it was, so one mechanism serves every list.

use crate::domain::draft::{item_mut, remove_item, restore_item, Item, LineId, RawDraft};
use crate::domain::rules::finding::FieldPath;
use crate::domain::rules::sections::Section;
use crate::i18n::T;
use crate::ui::dom::focus_after_render;
use crate::ui::field::{described_by, revealed, FieldMessages};
use crate::ui::form::field_findings;
use crate::ui::line_window::{focus_field, LineWindow};
use crate::ui::store::use_store;
use crate::ui::summary::{page_title, section_title, ErrorSummary, SectionFooter};
use leptos::prelude::*;
use std::sync::Arc;

/// Puts a removed item back; returns the id of the element to focus.
pub type Undo = Arc<dyn Fn(&mut RawDraft) -> String + Send + Sync>;

/// Removes the item `id` from the list `list` picks out of the draft, and offers to undo it.
pub fn remove_with_undo<T: Item + Clone + Send + Sync + 'static>(
    undo: RwSignal<Option<Undo>>,
    id: LineId,
    list: fn(&mut RawDraft) -> &mut Vec<T>,
    focus_after_undo: String,
) {
    let store = use_store();
    let mut removed = None;
    store.draft.update(|d| removed = remove_item(list(d), id));
    if let Some((index, item)) = removed {
        undo.set(Some(Arc::new(move |d: &mut RawDraft| {
            restore_item(list(d), index, item.clone());
            d.repair_ids();
            focus_after_undo.clone()
        })));
        focus_after_render(UNDO_ID.into());
    }
}

const UNDO_ID: &str = "undo-remove";

/// A callback that writes a typed value into one field of the item `id` of a list of the draft.
pub fn edit_item<I: Item + 'static>(
    list: fn(&mut RawDraft) -> &mut Vec<I>,
    id: LineId,
    set: fn(&mut I, String),
) -> Callback<String> {
    let store = use_store();
    Callback::new(move |v: String| {
        store.draft.update(|d| {
            if let Some(item) = item_mut(list(d), id) {
                set(item, v);
            }
        })
    })
}

/// A card's heading: "Riski 2", numbered by the item's position in its list.
pub fn numbered<I: Item + Send + Sync + 'static>(
    id: LineId,
    label: T,
    list: fn(&RawDraft) -> &Vec<I>,
) -> Signal<String> {
    let store = use_store();
    Signal::derive(move || {
        let n = store
            .draft
            .with(|d| list(d).iter().position(|x| x.id() == id))
            .map_or(0, |i| i + 1);
        format!("{} {n}", label.get(store.lang.get()))
    })
}

/// "Line removed. Undo": shown after a removal; undoing puts the item back and focuses it.
#[component]
pub fn UndoNotice(undo: RwSignal<Option<Undo>>, removed: T) -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    // A budget line restored may be far from the view, and not built.
    let lines = use_context::<LineWindow>();
    let on_undo = move |_| {
        if let Some(restore) = undo.get_untracked() {
            let mut focus = String::new();
            store.draft.update(|d| focus = restore(d));
            undo.set(None);
            focus_field(lines, focus);
        }
    };
    view! {
        <div role="status" class="undo-notice">
            <Show when=move || undo.with(Option::is_some)>
                <span>{move || t(removed)}</span> " "
                <button type="button" id=UNDO_ID class="button small" on:click=on_undo>{move || t(T::UndoRemoval)}</button>
            </Show>
        </div>
    }
}

#[component]
pub fn ItemList<C, V>(
    /// The path of findings about the list as a whole (e.g. "add at least one").
    path: FieldPath,
    ids: Memo<Vec<LineId>>,
    empty: T,
    add: T,
    removed: T,
    /// Adds an item and returns the id of the element to focus.
    on_add: Callback<(), String>,
    undo: RwSignal<Option<Undo>>,
    card: C,
) -> impl IntoView
where
    C: Fn(LineId) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    let shown = revealed(path, field_findings(path), Signal::derive(|| false));
    view! {
        <div id=path.dom_id() tabindex="-1" aria-describedby=described_by(path, None, shown)>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{move || t(empty)}</p>
            </Show>
            <For each=move || ids.get() key=|id| *id children=card.clone() />
            <FieldMessages path shown />
        </div>
        <UndoNotice undo removed />
        <button type="button" class="button secondary" on:click=move |_| focus_after_render(on_add.run(()))>
            "+ " {move || t(add)}
        </button>
    }
}

/// A whole part made of a list: heading, intro, error summary, the list, and the footer.
#[component]
pub fn ListPage<C, V>(
    section: Section,
    intro: T,
    path: FieldPath,
    /// The ids of the list's items, in order.
    ids: fn(&RawDraft) -> Vec<LineId>,
    /// Adds an item and returns the id of the element to focus.
    add_item: fn(&mut RawDraft) -> String,
    empty: T,
    add: T,
    removed: T,
    card: C,
) -> impl IntoView
where
    C: Fn(LineId, RwSignal<Option<Undo>>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let store = use_store();
    let lang = store.lang;
    page_title(Some(section));
    let item_ids = Memo::new(move |_| store.draft.with(ids));
    let undo = RwSignal::new(None::<Undo>);
    let on_add = Callback::new(move |()| store.draft.try_update(add_item).unwrap_or_default());
    view! {
        <h1>{move || section_title(lang.get(), section)}</h1>
        <p class="lead">{move || intro.get(lang.get())}</p>
        <ErrorSummary section />
        <ItemList path ids=item_ids empty add removed on_add undo card=move |id| card(id, undo) />
        <SectionFooter section />
    }
}
