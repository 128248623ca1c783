//! The backup's words: making one, restoring one, and the summary of what a restore did.
//!
//! In a table of their own (`B`), not in `T`: `T::get` is one `match` over all of `T`'s keys, so a
//! key of `T` is in every wasm that shows any text of `T`, the drafter's first page among them; a
//! key of `B` is only in the wasm of the page that shows the backup (the drafts page).

use super::format::counted;
use super::texts::texts;
use crate::domain::formats::backup::{Item, Kind, Reason};
use crate::domain::vocabulary::locale::Lang;

texts! {
    B;
    Title { fi: "Varmuuskopio", sv: "Säkerhetskopia", en: "Backup" }
    Intro {
        fi: "Varmuuskopio on yksi tiedosto, jossa on kaikki, mitä tämä selain säilyttää sovellukselle: luonnokset nimineen, osatoteuttajille lähetetyt pyynnöt ja heiltä saadut osuudet, tallentamattomat versiot, arviot, rahoitusesitys, arvioijan avaamat hakemukset ja arvioijaryhmän tiedostot sekä ehdotukset yhteishankkeiksi, ilmoitukset kiinnostuksesta osallistua ja yhteishankkeiden työpaja. Säilytä se turvallisessa paikassa, tai siirrä sillä työsi toiselle tietokoneelle.",
        sv: "Säkerhetskopian är en enda fil med allt som den här webbläsaren sparar för applikationen: utkasten med sina namn, förfrågningarna till delgenomförarna och de delar de har returnerat, osparade versioner, bedömningar, finansieringsförslaget, de ansökningar som bedömaren har öppnat och bedömargruppens filer samt förslagen till gemensamma projekt, anmälningarna om intresse att delta och workshoppen för gemensamma projekt. Förvara den på ett säkert ställe eller flytta ditt arbete till en annan dator med den.",
        en: "A backup is one file with everything this browser keeps for the app: the drafts with their names, the requests sent to partners and the parts they returned, unsaved versions, assessments, the funding proposal, the applications the reviewer opened and the panel's files, and the initiatives for joint projects, expressions of interest and the joint projects workshop. Keep it somewhere safe, or use it to move your work to another computer.",
    }
    NoneYet {
        fi: "Tästä selaimesta ei ole vielä tehty varmuuskopiota.",
        sv: "Ingen säkerhetskopia har ännu gjorts i den här webbläsaren.",
        en: "No backup has been made in this browser yet.",
    }
    Make { fi: "Tee varmuuskopio", sv: "Gör en säkerhetskopia", en: "Make a backup" }
    Made { fi: "Varmuuskopio on tehty:", sv: "Säkerhetskopian har gjorts:", en: "The backup was made:" }
    NotMade { fi: "Varmuuskopiota ei voitu tehdä.", sv: "Säkerhetskopian kunde inte göras.", en: "The backup could not be made." }
    NotDownloaded {
        fi: "Selain ei antanut tallentaa tiedostoa. Yritä uudelleen, ja tarkista, salliiko selain tämän sivuston ladata tiedostoja.",
        sv: "Webbläsaren lät inte filen sparas. Försök igen och kontrollera att webbläsaren tillåter den här webbplatsen att ladda ner filer.",
        en: "The browser did not let the file be saved. Try again, and check that the browser allows this site to download files.",
    }
    RestoreTitle { fi: "Palauta varmuuskopio", sv: "Återställ en säkerhetskopia", en: "Restore a backup" }
    RestoreIntro {
        fi: "Palauttaminen lisää tähän selaimeen sen, mikä varmuuskopiossa on ja täältä puuttuu. Se ei kirjoita minkään yli: jos sama asia on täällä eri versiona, molemmat säilyvät. Lopuksi näet, mitä lisättiin, mikä oli jo täällä ja mitä jätettiin pois.",
        sv: "Återställningen lägger till det som finns i säkerhetskopian och saknas här. Den skriver inte över något: om samma sak finns här i en annan version behålls båda. Till sist ser du vad som lades till, vad som redan fanns här och vad som utelämnades.",
        en: "Restoring adds to this browser what the backup holds and this browser does not. It writes over nothing: where this browser has another version of the same thing, both are kept. Afterwards you see what was added, what was here already and what was left out.",
    }
    Choose { fi: "Valitse varmuuskopiotiedosto", sv: "Välj säkerhetskopians fil", en: "Choose the backup file" }
    NotRestored { fi: "Varmuuskopiota ei palautettu", sv: "Säkerhetskopian återställdes inte", en: "The backup was not restored" }
    Restored { fi: "Varmuuskopio palautettu", sv: "Säkerhetskopian har återställts", en: "The backup was restored" }
    NothingNew {
        fi: "Kaikki varmuuskopion sisältö oli jo tässä selaimessa: mitään ei muutettu.",
        sv: "Allt i säkerhetskopian fanns redan i den här webbläsaren: ingenting ändrades.",
        en: "Everything in the backup was in this browser already: nothing was changed.",
    }
    Added { fi: "Lisättiin", sv: "Lades till", en: "Added" }
    Already { fi: "Oli jo tässä selaimessa", sv: "Fanns redan i den här webbläsaren", en: "Already in this browser" }
    KeptBoth { fi: "Molemmat versiot säilytettiin", sv: "Båda versionerna behölls", en: "Both versions kept" }
    Skipped { fi: "Jätettiin pois", sv: "Utelämnades", en: "Left out" }
}

