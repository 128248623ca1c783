//! Which page a path shows: one `match` instead of the router's route table. `leptos_router`'s
//! `FlatRoutes` builds a nested `Either` type with a view function per route (85 KB of wasm for its
//! chooser alone); here the router keeps the history and the `<A>` links, and the pages are one
//! enum whose view is type-erased once.

use crate::domain::vocabulary::questions::QuestionGroup;
use leptos::prelude::{expect_context, Memo};

/// A page of the app, as its path names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Overview,
    Drafts,
    Export,
    Accessibility,
    Review,
    Project,
    Applicants,
    Partners,
    Targets,
    Answers(QuestionGroup),
    Schedule,
    Budget,
    Risks,
    Monitoring,
    Reviewer,
    Decision,
    DecisionPrint,
    /// An opened application, by its fingerprint.
    Application(String),
    Assessment(String),
    NotFound,
}

impl Page {
    /// The page at `path` (a trailing slash is the same page).
    pub fn of(path: &str) -> Page {
        let path = match path.strip_suffix('/') {
            Some(p) if !p.is_empty() => p,
            _ => path,
        };
        match path {
            "/" | "" => Page::Overview,
            "/drafts" => Page::Drafts,
            "/export" => Page::Export,
            "/accessibility" => Page::Accessibility,
            "/review" => Page::Review,
            "/project" => Page::Project,
            "/applicants" => Page::Applicants,
            "/partners" => Page::Partners,
            "/targets" => Page::Targets,
            "/state-and-goals" => Page::Answers(QuestionGroup::StateAndGoals),
            "/impact" => Page::Answers(QuestionGroup::Impact),
            "/prior-work" => Page::Answers(QuestionGroup::PriorWork),
            "/commitments" => Page::Answers(QuestionGroup::Commitments),
            "/schedule" => Page::Schedule,
            "/budget" => Page::Budget,
            "/risks" => Page::Risks,
            "/monitoring" => Page::Monitoring,
            "/reviewer" => Page::Reviewer,
            "/reviewer/decision" => Page::Decision,
            "/reviewer/decision/print" => Page::DecisionPrint,
            _ => match path
                .strip_prefix("/reviewer/")
                .map(|rest| rest.split('/').collect::<Vec<_>>())
                .as_deref()
            {
                Some([fp]) if !fp.is_empty() => Page::Application(fp.to_string()),
                Some([fp, "assessment"]) if !fp.is_empty() => Page::Assessment(fp.to_string()),
                _ => Page::NotFound,
            },
        }
    }

    /// The fingerprint of the application the page is about, if it is one.
    pub fn fingerprint(&self) -> Option<&str> {
        match self {
            Page::Application(fp) | Page::Assessment(fp) => Some(fp),
            _ => None,
        }
    }
}

/// The page the location names (provided by the app's shell).
pub fn use_page() -> Memo<Page> {
    expect_context()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_names_its_page_and_nothing_else_matches() {
        assert_eq!(Page::of("/"), Page::Overview);
        assert_eq!(Page::of("/budget"), Page::Budget);
        assert_eq!(Page::of("/budget/"), Page::Budget);
        assert_eq!(Page::of("/impact"), Page::Answers(QuestionGroup::Impact));
        assert_eq!(Page::of("/reviewer"), Page::Reviewer);
        assert_eq!(Page::of("/reviewer/decision"), Page::Decision);
        assert_eq!(Page::of("/reviewer/decision/print"), Page::DecisionPrint);
        assert_eq!(Page::of("/reviewer/ab12"), Page::Application("ab12".into()));
        assert_eq!(Page::of("/reviewer/ab12/assessment"), Page::Assessment("ab12".into()));
        assert_eq!(Page::of("/reviewer/ab12").fingerprint(), Some("ab12"));
        for unknown in [
            "/budgets",
            "/reviewer/ab12/other",
            "/reviewer/a/b/c",
            "/reviewer//assessment",
            "/reviewer/second-decision/other",
        ] {
            assert_eq!(Page::of(unknown), Page::NotFound, "{unknown}");
        }
    }
}
