//! After the decision (docs/rules.md §11): the grant's life. The lead opens the decision and its
//! application becomes a granted project; the project keeps its own accounts, reports every four
//! months, claims the grant in instalments and reports at the end, and the settlement says what is
//! paid last or returned under valtionavustuslaki 20 §.
//!
//! - [`model`]: the granted project as typed (always saveable).
//! - [`finding`]: the grant's own findings (rule, severity, place, message, source: a call's
//!   `Citation` or a `GrantCitation` of decision 004), apart from the drafter's.
//! - [`ledger`]: the project's accounts: each entry checked (`check_entry`), the sums (`Ledger`).
//! - [`periods`]: the four-month reporting periods, proposed (`default_periods`) and checked.
//! - [`report`]: an interim report's figures against the plan (`interim_report`), the chart's
//!   series (`against_plan`, `cumulative_by_month`) and the final report's checks.
//! - [`statement`]: the auditor's statement carried in the final report (PDF, size limit, SHA-256).
//! - [`change`]: change requests (muutoshakemus) checked, and the plan in force (`plan_in_force`):
//!   the granted application with every accepted change applied.
//! - [`claim`]: payment claims (`may_claim`, `check_claims`).
//! - [`settlement`]: the share in force (`Share`) and the settlement (`settle`): the last instalment
//!   or the return under valtionavustuslaki 20 §.
//! - [`review`]: all of it in one step (`review(grant, today)`), as `rules::analysis` is for an
//!   application.
//! - [`csv`]: the accounting system's CSV read into entries (preview, column mapping, import).
//!
//! A layer between `initiative` and `formats` (whose `formats::grant` carries its files). Only the
//! tests, `hakemus-check` and the grant's own pages use it: the drafter's and the reviewer's apps
//! do not.
pub mod change;
pub mod claim;
pub mod csv;
pub mod finding;
pub mod ledger;
pub mod model;
pub mod periods;
pub mod report;
pub mod review;
pub mod settlement;
pub mod statement;
