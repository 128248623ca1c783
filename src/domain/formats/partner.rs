//! The two files of drafting together (see `exchange::partner` for the flow):
//!
//! - `hakemus-partner-request`: what the lead sends a partner. It carries the project (names,
//!   summary, period, call), the lead's identity, the lead's message, what the partner is asked for,
//!   and the partner's own part as the lead has it (its applicant entry and the lines it bears),
//!   and nothing of the other partners. It names the project by `project_id`, which the lead's later
//!   edits do not change, and itself by `request_id`.
//! - `hakemus-partner-contribution`: what the partner sends back: the same two ids and its part.
//!
//! Both are versioned, have a committed JSON Schema (`schema/`), and are read by the one strict
//! reader, then checked: the ids are given, the call is known, every line is the partner's own, and
//! amounts and dates are written as the application file writes them (text that is not yet an amount
//! or a date travels in `unreadable`, by its path, as in an application file).

use crate::domain::draft::{PartnerOf, PartnerPart, RawApplicant, RawDraft, RawProject};
use crate::domain::formats::application::{
    applicant_fields, canonical, check_resolved, lines_fields, restore, write_resolved, TypedFields,
};
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::locale::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const REQUEST_FORMAT: &str = "hakemus-partner-request";
pub const CONTRIBUTION_FORMAT: &str = "hakemus-partner-contribution";
/// The versions this build writes. Older ones open; newer files are refused. Version 2 of each
/// carries the lead's and the partner's `resolved_municipality` beside what was typed (version 1
/// files have none, which reads the same: nothing to migrate).
pub const REQUEST_VERSION: u64 = 2;
pub const CONTRIBUTION_VERSION: u64 = 2;
/// The committed JSON Schemas, equal to [`request_schema`] and [`contribution_schema`] (tested).
pub const REQUEST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-partner-request.schema.json");
pub const CONTRIBUTION_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-partner-contribution.schema.json");

/// What a partner is asked to provide, in the order of its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Ask {
    Contact,
    Signatory,
    RoleAndCommitment,
    Costs,
    Financing,
    Decision,
}

impl Ask {
    pub const ALL: [Ask; 6] = [
        Ask::Contact,
        Ask::Signatory,
        Ask::RoleAndCommitment,
        Ask::Costs,
        Ask::Financing,
        Ask::Decision,
    ];
}

/// A request file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus partner request", extend("additionalProperties" = false))]
pub struct RequestFile {
    /// Always `hakemus-partner-request`.
    #[schemars(extend("const" = "hakemus-partner-request"))]
    pub format: String,
    /// The version of this format; 2 the current (files of version 1 open).
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    /// When the lead made the request, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub requested_at: String,
    /// Names the project, whatever the lead edits later.
    #[schemars(length(min = 1))]
    pub project_id: String,
    /// Names this request; the contribution that answers it carries it back.
    #[schemars(length(min = 1))]
    pub request_id: String,
    /// The id of the call profile.
    pub call: String,
    /// The project's names, summary and period (dates ISO 8601).
    pub project: RawProject,
    /// The lead, by its identity and contact (the fields of its part are empty).
    pub lead: RawApplicant,
    /// The lead's words to the partner.
    #[serde(default)]
    pub message: String,
    /// What the partner is asked to provide.
    pub asks: Vec<Ask>,
    /// The partner's part as the lead has it: amounts as decimal strings, dates ISO 8601.
    pub part: PartnerPart,
    /// Text in the part's amount and date fields that is not (yet) an amount or a date, by path
    /// (e.g. `part.lines[0].amount`); that field is empty above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// A contribution file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus partner contribution", extend("additionalProperties" = false))]
pub struct ContributionFile {
    /// Always `hakemus-partner-contribution`.
    #[schemars(extend("const" = "hakemus-partner-contribution"))]
    pub format: String,
    /// The version of this format; 2 the current (files of version 1 open).
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    /// When the partner exported it, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    #[schemars(length(min = 1))]
    pub project_id: String,
    #[schemars(length(min = 1))]
    pub request_id: String,
    pub call: String,
    /// The partner's part: amounts as decimal strings, dates ISO 8601, every line borne by the
    /// partner (`bearer` is the applicant's id).
    pub part: PartnerPart,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// A schema as committed under `schema/`: pretty-printed, with a final newline.
pub(crate) fn schema_text_of(schema: schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    text
}

/// The JSON Schemas as committed under `schema/`.
pub fn request_schema() -> String {
    schema_text_of(schemars::schema_for!(RequestFile))
}
pub fn contribution_schema() -> String {
    schema_text_of(schemars::schema_for!(ContributionFile))
}

fn part_fields<'a>(part: &'a mut PartnerPart) -> TypedFields<'a> {
    let mut fields = Vec::new();
    applicant_fields("part.applicant", &mut part.applicant, &mut fields);
    lines_fields("part.lines", &mut part.lines, &mut fields);
    fields
}

