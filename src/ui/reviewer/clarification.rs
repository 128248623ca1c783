//! The ministry's pages of further clarification (docs/rules.md §12.1), in the reviewer's app: the
//! record of requests sent and answers received (`reviewer::clarification`), kept in the browser
//! (`storage::ministry_clarification`) and read when the app starts; the decision's deferred
//! entries each with a link to write a request (`/reviewer/clarification/<fingerprint>`), whose
//! page records it and downloads the `hakemus-clarification-request` file. What the page holds as
//! typed is checked in the domain (`reviewer::asking`); "today" comes from the browser's clock and
//! is passed in.

use crate::domain::exchange::clarification::{check_answer, Finding};
use crate::domain::formats::application::{self, Envelope};
use crate::domain::formats::clarification::{self as files_of, RequestFile};
use crate::domain::formats::decision::Status;
use crate::domain::formats::reader::from_json;
use crate::domain::reviewer::asking::{Field, Problem, RawRequest};
use crate::domain::reviewer::clarification::{
    deferred, merge, next_request_id, receive, record_request, Clarification, Refusal, Sent,
};
use crate::domain::rules::applicants::display_name;
use crate::domain::rules::finding::Severity;
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::clarification::{finding, part, state as state_words, Cl};
use crate::i18n::date;
use crate::i18n::T;
use crate::storage::{self, ministry_clarification as kept, SaveError, Shelf};
use crate::ui::compare::answer_changes;
use crate::ui::dom::focus_after_render;
use crate::ui::field::{message_line, FieldFrame};
use crate::ui::files::{self, FileDrop};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use crate::ui::reviewer::decision::use_proposal;
use crate::ui::reviewer::state::use_reviewer;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// A page of further clarification, as its path names it (the drafter's routes do not name them:
/// `ui::routes` is in the drafter's bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClPage {
    /// `/reviewer/clarification/<fingerprint>`: writing a request about a deferred application.
    Request(String),
    /// `/reviewer/clarifications`: the deferred with their requests, and the answers read.
    List,
}

impl ClPage {
    pub fn of(path: &str) -> Option<ClPage> {
        let path = path.trim_end_matches('/');
        if path == "/reviewer/clarifications" {
            return Some(ClPage::List);
        }
        let fp = path.strip_prefix("/reviewer/clarification/")?;
        (!fp.is_empty() && !fp.contains('/')).then(|| ClPage::Request(fp.to_string()))
    }
}

/// The page's view.
pub fn page_view(page: ClPage) -> AnyView {
    match page {
        ClPage::Request(fp) => view! { <RequestPage fp /> }.into_any(),
        ClPage::List => view! { <ListPage /> }.into_any(),
    }
}

/// The record, for the tab's life (provided by the app, read when it starts).
#[derive(Clone, Copy)]
pub struct ClarificationState {
    pub record: RwSignal<Vec<Clarification>>,
    /// The stored record has been read.
    pub ready: RwSignal<bool>,
    /// The stored record cannot be read by this version: it is left as it is, nothing is written.
    pub unreadable: RwSignal<bool>,
    pub save_error: RwSignal<Option<SaveError>>,
}

impl ClarificationState {
    /// The state, its record read from the browser.
    pub fn start() -> ClarificationState {
        let state = ClarificationState {
            record: RwSignal::new(Vec::new()),
            ready: RwSignal::new(false),
            unreadable: RwSignal::new(false),
            save_error: RwSignal::new(None),
        };
        spawn_local(async move {
            match kept::load_clarifications().await {
                Ok(stored) => {
                    state.record.try_update(|r| {
                        for c in stored.into_iter().rev() {
                            if !r.iter().any(|x| x.original == c.original) {
                                r.insert(0, c);
                            }
                        }
                    });
                }
                Err(_) => {
                    state.unreadable.try_set(true);
                }
            }
            state.ready.try_set(true);
        });
        state
    }

