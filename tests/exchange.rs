//! The exchange format: export → import round trips, the committed schema, strict and hostile input.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{AmountBasis, ApplicantKind, RawDraft, RawWorkPackage, YesNo};
use hakemus::domain::formats::application::{self, export, import, to_json};
use hakemus::domain::formats::reader::{ImportError, Problem, MAX_FILE_BYTES};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::questions;
use proptest::prelude::*;
use serde_json::{json, Value};

mod common;

const AT: &str = "2026-11-23T09:00:00Z";

/// A realistic joint application, typed the Finnish way, with one amount not yet readable.
fn sample() -> RawDraft {
    let mut d = RawDraft::default();
    d.project.name_fi = "Yhteinen asiointialusta".into();
    d.project.summary = "Kolme kuntaa rakentaa <script>alert(1)</script> yhteisen alustan.".into();
    d.project.start = "1.3.2020".into();
    d.project.end = "2021-11-30".into();
    let lead = d.add_applicant(ApplicantKind::Municipality);
    d.applicant_mut(lead).unwrap().municipality = "Pargas".into();
    let partner = d.add_applicant(ApplicantKind::Municipality);
    d.applicant_mut(partner).unwrap().municipality = "Kaarina".into();
    d.targets = vec!["shared-services".into()];
    d.exclusions.insert("basic-it".into(), YesNo::No);
    d.answers
        .insert("current-state".into(), "Nyt asioidaan paperilla.\nRivi kaksi.".into());
    for (amount, basis) in [
        ("1 200 000,50", AmountBasis::Net),
        ("12,5O", AmountBasis::Gross),
        ("€1,000.00", AmountBasis::Net),
    ] {
        let id = d.add_line();
        let line = d.line_mut(id).unwrap();
        line.category = "personnel".into();
        line.bearer = lead.to_string();
        line.year = "2020".into();
        line.amount = amount.into();
        line.basis = basis;
        line.vat_rate = "24".into();
    }
    d.budget.requested_grant = "1 000 000".into();
    let id = d.take_id();
    d.schedule.push(RawWorkPackage {
        id,
        name: "Määrittely".into(),
        start: "2.3.2020".into(),
        ..Default::default()
    });
    d
}

#[test]
fn export_writes_amounts_as_decimal_strings_and_dates_as_iso() {
    let env = export(&sample(), AT);
    let v: Value = serde_json::from_str(&to_json(&env)).unwrap();
    assert_eq!(v["format"], "hakemus-application");
    assert_eq!(v["schema_version"], 5);
    assert_eq!(v["call"], v["application"]["call"]);
    assert_eq!(v["exported_at"], AT);
    assert_eq!(v["application"]["project"]["start"], "2020-03-01");
    assert_eq!(v["application"]["project"]["end"], "2021-11-30");
    assert_eq!(v["application"]["schedule"][0]["start"], "2020-03-02");
    assert_eq!(v["application"]["budget"]["lines"][0]["amount"], "1200000.50");
    assert_eq!(v["application"]["budget"]["lines"][2]["amount"], "1000.00");
    assert_eq!(v["application"]["budget"]["requested_grant"], "1000000.00");
    // Not an amount yet: kept, by its path, and the field itself is empty.
    assert_eq!(v["application"]["budget"]["lines"][1]["amount"], "");
    assert_eq!(v["unreadable"], json!({"application.budget.lines[1].amount": "12,5O"}));
}

#[test]
fn export_then_import_gives_an_equal_draft() {
    let original = sample();
    let env = export(&original, AT);
    let imported = import(to_json(&env).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(imported.exported_at, AT);
    let d = &imported.draft;
    // What was typed in another convention comes back in the language's own; the rest as typed.
    assert_eq!(d.budget.lines[0].amount, "1 200 000,50");
    assert_eq!(d.budget.lines[1].amount, "12,5O");
    assert_eq!(d.budget.lines[2].amount, "1 000,00");
    assert_eq!(d.project.start, "2020-03-01");
    assert_eq!(d.project.summary, original.project.summary);
    assert_eq!(d.answers, original.answers);
    assert_eq!(d.applicants, original.applicants);
    // And exporting the imported draft gives the same file.
    assert_eq!(export(d, AT), env);
    let en = import(to_json(&env).as_bytes(), Lang::En).unwrap();
    assert_eq!(en.draft.budget.lines[0].amount, "1,200,000.50");
    assert_eq!(export(&en.draft, AT), env);
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/hakemus-application.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, application::schema_text()).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(
        committed == application::schema_text(),
        "schema/hakemus-application.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test exchange`"
    );
    assert_eq!(
        application::SCHEMA_JSON,
        committed,
        "the app offers the committed schema"
    );
}

