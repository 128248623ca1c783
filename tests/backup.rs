//! The backup (issue 28, item 10): the `hakemus-backup` file, its schema and strict reading, and the
//! restore's plan — what is missing is added, what is here already is skipped, where both differ
//! nothing is written over (the backup's version kept beside), what cannot be read is skipped alone —
//! with properties: a backup restored into the browser it came from changes nothing, nothing present
//! before a restore is missing or changed after it, and a second restore of the same backup adds
//! nothing. Version 2 carries the first phase's records too (initiatives, interests, initiatives
//! received, the ministry's workshop); a version 1 file still opens.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::backup::{
    self, export, import, restore, schema, Contents, DraftEntry, FirstPhasePart, FollowUpPart, GrantPart, Item,
    KeptEntry, Kind, LocalEntry, Reason, Summary, MAX_BACKUP_BYTES, SCHEMA_JSON,
};
use hakemus::domain::formats::decision::{self, Proposal};
use hakemus::domain::formats::initiative::{export_initiative, to_json};
use hakemus::domain::formats::reader::Problem;
use hakemus::domain::formats::review::{self, ApplicationRef, Mark, Review, Reviewer};
use hakemus::domain::formats::stored::{DraftRecord, KeptFileRecord, PendingFile, Recovery};
use hakemus::domain::grant::model::{RawClaim, RawEntry, RawGrant, RawPeriod};
use hakemus::domain::initiative::model::{RawInitiative, RawInterest};
use hakemus::domain::initiative::workshop::Workshop;
use hakemus::domain::reviewer::follow_up::{CompletionDraft, CompletionDrafts};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::criteria::{Criterion, Score};
use hakemus::domain::vocabulary::locale::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const MADE: &str = "2026-12-06T10:00:00Z";
const NOW: &str = "2026-12-07T08:00:00Z";

fn copy_title(name: &str) -> String {
    format!("{name} (varmuuskopiosta 6.12.2026)")
}

fn draft_text(title: &str, project: &str, revision: u64) -> String {
    let mut draft = RawDraft::default();
    draft.project.name_fi = project.into();
    let record = DraftRecord {
        revision,
        saved_at: 1_765_000_000_000.0 + revision as f64,
        title: title.into(),
        draft,
    };
    serde_json::to_string(&record).unwrap()
}

fn fp(c: char) -> String {
    std::iter::repeat_n(c, 64).collect()
}

fn review_of(fingerprint: &str, project: &str, score: u8, note: &str) -> Review {
    let mut r = Review::new(ApplicationRef {
        fingerprint: fingerprint.into(),
        call: call::DEFAULT_CALL.into(),
        lead: "Kiuruvesi".into(),
        project: project.into(),
        source: "hakemus.json".into(),
    });
    let mark = Mark {
        score: Score::new(score),
        note: note.into(),
    };
    r.set_mark(Criterion::Feasibility, mark, "2026-12-01T08:00:00Z");
    r
}

fn reviews_text(reviews: &[Review]) -> String {
    review::export(reviews, "2026-12-01T09:00:00Z")
}

/// A proposal's stored text as an app of decision format 2 stored it (the committed backups of
/// every version carry it so; a proposal that is no second decision is the same in format 3 but
/// for its version).
fn proposal_text(appropriation: &str, at: &str) -> String {
    let mut p = Proposal::new(call::DEFAULT_CALL, Lang::Fi);
    p.appropriation = appropriation.into();
    let text = decision::to_json(&decision::export(&p, at));
    let version = format!("\"schema_version\": {}", decision::SCHEMA_VERSION);
    assert!(text.contains(&version));
    text.replacen(&version, "\"schema_version\": 2", 1)
}

fn kept(source: &str, text: &str) -> String {
    let record = KeptFileRecord {
        source: source.into(),
        text: text.into(),
        kept_at: 1_765_000_000_000.0,
    };
    serde_json::to_string(&record).unwrap()
}

fn panel_file(name: &str, reviews: &[Review]) -> String {
    let who = Reviewer {
        name: name.into(),
        ..Reviewer::default()
    };
    review::export_by(Some(&who), reviews, "2026-12-01T09:00:00Z")
}

fn identity(name: &str) -> String {
    serde_json::to_string(&Reviewer {
        name: name.into(),
        ..Reviewer::default()
    })
    .unwrap()
}

/// An initiative as the initiatives app stores it: `{created_at, value}`.
fn initiative(id: &str, title: &str, goals: &str) -> RawInitiative {
    let mut i = RawInitiative::new(id);
    i.municipality = "Kiuruvesi".into();
    i.title = title.into();
    i.descriptions.goals = goals.into();
    i
}

fn stored<T: serde::Serialize>(value: &T, created_at: f64) -> String {
    serde_json::to_string(&json!({ "created_at": created_at, "value": value })).unwrap()
}

fn entry<T: serde::Serialize>(id: &str, value: &T) -> LocalEntry {
    LocalEntry {
        id: id.into(),
        record: stored(value, 1_765_000_000_000.0),
    }
}

fn interest(id: &str, municipality: &str, need: &str) -> RawInterest {
    let mut x = RawInterest::new(id);
    x.municipality = municipality.into();
    x.need = need.into();
    x
}

/// The workshop as the ministry's browser stores it: the files opened and its choices.
fn workshop(files: &[(&str, String)], workshop: &Workshop) -> String {
    let files: Vec<Value> = files
        .iter()
        .map(|(source, text)| json!({ "source": source, "text": text }))
        .collect();
    serde_json::to_string(&json!({ "files": files, "workshop": workshop })).unwrap()
}

fn initiative_file(i: &RawInitiative) -> String {
    to_json(&export_initiative(i, "2019-09-01T09:00:00Z"))
}

fn joined(a: &str, b: &str) -> Workshop {
    let mut w = Workshop::default();
    w.join(&[a, b], "297", "").unwrap();
    w
}

/// The first phase in a municipality's and the ministry's browser.
fn first_phase() -> FirstPhasePart {
    let own = initiative("i-1", "Sähköinen asiointi", "Yhteinen palvelu.");
    let other = initiative("i-2", "Asiointi yhdessä", "Toinen.");
    FirstPhasePart {
        initiatives: vec![entry("i-1", &own)],
        interests: vec![entry("x-1", &interest("x-1", "Iisalmi", "Tarve."))],
        received: vec![entry("i-2", &other)],
        workshop: Some(workshop(
            &[
                ("ehdotus-1.json", initiative_file(&own)),
                ("ehdotus-2.json", initiative_file(&other)),
            ],
            &joined("i-1", "i-2"),
        )),
    }
}

/// A browser holding the first phase alone.
fn with_first_phase() -> Contents {
    Contents {
        first_phase: first_phase(),
        ..Contents::default()
    }
}

/// A granted project as the grant's app stores it (`{revision, saved_at, grant}`), with one entry
/// in its accounts.
fn grant_record(id: &str, name: &str, net: &str) -> String {
    let mut g = RawGrant {
        id: id.into(),
        fingerprint: fp('a'),
        ..RawGrant::default()
    };
    g.granted.amount = "181500.00".into();
    g.application.project.name_fi = name.into();
    let e = g.add_entry();
    g.entry_mut(e).unwrap().net = net.into();
    serde_json::to_string(&json!({ "revision": 3, "saved_at": 1_765_000_000_000.0, "grant": g })).unwrap()
}

/// The granted projects of a lead's browser.
fn grants() -> GrantPart {
    GrantPart {
        projects: vec![LocalEntry {
            id: "g-1".into(),
            record: grant_record("g-1", "Sähköiset lomakkeet", "1 200,50"),
        }],
    }
}

/// A browser with a bit of everything.
fn browser() -> Contents {
    let mut c = Contents::default();
    c.drafter.drafts = vec![
        DraftEntry {
            id: 1,
            record: draft_text("Yhteishanke", "Sähköiset lomakkeet", 4),
        },
        DraftEntry {
            id: 2,
            record: draft_text("", "Toinen hanke", 1),
        },
    ];
    c.drafter.recoveries = vec![serde_json::to_string(&Recovery {
        draft_id: Some(2),
        base_revision: 1,
        kept_at: 1_765_000_000_500.0,
        draft: {
            let mut d = RawDraft::default();
            d.project.name_fi = "Toinen hanke, tallentamaton".into();
            d
        },
    })
    .unwrap()];
    let r = &mut c.reviewer;
    r.identity = Some(identity("Maija Meikäläinen"));
    r.blind = Some(true);
    r.reviews = Some(reviews_text(&[
        review_of(&fp('a'), "Lomakkeet", 3, "Hyvä."),
        review_of(&fp('b'), "Tiedolla johtaminen", 2, ""),
        review_of(&fp('c'), "Kolmas", 1, "Heikko."),
    ]));
    r.proposal = Some(proposal_text("30000000.00", "2026-12-02T09:00:00Z"));
    r.opened = vec![KeptEntry {
        key: fp('a'),
        record: kept("lomakkeet.json", "{\"format\":\"hakemus-application\"}"),
    }];
    r.panel = vec![KeptEntry {
        key: "name:ville virtanen".into(),
        record: kept(
            "arviot-ville.json",
            &panel_file("Ville Virtanen", &[review_of(&fp('a'), "Lomakkeet", 2, "")]),
        ),
    }];
    c.first_phase = first_phase();
    c.grant = grants();
    c.drafter.clarifications = vec![LocalEntry {
        id: "2".into(),
        record: lead_clarification("Miten hanke jatkuu?"),
    }];
    c.reviewer.clarifications = Some(ministry_clarifications("2021-03-01"));
    c.follow_up = FollowUpPart {
        record: Some(follow_up_record(3, "Kiuruvesi")),
        change_decisions: Some("[]".into()),
        completion_drafts: Some(completion_drafts("Mitä työtä kaudella tehtiin?")),
    };
    c.reviewer.second_proposal = Some(proposal_text("30000000.00", "2026-12-03T09:00:00Z"));
    c
}

