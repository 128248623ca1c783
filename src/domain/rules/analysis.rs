//! The one pure step from what was typed to what the rules say: `analyse` parses the raw draft,
//! applies every section's rules for the draft's call and computes the totals. The UI, the export
//! page, `hakemus-check`, the reviewer and the tests all see the same `Analysis`.

use crate::domain::draft::{LineId, RawDraft};
use crate::domain::rules::answers::{check_answers, check_maturity};
use crate::domain::rules::applicants::{check_applicants, ApplicantsSummary};
use crate::domain::rules::budget::{check_budget, LineResult, Totals};
use crate::domain::rules::finding::{FieldPath, Finding, Message, RuleId};
use crate::domain::rules::project::{check_project, Period};
use crate::domain::rules::risks::check_risks;
use crate::domain::rules::schedule::{check_indicators, check_schedule};
use crate::domain::rules::targets::check_targets;
use crate::domain::vocabulary::call::{self, CallProfile};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub call: &'static CallProfile,
    pub period: Period,
    pub applicants: ApplicantsSummary,
    pub lines: Vec<LineResult>,
    /// Position of each line in `lines`, by id.
    line_index: HashMap<LineId, usize>,
    pub totals: Totals,
    /// In the order the form shows the fields.
    pub findings: Vec<Finding>,
}

impl Analysis {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| !f.is_error())
    }

    pub fn line(&self, id: LineId) -> Option<&LineResult> {
        self.line_index.get(&id).map(|&i| &self.lines[i])
    }

    /// True when the requested grant is within the call's share of the eligible base (where the
    /// share is assumed, above it is a warning but still does not fit) and a positive amount.
    pub fn grant_fits(&self) -> bool {
        !self
            .findings
            .iter()
            .any(|f| matches!(f.rule, RuleId::GrantMaxShare | RuleId::GrantPositive))
    }
}

/// Checks the whole draft against its call. Never fails: what is wrong becomes a finding.
pub fn analyse(draft: &RawDraft) -> Analysis {
    let mut findings = Vec::new();
    let call = match call::by_id(&draft.call) {
        Some(c) => c,
        None => {
            findings.push(Finding::error(
                RuleId::CallKnown,
                FieldPath::Call,
                Message::UnknownCall { id: draft.call.clone() },
            ));
            call::by_id(call::DEFAULT_CALL).expect("the default call profile is compiled in")
        }
    };
    let period = check_project(draft, call, &mut findings);
    let applicants = check_applicants(draft, call, &mut findings);
    check_targets(draft, call, &applicants, &mut findings);
    check_maturity(draft, call, &mut findings);
    check_answers(draft, call, &mut findings);
    check_schedule(draft, period, &mut findings);
    let (lines, totals) = check_budget(draft, call, period, &mut findings);
    check_risks(draft, &mut findings);
    check_indicators(draft, &mut findings);
    crate::domain::rules::partners::check_partners(draft, &mut findings);
    let line_index = lines.iter().enumerate().map(|(i, l)| (l.id, i)).collect();
    Analysis {
        call,
        period,
        applicants,
        lines,
        line_index,
        totals,
        findings,
    }
}
