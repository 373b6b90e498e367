//! What the caller says the date is, and which days it closes: the core has no clock of its own.
//!
//! `options.today` (a `YYYY-MM-DD` date in US Eastern time) wins; otherwise `options.now` (an
//! ISO-8601 instant) is converted to its Eastern date. The JS API fills `now` from the runtime's
//! clock when neither is given (`validate_input`); native callers that give neither get no
//! `today`, and the rules that need it are skipped with an info issue saying so.
//!
//! The instant itself is kept too, for the one rule that measures hours (R-EDIT-NEAR-FOC); when
//! only the date is known, "now" is somewhere in that day ([`Clock::now_span`]).

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::code::Code;
use crate::date::{self, DateError, Written};
use crate::eastern;
use crate::issue::Issue;
use crate::options::Options;
use crate::text::given;
use crate::text::msg;
use crate::text::quote;

/// The dates every date rule works from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    /// Today in US Eastern time; `None` when the caller gave no (valid) `today` or `now`.
    pub today: Option<NaiveDate>,
    /// The current instant (seconds since 1970, UTC), when `now` was given as a date-time and falls
    /// on `today` (a `now` on another day than a given `today` is not used: `today` wins).
    pub now: Option<i64>,
    pub calendar: Calendar,
}

/// A date field written as a day or a moment, read in Eastern time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EasternDate {
    pub date: NaiveDate,
    /// The Eastern wall clock, when a time was given.
    pub time: Option<eastern::Eastern>,
}

/// Reads `YYYY-MM-DD` or a date-time with an offset as a day in Eastern time.
pub fn eastern_date(text: &str) -> Result<EasternDate, DateError> {
    match date::parse(text)? {
        Written::Day(date) => Ok(EasternDate { date, time: None }),
        Written::Instant(t) => {
            let e = eastern::from_instant(t).ok_or(DateError::NoSuchDay)?;
            Ok(EasternDate { date: e.date, time: Some(e) })
        }
    }
}

/// `now` read: its Eastern date, and the instant when it was written as a date-time (a date alone
/// is accepted, as a day); `None` when it cannot be read.
fn read_now(text: &str) -> Option<(NaiveDate, Option<i64>)> {
    match date::parse(text).ok()? {
        Written::Day(day) => Some((day, None)),
        Written::Instant(t) => Some((eastern::from_instant(t)?.date, Some(t))),
    }
}

/// The options, with `now` asked of the caller's clock when they give neither `today` nor `now`
/// (copied only then).
pub fn with_now(opts: &Options, now: impl FnOnce() -> Option<String>) -> std::borrow::Cow<'_, Options> {
    if needs_now(opts) {
        std::borrow::Cow::Owned(now_given(opts, now()))
    } else {
        std::borrow::Cow::Borrowed(opts)
    }
}

/// A copy of `opts` with `now`: out of [`with_now`], so that each caller's clock does not bring a
/// copy of the options' whole clone into the `.wasm`.
#[inline(never)]
fn now_given(opts: &Options, now: Option<String>) -> Options {
    Options { now, ..opts.clone() }
}

/// The options give neither `today` nor `now` (blank counts as not given).
pub fn needs_now(opts: &Options) -> bool {
    given(&opts.today).is_none() && given(&opts.now).is_none()
}

impl Clock {
    /// Reads `today`, `now` and `extraHolidays`; a bad one is reported (`options.invalid`, like
    /// every other bad option) and left out.
    pub fn from_options(opts: &Options, issues: &mut Vec<Issue>) -> Clock {
        let invalid = |message: String| Issue::error(Vec::new(), Code::OptionsInvalid, message);
        let mut extra = Vec::with_capacity(opts.extra_holidays.len());
        for (i, text) in opts.extra_holidays.iter().enumerate() {
            match date::parse_day(text) {
                Ok(day) => extra.push(day),
                Err(_) => issues.push(invalid(msg![
                    "Option extraHolidays, item ",
                    i + 1,
                    " (",
                    quote(text),
                    "), is not a date written YYYY-MM-DD; it was ignored."
                ])),
            }
        }
        let now = given(&opts.now).map(read_now);
        let today = match (given(&opts.today), &now) {
            (Some(text), _) => date::parse_day(text).map_err(|_| {
                issues.push(invalid(msg![
                    "Option today (",
                    quote(text),
                    ") is not a date written YYYY-MM-DD (the current date in US Eastern time); the checks that need today were skipped."
                ]))
            }),
            (None, Some(Some((day, _)))) => Ok(*day),
            (None, Some(None)) => {
                let text = given(&opts.now).unwrap_or_default();
                issues.push(invalid(msg![
                    "Option now (",
                    quote(text),
                    ") is not an ISO-8601 instant such as 2026-11-23T15:04:05Z; the checks that need today were skipped."
                ]));
                Err(())
            }
            (None, None) => Err(()),
        };
        let today = today.ok();
        let now = match now {
            Some(Some((day, instant))) if Some(day) == today => instant,
            _ => None,
        };
        Clock { today, now, calendar: Calendar::new(extra) }
    }

