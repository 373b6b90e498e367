//! `explainRejection` and `registerRejectionCodes` through the real JS boundary, in Node and in
//! headless Chromium (`scripts/test.sh` runs every `tests/wasm_*.rs` in both). The catalog and
//! the parser are covered natively in `tests/rejection.rs`; here: shapes, hostile values, and
//! that nothing a caller passes can make the module throw or trap.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod wasm_common;
use wasm_common::{get, js, json};

use js_sys::{Array, Reflect};
use portin_validator_wasm::api::{explain_rejection, register_rejection_codes, validate_order};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn text(v: &JsValue, key: &str) -> Option<String> {
    get(v, key).as_string()
}

fn strings(v: &JsValue) -> Vec<String> {
    Array::from(v).iter().map(|s| s.as_string().unwrap()).collect()
}

/// `(dotted path, code)` of every issue in a register result.
fn issues(result: &JsValue) -> Vec<(String, String)> {
    Array::from(&get(result, "issues"))
        .iter()
        .map(|i| {
            let path: Vec<String> = Array::from(&get(&i, "path"))
                .iter()
                .map(|s| s.as_string().unwrap_or_else(|| s.as_f64().unwrap().to_string()))
                .collect();
            (path.join("."), text(&i, "code").unwrap())
        })
        .collect()
}

#[wasm_bindgen_test]
fn explanation_shape() {
    let msg = "17008: One or more of the numbers submitted already has a pending FOC date. TNs found with a pending FOC Date: TN: [9195550142], PON: [ABC123], FOC Date: [01/13/2030], TN: [(919) 555-0143], PON: [ABC123], FOC Date: [01/13/2030]";
    let e = explain_rejection(msg.into());
    assert_eq!(text(&e, "code").as_deref(), Some("17008"));
    assert_eq!(get(&e, "known").as_bool(), Some(true));
    assert_eq!(text(&e, "family").as_deref(), Some("lsr validation"));
    for key in ["title", "meaning", "action"] {
        assert!(!text(&e, key).unwrap().is_empty(), "{key}");
    }
    assert_eq!(strings(&get(&e, "fields")), ["listOfPhoneNumbers", "pon", "requestedFocDate"]);
    let d = get(&e, "details");
    assert_eq!(strings(&get(&d, "tns")), ["9195550142", "9195550143"]);
    assert_eq!(text(&d, "pon").as_deref(), Some("ABC123"));
    assert_eq!(text(&d, "focDate").as_deref(), Some("2030-01-13"));
    assert_eq!(strings(&get(&d, "pons")), ["ABC123"]);
    assert_eq!(text(&d, "text").as_deref(), Some(msg));
    // What prevents it: nothing before submission (another carrier's pending FOC).
    assert_eq!(get(&e, "preventable").as_bool(), Some(false));
    assert!(strings(&get(&e, "preventedBy")).is_empty());
    let tf = explain_rejection("7385".into());
    assert_eq!(
        (get(&tf, "preventable").as_bool(), strings(&get(&tf, "preventedBy"))),
        (Some(true), vec![String::from("R-TOLLFREE-FIELDS")])
    );

    // Absent details are left out, not null; arrays are always there.
    let bare = explain_rejection(JsValue::from(7517));
    let d = get(&bare, "details");
    for key in ["pon", "focDate", "carrierCode", "text"] {
        assert!(get(&d, key).is_undefined(), "{key}");
    }
    assert_eq!(Array::from(&get(&d, "tns")).length(), 0);
    assert_eq!(text(&bare, "code").as_deref(), Some("7517"));

    let carrier = explain_rejection("Rejected 7434 (E6h)".into());
    assert_eq!(text(&get(&carrier, "details"), "carrierCode").as_deref(), Some("E6h"));
    assert!(strings(&get(&carrier, "fields")).contains(&"newBillingTelephoneNumber".to_string()));
}

/// Any JS value gets an answer, never an exception, and the next call works.
#[wasm_bindgen_test]
fn any_value_gets_an_answer() {
    let values = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::TRUE,
        JsValue::from(f64::NAN),
        JsValue::from(-3),
        JsValue::from(1.5),
        JsValue::from(1e300),
        "".into(),
        "   ".into(),
        json("{}"),
        json("[7402]"),
        js("return Symbol('7402')"),
        js("return 7402n"),
        js("return () => 7402"),
        js("return new Proxy({}, { get() { throw new Error('trap') } })"),
        js("return { toString() { throw new Error('no') } }"),
        js("return 'x'.repeat(20000000)"),
        js("return '7402 '.repeat(2000)"),
        js("return '\\u0000\\uD800 7402 \\u{1F600}'"),
    ];
    for v in values {
        let e = explain_rejection(v);
        assert!(get(&e, "known").as_bool().is_some());
        assert!(!text(&e, "title").unwrap().is_empty());
        assert!(!text(&e, "action").unwrap().is_empty());
        assert!(Array::is_array(&get(&get(&e, "details"), "tns")));
        let next = explain_rejection("7521".into());
        assert_eq!(get(&next, "known").as_bool(), Some(true), "the next call works");
    }
    let e = explain_rejection(js("return '\\u0000\\uD800 7402 \\u{1F600}'"));
    assert_eq!(text(&e, "code").as_deref(), Some("7402"));
}

