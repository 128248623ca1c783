//! A partner's copy of a granted project (`RawGrant::partner_of`): what a partner opens from the
//! lead's request file on the grant's home page (`formats::grant_partner::ReadLedgerRequest::
//! partner_grant`), kept in this browser like a granted project under the request's id (so that the
//! lead's own project, or a later request of the same project, never meets it). It has the project's
//! accounts only: its overview says whose request it answers (lead, project, partner, period) and
//! links the ledger, where the partner types its entries or imports its CSV; "Palauta kirjaukset"
//! downloads the contribution file (`formats::grant_partner::contribution`). The reports, claims,
//! final report, settlement and partners pages are the lead's: a partner's copy neither links nor
//! shows them.

use crate::domain::formats::grant_partner::{contribution, read_request, ReadLedgerRequest};
use crate::domain::formats::partner::{file_name, to_json};
use crate::domain::formats::reader::ImportError;
use crate::domain::grant::model::{LedgerPartnerOf, RawGrant};
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::grant::G;
use crate::i18n::grant_partners::Gp;
use crate::storage::grant as kept;
use crate::ui::files::{self, local_date_time};
use crate::ui::form::text;
use crate::ui::grant::app::ProjectPage;
use crate::ui::grant::overview::shown_date;
use crate::ui::grant::state::Open;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The period asked for, in words: "1.3.2020–30.6.2020" (an open end said so).
pub fn period_text(lang: Lang, start: &str, end: &str) -> String {
    let day = |d: &str| {
        if d.trim().is_empty() {
            Gp::OpenEnded.get(lang).to_string()
        } else {
            shown_date(lang, d)
        }
    };
    format!("{}\u{2013}{}", day(start), day(end))
}

/// The partner's copy a request file makes, under the request's id; `Err` with the reader's reason.
pub fn copy_of_request(bytes: &[u8], lang: Lang) -> Result<RawGrant, ImportError> {
    let read: ReadLedgerRequest = read_request(bytes, lang)?;
    let mut grant = read.partner_grant();
    grant.id = read.file.request_id.clone();
    Ok(grant)
}

/// Keeps the partner's copy (the one kept before, if this request was opened already: what was
/// typed in it stays) and gives its id.
pub async fn keep_copy(grant: RawGrant) -> Result<String, crate::storage::SaveError> {
    let id = grant.id.clone();
    if kept::load(&id).await.is_some() {
        return Ok(id);
    }
    kept::create(grant).await.map(|s| s.grant.id)
}

/// Whose request the copy answers, and the button that returns its entries by file.
#[component]
pub fn PartnerCopyFacts() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let of = move || grant.with(|g| g.partner_of.clone().unwrap_or_default());
    let fact = move |f: fn(Lang, &LedgerPartnerOf) -> String| move || f(lang.get(), &of());
    let returned = RwSignal::new(false);
    let give_back = move |_| {
        let now = files::now_rfc3339();
        let made = grant.with_untracked(|g| contribution(g, &now));
        if let Some(file) = made {
            let name = file_name("kirjauspalautus", &file.partner.name, &files::today());
            returned.set(files::download(&name, &to_json(&file), "application/json").is_ok());
        }
    };
    view! {
        <p class="lead">{text(lang, Gp::PartnerCopyIntro)}</p>
        <dl class="grant-facts" id="partner-copy-facts">
            <dt>{text(lang, G::ColProject)}</dt>
            <dd id="partner-copy-project">{fact(|_, o| o.project_name.clone())}</dd>
            <dt>{text(lang, G::ColLead)}</dt>
            <dd id="partner-copy-lead">{fact(|_, o| o.lead_name.clone())}</dd>
            <dt>{text(lang, Gp::Partner)}</dt>
            <dd id="partner-copy-partner">{fact(|_, o| o.partner_name.clone())}</dd>
            <dt>{text(lang, Gp::RequestedPeriod)}</dt>
            <dd id="partner-copy-period">{fact(|l, o| period_text(l, &o.start, &o.end))}</dd>
            <dt>{text(lang, Gp::RequestedOn)}</dt>
            <dd id="partner-copy-requested">{fact(|l, o| local_date_time(l, &o.requested_at))}</dd>
            <dt>{text(lang, Gp::EntriesCount)}</dt>
            <dd id="partner-copy-count">{move || open.entry_ids.with(Vec::len)}</dd>
        </dl>
        <p class="actions">
            <button type="button" id="return-entries" class="button" on:click=give_back>{text(lang, Gp::ReturnEntries)}</button>
        </p>
        <div role="status" id="return-status">
            <Show when=move || returned.get()>
                <p class="banner good">{text(lang, Gp::Returned)}</p>
            </Show>
        </div>
    }
}

/// A partner's copy's overview (`/grant/<id>`, and any page of the lead's that it does not have).
#[component]
pub fn PartnerOverviewPage() -> impl IntoView {
    let open = expect_context::<Open>();
    let lang = use_lang();
    let grant = open.grant;
    let title = move |l: Lang| {
        let name = grant.with(|g| {
            g.partner_of
                .as_ref()
                .map(|o| o.project_name.clone())
                .unwrap_or_default()
        });
        format!("{} \u{2013} {name}", Gp::PartnerCopy.get(l))
    };
    set_title(title, || false);
    let id = grant.with_untracked(|g| g.id.clone());
    view! {
        <h1 id="project-name">{move || title(lang.get())}</h1>
        <PartnerCopyFacts />
        <nav aria-labelledby="pages-title" class="grant-pages">
            <h2 id="pages-title">{text(lang, crate::i18n::grant_reporting::Gt::PagesTitle)}</h2>
            <ul>
                <li><A href=ProjectPage::Ledger.path(&id) attr:id="ledger-link">{text(lang, G::LedgerTitle)}</A></li>
            </ul>
        </nav>
    }
}
