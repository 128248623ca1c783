//! The second decision follows the open applications without growing (docs/rules.md §12.1.5): the
//! first decision's `reviewer::decision::sync` adds every open application of the call, which on a
//! second decision would bring back those the first already decided. Here only the entries it has
//! (the first's deferred, by their fingerprint: a clarified version's where one was received) take
//! what their open application says now and the panel's mean.

use crate::domain::formats::decision::{Applied, Proposal};
use crate::domain::reviewer::decision::sync;
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

    #[test]
    fn only_the_deferred_are_brought_up_to_date_and_nothing_joins() {
        let mut first = Proposal::new(DEFAULT_CALL, Lang::Fi);
        for (c, status) in [('a', Status::Grant), ('b', Status::Defer)] {
            first.entries.push(Entry {
                application: applied(c, "85000.00"),
                status,
                ..Entry::default()
            });
        }
        let mut second = second_proposal(&first, &BTreeMap::new(), Lang::Fi);
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
}
