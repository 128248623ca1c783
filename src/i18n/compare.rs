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

/// A whole item added or removed, as a person reads it: a line's description, amount in euros and
/// category by name (`compare::line_summary` writes them as files do); another item's name as it is.
pub fn compared_summary(lang: Lang, at: &Place, summary: &str) -> String {
    let shown = match at {
        Place::Line(id) => {
            let mut parts = summary.split(" · ");
            let description = parts.next().unwrap_or_default().trim().to_string();
            let value = |field, v: Option<&str>| match v.unwrap_or_default() {
                "" => None,
                v => Some(compared_value(lang, FieldPath::BudgetLine { id: *id, field }, v, &[])),
            };
            let amount = value(LineField::Amount, parts.next());
            let category = value(LineField::Category, parts.next());
            [Some(description).filter(|d| !d.is_empty()), amount, category]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
        }
        _ => summary.trim().to_string(),
    };
    if shown.is_empty() {
        T::EmptyValue.get(lang).into()
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_added_or_removed_is_named_in_euros_and_by_category() {
        let line = Place::Line(7);
        assert_eq!(
            compared_summary(Lang::Fi, &line, "Matkat · 800.00 · travel"),
            "Matkat · 800,00\u{a0}€ · Matkakustannukset"
        );
        assert_eq!(compared_summary(Lang::En, &line, " · 12.5O · "), "12.5O");
        assert_eq!(compared_summary(Lang::Sv, &line, " ·  · "), "(tom)");
        assert_eq!(
            compared_summary(Lang::Fi, &Place::Risk(1), " Tietoturva "),
            "Tietoturva"
        );
    }
}
