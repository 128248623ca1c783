//! The words of the grant's own pages (after the decision: `ui::grant`): opening the decision, the
//! granted project's overview, its accounts (projektikirjanpito). The table `G` is in the Swedish
//! and English texts files, but only the grant's app installs it (`super::GRANT_TABLES`): the
//! drafter's, the files app's, the reviewer's and the first phase's apps neither carry nor show it.
//! The findings' words are `grant_rules`'s.

use super::texts::texts;
use crate::domain::formats::grant::Refusal;
use crate::domain::grant::csv::{CsvError, Encoding, Field, Reason, Unreadable};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;

texts! {
    G;
    GrantsTitle { fi: "Avustetut hankkeet", sv: "Beviljade projekt", en: "Granted projects" }
    GrantsIntro {
        fi: "Avustuspäätöksen jälkeen hankehallinnoija pitää hankkeen projektikirjanpitoa, raportoi hankkeen etenemisestä ja hakee avustuksen maksatusta.",
        sv: "Efter beslutet om understöd för projektförvaltaren projektbokföring, rapporterar om hur projektet framskrider och ansöker om utbetalning av understödet.",
        en: "After the grant decision, the lead keeps the project's accounts, reports on how the project progresses and claims the payment of the grant.",
    }
    OpenTitle { fi: "Avaa avustuspäätös", sv: "Öppna beslutet om understöd", en: "Open the grant decision" }
    OpenIntro {
        fi: "Valitse hankkeen hakemustiedosto ja ministeriön päätöstiedosto. Hakemuksesta tulee avustettu hanke: myönnetty avustus, päätöksen ehdot, määräajat ja hyväksytty kustannusarvio suunnitelmana.",
        sv: "Välj projektets ansökningsfil och ministeriets beslutsfil. Ansökan blir ett beviljat projekt: det beviljade understödet, beslutets villkor, tidsfristerna och den godkända kostnadsberäkningen som plan.",
        en: "Choose the project's application file and the ministry's decision file. The application becomes a granted project: the grant, the decision's conditions, the deadlines and the approved budget as the plan.",
    }
    ApplicationFile { fi: "Hakemustiedosto", sv: "Ansökningsfil", en: "Application file" }
    DecisionFile { fi: "Päätöstiedosto", sv: "Beslutsfil", en: "Decision file" }
    FileChosen { fi: "Valittu tiedosto:", sv: "Vald fil:", en: "File chosen:" }
    OpenButton { fi: "Avaa avustettu hanke", sv: "Öppna det beviljade projektet", en: "Open the granted project" }
    ChooseBoth {
        fi: "Valitse ensin sekä hakemustiedosto että päätöstiedosto.",
        sv: "Välj först både ansökningsfilen och beslutsfilen.",
        en: "Choose both the application file and the decision file first.",
    }
    NotOpened { fi: "Hanketta ei avattu:", sv: "Projektet öppnades inte:", en: "The project was not opened:" }
    RefusedNotInDecision {
        fi: "päätöstiedostossa ei ole tätä hakemusta. Päätös koskee muita hakemuksia tai hakemuksen toista versiota (sormenjälki on eri).",
        sv: "beslutsfilen innehåller inte den här ansökan. Beslutet gäller andra ansökningar eller en annan version av ansökan (fingeravtrycket är ett annat).",
        en: "the decision file does not have this application. The decision is about other applications or another version of this one (the fingerprint differs).",
    }
    RefusedOpen {
        fi: "päätöstiedostossa tätä hakemusta ei ole vielä ratkaistu.",
        sv: "ansökan har ännu inte avgjorts i beslutsfilen.",
        en: "the decision file has not decided this application yet.",
    }
    RefusedDeferred {
        fi: "päätöksessä hakemus on siirretty jatkoselvitykseen, eikä avustusta ole vielä myönnetty.",
        sv: "i beslutet har ansökan skjutits upp för fortsatt utredning, och inget understöd har ännu beviljats.",
        en: "the decision defers the application for further clarification; no grant has been made yet.",
    }
    RefusedRefused {
        fi: "päätöksessä hakemukselle ei myönnetty avustusta.",
        sv: "i beslutet beviljades ansökan inget understöd.",
        en: "the decision made no grant to the application.",
    }
    RefusedWithdrawn {
        fi: "hakija on perunut hakemuksen.",
        sv: "sökanden har återtagit ansökan.",
        en: "the applicant withdrew the application.",
    }
    RefusedAmountMissing {
        fi: "päätöstiedostossa ei ole avustuksen euromäärää.",
        sv: "beslutsfilen anger inte understödets belopp.",
        en: "the decision file gives no amount for the grant.",
    }
    RefusedAmountUnreadable {
        fi: "päätöstiedoston avustuksen euromäärää ei voi lukea:",
        sv: "understödets belopp i beslutsfilen kan inte läsas:",
        en: "the grant's amount in the decision file cannot be read:",
    }
    ListTitle {
        fi: "Tämän selaimen avustetut hankkeet",
        sv: "Beviljade projekt i den här webbläsaren",
        en: "Granted projects in this browser",
    }
    NoGrants {
        fi: "Tähän selaimeen ei ole vielä avattu avustettuja hankkeita.",
        sv: "Inga beviljade projekt har ännu öppnats i den här webbläsaren.",
        en: "No granted projects have been opened in this browser yet.",
    }
    ColProject { fi: "Hanke", sv: "Projekt", en: "Project" }
    ColLead { fi: "Hankehallinnoija", sv: "Projektförvaltare", en: "Lead" }
    ColGrant { fi: "Avustus enintään", sv: "Understöd högst", en: "Grant at most" }
    RemoveProject { fi: "Poista", sv: "Ta bort", en: "Remove" }
    ProjectRemoved { fi: "Hanke poistettu.", sv: "Projektet togs bort.", en: "Project removed." }
    Unreadable {
        fi: "Tallennettua hanketta ei voi lukea. Se säilytetään sellaisenaan, eikä sitä kirjoiteta yli.",
        sv: "Det sparade projektet kan inte läsas. Det behålls som det är och skrivs inte över.",
        en: "A stored project cannot be read. It is kept as it is and never written over.",
    }
    Untitled { fi: "Nimetön hanke", sv: "Namnlöst projekt", en: "Untitled project" }
    NotHere {
        fi: "Tätä hanketta ei ole tallennettu tähän selaimeen.",
        sv: "Det här projektet har inte sparats i den här webbläsaren.",
        en: "This project is not stored in this browser.",
    }
    // The overview.
    GrantedTitle { fi: "Myönnetty avustus", sv: "Beviljat understöd", en: "Grant awarded" }
    AtMost { fi: "enintään", sv: "högst", en: "at most" }
    Group { fi: "Päätöksen ryhmä", sv: "Gruppen i beslutet", en: "Group in the decision" }
    GroupConditions { fi: "Ryhmän ehdot", sv: "Gruppens villkor", en: "The group's conditions" }
    OwnCondition { fi: "Avustuksen oma ehto", sv: "Understödets eget villkor", en: "The grant's own condition" }
    NoCondition { fi: "Ei ehtoa.", sv: "Inget villkor.", en: "No condition." }
    DecidedOn { fi: "Päätöspäivä", sv: "Beslutsdatum", en: "Date of the decision" }
    ProjectPeriod { fi: "Hankeaika", sv: "Projekttid", en: "Project period" }
    FinalReportDue { fi: "Loppuraportti viimeistään", sv: "Slutrapporten senast", en: "Final report by" }
    NotKnown { fi: "ei tiedossa", sv: "inte känt", en: "not known" }
    PeriodsTitle { fi: "Raportointikaudet", sv: "Rapporteringsperioder", en: "Reporting periods" }
    PeriodsIntro {
        fi: "Väliraportti annetaan neljän kuukauden välein hankkeen alkamisesta. Ministeriö ilmoittaa kausien päivämäärät ja määräajat.",
        sv: "En mellanrapport lämnas var fjärde månad från projektets start. Ministeriet meddelar periodernas datum och tidsfrister.",
        en: "An interim report is given every four months from the project's start. The ministry announces the periods' dates and deadlines.",
    }
    ColPeriod { fi: "Kausi", sv: "Period", en: "Period" }
    ColStart { fi: "Alkaa", sv: "Börjar", en: "Starts" }
    ColEnd { fi: "Päättyy", sv: "Slutar", en: "Ends" }
    ColDue { fi: "Väliraportti viimeistään", sv: "Mellanrapporten senast", en: "Interim report due" }
    ColSent { fi: "Raportti lähetetty", sv: "Rapporten skickad", en: "Report sent" }
    Announced { fi: "ministeriö ilmoittaa", sv: "ministeriet meddelar", en: "the ministry announces" }
    NotSent { fi: "ei lähetetty", sv: "inte skickad", en: "not sent" }
    NextTitle { fi: "Seuraavaksi", sv: "Härnäst", en: "Next" }
    NextInterim { fi: "Väliraportti kaudelta", sv: "Mellanrapport för perioden", en: "Interim report for the period" }
    NextFinal { fi: "Loppuraportti", sv: "Slutrapport", en: "Final report" }
    NoPeriods {
        fi: "Hankkeelle ei ole raportointikausia: hakemuksessa ei ole luettavaa alkamis- ja päättymispäivää.",
        sv: "Projektet har inga rapporteringsperioder: ansökan har inget läsbart start- och slutdatum.",
        en: "The project has no reporting periods: the application has no readable start and end date.",
    }
    // The ledger.
    LedgerTitle { fi: "Projektikirjanpito", sv: "Projektbokföring", en: "Project accounts" }
    LedgerIntro {
        fi: "Päätöksen mukaan hankkeella on oltava erillinen projektikirjanpito, kuten oma projektiseuranta tai kustannuspaikka. Kirjaa tähän hankkeen toteutuneet kustannukset: arvonlisäveroton summa ja arvonlisävero erikseen.",
        sv: "Enligt beslutet ska projektet ha en separat projektbokföring, till exempel en egen projektuppföljning eller ett eget kostnadsställe. För in projektets faktiska kostnader här: beloppet utan moms och momsen separat.",
        en: "The decision requires the project to keep separate project accounts, such as its own project tracking or cost centre. Record the project's realised costs here: the amount without VAT and the VAT apart.",
    }
    ColDate { fi: "Päivämäärä", sv: "Datum", en: "Date" }
    ColVoucher { fi: "Tosite", sv: "Verifikat", en: "Voucher" }
    ColCategory { fi: "Kustannuslaji", sv: "Kostnadsslag", en: "Cost category" }
    ColBearer { fi: "Kustannuksen kantaja", sv: "Den som bär kostnaden", en: "Borne by" }
    ColDescription { fi: "Kuvaus", sv: "Beskrivning", en: "Description" }
    ColNet { fi: "Summa ilman arvonlisäveroa (€)", sv: "Belopp utan moms (€)", en: "Amount without VAT (€)" }
    ColVat { fi: "Arvonlisävero (€)", sv: "Moms (€)", en: "VAT (€)" }
    ColInternal { fi: "Sisäinen veloitus", sv: "Intern debitering", en: "Internal charge" }
    ColActual {
        fi: "Perustuu kirjattuihin todellisiin kustannuksiin",
        sv: "Baseras på bokförda faktiska kostnader",
        en: "Based on booked actual costs",
    }
    ColJustification { fi: "Lisenssin perustelu", sv: "Motivering för licensen", en: "Licence justification" }
    Entry { fi: "Kirjaus", sv: "Bokföring", en: "Entry" }
    ChooseCategory { fi: "Valitse kustannuslaji", sv: "Välj kostnadsslag", en: "Choose a category" }
    ChooseBearer { fi: "Valitse hakija", sv: "Välj sökande", en: "Choose an applicant" }
    AddEntry { fi: "Lisää kirjaus", sv: "Lägg till en bokföring", en: "Add an entry" }
    RemoveEntry { fi: "Poista kirjaus", sv: "Ta bort bokföringen", en: "Remove the entry" }
    EntryRemoved { fi: "Kirjaus poistettu.", sv: "Bokföringen togs bort.", en: "Entry removed." }
    NoEntries { fi: "Kirjauksia ei ole vielä.", sv: "Inga bokföringar ännu.", en: "No entries yet." }
    TotalsTitle { fi: "Yhteensä", sv: "Totalt", en: "Totals" }
    TotalEntries { fi: "Kirjauksia", sv: "Bokföringar", en: "Entries" }
    TotalNet {
        fi: "Kustannukset ilman arvonlisäveroa",
        sv: "Kostnader utan moms",
        en: "Costs without VAT",
    }
    TotalVat { fi: "Arvonlisävero", sv: "Moms", en: "VAT" }
    NotCounted {
        fi: "Kirjauksia, joiden summaa ei voi lukea (ei laskettu mukaan)",
        sv: "Bokföringar vars belopp inte kan läsas (inte medräknade)",
        en: "Entries whose amount cannot be read (not counted)",
    }
    BackToProject { fi: "Takaisin hankkeen yleiskuvaan", sv: "Tillbaka till projektöversikten", en: "Back to the project overview" }
    TotalEligible { fi: "Hyväksyttävät kustannukset", sv: "Godtagbara kostnader", en: "Eligible costs" }
    TotalNotEligible { fi: "Ei hyväksyttäviä kustannuksia", sv: "Icke godtagbara kostnader", en: "Costs not eligible" }
    ByCategoryTitle {
        fi: "Kustannukset kustannuslajeittain ja suunnitelma (ilman arvonlisäveroa)",
        sv: "Kostnader per kostnadsslag och planen (utan moms)",
        en: "Costs by category and the plan (without VAT)",
    }
    ColPlanned { fi: "Suunnitelma", sv: "Plan", en: "Plan" }
    NotEligibleMark { fi: "ei hyväksyttävä", sv: "inte godtagbar", en: "not eligible" }
    CheckEntries { fi: "Tarkista kirjaukset", sv: "Kontrollera bokföringarna", en: "Check the entries" }
    NoEntryErrors { fi: "Kirjauksissa ei ole virheitä.", sv: "Bokföringarna innehåller inga fel.", en: "The entries have no errors." }
    // The import from the accounting system.
    CsvTitle { fi: "Tuo kirjanpidosta (CSV)", sv: "Importera från bokföringen (CSV)", en: "Import from the accounts (CSV)" }
    CsvIntro {
        fi: "Valitse kunnan taloushallintojärjestelmästä viety CSV-tiedosto. Näet ensin, miten tiedosto luettiin, ja valitset, mistä sarakkeesta kukin tieto luetaan. Jos jotakin riviä ei voi lukea, mitään ei tuoda ennen kuin päätät toisin.",
        sv: "Välj en CSV-fil som exporterats från kommunens ekonomisystem. Du ser först hur filen lästes och väljer vilken kolumn varje uppgift läses från. Om någon rad inte kan läsas importeras ingenting förrän du bestämmer annat.",
        en: "Choose a CSV file exported from the municipality's accounting system. You first see how the file was read and choose the column each detail is read from. If a row cannot be read, nothing is imported until you decide otherwise.",
    }
    CsvFile { fi: "Kirjanpidon CSV-tiedosto", sv: "Bokföringens CSV-fil", en: "Accounts CSV file" }
    CsvEncoding { fi: "Merkistö", sv: "Teckenkodning", en: "Encoding" }
    CsvDelimiter { fi: "Erotin", sv: "Avgränsare", en: "Delimiter" }
    CsvRows { fi: "Rivejä", sv: "Rader", en: "Rows" }
    CsvLine { fi: "Rivi", sv: "Rad", en: "Line" }
    CsvPreviewTitle { fi: "Tiedoston alku sellaisena kuin se luettiin", sv: "Filens början så som den lästes", en: "The start of the file as read" }
    CsvMappingTitle { fi: "Mistä sarakkeesta tieto luetaan", sv: "Från vilken kolumn uppgiften läses", en: "Which column each detail is read from" }
    CsvNotRead { fi: "Ei lueta", sv: "Läses inte", en: "Not read" }
    CsvDefaultBearer {
        fi: "Kustannuksen kantaja, jos tiedostossa ei sitä ole",
        sv: "Den som bär kostnaden, om filen inte anger det",
        en: "Borne by, where the file does not say",
    }
    CsvDefaultCategory {
        fi: "Kustannuslaji, jos tiedostossa ei sitä ole",
        sv: "Kostnadsslag, om filen inte anger det",
        en: "Cost category, where the file does not say",
    }
    CsvNoDefaultCategory { fi: "Ei oletusta", sv: "Ingen standard", en: "No default" }
    CsvImport { fi: "Tuo kirjaukset", sv: "Importera bokföringarna", en: "Import the entries" }
    CsvNotImported { fi: "Mitään ei tuotu", sv: "Ingenting importerades", en: "Nothing was imported" }
    ColGross { fi: "Summa arvonlisäveroineen (€)", sv: "Belopp med moms (€)", en: "Amount with VAT (€)" }
    EncUtf8 { fi: "UTF-8", sv: "UTF-8", en: "UTF-8" }
    EncUtf8Bom { fi: "UTF-8 (tavujärjestysmerkillä)", sv: "UTF-8 (med byteordningsmarkering)", en: "UTF-8 (with a byte order mark)" }
    EncUtf16 { fi: "UTF-16", sv: "UTF-16", en: "UTF-16" }
    EncWindows1252 { fi: "Windows-1252 (Latin-1)", sv: "Windows-1252 (Latin-1)", en: "Windows-1252 (Latin-1)" }
    DelimSemicolon { fi: "puolipiste (;)", sv: "semikolon (;)", en: "semicolon (;)" }
    DelimComma { fi: "pilkku (,)", sv: "kommatecken (,)", en: "comma (,)" }
    DelimTab { fi: "sarkain", sv: "tabb", en: "tab" }
    CsvEmpty { fi: "Tiedosto on tyhjä: siinä ei ole otsikkoriviä.", sv: "Filen är tom: den har ingen rubrikrad.", en: "The file is empty: it has no header line." }
    // Saving.
    Saved { fi: "Tallennettu", sv: "Sparat", en: "Saved" }
    SaveConflict {
        fi: "Tätä hanketta on muutettu toisessa välilehdessä. Tallennus on keskeytetty, jotta uudempia tietoja ei kirjoiteta yli. Lataa sivu uudelleen nähdäksesi uusimman version.",
        sv: "Det här projektet har ändrats i en annan flik. Sparandet har avbrutits så att nyare uppgifter inte skrivs över. Ladda om sidan för att se den senaste versionen.",
        en: "This project was changed in another tab. Saving has stopped so that newer data is not overwritten. Reload the page to see the latest version.",
    }
    SaveFailed {
        fi: "Hanketta ei tallennettu. Muutoksesi ovat tallessa tässä välilehdessä; tallennusta yritetään uudelleen seuraavan muutoksen jälkeen.",
        sv: "Projektet sparades inte. Dina ändringar finns kvar i den här fliken; sparandet försöks igen efter nästa ändring.",
        en: "The project was not saved. Your changes are still in this tab; saving is tried again after the next change.",
    }
}

