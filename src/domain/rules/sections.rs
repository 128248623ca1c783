//! The parts of the application and their status in the task list (GOV.UK task-list pattern): not
//! started, in progress (answers missing), has errors (an answer breaks a rule), complete.

use crate::domain::draft::RawDraft;
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::finding::{FieldPath, Finding, Message};
use crate::domain::vocabulary::questions::QuestionGroup;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Project,
    Applicants,
    Targets,
    /// A part made of written answers.
    Answers(QuestionGroup),
    Schedule,
    Budget,
    Risks,
    Monitoring,
}

impl Section {
    /// In the order of the form.
    pub const ALL: [Section; 11] = [
        Section::Project,
        Section::Applicants,
        Section::Targets,
        Section::Answers(QuestionGroup::StateAndGoals),
        Section::Answers(QuestionGroup::Impact),
        Section::Answers(QuestionGroup::PriorWork),
        Section::Answers(QuestionGroup::Commitments),
        Section::Schedule,
        Section::Budget,
        Section::Risks,
        Section::Monitoring,
    ];

    /// The URL path of the section's page.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Project => "project",
            Section::Applicants => "applicants",
            Section::Targets => "targets",
            Section::Answers(QuestionGroup::StateAndGoals) => "state-and-goals",
            Section::Answers(QuestionGroup::Impact) => "impact",
            Section::Answers(QuestionGroup::PriorWork) => "prior-work",
            Section::Answers(QuestionGroup::Commitments) => "commitments",
            Section::Budget => "budget",
            Section::Risks => "risks",
            Section::Schedule => "schedule",
            Section::Monitoring => "monitoring",
        }
    }

    /// The section its [`slug`](Section::slug) names: the slug is the part's stable id in files
    /// (a clarification request names the parts it asks to be revised by it).
    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The section a field is shown in (the call belongs to the project part).
    pub fn of(path: FieldPath) -> Option<Section> {
        match path {
            FieldPath::Call | FieldPath::Project(_) => Some(Section::Project),
            FieldPath::Applicants | FieldPath::Applicant { .. } => Some(Section::Applicants),
            FieldPath::Targets | FieldPath::Exclusion(_) | FieldPath::MunicipalTask => Some(Section::Targets),
            FieldPath::LeadResponsible => Some(Section::Applicants),
            FieldPath::Answer(q) => Some(Section::Answers(q.group())),
            FieldPath::Risks | FieldPath::Risk { .. } => Some(Section::Risks),
            FieldPath::Schedule | FieldPath::WorkPackage { .. } => Some(Section::Schedule),
            FieldPath::Indicators | FieldPath::Indicator { .. } => Some(Section::Monitoring),
            FieldPath::MaturityNow | FieldPath::MaturityTarget => Some(Section::Answers(QuestionGroup::StateAndGoals)),
            FieldPath::Budget | FieldPath::BudgetLine { .. } | FieldPath::RequestedGrant => Some(Section::Budget),
        }
    }

    /// The part before this one among those the call asks for.
    pub fn previous_asked(self, call: &crate::domain::vocabulary::call::CallProfile) -> Option<Section> {
        let i = Section::ALL.iter().position(|s| *s == self)?;
        Section::ALL[..i].iter().rev().find(|s| s.asked_by(call)).copied()
    }

    /// The part after this one among those the call asks for.
    pub fn next_asked(self, call: &crate::domain::vocabulary::call::CallProfile) -> Option<Section> {
        let i = Section::ALL.iter().position(|s| *s == self)?;
        Section::ALL[i + 1..].iter().find(|s| s.asked_by(call)).copied()
    }

    /// Whether the call asks for this part at all (a call may ask fewer questions).
    pub fn asked_by(self, call: &crate::domain::vocabulary::call::CallProfile) -> bool {
        match self {
            Section::Answers(group) => call.questions.iter().any(|q| q.group() == group),
            _ => true,
        }
    }

    /// Whether the user has entered anything in the section.
    pub fn started(self, draft: &RawDraft) -> bool {
        match self {
            Section::Project => draft.project != Default::default(),
            Section::Applicants => !draft.applicants.is_empty(),
            Section::Targets => !draft.targets.is_empty() || !draft.exclusions.is_empty() || draft.municipal_task,
            Section::Answers(group) => {
                draft.answers.iter().any(|(id, a)| {
                    !a.trim().is_empty()
                        && serde_json::from_value::<crate::domain::vocabulary::questions::Question>(
                            serde_json::Value::String(id.clone()),
                        )
                        .is_ok_and(|q| q.group() == group)
                }) || (group == QuestionGroup::StateAndGoals
                    && !(draft.maturity_now.is_empty() && draft.maturity_target.is_empty()))
            }
            Section::Risks => !draft.risks.is_empty(),
            Section::Schedule => !draft.schedule.is_empty(),
            Section::Monitoring => !draft.indicators.is_empty(),
            Section::Budget => !draft.budget.lines.is_empty() || !draft.budget.requested_grant.trim().is_empty(),
        }
    }

    pub fn findings(self, analysis: &Analysis) -> impl Iterator<Item = &Finding> {
        analysis
            .findings
            .iter()
            .filter(move |f| Section::of(f.path) == Some(self))
    }

    pub fn status(self, draft: &RawDraft, analysis: &Analysis) -> Status {
        if !self.started(draft) {
            return Status::NotStarted;
        }
        let mut errors = self.findings(analysis).filter(|f| f.is_error()).peekable();
        if errors.peek().is_none() {
            return Status::Complete;
        }
        if errors.all(|f| is_missing_answer(&f.message)) {
            Status::InProgress
        } else {
            Status::HasErrors
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    HasErrors,
    Complete,
}

/// Whether a message only says an answer is still missing (as opposed to an answer breaking a rule).
pub fn is_missing_answer(m: &Message) -> bool {
    use Message::*;
    matches!(
        m,
        CategoryRequired
            | DescriptionRequired
            | BearerRequired
            | YearRequired
            | AmountRequired
            | VatRateRequired
            | BudgetEmpty
            | GrantRequired
            | TooFewMunicipalities { .. }
            | MunicipalityRequired
            | AuthorityNameRequired
            | BusinessIdRequired
            | ContactNameRequired
            | EmailRequired
            | PhoneRequired
            | RoleRequired
            | CommitmentRequired
            | TargetRequired
            | ExclusionUnanswered
            | MunicipalTaskUnconfirmed
            | LeadResponsibilityUnconfirmed
            | ProjectNameRequired
            | SummaryRequired
            | StartRequired
            | EndRequired
            | AnswerRequired
            | RisksRequired
            | PackagesRequired
            | IndicatorsRequired
            | FieldRequired
            | ResponsibleRequired
            | RiskDescriptionRequired
            | ScaleRequired
            | MitigationRequired
            | OwnerRequired
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_names_its_section_and_nothing_else() {
        for s in Section::ALL {
            assert_eq!(Section::from_slug(s.slug()), Some(s));
        }
        assert_eq!(Section::from_slug("budjetti"), None);
        assert_eq!(Section::from_slug(""), None);
    }
}