/// A lead's clarification record as `storage::clarification` keeps it: the request's file as it
/// came and the answers typed.
fn lead_clarification(answer: &str) -> String {
    json!({"request": "{\"format\":\"hakemus-clarification-request\"}", "answers": {"1": answer}}).to_string()
}

/// The ministry's clarification record as `storage::ministry_clarification` keeps it (a JSON list).
fn ministry_clarifications(deadline: &str) -> String {
    json!([{"request_id": 1, "deadline": deadline}]).to_string()
}

/// The completion requests being written as `storage::completion_draft` keeps them (a JSON list):
/// one, about Kiuruvesi's report 6, asking `question`.
fn completion_drafts(question: &str) -> String {
    let mut drafts = CompletionDrafts::default();
    let draft = CompletionDraft {
        questions: question.into(),
        entries: vec![(3, String::new())],
        deadline: "31.12.20".into(),
    };
    drafts.set("kiuruvesi", 6, draft);
    serde_json::to_string(&drafts).unwrap()
}

/// The follow-up as `storage::follow_up` keeps it: `{revision, saved_at, follow_up}`.
fn follow_up_record(revision: u64, lead: &str) -> String {
    json!({"revision": revision, "saved_at": 1_765_000_000_000.0, "follow_up": {"grants": [{"lead": lead}]}})
        .to_string()
}

fn names(items: &[Item], kind: Kind) -> Vec<String> {
    items
        .iter()
        .filter(|i| i.kind == kind)
        .map(|i| i.name.clone())
        .collect()
}

fn count(items: &[Item], kind: Kind) -> usize {
    items.iter().filter(|i| i.kind == kind).count()
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/hakemus-backup.schema.json");
    let text = schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap();
    assert!(
        on_disk == text,
        "{path} is stale: run `UPDATE_SCHEMA=1 cargo test --test backup`"
    );
    assert_eq!(SCHEMA_JSON, on_disk);
    // The parts are described: each record is JSON text, and the header is fixed.
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["properties"]["format"]["const"], "hakemus-backup");
    assert_eq!(schema["properties"]["schema_version"]["const"], 4);
    assert!(schema["properties"]["follow_up"].is_object());
    assert!(schema["properties"]["grant"].is_object());
    let initiative = &schema["$defs"]["LocalEntry"]["properties"]["record"];
    assert_eq!(initiative["contentMediaType"], "application/json");
    assert!(schema["properties"]["first_phase"].is_object());
    let draft = &schema["$defs"]["DraftEntry"]["properties"]["record"];
    assert_eq!(draft["contentMediaType"], "application/json");
    assert!(draft["description"].as_str().unwrap().contains("revision"));
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn the_example_backup_is_what_the_build_writes() {
    // The end-to-end schema test (tests/e2e/schema.test.js) validates it with a real validator.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup/browser.json");
    let text = export(&browser(), MADE);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == text,
        "{path} is stale: run `UPDATE_FIXTURES=1 cargo test --test backup`"
    );
}

#[test]
fn a_backup_is_read_back_as_written_and_its_records_are_carried_as_text() {
    let contents = browser();
    let text = export(&contents, MADE);
    let read = import(text.as_bytes()).unwrap();
    assert_eq!(read.made_at, MADE);
    assert_eq!(read.contents, contents);
    // A record is a string holding its stored text exactly (not a JSON value re-written).
    let file: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        file["drafter"]["drafts"][0]["record"],
        json!(contents.drafter.drafts[0].record)
    );
    assert_eq!(backup::file_name("2026-12-06"), "hakemus-varmuuskopio-2026-12-06.json");
}

#[test]
fn another_file_a_newer_version_and_a_backup_too_large_are_refused_with_words() {
    let text = export(&browser(), MADE);
    let mut newer: Value = serde_json::from_str(&text).unwrap();
    newer["schema_version"] = json!(5);
    let e = import(newer.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.problem, Problem::NewerVersion { found: 5, reads: 4 });
    assert_eq!(e.path.as_deref(), Some("schema_version"));
    let review = reviews_text(&[]);
    let e = import(review.as_bytes()).unwrap_err();
    assert_eq!(
        e.problem,
        Problem::NotAnExport {
            expected: "hakemus-backup"
        }
    );
    let mut extra: Value = serde_json::from_str(&text).unwrap();
    extra["drafter"]["colour"] = json!("red");
    let e = import(extra.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        (e.path.as_deref(), e.problem),
        (Some("drafter.colour"), Problem::UnknownField)
    );
    let huge = vec![b' '; MAX_BACKUP_BYTES + 1];
    assert_eq!(
        import(&huge).unwrap_err().problem,
        Problem::TooLarge {
            bytes: MAX_BACKUP_BYTES + 1,
            limit: MAX_BACKUP_BYTES
        }
    );
}

#[test]
fn a_fresh_browser_gets_everything_under_the_same_ids() {
    let mut from = browser();
    from.reviewer.proposal_aside = Some(proposal_text("1.00", "2026-12-01T09:00:00Z"));
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    assert_eq!(after, from, "every record as it was, byte for byte");
    assert_eq!(count(&summary.added, Kind::Draft), 2);
    assert_eq!(count(&summary.added, Kind::DraftRecovery), 1);
    assert_eq!(count(&summary.added, Kind::Review), 3);
    assert_eq!(
        names(&summary.added, Kind::Proposal),
        ["2026-12-02T09:00:00Z", "2026-12-01T09:00:00Z"],
        "the proposal and the version set aside, each in its place"
    );
    assert_eq!(names(&summary.added, Kind::PanelFile), ["Ville Virtanen"]);
    assert_eq!(names(&summary.added, Kind::OpenedApplication), ["lomakkeet.json"]);
    assert_eq!(names(&summary.added, Kind::Reviewer), ["Maija Meikäläinen"]);
    assert_eq!(names(&summary.added, Kind::Initiative), ["Sähköinen asiointi"]);
    assert_eq!(names(&summary.added, Kind::Interest), ["Iisalmi"]);
    assert_eq!(names(&summary.added, Kind::ReceivedInitiative), ["Asiointi yhdessä"]);
    assert_eq!(
        names(&summary.added, Kind::WorkshopFile),
        ["ehdotus-1.json", "ehdotus-2.json"]
    );
    assert_eq!(count(&summary.added, Kind::Workshop), 1);
    assert!(summary.kept_both.is_empty() && summary.skipped.is_empty() && summary.already.is_empty());
}

/// A version 1 backup (made before the first phase was carried) still opens and restores; its
/// first phase is empty, and restoring it leaves this browser's first phase as it is.
#[test]
fn a_version_1_backup_still_opens_and_restores() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup/browser-v1.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\"schema_version\": 1,") && !text.contains("first_phase"));
    let read = import(text.as_bytes()).unwrap();
    assert_eq!(read.made_at, MADE);
    let mut expected = browser();
    expected.first_phase = FirstPhasePart::default();
    expected.grant = GrantPart::default();
    without_version_4(&mut expected);
    assert_eq!(read.contents, expected);
    let (after, summary) = restore(&read.contents, &Contents::default(), NOW, &copy_title);
    assert_eq!(after, expected);
    assert_eq!(count(&summary.added, Kind::Draft), 2);
    let here = with_first_phase();
    let (after, _) = restore(&read.contents, &here, NOW, &copy_title);
    assert_eq!(after.first_phase, here.first_phase);
}

/// What version 4 added, cleared: a file of an earlier version is read as one without it.
fn without_version_4(c: &mut Contents) {
    c.drafter.clarifications.clear();
    c.reviewer.clarifications = None;
    c.reviewer.second_proposal = None;
    c.reviewer.second_proposal_recoveries.clear();
    c.follow_up = FollowUpPart::default();
}

/// A backup of version 3 (before the clarification records and the follow-up) opens as one without
/// them, and restoring it leaves this browser's as they are.
#[test]
fn a_version_3_backup_still_opens_and_restores() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup/browser-v3.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\"schema_version\": 3,") && !text.contains("\"follow_up\""));
    let read = import(text.as_bytes()).unwrap();
    let mut expected = browser();
    without_version_4(&mut expected);
    assert_eq!(read.contents, expected);
    let here = browser();
    let (after, summary) = restore(&read.contents, &here, NOW, &copy_title);
    assert_eq!(after, here);
    assert!(!summary.changes(), "{summary:?}");
}

