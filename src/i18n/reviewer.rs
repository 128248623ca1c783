//! The reviewer's words: the criteria, the scores, the assessment total and what importing or
//! storing assessments did.

use super::format::counted;
use super::texts::texts;
use crate::domain::vocabulary::locale::Lang;

// The reviewer's list's own fixed texts (only the reviewer's app asks for them, so the drafter's
// wasm does not carry them; in the wasm, Swedish and English come from the texts files).
texts! {
    R;
    NotKeptTitleOne {
        fi: "Tiedostoa ei voitu säilyttää tässä selaimessa",
        sv: "Filen kunde inte sparas i den här webbläsaren",
        en: "A file could not be kept in this browser",
    }
    NotKeptTitleMany {
        fi: "Tiedostoja ei voitu säilyttää tässä selaimessa",
        sv: "Filerna kunde inte sparas i den här webbläsaren",
        en: "Files could not be kept in this browser",
    }
    NotKeptFull {
        fi: "Selaimen tallennustila on täynnä.",
        sv: "Webbläsarens lagringsutrymme är fullt.",
        en: "The browser's storage is full.",
    }
    NotKeptRefused {
        fi: "Selain ei sallinut tallentamista.",
        sv: "Webbläsaren tillät inte att filen sparades.",
        en: "The browser did not let the file be stored.",
    }
    NotKeptThisTab {
        fi: "Tiedosto on auki vain tässä välilehdessä: avaa se uudelleen, kun lataat sivun uudelleen.",
        sv: "Filen är öppen bara i den här fliken: öppna den igen när du laddar om sidan.",
        en: "The file is open in this tab only: open it again when you reload the page.",
    }
    WhoseTitle {
        fi: "Kenen arviot tiedostossa ovat?",
        sv: "Vems bedömningar finns i filen?",
        en: "Whose assessments are in the file?",
    }
    WhoseMine {
        fi: "Omat arvioni",
        sv: "Mina egna bedömningar",
        en: "My own assessments",
    }
    WhoseOther {
        fi: "Toisen arvioijan: avaa arvioijaryhmään",
        sv: "En annan bedömares: öppna i bedömargruppen",
        en: "Another reviewer's: open in the panel",
    }
    ReplaceTitle {
        fi: "Tiedostossa on uudempia arvioita kuin tässä selaimessa",
        sv: "Filen har nyare bedömningar än den här webbläsaren",
        en: "The file has later assessments than this browser",
    }
    ReplaceIntro {
        fi: "Jos korvaat, tämän selaimen arviot säilytetään kopiona, jonka voit palauttaa.",
        sv: "Om du ersätter dem sparas den här webbläsarens bedömningar som en kopia som du kan återställa.",
        en: "If you replace them, this browser's assessments are kept as a copy that you can restore.",
    }
    ReplaceYes {
        fi: "Korvaa tiedoston uudemmilla arvioilla",
        sv: "Ersätt med filens nyare bedömningar",
        en: "Replace with the file's later assessments",
    }
    ReplaceNo {
        fi: "Säilytä tämän selaimen arviot",
        sv: "Behåll den här webbläsarens bedömningar",
        en: "Keep this browser's assessments",
    }
    ReplacedTitle {
        fi: "Tuonnin korvaamat arviot on säilytetty",
        sv: "Bedömningarna som importen ersatte har sparats",
        en: "The assessments an import replaced are kept",
    }
    RestoreReplaced {
        fi: "Palauta korvatut arviot",
        sv: "Återställ de ersatta bedömningarna",
        en: "Restore the replaced assessments",
    }
    ForgetReplaced {
        fi: "Poista säilytetty kopio",
        sv: "Ta bort den sparade kopian",
        en: "Delete the kept copy",
    }
    SpreadHint {
        fi: "Hajonta = suurin − pienin valmis kokonaispistemäärä.",
        sv: "Spridning = högsta − lägsta färdiga totalpoäng.",
        en: "Spread = highest − lowest complete total.",
    }
    SpreadAbbr {
        fi: "suurin − pienin",
        sv: "högsta − lägsta",
        en: "highest − lowest",
    }
    ClashTitle {
        fi: "Arviota on muutettu myös toisessa välilehdessä",
        sv: "Bedömningen har ändrats också i en annan flik",
        en: "The assessment was changed in another tab too",
    }
    ClashIntro {
        fi: "Toinen välilehti muutti samoja kohtia toisin. Tallennettuna on toisen välilehden versio; tämän välilehden versio on tässä. Valitse kumpi jää.",
        sv: "En annan flik ändrade samma punkter på ett annat sätt. Den andra flikens version är sparad; den här flikens version finns här. Välj vilken som blir kvar.",
        en: "Another tab changed the same parts differently. The other tab's version is saved; this tab's is here. Choose which one stays.",
    }
    ClashKeepMine { fi: "Pidä tämän välilehden", sv: "Behåll den här flikens", en: "Keep this tab's" }
    ClashKeepStored { fi: "Pidä tallennettu", sv: "Behåll den sparade", en: "Keep the saved one" }
    ClashSummary { fi: "Kokonaisarvio", sv: "Helhetsbedömning", en: "Overall assessment" }
    ClashConflict { fi: "Esteellisyys", sv: "Jäv", en: "Conflict of interest" }
    ClashWhole {
        fi: "Koko arvio (toinen ilmoitti esteellisyyden, toinen antoi pisteitä)",
        sv: "Hela bedömningen (den ena anmälde jäv, den andra gav poäng)",
        en: "The whole assessment (one declared a conflict of interest, the other gave scores)",
    }
    ClashNone { fi: "ei pisteitä", sv: "inga poäng", en: "no score" }
    ClashThisTab { fi: "tässä välilehdessä", sv: "i den här fliken", en: "in this tab" }
    ClashStored { fi: "tallennettuna", sv: "sparad", en: "saved" }
    ProposalNoErrors {
        fi: "Ehdotuksessa ei ole virheitä.",
        sv: "Förslaget innehåller inga fel.",
        en: "The proposal has no errors.",
    }
    // Moved from `T`: the reviewer's app is the only one that shows them.
    ReviewerIntro {
        fi: "Avaa yksi tai useampi viety hakemus. Tiedostoja luetaan vain tässä selaimessa, eikä niitä muuteta.",
        sv: "Öppna en eller flera exporterade ansökningar. Filerna läses bara i den här webbläsaren och ändras inte.",
        en: "Open one or more exported applications. The files are read only in this browser and are never changed.",
    }
    ApplicationsTable { fi: "Hakemukset", sv: "Ansökningar", en: "Applications" }
    ToWorkshop {
        fi: "Yhteishankkeiden työpaja: ehdotukset ja ilmoitukset kiinnostuksesta",
        sv: "Workshop för gemensamma projekt: förslag och intresseanmälningar",
        en: "Joint projects workshop: initiatives and expressions of interest",
    }
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
    ReviewsTitle { fi: "Omat arviot", sv: "Egna bedömningar", en: "Your assessments" }
    ReviewsIntro {
        fi: "Arviot tallentuvat tähän selaimeen. Vie ne tiedostoksi varmuuskopioksi tai toiselle arvioijalle; hakemustiedostoja ei muuteta.",
        sv: "Bedömningarna sparas i den här webbläsaren. Exportera dem till en fil som säkerhetskopia eller för en annan bedömare; ansökningsfilerna ändras inte.",
        en: "Assessments are saved in this browser. Export them to a file as a backup or for another reviewer; the application files are never changed.",
    }
    DownloadReviews { fi: "Lataa arviot tiedostona (JSON)", sv: "Ladda ner bedömningarna som fil (JSON)", en: "Download the assessments as a file (JSON)" }
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
    ReviewerIdentityTitle { fi: "Tietosi arvioijana", sv: "Dina uppgifter som bedömare", en: "You as a reviewer" }
    ReviewerIdentityIntro {
        fi: "Nimesi ja organisaatiosi kulkevat arviotiedostossasi, jotta arvioijaryhmä näkee, kuka arvioi mitä.",
        sv: "Ditt namn och din organisation följer med i din bedömningsfil, så att bedömargruppen ser vem som bedömde vad.",
        en: "Your name and organisation travel in your assessment file, so the panel sees who assessed what.",
    }
    ReviewerName { fi: "Nimi", sv: "Namn", en: "Your name" }
    ReviewerOrganisation { fi: "Organisaatio", sv: "Organisation", en: "Organisation" }
    ReviewerOrganisationHint {
        fi: "Kunta rekisterin nimellä tai kuntanumerolla (esimerkiksi Kaarina) tai muu organisaatio. Sovellus huomauttaa hakemuksista, joissa kuntasi on hakijana.",
        sv: "En kommun med registrets namn eller kommunnummer (till exempel S:t Karins) eller en annan organisation. Appen påpekar ansökningar där din kommun är sökande.",
        en: "A municipality by its register name or code (for example Kaarina), or another organisation. The app points out applications in which your municipality is an applicant.",
    }
    BlindMode {
        fi: "Sokkoarviointi: muiden arvioijien pisteet näkyvät vasta, kun olen arvioinut hakemuksen itse tai ilmoittanut esteellisyyteni",
        sv: "Blind bedömning: de andra bedömarnas poäng visas först när jag själv har bedömt ansökan eller anmält jäv",
        en: "Blind mode: other reviewers' scores are shown only once I have assessed the application myself or declared a conflict of interest",
    }
    PanelTitle { fi: "Arvioijaryhmä", sv: "Bedömargruppen", en: "The reviewers' panel" }
    PanelIntro {
        fi: "Avaa tässä muiden arvioijien arviotiedostot (omasi tuodaan kohdassa Omat arviot). Hakemustaulukko näyttää silloin jokaisen arvioijan pisteet, keskiarvon ja hajonnan, ja arviointisivu jokaisen arvioijan pisteet ja perustelut kriteereittäin. Tiedostot säilyvät tässä selaimessa.",
        sv: "Öppna här andra bedömares bedömningsfiler (dina egna importeras under Egna bedömningar). Ansökningstabellen visar då varje bedömares poäng, medelvärdet och spridningen, och bedömningssidan varje bedömares poäng och motiveringar per kriterium. Filerna sparas i den här webbläsaren.",
        en: "Open the other reviewers' assessment files here (your own are imported under Your assessments). The table of applications then shows each reviewer's total, the mean and the spread, and the assessment page each reviewer's scores and reasons by criterion. The files are kept in this browser.",
    }
    PanelFilesNotRead { fi: "Näitä arviotiedostoja ei luettu", sv: "Dessa bedömningsfiler lästes inte", en: "These assessment files were not read" }
    PanelMembers { fi: "Arvioijaryhmän jäsenet", sv: "Bedömargruppens medlemmar", en: "Members of the panel" }
    NoPanelFiles {
        fi: "Muiden arvioijien tiedostoja ei ole ladattu.",
        sv: "Inga filer från andra bedömare har laddats.",
        en: "No other reviewers' files have been loaded.",
    }
    ColReviewer { fi: "Arvioija", sv: "Bedömare", en: "Reviewer" }
    ColMean { fi: "Keskiarvo", sv: "Medelvärde", en: "Mean" }
    ColSpread { fi: "Hajonta", sv: "Spridning", en: "Spread" }
    CloseApplication { fi: "Sulje", sv: "Stäng", en: "Close" }
    StoodAside { fi: "esteellinen", sv: "jävig", en: "stood aside (conflict of interest)" }
    HiddenScore { fi: "piilotettu", sv: "dold", en: "hidden" }
    NotAssessed { fi: "ei arvioitu", sv: "inte bedömd", en: "not assessed" }
    Incomplete { fi: "kesken", sv: "ofullständig", en: "incomplete" }
    YouSuffix { fi: "(sinä)", sv: "(du)", en: "(you)" }
    OwnMunicipalityApplies { fi: "Kuntasi on hakijana", sv: "Din kommun är sökande", en: "Your municipality is an applicant" }
    UnreasonedTitle { fi: "Pisteitä ilman perusteluja", sv: "Poäng utan motivering", en: "Scores without reasons" }
    UnreasonedIntro {
        fi: "Näiltä pisteiltä puuttuu perustelu. Lisää perustelut tai lataa arviot silti.",
        sv: "Dessa poäng saknar motivering. Lägg till motiveringar eller ladda ner bedömningarna ändå.",
        en: "These scores have no reasons. Add the reasons, or download the assessments anyway.",
    }
    DownloadAnyway { fi: "Lataa arviot silti", sv: "Ladda ner bedömningarna ändå", en: "Download the assessments anyway" }
    ConflictTitle { fi: "Esteellisyys", sv: "Jäv", en: "Conflict of interest" }
    ConflictDeclare {
        fi: "Olen esteellinen arvioimaan tätä hakemusta",
        sv: "Jag är jävig att bedöma den här ansökan",
        en: "I have a conflict of interest and stand aside from this application",
    }
    ConflictHint {
        fi: "Esteellisenä et pisteytä hakemusta: jo annetut pisteet poistetaan, perustelut säilyvät. Esteellisyys kulkee arviotiedostossasi.",
        sv: "Som jävig poängsätter du inte ansökan: redan givna poäng tas bort, motiveringarna finns kvar. Jävet följer med i din bedömningsfil.",
        en: "Standing aside, you do not score the application: scores already given are removed, the reasons stay. The conflict travels in your assessment file.",
    }
    ConflictReason { fi: "Esteellisyyden syy", sv: "Orsak till jävet", en: "Reason for the conflict of interest" }
    ConflictDeclared {
        fi: "Olet ilmoittanut olevasi esteellinen, joten et voi pisteyttää tätä hakemusta.",
        sv: "Du har anmält att du är jävig och kan därför inte poängsätta den här ansökan.",
        en: "You have declared a conflict of interest, so you cannot score this application.",
    }
    PanelScoresTitle { fi: "Arvioijaryhmän pisteet", sv: "Bedömargruppens poäng", en: "The panel's scores" }
    PanelHidden {
        fi: "Muiden arvioijien pisteet näytetään, kun olet pisteyttänyt kaikki kriteerit tai ilmoittanut esteellisyytesi (sokkoarviointi).",
        sv: "De andra bedömarnas poäng visas när du har poängsatt alla kriterier eller anmält jäv (blind bedömning).",
        en: "The other reviewers' scores are shown once you have scored every criterion or declared a conflict of interest (blind mode).",
    }
    Disagreement {
        fi: "Arvioijat ovat eri mieltä: pisteissä on vähintään 2 pisteen ero.",
        sv: "Bedömarna är oeniga: poängen skiljer sig med minst 2 poäng.",
        en: "The reviewers disagree: their scores differ by 2 points or more.",
    }
    ColReason { fi: "Perustelut", sv: "Motivering", en: "Reasons" }
    NoReason { fi: "(ei perustelua)", sv: "(ingen motivering)", en: "(no reason given)" }
    StoodAsideTitle { fi: "Esteelliset arvioijat", sv: "Jäviga bedömare", en: "Reviewers who stood aside" }
}

