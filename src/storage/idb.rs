//! IndexedDB in the few shapes this app needs: one database, object stores of text (JSON) under
//! numeric or text keys, requests as futures, and read-write transactions whose completion means the data
//! is on disk (`durability: "strict"`; Chromium's default is "relaxed", which may lose the last
//! seconds to a crash).
//!
//! A transaction stays active while its requests' results are handled in the same microtask
//! checkpoint, which is where `JsFuture` continues (wasm-bindgen's executor runs on microtasks), so
//! a read, a check and a write in one transaction are atomic across tabs.

use js_sys::{Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction};

pub const DB_NAME: &str = "hakemus";
/// 1: `drafts`; 2: `reviews` added; 3: `opened` and `panel` added; 4: `workshop` added; 5: `grants`
/// added; 6: `follow-up` added.
const DB_VERSION: u32 = 6;
/// The drafts: key = the draft's id (a number), value = its record as JSON text.
pub const DRAFTS: &str = "drafts";
/// The reviewer's reviews: key = a name (`"all"`, and records set aside), value = review file text.
pub const REVIEWS: &str = "reviews";
/// The applications the reviewer opened: key = the fingerprint, value = `{source, text, kept_at}`.
pub const OPENED: &str = "opened";
/// The other reviewers' review files loaded into the panel: key = the member's key, value as above.
pub const PANEL: &str = "panel";
/// The ministry's workshop of the first phase: key `"all"`, value = the files opened and the
/// workshop's choices (`storage::initiative_workshop`).
pub const WORKSHOP: &str = "workshop";
/// The granted projects: key = the project's id, value = its record as JSON text (`storage::grant`).
pub const GRANTS: &str = "grants";
/// The ministry's follow-up of its grants: key `"all"`, value = its record as JSON text
/// (`storage::follow_up`).
pub const FOLLOW_UP: &str = "follow-up";
/// Every store; an upgrade creates the missing ones (a fresh browser, or an earlier version's database).
const STORES: [&str; 7] = [DRAFTS, REVIEWS, OPENED, PANEL, WORKSHOP, GRANTS, FOLLOW_UP];

#[wasm_bindgen]
extern "C" {
    /// `IDBDatabase`, for the one call web-sys has only behind its unstable-API flag.
    #[wasm_bindgen(js_name = IDBDatabase)]
    type Database;
    /// `IDBDatabase.transaction(stores, mode, options)`: one store's name, or a list of names.
    #[wasm_bindgen(method, catch, js_name = transaction)]
    fn transaction(this: &Database, stores: &JsValue, mode: &str, options: &Object) -> Result<IdbTransaction, JsValue>;
}

/// A transaction on `stores` (read-write ones strict: `done` means written to disk).
fn transaction_on(db: &IdbDatabase, stores: &JsValue, write: bool) -> Result<IdbTransaction, JsValue> {
    let options = Object::new();
    let mode = if write {
        Reflect::set(&options, &"durability".into(), &"strict".into())?;
        "readwrite"
    } else {
        "readonly"
    };
    db.unchecked_ref::<Database>().transaction(stores, mode, &options)
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn forget_db() {
    DB.with(|d| {
        if let Some(db) = d.borrow_mut().take() {
            db.close();
        }
    });
}

/// The result of a request, once it succeeds. The promise's own functions are the handlers: no
/// closure of the app's holds the request. (A `Closure::once_into_js` that is never called — the
/// error handler of a request that succeeds — is kept with all it holds for the page's life: it
/// held the request, and so its result, every record read — megabytes at every save of a ledger
/// of 10 000 entries.)
pub async fn request(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    let done = JsFuture::from(promise).await;
    req.set_onsuccess(None);
    req.set_onerror(None);
    match done {
        Ok(_) => Ok(req.result().unwrap_or(JsValue::UNDEFINED)),
        Err(_) => Err(req.error().ok().flatten().map_or(JsValue::UNDEFINED, JsValue::from)),
    }
}

/// The open database (opened, and created or upgraded, on first use).
pub async fn database() -> Result<IdbDatabase, JsValue> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("IndexedDB is not available"))?;
    let open = factory.open_with_u32(DB_NAME, DB_VERSION)?;
    let on_upgrade = {
        let open = open.clone();
        Closure::once_into_js(move || {
            if let Ok(db) = open.result().map(JsCast::unchecked_into::<IdbDatabase>) {
                for store in STORES {
                    if !db.object_store_names().contains(store) {
                        let _ = db.create_object_store(store);
                    }
                }
            }
        })
    };
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db: IdbDatabase = request(&open).await?.unchecked_into();
    // A newer version of the app in another tab wants to upgrade: step aside (the next call opens
    // again). The browser closing the connection (storage cleared) is handled the same way.
    let step_aside = Closure::<dyn FnMut()>::new(forget_db).into_js_value();
    db.set_onversionchange(Some(step_aside.unchecked_ref()));
    db.set_onclose(Some(step_aside.unchecked_ref()));
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// A transaction on one object store; [`Tx::done`] waits until it is committed.
pub struct Tx {
    pub store: IdbObjectStore,
    done: JsFuture,
    _writing: Option<Writing>,
}

