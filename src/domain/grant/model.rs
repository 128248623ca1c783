//! A granted project as the lead keeps it, exactly as typed: what the decision granted, the
//! application it granted (the plan), and everything typed since — the project's accounts
//! (projektikirjanpito), the reporting periods, the interim reports, the payment claims with what
//! was paid, and the final report. Strings and flags, always saveable whether or not they are
//! valid, as the application's raw draft is (`domain::draft`); what the rules say of them is derived
//! by `ledger`, `report`, `claim` and `settlement`, never stored.
//!
//! Ids of the rows (entries, periods, reports, claims) come from the project's own counter, never
//! from randomness; the project's own `id` is given by the caller (as a partner request's).

use crate::domain::draft::{remove_item, restore_item, Item, LineId, RawDraft};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the decision says of this grant: copied from the decision when the project was made, so
/// that the project stands without the decision's file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Granted {
    /// The grant "at most" (enintään), a decimal string as the decision's file writes it
    /// (`181500.00`).
    #[schemars(regex(pattern = r"^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    /// The group the grant was decided in, and the conditions the group shares (may be empty).
    pub group: String,
    pub group_conditions: String,
    /// A condition of this grant alone (may be empty).
    pub condition: String,
    /// The call profile's id.
    pub call: String,
    /// The decision's date (ISO 8601) where it is known from the call profile; empty otherwise.
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub decided_on: String,
}

/// Where an entry came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "kind", deny_unknown_fields)]
pub enum Origin {
    /// Typed on the ledger page.
    #[default]
    Typed,
    /// Imported from the accounting system's CSV: the file's name and the row (1-based, the header
    /// row counted) it came from.
    Imported { file: String, row: u64 },
    /// Returned by a partner: the partner request's id it answered.
    Partner { request: String },
}

/// A realised cost in the project's accounts, as typed (or as imported: the cells as text).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawEntry {
    /// From the project's counter.
    pub id: LineId,
    /// The booking date as typed (`1.3.2020`; in a file ISO 8601 `2020-03-01`). The patterns here
    /// are the files' shape (what a file's reader takes); the stored record keeps what was typed.
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: String,
    /// The voucher number or another reference (tosite).
    pub voucher: String,
    /// A `CostCategory` id, or empty when not chosen yet.
    pub category: String,
    /// Which applicant bore the cost: the applicant's id in the granted application.
    pub bearer: String,
    pub description: String,
    /// The amount without VAT, as typed (in a file a decimal string `1200.50`, a credit `-120.00`,
    /// never `-0.00`).
    #[schemars(regex(
        pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$|^-(0\.(0[1-9]|[1-9][0-9])|[1-9][0-9]{0,11}\.[0-9]{2})$"
    ))]
    pub net: String,
    /// The VAT of the cost, as typed; empty is none (salaries).
    #[schemars(regex(
        pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$|^-(0\.(0[1-9]|[1-9][0-9])|[1-9][0-9]{0,11}\.[0-9]{2})$"
    ))]
    pub vat: String,
    /// The cost is charged by the applicant's own unit (internal charge)...
    pub internal_charge: bool,
    /// ...and is confirmed to be based on booked actual costs.
    pub internal_charge_actual: bool,
    /// Why a software licence is necessary for the project.
    pub justification: String,
    pub origin: Origin,
}

/// A reporting period (every four months from the project's start by default; the ministry
/// announces the dates, so they are editable), as typed (in a file ISO 8601).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawPeriod {
    pub id: LineId,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
    /// When its report is due.
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub due: String,
}

/// An interim report of one period (väliraportti), as typed. Its figures are computed from the
/// accounts, never typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawInterimReport {
    pub id: LineId,
    /// The period's id.
    pub period: LineId,
    /// How the project has progressed (hankkeen eteneminen).
    pub progress: String,
    /// The stage of the intended impacts, in words.
    pub impacts: String,
    /// Each indicator's value now, by the application's indicator id.
    pub indicators: BTreeMap<LineId, String>,
    /// When the report's file was made to be sent (RFC 3339); empty while not sent.
    pub sent_at: String,
}

