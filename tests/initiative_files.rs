//! The first phase's files (`hakemus-initiative`, `hakemus-interest`, `hakemus-joint-project`): the
//! committed schemas, round trips, strict reading with the place of every refusal, the whole way
//! from the municipalities' files through the workshop to the lead's application draft, and
//! `hakemus-check` on each.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::formats::initiative::{
    export_initiative, export_interest, export_joint_project, format_of, initiative_schema, interest_schema,
    joint_project_schema, read_initiative, read_interest, read_joint_project, to_json, INITIATIVE_SCHEMA_JSON,
    INTEREST_SCHEMA_JSON, JOINT_PROJECT_SCHEMA_JSON,
};
use hakemus::domain::formats::reader::{ImportError, Problem};
use hakemus::domain::initiative::application::application_draft;
use hakemus::domain::initiative::model::{Origin, RawInitiative};
use hakemus::domain::initiative::workshop::{candidates, JointProject, Workshop};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::vocabulary::locale::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};

mod common;
use common::{initiative, interest};

const SENT: &str = "2019-09-04T12:00:00Z";
const LATE: &str = "2019-09-09T08:00:00Z";
const AT: &str = "2019-09-30T10:00:00Z";
const CUSTOMER: &str = "customer-oriented-processes";

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        ("hakemus-initiative", initiative_schema(), INITIATIVE_SCHEMA_JSON),
        ("hakemus-interest", interest_schema(), INTEREST_SCHEMA_JSON),
        (
            "hakemus-joint-project",
            joint_project_schema(),
            JOINT_PROJECT_SCHEMA_JSON,
        ),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test initiative_files");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
        assert_eq!(schema["additionalProperties"], false);
    }
}

fn refused(result: Result<impl std::fmt::Debug, ImportError>) -> (Option<String>, Problem) {
    let e = result.unwrap_err();
    (e.path, e.problem)
}

#[test]
fn an_initiative_goes_out_and_comes_back_equal_with_its_estimate_exact() {
    let mut i = initiative("a", "Kiuruvesi", "Yhteiset lomakkeet", CUSTOMER);
    i.add_on_board();
    i.on_board[0].municipality = "Iisalmi".into();
    let file = export_initiative(&i, SENT);
    let v: Value = serde_json::from_str(&to_json(&file)).unwrap();
    assert_eq!(v["format"], "hakemus-initiative");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["exported_at"], SENT);
    assert_eq!(v["initiative"]["descriptions"]["cost_estimate"], "120000.00");
    assert_eq!(v["initiative"]["origin"], "earlier");
    assert_eq!(
        v["initiative"]["on_board"],
        json!([{"id": 1, "municipality": "Iisalmi"}])
    );
    assert!(v.get("unreadable").is_none());
    let back = read_initiative(to_json(&file).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.file.initiative.descriptions.cost_estimate, "120 000,00");
    assert_eq!(
        RawInitiative {
            descriptions: i.descriptions.clone(),
            ..back.file.initiative.clone()
        },
        i
    );
    assert_eq!(export_initiative(&back.file.initiative, SENT), file);
    let en = read_initiative(to_json(&file).as_bytes(), Lang::En).unwrap();
    assert_eq!(en.file.initiative.descriptions.cost_estimate, "120,000.00");
    // Not an amount yet: kept by its path, and back in its field.
    i.descriptions.cost_estimate = "noin 12,5O t€".into();
    let file = export_initiative(&i, SENT);
    assert_eq!(file.initiative.descriptions.cost_estimate, "");
    assert_eq!(
        file.unreadable
            .get("initiative.descriptions.cost_estimate")
            .map(String::as_str),
        Some("noin 12,5O t€")
    );
    let back = read_initiative(to_json(&file).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.file.initiative, i);
}

#[test]
fn an_interest_goes_out_and_comes_back_equal() {
    let a = initiative("a", "Kiuruvesi", "Yhteiset lomakkeet", CUSTOMER);
    let x = interest("x", "Lapinlahti", &[&a], &["knowledge-management"]);
    let file = export_interest(&x, SENT);
    let v: Value = serde_json::from_str(&to_json(&file)).unwrap();
    assert_eq!(v["format"], "hakemus-interest");
    assert_eq!(
        v["interest"]["initiatives"],
        json!([{"initiative": "a", "title": "Yhteiset lomakkeet"}])
    );
    let back = read_interest(to_json(&file).as_bytes()).unwrap();
    assert_eq!(back.file, file);
}

