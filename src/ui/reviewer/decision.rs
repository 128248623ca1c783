//! The funding proposal (`/reviewer/decision`) and the printable decision
//! (`/reviewer/decision/print`). The proposal is typed here and kept as typed (in IndexedDB, as its
//! file's text), saved once typing pauses; its meaning — the ranking, the totals against the
//! appropriation, the findings — is `domain::reviewer::decision`, recomputed on every change.
//! A proposal decides one call (chosen on the page): every application of that call open in the
//! reviewer's view joins it, one no longer open stays in it; the applications of another call are
//! listed apart. Each application's own errors are shown beside it.
//!
//! The same page, state and components serve the **second decision** on the applications the first
//! deferred (`/reviewer/second-decision` and its print, docs/rules.md §12.1.8): a [`ProposalState`]
//! is kept per decision under its own storage key (`storage::DecisionKey`), and a page names which
//! decision it shows by giving its key as context (`use_proposal` takes the nearest). The second is
//! made from the first (the stored proposal) and the clarification record once the first has
//! deferred entries (`reviewer::clarification::second_proposal`), follows the clarified versions
//! received since (`reviewer::second::follow_clarified`) and the open applications without
//! growing (`reviewer::second::sync_second`); the first is never touched by it.

use crate::domain::formats::decision::{self, Applied, Proposal, Status, Step};
use crate::domain::reviewer::clarification::{clarified_versions, granted_by, second_proposal};
use crate::domain::reviewer::decision::{
    analyse_open, applied, csv, defer, grant, printed, sync, CsvHeadings, DecisionAnalysis, EntryField, Place,
};
use crate::domain::reviewer::panel;
use crate::domain::reviewer::second::{follow_clarified, follow_first, sync_second};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::{self, DEFAULT_CALL};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::decision::{self as words, Block, D};
use crate::i18n::reviewer::R;
use crate::i18n::reviewer_app::Ra;
use crate::i18n::{self, T};
use crate::storage::{self, DecisionKey};
use crate::ui::dom::{css_properties, css_string, focus_after_render};
use crate::ui::files::{self, FileDrop};
use crate::ui::language::use_lang;
use crate::ui::reviewer::state::use_reviewer;
use crate::ui::summary::set_title;
use crate::ui::writes::Writes;
use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};

/// A decision's proposal, for the tab's life (provided by the app, read from storage when first
/// asked): the first decision's or the second's, by `which`.
#[derive(Clone, Copy)]
pub struct ProposalState {
    /// Which decision's proposal this is: where it is stored and how its page reads.
    pub which: DecisionKey,
    pub proposal: RwSignal<Proposal>,
    /// The fields the user has left (their messages are shown), by id; all once a check is asked.
    left: RwSignal<HashSet<String>>,
    asked: RwSignal<bool>,
    loaded: StoredValue<bool>,
    writes: Writes,
    pub save_failed: RwSignal<bool>,
    /// What opening a file said, for the status line.
    opened: RwSignal<Option<String>>,
    /// Whether the user changed the proposal (a change before the stored one is read wins over it).
    touched: StoredValue<bool>,
    /// Bumped when the stored proposal arrives, so that the open applications are synced into it.
    arrived: RwSignal<u32>,
    /// Whether saving may start: once the stored proposal was read, and never over one this version
    /// cannot read (it stays as it is; the page says so and offers the file export).
    ready: StoredValue<bool>,
    /// The stored proposal's text as this tab read or last saved it (`None`: none was stored): a
    /// save is refused when another tab has stored another since (compared as text, no clock).
    read: StoredValue<Option<String>>,
    /// Another tab saved the proposal since this tab read it: nothing of this tab's was written;
    /// the page says so and lets the user choose which version stays.
    pub conflict: RwSignal<bool>,
    /// The version a choice left (its file's text), kept in the browser and offered for download.
    pub aside: RwSignal<Option<String>>,
    /// Nothing was stored for this decision when it was read: the second decision is still to be
    /// made from the first (`sync_second_open`); the first's is a new proposal already.
    fresh: RwSignal<bool>,
}

impl ProposalState {
    pub fn new(which: DecisionKey) -> ProposalState {
        ProposalState {
            which,
            proposal: RwSignal::new(Proposal::default()),
            left: RwSignal::new(HashSet::new()),
            asked: RwSignal::new(false),
            loaded: StoredValue::new(false),
            writes: Writes::new(),
            save_failed: RwSignal::new(false),
            opened: RwSignal::new(None),
            touched: StoredValue::new(false),
            arrived: RwSignal::new(0),
            ready: StoredValue::new(false),
            read: StoredValue::new(None),
            conflict: RwSignal::new(false),
            aside: RwSignal::new(None),
            fresh: RwSignal::new(false),
        }
    }

