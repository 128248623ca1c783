//! The first phase (docs/rules.md §10): what the rules say of initiatives and expressions of
//! interest, the workshop's table and joins, and a candidate project as a new application draft.
#![cfg(not(target_arch = "wasm32"))]

use hakemus::domain::initiative::application::{application_draft, Wording, CARRIED};
use hakemus::domain::initiative::model::{Description, Origin, RawInitiative, RawInterest};
use hakemus::domain::initiative::rules::{
    check_initiative, check_initiative_content, check_interest, Field, Message, Rule, Source,
};
use hakemus::domain::initiative::workshop::{candidates, table, CandidateKey, JointProject, Part, Workshop};
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::{RuleId, Severity};
use hakemus::domain::vocabulary::citation::{Citation, PhaseCitation};
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::domain::vocabulary::money::{Money, MoneyError};
use hakemus::domain::vocabulary::questions::Question;
use hakemus::domain::vocabulary::targets::Target;
use time::macros::date;
use time::Date;

mod common;
use common::{initiative, interest};

const ON_TIME: Date = date!(2019 - 09 - 05);
const LATE: Date = date!(2019 - 09 - 06);
const CUSTOMER: &str = "customer-oriented-processes";
const KNOWLEDGE: &str = "knowledge-management";

/// The findings as (rule, severity, field), in order.
fn said(findings: &[hakemus::domain::initiative::rules::Finding]) -> Vec<(Rule, Severity, Field)> {
    findings.iter().map(|f| (f.rule, f.severity, f.field)).collect()
}

#[test]
fn a_complete_initiative_sent_by_the_deadline_has_no_findings() {
    let i = initiative("a", "Kiuruvesi", "Yhteiset lomakkeet", CUSTOMER);
    assert_eq!(check_initiative(&i, ON_TIME), []);
    let x = interest("x", "Lapinlahti", &[&i], &[]);
    assert_eq!(check_interest(&x, ON_TIME), []);
}

/// After 5.9.2019 (the joint call's first phase, from its profile's data): a warning that names the
/// date and cites the slides, for an initiative and an interest alike; the day itself is in time.
#[test]
fn after_the_deadline_a_warning_names_the_date() {
    let i = initiative("a", "Kiuruvesi", "Yhteiset lomakkeet", CUSTOMER);
    let x = interest("x", "Lapinlahti", &[&i], &[]);
    for findings in [check_initiative(&i, LATE), check_interest(&x, LATE)] {
        assert_eq!(said(&findings), [(Rule::OnTime, Severity::Warning, Field::Sent)]);
        assert_eq!(
            findings[0].message,
            Message::AfterDeadline {
                deadline: date!(2019 - 09 - 05)
            }
        );
        assert_eq!(findings[0].source, Some(Source::Phase(PhaseCitation::TwoPhase)));
    }
    // Call I had no first phase: no deadline, whenever.
    let mut other = i.clone();
    other.call = "vm-2019-tiedolla-johtaminen".into();
    other.targets = vec!["finance-automation".into()];
    assert_eq!(check_initiative(&other, date!(2026 - 01 - 01)), []);
    // Checked without the date (the workshop's candidate project), the content only.
    assert_eq!(check_initiative_content(&i), []);
}

/// An empty initiative: the five descriptions (000: "Ehdotuksissa on kuvattava mm.") and the
/// proposer are errors; everything else the slides do not require is a warning.
#[test]
fn only_what_the_slides_require_is_an_error() {
    let findings = check_initiative(&RawInitiative::new("a"), ON_TIME);
    use Severity::*;
    let described = |d| (Rule::Described, Error, Field::Description(d));
    assert_eq!(
        said(&findings),
        [
            (Rule::MunicipalityIdentified, Error, Field::Municipality),
            (Rule::ContactValid, Warning, Field::ContactName),
            (Rule::ContactValid, Warning, Field::ContactEmail),
            (Rule::TitleGiven, Warning, Field::Title),
            (Rule::TargetChosen, Warning, Field::Targets),
            described(Description::WaysOfWorking),
            described(Description::Goals),
            described(Description::Significance),
            described(Description::CostPotential),
            described(Description::Risks),
            (Rule::OriginStated, Warning, Field::Origin),
        ]
    );
    for f in findings.iter().filter(|f| f.rule == Rule::Described) {
        assert_eq!(f.source, Some(Source::Phase(PhaseCitation::Descriptions)));
        assert_eq!(f.message, Message::DescriptionRequired);
    }
    let target = findings.iter().find(|f| f.rule == Rule::TargetChosen).unwrap();
    assert_eq!(target.source, Some(Source::Call(Citation::DecisionTargets)));
    // The proposer and the five descriptions are all an initiative must have.
    let mut i = RawInitiative::new("a");
    i.municipality = "Kiuruvesi".into();
    for d in Description::ALL {
        let text = match d {
            Description::WaysOfWorking => &mut i.descriptions.ways_of_working,
            Description::Goals => &mut i.descriptions.goals,
            Description::Significance => &mut i.descriptions.significance,
            Description::CostPotential => &mut i.descriptions.cost_potential,
            Description::Risks => &mut i.descriptions.risks,
        };
        *text = "Kuvattu.".into();
    }
    assert!(check_initiative(&i, LATE).iter().all(|f| !f.is_error()));
}

