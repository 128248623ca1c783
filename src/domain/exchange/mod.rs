//! Between versions and between people: the field-level comparison of two versions ([`compare`])
//! and drafting together with the partners ([`partner`]), the lead's answers to the ministry's
//! clarification and completion requests ([`clarification`], [`completion`]), and the partners' entries in a granted
//! project's accounts ([`ledger`]). Above the file formats, whose files it
//! reads; below the reviewer, who compares too.
pub mod clarification;
pub mod compare;
pub mod completion;
pub mod ledger;
pub mod partner;
