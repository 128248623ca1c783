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

/// One review of the reviewer's own file (from another browser) that would replace the one here:
/// the file's is newer and differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    pub here: Review,
    pub file: Review,
}

/// What importing the reviewer's own file would do, worked out before anything changes, so that
/// the page can ask before a review here is replaced (issue 27).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// Reviews of applications with no review here: taken without asking.
    pub added: Vec<Review>,
    /// Newer reviews in the file that would replace the one here: taken only when the reviewer says so.
    pub replacing: Vec<Replacement>,
    /// Reviews in the file identical to, or older than, the one here: never taken.
    pub kept: usize,
}

/// Compares the imported reviews with the ones here, by application, changing nothing (the same
/// choice as [`merge`], split into what it adds and what it replaces).
pub fn plan(here: &BTreeMap<String, Review>, imported: Vec<Review>) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for review in imported {
        match here.get(&review.application.fingerprint) {
            None => plan.added.push(review),
            Some(mine) if mine != &review && review.updated_at > mine.updated_at => plan.replacing.push(Replacement {
                here: mine.clone(),
                file: review,
            }),
            Some(_) => plan.kept += 1,
        }
    }
    plan
}

/// Carries out an import plan: adds its new reviews and, when `replace`, puts the file's newer ones
/// in place of those here. Returns what it did and the reviews it replaced (to keep them, so that
/// the reviewer can restore them: [`restore`]).
pub fn apply(here: &mut BTreeMap<String, Review>, plan: ImportPlan, replace: bool) -> (Merged, Vec<Review>) {
    let mut merged = Merged {
        kept: plan.kept,
        ..Merged::default()
    };
    for review in plan.added {
        if !here.contains_key(&review.application.fingerprint) {
            merged.added += 1;
            here.insert(review.application.fingerprint.clone(), review);
        } else {
            merged.kept += 1;
        }
    }
    let mut replaced = Vec::new();
    for Replacement { here: before, file } in plan.replacing {
        let key = file.application.fingerprint.clone();
        // Only over the review the plan was made against: one changed since stays.
        if replace && here.get(&key) == Some(&before) {
            merged.updated += 1;
            here.insert(key, file);
            replaced.push(before);
        } else {
            merged.kept += 1;
        }
    }
    (merged, replaced)
}

/// Adds reviews just replaced to the copy kept of the replaced ones. The copy keeps the earliest
/// version of each application (the reviewer's own, before any import replaced it).
pub fn keep_replaced(copy: &mut BTreeMap<String, Review>, replaced: Vec<Review>) {
    for r in replaced {
        copy.entry(r.application.fingerprint.clone()).or_insert(r);
    }
}

/// The copy of replaced reviews to store when this tab changed its copy from `base` (the copy as it
/// last read or wrote it) to `mine`, and `stored` is the copy stored now: what the tab forgot (in
/// `base`, not in `mine`) is forgotten; what it keeps is kept, the version stored first winning as in
/// [`keep_replaced`]; and what another tab, or the restore of a backup, stored since the tab read the
/// copy is kept too, not written over.
pub fn merge_replaced(
    base: &BTreeMap<String, Review>,
    mine: &BTreeMap<String, Review>,
    stored: &BTreeMap<String, Review>,
) -> BTreeMap<String, Review> {
    let mut merged: BTreeMap<String, Review> = stored
        .iter()
        .filter(|(key, _)| !base.contains_key(*key) || mine.contains_key(*key))
        .map(|(key, review)| (key.clone(), review.clone()))
        .collect();
    for (key, review) in mine {
        merged.entry(key.clone()).or_insert_with(|| review.clone());
    }
    merged
}

/// Puts the kept copies back in place of the reviews here, each as changed `now` (a restore is a
/// change: saved, and merged with other tabs, it must win over the review it replaces). Returns how
/// many were restored.
pub fn restore(here: &mut BTreeMap<String, Review>, copy: &BTreeMap<String, Review>, now: &str) -> usize {
    for (key, review) in copy {
        let mut review = review.clone();
        review.updated_at = now.to_string();
        here.insert(key.clone(), review);
    }
    copy.len()
}

/// What of a review a clash is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// One criterion's mark (score and reason), by criterion id.
    Mark(String),
    /// The overall note.
    Summary,
    /// The declaration of a conflict of interest.
    Conflict,
    /// The whole review (the two versions cannot be combined: one declares a conflict of interest,
    /// the other gives scores).
    Whole,
}

