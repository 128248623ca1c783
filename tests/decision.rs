//! The funding decision (docs/rules.md §9): the 2019 joint-projects decision (seed 004) reproduced
//! from the 51 applications of its Appendix 1 and the one withdrawn — 27 grants with the decision's
//! amounts, 6 deferred, the rest refused, 8 268 000 € granted of 24 574 065,00 € requested, "saapui
//! 52 … Yksi hanke perui", printed in the decision's order and words with its whole body — and the
//! proposal's rules (one call, the application's own 85 % maximum and errors) and file.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::application::fingerprint;
use hakemus::domain::formats::decision::{
    export, extract, extract_file_name, import, schema, to_json, Proposal, Status, Step, SCHEMA_JSON,
};
use hakemus::domain::formats::reader::Problem as ReadProblem;
use hakemus::domain::reviewer::decision::{
    analyse, analyse_open, applied, default_amount, defer, grant, printed, sync, EntryField, Place, Problem,
};
use hakemus::domain::rules::analysis::analyse as analyse_draft;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use hakemus::i18n::decision::{document, Block, D};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

mod common;
use common::{boundary_base, composed, Who};

const SEED: &str = include_str!("fixtures/seed-004-decision-2020-02-26.txt");
const CALL: &str = "vm-2019-yhteishankkeet";

