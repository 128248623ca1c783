//! A received report's completion requests on the grant's page (docs/rules.md §12.4.1): where a
//! check's verdict chosen asks for completion (signed off or not yet), a form to write the request
//! — the free questions (one a line), the entries asked about chosen from the report's own entries
//! (each with what is asked), the deadline — checked as the page's fields are (`shown`: a field's
//! message once it is left or the download button is pressed, and the form's own error summary
//! linking to it), and a button that downloads the `hakemus-completion-request` file and records
//! it as sent; then every request sent with its state (sent, answered, late) and the answers
//! received. The answer itself comes in on the home page's file input (`RawFollowUp::take`), its
//! completed report a new received report to be checked again.
//!
//! The request being written is kept in this browser as typed on every change
//! (`storage::completion_draft`, by the grant's key and the report's id), so a reload or leaving
//! the page loses nothing: the form starts from it, and a request downloaded takes it out (the next
//! form starts empty). A stored record this version cannot read is not written over; the form says
//! so, as it says a save that failed.

use crate::domain::draft::LineId;
use crate::domain::formats::completion;
use crate::domain::formats::follow_up::Verdict;
use crate::domain::grant::periods::field_date;
use crate::domain::reviewer::clarification::State;
use crate::domain::reviewer::follow_up::{check_completion_draft, completion_state, CompletionDraft};
use crate::domain::vocabulary::dates::parse_date;
use crate::i18n;
use crate::i18n::follow_up_pages::Fp;
use crate::storage::completion_draft as kept;
use crate::ui::checked::CheckedField;
use crate::ui::dom::focus_after_render;
use crate::ui::follow_up::grant::{shown_date, Here, Summary};
use crate::ui::follow_up::shown::{Placed, Shown};
use crate::ui::follow_up::state::{today, Storing};
use crate::ui::form::text;
use leptos::prelude::*;

/// The element a draft's finding names: `completion.deadline` → `completion-6-deadline`.
fn draft_dom_id(report: LineId, path: &str) -> String {
    let tail = path
        .strip_prefix("completion.")
        .unwrap_or(path)
        .replace("entries.", "entry-");
    format!("completion-{report}-{tail}")
}

/// The report `report`'s completion requests: the form (while a check asks for completion) and the
/// requests sent.
#[component]
pub fn Completion(report: LineId) -> impl IntoView {
    let here = expect_context::<Here>();
    let asks = move || {
        here.with(|g| {
            // The verdict chosen, signed off or not yet: the request is written as the check is.
            (g.received.iter().find(|r| r.id == report))
                .map(|r| [r.content_check.verdict, r.accounts_check.verdict].contains(&Verdict::CompletionRequested))
        })
        .flatten()
        .unwrap_or(false)
    };
    // Each request sent starts a new, empty form (its fields are built anew, not left showing what
    // the last request asked).
    let sent = RwSignal::new(0u32);
    view! {
        <Show when=asks>
            {move || {
                sent.track();
                view! { <RequestForm report sent /> }
            }}
        </Show>
        <SentRequests report />
    }
}

/// The request being written about one report, kept in this browser on every change.
#[derive(Clone, Copy)]
struct Writing {
    draft: RwSignal<CompletionDraft>,
    grant: StoredValue<String>,
    report: LineId,
    storing: RwSignal<Storing>,
}

impl Writing {
    /// The request kept for report `report` of grant `grant`, or an empty one.
    fn start(grant: String, report: LineId) -> Writing {
        let (kept, storing) = Storing::start(kept::load());
        Writing {
            draft: RwSignal::new(kept.of(&grant, report)),
            grant: StoredValue::new(grant),
            report,
            storing: RwSignal::new(storing),
        }
    }

    /// Changes the request and keeps it at once.
    fn edit(self, change: impl FnOnce(&mut CompletionDraft)) {
        self.draft.update(change);
        self.draft.with_untracked(|d| self.keep(d));
    }

    /// The request sent: nothing is kept for the report any more (the next form starts empty).
    fn sent(self) {
        self.keep(&CompletionDraft::default());
    }

    fn keep(self, draft: &CompletionDraft) {
        if self.storing.get_untracked() == Storing::Unreadable {
            return;
        }
        let saved = self.grant.with_value(|g| kept::keep(g, self.report, draft));
        self.storing.set(Storing::after(saved));
    }

    /// What is typed about entry `entry`, as the form starts.
    fn asked_untracked(self, entry: LineId) -> String {
        self.draft.with_untracked(|d| {
            (d.entries.iter())
                .find(|(e, _)| *e == entry)
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        })
    }
}

