//! The pure core: no UI, no browser, no IO, no clock.
pub mod locale;
pub mod money;
