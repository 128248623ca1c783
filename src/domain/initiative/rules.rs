//! What the slides ask of an initiative and of an expression of interest (docs/rules.md §10), as
//! findings: each with its rule, severity, field, message (a key with typed values, put into words
//! by `i18n::initiative`) and the passage it rests on. Rules never fail.
//!
//! Only what seed 000 states is an error: an initiative must describe five things ("Ehdotuksissa on
//! kuvattava mm."). Well-formedness is not an invented requirement either: a municipality that is
//! not in the register, an e-mail address or a phone number given but not one, an estimate that is
//! not an amount. Everything else the workshop is helped by (a title, a target, a contact, whether
//! the idea is new, the interested municipality's need) is a warning, and so is sending after the
//! phase's deadline, which the call profile gives (`vocabulary::initiative_phase`): the slides set
//! the date, not what becomes of a late initiative.

use crate::domain::draft::LineId;
use crate::domain::initiative::model::{Description, Origin, RawContact, RawInitiative, RawInterest, RawOnBoard};
use crate::domain::rules::applicants::resolve_municipality;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::{self, CallProfile};
use crate::domain::vocabulary::citation::{Citation, PhaseCitation};
use crate::domain::vocabulary::contact::{email_ok, phone_ok};
use crate::domain::vocabulary::initiative_phase;
use crate::domain::vocabulary::money::{Money, MoneyError};
use crate::domain::vocabulary::targets::Target;
use time::Date;

/// The first phase's rules, by stable id (printed by `hakemus-check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The draft names a call profile that exists.
    CallKnown,
    /// Sent by the phase's deadline (a warning after it).
    OnTime,
    /// The proposing or interested municipality, and each one on board, is a municipality of the
    /// register, each once.
    MunicipalityIdentified,
    /// A contact person who can be reached: what is given is well-formed (missing: a warning).
    ContactValid,
    /// The initiative has a title (a warning).
    TitleGiven,
    /// The initiative serves, or the interest names, at least one of the call's targets (a warning).
    TargetChosen,
    /// The five descriptions seed 000 asks for.
    Described,
    /// A cost estimate given is an amount.
    AmountFormat,
    /// Whether the idea is new or drawn from earlier work, and which (a warning).
    OriginStated,
    /// An interest names the initiatives or targets it would join (a warning).
    InterestNamed,
    /// An interest says its own need (a warning).
    NeedStated,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::CallKnown => "call-known",
            Rule::OnTime => "on-time",
            Rule::MunicipalityIdentified => "municipality-identified",
            Rule::ContactValid => "contact-valid",
            Rule::TitleGiven => "title-given",
            Rule::TargetChosen => "target-chosen",
            Rule::Described => "described",
            Rule::AmountFormat => "amount-format",
            Rule::OriginStated => "origin-stated",
            Rule::InterestNamed => "interest-named",
            Rule::NeedStated => "need-stated",
        }
    }
}

/// The field a finding is about: of an initiative or of an interest (they share the municipality
/// and the contact). A row on board is named by its id, so that the path stays when rows move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Call,
    /// When it was sent (the file's `exported_at`; on the page, the draft as a whole).
    Sent,
    Municipality,
    ContactName,
    ContactEmail,
    ContactPhone,
    Title,
    Targets,
    OnBoard(LineId),
    Description(Description),
    CostEstimate,
    Origin,
    EarlierWork,
    /// The initiatives an interest names.
    Initiatives,
    Need,
}

impl Field {
    /// The id of the element that shows the field on the page.
    pub fn dom_id(self) -> String {
        match self {
            Field::Call => "call".into(),
            Field::Sent => "sent".into(),
            Field::Municipality => "municipality".into(),
            Field::ContactName => "contact-name".into(),
            Field::ContactEmail => "contact-email".into(),
            Field::ContactPhone => "contact-phone".into(),
            Field::Title => "title".into(),
            Field::Targets => "targets".into(),
            Field::OnBoard(id) => format!("on-board-{id}"),
            Field::Description(d) => format!("description-{}", d.key().replace('_', "-")),
            Field::CostEstimate => "cost-estimate".into(),
            Field::Origin => "origin".into(),
            Field::EarlierWork => "earlier-work".into(),
            Field::Initiatives => "initiatives".into(),
            Field::Need => "need".into(),
        }
    }