    fn ensure_loaded(self, lang: Lang, call: String) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        let which = self.which;
        spawn_local(async move {
            let stored = storage::load_proposal(which).await;
            self.fresh.try_set(stored.is_none());
            let p = match stored {
                None => Proposal::new(&call, lang),
                Some(text) => match decision::import(text.as_bytes(), lang) {
                    Ok(i) => i.proposal,
                    Err(_) => {
                        self.save_failed.try_set(true);
                        return;
                    }
                },
            };
            self.read.try_set_value(storage::stored_proposal_text(which).await);
            self.aside.try_set(storage::proposal_aside(which).await);
            self.ready.try_set_value(true);
            if self.touched.try_get_value() == Some(false) {
                self.proposal.try_set(p);
                self.arrived.try_update(|n| *n += 1);
            } else {
                self.writes.later(move || self.save());
            }
        });
        let _ = crate::ui::session::flush_on_leave(move || self.writes.now(|| self.save()));
        // Leaving before the proposal is on disk (a write waiting, in flight or failed): keep it
        // synchronously, the write just started may not finish; the next load takes it up. Never
        // while saving may not start (over a stored proposal this version cannot read).
        window_event_listener(leptos::ev::pagehide, move |_| {
            let unsaved = self.writes.busy() || self.save_failed.try_get_untracked() == Some(true);
            // In a conflict the copy would be taken up over the other tab's version at the next
            // load: not kept (leaving asks first).
            let conflict = self.conflict.try_get_untracked() == Some(true);
            if unsaved && !conflict && self.ready.try_get_value() == Some(true) {
                if let Some(text) = self.file_text() {
                    storage::keep_proposal_recovery(which, &text);
                }
            }
        });
        window_event_listener(leptos::ev::beforeunload, move |e: web_sys::BeforeUnloadEvent| {
            if self.conflict.try_get_untracked() == Some(true) {
                e.prevent_default();
                e.set_return_value("unsaved");
            }
        });
    }

    /// The proposal's file text, as saved and exported.
    fn file_text(self) -> Option<String> {
        self.proposal
            .try_with_untracked(|p| decision::to_json(&decision::export(p, &files::now_rfc3339())))
    }

    /// The user changes the proposal; it is saved once typing pauses.
    pub fn change(self, edit: impl FnOnce(&mut Proposal)) {
        self.touched.set_value(true);
        // A second decision the user opened from a file is not made again from the first.
        if self.fresh.get_untracked() {
            self.fresh.set(false);
        }
        self.follow(edit);
    }

    /// The proposal follows the open applications and the reviews (not the user's change).
    fn follow(self, edit: impl FnOnce(&mut Proposal)) {
        self.proposal.update(edit);
        if self.ready.get_value() {
            self.writes.later(move || self.save());
        }
    }

    fn save(self) {
        let write_once = move || async move {
            let Some(text) = self.file_text() else {
                return false;
            };
            let Some(read) = self.read.try_get_value() else {
                return false;
            };
            let result = storage::save_proposal(self.which, read.as_deref(), &text).await;
            let conflict = result == Err(storage::SaveError::Conflict);
            self.conflict.try_set(conflict);
            self.save_failed.try_set(result.is_err() && !conflict);
            if result.is_ok() {
                self.read.try_set_value(Some(text));
                storage::discard_proposal_recovery(self.which);
            }
            result.is_ok()
        };
        self.writes.start(write_once, || {});
    }

    /// The user's choice after a conflict: this tab's version (`mine`) is stored over the other
    /// tab's, or the other tab's is taken into this tab. The version not chosen is set aside in
    /// the browser first (offered for download), so neither is lost.
    pub fn choose(self, mine: bool, lang: Lang) {
        spawn_local(async move {
            let Some(this_tab) = self.file_text() else { return };
            let Some(other) = storage::stored_proposal_text(self.which).await else {
                // Nothing stored any more: this tab's is simply saved.
                self.read.try_set_value(None);
                self.conflict.try_set(false);
                self.save();
                return;
            };
            let aside = if mine { other.clone() } else { this_tab.clone() };
            if let Err(e) = storage::set_proposal_aside(self.which, &aside).await {
                self.save_failed.try_set(e != storage::SaveError::Conflict);
                return;
            }
            self.aside.try_set(Some(aside));
            if mine {
                if storage::save_proposal_over(self.which, &this_tab).await.is_ok() {
                    self.read.try_set_value(Some(this_tab));
                    self.conflict.try_set(false);
                    storage::discard_proposal_recovery(self.which);
                }
            } else if let Ok(i) = decision::import(other.as_bytes(), lang) {
                self.read.try_set_value(Some(other));
                self.proposal.try_set(i.proposal);
                self.arrived.try_update(|n| *n += 1);
                self.conflict.try_set(false);
            }
        });
    }

    /// Offers the version set aside by a choice as a proposal file.
    pub fn download_aside(self) {
        if let Some(text) = self.aside.get_untracked() {
            let _ = files::download(&self.file_name(), &text, "application/json");
        }
    }

    /// The name its file is saved under: the second decision's apart from the first's.
    fn file_name(self) -> String {
        match self.which {
            DecisionKey::First => decision::file_name(&files::today()),
            DecisionKey::Second => decision::second_file_name(&files::today()),
        }
    }

    fn shown(self, id: &str) -> bool {
        self.asked.get() || self.left.with(|l| l.contains(id))
    }

    /// The user left a field: its messages are shown once a click that left it has landed
    /// (`dom::after_press`), so that they do not move the page under the pointer.
    fn leave(self, id: String) {
        crate::ui::dom::after_press(move || {
            self.left.try_update(|l| {
                l.insert(id);
            });
        });
    }
}

/// Both decisions' proposals (provided by the reviewer's app).
#[derive(Clone, Copy)]
pub struct Proposals {
    pub first: ProposalState,
    pub second: ProposalState,
}

impl Proposals {
    pub fn new() -> Proposals {
        Proposals {
            first: ProposalState::new(DecisionKey::First),
            second: ProposalState::new(DecisionKey::Second),
        }
    }
}

impl Default for Proposals {
    fn default() -> Proposals {
        Proposals::new()
    }
}

/// The proposal of the decision the page shows (the nearest `DecisionKey` given as context; the
/// first decision's where none is), read from storage on first use.
pub fn use_proposal() -> ProposalState {
    use_proposal_of(use_context::<DecisionKey>().unwrap_or(DecisionKey::First))
}

/// The proposal of `which` decision, read from storage on first use (a new one is for the call of
/// the first open application, or the default call).
pub fn use_proposal_of(which: DecisionKey) -> ProposalState {
    let all = expect_context::<Proposals>();
    let state = match which {
        DecisionKey::First => all.first,
        DecisionKey::Second => all.second,
    };
    if !state.loaded.get_value() {
        let call = use_reviewer()
            .opened
            .with_untracked(|o| o.first().map(|o| o.draft.call.clone()))
            .unwrap_or_else(|| DEFAULT_CALL.to_string());
        state.ensure_loaded(use_lang().get_untracked(), call);
    }
    state
}

/// The panel's mean score of each open application: the mean of the complete totals of every
/// reviewer who did not stand aside (this browser's reviews are one reviewer, the files loaded the
/// others).
fn means(reviewer: &crate::ui::reviewer::state::ReviewerState) -> BTreeMap<String, Option<Decimal>> {
    let members = reviewer.members();
    reviewer.opened.with(|opened| {
        panel::mean_totals(
            &members,
            opened
                .iter()
                .filter_map(|o| Some((o.fingerprint.as_str(), call::by_id(&o.draft.call)?))),
        )
    })
}

/// What the proposal means with the applications open now: an entry whose application is not open
/// is listed apart, in no total and not printed.
fn analysed(state: ProposalState, reviewer: &crate::ui::reviewer::state::ReviewerState) -> DecisionAnalysis {
    reviewer.opened.with(|opened| {
        state
            .proposal
            .with(|p| analyse_open(p, &|fp| opened.iter().any(|o| o.fingerprint == fp)))
    })
}

