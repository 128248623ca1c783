//! The one translation layer: every user-visible string goes through here. Finnish is the default;
//! Swedish and English follow. A text missing in any language does not compile: the `texts!` macro
//! requires all three, and the finding messages are exhaustive `match`es over the domain's enums.
//! Pure (no browser), so it is tested natively.

use crate::domain::rules::finding::{
    ApplicantField, FieldPath, IndicatorField, LineField, Message, PackageField, ProjectField, RiskField,
};
use crate::domain::vocabulary::business_id::BusinessIdError;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::{Money, MoneyError};
use crate::domain::vocabulary::targets::{Exclusion, Target};
use rust_decimal::Decimal;

#[path = "i18n_questions.rs"]
pub mod questions;

macro_rules! texts {
    ($($key:ident { fi: $fi:expr, sv: $sv:expr, en: $en:expr $(,)? })*) => {
        /// A fixed text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key),* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$key => match lang { Lang::Fi => $fi, Lang::Sv => $sv, Lang::En => $en },)*
                }
            }
        }
    };
}

texts! {
    AppName { fi: "Hakemus", sv: "Hakemus", en: "Hakemus" }
    AppTagline {
        fi: "Avustushakemus kuntien digitalisaation kannustinjärjestelmään",
        sv: "Ansökan om understöd ur kommunernas incitamentsystem för digitalisering",
        en: "Grant application to the municipal digitalisation incentive programme",
    }
    SkipToContent { fi: "Siirry sisältöön", sv: "Gå till innehållet", en: "Skip to content" }
    LanguageLabel { fi: "Kieli", sv: "Språk", en: "Language" }
    LanguageName { fi: "suomi", sv: "svenska", en: "English" }
    BudgetTitle { fi: "Talousarvio", sv: "Budget", en: "Budget" }
    BudgetIntro {
        fi: "Kirjaa hankkeen kustannukset riveittäin. Avustus voi olla enintään 85 % hyväksyttävistä kustannuksista ilman arvonlisäveroa. Laskelma ja tarkistukset päivittyvät kirjoittaessasi.",
        sv: "Ange projektets kostnader rad för rad. Understödet kan vara högst 85 % av de godtagbara kostnaderna utan mervärdesskatt. Kalkylen och kontrollerna uppdateras medan du skriver.",
        en: "Enter the project's costs line by line. The grant can be at most 85 % of the eligible costs excluding VAT. The figures and checks update as you type.",
    }
    CostLines { fi: "Kustannusrivit", sv: "Kostnadsrader", en: "Cost lines" }
    ColLine { fi: "Rivi", sv: "Rad", en: "Line" }
    ColCategory { fi: "Kustannuslaji", sv: "Kostnadsslag", en: "Cost category" }
    ColDescription { fi: "Kuvaus", sv: "Beskrivning", en: "Description" }
    ColBearer { fi: "Kustannuksen kantaja", sv: "Kostnaden bärs av", en: "Borne by" }
    ColYear { fi: "Vuosi", sv: "År", en: "Year" }
    ColAmount { fi: "Summa (€)", sv: "Belopp (€)", en: "Amount (€)" }
    ColIncludesVat { fi: "Summa sisältää alv:n", sv: "Beloppet inkluderar moms", en: "Amount includes VAT" }
    ColVatRate { fi: "Alv-kanta", sv: "Momssats", en: "VAT rate" }
    ColVat { fi: "Alv (€)", sv: "Moms (€)", en: "VAT (€)" }
    ColNet { fi: "Veroton (€)", sv: "Skattefritt (€)", en: "Excl. VAT (€)" }
    ChooseOption { fi: "Valitse", sv: "Välj", en: "Choose" }
    VatComputedHint { fi: "Laskettu:", sv: "Beräknad:", en: "Computed:" }
    InternalCharge { fi: "Sisäinen veloitus", sv: "Intern debitering", en: "Internal charge" }
    InternalChargeActual {
        fi: "Perustuu kirjanpidon toteutuneisiin menoihin",
        sv: "Grundar sig på bokförda faktiska utgifter",
        en: "Based on booked actual costs",
    }
    LicenceJustification {
        fi: "Perustelu: miksi lisenssi on kehittämishankkeen kannalta välttämätön",
        sv: "Motivering: varför licensen är nödvändig för utvecklingsprojektet",
        en: "Justification: why the licence is necessary for the development project",
    }
    AddLine { fi: "Lisää kustannusrivi", sv: "Lägg till kostnadsrad", en: "Add a cost line" }
    Duplicate { fi: "Monista", sv: "Kopiera", en: "Duplicate" }
    Remove { fi: "Poista", sv: "Ta bort", en: "Remove" }
    NoLines {
        fi: "Talousarviossa ei ole vielä rivejä. Aloita lisäämällä kustannusrivi.",
        sv: "Budgeten har ännu inga rader. Börja med att lägga till en kostnadsrad.",
        en: "The budget has no lines yet. Start by adding a cost line.",
    }
    RequestedGrant { fi: "Haettava avustus (€)", sv: "Understöd som söks (€)", en: "Grant requested (€)" }
    RequestedGrantHint {
        fi: "Enintään enimmäisavustuksen verran. Esimerkiksi 181\u{a0}520,00",
        sv: "Högst det maximala understödet. Till exempel 181\u{a0}520,00",
        en: "At most the maximum grant. For example 181,520.00",
    }
    Summary { fi: "Yhteenveto", sv: "Sammandrag", en: "Summary" }
    TotalCosts { fi: "Kustannukset yhteensä (alv 0 %)", sv: "Kostnader totalt (moms 0 %)", en: "Total costs (excl. VAT)" }
    TotalVat { fi: "Arvonlisävero yhteensä", sv: "Mervärdesskatt totalt", en: "Total VAT" }
    ExcludedCosts { fi: "Ei hyväksyttäviä kustannuksia", sv: "Icke godtagbara kostnader", en: "Ineligible costs" }
    EligibleBase {
        fi: "Hyväksyttävät kustannukset (alv 0 %)",
        sv: "Godtagbara kostnader (moms 0 %)",
        en: "Eligible costs (excl. VAT)",
    }
    MaxGrant { fi: "Enimmäisavustus", sv: "Maximalt understöd", en: "Maximum grant" }
    OwnFinancing { fi: "Omarahoitus", sv: "Självfinansiering", en: "Own financing" }
    GrantFits {
        fi: "Haettava avustus mahtuu enimmäisavustukseen.",
        sv: "Det sökta understödet ryms inom det maximala understödet.",
        en: "The requested grant is within the maximum grant.",
    }
    GrantDoesNotFit {
        fi: "Haettava avustus ylittää enimmäisavustuksen.",
        sv: "Det sökta understödet överskrider det maximala understödet.",
        en: "The requested grant exceeds the maximum grant.",
    }
    GrantNotGiven {
        fi: "Anna haettava avustus, niin näet mahtuuko se enimmäisavustukseen.",
        sv: "Ange det sökta understödet så ser du om det ryms inom det maximala understödet.",
        en: "Enter the grant requested to see whether it is within the maximum grant.",
    }
    ByCategory { fi: "Kustannuslajeittain", sv: "Per kostnadsslag", en: "By category" }
    ByBearer { fi: "Hakijoittain", sv: "Per sökande", en: "By applicant" }
    ByYear { fi: "Vuosittain", sv: "Per år", en: "By year" }
    ColEligible { fi: "Hyväksyttävä (€)", sv: "Godtagbart (€)", en: "Eligible (€)" }
    Check { fi: "Tarkista talousarvio", sv: "Kontrollera budgeten", en: "Check the budget" }
    ErrorSummaryTitle { fi: "Korjaa seuraavat kohdat", sv: "Rätta följande", en: "There is a problem" }
    WarningSummaryTitle { fi: "Huomioitavaa", sv: "Observera", en: "Please note" }
    NoErrors {
        fi: "Talousarviossa ei ole virheitä.",
        sv: "Budgeten innehåller inga fel.",
        en: "The budget has no errors.",
    }
    LineRemoved { fi: "Rivi poistettu.", sv: "Raden togs bort.", en: "Line removed." }
    PageNotFound { fi: "Sivua ei löytynyt", sv: "Sidan hittades inte", en: "Page not found" }
    ErrorPrefix { fi: "Virhe", sv: "Fel", en: "Error" }
    WarningPrefix { fi: "Huomio", sv: "Observera", en: "Note" }
    Source { fi: "Lähde", sv: "Källa", en: "Source" }
    OriginalWording { fi: "Alkuperäinen sanamuoto", sv: "Ursprunglig ordalydelse", en: "Original wording (Finnish)" }
    AutosaveNote {
        fi: "Luonnos tallentuu automaattisesti tähän selaimeen.",
        sv: "Utkastet sparas automatiskt i den här webbläsaren.",
        en: "The draft is saved automatically in this browser.",
    }
    DraftLabel { fi: "Luonnos", sv: "Utkast", en: "Draft" }
    UntitledDraft { fi: "Nimetön luonnos", sv: "Namnlöst utkast", en: "Untitled draft" }
    NotSavedYet { fi: "Ei vielä tallennettu", sv: "Inte sparat ännu", en: "Not saved yet" }
    DraftsTitle { fi: "Luonnokset", sv: "Utkast", en: "Drafts" }
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
    CopySuffix { fi: "(kopio)", sv: "(kopia)", en: "(copy)" }
    LastSaved { fi: "Tallennettu viimeksi", sv: "Senast sparat", en: "Last saved" }
    ColActions { fi: "Toiminnot", sv: "Åtgärder", en: "Actions" }
    UnreadableDraft {
        fi: "Tätä tallennetta ei voi lukea. Sitä ei muuteta eikä poisteta; voit ladata sen tekstin talteen.",
        sv: "Den här sparade posten kan inte läsas. Den ändras eller tas inte bort; du kan ladda ner dess text.",
        en: "This saved record cannot be read. It is not changed or deleted; you can download its text.",
    }
    DownloadStored { fi: "Lataa tallennettu teksti", sv: "Ladda ner den sparade texten", en: "Download the stored text" }
    SaveQuota {
        fi: "Luonnosta ei tallennettu: selaimen tallennustila on täynnä. Työsi on tallessa tässä välilehdessä. Lataa kopio tiedostoksi, ettei mitään katoa, ja vapauta tilaa poistamalla vanhoja luonnoksia.",
        sv: "Utkastet sparades inte: webbläsarens lagringsutrymme är fullt. Ditt arbete finns kvar i den här fliken. Ladda ner en kopia som fil så att inget går förlorat, och frigör utrymme genom att ta bort gamla utkast.",
        en: "The draft was not saved: the browser's storage is full. Your work is still in this tab. Download a copy as a file so that nothing is lost, and free space by deleting old drafts.",
    }
    SaveUnavailable {
        fi: "Luonnosta ei tallenneta: selain ei salli tallentamista tälle sivustolle (esimerkiksi yksityinen selaus tai tietosuoja-asetus). Lataa kopio tiedostoksi ennen kuin suljet sivun.",
        sv: "Utkastet sparas inte: webbläsaren tillåter inte lagring för den här webbplatsen (till exempel privat surfning eller en integritetsinställning). Ladda ner en kopia som fil innan du stänger sidan.",
        en: "The draft is not being saved: the browser does not allow this site to store data (private browsing or a privacy setting, for example). Download a copy as a file before you close the page.",
    }
    SaveConflict {
        fi: "Tätä luonnosta on muutettu toisessa välilehdessä tai ikkunassa. Tallennus on keskeytetty, jotta uudempia tietoja ei kirjoiteta yli. Valitse, kumpi versio säilytetään.",
        sv: "Det här utkastet har ändrats i en annan flik eller ett annat fönster. Sparandet har avbrutits så att nyare uppgifter inte skrivs över. Välj vilken version som ska behållas.",
        en: "This draft was changed in another tab or window. Saving has stopped so that newer data is not overwritten. Choose which version to keep.",
    }
    SaveOther {
        fi: "Luonnosta ei tallennettu. Lataa kopio tiedostoksi, ettei mitään katoa.",
        sv: "Utkastet sparades inte. Ladda ner en kopia som fil så att inget går förlorat.",
        en: "The draft was not saved. Download a copy as a file so that nothing is lost.",
    }
    DownloadCopy { fi: "Lataa kopio tiedostoksi", sv: "Ladda ner en kopia som fil", en: "Download a copy as a file" }
    RetrySave { fi: "Yritä tallentaa uudelleen", sv: "Försök spara igen", en: "Try saving again" }
    ConflictLoadTheirs {
        fi: "Käytä toisen välilehden versiota (tämän välilehden muutokset hylätään)",
        sv: "Använd den andra flikens version (ändringarna i den här fliken förkastas)",
        en: "Use the other tab's version (this tab's changes are discarded)",
    }
    ConflictKeepMine {
        fi: "Säilytä tämän välilehden versio uutena luonnoksena",
        sv: "Behåll den här flikens version som ett nytt utkast",
        en: "Keep this tab's version as a new draft",
    }
    ImportTitle { fi: "Tuo hakemus", sv: "Importera en ansökan", en: "Import an application" }
    ImportIntro {
        fi: "Tuo Hakemus-sovelluksesta viety JSON-tiedosto. Se tallentuu uutena luonnoksena; olemassa olevat luonnokset eivät muutu.",
        sv: "Importera en JSON-fil som exporterats från Hakemus. Den sparas som ett nytt utkast; befintliga utkast ändras inte.",
        en: "Import a JSON file exported from Hakemus. It is saved as a new draft; existing drafts do not change.",
    }
    ChooseFile { fi: "Valitse tiedosto", sv: "Välj en fil", en: "Choose a file" }
    DropHint {
        fi: "Voit myös pudottaa tiedoston tähän alueeseen.",
        sv: "Du kan också släppa filen på det här området.",
        en: "You can also drop the file on this area.",
    }
    PasteLabel { fi: "Tai liitä viety JSON tähän", sv: "Eller klistra in exporterad JSON här", en: "Or paste exported JSON here" }
    ImportPasted { fi: "Tuo liitetty teksti", sv: "Importera den inklistrade texten", en: "Import the pasted text" }
    ImportFailed { fi: "Hakemusta ei tuotu", sv: "Ansökan importerades inte", en: "The application was not imported" }
    ImportUnchanged {
        fi: "Mitään ei tallennettu eikä muutettu.",
        sv: "Ingenting sparades eller ändrades.",
        en: "Nothing was saved or changed.",
    }
    ImportDone { fi: "Hakemus tuotiin uutena luonnoksena", sv: "Ansökan importerades som ett nytt utkast", en: "The application was imported as a new draft" }
    ImportNotes { fi: "Huomioita tuodusta tiedostosta", sv: "Observera i den importerade filen", en: "Notes on the imported file" }
    ExportTitle { fi: "Vie hakemus", sv: "Exportera ansökan", en: "Export the application" }
    ExportIntro {
        fi: "Lataa hakemus JSON-tiedostona tai kopioi se leikepöydälle ja liitä se hakemuksen jättöpalveluun. Rahamäärät viedään desimaalilukuina ja päivämäärät muodossa VVVV-KK-PP.",
        sv: "Ladda ner ansökan som en JSON-fil eller kopiera den och klistra in den i tjänsten där ansökan lämnas. Belopp exporteras som decimaltal och datum i formen ÅÅÅÅ-MM-DD.",
        en: "Download the application as a JSON file, or copy it and paste it into the submission channel. Amounts are exported as decimal numbers and dates as YYYY-MM-DD.",
    }
    DownloadFile { fi: "Lataa tiedosto", sv: "Ladda ner filen", en: "Download the file" }
    CopyToClipboard { fi: "Kopioi leikepöydälle", sv: "Kopiera till urklipp", en: "Copy to the clipboard" }
    Copied { fi: "Hakemus kopioitiin leikepöydälle.", sv: "Ansökan kopierades till urklipp.", en: "The application was copied to the clipboard." }
    CopyFailed {
        fi: "Kopiointi ei onnistunut. Lataa tiedosto ja liitä sen sisältö.",
        sv: "Kopieringen lyckades inte. Ladda ner filen och klistra in dess innehåll.",
        en: "Copying did not work. Download the file and paste its contents.",
    }
    DownloadSchema { fi: "Lataa JSON-skeema", sv: "Ladda ner JSON-schemat", en: "Download the JSON Schema" }
    SchemaNote {
        fi: "JSON-skeema kuvaa viedyn tiedoston rakenteen, jotta vastaanottaja voi tarkistaa sen.",
        sv: "JSON-schemat beskriver den exporterade filens struktur så att mottagaren kan kontrollera den.",
        en: "The JSON Schema describes the exported file's structure so that the receiver can check it.",
    }
    ExportUnreadable {
        fi: "Nämä kirjoittamasi arvot eivät ole rahamääriä tai päivämääriä. Ne viedään sellaisinaan omassa kentässään (unreadable), eivätkä ne katoa:",
        sv: "Dessa värden som du skrivit är inte belopp eller datum. De exporteras som de är i ett eget fält (unreadable) och går inte förlorade:",
        en: "These values you typed are not amounts or dates. They are exported as they are in a field of their own (unreadable), and are not lost:",
    }
    ExportAndImport { fi: "Vie tai tuo hakemus", sv: "Exportera eller importera en ansökan", en: "Export or import an application" }
    ReviewerTitle { fi: "Arvioijan näkymä", sv: "Bedömarens vy", en: "Reviewer view" }
    ReviewerIntro {
        fi: "Avaa yksi tai useampi viety hakemus. Tiedostoja luetaan vain tässä selaimessa, eikä niitä muuteta.",
        sv: "Öppna en eller flera exporterade ansökningar. Filerna läses bara i den här webbläsaren och ändras inte.",
        en: "Open one or more exported applications. The files are read only in this browser and are never changed.",
    }
    ChooseFiles { fi: "Valitse tiedostot", sv: "Välj filer", en: "Choose files" }
    DropFilesHint {
        fi: "Voit myös pudottaa tiedostot tähän alueeseen.",
        sv: "Du kan också släppa filerna på det här området.",
        en: "You can also drop the files on this area.",
    }
    ApplicationsTable { fi: "Hakemukset", sv: "Ansökningar", en: "Applications" }
    ColFile { fi: "Tiedosto", sv: "Fil", en: "File" }
    ColLead { fi: "Hankehallinnoija", sv: "Projektförvaltare", en: "Lead applicant" }
    ColPartners { fi: "Osatoteuttajat", sv: "Delgenomförare", en: "Partners" }
    ColProject { fi: "Hanke", sv: "Projekt", en: "Project" }
    ColRequested { fi: "Haettu avustus", sv: "Sökt understöd", en: "Grant requested" }
    ColEligibleCosts { fi: "Hyväksyttävät kustannukset", sv: "Godtagbara kostnader", en: "Eligible costs" }
    ColShare { fi: "Avustusosuus", sv: "Understödsandel", en: "Grant share" }
    ColErrors { fi: "Virheet", sv: "Fel", en: "Errors" }
    ColWarnings { fi: "Huomiot", sv: "Observationer", en: "Notes" }
    TotalRow { fi: "Yhteensä", sv: "Totalt", en: "Total" }
    SortBy { fi: "Järjestä sarakkeen mukaan", sv: "Sortera efter kolumnen", en: "Sort by this column" }
    FilterTarget { fi: "Näytä kohde", sv: "Visa objekt", en: "Show target" }
    FilterLead { fi: "Näytä hankehallinnoija", sv: "Visa projektförvaltare", en: "Show lead applicant" }
    FilterAll { fi: "Kaikki", sv: "Alla", en: "All" }
    FilesNotRead { fi: "Näitä tiedostoja ei voitu lukea", sv: "De här filerna kunde inte läsas", en: "These files could not be read" }
    DownloadCsv { fi: "Lataa taulukko (CSV)", sv: "Ladda ner tabellen (CSV)", en: "Download the table (CSV)" }
    StatementLink { fi: "Saavutettavuusseloste", sv: "Tillgänglighetsutlåtande", en: "Accessibility statement" }
    StatementIntro {
        fi: "Tämä seloste koskee Hakemus-sovellusta, jolla kunnat laativat valtionavustushakemuksen kuntien digitalisaation kannustinjärjestelmään. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.",
        sv: "Detta utlåtande gäller applikationen Hakemus, med vilken kommuner utarbetar en ansökan om statsunderstöd ur kommunernas incitamentsystem för digitalisering. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster är tillgängliga.",
        en: "This statement covers the Hakemus application, with which municipalities draft a state grant application to the municipal digitalisation incentive programme. The Act on the Provision of Digital Services (306/2019) requires public digital services to be accessible.",
    }
    StatementStatusTitle { fi: "Saavutettavuuden tila", sv: "Tillgänglighetsstatus", en: "Compliance status" }
    StatementStatus {
        fi: "Sovellus on tehty täyttämään WCAG 2.1 -ohjeistuksen A- ja AA-tason vaatimukset. Jokainen kenttä on nimetty näkyvällä otsikolla, kaikki toimii näppäimistöllä, virheet kerrotaan kentän vieressä ja virheyhteenvedossa, sisältö mukautuu 320 pikselin levyiseen näyttöön ja liike vähenee, jos käyttäjä on sitä pyytänyt. Sovellus toimii suomeksi, ruotsiksi ja englanniksi.",
        sv: "Applikationen är gjord för att uppfylla kraven på nivå A och AA i WCAG 2.1. Varje fält har en synlig etikett, allt fungerar med tangentbordet, fel visas bredvid fältet och i en felsammanfattning, innehållet anpassar sig till en 320 pixlar bred skärm och rörelser minskas om användaren har bett om det. Applikationen fungerar på finska, svenska och engelska.",
        en: "The application is built to meet the level A and AA requirements of WCAG 2.1. Every field has a visible label, everything works by keyboard, errors are shown next to the field and in an error summary, the content reflows to a 320-pixel-wide screen, and motion is reduced when the user has asked for that. The application works in Finnish, Swedish and English.",
    }
    StatementTestingTitle { fi: "Miten saavutettavuus on arvioitu", sv: "Hur tillgängligheten har bedömts", en: "How accessibility was assessed" }
    StatementTesting {
        fi: "Jokainen sovelluksen versio testataan automaattisesti selaimessa ennen käyttöönottoa: axe-core-työkalu (WCAG 2.1 A ja AA sekä parhaat käytännöt) tarkistaa jokaisen sivun kaikilla kolmella kielellä, myös virheyhteenvedon kanssa ja 500 kustannusrivin talousarviolla, ja näppäimistötesti käy läpi lomakkeen ilman hiirtä. Versio, jossa havaitaan yksikin rikkomus, ei pääse käyttöön.",
        sv: "Varje version av applikationen testas automatiskt i en webbläsare innan den tas i bruk: verktyget axe-core (WCAG 2.1 A och AA samt bästa praxis) kontrollerar varje sida på alla tre språk, också med felsammanfattningen och med en budget på 500 kostnadsrader, och ett tangentbordstest går igenom formuläret utan mus. En version med en enda avvikelse tas inte i bruk.",
        en: "Every version of the application is tested automatically in a browser before release: axe-core (WCAG 2.1 A and AA, and best practice) checks every page in all three languages, also with the error summary shown and with a 500-line budget, and a keyboard test goes through the form without a mouse. A version with a single violation is not released.",
    }
    StatementLimitsTitle { fi: "Tunnetut puutteet", sv: "Kända brister", en: "Known limitations" }
    StatementLimits {
        fi: "Automaattiset testit eivät löydä kaikkia ongelmia, eikä sovellusta ole vielä arvioitu ruudunlukijan käyttäjien kanssa. Lähdeasiakirjojen lainaukset näytetään alkuperäisellä suomenkielisellä sanamuodollaan kaikilla kielillä. Hyvin leveät taulukot (talousarvio, hakemusluettelo) vierivät sivusuunnassa kapealla näytöllä.",
        sv: "Automatiska tester hittar inte alla problem, och applikationen har ännu inte bedömts tillsammans med användare av skärmläsare. Citaten ur källdokumenten visas med sin ursprungliga finska ordalydelse på alla språk. Mycket breda tabeller (budgeten, ansökningslistan) rullar i sidled på en smal skärm.",
        en: "Automated tests do not find every problem, and the application has not yet been assessed with screen-reader users. Quotations from the source documents are shown in their original Finnish wording in every language. Very wide tables (the budget, the list of applications) scroll sideways on a narrow screen.",
    }
    StatementFeedbackTitle { fi: "Palaute ja valvontaviranomainen", sv: "Respons och tillsynsmyndighet", en: "Feedback and the supervisory authority" }
    StatementFeedback {
        fi: "Jos huomaat saavutettavuuspuutteen, kerro siitä palvelun tarjoajalle, jolta sait sovelluksen. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (saavutettavuuden valvonnan yksikkö, www.saavutettavuusvaatimukset.fi, saavutettavuus@avi.fi, puhelin 0295 016 000).",
        sv: "Om du märker en brist i tillgängligheten, meddela den som tillhandahåller tjänsten åt dig. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket i Södra Finland (enheten för tillsyn av tillgänglighet, www.tillganglighetskrav.fi, webbtillganglighet@rfv.fi, telefon 0295 016 000).",
        en: "If you notice an accessibility problem, tell the provider who gave you the application. If you are not satisfied with the reply, or get none within two weeks, you can notify the Regional State Administrative Agency for Southern Finland (Accessibility Monitoring Unit, www.webaccessibility.fi, saavutettavuus@avi.fi, telephone 0295 016 000).",
    }
    UnnamedProject { fi: "Nimetön hanke", sv: "Namnlöst projekt", en: "Untitled project" }
    BackToApplications { fi: "Takaisin hakemusluetteloon", sv: "Tillbaka till ansökningslistan", en: "Back to the list of applications" }
    AssessThis { fi: "Arvioi hakemus", sv: "Bedöm ansökan", en: "Assess the application" }
    ShowApplication { fi: "Näytä hakemus", sv: "Visa ansökan", en: "Show the application" }
    PrintPage { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    ReadOnlyNote {
        fi: "Hakemus näytetään vain luettavana. Sitä ei voi muuttaa tässä näkymässä, eikä tiedostoa muuteta.",
        sv: "Ansökan visas skrivskyddad. Den kan inte ändras i den här vyn, och filen ändras inte.",
        en: "The application is shown read only. It cannot be changed in this view, and the file is not changed.",
    }
    NotOpenHere {
        fi: "Tätä hakemusta ei ole avattu tässä välilehdessä. Avaa sen tiedosto hakemusluettelossa.",
        sv: "Den här ansökan är inte öppnad i den här fliken. Öppna dess fil i ansökningslistan.",
        en: "This application is not open in this tab. Open its file in the list of applications.",
    }
    FileLabel { fi: "Tiedosto", sv: "Fil", en: "File" }
    ExportedAt { fi: "Viety", sv: "Exporterad", en: "Exported" }
    FingerprintLabel { fi: "Tunniste", sv: "Identifierare", en: "Fingerprint" }
    AssessmentTitle { fi: "Arviointi", sv: "Bedömning", en: "Assessment" }
    AssessmentIntro {
        fi: "Arvioi hakemus kunkin arviointikriteerin osalta asteikolla 0–3 ja perustele arviosi. Arvio tallentuu tähän selaimeen jokaisen muutoksen jälkeen; hakemusta ei muuteta.",
        sv: "Bedöm ansökan enligt varje bedömningskriterium på skalan 0–3 och motivera bedömningen. Bedömningen sparas i den här webbläsaren efter varje ändring; ansökan ändras inte.",
        en: "Assess the application against each criterion on the scale 0–3 and give your reasons. The assessment is saved in this browser after every change; the application is not changed.",
    }
    ScoreLabel { fi: "Pisteet", sv: "Poäng", en: "Score" }
    ScoreNone { fi: "Ei vielä arvioitu", sv: "Inte bedömt ännu", en: "Not scored yet" }
    Score0 { fi: "0 – ei täyty", sv: "0 – uppfylls inte", en: "0 – not met" }
    Score1 { fi: "1 – täyttyy heikosti", sv: "1 – uppfylls svagt", en: "1 – weakly met" }
    Score2 { fi: "2 – täyttyy hyvin", sv: "2 – uppfylls väl", en: "2 – well met" }
    Score3 { fi: "3 – täyttyy erinomaisesti", sv: "3 – uppfylls utmärkt", en: "3 – excellently met" }
    CriterionNote { fi: "Perustelut", sv: "Motivering", en: "Reasons" }
    RelatedAnswers { fi: "Hakijan vastaukset tähän kriteeriin liittyen", sv: "Sökandens svar som gäller kriteriet", en: "The applicant's answers on this criterion" }
    OverallNote { fi: "Kokonaisarvio", sv: "Helhetsbedömning", en: "Overall assessment" }
    TotalScore { fi: "Pisteet yhteensä", sv: "Poäng totalt", en: "Total score" }
    ColScore { fi: "Arvio", sv: "Bedömning", en: "Assessment" }
    ReviewsTitle { fi: "Arviot", sv: "Bedömningar", en: "Assessments" }
    ReviewsIntro {
        fi: "Arviot tallentuvat tähän selaimeen. Vie ne tiedostoksi varmuuskopioksi tai toiselle arvioijalle; hakemustiedostoja ei muuteta.",
        sv: "Bedömningarna sparas i den här webbläsaren. Exportera dem till en fil som säkerhetskopia eller för en annan bedömare; ansökningsfilerna ändras inte.",
        en: "Assessments are saved in this browser. Export them to a file as a backup or for another reviewer; the application files are never changed.",
    }
    DownloadReviews { fi: "Lataa arviot tiedostona (JSON)", sv: "Ladda ner bedömningarna som fil (JSON)", en: "Download the assessments as a file (JSON)" }
    ChooseReviewsFile { fi: "Tuo arviot tiedostosta", sv: "Importera bedömningar från en fil", en: "Import assessments from a file" }
    DropReviewsHint {
        fi: "Valitse tai pudota tähän aiemmin viety arviotiedosto. Kunkin hakemuksen uudempi arvio säilyy.",
        sv: "Välj eller släpp en tidigare exporterad bedömningsfil här. Den nyare bedömningen av varje ansökan behålls.",
        en: "Choose or drop a previously exported assessment file here. The later assessment of each application is kept.",
    }
    ReviewsNotImported { fi: "Arvioita ei tuotu", sv: "Bedömningarna importerades inte", en: "The assessments were not imported" }
    ReviewsSaveFailed {
        fi: "Arviota ei voitu tallentaa tähän selaimeen. Lataa arviot tiedostona, ettei työ katoa.",
        sv: "Bedömningen kunde inte sparas i den här webbläsaren. Ladda ner bedömningarna som fil så att arbetet inte går förlorat.",
        en: "The assessment could not be saved in this browser. Download the assessments as a file so that the work is not lost.",
    }
    ReviewsUnreadable {
        fi: "Tähän selaimeen aiemmin tallennettuja arvioita ei voitu lukea. Ne on siirretty sivuun muuttamattomina.",
        sv: "Bedömningar som tidigare sparats i den här webbläsaren kunde inte läsas. De har flyttats åt sidan oförändrade.",
        en: "Assessments saved earlier in this browser could not be read. They have been set aside unchanged.",
    }
    DownloadUnreadableReviews { fi: "Lataa sivuun siirretyt arviot", sv: "Ladda ner bedömningarna som flyttats åt sidan", en: "Download the assessments set aside" }
    PastedText { fi: "liitetty teksti", sv: "inklistrad text", en: "pasted text" }
    OpenPasted { fi: "Avaa liitetty hakemus", sv: "Öppna den inklistrade ansökan", en: "Open the pasted application" }
    NoApplicationsYet { fi: "Ei avattuja hakemuksia.", sv: "Inga öppnade ansökningar.", en: "No applications opened." }
    SeverityError { fi: "virhe", sv: "fel", en: "error" }
    SeverityWarning { fi: "huomio", sv: "observation", en: "warning" }
    Excluded { fi: "ei hyväksyttävä", sv: "inte godtagbar", en: "not eligible" }
    Line { fi: "Rivi", sv: "Rad", en: "Line" }
    ApplicantsTitle { fi: "Hakijat", sv: "Sökande", en: "Applicants" }
    ApplicantsIntro {
        fi: "Hakijat ovat kuntia tai kuntayhtymiä. Ensimmäinen hakija on hankehallinnoija: avustus maksetaan sille, ja se vastaa avustuksen käytöstä koko hankkeessa. Muut hakijat ovat osatoteuttajia.",
        sv: "De sökande är kommuner eller samkommuner. Den första sökande är projektförvaltare: understödet betalas till den, och den ansvarar för användningen av understödet i hela projektet. De övriga är delgenomförare.",
        en: "Applicants are municipalities or joint municipal authorities. The first applicant is the lead: the grant is paid to it, and it answers for the use of the grant in the whole project. The others are partners.",
    }
    Lead { fi: "Hankehallinnoija", sv: "Projektförvaltare", en: "Lead applicant" }
    Partner { fi: "Osatoteuttaja", sv: "Delgenomförare", en: "Partner" }
    ApplicantKind { fi: "Hakija on", sv: "Sökande är", en: "The applicant is" }
    KindMunicipality { fi: "kunta", sv: "en kommun", en: "a municipality" }
    KindAuthority { fi: "kuntayhtymä", sv: "en samkommun", en: "a joint municipal authority" }
    FieldMunicipality { fi: "Kunta", sv: "Kommun", en: "Municipality" }
    FieldMunicipalityHint {
        fi: "Hae kunnan nimellä suomeksi tai ruotsiksi tai kuntanumerolla.",
        sv: "Sök med kommunens namn på finska eller svenska eller med kommunnumret.",
        en: "Search by the municipality's Finnish or Swedish name or by its code.",
    }
    FieldAuthorityName { fi: "Kuntayhtymän nimi", sv: "Samkommunens namn", en: "Name of the joint municipal authority" }
    FieldBusinessId { fi: "Y-tunnus", sv: "FO-nummer", en: "Business ID" }
    FieldBusinessIdHint { fi: "Esimerkiksi 0201256-6", sv: "Till exempel 0201256-6", en: "For example 0201256-6" }
    FieldContactName { fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact person" }
    FieldContactEmail { fi: "Yhteyshenkilön sähköposti", sv: "Kontaktpersonens e-post", en: "Contact person's e-mail" }
    FieldContactPhone { fi: "Yhteyshenkilön puhelin", sv: "Kontaktpersonens telefon", en: "Contact person's phone" }
    FieldRole { fi: "Rooli hankkeessa", sv: "Roll i projektet", en: "Role in the project" }
    FieldCommitment { fi: "Sitoutuminen hankkeeseen", sv: "Åtagande i projektet", en: "Commitment to the project" }
    FieldCommitmentHint {
        fi: "Esimerkiksi työpanos, omarahoitusosuus ja tulosten käyttöönotto.",
        sv: "Till exempel arbetsinsats, självfinansieringsandel och ibruktagande av resultaten.",
        en: "For example work, share of own financing and putting the results to use.",
    }
    AddApplicant { fi: "Lisää hakija", sv: "Lägg till sökande", en: "Add an applicant" }
    MakeLead { fi: "Tee hankehallinnoijaksi", sv: "Gör till projektförvaltare", en: "Make lead applicant" }
    RemoveApplicant { fi: "Poista hakija", sv: "Ta bort sökande", en: "Remove applicant" }
    ApplicantRemoved { fi: "Hakija poistettu.", sv: "Den sökande togs bort.", en: "Applicant removed." }
    NoApplicants {
        fi: "Hakijoita ei ole vielä lisätty. Lisää ensin hankehallinnoija.",
        sv: "Inga sökande har lagts till ännu. Lägg först till projektförvaltaren.",
        en: "No applicants yet. Start with the lead applicant.",
    }
    PopulationCovered {
        fi: "Hankkeen kuntien asukasluku 31.12.2019",
        sv: "Invånarantal i projektets kommuner 31.12.2019",
        en: "Population of the project's municipalities at 31 Dec 2019",
    }
    Population { fi: "Asukasluku", sv: "Invånarantal", en: "Population" }
    Sections { fi: "Hakemuksen osat", sv: "Ansökans delar", en: "Parts of the application" }
    OverviewTitle { fi: "Hakemus", sv: "Ansökan", en: "Application" }
    OverviewIntro {
        fi: "Täytä hakemuksen osat. Näet kunkin osan tilan, ja voit palata osiin missä järjestyksessä tahansa.",
        sv: "Fyll i ansökans delar. Du ser varje dels status och kan återvända till delarna i vilken ordning som helst.",
        en: "Fill in the parts of the application. You see the status of each part and can return to them in any order.",
    }
    StatusNotStarted { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" }
    StatusInProgress { fi: "Kesken", sv: "Pågår", en: "In progress" }
    StatusHasErrors { fi: "Korjattavaa", sv: "Behöver rättas", en: "Has errors" }
    StatusComplete { fi: "Valmis", sv: "Klar", en: "Complete" }
    Next { fi: "Seuraava", sv: "Nästa", en: "Next" }
    Previous { fi: "Edellinen", sv: "Föregående", en: "Previous" }
    CheckApplicants { fi: "Tarkista hakijat", sv: "Kontrollera sökande", en: "Check the applicants" }
    AddApplicantsFirst {
        fi: "Kustannuksen kantaja valitaan hakijoista. Lisää ensin hakijat.",
        sv: "Den som bär kostnaden väljs bland de sökande. Lägg först till de sökande.",
        en: "The bearer is chosen from the applicants. Add the applicants first.",
    }
    TargetsTitle { fi: "Kohteet ja rajaukset", sv: "Objekt och avgränsningar", en: "Targets and exclusions" }
    TargetsIntro {
        fi: "Avustuksen kohteena ovat ennen kaikkea muutokset kuntien toimintatavoissa ja prosesseissa. Valitse, mihin kohteisiin hanke kohdistuu, ja varmista, ettei se kuulu haun ulkopuolelle.",
        sv: "Understödet gäller framför allt förändringar i kommunernas verksamhetssätt och processer. Välj vilka objekt projektet gäller och försäkra dig om att det inte faller utanför ansökan.",
        en: "The grant is above all for changes in municipalities' ways of working and processes. Choose the targets the project pursues and make sure it is not in an excluded area.",
    }
    TargetsLegend {
        fi: "Mihin avustuksen kohteisiin hanke kohdistuu? Valitse yksi tai useampi.",
        sv: "Vilka av understödets objekt gäller projektet? Välj ett eller flera.",
        en: "Which of the grant's targets does the project pursue? Choose one or more.",
    }
    ExclusionsTitle { fi: "Haun rajaukset", sv: "Ansökans avgränsningar", en: "What the call excludes" }
    ExclusionsIntro {
        fi: "Avustusta ei voi hakea seuraaviin. Vastaa jokaiseen kysymykseen.",
        sv: "Understöd kan inte sökas för följande. Svara på varje fråga.",
        en: "The grant cannot be applied for the following. Answer each question.",
    }
    Yes { fi: "Kyllä", sv: "Ja", en: "Yes" }
    No { fi: "Ei", sv: "Nej", en: "No" }
    MunicipalTaskTitle { fi: "Kunnan tehtävä", sv: "Kommunens uppgift", en: "Municipal task" }
    MunicipalTaskLabel {
        fi: "Vahvistamme, että hankkeessa tehtävä työ kuuluu kuntalain (410/2015) 7 §:n mukaisiin kunnan tehtäviin.",
        sv: "Vi bekräftar att arbetet i projektet hör till kommunens uppgifter enligt 7 § i kommunallagen (410/2015).",
        en: "We confirm that the project's work is a municipal task under section 7 of the Local Government Act (410/2015).",
    }
    CheckTargets { fi: "Tarkista kohteet ja rajaukset", sv: "Kontrollera objekt och avgränsningar", en: "Check targets and exclusions" }
    ProjectTitle { fi: "Haku ja hanke", sv: "Ansökan och projekt", en: "Call and project" }
    ProjectIntro {
        fi: "Valitse haku, johon hakemus kohdistuu, ja kerro hankkeen nimi, tiivistelmä ja toteutusaika.",
        sv: "Välj den ansökan som gäller, och ange projektets namn, sammandrag och genomförandetid.",
        en: "Choose the call the application answers, and give the project's name, summary and period.",
    }
    FieldCall { fi: "Haku", sv: "Ansökan", en: "Call" }
    FieldNameFi { fi: "Hankkeen nimi suomeksi", sv: "Projektets namn på finska", en: "Project name in Finnish" }
    FieldNameSv { fi: "Hankkeen nimi ruotsiksi (valinnainen)", sv: "Projektets namn på svenska (frivilligt)", en: "Project name in Swedish (optional)" }
    FieldNameEn { fi: "Hankkeen nimi englanniksi (valinnainen)", sv: "Projektets namn på engelska (frivilligt)", en: "Project name in English (optional)" }
    FieldSummary { fi: "Tiivistelmä", sv: "Sammandrag", en: "Summary" }
    FieldSummaryHint {
        fi: "Mitä hankkeessa tehdään ja miten kuntien toimintatavat tai prosessit muuttuvat.",
        sv: "Vad görs i projektet och hur kommunernas arbetssätt eller processer förändras.",
        en: "What the project does and how municipalities' ways of working or processes change.",
    }
    FieldStart { fi: "Alkamispäivä", sv: "Startdatum", en: "Start date" }
    FieldEnd { fi: "Päättymispäivä", sv: "Slutdatum", en: "End date" }
    DefaultShareNote {
        fi: "Tämän haun avustuksen enimmäisosuutta ei mainita lähteissä; laskelmassa käytetään oletuksena 85 %.",
        sv: "Källorna anger inte understödets maximiandel i denna ansökan; kalkylen använder 85 % som standard.",
        en: "The sources do not state this call's maximum grant share; the figures use 85 % as a default.",
    }
    CheckProject { fi: "Tarkista haku ja hanke", sv: "Kontrollera ansökan och projekt", en: "Check call and project" }
    MaturityNow { fi: "Digitalisaation kypsyystaso nyt", sv: "Digitaliseringens mognadsnivå nu", en: "Digital maturity now" }
    MaturityTarget { fi: "Tavoiteltu kypsyystaso", sv: "Eftersträvad mognadsnivå", en: "Targeted digital maturity" }
    MaturityHint {
        fi: "VTT:n digitalisaation kypsyysmallin mukaan.",
        sv: "Enligt VTT:s mognadsmodell för digitalisering.",
        en: "According to VTT's digital maturity model.",
    }
    CharactersCount { fi: "merkkiä", sv: "tecken", en: "characters" }
    RisksTitle { fi: "Riskit", sv: "Risker", en: "Risks" }
    RisksIntro {
        fi: "Arvioi hankkeen riskit: kunkin todennäköisyys ja vaikutus asteikolla 1–5, niiden tulo riskilukuna, hallintakeinot ja vastuullinen hakija.",
        sv: "Bedöm projektets risker: sannolikhet och konsekvens på skalan 1–5, deras produkt som risktal, hanteringen och den ansvariga sökanden.",
        en: "Assess the project's risks: each one's likelihood and impact on a scale of 1–5, their product as the risk score, the mitigation and the applicant who owns it.",
    }
    Risk { fi: "Riski", sv: "Risk", en: "Risk" }
    FieldRiskDescription { fi: "Riskin kuvaus", sv: "Beskrivning av risken", en: "Description of the risk" }
    FieldLikelihood { fi: "Todennäköisyys (1–5)", sv: "Sannolikhet (1–5)", en: "Likelihood (1–5)" }
    FieldImpact { fi: "Vaikutus (1–5)", sv: "Konsekvens (1–5)", en: "Impact (1–5)" }
    RiskScore { fi: "Riskiluku", sv: "Risktal", en: "Risk score" }
    FieldMitigation { fi: "Hallintakeinot", sv: "Hantering", en: "Mitigation" }
    FieldOwner { fi: "Vastuullinen hakija", sv: "Ansvarig sökande", en: "Owner" }
    AddRisk { fi: "Lisää riski", sv: "Lägg till risk", en: "Add a risk" }
    RemoveRisk { fi: "Poista riski", sv: "Ta bort risk", en: "Remove risk" }
    RiskRemoved { fi: "Riski poistettu.", sv: "Risken togs bort.", en: "Risk removed." }
    NoRisks { fi: "Riskejä ei ole vielä lisätty.", sv: "Inga risker har lagts till ännu.", en: "No risks yet." }
    CheckRisks { fi: "Tarkista riskit", sv: "Kontrollera risker", en: "Check the risks" }
    ScheduleTitle { fi: "Aikataulu", sv: "Tidsplan", en: "Schedule" }
    ScheduleIntro {
        fi: "Jaa hanke työpaketteihin tai välitavoitteisiin. Kukin ajoittuu hankkeen toteutusajalle, ja kullakin on vastuullinen hakija.",
        sv: "Dela in projektet i arbetspaket eller delmål. Vart och ett ligger inom genomförandetiden och har en ansvarig sökande.",
        en: "Divide the project into work packages or milestones, each within the project period and with a responsible applicant.",
    }
    WorkPackage { fi: "Työpaketti", sv: "Arbetspaket", en: "Work package" }
    FieldPackageName { fi: "Työpaketti tai välitavoite", sv: "Arbetspaket eller delmål", en: "Work package or milestone" }
    FieldResponsible { fi: "Vastuullinen hakija", sv: "Ansvarig sökande", en: "Responsible applicant" }
    AddPackage { fi: "Lisää työpaketti", sv: "Lägg till arbetspaket", en: "Add a work package" }
    RemovePackage { fi: "Poista työpaketti", sv: "Ta bort arbetspaket", en: "Remove work package" }
    PackageRemoved { fi: "Työpaketti poistettu.", sv: "Arbetspaketet togs bort.", en: "Work package removed." }
    NoPackages { fi: "Työpaketteja ei ole vielä lisätty.", sv: "Inga arbetspaket har lagts till ännu.", en: "No work packages yet." }
    CheckSchedule { fi: "Tarkista aikataulu", sv: "Kontrollera tidsplanen", en: "Check the schedule" }
    MonitoringTitle { fi: "Seuranta", sv: "Uppföljning", en: "Monitoring" }
    MonitoringIntro {
        fi: "Kerro mittarit, joilla toiminnan muutosta seurataan: lähtötaso, tavoite, mittaustapa ja ajankohta.",
        sv: "Ange de indikatorer som följer förändringen i verksamheten: utgångsnivå, mål, mätmetod och tidpunkt.",
        en: "Give the indicators that follow the change in operations: baseline, target, method and timing.",
    }
    Indicator { fi: "Mittari", sv: "Indikator", en: "Indicator" }
    FieldIndicatorName { fi: "Mittari", sv: "Indikator", en: "Indicator" }
    FieldBaseline { fi: "Lähtötaso", sv: "Utgångsnivå", en: "Baseline" }
    FieldTargetValue { fi: "Tavoitetaso", sv: "Målnivå", en: "Target" }
    FieldMethod { fi: "Mittaustapa", sv: "Mätmetod", en: "Method" }
    FieldTiming { fi: "Mittausajankohta", sv: "Tidpunkt för mätning", en: "Timing" }
    AddIndicator { fi: "Lisää mittari", sv: "Lägg till indikator", en: "Add an indicator" }
    RemoveIndicator { fi: "Poista mittari", sv: "Ta bort indikator", en: "Remove indicator" }
    IndicatorRemoved { fi: "Mittari poistettu.", sv: "Indikatorn togs bort.", en: "Indicator removed." }
    NoIndicators { fi: "Mittareita ei ole vielä lisätty.", sv: "Inga indikatorer har lagts till ännu.", en: "No indicators yet." }
    CheckMonitoring { fi: "Tarkista seuranta", sv: "Kontrollera uppföljningen", en: "Check the monitoring" }
    UndoRemoval { fi: "Peru poisto", sv: "Ångra borttagningen", en: "Undo removal" }
    ReviewTitle { fi: "Tarkista vastaukset", sv: "Kontrollera svaren", en: "Check your answers" }
    ReviewIntro {
        fi: "Koko hakemus osa kerrallaan. Voit muuttaa kutakin osaa sen muutoslinkistä.",
        sv: "Hela ansökan del för del. Du kan ändra varje del via dess ändringslänk.",
        en: "The whole application, part by part. Change any part through its change link.",
    }
    Change { fi: "Muuta", sv: "Ändra", en: "Change" }
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
    ErrorsCount { fi: "Virheitä", sv: "Fel", en: "Errors" }
    WarningsCount { fi: "Huomioita", sv: "Observationer", en: "Notes" }
    NotAnswered { fi: "Ei vastattu", sv: "Inte besvarat", en: "Not answered" }
    Confirmed { fi: "Vahvistettu", sv: "Bekräftat", en: "Confirmed" }
    NotConfirmed { fi: "Ei vahvistettu", sv: "Inte bekräftat", en: "Not confirmed" }
}

/// The visible label of a line field (also the column header).
pub fn field_label(lang: Lang, field: LineField) -> &'static str {
    match field {
        LineField::Category => T::ColCategory,
        LineField::Description => T::ColDescription,
        LineField::Bearer => T::ColBearer,
        LineField::Year => T::ColYear,
        LineField::Amount => T::ColAmount,
        LineField::VatRate => T::ColVatRate,
        LineField::VatOverride => T::ColVat,
        LineField::InternalChargeActual => T::InternalChargeActual,
        LineField::Justification => T::LicenceJustification,
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
        (Lang::Sv, None) => "Ansökan anger inget slutdatum för projektet.".into(),
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

/// A target in the call's words.
pub fn target(lang: Lang, t: Target) -> &'static str {
    use Target::*;
    match (lang, t) {
        (Lang::Fi, CustomerOrientedProcesses) => "Kehitetään entistä asiakaslähtöisempiä palveluprosesseja hyödyntäen kehitettyjä yhteisiä ratkaisuja",
        (Lang::Fi, CommonDataDefinitions) => "Kehitetään palveluille yhteisiä tietomäärityksiä ja toimintatapoja, jotka mahdollistavat asiakkaan asioinnin digitaalisesti ja tietojen siirron kuntien järjestelmien välillä",
        (Lang::Fi, ElectronicStatutoryServices) => "Kehitetään yhteistyössä kuntien lakisääteisiä tehtäviä toteuttavia palveluja sähköisiksi",
        (Lang::Fi, KnowledgeManagement) => "Parannetaan kuntien tietojohtamista tai tiedolla johtamista",
        (Lang::Fi, StrategicProcesses) => "Kehitetään kuntien strategisia prosesseja",
        (Lang::Fi, NewTechnologies) => "Hyödynnetään uusia teknologioita, kuten ohjelmistorobotiikkaa, tekoälyä ja prosessiautomaatiota, julkisessa hallinnossa",
        (Lang::Sv, CustomerOrientedProcesses) => "Mer kundorienterade serviceprocesser med hjälp av gemensamt utvecklade lösningar",
        (Lang::Sv, CommonDataDefinitions) => "Gemensamma datadefinitioner och arbetssätt som gör det möjligt för kunden att uträtta ärenden digitalt och för uppgifter att flyttas mellan kommunernas system",
        (Lang::Sv, ElectronicStatutoryServices) => "Tjänster som sköter kommunernas lagstadgade uppgifter görs elektroniska i samarbete",
        (Lang::Sv, KnowledgeManagement) => "Kommunernas informationsledning eller kunskapsbaserade ledning förbättras",
        (Lang::Sv, StrategicProcesses) => "Kommunernas strategiska processer utvecklas",
        (Lang::Sv, NewTechnologies) => "Ny teknik, såsom programvarurobotik, artificiell intelligens och processautomation, används i den offentliga förvaltningen",
        (Lang::En, CustomerOrientedProcesses) => "More customer-oriented service processes using jointly developed solutions",
        (Lang::En, CommonDataDefinitions) => "Common data definitions and ways of working that let customers transact digitally and data move between municipalities' systems",
        (Lang::En, ElectronicStatutoryServices) => "Services for statutory municipal tasks developed into electronic services, together",
        (Lang::En, KnowledgeManagement) => "Better information management or knowledge-based management in municipalities",
        (Lang::En, StrategicProcesses) => "Developing municipalities' strategic processes",
        (Lang::En, NewTechnologies) => "Using new technologies such as robotic process automation, AI and process automation in public administration",
    }
}

/// The self-check question for an excluded area.
pub fn exclusion_question(lang: Lang, e: Exclusion) -> &'static str {
    use Exclusion::*;
    match (lang, e) {
        (Lang::Fi, SocialAndHealthCare) => "Liittyykö hanke sosiaali- ja terveydenhuollon kehittämiseen?",
        (Lang::Fi, BuiltEnvironment) => "Liittyykö hanke rakennetun ympäristön toimialaan?",
        (Lang::Fi, CaseManagementOrArchiving) => "Kehitetäänkö hankkeessa asianhallintaa tai arkistointia?",
        (Lang::Fi, SystemProcurementOnly) => "Onko hanke pelkkä järjestelmähankinta ilman toiminnan kehittämistä?",
        (Lang::Fi, HardwareProcurement) => "Onko hankkeen kohteena laitteistohankinta?",
        (Lang::Sv, SocialAndHealthCare) => "Gäller projektet utveckling av social- och hälsovården?",
        (Lang::Sv, BuiltEnvironment) => "Gäller projektet den byggda miljön?",
        (Lang::Sv, CaseManagementOrArchiving) => "Utvecklas ärendehantering eller arkivering i projektet?",
        (Lang::Sv, SystemProcurementOnly) => {
            "Är projektet enbart en systemanskaffning utan utveckling av verksamheten?"
        }
        (Lang::Sv, HardwareProcurement) => "Är projektets objekt anskaffning av utrustning?",
        (Lang::En, SocialAndHealthCare) => "Does the project develop social and health care?",
        (Lang::En, BuiltEnvironment) => "Does the project concern the built environment?",
        (Lang::En, CaseManagementOrArchiving) => "Does the project develop case management or archiving?",
        (Lang::En, SystemProcurementOnly) => "Is the project only a system procurement, without developing operations?",
        (Lang::En, HardwareProcurement) => "Is the project's subject a hardware procurement?",
    }
}

fn excluded(lang: Lang, e: Exclusion) -> &'static str {
    use Exclusion::*;
    match (lang, e) {
        (Lang::Fi, SocialAndHealthCare) => {
            "Tässä haussa avustusta ei voi hakea sosiaali- ja terveydenhuoltoon liittyviin kehittämishankkeisiin."
        }
        (Lang::Fi, BuiltEnvironment) => {
            "Tässä haussa avustusta ei voi hakea rakennetun ympäristön toimialaan liittyviin hankkeisiin."
        }
        (Lang::Fi, CaseManagementOrArchiving) => {
            "Tässä haussa avustusta ei voi hakea asianhallinnan tai arkistoinnin kehittämiseen."
        }
        (Lang::Fi, SystemProcurementOnly) => {
            "Pelkkiin järjestelmähankintoihin ilman toiminnan kehittämistä ei myönnetä avustusta."
        }
        (Lang::Fi, HardwareProcurement) => "Laitteistohankintoja ja niistä syntyviä kustannuksia ei tueta.",
        (Lang::Sv, SocialAndHealthCare) => {
            "I denna ansökan kan understöd inte sökas för utvecklingsprojekt inom social- och hälsovården."
        }
        (Lang::Sv, BuiltEnvironment) => "I denna ansökan kan understöd inte sökas för projekt inom den byggda miljön.",
        (Lang::Sv, CaseManagementOrArchiving) => {
            "I denna ansökan kan understöd inte sökas för utveckling av ärendehantering eller arkivering."
        }
        (Lang::Sv, SystemProcurementOnly) => {
            "Understöd beviljas inte för enbart systemanskaffningar utan utveckling av verksamheten."
        }
        (Lang::Sv, HardwareProcurement) => "Anskaffning av utrustning och kostnader för den stöds inte.",
        (Lang::En, SocialAndHealthCare) => {
            "In this call the grant cannot be applied for social and health care development projects."
        }
        (Lang::En, BuiltEnvironment) => {
            "In this call the grant cannot be applied for projects concerning the built environment."
        }
        (Lang::En, CaseManagementOrArchiving) => {
            "In this call the grant cannot be applied for developing case management or archiving."
        }
        (Lang::En, SystemProcurementOnly) => {
            "No grant is given for system procurement alone, without developing operations."
        }
        (Lang::En, HardwareProcurement) => "Hardware procurement and the costs arising from it are not supported.",
    }
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
    }
    .get(lang)
}

