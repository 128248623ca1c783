//! The Finnish business ID (Y-tunnus) that identifies the applying municipality and each partner.
//!
//! The check digit catches most typos before the application reaches the ministry, where a wrong ID
//! would hold up the decision. The rule (docs/rules.md §2.5): the ID is `NNNNNNN-C`; weigh the seven digits
//! by 7, 9, 10, 5, 8, 4, 2, take r = sum mod 11; r = 0 gives C = 0, r = 1 means no ID with these seven
//! digits is ever issued, otherwise C = 11 − r. Example: Helsinki 0201256-6.
//!
//! Parsing is strict about the form: only surrounding whitespace is forgiven. A missing hyphen or a
//! dropped leading zero is refused rather than repaired, because guessing where a digit went missing
//! could turn a typo into someone else's valid ID.

use std::fmt;

/// A business ID whose form and check digit are valid, always stored as `NNNNNNN-C`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BusinessId(String);

/// Why typed text is not a business ID. Each variant maps to one user-facing message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BusinessIdError {
    /// Nothing but whitespace.
    #[error("empty")]
    Empty,
    /// Not seven digits, a hyphen and a digit.
    #[error("not of the form NNNNNNN-C")]
    Format,
    /// Well-formed, but the last digit is not the check digit of the first seven; `expected` is the
    /// one it would have to be (a typo may as well be in the first seven digits, so this is a hint
    /// for the message, not a correction).
    #[error("wrong check digit, expected {expected}")]
    CheckDigit { expected: char },
    /// Well-formed, but the first seven digits have no check digit (r = 1), so no such ID exists.
    #[error("no business ID has these digits")]
    NoCheckDigit,
}

/// The weights of the seven digits, first to last.
const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

/// The check digit (0–9) for seven digit values (each 0–9, not ASCII), or `None` when the weighted
/// sum leaves remainder 1 and no valid ID has these digits.
pub fn check_digit(digits: &[u8; 7]) -> Option<u8> {
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        // 2..=10, so the result is 1..=9 and fits.
        r => Some((11 - r) as u8),
    }
}

