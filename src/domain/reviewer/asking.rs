//! The ministry writes a request for further clarification (docs/rules.md §12.1): what its page
//! holds as typed (questions, the parts to revise, the deadline as Finns write it), checked in a
//! pure step, and the request (`formats::clarification::Asked`) made from it once nothing is in
//! error. Something must be asked (a question or a part) and the deadline must be a real date:
//! well-formedness, which the request's reader refuses too.

use crate::domain::formats::clarification::{Asked, Question};
use crate::domain::rules::sections::Section;
use crate::domain::vocabulary::dates::parse_date;
use serde::{Deserialize, Serialize};

/// A request as typed: every question kept as typed (an empty one is not asked), the parts by
/// slug, the deadline as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawRequest {
    /// `(id, text)`, ids from the page's counter, in the order written.
    pub questions: Vec<(u64, String)>,
    pub parts: Vec<String>,
    pub deadline: String,
}

/// Where a problem is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The questions and parts together (nothing asked).
    Asked,
    Deadline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// No question written and no part chosen.
    NothingAsked,
    /// The deadline is empty.
    NoDeadline,
    /// The deadline is not a real date.
    NotADate,
}

impl Problem {
    pub fn field(self) -> Field {
        match self {
            Problem::NothingAsked => Field::Asked,
            Problem::NoDeadline | Problem::NotADate => Field::Deadline,
        }
    }
}

impl RawRequest {
    /// The questions written (not blank), in order.
    fn asked_questions(&self) -> Vec<Question> {
        self.questions
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(id, text)| Question {
                id: *id,
                text: text.trim().to_string(),
            })
            .collect()
    }

    /// The parts chosen, in the form's order, each once.
    fn asked_parts(&self) -> Vec<String> {
        Section::ALL
            .into_iter()
            .map(Section::slug)
            .filter(|slug| self.parts.iter().any(|p| p == slug))
            .map(str::to_string)
            .collect()
    }

    /// The problems, in the page's order (what is asked, then the deadline).
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.asked_questions().is_empty() && self.asked_parts().is_empty() {
            out.push(Problem::NothingAsked);
        }
        if self.deadline.trim().is_empty() {
            out.push(Problem::NoDeadline);
        } else if parse_date(&self.deadline).is_none() {
            out.push(Problem::NotADate);
        }
        out
    }

    /// The request, `id` and made at `asked_at` (RFC 3339), where nothing is in error.
    pub fn asked(&self, id: &str, asked_at: &str) -> Option<Asked> {
        if !self.problems().is_empty() {
            return None;
        }
        let deadline = parse_date(&self.deadline)?;
        Some(Asked {
            id: id.to_string(),
            asked_at: asked_at.to_string(),
            deadline: deadline.to_string(),
            questions: self.asked_questions(),
            parts: self.asked_parts(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(questions: &[&str], parts: &[&str], deadline: &str) -> RawRequest {
        RawRequest {
            questions: questions
                .iter()
                .enumerate()
                .map(|(i, q)| (i as u64 + 1, q.to_string()))
                .collect(),
            parts: parts.iter().map(|p| p.to_string()).collect(),
            deadline: deadline.into(),
        }
    }

    #[test]
    fn something_is_asked_and_the_deadline_is_a_real_date() {
        assert_eq!(
            raw(&["  "], &[], "").problems(),
            vec![Problem::NothingAsked, Problem::NoDeadline]
        );
        assert_eq!(raw(&[], &["budget"], "31.4.2020").problems(), vec![Problem::NotADate]);
        assert_eq!(raw(&["Miksi?"], &[], "30.4.2020").problems(), vec![]);
        assert_eq!(Problem::NotADate.field(), Field::Deadline);
        assert_eq!(raw(&[], &[], "30.4.2020").asked("1", "2020-03-16T09:00:00Z"), None);
    }

    #[test]
    fn the_request_keeps_what_was_written_in_the_forms_order() {
        let a = raw(&["", " Miksi budjetti kasvoi? "], &["budget", "project"], " 30.4.2020 ")
            .asked("1", "2020-03-16T09:00:00Z")
            .unwrap();
        assert_eq!(a.deadline, "2020-04-30");
        assert_eq!(
            a.questions,
            vec![Question {
                id: 2,
                text: "Miksi budjetti kasvoi?".into()
            }]
        );
        assert_eq!(a.parts, vec!["project".to_string(), "budget".to_string()]);
        assert_eq!(a.id, "1");
    }
}
