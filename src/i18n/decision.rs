//! The funding decision's words: the proposal page's fixed texts ([`D`]), a status, a rounding
//! step, the findings, and the printed decision's sentences. The decision is written as the 2019
//! decision (seed 004) writes it: "Kiuruveden kaupungille ja muille hakemuksessa mainituille
//! kunnille enintään 181 500 euroa, … -hankkeeseen". A municipality is inflected only where its
//! official name is attested (`vocabulary::official`); otherwise the sentence is a plain list that
//! needs no inflection (docs/rules.md §9.7).

use super::format::{counted, date, integer};
use super::reviewer_app::Ra;
use super::texts::texts;
use crate::domain::formats::decision::{Applied, Proposal, Status, Step};
use crate::domain::reviewer::decision::{recipient, Printed, Problem, Recipient};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::decision_text::{self as fixed, DecisionText, Text};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::official::Kind;

texts! {
    D;
    Title { fi: "Rahoitusesitys", sv: "Finansieringsförslag", en: "Funding proposal" }
    Intro {
        fi: "Esitä jokaiselle auki olevalle hakemukselle avustuksen myöntämistä, jatkoselvitystä tai hylkäämistä. Hakemukset ovat arvioijien keskiarvopisteiden mukaisessa järjestyksessä. Summat ja tarkistukset päivittyvät kirjoittaessasi.",
        sv: "Föreslå för varje öppen ansökan att understöd beviljas, att ärendet utreds vidare eller att understöd inte beviljas. Ansökningarna står i ordning efter bedömarnas medelpoäng. Summorna och kontrollerna uppdateras medan du skriver.",
        en: "For each open application, propose a grant, further clarification or a refusal. The applications are in order of the reviewers' mean score. Totals and checks update as you type.",
    }
    NothingOpen {
        fi: "Avaa ensin hakemukset arvioijan näkymässä.",
        sv: "Öppna först ansökningarna i bedömarens vy.",
        en: "First open the applications in the reviewer view.",
    }
    Appropriation { fi: "Käytettävissä oleva määräraha (€)", sv: "Tillgängligt anslag (€)", en: "Appropriation available (€)" }
    AppropriationHint {
        fi: "Haun tiedoista; voit muuttaa sitä.",
        sv: "Från ansökningsomgångens uppgifter; du kan ändra det.",
        en: "From the call; you can change it.",
    }
    Settings { fi: "Haku, määräraha ja pyöristys", sv: "Ansökningsomgång, anslag och avrundning", en: "Call, appropriation and rounding" }
    CallLabel { fi: "Haku, josta päätetään", sv: "Ansökningsomgång som beslutet gäller", en: "The call decided" }
    CallHint {
        fi: "Esitys koskee yhtä hakua: haut arvioidaan eri kriteerein ja niistä päätetään erikseen. Toisen haun hakemukset luetellaan erikseen.",
        sv: "Förslaget gäller en ansökningsomgång: omgångarna bedöms enligt olika kriterier och beslutas var för sig. Ansökningar i en annan omgång räknas upp separat.",
        en: "A proposal is for one call: the calls are assessed on different criteria and decided apart. Applications of another call are listed apart.",
    }
    GrantedBefore { fi: "Määrärahasta jo myönnetty (€)", sv: "Redan beviljat av anslaget (€)", en: "Already granted from the appropriation (€)" }
    GrantedBeforeHint {
        fi: "Ohjelman määräraha on molempien hakujen yhteinen. Kirjoita, mitä siitä on jo myönnetty muilla päätöksillä; tyhjä on nolla.",
        sv: "Programmets anslag är gemensamt för båda ansökningsomgångarna. Skriv vad som redan beviljats av det genom andra beslut; tomt är noll.",
        en: "The programme's appropriation is shared by both calls. Enter what other decisions have already granted from it; empty is zero.",
    }
    TotalGrantedBefore { fi: "Jo myönnetty muilla päätöksillä", sv: "Redan beviljat genom andra beslut", en: "Already granted by other decisions" }
    TotalArrived { fi: "Hakemuksia saapui", sv: "Inkomna ansökningar", en: "Applications received" }
    TotalWithdrawn { fi: "Peruttu", sv: "Återtagna", en: "Withdrawn" }
    OtherCall { fi: "Toisen haun hakemukset", sv: "Ansökningar i en annan ansökningsomgång", en: "Applications of another call" }
    OtherCallIntro {
        fi: "Näistä ei päätetä tässä esityksessä, koska ne on jätetty toiseen hakuun. Ne eivät ole pisteiden järjestyksessä eivätkä summissa.",
        sv: "De avgörs inte i detta förslag eftersom de lämnats in i en annan ansökningsomgång. De ingår inte i poängordningen eller summorna.",
        en: "These are not decided in this proposal, because they were made in another call. They are not in the ranking or the totals.",
    }
    OtherCallKept {
        fi: "Esityksessä aiemmin ollut, säilytetty:",
        sv: "Fanns tidigare i förslaget, sparas:",
        en: "Earlier in this proposal, kept:",
    }
    ApplicationErrorsTitle { fi: "Hakemuksen omat virheet", sv: "Ansökans egna fel", en: "The application's own errors" }
    DeferReason {
        fi: "Päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen.",
        sv: "Beslutet fattas separat senare efter ytterligare utredning.",
        en: "The decision will be made separately later, after further clarification.",
    }
    DeferHint {
        fi: "Jatkoselvityksen perusteluksi tulee päätöksen oma sanamuoto; voit muuttaa sitä.",
        sv: "Som motivering för ytterligare utredning används beslutets egen formulering; du kan ändra den.",
        en: "A deferral takes the decision's own wording as its reason; you can change it.",
    }
    PrintAppendixNote {
        fi: "Luettelo avustusta hakeneista kunnista, hankkeista sekä haetuista summista on päätöksen liitteenä 1.",
        sv: "En förteckning över de kommuner som ansökt om understöd, projekten och de sökta beloppen finns i bilaga 1 till beslutet.",
        en: "A list of the municipalities that applied, their projects and the amounts requested is Appendix 1 to the decision.",
    }
    StepLabel { fi: "Myönnettävä summa pyöristetään alaspäin", sv: "Beviljat belopp avrundas nedåt", en: "Granted amounts are rounded down" }
    StepHint {
        fi: "Kun esität myöntämistä, summaksi tulee haettu summa pyöristettynä alaspäin. Vuoden 2019 päätös pyöristi satoihin euroihin.",
        sv: "När du föreslår att understöd beviljas blir beloppet det sökta beloppet avrundat nedåt. Beslutet 2019 avrundade till hundratal euro.",
        en: "When you propose a grant, the amount becomes the amount requested rounded down. The 2019 decision rounded to hundreds of euros.",
    }
    Groups { fi: "Ryhmät ja niiden ehdot", sv: "Grupper och deras villkor", en: "Groups and their conditions" }
    GroupsHint {
        fi: "Päätös luettelee myönnettävät avustukset ryhmittäin, kunkin ryhmän ehdot ensin.",
        sv: "Beslutet räknar upp understöden gruppvis, med varje grupps villkor först.",
        en: "The decision lists the grants by group, each group's conditions first.",
    }
    GroupName { fi: "Ryhmän nimi", sv: "Gruppens namn", en: "Group name" }
    GroupConditions { fi: "Ryhmän ehdot", sv: "Gruppens villkor", en: "The group's conditions" }
    AddGroup { fi: "Lisää ryhmä", sv: "Lägg till en grupp", en: "Add a group" }
    RemoveGroup { fi: "Poista ryhmä", sv: "Ta bort gruppen", en: "Remove the group" }
    NoGroup { fi: "Ei ryhmää", sv: "Ingen grupp", en: "No group" }
    Applications { fi: "Hakemukset", sv: "Ansökningar", en: "Applications" }
    Rank { fi: "Sija", sv: "Plats", en: "Rank" }
    Mean { fi: "Pisteiden keskiarvo", sv: "Medelpoäng", en: "Mean score" }
    NoMean { fi: "ei pisteitä", sv: "inga poäng", en: "no scores" }
    Lead { fi: "Hakija / hankehallinnoija", sv: "Sökande / projektförvaltare", en: "Applicant / lead" }
    Project { fi: "Hanke", sv: "Projekt", en: "Project" }
    Requested { fi: "Haettu", sv: "Sökt", en: "Requested" }
    Proposed { fi: "Esitys", sv: "Förslag", en: "Proposal" }
    Amount { fi: "Enintään (€)", sv: "Högst (€)", en: "At most (€)" }
    Group { fi: "Ryhmä", sv: "Grupp", en: "Group" }
    Reason { fi: "Perustelu", sv: "Motivering", en: "Reason" }
    Condition { fi: "Avustuksen oma ehto", sv: "Understödets eget villkor", en: "A condition of this grant" }
    NotOpen {
        fi: "Hakemus ei ole nyt auki (esitys säilyy).",
        sv: "Ansökan är inte öppen nu (förslaget sparas).",
        en: "The application is not open now (the proposal keeps it).",
    }
    Totals { fi: "Yhteensä", sv: "Totalt", en: "Totals" }
    TotalGranted { fi: "Myönnetään yhteensä", sv: "Beviljas totalt", en: "Granted in total" }
    TotalRequested { fi: "Haettu yhteensä", sv: "Sökt totalt", en: "Requested in total" }
    TotalRequestedGranted { fi: "Myönnettäviksi esitetyt hakivat", sv: "De som föreslås få understöd sökte", en: "Requested by those granted" }
    TotalLeft { fi: "Määrärahaa jäljellä", sv: "Kvar av anslaget", en: "Appropriation left" }
    ExportProposal { fi: "Tallenna rahoitusesitys tiedostoksi", sv: "Spara finansieringsförslaget som fil", en: "Save the proposal as a file" }
    ImportProposal { fi: "Avaa rahoitusesitys tiedostosta", sv: "Öppna ett finansieringsförslag från en fil", en: "Open a proposal from a file" }
    ImportReplaces {
        fi: "Avattu esitys korvaa tämän selaimen esityksen. Tallenna nykyinen ensin tiedostoksi, jos tarvitset sitä.",
        sv: "Det öppnade förslaget ersätter förslaget i den här webbläsaren. Spara det nuvarande som fil först om du behöver det.",
        en: "An opened proposal replaces this browser's. Save the current one as a file first if you need it.",
    }
    ProposalOpened { fi: "Rahoitusesitys avattu.", sv: "Finansieringsförslaget har öppnats.", en: "The proposal was opened." }
    DownloadList { fi: "Lataa päätöslista (CSV)", sv: "Ladda ner beslutslistan (CSV)", en: "Download the decision list (CSV)" }
    DownloadExtract { fi: "Lataa päätösote hakijalle", sv: "Ladda ner beslutsutdraget för sökanden", en: "Download the decision for the applicant" }
    PrintView { fi: "Tulostettava päätös", sv: "Beslut för utskrift", en: "Printable decision" }
    Print { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    BackToProposal { fi: "Takaisin rahoitusesitykseen", sv: "Tillbaka till finansieringsförslaget", en: "Back to the proposal" }
    ToProposal { fi: "Rahoitusesitys", sv: "Finansieringsförslag", en: "Funding proposal" }
    PrintTitle { fi: "Päätös valtionavustuksesta", sv: "Beslut om statsunderstöd", en: "Decision on state grants" }
    PrintGranting {
        fi: "Valtiovarainministeriö päättää hakemusten perusteella myöntää avustusta seuraavasti.",
        sv: "Finansministeriet beslutar på basis av ansökningarna att bevilja understöd enligt följande.",
        en: "On the basis of the applications, the Ministry of Finance decides to grant as follows.",
    }
    PrintDeferred { fi: "Jatkoselvitystä edellyttävät hankkeet", sv: "Projekt som kräver ytterligare utredning", en: "Projects requiring further clarification" }
    PrintDeferredIntro {
        fi: "Seuraavien hankkeiden osalta päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen.",
        sv: "För följande projekt fattas besluten separat senare efter ytterligare utredning.",
        en: "For the following projects, decisions will be made separately later, after further clarification.",
    }
    PrintApplicationsHeading { fi: "Hakemukset", sv: "Ansökningar", en: "Applications" }
    PrintRefused {
        fi: "Muille avustusta hakeneille kunnille ei myönnetä avustusta.",
        sv: "Åt de övriga kommuner som ansökt om understöd beviljas inget understöd.",
        en: "No grant is awarded to the other municipalities that applied.",
    }
    PrintAppendix { fi: "Liite 1. Avustusta hakeneet kunnat, hankkeet ja haetut summat", sv: "Bilaga 1. Kommuner som ansökt om understöd, projekten och de sökta beloppen", en: "Appendix 1. The applicants, their projects and the amounts requested" }
    PrintAppendixLead { fi: "Hakijakunta / hankehallinnoija", sv: "Sökande kommun / projektförvaltare", en: "Applicant / lead" }
    PrintAppendixProject { fi: "Hankkeen nimi", sv: "Projektets namn", en: "Project" }
    PrintAppendixRequested { fi: "Haetaan", sv: "Sökt", en: "Requested" }
    PrintTotalRequested { fi: "Yhteensä", sv: "Totalt", en: "Total" }
    PrintNoGroup { fi: "Muut myönnettävät avustukset", sv: "Övriga understöd som beviljas", en: "Other grants" }
    CsvRank { fi: "Sija", sv: "Plats", en: "Rank" }
    CsvPartners { fi: "Osatoteuttajat", sv: "Delgenomförare", en: "Partners" }
    CheckProposal { fi: "Tarkista esitys", sv: "Kontrollera förslaget", en: "Check the proposal" }
    SaveFailed {
        fi: "Rahoitusesitystä ei voitu tallentaa selaimeen. Tallenna se tiedostoksi, ettei mitään katoa.",
        sv: "Finansieringsförslaget kunde inte sparas i webbläsaren. Spara det som fil så att inget går förlorat.",
        en: "The proposal could not be saved in the browser. Save it as a file so that nothing is lost.",
    }
    CsvFingerprint { fi: "Sormenjälki", sv: "Fingeravtryck", en: "Fingerprint" }
    ConflictTitle {
        fi: "Esitystä on muutettu toisessa välilehdessä",
        sv: "Förslaget har ändrats i en annan flik",
        en: "The proposal was changed in another tab",
    }
    ConflictText {
        fi: "Toinen välilehti tallensi rahoitusesityksen sen jälkeen, kun tämä välilehti luki sen. Tämän välilehden muutoksia ei kirjoitettu sen päälle, eikä kumpaakaan versiota ole hävitetty. Valitse, kumpi jää esitykseksi; toinen säilyy selaimessa ja on ladattavissa tiedostona.",
        sv: "En annan flik sparade finansieringsförslaget efter att den här fliken läste det. Den här flikens ändringar skrevs inte över det, och ingen av versionerna har gått förlorad. Välj vilken som blir förslaget; den andra sparas i webbläsaren och kan laddas ner som fil.",
        en: "Another tab saved the funding proposal after this tab read it. This tab's changes were not written over it, and neither version is lost. Choose which one stays the proposal; the other is kept in the browser and can be downloaded as a file.",
    }
    ConflictKeepMine { fi: "Pidä tämän välilehden esitys", sv: "Behåll den här flikens förslag", en: "Keep this tab's proposal" }
    ConflictTakeOther { fi: "Ota toisen välilehden esitys", sv: "Ta den andra flikens förslag", en: "Take the other tab's proposal" }
    AsideText {
        fi: "Valinnassa syrjään jäänyt esitys on tallessa tässä selaimessa.",
        sv: "Förslaget som inte valdes sparas i den här webbläsaren.",
        en: "The proposal not chosen is kept in this browser.",
    }
    AsideDownload { fi: "Lataa syrjään jäänyt esitys (JSON)", sv: "Ladda ner förslaget som inte valdes (JSON)", en: "Download the proposal not chosen (JSON)" }
    NotOpenTitle {
        fi: "Esityksessä, mutta hakemus ei ole auki",
        sv: "I förslaget, men ansökan är inte öppen",
        en: "In the proposal, but the application is not open",
    }
    NotOpenIntro {
        fi: "Esitys nimeää nämä hakemukset, mutta niitä ei ole avattu arvioijan näkymässä. Ne säilyvät esityksessä, mutta eivät ole järjestyksessä, summissa eivätkä tulostettavassa päätöksessä ennen kuin avaat hakemuksen.",
        sv: "Förslaget nämner dessa ansökningar, men de har inte öppnats i bedömarens vy. De finns kvar i förslaget men ingår inte i ordningen, summorna eller det utskrivbara beslutet förrän du öppnar ansökan.",
        en: "The proposal names these applications, but they are not open in the reviewer view. They stay in the proposal but are not in the ranking, the totals or the printed decision until you open the application.",
    }
    PrintWithheld {
        fi: "Tulosteesta puuttuvat nämä myönnöt, koska tarkistus löysi niistä virheen. Korjaa ne esityksessä:",
        sv: "Dessa beviljanden saknas i utskriften eftersom kontrollen hittade ett fel i dem. Rätta dem i förslaget:",
        en: "These grants are left out of the print because the checks found an error in them. Correct them in the proposal:",
    }
    TotalAppropriation { fi: "Määräraha", sv: "Anslag", en: "Appropriation" }
    PrintNotOpen {
        fi: "Tulosteesta puuttuvat nämä esityksen hakemukset, koska niitä ei ole avattu:",
        sv: "Dessa ansökningar i förslaget saknas i utskriften eftersom de inte har öppnats:",
        en: "These applications of the proposal are left out of the print because they are not open:",
    }
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::Fi, Status::Open) => "Ei vielä esitystä",
        (Lang::Fi, Status::Grant) => "Myönnetään",
        (Lang::Fi, Status::Defer) => "Jatkoselvitys",
        (Lang::Fi, Status::Refuse) => "Ei myönnetä",
        (Lang::Fi, Status::Withdrawn) => "Hakija perui hakemuksen",
        (Lang::Sv, Status::Open) => "Inget förslag ännu",
        (Lang::Sv, Status::Grant) => "Beviljas",
        (Lang::Sv, Status::Defer) => "Ytterligare utredning",
        (Lang::Sv, Status::Refuse) => "Beviljas inte",
        (Lang::Sv, Status::Withdrawn) => "Sökanden återtog ansökan",
        (Lang::En, Status::Open) => "No proposal yet",
        (Lang::En, Status::Grant) => "Grant",
        (Lang::En, Status::Defer) => "Further clarification",
        (Lang::En, Status::Refuse) => "Refuse",
        (Lang::En, Status::Withdrawn) => "Withdrawn by the applicant",
    }
}

