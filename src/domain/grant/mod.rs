//! After the decision (docs/rules.md §11): the grant's life. The lead opens the decision and its
//! application becomes a granted project; the project keeps its own accounts, reports every four
//! months, claims the grant in instalments and reports at the end, and the settlement says what is
//! paid last or returned under valtionavustuslaki 20 §.
//!
//! - [`model`]: the granted project as typed (always saveable).
//! - [`periods`]: the reporting periods' defaults, every four months from the project's start.
//!
//! A layer between `initiative` and `formats` (whose `formats::grant` carries its files). Only the
//! tests, `hakemus-check` and the grant's own pages use it: the drafter's and the reviewer's apps
//! do not.
pub mod model;
pub mod periods;
