//! The words of the lead's page for the ministry's completion requests (täydennyspyyntö,
//! docs/rules.md §12.4.1) in the grant's app (`ui::grant::completion`): opening a request, what it
//! asks, the answers, the completed report, and the sentences of the answer's findings
//! (`exchange::completion`). Like table `G`, only the grant's app installs table `Gq`
//! (`super::GRANT_TABLES`). Exhaustive `match`es: a finding without words does not compile.

use super::texts::texts;
use crate::domain::exchange::completion::{Finding, Problem, Refusal};
use crate::domain::formats::grant_reports::ReportKind;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Gq;
    Title { fi: "Täydennyspyynnöt", sv: "Begäran om komplettering", en: "Completion requests" }
    Intro {
        fi: "Valtiovarainministeriö voi pyytää täydentämään väliraporttia, maksatushakemusta tai loppuraporttia. Avaa ministeriön täydennyspyyntö, vastaa sen kysymyksiin ja korjaa tarvittaessa projektikirjanpito. Vastauksen mukana lähtee täydennetty raportti, joka tehdään kirjanpidosta sellaisena kuin se on vastausta tallennettaessa.",
        sv: "Finansministeriet kan begära att en mellanrapport, en utbetalningsansökan eller en slutrapport kompletteras. Öppna ministeriets begäran om komplettering, svara på frågorna och rätta vid behov projektbokföringen. Med svaret skickas den kompletterade rapporten, som görs av bokföringen sådan den är när svaret sparas.",
        en: "The Ministry of Finance may ask for an interim report, a payment claim or the final report to be completed. Open the ministry's completion request, answer its questions and correct the project's accounts where needed. The answer carries the completed report, made from the accounts as they are when the answer is saved.",
    }
    NavLink { fi: "Täydennyspyynnöt", sv: "Begäran om komplettering", en: "Completion requests" }
    File { fi: "Täydennyspyyntötiedosto", sv: "Fil med begäran om komplettering", en: "Completion request file" }
    Opened { fi: "Täydennyspyyntö on avattu.", sv: "Begäran om komplettering har öppnats.", en: "The completion request has been opened." }
    OpenedAgain {
        fi: "Tämä täydennyspyyntö on jo avattu: vastauksesi ovat tallessa.",
        sv: "Den här begäran om komplettering har redan öppnats: dina svar finns kvar.",
        en: "This completion request is open already: your answers are kept.",
    }
    NotOpened { fi: "Tiedostoa ei avattu:", sv: "Filen öppnades inte:", en: "The file was not opened:" }
    NoRequests { fi: "Täydennyspyyntöjä ei ole avattu.", sv: "Inga begäranden om komplettering har öppnats.", en: "No completion requests have been opened." }
    Request { fi: "Täydennyspyyntö", sv: "Begäran om komplettering", en: "Completion request" }
    Unreadable {
        fi: "Tätä täydennyspyyntöä ei voi lukea tällä sovelluksen versiolla. Se on tallessa sellaisenaan.",
        sv: "Den här begäran om komplettering kan inte läsas med den här versionen av appen. Den finns kvar som den är.",
        en: "This version of the app cannot read this completion request. It is kept as it is.",
    }
    About { fi: "Koskee", sv: "Gäller", en: "About" }
    Interim { fi: "Väliraportti", sv: "Mellanrapport", en: "Interim report" }
    Claim { fi: "Maksatushakemus", sv: "Utbetalningsansökan", en: "Payment claim" }
    Final { fi: "Loppuraportti", sv: "Slutrapport", en: "Final report" }
    MadeOn { fi: "laadittu", sv: "upprättad", en: "made on" }
    AskedOn { fi: "Pyyntö tehty", sv: "Begäran gjord", en: "Asked on" }
    Deadline { fi: "Vastattava viimeistään", sv: "Svaret senast", en: "Answer by" }
    State { fi: "Tila", sv: "Status", en: "State" }
    NotAnswered { fi: "Vastausta ei ole vielä tallennettu", sv: "Svaret har inte sparats ännu", en: "The answer has not been saved yet" }
    AnswerSaved { fi: "Vastaus tallennettu", sv: "Svaret sparat", en: "The answer was saved on" }
    Questions { fi: "Ministeriön kysymykset", sv: "Ministeriets frågor", en: "The ministry's questions" }
    Entries { fi: "Kirjaukset, joista ministeriö kysyy", sv: "Posterna som ministeriet frågar om", en: "The entries the ministry asks about" }
    InReport { fi: "Raportissa", sv: "I rapporten", en: "In the report" }
    InAccounts { fi: "Kirjanpidossa nyt", sv: "I bokföringen nu", en: "In the accounts now" }
    NotInAccounts { fi: "Kirjausta ei ole enää kirjanpidossa.", sv: "Posten finns inte längre i bokföringen.", en: "The entry is no longer in the accounts." }
    Voucher { fi: "tosite", sv: "verifikat", en: "voucher" }
    Completed { fi: "Täydennetty raportti", sv: "Den kompletterade rapporten", en: "The completed report" }
    CompletedIntro {
        fi: "Täydennetty raportti tehdään projektikirjanpidosta ja raportin tiedoista, kun tallennat vastauksen. Korjaa ensin kirjanpito tai raportti, jos ministeriö sitä pyytää.",
        sv: "Den kompletterade rapporten görs av projektbokföringen och rapportens uppgifter när du sparar svaret. Rätta först bokföringen eller rapporten om ministeriet ber om det.",
        en: "The completed report is made from the project's accounts and the report's details when you save the answer. Correct the accounts or the report first if the ministry asks for it.",
    }
    Save { fi: "Tallenna vastaus lähetettäväksi", sv: "Spara svaret för att skicka", en: "Save the answer to send" }
    Saved {
        fi: "Vastaus ja täydennetty raportti on tallennettu tiedostoksi. Lähetä se valtiovarainministeriölle.",
        sv: "Svaret och den kompletterade rapporten har sparats som fil. Skicka den till finansministeriet.",
        en: "The answer and the completed report have been saved as a file. Send it to the Ministry of Finance.",
    }
    SaveFailed { fi: "Tiedostoa ei voitu tallentaa.", sv: "Filen kunde inte sparas.", en: "The file could not be saved." }
    SummaryTitle { fi: "Korjaa nämä", sv: "Rätta dessa", en: "There is a problem" }
    Assumed { fi: "oletus: päätös 004 ei säädä täydennyksestä", sv: "antagande: beslut 004 reglerar inte kompletteringen", en: "assumed: decision 004 says nothing of completion" }
}

