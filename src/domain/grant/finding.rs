//! What the grant's rules say (docs/rules.md §11), as findings of the grant's own type: each with
//! its rule, severity, place (the row and field it is about), message (a key with typed values, put
//! into words by `i18n::grant_rules`) and the passage it rests on — one of the call's `Citation`s or
//! a `GrantCitation` of decision 004. Apart from the drafter's `rules::finding`, whose enums are
//! compiled into the drafter. Rules never fail.

use crate::domain::draft::LineId;
use crate::domain::grant::model::RawGrant;
use crate::domain::rules::finding::Severity;
use crate::domain::vocabulary::call::CostCategory;
use crate::domain::vocabulary::citation::Citation;
use crate::domain::vocabulary::grant_phase::GrantCitation;
use crate::domain::vocabulary::money::{Money, MoneyError};
use time::Date;

/// The grant's rules, by stable id (printed by `hakemus-check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// The project names a call whose grant phase is known, and the decision's amount is one.
    GrantKnown,
    /// An entry says when, what, which category, who bore it and how much.
    EntryComplete,
    /// Amounts are euros and cents; dates are dates.
    Format,
    /// The entry's category is eligible (else kept and shown, out of the eligible sum).
    EligibleCategory,
    /// A licence is justified as necessary for the project.
    LicenceJustification,
    /// An internal charge is confirmed as based on booked actual costs.
    InternalCharge,
    /// The cost falls within the project's period.
    WithinPeriod,
    /// The accounts' sums fit.
    TotalsFit,
    /// Reporting periods: dates given, start ≤ end, no overlap (a gap is a warning).
    Periods,
    /// An interim report says what decision 004 asks of it.
    InterimReportContent,
    /// A claim asks no more than may be claimed; the last one after the final report; the set
    /// number of instalments (a warning above it).
    Claim,
    /// The final report says what decision 004 asks of it, with the auditor's statement.
    FinalReportContent,
    /// The final report is sent by the call's date.
    FinalReportOnTime,
    /// The share applied to realised costs can be computed.
    Share,
}

impl Rule {
    pub const ALL: [Rule; 14] = [
        Rule::GrantKnown,
        Rule::EntryComplete,
        Rule::Format,
        Rule::EligibleCategory,
        Rule::LicenceJustification,
        Rule::InternalCharge,
        Rule::WithinPeriod,
        Rule::TotalsFit,
        Rule::Periods,
        Rule::InterimReportContent,
        Rule::Claim,
        Rule::FinalReportContent,
        Rule::FinalReportOnTime,
        Rule::Share,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rule::GrantKnown => "grant-known",
            Rule::EntryComplete => "entry-complete",
            Rule::Format => "format",
            Rule::EligibleCategory => "eligible-category",
            Rule::LicenceJustification => "licence-justification",
            Rule::InternalCharge => "internal-charge",
            Rule::WithinPeriod => "within-period",
            Rule::TotalsFit => "totals-fit",
            Rule::Periods => "periods",
            Rule::InterimReportContent => "interim-report-content",
            Rule::Claim => "claim",
            Rule::FinalReportContent => "final-report-content",
            Rule::FinalReportOnTime => "final-report-on-time",
            Rule::Share => "share",
        }
    }
}

/// A field of an entry of the accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryField {
    Date,
    Voucher,
    Category,
    Bearer,
    Description,
    Net,
    Vat,
    InternalCharge,
    Justification,
}

impl EntryField {
    pub const ALL: [EntryField; 9] = [
        EntryField::Date,
        EntryField::Voucher,
        EntryField::Category,
        EntryField::Bearer,
        EntryField::Description,
        EntryField::Net,
        EntryField::Vat,
        EntryField::InternalCharge,
        EntryField::Justification,
    ];

    /// The field's stable name (snake case; in a DOM id with hyphens): what ids and paths are
    /// made of, whatever the variant is called.
    pub fn key(&self) -> &'static str {
        match self {
            EntryField::Date => "date",
            EntryField::Voucher => "voucher",
            EntryField::Category => "category",
            EntryField::Bearer => "bearer",
            EntryField::Description => "description",
            EntryField::Net => "net",
            EntryField::Vat => "vat",
            EntryField::InternalCharge => "internal_charge",
            EntryField::Justification => "justification",
        }
    }
}

