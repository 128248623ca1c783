//! Between versions and between people: the field-level comparison of two versions ([`compare`])
//! and drafting together with the partners ([`partner`]). Above the file formats, whose files it
//! reads; below the reviewer, who compares too.
pub mod compare;
pub mod partner;
