//! The words of further clarification of a deferred application (docs/rules.md §12.1): the
//! ministry's request (lisäselvityspyyntö) and the lead's answer (lisäselvitys), their checks'
//! sentences and a request's state. Decision 004's own words: "päätökset tehdään erikseen
//! myöhemmin lisäselvitysten jälkeen". Table `Cl` is not among `super::TABLES` (the drafter does not
//! show it): the pages that do install [`super::CLARIFICATION_TABLES`]; `hakemus-check` has all.

use super::format::date;
use super::texts::texts;
use super::{compared_place, compared_summary, compared_value, T};
use crate::domain::draft::RawApplicant;
use crate::domain::exchange::clarification::{Finding, Problem};
use crate::domain::exchange::compare::Place;
use crate::domain::reviewer::clarification::State;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Cl;
    RequestTitle { fi: "Lisäselvityspyyntö", sv: "Begäran om tilläggsutredning", en: "Request for further clarification" }
    AnswerTitle { fi: "Lisäselvitys", sv: "Tilläggsutredning", en: "Further clarification" }
    Project { fi: "Hanke", sv: "Projekt", en: "Project" }
    Lead { fi: "Hankehallinnoija", sv: "Projektansvarig", en: "Lead applicant" }
    AskedAt { fi: "Pyydetty", sv: "Begärd", en: "Asked" }
    Deadline { fi: "Määräaika", sv: "Tidsfrist", en: "Deadline" }
    AnsweredAt { fi: "Vastattu", sv: "Besvarad", en: "Answered" }
    Questions { fi: "Kysymykset", sv: "Frågor", en: "Questions" }
    PartsToRevise { fi: "Korjattavat hakemuksen osat", sv: "Delar av ansökan som ska ändras", en: "Parts of the application to revise" }
    NoneAsked { fi: "ei yhtään", sv: "inga", en: "none" }
    Original { fi: "Alkuperäinen hakemus (tunniste)", sv: "Den ursprungliga ansökan (fingeravtryck)", en: "The original application (fingerprint)" }
    Clarified { fi: "Täydennetty hakemus (tunniste)", sv: "Den kompletterade ansökan (fingeravtryck)", en: "The clarified application (fingerprint)" }
    PartsNotChecked {
        fi: "Muutoksia pyydettyjen osien ulkopuolella ei tarkistettu: anna myös pyyntötiedosto samalla komennolla.",
        sv: "Ändringar utanför de begärda delarna kontrollerades inte: ge också begäransfilen i samma kommando.",
        en: "Changes outside the parts asked were not checked: give the request file on the same command line too.",
    }
    Unanswered { fi: "Kysymykseen ei ole vastattu.", sv: "Frågan är obesvarad.", en: "The question is not answered." }
    OtherRequest {
        fi: "Vastaus ei ole tämän pyynnön vastaus: pyynnön tunniste, kysymykset, osat, määräaika tai hakemus on eri.",
        sv: "Svaret hör inte till den här begäran: begärans id, frågor, delar, tidsfrist eller ansökan skiljer sig.",
        en: "The answer is not an answer to this request: its id, questions, parts, deadline or application differ.",
    }
    OutsideParts { fi: "muutettu osassa, jota ei pyydetty korjaamaan", sv: "ändrat i en del som inte begärdes ändrad", en: "changed in a part not asked to be revised" }
    Added { fi: "lisätty", sv: "tillagd", en: "added" }
    Removed { fi: "poistettu", sv: "borttagen", en: "removed" }
    Assumed {
        fi: "oletus: päätös 004 ei kerro myöhästymisen seurausta, ministeriö harkitsee",
        sv: "antagande: beslut 004 anger ingen följd av förseningen, ministeriet prövar",
        en: "assumed: decision 004 states no consequence of lateness; the ministry judges",
    }
    StateSent { fi: "Lähetetty", sv: "Skickad", en: "Sent" }
    StateAnswered { fi: "Vastattu", sv: "Besvarad", en: "Answered" }
    StateLate { fi: "Myöhässä", sv: "Försenad", en: "Late" }
    StateAnsweredLate { fi: "Vastattu myöhässä", sv: "Besvarad för sent", en: "Answered late" }
    PageIntro {
        fi: "Valtiovarainministeriö pyytää hakemukseen lisäselvitystä. Vastaa kysymyksiin ja korjaa vain pyydetyt hakemuksen osat. Alkuperäinen hakemus säilyy ennallaan; korjaukset tehdään tähän kopioon.",
        sv: "Finansministeriet begär en tilläggsutredning till ansökan. Svara på frågorna och ändra bara de begärda delarna av ansökan. Den ursprungliga ansökan förblir oförändrad; ändringarna görs i den här kopian.",
        en: "The Ministry of Finance asks for further clarification of the application. Answer the questions and revise only the parts of the application asked. The original application stays as it was; the revisions are made in this copy.",
    }
    QuestionNumber { fi: "Kysymys", sv: "Fråga", en: "Question" }
    NoQuestions { fi: "Ministeriö ei esittänyt kysymyksiä.", sv: "Ministeriet ställde inga frågor.", en: "The ministry asked no questions." }
    PartsIntro {
        fi: "Korjaa nämä hakemuksen osat. Linkki avaa osan hakemuslomakkeella.",
        sv: "Ändra dessa delar av ansökan. Länken öppnar delen i ansökningsformuläret.",
        en: "Revise these parts of the application. The link opens the part in the application form.",
    }
    ChangesTitle { fi: "Muutokset alkuperäiseen hakemukseen", sv: "Ändringar jämfört med den ursprungliga ansökan", en: "Changes to the original application" }
    NoChanges { fi: "Hakemusta ei ole muutettu.", sv: "Ansökan har inte ändrats.", en: "The application has not been changed." }
    ColOriginal { fi: "Alkuperäinen", sv: "Ursprunglig", en: "Original" }
    ColNow { fi: "Nyt", sv: "Nu", en: "Now" }
    SaveAnswer { fi: "Tallenna lisäselvitys tiedostona", sv: "Spara tilläggsutredningen som fil", en: "Save the clarification as a file" }
    Saved {
        fi: "Lisäselvitys tallennettiin tiedostoksi. Lähetä tiedosto valtiovarainministeriölle.",
        sv: "Tilläggsutredningen sparades som fil. Skicka filen till finansministeriet.",
        en: "The clarification was saved as a file. Send the file to the Ministry of Finance.",
    }
    NotSaved { fi: "Tiedostoa ei voitu tallentaa.", sv: "Filen kunde inte sparas.", en: "The file could not be saved." }
    NoRequestHere {
        fi: "Tällä luonnoksella ei ole lisäselvityspyyntöä. Avaa ministeriön pyyntötiedosto luonnossivulla.",
        sv: "Det här utkastet har ingen begäran om tilläggsutredning. Öppna ministeriets begäransfil på sidan med utkast.",
        en: "This draft has no request for further clarification. Open the ministry's request file on the drafts page.",
    }
    // The ministry's pages (the reviewer's app, ui::reviewer::clarification).
    DeferredTitle { fi: "Jatkoselvitystä edellyttävät hankkeet", sv: "Projekt som kräver tilläggsutredning", en: "Projects requiring further clarification" }
    DeferredIntro {
        fi: "Näiden hankkeiden osalta päätökset tehdään erikseen myöhemmin lisäselvitysten jälkeen. Kirjoita lisäselvityspyyntö hankkeen hallinnoijalle.",
        sv: "För dessa projekt fattas besluten separat senare efter tilläggsutredningar. Skriv en begäran om tilläggsutredning till den projektansvariga.",
        en: "For these projects the decisions are made separately later, after further clarification. Write a request for further clarification to the lead applicant.",
    }
    NotAsked { fi: "ei pyydetty", sv: "inte begärd", en: "not asked" }
    WriteRequest { fi: "Kirjoita lisäselvityspyyntö", sv: "Skriv en begäran om tilläggsutredning", en: "Write a request for further clarification" }
    RequestIntro {
        fi: "Kirjoita kysymykset ja valitse hakemuksen osat, joita hankkeen hallinnoija saa korjata, sekä määräaika. Pyyntö tallennetaan tiedostona, jonka lähetät hankkeen hallinnoijalle.",
        sv: "Skriv frågorna och välj de delar av ansökan som den projektansvariga får ändra, samt en tidsfrist. Begäran sparas som en fil som du skickar till den projektansvariga.",
        en: "Write the questions, choose the parts of the application the lead applicant may revise, and a deadline. The request is saved as a file that you send to the lead applicant.",
    }
    QuestionsHint { fi: "Yksi kysymys kuhunkin kenttään. Tyhjää kenttää ei kysytä.", sv: "En fråga i varje fält. Ett tomt fält ställs inte.", en: "One question in each field. An empty field is not asked." }
    AddQuestion { fi: "Lisää kysymys", sv: "Lägg till en fråga", en: "Add a question" }
    RemoveQuestion { fi: "Poista kysymys", sv: "Ta bort fråga", en: "Remove question" }
    PartsHint {
        fi: "Hakija saa muuttaa vain valittuja osia. Muut osat pysyvät ennallaan.",
        sv: "Sökanden får ändra endast de valda delarna. De övriga delarna förblir oförändrade.",
        en: "The applicant may change only the parts chosen. The other parts stay as they are.",
    }
    DeadlineHint { fi: "Viimeinen vastauspäivä, esimerkiksi 30.4.2020", sv: "Sista dag att svara, till exempel 30.4.2020", en: "The last day to answer, for example 30.4.2020" }
    SaveRequest { fi: "Tallenna lisäselvityspyyntö", sv: "Spara begäran om tilläggsutredning", en: "Save the request for further clarification" }
    RequestSaved {
        fi: "Lisäselvityspyyntö on kirjattu ja tallennettu tiedostoksi. Lähetä tiedosto hankkeen hallinnoijalle:",
        sv: "Begäran om tilläggsutredning har registrerats och sparats som fil. Skicka filen till den projektansvariga:",
        en: "The request for further clarification is recorded and saved as a file. Send the file to the lead applicant:",
    }
    ErrNothingAsked { fi: "Kirjoita kysymys tai valitse korjattava hakemuksen osa", sv: "Skriv en fråga eller välj en del av ansökan som ska ändras", en: "Write a question or choose a part of the application to revise" }
    ErrNoDeadline { fi: "Anna määräaika", sv: "Ange en tidsfrist", en: "Enter a deadline" }
    ErrNotADate { fi: "Anna määräaika päivämääränä, esimerkiksi 30.4.2020", sv: "Ange tidsfristen som ett datum, till exempel 30.4.2020", en: "Enter the deadline as a date, for example 30.4.2020" }
    NotOpenHere {
        fi: "Hakemus ei ole avattuna tässä selaimessa. Avaa hakemustiedosto arviointisivulla.",
        sv: "Ansökan är inte öppen i den här webbläsaren. Öppna ansökningsfilen på bedömningssidan.",
        en: "The application is not open in this browser. Open its file on the reviewer's page.",
    }
    NotDeferred {
        fi: "Huomio: ehdotus ei siirrä tätä hakemusta jatkoselvitykseen.",
        sv: "Obs: förslaget skjuter inte upp den här ansökan för tilläggsutredning.",
        en: "Note: the proposal does not defer this application for further clarification.",
    }
    EnvelopeMissing {
        fi: "Hakemuksen alkuperäistä tiedostoa ei löydy selaimesta. Avaa hakemustiedosto uudelleen arviointisivulla.",
        sv: "Ansökans ursprungliga fil finns inte i webbläsaren. Öppna ansökningsfilen igen på bedömningssidan.",
        en: "The application's original file is not in the browser. Open the application's file again on the reviewer's page.",
    }
    ListTitle { fi: "Lisäselvitykset", sv: "Tilläggsutredningar", en: "Further clarifications" }
    ListIntro {
        fi: "Jatkoselvitystä edellyttävät hankkeet päätöksen järjestyksessä, kunkin viimeisimmän lisäselvityspyynnön tila. Avaa hankkeen hallinnoijan palauttama lisäselvitystiedosto alla.",
        sv: "Projekten som kräver tilläggsutredning i beslutets ordning, var och en med läget för den senaste begäran. Öppna filen med tilläggsutredningen som den projektansvariga skickat nedan.",
        en: "The projects requiring further clarification in the decision's order, each with the state of its latest request. Open the clarification file the lead applicant returned below.",
    }
    ColState { fi: "Tila", sv: "Läge", en: "State" }
    ColAction { fi: "Toiminto", sv: "Åtgärd", en: "Action" }
    NoDeferred { fi: "Päätösehdotus ei siirrä yhtään hakemusta jatkoselvitykseen.", sv: "Beslutsförslaget skjuter inte upp någon ansökan för tilläggsutredning.", en: "The proposal defers no application for further clarification." }
    OpenAnswer { fi: "Avaa lisäselvitys", sv: "Öppna en tilläggsutredning", en: "Open a clarification" }
    OpenAnswerLabel { fi: "Valitse lisäselvitystiedosto", sv: "Välj filen med tilläggsutredningen", en: "Choose the clarification file" }
    AnswerReceived { fi: "Lisäselvitys luettiin ja täydennetty hakemus avattiin:", sv: "Tilläggsutredningen lästes och den kompletterade ansökan öppnades:", en: "The clarification was read and the clarified application opened:" }
    RefusedUnknown {
        fi: "Tiedosto ei vastaa mihinkään tästä hakemuksesta lähetettyyn lisäselvityspyyntöön.",
        sv: "Filen svarar inte på någon begäran om tilläggsutredning som skickats om den här ansökan.",
        en: "The file answers no request for further clarification sent about this application.",
    }
    RefusedAlready { fi: "Tämä lisäselvitys on jo luettu.", sv: "Den här tilläggsutredningen har redan lästs.", en: "This clarification has been read already." }
    Findings { fi: "Tarkistus", sv: "Kontroll", en: "Check" }
    NoFindings { fi: "Kaikkiin kysymyksiin on vastattu, muutokset ovat pyydetyissä osissa ja vastaus tuli määräajassa.", sv: "Alla frågor är besvarade, ändringarna finns i de begärda delarna och svaret kom inom tidsfristen.", en: "Every question is answered, the changes are in the parts asked and the answer came by the deadline." }
    OpenClarified { fi: "Arvioi täydennetty hakemus", sv: "Bedöm den kompletterade ansökan", en: "Assess the clarified application" }
    RecordNotKept {
        fi: "Lisäselvitysten kirjanpitoa ei voitu tallentaa selaimeen.",
        sv: "Registret över tilläggsutredningar kunde inte sparas i webbläsaren.",
        en: "The record of further clarifications could not be kept in the browser.",
    }
}

