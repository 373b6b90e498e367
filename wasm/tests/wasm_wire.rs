//! The compact crossing of results (api/wire.rs): what JS builds from the words is what the core
//! answered, field by field, and the messages JS fills from templates read exactly as the core
//! writes them out. Run in Node and in headless Chromium, like the other `wasm_*` files.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use portin_validator::Value;
use portin_validator_wasm::api::{parse_tn_list, validate_order};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Lists of every kind: valid, fictitious, junk, repeats, mixed, non-ASCII (including
/// characters beyond the BMP, two UTF-16 units each), quotes shortened, area codes that fail.
const LISTS: &[&str] = &[
    "9192460142\n(919) 246-0143\n+1 919 246 0144",
    "212-555-0100\n212-555-0199\n919-411-0142\n919-555-1212\n019-246-0142\n919-046-0142\n500-246-0142",
    "word1\nword2, word3;hello world\tx",
    "9192460142\n9192460142\n919.246.0142\n+19192460142\n9192460143\n9192460143",
    "9192460142\nfoo\n919-246-014\n2125550123\n9192460142\n416-246-0142\n237-246-0142\n876-246-0142\n532-246-0142",
    "９１９５５５０１４２\n919\u{a0}246\u{2013}0142\nCafé 9192460142\n\u{1f4de} 919 246 0145\n\u{1f4de}\u{1f4de}x\n919\u{2016}246",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\u{1f4de}éééééééééééééééééééééééééééééééééééééééééé\n1234567890123456789012345678901234567890123456",
    "+\n+44 20 7946 0958\n1\n--\n()\n__proto__\nconstructor",
    "Customer 1, 100 Main St, Raleigh, (212) 246-0142, active\nCustomer 2, 100 Main St, Raleigh, 212.246.0142, active",
    "",
];

fn options() -> (JsValue, Value) {
    let js = js_sys::JSON::parse(r#"{"today":"2026-11-23"}"#).unwrap();
    (js, Value::object([("today", Value::Text("2026-11-23".into()))]))
}

/// A JS value as JSON, read back for comparing with what serde_json makes of the native answer.
fn json_of(v: &JsValue) -> serde_json::Value {
    let text: String = js_sys::JSON::stringify(v).unwrap().into();
    serde_json::from_str(&text).unwrap()
}

#[wasm_bindgen_test]
fn parse_tn_list_crosses_whole() {
    let (js_opts, opts) = options();
    for list in LISTS {
        let js = parse_tn_list(JsValue::from_str(list), js_opts.clone());
        let native = portin_validator::parse_tn_list(&Value::Text((*list).into()), &opts, || None);
        assert_eq!(json_of(&js), serde_json::to_value(&native).unwrap(), "{list:?}");
    }
}

#[wasm_bindgen_test]
fn validate_order_crosses_whole() {
    let (js_opts, opts) = options();
    for list in LISTS {
        let order = js_sys::Object::new();
        js_sys::Reflect::set(&order, &"listOfPhoneNumbers".into(), &JsValue::from_str(list)).unwrap();
        js_sys::Reflect::set(&order, &"billingTelephoneNumber".into(), &"9192460142".into()).unwrap();
        let js = validate_order(order.into(), js_opts.clone());
        let native = portin_validator::validate_order(
            &Value::object([
                ("listOfPhoneNumbers", Value::Text((*list).into())),
                ("billingTelephoneNumber", Value::Text("9192460142".into())),
            ]),
            &opts,
            || None,
        );
        assert_eq!(json_of(&js), serde_json::to_value(&native).unwrap(), "{list:?}");
    }
}

/// The same for lists given as arrays ("Item N" messages).
#[wasm_bindgen_test]
fn arrays_cross_whole() {
    let (js_opts, opts) = options();
    for list in LISTS {
        let items: Vec<&str> = list.split('\n').collect();
        let array: js_sys::Array = items.iter().map(|i| JsValue::from_str(i)).collect();
        let js = parse_tn_list(array.into(), js_opts.clone());
        let native = portin_validator::parse_tn_list(
            &Value::List(items.iter().map(|i| Value::Text((*i).into())).collect()),
            &opts,
            || None,
        );
        assert_eq!(json_of(&js), serde_json::to_value(&native).unwrap(), "{list:?}");
    }
}
