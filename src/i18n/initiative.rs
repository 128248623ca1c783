//! The words of the first phase (before the call): the fields of an initiative and of an expression
//! of interest, the sentences of their findings, the slides' passages they cite, the files' names
//! in an import error, and the lines that mark a description carried into an application
//! ([`Wording`]). The table `I` is in the Swedish and English texts files, but the drafter's and
//! the reviewer's apps neither install nor show it (`super::INITIATIVE_TABLES`): only the first
//! phase's pages and `hakemus-check` do.

use super::format::date;
use super::texts::texts;
use crate::domain::formats::initiative::{INITIATIVE_FORMAT, INTEREST_FORMAT, JOINT_PROJECT_FORMAT};
use crate::domain::formats::reader::{ImportError, Problem};
use crate::domain::initiative::application::Wording;
use crate::domain::initiative::model::{Description, RawInitiative};
use crate::domain::initiative::rules::{Field, Finding, Message, Source};
use crate::domain::initiative::workshop::Who;
use crate::domain::rules::finding::Message as Application;
use crate::domain::vocabulary::citation::PhaseCitation;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;

texts! {
    I;
    Initiative {
        fi: "Ehdotus yhteishankkeeksi",
        sv: "Förslag till gemensamt projekt",
        en: "Initiative for a joint project",
    }
    Interest {
        fi: "Ilmoitus kiinnostuksesta osallistua",
        sv: "Anmälan om intresse att delta",
        en: "Expression of interest in taking part",
    }
    JointProject {
        fi: "Yhteishankeaihio",
        sv: "Utkast till gemensamt projekt",
        en: "Candidate joint project",
    }
    FieldCall { fi: "Haku", sv: "Ansökningsomgång", en: "Call" }
    FieldSent { fi: "Lähetyspäivä", sv: "Inlämningsdag", en: "Date sent" }
    FieldMunicipality { fi: "Kunta", sv: "Kommun", en: "Municipality" }
    FieldContactName { fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact person" }
    FieldContactEmail {
        fi: "Yhteyshenkilön sähköposti",
        sv: "Kontaktpersonens e-post",
        en: "Contact person's e-mail",
    }
    FieldContactPhone {
        fi: "Yhteyshenkilön puhelinnumero",
        sv: "Kontaktpersonens telefonnummer",
        en: "Contact person's phone number",
    }
    FieldTitle { fi: "Ehdotuksen nimi", sv: "Förslagets namn", en: "Title of the initiative" }
    FieldTargets { fi: "Avustuksen kohteet", sv: "Objekt för understödet", en: "Targets of the grant" }
    FieldOnBoard { fi: "Mukana oleva kunta", sv: "Kommun som redan är med", en: "Municipality on board" }
    FieldOnBoardTitle {
        fi: "Jo mukana olevat kunnat",
        sv: "Kommuner som redan är med",
        en: "Municipalities already on board",
    }
    DescriptionWaysOfWorking {
        fi: "Miten ehdotus parantaa kuntien toimintatapoja tai palveluprosesseja sekä niiden laatua ja vaikuttavuutta?",
        sv: "Hur förbättrar förslaget kommunernas arbetssätt eller serviceprocesser och deras kvalitet och verkningsfullhet?",
        en: "How does the initiative improve the municipalities' ways of working or service processes, and their quality and impact?",
    }
    DescriptionGoals {
        fi: "Ehdotuksen tavoitteet ja toivottu lopputulos",
        sv: "Förslagets mål och önskat slutresultat",
        en: "The initiative's goals and the outcome hoped for",
    }
    DescriptionSignificance {
        fi: "Ehdotettavan kehittämiskohteen merkitys kuntakentällä ja tulosten hyödynnettävyys",
        sv: "Utvecklingsobjektets betydelse för kommunerna och hur resultaten kan utnyttjas",
        en: "The significance of the development target for municipalities, and how usable the results are",
    }
    DescriptionCostPotential {
        fi: "Ehdotetun idean kustannuspotentiaali",
        sv: "Den föreslagna idéns kostnadspotential",
        en: "The idea's cost potential",
    }
    DescriptionRisks {
        fi: "Ehdotuksen jatkokehittelyn ja toteutuksen mahdolliset riskit",
        sv: "Möjliga risker i den fortsatta utvecklingen och genomförandet av förslaget",
        en: "Possible risks of developing the initiative further and carrying it out",
    }
    FieldCostEstimate {
        fi: "Kustannuspotentiaalin arvio euroina (vapaaehtoinen)",
        sv: "Uppskattad kostnadspotential i euro (frivillig)",
        en: "Estimated cost potential in euros (optional)",
    }
    FieldOrigin {
        fi: "Onko idea uusi vai ammennettu jo tehdystä kehittämistyöstä?",
        sv: "Är idén ny eller bygger den på utvecklingsarbete som redan gjorts?",
        en: "Is the idea new, or drawn from development work already done?",
    }
    OriginNew { fi: "Uusi idea", sv: "En ny idé", en: "A new idea" }
    OriginEarlier {
        fi: "Ammennettu jo tehdystä kehittämistyöstä",
        sv: "Bygger på utvecklingsarbete som redan gjorts",
        en: "Drawn from development work already done",
    }
    FieldEarlierWork {
        fi: "Kehittämistyö, josta idea on ammennettu",
        sv: "Det utvecklingsarbete som idén bygger på",
        en: "The development work the idea draws on",
    }
    FieldInitiatives {
        fi: "Ehdotukset, joihin kunta haluaa osallistua",
        sv: "Förslag som kommunen vill delta i",
        en: "Initiatives the municipality would join",
    }
    FieldNeed { fi: "Kunnan oma tarve", sv: "Kommunens eget behov", en: "The municipality's own need" }
    OnBoardEmpty {
        fi: "Valitse kunta tai poista rivi.",
        sv: "Välj kommun eller ta bort raden.",
        en: "Choose the municipality or remove the row.",
    }
    OnBoardTwice {
        fi: "Kunta on jo mukana ehdotuksessa.",
        sv: "Kommunen är redan med i förslaget.",
        en: "The municipality is already part of the initiative.",
    }
    ContactNameAdvised {
        fi: "Kirjoita yhteyshenkilön nimi, jotta työpajaa varten tiedetään, keneen olla yhteydessä.",
        sv: "Skriv kontaktpersonens namn så att man inför workshoppen vet vem man ska kontakta.",
        en: "Enter the contact person's name so that the workshop knows whom to contact.",
    }
    ReachAdvised {
        fi: "Anna yhteyshenkilön sähköpostiosoite tai puhelinnumero, jotta hänet tavoitetaan ennen työpajaa.",
        sv: "Ange kontaktpersonens e-postadress eller telefonnummer så att hen kan nås före workshoppen.",
        en: "Give the contact person's e-mail address or phone number so that they can be reached before the workshop.",
    }
    TitleAdvised {
        fi: "Anna ehdotukselle nimi: työpajassa ehdotukset tunnetaan nimistään.",
        sv: "Ge förslaget ett namn: vid workshoppen känns förslagen igen på sina namn.",
        en: "Give the initiative a title: at the workshop, initiatives are known by their titles.",
    }
    TargetAdvised {
        fi: "Valitse avustuksen kohde, johon ehdotus liittyy: työpajassa ehdotukset ryhmitellään kohteittain.",
        sv: "Välj det objekt för understödet som förslaget gäller: vid workshoppen grupperas förslagen efter objekt.",
        en: "Choose the target of the grant the initiative serves: at the workshop, initiatives are grouped by target.",
    }
    DescriptionRequired {
        fi: "Kuvaa tämä: ehdotuksessa on kuvattava se.",
        sv: "Beskriv detta: förslaget ska beskriva det.",
        en: "Describe this: the initiative must describe it.",
    }
    OriginAdvised {
        fi: "Kerro, onko idea uusi vai ammennettu jo tehdystä kehittämistyöstä.",
        sv: "Ange om idén är ny eller bygger på utvecklingsarbete som redan gjorts.",
        en: "Say whether the idea is new or drawn from development work already done.",
    }
    EarlierWorkAdvised {
        fi: "Nimeä kehittämistyö, josta idea on ammennettu.",
        sv: "Ange det utvecklingsarbete som idén bygger på.",
        en: "Name the development work the idea draws on.",
    }
    InterestUnnamed {
        fi: "Valitse ehdotukset tai avustuksen kohteet, joiden hankkeisiin kunta haluaa osallistua: muuten työpaja ei voi ehdottaa kunnalle ryhmää.",
        sv: "Välj de förslag eller objekt för understödet vars projekt kommunen vill delta i: annars kan workshoppen inte föreslå en grupp för kommunen.",
        en: "Choose the initiatives or targets whose projects the municipality would join: otherwise the workshop cannot suggest a group for it.",
    }
    NeedAdvised {
        fi: "Kerro lyhyesti kunnan oma tarve: se auttaa työpajaa löytämään kunnalle sopivan hankkeen.",
        sv: "Beskriv kort kommunens eget behov: det hjälper workshoppen att hitta ett lämpligt projekt för kommunen.",
        en: "Describe the municipality's own need briefly: it helps the workshop find a suitable project for it.",
    }
    SourceTwoPhase {
        fi: "VM:n esitys syksyllä 2019, ehdotukset yhteishankkeiksi: kaksivaiheinen prosessi",
        sv: "FM:s presentation hösten 2019, förslag till gemensamma projekt: en process i två steg",
        en: "VM slides, autumn 2019, initiatives for joint projects: a two-phase process",
    }
    SourceIdeas {
        fi: "VM:n esitys syksyllä 2019, ehdotukset yhteishankkeiksi: aihe-ehdotukset",
        sv: "FM:s presentation hösten 2019, förslag till gemensamma projekt: förslag till ämnen",
        en: "VM slides, autumn 2019, initiatives for joint projects: the ideas",
    }
    SourceDescriptions {
        fi: "VM:n esitys syksyllä 2019, ehdotuksissa kuvattava",
        sv: "FM:s presentation hösten 2019, vad förslagen ska beskriva",
        en: "VM slides, autumn 2019, what initiatives must describe",
    }
    SourceWorkshop {
        fi: "VM:n esitys syksyllä 2019, yhteishankkeiden aikataulu: työpaja 27.9.",
        sv: "FM:s presentation hösten 2019, tidsplan för de gemensamma projekten: workshop 27.9.",
        en: "VM slides, autumn 2019, schedule of the joint projects: workshop on 27 September",
    }
    NotAnInitiative {
        fi: "Tiedosto ei ole Hakemus-sovelluksella tehty ehdotus yhteishankkeeksi.",
        sv: "Filen är inte ett förslag till gemensamt projekt gjort med Hakemus.",
        en: "The file is not an initiative for a joint project made with Hakemus.",
    }
    NotAnInterest {
        fi: "Tiedosto ei ole Hakemus-sovelluksella tehty ilmoitus kiinnostuksesta osallistua.",
        sv: "Filen är inte en anmälan om intresse att delta gjord med Hakemus.",
        en: "The file is not an expression of interest made with Hakemus.",
    }
    NotAJointProject {
        fi: "Tiedosto ei ole Hakemus-sovelluksella tehty yhteishankeaihio.",
        sv: "Filen är inte ett utkast till gemensamt projekt gjort med Hakemus.",
        en: "The file is not a candidate joint project made with Hakemus.",
    }
    // The ministry's workshop pages (`ui::initiative::workshop`).
    WorkshopTitle { fi: "Yhteishankkeiden työpaja", sv: "Workshop för gemensamma projekt", en: "Joint projects workshop" }
    WorkshopIntro {
        fi: "Avaa kuntien ehdotukset yhteishankkeiksi ja ilmoitukset kiinnostuksesta osallistua. Yhdistä samaa asiaa koskevat ehdotukset yhteishankeaihioiksi, valitse kullekin hankehallinnoija ja lataa aihio tiedostona hankehallinnoijalle. Alkuperäiset ehdotukset säilyvät ennallaan.",
        sv: "Öppna kommunernas förslag till gemensamma projekt och anmälningar om intresse att delta. Slå samman förslag som gäller samma sak till utkast till gemensamma projekt, välj projektförvaltare för vart och ett och ladda ner utkastet som en fil till projektförvaltaren. De ursprungliga förslagen förblir oförändrade.",
        en: "Open the municipalities' initiatives for joint projects and expressions of interest. Join initiatives about the same thing into candidate joint projects, choose a lead for each and download the candidate as a file for its lead. The original initiatives stay as they were.",
    }
    WorkshopChooseFiles {
        fi: "Valitse ehdotus- ja ilmoitustiedostot",
        sv: "Välj filer med förslag och anmälningar",
        en: "Choose initiative and interest files",
    }
    WorkshopOutcomes { fi: "Juuri avatut tiedostot", sv: "Filer som just öppnats", en: "Files just opened" }
    WorkshopReadInitiative { fi: "Ehdotus luettu.", sv: "Förslaget har lästs.", en: "Initiative read." }
    WorkshopReadInterest { fi: "Ilmoitus luettu.", sv: "Anmälan har lästs.", en: "Expression of interest read." }
    WorkshopReplaced {
        fi: "Sama ehdotus tai ilmoitus oli jo avattu; tämä uudempi versio korvasi sen.",
        sv: "Samma förslag eller anmälan var redan öppnad; den här nyare versionen ersatte den.",
        en: "The same initiative or expression of interest was already open; this newer version replaced it.",
    }
    WorkshopOlderKept {
        fi: "Sama ehdotus tai ilmoitus oli jo avattu uudempana versiona; se pidettiin, ja tämä tiedosto jätettiin pois.",
        sv: "Samma förslag eller anmälan var redan öppnad i en nyare version; den behölls och den här filen lämnades bort.",
        en: "The same initiative or expression of interest was already open in a newer version; that one was kept and this file left out.",
    }
    WorkshopRefused { fi: "Tiedostoa ei voitu lukea:", sv: "Filen kunde inte läsas:", en: "The file could not be read:" }
    WorkshopFilesTitle { fi: "Avatut ehdotukset ja ilmoitukset", sv: "Öppnade förslag och anmälningar", en: "Initiatives and interests open" }
    WorkshopNoFiles {
        fi: "Yhtään ehdotusta tai ilmoitusta ei ole vielä avattu.",
        sv: "Inga förslag eller anmälningar har öppnats ännu.",
        en: "No initiatives or expressions of interest have been opened yet.",
    }
    WorkshopRemove { fi: "Poista", sv: "Ta bort", en: "Remove" }
    WorkshopFileRemoved { fi: "Tiedosto poistettiin työpajasta:", sv: "Filen togs bort från workshoppen:", en: "File removed from the workshop:" }
    WorkshopSaveFailed {
        fi: "Työpajaa ei saatu tallennettua selaimeen: muutokset katoavat, kun sivu suljetaan. Lataa aihiot tiedostoiksi ennen kuin suljet sivun.",
        sv: "Workshoppen kunde inte sparas i webbläsaren: ändringarna försvinner när sidan stängs. Ladda ner utkasten som filer innan du stänger sidan.",
        en: "The workshop could not be saved in the browser: the changes are lost when the page is closed. Download the candidates as files before you close the page.",
    }
    WorkshopSaveDamaged {
        fi: "Selaimeen tallennettua työpajaa ei voida lukea (se on ehkä tehty sovelluksen uudemmalla versiolla). Sitä ei korvattu, eikä tämän sivun muutoksia tallenneta.",
        sv: "Den workshop som sparats i webbläsaren kan inte läsas (den har kanske gjorts med en nyare version av appen). Den ersattes inte, och ändringarna på den här sidan sparas inte.",
        en: "The workshop saved in the browser cannot be read (a newer version of the app may have made it). It was not replaced, and the changes on this page are not saved.",
    }
    WorkshopTableTitle { fi: "Ehdotukset kohteittain", sv: "Förslagen per objekt", en: "Initiatives by target" }
    WorkshopNoTarget { fi: "Ei avustuksen kohdetta", sv: "Inget objekt för understödet", en: "No target of the grant" }
    WorkshopColSelect { fi: "Valitse", sv: "Välj", en: "Select" }
    WorkshopColInitiative { fi: "Ehdotus tai aihio", sv: "Förslag eller utkast", en: "Initiative or candidate" }
    WorkshopColProposers {
        fi: "Ehdottajat ja mukana olevat kunnat",
        sv: "Förslagsställare och kommuner som är med",
        en: "Proposers and municipalities on board",
    }
    WorkshopColInterested { fi: "Kiinnostuneet kunnat", sv: "Intresserade kommuner", en: "Municipalities interested" }
    WorkshopColCount { fi: "Kuntia", sv: "Kommuner", en: "Municipalities" }
    WorkshopByTarget {
        fi: "ehdokas: kiinnostunut kohteesta",
        sv: "kandidat: intresserad av objektet",
        en: "candidate: interested in the target",
    }
    WorkshopTaken {
        fi: "otettu mukaan kohteen perusteella",
        sv: "tagen med på basis av objektet",
        en: "taken in for the target",
    }
    WorkshopTakeIn { fi: "Ota mukaan", sv: "Ta med", en: "Take in" }
    WorkshopLeaveOut { fi: "Jätä pois", sv: "Lämna bort", en: "Leave out" }
    WorkshopUnplaced {
        fi: "Ilmoitukset, joita ei voi liittää mihinkään avattuun ehdotukseen",
        sv: "Anmälningar som inte kan kopplas till något öppnat förslag",
        en: "Expressions of interest that fit no initiative open",
    }
    WorkshopFilters { fi: "Rajaa taulukkoa", sv: "Avgränsa tabellen", en: "Filter the table" }
    WorkshopFilterTarget { fi: "Avustuksen kohde", sv: "Objekt för understödet", en: "Target of the grant" }
    WorkshopFilterMunicipality { fi: "Kunta", sv: "Kommun", en: "Municipality" }
    WorkshopFilterText { fi: "Hae tekstistä", sv: "Sök i texten", en: "Search the text" }
    WorkshopFilterAll { fi: "Kaikki", sv: "Alla", en: "All" }
    WorkshopJoinTitle { fi: "Yhdistä ehdotuksia", sv: "Slå samman förslag", en: "Join initiatives" }
    WorkshopJoinIntro {
        fi: "Valitse taulukosta samaa asiaa koskevat ehdotukset, valitse hankehallinnoija ja yhdistä ehdotukset yhdeksi yhteishankeaihioksi. Yhdistämisen voi perua.",
        sv: "Välj förslag som gäller samma sak i tabellen, välj projektförvaltare och slå samman förslagen till ett utkast till gemensamt projekt. Sammanslagningen kan ångras.",
        en: "Select initiatives about the same thing in the table, choose the lead and join them into one candidate joint project. A join can be undone.",
    }
    WorkshopLead { fi: "Hankehallinnoija", sv: "Projektförvaltare", en: "Lead" }
    WorkshopProjectTitle { fi: "Yhteishankkeen nimi", sv: "Det gemensamma projektets namn", en: "Title of the joint project" }
    WorkshopProjectTitleHint {
        fi: "Jos jätät nimen tyhjäksi, nimeksi tulee hankehallinnoijan ehdotuksen nimi.",
        sv: "Om du lämnar namnet tomt blir projektförvaltarens förslags namn projektets namn.",
        en: "Left empty, the title is that of the lead's initiative.",
    }
    WorkshopJoin { fi: "Yhdistä valitut ehdotukset", sv: "Slå samman de valda förslagen", en: "Join the selected initiatives" }
    WorkshopJoinTooFew {
        fi: "Valitse taulukosta vähintään kaksi ehdotusta yhdistettäväksi.",
        sv: "Välj minst två förslag i tabellen att slå samman.",
        en: "Select at least two initiatives in the table to join.",
    }
    WorkshopUndone { fi: "Yhdistäminen peruttiin.", sv: "Sammanslagningen ångrades.", en: "The join was undone." }
    WorkshopCandidatesTitle { fi: "Yhteishankeaihiot", sv: "Utkast till gemensamma projekt", en: "Candidate joint projects" }
    WorkshopJoinedFrom { fi: "Yhdistetyt ehdotukset", sv: "Sammanslagna förslag", en: "Initiatives joined" }
    WorkshopMembers { fi: "Kunnat", sv: "Kommuner", en: "Municipalities" }
    WorkshopUndo { fi: "Peru yhdistäminen", sv: "Ångra sammanslagningen", en: "Undo the join" }
    WorkshopExport { fi: "Lataa aihio hankehallinnoijalle", sv: "Ladda ner utkastet för projektförvaltaren", en: "Download the candidate for its lead" }
    WorkshopExported { fi: "Tiedosto ladattu:", sv: "Filen har laddats ner:", en: "File downloaded:" }
    WorkshopExportFailed { fi: "Tiedostoa ei voitu ladata.", sv: "Filen kunde inte laddas ner.", en: "The file could not be downloaded." }
    WorkshopToPrint { fi: "Tulostettava työpajalista", sv: "Workshoplista för utskrift", en: "Printable workshop list" }
    WorkshopPrintTitle { fi: "Työpajan lista", sv: "Workshoplista", en: "Workshop list" }
    WorkshopPrint { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    WorkshopBack { fi: "Takaisin työpajaan", sv: "Tillbaka till workshoppen", en: "Back to the workshop" }
    WorkshopNoCandidates {
        fi: "Työpajassa ei ole vielä yhtään ehdotusta.",
        sv: "Det finns ännu inga förslag i workshoppen.",
        en: "There are no initiatives in the workshop yet.",
    }
    WorkshopInterestedNamed {
        fi: "ilmoittautui ehdotukseen",
        sv: "anmälde sig till förslaget",
        en: "named the initiative",
    }
    WorkshopDescriptions { fi: "Kuvaukset rinnakkain", sv: "Beskrivningarna sida vid sida", en: "The descriptions side by side" }
    WorkshopDescription { fi: "Kuvaus", sv: "Beskrivning", en: "Description" }
    WorkshopPartProposes { fi: "ehdottaja", sv: "förslagsställare", en: "proposer" }
    WorkshopPartOnBoard { fi: "mukana", sv: "med", en: "on board" }
    WorkshopPartInterested { fi: "kiinnostunut", sv: "intresserad", en: "interested" }
    // The drafts page (the files app): a candidate project or an initiative opens as a new draft.
    OpensFirstPhase {
        fi: "Täällä voit avata myös ministeriön työpajasta lähettämän yhteishankeaihion tai kuntasi oman ehdotuksen yhteishankkeeksi: siitä tehdään uusi hakemusluonnos, jossa hankkeen nimi, kohteet, kunnat ja ehdotusten kuvaukset ovat valmiina.",
        sv: "Här kan du också öppna ett utkast till gemensamt projekt som ministeriet skickat från workshoppen eller din kommuns eget förslag till gemensamt projekt: av det görs ett nytt ansökningsutkast med projektets namn, objekten, kommunerna och förslagens beskrivningar ifyllda.",
        en: "You can also open a candidate joint project the ministry sent from the workshop, or your municipality's own initiative for a joint project, here: it becomes a new application draft with the project's name, targets, municipalities and the initiatives' descriptions filled in.",
    }
    InterestIsNotOpened {
        fi: "Ilmoitus kiinnostuksesta osallistua lähetetään ministeriölle, eikä siitä tehdä hakemusta. Hakemusluonnoksen voi tehdä yhteishankeaihiosta tai omasta ehdotuksesta.",
        sv: "En anmälan om intresse att delta skickas till ministeriet, och av den görs ingen ansökan. Ett ansökningsutkast kan göras av ett utkast till gemensamt projekt eller av ett eget förslag.",
        en: "An expression of interest is sent to the ministry; no application is made from it. An application draft can be made from a candidate joint project or from your own initiative.",
    }
    // The municipality's pages of the first phase (ui::initiative: the home page and the two forms).
    InitiativesTitle {
        fi: "Ehdotukset yhteishankkeiksi",
        sv: "Förslag till gemensamma projekt",
        en: "Initiatives for joint projects",
    }
    InitiativesIntro {
        fi: "Ennen varsinaista valtionavustushakua kootaan ehdotuksia yhteishankkeiksi. Kunta voi tehdä ehdotuksen tai ilmoittaa kiinnostuksesta osallistua.",
        sv: "Före den egentliga ansökningsomgången samlas förslag till gemensamma projekt in. En kommun kan lämna ett förslag eller anmäla intresse att delta.",
        en: "Before the grant call itself, initiatives for joint projects are collected. A municipality can propose one or say it is interested in taking part.",
    }
    OwnInitiatives { fi: "Tämän selaimen ehdotukset", sv: "Förslag i den här webbläsaren", en: "Initiatives in this browser" }
    OwnInterests {
        fi: "Tämän selaimen ilmoitukset kiinnostuksesta",
        sv: "Intresseanmälningar i den här webbläsaren",
        en: "Expressions of interest in this browser",
    }
    NoInitiatives { fi: "Ei vielä ehdotuksia.", sv: "Inga förslag ännu.", en: "No initiatives yet." }
    NoInterests { fi: "Ei vielä ilmoituksia.", sv: "Inga anmälningar ännu.", en: "No expressions of interest yet." }
    NewInitiative { fi: "Uusi ehdotus", sv: "Nytt förslag", en: "New initiative" }
    NewInterest { fi: "Uusi ilmoitus kiinnostuksesta", sv: "Ny intresseanmälan", en: "New expression of interest" }
    ColTitle { fi: "Nimi", sv: "Namn", en: "Title" }
    ColChecks { fi: "Tarkistukset", sv: "Kontroller", en: "Checks" }
    Open { fi: "Avaa", sv: "Öppna", en: "Open" }
    ChecksPass { fi: "Kunnossa", sv: "I ordning", en: "In order" }
    Untitled { fi: "(nimetön)", sv: "(namnlös)", en: "(untitled)" }
    InitiativeRemoved { fi: "Ehdotus poistettu.", sv: "Förslaget togs bort.", en: "Initiative removed." }
    InterestRemoved { fi: "Ilmoitus poistettu.", sv: "Anmälan togs bort.", en: "Expression of interest removed." }
    ReceivedTitle { fi: "Muiden kuntien ehdotukset", sv: "Andra kommuners förslag", en: "Other municipalities' initiatives" }
    ReceivedIntro {
        fi: "Avaa toisen kunnan lähettämä ehdotustiedosto, niin voit ilmoittaa kiinnostuksesta osallistua siihen. Ehdotusta ei voi muokata.",
        sv: "Öppna en förslagsfil som en annan kommun skickat, så kan du anmäla intresse att delta i förslaget. Förslaget kan inte redigeras.",
        en: "Open an initiative file another municipality sent, so that you can say you are interested in joining it. It cannot be edited.",
    }
    ChooseInitiativeFile { fi: "Valitse ehdotustiedosto", sv: "Välj förslagsfil", en: "Choose an initiative file" }
    NoReceived { fi: "Ei avattuja ehdotuksia.", sv: "Inga öppnade förslag.", en: "No initiatives opened." }
    WorkshopLink { fi: "Ministeriön työpajasivu", sv: "Ministeriets workshopsida", en: "The ministry's workshop page" }
    BackToInitiatives { fi: "Takaisin ehdotuksiin", sv: "Tillbaka till förslagen", en: "Back to the initiatives" }
    NotHere {
        fi: "Tätä ei ole tallennettu tähän selaimeen.",
        sv: "Det här har inte sparats i den här webbläsaren.",
        en: "This is not stored in this browser.",
    }
    InitiativeFormIntro {
        fi: "Ehdotuksissa on kuvattava mm. viisi alla olevaa asiaa. Ehdotus tallentuu tähän selaimeen automaattisesti; lähetä se ministeriölle tiedostona.",
        sv: "Förslagen ska beskriva bland annat de fem saker som följer. Förslaget sparas automatiskt i den här webbläsaren; skicka det till ministeriet som en fil.",
        en: "An initiative must describe, among other things, the five things below. It is saved in this browser automatically; send it to the ministry as a file.",
    }
    InterestFormIntro {
        fi: "Kerro, mihin ehdotuksiin tai avustuksen kohteisiin kunta haluaa osallistua. Ilmoitus tallentuu tähän selaimeen automaattisesti; lähetä se ministeriölle tiedostona.",
        sv: "Ange vilka förslag eller objekt för understödet kommunen vill delta i. Anmälan sparas automatiskt i den här webbläsaren; skicka den till ministeriet som en fil.",
        en: "Say which initiatives or targets of the grant the municipality would join. It is saved in this browser automatically; send it to the ministry as a file.",
    }
    ProposerTitle { fi: "Ehdottava kunta", sv: "Kommunen som föreslår", en: "The proposing municipality" }
    DescriptionsTitle { fi: "Ehdotuksen kuvaus", sv: "Beskrivning av förslaget", en: "Description of the initiative" }
    MunicipalityHint {
        fi: "Kirjoita kunnan nimi ja valitse se luettelosta, tai kirjoita kuntanumero.",
        sv: "Skriv kommunens namn och välj den i listan, eller skriv kommunnumret.",
        en: "Type the municipality's name and pick it from the list, or type its code.",
    }
    OnBoardHint {
        fi: "Kunnat, jotka ovat jo lähteneet mukaan ehdotukseen ehdottavan kunnan lisäksi.",
        sv: "Kommuner som redan gått med i förslaget utöver kommunen som föreslår.",
        en: "Municipalities that have already joined the initiative besides the proposing one.",
    }
    AddOnBoard { fi: "Lisää mukana oleva kunta", sv: "Lägg till en kommun som är med", en: "Add a municipality on board" }
    OnBoardRemoved { fi: "Kunta poistettu.", sv: "Kommunen togs bort.", en: "Municipality removed." }
    OriginHint {
        fi: "Ideat voivat olla innovatiivisia ja uusia, tai niitä voi ammentaa jo tehdystä kehittämistyöstä.",
        sv: "Idéerna kan vara innovativa och nya, eller bygga på utvecklingsarbete som redan gjorts.",
        en: "Ideas can be innovative and new, or drawn from development work already done.",
    }
    CostEstimateHint {
        fi: "Euroina, esimerkiksi 120 000. Voit jättää tyhjäksi.",
        sv: "I euro, till exempel 120 000. Du kan lämna fältet tomt.",
        en: "In euros, for example 120000 or 120 000. You can leave it empty.",
    }
    TargetsHint {
        fi: "Haun kohteet, joita ehdotus palvelee.",
        sv: "De objekt i ansökningsomgången som förslaget gäller.",
        en: "The call's targets the initiative serves.",
    }
    InterestTargetsHint {
        fi: "Kunta voi ilmoittaa kiinnostuksesta kaikkiin tietyn kohteen hankkeisiin.",
        sv: "Kommunen kan anmäla intresse för alla projekt inom ett visst objekt.",
        en: "The municipality can say it is interested in every project of a target.",
    }
    NoInitiativesToJoin {
        fi: "Tässä selaimessa ei ole ehdotuksia. Avaa toisen kunnan ehdotustiedosto ehdotusten etusivulla.",
        sv: "Det finns inga förslag i den här webbläsaren. Öppna en annan kommuns förslagsfil på förslagens startsida.",
        en: "There are no initiatives in this browser. Open another municipality's initiative file on the initiatives' home page.",
    }
    NeedHint {
        fi: "Lyhyesti: mitä kunta tarvitsee ja miksi se haluaa mukaan.",
        sv: "Kort: vad kommunen behöver och varför den vill delta.",
        en: "Briefly: what the municipality needs and why it wants to take part.",
    }
    CheckInitiative { fi: "Tarkista ehdotus", sv: "Kontrollera förslaget", en: "Check the initiative" }
    CheckInterest { fi: "Tarkista ilmoitus", sv: "Kontrollera anmälan", en: "Check the expression of interest" }
    NoProblems { fi: "Ei huomautettavaa.", sv: "Inget att anmärka.", en: "Nothing to point out." }
    ExportInitiative { fi: "Lataa ehdotus tiedostona", sv: "Ladda ner förslaget som fil", en: "Download the initiative as a file" }
    ExportInterest { fi: "Lataa ilmoitus tiedostona", sv: "Ladda ner anmälan som fil", en: "Download the expression of interest as a file" }
    SaveFailed {
        fi: "Muutoksia ei voitu tallentaa tähän selaimeen. Mitään kirjoitettua ei ole menetetty, mutta se säilyy vain tällä sivulla: lataa tiedosto ennen kuin suljet sivun.",
        sv: "Ändringarna kunde inte sparas i den här webbläsaren. Inget du skrivit har gått förlorat, men det finns bara kvar på den här sidan: ladda ner filen innan du stänger sidan.",
        en: "The changes could not be saved in this browser. Nothing typed is lost, but it is kept on this page only: download the file before you close the page.",
    }
    ReceivedAlready {
        fi: "Ehdotus on jo avattu; se korvattiin tiedoston versiolla.",
        sv: "Förslaget var redan öppnat; det ersattes med filens version.",
        en: "The initiative was already open; it was replaced by the file's version.",
    }
    ReceivedOlderLeft {
        fi: "Ehdotuksesta oli jo avattu uudempi versio; se pidettiin, ja tämä vanhempi tiedosto jätettiin pois.",
        sv: "En nyare version av förslaget var redan öppnad; den behölls och den här äldre filen lämnades bort.",
        en: "A newer version of the initiative was already open; it was kept and this older file left out.",
    }
    ClashCopied {
        fi: "Tätä luonnosta muutettiin samaan aikaan toisella välilehdellä. Mitään ei korvattu: tällä välilehdellä kirjoittamasi tallennettiin kopioksi, jota muokkaat nyt, ja toisen välilehden versio säilyi ennallaan.",
        sv: "Det här utkastet ändrades samtidigt i en annan flik. Ingenting skrevs över: det du skrev i den här fliken sparades som en kopia, som du nu redigerar, och den andra flikens version finns kvar som den var.",
        en: "This draft was changed in another tab at the same time. Nothing was overwritten: what you wrote in this tab was saved as a copy, which you are now editing, and the other tab's version stayed as it was.",
    }
    ClashOpenOriginal { fi: "Avaa toisen välilehden versio", sv: "Öppna den andra flikens version", en: "Open the other tab's version" }
    ClashRemoved {
        fi: "Tämä luonnos poistettiin toisella välilehdellä. Tämän sivun muutoksia ei tallenneta, ellet pidä luonnosta uutena.",
        sv: "Det här utkastet togs bort i en annan flik. Ändringarna på den här sidan sparas inte om du inte behåller utkastet som nytt.",
        en: "This draft was removed in another tab. The changes on this page are not saved unless you keep the draft as new.",
    }
    ClashKeepAgain { fi: "Pidä luonnos uutena", sv: "Behåll utkastet som nytt", en: "Keep the draft as new" }
    ClashFollowed {
        fi: "Toisella välilehdellä tehdyt muutokset päivitettiin tälle sivulle.",
        sv: "Ändringarna som gjordes i en annan flik har uppdaterats på den här sidan.",
        en: "The changes made in another tab were brought onto this page.",
    }
    ReceivedOwn {
        fi: "Tiedosto on tämän selaimen oma ehdotus: sitä ei avattu toista kertaa.",
        sv: "Filen är ett eget förslag i den här webbläsaren: den öppnades inte en gång till.",
        en: "The file is this browser's own initiative: it was not opened a second time.",
    }
}

/// The workshop's count of municipalities: in the group, and with the candidates for its targets.
pub fn workshop_count(lang: Lang, in_group: usize, with_candidates: usize) -> String {
    let n = super::integer(lang, in_group as u64);
    if with_candidates == in_group {
        return n;
    }
    let all = super::integer(lang, with_candidates as u64);
    match lang {
        Lang::Fi => format!("{n} (ehdokkaiden kanssa {all})"),
        Lang::Sv => format!("{n} (med kandidaterna {all})"),
        Lang::En => format!("{n} ({all} with the candidates)"),
    }
}

/// What a join did: "Ehdotukset yhdistettiin; hankehallinnoija on Kiuruvesi."
pub fn workshop_joined(lang: Lang, lead: &str) -> String {
    match lang {
        Lang::Fi => format!("Ehdotukset yhdistettiin; hankehallinnoija on {lead}."),
        Lang::Sv => format!("Förslagen slogs samman; projektförvaltare är {lead}."),
        Lang::En => format!("The initiatives were joined; the lead is {lead}."),
    }
}

/// How many rows of the workshop's table the filters show.
pub fn workshop_shown(lang: Lang, shown: usize, all: usize) -> String {
    let (n, all) = (super::integer(lang, shown as u64), super::integer(lang, all as u64));
    match lang {
        Lang::Fi => format!("Näytetään {n} / {all} riviä."),
        Lang::Sv => format!("Visar {n} av {all} rader."),
        Lang::En => format!("Showing {n} of {all} rows."),
    }
}

/// The printed workshop list's title, with the workshop's day where the call has one.
pub fn workshop_list_title(lang: Lang, day: Option<time::Date>) -> String {
    match day {
        Some(d) => format!("{} {}", I::WorkshopPrintTitle.get(lang), date(lang, d)),
        None => I::WorkshopPrintTitle.get(lang).into(),
    }
}

/// A description's label, in the slides' words.
pub fn description(lang: Lang, d: Description) -> &'static str {
    match d {
        Description::WaysOfWorking => I::DescriptionWaysOfWorking,
        Description::Goals => I::DescriptionGoals,
        Description::Significance => I::DescriptionSignificance,
        Description::CostPotential => I::DescriptionCostPotential,
        Description::Risks => I::DescriptionRisks,
    }
    .get(lang)
}

/// Where a finding is, for the error summary and `hakemus-check`'s reader: the field's label; a row
/// on board with its number (1 the first).
pub fn place(lang: Lang, field: Field, on_board_number: Option<usize>) -> String {
    let key = match field {
        Field::Call => I::FieldCall,
        Field::Sent => I::FieldSent,
        Field::Municipality => I::FieldMunicipality,
        Field::ContactName => I::FieldContactName,
        Field::ContactEmail => I::FieldContactEmail,
        Field::ContactPhone => I::FieldContactPhone,
        Field::Title => I::FieldTitle,
        Field::Targets => I::FieldTargets,
        Field::OnBoard(_) => {
            return match on_board_number {
                Some(n) => format!("{} {n}", I::FieldOnBoard.get(lang)),
                None => I::FieldOnBoardTitle.get(lang).into(),
            }
        }
        Field::Description(d) => return description(lang, d).into(),
        Field::CostEstimate => I::FieldCostEstimate,
        Field::Origin => I::FieldOrigin,
        Field::EarlierWork => I::FieldEarlierWork,
        Field::Initiatives => I::FieldInitiatives,
        Field::Need => I::FieldNeed,
    };
    key.get(lang).into()
}

/// The passage's short label: "VM slides, autumn 2019, what initiatives must describe".
pub fn source(lang: Lang, s: Source) -> &'static str {
    match s {
        Source::Call(c) => super::citation(lang, c),
        Source::Phase(p) => match p {
            PhaseCitation::TwoPhase => I::SourceTwoPhase,
            PhaseCitation::Ideas => I::SourceIdeas,
            PhaseCitation::Descriptions => I::SourceDescriptions,
            PhaseCitation::Workshop => I::SourceWorkshop,
        }
        .get(lang),
    }
}