/// The cost potential is described in words or by an estimate; an estimate given is an amount.
#[test]
fn the_cost_estimate_is_exact_money_or_an_error() {
    let mut i = initiative("a", "Kiuruvesi", "Lomakkeet", CUSTOMER);
    i.descriptions.cost_potential.clear();
    i.descriptions.cost_estimate = "120 000,50 €".into();
    assert_eq!(check_initiative(&i, ON_TIME), []);
    for (typed, reason) in [
        ("12,5O", MoneyError::InvalidCharacter { ch: 'O' }),
        ("-5", MoneyError::Negative),
        ("1,005", MoneyError::TooManyDecimals),
    ] {
        i.descriptions.cost_estimate = typed.into();
        let findings = check_initiative(&i, ON_TIME);
        assert_eq!(
            said(&findings),
            [(Rule::AmountFormat, Severity::Error, Field::CostEstimate)],
            "{typed}"
        );
        assert_eq!(
            findings[0].message,
            Message::EstimateInvalid {
                typed: typed.into(),
                reason
            }
        );
    }
    i.descriptions.cost_estimate.clear();
    let findings = check_initiative(&i, ON_TIME);
    assert_eq!(
        said(&findings),
        [(
            Rule::Described,
            Severity::Error,
            Field::Description(Description::CostPotential)
        )]
    );
}

#[test]
fn the_municipalities_on_board_are_of_the_register_each_once() {
    let mut i = initiative("a", "Kiuruvesi", "Lomakkeet", CUSTOMER);
    let rows: Vec<_> = ["Iisalmi", "", "Kiurvesi", "263", "IDENSALMI"]
        .iter()
        .map(|m| {
            let id = i.add_on_board();
            i.on_board.last_mut().unwrap().municipality = m.to_string();
            id
        })
        .collect();
    let findings = check_initiative(&i, ON_TIME);
    use Severity::*;
    assert_eq!(
        said(&findings),
        [
            (Rule::MunicipalityIdentified, Warning, Field::OnBoard(rows[1])),
            (Rule::MunicipalityIdentified, Error, Field::OnBoard(rows[2])),
            (Rule::MunicipalityIdentified, Warning, Field::OnBoard(rows[3])),
            (Rule::MunicipalityIdentified, Warning, Field::OnBoard(rows[4])),
        ]
    );
    assert_eq!(findings[0].message, Message::OnBoardEmpty);
    assert_eq!(
        findings[1].message,
        Message::MunicipalityUnknown {
            typed: "Kiurvesi".into()
        }
    );
    // Kiuruvesi by its code is the proposer; Idensalmi is Iisalmi in Swedish.
    assert_eq!(findings[2].message, Message::OnBoardTwice);
    assert_eq!(findings[3].message, Message::OnBoardTwice);
    assert_eq!(
        Field::OnBoard(rows[2]).json_path("initiative", &i.on_board),
        "initiative.on_board[2].municipality"
    );
}

#[test]
fn a_contact_given_is_well_formed_and_one_way_to_reach_them_is_enough() {
    let mut i = initiative("a", "Kiuruvesi", "Lomakkeet", CUSTOMER);
    i.contact.phone.clear();
    assert_eq!(check_initiative(&i, ON_TIME), [], "an e-mail address is enough");
    i.contact.email = "ei osoite".into();
    i.contact.phone = "040 12".into();
    let findings = check_initiative(&i, ON_TIME);
    assert_eq!(
        said(&findings),
        [
            (Rule::ContactValid, Severity::Error, Field::ContactEmail),
            (Rule::ContactValid, Severity::Error, Field::ContactPhone),
        ]
    );
    assert_eq!(findings[1].message, Message::PhoneInvalid { typed: "040 12".into() });
}

