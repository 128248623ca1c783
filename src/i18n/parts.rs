//! The words of the application's other parts: the project (field labels, end date hint, maturity
//! levels), the applicants (field labels, business ID errors), the targets and exclusions, the
//! schedule, the monitoring indicators and the risks.

use super::format::date;
use super::texts::texts;
use super::T;
use crate::domain::rules::finding::{ApplicantField, IndicatorField, PackageField, ProjectField, RiskField};
use crate::domain::vocabulary::business_id::BusinessIdError;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::targets::{Exclusion, Target};

// The targets in the calls' words, the self-check questions of the excluded areas, their hints and
// why an excluded project gets no grant (`findings`): one text each (in the wasm, Swedish and
// English come from the texts files, `catalogue`).
texts! {
    P;
    TargetCustomerOrientedProcesses {
        fi: "Kehitetään entistä asiakaslähtöisempiä palveluprosesseja hyödyntäen kehitettyjä yhteisiä ratkaisuja",
        sv: "Mer kundorienterade serviceprocesser med hjälp av gemensamt utvecklade lösningar",
        en: "More customer-oriented service processes using jointly developed solutions",
    }
    TargetCommonDataDefinitions {
        fi: "Kehitetään palveluille yhteisiä tietomäärityksiä ja toimintatapoja, jotka mahdollistavat asiakkaan asioinnin digitaalisesti ja tietojen siirron kuntien järjestelmien välillä",
        sv: "Gemensamma datadefinitioner och arbetssätt som gör det möjligt för kunden att uträtta ärenden digitalt och för uppgifter att flyttas mellan kommunernas system",
        en: "Common data definitions and ways of working that let customers transact digitally and data move between municipalities' systems",
    }
    TargetElectronicStatutoryServices {
        fi: "Kehitetään yhteistyössä kuntien lakisääteisiä tehtäviä toteuttavia palveluja sähköisiksi",
        sv: "Tjänster som sköter kommunernas lagstadgade uppgifter görs elektroniska i samarbete",
        en: "Services for statutory municipal tasks developed into electronic services, together",
    }
    TargetKnowledgeManagement {
        fi: "Parannetaan kuntien tietojohtamista tai tiedolla johtamista",
        sv: "Kommunernas informationsledning eller kunskapsbaserade ledning förbättras",
        en: "Better information management or knowledge-based management in municipalities",
    }
    TargetStrategicProcesses {
        fi: "Kehitetään kuntien strategisia prosesseja",
        sv: "Kommunernas strategiska processer utvecklas",
        en: "Developing municipalities' strategic processes",
    }
    TargetNewTechnologies {
        fi: "Hyödynnetään uusia teknologioita, kuten ohjelmistorobotiikkaa, tekoälyä ja prosessiautomaatiota, julkisessa hallinnossa",
        sv: "Ny teknik, såsom programvarurobotik, artificiell intelligens och processautomation, används i den offentliga förvaltningen",
        en: "Using new technologies such as robotic process automation, AI and process automation in public administration",
    }
    TargetFinanceAutomation {
        fi: "Kunnan taloushallinnon prosessien automatisointi ja sitä tukevan tiedonhallinnan kehittäminen yhteisesti määritetyn tiedon varaan, esimerkiksi taloustapahtumatason automatisointi, kustannuslaskenta, sisäinen ja ulkoinen raportointi tai automaattiset analyysit",
        sv: "Automatisering av kommunens ekonomiförvaltningsprocesser och utveckling av den informationshantering som stöder den utifrån gemensamt definierade uppgifter, till exempel automatisering på transaktionsnivå, kostnadsberäkning, intern och extern rapportering eller automatiska analyser",
        en: "Automating the municipality's financial administration processes and developing the information management that supports it on commonly defined data, for example transaction-level automation, cost accounting, internal and external reporting or automatic analyses",
    }
    TargetDataCapability {
        fi: "Muut toimenpiteet, joilla luodaan tai parannetaan kunnan edellytyksiä kunnan toimintaa, taloutta tai henkilöstöä koskevien tietojen digitalisointiin sekä näiden tietojen hyödyntämiseen toimintojen tiedolla johtamisessa",
        sv: "Andra åtgärder som skapar eller förbättrar kommunens förutsättningar att digitalisera uppgifter om kommunens verksamhet, ekonomi eller personal och att använda dem i den kunskapsbaserade ledningen av verksamheten",
        en: "Other measures that create or improve the municipality's capacity to digitise data on its operations, finances or personnel and to use that data in knowledge-based management",
    }
    QuestionSocialAndHealthCare {
        fi: "Onko hanke sosiaali- ja terveydenhuoltoon liittyvä kehittämishanke?",
        sv: "Är projektet ett utvecklingsprojekt inom social- och hälsovården?",
        en: "Is the project a social and health care development project?",
    }
    QuestionBuiltEnvironment {
        fi: "Liittyykö hanke rakennetun ympäristön toimialaan?",
        sv: "Gäller projektet den byggda miljön?",
        en: "Does the project concern the built environment?",
    }
    QuestionCaseManagementOrArchiving {
        fi: "Kehitetäänkö hankkeessa asianhallintaa tai arkistointia?",
        sv: "Utvecklas ärendehantering eller arkivering i projektet?",
        en: "Does the project develop case management or archiving?",
    }
    QuestionSystemProcurementOnly {
        fi: "Onko hanke pelkkä järjestelmähankinta ilman toiminnan kehittämistä?",
        sv: "Är projektet enbart en systemanskaffning utan utveckling av verksamheten?",
        en: "Is the project only a system procurement, without developing operations?",
    }
    QuestionHardwareProcurement {
        fi: "Onko hankkeen kohteena laitteiden hankkiminen?",
        sv: "Är projektets objekt att anskaffa utrustning?",
        en: "Is the object of the project buying hardware?",
    }
    HintHardwareProcurement {
        fi: "Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu. Vastaa ”kyllä”, jos hankkeessa on kyse laitteiden hankkimisesta. Jos hanke kehittää toimintaa ja siihen kuuluu joitakin laitekustannuksia, vastaa ”ei” ja merkitse ne talousarvioon: laitteiden hankkimisesta aiheutuvat kustannukset eivät ole hyväksyttäviä, eikä niitä lasketa avustuksen perusteeseen.",
        sv: "Anskaffning av utrustning och kostnader för den har inte fått stöd. Svara ”ja” om projektet gäller att anskaffa utrustning. Om projektet utvecklar verksamheten och har vissa utrustningskostnader, svara ”nej” och för in dem i budgeten: kostnader för anskaffning av utrustning är inte godtagbara och räknas inte in i understödets grund.",
        en: "Hardware procurement and its costs have not been supported. Answer “yes” if the project is about buying hardware. If the project develops operations and has some hardware costs, answer “no” and enter them in the budget: the costs of acquiring hardware are not eligible and are left out of the grant's base.",
    }
    ExcludedSocialAndHealthCare {
        fi: "Tässä haussa avustusta ei voi hakea sosiaali- ja terveydenhuoltoon liittyviin kehittämishankkeisiin.",
        sv: "I denna ansökningsomgång kan understöd inte sökas för utvecklingsprojekt inom social- och hälsovården.",
        en: "In this call the grant cannot be applied for social and health care development projects.",
    }
    ExcludedBuiltEnvironment {
        fi: "Tässä haussa avustusta ei voi hakea rakennetun ympäristön toimialaan liittyviin hankkeisiin.",
        sv: "I denna ansökningsomgång kan understöd inte sökas för projekt inom den byggda miljön.",
        en: "In this call the grant cannot be applied for projects concerning the built environment.",
    }
    ExcludedCaseManagementOrArchiving {
        fi: "Tässä haussa avustusta ei voi hakea asianhallinnan tai arkistoinnin kehittämiseen.",
        sv: "I denna ansökningsomgång kan understöd inte sökas för utveckling av ärendehantering eller arkivering.",
        en: "In this call the grant cannot be applied for developing case management or archiving.",
    }
    ExcludedSystemProcurementOnly {
        fi: "Pelkkiin järjestelmähankintoihin ilman toiminnan kehittämistä ei myönnetä avustusta.",
        sv: "Understöd beviljas inte för enbart systemanskaffningar utan utveckling av verksamheten.",
        en: "No grant is given for system procurement alone, without developing operations.",
    }
    ExcludedHardwareProcurement {
        fi: "Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu: hankkeen kohteena ei voi olla laitteiden hankkiminen.",
        sv: "Anskaffning av utrustning och kostnader för den har inte fått stöd: projektets objekt kan inte vara att anskaffa utrustning.",
        en: "Hardware procurement and the costs arising from it have not been supported: the object of a project cannot be buying hardware.",
    }
}

