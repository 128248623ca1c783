//! The pure core: what the application says, the rules it must meet, the files it travels in, and
//! the reviewer's side. Invariant: nothing here touches the UI, the browser, storage, the network or
//! the clock; it is tested natively with `cargo test`.
//!
//! The modules are layers, each importing only the ones before it (`tests/architecture.rs` keeps it
//! so):
//!
//! 1. [`vocabulary`]: the words everything else is written in: languages, money, dates, sources,
//!    business IDs, contacts, the municipality register, the calls' targets, exclusions, questions
//!    and criteria, and the call profiles that put them together.
//! 2. [`draft`]: the application exactly as typed.
//! 3. [`rules`]: what each part of the application must meet, as findings, and the one analysis.
//! 4. [`initiative`]: before the call: initiatives for joint projects, expressions of interest, the
//!    workshop that forms the groups, and a candidate project as a new application draft.
//! 5. [`grant`]: after the decision: the granted project, its accounts, interim reports, payment
//!    claims, final report and settlement.
//! 6. [`formats`]: the files: one strict reader, the application and the review file.
//! 7. [`exchange`]: comparing two versions field by field, and drafting together with partners
//!    (requests, contributions, the lead's merge).
//! 8. [`reviewer`]: the ministry's side: many applications at once, and the assessment.
pub mod vocabulary;

pub mod draft;

pub mod rules;

pub mod initiative;

pub mod grant;

pub mod formats;

pub mod exchange;

pub mod reviewer;
