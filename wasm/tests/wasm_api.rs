//! The exported functions through the real JS boundary, in Node and in headless Chromium
//! (`scripts/test.sh` runs this file in both). Orders are written as JSON and parsed by JS, so
//! they reach the module exactly as a caller's objects would.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod wasm_common;
use wasm_common::{get, js, json};

use js_sys::Array;
use portin_validator_wasm::api::{parse_tn_list, validate_order};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// `(dotted path, code)` of every issue in a report.
fn pairs(report: &JsValue) -> Vec<(String, String)> {
    let issues: Array = get(report, "issues").dyn_into().expect("issues is an array");
    issues
        .iter()
        .map(|i| {
            let path: Array = get(&i, "path").dyn_into().unwrap();
            let dotted: Vec<String> =
                path.iter().map(|s| s.as_string().unwrap_or_else(|| s.as_f64().unwrap().to_string())).collect();
            (dotted.join("."), get(&i, "code").as_string().unwrap())
        })
        .collect()
}

fn ok(report: &JsValue) -> bool {
    get(report, "ok").as_bool().expect("ok is a boolean")
}

fn has(report: &JsValue, path: &str, code: &str) -> bool {
    pairs(report).iter().any(|(p, c)| p == path && c == code)
}

/// The boundaries of the TN rules, through the boundary.
#[wasm_bindgen_test]
fn tn_rule_boundaries() {
    let many = |n: usize, port_type: &str| {
        let list: Vec<String> = (0..n).map(|i| format!("\"919{:07}\"", 2_000_000 + i)).collect();
        json(&format!(
            r#"{{"portType":"{port_type}","billingTelephoneNumber":"9192000000","listOfPhoneNumbers":[{}]}}"#,
            list.join(",")
        ))
    };
    let cases: &[(JsValue, &str, &str, bool)] = &[
        (many(999, "AUTOMATED_ON_NET"), "listOfPhoneNumbers", "tn.too_many", false),
        (many(1000, "AUTOMATED_ON_NET"), "listOfPhoneNumbers", "tn.too_many", true),
        (many(600, "AUTOMATED_OFF_NET"), "listOfPhoneNumbers", "tn.project_port", false),
        (many(601, "AUTOMATED_OFF_NET"), "listOfPhoneNumbers", "tn.project_port", true),
        (
            json(r#"{"listOfPhoneNumbers":"9195550199","billingTelephoneNumber":"9192000000"}"#),
            "listOfPhoneNumbers.0",
            "tn.fictitious",
            true,
        ),
        (
            json(r#"{"listOfPhoneNumbers":"9195550200","billingTelephoneNumber":"9192000000"}"#),
            "listOfPhoneNumbers.0",
            "tn.fictitious",
            false,
        ),
        (
            json(r#"{"listOfPhoneNumbers":["8004110142"],"portType":"MANUAL_TOLL_FREE"}"#),
            "listOfPhoneNumbers.0",
            "tn.exchange_n11",
            false,
        ),
        (json(r#"{"listOfPhoneNumbers":["9194110142"]}"#), "listOfPhoneNumbers.0", "tn.exchange_n11", true),
        (
            json(r#"{"listOfPhoneNumbers":["9192000000","8002345678"]}"#),
            "listOfPhoneNumbers",
            "tn.mixed_toll_free",
            true,
        ),
        (json(r#"{"listOfPhoneNumbers":"9192000000\n(919) 200-0000"}"#), "listOfPhoneNumbers.1", "tn.duplicate", true),
        (json(r#"{"listOfPhoneNumbers":["9192000000"]}"#), "billingTelephoneNumber", "btn.required", true),
        (
            json(
                r#"{"listOfPhoneNumbers":["9192000000"],"billingTelephoneNumber":"9193000000","newBillingTelephoneNumber":"9193000000"}"#,
            ),
            "newBillingTelephoneNumber",
            "btn.replacement_same",
            true,
        ),
        (
            json(r#"{"listOfPhoneNumbers":["9192000000"],"billingTelephoneNumber":"9192000000","partialPort":true}"#),
            "newBillingTelephoneNumber",
            "btn.replacement_required",
            true,
        ),
    ];
    for (order, path, code, expected) in cases {
        let report = validate_order(order.clone(), JsValue::UNDEFINED);
        assert_eq!(has(&report, path, code), *expected, "{path} {code}: {:?}", pairs(&report));
    }
}

/// The provider's fields and `triggered` as JS objects give them: a boolean from JS, an array
/// of strings, the boundaries of each new rule.
#[wasm_bindgen_test]
fn provider_field_boundaries() {
    let tf = r#""listOfPhoneNumbers":["8002460142"],"portType":"MANUAL_TOLL_FREE""#;
    let at = |date: &str, extra: &str| {
        json(&format!(
            r#"{{"listOfPhoneNumbers":["9192000000"],"billingTelephoneNumber":"9192000000","portType":"AUTOMATED_ON_NET","requestedFocDate":"{date}"{extra}}}"#
        ))
    };
    let options = json(r#"{"today":"2026-11-23"}"#);
    let cases: &[(JsValue, &str, &str, bool)] = &[
        (json(&format!("{{{tf}}}")), "targetRespOrgId", "tn.resp_org_required", true),
        (json(&format!(r#"{{{tf},"targetRespOrgId":"JYT0"}}"#)), "targetRespOrgId", "tn.resp_org_format", true),
        (json(&format!(r#"{{{tf},"targetRespOrgId":"JYT01"}}"#)), "targetRespOrgId", "tn.resp_org_format", false),
        (json(&format!(r#"{{{tf},"targetRespOrgId":"JYT01"}}"#)), "targetRespOrgId", "tn.resp_org_required", false),
        (at("2026-12-01T03:00:00-05:00", ""), "triggered", "time.not_triggered", true),
        (at("2026-12-01T03:00:00-05:00", ""), "requestedFocDate", "time.outside_window", false),
        (at("2026-12-01T03:00:00-05:00", r#","triggered":true"#), "requestedFocDate", "time.outside_window", true),
        (at("2026-12-01T11:30:00-05:00", ""), "triggered", "time.not_triggered", false),
        (
            json(r#"{"portType":"AUTOMATED_ON_NET_WIRELESS","triggered":true}"#),
            "triggered",
            "time.triggered_wireless",
            true,
        ),
        (json(r#"{"tnAttributes":["Protected","External"]}"#), "tnAttributes", "tn.attribute_unknown", false),
        (json(r#"{"tnAttributes":["Protected","Secret"]}"#), "tnAttributes", "tn.attribute_unknown", true),
        (json(r#"{"tnAttributes":["Hosted","hosted"]}"#), "tnAttributes", "tn.attribute_repeated", true),
        (json(r#"{"billingType":"PORTIN"}"#), "billingType", "ids.billing_type", false),
        (json(r#"{"billingType":"FREE"}"#), "billingType", "ids.billing_type", true),
        // One attribute as plain text is the SDKs' one-element shape: read as a list of one.
        (json(r#"{"tnAttributes":"Protected"}"#), "tnAttributes", "input.type", false),
        (json(r#"{"tnAttributes":"Protected"}"#), "tnAttributes", "tn.attribute_unknown", false),
        (json(r#"{"tnAttributes":"Secret"}"#), "tnAttributes", "tn.attribute_unknown", true),
        (json(r#"{"tnAttributes":true}"#), "tnAttributes", "input.type", true),
    ];
    for (order, path, code, expected) in cases {
        let report = validate_order(order.clone(), options.clone());
        assert_eq!(has(&report, path, code), *expected, "{path} {code}: {:?}", pairs(&report));
    }
    // An edit of a submitted order that changes the alternate SPID.
    let saved = r#"{"status":"SUBMITTED","portType":"AUTOMATED_ON_NET","listOfPhoneNumbers":["9192000000"]}"#;
    let edited = json(
        r#"{"status":"SUBMITTED","portType":"AUTOMATED_ON_NET","listOfPhoneNumbers":["9192000000"],"alternateSpid":"1234"}"#,
    );
    let report = validate_order(edited, json(&format!(r#"{{"today":"2026-11-23","original":{saved}}}"#)));
    assert!(has(&report, "alternateSpid", "edit.alternate_spid"), "{:?}", pairs(&report));
}

/// The bad inputs of the spine issue: errors at the right paths, no exception, and the next
/// call still works.
#[wasm_bindgen_test]
fn bad_input_is_reported_not_thrown() {
    // The shared complete order (also used by the native and Node tests).
    let good = json(include_str!("../../tests/fixtures/port_in.json"));
    let huge = js("return { listOfPhoneNumbers: '9192000000\\n'.repeat(1000000) }"); // 11 MB
    let cases: Vec<(JsValue, &str, &str)> = vec![
        (JsValue::NULL, "", "input.type"),
        (JsValue::from(42), "", "input.type"),
        (JsValue::UNDEFINED, "", "input.type"),
        (json(r#"{"listOfPhoneNumbers":42}"#), "listOfPhoneNumbers", "input.type"),
        (json(r#"{"billingTelephoneNumber":{}}"#), "billingTelephoneNumber", "input.type"),
        (json(r#"{"listOfPhoneNumbers":[1,"9192000000"]}"#), "listOfPhoneNumbers.0", "input.type"),
        (huge, "listOfPhoneNumbers", "input.too_long"),
        (
            js("return { get billingTelephoneNumber() { throw new Error('boom') } }"),
            "billingTelephoneNumber",
            "input.unreadable",
        ),
        (js("return new Proxy({}, { get() { throw new Error('trap') } })"), "kind", "input.unreadable"),
        // A cycle: reading follows the schema, so it ends; the other rules still run.
        (
            js("const o = { listOfPhoneNumbers: ['9192000000'] }; o.subscriber = o; o.wirelessInfo = o; return o"),
            "billingTelephoneNumber",
            "btn.required",
        ),
        (js("return { listOfPhoneNumbers: 10n }"), "listOfPhoneNumbers", "input.type"),
        (js("return { pon: Symbol('x') }"), "pon", "input.type"),
        (js("return { customerOrderId: () => 1 }"), "customerOrderId", "input.type"),
        (
            js("const p = Proxy.revocable({}, {}); p.revoke(); return { subscriber: p.proxy }"),
            "subscriber.subscriberType",
            "input.unreadable",
        ),
    ];
    for (order, path, code) in cases {
        let report = validate_order(order, JsValue::UNDEFINED);
        assert!(!ok(&report), "{path} {code}");
        assert!(has(&report, path, code), "{path} {code}: {:?}", pairs(&report));
        let after = validate_order(good.clone(), JsValue::UNDEFINED);
        assert!(ok(&after), "the next call works: {:?}", pairs(&after));
    }
    let bad_options = validate_order(good.clone(), JsValue::from(7));
    assert!(has(&bad_options, "", "options.invalid"));
}

#[wasm_bindgen_test]
fn report_shape() {
    let report =
        validate_order(json(r#"{"listOfPhoneNumbers":"9192000000\n9192000000\nx\n8002345678"}"#), JsValue::UNDEFINED);
    let tns = get(&report, "tns");
    let n = |k: &str| get(&tns, k).as_f64().unwrap();
    assert_eq!((n("count"), n("valid"), n("invalid"), n("duplicates"), n("tollFree")), (4.0, 2.0, 1.0, 1.0, 1.0));
    let first: JsValue = Array::from(&get(&report, "issues")).get(0);
    assert_eq!(get(&first, "severity").as_string().as_deref(), Some("error"));
    assert_eq!(get(&first, "rule").as_string().as_deref(), Some("R-TN-PARSE"));
    assert!(get(&first, "message").as_string().unwrap().starts_with("Line 3: "));
}

/// Long text crosses in one copy that assumes ASCII first; text that is not ASCII (no-break
/// spaces, dashes, an emoji as a surrogate pair) must cross whole all the same, below and above
/// the length where that copy takes over (4,096 UTF-16 units).
#[wasm_bindgen_test]
fn long_text_that_is_not_ascii_crosses_whole() {
    for (lines, last) in [(200, "919\u{a0}247\u{2013}0142"), (400, "919 247 0142 \u{1f4de}"), (400, "9192470142")] {
        let mut text: String = (0..lines).map(|i| format!("(919) 246\u{a0}{i:04}\n")).collect();
        text.push_str(last);
        let units = text.encode_utf16().count();
        let r = parse_tn_list(text.into(), JsValue::UNDEFINED);
        let tns = Array::from(&get(&r, "tns"));
        let invalid = Array::from(&get(&r, "invalid"));
        // The emoji stands after a complete number: the number counts, the emoji is reported.
        assert_eq!(tns.length() as usize, lines + 1, "{units} units");
        assert_eq!(tns.get(tns.length() - 1).as_string().as_deref(), Some("9192470142"), "{units} units");
        let emoji = invalid.get(0).is_object().then(|| get(&invalid.get(0), "input").as_string()).flatten();
        assert_eq!(emoji.as_deref(), last.contains('\u{1f4de}').then_some("\u{1f4de}"), "{units} units");
    }
}

#[wasm_bindgen_test]
fn parse_tn_list_shape() {
    let r = parse_tn_list(
        "919-200-0000\n\n(919) 200-0001, 919 200 0000\n919-555-0100\n800 234 5678".into(),
        JsValue::UNDEFINED,
    );
    let strings = |v: JsValue| Array::from(&v).iter().map(|s| s.as_string().unwrap()).collect::<Vec<_>>();
    assert_eq!(strings(get(&r, "tns")), ["9192000000", "9192000001", "8002345678"]);
    assert_eq!(strings(get(&r, "tollFree")), ["8002345678"]);
    let invalid = Array::from(&get(&r, "invalid"));
    assert_eq!(invalid.length(), 1);
    let bad = invalid.get(0);
    assert_eq!(get(&bad, "line").as_f64(), Some(4.0));
    assert_eq!(get(&bad, "input").as_string().as_deref(), Some("919-555-0100"));
    assert_eq!(get(&get(&bad, "issue"), "code").as_string().as_deref(), Some("tn.fictitious"));
    let dup = Array::from(&get(&r, "duplicates")).get(0);
    assert_eq!(get(&dup, "tn").as_string().as_deref(), Some("9192000000"));
    let lines: Vec<f64> = Array::from(&get(&dup, "lines")).iter().map(|l| l.as_f64().unwrap()).collect();
    assert_eq!(lines, [1.0, 3.0]);
    for wrong in [JsValue::from(42), JsValue::NULL, json("{}")] {
        let r = parse_tn_list(wrong, JsValue::UNDEFINED);
        assert_eq!(Array::from(&get(&r, "tns")).length(), 0);
    }
    assert_eq!(
        get(&Array::from(&get(&parse_tn_list(JsValue::from(42), JsValue::UNDEFINED), "issues")).get(0), "code")
            .as_string()
            .as_deref(),
        Some("input.type")
    );
}

/// R-TN-COUNTRY, R-TN-AREA-CODE and the address rules through the boundary: a few of the native
/// tables' rows (`tests/area_rules.rs`), with the options as JS sends them.
#[wasm_bindgen_test]
fn area_code_and_address_rules() {
    let code_of = |text: &str, options: &str| {
        let r = parse_tn_list(text.into(), json(options));
        let invalid = Array::from(&get(&r, "invalid"));
        invalid
            .is_array()
            .then(|| invalid.get(0))
            .filter(|e| e.is_object())
            .map(|e| get(&get(&e, "issue"), "code").as_string().unwrap())
    };
    let day = r#"{"today":"2026-01-29"}"#;
    for (tn, options, want) in [
        ("416-246-0142", day, None),
        ("876-246-0142", day, Some("tn.area_code_country")),
        ("532-246-0142", day, Some("tn.area_code_non_geographic")),
        ("237-246-0142", day, Some("tn.area_code_not_in_service")),
        ("237-246-0142", r#"{"today":"2026-01-29","extraAreaCodes":["237"]}"#, None),
        ("471-246-0142", day, Some("tn.area_code_not_yet")),
        ("471-246-0142", r#"{"today":"2026-01-30"}"#, None),
        ("787-246-0142", day, None),
        ("919-246-0142", "null", None),
    ] {
        assert_eq!(code_of(tn, options).as_deref(), want, "{tn} {options}");
    }
    let good = include_str!("../../tests/fixtures/port_in.json");
    let at = |zip: &str, state: &str| {
        let order = json(good);
        let address = get(&get(&order, "subscriber"), "serviceAddress");
        js_sys::Reflect::set(&address, &"zip".into(), &zip.into()).unwrap();
        js_sys::Reflect::set(&address, &"stateCode".into(), &state.into()).unwrap();
        validate_order(order, json(r#"{"today":"2026-11-23"}"#))
    };
    assert!(ok(&at("27601", "NC")));
    assert!(has(&at("90025", "NC"), "subscriber.serviceAddress.zip", "address.zip_state"));
    assert!(has(&at("06390", "CT"), "subscriber.serviceAddress.zip", "address.zip_state"));
    assert!(has(&at("29201", "SC"), "subscriber.serviceAddress.stateCode", "address.area_code_state"));
    let places = Array::from(&get(&get(&at("27601", "NC"), "tns"), "places"));
    assert_eq!(get(&places.get(0), "place").as_string().as_deref(), Some("NC"));
}
