//! The words of the grant's rules (after the decision, docs/rules.md §11): the sentences of the
//! grant's findings (`domain::grant::finding::Message`), the short labels of decision 004's passages
//! on the grant's life (`GrantCitation`) and the names of the share's settings. The pages' own words
//! are in `i18n::grant`. The table `Gr` is in the Swedish and English texts files but only the
//! grant's pages install it ([`super::GRANT_RULES_TABLES`]); the drafter's and the reviewer's apps
//! neither carry nor show it. Exhaustive `match`es: a message without words does not compile.

use super::format::{bytes, date};
use super::texts::texts;
use super::{category, money_error};
use crate::domain::grant::finding::{Finding, Message, Source};
use crate::domain::vocabulary::grant_phase::{GrantCitation, ShareSetting};
use crate::domain::vocabulary::locale::Lang;

texts! {
    Gr;
    CiteAccounts {
        fi: "VM:n päätös 26.2.2020, erillinen projektikirjanpito",
        sv: "FM:s beslut 26.2.2020, separat projektbokföring",
        en: "Ministry of Finance decision 26.2.2020, separate project accounts",
    }
    CiteInterimReports {
        fi: "VM:n päätös 26.2.2020, väliraportointi neljän kuukauden välein",
        sv: "FM:s beslut 26.2.2020, mellanrapportering var fjärde månad",
        en: "Ministry of Finance decision 26.2.2020, interim reports every four months",
    }
    CitePayment {
        fi: "VM:n päätös 26.2.2020, avustuksen maksaminen ja palauttaminen",
        sv: "FM:s beslut 26.2.2020, utbetalning och återbetalning av understödet",
        en: "Ministry of Finance decision 26.2.2020, payment and return of the grant",
    }
    CiteFinalReport {
        fi: "VM:n päätös 26.2.2020, loppuraportointi",
        sv: "FM:s beslut 26.2.2020, slutrapportering",
        en: "Ministry of Finance decision 26.2.2020, final report",
    }
    CiteReportOfResults {
        fi: "VM:n päätös 26.2.2020, selvitys tuloksista ja tilintarkastajan lausunto",
        sv: "FM:s beslut 26.2.2020, redogörelse för resultaten och revisorns utlåtande",
        en: "Ministry of Finance decision 26.2.2020, report of the results and the auditor's statement",
    }
    ShareCallMaximum {
        fi: "85 % toteutuneista hyväksyttävistä kustannuksista (haun enimmäisosuus)",
        sv: "85 % av de förverkligade godtagbara kostnaderna (ansökningsomgångens maximiandel)",
        en: "85 % of the realised eligible costs (the call's maximum share)",
    }
    ShareDecisionRatio {
        fi: "päätöksen suhde: myönnetty avustus jaettuna hakemuksen hyväksyttävillä kustannuksilla",
        sv: "beslutets förhållande: beviljat understöd delat med ansökans godtagbara kostnader",
        en: "the decision's ratio: the grant divided by the application's eligible costs",
    }
    DateRequired {
        fi: "Kirjoita kirjauspäivä, esimerkiksi 1.3.2020.",
        sv: "Skriv bokföringsdagen, till exempel 1.3.2020.",
        en: "Enter the booking date, for example 1.3.2020.",
    }
    VoucherAdvised {
        fi: "Kirjoita tositenumero tai muu viite, jotta kustannus löytyy projektikirjanpidosta.",
        sv: "Skriv verifikationsnumret eller en annan referens så att kostnaden kan hittas i projektbokföringen.",
        en: "Enter the voucher number or another reference so that the cost can be found in the project accounts.",
    }
    CategoryRequired {
        fi: "Valitse kustannuslaji.",
        sv: "Välj kostnadsslag.",
        en: "Choose a cost category.",
    }
    LicenceWithoutJustification {
        fi: "Perustele, miksi ohjelmistolisenssi on hankkeelle välttämätön. Ilman perustelua kustannusta ei lasketa hyväksyttäviin kustannuksiin.",
        sv: "Motivera varför programlicensen är nödvändig för projektet. Utan motivering räknas kostnaden inte till de godtagbara kostnaderna.",
        en: "Justify why the software licence is necessary for the project. Without a justification the cost does not count as eligible.",
    }
    InternalChargeNotActual {
        fi: "Vahvista, että oman toimintayksikön veloitus perustuu kirjanpidon toteutuneisiin menoihin. Siihen asti kustannusta ei lasketa hyväksyttäviin kustannuksiin.",
        sv: "Bekräfta att debiteringen från den egna verksamhetsenheten grundar sig på bokförda faktiska utgifter. Till dess räknas kostnaden inte till de godtagbara kostnaderna.",
        en: "Confirm that the charge of your own unit is based on booked actual costs. Until then the cost does not count as eligible.",
    }
    BearerRequired {
        fi: "Valitse, kuka hakijoista maksoi kustannuksen.",
        sv: "Välj vilken av de sökande som betalade kostnaden.",
        en: "Choose which applicant bore the cost.",
    }
    DescriptionRequired {
        fi: "Kirjoita kustannuksen kuvaus.",
        sv: "Skriv en beskrivning av kostnaden.",
        en: "Describe the cost.",
    }
    NetRequired {
        fi: "Kirjoita summa ilman arvonlisäveroa.",
        sv: "Skriv beloppet utan mervärdesskatt.",
        en: "Enter the amount without VAT.",
    }
    TotalTooLarge {
        fi: "Kustannusten summa on liian suuri laskettavaksi. Tarkista summat.",
        sv: "Summan av kostnaderna är för stor för att räknas. Kontrollera beloppen.",
        en: "The sum of the costs is too large to compute. Check the amounts.",
    }
    PeriodDateRequired {
        fi: "Kirjoita raportointikauden päivämäärä.",
        sv: "Skriv rapporteringsperiodens datum.",
        en: "Enter the reporting period's date.",
    }
    PeriodEndBeforeStart {
        fi: "Raportointikauden loppu on ennen sen alkua.",
        sv: "Rapporteringsperiodens slut är före dess början.",
        en: "The reporting period ends before it starts.",
    }
    ReportPeriodUnknown {
        fi: "Valitse raportointikausi, jota väliraportti koskee.",
        sv: "Välj den rapporteringsperiod som mellanrapporten gäller.",
        en: "Choose the reporting period the interim report covers.",
    }
    ProgressRequired {
        fi: "Kuvaa hankkeen eteneminen: väliraportin on sisällettävä se.",
        sv: "Beskriv hur projektet har framskridit: mellanrapporten ska innehålla det.",
        en: "Describe how the project has progressed: the interim report must include it.",
    }
    ImpactsRequired {
        fi: "Kuvaa tavoiteltujen vaikutusten saavuttamisen vaihe: väliraportin on sisällettävä se.",
        sv: "Beskriv hur långt de eftersträvade effekterna har uppnåtts: mellanrapporten ska innehålla det.",
        en: "Describe the stage reached in the intended impacts: the interim report must include it.",
    }
    ClaimUntilRequired {
        fi: "Kirjoita päivä, johon asti toteutuneet kustannukset maksatushakemukseen lasketaan.",
        sv: "Skriv den dag fram till vilken de förverkligade kostnaderna räknas med i utbetalningsansökan.",
        en: "Enter the day up to which the realised costs count in the payment claim.",
    }
    LastClaimBeforeFinalReport {
        fi: "Viimeinen erä maksetaan loppuraportoinnin jälkeen. Lähetä loppuraportti ennen viimeistä maksatushakemusta.",
        sv: "Den sista posten betalas efter slutrapporteringen. Skicka slutrapporten före den sista utbetalningsansökan.",
        en: "The last instalment is paid after the final report. Send the final report before the last payment claim.",
    }
    ClaimAfterLast {
        fi: "Tämä maksatushakemus on viimeisen jälkeen. Poista se tai merkitse viimeiseksi vain yksi, myöhäisin hakemus.",
        sv: "Den här utbetalningsansökan kommer efter den sista. Ta bort den eller markera bara en, den senaste, som den sista.",
        en: "This payment claim comes after the last one. Remove it, or mark only one, the latest, as the last.",
    }
    ImpactRequired {
        fi: "Kuvaa hankkeen vaikuttavuus: loppuraportin on sisällettävä se.",
        sv: "Beskriv projektets verkningsfullhet: slutrapporten ska innehålla den.",
        en: "Describe the project's impact: the final report must include it.",
    }
    WaysOfWorkingRequired {
        fi: "Kuvaa muuttuneet toimintatavat: loppuraportin on sisällettävä ne.",
        sv: "Beskriv de förändrade arbetssätten: slutrapporten ska innehålla dem.",
        en: "Describe the ways of working that changed: the final report must include them.",
    }
    UsabilityRequired {
        fi: "Kuvaa tulosten hyödynnettävyys muissa kunnissa: selvityksen on sisällettävä se.",
        sv: "Beskriv hur resultaten kan utnyttjas i andra kommuner: redogörelsen ska innehålla det.",
        en: "Describe how usable the results are in other municipalities: the report must include it.",
    }
    WorkAndResultsRequired {
        fi: "Kuvaa tehty työ ja sen tulokset: loppuraportin on sisällettävä ne.",
        sv: "Beskriv det utförda arbetet och dess resultat: slutrapporten ska innehålla dem.",
        en: "Describe the work done and its results: the final report must include them.",
    }
    StatementRequired {
        fi: "Liitä tilintarkastajan lausunto avustuksen käytöstä (PDF).",
        sv: "Bifoga revisorns utlåtande om användningen av understödet (PDF).",
        en: "Attach the auditor's statement on the use of the grant (PDF).",
    }
    StatementDamaged {
        fi: "Tilintarkastajan lausunto on vioittunut: sen sisältö ei vastaa sen kokoa ja tarkistussummaa. Liitä lausunto uudelleen.",
        sv: "Revisorns utlåtande är skadat: dess innehåll motsvarar inte dess storlek och kontrollsumma. Bifoga utlåtandet på nytt.",
        en: "The auditor's statement is damaged: its content does not match its size and checksum. Attach the statement again.",
    }
    NoPlannedBase {
        fi: "Päätöksen suhdetta ei voi laskea, koska hakemuksessa ei ole hyväksyttäviä kustannuksia. Käytetään haun enimmäisosuutta 85 %.",
        sv: "Beslutets förhållande kan inte räknas ut eftersom ansökan saknar godtagbara kostnader. Ansökningsomgångens maximiandel 85 % används.",
        en: "The decision's ratio cannot be computed because the application has no eligible costs. The call's maximum share of 85 % is used.",
    }
}

