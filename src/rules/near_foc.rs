//! R-EDIT-NEAR-FOC (S1, BW 7301/7390): a port-in takes no more changes once its FOC is less than
//! 24 hours away, nor on the FOC date itself; from then on the porting team makes them, by ticket.
//! On automated off-net orders, a reschedule or cancellation within 1 business day of the FOC date
//! that is not refused is worked by hand by the porting team, and activations stop while that
//! supp is in flight (S1): a warning.
//!
//! `validateOrder` (an edit, [`super::editing`]) and `editableFields` ([`crate::answers::editable`]) both
//! ask [`judge`], so they never disagree. What they judge:
//!
//! - The rule applies to a submitted port-in (an edit window of `Supp`) that has FOC: status `FOC`
//!   or an `actualFocDate` ([`applies`]).
//! - The FOC moment ([`read_foc`]): the date is `actualFocDate`, else the requested date the FOC
//!   confirmed (for an edit, the saved one: the edited one is only what the user asks for). The
//!   time is the activation time that takes effect (R-TIME-TRIGGERED): the one written only on a
//!   wireless-to-wireless port or with `triggered: true` (not on a manual port); otherwise 11:30
//!   Eastern, whatever time is written. An `actualFocDate` that cannot be read is reported at its
//!   path and nothing is judged; with no FOC date at all, an info says the check was not made.
//! - Now ([`Clock::now_span`]): `options.now`, or, when only `options.today` is known, any second
//!   of that day. What holds at every second of it is said as such; when the 24-hour line falls
//!   within today, a warning says so and asks for `now` ([`ChangesNow::Taken`] with `unsure`). With
//!   no clock at all (native callers only: the JS API reads the runtime's), an info.
//! - A refusal replaces every other editing verdict: each changed field is an error at its path.

use chrono::NaiveDate;

use super::edit::Edit;
use super::field::{given, make, whole};
use super::time_window::{fixed_time, DEFAULT_ACTIVATION};
use super::Facts;
use crate::clock::{eastern_date, Clock, EasternDate};
use crate::code::Code;
use crate::date::{clock_text, ymd_text};
use crate::eastern;
use crate::issue::{Issue, Params, Path, Severity};
use crate::order::Field;
use crate::order::{label, Order};
use crate::order_type::{OrderKind, PortType};
use crate::status::{EditWindow, Status};
use crate::text::msg;

const DAY: i64 = 86_400;
const TICKET: &str = "; open a ticket with the porting team for any change to this order.";

/// When the numbers activate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Foc {
    /// The FOC date, in Eastern time.
    pub date: NaiveDate,
    /// The activation instant, in seconds since 1970 (UTC).
    pub at: i64,
    /// The activation time, in seconds since midnight Eastern time (for messages).
    pub seconds: u32,
}

/// Why changes are refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The FOC moment has passed.
    Passed,
    /// Today is the FOC date.
    FocDate,
    /// The FOC moment is less than 24 hours away.
    Within24Hours,
}

/// What the rule says about changes now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangesNow {
    Refused(Refused),
    /// Changes are taken. `unsure`: only today's date is known, and the FOC is less than 24 hours
    /// after some of its seconds, not all. `one_business_day`: at most 1 business day from today
    /// to the FOC date (counted as R-DATE-LEAD counts: business days after today, up to and
    /// including the FOC date).
    Taken {
        unsure: bool,
        one_business_day: bool,
    },
    /// Neither today nor now is known.
    NoClock,
}

/// The rule applies to a submitted port-in (an edit would send a supp) that has FOC.
pub fn applies(kind: OrderKind, status: Option<Status>, has_foc: bool) -> bool {
    kind == OrderKind::PortIn && has_foc && status.is_some_and(|s| s.edit() == EditWindow::Supp)
}