/// The ministry's clarification record and its follow-up, each one record kept whole: added where
/// this browser has none; here already where it holds the same (whenever each was saved); one
/// here that differs stays and the backup's is left out, not merged; an unreadable one is left out
/// with the reader's words.
#[test]
fn the_ministrys_records_are_added_or_left_out_whole() {
    let from = browser();
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    assert_eq!(after.reviewer.clarifications, from.reviewer.clarifications);
    assert_eq!(after.follow_up, from.follow_up);
    assert_eq!(count(&summary.added, Kind::MinistryClarifications), 1);
    assert_eq!(count(&summary.added, Kind::FollowUp), 1);
    assert_eq!(after.reviewer.second_proposal, from.reviewer.second_proposal);
    assert_eq!(after.follow_up.change_decisions, from.follow_up.change_decisions);
    assert_eq!(count(&summary.added, Kind::SecondProposal), 1);
    assert_eq!(count(&summary.added, Kind::ChangeDecisions), 1);
    assert_eq!(after.follow_up.completion_drafts, from.follow_up.completion_drafts);
    assert_eq!(count(&summary.added, Kind::CompletionDrafts), 1);
    let (_, summary) = restore(&from, &after, NOW, &copy_title);
    assert_eq!(count(&summary.already, Kind::CompletionDrafts), 1);
    // The second decision saved again later, the same proposal: here already.
    let mut resaved = after.clone();
    resaved.reviewer.second_proposal = Some(proposal_text("30000000.00", "2026-12-05T09:00:00Z"));
    let (_, summary) = restore(&from, &resaved, NOW, &copy_title);
    assert_eq!(count(&summary.already, Kind::SecondProposal), 1);
    // The same follow-up saved again since (another revision): here already, unchanged.
    let mut here = after.clone();
    here.follow_up.record = Some(follow_up_record(7, "Kiuruvesi"));
    let (again, summary) = restore(&from, &here, NOW, &copy_title);
    assert_eq!(again.follow_up, here.follow_up);
    assert_eq!(count(&summary.already, Kind::FollowUp), 1);
    assert_eq!(count(&summary.already, Kind::MinistryClarifications), 1);
    // Different ones here: they stay, and the backup's are left out with the reason.
    here.follow_up.record = Some(follow_up_record(7, "Iisalmi"));
    here.reviewer.clarifications = Some(ministry_clarifications("2021-04-01"));
    here.follow_up.completion_drafts = Some(completion_drafts("Missä tosite on?"));
    let (again, summary) = restore(&from, &here, NOW, &copy_title);
    assert_eq!(again.follow_up, here.follow_up);
    assert_eq!(again.reviewer.clarifications, here.reviewer.clarifications);
    let reasons: Vec<(Kind, &Reason)> = summary.skipped.iter().map(|(i, r)| (i.kind, r)).collect();
    assert!(reasons.contains(&(Kind::FollowUp, &Reason::OwnRecord)), "{reasons:?}");
    assert!(
        reasons.contains(&(Kind::CompletionDrafts, &Reason::OwnRecord)),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&(Kind::MinistryClarifications, &Reason::OwnRecord)),
        "{reasons:?}"
    );
    // An unreadable follow-up in the backup is left out with the reader's words.
    let mut broken = Contents::default();
    broken.follow_up.record = Some("{\"revision\": ".into());
    let (again, summary) = restore(&broken, &Contents::default(), NOW, &copy_title);
    assert_eq!(again.follow_up, FollowUpPart::default());
    assert!(matches!(
        summary.skipped[..],
        [(
            Item {
                kind: Kind::FollowUp,
                ..
            },
            Reason::Unreadable(_)
        )]
    ));
}

/// The completion requests being written are carried only where there are some: a backup of a
/// browser writing none has no `completion_drafts` (so the builds before read it, their reader
/// refusing a field it does not know), reads back as none, and restoring it leaves the ones here
/// as they are; one carrying them reads back with them as stored, byte for byte.
#[test]
fn completion_requests_being_written_are_carried_only_where_there_are_some() {
    let mut none = browser();
    none.follow_up.completion_drafts = None;
    let text = export(&none, MADE);
    assert!(!text.contains("completion_drafts"), "{text}");
    assert_eq!(import(text.as_bytes()).unwrap().contents, none);
    let here = browser();
    let (after, summary) = restore(&none, &here, NOW, &copy_title);
    assert_eq!(after.follow_up.completion_drafts, here.follow_up.completion_drafts);
    assert_eq!(count(&summary.added, Kind::CompletionDrafts), 0);
    assert_eq!(count(&summary.already, Kind::CompletionDrafts), 0);
    let text = export(&here, MADE);
    let file: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        file["follow_up"]["completion_drafts"],
        json!(here.follow_up.completion_drafts.as_deref().unwrap())
    );
    assert_eq!(import(text.as_bytes()).unwrap().contents, here);
}

/// The second decision's proposal is restored as the first's is (`restore_proposal`): a different
/// one here stays and the backup's is kept beside it in the place set aside, and a copy a tab left
/// before it was saved (localStorage `hakemus.second-decision.recovery/<tab>`) comes back too.
#[test]
fn the_second_decisions_proposal_is_restored_as_the_first_is() {
    let mut from = Contents::default();
    from.reviewer.second_proposal = Some(proposal_text("30000000.00", "2026-12-03T09:00:00Z"));
    let mut here = Contents::default();
    here.reviewer.second_proposal = Some(proposal_text("29000000.00", "2026-12-04T09:00:00Z"));
    let (after, summary) = restore(&from, &here, NOW, &copy_title);
    assert_eq!(after.reviewer.second_proposal, here.reviewer.second_proposal);
    assert_eq!(after.reviewer.second_proposal_aside, from.reviewer.second_proposal);
    assert_eq!(count(&summary.kept_both, Kind::SecondProposal), 1);
    // The first decision's places are not touched by the second's.
    assert_eq!(
        (&after.reviewer.proposal, &after.reviewer.proposal_aside),
        (&None, &None)
    );

    // A recovery copy in the backup, none here: it takes the free place.
    let mut left = Contents::default();
    left.reviewer.second_proposal_recoveries = vec![proposal_text("28000000.00", "2026-12-05T09:00:00Z")];
    let (after, summary) = restore(&left, &Contents::default(), NOW, &copy_title);
    assert_eq!(
        after.reviewer.second_proposal,
        Some(left.reviewer.second_proposal_recoveries[0].clone())
    );
    assert_eq!(count(&summary.added, Kind::SecondProposal), 1);
    // Restored again: here already.
    let (_, summary) = restore(&left, &after, NOW, &copy_title);
    assert_eq!(count(&summary.already, Kind::SecondProposal), 1);
    // And it travels through the file (written only when there are some).
    let written = export(&left, "2026-12-07T09:00:00Z");
    assert!(written.contains("second_proposal_recoveries"));
    assert_eq!(import(written.as_bytes()).unwrap().contents, left);
    assert!(!export(&Contents::default(), "2026-12-07T09:00:00Z").contains("second_proposal_recoveries"));
}

/// A lead's clarification record follows its draft: restored under the id the draft has after (a
/// draft kept beside one here gets a new id, and its record goes with it), here already where that
/// draft has the same, the one here kept where it differs, and left out when its draft is not
/// restored.
#[test]
fn a_clarification_record_follows_its_draft() {
    let from = browser();
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    assert_eq!(after.drafter.clarifications, from.drafter.clarifications);
    assert_eq!(names(&summary.added, Kind::Clarification), ["Toinen hanke"]);
    // Here, draft 2 is another project: the backup's draft 2 is added under id 3, its record too.
    let here = Contents {
        drafter: backup::DrafterPart {
            drafts: vec![
                from.drafter.drafts[0].clone(),
                DraftEntry {
                    id: 2,
                    record: draft_text("", "Kolmas hanke", 1),
                },
            ],
            ..backup::DrafterPart::default()
        },
        ..Contents::default()
    };
    let (after, _) = restore(&from, &here, NOW, &copy_title);
    let moved: Vec<&str> = after.drafter.clarifications.iter().map(|e| e.id.as_str()).collect();
    let added = after
        .drafter
        .drafts
        .iter()
        .find(|d| d.record.contains("Toinen hanke"))
        .unwrap();
    assert_eq!(moved, [added.id.to_string()]);
    assert_ne!(added.id, 2);
    // The same draft here with other answers: they stay.
    let mut mine = from.clone();
    mine.drafter.clarifications[0].record = lead_clarification("Toinen vastaus.");
    let (after, summary) = restore(&from, &mine, NOW, &copy_title);
    assert_eq!(after.drafter.clarifications, mine.drafter.clarifications);
    assert!(summary
        .skipped
        .iter()
        .any(|(i, r)| i.kind == Kind::Clarification && *r == Reason::OwnRecord));
    // Its draft not in the backup: left out with it.
    let mut orphan = Contents::default();
    orphan.drafter.clarifications = from.drafter.clarifications.clone();
    let (after, summary) = restore(&orphan, &Contents::default(), NOW, &copy_title);
    assert!(after.drafter.clarifications.is_empty());
    assert!(matches!(
        summary.skipped[..],
        [(
            Item {
                kind: Kind::Clarification,
                ..
            },
            Reason::WithoutDraft
        )]
    ));
}

