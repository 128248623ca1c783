//! The backup of everything this browser holds for the app, and its restore
//! (`domain::formats::backup` is the file and the plan).
//!
//! [`gather`] reads every store of the database in one read-only transaction (a consistent
//! picture: no tab's write lands halfway through it), and localStorage's recovery copies, who the
//! reviewer is and blind mode. [`restore`] reads the same in one strict read-write transaction over
//! every store, plans with the domain, and adds what the plan adds in that transaction: all of it is
//! on disk when it completes, or nothing (an abort, storage full). It only adds (`add`, which fails
//! rather than write over a key; the reviews records are written again only with reviews added to
//! what was read in the same transaction), so a failure loses nothing. The recovery copies and the
//! reviewer's settings, in localStorage, are written after the commit; a restore done again adds
//! what is still missing. The first phase's records are read and added the same way, as text: the
//! workshop (IndexedDB, in the one transaction) and the initiatives, interests and initiatives
//! received (localStorage, each under its own key, written after the commit and only where the key
//! is free). Not in a backup: the language and which draft was open (this browser's
//! preferences), and the time of the last backup itself. The granted projects (the grant's app's
//! store), the ministry's clarification record (in the reviewer's store) and its follow-up (the
//! follow-up app's store) are read and added in the one transaction, as text; the lead's
//! clarification records (localStorage, each under its draft's id) after the commit, as the first
//! phase's are, and so the ministry's change decisions and completion requests in progress
//! (localStorage, one record each, added only where this browser has none).

use super::initiative::Shelf as FirstPhaseShelf;
use super::{
    announce, change_decisions, clarification, classify, completion_draft, follow_up, idb, initiative_workshop, local,
    ministry_clarification, reviews, SaveError,
};
use crate::domain::formats::backup::{self, Backup, Contents, DraftEntry, KeptEntry, Kind, LocalEntry, Summary};
use crate::domain::formats::record::read_lenient;
use crate::domain::formats::stored::DraftRecord;
use wasm_bindgen::JsValue;

/// What the stores of the database hold, read in the transaction `tx`, with localStorage's part; and
/// the largest number of a reviews record set aside (`unreadable.N`; 0 for none).
async fn read(tx: &idb::Many) -> Result<(Contents, u32), JsValue> {
    let mut c = Contents::default();
    c.drafter.drafts = idb::entries(&tx.store(idb::DRAFTS)?)
        .await?
        .into_iter()
        .map(|(key, value)| DraftEntry {
            id: key as u64,
            record: idb::as_text(&value),
        })
        .collect();
    c.drafter.recoveries = local::recovery_texts();
    c.drafter.clarifications = local::texts_under(clarification::PREFIX)
        .into_iter()
        .map(|(id, record)| LocalEntry { id, record })
        .collect();
    let r = &mut c.reviewer;
    let mut aside = Vec::new();
    for (key, text) in idb::named_texts(&tx.store(idb::REVIEWS)?).await? {
        match key.as_str() {
            reviews::ALL => r.reviews = Some(text),
            reviews::REPLACED => r.replaced = Some(text),
            reviews::PROPOSAL => r.proposal = Some(text),
            reviews::PROPOSAL_ASIDE => r.proposal_aside = Some(text),
            ministry_clarification::CLARIFICATIONS => r.clarifications = Some(text),
            reviews::SECOND_PROPOSAL => r.second_proposal = Some(text),
            reviews::SECOND_PROPOSAL_ASIDE => r.second_proposal_aside = Some(text),
            other => aside.extend(reviews::aside_number(other).map(|n| (n, text))),
        }
    }
    aside.sort();
    let last_aside = aside.last().map_or(0, |(n, _)| *n);
    r.set_aside = aside.into_iter().map(|(_, text)| text).collect();
    let (waiting, old_unreadable) = local::waiting_reviews();
    r.review_recoveries = waiting;
    r.set_aside.extend(old_unreadable.filter(|t| !r.set_aside.contains(t)));
    r.proposal_recoveries = local::proposal_recoveries(local::PROPOSAL_RECOVERY_PREFIX)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    r.second_proposal_recoveries = local::proposal_recoveries(local::SECOND_PROPOSAL_RECOVERY_PREFIX)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    r.file_recoveries = local::files_recoveries().into_iter().map(|(_, t)| t).collect();
    for (store, entries) in [(idb::OPENED, &mut r.opened), (idb::PANEL, &mut r.panel)] {
        *entries = idb::named_texts(&tx.store(store)?)
            .await?
            .into_iter()
            .map(|(key, record)| KeptEntry { key, record })
            .collect();
    }
    (r.identity, r.blind) = local::reviewer_settings();
    let f = &mut c.first_phase;
    f.workshop = idb::get_text(&tx.store(idb::WORKSHOP)?, initiative_workshop::KEY).await?;
    for (shelf, entries) in first_phase_shelves(f) {
        *entries = local::texts_under(shelf.prefix())
            .into_iter()
            .map(|(id, record)| LocalEntry { id, record })
            .collect();
    }
    // The granted projects (the grant's app), each its record's text under the project's id.
    c.grant.projects = idb::named_texts(&tx.store(idb::GRANTS)?)
        .await?
        .into_iter()
        .map(|(id, record)| LocalEntry { id, record })
        .collect();
    c.follow_up.record = idb::get_text(&tx.store(idb::FOLLOW_UP)?, follow_up::KEY).await?;
    c.follow_up.change_decisions = local::text_of(change_decisions::KEY);
    c.follow_up.completion_drafts = local::text_of(completion_draft::KEY);
    Ok((c, last_aside))
}

