//! The citations of the sources a finding or a hint rests on (the ministry's decision and slides).

use super::catalogue::Table;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::locale::Lang;

/// The keys of the citations' table in the Swedish and English texts files (`catalogue`), in the
/// order of `Citation::ALL` (a test compares them).
const CITATION_KEYS: &str = "DecisionEligibleCosts\nDecisionIneligibleCosts\nDecisionInternalCharges\nDecisionMaxShare\nDecisionSchedule\nDecisionJointOnly\nDecisionTargets\nDecisionNoSocialHealth\nDecisionNoBuiltEnvironment\nDecisionNoCaseManagement\nDecisionNoProcurementOnly\nDecisionNoHardware\nDecisionMunicipalTask\nDecisionEvaluationImpact\nDecisionEvaluationRenewal\nDecisionEvaluationSharedServices\nDecisionEvaluationSharedSolutions\nDecisionEvaluationFeasibility\nDecisionEvaluationNoOtherGrant\nSlidesEvaluationCriteria\nDecisionEvaluationSignificance\nDecisionEvaluationDataDefinitions\nDecisionEvaluationAccessibility\nDecisionReplicable\nDecisionEvaluationNationalLevel\nSlidesEvaluationImpact\nDecisionLeadResponsible\nDecisionChangePlan\nDecisionPriorWork\nSlidesImpactQuestions\nSlidesTargets\n";
pub(crate) const CITATIONS: Table = Table::of("Citation", CITATION_KEYS, Citation::ALL.len());

