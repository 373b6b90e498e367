//! The order as the person typed it, and how it is read from loosely typed input.
//!
//! Fields hold text exactly as given (nothing is trimmed or rewritten here): the rules turn text
//! into typed values ([`crate::tn::Tn`], dates, statuses) and report what does not convert.

use serde::Serialize;

use crate::input::Source;
use crate::issue::{Issue, Seg};
use crate::text::msg;

pub mod body;
pub mod change;
pub mod edit_matrix;
mod field;
pub mod read;
pub mod supp;
pub use field::{Coerce, Compare, Field, Judge, Kinds, Slot, Spec, XmlPlace};
pub use read::{read_any, Origin};

/// The TN list: pasted text, or an array with one number per item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TnInput {
    Text(String),
    /// `None` for an item that is not text (already reported when read).
    Items(Vec<Option<String>>),
}

/// Serialized as `readOrder` gives it: camelCase keys, only the fields with a value, written from
/// the field table (see the `Serialize` impl below), so a field declared there is written too.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Order {
    pub kind: Option<String>,
    pub status: Option<String>,
    pub port_type: Option<String>,
    pub list_of_phone_numbers: Option<TnInput>,
    pub billing_telephone_number: Option<String>,
    pub new_billing_telephone_number: Option<String>,
    pub partial_port: Option<bool>,
    pub requested_foc_date: Option<String>,
    pub actual_foc_date: Option<String>,
    pub loa_authorizing_person: Option<String>,
    pub customer_order_id: Option<String>,
    pub pon: Option<String>,
    pub pon_version: Option<f64>,
    /// An LSR's SPID: the NPAC service provider ID of the carrier the numbers port to.
    pub spid: Option<String>,
    pub subscriber: Subscriber,
    pub wireless_info: WirelessInfo,
    pub target_resp_org_id: Option<String>,
    pub triggered: Option<bool>,
    pub immediately: Option<bool>,
    pub site_id: Option<String>,
    pub peer_id: Option<String>,
    pub billing_type: Option<String>,
    pub tn_attributes: Option<Vec<String>>,
    pub alternate_spid: Option<String>,
    pub order_id: Option<String>,
    pub order_create_date: Option<String>,
    pub last_modified_date: Option<String>,
    pub last_modified_by: Option<String>,
    pub user_id: Option<String>,
    pub count_of_tns: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Subscriber {
    pub subscriber_type: Option<String>,
    pub business_name: Option<String>,
    pub first_name: Option<String>,
    pub middle_initial: Option<String>,
    pub last_name: Option<String>,
    /// LSRs carry the account number and PIN here; port-ins in [`WirelessInfo`].
    pub account_number: Option<String>,
    pub pin_number: Option<String>,
    pub service_address: Address,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub house_number: Option<String>,
    pub house_prefix: Option<String>,
    pub house_suffix: Option<String>,
    pub pre_directional: Option<String>,
    pub street_name: Option<String>,
    pub street_suffix: Option<String>,
    pub post_directional: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub state_code: Option<String>,
    pub zip: Option<String>,
    pub plus_four: Option<String>,
    pub county: Option<String>,
    pub country: Option<String>,
    pub address_type: Option<String>,
    /// A supplement's `ResetAddressFields` (R-EDIT-SUPP): not part of the order.
    pub reset_address_fields: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WirelessInfo {
    pub account_number: Option<String>,
    pub pin_number: Option<String>,
}

impl Order {
    /// An order with nothing in it, made in one place: an order has some thirty fields, and each
    /// place that made one with `Order::default()` got its own inlined copy of ~600 bytes of
    /// `.wasm`.
    #[inline(never)]
    pub fn empty() -> Order {
        Order::default()
    }
}

impl Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Group { order: self, group: None }.serialize(serializer)
    }
}

/// The fields of one group of an order (the top level when `group` is `None`), as a map.
/// Public for writers other than serde (the `.wasm`'s wire format), so they too write the order
/// from the field table.
pub struct Group<'a> {
    pub order: &'a Order,
    pub group: Option<Field>,
}

impl Serialize for Group<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for &field in Field::ALL.iter().filter(|f| f.parent() == self.group) {
            if let Some(value) = held(self.order, field) {
                map.serialize_entry(field.key(), &value)?;
            }
        }
        map.end()
    }
}

/// What a field holds in an order, for writing it; a group holds something when a field in it does.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Held<'a> {
    Text(&'a String),
    Flag(&'a bool),
    Number(&'a f64),
    List(&'a Vec<String>),
    Tns(&'a TnInput),
    Group(Group<'a>),
}

pub fn held(order: &Order, field: Field) -> Option<Held<'_>> {
    match field.spec().slot {
        Slot::Text { get, .. } => get(order).as_ref().map(Held::Text),
        Slot::Flag { get, .. } => get(order).as_ref().map(Held::Flag),
        Slot::Number { get, .. } => get(order).as_ref().map(Held::Number),
        Slot::List { get, .. } => get(order).as_ref().map(Held::List),
        Slot::Tns => order.list_of_phone_numbers.as_ref().map(Held::Tns),
        Slot::Group => Field::ALL
            .iter()
            .any(|&f| f.parent() == Some(field) && held(order, f).is_some())
            .then_some(Held::Group(Group { order, group: Some(field) })),
    }
}

/// An array of the entries as written (a pasted list stays the text it was); entries that were
/// not text (reported when read) are left out.
impl Serialize for TnInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            TnInput::Text(text) => serializer.serialize_str(text),
            TnInput::Items(items) => serializer.collect_seq(items.iter().flatten()),
        }
    }
}

/// The dotted form of a path's keys: `subscriber.serviceAddress.zip`.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        if let Some(k) = seg.key() {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(k);
        }
    }
    out
}

/// The name people know a field by; list entries are "Numbers to port, item 4".
pub fn label(path: &[Seg]) -> String {
    if let [Seg::Key("original"), rest @ ..] = path {
        return msg!["Saved order field ", label(rest)];
    }
    let key = dotted(path);
    let name = Field::from_dotted(&key).map(Field::label);
    let name = name.unwrap_or(key.as_str());
    match path.last() {
        Some(Seg::Index(i)) => msg![name, ", item ", *i + 1],
        _ => name.to_owned(),
    }
}

/// Reads an order. Wrong-typed fields become issues at their paths and read as absent, so
/// one bad field never hides the checks on the others.
///
/// Returns `None` (with an issue at `[]`) when the input is not an order at all.
pub fn read<S: Source>(src: &S, issues: &mut Vec<Issue>) -> Option<Order> {
    read_at(src, &[], issues)
}

/// Reads an order found at `base` (e.g. `["original"]` for the saved copy of an edited order).
pub fn read_at<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<Order> {
    read::read_any(src, base, issues).map(|(order, _)| order)
}

/// A TN list given on its own (`parseTnList`), reported at `["listOfPhoneNumbers", ...]`.
pub fn read_tn_input<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<TnInput> {
    read::read_tn_input(src, base, issues)
}