/// A finding's sentence. What the application's findings already say (a municipality not in the
/// register, an address that is not one, a target of another call, …) is said in their words.
pub fn message(lang: Lang, f: &Finding) -> String {
    use Message::*;
    let same = |m: Application| super::message(lang, &m);
    let text = match &f.message {
        UnknownCall { id } => return same(Application::UnknownCall { id: id.clone() }),
        AfterDeadline { deadline } => {
            let day = date(lang, *deadline);
            return match lang {
                Lang::Fi => format!("Ehdotusten ja ilmoitusten kiinnostuksesta osallistua jättöaika päättyi {day}."),
                Lang::Sv => {
                    format!("Tiden för att lämna in förslag och anmälningar om intresse att delta gick ut {day}.")
                }
                Lang::En => format!("The time to send initiatives and expressions of interest ended on {day}."),
            };
        }
        MunicipalityRequired => return same(Application::MunicipalityRequired),
        MunicipalityUnknown { typed } => return same(Application::MunicipalityUnknown { typed: typed.clone() }),
        EmailInvalid { typed } => return same(Application::EmailInvalid { typed: typed.clone() }),
        PhoneInvalid { typed } => return same(Application::PhoneInvalid { typed: typed.clone() }),
        TargetNotOffered { target } => return same(Application::TargetNotOffered { target: *target }),
        EstimateInvalid { typed, reason } => {
            return same(Application::FinancingInvalid {
                typed: typed.clone(),
                reason: reason.clone(),
            })
        }
        OnBoardEmpty => I::OnBoardEmpty,
        OnBoardTwice => I::OnBoardTwice,
        ContactNameAdvised => I::ContactNameAdvised,
        ReachAdvised => I::ReachAdvised,
        TitleAdvised => I::TitleAdvised,
        TargetAdvised => I::TargetAdvised,
        DescriptionRequired => I::DescriptionRequired,
        OriginAdvised => I::OriginAdvised,
        EarlierWorkAdvised => I::EarlierWorkAdvised,
        InterestUnnamed => I::InterestUnnamed,
        NeedAdvised => I::NeedAdvised,
    };
    text.get(lang).into()
}

