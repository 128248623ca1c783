//! `hakemus-check`: checks the app's files with the app's own rules, for the receiving end:
//!
//! - exported applications, and the partners' request and contribution files;
//! - funding proposals (`hakemus-decision`);
//! - the first phase's files (initiatives, expressions of interest and the workshop's candidate
//!   joint projects);
//! - a granted project's partners' entries (`hakemus-ledger-request`, `hakemus-ledger-contribution`)
//!   and its reports (`hakemus-interim-report`, `hakemus-payment-claim`, `hakemus-final-report`:
//!   every figure recomputed from what the file carries, then printed with the grant's findings and
//!   the changes in force);
//! - further clarification of a deferred application (`hakemus-clarification-request`,
//!   `hakemus-clarification`: an answer is checked against its request when the request's file is
//!   given on the same command line, else for what the answer alone shows);
//! - changes during the project (`hakemus-change-request`, `hakemus-change-decision`);
//! - completion of a received report (`hakemus-completion-request`, `hakemus-completion`: the answer's
//!   completed report read by its own reader, its figures recomputed, and each question asked and
//!   left unanswered or an answer after the deadline a warning);
//! - the ministry's follow-up of its grants (`hakemus-follow-up`: each grant's figures, reports by
//!   period, settlement, the payment list's total and the programme's totals, with their findings).
//!
//! Prints each file's findings (for a partner's file, those about its part, by their place in that
//! file); exits with status 1 when any file is refused or has errors, 2 on wrong usage.
//!
//! An initiative or an interest is checked against its phase's deadline on the day it was sent, the
//! date of its `exported_at` (not the day it is checked: every file is checked after the phase);
//! a candidate project's initiatives and interests are checked for their content, their dates
//! having been checked as each came in.
//!
//!     cargo run --release --bin hakemus-check -- [--lang fi|sv|en] FILE...

