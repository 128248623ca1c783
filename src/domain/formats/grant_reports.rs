//! The three files a granted project sends the ministry (docs/rules.md §11), each version 1 with a
//! committed JSON Schema (`schema/`):
//!
//! - `hakemus-interim-report`: one period's report (väliraportti): the period, the progress, the
//!   stage of the impacts, each indicator's baseline, target and value now, and the period's and
//!   the cumulative realised costs by category and by applicant (VAT-free, VAT and eligible apart)
//!   against the plan.
//! - `hakemus-payment-claim`: one claim (maksatushakemus): its number, the day its costs run to,
//!   the amount asked, whether it is the last, the claims before it with what was paid on each, and
//!   the figures `E`, `min(G, floor(s × E))`, `P` and what may be claimed.
//! - `hakemus-final-report`: the final report (loppuraportti) with the auditor's statement, the
//!   realised VAT-free total costs and the settlement (final grant, paid, last instalment, return).
//!
//! **Version 2** (docs/rules.md §12.2) adds `changes`: the project's change requests that the
//! ministry has decided, each with its decision, so that the plan in force (a later end, money
//! moved) is recomputed from the file as the lead's app computed it. Absent when there are none;
//! files of version 1 open as projects without changes.
//!
//! **Self-contained.** Each file carries what its sums are computed from, so that the receiving end
//! (`hakemus-check`) recomputes them without the browser: the project (id, name, lead, the
//! decision's grant and the share in force), the granted application itself as the application's
//! own file writes it (`application`: an `hakemus-application` envelope — not a summary of its
//! plan, because the rules read more of it than the plan: the applicants an entry may be borne by,
//! the project's period, the indicators, and for `decision-ratio` its planned eligible costs; with
//! the application the reader runs the very same rules on the very same input), the entries the
//! report counts (amounts as signed decimal strings, dates ISO, text not yet either in `unreadable`
//! by its path, as `formats::grant_partner` writes them), and the report as typed.
//!
//! **Recomputed.** The reader rebuilds a `RawGrant` from what the file carries, runs
//! `grant::review::review` on it, and compares every stated figure (`figures`, `project.share`)
//! with the recomputed one: a figure that differs is refused at its path with both amounts
//! ([`ReportError::FigureDiffers`]). A final report's statement is checked with
//! `grant::statement::verify` (size limit, PDF, SHA-256).

use crate::domain::draft::LineId;
use crate::domain::formats::application::{self, Envelope, Kind, TypedFields};
use crate::domain::formats::grant_partner;
use crate::domain::formats::partner::schema_text_of;
use crate::domain::formats::reader::{from_json, open, shape_error, ImportError, Note, Problem};
use crate::domain::formats::slug::{slug, Other};
use crate::domain::grant::finding::Message;
use crate::domain::grant::ledger::Totals;
use crate::domain::grant::model::{
    ChangeKind, Granted, RawChangePart, RawChangeRequest, RawClaim, RawEntry, RawFinalReport, RawGrant,
    RawInterimReport, RawPeriod,
};
use crate::domain::grant::periods::period_range;
use crate::domain::grant::report::{indicator_rows, plan};
use crate::domain::grant::review::{review, GrantReview};
use crate::domain::grant::statement;
use crate::domain::rules::budget::Sums;
use crate::domain::vocabulary::dates::{parse_date, parse_iso_date};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use time::Date;

pub const INTERIM_REPORT_FORMAT: &str = "hakemus-interim-report";
pub const PAYMENT_CLAIM_FORMAT: &str = "hakemus-payment-claim";
pub const FINAL_REPORT_FORMAT: &str = "hakemus-final-report";
/// The version this build writes and reads (all three files).
pub const VERSION: u64 = 2;
/// The committed JSON Schemas, equal to [`interim_report_schema`], [`payment_claim_schema`] and
/// [`final_report_schema`] (tested).
pub const INTERIM_REPORT_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-interim-report.schema.json");
pub const PAYMENT_CLAIM_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-payment-claim.schema.json");
pub const FINAL_REPORT_SCHEMA_JSON: &str = include_str!("../../../schema/hakemus-final-report.schema.json");

/// The granted project as each file names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Project {
    /// The project's id (`RawGrant::id`).
    #[schemars(length(min = 1))]
    pub id: String,
    /// The granted application's fingerprint as the decision names it (empty where unknown).
    #[schemars(regex(pattern = r"^$|^[0-9a-f]{64}$"))]
    pub fingerprint: String,
    /// The project's name as the application gives it.
    pub name: String,
    /// The lead applicant's name and business ID, as typed in the application.
    pub lead: String,
    pub lead_business_id: String,
    /// What the decision granted: the amount "at most" `G`, the group and the conditions, the call.
    pub granted: Granted,
    /// The share in force (recomputed and compared).
    pub share: ShareInForce,
}

/// The share the claims and the settlement apply: `numerator ÷ denominator`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ShareInForce {
    /// The call's setting in force: `call-maximum` or `decision-ratio`.
    #[schemars(extend("enum" = ["call-maximum", "decision-ratio"]))]
    pub setting: String,
    /// Our reading, not the call's words (docs/rules.md §11.5).
    pub assumed: bool,
    /// Decimal strings: `0.85` ÷ `1`, or the grant ÷ the planned eligible costs.
    pub numerator: String,
    pub denominator: String,
}

