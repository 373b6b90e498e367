//! The order as the person typed it, and how it is read from loosely typed input.
//!
//! Fields hold text exactly as given (nothing is trimmed or rewritten here): the rules turn text
//! into typed values ([`crate::tn::Tn`], dates, statuses) and report what does not convert.

use serde::Serialize;

use crate::input::Source;
use crate::issue::{Issue, Seg};
use crate::msg;

pub mod body;
mod field;
pub mod read;
pub use field::{Coerce, Compare, Field, Judge, Kinds, Spec, Value, Wire};
pub use read::{read_any, Origin};

/// The TN list: pasted text, or an array with one number per item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TnInput {
    Text(String),
    /// `None` for an item that is not text (already reported when read).
    Items(Vec<Option<String>>),
}

/// Serialized as `readOrder` gives it: camelCase, only the fields with a value.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list_of_phone_numbers: Option<TnInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_telephone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_billing_telephone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial_port: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_foc_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual_foc_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loa_authorizing_person: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_order_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pon_version: Option<f64>,
    #[serde(skip_serializing_if = "is_empty")]
    pub subscriber: Subscriber,
    #[serde(skip_serializing_if = "is_empty")]
    pub wireless_info: WirelessInfo,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_resp_org_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub triggered: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tn_attributes: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alternate_spid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_create_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count_of_tns: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscriber {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriber_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub middle_initial: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// LSRs carry the account number and PIN here; port-ins in [`WirelessInfo`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin_number: Option<String>,
    #[serde(skip_serializing_if = "is_empty")]
    pub service_address: Address,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house_prefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house_suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pre_directional: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_suffix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_directional: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plus_four: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WirelessInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pin_number: Option<String>,
}

fn is_empty<T: Default + PartialEq>(group: &T) -> bool {
    *group == T::default()
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