pub fn category(lang: Lang, c: CostCategory) -> &'static str {
    use CostCategory::*;
    match (lang, c) {
        (Lang::Fi, Personnel) => "Henkilöstökustannukset",
        (Lang::Fi, Travel) => "Matkakustannukset",
        (Lang::Fi, PremisesRent) => "Toimitilojen vuokrat",
        (Lang::Fi, PurchasedServices) => "Ostopalvelut (tutkimus, tietämys, konsultointi)",
        (Lang::Fi, OtherOperating) => "Muut toimintakustannukset",
        (Lang::Fi, SoftwareLicence) => "Ohjelmistolisenssit",
        (Lang::Fi, Hardware) => "Laitteistohankinnat",
        (Lang::Fi, TangibleInvestment) => "Aineelliset investoinnit",
        (Lang::Sv, Personnel) => "Personalkostnader",
        (Lang::Sv, Travel) => "Resekostnader",
        (Lang::Sv, PremisesRent) => "Lokalhyror",
        (Lang::Sv, PurchasedServices) => "Köpta tjänster (forskning, kunskap, konsultering)",
        (Lang::Sv, OtherOperating) => "Övriga verksamhetskostnader",
        (Lang::Sv, SoftwareLicence) => "Programvarulicenser",
        (Lang::Sv, Hardware) => "Anskaffning av utrustning",
        (Lang::Sv, TangibleInvestment) => "Materiella investeringar",
        (Lang::En, Personnel) => "Personnel costs",
        (Lang::En, Travel) => "Travel costs",
        (Lang::En, PremisesRent) => "Rents of premises",
        (Lang::En, PurchasedServices) => "Purchased services (research, knowledge, consulting)",
        (Lang::En, OtherOperating) => "Other operating costs",
        (Lang::En, SoftwareLicence) => "Software licences",
        (Lang::En, Hardware) => "Hardware",
        (Lang::En, TangibleInvestment) => "Tangible investments",
    }
}

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
        (Lang::Sv, DecisionEligibleCosts) => "FM:s beslut 26.2.2020, godtagbara kostnader",
        (Lang::Sv, DecisionIneligibleCosts) => "FM:s beslut 26.2.2020, kostnader som inte är godtagbara",
        (Lang::Sv, DecisionInternalCharges) => "FM:s beslut 26.2.2020, debitering från egna enheter",
        (Lang::Sv, DecisionMaxShare) => "FM:s beslut 26.2.2020, understödets maximibelopp",
        (Lang::Sv, DecisionSchedule) => "FM:s beslut 26.2.2020, genomförandetid och slutrapport",
        (Lang::Sv, DecisionJointOnly) => "FM:s beslut 26.2.2020, endast gemensamma projekt",
        (Lang::Sv, DecisionTargets) => "FM:s beslut 26.2.2020, understödets objekt",
        (Lang::Sv, DecisionNoSocialHealth) => "FM:s beslut 26.2.2020, inte social- och hälsovård",
        (Lang::Sv, DecisionNoBuiltEnvironment) => "FM:s beslut 26.2.2020, inte byggd miljö",
        (Lang::Sv, DecisionNoCaseManagement) => "FM:s beslut 26.2.2020, inte ärendehantering eller arkivering",
        (Lang::Sv, DecisionNoProcurementOnly) => "FM:s beslut 26.2.2020, inte enbart systemanskaffning",
        (Lang::Sv, DecisionNoHardware) => "FM:s beslut 26.2.2020, inte anskaffning av utrustning",
        (Lang::Sv, DecisionMunicipalTask) => "FM:s beslut 26.2.2020, endast kommunens uppgifter (kommunallagen 7 §)",
        (Lang::Sv, DecisionEvaluationImpact) => {
            "FM:s beslut 26.2.2020, bedömning: verkningsfullhet och allmän betydelse"
        }
        (Lang::Sv, DecisionEvaluationRenewal) => "FM:s beslut 26.2.2020, bedömning: förnyade arbetssätt och kostnader",
        (Lang::Sv, DecisionEvaluationSharedServices) => {
            "FM:s beslut 26.2.2020, bedömning: nationella gemensamma tjänster"
        }
        (Lang::Sv, DecisionEvaluationSharedSolutions) => "FM:s beslut 26.2.2020, bedömning: gemensamma lösningar",
        (Lang::Sv, DecisionEvaluationFeasibility) => "FM:s beslut 26.2.2020, bedömning: genomförbarhet",
        (Lang::Sv, DecisionEvaluationNoOtherGrant) => "FM:s beslut 26.2.2020, bedömning: inga andra understöd",
        (Lang::Sv, SlidesEvaluationCriteria) => "FM:s presentation hösten 2019, kriterier för beviljande",
        (Lang::En, DecisionEligibleCosts) => "VM decision 26.2.2020, eligible costs",
        (Lang::En, DecisionIneligibleCosts) => "VM decision 26.2.2020, ineligible costs",
        (Lang::En, DecisionInternalCharges) => "VM decision 26.2.2020, internal charges",
        (Lang::En, DecisionMaxShare) => "VM decision 26.2.2020, maximum grant",
        (Lang::En, DecisionSchedule) => "VM decision 26.2.2020, schedule and final report",
        (Lang::En, DecisionJointOnly) => "VM decision 26.2.2020, joint projects only",
        (Lang::En, DecisionTargets) => "VM decision 26.2.2020, what the grant is for",
        (Lang::En, DecisionNoSocialHealth) => "VM decision 26.2.2020, no social and health care",
        (Lang::En, DecisionNoBuiltEnvironment) => "VM decision 26.2.2020, no built environment",
        (Lang::En, DecisionNoCaseManagement) => "VM decision 26.2.2020, no case management or archiving",
        (Lang::En, DecisionNoProcurementOnly) => "VM decision 26.2.2020, no system procurement alone",
        (Lang::En, DecisionNoHardware) => "VM decision 26.2.2020, no hardware procurement",
        (Lang::En, DecisionMunicipalTask) => "VM decision 26.2.2020, municipal tasks only (Local Government Act § 7)",
        (Lang::En, DecisionEvaluationImpact) => "VM decision 26.2.2020, assessment: impact and general significance",
        (Lang::En, DecisionEvaluationRenewal) => "VM decision 26.2.2020, assessment: renewing operations and costs",
        (Lang::En, DecisionEvaluationSharedServices) => "VM decision 26.2.2020, assessment: national shared services",
        (Lang::En, DecisionEvaluationSharedSolutions) => "VM decision 26.2.2020, assessment: shared solutions",
        (Lang::En, DecisionEvaluationFeasibility) => "VM decision 26.2.2020, assessment: feasibility",
        (Lang::En, DecisionEvaluationNoOtherGrant) => "VM decision 26.2.2020, assessment: no other grant",
        (Lang::En, SlidesEvaluationCriteria) => "VM slides, autumn 2019, criteria for granting",
    }
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

