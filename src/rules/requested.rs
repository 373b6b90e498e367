//! The requested FOC date, read once per validation (R-DATE-FORMAT) for the rules that time it:
//! [`super::dates`], [`super::time_window`] and [`super::foc`].

use crate::clock::{eastern_date, EasternDate};
use crate::code::Code;
use crate::date::DateError;
use crate::issue::{Issue, Path};
use crate::order::Order;
use crate::order_type::OrderKind;
use crate::text::msg;
use crate::text::quote;

use super::Facts;
use crate::order::Field;

/// The requested date, read.
pub struct Requested {
    pub at: EasternDate,
    /// The Eastern date differs from the date as written (a date-time in another offset).
    pub moved: bool,
}

pub fn field() -> Path {
    Field::RequestedFocDate.path()
}

/// A date field read in Eastern time; a bad one is reported at `at` (R-DATE-FORMAT). An LSR's
/// requested date takes the date alone (BW 17013).
pub fn read_date(typed: &str, at: Path, label: &str, lsr_day_only: bool, out: &mut Vec<Issue>) -> Option<EasternDate> {
    let read = eastern_date(typed);
    if let Ok(day) = read {
        if day.time.is_none() || !lsr_day_only {
            return Some(day);
        }
    }
    let error = |code, message| Issue::error(at.clone(), code, message);
    let q = quote(typed.trim());
    let issue = match read {
        Ok(_) => error(
            Code::DateFormat,
            msg![label, " ", q, " has a time, but an LSR takes the date alone: write it as YYYY-MM-DD (2026-12-01)."],
        ),
        Err(DateError::Format | DateError::NoOffset) if lsr_day_only => {
            error(Code::DateFormat, msg![label, " ", q, " is not a date an LSR accepts: write it as YYYY-MM-DD (2026-12-01)."])
        }
        Err(DateError::Format) => error(
            Code::DateFormat,
            msg![
                label, " ", q,
                " is not in a format that can be read: write it as YYYY-MM-DD (2026-12-01), or as a date and time with its offset from UTC (2026-12-01T15:00:00-05:00)."
            ],
        ),
        Err(DateError::NoOffset) => error(
            Code::DateNoOffset,
            msg![
                label, " ", q,
                " has a time but no offset from UTC, so the moment is ambiguous: add one, as in 2026-12-01T15:00:00-05:00 (Eastern standard time), or Z for UTC."
            ],
        ),
        Err(DateError::NoSuchDay) => {
            error(Code::DateNoSuchDay, msg![label, " ", q, " is not a day of the calendar: check the month and the day."])
        }
        Err(DateError::NoSuchTime) => error(
            Code::TimeInvalid,
            msg![label, " ", q, " has an impossible time or offset: hours run 00-23 and minutes 00-59."],
        ),
    };
    out.push(issue);
    None
}

/// The order's requested date; `None` when it has none, or one that cannot be read (reported).
pub fn read(order: &Order, facts: &Facts, out: &mut Vec<Issue>) -> Option<Requested> {
    let typed = order.requested_foc_date.as_deref().filter(|t| !t.trim().is_empty())?;
    let at = read_date(typed, field(), "Requested FOC date", facts.kind == OrderKind::Lsr, out)?;
    let written = typed.trim().get(..10).and_then(|d| crate::date::parse_day(d).ok());
    Some(Requested { moved: written != Some(at.date), at })
}
