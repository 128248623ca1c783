//! The Swedish and English texts as data files of the build, not code in the wasm (issue 18): a
//! Finnish user, the default, does not download them; a Swedish or English one fetches one small
//! file (precached for offline with the rest of the build) before the app shows a page in it.
//!
//! The texts are still written in Rust, all three languages side by side, so a key without all
//! three does not compile and native code (the tests, `hakemus-check`) has every language built in.
//! Only the wasm leaves the Swedish and English arms out (`#[cfg(target_arch = "wasm32")]`) and
//! looks them up here. `texts-sv.json` and `texts-en.json` under `src/i18n/data/` are generated
//! from the source: a test fails if they are stale (`UPDATE_TEXTS=1 cargo test --lib catalogue`).
//!
//! The tables ([`super::TABLES`]): the fixed texts `T` and the reviewer's decision texts `D`
//! (`texts!`), and the texts kept as a `match (lang, key)` over a domain enum that take no
//! arguments (the written questions' labels and guidance, their pages' texts, the citations; their
//! key names are written beside the match). The messages with arguments are still code.
//!
//! A file holds, per table, the texts in key order and a fingerprint of the key names. A file
//! whose fingerprint is not this build's (a stale copy in a browser's cache) is refused as a whole,
//! so a text can never be shown under another's key; a text not found is shown in Finnish. Pure:
//! the UI fetches the file and hands its text to [`install`]. It is a file of the build that only
//! the same build reads, not an exchange format: versioned and fingerprinted, but neither a JSON
//! Schema nor the strict reader of users' files.

use crate::domain::vocabulary::locale::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The file format's name and version, written into each file and checked when it is read.
const FORMAT: &str = "hakemus-texts";
const VERSION: u64 = 1;

/// One table of texts: a `texts!` enum, or a `match (lang, key)` over a domain enum.
pub struct Table {
    pub name: &'static str,
    /// [`fingerprint`] of the key names, in order.
    pub keys: u64,
    pub len: usize,
}

impl Table {
    /// A table named `name` whose keys are `keys`, one name per line, in order.
    pub const fn of(name: &'static str, keys: &str, len: usize) -> Table {
        Table {
            name,
            keys: fingerprint(keys),
            len,
        }
    }
}

/// FNV-1a, 64 bits: computed at compile time over a table's key names (the names themselves are
/// not kept in the wasm).
pub const fn fingerprint(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The texts installed for Swedish and English, by table name.
static SV: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
static EN: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();

fn slot(lang: Lang) -> Option<&'static OnceLock<HashMap<String, Vec<String>>>> {
    match lang {
        Lang::Fi => None,
        Lang::Sv => Some(&SV),
        Lang::En => Some(&EN),
    }
}

/// Whether the pages can be shown in `lang` without fetching anything (Finnish always can).
pub fn is_ready(lang: Lang) -> bool {
    slot(lang).is_none_or(|s| s.get().is_some())
}

/// The file of `lang`'s texts, relative to the public URL (`None` for Finnish, which is built in).
pub fn file_path(lang: Lang) -> Option<String> {
    slot(lang).map(|_| format!("i18n/texts-{}.json", lang.code()))
}

/// The text at `index` of `table` in `lang`, once its file is installed.
pub fn lookup(lang: Lang, table: &Table, index: usize) -> Option<&'static str> {
    slot(lang)?.get()?.get(table.name)?.get(index).map(String::as_str)
}

