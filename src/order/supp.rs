//! R-EDIT-SUPP: a supplement (`<LnpOrderSupp>`, the body of `PUT /portins/{orderId}`) is a change
//! to the saved order, not a new order. [`apply`] gives the order as the provider keeps it after
//! the PUT: what the body carries replaces, what it leaves out stays (the provider calls this
//! "typical of a PATCH"), except `CustomerOrderId`, removed when left out; `ResetAddressFields`,
//! which removes the subscriber elements left out; `WirelessInfo`, replaced as a pair; and
//! `ProcessingStatus`, which only submits a draft. [`write_change`] is its inverse: the body that
//! makes the saved order into an edited one.

use super::body::{carries, write, Body};
use super::change::same;
use super::edit_matrix::Row;
use super::{Field, Order, Slot};
use crate::code::Code;
use crate::issue::Issue;
use crate::order_type::{squash, OrderKind};
use crate::status::{EditWindow, Status};
use crate::text::{given, msg, quote};

/// The saved order after the provider applies `supp` to it; `out` gets what the body does that
/// a person would not guess (a customer order ID removed) or the provider refuses (a status).
/// Built field by field from the two, so no order is copied whole.
pub fn apply(saved: &Order, supp: &Order, out: &mut Vec<Issue>) -> Order {
    let reset = supp.subscriber.service_address.reset_address_fields == Some(true);
    let pair = carries(Field::WirelessInfo, supp, true);
    let mut order = Order::empty();
    for &field in Field::ALL {
        let carried = carries(field, supp, true);
        let replaced = match field {
            // `ProcessingStatus` only submits a draft (below); `ResetAddressFields` is an
            // instruction for this PUT, not part of the order.
            Field::Status | Field::ResetAddressFields => false,
            Field::CustomerOrderId => {
                if let (false, Some(id)) = (carried, given(&saved.customer_order_id)) {
                    let message = msg![
                        "The supplement leaves out the customer order ID, so the provider removes ",
                        quote(id),
                        " from the order: send <CustomerOrderId> in every supplement to keep it."
                    ];
                    out.push(Issue::warning(field.path(), Code::EditCustomerOrderIdDropped, message));
                }
                true
            }
            _ => {
                field.spec().xml.in_request(true)
                    && (carried
                        || (pair && field.parent() == Some(Field::WirelessInfo))
                        || (reset && field.segments().first() == Some(&"subscriber")))
            }
        };
        copy(field, if replaced { supp } else { saved }, &mut order);
    }
    if submits(supp, saved, out) {
        order.status = Some("SUBMITTED".into());
    }
    order
}

/// Sets `field` of `to` to what `from` holds there (nothing, when `from` holds nothing).
pub fn copy(field: Field, from: &Order, to: &mut Order) {
    match field.spec().slot {
        Slot::Text { get, set, .. } => *set(to) = get(from).clone(),
        Slot::Flag { get, set } => *set(to) = *get(from),
        Slot::Number { get, set } => *set(to) = *get(from),
        Slot::List { get, set, .. } => *set(to) = get(from).clone(),
        Slot::Tns => to.list_of_phone_numbers = from.list_of_phone_numbers.clone(),
        Slot::Group => {}
    }
}

/// An order not submitted yet: a draft, or no status (a new order).
pub fn is_draft(order: &Order) -> bool {
    let kind = given(&order.kind).and_then(|k| OrderKind::parse(k).ok()).unwrap_or_default();
    let status = given(&order.status).and_then(|s| Status::parse(kind, s).ok());
    status.is_none_or(|s| s.edit() == EditWindow::Open)
}

/// Whether `supp`'s `ProcessingStatus` submits the draft `saved`. A supplement may carry it only
/// as `SUBMITTED`, and only on a draft; anything else is an error at `status` (the provider
/// refuses it).
fn submits(supp: &Order, saved: &Order, out: &mut Vec<Issue>) -> bool {
    let Some(text) = given(&supp.status) else { return false };
    if squash(text) == "SUBMITTED" && is_draft(saved) {
        return true;
    }
    let message = msg![
        "A supplement carries ProcessingStatus only to submit a draft, as SUBMITTED; leave ",
        quote(text),
        " out: the provider sets the status."
    ];
    out.push(Issue::error(Field::Status.path(), Code::EditSuppStatus, message));
    false
}

