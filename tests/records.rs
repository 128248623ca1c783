//! Stored records read leniently (`formats::record`): what a newer version wrote and this one does
//! not know is kept aside and written back; only what cannot be understood is refused.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::reader::{ImportError, Problem};
use hakemus::domain::formats::record::{read_lenient, write_keeping, Kept, Lenient, Step};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

mod common;

/// A record as storage keeps one, strict like the draft inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    revision: u64,
    saved_at: f64,
    title: String,
    draft: RawDraft,
}

fn record(draft: RawDraft) -> Record {
    Record {
        revision: 3,
        saved_at: 1_763_888_400_000.0,
        title: "Yhteiset lomakkeet".into(),
        draft,
    }
}

/// A draft with three budget lines told apart by their description.
fn three_lines() -> RawDraft {
    let mut d = common::complete_application();
    d.budget.lines.clear();
    for description in ["Projektipäällikkö", "Lisenssit", "Koulutus"] {
        let id = d.add_line();
        let line = d.line_mut(id).unwrap();
        line.description = description.into();
        line.amount = "1 000,00".into();
    }
    d
}

fn value(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The record as JSON, changed by `edit` (as a newer version would have written it).
fn newer(record: &Record, edit: impl FnOnce(&mut Value)) -> String {
    let mut v = serde_json::to_value(record).unwrap();
    edit(&mut v);
    v.to_string()
}

fn read(text: &str) -> Lenient<Record> {
    read_lenient::<Record>(text).unwrap()
}

fn refusal(text: &str) -> ImportError {
    read_lenient::<Record>(text).unwrap_err()
}

fn paths(kept: &[Kept]) -> Vec<String> {
    let mut paths: Vec<String> = kept.iter().map(Kept::path).collect();
    paths.sort();
    paths
}

#[test]
fn a_record_with_nothing_unknown_reads_as_it_is_and_writes_as_before() {
    let original = record(common::complete_application());
    let text = serde_json::to_string(&original).unwrap();
    let read = read(&text);
    assert_eq!(read.value, original);
    assert!(read.kept.is_empty());
    assert_eq!(write_keeping(&read.value, &read.kept).unwrap(), text);
}

#[test]
fn an_unknown_top_level_field_is_kept_and_reported() {
    let original = record(common::complete_application());
    let text = newer(&original, |v| v["pinned"] = json!(true));
    let read = read(&text);
    assert_eq!(read.value, original);
    assert_eq!(paths(&read.kept), ["pinned"]);
    assert_eq!(read.kept[0].parent, []);
    assert_eq!(read.kept[0].value, json!(true));
    assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), value(&text));
}

#[test]
fn an_unknown_field_in_the_project_is_kept_and_written_back_after_an_edit() {
    let original = record(common::complete_application());
    let text = newer(&original, |v| {
        v["draft"]["project"]["name_se"] = json!("Gemensamma blanketter")
    });
    let mut read = read(&text);
    assert_eq!(paths(&read.kept), ["draft.project.name_se"]);
    read.value.draft.project.summary = "Uusi tiivistelmä".into();
    let written = value(&write_keeping(&read.value, &read.kept).unwrap());
    assert_eq!(written["draft"]["project"]["name_se"], "Gemensamma blanketter");
    assert_eq!(written["draft"]["project"]["summary"], "Uusi tiivistelmä");
}

