//! What an edit of a saved order changes: the fields an edit is compared on ([`compared`], from
//! the field table, which also says how a change to each is judged), and the [`Edit`] worked out
//! once for the editing rules
//! ([`super::editing`]) and the near-FOC rule ([`super::near_foc`]).

use super::field::given;
use super::Facts;
use crate::order::change::{same, same_list};
use crate::order::edit_matrix::Row;
use crate::order::{Field, Judge, Order, Slot};
use crate::order_type::{OrderKind, PortType};
use crate::status::{EditWindow, Status};

/// The fields an edit is compared on, in [`Field::ALL`]'s order: every field but the groups and
/// those the provider sets (`status`, `actualFocDate`).
pub fn compared() -> impl Iterator<Item = Field> {
    Field::ALL.iter().copied().filter(|f| f.spec().judge != Judge::Free && !matches!(f.spec().slot, Slot::Group))
}

/// An edit of a saved order, worked out once: what every edit check needs.
pub struct Edit<'a> {
    pub kind: OrderKind,
    /// The status the order is in: the edited order's, else the saved one's (a saved draft's,
    /// whatever the edited order says). `None`: never submitted, so everything may change.
    pub status: Option<Status>,
    /// The edited order's port type, else the saved one's.
    pub port_type: Option<PortType>,
    /// Automated off-net's before/after split: status `FOC`, or an `actualFocDate` on either copy.
    pub has_foc: bool,
    /// The saved order is an automated toll-free port-in ([`Facts::automated_toll_free`]): its
    /// activation time is fixed (R-TOLLFREE-AUTOMATED).
    pub automated_toll_free: bool,
    /// The fields that differ from the saved order, in [`compared`] order.
    pub changes: Vec<Field>,
    pub order: &'a Order,
    pub saved: &'a Order,
}

impl<'a> Edit<'a> {
    pub fn new(order: &'a Order, facts: &Facts, saved: &'a Order) -> Edit<'a> {
        // The saved copy's own problems were reported under `original` when it was read.
        let saved_facts = Facts::new(saved, facts.area.clone(), &mut Vec::new());
        // A draft's changes are all open, whatever status the edit gives it (submitting it).
        let status = match saved_facts.status {
            Some(s) if s.edit() == EditWindow::Open => Some(s),
            saved => facts.status.or(saved),
        };
        // As `Facts::has_foc`, over the status in force and either copy's FOC date: an edit that
        // blanks the date does not undo the FOC.
        let has_foc = status.is_some_and(Status::is_foc)
            || given(&order.actual_foc_date).is_some()
            || given(&saved.actual_foc_date).is_some();
        let changes = compared()
            .filter(|&field| match field.spec().slot {
                Slot::Tns => !same_list(&facts.tns, &saved_facts.tns),
                _ => !same(field, order, saved),
            })
            .collect();
        Edit {
            kind: facts.kind,
            status,
            port_type: facts.port_type.or(saved_facts.port_type),
            has_foc,
            automated_toll_free: saved_facts.automated_toll_free(saved),
            changes,
            order,
            saved,
        }
    }

    pub fn changed(&self, row: Row) -> bool {
        self.changes.iter().any(|field| field.row() == Some(row))
    }
}
