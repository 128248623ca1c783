//! The words of the ministry's follow-up app (`ui::follow_up`, `follow-up.html`): its home page —
//! the decision and the grantees' report files opened, the grants' table, the programme's totals —
//! and the follow-up file. The table `Fp` is in the Swedish and English texts files, but only the
//! follow-up app installs it (`super::FOLLOW_UP_TABLES`); the figures' labels and the findings'
//! sentences are `follow_up`'s (`Fu`, shared with `hakemus-check`). Finnish from decision 004 where
//! it has the words ("väliraportti", "maksatushakemus", "loppuraportti").

use super::texts::texts;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Fp;
    FollowUpTitle { fi: "Avustusten seuranta", sv: "Uppföljning av understöden", en: "Following up the grants" }
    FollowUpIntro {
        fi: "Valtiovarainministeriö seuraa jokaista myönnettyä avustusta: väliraportit neljän kuukauden välein, maksatushakemukset, maksut ja loppuraportin jälkeen avustuksen selvitys.",
        sv: "Finansministeriet följer upp varje beviljat understöd: mellanrapporterna var fjärde månad, utbetalningsansökningarna, utbetalningarna och efter slutrapporten avräkningen av understödet.",
        en: "The Ministry of Finance follows each grant: the interim reports every four months, the payment claims, the payments and, after the final report, the grant's settlement.",
    }
    OpenTitle { fi: "Avaa päätös ja raportit", sv: "Öppna beslutet och rapporterna", en: "Open the decision and the reports" }
    OpenIntro {
        fi: "Valitse avustuspäätöksen tiedosto (siitä tulevat seurattaviksi myönnetyt avustukset) ja hankkeiden lähettämät väliraportit, maksatushakemukset ja loppuraportit. Voit valita useita tiedostoja kerralla.",
        sv: "Välj beslutsfilen (de beviljade understöden följs upp från den) och mellanrapporterna, utbetalningsansökningarna och slutrapporterna som projekten skickat. Du kan välja flera filer på en gång.",
        en: "Choose the grant decision's file (the grants it awards are followed from it) and the interim reports, payment claims and final reports the projects sent. You can choose several files at once.",
    }
    FilesLabel { fi: "Päätös- ja raporttitiedostot", sv: "Besluts- och rapportfiler", en: "Decision and report files" }
    FilesOutcome { fi: "Avatut tiedostot", sv: "Öppnade filer", en: "Files opened" }
    FileRefused { fi: "ei otettu vastaan:", sv: "togs inte emot:", en: "not taken in:" }
    NotAFile {
        fi: "tiedosto ei ole avustuspäätös, väliraportti, maksatushakemus eikä loppuraportti.",
        sv: "filen är varken ett beslut om understöd, en mellanrapport, en utbetalningsansökan eller en slutrapport.",
        en: "the file is not a grant decision, an interim report, a payment claim or a final report.",
    }
    AlreadyReceived {
        fi: "sama tiedosto on jo vastaanotettu.",
        sv: "samma fil har redan tagits emot.",
        en: "the same file was received already.",
    }
    DecisionKnown {
        fi: "päätöksen kaikki myönnetyt avustukset ovat jo seurannassa.",
        sv: "alla understöd som beslutet beviljar följs redan upp.",
        en: "every grant of the decision is followed already.",
    }
    SaveFailedFiles {
        fi: "seurantaa ei voitu tallentaa tähän selaimeen, joten tiedostoa ei otettu vastaan.",
        sv: "uppföljningen kunde inte sparas i den här webbläsaren, så filen togs inte emot.",
        en: "the follow-up could not be saved in this browser, so the file was not taken in.",
    }
    GrantsTitle { fi: "Seurattavat avustukset", sv: "Understöd som följs upp", en: "Grants followed" }
    NoGrants {
        fi: "Seurattavia avustuksia ei vielä ole. Avaa avustuspäätöksen tiedosto tai hankkeen raportti.",
        sv: "Inga understöd följs upp ännu. Öppna beslutsfilen eller ett projekts rapport.",
        en: "No grants are followed yet. Open the grant decision's file or a project's report.",
    }
    ColProject { fi: "Hanke", sv: "Projekt", en: "Project" }
    ColLead { fi: "Hallinnoija", sv: "Förvaltare", en: "Lead" }
    ColGranted { fi: "Myönnetty enintään", sv: "Beviljat högst", en: "Granted at most" }
    ColClaimed { fi: "Haettu", sv: "Sökt", en: "Claimed" }
    ColPaid { fi: "Maksettu", sv: "Utbetalt", en: "Paid" }
    ColAvailable { fi: "Vielä käytettävissä", sv: "Ännu tillgängligt", en: "Still available" }
    ColReports { fi: "Väliraportit / kaudet", sv: "Mellanrapporter / perioder", en: "Interim reports / periods" }
    ColLate { fi: "Myöhässä", sv: "Försenat", en: "Late" }
    NothingLate { fi: "ei mitään", sv: "inget", en: "nothing" }
    FinalReportLate { fi: "loppuraportti", sv: "slutrapporten", en: "the final report" }
    Untitled { fi: "(nimetön hanke)", sv: "(projekt utan namn)", en: "(untitled project)" }
    TotalsTitle { fi: "Ohjelman luvut", sv: "Programmets siffror", en: "The programme's figures" }
    TotalsIntro {
        fi: "Seurattavien avustusten summat määrärahaa vasten. Myönnetty on selvitetyn avustuksen lopullinen määrä, muuten päätöksen enimmäismäärä.",
        sv: "De uppföljda understödens summor mot anslaget. Beviljat är det slutliga beloppet för ett avräknat understöd, annars beslutets högsta belopp.",
        en: "The grants followed, summed against the appropriation. Granted is a settled grant's final amount, otherwise the decision's maximum.",
    }
    FileTitle { fi: "Seurantatiedosto", sv: "Uppföljningsfil", en: "The follow-up file" }
    FileIntro {
        fi: "Seuranta tallentuu tähän selaimeen. Tallenna se tiedostoksi varmuuskopioksi tai hyväksyjälle, joka avaa sen omassa selaimessaan.",
        sv: "Uppföljningen sparas i den här webbläsaren. Spara den som en fil för säkerhetskopiering eller åt godkännaren, som öppnar den i sin egen webbläsare.",
        en: "The follow-up is kept in this browser. Save it as a file, as a backup or for the approver, who opens it in their own browser.",
    }
    SaveFile { fi: "Tallenna seurantatiedosto", sv: "Spara uppföljningsfilen", en: "Save the follow-up file" }
    OpenFileLabel { fi: "Avaa seurantatiedosto", sv: "Öppna en uppföljningsfil", en: "Open a follow-up file" }
    OpenFileHint {
        fi: "Avattu tiedosto korvaa tämän selaimen seurannan. Edellisen voi palauttaa heti avaamisen jälkeen.",
        sv: "Den öppnade filen ersätter uppföljningen i den här webbläsaren. Den tidigare kan återställas direkt efter öppnandet.",
        en: "The file opened replaces this browser's follow-up. The previous one can be put back right after.",
    }
    FileOpened { fi: "Seurantatiedosto avattiin.", sv: "Uppföljningsfilen öppnades.", en: "The follow-up file was opened." }
    FileNotOpened { fi: "Seurantatiedostoa ei avattu:", sv: "Uppföljningsfilen öppnades inte:", en: "The follow-up file was not opened:" }
    PutBack { fi: "Palauta edellinen seuranta", sv: "Återställ den tidigare uppföljningen", en: "Put the previous follow-up back" }
    PutBackDone { fi: "Edellinen seuranta palautettiin.", sv: "Den tidigare uppföljningen återställdes.", en: "The previous follow-up was put back." }
    Saved { fi: "Tallennettu tähän selaimeen", sv: "Sparad i den här webbläsaren", en: "Saved in this browser" }
    NotSavedYet { fi: "Ei vielä tallennettu.", sv: "Inte sparad ännu.", en: "Not saved yet." }
    SaveFailed {
        fi: "Tallennus tähän selaimeen epäonnistui. Tallenna seurantatiedosto, jottei työ katoa.",
        sv: "Det gick inte att spara i den här webbläsaren. Spara uppföljningsfilen så att arbetet inte går förlorat.",
        en: "Saving in this browser failed. Save the follow-up file so that the work is not lost.",
    }
    SaveConflict {
        fi: "Toinen välilehti on tallentanut seurannan tämän jälkeen: tätä versiota ei tallenneta sen päälle. Lataa sivu uudelleen.",
        sv: "En annan flik har sparat uppföljningen efter detta: den här versionen sparas inte över den. Ladda om sidan.",
        en: "Another tab has saved the follow-up since: this version is not saved over it. Reload the page.",
    }
    StoredUnreadable {
        fi: "Tähän selaimeen tallennettua seurantaa ei voi lukea tällä sovelluksen versiolla. Sitä ei korvata; uutta ei tallenneta.",
        sv: "Uppföljningen som sparats i den här webbläsaren kan inte läsas med den här versionen av appen. Den ersätts inte; inget nytt sparas.",
        en: "The follow-up stored in this browser cannot be read by this version of the app. It is not replaced; nothing new is saved.",
    }
}