/// A field of a reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodField {
    Start,
    End,
    Due,
}

impl PeriodField {
    pub const ALL: [PeriodField; 3] = [PeriodField::Start, PeriodField::End, PeriodField::Due];

    /// As [`EntryField::key`].
    pub fn key(&self) -> &'static str {
        match self {
            PeriodField::Start => "start",
            PeriodField::End => "end",
            PeriodField::Due => "due",
        }
    }
}

/// A field of an interim report (an indicator by the application's indicator id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportField {
    Period,
    Progress,
    Impacts,
    Indicator(LineId),
}

impl ReportField {
    /// Each kind of field (an indicator by a placeholder id).
    pub const ALL: [ReportField; 4] = [
        ReportField::Period,
        ReportField::Progress,
        ReportField::Impacts,
        ReportField::Indicator(0),
    ];

    /// As [`EntryField::key`]; an indicator's is `indicator` (its id apart).
    pub fn key(&self) -> &'static str {
        match self {
            ReportField::Period => "period",
            ReportField::Progress => "progress",
            ReportField::Impacts => "impacts",
            ReportField::Indicator(_) => "indicator",
        }
    }
}

/// A field of a payment claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimField {
    Until,
    Amount,
    Last,
    Paid,
    PaidOn,
}

impl ClaimField {
    pub const ALL: [ClaimField; 5] = [
        ClaimField::Until,
        ClaimField::Amount,
        ClaimField::Last,
        ClaimField::Paid,
        ClaimField::PaidOn,
    ];

    /// As [`EntryField::key`].
    pub fn key(&self) -> &'static str {
        match self {
            ClaimField::Until => "until",
            ClaimField::Amount => "amount",
            ClaimField::Last => "last",
            ClaimField::Paid => "paid",
            ClaimField::PaidOn => "paid_on",
        }
    }
}

/// A field of the final report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FinalField {
    Impact,
    WaysOfWorking,
    Usability,
    WorkAndResults,
    Indicator(LineId),
    AuditorStatement,
    Sent,
}

impl FinalField {
    /// Each kind of field (an indicator by a placeholder id).
    pub const ALL: [FinalField; 7] = [
        FinalField::Impact,
        FinalField::WaysOfWorking,
        FinalField::Usability,
        FinalField::WorkAndResults,
        FinalField::Indicator(0),
        FinalField::AuditorStatement,
        FinalField::Sent,
    ];

    /// As [`EntryField::key`]; an indicator's is `indicator` (its id apart).
    pub fn key(&self) -> &'static str {
        match self {
            FinalField::Impact => "impact",
            FinalField::WaysOfWorking => "ways_of_working",
            FinalField::Usability => "usability",
            FinalField::WorkAndResults => "work_and_results",
            FinalField::Indicator(_) => "indicator",
            FinalField::AuditorStatement => "auditor_statement",
            FinalField::Sent => "sent",
        }
    }
}

/// Where a finding is: the project as a whole, a row (by its id, so the place stays when rows
/// move) and its field, or a part of the final report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// The decision's grant (its amount, its call).
    Granted,
    /// The accounts as a whole (their sums).
    Ledger,
    Entry {
        id: LineId,
        field: EntryField,
    },
    /// The periods as a whole (a gap between two).
    Periods,
    Period {
        id: LineId,
        field: PeriodField,
    },
    Report {
        id: LineId,
        field: ReportField,
    },
    Claim {
        id: LineId,
        field: ClaimField,
    },
    Final(FinalField),
}

/// A key as a DOM id writes it: `ways_of_working` → `ways-of-working`.
fn kebab(key: &str) -> String {
    key.replace('_', "-")
}

