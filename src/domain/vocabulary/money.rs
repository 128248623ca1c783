//! Money: euros with cents on `rust_decimal`, parsed from what people type and formatted per language.
//!
//! Grant applications are about exact euro amounts, so money is never a float: a [`Money`] is a
//! [`Decimal`] that always carries exactly two decimals. Parsing is deliberately forgiving about
//! *notation* (Finnish `1 200,50 €`, Swedish, English `€1,200.50`, pasted non-breaking spaces) but
//! strict about *meaning*: it never rounds, never guesses at an ambiguous separator and never accepts
//! a negative amount, so what the applicant sees is what gets submitted.

use std::fmt;

use crate::domain::vocabulary::locale::Lang;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A euro amount with exactly two decimals (scale 2, never negative zero).
///
/// The fixed scale makes equal amounts format identically and keeps `Hash`/`Eq` unsurprising.
/// Single amounts are capped at [`Money::MAX`]; sums built with [`Money::checked_add`] or
/// [`Money::sum`] may exceed it so that totals of many lines do not fail spuriously.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

/// Why typed text is not an amount. Each variant maps to one user-facing message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Nothing but whitespace and/or a currency marker.
    #[error("empty")]
    Empty,
    /// The first character that can never be part of an amount.
    #[error("invalid character {ch:?}")]
    InvalidCharacter { ch: char },
    /// Separators doubled, mixed, after the decimals, or grouping not in threes.
    #[error("misplaced separator")]
    MisplacedSeparator,
    /// More than two decimals; we refuse to round what the user typed.
    #[error("more than two decimals")]
    TooManyDecimals,
    /// A well-formed but negative amount; applications only contain non-negative amounts.
    #[error("negative")]
    Negative,
    /// Above [`Money::MAX`].
    #[error("too large")]
    TooLarge,
}

/// Largest number of integer digits an amount may have (`MAX` is 999 999 999 999,99).
const MAX_INT_DIGITS: usize = 12;
/// `MAX` in cents.
const MAX_CENTS: i64 = 99_999_999_999_999;

impl Default for Money {
    /// Zero at scale 2 (a derived default would be `Decimal`'s scale-0 zero and break the invariant).
    fn default() -> Self {
        Money::ZERO
    }
}

impl Money {
    /// 0,00 €.
    pub const ZERO: Money = Money(Decimal::from_parts(0, 0, 0, false, 2));
    /// 999 999 999 999,99 €: far above any real grant, low enough that typos like an extra
    /// row of digits are caught and that any amount fits an `i64` of cents.
    pub const MAX: Money = Money(Decimal::from_parts(276_447_231, 23_283, 0, false, 2));

    /// Parses an amount as a Finnish, Swedish or English speaker would type it.
    ///
    /// Accepts `1 200 000,50`, `1.200.000,50`, `1,200,000.50`, `1200000.50`, `,5`, `5,`, with
    /// `€` or `EUR` before or after, and ordinary/non-breaking/narrow/thin spaces as thousands
    /// separators. A lone `,` or `.` is the decimal separator; one repeated is a thousands
    /// separator; with both, the last one is the decimal separator. Never rounds and never panics.
    pub fn parse(s: &str) -> Result<Money, MoneyError> {
        let mut rest = s.trim();
        let mut negative = false;
        if let Some(r) = strip_sign(rest) {
            negative = true;
            rest = r.trim_start();
        }
        rest = strip_currency(rest).trim();
        if !negative {
            if let Some(r) = strip_sign(rest) {
                negative = true;
                rest = r.trim_start();
            }
        }
        if rest.is_empty() {
            return Err(MoneyError::Empty);
        }
        let money = parse_unsigned(rest)?;
        if negative {
            Err(MoneyError::Negative)
        } else {
            Ok(money)
        }
    }

    /// An amount that may be negative, as accounting systems write a credit or a correction: the
    /// minus where [`Money::parse`] finds it (`-120,00 €`, `€ -120,00`, `−120,00`) or after the
    /// amount (`120,00-`); the rest read as [`Money::parse`] reads it, never rounding. `-0` is
    /// zero. Only a grant's accounts take a negative amount; an application's fields use
    /// [`Money::parse`].
    pub fn parse_signed(s: &str) -> Result<Money, MoneyError> {
        let t = s.trim();
        let (after, t) = match strip_sign_after(t) {
            Some(r) => (true, r.trim_end()),
            None => (false, t),
        };
        let negate = |m: Money| Money::ZERO.checked_sub(m).ok_or(MoneyError::TooLarge);
        match Money::parse(t) {
            // `parse` refuses a minus only where it reads one (before or after the currency), and
            // then it is the first minus in the text: the amount is what is left without it.
            Err(MoneyError::Negative) if !after => Money::parse(&t.replacen(['-', '\u{2212}'], "", 1)).and_then(negate),
            Err(MoneyError::Negative) => Err(MoneyError::InvalidCharacter { ch: '-' }),
            Ok(m) if after => negate(m),
            read => read,
        }
    }

    /// An amount from a count of cents; not capped, so it can rebuild any stored sum.
    pub fn from_cents(cents: i64) -> Money {
        Money::normalised(Decimal::new(cents, 2))
    }

