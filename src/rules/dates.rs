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
use crate::issue::{Issue, Params, Severity};
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
/// written in another offset falls on another day in New York; `date` is [`ymd_text`] of the day.
fn subject(req: &Requested, date: &str) -> String {
    msg!["Requested FOC date ", date, if req.moved { " (in US Eastern time)" } else { "" }]
}

fn days(n: u32, what: &str) -> String {
    msg![n, " ", what, if n == 1 { " day" } else { " days" }]
}

/// The earliest date to pick and the recommended one, written: "pick 2026-11-27 or later;
/// 2026-12-01 or later is recommended", and the params `earliest` and `recommended` (when
/// later) that says.
struct PickFrom {
    text: String,
    params: Params,
}

fn pick_from(minimum: NaiveDate, recommended: NaiveDate) -> PickFrom {
    let earliest = ymd_text(minimum);
    if recommended > minimum {
        let recommended = ymd_text(recommended);
        PickFrom {
            text: msg!["pick ", earliest.as_str(), " or later; ", recommended.as_str(), " or later is recommended"],
            params: Params::default().and("earliest", earliest).and("recommended", recommended),
        }
    } else {
        PickFrom {
            text: msg!["pick ", earliest.as_str(), " or later"],
            params: Params::default().and("earliest", earliest),
        }
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
    let date_text = ymd_text(date);
    let issue =
        |severity, code, message| Issue::new(severity, field(), code, message).param("date", date_text.as_str());
    if date < today {
        let today_text = ymd_text(today);
        let fix = if port_in {
            pick_from(minimum, recommended)
        } else {
            PickFrom { text: msg!["pick a business day from ", today_text.as_str(), " on"], params: Params::default() }
        };
        let message = msg![
            subject(req, &date_text),
            " is in the past (today is ",
            today_text.as_str(),
            " in US Eastern time): ",
            fix.text,
            "."
        ];
        out.push(issue(Severity::Error, Code::DatePast, message).param("today", today_text).with_params(fix.params));
        return;
    }
    if !port_in {
        return;
    }
    let lead = cal.business_days_between(today, date, rec_n);
    if lead < min_n {
        let when =
            if date == today { String::from(" is today") } else { msg![" is only ", days(lead, "business"), " away"] };
        let fix = pick_from(minimum, recommended);
        let message = msg![
            subject(req, &date_text),
            when,
            ", too soon for the losing carrier (the order would likely stay in exception): ",
            fix.text,
            "."
        ];
        out.push(
            issue(Severity::Error, Code::DateTooSoon, message).param("businessDays", lead).with_params(fix.params),
        );
    } else if lead < rec_n {
        let recommended = ymd_text(recommended);
        let message = msg![
            subject(req, &date_text),
            " is only ",
            days(lead, "business"),
            " away, which risks a rejection: ",
            recommended.as_str(),
            " or later is recommended."
        ];
        let warning = issue(Severity::Warning, Code::DateShortNotice, message);
        out.push(warning.param("businessDays", lead).param("recommended", recommended));
    }
    let ahead = unix_day(date) - unix_day(today);
    let max = opts.max_days_ahead;
    if ahead > i64::from(max) {
        let last = today.checked_add_days(chrono::Days::new(u64::from(max))).and_then(|d| cal.business_day_until(d));
        let (fix, latest) = match last {
            Some(last) if last >= today => {
                let latest = ymd_text(last);
                (msg!["pick ", latest.as_str(), " or earlier."], Params::default().and("latest", latest))
            }
            _ => (String::from("pick an earlier date."), Params::default()),
        };
        let message =
            msg![subject(req, &date_text), " is ", ahead, " days ahead, more than the ", max, " allowed: ", fix];
        out.push(
            issue(Severity::Error, Code::DateTooFar, message)
                .param("daysAhead", ahead)
                .param("limit", max)
                .with_params(latest),
        );
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
    let mut params = Params::default();
    let fix = match next {
        Some(next) => {
            let next_text = ymd_text(next);
            let fix = msg!["pick a business day such as ", weekday_name(next.weekday()), " ", next_text.as_str(), "."];
            params = params.and("nextBusinessDay", next_text);
            fix
        }
        None => String::from("pick a business day (Monday to Friday, not a holiday)."),
    };
    if let Closed::Federal(name) = closed {
        params = params.and("holiday", name);
    }
    let date_text = ymd_text(date);
    let message = msg![subject(req, &date_text), " is ", closed_words(closed), ": ", fix];
    out.push(Issue::error(field(), Code::DateNotBusinessDay, message).param("date", date_text).with_params(params));
}
