//! The reporting periods' defaults (decision 004: "Väliraportointia … neljän kuukauden välein"):
//! every four months from the project's start to its end. The ministry announces the dates, so the
//! project keeps them as typed and they are editable; these are only what a new project starts with.

use time::{Date, Month};

/// `date` moved `months` calendar months on; a day the month does not have becomes its last (31.10.
/// + 4 months = 28.2. or 29.2.).
fn add_months(date: Date, months: u32) -> Option<Date> {
    let index = date.year() * 12 + i32::from(date.month() as u8) - 1 + i32::try_from(months).ok()?;
    let (year, month) = (
        index.div_euclid(12),
        Month::try_from((index.rem_euclid(12) + 1) as u8).ok()?,
    );
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
}

/// The periods from `start` to `end` (both days included), each four months long (its last day the
/// one before the next period's first), the last one cut at `end`. None when `end` is before
/// `start`.
pub fn default_periods(start: Date, end: Date) -> Vec<(Date, Date)> {
    let mut periods = Vec::new();
    let mut k = 0;
    while let Some(from) = add_months(start, 4 * k) {
        if from > end {
            break;
        }
        let until = add_months(start, 4 * (k + 1))
            .and_then(Date::previous_day)
            .map_or(end, |d| d.min(end));
        periods.push((from, until));
        k += 1;
    }
    periods
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn four_months_each_from_the_start_the_last_cut_at_the_end() {
        // Kiuruvesi's project (Appendix 1) from 1.3.2020 to the call's end, 30.11.2021.
        assert_eq!(
            default_periods(date!(2020 - 03 - 01), date!(2021 - 11 - 30)),
            [
                (date!(2020 - 03 - 01), date!(2020 - 06 - 30)),
                (date!(2020 - 07 - 01), date!(2020 - 10 - 31)),
                (date!(2020 - 11 - 01), date!(2021 - 02 - 28)),
                (date!(2021 - 03 - 01), date!(2021 - 06 - 30)),
                (date!(2021 - 07 - 01), date!(2021 - 10 - 31)),
                (date!(2021 - 11 - 01), date!(2021 - 11 - 30)),
            ]
        );
    }

    #[test]
    fn a_day_the_month_lacks_is_its_last_and_a_short_project_is_one_period() {
        assert_eq!(
            default_periods(date!(2020 - 10 - 31), date!(2021 - 06 - 30)),
            [
                (date!(2020 - 10 - 31), date!(2021 - 02 - 27)),
                (date!(2021 - 02 - 28), date!(2021 - 06 - 29)),
                (date!(2021 - 06 - 30), date!(2021 - 06 - 30)),
            ]
        );
        assert_eq!(
            default_periods(date!(2020 - 05 - 04), date!(2020 - 05 - 04)),
            [(date!(2020 - 05 - 04), date!(2020 - 05 - 04))]
        );
        assert!(default_periods(date!(2020 - 05 - 04), date!(2020 - 05 - 03)).is_empty());
    }
}