/// "Ideat voivat olla innovatiivisia ja uusia, tai niitä voi ammentaa jo tehdystä
/// kehittämistyöstä" (000): which, and the earlier work named, are advice.
#[test]
fn drawn_from_earlier_work_the_work_is_named() {
    let mut i = initiative("a", "Kiuruvesi", "Lomakkeet", CUSTOMER);
    i.earlier_work = "  ".into();
    let findings = check_initiative(&i, ON_TIME);
    assert_eq!(
        said(&findings),
        [(Rule::OriginStated, Severity::Warning, Field::EarlierWork)]
    );
    assert_eq!(findings[0].source, Some(Source::Phase(PhaseCitation::Ideas)));
    i.origin = Origin::New;
    assert_eq!(check_initiative(&i, ON_TIME), []);
}

#[test]
fn a_target_of_another_call_does_not_count_and_is_said() {
    let mut i = initiative("a", "Kiuruvesi", "Lomakkeet", "finance-automation");
    i.targets.push("no-such-target".into());
    let findings = check_initiative(&i, ON_TIME);
    assert_eq!(
        findings.iter().map(|f| &f.message).collect::<Vec<_>>(),
        [
            &Message::TargetAdvised,
            &Message::TargetNotOffered {
                target: Target::FinanceAutomation
            }
        ]
    );
    assert!(findings.iter().all(|f| !f.is_error()));
}

#[test]
fn an_interest_says_who_what_and_why() {
    let findings = check_interest(&RawInterest::new("x"), ON_TIME);
    use Severity::*;
    assert_eq!(
        said(&findings),
        [
            (Rule::MunicipalityIdentified, Error, Field::Municipality),
            (Rule::ContactValid, Warning, Field::ContactName),
            (Rule::ContactValid, Warning, Field::ContactEmail),
            (Rule::InterestNamed, Warning, Field::Initiatives),
            (Rule::NeedStated, Warning, Field::Need),
        ]
    );
    // A target alone is enough to be placed.
    let x = interest("x", "Pielavesi", &[], &[CUSTOMER]);
    assert_eq!(check_interest(&x, ON_TIME), []);
    let mut x = interest("x", "Pielavesi", &[], &["data-capability"]);
    x.call = "no-such-call".into();
    let findings = check_interest(&x, ON_TIME);
    assert_eq!(
        findings.iter().map(|f| f.rule).collect::<Vec<_>>(),
        [Rule::CallKnown, Rule::InterestNamed, Rule::TargetChosen]
    );
    assert!(findings[0].is_error());
}

/// Kiuruvesi proposes forms (Iisalmi on board), Vieremä the same theme, Sonkajärvi knowledge
/// management; Lapinlahti names Kiuruvesi's initiative, Pielavesi only its target, Keitele an
/// initiative not at hand, Rautavaara nothing.
struct Scene {
    initiatives: Vec<RawInitiative>,
    interests: Vec<RawInterest>,
}

fn scene() -> Scene {
    let mut a = initiative("a", "Kiuruvesi", "Sähköiset lomakkeet", CUSTOMER);
    a.add_on_board();
    a.on_board[0].municipality = "Iisalmi".into();
    let c = initiative("c", "Vieremä", "Lomakkeiden käsittely", CUSTOMER);
    let e = initiative("e", "Sonkajärvi", "Johdon tietopankki", KNOWLEDGE);
    let mut gone = RawInitiative::new("zzz");
    gone.title = "Suljettu ehdotus".into();
    let interests = vec![
        interest("x-lapinlahti", "Lapinlahti", &[&a], &[]),
        interest("x-pielavesi", "Pielavesi", &[], &[CUSTOMER]),
        interest("x-keitele", "Keitele", &[&gone], &[]),
        interest("x-rautavaara", "Rautavaara", &[], &[]),
    ];
    Scene {
        initiatives: vec![a, c, e],
        interests,
    }
}

