//! A field checked by a page's own rules, for the pages after the decision (the grant's reports,
//! claims and change requests, the ministry's follow-up of a grant): which findings a page shows
//! ([`Reveal`]: a field's once the user has left it or pressed the page's button, never mid-word,
//! the GOV.UK pattern the drafter's `field` follows too), a field's messages next to it
//! ([`Messages`]) and a labelled text field with them ([`CheckedField`]). One component for every
//! such page, generic over the finding ([`Message`]: how grave it is and its sentence) and over
//! where a page finds an element's findings ([`Checked`]); the drafter's fields are `field`'s,
//! which the drafter's store drives, so none of this is in the drafter's wasm.

use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::Text;
use crate::ui::field::message_line;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// A field's label or hint: a text of a table, or words a file brought (a question the ministry
/// asked, shown as asked in whatever language the page is in).
#[derive(Clone)]
pub struct Words(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Words {
    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl<T: Text> From<T> for Words {
    fn from(text: T) -> Words {
        Words(Arc::new(move |l| text.get(l).to_string()))
    }
}

impl From<String> for Words {
    fn from(said: String) -> Words {
        Words(Arc::new(move |_| said.clone()))
    }
}

/// A finding as a page says it next to its field: how grave it is and its sentence.
pub trait Message: Clone + PartialEq + Send + Sync + 'static {
    fn severity(&self) -> Severity;
    /// Its sentence in `lang`, as the page says it (with the passage it rests on, or that it is
    /// assumed).
    fn sentence(&self, lang: Lang) -> String;
}

/// Which elements' messages a page shows: an element's once it has been left, every one once the
/// page's button has been pressed (`all`).
#[derive(Clone, Copy)]
pub struct Reveal {
    left: RwSignal<BTreeSet<String>>,
    /// The page's button was pressed: every finding is shown.
    pub all: RwSignal<bool>,
}

impl Reveal {
    pub fn new() -> Reveal {
        Reveal {
            left: RwSignal::new(BTreeSet::new()),
            all: RwSignal::new(false),
        }
    }

    /// Whether the messages of the element `id` are shown now (tracked).
    pub fn shows(self, id: &str) -> bool {
        self.all.get() || self.left.with(|l| l.contains(id))
    }

    /// The element `id` was left: its messages are shown from now on, once the press that left it
    /// has landed (`dom::after_press`: a message put above the field moves what is below it, and
    /// the button pressed would slip from under the pointer before its click).
    pub fn leave(self, id: &str) {
        if self.left.with_untracked(|l| l.contains(id)) {
            return;
        }
        let (left, id) = (self.left, id.to_string());
        crate::ui::dom::after_press(move || {
            // The page may be gone by then.
            left.try_update(|l| l.insert(id));
        });
    }
}

impl Default for Reveal {
    fn default() -> Reveal {
        Reveal::new()
    }
}

/// A page's findings by element, and which of them it shows (provided by the page).
pub trait Checked: Copy + Send + Sync + 'static {
    type Finding: Message;

    /// What the page has shown so far.
    fn reveal(self) -> Reveal;

    /// Every finding of the element `id` (tracked: the field's messages follow every keystroke).
    fn at(self, id: &str) -> Vec<Self::Finding>;

    /// The findings of the element `id`, once they are to be shown.
    fn shown(self, id: String) -> Memo<Vec<Self::Finding>> {
        Memo::new(move |_| {
            if self.reveal().shows(&id) {
                self.at(&id)
            } else {
                Vec::new()
            }
        })
    }

    /// The element `id` was left ([`Reveal::leave`]).
    fn leave(self, id: &str) {
        self.reveal().leave(id);
    }
}

/// A finding with the id of the element it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed<F> {
    pub id: String,
    pub finding: F,
}

/// A page's findings as a list, each placed at its element ([`Placed`]), and which are shown: the
/// [`Checked`] of a page whose rules give every finding at once (the follow-up's grant page, the
/// grant's completion page).
pub struct Listed<F: Message> {
    /// Every finding, placed; recomputed on every keystroke.
    pub findings: Memo<Vec<Placed<F>>>,
    pub reveal: Reveal,
}

impl<F: Message> Clone for Listed<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: Message> Copy for Listed<F> {}

