//! An initiative for a joint project (`/initiatives/initiative/<id>`): every field of
//! `RawInitiative` in seed 000's words, checked on every keystroke by `check_initiative` with the
//! browser's date, each field's messages once it is left or the user asks to check, the error
//! summary, autosaved on every change, and downloaded as a `hakemus-initiative` file.

use crate::domain::formats::initiative::{export_initiative, to_json, INITIATIVE_FORMAT};
use crate::domain::initiative::model::{Description, Origin, RawInitiative, RawOnBoard};
use crate::domain::initiative::rules::{check_initiative, Field};
use crate::i18n::initiative::{description, I};
use crate::i18n::T;
use crate::ui::dom::focus_after_render;
use crate::ui::files;
use crate::ui::form::{text, tr};
use crate::ui::initiative::fields::{
    autosaved_page, download, form_end, form_start, found, today, toggle_in, Autosaved, CheckedText, Checks,
    ChoiceGroup, TargetChoices, MUNICIPALITIES,
};
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;

/// The initiative `id` of this browser, or a page that says it is not here.
#[component]
pub fn InitiativePage(id: String) -> impl IntoView {
    autosaved_page(id, "initiative", |page| view! { <InitiativeForm page /> }.into_any())
}

/// The form on an initiative (built with the draft as it is in `page`).
#[component]
pub fn InitiativeForm(page: Autosaved<RawInitiative>) -> impl IntoView {
    let lang = use_lang();
    let initial = page.draft.get_untracked();
    let draft = page.draft;
    let today = today();
    let findings = Memo::new(move |_| draft.with(|i| check_initiative(i, today)));
    let rows = Memo::new(move |_| draft.with(|i| i.on_board.iter().map(|r| r.id).collect::<Vec<_>>()));
    let checks = Checks::new(findings, rows.into());
    set_title(
        move |l| I::Initiative.get(l).to_string(),
        move || checks.show_all.get() && checks.errors() > 0,
    );

    let undo = RwSignal::new(None::<(usize, RawOnBoard)>);
    let add_row = move |_| {
        let mut id = 0;
        page.edit(|i| id = i.add_on_board());
        focus_after_render(Field::OnBoard(id).dom_id());
    };
    let on_undo = move |_| {
        if let Some((index, row)) = undo.get_untracked() {
            let id = row.id;
            page.edit(|i| i.restore_on_board(index, row));
            undo.set(None);
            focus_after_render(Field::OnBoard(id).dom_id());
        }
    };
    let row = move |id: u64| {
        let number = move || rows.with(|r| r.iter().position(|x| *x == id)).map_or(0, |i| i + 1);
        let label = Signal::derive(move || format!("{} {}", I::FieldOnBoard.get(lang.get()), number()));
        let value = draft.with_untracked(|i| i.on_board.iter().find(|r| r.id == id).map(|r| r.municipality.clone()));
        let typed = Memo::new(move |_| {
            draft.with(|i| {
                i.on_board
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.municipality.clone())
                    .unwrap_or_default()
            })
        });
        let remove = move |_| {
            let mut removed = None;
            page.edit(|i| removed = i.remove_on_board(id));
            if removed.is_some() {
                undo.set(removed);
                focus_after_render("undo-remove".into());
            }
        };
        view! {
            <div class="card on-board">
                <CheckedText field=Field::OnBoard(id) label value=value.unwrap_or_default() list=MUNICIPALITIES
                    on_input=move |v: String| page.edit(|i| {
                        if let Some(r) = i.on_board.iter_mut().find(|r| r.id == id) {
                            r.municipality = v;
                        }
                    }) />
                {found(lang, typed.into())}
                <button type="button" class="button secondary small" id=format!("remove-on-board-{id}") on:click=remove>
                    {text(lang, T::Remove)} <span class="visually-hidden">" " {move || label.get()}</span>
                </button>
            </div>
        }
    };
    let describe = move |d: Description| {
        let set: fn(&mut RawInitiative, String) = match d {
            Description::WaysOfWorking => |i, v| i.descriptions.ways_of_working = v,
            Description::Goals => |i, v| i.descriptions.goals = v,
            Description::Significance => |i, v| i.descriptions.significance = v,
            Description::CostPotential => |i, v| i.descriptions.cost_potential = v,
            Description::Risks => |i, v| i.descriptions.risks = v,
        };
        let field = view! {
            <CheckedText field=Field::Description(d) multiline=true
                label=Signal::derive(move || description(lang.get(), d).to_string())
                value=d.of(&initial.descriptions).to_string()
                on_input=move |v| page.edit(|i| set(i, v)) />
        };
        let estimate = (d == Description::CostPotential).then(|| {
            view! {
                <CheckedText field=Field::CostEstimate label=tr(I::FieldCostEstimate) hint=tr(I::CostEstimateHint)
                    value=initial.descriptions.cost_estimate.clone()
                    on_input=move |v| page.edit(|i| i.descriptions.cost_estimate = v) />
            }
        });
        (field, estimate)
    };
    let origin = Memo::new(move |_| draft.with(|i| i.origin));
    let earlier_shown = Memo::new(move |_| draft.with(|i| i.origin == Origin::Earlier || !i.earlier_work.is_empty()));
    let radio = move |value: Origin, id: &'static str, label: I| {
        view! {
            <label class="checkbox">
                <input type="radio" name="origin" id=id prop:checked=move || origin.get() == value
                    on:change=move |_| page.edit(|i| i.origin = value) />
                {text(lang, label)}
            </label>
        }
    };
    let export = move || {
        let i = draft.get_untracked();
        let file = export_initiative(&i, &files::now_rfc3339());
        download(INITIATIVE_FORMAT, &i.title, &i.id, &to_json(&file));
    };

    view! {
        {form_start(page, "initiative", I::Initiative, I::InitiativeFormIntro, Some(I::ProposerTitle))}
        <CheckedText field=Field::Title label=tr(I::FieldTitle) value=initial.title.clone()
            on_input=move |v| page.edit(|i| i.title = v) />
        <TargetChoices
            call_id=draft.with_untracked(|i| i.call.clone())
            chosen=Signal::derive(move || draft.with(|i| i.targets.clone()))
            toggle=move |id: String| page.edit(|i| toggle_in(&mut i.targets, id))
            hint=tr(I::TargetsHint) />
        <h2 id="on-board">{text(lang, I::FieldOnBoardTitle)}</h2>
        <p class="hint">{text(lang, I::OnBoardHint)}</p>
        <For each=move || rows.get() key=|id| *id children=row />
        <div role="status" class="undo-notice">
            <Show when=move || undo.with(Option::is_some)>
                <span>{text(lang, I::OnBoardRemoved)}</span> " "
                <button type="button" id="undo-remove" class="button small" on:click=on_undo>{text(lang, T::UndoRemoval)}</button>
            </Show>
        </div>
        <p><button type="button" class="button secondary" id="add-on-board" on:click=add_row>{text(lang, I::AddOnBoard)}</button></p>
        <h2>{text(lang, I::DescriptionsTitle)}</h2>
        {Description::ALL.into_iter().map(describe).collect_view()}
        <ChoiceGroup field=Field::Origin legend=tr(I::FieldOrigin) hint=tr(I::OriginHint)>
            {radio(Origin::New, "origin-new", I::OriginNew)}
            {radio(Origin::Earlier, "origin-earlier", I::OriginEarlier)}
        </ChoiceGroup>
        <Show when=move || earlier_shown.get()>
            <CheckedText field=Field::EarlierWork label=tr(I::FieldEarlierWork) multiline=true
                value=draft.with_untracked(|i| i.earlier_work.clone())
                on_input=move |v| page.edit(|i| i.earlier_work = v) />
        </Show>
        {form_end(checks, I::CheckInitiative, I::ExportInitiative, "download-initiative", export)}
    }
}