#[test]
fn an_unknown_field_of_a_budget_line_follows_its_line_by_id() {
    let draft = three_lines();
    let ids: Vec<u64> = draft.budget.lines.iter().map(|l| l.id).collect();
    let text = newer(&record(draft), |v| {
        v["draft"]["budget"]["lines"][1]["colour"] = json!("#c00");
        v["draft"]["budget"]["lines"][2]["tags"] = json!(["koulutus", {"level": 2}]);
    });
    let mut read = read(&text);
    assert_eq!(
        read.kept.iter().map(Kept::path).collect::<Vec<_>>(),
        [
            format!("draft.budget.lines[id={}].colour", ids[1]),
            format!("draft.budget.lines[id={}].tags", ids[2]),
        ]
    );
    // The user moves the last line first, removes none, adds one at the end.
    let lines = &mut read.value.draft.budget.lines;
    let last = lines.pop().unwrap();
    lines.insert(0, last);
    read.value.draft.add_line();
    let written = value(&write_keeping(&read.value, &read.kept).unwrap());
    let lines = written["draft"]["budget"]["lines"].as_array().unwrap();
    let by_description = |d: &str| lines.iter().find(|l| l["description"] == d).unwrap();
    assert_eq!(by_description("Lisenssit")["colour"], "#c00");
    assert_eq!(by_description("Koulutus")["tags"], json!(["koulutus", {"level": 2}]));
    assert!(by_description("Projektipäällikkö").get("colour").is_none());
    assert!(lines[3].get("colour").is_none() && lines[3].get("tags").is_none());
    assert_eq!(lines.iter().filter(|l| l.get("colour").is_some()).count(), 1);
}

#[test]
fn a_kept_field_goes_with_the_line_the_user_removed() {
    let draft = three_lines();
    let removed = draft.budget.lines[1].id;
    let text = newer(&record(draft), |v| {
        v["draft"]["budget"]["lines"][1]["colour"] = json!("#c00");
    });
    let mut read = read(&text);
    read.value.draft.budget.lines.retain(|l| l.id != removed);
    let written = write_keeping(&read.value, &read.kept).unwrap();
    assert!(!written.contains("colour"));
    assert_eq!(value(&written), serde_json::to_value(&read.value).unwrap());
}

#[test]
fn the_kept_value_is_exactly_what_was_stored() {
    let stored = json!({
        "nested": {"list": [1, -2, 3.5, null, true, "a\"b\\c", {"deep": []}], "empty": {}},
        "text": "Åland \u{202e} ✓",
        "big": 18_446_744_073_709_551_615u64,
        "negative": -9_223_372_036_854_775_808i64,
    });
    let original = record(three_lines());
    let text = newer(&original, |v| {
        v["sync"] = stored.clone();
        v["draft"]["risks"][0]["review"] = stored.clone();
    });
    let read = read(&text);
    assert_eq!(read.value, original);
    assert_eq!(read.kept.len(), 2);
    assert!(read.kept.iter().all(|k| k.value == stored));
    assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), value(&text));
}

#[test]
fn unknown_fields_at_every_depth_are_all_kept() {
    let original = record(three_lines());
    let text = newer(&original, |v| {
        v["a"] = json!(1);
        v["draft"]["b"] = json!(2);
        v["draft"]["budget"]["c"] = json!(3);
        v["draft"]["applicants"][0]["d"] = json!(4);
        v["draft"]["schedule"][0]["e"] = json!(5);
        v["draft"]["indicators"][0]["f"] = json!(6);
        v["draft"]["budget"]["lines"][0]["g"] = json!(7);
        v["draft"]["budget"]["lines"][0]["h"] = json!(8);
    });
    let read = read(&text);
    assert_eq!(read.value, original);
    let lead = original.draft.applicants[0].id;
    let wp = original.draft.schedule[0].id;
    let indicator = original.draft.indicators[0].id;
    let line = original.draft.budget.lines[0].id;
    assert_eq!(
        paths(&read.kept),
        [
            "a".to_string(),
            format!("draft.applicants[id={lead}].d"),
            "draft.b".into(),
            "draft.budget.c".into(),
            format!("draft.budget.lines[id={line}].g"),
            format!("draft.budget.lines[id={line}].h"),
            format!("draft.indicators[id={indicator}].f"),
            format!("draft.schedule[id={wp}].e"),
        ]
    );
    assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), value(&text));
}