/// A payment claim (maksatushakemus), as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawClaim {
    pub id: LineId,
    /// The costs up to and including this day count (ISO 8601 in a file).
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub until: String,
    /// The amount asked for, as typed (in a file a decimal string); empty asks for all that may be
    /// asked.
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    /// The last claim, after the final report.
    pub last: bool,
    /// What the ministry paid on it, as typed, and when (in a file a decimal string and ISO 8601).
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub paid: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub paid_on: String,
    /// When the claim's file was made to be sent (RFC 3339); empty while not sent.
    pub sent_at: String,
}

/// A file attached to a report: its name, size, SHA-256 (lowercase hex) and content (base64).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Attachment {
    pub name: String,
    pub media_type: String,
    pub size: u64,
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    pub base64: String,
}

/// The final report (loppuraportti), as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawFinalReport {
    /// The project's impact (vaikuttavuus).
    pub impact: String,
    /// The ways of working that changed.
    pub ways_of_working: String,
    /// How usable the results are in other municipalities.
    pub usability: String,
    /// The work done and its results.
    pub work_and_results: String,
    /// Each indicator's final value, by the application's indicator id.
    pub indicators: BTreeMap<LineId, String>,
    /// The auditor's statement on the use of the grant (tilintarkastajan lausunto).
    pub auditor_statement: Option<Attachment>,
    pub sent_at: String,
}

/// The CSV import's column mapping, remembered for the next file: per field, the header of the
/// column it is read from (empty: not read).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct CsvMapping {
    pub columns: BTreeMap<String, String>,
}

/// A request for a partner's entries, as the lead's project keeps it (`exchange::ledger`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct LedgerRequest {
    /// Names the request in its file and in the contribution that answers it.
    pub request_id: String,
    /// The partner: an applicant's id in the granted application.
    pub applicant: LineId,
    /// When the request was made, RFC 3339.
    pub requested_at: String,
    /// The period asked for (ISO 8601; empty: from the start, to the end).
    pub start: String,
    pub end: String,
    /// The partner's entries as the request carried them (the lead's ids): the base.
    pub sent: Vec<RawEntry>,
    /// Every contribution received for this request, oldest first.
    pub returns: Vec<LedgerReturn>,
}

/// A partner's entries received, and whether and how they were merged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct LedgerReturn {
    /// The contribution's fingerprint: the same file, or the same content again, is recognised.
    pub fingerprint: String,
    /// When the partner exported it, and when the lead read it (RFC 3339).
    pub exported_at: String,
    pub received_at: String,
    /// The entries as the contribution gave them (the partner's ids).
    pub entries: Vec<RawEntry>,
    /// When it was merged (RFC 3339); empty while it is not.
    pub merged_at: String,
    /// At the merge: each contribution id → the id the entry was given in the project.
    pub ids: BTreeMap<LineId, LineId>,
    /// The request's entries in the project just before the merge (to undo it) and just after (to
    /// tell whether they have been changed since).
    pub before: Option<Vec<RawEntry>>,
    pub after: Option<Vec<RawEntry>>,
}

/// What a partner's copy of the project knows of the request it answers
/// (`formats::grant_partner`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct LedgerPartnerOf {
    pub project_id: String,
    pub project_name: String,
    pub request_id: String,
    pub requested_at: String,
    /// The lead and the partner: applicant id and name.
    pub lead: LineId,
    pub lead_name: String,
    pub partner: LineId,
    pub partner_name: String,
    /// The period asked for (ISO 8601; empty: open).
    pub start: String,
    pub end: String,
}

