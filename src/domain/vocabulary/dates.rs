//! Calendar dates as the app reads them: ISO 8601 in files and call profiles, and as Finns write
//! them (`30.11.2021`) in date fields. `time::Date` does the calendar.

use time::Date;

/// Reads an ISO 8601 calendar date (`2021-11-30`). `time::Date` does the calendar; this small parser
/// replaces `time`'s generic format-description parser, which costs ~6 KB of wasm for three dates.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u16> {
        let part = s.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let month = time::Month::try_from(u8::try_from(num(5..7)?).ok()?).ok()?;
    Date::from_calendar_date(i32::from(num(0..4)?), month, u8::try_from(num(8..10)?).ok()?).ok()
}

pub(crate) mod iso_date {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        ))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <&str>::deserialize(d)?;
        super::parse_iso_date(s).ok_or_else(|| D::Error::custom(format!("{s:?} is not an ISO date (YYYY-MM-DD)")))
    }
}

pub(crate) mod opt_iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::iso_date::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        #[derive(Deserialize)]
        struct Wrap(#[serde(with = "super::iso_date")] Date);
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}

/// Reads a date as a date field gives it (`2021-11-30`) or as Finns write it (`30.11.2021`).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    parse_iso_date(s).or_else(|| {
        let mut parts = s.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 {
            return None;
        }
        let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
    })
}
