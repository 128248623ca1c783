//! After the decision (issue 30): the grant's app, a fifth app and a bundle of its own (`grant.html`,
//! the `hakemus-grant` binary, paths `/grant` and below). The lead opens the decision with the
//! application it granted, and keeps the granted project in this browser (`storage::grant`): its
//! accounts now, its reports, payment claims, final report and settlement as they come. No other
//! app names any of it (`tests/architecture.rs`), so their bundles do not carry the grant's rules,
//! files or words (`i18n::grant`, table `G`, installed by this app only).
//!
//! - `app`: `run`, the frame and the pages by path (`Page`, `ProjectPage`).
//! - `state`: the project open on a page and its saving (`Open`).
//! - `home`: `/grant`, opening the decision and this browser's granted projects.
//! - `overview`: `/grant/<id>`, the project, its grant and conditions, its periods, what is next.
//! - `ledger`: `/grant/<id>/ledger`, the project's accounts (projektikirjanpito); its rules per entry
//!   (`entry_checks`) and its import from the accounting system's CSV (`ledger_import`).
//! - `reports`: `/grant/<id>/reports`, the reporting periods and their interim reports, with the
//!   chart of planned against realised.
//! - `claims`: `/grant/<id>/claims`, the payment claims and what each may ask for.
//! - `final_report`: `/grant/<id>/final`, the final report and the auditor's statement.
//! - `settlement`: `/grant/<id>/settlement`, the settlement, printable.
//! - `partners`: `/grant/<id>/partners`, the lead's requests for the partners' entries and their
//!   contributions, compared, merged and undone; `partner_copy`: a partner's copy opened from a
//!   request (its overview and the return of its entries by file).
//! - `changes`: `/grant/<id>/changes`, the lead's change requests (muutoshakemus), their files, the
//!   ministry's decisions opened, and the plan in force.
//! - `completion`: `/grant/<id>/completion`, the ministry's completion requests opened from their
//!   files, answered, and the answer with the completed report saved as a file.
//! - `reporting`: what those four pages share (the review, fields, the summary).

pub mod app;
pub mod changes;
pub mod claims;
pub mod completion;
pub mod entry_checks;
pub mod final_report;
pub mod home;
pub mod ledger;
pub mod ledger_import;
pub mod overview;
pub mod partner_copy;
pub mod partners;
pub mod reporting;
pub mod reports;
pub mod settlement;
pub mod state;

pub use app::run;