impl Place {
    /// The id of the element that shows the field on the page: `entry-12-net`, `period-3-start`,
    /// `report-5-indicator-7`, `claim-9-amount`, `final-ways-of-working`, `granted`, `ledger`.
    pub fn dom_id(self) -> String {
        let part = |key: &str, indicator: Option<LineId>| match indicator {
            Some(i) => format!("indicator-{i}"),
            None => kebab(key),
        };
        match self {
            Place::Granted => "granted".into(),
            Place::Ledger => "ledger".into(),
            Place::Periods => "periods".into(),
            Place::Entry { id, field } => format!("entry-{id}-{}", kebab(field.key())),
            Place::Period { id, field } => format!("period-{id}-{}", kebab(field.key())),
            Place::Report { id, field } => {
                let ind = match field {
                    ReportField::Indicator(i) => Some(i),
                    _ => None,
                };
                format!("report-{id}-{}", part(field.key(), ind))
            }
            Place::Claim { id, field } => format!("claim-{id}-{}", kebab(field.key())),
            Place::Final(field) => {
                let ind = match field {
                    FinalField::Indicator(i) => Some(i),
                    _ => None,
                };
                format!("final-{}", part(field.key(), ind))
            }
        }
    }

    /// The path in the project's record (`RawGrant`): `entries[3].net`, `claims[0].amount`,
    /// `reports[1].indicators.7`, `final_report.auditor_statement` (rows by position; a row no
    /// longer there by its id, `entries[id=12]`).
    pub fn json_path(self, grant: &RawGrant) -> String {
        fn row<T>(list: &str, rows: &[T], id: LineId, of: impl Fn(&T) -> LineId) -> String {
            match rows.iter().position(|r| of(r) == id) {
                Some(i) => format!("{list}[{i}]"),
                None => format!("{list}[id={id}]"),
            }
        }
        match self {
            Place::Granted => "granted.amount".into(),
            Place::Ledger => "entries".into(),
            Place::Periods => "periods".into(),
            Place::Entry { id, field } => {
                let field = match field {
                    EntryField::InternalCharge => "internal_charge_actual",
                    f => f.key(),
                };
                format!("{}.{field}", row("entries", &grant.entries, id, |e| e.id))
            }
            Place::Period { id, field } => {
                format!("{}.{}", row("periods", &grant.periods, id, |p| p.id), field.key())
            }
            Place::Report { id, field } => {
                let field = match field {
                    ReportField::Indicator(i) => format!("indicators.{i}"),
                    f => f.key().into(),
                };
                format!("{}.{field}", row("reports", &grant.reports, id, |r| r.id))
            }
            Place::Claim { id, field } => {
                format!("{}.{}", row("claims", &grant.claims, id, |c| c.id), field.key())
            }
            Place::Final(field) => {
                let field = match field {
                    FinalField::Indicator(i) => format!("indicators.{i}"),
                    FinalField::Sent => "sent_at".into(),
                    f => f.key().into(),
                };
                format!("final_report.{field}")
            }
        }
    }
}

