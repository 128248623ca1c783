//! The words of the grant's own pages (after the decision: `ui::grant`): opening the decision, the
//! granted project's overview, its accounts (projektikirjanpito). The table `G` is in the Swedish
//! and English texts files, but only the grant's app installs it (`super::GRANT_TABLES`): the
//! drafter's, the files app's, the reviewer's and the first phase's apps neither carry nor show it.
//! The findings' words are `grant_rules`'s.

use super::texts::texts;
use crate::domain::formats::grant::Refusal;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;

texts! {
    G;
    GrantsTitle { fi: "Avustetut hankkeet", sv: "Beviljade projekt", en: "Granted projects" }
    GrantsIntro {
        fi: "Avustuspäätöksen jälkeen hankehallinnoija pitää hankkeen projektikirjanpitoa, raportoi hankkeen etenemisestä ja hakee avustuksen maksatusta.",
        sv: "Efter beslutet om understöd för projektförvaltaren projektbokföring, rapporterar om hur projektet framskrider och ansöker om utbetalning av understödet.",
        en: "After the grant decision, the lead keeps the project's accounts, reports on how the project progresses and claims the payment of the grant.",
    }
    OpenTitle { fi: "Avaa avustuspäätös", sv: "Öppna beslutet om understöd", en: "Open the grant decision" }
    OpenIntro {
        fi: "Valitse hankkeen hakemustiedosto ja ministeriön päätöstiedosto. Hakemuksesta tulee avustettu hanke: myönnetty avustus, päätöksen ehdot, määräajat ja hyväksytty kustannusarvio suunnitelmana.",
        sv: "Välj projektets ansökningsfil och ministeriets beslutsfil. Ansökan blir ett beviljat projekt: det beviljade understödet, beslutets villkor, tidsfristerna och den godkända kostnadsberäkningen som plan.",
        en: "Choose the project's application file and the ministry's decision file. The application becomes a granted project: the grant, the decision's conditions, the deadlines and the approved budget as the plan.",
    }
    ApplicationFile { fi: "Hakemustiedosto", sv: "Ansökningsfil", en: "Application file" }
    DecisionFile { fi: "Päätöstiedosto", sv: "Beslutsfil", en: "Decision file" }
    FileChosen { fi: "Valittu tiedosto:", sv: "Vald fil:", en: "File chosen:" }
    OpenButton { fi: "Avaa avustettu hanke", sv: "Öppna det beviljade projektet", en: "Open the granted project" }
    ChooseBoth {
        fi: "Valitse ensin sekä hakemustiedosto että päätöstiedosto.",
        sv: "Välj först både ansökningsfilen och beslutsfilen.",
        en: "Choose both the application file and the decision file first.",
    }
    NotOpened { fi: "Hanketta ei avattu:", sv: "Projektet öppnades inte:", en: "The project was not opened:" }
    RefusedNotInDecision {
        fi: "päätöstiedostossa ei ole tätä hakemusta. Päätös koskee muita hakemuksia tai hakemuksen toista versiota (sormenjälki on eri).",
        sv: "beslutsfilen innehåller inte den här ansökan. Beslutet gäller andra ansökningar eller en annan version av ansökan (fingeravtrycket är ett annat).",
        en: "the decision file does not have this application. The decision is about other applications or another version of this one (the fingerprint differs).",
    }
    RefusedOpen {
        fi: "päätöstiedostossa tätä hakemusta ei ole vielä ratkaistu.",
        sv: "ansökan har ännu inte avgjorts i beslutsfilen.",
        en: "the decision file has not decided this application yet.",
    }
    RefusedDeferred {
        fi: "päätöksessä hakemus on siirretty jatkoselvitykseen, eikä avustusta ole vielä myönnetty.",
        sv: "i beslutet har ansökan skjutits upp för fortsatt utredning, och inget understöd har ännu beviljats.",
        en: "the decision defers the application for further clarification; no grant has been made yet.",
    }
    RefusedRefused {
        fi: "päätöksessä hakemukselle ei myönnetty avustusta.",
        sv: "i beslutet beviljades ansökan inget understöd.",
        en: "the decision made no grant to the application.",
    }
    RefusedWithdrawn {
        fi: "hakija on perunut hakemuksen.",
        sv: "sökanden har återtagit ansökan.",
        en: "the applicant withdrew the application.",
    }
    RefusedAmountMissing {
        fi: "päätöstiedostossa ei ole avustuksen euromäärää.",
        sv: "beslutsfilen anger inte understödets belopp.",
        en: "the decision file gives no amount for the grant.",
    }
    RefusedAmountUnreadable {
        fi: "päätöstiedoston avustuksen euromäärää ei voi lukea:",
        sv: "understödets belopp i beslutsfilen kan inte läsas:",
        en: "the grant's amount in the decision file cannot be read:",
    }
    Opened { fi: "Avustettu hanke avattu.", sv: "Det beviljade projektet har öppnats.", en: "The granted project was opened." }
    ListTitle {
        fi: "Tämän selaimen avustetut hankkeet",
        sv: "Beviljade projekt i den här webbläsaren",
        en: "Granted projects in this browser",
    }
    NoGrants {
        fi: "Tähän selaimeen ei ole vielä avattu avustettuja hankkeita.",
        sv: "Inga beviljade projekt har ännu öppnats i den här webbläsaren.",
        en: "No granted projects have been opened in this browser yet.",
    }
    ColProject { fi: "Hanke", sv: "Projekt", en: "Project" }
    ColLead { fi: "Hankehallinnoija", sv: "Projektförvaltare", en: "Lead" }
    ColGrant { fi: "Avustus enintään", sv: "Understöd högst", en: "Grant at most" }
    OpenProject { fi: "Avaa", sv: "Öppna", en: "Open" }
    RemoveProject { fi: "Poista", sv: "Ta bort", en: "Remove" }
    ProjectRemoved { fi: "Hanke poistettu.", sv: "Projektet togs bort.", en: "Project removed." }
    Unreadable {
        fi: "Tallennettua hanketta ei voi lukea. Se säilytetään sellaisenaan, eikä sitä kirjoiteta yli.",
        sv: "Det sparade projektet kan inte läsas. Det behålls som det är och skrivs inte över.",
        en: "A stored project cannot be read. It is kept as it is and never written over.",
    }
    Untitled { fi: "Nimetön hanke", sv: "Namnlöst projekt", en: "Untitled project" }
    NotHere {
        fi: "Tätä hanketta ei ole tallennettu tähän selaimeen.",
        sv: "Det här projektet har inte sparats i den här webbläsaren.",
        en: "This project is not stored in this browser.",
    }
    // The overview.
    GrantedTitle { fi: "Myönnetty avustus", sv: "Beviljat understöd", en: "Grant awarded" }
    AtMost { fi: "enintään", sv: "högst", en: "at most" }
    Group { fi: "Päätöksen ryhmä", sv: "Gruppen i beslutet", en: "Group in the decision" }
    GroupConditions { fi: "Ryhmän ehdot", sv: "Gruppens villkor", en: "The group's conditions" }
    OwnCondition { fi: "Avustuksen oma ehto", sv: "Understödets eget villkor", en: "The grant's own condition" }
    NoCondition { fi: "Ei ehtoa.", sv: "Inget villkor.", en: "No condition." }
    DecidedOn { fi: "Päätöspäivä", sv: "Beslutsdatum", en: "Date of the decision" }
    ProjectPeriod { fi: "Hankeaika", sv: "Projekttid", en: "Project period" }
    FinalReportDue { fi: "Loppuraportti viimeistään", sv: "Slutrapporten senast", en: "Final report by" }
    NotKnown { fi: "ei tiedossa", sv: "inte känt", en: "not known" }
    PeriodsTitle { fi: "Raportointikaudet", sv: "Rapporteringsperioder", en: "Reporting periods" }
    PeriodsIntro {
        fi: "Väliraportti annetaan neljän kuukauden välein hankkeen alkamisesta. Ministeriö ilmoittaa kausien päivämäärät ja määräajat.",
        sv: "En mellanrapport lämnas var fjärde månad från projektets start. Ministeriet meddelar periodernas datum och tidsfrister.",
        en: "An interim report is given every four months from the project's start. The ministry announces the periods' dates and deadlines.",
    }
    ColPeriod { fi: "Kausi", sv: "Period", en: "Period" }
    ColStart { fi: "Alkaa", sv: "Börjar", en: "Starts" }
    ColEnd { fi: "Päättyy", sv: "Slutar", en: "Ends" }
    ColDue { fi: "Väliraportti viimeistään", sv: "Mellanrapporten senast", en: "Interim report due" }
    ColSent { fi: "Raportti lähetetty", sv: "Rapporten skickad", en: "Report sent" }
    Announced { fi: "ministeriö ilmoittaa", sv: "ministeriet meddelar", en: "the ministry announces" }
    NotSent { fi: "ei lähetetty", sv: "inte skickad", en: "not sent" }
    NextTitle { fi: "Seuraavaksi", sv: "Härnäst", en: "Next" }
    NextInterim { fi: "Väliraportti kaudelta", sv: "Mellanrapport för perioden", en: "Interim report for the period" }
    NextFinal { fi: "Loppuraportti", sv: "Slutrapport", en: "Final report" }
    NoPeriods {
        fi: "Hankkeelle ei ole raportointikausia: hakemuksessa ei ole luettavaa alkamis- ja päättymispäivää.",
        sv: "Projektet har inga rapporteringsperioder: ansökan har inget läsbart start- och slutdatum.",
        en: "The project has no reporting periods: the application has no readable start and end date.",
    }
    PagesToCome {
        fi: "Väliraporttien, maksatushakemusten, loppuraportin ja loppuselvityksen sivut eivät ole vielä tässä versiossa. Projektikirjanpito on käytössä.",
        sv: "Sidorna för mellanrapporter, utbetalningsansökningar, slutrapporten och slutredovisningen finns inte ännu i den här versionen. Projektbokföringen kan användas.",
        en: "The pages for interim reports, payment claims, the final report and the settlement are not in this version yet. The project's accounts can be used.",
    }
    // The ledger.
    LedgerTitle { fi: "Projektikirjanpito", sv: "Projektbokföring", en: "Project accounts" }
    LedgerIntro {
        fi: "Päätöksen mukaan hankkeella on oltava erillinen projektikirjanpito, kuten oma projektiseuranta tai kustannuspaikka. Kirjaa tähän hankkeen toteutuneet kustannukset: arvonlisäveroton summa ja arvonlisävero erikseen.",
        sv: "Enligt beslutet ska projektet ha en separat projektbokföring, till exempel en egen projektuppföljning eller ett eget kostnadsställe. För in projektets faktiska kostnader här: beloppet utan moms och momsen separat.",
        en: "The decision requires the project to keep separate project accounts, such as its own project tracking or cost centre. Record the project's realised costs here: the amount without VAT and the VAT apart.",
    }
    ColDate { fi: "Päivämäärä", sv: "Datum", en: "Date" }
    ColVoucher { fi: "Tosite", sv: "Verifikat", en: "Voucher" }
    ColCategory { fi: "Kustannuslaji", sv: "Kostnadsslag", en: "Cost category" }
    ColBearer { fi: "Kustannuksen kantaja", sv: "Den som bär kostnaden", en: "Borne by" }
    ColDescription { fi: "Kuvaus", sv: "Beskrivning", en: "Description" }
    ColNet { fi: "Summa ilman arvonlisäveroa (€)", sv: "Belopp utan moms (€)", en: "Amount without VAT (€)" }
    ColVat { fi: "Arvonlisävero (€)", sv: "Moms (€)", en: "VAT (€)" }
    ColInternal { fi: "Sisäinen veloitus", sv: "Intern debitering", en: "Internal charge" }
    ColActual {
        fi: "Perustuu kirjattuihin todellisiin kustannuksiin",
        sv: "Baseras på bokförda faktiska kostnader",
        en: "Based on booked actual costs",
    }
    ColJustification { fi: "Lisenssin perustelu", sv: "Motivering för licensen", en: "Licence justification" }
    Entry { fi: "Kirjaus", sv: "Bokföring", en: "Entry" }
    ChooseCategory { fi: "Valitse kustannuslaji", sv: "Välj kostnadsslag", en: "Choose a category" }
    ChooseBearer { fi: "Valitse hakija", sv: "Välj sökande", en: "Choose an applicant" }
    AddEntry { fi: "Lisää kirjaus", sv: "Lägg till en bokföring", en: "Add an entry" }
    RemoveEntry { fi: "Poista kirjaus", sv: "Ta bort bokföringen", en: "Remove the entry" }
    EntryRemoved { fi: "Kirjaus poistettu.", sv: "Bokföringen togs bort.", en: "Entry removed." }
    NoEntries { fi: "Kirjauksia ei ole vielä.", sv: "Inga bokföringar ännu.", en: "No entries yet." }
    TotalsTitle { fi: "Yhteensä", sv: "Totalt", en: "Totals" }
    TotalEntries { fi: "Kirjauksia", sv: "Bokföringar", en: "Entries" }
    TotalNet {
        fi: "Kustannukset ilman arvonlisäveroa",
        sv: "Kostnader utan moms",
        en: "Costs without VAT",
    }
    TotalVat { fi: "Arvonlisävero", sv: "Moms", en: "VAT" }
    NotCounted {
        fi: "Kirjauksia, joiden summaa ei voi lukea (ei laskettu mukaan)",
        sv: "Bokföringar vars belopp inte kan läsas (inte medräknade)",
        en: "Entries whose amount cannot be read (not counted)",
    }
    BackToProject { fi: "Takaisin hankkeen yleiskuvaan", sv: "Tillbaka till projektöversikten", en: "Back to the project overview" }
    // Saving.
    Saved { fi: "Tallennettu", sv: "Sparat", en: "Saved" }
    SaveConflict {
        fi: "Tätä hanketta on muutettu toisessa välilehdessä. Tallennus on keskeytetty, jotta uudempia tietoja ei kirjoiteta yli. Lataa sivu uudelleen nähdäksesi uusimman version.",
        sv: "Det här projektet har ändrats i en annan flik. Sparandet har avbrutits så att nyare uppgifter inte skrivs över. Ladda om sidan för att se den senaste versionen.",
        en: "This project was changed in another tab. Saving has stopped so that newer data is not overwritten. Reload the page to see the latest version.",
    }
    SaveFailed {
        fi: "Hanketta ei tallennettu. Muutoksesi ovat tallessa tässä välilehdessä; tallennusta yritetään uudelleen seuraavan muutoksen jälkeen.",
        sv: "Projektet sparades inte. Dina ändringar finns kvar i den här fliken; sparandet försöks igen efter nästa ändring.",
        en: "The project was not saved. Your changes are still in this tab; saving is tried again after the next change.",
    }
}

