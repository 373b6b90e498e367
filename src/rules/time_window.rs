//! R-TIME-WINDOW: the activation time of a port-in, in US Eastern time.
//!
//! Automated off-net ports activate from 06:00 to 22:00, automated on-net and internal ports from
//! 05:00 to 22:00 (both ends included, to the second: 22:00:00 is in, 22:00:01 is out). Manual
//! ports activate at 11:30 whatever time is given, and so does any order given no time. Outside
//! 08:00-20:00 nobody is on hand to help (support hours, BW 7380).
//!
//! R-TIME-TRIGGERED: automated wireline (on-net, off-net) and internal ports use another time
//! only with `triggered: true`; without it 11:30 applies, so the window is not checked. Wireless
//! ports always use the time, and do not take `triggered`.

use super::Cx;
use crate::code::Code;
use crate::date::clock_text;
use crate::issue::{Issue, Params};
use crate::order::Field;
use crate::order_type::{OrderKind, PortType};
use crate::text::msg;

const H: u32 = 3600;
const SUPPORT_HOURS: (u32, u32) = (8 * H, 20 * H);
/// The activation time, in seconds since midnight Eastern time, when no time is given or the port
/// is manual.
pub const DEFAULT_ACTIVATION: u32 = 11 * H + 30 * 60;

/// Manual ports activate at [`DEFAULT_ACTIVATION`] whatever time is given.
pub fn fixed_time(port_type: PortType) -> bool {
    window(port_type).is_none()
}

/// The activation window of a port type, in seconds since midnight Eastern time; `None` for
/// manual ports, which activate at 11:30.
fn window(port_type: PortType) -> Option<(u32, u32)> {
    match port_type {
        PortType::AutomatedOffNet => Some((6 * H, 22 * H)),
        PortType::AutomatedOnNet | PortType::AutomatedOnNetWireless | PortType::Internal => Some((5 * H, 22 * H)),
        PortType::ManualOnNet | PortType::ManualOffNet | PortType::ManualTollFree => None,
    }
}

/// "AUTOMATED_OFF_NET" -> "automated off-net".
fn port_words(port_type: PortType) -> &'static str {
    match port_type {
        PortType::AutomatedOffNet => "automated off-net",
        PortType::AutomatedOnNet => "automated on-net",
        PortType::AutomatedOnNetWireless => "automated on-net wireless",
        PortType::Internal => "internal",
        PortType::ManualOnNet | PortType::ManualOffNet | PortType::ManualTollFree => "manual",
    }
}

/// "08:00 to 18:00", and the params `from` and `to` it states.
fn range(from: u32, to: u32) -> (String, Params) {
    let (from, to) = (clock_text(from), clock_text(to));
    (msg![from.as_str(), " to ", to.as_str()], Params::default().and("from", from).and("to", to))
}

/// Automated wireline and internal ports use a time other than 11:30 only with `triggered: true`
/// (R-TIME-TRIGGERED); wireless ones always use it.
fn needs_trigger(port_type: PortType) -> bool {
    matches!(port_type, PortType::AutomatedOnNet | PortType::AutomatedOffNet | PortType::Internal)
}

/// R-TIME-WINDOW and R-TIME-TRIGGERED, for a port-in's requested date and `triggered`.
///
/// Decision: `triggered: false` is what omitting it means (an unchecked box gives it), so only
/// `triggered: true` is said to be ignored on manual ports or refused on wireless ones.
pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let facts = cx.facts;
    if facts.kind != OrderKind::PortIn {
        return;
    }
    let triggered = cx.order.triggered == Some(true);
    let req = cx.requested(out);
    let at = || Field::RequestedFocDate.path();
    let time = req.and_then(|r| r.at.time);
    // Manual ports: the time and `triggered` are both ignored.
    if let Some(p) = facts.port_type.filter(|p| fixed_time(*p)) {
        let ignored = match (time, triggered) {
            (Some(t), false) => clock_text(t.seconds),
            (Some(t), true) => msg![clock_text(t.seconds), " and triggered activation"],
            (None, true) => msg!["triggered activation"],
            (None, false) => String::new(),
        };
        if !ignored.is_empty() {
            let issue = Issue::info(
                at(),
                Code::TimeManualFixed,
                msg![
                    "Manual ports (",
                    p.as_str(),
                    ") activate at 11:30 Eastern time whatever time is requested, so ",
                    ignored,
                    " will not be used."
                ],
            );
            out.push(if triggered { issue.rule("R-TIME-TRIGGERED") } else { issue });
            return;
        }
    }
    if triggered && facts.port_type == Some(PortType::AutomatedOnNetWireless) {
        out.push(Issue::warning(
            Field::Triggered.path(),
            Code::TimeTriggeredWireless,
            msg!["Wireless ports activate at their requested time and do not offer on-demand (triggered) activation: leave triggered activation off."],
        ));
    }
    let Some(time) = time else {
        if req.is_some() {
            out.push(Issue::info(
                at(),
                Code::TimeDefault,
                msg!["No activation time was given, so the numbers will activate at 11:30 Eastern time on the requested date."],
            ));
        }
        return;
    };
    let seconds = time.seconds;
    let shown = clock_text(seconds);
    if facts.port_type.is_some_and(needs_trigger) && !triggered && seconds != DEFAULT_ACTIVATION {
        // 11:30 applies, so the window and the support hours do not matter.
        out.push(
            Issue::warning(
                Field::Triggered.path(),
                Code::TimeNotTriggered,
                msg![
                    "The requested time ",
                    shown.as_str(),
                    " Eastern is used only with triggered activation (triggered: true); without it the numbers activate at 11:30 Eastern time. Turn on triggered activation, or leave the time out."
                ],
            )
            .param("time", shown),
        );
        return;
    }
    if let Some((p, (from, to))) = facts.port_type.and_then(|p| Some((p, window(p)?))) {
        if !(from..=to).contains(&seconds) {
            let (window, params) = range(from, to);
            let message = msg![
                "The requested activation time is ",
                shown.as_str(),
                " Eastern time, outside the window for ",
                port_words(p),
                " ports: pick a time from ",
                window,
                " Eastern time."
            ];
            out.push(Issue::error(at(), Code::TimeOutsideWindow, message).param("time", shown).with_params(params));
            return;
        }
    }
    let (open, close) = SUPPORT_HOURS;
    if !(open..=close).contains(&seconds) {
        let (hours, params) = range(open, close);
        let message = msg![
            "Activation at ",
            shown.as_str(),
            " Eastern time is outside support hours (",
            hours,
            " Eastern), so nobody can help if the port goes wrong: pick a time in those hours if you can."
        ];
        out.push(Issue::warning(at(), Code::TimeOutsideSupportHours, message).param("time", shown).with_params(params));
    }
}