/// Sums as decimal strings (`-120.00` for a credit).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Amounts {
    /// Without VAT.
    #[schemars(regex(pattern = r"^-?(0|[1-9][0-9]*)\.[0-9]{2}$"))]
    pub net: String,
    #[schemars(regex(pattern = r"^-?(0|[1-9][0-9]*)\.[0-9]{2}$"))]
    pub vat: String,
    /// The eligible part of `net`.
    #[schemars(regex(pattern = r"^-?(0|[1-9][0-9]*)\.[0-9]{2}$"))]
    pub eligible: String,
}

/// Sums over all, by cost category (its id) and by applicant (its id in the application).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Breakdown {
    pub all: Amounts,
    pub by_category: BTreeMap<String, Amounts>,
    pub by_bearer: BTreeMap<String, Amounts>,
}

/// An indicator as a report states it: from the application, with the value typed now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct Indicator {
    pub id: LineId,
    pub name: String,
    pub baseline: String,
    pub target: String,
    pub now: String,
}

/// An interim report's figures: the plan (the granted application's budget), the period's and the
/// cumulative realised costs (to the period's last day), and the indicators.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct InterimFigures {
    pub plan: Breakdown,
    pub this_period: Breakdown,
    pub cumulative: Breakdown,
    pub indicators: Vec<Indicator>,
}

/// A claim's figures (decimal strings): `E`, `min(G, floor(s × E))`, `P`, what may be claimed and
/// what is asked (empty where the typed amount is not one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct ClaimFigures {
    pub eligible: String,
    pub cap: String,
    pub paid_before: String,
    pub may_claim: String,
    pub asked: String,
}

/// The settlement (decimal strings; all empty only where an amount no longer fits).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct SettlementFigures {
    pub grant: String,
    pub eligible: String,
    pub share_of_eligible: String,
    pub final_grant: String,
    pub paid: String,
    pub last_instalment: String,
    /// To be returned under valtionavustuslaki 20 §.
    pub to_return: String,
}

/// The final report's figures: the realised costs (VAT-free total `net`), the indicators' final
/// values, the settlement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("additionalProperties" = false))]
pub struct FinalFigures {
    pub realised: Amounts,
    pub indicators: Vec<Indicator>,
    pub settlement: SettlementFigures,
}

/// An interim report's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus interim report", extend("additionalProperties" = false))]
pub struct InterimReportFile {
    #[schemars(extend("const" = "hakemus-interim-report"))]
    pub format: String,
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    /// When the file was made, RFC 3339 in UTC; its date is the day the rules are checked on.
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub project: Project,
    /// The granted application, as its own file (`hakemus-application`) writes it.
    pub application: Envelope,
    /// The change requests decided, with their decisions (version 2; none: absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<RawChangeRequest>,
    /// The entries booked up to the period's last day.
    pub entries: Vec<RawEntry>,
    /// The report's period (ISO 8601).
    pub period: RawPeriod,
    pub report: RawInterimReport,
    /// Text in an entry's or the period's amount or date field that is not (yet) one, by path.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
    pub figures: InterimFigures,
}

/// A payment claim's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus payment claim", extend("additionalProperties" = false))]
pub struct PaymentClaimFile {
    #[schemars(extend("const" = "hakemus-payment-claim"))]
    pub format: String,
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub project: Project,
    pub application: Envelope,
    /// The change requests decided, with their decisions (version 2; none: absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<RawChangeRequest>,
    /// The entries the claim counts: booked up to its day (the last claim: all).
    pub entries: Vec<RawEntry>,
    /// The claim's number, 1 for the first.
    #[schemars(range(min = 1))]
    pub number: u64,
    /// The claims before it, each with what was paid on it (amounts as decimal strings, dates ISO).
    pub earlier_claims: Vec<RawClaim>,
    pub claim: RawClaim,
    /// When the final report was sent (RFC 3339; empty while not): the last claim comes after it.
    pub final_report_sent_at: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
    pub figures: ClaimFigures,
}

/// The final report's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Hakemus final report", extend("additionalProperties" = false))]
pub struct FinalReportFile {
    #[schemars(extend("const" = "hakemus-final-report"))]
    pub format: String,
    #[schemars(extend("const" = 2))]
    pub schema_version: u64,
    #[schemars(extend("format" = "date-time"))]
    pub exported_at: String,
    pub project: Project,
    pub application: Envelope,
    /// The change requests decided, with their decisions (version 2; none: absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<RawChangeRequest>,
    /// Every entry of the project's accounts.
    pub entries: Vec<RawEntry>,
    /// Every claim, with what was paid on it: the settlement's `P`.
    pub claims: Vec<RawClaim>,
    /// The report as typed, with the auditor's statement (PDF, base64, size and SHA-256).
    pub final_report: RawFinalReport,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unreadable: BTreeMap<String, String>,
    pub figures: FinalFigures,
}

/// The JSON Schemas as committed under `schema/`.
pub fn interim_report_schema() -> String {
    schema_text_of(schemars::schema_for!(InterimReportFile))
}
pub fn payment_claim_schema() -> String {
    schema_text_of(schemars::schema_for!(PaymentClaimFile))
}
pub fn final_report_schema() -> String {
    schema_text_of(schemars::schema_for!(FinalReportFile))
}

