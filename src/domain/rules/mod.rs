//! The rules of each part of the application. Each part's checks read the raw draft and the call
//! profile and push [`finding::Finding`]s; [`analysis::analyse`] runs them all, once per change.
//! [`sections`] groups the fields and findings into the parts of the form.
pub mod analysis;
pub mod answers;
pub mod applicants;
pub mod budget;
pub mod finding;
pub mod partners;
pub mod project;
pub mod risks;
pub mod schedule;
pub mod sections;
pub mod targets;
