//! The ministry's completion requests (`/grant/<id>/completion`, täydennyspyyntö, docs/rules.md
//! §12.4.1): the lead opens the ministry's `hakemus-completion-request` file (refused with the
//! reason where it is about another project: `exchange::completion::take`), and it is kept with the
//! project. For each request the page shows what was asked — the report it is about, when it was
//! asked and by when to answer, the free questions and the accounts' entries asked about, each as
//! the report said it and as the accounts say it now — and a field for the answer to each question,
//! kept as typed. The answer's findings (`exchange::completion::check`) show at their place once it
//! is left or the save is pressed, and in the request's summary; saving downloads the
//! `hakemus-completion` file with the completed report made from the accounts as they are then
//! (`exchange::completion::answer_of`), which may be saved again after a later correction.

use crate::domain::draft::LineId;
use crate::domain::exchange::completion::{answer_of, check, request_of, take, Finding, Taken};
use crate::domain::formats::completion::{self as files, read_request, AskedEntry};
use crate::domain::formats::grant_reports::ReportKind;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::i18n::grant_completion::{self as words, Gq};
use crate::i18n::{self, T};
use crate::ui::checked::{Checked, CheckedField, CheckedSummary, Listed, Message, Messages, Placed};
use crate::ui::dom::focus_after_render;
use crate::ui::files::{self as browser, local_date, FileDrop};
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::overview::{project_name, shown_date};
use crate::ui::grant::reporting::{today, BackToProject};
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

const FILE_INPUT: &str = "completion-file";
const FILE_RESULT: &str = "completion-file-result";

impl Message for Finding {
    fn severity(&self) -> Severity {
        self.severity
    }

    fn sentence(&self, lang: Lang) -> String {
        words::message(lang, self, |d| i18n::date(lang, d))
    }
}

/// The element of the request kept as `row` that a finding's path names: `answers.3` →
/// `completion-7-answer-3`, `deadline` → `completion-7-deadline`, `report` → `completion-7-report`.
fn dom_id(row: LineId, path: &str) -> String {
    match path.strip_prefix("answers.") {
        Some(q) => format!("completion-{row}-answer-{q}"),
        None => format!("completion-{row}-{path}"),
    }
}

#[component]
pub fn CompletionPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    set_title(
        move |l| format!("{} \u{2013} {}", Gq::Title.get(l), grant.with(|g| project_name(l, g))),
        || false,
    );
    let id = grant.with_untracked(|g| g.id.clone());
    let rows = Memo::new(move |_| grant.with(|g| g.completions.iter().map(|c| c.id).collect::<Vec<_>>()));
    let said = RwSignal::new(None::<(bool, String)>);
    let on_files = Callback::new(move |list: web_sys::FileList| {
        let Some(file) = list.get(0) else { return };
        let l = lang.get_untracked();
        leptos::task::spawn_local(async move {
            let read = browser::read_file(&file)
                .await
                .and_then(|bytes| read_request(&bytes).map(|r| (bytes, r.file)));
            let outcome = match read {
                Err(e) => (false, format!("{} {}", Gq::NotOpened.get(l), i18n::import_error(l, &e))),
                Ok((bytes, file)) => {
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    let mut taken = None;
                    open.edit(|g| taken = Some(take(g, &text, &file)));
                    match taken {
                        None => return,
                        Some(Err(r)) => (false, format!("{} {}", Gq::NotOpened.get(l), words::refusal(l, &r))),
                        Some(Ok(Taken::Again(_))) => (true, Gq::OpenedAgain.get(l).to_string()),
                        Some(Ok(Taken::New(_))) => (true, Gq::Opened.get(l).to_string()),
                    }
                }
            };
            said.try_set(Some(outcome));
            focus_after_render(FILE_RESULT.into());
        });
    });
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gq::Title)}</h1>
        <p class="lead">{text(lang, Gq::Intro)}</p>
        <FileDrop id=FILE_INPUT label=Gq::File hint=T::DropHint described_by=format!("{FILE_INPUT}-msg") on_files />
        <div id=format!("{FILE_INPUT}-msg") role="status">
            {move || said.get().map(|(good, s)| {
                let class = if good { "banner good" } else { "error-summary" };
                view! { <p class=class id=FILE_RESULT tabindex="-1">{s}</p> }
            })}
        </div>
        <Show when=move || rows.with(Vec::is_empty)>
            <p id="no-completions">{text(lang, Gq::NoRequests)}</p>
        </Show>
        <For each=move || rows.get() key=|row| *row let:row>
            <Request row project=id.clone() />
        </For>
    }
}

