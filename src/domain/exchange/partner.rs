//! Drafting together: the lead requests a partner's part, the partner fills it in its own browser
//! and sends it back, the lead merges it. Files only (`formats::partner`); nothing is lost or taken
//! without the lead's choice:
//!
//! 1. [`make_request`] records in the lead's draft what the request carried (the partner's part as
//!    it was: the *base*) and gives the request file.
//! 2. [`receive`] checks a contribution against the lead's draft, changing nothing: one for another
//!    project, for a request this draft did not make, for a partner no longer in the application, one
//!    that changes who the partner is (`identity_change`), or one already merged is refused with the
//!    reason. Otherwise it gives the *items*: each field of
//!    the partner's entry and each line that the contribution would add, change or remove, as a
//!    three-way comparison of the base, the lead's part now and the partner's. An item both the lead
//!    and the partner changed, differently, is a *conflict*: it is taken only by an explicit choice.
//! 3. [`keep`] records the contribution in the draft (every one received is kept), and [`merge`]
//!    applies the items the lead chose, remembering the part before and after; [`undo`] puts the
//!    part before back while nothing has been changed since.

use crate::domain::draft::{LineId, PartnerPart, PartnerRequest, PartnerReturn, RawApplicant, RawBudgetLine, RawDraft};
use crate::domain::exchange::compare::{applicant_values, line_summary, line_values};
use crate::domain::formats::partner::{
    request, ContributionFile, ReadContribution, RequestFile, CONTRIBUTION_FORMAT, CONTRIBUTION_VERSION,
};
use crate::domain::rules::finding::{ApplicantField, FieldPath, LineField};
use std::collections::BTreeMap;

/// Why a contribution is not merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It answers a request of another project (or of an application that made no requests).
    OtherProject,
    /// The project is this one, but this draft made no such request.
    UnknownRequest,
    /// The partner it is from is no longer among the applicants.
    PartnerRemoved,
    /// The same contribution was merged already (at the time given, RFC 3339).
    AlreadyMerged { at: String },
    /// The contribution names another partner than its request was made to.
    NotTheRequestsPartner,
    /// The contribution changes who the partner is, which the request fixed: its municipality (as
    /// typed or as the register resolves it) or its authority's name (`field` names which; the
    /// values are what the request and the contribution say), or a business ID the request gave.
    IdentityChanged {
        field: ApplicantField,
        requested: String,
        theirs: String,
    },
}

/// What names a partner as the request fixed it and a contribution may not change: the first of its
/// municipality or authority (kind, typed text, the register's municipality) and its business ID
/// (when the request gave one) that `theirs` changes, with both values. The lead answers for who the
/// applicants are; a partner's return only fills in its part.
pub fn identity_change(sent: &RawApplicant, theirs: &RawApplicant) -> Option<(ApplicantField, String, String)> {
    use crate::domain::draft::ApplicantKind;
    use crate::domain::formats::application::resolved;
    let named = |a: &RawApplicant| match a.kind {
        ApplicantKind::Municipality => a.municipality.trim().to_string(),
        _ => a.name.trim().to_string(),
    };
    let who_changed = sent.kind != theirs.kind
        || sent.municipality.trim() != theirs.municipality.trim()
        || sent.name.trim() != theirs.name.trim()
        || resolved(sent) != resolved(theirs);
    if who_changed {
        let field = match sent.kind {
            ApplicantKind::Municipality => ApplicantField::Municipality,
            _ => ApplicantField::Name,
        };
        return Some((field, named(sent), named(theirs)));
    }
    let (b, t) = (sent.business_id.trim(), theirs.business_id.trim());
    (!b.is_empty() && b != t).then(|| (ApplicantField::BusinessId, b.to_string(), t.to_string()))
}

/// What one item of a contribution would do to the lead's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Add,
    Change,
    Remove,
}

/// Names an item for the lead's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemKey {
    /// A field of the partner's applicant entry.
    Applicant(ApplicantField),
    /// A line, by its id in the contribution (a line the partner removed: by the lead's id, which
    /// is the request's).
    Line(LineId),
}