pub fn step(lang: Lang, s: Step) -> &'static str {
    match (lang, s) {
        (Lang::Fi, Step::Cent) => "sentteihin",
        (Lang::Fi, Step::Euro) => "täysiin euroihin",
        (Lang::Fi, Step::Ten) => "kymmeniin euroihin",
        (Lang::Fi, Step::Hundred) => "satoihin euroihin",
        (Lang::Fi, Step::Thousand) => "tuhansiin euroihin",
        (Lang::Sv, Step::Cent) => "till cent",
        (Lang::Sv, Step::Euro) => "till hela euro",
        (Lang::Sv, Step::Ten) => "till tiotal euro",
        (Lang::Sv, Step::Hundred) => "till hundratal euro",
        (Lang::Sv, Step::Thousand) => "till tusental euro",
        (Lang::En, Step::Cent) => "to the cent",
        (Lang::En, Step::Euro) => "to whole euros",
        (Lang::En, Step::Ten) => "to tens of euros",
        (Lang::En, Step::Hundred) => "to hundreds of euros",
        (Lang::En, Step::Thousand) => "to thousands of euros",
    }
}

/// A finding of the proposal, in words; an entry it names is written "lead (project)".
pub fn problem(lang: Lang, p: &Problem, proposal: &Proposal) -> String {
    let lead = |i: usize| {
        proposal
            .entries
            .get(i)
            .map(|e| format!("{} ({})", e.application.lead, e.application.project))
            .unwrap_or_default()
    };
    match (lang, p) {
        (Lang::Fi, Problem::AppropriationFormat) => "Kirjoita määräraha euroina, esimerkiksi 30 000 000.".into(),
        (Lang::Sv, Problem::AppropriationFormat) => "Skriv anslaget i euro, till exempel 30 000 000.".into(),
        (Lang::En, Problem::AppropriationFormat) => "Enter the appropriation in euros, for example 30,000,000.".into(),
        (Lang::Fi, Problem::OverAppropriation { over }) => {
            format!("Myönnettävät avustukset ylittävät määrärahan. Ylitys: {}.", over.format(lang))
        }
        (Lang::Sv, Problem::OverAppropriation { over }) => {
            format!("Understöden överskrider anslaget med {}.", over.format(lang))
        }
        (Lang::En, Problem::OverAppropriation { over }) => {
            format!("The grants exceed the appropriation by {}.", over.format(lang))
        }
        (Lang::Fi, Problem::GrantedBeforeFormat) => "Kirjoita jo myönnetty summa euroina, esimerkiksi 8 268 000, tai jätä tyhjäksi.".into(),
        (Lang::Sv, Problem::GrantedBeforeFormat) => "Skriv det redan beviljade beloppet i euro, till exempel 8 268 000, eller lämna tomt.".into(),
        (Lang::En, Problem::GrantedBeforeFormat) => "Enter the amount already granted in euros, for example 8,268,000, or leave it empty.".into(),
        (Lang::Fi, Problem::AboveMaximum { maximum }) => format!(
            "Summa on suurempi kuin hakemuksen enimmäisavustus {}: avustus voi olla enintään 85 prosenttia hankkeen hyväksyttävistä kustannuksista ilman arvonlisäveroa.",
            maximum.format(lang)
        ),
        (Lang::Sv, Problem::AboveMaximum { maximum }) => format!(
            "Beloppet är större än ansökans högsta understöd {}: understödet kan vara högst 85 procent av projektets godtagbara kostnader utan mervärdesskatt.",
            maximum.format(lang)
        ),
        (Lang::En, Problem::AboveMaximum { maximum }) => format!(
            "The amount is above the application's maximum grant of {}: a grant is at most 85 per cent of the project's eligible costs without VAT.",
            maximum.format(lang)
        ),
        (Lang::Fi, Problem::MaximumUnknown) => "Hakemuksen enimmäisavustusta (85 % hyväksyttävistä kustannuksista) ei tiedetä: avaa hakemus arvioijan näkymässä, niin summa tarkistetaan.".into(),
        (Lang::Sv, Problem::MaximumUnknown) => "Ansökans högsta understöd (85 % av de godtagbara kostnaderna) är okänt: öppna ansökan i bedömarens vy så kontrolleras beloppet.".into(),
        (Lang::En, Problem::MaximumUnknown) => "The application's maximum grant (85 % of its eligible costs) is not known: open the application in the reviewer view to check the amount.".into(),
        (Lang::Fi, Problem::ApplicationErrors { rules }) => format!(
            "Myönnettäväksi esitetyssä hakemuksessa on {} ({}). Haku ei salli avustusta sille, mitä se sulkee pois; esitä jatkoselvitystä tai hylkäämistä.",
            counted(lang, rules.len(), "virhe", "virhettä"),
            rules.join(", ")
        ),
        (Lang::Sv, Problem::ApplicationErrors { rules }) => format!(
            "Ansökan som föreslås få understöd har {} ({}). Ansökningsomgången tillåter inte understöd för det den utesluter; föreslå ytterligare utredning eller avslag.",
            counted(lang, rules.len(), "fel", "fel"),
            rules.join(", ")
        ),
        (Lang::En, Problem::ApplicationErrors { rules }) => format!(
            "The application proposed for a grant has {} ({}). The call allows no grant for what it excludes; propose further clarification or a refusal.",
            counted(lang, rules.len(), "error", "errors"),
            rules.join(", ")
        ),
        (Lang::Fi, Problem::AmountMissing) => "Kirjoita myönnettävä enimmäissumma.".into(),
        (Lang::Sv, Problem::AmountMissing) => "Skriv det högsta belopp som beviljas.".into(),
        (Lang::En, Problem::AmountMissing) => "Enter the amount granted at most.".into(),
        (Lang::Fi, Problem::AmountFormat) => "Kirjoita summa euroina, esimerkiksi 181 500.".into(),
        (Lang::Sv, Problem::AmountFormat) => "Skriv beloppet i euro, till exempel 181 500.".into(),
        (Lang::En, Problem::AmountFormat) => "Enter the amount in euros, for example 181,500.".into(),
        (Lang::Fi, Problem::AboveRequested { requested }) => format!(
            "Summa on suurempi kuin haettu {}. Avustus myönnetään enintään haetun suuruisena.",
            requested.format(lang)
        ),
        (Lang::Sv, Problem::AboveRequested { requested }) => format!(
            "Beloppet är större än det sökta {}. Understöd beviljas till högst det sökta beloppet.",
            requested.format(lang)
        ),
        (Lang::En, Problem::AboveRequested { requested }) => format!(
            "The amount is above the {} requested. A grant is at most the amount requested.",
            requested.format(lang)
        ),
        (Lang::Fi, Problem::NotOnStep { step: s }) => {
            format!("Summaa ei ole pyöristetty {} (valittu pyöristys).", step(lang, *s))
        }
        (Lang::Sv, Problem::NotOnStep { step: s }) => {
            format!("Beloppet är inte avrundat {} (vald avrundning).", step(lang, *s))
        }
        (Lang::En, Problem::NotOnStep { step: s }) => {
            format!("The amount is not rounded {} (the rounding chosen).", step(lang, *s))
        }
        (Lang::Fi, Problem::OutOfRanking { granted_below }) => format!(
            "Esitys poikkeaa pisteiden järjestyksestä: alemmille pisteille jäänyt {} saa avustuksen. Kirjoita perustelu.",
            lead(*granted_below)
        ),
        (Lang::Sv, Problem::OutOfRanking { granted_below }) => format!(
            "Förslaget avviker från poängordningen: {}, som fick lägre poäng, får understöd. Skriv en motivering.",
            lead(*granted_below)
        ),
        (Lang::En, Problem::OutOfRanking { granted_below }) => format!(
            "The proposal departs from the ranking: {}, scored lower, is granted. Give the reason.",
            lead(*granted_below)
        ),
        (Lang::Fi, Problem::Undecided { count }) => {
            format!("{} ilman esitystä.", counted(lang, *count, "hakemus", "hakemusta"))
        }
        (Lang::Sv, Problem::Undecided { count }) => {
            format!("{} utan förslag.", counted(lang, *count, "ansökan", "ansökningar"))
        }
        (Lang::En, Problem::Undecided { count }) => {
            format!("{} without a proposal.", counted(lang, *count, "application", "applications"))
        }
    }
}

