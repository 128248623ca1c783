//! The shapes of what the browser keeps for the app, as storage writes them: a draft's record, a
//! recovery copy of a draft's unsaved version, a reviewer's kept file, and a file not yet on disk
//! when its tab was left. Storage reads and writes these; the backup ([`super::backup`]) reads them
//! too, to know what a record is and whether this version can read it. Not exchange formats: no
//! `format` header, no schema of their own (the backup carries them as their stored text).

use crate::domain::draft::RawDraft;
use serde::{Deserialize, Serialize};

/// A stored draft: the raw draft, its title, when it was saved and the revision every save
/// increments. Read leniently (`record::read_lenient`): fields a newer version wrote are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftRecord {
    pub revision: u64,
    /// Milliseconds since 1970 (the browser's clock).
    pub saved_at: f64,
    #[serde(default)]
    pub title: String,
    pub draft: RawDraft,
}

impl DraftRecord {
    /// The name the drafts page lists it by: its title, else its project's name (empty when it has
    /// neither).
    pub fn display_name(&self) -> String {
        if !self.title.trim().is_empty() {
            self.title.trim().to_string()
        } else {
            self.draft.project.name().trim().to_string()
        }
    }
}

/// A version of a draft that had not been saved when its tab was left (closed, reloaded), kept so
/// that it can be taken up again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// The stored draft it was an edit of; `None` when no draft could be stored (storage full).
    pub draft_id: Option<u64>,
    /// The stored revision the edit started from.
    pub base_revision: u64,
    /// When it was kept (ms since 1970).
    pub kept_at: f64,
    pub draft: RawDraft,
}

/// A file the reviewer keeps (an application opened, another reviewer's review file): its name,
/// its own text, and when it was kept (the order they are listed in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptFileRecord {
    pub source: String,
    pub text: String,
    /// Milliseconds since 1970 (the browser's clock).
    pub kept_at: f64,
}

/// A file opened or loaded into the panel in a tab left before it was on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingFile {
    /// An application opened (else a review file of the panel).
    pub opened: bool,
    pub key: String,
    pub source: String,
    pub text: String,
}

/// The largest id JavaScript numbers (IndexedDB keys) hold exactly.
pub const MAX_ID: u64 = (1 << 53) - 1;

/// A free draft id: one more than the largest taken, or (when that would leave the exact range) the
/// smallest free one.
pub fn free_id(taken: &[u64]) -> u64 {
    let largest = taken.iter().copied().max().unwrap_or(0);
    if largest < MAX_ID {
        return largest + 1;
    }
    let mut ids = taken.to_vec();
    ids.sort_unstable();
    let mut candidate = 1;
    for id in ids {
        if id > candidate {
            break;
        }
        candidate = id + 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_id_is_past_the_largest_or_the_smallest_gap_at_the_end_of_the_range() {
        assert_eq!(free_id(&[]), 1);
        assert_eq!(free_id(&[1, 2, 7]), 8);
        assert_eq!(free_id(&[1, 2, MAX_ID]), 3);
        assert_eq!(free_id(&[2, MAX_ID]), 1);
    }
}
