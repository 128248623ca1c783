//! The ministry's side: many applications at once ([`summary`]), the assessment of one
//! ([`assessment`]), several reviewers' assessments side by side ([`panel`]) and the funding
//! decision against the appropriation ([`decision`]); further clarification of the deferred and
//! the second decision ([`clarification`]; the request as the ministry types it: [`asking`]; the second decision following the open
//! applications without growing: [`second`]); deciding a grantee's change request on the
//! follow-up's page ([`change_decision`]).
pub mod asking;
pub mod assessment;
pub mod change_decision;
pub mod clarification;
pub mod decision;
pub mod follow_up;
pub mod panel;
pub mod second;
pub mod summary;