/// Why the decision did not open the project, as a sentence after [`G::NotOpened`].
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    let text = |g: G| g.get(lang).to_string();
    match r {
        Refusal::NotInDecision => text(G::RefusedNotInDecision),
        Refusal::Open => text(G::RefusedOpen),
        Refusal::Deferred => text(G::RefusedDeferred),
        Refusal::Refused => text(G::RefusedRefused),
        Refusal::Withdrawn => text(G::RefusedWithdrawn),
        Refusal::AmountMissing => text(G::RefusedAmountMissing),
        Refusal::AmountUnreadable { text: t } => {
            format!("{} \u{201c}{t}\u{201d}", G::RefusedAmountUnreadable.get(lang))
        }
    }
}

/// The grant as the decision states it: "enintään 181 500,00 €" (the amount as the file writes it;
/// as it is where it is not an amount).
pub fn at_most(lang: Lang, amount: &str) -> String {
    let shown = Money::parse_exchange(amount).map_or_else(|| amount.to_string(), |m| m.format(lang));
    format!("{} {shown}", G::AtMost.get(lang))
}

/// "3 kirjausta".
pub fn entries_count(lang: Lang, n: usize) -> String {
    let n_ = crate::i18n::integer(lang, n as u64);
    match (lang, n) {
        (Lang::Fi, 1) => format!("{n_} kirjaus"),
        (Lang::Fi, _) => format!("{n_} kirjausta"),
        (Lang::Sv, 1) => format!("{n_} bokföring"),
        (Lang::Sv, _) => format!("{n_} bokföringar"),
        (Lang::En, 1) => format!("{n_} entry"),
        (Lang::En, _) => format!("{n_} entries"),
    }
}

