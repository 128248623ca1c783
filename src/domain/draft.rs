//! The raw draft: exactly what the user typed, as strings and flags. It is always saveable and never
//! loses anything, whether or not the input is valid. Checked values are derived from it by a separate
//! pure step (`analysis::analyse`), never stored in it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Identifies a budget line for the life of the draft; handed out by the draft's own counter, so ids
/// are stable across reordering, removal and reload (no randomness needed).
pub type LineId = u64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawDraft {
    /// Id of the call profile this application answers.
    pub call: String,
    pub project: RawProject,
    /// The applicants; the first is the lead (hankehallinnoija), the others are partners.
    pub applicants: Vec<RawApplicant>,
    /// The lead commits to answer for the use of the grant in the whole project (004). Format 2 on;
    /// a file or record without it reads as not confirmed. Written only when confirmed, so that an
    /// application of format 1 exports to the same text (and fingerprint) as before.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub lead_responsible: bool,
    /// Ids of the targets the project pursues.
    pub targets: Vec<String>,
    /// The answer to each exclusion question, by exclusion id.
    pub exclusions: std::collections::BTreeMap<String, YesNo>,
    /// The applicants confirm the work is a municipal task (kuntalaki 410/2015 § 7).
    pub municipal_task: bool,
    /// Written answers, by question id, as typed.
    pub answers: std::collections::BTreeMap<String, String>,
    /// Digital maturity (VTT model, "1".."5") now and targeted.
    pub maturity_now: String,
    pub maturity_target: String,
    pub budget: RawBudget,
    /// The risk register.
    pub risks: Vec<RawRisk>,
    /// The schedule: work packages and milestones.
    pub schedule: Vec<RawWorkPackage>,
    /// Indicators that follow the change in operations.
    pub indicators: Vec<RawIndicator>,
    /// The next id to hand out. Kept above every id in use (see `repair_ids`).
    pub next_id: LineId,
    /// What names the project in the partners' requests and contributions, whatever is edited later
    /// (a fingerprint of the content would change with every edit). Given when the first request is
    /// made; empty before. Format 3 on.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub project_id: String,
    /// The lead's requests to partners, with every contribution received (see `exchange::partner`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schemars(skip)]
    pub partner_requests: Vec<PartnerRequest>,
    /// Set when this draft is a partner's own part, made from a lead's request: the partner fills in
    /// only its own part and exports it as a contribution.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub partner_of: Option<PartnerOf>,
}

impl Default for RawDraft {
    fn default() -> Self {
        RawDraft {
            call: crate::domain::vocabulary::call::DEFAULT_CALL.to_string(),
            project: RawProject::default(),
            applicants: Vec::new(),
            lead_responsible: false,
            targets: Vec::new(),
            exclusions: Default::default(),
            municipal_task: false,
            answers: Default::default(),
            maturity_now: String::new(),
            maturity_target: String::new(),
            budget: RawBudget::default(),
            risks: Vec::new(),
            schedule: Vec::new(),
            indicators: Vec::new(),
            next_id: 1,
            project_id: String::new(),
            partner_requests: Vec::new(),
            partner_of: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawBudget {
    pub lines: Vec<RawBudgetLine>,
    /// The grant applied for, as typed (in an export: a decimal string such as `1200.50`).
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub requested_grant: String,
}

/// The project's name, summary and period, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawProject {
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: String,
    pub summary: String,
    /// Start and end dates as typed (`2020-03-01` or `1.3.2020`; in an export always ISO 8601).
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
}

impl RawProject {
    /// The project's name as one shows it: the Finnish name, or the Swedish one where only that is
    /// given (the 2019 decision granted "Den it-smarta kommunen", named in Swedish only); "" when neither.
    pub fn name(&self) -> &str {
        match self.name_fi.trim() {
            "" => self.name_sv.trim(),
            fi => fi,
        }
    }
}

/// A risk as typed: likelihood and impact are "1".."5", the owner is an applicant's id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawRisk {
    pub id: LineId,
    pub description: String,
    pub likelihood: String,
    pub impact: String,
    pub mitigation: String,
    pub owner: String,
}

/// A work package or milestone as typed; `responsible` is an applicant's id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawWorkPackage {
    pub id: LineId,
    pub name: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
    pub responsible: String,
}

/// An indicator as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawIndicator {
    pub id: LineId,
    pub name: String,
    pub baseline: String,
    pub target: String,
    pub method: String,
    pub timing: String,
}