    /// The path in a file, under `root` (`initiative`, `project.initiatives[2]`, `interest`): e.g.
    /// `initiative.descriptions.goals`, `initiative.on_board[1].municipality` (rows by position).
    /// When it was sent is the file's own `exported_at`.
    pub fn json_path(self, root: &str, on_board: &[RawOnBoard]) -> String {
        let field = match self {
            Field::Sent => return "exported_at".into(),
            Field::Call => "call".into(),
            Field::Municipality => "municipality".into(),
            Field::ContactName => "contact.name".into(),
            Field::ContactEmail => "contact.email".into(),
            Field::ContactPhone => "contact.phone".into(),
            Field::Title => "title".into(),
            Field::Targets => "targets".into(),
            Field::OnBoard(id) => match on_board.iter().position(|r| r.id == id) {
                Some(i) => format!("on_board[{i}].municipality"),
                None => format!("on_board[id={id}].municipality"),
            },
            Field::Description(d) => format!("descriptions.{}", d.key()),
            Field::CostEstimate => "descriptions.cost_estimate".into(),
            Field::Origin => "origin".into(),
            Field::EarlierWork => "earlier_work".into(),
            Field::Initiatives => "initiatives".into(),
            Field::Need => "need".into(),
        };
        format!("{root}.{field}")
    }
}

/// What a finding says, with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    UnknownCall {
        id: String,
    },
    /// Sent after the phase's deadline, which it names.
    AfterDeadline {
        deadline: Date,
    },
    MunicipalityRequired,
    MunicipalityUnknown {
        typed: String,
    },
    /// A row on board left empty.
    OnBoardEmpty,
    /// A municipality on board that is the proposer or an earlier row.
    OnBoardTwice,
    ContactNameAdvised,
    /// Neither an e-mail address nor a phone number.
    ReachAdvised,
    EmailInvalid {
        typed: String,
    },
    PhoneInvalid {
        typed: String,
    },
    TitleAdvised,
    TargetAdvised,
    /// A chosen target the call does not offer: it does not count.
    TargetNotOffered {
        target: Target,
    },
    DescriptionRequired,
    EstimateInvalid {
        typed: String,
        reason: MoneyError,
    },
    OriginAdvised,
    EarlierWorkAdvised,
    InterestUnnamed,
    NeedAdvised,
}

/// The passage a finding rests on: one of the call's (the decision's list of targets) or one of
/// the slides' on the first phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Call(Citation),
    Phase(PhaseCitation),
}

impl Source {
    /// Stable identifier (`hakemus-check`).
    pub fn id(self) -> &'static str {
        match self {
            Source::Call(c) => c.id(),
            Source::Phase(p) => p.id(),
        }
    }

    /// The passage in the original Finnish.
    pub fn quote_fi(self) -> &'static str {
        match self {
            Source::Call(c) => c.quote_fi(),
            Source::Phase(p) => p.quote_fi(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub field: Field,
    pub message: Message,
    pub source: Option<Source>,
}

impl Finding {
    fn error(rule: Rule, field: Field, message: Message) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            field,
            message,
            source: None,
        }
    }

    fn warning(rule: Rule, field: Field, message: Message) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(rule, field, message)
        }
    }

    fn cite(mut self, source: Source) -> Finding {
        self.source = Some(source);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The call a draft names; the joint call, with an error, where it names none that exists.
fn call_of(id: &str, findings: &mut Vec<Finding>) -> &'static CallProfile {
    call::by_id(id).unwrap_or_else(|| {
        findings.push(Finding::error(
            Rule::CallKnown,
            Field::Call,
            Message::UnknownCall { id: id.to_string() },
        ));
        call::by_id(call::DEFAULT_CALL).expect("the default call exists")
    })
}

