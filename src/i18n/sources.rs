//! The citations of the sources a finding or a hint rests on (the ministry's decision and slides).

use super::catalogue::Table;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::locale::Lang;

/// The keys of the citations' table in the Swedish and English texts files (`catalogue`), in the
/// order of `Citation::ALL` (a test compares them).
const CITATION_KEYS: &str = "DecisionEligibleCosts\nDecisionIneligibleCosts\nDecisionInternalCharges\nDecisionMaxShare\nDecisionSchedule\nDecisionJointOnly\nDecisionTargets\nDecisionNoSocialHealth\nDecisionNoBuiltEnvironment\nDecisionNoCaseManagement\nDecisionNoProcurementOnly\nDecisionNoHardware\nDecisionMunicipalTask\nDecisionEvaluationImpact\nDecisionEvaluationRenewal\nDecisionEvaluationSharedServices\nDecisionEvaluationSharedSolutions\nDecisionEvaluationFeasibility\nDecisionEvaluationNoOtherGrant\nSlidesEvaluationCriteria\nDecisionEvaluationSignificance\nDecisionEvaluationDataDefinitions\nDecisionEvaluationAccessibility\nDecisionReplicable\nDecisionEvaluationNationalLevel\nSlidesEvaluationImpact\nDecisionLeadResponsible\n";
pub(crate) const CITATIONS: Table = Table::of("Citation", CITATION_KEYS, Citation::ALL.len());

