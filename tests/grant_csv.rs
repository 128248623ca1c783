//! The accounting system's CSV (`domain::grant::csv`) on the committed sample file, and the
//! categories' names as the app shows them read back as their categories.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::grant::csv::{category_of, guess_mapping, import, preview, Defaults, Encoding, Field};
use hakemus::domain::grant::model::{CsvMapping, Origin};
use hakemus::domain::vocabulary::call::CostCategory;
use hakemus::domain::vocabulary::locale::Lang;

const SAMPLE: &[u8] = include_bytes!("fixtures/grant/kirjanpito-kiuruvesi.csv");

#[test]
fn kiuruvesi_s_sample_in_windows_1252_is_read_whole() {
    assert!(
        SAMPLE.contains(&0xE4) && SAMPLE.contains(&0x80),
        "ä and € as Windows-1252 bytes"
    );
    let table = preview(SAMPLE).unwrap();
    assert_eq!((table.encoding, table.delimiter), (Encoding::Windows1252, ';'));
    assert_eq!(table.headers[4], "Summa (veroton)");
    let mapping = guess_mapping(&table.headers, &CsvMapping::default());
    for (field, column) in [
        (Field::Date, 0),
        (Field::Voucher, 1),
        (Field::Category, 2),
        (Field::Description, 3),
        (Field::Net, 4),
        (Field::Vat, 5),
    ] {
        assert_eq!(mapping.columns.get(&field), Some(&column), "{field:?}");
    }
    let defaults = Defaults {
        file: "kirjanpito-kiuruvesi.csv".into(),
        bearer: "1".into(),
        ..Defaults::default()
    };
    let entries = import(&table, &mapping, &defaults)
        .unwrap()
        .all()
        .expect("every row read");
    assert_eq!(entries.len(), 7);
    let e = &entries[2];
    assert_eq!(e.description, "Matka Kuopioon, työpaja 27.2. (päiväraha 43 €)");
    assert_eq!(
        (e.date.as_str(), e.category.as_str(), e.net.as_str()),
        ("2.3.2020", "travel", "118,60")
    );
    assert_eq!(
        entries[1].description,
        "Konsultointi: palveluprosessien kuvaus; vaihe 1"
    );
    assert_eq!((entries[5].net.as_str(), entries[5].vat.as_str()), ("-38,90", "-4,28"));
    assert_eq!(
        entries[6].origin,
        Origin::Imported {
            file: "kirjanpito-kiuruvesi.csv".into(),
            row: 8
        }
    );
    assert!(entries
        .iter()
        .all(|e| CostCategory::from_id(&e.category).is_some() && e.bearer == "1"));
}

#[test]
fn every_category_s_name_as_the_app_shows_it_reads_back_as_that_category() {
    for lang in [Lang::Fi, Lang::Sv, Lang::En] {
        for c in CostCategory::ALL {
            let name = hakemus::i18n::category(lang, c);
            assert_eq!(category_of(name), Some(c), "{lang:?} {name}");
            assert_eq!(
                category_of(&name.to_uppercase()),
                Some(c),
                "{lang:?} {name} in capitals"
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod round_trip {
    use super::*;
    use proptest::prelude::*;

    /// A table as a spreadsheet writes it: a cell with the delimiter, a quote, a line break or white
    /// space at either end quoted, its quotes doubled; rows ended by CRLF.
    fn written(rows: &[Vec<String>], delimiter: char) -> String {
        let cell = |c: &String| {
            if c.contains([delimiter, '"', '\n', '\r']) || c.trim() != c {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        };
        rows.iter()
            .map(|r| r.iter().map(cell).collect::<Vec<_>>().join(&delimiter.to_string()) + "\r\n")
            .collect()
    }

    /// Text as Windows-1252 bytes, where every character of it has one.
    fn cp1252(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| match c {
                '€' => 0x80,
                '–' => 0x96,
                _ => u8::try_from(u32::from(c)).expect("a Latin-1 character"),
            })
            .collect()
    }

    fn cell() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-zäöÅ€– 0-9;,\"\t\n\r.-]{0,12}").unwrap()
    }

    proptest! {
        /// Whatever the cells, in UTF-8 or Windows-1252, with `;` or tab: the table read is the table
        /// written (a row of blank cells left out, as `preview` says). Two columns at least: the delimiter
        /// is found in the header line, and a table of one column has none.
        #[test]
        fn a_written_table_reads_back_cell_for_cell(
            header in prop::collection::vec("[A-Za-zäö][A-Za-zäö ]{0,8}[A-Za-zäö]", 2..6),
            rows in prop::collection::vec(prop::collection::vec(cell(), 1..6), 0..20),
            tab in any::<bool>(),
            latin in any::<bool>(),
        ) {
            let width = header.len();
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|mut r| { r.resize(width, String::new()); r })
                .collect();
            let delimiter = if tab { '\t' } else { ';' };
            let mut all = vec![header.clone()];
            all.extend(rows.iter().cloned());
            let text = written(&all, delimiter);
            let bytes = if latin { cp1252(&text) } else { text.clone().into_bytes() };
            let table = preview(&bytes).unwrap();
            prop_assert_eq!(table.delimiter, delimiter);
            prop_assert_eq!(&table.headers, &header);
            let kept: Vec<&Vec<String>> = rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).collect();
            prop_assert_eq!(table.rows.len(), kept.len());
            for (read, row) in table.rows.iter().zip(kept) {
                prop_assert_eq!(&read.cells, row);
            }
            let ascii = text.is_ascii();
            prop_assert!(matches!(
                (table.encoding, latin && !ascii),
                (Encoding::Windows1252, true) | (Encoding::Utf8, false)
            ));
        }
    }
}
