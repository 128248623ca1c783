//! Drafting together (the flow is the app's own; its warning is docs/rules.md §2.7): the request and
//! contribution files, the three-way comparison, the merge and its undo, and every refusal, none of
//! which changes the lead's draft.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{LineId, RawBudgetLine, RawDraft};
use hakemus::domain::exchange::compare::{compare, Change, Place};
use hakemus::domain::exchange::partner::{
    keep, kept, make_request, merge, receive, undo, ItemKey, Kind, MergeError, Refusal, UndoRefusal,
};
use hakemus::domain::formats::partner::{
    contribution, contribution_schema, read_contribution, read_request, request_schema, to_json, ReadContribution,
    CONTRIBUTION_SCHEMA_JSON, REQUEST_SCHEMA_JSON,
};
use hakemus::domain::formats::reader::Problem;
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{ApplicantField, FieldPath, LineField, Message, RuleId};
use hakemus::domain::rules::partners::{partner_status, PartnerStatus};
use hakemus::domain::vocabulary::locale::Lang;
use std::collections::BTreeMap;

mod common;

const AT: &str = "2026-11-27T09:00:00Z";
const LATER: &str = "2026-11-28T10:00:00Z";

/// The complete application with a cost line for each partner.
fn lead_draft() -> (RawDraft, LineId, LineId) {
    let mut d = common::complete_application();
    let (a, b) = (d.applicants[1].id, d.applicants[2].id);
    for (bearer, amount, what) in [(a, "10 000,00", "Iisalmen työ"), (b, "20 000,00", "Vieremän työ")] {
        let id = d.add_line();
        let l = d.line_mut(id).unwrap();
        *l = RawBudgetLine {
            id,
            category: "personnel".into(),
            description: what.into(),
            bearer: bearer.to_string(),
            year: "2020".into(),
            amount: amount.into(),
            vat_rate: "0".into(),
            ..Default::default()
        };
    }
    (d, a, b)
}

fn request_for(d: &mut RawDraft, partner: LineId, request_id: &str) -> RawDraft {
    let file = make_request(d, partner, "project-1", request_id, AT, "Täydennä osuutenne.").unwrap();
    let read = read_request(to_json(&file).as_bytes(), Lang::Fi).unwrap();
    read.partner_draft()
}

fn returned(partner_draft: &RawDraft, at: &str) -> ReadContribution {
    let file = contribution(partner_draft, at).unwrap();
    read_contribution(to_json(&file).as_bytes(), Lang::Fi).unwrap()
}

fn merge_all(d: &mut RawDraft, c: &ReadContribution, choices: &[(ItemKey, bool)]) {
    let incoming = receive(d, c).unwrap();
    let index = keep(d, &incoming, c, LATER);
    let take: BTreeMap<ItemKey, bool> = choices.iter().copied().collect();
    merge(d, &incoming, index, &take, LATER).unwrap();
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schema");
    for (name, text, committed) in [
        ("hakemus-partner-request", request_schema(), REQUEST_SCHEMA_JSON),
        (
            "hakemus-partner-contribution",
            contribution_schema(),
            CONTRIBUTION_SCHEMA_JSON,
        ),
    ] {
        let path = format!("{dir}/{name}.schema.json");
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap();
        assert!(
            on_disk == text,
            "{path} is stale: run `UPDATE_SCHEMA=1 cargo test --test partners`"
        );
        assert_eq!(committed, on_disk, "the app offers the committed schema");
    }
}

