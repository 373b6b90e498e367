//! The order as the person typed it, and how it is read from loosely typed input.
//!
//! Fields hold text exactly as given (nothing is trimmed or rewritten here): the rules turn text
//! into typed values ([`crate::tn::Tn`], dates, statuses) and report what does not convert.

use crate::code::Code;
use crate::input::{child, Reader, Shape, Source};
use crate::issue::{Issue, Seg};
use crate::limits::{MAX_FIELD_TEXT, MAX_LIST_ENTRIES, MAX_LIST_TEXT};
use crate::msg;

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

/// Every field of the order by dotted path, with the name people know it by.
pub const FIELDS: &[(&str, &str)] = &[
    ("kind", "Order kind"),
    ("status", "Status"),
    ("portType", "Port type"),
    ("listOfPhoneNumbers", "Numbers to port"),
    ("billingTelephoneNumber", "Billing telephone number (BTN)"),
    ("newBillingTelephoneNumber", "Replacement BTN"),
    ("partialPort", "Partial port"),
    ("requestedFocDate", "Requested FOC date"),
    ("actualFocDate", "Actual FOC date"),
    ("loaAuthorizingPerson", "LOA authorizing person"),
    ("customerOrderId", "Customer order ID"),
    ("pon", "PON"),
    ("ponVersion", "PON version"),
    ("subscriber", "Subscriber"),
    ("subscriber.subscriberType", "Subscriber type"),
    ("subscriber.businessName", "Business name"),
    ("subscriber.firstName", "First name"),
    ("subscriber.middleInitial", "Middle initial"),
    ("subscriber.lastName", "Last name"),
    ("subscriber.accountNumber", "Account number"),
    ("subscriber.pinNumber", "PIN"),
    ("subscriber.serviceAddress", "Service address"),
    ("subscriber.serviceAddress.houseNumber", "House number"),
    ("subscriber.serviceAddress.housePrefix", "House prefix"),
    ("subscriber.serviceAddress.houseSuffix", "House suffix"),
    ("subscriber.serviceAddress.preDirectional", "Street direction (before)"),
    ("subscriber.serviceAddress.streetName", "Street name"),
    ("subscriber.serviceAddress.streetSuffix", "Street suffix"),
    ("subscriber.serviceAddress.postDirectional", "Street direction (after)"),
    ("subscriber.serviceAddress.addressLine2", "Address line 2"),
    ("subscriber.serviceAddress.city", "City"),
    ("subscriber.serviceAddress.stateCode", "State"),
    ("subscriber.serviceAddress.zip", "ZIP code"),
    ("subscriber.serviceAddress.plusFour", "ZIP+4 extension"),
    ("subscriber.serviceAddress.county", "County"),
    ("wirelessInfo", "Wireless details"),
    ("wirelessInfo.accountNumber", "Account number"),
    ("wirelessInfo.pinNumber", "PIN"),
];

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
    let name = FIELDS.iter().find(|(p, _)| *p == key).map_or(key.as_str(), |(_, l)| l);
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
    let text = |r: &mut Reader, obj: &S, key, at: &[Seg]| r.text(obj, key, at, MAX_FIELD_TEXT);
    let mut order = Order {
        kind: text(&mut r, src, "kind", base),
        status: text(&mut r, src, "status", base),
        port_type: text(&mut r, src, "portType", base),
        list_of_phone_numbers: read_tns(&mut r, src, base),
        billing_telephone_number: text(&mut r, src, "billingTelephoneNumber", base),
        new_billing_telephone_number: text(&mut r, src, "newBillingTelephoneNumber", base),
        partial_port: r.boolean(src, "partialPort", base),
        requested_foc_date: text(&mut r, src, "requestedFocDate", base),
        actual_foc_date: text(&mut r, src, "actualFocDate", base),
        loa_authorizing_person: text(&mut r, src, "loaAuthorizingPerson", base),
        customer_order_id: text(&mut r, src, "customerOrderId", base),
        pon: text(&mut r, src, "pon", base),
        pon_version: r.number(src, "ponVersion", base),
        ..Order::default()
    };
    if let Some(sub) = r.object(src, "subscriber", base) {
        let at = child(base, Seg::Key("subscriber"));
        let s = &mut order.subscriber;
        s.subscriber_type = text(&mut r, &sub, "subscriberType", &at);
        s.business_name = text(&mut r, &sub, "businessName", &at);
        s.first_name = text(&mut r, &sub, "firstName", &at);
        s.middle_initial = text(&mut r, &sub, "middleInitial", &at);
        s.last_name = text(&mut r, &sub, "lastName", &at);
        s.account_number = text(&mut r, &sub, "accountNumber", &at);
        s.pin_number = text(&mut r, &sub, "pinNumber", &at);
        if let Some(addr) = r.object(&sub, "serviceAddress", &at) {
            let at = child(&at, Seg::Key("serviceAddress"));
            let a = &mut s.service_address;
            a.house_number = text(&mut r, &addr, "houseNumber", &at);
            a.house_prefix = text(&mut r, &addr, "housePrefix", &at);
            a.house_suffix = text(&mut r, &addr, "houseSuffix", &at);
            a.pre_directional = text(&mut r, &addr, "preDirectional", &at);
            a.street_name = text(&mut r, &addr, "streetName", &at);
            a.street_suffix = text(&mut r, &addr, "streetSuffix", &at);
            a.post_directional = text(&mut r, &addr, "postDirectional", &at);
            a.address_line2 = text(&mut r, &addr, "addressLine2", &at);
            a.city = text(&mut r, &addr, "city", &at);
            a.state_code = text(&mut r, &addr, "stateCode", &at);
            a.zip = text(&mut r, &addr, "zip", &at);
            a.plus_four = text(&mut r, &addr, "plusFour", &at);
            a.county = text(&mut r, &addr, "county", &at);
        }
    }
    if let Some(w) = r.object(src, "wirelessInfo", base) {
        let at = child(base, Seg::Key("wirelessInfo"));
        order.wireless_info.account_number = text(&mut r, &w, "accountNumber", &at);
        order.wireless_info.pin_number = text(&mut r, &w, "pinNumber", &at);
    }
    Some(order)
}

/// `listOfPhoneNumbers`: pasted text or an array of text.
fn read_tns<S: Source>(r: &mut Reader, src: &S, base: &[Seg]) -> Option<TnInput> {
    const KEY: &str = "listOfPhoneNumbers";
    let v = r.field(src, KEY, base)?;
    tn_input(r, &v, child(base, Seg::Key(KEY)))
}

/// A TN list given on its own (`parseTnList`), reported at `["listOfPhoneNumbers", ...]`.
pub fn read_tn_input<S: Source>(src: &S, base: &[Seg], issues: &mut Vec<Issue>) -> Option<TnInput> {
    let mut r = Reader { issues, label };
    match src.shape() {
        Shape::Missing | Shape::Null => None,
        _ => tn_input(&mut r, src, child(base, Seg::Key("listOfPhoneNumbers"))),
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
