//! What the workshop's two pages share: the files opened (read with the strict readers), the
//! workshop's choices, the outcome of the last files chosen, and whether the browser kept it all.
//! Loaded from storage once per page load (`storage::initiative_workshop`); every change is written
//! back in one strict transaction, merged there with what another tab wrote since this tab last
//! read or wrote (its base), and the tab then shows the merged workshop. A tab writes one change at
//! a time (a change made meanwhile is written next), so its base is always what it last wrote. A
//! kept file this version cannot read (a newer version's) is carried along and written back as it
//! was, never dropped.

use crate::domain::formats::initiative::{
    export_joint_project, format_of, read_initiative, read_interest, to_json, INTEREST_FORMAT,
};
use crate::domain::formats::reader::ImportError;
use crate::domain::formats::slug::{slug, Other};
use crate::domain::initiative::model::{RawInitiative, RawInterest};
use crate::domain::initiative::workshop::{table, JointProject, Table, Workshop};
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::initiative::I;
use crate::i18n::T;
// Whether a file was exported no earlier than another (as a received initiative's file is compared).
use crate::storage::initiative::not_older as newer;
use crate::storage::initiative_workshop::{load_workshop, merge_kept, save_workshop, KeptWorkshop, WorkshopFile};
use crate::storage::SaveError;
use crate::ui::files;
use crate::ui::form::text;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The id of the undo of a file's removal.
pub const UNDO_REMOVE: &str = "workshop-undo-remove";

/// An initiative's or an interest's content, as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Doc {
    Initiative(RawInitiative),
    Interest(RawInterest),
}

/// A file open in the workshop.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub source: String,
    /// The file's own text, as kept.
    pub text: String,
    pub exported_at: String,
    pub doc: Doc,
}

impl Opened {
    /// What names it across files: its kind and its id.
    fn same(&self, other: &Opened) -> bool {
        match (&self.doc, &other.doc) {
            (Doc::Initiative(a), Doc::Initiative(b)) => a.id == b.id,
            (Doc::Interest(a), Doc::Interest(b)) => a.id == b.id,
            _ => false,
        }
    }
}

/// What became of a file chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Read; `same`: the same initiative or interest was open, and this newer version replaced it
    /// (`Some(true)`) or the one open was newer and kept (`Some(false)`).
    Read {
        source: String,
        interest: bool,
        same: Option<bool>,
    },
    Refused {
        source: String,
        error: ImportError,
    },
}

/// Reads a file as an initiative or an interest, whichever its header says (anything else is refused
/// as not an initiative).
pub fn read(source: &str, bytes: &[u8], lang: Lang) -> Result<Opened, ImportError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    if format_of(bytes) == Some(INTEREST_FORMAT) {
        let read = read_interest(bytes)?;
        Ok(Opened {
            source: source.to_string(),
            text,
            exported_at: read.file.exported_at,
            doc: Doc::Interest(read.file.interest),
        })
    } else {
        let read = read_initiative(bytes, lang)?;
        Ok(Opened {
            source: source.to_string(),
            text,
            exported_at: read.file.exported_at,
            doc: Doc::Initiative(read.file.initiative),
        })
    }
}

/// Adds a file read to `opened`: a file of an initiative or interest already open replaces it if
/// it is not older. What happened, as `Outcome::Read`'s `same`.
fn add(opened: &mut Vec<Opened>, file: Opened) -> Option<bool> {
    match opened.iter().position(|o| o.same(&file)) {
        Some(at) if newer(&file.exported_at, &opened[at].exported_at) => {
            opened[at] = file;
            Some(true)
        }
        Some(_) => Some(false),
        None => {
            opened.push(file);
            None
        }
    }
}

/// The workshop's state, in context for its pages.
#[derive(Clone, Copy)]
pub struct WorkshopState {
    pub opened: RwSignal<Vec<Opened>>,
    pub workshop: RwSignal<Workshop>,
    /// The files chosen last, each with what became of it.
    pub outcomes: RwSignal<Vec<Outcome>>,
    /// Why the last write did not happen (none: all is kept).
    pub problem: RwSignal<Option<SaveError>>,
    /// The stored workshop has been read (writes wait for it, so they never replace it unread).
    pub loaded: RwSignal<bool>,
    /// The table of candidate projects by target.
    pub table: Memo<Table>,
    /// The file removed last and where it was, for the undo.
    pub removed: RwSignal<Option<(usize, Opened)>>,
    /// Reading the stored workshop has begun (at the first of its pages a load shows).
    started: StoredValue<bool>,
    /// The workshop as this tab last read or wrote it: the common ground of the next write's merge.
    base: StoredValue<KeptWorkshop>,
    /// The kept files this version cannot read, written back as they are.
    unread: StoredValue<Vec<WorkshopFile>>,
    /// A write is under way; `again`: a change was made meanwhile, to be written next.
    writing: StoredValue<bool>,
    again: StoredValue<bool>,
    lang: StoredValue<Lang>,
}

