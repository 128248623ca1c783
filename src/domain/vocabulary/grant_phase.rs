//! What a call asks of a grantee after its decision (docs/rules.md §11): how often the project
//! reports (every four months), in how many instalments the grant is paid (three, "pääsääntöisesti"),
//! by when the project is finished and its final report sent (30.11.2021), which share of the
//! realised eligible costs a claim and the settlement apply, and the largest auditor's statement a
//! final report carries. Data of the call (`calls/<call>.grant.json`), parsed once, so that a rule
//! reads them and never branches on the call; the passages of decision 004 they rest on are
//! [`GrantCitation`], which the rules read from the phase (`accounts_citation`, `reports_citation`,
//! `payment_citation`, `final_report_citation`) as the drafter's rules read the profile's.
//!
//! A file beside the profile rather than fields of it, as the first phase's is
//! (`initiative_phase`): the drafter's app reads every profile and would carry the reader of fields
//! it never uses. Only the grant's pages and `hakemus-check` call [`for_call`].
//!
//! **The share** ([`ShareSetting`]) is a setting because seed 004 does not settle it: the decision
//! grants "enintään" an amount and says the last instalment is paid "toteutuneet kustannukset
//! huomioiden", but not whether the realised costs are taken at the call's maximum share (85 %,
//! `call-maximum`, the natural reading and the default) or at the decision's own ratio of the grant
//! to the application's planned eligible costs (`decision-ratio`). Either is marked assumed
//! (`share_assumed`) and the pages show which one is in force.
//!
//! **The statement's size**: 5 MiB (`max_statement_bytes`). An auditor's statement is a page or
//! two, a scanned and signed one a few hundred kilobytes; 5 MiB leaves room for a poor scan, and as
//! base64 in the final report's file (×4/3, 6.7 MiB) it stays well inside the strict reader's cap on
//! a file (16 MiB, `formats::reader::MAX_FILE_BYTES`) with the rest of the report beside it.

use crate::domain::vocabulary::objects;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use time::Date;

/// Which share of the realised eligible (VAT-free) costs a payment claim and the settlement apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShareSetting {
    /// The call's maximum share (`CallProfile::max_grant_share`, 85 %).
    CallMaximum,
    /// The decision's own ratio: the grant ÷ the application's planned eligible costs.
    DecisionRatio,
}

impl ShareSetting {
    /// Stable identifier (files, `hakemus-check`).
    pub fn id(self) -> &'static str {
        match self {
            ShareSetting::CallMaximum => "call-maximum",
            ShareSetting::DecisionRatio => "decision-ratio",
        }
    }
}

/// A call's grant phase: what a grantee must do after the decision.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantPhase {
    /// The call profile's id.
    pub call: String,
    /// The project's own accounts (projektikirjanpito).
    pub accounts_citation: GrantCitation,
    /// Months between interim reports (four).
    pub report_every_months: u8,
    pub reports_citation: GrantCitation,
    /// Instalments the grant is paid in, as a rule (three; more is a warning, not an error).
    pub instalments: u32,
    pub payment_citation: GrantCitation,
    /// The day by which the project is carried out and its final report sent.
    #[serde(with = "crate::domain::vocabulary::dates::iso_date")]
    pub final_report_by: Date,
    pub final_report_citation: GrantCitation,
    /// The share of the realised eligible costs claims and the settlement apply...
    pub share: ShareSetting,
    /// ...and whether it is our reading rather than the call's words (the interface says so).
    pub share_assumed: bool,
    /// The largest auditor's statement a final report carries, in bytes.
    pub max_statement_bytes: u64,
}

const SOURCES: [&str; 1] = [include_str!("calls/vm-2019-yhteishankkeet.grant.json")];

/// Every call's grant phase, parsed once (the files are checked by the tests).
pub fn all() -> &'static [GrantPhase] {
    static ALL: OnceLock<Vec<GrantPhase>> = OnceLock::new();
    ALL.get_or_init(|| SOURCES.iter().filter_map(|s| objects::from_str(s).ok()).collect())
}

/// The grant phase of the call `id`, where we know it (call I's decision is not among the seeds).
pub fn for_call(id: &str) -> Option<&'static GrantPhase> {
    all().iter().find(|p| p.call == id)
}

/// The grant phase of the call `id`, or the default call's where the call has none (a project
/// whose call is unknown is a finding of `grant::review`).
pub fn for_call_or_default(id: &str) -> &'static GrantPhase {
    for_call(id)
        .or_else(|| for_call(crate::domain::vocabulary::call::DEFAULT_CALL))
        .expect("the default call's grant phase is compiled in")
}

/// A passage of decision 004 (seed 004) on the grant's life after the decision. Apart from
/// `Citation`, which the drafter's and the reviewer's apps carry with their Finnish quotes: only the
/// grant's pages and `hakemus-check` name these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GrantCitation {
    /// The project's separate accounts (projektikirjanpito).
    Accounts,
    /// Interim reports every four months: progress, the impacts' stage, the costs (VAT apart).
    InterimReports,
    /// Three instalments on payment claims, the last after the final report, a return under
    /// valtionavustuslaki 20 §.
    Payment,
    /// What the final report contains, and the auditor's statement attached.
    FinalReport,
    /// The report of the results the grantee makes for the ministry, with the auditor's statement.
    ReportOfResults,
}

impl GrantCitation {
    pub const ALL: [GrantCitation; 5] = [
        GrantCitation::Accounts,
        GrantCitation::InterimReports,
        GrantCitation::Payment,
        GrantCitation::FinalReport,
        GrantCitation::ReportOfResults,
    ];