thread_local! {
    /// Read-write transactions begun and not yet finished (or failed to begin).
    static WRITING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Counts a read-write transaction from the moment it is asked for (opening the database may come
/// first) until it is dropped: committed, aborted, or never begun.
struct Writing;

impl Writing {
    fn new() -> Writing {
        WRITING.with(|w| w.set(w.get() + 1));
        Writing
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        WRITING.with(|w| w.set(w.get() - 1));
    }
}

/// Waits until no read-write transaction is under way (at most about five seconds), so that a
/// write asked for earlier cannot land after what follows (the tests' clean start).
pub async fn writes_done() {
    for _ in 0..250 {
        if WRITING.with(|w| w.get()) == 0 {
            return;
        }
        let pause = Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
            }
        });
        let _ = JsFuture::from(pause).await;
    }
}

/// Starts a transaction. Read-write ones are strict: `done` means written to disk.
pub async fn begin(store: &str, write: bool) -> Result<Tx, JsValue> {
    let (tx, done, writing) = start(&JsValue::from_str(store), write).await?;
    Ok(Tx {
        store: tx.object_store(store)?,
        done,
        _writing: writing,
    })
}

/// One transaction over several stores (a backup reads them all at once; a restore adds to them
/// all or to none).
pub struct Many {
    tx: IdbTransaction,
    done: JsFuture,
    _writing: Option<Writing>,
}

impl Many {
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, JsValue> {
        self.tx.object_store(name)
    }

    /// Undoes every write asked for in it: a write that could not even be asked must not leave the
    /// ones before it to commit when the transaction ends.
    pub fn abort(&self) {
        let _ = self.tx.abort();
    }

    /// Waits for the commit (or the abort, with its reason).
    pub async fn done(self) -> Result<(), JsValue> {
        self.done.await.map(|_| ())
    }
}

/// Starts one transaction over every store of the app.
pub async fn begin_all(write: bool) -> Result<Many, JsValue> {
    let names: js_sys::Array = STORES.iter().map(|s| JsValue::from_str(s)).collect();
    let (tx, done, writing) = start(&names, write).await?;
    Ok(Many {
        tx,
        done,
        _writing: writing,
    })
}

async fn start(stores: &JsValue, write: bool) -> Result<(IdbTransaction, JsFuture, Option<Writing>), JsValue> {
    let writing = write.then(Writing::new);
    let db = database().await?;
    let tx = match transaction_on(&db, stores, write) {
        Ok(tx) => tx,
        // The connection was closed under us (another tab upgraded, storage cleared): reopen once.
        Err(_) => {
            forget_db();
            transaction_on(&database().await?, stores, write)?
        }
    };
    let done = Promise::new(&mut |resolve, reject| {
        let complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        // The transaction from the event, not held by the handler: a handler holding it would keep
        // it (and the handler) for the page's life, a cycle through the app's memory.
        let failed = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            // The transaction itself: an error event's target is the request that failed.
            let error = e
                .current_target()
                .and_then(|t| t.dyn_into::<IdbTransaction>().ok())
                .and_then(|tx| tx.error())
                .map_or(JsValue::from_str("AbortError"), JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        })
        .into_js_value();
        tx.set_oncomplete(Some(complete.unchecked_ref()));
        tx.set_onabort(Some(failed.unchecked_ref()));
        tx.set_onerror(Some(failed.unchecked_ref()));
    });
    Ok((tx, JsFuture::from(done), writing))
}

impl Tx {
    /// Waits for the commit (or the abort, with its reason).
    pub async fn done(self) -> Result<(), JsValue> {
        self.done.await.map(|_| ())
    }
}

/// The text stored under `key` (a number or a text), if any.
pub async fn get_text(store: &IdbObjectStore, key: impl Into<JsValue>) -> Result<Option<String>, JsValue> {
    let value = request(&store.get(&key.into())?).await?;
    Ok((!value.is_undefined()).then(|| as_text(&value)))
}

/// A stored value as text. This app stores only text; anything else (an object, a number: not
/// written by it) becomes its JSON, which no reader accepts, so it is an unreadable record: kept as
/// it is and never written over, never taken for a record that is not there (issue 28).
pub fn as_text(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| {
        js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

/// Every key of a store, ascending.
pub async fn keys(store: &IdbObjectStore) -> Result<Vec<f64>, JsValue> {
    let keys: js_sys::Array = request(&store.get_all_keys()?).await?.unchecked_into();
    Ok(keys.iter().filter_map(|k| k.as_f64()).collect())
}

/// Every (key, text) of a store, by key.
pub async fn entries(store: &IdbObjectStore) -> Result<Vec<(f64, JsValue)>, JsValue> {
    let keys = keys(store).await?;
    let values: js_sys::Array = request(&store.get_all()?).await?.unchecked_into();
    Ok(keys.into_iter().zip(values.iter()).collect())
}

/// Every (text key, text) of a store, by key (numeric keys and values that are not text left out).
pub async fn named_texts(store: &IdbObjectStore) -> Result<Vec<(String, String)>, JsValue> {
    let keys: js_sys::Array = request(&store.get_all_keys()?).await?.unchecked_into();
    let values: js_sys::Array = request(&store.get_all()?).await?.unchecked_into();
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}
