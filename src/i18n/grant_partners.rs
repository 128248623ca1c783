//! The words of the partners' entries in the grant's app (`ui::grant::partners` and the partner's
//! copy, `ui::grant::partner_copy`): the lead's requests and the contributions received, compared
//! and merged, and the partner's copy that answers a request. Like table `G`, only the grant's app
//! installs table `Gp` (`super::GRANT_TABLES`). The words are the drafter's partner pages' own:
//! hankehallinnoija (the lead), osatoteuttaja (a partner), pyyntö, palautus, yhdistää.

use super::texts::texts;
use crate::domain::exchange::ledger::{EntryField, Refusal};
use crate::domain::vocabulary::locale::Lang;

texts! {
    Gp;
    PartnersTitle { fi: "Osatoteuttajien kirjaukset", sv: "Delgenomförarnas poster", en: "Partners' entries" }
    PartnersIntro {
        fi: "Kukin osatoteuttaja pitää omat kirjauksensa ja palauttaa ne tiedostona. Pyydä osatoteuttajan kirjaukset kaudelta, lähetä pyyntötiedosto osatoteuttajalle ja tuo sen palautus tälle sivulle. Ennen yhdistämistä näet, mitä palautus muuttaa.",
        sv: "Varje delgenomförare för sina egna poster och returnerar dem som fil. Begär delgenomförarens poster för en period, skicka begäransfilen till delgenomföraren och importera dess retur på den här sidan. Innan posterna förs in ser du vad returen ändrar.",
        en: "Each partner keeps its own entries and returns them by file. Request a partner's entries for a period, send the request file to the partner and import its contribution on this page. Before merging you see what the contribution changes.",
    }
    NoPartners { fi: "Hakemuksessa ei ole osatoteuttajia.", sv: "Ansökan har inga delgenomförare.", en: "The application has no partners." }
    PeriodStart { fi: "Kausi alkaa", sv: "Perioden börjar", en: "Period starts" }
    PeriodEnd { fi: "Kausi päättyy", sv: "Perioden slutar", en: "Period ends" }
    NotADate {
        fi: "Kirjoita päivämäärä muodossa p.k.vvvv, esimerkiksi 1.3.2020, tai jätä kenttä tyhjäksi.",
        sv: "Skriv datumet i formatet d.m.åååå, till exempel 1.3.2020, eller lämna fältet tomt.",
        en: "Write the date as d.m.yyyy, for example 1.3.2020, or leave the field empty.",
    }
    EndBeforeStart { fi: "Kauden loppu on ennen sen alkua.", sv: "Perioden slutar före den börjar.", en: "The period ends before it starts." }
    RequestEntries { fi: "Pyydä kirjaukset", sv: "Begär posterna", en: "Request the entries" }
    RequestMade {
        fi: "Pyyntö tehty ja pyyntötiedosto ladattu. Lähetä tiedosto osatoteuttajalle.",
        sv: "Begäran är gjord och begäransfilen nedladdad. Skicka filen till delgenomföraren.",
        en: "Request made and the request file downloaded. Send the file to the partner.",
    }
    RequestsTitle { fi: "Tehdyt pyynnöt ja palautukset", sv: "Gjorda begäranden och returer", en: "Requests made and contributions received" }
    NoRequests { fi: "Kirjauksia ei ole vielä pyydetty.", sv: "Inga poster har begärts ännu.", en: "No entries have been requested yet." }
    ColRequested { fi: "Pyydetty", sv: "Begärd", en: "Requested" }
    ColReturns { fi: "Palautukset", sv: "Returer", en: "Contributions" }
    NoReturns { fi: "Ei palautettu", sv: "Inte returnerad", en: "Not returned" }
    ReturnReceived { fi: "Saapunut", sv: "Mottagen", en: "Received" }
    ReturnMerged { fi: "yhdistetty", sv: "införd", en: "merged" }
    ReturnNotMerged { fi: "ei yhdistetty", sv: "inte införd", en: "not merged" }
    OpenEnded { fi: "avoin", sv: "öppen", en: "open" }
    ContributionFile { fi: "Osatoteuttajan palautustiedosto", sv: "Delgenomförarens returfil", en: "The partner's contribution file" }
    RefusedOtherProject {
        fi: "palautus vastaa toisen hankkeen kirjauspyyntöön.",
        sv: "returen svarar på en begäran om poster i ett annat projekt.",
        en: "the contribution answers a request of another project.",
    }
    RefusedUnknownRequest {
        fi: "tämä hanke ei ole tehnyt pyyntöä, johon palautus vastaa.",
        sv: "det här projektet har inte gjort den begäran som returen svarar på.",
        en: "this project made no request that the contribution answers.",
    }
    RefusedNotTheRequestsPartner {
        fi: "palautus on eri osatoteuttajalta kuin se, jolta kirjaukset pyydettiin.",
        sv: "returen kommer från en annan delgenomförare än den som posterna begärdes av.",
        en: "the contribution comes from another partner than the one the entries were requested from.",
    }
    RefusedAlreadyMerged { fi: "tämä palautus on jo yhdistetty", sv: "den här returen har redan förts in", en: "this contribution was merged already on" }
    NotMerged { fi: "Kirjauksia ei yhdistetty:", sv: "Posterna fördes inte in:", en: "The entries were not merged:" }
    CompareTitle { fi: "Mitä palautus muuttaa", sv: "Vad returen ändrar", en: "What the contribution changes" }
    CompareIntro {
        fi: "Osatoteuttajan kirjaukset korvaavat yhdistettäessä pyynnön kirjaukset kokonaan. Mitään ei ole vielä muutettu.",
        sv: "När posterna förs in ersätter delgenomförarens poster begärans poster helt. Ingenting har ändrats ännu.",
        en: "When merged, the partner's entries replace the request's entries whole. Nothing has been changed yet.",
    }
    CountAdded { fi: "Lisättäviä kirjauksia", sv: "Poster som läggs till", en: "Entries to add" }
    CountChanged { fi: "Muuttuvia kirjauksia", sv: "Poster som ändras", en: "Entries to change" }
    CountRemoved { fi: "Poistettavia kirjauksia", sv: "Poster som tas bort", en: "Entries to remove" }
    KindAdd { fi: "Lisättävä kirjaus", sv: "Post som läggs till", en: "Entry to add" }
    KindChange { fi: "Muuttuva kirjaus", sv: "Post som ändras", en: "Entry to change" }
    KindRemove { fi: "Poistettava kirjaus", sv: "Post som tas bort", en: "Entry to remove" }
    ColField { fi: "Kenttä", sv: "Fält", en: "Field" }
    ColBefore { fi: "Kirjanpidossa nyt", sv: "I bokföringen nu", en: "In the accounts now" }
    ColAfter { fi: "Osatoteuttajalta", sv: "Från delgenomföraren", en: "From the partner" }
    Merge { fi: "Yhdistä kirjaukset", sv: "För in posterna", en: "Merge the entries" }
    Merged {
        fi: "Kirjaukset yhdistetty projektikirjanpitoon.",
        sv: "Posterna har förts in i projektbokföringen.",
        en: "The entries have been merged into the project accounts.",
    }
    NothingChanged {
        fi: "Palautus ei muuta mitään: kirjaukset ovat projektikirjanpidossa jo sellaisina.",
        sv: "Returen ändrar ingenting: posterna finns redan så i projektbokföringen.",
        en: "The contribution changes nothing: the entries are already so in the project accounts.",
    }
    Undo { fi: "Kumoa yhdistäminen", sv: "Ångra införandet", en: "Undo the merge" }
    Undone {
        fi: "Yhdistäminen kumottu: kirjaukset ovat kuten ennen sitä.",
        sv: "Införandet är ångrat: posterna är som före det.",
        en: "Merge undone: the entries are as they were before it.",
    }
    UndoRefused {
        fi: "Yhdistämistä ei voi kumota: kirjauksia on muutettu sen jälkeen.",
        sv: "Införandet kan inte ångras: posterna har ändrats efter det.",
        en: "The merge cannot be undone: the entries have been changed since.",
    }
    Stale {
        fi: "Kirjauksia ei yhdistetty: hanke on muuttunut. Tuo palautus uudelleen.",
        sv: "Posterna fördes inte in: projektet har ändrats. Importera returen på nytt.",
        en: "The entries were not merged: the project has changed. Import the contribution again.",
    }
    PartnerCopy { fi: "Osatoteuttajan kirjaukset", sv: "Delgenomförarens poster", en: "Partner's entries" }
    PartnerCopyIntro {
        fi: "Vastaat hankehallinnoijan kirjauspyyntöön. Kirjaa osatoteuttajan kustannukset projektikirjanpitoon ja palauta ne tiedostona hankehallinnoijalle.",
        sv: "Du svarar på projektförvaltarens begäran om poster. Bokför delgenomförarens kostnader i projektbokföringen och returnera dem som fil till projektförvaltaren.",
        en: "You are answering the lead's request for entries. Enter the partner's costs in the project accounts and return them by file to the lead.",
    }
    Partner { fi: "Osatoteuttaja", sv: "Delgenomförare", en: "Partner" }
    RequestedPeriod { fi: "Pyydetty kausi", sv: "Begärd period", en: "Period requested" }
    RequestedOn { fi: "Pyyntö tehty", sv: "Begäran gjord", en: "Request made" }
    EntriesCount { fi: "Kirjauksia", sv: "Poster", en: "Entries" }
    ReturnEntries { fi: "Palauta kirjaukset", sv: "Returnera posterna", en: "Return the entries" }
    Returned {
        fi: "Palautustiedosto ladattu. Lähetä se hankehallinnoijalle.",
        sv: "Returfilen är nedladdad. Skicka den till projektförvaltaren.",
        en: "The contribution file is downloaded. Send it to the lead.",
    }
    RequestOpened {
        fi: "Kirjauspyyntö avattu osatoteuttajan kirjauksiksi.",
        sv: "Begäran om poster har öppnats som delgenomförarens poster.",
        en: "The request for entries was opened as the partner's entries.",
    }
}

