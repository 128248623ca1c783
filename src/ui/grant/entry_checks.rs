//! The accounts' rules on the page (`grant::ledger`, docs/rules.md §11.2), memoised per entry: each
//! entry's result is kept, and a keystroke in one row re-checks that row only (`check_entry`) and
//! re-sums in constant time (its old result taken back from the totals, its new one added:
//! `Totals::take_back`/`add_one`), so a keystroke costs the same at 10 000 entries as at 100. A
//! change of the list (an entry added, removed, put back, imported) re-checks every entry once.
//!
//! Messages follow the drafter's pattern: a cell's messages show once the user has left the cell
//! or asked to check the accounts; then the error summary lists them, each linking to its cell.

use crate::domain::draft::LineId;
use crate::domain::grant::finding::{EntryField, Finding, Place, Source};
use crate::domain::grant::ledger::{call_of, check_entry, overflow_finding, EntryContext, EntryResult, Ledger, Totals};
use crate::domain::grant::model::RawGrant;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::grant_rules;
use crate::ui::dom::after_press;
use crate::ui::field::Cited;
use crate::ui::grant::state::Open;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

impl Cited for Source {
    fn label(self, lang: Lang) -> &'static str {
        grant_rules::source(lang, self)
    }
    fn original(self) -> &'static str {
        self.quote_fi()
    }
}

/// The id of the control of an entry's cell: `line-{id}-{key}` (the line window finds the row by
/// it), the key being its column's.
pub fn cell_id(id: LineId, key: &str) -> String {
    format!("line-{id}-{key}")
}

/// The column a finding's place is in: the cell its message shows under and the summary links to.
/// An internal charge not confirmed is the confirmation's cell (what the user ticks to settle it).
pub fn column_of(field: EntryField) -> &'static str {
    match field {
        EntryField::InternalCharge => "actual",
        f => f.key(),
    }
}

/// What the page shows of the accounts as a whole (compared, so a memo of it changes only when
/// one of them does).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub count: usize,
    pub totals: Totals,
    /// Entries that count in no sum (an amount that cannot be read).
    pub unreadable: usize,
    /// Entries whose amounts are read but are not eligible.
    pub not_eligible: usize,
    pub errors: usize,
    pub warnings: usize,
    /// How many entries the last change re-checked (one for a keystroke in a row; shown to tests
    /// and the bench as the totals' `data-rechecked`).
    pub rechecked: usize,
    /// Counts the checks made: an entry's result may change with the figures all the same (one
    /// error for another), and the rows' memos must see it.
    pub revision: u64,
}

/// Every entry's result, in the entries' order, with what the figures need to take it back.
#[derive(Default)]
struct Checked {
    results: Vec<EntryResult>,
    /// Each entry's bearer as summed (the entry may have changed since).
    bearers: Vec<String>,
    index: HashMap<LineId, usize>,
    figures: Figures,
}

impl Checked {
    fn tally(f: &mut Figures, r: &EntryResult, by: isize) {
        let step = |n: &mut usize, yes: bool| {
            if yes {
                *n = n.wrapping_add_signed(by);
            }
        };
        let read = r.net.is_some() && r.vat.is_some();
        step(&mut f.unreadable, !read);
        step(&mut f.not_eligible, read && !r.eligible);
        let errors = r.findings.iter().filter(|f| f.is_error()).count();
        for _ in 0..errors {
            step(&mut f.errors, true);
        }
        for _ in errors..r.findings.len() {
            step(&mut f.warnings, true);
        }
    }

    /// Every entry checked afresh.
    fn all(&mut self, g: &RawGrant, ctx: &EntryContext) {
        let results: Vec<EntryResult> = g.entries.iter().map(|e| check_entry(e, ctx)).collect();
        let ledger = Ledger::from_results(g, results);
        let mut figures = Figures {
            count: g.entries.len(),
            totals: ledger.totals,
            revision: self.figures.revision,
            ..Figures::default()
        };
        for r in &ledger.entries {
            Self::tally(&mut figures, r, 1);
        }
        self.bearers = g.entries.iter().map(|e| e.bearer.trim().to_string()).collect();
        self.index = g.entries.iter().enumerate().map(|(i, e)| (e.id, i)).collect();
        self.results = ledger.entries;
        self.figures = figures;
    }

    /// The entry `id` re-checked and re-summed; `false` when the kept results do not fit the
    /// entries (the caller checks them all).
    fn one(&mut self, g: &RawGrant, ctx: &EntryContext, id: LineId) -> bool {
        let Some(&i) = self.index.get(&id) else { return false };
        let Some(entry) = g.entries.get(i).filter(|e| e.id == id) else {
            return false;
        };
        if self.results.len() != g.entries.len() || !self.figures.totals.take_back(&self.bearers[i], &self.results[i]) {
            return false;
        }
        Self::tally(&mut self.figures, &self.results[i], -1);
        let r = check_entry(entry, ctx);
        self.bearers[i] = entry.bearer.trim().to_string();
        self.figures.totals.add_one(&self.bearers[i], &r);
        Self::tally(&mut self.figures, &r, 1);
        self.results[i] = r;
        true
    }
}

