//! The risk register (docs/rules.md §7.2, risk assessment).
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::draft::{item_mut, remove_item, restore_item, ApplicantKind, RawDraft, RawRisk};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{FieldPath, Message, RiskField, RuleId, Severity};
use hakemus::domain::rules::risks::score;
use hakemus::domain::vocabulary::citation::Citation;

fn with_risks(risks: Vec<RawRisk>) -> (RawDraft, String) {
    let mut d = RawDraft::default();
    let owner = d.add_applicant(ApplicantKind::Municipality).to_string();
    for r in risks {
        let id = d.add_risk();
        *item_mut(&mut d.risks, id).unwrap() = RawRisk {
            id,
            owner: if r.owner == "lead" { owner.clone() } else { r.owner },
            ..r
        };
    }
    (d, owner)
}

fn risk(likelihood: &str, impact: &str) -> RawRisk {
    RawRisk {
        description: "Palvelutoimittajan aikataulu viivästyy".into(),
        likelihood: likelihood.into(),
        impact: impact.into(),
        mitigation: "Kilpailutus ajoissa, varatoimittaja".into(),
        owner: "lead".into(),
        ..RawRisk::default()
    }
}

/// The risks' findings: the risk's field (none for the register), the message, the severity.
fn risk_findings(d: &RawDraft) -> Vec<(Option<RiskField>, Message, Severity)> {
    analyse(d)
        .findings
        .into_iter()
        .filter(|f| f.rule == RuleId::RisksAssessed)
        .map(|f| {
            let field = if let FieldPath::Risk { field, .. } = f.path {
                Some(field)
            } else {
                None
            };
            (field, f.message, f.severity)
        })
        .collect()
}

fn found(d: &RawDraft) -> Vec<(Option<RiskField>, Message)> {
    risk_findings(d).into_iter().map(|(field, m, _)| (field, m)).collect()
}

#[test]
fn a_complete_risk_has_a_score() {
    let (d, _) = with_risks(vec![risk("4", "5")]);
    assert_eq!(found(&d), []);
    assert_eq!(score(&d.risks[0]), Some(20));
    assert_eq!(score(&risk("", "5")), None);
    assert_eq!(score(&risk("6", "5")), None, "the scale is 1–5");
}

/// The risks' findings with their severity.
fn severities(d: &RawDraft) -> Vec<(Option<RiskField>, Severity)> {
    risk_findings(d).into_iter().map(|(field, _, s)| (field, s)).collect()
}

/// The sources ask for a risk assessment as a description ("Riskiarviointi", 000), which the written
/// answers ask: an empty register is a warning that says where it comes from (docs/rules.md §7.2).
#[test]
fn an_empty_register_is_a_warning_and_a_malformed_risk_an_error() {
    let (empty, _) = with_risks(vec![]);
    assert_eq!(found(&empty), [(None, Message::RisksRequired)]);
    assert_eq!(severities(&empty), [(None, Severity::Warning)]);
    let a = analyse(&empty);
    let f = a.findings.iter().find(|f| f.path == FieldPath::Risks).unwrap();
    assert_eq!(f.citation, Some(Citation::SlidesImpactQuestions));
    // A likelihood of 7 is not on the scale: still an error.
    let (seven, _) = with_risks(vec![risk("7", "3")]);
    assert_eq!(found(&seven), [(Some(RiskField::Likelihood), Message::ScaleRequired)]);
    assert_eq!(severities(&seven), [(Some(RiskField::Likelihood), Severity::Error)]);
}

#[test]
fn a_risk_is_complete_and_owned_by_an_applicant() {
    let (d, _) = with_risks(vec![RawRisk {
        owner: String::new(),
        ..RawRisk::default()
    }]);
    assert_eq!(
        found(&d),
        [
            (Some(RiskField::Description), Message::RiskDescriptionRequired),
            (Some(RiskField::Likelihood), Message::ScaleRequired),
            (Some(RiskField::Impact), Message::ScaleRequired),
            (Some(RiskField::Mitigation), Message::MitigationRequired),
            (Some(RiskField::Owner), Message::OwnerRequired),
        ]
    );
    let (gone, _) = with_risks(vec![RawRisk {
        owner: "999".into(),
        ..risk("1", "1")
    }]);
    assert_eq!(
        found(&gone),
        [(Some(RiskField::Owner), Message::OwnerUnknown { typed: "999".into() })]
    );
}

#[test]
fn risks_share_the_drafts_id_counter() {
    let (mut d, owner) = with_risks(vec![risk("1", "2")]);
    let line = d.add_line();
    assert!(line.to_string() != owner && line != d.risks[0].id);
    let first = d.risks[0].id;
    let (index, removed) = remove_item(&mut d.risks, first).unwrap();
    assert!(d.risks.is_empty());
    restore_item(&mut d.risks, index, removed.clone());
    assert_eq!(d.risks, [removed]);
}
