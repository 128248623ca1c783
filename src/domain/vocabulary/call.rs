//! Call profiles: each call of the programme as data (rates, dates, categories, questions), so that a
//! rule reads its parameters from the profile instead of branching on which call it is. The profiles
//! are JSON files in `calls/`, compiled into the binary and parsed once.

use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::objects;
use crate::domain::vocabulary::questions::Question;
use crate::domain::vocabulary::targets::{ExclusionRule, Target};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use time::Date;

/// Cost categories a budget line can have: the five eligible ones of the decision and the kinds it
/// names as not eligible. How each is treated is the call profile's business, not the category's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostCategory {
    Personnel,
    Travel,
    PremisesRent,
    PurchasedServices,
    OtherOperating,
    SoftwareLicence,
    Hardware,
    TangibleInvestment,
}

impl CostCategory {
    pub const ALL: [CostCategory; 8] = [
        CostCategory::Personnel,
        CostCategory::Travel,
        CostCategory::PremisesRent,
        CostCategory::PurchasedServices,
        CostCategory::OtherOperating,
        CostCategory::SoftwareLicence,
        CostCategory::Hardware,
        CostCategory::TangibleInvestment,
    ];

    /// The identifier stored in drafts and exports.
    pub fn id(self) -> &'static str {
        match self {
            CostCategory::Personnel => "personnel",
            CostCategory::Travel => "travel",
            CostCategory::PremisesRent => "premises-rent",
            CostCategory::PurchasedServices => "purchased-services",
            CostCategory::OtherOperating => "other-operating",
            CostCategory::SoftwareLicence => "software-licence",
            CostCategory::Hardware => "hardware",
            CostCategory::TangibleInvestment => "tangible-investment",
        }
    }

    pub fn from_id(id: &str) -> Option<CostCategory> {
        CostCategory::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// A rule a call profile borrows from the joint call's decision because the call's own document does
/// not state it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Assumed {
    /// The maximum grant share (85 %).
    MaxGrantShare,
    /// Which costs are eligible.
    CostCategories,
    /// That the work must be a municipal task under the Local Government Act.
    MunicipalTask,
    /// The minimum number of municipalities (one: the decision grants to municipalities and joint
    /// municipal authorities; the slides speak of "kunnan" projects but set no minimum).
    MinMunicipalities,
    /// That the lead (hankehallinnoija) answers for the use of the grant in the whole project.
    LeadResponsible,
}

/// How a call treats a cost category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Eligibility {
    Eligible,
    /// Eligible only with a written justification of why it is necessary (software licences).
    NeedsJustification,
    Ineligible,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryRule {
    pub category: CostCategory,
    pub eligibility: Eligibility,
    pub citation: Citation,
    /// The VAT rate a new line of this category starts with, one of the call's `vat_rates`, where
    /// the category has one (salaries carry no VAT); the user may choose another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_rate: Option<String>,
}

/// Where some of a call's questions come from: the passage that asks them and, for questions this
/// call's own document does not ask, the call whose document does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSource {
    pub questions: Vec<Question>,
    pub citation: Citation,
    /// The id of the call whose document asks these questions, where it is another one (the joint
    /// call asks the impact questions and current state and goals as call I's slides do): unanswered,
    /// a warning that says where the question is taken from, never an error.
    #[serde(default)]
    pub taken_from: Option<String>,
}

