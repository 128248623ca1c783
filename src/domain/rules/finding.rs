//! Findings: what the rules say about a draft. Rules never fail; they return findings, each with the
//! rule that produced it, how serious it is, the field it is about, a message (a key with typed
//! parameters, translated by the UI) and the source passage it rests on.

use crate::domain::draft::{LineId, RawDraft};
use crate::domain::vocabulary::business_id::BusinessIdError;
use crate::domain::vocabulary::call::{Assumed, CallProfile, CostCategory};
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::money::{Money, MoneyError};
use crate::domain::vocabulary::questions::Question;
use crate::domain::vocabulary::targets::Exclusion;
use time::Date;

/// An error blocks submission; a warning advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// The rules, by stable id (used in exports and by `hakemus-check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// The draft names a call profile that exists.
    CallKnown,
    /// Amounts are euros and cents: at least zero, at most two decimals.
    AmountFormat,
    /// Every line says what, who, when and how much.
    LineComplete,
    /// A line's VAT rate is one in force; a typed VAT amount fits the line.
    VatAmount,
    /// Costs fall inside the project period.
    ProjectPeriod,
    /// Only eligible cost categories count towards the eligible base.
    EligibleCategory,
    /// A software licence counts only with a justification of necessity.
    LicenceJustification,
    /// An internal charge counts only when based on booked actual costs.
    InternalCharge,
    /// The budget has at least one line.
    BudgetNotEmpty,
    /// The requested grant is a positive amount.
    GrantPositive,
    /// The requested grant is at most the call's share of the eligible base.
    GrantMaxShare,
    /// The project has at least the call's minimum number of distinct municipalities.
    MinMunicipalities,
    /// Each applicant is a municipality of the register or a named joint municipal authority.
    ApplicantIdentified,
    /// No organisation is listed twice (same municipality, business ID or authority name).
    ApplicantUnique,
    /// A business ID (Y-tunnus) has the right form and check digit.
    BusinessIdValid,
    /// Each applicant has a contact person who can be reached.
    ContactValid,
    /// Each partner states its role and commitment.
    PartnerCommitted,
    /// The project pursues at least one of the call's targets.
    TargetChosen,
    /// The project is in none of the call's excluded areas.
    NotExcluded,
    /// The work is a municipal task under the Local Government Act.
    MunicipalTask,
    /// The lead answers for the use of the grant in the whole project.
    LeadResponsible,
    /// The project has a name and a summary.
    ProjectDescribed,
    /// Each question the call asks is answered (a required one: an error; an advisory one: a
    /// warning), within the call's length limit where it states one.
    QuestionAnswered,
    /// Where the optional digital maturity is given, the target is above the current level (a warning).
    Maturity,
    /// The risks are assessed: each complete, owned by an applicant (none at all: a warning).
    RisksAssessed,
    /// The work packages lie inside the project period, each with a responsible applicant (none at
    /// all: a warning).
    ScheduleSet,
    /// The change in operations is followed by indicators with baseline, target, method and timing
    /// (none at all: a warning).
    ChangeMonitored,
    /// A date given for a council's or board's decision is a real date.
    DecisionDate,
    /// Each partner asked for its part has returned it, and what was merged is still as merged (a
    /// warning: the lead may have reasons).
    PartnerReturned,
}

