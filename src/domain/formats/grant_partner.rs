//! The two files of a partner's entries in the project's accounts (see `exchange::ledger` for the
//! flow), as `formats::partner` is for the application's parts:
//!
//! - `hakemus-ledger-request`: what the lead sends a partner: the granted project's id and name, the
//!   lead and the partner (applicant id and name), the period asked for, and the partner's entries
//!   as the lead holds them (the base) — nothing of the other applicants' entries.
//! - `hakemus-ledger-contribution`: what the partner sends back: the request's ids, the partner,
//!   and its entries.
//!
//! Both are version 1, have a committed JSON Schema (`schema/`), and are read by the one strict
//! reader, then checked: the ids are given, every entry is the partner's own (its `bearer` is the
//! partner's id) with an id of its own, and amounts and dates are written as files write them — an
//! amount as a decimal string with its sign (`-120.00`: a credit is a real entry, where an
//! application's amounts are never negative), a date ISO 8601 — while text that is not yet an amount
//! or a date travels in `unreadable` by its path (`entries[3].net`), its field left empty.

use crate::domain::draft::LineId;
use crate::domain::formats::application::{self, Kind, TypedFields};
use crate::domain::formats::partner::{schema_text_of, sha256_of_json};
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::grant::model::{LedgerPartnerOf, RawEntry, RawGrant};
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const LEDGER_REQUEST_FORMAT: &str = "hakemus-ledger-request";
pub const LEDGER_CONTRIBUTION_FORMAT: &str = "hakemus-ledger-contribution";
pub const LEDGER_REQUEST_VERSION: u64 = 1;
pub const LEDGER_CONTRIBUTION_VERSION: u64 = 1;
/// The committed JSON Schemas, equal to [`request_schema`] and [`contribution_schema`] (tested).
pub const LEDGER_REQUEST_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-ledger-request.schema.json");
pub const LEDGER_CONTRIBUTION_SCHEMA_JSON: &str =
    include_str!("../../../schema/hakemus-ledger-contribution.schema.json");

/// An applicant of the granted project: its id in the application and its name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Party {
    #[schemars(range(min = 1))]
    pub id: LineId,
    pub name: String,
}

/// The period asked for: ISO 8601 dates, either empty (open at that end).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Period {
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start: String,
    #[schemars(regex(pattern = r"^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub end: String,
}

/// A request file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus ledger request", extend("additionalProperties" = false))]
pub struct LedgerRequestFile {
    /// Always `hakemus-ledger-request`.
    #[schemars(extend("const" = "hakemus-ledger-request"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the lead made the request, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub requested_at: String,
    /// Names the granted project, whatever the lead edits later.
    #[schemars(length(min = 1))]
    pub project_id: String,
    /// Names this request; the contribution that answers it carries it back.
    #[schemars(length(min = 1))]
    pub request_id: String,
    /// The project's name as the application gives it.
    pub project_name: String,
    pub lead: Party,
    pub partner: Party,
    pub period: Period,
    /// The partner's entries as the lead holds them: amounts as signed decimal strings, dates ISO
    /// 8601, each borne by the partner (`bearer` is its id).
    pub entries: Vec<RawEntry>,
    /// Text in an entry's amount or date field that is not (yet) an amount or a date, by path
    /// (`entries[0].net`); that field is empty above.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// A contribution file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus ledger contribution", extend("additionalProperties" = false))]
pub struct LedgerContributionFile {
    /// Always `hakemus-ledger-contribution`.
    #[schemars(extend("const" = "hakemus-ledger-contribution"))]
    pub format: String,
    #[schemars(extend("const" = 1))]
    pub schema_version: u64,
    /// When the partner exported it, RFC 3339 in UTC.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    #[schemars(length(min = 1))]
    pub project_id: String,
    #[schemars(length(min = 1))]
    pub request_id: String,
    pub partner: Party,
    /// The partner's entries: as in the request's.
    pub entries: Vec<RawEntry>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
}

/// The JSON Schemas as committed under `schema/`.
pub fn request_schema() -> String {
    schema_text_of(schemars::schema_for!(LedgerRequestFile))
}
pub fn contribution_schema() -> String {
    schema_text_of(schemars::schema_for!(LedgerContributionFile))
}

/// The entries' amount and date fields with their paths, as the application's files list theirs.
fn entry_fields(entries: &mut [RawEntry]) -> TypedFields<'_> {
    let mut fields = Vec::new();
    for (i, e) in entries.iter_mut().enumerate() {
        fields.push((format!("entries[{i}].date"), Kind::Date, &mut e.date));
        fields.push((format!("entries[{i}].net"), Kind::Amount, &mut e.net));
        fields.push((format!("entries[{i}].vat"), Kind::Amount, &mut e.vat));
    }
    fields
}

