//! The reviewer's state, provided by context so that it outlives a page: the applications opened in
//! this tab (read only, never stored or changed) and the reviews, which are kept in the browser
//! through `crate::storage` once changes pause (and when the page is left). As with the draft
//! (`session::save`), one write is in flight at a time, and changes made during it are written once
//! more after it; a tab left before its reviews are on disk keeps them as a recovery copy, which the
//! next load takes in.

use crate::domain::draft::RawDraft;
use crate::domain::formats::application::Imported;
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::review::{self, ApplicationRef, Mark, Review};
use crate::domain::reviewer::assessment;
use crate::domain::rules::analysis::{analyse, Analysis};
use crate::domain::rules::applicants::display_name;
use crate::domain::vocabulary::criteria::Criterion;
use crate::domain::vocabulary::locale::Lang;
use crate::storage::{self, SaveError};
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
    /// Whether the reviews have been read from storage: only when a reviewer's page first asks, so
    /// a drafter's start-up never reads them.
    loaded: StoredValue<bool>,
    /// The reviews' writes to storage, as the draft's: one waiting for typing to pause, one in flight.
    writes: Writes,
}

impl ReviewerState {
    pub fn new() -> ReviewerState {
        ReviewerState {
            opened: RwSignal::new(Vec::new()),
            not_opened: RwSignal::new(Vec::new()),
            reviews: RwSignal::new(BTreeMap::new()),
            save_error: RwSignal::new(None),
            unreadable: RwSignal::new(None),
            loaded: StoredValue::new(false),
            writes: Writes::new(),
        }
    }

    /// Reads the reviews from storage, once. A change made before they arrive is not lost: what is
    /// read is merged with it (the later review of each application wins).
    fn ensure_loaded(&self) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        let state = *self;
        spawn_local(async move {
            let stored = storage::load_reviews().await;
            let unreadable = storage::unreadable_reviews().await;
            if !stored.is_empty() {
                state.reviews.try_update(|all| {
                    assessment::merge(all, stored.into_values().collect());
                });
            }
            state.unreadable.try_set(unreadable);
        });
        // For the tab's life, not this page's (the state outlives the reviewer's pages).
        let _ = session::flush_on_leave(move || state.writes.now(|| state.save()));
        // Leaving before the reviews are on disk: keep them synchronously (the write just started
        // may not finish).
        window_event_listener(ev::pagehide, move |_| {
            if state.unsaved() {
                state.reviews.try_with_untracked(storage::keep_reviews_recovery);
            }
        });
    }

    /// Whether some change is not on disk yet (waiting for a pause, being written, or failed).
    fn unsaved(&self) -> bool {
        self.writes.busy() || self.save_error.try_with_untracked(Option::is_some) == Some(true)
    }

    /// Adds the result of importing one file.
    pub fn add(&self, source: String, result: Result<Imported, ImportError>) {
        self.add_all(vec![(source, result)]);
    }

    /// Adds the results of importing many files, in their order, with one change to the lists (so
    /// the summary table is built once, not once per file: 100 files were 100 rebuilds).
    pub fn add_all(&self, results: Vec<(String, Result<Imported, ImportError>)>) {
        let mut opened: Vec<Opened> = Vec::new();
        let mut not_opened = Vec::new();
        for (source, result) in results {
            match result {
                Ok(imported) => {
                    let fp = imported.fingerprint.clone();
                    let first = |o: &[Opened]| o.iter().find(|x| x.fingerprint == fp).map(|x| x.source.clone());
                    if let Some(first) = self.opened.with_untracked(|o| first(o)).or_else(|| first(&opened)) {
                        not_opened.push((source, NotOpened::AlreadyOpen(first)));
                        continue;
                    }
                    let analysis = analyse(&imported.draft);
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

    /// Offers all reviews as a file.
    pub fn download(&self) {
        let text = self
            .reviews
            .with_untracked(|all| review::export(all.values(), &files::now_rfc3339()));
        let _ = files::download(&review::file_name(&files::today()), &text, "application/json");
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

    /// Writes the reviews as they are now; `false` if the write failed or the app is gone.
    async fn write_once(self) -> bool {
        // `try_`: the app may be unmounted while a write is in flight (in tests).
        let Some(reviews) = self.reviews.try_get_untracked() else {
            return false;
        };
        let result = storage::save_reviews(&reviews, &files::now_rfc3339()).await;
        let ok = result.is_ok();
        if self
            .save_error
            .try_with_untracked(|e| e.as_ref() != result.as_ref().err())
            == Some(true)
        {
            self.save_error.try_set(result.err());
        }
        ok
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
        project: a.draft.project.name_fi.trim().to_string(),
        source: a.source.clone(),
    }
}

/// The reviewer's state, its reviews read from storage on first use.
pub fn use_reviewer() -> ReviewerState {
    let state = expect_context::<ReviewerState>();
    state.ensure_loaded();
    state
}