/// Everything the rules say of an initiative, sent (or checked) on `today`, in the form's order.
pub fn check_initiative(initiative: &RawInitiative, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_on_time(&initiative.call, today, &mut findings);
    findings.extend(check_initiative_content(initiative));
    findings
}

/// What the rules say of an initiative's content, whenever it was sent (the workshop's candidate
/// project carries initiatives whose dates were checked when each came in).
pub fn check_initiative_content(i: &RawInitiative) -> Vec<Finding> {
    let mut findings = Vec::new();
    let call = call_of(&i.call, &mut findings);
    let proposer = check_municipality(&i.municipality, Field::Municipality, &mut findings);
    check_contact(&i.contact, &mut findings);
    if i.title.trim().is_empty() {
        findings.push(Finding::warning(Rule::TitleGiven, Field::Title, Message::TitleAdvised));
    }
    if !offers_any(&i.targets, call) {
        findings.push(
            Finding::warning(Rule::TargetChosen, Field::Targets, Message::TargetAdvised)
                .cite(Source::Call(call.targets_citation)),
        );
    }
    check_not_offered(&i.targets, call, &mut findings);
    let mut seen: Vec<&str> = proposer.into_iter().collect();
    for row in &i.on_board {
        let field = Field::OnBoard(row.id);
        if row.municipality.trim().is_empty() {
            findings.push(Finding::warning(
                Rule::MunicipalityIdentified,
                field,
                Message::OnBoardEmpty,
            ));
        } else if let Some(code) = check_municipality(&row.municipality, field, &mut findings) {
            if seen.contains(&code) {
                findings.push(Finding::warning(
                    Rule::MunicipalityIdentified,
                    field,
                    Message::OnBoardTwice,
                ));
            } else {
                seen.push(code);
            }
        }
    }
    let described = Source::Phase(PhaseCitation::Descriptions);
    let d = &i.descriptions;
    for description in Description::ALL {
        let given = !description.of(d).trim().is_empty()
            || (description == Description::CostPotential && !d.cost_estimate.trim().is_empty());
        if !given {
            findings.push(
                Finding::error(
                    Rule::Described,
                    Field::Description(description),
                    Message::DescriptionRequired,
                )
                .cite(described),
            );
        }
        if description == Description::CostPotential {
            let typed = d.cost_estimate.trim();
            if !typed.is_empty() {
                if let Err(reason) = Money::parse(typed) {
                    findings.push(Finding::error(
                        Rule::AmountFormat,
                        Field::CostEstimate,
                        Message::EstimateInvalid {
                            typed: typed.to_string(),
                            reason,
                        },
                    ));
                }
            }
        }
    }
    let ideas = Source::Phase(PhaseCitation::Ideas);
    match i.origin {
        Origin::Unanswered => {
            findings.push(Finding::warning(Rule::OriginStated, Field::Origin, Message::OriginAdvised).cite(ideas))
        }
        Origin::Earlier if i.earlier_work.trim().is_empty() => findings
            .push(Finding::warning(Rule::OriginStated, Field::EarlierWork, Message::EarlierWorkAdvised).cite(ideas)),
        Origin::New | Origin::Earlier => {}
    }
    findings
}

/// Everything the rules say of an expression of interest, sent (or checked) on `today`.
pub fn check_interest(interest: &RawInterest, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_on_time(&interest.call, today, &mut findings);
    findings.extend(check_interest_content(interest));
    findings
}

