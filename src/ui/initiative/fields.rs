//! What the initiative form and the interest form share: the checks a page provides (`Checks`:
//! the findings, the fields left, "check" asked), a text field that shows its messages once left
//! (in the drafter's `FieldFrame`, in the same order: label, hint, messages, control), the error
//! summary, the register's list of municipalities, the call's targets as checkboxes, the contact
//! person, the save problem, and the browser's date and new ids.

use crate::domain::initiative::model::{RawContact, RawInitiative, RawInterest};
use crate::domain::initiative::rules::{Field, Finding, Source};
use crate::domain::rules::applicants::resolve_municipality;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::register;
use crate::domain::vocabulary::targets::Target;
use crate::i18n::initiative::{self as words, I};
use crate::i18n::{self, T};
use crate::storage::initiative::{self as kept, Revised, Shelved, Written};
use crate::storage::SaveError;
use crate::ui::dom::{after_press, focus_after_render, focus_now, new_uuid};
use crate::ui::field::{hint_id, message_line, Cite, Cited, FieldFrame};
use crate::ui::form::{text, tr};
use crate::ui::language::use_lang;
use crate::ui::summary::place_and_message;
use leptos::prelude::*;
use std::collections::HashSet;

/// The id of the register's `<datalist>` (the municipality fields' suggestions).
pub const MUNICIPALITIES: &str = "municipality-names";
/// The error summary's id (focused when the user asks to check).
pub const SUMMARY_ID: &str = "error-summary";

/// Today by the browser's clock (local), for the rules' deadline (the domain has no clock).
pub fn today() -> time::Date {
    crate::ui::files::local_day(js_sys::Date::now()).unwrap_or(time::Date::MIN)
}

/// A page's checks: the findings of its draft (recomputed on every change), the fields the user has
/// left, and whether the user asked to check (every message shown, and the summary).
#[derive(Clone, Copy)]
pub struct Checks {
    pub findings: Memo<Vec<Finding>>,
    pub left: RwSignal<HashSet<String>>,
    pub show_all: RwSignal<bool>,
    /// The ids of the rows on board, in order (their number in the summary); none in an interest.
    pub rows: Signal<Vec<u64>>,
}

impl Checks {
    pub fn new(findings: Memo<Vec<Finding>>, rows: Signal<Vec<u64>>) -> Checks {
        let checks = Checks {
            findings,
            left: RwSignal::new(HashSet::new()),
            show_all: RwSignal::new(false),
            rows,
        };
        provide_context(checks);
        checks
    }

    /// The field whose control has the id `id` was left: its messages show, once a press that left
    /// it has landed.
    pub fn leave(self, id: String) {
        after_press(move || {
            if !self.left.with_untracked(|l| l.contains(&id)) {
                self.left.update(|l| {
                    l.insert(id);
                });
            }
        });
    }

    /// The findings of `field` to show now.
    pub fn shown(self, field: Field) -> Memo<Vec<Finding>> {
        let id = field.dom_id();
        Memo::new(move |_| {
            if !(self.show_all.get() || self.left.with(|l| l.contains(&id))) {
                return Vec::new();
            }
            self.findings
                .with(|fs| fs.iter().filter(|f| f.field == field).cloned().collect())
        })
    }

    /// "Check": every message and the summary, focused.
    pub fn check(self) {
        self.show_all.set(true);
        focus_after_render(SUMMARY_ID.into());
    }

    pub fn errors(self) -> usize {
        self.findings.with(|fs| fs.iter().filter(|f| f.is_error()).count())
    }
}

pub fn use_checks() -> Checks {
    expect_context()
}

impl Cited for Source {
    fn label(self, lang: Lang) -> &'static str {
        words::source(lang, self)
    }
    fn original(self) -> &'static str {
        self.quote_fi()
    }
}

