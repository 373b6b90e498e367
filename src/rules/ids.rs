//! R-IDS: the identifiers the order is known by: the customer's own order ID (both kinds) and an
//! LSR's purchase order number (PON) and PON version.

use super::field::{add, charset, given, limit, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::OrderKind;
use crate::text::msg;
use crate::text::quote;

pub const CUSTOMER_ORDER_ID_MAX: usize = 40;
pub const PON_MAX: usize = 25;

const ORDER_ID: Field = Field::CustomerOrderId;
const PON: Field = Field::Pon;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if let Some(id) = given(&order.customer_order_id) {
        // BW 7318: letters, digits, dashes and spaces.
        let message = msg![
            "Customer order ID ",
            quote(id),
            " may contain only letters, digits, dashes and spaces; remove the other characters."
        ];
        charset(
            out,
            ORDER_ID,
            id,
            |c| c.is_ascii_alphanumeric() || c == '-' || c == ' ',
            Code::IdsCustomerOrderIdCharacters,
            message,
        );
        limit(out, ORDER_ID, id, CUSTOMER_ORDER_ID_MAX, Code::IdsCustomerOrderIdTooLong);
    }
    // Decision: the PON is required on LSRs only (a port-in's PON is assigned by the provider),
    // and checked on both kinds when given.
    match given(&order.pon) {
        None if facts.kind == OrderKind::Lsr => {
            required(out, facts, PON, Code::IdsPonRequired, msg!["Enter the PON (purchase order number) of this LSR."]);
        }
        None => {}
        Some(pon) => {
            // BW 17004: letters, digits, `-`, `_` and `#`.
            let message =
                msg!["PON ", quote(pon), " may contain only letters, digits, -, _ and #; remove the other characters."];
            charset(
                out,
                PON,
                pon,
                |c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '#'),
                Code::IdsPonCharacters,
                message,
            );
            limit(out, PON, pon, PON_MAX, Code::IdsPonTooLong);
        }
    }
    if let Some(version) = order.pon_version {
        if version.fract() != 0.0 || version < 1.0 {
            let message = msg!["PON version must be a whole number from 1: 1 for the first order with this PON, 2 for the second, and so on."];
            add(out, Severity::Error, Field::PonVersion, Code::IdsPonVersion, message);
        }
    }
}
