//! Real compositions from Appendix 1 of the decision (seed 004), through `analyse` at the 85 %
//! boundary (docs/rules.md §2, §6.5): every one the ministry accepted or considered passes with zero
//! errors; the broken variants fail with exactly the expected error; and `hakemus-check` says the same
//! as the analysis the browser runs.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::RawDraft;
use hakemus::domain::formats::application::{export, to_json};
use hakemus::domain::rules::analysis::{analyse, Analysis};
use hakemus::domain::rules::finding::RuleId;
use hakemus::domain::vocabulary::money::Money;

mod common;
use common::{boundary_base, composed as draft, Who, A, M};

/// A project of Appendix 1: the lead first, then the partners, and the grant requested in cents.
struct Composition {
    name: &'static str,
    applicants: Vec<Who>,
    requested_cents: i64,
}

fn compositions() -> Vec<Composition> {
    vec![
        Composition {
            name: "an authority leading municipalities (Omnia, Kuntien RoboTori)",
            applicants: vec![
                A("Espoon seudun koulutuskuntayhtymä Omnia"),
                M("Järvenpää"),
                M("Lempäälä"),
                M("Laitila"),
                M("Tuusula"),
                M("Salo"),
                A("Kotkan-Haminan seudun koulutuskuntayhtymä"),
            ],
            requested_cents: 36_443_750,
        },
        Composition {
            name: "a sote authority leading a project that is not sote development (TAT)",
            applicants: vec![
                A("Etelä-Karjalan sosiaali- ja terveydenhuollon kuntayhtymä"),
                M("Lappeenranta"),
                M("Imatra"),
                M("Lemi"),
                M("Luumäki"),
                M("Parikkala"),
                M("Rautjärvi"),
                M("Ruokolahti"),
                M("Savitaipale"),
                M("Taipalsaari"),
            ],
            requested_cents: 33_345_500,
        },
        Composition {
            name: "a Swedish-named lead (Pargas stad, Den it-smarta kommunen)",
            applicants: vec![M("Pargas"), M("Kimitoön")],
            requested_cents: 7_582_000,
        },
        Composition {
            name: "nine partners (Jyväskylä, Kurob)",
            applicants: vec![
                M("Jyväskylä"),
                M("Riihimäki"),
                M("Kokkola"),
                M("Pirkkala"),
                M("Asikkala"),
                M("Hollola"),
                M("Nokia"),
                M("Ylöjärvi"),
                M("Hämeenlinna"),
                M("Uurainen"),
            ],
            requested_cents: 50_732_250,
        },
        Composition {
            name: "municipalities with a sote authority as partner (LUMINA)",
            applicants: vec![
                M("Pietarsaari"),
                A("Pietarsaaren sosiaali- ja terveydenhuollon kuntayhtymä"),
                M("Vaasa"),
            ],
            requested_cents: 120_000_000,
        },
    ]
}

fn error_rules(a: &Analysis) -> Vec<RuleId> {
    a.errors().map(|f| f.rule).collect()
}

#[test]
fn the_boundary_base_is_the_smallest_that_fits() {
    // docs/rules.md §6.5: 181 520,00 € needs 213 552,95 € (85 % of 213 552,94 € is 181 519,999 €).
    assert_eq!(boundary_base(18_152_000), 21_355_295);
}

#[test]
fn every_composition_passes_at_the_85_percent_boundary() {
    for c in compositions() {
        let base = boundary_base(c.requested_cents);
        let a = analyse(&draft(&c.applicants, c.requested_cents, base));
        assert_eq!(error_rules(&a), [], "{}: {:#?}", c.name, a.errors().collect::<Vec<_>>());
        assert_eq!(a.totals.eligible_base, Money::from_cents(base), "{}", c.name);
    }
}

#[test]
fn broken_variants_fail_with_exactly_the_expected_error() {
    let omnia = &compositions()[0];
    let base = boundary_base(omnia.requested_cents);
    let cases: Vec<(&str, RawDraft, Vec<RuleId>)> = vec![
        (
            "authorities only",
            draft(
                &[
                    A("Espoon seudun koulutuskuntayhtymä Omnia"),
                    A("Kotkan-Haminan seudun koulutuskuntayhtymä"),
                ],
                omnia.requested_cents,
                base,
            ),
            vec![RuleId::MinMunicipalities],
        ),
        (
            "one organisation twice",
            draft(
                &[M("Kiuruvesi"), M("Iisalmi"), M("Kiuruvesi")],
                omnia.requested_cents,
                base,
            ),
            vec![RuleId::ApplicantUnique, RuleId::ApplicantUnique],
        ),
        (
            "one cent over 85 %",
            draft(&omnia.applicants, omnia.requested_cents + 1, base),
            vec![RuleId::GrantMaxShare],
        ),
    ];
    for (name, d, expected) in cases {
        assert_eq!(error_rules(&analyse(&d)), expected, "{name}");
    }
}

#[test]
fn hakemus_check_says_what_the_browser_says() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/appendix1-files");
    std::fs::create_dir_all(dir).unwrap();
    let mut drafts: Vec<(String, RawDraft)> = compositions()
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let base = boundary_base(c.requested_cents);
            (format!("ok-{i}.json"), draft(&c.applicants, c.requested_cents, base))
        })
        .collect();
    let omnia = &compositions()[0];
    let base = boundary_base(omnia.requested_cents);
    drafts.push((
        "over.json".into(),
        draft(&omnia.applicants, omnia.requested_cents + 1, base),
    ));
    drafts.push((
        "authorities.json".into(),
        draft(&[A("Omnia"), A("Keusote")], omnia.requested_cents, base),
    ));
    for (file, d) in &drafts {
        let path = format!("{dir}/{file}");
        std::fs::write(&path, to_json(&export(d, "2026-11-27T10:00:00Z"))).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hakemus-check"))
            .args(["--lang", "en", &path])
            .output()
            .unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        let a = analyse(d);
        let errors = a.errors().count();
        let warnings = a.warnings().count();
        let plural = |n: usize, one: &str| if n == 1 { one.to_string() } else { format!("{one}s") };
        let counts = format!(
            "{file}: {errors} {}, {warnings} {}\n",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        assert!(
            out.ends_with(&counts),
            "{file}: the browser counts {counts:?}, hakemus-check printed:\n{out}"
        );
        for f in a.errors() {
            assert!(
                out.contains(&format!("error {}:", f.rule.as_str())),
                "{file}: {:?} missing:\n{out}",
                f.rule
            );
        }
    }
}