/// What a finding says, with the values its sentence needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The project's call has no grant phase we know.
    UnknownCall {
        id: String,
    },
    /// The decision's amount is not one.
    GrantInvalid {
        typed: String,
    },
    DateRequired,
    DateInvalid {
        typed: String,
    },
    /// Booked outside the project's period: kept, out of the eligible sum.
    OutsidePeriod {
        date: Date,
        start: Date,
        end: Date,
    },
    /// No voucher or reference: the accounts must show where a cost comes from (a warning).
    VoucherAdvised,
    CategoryRequired,
    CategoryUnknown {
        typed: String,
    },
    /// Not eligible in this call: kept, out of the eligible sum.
    CategoryIneligible {
        category: CostCategory,
    },
    LicenceWithoutJustification,
    InternalChargeNotActual,
    BearerRequired,
    /// Not one of the granted application's applicants.
    BearerUnknown {
        typed: String,
    },
    DescriptionRequired,
    NetRequired,
    NetInvalid {
        typed: String,
        reason: MoneyError,
    },
    VatInvalid {
        typed: String,
        reason: MoneyError,
    },
    /// A sum of the accounts or a report does not fit in an amount.
    TotalTooLarge,
    /// A period's start or end missing or not a date.
    PeriodDateRequired,
    PeriodDateInvalid {
        typed: String,
    },
    PeriodEndBeforeStart,
    /// A period overlapping an earlier one (its start, its end).
    PeriodOverlap {
        start: Date,
        end: Date,
    },
    /// Days between two periods that no report covers.
    PeriodGap {
        from: Date,
        to: Date,
    },
    /// A report's period is not one of the project's.
    ReportPeriodUnknown,
    ProgressRequired,
    ImpactsRequired,
    /// An indicator's value now is not given (a warning).
    IndicatorValueAdvised {
        name: String,
    },
    ClaimUntilRequired,
    ClaimAmountInvalid {
        typed: String,
        reason: MoneyError,
    },
    /// Asks more than may be claimed.
    ClaimAboveMay {
        asked: Money,
        may: Money,
    },
    /// A claim already paid asked more than the accounts now allow for its time (an entry found not
    /// eligible since): settled in the settlement.
    PaidClaimAboveMayNow {
        asked: Money,
        may: Money,
    },
    /// The last claim before the final report is sent.
    LastClaimBeforeFinalReport,
    /// More claims than the call's instalments (a warning: "pääsääntöisesti").
    MoreInstalments {
        instalments: u32,
    },
    /// A claim after the last one.
    ClaimAfterLast,
    PaidInvalid {
        typed: String,
        reason: MoneyError,
    },
    PaidOnInvalid {
        typed: String,
    },
    /// The ministry paid more than the claim asked (a warning).
    PaidAboveAsked {
        paid: Money,
        asked: Money,
    },
    ImpactRequired,
    WaysOfWorkingRequired,
    UsabilityRequired,
    WorkAndResultsRequired,
    StatementRequired,
    StatementTooLarge {
        size: u64,
        limit: u64,
    },
    StatementNotPdf {
        media_type: String,
    },
    /// The statement's checksum or content does not match what it says of itself.
    StatementDamaged,
    /// The final report is sent (or still unsent) after the call's date.
    FinalReportLate {
        by: Date,
    },
    /// The decision ratio needs the application's planned eligible costs; the call's maximum is
    /// applied instead.
    NoPlannedBase,
}

/// The passage a finding rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Call(Citation),
    Grant(GrantCitation),
}

