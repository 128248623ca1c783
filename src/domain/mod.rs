//! The pure core: the draft as typed, money, call profiles, the register, the rules and their findings.
//! Invariant: nothing here touches the UI, the browser, storage, the network or the clock; it is
//! tested natively with `cargo test`.
pub mod analysis;
pub mod applicants;
pub mod applications;
pub mod assessment;
pub mod budget;
pub mod business_id;
pub mod call;
pub mod citation;
pub mod contact;
pub mod draft;
pub mod exchange;
pub mod finding;
pub mod locale;
pub mod money;
pub mod project;
pub mod questions;
pub mod register;
pub mod risks;
pub mod schedule;
pub mod sections;
pub mod targets;
