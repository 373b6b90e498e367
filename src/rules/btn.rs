//! The billing telephone number and its replacement (R-TN-BTN).

use super::field::{given, required};
use super::numbers::tn_issue;
use super::{Cx, Facts};
use crate::code::Code;
use crate::issue::{Issue, Path};
use crate::numbering::check::{dated_message, AreaVerdict};
use crate::order::Field;
use crate::order_type::OrderKind;
use crate::text::msg;
use crate::tn::Tn;
use crate::tn_list::EntryError;

/// Parses a TN field, reporting a bad one at `path`. Decision: the BTN and its replacement are
/// TNs too, so their area codes are judged as the list's are (R-TN-COUNTRY, R-TN-AREA-CODE, under
/// R-TN-BTN like their syntax): a BTN in a Canadian or unassigned area code is a typo or the
/// wrong account. A field that fails is not a BTN for the other checks.
fn parse_field(facts: &Facts, typed: Option<&str>, path: Path, out: &mut Vec<Issue>) -> Option<Tn> {
    let typed = typed?;
    let tn = match Tn::parse(typed) {
        Ok(tn) => tn,
        Err(e) => {
            out.push(tn_issue(path, "", typed, e.into()).rule("R-TN-BTN"));
            return None;
        }
    };
    match facts.area.judge(tn.npa()) {
        AreaVerdict::Ok => Some(tn),
        AreaVerdict::Dated(since) => {
            let (message, params) = dated_message(typed, tn.npa(), since);
            out.push(Issue::warning(path, Code::TnAreaCodeNotYet, message).rule("R-TN-BTN").with_params(params));
            Some(tn)
        }
        AreaVerdict::Rejected(e) => {
            out.push(tn_issue(path, "", typed, EntryError::Plan(tn, e)).rule("R-TN-BTN"));
            None
        }
    }
}

pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts) = (cx.order, cx.facts);
    let issue = |path: Path, code, message| Issue::error(path, code, message).rule("R-TN-BTN");
    let list = &facts.tns;
    let toll_free_only = list.toll_free > 0 && list.toll_free as usize == list.tns.len();
    let btn_typed = given(&order.billing_telephone_number);
    let btn = parse_field(facts, btn_typed, Field::Btn.path(), out);
    // Decision: LSRs are requests from another carrier; their BTN is that carrier's business,
    // so it is checked when given but never required.
    if btn_typed.is_none() && facts.kind == OrderKind::PortIn && !toll_free_only {
        let message =
            msg!["Enter the billing telephone number (BTN): the main number on the account with the current carrier."];
        required(out, facts, Field::Btn, Code::BtnRequired, message);
    }
    let new_path = || Field::NewBtn.path();
    let replacement_typed = given(&order.new_billing_telephone_number);
    let replacement = parse_field(facts, replacement_typed, new_path(), out);
    if let Some(new) = replacement {
        if list.contains(&new) {
            out.push(issue(
                new_path(),
                Code::BtnReplacementInList,
                msg![
                    "The replacement BTN ",
                    new.formatted(),
                    " is one of the numbers being ported; pick a number that stays with the current carrier."
                ],
            ));
        }
        if btn == Some(new) {
            out.push(issue(
                new_path(),
                Code::BtnReplacementSame,
                msg!["The replacement BTN is the same as the BTN; enter the number that will become the account's new main number."],
            ));
        }
    }
    let Some(btn) = btn else { return };
    let btn_ports = list.contains(&btn);
    match order.partial_port {
        Some(true) if btn_ports && replacement_typed.is_none() && !facts.partial => out.push(issue(
            new_path(),
            Code::BtnReplacementRequired,
            msg![
                "The BTN ", btn.formatted(),
                " is porting but the account keeps other numbers (partial port): enter a replacement BTN, a number that stays on the account."
            ],
        )),
        // Decision: a full port moves every number on the account, so a BTN missing from the
        // list suggests a wrong full/partial indicator (rejection 7434): warn, do not block.
        Some(false) if !btn_ports && !list.tns.is_empty() => out.push(
            Issue::warning(
                Field::PartialPort.path(),
                Code::BtnFullPortWithoutBtn,
                msg![
                    "This is a full port but the BTN ", btn.formatted(),
                    " is not in the list; add it, or mark the order as a partial port if the account keeps other numbers."
                ],
            )
            .rule("R-TN-BTN"),
        ),
        _ => {}
    }
}