/// A part of the application by its heading (as the drafter's pages title it).
pub fn part(lang: Lang, section: Section) -> &'static str {
    match section {
        Section::Project => T::ProjectTitle.get(lang),
        Section::Applicants => T::ApplicantsTitle.get(lang),
        Section::Targets => T::TargetsTitle.get(lang),
        Section::Answers(group) => super::questions::group_title(lang, group),
        Section::Budget => T::BudgetTitle.get(lang),
        Section::Risks => T::RisksTitle.get(lang),
        Section::Schedule => T::ScheduleTitle.get(lang),
        Section::Monitoring => T::MonitoringTitle.get(lang),
    }
}

/// A request's state as a list shows it: `Vastattu 30.4.2020`, `Myöhässä`.
pub fn state(lang: Lang, s: State) -> String {
    match s {
        State::Sent => Cl::StateSent.get(lang).into(),
        State::Late => Cl::StateLate.get(lang).into(),
        State::Answered { on } => format!("{} {}", Cl::StateAnswered.get(lang), date(lang, on)),
        State::AnsweredLate { on } => format!("{} {}", Cl::StateAnsweredLate.get(lang), date(lang, on)),
    }
}

/// A finding of an answer's check as a sentence; `applicants` name an applicant given by id in a
/// compared value (the revised application's).
pub fn finding(lang: Lang, f: &Finding, applicants: &[RawApplicant]) -> String {
    match &f.problem {
        Problem::OtherRequest => Cl::OtherRequest.get(lang).into(),
        Problem::Unanswered { .. } => Cl::Unanswered.get(lang).into(),
        Problem::Late { deadline, answered } => {
            let (d, a) = (date(lang, *deadline), date(lang, *answered));
            let said = match lang {
                Lang::Fi => format!("Vastattu {a}, määräajan {d} jälkeen"),
                Lang::Sv => format!("Besvarad {a}, efter tidsfristen {d}"),
                Lang::En => format!("Answered on {a}, after the deadline {d}"),
            };
            format!("{said} ({}).", Cl::Assumed.get(lang))
        }
        Problem::OutsideParts { change, section } => {
            let what = compared_place(lang, &change.place, None);
            let value = |v: &str| match &change.place {
                Place::Field(path) => compared_value(lang, *path, v, applicants),
                place => compared_summary(lang, place, v),
            };
            let shown = match (&change.before, &change.after) {
                (Some(b), Some(a)) => format!("{} → {}", value(b), value(a)),
                (None, Some(a)) => format!("{} {}", Cl::Added.get(lang), value(a)),
                (Some(b), None) => format!("{} {}", Cl::Removed.get(lang), value(b)),
                (None, None) => String::new(),
            };
            let part = section.map(|s| format!(" ({})", part(lang, s))).unwrap_or_default();
            format!("{what}: {shown}: {}{part}.", Cl::OutsideParts.get(lang))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::clarification::Rule;
    use crate::domain::exchange::compare::Change;
    use crate::domain::rules::finding::{FieldPath, ProjectField, Severity};
    use time::macros::date;

    #[test]
    fn a_change_outside_the_asked_parts_says_what_changed_and_where() {
        let f = Finding {
            rule: Rule::Parts,
            severity: Severity::Error,
            path: "application.application.project.end".into(),
            problem: Problem::OutsideParts {
                change: Change {
                    place: Place::Field(FieldPath::Project(ProjectField::End)),
                    before: Some("2021-10-31".into()),
                    after: Some("2021-11-30".into()),
                },
                section: Some(Section::Project),
            },
        };
        let said = finding(Lang::Fi, &f, &[]);
        assert!(said.contains("31.10.2021 → 30.11.2021"), "{said}");
        assert!(
            said.ends_with("muutettu osassa, jota ei pyydetty korjaamaan (Haku ja hanke)."),
            "{said}"
        );
    }

    #[test]
    fn late_says_both_days_and_that_it_is_assumed() {
        let f = Finding {
            rule: Rule::OnTime,
            severity: Severity::Warning,
            path: "answered_at".into(),
            problem: Problem::Late {
                deadline: date!(2020 - 04 - 30),
                answered: date!(2020 - 05 - 04),
            },
        };
        assert_eq!(
            finding(Lang::En, &f, &[]),
            "Answered on 4 May 2020, after the deadline 30 April 2020 (assumed: decision 004 states no consequence of lateness; the ministry judges)."
        );
        assert_eq!(
            state(
                Lang::Fi,
                State::AnsweredLate {
                    on: date!(2020 - 05 - 04)
                }
            ),
            "Vastattu myöhässä 4.5.2020"
        );
    }
}