/// The phase's dates on the home page, in seed 000's words: "Ehdotus tai ilmoitus kiinnostuksesta
/// osallistua viimeistään 5.9.2019. Yhteinen työpaja 27.9.2019. Varsinainen valtionavustushaku myöhemmin."
pub fn phase_dates(lang: Lang, deadline: time::Date, workshop: time::Date) -> String {
    let (d, w) = (date(lang, deadline), date(lang, workshop));
    match lang {
        Lang::Fi => format!(
            "Ehdotus tai ilmoitus kiinnostuksesta osallistua viimeistään {d}. Yhteinen työpaja {w}. Varsinainen valtionavustushaku myöhemmin."
        ),
        Lang::Sv => format!(
            "Förslag eller intresseanmälan senast {d}. Gemensam workshop {w}. Den egentliga ansökningsomgången senare."
        ),
        Lang::En => format!(
            "An initiative or an expression of interest by {d}. A joint workshop on {w}. The grant call itself later."
        ),
    }
}

/// How many errors and warnings a draft of the phase has, for the home page's lists.
pub fn check_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    if errors == 0 && warnings == 0 {
        return I::ChecksPass.get(lang).into();
    }
    super::check_counts(lang, errors, warnings)
}

/// A received initiative file that was not opened: its name and why, with the place.
pub fn file_refused(lang: Lang, name: &str, e: &ImportError) -> String {
    let why = import_error(lang, e);
    match lang {
        Lang::Fi => format!("Tiedostoa {name} ei avattu: {why}"),
        Lang::Sv => format!("Filen {name} öppnades inte: {why}"),
        Lang::En => format!("The file {name} was not opened: {why}"),
    }
}

