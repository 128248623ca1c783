//! The first phase of a call, before the call itself, where the call has one: the date by which
//! municipalities send initiatives for joint projects or say they are interested in joining one,
//! and the date of the workshop that forms the groups (seed 000: "Kaksivaiheinen prosessi ‒ Ehdotus
//! tai ilmoitus kiinnostuksesta osallistua viimeistään 5.9."; "Yhteinen työpaja 27.9."). Data of the
//! call profile (`calls/<call>.initiatives.json`), parsed once, so that a rule reads the dates and
//! never branches on the call.
//!
//! A file beside the profile rather than fields of it, as the decision's text is
//! (`decision_text`): the drafter's app reads every profile, and would carry the reader of fields it
//! never uses. Only the first phase's pages and `hakemus-check` call [`for_call`].
//!
//! The slides give the days without the year ("5.9.", "27.9."); they are the slides of autumn 2019
//! ("Syksyn 2019 aikataulu"), the joint call's (its decision, 004, is of 26.2.2020).

use crate::domain::vocabulary::citation::PhaseCitation;
use crate::domain::vocabulary::objects;
use serde::Deserialize;
use std::sync::OnceLock;
use time::Date;

/// A call's first phase.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InitiativePhase {
    /// The call profile's id.
    pub call: String,
    /// The last day to send an initiative or an expression of interest.
    #[serde(with = "crate::domain::vocabulary::dates::iso_date")]
    pub deadline: Date,
    pub deadline_citation: PhaseCitation,
    /// The day of the joint workshop.
    #[serde(with = "crate::domain::vocabulary::dates::iso_date")]
    pub workshop: Date,
    pub workshop_citation: PhaseCitation,
}

const SOURCES: [&str; 1] = [include_str!("calls/vm-2019-yhteishankkeet.initiatives.json")];

/// Every call's first phase, parsed once (the files are checked by the tests).
pub fn all() -> &'static [InitiativePhase] {
    static ALL: OnceLock<Vec<InitiativePhase>> = OnceLock::new();
    ALL.get_or_init(|| SOURCES.iter().filter_map(|s| objects::from_str(s).ok()).collect())
}

/// The first phase of the call `id`, where it has one (call I has none: it was a call at once).
pub fn for_call(id: &str) -> Option<&'static InitiativePhase> {
    all().iter().find(|p| p.call == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::call;
    use time::macros::date;

    #[test]
    fn every_file_parses_and_names_a_call() {
        assert_eq!(all().len(), SOURCES.len());
        for p in all() {
            assert!(call::by_id(&p.call).is_some(), "{}", p.call);
            assert!(p.deadline < p.workshop, "{}", p.call);
        }
    }

    /// The joint call's: initiatives by 5.9.2019, the workshop on 27.9.2019, before the call's own
    /// deadline (19.12.2019); call I had no first phase.
    #[test]
    fn the_joint_call_collects_initiatives_by_5_9_and_meets_on_27_9() {
        let p = for_call(call::DEFAULT_CALL).unwrap();
        assert_eq!(p.deadline, date!(2019 - 09 - 05));
        assert_eq!(p.workshop, date!(2019 - 09 - 27));
        assert_eq!(p.deadline_citation, PhaseCitation::TwoPhase);
        assert_eq!(p.workshop_citation, PhaseCitation::Workshop);
        assert!(p.workshop < call::by_id(call::DEFAULT_CALL).unwrap().application_deadline);
        assert!(p.deadline_citation.quote_fi().contains("viimeistään 5.9."));
        assert!(p.workshop_citation.quote_fi().contains("27.9."));
        assert_eq!(for_call("vm-2019-tiedolla-johtaminen"), None);
    }
}