/// What the rules say of an interest's content, whenever it was sent.
pub fn check_interest_content(x: &RawInterest) -> Vec<Finding> {
    let mut findings = Vec::new();
    let call = call_of(&x.call, &mut findings);
    check_municipality(&x.municipality, Field::Municipality, &mut findings);
    check_contact(&x.contact, &mut findings);
    if x.initiatives.is_empty() && !offers_any(&x.targets, call) {
        findings.push(
            Finding::warning(Rule::InterestNamed, Field::Initiatives, Message::InterestUnnamed)
                .cite(Source::Phase(PhaseCitation::TwoPhase)),
        );
    }
    check_not_offered(&x.targets, call, &mut findings);
    if x.need.trim().is_empty() {
        findings.push(
            Finding::warning(Rule::NeedStated, Field::Need, Message::NeedAdvised)
                .cite(Source::Phase(PhaseCitation::Ideas)),
        );
    }
    findings
}

/// After the deadline of the call's first phase (where it has one): a warning naming the date.
fn check_on_time(call: &str, today: Date, findings: &mut Vec<Finding>) {
    if let Some(phase) = initiative_phase::for_call(call) {
        if today > phase.deadline {
            findings.push(
                Finding::warning(
                    Rule::OnTime,
                    Field::Sent,
                    Message::AfterDeadline {
                        deadline: phase.deadline,
                    },
                )
                .cite(Source::Phase(phase.deadline_citation)),
            );
        }
    }
}

/// A municipality of the register: its code, or a finding (an error) and `None`.
fn check_municipality(typed: &str, field: Field, findings: &mut Vec<Finding>) -> Option<&'static str> {
    let typed = typed.trim();
    if typed.is_empty() {
        findings.push(Finding::error(
            Rule::MunicipalityIdentified,
            field,
            Message::MunicipalityRequired,
        ));
        return None;
    }
    let found = resolve_municipality(typed);
    if found.is_none() {
        findings.push(Finding::error(
            Rule::MunicipalityIdentified,
            field,
            Message::MunicipalityUnknown {
                typed: typed.to_string(),
            },
        ));
    }
    found.map(|m| m.code.as_str())
}

/// A contact: what is given well-formed (an error otherwise), a name and a way to reach them
/// advised.
fn check_contact(c: &RawContact, findings: &mut Vec<Finding>) {
    if c.name.trim().is_empty() {
        findings.push(Finding::warning(
            Rule::ContactValid,
            Field::ContactName,
            Message::ContactNameAdvised,
        ));
    }
    let (email, phone) = (c.email.trim(), c.phone.trim());
    if email.is_empty() && phone.is_empty() {
        findings.push(Finding::warning(
            Rule::ContactValid,
            Field::ContactEmail,
            Message::ReachAdvised,
        ));
    }
    if !email.is_empty() && !email_ok(email) {
        findings.push(Finding::error(
            Rule::ContactValid,
            Field::ContactEmail,
            Message::EmailInvalid {
                typed: email.to_string(),
            },
        ));
    }
    if !phone.is_empty() && !phone_ok(phone) {
        findings.push(Finding::error(
            Rule::ContactValid,
            Field::ContactPhone,
            Message::PhoneInvalid {
                typed: phone.to_string(),
            },
        ));
    }
}

/// Whether one of the targets chosen is one of the call's (unknown ids are no target at all).
fn offers_any(targets: &[String], call: &CallProfile) -> bool {
    targets
        .iter()
        .filter_map(|t| Target::from_id(t))
        .any(|t| call.targets.contains(&t))
}

/// A target chosen that another call offers (a draft of that call's phase, read under this one):
/// kept as chosen, and said, as it does not count here.
fn check_not_offered(targets: &[String], call: &CallProfile, findings: &mut Vec<Finding>) {
    for target in targets.iter().filter_map(|t| Target::from_id(t)) {
        if !call.targets.contains(&target) {
            findings.push(
                Finding::warning(Rule::TargetChosen, Field::Targets, Message::TargetNotOffered { target })
                    .cite(Source::Call(call.targets_citation)),
            );
        }
    }
}