/// What the decision did with an application: granted in group 1 or 2 (with a condition of its
/// own), deferred or refused.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Outcome {
    G1,
    G2,
    G2If(&'static str),
    G1If(&'static str),
    Defer,
    Refuse,
    /// "Yksi hanke perui myöhemmin hakemuksensa": the decision does not say which.
    Withdrawn,
}
use Outcome::*;

const TOIVO: &str = "Avustuksen ehtona on, että toteutuksessa on huomioitava sosiaali- ja terveysministeriön ohjaama Toivo-ohjelman kehittäminen ja sen vaatimukset.";
const AURORA: &str =
    "jonka osalta edellytetään yhteistyötä ainakin valtiovarainministeriö AuroraAI-kehittämissuunnitelman kanssa";
const TURKU: &str = "Turun kaupungin hallinnoimat hankkeet on myös mahdollista yhdistää.";

/// Appendix 1, row by row: the lead, the partners ("A:" a joint authority), the project, the
/// amount requested and the outcome. The appendix's lead column is shifted in two rows where the
/// decision names the lead (the seed's own text wins): "Saavutettavien asiointiprosessien …" is
/// Seinäjoki's (decision, grant 11), "Edistynyt analytiikka …" Tampere's (decision, deferred 6).
/// Partners that are no municipality or authority by name (e.g. "seurantajäsenet") are left out.
const APPENDIX: [(&str, &str, &str, &str, Outcome); 51] = [
    ("Espoo", "Tampere", "Kuntien varhaiskasvatuksen toiminnanohjaus- ja asiakasvuorovaikutusjärjestelmän kehittäminen avoimella lähdekoodilla Espoon eVaka-toteutukseen pohjautuen", "3400000.00", Defer),
    ("A:Espoon seudun koulutuskuntayhtymä Omnia", "Järvenpää, Lempäälä, Laitila, Tuusula, Salo, A:Kotkan-Haminan seudun koulutuskuntayhtymä", "Kuntien RoboTori - synergiahyödyt konkretiaksi!", "364437.50", Refuse),
    ("A:Etelä-Karjalan sosiaali- ja terveydenhuollon kuntayhtymä", "Lappeenranta, Imatra", "Tieto asiakkaan tukena (TAT-hanke)", "333455.00", Defer),
    ("Forssa", "Kirkkonummi, Porvoo, Akaa, Nurmijärvi", "Päiväkotien tuottavuuden parantaminen tietojohtamisella", "105000.00", Refuse),
    ("Helsinki", "Espoo, Porvoo", "Vastuullisen tekoälyn hyödyntämisen viitekehys (tekoälyn eettiset periaatteet)", "561000.00", Refuse),
    ("Helsinki", "Espoo, Turku, Oulu", "Kaupunki omadata-operaattorina -hanke", "2252500.00", Defer),
    ("Hollola", "Siilinjärvi, Kuopio", "Tekoälyllä digitointia", "293250.00", Refuse),
    ("Hollola", "Heinola, Asikkala, Orimattila", "Ei tuurilla vaan tiedolla", "289000.00", G2),
    ("Kerava", "Hyvinkää, Järvenpää, Nurmijärvi, Sipoo, Tuusula", "Digitaalinen palvelu työnantajien ja työntekijöiden kohtaanto-ongelman ratkaisuun", "242000.00", Refuse),
    ("Hämeenlinna", "Salo", "Kaupunki taskussa", "112200.00", G1),
    ("Hämeenlinna", "Pori, Seinäjoki, Tampere", "Kunnan modernin tietojohtamisen malli ja teemakohtaiset ratkaisumallit", "238000.00", Refuse),
    ("Hämeenlinna", "Lahti, Vantaa, Porvoo, Turku, Tampere, Oulu", "ICT-osaamisen tuen ja kehittämisen ekosysteemi", "246500.00", G2),
    ("Iisalmi", "Kiuruvesi, Vieremä, Sonkajärvi, Pielavesi, Keitele, Lapinlahti", "Tiedolla johtaminen", "82450.00", G2),
    ("Jyväskylä", "Riihimäki, Kokkola, Pirkkala, Asikkala, Hollola, Nokia, Ylöjärvi, Hämeenlinna, Uurainen, Janakkala", "Kurob-hanke", "507322.50", G2),
    ("Jyväskylä", "Muurame", "PuhelinRobotti: Tekoälyllä varustettu automaattinen puhelinpalvelija", "80000.00", Refuse),
    ("Kajaani", "Kuhmo, Sotkamo, Suomussalmi, Ristijärvi, Paltamo, Puolanka, Hyrynsalmi", "Sujuva arki ja hyvä elämä kunnassa - Kainuun kuntien asiakasprosessien digitalisaatio", "787920.00", Refuse),
    ("Kalajoki", "Kokkola, Virrat, Pyhäjoki", "SHOPPAILU-hanke", "476000.00", Refuse),
    ("Kangasala", "Kotka, Järvenpää, Rovaniemi, Tuusula", "Kuntien toiminnan johtaminen tuotteistetun palvelukonseptin avulla", "425000.00", G2),
    ("Kangasala", "Kotka, Loppi, Rovaniemi", "Strategia- ja toimintaympäristötyön linkittäminen tiedolla johtamiseen ja kunnan sidosryhmiin", "170000.00", G2),
    ("Kangasala", "Kotka, Järvenpää, Taivassalo, Laitila", "Tulevaisuuden ennakointi älykkäiden ennusteiden, skenaarioiden ja hälytysten kautta", "212500.00", Refuse),
    ("Kankaanpää", "Honkajoki, Jämijärvi, Karvia, Siikainen, Pomarkku", "Pohjois-Satakunnan digitalisaatiohanke", "131750.00", G2),
    ("Kauniainen", "Porvoo", "Tiedolla johtaminen osaksi valtavirtaa", "95000.00", G2),
    ("Kiuruvesi", "Iisalmi, Tuusniemi, Pielavesi, Leppävirta, Lapinlahti, Rautavaara, Vieremä, Vesanto", "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä", "181520.00", G1),
    ("Kuopio", "Helsinki, Turku", "Ihmislähtöisen palveluverkon suunnittelun vaatiman toimintamallin kehittäminen ja sitä tukevan tiedon tunnistaminen ja harmonisointi", "2179400.00", Defer),
    ("Kuusamo", "Kajaani, Taivalkoski", "Osallisuuden ja asiakaspalvelujen digimuutos 3.0", "722500.00", G1),
    ("Lappeenranta", "Joensuu", "Modulaarinen sähköinen asiointi- sekä integraatiopalvelu", "172125.00", G1),
    ("Lestijärvi", "Halsua, Kaustinen, Toholampi, Veteli", "KASE Smart Countryside", "166600.00", G1),
    ("Lieto", "Kaarina, Paimio", "Työaika näkyväksi kunnissa", "136000.00", Refuse),
    ("Mänttä-Vilppula", "Juupajoki, Orivesi, Ruovesi, Virrat", "Saavutettava, vetovoimainen ja kestävä kunta", "135915.00", G1),
    ("Naantali", "Salo, Paimio", "Prosessit pilveen, tehokkuus taivaisiin", "145775.00", G2),
    ("Nousiainen", "Mynämäki, Masku", "Kuntahyppy ePalveluihin", "153000.00", G1),
    ("Nurmijärvi", "Jämsä, Hollola, Porvoo, Oulu", "Älykäs asiointi ja osallistuminen", "544000.00", G1),
    ("Oulu", "Jyväskylä", "Kuntalaisen modernit digitaaliset asiakaspalvelut yhdessä kehittäen", "892500.00", G1),
    ("Paimio", "Sauvo", "Varhaiskasvatuksen digitaalinen palveluprosessi", "125000.00", Defer),
    ("Pargas", "Kimitoön", "Den it-smarta kommunen", "75820.00", G1),
    ("Pietarsaari", "A:Pietarsaaren sosiaali- ja terveydenhuollon kuntayhtymä, Vaasa", "LUMINA-hanke", "1200000.00", G2If(TOIVO)),
    ("Pori", "Seinäjoki", "Uuden tiedonhallintalain vaatimusten mukaisen tiedonhallintamallin luominen nykytilasta ja tavoitetilasta kunnissa", "115516.00", Refuse),
    ("Porvoo", "Kauniainen, Järvenpää, Riihimäki", "Keskusteleva tekoäly asiakaspalvelussa", "331925.00", G2If(AURORA)),
    ("Porvoo", "Loviisa, Mäntsälä, Pukkila, Lapinjärvi, Pornainen", "Taiteen perusopetuksen digiloikka", "155800.00", G2),
    ("Seinäjoki", "Jyväskylä, Valkeakoski", "#ArvoaTiedosta- Tiedosta uutta arvoa sivistykseen ja hyvinvointiin koulupolulla", "1123224.00", Refuse),
    ("Seinäjoki", "Vaasa, Pori, Vantaa, Laihia, Ylöjärvi", "Saavutettavien asiointiprosessien kehittäminen ja Suomi.fi palveluiden tehokas ja helppo käyttöönotto", "87360.00", G1),
    ("Tampere", "Muurame", "Edistynyt analytiikka kuntaorganisaation lapsiperheiden palveluiden tiedolla johtamisessa", "673200.00", Defer),
    ("Turku", "Tampere", "Asiakirjojen automatisoitu indeksointi käyttö- ja pitkäaikaisarkiston tiedontallennuksessa ja tiedon käytössä", "136000.00", Refuse),
    ("Turku", "Jyväskylä, Pori, Varkaus, Akaa, Kaarina, Tampere, Vantaa", "Kaupunkien yhteinen CRM-kehitysrahoitus", "698781.00", Refuse),
    ("Turku", "Pieksämäki, Raisio, Naantali, Kaarina", "Kohderyhmä- ja tarvelähtöinen palveluviestintä kunnissa uuden sukupolven julkaisualustalla", "437645.00", G1),
    ("Turku", "Jyväskylä, Kouvola, Oulu, Porvoo", "Asiakaslähtöinen toteutus tapahtuma-, harrastus- ja koulutusdatan hallinnoimiselle ja tarjoamiselle kohderyhmälähtöisissä näkymissä", "424701.00", G1If(TURKU)),
    ("Tuusula", "Mäntsälä, Porvoo", "Valtuustovideoiden automaatiotekstitys", "250000.00", Refuse),
    ("Tuusula", "Mäntsälä, Porvoo", "Talousarvioprosessin automatisointi ja talousarvioesityksen jako moderneilla työkaluilla", "127500.00", G2),
    ("Vantaa", "Nurmijärvi, A:Keski-Uudenmaan sote-kuntayhtymä", "Tiedonhallintalain toimeenpano", "1411948.00", Refuse),
    ("Vantaa", "Helsinki, Espoo", "Digiajan väestöennustejärjestelmä kuntien talouden ja palvelutuotannon suunnittelun perustaksi", "254525.00", G2),
    ("Ylivieska", "Alavieska, Haapavesi, Nivala, Oulainen, Sievi", "Digiosaaminen haltuun osallistamalla", "110500.00", Refuse),
];

/// The 52nd application, withdrawn later (004 does not name it: this one is made up).
const WITHDRAWN: (&str, &str, &str, &str, Outcome) = ("Kotka", "Hamina", "Peruttu yhteishanke", "99000.00", Withdrawn);

/// Every application that arrived: Appendix 1's 51 and the one withdrawn.
fn arrived() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str, &'static str, Outcome)> {
    APPENDIX.iter().chain(std::iter::once(&WITHDRAWN))
}

fn who(name: &'static str) -> Who {
    match name.strip_prefix("A:") {
        Some(n) => Who::Authority(n),
        None => Who::Municipality(name),
    }
}

/// An application as it arrived: complete (no errors of its own), with this composition, name
/// and request, and eligible costs at the 85 % boundary.
fn application(lead: &'static str, partners: &'static str, project: &str, requested: &str) -> RawDraft {
    let whos: Vec<Who> = std::iter::once(lead).chain(partners.split(", ")).map(who).collect();
    let cents: i64 = requested.replace('.', "").parse().unwrap();
    let mut d = composed(&whos, cents, boundary_base(cents));
    d.call = CALL.into();
    d.project.name_fi = project.into();
    d
}

