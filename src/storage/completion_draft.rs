//! The completion requests the ministry is writing on the follow-up's grant pages
//! (`reviewer::follow_up::CompletionDrafts`: per grant and received report, the request as typed),
//! so that a reload, or leaving the page, loses no work (docs/rules.md §12.4.1): one localStorage
//! record ([`KEY`]), written on every change, synchronously, as the change decisions in progress are
//! (`storage::change_decisions`).
//!
//! **Why beside the follow-up record, not in it.** The follow-up's record (`storage::follow_up`)
//! holds the reports received as their text, megabytes, so it is written only when changes pause and
//! a save can meet another tab's (a conflict); a draft typed into it would wait for the pause and
//! could be lost with a refused save, and its file format (`hakemus-follow-up`, with a committed
//! schema and a version other builds read) would carry what is only being typed. A record of its
//! own is a few lines of text, written whole at each keystroke, and a failure is known at once.
//!
//! Each write reads the stored record first and changes only the one report's draft, so two forms
//! (two reports, two tabs) keep each other's. The record is read strictly: one this version cannot
//! read is left as it is and never written over ([`SaveError::Damaged`]); the page says so. When no
//! draft is left the key is removed, so a browser holding none has nothing stored (and a backup
//! carries nothing).

use super::local::{local, read_record, LocalRecord};
use super::SaveError;
use crate::domain::draft::LineId;
use crate::domain::formats::reader::from_json;
use crate::domain::reviewer::follow_up::{CompletionDraft, CompletionDrafts};

/// The record's key (cleared with the app's other `hakemus.` keys).
pub(super) const KEY: &str = "hakemus.follow-up.completion-drafts.v1";

/// What the start found.
pub type Loaded = LocalRecord<CompletionDrafts>;

/// The stored record.
pub fn load() -> Loaded {
    read_record(KEY)
}

/// Keeps `draft` as the request being written about report `report` of grant `grant` (an empty one
/// takes it out: a request sent), the other drafts as stored; never over a stored record this
/// version cannot read.
pub fn keep(grant: &str, report: LineId, draft: &CompletionDraft) -> Result<(), SaveError> {
    let s = local()?;
    let mut kept = match s.get_item(KEY).ok().flatten() {
        None => CompletionDrafts::default(),
        Some(stored) => from_json::<CompletionDrafts>(&stored).map_err(|_| SaveError::Damaged)?,
    };
    kept.set(grant, report, draft.clone());
    if kept.is_empty() {
        return s.remove_item(KEY).map_err(|_| SaveError::Unavailable);
    }
    let text = serde_json::to_string(&kept).map_err(|e| SaveError::Other(e.to_string()))?;
    s.set_item(KEY, &text).map_err(|_| SaveError::Quota)
}
