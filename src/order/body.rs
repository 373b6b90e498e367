//! The body to submit (`toLnpOrderXml`): an order as the provider's `<LnpOrder>` (to create a
//! port-in) or `<LnpOrderSupp>` (to change one), with the elements in the order and spelling of
//! the provider's request examples. Only what a request may carry is written; what is left out
//! for a reason a person would not guess (an invalid TN, a status a request cannot send) is said.

use super::{Compare, Field, Order, Slot, TnInput};
use crate::code::Code;
use crate::issue::Issue;
use crate::order_type::{squash, OrderKind};
use crate::text::msg;
use crate::tn::Tn;
use crate::tn_list::{parse_items, parse_text};
use crate::xml::Writer;

/// The top-level fields in the order of the provider's request examples (the on-net
/// `<LnpOrder>` sample, with the toll-free sample's `TargetRespOrgId` before the numbers, as it
/// stands there, and the Node SDK's `BillingType` last). The fields of a group follow the
/// field table's order, which is the samples' order.
pub const BODY_ORDER: &[Field] = &[
    Field::RequestedFocDate,
    Field::ActualFocDate,
    Field::AlternateSpid,
    Field::Btn,
    Field::NewBtn,
    Field::SiteId,
    Field::PeerId,
    Field::Subscriber,
    Field::Loa,
    Field::WirelessInfo,
    Field::TnAttributes,
    Field::TargetRespOrgId,
    Field::Tns,
    Field::CustomerOrderId,
    Field::Triggered,
    Field::Immediately,
    Field::PartialPort,
    Field::Status,
    Field::BillingType,
];

/// The values of `ProcessingStatus` a request may carry.
const REQUEST_STATUSES: &[&str] = &["DRAFT", "SUBMITTED"];

/// What `toLnpOrderXml` answers: the body, `""` when there is none, what was left out, and for a
/// change to a saved order the fields it changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Body {
    pub xml: String,
    pub issues: Vec<Issue>,
    /// The dotted paths of the fields the supplement changes, in the field table's order; empty
    /// for a body written without the saved order.
    pub changed: Vec<&'static str>,
}

/// Writes `order` as a request body; `issues` (those found reading it) are kept in front.
pub fn write(order: &Order, supp: bool, mut issues: Vec<Issue>) -> Body {
    let kind = order.kind.as_deref().map(str::trim).filter(|k| !k.is_empty());
    if kind.is_some_and(|k| OrderKind::parse(k) == Ok(OrderKind::Lsr)) {
        let message = msg![
            "An LSR is another carrier's request to port numbers out: it has no <LnpOrder> body. Only port-ins are written as XML."
        ];
        issues.push(Issue::error(Field::Kind.path(), Code::XmlLsr, message));
        return Body { xml: String::new(), issues, changed: Vec::new() };
    }
    let mut w = Writer::new();
    w.open(if supp { "LnpOrderSupp" } else { "LnpOrder" });
    for &field in BODY_ORDER {
        write_field(&mut w, field, order, supp, &mut issues);
    }
    Body { xml: w.finish(), issues, changed: Vec::new() }
}

/// Does the body carry `field` with a value?
pub fn carries(field: Field, order: &Order, supp: bool) -> bool {
    let xml = field.spec().xml;
    if !xml.in_request(supp) {
        return false;
    }
    match field.spec().slot {
        Slot::Text { get, .. } => get(order).as_deref().is_some_and(|t| !t.trim().is_empty()),
        Slot::Flag { get, .. } => get(order).is_some(),
        Slot::Number { get, .. } => get(order).is_some(),
        Slot::List { get, .. } => get(order).as_ref().is_some_and(|l| l.iter().any(|t| !t.trim().is_empty())),
        Slot::Tns => order.list_of_phone_numbers.is_some(),
        Slot::Group => Field::ALL.iter().any(|&f| f.parent() == Some(field) && carries(f, order, supp)),
    }
}

fn write_field(w: &mut Writer, field: Field, order: &Order, supp: bool, issues: &mut Vec<Issue>) {
    if !carries(field, order, supp) {
        return;
    }
    let name = field.spec().xml.element().unwrap_or_default();
    match field.spec().slot {
        Slot::Text { get, compare, .. } => {
            let Some(text) = get(order).as_deref() else { return };
            if field == Field::Status {
                let status = squash(text);
                match REQUEST_STATUSES.iter().find(|s| **s == status) {
                    Some(s) => w.leaf(name, s),
                    None => {
                        let message = msg![
                            "The status ",
                            crate::text::quote(text.trim()),
                            " is not written: a request carries <ProcessingStatus> only as DRAFT or SUBMITTED; the provider sets the others."
                        ];
                        issues.push(Issue::info(field.path(), Code::XmlLeftOut, message));
                    }
                }
            } else if compare == Compare::Tn {
                match Tn::parse(text.trim()) {
                    Ok(tn) => w.leaf(name, tn.as_str()),
                    Err(e) => {
                        let message = msg![field.label(), " is not written: ", e.message(text.trim())];
                        issues.push(Issue::warning(field.path(), Code::XmlLeftOut, message));
                    }
                }
            } else {
                w.leaf(name, text);
            }
        }
        Slot::Flag { get, .. } => {
            if let Some(b) = get(order) {
                w.leaf(name, if *b { "true" } else { "false" });
            }
        }
        Slot::Number { get, .. } => {
            if let Some(n) = get(order) {
                w.leaf(name, &msg![*n as i64]);
            }
        }
        Slot::List { get, item, .. } => {
            w.open(name);
            for text in get(order).iter().flatten().filter(|t| !t.trim().is_empty()) {
                w.leaf(item, text);
            }
            w.close();
        }
        Slot::Tns => {
            let list = match &order.list_of_phone_numbers {
                Some(TnInput::Text(text)) => parse_text(text),
                Some(TnInput::Items(items)) => parse_items(items.iter().map(Option::as_deref)),
                None => return,
            };
            w.open(name);
            for tn in &list.tns {
                w.leaf("PhoneNumber", tn.as_str());
            }
            w.close();
            for bad in &list.invalid {
                let message = msg!["Entry ", bad.line, " is not written: ", bad.error.message(&bad.text)];
                issues.push(Issue::warning(field.at(bad.index), Code::XmlLeftOut, message));
            }
            if !list.duplicates.is_empty() {
                let message = msg![
                    "Numbers that stand more than once are written once (",
                    list.repeats(),
                    " repeated entries left out)."
                ];
                issues.push(Issue::info(field.path(), Code::XmlLeftOut, message));
            }
        }
        Slot::Group => {
            w.open(name);
            for &f in Field::ALL.iter().filter(|f| f.parent() == Some(field)) {
                write_field(w, f, order, supp, issues);
            }
            w.close();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_a_request_carries_is_written_somewhere() {
        for &f in Field::ALL {
            if f.parent().is_none() && f.spec().xml.in_request(false) {
                assert!(BODY_ORDER.contains(&f), "{f:?} is not in BODY_ORDER");
            }
        }
        for &f in BODY_ORDER {
            assert!(f.parent().is_none() && f.spec().xml.in_request(false), "{f:?}");
        }
    }
}
