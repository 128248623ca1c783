//! Files in and out: why an import was refused, what it noted, the errors said before an export
//! the counts `hakemus-check` prints, and the storage the browser gives the drafts.

use super::format::{bytes, counted, integer};
use crate::domain::vocabulary::locale::Lang;

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
    use crate::domain::formats::reader::Problem::*;
    let kb = |b: usize| integer(lang, b.div_ceil(1024) as u64);
    match (lang, p) {
        (Lang::Fi, Empty) => "Tiedosto on tyhjä.".into(),
        (Lang::Sv, Empty) => "Filen är tom.".into(),
        (Lang::En, Empty) => "The file is empty.".into(),
        (Lang::Fi, CouldNotRead) => "Tiedostoa ei voitu lukea.".into(),
        (Lang::Sv, CouldNotRead) => "Filen kunde inte läsas.".into(),
        (Lang::En, CouldNotRead) => "The file could not be read.".into(),
        (Lang::Fi, TooLarge { bytes, limit }) => format!("Tiedosto on liian suuri: {} kt, enintään {} kt.", kb(*bytes), kb(*limit)),
        (Lang::Sv, TooLarge { bytes, limit }) => format!("Filen är för stor: {} kB, högst {} kB.", kb(*bytes), kb(*limit)),
        (Lang::En, TooLarge { bytes, limit }) => format!("The file is too large: {} KB, at most {} KB.", kb(*bytes), kb(*limit)),
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
        (Lang::Fi, NotAnExport { expected: "hakemus-review" }) => "Tiedosto ei ole Hakemus-sovelluksesta viety arviotiedosto.".into(),
        (Lang::Sv, NotAnExport { expected: "hakemus-review" }) => "Filen är inte en bedömningsfil som exporterats från Hakemus.".into(),
        (Lang::En, NotAnExport { expected: "hakemus-review" }) => "The file is not a review file exported from Hakemus.".into(),
        (Lang::Fi, NotAnExport { expected: "hakemus-partner-request" }) => "Tiedosto ei ole Hakemus-sovelluksella tehty osatoteuttajan pyyntö.".into(),
        (Lang::Sv, NotAnExport { expected: "hakemus-partner-request" }) => "Filen är inte en begäran till en delgenomförare gjord med Hakemus.".into(),
        (Lang::En, NotAnExport { expected: "hakemus-partner-request" }) => "The file is not a partner request made with Hakemus.".into(),
        (Lang::Fi, NotAnExport { expected: "hakemus-partner-contribution" }) => "Tiedosto ei ole Hakemus-sovelluksella tehty osatoteuttajan osuus.".into(),
        (Lang::Sv, NotAnExport { expected: "hakemus-partner-contribution" }) => "Filen är inte en delgenomförares del gjord med Hakemus.".into(),
        (Lang::En, NotAnExport { expected: "hakemus-partner-contribution" }) => "The file is not a partner contribution made with Hakemus.".into(),
        (Lang::Fi, NotAnExport { expected: "hakemus-backup" }) => "Tiedosto ei ole Hakemus-sovelluksella tehty varmuuskopio.".into(),
        (Lang::Sv, NotAnExport { expected: "hakemus-backup" }) => "Filen är inte en säkerhetskopia gjord med Hakemus.".into(),
        (Lang::En, NotAnExport { expected: "hakemus-backup" }) => "The file is not a backup made with Hakemus.".into(),
        (Lang::Fi, NotAnExport { expected: "hakemus-decision" }) => "Tiedosto ei ole Hakemus-sovelluksella tehty rahoitusesitys.".into(),
        (Lang::Sv, NotAnExport { expected: "hakemus-decision" }) => "Filen är inte ett finansieringsförslag gjort med Hakemus.".into(),
        (Lang::En, NotAnExport { expected: "hakemus-decision" }) => "The file is not a funding proposal made with Hakemus.".into(),
        (Lang::Fi, NotAnExport { .. }) => "Tiedosto ei ole Hakemus-sovelluksesta viety hakemus.".into(),
        (Lang::Sv, NotAnExport { .. }) => "Filen är inte en ansökan som exporterats från Hakemus.".into(),
        (Lang::En, NotAnExport { .. }) => "The file is not an application exported from Hakemus.".into(),
        (Lang::Fi, NewerVersion { found, reads }) => format!("Tiedosto on tehty sovelluksen uudemmalla versiolla (muodon versio {found}; tämä versio lukee enintään version {reads}). Lataa sivu uudelleen saadaksesi uusimman version."),
        (Lang::Sv, NewerVersion { found, reads }) => format!("Filen har gjorts med en nyare version av applikationen (formatversion {found}; den här versionen läser högst version {reads}). Ladda om sidan för att få den senaste versionen."),
        (Lang::En, NewerVersion { found, reads }) => format!("The file was made by a newer version of the app (format version {found}; this version reads up to version {reads}). Reload the page to get the latest version."),
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
        (Lang::Fi, MissingId) => "Tunniste puuttuu tai toistuu.".into(),
        (Lang::Sv, MissingId) => "Identifieraren saknas eller upprepas.".into(),
        (Lang::En, MissingId) => "The identifier is missing or repeated.".into(),
        (Lang::Fi, NotThePartnersLine) => "Rivin kustannusten kantaja ei ole tämä osatoteuttaja.".into(),
        (Lang::Sv, NotThePartnersLine) => "Radens kostnadsbärare är inte denna delgenomförare.".into(),
        (Lang::En, NotThePartnersLine) => "The line's bearer is not this partner.".into(),
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

/// How many errors block submission, said before an export.
pub fn export_errors(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fi, 0) => "Hakemuksessa ei ole virheitä: se on valmis lähetettäväksi.".into(),
        (Lang::Sv, 0) => "Ansökan innehåller inga fel: den är klar att lämnas in.".into(),
        (Lang::En, 0) => "The application has no errors: it is ready to submit.".into(),
        (Lang::Fi, n) => format!("Hakemuksessa on vielä {}. Keskeneräisen luonnoksen voi viedä, mutta jätettävässä hakemuksessa ei saa olla virheitä.", counted(lang, n, "virhe", "virhettä")),
        (Lang::Sv, n) => format!("Ansökan innehåller ännu {n} fel. Ett ofärdigt utkast kan exporteras, men ansökan som lämnas in får inte innehålla fel."),
        (Lang::En, n) => format!("The application still has {}. An unfinished draft can be exported, but the application you submit must have none.", counted(lang, n, "error", "errors")),
    }
}

