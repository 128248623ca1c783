//! The reviewer's assessment: a review's total over its call's criteria, and the browser's reviews
//! by application, merged with imported ones so that an import never replaces newer work.

use crate::domain::formats::review::Review;
use crate::domain::vocabulary::call::CallProfile;
use crate::domain::vocabulary::criteria::{Score, MAX_SCORE};
use std::collections::BTreeMap;

/// A review's total over the criteria of the application's call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    /// The sum of the scores given.
    pub points: u32,
    /// The most the criteria could give (3 per criterion).
    pub max: u32,
    pub scored: usize,
    pub criteria: usize,
}

impl Total {
    pub fn is_complete(&self) -> bool {
        self.scored == self.criteria
    }
}

/// The total of a review over its call's criteria. Marks for criteria the call does not list (a file
/// from elsewhere) are kept in the review but not counted.
pub fn total(review: &Review, call: &CallProfile) -> Total {
    let scores: Vec<u8> = call
        .criteria
        .iter()
        .filter_map(|r| review.marks.get(&r.criterion.id()).and_then(|m| m.score))
        .map(Score::value)
        .collect();
    Total {
        points: scores.iter().map(|&s| u32::from(s)).sum(),
        max: u32::from(MAX_SCORE) * call.criteria.len() as u32,
        scored: scores.len(),
        criteria: call.criteria.len(),
    }
}

/// Reviews by the fingerprint of their application.
pub fn by_application(reviews: Vec<Review>) -> BTreeMap<String, Review> {
    reviews
        .into_iter()
        .map(|r| (r.application.fingerprint.clone(), r))
        .collect()
}

/// What merging imported reviews did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Reviews of applications this browser had no review of.
    pub added: usize,
    /// Reviews that replaced an older one here.
    pub updated: usize,
    /// Imported reviews identical to, or older than, the one here (which is kept).
    pub kept: usize,
}

/// Merges imported reviews into the browser's, by application: a review is taken when there is none
/// here or it was changed later than the one here; otherwise the one here stays. Timestamps compare
/// as text, which orders RFC 3339 times in UTC correctly.
pub fn merge(here: &mut BTreeMap<String, Review>, imported: Vec<Review>) -> Merged {
    let mut merged = Merged::default();
    for review in imported {
        let key = review.application.fingerprint.clone();
        match here.get(&key) {
            None => {
                merged.added += 1;
                here.insert(key, review);
            }
            Some(mine) if mine != &review && review.updated_at > mine.updated_at => {
                merged.updated += 1;
                here.insert(key, review);
            }
            Some(_) => merged.kept += 1,
        }
    }
    merged
}