/// Why a report's file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// By the strict reader or a check of the file's own (ids, amounts, dates), with its place.
    Read(ImportError),
    /// A stated figure is not what the grant's rules compute from what the file carries.
    FigureDiffers {
        path: String,
        stated: String,
        recomputed: String,
    },
    /// The auditor's statement is refused (too large, not a PDF, not what its size and SHA-256 say).
    Statement { path: String, message: Message },
}

impl From<ImportError> for ReportError {
    fn from(e: ImportError) -> ReportError {
        ReportError::Read(e)
    }
}

impl ReportError {
    /// The place in the file, where there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            ReportError::Read(e) => e.path.as_deref(),
            ReportError::FigureDiffers { path, .. } | ReportError::Statement { path, .. } => Some(path),
        }
    }
}

/// A file as text: pretty-printed UTF-8 with a final newline.
pub fn to_json<T: Serialize>(file: &T) -> String {
    crate::domain::formats::partner::to_json(file)
}

/// `hakemus-interim-report-<project>-<period's end>.json` (ASCII).
pub fn interim_report_file_name(file: &InterimReportFile) -> String {
    name(INTERIM_REPORT_FORMAT, &file.project.name, &file.period.end)
}

/// `hakemus-payment-claim-<project>-<number>.json` (ASCII).
pub fn payment_claim_file_name(file: &PaymentClaimFile) -> String {
    name(PAYMENT_CLAIM_FORMAT, &file.project.name, &file.number.to_string())
}

/// `hakemus-final-report-<project>-<date made>.json` (ASCII).
pub fn final_report_file_name(file: &FinalReportFile) -> String {
    name(
        FINAL_REPORT_FORMAT,
        &file.project.name,
        file.exported_at.get(..10).unwrap_or(""),
    )
}

fn name(format: &str, project: &str, tail: &str) -> String {
    let parts: Vec<String> = [slug(project, Other::Separates), slug(tail, Other::Separates)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        format!("{format}.json")
    } else {
        format!("{format}-{}.json", parts.join("-"))
    }
}

/// Which of the three files a text is, by its `format`; `None` for anything else.
pub fn format_of(bytes: &[u8]) -> Option<&'static str> {
    let format = super::reader::format_name(bytes)?;
    [INTERIM_REPORT_FORMAT, PAYMENT_CLAIM_FORMAT, FINAL_REPORT_FORMAT]
        .into_iter()
        .find(|f| *f == format)
}

// ---- Writing ----------------------------------------------------------------------------------

/// The project without its rows: what every file's recomputation starts from (with the change
/// requests decided: the plan in force).
fn base(grant: &RawGrant) -> RawGrant {
    RawGrant {
        id: grant.id.clone(),
        fingerprint: grant.fingerprint.clone(),
        granted: grant.granted.clone(),
        application: grant.application.clone(),
        changes: decided_changes(grant),
        ..RawGrant::default()
    }
}

/// A change request's part as a file writes it: the fields of its kind only, an end ISO 8601, an
/// amount a decimal string (`None` where one is not yet a date or an amount).
pub fn canonical_part(p: &RawChangePart) -> Option<RawChangePart> {
    let mut out = RawChangePart {
        id: p.id,
        kind: p.kind,
        reason: p.reason.trim().to_string(),
        ..RawChangePart::default()
    };
    match p.kind {
        ChangeKind::EndDate => {
            let d = parse_date(p.end.trim())?;
            out.end = format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
        }
        ChangeKind::MoveMoney => {
            out.by = p.by;
            out.from = p.from.trim().to_string();
            out.to = p.to.trim().to_string();
            let t = p.amount.trim();
            out.amount = Money::parse_exchange(t)
                .or_else(|| Money::parse(t).ok())?
                .format_plain();
        }
        ChangeKind::Content => out.text = p.text.clone(),
    }
    Some(out)
}

/// The change requests the ministry has decided, as the report files carry them (each part as
/// [`canonical_part`] writes it, else as typed).
fn decided_changes(grant: &RawGrant) -> Vec<RawChangeRequest> {
    grant
        .changes
        .iter()
        .filter(|r| r.decision.is_some())
        .map(|r| RawChangeRequest {
            parts: r
                .parts
                .iter()
                .map(|p| canonical_part(p).unwrap_or_else(|| p.clone()))
                .collect(),
            ..r.clone()
        })
        .collect()
}

/// The granted application as its own file writes it, without a working copy: a project opened
/// before its plan was cleared of the lead's partner requests still sends none of them.
fn application_of(grant: &RawGrant, exported_at: &str) -> Envelope {
    let mut plan = grant.application.clone();
    plan.partner_requests.clear();
    plan.partner_of = None;
    application::export(&plan, exported_at)
}

/// The entries booked on or before `end` (none without an end: a report counts nothing then).
fn entries_until(grant: &RawGrant, end: Option<Date>) -> Vec<RawEntry> {
    let Some(end) = end else { return Vec::new() };
    grant
        .entries
        .iter()
        .filter(|e| parse_date(&e.date).is_some_and(|d| d <= end))
        .cloned()
        .collect()
}

/// The day the rules are checked on: the file's date (the day it was made).
fn day_of(exported_at: &str) -> Option<Date> {
    exported_at.get(..10).and_then(parse_iso_date)
}

