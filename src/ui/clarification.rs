//! The lead's answer to a request for further clarification (`/clarification`, a page of the files
//! app; docs/rules.md §12.1). The drafts page opens the ministry's request file as a new draft, a
//! copy of the application it carries (the original stays in the request), and keeps the request
//! beside it (`storage::clarification`). This page shows what was asked: each question with its
//! answer field, the parts to revise with links to them in the drafter (page loads), and the
//! revised draft compared with the original field by field, a change outside the asked parts an
//! error at its field (`exchange::clarification`). The answer file is saved once nothing is in
//! error; an error is said at its place and in the error summary, after the field is left or on
//! saving.

use crate::domain::draft::RawDraft;
use crate::domain::exchange::clarification::{outside_parts, unanswered, Finding, Problem};
use crate::domain::exchange::compare::Place;
use crate::domain::formats::clarification::{self as files_of, ReadRequest};
use crate::domain::rules::finding::Severity;
use crate::domain::rules::sections::Section;
use crate::i18n::clarification::{finding, part, Cl};
use crate::i18n::{self, T};
use crate::storage::{self, clarification::Kept, DraftId};
use crate::ui::compare::answer_changes;
use crate::ui::dom::focus_after_render;
use crate::ui::field::{message_line, FieldFrame};
use crate::ui::files;
use crate::ui::form::{text, tr};
use crate::ui::language::use_lang;
use crate::ui::session;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const SUMMARY: &str = "clarification-summary";

/// The request kept beside the tab's draft, read, and the draft as stored now.
#[derive(Clone)]
struct Open {
    id: DraftId,
    text: String,
    request: ReadRequest,
    draft: RawDraft,
}

fn answer_id(question: u64) -> String {
    format!("answer-{question}")
}

/// Where an error is corrected: a question's field on this page, or the field (or the part) in the
/// drafter, a page load.
fn link_of(f: &Finding) -> (String, bool) {
    match &f.problem {
        Problem::Unanswered { question } => (format!("#{}", answer_id(*question)), false),
        Problem::OutsideParts { change, section } => {
            let slug = section.unwrap_or(Section::Project).slug();
            match change.place {
                Place::Field(path) => (format!("/{slug}#{}", path.dom_id()), true),
                _ => (format!("/{slug}"), true),
            }
        }
        _ => (String::new(), false),
    }
}