/// A field's messages (`{id}-msg`), each with the passage it rests on.
#[component]
pub fn Messages(field: Field, shown: Memo<Vec<Finding>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=format!("{}-msg", field.dom_id()) class="field-messages">
            {move || {
                let l = lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| {
                        let cite = f.source.map(|s| view! { <Cite citation=s /> });
                        message_line(l, f.severity, words::message(l, &f), cite)
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// `aria-describedby` of a control: its hint, and its messages while shown.
fn described(id: &str, hint: bool, shown: Memo<Vec<Finding>>) -> Signal<Option<String>> {
    let hint = hint.then(|| hint_id(id));
    let messages = format!("{id}-msg");
    Signal::derive(move || {
        let mut ids: Vec<String> = hint.iter().cloned().collect();
        if shown.with(|s| !s.is_empty()) {
            ids.push(messages.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

fn invalid(shown: Memo<Vec<Finding>>) -> Signal<Option<&'static str>> {
    Signal::derive(move || shown.with(|s| s.iter().any(Finding::is_error)).then_some("true"))
}

/// A checked text field of the phase's forms: label, hint, messages (once left or checked), then
/// the input or text area, whose value is what was typed (uncontrolled: `value` when created).
#[component]
pub fn CheckedText(
    field: Field,
    #[prop(into)] label: Signal<String>,
    #[prop(optional_no_strip, into)] hint: Option<Signal<String>>,
    value: String,
    #[prop(into)] on_input: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// The id of a `<datalist>` with suggestions.
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let checks = use_checks();
    let id = field.dom_id();
    let shown = checks.shown(field);
    let describedby = described(&id, hint.is_some(), shown);
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let left = id.clone();
    let leave = move |_| checks.leave(left.clone());
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="5" aria-describedby=describedby aria-invalid=invalid(shown)
                prop:value=value on:input=input on:blur=leave></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type=input_type id=id.clone() autocomplete=autocomplete.unwrap_or("off") list=list
                aria-describedby=describedby aria-invalid=invalid(shown)
                prop:value=value on:input=input on:blur=leave />
        }
        .into_any()
    };
    view! {
        <FieldFrame id label hint>
            <Messages field shown />
            {control}
        </FieldFrame>
    }
}

/// A group of choices (checkboxes or radios) as one checked field: a fieldset whose legend is the
/// label, focusable from the summary (`tabindex=-1`, the field's id), its messages before the
/// choices.
#[component]
pub fn ChoiceGroup(
    field: Field,
    #[prop(into)] legend: Signal<String>,
    #[prop(optional_no_strip, into)] hint: Option<Signal<String>>,
    children: Children,
) -> impl IntoView {
    let checks = use_checks();
    let id = field.dom_id();
    let shown = checks.shown(field);
    let describedby = described(&id, hint.is_some(), shown);
    let hint = hint.map(|h| view! { <p class="hint" id=hint_id(&id)>{h}</p> });
    view! {
        <fieldset class="checkboxes" id=id tabindex="-1" aria-describedby=describedby>
            <legend class="label">{legend}</legend>
            {hint}
            <Messages field shown />
            {children()}
        </fieldset>
    }
}

/// The register in the user's language, for the municipality fields' suggestions (as the
/// drafter's applicants page gives it).
#[component]
pub fn MunicipalityList() -> impl IntoView {
    let lang = use_lang();
    view! {
        <datalist id=MUNICIPALITIES>
            {move || {
                let l = lang.get();
                register::all()
                    .iter()
                    .map(|m| view! { <option value=m.name(l).to_string()>{m.code.clone()}</option> })
                    .collect_view()
            }}
        </datalist>
    }
}

/// The municipality the register finds for what was typed, under its field.
pub fn found(lang: RwSignal<Lang>, typed: Signal<String>) -> impl IntoView {
    move || {
        typed.with(|t| resolve_municipality(t)).map(|m| {
            view! { <p class="found">{m.name(lang.get()).to_string()} " (" {m.code.clone()} ")"</p> }
        })
    }
}

/// The call's targets as checkboxes (`targets-<id>`); `chosen` holds the ids ticked, `toggle`
/// ticks or unticks one.
#[component]
pub fn TargetChoices(
    /// The draft's call (its boxes are built once: a keystroke or a tick does not rebuild them, which
    /// would take the focus away).
    call_id: String,
    chosen: Signal<Vec<String>>,
    #[prop(into)] toggle: Callback<String>,
    #[prop(into)] hint: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    // The call's targets, and any other chosen (a draft of another call): its box stays, checked,
    // so that it can be taken out (the rules say it does not count).
    let targets = move || {
        let mut boxes = call::by_id(&call_id)
            .or_else(|| call::by_id(call::DEFAULT_CALL))
            .map(|p| p.targets.clone())
            .unwrap_or_default();
        for t in Target::ALL {
            if !boxes.contains(&t) && chosen.with_untracked(|c| c.iter().any(|x| x == t.id())) {
                boxes.push(t);
            }
        }
        boxes
    };
    view! {
        <ChoiceGroup field=Field::Targets legend=tr(I::FieldTargets) hint>
            {targets().into_iter().map(|t| {
                let id = t.id();
                let checked = chosen.with_untracked(|c| c.iter().any(|x| x == id));
                view! {
                    <label class="checkbox">
                        <input type="checkbox" id=format!("targets-{id}") prop:checked=checked
                            on:change=move |_| toggle.run(id.to_string()) />
                        {move || i18n::target(lang.get(), t)}
                    </label>
                }
            }).collect_view()}
        </ChoiceGroup>
    }
}

/// Ticks `id` in `list` if it is not there, else unticks it.
pub fn toggle_in(list: &mut Vec<String>, id: String) {
    match list.iter().position(|x| *x == id) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(id),
    }
}

/// The errors first, then the warnings, each a link that moves focus to its field; shown once the
/// user asks to check.
#[component]
pub fn CheckSummary() -> impl IntoView {
    let checks = use_checks();
    let lang = use_lang();
    let item = move |f: Finding| {
        let l = lang.get();
        let number = match f.field {
            Field::OnBoard(id) => checks.rows.with(|r| r.iter().position(|x| *x == id)).map(|i| i + 1),
            _ => None,
        };
        let target = f.field.dom_id();
        view! {
            <li>
                <a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_now(&target); }>
                    {place_and_message(&words::place(l, f.field, number), &words::message(l, &f))}
                </a>
            </li>
        }
    };
    let of = move |errors: bool| {
        Memo::new(move |_| {
            checks.findings.with(|fs| {
                fs.iter()
                    .filter(|f| f.is_error() == errors)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let (errors, warnings) = (of(true), of(false));
    view! {
        <Show when=move || checks.show_all.get()>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" class:clean=move || errors.with(Vec::is_empty)>
                <Show when=move || !errors.with(Vec::is_empty)
                    fallback=move || view! { <p class="ok">{text(lang, I::NoProblems)}</p> }>
                    <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                    <ul>{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </Show>
                <Show when=move || !warnings.with(Vec::is_empty)>
                    <h2 class="warnings-title">{text(lang, T::WarningSummaryTitle)}</h2>
                    <ul class="warnings">{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </Show>
            </div>
        </Show>
    }
}

/// The deadline's warning (a finding of the whole draft, `Field::Sent`), shown at once: after
/// 5.9.2019 it names the date.
#[component]
pub fn DeadlineNotice() -> impl IntoView {
    let checks = use_checks();
    let lang = use_lang();
    let late = Memo::new(move |_| {
        checks
            .findings
            .with(|fs| fs.iter().find(|f| f.field == Field::Sent).cloned())
    });
    move || {
        late.get().map(|f| {
            view! {
                <p id=Field::Sent.dom_id() class="banner warn" tabindex="-1">
                    <span class="visually-hidden">{text(lang, T::WarningPrefix)} ": "</span>
                    {move || words::message(lang.get(), &f)}
                </p>
            }
        })
    }
}

/// Why the last write failed, said on the page (role=alert) until a write succeeds; what was typed
/// stays on the page and goes into the download.
#[component]
pub fn SaveProblem(problem: RwSignal<Option<SaveError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        problem.get().map(|e| {
            // Full or disabled storage in the drafter's words; anything else in the phase's own.
            let why = match e {
                SaveError::Quota => Some(T::SaveQuota),
                SaveError::Unavailable => Some(T::SaveUnavailable),
                _ => None,
            };
            view! {
                <div id="save-problem" class="banner error" role="alert">
                    {why.map(|why| view! { <p>{text(lang, why)}</p> })}
                    <p>{text(lang, I::SaveFailed)}</p>
                </div>
            }
        })
    }
}

/// The contact person's three fields (`contact-name`, `contact-email`, `contact-phone`).
fn contact_fields(
    initial: RawContact,
    set: impl Fn(fn(&mut RawContact, String), String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <CheckedText field=Field::ContactName label=tr(I::FieldContactName) value=initial.name
            autocomplete="name" on_input=move |v| set(|c, v| c.name = v, v) />
        <CheckedText field=Field::ContactEmail label=tr(I::FieldContactEmail) value=initial.email
            input_type="email" autocomplete="email" on_input=move |v| set(|c, v| c.email = v, v) />
        <CheckedText field=Field::ContactPhone label=tr(I::FieldContactPhone) value=initial.phone
            input_type="tel" autocomplete="tel" on_input=move |v| set(|c, v| c.phone = v, v) />
    }
}

/// What another tab did to the draft open on this page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clash {
    /// Removed it: this page writes nothing until the user keeps the draft again.
    Removed,
    /// Changed it while this tab had changes of its own: this tab's version was kept as a copy,
    /// which this page now edits; the other tab's version stays under `original`.
    Copied { original: String },
}

thread_local! {
    /// What the page of a draft just made (a copy) is to say when it opens, and the control to
    /// focus there: by the draft's id.
    static ON_OPEN: std::cell::RefCell<Vec<(String, Clash, Option<String>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The id of the focused element, to focus again once the page is built anew.
fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id()).filter(|id| !id.is_empty())
}

/// A draft of the phase on its page: every change goes through [`Autosaved::edit`], which writes it
/// to storage at once, unless another tab wrote or removed it since this tab read it
/// (`storage::initiative::save_at`). A failed write is kept in `problem` (shown by [`SaveProblem`])
/// and the draft stays as typed on the page, tried again at the next change. The other tabs'
/// writes are followed ([`autosaved_page`]): a tab whose every change is stored takes the newer
/// version; a tab with changes not stored keeps them as a copy and says so (`clash`); a removal
/// is said, and nothing is written back unless the user keeps the draft again.
pub struct Autosaved<D: Shelved + Send + Sync + 'static> {
    pub draft: RwSignal<D>,
    pub problem: RwSignal<Option<SaveError>>,
    pub clash: RwSignal<Option<Clash>>,
    /// Another tab's version was taken up (said in a status message).
    pub followed: RwSignal<bool>,
    /// The id of the copy this tab's version was kept as (the page goes there).
    copied_to: RwSignal<Option<String>>,
    /// Counts the newer versions taken up: the form is built again with each.
    shown: RwSignal<u64>,
    /// The stored revision this tab last read or wrote.
    revision: StoredValue<u64>,
    /// A change made here is not in storage (a write failed, or the draft was removed).
    unstored: StoredValue<bool>,
}

impl<D: Shelved + Send + Sync + 'static> Clone for Autosaved<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Shelved + Send + Sync + 'static> Copy for Autosaved<D> {}

impl<D: Shelved + Send + Sync + 'static> Autosaved<D> {
    pub fn new(stored: Revised<D>) -> Self {
        Autosaved {
            draft: RwSignal::new(stored.value),
            problem: RwSignal::new(None),
            clash: RwSignal::new(None),
            followed: RwSignal::new(false),
            copied_to: RwSignal::new(None),
            shown: RwSignal::new(0),
            revision: StoredValue::new(stored.revision),
            unstored: StoredValue::new(false),
        }
    }

    pub fn edit(self, f: impl FnOnce(&mut D)) {
        self.draft.update(f);
        if self.followed.get_untracked() {
            self.followed.set(false);
        }
        self.store();
    }

    /// Writes the draft over the revision this tab knows.
    fn store(self) {
        if self.clash.with_untracked(|c| *c == Some(Clash::Removed)) {
            self.unstored.set_value(true);
            return;
        }
        let saved = self
            .draft
            .with_untracked(|d| kept::save_at(d, self.revision.get_value()));
        match saved {
            Ok(Written::Saved(revision)) => {
                self.revision.set_value(revision);
                self.unstored.set_value(false);
                self.said(None);
            }
            Ok(Written::Newer) => self.keep_as_copy(),
            Ok(Written::Removed) => {
                self.unstored.set_value(true);
                self.clash.set(Some(Clash::Removed));
            }
            Err(e) => {
                self.unstored.set_value(true);
                self.said(Some(e));
            }
        }
    }

    /// Sets the save problem only when it changes: the alert is said once, not at every keystroke.
    fn said(self, problem: Option<SaveError>) {
        if self.problem.with_untracked(|p| *p != problem) {
            self.problem.set(problem);
        }
    }

    /// Keeps this tab's version as a new draft (the other tab's stays as it is); the page goes to it.
    fn keep_as_copy(self) {
        let mut copy = self.draft.get_untracked();
        let original = copy.id().to_string();
        let id = new_uuid();
        copy.set_id(id.clone());
        match kept::save_any(&copy) {
            Ok(_) => {
                ON_OPEN.with(|o| {
                    o.borrow_mut()
                        .push((id.clone(), Clash::Copied { original }, focused_id()))
                });
                self.copied_to.set(Some(id));
            }
            Err(e) => {
                self.unstored.set_value(true);
                self.said(Some(e));
            }
        }
    }

    /// Removed in another tab, the user keeps the draft: written again as it is on the page.
    pub fn keep_again(self) {
        match self.draft.with_untracked(kept::save_any) {
            Ok(revision) => {
                self.revision.set_value(revision);
                self.unstored.set_value(false);
                self.clash.set(None);
            }
            Err(e) => self.said(Some(e)),
        }
    }

    /// Another tab wrote (or removed) the stored draft: follow it.
    fn follow(self) {
        let id = self.draft.with_untracked(|d| d.id().to_string());
        let Some(stored) = kept::open::<D>(&id) else {
            if self.clash.with_untracked(Option::is_none) {
                self.clash.set(Some(Clash::Removed));
            }
            return;
        };
        let removed = self.clash.with_untracked(|c| *c == Some(Clash::Removed));
        if stored.revision == self.revision.get_value() {
            // Put back as this tab knew it (an undo on the home page): writing goes on.
            if removed {
                self.clash.set(None);
                if self.unstored.get_value() {
                    self.store();
                }
            }
            return;
        }
        if self.unstored.get_value() {
            self.keep_as_copy();
            return;
        }
        let focus = focused_id();
        self.revision.set_value(stored.revision);
        self.draft.set(stored.value);
        if removed {
            self.clash.set(None);
        }
        self.shown.update(|n| *n += 1);
        self.followed.set(true);
        if let Some(id) = focus {
            focus_after_render(id);
        }
    }
}

/// The page of the stored draft `id` (`kind`: its path's part, `initiative` or `interest`): the
/// form `form` builds, built again when another tab's newer version is taken up; the other tabs'
/// writes heard (the `storage` event) while the page is open; and a copy of this tab's version
/// opened in its place. A draft this browser does not have: [`NotHere`].
pub fn autosaved_page<D: Shelved + Send + Sync + 'static>(
    id: String,
    kind: &'static str,
    form: fn(Autosaved<D>) -> AnyView,
) -> AnyView {
    let Some(stored) = kept::open::<D>(&id) else {
        return view! { <NotHere /> }.into_any();
    };
    let page = Autosaved::new(stored);
    if let Some((_, clash, focus)) = ON_OPEN.with(|o| {
        let mut o = o.borrow_mut();
        o.iter().position(|(x, ..)| *x == id).map(|at| o.remove(at))
    }) {
        page.clash.set(Some(clash));
        if let Some(focus) = focus {
            focus_after_render(focus);
        }
    }
    let key = kept::key(D::SHELF, &id);
    let listener = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        // `None`: the whole storage was cleared.
        if e.key().is_none_or(|k| k == key) {
            page.follow();
        }
    });
    on_cleanup(move || listener.remove());
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if let Some(copy) = page.copied_to.get() {
            let replace = leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(&format!("{}/{kind}/{copy}", super::app::HOME), replace);
        }
    });
    (move || {
        page.shown.track();
        untrack(|| form(page))
    })
    .into_any()
}

/// What another tab did, said on the page (role=alert), with what the user can do about it; and,
/// once another tab's version is taken up, a status message.
#[component]
pub fn ClashNotice<D: Shelved + Send + Sync + 'static>(page: Autosaved<D>, kind: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        {move || page.clash.get().map(|clash| match clash {
            Clash::Removed => view! {
                <div id="clash" class="banner error" role="alert">
                    <p>{text(lang, I::ClashRemoved)}</p>
                    <p><button type="button" class="button" id="keep-again" on:click=move |_| page.keep_again()>
                        {text(lang, I::ClashKeepAgain)}</button></p>
                </div>
            }.into_any(),
            Clash::Copied { original } => view! {
                <div id="clash" class="banner warn" role="alert">
                    <p>{text(lang, I::ClashCopied)}</p>
                    <p><leptos_router::components::A href=format!("{}/{kind}/{original}", super::app::HOME)>
                        {text(lang, I::ClashOpenOriginal)}</leptos_router::components::A></p>
                </div>
            }.into_any(),
        })}
        <div role="status" id="followed">
            {move || page.followed.get().then(|| view! { <p>{text(lang, I::ClashFollowed)}</p> })}
        </div>
    }
}