#[test]
fn a_request_carries_the_project_and_the_partners_own_part_only() {
    let (mut d, a, b) = lead_draft();
    let file = make_request(&mut d, a, "project-1", "req-a", AT, "Täydennä osuutenne.").unwrap();
    let text = to_json(&file);
    assert!(text.contains("Iisalmen työ"));
    assert!(text.contains("\"10000.00\""), "amounts as the files write them");
    assert!(!text.contains("Vieremän työ"), "nothing of another partner's budget");
    assert!(!text.contains("213552.95"), "nothing of the lead's budget");
    assert_eq!(file.project.start, "2020-03-01");
    assert_eq!(file.lead.municipality, "Kiuruvesi");
    assert_eq!(d.project_id, "project-1");
    // The project keeps its id whatever is edited later; a second request names it the same.
    d.project.name_fi = "Uusi nimi".into();
    let second = make_request(&mut d, b, "project-2", "req-b", AT, "").unwrap();
    assert_eq!(second.project_id, "project-1");
    assert_eq!(partner_status(&d, a), PartnerStatus::Requested { at: AT.into() });
    assert_eq!(partner_status(&d, d.applicants[0].id), PartnerStatus::NotRequested);
    // The lead is no partner of its own.
    let lead = d.applicants[0].id;
    assert!(make_request(&mut d, lead, "x", "y", AT, "").is_none());

    // The partner's draft: its own entry and lines, the project as described.
    let pd = read_request(text.as_bytes(), Lang::Fi).unwrap().partner_draft();
    assert_eq!(pd.applicants.len(), 1);
    assert_eq!(pd.applicants[0].id, a);
    assert_eq!(pd.budget.lines.len(), 1);
    assert_eq!(pd.budget.lines[0].amount, "10 000,00");
    assert_eq!(
        pd.project.name_fi,
        "Sähköiset lomakkeet ja niiden käsittelyn prosessit haltuun"
    );
    // Its analysis asks for role and commitment (a partner's) and checks its lines.
    let analysis = analyse(&pd);
    assert!(analysis.line(pd.budget.lines[0].id).is_some());
}

#[test]
fn a_contribution_is_merged_item_by_item_and_the_totals_follow() {
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    let p = &mut pd.applicants[0];
    p.contact_name = "Pekka Partneri".into();
    p.signatory_name = "Kaija Kunnanjohtaja".into();
    p.signatory_title = "kunnanjohtaja".into();
    p.own_financing = "1 500,00".into();
    p.decision_body = "Kunnanhallitus".into();
    p.decision_date = "16.12.2019".into();
    p.decision_section = "§ 212".into();
    pd.budget.lines[0].amount = "12 000,00".into();
    let new_line = pd.add_line();
    *pd.line_mut(new_line).unwrap() = RawBudgetLine {
        id: new_line,
        category: "travel".into(),
        description: "Matkat".into(),
        year: "2021".into(),
        amount: "800".into(),
        vat_rate: "0".into(),
        ..Default::default()
    };
    let c = returned(&pd, LATER);
    assert_eq!(
        c.file.part.lines[1].bearer,
        a.to_string(),
        "every line the partner's own"
    );

    let before = d.clone();
    let incoming = receive(&d, &c).unwrap();
    assert_eq!(d, before, "receiving changes nothing");
    let keys: Vec<ItemKey> = incoming.items.iter().map(|i| i.key).collect();
    assert!(keys.contains(&ItemKey::Applicant(ApplicantField::ContactName)));
    assert!(keys.contains(&ItemKey::Applicant(ApplicantField::DecisionDate)));
    let changed = incoming
        .items
        .iter()
        .find(|i| i.kind == Kind::Change && matches!(i.key, ItemKey::Line(_)))
        .unwrap();
    assert_eq!(changed.rows.len(), 1, "only the changed field of the line");
    assert_eq!(changed.rows[0].lead.as_deref(), Some("10000.00"));
    assert_eq!(changed.rows[0].theirs.as_deref(), Some("12000.00"));
    assert!(incoming.items.iter().any(|i| i.kind == Kind::Add));
    assert!(
        incoming.items.iter().all(|i| !i.conflict),
        "the lead changed nothing since"
    );

    // Take all but the contact person.
    let base_before = analyse(&d).totals.eligible_base;
    merge_all(&mut d, &c, &[(ItemKey::Applicant(ApplicantField::ContactName), false)]);
    let partner = d.applicants.iter().find(|x| x.id == a).unwrap();
    assert_eq!(partner.contact_name, "Maija Meikäläinen", "kept the application's");
    assert_eq!(partner.signatory_name, "Kaija Kunnanjohtaja");
    assert_eq!(partner.decision_date, "2019-12-16");
    let lines: Vec<&RawBudgetLine> = d.budget.lines.iter().filter(|l| l.bearer == a.to_string()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].amount, "12 000,00");
    assert_eq!(lines[1].description, "Matkat");
    let analysis = analyse(&d);
    use hakemus::domain::vocabulary::money::Money;
    assert_eq!(
        Some(analysis.totals.eligible_base),
        base_before.checked_add(Money::from_cents(280_000)),
        "the eligible base follows: 2 000 + 800 more"
    );
    assert!(matches!(partner_status(&d, a), PartnerStatus::Merged { .. }));
    assert!(!analysis
        .findings
        .iter()
        .any(|f| f.rule == RuleId::PartnerReturned && matches!(f.path, FieldPath::Applicant { id, .. } if id == a)));

    // The same contribution again is recognised, and nothing changes.
    let merged = d.clone();
    assert_eq!(receive(&d, &c), Err(Refusal::AlreadyMerged { at: LATER.into() }));
    assert_eq!(d, merged);

    // An edit after the merge: changed since merged, and a warning in check your answers.
    let id = lines[0].id;
    d.line_mut(id).unwrap().amount = "11 000,00".into();
    assert!(matches!(
        partner_status(&d, a),
        PartnerStatus::ChangedSinceMerged { .. }
    ));
    assert!(analyse(&d).findings.iter().any(|f| f.message
        == Message::PartnerChangedSinceMerged {
            merged_at: LATER.into()
        }));
}

