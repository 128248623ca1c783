//! The fixed texts of the interface: headings, labels, buttons, hints and notices, one key of `T` each.
//! `texts!` makes each key give fi, sv and en; a key without all three does not compile.

use crate::domain::vocabulary::locale::Lang;

macro_rules! texts {
    ($name:ident; $($key:ident { fi: $fi:expr, sv: $sv:expr, en: $en:expr $(,)? })*) => {
        /// A fixed text of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// This table in the Swedish and English texts files (`catalogue`).
            pub const TABLE: crate::i18n::catalogue::Table = crate::i18n::catalogue::Table::of(
                stringify!($name),
                concat!($(stringify!($key), "\n"),*),
                $name::ALL.len(),
            );

            /// The text in `lang`. In the wasm, Swedish and English come from their texts file
            /// (`catalogue`), Finnish until it is installed; natively all three are built in.
            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::Fi => match self { $($name::$key => $fi,)* },
                    #[cfg(not(target_arch = "wasm32"))]
                    Lang::Sv => match self { $($name::$key => $sv,)* },
                    #[cfg(not(target_arch = "wasm32"))]
                    Lang::En => match self { $($name::$key => $en,)* },
                    #[cfg(target_arch = "wasm32")]
                    _ => crate::i18n::catalogue::or_finnish(lang, &Self::TABLE, self as usize, self.get(Lang::Fi)),
                }
            }
        }

        impl crate::i18n::texts::Text for $name {
            fn get(self, lang: Lang) -> &'static str {
                $name::get(self, lang)
            }
        }
    };
}
/// For the topics that keep their fixed texts in a file of their own (`decision.rs`).
pub(super) use texts;

/// A key of any table of fixed texts (`T`, or a topic's own, as the reviewer's `R`), for the views'
/// helpers that show one (`ui::form::text`, `tr`).
pub trait Text: Copy + Send + Sync + 'static {
    fn get(self, lang: Lang) -> &'static str;
}