    /// Changes the record and writes it (never over a stored record this version cannot read); what
    /// another tab stored since is joined in, and shown here once written.
    pub fn change(self, edit: impl FnOnce(&mut Vec<Clarification>)) {
        self.record.update(edit);
        if self.unreadable.get_untracked() {
            self.save_error.set(Some(SaveError::Damaged));
            return;
        }
        let record = self.record.get_untracked();
        spawn_local(async move {
            match kept::save_clarifications(&record).await {
                Ok(joined) => {
                    self.save_error.try_set(None);
                    // Only what another tab added since changes the record here (the record grows).
                    if joined != record {
                        self.record.try_update(|r| *r = merge(&joined, r));
                    }
                }
                Err(e) => {
                    self.save_error.try_set(Some(e));
                }
            }
        });
    }
}

impl ClarificationState {
    /// The fingerprints of the clarified versions received (any request's answer, not only the
    /// one in force).
    pub fn clarified(self) -> std::collections::BTreeSet<String> {
        self.record.with_untracked(|r| {
            r.iter()
                .flat_map(|c| c.requests.iter())
                .flat_map(|s| s.answers.iter())
                .map(|a| a.clarified.clone())
                .collect()
        })
    }
}

pub fn use_clarifications() -> ClarificationState {
    expect_context()
}

/// Today in the browser's time zone (the pure domain is given it).
pub fn today() -> time::Date {
    files::local_day(js_sys::Date::now()).unwrap_or(time::Date::MIN)
}

