//! The exchange format: a draft exported as versioned JSON, and imported back, strictly.
//!
//! An export is an [`Envelope`]: `format`, `schema_version`, `call`, `exported_at` and the
//! `application`, which is the raw draft with every amount written as a decimal string (`1200.50`)
//! and every date as ISO 8601 (`2020-03-01`), whatever convention the drafter typed. A value the
//! drafter typed that is not an amount or a date (yet) is not dropped: it goes to `unreadable`, by
//! its path, and comes back into the same field on import.
//!
//! Import trusts nothing: a size cap, UTF-8, JSON syntax with a depth limit, no duplicate keys, the
//! format and version, the shape (no unknown fields), then the amounts and dates. Every refusal
//! names the place, e.g. `application.budget.lines[3].amount: "12,5O" is not an amount`. It never
//! panics, whatever the bytes (property-tested). The exported-at time is given by the caller: there
//! is no clock here.

use crate::domain::draft::{
    ApplicantKind, PartnerPart, PartnerRequest, RawApplicant, RawBudgetLine, RawDraft, ResolvedMunicipality,
};
use crate::domain::formats::reader::{
    from_json, is_invisible, open, shape_error, ImportError, Note, Problem, MAX_FILE_BYTES,
};
use crate::domain::vocabulary::call;
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The `format` of every export.
pub const FORMAT: &str = "hakemus-application";
/// The version this build writes. Older files are migrated on import; newer ones are refused.
pub const SCHEMA_VERSION: u64 = 5;
/// The first version that carries each applicant's `resolved_municipality`.
const RESOLVED_FROM: u64 = 4;
/// The committed JSON Schema of [`Envelope`] (`schema/`), equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-application.schema.json");

/// An exported application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus application", extend("additionalProperties" = false))]
pub struct Envelope {
    /// Always `hakemus-application`.
    #[schemars(extend("const" = "hakemus-application"))]
    pub format: String,
    /// The version of this format; 1 is the first, 5 the current (older files are migrated on import).
    #[schemars(extend("const" = 5))]
    pub schema_version: u64,
    /// The id of the call profile the application answers (equals `application.call`).
    pub call: String,
    /// When the file was exported, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    /// The application. Amounts are decimal strings with two decimals, dates are ISO 8601, and an
    /// empty string means "not given".
    pub application: RawDraft,
    /// What the drafter typed into an amount or date field that is not (yet) an amount or a date,
    /// by the field's path (e.g. `application.budget.lines[3].amount`); that field is empty above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
    /// Not part of the application: the drafter's own working copy, so that the draft can be taken
    /// up in another browser (format 5 on; optional). The submission channel ignores it.
    #[serde(default, skip_serializing_if = "WorkingCopy::is_empty")]
    pub working_copy: WorkingCopy,
}

/// What the drafter's browser keeps beside the application, carried by an export so that an
/// import elsewhere goes on where the draft was: its title in the list of drafts, and the lead's
/// requests to partners with every contribution received and merged (what a later contribution is
/// checked and compared against). Amounts and dates in it are written as in the application (text
/// that is neither goes to the envelope's `unreadable`, by its path under `working_copy`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct WorkingCopy {
    /// The draft's name in the list of drafts.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The partner requests made (ids, the part each request carried) and the contributions
    /// received for each, merged or not.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partner_requests: Vec<PartnerRequest>,
}

impl WorkingCopy {
    pub fn is_empty(&self) -> bool {
        self.title.is_empty() && self.partner_requests.is_empty()
    }
}

/// The amount and date fields of a working copy's partner parts, by their paths.
fn working_fields(w: &mut WorkingCopy) -> TypedFields<'_> {
    let mut fields = Vec::new();
    for (i, r) in w.partner_requests.iter_mut().enumerate() {
        let at = format!("working_copy.partner_requests[{i}]");
        part_fields(&format!("{at}.sent"), &mut r.sent, &mut fields);
        for (j, ret) in r.returns.iter_mut().enumerate() {
            let at = format!("{at}.returns[{j}]");
            part_fields(&format!("{at}.part"), &mut ret.part, &mut fields);
            if let Some(p) = ret.before.as_mut() {
                part_fields(&format!("{at}.before"), p, &mut fields);
            }
            if let Some(p) = ret.after.as_mut() {
                part_fields(&format!("{at}.after"), p, &mut fields);
            }
        }
    }
    fields
}