/// Brings the proposal up to the applications open now (`decision::sync`): those of its call join
/// it, each open one's maximum, errors and mean score are brought up to date.
/// A clarified version of a deferred application (further clarification, `cl`) does not join: it is
/// decided in the second decision.
fn sync_open(
    state: ProposalState,
    reviewer: &crate::ui::reviewer::state::ReviewerState,
    cl: crate::ui::reviewer::clarification::ClarificationState,
) {
    let clarified = cl.clarified();
    let open: Vec<_> = reviewer.opened.with_untracked(|opened| {
        opened
            .iter()
            .filter(|o| !clarified.contains(&o.fingerprint))
            .map(|o| applied(&o.fingerprint, &o.draft, &o.analysis))
            .collect()
    });
    let means = means(reviewer);
    let mut next = state.proposal.get_untracked();
    sync(&mut next, &open, &means);
    if state.proposal.with_untracked(|p| *p != next) {
        state.follow(|p| *p = next);
    }
}

/// Whether a decision has deferred entries of its call (those a second decision decides).
fn has_deferred(p: &Proposal) -> bool {
    p.entries
        .iter()
        .any(|e| e.status == Status::Defer && crate::domain::reviewer::decision::in_call(p, e))
}

/// The clarified versions in force (the clarification record's) that are open here, each as its
/// entry would name it, by the original's fingerprint.
fn clarified_open(
    reviewer: &crate::ui::reviewer::state::ReviewerState,
    cl: crate::ui::reviewer::clarification::ClarificationState,
) -> BTreeMap<String, Applied> {
    let versions = cl.record.with_untracked(|r| clarified_versions(r));
    reviewer.opened.with_untracked(|opened| {
        versions
            .into_iter()
            .filter_map(|(original, fp)| {
                let o = opened.iter().find(|o| o.fingerprint == fp)?;
                Some((original, applied(&o.fingerprint, &o.draft, &o.analysis)))
            })
            .collect()
    })
}

/// Brings the second decision up to date (docs/rules.md §12.1.8): where nothing was stored for it,
/// it is made from the first once the first and the clarification record are read and the first
/// has deferred entries (`second_proposal`); it follows what the first defers since (`follow_first`),
/// the clarified versions received since are brought in
/// (`follow_clarified`) and its entries follow their open applications and the panel's mean
/// without any other joining (`sync_second`). The first's proposal is only read.
fn sync_second_open(
    state: ProposalState,
    first: ProposalState,
    reviewer: &crate::ui::reviewer::state::ReviewerState,
    cl: crate::ui::reviewer::clarification::ClarificationState,
    lang: Lang,
) {
    if !state.ready.get_value() {
        return;
    }
    let clarified = clarified_open(reviewer, cl);
    if state.fresh.get_untracked() {
        if !first.ready.get_value() || !cl.ready.get_untracked() {
            return;
        }
        let made = first
            .proposal
            .with_untracked(|f| has_deferred(f).then(|| second_proposal(f, &clarified, lang)));
        let Some(made) = made else { return };
        state.fresh.set(false);
        state.follow(|p| *p = made);
    }
    let open: Vec<_> = reviewer.opened.with_untracked(|opened| {
        opened
            .iter()
            .map(|o| applied(&o.fingerprint, &o.draft, &o.analysis))
            .collect()
    });
    // A version no reviewer has scored yet keeps the score the entry has (the first's, as
    // `second_proposal` keeps it for a clarified version) rather than losing it.
    let mut means = means(reviewer);
    means.retain(|_, m| m.is_some());
    let mut next = state.proposal.get_untracked();
    if first.ready.get_value() && cl.ready.get_untracked() {
        first
            .proposal
            .with_untracked(|f| follow_first(&mut next, f, &clarified, lang));
    }
    follow_clarified(&mut next, &clarified);
    sync_second(&mut next, &open, &means);
    if state.proposal.with_untracked(|p| *p != next) {
        state.follow(|p| *p = next);
    }
}

fn entry_id(i: usize, field: &str) -> String {
    format!("proposal-{i}-{field}")
}

fn field_id(place: Place) -> String {
    match place {
        Place::Appropriation => "proposal-appropriation".into(),
        Place::GrantedBefore => "proposal-granted-before".into(),
        Place::Whole => "proposal-totals".into(),
        Place::Entry { index, field } => entry_id(
            index,
            match field {
                EntryField::Status => "status",
                EntryField::Amount => "amount",
                EntryField::Reason => "reason",
            },
        ),
    }
}

/// The messages of one field, once shown (left or checked).
#[component]
fn Messages(place: Place, analysis: Memo<DecisionAnalysis>) -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let id = field_id(place);
    let shown_id = id.clone();
    view! {
        <div class="field-messages" id=format!("{id}-messages")>
            {move || {
                if !state.shown(&shown_id) {
                    return Vec::new();
                }
                let lang = lang.get();
                analysis.with(|a| {
                    a.findings
                        .iter()
                        .filter(|f| f.place == place)
                        .map(|f| {
                            let text = state.proposal.with(|p| words::problem(lang, &f.problem, p));
                            crate::ui::field::message_line(lang, f.severity, text, None::<()>)
                        })
                        .collect::<Vec<_>>()
                })
            }}
        </div>
    }
}

/// A fixed text in a language: the first decision's are `D`'s, the second's the reviewer app's own
/// table's (`Ra`), so a decision's words are taken as functions rather than keys of one table.
type Word = fn(Lang) -> &'static str;

/// The texts that name a decision's page: the first decision's (the funding proposal) or the
/// second's.
struct Words {
    title: Word,
    intro: Word,
    print: &'static str,
    page: &'static str,
    granted: Word,
    granted_before: Word,
    granted_before_label: Word,
    granted_before_hint: Word,
}

fn words_of(which: DecisionKey) -> Words {
    match which {
        DecisionKey::First => Words {
            title: |l| D::Title.get(l),
            intro: |l| D::Intro.get(l),
            print: "/reviewer/decision/print",
            page: "/reviewer/decision",
            granted: |l| D::TotalGranted.get(l),
            granted_before: |l| D::TotalGrantedBefore.get(l),
            granted_before_label: |l| D::GrantedBefore.get(l),
            granted_before_hint: |l| D::GrantedBeforeHint.get(l),
        },
        DecisionKey::Second => Words {
            title: |l| Ra::SecondTitle.get(l),
            intro: |l| Ra::SecondIntro.get(l),
            print: "/reviewer/second-decision/print",
            page: "/reviewer/second-decision",
            granted: |l| Ra::SecondTotalGranted.get(l),
            granted_before: |l| Ra::SecondTotalGrantedBefore.get(l),
            granted_before_label: |l| Ra::SecondGrantedBefore.get(l),
            granted_before_hint: |l| Ra::SecondGrantedBeforeHint.get(l),
        },
    }
}

/// The proposal page of `which` decision (`/reviewer/decision`, `/reviewer/second-decision`): its
/// components take that decision's proposal (`use_proposal`).
#[component]
pub fn DecisionPage(which: DecisionKey) -> impl IntoView {
    view! { <Provider value=which><ProposalPage /></Provider> }
}