/// The applications as opened by a reviewer: (fingerprint, draft).
fn applications() -> Vec<(String, RawDraft)> {
    arrived()
        .map(|&(lead, partners, project, requested, _)| {
            let d = application(lead, partners, project, requested);
            (fingerprint(&d), d)
        })
        .collect()
}

/// The decision's two groups (headings and conditions verbatim from seed 004).
const GROUP_1: &str = "Sähköisen asioinnin, viestinnän ja osallisuuden hankkeet";
const GROUP_2: &str = "Muut hankkeet";

fn seed_paragraph_after(heading: &str) -> String {
    let mut lines = SEED.lines().skip_while(|l| l.trim() != heading).skip(1);
    lines.find(|l| !l.trim().is_empty()).unwrap().trim().to_string()
}

/// The proposal a reviewer makes: every application synced in, the statuses and groups of the
/// decision, each grant's amount the default (requested, rounded down to hundreds).
fn proposal_2019() -> Proposal {
    let apps = applications();
    let mut p = Proposal::new(CALL, Lang::Fi);
    let open: Vec<_> = apps.iter().map(|(fp, d)| applied(fp, d, &analyse_draft(d))).collect();
    sync(&mut p, &open, &BTreeMap::new());
    let g1 = p.add_group(GROUP_1, &seed_paragraph_after(GROUP_1));
    let g2 = p.add_group(GROUP_2, &seed_paragraph_after(GROUP_2));
    for (i, row) in arrived().enumerate() {
        match row.4 {
            Defer => defer(&mut p, i, D::DeferReason.get(Lang::Fi)),
            Refuse => p.entries[i].status = Status::Refuse,
            Withdrawn => p.entries[i].status = Status::Withdrawn,
            G1 | G1If(_) | G2 | G2If(_) => {
                grant(&mut p, i, Lang::Fi);
                p.entries[i].group = if matches!(row.4, G1 | G1If(_)) {
                    g1.clone()
                } else {
                    g2.clone()
                };
                if let G1If(c) | G2If(c) = row.4 {
                    p.entries[i].condition = c.into();
                }
            }
        }
    }
    p
}

/// The numbered grants of the decision text (seed 004): "<recipient> … enintään N euroa", in order.
fn decision_grants() -> Vec<(usize, String)> {
    let start = SEED.lines().position(|l| l.trim() == GROUP_1).unwrap();
    SEED.lines()
        .skip(start)
        .take_while(|l| l.trim() != "Jatkoselvitystä edellyttävät hankkeet")
        .filter_map(|l| {
            let (n, rest) = l.split_once(". ")?;
            let n: usize = n.trim().parse().ok()?;
            let rest = rest.replace("**", "");
            let upto = rest.find(" euroa")? + " euroa".len();
            Some((n, rest[..upto].to_string()))
        })
        .collect()
}

fn plain(text: &str) -> String {
    text.replace('\u{a0}', " ")
}

#[test]
fn the_2019_decision_is_reproduced() {
    let p = proposal_2019();
    let a = analyse(&p);
    let t = a.totals;
    assert_eq!(p.entries.len(), 52);
    assert_eq!((t.grants, t.deferred, t.refused, t.open), (27, 6, 18, 0));
    assert_eq!((t.arrived, t.withdrawn), (52, 1));
    assert_eq!(t.granted, Money::parse("8 268 000,00").unwrap(), "the decision's total");
    assert_eq!(
        t.requested,
        Money::parse("24 574 065,00").unwrap(),
        "Appendix 1's total"
    );
    assert_eq!(
        t.appropriation,
        Some(Money::parse("30 000 000").unwrap()),
        "from the call profile"
    );
    assert_eq!(t.left, Some(Money::parse("21 732 000").unwrap()));
    assert_eq!(a.errors().count(), 0, "{:?}", a.findings);

    // Printed: the grants numbered through both groups in the decision's order, each as the
    // decision writes its recipient and amount.
    let pr = printed(&p, &a);
    let blocks = document(Lang::Fi, &p, &pr);
    let numbered: Vec<(usize, String)> = blocks
        .iter()
        .take_while(|b| **b != Block::Heading("Jatkoselvitystä edellyttävät hankkeet".into()))
        .filter_map(|b| match b {
            Block::Numbered(n, text) => Some((*n, plain(text))),
            _ => None,
        })
        .collect();
    let expected = decision_grants();
    assert_eq!(expected.len(), 27);
    assert_eq!(numbered.len(), 27);
    for ((n, text), (en, etext)) in numbered.iter().zip(&expected) {
        assert_eq!(n, en);
        assert!(
            text.starts_with(etext.as_str()),
            "grant {n}:\n  printed  {text}\n  decision {etext}"
        );
    }
    assert!(blocks.contains(&Block::Numbered(
        2,
        "Kiuruveden kaupungille ja muille hakemuksessa mainituille kunnille enintään 181\u{a0}500 euroa, \
         Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun kuntien yhteistyönä -hankkeeseen."
            .into()
    )));
    assert!(blocks.contains(&Block::Numbered(
        20,
        "Kankaanpään kaupungille ja muille hakemuksessa mainituille kunnille enintään 131\u{a0}700 euroa, \
         Pohjois-Satakunnan digitalisaatiohankkeeseen."
            .into()
    )));
    // Each group's heading and conditions come before its grants.
    let heading = |name: &str| blocks.iter().position(|b| *b == Block::Heading(name.into())).unwrap();
    let first = |n: usize| {
        blocks
            .iter()
            .position(|b| matches!(b, Block::Numbered(m, _) if *m == n))
            .unwrap()
    };
    assert!(heading(GROUP_1) < first(1) && first(13) < heading(GROUP_2) && heading(GROUP_2) < first(14));
    assert!(
        matches!(&blocks[heading(GROUP_1) + 1], Block::Paragraph(c) if c.starts_with("Valtiovarainministeriön myöntämän avustuksen ehtona seuraaville kunnille on osallistua"))
    );
    // A grant's own condition after it (the decision's 13th).
    assert!(numbered[12].1.ends_with(&format!("424 700 euroa, Asiakaslähtöinen toteutus tapahtuma-, harrastus- ja koulutusdatan hallinnoimiselle ja tarjoamiselle kohderyhmälähtöisissä näkymissä -hankkeeseen, {TURKU}")));

    // The deferred, as the decision lists them.
    let deferred: Vec<String> = blocks
        .iter()
        .skip_while(|b| **b != Block::Heading("Jatkoselvitystä edellyttävät hankkeet".into()))
        .filter_map(|b| match b {
            Block::Numbered(_, text) => Some(text.split(", ").next().unwrap().to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(
        deferred,
        [
            "Espoon kaupunki",
            "Etelä-Karjalan sosiaali- ja terveydenhuollon kuntayhtymä",
            "Helsingin kaupunki",
            "Kuopion kaupunki",
            "Paimion kaupunki",
            "Tampereen kaupunki"
        ]
    );
    assert!(blocks.contains(&Block::Paragraph(
        "Myönnettävien avustusten kokonaismäärä on 8\u{a0}268\u{a0}000 euroa.".into()
    )));
    // The appendix: every application, the total requested.
    let Some(Block::Appendix { rows, total }) = blocks.last() else {
        panic!("no appendix")
    };
    assert_eq!(rows.len(), 51);
    assert_eq!(plain(total), "24 574 065,00 €");
    assert_eq!(rows[0][0], "Espoo (Tampere)");
}

#[test]
fn the_decision_list_opens_in_finnish_excel() {
    let p = proposal_2019();
    let a = analyse(&p);
    let h = hakemus::domain::reviewer::decision::CsvHeadings {
        rank: "Sija",
        score: "Pisteet",
        lead: "Hakija",
        partners: "Osatoteuttajat",
        project: "Hanke",
        requested: "Haettu",
        status: "Esitys",
        granted: "Enintään",
        group: "Ryhmä",
        reason: "Perustelu",
        fingerprint: "Sormenjälki",
        total: "Yhteensä",
    };
    let csv = hakemus::domain::reviewer::decision::csv(&p, &a, &h, |s| {
        hakemus::i18n::decision::status(Lang::Fi, s).to_string()
    });
    assert!(csv.starts_with('\u{FEFF}'));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 54, "heading, 52 applications (one withdrawn), total");
    assert!(
        lines[52].contains(";Peruttu yhteishanke;99000,00;Hakija perui hakemuksen;"),
        "{}",
        lines[52]
    );
    assert!(lines
        .iter()
        .any(|l| l.contains(";Kiuruvesi;") && l.contains(";181520,00;Myönnetään;181500,00;")));
    assert_eq!(lines[53], "Yhteensä;;;;;24574065,00;;8268000,00;;;");
}

#[test]
fn the_proposal_file_round_trips_and_its_schema_is_committed() {
    let mut p = proposal_2019();
    p.entries[3].amount = "12 5OO".into(); // typed, not an amount: kept
    let text = to_json(&export(&p, "2020-02-26T10:00:00Z"));
    assert!(text.contains("\"181500.00\""), "amounts as files write them");
    assert!(text.contains("\"proposal.entries[3].amount\": \"12 5OO\""));
    let back = import(text.as_bytes(), Lang::Fi).unwrap();
    assert!(back.proposal == p, "exported and imported: equal");

    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/hakemus-decision.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, schema()).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        schema(),
        "run UPDATE_SCHEMA=1 cargo test --test decision"
    );
    assert_eq!(SCHEMA_JSON, schema());
}

