//! R-LOA: the person who signed the letter of authorization. Port-ins only: an LSR's authorizing
//! person has its own limits (R-LSR-SHAPE, `lsr.rs`).

use super::field::{chars, given, make, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::OrderKind;
use crate::text::msg;

/// The provider sends at most this many characters to the losing carrier (BW 7357/7388).
pub const LOA_MAX: usize = 15;

const AT: Field = Field::Loa;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if facts.kind != OrderKind::PortIn {
        return;
    }
    match given(&order.loa_authorizing_person) {
        None => {
            let message = msg![
                "Enter the LOA authorizing person: the name of the person who signed the letter of authorization."
            ];
            required(out, facts, AT, Code::LoaRequired, message);
        }
        Some(person) if chars(person) > LOA_MAX => {
            let actual = chars(person);
            let message = msg![
                "The LOA authorizing person has ",
                actual,
                " characters; only the first ",
                LOA_MAX,
                " reach the losing carrier, so shorten it yourself (for example initial and last name)."
            ];
            out.push(
                make(Severity::Warning, AT, Code::LoaTruncated, message)
                    .param("limit", LOA_MAX)
                    .param("actual", actual),
            );
        }
        Some(_) => {}
    }
}