/// Judges a FOC moment against the clock.
pub fn judge(foc: &Foc, clock: &Clock) -> ChangesNow {
    let (Some((earliest, latest)), Some(today)) = (clock.now_span(), clock.today) else {
        return ChangesNow::NoClock;
    };
    if foc.at <= earliest {
        return ChangesNow::Refused(Refused::Passed);
    }
    if foc.date <= today {
        return ChangesNow::Refused(Refused::FocDate);
    }
    if foc.at.saturating_sub(earliest) < DAY {
        return ChangesNow::Refused(Refused::Within24Hours);
    }
    ChangesNow::Taken {
        unsure: foc.at.saturating_sub(latest) < DAY,
        one_business_day: clock.calendar.business_days_between(today, foc.date, 2) <= 1,
    }
}

/// The FOC of an order, as far as it can be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Near {
    /// The FOC moment, and the verdict.
    Judged(Foc, ChangesNow),
    /// The order has FOC, but no FOC date is given.
    FocUnknown,
    /// The rule does not apply, or `actualFocDate` could not be read (reported at its path).
    Skip,
}

impl Near {
    /// The FOC and why changes are refused, when they are.
    pub fn refused(&self) -> Option<(Foc, Refused)> {
        match *self {
            Near::Judged(foc, ChangesNow::Refused(why)) => Some((foc, why)),
            _ => None,
        }
    }
}

/// Where the FOC date is read from.
pub struct FocDates<'a> {
    /// `actualFocDate`, with the path and the label to report it under when it cannot be read.
    pub actual: Option<(&'a str, Path, &'static str)>,
    /// The requested date the FOC confirmed; not reported when it cannot be read (the date
    /// rules report the order's own, and the saved copy's is history).
    pub requested: Option<&'a str>,
    pub port_type: Option<PortType>,
    /// `triggered: true`: a written time takes effect (R-TIME-TRIGGERED).
    pub triggered: bool,
}

/// Reads the FOC moment: the written time when it takes effect (a wireless-to-wireless port, or
/// `triggered: true` on a port that is not manual), otherwise 11:30 Eastern.
pub fn read_foc(dates: FocDates, clock: &Clock, out: &mut Vec<Issue>) -> Near {
    let written: Option<EasternDate> = match dates.actual {
        Some((text, at, what)) => match super::requested::read_date(text, at, what, false, out) {
            Some(d) => Some(d),
            None => return Near::Skip,
        },
        None => dates.requested.and_then(|t| eastern_date(t).ok()),
    };
    let Some(written) = written else { return Near::FocUnknown };
    let takes_effect = match dates.port_type {
        Some(PortType::AutomatedOnNetWireless) => true,
        Some(p) if fixed_time(p) => false,
        _ => dates.triggered,
    };
    let foc = match written.time.filter(|_| takes_effect) {
        Some(t) => Some(Foc { date: t.date, at: t.instant(), seconds: t.seconds }),
        None => eastern::to_instant(written.date, DEFAULT_ACTIVATION).map(|at| Foc {
            date: written.date,
            at,
            seconds: DEFAULT_ACTIVATION,
        }),
    };
    match foc {
        Some(foc) => Near::Judged(foc, judge(&foc, clock)),
        None => Near::Skip,
    }
}

/// The rule for an edit of a saved order: the FOC date from the edited order's `actualFocDate`,
/// else the saved one's, else the saved requested date.
pub fn for_edit(edit: &Edit, clock: &Clock, out: &mut Vec<Issue>) -> Near {
    if !applies(edit.kind, edit.status, edit.has_foc) {
        return Near::Skip;
    }
    let actual = match (given(&edit.order.actual_foc_date), given(&edit.saved.actual_foc_date)) {
        (Some(text), _) => Some((text, Field::ActualFocDate.path(), "Actual FOC date")),
        (None, Some(text)) => Some((text, Field::ActualFocDate.in_original(), "Saved actual FOC date")),
        (None, None) => None,
    };
    // `triggered` is fixed once placed (R-EDIT-FIXED): the saved one is in force.
    let triggered = edit.saved.triggered.or(edit.order.triggered) == Some(true);
    let requested = given(&edit.saved.requested_foc_date);
    read_foc(FocDates { actual, requested, port_type: edit.port_type, triggered }, clock, out)
}

