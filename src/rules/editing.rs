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
use super::edit_matrix::{allows, verdict_without_port_type, Column, Row, Verdict};
use super::field::{add, given, make, path_of};
use super::near_foc;
use super::Facts;
use crate::issue::{Issue, Path, Severity};
use crate::msg;
use crate::options::Options;
use crate::order::{label, Order};
use crate::order_type::{squash, OrderKind, PortType};
use crate::status::{EditWindow, LsrStatus, Status};
use crate::tn::Tn;
use crate::tn_list::TnList;

/// A field's value, as compared with the saved one.
enum Val<'a> {
    /// Trimmed; blank is the same as absent.
    Text(Option<&'a str>),
    /// A TN: the same number however it is written (`919.200.0000` = `(919) 200-0000`).
    Tn(Option<&'a str>),
    Flag(Option<bool>),
    Number(Option<f64>),
    /// An order kind; absent is a port-in.
    Kind(Option<&'a str>),
    /// A port type, however spelled; absent means "as saved" (the provider assigns it).
    PortType(Option<&'a str>),
    /// The TN list, compared as a set (see [`same_list`]).
    List,
}

/// How a change to a field is judged once the order is submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Judge {
    /// By the edit matrix row.
    Matrix(Row),
    /// Set when the order is placed; an edit never changes it.
    Fixed,
}

/// One field of the order that an edit can change.
pub struct Leaf {
    pub path: &'static [&'static str],
    pub judge: Judge,
    get: for<'a> fn(&'a Order) -> Val<'a>,
}

impl Leaf {
    pub fn path(&self) -> Path {
        path_of(self.path)
    }

    pub fn row(&self) -> Option<Row> {
        match self.judge {
            Judge::Matrix(row) => Some(row),
            Judge::Fixed => None,
        }
    }
}

macro_rules! leaf {
    ([$($seg:literal),+], $judge:expr, |$o:ident| $get:expr) => {
        Leaf { path: &[$($seg),+], judge: $judge, get: |$o| $get }
    };
}

use crate::code::Code;
use Judge::{Fixed, Matrix};