texts! {
    T;
    AppName { fi: "Hakemus", sv: "Hakemus", en: "Hakemus" }
    AppTagline {
        fi: "Avustushakemus kuntien digitalisaation kannustinjärjestelmään",
        sv: "Ansökan om understöd ur kommunernas incitamentsystem för digitalisering",
        en: "Grant application to the municipal digitalisation incentive programme",
    }
    SkipToContent { fi: "Siirry sisältöön", sv: "Gå till innehållet", en: "Skip to content" }
    Loading { fi: "Sovellus latautuu…", sv: "Applikationen laddas…", en: "The app is loading…" }
    LanguageLabel { fi: "Kieli", sv: "Språk", en: "Language" }
    LanguageUnavailable {
        fi: "Kieltä ei voitu vaihtaa: sen tekstejä ei saatu ladattua. Tarkista verkkoyhteys ja yritä uudelleen.",
        sv: "Språket kunde inte bytas: dess texter kunde inte hämtas. Kontrollera nätverksanslutningen och försök igen.",
        en: "The language could not be changed: its texts could not be fetched. Check your network connection and try again.",
    }
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
    ColNet { fi: "Veroton (€)", sv: "Exkl. moms (€)", en: "Excl. VAT (€)" }
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
    ReviewsAutosaveNote {
        fi: "Arviot tallentuvat automaattisesti tähän selaimeen.",
        sv: "Bedömningarna sparas automatiskt i den här webbläsaren.",
        en: "The reviews are saved automatically in this browser.",
    }
    DraftLabel { fi: "Luonnos", sv: "Utkast", en: "Draft" }
    UntitledDraft { fi: "Nimetön luonnos", sv: "Namnlöst utkast", en: "Untitled draft" }
    NotSavedYet { fi: "Ei vielä tallennettu", sv: "Inte sparat ännu", en: "Not saved yet" }
    DraftsTitle { fi: "Luonnokset", sv: "Utkast", en: "Drafts" }
    CopySuffix { fi: "(kopio)", sv: "(kopia)", en: "(copy)" }
    ColActions { fi: "Toiminnot", sv: "Åtgärder", en: "Actions" }
    SaveQuota {
        fi: "Luonnosta ei tallennettu: selaimen tallennustila on täynnä. Työsi on tallessa tässä välilehdessä. Lataa kopio tiedostoksi, ettei mitään katoa, ja vapauta tilaa poistamalla vanhoja luonnoksia. Tallennusta yritetään uudelleen jokaisen muutoksen jälkeen.",
        sv: "Utkastet sparades inte: webbläsarens lagringsutrymme är fullt. Ditt arbete finns kvar i den här fliken. Ladda ner en kopia som fil så att inget går förlorat, och frigör utrymme genom att ta bort gamla utkast. Sparandet försöks igen efter varje ändring.",
        en: "The draft was not saved: the browser's storage is full. Your work is still in this tab. Download a copy as a file so that nothing is lost, and free space by deleting old drafts. Saving is tried again after every change.",
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
    SaveDamaged {
        fi: "Tämän luonnoksen tallennettua versiota ei voi enää lukea. Sitä ei kirjoiteta yli, ja se näkyy Luonnokset-sivulla. Tämän välilehden versio on tallessa täällä: säilytä se uutena luonnoksena tai lataa kopio tiedostoksi.",
        sv: "Den sparade versionen av det här utkastet kan inte längre läsas. Den skrivs inte över och visas på sidan Utkast. Den här flikens version finns kvar här: behåll den som ett nytt utkast eller ladda ner en kopia som fil.",
        en: "The stored version of this draft can no longer be read. It is not overwritten, and it is listed on the Drafts page. This tab's version is safe here: keep it as a new draft or download a copy as a file.",
    }
    Saving { fi: "Tallennetaan…", sv: "Sparar…", en: "Saving…" }
    NoticeRecovered {
        fi: "Muutoksesi, jotka jäivät tallentamatta, kun sivu viimeksi suljettiin tai ladattiin uudelleen, on palautettu, ja ne tallennetaan nyt.",
        sv: "Dina ändringar som inte hann sparas när sidan senast stängdes eller laddades om har återställts och sparas nu.",
        en: "Your changes that had not been saved when the page was last closed or reloaded have been restored, and are being saved now.",
    }
    NoticeRecoveryKept {
        fi: "Selaimessa on tallentamaton versio luonnoksesta. Se on tallessa Luonnokset-sivulla.",
        sv: "Webbläsaren har en osparad version av ett utkast. Den finns på sidan Utkast.",
        en: "This browser has an unsaved version of a draft. It is kept on the Drafts page.",
    }
    NoticeLastUnreadable {
        fi: "Viimeksi avoinna ollutta luonnosta ei voitu lukea. Se on tallessa sellaisenaan Luonnokset-sivulla, josta sen voi ladata.",
        sv: "Utkastet som senast var öppet kunde inte läsas. Det finns kvar som det är på sidan Utkast, där det kan laddas ner.",
        en: "The draft that was open last could not be read. It is kept as it is on the Drafts page, where it can be downloaded.",
    }
    DownloadCopy { fi: "Lataa kopio tiedostoksi", sv: "Ladda ner en kopia som fil", en: "Download a copy as a file" }
    RetrySave { fi: "Yritä tallentaa uudelleen", sv: "Försök spara igen", en: "Try saving again" }
    ConflictLoadTheirs {
        fi: "Käytä toisen välilehden versiota (tämän välilehden versio jää Luonnokset-sivulle)",
        sv: "Använd den andra flikens version (den här flikens version blir kvar på sidan Utkast)",
        en: "Use the other tab's version (this tab's version stays on the Drafts page)",
    }
    ConflictKeepMine {
        fi: "Säilytä tämän välilehden versio uutena luonnoksena",
        sv: "Behåll den här flikens version som ett nytt utkast",
        en: "Keep this tab's version as a new draft",
    }
    ImportTitle { fi: "Tuo hakemus", sv: "Importera en ansökan", en: "Import an application" }
    ChooseFile { fi: "Valitse tiedosto", sv: "Välj en fil", en: "Choose a file" }
    DropHint {
        fi: "Voit myös pudottaa tiedoston tähän alueeseen.",
        sv: "Du kan också släppa filen på det här området.",
        en: "You can also drop the file on this area.",
    }
    PasteLabel { fi: "Tai liitä viety JSON tähän", sv: "Eller klistra in exporterad JSON här", en: "Or paste exported JSON here" }
    ImportUnchanged {
        fi: "Mitään ei tallennettu eikä muutettu.",
        sv: "Ingenting sparades eller ändrades.",
        en: "Nothing was saved or changed.",
    }
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
    SchemaUnavailable {
        fi: "Skeemaa ei saatu haettua. Yritä uudelleen, kun verkkoyhteys toimii.",
        sv: "Schemat kunde inte hämtas. Försök igen när nätverket fungerar.",
        en: "The schema could not be fetched. Try again when the network works.",
    }
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
    ReviewerTitle { fi: "Arvioijan näkymä", sv: "Bedömarens vy", en: "Reviewer view" }
    DrafterLink { fi: "Hakijan näkymä", sv: "Sökandens vy", en: "Applicant view" }
    LineSearchLabel { fi: "Etsi riviä kuvauksen perusteella", sv: "Sök rad efter beskrivning", en: "Find a line by its description" }
    LineSearchHint {
        fi: "Kirjoita osa kuvauksesta ja paina Enter. Uusi painallus etsii seuraavan.",
        sv: "Skriv en del av beskrivningen och tryck på Enter. Ett nytt tryck söker nästa.",
        en: "Type part of a description and press Enter. Press again for the next one.",
    }
    LineSearchNext { fi: "Etsi seuraava", sv: "Sök nästa", en: "Find next" }
    ChooseFiles { fi: "Valitse tiedostot", sv: "Välj filer", en: "Choose files" }
    DropFilesHint {
        fi: "Voit myös pudottaa tiedostot tähän alueeseen.",
        sv: "Du kan också släppa filerna på det här området.",
        en: "You can also drop the files on this area.",
    }
    StatementLink { fi: "Saavutettavuusseloste", sv: "Tillgänglighetsutlåtande", en: "Accessibility statement" }
    // The footer's way to the first phase's app (ui::initiative, a bundle of its own).
    InitiativesLink { fi: "Ehdotukset yhteishankkeiksi", sv: "Förslag till gemensamma projekt", en: "Initiatives for joint projects" }
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
    ChooseReviewsFile { fi: "Tuo omat arviosi tiedostosta", sv: "Importera dina egna bedömningar från en fil", en: "Import your own assessments from a file" }
    DropReviewsHint {
        fi: "Oma arviotiedostosi toisesta selaimesta tai varmuuskopio. Ennen kuin tiedoston uudempi arvio korvaa tämän selaimen arvion, sinulta kysytään. Toisen arvioijan tiedosto avataan arvioijaryhmään eikä koskaan korvaa omia arvioitasi.",
        sv: "Din egen bedömningsfil från en annan webbläsare eller en säkerhetskopia. Innan en nyare bedömning i filen ersätter den här webbläsarens blir du tillfrågad. En annan bedömares fil öppnas i bedömargruppen och ersätter aldrig dina egna bedömningar.",
        en: "Your own assessment file from another browser, or a backup. Before a later assessment in the file replaces this browser's, you are asked. Another reviewer's file is opened in the panel and never replaces your own assessments.",
    }
    Excluded { fi: "ei hyväksyttävä", sv: "inte godtagbar", en: "not eligible" }
    NotCountedAmount { fi: "Ei mukana summissa ennen kuin summa on annettu.", sv: "Inte med i summorna förrän beloppet har angetts.", en: "Not in the totals until the amount is given." }
    NotCountedVatRate { fi: "Ei mukana summissa ennen kuin alv-kanta on valittu.", sv: "Inte med i summorna förrän momssatsen har valts.", en: "Not in the totals until a VAT rate is chosen." }
    NotCountedVat { fi: "Ei mukana summissa ennen kuin alv on korjattu.", sv: "Inte med i summorna förrän momsen har rättats.", en: "Not in the totals until the VAT is corrected." }
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
        sv: "Understödet gäller framför allt förändringar i kommunernas verksamhetssätt och processer. Välj vilka objekt projektet gäller och försäkra dig om att det inte faller utanför ansökningsomgången.",
        en: "The grant is above all for changes in municipalities' ways of working and processes. Choose the targets the project pursues and make sure it is not in an excluded area.",
    }
    TargetsLegend {
        fi: "Mihin avustuksen kohteisiin hanke kohdistuu? Valitse yksi tai useampi.",
        sv: "Vilka av understödets objekt gäller projektet? Välj ett eller flera.",
        en: "Which of the grant's targets does the project pursue? Choose one or more.",
    }
    ExclusionsTitle { fi: "Haun rajaukset", sv: "Utlysningens avgränsningar", en: "What the call excludes" }
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
    ProjectTitle { fi: "Haku ja hanke", sv: "Utlysning och projekt", en: "Call and project" }
    ProjectIntro {
        fi: "Valitse haku, johon hakemus kohdistuu, ja kerro hankkeen nimi, tiivistelmä ja toteutusaika.",
        sv: "Välj den ansökningsomgång som gäller, och ange projektets namn, sammandrag och genomförandetid.",
        en: "Choose the call the application answers, and give the project's name, summary and period.",
    }
    FieldCall { fi: "Haku", sv: "Utlysning", en: "Call" }
    FieldNameFi { fi: "Hankkeen nimi suomeksi", sv: "Projektets namn på finska", en: "Project name in Finnish" }
    FieldNameSv { fi: "Hankkeen nimi ruotsiksi", sv: "Projektets namn på svenska", en: "Project name in Swedish" }
    FieldNameHint {
        fi: "Anna nimi suomeksi tai ruotsiksi tai molemmilla kielillä.",
        sv: "Ange namnet på finska eller svenska eller på båda språken.",
        en: "Give the name in Finnish or Swedish, or in both.",
    }
    FieldNameEn { fi: "Hankkeen nimi englanniksi (valinnainen)", sv: "Projektets namn på engelska (frivilligt)", en: "Project name in English (optional)" }
    FieldSummary { fi: "Tiivistelmä", sv: "Sammandrag", en: "Summary" }
    FieldSummaryHint {
        fi: "Mitä hankkeessa tehdään ja miten kuntien toimintatavat tai prosessit muuttuvat.",
        sv: "Vad görs i projektet och hur kommunernas arbetssätt eller processer förändras.",
        en: "What the project does and how municipalities' ways of working or processes change.",
    }
    FieldStart { fi: "Alkamispäivä", sv: "Startdatum", en: "Start date" }
    FieldEnd { fi: "Päättymispäivä", sv: "Slutdatum", en: "End date" }
    LeadResponsibleLabel {
        fi: "Hankehallinnoija sitoutuu vastaamaan valtionavustuksen käytöstä koko hankkeessa",
        sv: "Projektförvaltaren förbinder sig att svara för användningen av statsunderstödet i hela projektet",
        en: "The lead applicant commits to answer for the use of the grant in the whole project",
    }
    LeadResponsibleHint {
        fi: "Avustus maksetaan hankehallinnoijalle, eli ensimmäiselle hakijalle.",
        sv: "Understödet betalas till projektförvaltaren, det vill säga den första sökanden.",
        en: "The grant is paid to the lead applicant, the first in the list.",
    }
    AssumedCostCategoriesNote {
        fi: "Tämän haun lähteet eivät luettele hyväksyttäviä kustannuksia; laskelma käyttää oletuksena yhteishankehaun päätöksen (VM 26.2.2020) luetteloa.",
        sv: "Källorna för denna ansökningsomgång räknar inte upp godtagbara kostnader; kalkylen använder som standard förteckningen i beslutet om de gemensamma projekten (FM 26.2.2020).",
        en: "The sources of this call do not list the eligible costs; the figures assume the list in the joint projects call's decision (VM 26.2.2020).",
    }
    AssumedMunicipalTaskNote {
        fi: "Tämän haun lähteet eivät mainitse tätä ehtoa; se on oletuksena yhteishankehaun päätöksestä (VM 26.2.2020).",
        sv: "Källorna för denna ansökningsomgång nämner inte detta villkor; det antas utifrån beslutet om de gemensamma projekten (FM 26.2.2020).",
        en: "The sources of this call do not state this condition; it is assumed from the joint projects call's decision (VM 26.2.2020).",
    }
    AssumedRuleNote {
        fi: "Oletus: tämän haun lähteet eivät esitä tätä sääntöä, vaan se on otettu yhteishankehaun päätöksestä (VM 26.2.2020). Siksi tämä on huomautus eikä virhe.",
        sv: "Antagande: källorna för denna ansökningsomgång anger inte denna regel, utan den är hämtad ur beslutet om de gemensamma projekten (FM 26.2.2020). Därför är detta en anmärkning och inte ett fel.",
        en: "Assumed: this call's sources do not state this rule; it is taken from the joint projects call's decision (VM 26.2.2020). So this is a warning, not an error.",
    }
    DefaultShareNote {
        fi: "Tämän haun avustuksen enimmäisosuutta ei mainita lähteissä; laskelmassa käytetään oletuksena 85 %.",
        sv: "Källorna anger inte understödets maximiandel i denna ansökningsomgång; kalkylen använder 85 % som standard.",
        en: "The sources do not state this call's maximum grant share; the figures use 85 % as a default.",
    }
    CheckProject { fi: "Tarkista haku ja hanke", sv: "Kontrollera utlysning och projekt", en: "Check call and project" }
    MaturityNow { fi: "Digitalisaation kypsyystaso nyt", sv: "Digitaliseringens mognadsnivå nu", en: "Digital maturity now" }
    MaturityTarget { fi: "Tavoiteltu kypsyystaso", sv: "Eftersträvad mognadsnivå", en: "Targeted digital maturity" }
    MaturityHint {
        fi: "VTT:n digitalisaation kypsyysmallin mukaan.",
        sv: "Enligt VTT:s mognadsmodell för digitalisering.",
        en: "According to VTT's digital maturity model.",
    }
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
    ErrorsCount { fi: "Virheitä", sv: "Fel", en: "Errors" }
    WarningsCount { fi: "Huomioita", sv: "Observationer", en: "Notes" }
    // Drafting together (the lead's partners page, the partner's own page, comparing files).
    FieldSignatoryName { fi: "Nimenkirjoitusoikeudellinen henkilö", sv: "Person med namnteckningsrätt", en: "Person with signing authority" }
    FieldSignatoryTitle { fi: "Nimenkirjoittajan asema", sv: "Namntecknarens ställning", en: "Signatory's position" }
    FieldOwnFinancing { fi: "Omarahoitusosuus (€)", sv: "Självfinansieringsandel (€)", en: "Own financing (€)" }
    FieldOwnFinancingHint {
        fi: "Summa, jonka organisaationne rahoittaa itse omista kustannuksistaan, esimerkiksi 4 500,00.",
        sv: "Beloppet som er organisation själv finansierar av sina kostnader, till exempel 4 500,00.",
        en: "The amount your organisation finances itself of its own costs, for example 4,500.00.",
    }
    FieldDecisionBody { fi: "Päätöksen tehnyt toimielin", sv: "Organ som fattat beslutet", en: "Body that made the decision" }
    FieldDecisionBodyHint {
        fi: "Esimerkiksi kunnanhallitus, kaupunginhallitus tai kuntayhtymän hallitus.",
        sv: "Till exempel kommunstyrelsen, stadsstyrelsen eller samkommunens styrelse.",
        en: "For example the municipal board, the city board or the joint authority's board.",
    }
    FieldDecisionDate { fi: "Päätöksen päivämäärä", sv: "Beslutsdatum", en: "Date of the decision" }
    FieldDecisionDateHint { fi: "Esimerkiksi 16.12.2019.", sv: "Till exempel 16.12.2019.", en: "For example 16.12.2019." }
    FieldDecisionSection { fi: "Pykälä", sv: "Paragraf", en: "Section (§)" }
    FieldDecisionPlanned {
        fi: "Jos päätöstä ei ole vielä tehty: milloin se tehdään",
        sv: "Om beslutet ännu inte har fattats: när det fattas",
        en: "If the decision has not been made yet: when it will be",
    }
    PartnerExchange { fi: "Osatoteuttajan osuus", sv: "Delgenomförarens del", en: "Partner's part" }
    PartnersTitle { fi: "Osatoteuttajien osuudet", sv: "Delgenomförarnas delar", en: "Partners' parts" }
    PartnersIntro {
        fi: "Pyydä kultakin osatoteuttajalta sen oma osuus tiedostona: yhteyshenkilö, nimenkirjoittaja, rooli ja sitoutuminen, kustannukset, omarahoitus ja toimielimen päätös. Osatoteuttaja täyttää osuutensa Hakemus-sovelluksella omassa selaimessaan ja palauttaa sen tiedostona. Ennen kuin mitään muuttuu, näet kohta kohdalta, mitä palautus lisäisi, muuttaisi tai poistaisi, ja valitset, mitä otat.",
        sv: "Be varje delgenomförare om dess egen del som fil: kontaktperson, namntecknare, roll och åtagande, kostnader, självfinansiering och organets beslut. Delgenomföraren fyller i sin del med Hakemus i sin egen webbläsare och returnerar den som fil. Innan något ändras ser du punkt för punkt vad returen skulle lägga till, ändra eller ta bort, och väljer vad du tar.",
        en: "Ask each partner for its own part as a file: contact person, signatory, role and commitment, costs, own financing and the decision of its council or board. The partner fills in its part with Hakemus in its own browser and returns it as a file. Before anything changes, you see item by item what the contribution would add, change or remove, and choose what you take.",
    }
    NoPartners {
        fi: "Hakemuksessa ei ole vielä osatoteuttajia. Lisää ne Hakijat-sivulla.",
        sv: "Ansökan har ännu inga delgenomförare. Lägg till dem på sidan Sökande.",
        en: "The application has no partners yet. Add them on the Applicants page.",
    }
    PartnerStatusLabel { fi: "Tila", sv: "Status", en: "Status" }
    StatusNotRequested { fi: "Ei pyydetty", sv: "Inte begärd", en: "Not requested" }
    StatusRequested { fi: "Pyydetty", sv: "Begärd", en: "Requested" }
    StatusReturned { fi: "Palautettu", sv: "Returnerad", en: "Returned" }
    StatusMerged { fi: "Yhdistetty", sv: "Införd", en: "Merged" }
    StatusChangedSinceMerged { fi: "Muutettu yhdistämisen jälkeen", sv: "Ändrad efter införandet", en: "Changed since merged" }
    RequestMessageLabel { fi: "Viesti osatoteuttajalle (vapaaehtoinen)", sv: "Meddelande till delgenomföraren (frivilligt)", en: "Message to the partner (optional)" }
    MakeRequest { fi: "Lataa pyyntö tiedostona", sv: "Ladda ner begäran som fil", en: "Download a request file" }
    CopyRequest { fi: "Kopioi pyyntö tekstinä", sv: "Kopiera begäran som text", en: "Copy the request as text" }
    RequestMade {
        fi: "Pyyntö tehty. Lähetä se osatoteuttajalle esimerkiksi sähköpostilla. Pyyntö sisältää hankkeen tiedot ja osatoteuttajan oman osuuden, ei muiden osatoteuttajien kustannuksia.",
        sv: "Begäran är gjord. Skicka den till delgenomföraren till exempel per e-post. Den innehåller projektets uppgifter och delgenomförarens egen del, inte de andra delgenomförarnas kostnader.",
        en: "Request made. Send it to the partner, for example by e-mail. It carries the project's details and the partner's own part, nothing of the other partners' costs.",
    }
    PartnersLink { fi: "Pyydä ja yhdistä osatoteuttajien osuudet", sv: "Begär och för in delgenomförarnas delar", en: "Request and merge the partners' parts" }
    ImportContributionTitle { fi: "Tuo osatoteuttajan palautus", sv: "Importera en delgenomförares retur", en: "Import a partner's contribution" }
    ImportContribution { fi: "Tuo liitetty palautus", sv: "Importera den inklistrade returen", en: "Import the pasted contribution" }
    ContributionRefused { fi: "Palautusta ei yhdistetty", sv: "Returen fördes inte in", en: "The contribution was not merged" }
    RefusedOtherProject {
        fi: "Palautus vastaa toisen hankkeen pyyntöön. Avaa sen hankkeen luonnos Luonnokset-sivulla ja tuo palautus siellä.",
        sv: "Returen svarar på en begäran i ett annat projekt. Öppna det projektets utkast på sidan Utkast och importera returen där.",
        en: "The contribution answers a request of another project. Open that project's draft on the Drafts page and import it there.",
    }
    RefusedUnknownRequest {
        fi: "Tämä luonnos ei ole tehnyt pyyntöä, johon palautus vastaa. Palautus voi olla toisesta saman hankkeen luonnoksesta.",
        sv: "Det här utkastet har inte gjort begäran som returen svarar på. Returen kan höra till ett annat utkast av samma projekt.",
        en: "This draft did not make the request the contribution answers. It may belong to another draft of the same project.",
    }
    RefusedPartnerRemoved {
        fi: "Osatoteuttaja, jolta palautus on, ei ole enää hakijoissa.",
        sv: "Delgenomföraren som returen kommer från finns inte längre bland de sökande.",
        en: "The partner the contribution is from is no longer among the applicants.",
    }
    RefusedNotTheRequestsPartner {
        fi: "Palautus on eri osatoteuttajan nimissä kuin pyyntö, johon se vastaa. Tiedostoa on muutettu.",
        sv: "Returen är i en annan delgenomförares namn än begäran den svarar på. Filen har ändrats.",
        en: "The contribution names another partner than the request it answers. The file has been altered.",
    }
    RefusedIdentityChanged {
        fi: "Palautuksessa on muutettu sitä, kuka osatoteuttaja on. Pyyntö määrää, kenen osuus palautus on; hakijat muutetaan vain hakijasivulla.",
        sv: "I returen har det ändrats vem delgenomföraren är. Begäran bestämmer vems del returen är; de sökande ändras bara på sidan för sökande.",
        en: "The contribution changes who the partner is. The request fixes whose part it is; the applicants are changed only on the applicants page.",
    }
    InTheRequest { fi: "pyynnössä", sv: "i begäran", en: "in the request" }
    InTheContribution { fi: "palautuksessa", sv: "i returen", en: "in the contribution" }
    NothingChanged { fi: "Palautus ei muuta mitään: osuus on hakemuksessa jo sellaisena.", sv: "Returen ändrar ingenting: delen finns redan så i ansökan.", en: "The contribution changes nothing: the part is already so in the application." }
    MergeTitle { fi: "Mitä palautus muuttaisi", sv: "Vad returen skulle ändra", en: "What the contribution would change" }
    MergeIntro {
        fi: "Valitse kohta kohdalta, mitkä muutokset otat. Mikään ei muutu ennen kuin valitset Yhdistä valitut.",
        sv: "Välj punkt för punkt vilka ändringar du tar. Ingenting ändras innan du väljer För in de valda.",
        en: "Choose item by item which changes you take. Nothing changes until you choose Merge the chosen.",
    }
    ColItem { fi: "Kohta", sv: "Punkt", en: "Item" }
    ColInRequest { fi: "Pyynnössä", sv: "I begäran", en: "In the request" }
    ColInLastReturn { fi: "Edellisessä yhdistetyssä palautuksessa", sv: "I den senast införda returen", en: "In the last merged contribution" }
    ColInApplication { fi: "Hakemuksessa nyt", sv: "I ansökan nu", en: "In the application now" }
    ColFromPartner { fi: "Osatoteuttajalta", sv: "Från delgenomföraren", en: "From the partner" }
    KindAdd { fi: "Lisättävä rivi", sv: "Rad som läggs till", en: "Line to add" }
    KindChange { fi: "Muutos", sv: "Ändring", en: "Change" }
    KindRemove { fi: "Poistettava rivi", sv: "Rad som tas bort", en: "Line to remove" }
    TakeTheirs { fi: "Ota osatoteuttajan", sv: "Ta delgenomförarens", en: "Take the partner's" }
    KeepMine { fi: "Pidä hakemuksen", sv: "Behåll ansökans", en: "Keep the application's" }
    ConflictNote {
        fi: "Sekä hakemuksessa että osatoteuttajalla tätä on muutettu pyynnön jälkeen. Valitse, kumpi jää.",
        sv: "Både i ansökan och hos delgenomföraren har detta ändrats efter begäran. Välj vilken som blir kvar.",
        en: "Both the application and the partner changed this since the request. Choose which stays.",
    }
    ChooseWhichStays { fi: "Valitse, kumpi jää.", sv: "Välj vilken som blir kvar.", en: "Choose which stays." }
    MergeChosen { fi: "Yhdistä valitut", sv: "För in de valda", en: "Merge the chosen" }
    MergeDone { fi: "Yhdistetty. Osatoteuttajan osuus on päivitetty hakemukseen.", sv: "Införd. Delgenomförarens del har uppdaterats i ansökan.", en: "Merged. The partner's part has been updated in the application." }
    ReturnsTitle { fi: "Saapuneet palautukset", sv: "Mottagna returer", en: "Contributions received" }
    ColReceived { fi: "Saapunut", sv: "Mottagen", en: "Received" }
    ColPartner { fi: "Osatoteuttaja", sv: "Delgenomförare", en: "Partner" }
    ReviewContribution { fi: "Käsittele", sv: "Behandla", en: "Review" }
    UndoMerge { fi: "Peru yhdistäminen", sv: "Ångra införandet", en: "Undo the merge" }
    MergeUndone { fi: "Yhdistäminen peruttu: osuus on taas sellainen kuin ennen sitä.", sv: "Införandet är ångrat: delen är som före det.", en: "Merge undone: the part is as it was before it." }
    UndoChangedSince {
        fi: "Yhdistämistä ei voi perua, koska osuutta on muutettu sen jälkeen: peruminen hävittäisi ne muutokset.",
        sv: "Införandet kan inte ångras, eftersom delen har ändrats efter det: att ångra skulle förlora de ändringarna.",
        en: "The merge cannot be undone: the part has been changed since, and undoing would lose those changes.",
    }
    PartnerPageIntro {
        fi: "Hankehallinnoija pyytää organisaationne osuutta yhteishankkeen hakemukseen. Täytä alla olevat kohdat ja palauta osuus tiedostona hankehallinnoijalle. Luonnos tallentuu tähän selaimeen, ja voit jatkaa sitä myöhemmin.",
        sv: "Projektförvaltaren ber om er organisations del i ansökan för det gemensamma projektet. Fyll i punkterna nedan och returnera delen som fil till projektförvaltaren. Utkastet sparas i den här webbläsaren och du kan fortsätta senare.",
        en: "The lead applicant asks for your organisation's part of the joint project's application. Fill in the items below and return your part as a file to the lead. The draft is saved in this browser and you can continue later.",
    }
    RequestFrom { fi: "Pyynnön tiedot", sv: "Uppgifter i begäran", en: "The request" }
    MessageFromLead { fi: "Hankehallinnoijan viesti", sv: "Meddelande från projektförvaltaren", en: "Message from the lead" }
    ProjectPeriod { fi: "Toteutusaika", sv: "Genomförandetid", en: "Project period" }
    YourOrganisation { fi: "Organisaationne", sv: "Er organisation", en: "Your organisation" }
    PartContact { fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact person" }
    PartSignatory { fi: "Nimenkirjoittaja", sv: "Namntecknare", en: "Signatory" }
    PartRole { fi: "Rooli ja sitoutuminen", sv: "Roll och åtagande", en: "Role and commitment" }
    PartCosts { fi: "Kustannukset", sv: "Kostnader", en: "Costs" }
    PartCostsIntro {
        fi: "Kirjaa organisaationne kustannukset riveittäin. Summat ja tarkistukset päivittyvät kirjoittaessasi.",
        sv: "Ange er organisations kostnader radvis. Summor och kontroller uppdateras medan du skriver.",
        en: "Enter your organisation's costs line by line. Totals and checks update as you type.",
    }
    PartFinancing { fi: "Rahoitus", sv: "Finansiering", en: "Financing" }
    PartDecision { fi: "Toimielimen päätös", sv: "Organets beslut", en: "Decision of the council or board" }
    PartReturn { fi: "Palauta osuus", sv: "Returnera delen", en: "Return your part" }
    DownloadContribution { fi: "Lataa osuus tiedostona", sv: "Ladda ner delen som fil", en: "Download your part as a file" }
    CopyContribution { fi: "Kopioi osuus tekstinä", sv: "Kopiera delen som text", en: "Copy your part as text" }
    NotThere { fi: "(ei ole)", sv: "(finns inte)", en: "(not there)" }
    EmptyValue { fi: "(tyhjä)", sv: "(tom)", en: "(empty)" }
    Applicant { fi: "Hakija", sv: "Sökande", en: "Applicant" }
    // The reviewers' panel (issue 17).
    ChoosePanelFiles { fi: "Avaa muiden arvioijien arviotiedostot", sv: "Öppna andra bedömares bedömningsfiler", en: "Open other reviewers' assessment files" }
    DropPanelHint {
        fi: "Voit valita useita tiedostoja kerralla. Saman arvioijan uudempi tiedosto korvaa aiemman.",
        sv: "Du kan välja flera filer på en gång. En nyare fil från samma bedömare ersätter den tidigare.",
        en: "You can choose several files at once. A later file from the same reviewer replaces the earlier one.",
    }
    // Issue 27: check your answers, the partner's way in.
    CheckPart { fi: "Tarkista osuus", sv: "Kontrollera delen", en: "Check your part" }
    PartNoErrors { fi: "Osuudessasi ei ole virheitä.", sv: "Din del innehåller inga fel.", en: "Your part has no errors." }
    PartnerWayInTitle { fi: "Oletteko osatoteuttaja?", sv: "Är ni delgenomförare?", en: "Are you a partner?" }
    PartnerWayInIntro {
        fi: "Jos hankehallinnoija on lähettänyt teille osatoteuttajan pyynnön (tiedosto tai teksti), avaa se: saatte sivun, jolla täytätte vain organisaationne osuuden ja palautatte sen hankehallinnoijalle.",
        sv: "Om projektförvaltaren har skickat er en begäran till delgenomförare (fil eller text), öppna den: ni får en sida där ni fyller i endast er organisations del och returnerar den till projektförvaltaren.",
        en: "If the lead has sent you a partner request (a file or text), open it: you get a page where you fill in only your organisation's part and return it to the lead.",
    }
    OpenPartnerRequest { fi: "Avaa osatoteuttajan pyyntö", sv: "Öppna begäran till delgenomförare", en: "Open a partner request" }
    // The two files of a comparison (the file inputs take a `T`; the rest of it is `Fa`'s).
    CompareEarlier { fi: "Aiempi tiedosto", sv: "Tidigare fil", en: "Earlier file" }
    CompareLater { fi: "Myöhempi tiedosto", sv: "Senare fil", en: "Later file" }
    AlreadyMergedOn {
        fi: "Sama palautus on jo yhdistetty hakemukseen",
        sv: "Samma retur har redan förts in i ansökan",
        en: "The same contribution was already merged into the application",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The static shells of the four apps (index.html, files.html, reviewer.html, initiatives.html) speak with this
    /// layer's words: Finnish in the markup, Swedish and English in its `shell-texts` block, each
    /// naming its key.
    #[test]
    fn the_shells_speak_with_these_texts() {
        shell_speaks(include_str!("../../index.html"));
        shell_speaks(include_str!("../../files.html"));
        shell_speaks(include_str!("../../reviewer.html"));
        shell_speaks(include_str!("../../initiatives.html"));
        shell_speaks(include_str!("../../grant.html"));
        shell_speaks(include_str!("../../follow-up.html"));
    }

    /// A text of `T`, of the files app's `Fa`, of the first phase's `I` or of the reviewer's `R`
    /// (their shells), by its key's name.
    fn by_name(name: &str) -> Box<dyn Fn(Lang) -> &'static str> {
        use crate::i18n::files_app::Fa;
        use crate::i18n::reviewer::R;
        if let Some(&t) = T::ALL.iter().find(|t| format!("{t:?}") == name) {
            return Box::new(move |lang| t.get(lang));
        }
        if let Some(&t) = Fa::ALL.iter().find(|t| format!("{t:?}") == name) {
            return Box::new(move |lang| t.get(lang));
        }
        if let Some(&t) = crate::i18n::initiative::I::ALL
            .iter()
            .find(|t| format!("{t:?}") == name)
        {
            return Box::new(move |lang| t.get(lang));
        }
        if let Some(&t) = crate::i18n::grant::G::ALL.iter().find(|t| format!("{t:?}") == name) {
            return Box::new(move |lang| t.get(lang));
        }
        if let Some(&t) = (crate::i18n::follow_up_pages::Fp::ALL.iter()).find(|t| format!("{t:?}") == name) {
            return Box::new(move |lang| t.get(lang));
        }
        let r = *R::ALL
            .iter()
            .find(|r| format!("{r:?}") == name)
            .unwrap_or_else(|| panic!("no text {name}"));
        Box::new(move |lang| r.get(lang))
    }

    fn shell_speaks(html: &str) {
        let mut marked = 0;
        for part in html.split("data-text=\"").skip(1) {
            let (name, rest) = part.split_once('"').unwrap();
            let shown = rest.split_once('>').unwrap().1.split_once('<').unwrap().0;
            assert_eq!(shown, by_name(name)(Lang::Fi), "{name} in Finnish");
            marked += 1;
        }
        assert_eq!(marked, 4);
        let block = html
            .split("id=\"shell-texts\">")
            .nth(1)
            .unwrap()
            .split_once("</script>")
            .unwrap()
            .0;
        let texts: serde_json::Map<String, serde_json::Value> = serde_json::from_str(block).unwrap();
        for (code, lang) in [("sv", Lang::Sv), ("en", Lang::En)] {
            let texts = texts[code].as_object().unwrap();
            assert_eq!(texts.len(), marked);
            for (name, text) in texts {
                assert_eq!(text.as_str(), Some(by_name(name)(lang)), "{name} in {code}");
            }
        }
    }

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
        use crate::i18n::files_app::Fa;
        for t in Fa::ALL {
            for lang in Lang::ALL {
                assert!(!t.get(lang).trim().is_empty(), "{t:?} is empty in {lang:?}");
            }
            assert_ne!(t.get(Lang::Fi), t.get(Lang::En), "{t:?} untranslated");
        }
    }
}