#[component]
fn ProposalPage() -> impl IntoView {
    let lang = use_lang();
    // The headings a phone shows beside each cell (style/reviewer.css).
    let table = NodeRef::<leptos::html::Table>::new();
    css_properties(table, move || column_labels(lang.get()));
    let reviewer = use_reviewer();
    let state = use_proposal();
    let cl = crate::ui::reviewer::clarification::use_clarifications();
    let t = move |d: D| d.get(lang.get());
    let which = state.which;
    let is_first = which == DecisionKey::First;
    let w = words_of(which);
    let first = use_proposal_of(DecisionKey::First);

    // The first decision: every application of the proposal's call open joins it; every entry's
    // score follows the reviews. (Again when another call is chosen: `on_call`.) The second: made
    // from the first, its own entries follow their applications (`sync_second_open`).
    Effect::new(move |_| {
        state.arrived.track();
        reviewer.opened.track();
        cl.record.track();
        if is_first {
            sync_open(state, &reviewer, cl);
        } else {
            first.arrived.track();
            first.proposal.track();
            cl.ready.track();
            state.fresh.track();
            sync_second_open(state, first, &reviewer, cl, lang.get_untracked());
        }
    });

    // Only the applications open here are decided, counted and printed (issue 28, item 3).
    let analysis = Memo::new(move |_| analysed(state, &reviewer));
    let has_errors = move || analysis.with(|a| a.errors().next().is_some());
    set_title(
        move |lang| (w.title)(lang).to_string(),
        move || state.asked.get() && has_errors(),
    );

    let money = move |m: Option<Money>| m.map(|m| m.format(lang.get())).unwrap_or_default();
    let totals = move || analysis.with(|a| a.totals);

    let export = move |_| {
        let text = state
            .proposal
            .with_untracked(|p| decision::to_json(&decision::export(p, &files::now_rfc3339())));
        let _ = files::download(&state.file_name(), &text, "application/json");
    };
    let download_csv = move |_| {
        let l = lang.get_untracked();
        let a = analysis.get_untracked();
        let text = state.proposal.with_untracked(|p| {
            let h = CsvHeadings {
                rank: D::CsvRank.get(l),
                score: D::Mean.get(l),
                lead: D::Lead.get(l),
                partners: D::CsvPartners.get(l),
                project: D::Project.get(l),
                requested: D::Requested.get(l),
                status: D::Proposed.get(l),
                granted: D::Amount.get(l),
                group: D::Group.get(l),
                reason: D::Reason.get(l),
                fingerprint: D::CsvFingerprint.get(l),
                total: D::Totals.get(l),
            };
            csv(p, &a, &h, |s| words::status(l, s).to_string())
        });
        let _ = files::download(
            &decision::list_file_name(&files::today()),
            &text,
            "text/csv;charset=utf-8",
        );
    };
    let open_files = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        spawn_local(async move {
            let l = lang.get_untracked();
            let result = match files::read_file(&file).await {
                Ok(bytes) => decision::import(&bytes, l),
                Err(e) => Err(e),
            };
            match result {
                Ok(imported) => {
                    state.change(|p| *p = imported.proposal);
                    state.opened.set(Some(D::ProposalOpened.get(l).to_string()));
                }
                Err(e) => state.opened.set(Some(i18n::import_error(l, &e))),
            }
        });
    });
    let check = move |_| {
        state.asked.set(true);
        // The summary is on the page once it is rendered.
        focus_after_render("proposal-summary".into());
    };

    // The entries in ranking order, each by its index and application.
    let rows = move || {
        let order = analysis.with(|a| a.order.clone());
        state.proposal.with(|p| {
            order
                .into_iter()
                .filter_map(|i| p.entries.get(i).map(|e| (i, e.application.fingerprint.clone())))
                .collect::<Vec<_>>()
        })
    };
    let on_call = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if call::by_id(&id).is_some() {
            state.change(|p| p.call = id);
            sync_open(state, &reviewer, cl);
        }
    };
    // Listed apart: the open applications of another call than the proposal's (again only when the
    // call or the open applications change, not on every keystroke), and the entries of another
    // call the proposal keeps that are not open (an earlier call chosen, or a file of version 1).
    let proposal_call = Memo::new(move |_| state.proposal.with(|p| p.call.clone()));
    let open_apart = Memo::new(move |_| {
        let current = proposal_call.get();
        reviewer.opened.with(|o| {
            o.iter()
                .filter(|x| x.draft.call != current)
                .map(|x| applied(&x.fingerprint, &x.draft, &x.analysis))
                .collect::<Vec<_>>()
        })
    });
    let other_call = Memo::new(move |_| {
        let mut rows: Vec<(Applied, bool)> = open_apart.get().into_iter().map(|a| (a, false)).collect();
        let kept: Vec<(Applied, bool)> = state.proposal.with(|p| {
            analysis.with(|a| {
                a.apart
                    .iter()
                    .filter_map(|&i| p.entries.get(i))
                    .filter(|e| !rows.iter().any(|(r, _)| r.fingerprint == e.application.fingerprint))
                    .map(|e| (e.application.clone(), true))
                    .collect()
            })
        });
        rows.extend(kept);
        rows
    });
    view! {
        <h1>{move || (w.title)(lang.get())}</h1>
        <p class="lead">{move || (w.intro)(lang.get())}</p>
        <p>
            <A href="/reviewer">{move || T::ReviewerTitle.get(lang.get())}</A> " · " <A href=w.print>{move || t(D::PrintView)}</A>
            {(!is_first).then(|| view! { " · " <A href="/reviewer/decision">{move || t(D::Title)}</A> })}
        </p>
        // The second decision, once the first has deferred applications.
        <Show when=move || is_first && state.proposal.with(has_deferred)>
            <p id="to-second-decision"><A href="/reviewer/second-decision">{move || Ra::SecondTitle.get(lang.get())}</A></p>
        </Show>

        // Once the proposal is checked (not an empty box before): its errors, then its notes, each
        // under its own heading; no errors said as such.
        <Show when=move || state.asked.get()>
            <div id="proposal-summary" class="error-summary" tabindex="-1" class:clean=move || !has_errors()>
                {move || {
                    let l = lang.get();
                    let items = |severity: Severity| state.proposal.with(|p| analysis.with(|a| {
                        a.findings
                            .iter()
                            .filter(|f| f.severity == severity)
                            .map(|f| {
                                let href = format!("#{}", field_id(f.place));
                                let text = words::problem(l, &f.problem, p);
                                let prefix = match f.severity {
                                    Severity::Error => T::ErrorPrefix,
                                    Severity::Warning => T::WarningPrefix,
                                };
                                view! { <li><a href=href>{prefix.get(l)} ": " {text}</a></li> }
                            })
                            .collect::<Vec<_>>()
                    }));
                    let (errors, notes) = (items(Severity::Error), items(Severity::Warning));
                    let errors = if errors.is_empty() {
                        view! { <p class="ok">{R::ProposalNoErrors.get(l)}</p> }.into_any()
                    } else {
                        view! { <h2>{T::ErrorSummaryTitle.get(l)}</h2><ul>{errors}</ul> }.into_any()
                    };
                    let notes = (!notes.is_empty()).then(|| view! {
                        <h2 class="warnings-title">{T::WarningSummaryTitle.get(l)}</h2><ul>{notes}</ul>
                    });
                    (errors, notes)
                }}
            </div>
        </Show>

        <section aria-labelledby="proposal-settings">
            <h2 id="proposal-settings">{move || t(D::Settings)}</h2>
            // The second decision is of the first's call: not chosen again.
            <Show when=move || is_first>
            <div class="field">
                <label class="label" for="proposal-call">{move || t(D::CallLabel)}</label>
                <p class="hint" id="proposal-call-hint">{move || t(D::CallHint)}</p>
                <select class="input" id="proposal-call" aria-describedby="proposal-call-hint" on:change=on_call>
                    {call::all().iter().map(|c| {
                        let id = c.id.clone();
                        let selected = { let id = id.clone(); move || state.proposal.with(|p| p.call == id) };
                        view! { <option value=id selected=selected>{move || c.name(lang.get()).to_string()}</option> }
                    }).collect_view()}
                </select>
            </div>
            </Show>
            <AmountField place=Place::Appropriation label=|l| D::Appropriation.get(l) hint=|l| D::AppropriationHint.get(l) analysis
                value=|p| p.appropriation.clone() set=|p, v| p.appropriation = v />
            <AmountField place=Place::GrantedBefore label=w.granted_before_label hint=w.granted_before_hint analysis
                value=|p| p.granted_before.clone() set=|p, v| p.granted_before = v />
            <div class="field">
                <label class="label" for="proposal-step">{move || t(D::StepLabel)}</label>
                <p class="hint" id="proposal-step-hint">{move || t(D::StepHint)}</p>
                <select
                    class="input"
                    id="proposal-step"
                    aria-describedby="proposal-step-hint"
                    on:change=move |ev| {
                        if let Some(s) = Step::from_id(&event_target_value(&ev)) { state.change(|p| p.step = s); }
                    }
                >
                    {Step::ALL.into_iter().map(|s| view! {
                        <option value=s.id() selected=move || state.proposal.with(|p| p.step == s)>{move || words::step(lang.get(), s)}</option>
                    }).collect_view()}
                </select>
            </div>
        </section>

        <section aria-labelledby="proposal-groups">
            <h2 id="proposal-groups">{move || t(D::Groups)}</h2>
            <p class="hint">{move || t(D::GroupsHint)}</p>
            <For
                each=move || state.proposal.with(|p| p.groups.iter().map(|g| g.id.clone()).collect::<Vec<_>>())
                key=|id| id.clone()
                let:gid
            >
                <GroupCard gid />
            </For>
            <p><button type="button" class="button secondary" id="add-group" on:click=move |_| {
                state.change(|p| { p.add_group("", ""); });
            }>{move || t(D::AddGroup)}</button></p>
        </section>

        <section aria-labelledby="proposal-totals-title" id="proposal-totals">
            <h2 id="proposal-totals-title">{move || t(D::Totals)}</h2>
            <dl class="totals" aria-live="polite">
                <dt>{move || t(D::TotalAppropriation)}</dt><dd id="total-appropriation">{move || money(totals().appropriation)}</dd>
                <dt>{move || (w.granted)(lang.get())}</dt><dd id="total-granted">{move || money(Some(totals().granted))}</dd>
                <dt>{move || t(D::TotalRequestedGranted)}</dt><dd>{move || money(Some(totals().requested_granted))}</dd>
                <dt>{move || t(D::TotalRequested)}</dt><dd id="total-requested">{move || money(Some(totals().requested))}</dd>
                <dt>{move || (w.granted_before)(lang.get())}</dt><dd id="total-granted-before">{move || money(Some(totals().granted_before))}</dd>
                <dt>{move || t(D::TotalLeft)}</dt><dd id="total-left" class:negative=move || totals().left.is_some_and(|l| l.is_negative())>{move || money(totals().left)}</dd>
                <dt>{move || t(D::TotalArrived)}</dt><dd id="count-arrived">{move || totals().arrived}</dd>
                {[Status::Grant, Status::Defer, Status::Refuse, Status::Open, Status::Withdrawn].map(|st| view! {
                    <dt>{move || words::status(lang.get(), st)}</dt>
                    <dd id=format!("count-{}", st.id())>{move || {
                        let t = totals();
                        match st {
                            Status::Grant => t.grants,
                            Status::Defer => t.deferred,
                            Status::Refuse => t.refused,
                            Status::Open => t.open,
                            Status::Withdrawn => t.withdrawn,
                        }
                    }}</dd>
                })}
            </dl>
            <Messages place=Place::Whole analysis />
        </section>

        <section aria-labelledby="proposal-applications">
            <h2 id="proposal-applications">{move || t(D::Applications)}</h2>
            <Show when=move || state.proposal.with(|p| p.entries.is_empty())>
                {if is_first {
                    view! { <p>{move || t(D::NothingOpen)} " " <A href="/reviewer">{move || T::ReviewerTitle.get(lang.get())}</A></p> }.into_any()
                } else {
                    view! { <p id="second-none">{move || Ra::SecondNone.get(lang.get())} " " <A href="/reviewer/decision">{move || t(D::Title)}</A></p> }.into_any()
                }}
            </Show>
            <div class="table-scroll">
                <table class="applications proposal" id="proposal" node_ref=table>
                    <thead><tr>
                        <th scope="col" id="col-rank">{move || t(D::Rank)}</th>
                        <th scope="col" id="col-mean">{move || t(D::Mean)}</th>
                        <th scope="col" id="col-lead">{move || t(D::Lead)}</th>
                        <th scope="col" id="col-requested">{move || t(D::Requested)}</th>
                        <th scope="col" id="col-status">{move || t(D::Proposed)}</th>
                        <th scope="col" id="col-amount">{move || t(D::Amount)}</th>
                        <th scope="col" id="col-group">{move || t(D::Group)}</th>
                        <th scope="col" id="col-reason">{move || t(D::Reason)}</th>
                        <th scope="col" id="col-condition">{move || t(D::Condition)}</th>
                    </tr></thead>
                    <tbody>
                        <For
                            each=rows
                            key=|(i, fp)| (*i, fp.clone())
                            let:row
                        >
                            <EntryRow index=row.0 analysis />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>

        // What is granted and left, and the check, in view while the table is edited (style/reviewer.css:
        // stuck to the bottom of the screen until the page's end).
        <div class="proposal-bar">
            <p>{move || (w.granted)(lang.get())} " " <strong id="sticky-granted">{move || money(Some(totals().granted))}</strong></p>
            <p>
                {move || t(D::TotalLeft)} " "
                <strong id="sticky-left" class:negative=move || totals().left.is_some_and(|l| l.is_negative())>{move || money(totals().left)}</strong>
            </p>
            <button type="button" class="button" id="check-proposal" on:click=check>{move || t(D::CheckProposal)}</button>
        </div>

        <Show when=move || is_first && other_call.with(|rows| !rows.is_empty())>
            <section aria-labelledby="proposal-other-call" id="other-call">
                <h2 id="proposal-other-call">{move || t(D::OtherCall)}</h2>
                <p class="hint">{move || t(D::OtherCallIntro)}</p>
                <ul>
                    {move || other_call.get().into_iter().map(|(a, kept)| {
                        let l = lang.get();
                        let call_name = call::by_id(&a.call).map(|c| c.name(l).to_string()).unwrap_or(a.call);
                        let why = if kept { format!("{} {call_name}", D::OtherCallKept.get(l)) } else { call_name };
                        view! { <li>{a.lead} ": " {a.project} " (" {why} ")"</li> }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
        {is_first.then(|| view! { <crate::ui::reviewer::clarification::DeferredLinks /> })}
        <Show when=move || analysis.with(|a| !a.not_open.is_empty())>
            <section aria-labelledby="proposal-not-open" id="not-open">
                <h2 id="proposal-not-open">{move || t(D::NotOpenTitle)}</h2>
                <p class="hint">{move || t(D::NotOpenIntro)}</p>
                <ul>
                    {move || {
                        let l = lang.get();
                        let items = analysis.with(|a| state.proposal.with(|p| {
                            a.not_open
                                .iter()
                                .filter_map(|&i| p.entries.get(i))
                                .map(|e| (e.application.lead.clone(), e.application.project.clone(), words::status(l, e.status).to_string(), e.amount.clone()))
                                .collect::<Vec<_>>()
                        }));
                        items.into_iter().map(|(lead, project, status, amount)| {
                            let amount = if amount.is_empty() { String::new() } else { format!(", {amount}") };
                            view! { <li>{lead} ": " {project} " (" {status} {amount} ")"</li> }
                        }).collect_view()
                    }}
                </ul>
            </section>
        </Show>

        <p class="actions">
            <button type="button" class="button secondary" id="export-proposal" on:click=export>{move || t(D::ExportProposal)}</button>
            " "
            <button type="button" class="button secondary" id="download-decision-csv" on:click=download_csv>{move || t(D::DownloadList)}</button>
        </p>
        <h2>{move || t(D::ImportProposal)}</h2>
        <p class="hint">{move || t(D::ImportReplaces)}</p>
        <FileDrop id="open-proposal" label=T::ChooseFile hint=T::DropHint on_files=open_files />
        <p role="status" id="proposal-opened">{move || state.opened.get()}</p>
        <Show when=move || state.save_failed.get()>
            <div class="error-summary" role="alert">{move || t(D::SaveFailed)}</div>
        </Show>
        <ProposalConflict />
    }
}

/// Another tab saved the proposal since this tab read it: said in words, with the choice of
/// version; the version a choice left stays downloadable.
#[component]
fn ProposalConflict() -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let t = move |d: D| d.get(lang.get());
    view! {
        <Show when=move || state.conflict.get()>
            <div class="error-summary" role="alert" id="proposal-conflict">
                <h2>{move || t(D::ConflictTitle)}</h2>
                <p>{move || t(D::ConflictText)}</p>
                <p>
                    <button type="button" class="button" id="proposal-keep-mine" on:click=move |_| state.choose(true, lang.get_untracked())>{move || t(D::ConflictKeepMine)}</button>
                    " "
                    <button type="button" class="button secondary" id="proposal-take-other" on:click=move |_| state.choose(false, lang.get_untracked())>{move || t(D::ConflictTakeOther)}</button>
                </p>
            </div>
        </Show>
        <Show when=move || state.aside.with(Option::is_some)>
            <p class="hint" id="proposal-aside">
                {move || t(D::AsideText)} " "
                <button type="button" class="button secondary" id="download-proposal-aside" on:click=move |_| state.download_aside()>{move || t(D::AsideDownload)}</button>
            </p>
        </Show>
    }
}

/// An amount of the proposal as a whole (the appropriation, what is already granted from it): its
/// label, hint and messages, typed as the user types it.
#[component]
fn AmountField(
    place: Place,
    label: Word,
    hint: Word,
    analysis: Memo<DecisionAnalysis>,
    value: fn(&Proposal) -> String,
    set: fn(&mut Proposal, String),
) -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let id = field_id(place);
    let hint_id = format!("{id}-hint");
    let described = format!("{hint_id} {id}-messages");
    view! {
        <div class="field">
            <label class="label" for=id.clone()>{move || label(lang.get())}</label>
            <p class="hint" id=hint_id>{move || hint(lang.get())}</p>
            <Messages place analysis />
            <input
                class="input"
                id=id.clone()
                inputmode="decimal"
                aria-describedby=described
                prop:value=move || state.proposal.with(value)
                on:input=move |ev| { let v = event_target_value(&ev); state.change(|p| set(p, v)); }
                on:blur=move |_| state.leave(id.clone())
            />
        </div>
    }
}