fn names(project: &JointProject) -> Vec<String> {
    project
        .members()
        .iter()
        .map(|m| m.who.name(Lang::Fi).to_string())
        .collect()
}

#[test]
fn the_table_lists_each_initiative_by_target_with_everyone_interested() {
    let s = scene();
    let t = table(&s.initiatives, &s.interests, &Workshop::default());
    let keys: Vec<_> = t.candidates.iter().map(|c| c.key.clone()).collect();
    assert_eq!(keys, ["a", "c", "e"].map(|id| CandidateKey::Initiative(id.into())));
    let groups: Vec<_> = t.groups.iter().map(|g| (g.target, g.candidates.clone())).collect();
    assert_eq!(
        groups,
        [
            (Some(Target::CustomerOrientedProcesses), vec![0, 1]),
            (Some(Target::KnowledgeManagement), vec![2])
        ]
    );
    let a = &t.candidates[0].project;
    assert_eq!(names(a), ["Kiuruvesi", "Iisalmi", "Lapinlahti"]);
    assert_eq!(a.lead, "Kiuruvesi");
    // Pielavesi named only the target: a candidate under every initiative of it, in no group yet.
    assert_eq!(
        a.candidates.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["x-pielavesi"]
    );
    assert_eq!(a.counts(), (3, 4));
    let c = &t.candidates[1].project;
    assert_eq!(names(c), ["Vieremä"]);
    assert_eq!(
        c.candidates.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["x-pielavesi"]
    );
    assert_eq!(c.counts(), (1, 2));
    assert_eq!(t.candidates[2].project.counts(), (1, 1));
    // Keitele's initiative is not at hand and Rautavaara named nothing: kept, apart.
    assert_eq!(t.unplaced, [2, 3]);
}

/// Joining keeps every original, takes the lead chosen, and is undone by taking the join away.
#[test]
fn joined_initiatives_become_one_candidate_and_the_join_comes_undone() {
    let s = scene();
    let before = s.initiatives.clone();
    let mut w = Workshop::default();
    assert_eq!(w.join(&["a"], "Vieremä", ""), None, "one initiative is no join");
    assert_eq!(w.join(&["a", "a"], "Vieremä", ""), None);
    let j = w.join(&["a", "c"], "925", "").unwrap();
    let t = table(&s.initiatives, &s.interests, &w);
    assert_eq!(t.candidates.len(), 2);
    assert_eq!(t.candidates[0].key, CandidateKey::Join(j));
    let p = &t.candidates[0].project;
    assert_eq!(p.lead, "Vieremä");
    assert_eq!(p.title, "Lomakkeiden käsittely", "the lead's initiative's title");
    assert_eq!(names(p), ["Vieremä", "Kiuruvesi", "Iisalmi", "Lapinlahti"]);
    assert_eq!(p.initiatives, before[..2], "the originals, whole");
    assert_eq!(p.targets(), [Target::CustomerOrientedProcesses]);
    assert_eq!(s.initiatives, before, "nothing of the originals changes");
    // Pielavesi taken in by the workshop.
    w.toggle_taken("x-pielavesi", "c");
    let p = candidates(&s.initiatives, &s.interests, &w).remove(0).project;
    assert_eq!(
        names(&p),
        ["Vieremä", "Kiuruvesi", "Iisalmi", "Lapinlahti", "Pielavesi"]
    );
    assert!(p.candidates.is_empty());
    assert_eq!(p.counts(), (5, 5));
    let lapinlahti = &p.members()[3];
    assert_eq!(lapinlahti.parts, [Part::Interested("x-lapinlahti".into())]);
    assert_eq!(lapinlahti.contact.email, "tieto@example.fi");
    // A third joins the group: the join takes the first in, and undoing it gives it back.
    let k = w.join(&["e", "a"], "Kiuruvesi", "Kuntien yhteinen asiointi").unwrap();
    let all = candidates(&s.initiatives, &s.interests, &w);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].project.title, "Kuntien yhteinen asiointi");
    assert_eq!(all[0].project.lead, "Kiuruvesi");
    assert_eq!(
        all[0]
            .project
            .initiatives
            .iter()
            .map(|i| i.id.as_str())
            .collect::<Vec<_>>(),
        ["e", "a", "c"]
    );
    assert!(w.undo(k));
    assert_eq!(w.joins.len(), 1);
    assert_eq!(w.joins[0].id, j);
    let all = candidates(&s.initiatives, &s.interests, &w);
    assert_eq!(
        all.iter().map(|c| c.key.clone()).collect::<Vec<_>>(),
        [CandidateKey::Join(j), CandidateKey::Initiative("e".into())]
    );
    assert!(w.undo(j));
    assert!(!w.undo(j));
    let t = table(&s.initiatives, &s.interests, &w);
    assert_eq!(t.candidates.len(), 3);
    // Taken in for the initiative it was taken in with: Vieremä's, alone again.
    assert_eq!(names(&t.candidates[1].project), ["Vieremä", "Pielavesi"]);
    assert_eq!(names(&t.candidates[0].project), ["Kiuruvesi", "Iisalmi", "Lapinlahti"]);
}