impl BusinessId {
    /// Parses `NNNNNNN-C`, ignoring surrounding whitespace only. Never panics.
    pub fn parse(s: &str) -> Result<BusinessId, BusinessIdError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(BusinessIdError::Empty);
        }
        let b = s.as_bytes();
        // Byte checks: any non-ASCII character fails them, so slicing below stays on char boundaries.
        if b.len() != 9 || b[7] != b'-' || !b[..7].iter().chain(&b[8..]).all(u8::is_ascii_digit) {
            return Err(BusinessIdError::Format);
        }
        let mut digits = [0u8; 7];
        for (d, c) in digits.iter_mut().zip(b) {
            *d = c - b'0';
        }
        let expected = check_digit(&digits).ok_or(BusinessIdError::NoCheckDigit)?;
        if b[8] - b'0' != expected {
            return Err(BusinessIdError::CheckDigit {
                expected: char::from(b'0' + expected),
            });
        }
        Ok(BusinessId(s.to_owned()))
    }

    /// The ID as `NNNNNNN-C`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BusinessIdError::*;

    #[test]
    fn municipal_ids_are_valid() {
        // Real business IDs of municipalities, each confirmed by the algorithm.
        let cases = [
            ("Helsinki", "0201256-6"),
            ("Espoo", "0101263-6"),
            ("Tampere", "0211675-2"),
            ("Vantaa", "0124610-9"),
            ("Turku", "0204819-8"),
        ];
        for (name, id) in cases {
            let parsed = BusinessId::parse(id).unwrap_or_else(|e| panic!("{name} {id}: {e}"));
            assert_eq!(parsed.as_str(), id);
            assert_eq!(parsed.to_string(), id);
        }
    }

    #[test]
    fn parse_table() {
        let ok = |s: &str| Ok(BusinessId(s.to_owned()));
        let cases: Vec<(&str, Result<BusinessId, BusinessIdError>)> = vec![
            ("0201256-6", ok("0201256-6")),
            ("  0201256-6\t\n", ok("0201256-6")),
            // r = 0 → C = 0: 0000000 sums to 0.
            ("0000000-0", ok("0000000-0")),
            // Wrong check digit.
            ("0201256-5", Err(CheckDigit { expected: '6' })),
            ("0201256-0", Err(CheckDigit { expected: '6' })),
            ("0101263-7", Err(CheckDigit { expected: '6' })),
            ("0000000-1", Err(CheckDigit { expected: '0' })),
            // A digit typo in the body changes the expected check digit.
            ("0201257-6", Err(CheckDigit { expected: '4' })),
            // Hand-computed sums: 0000006 → 6·2 = 12, r = 1 (no ID); 0001000 → 5, C = 6;
            // 0010000 → 10, C = 1; 1000010 → 7 + 4 = 11, r = 0, C = 0.
            ("0000006-0", Err(NoCheckDigit)),
            ("0000006-1", Err(NoCheckDigit)),
            ("0001000-6", ok("0001000-6")),
            ("0010000-1", ok("0010000-1")),
            ("1000010-0", ok("1000010-0")),
            // Empty.
            ("", Err(Empty)),
            ("   ", Err(Empty)),
            // Form.
            ("02012566", Err(Format)),
            ("0201256 6", Err(Format)),
            ("0201256--6", Err(Format)),
            ("201256-6", Err(Format)),
            ("00201256-6", Err(Format)),
            ("0201256-66", Err(Format)),
            ("0201256-", Err(Format)),
            ("-6", Err(Format)),
            ("020125a-6", Err(Format)),
            ("0201256-x", Err(Format)),
            ("abcdefg-h", Err(Format)),
            ("FI02012566", Err(Format)),
            ("0201 256-6", Err(Format)),
            ("0201256‐6", Err(Format)),  // U+2010 hyphen
            ("0201256–6", Err(Format)),  // en dash
            ("０201256-6", Err(Format)), // full-width zero
            ("0201256-٦", Err(Format)),  // Arabic-Indic six
            ("+201256-6", Err(Format)),
        ];
        for (input, expected) in cases {
            assert_eq!(BusinessId::parse(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn check_digit_table() {
        let cases = [
            ([0, 2, 0, 1, 2, 5, 6], Some(6)),
            ([0, 1, 0, 1, 2, 6, 3], Some(6)),
            ([0, 0, 0, 0, 0, 0, 0], Some(0)),
            ([0, 0, 0, 0, 0, 0, 6], None),
            ([0, 0, 1, 0, 0, 0, 0], Some(1)),
            // 9 · 45 = 405 = 36 · 11 + 9, so C = 2.
            ([9, 9, 9, 9, 9, 9, 9], Some(2)),
        ];
        for (digits, expected) in cases {
            assert_eq!(check_digit(&digits), expected, "{digits:?}");
        }
    }

    #[test]
    fn errors_display() {
        assert_eq!(
            CheckDigit { expected: '6' }.to_string(),
            "wrong check digit, expected 6"
        );
        assert_eq!(Format.to_string(), "not of the form NNNNNNN-C");
        assert_eq!(Empty.to_string(), "empty");
        assert_eq!(NoCheckDigit.to_string(), "no business ID has these digits");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    fn seven_digits() -> impl Strategy<Value = [u8; 7]> {
        prop::array::uniform7(0u8..10)
    }

    fn text(d: &[u8; 7], c: u8) -> String {
        let mut s: String = d.iter().map(|&x| char::from(b'0' + x)).collect();
        s.push('-');
        s.push(char::from(b'0' + c));
        s
    }

    proptest! {
        #[test]
        fn only_the_check_digit_parses(d in seven_digits()) {
            match check_digit(&d) {
                Some(c) => {
                    prop_assert!(c <= 9);
                    let id = BusinessId::parse(&text(&d, c)).unwrap();
                    prop_assert_eq!(id.as_str(), text(&d, c));
                    for other in (0..10).filter(|&o| o != c) {
                        prop_assert_eq!(
                            BusinessId::parse(&text(&d, other)),
                            Err(BusinessIdError::CheckDigit { expected: char::from(b'0' + c) })
                        );
                    }
                }
                None => {
                    for c in 0..10 {
                        prop_assert_eq!(BusinessId::parse(&text(&d, c)), Err(BusinessIdError::NoCheckDigit));
                    }
                }
            }
        }

        #[test]
        fn check_digit_is_the_rule(d in seven_digits()) {
            let r = d.iter().zip([7u32, 9, 10, 5, 8, 4, 2]).map(|(&x, w)| u32::from(x) * w).sum::<u32>() % 11;
            let expected = match r { 0 => Some(0), 1 => None, r => Some(11 - r as u8) };
            prop_assert_eq!(check_digit(&d), expected);
        }

        #[test]
        fn any_single_digit_typo_in_the_body_is_caught(d in seven_digits(), pos in 0usize..7, delta in 1u8..10) {
            // Weights are all nonzero and below 11, so changing one digit changes r.
            if let Some(c) = check_digit(&d) {
                let mut typo = d;
                typo[pos] = (typo[pos] + delta) % 10;
                prop_assert!(BusinessId::parse(&text(&typo, c)).is_err());
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,12}") {
            let _ = BusinessId::parse(&s);
        }

        #[test]
        fn whitespace_around_is_ignored(d in seven_digits(), pre in "[ \t\n]{0,3}", post in "[ \t\n]{0,3}") {
            if let Some(c) = check_digit(&d) {
                let plain = text(&d, c);
                let parsed = BusinessId::parse(&format!("{pre}{plain}{post}")).unwrap();
                prop_assert_eq!(parsed.as_str(), plain);
            }
        }
    }
}
