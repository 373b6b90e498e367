//! Fields of the provider's own API that a port-in carries for the provider's systems: the target
//! RespOrg of a toll-free port-in (R-TN-RESPORG), the TN attributes (R-TN-ATTRIBUTES) and the
//! billing type (R-BILLING-TYPE). Port-ins only: an LSR carries none of them.

use super::field::{add, chars, given, required};
use super::Cx;
use crate::code::Code;
use crate::issue::{Issue, Severity};
use crate::order::Field;
use crate::order_type::{OrderKind, PortType};
use crate::text::msg;
use crate::text::{join_and, quote};

/// A target RespOrg ID is this many letters or digits (BW 7527).
pub const RESP_ORG_LEN: usize = 5;

/// The TN attributes the provider knows (BW 7399). Decision: compared ignoring case, since the
/// provider's own schema writes them both `PROTECTED` and `Protected`.
pub const TN_ATTRIBUTES: [&str; 4] = ["Protected", "External", "Hosted", "Imported"];

/// The billing types the provider knows (BW 7358), compared ignoring case like the attributes.
pub const BILLING_TYPES: [&str; 5] = ["NOCHARGE", "PORTIN", "NEWNUMBER", "PROJECTPORT", "DISCOUNTED"];

/// At most this many values are quoted in one message; the rest are counted.
const QUOTED: usize = 3;

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    if cx.facts.kind != OrderKind::PortIn {
        return;
    }
    resp_org(cx, out);
    tn_attributes(cx, out);
    billing_type(cx, out);
}

/// R-TN-RESPORG (BW 7532, 7527): a toll-free port-in names the RespOrg its numbers go to.
fn resp_org(cx: &Cx, out: &mut Vec<Issue>) {
    const AT: Field = Field::TargetRespOrgId;
    let facts = cx.facts;
    let toll_free = facts.port_type == Some(PortType::ManualTollFree) || facts.tns.toll_free > 0;
    match given(&cx.order.target_resp_org_id) {
        None if toll_free => {
            let message = msg![
                "Enter the target RespOrg ID: the RespOrg the toll-free numbers move to, ",
                RESP_ORG_LEN,
                " letters or digits (such as JYT01)."
            ];
            required(out, facts, AT, Code::TnRespOrgRequired, message);
        }
        Some(id) if chars(id) != RESP_ORG_LEN || !id.chars().all(|c| c.is_ascii_alphanumeric()) => {
            let message = msg![
                "Target RespOrg ID ",
                quote(id),
                " must be exactly ",
                RESP_ORG_LEN,
                " letters or digits (such as JYT01)."
            ];
            add(out, Severity::Error, AT, Code::TnRespOrgFormat, message);
        }
        _ => {}
    }
}

/// "“A”, “B” and 2 more".
fn quoted(values: &[&str]) -> String {
    let shown: Vec<String> = values.iter().take(QUOTED).map(|v| quote(v)).collect();
    let mut shown: Vec<&str> = shown.iter().map(String::as_str).collect();
    let more = values.len().saturating_sub(QUOTED);
    let rest = msg![more, " more"];
    if more > 0 {
        shown.push(&rest);
    }
    join_and(&shown)
}

/// R-TN-ATTRIBUTES (BW 7399, 7474): each attribute is one the provider knows, and none twice. One
/// issue of each kind, naming the values, however long the list.
fn tn_attributes(cx: &Cx, out: &mut Vec<Issue>) {
    const AT: Field = Field::TnAttributes;
    let Some(list) = &cx.order.tn_attributes else { return };
    let mut seen = [false; TN_ATTRIBUTES.len()];
    let (mut unknown, mut repeated) = (Vec::new(), Vec::new());
    for typed in list.iter().map(|t| t.trim()) {
        match TN_ATTRIBUTES.iter().position(|a| a.eq_ignore_ascii_case(typed)) {
            None => unknown.push(typed),
            Some(i) => match seen.get_mut(i) {
                Some(true) => repeated.push(typed),
                Some(slot) => *slot = true,
                None => {}
            },
        }
    }
    if !unknown.is_empty() {
        let one = unknown.len() == 1;
        let message = msg![
            if one { "TN attribute " } else { "TN attributes " },
            quoted(&unknown),
            if one { " is" } else { " are" },
            " not one the provider knows: use one of ",
            join_and(&TN_ATTRIBUTES),
            "."
        ];
        add(out, Severity::Error, AT, Code::TnAttributeUnknown, message);
    }
    if !repeated.is_empty() {
        let message = msg!["TN attributes are listed once each: remove the repeated ", quoted(&repeated), "."];
        add(out, Severity::Error, AT, Code::TnAttributeRepeated, message);
    }
}

/// R-BILLING-TYPE (BW 7358).
fn billing_type(cx: &Cx, out: &mut Vec<Issue>) {
    let Some(typed) = given(&cx.order.billing_type) else { return };
    if !BILLING_TYPES.iter().any(|b| b.eq_ignore_ascii_case(typed)) {
        let message = msg![
            "Billing type ",
            quote(typed),
            " is not one the provider knows: use one of ",
            join_and(&BILLING_TYPES),
            "."
        ];
        add(out, Severity::Error, Field::BillingType, Code::IdsBillingType, message);
    }
}
