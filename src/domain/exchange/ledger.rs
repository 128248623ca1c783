//! The partners' entries in the project's accounts (docs/rules.md §11): each partner keeps its own
//! entries and returns them by file, as partners return their parts of the application
//! (`exchange::partner`). Files only (`formats::grant_partner`); nothing is lost or taken without the
//! lead's choice:
//!
//! 1. [`make_request`] records in the lead's project what the request carried (the partner's entries
//!    in the period as the lead holds them: the *base*) and gives the request file.
//! 2. [`receive`] checks a contribution against the project, changing nothing: one for another
//!    project, for a request this project did not make, from another partner than the request's, or
//!    one already merged is refused with the reason ([`Refusal`]). Otherwise it gives the
//!    comparison by entry: added, changed (field by field, values as files write them: `1 200,5` and
//!    `1200.50` are one amount) and removed.
//! 3. [`keep`] records the contribution (every one received is kept); [`merge`] puts the partner's
//!    entries in place of the request's — those the request carried and those of an earlier merge
//!    of it (`Origin::Partner { request }`) — and remembers them before and after; [`undo`] puts
//!    them back while nothing has been changed since.
//!
//! What is shared with `exchange::partner` and what is not: the flow, [`Kind`] and the file's
//! fingerprint are the same; the comparison is not `compare::lists`, whose places are the
//! application's `FieldPath`s (an entry is no budget line), and the merge is two-way: a partner's
//! entries are its own accounts, which the lead does not edit field by field, so the partner's
//! version replaces the request's entries whole (the comparison shows what it changes) instead of
//! the three-way merge with conflicts an application's part needs.

use crate::domain::draft::LineId;
pub use crate::domain::exchange::partner::Kind;
use crate::domain::formats::grant_partner::{request, LedgerRequestFile, Party, ReadLedgerContribution};
use crate::domain::grant::model::{LedgerRequest, LedgerReturn, Origin, RawEntry, RawGrant};
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::money::Money;
use std::collections::BTreeMap;

/// Why a contribution is not merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It answers a request of another project.
    OtherProject,
    /// The project is this one, but it made no such request.
    UnknownRequest,
    /// It comes from another partner than the request was made to.
    NotTheRequestsPartner,
    /// The same contribution was merged already (at the time given, RFC 3339).
    AlreadyMerged { at: String },
}

/// A field of an entry, as the comparison names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryField {
    Date,
    Voucher,
    Category,
    Description,
    Net,
    Vat,
    InternalCharge,
    InternalChargeActual,
    Justification,
}

/// An entry's compared fields, in the order of the ledger's table, as files write them: an amount
/// as a signed decimal string, a date ISO 8601, a flag `true`/`false`, text trimmed (a value not yet
/// an amount or a date as typed). The bearer is left out: a partner's entries are its own.
pub fn entry_values(e: &RawEntry) -> Vec<(EntryField, String)> {
    let amount = |t: &str| Money::parse_signed(t).map_or_else(|_| t.trim().to_string(), |m| m.format_plain());
    let date = parse_date(&e.date).map_or_else(|| e.date.trim().to_string(), |d| d.to_string());
    vec![
        (EntryField::Date, date),
        (EntryField::Voucher, e.voucher.trim().to_string()),
        (EntryField::Category, e.category.trim().to_string()),
        (EntryField::Description, e.description.trim().to_string()),
        (EntryField::Net, amount(&e.net)),
        (EntryField::Vat, amount(&e.vat)),
        (EntryField::InternalCharge, e.internal_charge.to_string()),
        (EntryField::InternalChargeActual, e.internal_charge_actual.to_string()),
        (EntryField::Justification, e.justification.trim().to_string()),
    ]
}

/// How a whole entry is named when it is added or removed: its date, voucher, description and net,
/// each as [`entry_values`] gives it (a page writes them in its language and joins them; a text
/// that contains the joiner stays one field).
pub fn entry_summary(e: &RawEntry) -> Vec<(EntryField, String)> {
    entry_values(e)
        .into_iter()
        .filter(|(f, _)| {
            matches!(
                f,
                EntryField::Date | EntryField::Voucher | EntryField::Description | EntryField::Net
            )
        })
        .collect()
}

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: EntryField,
    pub before: String,
    pub after: String,
}

