//! The date rules and the date exports through the real JS boundary, in Node and in headless
//! Chromium (`scripts/test.sh` runs every `tests/wasm_*.rs` in both). Every date is fixed with
//! `today`/`now` in the options, except where a test checks only that the runtime's clock is read.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod wasm_common;
use wasm_common::{get, js, json};

use js_sys::{Array, JSON};
use portin_validator_wasm::api::{earliest_requested_date, foc_expiry, is_business_day, validate_order};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn codes_at(report: &JsValue, path: &str) -> Vec<String> {
    let issues: Array = get(report, "issues").dyn_into().expect("issues is an array");
    issues
        .iter()
        .filter(|i| {
            let p: Array = get(i, "path").dyn_into().unwrap();
            p.iter().map(|s| s.as_string().unwrap_or_default()).collect::<Vec<_>>().join(".") == path
        })
        .map(|i| get(&i, "code").as_string().unwrap())
        .collect()
}

/// With `triggered: true`: automated wireline ports use a time other than 11:30 only so
/// (R-TIME-TRIGGERED), and the window cases are about that time.
fn order(date: &str, port_type: &str) -> JsValue {
    json(&format!(
        r#"{{"portType":"{port_type}","listOfPhoneNumbers":["9192000000"],"billingTelephoneNumber":"9192000000","requestedFocDate":"{date}","triggered":true}}"#
    ))
}

