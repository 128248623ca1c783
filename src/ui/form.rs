//! Form fields for the sections outside the budget table, in a `FieldFrame`: a visible label, an
//! optional hint, the field's messages (shown once the user has left the field or asked to check),
//! then the input.

use crate::domain::rules::finding::{FieldPath, Finding};
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{Text, T};
use crate::ui::field::{described_by, has_error, hint_id, revealed, FieldFrame};
use crate::ui::language::use_lang;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// A fixed text in the user's language, as a signal (for hints).
pub fn tr(text: impl Text) -> Signal<String> {
    let lang = use_lang();
    Signal::derive(move || text.get(lang.get()).to_string())
}

/// A fixed text in the language `lang` follows, for a view: `{text(lang, T::Save)}`. Every such text
/// is one closure type, so one copy of the code that renders it (a `move || t(T::Save)` is a type,
/// and code in the bundle, of its own at each place).
pub fn text(lang: RwSignal<Lang>, which: impl Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || which.get(lang.get())
}

/// The findings about one field outside the budget lines.
pub fn field_findings(path: FieldPath) -> Signal<Vec<Finding>> {
    let store = use_store();
    Memo::new(move |_| store.by_field.with(|m| m.get(&path).cloned().unwrap_or_default())).into()
}

#[component]
pub fn TextField(
    path: FieldPath,
    /// The visible label; see `tr` for a fixed text.
    #[prop(into)]
    label: Signal<String>,
    /// The value when the field is created (inputs are uncontrolled).
    value: String,
    #[prop(into)] on_input: Callback<String>,
    /// Guidance under the label (a signal, or an `Option` of one); see `tr` for a fixed text.
    #[prop(optional_no_strip, into)]
    hint: Option<Signal<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] multiline: bool,
    /// The id of a `<datalist>` with suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
    /// Shows "n characters" under the field (not a live region: it does not announce each key)...
    #[prop(optional)]
    count_chars: bool,
    /// ...as "n / max characters" where the call limits the length.
    #[prop(default = None)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let id = path.dom_id();
    let shown = revealed(path, field_findings(path), store.has_left(path));
    let describedby = described_by(path, hint.map(|_| hint_id(&id)), shown);
    let count = RwSignal::new(value.chars().count());
    let input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        count.set(v.chars().count());
        on_input.run(v);
    };
    let leave = move |_| store.leave(path);
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                aria-describedby=describedby
                aria-invalid=has_error(shown)
                prop:value=value
                on:input=input
                on:blur=leave
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=input_type
                id=id.clone()
                autocomplete=autocomplete.unwrap_or("off")
                list=list
                aria-describedby=describedby
                aria-invalid=has_error(shown)
                prop:value=value
                on:input=input
                on:blur=leave
            />
        }
        .into_any()
    };
    // The counter follows the control, in the field's wrapper (the frame erases only the control).
    view! {
        <div class="field">
            <FieldFrame id label hint messages=(path, shown) bare=true>
                {control}
            </FieldFrame>
            {count_chars.then(|| {
                let over = move || max_chars.is_some_and(|max| count.get() > max);
                view! {
                <p class="hint counter" class:over=over>
                    {move || crate::i18n::characters(lang.get(), count.get(), max_chars)}
                </p>
                }
            })}
        </div>
    }
}

/// A box the applicant ticks to confirm what the call requires (the work is a municipal task, the
/// lead answers for the grant), bound to a flag of the draft; the label is the sentence confirmed. In
/// a `FieldFrame`: hint and messages before the box.
#[component]
pub fn ConfirmField(
    path: FieldPath,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// The value when the box is created.
    value: bool,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let store = use_store();
    let id = path.dom_id();
    let shown = revealed(path, field_findings(path), store.has_left(path));
    let describedby = described_by(path, hint.map(|_| hint_id(&id)), shown);
    view! {
        <FieldFrame id=id.clone() hint messages=(path, shown)>
            <label class="checkbox">
                <input
                    type="checkbox"
                    id=id
                    aria-describedby=describedby
                    prop:checked=value
                    on:change=move |ev| {
                        on_change.run(event_target_checked(&ev));
                        store.touch(path);
                    }
                />
                {label}
            </label>
        </FieldFrame>
    }
}

/// An option's label in a given language.
pub type Label = Box<dyn Fn(Lang) -> String + Send + Sync>;

/// A labelled select bound to a field of the draft, with a "choose" option first.
#[component]
pub fn SelectField(
    path: FieldPath,
    #[prop(into)] label: Signal<String>,
    /// The value when the field is created.
    value: String,
    options: Vec<(String, Label)>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let store = use_store();
    let lang = store.lang;
    let id = path.dom_id();
    let shown = revealed(path, field_findings(path), store.has_left(path));
    let choose = value.is_empty();
    view! {
        <FieldFrame id=id.clone() label messages=(path, shown)>
            <select
                id=id
                aria-describedby=described_by(path, None, shown)
                aria-invalid=has_error(shown)
                on:change=move |ev| {
                    on_change.run(event_target_value(&ev));
                    store.touch(path);
                }
                on:blur=move |_| store.leave(path)
            >
                <option value="" selected=choose>{move || T::ChooseOption.get(lang.get())}</option>
                {options
                    .into_iter()
                    .map(|(option, text)| {
                        let selected = option == value;
                        view! { <option value=option selected=selected>{move || text(lang.get())}</option> }
                    })
                    .collect_view()}
            </select>
        </FieldFrame>
    }
}
