//! The field table (`order::Field`) against the places outside Rust that name fields: the
//! published types and the demo page. A field added to the table without its type, or a page
//! control whose name is not a field, fails here.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use portin_validator::internal::order::{Field, Slot};

fn read(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path).unwrap()
}

#[test]
fn every_field_is_in_the_published_types() {
    let dts = read("js/api.d.ts");
    let missing: Vec<&str> =
        Field::ALL.iter().filter(|f| !dts.contains(&format!("{}?:", f.key()))).map(|f| f.dotted()).collect();
    assert!(missing.is_empty(), "fields without a property in js/api.d.ts: {missing:?}");
}

/// Controls of the page that are not order fields: the rejection lookup, the time that makes the
/// requested date a date-time (`data-pv-time-for`), and the page's own meta tags.
const NOT_FIELDS: &[&str] = &["rejection", "requestedFocTime", "referrer", "viewport"];

#[test]
fn every_page_control_is_a_field() {
    let html = read("www/index.html");
    let names: Vec<&str> = html.split("name=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    assert!(names.len() > 20, "the page names its controls");
    let unknown: Vec<&&str> =
        names.iter().filter(|n| !NOT_FIELDS.contains(n) && Field::from_dotted(n).is_none()).collect();
    assert!(unknown.is_empty(), "page controls that are not fields: {unknown:?}");
    for f in Field::ALL.iter().filter(|f| !matches!(f.spec().slot, Slot::Group)) {
        if !OFF_THE_PAGE.contains(&f.dotted()) {
            assert!(names.contains(&f.dotted()), "{} has no control on the page", f.dotted());
        }
    }
}

/// Fields the page leaves out: account plumbing a person does not fill in (api.md allows it), what
/// the provider answers with (response-only), what the provider's body carries but the rules
/// leave alone, and a supplement's own instruction (`resetAddressFields`, which the writer sets).
const OFF_THE_PAGE: &[&str] = &[
    "siteId",
    "peerId",
    "billingType",
    "tnAttributes",
    "alternateSpid",
    "orderId",
    "orderCreateDate",
    "lastModifiedDate",
    "lastModifiedBy",
    "userId",
    "countOfTns",
    "subscriber.serviceAddress.country",
    "subscriber.serviceAddress.addressType",
    "subscriber.serviceAddress.resetAddressFields",
    "immediately",
];
