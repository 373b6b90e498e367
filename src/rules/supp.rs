//! R-EDIT-SUPP: checking a supplement body (`<LnpOrderSupp>`, or `supp: true`) as the provider
//! takes it. It is a change to the saved order (`options.original`), so the checks split in two:
//! the order rules judge the saved order with the body applied ([`crate::order::supp::apply`]),
//! and the editing rules judge what that changes against the saved order. On a draft the provider
//! checks nothing in a supplement but the TN list (everything else when the draft is submitted,
//! which a `ProcessingStatus` of `SUBMITTED` does). Without the saved order, what the body carries
//! gets the format checks, nothing is required of it, and one info says what was not checked.

use super::check;
use super::field::whole;
use crate::code::Code;
use crate::issue::{Report, Severity};
use crate::options::Options;
use crate::order::supp::{apply, is_draft};
use crate::order::Order;
use crate::text::msg;

pub fn validate(body: &Order, options: &Options) -> Report {
    let mut issues = Vec::new();
    let empty = Order::empty();
    let saved = options.original.as_deref();
    let applied = apply(saved.unwrap_or(&empty), body, &mut issues);
    let mut report = match saved {
        None => {
            let message = msg![
                "Only the format of what this supplement carries was checked: pass the saved order (a GET of it) as original ",
                "to check the change; note that a supplement without <CustomerOrderId> removes it."
            ];
            whole(&mut issues, Severity::Info, Code::EditSuppWithoutOriginal, message);
            check(&applied, options, true)
        }
        // A draft that stays one: the TN list alone, when the body sends one.
        Some(saved) if is_draft(saved) && applied.status == saved.status => {
            let list = Order {
                kind: saved.kind.clone(),
                status: saved.status.clone(),
                port_type: saved.port_type.clone(),
                list_of_phone_numbers: body.list_of_phone_numbers.clone(),
                ..Order::empty()
            };
            check(&list, options, true)
        }
        // A draft this body submits is checked in full, as a new order is (the editing rules
        // take a draft's changes, whatever status the edit gives it).
        Some(_) => check(&applied, options, false),
    };
    issues.append(&mut report.issues);
    Report::new(issues, report.tns)
}