use hakemus::domain::draft::{RawApplicant, RawDraft};
use hakemus::domain::formats::application::{import, resolved};
use hakemus::domain::formats::clarification;
use hakemus::domain::formats::completion;
use hakemus::domain::formats::decision;
use hakemus::domain::formats::grant_change as changes;
use hakemus::domain::formats::grant_partner as ledger;
use hakemus::domain::formats::grant_reports as reports;
use hakemus::domain::formats::initiative as first_phase;
use hakemus::domain::formats::partner::{self, part_draft, part_path};
use hakemus::domain::formats::reader::{ImportError, Note};
use hakemus::domain::initiative::model::RawOnBoard;
use hakemus::domain::initiative::rules::{self as phase_rules, Finding as PhaseFinding};
use hakemus::domain::reviewer::decision as proposal;
use hakemus::domain::rules::analysis::analyse;
use hakemus::domain::rules::finding::Severity;
use hakemus::domain::rules::partners::in_part;
use hakemus::domain::vocabulary::locale::Lang;
use hakemus::i18n;
use hakemus::i18n::reviewer::R;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut lang = Lang::Fi;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::from_tag) {
                Some(l) => lang = l,
                None => return usage(),
            },
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return usage();
    }
    let mut failed = false;
    for file in &files {
        failed |= !check(file, lang, &files);
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

const USAGE: &str = "usage: hakemus-check [--lang fi|sv|en] FILE...\n\
Checks exported Hakemus application files, partners' request and contribution files, funding\n\
proposals, initiatives for joint projects, expressions of interest and candidate joint projects,\n\
a granted project's partners' entries (ledger requests and contributions) and its interim reports,\n\
payment claims and final report (every figure recomputed), its change requests and the ministry's\n\
decisions on them, requests for further clarification and their answers (an answer is checked\n\
against its request when both files are given), requests to complete a report and their answers,\n\
and the ministry's follow-up of its grants, with the app's rules.\n\
Exit status 0 when every file is readable and has no errors, 1 otherwise.\n";

fn usage() -> ExitCode {
    eprint!("{USAGE}");
    ExitCode::from(2)
}

/// Prints the file's findings; `true` when it is readable and has no errors. `files` are all the
/// files given (an answer to a clarification request is checked against its request among them).
fn check(file: &str, lang: Lang, files: &[String]) -> bool {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            println!("{file}: {}: {e}", R::SeverityError.get(lang));
            return false;
        }
    };
    if partner::format_of(&bytes) == Some(decision::FORMAT) {
        return check_decision(file, &bytes, lang);
    }
    if let Some(format) = first_phase::format_of(&bytes) {
        return check_first_phase(file, &bytes, format, lang);
    }
    if let Some(format) = ledger::format_of(&bytes) {
        return check_ledger(file, &bytes, format, lang);
    }
    if let Some(format) = reports::format_of(&bytes) {
        return check_report(file, &bytes, format, lang);
    }
    if let Some(format) = clarification::format_of(&bytes) {
        return check_clarification(file, &bytes, format, lang, files);
    }
    if let Some(format) = completion::format_of(&bytes) {
        return check_completion(file, &bytes, format, lang);
    }
    if let Some(format) = changes::format_of(&bytes) {
        return check_change(file, &bytes, format, lang);
    }
    if hakemus::domain::formats::follow_up::is_follow_up(&bytes) {
        return check_follow_up(file, &bytes, lang);
    }
    // What the file is, by its `format`; anything else is read as an application (and refused as one).
    let read: Result<(RawDraft, Vec<Note>, bool), ImportError> = match partner::format_of(&bytes) {
        Some(partner::REQUEST_FORMAT) => {
            partner::read_request(&bytes, lang).map(|r| (r.partner_draft(), r.notes, true))
        }
        Some(partner::CONTRIBUTION_FORMAT) => partner::read_contribution(&bytes, lang)
            .map(|c| (part_draft(&c.file.call, &c.file.part, None), c.notes, true)),
        _ => import(&bytes, lang).map(|i| (i.draft, i.notes, false)),
    };
    let (draft, notes, part) = match read {
        Ok(r) => r,
        Err(e) => return refused(file, lang, &e),
    };
    // Each applicant's municipality as typed and as the register names it (as the files carry it).
    let mut applicants: Vec<(String, &RawApplicant)> = Vec::new();
    if part {
        if let Some(lead) = draft.partner_of.as_ref().map(|o| &o.lead).filter(|l| l.id != 0) {
            applicants.push(("lead".into(), lead));
        }
        applicants.extend(draft.applicants.first().map(|a| ("part.applicant".to_string(), a)));
    } else {
        applicants.extend(
            draft
                .applicants
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("application.applicants[{i}]"), a)),
        );
    }
    for (place, a) in applicants {
        if let Some(m) = resolved(a) {
            let place = format!("{place}.municipality");
            println!(
                "{file}: {}",
                i18n::check_municipality(lang, &place, &a.municipality, &m)
            );
        }
    }
    for note in &notes {
        println!(
            "{file}: {}: {}",
            R::SeverityWarning.get(lang),
            i18n::import_note(lang, note)
        );
    }
    let analysis = analyse(&draft);
    let findings: Vec<_> = analysis.findings.iter().filter(|f| !part || in_part(f)).collect();
    for f in &findings {
        let severity = match f.severity {
            Severity::Error => R::SeverityError,
            Severity::Warning => R::SeverityWarning,
        }
        .get(lang);
        let place = f.path.json_path(&draft);
        let place = if part { part_path(&place) } else { place };
        let source = f
            .citation
            .map(|c| format!(" [{}]", i18n::citation(lang, c)))
            .unwrap_or_default();
        println!(
            "{file}: {severity} {}: {place}: {}{source}",
            f.rule.as_str(),
            i18n::finding_message(lang, f)
        );
    }
    let errors = findings.iter().filter(|f| f.is_error()).count();
    let warnings = findings.len() - errors + notes.len();
    println!("{file}: {}", i18n::check_counts(lang, errors, warnings));
    errors == 0
}

/// A funding proposal: read strictly, then its findings (amounts, the appropriation, departures
/// from the ranking) by their place in the file.
fn check_decision(file: &str, bytes: &[u8], lang: Lang) -> bool {
    let imported = match decision::import(bytes, lang) {
        Ok(i) => i,
        Err(e) => return refused(file, lang, &e),
    };
    let p = &imported.proposal;
    let analysis = proposal::analyse(p);
    for f in &analysis.findings {
        let severity = match f.severity {
            Severity::Error => R::SeverityError,
            Severity::Warning => R::SeverityWarning,
        }
        .get(lang);
        println!(
            "{file}: {severity}: {}: {}",
            f.place.json_path(),
            i18n::decision::problem(lang, &f.problem, p)
        );
    }
    let errors = analysis.errors().count();
    println!(
        "{file}: {}",
        i18n::check_counts(lang, errors, analysis.findings.len() - errors)
    );
    errors == 0
}

