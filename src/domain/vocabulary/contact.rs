//! Contact details of the project's contact person: whether an e-mail address or a phone number is
//! plausibly what the applicant meant.
//!
//! These checks only catch typing mistakes (a missing `@`, a letter in a phone number); they cannot
//! tell whether anyone answers. They are therefore lenient about notation and never rewrite what was
//! typed: the application shows the contact details exactly as entered.

/// True if `s`, without surrounding whitespace, is an e-mail address.
///
/// The HTML form rule (WHATWG "valid e-mail address", what a browser's `<input type="email">`
/// applies) rather than the full RFC 5322 grammar: the local part is 1–64 ASCII letters, digits and
/// ``.!#$%&'*+/=?^_`{|}~-``; the domain is dot-separated labels of letters (any script, so
/// `äänekoski.fi` passes), digits and inner hyphens, at most 63 characters each. Address literals
/// (`[127.0.0.1]`), which HTML allows, are refused: no municipal contact has one. A domain without a dot (`matti@localhost`) passes, as in HTML; quoted local
/// parts, display names (`Matti <matti@hel.fi>`) and spaces do not.
///
/// Written here rather than taken from the `validator` crate: its check pulls `regex` and `idna` into
/// the browser bundle, measured at +267 KB brotli, for this one rule.
pub fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.trim().split_once('@') else {
        return false;
    };
    let local_ok = (1..=64).contains(&local.len())
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b));
    local_ok && domain_ok(domain)
}

