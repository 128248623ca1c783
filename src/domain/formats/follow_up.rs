//! The ministry's follow-up of its grants (docs/rules.md §12.3–§12.6), as typed: `hakemus-follow-up`
//! version 1, the ministry's work, to back up or to hand to the approver in another browser.
//!
//! Per grant ([`RawGrantFollowUp`], keyed by the project id the grantee's report files carry; from
//! the decision's entry until the first report names it, by the application's fingerprint): the
//! grant `G`, the lead and its business ID, the decision's date and reference, the call, the
//! reporting periods the ministry announces (with their due dates), the report files received with
//! the two checks of each (content, accounts entry by entry), the payments approved and paid, and
//! the settlement decision's signature and a recovery's due date. Strings as typed, always
//! saveable; what they mean is derived by `reviewer::follow_up`. Ids from the grant's own counter.
//!
//! **The files received are kept as their text**, with its SHA-256, not as parsed structs: what the
//! grantee sent is kept byte for byte (it is the evidence the checks sign off), the follow-up's own
//! schema does not embed the three report formats (a later version of those does not change this
//! one), and on reading the follow-up each text goes through its own strict reader again, figures
//! recomputed, so a follow-up file cannot carry an edited report ([`read`]). The cost: a final
//! report with its auditor's statement is up to about 7 MiB of text, so the file has a size cap of
//! its own ([`MAX_FOLLOW_UP_BYTES`], as the backup has).

use crate::domain::draft::LineId;
use crate::domain::formats::clarification::Question;
use crate::domain::formats::completion::{self, AnswerError, Asked, AskedEntry, GrantNamed, ReportNamed};
use crate::domain::formats::decision::{DecisionFile, Status};
use crate::domain::formats::grant::iso;
pub use crate::domain::formats::grant_reports::{open_report, Opened, ReportKind};
use crate::domain::formats::grant_reports::{Project, ReportError};
use crate::domain::formats::partner::schema_text_of;
use crate::domain::formats::reader::{from_json, open_capped, shape_error, ImportError, Note, Problem};
use crate::domain::grant::change::schedule_in_force;
use crate::domain::grant::model::{Granted, RawGrant};
use crate::domain::grant::periods::default_periods;
use crate::domain::grant::statement::sha256_hex;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::grant_phase;
use crate::domain::vocabulary::locale::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub const FORMAT: &str = "hakemus-follow-up";
/// The version this build writes and reads.
pub const VERSION: u64 = 1;
/// The committed JSON Schema, equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-follow-up.schema.json");
/// The largest follow-up file read: it carries the report files received, a final report with its
/// statement up to about 7 MiB, so many grants' worth is more than one file's 16 MiB.
pub const MAX_FOLLOW_UP_BYTES: usize = 64 * 1024 * 1024;

/// A check's verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Not decided yet.
    #[default]
    Pending,
    Accepted,
    /// The grantee is asked to complete the report.
    CompletionRequested,
}

/// The check of a report's content (what it says), signed off by name and date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ContentCheck {
    /// Who checked, as typed; a check without a name is not signed off.
    pub by: String,
    /// When, as typed (`1.12.2021` or ISO).
    pub on: String,
    pub verdict: Verdict,
    pub note: String,
}

/// One entry of the accounts, as the ministry's check decides it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "decision", deny_unknown_fields)]
pub enum EntryDecision {
    Accept,
    /// Left out of the eligible costs; a leave-out without a reason is an error.
    LeaveOut {
        reason: String,
    },
}

/// The check of a report's accounts, entry by entry (by the entry's id in the report's file; an
/// entry not named is accepted as the file counts it), signed off by name and date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct AccountsCheck {
    pub by: String,
    pub on: String,
    pub verdict: Verdict,
    pub note: String,
    pub entries: BTreeMap<LineId, EntryDecision>,
}

/// A report file received from the grantee.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ReceivedReport {
    /// From the grant's counter.
    pub id: LineId,
    pub kind: ReportKind,
    /// When it was received (ISO 8601, given by the caller).
    pub received_on: String,
    /// The SHA-256 of `text` (lowercase hex): the file, named.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    /// The file as received, byte for byte (UTF-8).
    #[schemars(extend("contentMediaType" = "application/json"))]
    pub text: String,
    pub content_check: ContentCheck,
    pub accounts_check: AccountsCheck,
    /// The completion requests sent about this report, oldest first, each with the answers
    /// received (docs/rules.md §12.4.1; absent in files made before them, which open as none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub completions: Vec<CompletionSent>,
    /// The received report this one completes: it came in a completion answer to a request about
    /// that report (its id; 0, absent: none).
    #[serde(skip_serializing_if = "is_zero")]
    pub completes: LineId,
}

