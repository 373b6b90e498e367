//! Helpers shared by the `tests/wasm_*.rs` files: JS values made the way callers make them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use js_sys::{Function, Reflect, JSON};
use wasm_bindgen::JsValue;

/// A value parsed by JS from JSON: it reaches the module exactly as a caller's object would.
pub fn json(s: &str) -> JsValue {
    JSON::parse(s).expect(s)
}

/// A JS value made by running JS (getters, Proxies, cycles, symbols, BigInt...).
pub fn js(body: &str) -> JsValue {
    Function::new_no_args(body).call0(&JsValue::NULL).expect(body)
}

pub fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}
pub mod form;