/// Only what names the lead: its kind, municipality or name, business ID and contact.
fn lead_identity(lead: &RawApplicant) -> RawApplicant {
    RawApplicant {
        id: lead.id,
        kind: lead.kind,
        municipality: lead.municipality.clone(),
        name: lead.name.clone(),
        business_id: lead.business_id.clone(),
        contact_name: lead.contact_name.clone(),
        contact_email: lead.contact_email.clone(),
        contact_phone: lead.contact_phone.clone(),
        ..Default::default()
    }
}

/// The request file for the partner `part` of `draft` (whose `project_id` is given).
pub fn request(
    draft: &RawDraft,
    request_id: &str,
    requested_at: &str,
    message: &str,
    part: &PartnerPart,
) -> RequestFile {
    let mut project = draft.project.clone();
    for date in [&mut project.start, &mut project.end] {
        if let Some(d) = crate::domain::vocabulary::dates::parse_date(date.trim()) {
            *date = d.to_string();
        } else {
            date.clear();
        }
    }
    let mut part = part.clone();
    write_resolved(&mut part.applicant);
    let unreadable = canonical(part_fields(&mut part));
    let mut lead = draft.applicants.first().map(lead_identity).unwrap_or_default();
    write_resolved(&mut lead);
    RequestFile {
        format: REQUEST_FORMAT.into(),
        schema_version: REQUEST_VERSION,
        requested_at: requested_at.into(),
        project_id: draft.project_id.clone(),
        request_id: request_id.into(),
        call: draft.call.clone(),
        project,
        lead,
        message: message.into(),
        asks: Ask::ALL.to_vec(),
        part,
        unreadable,
    }
}

/// The contribution file of a partner's draft (`None` if the draft is not a partner's).
pub fn contribution(draft: &RawDraft, exported_at: &str) -> Option<ContributionFile> {
    let of = draft.partner_of.as_ref()?;
    let mut part = own_part(draft)?;
    write_resolved(&mut part.applicant);
    let unreadable = canonical(part_fields(&mut part));
    Some(ContributionFile {
        format: CONTRIBUTION_FORMAT.into(),
        schema_version: CONTRIBUTION_VERSION,
        exported_at: exported_at.into(),
        project_id: of.project_id.clone(),
        request_id: of.request_id.clone(),
        call: draft.call.clone(),
        part,
        unreadable,
    })
}

/// A partner's draft's own part: its applicant and every line of the draft, borne by it.
pub fn own_part(draft: &RawDraft) -> Option<PartnerPart> {
    let of = draft.partner_of.as_ref()?;
    let id = of.sent.applicant.id;
    let applicant = draft.applicants.iter().find(|a| a.id == id)?.clone();
    let lines = draft
        .budget
        .lines
        .iter()
        .map(|l| crate::domain::draft::RawBudgetLine {
            bearer: id.to_string(),
            ..l.clone()
        })
        .collect();
    Some(PartnerPart { applicant, lines })
}

/// A file's text: pretty-printed UTF-8 with a final newline.
pub fn to_json<T: Serialize>(file: &T) -> String {
    let mut text = serde_json::to_string_pretty(file).expect("a file is plain JSON");
    text.push('\n');
    text
}

/// The SHA-256 of a file as [`to_json`] writes it, in hex (a contribution's fingerprint, without
/// its time).
pub(crate) fn sha256_of_json<T: Serialize>(file: &T) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(to_json(file).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file name of a request or contribution: `hakemus-<kind>-<partner>-<date>.json`, ASCII.
pub fn file_name(kind: &str, partner: &str, date: &str) -> String {
    let mut d = RawDraft::default();
    d.project.name_fi = format!("{kind} {partner}");
    crate::domain::formats::application::file_name(&d, date)
}

/// A request read from its file, with everything the partner's draft needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    pub file: RequestFile,
    pub notes: Vec<Note>,
}

impl ReadRequest {
    /// The partner's draft this request starts: the project as the lead described it, the partner
    /// as its only applicant, its lines, and what it knows of the request. The draft's counter is
    /// above every id the request carries, and the partner's new lines take ids from it.
    pub fn partner_draft(&self) -> RawDraft {
        let f = &self.file;
        let mut draft = part_draft(&f.call, &f.part, Some(&f.project));
        draft.partner_of = Some(PartnerOf {
            project_id: f.project_id.clone(),
            request_id: f.request_id.clone(),
            requested_at: f.requested_at.clone(),
            lead: f.lead.clone(),
            message: f.message.clone(),
            sent: f.part.clone(),
        });
        draft
    }
}

/// A draft of a partner's part alone, to check it with the app's rules (a contribution carries no
/// project: its lines are checked as lines).
pub fn part_draft(call: &str, part: &PartnerPart, project: Option<&RawProject>) -> RawDraft {
    let mut draft = RawDraft {
        call: call.into(),
        project: project.cloned().unwrap_or_default(),
        applicants: vec![part.applicant.clone()],
        ..Default::default()
    };
    draft.budget.lines = part.lines.clone();
    draft.repair_ids();
    draft.partner_of = Some(PartnerOf {
        sent: PartnerPart {
            applicant: part.applicant.clone(),
            lines: Vec::new(),
        },
        ..Default::default()
    });
    draft
}