#[test]
fn a_proposal_file_is_read_strictly() {
    let p = proposal_2019();
    let good = to_json(&export(&p, "2020-02-26T10:00:00Z"));
    let refused = |text: &str| import(text.as_bytes(), Lang::Fi).unwrap_err();
    let fp0 = &p.entries[0].application.fingerprint;
    let fp1 = &p.entries[1].application.fingerprint;

    let twice = good.replacen(fp1, fp0, 1);
    assert_eq!(
        refused(&twice).path.as_deref(),
        Some("proposal.entries[1].application.fingerprint")
    );
    let newer = good.replacen("\"schema_version\": 3", "\"schema_version\": 4", 1);
    assert!(matches!(
        refused(&newer).problem,
        ReadProblem::NewerVersion { found: 4, reads: 3 }
    ));
    // Version 1 knew nothing of calls, maxima, errors or withdrawals per application.
    let old_with_new = good.replacen("\"schema_version\": 3", "\"schema_version\": 1", 1);
    assert_eq!(
        refused(&old_with_new).path.as_deref(),
        Some("proposal.entries[0].application.call")
    );
    let unknown_group = good.replacen("\"group\": \"g1\"", "\"group\": \"g9\"", 1);
    assert!(refused(&unknown_group).path.unwrap().ends_with(".group"));
    let bad_amount = good.replacen("\"181500.00\"", "\"181 500\"", 1);
    assert!(matches!(refused(&bad_amount).problem, ReadProblem::NotAnAmount { .. }));
    let extra = good.replacen("\"step\"", "\"stepp\": 1, \"step\"", 1);
    assert!(refused(&extra).path.is_some());
    let application = to_json(&export(&p, "x")).replacen("hakemus-decision", "hakemus-review", 1);
    assert!(matches!(
        refused(&application).problem,
        ReadProblem::NotAnExport {
            expected: "hakemus-decision"
        }
    ));
}

#[test]
fn the_rules_of_a_proposal() {
    let mut p = proposal_2019();
    let kiuru = kiuruvesi(&p);

    // At most the amount requested.
    p.entries[kiuru].amount = "181 600".into();
    let a = analyse(&p);
    assert!(a
        .at(kiuru, EntryField::Amount)
        .any(|f| matches!(f.problem, Problem::AboveRequested { .. })));
    // On the step chosen: a warning only.
    p.entries[kiuru].amount = "181 520".into();
    let a = analyse(&p);
    let f: Vec<_> = a.at(kiuru, EntryField::Amount).collect();
    assert!(matches!(f[..], [f] if f.problem == Problem::NotOnStep { step: Step::Hundred }));
    p.step = Step::Euro;
    assert_eq!(analyse(&p).at(kiuru, EntryField::Amount).count(), 0);
    assert_eq!(
        default_amount(Money::parse("507 322,50").unwrap(), Step::Hundred),
        Money::parse("507 300").ok()
    );
    assert_eq!(
        default_amount(Money::parse("507 322,50").unwrap(), Step::Cent),
        Money::parse("507 322,50").ok()
    );

    // The appropriation: exceeding it is an error, and the totals say by how much.
    p.appropriation = "8 000 000".into();
    let a = analyse(&p);
    assert!(a.findings.iter().any(|f| f.place == Place::Appropriation
        && f.problem
            == Problem::OverAppropriation {
                over: Money::parse("268 020").unwrap()
            }));
    assert_eq!(
        a.totals.left,
        Some(Money::ZERO.checked_sub(Money::parse("268 020").unwrap()).unwrap())
    );
    p.appropriation = "kolmekymmentä".into();
    assert!(analyse(&p)
        .findings
        .iter()
        .any(|f| f.problem == Problem::AppropriationFormat));
}

#[test]
fn departing_from_the_ranking_asks_for_a_reason() {
    let mut p = proposal_2019();
    let means: BTreeMap<String, Option<Decimal>> = p
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.application.fingerprint.clone(), Some(Decimal::from(100 - i as i64))))
        .collect();
    sync(&mut p, &[], &means);
    let a = analyse(&p);
    // Ranked by mean: the first row of the appendix has the highest mean here.
    assert_eq!(a.order[0], 0);
    assert_eq!(a.rank[0], Some(1));
    // Espoo (deferred, mean 100) and others passed over while lower-ranked ones are granted.
    let ylivieska = 50; // refused, the lowest mean: below every grant, no reason needed
                        // A deferral takes the decision's own words as its reason: no departure is unexplained.
    assert_eq!(a.at(0, EntryField::Reason).count(), 0);
    p.entries[0].reason.clear();
    let a = analyse(&p);
    let espoo_reason: Vec<_> = a.at(0, EntryField::Reason).collect();
    assert_eq!(espoo_reason.len(), 1);
    assert_eq!(a.at(ylivieska, EntryField::Reason).count(), 0);
    p.entries[0].reason = "Jatkoselvitys: kustannusarvio tarkennettava.".into();
    assert_eq!(analyse(&p).at(0, EntryField::Reason).count(), 0);
}