/// A backup of version 2 (before the granted projects) opens as one without them, and restoring it
/// leaves this browser's granted projects as they are.
#[test]
fn a_version_2_backup_still_opens_and_restores() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup/browser-v2.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\"schema_version\": 2,") && !text.contains("\"grant\""));
    let read = import(text.as_bytes()).unwrap();
    let mut expected = browser();
    expected.grant = GrantPart::default();
    without_version_4(&mut expected);
    assert_eq!(read.contents, expected);
    let here = Contents {
        grant: grants(),
        ..Contents::default()
    };
    let (after, summary) = restore(&read.contents, &here, NOW, &copy_title);
    assert_eq!(after.grant, here.grant);
    assert_eq!(count(&summary.added, Kind::GrantedProject), 0);
}

/// A granted project: added where its id is free; here already when the project as typed is the
/// same (whatever its revision); one here that differs stays, and the backup's is kept beside it
/// under `<id>-2` with its own id changed to match; a record that cannot be read is left out with
/// the reader's words, the rest restored.
#[test]
fn a_granted_project_is_added_kept_beside_or_already_here() {
    let from = Contents {
        grant: GrantPart {
            projects: vec![
                LocalEntry {
                    id: "g-1".into(),
                    record: grant_record("g-1", "Sähköiset lomakkeet", "1 200,50"),
                },
                LocalEntry {
                    id: "g-2".into(),
                    record: grant_record("g-2", "Toinen hanke", "10"),
                },
                LocalEntry {
                    id: "g-3".into(),
                    record: "{\"revision\": 1, \"grant\": []}".into(),
                },
            ],
        },
        ..Contents::default()
    };
    // Into an empty browser: both readable ones added.
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    assert_eq!(
        names(&summary.added, Kind::GrantedProject),
        ["Sähköiset lomakkeet", "Toinen hanke"]
    );
    assert_eq!(after.grant.projects, from.grant.projects[..2]);
    let (item, reason) = &summary.skipped[0];
    assert_eq!(item.kind, Kind::GrantedProject);
    assert!(
        matches!(reason, Reason::Unreadable(e) if e.path.as_deref() == Some("grant")),
        "{reason:?}"
    );
    // Here: g-1 the same as typed (another revision), g-2 with an entry changed since.
    let same = grant_record("g-1", "Sähköiset lomakkeet", "1 200,50").replace("\"revision\":3", "\"revision\":9");
    let here = Contents {
        grant: GrantPart {
            projects: vec![
                LocalEntry {
                    id: "g-1".into(),
                    record: same,
                },
                LocalEntry {
                    id: "g-2".into(),
                    record: grant_record("g-2", "Toinen hanke", "20"),
                },
            ],
        },
        ..Contents::default()
    };
    let (after, summary) = restore(&from, &here, NOW, &copy_title);
    assert_eq!(names(&summary.already, Kind::GrantedProject), ["Sähköiset lomakkeet"]);
    assert_eq!(names(&summary.kept_both, Kind::GrantedProject), ["Toinen hanke"]);
    assert_eq!(after.grant.projects[..2], here.grant.projects[..]);
    let copy = &after.grant.projects[2];
    assert_eq!(copy.id, "g-2-2");
    let record: Value = serde_json::from_str(&copy.record).unwrap();
    assert_eq!(record["grant"]["id"], "g-2-2");
    assert_eq!(record["grant"]["entries"][0]["net"], "10");
    // Once more: nothing new.
    let (again, summary) = restore(&from, &after, NOW, &copy_title);
    assert_eq!(again, after);
    assert!(!summary.changes());
}

/// The municipality's own initiative and interest edited since the backup: each here stays as it
/// is, and the backup's is added beside it under an id of its own (an initiative under a title that
/// says where it came from); an initiative received that differs is left out, with the reason.
#[test]
fn a_first_phase_record_here_that_differs_stays_and_the_backups_is_kept_beside_it() {
    let from = first_phase();
    let mut here = FirstPhasePart {
        initiatives: vec![entry("i-1", &initiative("i-1", "Sähköinen asiointi", "Muokattu."))],
        interests: vec![entry("x-1", &interest("x-1", "Iisalmi", "Uusi tarve."))],
        received: vec![entry("i-2", &initiative("i-2", "Asiointi yhdessä", "Uudempi."))],
        workshop: None,
    };
    // One more of the municipality's own, only here, and one only in the backup.
    here.initiatives
        .push(entry("i-9", &initiative("i-9", "Vain täällä", "")));
    let mut backup_part = from.clone();
    backup_part
        .initiatives
        .push(entry("i-3", &initiative("i-3", "Vain varmuuskopiossa", "")));
    let (b, h) = (
        Contents {
            first_phase: backup_part,
            ..Contents::default()
        },
        Contents {
            first_phase: here.clone(),
            ..Contents::default()
        },
    );
    let (after, summary) = restore(&b, &h, NOW, &copy_title);
    let a = &after.first_phase;
    // Nothing here changed; what is new comes after it.
    assert!(a.initiatives.starts_with(&here.initiatives));
    assert!(a.interests.starts_with(&here.interests));
    assert_eq!(a.received, here.received);
    let ids: Vec<&str> = a.initiatives.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["i-1", "i-9", "i-3", "i-1-2"], "added first, then kept beside");
    let copy: Value = serde_json::from_str(&a.initiatives[3].record).unwrap();
    assert_eq!(copy["value"]["id"], "i-1-2");
    assert_eq!(copy["value"]["title"], "Sähköinen asiointi (varmuuskopiosta 6.12.2026)");
    assert_eq!(copy["value"]["descriptions"]["goals"], "Yhteinen palvelu.");
    let copy: RawInitiative = serde_json::from_value(copy["value"].clone()).unwrap();
    assert_eq!(
        copy.municipality, "Kiuruvesi",
        "the copy is an initiative the app reads"
    );
    assert_eq!(a.interests[1].id, "x-1-2");
    let copy: Value = serde_json::from_str(&a.interests[1].record).unwrap();
    assert_eq!(copy["value"]["need"], "Tarve.");
    assert_eq!(names(&summary.added, Kind::Initiative), ["Vain varmuuskopiossa"]);
    let both: Vec<(Kind, String, Option<String>)> = summary
        .kept_both
        .iter()
        .map(|i| (i.kind, i.name.clone(), i.copy.clone()))
        .collect();
    assert_eq!(
        both,
        [
            (
                Kind::Initiative,
                "Sähköinen asiointi".to_string(),
                Some("Sähköinen asiointi (varmuuskopiosta 6.12.2026)".to_string())
            ),
            (Kind::Interest, "Iisalmi".to_string(), None),
        ]
    );
    let skipped: Vec<(Kind, String, Reason)> = summary
        .skipped
        .iter()
        .map(|(i, r)| (i.kind, i.name.clone(), r.clone()))
        .collect();
    assert_eq!(
        skipped,
        [(
            Kind::ReceivedInitiative,
            "Asiointi yhdessä".to_string(),
            Reason::OtherVersion
        )]
    );
    // Restored again: nothing more (the copies are found under their ids).
    let (again, summary) = restore(&b, &after, NOW, &copy_title);
    assert_eq!(again, after);
    assert!(!summary.changes(), "{summary:?}");
    assert_eq!(count(&summary.already, Kind::Initiative), 2);
    // Where the record a copy would go under differs too, the next id is taken.
    let mut edited = after.clone();
    edited.first_phase.initiatives[3] = entry("i-1-2", &initiative("i-1-2", "Muokattu kopio", ""));
    let (third, summary) = restore(&b, &edited, NOW, &copy_title);
    assert_eq!(third.first_phase.initiatives.last().unwrap().id, "i-1-3");
    assert_eq!(count(&summary.kept_both, Kind::Initiative), 1);
}

/// A record that cannot be read is left out alone, with the reader's words; one here that cannot
/// be read is never written over.
#[test]
fn a_first_phase_record_that_cannot_be_read_is_left_out_alone() {
    let mut b = with_first_phase();
    b.first_phase.initiatives.push(LocalEntry {
        id: "i-5".into(),
        record: "{\"created_at\":1}".into(),
    });
    b.first_phase.received[0].record = "[".into();
    let mut h = Contents::default();
    h.first_phase.initiatives.push(LocalEntry {
        id: "i-1".into(),
        record: "damaged".into(),
    });
    let (after, summary) = restore(&b, &h, NOW, &copy_title);
    assert_eq!(after.first_phase.initiatives[0], h.first_phase.initiatives[0]);
    assert_eq!(
        after.first_phase.initiatives[1].id, "i-1-2",
        "kept beside the damaged one"
    );
    let reasons: Vec<(Kind, bool)> = summary
        .skipped
        .iter()
        .map(|(i, r)| (i.kind, matches!(r, Reason::Unreadable(_))))
        .collect();
    assert_eq!(reasons, [(Kind::Initiative, true), (Kind::ReceivedInitiative, true)]);
    assert_eq!(names(&summary.added, Kind::Interest), ["Iisalmi"]);
}