fn part_fields<'a>(prefix: &str, p: &'a mut PartnerPart, fields: &mut TypedFields<'a>) {
    applicant_fields(&format!("{prefix}.applicant"), &mut p.applicant, fields);
    lines_fields(&format!("{prefix}.lines"), &mut p.lines, fields);
}

/// The JSON Schema of an export, generated from the Rust types.
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Envelope)).expect("a schema is plain JSON")
}

/// The schema as committed under `schema/`: pretty-printed, with a final newline.
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a schema is plain JSON");
    text.push('\n');
    text
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Amount,
    Date,
}

/// The fields that hold an amount or a date, with their paths in an export.
fn typed_fields(d: &mut RawDraft) -> Vec<(String, Kind, &mut String)> {
    let mut fields = vec![
        (
            "application.project.start".to_string(),
            Kind::Date,
            &mut d.project.start,
        ),
        ("application.project.end".to_string(), Kind::Date, &mut d.project.end),
        (
            "application.budget.requested_grant".to_string(),
            Kind::Amount,
            &mut d.budget.requested_grant,
        ),
    ];
    for (i, w) in d.schedule.iter_mut().enumerate() {
        fields.push((format!("application.schedule[{i}].start"), Kind::Date, &mut w.start));
        fields.push((format!("application.schedule[{i}].end"), Kind::Date, &mut w.end));
    }
    for (i, a) in d.applicants.iter_mut().enumerate() {
        applicant_fields(&format!("application.applicants[{i}]"), a, &mut fields);
    }
    lines_fields("application.budget.lines", &mut d.budget.lines, &mut fields);
    fields
}

/// An applicant's amount and date fields, under `prefix` (e.g. `application.applicants[1]`).
pub(crate) fn applicant_fields<'a>(prefix: &str, a: &'a mut RawApplicant, fields: &mut TypedFields<'a>) {
    fields.push((format!("{prefix}.own_financing"), Kind::Amount, &mut a.own_financing));
    fields.push((format!("{prefix}.decision_date"), Kind::Date, &mut a.decision_date));
}

/// The budget lines' amount fields, under `prefix` (e.g. `application.budget.lines`).
pub(crate) fn lines_fields<'a>(prefix: &str, lines: &'a mut [RawBudgetLine], fields: &mut TypedFields<'a>) {
    for (i, l) in lines.iter_mut().enumerate() {
        fields.push((format!("{prefix}[{i}].amount"), Kind::Amount, &mut l.amount));
        fields.push((format!("{prefix}[{i}].vat_override"), Kind::Amount, &mut l.vat_override));
    }
}

pub(crate) type TypedFields<'a> = Vec<(String, Kind, &'a mut String)>;

/// Writes each typed field as the files write it (amounts as decimal strings, dates ISO 8601); a
/// value that is neither (yet) goes to the returned map by its path, its field left empty.
pub(crate) fn canonical(fields: TypedFields<'_>) -> BTreeMap<String, String> {
    let mut unreadable = BTreeMap::new();
    for (path, kind, field) in fields {
        let typed = field.trim();
        let canonical = match kind {
            _ if typed.is_empty() => Some(String::new()),
            Kind::Amount => Money::parse(typed).ok().map(Money::format_plain),
            Kind::Date => parse_date(typed).map(|d| d.to_string()),
        };
        match canonical {
            Some(c) => *field = c,
            None => {
                unreadable.insert(path, std::mem::take(field));
            }
        }
    }
    unreadable
}

/// The reverse of [`canonical`] on reading a file: each amount into the field as `lang` writes it,
/// each date checked, and each `unreadable` text back into its (empty) field. `unreadable_at` is the
/// path of the `unreadable` map in the file.
pub(crate) fn restore(
    mut fields: TypedFields<'_>,
    unreadable: &BTreeMap<String, String>,
    unreadable_at: &str,
    lang: Lang,
) -> Result<(), ImportError> {
    for (path, kind, field) in fields.iter_mut() {
        if field.is_empty() {
            continue;
        }
        let problem = match kind {
            Kind::Amount => match Money::parse_exchange(field) {
                Some(m) => {
                    **field = m.format_input(lang);
                    continue;
                }
                None => Problem::NotAnAmount {
                    text: field.to_string(),
                },
            },
            Kind::Date if field.len() == 10 && parse_iso_date(field).is_some() => continue,
            Kind::Date => Problem::NotADate {
                text: field.to_string(),
            },
        };
        return Err(ImportError::at(path.clone(), problem));
    }
    for (path, text) in unreadable {
        match fields.iter_mut().find(|(p, _, _)| p == path) {
            Some((_, _, field)) if field.is_empty() => **field = text.clone(),
            _ => {
                return Err(ImportError::at(
                    format!("{unreadable_at}.{path}"),
                    Problem::NotAnUnreadableField,
                ))
            }
        }
    }
    Ok(())
}