/// One value in three versions: the base's (see `base_of`), the lead's now, the partner's. `None`
/// where the version does not have the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub path: FieldPath,
    pub base: Option<String>,
    pub lead: Option<String>,
    pub theirs: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub key: ItemKey,
    pub kind: Kind,
    /// Both the lead (since the request) and the partner changed it, differently.
    pub conflict: bool,
    /// For a field: its one row; for a line: the fields that differ (all its fields when it is added
    /// or removed). Values as files write them (`compare::normal`).
    pub rows: Vec<Row>,
    /// For a line: how it is named (description · amount · category), the partner's or the lead's.
    pub summary: Option<String>,
}

/// A contribution checked against the lead's draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Whether the items' base is the request's (else the partner's last merged contribution).
    pub base_is_request: bool,
    /// The request it answers (its index in `partner_requests`) and the partner.
    pub request: usize,
    pub applicant: LineId,
    /// The same contribution received before and not merged: its index in the request's returns.
    pub received: Option<usize>,
    pub items: Vec<Item>,
}

fn line_rows(
    base: Option<&RawBudgetLine>,
    lead: Option<&RawBudgetLine>,
    theirs: Option<&RawBudgetLine>,
    id: LineId,
    all: bool,
) -> Vec<Row> {
    let values = |l: Option<&RawBudgetLine>| l.map(|l| line_values(l, false));
    let (b, l, t) = (values(base), values(lead), values(theirs));
    let fields: Vec<LineField> = [&b, &l, &t]
        .into_iter()
        .flatten()
        .next()
        .map(|v| v.iter().map(|(f, _)| *f).collect())
        .unwrap_or_default();
    let at = |v: &Option<Vec<(LineField, String)>>, i: usize| v.as_ref().map(|v| v[i].1.clone());
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| Row {
            path: FieldPath::BudgetLine { id, field: *f },
            base: at(&b, i),
            lead: at(&l, i),
            theirs: at(&t, i),
        })
        .filter(|r| all || r.lead != r.theirs)
        .filter(|r| {
            !all || [&r.base, &r.lead, &r.theirs]
                .iter()
                .any(|v| v.as_deref().is_some_and(|v| !v.is_empty() && v != "false"))
        })
        .collect()
}

/// The id in the lead's draft of a line that has `id` in the partner's files: the same for a line the
/// request carried, the one it was given at its merge for a line the partner added.
fn lead_id_of(req: &PartnerRequest, id: LineId) -> Option<LineId> {
    if req.sent.lines.iter().any(|s| s.id == id) {
        Some(id)
    } else {
        req.line_ids.get(&id).copied()
    }
}

/// What the partner's changes are told apart from: the part as the partner last sent it in a merged
/// contribution (what the lead has decided on), else as the request carried it. `true` for the
/// request's.
fn base_of(req: &PartnerRequest) -> (&PartnerPart, bool) {
    match req.returns.iter().rev().find(|r| !r.merged_at.is_empty()) {
        Some(r) => (&r.part, false),
        None => (&req.sent, true),
    }
}