#[component]
fn GroupCard(gid: String) -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let t = move |d: D| d.get(lang.get());
    let get = {
        let gid = gid.clone();
        move |f: fn(&decision::Group) -> String| {
            let gid = gid.clone();
            move || {
                state
                    .proposal
                    .with(|p| p.groups.iter().find(|g| g.id == gid).map(f).unwrap_or_default())
            }
        }
    };
    let set = {
        let gid = gid.clone();
        move |f: fn(&mut decision::Group, String)| {
            let gid = gid.clone();
            move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                state.change(|p| {
                    if let Some(g) = p.groups.iter_mut().find(|g| g.id == gid) {
                        f(g, v)
                    }
                })
            }
        }
    };
    let name_id = format!("group-{gid}-name");
    let cond_id = format!("group-{gid}-conditions");
    let remove = {
        let gid = gid.clone();
        move |_| {
            let gid = gid.clone();
            state.change(move |p| p.remove_group(&gid))
        }
    };
    view! {
        <div class="card group">
            <div class="field">
                <label class="label" for=name_id.clone()>{move || t(D::GroupName)}</label>
                <input class="input" id=name_id.clone() prop:value=get(|g| g.name.clone()) on:input=set(|g, v| g.name = v) />
            </div>
            <div class="field">
                <label class="label" for=cond_id.clone()>{move || t(D::GroupConditions)}</label>
                <textarea class="input" id=cond_id.clone() rows="4" prop:value=get(|g| g.conditions.clone()) on:input=set(|g, v| g.conditions = v)></textarea>
            </div>
            <button type="button" class="button secondary" on:click=remove>{move || t(D::RemoveGroup)}</button>
        </div>
    }
}