/// Why the decision did not open the project, as a sentence after [`G::NotOpened`].
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    let text = |g: G| g.get(lang).to_string();
    match r {
        Refusal::NotInDecision => text(G::RefusedNotInDecision),
        Refusal::Open => text(G::RefusedOpen),
        Refusal::Deferred => text(G::RefusedDeferred),
        Refusal::Refused => text(G::RefusedRefused),
        Refusal::Withdrawn => text(G::RefusedWithdrawn),
        Refusal::AmountMissing => text(G::RefusedAmountMissing),
        Refusal::AmountUnreadable { text: t } => {
            format!("{} \u{201c}{t}\u{201d}", G::RefusedAmountUnreadable.get(lang))
        }
    }
}

/// The grant as the decision states it: "enintään 181 500,00 €" (the amount as the file writes it;
/// as it is where it is not an amount).
pub fn at_most(lang: Lang, amount: &str) -> String {
    let shown = Money::parse_exchange(amount).map_or_else(|| amount.to_string(), |m| m.format(lang));
    format!("{} {shown}", G::AtMost.get(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grant_reads_as_the_decision_states_it() {
        assert_eq!(at_most(Lang::Fi, "181500.00"), "enintään 181\u{a0}500,00\u{a0}€");
        assert_eq!(at_most(Lang::Sv, "181500.00"), "högst 181\u{a0}500,00\u{a0}€");
        assert_eq!(at_most(Lang::En, "181500.00"), "at most €181,500.00");
        assert_eq!(
            refusal(Lang::Fi, &Refusal::AmountUnreadable { text: "181 5OO".into() }),
            "päätöstiedoston avustuksen euromäärää ei voi lukea: \u{201c}181 5OO\u{201d}"
        );
    }
}
