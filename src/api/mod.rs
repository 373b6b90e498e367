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

thread_local! {
    /// Operator rejection codes (`registerRejectionCodes`), for the life of the module.
    static REJECTIONS: std::cell::RefCell<crate::rejection::Registry> = std::cell::RefCell::default();
}

/// `explainRejection(input) -> { code, known, family, title, meaning, action, fields, details }`
/// (api.md). Any value gets an answer.
#[wasm_bindgen(js_name = explainRejection, skip_typescript)]
pub fn explain_rejection(input: JsValue) -> JsValue {
    // Read before borrowing the registry: no JS runs while it is borrowed.
    let input = crate::rejection::read_input(&Js(input));
    let explanation = REJECTIONS.with(|r| match r.try_borrow() {
        Ok(registry) => crate::rejection::explain(&input, &registry),
        Err(_) => crate::rejection::explain(&input, &crate::rejection::Registry::default()),
    });
    to_js(&explanation)
}

/// `registerRejectionCodes(entries) -> { added, issues }`: adds or overrides codes at run time.
#[wasm_bindgen(js_name = registerRejectionCodes, skip_typescript)]
pub fn register_rejection_codes(entries: JsValue) -> JsValue {
    // Entries are read (getters, Proxies) before the registry is borrowed.
    let (read, mut issues) = crate::rejection::registry::read_entries(&Js(entries));
    let added = REJECTIONS.with(|r| r.try_borrow_mut().map_or(0, |mut registry| registry.insert(read, &mut issues)));
    to_js(&crate::rejection::Registered { added, issues })
}

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = include_str!("api.d.ts");
