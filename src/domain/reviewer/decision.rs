//! The funding decision (docs/rules.md §9): what a proposal ([`Proposal`], as typed) means. A
//! proposal decides one call: the applications of another call are set apart, out of the ranking
//! and the totals. The ranking by the panel's mean score, the totals against the appropriation (less
//! what is already granted from it), the findings (an amount above the lower of the request and the
//! application's own maximum, a grant to an application with errors, the appropriation exceeded, a
//! departure from the ranking without a reason), the decision list as CSV, and the printed
//! decision's order (groups with their conditions, the grants numbered through, the deferred, the
//! total, the appendix of the applications that stayed). Pure: the words are `i18n::decision`'s.

use crate::domain::draft::{ApplicantKind, RawDraft};
use crate::domain::formats::decision::{AppError, Applied, Entry, Proposal, Status, Step};
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::applicants::{display_name, resolve_municipality};
use crate::domain::rules::finding::{RuleId, Severity};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::official::{official_name, OfficialName};
use crate::domain::vocabulary::register;
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// What an entry says of its application, from the opened application: the lead and partners in
/// Finnish (the decision's language of record), the project's name (Finnish, else Swedish), the
/// grant requested, the call, the application's own maximum and its errors (rule and field).
pub fn applied(fingerprint: &str, draft: &RawDraft, analysis: &Analysis) -> Applied {
    let mut names = draft
        .applicants
        .iter()
        .map(|a| display_name(a, Lang::Fi).unwrap_or_default());
    let lead = names.next().unwrap_or_default();
    let lead_code = draft
        .applicants
        .first()
        .filter(|a| a.kind == ApplicantKind::Municipality)
        .and_then(|a| resolve_municipality(&a.municipality))
        .map(|m| m.code.clone())
        .unwrap_or_default();
    Applied {
        fingerprint: fingerprint.to_string(),
        lead,
        lead_code,
        partners: names.collect(),
        project: draft.project.name().to_string(),
        requested: analysis
            .totals
            .requested_grant
            .map(|m| m.format_plain())
            .unwrap_or_default(),
        score: String::new(),
        call: draft.call.clone(),
        maximum: analysis.totals.max_grant.format_plain(),
        errors: analysis
            .findings
            .iter()
            .filter(|f| f.is_error())
            .map(|f| AppError {
                rule: f.rule.as_str().to_string(),
                field: f.path.json_path(draft),
            })
            .collect(),
        original: String::new(),
    }
}

/// Whether an entry is of the proposal's call (an entry of a file of version 1 names none: it is).
pub fn in_call(p: &Proposal, e: &Entry) -> bool {
    e.application.call.is_empty() || e.application.call == p.call
}

/// The application's errors that bar a grant: all but the request above the call's share, which
/// the amount granted settles (a grant of at most the application's maximum is within the call).
pub fn barring_errors(a: &Applied) -> Vec<&AppError> {
    a.errors
        .iter()
        .filter(|e| e.rule != RuleId::GrantMaxShare.as_str())
        .collect()
}

/// Brings the proposal up to the applications open now: an application of the proposal's call not
/// in it is added (not decided yet); an entry whose application is open takes what the application
/// says now (its call, maximum and errors under this build's rules); every entry's score is the
/// panel's mean now, to two decimals. An application of another call is not added (the page lists
/// it apart); an entry whose application is not open stays as it is: the proposal never drops what
/// was decided.
pub fn sync(proposal: &mut Proposal, open: &[Applied], means: &BTreeMap<String, Option<Decimal>>) {
    for a in open {
        match proposal.entry(&a.fingerprint) {
            Some(i) => {
                let e = &mut proposal.entries[i].application;
                e.call.clone_from(&a.call);
                e.maximum.clone_from(&a.maximum);
                e.errors.clone_from(&a.errors);
            }
            None if a.call == proposal.call => proposal.entries.push(Entry {
                application: a.clone(),
                ..Entry::default()
            }),
            None => {}
        }
    }
    for e in &mut proposal.entries {
        if let Some(mean) = means.get(&e.application.fingerprint) {
            e.application.score = mean
                .map(|m| {
                    m.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                        .normalize()
                        .to_string()
                })
                .unwrap_or_default();
        }
    }
}