#[component]
fn EntryRow(index: usize, analysis: Memo<DecisionAnalysis>) -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let reviewer = use_reviewer();
    // This row's entry: its cells follow it, not every change of the proposal (a keystroke in
    // one row runs one row's closures).
    let entry = Memo::new(move |_| {
        state
            .proposal
            .with(|p| p.entries.get(index).cloned().unwrap_or_default())
    });
    let row_id = entry_id(index, "lead");
    let labelled = move |col: &str| format!("{col} {}", entry_id(index, "lead"));
    let fp = entry.get().application.fingerprint.clone();
    let is_open = {
        let fp = fp.clone();
        move || reviewer.opened.with(|o| o.iter().any(|x| x.fingerprint == fp))
    };
    let set = move |f: fn(&mut decision::Entry, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            state.change(|p| {
                if let Some(e) = p.entries.get_mut(index) {
                    f(e, v)
                }
            })
        }
    };
    let leave = move |field: &'static str| move |_| state.leave(entry_id(index, field));
    let described = move |field: &str| format!("{}-messages", entry_id(index, field));
    let on_status = move |ev: leptos::ev::Event| {
        let Some(s) = Status::from_id(&event_target_value(&ev)) else {
            return;
        };
        let l = lang.get_untracked();
        state.change(|p| match s {
            Status::Grant => grant(p, index, l),
            Status::Defer => defer(p, index, D::DeferReason.get(l)),
            _ => {
                if let Some(e) = p.entries.get_mut(index) {
                    e.status = s;
                }
            }
        });
    };
    let requested = move || {
        Money::parse_exchange(&entry.get().application.requested)
            .map(|m| m.format(lang.get()))
            .unwrap_or_default()
    };
    let href = format!("/reviewer/{fp}/assessment");
    // The application's own errors: in words where it is open here, else as the file names them.
    let own_errors = {
        let fp = fp.clone();
        Memo::new(move |_| {
            let l = lang.get();
            let opened = reviewer.opened.with(|o| {
                o.iter().find(|x| x.fingerprint == fp).map(|x| {
                    x.analysis
                        .findings
                        .iter()
                        .filter(|f| f.is_error())
                        .map(|f| i18n::message(l, &f.message))
                        .collect::<Vec<_>>()
                })
            });
            opened.unwrap_or_else(|| {
                entry
                    .get()
                    .application
                    .errors
                    .iter()
                    .map(|e| format!("{} ({})", e.rule, e.field))
                    .collect()
            })
        })
    };
    view! {
        <tr>
            <td class="num">{move || analysis.with(|a| a.rank.get(index).copied().flatten()).map(|r| r.to_string()).unwrap_or_default()}</td>
            <td class="num score">{move || match entry.get().application.score.parse::<Decimal>() {
                Ok(m) => i18n::mean(lang.get(), Some(m)),
                Err(_) => D::NoMean.get(lang.get()).to_string(),
            }}</td>
            <th scope="row" id=row_id>
                {move || entry.get().application.lead}
                <br />
                <Show when=is_open.clone() fallback=move || view! { <span>{move || entry.get().application.project}</span> " " <span class="hint">{move || D::NotOpen.get(lang.get())}</span> }>
                    <A href=href.clone()>{move || entry.get().application.project}</A>
                </Show>
                <Show when=move || own_errors.with(|e| !e.is_empty())>
                    <details class="application-errors" id=format!("{}-errors", entry_id(index, "lead"))>
                        <summary class="title">
                            {move || D::ApplicationErrorsTitle.get(lang.get())} ": " {move || own_errors.with(Vec::len)}
                        </summary>
                        <ul>{move || own_errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    </details>
                </Show>
            </th>
            <td class="num">{requested}</td>
            <td>
                <Messages place=Place::Entry { index, field: EntryField::Status } analysis />
                <select class="input" id=entry_id(index, "status") aria-labelledby=labelled("col-status")
                    aria-describedby=described("status") on:change=on_status>
                    {Status::ALL.into_iter().map(|s| view! {
                        <option value=s.id() selected=move || entry.get().status == s>{move || words::status(lang.get(), s)}</option>
                    }).collect_view()}
                </select>
                <Show when=move || entry.get().status == Status::Grant>
                    <button type="button" class="button secondary extract" id=entry_id(index, "extract")
                        aria-labelledby=format!("{} {}", entry_id(index, "extract"), entry_id(index, "lead")) on:click=move |_| download_extract(state, index)>
                        {move || D::DownloadExtract.get(lang.get())}
                    </button>
                </Show>
            </td>
            <td>
                <Messages place=Place::Entry { index, field: EntryField::Amount } analysis />
                <input class="input amount" id=entry_id(index, "amount") inputmode="decimal"
                    aria-labelledby=labelled("col-amount") aria-describedby=described("amount")
                    disabled=move || entry.get().status != Status::Grant
                    prop:value=move || entry.get().amount
                    on:input=set(|e, v| e.amount = v) on:blur=leave("amount") />
            </td>
            <td>
                <select class="input" id=entry_id(index, "group") aria-labelledby=labelled("col-group")
                    on:change=set(|e, v| e.group = v)>
                    <option value="" selected=move || entry.get().group.is_empty()>{move || D::NoGroup.get(lang.get())}</option>
                    {move || state.proposal.with(|p| p.groups.clone()).into_iter().map(|g| {
                        let id = g.id.clone();
                        let name = if g.name.trim().is_empty() { g.id.clone() } else { g.name.clone() };
                        view! { <option value=g.id.clone() selected=move || entry.get().group == id>{name}</option> }
                    }).collect_view()}
                </select>
            </td>
            <td>
                <Messages place=Place::Entry { index, field: EntryField::Reason } analysis />
                <textarea class="input" id=entry_id(index, "reason") rows="2"
                    aria-labelledby=labelled("col-reason") aria-describedby=described("reason")
                    prop:value=move || entry.get().reason
                    on:input=set(|e, v| e.reason = v) on:blur=leave("reason")></textarea>
            </td>
            <td>
                <textarea class="input" id=entry_id(index, "condition") rows="2"
                    aria-labelledby=labelled("col-condition")
                    prop:value=move || entry.get().condition
                    on:input=set(|e, v| e.condition = v)></textarea>
            </td>
        </tr>
    }
}

