//! The values issues carry (`params`, issue 23): a table of orders, each at a fixed today, the
//! issue it gives and its exact params; and each boundary's other side, which gives no issue.
//! Written once and run twice: natively (`tests/editing.rs`) and through the wasm API in Node
//! and Chromium (`wasm/tests/wasm_editing.rs`), so the JS objects carry the same params.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::{json, Map, Value as J};

use super::{chars, lsr, port_in, with, with_all, Api, NOW};

/// [`Api`] and `parseTnList`, each returning its result as JSON.
pub trait ParamsApi: Api {
    fn parse_tn_list(&self, text: &J, options: &J) -> J;
}

/// One row: `order` validated with `options` (at [`NOW`] unless they say otherwise) gives an
/// issue of `code` at `path` with exactly `params` (`None`: no issue of `code` at all).
pub struct Case {
    pub name: &'static str,
    pub order: J,
    pub options: J,
    pub code: &'static str,
    /// Dotted, as `cases::triples` writes paths.
    pub path: &'static str,
    pub params: Option<J>,
}

fn case(name: &'static str, order: J, options: J, code: &'static str, path: &'static str, params: J) -> Case {
    Case { name, order, options, code, path, params: Some(params) }
}

fn no(name: &'static str, order: J, options: J, code: &'static str) -> Case {
    Case { name, order, options, code, path: "", params: None }
}

/// Options at [`NOW`] (Monday 2026-11-23, 10:00 Eastern), with `more`.
fn now(more: J) -> J {
    let mut options = json!({ "now": NOW });
    for (k, v) in more.as_object().unwrap() {
        options[k] = v.clone();
    }
    options
}

fn date(order: J, requested: &str) -> J {
    with(order, "requestedFocDate", json!(requested))
}

/// `n` TNs of 919-200, all valid and distinct.
fn tns(n: usize) -> J {
    json!((0..n).map(|i| format!("919-200-{i:04}")).collect::<Vec<_>>())
}

