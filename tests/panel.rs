//! The reviewers' panel (issue 17): the review file of format 2 (the reviewer, conflicts of
//! interest), format 1 still opening, the schema, and the panel's totals, means, spreads,
//! disagreements, conflicts, the municipality pointer, reasons and blind mode.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{ApplicantKind, RawApplicant, RawDraft};
use hakemus::domain::formats::reader::Problem;
use hakemus::domain::formats::review::{self, ApplicationRef, Mark, Review, Reviewer};
use hakemus::domain::reviewer::panel::{self, Member, Standing};
use hakemus::domain::reviewer::summary::{CsvHeadings, SummaryRow};
use hakemus::domain::vocabulary::call::{self, CallProfile};
use hakemus::domain::vocabulary::criteria::{Criterion, Score};
use hakemus::domain::vocabulary::money::Money;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

const AT: &str = "2026-11-23T09:00:00Z";

fn fp(c: char) -> String {
    std::iter::repeat_n(c, 64).collect()
}

fn joint() -> &'static CallProfile {
    call::by_id(call::DEFAULT_CALL).unwrap()
}

fn review_of(fp: &str) -> Review {
    Review::new(ApplicationRef {
        fingerprint: fp.into(),
        call: call::DEFAULT_CALL.into(),
        lead: "Pargas".into(),
        project: "Yhteinen asiointialusta".into(),
        source: "hakemus.json".into(),
    })
}

/// A review scoring every criterion of the joint call: `scores` in the rubric's order, the rest
/// `rest`; every score with a reason.
fn scored(fp: &str, scores: &[u8], rest: u8) -> Review {
    let mut r = review_of(fp);
    for (i, rule) in joint().criteria.iter().enumerate() {
        let s = scores.get(i).copied().unwrap_or(rest);
        r.set_mark(
            rule.criterion,
            Mark {
                score: Score::new(s),
                note: format!("Perustelu {i}"),
            },
            AT,
        );
    }
    r
}

fn member(name: &str, reviews: Vec<Review>) -> Member {
    Member {
        reviewer: Reviewer::typed(name, ""),
        reviews: reviews
            .into_iter()
            .map(|r| (r.application.fingerprint.clone(), r))
            .collect(),
    }
}

#[test]
fn a_file_of_format_1_still_opens_without_reviewer_or_conflicts() {
    let text = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reviews/v1.json")).unwrap();
    let file = review::import_file(&text).unwrap();
    assert_eq!(file.reviewer, None);
    assert_eq!(file.reviews.len(), 1);
    let r = &file.reviews[0];
    assert_eq!(r.conflict, None);
    assert_eq!(r.mark(Criterion::Feasibility).score, Score::new(2));
    assert_eq!(r.summary, "Puollan.");
    // Written again, it is format 2 and reads back equal.
    let again = review::export(&file.reviews, AT);
    assert!(again.contains("\"schema_version\": 2"));
    assert_eq!(review::import(again.as_bytes()).unwrap(), file.reviews);
}

#[test]
fn format_1_does_not_know_the_fields_format_2_added() {
    let mut v: Value = serde_json::from_slice(
        &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reviews/v1.json")).unwrap(),
    )
    .unwrap();
    v["reviewer"] = json!({ "name": "Anna" });
    let e = review::import_file(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(
        (e.path.as_deref(), e.problem),
        (Some("reviewer"), Problem::UnknownField)
    );
}

#[test]
fn format_2_round_trips_the_reviewer_and_a_conflict() {
    let who = Reviewer::typed("Anna Arvioija", "Kaarina");
    assert_eq!(who.municipality.as_deref(), Some("202"), "Kaarina's register code");
    let free = Reviewer::typed("Bertil", "Valtiovarainministeriö");
    assert_eq!(free.municipality, None);

    let mut aside = review_of(&fp('a'));
    aside.set_mark(Criterion::Feasibility, mark(2, "Hyvä"), AT);
    aside.declare_conflict("Oma kuntani on hakija".into(), AT);
    assert!(!aside.has_scores(), "declaring a conflict removes the scores");
    assert_eq!(aside.mark(Criterion::Feasibility).note, "Hyvä", "the notes stay");
    aside.set_mark(Criterion::Renewal, mark(3, ""), AT);
    assert!(!aside.has_scores(), "no score is taken while a conflict is declared");
    let other = scored(&fp('b'), &[], 2);

    let text = review::export_by(Some(&who), [&aside, &other], AT);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["reviewer"]["municipality"], "202");
    assert_eq!(v["reviews"][0]["conflict"]["reason"], "Oma kuntani on hakija");
    let back = review::import_file(text.as_bytes()).unwrap();
    assert_eq!(back.reviewer, Some(who));
    assert_eq!(back.reviews, vec![aside.clone(), other]);

    // Withdrawn, the application can be scored again.
    aside.withdraw_conflict(AT);
    aside.set_mark(Criterion::Renewal, mark(3, "Uudistaa"), AT);
    assert!(aside.has_scores());
    // An empty reviewer is not written.
    assert!(!review::export_by(Some(&Reviewer::default()), [&aside], AT).contains("reviewer"));
}