fn is_zero(id: &LineId) -> bool {
    *id == 0
}

/// A completion request sent about a received report, and every answer received to it (the last
/// one is in force).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct CompletionSent {
    /// What was asked, as the request's file carries it.
    pub asked: completion::Asked,
    pub answers: Vec<CompletionAnswer>,
}

/// An answer to a completion request, received: when it was made, its answers, and the completed
/// report it carried, kept as a received report of the grant (its id).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct CompletionAnswer {
    /// RFC 3339, as the answer's file has it.
    pub answered_at: String,
    /// By the question's id, as the answer's file has them.
    pub answers: BTreeMap<u64, String>,
    /// The received report that is the completed report.
    pub report: LineId,
}

impl CompletionSent {
    /// The answer in force: the last received.
    pub fn answer(&self) -> Option<&CompletionAnswer> {
        self.answers.last()
    }

    /// The day the answer in force was made.
    pub fn answered_on(&self) -> Option<time::Date> {
        self.answer()
            .and_then(|a| a.answered_at.get(..10).and_then(parse_iso_date))
    }
}

/// A payment of a claim's instalment, as typed: approved by one person on another's presentation,
/// then paid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawPayment {
    pub id: LineId,
    /// The claim's number (1 for the first; 0 while not chosen).
    pub claim: u64,
    /// The amount approved for payment, as typed.
    pub amount: String,
    pub presenter: String,
    pub approver: String,
    pub approved_on: String,
    pub paid_on: String,
}

/// A reporting period as the ministry announces it. The follow-up's own (not the grant's
/// `RawPeriod`, whose schema allows only ISO dates, as the grantee's files write them): the start and
/// end are made ISO from the grantee's application when the first file is received, and the due date
/// is what the ministry types (`15.7.2020` or ISO), kept as typed, so every field is any string here;
/// what it means is read by [`FollowUpPeriod::range`] and `reviewer::follow_up`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct FollowUpPeriod {
    pub id: LineId,
    /// The first day (ISO when made from the files; as typed otherwise).
    pub start: String,
    /// The last day.
    pub end: String,
    /// When its report is due, as the ministry typed it.
    pub due: String,
}

impl FollowUpPeriod {
    /// Its days, where both ends are dates (ISO or `1.3.2020`) in order.
    pub fn range(&self) -> Option<(time::Date, time::Date)> {
        match (parse_date(&self.start), parse_date(&self.end)) {
            (Some(s), Some(e)) if s <= e => Some((s, e)),
            _ => None,
        }
    }
}

/// The settlement decision's own fields; its amounts are computed (`reviewer::follow_up`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawSettlementDecision {
    pub decided_on: String,
    pub decider: String,
    /// When an amount to recover under valtionavustuslaki 20 § is due, as typed.
    pub recovery_due: String,
}

/// One grant as the ministry follows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawGrantFollowUp {
    /// The project id the grantee's files carry; empty until the first is received.
    pub project_id: String,
    /// The granted application's fingerprint (empty where not known).
    #[schemars(regex(pattern = r"^$|^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    pub project_name: String,
    /// The lead (the payee) and its business ID.
    pub lead: String,
    pub lead_business_id: String,
    /// What the decision granted: `G` ("enintään"), the group, the conditions, the call, the date.
    pub granted: Granted,
    /// The decision's reference (diary number), as typed.
    pub decision_reference: String,
    /// The reporting periods the ministry announces, with their due dates.
    pub periods: Vec<FollowUpPeriod>,
    /// The files received, oldest first.
    pub received: Vec<ReceivedReport>,
    pub payments: Vec<RawPayment>,
    pub settlement: RawSettlementDecision,
    /// The next id to hand out.
    pub next_id: LineId,
}

/// The ministry's follow-up: every grant it follows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawFollowUp {
    pub grants: Vec<RawGrantFollowUp>,
}

/// The file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus follow-up", extend("additionalProperties" = false))]
pub struct FollowUpFile {
    #[schemars(extend("const" = "hakemus-follow-up"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub follow_up: RawFollowUp,
}

