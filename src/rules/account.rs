//! R-ACCOUNT-PIN: the account number and PIN with the current carrier. Port-ins carry them in
//! `wirelessInfo`, LSRs under `subscriber` (BW 7481); wireless port-ins need both. Values are
//! never quoted in messages: they are secrets of the end user.

use super::field::{add, charset, given, limit, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order::Order;
use crate::order_type::{OrderKind, PortType};
use crate::text::msg;

pub const ACCOUNT_MAX: usize = 32;
pub const PIN_MAX: usize = 10;

/// Where an order of `kind` carries the account number and the PIN: (account, PIN) keys.
pub fn paths(kind: OrderKind) -> (Field, Field) {
    match kind {
        OrderKind::PortIn => (Field::AccountNumber, Field::Pin),
        OrderKind::Lsr => (Field::LsrAccountNumber, Field::LsrPin),
    }
}

/// The account number and PIN of an order, where an order of `kind` carries them.
pub fn values(order: &Order, kind: OrderKind) -> (&Option<String>, &Option<String>) {
    match kind {
        OrderKind::PortIn => (&order.wireless_info.account_number, &order.wireless_info.pin_number),
        OrderKind::Lsr => (&order.subscriber.account_number, &order.subscriber.pin_number),
    }
}

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    let kind = facts.kind;
    let other = match kind {
        OrderKind::PortIn => OrderKind::Lsr,
        OrderKind::Lsr => OrderKind::PortIn,
    };
    let (account_keys, pin_keys) = paths(kind);
    let (wrong_account, wrong_pin) = paths(other);
    let (stray_account, stray_pin) = values(order, other);
    let who = if kind == OrderKind::PortIn { "A port-in order carries the " } else { "An LSR carries the " };
    for (value, keys, right, what) in
        [(stray_account, wrong_account, account_keys, "account number"), (stray_pin, wrong_pin, pin_keys, "PIN")]
    {
        if given(value).is_some() {
            let message = msg![who, what, " in ", right.dotted(), ", not here; move it there."];
            add(out, Severity::Error, keys, Code::AccountWrongPlace, message);
        }
    }
    let (account, pin) = values(order, kind);
    let wireless = kind == OrderKind::PortIn && facts.port_type == Some(PortType::AutomatedOnNetWireless);
    let fields = [
        (
            account,
            account_keys,
            ACCOUNT_MAX,
            [Code::AccountNumberCharacters, Code::AccountNumberTooLong, Code::AccountNumberRequired],
            "account number",
        ),
        (
            pin,
            pin_keys,
            PIN_MAX,
            [Code::AccountPinCharacters, Code::AccountPinTooLong, Code::AccountPinRequired],
            "PIN",
        ),
    ];
    for (value, keys, max, [characters, long, needed], what) in fields {
        match given(value) {
            Some(text) => {
                let message =
                    msg![keys.label(), " may contain only letters and digits; remove spaces, dashes and other signs."];
                charset(out, keys, text, |c| c.is_ascii_alphanumeric(), characters, message);
                limit(out, keys, text, max, long);
            }
            None if wireless => {
                let message =
                    msg!["A wireless port needs the ", what, " of the account with the current carrier; enter it."];
                required(out, facts, keys, needed, message);
            }
            None => {}
        }
    }
}
