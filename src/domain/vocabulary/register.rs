//! The official register of Finland's municipalities as of 2020: code, Finnish and Swedish name and
//! population at the end of 2019.
//!
//! The applicant picks the applying municipality (and the partners of a joint project) from this
//! register instead of typing a name, so that codes are right and names are spelled officially in
//! both national languages. The list is a CSV file compiled into the binary (`data/`) and parsed once;
//! the programme's calls of 2019–2020 were made to exactly these 310 municipalities, so later merges
//! are deliberately not reflected.

use crate::domain::vocabulary::locale::Lang;
use std::sync::OnceLock;

/// One municipality of the 2020 register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// Statistics Finland's three-digit code, leading zeros kept (`005`).
    pub code: String,
    /// The official Finnish name.
    pub name_fi: String,
    /// The official Swedish name (the same as the Finnish one where there is no separate name).
    pub name_sv: String,
    /// Inhabitants on 31 December 2019.
    pub population: u32,
}

/// The codes of the 16 municipalities of Åland (Ahvenanmaa, Statistics Finland's region 21), which
/// have their own municipal law: Finland's Local Government Act (410/2015) does not apply to them.
const ALAND: [&str; 16] = [
    "035", "043", "060", "062", "065", "076", "170", "295", "318", "417", "438", "478", "736", "766", "771", "941",
];

impl Municipality {
    /// Whether the municipality is in Åland.
    pub fn is_aland(&self) -> bool {
        ALAND.contains(&self.code.as_str())
    }

    /// The name to show in `lang`. English uses the Finnish name, as official English texts do.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.name_sv,
            Lang::Fi | Lang::En => &self.name_fi,
        }
    }
}

/// The register as published: `code,name_fi,name_sv,population_2019`, one municipality a line, in
/// code order. The 2020 file quotes nothing and no name contains a comma (or a quote), so the
/// parser below is a plain split that refuses quotes rather than guessing at them.
const CSV: &str = include_str!("data/municipalities-2020.csv");

const HEADER: &str = "code,name_fi,name_sv,population_2019";

/// Why a line of the register file was refused. Only the tests ever see one: the embedded file is
/// checked by them, so [`all`] can treat a failure as a build defect.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum ParseError {
    #[error("the header is not {HEADER:?}")]
    Header,
    #[error("line {line}: expected 4 comma-separated fields")]
    FieldCount { line: usize },
    #[error("line {line}: quoted fields are not supported")]
    Quoted { line: usize },
    #[error("line {line}: the code is not three digits")]
    Code { line: usize },
    #[error("line {line}: a name is empty or has surrounding whitespace")]
    Name { line: usize },
    #[error("line {line}: the population is not a whole number")]
    Population { line: usize },
    #[error("line {line}: codes are not strictly increasing")]
    Order { line: usize },
}

/// Parses the register text. Lines are numbered from 1 (the header); blank lines are refused
/// except for a final line break, so that every data line is accounted for.
fn parse(text: &str) -> Result<Vec<Municipality>, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return Err(ParseError::Header);
    }
    let mut out: Vec<Municipality> = Vec::new();
    for (i, raw) in lines.enumerate() {
        let line = i + 2;
        if raw.contains('"') {
            return Err(ParseError::Quoted { line });
        }
        let fields: Vec<&str> = raw.split(',').collect();
        let [code, name_fi, name_sv, population] = fields[..] else {
            return Err(ParseError::FieldCount { line });
        };
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::Code { line });
        }
        let name_ok = |n: &str| !n.is_empty() && n.trim() == n;
        if !name_ok(name_fi) || !name_ok(name_sv) {
            return Err(ParseError::Name { line });
        }
        if population.is_empty() || !population.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::Population { line });
        }
        let population = population.parse().map_err(|_| ParseError::Population { line })?;
        // Strict order makes codes unique and lets `by_code` binary-search.
        if out.last().is_some_and(|prev| prev.code.as_str() >= code) {
            return Err(ParseError::Order { line });
        }
        out.push(Municipality {
            code: code.to_owned(),
            name_fi: name_fi.to_owned(),
            name_sv: name_sv.to_owned(),
            population,
        });
    }
    Ok(out)
}

