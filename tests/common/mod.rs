//! Shared by the native integration tests: a complete, realistic joint application with no errors
//! (the same one the end-to-end test fills in through the interface).
#![allow(dead_code)]

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod grant;

use hakemus::domain::draft::{ApplicantKind, RawApplicant, RawDraft, RawIndicator, RawRisk, RawWorkPackage, YesNo};
use hakemus::domain::vocabulary::business_id::check_digit;
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::Money;

pub fn complete_application() -> RawDraft {
    let mut d = RawDraft::default();
    d.project.name_fi = "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun".into();
    d.project.summary = "Kuntien yhteiset sähköiset lomakkeet ja käsittelyprosessit.".into();
    d.project.start = "1.3.2020".into();
    d.project.end = "31.10.2021".into();
    let mut ids = Vec::new();
    for (municipality, business_id, role) in [
        ("Kiuruvesi", "0175542-1", ""),
        ("Iisalmi", "0175394-4", "Pilotointi"),
        ("Vieremä", "0201256-6", "Käyttöönotto"),
    ] {
        let id = d.add_applicant(ApplicantKind::Municipality);
        let a = d.applicant_mut(id).unwrap();
        a.municipality = municipality.into();
        a.business_id = business_id.into();
        a.contact_name = "Maija Meikäläinen".into();
        a.contact_email = "maija.meikalainen@example.fi".into();
        a.contact_phone = "040 123 4567".into();
        a.role = role.into();
        a.commitment = if role.is_empty() {
            String::new()
        } else {
            "Työpanos 0,5 htv ja omarahoitus".into()
        };
        ids.push(id);
    }
    d.targets = vec!["customer-oriented-processes".into()];
    let profile = call::by_id(&d.call).unwrap();
    for e in &profile.exclusions {
        d.exclusions.insert(e.exclusion.id().into(), YesNo::No);
    }
    d.municipal_task = true;
    d.lead_responsible = true;
    d.maturity_now = "2".into();
    d.maturity_target = "4".into();
    for q in &profile.questions {
        d.answers.insert(
            q.id(),
            "Kuvattu hankesuunnitelmassa; mitattavat tavoitteet seurannassa.".into(),
        );
    }
    let id = d.take_id();
    d.schedule.push(RawWorkPackage {
        id,
        name: "Nykytilan kartoitus".into(),
        start: "2020-03-01".into(),
        end: "31.8.2020".into(),
        responsible: ids[0].to_string(),
    });
    let line = d.add_line();
    let l = d.line_mut(line).unwrap();
    l.category = "personnel".into();
    l.description = "Projektipäällikkö".into();
    l.bearer = ids[0].to_string();
    l.year = "2020".into();
    l.amount = "213 552,95".into();
    l.vat_rate = "0".into();
    d.budget.requested_grant = "181 520,00".into();
    let id = d.take_id();
    d.risks.push(RawRisk {
        id,
        description: "Lomaketoimittajan aikataulu viivästyy".into(),
        likelihood: "3".into(),
        impact: "4".into(),
        mitigation: "Kilpailutus ajoissa".into(),
        owner: ids[1].to_string(),
    });
    let id = d.take_id();
    d.indicators.push(RawIndicator {
        id,
        name: "Sähköisesti saapuvien lomakkeiden osuus".into(),
        baseline: "10 %".into(),
        target: "80 %".into(),
        method: "Asianhallinnan raportti".into(),
        timing: "Neljännesvuosittain".into(),
    });
    d
}

/// A well-formed business ID of its own for each text: seven digits from the text, and the first
/// number from there up that has a check digit.
pub fn business_id_for(text: &str) -> String {
    let mut n = text
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 9_000_000;
    loop {
        let digits: Vec<u8> = format!("{n:07}").bytes().map(|b| b - b'0').collect();
        if let Some(c) = check_digit(&digits.clone().try_into().unwrap()) {
            return format!("{n:07}-{c}");
        }
        n += 1;
    }
}

/// Runs `hakemus-check --lang en` on `files`: its exit status and what it printed.
pub fn hakemus_check(files: &[&str]) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hakemus-check"))
        .args(["--lang", "en"])
        .args(files)
        .output()
        .unwrap();
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

