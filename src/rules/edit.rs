//! What an edit of a saved order changes: the fields an edit is compared on ([`compared`], from
//! the field table, which also says how a change to each is judged), and the [`Edit`] worked out
//! once for the editing rules
//! ([`super::editing`]) and the near-FOC rule ([`super::near_foc`]).

use super::field::given;
use super::Facts;
use crate::order::edit_matrix::Row;
use crate::order::{Compare, Field, Judge, Order, Value};
use crate::order_type::{squash, OrderKind, PortType};
use crate::status::Status;
use crate::tn::Tn;
use crate::tn_list::TnList;

/// The fields an edit is compared on, in [`Field::ALL`]'s order: every field but the groups and
/// those the provider sets (`status`, `actualFocDate`).
pub fn compared() -> impl Iterator<Item = Field> {
    Field::ALL.iter().copied().filter(|f| f.spec().judge != Judge::Free && !matches!(f.spec().value, Value::Group))
}

fn trimmed(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|t| !t.is_empty())
}

/// Whether `field` holds the same in the edited order as in the saved one (TN lists aside).
fn same(field: Field, order: &Order, saved: &Order) -> bool {
    match field.spec().value {
        Value::Text { get, compare, .. } => same_text(compare, get(order).as_deref(), get(saved).as_deref()),
        // Absent is false (`partialPort`, `triggered`: the provider reads an omitted flag so, and
        // an unchecked checkbox gives false).
        Value::Flag { get, .. } => get(order).unwrap_or(false) == get(saved).unwrap_or(false),
        Value::Number { get, .. } => get(order) == get(saved),
        Value::List { get, .. } => {
            let items = |o| get(o).iter().flatten().map(|t| t.trim()).filter(|t| !t.is_empty());
            items(order).eq(items(saved))
        }
        Value::Tns | Value::Group => true,
    }
}

fn same_text(compare: Compare, a: Option<&str>, b: Option<&str>) -> bool {
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
fn same_list(a: &TnList, b: &TnList) -> bool {
    a.same_numbers(b) && a.invalid.iter().map(|i| i.text.trim()).eq(b.invalid.iter().map(|i| i.text.trim()))
}

/// An edit of a saved order, worked out once: what every edit check needs.
pub struct Edit<'a> {
    pub kind: OrderKind,
    /// The status the order is in: the edited order's, else the saved one's. `None`: never
    /// submitted, so everything may change.
    pub status: Option<Status>,
    /// The edited order's port type, else the saved one's.
    pub port_type: Option<PortType>,
    /// Automated off-net's before/after split: status `FOC`, or an `actualFocDate` on either copy.
    pub has_foc: bool,
    /// The fields that differ from the saved order, in [`compared`] order.
    pub changes: Vec<Field>,
    pub order: &'a Order,
    pub saved: &'a Order,
}

impl<'a> Edit<'a> {
    pub fn new(order: &'a Order, facts: &Facts, saved: &'a Order) -> Edit<'a> {
        // The saved copy's own problems were reported under `original` when it was read.
        let saved_facts = Facts::new(saved, facts.area.clone(), &mut Vec::new());
        let status = facts.status.or(saved_facts.status);
        // As `Facts::has_foc`, over the status in force and either copy's FOC date: an edit that
        // blanks the date does not undo the FOC.
        let has_foc = status.is_some_and(Status::is_foc)
            || given(&order.actual_foc_date).is_some()
            || given(&saved.actual_foc_date).is_some();
        let changes = compared()
            .filter(|&field| match field.spec().value {
                Value::Tns => !same_list(&facts.tns, &saved_facts.tns),
                _ => !same(field, order, saved),
            })
            .collect();
        Edit {
            kind: facts.kind,
            status,
            port_type: facts.port_type.or(saved_facts.port_type),
            has_foc,
            changes,
            order,
            saved,
        }
    }

    pub fn changed(&self, row: Row) -> bool {
        self.changes.iter().any(|field| field.row() == Some(row))
    }
}
