//! One set of helpers for the component tests in a real browser (headless Chromium via
//! wasm-bindgen-test-runner): the one-app-at-a-time turn, mounting an app, waiting, finding elements
//! and reading what they show, and acting as a user does (typing, leaving a field, choosing).
//! How each app is mounted (its path, its storage, its settling time) stays in its own test file.
//!
//! Every wait here is bounded and panics naming what it waited for; every reader of an element
//! panics naming the id when the element is not there, so that "the message is empty" can only
//! pass when the message is on the page.

use std::cell::Cell;

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{EventTarget, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

const NBSP: char = '\u{a0}';

/// How long a test waits for its turn before it fails. Less than the runner's own limit on a
/// whole test binary's silence (about 20 s), so that the failure names the turn; and the runner polls
/// one test at a time, so a turn still held when the next test starts is already a leak.
const TURN_WAIT_MS: i32 = 10_000;

/// How long `until` waits before it fails.
const UNTIL_WAIT_MS: i32 = 3_000;

thread_local! {
    static BUSY: Cell<bool> = const { Cell::new(false) };
    /// A test panicked while a turn was held: that turn will never be given back.
    static ABANDONED: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// One app mounted at a time: element ids are unique per app, not per document. Dropping the turn
/// gives the next test its turn.
pub struct Turn;

impl Drop for Turn {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

/// Notes a panic while a turn is held. A test that panics never drops its turn (wasm aborts instead
/// of unwinding), so without this the next test could only wait for a turn that never comes back.
fn watch_panics() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if BUSY.with(Cell::get) {
            ABANDONED.with(|a| a.set(true));
        }
        previous(info);
    }));
}

/// Waits for the previous test to give back its turn. If that test panicked, its turn is taken over
/// at once and its app (left mounted) cleared away; otherwise the wait is bounded and fails after
/// 10 s saying so, instead of hanging the whole run.
pub async fn my_turn() -> Turn {
    watch_panics();
    for _ in 0..TURN_WAIT_MS / 10 {
        if ABANDONED.with(|a| a.replace(false)) {
            for stale in all("body > div") {
                stale.remove();
            }
            BUSY.with(|b| b.set(true));
            return Turn;
        }
        if !BUSY.with(|b| b.replace(true)) {
            return Turn;
        }
        sleep(10).await;
    }
    panic!(
        "waited {} s for the previous test to give back its turn (an app still mounted, or a turn kept \
         alive past its test)",
        TURN_WAIT_MS / 1000
    );
}

/// A mounted app; dropping it unmounts the app, then gives back the turn it holds (if any).
pub struct Mounted {
    parent: HtmlElement,
    app: Option<UnmountHandle<AnyViewState>>,
    /// The app's reactive root, cleaned up when the app is dropped. Dropping the handle alone leaves
    /// that to whoever holds the owner last, which was the next test's mount: a save the old app had
    /// waiting then landed in the next test's freshly cleared storage.
    root: Owner,
    _turn: Option<Turn>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        // Unmounting leaves the router's last view in place; take the container out as well.
        self.parent.remove();
        drop(self.app.take());
        self.root.cleanup();
    }
}

/// Mounts `app` with `mount_to` in a container of its own at the end of the body, under a reactive
/// root of its own. The returned app holds `turn` until it is dropped.
pub fn mount_app(turn: Option<Turn>, app: impl FnOnce() -> AnyView + 'static) -> Mounted {
    let parent = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<HtmlElement>();
    document().body().unwrap().append_child(&parent).unwrap();
    let root = Owner::new_root(None);
    let app = root.with(|| mount_to(parent.clone(), app));
    Mounted {
        parent,
        app: Some(app),
        root,
        _turn: turn,
    }
}

/// The ministry's follow-up `file` (a `hakemus-follow-up` text) stored as the follow-up app keeps
/// it, and the app mounted at `path`, in Finnish (the follow-up's grant pages' tests).
pub async fn mount_follow_up(turn: Turn, path: &str, file: &str) -> Mounted {
    use hakemus::domain::formats::follow_up as fu;
    use hakemus::domain::vocabulary::locale::Lang;
    hakemus::storage::save_lang(Lang::Fi);
    hakemus::storage::clear().await;
    let read = fu::read(file.as_bytes(), Lang::Fi).unwrap();
    hakemus::storage::follow_up::save(&read.file.follow_up, 0)
        .await
        .unwrap();
    go_to(path);
    let app = mount_app(Some(turn), || {
        view! { <hakemus::ui::follow_up::app::FollowUpApp /> }.into_any()
    });
    settle_for(60).await;
    app
}

/// Puts `path` in the address bar (for the router of the app mounted next).
pub fn go_to(path: &str) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .push_state_with_url(&JsValue::NULL, "", Some(path))
        .unwrap();
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets the reactive work run, then waits `ms` more for focus moves and debounced work.
pub async fn settle_for(ms: i32) {
    leptos::task::tick().await;
    sleep(ms).await;
}