pub(crate) fn project_of(grant: &RawGrant, r: &GrantReview) -> Project {
    let lead = grant.application.applicants.first();
    Project {
        id: grant.id.clone(),
        fingerprint: grant.fingerprint.clone(),
        name: grant.application.project.name().to_string(),
        // The register's name (in Finnish), else as typed, as the partners' files name it.
        lead: lead.map(grant_partner::name_of).unwrap_or_default(),
        lead_business_id: lead.map(|a| a.business_id.clone()).unwrap_or_default(),
        granted: grant.granted.clone(),
        share: share_of(r),
    }
}

fn share_of(r: &GrantReview) -> ShareInForce {
    ShareInForce {
        setting: r.share.setting.id().into(),
        assumed: r.share.assumed,
        numerator: r.share.numerator.normalize().to_string(),
        denominator: r.share.denominator.normalize().to_string(),
    }
}

fn plain(m: Money) -> String {
    m.format_plain()
}

fn amounts(s: &Sums) -> Amounts {
    Amounts {
        net: plain(s.net),
        vat: plain(s.vat),
        eligible: plain(s.eligible),
    }
}

fn breakdown<'a>(
    all: &Sums,
    by_category: impl IntoIterator<Item = (&'a crate::domain::vocabulary::call::CostCategory, &'a Sums)>,
    by_bearer: &BTreeMap<String, Sums>,
) -> Breakdown {
    Breakdown {
        all: amounts(all),
        by_category: by_category
            .into_iter()
            .map(|(c, s)| (c.id().to_string(), amounts(s)))
            .collect(),
        by_bearer: by_bearer.iter().map(|(b, s)| (b.clone(), amounts(s))).collect(),
    }
}

fn realised(t: &Totals) -> Breakdown {
    breakdown(&t.all, &t.by_category, &t.by_bearer)
}

fn indicators(grant: &RawGrant, values: &BTreeMap<LineId, String>) -> Vec<Indicator> {
    indicator_rows(grant, values)
        .into_iter()
        .map(|i| Indicator {
            id: i.id,
            name: i.name,
            baseline: i.baseline,
            target: i.target,
            now: i.now,
        })
        .collect()
}

/// An interim report's figures, as the rules compute them for the (only) report of `grant`.
fn interim_figures(grant: &RawGrant, r: &GrantReview) -> InterimFigures {
    let p = plan(grant);
    let (this_period, cumulative) = r
        .reports
        .first()
        .map(|f| (realised(&f.this_period), realised(&f.cumulative)))
        .unwrap_or_default();
    InterimFigures {
        plan: breakdown(&p.all, &p.by_category, &p.by_bearer),
        this_period,
        cumulative,
        indicators: grant
            .reports
            .first()
            .map(|rep| indicators(grant, &rep.indicators))
            .unwrap_or_default(),
    }
}

/// The last claim's figures of `grant` (the claim the file is of).
fn claim_figures(r: &GrantReview) -> ClaimFigures {
    r.claims
        .last()
        .map(|c| ClaimFigures {
            eligible: plain(c.eligible),
            cap: plain(c.cap),
            paid_before: plain(c.paid_before),
            may_claim: plain(c.may_claim),
            asked: c.asked.map(plain).unwrap_or_default(),
        })
        .unwrap_or_default()
}

fn final_figures(grant: &RawGrant, r: &GrantReview) -> FinalFigures {
    FinalFigures {
        realised: amounts(&r.ledger.totals.all),
        indicators: indicators(grant, &grant.final_report.indicators),
        settlement: r
            .settlement
            .map(|s| SettlementFigures {
                grant: plain(s.grant),
                eligible: plain(s.eligible),
                share_of_eligible: plain(s.share_of_eligible),
                final_grant: plain(s.final_grant),
                paid: plain(s.paid),
                last_instalment: plain(s.last_instalment),
                to_return: plain(s.to_return),
            })
            .unwrap_or_default(),
    }
}

/// A claim's amount and date fields, under `prefix` (`claim`, `earlier_claims[0]`).
fn claim_fields<'a>(prefix: &str, c: &'a mut RawClaim, fields: &mut TypedFields<'a>) {
    fields.push((format!("{prefix}.until"), Kind::Date, &mut c.until));
    fields.push((format!("{prefix}.amount"), Kind::Amount, &mut c.amount));
    fields.push((format!("{prefix}.paid"), Kind::Amount, &mut c.paid));
    fields.push((format!("{prefix}.paid_on"), Kind::Date, &mut c.paid_on));
}

fn claims_fields<'a>(prefix: &str, claims: &'a mut [RawClaim], fields: &mut TypedFields<'a>) {
    for (i, c) in claims.iter_mut().enumerate() {
        claim_fields(&format!("{prefix}[{i}]"), c, fields);
    }
}

fn period_fields(p: &mut RawPeriod) -> TypedFields<'_> {
    vec![
        ("period.start".to_string(), Kind::Date, &mut p.start),
        ("period.end".to_string(), Kind::Date, &mut p.end),
        ("period.due".to_string(), Kind::Date, &mut p.due),
    ]
}

