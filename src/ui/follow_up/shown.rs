//! Which of a grant's follow-up findings its page shows, and where (the GOV.UK pattern the other
//! apps' pages follow): a field's once the user has left it or pressed the page's check button,
//! next to the field and in the page's error summary, which links to it. The findings are
//! `reviewer::follow_up`'s, placed by their path in the record (`payments[0].amount`); the page's
//! elements are named by the row's id instead of its index ([`dom_id`]: `payment-11-amount`), so
//! that a row removed leaves the others' ids and what was left as they were.

use crate::domain::formats::follow_up::RawGrantFollowUp;
use crate::domain::reviewer::follow_up::Finding;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::follow_up::{self as fu_words, Fu};
use crate::i18n::follow_up_pages::Fp;
use crate::ui::field::message_line;
use crate::ui::language::use_lang;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// `list[n]` at the start of `path`: `n` and what follows it (without its dot).
fn indexed<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let (n, rest) = rest.split_once(']')?;
    Some((n.parse().ok()?, rest.strip_prefix('.').unwrap_or(rest)))
}

/// The id of the page's element a finding's path names: a received report's by the report's id
/// (`received[4].accounts_check.entries.3.reason` → `report-10-accounts-entry-3-reason`), a
/// payment's by the payment's (`payments[0].amount` → `payment-11-amount`), the settlement's
/// fields as `settlement-decided-on`; a period's due date, which this page does not edit, the
/// periods' table, and the decision's amount the grant's figures.
pub fn dom_id(g: &RawGrantFollowUp, path: &str) -> String {
    let (head, rest) = if let Some((j, rest)) = indexed(path, "received") {
        let id = g.received.get(j).map_or(0, |r| r.id);
        (format!("report-{id}"), rest)
    } else if let Some((j, rest)) = indexed(path, "payments") {
        let id = g.payments.get(j).map_or(0, |p| p.id);
        (format!("payment-{id}"), rest)
    } else if path.starts_with("periods[") {
        return "periods".into();
    } else if path.starts_with("granted") {
        return "grant-figures".into();
    } else {
        (String::new(), path)
    };
    // A report's text no longer read: the report's heading.
    let rest = if rest == "text" { "" } else { rest };
    let tail = rest
        .replace("content_check", "content")
        .replace("accounts_check", "accounts")
        .replace("entries.", "entry-")
        .replace(['.', '_'], "-");
    match (head.is_empty(), tail.is_empty()) {
        (true, _) => tail,
        (false, true) => head,
        (false, false) => format!("{head}-{tail}"),
    }
}

/// A finding with the id of its element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub id: String,
    pub finding: Finding,
}

/// The findings shown on a grant's page (provided by context).
#[derive(Clone, Copy)]
pub struct Shown {
    /// Every finding of the grant, placed; recomputed on every keystroke.
    pub findings: Memo<Vec<Placed>>,
    left: RwSignal<BTreeSet<String>>,
    /// The page's check button was pressed: every finding is shown.
    pub all: RwSignal<bool>,
}

impl Shown {
    pub fn new(findings: Memo<Vec<Placed>>) -> Shown {
        Shown {
            findings,
            left: RwSignal::new(BTreeSet::new()),
            all: RwSignal::new(false),
        }
    }

    /// The findings of the element `id`, once it is to be shown.
    pub fn of(self, id: String) -> Memo<Vec<Finding>> {
        Memo::new(move |_| {
            if !(self.all.get() || self.left.with(|l| l.contains(&id))) {
                return Vec::new();
            }
            self.findings
                .with(|f| f.iter().filter(|p| p.id == id).map(|p| p.finding.clone()).collect())
        })
    }

    /// Every finding to be shown now (the summary's).
    pub fn revealed(self) -> Memo<Vec<Placed>> {
        Memo::new(move |_| {
            let all = self.all.get();
            self.left.with(|left| {
                self.findings
                    .with(|f| f.iter().filter(|p| all || left.contains(&p.id)).cloned().collect())
            })
        })
    }

    /// The element `id` was left: its findings are shown from now on, once the press that left it
    /// has landed (`dom::after_press`: a message put above the field would move the button pressed
    /// from under the pointer before its click).
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

/// A finding's sentence, "(assumed, not the decision's words)" after a rule of ours.
pub fn sentence(lang: Lang, f: &Finding) -> String {
    let said = fu_words::message(lang, f);
    if f.assumed {
        format!("{said} ({})", Fu::Assumed.get(lang))
    } else {
        said
    }
}

/// An element's messages (`{id}-messages`, its `aria-describedby`).
#[component]
pub fn Messages(id: String, shown: Memo<Vec<Finding>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=format!("{id}-messages") class="field-messages">
            {move || {
                let l = lang.get();
                shown
                    .get()
                    .into_iter()
                    .map(|f| message_line(l, f.severity, sentence(l, &f), None::<()>))
                    .collect_view()
            }}
        </div>
    }
}

/// A labelled text field (a textarea when `multiline`) with its messages above the control; `set`
/// keeps what is typed, as typed.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: Fp,
    #[prop(optional)] hint: Option<Fp>,
    /// What the record holds when the field is built (the field keeps what is typed after).
    value: String,
    #[prop(optional)] multiline: bool,
    set: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    let shown_at = expect_context::<Shown>();
    let shown = shown_at.of(id.clone());
    let hint_id = format!("{id}-hint");
    let described = {
        let (m, h) = (format!("{id}-messages"), hint_id.clone());
        move || match hint {
            Some(_) => format!("{h} {m}"),
            None => m.clone(),
        }
    };
    let invalid = move || shown.with(|s| s.iter().any(Finding::is_error)).then_some("true");
    let leave = {
        let id = id.clone();
        move |_| shown_at.leave(&id)
    };
    let input = move |ev: leptos::ev::Event| set.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input on:blur=leave></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() autocomplete="off" aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input on:blur=leave />
        }
        .into_any()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::follow_up::{RawPayment, ReceivedReport};

    #[test]
    fn a_finding_s_path_names_its_row_by_id_not_by_place() {
        let g = RawGrantFollowUp {
            received: vec![
                ReceivedReport {
                    id: 6,
                    ..ReceivedReport::default()
                },
                ReceivedReport {
                    id: 10,
                    ..ReceivedReport::default()
                },
            ],
            payments: vec![RawPayment {
                id: 11,
                ..RawPayment::default()
            }],
            ..RawGrantFollowUp::default()
        };
        for (path, id) in [
            (
                "received[1].accounts_check.entries.3.reason",
                "report-10-accounts-entry-3-reason",
            ),
            ("received[1].accounts_check.entries.3", "report-10-accounts-entry-3"),
            ("received[0].content_check.by", "report-6-content-by"),
            ("received[0].text", "report-6"),
            ("payments[0].approved_on", "payment-11-approved-on"),
            ("settlement.recovery_due", "settlement-recovery-due"),
            ("periods[2].due", "periods"),
            ("granted.amount", "grant-figures"),
        ] {
            assert_eq!(dom_id(&g, path), id, "{path}");
        }
    }
}
