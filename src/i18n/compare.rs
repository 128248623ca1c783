//! A compared value and its place, as a person reads them (`domain::exchange::compare` gives values
//! as files write them): amounts in euros, dates as the language writes them, flags as yes or no,
//! categories, applicants and targets by name.

use super::budget::{category, vat_rate};
use super::findings::place;
use super::format::date;
use super::parts::target;
use super::T;
use crate::domain::draft::RawApplicant;
use crate::domain::exchange::compare::Place;
use crate::domain::rules::applicants::display_name;
use crate::domain::rules::finding::{ApplicantField, FieldPath, LineField, PackageField, ProjectField, RiskField};
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::dates::parse_iso_date;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::targets::Target;

/// A compared value of the field `path` for reading; `applicants` name an applicant given by id.
pub fn compared_value(lang: Lang, path: FieldPath, value: &str, applicants: &[RawApplicant]) -> String {
    if value.is_empty() {
        return T::EmptyValue.get(lang).into();
    }
    let yes_no = |v: &str| match v {
        "true" | "yes" => Some(T::Yes.get(lang).to_string()),
        "false" | "no" => Some(T::No.get(lang).to_string()),
        _ => None,
    };
    let applicant = |v: &str| {
        applicants
            .iter()
            .find(|a| a.id.to_string() == v.trim())
            .and_then(|a| display_name(a, lang))
    };
    let shown = match path {
        FieldPath::RequestedGrant
        | FieldPath::BudgetLine {
            field: LineField::Amount | LineField::VatOverride,
            ..
        }
        | FieldPath::Applicant {
            field: ApplicantField::OwnFinancing,
            ..
        } => Money::parse_exchange(value).map(|m| m.format(lang)),
        FieldPath::Project(ProjectField::Start | ProjectField::End)
        | FieldPath::WorkPackage {
            field: PackageField::Start | PackageField::End,
            ..
        }
        | FieldPath::Applicant {
            field: ApplicantField::DecisionDate,
            ..
        } => parse_iso_date(value).map(|d| date(lang, d)),
        FieldPath::BudgetLine {
            field: LineField::Basis | LineField::InternalCharge | LineField::InternalChargeActual,
            ..
        }
        | FieldPath::LeadResponsible
        | FieldPath::MunicipalTask
        | FieldPath::Exclusion(_) => yes_no(value),
        FieldPath::BudgetLine {
            field: LineField::Category,
            ..
        } => CostCategory::from_id(value).map(|c| category(lang, c).to_string()),
        FieldPath::BudgetLine {
            field: LineField::VatRate,
            ..
        } => Some(vat_rate(lang, value)),
        FieldPath::BudgetLine {
            field: LineField::Bearer,
            ..
        }
        | FieldPath::WorkPackage {
            field: PackageField::Responsible,
            ..
        }
        | FieldPath::Risk {
            field: RiskField::Owner,
            ..
        } => applicant(value),
        FieldPath::Targets => Some(
            value
                .split(", ")
                .map(|id| Target::from_id(id).map_or(id, |t| target(lang, t)))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        _ => None,
    };
    shown.unwrap_or_else(|| value.to_string())
}

/// Where a compared value is: a field as the error summary names it, or a whole item of a list with
/// its number (1-based, in the version that has it).
pub fn compared_place(lang: Lang, at: &Place, number: Option<usize>) -> String {
    let item = |text: T| match number {
        Some(n) => format!("{} {n}", text.get(lang)),
        None => text.get(lang).to_string(),
    };
    match at {
        Place::Field(path) => place(lang, *path, number),
        Place::Applicant(_) => item(T::Applicant),
        Place::Line(_) => item(T::Line),
        Place::Risk(_) => item(T::Risk),
        Place::Package(_) => item(T::WorkPackage),
        Place::Indicator(_) => item(T::Indicator),
    }
}
