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

/// `earliestRequestedDate(options?) -> { minimum, recommended }` (api.md): `YYYY-MM-DD`, or `""`
/// when the options give a `today`/`now` that cannot be read.
#[wasm_bindgen(js_name = earliestRequestedDate, skip_typescript)]
pub fn earliest_requested_date(options: JsValue) -> JsValue {
    to_js(&crate::schedule::earliest_requested_date(&Js(options), clock_now))
}

/// `focExpiry(focDate, options?) -> string` (api.md): the last business day the FOC is valid,
/// `""` when `focDate` is not a date.
#[wasm_bindgen(js_name = focExpiry, skip_typescript)]
pub fn foc_expiry(foc_date: JsValue, options: JsValue) -> String {
    crate::schedule::foc_expiry(&Js(foc_date), &Js(options))
}

/// `isBusinessDay(date, options?) -> boolean` (api.md): `false` when `date` is not a date.
#[wasm_bindgen(js_name = isBusinessDay, skip_typescript)]
pub fn is_business_day(date: JsValue, options: JsValue) -> bool {
    crate::schedule::is_business_day(&Js(date), &Js(options))
}