/// An answer to a yes/no question; unanswered until the user chooses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum YesNo {
    #[default]
    Unanswered,
    Yes,
    No,
}

/// A municipality (from the official register) or a joint municipal authority (kuntayhtymä, by name).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ApplicantKind {
    #[default]
    Municipality,
    Authority,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawApplicant {
    pub id: LineId,
    pub kind: ApplicantKind,
    /// The municipality as typed or picked: its Finnish or Swedish name, or its code (kuntanumero).
    pub municipality: String,
    /// The name of a joint municipal authority.
    pub name: String,
    /// Business ID (Y-tunnus) as typed.
    pub business_id: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// A partner's role in the project.
    pub role: String,
    /// What a partner commits to (work, money, results).
    pub commitment: String,
    /// The person with signing authority, and their title. Format 3 on, like the fields below; each
    /// written only when given, so an application of format 2 exports to the same text as before.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub signatory_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub signatory_title: String,
    /// The applicant's own financing of the project, as typed (in an export: a decimal string).
    #[serde(skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub own_financing: String,
    /// The decision of the applicant's council or board to take part: the body, the date (in an
    /// export ISO 8601) and the section (pykälä); or, before it is made, when it will be.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_body: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub decision_date: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_section: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_planned: String,
    /// In a file only (application format 4 on, partner files 2 on), written by the export beside
    /// what was typed in `municipality`: the municipality of the register it names. Derived, never
    /// kept in a draft: a file's is checked against the register on reading and then dropped.
    /// Empty (not written) where there is none. Not an `Option`: its reader cost the drafter's wasm.
    #[serde(skip_serializing_if = "ResolvedMunicipality::is_empty")]
    pub resolved_municipality: ResolvedMunicipality,
}

/// The municipality of the 2020 register an applicant's typed text names, as a file carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ResolvedMunicipality {
    /// Statistics Finland's three-digit code (kuntanumero), leading zeros kept.
    #[schemars(regex(pattern = r"^[0-9]{3}$"))]
    pub code: String,
    /// The official Finnish name.
    pub name_fi: String,
    /// The official Swedish name (the Finnish one where there is no other).
    pub name_sv: String,
}

impl ResolvedMunicipality {
    /// None resolved (what a draft always holds).
    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }
}

/// A partner's own part of the application: its applicant entry (identity, contacts, signatory,
/// role and commitment, own financing, decision) and the budget lines it bears.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct PartnerPart {
    pub applicant: RawApplicant,
    pub lines: Vec<RawBudgetLine>,
}

impl RawDraft {
    /// The part of the applicant `id` as it is in the draft now (`None` if it is not an applicant).
    pub fn partner_part(&self, id: LineId) -> Option<PartnerPart> {
        let applicant = self.applicants.iter().find(|a| a.id == id)?.clone();
        let bearer = id.to_string();
        let lines = self
            .budget
            .lines
            .iter()
            .filter(|l| l.bearer.trim() == bearer)
            .cloned()
            .collect();
        Some(PartnerPart { applicant, lines })
    }

    /// Puts `part` in place of the applicant's part: its applicant entry, and its lines where its
    /// lines were (new ones after the last of them, or at the end); lines it no longer has go.
    pub fn set_partner_part(&mut self, id: LineId, part: PartnerPart) {
        let Some(index) = self.applicants.iter().position(|a| a.id == id) else {
            return;
        };
        self.applicants[index] = RawApplicant { id, ..part.applicant };
        let bearer = id.to_string();
        let mut incoming: Vec<RawBudgetLine> = part
            .lines
            .into_iter()
            .map(|l| RawBudgetLine {
                bearer: bearer.clone(),
                ..l
            })
            .collect();
        let mut lines = Vec::with_capacity(self.budget.lines.len() + incoming.len());
        let mut last_own = None;
        for line in std::mem::take(&mut self.budget.lines) {
            if line.bearer.trim() != bearer {
                lines.push(line);
            } else if let Some(i) = incoming.iter().position(|l| l.id == line.id) {
                lines.push(incoming.remove(i));
                last_own = Some(lines.len());
            }
        }
        let at = last_own.unwrap_or(lines.len());
        lines.splice(at..at, incoming);
        self.budget.lines = lines;
        self.repair_ids();
    }
}

