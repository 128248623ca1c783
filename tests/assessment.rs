//! The reviewer's assessment: fingerprints, the rubric's total, and the review file read strictly.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::formats::application::{self, fingerprint};
use hakemus::domain::formats::reader::Problem;
use hakemus::domain::formats::review::{self, ApplicationRef, Mark, Review};
use hakemus::domain::reviewer::assessment::{self, merge, Merged};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::criteria::{Criterion, Score, MAX_SCORE};
use hakemus::domain::vocabulary::locale::Lang;
use serde_json::{json, Value};
use std::collections::BTreeMap;

mod common;

const AT: &str = "2026-11-23T09:00:00Z";

fn review_of(fp: &str) -> Review {
    Review::new(ApplicationRef {
        fingerprint: fp.into(),
        call: call::DEFAULT_CALL.into(),
        lead: "Kaarinan kaupunki".into(),
        project: "Yhteinen asiointialusta".into(),
        source: "hakemus.json".into(),
    })
}

fn fp(c: char) -> String {
    std::iter::repeat_n(c, 64).collect()
}

fn mark(score: u8, note: &str) -> Mark {
    Mark {
        score: Score::new(score),
        note: note.into(),
    }
}

#[test]
fn the_fingerprint_names_the_application_not_the_file_or_language() {
    let draft = common::complete_application();
    let file_a = application::to_json(&application::export(&draft, "2020-01-01T00:00:00Z"));
    let file_b = application::to_json(&application::export(&draft, AT));
    assert_ne!(file_a, file_b);
    let in_finnish = application::import(file_a.as_bytes(), Lang::Fi).unwrap().draft;
    let in_english = application::import(file_b.as_bytes(), Lang::En).unwrap().draft;
    // The fields read back differ by language (1 200,00 / 1,200.00) …
    assert_ne!(in_finnish, in_english);
    // … but the application is the same one.
    assert_eq!(fingerprint(&in_finnish), fingerprint(&in_english));
    assert_eq!(fingerprint(&in_finnish), fingerprint(&draft));
    assert_eq!(fingerprint(&draft).len(), 64);

    let mut changed = draft.clone();
    changed.project.summary.push('.');
    assert_ne!(fingerprint(&changed), fingerprint(&draft));
}

#[test]
fn the_total_counts_the_calls_criteria_only() {
    let joint = call::by_id(call::DEFAULT_CALL).unwrap();
    let knowledge = call::by_id("vm-2019-tiedolla-johtaminen").unwrap();
    let mut r = review_of(&fp('a'));
    let t = assessment::total(&r, joint);
    assert_eq!((t.points, t.max, t.scored, t.criteria), (0, 39, 0, 13));
    r.set_mark(Criterion::SocialEconomicImpact, mark(3, "Selkeä"), AT);
    r.set_mark(Criterion::Feasibility, mark(1, ""), AT);
    r.set_mark(Criterion::Measures, mark(0, ""), AT);
    r.set_mark(
        Criterion::StrategyLink,
        Mark {
            score: None,
            note: "Kysy lisää".into(),
        },
        AT,
    );
    let t = assessment::total(&r, joint);
    // Measures is call I's criterion, not the joint call's: kept, not counted.
    assert_eq!((t.points, t.max, t.scored, t.criteria), (4, 39, 2, 13));
    assert!(!t.is_complete());
    // Feasibility is not a criterion of the knowledge-management call: kept, not counted.
    let t = assessment::total(&r, knowledge);
    assert_eq!((t.points, t.max, t.scored), (3, 30, 2));
    // An emptied mark is removed, so the criterion is unscored again.
    r.set_mark(Criterion::Measures, Mark::default(), AT);
    assert!(!r.marks.contains_key("measures"));
    assert_eq!(assessment::total(&r, knowledge).scored, 1);
}

#[test]
fn a_full_review_scores_every_criterion() {
    let joint = call::by_id(call::DEFAULT_CALL).unwrap();
    let mut r = review_of(&fp('b'));
    for c in Criterion::ALL {
        r.set_mark(c, mark(MAX_SCORE, ""), AT);
    }
    let t = assessment::total(&r, joint);
    assert!(t.is_complete());
    assert_eq!(t.points, t.max);
}