/// A partner's entries of a granted project (a request or a contribution): read strictly (ids, every
/// entry the partner's, amounts and dates as files write them), then each entry's date or amount
/// that is not yet one, as a warning by its place, and the entries' sums without VAT and of VAT,
/// each credit counted with its sign.
fn check_ledger(file: &str, bytes: &[u8], format: &str, lang: Lang) -> bool {
    use hakemus::domain::formats::reader::Problem;
    use hakemus::domain::vocabulary::dates::parse_date;
    use hakemus::domain::vocabulary::money::Money;
    let read = match format {
        ledger::LEDGER_REQUEST_FORMAT => ledger::read_request(bytes, lang).map(|r| (r.file.entries, r.notes)),
        _ => ledger::read_contribution(bytes, lang).map(|c| (c.file.entries, c.notes)),
    };
    let (entries, notes) = match read {
        Ok(r) => r,
        Err(e) => return refused(file, lang, &e),
    };
    let warning = R::SeverityWarning.get(lang);
    for note in &notes {
        println!("{file}: {warning}: {}", i18n::import_note(lang, note));
    }
    let mut warnings = notes.len();
    let (mut net, mut vat) = (Money::ZERO, Money::ZERO);
    for (i, e) in entries.iter().enumerate() {
        let mut problems = Vec::new();
        if !e.date.trim().is_empty() && parse_date(&e.date).is_none() {
            problems.push(("date", Problem::NotADate { text: e.date.clone() }));
        }
        for (field, text, sum) in [("net", &e.net, &mut net), ("vat", &e.vat, &mut vat)] {
            if text.trim().is_empty() {
                continue;
            }
            match Money::parse_signed(text).ok().and_then(|m| sum.checked_add(m)) {
                Some(s) => *sum = s,
                None => problems.push((field, Problem::NotAnAmount { text: text.clone() })),
            }
        }
        for (field, problem) in problems {
            let e = ImportError {
                path: Some(format!("entries[{i}].{field}")),
                problem,
            };
            println!("{file}: {warning}: {}", i18n::import_error(lang, &e));
            warnings += 1;
        }
    }
    println!("{file}: {}: {}", i18n::T::TotalCosts.get(lang), net.format(lang));
    println!("{file}: {}: {}", i18n::T::TotalVat.get(lang), vat.format(lang));
    println!("{file}: {}", i18n::check_counts(lang, 0, warnings));
    true
}

