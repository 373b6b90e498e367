//! The JS boundary: `#[wasm_bindgen]` functions that read JS values through [`js::Js`], call the
//! core, and hand the result back as plain JS objects. No rule lives here.
//!
//! Nothing here throws for bad data: every wrong value comes back as an issue in the result.

mod js;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{parse_tn_list_input as core_parse_tn_list, validate_input as core_validate};
use js::Js;

/// One serializer setting for every result: structs become plain objects, `None` fields are left
/// out (`#[serde(skip_serializing_if)]`), and maps would become plain objects too.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
}

/// The runtime's clock, as an ISO-8601 instant: read only when the caller gave neither
/// `options.today` nor `options.now`, and only here.
fn clock_now() -> Option<String> {
    js_sys::Date::new_0().to_iso_string().as_string()
}

/// `validateOrder(order, options?) -> Report` (api.md).
#[wasm_bindgen(js_name = validateOrder, skip_typescript)]
pub fn validate_order(order: JsValue, options: JsValue) -> JsValue {
    to_js(&core_validate(&Js(order), &Js(options), clock_now))
}

/// `parseTnList(text) -> { tns, invalid, duplicates, tollFree, issues }` (api.md). An array of
/// numbers is accepted too.
#[wasm_bindgen(js_name = parseTnList, skip_typescript)]
pub fn parse_tn_list(text: JsValue) -> JsValue {
    to_js(&core_parse_tn_list(&Js(text)))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("api.d.ts");

/// `editableFields(order) -> { editable, fields, warnings, reason? }` (api.md). A value that is
/// not an object gives `editable: false` with the reason.
#[wasm_bindgen(js_name = editableFields, skip_typescript)]
pub fn editable_fields(order: JsValue) -> JsValue {
    to_js(&crate::rules::editable_fields(&Js(order)))
}

/// `explainStatus(status, kind?) -> { status, kind, known, terminal, editable, meaning, next }`
/// (api.md). Wrong-typed arguments give `known: false` with a meaning that says what was wrong.
#[wasm_bindgen(js_name = explainStatus, skip_typescript)]
pub fn explain_status(status: JsValue, kind: JsValue) -> JsValue {
    to_js(&crate::status::explain(&Js(status), &Js(kind)))
}