#[test]
fn a_known_field_of_the_wrong_type_is_refused_with_its_path() {
    let text = newer(&record(RawDraft::default()), |v| v["revision"] = json!("x"));
    let e = refusal(&text);
    assert_eq!(e.path.as_deref(), Some("revision"));
    assert!(matches!(e.problem, Problem::Invalid { ref detail } if detail.contains("invalid type")));
    // Also when the record has unknown fields too, before and after it.
    let text = newer(&record(three_lines()), |v| {
        v["aaa"] = json!(1);
        v["draft"]["budget"]["lines"][1]["amount"] = json!(12);
        v["draft"]["budget"]["lines"][2]["zzz"] = json!(1);
    });
    let e = refusal(&text);
    assert_eq!(e.path.as_deref(), Some("draft.budget.lines[1].amount"));
    assert!(matches!(e.problem, Problem::Invalid { .. }));
}

/// No record of ours holds a struct as a list: one is refused with its path (serde alone would read
/// `[]` as an empty part), also when the record has unknown fields too.
#[test]
fn a_part_stored_as_a_list_is_refused_with_its_path() {
    let text = newer(&record(three_lines()), |v| v["draft"]["project"] = json!([]));
    let e = refusal(&text);
    assert_eq!(e.path.as_deref(), Some("draft.project"));
    assert_eq!(
        e.problem,
        Problem::Invalid {
            detail: "invalid type: sequence, expected struct RawProject".into()
        }
    );
    let text = newer(&record(three_lines()), |v| {
        v["aaa"] = json!(1);
        v["draft"]["budget"]["lines"][2] = json!([]);
    });
    let e = refusal(&text);
    assert_eq!(e.path.as_deref(), Some("draft.budget.lines[2]"));
    assert!(matches!(e.problem, Problem::Invalid { ref detail } if detail.starts_with("invalid type: sequence")));
}

#[test]
fn a_known_field_with_a_value_it_cannot_take_is_refused() {
    let text = newer(&record(three_lines()), |v| {
        v["draft"]["budget"]["lines"][0]["basis"] = json!("mixed");
        v["draft"]["budget"]["lines"][0]["colour"] = json!("red");
    });
    let e = refusal(&text);
    assert_eq!(e.path.as_deref(), Some("draft.budget.lines[0].basis"));
    assert!(matches!(e.problem, Problem::Invalid { ref detail } if detail.contains("unknown variant")));
}

