//! The funding proposal, `hakemus-decision`: the call it decides, the appropriation and what is
//! already granted from it, the rounding step, the groups with their conditions, and per
//! application (named by its fingerprint, so a proposal can never silently refer to another
//! version) the status, the amount "at most", the reason, the group and a condition of its own,
//! with what the decision must know of the application from the file alone: its call, its own
//! maximum (the call's share of its eligible costs) and its errors. Versioned, with a committed JSON Schema (`schema/`), read by the one strict
//! reader. The browser keeps the proposal as typed ([`Proposal`]); the file writes amounts as the
//! application file does (`181500.00`), and text that is not yet an amount travels in `unreadable`
//! by its path, so nothing typed is lost. What the proposal means (totals, ranking, findings) is
//! `reviewer::decision`.

use crate::domain::formats::application::check_fingerprint;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Problem};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

pub const FORMAT: &str = "hakemus-decision";
/// The version this build writes: 1 the proposal; 2 each application's call, maximum and errors,
/// a withdrawn application, and what is already granted from the appropriation; 3 an entry's
/// `original` (a second decision's entry names the clarified version and keeps the original's
/// fingerprint, docs/rules.md §12.1). Files of versions 1 and 2 open (without those), newer ones are
/// refused.
pub const SCHEMA_VERSION: u64 = 3;
/// The committed JSON Schema, equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-decision.schema.json");

/// To what the granted amounts are rounded down by default. The 2019 decision rounded to hundreds
/// of euros (181 520 € requested, "enintään 181 500 euroa" granted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Cent,
    Euro,
    Ten,
    #[default]
    Hundred,
    Thousand,
}

impl Step {
    pub const ALL: [Step; 5] = [Step::Cent, Step::Euro, Step::Ten, Step::Hundred, Step::Thousand];

    /// The step in euros.
    pub fn euros(self) -> rust_decimal::Decimal {
        use rust_decimal::Decimal;
        match self {
            Step::Cent => Decimal::new(1, 2),
            Step::Euro => Decimal::ONE,
            Step::Ten => Decimal::TEN,
            Step::Hundred => Decimal::ONE_HUNDRED,
            Step::Thousand => Decimal::ONE_THOUSAND,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::Cent => "cent",
            Step::Euro => "euro",
            Step::Ten => "ten",
            Step::Hundred => "hundred",
            Step::Thousand => "thousand",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What is proposed for an application.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not decided yet.
    #[default]
    Open,
    /// A grant of at most the amount.
    Grant,
    /// Decided later, after further clarification (jatkoselvitys).
    Defer,
    /// No grant.
    Refuse,
    /// The applicant withdrew the application (format 2): out of the ranking, the totals and the
    /// appendix; the decision counts it among those that arrived.
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::Grant,
        Status::Defer,
        Status::Refuse,
        Status::Withdrawn,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Grant => "grant",
            Status::Defer => "defer",
            Status::Refuse => "refuse",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Grants that share conditions (in 2019: the e-services, communication and participation projects,
/// and the others), printed under their heading with the conditions first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable within the proposal; entries name their group by it.
    #[schemars(length(min = 1))]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub conditions: String,
}

/// The application an entry is about: the fingerprint names it; the rest is what the decision
/// prints (and what a reader of the file sees), taken from the application when it was added.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applied {
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    /// The lead (hankehallinnoija) as the application names it, in Finnish.
    pub lead: String,
    /// The lead's municipality code, when it is a municipality of the register.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_code: String,
    /// The partners, in Finnish.
    #[serde(default)]
    pub partners: Vec<String>,
    pub project: String,
    /// The grant requested (in a file a decimal string, `181520.00`; empty when not given).
    #[serde(default)]
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub requested: String,
    /// The panel's mean score when the entry was last updated (a decimal string; empty when none):
    /// the ranking the proposal departs from, kept with it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^[0-9]+(\.[0-9]+)?$"))]
    pub score: String,
    /// The call profile the application was made in (format 2; empty in format 1, where it is
    /// taken to be the proposal's call).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub call: String,
    /// The application's own maximum grant: its call's share (85 %) of its eligible costs without
    /// VAT, rounded down to the cent (a decimal string, format 2; empty when not known). A grant is
    /// at most the lower of this and the amount requested.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub maximum: String,
    /// The application's own errors under the rules, when the entry was last brought up to date
    /// (format 2): a grant to it is flagged with them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<AppError>,
    /// In a second decision on a deferred application (format 3): the fingerprint of the version the
    /// first decision deferred, where `fingerprint` names the version clarified since (empty
    /// otherwise). Both versions are kept, each by its fingerprint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^[0-9a-f]{64}$"))]
    pub original: String,
}

/// An error of the application itself: the rule (`not-excluded`) and the field, as `hakemus-check`
/// names them in the application file (`application.exclusions.social-and-health-care`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppError {
    #[schemars(length(min = 1))]
    pub rule: String,
    #[serde(default)]
    pub field: String,
}

/// One application in the proposal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub application: Applied,
    #[serde(default)]
    pub status: Status,
    /// The amount "at most", as typed (in a file a decimal string).
    #[serde(default)]
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub amount: String,
    /// Why: required where the proposal departs from the ranking.
    #[serde(default)]
    pub reason: String,
    /// The group's id; empty for none.
    #[serde(default)]
    pub group: String,
    /// A condition of this grant alone, printed after it.
    #[serde(default)]
    pub condition: String,
}