/// An amount as a decision writes it: whole euros without cents ("181 500 euroa"), cents only
/// where there are some ("75 820,50 euroa").
pub fn euros(lang: Lang, m: Money) -> String {
    let plain = m.format_plain();
    let (units, cents) = plain.split_once('.').unwrap_or((&plain, "00"));
    let whole = integer(lang, units.parse().unwrap_or(0));
    let number = match (cents, lang) {
        ("00", _) => whole,
        (c, Lang::En) => format!("{whole}.{c}"),
        (c, _) => format!("{whole},{c}"),
    };
    match lang {
        Lang::Fi => format!("{number} euroa"),
        Lang::Sv => format!("{number} euro"),
        Lang::En => format!("€{number}"),
    }
}

/// The project as the decision names it in Finnish: "Kaupunki taskussa -hankkeeseen",
/// "Kurob-hankkeeseen" (a name ending in "hanke" is put in the illative itself).
fn project_illative_fi(project: &str) -> String {
    let p = project.trim().trim_end_matches(['.', ',']);
    match p.strip_suffix("hanke") {
        Some(stem) => format!("{stem}hankkeeseen"),
        None => format!("{p} -hankkeeseen"),
    }
}

fn town_word(lang: Lang, kind: Kind) -> &'static str {
    match (lang, kind) {
        (Lang::Fi, Kind::Town) => "kaupunki",
        (Lang::Fi, Kind::Municipality) => "kunta",
        (Lang::Sv, Kind::Town) => "stad",
        (Lang::Sv, Kind::Municipality) => "kommun",
        (Lang::En, Kind::Town) => "City of",
        (Lang::En, Kind::Municipality) => "Municipality of",
    }
}

