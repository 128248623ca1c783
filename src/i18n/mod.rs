//! The one translation layer: every user-visible string goes through here. Finnish is the default;
//! Swedish and English follow. A text missing in any language does not compile: the `texts!` macro
//! requires all three for each key of `T`, and the finding messages, the cost categories, the
//! citations and the other texts keyed by the domain's enums are exhaustive `match`es over them.
//! Pure (no browser), so it is tested natively.
//!
//! By topic (everything is re-exported here, so callers write `i18n::T`, `i18n::message`, …):
//! - `catalogue`: the Swedish and English fixed texts as data files of the build (the wasm fetches
//!   the one in use; native code has them built in);
//! - `texts`: `T`, the fixed texts of the interface (headings, labels, buttons, hints, notices);
//! - `format`: dates, times, whole numbers, percentages and sizes of storage as each language
//!   writes them;
//! - `budget`: a cost line's field labels, the cost categories, VAT rates, why an amount is not one;
//! - `parts`: the project, applicants, targets and exclusions, schedule, monitoring and risks
//!   (field labels, end date hint, maturity levels, business ID errors);
//! - `questions`: the written questions' labels and guidance, and their pages' titles (called as
//!   `i18n::questions::label` and so on);
//! - `findings`: a finding's sentence (`message`) and its place in the error summary (`place`);
//! - `sources`: the citations of the ministry's decision and slides;
//! - `files`: import errors and notes, the errors said before an export, `hakemus-check`'s counts,
//!   the storage the browser gives (used, free, running low);
//! - `files_app`: `Fa`, the fixed texts only the files app (the drafts page) and the comparison of
//!   two files show;
//! - `compare`: a compared value and its place, as a person reads them;
//! - `initiative`: the first phase (initiatives, interests, the workshop), for its own pages and
//!   `hakemus-check` only (its table is not among [`TABLES`]: see [`INITIATIVE_TABLES`]);
//! - `grant`: the grant's own pages (after the decision), for them only (its table is not among
//!   [`TABLES`]: see [`GRANT_TABLES`]);
//! - `grant_rules`: the grant's rules after the decision (their findings' sentences, decision
//!   004's passages on the grant's life, the share's settings), for the grant's pages and
//!   `hakemus-check` only (its table is not among [`TABLES`]: see [`GRANT_TABLES`]);
//! - `grant_partners`: the partners' entries by file in the grant's app (`Gp`, among
//!   [`GRANT_TABLES`]);
//! - `grant_changes`: changes during the project (muutoshakemus: `Gc`, among [`GRANT_TABLES`]);
//! - `grant_completion`: the lead's answers to the ministry's completion requests (`Gq`, among
//!   [`GRANT_TABLES`]);
//! - `grant_reports`: why a granted project's report file was refused (a figure that differs), for
//!   `hakemus-check` and the grant's pages only;
//! - `clarification`: further clarification of a deferred application (`Cl`, its own table: see
//!   [`CLARIFICATION_TABLES`]), the request's and the answer's words and their checks' sentences;
//! - `follow_up`: the ministry's follow-up of each grant (`Fu`, its findings' sentences), for
//!   `hakemus-check` and the ministry's follow-up pages only;
//! - `follow_up_pages`: the follow-up app's own pages (`Fp`; its table is not among [`TABLES`]: see
//!   [`FOLLOW_UP_TABLES`]);
//! - `backup`: making and restoring a backup, and the summary of a restore (`B`, its own table);
//! - `reviewer`: the criteria, scores, assessment total, reviews merged and stored, already open,
//!   and the panel's words (standings, means, members, the municipality pointer, reasons missing);
//! - `reviewer_app`: `Ra`, the texts only the reviewer's app shows and installs (the second
//!   decision's, the way on to the follow-up; its table is not among [`TABLES`]: see
//!   [`REVIEWER_APP_TABLES`]).

pub mod backup;
mod budget;
pub mod catalogue;
pub mod clarification;
mod compare;
pub mod decision;
mod files;
pub mod files_app;
mod findings;
pub mod follow_up;
pub mod follow_up_pages;
mod format;
pub mod grant;
pub mod grant_changes;
pub mod grant_completion;
pub mod grant_partners;
pub mod grant_reporting;
pub mod grant_reports;
pub mod grant_rules;
pub mod initiative;
mod parts;
pub mod questions;
pub mod reviewer;
pub mod reviewer_app;
mod sources;
mod texts;

