//! The fixed texts that only the reviewer's app (`reviewer.html`) installs (`Ra`, see
//! `super::REVIEWER_APP_TABLES`): the second decision's page and print (docs/rules.md §12.1.8) and
//! the footer's way on to the ministry's follow-up. The other apps never show them, so the texts
//! files' table for them is not among `super::TABLES`, which every app installs. The printed second
//! decision's words are `decision`'s (`second_document`), which takes its fixed sentences from here.

use super::texts::texts;
use crate::domain::vocabulary::locale::Lang;

texts! {
    Ra;
    // The footer's way to the ministry's follow-up of the grants (ui::follow_up, a bundle of its own).
    FollowUpLink { fi: "Avustusten seuranta", sv: "Uppföljning av understöden", en: "Following up the grants" }
    // The second decision, on the applications the first deferred (docs/rules.md §12.1.8): its page
    // (`/reviewer/second-decision`) and its print.
    SecondTitle {
        fi: "Jatkoselvitystä edellyttäneiden hankkeiden päätös",
        sv: "Beslut om projekt som krävde ytterligare utredning",
        en: "Decision on the projects that required further clarification",
    }
    SecondIntro {
        fi: "Ensimmäinen päätös siirsi nämä hakemukset päätettäviksi myöhemmin lisäselvitysten jälkeen. Esitä kullekin avustuksen myöntämistä, hylkäämistä tai uutta jatkoselvitystä. Lisäselvityksen antaneesta hakemuksesta päätetään sen korjatun version perusteella. Ensimmäisen päätöksen myönnöt vähentävät samaa määrärahaa.",
        sv: "Det första beslutet sköt upp dessa ansökningar till senare, efter ytterligare utredning. Föreslå för var och en att understöd beviljas, inte beviljas eller att ärendet utreds vidare. En ansökan som kompletterats avgörs på basis av den korrigerade versionen. Det första beslutets understöd minskar samma anslag.",
        en: "The first decision left these applications to be decided later, after further clarification. For each, propose a grant, a refusal or further clarification again. An application that was clarified is decided on its clarified version. The first decision's grants come out of the same appropriation.",
    }
    SecondNone {
        fi: "Ensimmäisessä päätöksessä ei ole jatkoselvitykseen siirrettyjä hakemuksia.",
        sv: "Det första beslutet har inga ansökningar som skjutits upp för ytterligare utredning.",
        en: "The first decision has no applications deferred for further clarification.",
    }
    SecondTotalGranted { fi: "Myönnetään tällä päätöksellä", sv: "Beviljas genom detta beslut", en: "Granted by this decision" }
    SecondTotalGrantedBefore {
        fi: "Myönnetty ensimmäisellä päätöksellä ja aiemmin",
        sv: "Beviljat genom det första beslutet och tidigare",
        en: "Granted by the first decision and before it",
    }
    SecondGrantedBefore {
        fi: "Määrärahasta jo myönnetty (€)",
        sv: "Redan beviljat av anslaget (€)",
        en: "Already granted from the appropriation (€)",
    }
    SecondGrantedBeforeHint {
        fi: "Ensimmäisen päätöksen myönnöt ja se, mitä siitä oli jo myönnetty muilla päätöksillä; voit muuttaa sitä.",
        sv: "Det första beslutets understöd och det som redan beviljats av anslaget genom andra beslut; du kan ändra det.",
        en: "The first decision's grants and what other decisions had granted before it; you can change it.",
    }
    SecondPrintTitle {
        fi: "Päätös jatkoselvitystä edellyttäneistä hankkeista",
        sv: "Beslut om projekt som krävde ytterligare utredning",
        en: "Decision on the projects that required further clarification",
    }
    SecondPrintRefused {
        fi: "Seuraaville hankkeille ei myönnetä avustusta:",
        sv: "Följande projekt beviljas inget understöd:",
        en: "No grant is awarded to the following projects:",
    }
    SecondPrintDeferred {
        fi: "Seuraavien hankkeiden osalta päätös tehdään myöhemmin:",
        sv: "För följande projekt fattas beslutet senare:",
        en: "For the following projects, the decision will be made later:",
    }
}
