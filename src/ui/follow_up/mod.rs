//! The ministry's follow-up of its grants (issue 31): a sixth app and a bundle of its own
//! (`follow-up.html`, the `hakemus-follow-up` binary, paths `/follow-up` and below). The ministry
//! opens the decision (the grants to follow) and the grantees' report files, and keeps its
//! follow-up (`formats::follow_up::RawFollowUp`) in this browser (`storage::follow_up`) and as a
//! `hakemus-follow-up` file. What it shows is derived by `domain::reviewer::follow_up`; its words
//! are `i18n::follow_up_pages` (table `Fp`, installed by this app only) and `i18n::follow_up` (`Fu`).
//! No other app names any of it (`tests/architecture.rs`).
//!
//! - `app`: `run`, the frame and the pages by path.
//! - `state`: the follow-up held by the tab and its saving (`FollowUp`).
//! - `home`: `/follow-up`, the files opened, the grants' table, the programme's totals, the file.
//! - `payments`: `/follow-up/payments`, the payment list, its CSV and its print.
//! - `changes`: `/follow-up/changes`, the grantees' change requests decided part by part.
//! - `grant`: `/follow-up/grant/<key>`, one grant: its figures, reports by period, payments and
//!   settlement decision's fields; `checks`: its received reports' two checks, signed off, the
//!   accounts entry by entry and the figures recomputed; `grant_payments`: its payments and the
//!   settlement's fields; `shown`: which findings the page shows, at the field and in its summary;
//!   `completion`: a received report's completion requests, written and downloaded, with their
//!   state and answers.
//! - `settlement`: `/follow-up/grant/<key>/settlement`, the settlement decision to print.

pub mod app;
pub mod changes;
pub mod checks;
pub mod completion;
pub mod grant;
pub mod grant_payments;
pub mod home;
pub mod payments;
pub mod settlement;
pub mod shown;
pub mod state;

pub use app::run;