/// The visible label of a project field.
pub fn project_field_label(lang: Lang, field: ProjectField) -> &'static str {
    match field {
        ProjectField::NameFi => T::FieldNameFi,
        ProjectField::NameSv => T::FieldNameSv,
        ProjectField::NameEn => T::FieldNameEn,
        ProjectField::Summary => T::FieldSummary,
        ProjectField::Start => T::FieldStart,
        ProjectField::End => T::FieldEnd,
    }
    .get(lang)
}

/// The hint under the end date: the call's limit for finishing, if it sets one.
pub fn end_hint(lang: Lang, limit: Option<time::Date>) -> String {
    match (lang, limit) {
        (Lang::Fi, Some(d)) => format!(
            "Hankkeen on päätyttävä ja loppuraportin oltava valmis viimeistään {}.",
            date(lang, d)
        ),
        (Lang::Sv, Some(d)) => format!(
            "Projektet ska vara avslutat och slutrapporten klar senast {}.",
            date(lang, d)
        ),
        (Lang::En, Some(d)) => format!(
            "The project must end and its final report be given by {}.",
            date(lang, d)
        ),
        (Lang::Fi, None) => "Haku ei aseta hankkeelle päättymispäivää.".into(),
        (Lang::Sv, None) => "Ansökningsomgången anger inget slutdatum för projektet.".into(),
        (Lang::En, None) => "The call sets no end date for the project.".into(),
    }
}