#[component]
pub fn ClarificationPage() -> impl IntoView {
    let lang = use_lang();
    // `None` while reading; `Some(None)`: the tab's draft has no request.
    let opened: RwSignal<Option<Option<Open>>> = RwSignal::new(None);
    let answers: RwSignal<BTreeMap<u64, String>> = RwSignal::new(BTreeMap::new());
    let left: RwSignal<BTreeSet<u64>> = RwSignal::new(BTreeSet::new());
    let tried = RwSignal::new(false);
    let saved: RwSignal<Option<bool>> = RwSignal::new(None);
    let current = storage::current();
    let load = move || {
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            let found = match current {
                Some(id) => match (storage::clarification::kept(id), storage::load(id).await) {
                    (Some(kept), Some(loaded)) => {
                        files_of::read_request(kept.request.as_bytes(), lang)
                            .ok()
                            .map(|request| {
                                answers.set(kept.answers.clone());
                                Open {
                                    id,
                                    text: kept.request,
                                    request,
                                    draft: loaded.draft,
                                }
                            })
                    }
                    _ => None,
                },
                None => None,
            };
            opened.try_set(Some(found));
        })
    };
    load();
    session::on_other_tabs(move |id, _| {
        if Some(id) == current {
            load();
        }
    });
    let findings = Memo::new(move |_| {
        opened.with(|o| {
            let Some(Some(o)) = o else { return Vec::new() };
            let mut out = answers.with(|a| unanswered(&o.request.file.request, |id| a.get(&id).cloned()));
            out.extend(outside_parts(&o.request.parts, &o.request.draft, &o.draft));
            out
        })
    });
    set_title(
        move |l| Cl::AnswerTitle.get(l).to_string(),
        move || tried.get() && !findings.with(Vec::is_empty),
    );
    let shown_at = move |q: u64| {
        findings.with(|fs| {
            fs.iter()
                .filter(|f| f.problem == Problem::Unanswered { question: q })
                .filter(|_| tried.get() || left.with(|l| l.contains(&q)))
                .map(|f| finding(lang.get(), f, &[]))
                .collect::<Vec<_>>()
        })
    };
    let write = move |id: DraftId, text: String| {
        let kept = Kept {
            request: text,
            answers: answers.get_untracked(),
        };
        let _ = storage::clarification::keep(id, &kept);
    };
    let save = move |_| {
        tried.set(true);
        saved.set(None);
        if !findings.with_untracked(Vec::is_empty) {
            focus_after_render(SUMMARY.into());
            return;
        }
        let Some(Some(o)) = opened.get_untracked() else { return };
        let file = files_of::answer(
            &o.request.file,
            &answers.get_untracked(),
            &o.draft,
            &files::now_rfc3339(),
        );
        let name = files_of::answer_file_name(&file, &o.request.file.project);
        let ok = files::download(&name, &files_of::to_json(&file), "application/json").is_ok();
        saved.set(Some(ok));
        focus_after_render("clarification-saved".into());
    };

    let summary = move || {
        let lang = lang.get();
        let errors = findings.get();
        (tried.get() && !errors.is_empty()).then(|| {
            let items = errors
                .iter()
                .map(|f| {
                    let (href, external) = link_of(f);
                    let said = match &f.problem {
                        Problem::Unanswered { question } => {
                            format!("{} {question}: {}", Cl::QuestionNumber.get(lang), finding(lang, f, &[]))
                        }
                        _ => finding(lang, f, &[]),
                    };
                    let rel = external.then_some("external");
                    view! { <li><a href=href rel=rel>{said}</a></li> }
                })
                .collect_view();
            view! {
                <div id=SUMMARY class="error-summary" tabindex="-1" role="alert">
                    <h2>{T::ErrorSummaryTitle.get(lang)}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    };

    let body = move || {
        let o = opened.get()?;
        let Some(o) = o else {
            return Some(
                view! {
                    <p id="no-request-here">{text(lang, Cl::NoRequestHere)}</p>
                    <p><a href="/drafts">{text(lang, T::DraftsTitle)}</a></p>
                }
                .into_any(),
            );
        };
        let l = lang.get_untracked();
        let asked = &o.request.file.request;
        let deadline = asked.deadline_date().map(|d| i18n::date(l, d)).unwrap_or_default();
        let questions = if asked.questions.is_empty() {
            view! { <p>{text(lang, Cl::NoQuestions)}</p> }.into_any()
        } else {
            asked
                .questions
                .iter()
                .map(|q| {
                    let (qid, id, text_of_request) = (q.id, answer_id(q.id), o.text.clone());
                    let draft_id = o.id;
                    let initial = answers.with_untracked(|a| a.get(&qid).cloned().unwrap_or_default());
                    let label = q.text.clone();
                    let hint = format!("{} {qid}", Cl::QuestionNumber.get(l));
                    let described = format!("{id}-hint {id}-msg");
                    let msg_id = format!("{id}-msg");
                    let invalid = move || (!shown_at(qid).is_empty()).to_string();
                    view! {
                        <FieldFrame id=id.clone() label=Signal::derive(move || label.clone()) hint=Signal::derive(move || hint.clone())>
                            <div id=msg_id class="field-messages">
                                {move || shown_at(qid).into_iter().map(|s| message_line(lang.get(), Severity::Error, s, None::<&str>)).collect_view()}
                            </div>
                            <textarea id=id name=answer_id(qid) rows="6" aria-describedby=described aria-invalid=invalid
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    answers.update(|a| {
                                        a.insert(qid, value);
                                    });
                                    write(draft_id, text_of_request.clone());
                                }
                                on:blur=move |_| left.update(|l| {
                                    l.insert(qid);
                                })
                            >{initial}</textarea>
                        </FieldFrame>
                    }
                })
                .collect_view()
                .into_any()
        };
        let parts = if o.request.parts.is_empty() {
            view! { <p>{text(lang, Cl::NoneAsked)}</p> }.into_any()
        } else {
            let items = o
                .request
                .parts
                .iter()
                .map(|&s| view! { <li><a href=format!("/{}", s.slug()) rel="external">{move || part(lang.get(), s)}</a></li> })
                .collect_view();
            view! { <p>{text(lang, Cl::PartsIntro)}</p><ul id="clarification-parts">{items}</ul> }.into_any()
        };
        let (before, after) = (o.request.draft.clone(), o.draft.clone());
        let changes = move || {
            let errors = findings.get();
            answer_changes(lang.get(), &before, &after, &errors, "clarification-changes".into())
        };
        Some(
            view! {
                <p>{text(lang, Cl::PageIntro)}</p>
                <dl class="facts">
                    <dt>{text(lang, Cl::Project)}</dt><dd>{o.request.file.project.clone()}</dd>
                    <dt>{text(lang, Cl::Deadline)}</dt><dd id="clarification-deadline">{deadline}</dd>
                </dl>
                <h2>{text(lang, Cl::Questions)}</h2>
                {questions}
                <h2>{text(lang, Cl::PartsToRevise)}</h2>
                {parts}
                <h2 id="clarification-changes">{text(lang, Cl::ChangesTitle)}</h2>
                {changes}
                <p><button type="button" class="button" id="save-clarification" on:click=save>{text(lang, Cl::SaveAnswer)}</button></p>
                <p id="clarification-saved" role="status" tabindex="-1">
                    {move || saved.get().map(|ok| if ok { Cl::Saved.get(lang.get()) } else { Cl::NotSaved.get(lang.get()) })}
                </p>
            }
            .into_any(),
        )
    };
    let title = tr(Cl::AnswerTitle);
    view! {
        {summary}
        <h1>{title}</h1>
        {body}
    }
}
