//! The words of changes during the project (muutoshakemus, docs/rules.md §12.2): the lead's page
//! of change requests in the grant's app (`ui::grant::changes`), the sentences of a change
//! request's findings (`domain::grant::change::ChangeMessage`), the ministry's outcomes and why a
//! decision's file was refused. Like table `G`, only the grant's app installs table `Gc`
//! (`super::GRANT_TABLES`); `hakemus-check` uses it natively. Exhaustive `match`es: a message
//! without words does not compile.

use super::format::date;
use super::texts::texts;
use super::{category, money_error};
use crate::domain::formats::grant_change::Refusal;
use crate::domain::grant::change::{ChangeFinding, ChangeMessage};
use crate::domain::grant::model::{ChangeKind, MoveBy, Outcome};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;

texts! {
    Gc;
    Title { fi: "Muutoshakemukset", sv: "Ändringsansökningar", en: "Change requests" }
    Intro {
        fi: "Hae ministeriöltä muutosta hankkeeseen: myöhäisempää päättymispäivää, rahan siirtoa kustannuslajista tai hakijalta toiselle tai sisällön muutosta. Kirjoita jokaiselle muutokselle perustelu. Ministeriö päättää jokaisesta muutoksesta erikseen; hyväksytty muutos on suunnitelma, johon raportteja ja maksatushakemuksia verrataan.",
        sv: "Ansök hos ministeriet om en ändring i projektet: ett senare slutdatum, en överföring av pengar mellan kostnadsslag eller sökande eller en ändring av innehållet. Skriv en motivering för varje ändring. Ministeriet beslutar om varje ändring separat; en godkänd ändring är den plan som rapporterna och utbetalningsansökningarna jämförs med.",
        en: "Ask the ministry for a change to the project: a later end date, money moved between cost categories or applicants, or a change of content. Give a reason for each change. The ministry decides each change apart; an accepted change is the plan the reports and payment claims are checked against.",
    }
    NavLink { fi: "Muutoshakemukset", sv: "Ändringsansökningar", en: "Change requests" }
    PlanTitle { fi: "Voimassa oleva suunnitelma", sv: "Gällande plan", en: "The plan in force" }
    PlanEnd { fi: "Hanke päättyy", sv: "Projektet slutar", en: "The project ends" }
    PlanGrantedEnd { fi: "Päätöksen mukaan", sv: "Enligt beslutet", en: "As granted" }
    PlanNoChanges { fi: "Hyväksyttyjä muutoksia ei ole: suunnitelma on myönnetty hakemus.", sv: "Det finns inga godkända ändringar: planen är den beviljade ansökan.", en: "There are no accepted changes: the plan is the granted application." }
    PlanMoved { fi: "Siirretty", sv: "Överfört", en: "Moved" }
    PlanContent { fi: "Sisällön muutos", sv: "Ändring av innehållet", en: "Change of content" }
    PlanByCategory { fi: "Kustannusarvio kustannuslajeittain", sv: "Kostnadsberäkning per kostnadsslag", en: "The budget by cost category" }
    PlanByApplicant { fi: "Kustannusarvio hakijoittain", sv: "Kostnadsberäkning per sökande", en: "The budget by applicant" }
    PlanCategory { fi: "Kustannuslaji", sv: "Kostnadsslag", en: "Cost category" }
    PlanApplicant { fi: "Hakija", sv: "Sökande", en: "Applicant" }
    PlanNet { fi: "Suunniteltu (ilman arvonlisäveroa)", sv: "Planerat (utan mervärdesskatt)", en: "Planned (without VAT)" }
    PlanTotal { fi: "Yhteensä", sv: "Totalt", en: "Total" }
    NewRequest { fi: "Uusi muutoshakemus", sv: "Ny ändringsansökan", en: "New change request" }
    RequestHeading { fi: "Muutoshakemus", sv: "Ändringsansökan", en: "Change request" }
    NoRequests { fi: "Muutoksia ei ole haettu.", sv: "Inga ändringar har sökts.", en: "No changes have been requested." }
    PartHeading { fi: "Muutos", sv: "Ändring", en: "Change" }
    Kind { fi: "Mitä muutetaan", sv: "Vad ändras", en: "What changes" }
    KindEndDate { fi: "Myöhäisempi päättymispäivä", sv: "Senare slutdatum", en: "A later end date" }
    KindMoveMoney { fi: "Rahan siirto", sv: "Överföring av pengar", en: "Money moved" }
    KindContent { fi: "Sisällön muutos", sv: "Ändring av innehållet", en: "A change of content" }
    End { fi: "Uusi päättymispäivä", sv: "Nytt slutdatum", en: "New end date" }
    EndHint { fi: "Esimerkiksi 31.3.2022", sv: "Till exempel 31.3.2022", en: "For example 31.3.2022" }
    By { fi: "Siirretään", sv: "Överförs", en: "Moved between" }
    ByCategory { fi: "kustannuslajien välillä", sv: "mellan kostnadsslag", en: "cost categories" }
    ByApplicant { fi: "hakijoiden välillä", sv: "mellan sökande", en: "applicants" }
    From { fi: "Mistä", sv: "Från", en: "From" }
    To { fi: "Mihin", sv: "Till", en: "To" }
    Choose { fi: "Valitse", sv: "Välj", en: "Choose" }
    Amount { fi: "Siirrettävä summa (ilman arvonlisäveroa)", sv: "Belopp som överförs (utan mervärdesskatt)", en: "Amount moved (without VAT)" }
    AmountHint { fi: "Euroina, esimerkiksi 10 000,00. Kokonaissumma ei muutu.", sv: "I euro, till exempel 10 000,00. Totalbeloppet ändras inte.", en: "In euros, for example 10,000.00. The total does not change." }
    Text { fi: "Mitä sisällössä muuttuu", sv: "Vad som ändras i innehållet", en: "What changes in the content" }
    Reason { fi: "Perustelu", sv: "Motivering", en: "Reason" }
    ReasonHint { fi: "Miksi muutosta haetaan", sv: "Varför ändringen söks", en: "Why the change is asked for" }
    AddPart { fi: "Lisää muutos", sv: "Lägg till en ändring", en: "Add a change" }
    RemovePart { fi: "Poista muutos", sv: "Ta bort ändringen", en: "Remove the change" }
    Send { fi: "Tallenna muutoshakemus lähetettäväksi", sv: "Spara ändringsansökan för att skicka", en: "Save the change request to send" }
    Sent {
        fi: "Muutoshakemus on tallennettu tiedostoksi. Lähetä se valtiovarainministeriölle.",
        sv: "Ändringsansökan har sparats som fil. Skicka den till finansministeriet.",
        en: "The change request has been saved as a file. Send it to the Ministry of Finance.",
    }
    SentOn { fi: "Lähetetty", sv: "Skickad", en: "Sent" }
    NotSent { fi: "Ei lähetetty", sv: "Inte skickad", en: "Not sent" }
    HasErrors {
        fi: "Muutoshakemusta ei tallennettu: korjaa ensin virheet.",
        sv: "Ändringsansökan sparades inte: rätta först felen.",
        en: "The change request was not saved: correct the errors first.",
    }
    SummaryTitle { fi: "Korjaa nämä", sv: "Rätta dessa", en: "There is a problem" }
    Check { fi: "Tarkista muutoshakemus", sv: "Kontrollera ändringsansökan", en: "Check the change request" }
    DecisionFile { fi: "Ministeriön päätös (tiedosto)", sv: "Ministeriets beslut (fil)", en: "The ministry's decision (file)" }
    DecisionFileHint { fi: "hakemus-change-decision-….json", sv: "hakemus-change-decision-….json", en: "hakemus-change-decision-….json" }
    DecisionRefused { fi: "Päätöstä ei otettu käyttöön:", sv: "Beslutet togs inte i bruk:", en: "The decision was not taken in:" }
    DecisionTaken {
        fi: "Päätös otettu käyttöön. Hyväksytyt muutokset ovat nyt voimassa olevaa suunnitelmaa.",
        sv: "Beslutet har tagits i bruk. De godkända ändringarna är nu gällande plan.",
        en: "The decision has been taken in. The accepted changes are now the plan in force.",
    }
    DecisionAgain { fi: "Tämä päätös on jo otettu käyttöön.", sv: "Det här beslutet har redan tagits i bruk.", en: "This decision has already been taken in." }
    Decision { fi: "Päätös", sv: "Beslut", en: "Decision" }
    DecidedOn { fi: "Päätetty", sv: "Beslutat", en: "Decided" }
    Decider { fi: "Päättäjä", sv: "Beslutsfattare", en: "Decided by" }
    Pending { fi: "Odottaa päätöstä", sv: "Väntar på beslut", en: "Awaiting decision" }
    Accepted { fi: "Hyväksytty", sv: "Godkänd", en: "Accepted" }
    AcceptedWithChanges { fi: "Hyväksytty muutettuna", sv: "Godkänd med ändringar", en: "Accepted with changes" }
    Rejected { fi: "Hylätty", sv: "Avslagen", en: "Rejected" }
    DecisionReason { fi: "Perustelu", sv: "Motivering", en: "Reason" }
    AcceptedValue { fi: "Hyväksytty arvo", sv: "Godkänt värde", en: "Value accepted" }
    RefusedOtherProject { fi: "päätös koskee toista hanketta", sv: "beslutet gäller ett annat projekt", en: "the decision is of another project" }
    RefusedUnknownRequest { fi: "tässä hankkeessa ei ole muutoshakemusta, jota päätös koskee", sv: "projektet har ingen ändringsansökan som beslutet gäller", en: "this project holds no change request the decision is of" }
    RefusedUnknownPart { fi: "päätös koskee muutosta, jota hakemuksessa ei ole", sv: "beslutet gäller en ändring som ansökan inte har", en: "the decision decides a change the request does not have" }
    RefusedPartUndecided { fi: "päätös jättää hakemuksen muutoksen ratkaisematta", sv: "beslutet lämnar en ändring i ansökan oavgjord", en: "the decision leaves a change of the request undecided" }
    RefusedChangedValueMissing { fi: "muutettuna hyväksytyltä muutokselta puuttuu hyväksytty arvo", sv: "en ändring som godkänts med ändringar saknar det godkända värdet", en: "a change accepted with changes lacks the value accepted" }
    RefusedAlreadyDecided { fi: "muutoshakemuksesta on jo toinen päätös", sv: "ändringsansökan har redan ett annat beslut", en: "the change request has another decision already" }
    NoParts { fi: "Lisää muutoshakemukseen vähintään yksi muutos.", sv: "Lägg till minst en ändring i ändringsansökan.", en: "Add at least one change to the change request." }
    ReasonRequired { fi: "Kirjoita muutokselle perustelu.", sv: "Skriv en motivering för ändringen.", en: "Give a reason for the change." }
    EndRequired { fi: "Kirjoita uusi päättymispäivä, esimerkiksi 31.3.2022.", sv: "Skriv det nya slutdatumet, till exempel 31.3.2022.", en: "Enter the new end date, for example 31.3.2022." }
    FromRequired { fi: "Valitse, mistä raha siirretään.", sv: "Välj varifrån pengarna överförs.", en: "Choose where the money is moved from." }
    ToRequired { fi: "Valitse, mihin raha siirretään.", sv: "Välj vart pengarna överförs.", en: "Choose where the money is moved to." }
    FromIsTo { fi: "Raha siirretään samaan, mistä se otetaan. Valitse toinen.", sv: "Pengarna överförs till samma ställe som de tas från. Välj ett annat.", en: "The money is moved to where it is taken from. Choose another." }
    AmountRequired { fi: "Kirjoita siirrettävä summa, esimerkiksi 10 000,00.", sv: "Skriv beloppet som överförs, till exempel 10 000,00.", en: "Enter the amount moved, for example 10,000.00." }
    AmountNotPositive { fi: "Siirrettävän summan on oltava enemmän kuin nolla.", sv: "Beloppet som överförs måste vara större än noll.", en: "The amount moved must be more than zero." }
    TextRequired { fi: "Kirjoita, mitä hankkeen sisällössä muuttuu.", sv: "Skriv vad som ändras i projektets innehåll.", en: "Describe what changes in the project's content." }
}