/// An applicant as Appendix 1 names it: a municipality of the register (by its Finnish or Swedish
/// name) or a joint municipal authority.
#[derive(Clone, Copy)]
pub enum Who {
    Municipality(&'static str),
    Authority(&'static str),
}
pub use Who::{Authority as A, Municipality as M};

pub fn applicant(who: Who) -> RawApplicant {
    let (kind, name) = match who {
        M(n) => (ApplicantKind::Municipality, n),
        A(n) => (ApplicantKind::Authority, n),
    };
    RawApplicant {
        kind,
        municipality: if kind == ApplicantKind::Municipality {
            name.into()
        } else {
            String::new()
        },
        name: if kind == ApplicantKind::Authority {
            name.into()
        } else {
            String::new()
        },
        business_id: business_id_for(name),
        contact_name: "Maija Meikäläinen".into(),
        contact_email: "maija.meikalainen@example.fi".into(),
        contact_phone: "040 123 4567".into(),
        role: "Osatoteuttaja".into(),
        commitment: "Työpanos ja omarahoitus".into(),
        ..RawApplicant::default()
    }
}

/// The smallest eligible base for which `requested` is at most 85 %: requested / 0.85, up to the cent.
pub fn boundary_base(requested_cents: i64) -> i64 {
    (requested_cents * 100 + 84) / 85
}

/// The complete application with this composition, one cost line of `base_cents` borne by the lead,
/// and the grant requested.
pub fn composed(applicants: &[Who], requested_cents: i64, base_cents: i64) -> RawDraft {
    let mut d = complete_application();
    d.applicants.clear();
    for &who in applicants {
        let id = d.add_applicant(ApplicantKind::Municipality);
        *d.applicant_mut(id).unwrap() = RawApplicant { id, ..applicant(who) };
    }
    let lead = d.applicants[0].id.to_string();
    for p in &mut d.schedule {
        p.responsible = lead.clone();
    }
    for r in &mut d.risks {
        r.owner = lead.clone();
    }
    let line = &mut d.budget.lines[0];
    line.bearer = lead;
    line.amount = Money::from_cents(base_cents).format_input(Lang::Fi);
    d.budget.requested_grant = Money::from_cents(requested_cents).format_input(Lang::Fi);
    d
}

/// A complete initiative (every description, a contact, a target, new or drawn from earlier work):
/// one the rules of the first phase say nothing of when sent in time.
pub fn initiative(
    id: &str,
    municipality: &str,
    title: &str,
    target: &str,
) -> hakemus::domain::initiative::model::RawInitiative {
    use hakemus::domain::initiative::model::{Origin, RawContact, RawDescriptions, RawInitiative};
    RawInitiative {
        municipality: municipality.into(),
        contact: RawContact {
            name: format!("Yhteyshenkilö {municipality}"),
            email: "kirjaamo@example.fi".into(),
            phone: "040 123 4567".into(),
        },
        title: title.into(),
        targets: vec![target.into()],
        descriptions: RawDescriptions {
            ways_of_working: format!("{title}: asiointi siirtyy verkkoon ja käsittely nopeutuu."),
            goals: format!("{title}: yhteinen palvelu kaikille kunnille vuoteen 2021 mennessä."),
            significance: format!("{title}: jokainen kunta tarvitsee tätä; tulokset avoimesti muiden käyttöön."),
            cost_potential: format!("{title}: käsittelyaika puolittuu."),
            cost_estimate: "120 000".into(),
            risks: format!("{title}: järjestelmätoimittajan aikataulu."),
        },
        origin: Origin::Earlier,
        earlier_work: "Kuntaliiton lomakeselvitys 2018".into(),
        ..RawInitiative::new(id)
    }
}

/// Fills in what the first phase cannot know in a draft made of a candidate project, as the
/// complete application of the other tests has it: the summary and period, exclusions and
/// commitments, business IDs (and a contact where the first phase gave none), the partners' roles,
/// the questions no description answers, and a budget the lead bears. What was carried is kept.
pub fn fill_in_the_rest(d: &mut RawDraft) {
    let complete = complete_application();
    d.project.summary = complete.project.summary.clone();
    d.project.start = complete.project.start.clone();
    d.project.end = complete.project.end.clone();
    d.exclusions = complete.exclusions.clone();
    d.municipal_task = true;
    d.lead_responsible = true;
    for (k, a) in d.applicants.iter_mut().enumerate() {
        a.business_id = business_id_for(&a.municipality);
        if a.contact_name.is_empty() {
            a.contact_name = "Iida Iisalmi".into();
            a.contact_email = "iida@example.fi".into();
            a.contact_phone = "040 765 4321".into();
        }
        if k > 0 {
            a.role = "Pilotointi".into();
            a.commitment = "Työpanos 0,5 htv".into();
        }
    }
    for (q, text) in &complete.answers {
        d.answers.entry(q.clone()).or_insert_with(|| text.clone());
    }
    let lead = d.applicants[0].id;
    let line = d.add_line();
    let l = d.line_mut(line).unwrap();
    l.category = "personnel".into();
    l.description = "Projektipäällikkö".into();
    l.bearer = lead.to_string();
    l.year = "2020".into();
    l.amount = "100 000".into();
    l.vat_rate = "0".into();
    d.budget.requested_grant = "85 000".into();
}

/// A complete expression of interest of `municipality` in `initiatives` and `targets`.
pub fn interest(
    id: &str,
    municipality: &str,
    initiatives: &[&hakemus::domain::initiative::model::RawInitiative],
    targets: &[&str],
) -> hakemus::domain::initiative::model::RawInterest {
    use hakemus::domain::initiative::model::{RawContact, RawInterest};
    let mut x = RawInterest {
        municipality: municipality.into(),
        contact: RawContact {
            name: format!("Yhteyshenkilö {municipality}"),
            email: "tieto@example.fi".into(),
            phone: "+358 40 765 4321".into(),
        },
        targets: targets.iter().map(|t| t.to_string()).collect(),
        need: "Lomakkeet ovat yhä paperilla.".into(),
        ..RawInterest::new(id)
    };
    for i in initiatives {
        x.toggle_initiative(i);
    }
    x
}

/// A committed file (a schema, an example file) must be `text`, what this build writes; with the
/// environment variable `update` set, it is written first. `command` says how to write it again.
pub fn committed(path: &str, text: &str, update: &str, command: &str) {
    if std::env::var_os(update).is_some() {
        if let Some(dir) = std::path::Path::new(path).parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(path, text).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(on_disk == text, "{path} is stale: run `{update}=1 {command}`");
}