/// Every refusal names its place; a refusal is the whole file's (nothing half read).
#[test]
fn a_broken_file_is_refused_at_its_place() {
    let i = initiative("a", "Kiuruvesi", "Yhteiset lomakkeet", CUSTOMER);
    let good: Value = serde_json::to_value(export_initiative(&i, SENT)).unwrap();
    let read = |v: &Value| refused(read_initiative(v.to_string().as_bytes(), Lang::Fi));
    let with = |change: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        change(&mut v);
        read(&v)
    };
    let at = |p: &str| Some(p.to_string());
    assert_eq!(
        with(&|v| v["initiative"]["descriptions"]["cost_estimate"] = json!("12,5O")),
        (
            at("initiative.descriptions.cost_estimate"),
            Problem::NotAnAmount { text: "12,5O".into() }
        )
    );
    assert_eq!(
        with(&|v| v["initiative"]["descriptions"]["colour"] = json!("red")),
        (at("initiative.descriptions.colour"), Problem::UnknownField)
    );
    assert_eq!(
        with(&|v| v["initiative"]["id"] = json!(" ")),
        (at("initiative.id"), Problem::MissingId)
    );
    assert_eq!(
        with(&|v| v["initiative"]["call"] = json!("vm-2030")),
        (at("initiative.call"), Problem::UnknownCall { id: "vm-2030".into() })
    );
    assert_eq!(
        with(&|v| v["initiative"]["origin"] = json!("borrowed")).0,
        at("initiative.origin")
    );
    assert_eq!(
        with(&|v| v["initiative"]["on_board"] = json!([["Iisalmi"]])).0,
        at("initiative.on_board[0]"),
        "a struct written as a list"
    );
    assert_eq!(
        with(&|v| v["unreadable"] = json!({"initiative.title": "x"})),
        (at("unreadable.initiative.title"), Problem::NotAnUnreadableField)
    );
    assert_eq!(
        with(&|v| v["schema_version"] = json!(2)),
        (at("schema_version"), Problem::NewerVersion { found: 2, reads: 1 })
    );
    assert_eq!(
        with(&|v| v["format"] = json!("hakemus-interest")),
        (
            None,
            Problem::NotAnExport {
                expected: "hakemus-initiative"
            }
        )
    );
    let text = to_json(&export_initiative(&i, SENT)).replacen("\"title\"", "\"title\": \"x\",\n    \"title\"", 1);
    assert_eq!(
        refused(read_initiative(text.as_bytes(), Lang::Fi)),
        (at("initiative"), Problem::DuplicateKey { key: "title".into() })
    );
    // An interest naming an initiative without its id.
    let mut x = interest("x", "Lapinlahti", &[&i], &[]);
    x.initiatives[0].initiative.clear();
    assert_eq!(
        refused(read_interest(to_json(&export_interest(&x, SENT)).as_bytes())),
        (at("interest.initiatives[0].initiative"), Problem::MissingId)
    );
    // In the translation layer, the wrong file is named as what was expected.
    let e = read_interest(to_json(&export_initiative(&i, SENT)).as_bytes()).unwrap_err();
    assert_eq!(
        hakemus::i18n::initiative::import_error(Lang::En, &e),
        "The file is not an expression of interest made with Hakemus."
    );
    assert_eq!(
        format_of(to_json(&export_initiative(&i, SENT)).as_bytes()),
        Some("hakemus-initiative")
    );
    assert_eq!(format_of(b"{\"format\":\"hakemus-application\"}"), None);
}

/// The municipalities' files read by the ministry, joined at the workshop, the candidate project's
/// file for its lead read back, and the lead's application draft from it.
fn the_workshop() -> (JointProject, String) {
    let a = initiative("a", "Kiuruvesi", "Sähköiset lomakkeet", CUSTOMER);
    let mut c = initiative("c", "Vieremä", "Lomakkeiden käsittely", CUSTOMER);
    c.descriptions.cost_estimate = "noin 50 000".into();
    let x = interest("x-lapinlahti", "Lapinlahti", &[&a], &[]);
    let y = interest("x-pielavesi", "Pielavesi", &[], &[CUSTOMER]);
    let initiatives: Vec<RawInitiative> = [&a, &c]
        .iter()
        .map(|i| {
            let text = to_json(&export_initiative(i, SENT));
            read_initiative(text.as_bytes(), Lang::Fi).unwrap().file.initiative
        })
        .collect();
    let interests: Vec<_> = [&x, &y]
        .iter()
        .map(|x| {
            read_interest(to_json(&export_interest(x, SENT)).as_bytes())
                .unwrap()
                .file
                .interest
        })
        .collect();
    let mut w = Workshop::default();
    w.join(&["a", "c"], "Kiuruvesi", "Lomakkeet yhdessä").unwrap();
    let project = candidates(&initiatives, &interests, &w).remove(0).project;
    let text = to_json(&export_joint_project(&project, AT));
    (project, text)
}