/// The form that writes a request.
#[component]
fn RequestForm(report: LineId, sent: RwSignal<u32>) -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let writing = Writing::start(here.key(), report);
    let draft = writing.draft;
    let start = draft.get_untracked();
    let day = today();
    let findings = Memo::new(move |_| {
        draft.with(|d| {
            check_completion_draft(d, day)
                .into_iter()
                .map(|finding| Placed {
                    id: draft_dom_id(report, &finding.path),
                    finding,
                })
                .collect::<Vec<_>>()
        })
    });
    let shown = Shown::new(findings);
    provide_context(shown);
    // The report's entries, to choose from (as its file writes them).
    let entries = Memo::new(move |_| {
        here.opened(|o| match o.get(&report) {
            Some(Ok(opened)) => (opened.entries().iter())
                .map(|e| (e.id, entry_label(e.id, &e.date, &e.voucher, &e.description, &e.net)))
                .collect(),
            _ => Vec::new(),
        })
        .unwrap_or_default()
    });
    let chosen = RwSignal::new(String::new());
    let add = move |_| {
        let Ok(entry) = chosen.get_untracked().parse::<LineId>() else {
            return;
        };
        writing.edit(|d| {
            if !d.entries.iter().any(|(e, _)| *e == entry) {
                d.entries.push((entry, String::new()));
            }
        });
        focus_after_render(draft_dom_id(report, &format!("completion.entries.{entry}")));
    };
    let summary_id = format!("completion-{report}-summary");
    let download = {
        let summary_id = summary_id.clone();
        move |_| {
            shown.reveal.all.set(true);
            if findings.with(|f| f.iter().any(|p| p.finding.is_error())) {
                focus_after_render(summary_id.clone());
                return;
            }
            let d = draft.get_untracked();
            let deadline = parse_date(&d.deadline)
                .map(crate::domain::formats::grant::iso)
                .unwrap_or_default();
            let asked_at = crate::ui::files::now_rfc3339();
            let asked = here
                .with_untracked(|g| {
                    let opened = here.f.opened.with_untracked(|o| {
                        here.index
                            .get_untracked()
                            .and_then(|i| o.get(i))
                            .and_then(|o| o.get(&report).cloned())
                    });
                    let Some(Ok(opened)) = opened else {
                        return None;
                    };
                    g.completion_asked(
                        report,
                        &opened,
                        &g.next_completion_id(),
                        &asked_at,
                        &deadline,
                        &d.question_lines(),
                        &d.entries,
                    )
                })
                .flatten();
            let Some(asked) = asked else {
                return;
            };
            let file = completion::request(asked.clone());
            let name = completion::request_file_name(&file);
            if crate::ui::files::download(&name, &completion::to_json(&file), "application/json").is_ok() {
                here.edit(move |g| {
                    g.record_completion(report, asked);
                });
                writing.sent();
                sent.update(|n| *n += 1);
            }
        }
    };
    let entry_rows = move || draft.with(|d| d.entries.iter().map(|(e, _)| *e).collect::<Vec<_>>());
    let id = move |tail: &str| format!("completion-{report}-{tail}");
    let storage_said = move || match writing.storing.get() {
        Storing::Fine => None,
        Storing::Failed => Some(Fp::CompletionSaveFailed),
        Storing::Unreadable => Some(Fp::CompletionStoredUnreadable),
    };
    view! {
        <section class="completion-form" aria-labelledby=id("title")>
            <h4 id=id("title")>{text(lang, Fp::CompletionTitle)}</h4>
            <p>{text(lang, Fp::CompletionIntro)}</p>
            <div role="status">
                {move || storage_said().map(|s| view! { <p class="save-status error" id=id("storage")>{text(lang, s)}</p> })}
            </div>
            <Summary id=summary_id.clone() />
            <CheckedField checks=shown id=id("questions") label=Fp::CompletionQuestions hint=Fp::CompletionQuestionsHint rows=3
                value=start.questions set=Callback::new(move |v: String| writing.edit(|d| d.questions = v)) />
            <div class="field">
                <label for=id("choose")>{text(lang, Fp::CompletionChooseEntry)}</label>
                <select id=id("choose") on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{text(lang, Fp::CompletionNoEntry)}</option>
                    {move || entries.get().into_iter().map(|(e, label)| view! { <option value=e.to_string()>{label}</option> }).collect_view()}
                </select>
                <button type="button" class="button secondary" id=id("add") on:click=add>{text(lang, Fp::CompletionAddEntry)}</button>
            </div>
            <For each=entry_rows key=|e| *e let:entry>
                <EntryQuestion report entry writing labels=entries />
            </For>
            <CheckedField checks=shown id=id("deadline") label=Fp::CompletionDeadline hint=Fp::CompletionDeadlineHint
                value=start.deadline set=Callback::new(move |v: String| writing.edit(|d| d.deadline = v)) />
            <div class="actions">
                <button type="button" class="button" id=id("download") on:click=download>{text(lang, Fp::CompletionDownload)}</button>
            </div>
        </section>
    }
}

