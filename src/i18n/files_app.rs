//! The files app's own fixed texts (`ui::files_app`: the drafts page and check your answers; the
//! comparison of two files and the read-only parts of an application, which the reviewer's app
//! shows too). Only those two apps ask for them, so the drafter's wasm does not carry them
//! (`T::get` is one `match` over all of `T`); in the wasm, Swedish and English come from the texts
//! files.

use super::texts::texts;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Fa;
    // Moved from `T`: the drafter no longer shows the drafts page or the comparison.
    DraftsIntro {
        fi: "Tässä selaimessa tallennetut hakemusluonnokset. Kukin luonnos tallentuu automaattisesti, kun sitä muokataan.",
        sv: "Ansökningsutkasten som sparats i den här webbläsaren. Varje utkast sparas automatiskt när det redigeras.",
        en: "The application drafts saved in this browser. Each draft is saved automatically as it is edited.",
    }
    NewDraft { fi: "Uusi luonnos", sv: "Nytt utkast", en: "New draft" }
    OpenDraft { fi: "Avaa", sv: "Öppna", en: "Open" }
    OpenNow { fi: "Avoinna", sv: "Öppet", en: "Open now" }
    RenameDraft { fi: "Nimeä uudelleen", sv: "Byt namn", en: "Rename" }
    DraftName { fi: "Luonnoksen nimi", sv: "Utkastets namn", en: "Name of the draft" }
    SaveName { fi: "Tallenna nimi", sv: "Spara namnet", en: "Save the name" }
    Cancel { fi: "Peruuta", sv: "Avbryt", en: "Cancel" }
    DuplicateDraft { fi: "Tee kopio", sv: "Gör en kopia", en: "Make a copy" }
    DeleteDraft { fi: "Poista", sv: "Ta bort", en: "Delete" }
    DraftRemoved { fi: "Luonnos poistettu.", sv: "Utkastet togs bort.", en: "Draft deleted." }
    LastSaved { fi: "Tallennettu viimeksi", sv: "Senast sparat", en: "Last saved" }
    UnreadableDraft {
        fi: "Tätä tallennetta ei voi lukea. Sitä ei muuteta eikä poisteta; voit ladata sen tekstin talteen.",
        sv: "Den här sparade posten kan inte läsas. Den ändras eller tas inte bort; du kan ladda ner dess text.",
        en: "This saved record cannot be read. It is not changed or deleted; you can download its text.",
    }
    DownloadStored { fi: "Lataa tallennettu teksti", sv: "Ladda ner den sparade texten", en: "Download the stored text" }
    RecoveriesTitle { fi: "Tallentamattomat versiot", sv: "Osparade versioner", en: "Unsaved versions" }
    RecoveriesIntro {
        fi: "Nämä muutokset jäivät tallentamatta, kun välilehti suljettiin tai ladattiin uudelleen tai kun valitsit toisen välilehden version. Avaa ne uutena luonnoksena tai hylkää ne.",
        sv: "De här ändringarna sparades inte när fliken stängdes eller laddades om, eller när du valde den andra flikens version. Öppna dem som ett nytt utkast eller förkasta dem.",
        en: "These changes were not saved when a tab was closed or reloaded, or when you chose another tab's version. Open them as a new draft or discard them.",
    }
    KeptAt { fi: "Jäi tallentamatta", sv: "Blev osparad", en: "Left unsaved" }
    OpenAsNewDraft { fi: "Avaa uutena luonnoksena", sv: "Öppna som nytt utkast", en: "Open as a new draft" }
    DiscardRecovery { fi: "Hylkää", sv: "Förkasta", en: "Discard" }
    RestoredAsCopy {
        fi: "Luonnosta oli poiston jälkeen muokattu toisessa välilehdessä, joten poistettu versio palautettiin uutena luonnoksena sen rinnalle.",
        sv: "Utkastet hade ändrats i en annan flik efter att det togs bort, så den borttagna versionen återställdes som ett nytt utkast bredvid det.",
        en: "The draft had been edited in another tab after it was deleted, so the deleted version was restored as a new draft beside it.",
    }
    UnknownFieldsKept {
        fi: "Luonnoksessa on tietoja, joita tämä sovelluksen versio ei tunne (se on tallennettu uudemmalla versiolla). Ne säilytetään ennallaan.",
        sv: "Utkastet innehåller uppgifter som den här versionen av applikationen inte känner till (det sparades med en nyare version). De bevaras oförändrade.",
        en: "The draft holds data this version of the app does not know (it was saved by a newer version). They are kept as they are.",
    }
    ImportIntro {
        fi: "Tuo Hakemus-sovelluksesta viety JSON-tiedosto tai hankehallinnoijan lähettämä osatoteuttajan pyyntö. Se tallentuu uutena luonnoksena; olemassa olevat luonnokset eivät muutu.",
        sv: "Importera en JSON-fil som exporterats från Hakemus eller en begäran till en delgenomförare från projektförvaltaren. Den sparas som ett nytt utkast; befintliga utkast ändras inte.",
        en: "Import a JSON file exported from Hakemus, or a partner request the lead sent you. It is saved as a new draft; existing drafts do not change.",
    }
    ImportPasted { fi: "Tuo liitetty teksti", sv: "Importera den inklistrade texten", en: "Import the pasted text" }
    ImportFailed { fi: "Hakemusta ei tuotu", sv: "Ansökan importerades inte", en: "The application was not imported" }
    ImportDone { fi: "Hakemus tuotiin uutena luonnoksena", sv: "Ansökan importerades som ett nytt utkast", en: "The application was imported as a new draft" }
    ImportNotes { fi: "Huomioita tuodusta tiedostosta", sv: "Observera i den importerade filen", en: "Notes on the imported file" }
    ContributionOnDraftsPage {
        fi: "Tiedosto on osatoteuttajan palautus. Avaa hankkeen luonnos ja tuo palautus sivulla Osatoteuttajien osuudet.",
        sv: "Filen är en delgenomförares retur. Öppna projektets utkast och importera returen på sidan Delgenomförarnas delar.",
        en: "The file is a partner's contribution. Open the project's draft and import it on the Partners' parts page.",
    }
    CompareTitle { fi: "Vertaa kahta tiedostoa", sv: "Jämför två filer", en: "Compare two files" }
    CompareIntro {
        fi: "Valitse saman hakemuksen kaksi vietyä tiedostoa, aiempi ja myöhempi: näet kohta kohdalta, mikä muuttui.",
        sv: "Välj två exporterade filer av samma ansökan, en tidigare och en senare: du ser punkt för punkt vad som ändrats.",
        en: "Choose two exported files of the same application, an earlier and a later one: you see item by item what changed.",
    }
    NoDifferences { fi: "Tiedostoissa ei ole eroja.", sv: "Filerna skiljer sig inte åt.", en: "The files do not differ." }
    ColBefore { fi: "Aiemmin", sv: "Tidigare", en: "Before" }
    ColAfter { fi: "Myöhemmin", sv: "Senare", en: "After" }
    CompareFileRead { fi: "Luettu tiedosto", sv: "Inläst fil", en: "File read" }
    CompareResult { fi: "Erot", sv: "Skillnader", en: "Differences" }
    RequestOpened {
        fi: "Osatoteuttajan pyyntö avattiin uutena luonnoksena, jossa täytätte vain oman osuutenne",
        sv: "Begäran till delgenomföraren öppnades som ett nytt utkast, där ni fyller i endast er egen del",
        en: "The partner request was opened as a new draft, in which you fill in only your own part",
    }
    ImportedOn { fi: "tuotu", sv: "importerad", en: "imported" }
    // The files app's own (issue 28, item 11): the storage this browser gives the drafts.
    BackToApplication { fi: "Takaisin hakemukseen", sv: "Tillbaka till ansökan", en: "Back to the application" }
    // The way to the grant's pages, under the header (ui::grant, a bundle of its own), after the decision.
    GrantsLink { fi: "Avustetut hankkeet", sv: "Beviljade projekt", en: "Granted projects" }
    StorageTitle { fi: "Tallennustila tässä selaimessa", sv: "Lagringsutrymmet i den här webbläsaren", en: "Storage in this browser" }
    StoragePersistent {
        fi: "Selain on luvannut säilyttää tämän sivuston tiedot: se ei poista luonnoksia itsestään, vaikka levytila kävisi vähiin. Ne häviävät silti, jos selaimen tiedot tyhjennetään.",
        sv: "Webbläsaren har lovat att bevara webbplatsens data: den tar inte bort utkasten på egen hand, även om diskutrymmet blir knappt. De försvinner ändå om webbläsarens data rensas.",
        en: "The browser has promised to keep this site's data: it will not delete the drafts by itself, even when disk space runs low. They are still lost if the browser's data is cleared.",
    }
    StorageNotPersistent {
        fi: "Selain ei ole luvannut säilyttää luonnoksia. Se voi poistaa ne, jos levytila käy vähiin, ja Safari poistaa sivuston tiedot, kun sivustolla ei ole käyty seitsemään päivään, ellei sovellusta ole asennettu.",
        sv: "Webbläsaren har inte lovat att bevara utkasten. Den kan ta bort dem om diskutrymmet blir knappt, och Safari tar bort webbplatsens data när webbplatsen inte har besökts på sju dagar, om inte appen är installerad.",
        en: "The browser has not promised to keep the drafts. It may delete them when disk space runs low, and Safari deletes a site's data after seven days without a visit unless the app is installed.",
    }
    StoragePersistenceUnknown {
        fi: "Selain ei kerro, säilyttääkö se luonnokset, jos levytila käy vähiin.",
        sv: "Webbläsaren berättar inte om den bevarar utkasten om diskutrymmet blir knappt.",
        en: "The browser does not say whether it keeps the drafts when disk space runs low.",
    }
    MakeBackup { fi: "Ota luonnoksista varmuuskopio", sv: "Ta en säkerhetskopia av utkasten", en: "Make a backup of the drafts" }
    NotStoredQuota {
        fi: "Luonnosta ei voitu tallentaa: selaimen tallennustila on täynnä. Vapauta tilaa poistamalla luonnokset, joita et tarvitse.",
        sv: "Utkastet kunde inte sparas: webbläsarens lagringsutrymme är fullt. Frigör utrymme genom att ta bort utkast som du inte behöver.",
        en: "The draft could not be saved: the browser's storage is full. Free some space by deleting the drafts you do not need.",
    }
    NotStoredUnavailable {
        fi: "Luonnosta ei voitu tallentaa: selain ei salli tallentamista tälle sivustolle (esimerkiksi yksityinen selaus tai tietosuoja-asetus).",
        sv: "Utkastet kunde inte sparas: webbläsaren tillåter inte att webbplatsen sparar data (till exempel privat surfning eller en integritetsinställning).",
        en: "The draft could not be saved: the browser does not let this site store data (private browsing or a privacy setting, for example).",
    }
    NotStoredOther {
        fi: "Luonnosta ei voitu tallentaa. Mitään ei muutettu.",
        sv: "Utkastet kunde inte sparas. Ingenting ändrades.",
        en: "The draft could not be saved. Nothing was changed.",
    }
    // Moved from `T`: check your answers is the files app's page (the reviewer's shows its parts).
    ReviewIntro {
        fi: "Koko hakemus osa kerrallaan. Voit muuttaa kutakin osaa sen muutoslinkistä.",
        sv: "Hela ansökan del för del. Du kan ändra varje del via dess ändringslänk.",
        en: "The whole application, part by part. Change any part through its change link.",
    }
    Change { fi: "Muuta", sv: "Ändra", en: "Change" }
    PartnerDraftNoReview {
        fi: "Tämä on osatoteuttajan luonnos. Osatoteuttaja palauttaa hankehallinnoijalle vain oman osuutensa; koko hakemuksen tarkistaa ja lähettää hankehallinnoija.",
        sv: "Detta är delgenomförarens utkast. Delgenomföraren returnerar endast sin egen del till projektförvaltaren; hela ansökan granskas och skickas av projektförvaltaren.",
        en: "This is a partner's draft. A partner returns only its own part to the lead; the whole application is checked and sent by the lead.",
    }
    NoDraftHere {
        fi: "Tämän välilehden luonnosta ei ole tässä selaimessa: se on ehkä poistettu toisessa välilehdessä. Valitse luonnos luonnosten luettelosta.",
        sv: "Flikens utkast finns inte i den här webbläsaren: det har kanske tagits bort i en annan flik. Välj ett utkast i listan över utkast.",
        en: "This tab's draft is not in this browser: it may have been deleted in another tab. Choose a draft from the list of drafts.",
    }
    ReadyToSubmit {
        fi: "Hakemus on valmis lähetettäväksi: siinä ei ole virheitä.",
        sv: "Ansökan är klar att skickas: den innehåller inga fel.",
        en: "The application is ready to submit: it has no errors.",
    }
    NotReady {
        fi: "Hakemusta ei voi vielä lähettää. Korjaa virheet:",
        sv: "Ansökan kan inte skickas ännu. Rätta felen:",
        en: "The application cannot be submitted yet. Correct the errors:",
    }
    NotAnswered { fi: "Ei vastattu", sv: "Inte besvarat", en: "Not answered" }
    Confirmed { fi: "Vahvistettu", sv: "Bekräftat", en: "Confirmed" }
    NotConfirmed { fi: "Ei vahvistettu", sv: "Inte bekräftat", en: "Not confirmed" }
    NotGiven { fi: "Ei annettu", sv: "Inte angivet", en: "Not given" }
    ColNotes { fi: "Lisätiedot", sv: "Tilläggsuppgifter", en: "Details" }
}