/// Runs the application's `canonical` or `restore` on the entries, whose amounts, unlike an
/// application's, may be credits: each amount field's sign is taken off before (the field set to
/// its magnitude, as `unsign` writes it) and put back before the result after, so that the
/// application's reader, and the drafter's bundle, stay as they are.
fn signed<T>(
    entries: &mut [RawEntry],
    unsign: impl Fn(&str) -> Option<String>,
    run: impl FnOnce(TypedFields<'_>) -> T,
) -> T {
    let mut credits = Vec::new();
    for (i, (_, kind, field)) in entry_fields(entries).into_iter().enumerate() {
        if let Some(magnitude) = (kind == Kind::Amount).then(|| unsign(field)).flatten() {
            *field = magnitude;
            credits.push(i);
        }
    }
    let result = run(entry_fields(entries));
    for (i, (_, _, field)) in entry_fields(entries).into_iter().enumerate() {
        if credits.contains(&i) {
            field.insert(0, '-');
        }
    }
    result
}

/// Writes each entry's amounts and dates as files write them (`-1234.50`, `2020-03-01`); a value
/// that is neither (yet) goes to the returned map by its path, its field left empty.
pub(crate) fn canonical(entries: &mut [RawEntry]) -> BTreeMap<String, String> {
    let credit = |t: &str| {
        let m = Money::parse_signed(t).ok().filter(|m| m.is_negative())?;
        Money::ZERO.checked_sub(m).map(Money::format_plain)
    };
    signed(entries, credit, application::canonical)
}

/// The reverse of [`canonical`] on reading: each amount into its field as `lang` writes it (a
/// credit `-1200.50`, never `-0.00`), each date checked, each `unreadable` text back into its empty
/// field.
pub(crate) fn restore(
    entries: &mut [RawEntry],
    unreadable: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<(), ImportError> {
    let credit = |t: &str| {
        let magnitude = t.strip_prefix('-')?;
        Money::parse_exchange(magnitude)
            .filter(|m| !m.is_zero())
            .map(|m| m.format_plain())
    };
    signed(entries, credit, |fields| {
        application::restore(fields, unreadable, "unreadable", lang)
    })
}

/// The request file for the partner `partner` of the lead's project, carrying `entries` (the
/// partner's, as the lead holds them) and the period `start`..`end` (typed or ISO; empty is open).
pub fn request(
    grant: &RawGrant,
    request_id: &str,
    requested_at: &str,
    lead: Party,
    partner: Party,
    (start, end): (&str, &str),
    entries: &[RawEntry],
) -> LedgerRequestFile {
    let iso = |d: &str| parse_date(d).map(|d| d.to_string()).unwrap_or_default();
    let mut entries = entries.to_vec();
    let unreadable = canonical(&mut entries);
    LedgerRequestFile {
        format: LEDGER_REQUEST_FORMAT.into(),
        schema_version: LEDGER_REQUEST_VERSION,
        requested_at: requested_at.into(),
        project_id: grant.id.clone(),
        request_id: request_id.into(),
        project_name: grant.application.project.name().to_string(),
        lead,
        partner,
        period: Period {
            start: iso(start),
            end: iso(end),
        },
        entries,
        unreadable,
    }
}

/// The contribution file of a partner's copy of the project (`None` if it is not a partner's):
/// every entry of the copy, borne by the partner.
pub fn contribution(grant: &RawGrant, exported_at: &str) -> Option<LedgerContributionFile> {
    let of = grant.partner_of.as_ref()?;
    let mut entries: Vec<RawEntry> = grant
        .entries
        .iter()
        .map(|e| RawEntry {
            bearer: of.partner.to_string(),
            ..e.clone()
        })
        .collect();
    let unreadable = canonical(&mut entries);
    Some(LedgerContributionFile {
        format: LEDGER_CONTRIBUTION_FORMAT.into(),
        schema_version: LEDGER_CONTRIBUTION_VERSION,
        exported_at: exported_at.into(),
        project_id: of.project_id.clone(),
        request_id: of.request_id.clone(),
        partner: Party {
            id: of.partner,
            name: of.partner_name.clone(),
        },
        entries,
        unreadable,
    })
}

/// The checks both files share after their shape: ids given, every entry the partner's with an id
/// of its own, amounts and dates as files write them (put into the fields as `lang` writes them).
fn check(
    project_id: &str,
    request_id: &str,
    partner: &Party,
    entries: &mut [RawEntry],
    unreadable: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<(), ImportError> {
    for (path, id) in [("project_id", project_id), ("request_id", request_id)] {
        if id.trim().is_empty() {
            return Err(ImportError::at(path, Problem::MissingId));
        }
    }
    if partner.id == 0 {
        return Err(ImportError::at("partner.id", Problem::MissingId));
    }
    for (i, e) in entries.iter().enumerate() {
        if e.bearer.trim() != partner.id.to_string() {
            return Err(ImportError::at(
                format!("entries[{i}].bearer"),
                Problem::NotThePartnersLine,
            ));
        }
        if e.id == 0 || entries[..i].iter().any(|o| o.id == e.id) {
            return Err(ImportError::at(format!("entries[{i}].id"), Problem::MissingId));
        }
    }
    restore(entries, unreadable, lang)
}

/// A request read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadLedgerRequest {
    pub file: LedgerRequestFile,
    pub notes: Vec<Note>,
}

impl ReadLedgerRequest {
    /// The partner's copy of the project this request starts: the request's entries (their ids
    /// kept, so that the lead's comparison knows them), the counter above them, and what it knows
    /// of the request.
    pub fn partner_grant(&self) -> RawGrant {
        let f = &self.file;
        let mut grant = RawGrant {
            id: f.project_id.clone(),
            entries: f.entries.clone(),
            partner_of: Some(LedgerPartnerOf {
                project_id: f.project_id.clone(),
                project_name: f.project_name.clone(),
                request_id: f.request_id.clone(),
                requested_at: f.requested_at.clone(),
                lead: f.lead.id,
                lead_name: f.lead.name.clone(),
                partner: f.partner.id,
                partner_name: f.partner.name.clone(),
                start: f.period.start.clone(),
                end: f.period.end.clone(),
            }),
            ..RawGrant::default()
        };
        grant.repair_ids();
        grant
    }
}

/// A contribution read from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadLedgerContribution {
    pub file: LedgerContributionFile,
    pub notes: Vec<Note>,
    /// The SHA-256 of what it says (as written, without the time), in hex: the same contribution
    /// read twice has the same fingerprint.
    pub fingerprint: String,
}

/// Reads a request file.
pub fn read_request(bytes: &[u8], lang: Lang) -> Result<ReadLedgerRequest, ImportError> {
    let (text, scan, _version) = open(bytes, LEDGER_REQUEST_FORMAT, LEDGER_REQUEST_VERSION)?;
    let mut file: LedgerRequestFile = from_json(text).map_err(shape_error)?;
    for (path, date) in [("period.start", &file.period.start), ("period.end", &file.period.end)] {
        if !date.is_empty() && (date.len() != 10 || parse_iso_date(date).is_none()) {
            return Err(ImportError::at(path, Problem::NotADate { text: date.clone() }));
        }
    }
    if file.lead.id == 0 {
        return Err(ImportError::at("lead.id", Problem::MissingId));
    }
    let unreadable = std::mem::take(&mut file.unreadable);
    check(
        &file.project_id,
        &file.request_id,
        &file.partner,
        &mut file.entries,
        &unreadable,
        lang,
    )?;
    Ok(ReadLedgerRequest {
        file,
        notes: scan.notes,
    })
}

/// Reads a contribution file.
pub fn read_contribution(bytes: &[u8], lang: Lang) -> Result<ReadLedgerContribution, ImportError> {
    let (text, scan, _version) = open(bytes, LEDGER_CONTRIBUTION_FORMAT, LEDGER_CONTRIBUTION_VERSION)?;
    let mut file: LedgerContributionFile = from_json(text).map_err(shape_error)?;
    let fingerprint = {
        let mut said = file.clone();
        said.exported_at.clear();
        sha256_of_json(&said)
    };
    let unreadable = std::mem::take(&mut file.unreadable);
    check(
        &file.project_id,
        &file.request_id,
        &file.partner,
        &mut file.entries,
        &unreadable,
        lang,
    )?;
    Ok(ReadLedgerContribution {
        file,
        notes: scan.notes,
        fingerprint,
    })
}

/// Which of these two files a text is, by its `format`; `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    let format = super::reader::format_name(bytes)?;
    [LEDGER_REQUEST_FORMAT, LEDGER_CONTRIBUTION_FORMAT]
        .into_iter()
        .find(|f| *f == format)
}

