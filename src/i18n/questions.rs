//! Texts of the written questions (labels, guidance) and their pages, in fi, sv and en. Part of the translation layer (crate::i18n).

use super::catalogue::Table;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::questions::{Question, QuestionGroup};

/// The keys of the question tables in the Swedish and English texts files (`catalogue`), in the
/// order of `Question::ALL` (a test compares them).
const QUESTION_KEYS: &str = "CurrentState\nGoals\nConcreteGoals\nMeasures\nImpactOperatingMethods\nImpactWider\nImpactKnowledgeManagement\nImpactResidentServices\nImpactCosts\nImpactPermanence\nImpactMechanism\nImpactStrategy\nImpactRisks\nImpactMonitoring\nImpactScaling\nPriorWorkSurvey\nPriorWorkReuse\nOtherFunding\nWhyJoint\nCommitOpenOutputs\nCommitInteroperability\nCommitGovernanceModel\nCommitOpenSource\nCommitServiceCatalogue\nCommitAccessibility\nCommitSharedServices\nCommitInformationManagement\nCommitProjectAccounting\nCommitCooperation\n";
/// The pages of written answers, in declaration order (the keys of their tables).
pub(crate) const GROUPS: [QuestionGroup; 4] = [
    QuestionGroup::StateAndGoals,
    QuestionGroup::Impact,
    QuestionGroup::PriorWork,
    QuestionGroup::Commitments,
];
const GROUP_KEYS: &str = "StateAndGoals\nImpact\nPriorWork\nCommitments\n";

pub(crate) const LABELS: Table = Table::of("QuestionLabel", QUESTION_KEYS, Question::ALL.len());
pub(crate) const GUIDANCE: Table = Table::of("QuestionGuidance", QUESTION_KEYS, Question::ALL.len());
pub(crate) const GROUP_TITLES: Table = Table::of("GroupTitle", GROUP_KEYS, GROUPS.len());
pub(crate) const GROUP_INTROS: Table = Table::of("GroupIntro", GROUP_KEYS, GROUPS.len());
pub(crate) const GROUP_CHECKS: Table = Table::of("GroupCheck", GROUP_KEYS, GROUPS.len());