#[test]
fn the_candidate_project_travels_to_its_lead_whole() {
    let (project, text) = the_workshop();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "hakemus-joint-project");
    assert_eq!(v["project"]["lead"], "Kiuruvesi");
    assert_eq!(
        v["project"]["initiatives"][0]["descriptions"]["cost_estimate"],
        "120000.00"
    );
    assert_eq!(v["project"]["initiatives"][1]["descriptions"]["cost_estimate"], "");
    assert_eq!(
        v["unreadable"],
        json!({"project.initiatives[1].descriptions.cost_estimate": "noin 50 000"})
    );
    assert_eq!(v["project"]["interests"][0]["id"], "x-lapinlahti");
    assert_eq!(v["project"]["candidates"][0]["id"], "x-pielavesi");
    let back = read_joint_project(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(
        back.file.project.initiatives[0].descriptions.cost_estimate,
        "120 000,00"
    );
    assert_eq!(to_json(&export_joint_project(&back.file.project, AT)), text);
    assert_eq!(back.file.project.members().len(), project.members().len());
    // The lead's draft: the group as partners, the descriptions carried.
    let d = application_draft(&back.file.project, &Lang::Fi);
    let applicants: Vec<_> = d.applicants.iter().map(|a| a.municipality.as_str()).collect();
    assert_eq!(applicants, ["Kiuruvesi", "Vieremä", "Lapinlahti"]);
    assert!(d.answers["impact-costs"].contains("Arvio kustannuspotentiaalista: noin 50 000"));
    assert!(analyse(&d)
        .findings
        .iter()
        .all(|f| f.rule.as_str() != "min-municipalities"));
}

#[test]
fn a_candidate_project_is_refused_where_it_does_not_hold_together() {
    let (_, text) = the_workshop();
    let good: Value = serde_json::from_str(&text).unwrap();
    let with = |change: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        change(&mut v);
        refused(read_joint_project(v.to_string().as_bytes(), Lang::Fi))
    };
    let invalid = |p: &str, detail: &str| (Some(p.to_string()), Problem::Invalid { detail: detail.into() });
    assert_eq!(
        with(&|v| v["project"]["lead"] = json!("Pielavesi")),
        invalid("project.lead", "not a municipality of the project"),
        "a candidate not taken in does not lead"
    );
    assert_eq!(
        with(&|v| v["project"]["lead"] = json!("")),
        invalid("project.lead", "not a municipality of the project")
    );
    assert_eq!(
        with(&|v| v["project"]["initiatives"][1]["id"] = json!("a")),
        invalid("project.initiatives[1].id", "given twice")
    );
    assert_eq!(
        with(&|v| v["project"]["initiatives"] = json!([])),
        invalid("project.initiatives", "a project is made of at least one initiative")
    );
    assert_eq!(
        with(&|v| v["project"]["interests"][0]["call"] = json!("vm-2019-tiedolla-johtaminen")),
        invalid("project.interests[0].call", "not the project's call")
    );
    assert_eq!(
        with(&|v| v["project"]["initiatives"][0]["descriptions"]["cost_estimate"] = json!("1 200,00")),
        (
            Some("project.initiatives[0].descriptions.cost_estimate".into()),
            Problem::NotAnAmount {
                text: "1 200,00".into()
            }
        )
    );
    assert_eq!(
        with(&|v| v["project"]["candidates"][0]["id"] = json!("")),
        (Some("project.candidates[0].id".into()), Problem::MissingId)
    );
}

/// The example files the first phase's pages and their schema test read (`tests/fixtures/initiative/`),
/// equal to what this build writes (`UPDATE_FIXTURES=1 cargo test --test initiative_files`).
#[test]
fn the_committed_example_files_are_what_this_build_writes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/initiative");
    let a = initiative("a", "Kiuruvesi", "Sähköiset lomakkeet", CUSTOMER);
    let x = interest("x-lapinlahti", "Lapinlahti", &[&a], &[]);
    let (_, project) = the_workshop();
    for (name, text) in [
        ("initiative", to_json(&export_initiative(&a, SENT))),
        ("interest", to_json(&export_interest(&x, SENT))),
        ("joint-project", project),
    ] {
        let path = format!("{dir}/{name}.json");
        common::committed(&path, &text, "UPDATE_FIXTURES", "cargo test --test initiative_files");
    }
}

use common::hakemus_check as check;