/// A granted project, as the lead keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawGrant {
    /// Given by the caller; names the project across browsers and files.
    pub id: String,
    /// The granted application's fingerprint (`formats::application::fingerprint`).
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    pub granted: Granted,
    /// The application as granted: its budget is the plan, its applicants the bearers, its
    /// indicators what the reports follow.
    pub application: RawDraft,
    pub periods: Vec<RawPeriod>,
    /// The project's accounts: the lead's entries and the partners' entries merged in.
    pub entries: Vec<RawEntry>,
    pub reports: Vec<RawInterimReport>,
    pub claims: Vec<RawClaim>,
    pub final_report: RawFinalReport,
    pub csv_mapping: CsvMapping,
    /// The lead's requests for the partners' entries, each with the contributions received
    /// (`exchange::ledger`).
    pub ledger_requests: Vec<LedgerRequest>,
    /// In a partner's copy: the request it answers (its entries are the partner's own).
    pub partner_of: Option<LedgerPartnerOf>,
    /// The lead's change requests (muutoshakemus), each with the ministry's decision once received
    /// (`grant::change`; docs/rules.md §12.2). Absent in projects stored before them, and not
    /// written while there are none (a record stays as it was).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<RawChangeRequest>,
    /// The ministry's completion requests opened here, each with the lead's answers as typed
    /// (`exchange::completion`; docs/rules.md §12.4.1). Absent in projects stored before them, and
    /// not written while there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub completions: Vec<RawCompletion>,
    /// The next id to hand out.
    pub next_id: LineId,
}

macro_rules! item {
    ($($t:ty),*) => { $(impl Item for $t { fn id(&self) -> LineId { self.id } })* };
}
item!(RawEntry, RawPeriod, RawInterimReport, RawClaim);

impl RawGrant {
    /// The next id from the project's counter.
    pub fn take_id(&mut self) -> LineId {
        self.next_id = self.next_id.max(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Adds an empty entry (typed) and returns its id.
    pub fn add_entry(&mut self) -> LineId {
        let id = self.take_id();
        // In a partner's copy every entry is the partner's own.
        let bearer = self
            .partner_of
            .as_ref()
            .map(|of| of.partner.to_string())
            .unwrap_or_default();
        self.entries.push(RawEntry {
            id,
            bearer,
            ..RawEntry::default()
        });
        id
    }

    pub fn entry_mut(&mut self, id: LineId) -> Option<&mut RawEntry> {
        self.entries.iter_mut().find(|e| e.id == id)
    }

    /// Removes an entry; give the result to [`RawGrant::restore_entry`] to undo.
    pub fn remove_entry(&mut self, id: LineId) -> Option<(usize, RawEntry)> {
        remove_item(&mut self.entries, id)
    }

    pub fn restore_entry(&mut self, index: usize, entry: RawEntry) {
        restore_item(&mut self.entries, index, entry);
    }

    /// Appends entries (imported or a partner's), each given a fresh id; all or none is the
    /// caller's business (the import is checked whole before this).
    pub fn append_entries(&mut self, entries: impl IntoIterator<Item = RawEntry>) -> Vec<LineId> {
        let entries = entries.into_iter();
        // Grown once to its size (a city's 10 000 imported entries: no doubling, no old and new
        // buffer held at once while it moves).
        self.entries.reserve(entries.size_hint().0);
        let mut ids = Vec::with_capacity(entries.size_hint().0);
        for mut e in entries {
            e.id = self.take_id();
            ids.push(e.id);
            self.entries.push(e);
        }
        ids
    }

    /// Keeps the counter above every id in use (a record edited by hand, or an older one).
    pub fn repair_ids(&mut self) {
        let top = self
            .entries
            .iter()
            .map(|e| e.id)
            .chain(self.periods.iter().map(|p| p.id))
            .chain(self.reports.iter().map(|r| r.id))
            .chain(self.claims.iter().map(|c| c.id))
            .chain(self.changes.iter().map(|c| c.id))
            .chain(self.changes.iter().flat_map(|c| c.parts.iter().map(|p| p.id)))
            .chain(self.completions.iter().map(|c| c.id))
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(top + 1);
    }
}

// ---- Changes (muutoshakemus, docs/rules.md §12.2; the rules are `grant::change`) -------------

/// What a part of a change request asks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// A later end of the project.
    #[default]
    EndDate,
    /// Planned money moved between cost categories or between applicants (the total unchanged).
    MoveMoney,
    /// A change of the project's content, in words.
    Content,
}

/// Between what a move of money moves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MoveBy {
    /// Between cost categories (`from` and `to` are `CostCategory` ids).
    #[default]
    Category,
    /// Between applicants (`from` and `to` are the granted application's applicant ids).
    Applicant,
}