/// A received initiative opened: "Avattu: ”Yhteiset lomakkeet” (Kiuruvesi)."
pub fn file_opened(lang: Lang, i: &RawInitiative) -> String {
    let who = Who::of(&i.municipality);
    let who = who.name(lang);
    let title = i.title.trim();
    match lang {
        Lang::Fi => format!("Avattu: ”{title}” ({who})."),
        Lang::Sv => format!("Öppnat: ”{title}” ({who})."),
        Lang::En => format!("Opened: “{title}” ({who})."),
    }
}

/// Why a file was refused, with its place; a file that is not the first phase's one expected is
/// named as such.
pub fn import_error(lang: Lang, e: &ImportError) -> String {
    let not = match e.problem {
        Problem::NotAnExport { expected } if expected == INITIATIVE_FORMAT => I::NotAnInitiative,
        Problem::NotAnExport { expected } if expected == INTEREST_FORMAT => I::NotAnInterest,
        Problem::NotAnExport { expected } if expected == JOINT_PROJECT_FORMAT => I::NotAJointProject,
        _ => return super::import_error(lang, e),
    };
    not.get(lang).into()
}

/// What was made of a first phase's file on the drafts page, said there and again by the drafter
/// when it opens the draft: "Hakemusluonnos tehtiin yhteishankeaihiosta ”Lomakkeet yhdessä”;
/// hakijoina on 3 kuntaa." `initiative`: the file was one initiative, not a candidate project.
pub fn made_from(lang: Lang, initiative: bool, title: &str, municipalities: usize) -> String {
    let n = super::format::integer(lang, municipalities as u64);
    let one = municipalities == 1;
    let what = match (lang, initiative) {
        (Lang::Fi, false) => format!("Hakemusluonnos tehtiin yhteishankeaihiosta ”{title}”; "),
        (Lang::Fi, true) => format!("Hakemusluonnos tehtiin ehdotuksesta ”{title}”; "),
        (Lang::Sv, false) => format!("Ett ansökningsutkast gjordes av utkastet till gemensamt projekt ”{title}”; "),
        (Lang::Sv, true) => format!("Ett ansökningsutkast gjordes av förslaget ”{title}”; "),
        (Lang::En, false) => format!("An application draft was made from the candidate joint project “{title}”; "),
        (Lang::En, true) => format!("An application draft was made from the initiative “{title}”; "),
    };
    let who = match (lang, one) {
        (Lang::Fi, true) => "hakijana on 1 kunta.".to_string(),
        (Lang::Fi, false) => format!("hakijoina on {n} kuntaa."),
        (Lang::Sv, true) => "1 kommun är sökande.".to_string(),
        (Lang::Sv, false) => format!("{n} kommuner är sökande."),
        (Lang::En, true) => "1 municipality is the applicant.".to_string(),
        (Lang::En, false) => format!("{n} municipalities are the applicants."),
    };
    what + &who
}