/// The entries and the other typed fields as files write them; what is neither goes to the one
/// `unreadable` map by its path.
fn canonical(entries: &mut [RawEntry], fields: TypedFields<'_>) -> BTreeMap<String, String> {
    let mut unreadable = grant_partner::canonical(entries);
    unreadable.extend(application::canonical(fields));
    unreadable
}

/// The reverse of [`canonical`] on reading, into the fields as `lang` writes them.
fn restore(
    entries: &mut [RawEntry],
    fields: TypedFields<'_>,
    unreadable: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<(), ImportError> {
    let (of_entries, others): (BTreeMap<_, _>, BTreeMap<_, _>) = unreadable
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .partition(|(k, _)| k.starts_with("entries["));
    grant_partner::restore(entries, &of_entries, lang)?;
    application::restore(fields, &others, "unreadable", lang)
}

/// The file of the interim report `report_id`; `None` without that report or its period.
pub fn interim_report(grant: &RawGrant, report_id: LineId, exported_at: &str) -> Option<InterimReportFile> {
    let report = grant.reports.iter().find(|r| r.id == report_id)?;
    let period = grant.periods.iter().find(|p| p.id == report.period)?;
    let sub = RawGrant {
        entries: entries_until(grant, period_range(period).map(|(_, e)| e)),
        periods: vec![period.clone()],
        reports: vec![report.clone()],
        ..base(grant)
    };
    let r = review(&sub, day_of(exported_at).unwrap_or(Date::MIN));
    let figures = interim_figures(&sub, &r);
    let project = project_of(grant, &r);
    let (mut entries, mut period) = (sub.entries, period.clone());
    let unreadable = canonical(&mut entries, period_fields(&mut period));
    Some(InterimReportFile {
        format: INTERIM_REPORT_FORMAT.into(),
        schema_version: VERSION,
        exported_at: exported_at.into(),
        project,
        application: application_of(grant, exported_at),
        changes: sub.changes.clone(),
        entries,
        period,
        report: report.clone(),
        unreadable,
        figures,
    })
}

/// The file of the claim `claim_id` (numbered by its place among the claims); `None` without it.
pub fn payment_claim(grant: &RawGrant, claim_id: LineId, exported_at: &str) -> Option<PaymentClaimFile> {
    let n = grant.claims.iter().position(|c| c.id == claim_id)?;
    let claim = &grant.claims[n];
    let entries = if claim.last {
        grant.entries.clone()
    } else {
        entries_until(grant, parse_date(&claim.until))
    };
    let mut sub = RawGrant {
        entries,
        claims: grant.claims[..=n].to_vec(),
        ..base(grant)
    };
    if claim.last {
        sub.final_report.sent_at = grant.final_report.sent_at.clone();
    }
    let r = review(&sub, day_of(exported_at).unwrap_or(Date::MIN));
    let figures = claim_figures(&r);
    let project = project_of(grant, &r);
    let changes = std::mem::take(&mut sub.changes);
    let mut earlier = grant.claims[..n].to_vec();
    let mut this = claim.clone();
    let mut entries = sub.entries;
    let mut fields = Vec::new();
    claims_fields("earlier_claims", &mut earlier, &mut fields);
    claim_fields("claim", &mut this, &mut fields);
    let unreadable = canonical(&mut entries, fields);
    Some(PaymentClaimFile {
        format: PAYMENT_CLAIM_FORMAT.into(),
        schema_version: VERSION,
        exported_at: exported_at.into(),
        project,
        application: application_of(grant, exported_at),
        changes,
        entries,
        number: n as u64 + 1,
        earlier_claims: earlier,
        claim: this,
        final_report_sent_at: sub.final_report.sent_at,
        unreadable,
        figures,
    })
}

/// The final report's file: every entry, every claim, the report and the settlement.
pub fn final_report(grant: &RawGrant, exported_at: &str) -> FinalReportFile {
    let sub = RawGrant {
        entries: grant.entries.clone(),
        claims: grant.claims.clone(),
        final_report: grant.final_report.clone(),
        ..base(grant)
    };
    let r = review(&sub, day_of(exported_at).unwrap_or(Date::MIN));
    let figures = final_figures(&sub, &r);
    let project = project_of(grant, &r);
    let (mut entries, mut claims) = (sub.entries, sub.claims);
    let mut fields = Vec::new();
    claims_fields("claims", &mut claims, &mut fields);
    let unreadable = canonical(&mut entries, fields);
    FinalReportFile {
        format: FINAL_REPORT_FORMAT.into(),
        schema_version: VERSION,
        exported_at: exported_at.into(),
        project,
        application: application_of(grant, exported_at),
        changes: sub.changes,
        entries,
        claims,
        final_report: sub.final_report,
        unreadable,
        figures,
    }
}

// ---- Reading ----------------------------------------------------------------------------------

/// A report's file read back: the file as written, the project rebuilt from it (amounts and dates
/// as `lang` writes them), and what the grant's rules say of it (the figures recomputed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read<F> {
    pub file: F,
    pub notes: Vec<Note>,
    pub grant: RawGrant,
    pub review: GrantReview,
}

/// What every file shares: when it was made, the project, the application, the entries.
struct Parts<'a> {
    exported_at: &'a str,
    project: &'a Project,
    application: &'a Envelope,
    changes: &'a [RawChangeRequest],
    entries: &'a [RawEntry],
}