/// `hakemus-check` on the proposal's file (named `name`): its exit status and what it printed.
fn check_file(p: &Proposal, name: &str) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("hakemus-check-decision-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, to_json(&export(p, "2020-02-26T10:00:00Z"))).unwrap();
    common::hakemus_check(&[file.to_str().unwrap()])
}

/// What `hakemus-check` said of the proposal's file (named `name`), which it failed (status 1).
fn failed_check(p: &Proposal, name: &str) -> String {
    let (code, out) = check_file(p, name);
    assert_eq!(code, 1, "{out}");
    out
}

/// Kiuruvesi's entry (Appendix 1: "Sähköiset lomakkeet …", granted 181 500 €).
fn kiuruvesi(p: &Proposal) -> usize {
    p.entries
        .iter()
        .position(|e| e.application.lead == "Kiuruvesi")
        .unwrap()
}

/// Kiuruvesi's application as it arrived.
fn kiuruvesi_application() -> RawDraft {
    let (lead, partners, project, requested, _) = APPENDIX[22];
    assert_eq!(lead, "Kiuruvesi");
    application(lead, partners, project, requested)
}

/// The decision for one grant, for its lead: Kiuruvesi's entry alone, with its group and the group's
/// conditions, nothing of the other applications, read back by the same strict reader.
#[test]
fn a_decision_for_one_grant_carries_that_grant_alone() {
    let p = proposal_2019();
    let kiuru = &p.entries[kiuruvesi(&p)];
    let fp = kiuru.application.fingerprint.clone();
    let one = extract(&p, &fp).expect("Kiuruvesi is in the decision");
    assert_eq!(one.entries, vec![kiuru.clone()]);
    assert_eq!(one.entries[0].amount, "181 500,00");
    assert_eq!(one.entries[0].status, Status::Grant);
    assert!(!kiuru.group.is_empty());
    assert_eq!(one.groups.len(), 1);
    assert_eq!(one.groups[0].id, kiuru.group);
    assert!(!one.groups[0].conditions.is_empty());
    assert_eq!(
        (one.call.as_str(), one.appropriation.as_str()),
        (p.call.as_str(), p.appropriation.as_str())
    );
    let text = to_json(&export(&one, "2020-02-26T10:00:00Z"));
    assert!(
        !text.contains("Siilinjärvi"),
        "another application's lead is in the extract"
    );
    let back = import(text.as_bytes(), Lang::Fi).expect("the extract reads as a decision");
    assert_eq!(back.proposal.entries.len(), 1);
    assert_eq!(extract(&p, &"0".repeat(64)), None);
    assert_eq!(
        extract_file_name("Sähköiset lomakkeet ja palvelut", "2020-02-26"),
        "paatosote-sahkoiset-lomakkeet-ja-palvelut-2020-02-26.json"
    );
    assert_eq!(extract_file_name("", "2020-02-26"), "paatosote-2020-02-26.json");
}

#[test]
fn hakemus_check_reads_a_proposal() {
    let mut p = proposal_2019();
    let (code, out) = check_file(&p, "good");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");

    let kiuru = kiuruvesi(&p);
    p.entries[kiuru].amount = "190 000".into();
    let out = failed_check(&p, "bad");
    assert!(
        out.contains(&format!(
            "proposal.entries[{kiuru}].amount: The amount is above the €181,520.00 requested."
        )),
        "{out}"
    );
}