/// The lead as the subject of a list entry: "Espoon kaupunki", "Espoo stad", "City of Espoo";
/// an authority or a name that is not attested as the application gives it.
pub fn lead_nominative(lang: Lang, a: &Applied) -> String {
    match recipient(a) {
        Recipient::Official { name, name_sv } => match lang {
            Lang::Fi => format!("{} {}", name.genitive, town_word(lang, name.kind)),
            Lang::Sv => format!("{name_sv} {}", town_word(lang, name.kind)),
            Lang::En => format!("{} {}", town_word(lang, name.kind), a.lead.trim()),
        },
        Recipient::Authority(n) | Recipient::Plain(n) => n,
    }
}

/// One grant of the printed decision, as a sentence.
pub fn grant_sentence(lang: Lang, a: &Applied, amount: Money) -> String {
    let partners = !a.partners.is_empty();
    let amount = euros(lang, amount);
    let project = a.project.trim();
    match lang {
        Lang::Fi => {
            let others = if partners {
                " ja muille hakemuksessa mainituille kunnille"
            } else {
                ""
            };
            match recipient(a) {
                Recipient::Official { name, .. } => {
                    let word = match name.kind {
                        Kind::Town => "kaupungille",
                        Kind::Municipality => "kunnalle",
                    };
                    format!(
                        "{} {word}{others} enintään {amount}, {}",
                        name.genitive,
                        project_illative_fi(project)
                    )
                }
                Recipient::Authority(n) => {
                    format!("{n}lle{others} enintään {amount}, {}", project_illative_fi(project))
                }
                Recipient::Plain(n) => {
                    let who = if partners {
                        format!("Hankehallinnoija {n} ja muut hakemuksessa mainitut kunnat")
                    } else {
                        format!("Hakija {n}")
                    };
                    format!("{who}: enintään {amount}, hanke {project}")
                }
            }
        }
        Lang::Sv => {
            let others = if partners {
                " och de övriga kommuner som nämns i ansökan"
            } else {
                ""
            };
            format!(
                "Till {}{others} högst {amount} för projektet {project}",
                lead_nominative(lang, a)
            )
        }
        Lang::En => {
            let others = if partners {
                " and the other municipalities named in the application"
            } else {
                ""
            };
            format!(
                "To {}{others}, at most {amount}, for the project {project}",
                lead_nominative(lang, a)
            )
        }
    }
}