#[test]
fn what_is_not_json_or_not_a_record_is_refused() {
    assert!(matches!(
        refusal(r#"{"revision": 1,"#).problem,
        Problem::Syntax { line: 1, .. }
    ));
    // A syntax error after an unknown field is found too.
    assert!(matches!(
        refusal("{\"colour\": 1,\n \"revision\": }").problem,
        Problem::Syntax { line: 2, .. }
    ));
    assert!(matches!(refusal("[1, 2]").problem, Problem::Invalid { .. }));
    assert!(matches!(refusal("\"draft\"").problem, Problem::Invalid { .. }));
    assert!(matches!(refusal("").problem, Problem::Syntax { .. }));
    // Nested too deep, in a field this version does not know.
    let text = format!(r#"{{"colour": {}{}}}"#, "[".repeat(200), "]".repeat(200));
    assert_eq!(refusal(&text).problem, Problem::TooDeep);
    // A record missing a field it needs.
    let e = refusal(r#"{"revision": 1, "saved_at": 0, "title": ""}"#);
    assert!(matches!(e.problem, Problem::Invalid { ref detail } if detail.contains("missing field `draft`")));
}

#[test]
fn a_repeated_key_is_refused() {
    // A repeated field of the record: serde's own check, in the one typed pass.
    let e = refusal(r#"{"revision": 1, "revision": 2, "saved_at": 0, "title": "", "draft": {}}"#);
    assert!(matches!(e.problem, Problem::Invalid { ref detail } if detail.contains("duplicate field")));
    // In a record with unknown fields, any repeated key, with its place.
    let e = refusal(
        r#"{"colour": 1, "revision": 1, "saved_at": 0, "title": "", "draft": {"answers": {"a": "1", "a": "2"}}}"#,
    );
    assert_eq!(
        e,
        ImportError {
            path: Some("draft.answers".into()),
            problem: Problem::DuplicateKey { key: "a".into() }
        }
    );
}

#[test]
fn a_field_the_model_writes_keeps_the_models_value() {
    let read = read(&newer(&record(RawDraft::default()), |_| {}));
    let kept = [Kept {
        parent: vec![Step::Key("draft".into()), Step::Key("project".into())],
        key: "name_fi".into(),
        value: json!("kept"),
    }];
    let written = value(&write_keeping(&read.value, &kept).unwrap());
    assert_eq!(written["draft"]["project"]["name_fi"], "");
}

/// Elements without an id are found by position; those gone are gone.
#[test]
fn elements_without_an_id_are_matched_by_position() {
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Point {
        x: i32,
    }
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Path {
        points: Vec<Point>,
    }
    let text = r#"{"points": [{"x": 1, "label": "a"}, {"x": 2}, {"x": 3, "label": "c"}]}"#;
    let mut read = read_lenient::<Path>(text).unwrap();
    assert_eq!(paths(&read.kept), ["points[0].label", "points[2].label"]);
    assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), value(text));
    read.value.points.remove(0);
    let written = value(&write_keeping(&read.value, &read.kept).unwrap());
    assert_eq!(written, json!({"points": [{"x": 2, "label": "a"}, {"x": 3}]}));
}

/// A newer version added a field to every line: one reading still, everything kept.
#[test]
fn a_field_added_to_every_line_of_a_large_draft_is_kept_for_each() {
    let mut draft = three_lines();
    for _ in 0..2000 {
        let id = draft.add_line();
        draft.line_mut(id).unwrap().amount = "120,00".into();
    }
    let original = record(draft);
    let plain = serde_json::to_string(&original).unwrap();
    assert!(read(&plain).kept.is_empty());
    let text = newer(&original, |v| {
        for line in v["draft"]["budget"]["lines"].as_array_mut().unwrap() {
            line["colour"] = json!("#0a0");
        }
    });
    let read = read(&text);
    assert_eq!(read.value, original);
    assert_eq!(read.kept.len(), 2003);
    assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), value(&text));
}

/// A JSON value of any shape, with numbers that read back exactly.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i32>().prop_map(|n| Value::from(f64::from(n) / 8.0)),
        "[a-zäö\"\\\\ \u{202e}]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The objects of the record's own structs (not the maps of answers and exclusions, where any key
/// is known), by JSON pointer.
fn struct_objects(v: &Value, pointer: String, out: &mut Vec<String>) {
    match v {
        Value::Object(object) => {
            out.push(pointer.clone());
            for (key, child) in object {
                if key != "answers" && key != "exclusions" {
                    struct_objects(child, format!("{pointer}/{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                struct_objects(child, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever a newer version added, wherever: read and written back unedited, the same JSON.
    #[test]
    fn unknown_fields_anywhere_round_trip(
        lines in proptest::collection::vec("[0-9 ,.a-z]{0,6}", 0..6),
        added in proptest::collection::vec((any::<prop::sample::Index>(), "[a-z]{1,3}", any_json()), 0..12),
    ) {
        let mut draft = common::complete_application();
        for amount in lines {
            let id = draft.add_line();
            draft.line_mut(id).unwrap().amount = amount;
        }
        let original = record(draft);
        let mut v = serde_json::to_value(&original).unwrap();
        let mut objects = Vec::new();
        struct_objects(&v, String::new(), &mut objects);
        let mut expected = std::collections::BTreeSet::new();
        for (at, key, extra) in added {
            let pointer = at.get(&objects).clone();
            let key = format!("x_{key}");
            expected.insert(format!("{pointer}/{key}"));
            v.pointer_mut(&pointer).unwrap().as_object_mut().unwrap().insert(key, extra);
        }
        let text = v.to_string();
        let read = read_lenient::<Record>(&text).unwrap();
        prop_assert_eq!(&read.value, &original);
        prop_assert_eq!(read.kept.len(), expected.len());
        prop_assert_eq!(value(&write_keeping(&read.value, &read.kept).unwrap()), v);
    }
}
