//! Changes during the project (muutoshakemus, docs/rules.md §12.2). The lead asks the ministry for a
//! change — a later end, planned money moved between cost categories or between applicants (the
//! total unchanged), or a change of content — each part with its reason; the ministry decides each
//! part apart (accepted, accepted with changes, rejected), with a reason each. The requests and the
//! decisions received are kept in the project as typed ([`RawChangeRequest`] in `model`); this
//! module says what the rules make of them:
//!
//! - [`check_changes`]: each request's findings (a part without a reason, an end that is not a
//!   date or not later, a move that names an unknown category or applicant or more than the plan
//!   holds, …), each part checked against the plan in force before its request.
//! - [`plan_in_force`]: **the plan in force**, the granted application with every accepted (or
//!   accepted-with-changes) part applied in the requests' order: the project's period (a later end)
//!   and the budget's totals with the money moved. [`schedule_in_force`] is its period alone,
//!   without the budget's analysis: what `ledger`'s `within-period`, the reports' chart and the
//!   final report's deadline read.
//!
//! A move of money moves VAT-free planned costs: `from`'s net goes down by the amount and `to`'s
//! up; the eligible part follows each side's category (a category the call does not accept takes
//! the money as not eligible), never below zero. The VAT planned and the years are not moved.

use crate::domain::draft::LineId;
use crate::domain::grant::model::{ChangeKind, MoveBy, Outcome, RawChangePart, RawChangeRequest, RawGrant};
use crate::domain::rules::analysis::analyse;
use crate::domain::rules::budget::{Sums, Totals};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::{self, CallProfile, CostCategory, Eligibility};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::grant_phase;
use crate::domain::vocabulary::money::{Money, MoneyError};
use time::Date;

// ---- Editing ----------------------------------------------------------------------------------

impl RawGrant {
    /// Adds an empty change request with one part (a later end) and returns the request's id.
    pub fn add_change_request(&mut self) -> LineId {
        let id = self.take_id();
        let part = self.take_id();
        self.changes.push(RawChangeRequest {
            id,
            parts: vec![RawChangePart {
                id: part,
                ..RawChangePart::default()
            }],
            ..RawChangeRequest::default()
        });
        id
    }

    /// Adds a part to the request `request`; its id, or `None` without that request.
    pub fn add_change_part(&mut self, request: LineId, kind: ChangeKind) -> Option<LineId> {
        let id = self.take_id();
        let r = self.change_mut(request)?;
        r.parts.push(RawChangePart {
            id,
            kind,
            ..RawChangePart::default()
        });
        Some(id)
    }

    pub fn change_mut(&mut self, request: LineId) -> Option<&mut RawChangeRequest> {
        self.changes.iter_mut().find(|c| c.id == request)
    }

    pub fn change_part_mut(&mut self, request: LineId, part: LineId) -> Option<&mut RawChangePart> {
        self.change_mut(request)?.parts.iter_mut().find(|p| p.id == part)
    }
}

// ---- Findings ---------------------------------------------------------------------------------

/// The rules of a change request, by stable id (printed by `hakemus-check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeRule {
    /// A request has parts, and each part its reason.
    Reason,
    /// A later end: a date, after the current end (after the call's last day: a warning).
    EndDate,
    /// A move of money: known from and to, apart, a positive amount the plan holds.
    MoveMoney,
    /// A change of content says what changes.
    Content,
}

impl ChangeRule {
    pub const ALL: [ChangeRule; 4] = [
        ChangeRule::Reason,
        ChangeRule::EndDate,
        ChangeRule::MoveMoney,
        ChangeRule::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChangeRule::Reason => "change-reason",
            ChangeRule::EndDate => "change-end-date",
            ChangeRule::MoveMoney => "change-move-money",
            ChangeRule::Content => "change-content",
        }
    }
}

/// A field of a change request's part (or the request as a whole: `Parts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeField {
    Parts,
    End,
    From,
    To,
    Amount,
    Text,
    Reason,
}

impl ChangeField {
    pub const ALL: [ChangeField; 7] = [
        ChangeField::Parts,
        ChangeField::End,
        ChangeField::From,
        ChangeField::To,
        ChangeField::Amount,
        ChangeField::Text,
        ChangeField::Reason,
    ];