/// "VM decision 26.2.2020, eligible costs".
pub fn citation(lang: Lang, c: Citation) -> &'static str {
    use Citation::*;
    match lang {
        Lang::Fi => match c {
            DecisionEligibleCosts => "VM:n päätös 26.2.2020, hyväksyttävät kustannukset",
            DecisionIneligibleCosts => "VM:n päätös 26.2.2020, kustannukset, jotka eivät ole hyväksyttäviä",
            DecisionInternalCharges => "VM:n päätös 26.2.2020, omien toimintayksiköiden veloitukset",
            DecisionMaxShare => "VM:n päätös 26.2.2020, avustuksen enimmäismäärä",
            DecisionSchedule => "VM:n päätös 26.2.2020, toteutusaika ja loppuraportointi",
            DecisionJointOnly => "VM:n päätös 26.2.2020, vain kuntien yhteishankkeet",
            DecisionTargets => "VM:n päätös 26.2.2020, avustuksen kohteet",
            DecisionNoSocialHealth => "VM:n päätös 26.2.2020, ei sosiaali- ja terveydenhuoltoa",
            DecisionNoBuiltEnvironment => "VM:n päätös 26.2.2020, ei rakennettua ympäristöä",
            DecisionNoCaseManagement => "VM:n päätös 26.2.2020, ei asianhallintaa eikä arkistointia",
            DecisionNoProcurementOnly => "VM:n päätös 26.2.2020, ei pelkkiä järjestelmähankintoja",
            DecisionNoHardware => "VM:n päätös 26.2.2020, ei laitteistohankintoja",
            DecisionMunicipalTask => "VM:n päätös 26.2.2020, vain kunnan tehtävät (kuntalaki 7 §)",
            DecisionEvaluationImpact => "VM:n päätös 26.2.2020, arviointi: vaikuttavuus ja yleinen merkitys",
            DecisionEvaluationRenewal => {
                "VM:n päätös 26.2.2020, arviointi: toimintatapojen uudistaminen ja kustannukset"
            }
            DecisionEvaluationSharedServices => "VM:n päätös 26.2.2020, arviointi: kansalliset yhteiset palvelut",
            DecisionEvaluationSharedSolutions => "VM:n päätös 26.2.2020, arviointi: yhteiset ratkaisut",
            DecisionEvaluationFeasibility => "VM:n päätös 26.2.2020, arviointi: toteutuskelpoisuus",
            DecisionEvaluationNoOtherGrant => "VM:n päätös 26.2.2020, arviointi: ei muita avustuksia",
            SlidesEvaluationCriteria => "VM:n esitys syksyllä 2019, rahoituksen myöntämisen kriteerit",
            DecisionEvaluationSignificance => {
                "VM:n päätös 26.2.2020, arviointi: yleinen merkitys ja parhaiden käytäntöjen levittäminen"
            }
            DecisionEvaluationDataDefinitions => {
                "VM:n päätös 26.2.2020, arviointi: tietomääritykset Yhteentoimivuusalustalle"
            }
            DecisionEvaluationAccessibility => "VM:n päätös 26.2.2020, arviointi: saavutettavuus (306/2019)",
            DecisionReplicable => "VM:n päätös 26.2.2020, tulosten monistettavuus",
            DecisionEvaluationNationalLevel => "VM:n päätös 26.2.2020, arviointi: kansallisen tason työ",
            SlidesEvaluationImpact => "VM:n esitys syksyllä 2019, arviointi: vaikuttavuus ja yleinen merkitys",
            DecisionLeadResponsible => "VM:n päätös 26.2.2020, hankehallinnoijan vastuu",
            DecisionChangePlan => {
                "VM:n päätös 26.2.2020, muutosten toteutus sekä tulosten hyödyntäminen ja levittäminen"
            }
            DecisionPriorWork => "VM:n päätös 26.2.2020, muissa kunnissa tehty vastaava työ",
            SlidesImpactQuestions => "VM:n esitys syksyllä 2019, I haku: hakemuksessa kuvattava vaikuttavuus",
            SlidesTargets => "VM:n esitys syksyllä 2019, I haku: avustuksen kohteet",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match c {
            DecisionEligibleCosts => "FM:s beslut 26.2.2020, godtagbara kostnader",
            DecisionIneligibleCosts => "FM:s beslut 26.2.2020, kostnader som inte är godtagbara",
            DecisionInternalCharges => "FM:s beslut 26.2.2020, debitering från egna enheter",
            DecisionMaxShare => "FM:s beslut 26.2.2020, understödets maximibelopp",
            DecisionSchedule => "FM:s beslut 26.2.2020, genomförandetid och slutrapport",
            DecisionJointOnly => "FM:s beslut 26.2.2020, endast gemensamma projekt",
            DecisionTargets => "FM:s beslut 26.2.2020, understödets objekt",
            DecisionNoSocialHealth => "FM:s beslut 26.2.2020, inte social- och hälsovård",
            DecisionNoBuiltEnvironment => "FM:s beslut 26.2.2020, inte byggd miljö",
            DecisionNoCaseManagement => "FM:s beslut 26.2.2020, inte ärendehantering eller arkivering",
            DecisionNoProcurementOnly => "FM:s beslut 26.2.2020, inte enbart systemanskaffning",
            DecisionNoHardware => "FM:s beslut 26.2.2020, inte anskaffning av utrustning",
            DecisionMunicipalTask => "FM:s beslut 26.2.2020, endast kommunens uppgifter (kommunallagen 7 §)",
            DecisionEvaluationImpact => "FM:s beslut 26.2.2020, bedömning: verkningsfullhet och allmän betydelse",
            DecisionEvaluationRenewal => "FM:s beslut 26.2.2020, bedömning: förnyade arbetssätt och kostnader",
            DecisionEvaluationSharedServices => "FM:s beslut 26.2.2020, bedömning: nationella gemensamma tjänster",
            DecisionEvaluationSharedSolutions => "FM:s beslut 26.2.2020, bedömning: gemensamma lösningar",
            DecisionEvaluationFeasibility => "FM:s beslut 26.2.2020, bedömning: genomförbarhet",
            DecisionEvaluationNoOtherGrant => "FM:s beslut 26.2.2020, bedömning: inga andra understöd",
            SlidesEvaluationCriteria => "FM:s presentation hösten 2019, kriterier för beviljande",
            DecisionEvaluationSignificance => {
                "FM:s beslut 26.2.2020, bedömning: allmän betydelse och spridning av god praxis"
            }
            DecisionEvaluationDataDefinitions => {
                "FM:s beslut 26.2.2020, bedömning: datadefinitioner på interoperabilitetsplattformen"
            }
            DecisionEvaluationAccessibility => "FM:s beslut 26.2.2020, bedömning: tillgänglighet (306/2019)",
            DecisionReplicable => "FM:s beslut 26.2.2020, resultatens replikerbarhet",
            DecisionEvaluationNationalLevel => "FM:s beslut 26.2.2020, bedömning: arbete på nationell nivå",
            SlidesEvaluationImpact => "FM:s presentation hösten 2019, bedömning: effekter och allmän betydelse",
            DecisionLeadResponsible => "FM:s beslut 26.2.2020, projektförvaltarens ansvar",
            DecisionChangePlan => {
                "FM:s beslut 26.2.2020, genomförandet av förändringarna samt användning och spridning av resultaten"
            }
            DecisionPriorWork => "FM:s beslut 26.2.2020, motsvarande arbete i andra kommuner",
            SlidesImpactQuestions => {
                "FM:s presentation hösten 2019, ansökningsomgång I: effekter som ska beskrivas i ansökan"
            }
            SlidesTargets => "FM:s presentation hösten 2019, ansökningsomgång I: understödets objekt",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match c {
            DecisionEligibleCosts => "VM decision 26.2.2020, eligible costs",
            DecisionIneligibleCosts => "VM decision 26.2.2020, ineligible costs",
            DecisionInternalCharges => "VM decision 26.2.2020, internal charges",
            DecisionMaxShare => "VM decision 26.2.2020, maximum grant",
            DecisionSchedule => "VM decision 26.2.2020, schedule and final report",
            DecisionJointOnly => "VM decision 26.2.2020, joint projects only",
            DecisionTargets => "VM decision 26.2.2020, what the grant is for",
            DecisionNoSocialHealth => "VM decision 26.2.2020, no social and health care",
            DecisionNoBuiltEnvironment => "VM decision 26.2.2020, no built environment",
            DecisionNoCaseManagement => "VM decision 26.2.2020, no case management or archiving",
            DecisionNoProcurementOnly => "VM decision 26.2.2020, no system procurement alone",
            DecisionNoHardware => "VM decision 26.2.2020, no hardware procurement",
            DecisionMunicipalTask => "VM decision 26.2.2020, municipal tasks only (Local Government Act § 7)",
            DecisionEvaluationImpact => "VM decision 26.2.2020, assessment: impact and general significance",
            DecisionEvaluationRenewal => "VM decision 26.2.2020, assessment: renewing operations and costs",
            DecisionEvaluationSharedServices => "VM decision 26.2.2020, assessment: national shared services",
            DecisionEvaluationSharedSolutions => "VM decision 26.2.2020, assessment: shared solutions",
            DecisionEvaluationFeasibility => "VM decision 26.2.2020, assessment: feasibility",
            DecisionEvaluationNoOtherGrant => "VM decision 26.2.2020, assessment: no other grant",
            SlidesEvaluationCriteria => "VM slides, autumn 2019, criteria for granting",
            DecisionEvaluationSignificance => {
                "VM decision 26.2.2020, assessment: general significance and spreading best practices"
            }
            DecisionEvaluationDataDefinitions => {
                "VM decision 26.2.2020, assessment: data definitions on the Interoperability Platform"
            }
            DecisionEvaluationAccessibility => "VM decision 26.2.2020, assessment: accessibility (306/2019)",
            DecisionReplicable => "VM decision 26.2.2020, replicable results",
            DecisionEvaluationNationalLevel => "VM decision 26.2.2020, assessment: work for the national level",
            SlidesEvaluationImpact => "VM slides, autumn 2019, assessment: impact and general significance",
            DecisionLeadResponsible => "VM decision 26.2.2020, the lead's responsibility",
            DecisionChangePlan => "VM decision 26.2.2020, carrying out the changes and using and spreading the results",
            DecisionPriorWork => "VM decision 26.2.2020, similar work in other municipalities",
            SlidesImpactQuestions => "VM slides, autumn 2019, call I: the impact the application describes",
            SlidesTargets => "VM slides, autumn 2019, call I: the grant's targets",
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &CITATIONS, c as usize, citation(Lang::Fi, c)),
    }
}