/// How many errors a partner's part still has, said before it is returned.
pub fn part_errors(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fi, 0) => "Osuudessa ei ole virheitä: se on valmis palautettavaksi.".into(),
        (Lang::Sv, 0) => "Delen innehåller inga fel: den är klar att returneras.".into(),
        (Lang::En, 0) => "Your part has no errors: it is ready to return.".into(),
        (Lang::Fi, n) => format!(
            "Osuudessa on vielä {}. Keskeneräisenkin osuuden voi palauttaa; hankehallinnoija näkee, mitä puuttuu.",
            counted(lang, n, "virhe", "virhettä")
        ),
        (Lang::Sv, n) => format!(
            "Delen innehåller ännu {n} fel. Också en ofärdig del kan returneras; projektförvaltaren ser vad som saknas."
        ),
        (Lang::En, n) => format!(
            "Your part still has {}. An unfinished part can be returned too; the lead sees what is missing.",
            counted(lang, n, "error", "errors")
        ),
    }
}

/// The last line `hakemus-check` prints for a file: "0 error(s), 1 warning(s)".
pub fn check_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Fi => format!(
            "{}, {}",
            counted(lang, errors, "virhe", "virhettä"),
            counted(lang, warnings, "huomio", "huomiota")
        ),
        Lang::Sv => format!(
            "{}, {}",
            counted(lang, errors, "fel", "fel"),
            counted(lang, warnings, "observation", "observationer")
        ),
        Lang::En => format!(
            "{}, {}",
            counted(lang, errors, "error", "errors"),
            counted(lang, warnings, "warning", "warnings")
        ),
    }
}

