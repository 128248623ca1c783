//! A form field's frame and its messages. The frame puts what a user meets in the order they meet it:
//! the label, the hint, the messages, then the control (GOV.UK Frontend's and Suomi.fi's order). The
//! messages are shown once the user has left the field or asked to check, never while they type a
//! first time (the GOV.UK validation pattern). A field left by a pointer's press (a click on a
//! button below it) is marked left once the click has landed (`dom::after_press`, through
//! `AppStore::leave` and `line_window::blurred`): a message appearing at the press would push the
//! page down under the pointer. Errors and warnings carry their source.

use crate::domain::rules::finding::{FieldPath, Finding, Severity};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{self, T};
use crate::ui::language::use_lang;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The id of the element holding a field's messages (for `aria-describedby`).
pub fn messages_id(path: FieldPath) -> String {
    format!("{}-msg", path.dom_id())
}

/// The findings of `path` that are to be shown now: once the user has left the field (`left`) or
/// asked to check. `findings` may hold other fields' findings too (a whole line's).
pub fn revealed(path: FieldPath, findings: Signal<Vec<Finding>>, left: Signal<bool>) -> Memo<Vec<Finding>> {
    let store = use_store();
    Memo::new(move |_| {
        if !(store.show_all.get() || left.get()) {
            return Vec::new();
        }
        findings.with(|fs| fs.iter().filter(|f| f.path == path).cloned().collect())
    })
}

/// `aria-describedby` for a field: its hint (if any), plus its messages while they are shown.
pub fn described_by(path: FieldPath, hint: Option<String>, shown: Memo<Vec<Finding>>) -> Signal<Option<String>> {
    Signal::derive(move || {
        let mut ids: Vec<String> = hint.iter().cloned().collect();
        if shown.with(|s| !s.is_empty()) {
            ids.push(messages_id(path));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

pub fn has_error(shown: Memo<Vec<Finding>>) -> Signal<Option<&'static str>> {
    Signal::derive(move || shown.with(|s| s.iter().any(Finding::is_error)).then_some("true"))
}

/// The id of a field's hint (for `aria-describedby`): `{id}-hint`, where `id` is the control's.
pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

/// One field: the label, the hint, the messages, then the control (`children`, which keep their own
/// id, `aria-describedby`, `aria-invalid` and handlers), in a `<div class="field">` unless `bare`.
/// The label is `<label for={id} id={id}-label>`, the hint `<p class="hint" id={id}-hint>` (see
/// `hint_id`), the messages `<div id={path.dom_id()}-msg>` (see `messages_id`). Not generic: one
/// copy in the bundle serves every field. A budget line's cells follow the same order without a
/// frame (they have no label or hint, only messages before the control, and 2 000 lines of them).
#[component]
pub fn FieldFrame(
    /// The control's id.
    #[prop(into)]
    id: String,
    /// The visible label; see `form::tr` for a fixed text.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    /// The label's class, if any (`label`, `block`, `label-large`).
    #[prop(optional)]
    label_class: Option<&'static str>,
    /// Guidance under the label (a signal, or an `Option` of one).
    #[prop(optional_no_strip, into)]
    hint: Option<Signal<String>>,
    /// The field whose messages are shown (see `revealed`); none for a field that is not checked.
    #[prop(optional)]
    messages: Option<(FieldPath, Memo<Vec<Finding>>)>,
    /// The caller owns the wrapper (a form, a section, a drop zone): no `<div class="field">`.
    #[prop(optional)]
    bare: bool,
    children: Children,
) -> impl IntoView {
    let label = label.map(|text| {
        view! { <label for=id.clone() id=format!("{id}-label") class=label_class>{text}</label> }
    });
    let hint = hint.map(|text| view! { <p class="hint" id=hint_id(&id)>{text}</p> });
    let messages = messages.map(|(path, shown)| view! { <FieldMessages path shown /> });
    let parts = (label, hint, messages, children());
    if bare {
        parts.into_any()
    } else {
        view! { <div class="field">{parts}</div> }.into_any()
    }
}

#[component]
pub fn FieldMessages(path: FieldPath, shown: Memo<Vec<Finding>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=messages_id(path) class="field-messages">
            {move || {
                let lang = lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| {
                        let cite = f.citation.map(|c| view! { <Cite citation=c /> });
                        message_line(lang, f.severity, i18n::finding_message(lang, &f), cite)
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// One message of a field: "Virhe: " or "Huomio: " for a screen reader, the sentence, and the
/// passage it rests on, if any (every app's fields: the first phase's findings are of their own type).
pub fn message_line<C: IntoView>(lang: Lang, severity: Severity, sentence: String, cite: Option<C>) -> impl IntoView {
    let (class, prefix) = match severity {
        Severity::Error => ("field-error", T::ErrorPrefix),
        Severity::Warning => ("field-warning", T::WarningPrefix),
    };
    view! {
        <div class=class>
            <span class="visually-hidden">{prefix.get(lang)} ": "</span>
            {sentence}
            {cite.map(|c| view! { " " {c} })}
        </div>
    }
}

/// A passage a message rests on: its short label in a language, and its Finnish original (the
/// call's `Citation`; the first phase's findings cite their own).
pub trait Cited: Copy + Send + Sync + 'static {
    fn label(self, lang: Lang) -> &'static str;
    fn original(self) -> &'static str;
}

impl Cited for Citation {
    fn label(self, lang: Lang) -> &'static str {
        i18n::citation(lang, self)
    }
    fn original(self) -> &'static str {
        self.quote_fi()
    }
}

/// "Lähde: VM:n päätös 26.2.2020, …" with the original wording one click away.
#[component]
pub fn Cite<C: Cited>(citation: C) -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="citation">
            <summary>
                {move || T::Source.get(lang.get())} ": "
                {move || citation.label(lang.get())}
            </summary>
            <blockquote lang="fi">
                <span class="visually-hidden">{move || T::OriginalWording.get(lang.get())} ": "</span>
                {citation.original()}
            </blockquote>
        </details>
    }
}
