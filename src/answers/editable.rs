//! `editableFields(order, options?)` (api.md): may the order be edited at all, and which fields,
//! from the same status table (`crate::status`), edit matrix (`crate::order::edit_matrix`) and
//! R-EDIT-NEAR-FOC verdict (`crate::rules::near_foc`) as the editing rules of `validateOrder`. The
//! options give the clock (`today`/`now`, else the runtime's, asked of `now` at the boundary) and
//! `extraHolidays`; the rest of them plays no part.

use serde::Serialize;

use crate::clock::Clock;
use crate::code::Code;
use crate::issue::{Issue, Seg, Severity};
use crate::order::edit_matrix::{allowance_without_port_type, allows, Allowance, Column, Row};
use crate::order::{Field, Order};
use crate::order_type::OrderKind;
use crate::rules::editing::{after_save_note, delay_warning, status_notes};
use crate::rules::field::{add, given};
use crate::rules::{near_foc, Facts};
use crate::status::EditWindow;
use crate::text::msg;

/// The `editableFields` result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EditableFields {
    /// May the order be edited at all.
    pub editable: bool,
    /// Dotted paths of the fields that may change, in edit-matrix order.
    pub fields: Vec<&'static str>,
    /// Every issue about the answer, of any severity: what saving does, the delay warning, and
    /// problems with the argument itself (a wrong-typed field, an unknown status).
    pub warnings: Vec<Issue>,
    /// Why not, when `editable` is false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

fn closed(reason: String, warnings: Vec<Issue>) -> EditableFields {
    EditableFields { editable: false, fields: Vec::new(), warnings, reason: Some(reason) }
}

fn paths(kind: OrderKind, rows: impl Iterator<Item = Row>) -> Vec<&'static str> {
    rows.flat_map(|row| Field::listed_for(row, kind)).map(Field::dotted).collect()
}

/// Every field of an order not submitted yet: the matrix's, and those fixed once it is
/// (R-EDIT-FIXED), which a draft may still change.
fn open(kind: OrderKind) -> Vec<&'static str> {
    let mut fields = paths(kind, Row::ALL.into_iter());
    for f in Field::ALL {
        if f.fixed() && f.carried_by(kind) {
            fields.push(f.dotted());
        }
    }
    fields
}

/// Why a form's controls are disabled, when the answer gives no reason of its own.
pub const LOCKED_NOTE: &str = "Fields that cannot change in this status and port type are disabled; to change them, cancel and place a new order, or ask the porting team.";

/// What a form says instead of locking anything while the port type, which decides what may
/// change, is not given.
pub const PORT_TYPE_NOTE: &str = "No port type yet: nothing is locked, since what may change depends on it.";

/// The answer for an argument that is not an order at all; `warnings` say what it was.
pub fn not_an_order(warnings: Vec<Issue>) -> EditableFields {
    closed(
        msg!["Pass the order as an object with its kind, status and port type (and actualFocDate once it has FOC)."],
        warnings,
    )
}

/// The answer for an order already read, at the time `clock` gives; `warnings` holds what
/// reading the order and the options found.
pub fn answer(order: &Order, clock: &Clock, mut warnings: Vec<Issue>) -> EditableFields {
    let facts = Facts::header(order, &mut warnings);
    let kind = facts.kind;
    let Some(status) = facts.status else {
        let status_problem = warnings.iter().any(|i| i.path.first() == Some(&Seg::Key("status")));
        if given(&order.status).is_some() || status_problem {
            return closed(msg!["The status is not known, so what may change cannot be told; use one of the statuses the warning names."], warnings);
        }
        // Decision: no status is an order not submitted yet, like a draft.
        return EditableFields { editable: true, fields: open(kind), warnings, reason: None };
    };
    let has_foc = facts.has_foc;
    let fields = match status.edit() {
        EditWindow::Closed(reason) => return closed(msg!["Nothing can change: ", reason, "."], warnings),
        EditWindow::Open => open(kind),
        EditWindow::Supp => match (kind, facts.port_type) {
            (OrderKind::Lsr, _) => paths(kind, Row::ALL.into_iter().filter(|&r| r != Row::Tns)),
            (OrderKind::PortIn, Some(port_type)) => {
                let column = Column::of(port_type, has_foc);
                paths(kind, Row::ALL.into_iter().filter(|&r| allows(r, column)))
            }
            (OrderKind::PortIn, None) => {
                let message = msg!["Without the port type, only the fields every port type may change are listed; give the port type for the full list."];
                add(&mut warnings, Severity::Warning, Field::PortType, Code::EditPortTypeNeeded, message);
                paths(
                    kind,
                    Row::ALL.into_iter().filter(|&r| allowance_without_port_type(r, has_foc) == Allowance::Always),
                )
            }
        },
    };
    let near = near_foc::for_order(order, &facts, has_foc, clock, &mut warnings);
    if let Some((foc, why)) = near.refused() {
        // The issue too, so that callers who translate by code can.
        warnings.push(near_foc::refusal(&foc, why));
        return closed(near_foc::closed_reason(&foc, why), warnings);
    }
    status_notes(Some(status), &mut warnings);
    if status.edit() == EditWindow::Supp && kind == OrderKind::PortIn {
        warnings.extend(delay_warning(status));
        warnings.push(after_save_note());
    }
    near_foc::notes(&near, facts.port_type, true, &mut warnings);
    EditableFields { editable: true, fields, warnings, reason: None }
}