    /// Rounds a computed amount to cents, halves away from zero (the usual commercial rule).
    /// `None` if the rounded magnitude exceeds [`Money::MAX`].
    pub fn round(d: Decimal) -> Option<Money> {
        Money::capped(d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// Rounds a computed amount down (toward negative infinity) to cents, for ceilings such as
    /// "at most 75 % of costs" where rounding up would exceed what is allowed.
    /// `None` if the result's magnitude exceeds [`Money::MAX`].
    pub fn floor(d: Decimal) -> Option<Money> {
        Money::capped(d.round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity))
    }

    /// The value as a scale-2 `Decimal`, for arithmetic such as shares and percentages.
    pub fn as_decimal(self) -> Decimal {
        self.0
    }

    /// True for amounts below zero (only sums and differences can be).
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// True for 0,00.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Exact sum; may exceed [`Money::MAX`]. `None` only when cents no longer fit a `Decimal`.
    pub fn checked_add(self, o: Money) -> Option<Money> {
        Money::exact(self.0.checked_add(o.0)?)
    }

    /// Exact difference; may be negative or exceed [`Money::MAX`]. `None` only when cents no
    /// longer fit a `Decimal`.
    pub fn checked_sub(self, o: Money) -> Option<Money> {
        Money::exact(self.0.checked_sub(o.0)?)
    }

    /// The product with a factor (a share or rate), *not* rounded to cents, so the caller picks
    /// [`Money::round`] or [`Money::floor`] explicitly. Exact whenever the result fits `Decimal`
    /// (96-bit mantissa, at most 28 decimals); beyond that `Decimal` drops trailing decimals.
    /// `None` on overflow.
    pub fn checked_mul(self, factor: Decimal) -> Option<Decimal> {
        self.0.checked_mul(factor)
    }

    /// Total of many amounts; `None` only if it overflows `Decimal` at cent precision.
    /// The empty sum is [`Money::ZERO`].
    pub fn sum<I: IntoIterator<Item = Money>>(iter: I) -> Option<Money> {
        iter.into_iter().try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }

    /// Formats for display in a language: `1 200 000,50 €` (fi, sv, with U+00A0) or
    /// `€1,200,000.50` (en). Negative amounts use the typographic minus U+2212.
    /// [`Money::parse`] reads every non-negative output back to the same value.
    pub fn format(self, lang: Lang) -> String {
        let (negative, units, cents) = self.parts();
        let minus = if negative { "\u{2212}" } else { "" };
        match lang {
            Lang::Fi | Lang::Sv => {
                format!("{minus}{},{cents:02}\u{a0}€", group_thousands(units, '\u{a0}'))
            }
            Lang::En => format!("{minus}€{}.{cents:02}", group_thousands(units, ',')),
        }
    }

    /// Locale-independent form `1200000.50` (ASCII minus for negatives), used for storage and
    /// serde so saved drafts do not depend on the UI language.
    pub fn format_plain(self) -> String {
        let (negative, units, cents) = self.parts();
        let minus = if negative { "-" } else { "" };
        format!("{minus}{units}.{cents:02}")
    }

    /// How an amount is put back into an input field (an imported file): the language's own
    /// convention without the currency sign, `1 200 000,50` (fi, sv) or `1,200,000.50` (en).
    pub fn format_input(self, lang: Lang) -> String {
        let (negative, units, cents) = self.parts();
        let minus = if negative { "-" } else { "" };
        match lang {
            Lang::Fi | Lang::Sv => format!("{minus}{},{cents:02}", group_thousands(units, ' ')),
            Lang::En => format!("{minus}{}.{cents:02}", group_thousands(units, ',')),
        }
    }

    /// Reads only the exchange form [`Money::format_plain`] writes for a non-negative amount:
    /// `0.50`, `1200000.00` (no sign, no leading zeros, exactly two decimals, at most 12 integer
    /// digits). Exported files are machine-written; anything else is refused, not reinterpreted.
    pub fn parse_exchange(s: &str) -> Option<Money> {
        let (int, frac) = s.split_once('.')?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || frac.len() != 2 || !digits(frac) || (int.len() > 1 && int.starts_with('0')) {
            return None;
        }
        cents_from_digits(int, frac).ok().map(Money::from_cents)
    }

    /// Sign, whole euros and cents of the magnitude.
    fn parts(self) -> (bool, u128, u128) {
        let mut d = self.0;
        d.rescale(2); // a no-op under the invariant; keeps formatting right even if it broke
        let scale_fix = 10u128.pow(2u32.saturating_sub(d.scale()));
        let m = d.mantissa().unsigned_abs() * scale_fix;
        (self.is_negative(), m / 100, m % 100)
    }

    /// Wraps a decimal already at cent precision, dropping a negative zero's sign.
    fn normalised(mut d: Decimal) -> Money {
        if d.is_zero() {
            d.set_sign_positive(true);
        }
        d.rescale(2);
        Money(d)
    }

    /// Like [`Money::normalised`] but `None` beyond ±[`Money::MAX`].
    fn capped(d: Decimal) -> Option<Money> {
        (d.abs() <= Money::MAX.0).then(|| Money::normalised(d))
    }

    /// Accepts an arithmetic result only if `Decimal` kept it at cent precision (it silently
    /// drops decimals when the mantissa overflows, which would lose cents).
    fn exact(d: Decimal) -> Option<Money> {
        (d.scale() == 2).then(|| Money::normalised(d))
    }
}

impl fmt::Display for Money {
    /// The plain form; user-facing text goes through [`Money::format`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format_plain())
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.format_plain())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PlainVisitor)
    }
}