/// The default grant: the amount requested rounded down to the step ("at most", never above it).
pub fn default_amount(requested: Money, step: Step) -> Option<Money> {
    let s = step.euros();
    let steps = (requested.as_decimal() / s).round_dp_with_strategy(0, RoundingStrategy::ToZero);
    Money::floor(steps * s)
}

/// The most an application can be granted: the lower of the amount requested and its own maximum
/// (the call's share of its eligible costs), where the entry knows them.
pub fn limit(a: &Applied) -> Option<Money> {
    let requested = Money::parse_exchange(&a.requested);
    let maximum = Money::parse_exchange(&a.maximum);
    match (requested, maximum) {
        (Some(r), Some(m)) => Some(r.min(m)),
        (r, m) => r.or(m),
    }
}

/// Proposes a grant for an entry: its status, and where no amount is typed yet the default one
/// (the lower of the request and the application's maximum, rounded down to the step).
pub fn grant(proposal: &mut Proposal, index: usize, lang: Lang) {
    let step = proposal.step;
    let Some(e) = proposal.entries.get_mut(index) else {
        return;
    };
    e.status = Status::Grant;
    if e.amount.trim().is_empty() {
        if let Some(m) = limit(&e.application).and_then(|r| default_amount(r, step)) {
            e.amount = m.format_input(lang);
        }
    }
}

/// Proposes further clarification for an entry; where no reason is typed yet, `reason` (the
/// decision's own words for the deferred) is its reason, which the user may change.
pub fn defer(proposal: &mut Proposal, index: usize, reason: &str) {
    let Some(e) = proposal.entries.get_mut(index) else {
        return;
    };
    e.status = Status::Defer;
    if e.reason.trim().is_empty() {
        e.reason = reason.to_string();
    }
}

/// Where a finding of the proposal belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Appropriation,
    GrantedBefore,
    /// The proposal as a whole (the totals).
    Whole,
    Entry {
        index: usize,
        field: EntryField,
    },
}

impl Place {
    /// The place in a proposal file (`proposal.entries[3].amount`), as `hakemus-check` prints it.
    pub fn json_path(self) -> String {
        match self {
            Place::Appropriation => "proposal.appropriation".into(),
            Place::GrantedBefore => "proposal.granted_before".into(),
            Place::Whole => "proposal".into(),
            Place::Entry { index, field } => format!(
                "proposal.entries[{index}].{}",
                match field {
                    EntryField::Status => "status",
                    EntryField::Amount => "amount",
                    EntryField::Reason => "reason",
                }
            ),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryField {
    Status,
    Amount,
    Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The appropriation is not an amount (or empty).
    AppropriationFormat,
    /// The granted amounts together exceed the appropriation, by `over`.
    OverAppropriation {
        over: Money,
    },
    /// A grant without an amount.
    AmountMissing,
    AmountFormat,
    /// What is already granted from the appropriation is not an amount.
    GrantedBeforeFormat,
    /// Above the amount requested: a grant is "at most" what was applied for.
    AboveRequested {
        requested: Money,
    },
    /// Above the application's own maximum, the call's share of its eligible costs (below the
    /// amount requested).
    AboveMaximum {
        maximum: Money,
    },
    /// A grant whose entry does not know the application's maximum (a file of version 1, the
    /// application not open): it cannot be checked against the call's share.
    MaximumUnknown,
    /// A grant to an application that has errors of its own (their rules).
    ApplicationErrors {
        rules: Vec<String>,
    },
    /// Not a multiple of the rounding step chosen.
    NotOnStep {
        step: Step,
    },
    /// Not granted, while an application ranked below it is: the reason must say why.
    OutOfRanking {
        granted_below: usize,
    },
    /// Applications not decided yet.
    Undecided {
        count: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub place: Place,
    pub problem: Problem,
}

/// The totals of a proposal, exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// The amounts granted (those that are amounts).
    pub granted: Money,
    /// Requested by every application in the proposal.
    pub requested: Money,
    /// Requested by the applications granted.
    pub requested_granted: Money,
    pub appropriation: Option<Money>,
    /// Already granted from the appropriation by other decisions.
    pub granted_before: Money,
    /// The appropriation less what was granted before and the grants; negative when exceeded.
    pub left: Option<Money>,
    pub grants: usize,
    pub deferred: usize,
    pub refused: usize,
    pub open: usize,
    /// Withdrawn by the applicant: counted among those that arrived, in no other total.
    pub withdrawn: usize,
    /// The applications of the proposal's call that arrived (the withdrawn included).
    pub arrived: usize,
}

/// What a proposal means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionAnalysis {
    /// The entries of the proposal's call in ranking order: by mean score (highest first), then
    /// the lead's name and the project; entries without a score after those with one, the
    /// withdrawn last.
    pub order: Vec<usize>,
    /// The entries of another call, kept but not decided here, by the lead's name.
    pub apart: Vec<usize>,
    /// The entries of the proposal's call whose application is not open (a file naming an
    /// application this reviewer has not opened, or one closed since), by the lead's name: kept,
    /// listed apart, and in no total, ranking or printed decision until the application is open.
    pub not_open: Vec<usize>,
    /// Per entry, its place in the ranking (1-based); `None` without a score.
    pub rank: Vec<Option<usize>>,
    /// Per entry, the amount granted when it is a grant with an amount.
    pub amounts: Vec<Option<Money>>,
    pub totals: Totals,
    pub findings: Vec<Finding>,
}

impl DecisionAnalysis {
    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity == Severity::Error)
    }