/// The JSON Schema as committed under `schema/`.
pub fn schema() -> String {
    schema_text_of(schemars::schema_for!(FollowUpFile))
}

/// Each received report of a grant opened, by its id (a text that no longer reads with its reason).
pub type OpenedReports = BTreeMap<LineId, Result<Opened, ReportError>>;

/// Opens every report the grant has received. Pure, and as costly as reading the files: a page
/// keeps the result while the texts do not change (they never change once received).
pub fn open_received(grant: &RawGrantFollowUp, lang: Lang) -> OpenedReports {
    grant
        .received
        .iter()
        .map(|r| (r.id, open_report(r.text.as_bytes(), lang)))
        .collect()
}

// ---- Editing ----------------------------------------------------------------------------------

impl RawGrantFollowUp {
    /// The next id from the grant's counter.
    pub fn take_id(&mut self) -> LineId {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The reporting periods follow the project's period in force as the grantee's file `from`
    /// carries it (docs/rules.md §11.3, §12.2: an accepted later end has periods up to it). Where
    /// the grant has none, they are proposed every `months` months from the start (the ministry
    /// types their due dates). Where it has some and the end in force is after their last day, the
    /// period cut at that day runs on to its full length and the periods after it are added; the
    /// others stay as they are. Nothing where the file has no period in order.
    pub fn follow_periods(&mut self, from: &RawGrant, months: u8) {
        let s = schedule_in_force(from);
        let (Some(start), Some(end)) = (s.start, s.end) else {
            return;
        };
        let proposed = default_periods(start, end, months);
        let last = self
            .periods
            .iter()
            .filter_map(FollowUpPeriod::range)
            .map(|(_, e)| e)
            .max();
        if last.is_some_and(|last| end <= last) {
            return;
        }
        for (from, to) in proposed {
            let cut = self
                .periods
                .iter_mut()
                .find(|p| p.range().is_some_and(|(s, e)| s == from && Some(e) == last && e < to));
            if let Some(p) = cut {
                p.end = iso(to);
            } else if last.is_none_or(|last| from > last) {
                let id = self.take_id();
                self.periods.push(FollowUpPeriod {
                    id,
                    start: iso(from),
                    end: iso(to),
                    due: String::new(),
                });
            }
        }
    }

    /// Keeps the counter above every id in use.
    pub fn repair_ids(&mut self) {
        let top = (self.periods.iter().map(|p| p.id))
            .chain(self.received.iter().map(|r| r.id))
            .chain(self.payments.iter().map(|p| p.id))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(top + 1);
    }

    /// Adds an empty payment of claim `claim` and returns its id.
    pub fn add_payment(&mut self, claim: u64) -> LineId {
        let id = self.take_id();
        self.payments.push(RawPayment {
            id,
            claim,
            ..RawPayment::default()
        });
        id
    }

    pub fn payment_mut(&mut self, id: LineId) -> Option<&mut RawPayment> {
        self.payments.iter_mut().find(|p| p.id == id)
    }

    pub fn received_mut(&mut self, id: LineId) -> Option<&mut ReceivedReport> {
        self.received.iter_mut().find(|r| r.id == id)
    }

    /// The grant as a completion request names it.
    pub fn named(&self) -> GrantNamed {
        GrantNamed {
            project_id: self.project_id.clone(),
            fingerprint: self.fingerprint.clone(),
            project_name: self.project_name.clone(),
            lead: self.lead.clone(),
            lead_business_id: self.lead_business_id.clone(),
        }
    }

    /// The id of the next completion request written for this grant: one more than those it holds.
    pub fn next_completion_id(&self) -> String {
        let count: usize = self.received.iter().map(|r| r.completions.len()).sum();
        (count + 1).to_string()
    }

    /// What a completion request about the received report `report` (opened as `opened`) asks
    /// (docs/rules.md §12.4.1): the free `questions` not blank, numbered from 1, then the entries
    /// asked about (by their id in the report's file, with what is asked; an id the file does not
    /// count is left out), numbered after them. `None` without that report.
    #[allow(clippy::too_many_arguments)]
    pub fn completion_asked(
        &self,
        report: LineId,
        opened: &Opened,
        id: &str,
        asked_at: &str,
        deadline: &str,
        questions: &[String],
        entries: &[(LineId, String)],
    ) -> Option<Asked> {
        let r = self.received.iter().find(|r| r.id == report)?;
        let questions: Vec<Question> = (questions.iter().filter(|q| !q.trim().is_empty()))
            .zip(1..)
            .map(|(text, id)| Question {
                id,
                text: text.trim().into(),
            })
            .collect();
        let first = questions.len() as u64 + 1;
        let entries = (entries.iter())
            .filter_map(|(entry, text)| opened.entries().iter().find(|e| e.id == *entry).map(|e| (e, text)))
            .zip(first..)
            .map(|((e, text), id)| AskedEntry::of(id, e, text.trim()))
            .collect();
        Some(Asked {
            id: id.into(),
            asked_at: asked_at.into(),
            deadline: deadline.into(),
            grant: self.named(),
            report: ReportNamed::of(opened, &r.sha256),
            questions,
            entries,
        })
    }

    /// Records a completion request sent about the received report `report` (the same request
    /// twice is kept once). Returns whether it was recorded.
    pub fn record_completion(&mut self, report: LineId, asked: Asked) -> bool {
        let Some(r) = self.received_mut(report) else {
            return false;
        };
        if !r.completions.iter().any(|c| c.asked == asked) {
            r.completions.push(CompletionSent {
                asked,
                answers: Vec::new(),
            });
        }
        true
    }

    /// Whether a file of `project` is this grant's: the same project id, or (before the first file
    /// named it) the same application fingerprint.
    pub fn is_of(&self, project: &Project) -> bool {
        if self.project_id.is_empty() {
            !self.fingerprint.is_empty() && self.fingerprint == project.fingerprint
        } else {
            self.project_id == project.id
        }
    }

    /// A grant to follow from a report file's project (the first file received of a grant the
    /// ministry has not entered from its decision).
    pub fn of_project(project: &Project) -> RawGrantFollowUp {
        RawGrantFollowUp {
            project_id: project.id.clone(),
            fingerprint: project.fingerprint.clone(),
            project_name: project.name.clone(),
            lead: project.lead.clone(),
            lead_business_id: project.lead_business_id.clone(),
            granted: project.granted.clone(),
            ..RawGrantFollowUp::default()
        }
    }

    /// Fills in what a report file's project tells and the record lacks (the project id, the
    /// business ID: the decision's entry does not carry them). What the ministry typed is kept.
    fn complete_from(&mut self, project: &Project) {
        for (mine, theirs) in [
            (&mut self.project_id, &project.id),
            (&mut self.fingerprint, &project.fingerprint),
            (&mut self.project_name, &project.name),
            (&mut self.lead, &project.lead),
            (&mut self.lead_business_id, &project.lead_business_id),
        ] {
            if mine.trim().is_empty() {
                *mine = theirs.clone();
            }
        }
    }
}

/// The grants of a decision (its entries granted, with an amount), each to follow, keyed by the
/// application's fingerprint until its first report names the project.
pub fn from_decision(decision: &DecisionFile) -> Vec<RawGrantFollowUp> {
    let proposal = &decision.proposal;
    proposal
        .entries
        .iter()
        .filter(|e| e.status == Status::Grant && !e.amount.trim().is_empty())
        .map(|e| {
            let group = proposal.groups.iter().find(|g| g.id == e.group);
            let call_id = if e.application.call.is_empty() {
                proposal.call.clone()
            } else {
                e.application.call.clone()
            };
            RawGrantFollowUp {
                fingerprint: e.application.fingerprint.clone(),
                project_name: e.application.project.clone(),
                lead: e.application.lead.clone(),
                granted: Granted {
                    amount: e.amount.clone(),
                    group: group.map(|g| g.name.clone()).unwrap_or_default(),
                    group_conditions: group.map(|g| g.conditions.clone()).unwrap_or_default(),
                    condition: e.condition.clone(),
                    decided_on: call::by_id(&call_id)
                        .and_then(|p| p.decision_date)
                        .map(iso)
                        .unwrap_or_default(),
                    call: call_id,
                },
                ..RawGrantFollowUp::default()
            }
        })
        .collect()
}

/// Why a report file is not taken into the follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiveRefusal {
    /// Its own reader refused it (with the place).
    Report(ReportError),
    /// This very file was received already (same SHA-256).
    AlreadyReceived { id: LineId },
}