/// Why a contribution was refused, as a sentence after [`Gp::NotMerged`]; `when` writes a time.
pub fn refusal(lang: Lang, r: &Refusal, when: impl Fn(&str) -> String) -> String {
    match r {
        Refusal::OtherProject => Gp::RefusedOtherProject.get(lang).into(),
        Refusal::UnknownRequest => Gp::RefusedUnknownRequest.get(lang).into(),
        Refusal::NotTheRequestsPartner => Gp::RefusedNotTheRequestsPartner.get(lang).into(),
        Refusal::AlreadyMerged { at } => format!("{} {}.", Gp::RefusedAlreadyMerged.get(lang), when(at)),
    }
}

/// A compared field's name: the ledger's column heading.
pub fn field(lang: Lang, f: EntryField) -> &'static str {
    use super::grant::G;
    match f {
        EntryField::Date => G::ColDate,
        EntryField::Voucher => G::ColVoucher,
        EntryField::Category => G::ColCategory,
        EntryField::Description => G::ColDescription,
        EntryField::Net => G::ColNet,
        EntryField::Vat => G::ColVat,
        EntryField::InternalCharge => G::ColInternal,
        EntryField::InternalChargeActual => G::ColActual,
        EntryField::Justification => G::ColJustification,
    }
    .get(lang)
}