    pub fn at(&self, index: usize, field: EntryField) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.place == Place::Entry { index, field })
    }
}

fn score(e: &Entry) -> Option<Decimal> {
    e.application.score.parse().ok()
}

/// Finnish alphabetical order: å, ä, ö after z; case and the other accents ignored.
pub fn collation_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => '{',
            'ä' => '|',
            'ö' => '}',
            'á' | 'à' | 'â' => 'a',
            'é' | 'è' | 'ê' => 'e',
            'ü' => 'y',
            c => c,
        })
        .collect()
}

fn by_name(a: &Entry, b: &Entry) -> Ordering {
    collation_key(&a.application.lead)
        .cmp(&collation_key(&b.application.lead))
        .then_with(|| collation_key(&a.application.project).cmp(&collation_key(&b.application.project)))
}

/// The mean score an entry is ranked by: none when withdrawn.
fn ranked_score(e: &Entry) -> Option<Decimal> {
    if e.status == Status::Withdrawn {
        None
    } else {
        score(e)
    }
}

/// What a proposal means from its file alone: every entry's application taken as open (what
/// `hakemus-check` can say); see [`analyse_open`].
pub fn analyse(p: &Proposal) -> DecisionAnalysis {
    analyse_open(p, &|_| true)
}

/// What a proposal means with the applications open now (`is_open`, by fingerprint): an entry of
/// the call whose application is not open is listed apart ([`DecisionAnalysis::not_open`]).
pub fn analyse_open(p: &Proposal, is_open: &dyn Fn(&str) -> bool) -> DecisionAnalysis {
    let n = p.entries.len();
    let (mut order, mut apart): (Vec<usize>, Vec<usize>) = (0..n).partition(|&i| in_call(p, &p.entries[i]));
    let (kept, mut not_open): (Vec<usize>, Vec<usize>) = order
        .into_iter()
        .partition(|&i| is_open(&p.entries[i].application.fingerprint));
    order = kept;
    not_open.sort_by(|&a, &b| by_name(&p.entries[a], &p.entries[b]));
    order.sort_by(|&a, &b| {
        let (ea, eb) = (&p.entries[a], &p.entries[b]);
        let withdrawn = |e: &Entry| e.status == Status::Withdrawn;
        withdrawn(ea)
            .cmp(&withdrawn(eb))
            .then_with(|| match (ranked_score(ea), ranked_score(eb)) {
                (Some(x), Some(y)) => y.cmp(&x).then_with(|| by_name(ea, eb)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => by_name(ea, eb),
            })
    });
    apart.sort_by(|&a, &b| by_name(&p.entries[a], &p.entries[b]));
    let mut rank = vec![None; n];
    for (place, &i) in order.iter().enumerate() {
        if ranked_score(&p.entries[i]).is_some() {
            rank[i] = Some(place + 1);
        }
    }

    let mut findings = Vec::new();
    let mut push = |severity, place, problem| {
        findings.push(Finding {
            severity,
            place,
            problem,
        })
    };
    let mut amounts = vec![None; n];
    let mut t = Totals::default();
    let add = |sum: &mut Money, m: Money| *sum = sum.checked_add(m).unwrap_or(*sum);
    for &index in &order {
        let e = &p.entries[index];
        t.arrived += 1;
        if e.status == Status::Withdrawn {
            t.withdrawn += 1;
            continue;
        }
        let requested = Money::parse_exchange(&e.application.requested);
        if let Some(r) = requested {
            add(&mut t.requested, r);
        }
        let at = |field| Place::Entry { index, field };
        match e.status {
            Status::Withdrawn => {}
            Status::Open => t.open += 1,
            Status::Defer => t.deferred += 1,
            Status::Refuse => t.refused += 1,
            Status::Grant => {
                t.grants += 1;
                if let Some(r) = requested {
                    add(&mut t.requested_granted, r);
                }
                let barring = barring_errors(&e.application);
                if !barring.is_empty() {
                    push(
                        Severity::Error,
                        at(EntryField::Status),
                        Problem::ApplicationErrors {
                            rules: barring.iter().map(|x| x.rule.clone()).collect(),
                        },
                    );
                }
                if e.amount.trim().is_empty() {
                    push(Severity::Error, at(EntryField::Amount), Problem::AmountMissing);
                    continue;
                }
                let Ok(amount) = Money::parse(&e.amount) else {
                    push(Severity::Error, at(EntryField::Amount), Problem::AmountFormat);
                    continue;
                };
                amounts[index] = Some(amount);
                add(&mut t.granted, amount);
                // At most the lower of the request and the application's own maximum; the request
                // is named where it is that lower one.
                if let Some(l) = limit(&e.application).filter(|l| amount > *l) {
                    let problem = if requested == Some(l) {
                        Problem::AboveRequested { requested: l }
                    } else {
                        Problem::AboveMaximum { maximum: l }
                    };
                    push(Severity::Error, at(EntryField::Amount), problem);
                }
                if Money::parse_exchange(&e.application.maximum).is_none() {
                    push(Severity::Warning, at(EntryField::Amount), Problem::MaximumUnknown);
                }
                if !(amount.as_decimal() % p.step.euros()).is_zero() {
                    push(
                        Severity::Warning,
                        at(EntryField::Amount),
                        Problem::NotOnStep { step: p.step },
                    );
                }
            }
        }
    }
    // A departure from the ranking: passed over (deferred or refused) while an application with a
    // lower mean score is granted. The reason must say why.
    let lowest_granted = order
        .iter()
        .rev()
        .copied()
        .find(|&i| p.entries[i].status == Status::Grant && rank[i].is_some());
    // (The withdrawn have no rank: they depart from nothing.)
    if let Some(low) = lowest_granted {
        let low_score = score(&p.entries[low]);
        for &i in &order {
            let e = &p.entries[i];
            let passed_over = matches!(e.status, Status::Defer | Status::Refuse);
            if passed_over && score(e) > low_score && e.reason.trim().is_empty() {
                push(
                    Severity::Error,
                    Place::Entry {
                        index: i,
                        field: EntryField::Reason,
                    },
                    Problem::OutOfRanking { granted_below: low },
                );
            }
        }
    }
    if !p.granted_before.trim().is_empty() {
        match Money::parse(&p.granted_before) {
            Ok(b) => t.granted_before = b,
            Err(_) => push(Severity::Error, Place::GrantedBefore, Problem::GrantedBeforeFormat),
        }
    }
    match Money::parse(&p.appropriation) {
        Ok(a) => {
            t.appropriation = Some(a);
            let committed = t.granted.checked_add(t.granted_before).unwrap_or(t.granted);
            t.left = a.checked_sub(committed);
            if committed > a {
                let over = committed.checked_sub(a).unwrap_or(Money::ZERO);
                push(
                    Severity::Error,
                    Place::Appropriation,
                    Problem::OverAppropriation { over },
                );
            }
        }
        Err(_) => push(Severity::Error, Place::Appropriation, Problem::AppropriationFormat),
    }
    if t.open > 0 {
        push(Severity::Warning, Place::Whole, Problem::Undecided { count: t.open });
    }
    DecisionAnalysis {
        order,
        apart,
        not_open,
        rank,
        amounts,
        totals: t,
        findings,
    }
}

/// To whom a decision addresses a grant, as safely as it can be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// A municipality whose official name is attested: inflected ("Kiuruveden kaupungille").
    Official {
        name: OfficialName,
        /// The Swedish name of the register.
        name_sv: String,
    },
    /// A joint municipal authority, by the name the application gives (nominative; the Finnish
    /// allative adds "-lle" to "kuntayhtymä").
    Authority(String),
    /// Anything else: written as it is, in a plain list.
    Plain(String),
}