/// A part of a change request, as typed. Every field is kept whatever the kind (a kind changed
/// back finds what was typed); the kind says which are read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawChangePart {
    /// From the project's counter.
    pub id: LineId,
    pub kind: ChangeKind,
    /// `EndDate`: the new end (in a file ISO 8601).
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
    /// `MoveMoney`: between what, from which, to which, how much (VAT-free; in a file a decimal
    /// string).
    pub by: MoveBy,
    pub from: String,
    pub to: String,
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    /// `Content`: the change in words.
    pub text: String,
    /// Why the change is asked (required).
    pub reason: String,
}

/// The ministry's decision on a part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    #[default]
    Accepted,
    /// Accepted with a changed value: a new end, or a new amount.
    AcceptedWithChanges,
    Rejected,
}

/// The ministry's decision on one part of a request, as its file gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct PartDecision {
    /// The part's id in the request.
    pub part: LineId,
    pub outcome: Outcome,
    /// With `accepted-with-changes`: the end accepted instead (ISO 8601) of an end-date part...
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
    /// ...or the amount accepted instead (a decimal string) of a move of money.
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    /// Why (required).
    #[schemars(length(min = 1))]
    pub reason: String,
}

/// The ministry's decision on a change request, as received.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ChangeDecision {
    /// The decision's date (ISO 8601) and who decided.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub decided_on: String,
    #[schemars(length(min = 1))]
    pub decider: String,
    /// One per part of the request, in the request's order.
    pub parts: Vec<PartDecision>,
}

/// A change request (muutoshakemus), as the lead keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawChangeRequest {
    /// From the project's counter; names the request in its file and in the decision.
    pub id: LineId,
    pub parts: Vec<RawChangePart>,
    /// When the request's file was made to be sent (RFC 3339); empty while not sent.
    pub sent_at: String,
    /// The ministry's decision, once received.
    pub decision: Option<ChangeDecision>,
    /// When the decision was read here (RFC 3339).
    pub decided_received_at: String,
}

/// A completion request (täydennyspyyntö) the lead opened, and its answer as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawCompletion {
    /// From the project's counter: names the request on the page.
    pub id: LineId,
    /// The ministry's `hakemus-completion-request` file as it was opened, whole: read again by its
    /// strict reader (`formats::completion`, a layer above this model) wherever it is shown, so what
    /// the ministry asked is kept exactly as asked.
    pub request: String,
    /// The lead's answer to each question (free or of an entry) by the question's id, as typed.
    pub answers: BTreeMap<u64, String>,
    /// When the answer's file was last made to be sent (RFC 3339); empty while not made.
    pub answered_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_counter_and_survive_removal_and_undo() {
        let mut g = RawGrant::default();
        let a = g.add_entry();
        let b = g.add_entry();
        assert_eq!((a, b), (1, 2));
        let removed = g.remove_entry(a).unwrap();
        assert_eq!(g.add_entry(), 3);
        g.restore_entry(removed.0, removed.1);
        assert_eq!(g.entries.iter().map(|e| e.id).collect::<Vec<_>>(), [1, 2, 3]);
    }

    #[test]
    fn appended_entries_get_fresh_ids_and_keep_their_cells() {
        let mut g = RawGrant::default();
        g.add_entry();
        let ids = g.append_entries([RawEntry {
            id: 99,
            net: "12,5O".into(),
            origin: Origin::Imported {
                file: "kp.csv".into(),
                row: 2,
            },
            ..RawEntry::default()
        }]);
        assert_eq!(ids, [2]);
        assert_eq!(g.entries[1].net, "12,5O");
    }

    #[test]
    fn repair_ids_keeps_the_counter_above_every_row() {
        let mut g = RawGrant {
            claims: vec![RawClaim {
                id: 7,
                ..RawClaim::default()
            }],
            ..RawGrant::default()
        };
        g.repair_ids();
        assert_eq!(g.take_id(), 8);
    }

    #[test]
    fn a_saved_grant_reads_back_as_it_was() {
        let mut g = RawGrant {
            id: "g1".into(),
            ..RawGrant::default()
        };
        let e = g.add_entry();
        g.entry_mut(e).unwrap().net = "1 200,5".into();
        let text = serde_json::to_string(&g).unwrap();
        let back: RawGrant = crate::domain::vocabulary::objects::from_str(&text).unwrap();
        assert_eq!(back, g);
    }
}