/// A text in `lang` other than Finnish: the one at `index` of `table` once its file is installed,
/// `finnish` until then (the wasm's arm for Swedish and English in every table).
pub fn or_finnish(lang: Lang, table: &Table, index: usize, finnish: &'static str) -> &'static str {
    lookup(lang, table, index).unwrap_or(finnish)
}

/// Why a texts file was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("not a texts file of this version: {0}")]
    Shape(String),
    #[error("the file is in {found}, not {wanted}")]
    OtherLanguage { found: String, wanted: &'static str },
    #[error("table {0} was made for other keys (a stale file)")]
    Stale(&'static str),
}

/// Reads `text` (a texts file of `lang`) and installs it for every table of `tables`; once a
/// language is installed, it stays (a second install is a no-op).
pub fn install(lang: Lang, text: &str, tables: &[&Table]) -> Result<(), Refused> {
    let Some(slot) = slot(lang) else { return Ok(()) };
    let read = read(lang, text, tables)?;
    let _ = slot.set(read);
    Ok(())
}

fn read(lang: Lang, text: &str, tables: &[&Table]) -> Result<HashMap<String, Vec<String>>, Refused> {
    let shape = |what: &str| Refused::Shape(what.to_owned());
    let file: serde_json::Value = serde_json::from_str(text).map_err(|e| Refused::Shape(e.to_string()))?;
    if file["format"] != FORMAT || file["schema_version"] != VERSION {
        return Err(shape("format or schema_version"));
    }
    if file["lang"] != lang.code() {
        return Err(Refused::OtherLanguage {
            found: file["lang"].as_str().unwrap_or_default().to_owned(),
            wanted: lang.code(),
        });
    }
    let mut read = HashMap::new();
    for table in tables {
        let entry = &file["tables"][table.name];
        if entry["keys"] != format!("{:016x}", table.keys) {
            return Err(Refused::Stale(table.name));
        }
        let texts: Vec<String> = entry["texts"]
            .as_array()
            .ok_or_else(|| shape("texts"))?
            .iter()
            .map(|t| t.as_str().map(str::to_owned).ok_or_else(|| shape("a text")))
            .collect::<Result<_, _>>()?;
        if texts.len() != table.len {
            return Err(Refused::Stale(table.name));
        }
        read.insert(table.name.to_owned(), texts);
    }
    Ok(read)
}

/// The texts file of `lang` as committed: each table's texts in key order, from the source.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_text(lang: Lang) -> String {
    let mut tables = serde_json::Map::new();
    for (table, texts) in super::tables(lang) {
        tables.insert(
            table.name.to_owned(),
            serde_json::json!({ "keys": format!("{:016x}", table.keys), "texts": texts }),
        );
    }
    let file = serde_json::json!({
        "format": FORMAT,
        "schema_version": VERSION,
        "lang": lang.code(),
        "tables": tables,
    });
    let mut text = serde_json::to_string_pretty(&file).expect("plain JSON");
    text.push('\n');
    text
}

// Native only: the files are made from the Swedish and English that only native code has built in.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn committed_path(lang: Lang) -> String {
        format!(
            "{}/src/i18n/data/texts-{}.json",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        )
    }

    #[test]
    fn the_committed_files_are_the_source_texts() {
        for lang in [Lang::Sv, Lang::En] {
            let path = committed_path(lang);
            if std::env::var_os("UPDATE_TEXTS").is_some() {
                std::fs::write(&path, file_text(lang)).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == file_text(lang),
                "{path} is stale: run `UPDATE_TEXTS=1 cargo test --lib catalogue`"
            );
        }
    }

    /// The wasm installs the tables `TABLES` names (the first phase's pages also
    /// `INITIATIVE_TABLES`, the grant's `GRANT_TABLES`, clarification's pages `CLARIFICATION_TABLES`,
    /// the follow-up's `FOLLOW_UP_TABLES`, the reviewer's `REVIEWER_APP_TABLES`); the files hold the
    /// ones `tables` lists. A table in one list only would be shown in Finnish, or never written.
    #[test]
    fn the_app_installs_every_table_the_files_hold() {
        let written: Vec<&str> = super::super::tables(Lang::Sv).iter().map(|(t, _)| t.name).collect();
        let installed: Vec<&str> = super::super::TABLES
            .iter()
            .chain(&super::super::INITIATIVE_TABLES)
            .chain(&super::super::GRANT_TABLES)
            .chain(&super::super::CLARIFICATION_TABLES)
            .chain(&super::super::FOLLOW_UP_TABLES)
            .chain(&super::super::REVIEWER_APP_TABLES)
            .map(|t| t.name)
            .collect();
        assert_eq!(installed, written);
    }

    #[test]
    fn an_installed_file_gives_every_text_of_the_source() {
        for lang in [Lang::Sv, Lang::En] {
            let tables: Vec<&Table> = super::super::TABLES
                .iter()
                .chain(&super::super::INITIATIVE_TABLES)
                .chain(&super::super::GRANT_TABLES)
                .chain(&super::super::CLARIFICATION_TABLES)
                .chain(&super::super::FOLLOW_UP_TABLES)
                .chain(&super::super::REVIEWER_APP_TABLES)
                .copied()
                .collect();
            install(lang, &file_text(lang), &tables).unwrap();
            assert!(is_ready(lang));
            for (table, texts) in super::super::tables(lang) {
                for (i, text) in texts.iter().enumerate() {
                    assert_eq!(lookup(lang, table, i), Some(*text), "{} {i} in {lang:?}", table.name);
                }
                assert_eq!(lookup(lang, table, texts.len()), None);
            }
        }
        assert!(is_ready(Lang::Fi));
        assert_eq!(file_path(Lang::Fi), None);
    }

    #[test]
    fn a_stale_or_foreign_file_is_refused_whole() {
        let table = Table {
            name: "T",
            keys: 1,
            len: 0,
        };
        let sv = file_text(Lang::Sv);
        assert_eq!(read(Lang::Sv, &sv, &[&table]), Err(Refused::Stale("T")));
        assert!(matches!(read(Lang::En, &sv, &[]), Err(Refused::OtherLanguage { .. })));
        assert!(matches!(read(Lang::Sv, "{}", &[]), Err(Refused::Shape(_))));
        assert!(matches!(read(Lang::Sv, "<html>", &[]), Err(Refused::Shape(_))));
        // The right keys but a text short: refused, not shifted.
        let mut file: serde_json::Value = serde_json::from_str(&sv).unwrap();
        file["tables"]["T"]["texts"].as_array_mut().unwrap().pop();
        let (t, _) = super::super::tables(Lang::Sv)
            .into_iter()
            .find(|(t, _)| t.name == "T")
            .unwrap();
        assert_eq!(read(Lang::Sv, &file.to_string(), &[t]), Err(Refused::Stale("T")));
    }

    /// The tables kept as a `match` name their keys beside it, and look a text up by the enum's
    /// value: both must be the enum's own order.
    #[test]
    fn the_keys_written_beside_a_match_are_the_enums_in_order() {
        use crate::domain::vocabulary::citation::Citation;
        use crate::domain::vocabulary::questions::Question;
        use crate::i18n::{questions, sources};
        fn keys<E: std::fmt::Debug>(all: &[E]) -> String {
            all.iter().map(|e| format!("{e:?}\n")).collect()
        }
        assert_eq!(questions::LABELS.keys, fingerprint(&keys(&Question::ALL)));
        assert_eq!(questions::GROUP_TITLES.keys, fingerprint(&keys(&questions::GROUPS)));
        assert_eq!(sources::CITATIONS.keys, fingerprint(&keys(&Citation::ALL)));
        assert!(Question::ALL.iter().enumerate().all(|(i, &q)| q as usize == i));
        assert!(questions::GROUPS.iter().enumerate().all(|(i, &g)| g as usize == i));
        assert!(Citation::ALL.iter().enumerate().all(|(i, &c)| c as usize == i));
    }

    #[test]
    fn the_fingerprint_is_fnv1a() {
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