fn assessments(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fi => counted(lang, n, "arvio", "arviota"),
        Lang::Sv => counted(lang, n, "bedömning", "bedömningar"),
        Lang::En => counted(lang, n, "assessment", "assessments"),
    }
}

/// Another reviewer's file, offered as the reviewer's own, opened in the panel instead.
pub fn file_to_panel(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!("Tiedosto on toisen arvioijan ({name}): se avattiin arvioijaryhmään. Omia arvioitasi ei muutettu."),
        Lang::Sv => format!("Filen är en annan bedömares ({name}): den öppnades i bedömargruppen. Dina egna bedömningar ändrades inte."),
        Lang::En => format!("The file is another reviewer's ({name}): it was opened in the panel. Your own assessments were not changed."),
    }
}

/// The question when only one of the file and this browser names a reviewer.
pub fn whose_question(lang: Lang, file: &str, here: &str) -> String {
    let none = match lang {
        Lang::Fi => "ei nimeä",
        Lang::Sv => "inget namn",
        Lang::En => "no name",
    };
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none.to_string()
        } else {
            s.to_string()
        }
    };
    let (file, here) = (or_none(file), or_none(here));
    match lang {
        Lang::Fi => format!("Tiedoston arvioija: {file}. Tämän selaimen arvioija: {here}. Toisen arvioijan tiedosto avataan arvioijaryhmään, eikä se muuta omia arvioitasi."),
        Lang::Sv => format!("Filens bedömare: {file}. Den här webbläsarens bedömare: {here}. En annan bedömares fil öppnas i bedömargruppen och ändrar inte dina egna bedömningar."),
        Lang::En => format!("The file's reviewer: {file}. This browser's reviewer: {here}. Another reviewer's file is opened in the panel and does not change your own assessments."),
    }
}

