//! The ministry's follow-up of each grant, derived (docs/rules.md §12.3–§12.6) from the record as
//! typed (`formats::follow_up`) and the grantee's files opened (`follow_up::open_received`). Pure
//! and never failing: what is wrong is a [`Finding`]. "Today" is an argument.
//!
//! - [`grant_status`]: granted `G`, claimed, paid, still available `G − paid`, the reports by
//!   period with their [`ReportState`], what is late, every finding of the grant's record.
//! - [`recompute`]: a report's accounts check applied: the entries left out removed and the
//!   grant's own rules (`grant::review`) run again on what is left, so `E`, what a claim may ask
//!   and the settlement come from `grant::claim` and `grant::settlement`, never from a formula of
//!   ours.
//! - [`payment_list`] and [`payment_list_csv`]: the instalments approved for payment.
//! - [`settlement_decision`]: final grant, paid, last instalment or the amount to recover under
//!   valtionavustuslaki 20 § with its due date.
//! - [`programme_totals`]: granted, paid, recovered and still committed against the appropriation.
//! - [`check_completion_draft`] and [`CompletionDrafts`]: a completion request being written, what
//!   stops it, and the ones being written kept per grant and report as typed.

use crate::domain::draft::LineId;
use crate::domain::formats::completion;
use crate::domain::formats::follow_up::{
    AccountsCheck, CompletionSent, ContentCheck, EntryDecision, Opened, OpenedReports, RawFollowUp, RawGrantFollowUp,
    RawPayment, ReceivedReport, ReportKind, Verdict,
};
use crate::domain::formats::grant_reports::{PaymentClaimFile, Read, ReportError};
use crate::domain::grant::change::schedule_in_force;
use crate::domain::grant::claim::{granted_amount, may_claim};
use crate::domain::grant::model::RawGrant;
use crate::domain::grant::periods::{field_date, period_range};
use crate::domain::grant::review::{review, GrantReview};
use crate::domain::grant::settlement::{settle, Settlement};
use crate::domain::reviewer::clarification::{state_on, State};
use crate::domain::reviewer::summary::{csv_amount, csv_line};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::grant_phase::{self, GrantCitation};
use crate::domain::vocabulary::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::Date;

// ---- Findings ---------------------------------------------------------------------------------

/// The follow-up's rules, by stable id (`hakemus-check` prints them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A date or an amount typed is not one (well-formedness).
    Format,
    /// A check given a verdict without a name or a date: not signed off.
    SignOff,
    /// An entry left out without a reason, or an entry the report does not carry.
    AccountsCheck,
    /// A report received that no longer reads.
    Report,
    /// A payment: its claim, its amount against what the claim may ask.
    Payment,
    /// Presenter and approver the same person (assumed).
    Duties,
    /// The settlement decision: a recovery's due date.
    Settlement,
    /// A completion answer received: every question answered, on time (docs/rules.md §12.4.1).
    Completion,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Format => "format",
            Rule::SignOff => "sign-off",
            Rule::AccountsCheck => "accounts-check",
            Rule::Report => "report",
            Rule::Payment => "payment",
            Rule::Duties => "duties",
            Rule::Settlement => "settlement",
            Rule::Completion => "completion",
        }
    }
}

/// What a finding says (the words are `i18n::follow_up`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    DateInvalid {
        typed: String,
    },
    AmountInvalid {
        typed: String,
    },
    /// A verdict given, but no name or no date: the check is not signed off.
    NotSignedOff,
    LeaveOutWithoutReason {
        entry: LineId,
    },
    UnknownEntry {
        entry: LineId,
    },
    /// The received text no longer reads with its reader (a newer file format, or edited).
    ReportUnreadable,
    /// A payment with no claim chosen, or of a claim not received.
    NoSuchClaim {
        number: u64,
    },
    /// Approved above what the claim may ask, as recomputed.
    AboveMayClaim {
        approved: Money,
        may: Money,
    },
    /// Paid, but not approved (no approver or approval date).
    PaidNotApproved,
    SamePerson {
        name: String,
    },
    /// A settlement decided with an amount to recover and no due date.
    RecoveryDueMissing {
        amount: Money,
    },
    /// A settlement decided without a final report received.
    NoFinalReport,
    /// A completion answer leaves the question (by its id in the request) unanswered.
    CompletionUnanswered {
        question: u64,
    },
    /// A completion answer made after the request's deadline.
    CompletionLate {
        deadline: Date,
        answered: Date,
    },
    /// A completion request being written asks nothing: no question and no entry.
    CompletionNothingAsked,
    /// A completion request's deadline before the day it is written.
    CompletionDeadlinePassed {
        deadline: Date,
    },
    /// An entry chosen for a completion request with nothing asked about it.
    CompletionEntryUnasked {
        entry: LineId,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// The place in the follow-up file, from the grant (`payments[0].amount`); the file's reader
    /// and `hakemus-check` put `follow_up.grants[i].` before it.
    pub path: String,
    pub message: Message,
    /// Our choice, not decision 004's words (docs/rules.md §12).
    pub assumed: bool,
    pub source: Option<GrantCitation>,
}

