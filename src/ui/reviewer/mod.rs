//! The ministry reviewer's screens: the list of opened applications with the summary table
//! (`/reviewer`), one application read only and its assessment (`/reviewer/:fp`,
//! `/reviewer/:fp/assessment`), the funding proposal and the printable decision
//! (`/reviewer/decision`, `/reviewer/decision/print`), and the state they share for the tab's life.
pub mod application;
pub mod decision;
pub mod list;
pub mod state;