/// The total of the printed decision.
pub fn total_sentence(lang: Lang, total: Money) -> String {
    match lang {
        Lang::Fi => format!("Myönnettävien avustusten kokonaismäärä on {}.", euros(lang, total)),
        Lang::Sv => format!(
            "Det sammanlagda beloppet av de understöd som beviljas är {}.",
            euros(lang, total)
        ),
        Lang::En => format!("The grants awarded total {}.", euros(lang, total)),
    }
}

/// The lead and partners as the appendix lists them: "Kiuruvesi (Iisalmi, Tuusniemi)".
pub fn appendix_applicants(a: &Applied) -> String {
    if a.partners.is_empty() {
        a.lead.clone()
    } else {
        format!("{} ({})", a.lead, a.partners.join(", "))
    }
}

/// A block of the printed decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The decision's title (the page's heading).
    Title(String),
    /// The decision's date.
    Date(String),
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    /// A list numbered "1)", "2)", …
    NumberedList(Vec<String>),
    /// A numbered entry: its number and text (grants are numbered through the groups).
    Numbered(usize, String),
    /// Who signs: (name, title).
    Signatures(Vec<(String, String)>),
    /// The appendix: (applicants, project, amount requested) rows and the total requested.
    Appendix {
        rows: Vec<[String; 3]>,
        total: String,
    },
}