pub use budget::{category, field_label, go_to_line, line_count, line_found, money_error, no_line_found, vat_rate};
pub use compare::{compared_place, compared_summary, compared_value};
pub use files::{
    check_counts, check_municipality, export_errors, import_error, import_note, no_errors_in, part_errors,
    save_too_large, storage_low, storage_used,
};
pub use findings::{finding_message, message, place};
pub use format::{bytes, characters, counted, date, date_time, integer, percent, saved_at};
pub use parts::{
    applicant_field_label, business_id_error, end_hint, exclusion_hint, exclusion_question, indicator_field_label,
    maturity_level, package_field_label, project_field_label, risk_field_label, statement_feedback, target,
};
pub use reviewer::{
    already_open, assessment_total, close_application, criterion, mean, member_name, own_municipality_notice,
    own_panel_file, panel_file, panel_scores_caption, remove_member, reviewer_municipality, reviews_merged,
    reviews_stored, score, standing, unreasoned,
};
pub use sources::citation;
pub use texts::{Text, T};

use crate::domain::vocabulary::locale::Lang;

/// Every table of fixed texts that the Swedish and English texts files hold (`catalogue`).
pub const TABLES: [&catalogue::Table; 13] = [
    &T::TABLE,
    &backup::B::TABLE,
    &files_app::Fa::TABLE,
    &decision::D::TABLE,
    &findings::F::TABLE,
    &parts::P::TABLE,
    &reviewer::R::TABLE,
    &questions::LABELS,
    &questions::GUIDANCE,
    &questions::GROUP_TITLES,
    &questions::GROUP_INTROS,
    &questions::GROUP_CHECKS,
    &sources::CITATIONS,
];

/// [`TABLES`] then an app's own tables (`$own`), as one array: what that app installs.
macro_rules! with_tables {
    ($own:expr) => {{
        let mut out = [TABLES[0]; TABLES.len() + $own.len()];
        let mut i = 0;
        while i < out.len() {
            out[i] = if i < TABLES.len() {
                TABLES[i]
            } else {
                $own[i - TABLES.len()]
            };
            i += 1;
        }
        out
    }};
}

/// The tables of the first phase's pages (`initiative`): in the same texts files as [`TABLES`], but
/// installed only by those pages, so that the drafter's and the reviewer's apps do not carry them.
pub const INITIATIVE_TABLES: [&catalogue::Table; 1] = [&initiative::I::TABLE];

/// Every table and the first phase's ([`TABLES`] then [`INITIATIVE_TABLES`]): what the first phase's
/// app installs, and the files app, whose drafts page opens the phase's files
/// (`ui::language::install_tables`).
pub static WITH_INITIATIVE_TABLES: [&catalogue::Table; TABLES.len() + INITIATIVE_TABLES.len()] =
    with_tables!(INITIATIVE_TABLES);

/// The tables of the grant's pages (`grant`): in the same texts files as [`TABLES`], installed only
/// by the grant's app.
pub const GRANT_TABLES: [&catalogue::Table; 6] = [
    &grant::G::TABLE,
    &grant_rules::Gr::TABLE,
    &grant_reporting::Gt::TABLE,
    &grant_partners::Gp::TABLE,
    &grant_changes::Gc::TABLE,
    &grant_completion::Gq::TABLE,
];

/// Every table and the grant's ([`TABLES`] then [`GRANT_TABLES`]): what the grant's app installs.
pub static WITH_GRANT_TABLES: [&catalogue::Table; TABLES.len() + GRANT_TABLES.len()] = with_tables!(GRANT_TABLES);

/// The tables of further clarification's pages (`clarification`): in the same texts files as
/// [`TABLES`], installed only by the pages that show a request or an answer.
pub const CLARIFICATION_TABLES: [&catalogue::Table; 1] = [&clarification::Cl::TABLE];