/// Why a draft too large to save was not saved (its export would not open again).
pub fn save_too_large(lang: Lang, bytes: usize) -> String {
    use crate::domain::formats::reader::MAX_FILE_BYTES;
    let mb = |b: usize| integer(lang, b.div_ceil(1024 * 1024) as u64);
    match lang {
        Lang::Fi => format!("Luonnos on tallennettu tähän selaimeen, mutta se on liian suuri tiedostoksi ({} Mt, enintään {} Mt): niin suuri tiedosto ei enää avautuisi. Lyhennä pisimpiä tekstejä ennen kuin viet hakemuksen tiedostona.", mb(bytes), mb(MAX_FILE_BYTES)),
        Lang::Sv => format!("Utkastet har sparats i den här webbläsaren, men det är för stort för en fil ({} MB, högst {} MB): en så stor fil skulle inte gå att öppna igen. Korta av de längsta texterna innan du exporterar ansökan som fil.", mb(bytes), mb(MAX_FILE_BYTES)),
        Lang::En => format!("The draft is saved in this browser, but it is too large for a file ({} MB, at most {} MB): a file that large would not open again. Shorten the longest texts before you export the application as a file.", mb(bytes), mb(MAX_FILE_BYTES)),
    }
}

/// How much of the browser's storage the site uses, and how much is free (the drafts page).
pub fn storage_used(lang: Lang, used: u64, free: u64) -> String {
    let (used, free) = (bytes(lang, used), bytes(lang, free));
    match lang {
        Lang::Fi => format!("Tämä sivusto käyttää selaimen tallennustilaa {used}, ja vapaata on vielä {free}."),
        Lang::Sv => format!("Webbplatsen använder {used} av webbläsarens lagringsutrymme, och {free} är ännu ledigt."),
        Lang::En => format!("This site uses {used} of the browser's storage, and {free} is still free."),
    }
}

/// The warning before the browser's storage runs out (`storage::Space::running_low`).
pub fn storage_low(lang: Lang, free: u64) -> String {
    let free = bytes(lang, free);
    match lang {
        Lang::Fi => format!("Tallennustila on vähissä: vapaata on enää {free}. Kun tila loppuu, luonnoksia ei voi enää tallentaa. Ota varmuuskopio ja poista luonnokset, joita et enää tarvitse."),
        Lang::Sv => format!("Lagringsutrymmet håller på att ta slut: bara {free} är ledigt. När det tar slut kan utkasten inte längre sparas. Ta en säkerhetskopia och ta bort utkast som du inte längre behöver."),
        Lang::En => format!("Storage is running low: only {free} is free. When it runs out, drafts can no longer be saved. Make a backup and delete the drafts you no longer need."),
    }
}

/// What `hakemus-check` prints of an applicant's municipality: the text typed at `place` and the
/// municipality of the register it names, as the files carry it beside the text.
pub fn check_municipality(
    lang: Lang,
    place: &str,
    typed: &str,
    m: &crate::domain::draft::ResolvedMunicipality,
) -> String {
    let (code, fi, sv) = (&m.code, &m.name_fi, &m.name_sv);
    match lang {
        Lang::Fi => format!("{place}: \"{typed}\" on {fi} (ruotsiksi {sv}, kuntanumero {code})"),
        Lang::Sv => format!("{place}: \"{typed}\" är {sv} (på finska {fi}, kommunnummer {code})"),
        Lang::En => format!("{place}: \"{typed}\" is {fi} (in Swedish {sv}, municipality code {code})"),
    }
}

/// The error summary's line when a part of the application has no errors, naming the part.
pub fn no_errors_in(lang: Lang, part: &str) -> String {
    match lang {
        Lang::Fi => format!("Osassa ”{part}” ei ole virheitä."),
        Lang::Sv => format!("Delen ”{part}” innehåller inga fel."),
        Lang::En => format!("The part “{part}” has no errors."),
    }
}