/// The page of a draft this browser does not have (removed, or another browser's address).
#[component]
pub fn NotHere() -> impl IntoView {
    let lang = use_lang();
    crate::ui::summary::set_title(move |l| I::NotHere.get(l).to_string(), || false);
    view! {
        <h1>{text(lang, I::NotHere)}</h1>
        <p><leptos_router::components::A href=super::app::HOME>{text(lang, I::BackToInitiatives)}</leptos_router::components::A></p>
    }
}

/// Downloads `text` as the file of a draft of the phase: `<format>-<title or id>-<date>.json`.
pub fn download(format: &str, title: &str, id: &str, text: &str) {
    let slug = crate::domain::formats::slug::name_slug(title);
    let name = if slug.is_empty() {
        id.chars().take(8).collect()
    } else {
        slug
    };
    let file = format!("{format}-{name}-{}.json", crate::ui::files::today());
    let _ = crate::ui::files::download(&file, text, "application/json");
}

/// What an initiative and an interest both have: the municipality and its contact person.
pub trait Proposer {
    fn who(&self) -> (&String, &RawContact);
    fn who_mut(&mut self) -> (&mut String, &mut RawContact);
}

impl Proposer for RawInitiative {
    fn who(&self) -> (&String, &RawContact) {
        (&self.municipality, &self.contact)
    }
    fn who_mut(&mut self) -> (&mut String, &mut RawContact) {
        (&mut self.municipality, &mut self.contact)
    }
}

