//! Which of a grant's follow-up findings its page shows, and where (the GOV.UK pattern the other
//! apps' pages follow, through `ui::checked`): a field's once the user has left it or pressed the
//! page's check button, next to the field and in the page's error summary, which links to it. The
//! findings are `reviewer::follow_up`'s, placed by their path in the record (`payments[0].amount`);
//! the page's elements are named by the row's id instead of its index ([`dom_id`]:
//! `payment-11-amount`), so that a row removed leaves the others' ids and what was left as they
//! were.

use crate::domain::formats::follow_up::RawGrantFollowUp;
use crate::domain::reviewer::follow_up::Finding;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::i18n::follow_up::{self as fu_words, Fu};
use crate::ui::checked::Message;

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
pub type Placed = crate::ui::checked::Placed<Finding>;

/// The findings shown on a grant's page (provided by context): an element's once it is left or the
/// page's check button is pressed (`ui::checked`, the grant's pages' too).
pub type Shown = crate::ui::checked::Listed<Finding>;

/// A finding's sentence, "(assumed, not the decision's words)" after a rule of ours.
pub fn sentence(lang: Lang, f: &Finding) -> String {
    let said = fu_words::message(lang, f);
    if f.assumed {
        format!("{said} ({})", Fu::Assumed.get(lang))
    } else {
        said
    }
}

impl Message for Finding {
    fn severity(&self) -> Severity {
        self.severity
    }

    fn sentence(&self, lang: Lang) -> String {
        sentence(lang, self)
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
