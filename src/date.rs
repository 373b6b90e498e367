//! Reading and writing dates by hand: `YYYY-MM-DD`, and ISO-8601 date-times with an offset or `Z`.
//!
//! Written out rather than with chrono's `parse_from_str`/`format`, whose parsing and formatting
//! machinery costs several KB in the `.wasm` (`../shared/notes/wasm-size.md`); the grammar is
//! small and exact. Only [`chrono::NaiveDate`] is used, for its cheap calendar arithmetic.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::text::push_padded;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01.
const UNIX_EPOCH_DAY_FROM_CE: i64 = 719_163;

/// A date as written: a day, or a moment with its offset from UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// `2026-12-01`: a calendar day (the rules read it as a day in US Eastern time).
    Day(NaiveDate),
    /// `2026-12-01T15:00:00-05:00`: an instant, in seconds since 1970-01-01T00:00:00Z (any
    /// fraction of a second is dropped).
    Instant(i64),
}

/// Why text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not `YYYY-MM-DD` nor a date-time with an offset.
    Format,
    /// A date and a time, but no offset (`Z`, `-05:00`): the moment is ambiguous.
    NoOffset,
    /// The shape is right but there is no such day (`2026-02-30`, month 13).
    NoSuchDay,
    /// The shape is right but there is no such time (hour 24, minute 60, offset +25:00).
    NoSuchTime,
}

/// `count` ASCII digits at the start of `s`, as a number, and the rest.
fn digits(s: &[u8], count: usize) -> Option<(u32, &[u8])> {
    let (head, rest) = (s.get(..count)?, s.get(count..)?);
    let mut n = 0u32;
    for &b in head {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    Some((n, rest))
}

/// `s` without its first byte when that byte is `b`.
fn byte(s: &[u8], b: u8) -> Option<&[u8]> {
    match s.split_first() {
        Some((&first, rest)) if first == b => Some(rest),
        _ => None,
    }
}

/// Year, month and day as written, not yet checked against the calendar.
type Ymd = (u32, u32, u32);

/// `YYYY-MM-DD` at the start of `s`, and the rest.
fn ymd(s: &[u8]) -> Option<(Ymd, &[u8])> {
    let (y, s) = digits(s, 4)?;
    let (m, s) = digits(byte(s, b'-')?, 2)?;
    let (d, s) = digits(byte(s, b'-')?, 2)?;
    Some(((y, m, d), s))
}

fn day_of(y: u32, m: u32, d: u32) -> Result<NaiveDate, DateError> {
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NoSuchDay)
}

/// Exactly `YYYY-MM-DD` (surrounding spaces ignored).
pub fn parse_day(text: &str) -> Result<NaiveDate, DateError> {
    match ymd(text.trim().as_bytes()) {
        Some(((y, m, d), [])) => day_of(y, m, d),
        _ => Err(DateError::Format),
    }
}

/// `YYYY-MM-DD` (also followed by a zone: `2021-06-16Z`, `2021-06-16-05:00`), or
/// `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or an offset `±HH:MM`, `±HHMM` or `±HH`. `T` may also be `t` or a space (RFC 3339); surrounding spaces are ignored.
pub fn parse(text: &str) -> Result<Written, DateError> {
    let s = text.trim().as_bytes();
    let ((y, m, d), rest) = ymd(s).ok_or(DateError::Format)?;
    let Some((&sep, after)) = rest.split_first() else {
        return day_of(y, m, d).map(Written::Day);
    };
    // `2021-06-16Z`, `2021-06-16-05:00` (XML Schema's date with a zone, in the provider's own
    // toll-free sample): the calendar day; the zone says nothing of a day's moment.
    if matches!(sep, b'Z' | b'z' | b'+' | b'-') {
        offset(rest)?;
        return day_of(y, m, d).map(Written::Day);
    }
    let rest = after;
    if !matches!(sep, b'T' | b't' | b' ') {
        return Err(DateError::Format);
    }
    let (hour, rest) = digits(rest, 2).ok_or(DateError::Format)?;
    let (minute, mut rest) = digits(byte(rest, b':').ok_or(DateError::Format)?, 2).ok_or(DateError::Format)?;
    let mut second = 0;
    if let Some(after) = byte(rest, b':') {
        let (sec, after) = digits(after, 2).ok_or(DateError::Format)?;
        second = sec;
        rest = after;
        if let Some(fraction) = byte(rest, b'.').or_else(|| byte(rest, b',')) {
            let n = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            if n == 0 {
                return Err(DateError::Format);
            }
            rest = fraction.get(n..).unwrap_or_default();
        }
    }
    let offset_minutes = offset(rest)?;
    let day = day_of(y, m, d)?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err(DateError::NoSuchTime);
    }
    let seconds = i64::from(hour * 3600 + minute * 60 + second) - i64::from(offset_minutes) * 60;
    Ok(Written::Instant(unix_day(day) * 86_400 + seconds))
}