/// A granted project's interim report, payment claim or final report: read strictly, every stated
/// figure recomputed from what the file carries (a figure that differs refuses the file at its
/// place), then the recomputed figures and the grant's findings that concern the report, by their
/// place in the file.
fn check_report(file: &str, bytes: &[u8], format: &str, lang: Lang) -> bool {
    use hakemus::domain::grant::finding::Finding;
    use hakemus::domain::grant::review::GrantReview;
    use hakemus::i18n::grant_reports::{amount, label, report_error, Label as L};
    use hakemus::i18n::grant_rules;
    let refused_here = |e: reports::ReportError| {
        println!("{file}: {}: {}", R::SeverityError.get(lang), report_error(lang, &e));
        false
    };
    let line = |l: L, text: &str| println!("{file}: {}: {}", label(lang, l), amount(lang, text));
    let sums = |l: L, a: &reports::Amounts| {
        println!(
            "{file}: {}: {} ({}: {})",
            label(lang, l),
            amount(lang, &a.net),
            label(lang, L::Vat),
            amount(lang, &a.vat)
        );
        println!("{file}:   {}: {}", label(lang, L::Eligible), amount(lang, &a.eligible));
    };
    let share = |s: &reports::ShareInForce| {
        let assumed = if s.assumed {
            format!(" ({})", label(lang, L::Assumed))
        } else {
            String::new()
        };
        println!(
            "{file}: {}: {} ÷ {}, {}{assumed}",
            label(lang, L::Share),
            s.numerator,
            s.denominator,
            s.setting
        );
    };
    // The review, the rebuilt project, and which of its findings concern this file with a rewrite
    // of their place (the project's record) into the file's.
    type Concerns = Box<dyn Fn(&GrantReview) -> Vec<Finding>>;
    let (r, grant, concerns, rename): (GrantReview, _, Concerns, Vec<(String, String)>) = match format {
        reports::INTERIM_REPORT_FORMAT => match reports::read_interim_report(bytes, lang) {
            Ok(read) => {
                let f = &read.file;
                share(&f.project.share);
                println!(
                    "{file}: {}: {} – {}",
                    label(lang, L::Period),
                    f.period.start,
                    f.period.end
                );
                line(L::Grant, &f.project.granted.amount);
                sums(L::Planned, &f.figures.plan.all);
                sums(L::ThisPeriod, &f.figures.this_period.all);
                sums(L::Cumulative, &f.figures.cumulative.all);
                let concerns: Concerns = Box::new(|r: &GrantReview| {
                    let mut v: Vec<Finding> = r.findings.iter().chain(r.ledger.all_findings()).cloned().collect();
                    v.extend(r.reports.iter().flat_map(|x| x.findings.iter().cloned()));
                    v
                });
                let rename = vec![
                    ("reports[0]".into(), "report".into()),
                    ("periods[0]".into(), "period".into()),
                ];
                (read.review, read.grant, concerns, rename)
            }
            Err(e) => return refused_here(e),
        },
        reports::PAYMENT_CLAIM_FORMAT => match reports::read_payment_claim(bytes, lang) {
            Ok(read) => {
                let f = &read.file;
                share(&f.project.share);
                line(L::Grant, &f.project.granted.amount);
                let c = &f.figures;
                for (l, text) in [
                    (L::Eligible, &c.eligible),
                    (L::Cap, &c.cap),
                    (L::PaidBefore, &c.paid_before),
                    (L::MayClaim, &c.may_claim),
                    (L::Asked, &c.asked),
                ] {
                    line(l, text);
                }
                let concerns: Concerns = Box::new(|r: &GrantReview| {
                    let mut v: Vec<Finding> = r.findings.iter().chain(r.ledger.all_findings()).cloned().collect();
                    v.extend(r.claims.last().into_iter().flat_map(|c| c.findings.iter().cloned()));
                    v
                });
                let mut rename: Vec<(String, String)> = (0..f.earlier_claims.len())
                    .map(|i| (format!("claims[{i}]"), format!("earlier_claims[{i}]")))
                    .collect();
                rename.push((format!("claims[{}]", f.earlier_claims.len()), "claim".into()));
                (read.review, read.grant, concerns, rename)
            }
            Err(e) => return refused_here(e),
        },
        _ => match reports::read_final_report(bytes, lang) {
            Ok(read) => {
                let f = &read.file;
                share(&f.project.share);
                sums(L::RealisedNet, &f.figures.realised);
                let s = &f.figures.settlement;
                for (l, text) in [
                    (L::Grant, &s.grant),
                    (L::Eligible, &s.eligible),
                    (L::FinalGrant, &s.final_grant),
                    (L::Paid, &s.paid),
                    (L::LastInstalment, &s.last_instalment),
                    (L::ToReturn, &s.to_return),
                ] {
                    line(l, text);
                }
                let concerns: Concerns = Box::new(|r: &GrantReview| r.all_findings().cloned().collect());
                (read.review, read.grant, concerns, Vec::new())
            }
            Err(e) => return refused_here(e),
        },
    };
    // The changes the ministry accepted, as the figures above applied them (version 2).
    for applied in hakemus::domain::grant::change::plan_in_force(&grant).applied {
        use hakemus::domain::grant::change::Applied;
        use hakemus::i18n::grant_changes::Gc;
        let text = match applied {
            Applied::End { end, .. } => format!("{}: {}", Gc::PlanEnd.get(lang), i18n::date(lang, end)),
            Applied::Move { from, to, amount, .. } => {
                format!("{}: {from} → {to}: {}", Gc::PlanMoved.get(lang), amount.format(lang))
            }
            Applied::Content { text, .. } => format!("{}: {text}", Gc::PlanContent.get(lang)),
        };
        println!("{file}: {}: {text}", Gc::PlanTitle.get(lang));
    }
    let findings = concerns(&r);
    for f in &findings {
        let severity = if f.is_error() {
            R::SeverityError
        } else {
            R::SeverityWarning
        }
        .get(lang);
        let mut place = f.place.json_path(&grant);
        if place == "granted.amount" {
            place = "project.granted.amount".into();
        }
        if let Some((from, to)) = rename
            .iter()
            .find(|(from, _)| place == *from || place.starts_with(&format!("{from}.")))
        {
            place = format!("{to}{}", &place[from.len()..]);
        }
        let source = f
            .source
            .map(|s| format!(" [{}]", grant_rules::source(lang, s)))
            .unwrap_or_default();
        println!(
            "{file}: {severity} {}: {place}: {}{source}",
            f.rule.as_str(),
            grant_rules::message(lang, f)
        );
    }
    let errors = findings.iter().filter(|f| f.is_error()).count();
    println!("{file}: {}", i18n::check_counts(lang, errors, findings.len() - errors));
    errors == 0
}