impl Source {
    /// Stable identifier (`hakemus-check`).
    pub fn id(self) -> &'static str {
        match self {
            Source::Call(c) => c.id(),
            Source::Grant(g) => g.id(),
        }
    }

    /// The passage in the original Finnish.
    pub fn quote_fi(self) -> &'static str {
        match self {
            Source::Call(c) => c.quote_fi(),
            Source::Grant(g) => g.quote_fi(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub place: Place,
    pub message: Message,
    pub source: Option<Source>,
}

impl Finding {
    pub fn error(rule: Rule, place: Place, message: Message) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            place,
            message,
            source: None,
        }
    }

    pub fn warning(rule: Rule, place: Place, message: Message) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(rule, place, message)
        }
    }

    pub fn cite(mut self, source: Source) -> Finding {
        self.source = Some(source);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::grant::model::{RawClaim, RawEntry};

    #[test]
    fn places_name_the_row_and_field_in_the_page_and_in_the_record() {
        let g = RawGrant {
            entries: vec![
                RawEntry {
                    id: 4,
                    ..RawEntry::default()
                },
                RawEntry {
                    id: 9,
                    ..RawEntry::default()
                },
            ],
            claims: vec![RawClaim {
                id: 2,
                ..RawClaim::default()
            }],
            ..RawGrant::default()
        };
        let net = Place::Entry {
            id: 9,
            field: EntryField::Net,
        };
        assert_eq!(net.dom_id(), "entry-9-net");
        assert_eq!(net.json_path(&g), "entries[1].net");
        let gone = Place::Entry {
            id: 5,
            field: EntryField::InternalCharge,
        };
        assert_eq!(gone.dom_id(), "entry-5-internal-charge");
        assert_eq!(gone.json_path(&g), "entries[id=5].internal_charge_actual");
        let paid = Place::Claim {
            id: 2,
            field: ClaimField::PaidOn,
        };
        assert_eq!(
            (paid.dom_id().as_str(), paid.json_path(&g).as_str()),
            ("claim-2-paid-on", "claims[0].paid_on")
        );
        let ind = Place::Report {
            id: 3,
            field: ReportField::Indicator(7),
        };
        assert_eq!(ind.dom_id(), "report-3-indicator-7");
        assert_eq!(ind.json_path(&g), "reports[id=3].indicators.7");
        let w = Place::Final(FinalField::WaysOfWorking);
        assert_eq!(
            (w.dom_id().as_str(), w.json_path(&g).as_str()),
            ("final-ways-of-working", "final_report.ways_of_working")
        );
        assert_eq!(Place::Final(FinalField::Sent).json_path(&g), "final_report.sent_at");
    }

    /// Each enum's keys are distinct, snake case, and every field's DOM id and record path is the
    /// one the pages and the files have used (made from the variants' names before `key`).
    #[test]
    fn field_keys_are_distinct_and_the_ids_and_paths_stay() {
        fn distinct(keys: &[&'static str]) {
            let set: std::collections::HashSet<_> = keys.iter().collect();
            assert_eq!(set.len(), keys.len(), "{keys:?}");
            for k in keys {
                assert!(k.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{k}");
            }
        }
        distinct(&EntryField::ALL.map(|f| f.key()));
        distinct(&PeriodField::ALL.map(|f| f.key()));
        distinct(&ReportField::ALL.map(|f| f.key()));
        distinct(&ClaimField::ALL.map(|f| f.key()));
        distinct(&FinalField::ALL.map(|f| f.key()));

        // Each field's place with the DOM id and the record path it has always had.
        let g = RawGrant::default();
        let mut places: Vec<(Place, String, String)> = Vec::new();
        let entry = [
            ("date", "date"),
            ("voucher", "voucher"),
            ("category", "category"),
            ("bearer", "bearer"),
            ("description", "description"),
            ("net", "net"),
            ("vat", "vat"),
            ("internal-charge", "internal_charge_actual"),
            ("justification", "justification"),
        ];
        for (field, (id, path)) in EntryField::ALL.into_iter().zip(entry) {
            let place = Place::Entry { id: 1, field };
            places.push((place, format!("entry-1-{id}"), format!("entries[id=1].{path}")));
        }
        for (field, id) in PeriodField::ALL.into_iter().zip(["start", "end", "due"]) {
            let place = Place::Period { id: 1, field };
            places.push((place, format!("period-1-{id}"), format!("periods[id=1].{id}")));
        }
        let report = [
            ("period", "period"),
            ("progress", "progress"),
            ("impacts", "impacts"),
            ("indicator-0", "indicators.0"),
        ];
        for (field, (id, path)) in ReportField::ALL.into_iter().zip(report) {
            let place = Place::Report { id: 1, field };
            places.push((place, format!("report-1-{id}"), format!("reports[id=1].{path}")));
        }
        let claim = [
            ("until", "until"),
            ("amount", "amount"),
            ("last", "last"),
            ("paid", "paid"),
            ("paid-on", "paid_on"),
        ];
        for (field, (id, path)) in ClaimField::ALL.into_iter().zip(claim) {
            let place = Place::Claim { id: 1, field };
            places.push((place, format!("claim-1-{id}"), format!("claims[id=1].{path}")));
        }
        let last = [
            ("impact", "impact"),
            ("ways-of-working", "ways_of_working"),
            ("usability", "usability"),
            ("work-and-results", "work_and_results"),
            ("indicator-0", "indicators.0"),
            ("auditor-statement", "auditor_statement"),
            ("sent", "sent_at"),
        ];
        for (field, (id, path)) in FinalField::ALL.into_iter().zip(last) {
            places.push((
                Place::Final(field),
                format!("final-{id}"),
                format!("final_report.{path}"),
            ));
        }
        assert_eq!(places.len(), 9 + 3 + 4 + 5 + 7);
        for (place, id, path) in places {
            assert_eq!((place.dom_id(), place.json_path(&g)), (id, path), "{place:?}");
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let ids: std::collections::HashSet<_> = Rule::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(ids.len(), Rule::ALL.len());
    }
}