/// The decision text where the call has none of its own in the sources (the knowledge-management
/// call): what the proposal itself says, in the joint call's order, with the page's own words.
fn plain_decision() -> DecisionText {
    let t = |d: D| Text {
        fi: d.get(Lang::Fi).into(),
        sv: d.get(Lang::Sv).into(),
        en: d.get(Lang::En).into(),
    };
    use fixed::Block as F;
    DecisionText {
        call: String::new(),
        title: t(D::PrintTitle),
        blocks: vec![
            F::Heading(t(D::PrintApplicationsHeading)),
            F::Applications(t(D::PrintAppendixNote)),
            F::Paragraph(t(D::PrintGranting)),
            F::Grants,
            F::Deferred(fixed::Deferred {
                heading: t(D::PrintDeferred),
                intro: t(D::PrintDeferredIntro),
            }),
            F::Refused(t(D::PrintRefused)),
            F::Total,
            F::Appendix,
        ],
    }
}

/// The paragraph on the applications received: how many arrived by the deadline, how many were
/// withdrawn, what those that stayed requested ("Ministeriön ilmoittamaan määräaikaan 19.12.2019
/// mennessä avustushakemuksia saapui 52. Yksi hanke perui myöhemmin hakemuksensa. …").
pub fn applications_sentence(lang: Lang, call: &str, printed: &Printed) -> String {
    let deadline = call::by_id(call).map(|c| date(lang, c.application_deadline));
    let arrived = printed.totals.arrived;
    let requested = euros(lang, printed.totals.requested);
    let (first, withdrawn, total) = match lang {
        Lang::Fi => (
            match deadline {
                Some(d) => format!("Ministeriön ilmoittamaan määräaikaan {d} mennessä avustushakemuksia saapui {arrived}."),
                None => format!("Avustushakemuksia saapui {arrived}."),
            },
            match printed.totals.withdrawn {
                0 => String::new(),
                1 => "Yksi hanke perui myöhemmin hakemuksensa.".into(),
                n => format!("{n} hanketta perui myöhemmin hakemuksensa."),
            },
            format!("Haettu avustusmäärä saapuneissa hakemuksissa oli yhteensä {requested}."),
        ),
        Lang::Sv => (
            match deadline {
                Some(d) => format!("Inom den tidsfrist som ministeriet meddelat, senast {d}, inkom {arrived} ansökningar om understöd."),
                None => format!("Det inkom {arrived} ansökningar om understöd."),
            },
            match printed.totals.withdrawn {
                0 => String::new(),
                1 => "Ett projekt återtog senare sin ansökan.".into(),
                n => format!("{n} projekt återtog senare sina ansökningar."),
            },
            format!("Det sökta understödet i de inkomna ansökningarna uppgick till sammanlagt {requested}."),
        ),
        Lang::En => (
            match deadline {
                Some(d) => format!("By the deadline of {d} set by the ministry, {arrived} applications arrived."),
                None => format!("{arrived} applications arrived."),
            },
            match printed.totals.withdrawn {
                0 => String::new(),
                1 => "One project later withdrew its application.".into(),
                n => format!("{n} projects later withdrew their applications."),
            },
            format!("The applications received requested {requested} in total."),
        ),
    };
    [first, withdrawn, total]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The grants, per group with the group's heading and conditions first, each numbered.
fn grants(lang: Lang, p: &Proposal, printed: &Printed, out: &mut Vec<Block>) {
    for section in &printed.sections {
        match section.group.and_then(|g| p.groups.get(g)) {
            Some(g) => {
                out.push(Block::Heading(g.name.trim().to_string()));
                if !g.conditions.trim().is_empty() {
                    out.push(Block::Paragraph(g.conditions.trim().to_string()));
                }
            }
            None if printed.sections.len() > 1 => out.push(Block::Heading(D::PrintNoGroup.get(lang).into())),
            None => {}
        }
        for g in &section.grants {
            let e = &p.entries[g.entry];
            let mut text = grant_sentence(lang, &e.application, g.amount);
            let condition = e.condition.trim();
            text.push(if condition.is_empty() { '.' } else { ',' });
            if !condition.is_empty() {
                text.push(' ');
                text.push_str(condition);
            }
            out.push(Block::Numbered(g.number, text));
        }
    }
}

fn appendix(lang: Lang, p: &Proposal, printed: &Printed) -> Block {
    let rows = printed
        .appendix
        .iter()
        .map(|&i| {
            let a = &p.entries[i].application;
            let requested = Money::parse_exchange(&a.requested)
                .map(|m| m.format(lang))
                .unwrap_or_default();
            [appendix_applicants(a), a.project.trim().to_string(), requested]
        })
        .collect();
    Block::Appendix {
        rows,
        total: printed.totals.requested.format(lang),
    }
}

/// The printed decision, block by block, in the order of the call's own decision (for the joint
/// call, decision 004: the date and title; the background; the targets; the applications received
/// and withdrawn; the decision and its grounds with the grants per group, the deferred, the
/// refusal and the total; the grounds of the assessment; the conditions of use, the eligible
/// costs, the 85 % cap and VAT, reporting, payment and repayment; the appeal; the signatures; the
/// appendix). Its fixed passages are the call profile's (`vocabulary::decision_text`); a call
/// without them gets the parts written from the proposal.
pub fn document(lang: Lang, p: &Proposal, printed: &Printed) -> Vec<Block> {
    let plain;
    let text = match fixed::for_call(&p.call) {
        Some(t) => t,
        None => {
            plain = plain_decision();
            &plain
        }
    };
    let get = |t: &Text| t.get(lang).to_string();
    let mut out = Vec::new();
    if let Some(d) = call::by_id(&p.call).and_then(|c| c.decision_date) {
        out.push(Block::Date(date(lang, d)));
    }
    out.push(Block::Title(get(&text.title)));
    for b in &text.blocks {
        match b {
            fixed::Block::Heading(t) => out.push(Block::Heading(get(t))),
            fixed::Block::Paragraph(t) => out.push(Block::Paragraph(get(t))),
            fixed::Block::List(v) => out.push(Block::List(v.iter().map(get).collect())),
            fixed::Block::NumberedList(v) => out.push(Block::NumberedList(v.iter().map(get).collect())),
            fixed::Block::Applications(t) => out.push(Block::Paragraph(format!(
                "{} {}",
                applications_sentence(lang, &p.call, printed),
                get(t)
            ))),
            fixed::Block::Grants => grants(lang, p, printed, &mut out),
            fixed::Block::Deferred(d) if !printed.deferred.is_empty() => {
                out.push(Block::Heading(get(&d.heading)));
                out.push(Block::Paragraph(get(&d.intro)));
                for (n, &i) in printed.deferred.iter().enumerate() {
                    let a = &p.entries[i].application;
                    out.push(Block::Numbered(
                        n + 1,
                        format!("{}, {}", lead_nominative(lang, a), a.project.trim()),
                    ));
                }
            }
            fixed::Block::Deferred(_) => {}
            fixed::Block::Refused(t) if printed.totals.refused > 0 => out.push(Block::Paragraph(get(t))),
            fixed::Block::Refused(_) => {}
            fixed::Block::Total => out.push(Block::Paragraph(total_sentence(lang, printed.total))),
            fixed::Block::Signatures(v) => out.push(Block::Signatures(
                v.iter().map(|s| (s.name.clone(), get(&s.title))).collect(),
            )),
            fixed::Block::Appendix => {
                out.push(Block::Heading(D::PrintAppendix.get(lang).into()));
                out.push(appendix(lang, p, printed));
            }
        }
    }
    out
}

/// What the second decision states of the first (docs/rules.md §12.1.8): its date where the call's
/// data knows it, and what it granted (its printed total).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstDecision {
    pub date: Option<time::Date>,
    pub granted: Money,
}

