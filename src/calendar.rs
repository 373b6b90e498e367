//! Business days (R-BUSINESS-DAY): Monday to Friday, except the US federal holidays as observed
//! and the caller's extra holidays.
//!
//! The holidays are a table of data, one row per holiday, so that the list in domain.md can be
//! read against it line by line. A holiday on a Saturday is observed the Friday before (New
//! Year's Day on a Saturday: December 31 of the year before), on a Sunday the Monday after.
//! One-off closures by executive order (a Christmas Eve, a national day of mourning) are not
//! federal holidays in law and cannot be known in advance: callers add them with
//! `extraHolidays`. `tests/calendar_oracle.rs` checks the table 2000-2100 against Python's
//! `holidays` package.

use chrono::{Datelike, NaiveDate, Weekday};

/// When a holiday falls in a year.
#[derive(Clone, Copy, Debug)]
enum When {
    /// A fixed day: (month, day).
    Fixed(u32, u32),
    /// The `n`th weekday of a month: (month, weekday, n).
    Nth(u32, Weekday, u8),
    /// The last weekday of a month.
    Last(u32, Weekday),
}

struct Holiday {
    name: &'static str,
    when: When,
    /// The first year it is a federal holiday.
    since: i32,
}

/// The US federal holidays (5 U.S.C. 6103), as domain.md lists them.
const FEDERAL: [Holiday; 11] = [
    Holiday { name: "New Year's Day", when: When::Fixed(1, 1), since: 1871 },
    Holiday { name: "Martin Luther King Jr. Day", when: When::Nth(1, Weekday::Mon, 3), since: 1986 },
    Holiday { name: "Washington's Birthday", when: When::Nth(2, Weekday::Mon, 3), since: 1971 },
    Holiday { name: "Memorial Day", when: When::Last(5, Weekday::Mon), since: 1971 },
    Holiday { name: "Juneteenth", when: When::Fixed(6, 19), since: 2021 },
    Holiday { name: "Independence Day", when: When::Fixed(7, 4), since: 1870 },
    Holiday { name: "Labor Day", when: When::Nth(9, Weekday::Mon, 1), since: 1894 },
    Holiday { name: "Columbus Day", when: When::Nth(10, Weekday::Mon, 2), since: 1971 },
    Holiday { name: "Veterans Day", when: When::Fixed(11, 11), since: 1978 },
    Holiday { name: "Thanksgiving Day", when: When::Nth(11, Weekday::Thu, 4), since: 1942 },
    Holiday { name: "Christmas Day", when: When::Fixed(12, 25), since: 1870 },
];

impl When {
    fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            When::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            When::Nth(month, weekday, n) => NaiveDate::from_weekday_of_month_opt(year, month, weekday, n),
            When::Last(month, weekday) => NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
                .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4)),
        }
    }
}

/// The day a holiday falling on `day` is observed: Saturday -> Friday, Sunday -> Monday.
fn observed(day: NaiveDate) -> Option<NaiveDate> {
    match day.weekday() {
        Weekday::Sat => day.pred_opt(),
        Weekday::Sun => day.succ_opt(),
        _ => Some(day),
    }
}

/// A federal holiday in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FederalHoliday {
    pub name: &'static str,
    /// The day itself (may be a weekend).
    pub date: NaiveDate,
    /// The weekday it is observed on (December 31 of the year before for New Year's Day on a
    /// Saturday).
    pub observed: NaiveDate,
}

/// The federal holidays of `year`, in calendar order.
pub fn federal_holidays(year: i32) -> impl Iterator<Item = FederalHoliday> {
    FEDERAL.iter().filter(move |h| year >= h.since).filter_map(move |h| {
        let date = h.when.in_year(year)?;
        Some(FederalHoliday { name: h.name, date, observed: observed(date)? })
    })
}

/// The federal holiday observed on `day`, if any (its own year's, or next year's New Year's Day).
pub fn federal_holiday_observed(day: NaiveDate) -> Option<&'static str> {
    let year = day.year();
    federal_holidays(year).chain(federal_holidays(year + 1).take(1)).find(|h| h.observed == day).map(|h| h.name)
}

/// Why a day is not a business day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closed {
    Weekend(Weekday),
    /// A federal holiday observed that day, by name.
    Federal(&'static str),
    /// One of the caller's extra holidays.
    Extra,
}

/// Longest run of days any search here walks before giving up: business days are never this
/// far apart (at most 1,000 extra holidays are accepted), so `None` means the calendar's end.
const MAX_WALK: u32 = 20_000;

/// Business days: weekdays that are neither a federal holiday (as observed) nor an extra holiday.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Sorted, without repeats.
    extra: Vec<NaiveDate>,
}

impl Calendar {
    pub fn new(days: Vec<NaiveDate>) -> Calendar {
        // Kept sorted by insertion rather than `sort_unstable`, whose code costs about 2 KB
        // gzipped in the `.wasm`; at most 1,000 days are accepted, so this stays cheap.
        let mut extra: Vec<NaiveDate> = Vec::with_capacity(days.len());
        for day in days {
            if let Err(at) = extra.binary_search(&day) {
                extra.insert(at, day);
            }
        }
        Calendar { extra }
    }