/// The summary's last line when it lists only the first findings.
pub fn more_findings(lang: Lang, n: usize) -> String {
    let n = crate::i18n::integer(lang, n as u64);
    match lang {
        Lang::Fi => format!("… ja {n} muuta. Ne näkyvät kirjausten kohdalla."),
        Lang::Sv => format!("… och {n} till. De visas vid bokföringarna."),
        Lang::En => format!("… and {n} more. They are shown at the entries."),
    }
}

/// The status after an import.
pub fn imported(lang: Lang, n: usize) -> String {
    let entries = entries_count(lang, n);
    match lang {
        Lang::Fi => format!("Tuotiin {entries} kirjanpitoon."),
        Lang::Sv => format!("{entries} importerades till bokföringen."),
        Lang::En => format!("{entries} imported into the accounts."),
    }
}

/// The button that imports a refused file's readable rows only.
pub fn import_readable(lang: Lang, n: usize) -> String {
    let n_ = crate::i18n::integer(lang, n as u64);
    match (lang, n) {
        (Lang::Fi, 1) => "Tuo vain luettava rivi".into(),
        (Lang::Fi, _) => format!("Tuo vain luettavat {n_} riviä"),
        (Lang::Sv, 1) => "Importera bara den läsbara raden".into(),
        (Lang::Sv, _) => format!("Importera bara de {n_} läsbara raderna"),
        (Lang::En, 1) => "Import the readable row only".into(),
        (Lang::En, _) => format!("Import the {n_} readable rows only"),
    }
}