#[test]
fn a_second_return_shows_only_what_changed_since() {
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    pd.budget.lines[0].amount = "12 000,00".into();
    let added = pd.add_line();
    *pd.line_mut(added).unwrap() = RawBudgetLine {
        id: added,
        category: "travel".into(),
        description: "Matkat".into(),
        year: "2021".into(),
        amount: "800,00".into(),
        vat_rate: "0".into(),
        ..Default::default()
    };
    pd.applicants[0].signatory_title = "kaupunginjohtaja".into();
    pd.applicants[0].role = "Partnerin rooli".into();
    // The lead takes all but the role.
    merge_all(
        &mut d,
        &returned(&pd, LATER),
        &[(ItemKey::Applicant(ApplicantField::Role), false)],
    );
    let lines_after_first = d.budget.lines.len();

    // The partner changes the travel line's amount and the title, and sends its part again: what the
    // lead decided on last time (the role it kept, the title it took) is not offered again, and the
    // title the lead took is no conflict.
    pd.line_mut(added).unwrap().amount = "950,00".into();
    pd.applicants[0].signatory_title = "kaupunginjohtaja (vt.)".into();
    let second = returned(&pd, "2026-11-29T08:00:00Z");
    let incoming = receive(&d, &second).unwrap();
    assert!(!incoming.base_is_request);
    assert_eq!(incoming.items.len(), 2, "{:?}", incoming.items);
    let title = &incoming.items[0];
    assert_eq!(title.key, ItemKey::Applicant(ApplicantField::SignatoryTitle));
    assert!(!title.conflict);
    let item = &incoming.items[1];
    assert_eq!(item.kind, Kind::Change);
    assert!(!item.conflict);
    assert_eq!(item.rows.len(), 1);
    assert_eq!(item.rows[0].base.as_deref(), Some("800.00"));
    assert_eq!(item.rows[0].theirs.as_deref(), Some("950.00"));
    merge_all(&mut d, &second, &[]);
    assert_eq!(d.budget.lines.len(), lines_after_first, "the same line, not a new one");
    assert!(d
        .budget
        .lines
        .iter()
        .any(|l| l.description == "Matkat" && l.amount == "950,00"));
    assert_eq!(d.partner_requests[0].returns.len(), 2, "every import is kept");
}