    /// The field's name in the record and the file.
    pub fn key(self) -> &'static str {
        match self {
            ChangeField::Parts => "parts",
            ChangeField::End => "end",
            ChangeField::From => "from",
            ChangeField::To => "to",
            ChangeField::Amount => "amount",
            ChangeField::Text => "text",
            ChangeField::Reason => "reason",
        }
    }
}

/// Where a finding of a change request is: the request, its part (none: the request as a whole)
/// and the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ChangePlace {
    pub request: LineId,
    pub part: Option<LineId>,
    pub field: ChangeField,
}

impl ChangePlace {
    /// The id of the element that shows the field: `change-3-part-5-reason`, `change-3-parts`.
    pub fn dom_id(self) -> String {
        match self.part {
            Some(p) => format!("change-{}-part-{p}-{}", self.request, self.field.key()),
            None => format!("change-{}-{}", self.request, self.field.key()),
        }
    }

    /// The path in the project's record: `changes[0].parts[1].reason` (a row no longer there by
    /// its id).
    pub fn json_path(self, grant: &RawGrant) -> String {
        let r = grant.changes.iter().position(|c| c.id == self.request);
        let request = match r {
            Some(i) => format!("changes[{i}]"),
            None => format!("changes[id={}]", self.request),
        };
        match self.part {
            None => format!("{request}.{}", self.field.key()),
            Some(p) => {
                let at = r.and_then(|i| grant.changes[i].parts.iter().position(|x| x.id == p));
                match at {
                    Some(j) => format!("{request}.parts[{j}].{}", self.field.key()),
                    None => format!("{request}.parts[id={p}].{}", self.field.key()),
                }
            }
        }
    }
}

/// What a finding of a change request says, with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeMessage {
    /// A request without parts.
    NoParts,
    ReasonRequired,
    EndRequired,
    EndInvalid {
        typed: String,
    },
    /// Not after the end in force.
    EndNotLater {
        end: Date,
        current: Date,
    },
    /// After the call's last day (a warning).
    EndAfterCall {
        end: Date,
        by: Date,
    },
    FromRequired,
    ToRequired,
    /// Not a cost category of the call, or not an applicant of the project.
    FromUnknown {
        typed: String,
    },
    ToUnknown {
        typed: String,
    },
    FromIsTo,
    AmountRequired,
    AmountInvalid {
        typed: String,
        reason: MoneyError,
    },
    AmountNotPositive,
    /// More than the plan in force holds in `from` (VAT-free).
    AmountAboveHeld {
        amount: Money,
        held: Money,
    },
    /// The category the money goes to is not eligible in the call (a warning): the money moved
    /// leaves the eligible costs.
    ToNotEligible {
        category: CostCategory,
    },
    TextRequired,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeFinding {
    pub rule: ChangeRule,
    pub severity: Severity,
    pub place: ChangePlace,
    pub message: ChangeMessage,
    /// The passage of the call it rests on, where one.
    pub source: Option<Citation>,
}

impl ChangeFinding {
    fn error(rule: ChangeRule, place: ChangePlace, message: ChangeMessage) -> ChangeFinding {
        ChangeFinding {
            rule,
            severity: Severity::Error,
            place,
            message,
            source: None,
        }
    }

    fn warning(rule: ChangeRule, place: ChangePlace, message: ChangeMessage, source: Citation) -> ChangeFinding {
        ChangeFinding {
            severity: Severity::Warning,
            source: Some(source),
            ..ChangeFinding::error(rule, place, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

// ---- The plan in force ------------------------------------------------------------------------

/// The call profile the project's rules read (as `ledger::call_of`, which this module cannot name:
/// the ledger reads the schedule in force from here).
fn call_of(grant: &RawGrant) -> &'static CallProfile {
    call::by_id(grant.granted.call.trim())
        .or_else(|| call::by_id(&grant.application.call))
        .or_else(|| call::by_id(call::DEFAULT_CALL))
        .expect("the default call profile is compiled in")
}

/// The project's period in force: the application's start, its end as granted, and the end after
/// the accepted changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub start: Option<Date>,
    pub granted_end: Option<Date>,
    pub end: Option<Date>,
}

impl Schedule {
    /// The first and last day, where both are dates in order.
    pub fn period(&self) -> Option<(Date, Date)> {
        match (self.start, self.end) {
            (Some(s), Some(e)) if s <= e => Some((s, e)),
            _ => None,
        }
    }

    /// The final report's deadline: the call's date, or the end in force where an accepted change
    /// put it later (docs/rules.md §12.2, assumed).
    pub fn final_report_by(&self, call_date: Date) -> Date {
        match self.end {
            Some(e) if e > call_date && self.end != self.granted_end => e,
            _ => call_date,
        }
    }
}

/// An accepted part as applied to the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    End {
        request: LineId,
        part: LineId,
        end: Date,
    },
    Move {
        request: LineId,
        part: LineId,
        by: MoveBy,
        from: String,
        to: String,
        amount: Money,
    },
    Content {
        request: LineId,
        part: LineId,
        text: String,
    },
}