/// The three-way comparison of a partner's part: what `theirs` would add, change or remove in
/// `lead`, against the base ([`base_of`]). Line ids are the partner's (see [`lead_id_of`]).
fn items(req: &PartnerRequest, lead: &PartnerPart, theirs: &PartnerPart) -> Vec<Item> {
    let mut out = Vec::new();
    let (base, _) = base_of(req);
    let values = |a: &RawApplicant| {
        applicant_values(&RawApplicant {
            id: lead.applicant.id,
            ..a.clone()
        })
    };
    let (b, l, t) = (
        values(&base.applicant),
        values(&lead.applicant),
        values(&theirs.applicant),
    );
    for (((field, b), (_, l)), (_, t)) in b.into_iter().zip(l).zip(t) {
        // The same already; or the partner did not change it: the lead's edit stands.
        if t == l || t == b {
            continue;
        }
        out.push(Item {
            key: ItemKey::Applicant(field),
            kind: Kind::Change,
            conflict: l != b,
            rows: vec![Row {
                path: FieldPath::Applicant {
                    id: lead.applicant.id,
                    field,
                },
                base: Some(b),
                lead: Some(l),
                theirs: Some(t),
            }],
            summary: None,
        });
    }
    let key = |l: &RawBudgetLine| line_values(l, false);
    let find = |lines: &[RawBudgetLine], id: LineId| lines.iter().find(|l| l.id == id).cloned();
    let current_of = |their_id: LineId| lead_id_of(req, their_id).and_then(|id| find(&lead.lines, id));
    for line in &theirs.lines {
        let base_line = find(&base.lines, line.id);
        let current = current_of(line.id);
        let (t, l, b) = (Some(key(line)), current.as_ref().map(key), base_line.as_ref().map(key));
        if t == l || (b.is_some() && t == b) {
            continue; // the same, or only the lead changed it (or removed it)
        }
        let kind = if current.is_some() { Kind::Change } else { Kind::Add };
        // A line both changed is compared field by field: the partner's changes are the fields it
        // changed since the base; a field only one of them changed is no conflict (the partner's new
        // description and the lead's new amount are both kept), one both changed differently is.
        let by_field = match (&b, &l, &t) {
            (Some(b), Some(l), Some(t)) => Some(changed_fields(b, l, t)),
            _ => None,
        };
        if by_field.as_ref().is_some_and(|(changed, _)| changed.is_empty()) {
            continue; // what the partner changed the lead has already
        }
        let mut rows = line_rows(
            base_line.as_ref(),
            current.as_ref(),
            Some(line),
            current.as_ref().map_or(line.id, |c| c.id),
            kind == Kind::Add,
        );
        let conflict = match &by_field {
            Some((changed, conflicts)) => {
                rows.retain(|r| matches!(r.path, FieldPath::BudgetLine { field, .. } if changed.contains(&field)));
                !conflicts.is_empty()
            }
            // Changed by the partner and removed by the lead: the lead chooses.
            None => l != b,
        };
        out.push(Item {
            key: ItemKey::Line(line.id),
            kind,
            conflict,
            rows,
            summary: Some(line_summary(line)),
        });
    }
    // Lines of the base the partner no longer has.
    for gone in base.lines.iter().filter(|b| !theirs.lines.iter().any(|t| t.id == b.id)) {
        let Some(current) = current_of(gone.id) else {
            continue; // the lead removed it too
        };
        out.push(Item {
            key: ItemKey::Line(gone.id),
            kind: Kind::Remove,
            conflict: key(&current) != key(gone),
            rows: line_rows(Some(gone), Some(&current), None, current.id, true),
            summary: Some(line_summary(&current)),
        });
    }
    out
}

/// Of a line in three versions (`line_values` of the base, the lead's, the partner's): the fields
/// the partner changed since the base that the lead does not already have, and of those the ones
/// the lead changed too, differently (the conflicts).
fn changed_fields(
    base: &[(LineField, String)],
    lead: &[(LineField, String)],
    theirs: &[(LineField, String)],
) -> (Vec<LineField>, Vec<LineField>) {
    let mut changed = Vec::new();
    let mut conflicts = Vec::new();
    for (((field, b), (_, l)), (_, t)) in base.iter().zip(lead).zip(theirs) {
        if t != b && t != l {
            changed.push(*field);
            if l != b {
                conflicts.push(*field);
            }
        }
    }
    (changed, conflicts)
}

/// Copies one field of a line from `from` to `to`.
fn copy_line_field(to: &mut RawBudgetLine, from: &RawBudgetLine, field: LineField) {
    match field {
        LineField::Category => to.category = from.category.clone(),
        LineField::Description => to.description = from.description.clone(),
        LineField::Bearer => to.bearer = from.bearer.clone(),
        LineField::Year => to.year = from.year.clone(),
        LineField::Amount => to.amount = from.amount.clone(),
        LineField::VatRate => to.vat_rate = from.vat_rate.clone(),
        LineField::VatOverride => to.vat_override = from.vat_override.clone(),
        LineField::InternalChargeActual => to.internal_charge_actual = from.internal_charge_actual,
        LineField::Justification => to.justification = from.justification.clone(),
        LineField::Basis => to.basis = from.basis,
        LineField::InternalCharge => to.internal_charge = from.internal_charge,
    }
}

