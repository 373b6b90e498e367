//! R-SUBSCRIBER: who the end user is, as the losing carrier has it on the account. Applies to
//! both kinds; the LSR-only rule that a business has no last name is Bandwidth's 17011.

use super::field::{add, given, limit, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::{lookup, OrderKind, PortType};
use crate::text::msg;
use crate::text::quote;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SubscriberType {
    Business,
    Residential,
}

/// Read forgivingly, like every other closed set of names.
const TYPES: &[(&str, SubscriberType)] =
    &[("BUSINESS", SubscriberType::Business), ("RESIDENTIAL", SubscriberType::Residential)];

const TYPE: Field = Field::SubscriberType;
const BUSINESS_NAME: Field = Field::BusinessName;
const LAST_NAME: Field = Field::LastName;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if facts.automated_toll_free(order) {
        return;
    }
    let s = &order.subscriber;
    // Length limits (BW 7324, 7354-7356).
    let limits: [(Field, &Option<String>, usize); 4] = [
        (BUSINESS_NAME, &s.business_name, 25),
        (Field::FirstName, &s.first_name, 25),
        (Field::MiddleInitial, &s.middle_initial, 1),
        (LAST_NAME, &s.last_name, 25),
    ];
    for (keys, value, max) in limits {
        if let Some(text) = given(value) {
            limit(out, keys, text, max, Code::SubscriberTooLong);
        }
    }
    let kind = match given(&s.subscriber_type) {
        // R-LSR-SHAPE: the LSR's schema (`LsrOrderPayload`) makes it RESIDENTIAL when absent.
        None if facts.kind == OrderKind::Lsr => SubscriberType::Residential,
        None => {
            let message = msg!["Choose the subscriber type: BUSINESS or RESIDENTIAL."];
            required(out, facts, TYPE, Code::SubscriberTypeRequired, message);
            return;
        }
        Some(typed) => match lookup(TYPES, typed) {
            Some(kind) => kind,
            None => {
                let message = msg!["Subscriber type ", quote(typed), " is not known; use BUSINESS or RESIDENTIAL."];
                add(out, Severity::Error, TYPE, Code::SubscriberTypeUnknown, message);
                return;
            }
        },
    };
    match kind {
        SubscriberType::Business => {
            if given(&s.business_name).is_none() {
                let message = msg!["Enter the business name as the losing carrier has it on the account."];
                required(out, facts, BUSINESS_NAME, Code::SubscriberBusinessNameRequired, message);
            }
            if facts.kind == OrderKind::Lsr && given(&s.last_name).is_some() {
                let message = msg![
                    "An LSR for a business subscriber must not have a last name; remove it and keep the business name."
                ];
                add(out, Severity::Error, LAST_NAME, Code::SubscriberLastNameBusiness, message);
            }
        }
        SubscriberType::Residential => {
            // BW field notes: "a FirstName and LastName must be provided" (port-ins; an LSR's
            // schema asks for the last name only).
            if given(&s.first_name).is_none() && facts.kind == OrderKind::PortIn {
                let message = msg![
                    "Enter the first name of the residential subscriber as the losing carrier has it on the account."
                ];
                required(out, facts, Field::FirstName, Code::SubscriberFirstNameRequired, message);
            }
            if given(&s.last_name).is_none() {
                let message = msg![
                    "Enter the last name of the residential subscriber as the losing carrier has it on the account."
                ];
                required(out, facts, LAST_NAME, Code::SubscriberLastNameRequired, message);
            }
            if given(&s.business_name).is_some() {
                let message = msg!["A residential subscriber cannot have a business name; remove it, or make the subscriber type BUSINESS."];
                add(out, Severity::Error, BUSINESS_NAME, Code::SubscriberBusinessNameResidential, message);
            }
            let toll_free = facts.port_type == Some(PortType::ManualTollFree) || facts.tns.toll_free > 0;
            if facts.kind == OrderKind::PortIn && toll_free {
                let message = msg!["Toll-free numbers port only for business subscribers; make the subscriber type BUSINESS and enter the business name."];
                add(out, Severity::Error, TYPE, Code::SubscriberTollFreeBusiness, message);
            }
        }
    }
}