impl RuleId {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::CallKnown => "call-known",
            RuleId::AmountFormat => "amount-format",
            RuleId::LineComplete => "line-complete",
            RuleId::VatAmount => "vat-amount",
            RuleId::ProjectPeriod => "project-period",
            RuleId::EligibleCategory => "eligible-category",
            RuleId::LicenceJustification => "licence-justification",
            RuleId::InternalCharge => "internal-charge",
            RuleId::BudgetNotEmpty => "budget-not-empty",
            RuleId::GrantPositive => "grant-positive",
            RuleId::GrantMaxShare => "grant-max-share",
            RuleId::MinMunicipalities => "min-municipalities",
            RuleId::ApplicantIdentified => "applicant-identified",
            RuleId::ApplicantUnique => "applicant-unique",
            RuleId::BusinessIdValid => "business-id-valid",
            RuleId::ContactValid => "contact-valid",
            RuleId::PartnerCommitted => "partner-committed",
            RuleId::TargetChosen => "target-chosen",
            RuleId::NotExcluded => "not-excluded",
            RuleId::MunicipalTask => "municipal-task",
            RuleId::LeadResponsible => "lead-responsible",
            RuleId::ProjectDescribed => "project-described",
            RuleId::QuestionAnswered => "question-answered",
            RuleId::Maturity => "maturity",
            RuleId::RisksAssessed => "risks-assessed",
            RuleId::ScheduleSet => "schedule-set",
            RuleId::ChangeMonitored => "change-monitored",
            RuleId::DecisionDate => "decision-date",
            RuleId::PartnerReturned => "partner-returned",
        }
    }
}

/// A field of a budget line, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineField {
    Category,
    Description,
    Bearer,
    Year,
    Amount,
    VatRate,
    VatOverride,
    InternalChargeActual,
    Justification,
    /// Whether the amount includes VAT (compared, never a finding's place).
    Basis,
    /// Whether the cost is an internal charge (compared, never a finding's place).
    InternalCharge,
}

impl LineField {
    /// The field's name in the raw draft and in exports.
    pub fn key(self) -> &'static str {
        match self {
            LineField::Category => "category",
            LineField::Description => "description",
            LineField::Bearer => "bearer",
            LineField::Year => "year",
            LineField::Amount => "amount",
            LineField::VatRate => "vat_rate",
            LineField::VatOverride => "vat_override",
            LineField::InternalChargeActual => "internal_charge_actual",
            LineField::Justification => "justification",
            LineField::Basis => "basis",
            LineField::InternalCharge => "internal_charge",
        }
    }
}

/// A field of a work package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PackageField {
    Name,
    Start,
    End,
    Responsible,
}

impl PackageField {
    pub fn key(self) -> &'static str {
        match self {
            PackageField::Name => "name",
            PackageField::Start => "start",
            PackageField::End => "end",
            PackageField::Responsible => "responsible",
        }
    }
}

/// A field of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndicatorField {
    Name,
    Baseline,
    Target,
    Method,
    Timing,
}

impl IndicatorField {
    pub fn key(self) -> &'static str {
        match self {
            IndicatorField::Name => "name",
            IndicatorField::Baseline => "baseline",
            IndicatorField::Target => "target",
            IndicatorField::Method => "method",
            IndicatorField::Timing => "timing",
        }
    }
}

/// A field of a risk, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RiskField {
    Description,
    Likelihood,
    Impact,
    Mitigation,
    Owner,
}

impl RiskField {
    pub fn key(self) -> &'static str {
        match self {
            RiskField::Description => "description",
            RiskField::Likelihood => "likelihood",
            RiskField::Impact => "impact",
            RiskField::Mitigation => "mitigation",
            RiskField::Owner => "owner",
        }
    }
}

/// A field of the project part, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProjectField {
    NameFi,
    NameSv,
    NameEn,
    Summary,
    Start,
    End,
}

impl ProjectField {
    pub fn key(self) -> &'static str {
        match self {
            ProjectField::NameFi => "name_fi",
            ProjectField::NameSv => "name_sv",
            ProjectField::NameEn => "name_en",
            ProjectField::Summary => "summary",
            ProjectField::Start => "start",
            ProjectField::End => "end",
        }
    }
}

/// A field of an applicant, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ApplicantField {
    Municipality,
    Name,
    BusinessId,
    ContactName,
    ContactEmail,
    ContactPhone,
    Role,
    Commitment,
    SignatoryName,
    SignatoryTitle,
    OwnFinancing,
    DecisionBody,
    DecisionDate,
    DecisionSection,
    DecisionPlanned,
    /// The partner's part as a whole: its request and contributions.
    Exchange,
}

