//! Files in and out of the browser: download a text as a file, copy it to the clipboard, read a
//! chosen or dropped file and import it. No storage here (that is `crate::storage`).

use crate::domain::formats::application::{self, Imported};
use crate::domain::formats::reader::{ImportError, Problem, MAX_FILE_BYTES};
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::{Text, T};
use crate::ui::field::{hint_id, FieldFrame};
use crate::ui::form::tr;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    document.body().ok_or(JsValue::NULL)?.append_child(&a)?;
    a.click();
    a.remove();
    // Revoked later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// The text of a file of the build at `url` (through the service worker, so offline too); an error
/// when it cannot be fetched or the answer is not a success.
pub async fn fetch_text(url: &str) -> Result<String, JsValue> {
    text_of(leptos::prelude::window().fetch_with_str(url)).await
}

/// [`fetch_text`] of a request already begun (`window.fetch`'s promise).
pub async fn text_of(request: js_sys::Promise) -> Result<String, JsValue> {
    let response: web_sys::Response = JsFuture::from(request).await?.unchecked_into();
    if !response.ok() {
        return Err(JsValue::from(response.status()));
    }
    JsFuture::from(response.text()?).await?.as_string().ok_or(JsValue::NULL)
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// Reads a chosen or dropped file's bytes. A file over the size cap is refused without being read;
/// one the browser cannot read is refused as such.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, ImportError> {
    start_reading(file)?.await
}

/// Starts reading a file (the browser reads while other work goes on); await the result for its
/// bytes. Many files started at once are read side by side, not one after another.
pub fn start_reading(
    file: &web_sys::File,
) -> Result<impl std::future::Future<Output = Result<Vec<u8>, ImportError>>, ImportError> {
    start_reading_capped(file, MAX_FILE_BYTES)
}

/// [`start_reading`] with a size cap of the format's own (a backup's).
pub fn start_reading_capped(
    file: &web_sys::File,
    limit: usize,
) -> Result<impl std::future::Future<Output = Result<Vec<u8>, ImportError>>, ImportError> {
    let size = file.size() as usize;
    if size > limit {
        return Err(ImportError {
            path: None,
            problem: Problem::TooLarge { bytes: size, limit },
        });
    }
    let reading = JsFuture::from(file.array_buffer());
    Ok(async move {
        match reading.await {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(_) => Err(ImportError {
                path: None,
                problem: Problem::CouldNotRead,
            }),
        }
    })
}

/// Reads a chosen or dropped file and imports it as an application with the strict reader.
pub async fn import_file(file: &web_sys::File, lang: Lang) -> Result<Imported, ImportError> {
    application::import(&read_file(file).await?, lang)
}

/// A labelled file input inside an area that also takes dropped files; `on_files` gets them either way.
/// The label is a fixed text of any table (`T`, or a page's own). The picker offers the app's JSON
/// files unless `accept` says which files it offers (a CSV import: `".csv,text/csv,text/plain"`);
/// `described_by` names what else describes the input (the file chosen, what is wrong with it).
#[component]
pub fn FileDrop<L: Text>(
    #[prop(into)] id: String,
    label: L,
    hint: T,
    #[prop(optional)] multiple: bool,
    #[prop(default = ".json,application/json")] accept: &'static str,
    /// The ids of what else describes the input (the file chosen, its messages), after its hint.
    #[prop(optional)]
    described_by: Option<String>,
    on_files: Callback<web_sys::FileList>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(list) = input.files() {
            on_files.run(list);
        }
        input.set_value(""); // the same file can be chosen again
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
            on_files.run(list);
        }
    };
    view! {
        <div class="drop-zone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <FieldFrame id=id.clone() label=tr(label) label_class="label" hint=tr(hint) bare=true>
                <input
                    type="file"
                    aria-describedby=match described_by {
                        Some(more) => format!("{} {more}", hint_id(&id)),
                        None => hint_id(&id),
                    }
                    id=id
                    multiple=multiple
                    accept=accept
                    on:change=on_change
                />
            </FieldFrame>
        </div>
    }
}

/// The current time as RFC 3339 in UTC (`2026-11-23T09:00:00.000Z`), for `exported_at`.
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date (local) as ISO 8601, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A time of day (local) from milliseconds since 1970: `(hours, minutes)`.
pub fn time_of_day(ms: f64) -> (u32, u32) {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    (d.get_hours(), d.get_minutes())
}

/// A local date from milliseconds since 1970: `(year, month, day)`.
pub fn date_of(ms: f64) -> (u32, u32, u32) {
    let d = js_sys::Date::new(&JsValue::from_f64(ms));
    (d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// An RFC 3339 time (an export's `exported_at`) in local time as the language writes it; the text
/// as it is when it is not a time.
pub fn local_date_time(lang: Lang, rfc3339: &str) -> String {
    let ms = js_sys::Date::parse(rfc3339);
    if ms.is_nan() {
        return rfc3339.to_string();
    }
    local_date_time_ms(lang, ms)
}

/// The local date of an RFC 3339 time as the language writes it (`6.12.2026`); the text as it is
/// when it is not a time.
pub fn local_date(lang: Lang, rfc3339: &str) -> String {
    match local_day(js_sys::Date::parse(rfc3339)) {
        Some(date) => crate::i18n::date(lang, date),
        None => rfc3339.to_string(),
    }
}

/// The local date of a time in milliseconds since 1970 (`None` for a time that is none: NaN).
pub fn local_day(ms: f64) -> Option<time::Date> {
    if ms.is_nan() {
        return None;
    }
    let (y, m, d) = date_of(ms);
    let month = time::Month::try_from(m as u8).ok()?;
    time::Date::from_calendar_date(y as i32, month, d as u8).ok()
}

/// A time in milliseconds since 1970, in local time as the language writes it.
pub fn local_date_time_ms(lang: Lang, ms: f64) -> String {
    crate::i18n::date_time(lang, date_of(ms), time_of_day(ms))
}