/// A kind of change, as the page names it.
pub fn kind(lang: Lang, k: ChangeKind) -> &'static str {
    match k {
        ChangeKind::EndDate => Gc::KindEndDate,
        ChangeKind::MoveMoney => Gc::KindMoveMoney,
        ChangeKind::Content => Gc::KindContent,
    }
    .get(lang)
}

pub fn by(lang: Lang, b: MoveBy) -> &'static str {
    match b {
        MoveBy::Category => Gc::ByCategory,
        MoveBy::Applicant => Gc::ByApplicant,
    }
    .get(lang)
}

/// The ministry's outcome of a part; `None` is a part not yet decided.
pub fn outcome(lang: Lang, o: Option<Outcome>) -> &'static str {
    match o {
        None => Gc::Pending,
        Some(Outcome::Accepted) => Gc::Accepted,
        Some(Outcome::AcceptedWithChanges) => Gc::AcceptedWithChanges,
        Some(Outcome::Rejected) => Gc::Rejected,
    }
    .get(lang)
}

/// Why a decision's file was refused, as a sentence after [`Gc::DecisionRefused`].
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    let (text, detail) = match r {
        Refusal::OtherProject { named } => (Gc::RefusedOtherProject, Some(named.clone())),
        Refusal::UnknownRequest { id } => (Gc::RefusedUnknownRequest, Some(id.to_string())),
        Refusal::UnknownPart { path, .. } => (Gc::RefusedUnknownPart, Some(path.clone())),
        Refusal::PartUndecided { part } => (Gc::RefusedPartUndecided, Some(part.to_string())),
        Refusal::ChangedValueMissing { path } => (Gc::RefusedChangedValueMissing, Some(path.clone())),
        Refusal::AlreadyDecided => (Gc::RefusedAlreadyDecided, None),
    };
    match detail {
        Some(d) => format!("{} ({d}).", text.get(lang)),
        None => format!("{}.", text.get(lang)),
    }
}