/// Reads only the exact plain form `-?\d+(\.\d{1,2})?`: stored data is machine-written, so
/// anything else means corruption and must not be "helpfully" reinterpreted.
struct PlainVisitor;

impl Visitor<'_> for PlainVisitor {
    type Value = Money;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal string such as \"1200.50\" with at most two decimals and at most 12 integer digits")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
        parse_plain(v).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }
}

/// The plain (storage) form; `None` for anything else or above the cap.
fn parse_plain(v: &str) -> Option<Money> {
    let (negative, body) = match v.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, v),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) if (1..=2).contains(&f.len()) => (i, f),
        Some(_) => return None,
        None => (body, ""),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let cents = cents_from_digits(int, frac).ok()?;
    Some(Money::from_cents(if negative { -cents } else { cents }))
}

/// Digit strings (ASCII digits only, `frac` at most 2 long) to cents, capped at `MAX`.
/// Counts digits before converting, so arbitrarily long input cannot overflow.
fn cents_from_digits(int: &str, frac: &str) -> Result<i64, MoneyError> {
    debug_assert!(frac.len() <= 2);
    let significant = int.trim_start_matches('0');
    if significant.len() > MAX_INT_DIGITS {
        return Err(MoneyError::TooLarge);
    }
    let units = significant.bytes().fold(0i64, |acc, b| acc * 10 + i64::from(b - b'0'));
    let mut frac_digits = frac.bytes().map(|b| i64::from(b - b'0'));
    let tenths = frac_digits.next().unwrap_or(0);
    let hundredths = frac_digits.next().unwrap_or(0);
    let cents = units * 100 + tenths * 10 + hundredths;
    debug_assert!(cents <= MAX_CENTS);
    Ok(cents)
}

/// A leading ASCII hyphen-minus or U+2212 minus sign.
fn strip_sign(s: &str) -> Option<&str> {
    s.strip_prefix('-').or_else(|| s.strip_prefix('\u{2212}'))
}

/// A minus after the amount (`120,00-`), as accounting systems write a credit.
fn strip_sign_after(s: &str) -> Option<&str> {
    s.strip_suffix('-').or_else(|| s.strip_suffix('\u{2212}'))
}

/// Removes one `€` or case-insensitive `EUR` from the start, or failing that from the end.
fn strip_currency(s: &str) -> &str {
    if let Some(r) = s.strip_prefix('€') {
        return r;
    }
    if s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("EUR")) {
        return &s[3..];
    }
    if let Some(r) = s.strip_suffix('€') {
        return r;
    }
    if let Some(start) = s.len().checked_sub(3) {
        if s.get(start..).is_some_and(|p| p.eq_ignore_ascii_case("EUR")) {
            return &s[..start];
        }
    }
    s
}

/// Spaces people (and spreadsheets, and CLDR formatting) use to group thousands.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Parses a trimmed, unsigned amount without currency marker.
fn parse_unsigned(s: &str) -> Result<Money, MoneyError> {
    // Unknown characters first, so the message names the actual culprit ("12,5O" → 'O').
    if let Some(ch) = s
        .chars()
        .find(|&c| !(c.is_ascii_digit() || c == ',' || c == '.' || is_group_space(c)))
    {
        return Err(MoneyError::InvalidCharacter { ch });
    }

    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    // Position of the decimal separator, if any, and the punctuation used for thousands.
    let (decimal_at, thousands_punct) = match (commas, dots) {
        (0, 0) => (None, None),
        (_, 0) | (0, _) => {
            let sep = if commas > 0 { ',' } else { '.' };
            if commas + dots == 1 {
                (s.find(sep), None)
            } else {
                (None, Some(sep))
            }
        }
        _ => {
            // Both kinds: the last one is the decimal separator and must occur once.
            let last = s.rfind([',', '.']).unwrap_or(0);
            let (dec, other) = if s[last..].starts_with(',') {
                (',', '.')
            } else {
                ('.', ',')
            };
            if s.matches(dec).count() != 1 {
                return Err(MoneyError::MisplacedSeparator);
            }
            (Some(last), Some(other))
        }
    };

    let (int_part, frac) = match decimal_at {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    };
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MoneyError::MisplacedSeparator);
    }
    if int_part.is_empty() && frac.is_empty() {
        return Err(MoneyError::MisplacedSeparator);
    }

    let digits = integer_digits(int_part, thousands_punct)?;
    if frac.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    Ok(Money::from_cents(cents_from_digits(&digits, frac)?))
}