/// What a file received was taken as: the grant's index (new or not) and the received report's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received {
    pub grant: usize,
    pub id: LineId,
    /// The grant was not followed before: added from the file's project.
    pub new_grant: bool,
}

impl RawFollowUp {
    /// Adds the decision's grants not followed yet (by fingerprint); returns how many were added.
    pub fn add_decision(&mut self, decision: &DecisionFile) -> usize {
        let new: Vec<RawGrantFollowUp> = from_decision(decision)
            .into_iter()
            .filter(|g| !self.grants.iter().any(|h| h.fingerprint == g.fingerprint))
            .collect();
        let n = new.len();
        self.grants.extend(new);
        n
    }

    /// Takes a report file received on `received_on` (ISO): read by its own reader (refused with
    /// its reason), put under its grant (a grant not followed yet is added from the file's project),
    /// the grant's periods proposed from the application where it has none yet. Nothing changes on
    /// a refusal.
    pub fn receive(&mut self, bytes: &[u8], received_on: &str, lang: Lang) -> Result<Received, ReceiveRefusal> {
        let opened = open_report(bytes, lang).map_err(ReceiveRefusal::Report)?;
        let sha256 = sha256_hex(bytes);
        let project = opened.project().clone();
        let (index, new_grant) = match self.grants.iter().position(|g| g.is_of(&project)) {
            Some(i) => (i, false),
            None => {
                self.grants.push(RawGrantFollowUp::of_project(&project));
                (self.grants.len() - 1, true)
            }
        };
        let grant = &mut self.grants[index];
        if let Some(r) = grant.received.iter().find(|r| r.sha256 == sha256) {
            let id = r.id;
            if new_grant {
                self.grants.pop();
            }
            return Err(ReceiveRefusal::AlreadyReceived { id });
        }
        grant.complete_from(&project);
        let months = grant_phase::for_call(&grant.granted.call).map_or(4, |p| p.report_every_months);
        grant.follow_periods(opened.grant(), months);
        let id = grant.take_id();
        grant.received.push(ReceivedReport {
            id,
            kind: opened.kind(),
            received_on: received_on.into(),
            sha256,
            // The reader took it as UTF-8 (a BOM allowed): kept as it came, without the BOM.
            text: String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned(),
            ..ReceivedReport::default()
        });
        Ok(Received {
            grant: index,
            id,
            new_grant,
        })
    }
}

