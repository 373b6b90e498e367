//! Status, editing and end-user detail rules, natively. The tables are in `tests/cases/mod.rs`;
//! `tests/wasm_editing.rs` runs the same tables through the wasm API.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

mod cases;
mod common;

use cases::Api;
use portin_validator::rules::editable_fields;
use portin_validator::status::explain;
use serde_json::Value as J;

struct Native;

impl Api for Native {
    fn validate(&self, order: &J, options: &J) -> J {
        serde_json::to_value(common::validate(order.clone(), options.clone())).unwrap()
    }

    fn editable_fields(&self, order: &J) -> J {
        serde_json::to_value(editable_fields(&common::v(order.clone()))).unwrap()
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
    assert_eq!(cases::matrix_cells(&Native), 88);
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
    let saved = cases::with(cases::with(cases::port_in(), "status", serde_json::json!("SUBMITTED")), "portType", serde_json::json!("MANUAL_OFF_NET"));
    let bad_saved = cases::with(saved.clone(), "subscriber.serviceAddress.zip", serde_json::json!(27601));
    let edited = cases::with(saved, "listOfPhoneNumbers", serde_json::json!(["919-200-0000"]));
    let report = common::validate(edited, serde_json::json!({ "original": bad_saved }));
    let got = common::pairs(&report);
    assert!(got.contains(&("original.subscriber.serviceAddress.zip".into(), "input.type")), "{got:?}");
    assert!(got.contains(&("listOfPhoneNumbers".into(), "edit.not_editable")), "{got:?}");
}