/// The proposal as typed: what the browser keeps and what a file carries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The id of the call profile.
    pub call: String,
    /// The appropriation available, as typed (in a file a decimal string).
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub appropriation: String,
    /// Already granted from the same appropriation by other decisions (the programme's 30 M€ is
    /// shared by its calls), as typed (format 2; in a file a decimal string; empty for none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[schemars(regex(pattern = r"^$|^(0|[1-9][0-9]{0,11})\.[0-9]{2}$"))]
    pub granted_before: String,
    #[serde(default)]
    pub step: Step,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The counter group ids come from.
    #[serde(default)]
    pub next_group: u32,
}

impl Proposal {
    /// A new, empty proposal for a call, with its appropriation as the profile states it (written
    /// as `lang` writes an amount in a field).
    pub fn new(call: &str, lang: Lang) -> Proposal {
        let appropriation = call::by_id(call)
            .and_then(|c| Money::round(c.appropriation))
            .map(|m| m.format_input(lang))
            .unwrap_or_default();
        Proposal {
            call: call.to_string(),
            appropriation,
            ..Proposal::default()
        }
    }

    pub fn entry(&self, fingerprint: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.application.fingerprint == fingerprint)
    }

    /// Adds a group with a fresh id; returns the id.
    pub fn add_group(&mut self, name: &str, conditions: &str) -> String {
        self.next_group += 1;
        let id = format!("g{}", self.next_group);
        self.groups.push(Group {
            id: id.clone(),
            name: name.to_string(),
            conditions: conditions.to_string(),
        });
        id
    }

    /// Removes a group; its entries are left without one (nothing else they carry changes).
    pub fn remove_group(&mut self, id: &str) {
        self.groups.retain(|g| g.id != id);
        for e in &mut self.entries {
            if e.group == id {
                e.group.clear();
            }
        }
    }
}

