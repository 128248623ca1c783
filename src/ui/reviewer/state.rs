//! The reviewer's state, provided by context so that it outlives a page: the applications opened
//! (read only, never changed; their files' text kept in the browser so they are open again after a
//! reload, until closed), the other reviewers' review files loaded into the panel (kept the same
//! way), who the reviewer is and blind mode (preferences), and the reviews, which are kept in the browser
//! through `crate::storage` once changes pause (and when the page is left). As with the draft
//! (`session::save`), one write is in flight at a time, and changes made during it are written once
//! more after it; a tab left before its reviews are on disk keeps them as a recovery copy, which the
//! next load takes in.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application::Imported;
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::review::{self, ApplicationRef, Mark, Review, Reviewer};
use crate::domain::reviewer::assessment;
use crate::domain::reviewer::panel::{self, Member};
use crate::domain::rules::analysis::{analyse, Analysis};
use crate::domain::rules::applicants::display_name;
use crate::domain::vocabulary::criteria::Criterion;
use crate::domain::vocabulary::locale::Lang;
use crate::storage::{self, SaveError, Shelf};
use crate::ui::writes::Writes;
use crate::ui::{files, session};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;
use std::sync::Arc;

/// An application opened for review.
#[derive(Clone, Debug)]
pub struct Opened {
    pub fingerprint: String,
    /// The file's name (or "pasted text").
    pub source: String,
    pub draft: Arc<RawDraft>,
    pub analysis: Arc<Analysis>,
    pub exported_at: String,
}

/// The same application from the same file (the fingerprint covers everything in it).
impl PartialEq for Opened {
    fn eq(&self, other: &Opened) -> bool {
        self.fingerprint == other.fingerprint && self.source == other.source
    }
}

/// Why a file was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum NotOpened {
    Refused(ImportError),
    /// The same application (same fingerprint) is already open, from this file.
    AlreadyOpen(String),
}

impl NotOpened {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NotOpened::Refused(e) => crate::i18n::import_error(lang, e),
            NotOpened::AlreadyOpen(first) => crate::i18n::already_open(lang, first),
        }
    }
}

/// Another reviewer's review file loaded into the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct PanelFile {
    /// The member's key: the reviewer's name as written in the file (lower case), else the file's name.
    pub key: String,
    pub source: String,
    pub reviewer: Reviewer,
    pub reviews: BTreeMap<String, Review>,
}

impl PanelFile {
    fn read(source: String, text: &str) -> Result<PanelFile, ImportError> {
        let file = review::import_file(text.as_bytes())?;
        Ok(PanelFile::of(source, file))
    }

    fn of(source: String, file: review::Imported) -> PanelFile {
        let reviewer = file.reviewer.unwrap_or_default();
        let key = panel::member_key(&reviewer, &source);
        PanelFile {
            key,
            source,
            reviewer,
            reviews: assessment::by_application(file.reviews),
        }
    }
}

/// Why a review file was not taken into the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum NotInPanel {
    Refused(ImportError),
    /// The file is the reviewer's own (the same reviewer as this browser's, `panel::is_own`), named
    /// as the file names them: added as another member, its reviews would count twice.
    Own(String),
}

impl NotInPanel {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NotInPanel::Refused(e) => crate::i18n::import_error(lang, e),
            NotInPanel::Own(name) => crate::i18n::own_panel_file(lang, name),
        }
    }
}