fn mark(score: u8, note: &str) -> Mark {
    Mark {
        score: Score::new(score),
        note: note.into(),
    }
}

fn file_v2(reviews: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "format": "hakemus-review",
        "schema_version": 2,
        "exported_at": AT,
        "reviewer": { "name": "Anna", "organisation": "Kaarina", "municipality": "202" },
        "reviews": reviews,
    }))
    .unwrap()
}

#[test]
fn a_conflict_with_scores_is_refused_with_its_place_and_newer_versions_too() {
    let both = json!([{
        "application": { "fingerprint": fp('c'), "call": call::DEFAULT_CALL },
        "marks": { "renewal": { "note": "ok" }, "feasibility": { "score": 1, "note": "x" } },
        "conflict": { "reason": "Oma kunta" },
        "updated_at": AT,
    }]);
    let e = review::import_file(&file_v2(both)).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("reviews[0].marks.feasibility.score"));
    assert!(matches!(e.problem, Problem::Invalid { .. }), "{e:?}");

    let notes_only = json!([{
        "application": { "fingerprint": fp('c'), "call": call::DEFAULT_CALL },
        "marks": { "renewal": { "note": "ok" } },
        "conflict": { "reason": "Oma kunta" },
        "updated_at": AT,
    }]);
    assert!(review::import_file(&file_v2(notes_only)).is_ok());

    let mut bad_code: Value = serde_json::from_slice(&file_v2(json!([]))).unwrap();
    bad_code["reviewer"]["municipality"] = json!("999");
    let e = review::import_file(&serde_json::to_vec(&bad_code).unwrap()).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("reviewer.municipality"));

    let mut unknown: Value = serde_json::from_slice(&file_v2(json!([]))).unwrap();
    unknown["reviewer"]["email"] = json!("a@b.fi");
    assert_eq!(
        review::import_file(&serde_json::to_vec(&unknown).unwrap())
            .unwrap_err()
            .problem,
        Problem::UnknownField
    );

    let mut newer: Value = serde_json::from_slice(&file_v2(json!([]))).unwrap();
    newer["schema_version"] = json!(3);
    let e = review::import_file(&serde_json::to_vec(&newer).unwrap()).unwrap_err();
    assert_eq!(e.problem, Problem::NewerVersion { found: 3, reads: 2 });
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/hakemus-review.schema.json");
    let text = review::schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &text).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap();
    assert!(
        on_disk == text,
        "{path} is stale: run `UPDATE_SCHEMA=1 cargo test --test panel`"
    );
    assert_eq!(review::SCHEMA_JSON, on_disk, "the app offers the committed schema");
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["properties"]["schema_version"]["const"], 2);
    assert!(text.contains("\"conflict\""));
}