/// "Päätöksestä lisättiin 1 avustus seurantaan."
pub fn decision_added(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fi, 1) => "päätöksestä lisättiin seurantaan 1 avustus.".into(),
        (Lang::Fi, n) => format!("päätöksestä lisättiin seurantaan {n} avustusta."),
        (Lang::Sv, 1) => "1 understöd ur beslutet lades till i uppföljningen.".into(),
        (Lang::Sv, n) => format!("{n} understöd ur beslutet lades till i uppföljningen."),
        (Lang::En, 1) => "1 grant of the decision added to the follow-up.".into(),
        (Lang::En, n) => format!("{n} grants of the decision added to the follow-up."),
    }
}

/// What a report file received was taken as: its kind and the project's name.
pub fn report_received(lang: Lang, kind: &str, project: &str, new_grant: bool) -> String {
    let added = match (lang, new_grant) {
        (_, false) => "",
        (Lang::Fi, true) => " Hanke lisättiin seurantaan.",
        (Lang::Sv, true) => " Projektet lades till i uppföljningen.",
        (Lang::En, true) => " The project was added to the follow-up.",
    };
    match lang {
        Lang::Fi => format!("vastaanotettu: {kind}, {project}.{added}"),
        Lang::Sv => format!("mottagen: {kind}, {project}.{added}"),
        Lang::En => format!("received: {kind}, {project}.{added}"),
    }
}

/// A report's kind, as a received file names it.
pub fn kind(lang: Lang, k: crate::domain::formats::follow_up::ReportKind) -> &'static str {
    use crate::domain::formats::follow_up::ReportKind::*;
    match (lang, k) {
        (Lang::Fi, InterimReport) => "väliraportti",
        (Lang::Sv, InterimReport) => "mellanrapport",
        (Lang::En, InterimReport) => "interim report",
        (Lang::Fi, PaymentClaim) => "maksatushakemus",
        (Lang::Sv, PaymentClaim) => "utbetalningsansökan",
        (Lang::En, PaymentClaim) => "payment claim",
        (Lang::Fi, FinalReport) => "loppuraportti",
        (Lang::Sv, FinalReport) => "slutrapport",
        (Lang::En, FinalReport) => "final report",
    }
}

/// A late period in the table: "2. kausi (määräaika 15.11.2020)".
pub fn late_period(lang: Lang, number: usize, due: &str) -> String {
    match lang {
        Lang::Fi => format!("{number}. kausi (määräaika {due})"),
        Lang::Sv => format!("period {number} (senast {due})"),
        Lang::En => format!("period {number} (due {due})"),
    }
}
