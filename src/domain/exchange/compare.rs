//! Field-level comparison of two versions, built once and used three ways: the lead's merge of a
//! partner's contribution (three versions of one partner's part), the drafts page and the reviewer
//! (two exported files of the same application).
//!
//! A value is compared as the files write it, not as it was typed: `1 200,5` and `1200.50` are the
//! same amount, `1.3.2020` and `2020-03-01` the same date; text is compared exactly. Items of a list
//! (applicants, lines, risks, work packages, indicators) are matched by their id, so a reordered
//! list is no change and a changed line is one line with its changed fields.

use crate::domain::draft::{AmountBasis, LineId, RawApplicant, RawBudgetLine, RawDraft, YesNo};
use crate::domain::rules::finding::{
    ApplicantField, FieldPath, IndicatorField, LineField, PackageField, ProjectField, RiskField,
};
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::questions::Question;
use crate::domain::vocabulary::targets::Exclusion;

/// What changed: one field, or a whole item of a list added or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Field(FieldPath),
    Applicant(LineId),
    Line(LineId),
    Risk(LineId),
    Package(LineId),
    Indicator(LineId),
}

/// One difference between two versions. `None` is "not there" (an item added or removed); a field
/// left empty is `Some("")`. Values are as files write them (see [`normal`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub place: Place,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A value as the files write it: an amount as a decimal string, a date ISO 8601, a flag `true`
/// or `false`; text that is not (yet) an amount or a date as typed, trimmed.
pub fn normal(path: FieldPath, value: &str) -> String {
    let value = value.trim();
    let amount = matches!(
        path,
        FieldPath::RequestedGrant
            | FieldPath::BudgetLine {
                field: LineField::Amount | LineField::VatOverride,
                ..
            }
            | FieldPath::Applicant {
                field: ApplicantField::OwnFinancing,
                ..
            }
    );
    let date = matches!(
        path,
        FieldPath::Project(ProjectField::Start | ProjectField::End)
            | FieldPath::WorkPackage {
                field: PackageField::Start | PackageField::End,
                ..
            }
            | FieldPath::Applicant {
                field: ApplicantField::DecisionDate,
                ..
            }
    );
    if amount {
        if let Ok(m) = Money::parse(value) {
            return m.format_plain();
        }
    }
    if date {
        if let Some(d) = parse_date(value) {
            return d.to_string();
        }
    }
    value.to_string()
}

fn flag(on: bool) -> String {
    on.to_string()
}

/// An applicant's compared fields, in the order of the form.
pub fn applicant_values(a: &RawApplicant) -> Vec<(ApplicantField, String)> {
    use ApplicantField::*;
    let kind_and_name = match a.kind {
        crate::domain::draft::ApplicantKind::Municipality => (Municipality, a.municipality.clone()),
        crate::domain::draft::ApplicantKind::Authority => (Name, a.name.clone()),
    };
    let fields = [
        kind_and_name,
        (BusinessId, a.business_id.clone()),
        (ContactName, a.contact_name.clone()),
        (ContactEmail, a.contact_email.clone()),
        (ContactPhone, a.contact_phone.clone()),
        (SignatoryName, a.signatory_name.clone()),
        (SignatoryTitle, a.signatory_title.clone()),
        (Role, a.role.clone()),
        (Commitment, a.commitment.clone()),
        (OwnFinancing, a.own_financing.clone()),
        (DecisionBody, a.decision_body.clone()),
        (DecisionDate, a.decision_date.clone()),
        (DecisionSection, a.decision_section.clone()),
        (DecisionPlanned, a.decision_planned.clone()),
    ];
    fields
        .into_iter()
        .map(|(f, v)| (f, normal(FieldPath::Applicant { id: a.id, field: f }, &v)))
        .collect()
}