/// A change request (each part: its kind, values and reason; an end after the call's last day a
/// warning citing decision 004) or the ministry's decision on one (each part's outcome and reason),
/// read strictly.
fn check_change(file: &str, bytes: &[u8], format: &str, lang: Lang) -> bool {
    use hakemus::domain::grant::change::{end_after_call, ChangeField, ChangePlace};
    use hakemus::domain::grant::model::ChangeKind;
    use hakemus::domain::vocabulary::citation::Citation;
    use hakemus::domain::vocabulary::dates::parse_iso_date;
    use hakemus::domain::vocabulary::grant_phase;
    use hakemus::i18n::grant_changes::{self as words, Gc};
    let warning = R::SeverityWarning.get(lang);
    let mut warnings = 0;
    if format == changes::CHANGE_REQUEST_FORMAT {
        let read = match changes::read_change_request(bytes) {
            Ok(r) => r,
            Err(e) => return refused(file, lang, &e),
        };
        for note in &read.notes {
            println!("{file}: {warning}: {}", i18n::import_note(lang, note));
            warnings += 1;
        }
        let f = &read.file;
        let by = grant_phase::for_call_or_default(f.project.granted.call.trim()).final_report_by;
        println!(
            "{file}: {} {}: {}",
            Gc::RequestHeading.get(lang),
            f.request_id,
            f.project.name
        );
        for (i, p) in f.parts.iter().enumerate() {
            let what = match p.kind {
                ChangeKind::EndDate => p.end.clone(),
                ChangeKind::MoveMoney => format!("{} → {}: {}", p.from, p.to, p.amount),
                ChangeKind::Content => p.text.clone(),
            };
            println!("{file}: parts[{i}]: {}: {what}", words::kind(lang, p.kind));
            println!("{file}: parts[{i}]: {}: {}", Gc::Reason.get(lang), p.reason);
            let place = ChangePlace {
                request: f.request_id,
                part: Some(p.id),
                field: ChangeField::End,
            };
            let end = parse_iso_date(&p.end).filter(|_| p.kind == ChangeKind::EndDate);
            if let Some(finding) = end.and_then(|end| end_after_call(end, by, place)) {
                println!(
                    "{file}: {warning} {}: parts[{i}].end: {} [{}]",
                    finding.rule.as_str(),
                    words::message(lang, &finding),
                    i18n::citation(lang, Citation::DecisionSchedule)
                );
                warnings += 1;
            }
        }
    } else {
        let read = match changes::read_change_decision(bytes) {
            Ok(r) => r,
            Err(e) => return refused(file, lang, &e),
        };
        for note in &read.notes {
            println!("{file}: {warning}: {}", i18n::import_note(lang, note));
            warnings += 1;
        }
        let f = &read.file;
        let d = &f.decision;
        println!(
            "{file}: {} {}: {} {}, {}",
            Gc::Decision.get(lang),
            f.request_id,
            Gc::DecidedOn.get(lang),
            d.decided_on,
            d.decider
        );
        for (i, p) in d.parts.iter().enumerate() {
            let value = [&p.end, &p.amount]
                .into_iter()
                .filter(|v| !v.is_empty())
                .map(|v| format!(" ({}: {v})", Gc::AcceptedValue.get(lang)))
                .collect::<String>();
            println!(
                "{file}: decision.parts[{i}]: {}{value}: {}",
                words::outcome(lang, Some(p.outcome)),
                p.reason
            );
        }
    }
    println!("{file}: {}", i18n::check_counts(lang, 0, warnings));
    true
}

/// The ministry's follow-up (`hakemus-follow-up`): read strictly (every report received read again
/// by its own reader), then per grant what `reviewer::follow_up` derives on the file's day — the
/// figures, the reports by period, the settlement — the payment list's total, the programme's
/// totals, and every finding by its place in the file.
fn check_follow_up(file: &str, bytes: &[u8], lang: Lang) -> bool {
    use hakemus::domain::formats::follow_up as fu;
    use hakemus::domain::grant::periods::field_date;
    use hakemus::domain::reviewer::follow_up::{self as derived, Outcome};
    use hakemus::domain::vocabulary::call::DEFAULT_CALL;
    use hakemus::domain::vocabulary::dates::parse_iso_date;
    use hakemus::i18n::follow_up::{follow_up_error, message, state, Fu};
    let read = match fu::read(bytes, lang) {
        Ok(r) => r,
        Err(e) => {
            println!("{file}: {}: {}", R::SeverityError.get(lang), follow_up_error(lang, &e));
            return false;
        }
    };
    let today = read
        .file
        .exported_at
        .get(..10)
        .and_then(parse_iso_date)
        .expect("the reader checked it");
    let money = |m: hakemus::domain::vocabulary::money::Money| m.format(lang);
    let date = |d: Option<time::Date>| d.map(field_date).unwrap_or_else(|| "–".into());
    let late = |l: bool| {
        if l {
            format!(" ({})", Fu::Late.get(lang))
        } else {
            String::new()
        }
    };
    let grants = &read.file.follow_up.grants;
    let mut statuses = Vec::new();
    let mut findings = Vec::new();
    for (i, (g, opened)) in grants.iter().zip(&read.opened).enumerate() {
        let s = derived::grant_status(g, opened, today);
        let name = if g.project_id.is_empty() {
            &g.fingerprint
        } else {
            &g.project_id
        };
        println!(
            "{file}: follow_up.grants[{i}]: {name}: {} ({}, {})",
            g.project_name, g.lead, g.lead_business_id
        );
        if let Some(granted) = s.granted {
            println!("{file}:   {}: {}", Fu::Grant.get(lang), money(granted));
        }
        for (l, m) in [
            (Fu::Claimed, s.claimed),
            (Fu::Paid, s.paid),
            (Fu::Available, s.available),
        ] {
            println!("{file}:   {}: {}", l.get(lang), money(m));
        }
        for p in &s.periods {
            println!(
                "{file}:   {}: {} – {}: {}{}",
                Fu::Period.get(lang),
                date(p.start),
                date(p.end),
                state(lang, p.state),
                late(p.late)
            );
        }
        println!(
            "{file}:   {}: {}{}",
            Fu::FinalReport.get(lang),
            state(lang, s.final_state),
            late(s.final_late)
        );
        if let Some(d) = &s.settlement {
            let decided = if d.decided {
                String::new()
            } else {
                format!(" ({})", Fu::NotDecided.get(lang))
            };
            println!(
                "{file}:   {}: {}{decided}",
                Fu::FinalGrant.get(lang),
                money(d.settlement.final_grant)
            );
            match d.outcome {
                Outcome::LastInstalment(m) => println!("{file}:   {}: {}", Fu::LastInstalment.get(lang), money(m)),
                Outcome::Recovery { amount, due } => println!(
                    "{file}:   {}: {}, {} {}",
                    Fu::Recovery.get(lang),
                    money(amount),
                    Fu::RecoveryDue.get(lang),
                    date(due)
                ),
                Outcome::Nothing => {}
            }
        }
        findings.extend(
            s.findings
                .iter()
                .map(|f| (format!("follow_up.grants[{i}].{}", f.path), f.clone())),
        );
        statuses.push(s);
    }
    let list = derived::payment_list(&read.file.follow_up, &read.opened);
    println!(
        "{file}: {}: {} ({})",
        Fu::PaymentList.get(lang),
        money(list.total),
        list.rows.len()
    );
    let call = grants.first().map_or(DEFAULT_CALL, |g| g.granted.call.as_str());
    let t = derived::programme_totals(&statuses, derived::appropriation(call));
    for (l, m) in [
        (Fu::Appropriation, t.appropriation),
        (Fu::Granted, t.granted),
        (Fu::Paid, t.paid),
        (Fu::Recovered, t.recovered),
        (Fu::Committed, t.committed),
        (Fu::NotGranted, t.not_granted),
    ] {
        println!("{file}: {}: {}", l.get(lang), money(m));
    }
    for (path, f) in &findings {
        let severity = if f.is_error() {
            R::SeverityError
        } else {
            R::SeverityWarning
        }
        .get(lang);
        let assumed = if f.assumed {
            format!(" ({})", Fu::Assumed.get(lang))
        } else {
            String::new()
        };
        println!(
            "{file}: {severity} {}: {path}: {}{assumed}",
            f.rule.as_str(),
            message(lang, f)
        );
    }
    let errors = findings.iter().filter(|(_, f)| f.is_error()).count();
    println!("{file}: {}", i18n::check_counts(lang, errors, findings.len() - errors));
    errors == 0
}