#[test]
fn a_lead_no_longer_in_the_group_gives_way_to_the_first_proposer() {
    let s = scene();
    let mut w = Workshop::default();
    let j = w.join(&["a", "c"], "Lapinlahti", "").unwrap();
    let p = candidates(&s.initiatives, &s.interests, &w).remove(0).project;
    assert_eq!(p.lead, "Lapinlahti", "an interested municipality may lead");
    assert_eq!(names(&p)[0], "Lapinlahti");
    // Lapinlahti's interest is closed: its choice is kept, the first proposer leads meanwhile.
    let p = candidates(&s.initiatives, &s.interests[1..], &w).remove(0).project;
    assert_eq!(p.lead, "Kiuruvesi");
    assert_eq!(p.title, "Sähköiset lomakkeet");
    assert_eq!(w.joins[0].lead, "Lapinlahti");
    w.set_lead(j, "Sonkajärvi");
    let p = candidates(&s.initiatives, &s.interests, &w).remove(0).project;
    assert_eq!(p.lead, "Kiuruvesi", "not in the group");
}

/// The printed list: per candidate its title, targets, lead, proposers, the interested with their
/// contacts, and the five descriptions side by side.
#[test]
fn the_workshop_list_puts_the_descriptions_side_by_side() {
    let s = scene();
    let mut w = Workshop::default();
    w.join(&["a", "c"], "Kiuruvesi", "Lomakkeet yhdessä").unwrap();
    let sheet = candidates(&s.initiatives, &s.interests, &w)[0].project.sheet();
    assert_eq!(sheet.workshop, Some(date!(2019 - 09 - 27)));
    assert_eq!(sheet.title, "Lomakkeet yhdessä");
    assert_eq!(sheet.targets, [Target::CustomerOrientedProcesses]);
    assert_eq!(sheet.lead.as_ref().unwrap().who.name(Lang::Sv), "Kiuruvesi");
    let proposers: Vec<_> = sheet.proposers.iter().map(|m| m.who.name(Lang::Sv)).collect();
    assert_eq!(proposers, ["Kiuruvesi", "Idensalmi", "Vieremä"]);
    let interested: Vec<_> = sheet
        .interested
        .iter()
        .map(|x| (x.who.name(Lang::Fi), x.contact.email.as_str(), x.named, x.in_group))
        .collect();
    assert_eq!(
        interested,
        [
            ("Lapinlahti", "tieto@example.fi", true, true),
            ("Pielavesi", "tieto@example.fi", false, false)
        ]
    );
    assert_eq!(sheet.columns.len(), 2);
    assert_eq!(
        sheet.row(Description::Goals),
        [
            "Sähköiset lomakkeet: yhteinen palvelu kaikille kunnille vuoteen 2021 mennessä.",
            "Lomakkeiden käsittely: yhteinen palvelu kaikille kunnille vuoteen 2021 mennessä."
        ]
    );
    assert_eq!(sheet.columns[0].estimate, Some(Money::from_cents(12_000_000)));
    assert_eq!(sheet.columns[1].earlier_work, "Kuntaliiton lomakeselvitys 2018");
}

/// A wording that shows where each line comes from.
struct Marks;

impl Wording for Marks {
    fn carried_from(&self, i: &RawInitiative) -> String {
        format!("[{}]", i.id)
    }
    fn cost_estimate(&self, typed: &str, amount: Option<Money>) -> String {
        format!("[estimate {typed} = {amount:?}]")
    }
}

