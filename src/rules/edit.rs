//! What an edit of a saved order changes: every field an edit is compared on ([`LEAVES`]), how a
//! change to each is judged, and the [`Edit`] worked out once for the editing rules
//! ([`super::editing`]) and the near-FOC rule ([`super::near_foc`]).

use super::edit_matrix::Row;
use super::field::{given, path_of};
use super::Facts;
use crate::issue::Path;
use crate::order::Order;
use crate::order_type::{squash, OrderKind, PortType};
use crate::status::Status;
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
        let saved_facts = Facts::new(saved, facts.area.clone(), &mut Vec::new());
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