/// The printed decision is the whole of decision 004, in its order: every paragraph, heading and
/// list item of its body (from "Taustaa" to the appeal and the signatures) is printed, and each
/// block printed that is not a grant or a deferral (which `the_2019_decision_is_reproduced` reads)
/// is the decision's own text, in the decision's order — the applications received ("saapui 52.
/// Yksi hanke perui …") and the total written from the proposal among them.
#[test]
fn the_printed_decision_is_the_whole_of_004_in_its_order() {
    let p = proposal_2019();
    let a = analyse(&p);
    let blocks = document(Lang::Fi, &p, &printed(&p, &a));
    let seed = plain(SEED);
    // The texts printed, in order, that are the decision's own.
    let mut texts: Vec<String> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        match b {
            Block::Title(t) | Block::Date(t) | Block::Paragraph(t) => texts.push(plain(t)),
            Block::Heading(t) if !matches!(blocks.get(i + 1), Some(Block::Appendix { .. })) => texts.push(plain(t)),
            Block::List(v) | Block::NumberedList(v) => texts.extend(v.iter().map(|t| plain(t))),
            Block::Signatures(v) => texts.extend(v.iter().flat_map(|(n, t)| [n.clone(), t.clone()])),
            _ => {}
        }
    }
    let mut from = 0;
    for t in &texts {
        let Some(at) = seed[from..].find(t.as_str()) else {
            panic!("not in decision 004 after what was printed before it:\n  {t}")
        };
        from += at + t.len();
    }
    assert!(texts.contains(
        &"Ministeriön ilmoittamaan määräaikaan 19.12.2019 mennessä avustushakemuksia saapui 52. Yksi hanke perui myöhemmin hakemuksensa. Haettu avustusmäärä saapuneissa hakemuksissa oli yhteensä 24 574 065 euroa. Luettelo avustusta hakeneista kunnista, hankkeista sekä haetuista summista on päätöksen liitteenä 1."
            .to_string()
    ));
    // Nothing of the body is left out: each line of the decision from its background to its
    // signatures is printed (the grants and the deferred as numbered entries, read elsewhere).
    let body: Vec<&str> = SEED
        .lines()
        .skip_while(|l| l.trim() != "Taustaa")
        .take_while(|l| !l.starts_with("Hakijakunta / hankehallinnoija"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .filter(|l| l.split_once(". ").is_none_or(|(n, _)| n.parse::<usize>().is_err()))
        .collect();
    assert!(body.len() > 50);
    for line in body {
        let line = plain(line);
        let line = line.trim_start_matches("- ");
        let line = match line.split_once(") ") {
            Some((n, rest)) if n.parse::<usize>().is_ok() => rest,
            _ => line,
        };
        assert!(
            texts.iter().any(|t| t == line),
            "decision 004's line not printed:\n  {line}"
        );
    }
    // The refusal in full, and the appeal.
    assert!(texts.iter().any(|t| t.starts_with(
        "Muille avustusta hakeneille kunnille ei kokonaisvaltaisen harkinnan perusteella myönnetä avustusta. Ne hankkeet, joille avustusta myönnetään"
    )));
    assert!(texts
        .iter()
        .any(|t| t.contains("hakea oikaisua 30 päivän kuluessa päätöksen tiedoksisaannista")));
    // The appendix lists the 51 that stayed, not the one withdrawn.
    let Some(Block::Appendix { rows, .. }) = blocks.last() else {
        panic!("no appendix")
    };
    assert_eq!(rows.len(), 51);
    assert!(!rows.iter().any(|r| r[1] == "Peruttu yhteishanke"));
    // In Swedish and English too, every passage is there (not the Finnish).
    for lang in [Lang::Sv, Lang::En] {
        let other = document(lang, &p, &printed(&p, &a));
        assert_eq!(other.len(), blocks.len());
        assert!(other
            .iter()
            .all(|b| !matches!(b, Block::Heading(h) if h == "Muutoksenhaku")));
    }
}

/// A proposal decides one call: an application of the other call is not ranked or counted in it,
/// and is kept where a file of version 1 had mixed them.
#[test]
fn a_proposal_is_for_one_call() {
    let mut p = proposal_2019();
    let mut call_1 = application("Kuopio", "", "Talouden tiedolla johtaminen", "50000.00");
    call_1.call = "vm-2019-tiedolla-johtaminen".into();
    let fp = fingerprint(&call_1);
    let other = applied(&fp, &call_1, &analyse_draft(&call_1));
    assert_eq!(other.call, "vm-2019-tiedolla-johtaminen");
    // Not added by the applications open now.
    let before = p.entries.len();
    sync(&mut p, std::slice::from_ref(&other), &BTreeMap::new());
    assert_eq!(p.entries.len(), before);
    // An entry of the other call (as a mixed proposal of version 1 had it) is set apart, unranked.
    let mut means: BTreeMap<String, Option<Decimal>> = BTreeMap::new();
    means.insert(fp.clone(), Some(Decimal::from(39)));
    p.entries.push(hakemus::domain::formats::decision::Entry {
        application: other,
        status: Status::Grant,
        amount: "50 000".into(),
        ..Default::default()
    });
    sync(&mut p, &[], &means);
    let a = analyse(&p);
    let i = p.entries.len() - 1;
    assert_eq!(a.apart, vec![i]);
    assert!(!a.order.contains(&i));
    assert_eq!(a.rank[i], None);
    assert_eq!(a.totals.granted, Money::parse("8 268 000").unwrap(), "not counted");
    assert_eq!(a.totals.grants, 27);
    assert!(!printed(&p, &a).appendix.contains(&i));
}

/// A grant is at most the lower of the request and the application's own 85 % maximum: one cent
/// over the maximum is an error on the page and in `hakemus-check`, from the proposal file alone.
#[test]
fn a_grant_one_cent_over_the_85_percent_maximum_is_an_error() {
    let mut p = proposal_2019();
    let kiuru = kiuruvesi(&p);
    // The application asks for more than its costs allow: 85 % of 200 000,00 is 170 000,00.
    let mut d = kiuruvesi_application();
    d.budget.lines[0].amount = "200 000,00".into();
    let fp = fingerprint(&d);
    let over = applied(&fp, &d, &analyse_draft(&d));
    assert_eq!(over.maximum, "170000.00");
    assert_eq!(over.requested, "181520.00");
    assert_eq!(over.errors.len(), 1, "the request over 85 % is the application's error");
    assert_eq!(over.errors[0].rule, "grant-max-share");
    p.entries[kiuru].application = over;
    p.entries[kiuru].amount = String::new();
    p.entries[kiuru].status = Status::Open;
    grant(&mut p, kiuru, Lang::Fi);
    assert_eq!(
        p.entries[kiuru].amount, "170 000,00",
        "the default: the lower, rounded down"
    );
    assert_eq!(analyse(&p).errors().count(), 0, "at most the maximum: within the call");
    p.step = Step::Cent;
    p.entries[kiuru].amount = "170 000,01".into();
    let a = analyse(&p);
    let found: Vec<_> = a.at(kiuru, EntryField::Amount).map(|f| f.problem.clone()).collect();
    assert_eq!(
        found,
        [Problem::AboveMaximum {
            maximum: Money::parse("170 000").unwrap()
        }]
    );

    let out = failed_check(&p, "over");
    assert!(
        out.contains(&format!(
            "proposal.entries[{kiuru}].amount: The amount is above the application's maximum grant of €170,000.00"
        )),
        "{out}"
    );
}

/// An application with errors of its own is shown with them, and a grant to it is flagged.
#[test]
fn a_grant_to_an_application_with_errors_is_flagged() {
    let mut p = proposal_2019();
    let kiuru = kiuruvesi(&p);
    let mut d = kiuruvesi_application();
    d.exclusions
        .insert("social-and-health-care".into(), hakemus::domain::draft::YesNo::Yes);
    let fp = fingerprint(&d);
    p.entries[kiuru].application = applied(&fp, &d, &analyse_draft(&d));
    let a = analyse(&p);
    let flagged: Vec<_> = a.at(kiuru, EntryField::Status).collect();
    assert!(
        matches!(&flagged[..], [f] if f.problem == Problem::ApplicationErrors { rules: vec!["not-excluded".into()] }),
        "{flagged:?}"
    );
    // Refused, it is no longer flagged.
    p.entries[kiuru].status = Status::Refuse;
    assert_eq!(analyse(&p).at(kiuru, EntryField::Status).count(), 0);
}

/// What is already granted from the shared appropriation counts against it.
#[test]
fn what_is_already_granted_counts_against_the_appropriation() {
    let mut p = proposal_2019();
    p.granted_before = "21 732 000".into();
    let a = analyse(&p);
    assert_eq!(a.totals.left, Some(Money::ZERO));
    assert_eq!(a.errors().count(), 0);
    p.granted_before = "21 732 000,01".into();
    let a = analyse(&p);
    assert!(a.findings.iter().any(|f| f.problem
        == Problem::OverAppropriation {
            over: Money::parse("0,01").unwrap()
        }));
    p.granted_before = "paljon".into();
    assert!(analyse(&p).findings.iter().any(|f| f.place == Place::GrantedBefore));
    // Written in the file, read back.
    p.granted_before = "1 000 000".into();
    let back = import(to_json(&export(&p, "x")).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.proposal.granted_before, "1 000 000,00");
}

/// A proposal file of version 1 (before calls, maxima and errors per application) still opens,
/// with every decision kept; its grants are then not checked against a maximum it does not know.
#[test]
fn a_proposal_file_of_version_1_opens() {
    let p = proposal_2019();
    let mut value: serde_json::Value = serde_json::from_str(&to_json(&export(&p, "2020-02-26T10:00:00Z"))).unwrap();
    value["schema_version"] = 1.into();
    for e in value["proposal"]["entries"].as_array_mut().unwrap() {
        let a = e["application"].as_object_mut().unwrap();
        a.remove("call");
        a.remove("maximum");
        a.remove("errors");
    }
    value["proposal"]["entries"].as_array_mut().unwrap().pop(); // the withdrawn: version 2
    let text = serde_json::to_string_pretty(&value).unwrap();
    let old = import(text.as_bytes(), Lang::Fi).unwrap().proposal;
    assert_eq!(old.entries.len(), 51);
    assert!(old
        .entries
        .iter()
        .zip(&p.entries)
        .all(|(o, n)| o.status == n.status && o.amount == n.amount && o.reason == n.reason && o.group == n.group));
    let a = analyse(&old);
    assert_eq!(a.totals.granted, Money::parse("8 268 000").unwrap());
    assert_eq!(a.errors().count(), 0);
    assert!(a.findings.iter().all(|f| f.problem == Problem::MaximumUnknown));
    // Opened in the reviewer's view again, the applications bring their maxima back.
    let mut synced = old.clone();
    let open: Vec<_> = applications()
        .iter()
        .map(|(fp, d)| applied(fp, d, &analyse_draft(d)))
        .take(51)
        .collect();
    sync(&mut synced, &open, &BTreeMap::new());
    assert!(analyse(&synced).findings.is_empty());
}

/// A project named in Swedish only is named so in the decision (Pargas, "Den it-smarta kommunen").
#[test]
fn a_swedish_only_name_is_printed() {
    let mut d = application("Pargas", "Kimitoön", "", "75820.00");
    d.project.name_sv = "Den it-smarta kommunen".into();
    let a = applied(&fingerprint(&d), &d, &analyse_draft(&d));
    assert_eq!(a.project, "Den it-smarta kommunen");
    assert!(a.errors.is_empty(), "{:?}", a.errors);
}

/// Issue 28, item 3: the printed decision shows only what the checks accept. A grant above what the
/// application may get is flagged and not printed (nor in the printed total); an entry whose
/// application is not open here (a file naming a stranger) is listed apart: in no total, no
/// ranking and not printed, whatever municipality the file names.
#[test]
fn the_print_shows_only_what_the_checks_accept() {
    let mut p = proposal_2019();
    let kiuru = kiuruvesi(&p);
    let everything = analyse(&p);
    let before = printed(&p, &everything);
    assert!(before.withheld.is_empty());
    let grants = |pr: &hakemus::domain::reviewer::decision::Printed| -> Vec<usize> {
        pr.sections
            .iter()
            .flat_map(|s| s.grants.iter().map(|g| g.entry))
            .collect()
    };
    assert!(grants(&before).contains(&kiuru));

    // Far above the request: flagged on the page, left out of the print and its total.
    p.entries[kiuru].amount = "999 999 999 999,99".into();
    let a = analyse(&p);
    assert!(a
        .at(kiuru, EntryField::Amount)
        .any(|f| matches!(f.problem, Problem::AboveRequested { .. })));
    let pr = printed(&p, &a);
    assert_eq!(pr.withheld, [kiuru]);
    assert!(!grants(&pr).contains(&kiuru));
    assert_eq!(
        pr.total,
        before.total.checked_sub(Money::parse("181 500").unwrap()).unwrap()
    );
    let text: String = document(Lang::Fi, &p, &pr)
        .into_iter()
        .map(|b| format!("{b:?}"))
        .collect();
    assert!(!text.contains("999 999 999 999,99"), "{text}");
    // The grants are numbered through without it.
    let numbers: Vec<usize> = pr
        .sections
        .iter()
        .flat_map(|s| s.grants.iter().map(|g| g.number))
        .collect();
    assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());

    // Kiuruvesi's application not open here: apart, in no total, not printed.
    p.entries[kiuru].amount = "181 500".into();
    let stranger = p.entries[kiuru].application.fingerprint.clone();
    let a = analyse_open(&p, &|fp| fp != stranger);
    assert_eq!(a.not_open, [kiuru]);
    assert!(!a.order.contains(&kiuru));
    assert_eq!(a.rank[kiuru], None);
    assert_eq!(a.totals.arrived, everything.totals.arrived - 1);
    assert_eq!(
        a.totals.requested,
        everything
            .totals
            .requested
            .checked_sub(Money::parse("181 520").unwrap())
            .unwrap()
    );
    assert_eq!(
        a.totals.granted,
        everything
            .totals
            .granted
            .checked_sub(Money::parse("181 500").unwrap())
            .unwrap()
    );
    let pr = printed(&p, &a);
    assert!(!grants(&pr).contains(&kiuru));
    assert!(!pr.appendix.contains(&kiuru));
    assert!(pr.withheld.is_empty());
    // From the file alone (hakemus-check) every entry counts as open, as before.
    assert_eq!(analyse(&p), analyse_open(&p, &|_| true));
}