/// When the last backup was made: "Viimeisin varmuuskopio on tehty 6.12.2026 klo 10.00."
pub fn last_backup(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Fi => format!("Viimeisin varmuuskopio on tehty {when}."),
        Lang::Sv => format!("Den senaste säkerhetskopian gjordes {when}."),
        Lang::En => format!("The last backup was made {when}."),
    }
}

/// A backup larger than the app restores is not made: "… 70 Mt, enintään 64 Mt …".
pub fn too_large(lang: Lang, bytes: usize, limit: usize) -> String {
    let mb = |b: usize| super::integer(lang, b.div_ceil(1024 * 1024) as u64);
    let (bytes, limit) = (mb(bytes), mb(limit));
    match lang {
        Lang::Fi => format!("Varmuuskopio olisi liian suuri ({bytes} Mt, enintään {limit} Mt): niin suurta tiedostoa sovellus ei voisi palauttaa. Vie suurimmat luonnokset tiedostoina ja poista ne tästä selaimesta, ja tee sitten varmuuskopio."),
        Lang::Sv => format!("Säkerhetskopian skulle bli för stor ({bytes} MB, högst {limit} MB): en så stor fil skulle applikationen inte kunna återställa. Exportera de största utkasten som filer och ta bort dem från den här webbläsaren, och gör sedan säkerhetskopian."),
        Lang::En => format!("The backup would be too large ({bytes} MB, at most {limit} MB): the app could not restore a file that large. Export the largest drafts as files and delete them from this browser, then make the backup."),
    }
}

/// The title of a draft kept beside the one here: "Hanke (varmuuskopiosta 6.12.2026)".
pub fn copy_title(lang: Lang, name: &str, date: &str) -> String {
    let name = if name.trim().is_empty() {
        super::T::UntitledDraft.get(lang)
    } else {
        name
    };
    match lang {
        Lang::Fi => format!("{name} (varmuuskopiosta {date})"),
        Lang::Sv => format!("{name} (från säkerhetskopian {date})"),
        Lang::En => format!("{name} (from the backup of {date})"),
    }
}