/// The decision's deferred entries ("Jatkoselvitystä edellyttävät hankkeet", decision 004), each with
/// its latest request's state and a link to write a request; shown on the decision page.
#[component]
pub fn DeferredLinks() -> impl IntoView {
    let lang = use_lang();
    let proposal = use_proposal();
    let cl = use_clarifications();
    let rows = Memo::new(move |_| {
        let day = today();
        proposal.proposal.with(|p| {
            cl.record.with(|r| {
                deferred(p, r, day)
                    .into_iter()
                    .map(|row| {
                        let a = &p.entries[row.entry].application;
                        (
                            row.original.clone(),
                            a.lead.clone(),
                            a.project.clone(),
                            row.request.map(|q| (q.state, q.deadline)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section aria-labelledby="deferred-title" id="deferred">
                <h2 id="deferred-title">{text(lang, Cl::DeferredTitle)}</h2>
                <p class="hint">{text(lang, Cl::DeferredIntro)}</p>
                <p><A href="/reviewer/clarifications">{text(lang, Cl::ListTitle)}</A></p>
                <ul>
                    {move || {
                        let l = lang.get();
                        rows.get().into_iter().map(|(fp, lead, project, request)| {
                            let said = match request {
                                None => Cl::NotAsked.get(l).to_string(),
                                Some((s, deadline)) => {
                                    let deadline = deadline.map(|d| format!(", {} {}", Cl::Deadline.get(l), date(l, d))).unwrap_or_default();
                                    format!("{}{deadline}", state_words(l, s))
                                }
                            };
                            let href = format!("/reviewer/clarification/{fp}");
                            let project_name = project.clone();
                            view! {
                                <li>{lead} ": " {project} " (" {said} ") "
                                    <A href=href>{Cl::WriteRequest.get(l)}<span class="visually-hidden">{format!(": {project_name}")}</span></A>
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

const SUMMARY: &str = "request-summary";

fn question_id(id: u64) -> String {
    format!("question-{id}")
}

fn problem_text(lang: Lang, p: Problem) -> &'static str {
    match p {
        Problem::NothingAsked => Cl::ErrNothingAsked.get(lang),
        Problem::NoDeadline => Cl::ErrNoDeadline.get(lang),
        Problem::NotADate => Cl::ErrNotADate.get(lang),
    }
}

/// Where a problem is corrected.
fn field_id(f: Field) -> &'static str {
    match f {
        Field::Asked => "request-asked",
        Field::Deadline => "request-deadline",
    }
}

/// The application's file as it was received, kept in the browser: the request carries it, so its
/// fingerprint stays the one the decision names it by. A file this version writes otherwise (of an
/// older format) cannot be carried as it was: `None`.
async fn kept_envelope(fp: &str) -> Option<Envelope> {
    storage::kept_files(Shelf::Opened)
        .await
        .into_iter()
        .find(|f| f.key == fp)
        .and_then(|f| from_json::<Envelope>(&f.text).ok())
}

/// Writing a request for further clarification about the deferred application `fp`.
#[component]
fn RequestPage(fp: String) -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    let proposal = use_proposal();
    let cl = use_clarifications();
    let fp = StoredValue::new(fp);
    let raw = RwSignal::new(RawRequest {
        questions: vec![(1, String::new())],
        ..RawRequest::default()
    });
    let next = StoredValue::new(2u64);
    let tried = RwSignal::new(false);
    let left_deadline = RwSignal::new(false);
    // What saving said: the file's name, or why nothing was saved.
    let said: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let problems = Memo::new(move |_| raw.with(RawRequest::problems));
    let shown = move |f: Field| {
        problems.with(|ps| {
            ps.iter()
                .copied()
                .filter(|p| p.field() == f)
                .filter(|_| tried.get() || (f == Field::Deadline && left_deadline.get()))
                .collect::<Vec<_>>()
        })
    };
    set_title(
        move |l| Cl::RequestTitle.get(l).to_string(),
        move || tried.get() && !problems.with(Vec::is_empty),
    );
    let opened = move || fp.with_value(|fp| reviewer.find(fp));
    let is_deferred = move || {
        fp.with_value(|fp| {
            // Until the stored proposal is read it has no entries: nothing is said then.
            proposal.proposal.with(|p| {
                p.entries.is_empty()
                    || p.entries
                        .iter()
                        .any(|e| e.application.fingerprint == *fp && e.status == Status::Defer)
            })
        })
    };
    let save = move |_| {
        tried.set(true);
        said.set(None);
        if !problems.with(Vec::is_empty) {
            focus_after_render(SUMMARY.into());
            return;
        }
        let Some(o) = opened() else { return };
        let l = lang.get_untracked();
        let id = cl.record.with_untracked(|r| next_request_id(r));
        let Some(asked) = raw.with_untracked(|r| r.asked(&id, &files::now_rfc3339())) else {
            return;
        };
        let fp = fp.get_value();
        spawn_local(async move {
            let envelope = match kept_envelope(&fp).await {
                Some(e) => Some(e),
                None if application::fingerprint(&o.draft) == fp => {
                    Some(application::export(&o.draft, &asked.asked_at))
                }
                None => None,
            };
            let Some(envelope) = envelope else {
                said.try_set(Some(Err(Cl::EnvelopeMissing.get(l).to_string())));
                return;
            };
            let request: RequestFile = files_of::request_carrying(asked, &o.draft, fp, envelope);
            let name = files_of::request_file_name(&request);
            let text = files_of::to_json(&request);
            if files::download(&name, &text, "application/json").is_err() {
                said.try_set(Some(Err(Cl::NotSaved.get(l).to_string())));
                return;
            }
            cl.change(|r| record_request(r, request));
            said.try_set(Some(Ok(name)));
        });
    };

    let summary = move || {
        (tried.get() && !problems.with(Vec::is_empty)).then(|| {
            let l = lang.get();
            let items = problems
                .get()
                .into_iter()
                .map(|p| view! { <li><a href=format!("#{}", field_id(p.field()))>{problem_text(l, p)}</a></li> })
                .collect_view();
            view! {
                <div id=SUMMARY class="error-summary" tabindex="-1" role="alert">
                    <h2>{T::ErrorSummaryTitle.get(l)}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    let messages = move |f: Field| {
        move || {
            let l = lang.get();
            shown(f)
                .into_iter()
                .map(|p| message_line(l, Severity::Error, problem_text(l, p).to_string(), None::<()>))
                .collect_view()
        }
    };
    let invalid = move |f: Field| move || (!shown(f).is_empty()).then_some("true");

    let form = move || {
        let o = opened()?;
        let lead = o
            .draft
            .applicants
            .first()
            .and_then(|a| display_name(a, lang.get_untracked()))
            .unwrap_or_default();
        let project = o.draft.project.name().to_string();
        Some(view! {
            <dl class="facts">
                <dt>{text(lang, Cl::Project)}</dt><dd id="request-project">{project}</dd>
                <dt>{text(lang, Cl::Lead)}</dt><dd>{lead}</dd>
                <dt>{text(lang, Cl::Original)}</dt><dd><code>{fp.get_value()}</code></dd>
            </dl>
            <Show when=move || !is_deferred()>
                <p class="field-warning" id="not-deferred">{text(lang, Cl::NotDeferred)}</p>
            </Show>
            {summary}
            <div id="request-asked" tabindex="-1">
                <div id="request-asked-msg" class="field-messages">{messages(Field::Asked)}</div>
                <fieldset class="fieldset" id="request-questions">
                    <legend class="label">{text(lang, Cl::Questions)}</legend>
                    <p class="hint">{text(lang, Cl::QuestionsHint)}</p>
                    <For
                        each=move || raw.with(|r| r.questions.iter().map(|(id, _)| *id).collect::<Vec<_>>())
                        key=|id| *id
                        let:qid
                    >
                        {
                            let value = move || raw.with(|r| r.questions.iter().find(|(i, _)| *i == qid).map(|(_, t)| t.clone()).unwrap_or_default());
                            let number = move || raw.with(|r| r.questions.iter().position(|(i, _)| *i == qid).map_or(0, |p| p + 1));
                            let label = Signal::derive(move || format!("{} {}", Cl::QuestionNumber.get(lang.get()), number()));
                            view! {
                                <FieldFrame id=question_id(qid) label>
                                    <textarea class="input" id=question_id(qid) rows="3"
                                        prop:value=value
                                        on:input=move |ev| {
                                            let v = event_target_value(&ev);
                                            raw.update(|r| if let Some(q) = r.questions.iter_mut().find(|(i, _)| *i == qid) { q.1 = v; });
                                        }
                                    ></textarea>
                                    <p><button type="button" class="button secondary" id=format!("remove-question-{qid}")
                                        on:click=move |_| raw.update(|r| r.questions.retain(|(i, _)| *i != qid))
                                    >{move || format!("{} {}", Cl::RemoveQuestion.get(lang.get()), number())}</button></p>
                                </FieldFrame>
                            }
                        }
                    </For>
                    <p><button type="button" class="button secondary" id="add-question" on:click=move |_| {
                        let id = next.get_value();
                        next.set_value(id + 1);
                        raw.update(|r| r.questions.push((id, String::new())));
                        focus_after_render(question_id(id));
                    }>{text(lang, Cl::AddQuestion)}</button></p>
                </fieldset>
                <fieldset class="fieldset" id="request-parts">
                    <legend class="label">{text(lang, Cl::PartsToRevise)}</legend>
                    <p class="hint">{text(lang, Cl::PartsHint)}</p>
                    {Section::ALL.into_iter().map(|s| {
                        let id = format!("part-{}", s.slug());
                        let checked = move || raw.with(|r| r.parts.iter().any(|p| p == s.slug()));
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=id.clone() prop:checked=checked on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    raw.update(|r| {
                                        r.parts.retain(|p| p != s.slug());
                                        if on { r.parts.push(s.slug().to_string()); }
                                    });
                                } />
                                <label for=id>{move || part(lang.get(), s)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>
            <div class="field">
                <label class="label" for="request-deadline">{text(lang, Cl::Deadline)}</label>
                <p class="hint" id="request-deadline-hint">{text(lang, Cl::DeadlineHint)}</p>
                <div id="request-deadline-msg" class="field-messages">{messages(Field::Deadline)}</div>
                <input class="input date" type="text" id="request-deadline" inputmode="numeric" autocomplete="off"
                    aria-describedby="request-deadline-hint request-deadline-msg"
                    aria-invalid=invalid(Field::Deadline)
                    prop:value=move || raw.with(|r| r.deadline.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); raw.update(|r| r.deadline = v); }
                    on:blur=move |_| crate::ui::dom::after_press(move || left_deadline.set(true))
                />
            </div>
            <p><button type="button" class="button" id="save-request" on:click=save>{text(lang, Cl::SaveRequest)}</button></p>
            <p role="status" id="request-saved">{move || match said.get() {
                Some(Ok(name)) => format!("{} {name}", Cl::RequestSaved.get(lang.get())),
                _ => String::new(),
            }}</p>
            {move || match said.get() {
                Some(Err(why)) => Some(view! { <div class="error-summary" role="alert" id="request-not-saved">{why}</div> }),
                _ => None,
            }}
        })
    };
    view! {
        <h1>{text(lang, Cl::RequestTitle)}</h1>
        <p><A href="/reviewer/decision">{move || crate::i18n::decision::D::Title.get(lang.get())}</A></p>
        <p class="lead">{text(lang, Cl::RequestIntro)}</p>
        {move || {
            if !reviewer.opened_ready.get() {
                return None;
            }
            Some(match form() {
                Some(v) => v.into_any(),
                None => view! { <p id="request-not-open">{text(lang, Cl::NotOpenHere)}</p> }.into_any(),
            })
        }}
        <Show when=move || cl.save_error.with(Option::is_some)>
            <div class="error-summary" role="alert" id="record-not-kept">{text(lang, Cl::RecordNotKept)}</div>
        </Show>
    }
}

fn refusal(lang: Lang, r: &Refusal) -> &'static str {
    match r {
        Refusal::UnknownRequest => Cl::RefusedUnknown.get(lang),
        Refusal::NotAsSent => Cl::OtherRequest.get(lang),
        Refusal::AlreadyReceived => Cl::RefusedAlready.get(lang),
    }
}

/// The deferred applications in the decision's order with their latest request (state, deadline,
/// when answered), the answers' file input, and each answer received: the answers under their
/// questions, the answer's check and the application's changes field by field.
#[component]
fn ListPage() -> impl IntoView {
    let lang = use_lang();
    let reviewer = use_reviewer();
    let proposal = use_proposal();
    let cl = use_clarifications();
    // Why the last answer file was not taken in (`Err`), or the project whose answer was (`Ok`).
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    set_title(
        move |l| Cl::ListTitle.get(l).to_string(),
        move || matches!(outcome.get(), Some(Err(_))),
    );
    let rows = Memo::new(move |_| {
        let day = today();
        proposal.proposal.with(|p| {
            cl.record.with(|r| {
                deferred(p, r, day)
                    .into_iter()
                    .map(|row| {
                        let a = &p.entries[row.entry].application;
                        (row.original, a.lead.clone(), a.project.clone(), row.request)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let open_answer = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        let source = file.name();
        spawn_local(async move {
            let l = lang.get_untracked();
            let read = match files::read_file(&file).await {
                Ok(bytes) => files_of::read_answer(&bytes, l),
                Err(e) => Err(e),
            };
            let answer = match read {
                Ok(a) => a,
                Err(e) => {
                    outcome.try_set(Some(Err(crate::i18n::import_error(l, &e))));
                    focus_after_render("answer-summary".into());
                    return;
                }
            };
            let mut refused = None;
            cl.record.with_untracked(|r| {
                let mut copy = r.clone();
                refused = receive(&mut copy, &answer).err();
            });
            if let Some(r) = refused {
                outcome.try_set(Some(Err(refusal(l, &r).to_string())));
                focus_after_render("answer-summary".into());
                return;
            }
            cl.change(|r| {
                let _ = receive(r, &answer);
            });
            // The clarified version is open beside the original, to be assessed and decided.
            let text = application::to_json(&answer.file.application);
            reviewer.add(source, Some(text.clone()), application::import(text.as_bytes(), l));
            let project = answer.draft.project.name().to_string();
            outcome.try_set(Some(Ok(project)));
        });
    });
    let table = move || {
        let l = lang.get();
        let body = rows
            .get()
            .into_iter()
            .map(|(fp, lead, project, request)| {
                let (state, deadline, answered) = match &request {
                    None => (Cl::NotAsked.get(l).to_string(), String::new(), String::new()),
                    Some(q) => (
                        state_words(l, q.state),
                        q.deadline.map(|d| date(l, d)).unwrap_or_default(),
                        q.answered_on.map(|d| date(l, d)).unwrap_or_default(),
                    ),
                };
                let state_class = request.as_ref().map_or("", |q| q.state.id());
                let href = format!("/reviewer/clarification/{fp}");
                let project_name = project.clone();
                view! {
                    <tr data-fingerprint=fp.clone()>
                        <th scope="row">{project}</th>
                        <td>{lead}</td>
                        <td class=format!("state {state_class}")>{state}</td>
                        <td>{deadline}</td>
                        <td>{answered}</td>
                        <td><A href=href>{Cl::WriteRequest.get(l)}<span class="visually-hidden">{format!(": {project_name}")}</span></A></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll">
                <table class="applications" id="clarifications">
                    <thead><tr>
                        <th scope="col">{Cl::Project.get(l)}</th>
                        <th scope="col">{Cl::Lead.get(l)}</th>
                        <th scope="col">{Cl::ColState.get(l)}</th>
                        <th scope="col">{Cl::Deadline.get(l)}</th>
                        <th scope="col">{Cl::AnsweredAt.get(l)}</th>
                        <th scope="col">{Cl::ColAction.get(l)}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    // Each answer in force, by the deferred's order.
    let answers = move || {
        let l = lang.get();
        let fps: Vec<String> = rows.with(|r| {
            r.iter()
                .filter(|x| x.3.as_ref().is_some_and(|q| q.clarified.is_some()))
                .map(|x| x.0.clone())
                .collect()
        });
        cl.record.with(|r| {
            fps.iter()
                .filter_map(|fp| r.iter().find(|c| c.original == *fp)?.latest().cloned())
                .map(|sent| answer_view(l, sent))
                .collect_view()
        })
    };
    view! {
        <h1>{text(lang, Cl::ListTitle)}</h1>
        <p><A href="/reviewer/decision">{move || crate::i18n::decision::D::Title.get(lang.get())}</A></p>
        // On to the second decision on the deferred (docs/rules.md §12.1.8).
        <Show when=move || rows.with(|r| !r.is_empty())>
            <p id="list-to-second-decision">
                <A href="/reviewer/second-decision">{move || crate::i18n::reviewer_app::Ra::SecondTitle.get(lang.get())}</A>
            </p>
        </Show>
        <p class="lead">{text(lang, Cl::ListIntro)}</p>
        {move || match outcome.get() {
            Some(Err(why)) => Some(view! {
                <div id="answer-summary" class="error-summary" tabindex="-1" role="alert">
                    <h2>{T::ErrorSummaryTitle.get(lang.get())}</h2>
                    <ul><li><a href="#open-answer">{why}</a></li></ul>
                </div>
            }),
            _ => None,
        }}
        {move || {
            if rows.with(Vec::is_empty) {
                view! { <p id="no-deferred">{text(lang, Cl::NoDeferred)}</p> }.into_any()
            } else {
                table().into_any()
            }
        }}
        <section aria-labelledby="open-answer-title">
            <h2 id="open-answer-title">{text(lang, Cl::OpenAnswer)}</h2>
            {move || match outcome.get() {
                Some(Err(why)) => Some(message_line(lang.get(), Severity::Error, why, None::<()>)),
                _ => None,
            }}
            <FileDrop id="open-answer" label=Cl::OpenAnswerLabel hint=T::DropHint on_files=open_answer />
            <p role="status" id="answer-received">{move || match outcome.get() {
                Some(Ok(project)) => format!("{} {project}", Cl::AnswerReceived.get(lang.get())),
                _ => String::new(),
            }}</p>
        </section>
        {answers}
        <Show when=move || cl.save_error.with(Option::is_some)>
            <div class="error-summary" role="alert" id="record-not-kept">{text(lang, Cl::RecordNotKept)}</div>
        </Show>
    }
}

/// An answer received, as the ministry reads it: both fingerprints, each question with its answer,
/// the answer's check against the request and the application's changes field by field (a change
/// outside the asked parts marked at its row).
fn answer_view(lang: Lang, sent: Sent) -> impl IntoView {
    let received = sent.answer()?.clone();
    let request = files_of::read_request(files_of::to_json(&sent.request).as_bytes(), lang).ok()?;
    let answer = files_of::read_answer(files_of::to_json(&received.file).as_bytes(), lang).ok()?;
    let findings: Vec<Finding> = check_answer(&request, &answer);
    let (before, after) = (request.draft.clone(), answer.draft.clone());
    let id = format!(
        "answer-{}",
        &sent.request.fingerprint[..12.min(sent.request.fingerprint.len())]
    );
    let questions = sent
        .request
        .request
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = received.file.answers.get(&q.id).cloned().unwrap_or_default();
            view! {
                <dt>{format!("{} {}: ", Cl::QuestionNumber.get(lang), i + 1)}{q.text.clone()}</dt>
                <dd>{a}</dd>
            }
        })
        .collect_view();
    let said = findings
        .iter()
        .filter(|f| {
            !matches!(
                f.problem,
                crate::domain::exchange::clarification::Problem::OutsideParts { .. }
            )
        })
        .map(|f| view! { <li>{message_line(lang, f.severity, finding(lang, f, &after.applicants), None::<()>)}</li> })
        .collect_view();
    let changes_id = format!("{id}-changes");
    let table = view! {
        <h3 id=changes_id.clone()>{Cl::ChangesTitle.get(lang)}</h3>
        {answer_changes(lang, &before, &after, &findings, changes_id)}
    };
    let (title_id, labelled_by) = (format!("{id}-title"), format!("{id}-title"));
    Some(view! {
        <section class="clarification-answer" id=id aria-labelledby=labelled_by>
            <h2 id=title_id>{format!("{}: {}", Cl::AnswerTitle.get(lang), sent.request.project)}</h2>
            <dl class="facts">
                <dt>{Cl::Original.get(lang)}</dt><dd><code class="original">{sent.request.fingerprint.clone()}</code></dd>
                <dt>{Cl::Clarified.get(lang)}</dt><dd><code class="clarified">{received.clarified.clone()}</code></dd>
                <dt>{Cl::AnsweredAt.get(lang)}</dt><dd>{files::local_date_time(lang, &received.file.answered_at)}</dd>
            </dl>
            <h3>{Cl::Questions.get(lang)}</h3>
            <dl class="answers">{questions}</dl>
            <h3>{Cl::Findings.get(lang)}</h3>
            {if findings.is_empty() {
                view! { <p class="ok">{Cl::NoFindings.get(lang)}</p> }.into_any()
            } else {
                view! { <ul class="findings">{said}</ul> }.into_any()
            }}
            {table}
            <p><A href=format!("/reviewer/{}", received.clarified)>{Cl::OpenClarified.get(lang)}</A></p>
        </section>
    })
}