/// The first phase's records in localStorage: each shelf, with its kind and its entries in `part`.
fn first_phase_shelves(part: &mut backup::FirstPhasePart) -> [(FirstPhaseShelf, &mut Vec<LocalEntry>); 3] {
    [
        (FirstPhaseShelf::Initiatives, &mut part.initiatives),
        (FirstPhaseShelf::Interests, &mut part.interests),
        (FirstPhaseShelf::Received, &mut part.received),
    ]
}

/// Everything this browser holds for the app (see the module's comment).
pub async fn gather() -> Result<Contents, SaveError> {
    let tx = idb::begin_all(false).await.map_err(classify)?;
    read(&tx).await.map(|(c, _)| c).map_err(classify)
}

/// Restores `backup`: adds what it holds that this browser does not (see
/// `domain::formats::backup::restore`) and returns what was done, once it is on disk. `now` (RFC
/// 3339) stamps a reviews record written again; `copy_title` names a draft kept beside the one here.
pub async fn restore(backup: &Backup, now: &str, copy_title: &dyn Fn(&str) -> String) -> Result<Summary, SaveError> {
    let tx = idb::begin_all(true).await.map_err(classify)?;
    let (here, last_aside) = read(&tx).await.map_err(classify)?;
    let (after, summary) = backup::restore(&backup.contents, &here, now, copy_title);
    let added_drafts = &after.drafter.drafts[here.drafter.drafts.len()..];
    if let Err(e) = write(&tx, &here, &after, added_drafts, last_aside) {
        tx.abort(); // all or nothing, also when a write could not be asked for
        return Err(classify(e));
    }
    tx.done().await.map_err(classify)?;
    // After the commit, what localStorage keeps; an unsaved version it has no room for is said to
    // be left out, not added.
    let kept: Vec<bool> = after.drafter.recoveries[here.drafter.recoveries.len()..]
        .iter()
        .enumerate()
        .map(|(n, text)| local::keep_restored_recovery(n, text))
        .collect();
    let mut summary = summary;
    summary.not_kept(&kept);
    // The first phase's records added, each under its own key if it is still free.
    let (h, a) = (&here.first_phase, &after.first_phase);
    for (shelf, kind, before, now) in [
        (
            FirstPhaseShelf::Initiatives,
            Kind::Initiative,
            &h.initiatives,
            &a.initiatives,
        ),
        (FirstPhaseShelf::Interests, Kind::Interest, &h.interests, &a.interests),
        (
            FirstPhaseShelf::Received,
            Kind::ReceivedInitiative,
            &h.received,
            &a.received,
        ),
    ] {
        let kept: Vec<bool> = now[before.len()..]
            .iter()
            .map(|e| local::add_text(&format!("{}{}", shelf.prefix(), e.id), &e.record))
            .collect();
        summary.not_kept_of(kind, &kept);
    }
    // The lead's clarification records, each beside its draft, where the key is still free.
    let kept: Vec<bool> = after.drafter.clarifications[here.drafter.clarifications.len()..]
        .iter()
        .map(|e| local::add_text(&format!("{}{}", clarification::PREFIX, e.id), &e.record))
        .collect();
    summary.not_kept_of(Kind::Clarification, &kept);
    // The ministry's change decisions in progress, where there are none.
    // The ministry's change decisions and completion requests in progress, each where there is none.
    let (h, a) = (&here.follow_up, &after.follow_up);
    for (key, kind, before, now) in [
        (
            change_decisions::KEY,
            Kind::ChangeDecisions,
            &h.change_decisions,
            &a.change_decisions,
        ),
        (
            completion_draft::KEY,
            Kind::CompletionDrafts,
            &h.completion_drafts,
            &a.completion_drafts,
        ),
    ] {
        if let (None, Some(now)) = (before, now) {
            let kept = local::add_text(key, now);
            summary.not_kept_of(kind, &[kept]);
        }
    }
    let (h, a) = (&here.reviewer, &after.reviewer);
    let identity = if h.identity != a.identity {
        a.identity.as_deref()
    } else {
        None
    };
    let blind = if h.blind != a.blind { a.blind } else { None };
    local::set_reviewer_settings(identity, blind);
    for d in added_drafts {
        let revision = read_lenient::<DraftRecord>(&d.record).map_or(1, |l| l.value.revision);
        announce(d.id, revision);
    }
    Ok(summary)
}

