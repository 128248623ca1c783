//! The reviewers' panel: several reviewers' reviews of the same applications side by side. Per
//! application, each reviewer's total (over the call's criteria, [`assessment::total`]), whether it
//! is complete and who stood aside (a declared conflict of interest, esteellisyys); the mean of the
//! complete totals, exact, and the spread; per criterion each reviewer's score and reasons, and
//! whether they disagree (two points or more apart). Also: which applications the reviewer's own
//! municipality takes part in, the scores given without reasons, and blind mode's rule.
//!
//! The reviewer's own reviews are one member of the panel like any other (the caller puts them in).
//! Pure, no floats: a mean is a `rust_decimal::Decimal`.

use crate::domain::draft::{ApplicantKind, RawDraft};
use crate::domain::formats::review::{Mark, Review, Reviewer};
use crate::domain::reviewer::assessment::{self, Total};
use crate::domain::rules::applicants::resolve_municipality;
use crate::domain::vocabulary::call::{self, CallProfile};
use crate::domain::vocabulary::criteria::Criterion;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Scores this far apart or more on one criterion are a disagreement.
pub const DISAGREEMENT: u8 = 2;

/// One reviewer of the panel and their reviews, by application fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Member {
    pub reviewer: Reviewer,
    pub reviews: BTreeMap<String, Review>,
}

/// Whether a review file's reviewer is the reviewer of this browser (`own`): the same name, ignoring
/// case and surrounding spaces, and no other organisation or municipality where both say one. Such
/// a file is the reviewer's own work (say, exported from another browser), not another member of
/// the panel: added as one, every review of it would count twice in the mean. An unnamed reviewer
/// is nobody's own.
pub fn is_own(own: &Reviewer, file: &Reviewer) -> bool {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let neither_differs = |a: &str, b: &str| a.trim().is_empty() || b.trim().is_empty() || same(a, b);
    !own.name.trim().is_empty()
        && same(&own.name, &file.name)
        && neither_differs(&own.organisation, &file.organisation)
        && match (&own.municipality, &file.municipality) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
}

/// Whose a review file is, for the reviewer of this browser (`own`) importing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The reviewer's own ([`is_own`]), or neither names a reviewer: the reviewer's own work from
    /// another browser (or a backup), imported into their own assessments.
    Own,
    /// Another reviewer's: it belongs in the panel, never over the reviewer's own assessments.
    Other,
    /// One of the two names a reviewer and the other does not: the reviewer is asked.
    Unsure,
}

/// Whose the review file of `file` (the reviewer the file names, if any) is.
pub fn whose(own: &Reviewer, file: Option<&Reviewer>) -> Whose {
    let named = |r: &Reviewer| !r.name.trim().is_empty();
    match (named(own), file.filter(|f| named(f))) {
        (true, Some(f)) if is_own(own, f) => Whose::Own,
        (true, Some(_)) => Whose::Other,
        (false, None) => Whose::Own,
        _ => Whose::Unsure,
    }
}

/// The key a panel member's file is kept under: the reviewer's name (trimmed, lower case), so that
/// a later file of the same reviewer replaces the earlier and nobody is shown twice; the file's name
/// for a file that names no reviewer.
pub fn member_key(file: &Reviewer, source: &str) -> String {
    let name = file.name.trim().to_lowercase();
    if name.is_empty() {
        format!("file:{source}")
    } else {
        format!("name:{name}")
    }
}

/// Where one reviewer stands on one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// No review of it (or one without any score and no conflict).
    NotReviewed,
    /// A conflict of interest declared, with its reason.
    StoodAside { reason: String },
    /// Scored, in part or in full.
    Scored(Total),
}

impl Standing {
    /// The total when every criterion is scored.
    pub fn complete_total(&self) -> Option<u32> {
        match self {
            Standing::Scored(t) if t.is_complete() => Some(t.points),
            _ => None,
        }
    }
}

/// Where a review leaves its reviewer on an application of `call`.
pub fn standing(review: Option<&Review>, call: &CallProfile) -> Standing {
    match review {
        Some(r) if r.conflict.is_some() => Standing::StoodAside {
            reason: r.conflict.as_ref().map(|c| c.reason.clone()).unwrap_or_default(),
        },
        Some(r) => {
            let t = assessment::total(r, call);
            if t.scored == 0 {
                Standing::NotReviewed
            } else {
                Standing::Scored(t)
            }
        }
        None => Standing::NotReviewed,
    }
}

/// One criterion of one application across the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionRow {
    pub criterion: Criterion,
    /// Per member (in the panel's order): the mark, `None` when the member gave none or stood aside.
    pub marks: Vec<Option<Mark>>,
    /// Highest minus lowest score given; `None` when nobody scored it.
    pub spread: Option<u8>,
    /// Two reviewers' scores are [`DISAGREEMENT`] points or more apart.
    pub disagrees: bool,
}

/// One application across the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationPanel {
    /// Per member, in the panel's order.
    pub standings: Vec<Standing>,
    /// The mean of the complete totals (members who stood aside or did not finish are not counted).
    pub mean: Option<Decimal>,
    /// Highest minus lowest complete total.
    pub spread: Option<u32>,
    /// The call's criteria in the rubric's order.
    pub criteria: Vec<CriterionRow>,
}

impl ApplicationPanel {
    /// How many members stood aside.
    pub fn stood_aside(&self) -> usize {
        self.standings
            .iter()
            .filter(|s| matches!(s, Standing::StoodAside { .. }))
            .count()
    }
}