impl ApplicantField {
    /// The field's name in the raw draft and in exports.
    pub fn key(self) -> &'static str {
        match self {
            ApplicantField::Municipality => "municipality",
            ApplicantField::Name => "name",
            ApplicantField::BusinessId => "business_id",
            ApplicantField::ContactName => "contact_name",
            ApplicantField::ContactEmail => "contact_email",
            ApplicantField::ContactPhone => "contact_phone",
            ApplicantField::Role => "role",
            ApplicantField::Commitment => "commitment",
            ApplicantField::SignatoryName => "signatory_name",
            ApplicantField::SignatoryTitle => "signatory_title",
            ApplicantField::OwnFinancing => "own_financing",
            ApplicantField::DecisionBody => "decision_body",
            ApplicantField::DecisionDate => "decision_date",
            ApplicantField::DecisionSection => "decision_section",
            ApplicantField::DecisionPlanned => "decision_planned",
            ApplicantField::Exchange => "exchange",
        }
    }
}

/// The field a finding is about. Lines are addressed by id, so a path stays valid when lines move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldPath {
    Call,
    Project(ProjectField),
    /// The applicants as a whole (e.g. too few of them).
    Applicants,
    Applicant {
        id: LineId,
        field: ApplicantField,
    },
    /// The targets as a whole (none chosen).
    Targets,
    /// The answer to one exclusion question.
    Exclusion(Exclusion),
    MunicipalTask,
    LeadResponsible,
    /// A written answer.
    Answer(Question),
    /// The schedule as a whole (no work packages yet).
    Schedule,
    WorkPackage {
        id: LineId,
        field: PackageField,
    },
    /// The indicators as a whole (none yet).
    Indicators,
    Indicator {
        id: LineId,
        field: IndicatorField,
    },
    /// The risk register as a whole (no risks yet).
    Risks,
    Risk {
        id: LineId,
        field: RiskField,
    },
    MaturityNow,
    MaturityTarget,
    /// The budget as a whole (e.g. it has no lines).
    Budget,
    BudgetLine {
        id: LineId,
        field: LineField,
    },
    RequestedGrant,
}

impl FieldPath {
    /// The id of the element that shows the field; the UI and the error summary's links use it.
    pub fn dom_id(self) -> String {
        match self {
            FieldPath::Call => "call".into(),
            FieldPath::Project(f) => format!("project-{}", f.key()),
            FieldPath::Applicants => "applicants".into(),
            FieldPath::Applicant { id, field } => format!("applicant-{id}-{}", field.key()),
            FieldPath::Targets => "targets".into(),
            FieldPath::Exclusion(e) => format!("exclusion-{}", e.id()),
            FieldPath::MunicipalTask => "municipal-task".into(),
            FieldPath::LeadResponsible => "lead-responsible".into(),
            FieldPath::Answer(q) => format!("answer-{}", q.id()),
            FieldPath::Schedule => "schedule".into(),
            FieldPath::WorkPackage { id, field } => format!("package-{id}-{}", field.key()),
            FieldPath::Indicators => "indicators".into(),
            FieldPath::Indicator { id, field } => format!("indicator-{id}-{}", field.key()),
            FieldPath::Risks => "risks".into(),
            FieldPath::Risk { id, field } => format!("risk-{id}-{}", field.key()),
            FieldPath::MaturityNow => "maturity-now".into(),
            FieldPath::MaturityTarget => "maturity-target".into(),
            FieldPath::Budget => "budget-lines".into(),
            FieldPath::BudgetLine { id, field } => format!("line-{id}-{}", field.key()),
            FieldPath::RequestedGrant => "requested-grant".into(),
        }
    }

