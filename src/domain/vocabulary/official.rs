//! Municipalities' official names as a decision writes them ("Kiuruveden kaupunki", "Lestijärven
//! kunta"): the genitive of the name and whether it is a town (kaupunki, stad) or a municipality
//! (kunta, kommun). A decision addresses the lead in the allative ("Kiuruveden kaupungille"), which
//! cannot be derived from the register's name by a rule that is always right (Iisalmi → Iisalmen
//! but Naantali → Naantalin; Parainen → Paraisten). So only names attested in the decision of
//! 26.2.2020 (seed 004: its text and Appendix 1) are known here; for any other municipality the
//! decision is written as a plain list (docs/rules.md §9.7). Adding a name is adding a line below,
//! with the document it is written in.

/// Whether a municipality is a town or not, as its official name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// kaupunki / stad
    Town,
    /// kunta / kommun
    Municipality,
}

/// A municipality's official Finnish name, as attested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficialName {
    /// The name in the genitive, as the official name begins: `Kiuruveden`.
    pub genitive: &'static str,
    pub kind: Kind,
}

use Kind::{Municipality as K, Town as T};

/// (the register's Finnish name, genitive, kind), each written so in seed 004.
const ATTESTED: [(&str, &str, Kind); 34] = [
    ("Espoo", "Espoon", T),
    ("Helsinki", "Helsingin", T),
    ("Hollola", "Hollolan", K),
    ("Hämeenlinna", "Hämeenlinnan", T),
    ("Iisalmi", "Iisalmen", T),
    ("Jyväskylä", "Jyväskylän", T),
    ("Kajaani", "Kajaanin", T),
    ("Kalajoki", "Kalajoen", T),
    ("Kangasala", "Kangasalan", T),
    ("Kankaanpää", "Kankaanpään", T),
    ("Kauniainen", "Kauniaisten", T),
    ("Kiuruvesi", "Kiuruveden", T),
    ("Kuopio", "Kuopion", T),
    ("Kuusamo", "Kuusamon", T),
    ("Lappeenranta", "Lappeenrannan", T),
    ("Lestijärvi", "Lestijärven", K),
    ("Lieto", "Liedon", K),
    ("Mänttä-Vilppula", "Mänttä-Vilppulan", T),
    ("Naantali", "Naantalin", T),
    ("Nousiainen", "Nousiaisten", K),
    ("Nurmijärvi", "Nurmijärven", K),
    ("Oulu", "Oulun", T),
    ("Paimio", "Paimion", T),
    ("Parainen", "Paraisten", T),
    ("Pietarsaari", "Pietarsaaren", T),
    ("Pori", "Porin", T),
    ("Porvoo", "Porvoon", T),
    ("Seinäjoki", "Seinäjoen", T),
    ("Tampere", "Tampereen", T),
    ("Turku", "Turun", T),
    ("Tuusula", "Tuusulan", K),
    ("Vantaa", "Vantaan", T),
    ("Ylivieska", "Ylivieskan", T),
    ("Vaasa", "Vaasan", T),
];

/// The official name of the municipality with this Finnish register name, where it is attested.
pub fn official_name(name_fi: &str) -> Option<OfficialName> {
    ATTESTED
        .iter()
        .find(|(name, _, _)| *name == name_fi)
        .map(|&(_, genitive, kind)| OfficialName { genitive, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every attested form is written in the decision (seed 004), as "<genitive> kaupunki|kunta"
    /// in some case: its stem is in the text.
    #[test]
    fn every_form_is_in_the_decision() {
        let seed = include_str!("../../../tests/fixtures/seed-004-decision-2020-02-26.txt");
        for (name, genitive, kind) in ATTESTED {
            let stem = match kind {
                Kind::Town => "kaupun",
                Kind::Municipality => "kun",
            };
            assert!(
                seed.contains(&format!("{genitive} {stem}")),
                "{name}: '{genitive} {stem}…' is not in the decision"
            );
            assert!(
                crate::domain::vocabulary::register::all()
                    .iter()
                    .any(|m| m.name_fi == name),
                "{name} is not in the register"
            );
        }
    }
}
