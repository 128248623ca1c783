//! An expression of interest (`/initiatives/interest/<id>`): the municipality, its contact, the
//! initiatives it would join (this browser's own and those received, by title; one it named whose
//! file is no longer here is still listed by the title it saw), the targets whose projects it would
//! join, and its own need; checked by `check_interest` with the browser's date, autosaved, and
//! downloaded as a `hakemus-interest` file.

use crate::domain::formats::initiative::{export_interest, to_json, INTEREST_FORMAT};
use crate::domain::initiative::model::{RawInitiative, RawInterest};
use crate::domain::initiative::rules::{check_interest, Field};
use crate::i18n::initiative::I;
use crate::storage::initiative as kept;
use crate::ui::files;
use crate::ui::form::{text, tr};
use crate::ui::initiative::fields::{
    autosaved_page, download, form_end, form_start, today, toggle_in, Autosaved, CheckedText, Checks, ChoiceGroup,
    TargetChoices,
};
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;

/// The interest `id` of this browser, or a page that says it is not here.
#[component]
pub fn InterestPage(id: String) -> impl IntoView {
    autosaved_page(id, "interest", |page| view! { <InterestForm page /> }.into_any())
}

/// The initiatives an interest can name: this browser's own and those received (each once, own
/// first), then any it names that are not here, by the title it saw.
pub fn joinable(own: Vec<RawInitiative>, received: Vec<RawInitiative>, interest: &RawInterest) -> Vec<RawInitiative> {
    let mut all: Vec<RawInitiative> = Vec::new();
    for i in own.into_iter().chain(received) {
        if !all.iter().any(|a| a.id == i.id) {
            all.push(i);
        }
    }
    for named in &interest.initiatives {
        if !all.iter().any(|a| a.id == named.initiative) {
            let mut i = RawInitiative::new(&named.initiative);
            i.title = named.title.clone();
            all.push(i);
        }
    }
    all
}

/// The form on an expression of interest (built with the draft as it is in `page`).
#[component]
pub fn InterestForm(page: Autosaved<RawInterest>) -> impl IntoView {
    let lang = use_lang();
    let initial = page.draft.get_untracked();
    let choices = joinable(kept::initiatives(), kept::received(), &initial);
    let draft = page.draft;
    let today = today();
    let findings = Memo::new(move |_| draft.with(|x| check_interest(x, today)));
    let checks = Checks::new(findings, Signal::derive(Vec::new));
    set_title(
        move |l| I::Interest.get(l).to_string(),
        move || checks.show_all.get() && checks.errors() > 0,
    );
    let none = choices.is_empty();
    let named = initial.clone();
    let initiative = move |i: RawInitiative| {
        let checked = named.names(&i.id);
        let id = format!("initiative-{}", i.id);
        let title = if i.title.trim().is_empty() {
            None
        } else {
            Some(i.title.clone())
        };
        let who = i.municipality.clone();
        view! {
            <label class="checkbox">
                <input type="checkbox" id=id prop:checked=checked on:change=move |_| page.edit(|x| x.toggle_initiative(&i)) />
                {match title {
                    Some(t) => view! { {t} }.into_any(),
                    None => view! { {text(lang, I::Untitled)} }.into_any(),
                }}
                {(!who.trim().is_empty()).then(|| format!(" ({})", who.trim()))}
            </label>
        }
    };
    let export = move || {
        let x = draft.get_untracked();
        let file = export_interest(&x, &files::now_rfc3339());
        download(INTEREST_FORMAT, &x.municipality, &x.id, &to_json(&file));
    };
    view! {
        {form_start(page, "interest", I::Interest, I::InterestFormIntro, None)}
        <ChoiceGroup field=Field::Initiatives legend=tr(I::FieldInitiatives)>
            {none.then(|| view! { <p class="empty">{text(lang, I::NoInitiativesToJoin)}</p> })}
            {choices.into_iter().map(initiative).collect_view()}
        </ChoiceGroup>
        <TargetChoices
            call_id=draft.with_untracked(|x| x.call.clone())
            chosen=Signal::derive(move || draft.with(|x| x.targets.clone()))
            toggle=move |id: String| page.edit(|x| toggle_in(&mut x.targets, id))
            hint=tr(I::InterestTargetsHint) />
        <CheckedText field=Field::Need label=tr(I::FieldNeed) hint=tr(I::NeedHint) multiline=true
            value=initial.need.clone() on_input=move |v| page.edit(|x| x.need = v) />
        {form_end(checks, I::CheckInterest, I::ExportInterest, "download-interest", export)}
    }
}