/// Places the restore's writes in the transaction (all added; see the module's comment).
fn write(
    tx: &idb::Many,
    here: &Contents,
    after: &Contents,
    added_drafts: &[DraftEntry],
    last_aside: u32,
) -> Result<(), JsValue> {
    let text = |t: &str| JsValue::from_str(t);
    let drafts = tx.store(idb::DRAFTS)?;
    for d in added_drafts {
        drafts.add_with_key(&text(&d.record), &(d.id as f64).into())?;
    }
    let store = tx.store(idb::REVIEWS)?;
    let (h, a) = (&here.reviewer, &after.reviewer);
    // The reviews records were read in this transaction: written again only with reviews added.
    for (key, before, now) in [
        (reviews::ALL, &h.reviews, &a.reviews),
        (reviews::REPLACED, &h.replaced, &a.replaced),
    ] {
        if let (Some(now), true) = (now, before != now) {
            store.put_with_key(&text(now), &text(key))?;
        }
    }
    for (key, before, now) in [
        (reviews::PROPOSAL, &h.proposal, &a.proposal),
        (reviews::PROPOSAL_ASIDE, &h.proposal_aside, &a.proposal_aside),
        (
            ministry_clarification::CLARIFICATIONS,
            &h.clarifications,
            &a.clarifications,
        ),
        (reviews::SECOND_PROPOSAL, &h.second_proposal, &a.second_proposal),
        (
            reviews::SECOND_PROPOSAL_ASIDE,
            &h.second_proposal_aside,
            &a.second_proposal_aside,
        ),
    ] {
        if let (None, Some(now)) = (before, now) {
            store.add_with_key(&text(now), &text(key))?;
        }
    }
    // Set aside under the next free keys (`unreadable`, `unreadable.2`, …), as a load sets them aside.
    let first = last_aside + 1;
    for (i, aside) in a.set_aside[h.set_aside.len()..].iter().enumerate() {
        let n = first + i as u32;
        let key = if n == 1 {
            reviews::UNREADABLE.to_string()
        } else {
            format!("{}.{n}", reviews::UNREADABLE)
        };
        store.add_with_key(&text(aside), &text(&key))?;
    }
    // The workshop: added where there is none; where there is one (read in this transaction), written
    // again with the backup's files added to it.
    let workshop = tx.store(idb::WORKSHOP)?;
    let key = text(initiative_workshop::KEY);
    match (&here.first_phase.workshop, &after.first_phase.workshop) {
        (None, Some(now)) => {
            workshop.add_with_key(&text(now), &key)?;
        }
        (Some(before), Some(now)) if before != now => {
            workshop.put_with_key(&text(now), &key)?;
        }
        _ => {}
    }
    // The granted projects added (each under a key that was free when read, in this transaction).
    let grants = tx.store(idb::GRANTS)?;
    for entry in &after.grant.projects[here.grant.projects.len()..] {
        grants.add_with_key(&text(&entry.record), &text(&entry.id))?;
    }
    // The follow-up: added where there is none (a save of a tab that read none then conflicts).
    if let (None, Some(now)) = (&here.follow_up.record, &after.follow_up.record) {
        tx.store(idb::FOLLOW_UP)?
            .add_with_key(&text(now), &text(follow_up::KEY))?;
    }
    for (name, before, now) in [(idb::OPENED, &h.opened, &a.opened), (idb::PANEL, &h.panel, &a.panel)] {
        let files = tx.store(name)?;
        for entry in &now[before.len()..] {
            files.add_with_key(&text(&entry.record), &text(&entry.key))?;
        }
    }
    Ok(())
}

/// When this browser last made a backup (RFC 3339), if ever.
pub fn last_backup() -> Option<String> {
    local::last_backup()
}

/// Remembers that a backup made at `made_at` was offered for download.
pub fn note_backup(made_at: &str) {
    local::note_backup(made_at)
}