#[test]
fn what_both_changed_is_taken_only_by_a_choice() {
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    // After the request the lead changes the amount; the partner changes it too, differently, and
    // also the description, which the lead did not touch.
    let line = d.budget.lines.iter().find(|l| l.bearer == a.to_string()).unwrap().id;
    d.line_mut(line).unwrap().amount = "11 000,00".into();
    pd.budget.lines[0].amount = "12 000,00".into();
    pd.applicants[0].role = "Uusi rooli".into();
    d.applicant_mut(a).unwrap().role = "Lead muutti roolin".into();
    pd.applicants[0].signatory_name = "Kaija".into();
    let c = returned(&pd, LATER);
    let incoming = receive(&d, &c).unwrap();
    let role = incoming
        .items
        .iter()
        .find(|i| i.key == ItemKey::Applicant(ApplicantField::Role))
        .unwrap();
    assert!(role.conflict);
    assert_eq!(role.rows[0].base.as_deref(), Some("Pilotointi"));
    assert_eq!(role.rows[0].lead.as_deref(), Some("Lead muutti roolin"));
    assert_eq!(role.rows[0].theirs.as_deref(), Some("Uusi rooli"));
    let amount = incoming.items.iter().find(|i| i.key == ItemKey::Line(line)).unwrap();
    assert!(amount.conflict);
    assert_eq!(
        (
            amount.rows[0].base.as_deref(),
            amount.rows[0].lead.as_deref(),
            amount.rows[0].theirs.as_deref()
        ),
        (Some("10000.00"), Some("11000.00"), Some("12000.00"))
    );
    assert!(
        !incoming
            .items
            .iter()
            .find(|i| i.key == ItemKey::Applicant(ApplicantField::SignatoryName))
            .unwrap()
            .conflict
    );

    // Without a choice for the conflicts nothing is merged.
    let index = keep(&mut d, &incoming, &c, LATER);
    let kept = d.clone();
    let err = merge(&mut d, &incoming, index, &BTreeMap::new(), LATER).unwrap_err();
    assert_eq!(
        err,
        MergeError::Unresolved(vec![ItemKey::Applicant(ApplicantField::Role), ItemKey::Line(line)])
    );
    assert_eq!(d, kept);

    // Keep the lead's amount, take the partner's role.
    let take = BTreeMap::from([
        (ItemKey::Line(line), false),
        (ItemKey::Applicant(ApplicantField::Role), true),
    ]);
    merge(&mut d, &incoming, index, &take, LATER).unwrap();
    assert_eq!(d.line_mut(line).unwrap().amount, "11 000,00");
    let partner = d.applicants.iter().find(|x| x.id == a).unwrap();
    assert_eq!(partner.role, "Uusi rooli");
    assert_eq!(partner.signatory_name, "Kaija");

    // Undone: the part as it was before the merge; the contribution stays kept.
    undo(&mut d, 0, index).unwrap();
    assert_eq!(d.partner_part(a), kept.partner_part(a));
    assert_eq!(d.partner_requests[0].returns.len(), 1);
    assert!(matches!(partner_status(&d, a), PartnerStatus::Returned { .. }));
    assert_eq!(undo(&mut d, 0, index), Err(UndoRefusal::NotMerged));
}

#[test]
fn a_merge_is_not_undone_over_later_edits() {
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    pd.applicants[0].signatory_name = "Kaija".into();
    merge_all(&mut d, &returned(&pd, LATER), &[]);
    d.applicant_mut(a).unwrap().contact_phone = "050 765 4321".into();
    let edited = d.clone();
    assert_eq!(undo(&mut d, 0, 0), Err(UndoRefusal::ChangedSince));
    assert_eq!(d, edited);
}