/// How many of a kind: "2 luonnosta", "1 osparad version", "3 assessments".
pub fn count(lang: Lang, kind: Kind, n: usize) -> String {
    use Kind::*;
    let (one, many) = match (lang, kind) {
        (Lang::Fi, Draft) => ("luonnos", "luonnosta"),
        (Lang::Sv, Draft) => ("utkast", "utkast"),
        (Lang::En, Draft) => ("draft", "drafts"),
        (Lang::Fi, DraftRecovery) => ("tallentamaton versio", "tallentamatonta versiota"),
        (Lang::Sv, DraftRecovery) => ("osparad version", "osparade versioner"),
        (Lang::En, DraftRecovery) => ("unsaved version", "unsaved versions"),
        (Lang::Fi, Review) => ("arvio", "arviota"),
        (Lang::Sv, Review) => ("bedömning", "bedömningar"),
        (Lang::En, Review) => ("assessment", "assessments"),
        (Lang::Fi, GrantedProject) => ("avustettu hanke", "avustettua hanketta"),
        (Lang::Sv, GrantedProject) => ("beviljat projekt", "beviljade projekt"),
        (Lang::En, GrantedProject) => ("granted project", "granted projects"),
        (Lang::Fi, Clarification) => ("lisäselvityksen vastaukset", "lisäselvityksen vastaukset"),
        (Lang::Sv, Clarification) => ("svar på en tilläggsutredning", "svar på tilläggsutredningar"),
        (Lang::En, Clarification) => ("answers to a clarification", "answers to clarifications"),
        (Lang::Fi, MinistryClarifications) => ("lisäselvitysten kirjanpito", "lisäselvitysten kirjanpitoa"),
        (Lang::Sv, MinistryClarifications) => {
            ("register över tilläggsutredningar", "register över tilläggsutredningar")
        }
        (Lang::En, MinistryClarifications) => ("record of clarifications", "records of clarifications"),
        (Lang::Fi, FollowUp) => ("avustusten seuranta", "avustusten seurantaa"),
        (Lang::Sv, FollowUp) => ("uppföljning av understöden", "uppföljningar av understöden"),
        (Lang::En, FollowUp) => ("follow-up of the grants", "follow-ups of the grants"),
        (Lang::Fi, ChangeDecisions) => ("muutoshakemusten päätösluonnos", "muutoshakemusten päätösluonnosta"),
        (Lang::Sv, ChangeDecisions) => (
            "utkast till beslut om ändringsansökningar",
            "utkast till beslut om ändringsansökningar",
        ),
        (Lang::En, ChangeDecisions) => ("draft of change decisions", "drafts of change decisions"),
        (Lang::Fi, CompletionDrafts) => ("täydennyspyyntöjen luonnos", "täydennyspyyntöjen luonnosta"),
        (Lang::Sv, CompletionDrafts) => (
            "utkast till begäranden om komplettering",
            "utkast till begäranden om komplettering",
        ),
        (Lang::En, CompletionDrafts) => ("draft of completion requests", "drafts of completion requests"),
        (Lang::Fi, SecondProposal) => ("jatkopäätöksen esitys", "jatkopäätöksen esitystä"),
        (Lang::Sv, SecondProposal) => ("förslag till det andra beslutet", "förslag till det andra beslutet"),
        (Lang::En, SecondProposal) => ("second decision's proposal", "second decision's proposals"),
        (Lang::Fi, ReplacedReview) => ("korvattu arvio", "korvattua arviota"),
        (Lang::Sv, ReplacedReview) => ("ersatt bedömning", "ersatta bedömningar"),
        (Lang::En, ReplacedReview) => ("replaced assessment", "replaced assessments"),
        (Lang::Fi, SetAsideReviews) => ("lukukelvoton arviotallenne", "lukukelvotonta arviotallennetta"),
        (Lang::Sv, SetAsideReviews) => ("oläslig bedömningspost", "oläsliga bedömningsposter"),
        (Lang::En, SetAsideReviews) => ("unreadable assessments record", "unreadable assessments records"),
        (Lang::Fi, Proposal) => ("rahoitusesitys", "rahoitusesitystä"),
        (Lang::Sv, Proposal) => ("finansieringsförslag", "finansieringsförslag"),
        (Lang::En, Proposal) => ("funding proposal", "funding proposals"),
        (Lang::Fi, OpenedApplication) => ("arvioitavaksi avattu hakemus", "arvioitavaksi avattua hakemusta"),
        (Lang::Sv, OpenedApplication) => ("ansökan öppnad för bedömning", "ansökningar öppnade för bedömning"),
        (Lang::En, OpenedApplication) => ("application opened for review", "applications opened for review"),
        (Lang::Fi, PanelFile) => ("arvioijaryhmän tiedosto", "arvioijaryhmän tiedostoa"),
        (Lang::Sv, PanelFile) => ("fil i bedömargruppen", "filer i bedömargruppen"),
        (Lang::En, PanelFile) => ("panel file", "panel files"),
        (Lang::Fi, Reviewer) => ("arvioijan nimi ja organisaatio", "arvioijan nimeä ja organisaatiota"),
        (Lang::Sv, Reviewer) => ("bedömarens namn och organisation", "bedömarens namn och organisation"),
        (Lang::En, Reviewer) => ("reviewer's name and organisation", "reviewers' names and organisations"),
        (Lang::Fi, Initiative) => ("ehdotus yhteishankkeeksi", "ehdotusta yhteishankkeiksi"),
        (Lang::Sv, Initiative) => ("förslag till gemensamt projekt", "förslag till gemensamma projekt"),
        (Lang::En, Initiative) => ("initiative for a joint project", "initiatives for joint projects"),
        (Lang::Fi, Interest) => (
            "ilmoitus kiinnostuksesta osallistua",
            "ilmoitusta kiinnostuksesta osallistua",
        ),
        (Lang::Sv, Interest) => ("anmälan om intresse att delta", "anmälningar om intresse att delta"),
        (Lang::En, Interest) => ("expression of interest", "expressions of interest"),
        (Lang::Fi, ReceivedInitiative) => ("muun kunnan ehdotus", "muiden kuntien ehdotusta"),
        (Lang::Sv, ReceivedInitiative) => ("annan kommuns förslag", "andra kommuners förslag"),
        (Lang::En, ReceivedInitiative) => ("other municipality's initiative", "other municipalities' initiatives"),
        (Lang::Fi, WorkshopFile) => ("työpajassa avattu tiedosto", "työpajassa avattua tiedostoa"),
        (Lang::Sv, WorkshopFile) => ("fil öppnad i workshoppen", "filer öppnade i workshoppen"),
        (Lang::En, WorkshopFile) => ("file opened in the workshop", "files opened in the workshop"),
        (Lang::Fi, Workshop) => (
            "työpajan valinnat (yhdistetyt ehdotukset ja hankehallinnoijat)",
            "työpajan valinnat (yhdistetyt ehdotukset ja hankehallinnoijat)",
        ),
        (Lang::Sv, Workshop) => (
            "workshoppens val (sammanslagna förslag och projektförvaltare)",
            "workshoppens val (sammanslagna förslag och projektförvaltare)",
        ),
        (Lang::En, Workshop) => (
            "workshop's choices (initiatives joined and leads)",
            "workshops' choices (initiatives joined and leads)",
        ),
    };
    counted(lang, n, one, many)
}

