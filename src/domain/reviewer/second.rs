//! The second decision follows the open applications without growing (docs/rules.md §12.1.5): the
//! first decision's `reviewer::decision::sync` adds every open application of the call, which on a
//! second decision would bring back those the first already decided. Here only the entries it has
//! (the first's deferred, by their fingerprint: a clarified version's where one was received) take
//! what their open application says now and the panel's mean.

use crate::domain::formats::decision::{Applied, Proposal, Status};
use crate::domain::reviewer::clarification::second_proposal;
use crate::domain::reviewer::decision::sync;
use crate::domain::vocabulary::locale::Lang;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// `sync` restricted to the entries `second` has: no open application joins it.
pub fn sync_second(second: &mut Proposal, open: &[Applied], means: &BTreeMap<String, Option<Decimal>>) {
    let present: Vec<Applied> = open
        .iter()
        .filter(|a| second.entry(&a.fingerprint).is_some())
        .cloned()
        .collect();
    sync(second, &present, means);
}

/// The second decision follows the clarified versions received since it was made (docs/rules.md
/// §12.1.8): an entry whose original (its `original`, or its own fingerprint where it names none)
/// has a clarified version in force in `clarified` (by the original's fingerprint, each as
/// `reviewer::decision::applied` makes it) that the entry does not name yet comes to name it, and
/// keeps the original's fingerprint in `original` and what was decided of it (status, amount,
/// group, reason, condition) and the panel's score, as `second_proposal` makes such an entry.
/// Returns whether anything changed.
pub fn follow_clarified(second: &mut Proposal, clarified: &BTreeMap<String, Applied>) -> bool {
    let mut changed = false;
    for e in &mut second.entries {
        let a = &e.application;
        let original = if a.original.is_empty() {
            &a.fingerprint
        } else {
            &a.original
        };
        let Some(c) = clarified.get(original) else { continue };
        if c.fingerprint == a.fingerprint {
            continue;
        }
        e.application = Applied {
            original: original.clone(),
            score: a.score.clone(),
            ..c.clone()
        };
        changed = true;
    }
    changed
}

/// The original an entry is about: its `original` where it names one (a clarified version), else
/// its own fingerprint.
fn original_of(a: &Applied) -> &str {
    if a.original.is_empty() {
        &a.fingerprint
    } else {
        &a.original
    }
}