/// An entry of the report as the form offers it: "3 · 15.4.2020 · T-15.4.2020 · description · 80000.00".
fn entry_label(id: LineId, date: &str, voucher: &str, description: &str, net: &str) -> String {
    let day = parse_date(date).map_or_else(|| date.to_string(), field_date);
    // The voucher where there is one: the grantee's accounts name the entry by it.
    match voucher.trim() {
        "" => format!("{id} \u{b7} {day} \u{b7} {description} \u{b7} {net}"),
        v => format!("{id} \u{b7} {day} \u{b7} {v} \u{b7} {description} \u{b7} {net}"),
    }
}

/// What is asked about one entry chosen, and a button to take it out.
#[component]
fn EntryQuestion(
    report: LineId,
    entry: LineId,
    writing: Writing,
    labels: Memo<Vec<(LineId, String)>>,
) -> impl IntoView {
    let lang = expect_context::<Here>().lang;
    let set = Callback::new(move |v: String| {
        writing.edit(|d| {
            if let Some((_, t)) = d.entries.iter_mut().find(|(e, _)| *e == entry) {
                *t = v;
            }
        })
    });
    let shown = expect_context::<Shown>();
    let remove = move |_| writing.edit(|d| d.entries.retain(|(e, _)| *e != entry));
    let name = move || labels.with(|l| l.iter().find(|(e, _)| *e == entry).map(|(_, s)| s.clone()));
    view! {
        <div class="completion-entry">
            <p class="entry-named" id=format!("completion-{report}-entry-{entry}-named")>{name}</p>
            <CheckedField checks=shown id=format!("completion-{report}-entry-{entry}") label=Fp::CompletionEntryAsked rows=3
                value=writing.asked_untracked(entry) set />
            <button type="button" class="button secondary" id=format!("completion-{report}-entry-{entry}-remove")
                on:click=remove>{text(lang, Fp::CompletionRemoveEntry)}</button>
        </div>
    }
}

/// The requests sent about the report, each with its state and the answers received.
#[component]
fn SentRequests(report: LineId) -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let day = today();
    let rows = move || {
        let l = lang.get();
        here.with(|g| {
            let Some(r) = g.received.iter().find(|r| r.id == report) else {
                return Vec::new();
            };
            (r.completions.iter())
                .map(|c| {
                    let state = match completion_state(c, day) {
                        State::Sent => Fp::CompletionStateSent.get(l).to_string(),
                        State::Late => Fp::CompletionStateLate.get(l).to_string(),
                        State::Answered { on } => {
                            format!("{} {}", Fp::CompletionStateAnswered.get(l), i18n::date(l, on))
                        }
                        State::AnsweredLate { on } => {
                            format!("{} {}", Fp::CompletionStateAnsweredLate.get(l), i18n::date(l, on))
                        }
                    };
                    let answer = c.answer();
                    let asked = (c.asked.questions.iter().map(|q| (q.id, q.text.clone())))
                        .chain(c.asked.entries.iter().map(|e| {
                            (
                                e.id,
                                format!(
                                    "{} ({})",
                                    e.text,
                                    entry_label(e.entry, &e.date, &e.voucher, &e.description, &e.net)
                                ),
                            )
                        }))
                        .map(|(qid, question)| {
                            let said = answer
                                .and_then(|a| a.answers.get(&qid))
                                .filter(|a| !a.trim().is_empty())
                                .cloned()
                                .unwrap_or_else(|| Fp::CompletionNoAnswer.get(l).to_string());
                            view! {
                                <div><dt>{format!("{qid}. {question}")}</dt>
                                <dd id=format!("completion-{report}-{}-answer-{qid}", c.asked.id)>{said}</dd></div>
                            }
                        })
                        .collect_view();
                    let completed = answer
                        .and_then(|a| g.received.iter().find(|x| x.id == a.report))
                        .map(|x| {
                            format!(
                                "{} {}",
                                Fp::CompletionCompletedReport.get(l),
                                shown_date(l, &x.received_on)
                            )
                        });
                    let rid = format!("completion-{report}-{}", c.asked.id);
                    view! {
                        <li id=rid.clone()>
                            <p>
                                {format!("{} {} \u{b7} {} {}", Fp::CompletionRequestNo.get(l), c.asked.id,
                                    Fp::CompletionDeadline.get(l), shown_date(l, &c.asked.deadline))}
                                " \u{b7} " <span id=format!("{rid}-state")>{state}</span>
                            </p>
                            <dl class="completion-answers">{asked}</dl>
                            {completed.map(|s| view! { <p id=format!("{rid}-completed")>{s}</p> })}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let any = move || {
        here.with(|g| g.received.iter().any(|r| r.id == report && !r.completions.is_empty()))
            .unwrap_or(false)
    };
    view! {
        <Show when=any>
            <h4 id=format!("completion-{report}-sent-title")>{text(lang, Fp::CompletionSentTitle)}</h4>
            <ul class="completion-sent" id=format!("completion-{report}-sent")>{rows}</ul>
        </Show>
    }
}
