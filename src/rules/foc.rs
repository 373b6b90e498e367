//! An LSR's firm order confirmation (FOC): how long it lasts (R-FOC-VALIDITY) and why it cannot
//! be used early (R-EARLY-ACTIVATION). Both from the carriers' porting FAQ (S2).
//!
//! A FOC is valid for 10 business days, the FOC date being day 1 (when the FOC date is not a
//! business day, day 1 is the next one). After the 10th the LSR fails and a new order is needed.

use chrono::NaiveDate;

use super::requested::read_date;
use super::{Cx, Facts};
use crate::code::Code;
use crate::date::ymd_text;
use crate::issue::{Issue, Path, Severity};
use crate::order::Field;
use crate::order_type::OrderKind;
use crate::text::msg;

/// Business days a FOC is valid, the FOC date included.
pub const FOC_VALID_BUSINESS_DAYS: u32 = 10;
/// Warn in the last this many business days.
const WARN_LAST: u32 = 2;

/// The last business day on which a FOC given for `foc_date` is valid.
pub fn foc_expiry(calendar: &crate::calendar::Calendar, foc_date: NaiveDate) -> Option<NaiveDate> {
    let day_one = calendar.business_day_from(foc_date)?;
    calendar.add_business_days(day_one, FOC_VALID_BUSINESS_DAYS - 1)
}

/// R-FOC-VALIDITY and R-EARLY-ACTIVATION, for an LSR that is not over.
pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if facts.kind != OrderKind::Lsr || facts.terminal {
        return;
    }
    let requested = cx.requested(out);
    let foc_typed = order.actual_foc_date.as_deref().filter(|t| !t.trim().is_empty());
    let foc = foc_typed.and_then(|t| read_date(t, Field::ActualFocDate.path(), "Actual FOC date", false, out));
    if let Some(foc) = foc {
        validity(foc.date, facts, out);
    }
    if !facts.has_foc {
        return;
    }
    // The FOC date, or else the requested date the FOC confirmed.
    let (date, at): (NaiveDate, Path) = match (foc, requested) {
        (Some(foc), _) => (foc.date, Field::ActualFocDate.path()),
        (None, Some(req)) if foc_typed.is_none() => (req.at.date, Field::RequestedFocDate.path()),
        _ => return,
    };
    // Once the day is past, the advice is moot.
    if facts.clock.today.is_some_and(|today| today > date) {
        return;
    }
    let day = ymd_text(date);
    let info = |code, message| Issue::info(at.clone(), code, message).param("focDate", day.as_str());
    out.push(info(
        Code::FocNoEarlyActivation,
        msg![
            "There is no early concurrence: to activate before ",
            day.as_str(),
            ", supp the LSR with an earlier requested date."
        ],
    ));
    out.push(info(
        Code::FocBuildSubscriptions,
        msg![
            "Build the subscriptions before ",
            day.as_str(),
            " and at least 6 hours before activating: auto-concurrence happens 6 hours after they are built."
        ],
    ));
}

fn validity(foc_date: NaiveDate, facts: &Facts, out: &mut Vec<Issue>) {
    let cal = &facts.clock.calendar;
    let Some(last) = foc_expiry(cal, foc_date) else { return };
    let (foc, until) = (ymd_text(foc_date), ymd_text(last));
    let issue = |severity, code, message| {
        Issue::new(severity, Field::ActualFocDate.path(), code, message)
            .param("focDate", foc.as_str())
            .param("validThrough", until.as_str())
    };
    let Some(today) = facts.clock.today else {
        let message =
            msg!["The FOC of ", foc.as_str(), " is valid through ", until.as_str(), ", its 10th business day."];
        out.push(issue(Severity::Info, Code::FocValidUntil, message));
        return;
    };
    if today > last {
        let message = msg![
            "The FOC of ",
            foc.as_str(),
            " expired after ",
            until.as_str(),
            ", its 10th business day, so the LSR fails: submit a new order."
        ];
        out.push(issue(Severity::Error, Code::FocExpired, message));
        return;
    }
    // Business days left, today included.
    let left = cal.business_days_between(today, last, WARN_LAST + 1) + u32::from(cal.is_business_day(today));
    if left <= WARN_LAST {
        let left_words = if left == 1 {
            String::from("today is its last business day")
        } else {
            msg!["only ", left, " business days are left, today included"]
        };
        let message = msg![
            "The FOC of ",
            foc.as_str(),
            " is valid through ",
            until.as_str(),
            " and ",
            left_words,
            ": activate by then, or the LSR fails and a new order is needed."
        ];
        out.push(issue(Severity::Warning, Code::FocExpiring, message).param("businessDaysLeft", left));
    } else {
        let message = msg![
            "The FOC of ",
            foc.as_str(),
            " is valid through ",
            until.as_str(),
            ", its 10th business day: activate by then, or the LSR fails."
        ];
        out.push(issue(Severity::Info, Code::FocValidUntil, message));
    }
}