/// A request the lead made to a partner, and what came back. Kept in the lead's draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct PartnerRequest {
    /// Names the request in its file and in the contribution that answers it.
    pub request_id: String,
    /// The partner: an applicant's id.
    pub applicant: LineId,
    /// When the request was made, RFC 3339.
    pub requested_at: String,
    /// The lead's words to the partner.
    pub message: String,
    /// The partner's part as the request carried it: the base the lead's and the partner's later
    /// changes are told apart from.
    pub sent: PartnerPart,
    /// Every contribution received for this request, oldest first.
    pub returns: Vec<PartnerReturn>,
    /// Contribution line ids (new lines of the partner) → the ids they were given in this draft.
    pub line_ids: std::collections::BTreeMap<LineId, LineId>,
}

/// A contribution received, and whether and how it was merged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct PartnerReturn {
    /// The contribution's fingerprint: the same file, or the same content again, is recognised.
    pub fingerprint: String,
    /// When the partner exported it, and when the lead read it (RFC 3339).
    pub exported_at: String,
    pub received_at: String,
    /// The partner's part as the contribution gave it (line ids as in the contribution).
    pub part: PartnerPart,
    /// When it was merged (RFC 3339); empty while it is not.
    pub merged_at: String,
    /// The partner's part in this draft just before the merge (to undo it) and just after (to tell
    /// whether it has been changed since).
    pub before: Option<PartnerPart>,
    pub after: Option<PartnerPart>,
}

/// What a partner's draft knows of the request it answers (see `formats::partner`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct PartnerOf {
    pub project_id: String,
    pub request_id: String,
    pub requested_at: String,
    /// The lead as the request named it.
    pub lead: RawApplicant,
    pub message: String,
    /// The partner's part as the request carried it.
    pub sent: PartnerPart,
}

/// Whether the typed amount of a line is without VAT (the default) or includes it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AmountBasis {
    #[default]
    Net,
    Gross,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct RawBudgetLine {
    pub id: LineId,
    /// A `CostCategory` id, or empty when not chosen yet.
    pub category: String,
    pub description: String,
    /// Which applicant bears the cost: the applicant's id.
    pub bearer: String,
    pub year: String,
    /// The amount as typed (in an export: a decimal string such as `1200.50`); `basis` tells
    /// whether it includes VAT.
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    pub basis: AmountBasis,
    /// VAT rate in percent as chosen ("24", "14", "10", "0"), or empty.
    pub vat_rate: String,
    /// A VAT amount typed over the computed one (in an export: a decimal string); empty means
    /// "compute from the rate".
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub vat_override: String,
    /// The cost is charged by the applicant's own unit (internal charge).
    pub internal_charge: bool,
    /// The applicant confirms the internal charge is based on booked actual costs.
    pub internal_charge_actual: bool,
    /// Why a software licence is necessary for the development project.
    pub justification: String,
}

/// Something in a list of the draft, named by an id from the draft's counter.
pub trait Item {
    fn id(&self) -> LineId;
}

macro_rules! item {
    ($($t:ty),*) => { $(impl Item for $t { fn id(&self) -> LineId { self.id } })* };
}
item!(RawBudgetLine, RawApplicant, RawRisk, RawWorkPackage, RawIndicator);

/// Removes the item with `id` and returns it with its position, so it can be put back (undo).
pub fn remove_item<T: Item>(items: &mut Vec<T>, id: LineId) -> Option<(usize, T)> {
    let index = items.iter().position(|x| x.id() == id)?;
    Some((index, items.remove(index)))
}

/// Puts a removed item back where it was (or at the end, if the list has shrunk since).
pub fn restore_item<T>(items: &mut Vec<T>, index: usize, item: T) {
    let index = index.min(items.len());
    items.insert(index, item);
}

pub fn item_mut<T: Item>(items: &mut [T], id: LineId) -> Option<&mut T> {
    items.iter_mut().find(|x| x.id() == id)
}