/// A report asked about, by kind, with its period or number where given: "Väliraportti
/// 1.1.2020–30.4.2020", "Maksatushakemus 2", "Loppuraportti".
pub fn report_named(lang: Lang, kind: ReportKind, detail: Option<String>) -> String {
    let name = match kind {
        ReportKind::InterimReport => Gq::Interim,
        ReportKind::PaymentClaim => Gq::Claim,
        ReportKind::FinalReport => Gq::Final,
    }
    .get(lang);
    match detail {
        Some(d) => format!("{name} {d}"),
        None => name.to_string(),
    }
}

/// Why a request was not opened.
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match r {
        Refusal::OtherProject { named } => match lang {
            Lang::Fi => format!("se koskee toista hanketta ({named})."),
            Lang::Sv => format!("den gäller ett annat projekt ({named})."),
            Lang::En => format!("it is about another project ({named})."),
        },
        Refusal::OtherApplication => match lang {
            Lang::Fi => "se koskee tämän hankkeen toista hakemusversiota kuin myönnettyä.".into(),
            Lang::Sv => "den gäller en annan version av ansökan än den beviljade.".into(),
            Lang::En => "it is about another version of the application than the one granted.".into(),
        },
    }
}

/// A finding's sentence (with "assumed" where the rule is: every one but the missing report).
pub fn message(lang: Lang, f: &Finding, date: impl Fn(time::Date) -> String) -> String {
    let said = match &f.problem {
        Problem::Unanswered { question } => match lang {
            Lang::Fi => format!("Kysymykseen {question} ei ole vastattu."),
            Lang::Sv => format!("Fråga {question} har inte besvarats."),
            Lang::En => format!("Question {question} has not been answered."),
        },
        Problem::Late { deadline } => {
            let d = date(*deadline);
            match lang {
                Lang::Fi => format!("Vastauksen määräaika {d} on mennyt. Vastauksen voi yhä lähettää."),
                Lang::Sv => format!("Tidsfristen för svaret {d} har gått ut. Svaret kan ännu skickas."),
                Lang::En => format!("The deadline for the answer, {d}, has passed. The answer can still be sent."),
            }
        }
        Problem::NoReport { kind } => {
            let what = report_named(lang, *kind, None);
            match lang {
                Lang::Fi => format!("Hankkeessa ei ole raporttia, jota pyyntö koskee ({what}). Tee se ensin raporttien sivulla: täydennetty raportti tehdään siitä."),
                Lang::Sv => format!("Projektet har ingen rapport som begäran gäller ({what}). Gör den först på rapportsidan: den kompletterade rapporten görs av den."),
                Lang::En => format!("The project has no report the request is about ({what}). Make it first on the reports page: the completed report is made from it."),
            }
        }
    };
    match f.problem {
        Problem::NoReport { .. } => said,
        _ => format!("{said} ({})", Gq::Assumed.get(lang)),
    }
}