#[test]
fn refusals_name_the_reason_and_change_nothing() {
    let (mut d, a, b) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    let _ = request_for(&mut d, b, "req-b");
    pd.applicants[0].signatory_name = "Kaija".into();
    let good = contribution(&pd, LATER).unwrap();
    let before = d.clone();

    // Another project.
    let mut other = good.clone();
    other.project_id = "another-project".into();
    let other = read_contribution(to_json(&other).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(receive(&d, &other), Err(Refusal::OtherProject));
    // A request this draft did not make.
    let mut unknown = good.clone();
    unknown.request_id = "req-zzz".into();
    let unknown = read_contribution(to_json(&unknown).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(receive(&d, &unknown), Err(Refusal::UnknownRequest));
    // Tampered: another partner's name on this request, a line borne by someone else, an amount
    // that is not one, a field the format does not have.
    let mut swapped = good.clone();
    swapped.part.applicant.id = b;
    for l in &mut swapped.part.lines {
        l.bearer = b.to_string();
    }
    let swapped = read_contribution(to_json(&swapped).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(receive(&d, &swapped), Err(Refusal::NotTheRequestsPartner));
    let mut text: serde_json::Value = serde_json::from_str(&to_json(&good)).unwrap();
    text["part"]["lines"][0]["bearer"] = serde_json::json!(d.applicants[0].id.to_string());
    let e = read_contribution(text.to_string().as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(
        (e.path.as_deref(), e.problem),
        (Some("part.lines[0].bearer"), Problem::NotThePartnersLine)
    );
    let mut text: serde_json::Value = serde_json::from_str(&to_json(&good)).unwrap();
    text["part"]["lines"][0]["amount"] = serde_json::json!("12,5O");
    let e = read_contribution(text.to_string().as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("part.lines[0].amount"));
    let mut text: serde_json::Value = serde_json::from_str(&to_json(&good)).unwrap();
    text["part"]["applicant"]["bank_account"] = serde_json::json!("FI00");
    assert_eq!(
        read_contribution(text.to_string().as_bytes(), Lang::Fi)
            .unwrap_err()
            .problem,
        Problem::UnknownField
    );
    // A newer version of the format; an application where a contribution is expected.
    let mut text: serde_json::Value = serde_json::from_str(&to_json(&good)).unwrap();
    text["schema_version"] = serde_json::json!(3);
    assert_eq!(
        read_contribution(text.to_string().as_bytes(), Lang::Fi)
            .unwrap_err()
            .problem,
        Problem::NewerVersion { found: 3, reads: 2 }
    );
    let application =
        hakemus::domain::formats::application::to_json(&hakemus::domain::formats::application::export(&d, AT));
    assert_eq!(
        read_contribution(application.as_bytes(), Lang::Fi).unwrap_err().problem,
        Problem::NotAnExport {
            expected: "hakemus-partner-contribution"
        }
    );
    // The partner removed from the application.
    let mut removed = d.clone();
    removed.applicants.retain(|x| x.id != a);
    let c = read_contribution(to_json(&good).as_bytes(), Lang::Fi).unwrap();
    assert_eq!(receive(&removed, &c), Err(Refusal::PartnerRemoved));
    assert_eq!(d, before, "no refusal changed the draft");

    // The same contribution twice before merging: recognised, kept once.
    let incoming = receive(&d, &c).unwrap();
    let first = keep(&mut d, &incoming, &c, LATER);
    let again = receive(&d, &c).unwrap();
    assert_eq!(again.received, Some(first));
    assert_eq!(keep(&mut d, &again, &c, LATER), first);
    assert_eq!(d.partner_requests[0].returns.len(), 1);
    // A kept contribution, looked at again, is the same one with the same items.
    let reread = receive(&d, &kept(&d, 0, first).unwrap()).unwrap();
    assert_eq!((reread.received, reread.items), (Some(first), incoming.items));
}

#[test]
fn the_exchange_stays_out_of_the_application_itself() {
    use hakemus::domain::formats::application::{export, import, to_json as app_json};
    let (mut d, a, _) = lead_draft();
    let _ = request_for(&mut d, a, "req-a");
    let env = export(&d, AT);
    assert!(env.application.partner_requests.is_empty(), "not in the application");
    assert_eq!(
        env.working_copy.partner_requests.len(),
        1,
        "beside it, in the working copy"
    );
    let text = app_json(&env);
    assert!(text.contains("\"project_id\": \"project-1\""));
    let back = import(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.draft.project_id, "project-1");
    // The working copy does not change the application's fingerprint.
    assert_eq!(back.fingerprint, hakemus::domain::formats::application::fingerprint(&d));
    // A file that carries them in the application anyway is refused, by the place.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["application"]["partner_requests"] = serde_json::to_value(&d.partner_requests).unwrap();
    let e = import(v.to_string().as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("application.partner_requests"));
    // Requests without the project's id, or one request twice, are refused by their place.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["application"].as_object_mut().unwrap().remove("project_id");
    let e = import(v.to_string().as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("application.project_id"));
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let first = v["working_copy"]["partner_requests"][0].clone();
    v["working_copy"]["partner_requests"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let e = import(v.to_string().as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("working_copy.partner_requests"));
}

#[test]
fn an_export_takes_the_exchange_and_the_title_to_another_browser() {
    use hakemus::domain::formats::application::{export_titled, import, to_json as app_json};
    let (mut d, a, b) = lead_draft();
    let mut pa = request_for(&mut d, a, "req-a");
    let mut pb = request_for(&mut d, b, "req-b");
    pa.budget.lines[0].amount = "12 000,00".into();
    pa.applicants[0].decision_date = "16.12.2019".into();
    merge_all(&mut d, &returned(&pa, LATER), &[]);
    assert_eq!(partner_status(&d, a), PartnerStatus::Merged { at: LATER.into() });
    // Text that is no amount yet travels too, by its path in the working copy.
    d.partner_requests[1].sent.lines[0].amount = "noin 20 000".into();

    let text = app_json(&export_titled(&d, AT, "  Yhteishanke, Kiuruveden versio "));
    assert!(text.contains("\"working_copy\""));
    assert!(text.contains("\"working_copy.partner_requests[1].sent.lines[0].amount\": \"noin 20 000\""));
    let back = import(text.as_bytes(), Lang::Fi).unwrap();
    assert_eq!(back.title, "Yhteishanke, Kiuruveden versio");
    let mut e = back.draft;
    assert_eq!(
        e.partner_requests, d.partner_requests,
        "the requests and returns as they were"
    );
    assert_eq!(partner_status(&e, a), PartnerStatus::Merged { at: LATER.into() });
    assert_eq!(partner_status(&e, b), PartnerStatus::Requested { at: AT.into() });
    // The merged return is recognised, and the pending partner's contribution is accepted there.
    assert!(matches!(
        receive(&e, &returned(&pa, LATER)),
        Err(Refusal::AlreadyMerged { .. })
    ));
    pb.applicants[0].contact_name = "Veera Vieremä".into();
    merge_all(&mut e, &returned(&pb, LATER), &[]);
    assert_eq!(e.applicants[2].contact_name, "Veera Vieremä");
    assert_eq!(partner_status(&e, b), PartnerStatus::Merged { at: LATER.into() });

    // An older file (no working copy) still opens, with no title and no requests.
    let plain = app_json(&hakemus::domain::formats::application::export(
        &common::complete_application(),
        AT,
    ));
    assert!(!plain.contains("working_copy"));
    let back = import(plain.as_bytes(), Lang::Fi).unwrap();
    assert_eq!((back.title.as_str(), back.draft.partner_requests.len()), ("", 0));
}

#[test]
fn a_contribution_that_changes_who_the_partner_is_is_refused() {
    let (mut d, a, _) = lead_draft();
    let pd = request_for(&mut d, a, "req-a");
    let before = d.clone();
    let refused = |edit: &dyn Fn(&mut RawDraft)| {
        let mut p = pd.clone();
        edit(&mut p);
        receive(&d, &returned(&p, LATER)).unwrap_err()
    };
    // The municipality edited to another partner's (as typed, or by its code).
    let changed = |requested: &str, theirs: &str| Refusal::IdentityChanged {
        field: ApplicantField::Municipality,
        requested: requested.into(),
        theirs: theirs.into(),
    };
    assert_eq!(
        refused(&|p| p.applicants[0].municipality = "Vieremä".into()),
        changed("Iisalmi", "Vieremä")
    );
    assert_eq!(
        refused(&|p| p.applicants[0].municipality = "925".into()),
        changed("Iisalmi", "925")
    );
    // Made a joint authority.
    assert_eq!(
        refused(&|p| {
            p.applicants[0].kind = hakemus::domain::draft::ApplicantKind::Authority;
            p.applicants[0].name = "Ylä-Savon SOTE".into();
        }),
        changed("Iisalmi", "Ylä-Savon SOTE")
    );
    // A business ID the request gave.
    assert_eq!(
        refused(&|p| p.applicants[0].business_id = "0201256-6".into()),
        Refusal::IdentityChanged {
            field: ApplicantField::BusinessId,
            requested: "0175394-4".into(),
            theirs: "0201256-6".into(),
        }
    );
    assert_eq!(d, before, "nothing changes");
    // The same contribution without such an edit is taken.
    assert!(receive(&d, &returned(&pd, LATER)).is_ok());
}

#[test]
fn two_versions_compare_field_by_field() {
    let (before, a, _) = lead_draft();
    let mut after = before.clone();
    after.project.summary = "Uusi tiivistelmä".into();
    after.project.start = "01.03.2020".into(); // the same date, typed otherwise
    let line = after.budget.lines[0].id;
    after.line_mut(line).unwrap().amount = "213552,95".into(); // the same amount
    after.line_mut(line).unwrap().description = "Muutettu".into();
    after.applicant_mut(a).unwrap().contact_email = "uusi@example.fi".into();
    let removed = after.budget.lines.pop().unwrap();
    let changes = compare(&before, &after);
    let places: Vec<&Place> = changes.iter().map(|c| &c.place).collect();
    assert_eq!(
        places,
        [
            &Place::Field(FieldPath::Project(
                hakemus::domain::rules::finding::ProjectField::Summary
            )),
            &Place::Field(FieldPath::Applicant {
                id: a,
                field: ApplicantField::ContactEmail
            }),
            &Place::Field(FieldPath::BudgetLine {
                id: line,
                field: LineField::Description
            }),
            &Place::Line(removed.id),
        ]
    );
    assert_eq!(
        changes[3],
        Change {
            place: Place::Line(removed.id),
            before: Some("Vieremän työ · 20000.00 · personnel".into()),
            after: None
        }
    );
    assert!(compare(&before, &before).is_empty());
}

use common::hakemus_check as check;

#[test]
fn hakemus_check_reads_requests_and_contributions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/hakemus-check-partners");
    std::fs::create_dir_all(dir).unwrap();
    let (mut d, a, _) = lead_draft();
    let file = make_request(&mut d, a, "project-1", "req-a", AT, "").unwrap();
    let request = format!("{dir}/request.json");
    std::fs::write(&request, to_json(&file)).unwrap();
    let mut pd = read_request(to_json(&file).as_bytes(), Lang::Fi)
        .unwrap()
        .partner_draft();
    pd.applicants[0].own_financing = "1500 e".into();
    pd.applicants[0].contact_email = "ei-sähköposti".into();
    let contribution_file = format!("{dir}/contribution.json");
    std::fs::write(&contribution_file, to_json(&contribution(&pd, LATER).unwrap())).unwrap();
    let mut tampered: serde_json::Value = serde_json::to_value(contribution(&pd, LATER).unwrap()).unwrap();
    tampered["part"]["lines"][0]["bearer"] = serde_json::json!("999");
    let tampered_file = format!("{dir}/tampered.json");
    std::fs::write(&tampered_file, tampered.to_string()).unwrap();

    let (status, out) = check(&[&request]);
    assert_eq!(status, 0, "{out}");
    assert!(out.ends_with("request.json: 0 errors, 0 warnings\n"), "{out}");
    assert!(
        out.contains("request.json: lead.municipality: \"Kiuruvesi\" is Kiuruvesi (in Swedish Kiuruvesi, municipality code 263)\n"),
        "{out}"
    );
    assert!(
        out.contains("request.json: part.applicant.municipality: \"Iisalmi\" is Iisalmi (in Swedish Idensalmi, municipality code 140)\n"),
        "{out}"
    );
    let (status, out) = check(&[&contribution_file, &tampered_file]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("contribution.json: error amount-format: part.applicant.own_financing: “1500 e” is not an amount"),
        "{out}"
    );
    assert!(
        out.contains("contribution.json: error contact-valid: part.applicant.contact_email"),
        "{out}"
    );
    assert!(out.contains("contribution.json: 2 errors, 0 warnings"), "{out}");
    assert!(
        out.contains("tampered.json: error: part.lines[0].bearer: The line's bearer is not this partner."),
        "{out}"
    );
}

/// The partner files the e2e schema test validates and whose older versions must keep opening
/// (`tests/fixtures/exchange/partner/`): a request for Iisalmi and its contribution, as this build
/// writes them (`UPDATE_FIXTURES=1 cargo test --test partners` writes them again after a change).
fn partner_fixtures() -> (String, String) {
    let (mut d, a, _) = lead_draft();
    let file = make_request(&mut d, a, "project-1", "req-a", AT, "Täydennä osuutenne.").unwrap();
    let request = to_json(&file);
    let pd = read_request(request.as_bytes(), Lang::Fi).unwrap().partner_draft();
    let contribution = to_json(&contribution(&pd, LATER).unwrap());
    (request, contribution)
}

#[test]
fn the_committed_partner_files_are_what_this_build_writes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exchange/partner");
    let (request, contribution) = partner_fixtures();
    for (name, text) in [("request", request), ("contribution", contribution)] {
        let path = format!("{dir}/{name}.json");
        if std::env::var_os("UPDATE_FIXTURES").is_some() {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{path} is stale: run `UPDATE_FIXTURES=1 cargo test --test partners`"
        );
    }
}

/// Version 2 of both files carries the lead's and the partner's resolved municipality beside what
/// was typed; files of version 1, as the app wrote them before, still open to the same draft and
/// the same contribution, and one that is not what the register gives is refused with its place.
#[test]
fn partner_files_carry_the_resolved_municipality_and_version_1_still_opens() {
    let (request, contribution_text) = partner_fixtures();
    let v: serde_json::Value = serde_json::from_str(&request).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["lead"]["municipality"], "Kiuruvesi");
    assert_eq!(
        v["lead"]["resolved_municipality"],
        serde_json::json!({"code": "263", "name_fi": "Kiuruvesi", "name_sv": "Kiuruvesi"})
    );
    assert_eq!(v["part"]["applicant"]["resolved_municipality"]["code"], "140");
    let c: serde_json::Value = serde_json::from_str(&contribution_text).unwrap();
    assert_eq!(c["schema_version"], 2);
    assert_eq!(c["part"]["applicant"]["resolved_municipality"]["name_fi"], "Iisalmi");

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exchange/partner/v1");
    let old_request = std::fs::read(format!("{dir}/request.json")).unwrap();
    let old_contribution = std::fs::read(format!("{dir}/contribution.json")).unwrap();
    let now = read_request(request.as_bytes(), Lang::Fi).unwrap();
    let then = read_request(&old_request, Lang::Fi).unwrap();
    assert_eq!(then.file.schema_version, 1);
    assert_eq!(then.partner_draft(), now.partner_draft(), "the same partner's draft");
    let now = read_contribution(contribution_text.as_bytes(), Lang::Fi).unwrap();
    let then = read_contribution(&old_contribution, Lang::Fi).unwrap();
    assert_eq!(then.file.part, now.file.part, "the same part");

    let wrong = request.replacen("\"code\": \"263\"", "\"code\": \"140\"", 1);
    assert_ne!(wrong, request);
    let e = read_request(wrong.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("lead.resolved_municipality"));
    let wrong = contribution_text.replacen("\"name_sv\": \"Idensalmi\"", "\"name_sv\": \"Kuopio\"", 1);
    assert_ne!(wrong, contribution_text);
    let e = read_contribution(wrong.as_bytes(), Lang::Fi).unwrap_err();
    assert_eq!(e.path.as_deref(), Some("part.applicant.resolved_municipality"));
}

/// A line both changed is merged field by field: the partner's new description and the lead's new
/// amount are no conflict, and both are kept; where both changed the same field, taking the
/// partner's takes only what the partner changed, and the lead's other edits stay.
#[test]
fn a_line_both_changed_is_merged_field_by_field() {
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    let line = d.budget.lines.iter().find(|l| l.bearer == a.to_string()).unwrap().id;
    d.line_mut(line).unwrap().amount = "11 000,00".into();
    pd.budget.lines[0].description = "Iisalmen työ, tarkennettu".into();
    let c = returned(&pd, LATER);
    let incoming = receive(&d, &c).unwrap();
    let item = incoming.items.iter().find(|i| i.key == ItemKey::Line(line)).unwrap();
    assert!(!item.conflict, "different fields: no conflict");
    let rows: Vec<_> = item.rows.iter().map(|r| r.path).collect();
    assert_eq!(
        rows,
        [FieldPath::BudgetLine {
            id: line,
            field: LineField::Description
        }],
        "only what the partner changed"
    );
    merge_all(&mut d, &c, &[]);
    let merged = d.budget.lines.iter().find(|l| l.id == line).unwrap();
    assert_eq!(
        merged.description, "Iisalmen työ, tarkennettu",
        "the partner's description"
    );
    assert_eq!(merged.amount, "11 000,00", "and the lead's amount");

    // Both change the amount; the partner also the year, the lead the description: the amount is
    // the conflict, and taking the partner's line takes its amount and year, not the description.
    let (mut d, a, _) = lead_draft();
    let mut pd = request_for(&mut d, a, "req-a");
    let line = d.budget.lines.iter().find(|l| l.bearer == a.to_string()).unwrap().id;
    d.line_mut(line).unwrap().amount = "11 000,00".into();
    d.line_mut(line).unwrap().description = "Hankehallinnoijan kuvaus".into();
    pd.budget.lines[0].amount = "12 000,00".into();
    pd.budget.lines[0].year = "2021".into();
    let c = returned(&pd, LATER);
    let incoming = receive(&d, &c).unwrap();
    let item = incoming.items.iter().find(|i| i.key == ItemKey::Line(line)).unwrap();
    assert!(item.conflict);
    merge_all(&mut d, &c, &[(ItemKey::Line(line), true)]);
    let merged = d.budget.lines.iter().find(|l| l.id == line).unwrap();
    assert_eq!((merged.amount.as_str(), merged.year.as_str()), ("12 000,00", "2021"));
    assert_eq!(
        merged.description, "Hankehallinnoijan kuvaus",
        "the lead's own edit stays"
    );
}
