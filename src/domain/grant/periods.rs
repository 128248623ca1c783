//! The reporting periods (docs/rules.md §11.3): an interim report every four months "erikseen
//! ilmoitettavin määräajoin" — the ministry announces the dates, so the periods are rows the lead
//! edits. [`default_periods`] gives the first proposal: from the project's start, `months` at a time,
//! the last one ending with the project. [`check_periods`] says what is wrong with the rows: a date
//! missing or not a date, an end before its start, two periods overlapping (errors: a cost would be
//! reported twice), days between two periods that no period covers (a warning: the ministry's
//! dates may leave them). Days before the first period or after the last are not checked: a
//! report's file holds its one period only, and the final report counts every entry anyway.

use crate::domain::grant::finding::{Finding, Message, PeriodField, Place, Rule, Source};
use crate::domain::grant::model::{RawGrant, RawPeriod};
use crate::domain::vocabulary::dates::parse_date;
use crate::domain::vocabulary::grant_phase::GrantPhase;
use time::{Date, Duration, Month};

/// `date` plus `months` calendar months, the day kept where the month has it and else the month's
/// last day (31.10. + 4 months = 28.2. or 29.2.).
pub fn add_months(date: Date, months: u32) -> Option<Date> {
    let index = i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1 + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let last = month.length(year);
    Date::from_calendar_date(year, month, date.day().min(last)).ok()
}

/// The periods from `start` to `end`, `months` at a time (each from its first day to the day
/// before the next one's), the last one cut at `end`. Empty when `end` is before `start`.
pub fn default_periods(start: Date, end: Date, months: u8) -> Vec<(Date, Date)> {
    let mut out = Vec::new();
    let months = u32::from(months.max(1));
    let mut k = 0;
    while let Some(from) = add_months(start, k * months).filter(|&f| f <= end) {
        let next = add_months(start, (k + 1) * months);
        let to = next
            .and_then(|n| n.checked_sub(Duration::DAY))
            .map_or(end, |t| t.min(end));
        out.push((from, to));
        k += 1;
    }
    out
}

/// A date as a date field shows it (`1.3.2020`).
pub fn field_date(d: Date) -> String {
    format!("{}.{}.{}", d.day(), u8::from(d.month()), d.year())
}

/// Replaces the project's periods with the default ones from the application's start and end,
/// each row from the project's counter (dates as a field shows them, due dates left for the
/// ministry's). Nothing when the application has no period in order; returns the rows' ids.
pub fn fill_default_periods(grant: &mut RawGrant, months: u8) -> Vec<crate::domain::draft::LineId> {
    // The period in force: an accepted later end has periods up to it (docs/rules.md §12.2).
    let s = crate::domain::grant::change::schedule_in_force(grant);
    let (Some(start), Some(end)) = (s.start, s.end) else {
        return Vec::new();
    };
    let periods = default_periods(start, end, months);
    if periods.is_empty() {
        return Vec::new();
    }
    grant.periods.clear();
    periods
        .into_iter()
        .map(|(s, e)| {
            let id = grant.take_id();
            grant.periods.push(RawPeriod {
                id,
                start: field_date(s),
                end: field_date(e),
                due: String::new(),
            });
            id
        })
        .collect()
}

/// A period as read: its days where both are dates in order.
pub fn period_range(p: &RawPeriod) -> Option<(Date, Date)> {
    match (parse_date(&p.start), parse_date(&p.end)) {
        (Some(s), Some(e)) if s <= e => Some((s, e)),
        _ => None,
    }
}