/// Why a completion answer is not taken into the follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompletionRefusal {
    /// Its reader refused it (with the place).
    Answer(AnswerError),
    /// No request of that id was sent about that report of a grant followed here.
    UnknownRequest,
    /// It asks otherwise than the request sent (its questions, entries or deadline differ).
    NotAsSent,
    /// The same answer was received already.
    AlreadyReceived,
}

impl RawFollowUp {
    /// Takes a completion answer (`hakemus-completion`) received on `received_on` (ISO): read by its
    /// reader, matched to the request sent (its grant, the report asked about by its SHA-256, the
    /// request's id and all it asked), the answer kept beside the request and the completed report
    /// kept as a received report of the grant (`completes` naming the report asked about; the very
    /// same file received before is not kept twice), to be checked again. Nothing changes on a
    /// refusal.
    pub fn receive_completion(
        &mut self,
        bytes: &[u8],
        received_on: &str,
        lang: Lang,
    ) -> Result<Received, CompletionRefusal> {
        let read = completion::read_answer(bytes, lang).map_err(CompletionRefusal::Answer)?;
        let f = &read.file;
        let index = (self.grants.iter())
            .position(|g| g.is_of(read.report.project()))
            .ok_or(CompletionRefusal::UnknownRequest)?;
        let grant = &mut self.grants[index];
        let asked_about = (grant.received.iter())
            .position(|r| r.sha256 == f.request.report.sha256)
            .ok_or(CompletionRefusal::UnknownRequest)?;
        let original = grant.received[asked_about].id;
        let sent = &grant.received[asked_about].completions;
        if !sent.iter().any(|c| c.asked.id == f.request.id) {
            return Err(CompletionRefusal::UnknownRequest);
        }
        let which = (sent.iter())
            .position(|c| c.asked == f.request)
            .ok_or(CompletionRefusal::NotAsSent)?;
        if (sent[which].answers.iter()).any(|a| a.answered_at == f.answered_at && a.answers == f.answers) {
            return Err(CompletionRefusal::AlreadyReceived);
        }
        let sha256 = sha256_hex(read.report_text.as_bytes());
        let id = match grant.received.iter().find(|r| r.sha256 == sha256) {
            Some(r) => r.id,
            None => {
                let id = grant.take_id();
                grant.received.push(ReceivedReport {
                    id,
                    kind: read.report.kind(),
                    received_on: received_on.into(),
                    sha256,
                    text: read.report_text.clone(),
                    completes: original,
                    ..ReceivedReport::default()
                });
                id
            }
        };
        grant.received[asked_about].completions[which]
            .answers
            .push(CompletionAnswer {
                answered_at: f.answered_at.clone(),
                answers: f.answers.clone(),
                report: id,
            });
        Ok(Received {
            grant: index,
            id,
            new_grant: false,
        })
    }
}