#[test]
fn reviews_round_trip_through_their_file() {
    let mut a = review_of(&fp('a'));
    a.set_mark(
        Criterion::NoOtherGrant,
        mark(2, "Ei muuta rahoitusta; \"lainaus\"\nrivi"),
        AT,
    );
    a.set_summary("Puollan.".into(), AT);
    let b = review_of(&fp('0'));
    let text = review::export([&a, &b], AT);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "hakemus-review");
    assert_eq!(v["schema_version"], 2);
    // Ordered by fingerprint, scores as numbers, criteria by their published ids.
    assert_eq!(v["reviews"][0]["application"]["fingerprint"], fp('0'));
    assert_eq!(v["reviews"][1]["marks"]["no-other-grant"]["score"], 2);
    let back = review::import(text.as_bytes()).unwrap();
    assert_eq!(back, vec![b, a]);
}

fn file(reviews: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "format": "hakemus-review",
        "schema_version": 1,
        "exported_at": AT,
        "reviews": reviews,
    }))
    .unwrap()
}

fn one(marks: Value) -> Value {
    json!([{
        "application": { "fingerprint": fp('c'), "call": call::DEFAULT_CALL },
        "marks": marks,
        "updated_at": AT,
    }])
}

#[test]
fn a_review_file_is_read_strictly_and_says_where() {
    let err = |bytes: &[u8]| review::import(bytes).unwrap_err();

    let e = err(&file(one(json!({ "feasibility": { "score": 4 } }))));
    assert_eq!(e.path.as_deref(), Some("reviews[0].marks.feasibility.score"));
    assert!(
        matches!(e.problem, Problem::Invalid { ref detail } if detail.contains("0 to 3")),
        "{e:?}"
    );

    let e = err(&file(one(json!({ "beauty": { "score": 1 } }))));
    assert_eq!(e.path.as_deref(), Some("reviews[0].marks.beauty"));

    let e = err(&file(one(json!({ "feasibility": { "score": 1, "grade": "A" } }))));
    assert_eq!(e.problem, Problem::UnknownField);

    let mut twice = one(json!({}));
    let first = twice[0].clone();
    twice.as_array_mut().unwrap().push(first);
    let e = err(&file(twice));
    assert_eq!(e.path.as_deref(), Some("reviews[1].application.fingerprint"));

    let mut bad = one(json!({}));
    bad[0]["application"]["fingerprint"] = json!("ABC");
    assert_eq!(
        err(&file(bad)).path.as_deref(),
        Some("reviews[0].application.fingerprint")
    );

    let mut unknown_call = one(json!({}));
    unknown_call[0]["application"]["call"] = json!("vm-2030");
    assert!(matches!(err(&file(unknown_call)).problem, Problem::UnknownCall { .. }));

    // An application file is not a review file, and vice versa.
    let application = application::to_json(&application::export(&common::complete_application(), AT));
    assert_eq!(
        err(application.as_bytes()).problem,
        Problem::NotAnExport {
            expected: "hakemus-review"
        }
    );
    let reviews = review::export([&review_of(&fp('d'))], AT);
    assert_eq!(
        application::import(reviews.as_bytes(), Lang::Fi).unwrap_err().problem,
        Problem::NotAnExport {
            expected: "hakemus-application"
        }
    );

    let mut newer: Value = serde_json::from_slice(&file(json!([]))).unwrap();
    newer["schema_version"] = json!(3);
    let e = err(&serde_json::to_vec(&newer).unwrap());
    assert_eq!(e.problem, Problem::NewerVersion { found: 3, reads: 2 });
    assert_eq!(
        err(b"{\"format\":\"hakemus-review\",\"format\":\"x\"}").problem,
        Problem::DuplicateKey { key: "format".into() }
    );
    assert_eq!(err(b"").problem, Problem::Empty);
}