/// The plan in force: the period and the budget's totals (as `rules::analysis` computes the
/// granted application's, §6) with every accepted part applied, and what was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanInForce {
    pub schedule: Schedule,
    pub budget: Totals,
    pub applied: Vec<Applied>,
}

/// The value a decided part puts in force: the part's own, or the decision's changed one; `None`
/// for a rejected or undecided part.
fn in_force(request: &RawChangeRequest, part: &RawChangePart) -> Option<Applied> {
    let decision = request.decision.as_ref()?;
    let d = decision.parts.iter().find(|d| d.part == part.id)?;
    let changed = match d.outcome {
        Outcome::Rejected => return None,
        Outcome::Accepted => false,
        Outcome::AcceptedWithChanges => true,
    };
    let (request, part_id) = (request.id, part.id);
    match part.kind {
        ChangeKind::EndDate => {
            let typed = if changed { &d.end } else { &part.end };
            Some(Applied::End {
                request,
                part: part_id,
                end: parse_date(typed.trim())?,
            })
        }
        ChangeKind::MoveMoney => {
            let typed = if changed { &d.amount } else { &part.amount };
            let amount = read_amount(typed)?;
            Some(Applied::Move {
                request,
                part: part_id,
                by: part.by,
                from: part.from.trim().to_string(),
                to: part.to.trim().to_string(),
                amount,
            })
        }
        ChangeKind::Content => Some(Applied::Content {
            request,
            part: part_id,
            text: part.text.clone(),
        }),
    }
}

/// An amount as a file writes it (`10000.00`) or as typed (`10 000,00`).
fn read_amount(typed: &str) -> Option<Money> {
    let t = typed.trim();
    Money::parse_exchange(t).or_else(|| Money::parse(t).ok())
}

fn granted_schedule(grant: &RawGrant) -> Schedule {
    let project = &grant.application.project;
    let end = parse_date(project.end.trim());
    Schedule {
        start: parse_date(project.start.trim()),
        granted_end: end,
        end,
    }
}

/// The project's period in force (cheap: no analysis of the budget).
pub fn schedule_in_force(grant: &RawGrant) -> Schedule {
    let mut s = granted_schedule(grant);
    for r in &grant.changes {
        for p in &r.parts {
            if let Some(Applied::End { end, .. }) = in_force(r, p) {
                s.end = Some(end);
            }
        }
    }
    s
}

/// The plan in force: the granted application with every accepted part applied in order.
pub fn plan_in_force(grant: &RawGrant) -> PlanInForce {
    let call = call_of(grant);
    let mut plan = PlanInForce {
        schedule: granted_schedule(grant),
        budget: analyse(&grant.application).totals,
        applied: Vec::new(),
    };
    for r in &grant.changes {
        apply_request(&mut plan, r, call);
    }
    plan
}

fn apply_request(plan: &mut PlanInForce, r: &RawChangeRequest, call: &CallProfile) {
    for p in &r.parts {
        let Some(a) = in_force(r, p) else { continue };
        match &a {
            Applied::End { end, .. } => plan.schedule.end = Some(*end),
            Applied::Move {
                by, from, to, amount, ..
            } => move_money(&mut plan.budget, *by, from, to, *amount, call),
            Applied::Content { .. } => {}
        }
        plan.applied.push(a);
    }
}

/// Whether a category's costs count as eligible in the call (a licence does, justified).
fn eligible_in(call: &CallProfile, c: CostCategory) -> bool {
    call.category_rule(c)
        .is_some_and(|r| r.eligibility != Eligibility::Ineligible)
}