/// A level of VTT's digital maturity model ("1".."5"), with its description (000).
pub fn maturity_level(lang: Lang, level: &str) -> String {
    let description = match (lang, level) {
        (Lang::Fi, "1") => "Palvelut kuntalaisille pääosin manuaalisia",
        (Lang::Fi, "2") => "Prosessi tai prosessin osa digitaalisessa muodossa",
        (Lang::Fi, "3") => "Prosessien optimointi: prosessiautomaatio osana prosesseja",
        (Lang::Fi, "4") => "Asiakaslähtöiset palvelupolut: teknologia palvelemaan",
        (Lang::Fi, "5") => "Kunta palvelualustana",
        (Lang::Sv, "1") => "Tjänsterna för invånarna huvudsakligen manuella",
        (Lang::Sv, "2") => "En process eller en del av den i digital form",
        (Lang::Sv, "3") => "Processoptimering: processautomation som en del av processerna",
        (Lang::Sv, "4") => "Kundorienterade servicestigar: tekniken i tjänstens tjänst",
        (Lang::Sv, "5") => "Kommunen som serviceplattform",
        (Lang::En, "1") => "Services to residents mainly manual",
        (Lang::En, "2") => "A process or part of it in digital form",
        (Lang::En, "3") => "Process optimisation: automation part of the processes",
        (Lang::En, "4") => "Customer-oriented service paths: technology serving",
        (Lang::En, "5") => "The municipality as a service platform",
        _ => "",
    };
    let number = match lang {
        Lang::En => format!("{level}.0"),
        _ => format!("{level},0"),
    };
    format!("{number} – {description}")
}

/// The visible label of an applicant field.
pub fn applicant_field_label(lang: Lang, field: ApplicantField) -> &'static str {
    match field {
        ApplicantField::Municipality => T::FieldMunicipality,
        ApplicantField::Name => T::FieldAuthorityName,
        ApplicantField::BusinessId => T::FieldBusinessId,
        ApplicantField::ContactName => T::FieldContactName,
        ApplicantField::ContactEmail => T::FieldContactEmail,
        ApplicantField::ContactPhone => T::FieldContactPhone,
        ApplicantField::Role => T::FieldRole,
        ApplicantField::Commitment => T::FieldCommitment,
        ApplicantField::SignatoryName => T::FieldSignatoryName,
        ApplicantField::SignatoryTitle => T::FieldSignatoryTitle,
        ApplicantField::OwnFinancing => T::FieldOwnFinancing,
        ApplicantField::DecisionBody => T::FieldDecisionBody,
        ApplicantField::DecisionDate => T::FieldDecisionDate,
        ApplicantField::DecisionSection => T::FieldDecisionSection,
        ApplicantField::DecisionPlanned => T::FieldDecisionPlanned,
        ApplicantField::Exchange => T::PartnerExchange,
    }
    .get(lang)
}