/// A field with no column: "Päivämäärä: valitse sarake, josta se luetaan."
pub fn no_column(lang: Lang, field: &str) -> String {
    match lang {
        Lang::Fi => format!("{field}: valitse sarake, josta tieto luetaan."),
        Lang::Sv => format!("{field}: välj kolumnen som uppgiften läses från."),
        Lang::En => format!("{field}: choose the column it is read from."),
    }
}

/// The encoding a file was read in.
pub fn encoding(lang: Lang, e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => G::EncUtf8,
        Encoding::Utf8Bom => G::EncUtf8Bom,
        Encoding::Utf16 => G::EncUtf16,
        Encoding::Windows1252 => G::EncWindows1252,
    }
    .get(lang)
}

/// A file's delimiter by name.
pub fn delimiter(lang: Lang, d: char) -> &'static str {
    match d {
        ',' => G::DelimComma,
        '\t' => G::DelimTab,
        _ => G::DelimSemicolon,
    }
    .get(lang)
}

/// Why a file is no table.
pub fn csv_error(lang: Lang, e: &CsvError) -> String {
    match e {
        CsvError::Empty => G::CsvEmpty.get(lang).into(),
        CsvError::TooLarge { bytes, limit } => {
            let mb = |b: &usize| {
                format!("{:.1}", *b as f64 / 1_048_576.0).replace('.', if lang == Lang::En { "." } else { "," })
            };
            let (b, l) = (mb(bytes), mb(limit));
            match lang {
                Lang::Fi => format!("Tiedosto on liian suuri ({b} Mt). Suurin sallittu koko on {l} Mt."),
                Lang::Sv => format!("Filen är för stor ({b} MB). Största tillåtna storlek är {l} MB."),
                Lang::En => format!("The file is too large ({b} MB). The largest allowed is {l} MB."),
            }
        }
        CsvError::UnclosedQuote { line } => match lang {
            Lang::Fi => format!("Rivillä {line} alkavaa lainausmerkkiä ei suljeta: tiedoston loppu olisi yksi solu."),
            Lang::Sv => {
                format!("Citattecknet som börjar på rad {line} stängs aldrig: resten av filen skulle bli en cell.")
            }
            Lang::En => {
                format!("The quote begun on line {line} is never closed: the rest of the file would be one cell.")
            }
        },
    }
}