/// The entries changed since the figures were last made: these rows, or the list itself.
struct Touched {
    rows: Vec<LineId>,
    all: bool,
}

/// The page's checks (provided by context while the accounts page lives).
#[derive(Clone, Copy)]
pub struct EntryChecks {
    checked: StoredValue<Checked>,
    touched: StoredValue<Touched>,
    /// The figures, made again on every change of the project.
    pub figures: Memo<Figures>,
    /// The cells the user has left (their controls' ids).
    pub left: RwSignal<HashSet<String>>,
    /// The user asked to check: every message, and the summary.
    pub show_all: RwSignal<bool>,
}

impl EntryChecks {
    pub fn new(open: Open) -> EntryChecks {
        let checked = StoredValue::new(Checked::default());
        let touched = StoredValue::new(Touched {
            rows: Vec::new(),
            all: true,
        });
        let figures = Memo::new(move |_| {
            open.grant
                .with(|g| {
                    let ctx = EntryContext::new(g, call_of(g));
                    let Touched { rows, all } = touched.try_update_value(|t| Touched {
                        rows: std::mem::take(&mut t.rows),
                        all: std::mem::take(&mut t.all),
                    })?;
                    checked.try_update_value(|c| {
                        c.figures.rechecked = rows.len();
                        if all || rows.is_empty() || !rows.iter().all(|&id| c.one(g, &ctx, id)) {
                            c.all(g, &ctx);
                            c.figures.rechecked = g.entries.len();
                        }
                        c.figures.count = g.entries.len();
                        c.figures.revision += 1;
                        c.figures.clone()
                    })
                })
                .unwrap_or_default()
        });
        let checks = EntryChecks {
            checked,
            touched,
            figures,
            left: RwSignal::new(HashSet::new()),
            show_all: RwSignal::new(false),
        };
        provide_context(checks);
        checks
    }

    /// The entry `id` is about to change (a keystroke in its row): only it is re-checked.
    pub fn touch(self, id: LineId) {
        self.touched.update_value(|t| t.rows.push(id));
    }

    /// The list of entries is about to change: every entry is re-checked.
    pub fn touch_all(self) {
        self.touched.update_value(|t| t.all = true);
    }

    /// An entry's result as last checked (a memo: it changes only when the entry's result does).
    pub fn result(self, id: LineId) -> Memo<Option<EntryResult>> {
        Memo::new(move |_| {
            self.figures.track();
            self.checked.with_value(|c| {
                c.index
                    .get(&id)
                    .and_then(|&i| c.results.get(i))
                    .filter(|r| r.id == id)
                    .cloned()
            })
        })
    }

    /// The messages to show under the cell `key` of entry `id`: once left, or once asked to check.
    pub fn shown(self, id: LineId, key: &'static str, result: Memo<Option<EntryResult>>) -> Memo<Vec<Finding>> {
        let cell = cell_id(id, key);
        Memo::new(move |_| {
            if !(self.show_all.get() || self.left.with(|l| l.contains(&cell))) {
                return Vec::new();
            }
            result.with(|r| {
                r.iter()
                    .flat_map(|r| &r.findings)
                    .filter(|f| matches!(f.place, Place::Entry { field, .. } if column_of(field) == key))
                    .cloned()
                    .collect()
            })
        })
    }

    /// The cell `cell_id` was left: its messages show, once a press that left it has landed.
    pub fn leave(self, cell: String) {
        // The page may be gone by the time the press has landed (a link followed): then nothing.
        after_press(move || {
            if self.left.try_with_untracked(|l| l.contains(&cell)) == Some(false) {
                self.left.try_update(|l| {
                    l.insert(cell);
                });
            }
        });
    }

    /// The errors (or the warnings) of the accounts, in the entries' order, each with its entry's
    /// number, and the accounts' own; at most `limit` (the rest is counted, not listed).
    /// Only those listed are cloned: the rest are counted from the figures (the entries' errors
    /// and warnings are tallied as they are checked).
    pub fn findings(self, errors: bool, limit: usize) -> (Vec<(Option<usize>, Finding)>, usize) {
        let (overflow, of_entries) = self
            .figures
            .with(|f| (f.totals.overflow, if errors { f.errors } else { f.warnings }));
        let own: Vec<Finding> = overflow_finding(overflow)
            .into_iter()
            .filter(|f| f.is_error() == errors)
            .collect();
        self.checked.with_value(|c| {
            let listed: Vec<(Option<usize>, Finding)> = c
                .results
                .iter()
                .enumerate()
                .flat_map(|(i, r)| r.findings.iter().map(move |f| (Some(i + 1), f)))
                .filter(|(_, f)| f.is_error() == errors)
                .chain(own.iter().map(|f| (None, f)))
                .take(limit)
                .map(|(at, f)| (at, f.clone()))
                .collect();
            let rest = (of_entries + own.len()).saturating_sub(listed.len());
            (listed, rest)
        })
    }
}

pub fn use_entry_checks() -> EntryChecks {
    expect_context()
}
