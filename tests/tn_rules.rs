//! R-TN-* through the whole pipeline (loosely typed input -> report), natively. The same
//! tables run through the wasm API in `tests/wasm_api.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod common;

use common::{pairs, tns, validate};
use serde_json::{json, Value as J};

/// A complete order (the shared fixture, without a port type) with this TN list; cases change
/// one thing.
fn base(list: J) -> J {
    let mut order = common::port_in();
    let fields = order.as_object_mut().unwrap();
    fields.remove("portType");
    fields.insert("listOfPhoneNumbers".into(), list);
    order
}

struct Case {
    name: &'static str,
    order: J,
    options: J,
    /// `(dotted path, code)` that must be reported.
    has: &'static [(&'static str, &'static str)],
    /// Codes that must not be reported.
    not: &'static [&'static str],
}

fn check(cases: Vec<Case>) {
    for c in cases {
        let report = validate(c.order, c.options);
        let got = pairs(&report);
        for (path, code) in c.has {
            assert!(got.iter().any(|(p, k)| p == path && k == code), "{}: expected {path} {code}, got {got:?}", c.name);
        }
        for code in c.not {
            assert!(!got.iter().any(|(_, k)| k == code), "{}: did not expect {code}, got {got:?}", c.name);
        }
        assert_eq!(report.ok, !report.issues.iter().any(|i| i.is_error()), "{}", c.name);
        for issue in &report.issues {
            assert!(!issue.message.is_empty() && issue.message.ends_with('.'), "{}: {:?}", c.name, issue.message);
        }
    }
}