// ---- The second decision on the deferred (docs/rules.md §12.1) ---------------------------------

/// The six deferred are decided anew after further clarification: a proposal of the same call and
/// appropriation, knowing that the first decision granted 8 268 000 €, its entries the six, open,
/// one of them (Espoo's eVaka, clarified to ask 3 000 000 € instead of 3 400 000 €) naming its
/// clarified version and keeping the original's fingerprint.
#[test]
fn the_second_decision_decides_the_deferred_knowing_what_the_first_granted() {
    use hakemus::domain::reviewer::clarification::{granted_by, second_proposal};
    let first = proposal_2019();
    assert_eq!(granted_by(&first), Money::parse("8 268 000").unwrap());
    let (lead, partners, project, _, _) = APPENDIX[0];
    let espoo = first.entry(&applications()[0].0).unwrap();
    assert_eq!(first.entries[espoo].status, Status::Defer);
    let revised = application(lead, partners, project, "3000000.00");
    let clarified_fp = fingerprint(&revised);
    let clarified = BTreeMap::from([(
        first.entries[espoo].application.fingerprint.clone(),
        applied(&clarified_fp, &revised, &analyse_draft(&revised)),
    )]);

    let mut second = second_proposal(&first, &clarified, Lang::Fi);
    assert_eq!(
        (second.call.as_str(), &second.appropriation),
        (CALL, &first.appropriation)
    );
    assert_eq!(second.entries.len(), 6);
    assert!(second
        .entries
        .iter()
        .all(|e| e.status == Status::Open && e.amount.is_empty()));
    let e = second.entries[second.entry(&clarified_fp).unwrap()].clone();
    assert_eq!(e.application.original, first.entries[espoo].application.fingerprint);
    assert_eq!(e.application.requested, "3000000.00");
    let unclarified = second
        .entries
        .iter()
        .filter(|e| e.application.original.is_empty())
        .count();
    assert_eq!(unclarified, 5, "the others as the first decision named them");

    // Grant Espoo's clarified request and Paimio's, refuse the other four.
    let paimio = &applications()[33].0;
    assert_eq!(APPENDIX[33].0, "Paimio");
    for i in 0..second.entries.len() {
        let fp = second.entries[i].application.fingerprint.clone();
        if fp == clarified_fp || fp == *paimio {
            grant(&mut second, i, Lang::Fi);
        } else {
            second.entries[i].status = Status::Refuse;
        }
    }
    let a = analyse(&second);
    assert_eq!(a.errors().count(), 0, "{:?}", a.findings);
    let t = a.totals;
    assert_eq!((t.grants, t.refused, t.deferred, t.open), (2, 4, 0, 0));
    assert_eq!(
        t.granted_before,
        Money::parse("8 268 000,00").unwrap(),
        "what the first granted"
    );
    // 3 000 000,00 + 125 000,00 = 3 125 000,00
    assert_eq!(t.granted, Money::parse("3 125 000,00").unwrap());
    // 30 000 000,00 − 8 268 000,00 − 3 125 000,00 = 18 607 000,00
    assert_eq!(t.left, Some(Money::parse("18 607 000,00").unwrap()));
    assert_eq!(printed(&second, &a).total, Money::parse("3 125 000").unwrap());

    // Its file (version 3) carries both fingerprints and reads back equal; a file of version 2
    // knew no `original`.
    let text = to_json(&export(&second, "2020-05-20T10:00:00Z"));
    assert!(text.contains("\"schema_version\": 3"));
    assert!(text.contains(&format!("\"original\": \"{}\"", e.application.original)));
    assert_eq!(import(text.as_bytes(), Lang::Fi).unwrap().proposal, second);
    let as_2 = text.replacen("\"schema_version\": 3", "\"schema_version\": 2", 1);
    let refused = import(as_2.as_bytes(), Lang::Fi).unwrap_err();
    assert!(refused.path.unwrap().ends_with("application.original"));
    assert!(matches!(refused.problem, ReadProblem::UnknownField));

    // The follow-up takes its file: its two grants, Espoo's by the clarified version it decided.
    let follow = hakemus::domain::formats::follow_up::from_decision(&export(&second, "2020-05-20T10:00:00Z"));
    let mut granted: Vec<(&str, &str)> = follow
        .iter()
        .map(|g| (g.fingerprint.as_str(), g.granted.amount.as_str()))
        .collect();
    granted.sort();
    let mut expected = vec![(clarified_fp.as_str(), "3000000.00"), (paimio.as_str(), "125000.00")];
    expected.sort();
    assert_eq!(granted, expected);

    // Printed (docs/rules.md §12.1.8, ours): its own title, what the first decision (26.2.2020)
    // decided and granted, the two grants numbered, the four refused by name, the total; nothing
    // of the first decision's grants.
    use hakemus::i18n::decision::{second_document, FirstDecision};
    let before = FirstDecision {
        date: Some(time::macros::date!(2020 - 02 - 26)),
        granted: granted_by(&first),
    };
    let blocks = second_document(Lang::Fi, &second, &printed(&second, &a), &before);
    assert_eq!(
        blocks[0],
        Block::Title("Päätös jatkoselvitystä edellyttäneistä hankkeista".into())
    );
    // Amounts with plain spaces (the decision groups thousands with no-break spaces).
    let plain = |t: &str| t.replace('\u{a0}', " ");
    let Block::Paragraph(opening) = &blocks[1] else {
        panic!("{blocks:?}")
    };
    let opening = plain(opening);
    assert!(
        opening.contains("26.2.2020") && opening.contains("yhteensä 8 268 000 euroa"),
        "{opening}"
    );
    let numbered: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Numbered(_, t) => Some(plain(t)),
            _ => None,
        })
        .collect();
    assert_eq!(numbered.len(), 2, "{blocks:?}");
    assert!(numbered.iter().any(|t| t.contains("3 000 000 euroa")), "{numbered:?}");
    let lists: Vec<&Vec<String>> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(v) => Some(v),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 1, "the refused; none deferred again");
    assert_eq!(lists[0].len(), 4);
    let Some(Block::Paragraph(total)) = blocks.last() else {
        panic!("{blocks:?}")
    };
    assert_eq!(
        plain(total),
        "Myönnettävien avustusten kokonaismäärä on 3 125 000 euroa."
    );
    let first_grant = first
        .entries
        .iter()
        .find(|e| e.status == Status::Grant)
        .map(|e| e.application.project.clone())
        .unwrap();
    assert!(
        !format!("{blocks:?}").contains(&first_grant),
        "a grant of the first decision is not printed again"
    );
}