/// What the files app installs: every table, the first phase's (its drafts page opens the phase's
/// files) and further clarification's (a request opens there, and its page is the files app's).
pub static WITH_FILES_APP_TABLES: [&catalogue::Table; TABLES.len() + 2] =
    with_tables!([INITIATIVE_TABLES[0], CLARIFICATION_TABLES[0]]);
/// The tables of the ministry's follow-up app (`follow_up_pages`): in the same texts files as
/// [`TABLES`], installed only by that app.
pub const FOLLOW_UP_TABLES: [&catalogue::Table; 1] = [&follow_up_pages::Fp::TABLE];

/// Every table and the follow-up app's ([`TABLES`] then [`FOLLOW_UP_TABLES`]): what it installs.
pub static WITH_FOLLOW_UP_TABLES: [&catalogue::Table; TABLES.len() + FOLLOW_UP_TABLES.len()] =
    with_tables!(FOLLOW_UP_TABLES);

/// The tables only the reviewer's app shows (`reviewer_app`: the second decision's page and print,
/// the way on to the follow-up): in the same texts files as [`TABLES`], installed only by that app,
/// so that the other apps do not carry their keys.
pub const REVIEWER_APP_TABLES: [&catalogue::Table; 1] = [&reviewer_app::Ra::TABLE];

/// What the reviewer's app installs: every table, further clarification's (the ministry writes its
/// requests and reads the answers there) and its own ([`REVIEWER_APP_TABLES`]).
pub static WITH_REVIEWER_APP_TABLES: [&catalogue::Table; TABLES.len() + 2] =
    with_tables!([CLARIFICATION_TABLES[0], REVIEWER_APP_TABLES[0]]);

/// Each table with its texts in `lang`, in key order, from the source (what the files are made of).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn tables(lang: Lang) -> Vec<(&'static catalogue::Table, Vec<&'static str>)> {
    use crate::domain::vocabulary::citation::Citation;
    use crate::domain::vocabulary::questions::Question;
    let groups = |f: fn(Lang, _) -> &'static str| questions::GROUPS.iter().map(|&g| f(lang, g)).collect();
    vec![
        (&T::TABLE, T::ALL.iter().map(|t| t.get(lang)).collect()),
        (&backup::B::TABLE, backup::B::ALL.iter().map(|t| t.get(lang)).collect()),
        (
            &files_app::Fa::TABLE,
            files_app::Fa::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &decision::D::TABLE,
            decision::D::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &findings::F::TABLE,
            findings::F::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (&parts::P::TABLE, parts::P::ALL.iter().map(|t| t.get(lang)).collect()),
        (
            &reviewer::R::TABLE,
            reviewer::R::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &questions::LABELS,
            Question::ALL.iter().map(|&q| questions::label(lang, q)).collect(),
        ),
        (
            &questions::GUIDANCE,
            Question::ALL.iter().map(|&q| questions::guidance(lang, q)).collect(),
        ),
        (&questions::GROUP_TITLES, groups(questions::group_title)),
        (&questions::GROUP_INTROS, groups(questions::group_intro)),
        (&questions::GROUP_CHECKS, groups(questions::group_check)),
        (
            &sources::CITATIONS,
            Citation::ALL.iter().map(|&c| sources::citation(lang, c)).collect(),
        ),
        (
            &initiative::I::TABLE,
            initiative::I::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (&grant::G::TABLE, grant::G::ALL.iter().map(|t| t.get(lang)).collect()),
        (
            &grant_rules::Gr::TABLE,
            grant_rules::Gr::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &grant_reporting::Gt::TABLE,
            grant_reporting::Gt::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &grant_partners::Gp::TABLE,
            grant_partners::Gp::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &grant_changes::Gc::TABLE,
            grant_changes::Gc::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &grant_completion::Gq::TABLE,
            grant_completion::Gq::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &clarification::Cl::TABLE,
            clarification::Cl::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &follow_up_pages::Fp::TABLE,
            follow_up_pages::Fp::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
        (
            &reviewer_app::Ra::TABLE,
            reviewer_app::Ra::ALL.iter().map(|t| t.get(lang)).collect(),
        ),
    ]
}

/// A language's name in that language, as the language switch offers it: the same whatever the
/// pages are shown in, so built in for all three (not in the texts files).
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "suomi",
        Lang::Sv => "svenska",
        Lang::En => "English",
    }
}