/// A passage's short label: "VM:n päätös 26.2.2020, loppuraportointi".
pub fn citation(lang: Lang, c: GrantCitation) -> &'static str {
    match c {
        GrantCitation::Accounts => Gr::CiteAccounts,
        GrantCitation::InterimReports => Gr::CiteInterimReports,
        GrantCitation::Payment => Gr::CitePayment,
        GrantCitation::FinalReport => Gr::CiteFinalReport,
        GrantCitation::ReportOfResults => Gr::CiteReportOfResults,
    }
    .get(lang)
}

/// The label of a finding's source, a call's passage or one of the grant's.
pub fn source(lang: Lang, s: Source) -> &'static str {
    match s {
        Source::Call(c) => super::citation(lang, c),
        Source::Grant(g) => citation(lang, g),
    }
}

/// The share in force, as the pages name it.
pub fn share_setting(lang: Lang, s: ShareSetting) -> &'static str {
    match s {
        ShareSetting::CallMaximum => Gr::ShareCallMaximum,
        ShareSetting::DecisionRatio => Gr::ShareDecisionRatio,
    }
    .get(lang)
}

/// A finding's sentence in `lang`.
pub fn message(lang: Lang, f: &Finding) -> String {
    use Message::*;
    let fixed = |t: Gr| t.get(lang).to_string();
    let pick = |fi: String, sv: String, en: String| match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    };
    let money = |m: &crate::domain::vocabulary::money::Money| m.format(lang);
    match &f.message {
        UnknownCall { id } => pick(
            format!("Haun {id} avustuksen jälkeisiä ehtoja ei tunneta."),
            format!("Villkoren efter beslutet för ansökningsomgången {id} är inte kända."),
            format!("The conditions after the decision of the call {id} are not known."),
        ),
        GrantInvalid { typed } => pick(
            format!("Päätöksen avustus ”{typed}” ei ole rahamäärä. Avaa päätös uudelleen."),
            format!("Beslutets understöd ”{typed}” är inte ett belopp. Öppna beslutet på nytt."),
            format!("The decision's grant “{typed}” is not an amount. Open the decision again."),
        ),
        DateRequired => fixed(Gr::DateRequired),
        DateInvalid { typed } => pick(
            format!("”{typed}” ei ole päivämäärä. Kirjoita esimerkiksi 1.3.2020."),
            format!("”{typed}” är inte ett datum. Skriv till exempel 1.3.2020."),
            format!("“{typed}” is not a date. Enter for example 1.3.2020."),
        ),
        OutsidePeriod { date: d, start, end } => {
            let (d, s, e) = (date(lang, *d), date(lang, *start), date(lang, *end));
            pick(
                format!("Kustannus {d} on hankkeen toteutusajan {s}–{e} ulkopuolella. Sitä ei lasketa hyväksyttäviin kustannuksiin."),
                format!("Kostnaden {d} ligger utanför projektets genomförandetid {s}–{e}. Den räknas inte till de godtagbara kostnaderna."),
                format!("The cost of {d} is outside the project's period {s}–{e}. It does not count as eligible."),
            )
        }
        VoucherAdvised => fixed(Gr::VoucherAdvised),
        CategoryRequired => fixed(Gr::CategoryRequired),
        CategoryUnknown { typed } => pick(
            format!("Kustannuslajia ”{typed}” ei ole tässä haussa. Valitse kustannuslaji."),
            format!("Kostnadsslaget ”{typed}” finns inte i den här ansökningsomgången. Välj kostnadsslag."),
            format!("The cost category “{typed}” is not one of this call's. Choose a cost category."),
        ),
        CategoryIneligible { category: c } => {
            let c = category(lang, *c);
            pick(
                format!("{c} eivät ole hyväksyttäviä kustannuksia. Kirjaus säilyy, mutta sitä ei lasketa hyväksyttäviin kustannuksiin."),
                format!("{c} är inte godtagbara kostnader. Posten finns kvar men räknas inte till de godtagbara kostnaderna."),
                format!("Costs of the category “{c}” are not eligible. The entry is kept but does not count as eligible."),
            )
        }
        LicenceWithoutJustification => fixed(Gr::LicenceWithoutJustification),
        InternalChargeNotActual => fixed(Gr::InternalChargeNotActual),
        BearerRequired => fixed(Gr::BearerRequired),
        BearerUnknown { typed } => pick(
            format!("”{typed}” ei ole avustuksen saaneen hakemuksen hakija. Valitse hakija."),
            format!("”{typed}” är inte sökande i den ansökan som beviljades understöd. Välj sökande."),
            format!("“{typed}” is not an applicant of the granted application. Choose an applicant."),
        ),
        DescriptionRequired => fixed(Gr::DescriptionRequired),
        NetRequired => fixed(Gr::NetRequired),
        NetInvalid { typed, reason } | VatInvalid { typed, reason } | ClaimAmountInvalid { typed, reason } | PaidInvalid { typed, reason } => {
            let why = money_error(lang, reason);
            pick(
                format!("”{typed}” ei ole rahamäärä: {why}. Kirjoita esimerkiksi 1\u{a0}200,50."),
                format!("”{typed}” är inte ett belopp: {why}. Skriv till exempel 1\u{a0}200,50."),
                format!("“{typed}” is not an amount: {why}. Enter for example 1,200.50."),
            )
        }
        TotalTooLarge => fixed(Gr::TotalTooLarge),
        PeriodDateRequired => fixed(Gr::PeriodDateRequired),
        PeriodDateInvalid { typed } | PaidOnInvalid { typed } => pick(
            format!("”{typed}” ei ole päivämäärä. Kirjoita esimerkiksi 30.6.2020."),
            format!("”{typed}” är inte ett datum. Skriv till exempel 30.6.2020."),
            format!("“{typed}” is not a date. Enter for example 30.6.2020."),
        ),
        PeriodEndBeforeStart => fixed(Gr::PeriodEndBeforeStart),
        PeriodOverlap { start, end } => {
            let (s, e) = (date(lang, *start), date(lang, *end));
            pick(
                format!("Raportointikausi alkaa ennen kuin kausi {s}–{e} päättyy. Samaa kustannusta ei voi raportoida kahdesti."),
                format!("Rapporteringsperioden börjar innan perioden {s}–{e} har slutat. Samma kostnad kan inte rapporteras två gånger."),
                format!("The reporting period starts before the period {s}–{e} ends. The same cost cannot be reported twice."),
            )
        }
        PeriodGap { from, to } => {
            let (s, e) = (date(lang, *from), date(lang, *to));
            pick(
                format!("Päiviä {s}–{e} ei ole millään raportointikaudella. Tarkista ministeriön ilmoittamat määräajat."),
                format!("Dagarna {s}–{e} hör inte till någon rapporteringsperiod. Kontrollera de tidsfrister ministeriet har meddelat."),
                format!("The days {s}–{e} are in no reporting period. Check the dates the ministry announced."),
            )
        }
        ReportPeriodUnknown => fixed(Gr::ReportPeriodUnknown),
        ProgressRequired => fixed(Gr::ProgressRequired),
        ImpactsRequired => fixed(Gr::ImpactsRequired),
        IndicatorValueAdvised { name } => pick(
            format!("Kirjoita mittarin ”{name}” arvo nyt."),
            format!("Skriv mätarens ”{name}” värde nu."),
            format!("Enter the indicator “{name}”'s value now."),
        ),
        ClaimUntilRequired => fixed(Gr::ClaimUntilRequired),
        ClaimAboveMay { asked, may } => {
            let (a, m) = (money(asked), money(may));
            pick(
                format!("Haettu {a} on enemmän kuin nyt voi hakea, {m}: avustuksen osuus hyväksyttävistä toteutuneista kustannuksista, enintään myönnetty avustus, vähennettynä jo maksetulla."),
                format!("Det sökta beloppet {a} är mer än vad som nu kan sökas, {m}: understödets andel av de godtagbara förverkligade kostnaderna, högst det beviljade understödet, minus det som redan betalats."),
                format!("The {a} claimed is more than may be claimed now, {m}: the grant's share of the eligible realised costs, at most the grant, less what has been paid."),
            )
        }
        PaidClaimAboveMayNow { asked, may } => {
            let (a, m) = (money(asked), money(may));
            pick(
                format!("Tällä maksatushakemuksella haettiin ja maksettiin {a}, mutta kirjanpidon mukaan sen ajalta voisi nyt hakea vain {m}. Erotus otetaan huomioon lopullisessa laskelmassa: se pienentää viimeistä erää tai palautetaan valtionavustuslain 20 §:n mukaisesti."),
                format!("Med den här utbetalningsansökan söktes och betalades {a}, men enligt bokföringen kunde nu bara {m} sökas för dess tid. Skillnaden beaktas i den slutliga kalkylen: den minskar den sista posten eller återbetalas enligt 20 § i statsunderstödslagen."),
                format!("This claim asked for and was paid {a}, but the accounts now allow only {m} for its time. The difference is settled in the settlement: it lowers the last instalment or is returned under section 20 of the Act on Discretionary Government Transfers."),
            )
        }
        LastClaimBeforeFinalReport => fixed(Gr::LastClaimBeforeFinalReport),
        MoreInstalments { instalments } => pick(
            format!("Avustus maksetaan pääsääntöisesti {instalments} erässä. Tämä on sitä useampi maksatushakemus: kerro ministeriölle syy."),
            format!("Understödet betalas i regel i {instalments} poster. Det här är en utbetalningsansökan utöver dem: berätta för ministeriet varför."),
            format!("The grant is paid as a rule in {instalments} instalments. This payment claim is one more: tell the ministry why."),
        ),
        ClaimAfterLast => fixed(Gr::ClaimAfterLast),
        PaidAboveAsked { paid, asked } => {
            let (p, a) = (money(paid), money(asked));
            pick(
                format!("Maksettu {p} on enemmän kuin haettu {a}. Tarkista summa."),
                format!("Det betalda beloppet {p} är mer än det sökta {a}. Kontrollera beloppet."),
                format!("The {p} paid is more than the {a} claimed. Check the amount."),
            )
        }
        ImpactRequired => fixed(Gr::ImpactRequired),
        WaysOfWorkingRequired => fixed(Gr::WaysOfWorkingRequired),
        UsabilityRequired => fixed(Gr::UsabilityRequired),
        WorkAndResultsRequired => fixed(Gr::WorkAndResultsRequired),
        StatementRequired => fixed(Gr::StatementRequired),
        StatementTooLarge { size, limit } => {
            let (s, l) = (bytes(lang, *size), bytes(lang, *limit));
            pick(
                format!("Tiedosto on {s}, enemmän kuin {l}, jonka lausunto saa olla. Tallenna lausunto pienempänä PDF-tiedostona."),
                format!("Filen är {s}, mer än de {l} som utlåtandet får vara. Spara utlåtandet som en mindre PDF-fil."),
                format!("The file is {s}, more than the {l} a statement may be. Save the statement as a smaller PDF file."),
            )
        }
        StatementNotPdf { media_type } => pick(
            format!("Lausunnon on oltava PDF-tiedosto (tämä on {media_type})."),
            format!("Utlåtandet ska vara en PDF-fil (den här är {media_type})."),
            format!("The statement must be a PDF file (this one is {media_type})."),
        ),
        StatementDamaged => fixed(Gr::StatementDamaged),
        FinalReportLate { by } => {
            let by = date(lang, *by);
            pick(
                format!("Loppuraportti on toimitettava viimeistään {by}."),
                format!("Slutrapporten ska lämnas senast {by}."),
                format!("The final report must be sent by {by}."),
            )
        }
        NoPlannedBase => fixed(Gr::NoPlannedBase),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::grant::finding::{Place, Rule};
    use crate::domain::vocabulary::call::CostCategory;
    use crate::domain::vocabulary::money::Money;
    use crate::domain::vocabulary::money::MoneyError;
    use time::macros::date;

    /// One of every message (a new variant without a line here fails to compile below).
    fn every_message() -> Vec<Message> {
        use Message::*;
        let d = date!(2020 - 03 - 01);
        let m = Money::from_cents(123_450);
        let typed = || "12,5O".to_string();
        let reason = || MoneyError::InvalidCharacter { ch: 'O' };
        let all = vec![
            UnknownCall { id: "x".into() },
            GrantInvalid { typed: typed() },
            DateRequired,
            DateInvalid { typed: typed() },
            OutsidePeriod {
                date: d,
                start: d,
                end: d,
            },
            VoucherAdvised,
            CategoryRequired,
            CategoryUnknown { typed: typed() },
            CategoryIneligible {
                category: CostCategory::Hardware,
            },
            LicenceWithoutJustification,
            InternalChargeNotActual,
            BearerRequired,
            BearerUnknown { typed: typed() },
            DescriptionRequired,
            NetRequired,
            NetInvalid {
                typed: typed(),
                reason: reason(),
            },
            VatInvalid {
                typed: typed(),
                reason: reason(),
            },
            TotalTooLarge,
            PeriodDateRequired,
            PeriodDateInvalid { typed: typed() },
            PeriodEndBeforeStart,
            PeriodOverlap { start: d, end: d },
            PeriodGap { from: d, to: d },
            ReportPeriodUnknown,
            ProgressRequired,
            ImpactsRequired,
            IndicatorValueAdvised { name: "Osuus".into() },
            ClaimUntilRequired,
            ClaimAmountInvalid {
                typed: typed(),
                reason: reason(),
            },
            ClaimAboveMay { asked: m, may: m },
            PaidClaimAboveMayNow { asked: m, may: m },
            LastClaimBeforeFinalReport,
            MoreInstalments { instalments: 3 },
            ClaimAfterLast,
            PaidInvalid {
                typed: typed(),
                reason: reason(),
            },
            PaidOnInvalid { typed: typed() },
            PaidAboveAsked { paid: m, asked: m },
            ImpactRequired,
            WaysOfWorkingRequired,
            UsabilityRequired,
            WorkAndResultsRequired,
            StatementRequired,
            StatementTooLarge {
                size: 6_000_000,
                limit: 5_242_880,
            },
            StatementNotPdf {
                media_type: "image/png".into(),
            },
            StatementDamaged,
            FinalReportLate { by: d },
            NoPlannedBase,
        ];
        // Exhaustive: naming every variant, so that this list is kept complete.
        for m in &all {
            match m {
                UnknownCall { .. }
                | GrantInvalid { .. }
                | DateRequired
                | DateInvalid { .. }
                | OutsidePeriod { .. }
                | VoucherAdvised
                | CategoryRequired
                | CategoryUnknown { .. }
                | CategoryIneligible { .. }
                | LicenceWithoutJustification
                | InternalChargeNotActual
                | BearerRequired
                | BearerUnknown { .. }
                | DescriptionRequired
                | NetRequired
                | NetInvalid { .. }
                | VatInvalid { .. }
                | TotalTooLarge
                | PeriodDateRequired
                | PeriodDateInvalid { .. }
                | PeriodEndBeforeStart
                | PeriodOverlap { .. }
                | PeriodGap { .. }
                | ReportPeriodUnknown
                | ProgressRequired
                | ImpactsRequired
                | IndicatorValueAdvised { .. }
                | ClaimUntilRequired
                | ClaimAmountInvalid { .. }
                | ClaimAboveMay { .. }
                | PaidClaimAboveMayNow { .. }
                | LastClaimBeforeFinalReport
                | MoreInstalments { .. }
                | ClaimAfterLast
                | PaidInvalid { .. }
                | PaidOnInvalid { .. }
                | PaidAboveAsked { .. }
                | ImpactRequired
                | WaysOfWorkingRequired
                | UsabilityRequired
                | WorkAndResultsRequired
                | StatementRequired
                | StatementTooLarge { .. }
                | StatementNotPdf { .. }
                | StatementDamaged
                | FinalReportLate { .. }
                | NoPlannedBase => {}
            }
        }
        all
    }

    #[test]
    fn every_message_has_its_own_words_in_every_language() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            let mut seen = std::collections::HashSet::new();
            for m in every_message() {
                let f = Finding::error(Rule::Format, Place::Ledger, m.clone());
                let text = message(lang, &f);
                assert!(text.ends_with('.') || text.ends_with(')'), "{lang:?} {m:?}: {text}");
                assert!(!text.contains("{"), "{lang:?} {m:?}: {text}");
                seen.insert(text);
            }
            // Only the four amounts' and the two dates' messages share their words.
            assert_eq!(seen.len(), every_message().len() - 4, "{lang:?}");
        }
    }

    #[test]
    fn the_values_are_written_as_each_language_writes_them() {
        let f = |m| Finding::error(Rule::Claim, Place::Ledger, m);
        let above = f(Message::ClaimAboveMay {
            asked: Money::from_cents(7_000_000),
            may: Money::from_cents(6_750_002),
        });
        assert!(
            message(Lang::Fi, &above).contains("70\u{a0}000,00\u{a0}€"),
            "{}",
            message(Lang::Fi, &above)
        );
        assert!(
            message(Lang::En, &above).contains("€67,500.02"),
            "{}",
            message(Lang::En, &above)
        );
        let late = f(Message::FinalReportLate {
            by: date!(2021 - 11 - 30),
        });
        assert_eq!(
            message(Lang::Fi, &late),
            "Loppuraportti on toimitettava viimeistään 30.11.2021."
        );
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for c in GrantCitation::ALL {
                assert!(citation(lang, c).contains("26.2.2020"));
            }
            assert_ne!(
                share_setting(lang, ShareSetting::CallMaximum),
                share_setting(lang, ShareSetting::DecisionRatio)
            );
        }
    }
}
