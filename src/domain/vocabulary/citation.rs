//! Where a rule comes from. Every finding cites a passage of a source document, so the user (and the
//! reviewer) can see the rule is the ministry's, not ours. The Finnish original of each passage is kept
//! verbatim here; its short label is translated in the UI's translation layer.

use serde::{Deserialize, Serialize};

/// A cited passage of a source document (the originals are in `tests/fixtures/`): seed 004, the VM
/// decision of 26.2.2020 on grants to joint municipal digitalisation projects, and seed 000, VM's
/// slides on the calls of autumn 2019 (`Slides…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Citation {
    DecisionEligibleCosts,
    DecisionIneligibleCosts,
    DecisionInternalCharges,
    DecisionMaxShare,
    DecisionSchedule,
    DecisionJointOnly,
    DecisionTargets,
    DecisionNoSocialHealth,
    DecisionNoBuiltEnvironment,
    DecisionNoCaseManagement,
    DecisionNoProcurementOnly,
    DecisionNoHardware,
    DecisionMunicipalTask,
    DecisionEvaluationImpact,
    DecisionEvaluationRenewal,
    DecisionEvaluationSharedServices,
    DecisionEvaluationSharedSolutions,
    DecisionEvaluationFeasibility,
    DecisionEvaluationNoOtherGrant,
    SlidesEvaluationCriteria,
    DecisionEvaluationSignificance,
    DecisionEvaluationDataDefinitions,
    DecisionEvaluationAccessibility,
    DecisionReplicable,
    DecisionEvaluationNationalLevel,
    SlidesEvaluationImpact,
    DecisionLeadResponsible,
    /// What the application must describe: how the changes are carried out and how the results are
    /// used and spread.
    DecisionChangePlan,
    /// Similar work in other municipalities surveyed before applying.
    DecisionPriorWork,
    /// Call I's impact questions ("Haetaan vaikuttavuutta, hakemuksessa kuvattava mm.").
    SlidesImpactQuestions,
    /// Call I's two targets ("Avustuksen kohteena voivat olla").
    SlidesTargets,
}

impl Citation {
    pub const ALL: [Citation; 31] = [
        Citation::DecisionEligibleCosts,
        Citation::DecisionIneligibleCosts,
        Citation::DecisionInternalCharges,
        Citation::DecisionMaxShare,
        Citation::DecisionSchedule,
        Citation::DecisionJointOnly,
        Citation::DecisionTargets,
        Citation::DecisionNoSocialHealth,
        Citation::DecisionNoBuiltEnvironment,
        Citation::DecisionNoCaseManagement,
        Citation::DecisionNoProcurementOnly,
        Citation::DecisionNoHardware,
        Citation::DecisionMunicipalTask,
        Citation::DecisionEvaluationImpact,
        Citation::DecisionEvaluationRenewal,
        Citation::DecisionEvaluationSharedServices,
        Citation::DecisionEvaluationSharedSolutions,
        Citation::DecisionEvaluationFeasibility,
        Citation::DecisionEvaluationNoOtherGrant,
        Citation::SlidesEvaluationCriteria,
        Citation::DecisionEvaluationSignificance,
        Citation::DecisionEvaluationDataDefinitions,
        Citation::DecisionEvaluationAccessibility,
        Citation::DecisionReplicable,
        Citation::DecisionEvaluationNationalLevel,
        Citation::SlidesEvaluationImpact,
        Citation::DecisionLeadResponsible,
        Citation::DecisionChangePlan,
        Citation::DecisionPriorWork,
        Citation::SlidesImpactQuestions,
        Citation::SlidesTargets,
    ];