/// Downloads the decision for one grant, for its lead (`decision::extract`): the lead's granted
/// project opens from it.
fn download_extract(state: ProposalState, index: usize) {
    let file = state.proposal.with_untracked(|p| {
        let e = p.entries.get(index)?;
        let one = decision::extract(p, &e.application.fingerprint)?;
        let name = decision::extract_file_name(&e.application.project, &files::today());
        Some((name, decision::to_json(&decision::export(&one, &files::now_rfc3339()))))
    });
    if let Some((name, text)) = file {
        let _ = files::download(&name, &text, "application/json");
    }
}

/// The proposal's columns' headings as CSS strings, `--d1` to `--d9`: on a narrow screen a row's cells
/// are stacked, each under its heading (style/reviewer.css), and the table's header is out of sight.
fn column_labels(lang: Lang) -> Vec<(&'static str, String)> {
    const NAMES: [&str; 9] = ["--d1", "--d2", "--d3", "--d4", "--d5", "--d6", "--d7", "--d8", "--d9"];
    let headings = [
        D::Rank,
        D::Mean,
        D::Lead,
        D::Requested,
        D::Proposed,
        D::Amount,
        D::Group,
        D::Reason,
        D::Condition,
    ];
    NAMES
        .into_iter()
        .zip(headings)
        .map(|(name, d)| (name, css_string(d.get(lang))))
        .collect()
}