/// The workshop: one here keeps its choices; the backup's files it does not have are added to it;
/// the backup's choices are taken only where this workshop has made none, else left out.
#[test]
fn the_workshop_here_keeps_its_choices_and_gets_the_backups_files() {
    let b = with_first_phase();
    let one = initiative("i-1", "Sähköinen asiointi", "Yhteinen palvelu.");
    let third = initiative("i-3", "Kolmas", "");
    let mut other_choices = joined("i-1", "i-3");
    other_choices.join(&["i-1", "i-3"], "140", "Oma nimi").unwrap();
    let files_here = [
        ("ehdotus-1.json", initiative_file(&one)),
        ("kolmas.json", initiative_file(&third)),
    ];
    let mut h = Contents::default();
    h.first_phase.workshop = Some(workshop(&files_here, &other_choices));
    let (after, summary) = restore(&b, &h, NOW, &copy_title);
    let kept: Value = serde_json::from_str(after.first_phase.workshop.as_deref().unwrap()).unwrap();
    let sources: Vec<&str> = kept["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["ehdotus-1.json", "kolmas.json", "ehdotus-2.json"]);
    assert_eq!(
        kept["workshop"],
        serde_json::to_value(&other_choices).unwrap(),
        "the choices here stay"
    );
    assert_eq!(names(&summary.added, Kind::WorkshopFile), ["ehdotus-2.json"]);
    assert_eq!(names(&summary.already, Kind::WorkshopFile), ["ehdotus-1.json"]);
    assert_eq!(summary.skipped.len(), 1);
    assert_eq!(
        (summary.skipped[0].0.kind, &summary.skipped[0].1),
        (Kind::Workshop, &Reason::OtherWorkshop)
    );
    // The workshop's page reads what was written (the storage's own shape, strictly).
    let choices: Workshop = serde_json::from_value(kept["workshop"].clone()).unwrap();
    assert_eq!(choices, other_choices);
    // Again: nothing more.
    let (again, summary) = restore(&b, &after, NOW, &copy_title);
    assert_eq!(again, after);
    assert!(!summary.changes(), "{summary:?}");

    // A workshop here with files and no choices takes the backup's choices with its files.
    h.first_phase.workshop = Some(workshop(&files_here, &Workshop::default()));
    let (after, summary) = restore(&b, &h, NOW, &copy_title);
    let kept: Value = serde_json::from_str(after.first_phase.workshop.as_deref().unwrap()).unwrap();
    assert_eq!(kept["workshop"], serde_json::to_value(joined("i-1", "i-2")).unwrap());
    assert_eq!(count(&summary.added, Kind::Workshop), 1);
    assert!(summary.skipped.is_empty());

    // A workshop here that cannot be read is left as it is.
    h.first_phase.workshop = Some("{\"files\":7}".into());
    let (after, summary) = restore(&b, &h, NOW, &copy_title);
    assert_eq!(after.first_phase.workshop, h.first_phase.workshop);
    assert_eq!(summary.skipped[0].1, Reason::HereUnreadable);
}

/// A first-phase record the browser had no room for is said to be left out, whether it was to be
/// added or kept beside.
#[test]
fn a_first_phase_record_with_no_room_is_left_out_not_added() {
    let mut b = with_first_phase();
    b.first_phase
        .initiatives
        .push(entry("i-3", &initiative("i-3", "Kolmas", "")));
    let mut h = Contents::default();
    h.first_phase.initiatives = vec![entry("i-1", &initiative("i-1", "Sähköinen asiointi", "Muokattu."))];
    let (_, mut summary) = restore(&b, &h, NOW, &copy_title);
    assert_eq!(
        (
            count(&summary.added, Kind::Initiative),
            count(&summary.kept_both, Kind::Initiative)
        ),
        (1, 1)
    );
    // Written in order: the one added ("Kolmas") fitted, the copy did not.
    summary.not_kept_of(Kind::Initiative, &[true, false]);
    assert_eq!(names(&summary.added, Kind::Initiative), ["Kolmas"]);
    assert!(summary.kept_both.is_empty());
    assert_eq!(
        (
            summary.skipped[0].0.kind,
            summary.skipped[0].0.name.as_str(),
            &summary.skipped[0].1
        ),
        (Kind::Initiative, "Sähköinen asiointi", &Reason::NoRoom)
    );
    assert_eq!(
        names(&summary.added, Kind::Interest),
        ["Iisalmi"],
        "other kinds stay added"
    );
}

/// An unsaved version the browser has no room for (localStorage is written after the rest is on
/// disk) is said to be left out, not added; the others stay added.
#[test]
fn an_unsaved_version_with_no_room_is_left_out_not_added() {
    let mut from = browser();
    let first = from.drafter.recoveries[0].clone();
    let mut second: Recovery = serde_json::from_str(&first).unwrap();
    second.draft.project.name_fi = "Toinen tallentamaton".into();
    from.drafter.recoveries.push(serde_json::to_string(&second).unwrap());
    let (_, mut summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    assert_eq!(count(&summary.added, Kind::DraftRecovery), 2);
    let drafts = count(&summary.added, Kind::Draft);
    summary.not_kept(&[true, false]);
    assert_eq!(count(&summary.added, Kind::DraftRecovery), 1);
    assert_eq!(count(&summary.added, Kind::Draft), drafts);
    assert_eq!(summary.skipped.len(), 1);
    let (item, reason) = &summary.skipped[0];
    assert_eq!(
        (item.kind, item.name.as_str(), reason),
        (Kind::DraftRecovery, "Toinen tallentamaton", &Reason::NoRoom)
    );
}

#[test]
fn the_browser_it_came_from_is_not_changed() {
    let here = browser();
    let (after, summary) = restore(&here, &here, NOW, &copy_title);
    assert_eq!(after, here);
    assert!(!summary.changes(), "{summary:?}");
    assert_eq!(count(&summary.already, Kind::Draft), 2);
    assert_eq!(count(&summary.already, Kind::Review), 3);
}

#[test]
fn an_older_backup_over_newer_work_keeps_both_and_says_so() {
    let old = browser();
    let mut here = browser();
    // Since the backup: the lead draft edited (its name stays), a review changed, the proposal changed,
    // Ville's newer file loaded into the panel, and a renamed draft (the same content).
    here.drafter.drafts[0].record = {
        let mut r: DraftRecord = serde_json::from_str(&here.drafter.drafts[0].record).unwrap();
        r.revision = 9;
        r.draft.project.summary = "Uusi tiivistelmä".into();
        serde_json::to_string(&r).unwrap()
    };
    here.drafter.drafts[1].record = draft_text("Uusi nimi", "Toinen hanke", 2);
    here.reviewer.reviews = Some(reviews_text(&[
        review_of(&fp('a'), "Lomakkeet", 1, "Muutin mieleni."),
        review_of(&fp('b'), "Tiedolla johtaminen", 2, ""),
        review_of(&fp('c'), "Kolmas", 1, "Heikko."),
    ]));
    here.reviewer.proposal = Some(proposal_text("29000000.00", "2026-12-05T09:00:00Z"));
    here.reviewer.panel[0].record = kept(
        "arviot-ville-2.json",
        &panel_file("Ville Virtanen", &[review_of(&fp('a'), "Lomakkeet", 3, "")]),
    );
    let (after, summary) = restore(&old, &here, NOW, &copy_title);

    // The lead draft: both, the backup's under a title that says where it is from, with a new id.
    let kept_draft: Vec<&Item> = summary.kept_both.iter().filter(|i| i.kind == Kind::Draft).collect();
    assert_eq!(kept_draft.len(), 1);
    assert_eq!(kept_draft[0].name, "Yhteishanke");
    assert_eq!(
        kept_draft[0].copy.as_deref(),
        Some("Yhteishanke (varmuuskopiosta 6.12.2026)")
    );
    assert_eq!(after.drafter.drafts[..2], here.drafter.drafts[..]);
    let added = &after.drafter.drafts[2];
    assert_eq!(added.id, 3);
    let added: DraftRecord = serde_json::from_str(&added.record).unwrap();
    assert_eq!(added.title, "Yhteishanke (varmuuskopiosta 6.12.2026)");
    assert_eq!(added.revision, 4, "the backup's version as it was");
    assert_eq!(added.draft.project.summary, "");
    // The renamed draft is the same content: here already, under its new name.
    assert_eq!(names(&summary.already, Kind::Draft), ["Toinen hanke"]);
    assert_eq!(after.drafter.drafts.len(), 3);

    // The changed review: the one here stays; the backup's is among the replaced, to be put back.
    assert_eq!(names(&summary.kept_both, Kind::Review), ["Lomakkeet"]);
    assert_eq!(after.reviewer.reviews, here.reviewer.reviews, "not written again");
    let replaced = review::import(after.reviewer.replaced.as_ref().unwrap().as_bytes()).unwrap();
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].mark(Criterion::Feasibility).note, "Hyvä.");
    // The proposal: the one here stays, the backup's is the version set aside.
    assert_eq!(after.reviewer.proposal, here.reviewer.proposal);
    assert_eq!(after.reviewer.proposal_aside, old.reviewer.proposal);
    assert_eq!(count(&summary.kept_both, Kind::Proposal), 1);
    // Ville's older file: the panel holds one per reviewer, so the newer one here stays.
    assert_eq!(after.reviewer.panel, here.reviewer.panel);
    assert_eq!(
        summary.skipped,
        vec![(
            Item {
                kind: Kind::PanelFile,
                name: "Ville Virtanen".into(),
                copy: None
            },
            Reason::OtherPanelFile
        )]
    );
    // The unsaved version of draft 2 is here already.
    assert_eq!(count(&summary.already, Kind::DraftRecovery), 1);
    assert_eq!(after.drafter.recoveries, here.drafter.recoveries);

    // A second restore of the same backup changes nothing more.
    let (again, second) = restore(&old, &after, NOW, &copy_title);
    assert_eq!(again, after);
    assert!(!second.changes(), "{second:?}");
}