/// The strict reader, then the checks every file shares: its date, the project's id and
/// fingerprint, the application through its own reader (refusals placed under `application`), the
/// entries' ids. Returns the file, its notes, its day, and the project rebuilt from it with the
/// entries as written (the caller restores them with its own fields, [`restore`]).
fn open_file<F: DeserializeOwned>(
    bytes: &[u8],
    format: &'static str,
    lang: Lang,
    parts: impl FnOnce(&F) -> Parts<'_>,
) -> Result<(F, Vec<Note>, Date, RawGrant), ReportError> {
    let (text, scan, _version) = open(bytes, format, VERSION)?;
    let file: F = from_json(text).map_err(shape_error)?;
    let Parts {
        exported_at,
        project,
        application: envelope,
        changes,
        entries,
    } = parts(&file);
    let day = day_of(exported_at).ok_or_else(|| {
        ImportError::at(
            "exported_at",
            Problem::NotADate {
                text: exported_at.into(),
            },
        )
    })?;
    if project.id.trim().is_empty() {
        return Err(ImportError::at("project.id", Problem::MissingId).into());
    }
    if !project.fingerprint.is_empty() {
        application::check_fingerprint(&project.fingerprint, || "project.fingerprint".into())?;
    }
    let application = application::import(application::to_json(envelope).as_bytes(), lang)
        .map_err(|e| ImportError {
            path: Some(match e.path {
                Some(p) => format!("application.{p}"),
                None => "application".into(),
            }),
            problem: e.problem,
        })?
        .draft;
    for (i, e) in entries.iter().enumerate() {
        if e.id == 0 || entries[..i].iter().any(|o| o.id == e.id) {
            return Err(ImportError::at(format!("entries[{i}].id"), Problem::MissingId).into());
        }
    }
    check_changes_carried(changes)?;
    let grant = RawGrant {
        id: project.id.clone(),
        fingerprint: project.fingerprint.clone(),
        granted: project.granted.clone(),
        application,
        changes: changes.to_vec(),
        entries: entries.to_vec(),
        ..RawGrant::default()
    };
    Ok((file, scan.notes, day, grant))
}

/// The change requests a report carries: each decided, with ids, every part decided once and each
/// decision naming a part of its request; a value put in force readable (an end ISO 8601, an amount
/// a decimal string).
fn check_changes_carried(changes: &[RawChangeRequest]) -> Result<(), ImportError> {
    let invalid = |path: String, detail: &str| ImportError::at(path, Problem::Invalid { detail: detail.into() });
    for (i, r) in changes.iter().enumerate() {
        let at = format!("changes[{i}]");
        if r.id == 0 || changes[..i].iter().any(|o| o.id == r.id) {
            return Err(ImportError::at(format!("{at}.id"), Problem::MissingId));
        }
        let Some(d) = &r.decision else {
            return Err(invalid(format!("{at}.decision"), "a change not decided"));
        };
        for (j, p) in r.parts.iter().enumerate() {
            if p.id == 0 || r.parts[..j].iter().any(|o| o.id == p.id) {
                return Err(ImportError::at(format!("{at}.parts[{j}].id"), Problem::MissingId));
            }
            let canonical = canonical_part(p);
            if canonical.as_ref().map(|c| (&c.end, &c.amount)) != Some((&p.end, &p.amount)) {
                let field = if p.kind == ChangeKind::EndDate { "end" } else { "amount" };
                return Err(invalid(format!("{at}.parts[{j}].{field}"), "not as a file writes it"));
            }
        }
        for (j, x) in d.parts.iter().enumerate() {
            let path = |f: &str| format!("{at}.decision.parts[{j}].{f}");
            if !r.parts.iter().any(|p| p.id == x.part) || d.parts[..j].iter().any(|o| o.part == x.part) {
                return Err(invalid(path("part"), "not a part of the request, or decided twice"));
            }
            if !x.end.is_empty() && (x.end.len() != 10 || parse_iso_date(&x.end).is_none()) {
                return Err(ImportError::at(path("end"), Problem::NotADate { text: x.end.clone() }));
            }
            if !x.amount.is_empty() && Money::parse_exchange(&x.amount).is_none() {
                return Err(ImportError::at(
                    path("amount"),
                    Problem::NotAnAmount { text: x.amount.clone() },
                ));
            }
        }
    }
    Ok(())
}

/// Runs the grant's rules on the project rebuilt from a file and compares the share and the
/// figures it states (`stated`) with those the rules give (`figures`).
fn recomputed<F, T: Serialize>(
    file: F,
    notes: Vec<Note>,
    day: Date,
    mut grant: RawGrant,
    stated: impl FnOnce(&F) -> (&ShareInForce, &T),
    figures: impl FnOnce(&RawGrant, &GrantReview) -> T,
) -> Result<Read<F>, ReportError> {
    grant.repair_ids();
    let r = review(&grant, day);
    compare(stated(&file), (&share_of(&r), &figures(&grant, &r)))?;
    Ok(Read {
        file,
        notes,
        grant,
        review: r,
    })
}