/// What a file chosen on the follow-up's home page was taken as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// A decision: this many of its grants added to the follow-up.
    Decision { added: usize },
    /// A report file received.
    Report(Received),
    /// A completion answer received: its completed report is the received report named.
    Completion(Received),
}

/// Why a file chosen on the home page was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TakeRefusal {
    /// Neither a decision nor one of the grantee's report files (by its `format`).
    NotAFile,
    /// A decision its reader refused (with the place).
    Decision(ImportError),
    /// A decision whose every grant is followed already (the same decision twice).
    DecisionKnown,
    Report(ReceiveRefusal),
    Completion(CompletionRefusal),
}

impl RawFollowUp {
    /// Takes a file the ministry chose: a decision (`hakemus-decision`: its grants added, by
    /// fingerprint, [`RawFollowUp::add_decision`]), one of the grantee's report files (received on
    /// `received_on`, ISO: [`RawFollowUp::receive`]) or a completion answer
    /// ([`RawFollowUp::receive_completion`]); anything else is refused. Nothing changes on a
    /// refusal.
    pub fn take(&mut self, bytes: &[u8], received_on: &str, lang: Lang) -> Result<Taken, TakeRefusal> {
        let format = crate::domain::formats::reader::format_name(bytes);
        match format.as_deref() {
            Some(crate::domain::formats::decision::FORMAT) => {
                let decision = crate::domain::formats::grant::read_decision(bytes).map_err(TakeRefusal::Decision)?;
                match self.add_decision(&decision) {
                    0 => Err(TakeRefusal::DecisionKnown),
                    added => Ok(Taken::Decision { added }),
                }
            }
            Some(f) if ReportKind::of_format(f).is_some() => self
                .receive(bytes, received_on, lang)
                .map(Taken::Report)
                .map_err(TakeRefusal::Report),
            Some(completion::ANSWER_FORMAT) => self
                .receive_completion(bytes, received_on, lang)
                .map(Taken::Completion)
                .map_err(TakeRefusal::Completion),
            _ => Err(TakeRefusal::NotAFile),
        }
    }
}

// ---- The file ---------------------------------------------------------------------------------

/// The follow-up as its file.
pub fn export(follow_up: &RawFollowUp, exported_at: &str) -> FollowUpFile {
    FollowUpFile {
        format: FORMAT.into(),
        schema_version: VERSION,
        exported_at: exported_at.into(),
        follow_up: follow_up.clone(),
    }
}

/// A file as text: pretty-printed UTF-8 with a final newline.
pub fn to_json(file: &FollowUpFile) -> String {
    crate::domain::formats::partner::to_json(file)
}

/// Whether a text is a follow-up file, by its `format`.
pub fn is_follow_up(bytes: &[u8]) -> bool {
    crate::domain::formats::reader::format_name(bytes).as_deref() == Some(FORMAT)
}

/// `hakemus-follow-up-<date made>.json`.
pub fn file_name(file: &FollowUpFile) -> String {
    match file.exported_at.get(..10) {
        Some(day) if day.bytes().all(|b| b.is_ascii_digit() || b == b'-') => format!("{FORMAT}-{day}.json"),
        _ => format!("{FORMAT}.json"),
    }
}

/// Why a follow-up file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpError {
    /// By the strict reader or a check of the file's own, with its place.
    Read(ImportError),
    /// A received report's text no longer reads: its place (`follow_up.grants[0].received[1].text`) and the
    /// report's reader's refusal (with its own place in that text).
    Report { path: String, error: ReportError },
}

impl From<ImportError> for FollowUpError {
    fn from(e: ImportError) -> FollowUpError {
        FollowUpError::Read(e)
    }
}