/// The joined project of Vieremä (lead), Kiuruvesi (Iisalmi on board), Lapinlahti (interested) and
/// Pielavesi (taken in for the target).
fn joined() -> JointProject {
    let s = scene();
    let mut w = Workshop::default();
    w.join(&["a", "c"], "Vieremä", "Lomakkeet yhdessä").unwrap();
    w.toggle_taken("x-pielavesi", "a");
    candidates(&s.initiatives, &s.interests, &w).remove(0).project
}

#[test]
fn a_candidate_project_becomes_an_application_draft_filled_in_and_marked() {
    let p = joined();
    let d = application_draft(&p, &Marks);
    assert_eq!(d.call, "vm-2019-yhteishankkeet");
    assert_eq!(d.project.name_fi, "Lomakkeet yhdessä");
    assert_eq!(d.targets, [CUSTOMER]);
    let applicants: Vec<_> = d
        .applicants
        .iter()
        .map(|a| (a.municipality.as_str(), a.contact_email.as_str()))
        .collect();
    assert_eq!(
        applicants,
        [
            ("Vieremä", "kirjaamo@example.fi"),
            ("Kiuruvesi", "kirjaamo@example.fi"),
            ("Iisalmi", ""),
            ("Lapinlahti", "tieto@example.fi"),
            ("Pielavesi", "tieto@example.fi"),
        ]
    );
    let ids: Vec<_> = d.applicants.iter().map(|a| a.id).collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]) && d.next_id > ids[4],
        "ids from the counter"
    );
    for (description, question) in CARRIED {
        let a = &p.initiatives[0];
        let c = &p.initiatives[1];
        let text = |i: &RawInitiative| description.of(&i.descriptions).to_string();
        let mut expected = format!("[a]\n{}\n\n[c]\n{}", text(a), text(c));
        if description == Description::CostPotential {
            let e = "[estimate 120 000 = Some(Money(120000.00))]";
            expected = format!("[a]\n{}\n{e}\n\n[c]\n{}\n{e}", text(a), text(c));
        }
        assert_eq!(d.answers[&question.id()], expected, "{question:?}");
    }
    assert_eq!(
        d.answers[&Question::PriorWorkReuse.id()],
        "[a]\nKuntaliiton lomakeselvitys 2018\n\n[c]\nKuntaliiton lomakeselvitys 2018"
    );
    assert_eq!(d.answers.len(), 6, "nothing else is carried");
}

/// The draft passes the application's rules except what the first phase cannot know; filled in,
/// it passes them all.
#[test]
fn the_draft_needs_only_what_the_initiative_cannot_know() {
    let d = application_draft(&joined(), &Lang::Fi);
    let analysis = analyse(&d);
    let unknowable = [
        RuleId::BusinessIdValid,  // the register has no business IDs
        RuleId::ContactValid,     // Iisalmi was on board without a contact
        RuleId::PartnerCommitted, // roles and commitments
        RuleId::LeadResponsible,
        RuleId::NotExcluded,
        RuleId::MunicipalTask,
        RuleId::ProjectDescribed, // the summary
        RuleId::ProjectPeriod,    // the period
        RuleId::QuestionAnswered, // the questions no description answers
        RuleId::BudgetNotEmpty,
        RuleId::GrantPositive,
    ];
    for f in analysis.errors() {
        assert!(unknowable.contains(&f.rule), "{f:?}");
    }
    use hakemus::domain::rules::finding::FieldPath;
    for f in &analysis.findings {
        assert!(
            !matches!(
                f.rule,
                RuleId::TargetChosen | RuleId::MinMunicipalities | RuleId::ApplicantIdentified
            ),
            "{f:?}"
        );
        if let FieldPath::Answer(q) = f.path {
            assert!(!CARRIED.iter().any(|(_, c)| *c == q), "{q:?} was carried: {f:?}");
        }
        if let FieldPath::Project(field) = f.path {
            assert_ne!(field, hakemus::domain::rules::finding::ProjectField::NameFi);
        }
    }
    let contact_errors: Vec<_> = analysis.errors().filter(|f| f.rule == RuleId::ContactValid).collect();
    assert_eq!(
        contact_errors.len(),
        3,
        "Iisalmi's name, e-mail and phone: {contact_errors:?}"
    );
    // Marked in Finnish where it came from, and the lead's own text first.
    assert!(d.answers[&Question::Goals.id()]
        .starts_with("Ehdotuksesta ”Sähköiset lomakkeet” (Kiuruvesi):\nSähköiset lomakkeet: yhteinen palvelu"));
    assert!(d.answers[&Question::ImpactCosts.id()].contains("Arvio kustannuspotentiaalista: 120\u{a0}000,00\u{a0}€"));

    // The rest filled in, as the complete application of the other tests has it.
    let mut d = d;
    common::fill_in_the_rest(&mut d);
    let analysis = analyse(&d);
    assert_eq!(analysis.errors().collect::<Vec<_>>(), Vec::<&_>::new());
}