/// The municipality of the register an applicant's typed text names, as the files carry it beside
/// that text (`None` for an authority, or a text that names none).
pub fn resolved(a: &RawApplicant) -> Option<ResolvedMunicipality> {
    if a.kind != ApplicantKind::Municipality {
        return None;
    }
    crate::domain::rules::applicants::resolve_municipality(&a.municipality).map(|m| ResolvedMunicipality {
        code: m.code.clone(),
        name_fi: m.name_fi.clone(),
        name_sv: m.name_sv.clone(),
    })
}

/// Writes an applicant's [`resolved`] municipality beside what was typed (a file's, not a draft's).
pub(crate) fn write_resolved(a: &mut RawApplicant) {
    a.resolved_municipality = resolved(a).unwrap_or_default();
}

/// On reading a file: the resolved municipality it carries for the applicant at `path` must be the
/// one the register gives for the typed text (refused at its place otherwise); then it is dropped,
/// as a draft keeps only what was typed. A file without one (older formats) is read as it is.
pub(crate) fn check_resolved(path: &str, a: &mut RawApplicant) -> Result<(), ImportError> {
    match std::mem::take(&mut a.resolved_municipality) {
        carried if !carried.is_empty() && Some(&carried) != resolved(a).as_ref() => Err(ImportError::at(
            format!("{path}.resolved_municipality"),
            Problem::Invalid {
                detail: "not the municipality of the register the typed text names".into(),
            },
        )),
        _ => Ok(()),
    }
}

/// The draft as an export. `exported_at` is the current time, RFC 3339 (the caller has the clock).
/// Its working copy carries the partner requests; [`export_titled`] adds the draft's title.
pub fn export(draft: &RawDraft, exported_at: &str) -> Envelope {
    export_titled(draft, exported_at, "")
}

/// [`export`], with the draft's `title` (its name in the list of drafts) in the working copy.
pub fn export_titled(draft: &RawDraft, exported_at: &str, title: &str) -> Envelope {
    let mut envelope = export_as(draft, exported_at, SCHEMA_VERSION);
    let mut working = WorkingCopy {
        title: title.trim().into(),
        partner_requests: draft.partner_requests.clone(),
    };
    envelope.unreadable.extend(canonical(working_fields(&mut working)));
    envelope.working_copy = working;
    envelope
}

/// The export as the app of format `version` wrote it (for the fingerprints of older files): the
/// resolved municipalities only from format 4 on.
fn export_as(draft: &RawDraft, exported_at: &str, version: u64) -> Envelope {
    let mut application = draft.clone();
    // The partners' exchange is the lead's working record in this browser, not the application's.
    application.partner_requests.clear();
    application.partner_of = None;
    for a in &mut application.applicants {
        if version >= RESOLVED_FROM {
            write_resolved(a);
        } else {
            a.resolved_municipality = Default::default();
        }
    }
    let unreadable = canonical(typed_fields(&mut application));
    Envelope {
        format: FORMAT.into(),
        schema_version: version,
        call: draft.call.clone(),
        exported_at: exported_at.into(),
        application,
        unreadable,
        working_copy: WorkingCopy::default(),
    }
}

/// Whether a draft whose stored record takes `record_bytes` still fits in a file the app can import
/// ([`MAX_FILE_BYTES`]); `Err` with the export's size if not. Pretty printing adds a few bytes of
/// white space per value, never ten times the compact size, so a record under 1 MiB always fits and
/// only larger ones are measured (rare: a 2 000-line budget is ~0.7 MB).
pub fn fits_in_a_file(draft: &RawDraft, record_bytes: usize) -> Result<(), usize> {
    if record_bytes <= 1024 * 1024 {
        return Ok(());
    }
    let bytes = to_json(&export(draft, "0000-00-00T00:00:00Z")).len();
    if bytes <= MAX_FILE_BYTES {
        Ok(())
    } else {
        Err(bytes)
    }
}

