//! The words of the grant's reporting pages (`ui::grant::{reports, claims, final_report,
//! settlement}`): the interim reports, the payment claims, the final report and the settlement.
//! Like table `G`, only the grant's app installs table `Gt` (`super::GRANT_TABLES`). The figures'
//! labels are `grant_reports::label`'s, the findings' sentences `grant_rules`'s.

use super::texts::texts;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Gt;
    ReportsTitle { fi: "Väliraportit", sv: "Mellanrapporter", en: "Interim reports" }
    ReportsIntro {
        fi: "Väliraportti laaditaan neljän kuukauden välein. Se kuvaa hankkeen etenemisen, tavoiteltujen vaikutusten saavuttamisen vaiheen ja kustannusten toteutuman: arvonlisäverottomat kustannukset ja arvonlisävero erikseen. Ministeriö ilmoittaa raportointikaudet, joten niiden päivämääriä voi muuttaa.",
        sv: "En mellanrapport görs var fjärde månad. Den beskriver hur projektet framskrider, i vilket skede de eftersträvade effekterna är och hur kostnaderna har förverkligats: kostnaderna utan mervärdesskatt och mervärdesskatten separat. Ministeriet meddelar rapporteringsperioderna, så deras datum kan ändras.",
        en: "An interim report is made every four months. It describes how the project has progressed, the stage of the intended impacts and the realised costs: the costs without VAT and the VAT apart. The ministry announces the reporting periods, so their dates can be changed.",
    }
    PeriodsTitle { fi: "Raportointikaudet", sv: "Rapporteringsperioder", en: "Reporting periods" }
    PeriodN { fi: "Kausi", sv: "Period", en: "Period" }
    PeriodStart { fi: "Alkaa", sv: "Börjar", en: "Starts" }
    PeriodEnd { fi: "Päättyy", sv: "Slutar", en: "Ends" }
    PeriodDue { fi: "Raportti viimeistään", sv: "Rapporten senast", en: "Report due" }
    DateHint { fi: "Muoto p.k.vvvv, esimerkiksi 1.3.2020", sv: "Format d.m.åååå, till exempel 1.3.2020", en: "Format d.m.yyyy, for example 1.3.2020" }
    AddPeriod { fi: "Lisää raportointikausi", sv: "Lägg till rapporteringsperiod", en: "Add a reporting period" }
    StartReport { fi: "Aloita kauden väliraportti", sv: "Börja periodens mellanrapport", en: "Start the period's interim report" }
    ReportOf { fi: "Väliraportti, kausi", sv: "Mellanrapport, period", en: "Interim report, period" }
    Progress { fi: "Hankkeen eteneminen", sv: "Hur projektet framskrider", en: "How the project has progressed" }
    Impacts { fi: "Tavoiteltujen vaikutusten saavuttamisen vaihe", sv: "I vilket skede de eftersträvade effekterna är", en: "The stage of the intended impacts" }
    IndicatorsTitle { fi: "Mittarit", sv: "Mätare", en: "Indicators" }
    Indicator { fi: "Mittari", sv: "Mätare", en: "Indicator" }
    Baseline { fi: "Lähtötaso", sv: "Utgångsnivå", en: "Baseline" }
    Target { fi: "Tavoite", sv: "Mål", en: "Target" }
    ValueNow { fi: "Arvo nyt", sv: "Värde nu", en: "Value now" }
    FinalValue { fi: "Lopullinen arvo", sv: "Slutligt värde", en: "Final value" }
    NoIndicators { fi: "Hakemuksessa ei ole mittareita.", sv: "Ansökan har inga mätare.", en: "The application has no indicators." }
    ByCategory { fi: "Kustannukset kustannuslajeittain suunnitelmaan verrattuna", sv: "Kostnaderna per kostnadsslag jämfört med planen", en: "The costs by category against the plan" }
    ByBearer { fi: "Kustannukset hakijoittain suunnitelmaan verrattuna", sv: "Kostnaderna per sökande jämfört med planen", en: "The costs by applicant against the plan" }
    Category { fi: "Kustannuslaji", sv: "Kostnadsslag", en: "Category" }
    Applicant { fi: "Hakija", sv: "Sökande", en: "Applicant" }
    PlannedNet { fi: "Suunniteltu (alv 0 %)", sv: "Planerat (moms 0 %)", en: "Planned (without VAT)" }
    PeriodNet { fi: "Kausi (alv 0 %)", sv: "Perioden (moms 0 %)", en: "Period (without VAT)" }
    PeriodVat { fi: "Kausi, alv", sv: "Perioden, moms", en: "Period, VAT" }
    CumulativeNet { fi: "Yhteensä (alv 0 %)", sv: "Sammanlagt (moms 0 %)", en: "To date (without VAT)" }
    CumulativeVat { fi: "Yhteensä, alv", sv: "Sammanlagt, moms", en: "To date, VAT" }
    CumulativeEligible { fi: "Yhteensä, hyväksyttävät", sv: "Sammanlagt, godtagbara", en: "To date, eligible" }
    Total { fi: "Yhteensä", sv: "Sammanlagt", en: "Total" }
    ChartCategoryTitle { fi: "Suunnitellut ja toteutuneet kustannukset kustannuslajeittain", sv: "Planerade och förverkligade kostnader per kostnadsslag", en: "Planned and realised costs by category" }
    ChartMonthTitle { fi: "Suunnitellut ja toteutuneet kustannukset kertyminä kuukausittain", sv: "Planerade och förverkligade kostnader ackumulerat per månad", en: "Planned and realised costs cumulated by month" }
    ChartSummary { fi: "Kaavion luvut ovat myös taulukossa kaavion alla.", sv: "Diagrammets siffror finns också i tabellen under diagrammet.", en: "The chart's figures are also in the table below it." }
    Planned { fi: "Suunniteltu", sv: "Planerat", en: "Planned" }
    Realised { fi: "Toteutunut", sv: "Förverkligat", en: "Realised" }
    Month { fi: "Kuukausi", sv: "Månad", en: "Month" }
    MonthAssumption {
        fi: "Suunnitelma on vuosittainen; vuoden suunnitellut kustannukset on jaettu kaaviossa tasan hankkeen kuukausille (oletus, ei sääntö).",
        sv: "Planen är årsvis; årets planerade kostnader har i diagrammet fördelats jämnt på projektets månader (ett antagande, inte en regel).",
        en: "The plan is by year; in the chart each year's planned costs are spread evenly over the project's months (an assumption, not a rule).",
    }
    SaveReport { fi: "Tallenna väliraportti tiedostoksi", sv: "Spara mellanrapporten som fil", en: "Save the interim report as a file" }
    SentOn { fi: "Tiedosto tehty lähetettäväksi", sv: "Filen gjord för att skickas", en: "File made to be sent" }
    NotSentYet { fi: "Ei vielä lähetetty.", sv: "Inte skickad ännu.", en: "Not sent yet." }
    FixFirst { fi: "Tiedostoa ei tehty: korjaa ensin virheet.", sv: "Filen gjordes inte: rätta först felen.", en: "The file was not made: correct the errors first." }
    FileMade { fi: "Tiedosto tehty:", sv: "Filen gjord:", en: "File made:" }
    ClaimsTitle { fi: "Maksatushakemukset", sv: "Utbetalningsansökningar", en: "Payment claims" }
    ClaimsIntro {
        fi: "Avustus maksetaan pääsääntöisesti kolmessa erässä maksatushakemuksen perusteella. Viimeinen erä maksetaan loppuraportoinnin jälkeen toteutuneet kustannukset huomioiden.",
        sv: "Understödet betalas i regel ut i tre rater på basis av en utbetalningsansökan. Den sista raten betalas efter slutrapporteringen med hänsyn till de förverkligade kostnaderna.",
        en: "The grant is as a rule paid in three instalments on payment claims. The last instalment is paid after the final report, on the realised costs.",
    }
    ClaimN { fi: "Maksatushakemus", sv: "Utbetalningsansökan", en: "Payment claim" }
    AddClaim { fi: "Lisää maksatushakemus", sv: "Lägg till utbetalningsansökan", en: "Add a payment claim" }
    RemoveClaim { fi: "Poista maksatushakemus", sv: "Ta bort utbetalningsansökan", en: "Remove payment claim" }
    ClaimRemoved { fi: "Maksatushakemus poistettu.", sv: "Utbetalningsansökan borttagen.", en: "Payment claim removed." }
    RemoveReport { fi: "Poista väliraportti", sv: "Ta bort mellanrapporten", en: "Remove interim report" }
    ReportRemoved { fi: "Väliraportti poistettu.", sv: "Mellanrapporten borttagen.", en: "Interim report removed." }
    NoClaims { fi: "Maksatushakemuksia ei ole vielä.", sv: "Inga utbetalningsansökningar ännu.", en: "No payment claims yet." }
    Until { fi: "Kustannukset tähän päivään asti", sv: "Kostnaderna till och med dagen", en: "Costs up to and including" }
    AmountAsked { fi: "Haettava määrä (tyhjä: kaikki haettavissa oleva)", sv: "Sökt belopp (tomt: allt som kan sökas)", en: "Amount claimed (empty: all that may be claimed)" }
    LastClaim { fi: "Viimeinen maksatushakemus (loppuraportin jälkeen)", sv: "Sista utbetalningsansökan (efter slutrapporten)", en: "The last claim (after the final report)" }
    PaidAmount { fi: "Ministeriön maksama määrä", sv: "Belopp som ministeriet betalat", en: "Amount the ministry paid" }
    PaidOn { fi: "Maksupäivä", sv: "Betalningsdag", en: "Paid on" }
    Computation { fi: "Laskelma", sv: "Kalkyl", en: "Computation" }
    Formula {
        fi: "Haettavissa = min(G, ⌊s × E⌋) − P, vähintään 0: G myönnetty avustus, s avustuksen osuus, E hyväksyttävät toteutuneet kustannukset, P aiemmin maksettu.",
        sv: "Kan sökas = min(G, ⌊s × E⌋) − P, minst 0: G beviljat understöd, s understödets andel, E godtagbara förverkligade kostnader, P tidigare utbetalt.",
        en: "May be claimed = min(G, ⌊s × E⌋) − P, at least 0: G the grant, s the grant's share, E the eligible realised costs, P paid before.",
    }
    ShareInForce { fi: "Voimassa oleva osuus", sv: "Andelen som gäller", en: "The share in force" }
    SaveClaim { fi: "Tallenna maksatushakemus tiedostoksi", sv: "Spara utbetalningsansökan som fil", en: "Save the payment claim as a file" }
    FinalTitle { fi: "Loppuraportti", sv: "Slutrapport", en: "Final report" }
    FinalIntro {
        fi: "Loppuraportointi sisältää kuvauksen hankkeiden vaikuttavuudesta, muuttuneista toimintatavoista, tehdystä työstä ja sen tuloksista sekä tiedot toteutuneista arvonlisäverottomista kokonaiskustannuksista. Liitteeksi liitetään tilintarkastajan lausunto avustuksen käytöstä.",
        sv: "Slutrapporten innehåller en beskrivning av projektets effekter, de förändrade arbetssätten, det utförda arbetet och dess resultat samt uppgifter om de förverkligade totala kostnaderna utan mervärdesskatt. Revisorns utlåtande om användningen av understödet bifogas.",
        en: "The final report describes the project's impact, the changed ways of working, the work done and its results, and gives the realised total costs without VAT. The auditor's statement on the use of the grant is attached.",
    }
    Impact { fi: "Hankkeen vaikuttavuus", sv: "Projektets effekter", en: "The project's impact" }
    WaysOfWorking { fi: "Muuttuneet toimintatavat", sv: "Förändrade arbetssätt", en: "Changed ways of working" }
    Usability { fi: "Tulosten hyödynnettävyys muissa kunnissa", sv: "Resultatens användbarhet i andra kommuner", en: "How usable the results are in other municipalities" }
    WorkAndResults { fi: "Tehty työ ja sen tulokset", sv: "Det utförda arbetet och dess resultat", en: "The work done and its results" }
    Statement { fi: "Tilintarkastajan lausunto avustuksen käytöstä (PDF)", sv: "Revisorns utlåtande om användningen av understödet (PDF)", en: "The auditor's statement on the use of the grant (PDF)" }
    StatementLimit { fi: "PDF-tiedosto, enintään", sv: "PDF-fil, högst", en: "A PDF file, at most" }
    StatementName { fi: "Tiedosto", sv: "Fil", en: "File" }
    StatementSize { fi: "Koko", sv: "Storlek", en: "Size" }
    StatementRefused { fi: "Lausuntoa ei liitetty:", sv: "Utlåtandet bifogades inte:", en: "The statement was not attached:" }
    SaveFinal { fi: "Tallenna loppuraportti tiedostoksi", sv: "Spara slutrapporten som fil", en: "Save the final report as a file" }
    SettlementTitle { fi: "Avustuksen lopullinen laskelma", sv: "Slutlig kalkyl över understödet", en: "The settlement of the grant" }
    SettlementIntro {
        fi: "Lopullinen avustus on avustuksen osuus hyväksyttävistä toteutuneista kustannuksista, enintään myönnetty avustus. Viimeinen erä on lopullinen avustus vähennettynä maksetulla; jos maksettu on suurempi, erotus palautetaan valtionavustuslain 20 §:n mukaisesti.",
        sv: "Det slutliga understödet är understödets andel av de godtagbara förverkligade kostnaderna, högst det beviljade understödet. Den sista raten är det slutliga understödet minus det utbetalda; om det utbetalda är större återbetalas skillnaden enligt 20 § i statsunderstödslagen.",
        en: "The final grant is the grant's share of the eligible realised costs, at most the grant. The last instalment is the final grant less what was paid; where more was paid, the difference is returned under section 20 of the Act on Discretionary Government Transfers.",
    }
    NoSettlement { fi: "Laskelmaa ei voi tehdä: summat eivät mahdu laskentaan.", sv: "Kalkylen kan inte göras: summorna ryms inte i beräkningen.", en: "The settlement cannot be made: the sums do not fit." }
    Print { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    PrintedOn { fi: "Laskettu", sv: "Beräknad", en: "Computed on" }
    PagesTitle { fi: "Hankkeen sivut", sv: "Projektets sidor", en: "The project's pages" }
    SentTitle { fi: "Lähetetty", sv: "Skickat", en: "Sent" }
    NothingSent { fi: "Mitään ei ole vielä lähetetty.", sv: "Ingenting har skickats ännu.", en: "Nothing has been sent yet." }
    ClaimDue { fi: "Maksatushakemus: haettavissa nyt", sv: "Utbetalningsansökan: kan sökas nu", en: "Payment claim: may be claimed now" }
    ErrorsTitle { fi: "Korjaa nämä", sv: "Rätta dessa", en: "Correct these" }
    WarningsTitle { fi: "Huomioi nämä", sv: "Observera dessa", en: "Note these" }
    NoErrors { fi: "Ei virheitä.", sv: "Inga fel.", en: "No errors." }
}