/// The offset from UTC in minutes: `Z`, `+HH:MM`, `+HHMM`, `+HH` (and `-`); nothing is
/// [`DateError::NoOffset`].
fn offset(s: &[u8]) -> Result<i32, DateError> {
    let (sign, s) = match s.split_first() {
        None => return Err(DateError::NoOffset),
        Some((b'Z' | b'z', [])) => return Ok(0),
        Some((b'+', s)) => (1, s),
        Some((b'-', s)) => (-1, s),
        Some(_) => return Err(DateError::Format),
    };
    let (hours, s) = digits(s, 2).ok_or(DateError::Format)?;
    let minutes = match s {
        [] => 0,
        _ => match digits(byte(s, b':').unwrap_or(s), 2) {
            Some((m, [])) => m,
            _ => return Err(DateError::Format),
        },
    };
    if hours > 23 || minutes > 59 {
        return Err(DateError::NoSuchTime);
    }
    Ok(sign * (hours * 60 + minutes) as i32)
}

/// Days since 1970-01-01 (negative before).
pub fn unix_day(day: NaiveDate) -> i64 {
    i64::from(day.num_days_from_ce()) - UNIX_EPOCH_DAY_FROM_CE
}

/// The day `days` after 1970-01-01.
pub fn from_unix_day(days: i64) -> Option<NaiveDate> {
    let ce = i32::try_from(days.checked_add(UNIX_EPOCH_DAY_FROM_CE)?).ok()?;
    NaiveDate::from_num_days_from_ce_opt(ce)
}

/// Appends `2026-12-01`.
pub fn push_day(out: &mut String, day: NaiveDate) {
    push_padded(out, day.year().max(0) as u32, 4);
    out.push('-');
    push_padded(out, day.month(), 2);
    out.push('-');
    push_padded(out, day.day(), 2);
}

/// `2026-12-01`.
pub fn ymd_text(day: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_day(&mut out, day);
    out
}

/// Appends `HH:MM` for a number of seconds into the day (`HH:MM:SS` when the seconds are not 0).
pub fn push_clock(out: &mut String, seconds_of_day: u32) {
    push_padded(out, seconds_of_day / 3600, 2);
    out.push(':');
    push_padded(out, seconds_of_day / 60 % 60, 2);
    if seconds_of_day % 60 != 0 {
        out.push(':');
        push_padded(out, seconds_of_day % 60, 2);
    }
}

/// `HH:MM`, or `HH:MM:SS`.
pub fn clock_text(seconds_of_day: u32) -> String {
    let mut out = String::with_capacity(5);
    push_clock(&mut out, seconds_of_day);
    out
}