/// Why a typed amount is not an amount.
pub fn money_error(lang: Lang, e: &MoneyError) -> String {
    match (lang, e) {
        (Lang::Fi, MoneyError::Empty) => "summa puuttuu".into(),
        (Lang::Fi, MoneyError::InvalidCharacter { ch }) => format!("merkki ”{ch}” ei kuulu rahamäärään"),
        (Lang::Fi, MoneyError::MisplacedSeparator) => "välilyönti tai erotin on väärässä kohdassa".into(),
        (Lang::Fi, MoneyError::TooManyDecimals) => "sentit voi antaa enintään kahdella desimaalilla".into(),
        (Lang::Fi, MoneyError::Negative) => "summa ei voi olla negatiivinen".into(),
        (Lang::Fi, MoneyError::TooLarge) => "summa on liian suuri".into(),
        (Lang::Sv, MoneyError::Empty) => "beloppet saknas".into(),
        (Lang::Sv, MoneyError::InvalidCharacter { ch }) => format!("tecknet ”{ch}” hör inte till ett belopp"),
        (Lang::Sv, MoneyError::MisplacedSeparator) => "mellanslag eller avgränsare på fel ställe".into(),
        (Lang::Sv, MoneyError::TooManyDecimals) => "högst två decimaler".into(),
        (Lang::Sv, MoneyError::Negative) => "beloppet kan inte vara negativt".into(),
        (Lang::Sv, MoneyError::TooLarge) => "beloppet är för stort".into(),
        (Lang::En, MoneyError::Empty) => "the amount is missing".into(),
        (Lang::En, MoneyError::InvalidCharacter { ch }) => format!("the character “{ch}” is not part of an amount"),
        (Lang::En, MoneyError::MisplacedSeparator) => "a space or separator is in the wrong place".into(),
        (Lang::En, MoneyError::TooManyDecimals) => "at most two decimals".into(),
        (Lang::En, MoneyError::Negative) => "the amount cannot be negative".into(),
        (Lang::En, MoneyError::TooLarge) => "the amount is too large".into(),
    }
}

