//! The language the pages are shown in: one signal, provided by context by both apps (the drafter's
//! and the reviewer's), so that what the two share (fields, titles, the frame) needs neither's state.

use crate::domain::vocabulary::locale::Lang;
use crate::storage;
use leptos::prelude::*;

/// The language signal in context (the drafter's store holds the same signal).
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// The language the pages are shown in.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<Language>().0
}

/// The language to start in: the one chosen before, else the browser's preference, else Finnish.
pub fn initial_lang() -> Lang {
    storage::load_lang()
        .or_else(|| {
            let languages = window().navigator().languages();
            languages
                .iter()
                .filter_map(|l| l.as_string())
                .find_map(|l: String| Lang::from_tag(&l))
        })
        .unwrap_or_default()
}

/// `<html lang>` follows the language.
pub fn follow_in_document(lang: RwSignal<Lang>) {
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });
}