/// Why a typed business ID is not one.
pub fn business_id_error(lang: Lang, e: &BusinessIdError) -> String {
    match (lang, e) {
        (Lang::Fi, BusinessIdError::Empty) => "tunnus puuttuu".into(),
        (Lang::Fi, BusinessIdError::Format) => "muoto on 1234567-8 (seitsemän numeroa, väliviiva ja tarkiste)".into(),
        (Lang::Fi, BusinessIdError::CheckDigit { expected }) => {
            format!("tarkistenumero ei täsmää (numeroista laskettu tarkiste on {expected})")
        }
        (Lang::Fi, BusinessIdError::NoCheckDigit) => "näille numeroille ei ole kelvollista tarkistetta".into(),
        (Lang::Sv, BusinessIdError::Empty) => "signumet saknas".into(),
        (Lang::Sv, BusinessIdError::Format) => {
            "formen är 1234567-8 (sju siffror, bindestreck och kontrollsiffra)".into()
        }
        (Lang::Sv, BusinessIdError::CheckDigit { expected }) => {
            format!("kontrollsiffran stämmer inte (den som räknas ut ur siffrorna är {expected})")
        }
        (Lang::Sv, BusinessIdError::NoCheckDigit) => "dessa siffror har ingen giltig kontrollsiffra".into(),
        (Lang::En, BusinessIdError::Empty) => "the ID is missing".into(),
        (Lang::En, BusinessIdError::Format) => {
            "the form is 1234567-8 (seven digits, a hyphen and a check digit)".into()
        }
        (Lang::En, BusinessIdError::CheckDigit { expected }) => {
            format!("the check digit does not match (the digits give {expected})")
        }
        (Lang::En, BusinessIdError::NoCheckDigit) => "no valid check digit exists for these digits".into(),
    }
}

/// A target in the call's words.
pub fn target(lang: Lang, t: Target) -> &'static str {
    use Target::*;
    match t {
        CustomerOrientedProcesses => P::TargetCustomerOrientedProcesses,
        CommonDataDefinitions => P::TargetCommonDataDefinitions,
        ElectronicStatutoryServices => P::TargetElectronicStatutoryServices,
        KnowledgeManagement => P::TargetKnowledgeManagement,
        StrategicProcesses => P::TargetStrategicProcesses,
        NewTechnologies => P::TargetNewTechnologies,
        FinanceAutomation => P::TargetFinanceAutomation,
        DataCapability => P::TargetDataCapability,
    }
    .get(lang)
}

/// The self-check question for an excluded area.
pub fn exclusion_question(lang: Lang, e: Exclusion) -> &'static str {
    use Exclusion::*;
    match e {
        SocialAndHealthCare => P::QuestionSocialAndHealthCare,
        BuiltEnvironment => P::QuestionBuiltEnvironment,
        CaseManagementOrArchiving => P::QuestionCaseManagementOrArchiving,
        SystemProcurementOnly => P::QuestionSystemProcurementOnly,
        HardwareProcurement => P::QuestionHardwareProcurement,
    }
    .get(lang)
}

/// The hint under an exclusion question, where one is needed to answer it as the decision means it.
pub fn exclusion_hint(lang: Lang, e: Exclusion) -> Option<&'static str> {
    match e {
        // 004: "Laitteistohankintoja ja niistä syntyviä kustannuksia ei ole tuettu" (a project whose
        // object is buying hardware), and, apart, hardware costs are not eligible (the budget keeps
        // them out of the base): a development project with hardware costs of its own answers "no".
        Exclusion::HardwareProcurement => Some(P::HintHardwareProcurement.get(lang)),
        _ => None,
    }
}

/// The visible label of a work package field.
pub fn package_field_label(lang: Lang, field: PackageField) -> &'static str {
    match field {
        PackageField::Name => T::FieldPackageName,
        PackageField::Start => T::FieldStart,
        PackageField::End => T::FieldEnd,
        PackageField::Responsible => T::FieldResponsible,
    }
    .get(lang)
}

/// The visible label of an indicator field.
pub fn indicator_field_label(lang: Lang, field: IndicatorField) -> &'static str {
    match field {
        IndicatorField::Name => T::FieldIndicatorName,
        IndicatorField::Baseline => T::FieldBaseline,
        IndicatorField::Target => T::FieldTargetValue,
        IndicatorField::Method => T::FieldMethod,
        IndicatorField::Timing => T::FieldTiming,
    }
    .get(lang)
}