/// The opening of the second decision: what the first decided of these applications and what it
/// granted. Ours: decision 004 has no second decision to quote (docs/rules.md §12.1.8).
fn second_opening(lang: Lang, first: &FirstDecision) -> String {
    let granted = euros(lang, first.granted);
    match (lang, first.date) {
        (Lang::Fi, Some(d)) => format!(
            "Valtiovarainministeriö päätti {} antamallaan päätöksellä, että seuraavien hankkeiden osalta päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen. Päätöksellä myönnettiin avustusta yhteensä {granted}. Tällä päätöksellä ministeriö päättää näistä hakemuksista lisäselvitysten perusteella.",
            date(lang, d)
        ),
        (Lang::Fi, None) => format!(
            "Valtiovarainministeriö päätti aiemmalla päätöksellään, että seuraavien hankkeiden osalta päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen. Päätöksellä myönnettiin avustusta yhteensä {granted}. Tällä päätöksellä ministeriö päättää näistä hakemuksista lisäselvitysten perusteella."
        ),
        (Lang::Sv, Some(d)) => format!(
            "Finansministeriet beslutade genom sitt beslut av den {} att besluten om följande projekt fattas separat senare efter ytterligare utredning. Genom beslutet beviljades understöd till ett sammanlagt belopp av {granted}. Genom detta beslut avgör ministeriet dessa ansökningar på basis av den ytterligare utredningen.",
            date(lang, d)
        ),
        (Lang::Sv, None) => format!(
            "Finansministeriet beslutade genom ett tidigare beslut att besluten om följande projekt fattas separat senare efter ytterligare utredning. Genom beslutet beviljades understöd till ett sammanlagt belopp av {granted}. Genom detta beslut avgör ministeriet dessa ansökningar på basis av den ytterligare utredningen."
        ),
        (Lang::En, Some(d)) => format!(
            "By its decision of {}, the Ministry of Finance decided that the decisions on the following projects would be made separately later, after further clarification. That decision granted {granted} in total. By this decision the ministry decides these applications on the basis of the further clarification.",
            date(lang, d)
        ),
        (Lang::En, None) => format!(
            "By an earlier decision, the Ministry of Finance decided that the decisions on the following projects would be made separately later, after further clarification. That decision granted {granted} in total. By this decision the ministry decides these applications on the basis of the further clarification."
        ),
    }
}