pub fn cases() -> Vec<Case> {
    let p = port_in;
    let opts = || now(json!({}));
    let residential_lsr = lsr;
    vec![
        // Text lengths: at the limit nothing, one over it the limit and the length.
        no(
            "business name of 25",
            with(p(), "subscriber.businessName", json!(chars(25))),
            opts(),
            "subscriber.too_long",
        ),
        case(
            "business name of 26",
            with(p(), "subscriber.businessName", json!(chars(26))),
            opts(),
            "subscriber.too_long",
            "subscriber.businessName",
            json!({ "limit": 25, "actual": 26 }),
        ),
        case(
            "middle initial of 2",
            with(p(), "subscriber.middleInitial", json!("ab")),
            opts(),
            "subscriber.too_long",
            "subscriber.middleInitial",
            json!({ "limit": 1, "actual": 2 }),
        ),
        no(
            "customer order ID of 40",
            with(p(), "customerOrderId", json!(chars(40))),
            opts(),
            "ids.customer_order_id_too_long",
        ),
        case(
            "customer order ID of 41",
            with(p(), "customerOrderId", json!(chars(41))),
            opts(),
            "ids.customer_order_id_too_long",
            "customerOrderId",
            json!({ "limit": 40, "actual": 41 }),
        ),
        case(
            "PON of 26",
            with(residential_lsr(), "pon", json!(chars(26))),
            opts(),
            "ids.pon_too_long",
            "pon",
            json!({ "limit": 25, "actual": 26 }),
        ),
        case(
            "account number of 33",
            with(p(), "wirelessInfo.accountNumber", json!(chars(33))),
            opts(),
            "account.number_too_long",
            "wirelessInfo.accountNumber",
            json!({ "limit": 32, "actual": 33 }),
        ),
        no("LOA person of 15", with(p(), "loaAuthorizingPerson", json!(chars(15))), opts(), "loa.truncated"),
        case(
            "LOA person of 16",
            with(p(), "loaAuthorizingPerson", json!(chars(16))),
            opts(),
            "loa.truncated",
            "loaAuthorizingPerson",
            json!({ "limit": 15, "actual": 16 }),
        ),
        case(
            "a field over the reader's limit",
            with(p(), "customerOrderId", json!(chars(10_001))),
            opts(),
            "input.too_long",
            "customerOrderId",
            json!({ "limit": 10_000 }),
        ),
        // TN counts: at the limit nothing, one over it the limit and the count.
        no(
            "on-net at its limit",
            with(p(), "listOfPhoneNumbers", tns(2)),
            now(json!({ "onNetMaxTns": 2 })),
            "tn.too_many",
        ),
        case(
            "on-net over its limit",
            with(p(), "listOfPhoneNumbers", tns(3)),
            now(json!({ "onNetMaxTns": 2 })),
            "tn.too_many",
            "listOfPhoneNumbers",
            json!({ "limit": 2, "actual": 3 }),
        ),
        case(
            "port-in over the order limit",
            with(p(), "listOfPhoneNumbers", tns(4)),
            now(json!({ "orderMaxTns": 3 })),
            "tn.too_many",
            "listOfPhoneNumbers",
            json!({ "limit": 3, "actual": 4 }),
        ),
        case(
            "LSR over its limit",
            with(lsr(), "listOfPhoneNumbers", tns(3)),
            now(json!({ "onNetMaxTns": 2 })),
            "tn.too_many",
            "listOfPhoneNumbers",
            json!({ "limit": 2, "actual": 3 }),
        ),
        case(
            "off-net over the automated limit",
            with_all(p(), &[("portType", json!("AUTOMATED_OFF_NET")), ("listOfPhoneNumbers", tns(3))]),
            now(json!({ "offNetAutomatedMaxTns": 2 })),
            "tn.project_port",
            "listOfPhoneNumbers",
            json!({ "limit": 2, "actual": 3 }),
        ),
        case(
            "one TN per order",
            p(),
            now(json!({ "oneTnPerOrder": true })),
            "tn.one_per_order",
            "listOfPhoneNumbers",
            json!({ "actual": 2 }),
        ),
        // List entries: the line, and what the message states of the entry.
        case(
            "a short number",
            with(p(), "listOfPhoneNumbers", json!(["919-200-0000", "919-200-001"])),
            opts(),
            "tn.length",
            "listOfPhoneNumbers.1",
            json!({ "line": 2, "digits": 9 }),
        ),
        case(
            "a Jamaican number, pasted",
            with(p(), "listOfPhoneNumbers", json!("919-200-0000\n\n876-246-0142")),
            opts(),
            "tn.area_code_country",
            "listOfPhoneNumbers.1",
            json!({ "line": 3, "areaCode": "876", "country": "Jamaica" }),
        ),
        case(
            "an unassigned area code",
            with(p(), "listOfPhoneNumbers", json!(["919-200-0000", "532-246-0142"])),
            opts(),
            "tn.area_code_non_geographic",
            "listOfPhoneNumbers.1",
            json!({ "line": 2, "areaCode": "532" }),
        ),
        case(
            "a fictitious number states its line only",
            with(p(), "listOfPhoneNumbers", json!(["919-200-0000", "212-555-0100"])),
            opts(),
            "tn.fictitious",
            "listOfPhoneNumbers.1",
            json!({ "line": 2 }),
        ),
        case(
            "a repeat",
            with(p(), "listOfPhoneNumbers", json!("919-200-0000\n919-200-0001\n(919) 200-0000")),
            opts(),
            "tn.duplicate",
            "listOfPhoneNumbers.2",
            json!({ "line": 3, "tn": "919-200-0000", "firstLine": 1 }),
        ),
        case(
            "a BTN in another country has no line",
            with(p(), "billingTelephoneNumber", json!("876-246-0142")),
            opts(),
            "tn.area_code_country",
            "billingTelephoneNumber",
            json!({ "areaCode": "876", "country": "Jamaica" }),
        ),
        case(
            "Canadian and US numbers",
            with(p(), "listOfPhoneNumbers", json!(["919-200-0000", "416-246-0142", "416-246-0143"])),
            opts(),
            "tn.mixed_country",
            "listOfPhoneNumbers",
            json!({ "count": 2 }),
        ),
        // Area codes and the address.
        case(
            "the address in another state than the area code",
            with(
                p(),
                "subscriber.serviceAddress",
                json!({
                    "houseNumber": "1", "streetName": "Broadway", "city": "Albany", "stateCode": "NY", "zip": "12207"
                }),
            ),
            opts(),
            "address.area_code_state",
            "subscriber.serviceAddress.stateCode",
            json!({ "state": "NY", "areaCode": "919", "region": "NC" }),
        ),
        case(
            "a ZIP code of another state",
            with(p(), "subscriber.serviceAddress.zip", json!("10001")),
            opts(),
            "address.zip_state",
            "subscriber.serviceAddress.zip",
            json!({ "zip": "10001", "zipState": "NY", "state": "NC" }),
        ),
        // The requested date, at Monday 2026-11-23 (Thanksgiving is Thursday 2026-11-26).
        case(
            "a past date",
            date(p(), "2026-11-20"),
            opts(),
            "date.past",
            "requestedFocDate",
            json!({ "date": "2026-11-20", "today": "2026-11-23", "earliest": "2026-11-27", "recommended": "2026-12-01" }),
        ),
        case(
            "a past date on an LSR",
            date(lsr(), "2026-11-20"),
            opts(),
            "date.past",
            "requestedFocDate",
            json!({ "date": "2026-11-20", "today": "2026-11-23" }),
        ),
        case(
            "too soon",
            date(p(), "2026-11-24"),
            opts(),
            "date.too_soon",
            "requestedFocDate",
            json!({ "date": "2026-11-24", "businessDays": 1, "earliest": "2026-11-27", "recommended": "2026-12-01" }),
        ),
        no("the earliest date", date(p(), "2026-11-27"), opts(), "date.too_soon"),
        case(
            "short notice",
            date(p(), "2026-11-27"),
            opts(),
            "date.short_notice",
            "requestedFocDate",
            json!({ "date": "2026-11-27", "businessDays": 3, "recommended": "2026-12-01" }),
        ),
        no("the recommended date", date(p(), "2026-12-01"), opts(), "date.short_notice"),
        no("30 days ahead", date(p(), "2026-12-23"), opts(), "date.too_far"),
        case(
            "31 days ahead",
            date(p(), "2026-12-24"),
            opts(),
            "date.too_far",
            "requestedFocDate",
            json!({ "date": "2026-12-24", "daysAhead": 31, "limit": 30, "latest": "2026-12-23" }),
        ),
        case(
            "a Saturday",
            date(p(), "2026-11-28"),
            opts(),
            "date.not_business_day",
            "requestedFocDate",
            json!({ "date": "2026-11-28", "nextBusinessDay": "2026-11-30" }),
        ),
        case(
            "Thanksgiving",
            date(p(), "2026-11-26"),
            now(json!({ "minLeadBusinessDays": 1 })),
            "date.not_business_day",
            "requestedFocDate",
            json!({ "date": "2026-11-26", "nextBusinessDay": "2026-11-27", "holiday": "Thanksgiving Day" }),
        ),
        // The activation time.
        case(
            "a time without triggered activation",
            date(p(), "2026-12-01T14:00:00-05:00"),
            opts(),
            "time.not_triggered",
            "triggered",
            json!({ "time": "14:00" }),
        ),
        // An LSR's FOC (10 business days, the FOC date the first).
        case(
            "an expired FOC",
            with(lsr(), "actualFocDate", json!("2026-11-02")),
            opts(),
            "foc.expired",
            "actualFocDate",
            json!({ "focDate": "2026-11-02", "validThrough": "2026-11-16" }),
        ),
        case(
            "a FOC on its last day",
            with(lsr(), "actualFocDate", json!("2026-11-09")),
            opts(),
            "foc.expiring",
            "actualFocDate",
            json!({ "focDate": "2026-11-09", "validThrough": "2026-11-23", "businessDaysLeft": 1 }),
        ),
        case(
            "a FOC valid for long",
            with(lsr(), "actualFocDate", json!("2026-11-30")),
            opts(),
            "foc.valid_until",
            "actualFocDate",
            json!({ "focDate": "2026-11-30", "validThrough": "2026-12-11" }),
        ),
        case(
            "no early activation",
            with(lsr(), "actualFocDate", json!("2026-11-30")),
            opts(),
            "foc.no_early_activation",
            "actualFocDate",
            json!({ "focDate": "2026-11-30" }),
        ),
        // Issues that state no value carry no params.
        case(
            "a missing LOA person",
            with(p(), "loaAuthorizingPerson", J::Null),
            opts(),
            "loa.required",
            "loaAuthorizingPerson",
            J::Null,
        ),
    ]
}