/// What a contribution does to one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// The entry's id in the project (a changed or removed one), or in the contribution (an added
    /// one).
    pub id: LineId,
    /// For a change, the fields that differ; empty otherwise.
    pub changes: Vec<FieldChange>,
    /// The entry named ([`entry_summary`]): the partner's version, or the project's for a removed
    /// one.
    pub summary: Vec<(EntryField, String)>,
}

/// A contribution checked against the lead's project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The request it answers (its index in `ledger_requests`) and the partner.
    pub request: usize,
    pub applicant: LineId,
    /// The same contribution received before and not merged: its index in the request's returns.
    pub received: Option<usize>,
    /// Removed entries first, then changed and added ones in the contribution's order.
    pub items: Vec<Item>,
}

/// The name of an applicant of the granted application: its municipality as typed, or its name.
fn applicant_name(grant: &RawGrant, id: LineId) -> Option<String> {
    let a = grant.application.applicants.iter().find(|a| a.id == id)?;
    Some(crate::domain::formats::grant_partner::name_of(a))
}

/// Whether an entry's date falls in `start..=end` (ISO or typed; empty is open). An entry whose
/// date cannot be read is in every period: the partner is shown it rather than not.
fn in_period(e: &RawEntry, start: &str, end: &str) -> bool {
    let Some(d) = parse_date(&e.date) else {
        return true;
    };
    parse_date(start).is_none_or(|s| d >= s) && parse_date(end).is_none_or(|t| d <= t)
}

/// What is wrong with a request's period as typed (an empty end is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodProblem {
    /// The start (`false`) or the end (`true`) is not a date.
    NotADate { end: bool },
    /// Both are dates, and the end is before the start.
    EndBeforeStart,
}

/// Checks a request's period as typed before a request is made: each end empty or a date, and the
/// end not before the start. The first problem, the start's before the end's.
pub fn check_request_period(start: &str, end: &str) -> Option<PeriodProblem> {
    let read = |t: &str| (!t.trim().is_empty()).then(|| parse_date(t));
    match (read(start), read(end)) {
        (Some(None), _) => Some(PeriodProblem::NotADate { end: false }),
        (_, Some(None)) => Some(PeriodProblem::NotADate { end: true }),
        (Some(Some(s)), Some(Some(e))) if e < s => Some(PeriodProblem::EndBeforeStart),
        _ => None,
    }
}

/// Records a request for the entries of the partner `applicant` in the period `start..end` and
/// returns its file; `None` if `applicant` is not a partner of the granted application (the lead,
/// the first applicant, keeps its entries itself).
pub fn make_request(
    grant: &mut RawGrant,
    applicant: LineId,
    request_id: &str,
    requested_at: &str,
    (start, end): (&str, &str),
) -> Option<LedgerRequestFile> {
    let lead = grant.application.applicants.first()?;
    if lead.id == applicant {
        return None;
    }
    let lead = Party {
        id: lead.id,
        name: applicant_name(grant, lead.id)?,
    };
    let partner = Party {
        id: applicant,
        name: applicant_name(grant, applicant)?,
    };
    let bearer = applicant.to_string();
    let sent: Vec<RawEntry> = grant
        .entries
        .iter()
        .filter(|e| e.bearer.trim() == bearer && in_period(e, start, end))
        .cloned()
        .collect();
    let file = request(grant, request_id, requested_at, lead, partner, (start, end), &sent);
    grant.ledger_requests.push(LedgerRequest {
        request_id: request_id.into(),
        applicant,
        requested_at: requested_at.into(),
        start: file.period.start.clone(),
        end: file.period.end.clone(),
        sent,
        returns: Vec::new(),
    });
    Some(file)
}

/// The request's entries in the project now: the partner's entries the request carried and those
/// an earlier merge of it put there.
fn held<'a>(grant: &'a RawGrant, req: &LedgerRequest) -> Vec<&'a RawEntry> {
    let bearer = req.applicant.to_string();
    let origin = Origin::Partner {
        request: req.request_id.clone(),
    };
    grant
        .entries
        .iter()
        .filter(|e| e.bearer.trim() == bearer && (e.origin == origin || req.sent.iter().any(|s| s.id == e.id)))
        .collect()
}

