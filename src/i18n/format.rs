//! Dates, times, whole numbers and percentages as each language writes them.

use crate::domain::vocabulary::locale::Lang;
use rust_decimal::Decimal;

/// A date: "30.11.2021" / "30 November 2021".
pub fn date(lang: Lang, d: time::Date) -> String {
    match lang {
        Lang::Fi | Lang::Sv => format!("{}.{}.{}", d.day(), u8::from(d.month()), d.year()),
        Lang::En => format!("{} {} {}", d.day(), d.month(), d.year()),
    }
}

/// A count with the noun's form for one or for many, in the language's digits: "1 kunta",
/// "2 kuntaa", "1 kommun", "3 kommuner", "1 municipality", "0 municipalities". Finnish, Swedish and
/// English all use the singular for exactly one and the plural (Finnish: the partitive) otherwise.
pub fn counted(lang: Lang, n: usize, one: &str, many: &str) -> String {
    format!("{} {}", integer(lang, n as u64), if n == 1 { one } else { many })
}

/// The length of an answer under its field: "1 merkki", "120 merkkiä", or "120 / 4 000 merkkiä" where
/// the call limits the length.
pub fn characters(lang: Lang, n: usize, max: Option<usize>) -> String {
    let (one, many) = match lang {
        Lang::Fi => ("merkki", "merkkiä"),
        Lang::Sv => ("tecken", "tecken"),
        Lang::En => ("character", "characters"),
    };
    match max {
        Some(max) => format!("{} / {} {many}", integer(lang, n as u64), integer(lang, max as u64)),
        None => counted(lang, n, one, many),
    }
}

/// A whole number with the language's digit grouping: "658 864" / "658,864".
pub fn integer(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fi | Lang::Sv => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A size of storage in bytes, in megabytes below a gigabyte and gigabytes from one on, to a tenth
/// (binary units, as the browsers count quota): "0,4 Mt", "1 023,5 Mt", "1,5 Gt" / "1,5 GB" /
/// "1.5 GB". Whole numbers only: no float formatting in the bundle.
pub fn bytes(lang: Lang, n: u64) -> String {
    const MB: u64 = 1 << 20;
    const GB: u64 = 1 << 30;
    let (unit, big) = if n >= GB { (GB, true) } else { (MB, false) };
    let tenths = (u128::from(n) * 10 + u128::from(unit / 2)) / u128::from(unit);
    let (whole, tenth) = ((tenths / 10) as u64, tenths % 10);
    let (point, name) = match (lang, big) {
        (Lang::Fi, false) => (',', "Mt"),
        (Lang::Fi, true) => (',', "Gt"),
        (Lang::Sv, false) => (',', "MB"),
        (Lang::Sv, true) => (',', "GB"),
        (Lang::En, false) => ('.', "MB"),
        (Lang::En, true) => ('.', "GB"),
    };
    format!("{}{point}{tenth}\u{a0}{name}", integer(lang, whole))
}

/// A share (0..1) as a percentage with two decimals: "15,00 %" / "15.00%".
pub fn percent(lang: Lang, share: Decimal) -> String {
    let p =
        (share * Decimal::ONE_HUNDRED).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    let s = format!("{p:.2}");
    match lang {
        Lang::Fi | Lang::Sv => format!("{}\u{a0}%", s.replace('.', ",").replace('-', "\u{2212}")),
        Lang::En => format!("{}%", s.replace('-', "\u{2212}")),
    }
}

/// "Tallennettu klo 9.05" / "Sparat kl. 9.05" / "Saved at 9:05".
pub fn saved_at(lang: Lang, (hours, minutes): (u32, u32)) -> String {
    match lang {
        Lang::Fi => format!("Tallennettu klo {hours}.{minutes:02}"),
        Lang::Sv => format!("Sparat kl. {hours}.{minutes:02}"),
        Lang::En => format!("Saved at {hours}:{minutes:02}"),
    }
}

/// A local date and time of day: "23.11.2026 klo 9.05" / "23.11.2026 kl. 9.05" / "23 November 2026, 9:05".
pub fn date_time(lang: Lang, (y, m, d): (u32, u32, u32), (hours, minutes): (u32, u32)) -> String {
    let date = time::Month::try_from(m as u8)
        .ok()
        .and_then(|month| time::Date::from_calendar_date(y as i32, month, d as u8).ok())
        .map_or_else(String::new, |date| self::date(lang, date));
    match lang {
        Lang::Fi => format!("{date} klo {hours}.{minutes:02}"),
        Lang::Sv => format!("{date} kl. {hours}.{minutes:02}"),
        Lang::En => format!("{date}, {hours}:{minutes:02}"),
    }
}

/// The date of an RFC 3339 time (`2026-11-27T09:05:00Z` → `27.11.2026`), as the language writes
/// dates; the text as it is if it has no date.
pub fn rfc3339_date(lang: Lang, at: &str) -> String {
    at.get(..10)
        .and_then(crate::domain::vocabulary::dates::parse_iso_date)
        .map_or_else(|| at.to_string(), |d| date(lang, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_right_for_one_and_for_many() {
        assert_eq!(counted(Lang::Fi, 1, "kunta", "kuntaa"), "1 kunta");
        assert_eq!(counted(Lang::Fi, 2, "kunta", "kuntaa"), "2 kuntaa");
        assert_eq!(counted(Lang::Sv, 0, "kommun", "kommuner"), "0 kommuner");
        assert_eq!(
            counted(Lang::En, 1200, "municipality", "municipalities"),
            "1,200 municipalities"
        );
        assert_eq!(characters(Lang::Fi, 1, None), "1 merkki");
        assert_eq!(
            characters(Lang::Fi, 4001, Some(4000)),
            "4\u{a0}001 / 4\u{a0}000 merkkiä"
        );
    }

    #[test]
    fn sizes_are_told_to_a_tenth_in_megabytes_then_gigabytes() {
        const MB: u64 = 1 << 20;
        assert_eq!(bytes(Lang::Fi, 0), "0,0\u{a0}Mt");
        assert_eq!(bytes(Lang::Fi, 400 * 1024), "0,4\u{a0}Mt");
        assert_eq!(bytes(Lang::Sv, 12 * MB + MB / 4), "12,3\u{a0}MB", "12.25 rounds up");
        assert_eq!(bytes(Lang::En, 1023 * MB + MB / 2), "1,023.5\u{a0}MB");
        assert_eq!(bytes(Lang::Fi, 1023 * MB + MB / 2), "1\u{a0}023,5\u{a0}Mt");
        assert_eq!(bytes(Lang::Fi, 1024 * MB), "1,0\u{a0}Gt");
        assert_eq!(bytes(Lang::En, 3 * 1024 * MB / 2), "1.5\u{a0}GB");
        assert_eq!(bytes(Lang::Sv, 300 * 1024 * MB), "300,0\u{a0}GB");
        assert_eq!(bytes(Lang::En, u64::MAX), "17,179,869,184.0\u{a0}GB", "no overflow");
    }

    #[test]
    fn percent_and_date_follow_the_language() {
        let d: Decimal = "0.15".parse().unwrap();
        assert_eq!(percent(Lang::Fi, d), "15,00\u{a0}%");
        assert_eq!(percent(Lang::En, d), "15.00%");
        let end = time::macros::date!(2021 - 11 - 30);
        assert_eq!(date(Lang::Fi, end), "30.11.2021");
        assert_eq!(date(Lang::En, end), "30 November 2021");
    }
}
