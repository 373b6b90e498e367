//! R-LSR-SHAPE: what an LSR carries that a port-in does not, as the schema's `LsrOrderPayload`
//! gives it: the authorizing person (required, BW 17023; at most 100 characters, 17024) and the
//! SPID of the carrier the numbers port to (at most 4 letters or digits, 17021; required when the
//! provider's account says so, 17022, which only the account knows: a warning).

use super::field::{add, charset, given, limit, make};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::OrderKind;
use crate::text::msg;

/// The longest authorizing person an LSR takes (BW 17024).
pub const AUTHORIZING_PERSON_MAX: usize = 100;
/// The longest SPID (BW 17021).
pub const SPID_MAX: usize = 4;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    if facts.kind != OrderKind::Lsr {
        return;
    }
    match given(&order.loa_authorizing_person) {
        None => {
            let message = msg!["Enter the authorizing person: the end user's contact who authorized the port."];
            out.push(make(Severity::Error, Field::Loa, Code::LoaRequired, message).rule("R-LSR-SHAPE"));
        }
        Some(person) => limit(out, Field::Loa, person, AUTHORIZING_PERSON_MAX, Code::LsrAuthorizingPersonTooLong),
    }
    match given(&order.spid) {
        None => {
            let message = msg!["Enter the SPID of the carrier the numbers port to: the provider refuses an LSR without it when the account asks for one."];
            add(out, Severity::Warning, Field::Spid, Code::LsrSpidMissing, message);
        }
        Some(spid) => {
            let message = msg!["The SPID may contain only letters and digits, such as 123C."];
            charset(out, Field::Spid, spid, |c| c.is_ascii_alphanumeric(), Code::LsrSpidFormat, message);
            limit(out, Field::Spid, spid, SPID_MAX, Code::LsrSpidFormat);
        }
    }
}
