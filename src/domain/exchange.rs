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

use crate::domain::call;
use crate::domain::draft::RawDraft;
use crate::domain::locale::Lang;
use crate::domain::money::Money;
use crate::domain::project::parse_date;
use schemars::JsonSchema;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// The `format` of every export.
pub const FORMAT: &str = "hakemus-application";
/// The version this build writes. Older files are migrated on import; newer ones are refused.
pub const SCHEMA_VERSION: u64 = 1;
/// The largest file import accepts: far above a real application (a 2 000-line budget is ~0.7 MB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// The committed JSON Schema of [`Envelope`] (`schema/`), equal to [`schema`] (tested).
pub const SCHEMA_JSON: &str = include_str!("../../schema/hakemus-application.schema.json");

/// An exported application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus application", extend("additionalProperties" = false))]
pub struct Envelope {
    /// Always `hakemus-application`.
    #[schemars(extend("const" = "hakemus-application"))]
    pub format: String,
    /// The version of this format; 1 is the first.
    #[schemars(extend("const" = 1))]
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
enum Kind {
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
    for (i, l) in d.budget.lines.iter_mut().enumerate() {
        fields.push((
            format!("application.budget.lines[{i}].amount"),
            Kind::Amount,
            &mut l.amount,
        ));
        fields.push((
            format!("application.budget.lines[{i}].vat_override"),
            Kind::Amount,
            &mut l.vat_override,
        ));
    }
    fields
}

/// The draft as an export. `exported_at` is the current time, RFC 3339 (the caller has the clock).
pub fn export(draft: &RawDraft, exported_at: &str) -> Envelope {
    let mut application = draft.clone();
    let mut unreadable = BTreeMap::new();
    for (path, kind, field) in typed_fields(&mut application) {
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
    Envelope {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        call: draft.call.clone(),
        exported_at: exported_at.into(),
        application,
        unreadable,
    }
}

/// An export as the file's text: pretty-printed UTF-8 with a final newline.
pub fn to_json(envelope: &Envelope) -> String {
    let mut text = serde_json::to_string_pretty(envelope).expect("a draft is plain JSON");
    text.push('\n');
    text
}

/// The file name for an export: `hakemus-<project name>-<date>.json`, ASCII, at most ~80 characters.
pub fn file_name(draft: &RawDraft, date: &str) -> String {
    let mut slug = String::new();
    for c in draft.project.name_fi.trim().chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !(slug.is_empty() || slug.ends_with('-')) {
            slug.push(c);
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
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
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(to_json(&export(draft, "")).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a file was refused, and where in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// The place, e.g. `application.budget.lines[3].amount`; `None` for the file as a whole.
    pub path: Option<String>,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// The browser could not read the chosen file (removed, or no permission).
    CouldNotRead,
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        offset: usize,
    },
    /// Not JSON; the position is where the reading stopped (1-based).
    Syntax {
        line: usize,
        column: usize,
    },
    /// Nested deeper than the JSON reader allows (128 levels).
    TooDeep,
    DuplicateKey {
        key: String,
    },
    /// Valid JSON, but not a Hakemus export (`format` missing or different).
    NotAnExport,
    /// Made by a newer version of the app.
    NewerVersion {
        found: u64,
    },
    /// A version this app never wrote (0, negative, fractional or missing).
    UnknownVersion,
    UnknownField,
    /// The value has the wrong type or is not one of the allowed values; the detail is the JSON
    /// reader's own words (English).
    Invalid {
        detail: String,
    },
    NotAnAmount {
        text: String,
    },
    NotADate {
        text: String,
    },
    UnknownCall {
        id: String,
    },
    CallMismatch {
        envelope: String,
        application: String,
    },
    /// An `unreadable` entry that does not name an empty amount or date field.
    NotAnUnreadableField,
}

impl ImportError {
    pub(crate) fn at(path: impl Into<String>, problem: Problem) -> ImportError {
        ImportError {
            path: Some(path.into()),
            problem,
        }
    }
    pub(crate) fn whole(problem: Problem) -> ImportError {
        ImportError { path: None, problem }
    }
}

/// Something an import accepted but the reader should know: invisible characters that can make
/// text look different from what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub path: String,
    /// The character's code point (a control or a bidirectional formatting character).
    pub code: u32,
}

/// A successfully imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub draft: RawDraft,
    pub schema_version: u64,
    pub exported_at: String,
    pub notes: Vec<Note>,
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

    let mut fields = typed_fields(&mut application);
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
            Kind::Date if field.len() == 10 && call::parse_iso_date(field).is_some() => continue,
            Kind::Date => Problem::NotADate {
                text: field.to_string(),
            },
        };
        return Err(ImportError::at(path.clone(), problem));
    }
    for (path, text) in &unreadable {
        match fields.iter_mut().find(|(p, _, _)| p == path) {
            Some((_, _, field)) if field.is_empty() => **field = text.clone(),
            _ => {
                return Err(ImportError::at(
                    format!("unreadable.{path}"),
                    Problem::NotAnUnreadableField,
                ))
            }
        }
    }
    drop(fields);
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
    Ok(Imported {
        draft: application,
        schema_version: version,
        exported_at,
        notes,
    })
}