/// The second decision follows the first's deferrals after it was made (docs/rules.md §12.1.8): an
/// application the first defers that the second has no entry for is added, as `second_proposal`
/// makes its entry (by its clarified version where one is in force); an entry whose application
/// the first no longer defers is taken out while nothing is decided of it here (its status open),
/// and kept where something is (what the ministry decided is not dropped unseen; *assumed*). The
/// entries keep their order; added ones come last. Returns whether anything changed.
pub fn follow_first(
    second: &mut Proposal,
    first: &Proposal,
    clarified: &BTreeMap<String, Applied>,
    lang: Lang,
) -> bool {
    let made = second_proposal(first, clarified, lang).entries;
    let deferred: Vec<&str> = made.iter().map(|e| original_of(&e.application)).collect();
    let before = second.entries.len();
    second
        .entries
        .retain(|e| e.status != Status::Open || deferred.contains(&original_of(&e.application)));
    let mut changed = second.entries.len() != before;
    for entry in made {
        let original = original_of(&entry.application);
        if !second.entries.iter().any(|e| original_of(&e.application) == original) {
            second.entries.push(entry);
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::decision::{Entry, Status};
    use crate::domain::reviewer::clarification::second_proposal;
    use crate::domain::vocabulary::call::DEFAULT_CALL;
    use crate::domain::vocabulary::locale::Lang;

    fn applied(c: char, maximum: &str) -> Applied {
        Applied {
            fingerprint: std::iter::repeat_n(c, 64).collect(),
            lead: format!("Kunta {c}"),
            project: format!("Hanke {c}"),
            requested: "100000.00".into(),
            call: DEFAULT_CALL.into(),
            maximum: maximum.into(),
            ..Applied::default()
        }
    }

    /// The second decision made from a first whose entries (each requesting 100 000 € with a
    /// maximum of 85 000 €) have these statuses.
    fn second_of(first_entries: &[(char, Status)]) -> Proposal {
        let mut first = Proposal::new(DEFAULT_CALL, Lang::Fi);
        for &(c, status) in first_entries {
            first.entries.push(Entry {
                application: applied(c, "85000.00"),
                status,
                ..Entry::default()
            });
        }
        second_proposal(&first, &BTreeMap::new(), Lang::Fi)
    }

    #[test]
    fn only_the_deferred_are_brought_up_to_date_and_nothing_joins() {
        let mut second = second_of(&[('a', Status::Grant), ('b', Status::Defer)]);
        assert_eq!(second.entries.len(), 1);
        // Both open: the granted one does not join; the deferred one's maximum follows.
        let open = [applied('a', "85000.00"), applied('b', "70000.00"), applied('c', "1.00")];
        let means = BTreeMap::from([(applied('b', "").fingerprint, Some(Decimal::new(1234, 3)))]);
        sync_second(&mut second, &open, &means);
        assert_eq!(
            second.entries.len(),
            1,
            "neither the first's grant nor another open one joins"
        );
        let e = &second.entries[0].application;
        assert_eq!((e.lead.as_str(), e.maximum.as_str()), ("Kunta b", "70000.00"));
        // 1.234 to two decimals, half away from zero: 1.23.
        assert_eq!(e.score, "1.23");
        assert_eq!(second.entries[0].status, Status::Open);
    }

    #[test]
    fn an_answer_received_after_the_second_was_made_brings_its_clarified_version_in() {
        let mut second = second_of(&[('a', Status::Defer), ('b', Status::Defer)]);
        second.entries[0].status = Status::Refuse;
        second.entries[0].reason = "Ei lisäselvitystä.".into();
        let original = applied('a', "").fingerprint;
        let clarified = BTreeMap::from([(original.clone(), applied('c', "60000.00"))]);
        assert!(follow_clarified(&mut second, &clarified));
        let e = &second.entries[0];
        assert_eq!(e.application.fingerprint, applied('c', "").fingerprint);
        assert_eq!(e.application.original, original, "the original's kept");
        assert_eq!(e.application.maximum, "60000.00");
        assert_eq!(
            (e.status, e.reason.as_str()),
            (Status::Refuse, "Ei lisäselvitystä."),
            "what was decided stays"
        );
        assert_eq!(
            second.entries[1].application.fingerprint,
            applied('b', "").fingerprint,
            "not clarified: as the first named it"
        );
        // Once it names the clarified version, nothing changes again; a later answer (another
        // version of the same original) replaces it, the original still kept.
        assert!(!follow_clarified(&mut second, &clarified));
        let later = BTreeMap::from([(original.clone(), applied('d', "50000.00"))]);
        assert!(follow_clarified(&mut second, &later));
        assert_eq!(second.entries[0].application.original, original);
        assert_eq!(second.entries[0].application.maximum, "50000.00");
    }

    #[test]
    fn the_second_follows_what_the_first_defers_after_it_was_made() {
        let mut first = Proposal::new(DEFAULT_CALL, Lang::Fi);
        for (c, status) in [('a', Status::Defer), ('b', Status::Grant), ('c', Status::Defer)] {
            first.entries.push(Entry {
                application: applied(c, "85000.00"),
                status,
                ..Entry::default()
            });
        }
        let mut second = second_proposal(&first, &BTreeMap::new(), Lang::Fi);
        assert_eq!(second.entries.len(), 2);
        second.entries[1].status = Status::Grant; // c granted in the second
        assert!(
            !follow_first(&mut second, &first, &BTreeMap::new(), Lang::Fi),
            "nothing new"
        );

        // The first now defers b too, and no longer defers a nor c.
        first.entries[0].status = Status::Refuse;
        first.entries[1].status = Status::Defer;
        first.entries[2].status = Status::Grant;
        let clarified = BTreeMap::from([(applied('b', "").fingerprint, applied('d', "60000.00"))]);
        assert!(follow_first(&mut second, &first, &clarified, Lang::Fi));
        let names: Vec<(String, Status)> = second
            .entries
            .iter()
            .map(|e| (e.application.project.clone(), e.status))
            .collect();
        assert_eq!(
            names,
            [
                ("Hanke c".to_string(), Status::Grant),
                ("Hanke d".to_string(), Status::Open)
            ],
            "a, undecided here, is taken out; c, granted here, stays; b comes in by its clarified version"
        );
        assert_eq!(second.entries[1].application.original, applied('b', "").fingerprint);
        assert!(
            !follow_first(&mut second, &first, &clarified, Lang::Fi),
            "and then it is up to date"
        );
    }
}
