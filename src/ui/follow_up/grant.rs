//! One grant's follow-up (`/follow-up/grant/<key>`, docs/rules.md §12.3–§12.6): the grant (project,
//! lead and business ID, the decision's reference and date) and its figures from
//! `reviewer::follow_up::grant_status` on the browser's today (granted, claimed, paid, still
//! available); the reports by period with their state, due date and what is late; each report
//! received with its two checks (`checks`); the payments and the settlement decision's fields
//! (`payments`), with a link to the decision to print (`settlement`). Every edit goes through
//! `FollowUp::edit`, so it is saved; figures and findings follow every keystroke, a field's message
//! is shown once it is left or the page's check button is pressed (`shown`).
//!
//! **The key.** A grant is named in the path by the project id its grantee's files carry, or while
//! no file has named the project by the application's fingerprint from the decision (as
//! `formats::follow_up` names it, [`key`]). A project id is any text the grantee's app wrote, so the
//! path writes the key url-safe: every byte outside `A–Z a–z 0–9 - . _ ~` as `%XX` ([`path`]), read
//! back by [`page_of`]; a fingerprint and Kiuruvesi's `kiuruvesi` are written as they are.

use crate::domain::formats::follow_up::{OpenedReports, RawGrantFollowUp};
use crate::domain::reviewer::follow_up::{grant_status, GrantStatus};
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::follow_up::{self as fu_words, Fu};
use crate::i18n::follow_up_pages::Fp;
use crate::i18n::{self, T};
use crate::ui::checked::Checked;
use crate::ui::dom::{focus_after_render, focus_now};
use crate::ui::follow_up::app::{Page, HOME};
use crate::ui::follow_up::checks::ReceivedReports;
use crate::ui::follow_up::grant_payments::{Payments, SettlementFields};
use crate::ui::follow_up::shown::{dom_id, sentence, Placed, Shown};
use crate::ui::follow_up::state::{today, FollowUp};
use crate::ui::form::text;
use crate::ui::language::use_lang;
use crate::ui::summary::set_title;
use leptos::prelude::*;
use leptos_router::components::A;

/// The grant's name in the path: its project id, or its fingerprint while no file named the project.
pub fn key(g: &RawGrantFollowUp) -> &str {
    if g.project_id.is_empty() {
        &g.fingerprint
    } else {
        &g.project_id
    }
}