pub fn date(lang: Lang, d: time::Date) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", d.day(), u8::from(d.month()), d.year()),
        Lang::En => format!("{} {} {}", d.day(), d.month(), d.year()),
    }
}

/// A VAT rate as the call gives it ("24") with its percent sign: "24 %" / "24%".
pub fn vat_rate(lang: Lang, rate: &str) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{rate}\u{a0}%"),
        Lang::En => format!("{rate}%"),
    }
}

/// A whole number with the language's digit grouping: "658 864" / "658,864".
pub fn integer(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fi | Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A share (0..1) as a percentage with two decimals: "15,00 %" / "15.00%".
pub fn percent(lang: Lang, share: Decimal) -> String {
    let p =
        (share * Decimal::ONE_HUNDRED).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let s = format!("{p:.2}");
    match lang {
        Lang::Fi | Lang::Sv => format!("{}\u{a0}%", s.replace('.', ",").replace('-', "\u{2212}")),
        Lang::En => format!("{}%", s.replace('-', "\u{2212}")),
    }
}

/// The sentence a finding shows beside its field and in the summary.
pub fn message(lang: Lang, m: &Message) -> String {
    let money = |x: &Money| x.format(lang);
    use Message::*;
    match lang {
        Lang::Fi => match m {
            PackagesRequired => "Lisää vähintään yksi työpaketti tai välitavoite.".into(),
            IndicatorsRequired => "Lisää vähintään yksi mittari, jolla toiminnan muutosta seurataan.".into(),
            FieldRequired => "Täytä tämä kohta.".into(),
            ResponsibleRequired => "Valitse vastuullinen hakija.".into(),
            ResponsibleUnknown { .. } => "Vastuullista ei ole enää hakijoissa. Valitse hakija.".into(),
            OutsidePeriod { start, end } => format!("Päivämäärän on oltava hankkeen toteutusajalla {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => "Lisää vähintään yksi riski: hakemuksessa on kuvattava riskiarvio.".into(),
            RiskDescriptionRequired => "Kuvaa riski.".into(),
            ScaleRequired => "Valitse arvo asteikolta 1–5.".into(),
            MitigationRequired => "Kerro, miten riskiä hallitaan.".into(),
            OwnerRequired => "Valitse riskistä vastaava hakija.".into(),
            OwnerUnknown { .. } => "Riskistä vastaavaa ei ole enää hakijoissa. Valitse hakija.".into(),
            AnswerRequired => "Vastaa kysymykseen.".into(),
            AnswerTooLong { max, chars } => format!("Vastaus on {} merkkiä; enintään {} merkkiä mahtuu. Tiivistä vastausta.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            MaturityRequired => "Valitse kypsyystaso.".into(),
            MaturityNotRaised => "Tavoiteltu kypsyystaso ei ole nykyistä korkeampi. Hankkeen pitäisi nostaa digitalisaation kypsyyttä.".into(),
            ProjectNameRequired => "Kirjoita hankkeen nimi suomeksi.".into(),
            SummaryRequired => "Kirjoita hankkeen tiivistelmä.".into(),
            StartRequired => "Anna hankkeen alkamispäivä.".into(),
            EndRequired => "Anna hankkeen päättymispäivä.".into(),
            DateInvalid { typed } => format!("”{typed}” ei ole päivämäärä. Kirjoita esimerkiksi 30.11.2021."),
            EndBeforeStart => "Hanke ei voi päättyä ennen kuin se alkaa.".into(),
            EndAfterLimit { limit } => format!("Hankkeen on oltava toteutettu ja loppuraportoitu viimeistään {}.", date(lang, *limit)),
            TargetRequired => "Valitse vähintään yksi avustuksen kohde.".into(),
            ExclusionUnanswered => "Vastaa kysymykseen.".into(),
            ExcludedArea { exclusion } => format!("{} Hanke ei voi saada avustusta tässä haussa.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => "Vahvista, että työ kuuluu kunnan tehtäviin. Avustusta voi hakea vain kuntalain 7 §:n mukaisiin kunnan tehtäviin.".into(),
            UnknownCall { id } => format!("Hakua ”{id}” ei tunneta. Tarkistukset tehdään yhteishankehaun säännöillä."),
            CategoryRequired => "Valitse kustannuslaji.".into(),
            DescriptionRequired => "Kirjoita kustannuksen kuvaus.".into(),
            BearerRequired => "Valitse, kenen hakijan kustannus on.".into(),
            BearerUnknown { .. } => "Kustannuksen kantajaa ei ole enää hakijoissa. Valitse hakija.".into(),
            YearRequired => "Kirjoita vuosi, jolle kustannus kohdistuu.".into(),
            YearInvalid { typed } => format!("”{typed}” ei ole vuosi. Kirjoita vuosi neljällä numerolla, esimerkiksi 2021."),
            YearAfterProjectEnd { year, end } => format!("Vuosi {year} on hankkeen päättymisen jälkeen. Hankkeen on oltava toteutettu viimeistään {}.", date(lang, *end)),
            AmountRequired => "Kirjoita summa.".into(),
            AmountInvalid { typed, reason } => format!("”{typed}” ei ole rahamäärä: {}. Kirjoita esimerkiksi 1\u{a0}200,50.", money_error(lang, reason)),
            VatRateRequired => "Valitse alv-kanta.".into(),
            VatOverrideInvalid { typed, reason } => format!("Alv ”{typed}” ei ole rahamäärä: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("Alv {} on suurempi kuin verollinen summa {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("Alv {} poikkeaa kannan mukaisesta arvosta {}. Tarkista summa.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} eivät ole hyväksyttäviä kustannuksia. Riviä ei lasketa avustuksen perusteeseen.", category(lang, *c)),
            LicenceWithoutJustification => "Ohjelmistolisenssi on hyväksyttävä vain, jos se on kehittämishankkeen kannalta välttämätön. Kirjoita perustelu; ilman sitä riviä ei lasketa avustuksen perusteeseen.".into(),
            InternalChargeNotConfirmed => "Omien yksiköiden veloitusten on perustuttava kirjanpidon toteutuneisiin menoihin. Vahvista tämä; muuten riviä ei lasketa avustuksen perusteeseen.".into(),
            BudgetEmpty => "Lisää talousarvioon vähintään yksi kustannusrivi.".into(),
            GrantRequired => "Kirjoita haettava avustus.".into(),
            GrantInvalid { typed, reason } => format!("”{typed}” ei ole rahamäärä: {}. Kirjoita esimerkiksi 181\u{a0}520,00.", money_error(lang, reason)),
            GrantNotPositive => "Haettavan avustuksen on oltava suurempi kuin 0,00 €.".into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("Haettava avustus {} ylittää enimmäisavustuksen {} (85 % hyväksyttävistä kustannuksista {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => "Summat ovat liian suuria laskettaviksi.".into(),
            TooFewApplicants { min, count } => format!("Hakijoita on {count}, mutta tässä haussa hankkeessa on oltava vähintään {min} kuntaa tai kuntayhtymää."),
            MunicipalityRequired => "Valitse kunta.".into(),
            MunicipalityUnknown { typed } => format!("”{typed}” ei ole vuoden 2020 kuntaluettelon kunta. Valitse kunta luettelosta."),
            AuthorityNameRequired => "Kirjoita kuntayhtymän nimi.".into(),
            DuplicateApplicant => "Tämä kunta on jo hakijana. Kukin hakija merkitään kerran.".into(),
            BusinessIdRequired => "Kirjoita Y-tunnus.".into(),
            BusinessIdInvalid { typed, reason } => format!("”{typed}” ei ole Y-tunnus: {}.", business_id_error(lang, reason)),
            ContactNameRequired => "Kirjoita yhteyshenkilön nimi.".into(),
            EmailRequired => "Kirjoita yhteyshenkilön sähköpostiosoite.".into(),
            EmailInvalid { typed } => format!("”{typed}” ei ole sähköpostiosoite. Kirjoita esimerkiksi etunimi.sukunimi@kunta.fi."),
            PhoneRequired => "Kirjoita yhteyshenkilön puhelinnumero.".into(),
            PhoneInvalid { typed } => format!("”{typed}” ei ole puhelinnumero. Kirjoita esimerkiksi 040 123 4567 tai +358 40 123 4567."),
            RoleRequired => "Kerro osatoteuttajan rooli hankkeessa.".into(),
            CommitmentRequired => "Kerro, mihin osatoteuttaja sitoutuu.".into(),
        },
        Lang::Sv => match m {
            PackagesRequired => "Lägg till minst ett arbetspaket eller en delmål.".into(),
            IndicatorsRequired => "Lägg till minst en indikator som följer förändringen i verksamheten.".into(),
            FieldRequired => "Fyll i den här punkten.".into(),
            ResponsibleRequired => "Välj ansvarig sökande.".into(),
            ResponsibleUnknown { .. } => "Den ansvariga finns inte längre bland de sökande. Välj sökande.".into(),
            OutsidePeriod { start, end } => format!("Datumet ska ligga inom projektets genomförandetid {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => "Lägg till minst en risk: ansökan ska beskriva en riskbedömning.".into(),
            RiskDescriptionRequired => "Beskriv risken.".into(),
            ScaleRequired => "Välj ett värde på skalan 1–5.".into(),
            MitigationRequired => "Beskriv hur risken hanteras.".into(),
            OwnerRequired => "Välj den sökande som ansvarar för risken.".into(),
            OwnerUnknown { .. } => "Den som ansvarar för risken finns inte längre bland de sökande. Välj sökande.".into(),
            AnswerRequired => "Svara på frågan.".into(),
            AnswerTooLong { max, chars } => format!("Svaret har {} tecken; högst {} tecken ryms. Korta ner svaret.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            MaturityRequired => "Välj mognadsnivå.".into(),
            MaturityNotRaised => "Den eftersträvade mognadsnivån är inte högre än den nuvarande. Projektet borde höja digitaliseringens mognad.".into(),
            ProjectNameRequired => "Skriv projektets namn på finska.".into(),
            SummaryRequired => "Skriv ett sammandrag av projektet.".into(),
            StartRequired => "Ange projektets startdatum.".into(),
            EndRequired => "Ange projektets slutdatum.".into(),
            DateInvalid { typed } => format!("”{typed}” är inte ett datum. Skriv till exempel 30.11.2021."),
            EndBeforeStart => "Projektet kan inte sluta innan det börjar.".into(),
            EndAfterLimit { limit } => format!("Projektet ska vara genomfört och slutrapporterat senast {}.", date(lang, *limit)),
            TargetRequired => "Välj minst ett objekt för understödet.".into(),
            ExclusionUnanswered => "Svara på frågan.".into(),
            ExcludedArea { exclusion } => format!("{} Projektet kan inte få understöd i denna ansökan.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => "Bekräfta att arbetet hör till kommunens uppgifter. Understöd kan sökas endast för kommunens uppgifter enligt 7 § i kommunallagen.".into(),
            UnknownCall { id } => format!("Ansökan ”{id}” är okänd. Kontrollerna görs enligt reglerna för gemensamma projekt."),
            CategoryRequired => "Välj kostnadsslag.".into(),
            DescriptionRequired => "Skriv en beskrivning av kostnaden.".into(),
            BearerRequired => "Välj vilken sökande som bär kostnaden.".into(),
            BearerUnknown { .. } => "Den som bär kostnaden finns inte längre bland de sökande. Välj sökande.".into(),
            YearRequired => "Skriv det år kostnaden hänför sig till.".into(),
            YearInvalid { typed } => format!("”{typed}” är inte ett år. Skriv året med fyra siffror, till exempel 2021."),
            YearAfterProjectEnd { year, end } => format!("År {year} är efter projektets slut. Projektet ska vara genomfört senast {}.", date(lang, *end)),
            AmountRequired => "Skriv beloppet.".into(),
            AmountInvalid { typed, reason } => format!("”{typed}” är inte ett belopp: {}. Skriv till exempel 1\u{a0}200,50.", money_error(lang, reason)),
            VatRateRequired => "Välj momssats.".into(),
            VatOverrideInvalid { typed, reason } => format!("Momsen ”{typed}” är inte ett belopp: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("Momsen {} är större än beloppet inklusive moms {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("Momsen {} avviker från värdet enligt satsen {}. Kontrollera beloppet.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} är inte godtagbara kostnader. Raden räknas inte in i grunden för understödet.", category(lang, *c)),
            LicenceWithoutJustification => "En programvarulicens är godtagbar endast om den är nödvändig för utvecklingsprojektet. Skriv en motivering; utan den räknas raden inte in i grunden för understödet.".into(),
            InternalChargeNotConfirmed => "Debitering från egna enheter ska grunda sig på bokförda faktiska utgifter. Bekräfta detta; annars räknas raden inte in i grunden för understödet.".into(),
            BudgetEmpty => "Lägg till minst en kostnadsrad i budgeten.".into(),
            GrantRequired => "Skriv det understöd som söks.".into(),
            GrantInvalid { typed, reason } => format!("”{typed}” är inte ett belopp: {}. Skriv till exempel 181\u{a0}520,00.", money_error(lang, reason)),
            GrantNotPositive => "Understödet som söks ska vara större än 0,00 €.".into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("Understödet som söks {} överskrider det maximala understödet {} (85 % av de godtagbara kostnaderna {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => "Beloppen är för stora för att räknas.".into(),
            TooFewApplicants { min, count } => format!("Det finns {count} sökande, men i denna ansökan ska projektet ha minst {min} kommuner eller samkommuner."),
            MunicipalityRequired => "Välj kommun.".into(),
            MunicipalityUnknown { typed } => format!("”{typed}” är inte en kommun i kommunförteckningen för 2020. Välj kommun ur förteckningen."),
            AuthorityNameRequired => "Skriv samkommunens namn.".into(),
            DuplicateApplicant => "Den här kommunen är redan sökande. Varje sökande anges en gång.".into(),
            BusinessIdRequired => "Skriv FO-numret.".into(),
            BusinessIdInvalid { typed, reason } => format!("”{typed}” är inte ett FO-nummer: {}.", business_id_error(lang, reason)),
            ContactNameRequired => "Skriv kontaktpersonens namn.".into(),
            EmailRequired => "Skriv kontaktpersonens e-postadress.".into(),
            EmailInvalid { typed } => format!("”{typed}” är inte en e-postadress. Skriv till exempel fornamn.efternamn@kommun.fi."),
            PhoneRequired => "Skriv kontaktpersonens telefonnummer.".into(),
            PhoneInvalid { typed } => format!("”{typed}” är inte ett telefonnummer. Skriv till exempel 040 123 4567 eller +358 40 123 4567."),
            RoleRequired => "Beskriv delgenomförarens roll i projektet.".into(),
            CommitmentRequired => "Beskriv vad delgenomföraren förbinder sig till.".into(),
        },
        Lang::En => match m {
            PackagesRequired => "Add at least one work package or milestone.".into(),
            IndicatorsRequired => "Add at least one indicator that follows the change in operations.".into(),
            FieldRequired => "Fill in this field.".into(),
            ResponsibleRequired => "Choose the responsible applicant.".into(),
            ResponsibleUnknown { .. } => "The responsible applicant is no longer an applicant. Choose an applicant.".into(),
            OutsidePeriod { start, end } => format!("The date must be within the project period {}–{}.", date(lang, *start), date(lang, *end)),
            RisksRequired => "Add at least one risk: the application must describe a risk assessment.".into(),
            RiskDescriptionRequired => "Describe the risk.".into(),
            ScaleRequired => "Choose a value on the scale of 1–5.".into(),
            MitigationRequired => "Describe how the risk is mitigated.".into(),
            OwnerRequired => "Choose the applicant who owns the risk.".into(),
            OwnerUnknown { .. } => "The risk's owner is no longer an applicant. Choose an applicant.".into(),
            AnswerRequired => "Answer the question.".into(),
            AnswerTooLong { max, chars } => format!("The answer has {} characters; at most {} fit. Shorten the answer.", integer(lang, *chars as u64), integer(lang, *max as u64)),
            MaturityRequired => "Choose the maturity level.".into(),
            MaturityNotRaised => "The targeted maturity level is not above the current one. The project should raise digital maturity.".into(),
            ProjectNameRequired => "Enter the project's name in Finnish.".into(),
            SummaryRequired => "Write a summary of the project.".into(),
            StartRequired => "Enter the project's start date.".into(),
            EndRequired => "Enter the project's end date.".into(),
            DateInvalid { typed } => format!("“{typed}” is not a date. Enter for example 30.11.2021."),
            EndBeforeStart => "The project cannot end before it starts.".into(),
            EndAfterLimit { limit } => format!("The project must be finished and its final report given by {}.", date(lang, *limit)),
            TargetRequired => "Choose at least one target of the grant.".into(),
            ExclusionUnanswered => "Answer the question.".into(),
            ExcludedArea { exclusion } => format!("{} The project cannot get a grant in this call.", excluded(lang, *exclusion)),
            MunicipalTaskUnconfirmed => "Confirm that the work is a municipal task. The grant can only be applied for municipal tasks under section 7 of the Local Government Act.".into(),
            UnknownCall { id } => format!("The call “{id}” is unknown. The joint projects call's rules are applied."),
            CategoryRequired => "Choose a cost category.".into(),
            DescriptionRequired => "Describe the cost.".into(),
            BearerRequired => "Choose which applicant bears the cost.".into(),
            BearerUnknown { .. } => "The cost's bearer is no longer an applicant. Choose an applicant.".into(),
            YearRequired => "Enter the year of the cost.".into(),
            YearInvalid { typed } => format!("“{typed}” is not a year. Enter the year in four digits, for example 2021."),
            YearAfterProjectEnd { year, end } => format!("{year} is after the end of the project. The project must be finished by {}.", date(lang, *end)),
            AmountRequired => "Enter the amount.".into(),
            AmountInvalid { typed, reason } => format!("“{typed}” is not an amount: {}. Enter for example 1,200.50.", money_error(lang, reason)),
            VatRateRequired => "Choose the VAT rate.".into(),
            VatOverrideInvalid { typed, reason } => format!("The VAT “{typed}” is not an amount: {}.", money_error(lang, reason)),
            VatExceedsAmount { vat, amount } => format!("The VAT {} is more than the VAT-inclusive amount {}.", money(vat), money(amount)),
            VatDiffersFromRate { vat, computed } => format!("The VAT {} differs from {} given by the rate. Check the amount.", money(vat), money(computed)),
            CategoryIneligible { category: c } => format!("{} are not eligible costs. The line does not count towards the grant.", category(lang, *c)),
            LicenceWithoutJustification => "A software licence is eligible only where necessary for the development project. Write a justification; without it the line does not count towards the grant.".into(),
            InternalChargeNotConfirmed => "Charges from the applicant's own units must be based on booked actual costs. Confirm this; otherwise the line does not count towards the grant.".into(),
            BudgetEmpty => "Add at least one cost line to the budget.".into(),
            GrantRequired => "Enter the grant requested.".into(),
            GrantInvalid { typed, reason } => format!("“{typed}” is not an amount: {}. Enter for example 181,520.00.", money_error(lang, reason)),
            GrantNotPositive => "The grant requested must be more than €0.00.".into(),
            GrantExceedsMaximum { requested, maximum, base } => format!("The grant requested, {}, exceeds the maximum grant {} (85 % of the eligible costs {}).", money(requested), money(maximum), money(base)),
            TotalTooLarge => "The sums are too large to compute.".into(),
            TooFewApplicants { min, count } => format!("There are {count} applicants, but in this call a project needs at least {min} municipalities or joint municipal authorities."),
            MunicipalityRequired => "Choose the municipality.".into(),
            MunicipalityUnknown { typed } => format!("“{typed}” is not a municipality in the 2020 register. Choose the municipality from the list."),
            AuthorityNameRequired => "Enter the name of the joint municipal authority.".into(),
            DuplicateApplicant => "This municipality is already an applicant. Each applicant is entered once.".into(),
            BusinessIdRequired => "Enter the business ID.".into(),
            BusinessIdInvalid { typed, reason } => format!("“{typed}” is not a business ID: {}.", business_id_error(lang, reason)),
            ContactNameRequired => "Enter the contact person's name.".into(),
            EmailRequired => "Enter the contact person's e-mail address.".into(),
            EmailInvalid { typed } => format!("“{typed}” is not an e-mail address. Enter for example first.last@municipality.fi."),
            PhoneRequired => "Enter the contact person's phone number.".into(),
            PhoneInvalid { typed } => format!("“{typed}” is not a phone number. Enter for example 040 123 4567 or +358 40 123 4567."),
            RoleRequired => "Describe the partner's role in the project.".into(),
            CommitmentRequired => "Describe what the partner commits to.".into(),
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

/// "Tallennettu klo 9.05" / "Sparat kl. 9.05" / "Saved at 9:05".
pub fn saved_at(lang: Lang, (hours, minutes): (u32, u32)) -> String {
    match lang {
        Lang::Fi => format!("Tallennettu klo {hours}.{minutes:02}"),
        Lang::Sv => format!("Sparat kl. {hours}.{minutes:02}"),
        Lang::En => format!("Saved at {hours}:{minutes:02}"),
    }
}

/// A local date and time of day: "23.11.2026 klo 9.05" / "23.11.2026 kl. 9.05" / "23 November 2026, 9:05".
pub fn date_time(lang: Lang, (y, m, d): (u32, u32, u32), (hours, minutes): (u32, u32)) -> String {
    let date = time::Month::try_from(m as u8)
        .ok()
        .and_then(|month| time::Date::from_calendar_date(y as i32, month, d as u8).ok())
        .map_or_else(String::new, |date| self::date(lang, date));
    match lang {
        Lang::Fi => format!("{date} klo {hours}.{minutes:02}"),
        Lang::Sv => format!("{date} kl. {hours}.{minutes:02}"),
        Lang::En => format!("{date}, {hours}:{minutes:02}"),
    }
}

/// The last line `hakemus-check` prints for a file: "0 error(s), 1 warning(s)".
pub fn check_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Fi => format!("{errors} virhettä, {warnings} huomiota"),
        Lang::Sv => format!("{errors} fel, {warnings} observationer"),
        Lang::En => format!("{errors} error(s), {warnings} warning(s)"),
    }
}

/// How many errors block submission, said before an export.
pub fn export_errors(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fi, 0) => "Hakemuksessa ei ole virheitä: se on valmis lähetettäväksi.".into(),
        (Lang::Sv, 0) => "Ansökan innehåller inga fel: den är klar att lämnas in.".into(),
        (Lang::En, 0) => "The application has no errors: it is ready to submit.".into(),
        (Lang::Fi, n) => format!("Hakemuksessa on vielä {n} virhettä. Keskeneräisen luonnoksen voi viedä, mutta jätettävässä hakemuksessa ei saa olla virheitä."),
        (Lang::Sv, n) => format!("Ansökan innehåller ännu {n} fel. Ett ofärdigt utkast kan exporteras, men ansökan som lämnas in får inte innehålla fel."),
        (Lang::En, n) => format!("The application still has {n} error(s). An unfinished draft can be exported, but the application you submit must have none."),
    }
}

/// Why an imported file was refused, with its place: `application.budget.lines[3].amount: "12,5O"
/// is not an amount.`
pub fn import_error(lang: Lang, e: &crate::domain::formats::reader::ImportError) -> String {
    let message = import_problem(lang, &e.problem);
    match &e.path {
        Some(path) => format!("{path}: {message}"),
        None => message,
    }
}

fn import_problem(lang: Lang, p: &crate::domain::formats::reader::Problem) -> String {
    use crate::domain::formats::application::SCHEMA_VERSION;
    use crate::domain::formats::reader::{Problem::*, MAX_IMPORT_BYTES};
    let kb = |b: usize| integer(lang, b.div_ceil(1024) as u64);
    match (lang, p) {
        (Lang::Fi, Empty) => "Tiedosto on tyhjä.".into(),
        (Lang::Sv, Empty) => "Filen är tom.".into(),
        (Lang::En, Empty) => "The file is empty.".into(),
        (Lang::Fi, CouldNotRead) => "Tiedostoa ei voitu lukea.".into(),
        (Lang::Sv, CouldNotRead) => "Filen kunde inte läsas.".into(),
        (Lang::En, CouldNotRead) => "The file could not be read.".into(),
        (Lang::Fi, TooLarge { bytes }) => format!("Tiedosto on liian suuri: {} kt, enintään {} kt.", kb(*bytes), kb(MAX_IMPORT_BYTES)),
        (Lang::Sv, TooLarge { bytes }) => format!("Filen är för stor: {} kB, högst {} kB.", kb(*bytes), kb(MAX_IMPORT_BYTES)),
        (Lang::En, TooLarge { bytes }) => format!("The file is too large: {} KB, at most {} KB.", kb(*bytes), kb(MAX_IMPORT_BYTES)),
        (Lang::Fi, NotUtf8 { offset }) => format!("Tiedosto ei ole UTF-8-tekstiä (tavu {offset})."),
        (Lang::Sv, NotUtf8 { offset }) => format!("Filen är inte UTF-8-text (byte {offset})."),
        (Lang::En, NotUtf8 { offset }) => format!("The file is not UTF-8 text (byte {offset})."),
        (Lang::Fi, Syntax { line, column }) => format!("Tiedosto ei ole kelvollista JSONia (rivi {line}, sarake {column})."),
        (Lang::Sv, Syntax { line, column }) => format!("Filen är inte giltig JSON (rad {line}, kolumn {column})."),
        (Lang::En, Syntax { line, column }) => format!("The file is not valid JSON (line {line}, column {column})."),
        (Lang::Fi, TooDeep) => "Tiedoston rakenne on liian syvä.".into(),
        (Lang::Sv, TooDeep) => "Filens struktur är för djup.".into(),
        (Lang::En, TooDeep) => "The file is nested too deeply.".into(),
        (Lang::Fi, DuplicateKey { key }) => format!("Avain \"{key}\" on kahteen kertaan."),
        (Lang::Sv, DuplicateKey { key }) => format!("Nyckeln \"{key}\" förekommer två gånger."),
        (Lang::En, DuplicateKey { key }) => format!("The key \"{key}\" appears twice."),
        (Lang::Fi, NotAnExport) => "Tiedosto ei ole Hakemus-sovelluksesta viety hakemus.".into(),
        (Lang::Sv, NotAnExport) => "Filen är inte en ansökan som exporterats från Hakemus.".into(),
        (Lang::En, NotAnExport) => "The file is not an application exported from Hakemus.".into(),
        (Lang::Fi, NewerVersion { found }) => format!("Tiedosto on tehty sovelluksen uudemmalla versiolla (muodon versio {found}; tämä versio lukee enintään version {SCHEMA_VERSION}). Lataa sivu uudelleen saadaksesi uusimman version."),
        (Lang::Sv, NewerVersion { found }) => format!("Filen har gjorts med en nyare version av applikationen (formatversion {found}; den här versionen läser högst version {SCHEMA_VERSION}). Ladda om sidan för att få den senaste versionen."),
        (Lang::En, NewerVersion { found }) => format!("The file was made by a newer version of the app (format version {found}; this version reads up to version {SCHEMA_VERSION}). Reload the page to get the latest version."),
        (Lang::Fi, UnknownVersion) => "Muodon versio puuttuu tai on tuntematon.".into(),
        (Lang::Sv, UnknownVersion) => "Formatversionen saknas eller är okänd.".into(),
        (Lang::En, UnknownVersion) => "The format version is missing or unknown.".into(),
        (Lang::Fi, UnknownField) => "Tuntematon kenttä.".into(),
        (Lang::Sv, UnknownField) => "Okänt fält.".into(),
        (Lang::En, UnknownField) => "Unknown field.".into(),
        (Lang::Fi, Invalid { detail }) => format!("Arvo ei kelpaa ({detail})."),
        (Lang::Sv, Invalid { detail }) => format!("Värdet duger inte ({detail})."),
        (Lang::En, Invalid { detail }) => format!("The value is not valid ({detail})."),
        (Lang::Fi, NotAnAmount { text }) => format!("\"{text}\" ei ole rahamäärä (muoto 1200.50)."),
        (Lang::Sv, NotAnAmount { text }) => format!("\"{text}\" är inte ett belopp (formen 1200.50)."),
        (Lang::En, NotAnAmount { text }) => format!("\"{text}\" is not an amount (form 1200.50)."),
        (Lang::Fi, NotADate { text }) => format!("\"{text}\" ei ole päivämäärä (muoto 2020-03-01)."),
        (Lang::Sv, NotADate { text }) => format!("\"{text}\" är inte ett datum (formen 2020-03-01)."),
        (Lang::En, NotADate { text }) => format!("\"{text}\" is not a date (form 2020-03-01)."),
        (Lang::Fi, UnknownCall { id }) => format!("Hakua \"{id}\" ei tunneta."),
        (Lang::Sv, UnknownCall { id }) => format!("Ansökningsomgången \"{id}\" är okänd."),
        (Lang::En, UnknownCall { id }) => format!("The call \"{id}\" is unknown."),
        (Lang::Fi, CallMismatch { envelope, application }) => format!("Haku \"{envelope}\" ei ole sama kuin hakemuksen haku \"{application}\"."),
        (Lang::Sv, CallMismatch { envelope, application }) => format!("Ansökningsomgången \"{envelope}\" är inte densamma som ansökans \"{application}\"."),
        (Lang::En, CallMismatch { envelope, application }) => format!("The call \"{envelope}\" is not the application's call \"{application}\"."),
        (Lang::Fi, NotAnUnreadableField) => "Kohta ei ole tyhjä rahamäärä- tai päivämääräkenttä.".into(),
        (Lang::Sv, NotAnUnreadableField) => "Platsen är inte ett tomt belopps- eller datumfält.".into(),
        (Lang::En, NotAnUnreadableField) => "The place is not an empty amount or date field.".into(),
    }
}

/// An invisible character an import kept (it may make text look different from what it is).
pub fn import_note(lang: Lang, n: &crate::domain::formats::reader::Note) -> String {
    let (path, code) = (&n.path, n.code);
    match lang {
        Lang::Fi => {
            format!("{path}: tekstissä on näkymätön ohjausmerkki U+{code:04X}, joka voi muuttaa tekstin näköä.")
        }
        Lang::Sv => {
            format!("{path}: texten innehåller ett osynligt styrtecken U+{code:04X} som kan ändra hur texten ser ut.")
        }
        Lang::En => format!(
            "{path}: the text contains an invisible control character U+{code:04X} that can change how it looks."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_present_and_distinct_per_language_where_it_should_be() {
        for t in T::ALL {
            for lang in Lang::ALL {
                assert!(!t.get(lang).trim().is_empty(), "{t:?} is empty in {lang:?}");
            }
        }
        // Finnish and English differ for everything except the product name.
        let same: Vec<_> = T::ALL
            .iter()
            .filter(|t| t.get(Lang::Fi) == t.get(Lang::En) && **t != T::AppName)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn percent_and_date_follow_the_language() {
        let d: Decimal = "0.15".parse().unwrap();
        assert_eq!(percent(Lang::Fi, d), "15,00\u{a0}%");
        assert_eq!(percent(Lang::En, d), "15.00%");
        let end = time::macros::date!(2021 - 11 - 30);
        assert_eq!(date(Lang::Fi, end), "30.11.2021");
        assert_eq!(date(Lang::En, end), "30 November 2021");
    }

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

/// "12 / 45 pistettä, 5 / 15 kriteeriä arvioitu".
pub fn assessment_total(lang: Lang, t: &crate::domain::reviewer::assessment::Total) -> String {
    let (p, m, s, c) = (t.points, t.max, t.scored, t.criteria);
    match lang {
        Lang::Fi => format!("{p} / {m} pistettä, {s} / {c} kriteeriä arvioitu"),
        Lang::Sv => format!("{p} / {m} poäng, {s} / {c} kriterier bedömda"),
        Lang::En => format!("{p} / {m} points, {s} / {c} criteria scored"),
    }
}

/// What importing a file of assessments did.
pub fn reviews_merged(lang: Lang, m: &crate::domain::reviewer::assessment::Merged) -> String {
    let (a, u, k) = (m.added, m.updated, m.kept);
    match lang {
        Lang::Fi => format!("Arviot tuotu: {a} uutta, {u} päivitetty, {k} ennallaan (tämän selaimen arvio oli sama tai uudempi)."),
        Lang::Sv => format!("Bedömningarna importerades: {a} nya, {u} uppdaterade, {k} oförändrade (webbläsarens bedömning var densamma eller nyare)."),
        Lang::En => format!("Assessments imported: {a} new, {u} updated, {k} unchanged (this browser's was the same or later)."),
    }
}

/// "3 arviota tallennettu tähän selaimeen."
pub fn reviews_stored(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fi => format!("{n} arviota tallennettu tähän selaimeen."),
        Lang::Sv => format!("{n} bedömningar sparade i den här webbläsaren."),
        Lang::En => format!("{n} assessment(s) saved in this browser."),
    }
}

/// Why a file was not opened for review: the same application is open, from `first`.
pub fn already_open(lang: Lang, first: &str) -> String {
    match lang {
        Lang::Fi => format!("sama hakemus on jo avattu tiedostosta {first}"),
        Lang::Sv => format!("samma ansökan är redan öppnad från filen {first}"),
        Lang::En => format!("the same application is already open, from {first}"),
    }
}

/// An evaluation criterion, in the words of the sources.
pub fn criterion(lang: Lang, c: crate::domain::vocabulary::criteria::Criterion) -> &'static str {
    use crate::domain::vocabulary::criteria::Criterion::*;
    match (lang, c) {
        (Lang::Fi, SocialEconomicImpact) => "Yhteiskunnallinen ja taloudellinen vaikuttavuus",
        (Lang::Fi, GeneralSignificance) => "Hankkeen yleinen merkitys kuntien kannalta",
        (Lang::Fi, KnowledgeManagement) => {
            "Miten kunnan tiedolla johtaminen ja ennakoiva tiedon hyödyntäminen paranevat"
        }
        (Lang::Fi, ResidentServices) => "Miten toiminta parantaa asukkaille tarjottavia palveluita",
        (Lang::Fi, ConcreteGoals) => "Konkreettiset toiminnalliset ja taloudelliset tavoitteet verrattuna nykytilaan",
        (Lang::Fi, Measures) => "Toimenpiteet, joilla tavoitteisiin ja laajempiin vaikutuksiin päästään",
        (Lang::Fi, WiderEffects) => "Toiminnan muutoksen laajemmat vaikutukset sidostahoihin",
        (Lang::Fi, ChangeMonitoring) => "Miten kunta seuraa tapahtunutta toiminnan muutosta",
        (Lang::Fi, UsabilityAndSharing) => {
            "Tulosten hyödynnettävyys kunnissa ja hakijoiden sitoutuminen tulosten jakamiseen"
        }
        (Lang::Fi, StrategyLink) => "Kytkeytyminen kuntastrategiaan ja kunnan muuhun kehittämiseen",
        (Lang::Fi, CostEffects) => "Kustannusten väheneminen tai kustannusten kasvun hillitseminen",
        (Lang::Fi, SharedServices) => "Kansallisten yhteisten palvelujen (Suomi.fi-palvelut) hyödyntäminen",
        (Lang::Fi, SharedSolutions) => "Yhteiset ratkaisut kuntakohtaisten erityisratkaisuiden sijaan",
        (Lang::Fi, Feasibility) => "Toteutuskelpoisuus ja vaikuttavuus suhteessa laajuuteen ja kustannusarvioon",
        (Lang::Fi, NoOtherGrant) => "Toiminta ei ole saanut muita avustuksia",
        (Lang::Sv, SocialEconomicImpact) => "Samhälleliga och ekonomiska effekter",
        (Lang::Sv, GeneralSignificance) => "Projektets allmänna betydelse för kommunerna",
        (Lang::Sv, KnowledgeManagement) => {
            "Hur kommunens kunskapsbaserade ledning och förutseende användning av data förbättras"
        }
        (Lang::Sv, ResidentServices) => "Hur verksamheten förbättrar tjänsterna för invånarna",
        (Lang::Sv, ConcreteGoals) => "Konkreta operativa och ekonomiska mål jämfört med nuläget",
        (Lang::Sv, Measures) => "Åtgärder för att nå målen och de bredare effekterna",
        (Lang::Sv, WiderEffects) => "Förändringens bredare effekter för intressenterna",
        (Lang::Sv, ChangeMonitoring) => "Hur kommunen följer upp förändringen i verksamheten",
        (Lang::Sv, UsabilityAndSharing) => "Resultatens användbarhet i kommunerna och sökandenas åtagande att dela dem",
        (Lang::Sv, StrategyLink) => "Kopplingen till kommunstrategin och kommunens övriga utveckling",
        (Lang::Sv, CostEffects) => "Minskade kostnader eller dämpad kostnadsökning",
        (Lang::Sv, SharedServices) => "Användning av nationella gemensamma tjänster (Suomi.fi-tjänster)",
        (Lang::Sv, SharedSolutions) => "Gemensamma lösningar i stället för kommunspecifika speciallösningar",
        (Lang::Sv, Feasibility) => "Genomförbarhet och effekter i förhållande till omfattning och kostnadsberäkning",
        (Lang::Sv, NoOtherGrant) => "Verksamheten har inte fått andra understöd",
        (Lang::En, SocialEconomicImpact) => "Social and economic impact",
        (Lang::En, GeneralSignificance) => "General significance for municipalities",
        (Lang::En, KnowledgeManagement) => "How knowledge-based management and anticipatory use of data improve",
        (Lang::En, ResidentServices) => "How services for residents improve",
        (Lang::En, ConcreteGoals) => "Concrete operational and financial goals compared with today",
        (Lang::En, Measures) => "Measures needed to reach the goals and wider effects",
        (Lang::En, WiderEffects) => "Wider effects of the change on stakeholders",
        (Lang::En, ChangeMonitoring) => "How the municipality monitors the change",
        (Lang::En, UsabilityAndSharing) => "How widely the results are usable, and commitment to sharing them",
        (Lang::En, StrategyLink) => "Link to the municipal strategy and other development",
        (Lang::En, CostEffects) => "Reducing costs or curbing cost growth",
        (Lang::En, SharedServices) => "Use of national shared services (Suomi.fi services)",
        (Lang::En, SharedSolutions) => "Shared solutions rather than municipality-specific ones",
        (Lang::En, Feasibility) => "Feasibility and impact relative to scope and cost estimate",
        (Lang::En, NoOtherGrant) => "The work has had no other grant",
    }
}

/// The label of a score on the 0–3 scale.
pub fn score(lang: Lang, s: crate::domain::vocabulary::criteria::Score) -> &'static str {
    match s.value() {
        0 => T::Score0.get(lang),
        1 => T::Score1.get(lang),
        2 => T::Score2.get(lang),
        _ => T::Score3.get(lang),
    }
}
