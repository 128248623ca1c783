//! The budget's words: a cost line's field labels, the cost categories, VAT rates and why a typed
//! amount is not one.

use super::format::counted;
use super::T;
use crate::domain::rules::finding::LineField;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::MoneyError;

/// The visible label of a line field (also the column header).
pub fn field_label(lang: Lang, field: LineField) -> &'static str {
    match field {
        LineField::Category => T::ColCategory,
        LineField::Description => T::ColDescription,
        LineField::Bearer => T::ColBearer,
        LineField::Year => T::ColYear,
        LineField::Amount => T::ColAmount,
        LineField::VatRate => T::ColVatRate,
        LineField::VatOverride => T::ColVat,
        LineField::InternalChargeActual => T::InternalChargeActual,
        LineField::Justification => T::LicenceJustification,
        LineField::Basis => T::ColIncludesVat,
        LineField::InternalCharge => T::InternalCharge,
    }
    .get(lang)
}

/// How many lines the budget has, beside its table: "3 000 kustannusriviä".
pub fn line_count(lang: Lang, n: usize) -> String {
    let (one, many) = match lang {
        Lang::Fi => ("kustannusrivi", "kustannusriviä"),
        Lang::Sv => ("kostnadsrad", "kostnadsrader"),
        Lang::En => ("cost line", "cost lines"),
    };
    counted(lang, n, one, many)
}

/// The line the budget's own search found: "Rivi 12 (1/3): Kannettavat".
pub fn line_found(lang: Lang, number: usize, nth: usize, of: usize, description: &str) -> String {
    match lang {
        Lang::Fi => format!("Rivi {number} ({nth}/{of}): {description}"),
        Lang::Sv => format!("Rad {number} ({nth}/{of}): {description}"),
        Lang::En => format!("Line {number} ({nth} of {of}): {description}"),
    }
}

/// The budget's own search found nothing.
pub fn no_line_found(lang: Lang, query: &str) -> String {
    match lang {
        Lang::Fi => format!("Yhdenkään rivin kuvauksessa ei ole tekstiä ”{query}”."),
        Lang::Sv => format!("Ingen rads beskrivning innehåller texten ”{query}”."),
        Lang::En => format!("No line's description contains “{query}”."),
    }
}

/// A link to a line's description: "Siirry riville 12".
pub fn go_to_line(lang: Lang, number: usize) -> String {
    match lang {
        Lang::Fi => format!("Siirry riville {number}"),
        Lang::Sv => format!("Gå till rad {number}"),
        Lang::En => format!("Go to line {number}"),
    }
}

/// The name of a cost category, as the sources give it.
pub fn category(lang: Lang, c: CostCategory) -> &'static str {
    use CostCategory::*;
    match (lang, c) {
        (Lang::Fi, Personnel) => "Henkilöstökustannukset",
        (Lang::Fi, Travel) => "Matkakustannukset",
        (Lang::Fi, PremisesRent) => "Toimitilojen vuokrat",
        (Lang::Fi, PurchasedServices) => "Ostopalvelut yksinomaan hanketta varten (tutkimus, tietämys, konsultointi)",
        (Lang::Fi, OtherOperating) => "Muut toimintakustannukset",
        (Lang::Fi, SoftwareLicence) => "Ohjelmistolisenssit",
        (Lang::Fi, Hardware) => "Laitteistohankinnat",
        (Lang::Fi, TangibleInvestment) => "Aineelliset investoinnit",
        (Lang::Sv, Personnel) => "Personalkostnader",
        (Lang::Sv, Travel) => "Resekostnader",
        (Lang::Sv, PremisesRent) => "Lokalhyror",
        (Lang::Sv, PurchasedServices) => "Köpta tjänster enbart för projektet (forskning, kunskap, konsultering)",
        (Lang::Sv, OtherOperating) => "Övriga verksamhetskostnader",
        (Lang::Sv, SoftwareLicence) => "Programvarulicenser",
        (Lang::Sv, Hardware) => "Anskaffning av utrustning",
        (Lang::Sv, TangibleInvestment) => "Materiella investeringar",
        (Lang::En, Personnel) => "Personnel costs",
        (Lang::En, Travel) => "Travel costs",
        (Lang::En, PremisesRent) => "Rents of premises",
        (Lang::En, PurchasedServices) => {
            "Purchased services used only for the project (research, knowledge, consulting)"
        }
        (Lang::En, OtherOperating) => "Other operating costs",
        (Lang::En, SoftwareLicence) => "Software licences",
        (Lang::En, Hardware) => "Hardware",
        (Lang::En, TangibleInvestment) => "Tangible investments",
    }
}

/// A VAT rate as the call gives it ("24") with its percent sign: "24 %" / "24%".
pub fn vat_rate(lang: Lang, rate: &str) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{rate}\u{a0}%"),
        Lang::En => format!("{rate}%"),
    }
}

/// Why a typed amount is not an amount.
pub fn money_error(lang: Lang, e: &MoneyError) -> String {
    match (lang, e) {
        (Lang::Fi, MoneyError::Empty) => "summa puuttuu".into(),
        (Lang::Fi, MoneyError::InvalidCharacter { ch }) => format!("merkki ”{ch}” ei kuulu rahamäärään"),
        (Lang::Fi, MoneyError::MisplacedSeparator) => "välilyönti tai erotin on väärässä kohdassa".into(),
        (Lang::Fi, MoneyError::TooManyDecimals) => "sentit voi antaa enintään kahdella desimaalilla".into(),
        (Lang::Fi, MoneyError::Negative) => "summa ei voi olla negatiivinen".into(),
        (Lang::Fi, MoneyError::TooLarge) => "summa on liian suuri".into(),
        (Lang::Sv, MoneyError::Empty) => "beloppet saknas".into(),
        (Lang::Sv, MoneyError::InvalidCharacter { ch }) => format!("tecknet ”{ch}” hör inte till ett belopp"),
        (Lang::Sv, MoneyError::MisplacedSeparator) => "mellanslag eller avgränsare på fel ställe".into(),
        (Lang::Sv, MoneyError::TooManyDecimals) => "högst två decimaler".into(),
        (Lang::Sv, MoneyError::Negative) => "beloppet kan inte vara negativt".into(),
        (Lang::Sv, MoneyError::TooLarge) => "beloppet är för stort".into(),
        (Lang::En, MoneyError::Empty) => "the amount is missing".into(),
        (Lang::En, MoneyError::InvalidCharacter { ch }) => format!("the character “{ch}” is not part of an amount"),
        (Lang::En, MoneyError::MisplacedSeparator) => "a space or separator is in the wrong place".into(),
        (Lang::En, MoneyError::TooManyDecimals) => "at most two decimals".into(),
        (Lang::En, MoneyError::Negative) => "the amount cannot be negative".into(),
        (Lang::En, MoneyError::TooLarge) => "the amount is too large".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_budget_says_how_many_lines_it_has() {
        assert_eq!(line_count(Lang::Fi, 1), "1 kustannusrivi");
        assert_eq!(line_count(Lang::Fi, 3000), "3\u{a0}000 kustannusriviä");
        assert_eq!(line_count(Lang::En, 3000), "3,000 cost lines");
    }
}
