//! The words of the ministry's follow-up app (`ui::follow_up`, `follow-up.html`): its home page —
//! the decision and the grantees' report files opened, the grants' table, the programme's totals —
//! and the follow-up file; the payment list (`/follow-up/payments`) and the decisions on change
//! requests (`/follow-up/changes`, muutoshakemus). The table `Fp` is in the Swedish and English
//! texts files, but only the follow-up app installs it (`super::FOLLOW_UP_TABLES`); the figures'
//! labels and the findings' sentences are `follow_up`'s (`Fu`, shared with `hakemus-check`).
//! Finnish from decision 004 where it has the words ("väliraportti", "maksatushakemus",
//! "loppuraportti"). The change requests' words are here and not `grant_changes`' (`Gc`): the
//! follow-up app does not install that table.

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
        fi: "tiedosto ei ole avustuspäätös, väliraportti, maksatushakemus, loppuraportti eikä täydennys.",
        sv: "filen är varken ett beslut om understöd, en mellanrapport, en utbetalningsansökan, en slutrapport eller en komplettering.",
        en: "the file is not a grant decision, an interim report, a payment claim, a final report or a completion.",
    }
    AlreadyReceived {
        fi: "sama tiedosto on jo vastaanotettu.",
        sv: "samma fil har redan tagits emot.",
        en: "the same file was received already.",
    }
    CompletionUnknownRequest {
        fi: "täällä ei ole lähetetty täydennyspyyntöä, johon vastaus vastaa.",
        sv: "här har ingen begäran om komplettering skickats som svaret svarar på.",
        en: "no completion request that the answer answers was sent from here.",
    }
    CompletionNotAsSent {
        fi: "vastaus kysyy eri asioita kuin lähetetty täydennyspyyntö.",
        sv: "svaret frågar annat än den begäran om komplettering som skickades.",
        en: "the answer asks otherwise than the completion request sent.",
    }
    CompletionTitle { fi: "Täydennyspyyntö", sv: "Begäran om komplettering", en: "Completion request" }
    CompletionIntro {
        fi: "Tarkastus pyytää täydennystä. Kirjoita kysymykset, valitse kirjaukset, joista kysytään, ja anna määräaika. Pyyntö ladataan tiedostona, jonka lähetät hankkeelle; vastaus avataan etusivulla.",
        sv: "Granskningen begär komplettering. Skriv frågorna, välj posterna som frågorna gäller och ange en tidsfrist. Begäran laddas ned som en fil som du skickar till projektet; svaret öppnas på startsidan.",
        en: "The check asks for completion. Write the questions, choose the entries asked about and give a deadline. The request downloads as a file you send to the project; the answer is opened on the home page.",
    }
    CompletionQuestions { fi: "Kysymykset", sv: "Frågor", en: "Questions" }
    CompletionQuestionsHint { fi: "Yksi kysymys riville.", sv: "En fråga per rad.", en: "One question a line." }
    CompletionChooseEntry { fi: "Kirjaus, josta kysytään", sv: "Post som frågan gäller", en: "Entry to ask about" }
    CompletionNoEntry { fi: "Valitse kirjaus", sv: "Välj en post", en: "Choose an entry" }
    CompletionAddEntry { fi: "Kysy kirjauksesta", sv: "Fråga om posten", en: "Ask about the entry" }
    CompletionEntryAsked { fi: "Mitä kirjauksesta kysytään", sv: "Vad som frågas om posten", en: "What is asked about the entry" }
    CompletionRemoveEntry { fi: "Poista kirjaus pyynnöstä", sv: "Ta bort posten ur begäran", en: "Take the entry out of the request" }
    CompletionDeadline { fi: "Määräaika", sv: "Tidsfrist", en: "Deadline" }
    CompletionDeadlineHint { fi: "Esimerkiksi 31.8.2020.", sv: "Till exempel 31.8.2020.", en: "For example 31.8.2020." }
    CompletionDownload { fi: "Lataa täydennyspyyntö", sv: "Ladda ned begäran om komplettering", en: "Download the completion request" }
    CompletionSentTitle { fi: "Lähetetyt täydennyspyynnöt", sv: "Skickade begäranden om komplettering", en: "Completion requests sent" }
    CompletionRequestNo { fi: "Pyyntö", sv: "Begäran", en: "Request" }
    CompletionStateSent { fi: "lähetetty", sv: "skickad", en: "sent" }
    CompletionStateLate { fi: "myöhässä", sv: "försenad", en: "late" }
    CompletionStateAnswered { fi: "vastattu", sv: "besvarad", en: "answered" }
    CompletionStateAnsweredLate { fi: "vastattu myöhässä", sv: "besvarad försenat", en: "answered late" }
    CompletionNoAnswer { fi: "(ei vastausta)", sv: "(inget svar)", en: "(no answer)" }
    CompletionCompletedReport { fi: "Täydennetty raportti vastaanotettu", sv: "Den kompletterade rapporten mottagen", en: "The completed report received" }
    CompletionStoredUnreadable {
        fi: "Tähän selaimeen tallennettuja keskeneräisiä täydennyspyyntöjä ei voi lukea tällä sovelluksen versiolla. Niitä ei korvata; uutta työtä ei tallenneta.",
        sv: "De påbörjade begäranden om komplettering som sparats i den här webbläsaren kan inte läsas med den här versionen av appen. De ersätts inte; nytt arbete sparas inte.",
        en: "The completion requests in progress stored in this browser cannot be read by this version of the app. They are not replaced; new work is not saved.",
    }
    CompletionSaveFailed {
        fi: "Tallennus tähän selaimeen epäonnistui: keskeneräinen täydennyspyyntö katoaa, jos sivu suljetaan.",
        sv: "Det gick inte att spara i den här webbläsaren: en påbörjad begäran om komplettering går förlorad om sidan stängs.",
        en: "Saving in this browser failed: a completion request in progress is lost if the page is closed.",
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

    PagesTitle { fi: "Seurannan sivut", sv: "Uppföljningens sidor", en: "The follow-up's pages" }
    PaymentsTitle { fi: "Maksulista", sv: "Utbetalningslista", en: "Payment list" }
    PaymentsIntro {
        fi: "Maksettavaksi hyväksytyt erät kaikista seurattavista avustuksista. Avustus maksetaan hankehallinnoijalle maksatushakemuksen perusteella.",
        sv: "De rater som godkänts för utbetalning ur alla understöd som följs upp. Understödet betalas till förvaltaren på basis av en utbetalningsansökan.",
        en: "The instalments approved for payment across all grants followed. The grant is paid to the lead on a payment claim.",
    }
    PaymentsTableTitle { fi: "Maksettavaksi hyväksytyt erät", sv: "Rater godkända för utbetalning", en: "Instalments approved for payment" }
    NoPayments {
        fi: "Maksettavaksi hyväksyttyjä eriä ei ole.",
        sv: "Det finns inga rater godkända för utbetalning.",
        en: "There are no instalments approved for payment.",
    }
    ColPayee { fi: "Maksunsaaja (hankehallinnoija)", sv: "Betalningsmottagare (förvaltare)", en: "Payee (the lead)" }
    ColBusinessId { fi: "Y-tunnus", sv: "FO-nummer", en: "Business ID" }
    ColAmount { fi: "Määrä", sv: "Belopp", en: "Amount" }
    ColDecidedOn { fi: "Päätöksen päivämäärä", sv: "Beslutets datum", en: "Decision date" }
    ColDecisionReference { fi: "Päätöksen diaarinumero", sv: "Beslutets diarienummer", en: "Decision reference" }
    ColInstalment { fi: "Erä (maksatushakemus)", sv: "Rat (utbetalningsansökan)", en: "Instalment (payment claim)" }
    ColPresenter { fi: "Esittelijä", sv: "Föredragande", en: "Presenter" }
    ColApprover { fi: "Hyväksyjä", sv: "Godkännare", en: "Approver" }
    ColApprovedOn { fi: "Hyväksytty", sv: "Godkänt", en: "Approved on" }
    ColPaidOn { fi: "Maksupäivä", sv: "Betalningsdag", en: "Paid on" }
    PaymentsTotal { fi: "Yhteensä", sv: "Sammanlagt", en: "Total" }
    DownloadCsv { fi: "Lataa CSV", sv: "Ladda ner CSV", en: "Download CSV" }
    PrintList { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    PaymentFindingsTitle { fi: "Huomiot maksuista", sv: "Anmärkningar om utbetalningarna", en: "Notes on the payments" }
    NoPaymentFindings { fi: "Maksuista ei ole huomautettavaa.", sv: "Inga anmärkningar om utbetalningarna.", en: "Nothing to note on the payments." }
    BackToFollowUp { fi: "Takaisin avustusten seurantaan", sv: "Tillbaka till uppföljningen av understöden", en: "Back to following up the grants" }
    ChangesTitle { fi: "Muutoshakemukset", sv: "Ändringsansökningar", en: "Change requests" }
    ChangesIntro {
        fi: "Avaa hankehallinnoijan lähettämä muutoshakemus ja päätä jokaisesta muutoksesta erikseen: hyväksytään, hyväksytään muutettuna tai hylätään, jokaiselle perustelu. Tallenna päätös tiedostoksi ja lähetä se hankehallinnoijalle. Keskeneräinen työ säilyy tässä selaimessa.",
        sv: "Öppna en ändringsansökan som förvaltaren skickat och besluta om varje ändring separat: godkänns, godkänns med ändringar eller avslås, var och en med en motivering. Spara beslutet som en fil och skicka den till förvaltaren. Arbete som pågår sparas i den här webbläsaren.",
        en: "Open a change request the lead sent and decide each change apart: accepted, accepted with changes or rejected, each with a reason. Save the decision as a file and send it to the lead. Work in progress is kept in this browser.",
    }
    ChangeFileLabel { fi: "Avaa muutoshakemus", sv: "Öppna en ändringsansökan", en: "Open a change request" }
    ChangeFileHint2 { fi: "hakemus-change-request-….json. Voit valita useita.", sv: "hakemus-change-request-….json. Du kan välja flera.", en: "hakemus-change-request-….json. You can choose several." }
    ChangeAlreadyOpen { fi: "sama muutoshakemus on jo avattu.", sv: "samma ändringsansökan är redan öppnad.", en: "the same change request is open already." }
    ChangeNotOpened { fi: "ei avattu:", sv: "öppnades inte:", en: "not opened:" }
    NoChangeRequests { fi: "Avattuja muutoshakemuksia ei ole.", sv: "Inga ändringsansökningar har öppnats.", en: "No change requests are open." }
    ChangeRequestHeading { fi: "Muutoshakemus", sv: "Ändringsansökan", en: "Change request" }
    ChangeLead { fi: "Hankehallinnoija", sv: "Förvaltare", en: "Lead" }
    ChangeSent { fi: "Lähetetty", sv: "Skickad", en: "Sent" }
    ChangeFileName { fi: "Tiedosto", sv: "Fil", en: "File" }
    ChangePart { fi: "Muutos", sv: "Ändring", en: "Change" }
    KindEndDate { fi: "Myöhäisempi päättymispäivä", sv: "Senare slutdatum", en: "A later end date" }
    KindMoveMoney { fi: "Rahan siirto", sv: "Överföring av pengar", en: "Money moved" }
    KindContent { fi: "Sisällön muutos", sv: "Ändring av innehållet", en: "A change of content" }
    EndInForce { fi: "Päättymispäivä nyt", sv: "Slutdatum nu", en: "End date now" }
    AskedEnd { fi: "Haettu päättymispäivä", sv: "Sökt slutdatum", en: "End date asked" }
    AskedFrom { fi: "Mistä", sv: "Från", en: "From" }
    AskedTo { fi: "Mihin", sv: "Till", en: "To" }
    AskedAmount { fi: "Summa (ilman arvonlisäveroa)", sv: "Belopp (utan mervärdesskatt)", en: "Amount (without VAT)" }
    AskedText { fi: "Mitä sisällössä muuttuu", sv: "Vad som ändras i innehållet", en: "What changes in the content" }
    LeadReason { fi: "Hankehallinnoijan perustelu", sv: "Förvaltarens motivering", en: "The lead's reason" }
    Outcome { fi: "Päätös", sv: "Beslut", en: "Decision" }
    OutcomeAccepted { fi: "Hyväksytään", sv: "Godkänns", en: "Accepted" }
    OutcomeAcceptedWithChanges { fi: "Hyväksytään muutettuna", sv: "Godkänns med ändringar", en: "Accepted with changes" }
    OutcomeRejected { fi: "Hylätään", sv: "Avslås", en: "Rejected" }
    DecisionEnd { fi: "Hyväksytty päättymispäivä", sv: "Godkänt slutdatum", en: "End date accepted" }
    DecisionEndHint { fi: "Esimerkiksi 28.2.2022", sv: "Till exempel 28.2.2022", en: "For example 28.2.2022" }
    DecisionAmount { fi: "Hyväksytty summa (ilman arvonlisäveroa)", sv: "Godkänt belopp (utan mervärdesskatt)", en: "Amount accepted (without VAT)" }
    DecisionAmountHint { fi: "Euroina, esimerkiksi 5 000,00", sv: "I euro, till exempel 5 000,00", en: "In euros, for example 5,000.00" }
    DecisionReason { fi: "Päätöksen perustelu", sv: "Beslutets motivering", en: "Reason for the decision" }
    Decider { fi: "Päättäjä", sv: "Beslutsfattare", en: "Decided by" }
    DeciderHint { fi: "Nimi ja virkanimike", sv: "Namn och tjänstetitel", en: "Name and title" }
    DecidedOn { fi: "Päätöksen päivämäärä", sv: "Beslutets datum", en: "Date of the decision" }
    DecidedOnHint { fi: "Esimerkiksi 20.9.2021", sv: "Till exempel 20.9.2021", en: "For example 20.9.2021" }
    SaveDecision { fi: "Tallenna päätös", sv: "Spara beslutet", en: "Save the decision" }
    DecisionSaved {
        fi: "Päätös on tallennettu tiedostoksi. Lähetä se hankehallinnoijalle:",
        sv: "Beslutet har sparats som fil. Skicka den till förvaltaren:",
        en: "The decision has been saved as a file. Send it to the lead:",
    }
    DecisionHasErrors {
        fi: "Päätöstä ei tallennettu: korjaa ensin virheet.",
        sv: "Beslutet sparades inte: rätta först felen.",
        en: "The decision was not saved: correct the errors first.",
    }
    DeciderRequired { fi: "Kirjoita päättäjän nimi.", sv: "Skriv beslutsfattarens namn.", en: "Give the name of who decides." }
    DecidedOnRequired { fi: "Kirjoita päätöksen päivämäärä.", sv: "Skriv beslutets datum.", en: "Give the date of the decision." }
    OutcomeRequired { fi: "Valitse päätös.", sv: "Välj beslut.", en: "Choose the decision." }
    DecisionReasonRequired { fi: "Kirjoita päätöksen perustelu.", sv: "Skriv beslutets motivering.", en: "Give the reason for the decision." }
    DecisionEndRequired { fi: "Kirjoita hyväksytty päättymispäivä.", sv: "Skriv det godkända slutdatumet.", en: "Give the end date accepted." }
    DecisionAmountRequired { fi: "Kirjoita hyväksytty summa.", sv: "Skriv det godkända beloppet.", en: "Give the amount accepted." }
    DecisionAmountNotPositive { fi: "Summan on oltava suurempi kuin nolla.", sv: "Beloppet måste vara större än noll.", en: "The amount must be more than zero." }
    ChangesStoredUnreadable {
        fi: "Tähän selaimeen tallennettuja muutoshakemuksia ei voi lukea tällä sovelluksen versiolla. Niitä ei korvata; uutta työtä ei tallenneta.",
        sv: "Ändringsansökningarna som sparats i den här webbläsaren kan inte läsas med den här versionen av appen. De ersätts inte; nytt arbete sparas inte.",
        en: "The change requests stored in this browser cannot be read by this version of the app. They are not replaced; new work is not saved.",
    }
    ChangesSaveFailed {
        fi: "Tallennus tähän selaimeen epäonnistui: keskeneräinen päätös katoaa, jos sivu suljetaan.",
        sv: "Det gick inte att spara i den här webbläsaren: ett beslut som pågår går förlorat om sidan stängs.",
        en: "Saving in this browser failed: a decision in progress is lost if the page is closed.",
    }
    // The grant's page (`ui::follow_up::grant`).
    GrantLink { fi: "Avaa avustuksen seuranta", sv: "Öppna understödets uppföljning", en: "Open the grant's follow-up" }
    GrantNotFollowed {
        fi: "Tätä avustusta ei ole tämän selaimen seurannassa.",
        sv: "Det här understödet följs inte upp i den här webbläsaren.",
        en: "This grant is not followed in this browser.",
    }
    GrantTitle { fi: "Avustus", sv: "Understödet", en: "The grant" }
    BusinessId { fi: "Y-tunnus", sv: "FO-nummer", en: "Business ID" }
    DecisionReference { fi: "Päätöksen diaarinumero", sv: "Beslutets diarienummer", en: "The decision's reference" }
    DecisionDate { fi: "Päätöksen päivämäärä", sv: "Beslutets datum", en: "The decision's date" }
    PeriodsTitle { fi: "Raportit kausittain", sv: "Rapporterna per period", en: "The reports by period" }
    ColDue { fi: "Määräaika", sv: "Senast", en: "Due" }
    ColState { fi: "Tila", sv: "Status", en: "State" }
    NoDue { fi: "ei ilmoitettu", sv: "inte meddelad", en: "not announced" }
    NotListed { fi: "(kausi ei ole ministeriön luettelossa)", sv: "(perioden finns inte i ministeriets förteckning)", en: "(a period the ministry has not listed)" }
    LateYes { fi: "myöhässä", sv: "försenad", en: "late" }
    LateNo { fi: "ei", sv: "nej", en: "no" }
    ReceivedTitle { fi: "Vastaanotetut raportit", sv: "Mottagna rapporter", en: "Reports received" }
    NoneReceived { fi: "Raportteja ei ole vielä vastaanotettu.", sv: "Inga rapporter har tagits emot ännu.", en: "No reports have been received yet." }
    ReceivedOn { fi: "Vastaanotettu", sv: "Mottagen", en: "Received on" }
    FullHash { fi: "Koko SHA-256-tiiviste", sv: "Hela SHA-256-kontrollsumman", en: "The whole SHA-256" }
    ReportUnreadable { fi: "Tiedostoa ei voi enää lukea:", sv: "Filen kan inte längre läsas:", en: "The file can no longer be read:" }
    ContentCheck { fi: "Sisällön tarkastus", sv: "Granskning av innehållet", en: "The content check" }
    AccountsCheck { fi: "Kirjanpidon tarkastus", sv: "Granskning av bokföringen", en: "The accounts check" }
    CheckedBy { fi: "Tarkastaja", sv: "Granskare", en: "Checked by" }
    CheckedOn { fi: "Tarkastuspäivä", sv: "Granskningsdatum", en: "Checked on" }
    DateHint { fi: "Esimerkiksi 15.12.2021", sv: "Till exempel 15.12.2021", en: "For example 15.12.2021" }
    Verdict { fi: "Ratkaisu", sv: "Avgörande", en: "Verdict" }
    VerdictPending { fi: "Kesken", sv: "Pågår", en: "Pending" }
    VerdictAccepted { fi: "Hyväksytty", sv: "Godkänd", en: "Accepted" }
    VerdictCompletion { fi: "Täydennystä pyydetty", sv: "Komplettering begärd", en: "Completion requested" }
    Note { fi: "Huomautus", sv: "Anmärkning", en: "Note" }
    EntriesCaption { fi: "Raportin kirjaukset", sv: "Rapportens poster", en: "The report's entries" }
    ColEntryDate { fi: "Päivämäärä", sv: "Datum", en: "Date" }
    ColWhat { fi: "Mitä", sv: "Vad", en: "What" }
    ColEntryAmount { fi: "Määrä (alv 0 %)", sv: "Belopp (moms 0 %)", en: "Amount (VAT 0 %)" }
    ColInReport { fi: "Raportissa", sv: "I rapporten", en: "In the report" }
    ColCheck { fi: "Tarkastus", sv: "Granskning", en: "Check" }
    CountedEligible { fi: "hyväksyttävä", sv: "godtagbar", en: "eligible" }
    NotEligible { fi: "ei hyväksyttävä", sv: "inte godtagbar", en: "not eligible" }
    InternalCharge { fi: "sisäinen veloitus", sv: "intern debitering", en: "internal charge" }
    Accept { fi: "Hyväksytään", sv: "Godkänns", en: "Accept" }
    LeaveOut { fi: "Jätetään pois", sv: "Lämnas utanför", en: "Leave out" }
    Reason { fi: "Peruste", sv: "Motivering", en: "Reason" }
    NoEntries { fi: "Raportissa ei ole kirjauksia.", sv: "Rapporten har inga poster.", en: "The report has no entries." }
    RecomputedCaption {
        fi: "Luvut tiedoston mukaan ja tarkastettuina",
        sv: "Siffrorna enligt filen och granskade",
        en: "The figures as the file counts them and as checked",
    }
    ColFigure { fi: "Luku", sv: "Siffra", en: "Figure" }
    ColAsFiled { fi: "Tiedoston mukaan", sv: "Enligt filen", en: "As the file counts" }
    ColAsChecked { fi: "Tarkastettuna", sv: "Granskat", en: "As checked" }
    Eligible { fi: "Hyväksyttävät kustannukset (E)", sv: "Godtagbara kostnader (E)", en: "Eligible costs (E)" }
    MayClaim { fi: "Maksatushakemuksella voi hakea", sv: "Kan sökas med utbetalningsansökan", en: "The claim may ask" }
    ToReturn { fi: "Palautettava (valtionavustuslaki 20 §)", sv: "Ska återbetalas (statsunderstödslagen 20 §)", en: "To return (Act on Discretionary Government Transfers, 20 §)" }
    GrantPaymentsTitle { fi: "Maksut", sv: "Utbetalningar", en: "Payments" }
    NoGrantPayments { fi: "Maksuja ei ole vielä kirjattu.", sv: "Inga utbetalningar har registrerats ännu.", en: "No payments are recorded yet." }
    AddPayment { fi: "Lisää maksu", sv: "Lägg till en utbetalning", en: "Add a payment" }
    RemovePayment { fi: "Poista maksu", sv: "Ta bort utbetalningen", en: "Remove the payment" }
    PaymentClaim { fi: "Maksatushakemus", sv: "Utbetalningsansökan", en: "Payment claim" }
    ChooseClaim { fi: "Valitse maksatushakemus", sv: "Välj utbetalningsansökan", en: "Choose the payment claim" }
    PaymentAmount { fi: "Maksettavaksi hyväksytty määrä", sv: "Belopp som godkänts för utbetalning", en: "Amount approved for payment" }
    Presenter { fi: "Esittelijä", sv: "Föredragande", en: "Presented by" }
    Approver { fi: "Hyväksyjä", sv: "Godkännare", en: "Approved by" }
    ApprovedOn { fi: "Hyväksymispäivä", sv: "Godkännandedatum", en: "Approved on" }
    PaidOn { fi: "Maksupäivä", sv: "Utbetalningsdag", en: "Paid on" }
    SettlementTitle { fi: "Selvityspäätös", sv: "Beslut om avräkning", en: "The settlement decision" }
    NoFinalReportYet {
        fi: "Loppuraporttia ei ole vastaanotettu: avustuksen lopullista määrää ei voi vielä laskea.",
        sv: "Slutrapporten har inte tagits emot: understödets slutliga belopp kan inte räknas ännu.",
        en: "No final report has been received: the grant's final amount cannot be computed yet.",
    }
    SettlementDecider { fi: "Päätöksen tekijä", sv: "Beslutsfattare", en: "Decided by" }
    SettlementDecidedOn { fi: "Päätöspäivä", sv: "Beslutsdatum", en: "Decided on" }
    RecoveryDue { fi: "Takaisinperinnän eräpäivä", sv: "Återkravets förfallodag", en: "The recovery's due date" }
    RecoveryDueHint {
        fi: "Vain kun avustusta peritään takaisin. Esimerkiksi 15.1.2022",
        sv: "Endast när understöd återkrävs. Till exempel 15.1.2022",
        en: "Only when the grant is recovered. For example 15.1.2022",
    }
    PrintLink { fi: "Tulostettava selvityspäätös", sv: "Beslutet om avräkning för utskrift", en: "The settlement decision to print" }
    CheckPage { fi: "Tarkista", sv: "Kontrollera", en: "Check" }
    NoProblems { fi: "Seurannassa ei ole virheitä.", sv: "Uppföljningen har inga fel.", en: "The follow-up has no errors." }
    // The printed settlement decision (`ui::follow_up::settlement`).
    Print { fi: "Tulosta", sv: "Skriv ut", en: "Print" }
    BackToGrant { fi: "Takaisin avustuksen seurantaan", sv: "Tillbaka till understödets uppföljning", en: "Back to the grant's follow-up" }
    PrintNotDecided {
        fi: "Päätöstä ei ole vielä tehty: päätöksen tekijä ja päätöspäivä puuttuvat.",
        sv: "Beslutet är inte fattat ännu: beslutsfattaren och beslutsdatumet saknas.",
        en: "The decision is not made yet: its decider and date are missing.",
    }
    PrintRecoveryNoDue {
        fi: "Takaisinperinnän eräpäivä puuttuu.",
        sv: "Återkravets förfallodag saknas.",
        en: "The recovery's due date is missing.",
    }
    PrintGrantee { fi: "Avustuksen saaja", sv: "Understödstagare", en: "Grantee" }
    PrintProject { fi: "Hanke", sv: "Projekt", en: "Project" }
    PrintGrantDecision { fi: "Avustuspäätös", sv: "Beslut om understöd", en: "Grant decision" }
    PrintFigures { fi: "Avustuksen lopullinen määrä", sv: "Understödets slutliga belopp", en: "The grant's final amount" }
    PrintDecisionHeading { fi: "Päätös", sv: "Beslut", en: "Decision" }
    PrintGrounds {
        fi: "Valtiovarainministeriö on tarkastanut hankkeen loppuraportin ja sen kirjanpidon. Avustus on enintään päätöksen mukainen osuus toteutuneista hyväksyttävistä kustannuksista.",
        sv: "Finansministeriet har granskat projektets slutrapport och dess bokföring. Understödet är högst beslutets andel av de förverkligade godtagbara kostnaderna.",
        en: "The Ministry of Finance has checked the project's final report and its accounts. The grant is at most the decision's share of the eligible costs realised.",
    }
    PrintNothing {
        fi: "Avustuksesta ei makseta enempää eikä sitä peritä takaisin.",
        sv: "Av understödet betalas inget mer ut och inget återkrävs.",
        en: "Nothing more of the grant is paid and nothing is recovered.",
    }
    PrintSigned { fi: "Päätöksen tekijä", sv: "Beslutsfattare", en: "Decided by" }
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

/// A completion answer taken: its completed report received (docs/rules.md §12.4.1).
pub fn completion_received(lang: Lang, kind: &str, project: &str) -> String {
    match lang {
        Lang::Fi => format!("vastaanotettu täydennys: {kind}, {project}."),
        Lang::Sv => format!("komplettering mottagen: {kind}, {project}."),
        Lang::En => format!("completion received: {kind}, {project}."),
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

/// "2. erä, Hanke: sentence": a payment list's finding, naming the grant and the payment.
pub fn payment_finding(lang: Lang, project: &str, instalment: u64, sentence: &str) -> String {
    match lang {
        Lang::Fi => format!("{project}, maksatushakemuksen {instalment} erä: {sentence}"),
        Lang::Sv => format!("{project}, raten för utbetalningsansökan {instalment}: {sentence}"),
        Lang::En => format!("{project}, the instalment of payment claim {instalment}: {sentence}"),
    }
}

/// A change request opened: "avattu: muutoshakemus 12, Hanke."
pub fn change_opened(lang: Lang, request: u64, project: &str) -> String {
    match lang {
        Lang::Fi => format!("avattu: muutoshakemus {request}, {project}."),
        Lang::Sv => format!("öppnad: ändringsansökan {request}, {project}."),
        Lang::En => format!("opened: change request {request}, {project}."),
    }
}

/// What a decision being made lacks, in `lang`.
pub fn deciding_message(lang: Lang, m: &crate::domain::reviewer::change_decision::DecidingMessage) -> String {
    use crate::domain::reviewer::change_decision::DecidingMessage as M;
    match m {
        M::DeciderRequired => Fp::DeciderRequired.get(lang).into(),
        M::DateRequired => Fp::DecidedOnRequired.get(lang).into(),
        M::OutcomeRequired => Fp::OutcomeRequired.get(lang).into(),
        M::ReasonRequired => Fp::DecisionReasonRequired.get(lang).into(),
        M::EndRequired => Fp::DecisionEndRequired.get(lang).into(),
        M::AmountRequired => Fp::DecisionAmountRequired.get(lang).into(),
        M::AmountNotPositive => Fp::DecisionAmountNotPositive.get(lang).into(),
        M::DateInvalid { typed } | M::EndInvalid { typed } => match lang {
            Lang::Fi => format!("”{typed}” ei ole päivämäärä (esim. 30.11.2021)."),
            Lang::Sv => format!("”{typed}” är inte ett datum (t.ex. 30.11.2021)."),
            Lang::En => format!("“{typed}” is not a date (e.g. 30.11.2021)."),
        },
        M::AmountInvalid { typed, reason } => {
            let why = super::money_error(lang, reason);
            match lang {
                Lang::Fi => format!("”{typed}” ei ole rahamäärä: {why}."),
                Lang::Sv => format!("”{typed}” är inte ett belopp: {why}."),
                Lang::En => format!("“{typed}” is not an amount: {why}."),
            }
        }
    }
}

/// A received report as the grant's page names it: "loppuraportti, vastaanotettu 26.11.2021".
pub fn received_label(lang: Lang, kind: &str, on: &str) -> String {
    match lang {
        Lang::Fi => format!("{kind}, vastaanotettu {on}"),
        Lang::Sv => format!("{kind}, mottagen {on}"),
        Lang::En => format!("{kind}, received on {on}"),
    }
}

/// A payment's legend: "Maksu 2".
pub fn payment_legend(lang: Lang, number: usize) -> String {
    match lang {
        Lang::Fi => format!("Maksu {number}"),
        Lang::Sv => format!("Utbetalning {number}"),
        Lang::En => format!("Payment {number}"),
    }
}

/// A claim to choose for a payment: "Maksatushakemus 3 (viimeinen)".
pub fn claim_option(lang: Lang, number: u64, last: bool) -> String {
    match (lang, last) {
        (Lang::Fi, false) => format!("Maksatushakemus {number}"),
        (Lang::Fi, true) => format!("Maksatushakemus {number} (viimeinen)"),
        (Lang::Sv, false) => format!("Utbetalningsansökan {number}"),
        (Lang::Sv, true) => format!("Utbetalningsansökan {number} (den sista)"),
        (Lang::En, false) => format!("Payment claim {number}"),
        (Lang::En, true) => format!("Payment claim {number} (the last)"),
    }
}

/// An entry's check as its radio group names it: "Kirjaus 3: tarkastus".
pub fn entry_legend(lang: Lang, id: u64) -> String {
    match lang {
        Lang::Fi => format!("Kirjaus {id}: tarkastus"),
        Lang::Sv => format!("Post {id}: granskning"),
        Lang::En => format!("Entry {id}: check"),
    }
}

/// The settlement decision's passage on the last instalment. Decision 004's words where it has
/// them ("Viimeinen erä maksetaan loppuraportoinnin jälkeen toteutuneet kustannukset huomioiden");
/// the sentence is ours.
pub fn last_instalment_passage(lang: Lang, amount: &str) -> String {
    match lang {
        Lang::Fi => format!("Avustuksen viimeisenä eränä maksetaan toteutuneet kustannukset huomioiden {amount}."),
        Lang::Sv => {
            format!("Som understödets sista rat betalas med beaktande av de förverkligade kostnaderna {amount}.")
        }
        Lang::En => format!("As the grant's last instalment, the realised costs taken into account, {amount} is paid."),
    }
}

/// The settlement decision's passage on a recovery. Decision 004's words ("liikaa maksettu
/// avustus … tulee palauttaa valtionavustuslain 20 §:n mukaisesti"); the due date is the
/// ministry's (docs/rules.md §12.6, assumed), the sentence ours.
pub fn recovery_passage(lang: Lang, amount: &str, due: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Liikaa maksettu avustus {amount} tulee palauttaa valtionavustuslain 20 §:n mukaisesti viimeistään {due}."
        ),
        Lang::Sv => format!(
            "Det för mycket utbetalda understödet {amount} ska återbetalas enligt 20 § i statsunderstödslagen senast {due}."
        ),
        Lang::En => format!(
            "The {amount} of the grant paid in excess is to be returned under section 20 of the Act on Discretionary Government Transfers by {due}."
        ),
    }
}
