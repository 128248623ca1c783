//! The backup's storage in a real browser (headless Chromium via wasm-bindgen-test-runner): what
//! `storage::backup::gather` reads is everything the app keeps, a backup restored into a cleared
//! browser gives the same back (ids, records byte for byte, recovery copies, the reviewer's
//! settings), restoring it again or into the browser it came from writes nothing, and an older
//! backup over newer work keeps both.
#![cfg(target_arch = "wasm32")]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::backup::{self, Contents, Kind};
use hakemus::domain::formats::decision::{self, Proposal};
use hakemus::domain::formats::review::{ApplicationRef, Mark, Review, Reviewer};
use hakemus::domain::vocabulary::call;
use hakemus::domain::vocabulary::criteria::{Criterion, Score};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::storage::{self, backup as store, Recovery, Shelf};
use std::collections::BTreeMap;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-12-06T10:00:00.000Z";

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The runner polls async tests concurrently in one document, and they share its storage: one at a
/// time.
struct Turn;

impl Drop for Turn {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

async fn my_turn() -> Turn {
    while BUSY.with(|b| b.replace(true)) {
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
    storage::clear().await;
    Turn
}

fn copy_title(name: &str) -> String {
    format!("{name} (varmuuskopiosta 6.12.2026)")
}

fn draft(name: &str) -> RawDraft {
    let mut d = RawDraft::default();
    d.project.name_fi = name.into();
    d
}

fn review(c: char, score: u8) -> Review {
    let mut r = Review::new(ApplicationRef {
        fingerprint: std::iter::repeat_n(c, 64).collect(),
        call: call::DEFAULT_CALL.into(),
        lead: "Kiuruvesi".into(),
        project: format!("Hanke {c}"),
        source: "hakemus.json".into(),
    });
    let mark = Mark {
        score: Score::new(score),
        note: "Perustelu.".into(),
    };
    r.set_mark(Criterion::Feasibility, mark, NOW);
    r
}

fn proposal(appropriation: &str) -> String {
    let mut p = Proposal::new(call::DEFAULT_CALL, Lang::Fi);
    p.appropriation = appropriation.into();
    decision::to_json(&decision::export(&p, NOW))
}

/// A browser holding something of every kind the app keeps; returns the lead draft's id.
async fn fill() -> u64 {
    let lead = storage::create(draft("Sähköiset lomakkeet"), "Yhteishanke")
        .await
        .unwrap();
    let other = storage::create(draft("Toinen hanke"), "").await.unwrap();
    assert!(storage::keep_recovery(&Recovery {
        draft_id: Some(other.id),
        base_revision: other.revision,
        kept_at: 1.0,
        draft: draft("Toinen hanke, tallentamaton"),
    }));
    let mine: BTreeMap<String, Review> = [review('a', 3), review('b', 2), review('c', 1)]
        .into_iter()
        .map(|r| (r.application.fingerprint.clone(), r))
        .collect();
    storage::save_reviews(&BTreeMap::new(), &mine, NOW).await.unwrap();
    let replaced: BTreeMap<String, Review> = [review('a', 0)]
        .into_iter()
        .map(|r| (r.application.fingerprint.clone(), r))
        .collect();
    storage::save_replaced(&replaced).await.unwrap();
    storage::save_proposal(None, &proposal("30000000.00")).await.unwrap();
    storage::set_proposal_aside(&proposal("1.00")).await.unwrap();
    let fp: String = std::iter::repeat_n('a', 64).collect();
    storage::keep_file(
        Shelf::Opened,
        &fp,
        "lomakkeet.json",
        "{\"format\":\"hakemus-application\"}",
    )
    .await
    .unwrap();
    storage::keep_file(
        Shelf::Panel,
        "name:ville",
        "arviot-ville.json",
        "{\"format\":\"hakemus-review\"}",
    )
    .await
    .unwrap();
    storage::save_reviewer(&Reviewer {
        name: "Maija Meikäläinen".into(),
        ..Reviewer::default()
    });
    storage::save_blind(true);
    lead.id
}

/// A backup's text made from this browser, read back as the file.
async fn made() -> (Contents, backup::Backup) {
    let here = store::gather().await.unwrap();
    let file = backup::import(backup::export(&here, NOW).as_bytes()).unwrap();
    (here, file)
}

#[wasm_bindgen_test]
async fn a_cleared_browser_gets_everything_back_as_it_was() {
    let _turn = my_turn().await;
    fill().await;
    let (before, file) = made().await;
    assert_eq!(before.drafter.drafts.len(), 2);
    assert_eq!(before.drafter.recoveries.len(), 1);
    assert!(before.reviewer.reviews.is_some() && before.reviewer.replaced.is_some());
    assert!(before.reviewer.proposal.is_some() && before.reviewer.proposal_aside.is_some());
    assert_eq!((before.reviewer.opened.len(), before.reviewer.panel.len()), (1, 1));
    assert_eq!(before.reviewer.blind, Some(true));

    storage::clear().await;
    assert_eq!(store::gather().await.unwrap(), Contents::default());
    let summary = store::restore(&file, NOW, &copy_title).await.unwrap();
    assert_eq!(summary.added.iter().filter(|i| i.kind == Kind::Draft).count(), 2);
    assert_eq!(summary.added.iter().filter(|i| i.kind == Kind::Review).count(), 3);
    assert!(
        summary.kept_both.is_empty() && summary.skipped.is_empty(),
        "{summary:?}"
    );
    // Every record as it was, under the same ids and keys.
    assert_eq!(store::gather().await.unwrap(), before);
    // The app reads them: the drafts listed, the reviewer's reviews and settings.
    let titles: Vec<String> = storage::list().await.into_iter().map(|d| d.title).collect();
    assert!(titles.contains(&"Yhteishanke".to_string()));
    assert_eq!(storage::load_reviews().await.len(), 3);
    assert_eq!(storage::load_reviewer().name, "Maija Meikäläinen");
    assert!(storage::load_blind());
    assert_eq!(storage::recoveries().len(), 1);

    // The same backup again writes nothing.
    let again = store::restore(&file, NOW, &copy_title).await.unwrap();
    assert!(!again.changes(), "{again:?}");
    assert_eq!(store::gather().await.unwrap(), before);
}

#[wasm_bindgen_test]
async fn the_browser_it_came_from_is_not_changed() {
    let _turn = my_turn().await;
    fill().await;
    let (before, file) = made().await;
    let summary = store::restore(&file, NOW, &copy_title).await.unwrap();
    assert!(!summary.changes(), "{summary:?}");
    assert_eq!(store::gather().await.unwrap(), before);
}

#[wasm_bindgen_test]
async fn an_older_backup_over_newer_work_keeps_both() {
    let _turn = my_turn().await;
    let lead = fill().await;
    let (_, old) = made().await;
    // Newer work: the lead draft edited and saved, a review changed.
    let loaded = storage::load(lead).await.unwrap();
    let mut edited = loaded.draft.clone();
    edited.project.summary = "Uusi tiivistelmä".into();
    storage::save(lead, loaded.revision, &edited).await.unwrap();
    let newer = storage::raw_text(lead).await.unwrap();
    let base = storage::load_reviews().await;
    let mut mine = base.clone();
    let changed = review('b', 0);
    mine.insert(changed.application.fingerprint.clone(), changed);
    storage::save_reviews(&base, &mine, NOW).await.unwrap();

    let summary = store::restore(&old, NOW, &copy_title).await.unwrap();
    let kinds: Vec<(Kind, String)> = summary.kept_both.iter().map(|i| (i.kind, i.name.clone())).collect();
    assert_eq!(
        kinds,
        [
            (Kind::Draft, "Yhteishanke".to_string()),
            (Kind::Review, "Hanke b".to_string())
        ]
    );
    // The newer draft is untouched; the backup's is beside it under a title that says so.
    assert_eq!(storage::raw_text(lead).await.as_deref(), Some(newer.as_str()));
    let drafts = storage::list().await;
    let copy = drafts
        .iter()
        .find(|d| d.title == "Yhteishanke (varmuuskopiosta 6.12.2026)")
        .expect("the backup's version added");
    assert_eq!(storage::load(copy.id).await.unwrap().draft.project.summary, "");
    // The newer review stays; the backup's is among the replaced, to be put back by choice.
    assert_eq!(
        storage::load_reviews().await[&review('b', 0).application.fingerprint],
        mine[&review('b', 0).application.fingerprint]
    );
    let replaced = storage::load_replaced().await;
    assert!(replaced.contains_key(&review('b', 0).application.fingerprint));
}

#[wasm_bindgen_test]
async fn the_last_backup_is_remembered() {
    let _turn = my_turn().await;
    assert_eq!(store::last_backup(), None);
    store::note_backup(NOW);
    assert_eq!(store::last_backup().as_deref(), Some(NOW));
}
