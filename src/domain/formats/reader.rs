//! The one strict reader every file format of ours goes through, before its own shape: a size
//! cap, UTF-8 (a BOM is allowed), JSON syntax with a depth limit, no duplicate keys (a JSON reader
//! would silently keep the last), the `format` and `schema_version` header, and invisible
//! characters noted by place; then the shape, with serde, naming the place of any problem.
//! Every refusal is an [`ImportError`] with its path. Storage reads its records with [`from_json`].

use crate::domain::vocabulary::objects;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// The largest file the app reads, stated once: import, paste and the reviewer's files refuse
/// larger ones, and storage refuses to save a draft whose export would be larger (see
/// `application::fits_in_a_file`), so that whatever the app saves or exports, it can import again.
/// Far above a real application (a 2 000-line budget is ~0.7 MB).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

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
        /// The largest the reader takes ([`MAX_FILE_BYTES`], or a backup's own limit).
        limit: usize,
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
    NotAnExport {
        /// The `format` the reader expected (e.g. `hakemus-application`).
        expected: &'static str,
    },
    /// Made by a newer version of the app.
    NewerVersion {
        found: u64,
        /// The newest version of the format this build reads.
        reads: u64,
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
    /// An id a partner's file must carry is empty (or, for a line, repeated).
    MissingId,
    /// A line of a partner's file borne by someone else than the partner.
    NotThePartnersLine,
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

/// The checks every file of ours goes through before its shape: the size cap, UTF-8 (a BOM is
/// allowed), not empty, JSON syntax with a depth limit and no duplicate keys, then the `format` and
/// the `schema_version` (at most `newest`). Returns the text, what the scan found, and the version.
pub(crate) fn open<'a>(
    bytes: &'a [u8],
    format: &'static str,
    newest: u64,
) -> Result<(&'a str, Scan, u64), ImportError> {
    open_capped(bytes, format, newest, MAX_FILE_BYTES)
}

/// [`open`] with a size cap of the format's own (a backup holds many files' worth).
pub(crate) fn open_capped<'a>(
    bytes: &'a [u8],
    format: &'static str,
    newest: u64,
    limit: usize,
) -> Result<(&'a str, Scan, u64), ImportError> {
    if bytes.len() > limit {
        return Err(ImportError::whole(Problem::TooLarge {
            bytes: bytes.len(),
            limit,
        }));
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
        return Err(ImportError::whole(Problem::NotAnExport { expected: format }));
    }
    let version = match scan.schema_version {
        Some(v) if v > newest => {
            return Err(ImportError::at(
                "schema_version",
                Problem::NewerVersion {
                    found: v,
                    reads: newest,
                },
            ))
        }
        Some(v) if v >= 1 => v,
        _ => return Err(ImportError::at("schema_version", Problem::UnknownVersion)),
    };
    Ok((text, scan, version))
}

/// The `format` a text names at its top (`None` if it is not JSON text with one): which of our
/// files it is, before it is read as that file (`partner::format_of`, `initiative::format_of`).
pub(crate) fn format_name(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()?;
    #[derive(serde::Deserialize)]
    struct Header {
        format: String,
    }
    objects::from_str::<Header>(text).ok().map(|h| h.format)
}

