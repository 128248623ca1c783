//! Money: euros with cents on `rust_decimal`, parsed from what people type and formatted per language.
//! (API skeleton; the implementation is being written.)

use crate::domain::locale::Lang;
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("empty")]
    Empty,
    #[error("invalid character {ch:?}")]
    InvalidCharacter { ch: char },
    #[error("misplaced separator")]
    MisplacedSeparator,
    #[error("more than two decimals")]
    TooManyDecimals,
    #[error("negative")]
    Negative,
    #[error("too large")]
    TooLarge,
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);
    pub const MAX: Money = Money(Decimal::from_parts(1215752191, 23283, 0, false, 2)); // 999 999 999 999,99
    pub fn parse(_s: &str) -> Result<Money, MoneyError> { unimplemented!() }
    pub fn from_cents(cents: i64) -> Money { Money(Decimal::new(cents, 2)) }
    pub fn round(d: Decimal) -> Option<Money> { Some(Money(d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero))) }
    pub fn floor(d: Decimal) -> Option<Money> { Some(Money(d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToNegativeInfinity))) }
    pub fn as_decimal(self) -> Decimal { self.0 }
    pub fn is_negative(self) -> bool { self.0.is_sign_negative() && !self.0.is_zero() }
    pub fn is_zero(self) -> bool { self.0.is_zero() }
    pub fn checked_add(self, o: Money) -> Option<Money> { self.0.checked_add(o.0).map(Money) }
    pub fn checked_sub(self, o: Money) -> Option<Money> { self.0.checked_sub(o.0).map(Money) }
    pub fn format(self, _lang: Lang) -> String { unimplemented!() }
    pub fn format_plain(self) -> String { unimplemented!() }
}