/// How a value reads in a message: a number in decimal, a text as it is.
fn shown(value: &J) -> String {
    match value {
        J::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The issue of `code` at `path` in `issues`, if any.
fn find<'a>(issues: &'a J, code: &str, path: &str) -> Option<&'a J> {
    issues.as_array().unwrap().iter().find(|i| {
        let at: Vec<String> = i["path"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string))
            .collect();
        i["code"] == code && at.join(".") == path
    })
}

/// `issue`'s params are `want` exactly (`null`: none, and no `params` key at all), and its
/// message states each value.
fn check_params(name: &str, issue: &J, want: &J) {
    let message = issue["message"].as_str().unwrap();
    if want.is_null() {
        assert!(issue.get("params").is_none(), "{name}: {issue}");
        return;
    }
    assert_eq!(&issue["params"], want, "{name}: {issue}");
    for (key, value) in want.as_object().unwrap() {
        assert!(value.is_string() || value.is_u64(), "{name}: {key} is {value}");
        assert!(message.contains(&shown(value)), "{name}: the message does not state {key} = {value}: {message}");
    }
}

/// Runs every row of [`cases`]; returns how many.
pub fn params(api: &impl ParamsApi) -> usize {
    let all = cases();
    for c in &all {
        let report = api.validate(&c.order, &c.options);
        let issues = &report["issues"];
        match &c.params {
            None => assert!(
                !issues.as_array().unwrap().iter().any(|i| i["code"] == c.code),
                "{}: {} in {issues}",
                c.name,
                c.code
            ),
            Some(want) => {
                let issue = find(issues, c.code, c.path)
                    .unwrap_or_else(|| panic!("{}: no {} at {} in {issues}", c.name, c.code, c.path));
                check_params(c.name, issue, want);
            }
        }
        // Every issue's params are numbers and texts its message states.
        for issue in issues.as_array().unwrap() {
            if let Some(params) = issue.get("params") {
                let message = issue["message"].as_str().unwrap();
                let params: &Map<String, J> = params.as_object().unwrap();
                assert!(!params.is_empty(), "{}: {issue}", c.name);
                for value in params.values() {
                    assert!(message.contains(&shown(value)), "{}: {issue}", c.name);
                }
            }
        }
    }
    all.len()
}

