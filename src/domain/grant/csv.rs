//! The municipality's accounting system's CSV, read into the project's accounts (docs/rules.md §11):
//! a file as Finnish systems write it — `;` between cells (`,` or a tab where the header line says
//! so), quoted cells with `""` inside and line breaks inside quotes, decimal commas and thousands
//! apart by spaces or non-breaking spaces (`1 234,50`), credits as negative amounts (`-120,00`, also
//! `120,00-`), dates as `1.3.2020`, `01.03.2020` or ISO, and an encoding other than UTF-8.
//!
//! Three steps, each pure: [`preview`] decodes and splits the file into a [`Table`] (every row, with
//! its line in the file); [`guess_mapping`] says which column each entry field is read from (the
//! mapping remembered from the last file first, then common Finnish, Swedish and English headers);
//! [`import`] turns every row into a [`RawEntry`] with its cells as the file wrote them, or names
//! each row that cannot be read with its line and typed reasons. Nothing is imported half: the
//! result is either every row ([`Import::All`]) or a list of the unreadable ones beside the readable
//! ([`Import::Partly`]), and only [`Import::readable_only`], the user's explicit choice, takes the
//! readable rows of such a file.
//!
//! **Why a small parser and no crate.** The `csv` crate (with `csv-core`, `memchr`, and its serde
//! glue) would add tens of KB of wasm to the grant's bundle for what is here ~120 lines of a
//! quoting state machine, and it still would not know decimal commas or Finnish dates, which are
//! the hard part. `encoding_rs` is the browser's own decoding standard, but it carries every
//! legacy encoding's tables (hundreds of KB, the CJK ones above all); the one legacy encoding
//! Finnish accounting systems write is Windows-1252 (Excel's "CSV (semicolon)" on a Finnish
//! Windows, and ISO-8859-1 exports, of which it is a superset for every printable character),
//! whose difference from Latin-1 is a table of 32 characters ([`WINDOWS_1252_80_9F`]).
//!
//! **Which encoding.** A file that begins with a UTF-16 BOM is UTF-16 (Excel's "Unicode text");
//! one that is valid UTF-8 (with or without a BOM) is UTF-8 — a Windows-1252 text with any letter
//! outside ASCII is almost never valid UTF-8 (`ä` is the lone byte 0xE4, which UTF-8 only uses to
//! begin a three-byte sequence); anything else is read as Windows-1252, which decodes every byte.
//! The table says which was used ([`Encoding`]), so the page can show it and the user can tell a
//! wrongly guessed file from its `Ã¤`s.

use crate::domain::grant::model::{CsvMapping, Origin, RawEntry};
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use std::collections::BTreeMap;

/// The largest file read: far above a city's year of accounts (10 000 entries are ~1 MB).
pub const MAX_CSV_BYTES: usize = 16 * 1024 * 1024;

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 that began with a byte order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16, little or big endian, by its byte order mark (Excel's "Unicode text").
    Utf16,
    /// Not UTF-8: read as Windows-1252 (see the module's comment).
    Windows1252,
}

/// Why a file is no table at all (a row that cannot be read is an [`Unreadable`], not this).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    /// No header line: the file is empty or blank.
    Empty,
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// A quoted cell begun on this line (1-based) is never closed: the rest of the file would be
    /// one cell.
    UnclosedQuote {
        line: u64,
    },
}

/// A row of the file: its cells as written (quotes and `""` undone, nothing else changed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line of the file the row begins on (1-based; a quoted line break makes a row longer).
    pub line: u64,
    /// The row's number as a spreadsheet numbers it: every record of the file counted, blank ones
    /// too (the header is row 1 where the file begins with it). What `Origin::Imported { row }`
    /// keeps.
    pub row: u64,
    pub cells: Vec<String>,
}

/// A file read as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub encoding: Encoding,
    /// `;`, `,` or `\t`.
    pub delimiter: char,
    /// The header row's cells, trimmed.
    pub headers: Vec<String>,
    /// Every row after the header (a row whose every cell is blank is left out: nothing was written
    /// in it), in the file's order.
    pub rows: Vec<Row>,
}

/// Windows-1252's characters for the bytes 0x80–0x9F (elsewhere it is Latin-1: the byte is the code
/// point). The five bytes it leaves undefined decode to the C1 control of the same number, as the
/// WHATWG Encoding Standard's decoder (the browser's) does.
const WINDOWS_1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’',
    '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The text of a file and the encoding it was read in (see the module's comment).
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| match (c, be) {
                ([a, b], true) => u16::from_be_bytes([*a, *b]),
                ([a, b], false) => u16::from_le_bytes([*a, *b]),
                _ => 0xFFFD,
            })
            .collect();
        (String::from_utf16_lossy(&units), Encoding::Utf16)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return utf16(false);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return utf16(true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return (text.to_string(), Encoding::Utf8Bom);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), Encoding::Utf8),
        Err(_) => {
            let text = bytes
                .iter()
                .map(|&b| match b {
                    0x80..=0x9F => WINDOWS_1252_80_9F[usize::from(b - 0x80)],
                    _ => char::from(b),
                })
                .collect();
            (text, Encoding::Windows1252)
        }
    }
}