/// A finding's sentence.
pub fn message(lang: Lang, f: &ChangeFinding) -> String {
    use ChangeMessage::*;
    let pick = |fi: String, sv: String, en: String| match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    };
    let m = |a: &Money| a.format(lang);
    let fixed = |t: Gc| t.get(lang).to_string();
    match &f.message {
        NoParts => fixed(Gc::NoParts),
        ReasonRequired => fixed(Gc::ReasonRequired),
        EndRequired => fixed(Gc::EndRequired),
        EndInvalid { typed } => pick(
            format!("”{typed}” ei ole päivämäärä. Kirjoita esimerkiksi 31.3.2022."),
            format!("”{typed}” är inte ett datum. Skriv till exempel 31.3.2022."),
            format!("“{typed}” is not a date. Enter for example 31.3.2022."),
        ),
        EndNotLater { end, current } => {
            let (e, c) = (date(lang, *end), date(lang, *current));
            pick(
                format!("Uusi päättymispäivä {e} ei ole nykyisen päättymispäivän {c} jälkeen."),
                format!("Det nya slutdatumet {e} är inte efter det nuvarande slutdatumet {c}."),
                format!("The new end date {e} is not after the current end date {c}."),
            )
        }
        EndAfterCall { end, by } => {
            let (e, b) = (date(lang, *end), date(lang, *by));
            pick(
                format!("Päättymispäivä {e} on haun viimeisen päivän {b} jälkeen: hanke tulee olla toteutettu ja loppuraportointi tehtynä viimeistään {b}. Ministeriö päättää, hyväksyykö se muutoksen."),
                format!("Slutdatumet {e} är efter ansökningsomgångens sista dag {b}: projektet ska vara genomfört och slutrapporten gjord senast {b}. Ministeriet beslutar om ändringen godkänns."),
                format!("The end date {e} is after the call's last day {b}: the project is to be carried out and its final report made by {b}. The ministry decides whether to accept the change."),
            )
        }
        FromRequired => fixed(Gc::FromRequired),
        ToRequired => fixed(Gc::ToRequired),
        FromUnknown { typed } | ToUnknown { typed } => pick(
            format!("”{typed}” ei ole tämän hankkeen kustannuslaji tai hakija. Valitse luettelosta."),
            format!("”{typed}” är inte ett kostnadsslag eller en sökande i projektet. Välj i listan."),
            format!("“{typed}” is not a cost category or an applicant of this project. Choose from the list."),
        ),
        FromIsTo => fixed(Gc::FromIsTo),
        AmountRequired => fixed(Gc::AmountRequired),
        AmountInvalid { typed, reason } => {
            let why = money_error(lang, reason);
            pick(
                format!("”{typed}” ei ole rahamäärä: {why}. Kirjoita esimerkiksi 10\u{a0}000,00."),
                format!("”{typed}” är inte ett belopp: {why}. Skriv till exempel 10\u{a0}000,00."),
                format!("“{typed}” is not an amount: {why}. Enter for example 10,000.00."),
            )
        }
        AmountNotPositive => fixed(Gc::AmountNotPositive),
        AmountAboveHeld { amount, held } => {
            let (a, h) = (m(amount), m(held));
            pick(
                format!("Siirrettävä summa {a} on enemmän kuin suunnitelmassa on siellä, mistä se otetaan ({h})."),
                format!("Beloppet {a} är mer än planen har där det tas från ({h})."),
                format!("The amount {a} is more than the plan holds where it is taken from ({h})."),
            )
        }
        ToNotEligible { category: c } => {
            let c = category(lang, *c);
            pick(
                format!("Kustannuslajin ”{c}” kustannukset eivät ole hyväksyttäviä: siirretty raha ei kuulu hyväksyttäviin kustannuksiin."),
                format!("Kostnader av slaget ”{c}” är inte godtagbara: de överförda pengarna räknas inte till de godtagbara kostnaderna."),
                format!("Costs of the category “{c}” are not eligible: the money moved leaves the eligible costs."),
            )
        }
        TextRequired => fixed(Gc::TextRequired),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::grant::change::{ChangeField, ChangePlace, ChangeRule};
    use crate::domain::rules::finding::Severity;
    use crate::domain::vocabulary::call::CostCategory;
    use crate::domain::vocabulary::money::MoneyError;
    use time::macros::date;

    /// Every message has words in all three languages, and none is empty.
    #[test]
    fn every_message_is_said_in_three_languages() {
        let d = date!(2022 - 03 - 31);
        let all = [
            ChangeMessage::NoParts,
            ChangeMessage::ReasonRequired,
            ChangeMessage::EndRequired,
            ChangeMessage::EndInvalid { typed: "x".into() },
            ChangeMessage::EndNotLater { end: d, current: d },
            ChangeMessage::EndAfterCall { end: d, by: d },
            ChangeMessage::FromRequired,
            ChangeMessage::ToRequired,
            ChangeMessage::FromUnknown { typed: "x".into() },
            ChangeMessage::ToUnknown { typed: "x".into() },
            ChangeMessage::FromIsTo,
            ChangeMessage::AmountRequired,
            ChangeMessage::AmountInvalid {
                typed: "x".into(),
                reason: MoneyError::Empty,
            },
            ChangeMessage::AmountNotPositive,
            ChangeMessage::AmountAboveHeld {
                amount: Money::ZERO,
                held: Money::ZERO,
            },
            ChangeMessage::ToNotEligible {
                category: CostCategory::Hardware,
            },
            ChangeMessage::TextRequired,
        ];
        for m in all {
            let f = ChangeFinding {
                rule: ChangeRule::Reason,
                severity: Severity::Error,
                place: ChangePlace {
                    request: 1,
                    part: None,
                    field: ChangeField::Parts,
                },
                message: m,
                source: None,
            };
            let said: Vec<String> = [Lang::Fi, Lang::Sv, Lang::En].map(|l| message(l, &f)).into();
            assert!(said.iter().all(|s| !s.is_empty()), "{said:?}");
            assert_ne!(said[0], said[2]);
        }
        let late = ChangeFinding {
            rule: ChangeRule::EndDate,
            severity: Severity::Warning,
            place: ChangePlace {
                request: 1,
                part: Some(2),
                field: ChangeField::End,
            },
            message: ChangeMessage::EndAfterCall {
                end: d,
                by: date!(2021 - 11 - 30),
            },
            source: None,
        };
        assert!(message(Lang::Fi, &late).contains("viimeistään 30.11.2021"));
    }
}