/// A line's compared fields, in the order of the table; the bearer is left out when `bearer` is
/// false (a partner's lines are its own whatever the id).
pub fn line_values(l: &RawBudgetLine, bearer: bool) -> Vec<(LineField, String)> {
    use LineField::*;
    let mut fields = vec![
        (Category, l.category.clone()),
        (Description, l.description.clone()),
        (Year, l.year.clone()),
        (Amount, l.amount.clone()),
        (Basis, flag(l.basis == AmountBasis::Gross)),
        (VatRate, l.vat_rate.clone()),
        (VatOverride, l.vat_override.clone()),
        (InternalCharge, flag(l.internal_charge)),
        (InternalChargeActual, flag(l.internal_charge_actual)),
        (Justification, l.justification.clone()),
    ];
    if bearer {
        fields.insert(2, (Bearer, l.bearer.clone()));
    }
    fields
        .into_iter()
        .map(|(f, v)| (f, normal(FieldPath::BudgetLine { id: l.id, field: f }, &v)))
        .collect()
}

/// The fields of two versions of one item that differ, as changes.
fn fields_differ<F: Copy + PartialEq>(
    before: Vec<(F, String)>,
    after: Vec<(F, String)>,
    place: impl Fn(F) -> FieldPath,
    out: &mut Vec<Change>,
) {
    for ((field, b), (_, a)) in before.into_iter().zip(after) {
        if a != b {
            out.push(Change {
                place: Place::Field(place(field)),
                before: Some(b),
                after: Some(a),
            });
        }
    }
}

/// Compares two lists matched by id: items removed (in `before`'s order), changed fields, then
/// items added (in `after`'s order). `summary` names a whole item added or removed.
fn lists<T, F: Copy + PartialEq>(
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> LineId,
    values: impl Fn(&T) -> Vec<(F, String)>,
    summary: impl Fn(&T) -> String,
    item: impl Fn(LineId) -> Place,
    place: impl Fn(LineId, F) -> FieldPath,
    out: &mut Vec<Change>,
) {
    for b in before {
        match after.iter().find(|a| id(a) == id(b)) {
            None => out.push(Change {
                place: item(id(b)),
                before: Some(summary(b)),
                after: None,
            }),
            Some(a) => fields_differ(values(b), values(a), |f| place(id(b), f), out),
        }
    }
    for a in after.iter().filter(|a| !before.iter().any(|b| id(b) == id(a))) {
        out.push(Change {
            place: item(id(a)),
            before: None,
            after: Some(summary(a)),
        });
    }
}

/// How a whole line is named when it is added or removed: its description, amount and category.
pub fn line_summary(l: &RawBudgetLine) -> String {
    let amount = normal(
        FieldPath::BudgetLine {
            id: l.id,
            field: LineField::Amount,
        },
        &l.amount,
    );
    format!("{} · {} · {}", l.description.trim(), amount, l.category)
}

fn applicant_summary(a: &RawApplicant) -> String {
    let name = if a.municipality.trim().is_empty() {
        &a.name
    } else {
        &a.municipality
    };
    name.trim().to_string()
}

/// The budget lines of two versions compared (used for a partner's part too).
pub fn compare_lines(before: &[RawBudgetLine], after: &[RawBudgetLine], bearer: bool, out: &mut Vec<Change>) {
    lists(
        before,
        after,
        |l| l.id,
        |l| line_values(l, bearer),
        line_summary,
        Place::Line,
        |id, field| FieldPath::BudgetLine { id, field },
        out,
    );
}

/// The applicants of two versions compared.
pub fn compare_applicants(before: &[RawApplicant], after: &[RawApplicant], out: &mut Vec<Change>) {
    lists(
        before,
        after,
        |a| a.id,
        applicant_values,
        applicant_summary,
        Place::Applicant,
        |id, field| FieldPath::Applicant { id, field },
        out,
    );
}