impl Finding {
    fn error(rule: Rule, path: impl Into<String>, message: Message) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            path: path.into(),
            message,
            assumed: false,
            source: None,
        }
    }
    fn warning(rule: Rule, path: impl Into<String>, message: Message) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(rule, path, message)
        }
    }
    fn cite(mut self, source: GrantCitation) -> Finding {
        self.source = Some(source);
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A typed date: `Ok(None)` when empty, `Err` with a finding when not a date.
fn typed_date(typed: &str, path: String, findings: &mut Vec<Finding>) -> Option<Date> {
    let t = typed.trim();
    if t.is_empty() {
        return None;
    }
    let d = parse_date(t);
    if d.is_none() {
        findings.push(Finding::error(
            Rule::Format,
            path,
            Message::DateInvalid { typed: t.into() },
        ));
    }
    d
}

// ---- The checks of a report --------------------------------------------------------------------

/// A check signed off: a name and a date (a verdict without them counts as pending).
fn signed(by: &str, on: &str) -> bool {
    !by.trim().is_empty() && parse_date(on).is_some()
}

/// The content check's verdict as it counts: `Pending` unless signed off.
pub fn content_verdict(c: &ContentCheck) -> Verdict {
    if signed(&c.by, &c.on) {
        c.verdict
    } else {
        Verdict::Pending
    }
}

/// The accounts check's verdict as it counts: `Pending` unless signed off, and not accepted while
/// an entry is left out without a reason.
pub fn accounts_verdict(c: &AccountsCheck) -> Verdict {
    let reasons = c
        .entries
        .values()
        .all(|d| !matches!(d, EntryDecision::LeaveOut { reason } if reason.trim().is_empty()));
    match c.verdict {
        _ if !signed(&c.by, &c.on) => Verdict::Pending,
        Verdict::Accepted if !reasons => Verdict::Pending,
        v => v,
    }
}

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportState {
    Missing,
    Received,
    CompletionRequested,
    /// Both checks signed off accepted.
    Accepted,
    /// Completion was asked and the completed report has come (a received report of its own, which
    /// is checked again): this one is done with ([`report_state_in`]).
    Completed,
}

/// A received report's state among the grant's: as its checks say ([`report_state`]), except that
/// one whose completion was asked reads *completed* once a completed report names it (docs/rules.md
/// §12.4.1).
pub fn report_state_in(g: &RawGrantFollowUp, r: &ReceivedReport) -> ReportState {
    match report_state(r) {
        ReportState::CompletionRequested if g.received.iter().any(|x| x.completes == r.id && x.id != r.id) => {
            ReportState::Completed
        }
        state => state,
    }
}

/// A received report's state from its two checks.
pub fn report_state(r: &ReceivedReport) -> ReportState {
    let (c, a) = (content_verdict(&r.content_check), accounts_verdict(&r.accounts_check));
    if c == Verdict::CompletionRequested || a == Verdict::CompletionRequested {
        ReportState::CompletionRequested
    } else if c == Verdict::Accepted && a == Verdict::Accepted {
        ReportState::Accepted
    } else {
        ReportState::Received
    }
}

/// The findings of one received report's checks (paths from the grant: `received[j]. …`).
fn check_findings(j: usize, r: &ReceivedReport, opened: Option<&Result<Opened, ReportError>>, out: &mut Vec<Finding>) {
    let at = |p: &str| format!("received[{j}].{p}");
    if matches!(opened, Some(Err(_))) {
        out.push(Finding::error(Rule::Report, at("text"), Message::ReportUnreadable));
    }
    for (name, by, on, verdict) in [
        (
            "content_check",
            &r.content_check.by,
            &r.content_check.on,
            r.content_check.verdict,
        ),
        (
            "accounts_check",
            &r.accounts_check.by,
            &r.accounts_check.on,
            r.accounts_check.verdict,
        ),
    ] {
        let day = typed_date(on, at(&format!("{name}.on")), out);
        if verdict != Verdict::Pending && (by.trim().is_empty() || (day.is_none() && on.trim().is_empty())) {
            out.push(Finding::warning(
                Rule::SignOff,
                at(&format!("{name}.by")),
                Message::NotSignedOff,
            ));
        }
    }
    completion_findings(&at, r, out);
    let entries: Option<Vec<LineId>> = match opened {
        Some(Ok(o)) => Some(o.grant().entries.iter().map(|e| e.id).collect()),
        _ => None,
    };
    for (id, d) in &r.accounts_check.entries {
        let path = at(&format!("accounts_check.entries.{id}"));
        if entries.as_ref().is_some_and(|ids| !ids.contains(id)) {
            out.push(Finding::error(
                Rule::AccountsCheck,
                path.clone(),
                Message::UnknownEntry { entry: *id },
            ));
        }
        if let EntryDecision::LeaveOut { reason } = d {
            if reason.trim().is_empty() {
                out.push(Finding::error(
                    Rule::AccountsCheck,
                    format!("{path}.reason"),
                    Message::LeaveOutWithoutReason { entry: *id },
                ));
            }
        }
    }
}

/// The findings of a completion answer against what was asked (docs/rules.md §12.4.1): a question
/// asked and left unanswered (a warning: the grantee is asked again or the ministry decides
/// without it, *assumed*), made after the deadline (a warning, as clarification's, *assumed*).
/// `at` places a path of the answer (`answers.2`, `answered_at`).
pub fn completion_answer_findings(
    asked: &completion::Asked,
    answered_at: &str,
    answers: &BTreeMap<u64, String>,
    at: &dyn Fn(&str) -> String,
) -> Vec<Finding> {
    let assumed = |f: Finding| Finding { assumed: true, ..f };
    let mut out: Vec<Finding> = completion::unanswered(asked, answers)
        .into_iter()
        .map(|question| {
            assumed(Finding::warning(
                Rule::Completion,
                at(&format!("answers.{question}")),
                Message::CompletionUnanswered { question },
            ))
        })
        .collect();
    let answered = answered_at.get(..10).and_then(parse_iso_date);
    if let (Some(deadline), Some(answered)) = (asked.deadline_date(), answered) {
        if answered > deadline {
            out.push(assumed(Finding::warning(
                Rule::Completion,
                at("answered_at"),
                Message::CompletionLate { deadline, answered },
            )));
        }
    }
    out
}

/// The findings of a report's completion requests: each answer in force's
/// ([`completion_answer_findings`]).
fn completion_findings(at: &dyn Fn(&str) -> String, r: &ReceivedReport, out: &mut Vec<Finding>) {
    for (k, c) in r.completions.iter().enumerate() {
        if let Some(answer) = c.answer() {
            let m = c.answers.len() - 1;
            let here = |p: &str| at(&format!("completions[{k}].answers[{m}].{p}"));
            out.extend(completion_answer_findings(
                &c.asked,
                &answer.answered_at,
                &answer.answers,
                &here,
            ));
        }
    }
}

/// A completion request as the ministry writes it on the grant's page, before it is a file: the
/// free questions as typed (one a line), the entries chosen (by their id in the report's file) each
/// with what is asked, the deadline as typed (`31.8.2020` or ISO). Kept in the browser as it is
/// ([`CompletionDrafts`]): an entry is written `[id, "what is asked"]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompletionDraft {
    pub questions: String,
    pub entries: Vec<(LineId, String)>,
    pub deadline: String,
}