/// Reads kept files: those read (a newer version of one replacing an older), and those this
/// version cannot read.
fn read_kept(files: &[WorkshopFile], lang: Lang) -> (Vec<Opened>, Vec<WorkshopFile>) {
    let (mut opened, mut unread) = (Vec::new(), Vec::new());
    for f in files {
        match read(&f.source, f.text.as_bytes(), lang) {
            Ok(file) => {
                add(&mut opened, file);
            }
            Err(_) => unread.push(f.clone()),
        }
    }
    (opened, unread)
}

impl WorkshopState {
    /// Reads the files chosen (side by side) and adds those read; every file's outcome is listed.
    pub fn open_files(self, list: web_sys::FileList, lang: Lang) {
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        let reading: Vec<_> = chosen.iter().map(|f| (f.name(), files::start_reading(f))).collect();
        spawn_local(async move {
            let mut results = Vec::with_capacity(reading.len());
            for (name, started) in reading {
                let bytes = match started {
                    Ok(bytes) => bytes.await,
                    Err(e) => Err(e),
                };
                results.push((name, bytes));
            }
            self.add_all(results, lang);
        });
    }

    /// Adds files as read (name and bytes, or why they could not be read).
    pub fn add_all(self, results: Vec<(String, Result<Vec<u8>, ImportError>)>, lang: Lang) {
        let mut outcomes = Vec::with_capacity(results.len());
        self.opened.update(|opened| {
            for (source, bytes) in results {
                match bytes.and_then(|b| read(&source, &b, lang)) {
                    Ok(file) => {
                        let interest = matches!(file.doc, Doc::Interest(_));
                        let same = add(opened, file);
                        outcomes.push(Outcome::Read { source, interest, same });
                    }
                    Err(error) => outcomes.push(Outcome::Refused { source, error }),
                }
            }
        });
        self.outcomes.set(outcomes);
        self.keep();
    }

    /// Removes the file open at `index` (the workshop's choices stay: opened again, it is where it
    /// was); the undo is offered, and focused.
    pub fn remove(self, index: usize) {
        let mut removed = None;
        self.opened.update(|o| {
            if index < o.len() {
                removed = Some((index, o.remove(index)));
            }
        });
        if removed.is_some() {
            self.removed.set(removed);
            crate::ui::dom::focus_after_render(UNDO_REMOVE.into());
        }
        self.keep();
    }

    /// Puts the file removed last back where it was (with the joins, which stayed); the focus goes
    /// to its remove button.
    pub fn undo_remove(self) {
        let Some((index, file)) = self.removed.get_untracked() else {
            return;
        };
        self.removed.set(None);
        let mut at = index;
        self.opened.update(|o| {
            at = index.min(o.len());
            o.insert(at, file);
        });
        crate::ui::dom::focus_after_render(format!("remove-file-{at}"));
        self.keep();
    }

    /// Changes the workshop's choices and keeps them.
    pub fn change(self, f: impl FnOnce(&mut Workshop)) {
        self.workshop.update(f);
        self.keep();
    }

    /// Sets the save problem only when it changes: its alert is said once, not at every change.
    fn said(self, problem: Option<SaveError>) {
        if self.problem.with_untracked(|p| *p != problem) {
            self.problem.set(problem);
        }
    }

    /// The workshop as this tab has it, as it is kept.
    fn kept_now(self) -> KeptWorkshop {
        let mut files: Vec<WorkshopFile> = self.opened.with_untracked(|o| {
            o.iter()
                .map(|f| WorkshopFile {
                    source: f.source.clone(),
                    text: f.text.clone(),
                })
                .collect()
        });
        files.extend(self.unread.get_value());
        KeptWorkshop {
            files,
            workshop: self.workshop.get_untracked(),
        }
    }

    /// Shows `kept` (the files read again).
    fn show(self, kept: KeptWorkshop) {
        let (opened, unread) = read_kept(&kept.files, self.lang.get_value());
        self.opened.set(opened);
        self.unread.set_value(unread);
        self.workshop.set(kept.workshop);
    }