/// The lines that mark a description carried into an application, in a language.
impl Wording for Lang {
    /// `Ehdotuksesta ”Yhteiset lomakkeet” (Kiuruvesi):`; without a title, the proposer alone.
    fn carried_from(&self, i: &RawInitiative) -> String {
        let lang = *self;
        let who = Who::of(&i.municipality);
        let who = who.name(lang);
        let title = i.title.trim();
        match (lang, title.is_empty()) {
            (Lang::Fi, false) => format!("Ehdotuksesta ”{title}” ({who}):"),
            (Lang::Fi, true) => format!("Ehdotuksesta ({who}):"),
            (Lang::Sv, false) => format!("Ur förslaget ”{title}” ({who}):"),
            (Lang::Sv, true) => format!("Ur förslaget ({who}):"),
            (Lang::En, false) => format!("From the initiative “{title}” ({who}):"),
            (Lang::En, true) => format!("From the initiative ({who}):"),
        }
    }

    fn cost_estimate(&self, typed: &str, amount: Option<Money>) -> String {
        let lang = *self;
        let amount = amount.map_or_else(|| typed.to_string(), |m| m.format(lang));
        match lang {
            Lang::Fi => format!("Arvio kustannuspotentiaalista: {amount}"),
            Lang::Sv => format!("Uppskattad kostnadspotential: {amount}"),
            Lang::En => format!("Estimated cost potential: {amount}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::initiative::rules::check_initiative_content;

    #[test]
    fn every_finding_has_words_in_every_language() {
        let i = RawInitiative::new("a");
        let findings = check_initiative_content(&i);
        assert!(findings.len() >= 10);
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for f in &findings {
                assert!(!message(lang, f).is_empty());
                assert!(!place(lang, f.field, Some(1)).is_empty());
            }
        }
        let described = findings
            .iter()
            .find(|f| f.field == Field::Description(Description::Goals))
            .unwrap();
        assert_eq!(
            message(Lang::Fi, described),
            "Kuvaa tämä: ehdotuksessa on kuvattava se."
        );
        assert_eq!(
            place(Lang::Fi, described.field, None),
            "Ehdotuksen tavoitteet ja toivottu lopputulos"
        );
        assert_eq!(
            source(Lang::En, described.source.unwrap()),
            "VM slides, autumn 2019, what initiatives must describe"
        );
    }

    #[test]
    fn the_deadline_is_named_as_each_language_writes_dates() {
        let f = Finding {
            rule: crate::domain::initiative::rules::Rule::OnTime,
            severity: crate::domain::rules::finding::Severity::Warning,
            field: Field::Sent,
            message: Message::AfterDeadline {
                deadline: time::macros::date!(2019 - 09 - 05),
            },
            source: None,
        };
        assert_eq!(
            message(Lang::Fi, &f),
            "Ehdotusten ja ilmoitusten kiinnostuksesta osallistua jättöaika päättyi 5.9.2019."
        );
        assert_eq!(
            message(Lang::En, &f),
            "The time to send initiatives and expressions of interest ended on 5 September 2019."
        );
    }

    #[test]
    fn what_was_made_names_the_file_and_counts_the_municipalities() {
        assert_eq!(
            made_from(Lang::Fi, false, "Lomakkeet yhdessä", 3),
            "Hakemusluonnos tehtiin yhteishankeaihiosta ”Lomakkeet yhdessä”; hakijoina on 3 kuntaa."
        );
        assert_eq!(
            made_from(Lang::Fi, true, "Sähköiset lomakkeet", 1),
            "Hakemusluonnos tehtiin ehdotuksesta ”Sähköiset lomakkeet”; hakijana on 1 kunta."
        );
        assert_eq!(
            made_from(Lang::Sv, false, "Lomakkeet yhdessä", 3),
            "Ett ansökningsutkast gjordes av utkastet till gemensamt projekt ”Lomakkeet yhdessä”; 3 kommuner är sökande."
        );
        assert_eq!(
            made_from(Lang::En, true, "Forms", 2),
            "An application draft was made from the initiative “Forms”; 2 municipalities are the applicants."
        );
    }

    #[test]
    fn a_carried_text_is_marked_with_its_initiative_in_the_language() {
        let mut i = RawInitiative::new("a");
        i.municipality = "Pargas".into();
        i.title = "Yhteiset lomakkeet".into();
        assert_eq!(
            Lang::Fi.carried_from(&i),
            "Ehdotuksesta ”Yhteiset lomakkeet” (Parainen):"
        );
        assert_eq!(Lang::Sv.carried_from(&i), "Ur förslaget ”Yhteiset lomakkeet” (Pargas):");
        i.title.clear();
        assert_eq!(Lang::En.carried_from(&i), "From the initiative (Parainen):");
        let m = Money::parse("120000").ok();
        assert_eq!(
            Lang::Fi.cost_estimate("120000", m),
            "Arvio kustannuspotentiaalista: 120\u{a0}000,00\u{a0}€"
        );
        assert_eq!(Lang::En.cost_estimate("12,5O", None), "Estimated cost potential: 12,5O");
    }
}
