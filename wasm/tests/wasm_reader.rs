//! `readOrder` and `toLnpOrderXml` with JS values: the SDKs' shapes, `Date`s, and input meant to
//! break them (an issue each, no throw, no prototype pollution; the next call works).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod wasm_common;

use wasm_common::{get, js, json};

use portin_validator_wasm::api::{read_order, to_lnp_order_xml, validate_order};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn codes(result: &JsValue) -> Vec<String> {
    let issues: js_sys::Array = get(result, "issues").into();
    issues.iter().map(|i| get(&i, "code").as_string().unwrap()).collect()
}

#[wasm_bindgen_test]
fn sdk_shapes_and_dates() {
    let r = read_order(json(
        r#"{"BillingTelephoneNumber":"9192460142","list_of_phone_numbers":{"phone_number":[9192460143]},"siteId":743}"#,
    ));
    let order = get(&r, "order");
    assert_eq!(get(&order, "siteId").as_string().as_deref(), Some("743"));
    assert_eq!(js_sys::JSON::stringify(&get(&order, "listOfPhoneNumbers")).unwrap(), "[\"9192460143\"]");
    assert_eq!(codes(&r), ["input.coerced"]);
    let r = read_order(js("return { requestedFocDate: new Date('2026-12-04T16:30:00Z') }"));
    assert_eq!(get(&get(&r, "order"), "requestedFocDate").as_string().as_deref(), Some("2026-12-04T16:30:00.000Z"));
    let body = to_lnp_order_xml(json(r#"{"listOfPhoneNumbers":["919-246-0142"]}"#), json(r#"{"supp":true}"#));
    assert!(get(&body, "xml").as_string().unwrap().contains("<LnpOrderSupp>"));
}

#[wasm_bindgen_test]
fn bad_input_is_an_issue_each_and_the_next_call_works() {
    let cases: Vec<(&str, JsValue, &str)> = vec![
        ("8 MiB of XML", js("return '<LnpOrder>' + 'x'.repeat(8 * 1024 * 1024) + '</LnpOrder>'"), "input.too_long"),
        ("100,000 nesting levels", js("return '<a>'.repeat(100000) + '</a>'.repeat(100000)"), "input.too_deep"),
        // Cut to 257 UTF-16 units before it crosses, then refused: never copied or compared whole.
        ("a 10 MiB key", js("return { ['k'.repeat(10 * 1024 * 1024)]: 1 }"), "input.name_too_long"),
        ("an escape in a field", json(r#"{"customerOrderId":"A\u001b1"}"#), "input.control_character"),
        ("an unclosed tag", JsValue::from_str("<LnpOrder><Pon>1</LnpOrder>"), "input.xml"),
        ("a DOCTYPE", JsValue::from_str(r#"<!DOCTYPE x [<!ENTITY a "aa">]><LnpOrder>&a;</LnpOrder>"#), "input.xml"),
        (
            "100,000 keys",
            js("const o = {}; for (let i = 0; i < 100000; i++) o['k' + i] = i; return o"),
            "input.too_many",
        ),
        ("__proto__ from JSON", json(r#"{"__proto__":{"polluted":1}}"#), "input.unknown_field"),
        ("three casings", json(r#"{"PON":"A","pon":"B","Pon":"C"}"#), "input.duplicate_field"),
    ];
    for (name, input, code) in cases {
        let r = read_order(input.clone());
        assert_eq!(codes(&r), [code], "{name}");
        let report = validate_order(input, JsValue::UNDEFINED);
        assert!(codes(&report).contains(&code.to_string()), "{name}");
    }
    assert!(js("return ({}).polluted === undefined").as_bool().unwrap());
    let r = read_order(json(r#"{"pon":"ok"}"#));
    assert_eq!(get(&get(&r, "order"), "pon").as_string().as_deref(), Some("ok"));
}
