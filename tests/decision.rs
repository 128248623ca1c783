//! The funding decision (docs/rules.md §9): the 2019 joint-projects decision (seed 004) reproduced
//! from the 51 applications of its Appendix 1 — 27 grants with the decision's amounts, 6 deferred,
//! the rest refused, 8 268 000 € granted of 24 574 065,00 € requested, printed in the decision's
//! order and words — and the proposal's rules and file.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawApplicant, RawDraft};
use hakemus::domain::formats::application::fingerprint;
use hakemus::domain::formats::decision::{export, import, schema, to_json, Proposal, Status, Step, SCHEMA_JSON};
use hakemus::domain::formats::reader::Problem as ReadProblem;
use hakemus::domain::reviewer::decision::{
    analyse, applied, default_amount, grant, printed, sync, EntryField, Place, Problem,
};
use hakemus::domain::rules::analysis::analyse as analyse_draft;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;
use hakemus::i18n::decision::{document, Block};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

mod common;

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

fn applicant(d: &mut RawDraft, who: &str) {
    let (kind, name) = match who.strip_prefix("A:") {
        Some(n) => (ApplicantKind::Authority, n),
        None => (ApplicantKind::Municipality, who),
    };
    let id = d.add_applicant(kind);
    let a = d.applicant_mut(id).unwrap();
    *a = RawApplicant {
        id,
        kind,
        ..RawApplicant::default()
    };
    match kind {
        ApplicantKind::Municipality => a.municipality = name.into(),
        ApplicantKind::Authority => a.name = name.into(),
    }
}

/// The 51 applications as opened by a reviewer: (fingerprint, draft).
fn applications() -> Vec<(String, RawDraft)> {
    APPENDIX
        .iter()
        .map(|&(lead, partners, project, requested, _)| {
            let mut d = RawDraft {
                call: CALL.into(),
                ..RawDraft::default()
            };
            applicant(&mut d, lead);
            for p in partners.split(", ") {
                applicant(&mut d, p);
            }
            d.project.name_fi = project.into();
            d.budget.requested_grant = Money::parse_exchange(requested).unwrap().format_input(Lang::Fi);
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
    for (i, row) in APPENDIX.iter().enumerate() {
        match row.4 {
            Defer => p.entries[i].status = Status::Defer,
            Refuse => p.entries[i].status = Status::Refuse,
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
    assert_eq!(p.entries.len(), 51);
    assert_eq!((t.grants, t.deferred, t.refused, t.open), (27, 6, 18, 0));
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
    assert_eq!(lines.len(), 53, "heading, 51 applications, total");
    assert!(lines
        .iter()
        .any(|l| l.contains(";Kiuruvesi;") && l.contains(";181520,00;Myönnetään;181500,00;")));
    assert_eq!(lines[52], "Yhteensä;;;;;24574065,00;;8268000,00;;;");
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
    let newer = good.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert!(matches!(
        refused(&newer).problem,
        ReadProblem::NewerVersion { found: 2, reads: 1 }
    ));
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
    let kiuru = p
        .entries
        .iter()
        .position(|e| e.application.lead == "Kiuruvesi")
        .unwrap();

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
    let espoo_reason: Vec<_> = a.at(0, EntryField::Reason).collect();
    assert_eq!(espoo_reason.len(), 1);
    assert_eq!(a.at(ylivieska, EntryField::Reason).count(), 0);
    p.entries[0].reason = "Jatkoselvitys: kustannusarvio tarkennettava.".into();
    assert_eq!(analyse(&p).at(0, EntryField::Reason).count(), 0);
}

#[test]
fn hakemus_check_reads_a_proposal() {
    let mut p = proposal_2019();
    let dir = std::env::temp_dir().join(format!("hakemus-check-decision-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(&good, to_json(&export(&p, "2020-02-26T10:00:00Z"))).unwrap();
    let (code, out) = common::hakemus_check(&[good.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");

    let kiuru = p
        .entries
        .iter()
        .position(|e| e.application.lead == "Kiuruvesi")
        .unwrap();
    p.entries[kiuru].amount = "190 000".into();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, to_json(&export(&p, "2020-02-26T10:00:00Z"))).unwrap();
    let (code, out) = common::hakemus_check(&[bad.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "proposal.entries[{kiuru}].amount: The amount is above the €181,520.00 requested."
        )),
        "{out}"
    );
}