/// A key written url-safe.
fn encode(key: &str) -> String {
    key.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A key read back from the path (`None`: not one [`encode`] writes).
fn decode(part: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(part.len());
    let mut rest = part.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok().filter(|k| !k.is_empty())
}

/// The path of the grant `key`'s page.
pub fn path(key: &str) -> String {
    format!("{HOME}/grant/{}", encode(key))
}

/// The path of the grant `key`'s settlement decision to print.
pub fn settlement_path(key: &str) -> String {
    format!("{}/settlement", path(key))
}

/// The grant's pages a path (without a trailing slash) names, if any.
pub fn page_of(path: &str) -> Option<Page> {
    let rest = path.strip_prefix(HOME)?.strip_prefix("/grant/")?;
    match rest.split('/').collect::<Vec<_>>().as_slice() {
        [key] => decode(key).map(Page::Grant),
        [key, "settlement"] => decode(key).map(Page::Settlement),
        _ => None,
    }
}

/// The grant a page shows, and what the page derives from it (provided by context).
#[derive(Clone, Copy)]
pub struct Here {
    pub f: FollowUp,
    pub lang: RwSignal<Lang>,
    key: StoredValue<String>,
    /// Its index in the follow-up (`None`: not followed here).
    pub index: Memo<Option<usize>>,
    /// Its status on the browser's today.
    pub status: Memo<Option<GrantStatus>>,
}

impl Here {
    /// The grant `key` of the follow-up in context.
    pub fn new(key: String) -> Here {
        let f = expect_context::<FollowUp>();
        let lang = use_lang();
        let k = key.clone();
        let index = Memo::new(move |_| f.record.with(|r| r.grants.iter().position(|g| self::key(g) == k)));
        let day = today();
        let status = Memo::new(move |_| {
            let i = index.get()?;
            f.record.with(|r| {
                f.opened.with(|o| {
                    r.grants
                        .get(i)
                        .map(|g| grant_status(g, o.get(i).unwrap_or(&OpenedReports::new()), day))
                })
            })
        });
        Here {
            f,
            lang,
            key: StoredValue::new(key),
            index,
            status,
        }
    }

    pub fn key(self) -> String {
        self.key.get_value()
    }

    /// What `read` makes of the grant (tracked), `None` when it is not followed here.
    pub fn with<R>(self, read: impl FnOnce(&RawGrantFollowUp) -> R) -> Option<R> {
        let i = self.index.get()?;
        self.f.record.with(|r| r.grants.get(i).map(read))
    }

    /// As [`Here::with`], untracked: what a field starts with.
    pub fn with_untracked<R>(self, read: impl FnOnce(&RawGrantFollowUp) -> R) -> Option<R> {
        let i = self.index.get_untracked()?;
        self.f.record.with_untracked(|r| r.grants.get(i).map(read))
    }

    /// The grant's reports opened (tracked).
    pub fn opened<R>(self, read: impl FnOnce(&OpenedReports) -> R) -> Option<R> {
        let i = self.index.get()?;
        self.f.opened.with(|o| o.get(i).map(read))
    }

    /// Changes the grant, saved as every change of the follow-up is.
    pub fn edit(self, change: impl FnOnce(&mut RawGrantFollowUp)) {
        let key = self.key.get_value();
        self.f.edit(self.lang.get_untracked(), move |r| {
            if let Some(g) = r.grants.iter_mut().find(|g| self::key(g) == key) {
                change(g);
            }
        });
    }
}

/// A date of the record (ISO, or as typed) as the page shows it.
pub fn shown_date(lang: Lang, typed: &str) -> String {
    crate::domain::vocabulary::dates::parse_date(typed)
        .or_else(|| typed.get(..10).and_then(parse_iso_date))
        .map_or_else(|| typed.to_string(), |d| i18n::date(lang, d))
}

/// The grant's page.
#[component]
pub fn GrantPage(grant_key: String) -> impl IntoView {
    let here = Here::new(grant_key);
    let lang = here.lang;
    let name = move |l: Lang| {
        here.with(|g| g.project_name.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| Fp::Untitled.get(l).to_string())
    };
    let findings = Memo::new(move |_| {
        let Some(status) = here.status.get() else {
            return Vec::new();
        };
        here.with(|g| {
            status
                .findings
                .into_iter()
                .map(|finding| Placed {
                    id: dom_id(g, &finding.path),
                    finding,
                })
                .collect()
        })
        .unwrap_or_default()
    });
    let shown = Shown::new(findings);
    provide_context(here);
    provide_context(shown);
    set_title(
        move |l| format!("{} \u{2013} {}", name(l), Fp::FollowUpTitle.get(l)),
        move || shown.reveal.all.get() && findings.with(|f| f.iter().any(|p| p.finding.is_error())),
    );
    let check = move |_| {
        shown.reveal.all.set(true);
        focus_after_render(SUMMARY_ID.into());
    };
    view! {
        <p class="no-print"><A href=HOME>{text(lang, Fp::BackToFollowUp)}</A></p>
        <Show when=move || here.index.get().is_some() fallback=move || view! {
            <h1>{text(lang, Fp::FollowUpTitle)}</h1>
            <p id="grant-not-followed">{text(lang, Fp::GrantNotFollowed)}</p>
        }>
            <h1 id="grant-title">{move || name(lang.get())}</h1>
            <Summary />
            <Facts />
            <Periods />
            <ReceivedReports />
            <Payments />
            <SettlementFields />
            <div class="actions">
                <button type="button" class="button" id="check-follow-up" on:click=check>{text(lang, Fp::CheckPage)}</button>
            </div>
        </Show>
    }
}

/// The error summary's id.
pub const SUMMARY_ID: &str = "error-summary";

/// The findings shown (of the `Shown` in context: the page's, or a form's of its own), errors then
/// warnings, each a link to its element; once the check button is pressed and nothing is wrong,
/// says so. `id`: the page's [`SUMMARY_ID`] unless given.
#[component]
pub fn Summary(#[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let id = id.unwrap_or_else(|| SUMMARY_ID.to_string());
    let shown = expect_context::<Shown>();
    let lang = use_lang();
    let revealed = shown.revealed();
    let part = move |errors: bool| {
        Memo::new(move |_| {
            revealed.with(|r| {
                r.iter()
                    .filter(|p| p.finding.is_error() == errors)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let (errors, warnings) = (part(true), part(false));
    let item = move |p: Placed| {
        let said = sentence(lang.get(), &p.finding);
        let target = p.id;
        view! {
            <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_now(&target); }>{said}</a></li>
        }
    };
    let visible = move || shown.reveal.all.get() || !revealed.with(Vec::is_empty);
    view! {
        <Show when=visible>
            <div id=id.clone() class="error-summary" tabindex="-1" class:clean=move || errors.with(Vec::is_empty)>
                <Show when=move || !errors.with(Vec::is_empty) fallback=move || view! { <p class="ok">{text(lang, Fp::NoProblems)}</p> }>
                    <h2>{text(lang, T::ErrorSummaryTitle)}</h2>
                    <ul id="summary-errors">{move || errors.get().into_iter().map(item).collect_view()}</ul>
                </Show>
                <Show when=move || !warnings.with(Vec::is_empty)>
                    <h2 class="warnings-title">{text(lang, T::WarningSummaryTitle)}</h2>
                    <ul class="warnings" id="summary-warnings">{move || warnings.get().into_iter().map(item).collect_view()}</ul>
                </Show>
            </div>
        </Show>
    }
}

/// The grant and its figures.
#[component]
fn Facts() -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let facts = move || {
        let l = lang.get();
        here.with(|g| {
            [
                (Fp::ColProject, g.project_name.clone()),
                (Fp::ColLead, g.lead.clone()),
                (Fp::BusinessId, g.lead_business_id.clone()),
                (Fp::DecisionReference, g.decision_reference.clone()),
                (Fp::DecisionDate, shown_date(l, &g.granted.decided_on)),
            ]
            .into_iter()
            .map(|(label, value)| view! { <div><dt>{label.get(l)}</dt><dd>{value}</dd></div> })
            .collect_view()
        })
    };
    let figures = move || {
        let l = lang.get();
        here.status.get().map(|s| {
            let granted = s.granted.map(|m| m.format(l)).unwrap_or_default();
            [
                ("grant-granted", Fu::Grant, granted),
                ("grant-claimed", Fu::Claimed, s.claimed.format(l)),
                ("grant-paid", Fu::Paid, s.paid.format(l)),
                ("grant-available", Fu::Available, s.available.format(l)),
            ]
            .into_iter()
            .map(|(id, label, value)| view! { <div><dt>{label.get(l)}</dt><dd id=id class="num">{value}</dd></div> })
            .collect_view()
        })
    };
    let shown = expect_context::<Shown>();
    let amount_problem = shown.shown("grant-figures".into());
    view! {
        <section aria-labelledby="grant-facts-title">
            <h2 id="grant-facts-title">{text(lang, Fp::GrantTitle)}</h2>
            <dl class="facts">{facts}</dl>
            <crate::ui::checked::Messages id="grant-figures" shown=amount_problem />
            <dl class="figures" id="grant-figures" tabindex="-1">{figures}</dl>
        </section>
    }
}

/// A period's days: "1.3.2020–30.6.2020".
fn days(lang: Lang, start: Option<time::Date>, end: Option<time::Date>) -> String {
    let d = |x: Option<time::Date>| x.map(|d| i18n::date(lang, d)).unwrap_or_default();
    format!("{}\u{2013}{}", d(start), d(end))
}

/// The reports by period, then the final report: state, due date, late.
#[component]
fn Periods() -> impl IntoView {
    let here = expect_context::<Here>();
    let lang = here.lang;
    let th = move |key: Fp| view! { <th scope="col">{text(lang, key)}</th> };
    let late = move |l: Lang, late: bool| if late { Fp::LateYes.get(l) } else { Fp::LateNo.get(l) };
    let rows = move || {
        let l = lang.get();
        here.status.get().map(|s| {
            let periods = s
                .periods
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut name = format!("{}. {}", i + 1, days(l, p.start, p.end));
                    if p.period.is_none() {
                        name = format!("{name} {}", Fp::NotListed.get(l));
                    }
                    let due = p.due.map_or_else(|| Fp::NoDue.get(l).to_string(), |d| i18n::date(l, d));
                    view! {
                        <tr class:late=p.late>
                            <th scope="row">{name}</th>
                            <td>{due}</td>
                            <td>{fu_words::state(l, p.state)}</td>
                            <td>{late(l, p.late)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let final_state = fu_words::state(l, s.final_state);
            view! {
                {periods}
                <tr class:late=s.final_late id="final-report-row">
                    <th scope="row">{Fu::FinalReport.get(l)}</th>
                    <td></td>
                    <td>{final_state}</td>
                    <td>{late(l, s.final_late)}</td>
                </tr>
            }
        })
    };
    let shown = expect_context::<Shown>();
    let due_problems = shown.shown("periods".into());
    view! {
        // Not a landmark itself: the table's scrolling region is the one named by the heading.
        <section>
            <h2 id="periods-title">{text(lang, Fp::PeriodsTitle)}</h2>
            <crate::ui::checked::Messages id="periods" shown=due_problems />
            <div class="table-scroll" role="region" aria-labelledby="periods-title" tabindex="0" id="periods">
                <table class="periods">
                    <thead><tr><th scope="col">{move || Fu::Period.get(lang.get())}</th>{th(Fp::ColDue)}{th(Fp::ColState)}{th(Fp::ColLate)}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_written_url_safe_and_read_back_as_it_was() {
        assert_eq!(path("kiuruvesi"), "/follow-up/grant/kiuruvesi");
        assert_eq!(path("a b/ä"), "/follow-up/grant/a%20b%2F%C3%A4");
        for k in ["kiuruvesi", "a b/ä", "%41", "0f3a"] {
            assert_eq!(decode(&encode(k)).as_deref(), Some(k));
        }
        assert_eq!(decode("%zz"), None);
        assert_eq!(decode("%4"), None);
        assert_eq!(decode(""), None);
    }
}