/// Why a cell of a row cannot be read, the field named by `name`.
pub fn reason(lang: Lang, r: &Reason, name: impl Fn(Field) -> &'static str) -> String {
    match r {
        Reason::CellCount { expected, found } => match lang {
            Lang::Fi => format!("rivillä on {found} solua, otsikkorivillä {expected}"),
            Lang::Sv => format!("raden har {found} celler, rubrikraden {expected}"),
            Lang::En => format!("the row has {found} cells, the header {expected}"),
        },
        Reason::Missing { field } => {
            let f = name(*field);
            match lang {
                Lang::Fi => format!("{f} puuttuu"),
                Lang::Sv => format!("{f} saknas"),
                Lang::En => format!("{f} is missing"),
            }
        }
        Reason::NotADate { text } => match lang {
            Lang::Fi => format!("”{text}” ei ole päivämäärä"),
            Lang::Sv => format!("”{text}” är inte ett datum"),
            Lang::En => format!("“{text}” is not a date"),
        },
        Reason::NotAnAmount { field, text } => {
            let f = name(*field);
            match lang {
                Lang::Fi => format!("{f}: ”{text}” ei ole rahamäärä"),
                Lang::Sv => format!("{f}: ”{text}” är inte ett belopp"),
                Lang::En => format!("{f}: “{text}” is not an amount"),
            }
        }
    }
}