#[test]
fn hakemus_check_reads_the_first_phases_files() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/hakemus-check-initiatives");
    std::fs::create_dir_all(dir).unwrap();
    let write = |name: &str, text: String| {
        let path = format!("{dir}/{name}");
        std::fs::write(&path, text).unwrap();
        path
    };
    let mut a = initiative("a", "Kiuruvesi", "Sähköiset lomakkeet", CUSTOMER);
    let on_time = write("initiative.json", to_json(&export_initiative(&a, SENT)));
    let x = interest("x", "Lapinlahti", &[&a], &[]);
    let late = write("interest.json", to_json(&export_interest(&x, LATE)));
    a.descriptions.risks.clear();
    a.descriptions.cost_estimate = "12,5O".into();
    a.origin = Origin::Unanswered;
    a.add_on_board();
    a.on_board[0].municipality = "Idensalmi".into();
    let broken = write("broken.json", to_json(&export_initiative(&a, SENT)));
    let (_, project) = the_workshop();
    let project = write("joint-project.json", project);
    let mut tampered: Value = serde_json::from_str(&std::fs::read_to_string(&project).unwrap()).unwrap();
    tampered["project"]["lead"] = json!("Pielavesi");
    let tampered = write("tampered.json", tampered.to_string());

    let (status, out) = check(&[&on_time, &late]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("initiative.json: 0 errors, 0 warnings\n"), "{out}");
    assert!(
        out.contains(
            "initiative.json: initiative.municipality: \"Kiuruvesi\" is Kiuruvesi (in Swedish Kiuruvesi, municipality code 263)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "interest.json: warning on-time: exported_at: The time to send initiatives and expressions of interest ended on 5 September 2019. [VM slides, autumn 2019, initiatives for joint projects: a two-phase process]\n"
        ),
        "{out}"
    );
    assert!(out.contains("interest.json: 0 errors, 1 warning\n"), "{out}");

    let (status, out) = check(&[&broken, &project, &tampered]);
    assert_eq!(status, 1, "{out}");
    for line in [
        "broken.json: initiative.on_board[0].municipality: \"Idensalmi\" is Iisalmi (in Swedish Idensalmi, municipality code 140)\n",
        "broken.json: error described: initiative.descriptions.risks: Describe this: the initiative must describe it. [VM slides, autumn 2019, what initiatives must describe]\n",
        "broken.json: error amount-format: initiative.descriptions.cost_estimate: “12,5O” is not an amount: ",
        "broken.json: warning origin-stated: initiative.origin: Say whether the idea is new or drawn from development work already done.",
        "broken.json: 2 errors, 1 warning\n",
        "joint-project.json: project.lead: \"Kiuruvesi\" is Kiuruvesi",
        // Vieremä's estimate, by its place in the candidate project.
        "joint-project.json: error amount-format: project.initiatives[1].descriptions.cost_estimate: “noin 50 000” is not an amount",
        "joint-project.json: 1 error, 0 warnings\n",
        "tampered.json: error: project.lead: The value is not valid (not a municipality of the project).\n",
    ] {
        assert!(out.contains(line), "{line}\n---\n{out}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Whatever was typed, an initiative's file reads back to the same file, and to the same
    /// draft but for the estimate, which comes back as the language writes amounts.
    #[test]
    fn any_initiative_survives_its_file(
        texts in proptest::collection::vec("\\PC{0,24}", 9),
        estimate in prop_oneof!["\\PC{0,16}", "[0-9 ]{1,9}(,[0-9]{1,2})?"],
        origin in prop_oneof![Just(Origin::Unanswered), Just(Origin::New), Just(Origin::Earlier)],
    ) {
        let mut i = RawInitiative::new("a");
        i.municipality = texts[0].clone();
        i.contact.name = texts[1].clone();
        i.title = texts[2].clone();
        i.descriptions.ways_of_working = texts[3].clone();
        i.descriptions.goals = texts[4].clone();
        i.descriptions.significance = texts[5].clone();
        i.descriptions.risks = texts[6].clone();
        i.earlier_work = texts[7].clone();
        i.add_on_board();
        i.on_board[0].municipality = texts[8].clone();
        i.descriptions.cost_estimate = estimate;
        i.origin = origin;
        let file = export_initiative(&i, SENT);
        let back = read_initiative(to_json(&file).as_bytes(), Lang::Fi).unwrap();
        prop_assert_eq!(&export_initiative(&back.file.initiative, SENT), &file);
        let mut expected = i.clone();
        let typed = i.descriptions.cost_estimate.trim();
        expected.descriptions.cost_estimate = match hakemus::domain::vocabulary::money::Money::parse(typed) {
            Ok(m) => m.format_input(Lang::Fi),
            Err(_) if typed.is_empty() => String::new(),
            Err(_) => i.descriptions.cost_estimate.clone(),
        };
        prop_assert_eq!(back.file.initiative, expected);
    }

    #[test]
    fn reading_never_panics_on_a_damaged_file(at in 0usize..3000, byte in any::<u8>()) {
        let (_, text) = the_workshop();
        let mut bytes = text.into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let _ = read_joint_project(&bytes, Lang::Fi);
        let _ = read_initiative(&bytes, Lang::Fi);
        let _ = read_interest(&bytes);
    }
}