impl Proposer for RawInterest {
    fn who(&self) -> (&String, &RawContact) {
        (&self.municipality, &self.contact)
    }
    fn who_mut(&mut self) -> (&mut String, &mut RawContact) {
        (&mut self.municipality, &mut self.contact)
    }
}

/// A form's start: its heading and intro, the save problem, the late warning, the summary, and the
/// municipality (from the register, under the heading `who` if given) with its contact person.
pub fn form_start<D: Proposer + Shelved + Send + Sync + 'static>(
    page: Autosaved<D>,
    kind: &'static str,
    title: I,
    intro: I,
    who: Option<I>,
) -> impl IntoView {
    let lang = use_lang();
    let (municipality, contact) = page.draft.with_untracked(|d| (d.who().0.clone(), d.who().1.clone()));
    let typed = Memo::new(move |_| page.draft.with(|d| d.who().0.clone()));
    let set_contact = move |set: fn(&mut RawContact, String), v: String| page.edit(|d| set(d.who_mut().1, v));
    view! {
        <h1>{text(lang, title)}</h1>
        <p class="lead">{text(lang, intro)}</p>
        <SaveProblem problem=page.problem />
        <ClashNotice page kind />
        <DeadlineNotice />
        <CheckSummary />
        <MunicipalityList />
        {who.map(|who| view! { <h2>{text(lang, who)}</h2> })}
        <CheckedText field=Field::Municipality label=tr(I::FieldMunicipality) hint=tr(I::MunicipalityHint)
            value=municipality list=MUNICIPALITIES
            on_input=move |v| page.edit(|d| *d.who_mut().0 = v) />
        {found(lang, typed.into())}
        {contact_fields(contact, set_contact)}
    }
}

/// A form's end: "check", the file's download (`download_id`), and the way back to the home page.
pub fn form_end(
    checks: Checks,
    check: I,
    download: I,
    download_id: &'static str,
    export: impl Fn() + 'static,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="actions">
            <button type="button" class="button" id="check" on:click=move |_| checks.check()>{text(lang, check)}</button>
            <button type="button" class="button secondary" id=download_id on:click=move |_| export()>{text(lang, download)}</button>
        </div>
        <p><leptos_router::components::A href=super::app::HOME>{text(lang, I::BackToInitiatives)}</leptos_router::components::A></p>
    }
}