/// `parseTnList`: its invalid entries' issues carry the same params (repeats are its
/// `duplicates`, without issues).
pub fn list_params(api: &impl ParamsApi) {
    let text = json!("919-200-0000\n876-246-0142\n919-200-001\n\n919 200 0000");
    let list = api.parse_tn_list(&text, &json!({ "today": "2026-11-23" }));
    let invalid = list["invalid"].as_array().unwrap();
    assert_eq!(invalid.len(), 2, "{list}");
    assert_eq!(invalid[0]["line"], 2);
    check_params("876", &invalid[0]["issue"], &json!({ "line": 2, "areaCode": "876", "country": "Jamaica" }));
    check_params("short", &invalid[1]["issue"], &json!({ "line": 3, "digits": 9 }));
    // Many entries of one kind share a template: each carries its own line.
    let many: String = (0..50).map(|i| format!("876-246-{i:04}\n")).collect();
    let list = api.parse_tn_list(&json!(many), &json!({ "today": "2026-11-23" }));
    for (i, bad) in list["invalid"].as_array().unwrap().iter().enumerate() {
        check_params("many", &bad["issue"], &json!({ "line": i + 1, "areaCode": "876", "country": "Jamaica" }));
    }
}

/// docs/rules.md's table of params names, for each code of [`cases`], every param the code
/// carries there (`line` in the row of the list's entries).
pub fn documented(rules_md: &str) {
    let rows: Vec<&str> = rules_md
        .lines()
        .skip_while(|l| !l.starts_with("| codes | params |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(rows.len() > 10, "docs/rules.md has no params table");
    let cells = |row: &str| -> (String, String) {
        let cells: Vec<&str> = row.split('|').collect();
        (cells[1].to_string(), cells[2].to_string())
    };
    for c in cases() {
        let Some(J::Object(params)) = &c.params else { continue };
        for key in params.keys() {
            let named = format!("`{key}`");
            let ok = rows.iter().map(|r| cells(r)).any(|(codes, names)| {
                let for_code = if key == "line" {
                    codes.starts_with(" every code of an entry")
                } else {
                    codes.contains(&format!("`{}`", c.code))
                };
                for_code && names.contains(&named)
            });
            assert!(ok, "{}: docs/rules.md does not name {key} for {}", c.name, c.code);
        }
    }
}