/// The findings of one initiative or interest of a first phase's file, with their place in it.
struct Found<'a> {
    root: String,
    on_board: &'a [RawOnBoard],
    findings: Vec<PhaseFinding>,
}

/// An initiative, an expression of interest or a candidate joint project: read strictly, then what
/// the first phase's rules say of each initiative and interest in it, by its place in the file.
fn check_first_phase(file: &str, bytes: &[u8], format: &str, lang: Lang) -> bool {
    let refused_here = |e: ImportError| {
        println!(
            "{file}: {}: {}",
            R::SeverityError.get(lang),
            i18n::initiative::import_error(lang, &e)
        );
        false
    };
    let sent = |at: &str| {
        at.get(..10)
            .and_then(hakemus::domain::vocabulary::dates::parse_iso_date)
    };
    // Each file's own read, kept for the borrows of what is found in it.
    let (initiative, interest, project);
    let (notes, municipalities, found): (&[Note], Vec<(String, &str)>, Vec<Found>) = match format {
        first_phase::INITIATIVE_FORMAT => match first_phase::read_initiative(bytes, lang) {
            Ok(r) => {
                initiative = r;
                let (f, i) = (&initiative.file, &initiative.file.initiative);
                let findings = match sent(&f.exported_at) {
                    Some(day) => phase_rules::check_initiative(i, day),
                    None => phase_rules::check_initiative_content(i),
                };
                let mut places = vec![("initiative.municipality".to_string(), i.municipality.as_str())];
                places.extend(i.on_board.iter().enumerate().map(|(k, r)| {
                    (
                        format!("initiative.on_board[{k}].municipality"),
                        r.municipality.as_str(),
                    )
                }));
                let root = "initiative".to_string();
                (
                    &initiative.notes,
                    places,
                    vec![Found {
                        root,
                        on_board: &i.on_board,
                        findings,
                    }],
                )
            }
            Err(e) => return refused_here(e),
        },
        first_phase::INTEREST_FORMAT => match first_phase::read_interest(bytes) {
            Ok(r) => {
                interest = r;
                let (f, x) = (&interest.file, &interest.file.interest);
                let findings = match sent(&f.exported_at) {
                    Some(day) => phase_rules::check_interest(x, day),
                    None => phase_rules::check_interest_content(x),
                };
                let places = vec![("interest.municipality".to_string(), x.municipality.as_str())];
                let root = "interest".to_string();
                (
                    &interest.notes,
                    places,
                    vec![Found {
                        root,
                        on_board: &[],
                        findings,
                    }],
                )
            }
            Err(e) => return refused_here(e),
        },
        _ => match first_phase::read_joint_project(bytes, lang) {
            Ok(r) => {
                project = r;
                let p = &project.file.project;
                let mut found: Vec<Found> = p
                    .initiatives
                    .iter()
                    .enumerate()
                    .map(|(k, i)| Found {
                        root: format!("project.initiatives[{k}]"),
                        on_board: &i.on_board,
                        findings: phase_rules::check_initiative_content(i),
                    })
                    .collect();
                found.extend(p.interests.iter().enumerate().map(|(k, x)| Found {
                    root: format!("project.interests[{k}]"),
                    on_board: &[],
                    findings: phase_rules::check_interest_content(x),
                }));
                (
                    &project.notes,
                    vec![("project.lead".to_string(), p.lead.as_str())],
                    found,
                )
            }
            Err(e) => return refused_here(e),
        },
    };
    for (place, typed) in municipalities {
        let resolved = hakemus::domain::rules::applicants::resolve_municipality(typed).map(|m| {
            hakemus::domain::draft::ResolvedMunicipality {
                code: m.code.clone(),
                name_fi: m.name_fi.clone(),
                name_sv: m.name_sv.clone(),
            }
        });
        if let Some(m) = resolved {
            println!("{file}: {}", i18n::check_municipality(lang, &place, typed, &m));
        }
    }
    for note in notes {
        println!(
            "{file}: {}: {}",
            R::SeverityWarning.get(lang),
            i18n::import_note(lang, note)
        );
    }
    let (mut errors, mut warnings) = (0, notes.len());
    for Found {
        root,
        on_board,
        findings,
    } in &found
    {
        for f in findings {
            let severity = match f.severity {
                Severity::Error => {
                    errors += 1;
                    R::SeverityError
                }
                Severity::Warning => {
                    warnings += 1;
                    R::SeverityWarning
                }
            }
            .get(lang);
            let source = f
                .source
                .map(|s| format!(" [{}]", i18n::initiative::source(lang, s)))
                .unwrap_or_default();
            println!(
                "{file}: {severity} {}: {}: {}{source}",
                f.rule.as_str(),
                f.field.json_path(root, on_board),
                i18n::initiative::message(lang, f)
            );
        }
    }
    println!("{file}: {}", i18n::check_counts(lang, errors, warnings));
    errors == 0
}

