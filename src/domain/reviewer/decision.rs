//! The funding decision (docs/rules.md §9): what a proposal ([`Proposal`], as typed) means. The
//! ranking by the panel's mean score, the totals against the appropriation, the findings (an amount
//! above the request, the appropriation exceeded, a departure from the ranking without a reason),
//! the decision list as CSV, and the printed decision's order (groups with their conditions, the
//! grants numbered through, the deferred, the total, the appendix of all applications). Pure: the
//! words are `i18n::decision`'s.

use crate::domain::draft::{ApplicantKind, RawDraft};
use crate::domain::formats::decision::{Applied, Entry, Proposal, Status, Step};
use crate::domain::rules::analysis::Analysis;
use crate::domain::rules::applicants::{display_name, resolve_municipality};
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use crate::domain::vocabulary::official::{official_name, OfficialName};
use crate::domain::vocabulary::register;
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// What an entry says of its application, from the opened application: the lead and partners in
/// Finnish (the decision's language of record), the project's Finnish name, the grant requested.
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
        project: draft.project.name_fi.trim().to_string(),
        requested: analysis
            .totals
            .requested_grant
            .map(|m| m.format_plain())
            .unwrap_or_default(),
        score: String::new(),
    }
}

/// Brings the proposal up to the applications open now: an application not in it is added (not
/// decided yet); every entry's score is the panel's mean now, to two decimals. An entry whose application is not
/// open stays as it is: the proposal never drops what was decided.
pub fn sync(proposal: &mut Proposal, open: &[Applied], means: &BTreeMap<String, Option<Decimal>>) {
    for a in open {
        if proposal.entry(&a.fingerprint).is_none() {
            proposal.entries.push(Entry {
                application: a.clone(),
                ..Entry::default()
            });
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

/// Proposes a grant for an entry: its status, and where no amount is typed yet the default one.
pub fn grant(proposal: &mut Proposal, index: usize, lang: Lang) {
    let step = proposal.step;
    let Some(e) = proposal.entries.get_mut(index) else {
        return;
    };
    e.status = Status::Grant;
    if e.amount.trim().is_empty() {
        if let Some(m) = Money::parse_exchange(&e.application.requested).and_then(|r| default_amount(r, step)) {
            e.amount = m.format_input(lang);
        }
    }
}

/// Where a finding of the proposal belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Appropriation,
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
    /// Above the amount requested: a grant is "at most" what was applied for.
    AboveRequested {
        requested: Money,
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
    /// The appropriation less the grants; negative when exceeded.
    pub left: Option<Money>,
    pub grants: usize,
    pub deferred: usize,
    pub refused: usize,
    pub open: usize,
}

/// What a proposal means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionAnalysis {
    /// Entries in ranking order: by mean score (highest first), then the lead's name and the
    /// project; entries without a score after those with one.
    pub order: Vec<usize>,
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

pub fn analyse(p: &Proposal) -> DecisionAnalysis {
    let n = p.entries.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (ea, eb) = (&p.entries[a], &p.entries[b]);
        match (score(ea), score(eb)) {
            (Some(x), Some(y)) => y.cmp(&x).then_with(|| by_name(ea, eb)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => by_name(ea, eb),
        }
    });
    let mut rank = vec![None; n];
    for (place, &i) in order.iter().enumerate() {
        if score(&p.entries[i]).is_some() {
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
    for (index, e) in p.entries.iter().enumerate() {
        let requested = Money::parse_exchange(&e.application.requested);
        if let Some(r) = requested {
            add(&mut t.requested, r);
        }
        let at = |field| Place::Entry { index, field };
        match e.status {
            Status::Open => t.open += 1,
            Status::Defer => t.deferred += 1,
            Status::Refuse => t.refused += 1,
            Status::Grant => {
                t.grants += 1;
                if let Some(r) = requested {
                    add(&mut t.requested_granted, r);
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
                if let Some(r) = requested.filter(|r| amount > *r) {
                    push(
                        Severity::Error,
                        at(EntryField::Amount),
                        Problem::AboveRequested { requested: r },
                    );
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
    match Money::parse(&p.appropriation) {
        Ok(a) => {
            t.appropriation = Some(a);
            t.left = a.checked_sub(t.granted);
            if t.granted > a {
                let over = t.granted.checked_sub(a).unwrap_or(Money::ZERO);
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
/// every application by the lead's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub sections: Vec<PrintedSection>,
    pub deferred: Vec<usize>,
    pub total: Money,
    pub appendix: Vec<usize>,
}

pub fn printed(p: &Proposal, a: &DecisionAnalysis) -> Printed {
    let grants_in = |group: Option<&str>| {
        let mut g: Vec<usize> = (0..p.entries.len())
            .filter(|&i| {
                let e = &p.entries[i];
                let in_group = match group {
                    Some(id) => e.group == id,
                    None => e.group.is_empty() || !p.groups.iter().any(|g| g.id == e.group),
                };
                e.status == Status::Grant && a.amounts[i].is_some() && in_group
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
            (0..p.entries.len())
                .filter(|&i| p.entries[i].status == Status::Defer)
                .collect(),
        ),
        appendix: by_lead((0..p.entries.len()).collect()),
        sections,
        total,
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
