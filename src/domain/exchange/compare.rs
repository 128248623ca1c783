//! Field-level comparison of two versions, built once and used three ways: the lead's merge of a
//! partner's contribution (three versions of one partner's part), the drafts page and the reviewer
//! (two exported files of the same application).
//!
//! A value is compared as the files write it, not as it was typed: `1 200,5` and `1200.50` are the
//! same amount, `1.3.2020` and `2020-03-01` the same date; text is compared exactly. Items of a list
//! (applicants, lines, risks, work packages, indicators) are matched by their id, so a reordered
//! list is no change and a changed line is one line with its changed fields.

use crate::domain::draft::{
    AmountBasis, LineId, RawApplicant, RawBudgetLine, RawDraft, RawIndicator, RawRisk, RawWorkPackage, YesNo,
};
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

/// How a list's items are compared: an item's id, its fields' values, and how a whole item added or
/// removed is named; where an item and a field of it are.
struct List<I, V, S, P, Q> {
    id: I,
    values: V,
    summary: S,
    item: P,
    place: Q,
}

/// Compares two lists matched by id: items removed (in `before`'s order), changed fields, then
/// items added (in `after`'s order).
fn lists<T, F: Copy + PartialEq>(
    before: &[T],
    after: &[T],
    list: List<
        impl Fn(&T) -> LineId,
        impl Fn(&T) -> Vec<(F, String)>,
        impl Fn(&T) -> String,
        impl Fn(LineId) -> Place,
        impl Fn(LineId, F) -> FieldPath,
    >,
    out: &mut Vec<Change>,
) {
    let List {
        id,
        values,
        summary,
        item,
        place,
    } = list;
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

/// A field's two values as files write them; a change if they differ.
fn field(path: FieldPath, before: &str, after: &str, out: &mut Vec<Change>) {
    let (b, a) = (normal(path, before), normal(path, after));
    if b != a {
        out.push(Change {
            place: Place::Field(path),
            before: Some(b),
            after: Some(a),
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
    let list = List {
        id: |l: &RawBudgetLine| l.id,
        values: |l: &RawBudgetLine| line_values(l, bearer),
        summary: line_summary,
        item: Place::Line,
        place: |id, field| FieldPath::BudgetLine { id, field },
    };
    lists(before, after, list, out);
}

/// The applicants of two versions compared.
pub fn compare_applicants(before: &[RawApplicant], after: &[RawApplicant], out: &mut Vec<Change>) {
    let list = List {
        id: |a: &RawApplicant| a.id,
        values: applicant_values,
        summary: applicant_summary,
        item: Place::Applicant,
        place: |id, field| FieldPath::Applicant { id, field },
    };
    lists(before, after, list, out);
}

/// A yes/no answer as files write it (empty while unanswered).
fn yes_no(answer: YesNo) -> &'static str {
    match answer {
        YesNo::Unanswered => "",
        YesNo::Yes => "yes",
        YesNo::No => "no",
    }
}

/// Every difference between two versions of an application, in the order of the form.
pub fn compare(before: &RawDraft, after: &RawDraft) -> Vec<Change> {
    let mut out = Vec::new();
    field(FieldPath::Call, &before.call, &after.call, &mut out);
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
        field(FieldPath::Project(f), &b, &a, &mut out);
    }
    compare_applicants(&before.applicants, &after.applicants, &mut out);
    field(
        FieldPath::LeadResponsible,
        &flag(before.lead_responsible),
        &flag(after.lead_responsible),
        &mut out,
    );
    let targets = |d: &RawDraft| {
        let mut t = d.targets.clone();
        t.sort();
        t.join(", ")
    };
    field(FieldPath::Targets, &targets(before), &targets(after), &mut out);
    for e in Exclusion::ALL {
        let answer = |d: &RawDraft| yes_no(d.exclusions.get(e.id()).copied().unwrap_or_default());
        field(FieldPath::Exclusion(e), answer(before), answer(after), &mut out);
    }
    field(
        FieldPath::MunicipalTask,
        &flag(before.municipal_task),
        &flag(after.municipal_task),
        &mut out,
    );
    for q in Question::ALL {
        let id = q.id();
        let answer = |d: &RawDraft| d.answers.get(&id).cloned().unwrap_or_default();
        field(FieldPath::Answer(q), &answer(before), &answer(after), &mut out);
    }
    field(
        FieldPath::MaturityNow,
        &before.maturity_now,
        &after.maturity_now,
        &mut out,
    );
    field(
        FieldPath::MaturityTarget,
        &before.maturity_target,
        &after.maturity_target,
        &mut out,
    );
    field(
        FieldPath::RequestedGrant,
        &before.budget.requested_grant,
        &after.budget.requested_grant,
        &mut out,
    );
    compare_lines(&before.budget.lines, &after.budget.lines, true, &mut out);
    let packages = List {
        id: |w: &RawWorkPackage| w.id,
        values: |w: &RawWorkPackage| {
            let at = |field| FieldPath::WorkPackage { id: w.id, field };
            vec![
                (PackageField::Name, w.name.clone()),
                (PackageField::Start, normal(at(PackageField::Start), &w.start)),
                (PackageField::End, normal(at(PackageField::End), &w.end)),
                (PackageField::Responsible, w.responsible.clone()),
            ]
        },
        summary: |w: &RawWorkPackage| w.name.trim().to_string(),
        item: Place::Package,
        place: |id, field| FieldPath::WorkPackage { id, field },
    };
    lists(&before.schedule, &after.schedule, packages, &mut out);
    let risks = List {
        id: |r: &RawRisk| r.id,
        values: |r: &RawRisk| {
            vec![
                (RiskField::Description, r.description.clone()),
                (RiskField::Likelihood, r.likelihood.clone()),
                (RiskField::Impact, r.impact.clone()),
                (RiskField::Mitigation, r.mitigation.clone()),
                (RiskField::Owner, r.owner.clone()),
            ]
        },
        summary: |r: &RawRisk| r.description.trim().to_string(),
        item: Place::Risk,
        place: |id, field| FieldPath::Risk { id, field },
    };
    lists(&before.risks, &after.risks, risks, &mut out);
    let indicators = List {
        id: |i: &RawIndicator| i.id,
        values: |i: &RawIndicator| {
            vec![
                (IndicatorField::Name, i.name.clone()),
                (IndicatorField::Baseline, i.baseline.clone()),
                (IndicatorField::Target, i.target.clone()),
                (IndicatorField::Method, i.method.clone()),
                (IndicatorField::Timing, i.timing.clone()),
            ]
        },
        summary: |i: &RawIndicator| i.name.trim().to_string(),
        item: Place::Indicator,
        place: |id, field| FieldPath::Indicator { id, field },
    };
    lists(&before.indicators, &after.indicators, indicators, &mut out);
    out
}
