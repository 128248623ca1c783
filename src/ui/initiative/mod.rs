//! The first phase's pages (the fourth app, `initiatives.html`).
pub mod workshop;
