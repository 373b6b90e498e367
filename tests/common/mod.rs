//! Helpers shared by the native integration tests: orders written as JSON, issues as
//! `(dotted path, code)` pairs.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use portin_validator::internal::issue::Seg;
use portin_validator::{validate_order, Issue, Report, Value};

/// A loosely typed value from JSON, as a JS caller would send it.
pub fn v(j: serde_json::Value) -> Value {
    match j {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap()),
        serde_json::Value::String(s) => Value::Text(s),
        serde_json::Value::Array(a) => Value::List(a.into_iter().map(v).collect()),
        serde_json::Value::Object(o) => Value::Object(o.into_iter().map(|(k, x)| (k, v(x))).collect()),
    }
}

/// A complete, valid port-in order (`tests/fixtures/port_in.json`, shared with the wasm and
/// Node tests): tests change one thing of it.
pub fn port_in() -> serde_json::Value {
    serde_json::from_str(include_str!("../fixtures/port_in.json")).unwrap()
}

pub fn validate(order: serde_json::Value, options: serde_json::Value) -> Report {
    validate_order(&v(order), &v(options), || None)
}

/// `listOfPhoneNumbers.3`, `subscriber.serviceAddress.zip`, `` for the whole order.
pub fn dotted(issue: &Issue) -> String {
    issue
        .path
        .iter()
        .map(|s| match s {
            Seg::Key(k) => (*k).to_string(),
            Seg::Name(k) => k.to_string(),
            Seg::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

pub fn pairs(report: &Report) -> Vec<(String, &'static str)> {
    report.issues.iter().map(|i| (dotted(i), i.code.as_str())).collect()
}

/// `n` distinct valid geographic TNs: 919-200-0000, 919-200-0001, ...
pub fn tns(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("919{:07}", 2_000_000 + i)).collect()
}