    /// Stable identifier used in exported findings (`hakemus-check`, JSON).
    pub fn id(self) -> &'static str {
        match self {
            Citation::DecisionEligibleCosts => "vm-2020-02-26/eligible-costs",
            Citation::DecisionIneligibleCosts => "vm-2020-02-26/ineligible-costs",
            Citation::DecisionInternalCharges => "vm-2020-02-26/internal-charges",
            Citation::DecisionMaxShare => "vm-2020-02-26/max-share",
            Citation::DecisionSchedule => "vm-2020-02-26/schedule",
            Citation::DecisionJointOnly => "vm-2020-02-26/joint-only",
            Citation::DecisionTargets => "vm-2020-02-26/targets",
            Citation::DecisionNoSocialHealth => "vm-2020-02-26/no-social-health",
            Citation::DecisionNoBuiltEnvironment => "vm-2020-02-26/no-built-environment",
            Citation::DecisionNoCaseManagement => "vm-2020-02-26/no-case-management",
            Citation::DecisionNoProcurementOnly => "vm-2020-02-26/no-procurement-only",
            Citation::DecisionNoHardware => "vm-2020-02-26/no-hardware",
            Citation::DecisionMunicipalTask => "vm-2020-02-26/municipal-task",
            Citation::DecisionEvaluationImpact => "vm-2020-02-26/evaluation-impact",
            Citation::DecisionEvaluationRenewal => "vm-2020-02-26/evaluation-renewal",
            Citation::DecisionEvaluationSharedServices => "vm-2020-02-26/evaluation-shared-services",
            Citation::DecisionEvaluationSharedSolutions => "vm-2020-02-26/evaluation-shared-solutions",
            Citation::DecisionEvaluationFeasibility => "vm-2020-02-26/evaluation-feasibility",
            Citation::DecisionEvaluationNoOtherGrant => "vm-2020-02-26/evaluation-no-other-grant",
            Citation::SlidesEvaluationCriteria => "vm-2019-slides/evaluation-criteria",
            Citation::DecisionEvaluationSignificance => "vm-2020-02-26/evaluation-significance",
            Citation::DecisionEvaluationDataDefinitions => "vm-2020-02-26/evaluation-data-definitions",
            Citation::DecisionEvaluationAccessibility => "vm-2020-02-26/evaluation-accessibility",
            Citation::DecisionReplicable => "vm-2020-02-26/replicable",
            Citation::DecisionEvaluationNationalLevel => "vm-2020-02-26/evaluation-national-level",
            Citation::SlidesEvaluationImpact => "vm-2019-slides/evaluation-impact",
            Citation::DecisionLeadResponsible => "vm-2020-02-26/lead-responsible",
            Citation::DecisionChangePlan => "vm-2020-02-26/change-plan",
            Citation::DecisionPriorWork => "vm-2020-02-26/prior-work",
            Citation::SlidesImpactQuestions => "vm-2019-slides/impact-questions",
            Citation::SlidesTargets => "vm-2019-slides/targets",
        }
    }

    /// The passage in the original Finnish, verbatim from the source document.
    pub fn quote_fi(self) -> &'static str {
        match self {
            Citation::DecisionEligibleCosts => {
                "Valtionavustukseen oikeuttavia, hyväksyttäviä kustannuksia ovat hankkeesta aiheutuvat: \
                 1) henkilöstökustannukset 2) matkakustannukset 3) toimitilojen vuokrat 4) ostetun tai \
                 käyttöluvalla hankitun tutkimuksen, tietämyksen sekä konsultoinnin ja vastaavien \
                 palveluiden kustannukset, kun niitä on käytetty yksinomaan hanketta varten 5) muut \
                 toimintakustannukset, mukaan lukien suoraan hankkeesta aiheutuvat materiaalien, \
                 tarvikkeiden ja vastaavien tuotteiden kustannukset."
            }
            Citation::DecisionIneligibleCosts => {
                "Hyväksyttäviä kustannuksia eivät ole aineellisista investoinneista tai laitteistojen \
                 hankkimisesta aiheutuvat kustannukset. Hyväksyttäviä kustannuksia eivät myöskään ole \
                 ohjelmistolisenssit muutoin kuin kehittämishankkeen kannalta välttämättömiltä osin."
            }
            Citation::DecisionInternalCharges => {
                "Kunnan tai kuntayhtymän omien toimintayksiköiden veloittamien kustannusten on oltava \
                 kirjanpidon toteutuneisiin menoihin perustuvia."
            }
            Citation::DecisionMaxShare => {
                "Myönnettävän valtionavustuksen enimmäismäärä voi olla enintään 85 prosenttia hankkeen \
                 valtionavustukseen oikeuttavista kustannuksista. Enimmäismäärää laskettaessa \
                 kustannuksiin ei hyväksytä arvonlisäveron osuutta."
            }
            Citation::DecisionSchedule => {
                "Hanke tulee olla toteutettu ja loppuraportointi tehtynä viimeistään 30.11.2021."
            }
            Citation::DecisionJointOnly => {
                "Valtionavustusta voitiin tässä haussa myöntää vain hankkeisiin, jotka useammat kunnat \
                 toteuttavat yhdessä."
            }
            Citation::DecisionTargets => {
                "Avustusta voitiin myöntää sellaisiin kunnissa tapahtuviin toiminnan, tehtävien ja sisäisten \
                 prosessien muutoksiin, joissa:"
            }
            Citation::DecisionNoSocialHealth => {
                "Avustusta ei tässä haussa voinut hakea sosiaali- ja terveydenhuoltoon liittyviin \
                 kehittämishankkeisiin."
            }
            Citation::DecisionNoBuiltEnvironment => {
                "Avustusta ei voinut hakea rakennetun ympäristön toimialaan liittyviin hankkeisiin."
            }
            Citation::DecisionNoCaseManagement => {
                "Avustusta ei voinut hakea myöskään asianhallinnan tai arkistoinnin kehittämiseen."
            }
            Citation::DecisionNoProcurementOnly => {
                "Pelkästään järjestelmähankintoihin ilman toiminnan kehittämistä ei myönnetty avustusta."
            }
            Citation::DecisionNoHardware => "Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu.",
            Citation::DecisionMunicipalTask => {
                "Avustusta voitiin hakea vain sellaisiin tehtäviin, jotka ovat kuntalain (410/2015) 7 §:n \
                 mukaisesti kunnan tehtäviä."
            }
            Citation::DecisionEvaluationImpact => {
                "Avustuksen myöntämisessä on arvioitu erityisesti hankkeiden yhteiskunnallisen ja \
                 taloudellisen vaikuttavuuden toteutumista sekä hankkeiden yleistä merkitystä kuntien kannalta."
            }
            Citation::DecisionEvaluationRenewal => {
                "Hakemuksia on arvioitu sen suhteen, miten ne uudistaisivat kunnan toimintatapoja ja \
                 palveluprosesseja ja onko niillä kustannusten vähenemistä tai kustannusten kasvun \
                 hillitsemistä koskevat tavoitteet."
            }
            Citation::DecisionEvaluationSharedServices => {
                "Hakemuksista on myös arvioitu, miten hyvin hankkeissa hyödynnetään kansallisia yhteisiä \
                 palveluja, kuten sähköisen asioinnin tukipalveluja (Suomi.fi-palvelut), joiden käyttöön \
                 laki julkisen hallinnon sähköisen asioinnin yhteisistä tukipalveluista (571/2016) \
                 velvoittaa kuntia."
            }
            Citation::DecisionEvaluationSharedSolutions => {
                "Hankkeita on arvioitu sen suhteen, kuinka hyvin hanke tuottaa yhteisiä ratkaisuja \
                 kuntakohtaisten erityisratkaisuiden sijaan."
            }
            Citation::DecisionEvaluationFeasibility => {
                "Hankkeiden toteutuskelpoisuutta ja vaikuttavuutta suhteessa hankkeen laajuuteen ja \
                 kustannusarvioon on arvioitu."
            }
            Citation::DecisionEvaluationNoOtherGrant => {
                "Ensisijaisesti on tuettu sellaista toimintaa, joka ei ole saanut muita avustuksia."
            }
            Citation::SlidesEvaluationCriteria => {
                "Hakemuksia arvioidaan myös siitä näkökulmasta, ‒ miten kunnan tiedolla johtaminen ja \
                 ennakoiva tiedon hyödyntäminen paranevat, ‒ miten toiminta parantaa asukkaille \
                 tarjottavia palveluita, ‒ mitä konkreettisia toiminnallisia ja taloudellisia tavoitteita \
                 esitetyllä hankkeella tavoitellaan verrattuna nykytilaan, ‒ mitä toimenpiteitä täytyy \
                 toteuttaa, että tavoitteisiin ja laajempiin vaikutuksiin päästään, ‒ mitä laajempia \
                 vaikutuksia sidostahoihin toiminnan muutoksella on, ‒ miten kunta seuraa tapahtunutta \
                 toiminnan muutosta, ‒ miten laajasti hankkeen tulokset ovat kunnissa hyödynnettävissä ja \
                 sitoutuvatko hakijat tulosten jakamiseen ja ‒ miten hanke kytkeytyy kuntastrategiaan ja \
                 kunnan muuhun kehittämiseen."
            }
            Citation::DecisionEvaluationSignificance => {
                "Lisäksi on arvioitu, millaista yleistä merkitystä kyseisellä toiminnalla on kunnissa ja miten \
                 parhaita käytäntöjä ja innovaatioita pyritään levittämään."
            }
            Citation::DecisionEvaluationDataDefinitions => {
                "Arvioinnissa on huomioitu, miten hankkeessa tuotetut tietomääritykset kuvataan \
                 Yhteentoimivuusalustalle (<http://yhteentoimiva.suomi.fi>) ja määritellään yhteiskäyttöisiksi \
                 kuntakohtaisten tietomäärittelyjen asemasta."
            }
            Citation::DecisionEvaluationAccessibility => {
                "Hankkeissa kehitettävien digitaalisten palvelujen tulee olla saavutettavia ja laadukkaita \
                 täyttäen digipalvelulain (laki digitaalisten palvelujen tarjoamisesta (306/2019) vaatimukset \
                 viranomaisille."
            }
            Citation::DecisionReplicable => {
                "Lopputulosten ja prosessin on oltava monistettavissa tai muulla tavoin hyödynnettävissä \
                 muissa kunnissa."
            }
            Citation::DecisionEvaluationNationalLevel => {
                "Sellaisia hankkeita, joiden arvioitiin soveltuvan yksittäistä kuntaryhmää paremmin kansallisen \
                 tason selvityksillä, tutkimuksilla tai kehittämishankkeilla tehtäväksi, ei kuitenkaan tuettu."
            }
            Citation::SlidesEvaluationImpact => {
                "Arvioidaan erityisesti hankkeiden yhteiskunnallisen ja taloudellisen vaikuttavuuden toteutumista \
                 sekä hankkeiden yleistä merkitystä kuntien kannalta."
            }
            Citation::DecisionLeadResponsible => {
                "Avustus kuitenkin maksetaan sille kunnalle tai kuntayhtymälle, joka on sitoutunut \
                 vastaamaan valtionavustuksen käytöstä koko hankkeessa (hankehallinnoija)."
            }
            Citation::DecisionChangePlan => {
                "Hankkeessa tuli suunnitella, miten toiminnan muutokset toteutetaan ja miten hankkeen \
                 tuloksia tullaan hyödyntämään ja levittämään hankkeen päätyttyä sekä kuvata nämä \
                 hakemuksessa."
            }
            Citation::DecisionPriorWork => {
                "Ennen hakemista oli selvitettävä muissa kunnissa tehtyä vastaavaa työtä ja pohdittava sen \
                 hyödyntämistä hankkeen pohjana."
            }
            Citation::SlidesImpactQuestions => {
                "Haetaan vaikuttavuutta, hakemuksessa kuvattava mm. ‒ Mitä vaikutuksia hankkeen tuotoksilla \
                 on kunnan toimintatapoihin tai prosesseihin? ‒ Onko hankkeen tuloksilla laajempia \
                 vaikutuksia? ‒ Miten hanke parantaa kunnan tiedolla johtamista ja ennakoivaa tiedon \
                 hyödyntämistä? ‒ Miten hanke parantaa asukkaille tarjottavia palveluita? ‒ \
                 Kustannusvaikutukset ‒ Kertaluonteisuus vs. pysyvyys ‒ Mekanismi, aikataulu, seuranta ‒ \
                 Miten hanke kytkeytyy siihen sitoutuneiden kuntien strategioihin? ‒ Riskiarviointi ‒ \
                 Toiminnan muutoksen seuranta ‒ Suunnitelma työn skaalaamisesta ja levittämisestä"
            }
            Citation::SlidesTargets => {
                "Avustuksen kohteena voivat olla: ‒ Kunnan taloushallinnon prosessien automatisointi ja sitä \
                 tukevan tiedonhallinnan kehittäminen yhteisesti määritetyn tiedon varaan. ‒ Automatisoinnin \
                 kohteita taloushallinnossa voivat olla esimerkiksi taloustapahtumatason automatisointi, \
                 kustannuslaskenta, sisäinen ja ulkoinen raportointi tai automaattiset analyysit ‒ Muut \
                 toimenpiteet, joilla luodaan tai parannetaan kunnan edellytyksiä kunnan toimintaa, taloutta \
                 tai henkilöstöä koskevien tietojen digitalisointiin sekä näiden tietojen hyödyntämiseen \
                 toimintojen tiedolla johtamisessa."
            }
        }
    }

    /// The source document: the decision (seed 004) or the slides (seed 000).
    pub fn is_from_slides(self) -> bool {
        matches!(
            self,
            Citation::SlidesEvaluationCriteria
                | Citation::SlidesEvaluationImpact
                | Citation::SlidesImpactQuestions
                | Citation::SlidesTargets
        )
    }
}