/// One request kept: what it asks, the answers, the completed report and the save.
#[component]
fn Request(row: LineId, project: String) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    // The request as the ministry asked it: the kept file never changes, so it is read once.
    let request = grant.with_untracked(|g| g.completions.iter().find(|c| c.id == row).and_then(request_of));
    let Some(file) = request else {
        return view! {
            <section class="completion" id=format!("completion-{row}")>
                <h2>{text(lang, Gq::Request)}</h2>
                <p class="error-summary">{text(lang, Gq::Unreadable)}</p>
            </section>
        }
        .into_any();
    };
    let day = today();
    let asked = file.request.clone();
    let findings = Memo::new({
        let asked = asked.clone();
        move |_| {
            grant.with(|g| {
                let answers = g.completions.iter().find(|c| c.id == row).map(|c| &c.answers);
                check(g, &asked, answers.unwrap_or(&Default::default()), day)
                    .into_iter()
                    .map(|finding| Placed {
                        id: dom_id(row, &finding.path),
                        finding,
                    })
                    .collect::<Vec<_>>()
            })
        }
    });
    let shown = Listed::new(findings);
    let id = move |tail: &str| format!("completion-{row}-{tail}");
    let answer = move |q: u64| {
        grant.with_untracked(|g| {
            (g.completions.iter().find(|c| c.id == row))
                .and_then(|c| c.answers.get(&q).cloned())
                .unwrap_or_default()
        })
    };
    let set = move |q: u64| {
        Callback::new(move |v: String| {
            open.edit(|g| {
                if let Some(c) = g.completions.iter_mut().find(|c| c.id == row) {
                    c.answers.insert(q, v);
                }
            })
        })
    };
    let status = RwSignal::new(String::new());
    let save = move |_| {
        shown.reveal.all.set(true);
        let l = lang.get_untracked();
        if findings.with_untracked(|f| f.iter().any(|p| p.finding.is_error())) {
            focus_after_render(format!("completion-{row}-summary"));
            return;
        }
        let at = browser::now_rfc3339();
        let Some(file) = grant.with_untracked(|g| answer_of(g, row, &at)) else {
            return;
        };
        let name = files::answer_file_name(&file);
        if browser::download(&name, &files::to_json(&file), "application/json").is_ok() {
            open.edit(|g| {
                if let Some(c) = g.completions.iter_mut().find(|c| c.id == row) {
                    c.answered_at = at;
                }
            });
            status.set(format!("{} {name}", Gq::Saved.get(l)));
        } else {
            status.set(Gq::SaveFailed.get(l).to_string());
        }
    };
    let state = move || {
        let l = lang.get();
        let at = grant.with(|g| {
            g.completions
                .iter()
                .find(|c| c.id == row)
                .map(|c| c.answered_at.clone())
        });
        match at.filter(|a| !a.is_empty()) {
            Some(at) => format!("{} {}", Gq::AnswerSaved.get(l), local_date(l, &at)),
            None => Gq::NotAnswered.get(l).to_string(),
        }
    };
    let report = asked.report.clone();
    let about = move || {
        let l = lang.get();
        let detail = match report.kind {
            ReportKind::InterimReport => Some(format!(
                "{}\u{2013}{}",
                shown_date(l, &report.period_start),
                shown_date(l, &report.period_end)
            )),
            ReportKind::PaymentClaim => Some(report.claim_number.to_string()),
            ReportKind::FinalReport => None,
        };
        format!(
            "{}, {} {}",
            words::report_named(l, report.kind, detail),
            Gq::MadeOn.get(l),
            local_date(l, &report.exported_at)
        )
    };
    let report_page = match asked.report.kind {
        ReportKind::InterimReport => (ProjectPage::Reports, crate::i18n::grant_reporting::Gt::ReportsTitle),
        ReportKind::PaymentClaim => (ProjectPage::Claims, crate::i18n::grant_reporting::Gt::ClaimsTitle),
        ReportKind::FinalReport => (ProjectPage::Final, crate::i18n::grant_reporting::Gt::FinalTitle),
    };
    let (asked_at, deadline) = (asked.asked_at.clone(), asked.deadline.clone());
    let questions = (asked.questions.iter())
        .map(|q| {
            view! {
                <CheckedField checks=shown id=id(&format!("answer-{}", q.id)) label=format!("{}. {}", q.id, q.text)
                    rows=4 value=answer(q.id) set=set(q.id) />
            }
        })
        .collect_view();
    let entries = (asked.entries.iter())
        .map(|e| view! { <AskedAbout row entry=e.clone() shown value=answer(e.id) set=set(e.id) /> })
        .collect_view();
    view! {
        <section class="completion" id=format!("completion-{row}") aria-labelledby=id("title")>
            <h2 id=id("title")>{move || format!("{} {}", Gq::Request.get(lang.get()), file.request.id)}</h2>
            <CheckedSummary id=id("summary") title=Gq::SummaryTitle reveal=shown.reveal findings />
            <dl class="figures">
                <div><dt>{text(lang, Gq::About)}</dt><dd id=id("about")>{about}</dd></div>
                <div><dt>{text(lang, Gq::AskedOn)}</dt><dd>{move || local_date(lang.get(), &asked_at)}</dd></div>
                <div><dt>{text(lang, Gq::Deadline)}</dt>
                    <dd id=id("deadline") tabindex="-1">{move || shown_date(lang.get(), &deadline)}
                        <Messages id=id("deadline") shown=shown.shown(id("deadline")) /></dd></div>
                <div><dt>{text(lang, Gq::State)}</dt><dd id=id("state")>{state}</dd></div>
            </dl>
            {(!asked.questions.is_empty()).then(|| view! {
                <h3>{text(lang, Gq::Questions)}</h3>
                {questions}
            })}
            {(!asked.entries.is_empty()).then(|| view! {
                <h3>{text(lang, Gq::Entries)}</h3>
                {entries}
            })}
            <h3 id=id("report") tabindex="-1">{text(lang, Gq::Completed)}</h3>
            <Messages id=id("report") shown=shown.shown(id("report")) />
            <p>{text(lang, Gq::CompletedIntro)}</p>
            <ul class="links">
                <li><A href=ProjectPage::Ledger.path(&project)>{text(lang, crate::i18n::grant::G::LedgerTitle)}</A></li>
                <li><A href=report_page.0.path(&project)>{text(lang, report_page.1)}</A></li>
            </ul>
            <div class="actions">
                <button type="button" class="button" id=id("save") on:click=save>{text(lang, Gq::Save)}</button>
            </div>
            <p id=id("status") role="status">{move || status.get()}</p>
        </section>
    }
    .into_any()
}

