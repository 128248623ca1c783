//! The app's state, provided by context: the raw draft as typed, and everything derived from it.
//!
//! The draft is one signal holding the pure `RawDraft`; the analysis (parse + rules + totals) is a
//! memo over it, recomputed once per change. Each line's row reads its own `RowView` signal, which
//! one effect updates only when that line's checked values or findings changed: a keystroke costs
//! one analysis (plain Rust, O(lines)) and re-renders one row and the totals, not every row. Inputs
//! are uncontrolled (their value is set when the row is created), so typing never rewrites the DOM.

use crate::domain::draft::{LineId, RawBudgetLine, RawDraft};
use crate::domain::rules::analysis::{analyse, Analysis};
use crate::domain::rules::budget::LineResult;
use crate::domain::rules::finding::{FieldPath, Finding};
use crate::domain::vocabulary::locale::Lang;
use crate::storage::{DraftId, Loaded, SaveError};
use crate::ui::dom::after_press;
use crate::ui::session::StartNotice;
use crate::ui::writes::Writes;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy)]
pub struct AppStore {
    pub draft: RwSignal<RawDraft>,
    pub analysis: Memo<Analysis>,
    /// What each mounted row shows, by line id (see `row_view`).
    rows: StoredValue<HashMap<LineId, RwSignal<RowView>>>,
    /// Findings about fields outside the lines, by field.
    pub by_field: Memo<HashMap<FieldPath, Vec<Finding>>>,
    /// The ids of the lines, in order; changes only when lines are added, removed or moved.
    pub line_ids: RwSignal<Vec<LineId>>,
    /// 1-based line number by id, as the user sees it.
    pub line_numbers: Memo<HashMap<LineId, usize>>,
    pub lang: RwSignal<Lang>,
    /// Fields outside the lines that the user has left: their messages are shown (not while typing
    /// a first time). Rows keep their own.
    pub touched: RwSignal<HashSet<FieldPath>>,
    /// The user asked to check: every message is shown.
    pub show_all: RwSignal<bool>,
    /// Why the last save failed, if it did (cleared by the next successful one).
    pub save_error: RwSignal<Option<SaveError>>,
    /// The export's size (bytes) when the draft saved last is larger than a file the app can
    /// import again (`storage::Saved`).
    pub too_large: RwSignal<Option<usize>>,
    /// The stored draft being edited; `None` when the browser does not let the app store anything.
    pub draft_id: RwSignal<Option<DraftId>>,
    /// The stored revision this tab's draft is based on (see `storage::save`).
    pub revision: StoredValue<u64>,
    /// When the draft was last saved (ms since 1970), for the "saved at" indicator.
    pub saved_at: RwSignal<Option<f64>>,
    /// Changes made to the draft so far (a counter), and how many of them are on disk: the draft
    /// is unsaved while they differ (see `session::unsaved`).
    pub edits: StoredValue<u64>,
    pub saved_edits: StoredValue<u64>,
    /// For the header: changes are waiting to be written (or a write failed).
    pub unsaved: RwSignal<bool>,
    /// The draft's writes to storage: one waiting for typing to pause, one in flight.
    pub writes: Writes,
    /// The recovery copy the open draft was taken up from, discarded once it is saved.
    pub recovered_from: StoredValue<Option<String>>,
    /// What the start found (a recovered edit, an unreadable draft), shown under the header.
    pub notices: RwSignal<Vec<StartNotice>>,
    /// Incremented when the whole draft is replaced (another draft opened, a newer version loaded):
    /// the pages are built again, since inputs take their value when they are created.
    pub generation: RwSignal<u64>,
    /// Set just before the draft is replaced by a loaded one, so that replacing it is not a change.
    pub replacing: StoredValue<bool>,
    /// The id of the element that had focus when the draft was replaced, to focus again once the
    /// page is built again (a budget line far from the view is built first: `line_window::LineWindow`).
    pub refocus: StoredValue<Option<String>>,
}

