//! The ministry's workshop of the first phase (`ui::initiative::workshop`), kept in IndexedDB: store
//! `workshop`, one record under `"all"`: the initiative and interest files opened, each as its own
//! text (read again at the next load with the strict readers, so nothing is re-written), and the
//! workshop's choices (`Workshop`: joins, leads, titles, interests taken in). A write is one strict
//! read-write transaction: "kept" means on disk. A stored record this version cannot read is never
//! written over ([`SaveError::Damaged`]), so a newer version's workshop is not lost.
//!
//! Two tabs: a write names what the tab last read or wrote (its base) and is merged, inside the
//! transaction, with what is stored now ([`merge_kept`]): another tab's files and joins written
//! since are kept, not written over. Browsers run read-write transactions on one store one at a
//! time, across tabs, so no write comes between the read and the write.

use super::{classify, idb, SaveError};
use crate::domain::formats::reader::from_json;
use crate::domain::initiative::workshop::{merge, merge_list, Workshop};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The one record's key (a backup reads and restores it, as text).
pub(super) const KEY: &str = "all";

/// A file opened in the workshop: its name and its own text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkshopFile {
    pub source: String,
    pub text: String,
}

/// Everything the workshop keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KeptWorkshop {
    pub files: Vec<WorkshopFile>,
    pub workshop: Workshop,
}

/// What is kept (empty in a browser that has kept nothing); `Damaged` when the stored record
/// cannot be read (it is left as it is).
pub async fn load_workshop() -> Result<KeptWorkshop, SaveError> {
    let tx = idb::begin(idb::WORKSHOP, false).await.map_err(classify)?;
    match idb::get_text(&tx.store, KEY).await.map_err(classify)? {
        None => Ok(KeptWorkshop::default()),
        Some(text) => from_json(&text).map_err(|_| SaveError::Damaged),
    }
}

/// The workshop `stored` with this tab's changes from `base` (what it last read or wrote) to `mine`:
/// the files another tab added kept, the files this tab added added, the files this tab removed
/// removed (a file is its text); the choices merged by join id (`workshop::merge`).
pub fn merge_kept(base: &KeptWorkshop, mine: &KeptWorkshop, stored: &KeptWorkshop) -> KeptWorkshop {
    KeptWorkshop {
        files: merge_list(&base.files, &mine.files, &stored.files),
        workshop: merge(&base.workshop, &mine.workshop, &stored.workshop),
    }
}

/// Keeps this tab's workshop `mine`, merged with what is stored (this tab's `base` the common
/// ground, [`merge_kept`]), in one strict transaction; returns what was written. Refused
/// (`Damaged`, nothing written) where the stored record cannot be read.
pub async fn save_workshop(base: &KeptWorkshop, mine: &KeptWorkshop) -> Result<KeptWorkshop, SaveError> {
    let tx = idb::begin(idb::WORKSHOP, true).await.map_err(classify)?;
    let stored = match idb::get_text(&tx.store, KEY).await.map_err(classify)? {
        Some(text) => from_json::<KeptWorkshop>(&text).map_err(|_| SaveError::Damaged)?,
        None => KeptWorkshop::default(),
    };
    let merged = merge_kept(base, mine, &stored);
    let value = serde_json::to_string(&merged).map_err(|e| SaveError::Other(e.to_string()))?;
    tx.store
        .put_with_key(&JsValue::from_str(&value), &JsValue::from_str(KEY))
        .map_err(classify)?;
    tx.done().await.map_err(classify)?;
    Ok(merged)
}