pub fn recipient(a: &Applied) -> Recipient {
    if let Some(m) = register::by_code(&a.lead_code) {
        if let Some(name) = official_name(&m.name_fi) {
            return Recipient::Official {
                name,
                name_sv: m.name_sv.clone(),
            };
        }
        return Recipient::Plain(m.name_fi.clone());
    }
    let lead = a.lead.trim();
    if lead.ends_with(" kuntayhtymä") {
        Recipient::Authority(lead.to_string())
    } else {
        Recipient::Plain(lead.to_string())
    }
}

/// A numbered grant of the printed decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintedGrant {
    pub number: usize,
    pub entry: usize,
    pub amount: Money,
}

/// The grants under one heading: a group (its index in the proposal), or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedSection {
    pub group: Option<usize>,
    pub grants: Vec<PrintedGrant>,
}

/// The printed decision's order, as the 2019 decision has it: per group (in the proposal's
/// order) its grants, by the lead's name and then the larger amount first, numbered through;
/// then the grants in no group; the deferred by the lead's name; the total; and the appendix of
/// every application that stayed (not withdrawn) by the lead's name. Only the proposal's call: an
/// entry of another call is in none of them. The counts the decision states (arrived, withdrawn,
/// refused, requested) are the analysis's `totals`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub sections: Vec<PrintedSection>,
    pub deferred: Vec<usize>,
    pub total: Money,
    pub appendix: Vec<usize>,
    pub totals: Totals,
    /// Grants the checks refuse (an error at the entry: an amount above what the application may
    /// get, not an amount, an application with errors of its own), in ranking order: not printed,
    /// and not in the printed total, until corrected.
    pub withheld: Vec<usize>,
}