impl CompletionDraft {
    /// Nothing typed and nothing chosen: nothing to keep. A field holding only spaces is something
    /// typed, and is kept as it is.
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty() && self.entries.is_empty() && self.deadline.is_empty()
    }

    /// The free questions: each line not blank.
    pub fn question_lines(&self) -> Vec<String> {
        (self.questions.lines())
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(String::from)
            .collect()
    }
}

/// One report's completion request being written: the grant (its key in the follow-up: the project
/// id, or the application's fingerprint while no file named the project), the received report's id
/// in it, and the request as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptCompletion {
    pub grant: String,
    pub report: LineId,
    pub draft: CompletionDraft,
}

/// The completion requests being written on the follow-up's grant pages, one per grant and report,
/// kept as typed (nothing dropped, even where the form says it is wrong) so that a reload loses no
/// work (docs/rules.md §12.4.1; kept by `storage::completion_draft`, a JSON list of
/// [`KeptCompletion`]). A draft emptied, or its request sent, is taken out: the list holds only
/// what someone is writing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CompletionDrafts(pub Vec<KeptCompletion>);

impl CompletionDrafts {
    /// The request being written about report `report` of grant `grant` (empty when none is).
    pub fn of(&self, grant: &str, report: LineId) -> CompletionDraft {
        (self.0.iter())
            .find(|k| k.grant == grant && k.report == report)
            .map(|k| k.draft.clone())
            .unwrap_or_default()
    }

    /// Keeps `draft` as the request being written about report `report` of grant `grant`, in the
    /// place it had (the others as they are); an empty one takes the report's out.
    pub fn set(&mut self, grant: &str, report: LineId, draft: CompletionDraft) {
        let at = (self.0.iter()).position(|k| k.grant == grant && k.report == report);
        match (at, draft.is_empty()) {
            (Some(i), true) => {
                self.0.remove(i);
            }
            (Some(i), false) => self.0[i].draft = draft,
            (None, true) => {}
            (None, false) => self.0.push(KeptCompletion {
                grant: grant.to_string(),
                report,
                draft,
            }),
        }
    }