/// Further clarification of a deferred application (docs/rules.md §12.1). A request: read strictly
/// (something asked, a real deadline, the application it carries and its fingerprint), then what it
/// asks. An answer: read strictly (an answer only to a question asked, the revised application),
/// then checked against its request where a request file of the same id and application is among
/// `files` (every question answered, nothing changed outside the asked parts, on time), else for
/// what the answer alone shows (answered, on time), saying that the parts were not checked.
fn check_clarification(file: &str, bytes: &[u8], format: &str, lang: Lang, files: &[String]) -> bool {
    use hakemus::domain::exchange::clarification::{check_answer, check_answer_alone};
    use hakemus::i18n::clarification::{finding, part, Cl};
    let asked = |a: &clarification::Asked| {
        let parts: Vec<&str> = a.sections().into_iter().map(|s| part(lang, s)).collect();
        println!("{file}: {}: {}", Cl::AskedAt.get(lang), a.asked_at);
        let deadline = a.deadline_date().map(|d| i18n::date(lang, d)).unwrap_or_default();
        println!("{file}: {}: {deadline}", Cl::Deadline.get(lang));
        println!("{file}: {}: {}", Cl::Questions.get(lang), a.questions.len());
        let parts = if parts.is_empty() {
            Cl::NoneAsked.get(lang).to_string()
        } else {
            parts.join(", ")
        };
        println!("{file}: {}: {parts}", Cl::PartsToRevise.get(lang));
    };
    if format == clarification::REQUEST_FORMAT {
        let read = match clarification::read_request(bytes, lang) {
            Ok(r) => r,
            Err(e) => return refused(file, lang, &e),
        };
        println!("{file}: {}: {}", Cl::Project.get(lang), read.file.project);
        asked(&read.file.request);
        println!("{file}: {}: {}", Cl::Original.get(lang), read.file.fingerprint);
        for note in &read.notes {
            println!(
                "{file}: {}: {}",
                R::SeverityWarning.get(lang),
                i18n::import_note(lang, note)
            );
        }
        println!("{file}: {}", i18n::check_counts(lang, 0, read.notes.len()));
        return true;
    }
    let read = match clarification::read_answer(bytes, lang) {
        Ok(r) => r,
        Err(e) => return refused(file, lang, &e),
    };
    asked(&read.file.request);
    println!("{file}: {}: {}", Cl::AnsweredAt.get(lang), read.file.answered_at);
    println!("{file}: {}: {}", Cl::Original.get(lang), read.file.original);
    println!("{file}: {}: {}", Cl::Clarified.get(lang), read.fingerprint);
    let request = files
        .iter()
        .filter(|f| f.as_str() != file)
        .filter_map(|f| std::fs::read(f).ok())
        .filter(|b| clarification::format_of(b) == Some(clarification::REQUEST_FORMAT))
        .filter_map(|b| clarification::read_request(&b, lang).ok())
        .find(|r| r.file.request.id == read.file.request.id && r.file.fingerprint == read.file.original);
    let findings = match &request {
        Some(r) => check_answer(r, &read),
        None => {
            println!("{file}: {}", Cl::PartsNotChecked.get(lang));
            check_answer_alone(&read)
        }
    };
    for note in &read.notes {
        println!(
            "{file}: {}: {}",
            R::SeverityWarning.get(lang),
            i18n::import_note(lang, note)
        );
    }
    for f in &findings {
        let severity = match f.severity {
            Severity::Error => R::SeverityError,
            Severity::Warning => R::SeverityWarning,
        }
        .get(lang);
        println!(
            "{file}: {severity} {}: {}: {}",
            f.rule.id(),
            f.path,
            finding(lang, f, &read.draft.applicants)
        );
    }
    let errors = findings.iter().filter(|f| f.is_error()).count();
    let warnings = findings.len() - errors + read.notes.len();
    println!("{file}: {}", i18n::check_counts(lang, errors, warnings));
    errors == 0
}