/// Whether the checks accept an entry as it is: no error found at it.
fn accepted(a: &DecisionAnalysis, index: usize) -> bool {
    !a.errors()
        .any(|f| matches!(f.place, Place::Entry { index: i, .. } if i == index))
}

pub fn printed(p: &Proposal, a: &DecisionAnalysis) -> Printed {
    let grants_in = |group: Option<&str>| {
        let mut g: Vec<usize> = a
            .order
            .iter()
            .copied()
            .filter(|&i| accepted(a, i))
            .filter(|&i| {
                let e = &p.entries[i];
                let in_group = match group {
                    Some(id) => e.group == id,
                    None => e.group.is_empty() || !p.groups.iter().any(|g| g.id == e.group),
                };
                e.status == Status::Grant && a.amounts[i].is_some() && in_group && in_call(p, e)
            })
            .collect();
        g.sort_by(|&x, &y| {
            collation_key(&p.entries[x].application.lead)
                .cmp(&collation_key(&p.entries[y].application.lead))
                .then_with(|| a.amounts[y].cmp(&a.amounts[x]))
                .then_with(|| by_name(&p.entries[x], &p.entries[y]))
        });
        g
    };
    let mut number = 0;
    let mut sections = Vec::new();
    let groups = p
        .groups
        .iter()
        .enumerate()
        .map(|(gi, g)| (Some(gi), grants_in(Some(&g.id))))
        .chain([(None, grants_in(None))]);
    for (group, entries) in groups {
        if entries.is_empty() {
            continue;
        }
        let grants = entries
            .into_iter()
            .map(|entry| {
                number += 1;
                PrintedGrant {
                    number,
                    entry,
                    amount: a.amounts[entry].unwrap_or(Money::ZERO),
                }
            })
            .collect();
        sections.push(PrintedSection { group, grants });
    }
    let by_lead = |mut v: Vec<usize>| {
        v.sort_by(|&x, &y| by_name(&p.entries[x], &p.entries[y]));
        v
    };
    let total = Money::sum(sections.iter().flat_map(|s| s.grants.iter().map(|g| g.amount))).unwrap_or(Money::ZERO);
    Printed {
        deferred: by_lead(
            a.order
                .iter()
                .copied()
                .filter(|&i| p.entries[i].status == Status::Defer)
                .collect(),
        ),
        appendix: by_lead(
            a.order
                .iter()
                .copied()
                .filter(|&i| p.entries[i].status != Status::Withdrawn)
                .collect(),
        ),
        withheld: a
            .order
            .iter()
            .copied()
            .filter(|&i| p.entries[i].status == Status::Grant && !accepted(a, i))
            .collect(),
        sections,
        total,
        totals: a.totals,
    }
}