    /// Stable identifier used in exported findings (`hakemus-check`).
    pub fn id(self) -> &'static str {
        match self {
            GrantCitation::Accounts => "vm-2020-02-26/project-accounts",
            GrantCitation::InterimReports => "vm-2020-02-26/interim-reports",
            GrantCitation::Payment => "vm-2020-02-26/payment",
            GrantCitation::FinalReport => "vm-2020-02-26/final-report",
            GrantCitation::ReportOfResults => "vm-2020-02-26/report-of-results",
        }
    }

    /// The passage in the original Finnish, verbatim from the decision.
    pub fn quote_fi(self) -> &'static str {
        match self {
            GrantCitation::Accounts => {
                "Hankkeella on oltava erillinen projektikirjanpito, kuten oma projektiseuranta tai \
                 kustannuspaikka, jotta hankekustannuksia voidaan tarkastella erillisenä kunnan muusta \
                 toiminnasta."
            }
            GrantCitation::InterimReports => {
                "Väliraportointia hankkeiden etenemisestä ja avustuksen käytöstä on suoritettava \
                 Hankesalkku-välineellä neljän kuukauden välein olevin, erikseen ilmoitettavin, \
                 määräajoin. Väliraportoinnin tulee sisältää kuvauksen hankkeiden etenemisestä, \
                 tavoiteltujen vaikutusten saavuttamisen vaiheesta sekä tiedot kustannusten \
                 toteutumasta. Kustannuksista on erikseen käytävä ilmi arvonlisäverottomat kustannukset \
                 sekä arvonlisäveron määrä."
            }
            GrantCitation::Payment => {
                "Avustus maksetaan pääsääntöisesti kolmessa erässä maksatushakemuksen perusteella. \
                 Viimeinen erä maksetaan loppuraportoinnin jälkeen toteutuneet kustannukset huomioiden. \
                 Hanke tulee olla toteutettu ja loppuraportointi tehtynä viimeistään 30.11.2021. \
                 Mahdollisesti käyttämättä jäänyt tai liikaa maksettu avustus tai sen osa tulee \
                 palauttaa valtionavustuslain 20 §:n mukaisesti."
            }
            GrantCitation::FinalReport => {
                "Loppuraportointi sisältää kuvauksen hankkeiden vaikuttavuudesta, muuttuneista \
                 toimintatavoista, tehdystä työstä ja sen tuloksista sekä tiedot toteutuneista \
                 arvonlisäverottomista kokonaiskustannuksista. Se tehdään tarkemmalla lomakkeella, joka \
                 lähetetään avustusta saaneille kunnille ajoissa. Liitteeksi tulee liittää \
                 tilintarkastajan lausunto avustuksen käytöstä."
            }
            GrantCitation::ReportOfResults => {
                "Valtionavustuksen saajan on laadittava valtiovarainministeriölle ministeriön \
                 ilmoittamalla tavalla selvitys hankkeella saavutetuista tuloksista ja vaikuttavuudesta, \
                 muuttuneista toimintatavoista, tulosten hyödynnettävyydestä muissa kunnissa sekä \
                 hankkeen toteuttamisesta ja sen kustannuksista. Selvitykseen on liitettävä \
                 tilintarkastajan lausunto avustuksen käytöstä."
            }
        }
    }
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
            assert!(p.report_every_months > 0 && p.instalments > 0, "{}", p.call);
        }
    }

    /// The joint call's, as decision 004 states it: reports every four months, three instalments,
    /// the final report by 30.11.2021 (the profile's own project end), the share assumed.
    #[test]
    fn the_joint_call_reports_every_four_months_and_pays_in_three_instalments() {
        let p = for_call(call::DEFAULT_CALL).unwrap();
        assert_eq!(p.report_every_months, 4);
        assert!(p.reports_citation.quote_fi().contains("neljän kuukauden välein"));
        assert_eq!(p.instalments, 3);
        assert!(p
            .payment_citation
            .quote_fi()
            .contains("pääsääntöisesti kolmessa erässä"));
        assert_eq!(p.final_report_by, date!(2021 - 11 - 30));
        assert_eq!(
            Some(p.final_report_by),
            call::by_id(call::DEFAULT_CALL).unwrap().project_end
        );
        assert!(p.payment_citation.quote_fi().contains("viimeistään 30.11.2021"));
        assert_eq!(p.final_report_citation, GrantCitation::FinalReport);
        assert_eq!(p.accounts_citation, GrantCitation::Accounts);
        assert_eq!((p.share, p.share_assumed), (ShareSetting::CallMaximum, true));
        assert_eq!(p.max_statement_bytes, 5 * 1024 * 1024);
        assert_eq!(for_call("vm-2019-tiedolla-johtaminen"), None);
    }

    /// Each quote must be found, word for word, in seed 004 (line breaks aside), as `Citation`'s and
    /// `PhaseCitation`'s are.
    #[test]
    fn quotes_are_verbatim_from_seed_004() {
        let normalise = |s: &str| s.replace("- ", " ").split_whitespace().collect::<Vec<_>>().join(" ");
        let decision = normalise(include_str!("../../../tests/fixtures/seed-004-decision-2020-02-26.txt"));
        for c in GrantCitation::ALL {
            assert!(
                decision.contains(&normalise(c.quote_fi())),
                "{c:?} is not verbatim in seed 004"
            );
        }
        let ids: std::collections::HashSet<_> = GrantCitation::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids.len(), GrantCitation::ALL.len());
    }
}