/// Every difference between two versions of an application, in the order of the form.
pub fn compare(before: &RawDraft, after: &RawDraft) -> Vec<Change> {
    let mut out = Vec::new();
    let mut field = |path: FieldPath, b: &str, a: &str| {
        let (b, a) = (normal(path, b), normal(path, a));
        if b != a {
            out.push(Change {
                place: Place::Field(path),
                before: Some(b),
                after: Some(a),
            });
        }
    };
    field(FieldPath::Call, &before.call, &after.call);
    let project = |d: &RawDraft| {
        let p = &d.project;
        [
            (ProjectField::NameFi, p.name_fi.clone()),
            (ProjectField::NameSv, p.name_sv.clone()),
            (ProjectField::NameEn, p.name_en.clone()),
            (ProjectField::Summary, p.summary.clone()),
            (ProjectField::Start, p.start.clone()),
            (ProjectField::End, p.end.clone()),
        ]
    };
    for ((f, b), (_, a)) in project(before).into_iter().zip(project(after)) {
        field(FieldPath::Project(f), &b, &a);
    }
    drop(field);
    compare_applicants(&before.applicants, &after.applicants, &mut out);
    let mut field = |path: FieldPath, b: String, a: String| {
        let (b, a) = (normal(path, &b), normal(path, &a));
        if b != a {
            out.push(Change {
                place: Place::Field(path),
                before: Some(b),
                after: Some(a),
            });
        }
    };
    field(
        FieldPath::LeadResponsible,
        flag(before.lead_responsible),
        flag(after.lead_responsible),
    );
    let targets = |d: &RawDraft| {
        let mut t = d.targets.clone();
        t.sort();
        t.join(", ")
    };
    field(FieldPath::Targets, targets(before), targets(after));
    for e in Exclusion::ALL {
        let answer = |d: &RawDraft| match d.exclusions.get(e.id()).copied().unwrap_or_default() {
            YesNo::Unanswered => String::new(),
            YesNo::Yes => "yes".to_string(),
            YesNo::No => "no".to_string(),
        };
        field(FieldPath::Exclusion(e), answer(before), answer(after));
    }
    field(
        FieldPath::MunicipalTask,
        flag(before.municipal_task),
        flag(after.municipal_task),
    );
    for q in Question::ALL {
        let id = q.id();
        let answer = |d: &RawDraft| d.answers.get(&id).cloned().unwrap_or_default();
        field(FieldPath::Answer(q), answer(before), answer(after));
    }
    field(
        FieldPath::MaturityNow,
        before.maturity_now.clone(),
        after.maturity_now.clone(),
    );
    field(
        FieldPath::MaturityTarget,
        before.maturity_target.clone(),
        after.maturity_target.clone(),
    );
    field(
        FieldPath::RequestedGrant,
        before.budget.requested_grant.clone(),
        after.budget.requested_grant.clone(),
    );
    drop(field);
    compare_lines(&before.budget.lines, &after.budget.lines, true, &mut out);
    lists(
        &before.schedule,
        &after.schedule,
        |w| w.id,
        |w| {
            vec![
                (PackageField::Name, w.name.clone()),
                (
                    PackageField::Start,
                    normal(FieldPath::Project(ProjectField::Start), &w.start),
                ),
                (PackageField::End, normal(FieldPath::Project(ProjectField::End), &w.end)),
                (PackageField::Responsible, w.responsible.clone()),
            ]
        },
        |w| w.name.trim().to_string(),
        Place::Package,
        |id, field| FieldPath::WorkPackage { id, field },
        &mut out,
    );
    lists(
        &before.risks,
        &after.risks,
        |r| r.id,
        |r| {
            vec![
                (RiskField::Description, r.description.clone()),
                (RiskField::Likelihood, r.likelihood.clone()),
                (RiskField::Impact, r.impact.clone()),
                (RiskField::Mitigation, r.mitigation.clone()),
                (RiskField::Owner, r.owner.clone()),
            ]
        },
        |r| r.description.trim().to_string(),
        Place::Risk,
        |id, field| FieldPath::Risk { id, field },
        &mut out,
    );
    lists(
        &before.indicators,
        &after.indicators,
        |i| i.id,
        |i| {
            vec![
                (IndicatorField::Name, i.name.clone()),
                (IndicatorField::Baseline, i.baseline.clone()),
                (IndicatorField::Target, i.target.clone()),
                (IndicatorField::Method, i.method.clone()),
                (IndicatorField::Timing, i.timing.clone()),
            ]
        },
        |i| i.name.trim().to_string(),
        Place::Indicator,
        |id, field| FieldPath::Indicator { id, field },
        &mut out,
    );
    out
}
