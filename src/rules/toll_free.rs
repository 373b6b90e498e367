//! R-TOLLFREE-FIELDS: what a toll-free port-in does not carry (BW 7383-7385), and where the
//! `Protected` TN attribute is refused (BW 7397, 7398; the schema's `TnAttribute`: "not applicable
//! for off-net and toll free port-types").

use super::field::{add, given};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::PortType;
use crate::text::msg;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    let toll_free = facts.toll_free_port_in();
    let attributes = order.tn_attributes.as_deref().unwrap_or_default();
    if attributes.iter().any(|a| a.trim().eq_ignore_ascii_case("Protected")) {
        let off_net = matches!(facts.port_type, Some(PortType::AutomatedOffNet | PortType::ManualOffNet));
        let (code, numbers) = match (toll_free, off_net) {
            (true, _) => (Code::TollfreeProtected, "toll-free numbers"),
            (false, true) => (Code::TnAttributeProtectedOffNet, "off-net ports"),
            (false, false) => return toll_free_fields(cx, toll_free, out),
        };
        let message = msg!["Protected is not offered for ", numbers, ": remove it from the TN attributes."];
        add(out, Severity::Error, Field::TnAttributes, code, message);
    }
    toll_free_fields(cx, toll_free, out);
}

/// A toll-free port-in's BTN, replacement BTN, partial port and wireless details, each an error
/// at its field. Decision: `partialPort: false` is what a full port means (and what the Java and
/// C# SDKs always send); only a partial port is refused.
fn toll_free_fields(cx: &Cx, toll_free: bool, out: &mut Vec<Issue>) {
    if !toll_free {
        return;
    }
    let (order, w) = (cx.order, &cx.order.wireless_info);
    let carried = [
        (Field::Btn, given(&order.billing_telephone_number).is_some(), Code::TollfreeBtn),
        (Field::NewBtn, given(&order.new_billing_telephone_number).is_some(), Code::TollfreeBtn),
        (Field::PartialPort, order.partial_port == Some(true), Code::TollfreePartialPort),
        (
            Field::WirelessInfo,
            given(&w.account_number).is_some() || given(&w.pin_number).is_some(),
            Code::TollfreeWirelessInfo,
        ),
    ];
    for (field, given, code) in carried {
        if given {
            let message = msg![field.label(), ": a toll-free port-in carries none; remove it."];
            add(out, Severity::Error, field, code, message);
        }
    }
}