    /// Why `day` is not a business day; `None` when it is one.
    pub fn closed(&self, day: NaiveDate) -> Option<Closed> {
        match day.weekday() {
            w @ (Weekday::Sat | Weekday::Sun) => Some(Closed::Weekend(w)),
            _ => federal_holiday_observed(day)
                .map(Closed::Federal)
                .or_else(|| self.extra.binary_search(&day).is_ok().then_some(Closed::Extra)),
        }
    }

    pub fn is_business_day(&self, day: NaiveDate) -> bool {
        self.closed(day).is_none()
    }

    /// The first business day on or after `day`.
    pub fn business_day_from(&self, day: NaiveDate) -> Option<NaiveDate> {
        let mut d = day;
        for _ in 0..MAX_WALK {
            if self.is_business_day(d) {
                return Some(d);
            }
            d = d.succ_opt()?;
        }
        None
    }

    /// The last business day on or before `day`.
    pub fn business_day_until(&self, day: NaiveDate) -> Option<NaiveDate> {
        let mut d = day;
        for _ in 0..MAX_WALK {
            if self.is_business_day(d) {
                return Some(d);
            }
            d = d.pred_opt()?;
        }
        None
    }

    /// The `n`th business day after `day` (`day` itself not counted); for `n` = 0, the first
    /// business day on or after `day`. So a date is at least `n` business days after `day`
    /// exactly when it is on or after this one.
    pub fn add_business_days(&self, day: NaiveDate, n: u32) -> Option<NaiveDate> {
        if n == 0 {
            return self.business_day_from(day);
        }
        let mut d = day;
        let mut left = n;
        for _ in 0..MAX_WALK.saturating_add(n) {
            d = d.succ_opt()?;
            if self.is_business_day(d) {
                left -= 1;
                if left == 0 {
                    return Some(d);
                }
            }
        }
        None
    }

    /// The business days after `from` up to and including `to` (0 when `to` is not after
    /// `from`), counting no further than `cap`.
    pub fn business_days_between(&self, from: NaiveDate, to: NaiveDate, cap: u32) -> u32 {
        let mut count = 0;
        let mut d = from;
        while count < cap {
            match d.succ_opt() {
                Some(next) if next <= to => d = next,
                _ => break,
            }
            if self.is_business_day(d) {
                count += 1;
            }
        }
        count
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::date::parse_day(text).unwrap()
    }

    #[test]
    fn observed_days() {
        let cal = Calendar::default();
        let cases = [
            ("2026-11-26", Some(Closed::Federal("Thanksgiving Day"))),
            ("2026-07-03", Some(Closed::Federal("Independence Day"))), // Jul 4 2026 is a Saturday
            ("2026-07-04", Some(Closed::Weekend(Weekday::Sat))),
            ("2021-12-31", Some(Closed::Federal("New Year's Day"))), // Jan 1 2022 is a Saturday
            ("2023-01-02", Some(Closed::Federal("New Year's Day"))), // Jan 1 2023 is a Sunday
            ("2020-06-19", None),                                    // before Juneteenth
            ("2021-06-18", Some(Closed::Federal("Juneteenth"))),
            ("2026-05-25", Some(Closed::Federal("Memorial Day"))),
            ("2027-05-31", Some(Closed::Federal("Memorial Day"))),
            ("2026-11-27", None),
            ("2026-11-22", Some(Closed::Weekend(Weekday::Sun))),
        ];
        for (d, want) in cases {
            assert_eq!(cal.closed(day(d)), want, "{d}");
        }
        let extra = Calendar::new(vec![day("2026-11-27"), day("2026-11-27"), day("2026-11-24")]);
        assert_eq!(extra.closed(day("2026-11-27")), Some(Closed::Extra));
        assert_eq!(extra.closed(day("2026-11-25")), None);
    }

    #[test]
    fn counting_and_adding() {
        let cal = Calendar::default();
        let mon = day("2026-11-23");
        assert_eq!(cal.add_business_days(mon, 0), Some(mon));
        assert_eq!(cal.add_business_days(day("2026-11-22"), 0), Some(mon));
        assert_eq!(cal.add_business_days(mon, 3), Some(day("2026-11-27")));
        assert_eq!(cal.add_business_days(mon, 5), Some(day("2026-12-01")));
        assert_eq!(cal.business_days_between(mon, day("2026-11-27"), 100), 3);
        assert_eq!(cal.business_days_between(mon, day("2026-11-26"), 100), 2);
        assert_eq!(cal.business_days_between(mon, mon, 100), 0);
        assert_eq!(cal.business_days_between(mon, day("2026-11-20"), 100), 0);
        assert_eq!(cal.business_days_between(mon, day("2027-11-23"), 4), 4);
        assert_eq!(cal.business_day_until(day("2026-11-29")), Some(day("2026-11-27")));
        assert_eq!(cal.add_business_days(NaiveDate::MAX, 1), None);
    }
}
