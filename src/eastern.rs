//! US Eastern time (America/New_York): an instant as it reads on a wall clock in New York.
//!
//! All calendar logic is in Eastern time (domain.md section 3). Rather than `chrono-tz` (a copy
//! of the time-zone database, even when filtered to one zone, plus chrono's `TimeZone`
//! machinery), this is the US rule itself, written out: UTC-5, and UTC-4 from 02:00 local
//! standard time on the second Sunday of March to 02:00 local daylight time on the first Sunday
//! of November (Energy Policy Act of 2005, in force since 2007). Years 1987-2006 use the rule of
//! their time (first Sunday of April to last Sunday of October); earlier years are given that
//! rule too (such dates are only ever in the past, and the rules refuse them anyway).
//! `tests/calendar_oracle.rs` checks every change 2000-2100 against Python's `zoneinfo`.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::date::{from_unix_day, unix_day};

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

/// A moment on a New York wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Eastern {
    pub date: NaiveDate,
    /// Seconds since local midnight, 0..86400.
    pub seconds: u32,
    /// Minutes from UTC: -300 (EST) or -240 (EDT).
    pub offset_minutes: i32,
}

impl Eastern {
    pub fn is_daylight_time(&self) -> bool {
        self.offset_minutes == -240
    }

    /// The instant this wall-clock reading stands for, in seconds since 1970 (UTC).
    pub fn instant(&self) -> i64 {
        unix_day(self.date) * DAY + i64::from(self.seconds) - i64::from(self.offset_minutes) * 60
    }
}

/// The `n`th (1-based) `weekday` of a month, or the last one when `n` is 0.
fn weekday_of_month(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    if n > 0 {
        return NaiveDate::from_weekday_of_month_opt(year, month, weekday, n);
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4))
}

/// The two instants of `year` (seconds since 1970, UTC) at which daylight time starts and ends.
fn daylight_span(year: i32) -> Option<(i64, i64)> {
    let (start, end) = if year >= 2007 {
        (weekday_of_month(year, 3, Weekday::Sun, 2)?, weekday_of_month(year, 11, Weekday::Sun, 1)?)
    } else {
        (weekday_of_month(year, 4, Weekday::Sun, 1)?, weekday_of_month(year, 10, Weekday::Sun, 0)?)
    };
    // 02:00 EST is 07:00 UTC; 02:00 EDT is 06:00 UTC.
    Some((unix_day(start) * DAY + 7 * HOUR, unix_day(end) * DAY + 6 * HOUR))
}

/// The Eastern wall clock at `instant` (seconds since 1970-01-01T00:00:00Z); `None` only out
/// of the calendar's range.
pub fn from_instant(instant: i64) -> Option<Eastern> {
    // Daylight time never spans New Year, so the UTC year is the one whose rule applies.
    let year = from_unix_day(instant.div_euclid(DAY))?.year();
    let (start, end) = daylight_span(year)?;
    let offset_minutes = if (start..end).contains(&instant) { -240 } else { -300 };
    let local = instant.checked_add(i64::from(offset_minutes) * 60)?;
    Some(Eastern { date: from_unix_day(local.div_euclid(DAY))?, seconds: local.rem_euclid(DAY) as u32, offset_minutes })
}

/// The offset (minutes from UTC) in force on a New York wall clock showing `seconds` after
/// midnight on `date`: that of [`to_instant`], and standard time for a reading the spring change
/// skips. For a form's "time, US Eastern" control.
pub fn offset_at_local(date: NaiveDate, seconds: u32) -> i32 {
    to_instant(date, seconds).and_then(from_instant).map_or(-300, |e| e.offset_minutes)
}

