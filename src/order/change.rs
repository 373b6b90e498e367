//! What counts as a change between two copies of an order, field by field: text compared
//! trimmed (blank is absent), TNs as numbers however written, a TN list as its numbers in any
//! order, the order kind and port type by meaning. The editing rules (`rules::edit`) and
//! the supplement writer ([`super::supp::write_change`]) both ask [`same`], so what the writer
//! sends is exactly what the rules call a change.

use super::{Compare, Field, Order, Slot, TnInput};
use crate::order_type::{squash, OrderKind, PortType};
use crate::tn::Tn;
use crate::tn_list::{parse_items, parse_text, TnList};

/// An order's TN list, read without the area-code rules (they do not change what a list holds).
pub fn list(order: &Order) -> TnList {
    match &order.list_of_phone_numbers {
        Some(TnInput::Text(text)) => parse_text(text),
        Some(TnInput::Items(items)) => parse_items(items.iter().map(Option::as_deref)),
        None => TnList::default(),
    }
}

pub fn trimmed(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|t| !t.is_empty())
}

/// Whether `field` holds the same in `order` as in `saved`: text trimmed, blank as absent, TNs
/// however written, a TN list as its numbers in any order.
pub fn same(field: Field, order: &Order, saved: &Order) -> bool {
    match field.spec().slot {
        Slot::Text { get, compare, .. } => same_text(compare, get(order).as_deref(), get(saved).as_deref()),
        // Absent is false (`partialPort`, `triggered`: the provider reads an omitted flag so, and
        // an unchecked checkbox gives false).
        Slot::Flag { get, .. } => get(order).unwrap_or(false) == get(saved).unwrap_or(false),
        Slot::Number { get, .. } => get(order) == get(saved),
        Slot::List { get, .. } => {
            let items = |o| get(o).iter().flatten().map(|t| t.trim()).filter(|t| !t.is_empty());
            items(order).eq(items(saved))
        }
        Slot::Tns => same_list(&list(order), &list(saved)),
        Slot::Group => true,
    }
}

pub fn same_text(compare: Compare, a: Option<&str>, b: Option<&str>) -> bool {
    match compare {
        Compare::Text => trimmed(a) == trimmed(b),
        // The same number however it is written (`919.200.0000` = `(919) 200-0000`).
        Compare::Tn => match (trimmed(a).and_then(|t| Tn::parse(t).ok()), trimmed(b).and_then(|t| Tn::parse(t).ok())) {
            (Some(x), Some(y)) => x == y,
            _ => trimmed(a) == trimmed(b),
        },
        // Absent is a port-in.
        Compare::Kind => {
            let kind = |k: Option<&str>| trimmed(k).map_or(Some(OrderKind::PortIn), |k| OrderKind::parse(k).ok());
            match (kind(a), kind(b)) {
                (Some(x), Some(y)) => x == y,
                _ => trimmed(a).map(squash) == trimmed(b).map(squash),
            }
        }
        Compare::Date => match (trimmed(a).map(crate::date::parse), trimmed(b).map(crate::date::parse)) {
            (Some(Ok(x)), Some(Ok(y))) => x == y,
            _ => trimmed(a) == trimmed(b),
        },
        // However spelled; absent means "as saved" (the provider assigns it).
        Compare::PortType => match (trimmed(a), trimmed(b)) {
            (Some(x), Some(y)) => match (PortType::parse(x), PortType::parse(y)) {
                (Ok(p), Ok(q)) => p == q,
                _ => squash(x) == squash(y),
            },
            _ => true,
        },
    }
}

/// Two TN lists are the same when they hold the same valid numbers, however written and in
/// whatever order (a reformatted or reordered list is not a change), and the same entries that
/// are not numbers, in the same order (those are errors anyway).
pub fn same_list(a: &TnList, b: &TnList) -> bool {
    a.same_numbers(b) && a.invalid.iter().map(|i| i.text.trim()).eq(b.invalid.iter().map(|i| i.text.trim()))
}