/// Every municipality of the register, in code order.
pub fn all() -> &'static [Municipality] {
    static ALL: OnceLock<Vec<Municipality>> = OnceLock::new();
    ALL.get_or_init(|| parse(CSV).expect("the embedded municipality register parses (checked by tests)"))
}

/// The municipality with this code (`091`); surrounding whitespace is ignored, leading zeros are not
/// optional.
pub fn by_code(code: &str) -> Option<&'static Municipality> {
    let code = code.trim();
    let all = all();
    all.binary_search_by(|m| m.code.as_str().cmp(code))
        .ok()
        .map(|i| &all[i])
}

/// Everyone living in a municipality of the register (5 525 292 at the end of 2019).
pub fn total_population() -> u64 {
    all().iter().map(|m| u64::from(m.population)).sum()
}

/// The municipality whose Finnish or Swedish name this is, in any case (`"HELSINGFORS"`); the text
/// is compared as it is, so trim it first.
pub fn by_name(name: &str) -> Option<&'static Municipality> {
    let lower = name.to_lowercase();
    search_keys()
        .iter()
        .position(|k| k.fi == lower || k.sv == lower)
        .map(|i| &all()[i])
}

/// What [`search`] and [`by_name`] compare against, prepared once in the order of [`all`].
struct SearchKey {
    fi: String,
    sv: String,
    sort: Vec<u32>,
}

fn search_keys() -> &'static [SearchKey] {
    static KEYS: OnceLock<Vec<SearchKey>> = OnceLock::new();
    KEYS.get_or_init(|| {
        all()
            .iter()
            .map(|m| SearchKey {
                fi: m.name_fi.to_lowercase(),
                sv: m.name_sv.to_lowercase(),
                sort: collation_key(&m.name_fi),
            })
            .collect()
    })
}

/// A sort key for Finnish alphabetical order, good enough for municipality names: case-insensitive,
/// with å, ä and ö as letters of their own after z (z < å < ä < ö), where code-point order would put
/// them after z in the order ä < å < ö. Other characters keep their code-point order, so spaces,
/// hyphens and `:` sort before letters and any other accented letter sorts after ö. (Full Finnish
/// collation also equates v/w and ü/y; no name in the register needs that.)
fn collation_key(s: &str) -> Vec<u32> {
    const AFTER_Z: u32 = 'z' as u32 + 1;
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => AFTER_Z,
            'ä' => AFTER_Z + 1,
            'ö' => AFTER_Z + 2,
            c => u32::from(c),
        })
        .collect()
}