/// Checks a contribution against the lead's draft and compares it; changes nothing.
pub fn receive(draft: &RawDraft, c: &ReadContribution) -> Result<Incoming, Refusal> {
    let f = &c.file;
    if draft.project_id.is_empty() || f.project_id != draft.project_id {
        return Err(Refusal::OtherProject);
    }
    let request = draft
        .partner_requests
        .iter()
        .position(|r| r.request_id == f.request_id)
        .ok_or(Refusal::UnknownRequest)?;
    let req = &draft.partner_requests[request];
    if f.part.applicant.id != req.applicant {
        return Err(Refusal::NotTheRequestsPartner);
    }
    if let Some((field, requested, theirs)) = identity_change(&req.sent.applicant, &f.part.applicant) {
        return Err(Refusal::IdentityChanged {
            field,
            requested,
            theirs,
        });
    }
    let lead = draft.partner_part(req.applicant).ok_or(Refusal::PartnerRemoved)?;
    let received = req.returns.iter().position(|r| r.fingerprint == c.fingerprint);
    if let Some(r) = received.map(|i| &req.returns[i]) {
        if !r.merged_at.is_empty() {
            return Err(Refusal::AlreadyMerged {
                at: r.merged_at.clone(),
            });
        }
    }
    Ok(Incoming {
        base_is_request: base_of(req).1,
        request,
        applicant: req.applicant,
        received,
        items: items(req, &lead, &f.part),
    })
}

/// A contribution kept in the draft (the return `index` of request `request`) as it was read, to
/// look at it again with [`receive`].
pub fn kept(draft: &RawDraft, request: usize, index: usize) -> Option<ReadContribution> {
    let req = draft.partner_requests.get(request)?;
    let r = req.returns.get(index)?;
    Some(ReadContribution {
        file: ContributionFile {
            format: CONTRIBUTION_FORMAT.into(),
            schema_version: CONTRIBUTION_VERSION,
            exported_at: r.exported_at.clone(),
            project_id: draft.project_id.clone(),
            request_id: req.request_id.clone(),
            call: draft.call.clone(),
            part: r.part.clone(),
            unreadable: Default::default(),
        },
        notes: Vec::new(),
        fingerprint: r.fingerprint.clone(),
    })
}

/// Keeps the contribution in the draft (once: the same one again is the one kept before) and returns
/// its index among the request's returns.
pub fn keep(draft: &mut RawDraft, incoming: &Incoming, c: &ReadContribution, received_at: &str) -> usize {
    let req = &mut draft.partner_requests[incoming.request];
    if let Some(i) = incoming.received {
        return i;
    }
    req.returns.push(PartnerReturn {
        fingerprint: c.fingerprint.clone(),
        exported_at: c.file.exported_at.clone(),
        received_at: received_at.into(),
        part: c.file.part.clone(),
        merged_at: String::new(),
        before: None,
        after: None,
    });
    req.returns.len() - 1
}

/// Why a merge was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// These conflicts have no choice yet.
    Unresolved(Vec<ItemKey>),
    /// The draft changed under the comparison (the partner removed, the return gone).
    Stale,
}

/// Applies the items the lead chose (`take[key]`: `true` takes the partner's version, `false` keeps
/// the lead's; an item without a choice is taken unless it is a conflict) of the kept return
/// `index` of `incoming`'s request, and marks it merged at `merged_at`.
pub fn merge(
    draft: &mut RawDraft,
    incoming: &Incoming,
    index: usize,
    take: &BTreeMap<ItemKey, bool>,
    merged_at: &str,
) -> Result<(), MergeError> {
    let unresolved: Vec<ItemKey> = incoming
        .items
        .iter()
        .filter(|i| i.conflict && !take.contains_key(&i.key))
        .map(|i| i.key)
        .collect();
    if !unresolved.is_empty() {
        return Err(MergeError::Unresolved(unresolved));
    }
    let id = incoming.applicant;
    let before = draft.partner_part(id).ok_or(MergeError::Stale)?;
    let req = draft.partner_requests.get(incoming.request).ok_or(MergeError::Stale)?;
    let mut theirs = req.returns.get(index).ok_or(MergeError::Stale)?.part.clone();
    let mut part = before.clone();
    let mut new_ids = Vec::new();
    for item in &incoming.items {
        if !take.get(&item.key).copied().unwrap_or(!item.conflict) {
            continue;
        }
        match item.key {
            ItemKey::Applicant(field) => {
                if let (Some(to), Some(from)) = (
                    field_mut(&mut part.applicant, field),
                    field_mut(&mut theirs.applicant, field),
                ) {
                    *to = std::mem::take(from);
                }
            }
            ItemKey::Line(line) => {
                let lead_id = lead_id_of(req, line);
                let theirs_line = theirs.lines.iter().find(|l| l.id == line).cloned();
                match (item.kind, theirs_line) {
                    (Kind::Remove, _) => part.lines.retain(|l| Some(l.id) != lead_id),
                    (_, Some(theirs_line)) => match part.lines.iter_mut().find(|l| Some(l.id) == lead_id) {
                        // A line the base has: the fields the partner changed, over the lead's line
                        // (its other fields, the lead's edits among them, stay).
                        Some(current) => match base_of(req).0.lines.iter().find(|l| l.id == line) {
                            Some(base_line) => {
                                let (b, l, t) = (
                                    line_values(base_line, false),
                                    line_values(current, false),
                                    line_values(&theirs_line, false),
                                );
                                for field in changed_fields(&b, &l, &t).0 {
                                    copy_line_field(current, &theirs_line, field);
                                }
                            }
                            None => {
                                *current = RawBudgetLine {
                                    id: current.id,
                                    ..theirs_line
                                }
                            }
                        },
                        None => new_ids.push((line, theirs_line)),
                    },
                    (_, None) => {}
                }
            }
        }
    }
    for (their_id, line) in new_ids {
        let lead_id = draft.take_id();
        part.lines.push(RawBudgetLine { id: lead_id, ..line });
        draft.partner_requests[incoming.request]
            .line_ids
            .insert(their_id, lead_id);
    }
    draft.set_partner_part(id, part);
    let after = draft.partner_part(id);
    let r = &mut draft.partner_requests[incoming.request].returns[index];
    r.merged_at = merged_at.into();
    r.before = Some(before);
    r.after = after;
    Ok(())
}