    /// No request is being written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What stops a completion request being written (docs/rules.md §12.4.1), each an *error* at its
/// place (`completion.deadline`, `completion.questions`, `completion.entries.<id>`): a deadline that
/// is not a date or is before `today`, an entry chosen with nothing asked about it, nothing asked.
pub fn check_completion_draft(d: &CompletionDraft, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    match parse_date(&d.deadline) {
        None => out.push(Finding::error(
            Rule::Completion,
            "completion.deadline",
            Message::DateInvalid {
                typed: d.deadline.clone(),
            },
        )),
        Some(deadline) if deadline < today => out.push(Finding::error(
            Rule::Completion,
            "completion.deadline",
            Message::CompletionDeadlinePassed { deadline },
        )),
        Some(_) => {}
    }
    for (entry, text) in &d.entries {
        if text.trim().is_empty() {
            out.push(Finding::error(
                Rule::Completion,
                format!("completion.entries.{entry}"),
                Message::CompletionEntryUnasked { entry: *entry },
            ));
        }
    }
    if d.question_lines().is_empty() && d.entries.is_empty() {
        out.push(Finding::error(
            Rule::Completion,
            "completion.questions",
            Message::CompletionNothingAsked,
        ));
    }
    out
}

/// Where a completion request stands on `today` (sent, answered, late, answered late), as a
/// clarification request does.
pub fn completion_state(c: &CompletionSent, today: Date) -> State {
    state_on(c.asked.deadline_date(), c.answered_on(), today)
}

/// A report's accounts as the ministry's check leaves them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recomputed {
    /// The entries left out (those the report carries).
    pub left_out: Vec<LineId>,
    /// `E` as the file counts it, and with the entries left out removed (a left-out entry that was
    /// not eligible changes nothing).
    pub eligible_stated: Money,
    pub eligible: Money,
    /// The grant's rules on the project as the file carries it without the entries left out: its
    /// claim's `may_claim`, its settlement (with the file's own `P`).
    pub review: GrantReview,
}

/// `E` of a review: a claim's own (its costs up to its day), else the accounts' whole.
fn eligible_of(kind: ReportKind, r: &GrantReview) -> Money {
    match (kind, r.claims.last()) {
        (ReportKind::PaymentClaim, Some(c)) => c.eligible,
        _ => r.ledger.totals.eligible(),
    }
}

fn day_of(exported_at: &str) -> Date {
    exported_at.get(..10).and_then(parse_iso_date).unwrap_or(Date::MIN)
}

/// The grant's rules as the file was read: its figures as the file counts them (the page shows them
/// beside the recomputed).
pub fn file_review(o: &Opened) -> &GrantReview {
    fn r<F>(x: &Read<F>) -> &GrantReview {
        &x.review
    }
    match o {
        Opened::Interim(x) => r(x),
        Opened::Claim(x) => r(x),
        Opened::Final(x) => r(x),
    }
}

/// Applies an accounts check to its report: every entry left out is removed and the grant's rules
/// run again on the day the file was made.
pub fn recompute(opened: &Opened, check: &AccountsCheck) -> Recomputed {
    let grant = opened.grant();
    let left_out: Vec<LineId> = grant
        .entries
        .iter()
        .filter(|e| matches!(check.entries.get(&e.id), Some(EntryDecision::LeaveOut { .. })))
        .map(|e| e.id)
        .collect();
    let kind = opened.kind();
    let stated = file_review(opened);
    let eligible_stated = eligible_of(kind, stated);
    let review = if left_out.is_empty() {
        stated.clone()
    } else {
        let kept = RawGrant {
            entries: grant
                .entries
                .iter()
                .filter(|e| !left_out.contains(&e.id))
                .cloned()
                .collect(),
            ..grant.clone()
        };
        review(&kept, day_of(opened.exported_at()))
    };
    Recomputed {
        left_out,
        eligible_stated,
        eligible: eligible_of(kind, &review),
        review,
    }
}

// ---- Claims and payments ------------------------------------------------------------------------

/// The claim of number `n` as received last (a claim sent again replaces the one before), with its
/// record and its file opened.
fn claim_file<'a>(
    g: &'a RawGrantFollowUp,
    opened: &'a OpenedReports,
    n: u64,
) -> Option<(&'a ReceivedReport, &'a Opened, &'a PaymentClaimFile)> {
    g.received.iter().rev().find_map(|r| match opened.get(&r.id) {
        Some(Ok(o @ Opened::Claim(c))) if c.file.number == n => Some((r, o, &c.file)),
        _ => None,
    })
}

/// A payment approved: an approver named and a date.
fn approved(p: &RawPayment) -> bool {
    signed(&p.approver, &p.approved_on)
}

fn paid(p: &RawPayment) -> bool {
    parse_date(&p.paid_on).is_some()
}

fn amount_of(p: &RawPayment) -> Option<Money> {
    Money::parse(p.amount.trim()).ok()
}