#[test]
fn merging_takes_the_later_review_and_never_an_older_one() {
    let mut here: BTreeMap<String, Review> = BTreeMap::new();
    let mut mine = review_of(&fp('a'));
    mine.set_mark(Criterion::Measures, mark(2, "oma"), "2026-11-23T10:00:00Z");
    here.insert(fp('a'), mine.clone());

    let mut older = mine.clone();
    older.set_mark(Criterion::Measures, mark(0, "vanha"), "2026-11-22T10:00:00Z");
    let mut newer = mine.clone();
    newer.set_mark(Criterion::Measures, mark(3, "uusi"), "2026-11-24T10:00:00Z");
    let other = review_of(&fp('b'));

    assert_eq!(
        merge(&mut here, vec![older, other.clone()]),
        Merged {
            added: 1,
            updated: 0,
            kept: 1
        }
    );
    assert_eq!(here[&fp('a')], mine);
    assert_eq!(
        merge(&mut here, vec![newer.clone(), other]),
        Merged {
            added: 0,
            updated: 1,
            kept: 1
        }
    );
    assert_eq!(here[&fp('a')], newer);
    assert_eq!(here.len(), 2);
}

/// Issue 27: the reviewer's own file from another browser. Reviews new here are added; a newer one
/// replaces the one here only when the reviewer says so, and what it replaced can be put back.
#[test]
fn an_import_asks_before_replacing_and_what_it_replaced_can_be_restored() {
    let mut here: BTreeMap<String, Review> = BTreeMap::new();
    let mut mine = review_of(&fp('a'));
    mine.set_mark(Criterion::Measures, mark(2, "oma"), "2026-11-23T10:00:00Z");
    here.insert(fp('a'), mine.clone());
    let mut same = review_of(&fp('c'));
    same.set_mark(Criterion::Measures, mark(1, "sama"), "2026-11-23T10:00:00Z");
    here.insert(fp('c'), same.clone());

    let mut newer = mine.clone();
    newer.set_mark(
        Criterion::Measures,
        mark(3, "toisesta selaimesta"),
        "2026-11-24T10:00:00Z",
    );
    let mut new_here = review_of(&fp('b'));
    new_here.set_mark(Criterion::Measures, mark(1, "uusi"), "2026-11-24T10:00:00Z");
    let mut older = same.clone();
    older.set_mark(Criterion::Measures, mark(0, "vanha"), "2026-11-20T10:00:00Z");

    // The plan changes nothing and names what would be replaced, with both versions.
    let before = here.clone();
    let plan = assessment::plan(&here, vec![newer.clone(), new_here.clone(), older]);
    assert_eq!(here, before);
    assert_eq!(plan.added, vec![new_here.clone()]);
    assert_eq!(plan.kept, 1, "the older one is never taken");
    assert_eq!(plan.replacing.len(), 1);
    assert_eq!((&plan.replacing[0].here, &plan.replacing[0].file), (&mine, &newer));

    // Declined: only the new one comes in; nothing here is replaced.
    let mut declined = here.clone();
    let (merged, replaced) = assessment::apply(&mut declined, plan.clone(), false);
    assert_eq!(
        merged,
        Merged {
            added: 1,
            updated: 0,
            kept: 2
        }
    );
    assert!(replaced.is_empty());
    assert_eq!(declined[&fp('a')], mine);
    assert_eq!(declined[&fp('b')], new_here);

    // Taken: the newer one replaces, and the one it replaced is returned to be kept.
    let (merged, replaced) = assessment::apply(&mut here, plan.clone(), true);
    assert_eq!(
        merged,
        Merged {
            added: 1,
            updated: 1,
            kept: 1
        }
    );
    assert_eq!(replaced, vec![mine.clone()]);
    assert_eq!(here[&fp('a')], newer);

    // A plan carried out after the review here changed does not replace the change.
    let mut changed = before.clone();
    let mut edited = mine.clone();
    edited.set_mark(Criterion::Measures, mark(1, "muutettu välillä"), "2026-11-23T11:00:00Z");
    changed.insert(fp('a'), edited.clone());
    let (merged, replaced) = assessment::apply(&mut changed, plan, true);
    assert_eq!((merged.updated, replaced.len()), (0, 0));
    assert_eq!(changed[&fp('a')], edited);

    // The copy keeps the first version replaced (the reviewer's own before any import).
    let mut copy = BTreeMap::new();
    assessment::keep_replaced(&mut copy, vec![mine.clone()]);
    assessment::keep_replaced(&mut copy, vec![newer.clone()]);
    assert_eq!(copy[&fp('a')], mine);

    // Restored as changed now, so that a later merge (the save's, another tab's) keeps it over the
    // newer import.
    let now = "2026-11-25T08:00:00Z";
    assert_eq!(assessment::restore(&mut here, &copy, now), 1);
    assert_eq!(here[&fp('a')].marks, mine.marks);
    assert_eq!(here[&fp('a')].updated_at, now);
    let mut stored = BTreeMap::from([(fp('a'), newer)]);
    merge(&mut stored, vec![here[&fp('a')].clone()]);
    assert_eq!(stored[&fp('a')].marks, mine.marks);
}

