//! The partners' entries by file (`formats::grant_partner`, `exchange::ledger`): the committed
//! schemas, and request → the partner's copy → contribution → receive (compare) → merge → undo.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use hakemus::domain::draft::{ApplicantKind, RawApplicant};
use hakemus::domain::exchange::ledger::{
    keep, make_request, merge, receive, undo, EntryField, FieldChange, Kind, MergeError, Refusal, UndoRefusal,
};
use hakemus::domain::formats::grant_partner::{
    contribution, contribution_schema, read_contribution, read_request, request_schema,
    LEDGER_CONTRIBUTION_SCHEMA_JSON, LEDGER_REQUEST_SCHEMA_JSON,
};
use hakemus::domain::formats::partner::to_json;
use hakemus::domain::grant::model::{Origin, RawEntry, RawGrant};
use hakemus::domain::vocabulary::locale::Lang;
use serde_json::Value;

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        ("hakemus-ledger-request", request_schema(), LEDGER_REQUEST_SCHEMA_JSON),
        (
            "hakemus-ledger-contribution",
            contribution_schema(),
            LEDGER_CONTRIBUTION_SCHEMA_JSON,
        ),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        common::committed(&path, &text, "UPDATE_SCHEMA", "cargo test --test grant_ledger");
        assert_eq!(committed, text, "the app offers the committed schema");
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], name);
        assert_eq!(schema["properties"]["schema_version"]["const"], 1);
    }
}

fn applicant(id: u64, municipality: &str) -> RawApplicant {
    RawApplicant {
        id,
        kind: ApplicantKind::Municipality,
        municipality: municipality.into(),
        ..RawApplicant::default()
    }
}

fn entry(g: &mut RawGrant, bearer: &str, date: &str, description: &str, net: &str) -> u64 {
    let id = g.add_entry();
    let e = g.entry_mut(id).unwrap();
    e.bearer = bearer.into();
    e.date = date.into();
    e.description = description.into();
    e.net = net.into();
    e.category = "personnel".into();
    id
}

/// Kiuruvesi's project with Iisalmi (2) and Sonkajärvi (3) as partners: the lead's entry, two of
/// Iisalmi's in the first period and one in the second, one of Sonkajärvi's.
fn project() -> RawGrant {
    let mut g = RawGrant {
        id: "kiuruvesi-2020".into(),
        ..RawGrant::default()
    };
    g.application.project.name_fi = "Sujuvat sähköiset palvelut".into();
    g.application.applicants = vec![
        applicant(1, "Kiuruvesi"),
        applicant(2, "Iisalmi"),
        applicant(3, "Sonkajärvi"),
    ];
    entry(&mut g, "1", "3.2.2020", "Projektipäällikkö", "4 812,40");
    entry(&mut g, "2", "10.2.2020", "Suunnittelija", "3 100,00");
    entry(&mut g, "2", "2020-04-30", "Matka", "118,6");
    entry(&mut g, "2", "5.5.2020", "Toukokuu", "50,00");
    entry(&mut g, "3", "12.3.2020", "Sonkajärven osuus", "900,00");
    g
}

const AT: &str = "2020-05-04T08:00:00Z";

/// The partner's side: reads the request, edits its copy (changes one entry, removes one, adds a
/// credit) and returns the contribution file's text.
fn partner_returns(request_text: &str) -> String {
    let read = read_request(request_text.as_bytes(), Lang::Fi).unwrap();
    let mut copy = read.partner_grant();
    copy.entries[0].net = "3 150,00".into();
    copy.entries.remove(1);
    let id = copy.add_entry();
    let credit = copy.entry_mut(id).unwrap();
    credit.date = "20.4.2020".into();
    credit.description = "Hyvitys".into();
    credit.net = "-120,00".into();
    credit.origin = Origin::Imported {
        file: "iisalmi.csv".into(),
        row: 3,
    };
    to_json(&contribution(&copy, "2020-05-10T10:00:00Z").unwrap())
}

fn of_bearer<'a>(g: &'a RawGrant, bearer: &str) -> Vec<&'a RawEntry> {
    g.entries.iter().filter(|e| e.bearer == bearer).collect()
}