/// Municipalities matching what the user has typed so far, best first, at most `limit`.
///
/// The query is trimmed and compared case-insensitively with both the Finnish and the Swedish name,
/// so a Swedish speaker finds Helsinki as "helsingf". A name that *starts* with the query ranks
/// before one that merely contains it; a code that starts with the query (`09`, `091`) also counts
/// as a start, but codes are not matched in the middle (`1` would otherwise match a third of the
/// list). Within a rank the order is alphabetical by Finnish name in Finnish order, then by code.
/// An empty or all-whitespace query matches nothing, so an empty box shows no suggestions.
pub fn search(query: &str, limit: usize) -> Vec<&'static Municipality> {
    let query = query.trim().to_lowercase();
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut hits: Vec<(u8, &'static SearchKey, &'static Municipality)> = search_keys()
        .iter()
        .zip(all())
        .filter_map(|(key, m)| {
            let rank = if key.fi.starts_with(&query) || key.sv.starts_with(&query) || m.code.starts_with(&query) {
                0
            } else if key.fi.contains(&query) || key.sv.contains(&query) {
                1
            } else {
                return None;
            };
            Some((rank, key, m))
        })
        .collect();
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.sort.cmp(&b.1.sort))
            .then_with(|| a.2.code.cmp(&b.2.code))
    });
    hits.into_iter().take(limit).map(|(_, _, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_aland_municipalities_are_the_sixteen_of_region_21() {
        let aland: Vec<&str> = all()
            .iter()
            .filter(|m| m.is_aland())
            .map(|m| m.name_sv.as_str())
            .collect();
        assert_eq!(aland.len(), 16);
        assert!(aland.contains(&"Mariehamn") && aland.contains(&"Sottunga"));
        assert!(!by_code("091").unwrap().is_aland(), "Helsinki");
        assert!(
            !by_name("Pargas").unwrap().is_aland(),
            "Parainen is in Southwest Finland"
        );
    }
    use std::cmp::Ordering;

    /// Compares two names in Finnish alphabetical order, as `search` does.
    fn finnish_cmp(a: &str, b: &str) -> Ordering {
        collation_key(a).cmp(&collation_key(b))
    }

    fn names(found: &[&Municipality]) -> Vec<String> {
        found.iter().map(|m| m.name_fi.clone()).collect()
    }

    #[test]
    fn every_line_of_the_file_is_a_municipality() {
        let data_lines = CSV.lines().skip(1).count();
        assert_eq!(data_lines, 310);
        assert_eq!(all().len(), data_lines);
        assert_eq!(parse(CSV).map(|v| v.len()), Ok(data_lines));
    }

    #[test]
    fn by_name_finds_either_language_in_any_case_and_nothing_else() {
        let code = |n: &str| by_name(n).map(|m| m.code.as_str());
        assert_eq!(code("Mustasaari"), Some("499"));
        assert_eq!(code("KORSHOLM"), Some("499"));
        assert_eq!(code("helsingfors"), Some("091"));
        assert_eq!(code("Mustasaar"), None, "a whole name, not a prefix");
        assert_eq!(code(" Helsinki"), None, "the caller trims");
        assert_eq!(code(""), None);
    }

    #[test]
    fn population_adds_up() {
        assert_eq!(total_population(), 5_525_292);
    }

    #[test]
    fn codes_are_unique_three_digits_in_order() {
        let all = all();
        for m in all {
            assert!(m.code.len() == 3 && m.code.bytes().all(|b| b.is_ascii_digit()), "{m:?}");
            assert!(!m.name_fi.is_empty() && !m.name_sv.is_empty(), "{m:?}");
            assert!(m.population > 0, "{m:?}");
        }
        for w in all.windows(2) {
            assert!(w[0].code < w[1].code, "{:?} then {:?}", w[0].code, w[1].code);
        }
        let mut codes: Vec<&str> = all.iter().map(|m| m.code.as_str()).collect();
        codes.dedup();
        assert_eq!(codes.len(), 310);
    }

    #[test]
    fn known_municipalities() {
        let cases = [
            ("005", "Alajärvi", "Alajärvi", 9562),
            ("091", "Helsinki", "Helsingfors", 653_835),
            ("049", "Espoo", "Esbo", 289_731),
            ("445", "Parainen", "Pargas", 15_132),
            ("284", "Koski Tl", "Koskis", 2308),
            ("599", "Pedersören kunta", "Pedersöre", 11_081),
            ("202", "Kaarina", "S:t Karins", 33_937),
            ("853", "Turku", "Åbo", 192_962),
            ("992", "Äänekoski", "Äänekoski", 18_765),
        ];
        for (code, fi, sv, population) in cases {
            let m = by_code(code).unwrap_or_else(|| panic!("{code}"));
            assert_eq!(
                (m.code.as_str(), m.name_fi.as_str(), m.name_sv.as_str()),
                (code, fi, sv)
            );
            assert_eq!(m.population, population, "{code}");
            assert_eq!(m.name(Lang::Fi), fi);
            assert_eq!(m.name(Lang::En), fi);
            assert_eq!(m.name(Lang::Sv), sv);
        }
        assert_eq!(all().first().map(|m| m.code.as_str()), Some("005"));
        assert_eq!(all().last().map(|m| m.code.as_str()), Some("992"));
    }

    #[test]
    fn by_code_table() {
        let cases = [
            ("091", Some("Helsinki")),
            ("  091\t", Some("Helsinki")),
            ("005", Some("Alajärvi")),
            ("992", Some("Äänekoski")),
            ("91", None),
            ("0091", None),
            ("000", None),
            ("999", None),
            ("", None),
            ("Helsinki", None),
        ];
        for (code, name) in cases {
            assert_eq!(by_code(code).map(|m| m.name_fi.as_str()), name, "{code:?}");
        }
        for m in all() {
            assert_eq!(by_code(&m.code), Some(m));
        }
    }

    #[test]
    fn search_table() {
        let cases: &[(&str, &[&str])] = &[
            // Swedish name, lower case, prefix.
            ("helsingf", &["Helsinki"]),
            ("HELSINGFORS", &["Helsinki"]),
            ("Pargas", &["Parainen"]),
            ("åbo", &["Turku", "Oulu"]),
            // By code: a code prefix counts as a start.
            ("091", &["Helsinki"]),
            (" 445 ", &["Parainen"]),
            (
                "09",
                &["Heinävesi", "Helsinki", "Hirvensalmi", "Hollola", "Honkajoki", "Vantaa"],
            ),
            // Upper-case non-ASCII query.
            ("ÄÄNE", &["Äänekoski"]),
            // Prefix (Pori) before contains (Raasepori).
            ("pori", &["Pori", "Raasepori"]),
            ("por", &["Pori", "Pornainen", "Porvoo", "Raasepori"]),
            // Swedish names only: Borgnäs and Borgå start with it, Uleåborg, Björneborg and
            // Raseborg contain it; each rank sorts by the Finnish name.
            ("borg", &["Pornainen", "Porvoo", "Oulu", "Pori", "Raasepori"]),
            // Prefix matches alphabetically, then contains, with ä after z.
            (
                "koski",
                &[
                    "Koski Tl",
                    "Enonkoski",
                    "Kannonkoski",
                    "Savukoski",
                    "Taivalkoski",
                    "Valkeakoski",
                    "Äänekoski",
                ],
            ),
            ("pyh", &["Pyhtää", "Pyhäjoki", "Pyhäjärvi", "Pyhäntä", "Pyhäranta"]),
            ("mänttä-v", &["Mänttä-Vilppula"]),
            ("s:t", &["Kaarina", "Marttila", "Mikkeli"]),
            ("xyz", &[]),
            ("", &[]),
            ("   ", &[]),
        ];
        for (query, expected) in cases {
            assert_eq!(names(&search(query, 50)), *expected, "{query:?}");
        }
    }

    #[test]
    fn search_ranks_prefix_then_contains_each_alphabetical() {
        for query in ["ka", "la", "jä", "a", "ö", "ki"] {
            let found = search(query, usize::MAX);
            assert!(!found.is_empty(), "{query}");
            let rank = |m: &Municipality| {
                let (fi, sv) = (m.name_fi.to_lowercase(), m.name_sv.to_lowercase());
                u8::from(!(fi.starts_with(query) || sv.starts_with(query) || m.code.starts_with(query)))
            };
            for w in found.windows(2) {
                let (a, b) = (rank(w[0]), rank(w[1]));
                assert!(
                    a < b || (a == b && finnish_cmp(&w[0].name_fi, &w[1].name_fi).is_lt()),
                    "{query}: {w:?}"
                );
            }
            // Nothing that matches is left out.
            let expected = all()
                .iter()
                .filter(|m| {
                    m.name_fi.to_lowercase().contains(query)
                        || m.name_sv.to_lowercase().contains(query)
                        || m.code.starts_with(query)
                })
                .count();
            assert_eq!(found.len(), expected, "{query}");
        }
    }

    #[test]
    fn search_matches_swedish_prefix_in_the_first_rank() {
        // Hailuoto is Karlö and Kokkola is Karleby in Swedish: both start with "ka", so they sort
        // among the Finnish "Ka…" names by their Finnish name, not after them.
        let found = names(&search("ka", usize::MAX));
        let first_contains = found.iter().position(|n| n == "Akaa").expect("Akaa contains ka");
        let first_rank = &found[..first_contains];
        assert_eq!(first_rank.first().map(String::as_str), Some("Hailuoto"));
        assert!(first_rank.iter().any(|n| n == "Kokkola"));
        assert!(first_rank.iter().all(|n| !n.starts_with('A')));
    }

    #[test]
    fn search_respects_the_limit() {
        assert_eq!(names(&search("koski", 2)), ["Koski Tl", "Enonkoski"]);
        assert!(search("koski", 0).is_empty());
        assert_eq!(search("a", 10).len(), 10);
        assert_eq!(search("a", 10), search("a", 1000)[..10]);
    }

    #[test]
    fn finnish_order() {
        let ordered = [
            "a", "Aa", "ab", "Koski Tl", "Koskis", "v", "w", "y", "z", "Z", "å", "Å", "ä", "Ä", "ö", "Ö", "ü",
        ];
        for w in ordered.windows(2) {
            assert!(finnish_cmp(w[0], w[1]).is_le(), "{} <= {}", w[0], w[1]);
        }
        assert_eq!(finnish_cmp("Åbo", "åbo"), Ordering::Equal);
        assert_eq!(finnish_cmp("Zz", "Å"), Ordering::Less);
        assert_eq!(finnish_cmp("Ylöjärvi", "Ähtäri"), Ordering::Less);
        assert_eq!(finnish_cmp("Ähtäri", "Äänekoski"), Ordering::Less);
        assert_eq!(finnish_cmp("Vörå", "Vöyri"), Ordering::Less);
        // Code-point order would say otherwise for these.
        assert!("ä" < "å");
        assert_eq!(finnish_cmp("å", "ä"), Ordering::Less);
        assert!("B" < "a");
        assert_eq!(finnish_cmp("B", "a"), Ordering::Greater);
    }

    #[test]
    fn all_sorted_in_finnish_order_ends_with_the_a_umlauts() {
        let mut sorted: Vec<&Municipality> = all().iter().collect();
        sorted.sort_by(|a, b| finnish_cmp(&a.name_fi, &b.name_fi));
        let tail: Vec<&str> = sorted[sorted.len() - 4..].iter().map(|m| m.name_fi.as_str()).collect();
        assert_eq!(tail, ["Ylöjärvi", "Ypäjä", "Ähtäri", "Äänekoski"]);
        assert_eq!(sorted[0].name_fi, "Akaa");
    }

    #[test]
    fn parser_refuses_malformed_lines() {
        let ok = format!("{HEADER}\n005,Alajärvi,Alajärvi,9562\n009,Alavieska,Alavieska,2519\n");
        assert_eq!(parse(&ok).map(|v| v.len()), Ok(2));
        assert_eq!(parse(&format!("\u{feff}{ok}")).map(|v| v.len()), Ok(2));
        assert_eq!(parse(&ok.replace('\n', "\r\n")).map(|v| v.len()), Ok(2));
        let cases = [
            ("", ParseError::Header),
            ("code,name,population\n", ParseError::Header),
            ("005,Alajärvi,Alajärvi,9562,", ParseError::FieldCount { line: 2 }),
            ("005,Alajärvi,9562", ParseError::FieldCount { line: 2 }),
            ("\n", ParseError::FieldCount { line: 2 }),
            ("005,\"Ala, järvi\",Alajärvi,9562", ParseError::Quoted { line: 2 }),
            ("5,Alajärvi,Alajärvi,9562", ParseError::Code { line: 2 }),
            ("0005,Alajärvi,Alajärvi,9562", ParseError::Code { line: 2 }),
            ("00a,Alajärvi,Alajärvi,9562", ParseError::Code { line: 2 }),
            ("005,,Alajärvi,9562", ParseError::Name { line: 2 }),
            ("005,Alajärvi, Alajärvi,9562", ParseError::Name { line: 2 }),
            ("005,Alajärvi,Alajärvi,", ParseError::Population { line: 2 }),
            ("005,Alajärvi,Alajärvi,9 562", ParseError::Population { line: 2 }),
            ("005,Alajärvi,Alajärvi,-1", ParseError::Population { line: 2 }),
            ("005,Alajärvi,Alajärvi,99999999999", ParseError::Population { line: 2 }),
            ("005,A,A,1\n005,B,B,1", ParseError::Order { line: 3 }),
            ("009,A,A,1\n005,B,B,1", ParseError::Order { line: 3 }),
            ("005,A,A,1\n\n009,B,B,1", ParseError::FieldCount { line: 3 }),
        ];
        for (body, expected) in cases {
            let text = if matches!(expected, ParseError::Header) {
                body.to_owned()
            } else {
                format!("{HEADER}\n{body}")
            };
            assert_eq!(parse(&text), Err(expected.clone()), "{body:?}");
            assert!(!expected.to_string().is_empty());
        }
    }
}