/// The first stated value that is not the recomputed one, by its path (`figures.cumulative.all.net`);
/// a value stated where none is computed, or missing where one is, differs from nothing (empty).
fn differs(path: &str, stated: &Value, recomputed: &Value) -> Option<ReportError> {
    match (stated, recomputed) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter().find_map(|k| {
                differs(
                    &format!("{path}.{k}"),
                    a.get(k).unwrap_or(&Value::Null),
                    b.get(k).unwrap_or(&Value::Null),
                )
            })
        }
        (Value::Array(a), Value::Array(b)) => (0..a.len().max(b.len())).find_map(|i| {
            differs(
                &format!("{path}[{i}]"),
                a.get(i).unwrap_or(&Value::Null),
                b.get(i).unwrap_or(&Value::Null),
            )
        }),
        (a, b) if a == b => None,
        (a, b) => {
            let text = |v: &Value| match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                v => v.to_string(),
            };
            Some(ReportError::FigureDiffers {
                path: path.into(),
                stated: text(a),
                recomputed: text(b),
            })
        }
    }
}

/// Compares the stated share and figures with the recomputed ones.
fn compare<T: Serialize>(stated: (&ShareInForce, &T), recomputed: (&ShareInForce, &T)) -> Result<(), ReportError> {
    fn json(v: &impl Serialize) -> Value {
        serde_json::to_value(v).expect("figures are plain JSON")
    }
    match differs("project.share", &json(stated.0), &json(recomputed.0)) {
        Some(e) => Err(e),
        None => differs("figures", &json(stated.1), &json(recomputed.1)).map_or(Ok(()), Err),
    }
}

/// Reads an interim report's file and recomputes its figures.
pub fn read_interim_report(bytes: &[u8], lang: Lang) -> Result<Read<InterimReportFile>, ReportError> {
    let (file, notes, day, mut grant) = open_file(bytes, INTERIM_REPORT_FORMAT, lang, |f: &InterimReportFile| Parts {
        exported_at: &f.exported_at,
        project: &f.project,
        application: &f.application,
        changes: &f.changes,
        entries: &f.entries,
    })?;
    if file.report.period != file.period.id {
        return Err(ImportError::at(
            "report.period",
            Problem::Invalid {
                detail: "not the id of the file's period".into(),
            },
        )
        .into());
    }
    let mut period = file.period.clone();
    restore(&mut grant.entries, period_fields(&mut period), &file.unreadable, lang)?;
    grant.periods = vec![period];
    grant.reports = vec![file.report.clone()];
    recomputed(
        file,
        notes,
        day,
        grant,
        |f| (&f.project.share, &f.figures),
        interim_figures,
    )
}

/// Reads a payment claim's file and recomputes its figures.
pub fn read_payment_claim(bytes: &[u8], lang: Lang) -> Result<Read<PaymentClaimFile>, ReportError> {
    let (file, notes, day, mut grant) = open_file(bytes, PAYMENT_CLAIM_FORMAT, lang, |f: &PaymentClaimFile| Parts {
        exported_at: &f.exported_at,
        project: &f.project,
        application: &f.application,
        changes: &f.changes,
        entries: &f.entries,
    })?;
    if file.number != file.earlier_claims.len() as u64 + 1 {
        return Err(ImportError::at(
            "number",
            Problem::Invalid {
                detail: "not one more than the claims before it".into(),
            },
        )
        .into());
    }
    let (mut earlier, mut this) = (file.earlier_claims.clone(), file.claim.clone());
    let mut fields = Vec::new();
    claims_fields("earlier_claims", &mut earlier, &mut fields);
    claim_fields("claim", &mut this, &mut fields);
    restore(&mut grant.entries, fields, &file.unreadable, lang)?;
    earlier.push(this);
    grant.claims = earlier;
    grant.final_report.sent_at = file.final_report_sent_at.clone();
    recomputed(
        file,
        notes,
        day,
        grant,
        |f| (&f.project.share, &f.figures),
        |_, r| claim_figures(r),
    )
}

/// Reads a final report's file: its figures and settlement recomputed, its statement verified.
pub fn read_final_report(bytes: &[u8], lang: Lang) -> Result<Read<FinalReportFile>, ReportError> {
    let (file, notes, day, mut grant) = open_file(bytes, FINAL_REPORT_FORMAT, lang, |f: &FinalReportFile| Parts {
        exported_at: &f.exported_at,
        project: &f.project,
        application: &f.application,
        changes: &f.changes,
        entries: &f.entries,
    })?;
    let mut claims = file.claims.clone();
    let mut fields = Vec::new();
    claims_fields("claims", &mut claims, &mut fields);
    restore(&mut grant.entries, fields, &file.unreadable, lang)?;
    grant.claims = claims;
    grant.final_report = file.final_report.clone();
    let read = recomputed(
        file,
        notes,
        day,
        grant,
        |f| (&f.project.share, &f.figures),
        final_figures,
    )?;
    if let Some(a) = &read.file.final_report.auditor_statement {
        statement::verify(a, read.review.phase).map_err(|message| ReportError::Statement {
            path: "final_report.auditor_statement".into(),
            message,
        })?;
    }
    Ok(read)
}

// ---- Which file ------------------------------------------------------------------------------

/// Which of the grantee's files a received text is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// `hakemus-interim-report`.
    #[default]
    InterimReport,
    /// `hakemus-payment-claim`.
    PaymentClaim,
    /// `hakemus-final-report`.
    FinalReport,
}