#[test]
fn a_place_for_the_second_version_taken_is_said_and_nothing_is_written_over() {
    let old = browser();
    let mut here = browser();
    let changed = review_of(&fp('a'), "Lomakkeet", 0, "Nyt.");
    here.reviewer.reviews = Some(reviews_text(&[changed]));
    here.reviewer.replaced = Some(reviews_text(&[review_of(&fp('a'), "Lomakkeet", 2, "Ensimmäinen.")]));
    here.reviewer.proposal = Some(proposal_text("1.00", "2026-12-05T09:00:00Z"));
    here.reviewer.proposal_aside = Some(proposal_text("2.00", "2026-12-04T09:00:00Z"));
    here.reviewer.identity = Some(identity("Toinen Arvioija"));
    let (after, summary) = restore(&old, &here, NOW, &copy_title);
    let skipped: Vec<(Kind, &str, &Reason)> = summary
        .skipped
        .iter()
        .map(|(i, r)| (i.kind, i.name.as_str(), r))
        .collect();
    assert!(
        skipped.contains(&(Kind::Review, "Lomakkeet", &Reason::NoPlace)),
        "{skipped:?}"
    );
    assert!(skipped.contains(&(Kind::Proposal, "2026-12-02T09:00:00Z", &Reason::NoPlace)));
    assert!(skipped.contains(&(Kind::Reviewer, "Maija Meikäläinen", &Reason::OtherReviewer)));
    assert_eq!(after.reviewer.replaced, here.reviewer.replaced);
    assert_eq!(after.reviewer.proposal_aside, here.reviewer.proposal_aside);
    assert_eq!(after.reviewer.identity, here.reviewer.identity);
    // The two reviews missing here are added; the record is written again with all three.
    assert_eq!(count(&summary.added, Kind::Review), 2);
    assert_eq!(
        review::import(after.reviewer.reviews.unwrap().as_bytes())
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn a_record_that_cannot_be_read_is_skipped_and_counted_and_the_rest_restored() {
    let mut from = browser();
    from.drafter.drafts.push(DraftEntry {
        id: 7,
        record: "{\"revision\": \"yksi\"}".into(),
    });
    from.reviewer.panel.push(KeptEntry {
        key: "file:x.json".into(),
        record: "not json".into(),
    });
    from.reviewer.proposal_aside = Some("{}".into());
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    let unreadable: Vec<Kind> = summary
        .skipped
        .iter()
        .filter(|(_, r)| matches!(r, Reason::Unreadable(_)))
        .map(|(i, _)| i.kind)
        .collect();
    assert_eq!(unreadable, [Kind::Draft, Kind::Proposal, Kind::PanelFile]);
    assert_eq!(after.drafter.drafts, browser().drafter.drafts);
    assert_eq!(count(&summary.added, Kind::Review), 3);
    assert_eq!(after.reviewer.proposal, from.reviewer.proposal);
    assert_eq!(after.reviewer.proposal_aside, None);
}

#[test]
fn a_record_of_a_newer_version_survives_a_backup_and_a_restore_unchanged() {
    let mut from = browser();
    // A field this version does not know, at the top and inside the draft; and a key order of its own.
    let newer = draft_text("Uudempi", "Uudemman version hanke", 3)
        .replacen('{', "{\"colour\":\"red\",", 1)
        .replace("\"project\":{", "\"project\":{\"tag\":[1,2.50,{\"x\":null}],");
    from.drafter.drafts = vec![DraftEntry {
        id: 5,
        record: newer.clone(),
    }];
    let read = import(export(&from, MADE).as_bytes()).unwrap();
    let (after, summary) = restore(&read.contents, &Contents::default(), NOW, &copy_title);
    assert_eq!(
        after.drafter.drafts,
        [DraftEntry {
            id: 5,
            record: newer.clone()
        }]
    );
    assert_eq!(names(&summary.added, Kind::Draft), ["Uudempi"]);
    // Kept beside a different version here, it keeps what it did not know, under the new title.
    let mut here = Contents::default();
    here.drafter.drafts = vec![DraftEntry {
        id: 5,
        record: draft_text("Uudempi", "Muuttunut", 4),
    }];
    let (after, summary) = restore(&read.contents, &here, NOW, &copy_title);
    assert_eq!(summary.kept_both.len(), 1);
    let copy: Value = serde_json::from_str(&after.drafter.drafts[1].record).unwrap();
    assert_eq!(copy["colour"], "red");
    assert_eq!(copy["draft"]["project"]["tag"], json!([1, 2.50, {"x": null}]));
    assert_eq!(copy["title"], "Uudempi (varmuuskopiosta 6.12.2026)");
}

#[test]
fn an_unsaved_version_follows_its_draft_to_the_id_it_gets() {
    let from = browser();
    let mut here = Contents::default();
    // This browser has its own drafts 1 and 2 (other projects): the backup's go beside them.
    here.drafter.drafts = vec![
        DraftEntry {
            id: 1,
            record: draft_text("", "", 1),
        },
        DraftEntry {
            id: 2,
            record: draft_text("Oma", "Oma hanke", 1),
        },
    ];
    let (after, summary) = restore(&from, &here, NOW, &copy_title);
    assert_eq!(count(&summary.added, Kind::Draft), 2);
    let ids: Vec<u64> = after.drafter.drafts.iter().map(|d| d.id).collect();
    assert_eq!(ids, [1, 2, 3, 4]);
    let recovery: Recovery = serde_json::from_str(&after.drafter.recoveries[0]).unwrap();
    assert_eq!(recovery.draft_id, Some(4), "backup's draft 2 is draft 4 here");
}

#[test]
fn the_reviewers_copies_not_yet_on_disk_are_versions_like_the_others() {
    let mut from = Contents::default();
    let stored = review_of(&fp('a'), "Lomakkeet", 1, "");
    let unsaved = review_of(&fp('a'), "Lomakkeet", 3, "Tallentamaton.");
    from.reviewer.reviews = Some(reviews_text(&[stored]));
    from.reviewer.review_recoveries = vec![reviews_text(std::slice::from_ref(&unsaved))];
    from.reviewer.proposal_recoveries = vec![proposal_text("5.00", "2026-12-03T09:00:00Z")];
    from.reviewer.proposal = Some(proposal_text("4.00", "2026-12-02T09:00:00Z"));
    let pending = vec![PendingFile {
        opened: true,
        key: fp('d'),
        source: "uusi.json".into(),
        text: "{}".into(),
    }];
    from.reviewer.file_recoveries = vec![serde_json::to_string(&pending).unwrap()];
    let (after, summary) = restore(&from, &Contents::default(), NOW, &copy_title);
    // The unsaved review is the newer: it is the review; the stored one is kept as replaced.
    let all = review::import(after.reviewer.reviews.as_ref().unwrap().as_bytes()).unwrap();
    assert_eq!(all, [unsaved]);
    assert_eq!(names(&summary.kept_both, Kind::Review), ["Lomakkeet"]);
    assert_eq!(
        after.reviewer.proposal,
        from.reviewer.proposal_recoveries.first().cloned()
    );
    assert_eq!(after.reviewer.proposal_aside, from.reviewer.proposal);
    assert_eq!(after.reviewer.opened[0].key, fp('d'));
    assert!(after.reviewer.review_recoveries.is_empty() && after.reviewer.file_recoveries.is_empty());
}

// Properties, over browsers made of a small vocabulary (so that the same and different versions of
// the same things meet often), with records that cannot be read among them.

fn arb_draft() -> impl Strategy<Value = (u64, String)> {
    (1u64..6, 0usize..4, 0usize..3, 0usize..3, 1u64..4, 0u8..10).prop_map(
        |(id, title, project, summary, revision, bad)| {
            if bad == 0 {
                return (id, "{\"draft\":".to_string());
            }
            let titles = ["", "Yhteishanke", "Kopio", "Toinen"];
            let projects = ["", "Lomakkeet", "Tiedolla johtaminen"];
            let summaries = ["", "Tiivistelmä", "Toinen tiivistelmä"];
            let mut draft = RawDraft::default();
            draft.project.name_fi = projects[project].into();
            draft.project.summary = summaries[summary].into();
            let record = DraftRecord {
                revision,
                saved_at: revision as f64,
                title: titles[title].into(),
                draft,
            };
            (id, serde_json::to_string(&record).unwrap())
        },
    )
}

fn arb_reviews() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::collection::vec((0usize..3, 0u8..4, 0usize..2), 0..3)).prop_map(|reviews| {
        reviews.map(|list| {
            let by_fp: BTreeMap<String, Review> = list
                .into_iter()
                .map(|(app, score, note)| {
                    let fp = fp(['a', 'b', 'c'][app]);
                    (fp.clone(), review_of(&fp, "Hanke", score, ["", "Huomio."][note]))
                })
                .collect();
            reviews_text(&by_fp.into_values().collect::<Vec<_>>())
        })
    })
}

