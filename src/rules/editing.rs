//! Editing a saved order (domain.md section 2): what the status says about the order, and, when
//! `options.original` (the order as last saved) is given, which changed fields may change.
//!
//! The order of work: [`status_notes`] (always), then for an edit: [`Edit::new`] compares field
//! by field, [`fields`] judges every change (status window R-STATUS-EDITABLE / R-LSR-FAILED,
//! matrix R-EDIT-FIELDS, R-LSR-TN-CHANGE), [`supp_notes`] says what saving does (R-STATUS-DELAY,
//! R-STATUS-AFTER-SAVE, the off-net CSR phase), and [`together`] keeps account number and PIN
//! together on a supplement (R-ACCOUNT-PIN). Before all that, R-EDIT-NEAR-FOC ([`near_foc`]):
//! once the FOC is less than 24 hours away, every change is refused and nothing else is said.

use super::account;
use super::edit::Edit;
use super::field::{add, given, make, whole};
use super::near_foc;
use super::time_window::DEFAULT_ACTIVATION;
use super::Cx;
use crate::clock::eastern_date;
use crate::code::Code;
use crate::date::clock_text;
use crate::issue::{Issue, Severity};
use crate::order::edit_matrix::{allowance_without_port_type, allows, Allowance, Column, Row};
use crate::order::label;
use crate::order::Field;
use crate::order::Judge::{Fixed, Free, Identity, Matrix};
use crate::order_type::{OrderKind, PortType};
use crate::status::{EditWindow, LsrStatus, Status};
use crate::text::msg;

/// Status and editing rules over one order.
pub fn check(cx: &Cx, out: &mut Vec<Issue>) {
    let (order, facts, opts) = (cx.order, cx.facts, cx.options);
    status_notes(facts.status, out);
    let Some(saved) = &opts.original else { return };
    let edit = Edit::new(order, facts, saved);
    if edit.changes.is_empty() {
        return;
    }
    let near = near_foc::for_edit(&edit, &facts.clock, out);
    if let Some((foc, why)) = near.refused() {
        // Nothing may change, so what the matrix allows and what saving would do are moot.
        near_foc::refuse(&edit.changes, &foc, why, out);
        return;
    }
    fields(&edit, out);
    if edit.status.map(Status::edit) == Some(EditWindow::Supp) {
        toll_free_time(&edit, out);
        supp_notes(&edit, out);
        together(&edit, out);
    }
    near_foc::notes(&near, edit.port_type, edit.changed(Row::RequestedDate), out);
}

const STATUS: Field = Field::Status;

/// What the status alone says, with or without an edit: an `EXCEPTION` is fixed by a supp
/// (R-STATUS-EXCEPTION), a closed status takes no edit (R-STATUS-EDITABLE, R-LSR-FAILED). Info:
/// the order is not wrong for being in that status.
pub fn status_notes(status: Option<Status>, out: &mut Vec<Issue>) {
    let Some(status) = status else { return };
    if status.is_exception() {
        let message = match status.kind() {
            OrderKind::PortIn => msg![
                "The losing carrier rejected this order: read the order history and notes for the reason, correct the end-user details ",
                "(address, BTN, subscriber name, PIN, account number) to match its records, check the requested date, and save to send a supplement."
            ],
            OrderKind::Lsr => msg!["This LSR was rejected but is not dead: correct the details the rejection names and supp the order."],
        };
        add(out, Severity::Info, STATUS, Code::StatusException, message);
    }
    let info = status.info();
    if info.terminal {
        // R-STATUS-TERMINAL: the other rules do not run on it, so say why and what instead.
        let message = msg![
            "The order is finished (",
            status.as_str(),
            "): nothing on it can change, so it was not checked further. ",
            info.next
        ];
        let issue = make(Severity::Info, STATUS, Code::StatusTerminal, message);
        out.push(if status == Status::Lsr(LsrStatus::Failed) { issue.rule("R-LSR-FAILED") } else { issue });
    } else if let EditWindow::Closed(reason) = info.edit {
        let message = msg!["This order cannot be edited: ", reason, "."];
        out.push(make(Severity::Info, STATUS, Code::StatusNotEditable, message).rule(closed_rule(status)));
    }
}

