//! The first phase's pages (the fourth app, `initiatives.html`), and what the files app uses of it.
pub mod open;
pub mod workshop;