fn arb_proposal() -> impl Strategy<Value = Option<String>> {
    prop::option::of(0usize..4).prop_map(|p| {
        p.map(|i| match i {
            0 => "{\"format\":\"hakemus-decision\"}".to_string(),
            i => proposal_text(&format!("{i}000.00"), "2026-12-01T09:00:00Z"),
        })
    })
}

fn arb_kept(opened: bool) -> impl Strategy<Value = Vec<KeptEntry>> {
    prop::collection::vec((0usize..3, 0usize..3), 0..3).prop_map(move |files| {
        let mut entries: Vec<KeptEntry> = Vec::new();
        for (who, version) in files {
            let key = if opened {
                fp(['a', 'b', 'c'][who])
            } else {
                format!("name:{}", ["ville", "ulla", "aino"][who])
            };
            if entries.iter().any(|e| e.key == key) {
                continue;
            }
            let text = panel_file(
                ["Ville", "Ulla", "Aino"][who],
                &[review_of(&fp('a'), "Hanke", version as u8, "")],
            );
            entries.push(KeptEntry {
                key,
                record: kept(&format!("tiedosto-{version}.json"), &text),
            });
        }
        entries
    })
}

prop_compose! {
    fn arb_browser()(
        drafts in prop::collection::vec(arb_draft(), 0..5),
        recoveries in prop::collection::vec((prop::option::of(1u64..6), 0usize..3), 0..3),
        reviews in arb_reviews(),
        replaced in arb_reviews(),
        review_recoveries in prop::collection::vec(arb_reviews(), 0..2),
        set_aside in prop::collection::vec(0usize..3, 0..3),
        proposal in arb_proposal(),
        proposal_aside in arb_proposal(),
        proposal_recoveries in prop::collection::vec(arb_proposal(), 0..2),
        opened in arb_kept(true),
        panel in arb_kept(false),
        who in prop::option::of(0usize..3),
        blind in prop::option::of(any::<bool>()),
    ) -> Contents {
        let mut c = Contents::default();
        for (id, record) in drafts {
            if !c.drafter.drafts.iter().any(|d| d.id == id) {
                c.drafter.drafts.push(DraftEntry { id, record });
            }
        }
        c.drafter.recoveries = recoveries
            .into_iter()
            .map(|(draft_id, name)| {
                let mut draft = RawDraft::default();
                draft.project.name_fi = ["", "Lomakkeet", "Tallentamaton"][name].into();
                serde_json::to_string(&Recovery { draft_id, base_revision: 1, kept_at: 1.0, draft }).unwrap()
            })
            .collect();
        let r = &mut c.reviewer;
        r.reviews = reviews;
        r.replaced = replaced;
        r.review_recoveries = review_recoveries.into_iter().flatten().collect();
        r.set_aside = set_aside.into_iter().map(|i| ["x", "{", "y"][i].to_string()).collect();
        r.set_aside.dedup();
        r.proposal = proposal;
        r.proposal_aside = proposal_aside;
        r.proposal_recoveries = proposal_recoveries.into_iter().flatten().collect();
        r.opened = opened;
        r.panel = panel;
        r.identity = who.map(|i| if i == 2 { "{".to_string() } else { identity(["Maija", "Matti"][i]) });
        r.blind = blind;
        c
    }
}

fn arb_local(kind: usize) -> impl Strategy<Value = Vec<LocalEntry>> {
    prop::collection::vec((0usize..3, 0usize..3), 0..4).prop_map(move |lines| {
        let mut entries: Vec<LocalEntry> = Vec::new();
        for (id, version) in lines {
            let id = format!("{}-{id}", ["i", "x", "r"][kind]);
            if entries.iter().any(|e| e.id == id) {
                continue;
            }
            let note = ["", "Tavoite.", "Toinen tavoite."][version];
            let record = match (kind, version) {
                (_, 2) if id.ends_with('2') => "{".to_string(),
                (1, _) => stored(&interest(&id, "Iisalmi", note), version as f64),
                _ => stored(&initiative(&id, "Asiointi", note), version as f64),
            };
            entries.push(LocalEntry { id, record });
        }
        entries
    })
}

fn arb_workshop() -> impl Strategy<Value = Option<String>> {
    (0usize..5, prop::collection::vec(0usize..3, 0..3)).prop_map(|(choices, files)| {
        let files: Vec<(&str, String)> = files
            .into_iter()
            .map(|n| {
                let i = initiative(&format!("i-{n}"), "Asiointi", "");
                (["a.json", "b.json", "c.json"][n], initiative_file(&i))
            })
            .collect();
        match choices {
            0 => None,
            1 => Some("{".into()),
            2 => Some(workshop(&files, &Workshop::default())),
            3 => Some(workshop(&files, &joined("i-0", "i-1"))),
            _ => Some(workshop(&files, &joined("i-1", "i-2"))),
        }
    })
}

/// A field as typed: from a vocabulary of what the grant's fields are given (amounts and dates
/// in the Finnish way, in a file's way, with a typo, empty), or any text at all.
fn arb_typed(vocabulary: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vocabulary).prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ]
}

const AMOUNTS: &[&str] = &[
    "1 200,50", "1200.50", "12,5O", "-3,00", "25,00-", "", " 7 ", "1.2.3", "€ 99",
];
const DATES: &[&str] = &["1.3.2020", "2020-03-01", "31.2.2021", "", "15.4.20", "huomenna"];

/// An entry of the accounts as typed: every cell a string that may not read.
fn arb_grant_entry() -> impl Strategy<Value = RawEntry> {
    (
        (arb_typed(DATES), arb_typed(&["T-1", "", "LASKU 2020/17"])),
        arb_typed(&["personnel", "hardware", "licences", "", "muu"]),
        arb_typed(&["1", "2", "", "x"]),
        arb_typed(&["Palkka", "", "Ostolasku \"Oy\""]),
        (arb_typed(AMOUNTS), arb_typed(AMOUNTS)),
        (
            any::<bool>(),
            any::<bool>(),
            arb_typed(&["", "Välttämätön hankkeelle."]),
        ),
    )
        .prop_map(
            |((date, voucher), category, bearer, description, (net, vat), (internal, actual, justification))| {
                RawEntry {
                    date,
                    voucher,
                    category,
                    bearer,
                    description,
                    net,
                    vat,
                    internal_charge: internal,
                    internal_charge_actual: actual,
                    justification,
                    ..RawEntry::default()
                }
            },
        )
}

/// A granted project as the grant's app stores it: the decision's amount, entries as typed, and
/// maybe a reporting period and a claim (their dates and amounts as typed too).
fn arb_granted(id: String) -> impl Strategy<Value = String> {
    (
        arb_typed(&["181500.00", "181 500,00", "paljon", ""]),
        prop::collection::vec(arb_grant_entry(), 0..4),
        prop::option::of((arb_typed(DATES), arb_typed(DATES))),
        prop::option::of((arb_typed(DATES), arb_typed(AMOUNTS), arb_typed(AMOUNTS), any::<bool>())),
        1u64..5,
        0usize..3,
    )
        .prop_map(move |(amount, entries, period, claim, revision, name)| {
            let mut g = RawGrant {
                id: id.clone(),
                fingerprint: fp('a'),
                ..RawGrant::default()
            };
            g.granted.amount = amount;
            g.application.project.name_fi = ["", "Lomakkeet", "Toinen hanke"][name].into();
            g.append_entries(entries);
            if let Some((start, end)) = period {
                let id = g.take_id();
                g.periods.push(RawPeriod {
                    id,
                    start,
                    end,
                    due: String::new(),
                });
            }
            if let Some((until, amount, paid, last)) = claim {
                let id = g.take_id();
                g.claims.push(RawClaim {
                    id,
                    until,
                    amount,
                    paid,
                    last,
                    ..RawClaim::default()
                });
            }
            serde_json::to_string(&json!({ "revision": revision, "saved_at": revision as f64, "grant": g })).unwrap()
        })
}