/// An item as a person knows it: `Luonnos ”Yhteishanke”`, `Arvio ”Sähköiset lomakkeet”`. A
/// proposal is named by when it was saved, which the caller writes (`when`).
pub fn item(lang: Lang, item: &Item, when: &str) -> String {
    use Kind::*;
    let name = item.name.trim();
    let what = match (lang, item.kind) {
        (Lang::Fi, Draft) if name.is_empty() => return "Luonnos".into(),
        (Lang::Sv, Draft) if name.is_empty() => return "Utkast".into(),
        (Lang::En, Draft) if name.is_empty() => return "A draft".into(),
        (Lang::Fi, Proposal) => return format!("Rahoitusesitys ({when})"),
        (Lang::Sv, Proposal) => return format!("Finansieringsförslag ({when})"),
        (Lang::En, Proposal) => return format!("Funding proposal ({when})"),
        (Lang::Fi, Draft) => "Luonnos",
        (Lang::Sv, Draft) => "Utkastet",
        (Lang::En, Draft) => "Draft",
        (Lang::Fi, DraftRecovery) => "Tallentamaton versio",
        (Lang::Sv, DraftRecovery) => "Osparad version",
        (Lang::En, DraftRecovery) => "Unsaved version",
        (Lang::Fi, Review) => "Arvio",
        (Lang::Sv, Review) => "Bedömningen",
        (Lang::En, Review) => "Assessment",
        (Lang::Fi, ReplacedReview) => "Korvattu arvio",
        (Lang::Sv, ReplacedReview) => "Ersatt bedömning",
        (Lang::En, ReplacedReview) => "Replaced assessment",
        (Lang::Fi, SetAsideReviews) => "Lukukelvoton arviotallenne",
        (Lang::Sv, SetAsideReviews) => "Oläslig bedömningspost",
        (Lang::En, SetAsideReviews) => "Unreadable assessments record",
        (Lang::Fi, OpenedApplication) => "Arvioitavaksi avattu hakemus",
        (Lang::Sv, OpenedApplication) => "Ansökan öppnad för bedömning",
        (Lang::En, OpenedApplication) => "Application opened for review",
        (Lang::Fi, PanelFile) => "Arvioijaryhmän tiedosto",
        (Lang::Sv, PanelFile) => "Bedömargruppens fil",
        (Lang::En, PanelFile) => "Panel file",
        (Lang::Fi, Reviewer) => "Arvioija",
        (Lang::Sv, Reviewer) => "Bedömaren",
        (Lang::En, Reviewer) => "Reviewer",
        (Lang::Fi, Initiative) => "Ehdotus",
        (Lang::Sv, Initiative) => "Förslaget",
        (Lang::En, Initiative) => "Initiative",
        (Lang::Fi, Interest) => "Ilmoitus kiinnostuksesta",
        (Lang::Sv, Interest) => "Intresseanmälan",
        (Lang::En, Interest) => "Expression of interest",
        (Lang::Fi, ReceivedInitiative) => "Muun kunnan ehdotus",
        (Lang::Sv, ReceivedInitiative) => "Annan kommuns förslag",
        (Lang::En, ReceivedInitiative) => "Other municipality's initiative",
        (Lang::Fi, WorkshopFile) => "Työpajan tiedosto",
        (Lang::Sv, WorkshopFile) => "Workshoppens fil",
        (Lang::En, WorkshopFile) => "Workshop file",
        (Lang::Fi, Workshop) => "Työpajan valinnat",
        (Lang::Sv, Workshop) => "Workshoppens val",
        (Lang::En, Workshop) => "The workshop's choices",
        (Lang::Fi, GrantedProject) => "Avustettu hanke",
        (Lang::Sv, GrantedProject) => "Det beviljade projektet",
        (Lang::En, GrantedProject) => "Granted project",
        (Lang::Fi, Clarification) => "Lisäselvityksen vastaukset",
        (Lang::Sv, Clarification) => "Svaren på begäran om tilläggsutredning",
        (Lang::En, Clarification) => "Answers to the request for clarification",
        (Lang::Fi, MinistryClarifications) => "Lisäselvityspyynnöt ja vastaukset",
        (Lang::Sv, MinistryClarifications) => "Begäranden om tilläggsutredning och svaren",
        (Lang::En, MinistryClarifications) => "Requests for clarification and the answers",
        (Lang::Fi, FollowUp) => "Avustusten seuranta",
        (Lang::Sv, FollowUp) => "Uppföljningen av understöden",
        (Lang::En, FollowUp) => "The follow-up of the grants",
        (Lang::Fi, ChangeDecisions) => "Muutoshakemusten päätökset valmisteilla",
        (Lang::Sv, ChangeDecisions) => "Besluten om ändringsansökningar under beredning",
        (Lang::En, ChangeDecisions) => "Change decisions in progress",
        (Lang::Fi, CompletionDrafts) => "Täydennyspyynnöt valmisteilla",
        (Lang::Sv, CompletionDrafts) => "Begäranden om komplettering under beredning",
        (Lang::En, CompletionDrafts) => "Completion requests in progress",
        (Lang::Fi, SecondProposal) => "Jatkopäätöksen esitys",
        (Lang::Sv, SecondProposal) => "Förslaget till det andra beslutet",
        (Lang::En, SecondProposal) => "The second decision's proposal",
    };
    match (lang, name.is_empty()) {
        (_, true) => what.to_string(),
        (Lang::En, false) => format!("{what} “{name}”"),
        (_, false) => format!("{what} ”{name}”"),
    }
}

