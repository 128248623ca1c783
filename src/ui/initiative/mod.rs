//! The first phase of the joint call (docs/rules.md §10), a fourth app and a bundle of its own
//! (`initiatives.html`, the `hakemus-initiatives` binary, paths `/initiatives` and below): a
//! municipality's initiatives for joint projects and its expressions of interest, drafts kept in
//! this browser (`storage::initiative`) and sent as files; and the ministry's workshop pages. The
//! drafter's and the reviewer's apps name nothing of it (`tests/architecture.rs`), so their bundles
//! do not carry the phase's rules, files or words.
//!
//! - `app`: `run`, the frame and the pages by path (`Page`).
//! - `fields`: what both forms share (a checked field, the error summary, the register's list, the
//!   targets, the contact, the save problem), reusing the drafter's `FieldFrame`.
//! - `home`: `/initiatives`, this browser's drafts and the initiatives received.
//! - `initiative_form`: `/initiatives/initiative/<id>`; `interest_form`: `/initiatives/interest/<id>`.
//! - `workshop`: the ministry's pages, `/initiatives/workshop` (the files opened, the table by target,
//!   the joins, each candidate's file) and `/initiatives/workshop/print` (the workshop's list).
//! - `open`: not a page of this app but the files app's: a candidate project or an initiative
//!   opened on the drafts page as a new application draft.

pub mod app;
pub mod fields;
pub mod home;
pub mod initiative_form;
pub mod interest_form;
pub mod open;
pub mod workshop;

pub use app::run;
