//! Hakemus: draft a grant application for the municipal digitalisation incentive programme.
//! See ARCHITECTURE.md for the map.
pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;