#[derive(Clone, Copy)]
pub struct ReviewerState {
    pub opened: RwSignal<Vec<Opened>>,
    /// Files that were not opened, with the reason, newest last.
    pub not_opened: RwSignal<Vec<(String, NotOpened)>>,
    /// Reviews by application fingerprint.
    pub reviews: RwSignal<BTreeMap<String, Review>>,
    pub save_error: RwSignal<Option<SaveError>>,
    /// Reviews stored by an earlier version that this one cannot read (set aside, offered for download).
    pub unreadable: RwSignal<Option<String>>,
    /// Who the reviewer says they are (written into their review file).
    pub identity: RwSignal<Reviewer>,
    /// Blind mode: the other reviewers' scores hidden until the own scoring of an application is done.
    pub blind: RwSignal<bool>,
    /// The other reviewers' files, in the order loaded.
    pub panel: RwSignal<Vec<PanelFile>>,
    /// Panel files that were not taken in, with the reason.
    pub panel_not_read: RwSignal<Vec<(String, NotInPanel)>>,
    /// Files opened or loaded into the panel that could not be kept in the browser, each `(key,
    /// file name, why)` by its storage key (two files may share a name): they are open in this tab
    /// only, and the page says so.
    pub not_kept: RwSignal<Vec<(String, String, SaveError)>>,
    /// The copy of the reviewer's own reviews that imports of their own file replaced, by
    /// application (kept in the browser until restored or dismissed: the import's undo).
    pub replaced: RwSignal<BTreeMap<String, Review>>,
    /// That copy as this tab last read or wrote it: a write keeps what was stored since (a backup's
    /// restore, another tab), as `base` does for the reviews.
    replaced_base: StoredValue<BTreeMap<String, Review>>,
    /// The applications kept in the browser have been opened again (a page named by its address
    /// waits for them before it says the application is not open).
    pub opened_ready: RwSignal<bool>,
    /// The reviews stored in the browser have been read. A page that edits a review is built only
    /// after this: built before, it showed an empty form over stored scores (issue 27), and a change
    /// made on it would have been a review newer than the stored one, replacing it.
    pub reviews_ready: RwSignal<bool>,
    /// The reviews as this tab last read or wrote them: a save merges this tab's changes since
    /// (what differs from them) with what another tab stored, per criterion.
    base: StoredValue<BTreeMap<String, Review>>,
    /// Parts of reviews this tab and another changed differently: the other's is stored, this
    /// tab's kept here until the reviewer chooses (said on the page).
    pub clashes: RwSignal<Vec<assessment::Clash>>,
    /// Whether the reviews have been read from storage: only when a reviewer's page first asks, so
    /// a drafter's start-up never reads them.
    loaded: StoredValue<bool>,
    /// The reviews' writes to storage, as the draft's: one waiting for typing to pause, one in flight.
    writes: Writes,
    /// Files opened or loaded into the panel whose write is not on disk yet.
    pending: StoredValue<Vec<storage::ToKeep>>,
}

impl ReviewerState {
    pub fn new() -> ReviewerState {
        ReviewerState {
            opened: RwSignal::new(Vec::new()),
            not_opened: RwSignal::new(Vec::new()),
            reviews: RwSignal::new(BTreeMap::new()),
            save_error: RwSignal::new(None),
            unreadable: RwSignal::new(None),
            identity: RwSignal::new(Reviewer::default()),
            blind: RwSignal::new(false),
            panel: RwSignal::new(Vec::new()),
            panel_not_read: RwSignal::new(Vec::new()),
            not_kept: RwSignal::new(Vec::new()),
            replaced: RwSignal::new(BTreeMap::new()),
            replaced_base: StoredValue::new(BTreeMap::new()),
            opened_ready: RwSignal::new(false),
            reviews_ready: RwSignal::new(false),
            base: StoredValue::new(BTreeMap::new()),
            clashes: RwSignal::new(Vec::new()),
            loaded: StoredValue::new(false),
            writes: Writes::new(),
            pending: StoredValue::new(Vec::new()),
        }
    }