/// The rule for an order as it stands (`editableFields`).
pub fn for_order(order: &Order, facts: &Facts, has_foc: bool, clock: &Clock, out: &mut Vec<Issue>) -> Near {
    if !applies(facts.kind, facts.status, has_foc) {
        return Near::Skip;
    }
    let actual = given(&order.actual_foc_date).map(|text| (text, Field::ActualFocDate.path(), "Actual FOC date"));
    let dates = FocDates {
        actual,
        requested: given(&order.requested_foc_date),
        port_type: facts.port_type,
        triggered: order.triggered == Some(true),
    };
    read_foc(dates, clock, out)
}

/// The FOC's day and time as the messages write them (`2026-11-24`, `11:30`), and as the
/// params `focDate` and `focTime` of the issues that name them.
struct When {
    date: String,
    time: String,
}

impl When {
    fn of(foc: &Foc) -> When {
        When { date: ymd_text(foc.date), time: clock_text(foc.seconds) }
    }

    /// "2026-11-24 at 11:30 Eastern time".
    fn text(&self) -> String {
        msg![self.date.as_str(), " at ", self.time.as_str(), " Eastern time"]
    }

    fn params(self) -> Params {
        Params::default().and("focDate", self.date).and("focTime", self.time)
    }
}

/// Why changes are refused, as the middle of a sentence.
fn reason(when: &When, why: Refused) -> String {
    match why {
        Refused::Passed => msg!["the FOC (", when.text(), ") has passed"],
        Refused::FocDate => msg!["today is the FOC date (", when.text(), ")"],
        Refused::Within24Hours => msg!["the FOC (", when.text(), ") is less than 24 hours away"],
    }
}

/// `editableFields`: the reason nothing may change.
pub fn closed_reason(foc: &Foc, why: Refused) -> String {
    msg!["Nothing can change: ", reason(&When::of(foc), why), TICKET]
}

/// `editableFields`: the refusal as an issue, so that callers who translate by code can.
pub fn refusal(foc: &Foc, why: Refused) -> Issue {
    let when = When::of(foc);
    let message = msg!["Changes are refused: ", reason(&when, why), TICKET];
    Issue::new(Severity::Error, Vec::new(), Code::EditNearFoc, message).with_params(when.params())
}

/// An edit near the FOC: every changed field is refused, at its path.
pub fn refuse(changes: &[Field], foc: &Foc, why: Refused, out: &mut Vec<Issue>) {
    let when = When::of(foc);
    let why = reason(&when, why);
    let params = when.params();
    for leaf in changes {
        let message = msg![label(&leaf.path()), " cannot change: ", why.as_str(), TICKET];
        out.push(make(Severity::Error, *leaf, Code::EditNearFoc, message).with_params(params.clone()));
    }
}