/// Why a merge cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoRefusal {
    /// The return was never merged.
    NotMerged,
    /// The partner's part was changed after the merge: undoing would lose that.
    ChangedSince,
    PartnerRemoved,
}

/// Puts the partner's part back as it was before the return `index` of request `request` was merged,
/// while the part is still as the merge left it; the return stays kept, not merged.
pub fn undo(draft: &mut RawDraft, request: usize, index: usize) -> Result<(), UndoRefusal> {
    let req = draft.partner_requests.get(request).ok_or(UndoRefusal::NotMerged)?;
    let id = req.applicant;
    let r = req.returns.get(index).ok_or(UndoRefusal::NotMerged)?;
    let before = r.before.clone().ok_or(UndoRefusal::NotMerged)?;
    let now = draft.partner_part(id).ok_or(UndoRefusal::PartnerRemoved)?;
    if r.after.as_ref() != Some(&now) {
        return Err(UndoRefusal::ChangedSince);
    }
    draft.set_partner_part(id, before);
    let r = &mut draft.partner_requests[request].returns[index];
    r.merged_at.clear();
    r.before = None;
    r.after = None;
    Ok(())
}

/// Records a request to the partner `applicant` (the project's id is given when the draft has none
/// yet) and returns its file; `None` if `applicant` is not a partner of the draft.
pub fn make_request(
    draft: &mut RawDraft,
    applicant: LineId,
    project_id: &str,
    request_id: &str,
    requested_at: &str,
    message: &str,
) -> Option<RequestFile> {
    if draft.applicants.first().is_none_or(|lead| lead.id == applicant) {
        return None;
    }
    let part = draft.partner_part(applicant)?;
    if draft.project_id.is_empty() {
        draft.project_id = project_id.into();
    }
    let file = request(draft, request_id, requested_at, message, &part);
    draft.partner_requests.push(PartnerRequest {
        request_id: request_id.into(),
        applicant,
        requested_at: requested_at.into(),
        message: message.into(),
        sent: part,
        returns: Vec::new(),
        line_ids: BTreeMap::new(),
    });
    Some(file)
}

/// The text field of an applicant named by `field` (`None` for the part as a whole).
pub fn field_mut(a: &mut RawApplicant, field: ApplicantField) -> Option<&mut String> {
    use ApplicantField::*;
    Some(match field {
        Municipality => &mut a.municipality,
        Name => &mut a.name,
        BusinessId => &mut a.business_id,
        ContactName => &mut a.contact_name,
        ContactEmail => &mut a.contact_email,
        ContactPhone => &mut a.contact_phone,
        Role => &mut a.role,
        Commitment => &mut a.commitment,
        SignatoryName => &mut a.signatory_name,
        SignatoryTitle => &mut a.signatory_title,
        OwnFinancing => &mut a.own_financing,
        DecisionBody => &mut a.decision_body,
        DecisionDate => &mut a.decision_date,
        DecisionSection => &mut a.decision_section,
        DecisionPlanned => &mut a.decision_planned,
        Exchange => return None,
    })
}