/// One review a file would replace: the application, and both versions' totals and times.
pub fn replacement(lang: Lang, project: &str, here: &str, here_at: &str, file: &str, file_at: &str) -> String {
    match lang {
        Lang::Fi => {
            format!("{project}: tässä selaimessa {here} (muutettu {here_at}), tiedostossa {file} (muutettu {file_at})")
        }
        Lang::Sv => {
            format!("{project}: i den här webbläsaren {here} (ändrad {here_at}), i filen {file} (ändrad {file_at})")
        }
        Lang::En => {
            format!("{project}: in this browser {here} (changed {here_at}), in the file {file} (changed {file_at})")
        }
    }
}

/// The new reviews of a file that are added whichever way the reviewer chooses.
pub fn added_anyway(lang: Lang, n: usize) -> String {
    let n = assessments(lang, n);
    match lang {
        Lang::Fi => format!("Uusia hakemuksia koskevat arviot ({n}) tuodaan kummassakin tapauksessa."),
        Lang::Sv => format!("Bedömningar av nya ansökningar ({n}) importeras i båda fallen."),
        Lang::En => format!("Assessments of applications new here ({n}) are imported either way."),
    }
}

/// The kept copy of replaced reviews.
pub fn replaced_intro(lang: Lang, n: usize) -> String {
    let n = assessments(lang, n);
    match lang {
        Lang::Fi => format!("Tuonti korvasi omia arvioitasi ({n}). Ne on säilytetty tässä selaimessa, ja voit palauttaa ne."),
        Lang::Sv => format!("Importen ersatte dina egna bedömningar ({n}). De har sparats i den här webbläsaren, och du kan återställa dem."),
        Lang::En => format!("The import replaced your own assessments ({n}). They are kept in this browser, and you can restore them."),
    }
}