/// "VM decision 26.2.2020, eligible costs".
pub fn citation(lang: Lang, c: Citation) -> &'static str {
    use Citation::*;
    match (lang, c) {
        (Lang::Fi, DecisionEligibleCosts) => "VM:n päätös 26.2.2020, hyväksyttävät kustannukset",
        (Lang::Fi, DecisionIneligibleCosts) => "VM:n päätös 26.2.2020, kustannukset, jotka eivät ole hyväksyttäviä",
        (Lang::Fi, DecisionInternalCharges) => "VM:n päätös 26.2.2020, omien toimintayksiköiden veloitukset",
        (Lang::Fi, DecisionMaxShare) => "VM:n päätös 26.2.2020, avustuksen enimmäismäärä",
        (Lang::Fi, DecisionSchedule) => "VM:n päätös 26.2.2020, toteutusaika ja loppuraportointi",
        (Lang::Fi, DecisionJointOnly) => "VM:n päätös 26.2.2020, vain kuntien yhteishankkeet",
        (Lang::Fi, DecisionTargets) => "VM:n päätös 26.2.2020, avustuksen kohteet",
        (Lang::Fi, DecisionNoSocialHealth) => "VM:n päätös 26.2.2020, ei sosiaali- ja terveydenhuoltoa",
        (Lang::Fi, DecisionNoBuiltEnvironment) => "VM:n päätös 26.2.2020, ei rakennettua ympäristöä",
        (Lang::Fi, DecisionNoCaseManagement) => "VM:n päätös 26.2.2020, ei asianhallintaa eikä arkistointia",
        (Lang::Fi, DecisionNoProcurementOnly) => "VM:n päätös 26.2.2020, ei pelkkiä järjestelmähankintoja",
        (Lang::Fi, DecisionNoHardware) => "VM:n päätös 26.2.2020, ei laitteistohankintoja",
        (Lang::Fi, DecisionMunicipalTask) => "VM:n päätös 26.2.2020, vain kunnan tehtävät (kuntalaki 7 §)",
        (Lang::Fi, DecisionEvaluationImpact) => "VM:n päätös 26.2.2020, arviointi: vaikuttavuus ja yleinen merkitys",
        (Lang::Fi, DecisionEvaluationRenewal) => {
            "VM:n päätös 26.2.2020, arviointi: toimintatapojen uudistaminen ja kustannukset"
        }
        (Lang::Fi, DecisionEvaluationSharedServices) => {
            "VM:n päätös 26.2.2020, arviointi: kansalliset yhteiset palvelut"
        }
        (Lang::Fi, DecisionEvaluationSharedSolutions) => "VM:n päätös 26.2.2020, arviointi: yhteiset ratkaisut",
        (Lang::Fi, DecisionEvaluationFeasibility) => "VM:n päätös 26.2.2020, arviointi: toteutuskelpoisuus",
        (Lang::Fi, DecisionEvaluationNoOtherGrant) => "VM:n päätös 26.2.2020, arviointi: ei muita avustuksia",
        (Lang::Fi, SlidesEvaluationCriteria) => "VM:n esitys syksyllä 2019, rahoituksen myöntämisen kriteerit",
        (Lang::Fi, DecisionEvaluationSignificance) => {
            "VM:n päätös 26.2.2020, arviointi: yleinen merkitys ja parhaiden käytäntöjen levittäminen"
        }
        (Lang::Fi, DecisionEvaluationDataDefinitions) => {
            "VM:n päätös 26.2.2020, arviointi: tietomääritykset Yhteentoimivuusalustalle"
        }
        (Lang::Fi, DecisionEvaluationAccessibility) => "VM:n päätös 26.2.2020, arviointi: saavutettavuus (306/2019)",
        (Lang::Fi, DecisionReplicable) => "VM:n päätös 26.2.2020, tulosten monistettavuus",
        (Lang::Fi, DecisionEvaluationNationalLevel) => "VM:n päätös 26.2.2020, arviointi: kansallisen tason työ",
        (Lang::Fi, SlidesEvaluationImpact) => "VM:n esitys syksyllä 2019, arviointi: vaikuttavuus ja yleinen merkitys",
        (Lang::Fi, DecisionLeadResponsible) => "VM:n päätös 26.2.2020, hankehallinnoijan vastuu",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEligibleCosts) => "FM:s beslut 26.2.2020, godtagbara kostnader",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionIneligibleCosts) => "FM:s beslut 26.2.2020, kostnader som inte är godtagbara",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionInternalCharges) => "FM:s beslut 26.2.2020, debitering från egna enheter",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionMaxShare) => "FM:s beslut 26.2.2020, understödets maximibelopp",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionSchedule) => "FM:s beslut 26.2.2020, genomförandetid och slutrapport",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionJointOnly) => "FM:s beslut 26.2.2020, endast gemensamma projekt",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionTargets) => "FM:s beslut 26.2.2020, understödets objekt",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionNoSocialHealth) => "FM:s beslut 26.2.2020, inte social- och hälsovård",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionNoBuiltEnvironment) => "FM:s beslut 26.2.2020, inte byggd miljö",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionNoCaseManagement) => "FM:s beslut 26.2.2020, inte ärendehantering eller arkivering",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionNoProcurementOnly) => "FM:s beslut 26.2.2020, inte enbart systemanskaffning",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionNoHardware) => "FM:s beslut 26.2.2020, inte anskaffning av utrustning",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionMunicipalTask) => "FM:s beslut 26.2.2020, endast kommunens uppgifter (kommunallagen 7 §)",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationImpact) => {
            "FM:s beslut 26.2.2020, bedömning: verkningsfullhet och allmän betydelse"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationRenewal) => "FM:s beslut 26.2.2020, bedömning: förnyade arbetssätt och kostnader",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationSharedServices) => {
            "FM:s beslut 26.2.2020, bedömning: nationella gemensamma tjänster"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationSharedSolutions) => "FM:s beslut 26.2.2020, bedömning: gemensamma lösningar",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationFeasibility) => "FM:s beslut 26.2.2020, bedömning: genomförbarhet",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationNoOtherGrant) => "FM:s beslut 26.2.2020, bedömning: inga andra understöd",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, SlidesEvaluationCriteria) => "FM:s presentation hösten 2019, kriterier för beviljande",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationSignificance) => {
            "FM:s beslut 26.2.2020, bedömning: allmän betydelse och spridning av god praxis"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationDataDefinitions) => {
            "FM:s beslut 26.2.2020, bedömning: datadefinitioner på interoperabilitetsplattformen"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationAccessibility) => "FM:s beslut 26.2.2020, bedömning: tillgänglighet (306/2019)",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionReplicable) => "FM:s beslut 26.2.2020, resultatens replikerbarhet",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionEvaluationNationalLevel) => "FM:s beslut 26.2.2020, bedömning: arbete på nationell nivå",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, SlidesEvaluationImpact) => "FM:s presentation hösten 2019, bedömning: effekter och allmän betydelse",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::Sv, DecisionLeadResponsible) => "FM:s beslut 26.2.2020, projektförvaltarens ansvar",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEligibleCosts) => "VM decision 26.2.2020, eligible costs",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionIneligibleCosts) => "VM decision 26.2.2020, ineligible costs",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionInternalCharges) => "VM decision 26.2.2020, internal charges",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionMaxShare) => "VM decision 26.2.2020, maximum grant",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionSchedule) => "VM decision 26.2.2020, schedule and final report",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionJointOnly) => "VM decision 26.2.2020, joint projects only",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionTargets) => "VM decision 26.2.2020, what the grant is for",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionNoSocialHealth) => "VM decision 26.2.2020, no social and health care",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionNoBuiltEnvironment) => "VM decision 26.2.2020, no built environment",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionNoCaseManagement) => "VM decision 26.2.2020, no case management or archiving",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionNoProcurementOnly) => "VM decision 26.2.2020, no system procurement alone",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionNoHardware) => "VM decision 26.2.2020, no hardware procurement",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionMunicipalTask) => "VM decision 26.2.2020, municipal tasks only (Local Government Act § 7)",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationImpact) => "VM decision 26.2.2020, assessment: impact and general significance",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationRenewal) => "VM decision 26.2.2020, assessment: renewing operations and costs",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationSharedServices) => "VM decision 26.2.2020, assessment: national shared services",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationSharedSolutions) => "VM decision 26.2.2020, assessment: shared solutions",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationFeasibility) => "VM decision 26.2.2020, assessment: feasibility",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationNoOtherGrant) => "VM decision 26.2.2020, assessment: no other grant",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, SlidesEvaluationCriteria) => "VM slides, autumn 2019, criteria for granting",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationSignificance) => {
            "VM decision 26.2.2020, assessment: general significance and spreading best practices"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationDataDefinitions) => {
            "VM decision 26.2.2020, assessment: data definitions on the Interoperability Platform"
        }
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationAccessibility) => "VM decision 26.2.2020, assessment: accessibility (306/2019)",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionReplicable) => "VM decision 26.2.2020, replicable results",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionEvaluationNationalLevel) => "VM decision 26.2.2020, assessment: work for the national level",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, SlidesEvaluationImpact) => "VM slides, autumn 2019, assessment: impact and general significance",
        #[cfg(not(target_arch = "wasm32"))]
        (Lang::En, DecisionLeadResponsible) => "VM decision 26.2.2020, the lead's responsibility",
        #[cfg(target_arch = "wasm32")]
        (_, c) => super::catalogue::lookup(lang, &CITATIONS, c as usize).unwrap_or_else(|| citation(Lang::Fi, c)),
    }
}