    /// The first and the last second "now" may be: `now` itself, or, when only the date is known,
    /// the whole of today in Eastern time; `None` when today is unknown.
    pub fn now_span(&self) -> Option<(i64, i64)> {
        if let Some(now) = self.now {
            return Some((now, now));
        }
        let today = self.today?;
        let start = eastern::to_instant(today, 0)?;
        let end = eastern::to_instant(today.succ_opt()?, 0)?.checked_sub(1)?;
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(today: Option<&str>, now: Option<&str>, extra: &[&str]) -> Options {
        Options {
            today: today.map(String::from),
            now: now.map(String::from),
            extra_holidays: extra.iter().map(|s| (*s).to_string()).collect(),
            ..Options::default()
        }
    }

    #[test]
    fn today_from_options() {
        let day = |s| date::parse_day(s).ok();
        // (today, now, the day read, issues)
        type Case<'a> = (Option<&'a str>, Option<&'a str>, Option<NaiveDate>, usize);
        let cases: &[Case] = &[
            (Some("2026-11-23"), None, day("2026-11-23"), 0),
            (Some("2026-11-23"), Some("2026-11-28T02:00:00Z"), day("2026-11-23"), 0),
            (None, Some("2026-11-28T02:00:00Z"), day("2026-11-27"), 0),
            (None, Some("2026-11-28T05:00:00Z"), day("2026-11-28"), 0),
            (None, Some("2026-11-28"), day("2026-11-28"), 0),
            (Some(" "), Some("2026-11-28T04:59:59Z"), day("2026-11-27"), 0),
            (None, None, None, 0),
            (Some("11/23/2026"), None, None, 1),
            (Some("2026-11-23T10:00Z"), None, None, 1),
            (None, Some("soon"), None, 1),
        ];
        for (today, now, want, n_issues) in cases {
            let mut issues = Vec::new();
            let clock = Clock::from_options(&opts(*today, *now, &[]), &mut issues);
            assert_eq!((clock.today, issues.len()), (*want, *n_issues), "{today:?} {now:?}");
            assert!(issues.iter().all(|i| i.code == "options.invalid" && i.message.ends_with('.')));
        }
    }

    #[test]
    fn now_and_its_span() {
        let at = |s: &str| match date::parse(s) {
            Ok(Written::Instant(t)) => t,
            _ => panic!("{s}"),
        };
        // (today, now, the instant kept, the span of "now")
        type Case<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, Option<(&'a str, &'a str)>);
        let cases: &[Case] = &[
            (
                None,
                Some("2026-11-23T15:00:00Z"),
                Some("2026-11-23T15:00:00Z"),
                Some(("2026-11-23T15:00:00Z", "2026-11-23T15:00:00Z")),
            ),
            // A date alone, or today alone: the whole Eastern day, to its last second.
            (None, Some("2026-11-23"), None, Some(("2026-11-23T05:00:00Z", "2026-11-24T04:59:59Z"))),
            (Some("2026-11-23"), None, None, Some(("2026-11-23T05:00:00Z", "2026-11-24T04:59:59Z"))),
            // `now` on the day `today` gives is kept; on another day, `today` wins.
            (
                Some("2026-11-23"),
                Some("2026-11-24T04:59:59Z"),
                Some("2026-11-24T04:59:59Z"),
                Some(("2026-11-24T04:59:59Z", "2026-11-24T04:59:59Z")),
            ),
            (
                Some("2026-11-23"),
                Some("2026-11-24T05:00:00Z"),
                None,
                Some(("2026-11-23T05:00:00Z", "2026-11-24T04:59:59Z")),
            ),
            (Some("2026-11-23"), Some("soon"), None, Some(("2026-11-23T05:00:00Z", "2026-11-24T04:59:59Z"))),
            // Days of 23 and 25 hours.
            (Some("2027-03-14"), None, None, Some(("2027-03-14T05:00:00Z", "2027-03-15T03:59:59Z"))),
            (Some("2027-11-07"), None, None, Some(("2027-11-07T04:00:00Z", "2027-11-08T04:59:59Z"))),
            (None, None, None, None),
            (None, Some("soon"), None, None),
        ];
        for (today, now, instant, span) in cases {
            let clock = Clock::from_options(&opts(*today, *now, &[]), &mut Vec::new());
            assert_eq!(clock.now, instant.map(at), "{today:?} {now:?}");
            assert_eq!(clock.now_span(), span.map(|(a, b)| (at(a), at(b))), "{today:?} {now:?}");
        }
    }

    #[test]
    fn extra_holidays_are_parsed_and_bad_ones_reported() {
        let mut issues = Vec::new();
        let clock = Clock::from_options(&opts(None, None, &["2026-11-27", "12/24/2026", " 2026-12-24 "]), &mut issues);
        assert!(!clock.calendar.is_business_day(date::parse_day("2026-11-27").unwrap()));
        assert!(!clock.calendar.is_business_day(date::parse_day("2026-12-24").unwrap()));
        assert_eq!(issues.len(), 1);
        assert_eq!(
            issues[0].message,
            "Option extraHolidays, item 2 (\u{201c}12/24/2026\u{201d}), is not a date written YYYY-MM-DD; it was ignored."
        );
    }
}
