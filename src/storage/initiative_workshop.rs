//! The ministry's workshop of the first phase (`ui::initiative::workshop`), kept in IndexedDB: store
//! `workshop`, one record under `"all"`: the initiative and interest files opened, each as its own
//! text (read again at the next load with the strict readers, so nothing is re-written), and the
//! workshop's choices (`Workshop`: joins, leads, titles, interests taken in). A write is one strict
//! read-write transaction: "kept" means on disk. A stored record this version cannot read is never
//! written over ([`SaveError::Damaged`]), so a newer version's workshop is not lost.

use super::{classify, idb, SaveError};
use crate::domain::formats::reader::from_json;
use crate::domain::initiative::workshop::Workshop;
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

/// Keeps `kept` in place of what was kept, in one strict transaction; refused (`Damaged`, nothing
/// written) where the stored record cannot be read.
pub async fn save_workshop(kept: &KeptWorkshop) -> Result<(), SaveError> {
    let value = serde_json::to_string(kept).map_err(|e| SaveError::Other(e.to_string()))?;
    let tx = idb::begin(idb::WORKSHOP, true).await.map_err(classify)?;
    if let Some(stored) = idb::get_text(&tx.store, KEY).await.map_err(classify)? {
        if from_json::<KeptWorkshop>(&stored).is_err() {
            return Err(SaveError::Damaged);
        }
    }
    tx.store
        .put_with_key(&JsValue::from_str(&value), &JsValue::from_str(KEY))
        .map_err(classify)?;
    tx.done().await.map_err(classify)
}