/// The boundaries of `tests/date_rules.rs`, a case or two each side, through the boundary.
#[wasm_bindgen_test]
fn date_rule_boundaries() {
    let t = json(r#"{"today":"2026-11-23"}"#);
    let summer = json(r#"{"today":"2027-06-01"}"#);
    // (order, options, code, reported?)
    let cases: &[(JsValue, &JsValue, &str, bool)] = &[
        (order("2026-11-25", "AUTOMATED_ON_NET"), &t, "date.too_soon", true),
        (order("2026-11-27", "AUTOMATED_ON_NET"), &t, "date.too_soon", false),
        (order("2026-11-27", "AUTOMATED_ON_NET"), &t, "date.short_notice", true),
        (order("2026-11-30", "AUTOMATED_ON_NET"), &t, "date.short_notice", true),
        (order("2026-12-01", "AUTOMATED_ON_NET"), &t, "date.short_notice", false),
        (order("2026-12-23", "AUTOMATED_ON_NET"), &t, "date.too_far", false),
        (order("2026-12-24", "AUTOMATED_ON_NET"), &t, "date.too_far", true),
        (order("2026-11-28", "AUTOMATED_ON_NET"), &t, "date.not_business_day", true),
        (order("2026-11-26", "AUTOMATED_ON_NET"), &t, "date.not_business_day", true),
        (order("2026-11-20", "AUTOMATED_ON_NET"), &t, "date.past", true),
        (order("2026-12-01T05:59:00-05:00", "AUTOMATED_OFF_NET"), &t, "time.outside_window", true),
        (order("2026-12-01T06:00:00-05:00", "AUTOMATED_OFF_NET"), &t, "time.outside_window", false),
        (order("2026-12-02T03:00:00Z", "AUTOMATED_OFF_NET"), &t, "time.outside_window", false),
        (order("2026-12-02T03:01:00Z", "AUTOMATED_OFF_NET"), &t, "time.outside_window", true),
        (order("2026-12-01T09:59:00Z", "AUTOMATED_ON_NET"), &t, "time.outside_window", true),
        (order("2026-12-01T10:00:00Z", "AUTOMATED_ON_NET"), &t, "time.outside_window", false),
        (order("2027-06-10T09:59:00Z", "AUTOMATED_OFF_NET"), &summer, "time.outside_window", true),
        (order("2027-06-10T10:00:00Z", "AUTOMATED_OFF_NET"), &summer, "time.outside_window", false),
        (order("2027-06-10T08:59:00Z", "AUTOMATED_ON_NET"), &summer, "time.outside_window", true),
        (order("2027-06-10T09:00:00Z", "AUTOMATED_ON_NET"), &summer, "time.outside_window", false),
        // Saturday in UTC, Friday evening in New York.
        (order("2026-12-05T02:30:00Z", "AUTOMATED_ON_NET"), &t, "date.not_business_day", false),
        (order("2026-12-07T03:00:00Z", "AUTOMATED_ON_NET"), &t, "date.not_business_day", true),
        (order("2026-12-01T15:00", "AUTOMATED_ON_NET"), &t, "date.no_offset", true),
    ];
    for (o, opts, code, expected) in cases {
        let report = validate_order(o.clone(), (*opts).clone());
        let codes = codes_at(&report, "requestedFocDate");
        assert_eq!(codes.iter().any(|c| c == code), *expected, "{:?} {code}: {codes:?}", JSON::stringify(o).unwrap());
    }
    // The 10th business day of a FOC: the last valid day, then expired.
    let lsr = json(
        r#"{"kind":"lsr","status":"FOC","pon":"ABC123","listOfPhoneNumbers":["9192000000"],"actualFocDate":"2026-11-16"}"#,
    );
    let on = |today: &str| {
        codes_at(&validate_order(lsr.clone(), json(&format!(r#"{{"today":"{today}"}}"#))), "actualFocDate")
    };
    assert!(on("2026-11-30").contains(&"foc.expiring".to_string()));
    assert!(on("2026-12-01").contains(&"foc.expired".to_string()));
}

#[wasm_bindgen_test]
fn the_runtime_clock_is_read_when_no_date_is_given() {
    // Any real clock is after 2000: the requested date is in the past whatever today is.
    let report = validate_order(order("2000-01-03", "AUTOMATED_ON_NET"), JsValue::UNDEFINED);
    assert!(codes_at(&report, "requestedFocDate").contains(&"date.past".to_string()));
    let e = earliest_requested_date(JsValue::UNDEFINED);
    let (min, rec) = (get(&e, "minimum").as_string().unwrap(), get(&e, "recommended").as_string().unwrap());
    assert!(min.len() == 10 && rec.len() == 10 && min < rec, "{min} {rec}");
}

#[wasm_bindgen_test]
fn earliest_requested_date_shape_and_bad_data() {
    let dates = |opts: JsValue| {
        let e = earliest_requested_date(opts);
        (get(&e, "minimum").as_string().unwrap(), get(&e, "recommended").as_string().unwrap())
    };
    let s = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(dates(json(r#"{"today":"2026-11-23"}"#)), s("2026-11-27", "2026-12-01"));
    assert_eq!(dates(json(r#"{"now":"2026-11-24T04:30:00Z"}"#)), s("2026-11-27", "2026-12-01"));
    assert_eq!(dates(json(r#"{"today":"2026-12-22"}"#)), s("2026-12-28", "2026-12-30"));
    assert_eq!(dates(json(r#"{"today":"2021-12-22"}"#)), s("2021-12-28", "2021-12-30"));
    assert_eq!(
        dates(json(r#"{"today":"2026-11-23","minLeadBusinessDays":1,"recommendedLeadBusinessDays":2}"#)),
        s("2026-11-24", "2026-11-25")
    );
    assert_eq!(dates(json(r#"{"today":"2026-11-23","extraHolidays":["2026-11-24"]}"#)), s("2026-11-30", "2026-12-02"));
    assert_eq!(dates(json(r#"{"today":"not a date"}"#)), s("", ""));
    assert_eq!(dates(json(r#"{"now":"2026-11-24T04:30:00"}"#)), s("", ""));
    // Wrong-typed options keep their defaults; nothing throws.
    for bad in [
        JsValue::from(7),
        js("return { get today() { throw new Error('boom') } }"),
        js("return { extraHolidays: 'x', today: '2026-11-23' }"),
    ] {
        let e = earliest_requested_date(bad);
        assert!(get(&e, "minimum").is_string());
    }
}

#[wasm_bindgen_test]
fn is_business_day_and_foc_expiry_never_throw() {
    let none = JsValue::UNDEFINED;
    let cases: &[(&str, bool)] = &[
        ("2026-12-24", true),
        ("2026-12-25", false),
        ("2026-12-26", false),
        ("2026-12-28", true),
        ("2026-12-31", true),
        ("2027-01-01", false),
        ("2027-01-04", true),
        ("2021-12-31", false),
        ("2026-11-26", false),
        ("2026-11-28T02:00:00Z", true),
        ("2026-11-28T05:00:00Z", false),
        ("2026-02-30", false),
        ("tomorrow", false),
    ];
    for (date, want) in cases {
        assert_eq!(is_business_day(JsValue::from_str(date), none.clone()), *want, "{date}");
    }
    assert!(!is_business_day("2026-11-27".into(), json(r#"{"extraHolidays":["2026-11-27"]}"#)));
    assert_eq!(foc_expiry("2026-11-16".into(), none.clone()), "2026-11-30");
    assert_eq!(foc_expiry("2026-11-02".into(), none.clone()), "2026-11-16");
    assert_eq!(foc_expiry("2026-11-16".into(), json(r#"{"extraHolidays":["2026-11-27"]}"#)), "2026-12-01");
    let hostile = [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(20261116),
        json("{}"),
        json(r#"["2026-11-16"]"#),
        js("return Symbol('d')"),
        js("return 10n"),
        js("return new Proxy({}, { get() { throw new Error('trap') } })"),
        js("return 'x'.repeat(1000000)"),
    ];
    let bad_options = js("return { get extraHolidays() { throw new Error('boom') } }");
    for value in hostile {
        assert!(!is_business_day(value.clone(), none.clone()));
        assert_eq!(foc_expiry(value.clone(), none.clone()), "");
        assert_eq!(foc_expiry("2026-11-16".into(), value.clone()), "2026-11-30");
        assert!(is_business_day("2026-11-27".into(), value));
    }
    assert_eq!(foc_expiry("2026-11-16".into(), bad_options), "2026-11-30");
}