/// The delimiter of a file, from its header line: the one of `;`, tab and `,` found most often
/// outside quotes (on a tie in that order: `;` first, as Finnish systems write it).
fn delimiter(text: &str) -> char {
    let mut counts = [(';', 0usize), ('\t', 0), (',', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(n) = counts.iter_mut().find(|(d, _)| *d == c) {
                    n.1 += 1;
                }
            }
            _ => {}
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts.iter().find(|(_, n)| *n == best).map_or(';', |(d, _)| *d)
}

/// Splits the text into rows of cells: `(line the row begins on, cells)`. A cell that begins with
/// `"` is quoted to its closing `"` (`""` inside is one `"`; a delimiter or line break inside is
/// text); what follows a closing quote up to the next delimiter is kept as written, as
/// spreadsheets read it. Line breaks are `\n`, `\r\n` or `\r`.
fn records(text: &str, delimiter: char) -> Result<Vec<(u64, Vec<String>)>, CsvError> {
    let mut out = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut line = 1u64;
    let mut starts = 1u64;
    let mut chars = text.chars().peekable();
    let mut at_cell_start = true;
    while let Some(c) = chars.next() {
        if at_cell_start && c == '"' {
            let opened = line;
            loop {
                match chars.next() {
                    None => return Err(CsvError::UnclosedQuote { line: opened }),
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    Some('"') => break,
                    Some(c) => {
                        if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                            line += 1;
                        }
                        cell.push(c);
                    }
                }
            }
            at_cell_start = false;
            continue;
        }
        at_cell_start = false;
        match c {
            _ if c == delimiter => {
                cells.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(std::mem::take(&mut cell));
                out.push((starts, std::mem::take(&mut cells)));
                line += 1;
                starts = line;
                at_cell_start = true;
            }
            _ => cell.push(c),
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        out.push((starts, cells));
    }
    Ok(out)
}

/// Reads a file into a table: its encoding, delimiter, header and every row with its line.
pub fn preview(bytes: &[u8]) -> Result<Table, CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_CSV_BYTES,
        });
    }
    let (text, encoding) = decode(bytes);
    // Blank lines before the header are no part of the table.
    let delimiter = delimiter(text.trim_start_matches(['\r', '\n']));
    let blank = |cells: &[String]| cells.iter().all(|c| c.trim().is_empty());
    // Numbered before the blank ones are left out, as a spreadsheet numbers its rows.
    let mut rows = records(&text, delimiter)?
        .into_iter()
        .enumerate()
        .filter(|(_, (_, cells))| !blank(cells));
    let (_, (_, headers)) = rows.next().ok_or(CsvError::Empty)?;
    let rows = rows
        .map(|(i, (line, cells))| Row {
            line,
            row: i as u64 + 1,
            cells,
        })
        .collect();
    Ok(Table {
        encoding,
        delimiter,
        headers: headers.iter().map(|h| h.trim().to_string()).collect(),
        rows,
    })
}