/// The printed decision of `which` decision (`/reviewer/decision/print`,
/// `/reviewer/second-decision/print`).
#[component]
pub fn PrintPage(which: DecisionKey) -> impl IntoView {
    view! { <Provider value=which><PrintView /></Provider> }
}

/// The decision as the 2019 decision prints it (A4), from the proposal kept in this browser; the
/// second decision with its own title and opening (`words::second_document`: ours, 004 has none).
#[component]
fn PrintView() -> impl IntoView {
    let lang = use_lang();
    let state = use_proposal();
    let which = state.which;
    let w = words_of(which);
    let first = use_proposal_of(DecisionKey::First);
    let title: Word = match which {
        DecisionKey::First => |l| D::PrintTitle.get(l),
        DecisionKey::Second => |l| Ra::SecondPrintTitle.get(l),
    };
    set_title(move |lang| title(lang).to_string(), || false);
    let reviewer = use_reviewer();
    // The print shows only what the checks accept, of the applications open here (issue 28, item 3).
    let analysis = Memo::new(move |_| analysed(state, &reviewer));
    let print = Memo::new(move |_| analysis.with(|a| state.proposal.with(|p| printed(p, a))));
    let blocks = move || {
        let l = lang.get();
        state.proposal.with(|p| {
            print.with(|pr| match which {
                DecisionKey::First => words::document(l, p, pr),
                DecisionKey::Second => {
                    let before = first.proposal.with(|f| words::FirstDecision {
                        date: call::by_id(&f.call).and_then(|c| c.decision_date),
                        granted: granted_by(f),
                    });
                    words::second_document(l, p, pr, &before)
                }
            })
        })
    };
    // Left out of the print, said on the screen only: the grants the checks refuse, the entries
    // whose application is not open.
    let left_out = move || {
        let l = lang.get();
        let a = analysis.get();
        let pr = print.get();
        state.proposal.with(|p| {
            let name = |i: &usize| {
                p.entries
                    .get(*i)
                    .map(|e| format!("{}: {}", e.application.lead, e.application.project))
            };
            let withheld: Vec<String> = pr.withheld.iter().filter_map(name).collect();
            let not_open: Vec<String> = a.not_open.iter().filter_map(name).collect();
            let list = |title: D, id: &'static str, items: Vec<String>| {
                (!items.is_empty()).then(|| {
                    view! {
                        <div class="notice" id=id>
                            <p>{title.get(l)}</p>
                            <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                        </div>
                    }
                })
            };
            view! {
                {list(D::PrintWithheld, "print-withheld", withheld)}
                {list(D::PrintNotOpen, "print-not-open", not_open)}
            }
        })
    };
    view! {
        <p class="no-print">
            <A href=w.page>{move || D::BackToProposal.get(lang.get())}</A>
            " "
            <button type="button" class="button secondary" id="print" on:click=move |_| { let _ = window().print(); }>{move || D::Print.get(lang.get())}</button>
        </p>
        <div class="no-print">{left_out}</div>
        <article class="decision-print" id="decision-print">
            {move || blocks().into_iter().map(|b| match b {
                Block::Title(h) => view! { <h1>{h}</h1> }.into_any(),
                Block::Date(d) => view! { <p class="decision-date">{d}</p> }.into_any(),
                Block::Heading(h) => view! { <h2>{h}</h2> }.into_any(),
                Block::Paragraph(t) => view! { <p>{t}</p> }.into_any(),
                Block::List(items) => view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any(),
                Block::NumberedList(items) => view! { <ol class="parenthesised">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol> }.into_any(),
                Block::Signatures(people) => view! {
                    <div class="signatures">{people.into_iter().map(|(name, title)| view! { <p class="signature">{name}<br />{title}</p> }).collect_view()}</div>
                }.into_any(),
                Block::Numbered(n, t) => view! { <p class="numbered"><span class="number">{format!("{n}.")}</span> " " {t}</p> }.into_any(),
                Block::Appendix { rows, total } => view! {
                    <div class="table-scroll">
                    <table class="appendix">
                        <thead><tr>
                            <th scope="col">{move || D::PrintAppendixLead.get(lang.get())}</th>
                            <th scope="col">{move || D::PrintAppendixProject.get(lang.get())}</th>
                            <th scope="col" class="num">{move || D::PrintAppendixRequested.get(lang.get())}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|[a, b, c]| view! { <tr><td>{a}</td><td>{b}</td><td class="num">{c}</td></tr> }).collect_view()}
                        </tbody>
                        <tfoot><tr><th scope="row" colspan="2">{move || D::PrintTotalRequested.get(lang.get())}</th><td class="num" id="appendix-total">{total}</td></tr></tfoot>
                    </table>
                    </div>
                }.into_any(),
            }).collect_view()}
        </article>
    }
}