impl ReportKind {
    /// The file's `format`.
    pub fn format(self) -> &'static str {
        match self {
            ReportKind::InterimReport => INTERIM_REPORT_FORMAT,
            ReportKind::PaymentClaim => PAYMENT_CLAIM_FORMAT,
            ReportKind::FinalReport => FINAL_REPORT_FORMAT,
        }
    }

    pub fn of_format(format: &str) -> Option<ReportKind> {
        [
            ReportKind::InterimReport,
            ReportKind::PaymentClaim,
            ReportKind::FinalReport,
        ]
        .into_iter()
        .find(|k| k.format() == format)
    }
}

/// A received report's text read by its own strict reader, its figures recomputed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Interim(Box<Read<InterimReportFile>>),
    Claim(Box<Read<PaymentClaimFile>>),
    Final(Box<Read<FinalReportFile>>),
}

impl Opened {
    pub fn project(&self) -> &Project {
        match self {
            Opened::Interim(r) => &r.file.project,
            Opened::Claim(r) => &r.file.project,
            Opened::Final(r) => &r.file.project,
        }
    }
    /// The project as rebuilt from the file (its entries, claims, report).
    pub fn grant(&self) -> &RawGrant {
        match self {
            Opened::Interim(r) => &r.grant,
            Opened::Claim(r) => &r.grant,
            Opened::Final(r) => &r.grant,
        }
    }
    pub fn exported_at(&self) -> &str {
        match self {
            Opened::Interim(r) => &r.file.exported_at,
            Opened::Claim(r) => &r.file.exported_at,
            Opened::Final(r) => &r.file.exported_at,
        }
    }
    pub fn kind(&self) -> ReportKind {
        match self {
            Opened::Interim(_) => ReportKind::InterimReport,
            Opened::Claim(_) => ReportKind::PaymentClaim,
            Opened::Final(_) => ReportKind::FinalReport,
        }
    }
    /// The entries the file counts, as it writes them (ISO dates, decimal amounts).
    pub fn entries(&self) -> &[RawEntry] {
        match self {
            Opened::Interim(r) => &r.file.entries,
            Opened::Claim(r) => &r.file.entries,
            Opened::Final(r) => &r.file.entries,
        }
    }
    /// The file as its own format writes it: a completed report carried in a completion answer is
    /// kept by the ministry as this text (`formats::completion`).
    pub fn to_json(&self) -> String {
        match self {
            Opened::Interim(r) => to_json(&r.file),
            Opened::Claim(r) => to_json(&r.file),
            Opened::Final(r) => to_json(&r.file),
        }
    }
}

/// Reads one of the grantee's three files (by its `format`) with its own reader.
pub fn open_report(bytes: &[u8], lang: Lang) -> Result<Opened, ReportError> {
    let kind = format_of(bytes).and_then(ReportKind::of_format);
    match kind {
        Some(ReportKind::InterimReport) => read_interim_report(bytes, lang).map(|r| Opened::Interim(r.into())),
        Some(ReportKind::PaymentClaim) => read_payment_claim(bytes, lang).map(|r| Opened::Claim(r.into())),
        Some(ReportKind::FinalReport) => read_final_report(bytes, lang).map(|r| Opened::Final(r.into())),
        None => Err(ReportError::Read(ImportError::whole(Problem::NotAnExport {
            expected: INTERIM_REPORT_FORMAT,
        }))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn at(e: Option<ReportError>) -> Option<(String, String, String)> {
        e.map(|e| match e {
            ReportError::FigureDiffers {
                path,
                stated,
                recomputed,
            } => (path, stated, recomputed),
            other => panic!("{other:?}"),
        })
    }

    #[test]
    fn the_first_figure_that_differs_is_named_by_its_path_with_both_values() {
        let computed =
            json!({"all": {"net": "10.00"}, "by_category": {"personnel": {"net": "10.00"}}, "rows": ["1.00"]});
        assert_eq!(differs("figures", &computed, &computed), None);
        let stated = json!({"all": {"net": "10.00"}, "by_category": {"personnel": {"net": "10.01"}}, "rows": ["1.00"]});
        assert_eq!(
            at(differs("figures", &stated, &computed)),
            Some((
                "figures.by_category.personnel.net".into(),
                "10.01".into(),
                "10.00".into()
            ))
        );
        // A category stated that the rules do not compute, and a row missing, differ from nothing.
        let stated = json!({"all": {"net": "10.00"}, "by_category": {"personnel": {"net": "10.00"}, "travel": {"net": "0.00"}}, "rows": ["1.00"]});
        assert_eq!(
            at(differs("figures", &stated, &computed)),
            Some((
                "figures.by_category.travel".into(),
                "{\"net\":\"0.00\"}".into(),
                String::new()
            ))
        );
        let stated = json!({"all": {"net": "10.00"}, "by_category": {"personnel": {"net": "10.00"}}, "rows": []});
        assert_eq!(
            at(differs("figures", &stated, &computed)),
            Some(("figures.rows[0]".into(), String::new(), "1.00".into()))
        );
    }

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(
            name(INTERIM_REPORT_FORMAT, "Sähköiset lomakkeet", "2020-06-30"),
            "hakemus-interim-report-sahkoiset-lomakkeet-2020-06-30.json"
        );
        assert_eq!(name(FINAL_REPORT_FORMAT, "", ""), "hakemus-final-report.json");
    }
}