#[test]
fn totals_mean_and_spread_of_the_complete_reviews() {
    let (a, b) = (fp('a'), fp('b'));
    let call = joint();
    let n = call.criteria.len() as u32;
    // Anna 2 everywhere; Bertil 3 on the first criterion, 2 elsewhere, Cecilia 0 on it.
    let members = vec![
        member("Anna", vec![scored(&a, &[], 2), scored(&b, &[], 1)]),
        member("Bertil", vec![scored(&a, &[3], 2)]),
        member("Cecilia", vec![scored(&a, &[0], 2)]),
    ];
    let p = panel::application(&members, &a, call);
    let totals: Vec<Option<u32>> = p.standings.iter().map(Standing::complete_total).collect();
    assert_eq!(totals, vec![Some(2 * n), Some(2 * n + 1), Some(2 * n - 2)]);
    // (26 + 27 + 24) / 3 = 25.666…: exact as Decimal divides, no float.
    let mean = p.mean.unwrap();
    assert_eq!(mean, Decimal::from(6 * n - 1) / Decimal::from(3));
    assert_eq!(mean.round_dp(2), Decimal::from_str("25.67").unwrap());
    assert_eq!(p.spread, Some(3));
    // The first criterion: 2, 3, 0 → disagree; the others agree.
    assert!(p.criteria[0].disagrees);
    assert_eq!(p.criteria[0].spread, Some(3));
    assert!(p.criteria[1..].iter().all(|c| !c.disagrees && c.spread == Some(0)));

    // Only Anna reviewed b.
    let means = panel::mean_totals(
        &members,
        [(a.as_str(), call), (b.as_str(), call), (fp('c').as_str(), call)],
    );
    assert_eq!(means[&b], Some(Decimal::from(n)));
    assert_eq!(means[&fp('c')], None);
    assert_eq!(means.len(), 3);
}

#[test]
fn one_point_apart_is_no_disagreement_two_points_is() {
    let a = fp('a');
    let pair = |x: u8, y: u8| {
        let members = vec![
            member("A", vec![scored(&a, &[x], 2)]),
            member("B", vec![scored(&a, &[y], 2)]),
        ];
        panel::application(&members, &a, joint()).criteria[0].disagrees
    };
    assert!(!pair(1, 2));
    assert!(!pair(3, 3));
    assert!(pair(1, 3));
    assert!(pair(0, 2));
    assert!(pair(3, 0));
}

#[test]
fn who_stood_aside_is_not_in_the_mean_nor_in_the_criteria_and_incomplete_ones_neither() {
    let a = fp('a');
    let mut aside = review_of(&a);
    aside.declare_conflict("Oma kunta hakijana".into(), AT);
    let mut partial = review_of(&a);
    partial.set_mark(Criterion::Renewal, mark(0, "Heikko"), AT);
    let members = vec![
        member("Anna", vec![scored(&a, &[], 3)]),
        member("Bertil", vec![aside]),
        member("Cecilia", vec![partial]),
        member("David", vec![]),
    ];
    let p = panel::application(&members, &a, joint());
    assert_eq!(
        p.standings[1],
        Standing::StoodAside {
            reason: "Oma kunta hakijana".into()
        }
    );
    assert!(matches!(p.standings[2], Standing::Scored(t) if !t.is_complete()));
    assert_eq!(p.standings[3], Standing::NotReviewed);
    assert_eq!(p.stood_aside(), 1);
    let n = joint().criteria.len() as u32;
    assert_eq!(p.mean, Some(Decimal::from(3 * n)), "only the complete review counts");
    assert_eq!(p.spread, Some(0));
    // Cecilia's 0 on renewal is shown and disagrees with Anna's 3; Bertil has no mark.
    let renewal = p.criteria.iter().find(|c| c.criterion == Criterion::Renewal).unwrap();
    assert!(renewal.disagrees);
    assert_eq!(renewal.marks[1], None);
    assert_eq!(renewal.marks[2].as_ref().unwrap().note, "Heikko");
    assert_eq!(panel::mean(&[]), None);
}

fn draft_with(municipalities: &[&str], authority: Option<&str>) -> RawDraft {
    let mut d = RawDraft::default();
    for m in municipalities {
        d.applicants.push(RawApplicant {
            kind: ApplicantKind::Municipality,
            municipality: (*m).into(),
            ..RawApplicant::default()
        });
    }
    if let Some(name) = authority {
        d.applicants.push(RawApplicant {
            kind: ApplicantKind::Authority,
            name: name.into(),
            ..RawApplicant::default()
        });
    }
    d
}