/// A passage of the slides (seed 000) on the programme's first phase, before the call: the
/// initiatives for joint projects (ehdotukset yhteishankkeiksi), the expressions of interest and the
/// workshop that forms the groups. Apart from [`Citation`], which the drafter's and the reviewer's
/// apps show (with their Finnish quotes), so that those apps do not carry these passages: only the
/// first phase's pages and `hakemus-check` name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhaseCitation {
    /// The two phases: initiatives or expressions of interest by 5.9., the call itself later.
    TwoPhase,
    /// What initiatives may be: from the municipalities' own needs, new or drawn from earlier work.
    Ideas,
    /// The five things an initiative must describe.
    Descriptions,
    /// The schedule of the joint projects: collecting initiatives, working on them together, the
    /// workshop of 27.9.
    Workshop,
}

impl PhaseCitation {
    pub const ALL: [PhaseCitation; 4] = [
        PhaseCitation::TwoPhase,
        PhaseCitation::Ideas,
        PhaseCitation::Descriptions,
        PhaseCitation::Workshop,
    ];

    /// Stable identifier used in exported findings (`hakemus-check`).
    pub fn id(self) -> &'static str {
        match self {
            PhaseCitation::TwoPhase => "vm-2019-slides/two-phase",
            PhaseCitation::Ideas => "vm-2019-slides/initiative-ideas",
            PhaseCitation::Descriptions => "vm-2019-slides/initiative-descriptions",
            PhaseCitation::Workshop => "vm-2019-slides/workshop",
        }
    }

    /// The passage in the original Finnish, verbatim from the slides.
    pub fn quote_fi(self) -> &'static str {
        match self {
            PhaseCitation::TwoPhase => {
                "Ehdotukset useiden kuntien yhteisesti toteutettaviksi hankkeiksi ‒ Kaksivaiheinen prosessi ‒ \
                 Ehdotus tai ilmoitus kiinnostuksesta osallistua viimeistään 5.9. ‒ Varsinainen \
                 valtionavustushaku myöhemmin"
            }
            PhaseCitation::Ideas => {
                "Aihe-ehdotukset voivat olla erilaisia, ja kunnat voivat esittää niitä omista tarpeistaan \
                 lähtien. Ideat voivat olla innovatiivisia ja uusia, tai niitä voi ammentaa jo tehdystä \
                 kehittämistyöstä."
            }
            PhaseCitation::Descriptions => {
                "Ehdotuksissa on kuvattava mm. ‒ miten ehdotus parantaa kuntien toimintatapoja tai \
                 palveluprosesseja sekä niiden laatua ja vaikuttavuutta, ‒ ehdotuksen tavoitteet ja toivottu \
                 lopputulos, ‒ ehdotettavan kehittämiskohteen merkitys kuntakentällä ja tulosten \
                 hyödynnettävyys, ‒ ehdotetun idean kustannuspotentiaali ja ‒ ehdotuksen jatkokehittelyn ja \
                 toteutuksen mahdolliset riskit."
            }
            PhaseCitation::Workshop => "Ehdotusten keruu Yhdessä työstäminen Työpaja 27.9.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each quote must be found, word for word, in the seed document it cites (line breaks aside).
    #[test]
    fn quotes_are_verbatim_from_the_seed() {
        let normalise = |s: &str| s.replace("- ", " ").split_whitespace().collect::<Vec<_>>().join(" ");
        let decision = normalise(include_str!("../../../tests/fixtures/seed-004-decision-2020-02-26.txt"));
        let slides = normalise(include_str!("../../../tests/fixtures/seed-000-vm-slides-2019.txt"));
        for c in Citation::ALL {
            let (seed, name) = if c.is_from_slides() {
                (&slides, "000")
            } else {
                (&decision, "004")
            };
            assert!(
                seed.contains(&normalise(c.quote_fi())),
                "{c:?} is not verbatim in seed {name}"
            );
        }
        for c in PhaseCitation::ALL {
            assert!(
                slides.contains(&normalise(c.quote_fi())),
                "{c:?} is not verbatim in seed 000"
            );
        }
    }
}