fn closed_rule(status: Status) -> &'static str {
    if status == Status::Lsr(LsrStatus::Failed) {
        "R-LSR-FAILED"
    } else {
        "R-STATUS-EDITABLE"
    }
}

/// Judges every changed field: an error at its path, with the reason, for each that may not
/// change (or a warning, when that depends on a port type the order does not give).
fn fields(edit: &Edit, out: &mut Vec<Issue>) {
    let Some(status) = edit.status else { return };
    // Rows already said to depend on the port type (one bit per row): once per row, which is what
    // the port type decides (the address once, not once per address field).
    let mut depends = 0u32;
    for leaf in &edit.changes {
        let name = label(&leaf.path());
        let verdict = match (status.edit(), leaf.spec().judge, edit.kind) {
            (EditWindow::Open, _, _) => return,
            (EditWindow::Closed(reason), _, _) => Some((msg![name, " cannot change: ", reason, "."], closed_rule(status))),
            // R-EDIT-ALTERNATE-SPID (BW 7708).
            (EditWindow::Supp, Fixed, _) if *leaf == Field::AlternateSpid => {
                let message = msg!["The alternate SPID can change only while the order is a draft; keep the saved value, or ask the porting team."];
                add(out, Severity::Error, *leaf, Code::EditAlternateSpid, message);
                None
            }
            // R-EDIT-FIXED.
            (EditWindow::Supp, Fixed, _) => {
                let message = msg![
                    name,
                    " is set when the order is placed and cannot change in a supplement; keep the saved value, or cancel the order and place a new one."
                ];
                add(out, Severity::Error, *leaf, Code::EditFixed, message);
                None
            }
            (EditWindow::Supp, Identity, _) => Some((
                msg![name, " is set when the order is placed and cannot change in an edit; cancel the order and place a new one if it must change."],
                "R-EDIT-FIELDS",
            )),
            (EditWindow::Supp, Matrix(Row::Tns), OrderKind::Lsr) => {
                let message = msg!["The numbers on an LSR cannot change; to remove or change a number, cancel this LSR and submit a new one with the right numbers."];
                add(out, Severity::Error, *leaf, Code::EditLsrTnChange, message);
                None
            }
            (EditWindow::Supp, Matrix(_), OrderKind::Lsr) => None,
            // The provider's fields are never compared, so never among the changes.
            (EditWindow::Supp, Free, _) => None,
            (EditWindow::Supp, Matrix(row), OrderKind::PortIn) => match edit.port_type {
                Some(port_type) => {
                    let column = Column::of(port_type, edit.has_foc);
                    match (allows(row, column), column) {
                        (true, _) => None,
                        (false, Column::AutomatedOffNetAfterFoc) => Some((
                            msg![name, " cannot change: after FOC only the requested FOC date can change on an automated off-net order."],
                            "R-EDIT-FIELDS",
                        )),
                        (false, _) => Some((
                            msg![name, " cannot change once a port-in of port type ", port_type.as_str(), " is submitted; cancel the order and place a new one if it must change."],
                            "R-EDIT-FIELDS",
                        )),
                    }
                }
                None => match allowance_without_port_type(row, edit.has_foc) {
                    Allowance::Always => None,
                    Allowance::Depends if depends & (1 << row as u32) == 0 => {
                        depends |= 1 << row as u32;
                        let at = leaf.parent().filter(|p| p.row() == Some(row)).unwrap_or(*leaf);
                        let message = msg![at.label(), ": whether it may change depends on the port type, which the order does not give; add the port type to check this edit."];
                        add(out, Severity::Warning, at, Code::EditDependsOnPortType, message);
                        None
                    }
                    Allowance::Depends => None,
                    Allowance::Never => Some((msg![name, " cannot change once the order is submitted."], "R-EDIT-FIELDS")),
                },
            },
        };
        if let Some((message, rule)) = verdict {
            out.push(make(Severity::Error, *leaf, Code::EditNotEditable, message).rule(rule));
        }
    }
}