/// What a payment may be, as recomputed: the claim's `may_claim` with its accounts check applied
/// and `P` what the ministry approved before it (on earlier claims, and earlier on this one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaymentCheck {
    pub payment: LineId,
    pub claim: u64,
    /// Whether the claim is the last (after the final report).
    pub last: bool,
    pub amount: Option<Money>,
    /// `None` where the claim is not received.
    pub may: Option<Money>,
}

/// Each payment of a grant checked, with its findings (paths from the grant).
fn check_payments(g: &RawGrantFollowUp, opened: &OpenedReports, out: &mut Vec<Finding>) -> Vec<PaymentCheck> {
    let granted = granted_money(g);
    let mut checks = Vec::with_capacity(g.payments.len());
    for (j, p) in g.payments.iter().enumerate() {
        let at = |f: &str| format!("payments[{j}].{f}");
        let amount = match p.amount.trim() {
            "" => None,
            t => {
                let m = Money::parse(t).ok();
                if m.is_none() {
                    out.push(Finding::error(
                        Rule::Format,
                        at("amount"),
                        Message::AmountInvalid { typed: t.into() },
                    ));
                }
                m
            }
        };
        typed_date(&p.approved_on, at("approved_on"), out);
        typed_date(&p.paid_on, at("paid_on"), out);
        let claim = claim_file(g, opened, p.claim);
        // P: approved before this payment on earlier claims, and earlier on this claim.
        let before = g.payments[..j]
            .iter()
            .filter(|q| approved(q) && q.claim <= p.claim)
            .chain(g.payments[j + 1..].iter().filter(|q| approved(q) && q.claim < p.claim))
            .filter_map(amount_of)
            .fold(Money::ZERO, |s, m| s.checked_add(m).unwrap_or(s));
        let may = claim.map(|(r, o, _)| {
            let re = recompute(o, &r.accounts_check);
            may_claim(
                &re.review.share,
                granted.unwrap_or(re.review.granted),
                re.eligible,
                before,
            )
            .unwrap_or(Money::ZERO)
        });
        if claim.is_none() {
            out.push(
                Finding::error(Rule::Payment, at("claim"), Message::NoSuchClaim { number: p.claim })
                    .cite(GrantCitation::Payment),
            );
        }
        if let (Some(a), Some(m)) = (amount, may) {
            if a > m {
                out.push(
                    Finding::error(
                        Rule::Payment,
                        at("amount"),
                        Message::AboveMayClaim { approved: a, may: m },
                    )
                    .cite(GrantCitation::Payment),
                );
            }
        }
        if paid(p) && !approved(p) {
            out.push(Finding::error(Rule::Payment, at("paid_on"), Message::PaidNotApproved));
        }
        let (pr, ap) = (p.presenter.trim(), p.approver.trim());
        if !pr.is_empty() && pr.to_lowercase() == ap.to_lowercase() {
            out.push(Finding {
                assumed: true,
                ..Finding::warning(Rule::Duties, at("approver"), Message::SamePerson { name: ap.into() })
            });
        }
        checks.push(PaymentCheck {
            payment: p.id,
            claim: p.claim,
            last: claim.is_some_and(|(_, _, c)| c.claim.last),
            amount,
            may,
        });
    }
    checks
}

/// `G` as the record has it (the decision's file writes `181500.00`; typed as Finns write it).
fn granted_money(g: &RawGrantFollowUp) -> Option<Money> {
    granted_amount(&RawGrant {
        granted: g.granted.clone(),
        ..RawGrant::default()
    })
}

// ---- The settlement decision ------------------------------------------------------------------

/// What the settlement decides: a last instalment, an amount to recover, or nothing (never both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    LastInstalment(Money),
    /// Under valtionavustuslaki 20 §, due on the date typed (`None`: missing or not a date, an
    /// error once the decision is signed).
    Recovery {
        amount: Money,
        due: Option<Date>,
    },
    Nothing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettlementDecision {
    /// The final report it rests on (the last received that reads).
    pub final_report: LineId,
    /// `E` with the final report's accounts check applied, `P` the ministry's payments paid on the
    /// claims before the last.
    pub settlement: Settlement,
    pub outcome: Outcome,
    pub decider: String,
    pub decided_on: Option<Date>,
    /// Signed: a decider named and a date.
    pub decided: bool,
}

/// The grant as the latest readable file received of it carries it: the application and every
/// change decided in it (docs/rules.md §12.2), so its period in force and its applicants' names.
/// What the ministry knows of a grant when it decides the grant's change request; `None` before a
/// readable file has come.
pub fn latest_grant(opened: &OpenedReports) -> Option<&RawGrant> {
    opened.values().rev().find_map(|o| o.as_ref().ok()).map(Opened::grant)
}

/// The settlement decision of a grant; `None` before a final report that reads is received.
pub fn settlement_decision(g: &RawGrantFollowUp, opened: &OpenedReports) -> Option<SettlementDecision> {
    settlement_with(g, opened, &mut Vec::new(), &check_payments(g, opened, &mut Vec::new()))
}