/// A part of a review that this tab and another changed differently since this tab last read the
/// stored reviews: the stored (other) version stays stored, this tab's is kept beside it, and the
/// page says so and lets the reviewer choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub fingerprint: String,
    pub part: Part,
    /// This tab's review of the application, whole (the part's value in it is this tab's).
    pub mine: Review,
    /// The stored review of the application, whole (the part's value in it is the other's).
    pub theirs: Review,
}

/// Combines one part three ways: a side that did not change it since `base` takes the other
/// side's; both changed it alike: that; both changed it differently: `None` (a clash).
fn three_way<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Option<T> {
    if mine == base || mine == theirs {
        Some(theirs.clone())
    } else if theirs == base {
        Some(mine.clone())
    } else {
        None
    }
}

/// Merges this tab's reviews (`mine`) into the stored ones (`theirs`), both changed since the tab
/// read `base`: per application and, where both changed the same review, per criterion (and the
/// overall note, and the declared conflict of interest). Nothing depends on a clock: a part is
/// this tab's change when it differs from what the tab read. Returns what to store and the clashes
/// (the stored version kept stored, this tab's returned with it). Reviews are never removed.
pub fn merge_three(
    base: &BTreeMap<String, Review>,
    mine: &BTreeMap<String, Review>,
    theirs: &BTreeMap<String, Review>,
) -> (BTreeMap<String, Review>, Vec<Clash>) {
    let mut out = theirs.clone();
    let mut clashes = Vec::new();
    for (key, m) in mine {
        let Some(t) = theirs.get(key) else {
            // Not stored (new, or removed elsewhere): this tab's stays.
            out.insert(key.clone(), m.clone());
            continue;
        };
        let b = base
            .get(key)
            .cloned()
            .unwrap_or_else(|| Review::new(m.application.clone()));
        if m == t || *m == b {
            continue; // the stored one already is, or has all of, this tab's
        }
        if *t == b {
            out.insert(key.clone(), m.clone());
            continue;
        }
        let mut merged = t.clone();
        let mut parts = Vec::new();
        let ids: std::collections::BTreeSet<&String> =
            b.marks.keys().chain(m.marks.keys()).chain(t.marks.keys()).collect();
        for id in ids {
            let get = |r: &Review| r.marks.get(id).cloned();
            match three_way(&get(&b), &get(m), &get(t)) {
                Some(Some(mark)) => {
                    merged.marks.insert(id.clone(), mark);
                }
                Some(None) => {
                    merged.marks.remove(id);
                }
                None => parts.push(Part::Mark(id.clone())), // stays as stored
            }
        }
        match three_way(&b.summary, &m.summary, &t.summary) {
            Some(s) => merged.summary = s,
            None => parts.push(Part::Summary),
        }
        match three_way(&b.conflict, &m.conflict, &t.conflict) {
            Some(c) => merged.conflict = c,
            None => parts.push(Part::Conflict),
        }
        if merged.conflict.is_some() && merged.has_scores() {
            // A declaration of one side over the other's scores: neither is combined with the other.
            merged = t.clone();
            parts = vec![Part::Whole];
        }
        merged.updated_at = m.updated_at.clone().max(t.updated_at.clone());
        clashes.extend(parts.into_iter().map(|part| Clash {
            fingerprint: key.clone(),
            part,
            mine: m.clone(),
            theirs: t.clone(),
        }));
        out.insert(key.clone(), merged);
    }
    (out, clashes)
}

/// Takes this tab's side of a clash into `review` (the review as it is now): the part as this tab
/// had it. Returns whether the review changed.
pub fn take_mine(review: &mut Review, clash: &Clash, now: &str) -> bool {
    let before = review.clone();
    match &clash.part {
        Part::Mark(id) => match clash.mine.marks.get(id) {
            Some(mark) => {
                review.marks.insert(id.clone(), mark.clone());
            }
            None => {
                review.marks.remove(id);
            }
        },
        Part::Summary => review.summary.clone_from(&clash.mine.summary),
        Part::Conflict => {
            review.conflict.clone_from(&clash.mine.conflict);
            if review.conflict.is_some() {
                for mark in review.marks.values_mut() {
                    mark.score = None;
                }
                review.marks.retain(|_, m| !m.is_empty());
            }
        }
        Part::Whole => *review = clash.mine.clone(),
    }
    if review.conflict.is_some() && review.has_scores() {
        *review = before;
        return false;
    }
    let changed = *review != before;
    if changed {
        review.updated_at = now.to_string();
    }
    changed
}