/// The checks every file of ours goes through before its shape: the size cap, UTF-8 (a BOM is
/// allowed), not empty, JSON syntax with a depth limit and no duplicate keys, then the `format` and
/// the `schema_version` (at most `newest`). Returns the text, what the scan found, and the version.
pub(crate) fn open<'a>(bytes: &'a [u8], format: &str, newest: u64) -> Result<(&'a str, Scan, u64), ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::whole(Problem::TooLarge { bytes: bytes.len() }));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::whole(Problem::NotUtf8 {
            offset: e.valid_up_to(),
        })
    })?;
    if text.trim().is_empty() {
        return Err(ImportError::whole(Problem::Empty));
    }
    let scan = scan(text)?;
    // Format and version, before the shape: a newer file deserves "newer", not "unknown field".
    if scan.format.as_deref() != Some(format) {
        return Err(ImportError::whole(Problem::NotAnExport));
    }
    let version = match scan.schema_version {
        Some(v) if v > newest => return Err(ImportError::at("schema_version", Problem::NewerVersion { found: v })),
        Some(v) if v >= 1 => v,
        _ => return Err(ImportError::at("schema_version", Problem::UnknownVersion)),
    };
    Ok((text, scan, version))
}

/// A [`from_json`] failure as the reader sees it: an unknown field, or the JSON reader's words.
pub(crate) fn shape_error((path, e): (Option<String>, serde_json::Error)) -> ImportError {
    let detail = e.to_string();
    let detail = detail.rsplit_once(" at line ").map_or(detail.as_str(), |(d, _)| d);
    let problem = if detail.starts_with("unknown field") {
        Problem::UnknownField
    } else {
        Problem::Invalid {
            detail: detail.to_string(),
        }
    };
    ImportError { path, problem }
}

/// Brings an older file up to [`SCHEMA_VERSION`], one version at a time. Version 1 is the first,
/// so there is nothing to do yet; a change to the format adds a step `n => n + 1` here (reading the
/// text as a `serde_json::Value`, changing it, writing it back), with a test that reads a committed
/// file of version `n`.
fn migrate(text: &str, from: u64) -> std::borrow::Cow<'_, str> {
    debug_assert!((1..=SCHEMA_VERSION).contains(&from));
    std::borrow::Cow::Borrowed(text)
}

/// Reads typed JSON text and says where it went wrong: `(path, error)`, the path `None` at the top.
/// Storage reads its records with this too, so the reader is compiled once for both.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (Option<String>, serde_json::Error)> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        (if path == "." { None } else { Some(path) }, e.into_inner())
    })?;
    de.end().map_err(|e| (None, e))?;
    Ok(value)
}

fn syntax_error(e: &serde_json::Error) -> ImportError {
    if e.to_string().starts_with("recursion limit exceeded") {
        ImportError::whole(Problem::TooDeep)
    } else {
        ImportError::whole(Problem::Syntax {
            line: e.line(),
            column: e.column(),
        })
    }
}

/// What one untyped pass over the file found: the header, and invisible characters by place.
#[derive(Default)]
pub(crate) struct Scan {
    format: Option<String>,
    schema_version: Option<u64>,
    pub(crate) notes: Vec<Note>,
}

/// One pass over the text that refuses bad syntax, excessive depth and duplicate keys (which a
/// JSON reader would otherwise resolve silently, last one wins), and notes invisible characters.
fn scan(text: &str) -> Result<Scan, ImportError> {
    let found = std::cell::RefCell::new(Scan::default());
    let duplicate = std::cell::RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = Scanner {
        path: String::new(),
        found: &found,
        duplicate: &duplicate,
    };
    let result = de::DeserializeSeed::deserialize(seed, &mut de).and_then(|()| de.end());
    if let Some((path, key)) = duplicate.into_inner() {
        let path = (!String::is_empty(&path)).then_some(path);
        return Err(ImportError {
            path,
            problem: Problem::DuplicateKey { key },
        });
    }
    result.map_err(|e| syntax_error(&e))?;
    Ok(found.into_inner())
}

/// Visits any JSON value at `path`.
struct Scanner<'a> {
    path: String,
    found: &'a std::cell::RefCell<Scan>,
    duplicate: &'a std::cell::RefCell<Option<(String, String)>>,
}

impl Scanner<'_> {
    fn child(&self, path: String) -> Self {
        Scanner {
            path,
            found: self.found,
            duplicate: self.duplicate,
        }
    }
    fn number(self, n: Option<u64>) {
        if self.path == "schema_version" {
            self.found.borrow_mut().schema_version = n;
        }
    }
}

impl<'de> de::DeserializeSeed<'de> for Scanner<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Scanner<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.number(None);
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.number(Some(v));
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.number(None);
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        let mut found = self.found.borrow_mut();
        if self.path == "format" {
            found.format = Some(v.to_string());
        }
        if let Some(c) = v.chars().find(|c| is_invisible(*c)) {
            found.notes.push(Note {
                path: self.path.clone(),
                code: c as u32,
            });
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while seq
            .next_element_seed(self.child(format!("{}[{i}]", self.path)))?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                *self.duplicate.borrow_mut() = Some((self.path.clone(), key));
                return Err(de::Error::custom("duplicate key"));
            }
            let path = if self.path.is_empty() {
                key
            } else {
                format!("{}.{key}", self.path)
            };
            map.next_value_seed(self.child(path))?;
        }
        Ok(())
    }
}

/// Control characters (other than tab and line breaks) and bidirectional formatting characters.
fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