impl AppStore {
    /// The store for the draft the start opened (or why none could be stored), with the unsaved
    /// version taken up from a recovery copy if there is one (see `session::take_up_recovery`).
    pub fn new(
        opened: Result<Loaded, SaveError>,
        recovered: Option<(RawDraft, String)>,
        notices: Vec<StartNotice>,
        lang: Lang,
    ) -> AppStore {
        let (draft_id, revision, saved_at, draft, error) = match opened {
            Ok(l) => (Some(l.id), l.revision, Some(l.saved_at), l.draft, None),
            Err(e) => (None, 0, None, RawDraft::default(), Some(e)),
        };
        let unsaved_at_start = recovered.is_some();
        let (draft, recovered_from) = match recovered {
            Some((draft, key)) => (draft, Some(key)),
            None => (draft, None),
        };
        let draft = RwSignal::new(draft);
        let analysis = Memo::new(move |_| draft.with(analyse));
        let rows: StoredValue<HashMap<LineId, RwSignal<RowView>>> = StoredValue::new(HashMap::new());
        // Push each changed line's view to its row; unchanged rows are not notified.
        Effect::new(move |_| {
            analysis.with(|a| {
                let mut by_line = findings_by_line(a);
                rows.with_value(|rows| {
                    for (id, signal) in rows {
                        let view = RowView {
                            result: a.line(*id).cloned(),
                            findings: by_line.remove(id).unwrap_or_default(),
                        };
                        if signal.try_with_untracked(|old| *old != view) == Some(true) {
                            signal.try_set(view);
                        }
                    }
                });
            })
        });
        let by_field = Memo::new(move |_| {
            analysis.with(|a| {
                let mut map: HashMap<FieldPath, Vec<Finding>> = HashMap::new();
                for f in &a.findings {
                    if !matches!(f.path, FieldPath::BudgetLine { .. }) {
                        map.entry(f.path).or_default().push(f.clone());
                    }
                }
                map
            })
        });
        // The lines' ids in order: a signal set only when they change. A memo over the draft would be
        // checked again at every keystroke, and with it every row's line number (2 000 rows, 2 000
        // effects woken to find nothing changed).
        let ids_of = |d: &RawDraft| d.budget.lines.iter().map(|l| l.id).collect::<Vec<LineId>>();
        let line_ids = RwSignal::new(draft.with_untracked(ids_of));
        Effect::new(move |_| {
            let ids = draft.with(ids_of);
            if line_ids.with_untracked(|old| *old != ids) {
                line_ids.set(ids);
            }
        });
        let line_numbers = Memo::new(move |_| {
            line_ids.with(|ids: &Vec<LineId>| ids.iter().enumerate().map(|(i, id)| (*id, i + 1)).collect())
        });
        AppStore {
            draft,
            analysis,
            rows,
            by_field,
            line_ids,
            line_numbers,
            lang: RwSignal::new(lang),
            touched: RwSignal::new(HashSet::new()),
            show_all: RwSignal::new(false),
            save_error: RwSignal::new(error),
            too_large: RwSignal::new(None),
            draft_id: RwSignal::new(draft_id),
            revision: StoredValue::new(revision),
            saved_at: RwSignal::new(saved_at),
            edits: StoredValue::new(u64::from(unsaved_at_start)),
            saved_edits: StoredValue::new(0),
            unsaved: RwSignal::new(unsaved_at_start),
            writes: Writes::new(),
            recovered_from: StoredValue::new(recovered_from),
            notices: RwSignal::new(notices),
            generation: RwSignal::new(0),
            replacing: StoredValue::new(false),
            refocus: StoredValue::new(None),
        }
    }

    /// The view of one line for its row. The row component calls this once; the signal leaves the
    /// registry when the row unmounts.
    pub fn row_view(&self, id: LineId) -> RwSignal<RowView> {
        let view = self.analysis.with_untracked(|a| RowView {
            result: a.line(id).cloned(),
            findings: a
                .findings
                .iter()
                .filter(|f| matches!(f.path, FieldPath::BudgetLine { id: line, .. } if line == id))
                .cloned()
                .collect(),
        });
        let signal = RwSignal::new(view);
        self.rows.update_value(|rows| {
            rows.insert(id, signal);
        });
        let rows = self.rows;
        on_cleanup(move || {
            rows.try_update_value(|rows| {
                if rows.get(&id) == Some(&signal) {
                    rows.remove(&id);
                }
            });
        });
        signal
    }

    /// Whether the user has left a field outside the lines.
    pub fn has_left(&self, path: FieldPath) -> Signal<bool> {
        let touched = self.touched;
        Signal::derive(move || touched.with(|t| t.contains(&path)))
    }

    /// Marks a field outside the lines as left: its messages are shown from now on.
    pub fn touch(&self, path: FieldPath) {
        // `try_`: a field left by a press is marked once the click has landed, by which time the
        // app may have been unmounted (a component test's mount ends).
        if self.touched.try_with_untracked(|t| t.contains(&path)) == Some(false) {
            self.touched.try_update(|t| {
                t.insert(path);
            });
        }
    }

    /// The user has left a field outside the lines (`blur`): marked left, once a click that moved
    /// focus away has landed (`dom::after_press`), so that its message does not move the page
    /// under the pointer.
    pub fn leave(&self, path: FieldPath) {
        let store = *self;
        after_press(move || store.touch(path));
    }

    /// Edits one line of the draft.
    pub fn edit_line(&self, id: LineId, f: impl FnOnce(&mut RawBudgetLine)) {
        self.draft.update(|d| {
            if let Some(line) = d.line_mut(id) {
                f(line);
            }
        });
    }
}

/// What a row shows besides what was typed: the line's checked values and its findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowView {
    pub result: Option<LineResult>,
    pub findings: Vec<Finding>,
}

fn findings_by_line(a: &Analysis) -> HashMap<LineId, Vec<Finding>> {
    let mut map: HashMap<LineId, Vec<Finding>> = HashMap::new();
    for f in &a.findings {
        if let FieldPath::BudgetLine { id, .. } = f.path {
            map.entry(id).or_default().push(f.clone());
        }
    }
    map
}

pub fn use_store() -> AppStore {
    expect_context::<AppStore>()
}