impl<F: Message> Listed<F> {
    pub fn new(findings: Memo<Vec<Placed<F>>>) -> Listed<F> {
        Listed {
            findings,
            reveal: Reveal::new(),
        }
    }

    /// Every finding to be shown now (a summary's).
    pub fn revealed(self) -> Memo<Vec<Placed<F>>> {
        Memo::new(move |_| {
            self.findings
                .with(|f| f.iter().filter(|p| self.reveal.shows(&p.id)).cloned().collect())
        })
    }
}

impl<F: Message> Checked for Listed<F> {
    type Finding = F;

    fn reveal(self) -> Reveal {
        self.reveal
    }

    fn at(self, id: &str) -> Vec<F> {
        self.findings
            .with(|f| f.iter().filter(|p| p.id == id).map(|p| p.finding.clone()).collect())
    }
}

/// An element's messages (`{id}-messages`, its `aria-describedby`).
#[component]
pub fn Messages<F: Message>(#[prop(into)] id: String, shown: Memo<Vec<F>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=format!("{id}-messages") class="field-messages">
            {move || {
                let l = lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| message_line(l, f.severity(), f.sentence(l), None::<()>))
                    .collect_view()
            }}
        </div>
    }
}

/// A labelled text field: its label, hint, messages (shown as `checks` says), then the control, a
/// textarea of `rows` rows if given, else one line. `set` keeps what is typed, as typed.
#[component]
pub fn CheckedField<C: Checked>(
    #[prop(into)] id: String,
    #[prop(into)] label: Words,
    #[prop(optional, into)] hint: Option<Words>,
    /// What the record holds when the field is built (the field keeps what is typed after).
    value: String,
    #[prop(optional)] rows: Option<u32>,
    checks: C,
    set: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    let shown = checks.shown(id.clone());
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {id}-messages"),
        None => format!("{id}-messages"),
    };
    let invalid = move || {
        shown
            .with(|s| s.iter().any(|f| f.severity() == Severity::Error))
            .then_some("true")
    };
    let leave = {
        let id = id.clone();
        move |_| checks.leave(&id)
    };
    let input = move |ev: leptos::ev::Event| set.run(event_target_value(&ev));
    let control = match rows {
        Some(rows) => view! {
            <textarea id=id.clone() rows=rows aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input on:blur=leave></textarea>
        }
        .into_any(),
        None => view! {
            <input type="text" id=id.clone() autocomplete="off" aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input on:blur=leave />
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get(lang.get())}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || h.get(lang.get())}</p> })}
            <Messages id=id.clone() shown />
            {control}
        </div>
    }
}

/// A form's summary, once its button was pressed (`reveal.all`): the errors under `title`, then the
/// warnings, each a link that moves focus to the element it is about. Focus moves to it (`id`) when the button finds an error.
#[component]
pub fn CheckedSummary<F: Message>(
    #[prop(into)] id: String,
    #[prop(into)] title: Words,
    reveal: Reveal,
    #[prop(into)] findings: Signal<Vec<Placed<F>>>,
) -> impl IntoView {
    let lang = use_lang();
    let list = move |errors: bool| {
        move || {
            let l = lang.get();
            findings.with(|f| {
                (f.iter().filter(|p| (p.finding.severity() == Severity::Error) == errors))
                    .map(|p| {
                        let (target, said) = (p.id.clone(), p.finding.sentence(l));
                        view! {
                            <li><a href=format!("#{target}") on:click=move |ev| {
                                ev.prevent_default();
                                crate::ui::dom::focus_now(&target);
                            }>{said}</a></li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let any =
        move |errors: bool| findings.with(|f| (f.iter()).any(|p| (p.finding.severity() == Severity::Error) == errors));
    let title = StoredValue::new(title);
    view! {
        <Show when=move || reveal.all.get() && (any(true) || any(false))>
            <div id=id.clone() class="error-summary" tabindex="-1">
                <Show when=move || any(true)>
                    <h2>{move || title.with_value(|t| t.get(lang.get()))}</h2>
                    <ul>{list(true)}</ul>
                </Show>
                <Show when=move || any(false)>
                    <ul class="warnings">{list(false)}</ul>
                </Show>
            </div>
        </Show>
    }
}