impl RawDraft {
    /// Moves the answers to questions that are now part of another into that question, so that
    /// nothing written under format 1 is lost (`questions::MERGED`). Each text keeps the label it was
    /// written under: "<label>:\n<text>", the texts apart by a blank line. Runs on every draft read
    /// from storage or a file; a draft with no retired answers is left as it is.
    pub fn merge_retired_answers(&mut self) {
        use crate::domain::vocabulary::questions::MERGED;
        let mut targets: Vec<_> = MERGED.iter().map(|m| m.into).collect();
        targets.sort();
        targets.dedup();
        for target in targets {
            let retired: Vec<&_> = MERGED.iter().filter(|m| m.into == target).collect();
            let moved: Vec<(&str, String)> = retired
                .iter()
                .filter_map(|m| self.answers.remove(m.id).map(|text| (m.label_fi, text)))
                .filter(|(_, text)| !text.trim().is_empty())
                .collect();
            if moved.is_empty() {
                continue;
            }
            let key = target.id();
            let kept = self.answers.remove(&key).unwrap_or_default();
            let mut parts = Vec::new();
            if !kept.trim().is_empty() {
                parts.push(format!("{}:\n{kept}", retired[0].into_label_fi));
            }
            parts.extend(moved.into_iter().map(|(label, text)| format!("{label}:\n{text}")));
            self.answers.insert(key, parts.join("\n\n"));
        }
    }