/// A funding proposal as a file: the proposal, and the typed text that is not yet an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus funding proposal", extend("additionalProperties" = false))]
pub struct DecisionFile {
    /// Always `hakemus-decision`.
    #[schemars(extend("const" = "hakemus-decision"))]
    pub format: String,
    #[schemars(extend("const" = 3))]
    pub schema_version: u64,
    /// When it was exported, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub proposal: Proposal,
    /// Text typed where an amount belongs that is not an amount yet, by its path
    /// (`proposal.entries[3].amount`), so that nothing typed is lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// The JSON Schema as committed under `schema/`.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(DecisionFile)).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The typed amounts of a proposal, each with its path in a file.
fn amounts_mut(p: &mut Proposal) -> Vec<(String, &mut String)> {
    let mut out = vec![
        ("proposal.appropriation".to_string(), &mut p.appropriation),
        ("proposal.granted_before".to_string(), &mut p.granted_before),
    ];
    for (i, e) in p.entries.iter_mut().enumerate() {
        out.push((format!("proposal.entries[{i}].amount"), &mut e.amount));
    }
    out
}

/// The proposal as a file: amounts as decimal strings, text that is not an amount in `unreadable`.
pub fn export(proposal: &Proposal, exported_at: &str) -> DecisionFile {
    let mut proposal = proposal.clone();
    let mut unreadable = BTreeMap::new();
    for (path, text) in amounts_mut(&mut proposal) {
        if text.trim().is_empty() {
            text.clear();
        } else if let Ok(m) = Money::parse(text) {
            *text = m.format_plain();
        } else {
            unreadable.insert(path, std::mem::take(text));
        }
    }
    DecisionFile {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        proposal,
        unreadable,
    }
}

/// The file's text: pretty-printed UTF-8 with a final newline.
pub fn to_json(file: &DecisionFile) -> String {
    let mut text = serde_json::to_string_pretty(file).expect("a proposal is plain JSON");
    text.push('\n');
    text
}

pub fn file_name(date: &str) -> String {
    format!("rahoitusesitys-{date}.json")
}

/// The name of the second decision's file (the same format, apart from the first's file name; ours,
/// docs/rules.md §12.1.8).
pub fn second_file_name(date: &str) -> String {
    format!("jatkopaatos-{date}.json")
}

/// The decision for one grant, for its lead (päätösote): the proposal with that application's entry
/// alone, its group (with the group's conditions) and nothing of the other applications; the call,
/// the appropriation and the rounding step as they are. A file of the same format, read by the same
/// reader, so that the lead's granted project opens from it as from the whole decision. `None` when
/// the proposal has no entry for the fingerprint.
pub fn extract(proposal: &Proposal, fingerprint: &str) -> Option<Proposal> {
    let entry = proposal.entries.get(proposal.entry(fingerprint)?)?.clone();
    let groups = proposal
        .groups
        .iter()
        .filter(|g| g.id == entry.group)
        .cloned()
        .collect();
    Some(Proposal {
        groups,
        entries: vec![entry],
        ..proposal.clone()
    })
}

/// The file name of a decision for one grant: `paatosote-<project>-<date>.json`, ASCII.
pub fn extract_file_name(project: &str, date: &str) -> String {
    use crate::domain::formats::slug::{slug, Other};
    match slug(project, Other::Separates) {
        s if s.is_empty() => format!("paatosote-{date}.json"),
        s => format!("paatosote-{s}-{date}.json"),
    }
}

/// The file name of the decision list (CSV).
pub fn list_file_name(date: &str) -> String {
    format!("paatoslista-{date}.csv")
}

/// A proposal read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub proposal: Proposal,
    pub exported_at: String,
}