fn settlement_with(
    g: &RawGrantFollowUp,
    opened: &OpenedReports,
    out: &mut Vec<Finding>,
    payments: &[PaymentCheck],
) -> Option<SettlementDecision> {
    let s = &g.settlement;
    let decided_on = typed_date(&s.decided_on, "settlement.decided_on".into(), out);
    let decided = !s.decider.trim().is_empty() && decided_on.is_some();
    let found = g.received.iter().rev().find_map(|r| match opened.get(&r.id) {
        Some(Ok(o @ Opened::Final(_))) => Some((r, o)),
        _ => None,
    });
    let Some((r, o)) = found else {
        if decided {
            out.push(Finding::error(
                Rule::Settlement,
                "settlement.decided_on",
                Message::NoFinalReport,
            ));
        }
        return None;
    };
    let re = recompute(o, &r.accounts_check);
    let paid = payments
        .iter()
        .zip(&g.payments)
        .filter(|(c, p)| !c.last && paid(p))
        .filter_map(|(c, _)| c.amount)
        .fold(Money::ZERO, |s, m| s.checked_add(m).unwrap_or(s));
    let granted = granted_money(g).unwrap_or(re.review.granted);
    let settlement = settle(&re.review.share, granted, re.eligible, paid)?;
    let outcome = if settlement.to_return > Money::ZERO {
        let due = typed_date(&s.recovery_due, "settlement.recovery_due".into(), out);
        if decided && due.is_none() {
            out.push(
                Finding::error(
                    Rule::Settlement,
                    "settlement.recovery_due",
                    Message::RecoveryDueMissing {
                        amount: settlement.to_return,
                    },
                )
                .cite(GrantCitation::Payment),
            );
        }
        Outcome::Recovery {
            amount: settlement.to_return,
            due,
        }
    } else if settlement.last_instalment > Money::ZERO {
        Outcome::LastInstalment(settlement.last_instalment)
    } else {
        Outcome::Nothing
    };
    Some(SettlementDecision {
        final_report: r.id,
        settlement,
        outcome,
        decider: s.decider.trim().into(),
        decided_on,
        decided,
    })
}

// ---- A grant's follow-up -------------------------------------------------------------------------

/// A reporting period and its report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRow {
    /// The ministry's period (`None`: a report received for a period the ministry has not listed).
    pub period: Option<LineId>,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub due: Option<Date>,
    /// The report received last for it.
    pub report: Option<LineId>,
    pub state: ReportState,
    /// Its due date passed with no report.
    pub late: bool,
}

/// A claim received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRow {
    pub number: u64,
    pub report: LineId,
    pub last: bool,
    /// What it asks (all it could ask where its amount is empty).
    pub asked: Money,
    pub state: ReportState,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantStatus {
    pub project_id: String,
    pub project_name: String,
    pub lead: String,
    pub lead_business_id: String,
    /// `G`, the grant at most (`None`: not an amount, a finding).
    pub granted: Option<Money>,
    /// The claims received (the last of each number): what they ask.
    pub claimed: Money,
    /// The payments paid (a paid date).
    pub paid: Money,
    /// `G − paid`.
    pub available: Money,
    pub periods: Vec<PeriodRow>,
    pub claims: Vec<ClaimRow>,
    /// The final report (the last received), its state, and late: none by the call's last day.
    pub final_report: Option<LineId>,
    pub final_state: ReportState,
    pub final_late: bool,
    pub payments: Vec<PaymentCheck>,
    pub settlement: Option<SettlementDecision>,
    pub findings: Vec<Finding>,
}

impl GrantStatus {
    /// The periods whose report is late (the final report's: [`GrantStatus::final_late`]).
    pub fn late(&self) -> impl Iterator<Item = &PeriodRow> {
        self.periods.iter().filter(|p| p.late)
    }
}