/// Waits (at most three seconds) until `done`; panics naming `what` if it never is.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..UNTIL_WAIT_MS / 20 {
        if done() {
            return;
        }
        sleep(20).await;
    }
    panic!("waited {} s in vain for {what}", UNTIL_WAIT_MS / 1000);
}

/// The element `id`; panics naming the id when there is none.
pub fn el(id: &str) -> HtmlElement {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no element #{id}"))
        .unchecked_into()
}

pub fn exists(id: &str) -> bool {
    document().get_element_by_id(id).is_some()
}

/// The text element `id` shows, as the page holds it (no-break spaces kept); panics naming the id
/// when there is no such element, so that an empty text means an element that is there and empty.
pub fn text(id: &str) -> String {
    el(id).text_content().unwrap_or_default()
}

/// The text of element `id` if it is on the page. Only for where its absence is a legitimate
/// outcome: inside `until`, waiting for an element that is not there yet.
pub fn text_if_present(id: &str) -> Option<String> {
    document()
        .get_element_by_id(id)
        .map(|e| e.text_content().unwrap_or_default())
}

/// `text` with no-break spaces as plain spaces, for assertions written with plain spaces.
pub fn text_spaced(id: &str) -> String {
    text(id).replace(NBSP, " ")
}

/// Every element matching `selector`, in document order.
pub fn all(selector: &str) -> Vec<HtmlElement> {
    let nodes = document().query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .collect()
}

/// The id of the element that has the focus ("" for none).
pub fn focused() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

/// Dispatches a bubbling event of `kind` on `target`.
pub fn fire(target: &EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// The input event a user's typing makes.
pub fn typed(target: &EventTarget) {
    fire(target, "input");
}

/// Types `value` into an input or a text area, as a user does: the value, then an input event.
pub fn type_into(id: &str, value: &str) {
    let e = el(id);
    match e.clone().dyn_into::<HtmlTextAreaElement>() {
        Ok(area) => area.set_value(value),
        Err(_) => e.clone().unchecked_into::<HtmlInputElement>().set_value(value),
    }
    typed(&e);
}

/// Leaves the field `id` (its blur event).
pub fn leave(id: &str) {
    fire(&el(id), "blur");
}

/// Chooses `value` in the select `id`, as a user does: the value, then a change event.
pub fn choose(id: &str, value: &str) {
    let select: HtmlSelectElement = el(id).unchecked_into();
    select.set_value(value);
    fire(&select, "change");
}

/// Chooses files (name, bytes as they are: no re-encoding) of type `mime` in the file input `id`,
/// as a user does: the input's files, then its change event.
pub fn choose_files<B: AsRef<[u8]>>(id: &str, mime: &str, files: &[(&str, B)]) {
    let list = js_sys::Array::new();
    for (name, bytes) in files {
        let bytes = js_sys::Uint8Array::from(bytes.as_ref());
        list.push(&js_sys::Array::of2(&JsValue::from_str(name), &bytes));
    }
    js_sys::Function::new_with_args(
        "input, mime, files",
        "const d = new DataTransfer(); \
         for (const [name, bytes] of files) d.items.add(new File([bytes], name, {type: mime})); \
         input.files = d.files; input.dispatchEvent(new Event('change', {bubbles: true}));",
    )
    .call3(&JsValue::NULL, &el(id), &mime.into(), &list)
    .unwrap();
}

/// Chooses one file: `choose_files` with a single file.
pub fn choose_file(id: &str, name: &str, mime: &str, bytes: &[u8]) {
    choose_files(id, mime, &[(name, bytes)]);
}

/// Downloads are caught instead of saved: each is `{name, href}` in `window.__downloads`. Any other
/// link's `click()` still follows it (a later test clicks a page's links).
pub fn catch_downloads() {
    js_sys::eval(
        "window.__downloads = [];
         window.__click = window.__click || HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () {
           if (this.download) { window.__downloads.push({ name: this.download, href: this.href }); }
           else { window.__click.call(this); }
         };",
    )
    .unwrap();
}

/// The last download caught: its name and its bytes exactly (a text decoder would drop a BOM).
pub async fn last_download_bytes() -> (String, Vec<u8>) {
    let list: js_sys::Array = js_sys::eval("window.__downloads").unwrap().unchecked_into();
    let last = list.pop();
    assert!(!last.is_undefined(), "a file was downloaded");
    let get = |k: &str| js_sys::Reflect::get(&last, &k.into()).unwrap().as_string().unwrap();
    let (name, href) = (get("name"), get("href"));
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(web_sys::window().unwrap().fetch_with_str(&href))
            .await
            .unwrap()
            .unchecked_into();
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().unwrap())
        .await
        .unwrap();
    (name, js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The cells of the body of table `id`, row by row, as a user reads them (spaces plain).
pub fn table_rows(id: &str) -> Vec<Vec<String>> {
    all(&format!("#{id} tbody tr"))
        .into_iter()
        .map(|tr| {
            let cells = tr.query_selector_all("th, td").unwrap();
            (0..cells.length())
                .filter_map(|i| cells.item(i))
                .map(|c| c.text_content().unwrap_or_default().replace(NBSP, " "))
                .collect()
        })
        .collect()
}