/// HTML is text: nothing is decoded, stripped or escaped.
#[wasm_bindgen_test]
fn html_is_returned_as_text() {
    let msg = "<b>7402</b>: <img src=x onerror=alert(1)> &amp; PON: [Q-1]";
    let e = explain_rejection(msg.into());
    assert_eq!(text(&e, "code").as_deref(), Some("7402"));
    assert_eq!(text(&get(&e, "details"), "text").as_deref(), Some(msg));
    assert_eq!(text(&get(&e, "details"), "pon").as_deref(), Some("Q-1"));
}

#[wasm_bindgen_test]
fn operators_register_codes() {
    let r = register_rejection_codes(json(
        r#"[{"code":"WV-17","title":"Vendor <i>WV</i> rejected","meaning":"Its ZIP check failed.","action":"Fix the ZIP.","fields":["subscriber.serviceAddress.zip"],"family":"off-net vendor"},
            {"code":7519,"title":"Our own wording","meaning":"M.","action":"A.","fields":[]}]"#,
    ));
    assert_eq!(get(&r, "added").as_f64(), Some(2.0), "{:?}", issues(&r));
    let e = explain_rejection("Vendor answered wv-17 for 919-555-0142".into());
    assert_eq!(text(&e, "code").as_deref(), Some("WV-17"));
    assert_eq!(text(&e, "title").as_deref(), Some("Vendor <i>WV</i> rejected"));
    assert_eq!(text(&e, "family").as_deref(), Some("off-net vendor"));
    assert_eq!(strings(&get(&get(&e, "details"), "tns")), ["9195550142"]);
    let e = explain_rejection(JsValue::from(7519));
    assert_eq!(
        (text(&e, "title").as_deref(), text(&e, "family").as_deref()),
        (Some("Our own wording"), Some("port-out validation"))
    );

    // Bad entries: reported at their paths, nothing thrown, good ones still added.
    let r = register_rejection_codes(js("return [
            { code: 'OK-1', title: 'T', meaning: 'M', action: 'A' },
            { code: 'a b', title: 'T', meaning: 'M', action: 'A' },
            { code: 'X-2', get title() { throw new Error('boom') }, meaning: 'M', action: 'A' },
            { code: 'X-3', title: 'T', meaning: 'M', action: 'A', fields: ['zip'] },
            42,
        ]"));
    assert_eq!(get(&r, "added").as_f64(), Some(1.0));
    let got = issues(&r);
    for want in [
        ("1.code", "rejection.code_invalid"),
        ("2.title", "input.unreadable"),
        ("3.fields.0", "rejection.field_unknown"),
        ("4", "input.type"),
    ] {
        assert!(got.iter().any(|(p, c)| p == want.0 && c == want.1), "{want:?} in {got:?}");
    }
    for wrong in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        json("{}"),
        js("return new Proxy([], { get() { throw new Error('trap') } })"),
    ] {
        let r = register_rejection_codes(wrong);
        assert_eq!(get(&r, "added").as_f64(), Some(0.0));
        assert!(!issues(&r).is_empty());
    }
}

/// A getter that calls back into the module while entries are being read cannot trap it: entries
/// are read before the registry is touched.
#[wasm_bindgen_test]
fn reentrant_getters_are_harmless() {
    let inner = Closure::<dyn FnMut() -> JsValue>::new(|| {
        let e = explain_rejection("7402".into());
        let r = register_rejection_codes(json(r#"[{"code":"RE-2","title":"T","meaning":"M","action":"A"}]"#));
        JsValue::from(get(&e, "known").as_bool() == Some(true) && get(&r, "added").as_f64() == Some(1.0))
    });
    Reflect::set(&js_sys::global(), &"__pvReenter".into(), inner.as_ref()).unwrap();
    let entries = js(
        "return [{ code: 'RE-1', meaning: 'M', action: 'A', get title() { return String(globalThis.__pvReenter()) } }]",
    );
    let r = register_rejection_codes(entries);
    assert_eq!(get(&r, "added").as_f64(), Some(1.0), "{:?}", issues(&r));
    assert_eq!(text(&explain_rejection("RE-1".into()), "title").as_deref(), Some("true"), "the nested calls worked");
    assert_eq!(get(&explain_rejection("RE-2".into()), "known").as_bool(), Some(true));
    // The module still answers (whether this order passes is for the other rules to say).
    let report = validate_order(json(r#"{"listOfPhoneNumbers":["9192000000"]}"#), JsValue::UNDEFINED);
    assert!(
        get(&report, "ok").as_bool().is_some() && Array::is_array(&get(&report, "issues")),
        "the module still works"
    );
}
