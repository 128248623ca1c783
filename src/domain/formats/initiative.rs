//! The first phase's three files, each versioned, with a committed JSON Schema (`schema/`), read by
//! the one strict reader (`reader`) and then checked:
//!
//! - `hakemus-initiative`: an initiative for a joint project, as its proposer sends it;
//! - `hakemus-interest`: an expression of interest in joining one;
//! - `hakemus-joint-project`: a candidate joint project the workshop formed, for its lead: the
//!   initiatives and interests it is made of, as sent, its title and its lead.
//!
//! An initiative's cost estimate is written as the application file writes amounts (`120000.00`);
//! typed text that is not (yet) an amount goes to `unreadable`, by its path, and comes back into
//! the field on reading, as in an application file. The time of export is given by the caller.

use crate::domain::formats::application::{canonical, restore, Kind, TypedFields};
use crate::domain::formats::partner::schema_text_of;
/// A file's text: pretty-printed UTF-8 with a final newline (as the partners' files).
pub use crate::domain::formats::partner::to_json;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::initiative::model::{RawInitiative, RawInterest};
use crate::domain::initiative::workshop::JointProject;
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const INITIATIVE_FORMAT: &str = "hakemus-initiative";
pub const INTEREST_FORMAT: &str = "hakemus-interest";
pub const JOINT_PROJECT_FORMAT: &str = "hakemus-joint-project";
/// The version of each this build writes and reads (newer files are refused).
pub const SCHEMA_VERSION: u64 = 1;
/// The committed JSON Schemas, equal to [`initiative_schema`], [`interest_schema`] and
/// [`joint_project_schema`] (tested).
pub const INITIATIVE_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-initiative.schema.json");
pub const INTEREST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-interest.schema.json");
pub const JOINT_PROJECT_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-joint-project.schema.json");

/// An initiative's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus initiative for a joint project", extend("additionalProperties" = false))]
pub struct InitiativeFile {
    /// Always `hakemus-initiative`.
    #[schemars(extend("const" = "hakemus-initiative"))]
    pub format: String,
    /// The version of this format: 1.
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the proposer exported it, RFC 3339 in UTC: when it was sent.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    /// The initiative as typed; its cost estimate as a decimal string (empty: not given).
    pub initiative: RawInitiative,
    /// What was typed as the cost estimate that is not (yet) an amount, by the field's path
    /// (`initiative.descriptions.cost_estimate`); that field is empty above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// An expression of interest's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus expression of interest", extend("additionalProperties" = false))]
pub struct InterestFile {
    /// Always `hakemus-interest`.
    #[schemars(extend("const" = "hakemus-interest"))]
    pub format: String,
    /// The version of this format: 1.
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the municipality exported it, RFC 3339 in UTC: when it was sent.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub interest: RawInterest,
}

/// A candidate joint project's file, for its lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus candidate joint project", extend("additionalProperties" = false))]
pub struct JointProjectFile {
    /// Always `hakemus-joint-project`.
    #[schemars(extend("const" = "hakemus-joint-project"))]
    pub format: String,
    /// The version of this format: 1.
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the workshop exported it, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    /// The project: its initiatives' cost estimates as decimal strings.
    pub project: JointProject,
    /// Cost estimates typed that are not (yet) amounts, by path
    /// (`project.initiatives[0].descriptions.cost_estimate`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// The JSON Schemas as committed under `schema/`.
pub fn initiative_schema() -> String {
    schema_text_of(schemars::schema_for!(InitiativeFile))
}
pub fn interest_schema() -> String {
    schema_text_of(schemars::schema_for!(InterestFile))
}
pub fn joint_project_schema() -> String {
    schema_text_of(schemars::schema_for!(JointProjectFile))
}

/// An initiative's amount field (its cost estimate), by its path under `prefix`.
fn estimate_field<'a>(prefix: &str, i: &'a mut RawInitiative, fields: &mut TypedFields<'a>) {
    fields.push((
        format!("{prefix}.descriptions.cost_estimate"),
        Kind::Amount,
        &mut i.descriptions.cost_estimate,
    ));
}

fn project_fields(p: &mut JointProject) -> TypedFields<'_> {
    let mut fields = Vec::new();
    for (k, i) in p.initiatives.iter_mut().enumerate() {
        estimate_field(&format!("project.initiatives[{k}]"), i, &mut fields);
    }
    fields
}

/// The initiative's file, exported at `exported_at` (RFC 3339; the caller has the clock).
pub fn export_initiative(initiative: &RawInitiative, exported_at: &str) -> InitiativeFile {
    let mut initiative = initiative.clone();
    let mut fields = Vec::new();
    estimate_field("initiative", &mut initiative, &mut fields);
    let unreadable = canonical(fields);
    InitiativeFile {
        format: INITIATIVE_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        initiative,
        unreadable,
    }
}

/// The interest's file, exported at `exported_at`.
pub fn export_interest(interest: &RawInterest, exported_at: &str) -> InterestFile {
    InterestFile {
        format: INTEREST_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        interest: interest.clone(),
    }
}

/// The candidate project's file for its lead, exported at `exported_at`.
pub fn export_joint_project(project: &JointProject, exported_at: &str) -> JointProjectFile {
    let mut project = project.clone();
    let unreadable = canonical(project_fields(&mut project));
    JointProjectFile {
        format: JOINT_PROJECT_FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        exported_at: exported_at.into(),
        project,
        unreadable,
    }
}