/// A row that cannot be read: "Rivi 7: … ; …".
pub fn unreadable_row(lang: Lang, u: &Unreadable, name: impl Fn(Field) -> &'static str) -> String {
    let reasons: Vec<String> = u.reasons.iter().map(|r| reason(lang, r, &name)).collect();
    format!("{} {}: {}.", G::CsvLine.get(lang), u.line, reasons.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grant_reads_as_the_decision_states_it() {
        assert_eq!(at_most(Lang::Fi, "181500.00"), "enintään 181\u{a0}500,00\u{a0}€");
        assert_eq!(at_most(Lang::Sv, "181500.00"), "högst 181\u{a0}500,00\u{a0}€");
        assert_eq!(at_most(Lang::En, "181500.00"), "at most €181,500.00");
        assert_eq!(
            refusal(Lang::Fi, &Refusal::AmountUnreadable { text: "181 5OO".into() }),
            "päätöstiedoston avustuksen euromäärää ei voi lukea: \u{201c}181 5OO\u{201d}"
        );
    }

    #[test]
    fn an_unreadable_row_is_named_by_its_line_with_every_reason() {
        let u = Unreadable {
            line: 7,
            row: 7,
            reasons: vec![
                Reason::NotADate {
                    text: "31.2.2020".into(),
                },
                Reason::NotAnAmount {
                    field: Field::Net,
                    text: "12,5O".into(),
                },
            ],
        };
        let name = |f: Field| if f == Field::Net { "Summa" } else { "?" };
        assert_eq!(
            unreadable_row(Lang::Fi, &u, name),
            "Rivi 7: ”31.2.2020” ei ole päivämäärä; Summa: ”12,5O” ei ole rahamäärä."
        );
        assert_eq!(import_readable(Lang::Fi, 5), "Tuo vain luettavat 5 riviä");
        assert_eq!(imported(Lang::Sv, 1), "1 bokföring importerades till bokföringen.");
        assert_eq!(
            csv_error(
                Lang::Fi,
                &CsvError::TooLarge {
                    bytes: 17 * 1_048_576,
                    limit: 16 * 1_048_576
                }
            ),
            "Tiedosto on liian suuri (17,0 Mt). Suurin sallittu koko on 16,0 Mt."
        );
    }
}