/// The deferred of the 2019 decision listed with their clarification: as the decision lists them (by
/// the lead's name), each with its latest request's state on the day given.
#[test]
fn the_deferred_are_listed_with_the_state_of_their_clarification() {
    use hakemus::domain::formats::clarification::{answer, read_answer, request, to_json as file_json, Asked};
    use hakemus::domain::reviewer::clarification::{deferred, receive, record_request, State};
    use time::macros::date;
    let first = proposal_2019();
    let apps = applications();
    let asked = |id: &str| Asked {
        id: id.into(),
        asked_at: "2020-03-16T09:00:00Z".into(),
        deadline: "2020-04-30".into(),
        questions: vec![],
        parts: vec!["budget".into()],
    };
    // Espoo (row 0) answered late; Paimio (row 33) asked and not answered.
    let espoo = request(asked("r1"), &apps[0].1);
    let paimio = request(asked("r2"), &apps[33].1);
    let mut record = Vec::new();
    record_request(&mut record, espoo.clone());
    record_request(&mut record, paimio);
    let (lead, partners, project, _, _) = APPENDIX[0];
    let revised = application(lead, partners, project, "3000000.00");
    let answered = answer(&espoo, &BTreeMap::new(), &revised, "2020-05-04T08:00:00Z");
    let answered = read_answer(file_json(&answered).as_bytes(), Lang::Fi).unwrap();
    receive(&mut record, &answered).unwrap();

    let rows = deferred(&first, &record, date!(2020 - 05 - 05));
    let leads: Vec<&str> = rows
        .iter()
        .map(|r| first.entries[r.entry].application.project.as_str())
        .collect();
    assert_eq!(rows.len(), 6, "{leads:?}");
    assert_eq!(
        rows[0].original, apps[0].0,
        "Espoo first, as the decision lists the deferred"
    );
    let espoo_row = rows[0].request.as_ref().unwrap();
    assert_eq!(
        espoo_row.state,
        State::AnsweredLate {
            on: date!(2020 - 05 - 04)
        }
    );
    assert_eq!(espoo_row.clarified.as_deref(), Some(fingerprint(&revised).as_str()));
    let paimio_row = rows.iter().find(|r| r.original == apps[33].0).unwrap();
    assert_eq!(paimio_row.request.as_ref().unwrap().state, State::Late);
    assert_eq!(
        rows.iter().filter(|r| r.request.is_none()).count(),
        4,
        "nothing asked yet"
    );
}
