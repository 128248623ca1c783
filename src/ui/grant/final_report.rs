//! The final report (`/grant/<id>/final`, loppuraportti, docs/rules.md §11.6): the four texts
//! decision 004 asks for (impact, changed ways of working, usability in other municipalities, the
//! work done and its results), each indicator's final value (baseline and target from the
//! application), the auditor's statement attached as a PDF (`grant::statement::attach`: above the
//! call's limit it is refused before it is read, the limit stated; its name, size and SHA-256
//! shown), the realised VAT-free total, and the `hakemus-final-report` file.

use crate::domain::formats::grant_reports::{final_report, final_report_file_name, to_json};
use crate::domain::grant::finding::{FinalField, Finding, Place, Rule};
use crate::domain::grant::model::{RawFinalReport, RawGrant};
use crate::domain::grant::statement::{attach, too_large};
use crate::i18n::grant_reporting::Gt;
use crate::i18n::grant_reports::{label, Label};
use crate::i18n::grant_rules;
use crate::ui::checked::{Checked, CheckedField, Messages};
use crate::ui::form::text;
use crate::ui::grant::reporting::{figure_list, save_file, sent_said, start_page, BackToProject, FindingSummary};
use crate::ui::grant::reports::IndicatorTable;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn is_final(p: &Place) -> bool {
    matches!(p, Place::Final(_))
}

/// Why the statement chosen was not attached: a rule (too large, not a PDF), or the browser could
/// not read the file.
#[derive(Clone)]
enum Refused {
    Rule(crate::domain::grant::finding::Message),
    Unread(crate::domain::formats::reader::ImportError),
}

/// The statement's field id (`Place::Final(AuditorStatement).dom_id()`).
const STATEMENT_ID: &str = "final-auditor-statement";