/// One call of the programme, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallProfile {
    pub id: String,
    /// The call's name in each language (content of the profile, like the register's names).
    pub name: CallName,
    pub programme: String,
    #[serde(with = "crate::domain::vocabulary::dates::iso_date")]
    pub application_deadline: Date,
    #[serde(with = "crate::domain::vocabulary::dates::opt_iso_date")]
    pub decision_date: Option<Date>,
    /// The month of the decision where the source gives only a month (`2019-10`: "Päätös: lokakuu").
    #[serde(default)]
    pub decision_month: Option<String>,
    /// The date by which the project must be finished and reported; `None` where the call does not say.
    #[serde(with = "crate::domain::vocabulary::dates::opt_iso_date")]
    pub project_end: Option<Date>,
    /// Minimum number of distinct municipalities among the applicants, the lead included (joint
    /// municipal authorities take part but are not counted).
    pub min_municipalities: u32,
    /// Where the minimum comes from, if the source states one.
    pub min_municipalities_citation: Option<Citation>,
    /// Maximum grant as a share of the eligible (VAT-free) costs, e.g. 0.85.
    #[serde(with = "rust_decimal::serde::str")]
    pub max_grant_share: Decimal,
    /// The rules this call's own document does not state and the profile borrows from the joint
    /// call's decision (004); the interface says so beside each.
    #[serde(default)]
    pub assumed: Vec<Assumed>,
    #[serde(with = "rust_decimal::serde::str")]
    pub appropriation: Decimal,
    pub budget_item: String,
    /// VAT rates in force during the call, in percent.
    pub vat_rates: Vec<String>,
    pub cost_categories: Vec<CategoryRule>,
    pub targets: Vec<Target>,
    /// The passage that lists the targets.
    pub targets_citation: Citation,
    pub exclusions: Vec<ExclusionRule>,
    /// The written questions the call asks, in the form's order. An unanswered one is an error...
    pub questions: Vec<Question>,
    /// ...except these, which the call does not require (how the project will meet the conditions of
    /// use, which the decision sets on recipients; the survey of prior work, a duty before applying;
    /// other funding; why a group of municipalities, an outcome of the assessment): unanswered, they
    /// are a warning...
    #[serde(default)]
    pub advisory: Vec<Question>,
    /// ...and the questions taken from another call (`QuestionSource::taken_from`): a warning that
    /// says so. Each source also gives the passage a question's finding cites.
    #[serde(default)]
    pub question_sources: Vec<QuestionSource>,
    /// The longest answer in characters, where the call states one (neither 2019 call does).
    #[serde(default)]
    pub max_answer_chars: Option<usize>,
    /// The evaluation criteria reviewers score, in the rubric's order.
    pub criteria: Vec<crate::domain::vocabulary::criteria::CriterionRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallName {
    pub fi: String,
    pub sv: String,
    pub en: String,
}

impl CallProfile {
    pub fn name(&self, lang: crate::domain::vocabulary::locale::Lang) -> &str {
        use crate::domain::vocabulary::locale::Lang;
        match lang {
            Lang::Fi => &self.name.fi,
            Lang::Sv => &self.name.sv,
            Lang::En => &self.name.en,
        }
    }

    /// Whether the profile borrows this rule rather than the call stating it.
    pub fn assumes(&self, rule: Assumed) -> bool {
        self.assumed.contains(&rule)
    }

    /// Where the question comes from, where the profile says.
    pub fn question_source(&self, q: Question) -> Option<&QuestionSource> {
        self.question_sources.iter().find(|s| s.questions.contains(&q))
    }

    pub fn category_rule(&self, category: CostCategory) -> Option<&CategoryRule> {
        self.cost_categories.iter().find(|r| r.category == category)
    }

    /// The VAT rates as exact percentages.
    pub fn vat_rate(&self, raw: &str) -> Option<Decimal> {
        self.vat_rates
            .iter()
            .find(|r| r.as_str() == raw.trim())
            .and_then(|r| r.parse().ok())
    }
}

const SOURCES: [&str; 2] = [
    include_str!("calls/vm-2019-yhteishankkeet.json"),
    include_str!("calls/vm-2019-tiedolla-johtaminen.json"),
];

/// The id of the call a new draft starts with: the joint projects call.
pub const DEFAULT_CALL: &str = "vm-2019-yhteishankkeet";

/// All known calls, parsed once. The files are checked by the tests, so parsing cannot fail at run time.
pub fn all() -> &'static [CallProfile] {
    static CALLS: OnceLock<Vec<CallProfile>> = OnceLock::new();
    CALLS.get_or_init(|| SOURCES.iter().filter_map(|s| objects::from_str(s).ok()).collect())
}