/// The place of a finding about a part's draft ([`part_draft`]) in the partner's file:
/// `application.applicants[0].x` is `part.applicant.x`, `application.budget.lines[i]` is
/// `part.lines[i]`.
pub fn part_path(application_path: &str) -> String {
    if let Some(rest) = application_path.strip_prefix("application.applicants[0]") {
        format!("part.applicant{rest}")
    } else if let Some(rest) = application_path.strip_prefix("application.budget.lines") {
        format!("part.lines{rest}")
    } else {
        application_path.to_string()
    }
}

/// A contribution read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadContribution {
    pub file: ContributionFile,
    pub notes: Vec<Note>,
    /// The SHA-256 of what the contribution says (its request and its part as written, not the
    /// time), in hex: the same contribution read twice has the same fingerprint.
    pub fingerprint: String,
}

/// The checks both files share after their shape: ids given, a known call, every line the
/// partner's, the amounts and dates readable (put into the fields as `lang` writes them).
fn check_part(
    project_id: &str,
    request_id: &str,
    call_id: &str,
    part: &mut PartnerPart,
    unreadable: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<(), ImportError> {
    for (path, id) in [("project_id", project_id), ("request_id", request_id)] {
        if id.trim().is_empty() {
            return Err(ImportError::at(path, Problem::MissingId));
        }
    }
    if call::by_id(call_id).is_none() {
        return Err(ImportError::at("call", Problem::UnknownCall { id: call_id.into() }));
    }
    check_resolved("part.applicant", &mut part.applicant)?;
    let id = part.applicant.id;
    if id == 0 {
        return Err(ImportError::at("part.applicant.id", Problem::MissingId));
    }
    for (i, line) in part.lines.iter().enumerate() {
        if line.bearer.trim() != id.to_string() {
            return Err(ImportError::at(
                format!("part.lines[{i}].bearer"),
                Problem::NotThePartnersLine,
            ));
        }
        if line.id == 0 || part.lines[..i].iter().any(|l| l.id == line.id) {
            return Err(ImportError::at(format!("part.lines[{i}].id"), Problem::MissingId));
        }
    }
    restore(part_fields(part), unreadable, "unreadable", lang)
}

/// What both files carry that [`check_part`] checks.
trait PartFile {
    #[allow(clippy::type_complexity)]
    fn fields(&mut self) -> (&str, &str, &str, &mut PartnerPart, &mut BTreeMap<String, String>);
}

macro_rules! part_file {
    ($($t:ty),*) => {$(
        impl PartFile for $t {
            fn fields(&mut self) -> (&str, &str, &str, &mut PartnerPart, &mut BTreeMap<String, String>) {
                (&self.project_id, &self.request_id, &self.call, &mut self.part, &mut self.unreadable)
            }
        }
    )*};
}
part_file!(RequestFile, ContributionFile);

/// [`check_part`] on a file read, its `unreadable` texts put back into their fields.
fn check_file(file: &mut impl PartFile, lang: Lang) -> Result<(), ImportError> {
    let (project_id, request_id, call, part, unreadable) = file.fields();
    let unreadable = std::mem::take(unreadable);
    check_part(project_id, request_id, call, part, &unreadable, lang)
}

/// Reads a request file.
pub fn read_request(bytes: &[u8], lang: Lang) -> Result<ReadRequest, ImportError> {
    let (text, scan, _version) = open(bytes, REQUEST_FORMAT, REQUEST_VERSION)?;
    let mut file: RequestFile = from_json(text).map_err(shape_error)?;
    for (path, date) in [
        ("project.start", &file.project.start),
        ("project.end", &file.project.end),
    ] {
        if !date.is_empty() && (date.len() != 10 || crate::domain::vocabulary::dates::parse_iso_date(date).is_none()) {
            return Err(ImportError::at(path, Problem::NotADate { text: date.clone() }));
        }
    }
    check_file(&mut file, lang)?;
    check_resolved("lead", &mut file.lead)?;
    Ok(ReadRequest {
        file,
        notes: scan.notes,
    })
}

/// Reads a contribution file.
pub fn read_contribution(bytes: &[u8], lang: Lang) -> Result<ReadContribution, ImportError> {
    let (text, scan, _version) = open(bytes, CONTRIBUTION_FORMAT, CONTRIBUTION_VERSION)?;
    let mut file: ContributionFile = from_json(text).map_err(shape_error)?;
    let fingerprint = {
        let mut said = file.clone();
        said.exported_at.clear();
        sha256_of_json(&said)
    };
    check_file(&mut file, lang)?;
    Ok(ReadContribution {
        file,
        notes: scan.notes,
        fingerprint,
    })
}

/// Which of our files a text is, by its `format` (to open a request or a contribution wherever a
/// file is dropped); `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    let format = super::reader::format_name(bytes)?;
    [
        crate::domain::formats::application::FORMAT,
        crate::domain::formats::decision::FORMAT,
        REQUEST_FORMAT,
        CONTRIBUTION_FORMAT,
    ]
    .into_iter()
    .find(|f| *f == format)
}