    /// Hands out the next id (for any list of the draft).
    pub fn take_id(&mut self) -> LineId {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Appends an applicant (the first one added is the lead) and returns its id.
    pub fn add_applicant(&mut self, kind: ApplicantKind) -> LineId {
        let id = self.take_id();
        self.applicants.push(RawApplicant {
            id,
            kind,
            ..Default::default()
        });
        id
    }

    /// Makes an applicant the lead: it moves first, the others keep their order.
    pub fn make_lead(&mut self, id: LineId) {
        if let Some(index) = self.applicants.iter().position(|a| a.id == id) {
            let lead = self.applicants.remove(index);
            self.applicants.insert(0, lead);
        }
    }

    pub fn applicant_mut(&mut self, id: LineId) -> Option<&mut RawApplicant> {
        self.applicants.iter_mut().find(|a| a.id == id)
    }

    /// Appends an empty risk and returns its id.
    pub fn add_risk(&mut self) -> LineId {
        let id = self.take_id();
        self.risks.push(RawRisk {
            id,
            ..Default::default()
        });
        id
    }

    /// Appends an empty line and returns its id.
    pub fn add_line(&mut self) -> LineId {
        let id = self.take_id();
        self.budget.lines.push(RawBudgetLine {
            id,
            ..Default::default()
        });
        id
    }

    /// Inserts a copy of the line right after it; returns the copy's id.
    pub fn duplicate_line(&mut self, id: LineId) -> Option<LineId> {
        let index = self.line_index(id)?;
        let new_id = self.take_id();
        let copy = RawBudgetLine {
            id: new_id,
            ..self.budget.lines[index].clone()
        };
        self.budget.lines.insert(index + 1, copy);
        Some(new_id)
    }

    pub fn line_index(&self, id: LineId) -> Option<usize> {
        self.budget.lines.iter().position(|l| l.id == id)
    }

    pub fn line_mut(&mut self, id: LineId) -> Option<&mut RawBudgetLine> {
        self.budget.lines.iter_mut().find(|l| l.id == id)
    }

    /// Makes ids unique and keeps the counter above them; for drafts that come from storage or a file.
    pub fn repair_ids(&mut self) {
        // Lines and applicants share the counter, so an id names one thing in the draft.
        let mut seen = std::collections::HashSet::new();
        let mut next = self.next_id.max(1);
        let ids = self
            .budget
            .lines
            .iter()
            .map(|l| l.id)
            .chain(self.applicants.iter().map(|a| a.id))
            .chain(self.risks.iter().map(|r| r.id))
            .chain(self.schedule.iter().map(|w| w.id))
            .chain(self.indicators.iter().map(|i| i.id));
        for id in ids {
            next = next.max(id.saturating_add(1));
        }
        let ids = self
            .budget
            .lines
            .iter_mut()
            .map(|l| &mut l.id)
            .chain(self.applicants.iter_mut().map(|a| &mut a.id))
            .chain(self.risks.iter_mut().map(|r| &mut r.id))
            .chain(self.schedule.iter_mut().map(|w| &mut w.id))
            .chain(self.indicators.iter_mut().map(|i| &mut i.id));
        for id in ids {
            if *id == 0 || !seen.insert(*id) {
                *id = next;
                next += 1;
                seen.insert(*id);
            }
        }
        self.next_id = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_to_merged_questions_move_into_their_question_labelled() {
        let mut d = RawDraft::default();
        d.answers
            .insert("impact-scaling".into(), "Levitetään seutukunnassa.".into());
        d.answers.insert("dissemination".into(), "Julkaistaan verkossa.".into());
        d.answers.insert("commit-sharing".into(), "  ".into());
        d.answers.insert("cost-centre".into(), "KP 4410".into());
        d.answers.insert("goals".into(), "Tavoite.".into());
        d.merge_retired_answers();
        let keys: Vec<&str> = d.answers.keys().map(String::as_str).collect();
        assert_eq!(keys, ["commit-project-accounting", "goals", "impact-scaling"]);
        assert_eq!(
            d.answers["impact-scaling"],
            "Työn skaalautuvuus ja levittäminen muihin kuntiin:\nLevitetään seutukunnassa.\n\n\
             Suunnitelma työn skaalaamisesta ja levittämisestä:\nJulkaistaan verkossa."
        );
        assert_eq!(
            d.answers["commit-project-accounting"],
            "Hankkeen oma kustannuspaikka tai projektiseurannan tunnus:\nKP 4410"
        );
        // Again: nothing to move, nothing changes.
        let once = d.clone();
        d.merge_retired_answers();
        assert_eq!(d, once);
    }

    #[test]
    fn ids_come_from_the_counter_and_survive_removal() {
        let mut d = RawDraft::default();
        let a = d.add_line();
        let b = d.add_line();
        assert_ne!(a, b);
        let (index, line) = remove_item(&mut d.budget.lines, a).unwrap();
        let c = d.add_line();
        assert!(c != a && c != b, "a removed id is not handed out again");
        restore_item(&mut d.budget.lines, index, line);
        d.repair_ids();
        let ids: Vec<_> = d.budget.lines.iter().map(|l| l.id).collect();
        assert_eq!(ids, [a, b, c]);
    }

    #[test]
    fn duplicate_goes_right_after_the_original_with_everything_typed() {
        let mut d = RawDraft::default();
        let a = d.add_line();
        let b = d.add_line();
        d.line_mut(a).unwrap().amount = "12,5O".into();
        let copy = d.duplicate_line(a).unwrap();
        let ids: Vec<_> = d.budget.lines.iter().map(|l| l.id).collect();
        assert_eq!(ids, [a, copy, b]);
        assert_eq!(d.budget.lines[1].amount, "12,5O");
    }

    #[test]
    fn repair_makes_ids_unique_and_counter_safe() {
        let mut d = RawDraft::default();
        d.budget.lines = vec![
            RawBudgetLine {
                id: 5,
                ..Default::default()
            },
            RawBudgetLine {
                id: 5,
                ..Default::default()
            },
            RawBudgetLine {
                id: 0,
                ..Default::default()
            },
        ];
        d.next_id = 1;
        d.repair_ids();
        let mut ids: Vec<_> = d.budget.lines.iter().map(|l| l.id).collect();
        assert_eq!(ids[0], 5);
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(d.next_id > *ids.last().unwrap());
    }

    #[test]
    fn the_lead_is_first_and_can_be_changed() {
        let mut d = RawDraft::default();
        let a = d.add_applicant(ApplicantKind::Municipality);
        let b = d.add_applicant(ApplicantKind::Authority);
        let c = d.add_applicant(ApplicantKind::Municipality);
        d.make_lead(c);
        let ids: Vec<_> = d.applicants.iter().map(|x| x.id).collect();
        assert_eq!(ids, [c, a, b]);
        let line = d.add_line();
        assert!(![a, b, c].contains(&line), "lines and applicants share one counter");
    }

    #[test]
    fn repair_keeps_applicant_and_line_ids_apart() {
        let mut d = RawDraft::default();
        d.budget.lines = vec![RawBudgetLine {
            id: 4,
            ..Default::default()
        }];
        d.applicants = vec![RawApplicant {
            id: 4,
            ..Default::default()
        }];
        d.next_id = 1;
        d.repair_ids();
        assert_ne!(d.budget.lines[0].id, d.applicants[0].id);
        assert!(d.next_id > d.budget.lines[0].id.max(d.applicants[0].id));
    }

    #[test]
    fn unknown_and_missing_fields_load_as_defaults() {
        let d: RawDraft = serde_json::from_str(r#"{"budget":{"lines":[{"id":3,"amount":"x"}]}}"#).unwrap();
        assert_eq!(d.call, crate::domain::vocabulary::call::DEFAULT_CALL);
        assert_eq!(d.budget.lines[0].amount, "x");
        assert_eq!(d.budget.lines[0].basis, AmountBasis::Net);
    }
}