#[test]
fn a_partner_s_entries_go_out_come_back_compared_and_merge_with_undo() {
    let mut g = project();
    let file = make_request(&mut g, 2, "req-1", AT, ("1.1.2020", "30.4.2020")).unwrap();
    assert_eq!(
        (file.lead.name.as_str(), file.partner.name.as_str()),
        ("Kiuruvesi", "Iisalmi")
    );
    assert_eq!(file.entries.iter().map(|e| e.id).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(file.entries[1].net, "118.60");
    let copy = read_request(to_json(&file).as_bytes(), Lang::Fi)
        .unwrap()
        .partner_grant();
    assert_eq!(copy.entries.len(), 2, "only Iisalmi's entries of the first period");
    assert!(
        make_request(&mut g.clone(), 1, "x", AT, ("", "")).is_none(),
        "the lead is asked nothing"
    );

    let text = partner_returns(&to_json(&file));
    let c = read_contribution(text.as_bytes(), Lang::Fi).unwrap();
    let incoming = receive(&g, &c).unwrap();
    let kinds: Vec<(Kind, u64)> = incoming.items.iter().map(|i| (i.kind, i.id)).collect();
    assert_eq!(
        kinds,
        [(Kind::Remove, 3), (Kind::Change, 2), (Kind::Add, 4)],
        "an added entry by its id in the contribution"
    );
    assert_eq!(
        incoming.items[1].changes,
        [FieldChange {
            field: EntryField::Net,
            before: "3100.00".into(),
            after: "3150.00".into()
        }]
    );
    assert!(incoming.items[2]
        .summary
        .iter()
        .any(|(field, v)| *field == EntryField::Net && v == "-120.00"));
    assert_eq!(g, project_with_request(&g), "receiving changes nothing");

    let index = keep(&mut g, &incoming, &c, "2020-05-11T09:00:00Z");
    assert_eq!(keep(&mut g, &incoming, &c, "later"), index, "kept once");
    let before = g.clone();
    merge(&mut g, incoming.request, index, "2020-05-11T09:01:00Z").unwrap();
    let iisalmi = of_bearer(&g, "2");
    let view: Vec<(u64, &str, &str)> = iisalmi
        .iter()
        .map(|e| (e.id, e.description.as_str(), e.net.as_str()))
        .collect();
    assert_eq!(
        view,
        [
            (2, "Suunnittelija", "3 150,00"),
            (6, "Hyvitys", "-120,00"),
            (4, "Toukokuu", "50,00")
        ]
    );
    assert_eq!(
        iisalmi[0].origin,
        Origin::Partner {
            request: "req-1".into()
        }
    );
    assert_eq!(
        iisalmi[2].origin,
        Origin::Typed,
        "the entry outside the period is the lead's still"
    );
    assert_eq!(of_bearer(&g, "3").len(), 1, "the other partner's entries are untouched");
    assert_eq!(
        receive(&g, &c),
        Err(Refusal::AlreadyMerged {
            at: "2020-05-11T09:01:00Z".into()
        })
    );
    assert_eq!(
        merge(&mut g.clone(), incoming.request, index, "x"),
        Err(MergeError::AlreadyMerged)
    );

    // Undo while nothing changed since; not after a change.
    let mut changed = g.clone();
    changed.entry_mut(2).unwrap().description = "Suunnittelija, helmikuu".into();
    assert_eq!(undo(&mut changed, 0, index), Err(UndoRefusal::ChangedSince));
    let mut undone = g.clone();
    undo(&mut undone, 0, index).unwrap();
    assert_eq!(undone.entries, before.entries);
    assert_eq!(undo(&mut undone, 0, index), Err(UndoRefusal::NotMerged));

    // A second contribution to the same request changes the merged entries instead of adding them
    // again: the partner's new entry (its id 4 in the contribution) is the project's 6.
    let mut second: Value = serde_json::from_str(&text).unwrap();
    second["entries"][1]["description"] = "Hyvitys, junalippu".into();
    let c2 = read_contribution(serde_json::to_string(&second).unwrap().as_bytes(), Lang::Fi).unwrap();
    let incoming = receive(&g, &c2).unwrap();
    assert_eq!(incoming.items.len(), 1);
    assert_eq!((incoming.items[0].kind, incoming.items[0].id), (Kind::Change, 6));
    let index = keep(&mut g, &incoming, &c2, "2020-05-12T09:00:00Z");
    merge(&mut g, incoming.request, index, "2020-05-12T09:01:00Z").unwrap();
    assert_eq!(of_bearer(&g, "2").len(), 3);
    assert_eq!(g.entry_mut(6).unwrap().description, "Hyvitys, junalippu");
}

/// The project as it is after the request alone (to show that `receive` changes nothing).
fn project_with_request(g: &RawGrant) -> RawGrant {
    let mut p = project();
    p.ledger_requests = g.ledger_requests.clone();
    p
}

#[test]
fn a_contribution_not_for_this_project_s_request_or_partner_is_refused() {
    let mut g = project();
    let file = make_request(&mut g, 2, "req-1", AT, ("2020-01-01", "2020-04-30")).unwrap();
    let text = partner_returns(&to_json(&file));
    let read = |t: &str| read_contribution(t.as_bytes(), Lang::Fi).unwrap();
    let other = RawGrant {
        id: "another".into(),
        ..g.clone()
    };
    assert_eq!(receive(&other, &read(&text)), Err(Refusal::OtherProject));
    let unknown = text.replace("\"req-1\"", "\"req-9\"");
    assert_eq!(receive(&g, &read(&unknown)), Err(Refusal::UnknownRequest));
    let sonkajarvi = text
        .replace(
            "\"id\": 2,\n    \"name\": \"Iisalmi\"",
            "\"id\": 3,\n    \"name\": \"Sonkajärvi\"",
        )
        .replace("\"bearer\": \"2\"", "\"bearer\": \"3\"");
    assert_ne!(sonkajarvi, text);
    assert_eq!(receive(&g, &read(&sonkajarvi)), Err(Refusal::NotTheRequestsPartner));
}

#[test]
fn hakemus_check_reads_both_files_and_sums_the_entries() {
    let mut g = project();
    // An entry not yet an amount travels in `unreadable` and is a warning, not a refusal.
    let id = entry(&mut g, "2", "1.3.2020", "Kesken", "12,5O");
    let file = make_request(&mut g, 2, "req-1", AT, ("1.1.2020", "30.4.2020")).unwrap();
    let dir = std::env::temp_dir().join(format!("hakemus-grant-ledger-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let request = dir.join("request.json");
    std::fs::write(&request, to_json(&file)).unwrap();
    g.entry_mut(id).unwrap().net = "1,00".into();
    let file = make_request(&mut g, 2, "req-2", AT, ("1.1.2020", "30.4.2020")).unwrap();
    let text = partner_returns(&to_json(&file).replace("\"1.00\"", "\"2.00\""));
    let contribution = dir.join("contribution.json");
    std::fs::write(&contribution, &text).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, text.replace("\"bearer\": \"2\"", "\"bearer\": \"3\"")).unwrap();
    let path = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let (status, out) = common::hakemus_check(&[&path(&request), &path(&contribution)]);
    assert_eq!(status, 0, "{out}");
    assert!(
        out.contains(r#"request.json: warning: entries[2].net: "12,5O" is not an amount"#),
        "{out}"
    );
    // The request: 3 100,00 + 118,60 (+ the unreadable one); the contribution: 3 150,00 − 120,00 + 2,00.
    assert!(
        out.contains("request.json: Total costs (excl. VAT): €3,218.60"),
        "{out}"
    );
    assert!(
        out.contains("contribution.json: Total costs (excl. VAT): €3,032.00"),
        "{out}"
    );
    assert!(out.contains("contribution.json: 0 errors, 0 warnings"), "{out}");
    let (status, out) = common::hakemus_check(&[&path(&broken)]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("broken.json: error: entries[0].bearer"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A request names the lead and the partner as the register does, not as typed.
#[test]
fn a_request_names_the_lead_and_the_partner_as_the_register_does() {
    let mut g = project();
    g.application.applicants[0].municipality = "263".into();
    let partner = g.application.applicants.iter_mut().find(|a| a.id == 2).unwrap();
    partner.municipality = " IISALMI".into();
    let file = make_request(&mut g, 2, "req-1", AT, ("1.1.2020", "30.4.2020")).unwrap();
    assert_eq!(
        (file.lead.name.as_str(), file.partner.name.as_str()),
        ("Kiuruvesi", "Iisalmi")
    );
}

#[test]
fn a_partner_s_copy_adds_entries_borne_by_the_partner_and_checks_them_as_its_own() {
    use hakemus::domain::grant::ledger::{call_of, check_entry, EntryContext};
    let mut g = project();
    let file = make_request(&mut g, 3, "req-2", AT, ("", "")).unwrap();
    let mut copy = read_request(to_json(&file).as_bytes(), Lang::Fi)
        .unwrap()
        .partner_grant();
    // The copy has no application: the partner is its one bearer, and a new entry is its own.
    let id = copy.add_entry();
    assert_eq!(copy.entry_mut(id).unwrap().bearer, "3");
    let e = copy.entry_mut(id).unwrap();
    e.date = "1.4.2020".into();
    e.voucher = "S-1".into();
    e.category = "personnel".into();
    e.description = "Sonkajärven suunnittelija".into();
    e.net = "250,00".into();
    e.vat = "0,00".into();
    let ctx = EntryContext::new(&copy, call_of(&copy));
    for entry in &copy.entries {
        let r = check_entry(entry, &ctx);
        assert!(r.eligible, "{:?}", r.findings);
        assert!(
            r.findings.iter().all(|f| !format!("{f:?}").contains("Bearer")),
            "{:?}",
            r.findings
        );
    }
    // The lead's project: an entry added there is nobody's until chosen.
    let lead = g.add_entry();
    assert_eq!(g.entry_mut(lead).unwrap().bearer, "");
}
