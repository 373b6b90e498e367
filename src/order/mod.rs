//! The order as the person typed it, and how it is read from loosely typed input.
//!
//! Fields hold text exactly as given (nothing is trimmed or rewritten here): the rules turn text
//! into typed values ([`crate::tn::Tn`], dates, statuses) and report what does not convert.

use crate::code::Code;
use crate::input::{child, Reader, Shape, Source};
use crate::issue::{Issue, Seg};
use crate::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES, MAX_LIST_TEXT};
use crate::msg;

mod field;
pub use field::{Compare, Field, Judge, Kinds, Spec, Value};

/// The TN list: pasted text, or an array with one number per item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TnInput {
    Text(String),
    /// `None` for an item that is not text (already reported when read).
    Items(Vec<Option<String>>),
}

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
    pub target_resp_org_id: Option<String>,
    pub triggered: Option<bool>,
    pub site_id: Option<String>,
    pub peer_id: Option<String>,
    pub billing_type: Option<String>,
    pub tn_attributes: Option<Vec<String>>,
    pub alternate_spid: Option<String>,
    pub pon: Option<String>,
    pub pon_version: Option<f64>,
    pub subscriber: Subscriber,
    pub wireless_info: WirelessInfo,
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WirelessInfo {
    pub account_number: Option<String>,
    pub pin_number: Option<String>,
}

/// The dotted form of a path's keys: `subscriber.serviceAddress.zip`.
pub fn dotted(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        if let Seg::Key(k) = seg {
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
/// Returns `None` (with an issue at `[]`) when the input is not an object at all.
pub fn read<S: Source>(src: &S, issues: &mut Vec<Issue>) -> Option<Order> {
    read_at(src, &[], issues)
}

/// Reads an order found at `base` (e.g. `["original"]` for the saved copy of an edited order).
pub fn read_at<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<Order> {
    let shape = src.shape();
    if shape != Shape::Object {
        let what = if base.is_empty() { "The order" } else { "The saved order" };
        issues.push(Issue::error(
            base.to_vec(),
            Code::InputType,
            msg![
                what,
                " must be an object with the order's fields (listOfPhoneNumbers, billingTelephoneNumber, ...), not ",
                shape.described(),
                "."
            ],
        ));
        return None;
    }
    let mut r = Reader { issues, label };
    let mut order = Order::default();
    read_fields(&mut r, src, None, base, &mut order);
    Some(order)
}

/// Reads the fields of the group `parent` (the top level when `None`) from `src`, found at `at`,
/// in [`Field::ALL`]'s order.
fn read_fields<S: Source>(r: &mut Reader, src: &S, parent: Option<Field>, at: &[Seg], order: &mut Order) {
    for &field in Field::ALL.iter().filter(|f| f.parent() == parent) {
        let key = field.key();
        match field.spec().value {
            Value::Text { set, .. } => *set(order) = r.text(src, key, at, MAX_FIELD_TEXT),
            Value::Flag { set, .. } => *set(order) = r.boolean(src, key, at),
            Value::Number { set, .. } => *set(order) = r.number(src, key, at),
            Value::TextList { set, .. } => *set(order) = read_text_list(r, src, key, at),
            Value::Tns => order.list_of_phone_numbers = read_tns(r, src, at),
            Value::Group => {
                if let Some(obj) = r.object(src, key, at) {
                    read_fields(r, &obj, Some(field), &child(at, Seg::Key(key)), order);
                }
            }
        }
    }
}

/// A list of text (`tnAttributes`): an array whose items are text; an item that is not is
/// reported and left out.
fn read_text_list<S: Source>(r: &mut Reader, src: &S, key: &'static str, base: &[Seg]) -> Option<Vec<String>> {
    let v = r.field(src, key, base)?;
    let at = child(base, Seg::Key(key));
    match v.shape() {
        Shape::List => match v.items(MAX_LIST_ENTRIES) {
            Ok(items) => Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, item)| r.text_value(item, child(&at, Seg::Index(i as u32)), MAX_FIELD_TEXT))
                    .collect(),
            ),
            Err(why) => {
                r.unreadable(at, why);
                None
            }
        },
        got => {
            r.wrong_type(at, "a list of text", got);
            None
        }
    }
}

/// `listOfPhoneNumbers`: pasted text or an array of text.
fn read_tns<S: Source>(r: &mut Reader, src: &S, base: &[Seg]) -> Option<TnInput> {
    let key = Field::Tns.key();
    let v = r.field(src, key, base)?;
    tn_input(r, &v, child(base, Seg::Key(key)))
}

/// A TN list given on its own (`parseTnList`), reported at `["listOfPhoneNumbers", ...]`.
pub fn read_tn_input<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<TnInput> {
    let mut r = Reader { issues, label };
    match src.shape() {
        Shape::Missing | Shape::Null => None,
        _ => tn_input(&mut r, src, child(base, Seg::Key(Field::Tns.key()))),
    }
}

fn tn_input<S: Source>(r: &mut Reader, v: &S, at: crate::issue::Path) -> Option<TnInput> {
    match v.shape() {
        Shape::Text => r.text_value(v, at, MAX_LIST_TEXT).map(TnInput::Text),
        Shape::List => match v.items(MAX_LIST_ENTRIES) {
            Ok(items) => Some(TnInput::Items(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| r.text_value(item, child(&at, Seg::Index(i as u32)), MAX_FIELD_TEXT))
                    .collect(),
            )),
            Err(why) => {
                r.unreadable(at, why);
                None
            }
        },
        got => {
            r.wrong_type(at, "text (one number per line) or a list of numbers", got);
            None
        }
    }
}