/// A proposer opens its own initiative as a project of its own.
#[test]
fn an_initiative_alone_becomes_a_draft_of_its_proposer() {
    let s = scene();
    let p = JointProject::of_initiative(&s.initiatives[0]);
    assert_eq!(p.lead, "Kiuruvesi");
    assert!(p.lead_in_group());
    let d = application_draft(&p, &Lang::Sv);
    let applicants: Vec<_> = d.applicants.iter().map(|a| a.municipality.as_str()).collect();
    assert_eq!(applicants, ["Kiuruvesi", "Iisalmi"]);
    assert!(d.answers[&Question::ImpactRisks.id()].starts_with("Ur förslaget ”Sähköiset lomakkeet” (Kiuruvesi):\n"));
    // A new idea carries no prior work.
    let mut new = s.initiatives[0].clone();
    new.origin = Origin::New;
    let d = application_draft(&JointProject::of_initiative(&new), &Lang::En);
    assert!(!d.answers.contains_key(&Question::PriorWorkReuse.id()));
}

/// Two tabs' workshops merged (`workshop::merge`): what each did is kept, by join id.
#[test]
fn two_tabs_joins_are_merged_by_join_id() {
    use hakemus::domain::initiative::workshop::{merge, merge_list};
    let mut base = Workshop::default();
    let kept = base.join(&["a", "b"], "Kiuruvesi", "").unwrap();
    let undone = base.join(&["c", "d"], "Vieremä", "").unwrap();
    // This tab: undoes one join, renames the other, joins e and f, takes an interest in.
    let mut mine = base.clone();
    assert!(mine.undo(undone));
    mine.set_title(kept, "Lomakkeet yhdessä");
    let ef = mine.join(&["e", "f"], "Iisalmi", "").unwrap();
    mine.toggle_taken("x-1", "a");
    // The other tab: changes the lead of the first, joins g and h (the same new id), and f with i.
    let mut theirs = base.clone();
    theirs.set_lead(kept, "Lapinlahti");
    let gh = theirs.join(&["g", "h"], "Kuopio", "").unwrap();
    assert_eq!(gh, ef, "both tabs handed out the same id");
    theirs.join(&["f", "i"], "Sonkajärvi", "").unwrap();
    theirs.toggle_taken("x-2", "g");

    let merged = merge(&base, &mine, &theirs);
    let first = merged.joins.iter().find(|j| j.id == kept).unwrap();
    assert_eq!(
        (first.lead.as_str(), first.title.as_str()),
        ("Lapinlahti", "Lomakkeet yhdessä")
    );
    assert!(merged.joins.iter().all(|j| j.id != undone), "undone here");
    let groups: Vec<Vec<&str>> = merged
        .joins
        .iter()
        .map(|j| j.initiatives.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(groups, [vec!["a", "b"], vec!["g", "h"], vec!["e", "f", "i"]]);
    let ids: Vec<_> = merged.joins.iter().map(|j| j.id).collect();
    assert_eq!(ids.len(), 3);
    assert!(ids[2] != ids[1] && merged.next_id > *ids.iter().max().unwrap());
    // The join of f and i, taken into this tab's, comes back when that is undone.
    let mut undo = merged.clone();
    undo.undo(ids[2]);
    let groups: Vec<Vec<&str>> = undo
        .joins
        .iter()
        .map(|j| j.initiatives.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(groups, [vec!["a", "b"], vec!["g", "h"], vec!["f", "i"]]);
    assert_eq!(merged.taken.len(), 2);
    // Nothing changed here: the stored workshop as it is.
    assert_eq!(merge(&base, &base, &theirs), theirs);
    // This tab removed 1 and added 3; the other removed 5 and added 4.
    assert_eq!(merge_list(&[1, 2, 5], &[2, 3, 5], &[1, 2, 4]), [2, 3, 4]);
}
