//! The date questions a form asks, answered without an order: the earliest date to offer, whether
//! a day is a business day, the last day a FOC is valid (api.md `earliestRequestedDate`,
//! `isBusinessDay`, `focExpiry`).
//!
//! These answer with plain values and never fail: a date that cannot be read is not a business
//! day and has no FOC expiry (`""`); when today is unknown, the earliest dates are `""`. Bad
//! options keep their defaults, as in `validateOrder` (which reports them).

use serde::Serialize;

use crate::clock::{eastern_date, Clock};
use crate::date::ymd_text;
use crate::input::{Shape, Source};
use crate::options::{self, Options};
use crate::rules::foc;

/// `earliestRequestedDate` (api.md): `YYYY-MM-DD`, or `""` when today is unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct EarliestDates {
    /// The first date that meets the minimum lead time (3 business days after today).
    pub minimum: String,
    /// The first date that meets the recommended lead time (5 business days after today).
    pub recommended: String,
}

/// The calendar the options describe (their problems are `validateOrder`'s to report).
fn read_clock<S: Source>(src: &S) -> Clock {
    let mut ignored = Vec::new();
    Clock::from_options(&options::read(src, &mut ignored), &mut ignored)
}

/// A date argument: text, `YYYY-MM-DD` or a date-time with an offset, read as an Eastern day.
fn read_day<S: Source>(src: &S) -> Option<chrono::NaiveDate> {
    if src.shape() != Shape::Text {
        return None;
    }
    eastern_date(&src.text(64).ok()?).ok().map(|d| d.date)
}

/// The earliest requested dates from the today the options give (`""` when they give none).
pub fn earliest(opts: &Options) -> EarliestDates {
    let mut ignored = Vec::new();
    let clock = Clock::from_options(opts, &mut ignored);
    let rec_n = opts.recommended_lead_business_days.max(opts.min_lead_business_days);
    let at = |n| clock.today.and_then(|t| clock.calendar.add_business_days(t, n)).map(ymd_text).unwrap_or_default();
    EarliestDates { minimum: at(opts.min_lead_business_days), recommended: at(rec_n) }
}

/// Whether a date is a business day (weekday, not a federal or extra holiday); `false` for
/// anything that is not a date.
pub fn is_business_day<S: Source>(date: &S, options: &S) -> bool {
    let clock = read_clock(options);
    read_day(date).is_some_and(|d| clock.calendar.is_business_day(d))
}

/// The last business day on which a FOC for `foc_date` is valid, `YYYY-MM-DD`; `""` for anything
/// that is not a date.
pub fn foc_expiry<S: Source>(foc_date: &S, options: &S) -> String {
    let clock = read_clock(options);
    read_day(foc_date).and_then(|d| foc::foc_expiry(&clock.calendar, d)).map(ymd_text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;

    fn opts(pairs: &[(&str, Value)]) -> Value {
        Value::object(pairs.iter().cloned())
    }

    #[test]
    fn earliest_dates() {
        let today = |d: &str| opts(&[("today", Value::text(d))]);
        let cases = [
            (today("2026-11-23"), "2026-11-27", "2026-12-01"),
            (today("2026-11-22"), "2026-11-25", "2026-11-30"),
            (opts(&[("now", Value::text("2026-11-24T04:00:00Z"))]), "2026-11-27", "2026-12-01"),
            (
                opts(&[("today", Value::text("2026-11-23")), ("minLeadBusinessDays", Value::Number(0.0))]),
                "2026-11-23",
                "2026-12-01",
            ),
            (
                opts(&[("today", Value::text("2026-11-28")), ("minLeadBusinessDays", Value::Number(0.0))]),
                "2026-11-30",
                "2026-12-04",
            ),
            (
                opts(&[
                    ("today", Value::text("2026-11-23")),
                    ("extraHolidays", Value::List(vec![Value::text("2026-11-27")])),
                ]),
                "2026-11-30",
                "2026-12-02",
            ),
            (today("garbage"), "", ""),
        ];
        for (o, min, rec) in cases {
            let got = crate::entry::earliest_requested_date(&o, || None);
            assert_eq!((got.minimum.as_str(), got.recommended.as_str()), (min, rec), "{o:?}");
        }
        let from_clock = crate::entry::earliest_requested_date(&Value::Missing, || Some("2026-11-23T15:00:00Z".into()));
        assert_eq!(from_clock.minimum, "2026-11-27");
        assert_eq!(crate::entry::earliest_requested_date(&Value::Missing, || None), EarliestDates::default());
    }

    #[test]
    fn business_days_and_foc_expiry_never_fail() {
        let none = Value::Missing;
        assert!(is_business_day(&Value::text("2026-11-27"), &none));
        assert!(!is_business_day(&Value::text("2026-11-26"), &none));
        assert!(!is_business_day(
            &Value::text("2026-11-28T02:00:00Z"),
            &opts(&[("extraHolidays", Value::List(vec![Value::text("2026-11-27")]))])
        ));
        for bad in [Value::text("tomorrow"), Value::text("2026-02-30"), Value::Number(1.0), Value::Null, none.clone()] {
            assert!(!is_business_day(&bad, &none), "{bad:?}");
            assert_eq!(foc_expiry(&bad, &none), "", "{bad:?}");
        }
        assert_eq!(foc_expiry(&Value::text("2026-11-16"), &none), "2026-11-30");
        assert_eq!(foc_expiry(&Value::text("2026-11-16"), &Value::Number(3.0)), "2026-11-30");
    }
}