/// Both kept: where the backup's version went, after the item (`item`).
pub fn kept_both(lang: Lang, item: &Item, named: &str) -> String {
    use Kind::*;
    let copy = item.copy.as_deref().unwrap_or_default();
    let rest = match (lang, item.kind) {
        (Lang::Fi, Draft | Initiative) => format!("tämän selaimen versio säilyi ennallaan, ja varmuuskopion versio lisättiin nimellä ”{copy}”."),
        (Lang::Sv, Draft | Initiative) => format!("versionen i den här webbläsaren är oförändrad, och säkerhetskopians version lades till med namnet ”{copy}”."),
        (Lang::En, Draft | Initiative) => format!("this browser's version is unchanged, and the backup's version was added as “{copy}”."),
        (Lang::Fi, Interest) => "tämän selaimen ilmoitus säilyi ennallaan, ja varmuuskopion versio lisättiin sen rinnalle omaksi ilmoituksekseen.".into(),
        (Lang::Sv, Interest) => "anmälan i den här webbläsaren är oförändrad, och säkerhetskopians version lades till bredvid den som en egen anmälan.".into(),
        (Lang::En, Interest) => "this browser's expression of interest is unchanged, and the backup's version was added beside it as one of its own.".into(),
        (Lang::Fi, GrantedProject) => "tämän selaimen hanke säilyi ennallaan, ja varmuuskopion versio lisättiin sen rinnalle omaksi hankkeekseen avustettujen hankkeiden sivulle.".into(),
        (Lang::Sv, GrantedProject) => "projektet i den här webbläsaren är oförändrat, och säkerhetskopians version lades till bredvid det som ett eget projekt på sidan för beviljade projekt.".into(),
        (Lang::En, GrantedProject) => "this browser's project is unchanged, and the backup's version was added beside it as a project of its own on the granted projects page.".into(),
        (Lang::Fi, Review) => "tämän selaimen arvio säilyi ennallaan; varmuuskopion arvio on korvattujen arvioiden joukossa arvioijan sivulla, ja Palauta korvatut arviot tuo sen takaisin.".into(),
        (Lang::Sv, Review) => "bedömningen i den här webbläsaren är oförändrad; säkerhetskopians bedömning finns bland de ersatta bedömningarna på bedömarens sida, och Återställ de ersatta bedömningarna tar tillbaka den.".into(),
        (Lang::En, Review) => "this browser's assessment is unchanged; the backup's is among the replaced assessments on the reviewer's page, and Restore the replaced assessments brings it back.".into(),
        (Lang::Fi, _) => "tämän selaimen esitys säilyi ennallaan; varmuuskopion esitys on säilytetty sen rinnalla, ja sen voi ladata rahoitusesityksen sivulta.".into(),
        (Lang::Sv, _) => "förslaget i den här webbläsaren är oförändrat; säkerhetskopians förslag har sparats vid sidan av det och kan laddas ner på finansieringsförslagets sida.".into(),
        (Lang::En, _) => "this browser's proposal is unchanged; the backup's is kept beside it and can be downloaded on the funding proposal's page.".into(),
    };
    format!("{named}: {rest}")
}