/// A grant's follow-up on `today`.
pub fn grant_status(g: &RawGrantFollowUp, opened: &OpenedReports, today: Date) -> GrantStatus {
    let mut findings = Vec::new();
    let granted = granted_money(g);
    if granted.is_none() {
        findings.push(Finding::error(
            Rule::Format,
            "granted.amount",
            Message::AmountInvalid {
                typed: g.granted.amount.clone(),
            },
        ));
    }
    for (j, r) in g.received.iter().enumerate() {
        check_findings(j, r, opened.get(&r.id), &mut findings);
    }
    // Periods: the ministry's, each with the interim report received last for its days.
    let mut periods: Vec<PeriodRow> = g
        .periods
        .iter()
        .enumerate()
        .map(|(j, p)| {
            let due = typed_date(&p.due, format!("periods[{j}].due"), &mut findings);
            let range = p.range();
            PeriodRow {
                period: Some(p.id),
                start: range.map(|r| r.0),
                end: range.map(|r| r.1),
                due,
                report: None,
                state: ReportState::Missing,
                late: false,
            }
        })
        .collect();
    for r in &g.received {
        let Some(Ok(Opened::Interim(i))) = opened.get(&r.id) else {
            continue;
        };
        let range = period_range(&i.file.period);
        let row = match periods
            .iter_mut()
            .find(|p| p.start.zip(p.end) == range && range.is_some())
        {
            Some(row) => row,
            None => {
                periods.push(PeriodRow {
                    period: None,
                    start: range.map(|r| r.0),
                    end: range.map(|r| r.1),
                    due: parse_date(&i.file.period.due),
                    report: None,
                    state: ReportState::Missing,
                    late: false,
                });
                periods.last_mut().expect("just pushed")
            }
        };
        row.report = Some(r.id);
        row.state = report_state(r);
    }
    for p in &mut periods {
        p.late = p.state == ReportState::Missing && p.due.is_some_and(|d| d < today);
    }
    // Claims: the last received of each number.
    let mut claims: Vec<ClaimRow> = Vec::new();
    for r in &g.received {
        let Some(Ok(Opened::Claim(c))) = opened.get(&r.id) else {
            continue;
        };
        let last = c.review.claims.last();
        let row = ClaimRow {
            number: c.file.number,
            report: r.id,
            last: c.file.claim.last,
            asked: last.map_or(Money::ZERO, |l| l.asked.unwrap_or(l.may_claim)),
            state: report_state(r),
        };
        match claims.iter_mut().find(|x| x.number == row.number) {
            Some(x) => *x = row,
            None => claims.push(row),
        }
    }
    claims.sort_by_key(|c| c.number);
    let claimed = claims
        .iter()
        .fold(Money::ZERO, |s, c| s.checked_add(c.asked).unwrap_or(s));
    let payments = check_payments(g, opened, &mut findings);
    let paid_sum = payments
        .iter()
        .zip(&g.payments)
        .filter(|(_, p)| paid(p))
        .filter_map(|(c, _)| c.amount)
        .fold(Money::ZERO, |s, m| s.checked_add(m).unwrap_or(s));
    let final_report = g
        .received
        .iter()
        .rev()
        .find(|r| matches!(opened.get(&r.id), Some(Ok(Opened::Final(_)))));
    let phase = grant_phase::for_call_or_default(&g.granted.call);
    // The final report is due by the call's last day, or by a later end the ministry accepted
    // (docs/rules.md §12.2): the changes in force as the latest file received carries them.
    let final_by = g
        .received
        .iter()
        .rev()
        .find_map(|r| match opened.get(&r.id) {
            Some(Ok(o)) => Some(o),
            _ => None,
        })
        .map_or(phase.final_report_by, |o| {
            schedule_in_force(o.grant()).final_report_by(phase.final_report_by)
        });
    let final_state = final_report.map_or(ReportState::Missing, report_state);
    let settlement = settlement_with(g, opened, &mut findings, &payments);
    GrantStatus {
        project_id: g.project_id.clone(),
        project_name: g.project_name.clone(),
        lead: g.lead.clone(),
        lead_business_id: g.lead_business_id.clone(),
        granted,
        claimed,
        paid: paid_sum,
        available: granted
            .unwrap_or(Money::ZERO)
            .checked_sub(paid_sum)
            .unwrap_or(Money::ZERO),
        periods,
        claims,
        final_report: final_report.map(|r| r.id),
        final_state,
        final_late: final_report.is_none() && today > final_by,
        payments,
        settlement,
        findings,
    }
}

// ---- The payment list ---------------------------------------------------------------------------

/// An instalment approved for payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRow {
    /// The grant's index in the follow-up and the payment's id.
    pub grant: usize,
    pub payment: LineId,
    /// The payee: the lead, with its business ID.
    pub payee: String,
    pub business_id: String,
    pub project: String,
    pub amount: Option<Money>,
    /// The decision: its date (ISO, as the record has it) and reference.
    pub decided_on: String,
    pub decision_reference: String,
    /// The instalment: the claim's number.
    pub instalment: u64,
    pub presenter: String,
    pub approver: String,
    pub approved_on: Option<Date>,
    pub paid_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentList {
    pub rows: Vec<PaymentRow>,
    pub total: Money,
    /// The findings of the payments listed, with the path from the file (`follow_up.grants[0].payments[1]…`).
    pub findings: Vec<Finding>,
}