#[test]
fn the_reviewers_municipality_among_the_applicants_is_pointed_out() {
    let kaarina = Reviewer::typed("Anna", "Kaarinan kaupunki");
    // "Kaarinan kaupunki" is not a register name: free text, no pointer.
    assert_eq!(kaarina.municipality, None);
    let kaarina = Reviewer::typed("Anna", "kaarina");
    assert_eq!(kaarina.municipality.as_deref(), Some("202"));
    // The applicant typed by its Swedish name or by code is the same municipality.
    let by_swedish = draft_with(&["Pargas", "S:t Karins"], None);
    let by_code = draft_with(&["202"], None);
    let elsewhere = draft_with(&["Iisalmi", "Kiuruvesi"], Some("Kaarina"));
    assert_eq!(panel::own_municipality_applies(&kaarina, &by_swedish), vec![1]);
    assert_eq!(panel::own_municipality_applies(&kaarina, &by_code), vec![0]);
    assert!(
        panel::own_municipality_applies(&kaarina, &elsewhere).is_empty(),
        "an authority of that name is not the municipality"
    );
    assert!(panel::own_municipality_applies(&Reviewer::typed("B", "VM"), &by_code).is_empty());
    let (x, y, z) = (fp('x'), fp('y'), fp('z'));
    assert_eq!(
        panel::own_municipality_applications(
            &kaarina,
            [
                (x.as_str(), &by_swedish),
                (y.as_str(), &elsewhere),
                (z.as_str(), &by_code)
            ]
        ),
        vec![x, z]
    );
}

#[test]
fn scores_without_reasons_are_listed_in_the_calls_order() {
    let mut r = review_of(&fp('a'));
    r.set_mark(Criterion::Feasibility, mark(2, "  "), AT);
    r.set_mark(Criterion::Renewal, mark(1, ""), AT);
    r.set_mark(Criterion::CostEffects, mark(3, "Säästää"), AT);
    r.set_mark(
        Criterion::Replicable,
        Mark {
            score: None,
            note: String::new(),
        },
        AT,
    );
    let mut s = review_of(&fp('b'));
    s.set_mark(Criterion::BestPractices, mark(0, ""), AT);
    let list = panel::unreasoned([&r, &s]);
    let got: Vec<(char, Criterion)> = list
        .iter()
        .map(|u| (u.fingerprint.chars().next().unwrap(), u.criterion))
        .collect();
    let pos = |c: Criterion| joint().criteria.iter().position(|x| x.criterion == c).unwrap();
    let mut first = [Criterion::Feasibility, Criterion::Renewal];
    first.sort_by_key(|c| pos(*c));
    assert_eq!(
        got,
        vec![('a', first[0]), ('a', first[1]), ('b', Criterion::BestPractices)]
    );
    assert_eq!(list[0].project, "Yhteinen asiointialusta");
}

#[test]
fn blind_mode_shows_the_others_once_the_own_scoring_is_done() {
    let a = fp('a');
    let call = joint();
    assert!(panel::others_visible(false, None, call), "blind mode off");
    assert!(!panel::others_visible(true, None, call));
    let mut partial = review_of(&a);
    partial.set_mark(Criterion::Renewal, mark(2, "x"), AT);
    assert!(!panel::others_visible(true, Some(&partial), call));
    assert!(panel::others_visible(true, Some(&scored(&a, &[], 1)), call));
    let mut aside = review_of(&a);
    aside.declare_conflict(String::new(), AT);
    assert!(
        panel::others_visible(true, Some(&aside), call),
        "a conflict declared is done too"
    );
}

#[test]
fn the_panel_keeps_its_members_in_order() {
    // The standings follow the caller's order of the members.
    let a = fp('a');
    let members = vec![member("Z", vec![scored(&a, &[], 0)]), member("A", vec![])];
    let p = panel::application(&members, &a, joint());
    assert_eq!(p.standings.len(), 2);
    assert!(matches!(p.standings[0], Standing::Scored(_)));
}