pub fn by_id(id: &str) -> Option<&'static CallProfile> {
    all().iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vocabulary::dates::parse_iso_date;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn every_call_lists_criteria_the_sources_publish() {
        for c in all() {
            assert!(!c.criteria.is_empty(), "{} has no criteria", c.id);
        }
        // Two calls, two sets: the joint call is assessed on the decision's grounds (004), the
        // knowledge-management call on its own ("Rahoituksen myöntämisen kriteerejä I haussa", 000).
        use crate::domain::vocabulary::criteria::Criterion::*;
        let ids = |c: &CallProfile| c.criteria.iter().map(|r| r.criterion).collect::<Vec<_>>();
        let joint = by_id(DEFAULT_CALL).unwrap();
        assert_eq!(
            ids(joint),
            [
                Renewal,
                CostEffects,
                SocialEconomicImpact,
                GeneralSignificance,
                BestPractices,
                SharedServices,
                DataDefinitions,
                SharedSolutions,
                Accessibility,
                Replicable,
                Feasibility,
                NoOtherGrant,
                NationalLevel
            ]
        );
        assert!(
            joint.criteria.iter().all(|r| !r.citation.is_from_slides()),
            "all from the decision"
        );
        let knowledge = by_id("vm-2019-tiedolla-johtaminen").unwrap();
        assert_eq!(
            ids(knowledge),
            [
                SocialEconomicImpact,
                GeneralSignificance,
                KnowledgeManagement,
                ResidentServices,
                ConcreteGoals,
                Measures,
                WiderEffects,
                ChangeMonitoring,
                UsabilityAndSharing,
                StrategyLink
            ]
        );
        assert!(
            knowledge.criteria.iter().all(|r| r.citation.is_from_slides()),
            "all from the slides"
        );
    }

    #[test]
    fn advisory_questions_are_asked_and_the_decisions_conditions_are_advisory() {
        for c in all() {
            for q in &c.advisory {
                assert!(c.questions.contains(q), "{}: {q:?} is advisory but not asked", c.id);
            }
            assert_eq!(c.max_answer_chars, None, "{}: the seeds state no length limit", c.id);
        }
        // The conditions of use are set on recipients, not required of applications (004); the
        // impact questions are not advisory ("hakemuksessa kuvattava", 000: required in call I,
        // taken from call I in the joint call). The survey of prior work is a duty before applying
        // (004: "Ennen hakemista oli selvitettävä"), not something the application must describe.
        let joint = by_id(DEFAULT_CALL).unwrap();
        for q in &joint.questions {
            use crate::domain::vocabulary::questions::QuestionGroup as G;
            match q.group() {
                G::Commitments => assert!(joint.advisory.contains(q), "{q:?}"),
                G::Impact | G::StateAndGoals => assert!(!joint.advisory.contains(q), "{q:?}"),
                _ => {}
            }
        }
        assert!(joint.advisory.contains(&Question::PriorWorkSurvey));
        assert!(joint.advisory.contains(&Question::PriorWorkReuse));
        assert!(joint.advisory.contains(&Question::OtherFunding));
    }

    /// A question's source names questions the call asks, each once; a question taken from another
    /// call is one that call asks; the joint call takes from call I its impact questions (but the plan
    /// for spreading, which its own decision requires) and current state and goals (docs/rules.md §5.1).
    #[test]
    fn question_sources_name_asked_questions_and_calls_that_ask_them() {
        for c in all() {
            let mut seen = Vec::new();
            for source in &c.question_sources {
                for q in &source.questions {
                    assert!(c.questions.contains(q), "{}: {q:?} has a source but is not asked", c.id);
                    assert!(!seen.contains(q), "{}: {q:?} has two sources", c.id);
                    seen.push(*q);
                    if let Some(from) = &source.taken_from {
                        let other = by_id(from).unwrap_or_else(|| panic!("{}: no call {from}", c.id));
                        assert!(other.questions.contains(q), "{}: {from} does not ask {q:?}", c.id);
                        assert!(!c.advisory.contains(q), "{}: {q:?} advisory and taken", c.id);
                    }
                }
            }
        }
        let joint = by_id(DEFAULT_CALL).unwrap();
        let taken: Vec<Question> = joint
            .questions
            .iter()
            .copied()
            .filter(|&q| joint.question_source(q).is_some_and(|s| s.taken_from.is_some()))
            .collect();
        use crate::domain::vocabulary::questions::QuestionGroup as G;
        let expected: Vec<Question> = Question::ALL
            .into_iter()
            .filter(|q| matches!(q.group(), G::Impact | G::StateAndGoals))
            .filter(|q| ![Question::Measures, Question::ImpactScaling].contains(q))
            .collect();
        assert_eq!(taken, expected);
        assert_eq!(
            joint.question_source(Question::ImpactScaling).map(|s| s.citation),
            Some(Citation::DecisionChangePlan)
        );
        assert!(
            joint.advisory.contains(&Question::WhyJoint),
            "an outcome of the assessment (004)"
        );
        let knowledge = by_id("vm-2019-tiedolla-johtaminen").unwrap();
        assert!(knowledge.question_sources.iter().all(|s| s.taken_from.is_none()));
    }

    #[test]
    fn every_profile_file_parses() {
        for s in SOURCES {
            let parsed: Result<CallProfile, _> = objects::from_str(s);
            assert!(parsed.is_ok(), "{parsed:?}");
        }
        assert_eq!(all().len(), SOURCES.len());
    }

    #[test]
    fn joint_call_matches_the_decision() {
        let c = by_id(DEFAULT_CALL).unwrap();
        assert_eq!(c.min_municipalities, 2);
        assert_eq!(c.max_grant_share, dec("0.85"));
        assert!(c.assumed.is_empty(), "the decision states every rule of its own call");
        assert_eq!(c.decision_month, None);
        assert_eq!(c.application_deadline, time::macros::date!(2019 - 12 - 19));
        assert_eq!(c.decision_date, Some(time::macros::date!(2020 - 02 - 26)));
        assert_eq!(c.project_end, Some(time::macros::date!(2021 - 11 - 30)));
        assert_eq!(c.targets.len(), 6);
        assert_eq!(c.exclusions.len(), 5);
        assert_eq!(c.questions.len(), 29);
        let eligible: Vec<_> = c
            .cost_categories
            .iter()
            .filter(|r| r.eligibility == Eligibility::Eligible)
            .map(|r| r.category)
            .collect();
        assert_eq!(
            eligible,
            [
                CostCategory::Personnel,
                CostCategory::Travel,
                CostCategory::PremisesRent,
                CostCategory::PurchasedServices,
                CostCategory::OtherOperating
            ]
        );
        assert_eq!(
            c.category_rule(CostCategory::SoftwareLicence).unwrap().eligibility,
            Eligibility::NeedsJustification
        );
        assert_eq!(
            c.category_rule(CostCategory::Hardware).unwrap().eligibility,
            Eligibility::Ineligible
        );
    }

    #[test]
    fn knowledge_call_leaves_unstated_values_unset() {
        let c = by_id("vm-2019-tiedolla-johtaminen").unwrap();
        assert_eq!(c.min_municipalities, 1);
        assert_eq!(c.project_end, None);
        // The slides state neither the share, the eligible costs, the municipal-task rule, a
        // minimum of municipalities nor a lead answering for the grant: the profile borrows them
        // from the joint call's decision and says so.
        assert_eq!(
            c.assumed,
            [
                Assumed::MaxGrantShare,
                Assumed::CostCategories,
                Assumed::MunicipalTask,
                Assumed::MinMunicipalities,
                Assumed::LeadResponsible
            ]
        );
        // What it asks as evaluation criteria (the current state, goals, concrete goals and the
        // measures) is advice; what it asks the application to describe (the impact) is required.
        for q in ["current-state", "goals", "concrete-goals", "measures"] {
            assert!(c.advisory.iter().any(|a| a.id() == q), "{q}");
        }
        assert!(!c.advisory.iter().any(|a| a.id() == "impact-costs"));
        assert_eq!(c.decision_date, None);
        assert_eq!(c.decision_month.as_deref(), Some("2019-10"), "'Päätös: lokakuu' (000)");
    }

    #[test]
    fn every_category_has_a_rule_in_every_call() {
        for c in all() {
            for cat in CostCategory::ALL {
                assert!(c.category_rule(cat).is_some(), "{} lacks {cat:?}", c.id);
            }
        }
    }

    #[test]
    fn iso_dates_are_read_exactly() {
        assert_eq!(parse_iso_date("2021-11-30"), Some(time::macros::date!(2021 - 11 - 30)));
        assert_eq!(parse_iso_date("2020-02-29"), Some(time::macros::date!(2020 - 02 - 29)));
        for bad in [
            "2021-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-1-30",
            "30.11.2021",
            "2021-11-3O",
            "+021-11-30",
            "",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        let profile = serde_json::to_value(by_id(DEFAULT_CALL).unwrap()).unwrap();
        assert_eq!(profile["project_end"], "2021-11-30");
    }

    #[test]
    fn a_categorys_starting_vat_rate_is_one_of_its_calls_and_salaries_carry_none() {
        for call in all() {
            for rule in &call.cost_categories {
                if let Some(rate) = &rule.vat_rate {
                    assert!(
                        call.vat_rate(rate).is_some(),
                        "{}: {rate} is not a rate of the call",
                        call.id
                    );
                }
            }
            let personnel = call.category_rule(CostCategory::Personnel).expect("personnel");
            assert_eq!(personnel.vat_rate.as_deref(), Some("0"), "{}", call.id);
        }
    }

    #[test]
    fn vat_rates_are_exact() {
        let c = by_id(DEFAULT_CALL).unwrap();
        assert_eq!(c.vat_rate("24"), Some(dec("24")));
        assert_eq!(c.vat_rate(" 0 "), Some(dec("0")));
        assert_eq!(c.vat_rate("25.5"), None);
        assert_eq!(c.vat_rate(""), None);
    }

    #[test]
    fn category_ids_round_trip() {
        for c in CostCategory::ALL {
            assert_eq!(CostCategory::from_id(c.id()), Some(c));
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{}\"", c.id()));
        }
    }
}