/// The instalments approved for payment (an approver named and a date), in the grants' order.
/// `opened` holds each grant's reports opened, in the same order as `follow_up.grants`.
pub fn payment_list(follow_up: &RawFollowUp, opened: &[OpenedReports]) -> PaymentList {
    let empty = OpenedReports::new();
    let mut rows = Vec::new();
    let mut findings = Vec::new();
    for (i, g) in follow_up.grants.iter().enumerate() {
        let mut own = Vec::new();
        check_payments(g, opened.get(i).unwrap_or(&empty), &mut own);
        for (j, p) in g.payments.iter().enumerate().filter(|(_, p)| approved(p)) {
            let prefix = format!("payments[{j}].");
            findings.extend(own.iter().filter(|f| f.path.starts_with(&prefix)).map(|f| Finding {
                path: format!("follow_up.grants[{i}].{}", f.path),
                ..f.clone()
            }));
            rows.push(PaymentRow {
                grant: i,
                payment: p.id,
                payee: g.lead.clone(),
                business_id: g.lead_business_id.clone(),
                project: g.project_name.clone(),
                amount: amount_of(p),
                decided_on: g.granted.decided_on.clone(),
                decision_reference: g.decision_reference.clone(),
                instalment: p.claim,
                presenter: p.presenter.trim().into(),
                approver: p.approver.trim().into(),
                approved_on: parse_date(&p.approved_on),
                paid_on: parse_date(&p.paid_on),
            });
        }
    }
    let total = rows
        .iter()
        .filter_map(|r| r.amount)
        .fold(Money::ZERO, |s, m| s.checked_add(m).unwrap_or(s));
    PaymentList { rows, total, findings }
}

/// The payment list's column headings and the total row's label, in the reader's language.
pub struct PaymentHeadings<'a> {
    pub payee: &'a str,
    pub business_id: &'a str,
    pub project: &'a str,
    pub amount: &'a str,
    pub decided_on: &'a str,
    pub decision_reference: &'a str,
    pub instalment: &'a str,
    pub presenter: &'a str,
    pub approver: &'a str,
    pub approved_on: &'a str,
    pub paid_on: &'a str,
    pub total: &'a str,
}

/// The payment list as CSV for Finnish Excel (as `summary`'s: BOM, `;`, CRLF, decimal comma,
/// dates as Finns write them), with a total row.
pub fn payment_list_csv(list: &PaymentList, h: &PaymentHeadings<'_>) -> String {
    let mut out = String::from("\u{FEFF}");
    let headings = [
        h.payee,
        h.business_id,
        h.project,
        h.amount,
        h.decided_on,
        h.decision_reference,
        h.instalment,
        h.presenter,
        h.approver,
        h.approved_on,
        h.paid_on,
    ]
    .map(String::from);
    csv_line(&mut out, &headings);
    let date = |d: Option<Date>| d.map(field_date).unwrap_or_default();
    for r in &list.rows {
        csv_line(
            &mut out,
            &[
                r.payee.clone(),
                r.business_id.clone(),
                r.project.clone(),
                csv_amount(r.amount),
                date(parse_iso_date(&r.decided_on)),
                r.decision_reference.clone(),
                r.instalment.to_string(),
                r.presenter.clone(),
                r.approver.clone(),
                date(r.approved_on),
                date(r.paid_on),
            ],
        );
    }
    let mut total = vec![String::new(); 11];
    total[0] = h.total.into();
    total[3] = csv_amount(Some(list.total));
    csv_line(&mut out, &total);
    out
}

// ---- The programme's totals ---------------------------------------------------------------------

/// The programme's totals against the appropriation (docs/rules.md §12.6), exact to the cent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgrammeTotals {
    pub appropriation: Money,
    /// Σ per grant: the final grant once its settlement is decided, else `G`.
    pub granted: Money,
    /// Σ of the payments paid.
    pub paid: Money,
    /// Σ of the amounts to recover the settlements decided.
    pub recovered: Money,
    /// `granted − paid + recovered`: what the programme still owes its grantees.
    pub committed: Money,
    /// `appropriation − granted`: not granted by the grants followed.
    pub not_granted: Money,
}

/// The appropriation of a call's programme (its profile's; the default call's where unknown).
pub fn appropriation(call_id: &str) -> Money {
    let profile = call::by_id(call_id).or_else(|| call::by_id(call::DEFAULT_CALL));
    profile
        .and_then(|p| Money::round(p.appropriation))
        .unwrap_or(Money::ZERO)
}

/// The totals over the grants' follow-ups.
pub fn programme_totals(grants: &[GrantStatus], appropriation: Money) -> ProgrammeTotals {
    let add = |s: Money, m: Money| s.checked_add(m).unwrap_or(s);
    let (mut granted, mut paid, mut recovered) = (Money::ZERO, Money::ZERO, Money::ZERO);
    for g in grants {
        let decided = g.settlement.as_ref().filter(|s| s.decided);
        granted = add(
            granted,
            decided.map_or(g.granted.unwrap_or(Money::ZERO), |s| s.settlement.final_grant),
        );
        paid = add(paid, g.paid);
        recovered = add(recovered, decided.map_or(Money::ZERO, |s| s.settlement.to_return));
    }
    let committed = granted
        .checked_sub(paid)
        .and_then(|x| x.checked_add(recovered))
        .unwrap_or(Money::ZERO);
    ProgrammeTotals {
        appropriation,
        granted,
        paid,
        recovered,
        committed,
        not_granted: appropriation.checked_sub(granted).unwrap_or(Money::ZERO),
    }
}