#[test]
fn a_file_of_the_reviewers_own_is_recognised_and_anothers_is_not() {
    let own = Reviewer::typed("Maija Meikäläinen", "Kuopio");
    // The same name, however written, with the same organisation or none said.
    assert!(panel::is_own(&own, &Reviewer::typed("  maija MEIKÄLÄINEN ", "kuopio")));
    assert!(panel::is_own(&own, &Reviewer::typed("Maija Meikäläinen", "")));
    // Another person, or the same name in another organisation.
    assert!(!panel::is_own(&own, &Reviewer::typed("Matti Meikäläinen", "Kuopio")));
    assert!(!panel::is_own(&own, &Reviewer::typed("Maija Meikäläinen", "Oulu")));
    // A reviewer without a name is nobody's own; nor is a file without one.
    assert!(!panel::is_own(
        &Reviewer::typed("", "Kuopio"),
        &Reviewer::typed("", "Kuopio")
    ));
    assert!(!panel::is_own(&own, &Reviewer::default()));
}

#[test]
fn a_review_files_name_carries_the_reviewers_name_as_a_safe_slug() {
    let date = "2026-12-06";
    assert_eq!(
        review::file_name("Maija Meikäläinen", date),
        "arviot-maija-meikalainen-2026-12-06.json"
    );
    assert_eq!(
        review::file_name("Åsa Öhman-Ström", date),
        "arviot-asa-ohman-strom-2026-12-06.json"
    );
    // Other characters are dropped, spaces run together, nothing at either end.
    assert_eq!(
        review::file_name("  Dr. O'Brien / \"VM\"  ", date),
        "arviot-dr-obrien-vm-2026-12-06.json"
    );
    assert_eq!(review::name_slug("../../etc/passwd"), "etcpasswd");
    // No name, or nothing of it left: the name as before.
    assert_eq!(review::file_name("", date), "arviot-2026-12-06.json");
    assert_eq!(review::file_name("  ", date), "arviot-2026-12-06.json");
    assert_eq!(review::file_name("王小明", date), "arviot-2026-12-06.json");
    // A long name is cut, never past ASCII.
    let long = review::name_slug(&"ä".repeat(200));
    assert_eq!(long, "a".repeat(review::SLUG_MAX));
    assert!(review::name_slug("Ä ".repeat(100).as_str()).len() <= review::SLUG_MAX);
    assert!(!review::name_slug("Ä ".repeat(100).as_str()).ends_with('-'));
}

#[test]
fn the_summary_csv_carries_the_panels_columns_as_the_page_shows_them() {
    use hakemus::domain::reviewer::summary::{summary_csv_with_panel, PanelHeadings, SummaryRow};
    let (a, b) = (fp('a'), fp('b'));
    let call = joint();
    let n = call.criteria.len() as u32;
    // The own reviewer first: complete on a, nothing on b. Bertil: complete on a, partial on b.
    // Cecilia stood aside on a and did not review b.
    let mut partial = review_of(&b);
    partial.set_mark(
        call.criteria[0].criterion,
        Mark {
            score: Score::new(3),
            note: "Hyvä".into(),
        },
        AT,
    );
    let mut aside = review_of(&a);
    aside.conflict = Some(review::Conflict {
        reason: "Oma kunta".into(),
    });
    let members = vec![
        member("Oma", vec![scored(&a, &[], 2)]),
        member("Bertil", vec![scored(&a, &[3], 2), partial]),
        member("Cecilia", vec![aside]),
    ];
    let row = |source: &str| SummaryRow {
        grant_percent: Some(Decimal::new(5000, 2)),
        warnings: 1,
        ..summary_row(source, 10_000)
    };
    let (ra, rb) = (row("a.json"), row("b.json"));
    let (pa, pb) = (
        panel::application(&members, &a, call),
        panel::application(&members, &b, call),
    );
    let h = csv_headings();
    let names = ["Bertil".to_string(), "Cecilia".to_string()];
    let p = PanelHeadings {
        members: &names,
        mean: "Keskiarvo",
        spread: "Hajonta",
        own: "Arvio",
        not_reviewed: "ei arvioitu",
        stood_aside: "esteellinen",
        incomplete: "kesken",
        hidden: "piilotettu",
    };
    let lines = |csv: String| -> Vec<String> {
        csv.trim_start_matches('\u{FEFF}')
            .split("\r\n")
            .map(String::from)
            .collect()
    };
    // a: the own 26 and Bertil's 27 make the mean 26,50 and the spread 1; Cecilia stood aside.
    let csv = summary_csv_with_panel([(&ra, &pa, true), (&rb, &pb, true)], &h, &p);
    assert_eq!(
        lines(csv),
        [
            "Tiedosto;Hankehallinnoija;Osatoteuttajat;Hanke;Haettu;Hyväksyttävät;Osuus;Virheet;Huomiot;Bertil;Cecilia;Keskiarvo;Hajonta;Arvio".to_string(),
            format!(
                "a.json;Pargas;;Yhteinen;100,00;200,00;50,00;0;1;{};esteellinen;{},50;1;{}",
                2 * n + 1,
                2 * n,
                2 * n
            ),
            format!("b.json;Pargas;;Yhteinen;100,00;200,00;50,00;0;1;3 / {} (kesken);ei arvioitu;;;ei arvioitu", 3 * n),
            "Yhteensä (2);;;;200,00;400,00;;;;;;;;".to_string(),
            String::new(),
        ]
    );
    // Blind mode before the own scoring is done: the others, the mean and the spread hidden, the
    // own shown; as on the page.
    let csv = summary_csv_with_panel([(&rb, &pb, false)], &h, &p);
    assert_eq!(
        lines(csv)[1],
        "b.json;Pargas;;Yhteinen;100,00;200,00;50,00;0;1;piilotettu;piilotettu;piilotettu;piilotettu;ei arvioitu"
    );
}

