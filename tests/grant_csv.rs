//! The accounting system's CSV (`domain::grant::csv`) on the committed sample file, and the
//! categories' names as the app shows them read back as their categories.

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