/// "Monday", ...: for messages (chrono's `Display` would bring in the formatting machinery).
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// 2026-12-01T00:00:00Z
    const DEC1: i64 = 1_796_083_200;

    #[test]
    fn days_and_instants() {
        use DateError::*;
        let cases: &[(&str, Result<Written, DateError>)] = &[
            ("2026-12-01", Ok(Written::Day(day(2026, 12, 1)))),
            (" 2026-12-01 ", Ok(Written::Day(day(2026, 12, 1)))),
            ("2024-02-29", Ok(Written::Day(day(2024, 2, 29)))),
            ("2021-06-16Z", Ok(Written::Day(day(2021, 6, 16)))),
            ("2021-06-16-05:00", Ok(Written::Day(day(2021, 6, 16)))),
            ("2021-06-16+0530", Ok(Written::Day(day(2021, 6, 16)))),
            ("2021-06-16-5", Err(Format)),
            ("2021-06-16Zx", Err(Format)),
            ("2026-02-30Z", Err(NoSuchDay)),
            ("2026-12-01T00:00:00Z", Ok(Written::Instant(DEC1))),
            ("2026-12-01t00:00z", Ok(Written::Instant(DEC1))),
            ("2026-12-01 00:00Z", Ok(Written::Instant(DEC1))),
            ("2026-12-01T15:00:00-05:00", Ok(Written::Instant(DEC1 + 20 * 3600))),
            ("2026-12-01T15:00:00.123-0500", Ok(Written::Instant(DEC1 + 20 * 3600))),
            ("2026-12-01T15:00:00,5-05", Ok(Written::Instant(DEC1 + 20 * 3600))),
            ("2026-12-01T15:00:59+05:30", Ok(Written::Instant(DEC1 + 15 * 3600 + 59 - 330 * 60))),
            ("2026-12-01T00:30:00+01:00", Ok(Written::Instant(DEC1 - 1800))),
            ("1969-12-31T23:59:59Z", Ok(Written::Instant(-1))),
            ("2026-12-01T15:00:00", Err(NoOffset)),
            ("2026-12-01T15:00", Err(NoOffset)),
            ("2026-02-29", Err(NoSuchDay)),
            ("2026-13-01", Err(NoSuchDay)),
            ("2026-00-10", Err(NoSuchDay)),
            ("2026-12-32T10:00Z", Err(NoSuchDay)),
            ("2026-12-01T24:00Z", Err(NoSuchTime)),
            ("2026-12-01T10:60Z", Err(NoSuchTime)),
            ("2026-12-01T10:00:60Z", Err(NoSuchTime)),
            ("2026-12-01T10:00+24:00", Err(NoSuchTime)),
            ("", Err(Format)),
            ("12/01/2026", Err(Format)),
            ("2026-12-1", Err(Format)),
            ("20261201", Err(Format)),
            ("2026-12-01T", Err(Format)),
            ("2026-12-01T15", Err(Format)),
            ("2026-12-01T15:00:00.Z", Err(Format)),
            ("2026-12-01T15:00:00 EST", Err(Format)),
            ("2026-12-01T15:00:00-5:00", Err(Format)),
            ("2026-12-01T15:00:00Zx", Err(Format)),
            ("2026-12-01x", Err(Format)),
            ("２０２６-12-01", Err(Format)),
            ("+2026-12-01", Err(Format)),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text), *want, "{text:?}");
        }
        assert_eq!(parse_day("2026-12-01"), Ok(day(2026, 12, 1)));
        assert_eq!(parse_day("2026-12-01T00:00Z"), Err(Format));
        assert_eq!(parse_day("2026-02-30"), Err(NoSuchDay));
    }

    #[test]
    fn writing() {
        let mut s = String::new();
        push_day(&mut s, day(987, 3, 4));
        assert_eq!(s, "0987-03-04");
        assert_eq!(ymd_text(day(2026, 12, 1)), "2026-12-01");
        assert_eq!(clock_text(0), "00:00");
        assert_eq!(clock_text(22 * 3600 + 60), "22:01");
        assert_eq!(clock_text(22 * 3600 + 1), "22:00:01");
        assert_eq!(from_unix_day(0), Some(day(1970, 1, 1)));
        assert_eq!(from_unix_day(unix_day(day(2100, 12, 31))), Some(day(2100, 12, 31)));
        assert_eq!(from_unix_day(i64::MAX), None);
        assert_eq!(weekday_name(day(2026, 11, 22).weekday()), "Sunday");
    }
}