/// Left out, and why, after the item (`named`).
pub fn skipped(lang: Lang, named: &str, reason: &Reason) -> String {
    let why = match (lang, reason) {
        (Lang::Fi, Reason::Unreadable(e)) => format!("tämä sovelluksen versio ei voi lukea sitä ({}).", super::import_error(lang, e)),
        (Lang::Sv, Reason::Unreadable(e)) => format!("den här versionen av applikationen kan inte läsa den ({}).", super::import_error(lang, e)),
        (Lang::En, Reason::Unreadable(e)) => format!("this version of the app cannot read it ({}).", super::import_error(lang, e)),
        (Lang::Fi, Reason::NoPlace) => "tässä selaimessa on jo kaksi muuta versiota siitä, eikä kolmatta voi säilyttää niiden rinnalla.".into(),
        (Lang::Sv, Reason::NoPlace) => "den här webbläsaren har redan två andra versioner av den, och en tredje kan inte sparas vid sidan av dem.".into(),
        (Lang::En, Reason::NoPlace) => "this browser already has two other versions of it, and a third cannot be kept beside them.".into(),
        (Lang::Fi, Reason::HereUnreadable) => "tämän selaimen oma tallenne ei ole luettavissa, joten siihen ei lisätty mitään.".into(),
        (Lang::Sv, Reason::HereUnreadable) => "den här webbläsarens egen post kan inte läsas, så ingenting lades till i den.".into(),
        (Lang::En, Reason::HereUnreadable) => "this browser's own record cannot be read, so nothing was added to it.".into(),
        (Lang::Fi, Reason::OtherReviewer) => "tässä selaimessa arvioijaksi on ilmoitettu toinen henkilö, ja se säilyi.".into(),
        (Lang::Sv, Reason::OtherReviewer) => "i den här webbläsaren har en annan person angetts som bedömare, och den uppgiften behölls.".into(),
        (Lang::En, Reason::OtherReviewer) => "this browser names another reviewer, who was kept.".into(),
        (Lang::Fi, Reason::OtherPanelFile) => "arvioijaryhmässä on yksi tiedosto arvioijaa kohden, ja tässä selaimessa on jo toinen tämän arvioijan tiedosto, joka säilyi.".into(),
        (Lang::Sv, Reason::OtherPanelFile) => "bedömargruppen har en fil per bedömare, och den här webbläsaren har redan en annan fil från samma bedömare, som behölls.".into(),
        (Lang::En, Reason::OtherPanelFile) => "the panel holds one file per reviewer, and this browser already has another file of this reviewer, which was kept.".into(),
        (Lang::Fi, Reason::NoRoom) => "se ei mahtunut selaimen tallennustilaan, joten sitä ei palautettu.".into(),
        (Lang::Sv, Reason::NoRoom) => "den fick inte plats i webbläsarens lagringsutrymme och återställdes inte.".into(),
        (Lang::En, Reason::NoRoom) => "it did not fit in the browser's storage, so it was not restored.".into(),
        (Lang::Fi, Reason::OtherVersion) => "tässä selaimessa on siitä toinen versio, joka säilyi. Varmuuskopion version saa käyttöön avaamalla ehdotuksen tiedoston uudelleen.".into(),
        (Lang::Sv, Reason::OtherVersion) => "den här webbläsaren har en annan version av det, som behölls. Säkerhetskopians version fås genom att öppna förslagets fil på nytt.".into(),
        (Lang::En, Reason::OtherVersion) => "this browser holds another version of it, which was kept. Open the initiative's file again to use the backup's version.".into(),
        (Lang::Fi, Reason::OtherWorkshop) => "tämän selaimen työpajassa on tehty omat yhdistämiset ja valinnat, ja ne säilyivät ennallaan.".into(),
        (Lang::Sv, Reason::OtherWorkshop) => "workshoppen i den här webbläsaren har egna sammanslagningar och val, och de behölls oförändrade.".into(),
        (Lang::En, Reason::OtherWorkshop) => "the workshop in this browser has joins and choices of its own, which were kept unchanged.".into(),
        (Lang::Fi, Reason::OwnRecord) => "tässä selaimessa on siitä oma versionsa, joka säilyi ennallaan; varmuuskopion versiota ei yhdistetty siihen.".into(),
        (Lang::Sv, Reason::OwnRecord) => "den här webbläsaren har en egen version av det, som behölls oförändrad; säkerhetskopians version slogs inte samman med den.".into(),
        (Lang::En, Reason::OwnRecord) => "this browser holds its own version of it, which was kept unchanged; the backup's version was not merged into it.".into(),
        (Lang::Fi, Reason::WithoutDraft) => "luonnosta, johon se kuuluu, ei palautettu, joten ei sitäkään.".into(),
        (Lang::Sv, Reason::WithoutDraft) => "utkastet som det hör till återställdes inte, så inte heller det.".into(),
        (Lang::En, Reason::WithoutDraft) => "the draft it belongs to was not restored, so neither was it.".into(),
    };
    format!("{named}: {why}")
}