#[component]
pub fn FinalReportPage() -> impl IntoView {
    let (open, lang, checks, id) = start_page(Gt::FinalTitle);
    let grant = open.grant;
    let initial = grant.with_untracked(|g| g.final_report.clone());
    let setter = move |set: fn(&mut RawFinalReport, String)| {
        Callback::new(move |v: String| open.edit(|g: &mut RawGrant| set(&mut g.final_report, v)))
    };
    let refused = RwSignal::new(None::<Refused>);
    let status = RwSignal::new(String::new());
    let limit = move || checks.review.with(|r| r.phase.max_statement_bytes);
    let choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let phase = checks.review.with_untracked(|r| r.phase);
        if let Err(m) = too_large(file.size() as u64, phase) {
            refused.set(Some(Refused::Rule(m)));
            return;
        }
        let reading = match crate::ui::files::start_reading_capped(&file, phase.max_statement_bytes as usize) {
            Ok(reading) => reading,
            Err(e) => {
                refused.set(Some(Refused::Unread(e)));
                return;
            }
        };
        let (name, media_type) = (file.name(), file.type_());
        leptos::task::spawn_local(async move {
            let bytes = match reading.await {
                Ok(bytes) => bytes,
                // The browser could not read it (removed or changed since it was chosen): said,
                // not passed over in silence.
                Err(e) => {
                    refused.try_set(Some(Refused::Unread(e)));
                    return;
                }
            };
            match attach(&name, &media_type, &bytes, phase) {
                Ok(a) => {
                    refused.try_set(None);
                    open.edit(|g| g.final_report.auditor_statement = Some(a));
                }
                Err(m) => {
                    refused.try_set(Some(Refused::Rule(m)));
                }
            }
        });
    };
    let refusal = move || {
        refused.get().map(|r| {
            let l = lang.get();
            let why = match r {
                Refused::Rule(m) => {
                    let f = Finding::error(Rule::FinalReportContent, Place::Final(FinalField::AuditorStatement), m);
                    grant_rules::message(l, &f)
                }
                Refused::Unread(e) => crate::i18n::import_error(l, &e),
            };
            view! { <p id="final-statement-refused" class="field-error" role="alert">{Gt::StatementRefused.get(l)} " " {why}</p> }
        })
    };
    let attached = move || {
        grant.with(|g| {
            g.final_report.auditor_statement.as_ref().map(|a| {
                let l = lang.get();
                view! {
                    <dl class="statement" id="final-statement">
                        <div><dt>{Gt::StatementName.get(l)}</dt><dd id="final-statement-name">{a.name.clone()}</dd></div>
                        <div><dt>{Gt::StatementSize.get(l)}</dt><dd id="final-statement-size">{crate::i18n::bytes(l, a.size)} " (" {crate::i18n::integer(l, a.size)} " B)"</dd></div>
                        <div><dt>"SHA-256"</dt><dd id="final-statement-sha256" class="hash">{a.sha256.clone()}</dd></div>
                    </dl>
                }
            })
        })
    };
    let total = move || {
        let l = lang.get();
        checks.review.with(|r| {
            figure_list(
                l,
                vec![
                    (
                        "final-total-net",
                        label(l, Label::RealisedNet).to_string(),
                        r.ledger.totals.all.net,
                    ),
                    (
                        "final-total-vat",
                        label(l, Label::Vat).to_string(),
                        r.ledger.totals.all.vat,
                    ),
                    (
                        "final-total-eligible",
                        label(l, Label::Eligible).to_string(),
                        r.ledger.totals.eligible(),
                    ),
                ],
            )
        })
    };
    let save = move |_| {
        save_file(
            open,
            checks,
            status,
            lang.get_untracked(),
            is_final,
            |g, at| {
                let f = final_report(g, at);
                Some((final_report_file_name(&f), to_json(&f)))
            },
            |g, at| g.final_report.sent_at = at,
        )
    };
    let sent = move || grant.with(|g| sent_said(lang.get(), Some(&g.final_report.sent_at)));
    let values = initial.indicators.clone();
    let indicator_set = Callback::new(move |(i, v): (u64, String)| {
        open.edit(|g| {
            g.final_report.indicators.insert(i, v);
        })
    });
    view! {
        <BackToProject id=id.clone() />
        <h1>{text(lang, Gt::FinalTitle)}</h1>
        <p class="lead">{text(lang, Gt::FinalIntro)}</p>
        <FindingSummary checks on=is_final />
        <CheckedField id="final-impact" label=Gt::Impact value=initial.impact.clone() rows=5 checks set=setter(|r, v| r.impact = v) />
        <CheckedField id="final-ways-of-working" label=Gt::WaysOfWorking value=initial.ways_of_working.clone() rows=5 checks set=setter(|r, v| r.ways_of_working = v) />
        <CheckedField id="final-usability" label=Gt::Usability value=initial.usability.clone() rows=5 checks set=setter(|r, v| r.usability = v) />
        <CheckedField id="final-work-and-results" label=Gt::WorkAndResults value=initial.work_and_results.clone() rows=5 checks set=setter(|r, v| r.work_and_results = v) />
        <IndicatorTable prefix="final".to_string() values now=Gt::FinalValue checks set=indicator_set />
        <div class="field">
            <label for=STATEMENT_ID>{text(lang, Gt::Statement)}</label>
            <p class="hint" id="final-statement-hint">{text(lang, Gt::StatementLimit)} " " {move || crate::i18n::bytes(lang.get(), limit())}</p>
            {refusal}
            <Messages id=STATEMENT_ID.to_string() shown=checks.shown(STATEMENT_ID.to_string()) />
            <input type="file" id=STATEMENT_ID accept="application/pdf,.pdf"
                aria-describedby=format!("final-statement-hint final-statement-refused {STATEMENT_ID}-messages") on:change=choose />
            {attached}
        </div>
        <section aria-labelledby="final-total-title">
            <h2 id="final-total-title">{move || label(lang.get(), Label::RealisedNet)}</h2>
            {total}
        </section>
        <p id="final-sent">{sent}</p>
        <button type="button" class="button" id="final-save" on:click=save>{text(lang, Gt::SaveFinal)}</button>
        <p role="status" id="final-status">{move || status.get()}</p>
    }
}