/// The complete application after requests to both partners, the first one's contribution merged:
/// its export carries them in its working copy.
fn with_partner_exchange() -> RawDraft {
    use hakemus::domain::exchange::partner::{keep, make_request, merge, receive};
    use hakemus::domain::formats::partner::{contribution, read_contribution, read_request, to_json as part_json};
    let mut d = common::complete_application();
    let (a, b) = (d.applicants[1].id, d.applicants[2].id);
    let request = make_request(&mut d, a, "project-1", "request-a", AT, "Täydennä osuutenne.").unwrap();
    make_request(&mut d, b, "project-1", "request-b", AT, "").unwrap();
    let mut pd = read_request(part_json(&request).as_bytes(), Lang::Fi)
        .unwrap()
        .partner_draft();
    pd.applicants[0].contact_name = "Iida Iisalmi".into();
    pd.applicants[0].own_financing = "12 000,00".into();
    let c = contribution(&pd, AT).unwrap();
    let c = read_contribution(part_json(&c).as_bytes(), Lang::Fi).unwrap();
    let incoming = receive(&d, &c).unwrap();
    let index = keep(&mut d, &incoming, &c, AT);
    merge(&mut d, &incoming, index, &Default::default(), AT).unwrap();
    d
}

/// The example exports the end-to-end tests and the bench read (`tests/fixtures/exchange/`): the
/// JSON Schema validator checks them, the reviewer and language tests open `complete.json`. They are
/// committed, and equal to what this build exports (`UPDATE_FIXTURES=1 cargo test --test exchange`
/// writes them again after a deliberate change).
#[test]
fn the_committed_example_exports_are_what_this_build_exports() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exchange");
    let examples = [
        ("empty", RawDraft::default(), ""),
        ("sample", sample(), ""),
        ("complete", common::complete_application(), ""),
        ("working-copy", with_partner_exchange(), "Yhteishanke (Kiuruvesi)"),
    ];
    for (name, draft, title) in examples {
        let path = format!("{dir}/{name}.json");
        let text = to_json(&application::export_titled(&draft, AT, title));
        if std::env::var_os("UPDATE_FIXTURES").is_some() {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{path} is stale: run `UPDATE_FIXTURES=1 cargo test --test exchange`"
        );
        assert!(import(committed.as_bytes(), Lang::Fi).is_ok(), "{path} opens");
    }
}