#[test]
fn count_limits_boundaries() {
    let order = |n: usize, port_type: &str, kind: &str| json!({ "kind": kind, "portType": port_type, "listOfPhoneNumbers": tns(n), "billingTelephoneNumber": "919-200-0000" });
    let none = json!({});
    check(vec![
        Case {
            name: "on-net 999",
            order: order(999, "AUTOMATED_ON_NET", "portIn"),
            options: none.clone(),
            has: &[],
            not: &["tn.too_many"],
        },
        Case {
            name: "on-net 1000",
            order: order(1000, "AUTOMATED_ON_NET", "portIn"),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case {
            name: "wireless 1000",
            order: order(1000, "AUTOMATED_ON_NET_WIRELESS", "portIn"),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case { name: "lsr 999", order: order(999, "", "lsr"), options: none.clone(), has: &[], not: &["tn.too_many"] },
        Case {
            name: "lsr 1000",
            order: order(1000, "", "lsr"),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case {
            name: "manual 1000",
            order: order(1000, "MANUAL_OFF_NET", "portIn"),
            options: none.clone(),
            has: &[],
            not: &["tn.too_many"],
        },
        Case {
            name: "manual 5000",
            order: order(5000, "MANUAL_OFF_NET", "portIn"),
            options: none.clone(),
            has: &[],
            not: &["tn.too_many"],
        },
        Case {
            name: "manual 5001",
            order: order(5001, "MANUAL_OFF_NET", "portIn"),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case {
            name: "off-net 600",
            order: order(600, "AUTOMATED_OFF_NET", "portIn"),
            options: none.clone(),
            has: &[],
            not: &["tn.project_port", "tn.too_many"],
        },
        Case {
            name: "off-net 601",
            order: order(601, "AUTOMATED_OFF_NET", "portIn"),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.project_port")],
            not: &["tn.too_many"],
        },
        Case {
            name: "onNetMaxTns 10",
            order: order(10, "AUTOMATED", "portIn"),
            options: json!({ "onNetMaxTns": 10 }),
            has: &[],
            not: &["tn.too_many"],
        },
        Case {
            name: "onNetMaxTns 11",
            order: order(11, "AUTOMATED", "portIn"),
            options: json!({ "onNetMaxTns": 10 }),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case {
            name: "orderMaxTns 3",
            order: order(4, "MANUAL_ON_NET", "portIn"),
            options: json!({ "orderMaxTns": 3 }),
            has: &[("listOfPhoneNumbers", "tn.too_many")],
            not: &[],
        },
        Case {
            name: "offNetAutomatedMaxTns 5",
            order: order(6, "AUTOMATED_OFF_NET", "portIn"),
            options: json!({ "offNetAutomatedMaxTns": 5 }),
            has: &[("listOfPhoneNumbers", "tn.project_port")],
            not: &[],
        },
        Case {
            name: "one per order, 1",
            order: order(1, "MANUAL_OFF_NET", "portIn"),
            options: json!({ "oneTnPerOrder": true }),
            has: &[],
            not: &["tn.one_per_order"],
        },
        Case {
            name: "one per order, 2",
            order: order(2, "MANUAL_OFF_NET", "portIn"),
            options: json!({ "oneTnPerOrder": true }),
            has: &[("listOfPhoneNumbers", "tn.one_per_order")],
            not: &[],
        },
        Case {
            name: "no list",
            order: json!({ "billingTelephoneNumber": "919-200-0000" }),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.none")],
            not: &[],
        },
        Case {
            name: "blank text",
            order: base(json!(" \n\n ")),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.none")],
            not: &[],
        },
        Case {
            name: "empty array",
            order: base(json!([])),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.none")],
            not: &[],
        },
        Case { name: "one", order: base(json!(["919-200-0000"])), options: none, has: &[], not: &["tn.none"] },
    ]);
}

#[test]
fn entries_duplicates_and_formats() {
    let none = json!({});
    check(vec![
        Case {
            name: "pasted text, every entry at its index",
            order: base(json!("919-200-0000\n919-555-0199\n(919) 200-0000\n919-555-0200")),
            options: none.clone(),
            has: &[("listOfPhoneNumbers.1", "tn.fictitious"), ("listOfPhoneNumbers.2", "tn.duplicate")],
            not: &[],
        },
        Case {
            name: "array items",
            order: base(json!([
                "919-200-0000",
                9192000001u64,
                "800-411-0142",
                "919-411-0142",
                "+44 20 7946 0958",
                919
            ])),
            options: none.clone(),
            has: &[
                // A 10-digit JS number is read as its digits, with one info for the list;
                // other numbers are not TNs.
                ("listOfPhoneNumbers", "input.coerced"),
                ("listOfPhoneNumbers.5", "input.type"),
                ("listOfPhoneNumbers.3", "tn.exchange_n11"),
                ("listOfPhoneNumbers.4", "tn.country_code"),
            ],
            not: &["tn.none"],
        },
        Case {
            name: "N11 exchange is fine toll-free",
            order: json!({ "listOfPhoneNumbers": ["800-411-0142"], "portType": "MANUAL_TOLL_FREE" }),
            options: none.clone(),
            has: &[],
            not: &["tn.exchange_n11", "btn.required", "tn.toll_free_port_type"],
        },
        Case {
            name: "555-1212",
            order: base(json!("919 555 1212")),
            options: none.clone(),
            has: &[("listOfPhoneNumbers.0", "tn.directory_assistance")],
            not: &[],
        },
        Case {
            name: "two numbers on one line with spaces",
            order: base(json!("919 200 0000 919 200 0001")),
            options: none,
            has: &[],
            not: &["tn.length", "tn.character"],
        },
    ]);
}

#[test]
fn toll_free_boundaries() {
    let none = json!({});
    check(vec![
        Case {
            name: "mixed",
            order: base(json!(["919-200-0000", "800-234-5678"])),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "tn.mixed_toll_free")],
            not: &[],
        },
        Case {
            name: "toll-free with an automated port type",
            order: json!({ "listOfPhoneNumbers": ["800-234-5678"], "portType": "AUTOMATED_ON_NET" }),
            options: none.clone(),
            has: &[("portType", "tn.toll_free_port_type")],
            not: &["tn.mixed_toll_free", "btn.required"],
        },
        Case {
            name: "toll-free, manual toll-free",
            order: json!({ "listOfPhoneNumbers": ["800-234-5678", "888-234-5678"], "portType": "MANUALTOLLFREE" }),
            options: none.clone(),
            has: &[],
            not: &["tn.toll_free_port_type", "tn.mixed_toll_free", "btn.required"],
        },
        Case {
            name: "ordinary numbers, manual toll-free",
            order: json!({ "listOfPhoneNumbers": ["919-200-0000"], "portType": "MANUAL_TOLL_FREE", "billingTelephoneNumber": "919-200-0000" }),
            options: none.clone(),
            has: &[("portType", "tn.port_type_not_toll_free")],
            not: &[],
        },
        Case {
            name: "lsr with toll-free",
            order: json!({ "kind": "lsr", "listOfPhoneNumbers": ["800-234-5678"] }),
            options: none,
            has: &[("listOfPhoneNumbers", "tn.toll_free_lsr")],
            not: &["btn.required"],
        },
    ]);
}

#[test]
fn btn_boundaries() {
    let none = json!({});
    let list = tns(3);
    check(vec![
        Case {
            name: "missing",
            order: json!({ "listOfPhoneNumbers": list }),
            options: none.clone(),
            has: &[("billingTelephoneNumber", "btn.required")],
            not: &[],
        },
        Case {
            name: "lsr: not required",
            order: json!({ "kind": "lsr", "listOfPhoneNumbers": list }),
            options: none.clone(),
            has: &[],
            not: &["btn.required"],
        },
        Case {
            name: "invalid",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-200-000" }),
            options: none.clone(),
            has: &[("billingTelephoneNumber", "tn.length")],
            not: &["btn.required"],
        },
        Case {
            name: "replacement in list and invalid",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-200-0000", "newBillingTelephoneNumber": "919-200-0002" }),
            options: none.clone(),
            has: &[("newBillingTelephoneNumber", "btn.replacement_in_list")],
            not: &["btn.replacement_same"],
        },
        Case {
            name: "replacement same as BTN",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-300-0000", "newBillingTelephoneNumber": "(919) 300-0000" }),
            options: none.clone(),
            has: &[("newBillingTelephoneNumber", "btn.replacement_same")],
            not: &["btn.replacement_in_list"],
        },
        Case {
            name: "replacement not a TN",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-300-0000", "newBillingTelephoneNumber": "555-0199" }),
            options: none.clone(),
            has: &[("newBillingTelephoneNumber", "tn.length")],
            not: &[],
        },
        Case {
            name: "partial port with the BTN, no replacement",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-200-0001", "partialPort": true }),
            options: none.clone(),
            has: &[("newBillingTelephoneNumber", "btn.replacement_required")],
            not: &[],
        },
        Case {
            name: "partial port with the BTN and a replacement",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-200-0001", "partialPort": true, "newBillingTelephoneNumber": "919-300-0000" }),
            options: none.clone(),
            has: &[],
            not: &["btn.replacement_required", "btn.replacement_in_list"],
        },
        Case {
            name: "partial port without the BTN",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-300-0001", "partialPort": true }),
            options: none.clone(),
            has: &[],
            not: &["btn.replacement_required"],
        },
        Case {
            name: "full port without the BTN",
            order: json!({ "listOfPhoneNumbers": list, "billingTelephoneNumber": "919-300-0001", "partialPort": false }),
            options: none,
            has: &[("partialPort", "btn.full_port_without_btn")],
            not: &[],
        },
    ]);
}

#[test]
fn wrong_types_and_unknown_names() {
    let none = json!({});
    check(vec![
        Case {
            name: "list is a number",
            order: json!({ "listOfPhoneNumbers": 42 }),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "input.type")],
            not: &[],
        },
        Case {
            name: "BTN is an object",
            order: json!({ "listOfPhoneNumbers": tns(1), "billingTelephoneNumber": {} }),
            options: none.clone(),
            has: &[("billingTelephoneNumber", "input.type")],
            not: &[],
        },
        Case {
            name: "partialPort is text",
            order: base(json!(tns(1)))
                .as_object()
                .map(|o| {
                    let mut o = o.clone();
                    o.insert("partialPort".into(), json!("yes"));
                    J::Object(o)
                })
                .unwrap(),
            options: none.clone(),
            has: &[("partialPort", "input.type")],
            not: &[],
        },
        Case {
            name: "subscriber is a list",
            order: json!({ "subscriber": [] }),
            options: none.clone(),
            has: &[("subscriber", "input.type")],
            not: &[],
        },
        Case {
            name: "zip is a number: read as its digits, padded to 5",
            order: json!({ "subscriber": { "serviceAddress": { "zip": 6390 } } }),
            options: none.clone(),
            has: &[("subscriber.serviceAddress.zip", "input.coerced")],
            not: &["input.type", "address.zip"],
        },
        Case {
            name: "zip is a fraction",
            order: json!({ "subscriber": { "serviceAddress": { "zip": 27601.5 } } }),
            options: none.clone(),
            has: &[("subscriber.serviceAddress.zip", "input.type")],
            not: &[],
        },
        Case {
            name: "the SDKs' TN list shapes and key casings",
            order: json!({ "ListOfPhoneNumbers": { "PhoneNumber": ["9192000000", 9192000001u64] }, "BillingTelephoneNumber": "9192000000" }),
            options: none.clone(),
            has: &[("listOfPhoneNumbers", "input.coerced")],
            not: &["input.type", "tn.none", "btn.required", "input.unknown_field"],
        },
        Case {
            name: "a misspelt field",
            order: json!({ "listOfPhoneNumbers": tns(1), "billingTelephoneNumbr": "9192000000" }),
            options: none.clone(),
            has: &[("billingTelephoneNumbr", "input.unknown_field"), ("billingTelephoneNumber", "btn.required")],
            not: &[],
        },
        Case {
            name: "unknown port type",
            order: json!({ "portType": "AUTOMATIC" }),
            options: none.clone(),
            has: &[("portType", "order.port_type_unknown")],
            not: &[],
        },
        Case {
            name: "unknown kind",
            order: json!({ "kind": "port-out-of-here" }),
            options: none.clone(),
            has: &[("kind", "order.kind_unknown")],
            not: &[],
        },
        Case {
            name: "bad option",
            order: base(json!(tns(1))),
            options: json!({ "orderMaxTns": -5 }),
            has: &[("", "options.invalid")],
            not: &[],
        },
    ]);
    for order in [json!(null), json!(42), json!("919-200-0000"), json!([1, 2])] {
        let report = validate(order.clone(), json!({}));
        assert_eq!(pairs(&report), vec![(String::new(), "input.type")], "{order}");
        assert!(!report.ok);
    }
}

#[test]
fn summary_counts_add_up() {
    let report = validate(base(json!("919-200-0000\n919-200-0000\nbad\n800-234-5678\n\n919-200-0001")), json!({}));
    let t = report.tns;
    assert_eq!((t.count, t.valid, t.invalid, t.duplicates, t.toll_free), (5, 3, 1, 1, 1));
    assert_eq!(t.count, t.valid + t.invalid + t.duplicates);
    assert!(!report.ok);
}