    /// The path in the exported JSON, e.g. `application.budget.lines[3].amount`; lines by position.
    pub fn json_path(self, draft: &RawDraft) -> String {
        match self {
            FieldPath::Call => "application.call".into(),
            FieldPath::Project(f) => format!("application.project.{}", f.key()),
            FieldPath::Applicants => "application.applicants".into(),
            FieldPath::Targets => "application.targets".into(),
            FieldPath::Exclusion(e) => format!("application.exclusions.{}", e.id()),
            FieldPath::MunicipalTask => "application.municipal_task".into(),
            FieldPath::LeadResponsible => "application.lead_responsible".into(),
            FieldPath::Answer(q) => format!("application.answers.{}", q.id()),
            FieldPath::Schedule => "application.schedule".into(),
            FieldPath::WorkPackage { id, field } => match draft.schedule.iter().position(|w| w.id == id) {
                Some(i) => format!("application.schedule[{i}].{}", field.key()),
                None => format!("application.schedule[id={id}].{}", field.key()),
            },
            FieldPath::Indicators => "application.indicators".into(),
            FieldPath::Indicator { id, field } => match draft.indicators.iter().position(|x| x.id == id) {
                Some(i) => format!("application.indicators[{i}].{}", field.key()),
                None => format!("application.indicators[id={id}].{}", field.key()),
            },
            FieldPath::Risks => "application.risks".into(),
            FieldPath::Risk { id, field } => match draft.risks.iter().position(|r| r.id == id) {
                Some(i) => format!("application.risks[{i}].{}", field.key()),
                None => format!("application.risks[id={id}].{}", field.key()),
            },
            FieldPath::MaturityNow => "application.maturity_now".into(),
            FieldPath::MaturityTarget => "application.maturity_target".into(),
            FieldPath::Applicant { id, field } => match draft.applicants.iter().position(|a| a.id == id) {
                Some(i) => format!("application.applicants[{i}].{}", field.key()),
                None => format!("application.applicants[id={id}].{}", field.key()),
            },
            FieldPath::Budget => "application.budget.lines".into(),
            FieldPath::BudgetLine { id, field } => match draft.line_index(id) {
                Some(i) => format!("application.budget.lines[{i}].{}", field.key()),
                None => format!("application.budget.lines[id={id}].{}", field.key()),
            },
            FieldPath::RequestedGrant => "application.budget.requested_grant".into(),
        }
    }
}