/// A field of an entry that a column can be read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Date,
    Voucher,
    Category,
    Bearer,
    Description,
    /// The amount without VAT.
    Net,
    Vat,
    /// The amount with VAT, read where the file has no net amount: net = gross − VAT.
    Gross,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Date,
        Field::Voucher,
        Field::Category,
        Field::Bearer,
        Field::Description,
        Field::Net,
        Field::Vat,
        Field::Gross,
    ];

    /// Its key in the remembered mapping (`CsvMapping::columns`).
    pub fn id(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Voucher => "voucher",
            Field::Category => "category",
            Field::Bearer => "bearer",
            Field::Description => "description",
            Field::Net => "net",
            Field::Vat => "vat",
            Field::Gross => "gross",
        }
    }

    /// Headers that name the field in Finnish, Swedish and English accounting exports, lowercase
    /// letters and digits only (see [`header_key`]).
    fn headers(self) -> &'static [&'static str] {
        match self {
            Field::Date => &[
                "päivämäärä",
                "pvm",
                "päiväys",
                "kirjauspvm",
                "kirjauspäivä",
                "kirjauspäivämäärä",
                "tositepvm",
                "tositepäivä",
                "laskunpvm",
                "datum",
                "bokföringsdatum",
                "verifikationsdatum",
                "date",
                "bookingdate",
                "postingdate",
                "entrydate",
            ],
            Field::Voucher => &[
                "tosite",
                "tositenumero",
                "tositenro",
                "tositeno",
                "tositetunnus",
                "viite",
                "viitenumero",
                "verifikat",
                "verifikation",
                "verifikationsnummer",
                "verifikatnummer",
                "voucher",
                "vouchernumber",
                "voucherno",
                "reference",
                "ref",
            ],
            Field::Category => &[
                "kustannuslaji",
                "tililaji",
                "kululaji",
                "kustannusryhmä",
                "kategoria",
                "menolaji",
                "kostnadsslag",
                "kostnadstyp",
                "kategori",
                "category",
                "costcategory",
                "costtype",
            ],
            Field::Bearer => &[
                "hakija",
                "kustannuksenkantaja",
                "kantaja",
                "organisaatio",
                "kunta",
                "sökande",
                "kommun",
                "organisation",
                "bearer",
                "applicant",
                "organization",
                "municipality",
            ],
            Field::Description => &[
                "selite",
                "selitys",
                "kuvaus",
                "teksti",
                "beskrivning",
                "förklaring",
                "text",
                "description",
                "memo",
                "narrative",
            ],
            Field::Net => &[
                "summa",
                "netto",
                "veroton",
                "verotonsumma",
                "summaveroton",
                "nettosumma",
                "summaalv0",
                "alv0",
                "alvton",
                "määrä",
                "euroa",
                "belopp",
                "netto",
                "nettobelopp",
                "beloppexklmoms",
                "exklmoms",
                "net",
                "amount",
                "netamount",
                "amountexclvat",
                "exclvat",
            ],
            Field::Vat => &[
                "alv",
                "vero",
                "arvonlisävero",
                "alvmäärä",
                "alvsumma",
                "alveuroa",
                "veronosuus",
                "moms",
                "momsbelopp",
                "mervärdesskatt",
                "vat",
                "vatamount",
                "tax",
            ],
            Field::Gross => &[
                "brutto",
                "verollinen",
                "summaverollinen",
                "verollinensumma",
                "bruttosumma",
                "yhteensä",
                "bruttobelopp",
                "inklmoms",
                "beloppinklmoms",
                "gross",
                "grossamount",
                "total",
                "amountinclvat",
                "inclvat",
            ],
        }
    }
}

/// A header as compared: lowercase letters and digits only (`Summa (veroton)` → `summaveroton`).
fn header_key(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Which column (its index in the table's headers) each field is read from; a field absent is not
/// read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    pub columns: BTreeMap<Field, usize>,
}

impl Mapping {
    /// The mapping to remember for the next file (`RawGrant::csv_mapping`): per field, its column's
    /// header, or empty for a field the user chose not to read.
    pub fn remembered(&self, headers: &[String]) -> CsvMapping {
        let columns = Field::ALL
            .into_iter()
            .map(|f| {
                let header = self
                    .columns
                    .get(&f)
                    .and_then(|&i| headers.get(i))
                    .cloned()
                    .unwrap_or_default();
                (f.id().to_string(), header)
            })
            .collect();
        CsvMapping { columns }
    }

    /// Reads `field` from `column`, or from none: a column is read into one field at most, so a
    /// field given a column another field had takes it from that field.
    pub fn choose(&mut self, field: Field, column: Option<usize>) {
        match column {
            Some(i) => {
                self.columns.retain(|_, c| *c != i);
                self.columns.insert(field, i);
            }
            None => {
                self.columns.remove(&field);
            }
        }
    }

    /// The fields an import cannot do without that have no column: a date, and the net amount or
    /// the gross one.
    pub fn missing(&self) -> Vec<Field> {
        let mut missing = Vec::new();
        if !self.columns.contains_key(&Field::Date) {
            missing.push(Field::Date);
        }
        if !self.columns.contains_key(&Field::Net) && !self.columns.contains_key(&Field::Gross) {
            missing.push(Field::Net);
        }
        missing
    }
}

/// Which column each field is read from: the remembered mapping first (a field remembered with a
/// header this file has; one remembered as empty stays unread), then the common headers — an
/// exact name, else the longest name a header begins with (`ALV 24 %` is VAT, `ALV 0` the net) —
/// each column read into one field at most.
pub fn guess_mapping(headers: &[String], remembered: &CsvMapping) -> Mapping {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut columns = BTreeMap::new();
    let mut decided = Vec::new();
    for field in Field::ALL {
        let Some(header) = remembered.columns.get(field.id()) else {
            continue;
        };
        if header.trim().is_empty() {
            decided.push(field);
            continue;
        }
        let key = header_key(header);
        if let Some(i) = keys.iter().position(|k| *k == key) {
            if !columns.values().any(|&c| c == i) {
                columns.insert(field, i);
                decided.push(field);
            }
        }
    }
    // (column, field, how long the matched name is; exact matches first)
    let mut candidates: Vec<(usize, Field, bool, usize)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        for field in Field::ALL.into_iter().filter(|f| !decided.contains(f)) {
            for name in field.headers() {
                if key == name {
                    candidates.push((i, field, true, name.len()));
                } else if name.chars().count() >= 3 && key.starts_with(name) {
                    candidates.push((i, field, false, name.len()));
                }
            }
        }
    }
    candidates.sort_by(|a, b| (b.2, b.3, a.0).cmp(&(a.2, a.3, b.0)));
    for (i, field, _, _) in candidates {
        if !columns.contains_key(&field) && !columns.values().any(|&c| c == i) {
            columns.insert(field, i);
        }
    }
    Mapping { columns }
}

