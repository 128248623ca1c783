//! The follow-up's home page (`/follow-up`, "Avustusten seuranta"): the decision file (its grants to
//! follow) and the grantees' report files opened, several at once — each taken
//! (`RawFollowUp::take`) or refused with its reason next to the input and in the error summary, the
//! same file twice refused —; the grants followed as a table (granted, claimed, paid, still
//! available, reports received of the periods, what is late on the browser's today, from
//! `reviewer::follow_up::grant_status`; each project's name a link to its page, `grant`); the
//! programme's totals against the appropriation (`programme_totals`); the `hakemus-follow-up` file
//! saved and opened; and links to the payment list and the change requests.

use crate::domain::formats::completion::AnswerError;
use crate::domain::formats::follow_up::{
    self as fu, CompletionRefusal, OpenedReports, RawFollowUp, ReceiveRefusal, TakeRefusal, Taken,
};
use crate::domain::formats::reader::ImportError;
use crate::domain::reviewer::follow_up::{appropriation, grant_status, programme_totals, GrantStatus, ReportState};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::follow_up::Fu;
use crate::i18n::follow_up_pages::{self as words, Fp};
use crate::i18n::{self, T};
use crate::ui::dom::{focus_after_render, focus_now};
use crate::ui::field::message_line;
use crate::ui::files::{download, now_rfc3339, read_file, FileDrop};
use crate::ui::follow_up::app::{CHANGES, PAYMENTS};
use crate::ui::follow_up::grant;
use crate::ui::follow_up::state::{open_all, today, FollowUp, Saving};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The ids of the two file inputs (the error summary's links move focus to them).
pub const FILES_INPUT: &str = "follow-up-files";
pub const FILE_INPUT: &str = "follow-up-file";
/// The error summary's id (the page's one).
const SUMMARY_ID: &str = "error-summary";

/// A file chosen and what became of it: taken (the sentence) or refused (the reason).
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    name: String,
    taken: bool,
    said: String,
}

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    set_title(move |l| Fp::FollowUpTitle.get(l).to_string(), || false);
    let f = expect_context::<FollowUp>();
    // What the last files chosen became, by input; the refusals are the error summary's too.
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let file_problem = RwSignal::new(None::<String>);
    let problems = Memo::new(move |_| {
        let mut p: Vec<(&'static str, String)> = outcomes.with(|o| {
            o.iter()
                .filter(|o| !o.taken)
                .map(|o| (FILES_INPUT, format!("{}: {}", o.name, o.said)))
                .collect()
        });
        p.extend(file_problem.get().map(|m| (FILE_INPUT, m)));
        p
    });
    view! {
        <h1>{text(lang, Fp::FollowUpTitle)}</h1>
        <p class="lead">{text(lang, Fp::FollowUpIntro)}</p>
        <SaveStatus f />
        <nav aria-labelledby="pages-title" class="follow-up-pages">
            <h2 id="pages-title" class="visually-hidden">{text(lang, Fp::PagesTitle)}</h2>
            <ul>
                <li><A href=PAYMENTS attr:id="payments-link">{text(lang, Fp::PaymentsTitle)}</A></li>
                <li><A href=CHANGES attr:id="changes-link">{text(lang, Fp::ChangesTitle)}</A></li>
            </ul>
        </nav>
        <Show when=move || !problems.with(Vec::is_empty)>
            <div id=SUMMARY_ID class="error-summary" tabindex="-1" role="alert">
                <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                <ul>
                    {move || {
                        problems
                            .get()
                            .into_iter()
                            .map(|(input, message)| {
                                view! {
                                    <li>
                                        <a href=format!("#{input}") on:click=move |ev| { ev.prevent_default(); focus_now(input); }>
                                            {message}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <OpenFiles f outcomes />
        <GrantsTable f />
        <Totals f />
        <FollowUpFile f problem=file_problem />
    }
}

/// Where saving stands (a status message: read out when it changes).
#[component]
fn SaveStatus(f: FollowUp) -> impl IntoView {
    let lang = use_lang();
    let said = move || {
        let l = lang.get();
        match f.saving.get() {
            Saving::Nothing => Fp::NotSavedYet.get(l).to_string(),
            Saving::Saved(at) => format!("{} {}", Fp::Saved.get(l), crate::ui::files::local_date_time_ms(l, at)),
            Saving::Pending => T::Saving.get(l).to_string(),
            Saving::Failed(crate::storage::SaveError::Conflict) => Fp::SaveConflict.get(l).to_string(),
            Saving::Failed(_) => Fp::SaveFailed.get(l).to_string(),
            Saving::Unreadable => Fp::StoredUnreadable.get(l).to_string(),
        }
    };
    let failed = move || matches!(f.saving.get(), Saving::Failed(_) | Saving::Unreadable);
    view! { <p id="save-status" class="save-status" class:error=failed role="status">{said}</p> }
}

/// Every file of a list, read, with its name. Taken from the list at once: the input is emptied
/// after its change event, and its list with it.
fn all_bytes(
    files: web_sys::FileList,
) -> impl std::future::Future<Output = Vec<(String, Result<Vec<u8>, ImportError>)>> {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    async move {
        let mut out = Vec::with_capacity(files.len());
        for file in files {
            let bytes = read_file(&file).await;
            out.push((file.name(), bytes));
        }
        out
    }
}

/// What a refusal says.
fn refusal(lang: Lang, r: &TakeRefusal) -> String {
    match r {
        TakeRefusal::NotAFile => Fp::NotAFile.get(lang).to_string(),
        TakeRefusal::Decision(e) => i18n::import_error(lang, e),
        TakeRefusal::DecisionKnown => Fp::DecisionKnown.get(lang).to_string(),
        TakeRefusal::Report(ReceiveRefusal::AlreadyReceived { .. }) => Fp::AlreadyReceived.get(lang).to_string(),
        TakeRefusal::Report(ReceiveRefusal::Report(e)) => i18n::grant_reports::report_error(lang, e),
        TakeRefusal::Completion(c) => match c {
            CompletionRefusal::Answer(AnswerError::Read(e)) => i18n::import_error(lang, e),
            CompletionRefusal::Answer(AnswerError::Report(e)) => i18n::grant_reports::report_error(lang, e),
            CompletionRefusal::UnknownRequest => Fp::CompletionUnknownRequest.get(lang).to_string(),
            CompletionRefusal::NotAsSent => Fp::CompletionNotAsSent.get(lang).to_string(),
            CompletionRefusal::AlreadyReceived => Fp::AlreadyReceived.get(lang).to_string(),
        },
    }
}

/// The decision and report files, several at once; each outcome next to the input.
#[component]
fn OpenFiles(f: FollowUp, outcomes: RwSignal<Vec<Outcome>>) -> impl IntoView {
    let lang = use_lang();
    let on_files = Callback::new(move |files: web_sys::FileList| {
        let reading = all_bytes(files);
        leptos::task::spawn_local(async move {
            let read = reading.await;
            let l = lang.get_untracked();
            let received_on = crate::ui::files::today();
            let mut said = Vec::with_capacity(read.len());
            for (name, bytes) in read {
                let outcome = match bytes {
                    Err(e) => Err(i18n::import_error(l, &e)),
                    Ok(_) if !f.storable() => Err(Fp::SaveFailedFiles.get(l).to_string()),
                    Ok(bytes) => {
                        // Tried on a copy first: a refusal changes nothing, and only a file taken
                        // is a change to save.
                        let mut trial = f.record.get_untracked();
                        match trial.take(&bytes, &received_on, l) {
                            Ok(taken) => {
                                let sentence = match &taken {
                                    Taken::Decision { added } => words::decision_added(l, *added),
                                    Taken::Report(r) | Taken::Completion(r) => {
                                        let g = &trial.grants[r.grant];
                                        let kind = g.received.iter().find(|x| x.id == r.id).map(|x| x.kind);
                                        let kind = kind.map_or("", |k| words::kind(l, k));
                                        if matches!(taken, Taken::Completion(_)) {
                                            words::completion_received(l, kind, &g.project_name)
                                        } else {
                                            words::report_received(l, kind, &g.project_name, r.new_grant)
                                        }
                                    }
                                };
                                f.edit(l, move |record| *record = trial);
                                Ok(sentence)
                            }
                            Err(r) => Err(refusal(l, &r)),
                        }
                    }
                };
                said.push(match outcome {
                    Ok(s) => Outcome {
                        name,
                        taken: true,
                        said: s,
                    },
                    Err(s) => Outcome {
                        name,
                        taken: false,
                        said: s,
                    },
                });
            }
            let refused = said.iter().any(|o| !o.taken);
            outcomes.try_set(said);
            if refused {
                focus_after_render(SUMMARY_ID.into());
            }
        });
    });
    let shown = move || {
        let l = lang.get();
        outcomes
            .get()
            .into_iter()
            .map(|o| {
                if o.taken {
                    view! { <li class="ok">{format!("{}: {}", o.name, o.said)}</li> }.into_any()
                } else {
                    let sentence = format!("{} {} {}", o.name, Fp::FileRefused.get(l), o.said);
                    view! { <li>{message_line(l, Severity::Error, sentence, None::<()>)}</li> }.into_any()
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="open-title" class="open-files">
            <h2 id="open-title">{text(lang, Fp::OpenTitle)}</h2>
            <p>{text(lang, Fp::OpenIntro)}</p>
            <div class="field">
                <FileDrop id=FILES_INPUT label=Fp::FilesLabel hint=T::DropHint multiple=true described_by=format!("{FILES_INPUT}-outcome") on_files />
                <div id=format!("{FILES_INPUT}-outcome")>
                    <Show when=move || !outcomes.with(Vec::is_empty)>
                        <h3 class="visually-hidden">{text(lang, Fp::FilesOutcome)}</h3>
                        <ul class="file-outcomes" id="file-outcomes">{shown}</ul>
                    </Show>
                </div>
            </div>
        </section>
    }
}

/// Each grant's status on the browser's today, in the grants' order.
fn statuses(record: &RawFollowUp, opened: &[OpenedReports]) -> Vec<GrantStatus> {
    let today = today();
    let none = OpenedReports::new();
    record
        .grants
        .iter()
        .enumerate()
        .map(|(i, g)| grant_status(g, opened.get(i).unwrap_or(&none), today))
        .collect()
}

/// What is late, as the table's cell says it.
fn late(lang: Lang, s: &GrantStatus) -> String {
    let mut late: Vec<String> = s
        .periods
        .iter()
        .enumerate()
        .filter(|(_, p)| p.late)
        .map(|(i, p)| words::late_period(lang, i + 1, &p.due.map(|d| i18n::date(lang, d)).unwrap_or_default()))
        .collect();
    if s.final_late {
        late.push(Fp::FinalReportLate.get(lang).to_string());
    }
    if late.is_empty() {
        Fp::NothingLate.get(lang).to_string()
    } else {
        late.join(", ")
    }
}

/// The grants followed.
#[component]
fn GrantsTable(f: FollowUp) -> impl IntoView {
    let lang = use_lang();
    // Each row with its grant's key, for the link to the grant's page.
    let rows = Memo::new(move |_| {
        f.record.with(|r| {
            f.opened.with(|o| {
                let keys = r.grants.iter().map(|g| grant::key(g).to_string());
                keys.zip(statuses(r, o)).collect::<Vec<_>>()
            })
        })
    });
    let th = move |key: Fp| view! { <th scope="col">{text(lang, key)}</th> };
    let num = move |key: Fp| view! { <th scope="col" class="num">{text(lang, key)}</th> };
    view! {
        <section class="grants-list">
            <h2 id="grants-title">{text(lang, Fp::GrantsTitle)}</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="empty">{text(lang, Fp::NoGrants)}</p> }>
                <div class="table-scroll" role="region" aria-labelledby="grants-title" tabindex="0">
                    <table class="grants" id="grants">
                        <thead>
                            <tr>
                                {th(Fp::ColProject)}
                                {th(Fp::ColLead)}
                                {num(Fp::ColGranted)}
                                {num(Fp::ColClaimed)}
                                {num(Fp::ColPaid)}
                                {num(Fp::ColAvailable)}
                                {num(Fp::ColReports)}
                                {th(Fp::ColLate)}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let l = lang.get();
                                rows.get()
                                    .into_iter()
                                    .map(|(key, s)| {
                                        let name = if s.project_name.trim().is_empty() {
                                            Fp::Untitled.get(l).to_string()
                                        } else {
                                            s.project_name.clone()
                                        };
                                        let received = s.periods.iter().filter(|p| p.state != ReportState::Missing).count();
                                        let granted = s.granted.map(|m| m.format(l)).unwrap_or_default();
                                        view! {
                                            <tr>
                                                <th scope="row"><A href=grant::path(&key)>{name}</A></th>
                                                <td>{s.lead.clone()}</td>
                                                <td class="num">{granted}</td>
                                                <td class="num">{s.claimed.format(l)}</td>
                                                <td class="num">{s.paid.format(l)}</td>
                                                <td class="num">{s.available.format(l)}</td>
                                                <td class="num">{format!("{received} / {}", s.periods.len())}</td>
                                                <td>{late(l, &s)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// The programme's totals against the appropriation, exact to the cent.
#[component]
fn Totals(f: FollowUp) -> impl IntoView {
    let lang = use_lang();
    let totals = Memo::new(move |_| {
        f.record.with(|r| {
            f.opened.with(|o| {
                let call_id = (r.grants.iter())
                    .map(|g| g.granted.call.as_str())
                    .find(|c| !c.is_empty())
                    .unwrap_or(call::DEFAULT_CALL);
                programme_totals(&statuses(r, o), appropriation(call_id))
            })
        })
    });
    let row =
        move |key: Fu, amount: fn(&crate::domain::reviewer::follow_up::ProgrammeTotals) -> Money, id: &'static str| {
            view! {
                <tr>
                    <th scope="row">{move || key.get(lang.get())}</th>
                    <td class="num" id=id>{move || amount(&totals.get()).format(lang.get())}</td>
                </tr>
            }
        };
    view! {
        <section class="programme-totals">
            <h2 id="totals-title">{text(lang, Fp::TotalsTitle)}</h2>
            <p>{text(lang, Fp::TotalsIntro)}</p>
            <table class="totals" aria-labelledby="totals-title">
                <tbody>
                    {row(Fu::Appropriation, |t| t.appropriation, "total-appropriation")}
                    {row(Fu::Granted, |t| t.granted, "total-granted")}
                    {row(Fu::Paid, |t| t.paid, "total-paid")}
                    {row(Fu::Recovered, |t| t.recovered, "total-recovered")}
                    {row(Fu::Committed, |t| t.committed, "total-committed")}
                    {row(Fu::NotGranted, |t| t.not_granted, "total-not-granted")}
                </tbody>
            </table>
        </section>
    }
}

/// The `hakemus-follow-up` file: saved (a backup, or for the approver), and opened in place of this
/// browser's, which can be put back.
#[component]
fn FollowUpFile(f: FollowUp, problem: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let previous = RwSignal::new(None::<RawFollowUp>);
    let said = RwSignal::new(None::<Fp>);
    let save = move |_| {
        let file = f.record.with_untracked(|r| fu::export(r, &now_rfc3339()));
        let _ = download(&fu::file_name(&file), &fu::to_json(&file), "application/json");
    };
    let on_file = Callback::new(move |files: web_sys::FileList| {
        let reading = all_bytes(files);
        leptos::task::spawn_local(async move {
            let Some((name, bytes)) = reading.await.into_iter().next() else {
                return;
            };
            let l = lang.get_untracked();
            let read = bytes
                .map_err(|e| i18n::import_error(l, &e))
                .and_then(|b| fu::read(&b, l).map_err(|e| i18n::follow_up::follow_up_error(l, &e)));
            match read {
                Ok(read) => {
                    previous.try_set(Some(f.record.get_untracked()));
                    f.replace(read.file.follow_up, read.opened);
                    problem.try_set(None);
                    said.try_set(Some(Fp::FileOpened));
                    focus_after_render("put-back".into());
                }
                Err(e) => {
                    problem.try_set(Some(format!("{name}: {} {e}", Fp::FileNotOpened.get(l))));
                    said.try_set(None);
                    focus_after_render(SUMMARY_ID.into());
                }
            }
        });
    });
    let put_back = move |_| {
        if let Some(p) = previous.get_untracked() {
            let opened = open_all(&p, lang.get_untracked());
            f.replace(p, opened);
            previous.set(None);
            said.set(Some(Fp::PutBackDone));
        }
    };
    view! {
        <section aria-labelledby="file-title" class="follow-up-file">
            <h2 id="file-title">{text(lang, Fp::FileTitle)}</h2>
            <p>{text(lang, Fp::FileIntro)}</p>
            <p><button type="button" id="save-follow-up" class="button" on:click=save>{text(lang, Fp::SaveFile)}</button></p>
            <div class="field">
                <FileDrop id=FILE_INPUT label=Fp::OpenFileLabel hint=T::DropHint described_by=format!("{FILE_INPUT}-msg {FILE_INPUT}-hint2") on_files=on_file />
                <p class="hint" id=format!("{FILE_INPUT}-hint2")>{text(lang, Fp::OpenFileHint)}</p>
                <div id=format!("{FILE_INPUT}-msg")>
                    {move || problem.get().map(|m| message_line(lang.get(), Severity::Error, m, None::<()>))}
                </div>
            </div>
            <div role="status">
                {move || said.get().map(|s| view! { <p class="ok" id="file-said">{text(lang, s)}</p> })}
                <Show when=move || previous.with(Option::is_some)>
                    <button type="button" id="put-back" class="button secondary" on:click=put_back>{text(lang, Fp::PutBack)}</button>
                </Show>
            </div>
        </section>
    }
}