/// Issue 28, item 1: two tabs on one assessment. What a save stores is merged three ways against
/// what the tab last read, per criterion; no clock is consulted.
mod two_tabs {
    use super::*;
    use assessment::{merge_three, take_mine, Part};

    fn with(marks: &[(Criterion, Mark)], updated_at: &str) -> Review {
        let mut r = review_of(&fp('a'));
        for (c, m) in marks {
            r.set_mark(*c, m.clone(), updated_at);
        }
        r.updated_at = updated_at.into();
        r
    }

    fn one(r: Review) -> BTreeMap<String, Review> {
        assessment::by_application(vec![r])
    }

    #[test]
    fn two_tabs_scoring_different_criteria_both_keep_their_scores() {
        let base = one(with(&[], AT));
        let mine = one(with(
            &[(Criterion::Feasibility, mark(2, "Tab A"))],
            "2026-11-23T09:01:00Z",
        ));
        let theirs = one(with(
            &[(Criterion::SocialEconomicImpact, mark(3, "Tab B"))],
            "2026-11-23T09:02:00Z",
        ));
        let (stored, clashes) = merge_three(&base, &mine, &theirs);
        assert!(clashes.is_empty());
        let r = &stored[&fp('a')];
        assert_eq!(r.mark(Criterion::Feasibility), mark(2, "Tab A"));
        assert_eq!(r.mark(Criterion::SocialEconomicImpact), mark(3, "Tab B"));
        // The order of the saves does not matter.
        let (other_way, _) = merge_three(&base, &theirs, &mine);
        assert_eq!(other_way[&fp('a')].marks, r.marks);
    }

