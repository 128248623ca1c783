//! The ministry's side: many applications at once ([`summary`]), the assessment of one
//! ([`assessment`]) and several reviewers' assessments side by side ([`panel`]).
pub mod assessment;
pub mod panel;
pub mod summary;