/// What the file does not give, and where the entries come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Defaults {
    /// The file's name, kept in each entry's origin.
    pub file: String,
    /// The bearer of every entry (an applicant's id) where the file has no bearer column or the
    /// row's cell is empty.
    pub bearer: String,
    /// The category where the file has no category column or the row's cell is empty.
    pub category: Option<CostCategory>,
    /// The project's applicants, `(id, name)`: a bearer cell that is an applicant's id or name
    /// (in any case) becomes its id; another is kept as written.
    pub applicants: Vec<(String, String)>,
}

/// Why a row cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The row has another number of cells than the header (extra empty cells at its end are no
    /// harm: some systems end every row with a delimiter).
    CellCount { expected: usize, found: usize },
    /// The field's cell is empty (a date, and the net or gross amount, are needed).
    Missing { field: Field },
    /// A date that is no date (`31.2.2020`, `1.3.20`).
    NotADate { text: String },
    /// An amount that is no amount (`12,5O`, `1,234`): the field and the text.
    NotAnAmount { field: Field, text: String },
}

/// A row that cannot be read, named by its line in the file and its row, with every reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub line: u64,
    pub row: u64,
    pub reasons: Vec<Reason>,
}

/// What reading the rows gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Import {
    /// Every row read: the entries, one a row in the file's order (ids 0: `append_entries` gives
    /// them).
    All(Vec<RawEntry>),
    /// Some rows cannot be read: each is named; the readable rows' entries are kept apart, to be
    /// taken only by the user's explicit choice ([`Import::readable_only`]).
    Partly {
        readable: Vec<RawEntry>,
        unreadable: Vec<Unreadable>,
    },
}

impl Import {
    /// The number of rows of the file.
    pub fn rows(&self) -> usize {
        match self {
            Import::All(e) => e.len(),
            Import::Partly { readable, unreadable } => readable.len() + unreadable.len(),
        }
    }

    /// Every entry, or `None` when a row cannot be read (nothing is imported half).
    pub fn all(self) -> Option<Vec<RawEntry>> {
        match self {
            Import::All(entries) => Some(entries),
            Import::Partly { .. } => None,
        }
    }

    /// The readable rows' entries: the user's choice to leave the unreadable rows out.
    pub fn readable_only(self) -> Vec<RawEntry> {
        match self {
            Import::All(entries) | Import::Partly { readable: entries, .. } => entries,
        }
    }
}

/// Why a table cannot be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingError {
    /// These fields have no column ([`Mapping::missing`]).
    Missing(Vec<Field>),
}

/// The cost category a cell names: its id, or its name in Finnish, Swedish or English as the
/// sources and accounting systems write it (in any case, the words in brackets optional).
pub fn category_of(cell: &str) -> Option<CostCategory> {
    use CostCategory::*;
    let t = cell.trim();
    if let Some(c) = CostCategory::from_id(t) {
        return Some(c);
    }
    let key = header_key(t.split('(').next().unwrap_or(t));
    let names: [(CostCategory, &[&str]); 8] = [
        (
            Personnel,
            &[
                "henkilöstökustannukset",
                "henkilöstökulut",
                "palkat",
                "personalkostnader",
                "personnelcosts",
                "personnel",
                "salaries",
            ],
        ),
        (
            Travel,
            &[
                "matkakustannukset",
                "matkakulut",
                "resekostnader",
                "travelcosts",
                "travel",
            ],
        ),
        (
            PremisesRent,
            &[
                "toimitilojenvuokrat",
                "vuokrat",
                "lokalhyror",
                "hyror",
                "rentsofpremises",
                "premisesrent",
                "rent",
            ],
        ),
        (
            PurchasedServices,
            &[
                "ostopalvelutyksinomaanhankettavarten",
                "ostopalvelut",
                "köptatjänsterenbartförprojektet",
                "köptatjänster",
                "purchasedservicesusedonlyfortheproject",
                "purchasedservices",
            ],
        ),
        (
            OtherOperating,
            &[
                "muuttoimintakustannukset",
                "muutkulut",
                "övrigaverksamhetskostnader",
                "otheroperatingcosts",
                "othercosts",
            ],
        ),
        (
            SoftwareLicence,
            &[
                "ohjelmistolisenssit",
                "lisenssit",
                "programvarulicenser",
                "softwarelicences",
                "softwarelicenses",
                "licences",
            ],
        ),
        (
            Hardware,
            &[
                "laitteistohankinnat",
                "laitteet",
                "anskaffningavutrustning",
                "utrustning",
                "hardware",
            ],
        ),
        (
            TangibleInvestment,
            &[
                "aineellisetinvestoinnit",
                "materiellainvesteringar",
                "tangibleinvestments",
            ],
        ),
    ];
    names
        .into_iter()
        .find(|(_, ns)| ns.contains(&key.as_str()))
        .map(|(c, _)| c)
}

