//! The change requests the ministry has opened on the follow-up's page and the decisions it is
//! making on them (`reviewer::change_decision::RawDeciding`, as typed), so that a reload loses no
//! work: one localStorage record ([`KEY`]), written whole, synchronously, on every change (a few
//! requests' worth of text: localStorage is enough and a failure is known at once). Read strictly:
//! a stored record this version cannot read is left as it is and never written over
//! ([`SaveError::Damaged`]); the page says so.

use super::local::{local, read_record, LocalRecord};
use super::SaveError;
use crate::domain::formats::reader::from_json;
use crate::domain::reviewer::change_decision::RawDeciding;

/// The record's key (cleared with the app's other `hakemus.` keys).
pub(super) const KEY: &str = "hakemus.follow-up.change-decisions.v1";

/// What the start found.
pub type Loaded = LocalRecord<Vec<RawDeciding>>;

/// The stored record.
pub fn load() -> Loaded {
    read_record(KEY)
}

/// Writes the record whole; never over a stored record this version cannot read.
pub fn save(kept: &[RawDeciding]) -> Result<(), SaveError> {
    let s = local()?;
    if let Some(stored) = s.get_item(KEY).ok().flatten() {
        if from_json::<Vec<RawDeciding>>(&stored).is_err() {
            return Err(SaveError::Damaged);
        }
    }
    let text = serde_json::to_string(kept).map_err(|e| SaveError::Other(e.to_string()))?;
    s.set_item(KEY, &text).map_err(|_| SaveError::Quota)
}