/// Issue 27: whose a review file is, for the import of the reviewer's own file: another reviewer's
/// goes to the panel, never over the reviewer's own; where only one side names a reviewer, the
/// reviewer is asked.
#[test]
fn whose_a_review_file_is() {
    use panel::Whose;
    let own = Reviewer::typed("Maija Meikäläinen", "Kuopio");
    let unnamed = Reviewer::default();
    assert_eq!(
        panel::whose(&own, Some(&Reviewer::typed(" maija meikäläinen", ""))),
        Whose::Own
    );
    assert_eq!(
        panel::whose(&own, Some(&Reviewer::typed("Bertil Bedömare", "Kuopio"))),
        Whose::Other
    );
    assert_eq!(
        panel::whose(&own, Some(&Reviewer::typed("Maija Meikäläinen", "Oulu"))),
        Whose::Other
    );
    // Only one side names a reviewer (a file of format 1 has none): asked.
    assert_eq!(panel::whose(&own, None), Whose::Unsure);
    assert_eq!(panel::whose(&own, Some(&Reviewer::typed("", "Kuopio"))), Whose::Unsure);
    assert_eq!(
        panel::whose(&unnamed, Some(&Reviewer::typed("Bertil", ""))),
        Whose::Unsure
    );
    // Neither names one: the reviewer's own backup, as before reviewers had names.
    assert_eq!(panel::whose(&unnamed, None), Whose::Own);
}

/// The panel never shows a reviewer twice: the same name, however spaced or cased, is one member.
#[test]
fn a_member_is_known_by_the_name_however_written() {
    let key = |name: &str, source: &str| {
        panel::member_key(
            &Reviewer {
                name: name.into(),
                ..Reviewer::default()
            },
            source,
        )
    };
    assert_eq!(key("Bertil Bedömare", "a.json"), key(" bertil bedömare ", "b.json"));
    assert_ne!(key("Bertil", "a.json"), key("Cecilia", "a.json"));
    // Without a name, only the file's name tells files apart.
    assert_eq!(key("", "a.json"), "file:a.json");
    assert_ne!(key("", "a.json"), key("", "b.json"));
}

