//! Before the call (docs/rules.md §10): the first phase of the joint call, in which municipalities
//! find each other. A municipality proposes a joint project (an initiative) or says it would join
//! one (an expression of interest); the ministry gathers them, and the workshop joins initiatives
//! about the same thing into candidate joint projects, each with a lead; the lead's candidate
//! project becomes a new application draft.
//!
//! - [`model`]: the initiative and the interest as typed (always saveable);
//! - [`rules`]: what seed 000 asks of them, as findings;
//! - [`workshop`]: the table by target, the joins (data, undoable), the candidate projects and the
//!   printable workshop list;
//! - [`application`]: a candidate project as a new application draft, filled in.
//!
//! A layer between `rules` (whose severity and municipality resolution it uses) and `formats`
//! (whose `formats::initiative` carries these as files). Only the tests, `hakemus-check` and the
//! first phase's own pages use it: the drafter's and the reviewer's apps do not.
pub mod application;
pub mod model;
pub mod rules;
pub mod workshop;