impl FollowUpError {
    pub fn path(&self) -> Option<&str> {
        match self {
            FollowUpError::Read(e) => e.path.as_deref(),
            FollowUpError::Report { path, .. } => Some(path),
        }
    }
}

/// A follow-up file read: the file, its notes, and each grant's received reports opened (in the
/// grants' order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFollowUp {
    pub file: FollowUpFile,
    pub notes: Vec<Note>,
    pub opened: Vec<OpenedReports>,
}

fn invalid(path: String, detail: &str) -> ImportError {
    ImportError::at(path, Problem::Invalid { detail: detail.into() })
}

/// The strict reader, then the file's own checks, each refusal at its place: every grant named (a
/// project id or a fingerprint) once; ids non-zero and unique within a grant; each received text
/// its SHA-256, of its kind, read by its own reader (figures recomputed) and of its grant's project.
pub fn read(bytes: &[u8], lang: Lang) -> Result<ReadFollowUp, FollowUpError> {
    let (text, scan, _) = open_capped(bytes, FORMAT, VERSION, MAX_FOLLOW_UP_BYTES)?;
    let file: FollowUpFile = from_json(text).map_err(shape_error)?;
    if file.exported_at.get(..10).and_then(parse_iso_date).is_none() {
        return Err(ImportError::at(
            "exported_at",
            Problem::NotADate {
                text: file.exported_at.clone(),
            },
        )
        .into());
    }
    let mut names = BTreeSet::new();
    let mut opened = Vec::with_capacity(file.follow_up.grants.len());
    for (i, g) in file.follow_up.grants.iter().enumerate() {
        let at = |p: &str| format!("follow_up.grants[{i}].{p}");
        let name = if g.project_id.is_empty() {
            &g.fingerprint
        } else {
            &g.project_id
        };
        if name.trim().is_empty() {
            return Err(ImportError::at(at("project_id"), Problem::MissingId).into());
        }
        if !names.insert(name.clone()) {
            return Err(invalid(at("project_id"), "a grant followed twice").into());
        }
        let mut ids = BTreeSet::new();
        let all = (g
            .periods
            .iter()
            .enumerate()
            .map(|(j, p)| (format!("periods[{j}].id"), p.id)))
        .chain(
            g.received
                .iter()
                .enumerate()
                .map(|(j, r)| (format!("received[{j}].id"), r.id)),
        )
        .chain(
            g.payments
                .iter()
                .enumerate()
                .map(|(j, p)| (format!("payments[{j}].id"), p.id)),
        );
        for (path, id) in all {
            if id == 0 || !ids.insert(id) {
                return Err(ImportError::at(at(&path), Problem::MissingId).into());
            }
        }
        let mut reports = OpenedReports::new();
        for (j, r) in g.received.iter().enumerate() {
            let at = |p: &str| format!("follow_up.grants[{i}].received[{j}].{p}");
            if sha256_hex(r.text.as_bytes()) != r.sha256 {
                return Err(invalid(at("sha256"), "not the SHA-256 of the text").into());
            }
            let o = open_report(r.text.as_bytes(), lang).map_err(|error| FollowUpError::Report {
                path: at("text"),
                error,
            })?;
            if o.kind() != r.kind {
                return Err(invalid(at("kind"), "not the kind of the text").into());
            }
            if !g.is_of(o.project()) {
                return Err(invalid(at("text"), "a report of another project").into());
            }
            reports.insert(r.id, Ok(o));
        }
        // A completed report names a report of the grant; a completion's answer, its completed report.
        for (j, r) in g.received.iter().enumerate() {
            let at = |p: &str| format!("follow_up.grants[{i}].received[{j}].{p}");
            if r.completes != 0 && (r.completes == r.id || !ids.contains(&r.completes)) {
                return Err(invalid(at("completes"), "not another report of the grant").into());
            }
            for (k, c) in r.completions.iter().enumerate() {
                for (m, a) in c.answers.iter().enumerate() {
                    if !ids.contains(&a.report) {
                        return Err(invalid(
                            at(&format!("completions[{k}].answers[{m}].report")),
                            "not a report of the grant",
                        )
                        .into());
                    }
                }
            }
        }
        opened.push(reports);
    }
    Ok(ReadFollowUp {
        notes: scan.notes,
        file,
        opened,
    })
}
