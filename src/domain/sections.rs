//! The parts of the application and their status in the task list (GOV.UK task-list pattern): not
//! started, in progress (answers missing), has errors (an answer breaks a rule), complete.

use crate::domain::analysis::Analysis;
use crate::domain::draft::RawDraft;
use crate::domain::finding::{FieldPath, Finding, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Project,
    Applicants,
    Targets,
    Budget,
}

impl Section {
    /// In the order of the form.
    pub const ALL: [Section; 4] = [Section::Project, Section::Applicants, Section::Targets, Section::Budget];

    /// The URL path of the section's page.
    pub fn slug(self) -> &'static str {
        match self {
            Section::Project => "project",
            Section::Applicants => "applicants",
            Section::Targets => "targets",
            Section::Budget => "budget",
        }
    }

    /// The section a field is shown in (the call belongs to the project part).
    pub fn of(path: FieldPath) -> Option<Section> {
        match path {
            FieldPath::Call | FieldPath::Project(_) => Some(Section::Project),
            FieldPath::Applicants | FieldPath::Applicant { .. } => Some(Section::Applicants),
            FieldPath::Targets | FieldPath::Exclusion(_) | FieldPath::MunicipalTask => Some(Section::Targets),
            FieldPath::Budget | FieldPath::BudgetLine { .. } | FieldPath::RequestedGrant => Some(Section::Budget),
        }
    }

    pub fn previous(self) -> Option<Section> {
        let i = Section::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|i| Section::ALL[i])
    }

    pub fn next(self) -> Option<Section> {
        let i = Section::ALL.iter().position(|s| *s == self)?;
        Section::ALL.get(i + 1).copied()
    }

    /// Whether the user has entered anything in the section.
    pub fn started(self, draft: &RawDraft) -> bool {
        match self {
            Section::Project => draft.project != Default::default(),
            Section::Applicants => !draft.applicants.is_empty(),
            Section::Targets => !draft.targets.is_empty() || !draft.exclusions.is_empty() || draft.municipal_task,
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
            | TooFewApplicants { .. }
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
            | ProjectNameRequired
            | SummaryRequired
            | StartRequired
            | EndRequired
    )
}