/// Checks the periods' rows. Never fails.
pub fn check_periods(periods: &[RawPeriod], phase: &GrantPhase) -> Vec<Finding> {
    let cite = Source::Grant(phase.reports_citation);
    let mut findings = Vec::new();
    let mut ranges = Vec::new();
    for p in periods {
        let at = |field| Place::Period { id: p.id, field };
        let mut read = |typed: &str, field, required: bool| {
            let typed = typed.trim();
            if typed.is_empty() {
                if required {
                    findings.push(Finding::error(Rule::Periods, at(field), Message::PeriodDateRequired));
                }
                return None;
            }
            let d = parse_date(typed);
            if d.is_none() {
                findings.push(Finding::error(
                    Rule::Periods,
                    at(field),
                    Message::PeriodDateInvalid { typed: typed.into() },
                ));
            }
            d
        };
        let start = read(&p.start, PeriodField::Start, true);
        let end = read(&p.end, PeriodField::End, true);
        read(&p.due, PeriodField::Due, false);
        match (start, end) {
            (Some(s), Some(e)) if e < s => findings.push(Finding::error(
                Rule::Periods,
                at(PeriodField::End),
                Message::PeriodEndBeforeStart,
            )),
            (Some(s), Some(e)) => ranges.push((s, e, p.id)),
            _ => {}
        }
    }
    ranges.sort();
    // Each period against the one of those before it (by start) that ends latest: a long period
    // overlaps a later one that is not its neighbour, and days it covers are no gap.
    let mut latest: Option<(Date, Date)> = None;
    for &(s1, e1, id1) in &ranges {
        if let Some((s0, e0)) = latest {
            if s1 <= e0 {
                findings.push(
                    Finding::error(
                        Rule::Periods,
                        Place::Period {
                            id: id1,
                            field: PeriodField::Start,
                        },
                        Message::PeriodOverlap { start: s0, end: e0 },
                    )
                    .cite(cite),
                );
            } else if let Some(after) = e0.next_day().filter(|&d| d < s1) {
                let before = s1.previous_day().unwrap_or(s1);
                findings.push(
                    Finding::warning(
                        Rule::Periods,
                        Place::Periods,
                        Message::PeriodGap {
                            from: after,
                            to: before,
                        },
                    )
                    .cite(cite),
                );
            }
        }
        if latest.is_none_or(|(_, e0)| e1 > e0) {
            latest = Some((s1, e1));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::finding::Severity;
    use crate::domain::vocabulary::{call, grant_phase};
    use time::macros::date;

    fn phase() -> &'static GrantPhase {
        grant_phase::for_call(call::DEFAULT_CALL).unwrap()
    }

    #[test]
    fn the_joint_project_of_1_3_2020_to_31_10_2021_has_five_four_month_periods() {
        let p = default_periods(date!(2020 - 03 - 01), date!(2021 - 10 - 31), 4);
        assert_eq!(
            p,
            [
                (date!(2020 - 03 - 01), date!(2020 - 06 - 30)),
                (date!(2020 - 07 - 01), date!(2020 - 10 - 31)),
                (date!(2020 - 11 - 01), date!(2021 - 02 - 28)),
                (date!(2021 - 03 - 01), date!(2021 - 06 - 30)),
                (date!(2021 - 07 - 01), date!(2021 - 10 - 31)),
            ]
        );
        // A start late in the month: the next begins on the same day four months on, or the
        // month's last day; the last period ends with the project.
        let p = default_periods(date!(2020 - 10 - 31), date!(2021 - 03 - 15), 4);
        assert_eq!(
            p,
            [
                (date!(2020 - 10 - 31), date!(2021 - 02 - 27)),
                (date!(2021 - 02 - 28), date!(2021 - 03 - 15)),
            ]
        );
        assert_eq!(default_periods(date!(2021 - 01 - 02), date!(2021 - 01 - 01), 4), []);
        assert_eq!(add_months(date!(2019 - 10 - 31), 4), Some(date!(2020 - 02 - 29)));
    }

    #[test]
    fn default_rows_come_from_the_counter_as_a_field_shows_dates() {
        let mut g = RawGrant::default();
        g.application.project.start = "2020-03-01".into();
        g.application.project.end = "31.10.2021".into();
        g.add_entry();
        let ids = fill_default_periods(&mut g, 4);
        assert_eq!(ids, [2, 3, 4, 5, 6]);
        assert_eq!(
            (g.periods[2].start.as_str(), g.periods[2].end.as_str()),
            ("1.11.2020", "28.2.2021")
        );
        assert_eq!(check_periods(&g.periods, phase()), []);
    }

    /// A period as typed, with no due date.
    fn row(id: u64, start: &str, end: &str) -> RawPeriod {
        RawPeriod {
            id,
            start: start.into(),
            end: end.into(),
            due: String::new(),
        }
    }

    #[test]
    fn overlap_and_order_are_errors_a_gap_is_a_warning() {
        let f = check_periods(
            &[
                row(1, "1.3.2020", "30.6.2020"),
                row(2, "30.6.2020", "31.10.2020"),
                row(3, "1.12.2020", "28.2.2021"),
                row(4, "1.3.2021", "1.1.2021"),
                row(5, "", "x"),
            ],
            phase(),
        );
        let m: Vec<_> = f.iter().map(|f| (f.severity, f.place, f.message.clone())).collect();
        assert_eq!(
            m,
            [
                (
                    Severity::Error,
                    Place::Period {
                        id: 4,
                        field: PeriodField::End
                    },
                    Message::PeriodEndBeforeStart
                ),
                (
                    Severity::Error,
                    Place::Period {
                        id: 5,
                        field: PeriodField::Start
                    },
                    Message::PeriodDateRequired
                ),
                (
                    Severity::Error,
                    Place::Period {
                        id: 5,
                        field: PeriodField::End
                    },
                    Message::PeriodDateInvalid { typed: "x".into() }
                ),
                (
                    Severity::Error,
                    Place::Period {
                        id: 2,
                        field: PeriodField::Start
                    },
                    Message::PeriodOverlap {
                        start: date!(2020 - 03 - 01),
                        end: date!(2020 - 06 - 30)
                    }
                ),
                (
                    Severity::Warning,
                    Place::Periods,
                    Message::PeriodGap {
                        from: date!(2020 - 11 - 01),
                        to: date!(2020 - 11 - 30)
                    }
                ),
            ]
        );
    }

    #[test]
    fn a_long_period_overlaps_a_later_one_that_is_not_its_neighbour_and_covers_its_gaps() {
        // The whole year, then two periods inside it with a month between them: both overlap the
        // long one (the second is not its neighbour), and the month between them is covered.
        let f = check_periods(
            &[
                row(1, "1.1.2020", "31.12.2020"),
                row(2, "1.3.2020", "30.4.2020"),
                row(3, "1.6.2020", "30.9.2020"),
                row(4, "1.1.2021", "30.4.2021"),
            ],
            phase(),
        );
        let m: Vec<_> = f.iter().map(|f| (f.severity, f.place, f.message.clone())).collect();
        let year = Message::PeriodOverlap {
            start: date!(2020 - 01 - 01),
            end: date!(2020 - 12 - 31),
        };
        let start = |id| Place::Period {
            id,
            field: PeriodField::Start,
        };
        assert_eq!(
            m,
            [
                (Severity::Error, start(2), year.clone()),
                (Severity::Error, start(3), year),
            ]
        );
        // After the long one ends the next is compared with it: a gap from its end is a gap.
        let f = check_periods(
            &[
                row(1, "1.1.2020", "31.12.2020"),
                row(2, "1.3.2020", "30.4.2020"),
                row(3, "1.2.2021", "30.4.2021"),
            ],
            phase(),
        );
        assert_eq!(
            f.last().map(|f| f.message.clone()),
            Some(Message::PeriodGap {
                from: date!(2021 - 01 - 01),
                to: date!(2021 - 01 - 31)
            })
        );
    }
}
