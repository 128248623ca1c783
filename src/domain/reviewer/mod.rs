//! The ministry's side: many applications at once ([`summary`]) and the assessment of one
//! ([`assessment`]).
pub mod assessment;
pub mod decision;
pub mod summary;
