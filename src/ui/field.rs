//! The messages under a field: shown once the user has left the field or asked to check, never while
//! they type a first time (the GOV.UK validation pattern). Errors and warnings carry their source.

use crate::domain::rules::finding::{FieldPath, Finding, Severity};
use crate::domain::vocabulary::citation::Citation;
use crate::i18n::{self, T};
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

#[component]
pub fn FieldMessages(path: FieldPath, shown: Memo<Vec<Finding>>) -> impl IntoView {
    let store = use_store();
    view! {
        <div id=messages_id(path) class="field-messages">
            {move || {
                let lang = store.lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| {
                        let (class, prefix) = match f.severity {
                            Severity::Error => ("field-error", T::ErrorPrefix),
                            Severity::Warning => ("field-warning", T::WarningPrefix),
                        };
                        view! {
                            <div class=class>
                                <span class="visually-hidden">{prefix.get(lang)} ": "</span>
                                {i18n::message(lang, &f.message)}
                                {f.citation.map(|c| view! { " " <Cite citation=c /> })}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// "Lähde: VM:n päätös 26.2.2020, …" with the original wording one click away.
#[component]
pub fn Cite(citation: Citation) -> impl IntoView {
    let store = use_store();
    view! {
        <details class="citation">
            <summary>
                {move || T::Source.get(store.lang.get())} ": "
                {move || i18n::citation(store.lang.get(), citation)}
            </summary>
            <blockquote lang="fi">
                <span class="visually-hidden">{move || T::OriginalWording.get(store.lang.get())} ": "</span>
                {citation.quote_fi()}
            </blockquote>
        </details>
    }
}