/// After a restore.
pub fn restored(lang: Lang, n: usize) -> String {
    let n = assessments(lang, n);
    match lang {
        Lang::Fi => format!("Palautettu: {n}."),
        Lang::Sv => format!("Återställda: {n}."),
        Lang::En => format!("Restored: {n}."),
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
        (Lang::Fi, Renewal) => "Miten hanke uudistaa kuntien toimintatapoja ja palveluprosesseja",
        (Lang::Fi, BestPractices) => "Miten parhaita käytäntöjä ja innovaatioita levitetään",
        (Lang::Fi, DataDefinitions) => "Tietomääritykset Yhteentoimivuusalustalle yhteiskäyttöisinä",
        (Lang::Fi, Accessibility) => "Digitaalisten palvelujen saavutettavuus ja laatu (306/2019)",
        (Lang::Fi, Replicable) => "Lopputulosten ja prosessin monistettavuus muissa kunnissa",
        (Lang::Fi, NationalLevel) => "Sopii kuntaryhmän tehtäväksi eikä paremmin kansallisen tason työksi",
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
        (Lang::Sv, Renewal) => "Hur projektet förnyar kommunernas verksamhetssätt och serviceprocesser",
        (Lang::Sv, BestPractices) => "Hur god praxis och innovationer sprids",
        (Lang::Sv, DataDefinitions) => "Datadefinitioner på interoperabilitetsplattformen för gemensamt bruk",
        (Lang::Sv, Accessibility) => "De digitala tjänsternas tillgänglighet och kvalitet (306/2019)",
        (Lang::Sv, Replicable) => "Resultatens och processens replikerbarhet i andra kommuner",
        (Lang::Sv, NationalLevel) => "Lämpar sig för en grupp kommuner snarare än för arbete på nationell nivå",
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
        (Lang::En, Renewal) => "How the project renews municipalities' operating methods and service processes",
        (Lang::En, BestPractices) => "How best practices and innovations are spread",
        (Lang::En, DataDefinitions) => "Data definitions on the Interoperability Platform, for shared use",
        (Lang::En, Accessibility) => "Accessibility and quality of the digital services (306/2019)",
        (Lang::En, Replicable) => "Results and process replicable in other municipalities",
        (Lang::En, NationalLevel) => "Suited to a group of municipalities rather than to national-level work",
    }
}