/// The column headings of the decision list, in the language.
pub struct CsvHeadings<'a> {
    pub rank: &'a str,
    pub score: &'a str,
    pub lead: &'a str,
    pub partners: &'a str,
    pub project: &'a str,
    pub requested: &'a str,
    pub status: &'a str,
    pub granted: &'a str,
    pub group: &'a str,
    pub reason: &'a str,
    pub fingerprint: &'a str,
    pub total: &'a str,
}

/// The decision list as CSV for Finnish Excel (the summary table's conventions: BOM, `;`, CRLF,
/// decimal comma, formula guard), in ranking order, with a total row. `status` and `group` give
/// the words of a status and the name of a group.
pub fn csv(p: &Proposal, a: &DecisionAnalysis, h: &CsvHeadings<'_>, status: impl Fn(Status) -> String) -> String {
    use crate::domain::reviewer::summary::{csv_amount, csv_line};
    let mut out = String::from("\u{FEFF}");
    csv_line(
        &mut out,
        &[
            h.rank,
            h.score,
            h.lead,
            h.partners,
            h.project,
            h.requested,
            h.status,
            h.granted,
            h.group,
            h.reason,
            h.fingerprint,
        ]
        .map(String::from),
    );
    for &i in &a.order {
        let e = &p.entries[i];
        let group = p
            .groups
            .iter()
            .find(|g| g.id == e.group)
            .map(|g| g.name.clone())
            .unwrap_or_default();
        csv_line(
            &mut out,
            &[
                a.rank[i].map(|r| r.to_string()).unwrap_or_default(),
                e.application.score.replace('.', ","),
                e.application.lead.clone(),
                e.application.partners.join(", "),
                e.application.project.clone(),
                csv_amount(Money::parse_exchange(&e.application.requested)),
                status(e.status),
                csv_amount(a.amounts[i]),
                group,
                e.reason.clone(),
                e.application.fingerprint.clone(),
            ],
        );
    }
    let t = &a.totals;
    let mut last = vec![String::new(); 11];
    last[0] = h.total.to_string();
    last[5] = csv_amount(Some(t.requested));
    last[7] = csv_amount(Some(t.granted));
    csv_line(&mut out, &last);
    out
}