/// The printed second decision, on the applications the first deferred (docs/rules.md §12.1.8):
/// its title, what the first decided and granted, the grants (per group, numbered, as the first
/// prints them), the applications refused and those deferred again by name, and the total. Its
/// passages are ours — decision 004 has no second decision — and it has no appendix of its own
/// (the first's lists every application received). An entry not decided yet is not printed.
pub fn second_document(lang: Lang, p: &Proposal, printed: &Printed, first: &FirstDecision) -> Vec<Block> {
    let mut out = vec![
        Block::Title(Ra::SecondPrintTitle.get(lang).into()),
        Block::Paragraph(second_opening(lang, first)),
    ];
    if !printed.sections.is_empty() {
        out.push(Block::Paragraph(D::PrintGranting.get(lang).into()));
        grants(lang, p, printed, &mut out);
    }
    let named = |i: &usize| {
        let a = &p.entries[*i].application;
        format!("{}, {}", lead_nominative(lang, a), a.project.trim())
    };
    let refused: Vec<String> = printed
        .appendix
        .iter()
        .filter(|&&i| p.entries[i].status == Status::Refuse)
        .map(named)
        .collect();
    if !refused.is_empty() {
        out.push(Block::Paragraph(Ra::SecondPrintRefused.get(lang).into()));
        out.push(Block::List(refused));
    }
    if !printed.deferred.is_empty() {
        out.push(Block::Paragraph(Ra::SecondPrintDeferred.get(lang).into()));
        out.push(Block::List(printed.deferred.iter().map(named).collect()));
    }
    out.push(Block::Paragraph(total_sentence(lang, printed.total)));
    out
}
