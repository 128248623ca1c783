//! The app's state, provided by context: the raw draft as typed, and everything derived from it.
//!
//! The draft is one signal holding the pure `RawDraft`; the analysis (parse + rules + totals) is a
//! memo over it, recomputed once per change. Per-line views read an index of the analysis, so a
//! keystroke re-renders only what changed. Inputs are uncontrolled (their value is set when the row
//! is created), so typing never rewrites the DOM of other rows.

use crate::domain::budget::{analyse, Analysis};
use crate::domain::draft::{LineId, RawBudgetLine, RawDraft};
use crate::domain::finding::{FieldPath, Finding};
use crate::domain::locale::Lang;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy)]
pub struct AppStore {
    pub draft: RwSignal<RawDraft>,
    pub analysis: Memo<Analysis>,
    /// Findings grouped by line (lines) and by field (everything else).
    pub by_line: Memo<HashMap<LineId, Vec<Finding>>>,
    pub by_field: Memo<HashMap<FieldPath, Vec<Finding>>>,
    /// The ids of the lines, in order; changes only when lines are added, removed or moved.
    pub line_ids: Memo<Vec<LineId>>,
    /// 1-based line number by id, as the user sees it.
    pub line_numbers: Memo<HashMap<LineId, usize>>,
    pub lang: RwSignal<Lang>,
    /// Fields the user has left: their messages are shown (not while typing a first time).
    pub touched: RwSignal<HashSet<FieldPath>>,
    /// The user asked to check: every message is shown.
    pub show_all: RwSignal<bool>,
    /// The last removed line and where it was, for undo.
    pub removed: RwSignal<Option<(usize, RawBudgetLine)>>,
    /// Why the last save failed, if it did.
    pub save_error: RwSignal<Option<String>>,
}

impl AppStore {
    pub fn new(draft: RawDraft, lang: Lang) -> AppStore {
        let draft = RwSignal::new(draft);
        let analysis = Memo::new(move |_| draft.with(analyse));
        let by_line = Memo::new(move |_| {
            analysis.with(|a| {
                let mut map: HashMap<LineId, Vec<Finding>> = HashMap::new();
                for f in &a.findings {
                    if let FieldPath::BudgetLine { id, .. } = f.path {
                        map.entry(id).or_default().push(f.clone());
                    }
                }
                map
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
        let line_ids = Memo::new(move |_| draft.with(|d| d.budget.lines.iter().map(|l| l.id).collect()));
        let line_numbers = Memo::new(move |_| {
            line_ids.with(|ids: &Vec<LineId>| ids.iter().enumerate().map(|(i, id)| (*id, i + 1)).collect())
        });
        AppStore {
            draft,
            analysis,
            by_line,
            by_field,
            line_ids,
            line_numbers,
            lang: RwSignal::new(lang),
            touched: RwSignal::new(HashSet::new()),
            show_all: RwSignal::new(false),
            removed: RwSignal::new(None),
            save_error: RwSignal::new(None),
        }
    }

    /// Findings about one field, whether or not they are shown yet.
    pub fn findings_at(&self, path: FieldPath) -> Vec<Finding> {
        match path {
            FieldPath::BudgetLine { id, .. } => self
                .by_line
                .with(|m| {
                    m.get(&id)
                        .map(|v| v.iter().filter(|f| f.path == path).cloned().collect())
                })
                .unwrap_or_default(),
            _ => self.by_field.with(|m| m.get(&path).cloned().unwrap_or_default()),
        }
    }

    /// Whether a field's messages are to be shown: after the user left it, or asked to check.
    pub fn is_revealed(&self, path: FieldPath) -> bool {
        self.show_all.get() || self.touched.with(|t| t.contains(&path))
    }

    pub fn touch(&self, path: FieldPath) {
        if !self.touched.with_untracked(|t| t.contains(&path)) {
            self.touched.update(|t| {
                t.insert(path);
            });
        }
    }

    /// Edits one line of the draft.
    pub fn edit_line(&self, id: LineId, f: impl FnOnce(&mut RawBudgetLine)) {
        self.draft.update(|d| {
            if let Some(line) = d.line_mut(id) {
                f(line);
            }
        });
    }

    pub fn t(&self, text: crate::i18n::T) -> &'static str {
        text.get(self.lang.get())
    }
}

pub fn use_store() -> AppStore {
    expect_context::<AppStore>()
}