/// The visible label of the answer field: the question in the programme's words (000, 004).
pub fn label(lang: Lang, q: Question) -> &'static str {
    use Question::*;
    match lang {
        Lang::Fi => match q {
            // Current state and goals (000: joint-project proposals; 000 and 004: evaluation).
            CurrentState => "Nykytila",
            Goals => "Hankkeen tavoitteet ja toivottu lopputulos",
            ConcreteGoals => "Konkreettiset toiminnalliset ja taloudelliset tavoitteet verrattuna nykytilaan",
            Measures => "Toimenpiteet, joilla tavoitteisiin ja laajempiin vaikutuksiin päästään",
            // Impact (000: "Haetaan vaikuttavuutta, hakemuksessa kuvattava").
            ImpactOperatingMethods => {
                "Mitä vaikutuksia hankkeen tuotoksilla on kunnan toimintatapoihin tai prosesseihin?"
            }
            ImpactWider => "Onko hankkeen tuloksilla laajempia vaikutuksia?",
            ImpactKnowledgeManagement => {
                "Miten hanke parantaa kunnan tiedolla johtamista ja ennakoivaa tiedon hyödyntämistä?"
            }
            ImpactResidentServices => "Miten hanke parantaa asukkaille tarjottavia palveluita?",
            ImpactCosts => "Kustannusvaikutukset",
            ImpactPermanence => "Kertaluonteisuus vs. pysyvyys",
            ImpactMechanism => "Mekanismi, aikataulu, seuranta",
            ImpactStrategy => "Miten hanke kytkeytyy siihen sitoutuneiden kuntien strategioihin?",
            ImpactRisks => "Riskiarviointi",
            ImpactMonitoring => "Toiminnan muutoksen seuranta",
            ImpactScaling => "Suunnitelma työn skaalaamisesta ja levittämisestä",
            // Prior work (004).
            PriorWorkSurvey => "Mitä vastaavaa työtä muissa kunnissa on tehty?",
            PriorWorkReuse => "Miten muissa kunnissa tehtyä työtä hyödynnetään hankkeen pohjana?",
            OtherFunding => "Onko hankkeen toiminta saanut muita avustuksia?",
            WhyJoint => "Miksi työ sopii kuntien yhteishankkeeksi eikä paremmin kansallisen tason selvitykseksi, tutkimukseksi tai kehittämishankkeeksi?",
            // Conditions of the grant (004: "Avustuksen käytön ehdot").
            CommitOpenOutputs => {
                "Miten hanke täyttää ehdon: avoimesti hyödynnettäväksi soveltuvat tuotokset ovat vapaasti käytettävissä, muokattavissa, levitettävissä ja edelleen kehitettävissä ja ymmärrettäviä myös oman organisaation ulkopuolella?"
            }
            CommitInteroperability => {
                "Miten hanke täyttää ehdon: yhteentoimiva.suomi.fi-yhteentoimivuusalustan sanastoja, koodistoja ja tietomalleja hyödynnetään ja uudet julkaistaan siellä?"
            }
            CommitGovernanceModel => {
                "Miten hanke täyttää ehdon: uusien palvelujen tai sovellusten tuleva hallintamalli kehitetään hankkeen aikana?"
            }
            CommitOpenSource => {
                "Miten hanke täyttää ehdon: palvelu- ja sovellushankinnoissa käytetään ensisijaisesti avoimen lähdekoodin ja rajapintojen ehtoja?"
            }
            CommitServiceCatalogue => {
                "Miten hanke täyttää ehdon: kehitetyt palvelut kuvataan Suomi.fi-palvelutietovarantoon?"
            }
            CommitAccessibility => {
                "Miten hanke täyttää ehdon: digitaaliset palvelut ovat saavutettavia ja laadukkaita digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti?"
            }
            CommitSharedServices => {
                "Miten hanke täyttää ehdon: kansallisia yhteisiä palveluja, kuten Suomi.fi-palveluja, hyödynnetään hallinnon yhteisistä sähköisen asioinnin tukipalveluista annetun lain (571/2016) mukaisesti?"
            }
            CommitInformationManagement => {
                "Miten hanke täyttää ehdon: hanke toteutetaan julkisen hallinnon tiedonhallinnasta annetun lain (906/2019) mukaisena?"
            }
            CommitProjectAccounting => "Miten hanke täyttää ehdon: hankkeella on erillinen projektikirjanpito?",
            CommitCooperation => {
                "Miten hanke täyttää ehdon: hanke osallistuu valtiovarainministeriön järjestämään yhteistyöhön muiden hankkeiden kanssa?"
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match q {
            CurrentState => "Nuläge",
            Goals => "Projektets mål och önskat slutresultat",
            ConcreteGoals => "Konkreta verksamhetsmässiga och ekonomiska mål jämfört med nuläget",
            Measures => "Åtgärder för att nå målen och de bredare effekterna",
            ImpactOperatingMethods => "Vilka effekter har projektets resultat på kommunens arbetssätt eller processer?",
            ImpactWider => "Har projektets resultat bredare effekter?",
            ImpactKnowledgeManagement => {
                "Hur förbättrar projektet kommunens kunskapsbaserade ledning och förutseende användning av information?"
            }
            ImpactResidentServices => "Hur förbättrar projektet tjänsterna för invånarna?",
            ImpactCosts => "Kostnadseffekter",
            ImpactPermanence => "Engångseffekter eller bestående effekter",
            ImpactMechanism => "Mekanism, tidsplan och uppföljning",
            ImpactStrategy => "Hur anknyter projektet till strategierna i de kommuner som förbundit sig till det?",
            ImpactRisks => "Riskbedömning",
            ImpactMonitoring => "Uppföljning av förändringen i verksamheten",
            ImpactScaling => "Arbetets skalbarhet och spridning till andra kommuner",
            PriorWorkSurvey => "Vilket motsvarande arbete har gjorts i andra kommuner?",
            PriorWorkReuse => "Hur används arbetet i andra kommuner som grund för projektet?",
            OtherFunding => "Har projektets verksamhet fått andra understöd?",
            WhyJoint => "Varför passar arbetet som ett gemensamt projekt för kommunerna och inte hellre som en utredning, forskning eller ett utvecklingsprojekt på nationell nivå?",
            CommitOpenOutputs => {
                "Hur uppfyller projektet villkoret: produkter som lämpar sig för öppen användning får fritt användas, ändras, spridas och vidareutvecklas och är begripliga även utanför den egna organisationen?"
            }
            CommitInteroperability => {
                "Hur uppfyller projektet villkoret: terminologier, kodlistor och datamodeller på Interoperabilitetsplattformen (yhteentoimiva.suomi.fi) används och nya publiceras där?"
            }
            CommitGovernanceModel => {
                "Hur uppfyller projektet villkoret: en framtida förvaltningsmodell för nya tjänster eller applikationer utvecklas under projektet?"
            }
            CommitOpenSource => {
                "Hur uppfyller projektet villkoret: vid upphandling av tjänster och applikationer används i första hand villkor för öppen källkod och öppna gränssnitt?"
            }
            CommitServiceCatalogue => {
                "Hur uppfyller projektet villkoret: de utvecklade tjänsterna beskrivs i Suomi.fi-servicedatalagret?"
            }
            CommitAccessibility => {
                "Hur uppfyller projektet villkoret: de digitala tjänsterna är tillgängliga och av god kvalitet enligt lagen om tillhandahållande av digitala tjänster (306/2019)?"
            }
            CommitSharedServices => {
                "Hur uppfyller projektet villkoret: nationella gemensamma tjänster, såsom Suomi.fi-tjänsterna, används enligt lagen om förvaltningens gemensamma stödtjänster för e-tjänster (571/2016)?"
            }
            CommitInformationManagement => {
                "Hur uppfyller projektet villkoret: projektet genomförs i enlighet med informationshanteringslagen (906/2019)?"
            }
            CommitProjectAccounting => {
                "Hur uppfyller projektet villkoret: projektet har en separat projektbokföring?"
            }
            CommitCooperation => {
                "Hur uppfyller projektet villkoret: projektet deltar i det samarbete med andra projekt som FM ordnar?"
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match q {
            CurrentState => "Current situation",
            Goals => "Goals of the project and the outcome you want",
            ConcreteGoals => "Concrete operational and financial goals compared with the current situation",
            Measures => "Measures needed to reach the goals and the wider effects",
            ImpactOperatingMethods => {
                "What effects will the project's outputs have on the municipality's ways of working or processes?"
            }
            ImpactWider => "Will the project's results have wider effects?",
            ImpactKnowledgeManagement => {
                "How will the project improve the municipality's knowledge-based management and anticipatory use of data?"
            }
            ImpactResidentServices => "How will the project improve services for residents?",
            ImpactCosts => "Cost effects",
            ImpactPermanence => "One-off or permanent effects",
            ImpactMechanism => "Mechanism, schedule and monitoring",
            ImpactStrategy => {
                "How does the project connect to the strategies of the municipalities committed to it?"
            }
            ImpactRisks => "Risk assessment",
            ImpactMonitoring => "Monitoring the change in operations",
            ImpactScaling => "Scaling the work and spreading it to other municipalities",
            PriorWorkSurvey => "What similar work has been done in other municipalities?",
            PriorWorkReuse => "How will the project build on work done in other municipalities?",
            OtherFunding => "Has the project's work received other grants?",
            WhyJoint => "Why is this work for a group of municipalities together, rather than for national-level studies, research or development?",
            CommitOpenOutputs => {
                "How does the project meet this condition: outputs suitable for open use are free to use, modify, distribute and develop further, and understandable outside your own organisation?"
            }
            CommitInteroperability => {
                "How does the project meet this condition: vocabularies, code lists and data models on the Interoperability Platform (yhteentoimiva.suomi.fi) are used and new ones are published there?"
            }
            CommitGovernanceModel => {
                "How does the project meet this condition: a future governance model for new services or applications is developed during the project?"
            }
            CommitOpenSource => {
                "How does the project meet this condition: procurement of services and applications uses open source and open interface terms first?"
            }
            CommitServiceCatalogue => {
                "How does the project meet this condition: the services developed are described in the Suomi.fi Service Catalogue?"
            }
            CommitAccessibility => {
                "How does the project meet this condition: digital services are accessible and of good quality under the Act on the Provision of Digital Services (306/2019)?"
            }
            CommitSharedServices => {
                "How does the project meet this condition: national shared services such as Suomi.fi services are used, under the Act on Common Administrative e-Service Support Services (571/2016)?"
            }
            CommitInformationManagement => {
                "How does the project meet this condition: the project complies with the Act on Information Management in Public Administration (906/2019)?"
            }
            CommitProjectAccounting => {
                "How does the project meet this condition: the project has separate project accounting?"
            }
            CommitCooperation => {
                "How does the project meet this condition: the project takes part in cooperation with other projects organised by the Ministry of Finance?"
            }
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &LABELS, q as usize, label(Lang::Fi, q)),
    }
}

/// Practical guidance shown under the label: what reviewers look for (docs/rules.md §5), with examples.
pub fn guidance(lang: Lang, q: Question) -> &'static str {
    use Question::*;
    match lang {
        Lang::Fi => match q {
            CurrentState => {
                "Kuvaa nykyiset prosessit ja palvelut sekä niiden ongelmat. Anna lähtötason luvut, joihin tavoitteita verrataan, esim. käsittelyajat, työmäärä henkilötyövuosina tai sähköisen asioinnin osuus."
            }
            Goals => {
                "Kerro, mikä on hankkeen päättyessä toisin ja kenen kannalta. Tavoitteiden on koskettava toimintatapojen tai palveluprosessien uudistamista, ei pelkkää järjestelmähankintaa."
            }
            ConcreteGoals => {
                "Anna mitattavat tavoitteet ja tavoitearvot suhteessa nykytilaan, esim. käsittelyaika 10 päivästä 3 päivään tai 2 henkilötyövuotta vähemmän rutiinityötä."
            }
            Measures => {
                "Luettele toimenpiteet aikatauluineen ja vastuukuntineen, esim. prosessien kuvaus, yhteiset tietomääritykset, pilotti ja käyttöönotto. Niiden on oltava toteutettavissa laajuuteen ja kustannusarvioon nähden."
            }
            ImpactOperatingMethods => {
                "Kerro, mitkä työvaiheet, roolit tai prosessit muuttuvat ja miten, esim. paperilomake ja käsin tallennus korvautuvat sähköisellä asioinnilla ja automaattisella tiedonsiirrolla."
            }
            ImpactWider => {
                "Kuvaa vaikutukset sidosryhmiin, kuten asukkaisiin, yrityksiin, muihin kuntiin ja viranomaisiin, sekä koko kuntakentälle. Yhteiset ratkaisut painavat arvioinnissa kuntakohtaisia enemmän."
            }
            ImpactKnowledgeManagement => {
                "Kerro, mitä tietoa johto ja päätöksenteko saavat käyttöönsä ja miten, esim. ajantasainen raportointi, yhteiset tunnusluvut tai ennusteet palvelutarpeesta."
            }
            ImpactResidentServices => {
                "Kuvaa muutos asukkaan kannalta, esim. asiointi verkossa ympäri vuorokauden, lyhyemmät odotusajat, vähemmän yhteydenottoja tai saavutettavammat palvelut."
            }
            ImpactCosts => {
                "Kerro kustannussäästöt tai kustannusten kasvun hillintä mieluiten euroina tai henkilötyövuosina ja miten ne on laskettu. Huomioi myös uudet ylläpitokustannukset."
            }
            ImpactPermanence => {
                "Kerro, jäävätkö vaikutukset pysyviksi hankkeen jälkeen vai ovatko ne kertaluonteisia, ja mikä pysyvyyden varmistaa, esim. vakiintunut toimintamalli ja ylläpidon rahoitus."
            }
            ImpactMechanism => {
                "Kuvaa, miten vaikutukset syntyvät toimenpiteistä, milloin niiden odotetaan näkyvän ja millä mittareilla niitä seurataan."
            }
            ImpactStrategy => {
                "Nimeä jokaisen mukana olevan kunnan strategian ja muun kehittämisen kohdat, joita hanke toteuttaa, esim. digitalisaatio-ohjelma tai talouden tasapainottaminen."
            }
            ImpactRisks => {
                "Tunnista jatkokehittelyn ja toteutuksen keskeiset riskit, kuten henkilöresurssit, toimittajariippuvuus tai hidas käyttöönotto, sekä niiden todennäköisyys ja hallintakeinot."
            }
            ImpactMonitoring => {
                "Kerro, miten kunnat seuraavat toiminnan muutosta: mittarit, lähtötaso, seurantaväli ja vastuutaho. Samoja tietoja tarvitaan väliraporteissa."
            }
            ImpactScaling => {
                "Kerro, miten kokemuksia jaetaan hankkeen aikana, miten tulokset otetaan käyttöön ja levitetään sen päätyttyä, moneenko kuntaan ratkaisu voi levitä ja mitä käyttöönotto muualla vaatii."
            }
            PriorWorkSurvey => {
                "Nimeä selvitetyt vastaavat hankkeet ja ratkaisut muissa kunnissa tai kansallisesti sekä lähteet, esim. Kuntaliiton selvitykset, aiemmat valtionavustushankkeet tai yhteydet muihin kuntiin."
            }
            PriorWorkReuse => {
                "Kerro, mitä aiemmasta työstä otetaan käyttöön sellaisenaan, mitä kehitetään edelleen ja miksi jotain jätetään hyödyntämättä. Valmiin ratkaisun käyttö on usein halvempaa kuin uuden tekeminen."
            }
            OtherFunding => {
                "Kerro samaan toimintaan haetut tai saadut muut avustukset, myöntäjä ja summa, tai kirjoita, ettei niitä ole. Ensisijaisesti tuetaan toimintaa, joka ei ole saanut muita avustuksia."
            }
            WhyJoint => {
                "Työtä, joka sopii paremmin kansallisen tason selvitykseksi tai kehittämishankkeeksi, ei tuettu. Kerro, miksi juuri nämä kunnat tekevät työn yhdessä ja miten tulokset hyödyttävät muitakin."
            }
            CommitOpenOutputs => {
                "Nimeä avoimesti jaettavat tuotokset, kuten prosessikuvaukset, ohjeet, määritykset ja lähdekoodi, missä ja millä avoimella lisenssillä ne julkaistaan."
            }
            CommitInteroperability => {
                "Kerro, mitä olemassa olevia sanastoja, koodistoja ja tietomalleja käytetään ja mitä uusia julkaistaan. Yhteiskäyttöiset määritykset ovat etusijalla kuntakohtaisiin nähden."
            }
            CommitGovernanceModel => {
                "Kerro, missä vaiheessa hanketta ja kenen kanssa hallintamalli laaditaan ja kuka sen hyväksyy. Mallin on oltava valmis ennen hankkeen päättymistä."
            }
            CommitOpenSource => {
                "Kerro, miten palvelu- ja sovellushankinnoissa käytetään ensisijaisesti suositeltavia avoimen lähdekoodin ja rajapintojen ehtoja. Jos hankintoja ei tehdä, kirjoita se."
            }
            CommitServiceCatalogue => {
                "Luettele kehitettävät palvelut ja asiointikanavat, jotka kuvataan palvelutietovarantoon, sekä kuka kuvaukset tekee ja milloin."
            }
            CommitAccessibility => {
                "Kerro, miten saavutettavuus varmistetaan, esim. WCAG 2.1 AA -vaatimukset hankinnoissa, saavutettavuusarviointi ja -seloste, ja miten käyttäjät osallistuvat testaukseen."
            }
            CommitSharedServices => {
                "Nimeä käytettävät Suomi.fi-palvelut, kuten tunnistus, valtuudet, viestit, maksut tai palvelutietovaranto, ja perustele, jos jokin soveltuva palvelu jää käyttämättä."
            }
            CommitInformationManagement => {
                "Kerro, miten tiedonhallintalain vaatimukset huomioidaan, esim. tiedonhallintamallin päivitys, muutosvaikutusten arviointi, tietoturvallisuus ja tietojen luovutus rajapintojen kautta."
            }
            CommitProjectAccounting => {
                "Kerro, miten hankkeen kustannukset pidetään erillään kunnan muusta toiminnasta, esim. projektiseurannan tunnus tai kustannuspaikka kaikissa kunnissa, ja miten arvonlisävero eritellään."
            }
            CommitCooperation => {
                "Kerro, kuka osallistuu valtiovarainministeriön järjestämään yhteistyöhön muiden hankkeiden kanssa ja millä resursseilla, esim. vertaisoppimisen tapaamiset ja yhteinen viestintä."
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match q {
            CurrentState => {
                "Beskriv nuvarande processer och tjänster och deras problem. Ange utgångsvärden som målen jämförs med, t.ex. handläggningstider, arbetsmängd i årsverken eller andelen digitala ärenden."
            }
            Goals => {
                "Berätta vad som är annorlunda när projektet avslutas och för vem. Målen ska gälla förnyade arbetssätt eller serviceprocesser, inte enbart en systemanskaffning."
            }
            ConcreteGoals => {
                "Ange mätbara mål och målvärden i förhållande till nuläget, t.ex. handläggningstiden från 10 till 3 dagar eller 2 årsverken mindre rutinarbete."
            }
            Measures => {
                "Räkna upp åtgärderna med tidsplan och ansvarig kommun, t.ex. processbeskrivning, gemensamma datadefinitioner, pilot och ibruktagande. De ska vara genomförbara i förhållande till omfattning och kostnadskalkyl."
            }
            ImpactOperatingMethods => {
                "Berätta vilka arbetsmoment, roller eller processer som ändras och hur, t.ex. att pappersblanketter och manuell inmatning ersätts av e-tjänster och automatisk dataöverföring."
            }
            ImpactWider => {
                "Beskriv effekterna för intressentgrupper, såsom invånare, företag, andra kommuner och myndigheter, och för kommunfältet som helhet. Gemensamma lösningar väger tyngre än kommunspecifika."
            }
            ImpactKnowledgeManagement => {
                "Berätta vilken information ledningen och beslutsfattandet får och hur, t.ex. aktuell rapportering, gemensamma nyckeltal eller prognoser för servicebehovet."
            }
            ImpactResidentServices => {
                "Beskriv förändringen ur invånarens synvinkel, t.ex. ärenden på nätet dygnet runt, kortare väntetider, färre kontakter eller mer tillgängliga tjänster."
            }
            ImpactCosts => {
                "Ange kostnadsbesparingar eller dämpad kostnadsökning helst i euro eller årsverken och hur de har beräknats. Ta också med nya underhållskostnader."
            }
            ImpactPermanence => {
                "Berätta om effekterna består efter projektet eller är engångseffekter, och vad som tryggar att de består, t.ex. en etablerad verksamhetsmodell och finansiering av underhållet."
            }
            ImpactMechanism => {
                "Beskriv hur effekterna uppstår av åtgärderna, när de väntas synas och med vilka mätare de följs upp."
            }
            ImpactStrategy => {
                "Ange de punkter i varje deltagande kommuns strategi och övriga utveckling som projektet genomför, t.ex. ett digitaliseringsprogram eller balansering av ekonomin."
            }
            ImpactRisks => {
                "Identifiera de viktigaste riskerna för vidareutveckling och genomförande, såsom personalresurser, leverantörsberoende eller långsamt ibruktagande, samt deras sannolikhet och hantering."
            }
            ImpactMonitoring => {
                "Berätta hur kommunerna följer upp förändringen i verksamheten: mätare, utgångsnivå, intervall och ansvarig. Samma uppgifter behövs i mellanrapporterna."
            }
            ImpactScaling => {
                "Berätta hur erfarenheter delas under projektet, hur resultaten tas i bruk och sprids efteråt, hur många kommuner lösningen kan nå och vad ibruktagandet kräver på andra håll."
            }
            PriorWorkSurvey => {
                "Nämn de motsvarande projekt och lösningar i andra kommuner eller på nationell nivå som ni utrett, och källorna, t.ex. Kommunförbundets utredningar, tidigare statsunderstödda projekt eller kontakter med kommuner."
            }
            PriorWorkReuse => {
                "Berätta vad av det tidigare arbetet som tas i bruk som sådant, vad som vidareutvecklas och varför något inte används. En färdig lösning är ofta billigare än att bygga nytt."
            }
            OtherFunding => {
                "Ange andra understöd som sökts eller beviljats för samma verksamhet, beviljare och belopp, eller skriv att sådana saknas. I första hand stöds verksamhet som inte har fått andra understöd."
            }
            WhyJoint => {
                "Arbete som passar bättre för en utredning eller ett utvecklingsprojekt på nationell nivå stöddes inte. Berätta varför just de här kommunerna gör arbetet tillsammans och hur andra har nytta av resultaten."
            }
            CommitOpenOutputs => {
                "Nämn de produkter som delas öppet, såsom processbeskrivningar, anvisningar, specifikationer och källkod, var och under vilken öppen licens de publiceras."
            }
            CommitInteroperability => {
                "Berätta vilka befintliga terminologier, kodlistor och datamodeller som används och vilka nya som publiceras. Gemensamma definitioner går före kommunspecifika."
            }
            CommitGovernanceModel => {
                "Berätta i vilket skede av projektet och med vem förvaltningsmodellen tas fram och vem som godkänner den. Modellen ska vara klar innan projektet avslutas."
            }
            CommitOpenSource => {
                "Berätta hur ni vid upphandling av tjänster och applikationer i första hand använder de rekommenderade villkoren för öppen källkod och öppna gränssnitt. Om inga upphandlingar görs, skriv det."
            }
            CommitServiceCatalogue => {
                "Räkna upp de tjänster och servicekanaler som utvecklas och beskrivs i servicedatalagret, samt vem som gör beskrivningarna och när."
            }
            CommitAccessibility => {
                "Berätta hur tillgängligheten säkerställs, t.ex. krav enligt WCAG 2.1 nivå AA i upphandlingar, tillgänglighetsutvärdering och tillgänglighetsutlåtande, och hur användare deltar i testningen."
            }
            CommitSharedServices => {
                "Nämn de Suomi.fi-tjänster som används, såsom identifikation, fullmakter, meddelanden, betalningar eller servicedatalagret, och motivera om en lämplig tjänst inte används."
            }
            CommitInformationManagement => {
                "Berätta hur kraven i informationshanteringslagen beaktas, t.ex. uppdatering av informationshanteringsmodellen, konsekvensbedömning av ändringar, informationssäkerhet och utlämnande via gränssnitt."
            }
            CommitProjectAccounting => {
                "Berätta hur projektets kostnader hålls åtskilda från kommunens övriga verksamhet, t.ex. ett eget projekt eller kostnadsställe i alla kommuner, och hur momsen specificeras."
            }
            CommitCooperation => {
                "Berätta vem som deltar i det samarbete med andra projekt som FM ordnar och med vilka resurser, t.ex. träffar för kollegialt lärande och gemensam kommunikation."
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match q {
            CurrentState => {
                "Describe today's processes and services and what does not work. Give baseline figures to compare the goals with, such as handling times, workload in person-years or the share of digital transactions."
            }
            Goals => {
                "Say what will be different when the project ends, and for whom. Goals should be about new ways of working or service processes, not only buying a system."
            }
            ConcreteGoals => {
                "Give measurable goals with target values compared with today, for example handling time down from 10 days to 3, or 2 person-years less routine work."
            }
            Measures => {
                "List the measures with timing and the municipality responsible, such as process mapping, common data definitions, a pilot and roll-out. They must be feasible for the scope and cost estimate."
            }
            ImpactOperatingMethods => {
                "Say which tasks, roles or processes change and how, for example paper forms and manual data entry replaced by online services and automatic data transfer."
            }
            ImpactWider => {
                "Describe the effects on stakeholders such as residents, businesses, other municipalities and authorities, and on municipalities generally. Shared solutions count for more than local ones."
            }
            ImpactKnowledgeManagement => {
                "Say what information managers and decision-makers will get and how, such as up-to-date reporting, shared key figures or forecasts of service demand."
            }
            ImpactResidentServices => {
                "Describe the change from a resident's point of view, for example online services at any time of day, shorter waits, fewer contacts needed or more accessible services."
            }
            ImpactCosts => {
                "Give the savings or curbed cost growth, in euros or person-years where possible, and how you worked them out. Include any new running costs too."
            }
            ImpactPermanence => {
                "Say whether the effects will last after the project or happen only once, and what makes them last, for example an established way of working and funding for maintenance."
            }
            ImpactMechanism => {
                "Explain how the measures lead to the effects, when you expect to see them and which indicators you will use to follow them."
            }
            ImpactStrategy => {
                "Name the parts of each participating municipality's strategy and other development work that the project delivers, such as a digital programme or balancing the budget."
            }
            ImpactRisks => {
                "Identify the main risks to further development and delivery, such as staff capacity, supplier lock-in or slow take-up, with their likelihood and how you will manage them."
            }
            ImpactMonitoring => {
                "Say how the municipalities will track the change in operations: indicators, baseline, how often and who is responsible. You will need the same figures for interim reports."
            }
            ImpactScaling => {
                "Say how experiences are shared during the project, how results are used and spread after it, how many municipalities the solution could reach and what adopting it elsewhere takes."
            }
            PriorWorkSurvey => {
                "Name the similar projects and solutions in other municipalities or nationally that you looked at, and your sources, such as reports, earlier state-funded projects or talking to other municipalities."
            }
            PriorWorkReuse => {
                "Say what you will reuse from earlier work as it is, what you will develop further and why you are not using something. A ready solution is often cheaper than building a new one."
            }
            OtherFunding => {
                "List other grants applied for or received for the same work, with the funder and amount, or write that there are none. Priority goes to work that has had no other grant."
            }
            WhyJoint => {
                "Work better suited to national-level studies or development was not supported. Say why these municipalities do the work together and how others benefit from the results."
            }
            CommitOpenOutputs => {
                "Name the outputs you will share openly, such as process descriptions, guides, specifications and source code, where, and under which open licence."
            }
            CommitInteroperability => {
                "Say which existing vocabularies, code lists and data models you will use and which new ones you will publish. Shared definitions are preferred to municipality-specific ones."
            }
            CommitGovernanceModel => {
                "Say at what stage of the project and with whom you will draw up the governance model, and who approves it. It must be ready before the project ends."
            }
            CommitOpenSource => {
                "Say how your procurement of services and applications will prefer the recommended open source and open interface terms. If you will not buy anything, say so."
            }
            CommitServiceCatalogue => {
                "List the services and service channels you will develop and describe in the Service Catalogue, who will write the descriptions and when."
            }
            CommitAccessibility => {
                "Say how you will make services accessible, for example WCAG 2.1 level AA in procurement, an accessibility audit and statement, and how users will take part in testing."
            }
            CommitSharedServices => {
                "Name the Suomi.fi services you will use, such as identification, e-authorisations, messages, payments or the Service Catalogue, and explain if you leave out one that would fit."
            }
            CommitInformationManagement => {
                "Say how you will meet the Information Management Act, for example updating the information management model, assessing the effects of changes, information security and sharing data through interfaces."
            }
            CommitProjectAccounting => {
                "Say how you will keep the project's costs separate from other activities, for example its own project code or cost centre in every municipality, and how VAT is shown separately."
            }
            CommitCooperation => {
                "Say who will take part in the cooperation with other projects that the Ministry of Finance organises, and with what resources, such as peer-learning meetings and shared communications."
            }
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &GUIDANCE, q as usize, guidance(Lang::Fi, q)),
    }
}

/// The heading of a page of written answers.
pub fn group_title(lang: Lang, g: QuestionGroup) -> &'static str {
    match lang {
        Lang::Fi => match g {
            QuestionGroup::StateAndGoals => "Nykytila ja tavoitteet",
            QuestionGroup::Impact => "Vaikuttavuus",
            QuestionGroup::PriorWork => "Aiempi työ",
            QuestionGroup::Commitments => "Sitoumukset ja yhteentoimivuus",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match g {
            QuestionGroup::StateAndGoals => "Nuläge och mål",
            QuestionGroup::Impact => "Effekter",
            QuestionGroup::PriorWork => "Tidigare arbete",
            QuestionGroup::Commitments => "Åtaganden och interoperabilitet",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match g {
            QuestionGroup::StateAndGoals => "Current situation and goals",
            QuestionGroup::Impact => "Impact",
            QuestionGroup::PriorWork => "Prior work",
            QuestionGroup::Commitments => "Commitments and interoperability",
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &GROUP_TITLES, g as usize, group_title(Lang::Fi, g)),
    }
}

/// The introduction at the top of a page of written answers.
pub fn group_intro(lang: Lang, g: QuestionGroup) -> &'static str {
    match lang {
        Lang::Fi => match g {
            QuestionGroup::StateAndGoals => {
                "Kuvaa, mistä lähdetään ja mihin pyritään. Arvioinnissa katsotaan, mitä konkreettisia toiminnallisia ja taloudellisia tavoitteita hankkeella on verrattuna nykytilaan ja mitä toimenpiteitä niihin pääseminen vaatii."
            }
            QuestionGroup::Impact => {
                "Kuvaa hankkeen vaikuttavuus hankkeen omin tiedoin ja luvuin. Avustuksen kohteena ovat ennen kaikkea muutokset kuntien toimintatavoissa ja prosesseissa. Kysymykset ovat valtiovarainministeriön syksyn 2019 esityksestä (”Haetaan vaikuttavuutta, hakemuksessa kuvattava”); jos haku ei itse vaadi kohtaa, tarkistus kertoo sen."
            }
            QuestionGroup::PriorWork => {
                "Ennen hakemista on selvitettävä muissa kunnissa tehtyä vastaavaa työtä ja pohdittava sen hyödyntämistä hankkeen pohjana. Ensisijaisesti tuetaan toimintaa, joka ei ole saanut muita avustuksia."
            }
            QuestionGroup::Commitments => {
                "Nämä ovat avustuksen käytön ehtoja (valtiovarainministeriön päätös 26.2.2020). Kerro jokaisen kohdalla, miten hanke täyttää ehdon. Jos ehto koskee hanketta vain soveltuvin osin, perustele rajaus."
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match g {
            QuestionGroup::StateAndGoals => {
                "Beskriv utgångsläget och vad ni vill uppnå. I bedömningen ses på vilka konkreta verksamhetsmässiga och ekonomiska mål projektet har jämfört med nuläget och vilka åtgärder som krävs för att nå dem."
            }
            QuestionGroup::Impact => {
                "Beskriv projektets effekter med projektets egna uppgifter och siffror. Understödet gäller framför allt förändringar i kommunernas arbetssätt och processer. Frågorna kommer från finansministeriets presentation hösten 2019; om ansökningsomgången inte själv kräver en punkt, säger kontrollen det."
            }
            QuestionGroup::PriorWork => {
                "Innan ansökan ska motsvarande arbete i andra kommuner utredas och möjligheten att använda det som grund för projektet övervägas. I första hand stöds verksamhet som inte har fått andra understöd."
            }
            QuestionGroup::Commitments => {
                "Detta är villkor för användningen av understödet (FM:s beslut 26.2.2020). Berätta för varje villkor hur projektet uppfyller det. Om ett villkor gäller projektet bara i tillämpliga delar, motivera avgränsningen."
            }
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match g {
            QuestionGroup::StateAndGoals => {
                "Describe where you are starting from and what you want to achieve. Reviewers look at the concrete operational and financial goals compared with today and the measures needed to reach them."
            }
            QuestionGroup::Impact => {
                "Describe the project's impact with your project's own facts and figures. The grant is above all for changes in municipalities' ways of working and processes. The questions come from the Ministry of Finance's slides of autumn 2019; where the call itself does not require a point, the check says so."
            }
            QuestionGroup::PriorWork => {
                "Before applying, you must look into similar work done in other municipalities and consider using it as a basis for the project. Priority goes to work that has had no other grant."
            }
            QuestionGroup::Commitments => {
                "These are conditions of the grant (Ministry of Finance decision of 26 February 2020). For each one, say how the project meets it. If a condition only partly applies to your project, explain why."
            }
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &GROUP_INTROS, g as usize, group_intro(Lang::Fi, g)),
    }
}

/// The text of the check button at the end of a page of written answers.
pub fn group_check(lang: Lang, g: QuestionGroup) -> &'static str {
    match lang {
        Lang::Fi => match g {
            QuestionGroup::StateAndGoals => "Tarkista nykytila ja tavoitteet",
            QuestionGroup::Impact => "Tarkista vaikuttavuus",
            QuestionGroup::PriorWork => "Tarkista aiempi työ",
            QuestionGroup::Commitments => "Tarkista sitoumukset",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::Sv => match g {
            QuestionGroup::StateAndGoals => "Kontrollera nuläget och målen",
            QuestionGroup::Impact => "Kontrollera effekterna",
            QuestionGroup::PriorWork => "Kontrollera tidigare arbete",
            QuestionGroup::Commitments => "Kontrollera åtagandena",
        },
        #[cfg(not(target_arch = "wasm32"))]
        Lang::En => match g {
            QuestionGroup::StateAndGoals => "Check the current situation and goals",
            QuestionGroup::Impact => "Check the impact",
            QuestionGroup::PriorWork => "Check the prior work",
            QuestionGroup::Commitments => "Check the commitments",
        },
        #[cfg(target_arch = "wasm32")]
        _ => super::catalogue::or_finnish(lang, &GROUP_CHECKS, g as usize, group_check(Lang::Fi, g)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_and_guidance_is_present_in_every_language() {
        for q in Question::ALL {
            for lang in Lang::ALL {
                assert!(!label(lang, q).trim().is_empty(), "label of {q:?} is empty in {lang:?}");
                assert!(
                    !guidance(lang, q).trim().is_empty(),
                    "guidance of {q:?} is empty in {lang:?}"
                );
            }
        }
        for g in GROUPS {
            for lang in Lang::ALL {
                assert!(
                    !group_title(lang, g).trim().is_empty(),
                    "title of {g:?} is empty in {lang:?}"
                );
                assert!(
                    !group_intro(lang, g).trim().is_empty(),
                    "intro of {g:?} is empty in {lang:?}"
                );
                assert!(
                    !group_check(lang, g).trim().is_empty(),
                    "check of {g:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn finnish_and_english_differ_for_every_question_and_page() {
        for q in Question::ALL {
            assert_ne!(label(Lang::Fi, q), label(Lang::En, q), "label of {q:?} is untranslated");
            assert_ne!(
                guidance(Lang::Fi, q),
                guidance(Lang::En, q),
                "guidance of {q:?} is untranslated"
            );
        }
        for g in GROUPS {
            assert_ne!(
                group_title(Lang::Fi, g),
                group_title(Lang::En, g),
                "title of {g:?} is untranslated"
            );
            assert_ne!(
                group_intro(Lang::Fi, g),
                group_intro(Lang::En, g),
                "intro of {g:?} is untranslated"
            );
            assert_ne!(
                group_check(Lang::Fi, g),
                group_check(Lang::En, g),
                "check of {g:?} is untranslated"
            );
        }
    }

    /// The eleven impact questions in Finnish exactly as the slides word them ("Haetaan
    /// vaikuttavuutta, hakemuksessa kuvattava mm.", seed 000).
    #[test]
    fn the_impact_questions_are_the_slides_own_words() {
        let normalise = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let slides = normalise(include_str!("../../tests/fixtures/seed-000-vm-slides-2019.txt"));
        let impact: Vec<Question> = Question::ALL
            .into_iter()
            .filter(|q| q.group() == QuestionGroup::Impact)
            .collect();
        assert_eq!(impact.len(), 11);
        for q in impact {
            let label = label(Lang::Fi, q);
            assert!(
                slides.contains(&format!("‒ {label}")),
                "{q:?}: {label:?} is not the slides' wording"
            );
        }
    }

    /// The decision prefers open source terms ("ensisijaisesti … suositeltavia"); guidance never makes
    /// that a requirement.
    #[test]
    fn guidance_is_never_stricter_than_the_source() {
        for lang in Lang::ALL {
            let text = guidance(lang, Question::CommitOpenSource);
            for strict in ["edellytetään", "kräver", "require"] {
                assert!(!text.contains(strict), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn guidance_is_brief() {
        for q in Question::ALL {
            for lang in Lang::ALL {
                let chars = guidance(lang, q).chars().count();
                assert!(chars <= 240, "guidance of {q:?} in {lang:?} has {chars} characters");
            }
        }
    }

    #[test]
    fn labels_are_distinct_within_a_language() {
        // A label also names the field in the error summary, so two fields must not share one.
        for lang in Lang::ALL {
            let mut labels: Vec<&str> = Question::ALL.iter().map(|&q| label(lang, q)).collect();
            labels.sort_unstable();
            labels.dedup();
            assert_eq!(
                labels.len(),
                Question::ALL.len(),
                "two questions share a label in {lang:?}"
            );
        }
    }

    #[test]
    fn a_page_title_is_the_one_the_programme_uses() {
        assert_eq!(group_title(Lang::Fi, Question::ImpactCosts.group()), "Vaikuttavuus");
        assert_eq!(label(Lang::Fi, Question::ImpactCosts), "Kustannusvaikutukset");
        assert_eq!(group_check(Lang::Fi, QuestionGroup::Impact), "Tarkista vaikuttavuus");
    }
}
