//! The one strict reader every file format of ours goes through, before its own shape: a size
//! cap, UTF-8 (a BOM is allowed), JSON syntax with a depth limit, no duplicate keys (a JSON reader
//! would silently keep the last), the `format` and `schema_version` header, and invisible
//! characters noted by place; then the shape, with serde, naming the place of any problem.
//! Every refusal is an [`ImportError`] with its path. Storage reads its records with [`from_json`].

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashSet;
use std::fmt;

/// The largest file the app reads, stated once: import, paste and the reviewer's files refuse
/// larger ones, and storage refuses to save a draft whose export would be larger (see
/// `application::fits_in_a_file`), so that whatever the app saves or exports, it can import again.
/// Far above a real application (a 2 000-line budget is ~0.7 MB).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// The formats of ours, each named once (the reader says which one it expected).
const EXPECTED: [&str; 5] = [
    "hakemus-application",
    "hakemus-decision",
    "hakemus-review",
    "hakemus-partner-request",
    "hakemus-partner-contribution",
];

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
pub(crate) fn open<'a>(bytes: &'a [u8], format: &str, newest: u64) -> Result<(&'a str, Scan, u64), ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
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
        return Err(ImportError::whole(Problem::NotAnExport {
            expected: EXPECTED
                .iter()
                .find(|f| **f == format)
                .copied()
                .unwrap_or("hakemus-application"),
        }));
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
pub(crate) fn parse<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, serde_path_to_error::Error<serde_json::Error>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de)?;
    de.end()
        .map_err(|e| serde_path_to_error::Error::new(serde_path_to_error::Track::new().path(), e))?;
    Ok(value)
}

/// A [`parse`] error as [`from_json`] gives it: the path as text, `None` at the top.
pub(crate) fn split(e: serde_path_to_error::Error<serde_json::Error>) -> (Option<String>, serde_json::Error) {
    let path = e.path().to_string();
    (if path == "." { None } else { Some(path) }, e.into_inner())
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