fn domain_ok(domain: &str) -> bool {
    domain.chars().count() <= 253
        && domain.split('.').all(|label| {
            let n = label.chars().count();
            (1..=63).contains(&n)
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// Fewest digits in a phone number: a Finnish landline number without the area code.
const MIN_DIGITS: usize = 7;
/// Most digits in a phone number: the E.164 maximum, country code included.
const MAX_DIGITS: usize = 15;

/// True if `s`, without surrounding whitespace, looks like a Finnish or international phone number
/// as people type it: `040 123 4567`, `+358 40 123 4567`, `(09) 310 1691`, `09-3101691`,
/// `+358 (0)9 310 1691`.
///
/// The rule, kept simple on purpose:
/// - an optional `+` first, directly followed by a digit or `(`;
/// - then ASCII digits, with at most one space or hyphen between two of them (so no double spaces,
///   no `- ` and no separator at the ends);
/// - at most one pair of parentheses, containing only digits (at least one), anywhere before the
///   last digit; a space or hyphen may follow `)`;
/// - ends with a digit, and has 7 to 15 digits in total.
///
/// Anything else is refused: letters (`ext 5`), dots, slashes, non-breaking spaces, a second `+`.
pub fn phone_ok(s: &str) -> bool {
    let s = s.trim();
    let body = s.strip_prefix('+').unwrap_or(s);
    let mut digits = 0usize;
    let mut prev: Option<char> = None;
    // None before `(`, Some(false) inside the parentheses, Some(true) after `)`.
    let mut parens: Option<bool> = None;
    for c in body.chars() {
        let ok = match c {
            '0'..='9' => {
                digits += 1;
                true
            }
            ' ' | '-' => parens != Some(false) && matches!(prev, Some('0'..='9' | ')')),
            '(' => parens.is_none(),
            ')' => parens == Some(false) && matches!(prev, Some('0'..='9')),
            _ => false,
        };
        if !ok {
            return false;
        }
        match c {
            '(' => parens = Some(false),
            ')' => parens = Some(true),
            _ => {}
        }
        prev = Some(c);
    }
    matches!(prev, Some('0'..='9')) && parens != Some(false) && (MIN_DIGITS..=MAX_DIGITS).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_table() {
        let cases = [
            ("kirjaamo@hel.fi", true),
            ("matti.meikalainen@espoo.fi", true),
            ("  kirjaamo@tampere.fi \t", true),
            ("Kirjaamo@Vantaa.FI", true),
            ("first.last+hakemus@sub.domain.example.com", true),
            ("o'brien@example.ie", true),
            // Internationalised domain: letters of any script are accepted in the domain.
            ("kirjaamo@äänekoski.fi", true),
            // The HTML rule allows a dotless domain; an address literal is refused here.
            ("matti@localhost", true),
            ("matti@[127.0.0.1]", false),
            ("", false),
            ("   ", false),
            ("kirjaamo", false),
            ("kirjaamo.hel.fi", false),
            ("@hel.fi", false),
            ("kirjaamo@", false),
            ("kirja amo@hel.fi", false),
            ("kirjaamo@hel fi", false),
            ("kirjaamo@@hel.fi", false),
            ("kirjaamo@hel..fi", false),
            ("kirjaamo@-hel.fi", false),
            ("kirjaamo@hel.fi.", false),
            ("mätti@hel.fi", false),
            ("Matti <matti@hel.fi>", false),
            ("\"matti\"@hel.fi", false),
            ("kirjaamo@hel.fi, kirjaamo@espoo.fi", false),
            (&format!("{}@hel.fi", "a".repeat(65)), false),
            (&format!("{}@hel.fi", "a".repeat(64)), true),
        ];
        for (input, expected) in cases {
            assert_eq!(email_ok(input), expected, "{input:?}");
        }
    }

    #[test]
    fn phone_table() {
        let cases = [
            // As people type them.
            ("040 123 4567", true),
            ("0401234567", true),
            ("040-123 4567", true),
            ("+358 40 123 4567", true),
            ("+358401234567", true),
            ("(09) 310 1691", true),
            ("(09)310 1691", true),
            ("(09)-310 1691", true),
            ("09-3101691", true),
            ("09 310 1691", true),
            ("+358 (0)9 310 1691", true),
            ("+358(0)9 310 1691", true),
            ("+(358) 9 310 1691", true),
            ("  040 123 4567\t", true),
            ("+46 8 508 290 00", true),
            // Digit count: 7 to 15.
            ("1234567", true),
            ("123 456", false),
            ("123", false),
            ("123456789012345", true),
            ("+123 456 789 012 345", true),
            ("1234567890123456", false),
            // Separators: single, between digits.
            ("040  123 4567", false),
            ("040 - 123 4567", false),
            ("040--1234567", false),
            ("-040 1234567", false),
            ("040 1234567-", false),
            ("+ 358 40 123 4567", false),
            ("040.123.4567", false),
            ("040/123 4567", false),
            ("040\u{a0}123\u{a0}4567", false),
            ("040\t123 4567", false),
            // Parentheses: one pair, digits only inside.
            ("(09) (310) 1691", false),
            ("(09 310) 1691", false),
            ("( 09) 310 1691", false),
            ("() 09 310 1691", false),
            ("(09 310 1691", false),
            ("09) 310 1691", false),
            ("09 310 1691)", false),
            ("040 (123) 4567", true),
            // Plus only first, once.
            ("++358 40 123 4567", false),
            ("358+40 123 4567", false),
            // Not numbers.
            ("", false),
            ("   ", false),
            ("+", false),
            ("abc", false),
            ("+358 40 123 4567 ext 5", false),
            ("040 123 4567 / 09 310 1691", false),
            ("puh. 040 123 4567", false),
            ("０４０ １２３ ４５６７", false),
        ];
        for (input, expected) in cases {
            assert_eq!(phone_ok(input), expected, "{input:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn grouped_digits_are_phone_numbers(
            plus in any::<bool>(),
            groups in prop::collection::vec(("[0-9]{1,4}", prop::sample::select(vec![" ", "-", ""])), 1..6),
        ) {
            let mut s = String::from(if plus { "+" } else { "" });
            for (i, (g, sep)) in groups.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                s.push_str(g);
            }
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            prop_assert_eq!(phone_ok(&s), (7..=15).contains(&digits), "{:?}", s);
        }

        #[test]
        fn checks_never_panic(s in "\\PC{0,40}") {
            let _ = phone_ok(&s);
            let _ = email_ok(&s);
        }

        #[test]
        fn a_letter_anywhere_is_not_a_phone_number(
            a in "[0-9]{4,8}", b in "[0-9]{4,8}", letter in "[a-zA-ZäöÅ]",
        ) {
            let inside = format!("{a}{letter}{b}");
            let after = format!("{a} {b} {letter}");
            prop_assert!(!phone_ok(&inside), "{:?}", inside);
            prop_assert!(!phone_ok(&after), "{:?}", after);
        }
    }
}
