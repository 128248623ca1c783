//! What a finding says and where it is: the sentence of each `Message` (an exhaustive match per
//! language) and the place of each `FieldPath` for the error summary.

use super::budget::{category, field_label, money_error};
use super::format::{counted, date, integer};
use super::parts::{
    applicant_field_label, business_id_error, exclusion_question, indicator_field_label, package_field_label,
    project_field_label, risk_field_label, P,
};
use super::texts::texts;
use super::{questions, T};
use crate::domain::rules::finding::{FieldPath, Finding, Message};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::register;
use crate::domain::vocabulary::targets::Exclusion;

// The messages of findings that carry no values: one text each (in the wasm, Swedish and English
// come from the texts files, `catalogue`, so the wasm carries only the Finnish).
texts! {
    F;
    PackagesRequired {
        fi: "Työpaketteja tai välitavoitteita ei ole lisätty. Aikataulu kuvataan kirjallisena vastauksena; työpaketit eivät ole pakollisia, mutta ne auttavat arvioijia.",
        sv: "Inga arbetspaket eller delmål har lagts till. Tidsplanen beskrivs i ett skriftligt svar; arbetspaketen är frivilliga, men de hjälper bedömarna.",
        en: "No work packages or milestones yet. The schedule is described in a written answer; work packages are optional, but they help the reviewers.",
    }
    IndicatorsRequired {
        fi: "Mittareita ei ole lisätty. Toiminnan muutoksen seuranta kuvataan kirjallisena vastauksena; mittarit eivät ole pakollisia, mutta ne auttavat arvioijia.",
        sv: "Inga indikatorer har lagts till. Uppföljningen av förändringen i verksamheten beskrivs i ett skriftligt svar; indikatorerna är frivilliga, men de hjälper bedömarna.",
        en: "No indicators yet. Monitoring the change in operations is described in a written answer; indicators are optional, but they help the reviewers.",
    }
    FieldRequired {
        fi: "Täytä tämä kohta.",
        sv: "Fyll i den här punkten.",
        en: "Fill in this field.",
    }
    ResponsibleRequired {
        fi: "Valitse vastuullinen hakija.",
        sv: "Välj ansvarig sökande.",
        en: "Choose the responsible applicant.",
    }
    ResponsibleUnknown {
        fi: "Vastuullista ei ole enää hakijoissa. Valitse hakija.",
        sv: "Den ansvariga finns inte längre bland de sökande. Välj sökande.",
        en: "The responsible applicant is no longer an applicant. Choose an applicant.",
    }
    RisksRequired {
        fi: "Riskejä ei ole lisätty. Riskiarvio kuvataan kirjallisena vastauksena; riskiluettelo ei ole pakollinen, mutta se auttaa arvioijia.",
        sv: "Inga risker har lagts till. Riskbedömningen beskrivs i ett skriftligt svar; riskförteckningen är frivillig, men den hjälper bedömarna.",
        en: "No risks yet. The risk assessment is described in a written answer; the risk register is optional, but it helps the reviewers.",
    }
    RiskDescriptionRequired {
        fi: "Kuvaa riski.",
        sv: "Beskriv risken.",
        en: "Describe the risk.",
    }
    ScaleRequired {
        fi: "Valitse arvo asteikolta 1–5.",
        sv: "Välj ett värde på skalan 1–5.",
        en: "Choose a value on the scale of 1–5.",
    }
    MitigationRequired {
        fi: "Kerro, miten riskiä hallitaan.",
        sv: "Beskriv hur risken hanteras.",
        en: "Describe how the risk is mitigated.",
    }
    OwnerRequired {
        fi: "Valitse riskistä vastaava hakija.",
        sv: "Välj den sökande som ansvarar för risken.",
        en: "Choose the applicant who owns the risk.",
    }
    OwnerUnknown {
        fi: "Riskistä vastaavaa ei ole enää hakijoissa. Valitse hakija.",
        sv: "Den som ansvarar för risken finns inte längre bland de sökande. Välj sökande.",
        en: "The risk's owner is no longer an applicant. Choose an applicant.",
    }
    AnswerRequired {
        fi: "Vastaa kysymykseen.",
        sv: "Svara på frågan.",
        en: "Answer the question.",
    }
    AnswerAdvised {
        fi: "Tähän ei ole pakko vastata, mutta vastaus auttaa arvioijia.",
        sv: "Frågan är frivillig, men ett svar hjälper bedömarna.",
        en: "This answer is optional, but it helps the reviewers.",
    }
    MaturityNotRaised {
        fi: "Tavoiteltu kypsyystaso ei ole nykyistä korkeampi. Hankkeen pitäisi nostaa digitalisaation kypsyyttä.",
        sv: "Den eftersträvade mognadsnivån är inte högre än den nuvarande. Projektet borde höja digitaliseringens mognad.",
        en: "The targeted maturity level is not above the current one. The project should raise digital maturity.",
    }
    ProjectNameRequired {
        fi: "Kirjoita hankkeen nimi suomeksi tai ruotsiksi.",
        sv: "Skriv projektets namn på finska eller svenska.",
        en: "Enter the project's name in Finnish or Swedish.",
    }
    SummaryRequired {
        fi: "Kirjoita hankkeen tiivistelmä.",
        sv: "Skriv ett sammandrag av projektet.",
        en: "Write a summary of the project.",
    }
    StartRequired {
        fi: "Anna hankkeen alkamispäivä.",
        sv: "Ange projektets startdatum.",
        en: "Enter the project's start date.",
    }
    EndRequired {
        fi: "Anna hankkeen päättymispäivä.",
        sv: "Ange projektets slutdatum.",
        en: "Enter the project's end date.",
    }
    EndBeforeStart {
        fi: "Hanke ei voi päättyä ennen kuin se alkaa.",
        sv: "Projektet kan inte sluta innan det börjar.",
        en: "The project cannot end before it starts.",
    }
    TargetRequired {
        fi: "Valitse vähintään yksi avustuksen kohde.",
        sv: "Välj minst ett objekt för understödet.",
        en: "Choose at least one target of the grant.",
    }
    ExclusionUnanswered {
        fi: "Vastaa kysymykseen.",
        sv: "Svara på frågan.",
        en: "Answer the question.",
    }
    MunicipalTaskUnconfirmed {
        fi: "Vahvista, että työ kuuluu kunnan tehtäviin. Avustusta voi hakea vain kuntalain 7 §:n mukaisiin kunnan tehtäviin.",
        sv: "Bekräfta att arbetet hör till kommunens uppgifter. Understöd kan sökas endast för kommunens uppgifter enligt 7 § i kommunallagen.",
        en: "Confirm that the work is a municipal task. The grant can only be applied for municipal tasks under section 7 of the Local Government Act.",
    }
    LeadResponsibilityUnconfirmed {
        fi: "Vahvista, että hankehallinnoija sitoutuu vastaamaan valtionavustuksen käytöstä koko hankkeessa.",
        sv: "Bekräfta att projektförvaltaren förbinder sig att svara för användningen av statsunderstödet i hela projektet.",
        en: "Confirm that the lead applicant commits to answer for the use of the grant in the whole project.",
    }
    CategoryRequired {
        fi: "Valitse kustannuslaji.",
        sv: "Välj kostnadsslag.",
        en: "Choose a cost category.",
    }
    DescriptionRequired {
        fi: "Kirjoita kustannuksen kuvaus.",
        sv: "Skriv en beskrivning av kostnaden.",
        en: "Describe the cost.",
    }
    BearerRequired {
        fi: "Valitse, kenen hakijan kustannus on.",
        sv: "Välj vilken sökande som bär kostnaden.",
        en: "Choose which applicant bears the cost.",
    }
    BearerUnknown {
        fi: "Kustannuksen kantajaa ei ole enää hakijoissa. Valitse hakija.",
        sv: "Den som bär kostnaden finns inte längre bland de sökande. Välj sökande.",
        en: "The cost's bearer is no longer an applicant. Choose an applicant.",
    }
    YearRequired {
        fi: "Kirjoita vuosi, jolle kustannus kohdistuu.",
        sv: "Skriv det år kostnaden hänför sig till.",
        en: "Enter the year of the cost.",
    }
    AmountRequired {
        fi: "Kirjoita summa.",
        sv: "Skriv beloppet.",
        en: "Enter the amount.",
    }
    VatRateRequired {
        fi: "Valitse alv-kanta.",
        sv: "Välj momssats.",
        en: "Choose the VAT rate.",
    }
    LicenceWithoutJustification {
        fi: "Ohjelmistolisenssi on hyväksyttävä vain, jos se on kehittämishankkeen kannalta välttämätön. Kirjoita perustelu; ilman sitä riviä ei lasketa avustuksen perusteeseen.",
        sv: "En programvarulicens är godtagbar endast om den är nödvändig för utvecklingsprojektet. Skriv en motivering; utan den räknas raden inte in i grunden för understödet.",
        en: "A software licence is eligible only where necessary for the development project. Write a justification; without it the line does not count towards the grant.",
    }
    InternalChargeNotConfirmed {
        fi: "Omien yksiköiden veloitusten on perustuttava kirjanpidon toteutuneisiin menoihin. Vahvista tämä; muuten riviä ei lasketa avustuksen perusteeseen.",
        sv: "Debitering från egna enheter ska grunda sig på bokförda faktiska utgifter. Bekräfta detta; annars räknas raden inte in i grunden för understödet.",
        en: "Charges from the applicant's own units must be based on booked actual costs. Confirm this; otherwise the line does not count towards the grant.",
    }
    BudgetEmpty {
        fi: "Lisää talousarvioon vähintään yksi kustannusrivi.",
        sv: "Lägg till minst en kostnadsrad i budgeten.",
        en: "Add at least one cost line to the budget.",
    }
    GrantRequired {
        fi: "Kirjoita haettava avustus.",
        sv: "Skriv det understöd som söks.",
        en: "Enter the grant requested.",
    }
    GrantNotPositive {
        fi: "Haettavan avustuksen on oltava suurempi kuin 0,00 €.",
        sv: "Understödet som söks ska vara större än 0,00 €.",
        en: "The grant requested must be more than €0.00.",
    }
    TotalTooLarge {
        fi: "Summat ovat liian suuria laskettaviksi.",
        sv: "Beloppen är för stora för att räknas.",
        en: "The sums are too large to compute.",
    }
    MunicipalityRequired {
        fi: "Valitse kunta.",
        sv: "Välj kommun.",
        en: "Choose the municipality.",
    }
    AuthorityNameRequired {
        fi: "Kirjoita kuntayhtymän nimi.",
        sv: "Skriv samkommunens namn.",
        en: "Enter the name of the joint municipal authority.",
    }
    BusinessIdRequired {
        fi: "Kirjoita Y-tunnus.",
        sv: "Skriv FO-numret.",
        en: "Enter the business ID.",
    }
    ContactNameRequired {
        fi: "Kirjoita yhteyshenkilön nimi.",
        sv: "Skriv kontaktpersonens namn.",
        en: "Enter the contact person's name.",
    }
    EmailRequired {
        fi: "Kirjoita yhteyshenkilön sähköpostiosoite.",
        sv: "Skriv kontaktpersonens e-postadress.",
        en: "Enter the contact person's e-mail address.",
    }
    PhoneRequired {
        fi: "Kirjoita yhteyshenkilön puhelinnumero.",
        sv: "Skriv kontaktpersonens telefonnummer.",
        en: "Enter the contact person's phone number.",
    }
    RoleRequired {
        fi: "Kerro osatoteuttajan rooli hankkeessa.",
        sv: "Beskriv delgenomförarens roll i projektet.",
        en: "Describe the partner's role in the project.",
    }
    CommitmentRequired {
        fi: "Kerro, mihin osatoteuttaja sitoutuu.",
        sv: "Beskriv vad delgenomföraren förbinder sig till.",
        en: "Describe what the partner commits to.",
    }
}

