//! The files the app reads and writes. Every format is versioned, has a `format` name, and is read by
//! the one strict [`reader`] before its own checks.
pub mod application;
pub mod backup;
pub mod clarification;
pub mod completion;
pub mod decision;
pub mod follow_up;
pub mod grant;
pub mod grant_change;
pub mod grant_partner;
pub mod grant_reports;
pub mod initiative;
pub mod partner;
pub mod reader;
pub mod record;
pub mod review;
pub mod slug;
pub mod stored;