/// The delay warning (R-STATUS-DELAY), for an edit of `status`; `None` when editing there does
/// not delay (drafts, `EXCEPTION`, LSRs).
pub fn delay_warning(status: Status) -> Option<Issue> {
    status.edit_may_delay().then(|| {
        let message = msg![
            "Editing an order in ",
            status.as_str(),
            " may delay it (only EXCEPTION orders are edited without delay); change only what must change."
        ];
        make(Severity::Warning, STATUS, Code::EditMayDelay, message)
    })
}

/// What saving an edit of a submitted port-in does (R-STATUS-AFTER-SAVE).
pub fn after_save_note() -> Issue {
    let message = msg![
        "Saving this edit sends a supplement and moves the order to REQUESTED_SUPP; if it stays in EXCEPTION, ",
        "the requested date was probably too soon, so pick one 3 to 5 business days out."
    ];
    make(Severity::Info, STATUS, Code::EditAfterSave, message)
}

/// Notes on saving an edit of a submitted order.
fn supp_notes(edit: &Edit, out: &mut Vec<Issue>) {
    if let (Some(status), OrderKind::PortIn) = (edit.status, edit.kind) {
        out.extend(delay_warning(status));
        out.push(after_save_note());
    }
    // S1: changing an off-net order's details (anything but the date and the account's own
    // references) makes the partner pull the customer service record again.
    let details = edit.changes.iter().any(|leaf| {
        !matches!(
            leaf.row(),
            Some(Row::RequestedDate | Row::CustomerOrderId | Row::SiteId | Row::PeerId | Row::TnAttributes)
        )
    });
    if edit.kind == OrderKind::PortIn && edit.port_type == Some(PortType::AutomatedOffNet) && !edit.has_foc && details {
        let message = msg!["Changing these details on an off-net order sends it through the customer service record (CSR) phase again, which takes longer."];
        whole(out, Severity::Info, Code::EditCsrAgain, message);
    }
    if edit.changed(Row::ServiceAddress) {
        let message = msg!["Check that the service address is where the numbers are in service, not the billing address: a mismatch is a frequent cause of rejection 7402."];
        add(out, Severity::Info, Field::ServiceAddress, Code::AddressServiceNotBilling, message);
    }
}

/// R-TOLLFREE-AUTOMATED (the SUPP rules' "Phase 1 Automated Toll Free" column): on a submitted
/// automated toll-free port-in the activation date may change, its time may not. Judged when the
/// edited date is written with a time: against the saved one's (11:30 Eastern when it has none).
fn toll_free_time(edit: &Edit, out: &mut Vec<Issue>) {
    if !edit.automated_toll_free || !edit.changed(Row::RequestedDate) {
        return;
    }
    let time = |text| given(text).and_then(|t| eastern_date(t).ok()).map(|d| d.time.map(|e| e.seconds));
    let (Some(Some(new)), Some(old)) = (time(&edit.order.requested_foc_date), time(&edit.saved.requested_foc_date))
    else {
        return;
    };
    let old = old.unwrap_or(DEFAULT_ACTIVATION);
    if new != old {
        let message = msg![
            "The activation time of an automated toll-free port-in cannot change in a supplement, only its date: keep ",
            clock_text(old),
            " Eastern."
        ];
        out.push(
            make(Severity::Error, Field::RequestedFocDate, Code::EditNotEditable, message).rule("R-TOLLFREE-AUTOMATED"),
        );
    }
}

/// R-ACCOUNT-PIN: a supplement sends account number and PIN together, so a change to either
/// needs both.
fn together(edit: &Edit, out: &mut Vec<Issue>) {
    if !edit.changed(Row::AccountNumber) && !edit.changed(Row::Pin) {
        return;
    }
    let (account_keys, pin_keys) = account::paths(edit.kind);
    let (account, pin) = account::values(edit.order, edit.kind);
    for (value, keys, what) in [(account, account_keys, "account number"), (pin, pin_keys, "PIN")] {
        if given(value).is_none() {
            let message = msg!["A supplement sends the account number and the PIN together: enter the ", what, " too."];
            add(out, Severity::Error, keys, Code::AccountPinTogether, message);
        }
    }
}
