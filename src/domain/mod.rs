//! The pure core: the draft as typed, money, call profiles, the budget rules and their findings.
//! Invariant: nothing here touches the UI, the browser, storage, the network or the clock; it is
//! tested natively with `cargo test`.
pub mod budget;
pub mod call;
pub mod citation;
pub mod draft;
pub mod finding;
pub mod locale;
pub mod money;