/// Prints why a file was refused; `false` (the file does not pass).
/// Completion of a received report (docs/rules.md §12.4.1). A request: read strictly (an id, its
/// dates, the grant and the report named, something asked), then what it asks. An answer: read
/// strictly (an answer only to a question asked; the completed report through its own reader, its
/// figures recomputed, of the kind asked and of the grant's project), then each question left
/// unanswered and an answer after the deadline, warnings.
fn check_completion(file: &str, bytes: &[u8], format: &str, lang: Lang) -> bool {
    use hakemus::domain::reviewer::follow_up::completion_answer_findings;
    use hakemus::i18n::clarification::Cl;
    use hakemus::i18n::follow_up::message;
    use hakemus::i18n::follow_up_pages::kind;
    let asked = |a: &completion::Asked| {
        println!("{file}: {}: {}", Cl::Project.get(lang), a.grant.project_name);
        println!(
            "{file}: report: {} {} ({})",
            kind(lang, a.report.kind),
            a.report.sha256,
            a.report.exported_at
        );
        println!("{file}: {}: {}", Cl::AskedAt.get(lang), a.asked_at);
        let deadline = a.deadline_date().map(|d| i18n::date(lang, d)).unwrap_or_default();
        println!("{file}: {}: {deadline}", Cl::Deadline.get(lang));
        println!("{file}: {}: {}", Cl::Questions.get(lang), a.question_ids().count());
    };
    let notes = |notes: &[Note]| {
        for note in notes {
            println!(
                "{file}: {}: {}",
                R::SeverityWarning.get(lang),
                i18n::import_note(lang, note)
            );
        }
    };
    if format == completion::REQUEST_FORMAT {
        let read = match completion::read_request(bytes) {
            Ok(r) => r,
            Err(e) => return refused(file, lang, &e),
        };
        asked(&read.file.request);
        notes(&read.notes);
        println!("{file}: {}", i18n::check_counts(lang, 0, read.notes.len()));
        return true;
    }
    let read = match completion::read_answer(bytes, lang) {
        Ok(r) => r,
        Err(completion::AnswerError::Read(e)) => return refused(file, lang, &e),
        Err(completion::AnswerError::Report(e)) => {
            let said = i18n::grant_reports::report_error(lang, &e);
            println!("{file}: {}: {said}", R::SeverityError.get(lang));
            return false;
        }
    };
    asked(&read.file.request);
    println!("{file}: {}: {}", Cl::AnsweredAt.get(lang), read.file.answered_at);
    println!(
        "{file}: report: {} {}",
        kind(lang, read.report.kind()),
        hakemus::domain::grant::statement::sha256_hex(read.report_text.as_bytes())
    );
    notes(&read.notes);
    let findings = completion_answer_findings(&read.file.request, &read.file.answered_at, &read.file.answers, &|p| {
        p.to_string()
    });
    for f in &findings {
        println!(
            "{file}: {} {}: {}: {}",
            R::SeverityWarning.get(lang),
            f.rule.as_str(),
            f.path,
            message(lang, f)
        );
    }
    println!(
        "{file}: {}",
        i18n::check_counts(lang, 0, findings.len() + read.notes.len())
    );
    true
}

fn refused(file: &str, lang: Lang, e: &ImportError) -> bool {
    println!(
        "{file}: {}: {}",
        R::SeverityError.get(lang),
        i18n::import_error(lang, e)
    );
    false
}