/// The visible label of a risk field.
pub fn risk_field_label(lang: Lang, field: RiskField) -> &'static str {
    match field {
        RiskField::Description => T::FieldRiskDescription,
        RiskField::Likelihood => T::FieldLikelihood,
        RiskField::Impact => T::FieldImpact,
        RiskField::Mitigation => T::FieldMitigation,
        RiskField::Owner => T::FieldOwner,
    }
    .get(lang)
}

/// The accessibility statement's feedback paragraph. `contact` is where this deployment takes
/// feedback (a build setting); without one, the programme's owner, the Ministry of Finance, as its
/// slides give it.
pub fn statement_feedback(lang: Lang, contact: Option<&str>) -> String {
    let contact = contact.map(str::trim).filter(|c| !c.is_empty());
    match lang {
        Lang::Fi => format!(
            "Jos huomaat saavutettavuuspuutteen, kerro siitä: {}. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (saavutettavuuden valvonnan yksikkö, www.saavutettavuusvaatimukset.fi, saavutettavuus@avi.fi, puhelin 0295 016 000).",
            contact.unwrap_or("valtiovarainministeriö, puhelin 0295 16001 (vaihde)")
        ),
        Lang::Sv => format!(
            "Om du märker en brist i tillgängligheten, meddela: {}. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket i Södra Finland (enheten för tillsyn av tillgänglighet, www.tillganglighetskrav.fi, webbtillganglighet@rfv.fi, telefon 0295 016 000).",
            contact.unwrap_or("finansministeriet, telefon 0295 16001 (växel)")
        ),
        Lang::En => format!(
            "If you notice an accessibility problem, tell: {}. If you are not satisfied with the reply, or get none within two weeks, you can notify the Regional State Administrative Agency for Southern Finland (Accessibility Monitoring Unit, www.webaccessibility.fi, saavutettavuus@avi.fi, telephone 0295 016 000).",
            contact.unwrap_or("the Ministry of Finance, telephone +358 295 16001 (switchboard)")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_names_a_feedback_contact_never_a_blank() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let default = statement_feedback(lang, None);
            assert!(
                default.contains("0295 16001") || default.contains("295 16001"),
                "{default}"
            );
            assert_eq!(
                statement_feedback(lang, Some("  ")),
                default,
                "a blank setting is no setting"
            );
            let set = statement_feedback(lang, Some("Kiuruveden kaupunki, saavutettavuus@kiuruvesi.fi"));
            assert!(
                set.contains(": Kiuruveden kaupunki, saavutettavuus@kiuruvesi.fi. "),
                "{set}"
            );
        }
    }

    /// The social and health care exclusion asks about the project, in the decision's words ("sosiaali-
    /// ja terveydenhuoltoon liittyviin kehittämishankkeisiin"), with one meaning in every language: a
    /// sote authority may lead or join a project that is not itself a sote development project.
    #[test]
    fn the_sote_question_asks_whether_the_project_is_a_sote_development_project() {
        let q = |lang| exclusion_question(lang, Exclusion::SocialAndHealthCare);
        assert_eq!(
            q(Lang::Fi),
            "Onko hanke sosiaali- ja terveydenhuoltoon liittyvä kehittämishanke?"
        );
        assert_eq!(
            q(Lang::Sv),
            "Är projektet ett utvecklingsprojekt inom social- och hälsovården?"
        );
        assert_eq!(
            q(Lang::En),
            "Is the project a social and health care development project?"
        );
    }

    /// "Haku" (a call for applications) is "ansökningsomgång" in Swedish, never "ansökan" (an
    /// application).
    #[test]
    fn the_swedish_words_for_a_call_are_not_the_words_for_an_application() {
        assert_eq!(
            end_hint(Lang::Sv, None),
            "Ansökningsomgången anger inget slutdatum för projektet."
        );
        for c in crate::domain::vocabulary::call::all() {
            assert!(!c.name(Lang::Sv).contains("ansökan"), "{}", c.name(Lang::Sv));
        }
        assert!(!crate::i18n::T::FieldCall.get(Lang::Sv).contains("Ansökan"));
    }
}