/// The mean of whole totals, exact as `Decimal` divides (28 significant digits; a display rounds it).
pub fn mean(totals: &[u32]) -> Option<Decimal> {
    if totals.is_empty() {
        return None;
    }
    let sum: Decimal = totals.iter().map(|&t| Decimal::from(t)).sum();
    sum.checked_div(Decimal::from(totals.len()))
}

/// The panel's view of the application `fingerprint` of `call`.
pub fn application(members: &[Member], fingerprint: &str, call: &CallProfile) -> ApplicationPanel {
    let reviews: Vec<Option<&Review>> = members.iter().map(|m| m.reviews.get(fingerprint)).collect();
    let standings: Vec<Standing> = reviews.iter().map(|r| standing(*r, call)).collect();
    let complete: Vec<u32> = standings.iter().filter_map(Standing::complete_total).collect();
    let spread = complete.iter().max().zip(complete.iter().min()).map(|(a, b)| a - b);
    let criteria = call
        .criteria
        .iter()
        .map(|rule| {
            let c = rule.criterion;
            let marks: Vec<Option<Mark>> = reviews
                .iter()
                .map(|r| {
                    r.filter(|r| r.conflict.is_none())
                        .map(|r| r.mark(c))
                        .filter(|m| !m.is_empty())
                })
                .collect();
            let scores: Vec<u8> = marks
                .iter()
                .flatten()
                .filter_map(|m| m.score)
                .map(|s| s.value())
                .collect();
            let spread = scores.iter().max().zip(scores.iter().min()).map(|(a, b)| a - b);
            CriterionRow {
                criterion: c,
                marks,
                spread,
                disagrees: spread.is_some_and(|s| s >= DISAGREEMENT),
            }
        })
        .collect();
    ApplicationPanel {
        mean: mean(&complete),
        spread,
        standings,
        criteria,
    }
}

/// The mean of the panel's complete totals per application: for the funding decision. `applications`
/// gives each application's fingerprint and call; an application no member has completed maps to
/// `None`.
pub fn mean_totals<'a>(
    members: &[Member],
    applications: impl IntoIterator<Item = (&'a str, &'a CallProfile)>,
) -> BTreeMap<String, Option<Decimal>> {
    applications
        .into_iter()
        .map(|(fp, call)| (fp.to_string(), application(members, fp, call).mean))
        .collect()
}

/// The applicants of `draft` that are the reviewer's own municipality (by register code), as their
/// positions in the list of applicants (0 is the lead). Empty when the reviewer's organisation is
/// not a municipality of the register.
pub fn own_municipality_applies(reviewer: &Reviewer, draft: &RawDraft) -> Vec<usize> {
    let Some(code) = reviewer.municipality.as_deref() else {
        return Vec::new();
    };
    draft
        .applicants
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ApplicantKind::Municipality)
        .filter(|(_, a)| resolve_municipality(&a.municipality).is_some_and(|m| m.code == code))
        .map(|(i, _)| i)
        .collect()
}

/// The applications (fingerprints) among `applications` that the reviewer's municipality applies in.
pub fn own_municipality_applications<'a>(
    reviewer: &Reviewer,
    applications: impl IntoIterator<Item = (&'a str, &'a RawDraft)>,
) -> Vec<String> {
    applications
        .into_iter()
        .filter(|(_, d)| !own_municipality_applies(reviewer, d).is_empty())
        .map(|(fp, _)| fp.to_string())
        .collect()
}

/// A score given without a reason (the note empty or blank).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreasoned {
    pub fingerprint: String,
    /// The application's project, as the review names it (for a list people read).
    pub project: String,
    pub criterion: Criterion,
}

/// Every score without a reason in `reviews`, by application, each in its call's order (criteria
/// the call does not list after them, by id).
pub fn unreasoned<'a>(reviews: impl IntoIterator<Item = &'a Review>) -> Vec<Unreasoned> {
    let mut out = Vec::new();
    for r in reviews {
        let order: Vec<Criterion> = call::by_id(&r.application.call)
            .map(|c| c.criteria.iter().map(|x| x.criterion).collect())
            .unwrap_or_default();
        let mut missing: Vec<Criterion> = r
            .marks
            .iter()
            .filter(|(_, m)| m.score.is_some() && m.note.trim().is_empty())
            .filter_map(|(k, _)| Criterion::from_id(k))
            .collect();
        missing.sort_by_key(|c| (order.iter().position(|x| x == c).unwrap_or(usize::MAX), c.id()));
        out.extend(missing.into_iter().map(|criterion| Unreasoned {
            fingerprint: r.application.fingerprint.clone(),
            project: r.application.project.clone(),
            criterion,
        }));
    }
    out
}

/// Whether the reviewer's own scoring of an application is done: every criterion of its call scored,
/// or a conflict declared.
pub fn own_scoring_done(own: Option<&Review>, call: &CallProfile) -> bool {
    match own {
        Some(r) if r.conflict.is_some() => true,
        Some(r) => assessment::total(r, call).is_complete(),
        None => false,
    }
}

/// Blind mode's rule: with it on, the other reviewers' scores of an application stay hidden until
/// the reviewer's own scoring of it is done ([`own_scoring_done`]); with it off, they show.
pub fn others_visible(blind: bool, own: Option<&Review>, call: &CallProfile) -> bool {
    !blind || own_scoring_done(own, call)
}