/// An entry asked about: as the report said it, as the accounts say it now, and the answer.
#[component]
fn AskedAbout(
    row: LineId,
    entry: AskedEntry,
    shown: Listed<Finding>,
    value: String,
    set: Callback<String>,
) -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let base = format!("completion-{row}-entry-{}", entry.entry);
    let said = {
        let e = entry.clone();
        move || {
            let l = lang.get();
            format!(
                "{}: {}",
                Gq::InReport.get(l),
                entry_line(l, &e.date, &e.voucher, &e.description, &e.net)
            )
        }
    };
    let now = {
        let id = entry.entry;
        move || {
            let l = lang.get();
            // Follows the accounts' changes only (`Open::entries_edited`): a keystroke in an answer
            // does not look the entry up again among a city's thousands.
            open.entries_edited.track();
            grant.with_untracked(|g| match g.entries.iter().find(|x| x.id == id) {
                Some(x) => format!(
                    "{}: {}",
                    Gq::InAccounts.get(l),
                    entry_line(l, &x.date, &x.voucher, &x.description, &x.net)
                ),
                None => Gq::NotInAccounts.get(l).to_string(),
            })
        }
    };
    view! {
        <div class="completion-entry" id=base.clone()>
            <p id=format!("{base}-reported")>{said}</p>
            <p id=format!("{base}-now")>{now}</p>
            <CheckedField checks=shown id=format!("completion-{row}-answer-{}", entry.id)
                label=format!("{}. {}", entry.id, entry.text) rows=4 value set />
        </div>
    }
}

/// "15.1.2022 · tosite 200190 · Konsultointi · 4 812,40 €" (a value as typed where it is none).
fn entry_line(lang: Lang, date: &str, voucher: &str, description: &str, net: &str) -> String {
    let amount = Money::parse_signed(net).map_or_else(|_| net.to_string(), |m| m.format(lang));
    let mut parts = vec![shown_date(lang, date)];
    if !voucher.trim().is_empty() {
        parts.push(format!("{} {voucher}", Gq::Voucher.get(lang)));
    }
    parts.push(description.to_string());
    parts.push(amount);
    parts.join(" \u{b7} ")
}
