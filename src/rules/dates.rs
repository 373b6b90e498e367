//! The requested date (domain.md section 3): readable (R-DATE-FORMAT), not past (R-DATE-PAST),
//! far enough ahead (R-DATE-LEAD), a business day (R-DATE-BUSINESS), not too far ahead
//! (R-DATE-HORIZON). Then the activation time ([`super::time_window`]) and, on LSRs, the FOC
//! ([`super::foc`]).
//!
//! Every date is a day in US Eastern time: a date-time is converted first, so
//! `2026-11-28T02:00:00Z` (a Saturday in UTC) is Friday 2026-11-27 at 21:00 in New York.

use chrono::{Datelike, NaiveDate};

use super::field::given;
use super::requested::{field, Requested};
use super::{Cx, Facts};
use crate::calendar::Closed;

use crate::code::Code;
use crate::date::{unix_day, weekday_name, ymd_text};
use crate::issue::Issue;
use crate::options::Options;
use crate::order_type::OrderKind;
use crate::text::msg;

/// R-DATE-PAST, R-DATE-LEAD, R-DATE-HORIZON, R-DATE-BUSINESS on the requested date.
///
/// Decision: once an order has FOC, its requested date is the date the losing carrier
/// confirmed, so it is timed again only when an edit changes it (a reschedule, which R-EDIT-NEAR-FOC
/// also judges); an LSR's is replaced by its FOC date for good (R-FOC-VALIDITY).
pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (facts, opts) = (cx.facts, cx.options);
    let Some(req) = cx.requested(out) else { return };
    let rescheduled = facts.kind == OrderKind::PortIn
        && opts
            .original
            .as_deref()
            .is_some_and(|saved| given(&saved.requested_foc_date) != given(&cx.order.requested_foc_date));
    if !facts.has_foc || rescheduled {
        timing(req, facts, opts, out);
    }
    business_day(req, facts, opts, out);
}

/// "Requested FOC date 2026-11-28", or "... 2026-11-27 (in Eastern time)" when a date-time
/// written in another offset falls on another day in New York.
fn subject(req: &Requested) -> String {
    msg!["Requested FOC date ", ymd_text(req.at.date), if req.moved { " (in US Eastern time)" } else { "" }]
}

fn days(n: u32, what: &str) -> String {
    msg![n, " ", what, if n == 1 { " day" } else { " days" }]
}

/// "pick 2026-11-27 or later; 2026-12-01 or later is recommended".
fn pick_from(minimum: NaiveDate, recommended: NaiveDate) -> String {
    if recommended > minimum {
        msg!["pick ", ymd_text(minimum), " or later; ", ymd_text(recommended), " or later is recommended"]
    } else {
        msg!["pick ", ymd_text(minimum), " or later"]
    }
}

/// R-DATE-PAST, R-DATE-LEAD (port-ins), R-DATE-HORIZON (port-ins): everything measured from
/// today.
fn timing(req: &Requested, facts: &Facts, opts: &Options, out: &mut Vec<Issue>) {
    let port_in = facts.kind == OrderKind::PortIn;
    let clock = &facts.clock;
    let Some(today) = clock.today else {
        out.push(
            Issue::info(
                field(),
                Code::DateTodayUnknown,
                msg!["Today's date was not given, so the requested date was not checked against it; pass the option today (YYYY-MM-DD, Eastern time) or now."],
            )
        );
        return;
    };
    let cal = &clock.calendar;
    let date = req.at.date;
    let (min_n, rec_n) =
        (opts.min_lead_business_days, opts.recommended_lead_business_days.max(opts.min_lead_business_days));
    let (Some(minimum), Some(recommended)) = (cal.add_business_days(today, min_n), cal.add_business_days(today, rec_n))
    else {
        return;
    };
    if date < today {
        let fix = if port_in {
            pick_from(minimum, recommended)
        } else {
            msg!["pick a business day from ", ymd_text(today), " on"]
        };
        out.push(Issue::error(
            field(),
            Code::DatePast,
            msg![subject(req), " is in the past (today is ", ymd_text(today), " in US Eastern time): ", fix, "."],
        ));
        return;
    }
    if !port_in {
        return;
    }
    let lead = cal.business_days_between(today, date, rec_n);
    if lead < min_n {
        let when =
            if date == today { String::from(" is today") } else { msg![" is only ", days(lead, "business"), " away"] };
        out.push(Issue::error(
            field(),
            Code::DateTooSoon,
            msg![
                subject(req),
                when,
                ", too soon for the losing carrier (the order would likely stay in exception): ",
                pick_from(minimum, recommended),
                "."
            ],
        ));
    } else if lead < rec_n {
        out.push(Issue::warning(
            field(),
            Code::DateShortNotice,
            msg![
                subject(req),
                " is only ",
                days(lead, "business"),
                " away, which risks a rejection: ",
                ymd_text(recommended),
                " or later is recommended."
            ],
        ));
    }
    let ahead = unix_day(date) - unix_day(today);
    if ahead > i64::from(opts.max_days_ahead) {
        let last = today
            .checked_add_days(chrono::Days::new(u64::from(opts.max_days_ahead)))
            .and_then(|d| cal.business_day_until(d));
        let fix = match last {
            Some(last) if last >= today => msg!["pick ", ymd_text(last), " or earlier."],
            _ => String::from("pick an earlier date."),
        };
        out.push(Issue::error(
            field(),
            Code::DateTooFar,
            msg![subject(req), " is ", ahead, " days ahead, more than the ", opts.max_days_ahead, " allowed: ", fix],
        ));
    }
}

/// Why a day is closed, in words: "a Saturday", "Thanksgiving Day, a federal holiday".
pub fn closed_words(closed: Closed) -> String {
    match closed {
        Closed::Weekend(day) => msg!["a ", weekday_name(day)],
        Closed::Federal(name) => msg![name, ", a federal holiday"],
        Closed::Extra => String::from("a holiday in the list of extra holidays"),
    }
}

/// R-DATE-BUSINESS: the requested date is a business day. The fix offered is the next business
/// day that also meets the minimum lead time, when today is known.
fn business_day(req: &Requested, facts: &Facts, opts: &Options, out: &mut Vec<Issue>) {
    let cal = &facts.clock.calendar;
    let date = req.at.date;
    let Some(closed) = cal.closed(date) else { return };
    let mut next = date.succ_opt().and_then(|d| cal.business_day_from(d));
    if facts.kind == OrderKind::PortIn {
        // The minimum is itself a business day, so the later of the two is one too.
        let min = facts.clock.today.and_then(|t| cal.add_business_days(t, opts.min_lead_business_days));
        next = next.max(min);
    }
    let fix = match next {
        Some(next) => msg!["pick a business day such as ", weekday_name(next.weekday()), " ", ymd_text(next), "."],
        None => String::from("pick a business day (Monday to Friday, not a holiday)."),
    };
    out.push(Issue::error(
        field(),
        Code::DateNotBusinessDay,
        msg![subject(req), " is ", closed_words(closed), ": ", fix],
    ));
}
