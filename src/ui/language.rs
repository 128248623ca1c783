//! The language the pages are shown in: one signal, provided by context by every app (the drafter's,
//! the files app's and the reviewer's), so that what they share (fields, titles, the frame) needs
//! none's state.

use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{self, catalogue, catalogue::Refused};
use crate::storage;
use crate::ui::files;
use leptos::prelude::*;

/// The language signal in context (the drafter's store holds the same signal).
#[derive(Clone, Copy)]
pub struct Language(pub RwSignal<Lang>);

/// The language the pages are shown in.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<Language>().0
}

/// The language chosen before, else the browser's preference, else Finnish.
fn preferred() -> Lang {
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

/// The language to start in: the preferred one once its texts are ready (see [`prepare`]), else
/// Finnish.
pub fn initial_lang() -> Lang {
    Some(preferred())
        .filter(|&l| catalogue::is_ready(l))
        .unwrap_or_default()
}

/// Whether the app started in Finnish only because the preferred language's texts could not be
/// fetched (the language switch then says so).
pub fn started_without_preferred() -> bool {
    !catalogue::is_ready(preferred())
}

thread_local! {
    /// Tables an app installs beside [`i18n::TABLES`] (`also_install`): none in the drafter's and
    /// the reviewer's apps.
    static ALSO: std::cell::Cell<&'static [&'static catalogue::Table]> = const { std::cell::Cell::new(&[]) };
}

/// Installs `tables` too whenever a language's texts file is installed: an app whose pages speak
/// with a table the others do not carry calls this before [`prepare`].
pub fn also_install(tables: &'static [&'static catalogue::Table]) {
    ALSO.with(|a| a.set(tables));
}

/// Starts fetching the preferred language's texts file now (the wasm has Finnish only built in);
/// awaiting it installs the texts. The apps await it before they mount, while the static shell
/// shows, so that the first page is in the language it will stay in.
pub fn prepare() -> impl std::future::Future<Output = ()> {
    let pending = fetch(preferred());
    async move {
        let _ = pending.await;
    }
}

/// Shows the pages in `lang` (and remembers the choice) once its texts are ready: at once if
/// they are, else after fetching them. If they cannot be fetched, the pages stay as they are and
/// `failed` is set.
/// Only the last choice counts: one whose texts arrive after a later choice is dropped.
pub fn choose(shown: RwSignal<Lang>, lang: Lang, failed: RwSignal<bool>) {
    thread_local!(static CHOICE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let choice = CHOICE.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    let apply = move || {
        shown.set(lang);
        storage::save_lang(lang);
        failed.set(false);
    };
    if catalogue::is_ready(lang) {
        apply();
    } else {
        let pending = fetch(lang);
        leptos::task::spawn_local(async move {
            let ready = pending.await;
            if CHOICE.with(|c| c.get()) != choice {
                return;
            }
            if ready {
                apply();
            } else {
                failed.set(true);
            }
        });
    }
}

/// Fetches and installs `lang`'s texts file (begun now, not when first awaited); true once the
/// language is ready. A file from another build (a stale copy in the browser's cache, which the
/// catalogue refuses) is fetched once more past the cache.
fn fetch(lang: Lang) -> impl std::future::Future<Output = bool> {
    let url = catalogue::file_path(lang)
        .filter(|_| !catalogue::is_ready(lang))
        .map(|path| format!("/{path}"));
    let first = url.as_deref().map(|url| window().fetch_with_str(url));
    async move {
        let (Some(url), Some(first)) = (url, first) else {
            return catalogue::is_ready(lang);
        };
        match install(lang, first).await {
            Some(Err(Refused::Stale(_))) => {
                // A query of this build's own (its tables' keys), which no older copy is cached under.
                let build = i18n::TABLES.iter().fold(0u64, |h, t| h.rotate_left(7) ^ t.keys);
                let again = window().fetch_with_str(&format!("{url}?keys={build:016x}"));
                install(lang, again).await == Some(Ok(()))
            }
            installed => installed == Some(Ok(())),
        }
    }
}

/// Installs the texts file `request` brings: `None` if it could not be fetched.
async fn install(lang: Lang, request: js_sys::Promise) -> Option<Result<(), Refused>> {
    let text = files::text_of(request)
        .await
        .inspect_err(|e| leptos::logging::warn!("the texts of {} could not be fetched: {e:?}", lang.code()))
        .ok()?;
    let tables: Vec<&catalogue::Table> = i18n::TABLES.iter().chain(ALSO.with(|a| a.get())).copied().collect();
    Some(
        catalogue::install(lang, &text, &tables)
            .inspect_err(|e| leptos::logging::warn!("the texts of {} were refused: {e}", lang.code())),
    )
}

/// The language signal of an app without the drafter's store (the reviewer's, the files app's): in
/// context, and `<html lang>` following it.
pub fn provide() -> RwSignal<Lang> {
    let lang = RwSignal::new(initial_lang());
    provide_context(Language(lang));
    follow_in_document(lang);
    lang
}

/// `<html lang>` follows the language.
pub fn follow_in_document(lang: RwSignal<Lang>) {
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.get().code());
        }
    });
}