/// Every field an edit is compared on, each with its judge. `status` and `actualFocDate` are the
/// provider's to set and are not compared.
#[rustfmt::skip]
pub const LEAVES: &[Leaf] = &[
    leaf!(["kind"], Fixed, |o| Val::Kind(o.kind.as_deref())),
    leaf!(["portType"], Fixed, |o| Val::PortType(o.port_type.as_deref())),
    leaf!(["pon"], Fixed, |o| Val::Text(o.pon.as_deref())),
    leaf!(["ponVersion"], Fixed, |o| Val::Number(o.pon_version)),
    leaf!(["listOfPhoneNumbers"], Matrix(Row::Tns), |_o| Val::List),
    leaf!(["billingTelephoneNumber"], Matrix(Row::Btn), |o| Val::Tn(o.billing_telephone_number.as_deref())),
    leaf!(["newBillingTelephoneNumber"], Matrix(Row::NewBtn), |o| Val::Tn(o.new_billing_telephone_number.as_deref())),
    leaf!(["partialPort"], Matrix(Row::PartialPort), |o| Val::Flag(o.partial_port)),
    leaf!(["requestedFocDate"], Matrix(Row::RequestedDate), |o| Val::Text(o.requested_foc_date.as_deref())),
    leaf!(["loaAuthorizingPerson"], Matrix(Row::Loa), |o| Val::Text(o.loa_authorizing_person.as_deref())),
    leaf!(["customerOrderId"], Matrix(Row::CustomerOrderId), |o| Val::Text(o.customer_order_id.as_deref())),
    leaf!(["subscriber", "subscriberType"], Matrix(Row::SubscriberName), |o| Val::Text(o.subscriber.subscriber_type.as_deref())),
    leaf!(["subscriber", "businessName"], Matrix(Row::SubscriberName), |o| Val::Text(o.subscriber.business_name.as_deref())),
    leaf!(["subscriber", "firstName"], Matrix(Row::SubscriberName), |o| Val::Text(o.subscriber.first_name.as_deref())),
    leaf!(["subscriber", "middleInitial"], Matrix(Row::SubscriberName), |o| Val::Text(o.subscriber.middle_initial.as_deref())),
    leaf!(["subscriber", "lastName"], Matrix(Row::SubscriberName), |o| Val::Text(o.subscriber.last_name.as_deref())),
    leaf!(["subscriber", "accountNumber"], Matrix(Row::AccountNumber), |o| Val::Text(o.subscriber.account_number.as_deref())),
    leaf!(["subscriber", "pinNumber"], Matrix(Row::Pin), |o| Val::Text(o.subscriber.pin_number.as_deref())),
    leaf!(["subscriber", "serviceAddress", "houseNumber"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.house_number.as_deref())),
    leaf!(["subscriber", "serviceAddress", "housePrefix"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.house_prefix.as_deref())),
    leaf!(["subscriber", "serviceAddress", "houseSuffix"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.house_suffix.as_deref())),
    leaf!(["subscriber", "serviceAddress", "preDirectional"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.pre_directional.as_deref())),
    leaf!(["subscriber", "serviceAddress", "streetName"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.street_name.as_deref())),
    leaf!(["subscriber", "serviceAddress", "streetSuffix"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.street_suffix.as_deref())),
    leaf!(["subscriber", "serviceAddress", "postDirectional"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.post_directional.as_deref())),
    leaf!(["subscriber", "serviceAddress", "addressLine2"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.address_line2.as_deref())),
    leaf!(["subscriber", "serviceAddress", "city"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.city.as_deref())),
    leaf!(["subscriber", "serviceAddress", "stateCode"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.state_code.as_deref())),
    leaf!(["subscriber", "serviceAddress", "zip"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.zip.as_deref())),
    leaf!(["subscriber", "serviceAddress", "plusFour"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.plus_four.as_deref())),
    leaf!(["subscriber", "serviceAddress", "county"], Matrix(Row::ServiceAddress), |o| Val::Text(o.subscriber.service_address.county.as_deref())),
    leaf!(["wirelessInfo", "accountNumber"], Matrix(Row::AccountNumber), |o| Val::Text(o.wireless_info.account_number.as_deref())),
    leaf!(["wirelessInfo", "pinNumber"], Matrix(Row::Pin), |o| Val::Text(o.wireless_info.pin_number.as_deref())),
];

fn trimmed(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|t| !t.is_empty())
}