    /// Writes this tab's workshop, merged with what is stored (once the stored workshop has been
    /// read; one write at a time), and shows the merged workshop with any change made meanwhile.
    fn keep(self) {
        if !self.loaded.get_untracked() {
            return;
        }
        if self.writing.get_value() {
            self.again.set_value(true);
            return;
        }
        self.writing.set_value(true);
        let mine = self.kept_now();
        let base = self.base.get_value();
        spawn_local(async move {
            let saved = save_workshop(&base, &mine).await;
            if self.writing.try_get_value().is_none() {
                return; // the app is gone
            }
            match saved {
                Ok(merged) => {
                    let now = self.kept_now();
                    let shown = merge_kept(&mine, &now, &merged);
                    self.base.set_value(merged);
                    if shown != now {
                        self.show(shown);
                    }
                    self.said(None);
                }
                Err(e) => self.said(Some(e)),
            }
            self.writing.set_value(false);
            if self.again.get_value() {
                self.again.set_value(false);
                self.keep();
            }
        });
    }

    /// Takes up what storage kept, before anything opened meanwhile; then keeps the whole.
    async fn load(self, lang: Lang) {
        self.lang.set_value(lang);
        match load_workshop().await {
            Ok(kept) => {
                let meanwhile = self.opened.get_untracked();
                let (mut opened, unread) = read_kept(&kept.files, lang);
                for file in meanwhile.iter().cloned() {
                    add(&mut opened, file);
                }
                self.opened.set(opened);
                self.unread.set_value(unread);
                if self.workshop.with_untracked(|w| *w == Workshop::default()) {
                    self.workshop.set(kept.workshop.clone());
                }
                self.base.set_value(kept);
                self.loaded.set(true);
                if !meanwhile.is_empty() {
                    self.keep();
                }
            }
            Err(e) => {
                self.problem.set(Some(e));
                // A record that cannot be read is never written over (storage refuses it too).
                self.loaded.set(true);
            }
        }
    }
}

/// Makes the workshop's state and puts it in context, unread: the app does this above its pages, so
/// that the state lives as long as the app, not as long as one page (a page left is disposed with
/// what it owns, and the next page would find the state's signals gone). Nothing is read from
/// storage until a workshop page asks ([`use_workshop`]).
pub fn provide_workshop() -> WorkshopState {
    let opened = RwSignal::new(Vec::<Opened>::new());
    let workshop = RwSignal::new(Workshop::default());
    let table = Memo::new(move |_| {
        opened.with(|o| {
            let (mut initiatives, mut interests) = (Vec::<RawInitiative>::new(), Vec::<RawInterest>::new());
            for f in o {
                match &f.doc {
                    Doc::Initiative(i) => initiatives.push(i.clone()),
                    Doc::Interest(x) => interests.push(x.clone()),
                }
            }
            workshop.with(|w| table(&initiatives, &interests, w))
        })
    });
    let state = WorkshopState {
        opened,
        workshop,
        outcomes: RwSignal::new(Vec::new()),
        problem: RwSignal::new(None),
        loaded: RwSignal::new(false),
        table,
        removed: RwSignal::new(None),
        started: StoredValue::new(false),
        base: StoredValue::new(KeptWorkshop::default()),
        unread: StoredValue::new(Vec::new()),
        writing: StoredValue::new(false),
        again: StoredValue::new(false),
        lang: StoredValue::new(Lang::Fi),
    };
    provide_context(state);
    state
}

/// The workshop's state for a workshop page: the app's (made here where a page is mounted alone),
/// read from storage at the first page of a load.
pub fn use_workshop() -> WorkshopState {
    let state = use_context::<WorkshopState>().unwrap_or_else(provide_workshop);
    if !state.started.get_value() {
        state.started.set_value(true);
        let lang = use_lang().get_untracked();
        spawn_local(async move { state.load(lang).await });
    }
    state
}

/// A candidate project's file for its lead: its name (the project's title) and text.
pub fn joint_project_file(project: &JointProject, exported_at: &str) -> (String, String) {
    let name = slug(&project.title, Other::Separates);
    let name = if name.is_empty() {
        "yhteishanke.json".to_string()
    } else {
        format!("yhteishanke-{name}.json")
    };
    (name, to_json(&export_joint_project(project, exported_at)))
}

/// The undo of the file removed last (role=status, as the home page's undo).
#[component]
pub fn RemovedNotice(state: WorkshopState) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div role="status" class="undo-notice" id="workshop-removed">
            {move || state.removed.get().map(|(_, file)| view! {
                <span>{text(lang, I::WorkshopFileRemoved)} " " <span class="file-name">{file.source}</span></span> " "
                <button type="button" id=UNDO_REMOVE class="button small" on:click=move |_| state.undo_remove()>
                    {text(lang, T::UndoRemoval)}</button>
            })}
        </div>
    }
}