/// Moves `amount` of VAT-free planned costs from `from` to `to` (see the module's comment). An
/// amount that does not fit leaves the totals as they are.
fn move_money(t: &mut Totals, by: MoveBy, from: &str, to: &str, amount: Money, call: &CallProfile) {
    fn take(s: &mut Sums, amount: Money) -> Option<Money> {
        let eligible = amount.min(s.eligible);
        s.net = s.net.checked_sub(amount)?;
        s.eligible = s.eligible.checked_sub(eligible)?;
        Some(eligible)
    }
    fn put(s: &mut Sums, amount: Money, eligible: Option<Money>) -> Option<()> {
        s.net = s.net.checked_add(amount)?;
        if let Some(e) = eligible {
            s.eligible = s.eligible.checked_add(e)?;
        }
        Some(())
    }
    let before = t.clone();
    let done = (|| -> Option<()> {
        match by {
            MoveBy::Category => {
                let (f, d) = (CostCategory::from_id(from)?, CostCategory::from_id(to)?);
                let moved = take(t.by_category.entry(f).or_default(), amount)?;
                let kept = eligible_in(call, d).then_some(moved);
                put(t.by_category.entry(d).or_default(), amount, kept)?;
                if kept.is_none() {
                    t.all.eligible = t.all.eligible.checked_sub(moved)?;
                    t.eligible_base = t.eligible_base.checked_sub(moved)?;
                }
            }
            MoveBy::Applicant => {
                let moved = take(t.by_bearer.entry(from.to_string()).or_default(), amount)?;
                put(t.by_bearer.entry(to.to_string()).or_default(), amount, Some(moved))?;
            }
        }
        Some(())
    })();
    if done.is_none() {
        *t = before;
    }
}

// ---- Checks -----------------------------------------------------------------------------------

/// Every change request's findings, in order; each part checked against the plan in force before
/// its request (the accepted parts of the requests before it applied).
pub fn check_changes(grant: &RawGrant) -> Vec<ChangeFinding> {
    if grant.changes.is_empty() {
        return Vec::new();
    }
    let call = call_of(grant);
    let phase = grant_phase::for_call_or_default(&call.id);
    let mut plan = PlanInForce {
        schedule: granted_schedule(grant),
        budget: analyse(&grant.application).totals,
        applied: Vec::new(),
    };
    let mut out = Vec::new();
    for r in &grant.changes {
        check_request(grant, r, &plan, call, phase.final_report_by, &mut out);
        apply_request(&mut plan, r, call);
    }
    out
}

/// One request's findings against `plan` (the plan in force before it).
pub fn check_request(
    grant: &RawGrant,
    r: &RawChangeRequest,
    plan: &PlanInForce,
    call: &CallProfile,
    call_end: Date,
    out: &mut Vec<ChangeFinding>,
) {
    if r.parts.is_empty() {
        out.push(ChangeFinding::error(
            ChangeRule::Reason,
            ChangePlace {
                request: r.id,
                part: None,
                field: ChangeField::Parts,
            },
            ChangeMessage::NoParts,
        ));
    }
    for p in &r.parts {
        let at = |field| ChangePlace {
            request: r.id,
            part: Some(p.id),
            field,
        };
        match p.kind {
            ChangeKind::EndDate => check_end(p, plan.schedule.end, call_end, at, out),
            ChangeKind::MoveMoney => check_move(grant, p, &plan.budget, call, at, out),
            ChangeKind::Content => {
                if p.text.trim().is_empty() {
                    out.push(ChangeFinding::error(
                        ChangeRule::Content,
                        at(ChangeField::Text),
                        ChangeMessage::TextRequired,
                    ));
                }
            }
        }
        if p.reason.trim().is_empty() {
            out.push(ChangeFinding::error(
                ChangeRule::Reason,
                at(ChangeField::Reason),
                ChangeMessage::ReasonRequired,
            ));
        }
    }
}

fn check_end(
    p: &RawChangePart,
    current: Option<Date>,
    call_end: Date,
    at: impl Fn(ChangeField) -> ChangePlace,
    out: &mut Vec<ChangeFinding>,
) {
    let typed = p.end.trim();
    if typed.is_empty() {
        out.push(ChangeFinding::error(
            ChangeRule::EndDate,
            at(ChangeField::End),
            ChangeMessage::EndRequired,
        ));
        return;
    }
    let Some(end) = parse_date(typed) else {
        out.push(ChangeFinding::error(
            ChangeRule::EndDate,
            at(ChangeField::End),
            ChangeMessage::EndInvalid { typed: typed.into() },
        ));
        return;
    };
    if let Some(current) = current.filter(|c| end <= *c) {
        out.push(ChangeFinding::error(
            ChangeRule::EndDate,
            at(ChangeField::End),
            ChangeMessage::EndNotLater { end, current },
        ));
    } else {
        out.extend(end_after_call(end, call_end, at(ChangeField::End)));
    }
}

