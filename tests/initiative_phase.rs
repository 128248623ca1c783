//! The first phase end to end, natively (issue 29, "Done when"): four municipalities' browsers each
//! send a file — Kiuruvesi an initiative, Vieremä another on the same theme, Lapinlahti its interest
//! in Kiuruvesi's, Pielavesi its interest in the target only —; the ministry reads them all, sees
//! them in its table by target, joins the two initiatives at the workshop (and could undo it), prints
//! the workshop list and sends the candidate project's file to its lead; the lead opens it as an
//! application draft with the three municipalities of the group and the descriptions carried, fills
//! in the rest, and `hakemus-check` finds its export clean. The pages' side of the same way is
//! `tests/e2e/initiative-open.test.js` (the lead's drafts page).
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::formats::application;
use hakemus::domain::formats::initiative::{
    export_initiative, export_interest, export_joint_project, read_initiative, read_interest, read_joint_project,
    to_json,
};
use hakemus::domain::initiative::application::application_draft;
use hakemus::domain::initiative::model::{Description, RawInitiative, RawInterest};
use hakemus::domain::initiative::workshop::{candidates, table, CandidateKey, Workshop};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::questions::Question;
use hakemus::domain::vocabulary::targets::Target;

mod common;
use common::{initiative, interest};

const SENT: &str = "2019-09-04T12:00:00Z";
const AT: &str = "2019-09-27T15:00:00Z";
const CUSTOMER: &str = "customer-oriented-processes";

/// Each party's file as its browser exports it.
struct Sent {
    initiatives: Vec<String>,
    interests: Vec<String>,
}

fn four_browsers() -> Sent {
    let a = initiative("a", "Kiuruvesi", "Sähköiset lomakkeet", CUSTOMER);
    let mut c = initiative("c", "Vieremä", "Lomakkeiden käsittely", CUSTOMER);
    c.descriptions.cost_estimate = "noin 50 000".into();
    let x = interest("x-lapinlahti", "Lapinlahti", &[&a], &[]);
    let y = interest("x-pielavesi", "Pielavesi", &[], &[CUSTOMER]);
    Sent {
        initiatives: [&a, &c].map(|i| to_json(&export_initiative(i, SENT))).to_vec(),
        interests: [&x, &y].map(|x| to_json(&export_interest(x, SENT))).to_vec(),
    }
}

/// The ministry's browser: every file through its strict reader.
fn gathered(sent: &Sent) -> (Vec<RawInitiative>, Vec<RawInterest>) {
    let initiatives = sent
        .initiatives
        .iter()
        .map(|t| read_initiative(t.as_bytes(), Lang::Fi).unwrap().file.initiative)
        .collect();
    let interests = sent
        .interests
        .iter()
        .map(|t| read_interest(t.as_bytes()).unwrap().file.interest)
        .collect();
    (initiatives, interests)
}

#[test]
fn four_municipalities_files_become_one_application_that_passes_hakemus_check() {
    let (initiatives, interests) = gathered(&four_browsers());

    // The table: both initiatives under their target, each its own candidate; Lapinlahti
    // interested in Kiuruvesi's, Pielavesi a candidate under both for naming the target only.
    let before = table(&initiatives, &interests, &Workshop::default());
    let customer = before
        .groups
        .iter()
        .find(|g| g.target == Some(Target::ALL.into_iter().find(|t| t.id() == CUSTOMER).unwrap()))
        .unwrap();
    assert_eq!(customer.candidates.len(), 2);
    let first = &before.candidates[customer.candidates[0]];
    assert_eq!(first.key, CandidateKey::Initiative("a".into()));
    assert_eq!(
        first.project.counts(),
        (2, 3),
        "Kiuruvesi and Lapinlahti; Pielavesi a candidate"
    );
    let second = &before.candidates[customer.candidates[1]];
    assert_eq!(second.project.counts(), (1, 2), "Vieremä; Pielavesi a candidate");
    assert!(before.unplaced.is_empty());

    // The workshop joins them under Kiuruvesi's lead; undone, the two come back as they were.
    let mut w = Workshop::default();
    let join = w.join(&["a", "c"], "Kiuruvesi", "Lomakkeet yhdessä").unwrap();
    let joined = candidates(&initiatives, &interests, &w);
    assert_eq!(joined.len(), 1);
    let mut undone = w.clone();
    assert!(undone.undo(join));
    assert_eq!(candidates(&initiatives, &interests, &undone), before.candidates);
    let project = joined[0].project.clone();
    assert_eq!(project.counts(), (3, 4));

    // The printed workshop list: title, target, lead, proposers, everyone interested with their
    // contacts, and the five descriptions side by side.
    let sheet = project.sheet();
    assert_eq!(sheet.title, "Lomakkeet yhdessä");
    assert_eq!(sheet.targets.iter().map(|t| t.id()).collect::<Vec<_>>(), [CUSTOMER]);
    assert_eq!(sheet.lead.as_ref().unwrap().who.name(Lang::Fi), "Kiuruvesi");
    assert_eq!(
        sheet.proposers.iter().map(|m| m.who.name(Lang::Fi)).collect::<Vec<_>>(),
        ["Kiuruvesi", "Vieremä"]
    );
    assert_eq!(
        sheet
            .interested
            .iter()
            .map(|x| format!("{} {}", x.who.name(Lang::Fi), x.contact.email))
            .collect::<Vec<_>>(),
        ["Lapinlahti tieto@example.fi", "Pielavesi tieto@example.fi"]
    );
    assert_eq!(
        sheet.row(Description::Risks),
        [
            "Sähköiset lomakkeet: järjestelmätoimittajan aikataulu.",
            "Lomakkeiden käsittely: järjestelmätoimittajan aikataulu."
        ]
    );

    // The lead's file, and the lead's browser: a new draft of the group, the descriptions marked.
    let file = to_json(&export_joint_project(&project, AT));
    let opened = read_joint_project(file.as_bytes(), Lang::Fi).unwrap().file.project;
    let mut d = application_draft(&opened, &Lang::Fi);
    assert_eq!(d.project.name_fi, "Lomakkeet yhdessä");
    assert_eq!(d.targets, [CUSTOMER]);
    assert_eq!(
        d.applicants.iter().map(|a| a.municipality.as_str()).collect::<Vec<_>>(),
        ["Kiuruvesi", "Vieremä", "Lapinlahti"]
    );
    let goals = &d.answers[&Question::Goals.id()];
    assert!(
        goals.starts_with("Ehdotuksesta ”Sähköiset lomakkeet” (Kiuruvesi):\n"),
        "{goals}"
    );
    assert!(
        goals.contains("\n\nEhdotuksesta ”Lomakkeiden käsittely” (Vieremä):\n"),
        "{goals}"
    );
    assert!(d.answers[&Question::ImpactCosts.id()].contains("Arvio kustannuspotentiaalista: noin 50 000"));

    // Filled in with what the first phase cannot know: no errors, and its file passes the check.
    common::fill_in_the_rest(&mut d);
    let errors: Vec<_> = analyse(&d).errors().cloned().collect();
    assert_eq!(errors, []);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/initiative-phase");
    std::fs::create_dir_all(dir).unwrap();
    let path = format!("{dir}/lomakkeet-yhdessa.json");
    std::fs::write(&path, application::to_json(&application::export(&d, AT))).unwrap();
    let (status, out) = common::hakemus_check(&[&path]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("lomakkeet-yhdessa.json: 0 errors"), "{out}");
}