/// The label of a score on the 0–3 scale.
pub fn score(lang: Lang, s: crate::domain::vocabulary::criteria::Score) -> &'static str {
    match s.value() {
        0 => R::Score0.get(lang),
        1 => R::Score1.get(lang),
        2 => R::Score2.get(lang),
        _ => R::Score3.get(lang),
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

/// "1 arvio tallennettu tähän selaimeen." / "3 arviota tallennettu tähän selaimeen."
pub fn reviews_stored(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Fi => format!("{} tallennettu tähän selaimeen.", counted(lang, n, "arvio", "arviota")),
        // The participle agrees too: "1 bedömning sparad", "2 bedömningar sparade".
        Lang::Sv if n == 1 => "1 bedömning sparad i den här webbläsaren.".into(),
        Lang::Sv => format!(
            "{} sparade i den här webbläsaren.",
            counted(lang, n, "bedömning", "bedömningar")
        ),
        Lang::En => format!(
            "{} saved in this browser.",
            counted(lang, n, "assessment", "assessments")
        ),
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

/// One reviewer's standing on an application, for a table cell: "26 / 39", "12 / 39 (kesken)",
/// "esteellinen", "ei arvioitu".
pub fn standing(lang: Lang, s: &crate::domain::reviewer::panel::Standing) -> String {
    use crate::domain::reviewer::panel::Standing;
    match s {
        Standing::NotReviewed => R::NotAssessed.get(lang).to_string(),
        Standing::StoodAside { .. } => R::StoodAside.get(lang).to_string(),
        Standing::Scored(t) if t.is_complete() => format!("{} / {}", t.points, t.max),
        Standing::Scored(t) => format!("{} / {} ({})", t.points, t.max, R::Incomplete.get(lang)),
    }
}

/// A mean total with two decimals as the language writes it ("25,67"; "25.67"); "–" without one.
pub fn mean(lang: Lang, m: Option<rust_decimal::Decimal>) -> String {
    let Some(m) = m else {
        return "–".into();
    };
    let s = format!(
        "{:.2}",
        m.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    );
    match lang {
        Lang::Fi | Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A member of the panel as named in tables: the name, else the organisation, else "Arvioija 2".
pub fn member_name(lang: Lang, reviewer: &crate::domain::formats::review::Reviewer, number: usize) -> String {
    if !reviewer.name.is_empty() {
        reviewer.name.clone()
    } else if !reviewer.organisation.is_empty() {
        reviewer.organisation.clone()
    } else {
        format!("{} {number}", R::ColReviewer.get(lang))
    }
}

/// The municipality the reviewer's organisation was recognised as.
pub fn reviewer_municipality(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!("Tunnistettu kunta: {name}."),
        Lang::Sv => format!("Kommun som känts igen: {name}."),
        Lang::En => format!("Municipality recognised: {name}."),
    }
}

/// The notice on an application the reviewer's own municipality applies in.
pub fn own_municipality_notice(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!("Kuntasi {name} on tämän hakemuksen hakijoiden joukossa. Harkitse, oletko esteellinen."),
        Lang::Sv => format!("Din kommun {name} är bland sökandena i den här ansökan. Överväg om du är jävig."),
        Lang::En => format!("Your municipality, {name}, is among the applicants of this application. Consider whether you have a conflict of interest."),
    }
}

/// A loaded panel file as listed: "Anna Arvioija (Kaarina): arviot-anna.json, 2 arviota".
pub fn panel_file(lang: Lang, name: &str, organisation: &str, source: &str, reviews: usize) -> String {
    let who = if organisation.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({organisation})")
    };
    let n = match lang {
        Lang::Fi => counted(lang, reviews, "arvio", "arviota"),
        Lang::Sv => counted(lang, reviews, "bedömning", "bedömningar"),
        Lang::En => counted(lang, reviews, "assessment", "assessments"),
    };
    format!("{who}: {source}, {n}")
}

/// The button that removes a member's file from the panel, naming them.
pub fn remove_member(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!("Poista {name} arvioijaryhmästä"),
        Lang::Sv => format!("Ta bort {name} från bedömargruppen"),
        Lang::En => format!("Remove {name} from the panel"),
    }
}