/// The municipality as typed stays as typed, and the file carries beside it the municipality of the
/// register it names (code, official Finnish and Swedish names), as the screen shows it; an authority
/// and a text that names no municipality carry none. Reading it back checks it and keeps only the
/// typed text in the draft.
#[test]
fn the_export_carries_the_resolved_municipality_beside_the_typed_text() {
    let mut d = sample();
    d.applicants[0].municipality = "pielavesi".into();
    d.applicants[1].municipality = " 925 ".into();
    let authority = d.add_applicant(ApplicantKind::Authority);
    d.applicant_mut(authority).unwrap().name = "Kuntayhtymä".into();
    let unknown = d.add_applicant(ApplicantKind::Municipality);
    d.applicant_mut(unknown).unwrap().municipality = "Atlantis".into();
    let text = to_json(&export(&d, AT));
    let v: Value = serde_json::from_str(&text).unwrap();
    let applicants = &v["application"]["applicants"];
    assert_eq!(applicants[0]["municipality"], "pielavesi", "kept as typed");
    assert_eq!(
        applicants[0]["resolved_municipality"],
        json!({"code": "595", "name_fi": "Pielavesi", "name_sv": "Pielavesi"})
    );
    assert_eq!(applicants[1]["municipality"], " 925 ");
    assert_eq!(
        applicants[1]["resolved_municipality"],
        json!({"code": "925", "name_fi": "Vieremä", "name_sv": "Vieremä"})
    );
    assert!(applicants[2].get("resolved_municipality").is_none(), "an authority");
    assert!(applicants[3].get("resolved_municipality").is_none(), "names none");
    let imported = import(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(
        imported.draft.applicants, d.applicants,
        "the draft keeps what was typed only"
    );
    assert!(imported
        .draft
        .applicants
        .iter()
        .all(|a| a.resolved_municipality.is_empty()));
    // One that is not what the register gives for the typed text is refused with its place.
    let wrong = text.replacen("\"name_fi\": \"Pielavesi\"", "\"name_fi\": \"Kuopio\"", 1);
    assert_ne!(wrong, text);
    let e = refused(&wrong);
    assert_eq!(
        e.path.as_deref(),
        Some("application.applicants[0].resolved_municipality")
    );
}

/// Files of format 1, 2, 3 and 4, as the app wrote them before, open with every value kept; the lead's
/// commitment, new in format 2, reads as not given in a file of format 1, format 3's new fields
/// (signatory, own financing, decision, project id) as not given in the first two, and exporting
/// again adds format 4's resolved municipalities and nothing else (format 5 adds only the optional
/// working copy, which an export without partner requests or title does not write).
#[test]
fn files_of_older_versions_open_with_everything_kept() {
    for (version, name) in [1, 2, 3, 4]
        .into_iter()
        .flat_map(|v| ["empty", "sample", "complete"].map(|n| (v, n)))
    {
        let dir = format!("{}/tests/fixtures/exchange/v{version}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(format!("{dir}/{name}.json")).unwrap();
        let old: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(old["schema_version"], version, "{name}");
        let imported = import(text.as_bytes(), Lang::Fi).unwrap();
        assert_eq!(imported.schema_version, version);
        if version == 1 {
            assert!(!imported.draft.lead_responsible, "{name}");
        }
        if version < 3 {
            assert!(imported.draft.project_id.is_empty());
        }
        let mut again = serde_json::to_value(export(&imported.draft, AT)).unwrap();
        assert_eq!(again["schema_version"], 5);
        for a in again["application"]["applicants"].as_array_mut().unwrap() {
            let resolved = a.as_object_mut().unwrap().remove("resolved_municipality");
            let typed = a["municipality"].as_str().unwrap_or_default().to_string();
            if a["kind"] == "municipality" && !typed.is_empty() {
                assert!(resolved.is_some(), "{name}: {typed} resolved");
            }
        }
        // The answers to questions that became part of others are in those, each under the label
        // it was written under; every other answer is as it was.
        let answers = again["application"].as_object_mut().unwrap().remove("answers").unwrap();
        let mut old_application = old["application"].clone();
        // A file of format 4 carries them too; compared apart, above.
        for a in old_application["applicants"].as_array_mut().unwrap() {
            a.as_object_mut().unwrap().remove("resolved_municipality");
        }
        let old_answers = old_application.as_object_mut().unwrap().remove("answers").unwrap();
        for (id, text) in old_answers.as_object().unwrap() {
            let text = text.as_str().unwrap();
            match questions::MERGED.iter().find(|m| m.id == id) {
                Some(m) if !text.trim().is_empty() => {
                    let into = answers[m.into.id()].as_str().unwrap();
                    assert!(
                        into.contains(&format!("{}:\n{text}", m.label_fi)),
                        "{name}: {id} in {into:?}"
                    );
                    assert!(answers.get(id).is_none(), "{name}: {id} moved");
                }
                Some(_) => assert!(answers.get(id).is_none(), "{name}: {id}"),
                None => assert!(answers[id].as_str().unwrap().contains(text), "{name}: {id}"),
            }
        }
        assert_eq!(again["application"], old_application, "{name}: every other value kept");
        assert_eq!(again.get("unreadable"), old.get("unreadable"), "{name}");
        // Reviews name an application by its fingerprint: an application read from a file of an older
        // format keeps the one that format gave it (the SHA-256 of its export without the time).
        use sha2::{Digest, Sha256};
        let as_then = text.replace(&format!("\"exported_at\": \"{AT}\""), "\"exported_at\": \"\"");
        assert_ne!(as_then, text);
        let hash = Sha256::digest(as_then.as_bytes());
        let then: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(imported.fingerprint, then, "{name}");
    }
}

fn refused(text: &str) -> ImportError {
    import(text.as_bytes(), Lang::Fi).expect_err("must be refused")
}

fn with(f: impl FnOnce(&mut Value)) -> String {
    let mut v = serde_json::to_value(export(&sample(), AT)).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

#[test]
fn a_bad_amount_is_named_by_its_place() {
    let e = refused(&with(|v| {
        v["application"]["budget"]["lines"][2]["amount"] = json!("12,5O")
    }));
    assert_eq!(e.path.as_deref(), Some("application.budget.lines[2].amount"));
    assert_eq!(e.problem, Problem::NotAnAmount { text: "12,5O".into() });
    for bad in ["1e400", "NaN", "12345678901234567890123456789.00", "-5.00", "1200.5"] {
        let e = refused(&with(|v| v["application"]["budget"]["requested_grant"] = json!(bad)));
        assert_eq!(e.path.as_deref(), Some("application.budget.requested_grant"), "{bad}");
    }
    let e = refused(&with(|v| v["application"]["project"]["end"] = json!("30.11.2021")));
    assert_eq!(
        e.problem,
        Problem::NotADate {
            text: "30.11.2021".into()
        }
    );
    let e = refused(&with(|v| v["application"]["project"]["end"] = json!("2021-02-30")));
    assert_eq!(e.path.as_deref(), Some("application.project.end"));
}

#[test]
fn numbers_where_text_belongs_are_refused_with_the_place() {
    let e = refused(&with(|v| {
        v["application"]["budget"]["lines"][0]["amount"] = json!(1e300)
    }));
    assert_eq!(e.path.as_deref(), Some("application.budget.lines[0].amount"));
    assert!(matches!(e.problem, Problem::Invalid { .. }), "{e:?}");
    // 1e400 overflows a double: the JSON reader refuses it outright.
    let text = with(|_| {}).replacen("\"schema_version\":5", "\"schema_version\":1e400", 1);
    assert!(import(text.as_bytes(), Lang::Fi).is_err());
}

/// A part of the application written as a list is refused at its place, as the schema says (serde
/// alone would read a list as the part's fields by position: `[]` as an empty part).
#[test]
fn a_part_written_as_a_list_is_refused_with_its_place() {
    let as_a_list = |path: &str, name: &str, e: ImportError| {
        assert_eq!(e.path.as_deref(), Some(path));
        assert_eq!(
            e.problem,
            Problem::Invalid {
                detail: format!("invalid type: sequence, expected struct {name}")
            }
        );
    };
    let e = refused(&with(|v| v["application"]["project"] = json!([])));
    as_a_list("application.project", "RawProject", e);
    let e = refused(&with(|v| v["application"]["budget"]["lines"][1] = json!([])));
    as_a_list("application.budget.lines[1]", "RawBudgetLine", e);
    let e = refused(&with(|v| v["application"] = json!([])));
    as_a_list("application", "RawDraft", e);
}

#[test]
fn unknown_fields_and_values_are_refused() {
    let e = refused(&with(|v| {
        v["application"]["budget"]["lines"][1]["colour"] = json!("red")
    }));
    assert_eq!(e.path.as_deref(), Some("application.budget.lines[1].colour"));
    assert_eq!(e.problem, Problem::UnknownField);
    let e = refused(&with(|v| {
        v["application"]["budget"]["lines"][0]["basis"] = json!("maybe")
    }));
    assert_eq!(e.path.as_deref(), Some("application.budget.lines[0].basis"));
    let e = refused(&with(|v| v["surprise"] = json!(true)));
    assert_eq!(e.path.as_deref(), Some("surprise"));
    let e = refused(&with(|v| v["application"]["call"] = json!("no-such-call")));
    assert_eq!(
        e.problem,
        Problem::UnknownCall {
            id: "no-such-call".into()
        }
    );
    let e = refused(&with(|v| v["unreadable"] = json!({"application.project.name_fi": "x"})));
    assert_eq!(e.problem, Problem::NotAnUnreadableField);
}

#[test]
fn versions_newer_unknown_and_foreign_files_are_refused_clearly() {
    let e = refused(&with(|v| v["schema_version"] = json!(6)));
    assert_eq!(e.problem, Problem::NewerVersion { found: 6, reads: 5 });
    for bad in [json!(0), json!(-1), json!(1.5), json!("1"), Value::Null] {
        let e = refused(&with(|v| v["schema_version"] = bad.clone()));
        assert_eq!(e.problem, Problem::UnknownVersion, "{bad}");
    }
    assert_eq!(
        refused(r#"{"name": "not ours"}"#).problem,
        Problem::NotAnExport {
            expected: "hakemus-application"
        }
    );
    assert_eq!(
        refused("[1, 2]").problem,
        Problem::NotAnExport {
            expected: "hakemus-application"
        }
    );
    assert_eq!(refused("  ").problem, Problem::Empty);
    assert_eq!(
        refused("{\"format\": ").problem,
        Problem::Syntax { line: 1, column: 11 }
    );
    assert_eq!(refused("{} {}").problem, Problem::Syntax { line: 1, column: 4 });
}

#[test]
fn duplicate_keys_are_refused_not_resolved() {
    let text = with(|_| {}).replacen(
        "\"name_fi\":\"Yhteinen",
        "\"name_fi\":\"first\",\"name_fi\":\"Yhteinen",
        1,
    );
    let e = refused(&text);
    assert_eq!(e.problem, Problem::DuplicateKey { key: "name_fi".into() });
    assert_eq!(e.path.as_deref(), Some("application.project"));
    let e = refused(r#"{"format": "hakemus-application", "format": "x"}"#);
    assert_eq!(
        (e.path, e.problem),
        (None, Problem::DuplicateKey { key: "format".into() })
    );
}

#[test]
fn deep_nesting_and_huge_files_are_refused() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(refused(&deep).problem, Problem::TooDeep);
    let huge = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        import(&huge, Lang::Fi).unwrap_err().problem,
        Problem::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES
        }
    );
    assert_eq!(
        import(b"{\"a\xff\": 1}", Lang::Fi).unwrap_err().problem,
        Problem::NotUtf8 { offset: 3 }
    );
}

#[test]
fn huge_text_control_and_bidi_characters_are_kept_and_noted() {
    let long = "å".repeat(1_000_000);
    let tricky = "Hanke\u{202E}tseb\u{202C} \u{7} <b>ok</b>";
    let text = with(|v| {
        v["application"]["answers"]["prior-work"] = json!(long);
        v["application"]["project"]["name_sv"] = json!(tricky);
    });
    let imported = import(text.as_bytes(), Lang::Sv).unwrap();
    assert_eq!(imported.draft.answers["prior-work"], long);
    assert_eq!(imported.draft.project.name_sv, tricky, "nothing is stripped");
    let paths: Vec<_> = imported.notes.iter().map(|n| (n.path.as_str(), n.code)).collect();
    assert_eq!(paths, [("application.project.name_sv", 0x202E)]);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{FEFF}{}", to_json(&export(&sample(), AT)));
    assert!(import(text.as_bytes(), Lang::Fi).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = import(&bytes, Lang::Fi);
    }

    /// Mutating one byte of a real export gives either a clean refusal or a draft, never a panic.
    #[test]
    fn import_never_panics_on_a_damaged_export(at in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = to_json(&export(&sample(), AT)).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let _ = import(&bytes, Lang::Fi);
    }

    #[test]
    fn any_typed_amount_survives_export_and_import(typed in "\\PC{0,20}") {
        let mut d = sample();
        d.budget.lines[0].amount = typed.clone();
        let env = export(&d, AT);
        let back = import(to_json(&env).as_bytes(), Lang::Fi).unwrap();
        prop_assert_eq!(export(&back.draft, AT), env);
    }
}

use common::hakemus_check as check;

#[test]
fn the_complete_application_has_no_errors() {
    let a = hakemus::domain::rules::analysis::analyse(&common::complete_application());
    let errors: Vec<_> = a.errors().collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn hakemus_check_accepts_a_valid_export_and_rejects_an_invalid_one() {
    let valid = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exchange/complete.json").to_string();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/hakemus-check-files");
    std::fs::create_dir_all(dir).unwrap();
    let (status, out) = check(&[&valid]);
    assert_eq!(status, 0, "{out}");
    assert!(out.ends_with("complete.json: 0 errors, 0 warnings\n"), "{out}");
    // Each municipality as typed and as the register names it, as the file carries it.
    assert!(
        out.contains(
            "complete.json: application.applicants[0].municipality: \"Kiuruvesi\" is Kiuruvesi (in Swedish Kiuruvesi, municipality code 263)\n"
        ),
        "{out}"
    );

    // Readable, but the grant is above 85 % and one amount is not an amount.
    let mut draft = common::complete_application();
    draft.budget.requested_grant = "181 520,01".into();
    draft.budget.lines[0].description = "Projektipäällikkö \u{202E}".into();
    let over = format!("{dir}/over.json");
    std::fs::write(&over, to_json(&export(&draft, AT))).unwrap();
    // Not readable at all.
    let broken = format!("{dir}/broken.json.txt");
    std::fs::write(
        &broken,
        with(|v| v["application"]["budget"]["lines"][0]["amount"] = json!("12,5O")),
    )
    .unwrap();

    let (status, out) = check(&[&valid, &over, &broken]);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("over.json: error "), "{out}");
    assert!(out.contains("application.budget.requested_grant"), "{out}");
    assert!(out.contains("over.json: warning: application.budget.lines[0].description: the text contains an invisible control character U+202E"), "{out}");
    assert!(
        out.contains(r#"broken.json.txt: error: application.budget.lines[0].amount: "12,5O" is not an amount"#),
        "{out}"
    );
    let (status, _) = check(&[]);
    assert_eq!(status, 2);

    // Every word goes through the translation layer.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hakemus-check"))
        .args(["--lang", "fi", &valid, &broken])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("complete.json: 0 virhettä, 0 huomiota\n"), "{out}");
    assert!(
        out.contains(r#"broken.json.txt: virhe: application.budget.lines[0].amount: "12,5O" ei ole rahamäärä"#),
        "{out}"
    );
}

/// Whatever storage accepts, export writes and import reads again: the
/// limit is one constant, and storage asks `fits_in_a_file` before it saves.
#[test]
fn what_storage_accepts_export_writes_and_import_reads_again() {
    // A 2.9-million-character answer (5.8 MB in UTF-8): once refused by the app's own import.
    let mut d = sample();
    let id = d.answers.keys().next().unwrap().clone();
    d.answers.insert(id.clone(), "ä".repeat(2_900_000));
    let record = serde_json::to_string(&d).unwrap();
    assert!(application::fits_in_a_file(&d, record.len()).is_ok());
    let file = to_json(&export(&d, "2026-11-27T12:00:00Z"));
    assert!(file.len() > 5_800_000 && file.len() <= MAX_FILE_BYTES);
    let again = import(file.as_bytes(), Lang::Fi).expect("what was exported opens");
    assert_eq!(again.draft.answers[&id].chars().count(), 2_900_000);

    // A draft whose file would be larger than the import accepts is refused before it is saved,
    // with the file's size.
    d.answers.insert(id, "ä".repeat(MAX_FILE_BYTES / 2 + 1));
    let record = serde_json::to_string(&d).unwrap();
    let bytes = application::fits_in_a_file(&d, record.len()).unwrap_err();
    assert!(bytes > MAX_FILE_BYTES);
    let file = to_json(&export(&d, "2026-11-27T12:00:00Z"));
    assert_eq!(file.len(), bytes);
    assert_eq!(
        import(file.as_bytes(), Lang::Fi).unwrap_err().problem,
        Problem::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES
        }
    );
}