/// Reads a proposal, strictly: the one reader, the shape, then a known call, amounts and scores as
/// the file writes them, each application once by a well-formed fingerprint, groups named once and
/// every entry's group among them, and `unreadable` naming only empty amount fields. Amounts are
/// put back into the fields as `lang` writes them. A file of version 1 opens as it was written
/// (what version 2 added is unknown in it).
pub fn import(bytes: &[u8], lang: Lang) -> Result<Imported, ImportError> {
    let (text, _, version) = open(bytes, FORMAT, SCHEMA_VERSION)?;
    let file: DecisionFile = from_json(text).map_err(shape_error)?;
    if version == 1 {
        check_version_1(&file)?;
    }
    if version < 3 {
        check_before_3(&file)?;
    }
    let DecisionFile {
        exported_at,
        mut proposal,
        unreadable,
        ..
    } = file;
    if call::by_id(&proposal.call).is_none() {
        let id = proposal.call.clone();
        return Err(ImportError::at("proposal.call", Problem::UnknownCall { id }));
    }
    let invalid = |detail: &str| Problem::Invalid { detail: detail.into() };
    let mut groups = HashSet::new();
    for (i, g) in proposal.groups.iter().enumerate() {
        if g.id.is_empty() || !groups.insert(g.id.as_str()) {
            return Err(ImportError::at(format!("proposal.groups[{i}].id"), Problem::MissingId));
        }
    }
    let mut seen = HashSet::new();
    for (i, e) in proposal.entries.iter().enumerate() {
        let at = |field: &str| format!("proposal.entries[{i}].{field}");
        let fp = &e.application.fingerprint;
        check_fingerprint(fp, || at("application.fingerprint"))?;
        if !e.application.original.is_empty() {
            check_fingerprint(&e.application.original, || at("application.original"))?;
        }
        if !seen.insert(fp.as_str()) {
            return Err(ImportError::at(
                at("application.fingerprint"),
                invalid("the same application twice"),
            ));
        }
        for (field, text) in [
            ("application.requested", &e.application.requested),
            ("application.maximum", &e.application.maximum),
        ] {
            if !text.is_empty() && Money::parse_exchange(text).is_none() {
                return Err(ImportError::at(at(field), Problem::NotAnAmount { text: text.clone() }));
            }
        }
        if !e.application.call.is_empty() && call::by_id(&e.application.call).is_none() {
            let id = e.application.call.clone();
            return Err(ImportError::at(at("application.call"), Problem::UnknownCall { id }));
        }
        if let Some(j) = e.application.errors.iter().position(|x| x.rule.trim().is_empty()) {
            return Err(ImportError::at(
                at(&format!("application.errors[{j}].rule")),
                invalid("an error names its rule"),
            ));
        }
        let score = &e.application.score;
        let score_ok = score.is_empty()
            || (score.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && score.parse::<rust_decimal::Decimal>().is_ok()
                && !score.starts_with('.')
                && !score.ends_with('.'));
        if !score_ok {
            return Err(ImportError::at(
                at("application.score"),
                invalid("a score is a decimal number"),
            ));
        }
        if !e.group.is_empty() && !groups.contains(e.group.as_str()) {
            return Err(ImportError::at(
                at("group"),
                invalid("not one of the proposal's groups"),
            ));
        }
    }
    for (path, text) in amounts_mut(&mut proposal) {
        match unreadable.get(&path) {
            Some(typed) if text.is_empty() => *text = typed.clone(),
            Some(_) => {
                return Err(ImportError::at(
                    format!("unreadable.{path}"),
                    Problem::NotAnUnreadableField,
                ))
            }
            None if text.is_empty() => {}
            None => match Money::parse_exchange(text) {
                Some(m) => *text = m.format_input(lang),
                None => return Err(ImportError::at(path, Problem::NotAnAmount { text: text.clone() })),
            },
        }
    }
    let known: HashSet<String> = (0..proposal.entries.len())
        .map(|i| format!("proposal.entries[{i}].amount"))
        .chain([
            "proposal.appropriation".to_string(),
            "proposal.granted_before".to_string(),
        ])
        .collect();
    if let Some(path) = unreadable.keys().find(|p| !known.contains(*p)) {
        return Err(ImportError::at(
            format!("unreadable.{path}"),
            Problem::NotAnUnreadableField,
        ));
    }
    Ok(Imported { proposal, exported_at })
}

/// A file of version 1 or 2 carries nothing that version 3 added.
fn check_before_3(file: &DecisionFile) -> Result<(), ImportError> {
    match file
        .proposal
        .entries
        .iter()
        .position(|e| !e.application.original.is_empty())
    {
        Some(i) => Err(ImportError::at(
            format!("proposal.entries[{i}].application.original"),
            Problem::UnknownField,
        )),
        None => Ok(()),
    }
}

/// A file of version 1 carries nothing that version 2 added.
fn check_version_1(file: &DecisionFile) -> Result<(), ImportError> {
    let unknown = |path: String| Err(ImportError::at(path, Problem::UnknownField));
    if !file.proposal.granted_before.is_empty() || file.unreadable.contains_key("proposal.granted_before") {
        return unknown("proposal.granted_before".into());
    }
    for (i, e) in file.proposal.entries.iter().enumerate() {
        let a = &e.application;
        let added = [
            ("application.call", !a.call.is_empty()),
            ("application.maximum", !a.maximum.is_empty()),
            ("application.errors", !a.errors.is_empty()),
        ];
        if let Some((field, _)) = added.iter().find(|(_, present)| *present) {
            return unknown(format!("proposal.entries[{i}].{field}"));
        }
        if e.status == Status::Withdrawn {
            return Err(ImportError::at(
                format!("proposal.entries[{i}].status"),
                Problem::Invalid {
                    detail: "withdrawn is a status of version 2".into(),
                },
            ));
        }
    }
    Ok(())
}