/// A later end after the call's last day `call_end`: a *warning* citing 004 ("Hanke tulee olla
/// toteutettu ja loppuraportointi tehtynä viimeistään 30.11.2021"), at `place`. What a change
/// request's file alone shows of its ends (`hakemus-check`), as [`check_changes`] says it in the
/// project.
pub fn end_after_call(end: Date, call_end: Date, place: ChangePlace) -> Option<ChangeFinding> {
    (end > call_end).then(|| {
        ChangeFinding::warning(
            ChangeRule::EndDate,
            place,
            ChangeMessage::EndAfterCall { end, by: call_end },
            Citation::DecisionSchedule,
        )
    })
}

fn check_move(
    grant: &RawGrant,
    p: &RawChangePart,
    budget: &Totals,
    call: &CallProfile,
    at: impl Fn(ChangeField) -> ChangePlace,
    out: &mut Vec<ChangeFinding>,
) {
    let err = |field, message| ChangeFinding::error(ChangeRule::MoveMoney, at(field), message);
    let known = |id: &str| match p.by {
        MoveBy::Category => CostCategory::from_id(id).is_some_and(|c| call.category_rule(c).is_some()),
        MoveBy::Applicant => grant.application.applicants.iter().any(|a| a.id.to_string() == id),
    };
    let (from, to) = (p.from.trim(), p.to.trim());
    let from_ok = if from.is_empty() {
        out.push(err(ChangeField::From, ChangeMessage::FromRequired));
        false
    } else if !known(from) {
        out.push(err(
            ChangeField::From,
            ChangeMessage::FromUnknown { typed: from.into() },
        ));
        false
    } else {
        true
    };
    if to.is_empty() {
        out.push(err(ChangeField::To, ChangeMessage::ToRequired));
    } else if !known(to) {
        out.push(err(ChangeField::To, ChangeMessage::ToUnknown { typed: to.into() }));
    } else if to == from {
        out.push(err(ChangeField::To, ChangeMessage::FromIsTo));
    } else if p.by == MoveBy::Category {
        if let Some(c) = CostCategory::from_id(to).filter(|c| !eligible_in(call, *c)) {
            let cite = call.category_rule(c).map_or(Citation::DecisionSchedule, |r| r.citation);
            out.push(ChangeFinding::warning(
                ChangeRule::MoveMoney,
                at(ChangeField::To),
                ChangeMessage::ToNotEligible { category: c },
                cite,
            ));
        }
    }
    let typed = p.amount.trim();
    let amount = if typed.is_empty() {
        out.push(err(ChangeField::Amount, ChangeMessage::AmountRequired));
        None
    } else {
        match Money::parse_exchange(typed).ok_or(()).or_else(|_| Money::parse(typed)) {
            Ok(m) if m.is_zero() => {
                out.push(err(ChangeField::Amount, ChangeMessage::AmountNotPositive));
                None
            }
            Ok(m) => Some(m),
            Err(MoneyError::Negative) => {
                out.push(err(ChangeField::Amount, ChangeMessage::AmountNotPositive));
                None
            }
            Err(reason) => {
                out.push(err(
                    ChangeField::Amount,
                    ChangeMessage::AmountInvalid {
                        typed: typed.into(),
                        reason,
                    },
                ));
                None
            }
        }
    };
    if let (Some(amount), true) = (amount, from_ok) {
        let held = match p.by {
            MoveBy::Category => CostCategory::from_id(from).and_then(|c| budget.by_category.get(&c)),
            MoveBy::Applicant => budget.by_bearer.get(from),
        }
        .map_or(Money::ZERO, |s| s.net);
        if amount > held {
            out.push(err(
                ChangeField::Amount,
                ChangeMessage::AmountAboveHeld { amount, held },
            ));
        }
    }
}

/// Whether a request may be sent: it has parts and no error.
pub fn ready_to_send(findings: &[ChangeFinding], request: LineId) -> bool {
    !findings.iter().any(|f| f.place.request == request && f.is_error())
}