    /// Reads the reviews from storage, once. A change made before they arrive is not lost: what is
    /// read is merged with it (the later review of each application wins).
    fn ensure_loaded(&self, lang: Lang) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        self.identity.set(storage::load_reviewer());
        self.blind.set(storage::load_blind());
        let state = *self;
        // The applications and the panel's files kept from earlier: imported again from their text.
        spawn_local(async move {
            let opened = storage::kept_files(Shelf::Opened).await;
            let results = opened
                .into_iter()
                .map(|f| {
                    let result = crate::domain::formats::application::import(f.text.as_bytes(), lang);
                    (f.source, None, result)
                })
                .collect();
            state.add_all(results);
            state.opened_ready.try_set(true);
            let panel: Vec<PanelFile> = storage::kept_files(Shelf::Panel)
                .await
                .into_iter()
                .filter_map(|f| PanelFile::read(f.source, &f.text).ok())
                .collect();
            if !panel.is_empty() {
                state.panel.try_update(|p| {
                    for f in panel {
                        if !p.iter().any(|x| x.key == f.key) {
                            p.push(f);
                        }
                    }
                });
                // Kept before the reviewer's own files were refused, or before they said who they are.
                state.refuse_own();
            }
        });
        spawn_local(async move {
            let (stored, clashes) = storage::load_reviews_and_clashes().await;
            if !clashes.is_empty() {
                state.clashes.try_update(|c| c.extend(clashes));
            }
            let unreadable = storage::unreadable_reviews().await;
            let replaced = storage::load_replaced().await;
            state.replaced_base.try_set_value(replaced.clone());
            state.replaced.try_set(replaced);
            state.base.try_set_value(stored.clone());
            if !stored.is_empty() {
                state.reviews.try_update(|all| {
                    assessment::merge(all, stored.into_values().collect());
                });
            }
            state.unreadable.try_set(unreadable);
            state.reviews_ready.try_set(true);
        });
        // For the tab's life, not this page's (the state outlives the reviewer's pages).
        let _ = session::flush_on_leave(move || state.writes.now(|| state.save()));
        // Leaving before the reviews are on disk: keep them synchronously (the write just started
        // may not finish).
        window_event_listener(ev::pagehide, move |_| {
            if state.unsaved() {
                // With the base beside it: the next load merges it three ways (no clock decides).
                if let Some(base) = state.base.try_get_value() {
                    state
                        .reviews
                        .try_with_untracked(|r| storage::keep_reviews_recovery_from(&base, r));
                }
            }
            // Files chosen whose write has not completed (a page loaded right after choosing them).
            if let Some(pending) = state.pending.try_get_value().filter(|p| !p.is_empty()) {
                storage::keep_files_recovery(&pending);
            }
        });
    }

    /// Whether some change is not on disk yet (waiting for a pause, being written, or failed).
    fn unsaved(&self) -> bool {
        self.writes.busy() || self.save_error.try_with_untracked(Option::is_some) == Some(true)
    }

    /// Adds the result of importing one file (its text, to keep it).
    pub fn add(&self, source: String, text: Option<String>, result: Result<Imported, ImportError>) {
        self.add_all(vec![(source, text, result)]);
    }

    /// Adds the results of importing many files, in their order, with one change to the lists (so
    /// the summary table is built once, not once per file: 100 files were 100 rebuilds). Each
    /// opened file with its text given is kept in the browser (none when restoring kept ones).
    pub fn add_all(&self, results: Vec<(String, Option<String>, Result<Imported, ImportError>)>) {
        let mut opened: Vec<Opened> = Vec::new();
        let mut not_opened = Vec::new();
        let mut keep = Vec::new();
        for (source, text, result) in results {
            match result {
                Ok(imported) => {
                    let fp = imported.fingerprint.clone();
                    let first = |o: &[Opened]| o.iter().find(|x| x.fingerprint == fp).map(|x| x.source.clone());
                    if let Some(first) = self.opened.with_untracked(|o| first(o)).or_else(|| first(&opened)) {
                        not_opened.push((source, NotOpened::AlreadyOpen(first)));
                        continue;
                    }
                    let analysis = analyse(&imported.draft);
                    if let Some(text) = text {
                        keep.push((fp.clone(), source.clone(), text));
                    }
                    opened.push(Opened {
                        fingerprint: fp,
                        source,
                        draft: Arc::new(imported.draft),
                        analysis: Arc::new(analysis),
                        exported_at: imported.exported_at,
                    });
                }
                Err(e) => not_opened.push((source, NotOpened::Refused(e))),
            }
        }
        if !opened.is_empty() {
            self.opened.update(|o| o.extend(opened));
        }
        if !not_opened.is_empty() {
            self.not_opened.update(|n| n.extend(not_opened));
        }
        if !keep.is_empty() {
            self.keep(Shelf::Opened, keep);
        }
    }

    /// Keeps files in the browser, each `(key, source, text)`, in one transaction. One not kept
    /// (storage full or off) stays open in this tab only, and is listed in `not_kept` for the page
    /// to say so; kept once more, it leaves the list. Until they are on disk they are `pending`: a
    /// tab left meanwhile keeps them in localStorage, and the next load writes them in.
    fn keep(&self, shelf: Shelf, files: Vec<(String, String, String)>) {
        let files: Vec<storage::ToKeep> = files
            .into_iter()
            .map(|(key, source, text)| (shelf, key, source, text))
            .collect();
        self.pending.update_value(|p| p.extend(files.iter().cloned()));
        let state = *self;
        spawn_local(async move {
            let result = storage::keep_files(&files).await;
            state.pending.try_update_value(|p| {
                p.retain(|x| !files.iter().any(|f| f.0 == x.0 && f.1 == x.1 && f.3 == x.3));
            });
            for (_, key, source, _) in files {
                match &result {
                    Ok(()) => state.forget_not_kept(&key),
                    Err(e) => {
                        let e = e.clone();
                        state.not_kept.try_update(|n| {
                            n.retain(|(k, ..)| *k != key);
                            n.push((key, source, e));
                        });
                    }
                }
            }
        });
    }

    /// Closes an opened application (its review stays) and forgets its kept file.
    pub fn close(&self, fp: &str) {
        self.opened.update(|o| o.retain(|x| x.fingerprint != fp));
        self.forget_not_kept(fp);
        let fp = fp.to_string();
        spawn_local(async move {
            let _ = storage::forget_file(Shelf::Opened, &fp).await;
        });
    }

    /// Adds other reviewers' review files to the panel (a file of a reviewer already there replaces
    /// theirs) and keeps them in the browser; a file that cannot be read, or that is the reviewer's
    /// own, is listed with its reason.
    pub fn add_panel_files(&self, files: Vec<(String, Result<Vec<u8>, ImportError>)>) {
        let mut read = Vec::new();
        let mut failed = Vec::new();
        let own = self.identity.get_untracked();
        for (source, bytes) in files {
            let result = bytes.and_then(|b| {
                let text = String::from_utf8_lossy(&b).into_owned();
                PanelFile::read(source.clone(), &text).map(|f| (f, text))
            });
            match result {
                Ok((f, _)) if panel::is_own(&own, &f.reviewer) => {
                    failed.push((source, NotInPanel::Own(f.reviewer.name)));
                }
                Ok(x) => read.push(x),
                Err(e) => failed.push((source, NotInPanel::Refused(e))),
            }
        }
        self.panel_not_read.set(failed);
        if read.is_empty() {
            return;
        }
        let keep: Vec<(String, String, String)> = read
            .iter()
            .map(|(f, text)| (f.key.clone(), f.source.clone(), text.clone()))
            .collect();
        self.panel.update(|p| {
            for (f, _) in read {
                match p.iter_mut().find(|x| x.key == f.key) {
                    Some(there) => *there = f,
                    None => p.push(f),
                }
            }
        });
        self.keep(Shelf::Panel, keep);
    }

    /// Takes out of the panel the files that are the reviewer's own (`panel::is_own`): kept before
    /// the reviewer said who they are. Each is listed with the reason. The kept file itself stays
    /// in the browser (a name typed wrong must not lose a colleague's file); a load takes it out
    /// again while it is the reviewer's own.
    fn refuse_own(&self) {
        let own = self.identity.get_untracked();
        let Some(theirs) = self.panel.try_with_untracked(|p| {
            p.iter()
                .filter(|f| panel::is_own(&own, &f.reviewer))
                .map(|f| (f.key.clone(), f.source.clone(), f.reviewer.name.clone()))
                .collect::<Vec<_>>()
        }) else {
            return;
        };
        if theirs.is_empty() {
            return;
        }
        self.panel_not_read.update(|n| {
            n.extend(
                theirs
                    .iter()
                    .map(|(_, source, name)| (source.clone(), NotInPanel::Own(name.clone()))),
            );
        });
        for (key, ..) in &theirs {
            self.forget_not_kept(key);
        }
        self.panel
            .update(|p| p.retain(|f| !theirs.iter().any(|(key, ..)| *key == f.key)));
    }

    /// Removes a reviewer's file from the panel and forgets it.
    pub fn remove_panel_file(&self, key: &str) {
        self.forget_not_kept(key);
        self.panel.update(|p| p.retain(|x| x.key != key));
        let key = key.to_string();
        spawn_local(async move {
            let _ = storage::forget_file(Shelf::Panel, &key).await;
        });
    }

    /// A file closed or removed is no longer said to be open in this tab only.
    fn forget_not_kept(&self, key: &str) {
        if self.not_kept.try_with_untracked(|n| n.iter().any(|(k, ..)| k == key)) == Some(true) {
            self.not_kept.try_update(|n| n.retain(|(k, ..)| k != key));
        }
    }

    /// Sets who the reviewer is, and keeps it; a file of the panel that is now the reviewer's own
    /// leaves the panel.
    pub fn set_identity(&self, reviewer: Reviewer) {
        storage::save_reviewer(&reviewer);
        self.identity.set(reviewer);
        self.refuse_own();
    }

    pub fn set_blind(&self, blind: bool) {
        storage::save_blind(blind);
        self.blind.set(blind);
    }

    /// The panel: the reviewer's own reviews first, then each loaded file (tracked).
    pub fn members(&self) -> Vec<Member> {
        let mut members = vec![Member {
            reviewer: self.identity.get(),
            reviews: self.reviews.get(),
        }];
        self.panel.with(|p| {
            members.extend(p.iter().map(|f| Member {
                reviewer: f.reviewer.clone(),
                reviews: f.reviews.clone(),
            }))
        });
        members
    }

    pub fn find(&self, fp: &str) -> Option<Opened> {
        self.opened.with(|o| o.iter().find(|x| x.fingerprint == fp).cloned())
    }

    /// Changes one application's review (created on the first change) and saves all reviews once
    /// changes pause (a save reads, merges and writes the whole record: not at every keystroke).
    pub fn change(&self, application: &Opened, lang: Lang, edit: impl FnOnce(&mut Review, &str)) {
        let now = files::now_rfc3339();
        self.reviews.update(|all| {
            let review = all
                .entry(application.fingerprint.clone())
                .or_insert_with(|| Review::new(application_ref(application, lang)));
            edit(review, &now);
        });
        let state = *self;
        self.writes.later(move || state.save());
    }

    pub fn set_mark(&self, application: &Opened, lang: Lang, criterion: Criterion, mark: Mark) {
        self.change(application, lang, |r, now| r.set_mark(criterion, mark, now));
    }

    /// Offers all reviews as a file, naming the reviewer.
    pub fn download(&self) {
        let who = self.identity.get_untracked();
        let text = self
            .reviews
            .with_untracked(|all| review::export_by(Some(&who), all.values(), &files::now_rfc3339()));
        let _ = files::download(
            &review::file_name(&who.name, &files::today()),
            &text,
            "application/json",
        );
    }

    /// Imports the reviewer's own reviews (their file from another browser) as `plan` says: the new
    /// ones always, the newer ones in place of those here only when `replace`. What is replaced is
    /// kept (`replaced`, in the browser too) so that it can be restored.
    pub fn import_own(&self, plan: assessment::ImportPlan, replace: bool) -> assessment::Merged {
        let mut replaced = Vec::new();
        let merged = self
            .reviews
            .try_update(|all| {
                let (merged, r) = assessment::apply(all, plan, replace);
                replaced = r;
                merged
            })
            .unwrap_or_default();
        if !replaced.is_empty() {
            self.replaced.update(|c| assessment::keep_replaced(c, replaced));
            self.keep_replaced();
        }
        self.save();
        merged
    }

    /// Puts back the reviews that imports replaced (as changed now) and forgets the copy; how many.
    pub fn restore_replaced(&self) -> usize {
        let copy = self.replaced.get_untracked();
        let now = files::now_rfc3339();
        let restored = self
            .reviews
            .try_update(|all| assessment::restore(all, &copy, &now))
            .unwrap_or_default();
        self.forget_replaced();
        self.save();
        restored
    }

    /// Forgets the copy of replaced reviews.
    pub fn forget_replaced(&self) {
        self.replaced.set(BTreeMap::new());
        self.keep_replaced();
    }

    /// Writes the copy of replaced reviews as it is now, merged with what was stored since this tab
    /// read it (a backup's restore, another tab), and then shows the copy as stored.
    fn keep_replaced(&self) {
        let copy = self.replaced.get_untracked();
        let Some(base) = self.replaced_base.try_get_value() else {
            return;
        };
        let state = *self;
        spawn_local(async move {
            match storage::save_replaced(&base, &copy).await {
                Ok(stored) => {
                    state.replaced_base.try_set_value(stored.clone());
                    // Unless the tab changed its copy again meanwhile (its own write follows).
                    state.replaced.try_update(|c| {
                        if *c == copy {
                            *c = stored;
                        }
                    });
                }
                Err(e) => {
                    state.save_error.try_set(Some(e));
                }
            }
        });
    }

    /// Starts writing all reviews now (a save waiting for a pause is no longer needed), or, when a
    /// write is in flight, once more after it.
    pub fn save(&self) {
        let state = *self;
        self.writes.start(
            move || state.write_once(),
            move || {
                if !state.unsaved() {
                    storage::discard_reviews_recovery();
                }
            },
        );
    }

    /// Writes the reviews as they are now, merged with what another tab stored since this tab last
    /// read them; `false` if the write failed or the app is gone. The tab then shows what is stored
    /// (the other tab's changes too), keeping what it changed meanwhile; a part both changed
    /// differently is listed in `clashes`.
    async fn write_once(self) -> bool {
        // `try_`: the app may be unmounted while a write is in flight (in tests).
        let Some(mine) = self.reviews.try_get_untracked() else {
            return false;
        };
        let Some(base) = self.base.try_get_value() else {
            return false;
        };
        let result = storage::save_reviews(&base, &mine, &files::now_rfc3339()).await;
        let ok = result.is_ok();
        let error = result.as_ref().err().cloned();
        if let Ok((stored, clashes)) = result {
            self.base.try_set_value(stored.clone());
            // What the tab changed while the write was in flight stays; the rest is what is stored.
            // (Three ways again, from what was written: where both differ, the tab's newer typing stays.)
            let rebased = self
                .reviews
                .try_with_untracked(|now| (*now != stored).then(|| assessment::merge_three(&mine, &stored, now).0));
            if let Some(Some(rebased)) = rebased {
                self.reviews.try_set(rebased);
            }
            if !clashes.is_empty() {
                self.clashes.try_update(|c| {
                    for clash in clashes {
                        c.retain(|x| !(x.fingerprint == clash.fingerprint && x.part == clash.part));
                        c.push(clash);
                    }
                });
            }
        }
        if self.save_error.try_with_untracked(|e| *e != error) == Some(true) {
            self.save_error.try_set(error);
        }
        ok
    }

    /// The reviewer's choice in a clash: this tab's version (`mine`: taken as a change and saved)
    /// or the stored one (it stays). Either way the clash is settled.
    pub fn settle(&self, index: usize, mine: bool) {
        let Some(clash) = self.clashes.try_with_untracked(|c| c.get(index).cloned()).flatten() else {
            return;
        };
        self.clashes.update(|c| {
            c.remove(index);
        });
        if mine {
            let now = files::now_rfc3339();
            let changed = self
                .reviews
                .try_update(|all| {
                    all.get_mut(&clash.fingerprint)
                        .is_some_and(|r| assessment::take_mine(r, &clash, &now))
                })
                .unwrap_or(false);
            if changed {
                self.save();
            }
        }
    }
}

impl Default for ReviewerState {
    fn default() -> Self {
        Self::new()
    }
}

/// What a review says about its application, for people reading the review file.
fn application_ref(a: &Opened, lang: Lang) -> ApplicationRef {
    ApplicationRef {
        fingerprint: a.fingerprint.clone(),
        call: a.draft.call.clone(),
        lead: a
            .draft
            .applicants
            .first()
            .and_then(|x| display_name(x, lang))
            .unwrap_or_default(),
        project: a.draft.project.name().to_string(),
        source: a.source.clone(),
    }
}

/// The reviewer's state, its reviews read from storage on first use.
pub fn use_reviewer() -> ReviewerState {
    let state = expect_context::<ReviewerState>();
    let lang = crate::ui::language::use_lang().get_untracked();
    state.ensure_loaded(lang);
    state
}