/// A finding's text as shown beside its field, in the summary, on the check page and by
/// `hakemus-check`: its sentence, and where it rests on a rule the call's profile assumes, a note
/// saying so.
pub fn finding_message(lang: Lang, f: &Finding) -> String {
    let text = message(lang, &f.message);
    match f.assumed {
        Some(_) => format!("{text} {}", T::AssumedRuleNote.get(lang)),
        None => text,
    }
}

/// The sentence of a finding's message.
pub fn message(lang: Lang, m: &Message) -> String {
    let money = |x: &Money| x.format(lang);
    use Message::*;
    match lang {
        Lang::Fi => match m {
            PackagesRequired => F::PackagesRequired.get(lang).into(),
            IndicatorsRequired => F::IndicatorsRequired.get(lang).into(),
            FieldRequired => F::FieldRequired.get(lang).into(),
            ResponsibleRequired => F::ResponsibleRequired.get(lang).into(),
            ResponsibleUnknown { .. } => F::ResponsibleUnknown.get(lang).into(),
            OutsidePeriod { start, end } => format!("Päivämäärän on oltava hankkeen toteutusajalla {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => F::RisksRequired.get(lang).into(),
            RiskDescriptionRequired => F::RiskDescriptionRequired.get(lang).into(),
            ScaleRequired => F::ScaleRequired.get(lang).into(),
            MitigationRequired => F::MitigationRequired.get(lang).into(),
            OwnerRequired => F::OwnerRequired.get(lang).into(),
            OwnerUnknown { .. } => F::OwnerUnknown.get(lang).into(),
            AnswerRequired => F::AnswerRequired.get(lang).into(),
            AnswerTooLong { max, chars } => format!("Vastaus on {} merkkiä; enintään {} merkkiä mahtuu. Tiivistä vastausta.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            AnswerAdvised => F::AnswerAdvised.get(lang).into(),
            AnswerTakenFrom { call } => format!("Tämän haun päätös ei vaadi tätä: kysymys on otettu haun ”{}” lähteestä. Vastaus auttaa arvioijia.", call_name(lang, call)),
            MaturityNotRaised => F::MaturityNotRaised.get(lang).into(),
            ProjectNameRequired => F::ProjectNameRequired.get(lang).into(),
            SummaryRequired => F::SummaryRequired.get(lang).into(),
            StartRequired => F::StartRequired.get(lang).into(),
            EndRequired => F::EndRequired.get(lang).into(),
            DateInvalid { typed } => format!("”{typed}” ei ole päivämäärä. Kirjoita esimerkiksi 30.11.2021."),
            FinancingInvalid { typed, reason } => format!("”{typed}” ei ole rahamäärä: {}. Kirjoita esimerkiksi 1\u{a0}200,50.", money_error(lang, reason)),
            PartnerNotReturned { requested_at } => format!("Osatoteuttajalta pyydettyä osuutta ({}) ei ole vielä palautettu.", super::format::rfc3339_date(lang, requested_at)),
            PartnerNotMerged { received_at } => format!("Osatoteuttajan palauttamaa osuutta ({}) ei ole vielä yhdistetty hakemukseen.", super::format::rfc3339_date(lang, received_at)),
            PartnerChangedSinceMerged { merged_at } => format!("Osatoteuttajan osuutta on muutettu sen jälkeen, kun se yhdistettiin ({}).", super::format::rfc3339_date(lang, merged_at)),
            EndBeforeStart => F::EndBeforeStart.get(lang).into(),
            EndAfterLimit { limit } => format!("Hankkeen on oltava toteutettu ja loppuraportoitu viimeistään {}.", date(lang, *limit)),
            EndOnReportDeadline { limit } => format!("Hanke päättyy samana päivänä, jona sen on oltava myös loppuraportoitu ({}). Varaa aikaa loppuraportille ja tilintarkastajan lausunnolle.", date(lang, *limit)),
            TargetRequired => F::TargetRequired.get(lang).into(),
            TargetNotOffered { target: x } => format!("Valittu kohde ”{}” ei ole tämän haun avustuksen kohde, eikä sitä oteta huomioon. Valitse haun kohteista.", super::target(lang, *x)),
            ExclusionUnanswered => F::ExclusionUnanswered.get(lang).into(),
            ExcludedArea { exclusion } => format!("{} Hanke ei voi saada avustusta tässä haussa.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => F::MunicipalTaskUnconfirmed.get(lang).into(),
            LeadResponsibilityUnconfirmed => F::LeadResponsibilityUnconfirmed.get(lang).into(),
            AlandMunicipalLaw { codes } => format!(
                "{} {} Ahvenanmaalla. Kuntalaki (410/2015) ei koske Ahvenanmaan kuntia, joilla on oma kunnallislakinsa: selvitä valtiovarainministeriöstä, miten kunnan tehtäviä koskeva ehto luetaan.",
                aland_names(lang, codes),
                if codes.len() == 1 { "on" } else { "ovat" },
            ),
            UnknownCall { id } => format!("Hakua ”{id}” ei tunneta. Tarkistukset tehdään yhteishankehaun säännöillä."),
            CategoryRequired => F::CategoryRequired.get(lang).into(),
            DescriptionRequired => F::DescriptionRequired.get(lang).into(),
            BearerRequired => F::BearerRequired.get(lang).into(),
            BearerUnknown { .. } => F::BearerUnknown.get(lang).into(),
            YearRequired => F::YearRequired.get(lang).into(),
            YearInvalid { typed } => format!("”{typed}” ei ole vuosi. Kirjoita vuosi neljällä numerolla, esimerkiksi 2021."),
            YearAfterProjectEnd { year, end } => format!("Vuosi {year} on hankkeen päättymisen jälkeen. Hankkeen on oltava toteutettu viimeistään {}.", date(lang, *end)),
            YearOutsidePeriod { year, start, end } => format!("Vuosi {year} on hankkeen toteutusajan {}–{} ulkopuolella. Tarkista vuosi tai toteutusaika.", date(lang, *start), date(lang, *end)),
            AmountRequired => F::AmountRequired.get(lang).into(),
            AmountInvalid { typed, reason } => format!("”{typed}” ei ole rahamäärä: {}. Kirjoita esimerkiksi 1\u{a0}200,50.", money_error(lang, reason)),
            VatRateRequired => F::VatRateRequired.get(lang).into(),
            VatOverrideInvalid { typed, reason } => format!("Alv ”{typed}” ei ole rahamäärä: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("Alv {} on suurempi kuin verollinen summa {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("Alv {} poikkeaa kannan mukaisesta arvosta {}. Tarkista summa.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} eivät ole hyväksyttäviä kustannuksia. Riviä ei lasketa avustuksen perusteeseen.", category(lang, *c)),
            LicenceWithoutJustification => F::LicenceWithoutJustification.get(lang).into(),
            InternalChargeNotConfirmed => F::InternalChargeNotConfirmed.get(lang).into(),
            BudgetEmpty => F::BudgetEmpty.get(lang).into(),
            GrantRequired => F::GrantRequired.get(lang).into(),
            GrantInvalid { typed, reason } => format!("”{typed}” ei ole rahamäärä: {}. Kirjoita esimerkiksi 181\u{a0}520,00.", money_error(lang, reason)),
            GrantNotPositive => F::GrantNotPositive.get(lang).into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("Haettava avustus {} ylittää enimmäisavustuksen {} (85 % hyväksyttävistä kustannuksista {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => F::TotalTooLarge.get(lang).into(),
            TooFewMunicipalities { min, count } => format!(
                "Hakijoina on {}, mutta tässä haussa hankkeessa on oltava mukana vähintään {}. Kuntayhtymä voi olla hakija, mutta sitä ei lasketa kunnaksi.",
                counted(lang, *count, "kunta", "kuntaa"),
                counted(lang, *min as usize, "kunta", "kuntaa")
            ),
            MunicipalityRequired => F::MunicipalityRequired.get(lang).into(),
            MunicipalityUnknown { typed } => format!("”{typed}” ei ole vuoden 2020 kuntaluettelon kunta. Valitse kunta luettelosta."),
            AuthorityNameRequired => F::AuthorityNameRequired.get(lang).into(),
            DuplicateApplicant { first } => format!("Sama organisaatio on jo hakijana {first}. Kukin hakija merkitään kerran."),
            BusinessIdRequired => F::BusinessIdRequired.get(lang).into(),
            BusinessIdInvalid { typed, reason } => format!("”{typed}” ei ole Y-tunnus: {}.", business_id_error(lang, reason)),
            ContactNameRequired => F::ContactNameRequired.get(lang).into(),
            EmailRequired => F::EmailRequired.get(lang).into(),
            EmailInvalid { typed } => format!("”{typed}” ei ole sähköpostiosoite. Kirjoita esimerkiksi etunimi.sukunimi@kunta.fi."),
            PhoneRequired => F::PhoneRequired.get(lang).into(),
            PhoneInvalid { typed } => format!("”{typed}” ei ole puhelinnumero. Kirjoita esimerkiksi 040 123 4567 tai +358 40 123 4567."),
            RoleRequired => F::RoleRequired.get(lang).into(),
            CommitmentRequired => F::CommitmentRequired.get(lang).into(),
        },
        Lang::Sv => match m {
            PackagesRequired => F::PackagesRequired.get(lang).into(),
            IndicatorsRequired => F::IndicatorsRequired.get(lang).into(),
            FieldRequired => F::FieldRequired.get(lang).into(),
            ResponsibleRequired => F::ResponsibleRequired.get(lang).into(),
            ResponsibleUnknown { .. } => F::ResponsibleUnknown.get(lang).into(),
            OutsidePeriod { start, end } => format!("Datumet ska ligga inom projektets genomförandetid {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => F::RisksRequired.get(lang).into(),
            RiskDescriptionRequired => F::RiskDescriptionRequired.get(lang).into(),
            ScaleRequired => F::ScaleRequired.get(lang).into(),
            MitigationRequired => F::MitigationRequired.get(lang).into(),
            OwnerRequired => F::OwnerRequired.get(lang).into(),
            OwnerUnknown { .. } => F::OwnerUnknown.get(lang).into(),
            AnswerRequired => F::AnswerRequired.get(lang).into(),
            AnswerTooLong { max, chars } => format!("Svaret har {} tecken; högst {} tecken ryms. Korta ner svaret.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            AnswerAdvised => F::AnswerAdvised.get(lang).into(),
            AnswerTakenFrom { call } => format!("Beslutet om denna ansökningsomgång kräver inte detta: frågan är hämtad ur källan för ansökningsomgången ”{}”. Ett svar hjälper bedömarna.", call_name(lang, call)),
            MaturityNotRaised => F::MaturityNotRaised.get(lang).into(),
            ProjectNameRequired => F::ProjectNameRequired.get(lang).into(),
            SummaryRequired => F::SummaryRequired.get(lang).into(),
            StartRequired => F::StartRequired.get(lang).into(),
            EndRequired => F::EndRequired.get(lang).into(),
            DateInvalid { typed } => format!("”{typed}” är inte ett datum. Skriv till exempel 30.11.2021."),
            FinancingInvalid { typed, reason } => format!("”{typed}” är inte ett belopp: {}. Skriv till exempel 1\u{a0}200,50.", money_error(lang, reason)),
            PartnerNotReturned { requested_at } => format!("Delgenomförarens del som begärdes ({}) har inte returnerats ännu.", super::format::rfc3339_date(lang, requested_at)),
            PartnerNotMerged { received_at } => format!("Delgenomförarens returnerade del ({}) har inte förts in i ansökan ännu.", super::format::rfc3339_date(lang, received_at)),
            PartnerChangedSinceMerged { merged_at } => format!("Delgenomförarens del har ändrats efter att den fördes in ({}).", super::format::rfc3339_date(lang, merged_at)),
            EndBeforeStart => F::EndBeforeStart.get(lang).into(),
            EndAfterLimit { limit } => format!("Projektet ska vara genomfört och slutrapporterat senast {}.", date(lang, *limit)),
            EndOnReportDeadline { limit } => format!("Projektet slutar samma dag som slutrapporten senast ska lämnas ({}). Reservera tid för slutrapporten och revisorns utlåtande.", date(lang, *limit)),
            TargetRequired => F::TargetRequired.get(lang).into(),
            TargetNotOffered { target: x } => format!("Det valda objektet ”{}” är inte ett objekt för understödet i denna ansökningsomgång och beaktas inte. Välj bland ansökningsomgångens objekt.", super::target(lang, *x)),
            ExclusionUnanswered => F::ExclusionUnanswered.get(lang).into(),
            ExcludedArea { exclusion } => format!("{} Projektet kan inte få understöd i denna ansökningsomgång.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => F::MunicipalTaskUnconfirmed.get(lang).into(),
            LeadResponsibilityUnconfirmed => F::LeadResponsibilityUnconfirmed.get(lang).into(),
            AlandMunicipalLaw { codes } => format!(
                "{} ligger på Åland. Kommunallagen (410/2015) gäller inte kommunerna på Åland, som har en egen kommunallag: fråga finansministeriet hur villkoret om kommunens uppgifter ska läsas.",
                aland_names(lang, codes),
            ),
            UnknownCall { id } => format!("Ansökningsomgången ”{id}” är okänd. Kontrollerna görs enligt reglerna för gemensamma projekt."),
            CategoryRequired => F::CategoryRequired.get(lang).into(),
            DescriptionRequired => F::DescriptionRequired.get(lang).into(),
            BearerRequired => F::BearerRequired.get(lang).into(),
            BearerUnknown { .. } => F::BearerUnknown.get(lang).into(),
            YearRequired => F::YearRequired.get(lang).into(),
            YearInvalid { typed } => format!("”{typed}” är inte ett år. Skriv året med fyra siffror, till exempel 2021."),
            YearAfterProjectEnd { year, end } => format!("År {year} är efter projektets slut. Projektet ska vara genomfört senast {}.", date(lang, *end)),
            YearOutsidePeriod { year, start, end } => format!("Året {year} ligger utanför projektets genomförandetid {}–{}. Kontrollera året eller genomförandetiden.", date(lang, *start), date(lang, *end)),
            AmountRequired => F::AmountRequired.get(lang).into(),
            AmountInvalid { typed, reason } => format!("”{typed}” är inte ett belopp: {}. Skriv till exempel 1\u{a0}200,50.", money_error(lang, reason)),
            VatRateRequired => F::VatRateRequired.get(lang).into(),
            VatOverrideInvalid { typed, reason } => format!("Momsen ”{typed}” är inte ett belopp: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("Momsen {} är större än beloppet inklusive moms {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("Momsen {} avviker från värdet enligt satsen {}. Kontrollera beloppet.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} är inte godtagbara kostnader. Raden räknas inte in i grunden för understödet.", category(lang, *c)),
            LicenceWithoutJustification => F::LicenceWithoutJustification.get(lang).into(),
            InternalChargeNotConfirmed => F::InternalChargeNotConfirmed.get(lang).into(),
            BudgetEmpty => F::BudgetEmpty.get(lang).into(),
            GrantRequired => F::GrantRequired.get(lang).into(),
            GrantInvalid { typed, reason } => format!("”{typed}” är inte ett belopp: {}. Skriv till exempel 181\u{a0}520,00.", money_error(lang, reason)),
            GrantNotPositive => F::GrantNotPositive.get(lang).into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("Understödet som söks {} överskrider det maximala understödet {} (85 % av de godtagbara kostnaderna {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => F::TotalTooLarge.get(lang).into(),
            TooFewMunicipalities { min, count } => format!(
                "Bland de sökande finns {}, men i den här utlysningen ska minst {} delta i projektet. En samkommun kan vara sökande men räknas inte som kommun.",
                counted(lang, *count, "kommun", "kommuner"),
                counted(lang, *min as usize, "kommun", "kommuner")
            ),
            MunicipalityRequired => F::MunicipalityRequired.get(lang).into(),
            MunicipalityUnknown { typed } => format!("”{typed}” är inte en kommun i kommunförteckningen för 2020. Välj kommun ur förteckningen."),
            AuthorityNameRequired => F::AuthorityNameRequired.get(lang).into(),
            DuplicateApplicant { first } => format!("Samma organisation är redan sökande {first}. Varje sökande anges en gång."),
            BusinessIdRequired => F::BusinessIdRequired.get(lang).into(),
            BusinessIdInvalid { typed, reason } => format!("”{typed}” är inte ett FO-nummer: {}.", business_id_error(lang, reason)),
            ContactNameRequired => F::ContactNameRequired.get(lang).into(),
            EmailRequired => F::EmailRequired.get(lang).into(),
            EmailInvalid { typed } => format!("”{typed}” är inte en e-postadress. Skriv till exempel fornamn.efternamn@kommun.fi."),
            PhoneRequired => F::PhoneRequired.get(lang).into(),
            PhoneInvalid { typed } => format!("”{typed}” är inte ett telefonnummer. Skriv till exempel 040 123 4567 eller +358 40 123 4567."),
            RoleRequired => F::RoleRequired.get(lang).into(),
            CommitmentRequired => F::CommitmentRequired.get(lang).into(),
        },
        Lang::En => match m {
            PackagesRequired => F::PackagesRequired.get(lang).into(),
            IndicatorsRequired => F::IndicatorsRequired.get(lang).into(),
            FieldRequired => F::FieldRequired.get(lang).into(),
            ResponsibleRequired => F::ResponsibleRequired.get(lang).into(),
            ResponsibleUnknown { .. } => F::ResponsibleUnknown.get(lang).into(),
            OutsidePeriod { start, end } => format!("The date must be within the project period {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => F::RisksRequired.get(lang).into(),
            RiskDescriptionRequired => F::RiskDescriptionRequired.get(lang).into(),
            ScaleRequired => F::ScaleRequired.get(lang).into(),
            MitigationRequired => F::MitigationRequired.get(lang).into(),
            OwnerRequired => F::OwnerRequired.get(lang).into(),
            OwnerUnknown { .. } => F::OwnerUnknown.get(lang).into(),
            AnswerRequired => F::AnswerRequired.get(lang).into(),
            AnswerTooLong { max, chars } => format!("The answer has {} characters; at most {} fit. Shorten the answer.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            AnswerAdvised => F::AnswerAdvised.get(lang).into(),
            AnswerTakenFrom { call } => format!("This call's decision does not require this: the question is taken from the source of the call “{}”. An answer helps the reviewers.", call_name(lang, call)),
            MaturityNotRaised => F::MaturityNotRaised.get(lang).into(),
            ProjectNameRequired => F::ProjectNameRequired.get(lang).into(),
            SummaryRequired => F::SummaryRequired.get(lang).into(),
            StartRequired => F::StartRequired.get(lang).into(),
            EndRequired => F::EndRequired.get(lang).into(),
            DateInvalid { typed } => format!("“{typed}” is not a date. Enter for example 30.11.2021."),
            FinancingInvalid { typed, reason } => format!("“{typed}” is not an amount: {}. Enter for example 1,200.50.", money_error(lang, reason)),
            PartnerNotReturned { requested_at } => format!("The partner's part requested ({}) has not been returned yet.", super::format::rfc3339_date(lang, requested_at)),
            PartnerNotMerged { received_at } => format!("The partner's returned part ({}) has not been merged into the application yet.", super::format::rfc3339_date(lang, received_at)),
            PartnerChangedSinceMerged { merged_at } => format!("The partner's part has been changed since it was merged ({}).", super::format::rfc3339_date(lang, merged_at)),
            EndBeforeStart => F::EndBeforeStart.get(lang).into(),
            EndAfterLimit { limit } => format!("The project must be finished and its final report given by {}.", date(lang, *limit)),
            EndOnReportDeadline { limit } => format!("The project ends on the day its final report is due ({}). Leave time for the final report and the auditor's statement.", date(lang, *limit)),
            TargetRequired => F::TargetRequired.get(lang).into(),
            TargetNotOffered { target: x } => format!("The chosen target “{}” is not one of this call's targets and is not counted. Choose from the call's targets.", super::target(lang, *x)),
            ExclusionUnanswered => F::ExclusionUnanswered.get(lang).into(),
            ExcludedArea { exclusion } => format!("{} The project cannot get a grant in this call.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => F::MunicipalTaskUnconfirmed.get(lang).into(),
            LeadResponsibilityUnconfirmed => F::LeadResponsibilityUnconfirmed.get(lang).into(),
            AlandMunicipalLaw { codes } => format!(
                "{} {} in Åland. The Local Government Act (410/2015) does not apply to Åland's municipalities, which have their own municipal law: ask the Ministry of Finance how the condition on municipal tasks applies.",
                aland_names(lang, codes),
                if codes.len() == 1 { "is" } else { "are" },
            ),
            UnknownCall { id } => format!("The call “{id}” is unknown. The joint projects call's rules are applied."),
            CategoryRequired => F::CategoryRequired.get(lang).into(),
            DescriptionRequired => F::DescriptionRequired.get(lang).into(),
            BearerRequired => F::BearerRequired.get(lang).into(),
            BearerUnknown { .. } => F::BearerUnknown.get(lang).into(),
            YearRequired => F::YearRequired.get(lang).into(),
            YearInvalid { typed } => format!("“{typed}” is not a year. Enter the year in four digits, for example 2021."),
            YearAfterProjectEnd { year, end } => format!("{year} is after the end of the project. The project must be finished by {}.", date(lang, *end)),
            YearOutsidePeriod { year, start, end } => format!("The year {year} is outside the project period {}–{}. Check the year or the period.", date(lang, *start), date(lang, *end)),
            AmountRequired => F::AmountRequired.get(lang).into(),
            AmountInvalid { typed, reason } => format!("“{typed}” is not an amount: {}. Enter for example 1,200.50.", money_error(lang, reason)),
            VatRateRequired => F::VatRateRequired.get(lang).into(),
            VatOverrideInvalid { typed, reason } => format!("The VAT “{typed}” is not an amount: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("The VAT {} is more than the VAT-inclusive amount {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("The VAT {} differs from {} given by the rate. Check the amount.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} are not eligible costs. The line does not count towards the grant.", category(lang, *c)),
            LicenceWithoutJustification => F::LicenceWithoutJustification.get(lang).into(),
            InternalChargeNotConfirmed => F::InternalChargeNotConfirmed.get(lang).into(),
            BudgetEmpty => F::BudgetEmpty.get(lang).into(),
            GrantRequired => F::GrantRequired.get(lang).into(),
            GrantInvalid { typed, reason } => format!("“{typed}” is not an amount: {}. Enter for example 181,520.00.", money_error(lang, reason)),
            GrantNotPositive => F::GrantNotPositive.get(lang).into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("The grant requested, {}, exceeds the maximum grant {} (85 % of the eligible costs {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => F::TotalTooLarge.get(lang).into(),
            TooFewMunicipalities { min, count } => format!(
                "The applicants include {}, but in this call at least {} must take part in the project. A joint municipal authority may apply but does not count as a municipality.",
                counted(lang, *count, "municipality", "municipalities"),
                counted(lang, *min as usize, "municipality", "municipalities")
            ),
            MunicipalityRequired => F::MunicipalityRequired.get(lang).into(),
            MunicipalityUnknown { typed } => format!("“{typed}” is not a municipality in the 2020 register. Choose the municipality from the list."),
            AuthorityNameRequired => F::AuthorityNameRequired.get(lang).into(),
            DuplicateApplicant { first } => format!("The same organisation is already applicant {first}. Each applicant is entered once."),
            BusinessIdRequired => F::BusinessIdRequired.get(lang).into(),
            BusinessIdInvalid { typed, reason } => format!("“{typed}” is not a business ID: {}.", business_id_error(lang, reason)),
            ContactNameRequired => F::ContactNameRequired.get(lang).into(),
            EmailRequired => F::EmailRequired.get(lang).into(),
            EmailInvalid { typed } => format!("“{typed}” is not an e-mail address. Enter for example first.last@municipality.fi."),
            PhoneRequired => F::PhoneRequired.get(lang).into(),
            PhoneInvalid { typed } => format!("“{typed}” is not a phone number. Enter for example 040 123 4567 or +358 40 123 4567."),
            RoleRequired => F::RoleRequired.get(lang).into(),
            CommitmentRequired => F::CommitmentRequired.get(lang).into(),
        },
    }
}

/// Where a finding is, for the error summary: "Line 3, Amount (€)" or "Grant requested (€)".
pub fn place(lang: Lang, path: FieldPath, line_number: Option<usize>) -> String {
    match path {
        FieldPath::Call => T::FieldCall.get(lang).into(),
        FieldPath::Project(f) => project_field_label(lang, f).into(),
        FieldPath::Applicants => T::ApplicantsTitle.get(lang).into(),
        FieldPath::Targets => T::TargetsTitle.get(lang).into(),
        FieldPath::Exclusion(e) => exclusion_question(lang, e).into(),
        FieldPath::MunicipalTask => T::MunicipalTaskTitle.get(lang).into(),
        FieldPath::LeadResponsible => T::LeadResponsibleLabel.get(lang).into(),
        FieldPath::Answer(q) => questions::label(lang, q).into(),
        FieldPath::Risks => T::RisksTitle.get(lang).into(),
        FieldPath::Schedule => T::ScheduleTitle.get(lang).into(),
        FieldPath::WorkPackage { field, .. } => {
            format!(
                "{} {}, {}",
                T::WorkPackage.get(lang),
                line_number.unwrap_or(0),
                package_field_label(lang, field)
            )
        }
        FieldPath::Indicators => T::MonitoringTitle.get(lang).into(),
        FieldPath::Indicator { field, .. } => {
            format!(
                "{} {}, {}",
                T::Indicator.get(lang),
                line_number.unwrap_or(0),
                indicator_field_label(lang, field)
            )
        }
        FieldPath::Risk { field, .. } => {
            let who = match line_number {
                Some(n) => format!("{} {n}", T::Risk.get(lang)),
                None => T::RisksTitle.get(lang).to_string(),
            };
            format!("{who}, {}", risk_field_label(lang, field))
        }
        FieldPath::MaturityNow => T::MaturityNow.get(lang).into(),
        FieldPath::MaturityTarget => T::MaturityTarget.get(lang).into(),
        FieldPath::Applicant { field, .. } => {
            let who = match line_number {
                Some(1) => T::Lead.get(lang).to_string(),
                Some(n) => format!("{} {n}", T::Partner.get(lang)),
                None => T::ApplicantsTitle.get(lang).to_string(),
            };
            format!("{who}, {}", applicant_field_label(lang, field))
        }
        FieldPath::Budget => T::CostLines.get(lang).into(),
        FieldPath::RequestedGrant => T::RequestedGrant.get(lang).into(),
        FieldPath::BudgetLine { field, .. } => match line_number {
            Some(n) => format!("{} {n}, {}", T::Line.get(lang), field_label(lang, field)),
            None => field_label(lang, field).into(),
        },
    }
}

/// The Åland applicants' names as the language writes them: "Maarianhamina ja Jomala" / "Mariehamn och
/// Jomala" / "Mariehamn and Jomala" (English uses the Finnish names, as the register does; for Åland
/// the Swedish names are the official ones).
fn aland_names(lang: Lang, codes: &[String]) -> String {
    let names: Vec<&str> = codes
        .iter()
        .filter_map(|c| register::by_code(c))
        .map(|m| if lang == Lang::Fi { &m.name_fi } else { &m.name_sv }.as_str())
        .collect();
    let and = match lang {
        Lang::Fi => " ja ",
        Lang::Sv => " och ",
        Lang::En => " and ",
    };
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
        None => String::new(),
    }
}

/// Why a project in an excluded area cannot get a grant: the first sentence of `ExcludedArea`.
fn excluded(lang: Lang, e: Exclusion) -> &'static str {
    use Exclusion::*;
    match e {
        SocialAndHealthCare => P::ExcludedSocialAndHealthCare,
        BuiltEnvironment => P::ExcludedBuiltEnvironment,
        CaseManagementOrArchiving => P::ExcludedCaseManagementOrArchiving,
        SystemProcurementOnly => P::ExcludedSystemProcurementOnly,
        HardwareProcurement => P::ExcludedHardwareProcurement,
    }
    .get(lang)
}

/// A call's name by its id, as its profile gives it; the id where no profile has it.
fn call_name(lang: Lang, id: &str) -> String {
    crate::domain::vocabulary::call::by_id(id).map_or_else(|| id.to_string(), |c| c.name(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::money::MoneyError;

    #[test]
    fn a_rejected_amount_is_quoted_with_its_reason() {
        let m = Message::AmountInvalid {
            typed: "12,5O".into(),
            reason: MoneyError::InvalidCharacter { ch: 'O' },
        };
        assert_eq!(
            message(Lang::Fi, &m),
            "”12,5O” ei ole rahamäärä: merkki ”O” ei kuulu rahamäärään. Kirjoita esimerkiksi 1\u{a0}200,50."
        );
    }

    #[test]
    fn the_grant_message_gives_the_figures_in_finnish_format() {
        let m = Message::GrantExceedsMaximum {
            requested: Money::parse("181520").unwrap(),
            maximum: Money::parse("181519,99").unwrap(),
            base: Money::parse("213552,94").unwrap(),
        };
        assert_eq!(
            message(Lang::Fi, &m),
            "Haettava avustus 181\u{a0}520,00\u{a0}€ ylittää enimmäisavustuksen 181\u{a0}519,99\u{a0}€ (85 % hyväksyttävistä kustannuksista 213\u{a0}552,94\u{a0}€)."
        );
    }
}