/// The project's id of an entry that has `id` in the partner's files: the same for one the request
/// carried, the one it was given at the last merge for one the partner added.
fn project_id_of(req: &LedgerRequest, id: LineId) -> Option<LineId> {
    if req.sent.iter().any(|s| s.id == id) {
        return Some(id);
    }
    let merged = req.returns.iter().rev().find(|r| !r.merged_at.is_empty())?;
    merged.ids.get(&id).copied()
}

/// The comparison of the request's entries now with the partner's.
fn items(req: &LedgerRequest, now: &[&RawEntry], theirs: &[RawEntry]) -> Vec<Item> {
    let matched: Vec<Option<LineId>> = theirs
        .iter()
        .map(|t| project_id_of(req, t.id).filter(|id| now.iter().any(|e| e.id == *id)))
        .collect();
    let mut out: Vec<Item> = now
        .iter()
        .filter(|e| !matched.contains(&Some(e.id)))
        .map(|e| Item {
            kind: Kind::Remove,
            id: e.id,
            changes: Vec::new(),
            summary: entry_summary(e),
        })
        .collect();
    for (t, id) in theirs.iter().zip(matched) {
        let Some(current) = id.and_then(|id| now.iter().find(|e| e.id == id)) else {
            out.push(Item {
                kind: Kind::Add,
                id: t.id,
                changes: Vec::new(),
                summary: entry_summary(t),
            });
            continue;
        };
        let changes: Vec<FieldChange> = entry_values(current)
            .into_iter()
            .zip(entry_values(t))
            .filter(|((_, b), (_, a))| a != b)
            .map(|((field, before), (_, after))| FieldChange { field, before, after })
            .collect();
        if !changes.is_empty() {
            out.push(Item {
                kind: Kind::Change,
                id: current.id,
                changes,
                summary: entry_summary(t),
            });
        }
    }
    out
}

/// Checks a contribution against the lead's project and compares it; changes nothing.
pub fn receive(grant: &RawGrant, c: &ReadLedgerContribution) -> Result<Incoming, Refusal> {
    let f = &c.file;
    if grant.id.is_empty() || f.project_id != grant.id {
        return Err(Refusal::OtherProject);
    }
    let request = grant
        .ledger_requests
        .iter()
        .position(|r| r.request_id == f.request_id)
        .ok_or(Refusal::UnknownRequest)?;
    let req = &grant.ledger_requests[request];
    if f.partner.id != req.applicant {
        return Err(Refusal::NotTheRequestsPartner);
    }
    let received = req.returns.iter().position(|r| r.fingerprint == c.fingerprint);
    if let Some(r) = received.map(|i| &req.returns[i]) {
        if !r.merged_at.is_empty() {
            return Err(Refusal::AlreadyMerged {
                at: r.merged_at.clone(),
            });
        }
    }
    Ok(Incoming {
        request,
        applicant: req.applicant,
        received,
        items: items(req, &held(grant, req), &f.entries),
    })
}

/// Keeps the contribution in the project (once: the same one again is the one kept before) and
/// returns its index among the request's returns.
pub fn keep(grant: &mut RawGrant, incoming: &Incoming, c: &ReadLedgerContribution, received_at: &str) -> usize {
    let req = &mut grant.ledger_requests[incoming.request];
    let kept = req.returns.iter().position(|r| r.fingerprint == c.fingerprint);
    if let Some(i) = incoming.received.or(kept) {
        return i;
    }
    req.returns.push(LedgerReturn {
        fingerprint: c.fingerprint.clone(),
        exported_at: c.file.exported_at.clone(),
        received_at: received_at.into(),
        entries: c.file.entries.clone(),
        ..LedgerReturn::default()
    });
    req.returns.len() - 1
}

/// Why a merge or its undo was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// No such request or kept return (the project changed under the page).
    Stale,
    /// That return is merged already.
    AlreadyMerged,
}

