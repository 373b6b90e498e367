//! Status, editing and end-user detail rules, natively. The tables are in `tests/cases/mod.rs`;
//! `tests/wasm_editing.rs` runs the same tables through the wasm API.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod cases;
mod common;

use cases::params::ParamsApi;
use cases::Api;
use portin_validator::internal::status::explain;
use portin_validator::{editable_fields, parse_tn_list};
use serde_json::Value as J;

struct Native;

impl Api for Native {
    fn validate(&self, order: &J, options: &J) -> J {
        serde_json::to_value(common::validate(order.clone(), options.clone())).unwrap()
    }

    fn editable_fields(&self, order: &J, options: &J) -> J {
        serde_json::to_value(editable_fields(&common::v(order.clone()), &common::v(options.clone()), || None)).unwrap()
    }

    fn explain_status(&self, status: &J, kind: &J) -> J {
        serde_json::to_value(explain(&common::v(status.clone()), &common::v(kind.clone()))).unwrap()
    }
}

#[test]
fn fixtures_are_valid() {
    cases::fixtures_are_valid(&Native);
}

#[test]
fn field_length_and_format_boundaries() {
    assert!(cases::boundaries(&Native) > 150);
}

#[test]
fn every_cell_of_the_edit_matrix() {
    assert_eq!(cases::matrix_cells(&Native), 112);
}

#[test]
fn rows_cover_their_fields() {
    cases::rows_cover_their_fields(&Native);
}

#[test]
fn every_status_of_both_kinds() {
    assert_eq!(cases::statuses(&Native), 18);
}

#[test]
fn unknown_statuses_and_wrong_arguments() {
    cases::unknown_statuses(&Native);
}

#[test]
fn editable_fields_details() {
    cases::editable_fields_details(&Native);
}

#[test]
fn edits() {
    assert!(cases::edits(&Native) >= 25);
}

/// The saved order's own problems are reported under `original`, and do not hide the edit.
#[test]
fn saved_order_problems_stay_under_original() {
    let saved = cases::with(
        cases::with(cases::port_in(), "status", serde_json::json!("SUBMITTED")),
        "portType",
        serde_json::json!("MANUAL_OFF_NET"),
    );
    let bad_saved = cases::with(saved.clone(), "subscriber.serviceAddress.zip", serde_json::json!(27601.5));
    let edited = cases::with(saved, "listOfPhoneNumbers", serde_json::json!(["919-200-0000"]));
    let report = common::validate(edited, serde_json::json!({ "original": bad_saved }));
    let got = common::pairs(&report);
    assert!(got.contains(&("original.subscriber.serviceAddress.zip".into(), "input.type")), "{got:?}");
    assert!(got.contains(&("listOfPhoneNumbers".into(), "edit.not_editable")), "{got:?}");
    // The port type is named after "port type", never after "a" ("once a AUTOMATED_OFF_NET port-in").
    let refused = report.issues.iter().find(|i| i.code == "edit.not_editable").unwrap();
    assert!(
        refused.message.contains(" cannot change once a port-in of port type MANUAL_OFF_NET is submitted; "),
        "{}",
        refused.message
    );
}

impl ParamsApi for Native {
    fn parse_tn_list(&self, text: &J, options: &J) -> J {
        serde_json::to_value(parse_tn_list(&common::v(text.clone()), &common::v(options.clone()), || None)).unwrap()
    }
}

/// Issue 23: the values each message states, as params (`tests/cases/params.rs`).
#[test]
fn params() {
    assert!(cases::params::params(&Native) >= 40);
}

#[test]
fn params_of_list_entries() {
    cases::params::list_params(&Native);
}

#[test]
fn params_are_documented() {
    cases::params::documented(include_str!("../docs/rules.md"));
}

#[test]
fn near_foc() {
    assert!(cases::near_foc(&Native) >= 35);
}

#[test]
fn near_foc_messages() {
    cases::near_foc_messages(&Native);
}

/// Natively, a caller may give no clock at all (the JS API always has one): the rule says it
/// could not check, and refuses nothing.
#[test]
fn near_foc_without_a_clock() {
    use serde_json::json;
    let saved = cases::with_all(
        cases::port_in(),
        &[
            ("portType", json!("AUTOMATED_OFF_NET")),
            ("status", json!("FOC")),
            ("requestedFocDate", json!("2026-11-30")),
        ],
    );
    let edited = cases::with(saved.clone(), "requestedFocDate", json!("2026-12-02"));
    let report = Native.validate(&edited, &json!({ "original": saved }));
    let near: Vec<_> =
        cases::triples(&report["issues"]).into_iter().filter(|(_, c, _)| c.starts_with("edit.near_foc")).collect();
    assert_eq!(near, vec![("".to_string(), "edit.near_foc_unchecked".to_string(), "info".to_string())]);
    let message = report["issues"].as_array().unwrap().iter().find(|i| i["code"] == "edit.near_foc_unchecked").unwrap()
        ["message"]
        .clone();
    assert_eq!(
        message,
        json!("The current time was not given, so it was not checked whether the FOC (2026-11-30 at 11:30 Eastern time) is less than 24 hours away, when changes are refused: pass the option now.")
    );
    let answer = Native.editable_fields(&saved, &json!({}));
    let after_foc = json!(["requestedFocDate", "customerOrderId", "siteId", "peerId", "tnAttributes"]);
    assert_eq!((answer["editable"].clone(), answer["fields"].clone()), (json!(true), after_foc));
    assert!(cases::triples(&answer["warnings"]).iter().any(|(_, c, s)| c == "edit.near_foc_unchecked" && s == "info"));
    // The clock asked for, when the options give neither today nor now.
    let asked = serde_json::to_value(editable_fields(&common::v(saved.clone()), &common::v(json!({})), || {
        Some("2026-11-29T17:00:00Z".into())
    }))
    .unwrap();
    assert_eq!(asked["editable"], json!(false), "{asked}");
    let not_asked =
        serde_json::to_value(editable_fields(&common::v(saved), &common::v(json!({ "today": "2026-11-20" })), || {
            panic!("the clock was read")
        }))
        .unwrap();
    assert_eq!(not_asked["editable"], json!(true), "{not_asked}");
}