/// Issue 27: one number format per column of the CSV. A mean has two decimals with a decimal comma
/// even when it is whole ("26,00", not "26"); totals and the spread are whole numbers; amounts and
/// the grant share two decimals.
#[test]
fn the_csv_writes_each_column_in_one_number_format() {
    use hakemus::domain::reviewer::summary::{summary_csv_with_panel, PanelHeadings};
    let call = joint();
    let n = call.criteria.len() as u32;
    let (a, b, c) = (fp('a'), fp('b'), fp('c'));
    // a: 2n and 2n (mean whole); b: 2n and 2n + 1 (mean ,50); c: 2n, 2n + 1 and 2n + 1 (mean ,67).
    let members = vec![
        member("Oma", vec![scored(&a, &[], 2), scored(&b, &[], 2), scored(&c, &[], 2)]),
        member(
            "Bertil",
            vec![scored(&a, &[], 2), scored(&b, &[3], 2), scored(&c, &[3], 2)],
        ),
        member("Cecilia", vec![scored(&c, &[3], 2)]),
    ];
    let rows = [
        summary_row("a.json", 100_000),
        summary_row("b.json", 12_345),
        summary_row("c.json", 1),
    ];
    let panels: Vec<_> = [&a, &b, &c]
        .iter()
        .map(|fp| panel::application(&members, fp, call))
        .collect();
    let h = csv_headings();
    let names = ["Bertil".to_string(), "Cecilia".to_string()];
    let p = PanelHeadings {
        members: &names,
        mean: "Keskiarvo",
        spread: "Hajonta (suurin − pienin)",
        own: "Arvio",
        not_reviewed: "ei arvioitu",
        stood_aside: "esteellinen",
        incomplete: "kesken",
        hidden: "piilotettu",
    };
    let csv = summary_csv_with_panel(rows.iter().zip(&panels).map(|(r, p)| (r, p, true)), &h, &p);
    let lines: Vec<Vec<String>> = csv
        .trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').map(String::from).collect())
        .collect();
    let column = |heading: &str| -> Vec<String> {
        let i = lines[0].iter().position(|x| x == heading).unwrap();
        lines[1..4].iter().map(|l| l[i].clone()).collect()
    };
    assert_eq!(
        column("Keskiarvo"),
        [
            format!("{},00", 2 * n),
            format!("{},50", 2 * n),
            format!("{},67", 2 * n)
        ]
    );
    assert_eq!(column("Hajonta (suurin − pienin)"), ["0", "1", "1"]);
    assert_eq!(column("Arvio"), [2 * n, 2 * n, 2 * n].map(|x| x.to_string()));
    assert_eq!(column("Bertil"), [2 * n, 2 * n + 1, 2 * n + 1].map(|x| x.to_string()));
    assert_eq!(column("Haettu"), ["1000,00", "123,45", "0,01"]);
    assert_eq!(column("Osuus"), ["50,00", "50,00", "50,00"]);
    // Every number of a column in that column's one format.
    let whole = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let two_decimals = |s: &str| {
        s.split_once(',')
            .is_some_and(|(i, d)| whole(i) && d.len() == 2 && whole(d))
    };
    for (heading, format) in [
        ("Keskiarvo", &two_decimals as &dyn Fn(&str) -> bool),
        ("Haettu", &two_decimals),
        ("Hyväksyttävät", &two_decimals),
        ("Osuus", &two_decimals),
        ("Hajonta (suurin − pienin)", &whole),
        ("Arvio", &whole),
        ("Bertil", &whole),
        ("Virheet", &whole),
    ] {
        for cell in column(heading) {
            assert!(format(&cell), "{heading}: {cell}");
        }
    }
}

/// One application's row of the reviewer's table: Pargas's joint project, `cents` requested of twice
/// as much eligible, no errors or notes.
fn summary_row(source: &str, cents: i64) -> SummaryRow {
    SummaryRow {
        source: source.into(),
        lead: "Pargas".into(),
        partners: vec![],
        codes: vec![],
        project: "Yhteinen".into(),
        targets: vec![],
        requested: Some(Money::from_cents(cents)),
        eligible_base: Money::from_cents(cents * 2),
        grant_percent: Some(Decimal::new(50, 0)),
        errors: 0,
        warnings: 0,
    }
}

/// The CSV's headings in Finnish, as the reviewer's page gives them.
fn csv_headings() -> CsvHeadings<'static> {
    CsvHeadings {
        source: "Tiedosto",
        lead: "Hankehallinnoija",
        partners: "Osatoteuttajat",
        project: "Hanke",
        requested: "Haettu",
        eligible_base: "Hyväksyttävät",
        grant_percent: "Osuus",
        errors: "Virheet",
        warnings: "Huomiot",
        total: "Yhteensä",
    }
}