/// The granted projects of a browser under a few ids, now and then one that cannot be read.
fn arb_grants() -> impl Strategy<Value = Vec<LocalEntry>> {
    prop::collection::vec((0usize..3, 0u8..8), 0..3).prop_flat_map(|lines| {
        let mut ids: Vec<(String, bool)> = Vec::new();
        for (id, bad) in lines {
            let id = format!("g-{id}");
            if !ids.iter().any(|(i, _)| *i == id) {
                ids.push((id, bad == 0));
            }
        }
        ids.into_iter()
            .map(|(id, bad)| {
                let record = if bad {
                    Just("{\"revision\": 1, \"grant\": [".to_string()).boxed()
                } else {
                    arb_granted(id.clone()).boxed()
                };
                record.prop_map(move |record| LocalEntry { id: id.clone(), record })
            })
            .collect::<Vec<_>>()
    })
}

prop_compose! {
    fn arb_everything()(
        mut c in arb_browser(),
        initiatives in arb_local(0),
        interests in arb_local(1),
        received in arb_local(2),
        workshop in arb_workshop(),
        grants in arb_grants(),
    ) -> Contents {
        c.first_phase = FirstPhasePart { initiatives, interests, received, workshop };
        c.grant = GrantPart { projects: grants };
        c
    }
}

/// Everything `before` held is in `after` as it was (a reviews record may be written again with
/// reviews added; each review it held is unchanged).
fn holds_everything_of(before: &Contents, after: &Contents) -> Result<(), String> {
    for d in &before.drafter.drafts {
        if !after.drafter.drafts.contains(d) {
            return Err(format!("draft {} changed or missing", d.id));
        }
    }
    let mut ids: Vec<u64> = after.drafter.drafts.iter().map(|d| d.id).collect();
    ids.sort_unstable();
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return Err("two drafts under one id (the second would be written over the first)".into());
    }
    for (b, a) in [
        (&before.reviewer.opened, &after.reviewer.opened),
        (&before.reviewer.panel, &after.reviewer.panel),
    ] {
        let mut keys: Vec<&str> = a.iter().map(|e| e.key.as_str()).collect();
        keys.sort_unstable();
        if keys.windows(2).any(|w| w[0] == w[1]) || b.len() > a.len() {
            return Err("two files under one key".into());
        }
    }
    let prefix = |a: &[String], b: &[String], what: &str| {
        if b.starts_with(a) {
            Ok(())
        } else {
            Err(format!("{what} changed"))
        }
    };
    prefix(&before.drafter.recoveries, &after.drafter.recoveries, "recoveries")?;
    prefix(&before.reviewer.set_aside, &after.reviewer.set_aside, "set aside")?;
    for (b, a, what) in [
        (&before.reviewer.reviews, &after.reviewer.reviews, "reviews"),
        (&before.reviewer.replaced, &after.reviewer.replaced, "replaced"),
    ] {
        let Some(text) = b else { continue };
        match review::import(text.as_bytes()) {
            Err(_) if a.as_ref() != Some(text) => return Err(format!("{what}: an unreadable record changed")),
            Err(_) => {}
            Ok(reviews) => {
                let now = review::import(a.as_ref().ok_or(what)?.as_bytes()).map_err(|e| format!("{e:?}"))?;
                if reviews.iter().any(|r| !now.contains(r)) {
                    return Err(format!("{what}: a review changed or missing"));
                }
            }
        }
    }
    for (b, a, what) in [
        (&before.reviewer.proposal, &after.reviewer.proposal, "proposal"),
        (&before.reviewer.proposal_aside, &after.reviewer.proposal_aside, "aside"),
        (&before.reviewer.identity, &after.reviewer.identity, "identity"),
    ] {
        if b.is_some() && a != b {
            return Err(format!("{what} changed"));
        }
    }
    if before.reviewer.blind.is_some() && after.reviewer.blind != before.reviewer.blind {
        return Err("blind changed".into());
    }
    for (b, a) in [
        (&before.reviewer.opened, &after.reviewer.opened),
        (&before.reviewer.panel, &after.reviewer.panel),
    ] {
        if b.iter().any(|e| !a.contains(e)) {
            return Err("a kept file changed or missing".into());
        }
    }
    let (b, a) = (&before.first_phase, &after.first_phase);
    for (b, a) in [
        (&b.initiatives, &a.initiatives),
        (&b.interests, &a.interests),
        (&b.received, &a.received),
    ] {
        let mut ids: Vec<&str> = a.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        if !a.starts_with(b) || ids.windows(2).any(|w| w[0] == w[1]) {
            return Err("a first-phase record changed, or two under one id".into());
        }
    }
    if let (Some(b), Some(a)) = (&b.workshop, &a.workshop) {
        match (serde_json::from_str::<Value>(b), serde_json::from_str::<Value>(a)) {
            (Ok(b), Ok(a)) if b["files"].is_array() => {
                let (bf, af) = (b["files"].as_array().unwrap(), a["files"].as_array().ok_or("files")?);
                let no_choices = b["workshop"].get("joins").is_none_or(|j| j == &json!([]));
                if !af.starts_with(bf) || (!no_choices && a["workshop"] != b["workshop"]) {
                    return Err("the workshop lost a file or its choices".into());
                }
            }
            _ if a != b => return Err("a workshop that cannot be read was written over".into()),
            _ => {}
        }
    } else if before.first_phase.workshop.is_some() {
        return Err("the workshop is gone".into());
    }
    let (b, a) = (&before.grant.projects, &after.grant.projects);
    let mut ids: Vec<&str> = a.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    if !a.starts_with(b) || ids.windows(2).any(|w| w[0] == w[1]) {
        return Err("a granted project changed, or two under one id".into());
    }
    let r = (&before.reviewer, &after.reviewer);
    if r.0.review_recoveries != r.1.review_recoveries
        || r.0.proposal_recoveries != r.1.proposal_recoveries
        || r.0.file_recoveries != r.1.file_recoveries
    {
        return Err("a reviewer's recovery copy changed".into());
    }
    Ok(())
}

fn changes_nothing(summary: &Summary) -> bool {
    summary.added.is_empty() && summary.kept_both.is_empty()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// A backup is read back exactly as written, granted projects and all: each project's record
    /// is the same text, and the project in it — entries, periods and claims as typed, however
    /// they read — the same value.
    #[test]
    fn a_backup_with_granted_projects_round_trips_exactly(here in arb_everything()) {
        let file = export(&here, MADE);
        let backup = import(file.as_bytes()).unwrap();
        prop_assert_eq!(&backup.contents, &here);
        let project = |text: &str| {
            serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|v| serde_json::from_value::<RawGrant>(v["grant"].clone()).ok())
        };
        for (b, h) in backup.contents.grant.projects.iter().zip(&here.grant.projects) {
            let readable = project(&h.record);
            prop_assert!(readable.is_some() || h.record.ends_with('['), "{}", h.record);
            prop_assert_eq!(project(&b.record), readable);
        }
    }

    #[test]
    fn restoring_a_backup_into_the_browser_it_came_from_changes_nothing(here in arb_everything()) {
        let file = export(&here, MADE);
        let backup = import(file.as_bytes()).unwrap();
        let (after, summary) = restore(&backup.contents, &here, NOW, &copy_title);
        prop_assert_eq!(&after, &here);
        prop_assert!(changes_nothing(&summary), "{:?}", summary);
    }

    #[test]
    fn nothing_present_before_a_restore_is_missing_or_changed_after_it(backup in arb_everything(), here in arb_everything()) {
        let (after, _) = restore(&backup, &here, NOW, &copy_title);
        if let Err(e) = holds_everything_of(&here, &after) {
            return Err(TestCaseError::fail(e));
        }
        // And the same backup restored again adds nothing more.
        let (again, summary) = restore(&backup, &after, NOW, &copy_title);
        prop_assert_eq!(&again, &after);
        prop_assert!(changes_nothing(&summary), "{:?}", summary);
    }

    #[test]
    fn every_draft_of_the_backup_that_can_be_read_is_there_after_by_its_content(backup in arb_everything(), here in arb_everything()) {
        let (after, _) = restore(&backup, &here, NOW, &copy_title);
        let content = |text: &str| serde_json::from_str::<DraftRecord>(text).ok().map(|r| r.draft);
        for d in &backup.drafter.drafts {
            if let Some(draft) = content(&d.record) {
                prop_assert!(after.drafter.drafts.iter().any(|a| content(&a.record).as_ref() == Some(&draft)));
            }
        }
        // And every granted project that can be read, by what was typed in it (its id apart: a
        // copy kept beside one here has the next free id).
        let project = |text: &str| {
            serde_json::from_str::<Value>(text).ok().and_then(|v| {
                let mut g = serde_json::from_value::<RawGrant>(v["grant"].clone()).ok()?;
                g.id.clear();
                Some(g)
            })
        };
        for p in &backup.grant.projects {
            if let Some(g) = project(&p.record) {
                prop_assert!(after.grant.projects.iter().any(|a| project(&a.record).as_ref() == Some(&g)));
            }
        }
    }
}