/// What is said when changes are not refused: the 24-hour line not told apart (only today is
/// known), no clock, no FOC date, and on automated off-net orders the hand-worked reschedule.
/// `reschedule`: the off-net warning applies (an edit that changes the requested date, or
/// `editableFields`).
pub fn notes(near: &Near, port_type: Option<PortType>, reschedule: bool, out: &mut Vec<Issue>) {
    let (foc, unsure, one_business_day) = match near {
        Near::Skip | Near::Judged(_, ChangesNow::Refused(_)) => return,
        Near::FocUnknown => {
            let message = msg![
                "The order has FOC but no FOC date is given (actualFocDate or the requested date), so it was not checked ",
                "whether changes are still taken (they are refused within 24 hours of the FOC): give the FOC date."
            ];
            whole(out, Severity::Info, Code::EditNearFocUnchecked, message);
            return;
        }
        Near::Judged(foc, ChangesNow::NoClock) => {
            let when = When::of(foc);
            let message = msg![
                "The current time was not given, so it was not checked whether the FOC (",
                when.text(),
                ") is less than 24 hours away, when changes are refused: pass the option now."
            ];
            out.push(Issue::info(Vec::new(), Code::EditNearFocUnchecked, message).with_params(when.params()));
            return;
        }
        Near::Judged(foc, ChangesNow::Taken { unsure, one_business_day }) => (foc, *unsure, *one_business_day),
    };
    if unsure {
        let line = eastern::from_instant(foc.at.saturating_sub(DAY))
            .map(|e| msg![ymd_text(e.date), " at ", clock_text(e.seconds)])
            .unwrap_or_default();
        let when = When::of(foc);
        let message = msg![
            "Only today's date was given, not the time, so it could not be told whether the FOC (",
            when.text(),
            ") is less than 24 hours away: from ",
            line,
            " Eastern time on, changes are refused and need a ticket with the porting team; pass the option now to check."
        ];
        out.push(Issue::warning(Vec::new(), Code::EditNearFocUnchecked, message).with_params(when.params()));
    }
    if one_business_day && reschedule && port_type == Some(PortType::AutomatedOffNet) {
        let date = ymd_text(foc.date);
        let message = msg![
            "A reschedule or cancellation within 1 business day of the FOC date (",
            date.as_str(),
            ") is worked by hand by the porting team, and activations stop until the losing carrier accepts the supp: open a ticket with the porting team to track it."
        ];
        out.push(
            make(Severity::Warning, Field::RequestedFocDate, Code::EditNearFocOffnet, message).param("focDate", date),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse, parse_day, Written};

    fn instant(s: &str) -> i64 {
        match parse(s) {
            Ok(Written::Instant(t)) => t,
            _ => panic!("{s}"),
        }
    }

    fn clock(today: Option<&str>, now: Option<&str>) -> Clock {
        let opts = crate::options::Options {
            today: today.map(String::from),
            now: now.map(String::from),
            ..Default::default()
        };
        Clock::from_options(&opts, &mut Vec::new())
    }

    fn foc(text: &str, port_type: Option<PortType>) -> Foc {
        triggered_foc(text, port_type, true)
    }

    fn triggered_foc(text: &str, port_type: Option<PortType>, triggered: bool) -> Foc {
        let dates = FocDates { actual: None, requested: Some(text), port_type, triggered };
        match read_foc(dates, &Clock::default(), &mut Vec::new()) {
            Near::Judged(foc, _) => foc,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn the_foc_moment() {
        // (written, port type, triggered, Eastern date, instant)
        let manual = Some(PortType::ManualOffNet);
        let off_net = Some(PortType::AutomatedOffNet);
        let on_net = Some(PortType::AutomatedOnNet);
        let wireless = Some(PortType::AutomatedOnNetWireless);
        let cases = [
            ("2026-11-24", off_net, true, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-11-24", None, true, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-07-01", None, true, "2026-07-01", "2026-07-01T15:30:00Z"),
            ("2026-11-24T20:00:00Z", off_net, true, "2026-11-24", "2026-11-24T20:00:00Z"),
            ("2026-11-24T20:00:00Z", None, true, "2026-11-24", "2026-11-24T20:00:00Z"),
            ("2026-11-24T20:00:00Z", manual, true, "2026-11-24", "2026-11-24T16:30:00Z"),
            // R-TIME-TRIGGERED: without `triggered`, a wireline port activates at 11:30 whatever
            // time is written; a wireless one at the time written.
            ("2026-11-24T20:00:00Z", off_net, false, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-11-24T20:00:00Z", on_net, false, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-11-24T20:00:00Z", None, false, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-11-24T20:00:00Z", wireless, false, "2026-11-24", "2026-11-24T20:00:00Z"),
            ("2026-11-24T20:00:00Z", wireless, true, "2026-11-24", "2026-11-24T20:00:00Z"),
            // A date-time on another day in New York: its Eastern date, at 11:30 for manual ports.
            ("2026-11-25T02:00:00Z", off_net, true, "2026-11-24", "2026-11-25T02:00:00Z"),
            ("2026-11-25T02:00:00Z", manual, true, "2026-11-24", "2026-11-24T16:30:00Z"),
            ("2026-11-25T02:00:00Z", off_net, false, "2026-11-24", "2026-11-24T16:30:00Z"),
        ];
        for (text, port_type, triggered, date, at) in cases {
            let got = triggered_foc(text, port_type, triggered);
            assert_eq!((got.date, got.at), (parse_day(date).unwrap(), instant(at)), "{text} {port_type:?} {triggered}");
        }
        let read = |actual: Option<&str>, requested: Option<&str>| {
            let mut out = Vec::new();
            let dates = FocDates {
                actual: actual.map(|t| (t, Field::ActualFocDate.path(), "Actual FOC date")),
                requested,
                port_type: None,
                triggered: false,
            };
            (read_foc(dates, &Clock::default(), &mut out), out.len())
        };
        assert!(matches!(
            read(Some("2026-11-24"), Some("2026-12-01")),
            (Near::Judged(Foc { seconds: DEFAULT_ACTIVATION, .. }, ChangesNow::NoClock), 0)
        ));
        assert_eq!(read(Some("24/11/2026"), Some("2026-12-01")), (Near::Skip, 1));
        assert_eq!(read(None, Some("2026-12-01T10:00")), (Near::FocUnknown, 0));
        assert_eq!(read(None, None), (Near::FocUnknown, 0));
    }

    #[test]
    fn judged_against_the_clock() {
        use Refused::*;
        let taken = |unsure, one_business_day| ChangesNow::Taken { unsure, one_business_day };
        // FOC Tuesday 2026-11-24 at 11:30 Eastern (16:30Z).
        let tue = foc("2026-11-24", None);
        // (today, now, verdict)
        let cases = [
            // 24 hours and 1 minute, exactly 24 hours (not less), 23 hours 59 minutes before.
            (None, Some("2026-11-23T16:29:00Z"), taken(false, true)),
            (None, Some("2026-11-23T16:30:00Z"), taken(false, true)),
            (None, Some("2026-11-23T16:30:01Z"), ChangesNow::Refused(Within24Hours)),
            (None, Some("2026-11-23T16:31:00Z"), ChangesNow::Refused(Within24Hours)),
            (None, Some("2026-11-24T05:00:00Z"), ChangesNow::Refused(FocDate)),
            (None, Some("2026-11-24T16:29:59Z"), ChangesNow::Refused(FocDate)),
            (None, Some("2026-11-24T16:30:00Z"), ChangesNow::Refused(Passed)),
            (None, Some("2026-11-30T12:00:00Z"), ChangesNow::Refused(Passed)),
            // Sunday: Monday and Tuesday are 2 business days; Monday: 1.
            (Some("2026-11-22"), None, taken(false, false)),
            (Some("2026-11-23"), None, taken(true, true)),
            (Some("2026-11-24"), None, ChangesNow::Refused(FocDate)),
            (Some("2026-11-25"), None, ChangesNow::Refused(Passed)),
            (Some("2026-11-20"), None, taken(false, false)),
            (Some("2026-11-23"), Some("2026-11-23T16:29:59Z"), taken(false, true)),
            (None, None, ChangesNow::NoClock),
        ];
        for (today, now, want) in cases {
            assert_eq!(judge(&tue, &clock(today, now)), want, "{today:?} {now:?}");
        }
        // A FOC at 23:30 on the day daylight time ends (25 hours long): at midnight it is 24.5
        // hours away, but it is the FOC date.
        let late = foc("2027-11-08T04:30:00Z", None);
        assert_eq!(late.date, parse_day("2027-11-07").unwrap());
        assert_eq!(judge(&late, &clock(None, Some("2027-11-07T04:00:00Z"))), ChangesNow::Refused(FocDate));
        assert_eq!(judge(&late, &clock(None, Some("2027-11-07T03:59:59Z"))), taken(false, true));
        // A FOC at 00:30 the day after daylight time starts (23 hours long): with only today
        // known, less than 24 hours away at every second of it.
        let early = foc("2027-03-15T04:30:00Z", None);
        assert_eq!(judge(&early, &clock(Some("2027-03-14"), None)), ChangesNow::Refused(Within24Hours));
        assert_eq!(judge(&early, &clock(Some("2027-03-13"), None)), taken(true, true));
    }
}