/// An applicant's name as the register names it (in Finnish, as the files write it), else as typed
/// (a municipality not in the register, an authority's name).
pub fn name_of(a: &crate::domain::draft::RawApplicant) -> String {
    crate::domain::rules::applicants::display_name(a, crate::domain::vocabulary::locale::Lang::Fi).unwrap_or_else(
        || {
            let typed = if a.municipality.trim().is_empty() {
                &a.name
            } else {
                &a.municipality
            };
            typed.trim().to_string()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::formats::partner::to_json;
    use crate::domain::grant::model::Origin;

    fn entry(id: LineId, date: &str, net: &str, vat: &str) -> RawEntry {
        RawEntry {
            id,
            date: date.into(),
            voucher: format!("T{id}"),
            category: "travel".into(),
            bearer: "2".into(),
            description: "Matka".into(),
            net: net.into(),
            vat: vat.into(),
            ..RawEntry::default()
        }
    }

    fn grant() -> RawGrant {
        let mut g = RawGrant {
            id: "g-1".into(),
            ..RawGrant::default()
        };
        g.application.project.name_fi = "Asiointi yhteen".into();
        g
    }

    fn party(id: LineId, name: &str) -> Party {
        Party { id, name: name.into() }
    }

    fn the_request() -> LedgerRequestFile {
        request(
            &grant(),
            "r-1",
            "2020-05-04T08:00:00Z",
            party(1, "Kiuruvesi"),
            party(2, "Iisalmi"),
            ("1.1.2020", "30.4.2020"),
            &[
                entry(5, "3.2.2020", "1 200,5", "288,12"),
                entry(6, "31.2.2020", "-38,90", ""),
                entry(7, "2020-04-30", "12,5O", ""),
            ],
        )
    }

    #[test]
    fn a_request_writes_amounts_and_dates_as_files_do_and_keeps_what_is_not_yet_one() {
        let file = the_request();
        assert_eq!(
            file.period,
            Period {
                start: "2020-01-01".into(),
                end: "2020-04-30".into()
            }
        );
        assert_eq!(file.project_name, "Asiointi yhteen");
        let e = &file.entries;
        assert_eq!(
            (e[0].date.as_str(), e[0].net.as_str(), e[0].vat.as_str()),
            ("2020-02-03", "1200.50", "288.12")
        );
        assert_eq!(
            (e[1].date.as_str(), e[1].net.as_str()),
            ("", "-38.90"),
            "a credit keeps its sign"
        );
        assert_eq!(e[2].net, "");
        assert_eq!(
            file.unreadable,
            [("entries[1].date", "31.2.2020"), ("entries[2].net", "12,5O")]
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .into()
        );
    }

    #[test]
    fn a_request_round_trips_and_starts_the_partner_s_copy() {
        let text = to_json(&the_request());
        let read = read_request(text.as_bytes(), Lang::Fi).unwrap();
        let e = &read.file.entries;
        assert_eq!(
            (e[0].net.as_str(), e[1].net.as_str(), e[2].net.as_str()),
            ("1 200,50", "-38,90", "12,5O")
        );
        assert_eq!((e[1].date.as_str(), e[0].date.as_str()), ("31.2.2020", "2020-02-03"));
        let mut copy = read.partner_grant();
        assert_eq!(copy.entries.len(), 3);
        assert_eq!(
            copy.take_id(),
            8,
            "the partner's new entries take ids above the request's"
        );
        let of = copy.partner_of.clone().unwrap();
        assert_eq!(
            (of.partner, of.partner_name.as_str(), of.lead_name.as_str()),
            (2, "Iisalmi", "Kiuruvesi")
        );

        // The partner's contribution, read by the lead: the same entries, the same values.
        copy.entries[0].description = "Matka Kuopioon".into();
        copy.entries.push(RawEntry {
            id: 8,
            origin: Origin::Imported {
                file: "iisalmi.csv".into(),
                row: 2,
            },
            ..entry(8, "1.4.2020", "99,00", "23,76")
        });
        let c = contribution(&copy, "2020-05-10T10:00:00Z").unwrap();
        let text = to_json(&c);
        let back = read_contribution(text.as_bytes(), Lang::Fi).unwrap();
        assert_eq!(back.file.entries.len(), 4);
        assert_eq!(back.file.entries[3].vat, "23,76");
        assert_eq!(back.file.entries[1].net, "-38,90");
        let again = read_contribution(text.replace("2020-05-10T10", "2020-05-11T10").as_bytes(), Lang::Fi).unwrap();
        assert_eq!(
            again.fingerprint, back.fingerprint,
            "the time is no part of what it says"
        );
        assert_eq!(format_of(text.as_bytes()), Some(LEDGER_CONTRIBUTION_FORMAT));
    }

    #[test]
    fn what_a_file_may_not_carry_is_refused_with_its_place() {
        let good = to_json(&the_request());
        let refused = |text: String| read_request(text.as_bytes(), Lang::Fi).unwrap_err();
        let e = refused(good.replacen("\"bearer\": \"2\"", "\"bearer\": \"3\"", 1));
        assert_eq!(
            (e.path.as_deref(), e.problem),
            (Some("entries[0].bearer"), Problem::NotThePartnersLine)
        );
        let e = refused(good.replacen("\"id\": 6", "\"id\": 5", 1));
        assert_eq!(
            (e.path.as_deref(), e.problem),
            (Some("entries[1].id"), Problem::MissingId)
        );
        let e = refused(good.replacen("\"1200.50\"", "\"1 200,50\"", 1));
        assert_eq!(e.path.as_deref(), Some("entries[0].net"));
        assert_eq!(
            e.problem,
            Problem::NotAnAmount {
                text: "1 200,50".into()
            }
        );
        let e = refused(good.replacen("\"-38.90\"", "\"-0.00\"", 1));
        assert_eq!(e.path.as_deref(), Some("entries[1].net"), "no negative zero");
        let e = refused(good.replacen("\"request_id\": \"r-1\"", "\"request_id\": \"\"", 1));
        assert_eq!((e.path.as_deref(), e.problem), (Some("request_id"), Problem::MissingId));
        let e = refused(good.replacen("\"entries[2].net\"", "\"entries[0].net\"", 1));
        assert_eq!(
            (e.path.as_deref(), e.problem),
            (Some("unreadable.entries[0].net"), Problem::NotAnUnreadableField)
        );
        let e = refused(good.replacen(
            "\"description\": \"Matka\"",
            "\"description\": \"Matka\", \"extra\": 1",
            1,
        ));
        assert_eq!(
            (e.path.as_deref(), e.problem),
            (Some("entries[0].extra"), Problem::UnknownField)
        );
        let e = read_contribution(good.as_bytes(), Lang::Fi).unwrap_err();
        assert_eq!(
            e.problem,
            Problem::NotAnExport {
                expected: LEDGER_CONTRIBUTION_FORMAT
            }
        );
    }
}