/// The button that closes an opened application, naming its file.
pub fn close_application(lang: Lang, source: &str) -> String {
    format!("{} {source}", R::CloseApplication.get(lang))
}

/// A score without a reason, as listed before an export: "Hanke 000: 3. Toteutuskelpoisuus …".
pub fn unreasoned(lang: Lang, project: &str, c: crate::domain::vocabulary::criteria::Criterion) -> String {
    let project = if project.is_empty() {
        R::UnnamedProject.get(lang)
    } else {
        project
    };
    format!("{project}: {}", criterion(lang, c))
}

/// A criterion's scores across the panel, as a caption: "Arvioijaryhmän pisteet: Toteutuskelpoisuus".
pub fn panel_scores_caption(lang: Lang, c: crate::domain::vocabulary::criteria::Criterion) -> String {
    format!("{}: {}", R::PanelScoresTitle.get(lang), criterion(lang, c))
}

/// Why a review file was not taken into the panel: it is the reviewer's own (by the name in it).
pub fn own_panel_file(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!("Tämä on oma arviotiedostosi ({name}). Omia arvioitasi ei lisätä arvioijaryhmään toisena arvioijana: ne laskettaisiin keskiarvoon kahdesti."),
        Lang::Sv => format!("Det här är din egen bedömningsfil ({name}). Dina egna bedömningar läggs inte till i bedömargruppen som en annan bedömare: de skulle räknas två gånger i medelvärdet."),
        Lang::En => format!("This is your own assessment file ({name}). Your own assessments are not added to the panel as another reviewer: they would count twice in the mean."),
    }
}