/// Validates thousands grouping (first group 1+ digits, then groups of exactly three, one kind
/// of separator) and returns the bare digits.
fn integer_digits(int_part: &str, punct: Option<char>) -> Result<String, MoneyError> {
    let has_space = int_part.chars().any(is_group_space);
    let has_punct = punct.is_some_and(|p| int_part.contains(p));
    if has_space && has_punct {
        return Err(MoneyError::MisplacedSeparator);
    }
    if !has_space && !has_punct {
        return Ok(int_part.to_owned());
    }
    let mut digits = String::with_capacity(int_part.len());
    for (i, group) in int_part
        .split(|c: char| is_group_space(c) || Some(c) == punct)
        .enumerate()
    {
        let ok = if i == 0 { !group.is_empty() } else { group.len() == 3 };
        if !ok {
            return Err(MoneyError::MisplacedSeparator);
        }
        digits.push_str(group);
    }
    Ok(digits)
}

/// Digits of `n` with `sep` between groups of three.
fn group_thousands(n: u128, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len_utf8());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use MoneyError::*;

    fn c(cents: i64) -> Result<Money, MoneyError> {
        Ok(Money::from_cents(cents))
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn max_constant_is_right() {
        assert_eq!(Money::MAX, Money::from_cents(MAX_CENTS));
        assert_eq!(Money::MAX.as_decimal().to_string(), "999999999999.99");
        assert_eq!(Money::MAX.as_decimal().scale(), 2);
        assert_eq!(Money::ZERO.as_decimal().scale(), 2);
        assert_eq!(Money::default(), Money::ZERO);
        assert_eq!(Money::default().as_decimal().scale(), 2);
    }

    #[test]
    fn parse_table() {
        let nb = '\u{a0}';
        let nnb = '\u{202f}';
        let thin = '\u{2009}';
        let cases: Vec<(String, Result<Money, MoneyError>)> = vec![
            // plain and decimal separators
            ("5".into(), c(500)),
            ("0".into(), c(0)),
            ("0,00".into(), c(0)),
            ("0.00".into(), c(0)),
            ("000".into(), c(0)),
            ("007,5".into(), c(750)),
            ("1200000.50".into(), c(120_000_050)),
            ("1200,5".into(), c(120_050)),
            ("1200.5".into(), c(120_050)),
            ("0,05".into(), c(5)),
            (",5".into(), c(50)),
            (".5".into(), c(50)),
            ("5,".into(), c(500)),
            ("5.".into(), c(500)),
            // one kind repeated: thousands
            ("1.200.000".into(), c(120_000_000)),
            ("1,200,000".into(), c(120_000_000)),
            ("1,200,000,".into(), Err(MisplacedSeparator)),
            // both kinds: last one is the decimal separator
            ("1.200.000,50".into(), c(120_000_050)),
            ("1,200,000.50".into(), c(120_000_050)),
            ("1.200,5".into(), c(120_050)),
            ("1,200.".into(), c(120_000)),
            ("1.200,".into(), c(120_000)),
            ("1,2.3,4".into(), Err(MisplacedSeparator)),
            ("1.200,50.3".into(), Err(MisplacedSeparator)),
            ("1,20.000".into(), Err(MisplacedSeparator)),
            ("12,00.5".into(), Err(MisplacedSeparator)),
            // a single separator with three decimals is never a thousands separator
            ("1,200".into(), Err(TooManyDecimals)),
            ("1,000".into(), Err(TooManyDecimals)),
            ("1.000".into(), Err(TooManyDecimals)),
            ("1,005".into(), Err(TooManyDecimals)),
            ("0,001".into(), Err(TooManyDecimals)),
            ("12,345678".into(), Err(TooManyDecimals)),
            // spaces
            ("1 200".into(), c(120_000)),
            ("1200 000".into(), c(120_000_000)),
            ("1 200 000,50".into(), c(120_000_050)),
            ("1 200 000.50".into(), c(120_000_050)),
            (format!("1{nb}200{nb}000,50"), c(120_000_050)),
            (format!("1{nnb}200,50"), c(120_050)),
            (format!("1{thin}200,50"), c(120_050)),
            (format!("1 200{nb}000"), c(120_000_000)),
            (format!("{nb}1 200,00{nb}"), c(120_000)),
            ("  42  ".into(), c(4200)),
            ("\t42\n".into(), c(4200)),
            ("12 34".into(), Err(MisplacedSeparator)),
            ("1 2345".into(), Err(MisplacedSeparator)),
            ("1  200".into(), Err(MisplacedSeparator)),
            ("1 200 ,50".into(), Err(MisplacedSeparator)),
            ("1 200, 50".into(), Err(MisplacedSeparator)),
            ("1,5 0".into(), Err(MisplacedSeparator)),
            ("1 000.000,00".into(), Err(MisplacedSeparator)),
            ("1.000 000,00".into(), Err(MisplacedSeparator)),
            ("1.200.00".into(), Err(MisplacedSeparator)),
            ("1.20.000".into(), Err(MisplacedSeparator)),
            (".200.000".into(), Err(MisplacedSeparator)),
            ("1..2".into(), Err(MisplacedSeparator)),
            ("1,,2".into(), Err(MisplacedSeparator)),
            ("1,.2".into(), Err(MisplacedSeparator)),
            (",".into(), Err(MisplacedSeparator)),
            (".".into(), Err(MisplacedSeparator)),
            (", €".into(), Err(MisplacedSeparator)),
            // currency markers
            ("1 200 000,50 €".into(), c(120_000_050)),
            ("1 200 000,50€".into(), c(120_000_050)),
            (format!("1{nb}200,00{nb}€"), c(120_000)),
            ("€ 1200".into(), c(120_000)),
            ("€1,200,000.50".into(), c(120_000_050)),
            ("1200 EUR".into(), c(120_000)),
            ("1200eur".into(), c(120_000)),
            ("EUR 1200".into(), c(120_000)),
            ("Eur1200".into(), c(120_000)),
            ("€ 1200 EUR".into(), Err(InvalidCharacter { ch: 'E' })),
            ("€€5".into(), Err(InvalidCharacter { ch: '€' })),
            ("12€5".into(), Err(InvalidCharacter { ch: '€' })),
            ("1200 e".into(), Err(InvalidCharacter { ch: 'e' })),
            ("1200 euro".into(), Err(InvalidCharacter { ch: 'e' })),
            ("$5".into(), Err(InvalidCharacter { ch: '$' })),
            // empty
            ("".into(), Err(Empty)),
            ("   ".into(), Err(Empty)),
            (format!("{nb}{nnb}"), Err(Empty)),
            ("€".into(), Err(Empty)),
            (" € ".into(), Err(Empty)),
            ("EUR".into(), Err(Empty)),
            ("-".into(), Err(Empty)),
            ("−€".into(), Err(Empty)),
            // negative
            ("-5".into(), Err(Negative)),
            ("−5,00".into(), Err(Negative)),
            ("-0".into(), Err(Negative)),
            ("- 5".into(), Err(Negative)),
            ("−1 200,00 €".into(), Err(Negative)),
            ("−€1,200.00".into(), Err(Negative)),
            ("€ -5".into(), Err(Negative)),
            ("-abc".into(), Err(InvalidCharacter { ch: 'a' })),
            ("-1,234".into(), Err(TooManyDecimals)),
            ("--5".into(), Err(InvalidCharacter { ch: '-' })),
            ("5-".into(), Err(InvalidCharacter { ch: '-' })),
            ("+5".into(), Err(InvalidCharacter { ch: '+' })),
            // invalid characters
            ("12,5O".into(), Err(InvalidCharacter { ch: 'O' })),
            ("l00".into(), Err(InvalidCharacter { ch: 'l' })),
            ("1e5".into(), Err(InvalidCharacter { ch: 'e' })),
            ("1E5".into(), Err(InvalidCharacter { ch: 'E' })),
            ("NaN".into(), Err(InvalidCharacter { ch: 'N' })),
            ("Infinity".into(), Err(InvalidCharacter { ch: 'I' })),
            ("inf".into(), Err(InvalidCharacter { ch: 'i' })),
            ("1_000".into(), Err(InvalidCharacter { ch: '_' })),
            ("1'000".into(), Err(InvalidCharacter { ch: '\'' })),
            ("1’000".into(), Err(InvalidCharacter { ch: '’' })),
            ("12 34x".into(), Err(InvalidCharacter { ch: 'x' })),
            ("1\u{0}2".into(), Err(InvalidCharacter { ch: '\u{0}' })),
            ("1\u{7f}".into(), Err(InvalidCharacter { ch: '\u{7f}' })),
            ("\u{200e}12".into(), Err(InvalidCharacter { ch: '\u{200e}' })),
            ("12\u{202e}".into(), Err(InvalidCharacter { ch: '\u{202e}' })),
            ("1\u{2066}2".into(), Err(InvalidCharacter { ch: '\u{2066}' })),
            ("1\u{200b}000".into(), Err(InvalidCharacter { ch: '\u{200b}' })),
            ("1\t000".into(), Err(InvalidCharacter { ch: '\t' })),
            ("١٢".into(), Err(InvalidCharacter { ch: '١' })),
            ("１２".into(), Err(InvalidCharacter { ch: '１' })),
            ("0x10".into(), Err(InvalidCharacter { ch: 'x' })),
            // size
            ("999999999999,99".into(), c(MAX_CENTS)),
            ("999 999 999 999,99 €".into(), c(MAX_CENTS)),
            ("000000000000000999999999999,99".into(), c(MAX_CENTS)),
            ("1000000000000".into(), Err(TooLarge)),
            ("1 000 000 000 000,00".into(), Err(TooLarge)),
            ("9".repeat(29), Err(TooLarge)),
            ("7".repeat(400), Err(TooLarge)),
            (format!("{},5", "1".repeat(400)), Err(TooLarge)),
            ("0".repeat(400), c(0)),
            (format!("-{}", "9".repeat(29)), Err(TooLarge)),
        ];
        for (input, expected) in cases {
            assert_eq!(Money::parse(&input), expected, "input {input:?}");
        }
    }

    #[test]
    fn parse_signed_takes_the_minus_where_parse_finds_it_and_after_the_amount() {
        let plain = |t: &str| Money::parse_signed(t).map(|m| m.format_plain());
        for (typed, read) in [
            ("-120,00", "-120.00"),
            ("-120,00 €", "-120.00"),
            ("€ -120,00", "-120.00"),
            ("EUR -120,00", "-120.00"),
            ("−1\u{a0}234,50", "-1234.50"),
            ("120,00-", "-120.00"),
            ("120,00 €-", "-120.00"),
            ("1 234,5", "1234.50"),
            ("-0", "0.00"),
            (" 5 ", "5.00"),
        ] {
            assert_eq!(plain(typed), Ok(read.into()), "{typed}");
        }
        assert_eq!(Money::parse_signed("1,234"), Money::parse("1,234"));
        assert_eq!(Money::parse_signed("-"), Err(MoneyError::Empty));
        assert!(Money::parse_signed("--1").is_err());
        assert!(Money::parse_signed("-1-").is_err());
        assert!(Money::parse_signed("12,5O-").is_err());
        // Money::parse is unchanged: a minus anywhere is refused as negative.
        for typed in ["-120,00", "€ -120,00", "-120,00 €", "-0"] {
            assert_eq!(Money::parse(typed), Err(MoneyError::Negative), "{typed}");
        }
        assert!(Money::parse("120,00-").is_err());
    }

    #[test]
    fn parse_normalises_scale() {
        assert_eq!(Money::parse("5").unwrap().as_decimal().scale(), 2);
        assert_eq!(Money::parse("5"), Ok(Money::from_cents(500)));
        assert_eq!(Money::parse("5,5").unwrap().format_plain(), "5.50");
    }

    #[test]
    fn format_table() {
        let n = '\u{a0}';
        let m = '\u{2212}';
        let cases: Vec<(i64, String, String)> = vec![
            (0, format!("0,00{n}€"), "€0.00".into()),
            (5, format!("0,05{n}€"), "€0.05".into()),
            (50, format!("0,50{n}€"), "€0.50".into()),
            (99_999, format!("999,99{n}€"), "€999.99".into()),
            (100_000, format!("1{n}000,00{n}€"), "€1,000.00".into()),
            (120_000_050, format!("1{n}200{n}000,50{n}€"), "€1,200,000.50".into()),
            (
                MAX_CENTS,
                format!("999{n}999{n}999{n}999,99{n}€"),
                "€999,999,999,999.99".into(),
            ),
            (-5, format!("{m}0,05{n}€"), format!("{m}€0.05")),
            (-120_000, format!("{m}1{n}200,00{n}€"), format!("{m}€1,200.00")),
            (
                -MAX_CENTS,
                format!("{m}999{n}999{n}999{n}999,99{n}€"),
                format!("{m}€999,999,999,999.99"),
            ),
        ];
        for (cents, fi, en) in cases {
            let money = Money::from_cents(cents);
            assert_eq!(money.format(Lang::Fi), fi, "fi {cents}");
            assert_eq!(money.format(Lang::Sv), fi, "sv {cents}");
            assert_eq!(money.format(Lang::En), en, "en {cents}");
        }
    }

    #[test]
    fn plain_and_display() {
        let cases = [
            (0, "0.00"),
            (5, "0.05"),
            (99_999, "999.99"),
            (120_000_050, "1200000.50"),
            (MAX_CENTS, "999999999999.99"),
            (-5, "-0.05"),
            (-120_000, "-1200.00"),
        ];
        for (cents, plain) in cases {
            let money = Money::from_cents(cents);
            assert_eq!(money.format_plain(), plain);
            assert_eq!(money.to_string(), plain);
        }
        assert_eq!(Money::from_cents(i64::MIN).format_plain(), "-92233720368547758.08");
    }

    #[test]
    fn negative_zero_is_plain_zero() {
        let z = Money::round(d("-0.001")).unwrap();
        assert!(!z.is_negative());
        assert!(z.is_zero());
        assert_eq!(z.format_plain(), "0.00");
        assert_eq!(z.format(Lang::En), "€0.00");
        assert_eq!(z, Money::ZERO);
        let z = Money::from_cents(5).checked_sub(Money::from_cents(5)).unwrap();
        assert_eq!(z.format_plain(), "0.00");
        let z = Money::ZERO.checked_sub(Money::ZERO).unwrap();
        assert_eq!(z.format_plain(), "0.00");
        assert_eq!(Money::floor(d("-0")).unwrap().format_plain(), "0.00");
    }

    #[test]
    fn round_and_floor() {
        let cases = [
            // input, round, floor
            ("1.005", Some(101), Some(100)),
            ("1.004999", Some(100), Some(100)),
            ("-1.005", Some(-101), Some(-101)),
            ("-1.001", Some(-100), Some(-101)),
            ("2.5", Some(250), Some(250)),
            ("7", Some(700), Some(700)),
            ("0.0049", Some(0), Some(0)),
            ("999999999999.99", Some(MAX_CENTS), Some(MAX_CENTS)),
            ("999999999999.994", Some(MAX_CENTS), Some(MAX_CENTS)),
            ("999999999999.995", None, Some(MAX_CENTS)),
            ("-999999999999.99", Some(-MAX_CENTS), Some(-MAX_CENTS)),
            ("-999999999999.991", Some(-MAX_CENTS), None),
            ("1000000000000", None, None),
            ("79228162514264337593543950335", None, None),
            ("-79228162514264337593543950335", None, None),
            ("0.0000000000000000000000000001", Some(0), Some(0)),
            ("-0.0000000000000000000000000001", Some(0), Some(-1)),
        ];
        for (input, round, floor) in cases {
            let x = d(input);
            assert_eq!(Money::round(x), round.map(Money::from_cents), "round {input}");
            assert_eq!(Money::floor(x), floor.map(Money::from_cents), "floor {input}");
            for m in [Money::round(x), Money::floor(x)].into_iter().flatten() {
                assert_eq!(m.as_decimal().scale(), 2, "{input}");
            }
        }
    }

    #[test]
    fn predicates() {
        assert!(Money::ZERO.is_zero());
        assert!(!Money::ZERO.is_negative());
        assert!(Money::from_cents(-1).is_negative());
        assert!(!Money::from_cents(1).is_negative());
        assert!(!Money::from_cents(1).is_zero());
        assert!(Money::from_cents(-1) < Money::ZERO);
        assert!(Money::MAX > Money::from_cents(MAX_CENTS - 1));
    }

    #[test]
    fn add_sub_sum() {
        let a = Money::from_cents(120_050);
        let b = Money::from_cents(99);
        assert_eq!(a.checked_add(b), Some(Money::from_cents(120_149)));
        assert_eq!(b.checked_sub(a), Some(Money::from_cents(99 - 120_050)));
        // sums may exceed MAX
        let big = Money::MAX.checked_add(Money::MAX).unwrap();
        assert_eq!(big.format_plain(), "1999999999999.98");
        assert_eq!(big.as_decimal().scale(), 2);
        assert_eq!(
            Money::sum([Money::MAX; 1000]).unwrap().format_plain(),
            "999999999999990.00"
        );
        assert_eq!(Money::sum(std::iter::empty()), Some(Money::ZERO));
        assert_eq!(Money::sum([a, b, b]), Some(Money::from_cents(120_248)));
        // near the top of Decimal's range: None, never a panic or lost cents
        let top = Money(Decimal::from_i128_with_scale((1i128 << 96) - 1, 2));
        assert_eq!(top.checked_add(Money::from_cents(1)), None);
        assert_eq!(top.checked_add(Money::ZERO), Some(top));
        let bottom = Money(Decimal::from_i128_with_scale(-((1i128 << 96) - 1), 2));
        assert_eq!(bottom.checked_sub(Money::from_cents(1)), None);
        assert_eq!(Money::sum([top, top]), None);
        assert_eq!(top.checked_sub(top), Some(Money::ZERO));
    }

    #[test]
    fn mul_is_unrounded() {
        let m = Money::from_cents(100_001); // 1000.01
        assert_eq!(m.checked_mul(d("0.75")), Some(d("750.0075")));
        assert_eq!(m.checked_mul(d("0")), Some(Decimal::ZERO));
        assert_eq!(
            Money::floor(m.checked_mul(d("0.75")).unwrap()),
            Some(Money::from_cents(75_000))
        );
        assert_eq!(
            Money::round(m.checked_mul(d("0.75")).unwrap()),
            Some(Money::from_cents(75_001))
        );
        assert_eq!(Money::MAX.checked_mul(Decimal::MAX), None);
    }

    #[test]
    fn serde_round_trip() {
        for cents in [0, 5, 99_999, 120_000_050, MAX_CENTS, -5, -MAX_CENTS] {
            let m = Money::from_cents(cents);
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.format_plain()));
            assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        }
        assert_eq!(
            serde_json::to_string(&Money::from_cents(120_000_050)).unwrap(),
            "\"1200000.50\""
        );
    }

    #[test]
    fn serde_accepts_plain_forms() {
        let cases = [
            ("\"5\"", 500),
            ("\"5.5\"", 550),
            ("\"5.50\"", 550),
            ("\"-5.5\"", -550),
            ("\"-0\"", 0),
            ("\"0005.00\"", 500),
            ("\"999999999999.99\"", MAX_CENTS),
            ("\"-999999999999.99\"", -MAX_CENTS),
        ];
        for (json, cents) in cases {
            let m: Money = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
            assert_eq!(m, Money::from_cents(cents), "{json}");
            assert_eq!(m.as_decimal().scale(), 2, "{json}");
        }
        assert_eq!(serde_json::from_str::<Money>("\"-0\"").unwrap().format_plain(), "0.00");
    }

    #[test]
    fn serde_rejects_everything_else() {
        let long = format!("\"{}\"", "9".repeat(400));
        let cases = [
            "\"\"",
            "\"-\"",
            "\"5.\"",
            "\".5\"",
            "\"5.555\"",
            "\"5,50\"",
            "\"1 200.00\"",
            "\"1,200.00\"",
            "\" 5\"",
            "\"5 \"",
            "\"+5\"",
            "\"−5\"",
            "\"--5\"",
            "\"5€\"",
            "\"1e5\"",
            "\"NaN\"",
            "\"5.5.5\"",
            "\"1000000000000\"",
            "\"1000000000000.00\"",
            "\"-1000000000000\"",
            "\"99999999999999999999999999999\"",
            long.as_str(),
            "5",
            "5.5",
            "null",
            "[]",
            "{}",
        ];
        for json in cases {
            assert!(
                serde_json::from_str::<Money>(json).is_err(),
                "{json} should be rejected"
            );
        }
    }

    #[test]
    fn serde_inside_struct() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Line {
            amount: Money,
        }
        let line = Line {
            amount: Money::from_cents(1234),
        };
        let json = serde_json::to_string(&line).unwrap();
        assert_eq!(json, r#"{"amount":"12.34"}"#);
        assert_eq!(serde_json::from_str::<Line>(&json).unwrap(), line);
        let owned: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::from_value::<Line>(owned).unwrap(), line);
    }

    #[test]
    fn hash_agrees_with_eq() {
        use std::collections::HashSet;
        let set: HashSet<Money> = [
            Money::parse("5").unwrap(),
            Money::from_cents(500),
            Money::round(d("5.000")).unwrap(),
        ]
        .into_iter()
        .collect();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn errors_have_messages() {
        assert_eq!(
            MoneyError::InvalidCharacter { ch: 'O' }.to_string(),
            "invalid character 'O'"
        );
        assert_eq!(MoneyError::TooLarge.to_string(), "too large");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    fn any_money() -> impl Strategy<Value = Money> {
        (0i64..=MAX_CENTS).prop_map(Money::from_cents)
    }

    /// Decimals with up to six decimals, both near zero and beyond `MAX`.
    fn any_decimal() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            (-10_000_000_000i64..10_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
            (any::<i64>(), 0u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
            (-1_000_000_000_000_000_000i64..=1_000_000_000_000_000_000, Just(6u32))
                .prop_map(|(m, s)| Decimal::new(m, s)),
        ]
    }

    fn from_alphabet() -> impl Strategy<Value = String> {
        let alphabet: Vec<char> = "0123456789 ,.€-−\u{a0}eE".chars().collect();
        prop::collection::vec(prop::sample::select(alphabet), 0..40).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn format_parses_back(m in any_money()) {
            for lang in Lang::ALL {
                prop_assert_eq!(Money::parse(&m.format(lang)), Ok(m), "{:?}", lang);
            }
            prop_assert_eq!(Money::parse(&m.format_plain()), Ok(m));
        }

        #[test]
        fn negative_formats_parse_as_negative(cents in 1i64..=MAX_CENTS) {
            let m = Money::from_cents(-cents);
            for lang in Lang::ALL {
                prop_assert_eq!(Money::parse(&m.format(lang)), Err(MoneyError::Negative));
            }
            prop_assert_eq!(Money::parse(&m.format_plain()), Err(MoneyError::Negative));
        }

        #[test]
        fn every_format_reads_back_signed(cents in -MAX_CENTS..=MAX_CENTS) {
            let m = Money::from_cents(cents);
            for lang in Lang::ALL {
                prop_assert_eq!(Money::parse_signed(&m.format(lang)), Ok(m), "{:?}", lang);
            }
            prop_assert_eq!(Money::parse_signed(&m.format_plain()), Ok(m));
        }

        #[test]
        fn serde_round_trips(cents in -MAX_CENTS..=MAX_CENTS) {
            let m = Money::from_cents(cents);
            let json = serde_json::to_string(&m).unwrap();
            prop_assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        }

        #[test]
        fn round_is_idempotent(x in any_decimal()) {
            let once = Money::round(x);
            prop_assert_eq!(once.and_then(|m| Money::round(m.as_decimal())), once);
            if let Some(m) = once {
                prop_assert_eq!(m.as_decimal().scale(), 2);
                prop_assert!((m.as_decimal() - x).abs() <= Decimal::new(5, 3));
            }
        }

        #[test]
        fn floor_brackets(x in any_decimal()) {
            if let Some(f) = Money::floor(x) {
                let f = f.as_decimal();
                prop_assert!(f <= x);
                prop_assert!(x < f + Decimal::new(1, 2));
                prop_assert_eq!(f.scale(), 2);
            } else {
                prop_assert!(x.abs() > Money::MAX.as_decimal());
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = Money::parse(&s);
        }

        #[test]
        fn parse_never_panics_on_lookalikes(s in from_alphabet()) {
            if let Ok(m) = Money::parse(&s) {
                prop_assert!(!m.is_negative());
                prop_assert!(m <= Money::MAX);
                prop_assert_eq!(m.as_decimal().scale(), 2);
            }
        }

        #[test]
        fn plain_digits_agree_with_cents(units in 0i64..=999_999_999_999, cents in 0i64..100) {
            let text = format!("{units},{cents:02}");
            prop_assert_eq!(Money::parse(&text), Ok(Money::from_cents(units * 100 + cents)));
        }

        #[test]
        fn sum_matches_decimal_sum(v in prop::collection::vec(-MAX_CENTS..=MAX_CENTS, 0..50)) {
            let total: i128 = v.iter().map(|&c| i128::from(c)).sum();
            let s = Money::sum(v.into_iter().map(Money::from_cents)).unwrap();
            prop_assert_eq!(s.as_decimal(), Decimal::from_i128_with_scale(total, 2));
            prop_assert_eq!(s.as_decimal().scale(), 2);
        }
    }
}