/// Which of `formats` a text names at its top ([`format_name`]); `None` for anything else (a pair
/// of files' `format_of`: `clarification`, `completion`).
pub(crate) fn format_among(bytes: &[u8], formats: &[&'static str]) -> Option<&'static str> {
    let format = format_name(bytes)?;
    formats.iter().copied().find(|f| *f == format)
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

/// Reads typed JSON text and says where it went wrong: `(path, error)`, the path `None` at the top.
/// Storage reads its records with this too, so the reader is compiled once for both.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (Option<String>, serde_json::Error)> {
    parse(text).map_err(split)
}

/// [`from_json`] with the path as segments (the lenient record reader finds the place in them).
///
/// serde reads the text once, without tracking where it is (a tracking wrapper such as
/// `serde_path_to_error` compiles every type's reader a second time: 140 KB of wasm); only when it
/// fails is the place found again, from the position the JSON reader gives, by [`path_at`].
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, PathError> {
    objects::from_str(text).map_err(|inner| {
        let path = if inner.is_syntax() || inner.is_eof() || inner.line() == 0 {
            Vec::new()
        } else {
            let offset = offset_of(text, inner.line(), inner.column());
            // A failure serde finds after the JSON reader has returned a value (a value's own check,
            // content serde buffered) is placed by the enclosing object or list, once that has read
            // on: past the comma after the element (a list), or past its own end when the value was
            // its last. The place is that value; only a field missing or a list too short or long is
            // the container's own. A list or an object where something else belongs (a struct
            // written as a list) is refused before it is entered, with the reader at its bracket:
            // the place is that value.
            let before = text[..offset].trim_end();
            let own = inner.to_string();
            let containers_own = own.starts_with("missing field") || own.starts_with("invalid length");
            let last_value = before.ends_with(',') || (before.ends_with(['}', ']']) && !containers_own);
            let not_entered = match text.as_bytes().get(offset) {
                Some(b'[') => own.starts_with("invalid type: sequence"),
                Some(b'{') => own.starts_with("invalid type: map"),
                _ => false,
            };
            path_at(
                text,
                if not_entered {
                    offset + 1
                } else if last_value {
                    before.len() - 1
                } else {
                    offset
                },
            )
        };
        PathError { path, inner }
    })
}

/// A typed reading's failure and its place.
#[derive(Debug)]
pub(crate) struct PathError {
    path: Vec<Segment>,
    inner: serde_json::Error,
}

impl PathError {
    pub(crate) fn path(&self) -> &[Segment] {
        &self.path
    }
    pub(crate) fn inner(&self) -> &serde_json::Error {
        &self.inner
    }
}

/// One step of a place in a JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    /// An object's member.
    Map { key: String },
    /// A list's element.
    Seq { index: usize },
}

/// A [`parse`] error as [`from_json`] gives it: the path as text (`lines[3].amount`), `None` at the top.
pub(crate) fn split(e: PathError) -> (Option<String>, serde_json::Error) {
    let mut path = String::new();
    for segment in &e.path {
        match segment {
            Segment::Map { key } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Seq { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    ((!path.is_empty()).then_some(path), e.inner)
}

/// The byte offset of the JSON reader's position (line from 1; column: the bytes of that line
/// read so far).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    (start + column).min(text.len())
}

/// Where a reader that has read `text` up to `offset` is: the object members and list elements
/// open there, outermost first. A member counts from its key on, an element from its first byte;
/// a value read to its end is still the member's (a wrong value is reported just after it), and an
/// object read to its closing brace is its parent's member (a missing field is reported there).
pub(crate) fn path_at(text: &str, offset: usize) -> Vec<Segment> {
    enum Open {
        Object { key: Option<String>, expecting_key: bool },
        List { index: usize, started: bool },
    }
    let bytes = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < offset.min(bytes.len()) {
        let b = bytes[i];
        if let Some(Open::List { started, .. }) = open.last_mut() {
            if !b.is_ascii_whitespace() && b != b']' && b != b',' {
                *started = true;
            }
        }
        match b {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Open::Object {
                    key,
                    expecting_key: expecting @ true,
                }) = open.last_mut()
                {
                    // Unescaped as serde reads it (a key cut short only comes with a syntax
                    // error, which has no place).
                    *key = Some(serde_json::from_str(&text[start..(i + 1).min(text.len())]).unwrap_or_default());
                    *expecting = false;
                }
            }
            b'{' => open.push(Open::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => open.push(Open::List {
                index: 0,
                started: false,
            }),
            b'}' | b']' => {
                open.pop();
            }
            b',' => match open.last_mut() {
                Some(Open::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Open::List { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    open.into_iter()
        .filter_map(|o| match o {
            Open::Object { key, .. } => key.map(|key| Segment::Map { key }),
            Open::List { index, started } => started.then_some(Segment::Seq { index }),
        })
        .collect()
}

pub(crate) fn syntax_error(e: &serde_json::Error) -> ImportError {
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
pub(crate) fn scan(text: &str) -> Result<Scan, ImportError> {
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
pub(crate) fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct File {
        lines: Vec<Line>,
        marks: Vec<Checked>,
        total: Checked,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        id: u32,
        amount: Checked,
    }

    /// A value with a check of its own, made once the JSON reader has returned it (`try_from`).
    #[derive(Debug, Deserialize)]
    #[serde(try_from = "u32")]
    struct Checked;

    impl TryFrom<u32> for Checked {
        type Error = String;
        fn try_from(v: u32) -> Result<Self, String> {
            if v <= 3 {
                Ok(Checked)
            } else {
                Err(format!("{v} is not 0 to 3"))
            }
        }
    }

    /// The same text laid out as a person would write it.
    fn pretty(text: &str) -> String {
        text.replace('{', "{\n  ")
            .replace('[', "[\n    ")
            .replace(',', ",\n  ")
            .replace('}', "\n}")
            .replace(']', "\n  ]")
            .replace(':', ": ")
    }

    #[test]
    fn a_failure_names_its_place_in_compact_and_laid_out_text() {
        let cases = [
            // A wrong type: reported by the JSON reader just after the value.
            (
                r#"{"lines":[{"id":1,"amount":1},{"id":"2","amount":1}],"marks":[],"total":1}"#,
                Some("lines[1].id"),
            ),
            // A value's own check: in the middle and at the end of its object and of its list.
            (
                r#"{"lines":[{"amount":9,"id":1}],"marks":[],"total":1}"#,
                Some("lines[0].amount"),
            ),
            (
                r#"{"lines":[{"id":1,"amount":9}],"marks":[],"total":1}"#,
                Some("lines[0].amount"),
            ),
            (
                r#"{"lines":[{"id":1,"amount":9},{"id":2,"amount":1}],"marks":[],"total":1}"#,
                Some("lines[0].amount"),
            ),
            (r#"{"lines":[],"marks":[9,1],"total":1}"#, Some("marks[0]")),
            (r#"{"lines":[],"marks":[1,9],"total":1}"#, Some("marks[1]")),
            (r#"{"lines":[],"marks":[],"total":9}"#, Some("total")),
            // A field missing: the object's own.
            (
                r#"{"lines":[{"id":1,"amount":1},{"id":2}],"marks":[],"total":1}"#,
                Some("lines[1]"),
            ),
            (r#"{"lines":[{"id":2}],"marks":[],"total":1}"#, Some("lines[0]")),
            (r#"{"lines":[],"marks":[]}"#, None),
            // An unknown field: at its key.
            (
                r#"{"lines":[{"id":1,"colour":"red","amount":1}],"marks":[],"total":1}"#,
                Some("lines[0].colour"),
            ),
            (r#"{"lines":[],"marks":[],"total":1,"extra":{"a":[1]}}"#, Some("extra")),
            // Keys with escapes are read as keys.
            (r#"{"lines":[],"marks":[],"total":1,"e\"x\u0074ra":1}"#, Some("e\"xtra")),
        ];
        for (text, want) in cases {
            for text in [text.to_string(), pretty(text)] {
                let place = from_json::<File>(&text).unwrap_err().0;
                assert_eq!(place.as_deref(), want, "{text}");
            }
        }
    }

    /// No file of ours writes a struct as a list (serde would read one, its fields by position):
    /// refused as the wrong type, at its place.
    #[test]
    fn a_struct_written_as_a_list_is_refused_with_its_place() {
        let cases = [
            (
                r#"{"lines":[[1,1]],"marks":[],"total":1}"#,
                Some("lines[0]"),
                "sequence",
                "struct Line",
            ),
            (
                r#"{"lines":[{"id":1,"amount":1},[2,1]],"marks":[],"total":1}"#,
                Some("lines[1]"),
                "sequence",
                "struct Line",
            ),
            (r#"[[],[],1]"#, None, "sequence", "struct File"),
            // Any list or object of the wrong type in a list is the element's, as any other value.
            (
                r#"{"lines":[],"marks":[1,[1]],"total":1}"#,
                Some("marks[1]"),
                "sequence",
                "u32",
            ),
            (
                r#"{"lines":[],"marks":[{"a":1}],"total":1}"#,
                Some("marks[0]"),
                "map",
                "u32",
            ),
            (
                r#"{"lines":[{"amount":[1],"id":1}],"marks":[],"total":1}"#,
                Some("lines[0].amount"),
                "sequence",
                "u32",
            ),
        ];
        for (text, want, found, expected) in cases {
            for text in [text.to_string(), pretty(text)] {
                let (place, e) = from_json::<File>(&text).unwrap_err();
                assert_eq!(place.as_deref(), want, "{text}");
                assert_eq!(
                    shape_error((place, e)).problem,
                    Problem::Invalid {
                        detail: format!("invalid type: {found}, expected {expected}")
                    },
                    "{text}"
                );
            }
        }
    }
}