/// An export as the file's text: pretty-printed UTF-8 with a final newline.
pub fn to_json(envelope: &Envelope) -> String {
    let mut text = serde_json::to_string_pretty(envelope).expect("a draft is plain JSON");
    text.push('\n');
    text
}

/// The file name for an export: `hakemus-<project name>-<date>.json`, ASCII (`slug::slug`), at
/// most ~80 characters.
pub fn file_name(draft: &RawDraft, date: &str) -> String {
    use crate::domain::formats::slug::{slug, Other};
    let slug = slug(draft.project.name(), Other::Separates);
    let date: String = date
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .take(10)
        .collect();
    if slug.is_empty() {
        format!("hakemus-{date}.json")
    } else {
        format!("hakemus-{slug}-{date}.json")
    }
}

/// What identifies an application whatever file or language it came through: the SHA-256 of its
/// export without the export time, in lowercase hex. Two files of the same application have the same
/// fingerprint; any change to what the drafter wrote changes it. A review names the application by it.
pub fn fingerprint(draft: &RawDraft) -> String {
    fingerprint_in(draft, SCHEMA_VERSION)
}

/// The fingerprint as the app of format `version` computed it: the same hash over the export with that
/// `schema_version`. An application read from a file of an older format keeps the fingerprint it had,
/// so the reviews that name it still find it (the fields added since are not written while unset).
fn fingerprint_in(draft: &RawDraft, version: u64) -> String {
    use sha2::{Digest, Sha256};
    let envelope = export_as(draft, "", version);
    let digest = Sha256::digest(to_json(&envelope).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks that `fp` is written as [`fingerprint`] writes one (64 lowercase hexadecimal digits), for
/// the files that name an application by it (reviews, funding proposals); refused at `path`.
pub(crate) fn check_fingerprint(fp: &str, path: impl FnOnce() -> String) -> Result<(), ImportError> {
    let well_formed = fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if well_formed {
        Ok(())
    } else {
        Err(ImportError::at(
            path(),
            Problem::Invalid {
                detail: "a fingerprint is 64 lowercase hexadecimal digits".into(),
            },
        ))
    }
}

/// A successfully imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub draft: RawDraft,
    pub schema_version: u64,
    pub exported_at: String,
    pub notes: Vec<Note>,
    /// The application's fingerprint as the file's own format gives it (see [`fingerprint`]).
    pub fingerprint: String,
    /// The draft's title as the working copy gives it (empty if none).
    pub title: String,
}

/// Reads an exported file. Amounts are put back into the fields as the language writes them.
pub fn import(bytes: &[u8], lang: Lang) -> Result<Imported, ImportError> {
    let (text, scan, version) = open(bytes, FORMAT, SCHEMA_VERSION)?;
    let text = migrate(text, version);
    let envelope: Envelope = from_json(&text).map_err(shape_error)?;
    let Envelope {
        call: envelope_call,
        exported_at,
        mut application,
        unreadable,
        working_copy: mut working,
        ..
    } = envelope;
    if call::by_id(&application.call).is_none() {
        let id = application.call.clone();
        return Err(ImportError::at("application.call", Problem::UnknownCall { id }));
    }
    if envelope_call != application.call {
        return Err(ImportError::at(
            "call",
            Problem::CallMismatch {
                envelope: envelope_call,
                application: application.call.clone(),
            },
        ));
    }

    if !application.partner_requests.is_empty() || application.partner_of.is_some() {
        let at = if application.partner_of.is_some() {
            "application.partner_of"
        } else {
            "application.partner_requests"
        };
        return Err(ImportError::at(at, Problem::UnknownField));
    }
    for (i, a) in application.applicants.iter_mut().enumerate() {
        check_resolved(&format!("application.applicants[{i}]"), a)?;
    }
    check_working_copy(&application, &mut working)?;
    let mut fields = typed_fields(&mut application);
    fields.extend(working_fields(&mut working));
    restore(fields, &unreadable, "unreadable", lang)?;
    application.repair_ids();

    let mut notes = scan.notes;
    for (path, text) in &unreadable {
        if let Some(c) = text.chars().find(|c| is_invisible(*c)) {
            notes.push(Note {
                path: path.clone(),
                code: c as u32,
            });
        }
    }
    let fingerprint = fingerprint_in(&application, version);
    application.merge_retired_answers();
    application.partner_requests = working.partner_requests;
    Ok(Imported {
        fingerprint,
        title: working.title,
        draft: application,
        schema_version: version,
        exported_at,
        notes,
    })
}

/// A working copy's requests name the project (`application.project_id` is given), each its own
/// request id once, and a partner by its id (one no longer among the applicants is the draft's to
/// show, as after a removal); the parts carry no other resolved municipality than the register's,
/// which is then dropped as a draft keeps none.
fn check_working_copy(application: &RawDraft, working: &mut WorkingCopy) -> Result<(), ImportError> {
    if working.partner_requests.is_empty() {
        return Ok(());
    }
    if application.project_id.trim().is_empty() {
        return Err(ImportError::at("application.project_id", Problem::MissingId));
    }
    let requests = &mut working.partner_requests;
    for i in 0..requests.len() {
        let (before, rest) = requests.split_at_mut(i);
        let r = &mut rest[0];
        if before.iter().any(|b| b.request_id == r.request_id) {
            return Err(ImportError::at(
                "working_copy.partner_requests",
                Problem::Invalid {
                    detail: "a request id is given twice".into(),
                },
            ));
        }
        let at = format!("working_copy.partner_requests[{i}]");
        if r.request_id.trim().is_empty() || r.applicant == 0 {
            let field = if r.applicant == 0 { "applicant" } else { "request_id" };
            return Err(ImportError::at(format!("{at}.{field}"), Problem::MissingId));
        }
        check_resolved(&format!("{at}.sent.applicant"), &mut r.sent.applicant)?;
        for (j, ret) in r.returns.iter_mut().enumerate() {
            let at = format!("{at}.returns[{j}]");
            check_resolved(&format!("{at}.part.applicant"), &mut ret.part.applicant)?;
            for (name, p) in [("before", ret.before.as_mut()), ("after", ret.after.as_mut())] {
                if let Some(p) = p {
                    check_resolved(&format!("{at}.{name}.applicant"), &mut p.applicant)?;
                }
            }
        }
    }
    Ok(())
}

/// Brings an older file up to [`SCHEMA_VERSION`], one version at a time. A change to the format adds
/// a step `n => n + 1` here (reading the text as a `serde_json::Value`, changing it, writing it
/// back), with a test that reads committed files of version `n` (`tests/fixtures/exchange/v<n>/`).
///
/// - 4 → 5: the envelope's optional `working_copy` (the draft's title and the lead's partner
///   requests, beside the application) is new; a version 4 file has none, which its absence already
///   means: nothing to rewrite. (A reader of format 4 refuses a field it does not know, so a file
///   that may carry it is a new version.)
/// - 3 → 4: each applicant of a municipality carries `resolved_municipality` (code and official
///   names from the register) beside the text typed; a version 3 file has none, and a draft keeps
///   none (it is derived, written again by each export): nothing to rewrite.
/// - 2 → 3: an applicant's signatory, own financing and council decision, and the application's
///   `project_id` (which names it in the partners' requests) are new; a version 2 file has none of
///   them, which their absence already means: nothing to rewrite.
/// - 1 → 2: `application.lead_responsible` (the lead's commitment) is new. A version 1 file never
///   confirmed it, so it reads as `false`, which its absence already means: nothing to rewrite. Five
///   questions became part of others (`questions::MERGED`); their answers are moved, labelled, by
///   `RawDraft::merge_retired_answers` after reading (as for drafts in storage).
fn migrate(text: &str, from: u64) -> std::borrow::Cow<'_, str> {
    debug_assert!((1..=SCHEMA_VERSION).contains(&from));
    std::borrow::Cow::Borrowed(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii_and_dated() {
        let mut d = RawDraft::default();
        assert_eq!(file_name(&d, "2026-11-23"), "hakemus-2026-11-23.json");
        d.project.name_fi = "  Älykäs kunta: sähköinen asiointi 2.0 ".into();
        assert_eq!(
            file_name(&d, "2026-11-23"),
            "hakemus-alykas-kunta-sahkoinen-asiointi-2-0-2026-11-23.json"
        );
    }

    #[test]
    fn exchange_amounts_are_exact() {
        assert_eq!(Money::parse_exchange("1200.50"), Some(Money::from_cents(120050)));
        assert_eq!(Money::parse_exchange("0.05"), Some(Money::from_cents(5)));
        for bad in [
            "1200.5", "1200", "01.00", "-1.00", "1 200.00", "1200,50", "1e3", "", ".50", "1.000",
        ] {
            assert_eq!(Money::parse_exchange(bad), None, "{bad}");
        }
    }
}