/// Reads every row of the table into an entry (its cells as the file wrote them, trimmed; a
/// category or a bearer the project knows by its id; a net amount computed from a gross one and
/// its VAT written as Finns write it), or names it with every reason it cannot be read.
pub fn import(table: &Table, mapping: &Mapping, defaults: &Defaults) -> Result<Import, MappingError> {
    let missing = mapping.missing();
    if !missing.is_empty() {
        return Err(MappingError::Missing(missing));
    }
    let expected = table.headers.len();
    let mut readable = Vec::with_capacity(table.rows.len());
    let mut unreadable = Vec::new();
    for row in &table.rows {
        match entry(row, expected, mapping, defaults) {
            Ok(e) => readable.push(e),
            Err(reasons) => unreadable.push(Unreadable {
                line: row.line,
                row: row.row,
                reasons,
            }),
        }
    }
    Ok(if unreadable.is_empty() {
        Import::All(readable)
    } else {
        Import::Partly { readable, unreadable }
    })
}

/// One row's entry, or why it cannot be read.
fn entry(row: &Row, expected: usize, mapping: &Mapping, defaults: &Defaults) -> Result<RawEntry, Vec<Reason>> {
    let found = row.cells.len();
    let extra_blank = found > expected && row.cells[expected..].iter().all(|c| c.trim().is_empty());
    if found < expected || (found > expected && !extra_blank) {
        return Err(vec![Reason::CellCount { expected, found }]);
    }
    let cell = |f: Field| -> &str {
        mapping
            .columns
            .get(&f)
            .and_then(|&i| row.cells.get(i))
            .map_or("", |c| c.trim())
    };
    let mut reasons = Vec::new();
    let date = cell(Field::Date);
    if date.is_empty() {
        reasons.push(Reason::Missing { field: Field::Date });
    } else if parse_date(date).is_none() {
        reasons.push(Reason::NotADate { text: date.into() });
    }
    let mut amount = |field: Field, needed: bool| -> Option<Money> {
        let text = cell(field);
        if text.is_empty() {
            if needed {
                reasons.push(Reason::Missing { field });
            }
            return None;
        }
        Money::parse_signed(text)
            .map_err(|_| {
                reasons.push(Reason::NotAnAmount {
                    field,
                    text: text.into(),
                })
            })
            .ok()
    };
    let vat = amount(Field::Vat, false);
    let net = if mapping.columns.contains_key(&Field::Net) {
        amount(Field::Net, true);
        cell(Field::Net).to_string()
    } else {
        // Net = gross − VAT, exact: both read, no rounding.
        let gross = amount(Field::Gross, true);
        match gross.zip(Some(vat.unwrap_or(Money::ZERO))) {
            Some((g, v)) => g.checked_sub(v).map(|n| n.format_input(Lang::Fi)).unwrap_or_default(),
            None => String::new(),
        }
    };
    if !reasons.is_empty() {
        return Err(reasons);
    }
    let category = match cell(Field::Category) {
        "" => defaults.category.map(|c| c.id().to_string()).unwrap_or_default(),
        text => category_of(text).map_or_else(|| text.to_string(), |c| c.id().to_string()),
    };
    let bearer = match cell(Field::Bearer) {
        "" => defaults.bearer.clone(),
        text => defaults
            .applicants
            .iter()
            .find(|(id, name)| id == text || name.trim().to_lowercase() == text.to_lowercase())
            .map_or_else(|| text.to_string(), |(id, _)| id.clone()),
    };
    Ok(RawEntry {
        date: date.into(),
        voucher: cell(Field::Voucher).into(),
        category,
        bearer,
        description: cell(Field::Description).into(),
        net,
        vat: cell(Field::Vat).into(),
        origin: Origin::Imported {
            file: defaults.file.clone(),
            row: row.row,
        },
        ..RawEntry::default()
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_column_chosen_for_a_field_is_read_into_that_field_only() {
        let mut m = Mapping::default();
        m.choose(Field::Net, Some(4));
        m.choose(Field::Vat, Some(5));
        // The VAT's column chosen for the net: the net takes it, the VAT is not read.
        m.choose(Field::Net, Some(5));
        assert_eq!(m.columns.get(&Field::Net), Some(&5));
        assert_eq!(m.columns.get(&Field::Vat), None);
        assert_eq!(m.missing(), [Field::Date]);
        m.choose(Field::Net, None);
        assert!(m.columns.is_empty());
        assert_eq!(m.missing(), [Field::Date, Field::Net]);
    }

    use super::*;

    /// Text as Windows-1252 bytes (every character of the tests is in it).
    fn cp1252(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| match WINDOWS_1252_80_9F.iter().position(|&w| w == c) {
                Some(i) if !('\u{80}'..='\u{9F}').contains(&c) => 0x80 + i as u8,
                _ => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
            })
            .collect()
    }

    fn defaults() -> Defaults {
        Defaults {
            file: "kp.csv".into(),
            bearer: "1".into(),
            category: None,
            applicants: vec![("1".into(), "Kiuruvesi".into()), ("2".into(), "Iisalmi".into())],
        }
    }

    fn read(bytes: &[u8]) -> (Table, Result<Import, MappingError>) {
        let table = preview(bytes).unwrap();
        let mapping = guess_mapping(&table.headers, &CsvMapping::default());
        let import = import(&table, &mapping, &defaults());
        (table, import)
    }

    const KIURUVESI: &str = "Pvm;Tosite;Kustannuslaji;Selite;Summa (veroton);ALV\r\n\
        3.2.2020;1001;Henkilöstökustannukset;Projektipäällikön palkka, helmikuu;4 250,00;\r\n\
        01.03.2020;1002;Ostopalvelut;\"Konsultointi; määrittely \"\"vaihe 1\"\"\";12 400,50;2 976,12\r\n\
        2020-03-15;1003;Matkakulut;Matka Kuopioon, 50 € päiväraha;-120,00;\r\n";

    #[test]
    fn a_windows_1252_file_reads_with_its_letters_and_euro_sign() {
        let bytes = cp1252(KIURUVESI);
        assert!(
            bytes.contains(&0xE4) && bytes.contains(&0x80),
            "ä and € as single bytes"
        );
        let (table, import) = read(&bytes);
        assert_eq!(table.encoding, Encoding::Windows1252);
        assert_eq!(table.delimiter, ';');
        assert_eq!(table.headers[0], "Pvm");
        let entries = import.unwrap().all().expect("every row read");
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].category, "personnel");
        assert_eq!(entries[0].description, "Projektipäällikön palkka, helmikuu");
        assert_eq!(entries[0].net, "4 250,00");
        assert_eq!(entries[0].vat, "");
        assert_eq!(entries[1].description, "Konsultointi; määrittely \"vaihe 1\"");
        assert_eq!(entries[1].category, "purchased-services");
        assert_eq!(
            (entries[1].date.as_str(), entries[1].vat.as_str()),
            ("01.03.2020", "2 976,12")
        );
        assert_eq!(entries[2].description, "Matka Kuopioon, 50 € päiväraha");
        assert_eq!(entries[2].net, "-120,00", "a credit is a real entry, kept as written");
        assert_eq!(entries[2].category, "travel");
        assert_eq!(entries[2].bearer, "1");
        assert_eq!(
            entries[2].origin,
            Origin::Imported {
                file: "kp.csv".into(),
                row: 4
            }
        );
    }

    #[test]
    fn a_utf8_file_with_or_without_a_bom_reads_the_same() {
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(KIURUVESI.as_bytes());
        let (with, a) = read(&bom);
        let (without, b) = read(KIURUVESI.as_bytes());
        assert_eq!(with.encoding, Encoding::Utf8Bom);
        assert_eq!(without.encoding, Encoding::Utf8);
        assert_eq!(with.headers[0], "Pvm", "the BOM is no part of the first header");
        assert_eq!(a, b);
        assert_eq!(with.rows, without.rows);
        let (latin, c) = read(&cp1252(KIURUVESI));
        assert_eq!(
            (latin.rows, c),
            (with.rows, a),
            "the same text in Windows-1252 reads the same"
        );
    }

    #[test]
    fn a_utf16_file_from_excel_reads_by_its_bom() {
        let text = KIURUVESI.replace(';', "\t");
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (table, import) = read(&bytes);
        assert_eq!((table.encoding, table.delimiter), (Encoding::Utf16, '\t'));
        assert_eq!(import.unwrap().all().unwrap()[1].net, "12 400,50");
    }

    #[test]
    fn quoted_cells_keep_delimiters_quotes_and_line_breaks_and_rows_know_their_lines() {
        let text = "Päivämäärä;Selite;Netto\n1.3.2020;\"Rivi yksi\nrivi kaksi; ja \"\"lainaus\"\"\";10,00\n\n2.3.2020;Toinen;20,00";
        let table = preview(text.as_bytes()).unwrap();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].cells[1], "Rivi yksi\nrivi kaksi; ja \"lainaus\"");
        assert_eq!((table.rows[0].line, table.rows[0].row), (2, 2));
        assert_eq!(
            (table.rows[1].line, table.rows[1].row),
            (5, 4),
            "a quoted break and a blank line counted"
        );
        // Blank records before the header count too, as a spreadsheet shows them.
        let table = preview("\n;;\nPäivämäärä;Selite;Netto\n1.3.2020;Yksi;10,00\n".as_bytes()).unwrap();
        assert_eq!((table.rows[0].line, table.rows[0].row), (4, 4));
    }

    #[test]
    fn the_delimiter_is_the_header_line_s_and_an_unclosed_quote_refuses_the_file() {
        let comma =
            preview(b"Date,Voucher,Description,Net,VAT\n2020-03-01,7,\"Licence, annual\",\"1,200.00\",288.00\n")
                .unwrap();
        assert_eq!(comma.delimiter, ',');
        assert_eq!(comma.rows[0].cells[2], "Licence, annual");
        assert_eq!(
            preview(b"Pvm;Selite;Summa\n1.3.2020;\"auki;1,00\n2.3.2020;x;2,00\n"),
            Err(CsvError::UnclosedQuote { line: 2 })
        );
        assert_eq!(preview(b"\r\n\r\n"), Err(CsvError::Empty));
    }

    #[test]
    fn every_unreadable_row_is_named_with_its_line_and_reasons_and_nothing_is_imported_half() {
        let text = "Pvm;Tosite;Selite;Summa;ALV\n\
            1.3.2020;1;Hyvä;100,00;24,00\n\
            31.2.2020;2;Ei päivää;100,00;\n\
            2.3.2020;3;Ei summaa;12,5O;\n\
            3.3.2020;4;Liian vähän\n\
            ;5;Tyhjä päivä;;x\n\
            4.3.2020;6;Ylimääräinen tyhjä;1 000,00;;\n";
        let (_, import) = read(text.as_bytes());
        let import = import.unwrap();
        assert_eq!(import.rows(), 6);
        let Import::Partly { readable, unreadable } = import.clone() else {
            panic!("not every row is readable")
        };
        assert_eq!(
            readable.len(),
            2,
            "the first row and the one with an empty cell at its end"
        );
        assert_eq!(
            unreadable,
            [
                Unreadable {
                    line: 3,
                    row: 3,
                    reasons: vec![Reason::NotADate {
                        text: "31.2.2020".into()
                    }]
                },
                Unreadable {
                    line: 4,
                    row: 4,
                    reasons: vec![Reason::NotAnAmount {
                        field: Field::Net,
                        text: "12,5O".into()
                    }]
                },
                Unreadable {
                    line: 5,
                    row: 5,
                    reasons: vec![Reason::CellCount { expected: 5, found: 3 }]
                },
                Unreadable {
                    line: 6,
                    row: 6,
                    reasons: vec![
                        Reason::Missing { field: Field::Date },
                        Reason::NotAnAmount {
                            field: Field::Vat,
                            text: "x".into()
                        },
                        Reason::Missing { field: Field::Net },
                    ]
                },
            ]
        );
        assert_eq!(import.clone().all(), None, "nothing is imported half");
        let chosen = import.readable_only();
        assert_eq!(
            chosen.iter().map(|e| e.voucher.as_str()).collect::<Vec<_>>(),
            ["1", "6"]
        );
    }

    #[test]
    fn a_gross_amount_with_vat_apart_gives_the_net_exactly() {
        let text = "Kirjauspvm;Verollinen summa;ALV-määrä;Kuvaus\n1.3.2020;1 240,00;240,00;Lisenssi\n2.3.2020;-12,40;-2,40;Hyvitys\n";
        let table = preview(text.as_bytes()).unwrap();
        let mapping = guess_mapping(&table.headers, &CsvMapping::default());
        assert_eq!(mapping.columns.get(&Field::Gross), Some(&1));
        assert_eq!(mapping.columns.get(&Field::Vat), Some(&2));
        assert_eq!(mapping.columns.get(&Field::Net), None);
        let e = import(&table, &mapping, &defaults()).unwrap().all().unwrap();
        assert_eq!((e[0].net.as_str(), e[0].vat.as_str()), ("1 000,00", "240,00"));
        assert_eq!(e[1].net, "-10,00");
    }

    #[test]
    fn headers_are_guessed_in_finnish_swedish_and_english_and_the_remembered_mapping_comes_first() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let fi = h(&[
            "Tositenumero",
            "Kirjauspäivä",
            "Tililaji",
            "Selitys",
            "Veroton",
            "ALV 24 %",
            "Hakija",
        ]);
        let m = guess_mapping(&fi, &CsvMapping::default());
        let want = [
            (Field::Voucher, 0),
            (Field::Date, 1),
            (Field::Category, 2),
            (Field::Description, 3),
            (Field::Net, 4),
            (Field::Vat, 5),
            (Field::Bearer, 6),
        ];
        assert_eq!(m.columns, want.into_iter().collect());
        let sv = guess_mapping(
            &h(&["Datum", "Verifikat", "Beskrivning", "Belopp", "Moms"]),
            &CsvMapping::default(),
        );
        assert_eq!(sv.columns.get(&Field::Net), Some(&3));
        assert_eq!(sv.columns.get(&Field::Vat), Some(&4));
        let en = guess_mapping(
            &h(&["Posting date", "Reference", "Memo", "Amount", "VAT"]),
            &CsvMapping::default(),
        );
        assert_eq!(en.columns.get(&Field::Date), Some(&0));
        assert_eq!(en.columns.get(&Field::Description), Some(&2));

        // The user mapped "Teksti 2" as the description and chose not to read the VAT.
        let odd = h(&["Pvm", "Teksti 1", "Teksti 2", "Summa", "ALV"]);
        let mut chosen = guess_mapping(&odd, &CsvMapping::default());
        chosen.columns.insert(Field::Description, 2);
        chosen.columns.remove(&Field::Vat);
        let remembered = chosen.remembered(&odd);
        assert_eq!(remembered.columns["description"], "Teksti 2");
        assert_eq!(remembered.columns["vat"], "");
        let again = guess_mapping(&odd, &remembered);
        assert_eq!(again, chosen, "the next file of the same system maps as the user chose");
    }

    #[test]
    fn a_table_without_a_date_or_an_amount_column_cannot_be_imported() {
        let table = preview(b"Selite;Tosite\nx;1\n").unwrap();
        let m = guess_mapping(&table.headers, &CsvMapping::default());
        assert_eq!(
            import(&table, &m, &defaults()),
            Err(MappingError::Missing(vec![Field::Date, Field::Net]))
        );
    }

    #[test]
    fn categories_and_bearers_map_by_id_or_name_else_stay_as_written() {
        assert_eq!(category_of("software-licence"), Some(CostCategory::SoftwareLicence));
        assert_eq!(category_of("MATKAKUSTANNUKSET"), Some(CostCategory::Travel));
        assert_eq!(
            category_of("Köpta tjänster enbart för projektet (forskning)"),
            Some(CostCategory::PurchasedServices)
        );
        assert_eq!(category_of("Edustus"), None);
        let text = "Pvm;Hakija;Kustannuslaji;Summa\n1.3.2020;IISALMI;Edustus;5,00\n2.3.2020;Sonkajärvi;;5,00\n";
        let (_, import) = read(text.as_bytes());
        let e = import.unwrap().all().unwrap();
        assert_eq!((e[0].bearer.as_str(), e[0].category.as_str()), ("2", "Edustus"));
        assert_eq!((e[1].bearer.as_str(), e[1].category.as_str()), ("Sonkajärvi", ""));
    }

    #[test]
    fn signed_amounts_read_with_their_minus_before_or_after() {
        let cents = |t: &str| Money::parse_signed(t).map(|m| m.format_plain());
        assert_eq!(cents("-120,00"), Ok("-120.00".into()));
        assert_eq!(cents("120,00-"), Ok("-120.00".into()));
        assert_eq!(cents("\u{2212}1\u{a0}234,50"), Ok("-1234.50".into()));
        assert_eq!(cents("1 234,5"), Ok("1234.50".into()));
        assert!(Money::parse_signed("1,234").is_err() && Money::parse_signed("--1").is_err());
        // A cell with the currency before its minus reads too.
        assert_eq!(cents("€ -120,00"), Ok("-120.00".into()));
    }

    #[test]
    fn ten_thousand_rows_are_all_read() {
        let mut text = String::from("Pvm;Tosite;Kustannuslaji;Selite;Summa;ALV\n");
        for i in 0..10_000u32 {
            let day = i % 28 + 1;
            let month = i % 12 + 1;
            text.push_str(&format!(
                "{day}.{month}.2020;{};Ostopalvelut;\"Lasku {i}; erä\";{} {:03},{:02};{},{:02}\n",
                10_000 + i,
                i % 90 + 1,
                i % 1000,
                i % 100,
                i % 500,
                i % 100
            ));
        }
        let (table, import) = read(&cp1252(&text));
        assert_eq!(table.rows.len(), 10_000);
        let entries = import.unwrap().all().expect("every row read");
        assert_eq!(entries.len(), 10_000);
        assert_eq!(entries[9_999].voucher, "19999");
        assert_eq!(
            entries[9_999].origin,
            Origin::Imported {
                file: "kp.csv".into(),
                row: 10_001
            }
        );
    }
}
