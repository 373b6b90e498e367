//! Status, editing and end-user detail rules through the real JS boundary, in Node and in
//! headless Chromium: the same tables as `tests/editing.rs` (in `tests/cases/mod.rs`), with every
//! order built as JSON and parsed by JS, so it reaches the module as a caller's object would.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod wasm_common;
use wasm_common::{get, js};

#[path = "../../tests/cases/mod.rs"]
mod cases;

use cases::params::ParamsApi;
use cases::Api;
use js_sys::JSON;
use portin_validator_wasm::api::{editable_fields, explain_status, parse_tn_list, validate_order};
use serde_json::Value as J;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// JSON -> a JS value, through `JSON.parse`.
fn to_js(j: &J) -> JsValue {
    JSON::parse(&j.to_string()).expect("JSON")
}

/// A JS result -> JSON, through `JSON.stringify`.
fn from_js(v: &JsValue) -> J {
    serde_json::from_str(&JSON::stringify(v).unwrap().as_string().unwrap()).unwrap()
}

struct Wasm;

impl Api for Wasm {
    fn validate(&self, order: &J, options: &J) -> J {
        from_js(&validate_order(to_js(order), to_js(options)))
    }

    fn editable_fields(&self, order: &J, options: &J) -> J {
        from_js(&editable_fields(to_js(order), to_js(options)))
    }

    fn explain_status(&self, status: &J, kind: &J) -> J {
        from_js(&explain_status(to_js(status), to_js(kind)))
    }
}

#[wasm_bindgen_test]
fn fixtures_are_valid() {
    cases::fixtures_are_valid(&Wasm);
}

#[wasm_bindgen_test]
fn field_length_and_format_boundaries() {
    assert!(cases::boundaries(&Wasm) > 150);
}

#[wasm_bindgen_test]
fn every_cell_of_the_edit_matrix() {
    assert_eq!(cases::matrix_cells(&Wasm), 112);
}

#[wasm_bindgen_test]
fn rows_cover_their_fields() {
    cases::rows_cover_their_fields(&Wasm);
}

#[wasm_bindgen_test]
fn every_status_of_both_kinds() {
    assert_eq!(cases::statuses(&Wasm), 18);
}

#[wasm_bindgen_test]
fn unknown_statuses_and_wrong_arguments() {
    cases::unknown_statuses(&Wasm);
}

#[wasm_bindgen_test]
fn editable_fields_details() {
    cases::editable_fields_details(&Wasm);
}

#[wasm_bindgen_test]
fn edits() {
    assert!(cases::edits(&Wasm) >= 25);
}

impl ParamsApi for Wasm {
    fn parse_tn_list(&self, text: &J, options: &J) -> J {
        from_js(&parse_tn_list(to_js(text), to_js(options)))
    }
}

/// Issue 23: the JS issues carry the same params as the native ones (`tests/cases/params.rs`).
#[wasm_bindgen_test]
fn params() {
    assert!(cases::params::params(&Wasm) >= 40);
}

#[wasm_bindgen_test]
fn params_of_list_entries() {
    cases::params::list_params(&Wasm);
}

#[wasm_bindgen_test]
fn near_foc() {
    assert!(cases::near_foc(&Wasm) >= 35);
}

#[wasm_bindgen_test]
fn near_foc_messages() {
    cases::near_foc_messages(&Wasm);
}

/// `editableFields(order)` with one argument still works, and then the runtime's clock says
/// when it is: a FOC long past refuses every change, one far ahead refuses none.
#[wasm_bindgen_test]
fn editable_fields_reads_the_clock_without_options() {
    let order = |foc: &str| {
        to_js(&serde_json::json!({ "portType": "AUTOMATED_OFF_NET", "status": "FOC", "actualFocDate": foc }))
    };
    let past = from_js(&editable_fields(order("2020-01-02"), JsValue::UNDEFINED));
    assert_eq!(past["editable"], serde_json::json!(false), "{past}");
    assert!(past["reason"].as_str().unwrap().contains("has passed"), "{past}");
    let ahead = from_js(&editable_fields(order("2099-01-02"), JsValue::UNDEFINED));
    let after_foc = serde_json::json!(["requestedFocDate", "customerOrderId", "siteId", "peerId", "tnAttributes"]);
    assert_eq!(ahead["fields"], after_foc, "{ahead}");
    assert!(!cases::triples(&ahead["warnings"]).iter().any(|(_, c, _)| c.starts_with("edit.near_foc")), "{ahead}");
    // With the runtime's clock in `now`, it is the same answer.
    let now = js_sys::Date::new_0().to_iso_string();
    let opts = js(&format!("return {{ now: '{}' }}", String::from(now)));
    assert_eq!(from_js(&editable_fields(order("2020-01-02"), opts)), past);
    // Options that are not an object are reported, and the defaults used.
    let bad = from_js(&editable_fields(order("2099-01-02"), JsValue::from_f64(3.0)));
    assert!(cases::triples(&bad["warnings"]).iter().any(|(_, c, _)| c == "options.invalid"), "{bad}");
}

/// Values JSON cannot carry: `undefined`, symbols, BigInts, functions, throwing getters and
/// Proxies. Neither export throws; each answers plainly, and the next call works.
#[wasm_bindgen_test]
fn hostile_arguments_never_throw() {
    let hostile = [
        JsValue::UNDEFINED,
        js("return Symbol('s')"),
        js("return 10n"),
        js("return () => 1"),
        js("return { get status() { throw new Error('boom') } }"),
        js("return new Proxy({}, { get() { throw new Error('trap') } })"),
        js("const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy"),
        js("return { status: 'x'.repeat(20000) }"),
    ];
    for value in hostile {
        let answer = editable_fields(value.clone(), JsValue::UNDEFINED);
        assert_eq!(get(&answer, "editable").as_bool(), Some(false), "{:?}", JSON::stringify(&answer));
        assert!(get(&answer, "reason").as_string().unwrap().ends_with('.'));
        let explained = explain_status(value.clone(), value.clone());
        assert_eq!(get(&explained, "known").as_bool(), Some(false));
        assert!(get(&explained, "meaning").as_string().unwrap().ends_with('.'));
        let explained = explain_status(value, JsValue::UNDEFINED);
        assert_eq!(get(&explained, "known").as_bool(), Some(false));
        // The next call works.
        assert_eq!(
            get(&explain_status("Requested Supp".into(), JsValue::UNDEFINED), "status").as_string().as_deref(),
            Some("REQUESTED_SUPP")
        );
    }
    // An `original` that throws is reported under `original`, and the order is still checked.
    let order = to_js(&cases::port_in());
    let report = validate_order(order, js("return { get original() { throw new Error('boom') } }"));
    let issues = from_js(&get(&report, "issues"));
    assert!(
        cases::triples(&issues)
            .iter()
            .any(|(p, c, _)| p.is_empty() && c == "options.invalid" || p == "original" && c == "input.unreadable"),
        "{issues}"
    );
}