/// The instant (seconds since 1970, UTC) at which a New York wall clock reads `seconds` into
/// `date`. A time that occurs twice (01:00-01:59 when daylight time ends) gives the first; a time
/// that never occurs (02:00-02:59 when it starts) gives `None`, as does a day out of range. The
/// rules only ask for midnight and 11:30, which occur exactly once every day.
pub fn to_instant(date: NaiveDate, seconds: u32) -> Option<i64> {
    let local = unix_day(date).checked_mul(DAY)?.checked_add(i64::from(seconds))?;
    // UTC = local - offset: daylight time (UTC-4) first, so that a repeated hour gives its first.
    [4 * HOUR, 5 * HOUR]
        .into_iter()
        .filter_map(|behind| local.checked_add(behind))
        .find(|&t| from_instant(t).is_some_and(|e| e.date == date && e.seconds == seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse, Written};

    fn at(text: &str) -> Eastern {
        let Ok(Written::Instant(t)) = parse(text) else { panic!("{text}") };
        from_instant(t).unwrap()
    }

    #[test]
    fn offsets_of_wall_clock_readings() {
        let day = |s: &str| crate::date::parse_day(s).unwrap();
        let cases = [
            ("2026-01-15", 11 * 3600 + 1800, -300),
            ("2026-07-01", 11 * 3600 + 1800, -240),
            // 2026-03-08: 02:00 EST becomes 03:00 EDT.
            ("2026-03-08", 3600 + 3599, -300),
            ("2026-03-08", 2 * 3600 + 1800, -300),
            ("2026-03-08", 3 * 3600, -240),
            // 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
            ("2026-11-01", 3600 + 1800, -240),
            ("2026-11-01", 2 * 3600, -300),
        ];
        for (d, seconds, want) in cases {
            assert_eq!(offset_at_local(day(d), seconds), want, "{d} {seconds}");
        }
    }

    #[test]
    fn standard_and_daylight_time() {
        // (UTC instant, Eastern date, Eastern HH:MM, offset)
        let cases = [
            ("2026-11-23T16:30:00Z", "2026-11-23", "11:30", -300),
            ("2026-07-01T15:30:00Z", "2026-07-01", "11:30", -240),
            ("2026-11-28T02:00:00Z", "2026-11-27", "21:00", -300),
            ("2027-03-14T06:59:00Z", "2027-03-14", "01:59", -300),
            ("2027-03-14T07:00:00Z", "2027-03-14", "03:00", -240),
            ("2027-11-07T05:59:59Z", "2027-11-07", "01:59:59", -240),
            ("2027-11-07T06:00:00Z", "2027-11-07", "01:00", -300),
            ("2006-04-02T07:00:00Z", "2006-04-02", "03:00", -240),
            ("2006-10-29T06:00:00Z", "2006-10-29", "01:00", -300),
            ("2027-01-01T04:59:59Z", "2026-12-31", "23:59:59", -300),
        ];
        for (utc, date, clock, offset) in cases {
            let e = at(utc);
            assert_eq!(
                (crate::date::ymd_text(e.date).as_str(), crate::date::clock_text(e.seconds).as_str(), e.offset_minutes),
                (date, clock, offset),
                "{utc}"
            );
            assert_eq!(e.is_daylight_time(), offset == -240);
            let Ok(Written::Instant(t)) = parse(utc) else { panic!("{utc}") };
            assert_eq!(e.instant(), t, "{utc}");
        }
        assert_eq!(from_instant(i64::MAX), None);
        assert_eq!(from_instant(i64::MIN), None);
    }

    #[test]
    fn wall_clock_to_instant() {
        let day = |s| crate::date::parse_day(s).unwrap();
        let instant = |s| match parse(s) {
            Ok(Written::Instant(t)) => t,
            _ => panic!("{s}"),
        };
        const H: u32 = 3600;
        // (Eastern date, seconds into it, the instant or None)
        let cases = [
            ("2026-11-23", 11 * H + 30 * 60, Some("2026-11-23T16:30:00Z")),
            ("2026-07-01", 11 * H + 30 * 60, Some("2026-07-01T15:30:00Z")),
            ("2026-11-23", 0, Some("2026-11-23T05:00:00Z")),
            ("2026-07-01", 0, Some("2026-07-01T04:00:00Z")),
            // Daylight time starts: 02:00-02:59 never happens; midnight and 03:00 do.
            ("2027-03-14", 0, Some("2027-03-14T05:00:00Z")),
            ("2027-03-14", 2 * H + 30 * 60, None),
            ("2027-03-14", 3 * H, Some("2027-03-14T07:00:00Z")),
            ("2027-03-15", 0, Some("2027-03-15T04:00:00Z")),
            // Daylight time ends: 01:30 happens twice, the first is given.
            ("2027-11-07", 0, Some("2027-11-07T04:00:00Z")),
            ("2027-11-07", H + 30 * 60, Some("2027-11-07T05:30:00Z")),
            ("2027-11-07", 2 * H, Some("2027-11-07T07:00:00Z")),
            ("2027-11-08", 0, Some("2027-11-08T05:00:00Z")),
        ];
        for (date, seconds, want) in cases {
            assert_eq!(to_instant(day(date), seconds), want.map(instant), "{date} {seconds}");
            if let Some(t) = to_instant(day(date), seconds) {
                let e = from_instant(t).unwrap();
                assert_eq!((e.date, e.seconds), (day(date), seconds));
            }
        }
    }
}
