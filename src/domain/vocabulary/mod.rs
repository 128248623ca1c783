//! The vocabulary: leaf modules every part of the domain is written in. They import nothing of the
//! domain outside this folder, and inside it only the ones listed before them.
pub mod business_id;
pub mod call;
pub mod citation;
pub mod contact;
pub mod criteria;
pub mod dates;
pub mod decision_text;
pub mod grant_phase;
pub mod initiative_phase;
pub mod locale;
pub mod money;
pub mod objects;
pub mod official;
pub mod questions;
pub mod register;
pub mod targets;