/// Puts the kept return `index` of request `request` in place of the request's entries (see
/// [`held`]): each of the partner's entries keeps the project's id it has (one the request carried,
/// or one an earlier merge gave) or takes a new one from the project's counter, is borne by the
/// partner and comes from the request (`Origin::Partner`); they stand where the first of the
/// request's entries stood. Marks the return merged at `merged_at`.
pub fn merge(grant: &mut RawGrant, request: usize, index: usize, merged_at: &str) -> Result<(), MergeError> {
    let req = grant.ledger_requests.get(request).ok_or(MergeError::Stale)?;
    let r = req.returns.get(index).ok_or(MergeError::Stale)?;
    if !r.merged_at.is_empty() {
        return Err(MergeError::AlreadyMerged);
    }
    let before: Vec<RawEntry> = held(grant, req).into_iter().cloned().collect();
    let theirs = r.entries.clone();
    let wanted: Vec<Option<LineId>> = theirs.iter().map(|t| project_id_of(req, t.id)).collect();
    let (applicant, request_id) = (req.applicant, req.request_id.clone());
    let at = grant
        .entries
        .iter()
        .position(|e| before.iter().any(|b| b.id == e.id))
        .unwrap_or(grant.entries.len());
    grant.entries.retain(|e| !before.iter().any(|b| b.id == e.id));
    let mut ids = BTreeMap::new();
    let mut after = Vec::new();
    for (t, wanted) in theirs.into_iter().zip(wanted) {
        let free = |id: LineId| !grant.entries.iter().chain(&after).any(|e: &RawEntry| e.id == id);
        let id = match wanted.filter(|&id| free(id)) {
            Some(id) => id,
            None => grant.take_id(),
        };
        ids.insert(t.id, id);
        after.push(RawEntry {
            id,
            bearer: applicant.to_string(),
            origin: Origin::Partner {
                request: request_id.clone(),
            },
            ..t
        });
    }
    let at = at.min(grant.entries.len());
    grant.entries.splice(at..at, after.iter().cloned());
    let r = &mut grant.ledger_requests[request].returns[index];
    r.merged_at = merged_at.into();
    r.ids = ids;
    r.before = Some(before);
    r.after = Some(after);
    Ok(())
}

/// Why a merge cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoRefusal {
    /// The return was never merged (or is gone).
    NotMerged,
    /// The request's entries were changed after the merge: undoing would lose that.
    ChangedSince,
}

/// Puts the request's entries back as they were before the return `index` of request `request` was
/// merged, while they are still as the merge left them; the return stays kept, not merged.
pub fn undo(grant: &mut RawGrant, request: usize, index: usize) -> Result<(), UndoRefusal> {
    let req = grant.ledger_requests.get(request).ok_or(UndoRefusal::NotMerged)?;
    let r = req.returns.get(index).ok_or(UndoRefusal::NotMerged)?;
    let (Some(before), Some(after)) = (r.before.clone(), r.after.as_ref()) else {
        return Err(UndoRefusal::NotMerged);
    };
    let now: Vec<&RawEntry> = held(grant, req);
    if now.len() != after.len() || now.iter().zip(after).any(|(n, a)| *n != a) {
        return Err(UndoRefusal::ChangedSince);
    }
    let at = grant
        .entries
        .iter()
        .position(|e| after.iter().any(|a| a.id == e.id))
        .unwrap_or(grant.entries.len());
    let gone: Vec<LineId> = after.iter().map(|a| a.id).collect();
    grant.entries.retain(|e| !gone.contains(&e.id));
    let at = at.min(grant.entries.len());
    grant.entries.splice(at..at, before);
    let r = &mut grant.ledger_requests[request].returns[index];
    r.merged_at.clear();
    r.ids.clear();
    r.before = None;
    r.after = None;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_s_period_is_two_dates_or_open_ends_in_order() {
        assert_eq!(check_request_period("1.3.2020", "30.6.2020"), None);
        assert_eq!(check_request_period("", ""), None);
        assert_eq!(check_request_period("2020-03-01", " "), None);
        assert_eq!(
            check_request_period("31.2.2020", "x"),
            Some(PeriodProblem::NotADate { end: false })
        );
        assert_eq!(
            check_request_period("1.3.2020", "x"),
            Some(PeriodProblem::NotADate { end: true })
        );
        assert_eq!(
            check_request_period("1.7.2020", "30.6.2020"),
            Some(PeriodProblem::EndBeforeStart)
        );
    }
}
