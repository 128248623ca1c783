//! From a candidate joint project (or one initiative) to a new application draft, already filled in
//! with what the first phase knows: the project's name, the targets, the lead and every municipality
//! of the group as applicants (as the register names them, so that the application's partner
//! requests work at once), and the initiatives' descriptions in the application's matching
//! questions. Each carried text starts with a line that says which initiative it came from, and is
//! the draft's own text from then on: edited, kept or removed like anything typed.
//!
//! The domain does not know words: the marking line and the cost estimate's sentence come from the
//! caller's [`Wording`] (the translation layer, in the user's language).

use crate::domain::draft::{ApplicantKind, RawDraft};
use crate::domain::initiative::model::{Description, Origin, RawInitiative};
use crate::domain::initiative::workshop::JointProject;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::questions::Question;

/// The words a carried text needs, in the user's language.
pub trait Wording {
    /// The line before a text carried from `initiative`, naming it (its title and proposer).
    fn carried_from(&self, initiative: &RawInitiative) -> String;
    /// The sentence that gives an initiative's cost estimate: `amount` where what was `typed` is
    /// one, else the text as typed.
    fn cost_estimate(&self, typed: &str, amount: Option<Money>) -> String;
}

/// Which application question each description answers (docs/rules.md §10.7): how the work changes
/// ways of working is the impact on operating methods; the goals and hoped-for result are the
/// project's goals ("Hankkeen tavoitteet ja toivottu lopputulos"); the significance for
/// municipalities and the usability of results are the plan for scaling and spreading the work to
/// other municipalities; the cost potential is the cost effects; the risks are the risk assessment.
pub const CARRIED: [(Description, Question); 5] = [
    (Description::WaysOfWorking, Question::ImpactOperatingMethods),
    (Description::Goals, Question::Goals),
    (Description::Significance, Question::ImpactScaling),
    (Description::CostPotential, Question::ImpactCosts),
    (Description::Risks, Question::ImpactRisks),
];

/// The earlier development work an idea draws on is the work the project builds on.
pub const EARLIER_WORK: Question = Question::PriorWorkReuse;

/// A new application draft for `project`: its call; its title as the project's (Finnish) name; the
/// targets its initiatives serve; its lead first and every other municipality of its group as
/// applicants, each as the register names it (as typed where it has none) with the contact person
/// the first phase gave; and the descriptions carried, marked, into the questions the call asks.
/// Nothing else is filled in: what the first phase cannot know (business IDs, roles, commitments,
/// the budget, …) is left for the lead.
pub fn application_draft(project: &JointProject, wording: &impl Wording) -> RawDraft {
    let mut d = RawDraft {
        call: project.call.clone(),
        ..Default::default()
    };
    d.project.name_fi = project.title.trim().to_string();
    d.targets = project.targets().into_iter().map(|t| t.id().to_string()).collect();
    for m in project.members() {
        let id = d.add_applicant(ApplicantKind::Municipality);
        let a = d.applicant_mut(id).expect("just added");
        a.municipality = m
            .who
            .register
            .map_or_else(|| m.who.typed.clone(), |r| r.name_fi.clone());
        a.contact_name = m.contact.name.trim().to_string();
        a.contact_email = m.contact.email.trim().to_string();
        a.contact_phone = m.contact.phone.trim().to_string();
    }
    let asked = call::by_id(&d.call).map(|c| c.questions.clone()).unwrap_or_default();
    let mut carry = |q: Question, texts: Vec<(&RawInitiative, String)>| {
        let parts: Vec<String> = texts
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(i, t)| format!("{}\n{}", wording.carried_from(i), t.trim()))
            .collect();
        if !parts.is_empty() && asked.contains(&q) {
            d.answers.insert(q.id(), parts.join("\n\n"));
        }
    };
    for (description, question) in CARRIED {
        let texts = project
            .initiatives
            .iter()
            .map(|i| {
                let mut text = description.of(&i.descriptions).trim().to_string();
                let typed = i.descriptions.cost_estimate.trim();
                if description == Description::CostPotential && !typed.is_empty() {
                    let estimate = wording.cost_estimate(typed, Money::parse(typed).ok());
                    text = [text, estimate].join("\n").trim().to_string();
                }
                (i, text)
            })
            .collect();
        carry(question, texts);
    }
    let earlier = project
        .initiatives
        .iter()
        .filter(|i| i.origin == Origin::Earlier)
        .map(|i| (i, i.earlier_work.clone()))
        .collect();
    carry(EARLIER_WORK, earlier);
    d
}