/// The supplement that makes `saved` into `edited` (R-EDIT-SUPP; the inverse of
/// [`apply`]): exactly what changed, as [`super::change::same`] counts changes, and
/// what must go with it: `CustomerOrderId` (left out, the provider removes it), both `WirelessInfo`
/// elements when one changed, the subscriber type with its names when one of them changed (the
/// provider and its off-net partner take names only with the type), every subscriber element with
/// `ResetAddressFields: true` when one was cleared, and `ProcessingStatus` `SUBMITTED` when a
/// draft is being submitted. A flag cleared is written `false`; other fields a supplement cannot
/// clear are said (`xml.left_out`).
pub fn write_change(saved: &Order, edited: &Order, mut issues: Vec<Issue>) -> Body {
    let mut body = Order::empty();
    let mut changed = Vec::new();
    // What the changes bring with them: every subscriber element (one was cleared), the type and
    // names (one of them changed), the WirelessInfo pair (one of its elements changed).
    let (mut reset, mut names, mut pair) = (false, false, false);
    for &field in Field::ALL {
        if !sent_in_supp(field) || same(field, edited, saved) {
            continue;
        }
        changed.push(field.dotted());
        names |= field.row() == Some(Row::SubscriberName);
        pair |= field.parent() == Some(Field::WirelessInfo);
        match field.spec().slot {
            Slot::Flag { get, set } => *set(&mut body) = Some(get(edited).unwrap_or(false)),
            _ if carries(field, edited, true) => copy(field, edited, &mut body),
            _ if field.segments().first() == Some(&"subscriber") => reset = true,
            // Left out, the provider removes it; one WirelessInfo element sent replaces both.
            _ if field == Field::CustomerOrderId => {}
            _ if field.parent() == Some(Field::WirelessInfo) && carries(Field::WirelessInfo, edited, true) => {}
            _ => {
                let message =
                    msg![field.label(), " cannot be removed by a supplement: the provider keeps the saved value."];
                issues.push(Issue::warning(field.path(), Code::XmlLeftOut, message));
            }
        }
    }
    for &field in Field::ALL {
        let subscriber = field.segments().first() == Some(&"subscriber");
        let goes_with = (reset && subscriber)
            || (names && field.row() == Some(Row::SubscriberName))
            || (pair && field.parent() == Some(Field::WirelessInfo))
            || field == Field::CustomerOrderId;
        if goes_with && sent_in_supp(field) {
            copy(field, edited, &mut body);
        }
    }
    body.subscriber.service_address.reset_address_fields = reset.then_some(true);
    if given(&edited.status).is_some_and(|s| squash(s) == "SUBMITTED") && is_draft(saved) {
        body.status = Some("SUBMITTED".into());
    }
    Body { changed, ..write(&body, true, issues) }
}

/// A field a supplement carries as a value of the order (not a group, not `ProcessingStatus` or
/// `ResetAddressFields`, which say what to do with it).
fn sent_in_supp(field: Field) -> bool {
    field.spec().xml.in_request(true)
        && !matches!(field.spec().slot, Slot::Group)
        && !matches!(field, Field::Status | Field::ResetAddressFields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::order::{Subscriber, TnInput, WirelessInfo};

    fn s(text: &str) -> Option<String> {
        Some(text.into())
    }

    fn saved() -> Order {
        let mut o = Order {
            status: s("EXCEPTION"),
            customer_order_id: s("ACME-1"),
            requested_foc_date: s("2026-12-01"),
            loa_authorizing_person: s("Pat Jones"),
            list_of_phone_numbers: Some(TnInput::Items(vec![s("9192000000")])),
            subscriber: Subscriber { subscriber_type: s("BUSINESS"), business_name: s("Acme"), ..Default::default() },
            wireless_info: WirelessInfo { account_number: s("A1"), pin_number: s("1234") },
            ..Default::default()
        };
        o.subscriber.service_address.city = s("Raleigh");
        o.subscriber.service_address.zip = s("27601");
        o
    }

    #[test]
    fn carried_replaces_left_out_stays() {
        let supp = Order { requested_foc_date: s("2026-12-04"), customer_order_id: s("ACME-1"), ..Default::default() };
        let mut out = Vec::new();
        let got = apply(&saved(), &supp, &mut out);
        assert_eq!(got, Order { requested_foc_date: s("2026-12-04"), ..saved() });
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn the_exceptions() {
        // CustomerOrderId left out: removed, with a warning.
        let mut out = Vec::new();
        let got = apply(&saved(), &Order::default(), &mut out);
        assert_eq!(got, Order { customer_order_id: None, ..saved() });
        assert_eq!(out.iter().map(|i| i.code).collect::<Vec<_>>(), [Code::EditCustomerOrderIdDropped]);
        // WirelessInfo as a pair: one element sent replaces both.
        let mut supp = Order { customer_order_id: s("ACME-1"), ..Default::default() };
        supp.wireless_info.account_number = s("B2");
        let got = apply(&saved(), &supp, &mut Vec::new());
        assert_eq!(got.wireless_info, WirelessInfo { account_number: s("B2"), pin_number: None });
        // ResetAddressFields: every subscriber element left out goes; without it, they stay.
        supp = Order { customer_order_id: s("ACME-1"), ..Default::default() };
        supp.subscriber.service_address.zip = s("27603");
        let kept = apply(&saved(), &supp, &mut Vec::new());
        assert_eq!(
            (kept.subscriber.business_name.as_deref(), kept.subscriber.service_address.city.as_deref()),
            (Some("Acme"), Some("Raleigh"))
        );
        supp.subscriber.service_address.reset_address_fields = Some(true);
        let reset = apply(&saved(), &supp, &mut Vec::new());
        let mut want = Subscriber::default();
        want.service_address.zip = s("27603");
        assert_eq!(reset.subscriber, want);
        // ProcessingStatus: SUBMITTED submits a draft; anything else is refused.
        let draft = Order { status: s("DRAFT"), ..saved() };
        let submit = Order { status: s("submitted"), ..Default::default() };
        assert_eq!(apply(&draft, &submit, &mut Vec::new()).status.as_deref(), Some("SUBMITTED"));
        for (on, body) in [(&saved(), "SUBMITTED"), (&draft, "DRAFT"), (&saved(), "FOC")] {
            let mut out = Vec::new();
            let got =
                apply(on, &Order { status: s(body), customer_order_id: s("ACME-1"), ..Default::default() }, &mut out);
            assert_eq!(got.status, on.status, "{body}");
            assert_eq!(out.iter().map(|i| i.code).collect::<Vec<_>>(), [Code::EditSuppStatus], "{body}");
        }
    }
}