    #[test]
    fn the_same_criterion_changed_in_both_is_a_clash_and_the_stored_one_stays() {
        let base = one(with(&[(Criterion::Feasibility, mark(1, ""))], AT));
        let mine = one(with(&[(Criterion::Feasibility, mark(2, "A"))], AT));
        let theirs = one(with(&[(Criterion::Feasibility, mark(3, "B"))], AT));
        let (stored, clashes) = merge_three(&base, &mine, &theirs);
        assert_eq!(stored[&fp('a')].mark(Criterion::Feasibility), mark(3, "B"));
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].part, Part::Mark(Criterion::Feasibility.id()));
        assert_eq!(clashes[0].mine.mark(Criterion::Feasibility), mark(2, "A"));
        // The reviewer chooses this tab's: it is taken, as a change.
        let mut r = stored[&fp('a')].clone();
        assert!(take_mine(&mut r, &clashes[0], "2026-11-23T10:00:00Z"));
        assert_eq!(r.mark(Criterion::Feasibility), mark(2, "A"));
        // Changed alike in both: no clash.
        let (_, none) = merge_three(&base, &mine, &mine.clone());
        assert!(none.is_empty());
    }

    #[test]
    fn a_clock_ahead_never_outweighs_a_later_edit() {
        // Imported from a file stamped a year ahead, then edited here (this computer's clock).
        let base = one(with(
            &[(Criterion::Feasibility, mark(1, "file"))],
            "2027-11-23T09:00:00Z",
        ));
        let mine = one(with(&[(Criterion::Feasibility, mark(2, "edited"))], AT));
        let (stored, clashes) = merge_three(&base, &mine, &base);
        assert!(clashes.is_empty());
        assert_eq!(stored[&fp('a')].mark(Criterion::Feasibility), mark(2, "edited"));
        // And a stored review this tab did not change is never replaced by an older-looking one.
        let theirs = one(with(
            &[(Criterion::Feasibility, mark(3, "other tab"))],
            "2020-01-01T00:00:00Z",
        ));
        let (stored, _) = merge_three(&base, &base, &theirs);
        assert_eq!(stored[&fp('a')].mark(Criterion::Feasibility), mark(3, "other tab"));
    }

    #[test]
    fn a_conflict_of_interest_over_the_others_scores_is_one_clash_of_the_whole() {
        let base = one(with(&[], AT));
        let mine = one(with(&[(Criterion::Feasibility, mark(2, ""))], AT));
        let mut declared = with(&[], AT);
        declared.declare_conflict("Oma kunta".into(), AT);
        let theirs = one(declared.clone());
        let (stored, clashes) = merge_three(&base, &mine, &theirs);
        assert_eq!(stored[&fp('a')], declared);
        assert_eq!(clashes.len(), 1);
        assert_eq!(clashes[0].part, Part::Whole);
        // What is stored can always be written as a file and read again.
        let text = review::export(stored.values(), AT);
        review::import(text.as_bytes()).unwrap();
    }

    #[test]
    fn reviews_of_other_applications_are_kept_from_both() {
        let mut other = review_of(&fp('b'));
        other.set_mark(Criterion::Feasibility, mark(3, ""), AT);
        let mine = one(with(&[(Criterion::Feasibility, mark(2, ""))], AT));
        let theirs = assessment::by_application(vec![other.clone()]);
        let (stored, clashes) = merge_three(&BTreeMap::new(), &mine, &theirs);
        assert!(clashes.is_empty());
        assert_eq!(stored.len(), 2);
        assert_eq!(stored[&fp('b')], other);
    }
}

/// A tab that read the copy of replaced reviews before a backup was restored (or before another
/// tab kept one) writes its own change to the copy without losing what was stored since: what it
/// forgot is forgotten, what it keeps is kept, and what came in meanwhile stays.
#[test]
fn a_tab_writing_its_copy_of_replaced_reviews_keeps_what_was_stored_since_it_read_it() {
    let one = |c: char, reason: &str| {
        let mut r = review_of(&fp(c));
        r.set_mark(Criterion::Measures, mark(2, reason), "2026-11-23T10:00:00Z");
        r
    };
    let (a, b, c) = (one('a', "a"), one('b', "b"), one('c', "restored"));
    // The tab read {a}; it then kept b, from an import. Meanwhile a backup's restore stored c.
    let base = BTreeMap::from([(fp('a'), a.clone())]);
    let mine = BTreeMap::from([(fp('a'), a.clone()), (fp('b'), b.clone())]);
    let stored = BTreeMap::from([(fp('a'), a.clone()), (fp('c'), c.clone())]);
    let merged = assessment::merge_replaced(&base, &mine, &stored);
    assert_eq!(
        merged.keys().cloned().collect::<Vec<_>>(),
        vec![fp('a'), fp('b'), fp('c')]
    );
    assert_eq!(merged[&fp('c')], c);

    // The tab forgets its copy (restored or dismissed it): what it had goes, what it never saw stays.
    let merged = assessment::merge_replaced(&mine, &BTreeMap::new(), &merged);
    assert_eq!(merged, BTreeMap::from([(fp('c'), c.clone())]));

    // A version stored first is not written over by the tab's later one (the earliest wins).
    let mut later = b.clone();
    later.set_mark(Criterion::Measures, mark(0, "later"), "2026-11-24T10:00:00Z");
    let stored = BTreeMap::from([(fp('b'), b.clone())]);
    let merged = assessment::merge_replaced(&BTreeMap::new(), &BTreeMap::from([(fp('b'), later)]), &stored);
    assert_eq!(merged[&fp('b')], b);
}