/// A file read, with the invisible characters its text holds (by place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<T> {
    pub file: T,
    pub notes: Vec<Note>,
}

/// An initiative's own checks after its shape, at `at`: named, of a known call.
fn check_initiative(at: &str, i: &mut RawInitiative) -> Result<(), ImportError> {
    if i.id.trim().is_empty() {
        return Err(ImportError::at(format!("{at}.id"), Problem::MissingId));
    }
    check_call(at, &i.call)?;
    i.repair_ids();
    Ok(())
}

/// An interest's own checks after its shape, at `at`: named, of a known call, each initiative it
/// names named by its id.
fn check_interest(at: &str, x: &RawInterest) -> Result<(), ImportError> {
    if x.id.trim().is_empty() {
        return Err(ImportError::at(format!("{at}.id"), Problem::MissingId));
    }
    check_call(at, &x.call)?;
    for (k, i) in x.initiatives.iter().enumerate() {
        if i.initiative.trim().is_empty() {
            return Err(ImportError::at(
                format!("{at}.initiatives[{k}].initiative"),
                Problem::MissingId,
            ));
        }
    }
    Ok(())
}

fn check_call(at: &str, id: &str) -> Result<(), ImportError> {
    match call::by_id(id) {
        Some(_) => Ok(()),
        None => Err(ImportError::at(
            format!("{at}.call"),
            Problem::UnknownCall { id: id.into() },
        )),
    }
}

fn invalid(path: String, detail: &str) -> ImportError {
    ImportError::at(path, Problem::Invalid { detail: detail.into() })
}

/// Reads an initiative's file; its cost estimate is put into the field as `lang` writes amounts.
pub fn read_initiative(bytes: &[u8], lang: Lang) -> Result<Read<InitiativeFile>, ImportError> {
    let (text, scan, _version) = open(bytes, INITIATIVE_FORMAT, SCHEMA_VERSION)?;
    let mut file: InitiativeFile = from_json(text).map_err(shape_error)?;
    check_initiative("initiative", &mut file.initiative)?;
    let unreadable = std::mem::take(&mut file.unreadable);
    let mut fields = Vec::new();
    estimate_field("initiative", &mut file.initiative, &mut fields);
    restore(fields, &unreadable, "unreadable", lang)?;
    Ok(Read {
        file,
        notes: scan.notes,
    })
}

/// Reads an expression of interest's file.
pub fn read_interest(bytes: &[u8]) -> Result<Read<InterestFile>, ImportError> {
    let (text, scan, _version) = open(bytes, INTEREST_FORMAT, SCHEMA_VERSION)?;
    let file: InterestFile = from_json(text).map_err(shape_error)?;
    check_interest("interest", &file.interest)?;
    Ok(Read {
        file,
        notes: scan.notes,
    })
}

/// Reads a candidate project's file: besides each initiative's and interest's own checks, its call
/// is known and theirs, its initiatives and interests each given once, at least one initiative, and
/// its lead a municipality of its group.
pub fn read_joint_project(bytes: &[u8], lang: Lang) -> Result<Read<JointProjectFile>, ImportError> {
    let (text, scan, _version) = open(bytes, JOINT_PROJECT_FORMAT, SCHEMA_VERSION)?;
    let mut file: JointProjectFile = from_json(text).map_err(shape_error)?;
    let p = &mut file.project;
    check_call("project", &p.call)?;
    if p.initiatives.is_empty() {
        return Err(invalid(
            "project.initiatives".into(),
            "a project is made of at least one initiative",
        ));
    }
    for (k, i) in p.initiatives.iter_mut().enumerate() {
        let at = format!("project.initiatives[{k}]");
        check_initiative(&at, i)?;
        if i.call != p.call {
            return Err(invalid(format!("{at}.call"), "not the project's call"));
        }
    }
    for (list, interests) in [("interests", &p.interests), ("candidates", &p.candidates)] {
        for (k, x) in interests.iter().enumerate() {
            let at = format!("project.{list}[{k}]");
            check_interest(&at, x)?;
            if x.call != p.call {
                return Err(invalid(format!("{at}.call"), "not the project's call"));
            }
        }
    }
    let ids: Vec<(String, &str)> = p
        .initiatives
        .iter()
        .enumerate()
        .map(|(k, i)| (format!("project.initiatives[{k}].id"), i.id.as_str()))
        .chain(
            [("interests", &p.interests), ("candidates", &p.candidates)]
                .into_iter()
                .flat_map(|(list, xs)| {
                    xs.iter()
                        .enumerate()
                        .map(move |(k, x)| (format!("project.{list}[{k}].id"), x.id.as_str()))
                }),
        )
        .collect();
    for (k, (path, id)) in ids.iter().enumerate() {
        if ids[..k].iter().any(|(_, other)| other == id) {
            return Err(invalid(path.clone(), "given twice"));
        }
    }
    if !p.lead_in_group() {
        return Err(invalid("project.lead".into(), "not a municipality of the project"));
    }
    let unreadable = std::mem::take(&mut file.unreadable);
    restore(project_fields(&mut file.project), &unreadable, "unreadable", lang)?;
    Ok(Read {
        file,
        notes: scan.notes,
    })
}

/// Which of the first phase's files a text is, by its `format` (`None` for anything else).
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    let format = super::reader::format_name(bytes)?;
    [INITIATIVE_FORMAT, INTEREST_FORMAT, JOINT_PROJECT_FORMAT]
        .into_iter()
        .find(|f| *f == format)
}
