//! The JS boundary: `#[wasm_bindgen]` functions that read JS values through [`js::Js`], call the
//! core, and hand the result back as plain JS objects. No rule lives here.
//!
//! Nothing here throws for bad data: every wrong value comes back as an issue in the result.

pub(crate) mod js;
pub(crate) mod live;
mod wire;

use wasm_bindgen::prelude::*;

use js::Js;
use portin_validator::internal::entry as native;

pub(crate) use wire::{to_js, OrderShape};
pub use wire::{Key, ResultShape, RESULTS};

/// The runtime's clock, as an ISO-8601 instant: read only when the caller gave neither
/// `options.today` nor `options.now`, and only here.
pub(crate) fn clock_now() -> Option<String> {
    js_sys::Date::new_0().to_iso_string().as_string()
}

/// The `now` of a caller that read the clock already (`clock::with_now`): one function for all,
/// so the generic entry points are compiled once for it.
pub(crate) fn no_clock() -> Option<String> {
    None
}

/// `validateOrder(order, options?) -> Report` (api.md).
#[wasm_bindgen(js_name = validateOrder, skip_typescript)]
pub fn validate_order(order: JsValue, options: JsValue) -> JsValue {
    // The core's one-shot path: no list memo (that is for callers that validate the same order
    // again and again, the form helper and `orderSchema`).
    to_js(&native::validate_order(&Js(order), &Js(options), clock_now))
}

/// `parseTnList(text, options?) -> { tns, invalid, duplicates, tollFree, issues }` (api.md). An
/// array of numbers is accepted too. The options' `today`/`now` and `extraAreaCodes` judge the
/// area codes; without a day, the runtime's clock.
#[wasm_bindgen(js_name = parseTnList, skip_typescript)]
pub fn parse_tn_list(text: JsValue, options: JsValue) -> JsValue {
    to_js(&native::parse_tn_list(&Js(text), &Js(options), clock_now))
}

thread_local! {
    /// Operator rejection codes (`registerRejectionCodes`), for the life of the module.
    static REJECTIONS: std::cell::RefCell<portin_validator::internal::rejection::Registry> = std::cell::RefCell::default();
}

/// `explainRejection(input) -> { code, known, family, title, meaning, action, fields, details }`
/// (api.md). Any value gets an answer.
#[wasm_bindgen(js_name = explainRejection, skip_typescript)]
pub fn explain_rejection(input: JsValue) -> JsValue {
    // Read before borrowing the registry: no JS runs while it is borrowed.
    let input = portin_validator::internal::rejection::read_input(&Js(input));
    let explanation = REJECTIONS.with(|r| match r.try_borrow() {
        Ok(registry) => native::explain_rejection_read(&input, &registry),
        Err(_) => native::explain_rejection_read(&input, &portin_validator::internal::rejection::Registry::default()),
    });
    to_js(&explanation)
}

/// `registerRejectionCodes(entries) -> { added, issues }`: adds or overrides codes at run time.
#[wasm_bindgen(js_name = registerRejectionCodes, skip_typescript)]
pub fn register_rejection_codes(entries: JsValue) -> JsValue {
    // Entries are read (getters, Proxies) before the registry is borrowed.
    let (read, mut issues) = native::read_rejection_codes(&Js(entries));
    let added = REJECTIONS.with(|r| r.try_borrow_mut().map_or(0, |mut registry| registry.insert(read, &mut issues)));
    to_js(&portin_validator::internal::rejection::Registered { added, issues })
}

/// `earliestRequestedDate(options?) -> { minimum, recommended }` (api.md): `YYYY-MM-DD`, or `""`
/// when the options give a `today`/`now` that cannot be read.
#[wasm_bindgen(js_name = earliestRequestedDate, skip_typescript)]
pub fn earliest_requested_date(options: JsValue) -> JsValue {
    to_js(&native::earliest_requested_date(&Js(options), clock_now))
}

/// `focExpiry(focDate, options?) -> string` (api.md): the last business day the FOC is valid,
/// `""` when `focDate` is not a date.
#[wasm_bindgen(js_name = focExpiry, skip_typescript)]
pub fn foc_expiry(foc_date: JsValue, options: JsValue) -> String {
    native::foc_expiry(&Js(foc_date), &Js(options))
}

/// `isBusinessDay(date, options?) -> boolean` (api.md): `false` when `date` is not a date.
#[wasm_bindgen(js_name = isBusinessDay, skip_typescript)]
pub fn is_business_day(date: JsValue, options: JsValue) -> bool {
    native::is_business_day(&Js(date), &Js(options))
}

/// `editableFields(order, options?) -> { editable, fields, warnings, reason? }` (api.md). A value
/// that is not an object gives `editable: false` with the reason. Without `options.today` or
/// `options.now`, the runtime's clock says when it is (R-EDIT-NEAR-FOC).
#[wasm_bindgen(js_name = editableFields, skip_typescript)]
pub fn editable_fields(order: JsValue, options: JsValue) -> JsValue {
    to_js(&native::editable_fields(&Js(order), &Js(options), clock_now))
}

/// `areaCode(npa, options?) -> { npa, known, status, service?, country?, regions, inServiceSince?,
/// portable, dataDate }` (api.md). Never throws: anything that is not a listed code is `known: false`.
#[wasm_bindgen(js_name = areaCode, skip_typescript)]
pub fn area_code(npa: JsValue, options: JsValue) -> JsValue {
    to_js(&native::area_code(&Js(npa), &Js(options), clock_now))
}

/// `explainStatus(status, kind?) -> { status, kind, known, terminal, editable, meaning, next }`
/// (api.md). Wrong-typed arguments give `known: false` with a meaning that says what was wrong.
#[wasm_bindgen(js_name = explainStatus, skip_typescript)]
pub fn explain_status(status: JsValue, kind: JsValue) -> JsValue {
    to_js(&native::explain_status(&Js(status), &Js(kind)))
}

/// `readOrder(input) -> { order, issues, source }` (api.md): any accepted shape as the
/// canonical order; `order: {}` and the issues when it is not one.
#[wasm_bindgen(js_name = readOrder, skip_typescript)]
pub fn read_order(input: JsValue) -> JsValue {
    to_js(&native::read_order(&Js(input)))
}

/// `applySupp(original, supp) -> { order, issues }` (api.md): the saved order after the provider
/// applies the supplement (R-EDIT-SUPP).
#[wasm_bindgen(js_name = applySupp, skip_typescript)]
pub fn apply_supp(original: JsValue, supp: JsValue) -> JsValue {
    to_js(&native::apply_supp(&Js(original), &Js(supp)))
}

/// `toLnpOrderXml(order, options?) -> { xml, issues }` (api.md): the body to submit,
/// `<LnpOrderSupp>` with `options.supp`.
#[wasm_bindgen(js_name = toLnpOrderXml, skip_typescript)]
pub fn to_lnp_order_xml(order: JsValue, options: JsValue) -> JsValue {
    to_js(&native::to_lnp_order_xml(&Js(order), &Js(options)))
}

/// Traps the module on purpose, as running out of memory would. Only for testing the recovery of
/// the JS entry (every call and `attachForm` carry on with a fresh instance): built with the
/// `test-hooks` feature, which the published package leaves out; not in the types.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = __trapForTesting, skip_typescript)]
pub fn trap_for_testing() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
}