fn same(now: &Val, saved: &Val) -> bool {
    match (now, saved) {
        (Val::Text(a), Val::Text(b)) => trimmed(*a) == trimmed(*b),
        (Val::Tn(a), Val::Tn(b)) => {
            match (trimmed(*a).and_then(|t| Tn::parse(t).ok()), trimmed(*b).and_then(|t| Tn::parse(t).ok())) {
                (Some(x), Some(y)) => x == y,
                _ => trimmed(*a) == trimmed(*b),
            }
        }
        (Val::Flag(a), Val::Flag(b)) => a == b,
        (Val::Number(a), Val::Number(b)) => a == b,
        (Val::Kind(a), Val::Kind(b)) => {
            let kind = |k: Option<&str>| trimmed(k).map_or(Some(OrderKind::PortIn), |k| OrderKind::parse(k).ok());
            match (kind(*a), kind(*b)) {
                (Some(x), Some(y)) => x == y,
                _ => trimmed(*a).map(squash) == trimmed(*b).map(squash),
            }
        }
        (Val::PortType(a), Val::PortType(b)) => match (trimmed(*a), trimmed(*b)) {
            (Some(x), Some(y)) => match (PortType::parse(x), PortType::parse(y)) {
                (Ok(p), Ok(q)) => p == q,
                _ => squash(x) == squash(y),
            },
            _ => true,
        },
        _ => true,
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
    /// The fields that differ from the saved order, in [`LEAVES`] order.
    pub changes: Vec<&'static Leaf>,
    pub order: &'a Order,
    pub saved: &'a Order,
}

impl<'a> Edit<'a> {
    pub fn new(order: &'a Order, facts: &Facts, saved: &'a Order) -> Edit<'a> {
        // The saved copy's own problems were reported under `original` when it was read.
        let saved_facts = Facts::new(saved, &mut Vec::new());
        let status = facts.status.or(saved_facts.status);
        let has_foc = status.is_some_and(Status::is_foc)
            || given(&order.actual_foc_date).is_some()
            || given(&saved.actual_foc_date).is_some();
        let changes = LEAVES
            .iter()
            .filter(|leaf| match leaf.judge {
                Matrix(Row::Tns) => !same_list(&facts.tns, &saved_facts.tns),
                _ => !same(&(leaf.get)(order), &(leaf.get)(saved)),
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
        self.changes.iter().any(|leaf| leaf.row() == Some(row))
    }
}

/// Status and editing rules over one order.
pub fn check(order: &Order, facts: &Facts, opts: &Options, out: &mut Vec<Issue>) {
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
        supp_notes(&edit, out);
        together(&edit, out);
    }
    near_foc::notes(&near, edit.port_type, edit.changed(Row::RequestedDate), out);
}

const STATUS: &[&str] = &["status"];

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
    if let EditWindow::Closed(reason) = status.edit() {
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
    for leaf in &edit.changes {
        let name = label(&leaf.path());
        let verdict = match (status.edit(), leaf.judge, edit.kind) {
            (EditWindow::Open, _, _) => return,
            (EditWindow::Closed(reason), _, _) => Some((msg![name, " cannot change: ", reason, "."], closed_rule(status))),
            (EditWindow::Supp, Fixed, _) => Some((
                msg![name, " is set when the order is placed and cannot change in an edit; cancel the order and place a new one if it must change."],
                "R-EDIT-FIELDS",
            )),
            (EditWindow::Supp, Matrix(Row::Tns), OrderKind::Lsr) => {
                let message = msg!["The numbers on an LSR cannot change; to remove or change a number, cancel this LSR and submit a new one with the right numbers."];
                add(out, Severity::Error, leaf.path, Code::EditLsrTnChange, message);
                None
            }
            (EditWindow::Supp, Matrix(_), OrderKind::Lsr) => None,
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
                            msg![name, " cannot change once a ", port_type.as_str(), " port-in is submitted; cancel the order and place a new one if it must change."],
                            "R-EDIT-FIELDS",
                        )),
                    }
                }
                None => match verdict_without_port_type(row, edit.has_foc) {
                    Verdict::Always => None,
                    Verdict::Depends => {
                        let message = msg![name, ": whether it may change depends on the port type, which the order does not give; add the port type to check this edit."];
                        add(out, Severity::Warning, leaf.path, Code::EditDependsOnPortType, message);
                        None
                    }
                    Verdict::Never => Some((msg![name, " cannot change once the order is submitted."], "R-EDIT-FIELDS")),
                },
            },
        };
        if let Some((message, rule)) = verdict {
            out.push(make(Severity::Error, leaf.path, Code::EditNotEditable, message).rule(rule));
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
    // S1: changing an off-net order's details (anything but the date and the customer's own ID)
    // makes the partner pull the customer service record again.
    let details =
        edit.changes.iter().any(|leaf| !matches!(leaf.row(), Some(Row::RequestedDate | Row::CustomerOrderId)));
    if edit.kind == OrderKind::PortIn && edit.port_type == Some(PortType::AutomatedOffNet) && !edit.has_foc && details {
        let message = msg!["Changing these details on an off-net order sends it through the customer service record (CSR) phase again, which takes longer."];
        add(out, Severity::Info, &[], Code::EditCsrAgain, message);
    }
    if edit.changed(Row::ServiceAddress) {
        let message = msg!["Check that the service address is where the numbers are in service, not the billing address: a mismatch is a frequent cause of rejection 7402."];
        add(out, Severity::Info, &["subscriber", "serviceAddress"], Code::AddressServiceNotBilling, message);
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