/// What a finding says, with the values the sentence needs. The UI turns it into words per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    UnknownCall {
        id: String,
    },
    CategoryRequired,
    DescriptionRequired,
    BearerRequired,
    BearerUnknown {
        typed: String,
    },
    YearRequired,
    YearInvalid {
        typed: String,
    },
    YearAfterProjectEnd {
        year: i32,
        end: Date,
    },
    /// The year is outside the years of the project's own period (a warning).
    YearOutsidePeriod {
        year: i32,
        start: Date,
        end: Date,
    },
    AmountRequired,
    AmountInvalid {
        typed: String,
        reason: MoneyError,
    },
    VatRateRequired,
    VatOverrideInvalid {
        typed: String,
        reason: MoneyError,
    },
    VatExceedsAmount {
        vat: Money,
        amount: Money,
    },
    VatDiffersFromRate {
        vat: Money,
        computed: Money,
    },
    CategoryIneligible {
        category: CostCategory,
    },
    LicenceWithoutJustification,
    InternalChargeNotConfirmed,
    BudgetEmpty,
    GrantRequired,
    GrantInvalid {
        typed: String,
        reason: MoneyError,
    },
    GrantNotPositive,
    GrantExceedsMaximum {
        requested: Money,
        maximum: Money,
        base: Money,
    },
    TotalTooLarge,
    TooFewMunicipalities {
        min: u32,
        count: usize,
    },
    MunicipalityRequired,
    MunicipalityUnknown {
        typed: String,
    },
    AuthorityNameRequired,
    /// The same organisation as applicant number `first` (1-based).
    DuplicateApplicant {
        first: usize,
    },
    BusinessIdRequired,
    BusinessIdInvalid {
        typed: String,
        reason: BusinessIdError,
    },
    ContactNameRequired,
    EmailRequired,
    EmailInvalid {
        typed: String,
    },
    PhoneRequired,
    PhoneInvalid {
        typed: String,
    },
    RoleRequired,
    CommitmentRequired,
    TargetRequired,
    /// A chosen target the call does not offer (another call's): it does not count (a warning).
    TargetNotOffered {
        target: crate::domain::vocabulary::targets::Target,
    },
    ExclusionUnanswered,
    ExcludedArea {
        exclusion: Exclusion,
    },
    MunicipalTaskUnconfirmed,
    LeadResponsibilityUnconfirmed,
    /// Applicants in Åland (by municipality code), where the Local Government Act does not apply.
    AlandMunicipalLaw {
        codes: Vec<String>,
    },
    ProjectNameRequired,
    SummaryRequired,
    StartRequired,
    EndRequired,
    DateInvalid {
        typed: String,
    },
    EndBeforeStart,
    AnswerRequired,
    /// An advisory question left empty.
    AnswerAdvised,
    /// A question the call's own document does not ask, taken from the call `call` (an id), left
    /// empty (a warning).
    AnswerTakenFrom {
        call: String,
    },
    /// The risk register is empty (a warning: the sources ask for a risk assessment as a description).
    RisksRequired,
    /// No work packages (a warning: the schedule is asked as a description).
    PackagesRequired,
    /// No indicators (a warning: the monitoring is asked as a description).
    IndicatorsRequired,
    FieldRequired,
    ResponsibleRequired,
    ResponsibleUnknown {
        typed: String,
    },
    OutsidePeriod {
        start: Date,
        end: Date,
    },
    RiskDescriptionRequired,
    ScaleRequired,
    MitigationRequired,
    OwnerRequired,
    OwnerUnknown {
        typed: String,
    },
    AnswerTooLong {
        max: usize,
        chars: usize,
    },
    MaturityNotRaised,
    /// The project ends on the day its final report is due.
    EndOnReportDeadline {
        limit: Date,
    },
    EndAfterLimit {
        limit: Date,
    },
    FinancingInvalid {
        typed: String,
        reason: MoneyError,
    },
    /// A partner asked for its part (on `requested_at`, RFC 3339) has not returned it.
    PartnerNotReturned {
        requested_at: String,
    },
    /// A returned contribution has not been merged (or refused) yet.
    PartnerNotMerged {
        received_at: String,
    },
    /// The partner's part has been changed since its contribution was merged (on `merged_at`).
    PartnerChangedSinceMerged {
        merged_at: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    pub path: FieldPath,
    pub message: Message,
    pub citation: Option<Citation>,
    /// The rule the call's profile assumes (borrows from another call's document) that this finding
    /// rests on: the finding is a warning, and its text says "assumed" (`i18n::finding_message`).
    pub assumed: Option<Assumed>,
}

impl Finding {
    pub fn error(rule: RuleId, path: FieldPath, message: Message) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            path,
            message,
            citation: None,
            assumed: None,
        }
    }

    pub fn warning(rule: RuleId, path: FieldPath, message: Message) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            path,
            message,
            citation: None,
            assumed: None,
        }
    }

    /// Where the call's profile assumes `rule` rather than its own document stating it
    /// (docs/rules.md, principle 2), the finding is a warning marked as resting on an assumption;
    /// otherwise it is as it was.
    pub fn assumed_in(mut self, call: &CallProfile, rule: Assumed) -> Finding {
        if call.assumes(rule) {
            self.severity = Severity::Warning;
            self.assumed = Some(rule);
        }
        self
    }

    pub fn cite(mut self, citation: Citation) -> Finding {
        self.citation = Some(citation);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_the_field_in_the_export_and_in_the_page() {
        let mut d = RawDraft::default();
        let _first = d.add_line();
        let second = d.add_line();
        let path = FieldPath::BudgetLine {
            id: second,
            field: LineField::Amount,
        };
        assert_eq!(path.json_path(&d), "application.budget.lines[1].amount");
        assert_eq!(path.dom_id(), format!("line-{second}-amount"));
        assert_eq!(
            FieldPath::RequestedGrant.json_path(&d),
            "application.budget.requested_grant"
        );
        let gone = FieldPath::BudgetLine {
            id: 99,
            field: LineField::Year,
        };
        assert_eq!(gone.json_path(&d), "application.budget.lines[id=99].year");
    }
}
